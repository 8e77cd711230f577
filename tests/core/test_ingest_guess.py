"""Guessing kind, date, title, author and direction from a document's words."""

import datetime as dt

import pytest

from ehcp_appeal.ingest.guess import guess, guess_author, guess_date, guess_kind, guess_title

DECISION = """Northshire County Council
SEND Team, County Hall, Northtown NT1 1AA
12 March 2026
Dear Mrs Smith
Re: Request for an EHC needs assessment for Sam Smith
We have decided not to carry out an EHC needs assessment.
You have the right to appeal to the SEND Tribunal.
Yours sincerely
Jane Jones
SEN Officer
"""

EP = """Educational Psychology Advice
Child: Sam Smith   Date of birth: 01/02/2015
Date of report: 3rd February 2026
Dr Jane Smith, Educational Psychologist
Sam finds it hard to attend in class.
"""

PARENT_LETTER = """14 Acacia Avenue
Northtown
SEN Team
Northshire County Council
5 April 2026
Dear SEN Team
I am writing about Sam's plan.
Yours sincerely
Mary Smith
"""


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (EP, "scan.pdf", "ep_report"),
        ("Speech and Language Therapy Report\nReceptive language is delayed.", "r.pdf",
         "salt_report"),
        ("Draft Education, Health and Care Plan\nSection A", "plan.pdf", "ehcp_draft"),
        ("Education, Health and Care Plan\nSection F: special educational provision", "p.pdf",
         "ehcp_final"),
        ("Mediation certificate\nYou can now appeal to the Tribunal.", "m.pdf",
         "mediation_certificate"),
        (DECISION, "letter.pdf", "decision_letter"),
        (PARENT_LETTER, "to council.docx", "correspondence"),
        ("Occupational therapy report\nFine motor skills", "x.pdf", "ot_report"),
        ("Shopping list\nmilk", "list.txt", "other"),
        ("Nothing telling", "EP report final.pdf", "ep_report"),
    ],
)  # fmt: skip
def test_kind(text: str, name: str, kind: str) -> None:
    assert guess_kind(text, name) == kind


def test_email_is_correspondence() -> None:
    assert guess_kind("Educational psychologist", "x.eml", is_email=True) == "correspondence"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Letter\n12 March 2026\nmore", dt.date(2026, 3, 12)),
        ("Sent 12/03/2026", dt.date(2026, 3, 12)),
        ("Dated 2026-03-12", dt.date(2026, 3, 12)),
        ("March 12, 2026", dt.date(2026, 3, 12)),
        ("DOB 01/02/2015\nDate of report: 3rd February 2026", dt.date(2026, 2, 3)),
        ("Seen 1 May 2025\nDate: 9 June 2025", dt.date(2025, 6, 9)),
        ("no dates here, 31/02/2026 is not real", None),
    ],
)
def test_date_prefers_the_labelled_date_near_the_top(text: str, expected: dt.date | None) -> None:
    assert guess_date(text) == expected


def test_date_falls_back_to_the_file_name() -> None:
    assert guess_date("no date", "scan 2026-01-15.pdf") == dt.date(2026, 1, 15)
    assert guess_date("no date", "IMG_20260115_101010.jpg") == dt.date(2026, 1, 15)


def test_report_title_author_and_role() -> None:
    found = guess(EP, "scan.pdf")
    assert found.title == "Educational Psychology Advice"
    assert (found.author, found.author_role) == ("Dr Jane Smith", "Educational Psychologist")
    assert found.date == dt.date(2026, 2, 3)
    assert found.direction == ""


def test_letter_title_direction_and_signature() -> None:
    found = guess(DECISION, "letter.pdf")
    assert found.title.startswith("Request for an EHC needs assessment")
    assert found.direction == "from_la"
    assert (found.author, found.author_role) == ("Jane Jones", "SEN Officer")
    assert guess(PARENT_LETTER, "to council.docx").direction == "to_la"


def test_email_direction_from_addresses_and_metadata_win() -> None:
    meta = {"sender": "Mary <mary@example.com>", "recipient": "sen@northshire.gov.uk",
            "subject": "Sam's plan", "date": "2026-03-10"}  # fmt: skip
    found = guess("From: Mary\n\nHello 1 January 2020", "m.eml", meta)
    assert (found.kind, found.direction, found.title) == ("correspondence", "to_la", "Sam's plan")
    assert found.date == dt.date(2026, 3, 10)
    assert found.author == "Mary"


def test_council_name_from_the_case_counts() -> None:
    meta = {"sender": "Pat <pat@example.org>", "recipient": "Mary <m@example.com>"}
    assert guess("Hello", "m.eml", meta, local_authority="example.org").direction == "from_la"


def test_generic_file_names_and_junk_metadata_do_not_become_titles() -> None:
    found = guess("Annual Review Report\nYear 5", "IMG_2041.jpg", {"title": "untitled"})
    assert found.title == "Annual Review Report"
    notes = guess("Meeting notes with Mrs Brown\nWe talked.", "Scan0001.pdf")
    assert notes.title == "Meeting notes with Mrs Brown"
    assert guess("", "Scan0001.pdf").title == "Scan0001"


def test_report_title_date_and_author_skip_letterheads_and_labels() -> None:
    text = (
        "Northvale Educational Psychology Service\n"
        "Northvale Council\n"
        "Educational Psychology Advice\n"
        "Dates of involvement 3 March, 10 March and 17 March 2026\n"
        "Date of report 24 March 2026\n"
        "Author Dr Amara Quinn, Educational Psychologist\n"
    )
    assert guess_title(text, "scan.pdf", "ep_report") == "Educational Psychology Advice"
    assert guess_date(text) == dt.date(2026, 3, 24)
    assert guess_author(text) == ("Dr Amara Quinn", "Educational Psychologist")


def test_a_running_head_with_a_page_number_is_not_the_title() -> None:
    text = (
        "Eastvale Children's Therapy\n"
        "OT report: Finley Marwood. Prepared for tribunal proceedings. Page 1\n"
        "Occupational Therapy Report\n"
        "Child Finley Marwood\n"
    )
    assert guess_title(text, "ot_report.pdf", "ot_report") == "Occupational Therapy Report"


def test_a_plan_is_known_by_its_lettered_sections_and_a_letter_about_it_is_not_a_plan() -> None:
    sections = "\n".join(
        f"Section {letter}: {name}"
        for letter, name in zip(
            "ABCDEF", ["Views", "Needs", "Health", "Care", "Outcomes", "Provision"], strict=True
        )
    )
    plan = f"Wyeford Council\nEducation, Health and Care Plan for Sam\n{sections}\n"
    assert guess_kind(plan, "scan001.pdf") == "ehcp_final"
    assert guess_kind("Draft plan for Sam\n" + sections, "scan002.pdf") == "ehcp_draft"
    letter = (
        "Dear Mr and Mrs Hale,\nPlease find enclosed the final EHC plan for Sam. The plan "
        "sets out his needs in Section B and provision in Section F.\nYours sincerely,\n"
        "Anne Todd\nSEN Officer, Wyeford Council"
    )
    assert guess_kind(letter, "letter.pdf") not in ("ehcp_final", "ehcp_draft")


def test_a_council_letter_giving_a_decision_is_the_decision_whatever_it_mentions() -> None:
    letter = (
        "Dear Ms Hale,\nRE: Annual review of Leo's EHC plan\nFollowing the annual review "
        "meeting, the local authority has decided to maintain Leo's EHC plan without "
        "amendment.\nYours sincerely,\nSEN Officer"
    )
    assert guess_kind(letter, "letter.txt") == "decision_letter"
    email = "Subject: decision\nThe local authority has decided not to issue a plan for Leo."
    assert guess_kind(email, "mail.eml", is_email=True) == "decision_letter"
    assert guess_kind("Thanks for the call today.", "mail.eml", is_email=True) == "correspondence"


def test_a_report_titled_independent_is_an_independent_report_of_any_profession() -> None:
    text = (
        "Independent speech and language therapy report on Ellie\n"
        "Ellie's expressive language and receptive language are delayed (CELF-5)."
    )
    assert guess_kind(text, "report.docx") == "independent_report"


NAMED_SECTIONS = "\n".join(
    [
        "A Views, interests and aspirations",
        "Sam likes trains.",
        "B Special educational needs",
        "Sam finds reading hard.",
        "E Outcomes",
        "By July Sam will read a short book.",
        "F Special educational provision",
        "Daily reading with a teaching assistant for 15 minutes.",
        "G Health provision",
        "None.",
    ]
)


def test_a_plan_is_known_by_sections_its_reader_recognises_in_any_layout() -> None:
    plan = f"Wyeford Council\nSam Hale | Issued 03/03/2026\n{NAMED_SECTIONS}"
    assert guess_kind(plan, "EHCP v2.pdf") == "ehcp_final"
    # a version table whose last row is final; a scan's spaced-out "D R A F T"
    history = "Plan history\n0.1 08/09/2025 Draft issued\n1.0 24/10/2025 Final issued\n"
    assert guess_kind(history + NAMED_SECTIONS, "plan.pdf") == "ehcp_final"
    assert guess_kind("Wyeford Council\nD R A F T\n" + NAMED_SECTIONS, "scan.txt") == "ehcp_draft"


def test_an_email_carrying_a_whole_plan_takes_the_plans_kind() -> None:
    mail = "Subject: Plan for Sam\nDear Ms Hale,\nThe plan for Sam is below.\n" + NAMED_SECTIONS
    assert guess_kind(mail, "plan.eml", is_email=True) == "ehcp_final"
    draft = mail.replace("is below.", "is below. Please send comments within 15 days.")
    assert guess_kind(draft, "plan.eml", is_email=True) == "ehcp_draft"
    review = "Subject: Annual review on Monday\nSummary of the review.\n" + NAMED_SECTIONS
    assert guess_kind(review, "review.eml", is_email=True) == "correspondence"


def test_a_title_naming_the_kind_wins_over_the_body_and_expert_reports_are_independent() -> None:
    review = "Ridgeway School\nAnnual Review Report\nSpeech and language therapy weekly."
    assert guess_kind(review + " Speech therapy targets were met.", "AR.docx") == "annual_review"
    appeal = "SEND35\nAppeal to the First-tier Tribunal\n" + NAMED_SECTIONS
    assert guess_kind(appeal, "form.docx") == "appeal_form"
    expert = (
        "Clearspeak Therapy Ltd\nExpert Speech and Language Therapy Report\n"
        "Instructed by Ms Hale (parent)\nSam's expressive language is delayed (CELF-5)."
    )
    assert guess_kind(expert, "Sam SALT report.docx") == "independent_report"


def test_proposed_plans_are_drafts_and_the_documents_words_outrank_its_file_name() -> None:
    proposed = "London Borough of Wyeford\nProposed Education, Health and Care Plan\n"
    assert guess_kind(proposed + NAMED_SECTIONS, "Samir proposed.pdf") == "ehcp_draft"
    amended = "Wyeford Council\nProposed amendments to EHC Plan following annual review\n"
    assert guess_kind(amended + NAMED_SECTIONS, "Ellis final plan.docx") == "ehcp_draft"
    portal = "SEND Hub\nStatus: Issued (Final)\n" + NAMED_SECTIONS.replace("A Views", "[A] Views")
    assert guess_kind(portal, "draft plan.txt") == "ehcp_final"


def test_a_policy_whose_numbered_headings_name_some_sections_is_not_a_plan() -> None:
    policy = "\n".join(
        [
            "Home to School Travel Assistance Policy",
            "1. Views of parents",
            "2. Special educational needs",
            "3. Outcomes",
            "4. Health care needs",
            "Eligibility is assessed individually.",
        ]
    )
    assert guess_kind(policy, "transport policy.pdf") not in ("ehcp_final", "ehcp_draft")


def test_a_scanned_letter_to_whom_it_may_concern_that_mentions_the_plan_is_not_the_plan() -> None:
    text = (
        "Riverside Surgery\nTO WHOM IT MAY CONCERN\nRc: Marcus Clarke D0B 04/04/2011\n"
        "Marcus has mild asthma. I understand his EHC plan is bcing reviewed.\n"
        "Yoursfaithfully\nDr R. Chaudhry\nGP\n"
    )
    assert guess_kind(text, "IMG_2077.pdf") not in ("ehcp_final", "ehcp_draft")


def test_a_gp_or_school_nurse_writing_about_their_patient_is_medical_evidence() -> None:
    gp = (
        "Brookside Surgery\n4 December 2025\nTo whom it may concern\nRe: Tom Zielinski\n"
        "I am Tom's GP. Tom has cerebral palsy and is under the physiotherapy team. In my "
        "opinion he needs support in school with his mobility and with writing.\n"
        "Yours faithfully\nDr A Amadi MBBS\n"
    )
    nurse = (
        "Healthy Child Service\nTo whom it may concern\nI am the school nurse for Framsden "
        "Primary. Amelia has type 1 diabetes and needs a trained adult available.\n"
        "Yours faithfully\nJo Whatling RN\n"
    )
    assert guess_kind(gp, "GP letter.pdf") == "medical_report"
    assert guess_kind(nurse, "letter.docx") == "medical_report"


def test_a_decision_to_assess_and_a_nursery_report_are_known_by_their_words() -> None:
    decision = (
        "Dear Mr and Mrs Lloyd\nFreddie Lloyd - EHC needs assessment\nUnder section 36(8) of "
        "the Children and Families Act 2014 the council must secure an EHC needs assessment. "
        "We will now ask for advice from an educational psychologist.\nYours sincerely\n"
    )
    nursery = (
        "Brentside Nursery\nEarly years setting report for EHC needs assessment\n"
        "Completed by: Joanna Baptiste, Nursery Manager and SENCo\n"
        "Sofia would not speak to staff. We referred her to speech and language therapy.\n"
    )
    assert guess_kind(decision, "Freddie.docx") == "decision_letter"
    assert guess_kind(nursery, "Sofia.txt") == "school_report"


def test_a_newsletter_is_not_a_plan_and_a_plan_for_consultation_is_a_draft() -> None:
    newsletter = (
        "Three Rivers Academy Trust - Family Newsletter, Spring 2026\n"
        "Welcome back! Well done to Moorside Juniors.\nSEND corner\n"
        "Coffee mornings for parents of children with SEN support or an EHC plan.\n"
    )
    assert guess_kind(newsletter, "Newsletter.txt") not in ("ehcp_final", "ehcp_draft")
    proposed = (
        "North Brackenshore Council\nEducation, Health and Care Plan\n"
        "PROPOSED PLAN - FOR CONSULTATION\nSection A: About me\nI am Ruby.\n"
        "Section B: Special educational needs\nRuby is deaf.\nSection E: Outcomes\nTo hear.\n"
        "Section F: Special educational provision\nRadio aid in every lesson.\n"
    )
    assert guess_kind(proposed, "scan.pdf") == "ehcp_draft"


def test_a_draft_that_speaks_of_the_final_plan_to_come_is_still_a_draft() -> None:
    marked = "Wyeford Council | DRAFT - NOT FINAL\nEducation, Health and Care Plan\n"
    assert guess_kind(marked + NAMED_SECTIONS, "Document_Download (3).pdf") == "ehcp_draft"
    explained = (
        "Education Health and Care Plan - DRAFT\nWyeford Council\n"
        "The final plan will be issued after you have had 15 days to comment.\n"
    )
    assert guess_kind(explained + NAMED_SECTIONS, "ehcp.txt") == "ehcp_draft"
    issued = "Education, Health and Care Plan\nFinal plan issued 3 March 2026\n"
    assert guess_kind(issued + NAMED_SECTIONS, "draft.txt") == "ehcp_final"


def test_a_panels_decision_to_issue_a_plan_is_a_decision_letter() -> None:
    letter = (
        "Wyeford Council\nDear Mrs Coles\n"
        "Amy Coles - outcome of the education, health and care needs assessment\n"
        "The panel agreed that it is necessary for special educational provision to be made "
        "for Amy in accordance with an EHC plan. We will now write a draft plan.\n"
        "Yours sincerely\nGareth Tuckett\n"
    )
    assert guess_kind(letter, "letter from council.docx") == "decision_letter"


def test_a_personal_education_plan_and_a_camhs_summary_are_known_by_their_titles() -> None:
    pep = (
        "Virtual School for Children in Care\nPersonal Education Plan (PEP) - Primary\n"
        "Child | Kayden Wright\nMy views\nI like football and my teacher.\n"
    )
    camhs = (
        "North Thames Community NHS Trust\nNorthfold CAMHS - Neurodevelopmental Pathway\n"
        "Assessment summary\nOutcome: Tobi meets the criteria for autism. Diagnosis given.\n"
    )
    assert guess_kind(pep, "PEP spring 26.docx") == "school_report"
    assert guess_kind(camhs, "Tobi diagnosis.txt") == "camhs_report"


def test_a_guide_to_plans_is_not_a_plan_and_a_proposed_plan_of_b_and_f_is_a_draft() -> None:
    guide = (
        "Shireoaks County Council\nEducation, Health and Care Plans: a guide for families\n"
        "An EHC plan is a legal document for children who need more support.\n"
        "How long does it take?\nNo more than 20 weeks.\n"
    )
    assert guess_kind(guide, "What is an EHCP.pdf") not in ("ehcp_final", "ehcp_draft")
    proposed = (
        "Shireoaks County Council\nPROPOSED PLAN - for consultation\nChild Aarav Mistry\n"
        "B. Special educational needs\nAarav has global developmental delay.\n"
        "F. Special educational provision\nSpeech and language therapy programme, 3 sessions "
        "a week, set by the speech and language therapist.\n"
    )
    assert guess_kind(proposed, "ProposedPlan_AaravMistry.pdf") == "ehcp_draft"


def test_an_assessors_report_for_a_parent_and_a_term_report_from_a_unit() -> None:
    dyslexia = (
        "SPECIALIST ASSESSMENT FOR DYSLEXIA\nDiagnostic assessment report\n"
        "Assessed by: Mr Richard Holt, independent specialist assessor\n"
        "Commissioned by: Mrs K Nixon (parent)\nTest results\nWRAT-5 Word Reading SS 88\n"
    )
    term = (
        "Hollin Bank Secure Children's Home - Education Unit\n"
        "End of term education report (Spring 2026)\nEnglish: reading age 9 years 7 months.\n"
    )
    assert guess_kind(dyslexia, "Amelia dyslexia assessment.pdf") == "independent_report"
    assert guess_kind(term, "Callum spring report.txt") == "school_report"


def test_a_working_copy_health_advice_for_a_plan_and_a_notice_of_amendment() -> None:
    working = "Wrexholme City Council\nEHC Plan - WORKING COPY v0.2\nNot the final plan.\n"
    assert guess_kind(working + NAMED_SECTIONS, "Oliver plan.docx") == "ehcp_draft"
    advice = (
        "Kennet Valley Children's Community Nursing Team\n"
        "Health advice for Education, Health and Care plan\nChild: Freddie Lang\n"
        "Freddie is fed by gastrostomy and needs suction several times a day.\n"
    )
    assert guess_kind(advice, "CCN health advice Freddie.docx") == "medical_report"
    notice = (
        "Lindmoor County Council\nDear Mrs Doyle,\n"
        "Notice of amendment to Harvey's EHC plan following review\n"
        "Following Harvey's annual review we propose to amend his plan.\n"
        "Section B - Special Educational Needs\nHarvey tires quickly.\n"
        "Section F - Special educational provision\nPhysiotherapy programme daily.\n"
        "Yours sincerely\nJo Hart\n"
    )
    assert guess_kind(notice, "Harvey amendment notice.pdf") == "decision_letter"


def test_the_tribunals_decision_is_known_by_its_heading() -> None:
    decision = (
        "First-tier Tribunal (Special Educational Needs and Disability)\n"
        "Appeal: EH412/26/00218\nDecision\n1. The appeal is allowed. The local authority's "
        "decision to cease to maintain Daniel's EHC plan is set aside.\n"
    )
    assert guess_kind(decision, "Tribunal decision Daniel Firth.pdf") == "tribunal_direction"


def test_a_letter_is_signed_by_its_officer_not_by_whoever_is_copied_in() -> None:
    letter = (
        "Dear Mr and Mrs Marwood\nPlease find the final plan enclosed.\nYours sincerely,\n"
        "Leon Partridge\nSEN Casework Officer\nBrackenmoor Borough Council\n"
        "cc: Mrs Priya Castell, SENCo, Hollin Brook Primary School\n"
    )
    assert guess_author(letter) == ("Leon Partridge", "SEN Casework Officer")
    report = "Seen 3 November 2026\nTherapist Sophie Trenchard, Specialist Occupational Therapist\n"
    assert guess_author(report) == ("Sophie Trenchard", "Specialist Occupational Therapist")


def test_a_familys_own_account_is_parent_views_but_their_letter_is_correspondence() -> None:
    """A parent writes "my son" and "I am Jack's dad"; a professional writes "his mother"."""
    statement = (
        "Statement for the tribunal\n\nI am Jack Pilling's dad. He comes home from school and does "
        "not speak for an hour, and he cannot tell me what he did that day."
    )
    notes = "Things to say at the meeting\n\n- our son is still not sleeping\n- ask about PECS"
    form = "Parent / carer contribution to the EHC needs assessment\nChild's name\nHarry Gotts"
    letter = (
        "Dear Ms Holroyd\n\nI am writing on behalf of my son Daniel. Could you send us copies "
        "of the reports the panel looked at?\n\nMany thanks\nSandra Firth"
    )
    report = (
        "Speech and Language Therapy Report\n\nI saw Jack in clinic with his mother, who said "
        "that her son does not follow instructions. Speech and language therapy is advised."
    )
    assert guess_kind(statement, "Statement.txt") == "parent_views"
    assert guess_kind(notes, "Notes.txt") == "parent_views"
    assert guess_kind(form, "form.docx") == "parent_views"
    assert guess_kind(letter, "letter.docx") == "correspondence"
    assert guess_kind(report, "report.docx") == "salt_report"


def test_an_email_from_the_tribunal_is_its_direction_though_it_speaks_of_a_decision() -> None:
    notice = (
        "Appeal EH870/26/00655\n\nThe tribunal directs that the local authority's request to "
        "postpone the hearing is refused. The council's decision is under appeal."
    )
    council = "We have decided not to issue an EHC plan. You have the right to appeal."
    tribunal = {"sender": "SEND Tribunal <send.tribunal@example.org>", "title": "Direction"}
    officer = {"sender": "SEN Team <sen.team@example.org>", "title": "Our decision"}
    assert guess(notice, "EH870.eml", tribunal).kind == "tribunal_direction"
    assert guess(council, "decision.eml", officer).kind == "decision_letter"


def test_guides_newsletters_and_letters_to_every_family_are_other_but_a_plan_stays_a_plan() -> None:
    guide = (
        "Tamarford Family Information Service - Local Offer\nEducation, Health and Care plans: "
        "what to expect\nAn EHC needs assessment may lead to a plan. Speech and language "
        "therapy can be written into Section F."
    )
    trip = (
        "Clun Valley Primary School\nDear Parents and Carers of Year 2,\nClass trip on Friday. "
        "If your child needs extra support, speak to the class teacher.\nKind regards\nMrs Bell"
    )
    one_family = (
        "Dear Parent/Carer,\nWe have decided to carry out an EHC needs assessment for Sam. "
        "You have the right to appeal.\nYours sincerely\nSEN Team"
    )
    sections = "\n".join(f"Section {letter}: heading\ntext" for letter in "ABCDEFGHIJK")
    plan = "Your EHC plan: what to expect\nEducation, Health and Care Plan\n" + sections
    assert guess_kind(guide, "EHCP what to expect.pdf") == "other"
    assert guess_kind(trip, "trip letter.docx") == "other"
    assert guess_kind(one_family, "letter.pdf") == "decision_letter"
    named = one_family.replace("Dear Parent/Carer,", "Dear Parent/Carer of Sam Smith,")
    assert guess_kind(named, "letter.pdf") == "decision_letter"
    assert guess_kind(plan, "plan.pdf") == "ehcp_final"


def test_a_childs_own_words_are_child_views_but_a_report_quoting_them_is_not() -> None:
    words = (
        'What Jayden told me (in his words)\n"My tics are like a sneeze."\n"I hate when '
        'people copy me."\n"I like the library."\n"I want to do my tests on my own."'
    )
    report = (
        'Occupational Therapy Report\nI assessed Jayden in school. He told me: "I hate '
        'handwriting. I like typing. I want a laptop." I recommend a touch-typing programme.'
    )
    sections = "\n".join(f"Section {letter}: heading\ntext" for letter in "ABCDEFGHIJK")
    plan = "All about me\nI like trains. I hate loud noise. I want to be a driver.\n" + sections
    assert guess_kind(words, "Jaydens words.txt") == "child_views"
    assert guess_kind(report, "OT.docx") == "ot_report"
    assert guess_kind(plan, "Kian EHCP.docx") == "ehcp_final"


def _portal_plan(status: str) -> str:
    tabs = [
        "[Tab 1 of 9] About Me (Section A)\nZainab likes bubbles.",
        "[Tab 2 of 9] My Learning Needs (Section B: special educational needs)\nShe has"
        " global developmental delay.",
        "[Tab 5 of 9] What I want to achieve (Section E: outcomes)\nShe will use ten signs.",
        "[Tab 6 of 9] Support for my learning (Section F: special educational provision)\n"
        "- Access to speech and language therapy as advised.",
        "[Tab 8 of 9] My School (Section I)\nBrookmead Special School.",
    ]
    return f"Hallowmere Connect | Family Portal\nStatus: {status}\n\n" + "\n\n".join(tabs)


def test_bracketed_section_letters_make_a_plan_and_asking_for_comments_a_draft() -> None:
    assert guess_kind(_portal_plan("Issued"), "Ayaan plan portal print.txt") == "ehcp_final"
    awaiting = _portal_plan("Draft - awaiting parent comments")
    assert guess_kind(awaiting, "portal.txt") == "ehcp_draft"
    sections = "\n".join(f"Section {letter}: heading\ntext" for letter in "ABEFI")
    for top in (
        "Support Plan\nConsultation version\nEthan Brierley",
        "PROPOSED\nBournlea County Council\nEducation, Health and Care Plan",
        "Education, Health and Care Plan\nIssued for comment under regulation 13.",
        "Proposed plan - Reuben\nThis is a draft. It is not a final plan.",
    ):
        assert guess_kind(f"{top}\n{sections}", "plan.docx") == "ehcp_draft", top
    therapy = "Direct speech and language therapy with a speech and language therapist weekly."
    titled = (
        "London Borough of Stanmere\nChildren's Service\nEducation, Health and Care Plan\n"
        + "\n".join(f"Section {letter} - heading\n{therapy}" for letter in "BEFI")
    )
    assert guess_kind(titled, "Noah EHCP final FINAL v3.docx") == "ehcp_final"


def test_an_email_with_a_report_or_a_proposed_plan_pasted_in_takes_its_kind() -> None:
    report = (
        "Hello Mrs Hussain,\nPlease find my report below.\n\nSPEECH AND LANGUAGE THERAPY "
        "REPORT\nAssessment: PLS-5 UK. Speech and language therapy is needed.\n\n"
        "Recommendations:\n- Direct speech and language therapy weekly.\n\nKind regards"
    )
    asking = "Hello,\nCould you send me the speech and language therapy report?\nThanks"
    sections = "\n".join(f"Section {letter} - heading\ntext" for letter in "BEFI")
    proposed = "Dear Mr Dunleavy,\nPlease find Maisie's proposed plan below.\n" + sections
    mail = {"sender": "Harriet Bose <h.bose@example.org>", "title": "Re: Zainab"}
    assert guess(report, "Re Zainab.eml", mail).kind == "salt_report"
    assert guess(asking, "SLT report.eml", mail).kind == "correspondence"
    assert guess(proposed, "Maisie.eml", mail).kind == "ehcp_draft"


def test_a_clinic_letter_is_the_clinicians_report_and_a_refusal_to_reassess_a_decision() -> None:
    clinic = (
        "ORTHOTICS DEPARTMENT\n\nDear Dr Pemberton,\n\nRe: Tobias Wren NHS 999 226 0195\n\n"
        "I saw Tobias in clinic today. School staff should check his skin each time the "
        "orthoses come off at school.\n\nYours sincerely\nMark Oyelowo"
    )
    refusal = (
        "Arrowdale County Council\nDear Mr Wren,\nThe panel decided that a re-assessment is "
        "not necessary. His physiotherapist's letter about his mobility and physiotherapy "
        "was considered.\nYou may appeal against a refusal to re-assess.\nYours sincerely"
    )
    assert guess_kind(clinic, "orthotics letter.txt") == "medical_report"
    assert guess_kind(refusal, "refusal.docx") == "decision_letter"


def test_a_plans_version_table_is_read_by_its_last_row() -> None:
    """The drafts a plan went through are listed above the row for this copy."""
    versions = (
        "Wyeford Council\nEducation, Health and Care Plan for Sam\n"
        "Version | Date | Reason\n1 | 20/05/2021 | First plan issued\n"
        "Proposed amended plan | 09/01/2026 | Phase transfer review\n"
        "3 (this plan) | 12/02/2026 | Amended plan issued\n"
    )
    assert guess_kind(versions + NAMED_SECTIONS, "Sam plan.docx") == "ehcp_final"
    still = "Wyeford Council\nProposed amended plan\nThis is not your final plan.\n"
    assert guess_kind(still + NAMED_SECTIONS, "Sam plan.docx") == "ehcp_draft"


def test_an_expert_report_for_the_tribunal_and_a_nurses_clinic_letter_are_reports() -> None:
    expert = (
        "INDEPENDENT OCCUPATIONAL THERAPY REPORT\n"
        "Prepared for the First-tier Tribunal (Special Educational Needs and Disability)\n"
        "Client: Sam Smith\nInstructed by: Mr and Mrs Smith\n"
        "1. Sam's fine motor skills are at the 9th centile.\n2. I recommend a rest break.\n"
    )
    assert guess_kind(expert, "Price OT report.txt") == "independent_report"
    nurse = (
        "Ribblemouth Community Health\nChildren's Bladder and Bowel Service\n"
        "Date: 3 March 2026\nDear Mr and Mrs Smith,\nRe: Sam Smith, DOB 11/05/2021\n"
        "Thank you for bringing Sam to clinic. He has chronic constipation and we have "
        "assessed him as eligible for products from our service.\n"
        "For school: Sam needs a private changing space and a toileting routine.\n"
        "Yours sincerely\nTracey Melling, Specialist Continence Nurse\n"
    )
    assert guess_kind(nurse, "continence clinic letter.pdf") == "medical_report"
    senco = "Elm School - SEN department\nSENCo report on progress: Sam, Year 9\nCAMHS advised.\n"
    assert guess_kind(senco, "report May.txt") == "school_report"


def test_views_sent_by_email_are_the_family_s_or_the_child_s_views() -> None:
    head = "From: a@example.org\nTo: b@example.org\nDate: 2026-02-01\n"
    parent = (
        head + "Subject: my views for Daniel's assessment\n\nHi Priya,\n"
        "Daniel is a lovely boy but school has become hard for him. I read everything to him.\n"
    )
    assert guess_kind(parent, "views.eml", is_email=True, sender="a@example.org") == (
        "parent_views"
    )
    child = head + "Subject: my views\n\nhi miss\nmy mum said I should write down what I think.\n"
    assert guess_kind(child, "views.eml", is_email=True, sender="a@example.org") == "child_views"
    plain = head + "Subject: meeting on Friday\n\nCan we move the meeting to 3pm?\n"
    assert guess_kind(plain, "re.eml", is_email=True, sender="a@example.org") == "correspondence"


def test_a_councils_memo_to_a_headteacher_is_a_letter_not_a_report() -> None:
    consultation = (
        "Tamarside County Council\nSEND 0-25 Service\nTo: The Headteacher, Elm Academy\n"
        "Date: 3 November 2025\nConsultation under section 39 - Sam Smith (Year 6)\n"
        "Please let us know within 15 days whether the school can meet Sam's needs.\n"
        "Yours faithfully\nRosalind Pengelly\nSenior SEND Officer\n"
    )
    assert guess_kind(consultation, "s39 consultation.pdf") == "correspondence"


def test_a_forwarded_tribunal_order_and_a_certificate_sent_by_email() -> None:
    forwarded = (
        "From: Dan Frost <d@example.org>\nTo: c@example.org\nSubject: Fwd: Order\n\n"
        "Is this good news?\n---------- Forwarded message ---------\n"
        "From: SEND Tribunal <send@justice.example.org>\nSubject: Order\n\nORDER\n"
        "1. The local authority's request is refused.\n"
    )
    assert guess_kind(forwarded, "FW Order.eml", is_email=True, sender="d@example.org") == (
        "tribunal_direction"
    )
    certificate = (
        "From: Mediation Service <c@nems.example.org>\nTo: s@example.org\n"
        "Subject: Your mediation certificate NEM/26/1093\n\nDear Miss Hodgson,\n"
        "I attach your mediation certificate, issued today under section 55(5).\n"
        "Certificate number: NEM/26/1093\n"
    )
    assert guess_kind(certificate, "cert.eml", is_email=True, sender="c@nems.example.org") == (
        "mediation_certificate"
    )
    question = (
        "From: s@example.org\nTo: a@example.org\nSubject: mediation certificate?\n\n"
        "Do I need a mediation certificate before I appeal?\n"
    )
    assert guess_kind(question, "q.eml", is_email=True, sender="s@example.org") == (
        "correspondence"
    )


def test_advice_sent_by_e_mail_a_report_for_a_review_and_a_witness_statement() -> None:
    advice = (
        "Subject: Isla Greenhalgh - CAMHS advice for EHCNA\nDear SEND Team,\nIsla has been "
        "known to CAMHS since September. Our advice is that Isla needs a key adult.\n"
        "Kind regards,\nDr Fern Ashworth\nClinical Psychologist, Weaverdale CAMHS\n"
    )
    reply = "Subject: Re: CAMHS advice for EHCNA\nThanks, we have the CAMHS advice now.\n"
    review = (
        "Brackenfell Children's Therapy Service\nSpeech and Language Therapy\nReport for annual "
        "review of EHC plan\nKacper has had a block of 6 speech and language therapy sessions.\n"
    )
    statement = (
        "IN THE FIRST-TIER TRIBUNAL (SPECIAL EDUCATIONAL NEEDS AND DISABILITY)\n"
        "Appeal number EH998/26/00417\nSTATEMENT OF ANDREW DUNNING, SENCO, LINDOW GREEN PRIMARY\n"
        "1. I have been the SENCo since 2021 and have taught Oscar in Year 6. His reading age "
        "is 8 years 3 months; the school's literacy intervention has not closed the gap.\n"
        "I believe that the facts stated in this statement are true.\n"
    )
    assert guess_kind(advice, "advice.eml", is_email=True) == "camhs_report"
    assert guess_kind(reply, "re.eml", is_email=True) == "correspondence"
    assert guess_kind(review, "image0.pdf") == "salt_report"
    assert guess_kind(statement, "SENCo statement for tribunal.txt") != "tribunal_direction"


def test_a_letter_sending_the_final_plan_with_the_right_of_appeal_is_the_decision() -> None:
    letter = (
        "Thornmere City Council\nDear Mr and Mrs Mehta\nArjun Mehta\nI enclose the final "
        "plan for Arjun. The plan has been finalised under section 39(7) of the Children and "
        "Families Act 2014. We have not agreed to your request for occupational therapy in "
        "Section F. You have two months from the date of this letter to register an appeal.\n"
        "Yours sincerely\nA Officer\n"
    )
    assert guess_kind(letter, "scan0012.txt") == "decision_letter"


def test_a_report_is_known_by_the_profession_it_is_signed_with() -> None:
    report = (
        "Name Osian Lloyd\nSchool Hopebury Primary School\nI watched Osian in a phonics "
        "lesson and spoke to his class teacher, who is also the head teacher and SENCo.\n"
        "What would help\n- Daily phonics teaching for 15 minutes.\n"
        "Dr Ffion Meredith\nEducational Psychologist (HCPC PYL09991)\n21 April 2026\n"
    )
    decision = (
        "First-tier Tribunal (Special Educational Needs and Disability)\nDECISION\n"
        "1. The appeal is allowed.\nREASONS\n3. We preferred the evidence of Ms Tait, "
        "occupational therapist, who assessed Evie in school and at home.\n"
        "Judge H. Ridley\nDate: 15 October 2026\n"
    )
    assert guess_kind(report, "report.pdf") == "ep_report"
    assert guess_kind(decision, "Tribunal decision.pdf") != "ot_report"


def test_a_schools_own_reports_are_school_reports_whatever_therapy_they_mention() -> None:
    end_of_year = (
        "Nathan Price - Year 4\nEnglish Secure 2\nHe has worked on his speech and language "
        "therapy targets each week.\nClass teacher's comment: Nathan has grown in confidence "
        "this year.\nAttendance: 96.2%\n"
    )
    assert guess_kind(end_of_year, "Nathan report summer.pdf") == "school_report"


def test_an_author_signed_with_an_initial_is_found_and_names_the_report() -> None:
    notes = (
        "EDUCATIONAL PSYCHOLOGY - CONSULTATION NOTES\nPupil: Holly Marchetti\n"
        "Present: EP, SENCo, class teacher, mother\nConcerns: slow progress in phonics.\n"
        "Agreed actions: daily 1:1 phonics by trained TA.\n"
        "Signed T Nakamura, Educational Psychologist\n"
    )
    assert guess_author(notes) == ("T Nakamura", "Educational Psychologist")
    assert guess_kind(notes, "notes 14.4.txt") == "ep_report"


def test_a_report_with_an_experts_declaration_is_independent_though_titled_for_the_tribunal() -> (
    None
):
    report = (
        "SENSE & MOTION OT - private paediatric occupational therapy\nREPORT FOR TRIBUNAL\n"
        "Client: Imogen (DOB 14/08/2010)\nImogen has marked sensory sensitivities. "
        "Recommendations: OT input fortnightly for 6 months.\nExpert's declaration: I "
        "understand that my overriding duty is to the Tribunal.\n"
    )
    assert guess_kind(report, "OT report.txt") == "independent_report"
    scanned = (
        "SENSORY OT REPORT - Evie Hodgson\nPrepared at the request of Mrs Hodgson\n"
        "Recommendations\nSix sessions of direct OT each term.\n"
        "I confirm that I understand my duty to the Tribunal.\nA. Tait\n"
    )
    assert guess_kind(scanned, "IMG_4471.pdf") == "independent_report"


def test_a_clinic_letter_is_the_report_of_the_profession_that_signs_it() -> None:
    letter = (
        "Children's Therapy Service - Clinic Letter\nLowbridge NHS Foundation Trust\n"
        "Re: Tomasz Zielinski Hospital no. L2290415\nDear Dr Amadi,\nI reviewed Tomasz today "
        "with his mother. He has a right hemiplegia. I have referred him to orthotics and the "
        "paediatric consultant.\nYours sincerely\nChris Benton\nPaediatric Physiotherapist\n"
    )
    assert guess_author(letter)[1] == "Paediatric Physiotherapist"
    assert guess_kind(letter, "clinic letter Sept.pdf") == "physio_report"


def test_a_scans_digits_for_letters_are_read_as_the_letters() -> None:
    from ehcp_appeal.ingest.guess_tables import squash

    assert squash("Paediatric 0ccupational Therapy f0r 1anguage") == (
        "paediatric occupational therapy for language"
    )
    assert squash("10am, 20mg, 1st and 0.5 ml") == "10am, 20mg, 1st and 0.5 ml"
    photo = (
        "Paediatric 0ccupational Therapy - Kennet Valley Hospital\nName: Freddie Lang\n"
        "Seating review at school. A new seating system has been ordered. Standing frame "
        "30 minutes twice a day as advised by the physiotherapist.\nOT signature R. Ahmed\n"
    )
    assert guess_kind(photo, "WhatsApp Image 2026-03-03.pdf") == "ot_report"
    music = "Report from St Aldhelm's peripatetic music teacher\nRuby has had violin lessons."
    assert guess_kind(music, "music report.txt") == "school_report"


def test_e_mails_carrying_an_expert_report_a_certificate_or_an_amended_plan() -> None:
    """What a family forwards or receives by e-mail is what it carries in its body."""
    expert = (
        "Dear Mr and Mrs Hale,\nPlease find my report below.\n\n"
        "MEDICO-LEGAL REPORT - DR A SMITH, CONSULTANT PAEDIATRICIAN\n"
        "Prepared for the SEND Tribunal on the instructions of the appellants' solicitors.\n"
        "Findings: Sam meets the diagnostic criteria for ADHD.\n"
        "I confirm that I understand my duty to the tribunal.\nDr A Smith\n"
    )
    assert guess_kind(expert, "report.eml", is_email=True, sender="a@example.org") == (
        "independent_report"
    )
    certificate = (
        "Dear Mr Hale,\nThank you for speaking with me. Your certificate is set out below.\n\n"
        "MEDIATION CERTIFICATE - Elm Valley Mediation\nCertificate number: EVM-2026-0001\n"
        "The parent has decided not to pursue mediation.\n"
    )
    assert guess_kind(certificate, "Your certificate.eml", is_email=True, sender="s@e.org") == (
        "mediation_certificate"
    )
    amended = (
        "Following the annual review meeting on 2 June, please find below the proposed "
        "amended plan for Sam. You have 15 days to make representations.\n\n"
        "PROPOSED AMENDED EHC PLAN - SAM HALE\n"
        "Section A - Views, interests and aspirations\nSam loves football.\n"
        "Section B - Special educational needs\nSam has dyslexia.\n"
        "Section E - Outcomes\nBy July 2027 Sam will read the Year 4 words.\n"
        "Section F - Special educational provision\nPhonics three times a week.\n"
        "Section I - Placement\nElm Primary School\n"
    )
    assert guess_kind(amended, "Re annual review.eml", is_email=True, sender="o@e.org") == (
        "ehcp_draft"
    )


def test_an_e_mailed_report_is_its_signers_profession() -> None:
    physio = (
        "Dear Mr Hale,\nThank you for letting me visit school to see Sam in PE.\n\n"
        "Observations: Sam is slow on the stairs and his ankle-foot orthosis was rubbing.\n"
        "Recommendations:\n1. A lift pass.\n2. Daily stretches of his calf, 10 minutes.\n"
        "I will review Sam in the autumn term.\n\nKind regards\nAnna Lee\n"
        "Specialist Paediatric Physiotherapist\nElm Community Health NHS Trust\n"
    )
    assert guess_kind(physio, "visit.eml", is_email=True, sender="a@example.org") == (
        "physio_report"
    )
    mhst = (
        "Dear Mr and Mrs Hale,\nHere is a summary of Sam's work with the team this term.\n"
        "Elm CAMHS - Mental Health Support Team in Schools\n"
        "Sam attended 7 of 8 sessions of guided self-help based on CBT for low mood.\n"
        "Recommendations: a named adult for check-ins on Mondays; no reading aloud.\n"
        "Kind regards\nJo Bell\nEducation Mental Health Practitioner\n"
    )
    assert guess_kind(mhst, "summary.eml", is_email=True, sender="j@example.org") == (
        "camhs_report"
    )


def test_a_benefits_decision_is_not_the_councils_decision() -> None:
    dwp = (
        "Department for Work and Pensions\nDisability Benefit Centre\n8 January 2026\n"
        "Decision on your claim for Disability Living Allowance for Sam\n"
        "We have decided that Sam is entitled to Disability Living Allowance.\n"
        "If you think this decision is wrong you can ask us to look at it again.\n"
    )
    assert guess_kind(dwp, "decision letter.pdf") != "decision_letter"
    assert guess_kind(DECISION, "decision letter.pdf") == "decision_letter"


def test_a_scans_five_read_for_an_s_is_put_right() -> None:
    scan = (
        "5peech and Language Therapy termly report\nPupil: Sam Hale\n"
        "Therapist: Jo Bell, SLT\nTargets this term\nTherapy delivered: 30-minute direct "
        "session fortnightly.\nRecommendations for next term\nA communication book.\n"
    )
    assert guess_kind(scan, "spring term.pdf") == "salt_report"


def test_an_educational_psychology_teams_advice_is_the_eps_whatever_its_file_name() -> None:
    advice = (
        "ELM CITY COUNCIL - EDUCATIONAL PSYCHOLOGY TEAM\n"
        "ADVICE FOR EDUCATION, HEALTH AND CARE NEEDS ASSESSMENT\n"
        "Child: Sam Hale  Setting: Little Elm Nursery\n"
        "I observed Sam at nursery and met his parents at home.\n"
        "Recommendations\n- An individual curriculum based on small steps.\n"
    )
    assert guess_kind(advice, "Sam nursery report.pdf") == "ep_report"


def test_a_signature_with_an_accented_name_still_names_the_profession() -> None:
    assert guess_author(
        "Yours sincerely\n\nGráinne Hollis\nSpecialist Speech and Language Therapist"
    )[1] == ("Specialist Speech and Language Therapist")
    assert guess_author("Kind regards\nDominic Lee\nClinical Specialist Physiotherapist\n") == (
        "Dominic Lee",
        "Clinical Specialist Physiotherapist",
    )


def test_a_clinicians_titled_advice_sent_by_e_mail_is_that_clinicians_report() -> None:
    advice = (
        "From: Dominic Lee <d.lee@example.org>\nSubject: RE: Sam PE\n\nDear Mrs Hale,\n"
        "Following my visit I set out my advice about Sam's PE below.\n\n"
        "Physiotherapy advice following school visit - Sam Hale (Year 3)\n\n"
        "1. Sam may use the low trim trail with an adult beside him.\n"
        "2. Allow rests after 20 minutes of walking.\n\nKind regards\nDominic Lee\n"
        "Clinical Specialist Physiotherapist\nElm Community Health NHS Trust\n"
    )
    sender = "d.lee@example.org"
    assert guess_kind(advice, "RE_ Sam PE.eml", is_email=True, sender=sender) == "physio_report"
    summary = advice.replace(
        "Physiotherapy advice following school visit - Sam Hale (Year 3)\n", ""
    ).replace("my advice about Sam's PE below", "what we talked about")
    assert guess_kind(summary, "RE_ Sam PE.eml", is_email=True, sender=sender) == ("correspondence")


def test_a_camhs_practitioners_appointment_summary_is_a_camhs_report() -> None:
    summary = (
        "From: Saffron Lomax <s.lomax@example.org>\nSubject: Sam - appointment summary\n\n"
        "Dear Mr and Mrs Hale,\nHere is a summary of our session.\n\n"
        "ELM CAMHS - GETTING HELP TEAM\nSummary of first appointment (choice appointment)\n"
        "What we found: Sam scored in the clinical range for social anxiety.\n"
        "What we agreed:\n- Eight sessions of CBT, weekly.\n\nBest wishes\nSaffron Lomax\n"
        "CAMHS Practitioner, Elm CAMHS Getting Help Team\n"
    )
    assert guess_kind(summary, "summary.eml", is_email=True, sender="s@example.org") == (
        "camhs_report"
    )


def test_the_author_named_at_the_top_of_a_report_names_its_kind() -> None:
    senco = (
        "ELM MANOR HIGH SCHOOL\nA member of the Salt Union Learning Trust\n\n"
        "Report of the SENCo - Sam Hale (Year 7)\n"
        "Written by: Ms Niamh Cassidy, SENCo, 16 February 2026\n\n"
        "1. Attendance\nSam's attendance this year is 87%.\n"
        "2. Recommendations from school\n- Increase the literacy intervention.\n\nN. Cassidy\n"
    )
    assert guess_kind(senco, "Sam - statement.txt") == "school_report"


def test_an_expert_report_for_the_tribunal_is_independent_whatever_its_profession() -> None:
    expert = (
        "Expert Report of an Independent Speech and Language Therapist\n"
        "Prepared for the First-tier Tribunal (SEND), at the request of Mr and Mrs Hale\n"
        "Child Sam Hale\nReport by Beth Quayle BSc (Hons) MRCSLT, HCPC registered\n"
        "1. Instructions\n1.1 I was asked to assess Sam's speech, language and communication.\n"
        "2. Summary of opinion\n2.1 Sam has a stammer; the plan specifies no speech and "
        "language therapy, and speech and language therapy 'as required' says nothing.\n"
        "3. Provision required\n1. Direct therapy from a speech and language therapist.\n"
        "4. Statement of truth\nI understand that my duty is to help the tribunal.\n"
    )
    assert guess_kind(expert, "Sam SALT.pdf") == "independent_report"


def test_a_faint_scan_of_a_decision_letter_is_still_the_decision() -> None:
    scan = (
        "Elm City Council\nSEND Hub, County Buildings\nMr and Mrs Hale\n19 February 2026\n"
        "Dear Mr and Mrs Hale\nSam Hale - outcome of the EHC needs assessment\n"
        "The panel met on 17 February. The local authority bas decided tbat it is necessary "
        "to issue an education, health and care plan for Sam.\nReasons: the advice of the "
        "educational psychologist shows that Sam needs provision.\nWe will send you a draft "
        "plan within f0ur weeks.\nY0urs sincerely\nLowenna Chegwidden\nSEND Casew0rk Officer\n"
    )
    assert guess_kind(scan, "image000123.pdf") == "decision_letter"


PLAN_BODY = (
    "Section A\nSam loves trains.\nSection B\nSam has dyslexia and finds spelling hard.\n"
    "Section E\nBy July 2027 Sam will spell 50 common words.\n"
    "Section F\nSam will have access to literacy support.\nSection I\n"
)


def test_a_draft_says_so_in_its_own_words_wherever_its_title_lines_put_them() -> None:
    promised = (
        "Elm City Council\nEducation, Health and Care Plan\nName Sam Hale\n"
        "Tell us your views within 15 days. Nothing in this plan is agreed until it is issued "
        "in its final form.\n" + PLAN_BODY + "To be named in the final plan\n"
    )
    assert guess_kind(promised, "Sam EHCP 2026.pdf") == "ehcp_draft"
    details = (
        "Elm City Council\nEducation, Health and Care Plan\nChild | Sam Hale\n"
        "Version | 2.0 consultation - for parent and school comment\nDate | 1 May 2026\n"
        + PLAN_BODY
        + "Elm Primary School\n"
    )
    assert guess_kind(details, "Sam plan v2.docx") == "ehcp_draft"
    proposed = "EDUCATION, HEALTH AND CARE PLAN - PROPOSED\nSam Hale\n" + PLAN_BODY
    assert guess_kind(proposed, "wording.txt") == "ehcp_draft"
    issued = "Elm City Council\nEducation, Health and Care Plan\nSam Hale\n" + PLAN_BODY
    assert guess_kind(issued, "Sam plan.pdf") == "ehcp_final"


def test_a_scanned_review_record_that_walks_through_the_plan_is_the_review() -> None:
    record = (
        "Elm City Council\nANNUAL REVlEW OF EHC PLAN - RECORD OF MEETING\n"
        "Child: Sam Hale\nWho attended: mother, SENCo\n"
        "Section B: add difficulty with phonological awareness.\n"
        "Section E: no change.\nSection F: direct therapy, 30 minutes weekly.\n"
        "Section I: no change.\n"
    )
    assert guess_kind(record, "Scan_0042.pdf") == "annual_review"


def test_a_proposed_plan_sent_by_e_mail_under_a_decision_to_amend_is_the_draft() -> None:
    mail = (
        "Dear Mrs Hale,\nFollowing the annual review the local authority has decided to amend "
        "Sam's EHC plan. The proposed amended plan is below. You have 15 days to comment.\n"
        "PROPOSED AMENDED PLAN (DRAFT)\n" + PLAN_BODY + "Elm Primary School\n"
    )
    assert guess_kind(mail, "for your comments.eml", is_email=True, sender="o@e.org") == (
        "ehcp_draft"
    )
    quoted = "Hi Ruth,\nHere's the draft the council sent.\nLeila\n" + "".join(
        f"> {line}\n" for line in ("Please see the draft plan below.", *PLAN_BODY.splitlines())
    )
    assert guess_kind(quoted, "Fw Sam.eml", is_email=True, sender="p@e.org") == "ehcp_draft"


def test_a_refusal_to_assess_that_names_the_mediation_certificate_is_the_decision() -> None:
    letter = (
        "Elm City Council - Children's Services\nSEND Team, Town Hall, Elm EL1 1AA\n"
        "Mr and Mrs Hale\n4 Mill Lane\nElm EL5 2AA\n2 June 2026\nKey facts\n"
        "Child Sam Hale\nOur decision Not to carry out an EHC needs assessment\n"
        "Appeal by 2 August 2026 (or one month after a mediation certificate, if later)\n"
        "Dear Mr and Mrs Hale,\nThe group decided that it is not necessary to carry out an EHC "
        "needs assessment at this time. The school should review Sam's SEN support plan with "
        "you this term.\nYou can appeal against this decision to the First-tier Tribunal "
        "(Special Educational Needs and Disability). Before you register an appeal you must "
        "contact the mediation service.\nYours sincerely\nA. Officer\nSEN Caseworker\n"
    )
    assert guess_kind(letter, "Letter from council.pdf") == "decision_letter"


def test_who_wrote_a_report_is_read_from_its_details_table_or_a_scans_signature() -> None:
    record = (
        "Elm Psychology Partnership\nConsultation record\nPupil | Sam Hale, Year 5\n"
        "Consultation with | Mrs Doyle (SENCo), Miss Ray (class teacher)\n"
        "EP | Laurie Stone, Educational Psychologist\nWhat are we worried about?\n"
        "Sam tires quickly and avoids writing.\nAgreed actions\nSchool to use a laptop.\n"
    )
    assert guess_kind(record, "school visit.docx") == "ep_report"
    scan = (
        "Elm NHS Foundation Trust\nChildren's Therapy - Summary of assessment\n"
        "Handwriting: letters poorly formed. Movement ABC-2 at the 5th centile.\n"
        "Recommendations\n- Handwriting programme 3 x 15 minutes weekly (see EP advice).\n"
        "- Occupational therapy review next term.\nL. Farrant, OccupationalTherapist\n"
    )
    assert guess_kind(scan, "IMG_2041.pdf") == "ot_report"


def test_a_clinicians_words_carried_by_e_mail_are_the_clinicians_report() -> None:
    surgery = (
        "Dear Mrs Hale,\nAs requested, please find below the text of the letter from the "
        "community paediatrician about Sam.\nAdmin team, Elm Surgery\n-----\n"
        "Elm Healthcare NHS Trust - Community Paediatrics\nRe: Sam HALE NHS 999 455 8820\n"
        "Dear Dr Green,\nI saw Sam with both parents. I have made a diagnosis of ADHD and I "
        "would recommend seating near the teacher.\nDr Jo Couch, Consultant Community "
        "Paediatrician\n"
    )
    assert guess_kind(surgery, "letter from surgery.eml", is_email=True, sender="s@e.org") == (
        "medical_report"
    )
    reply = (
        "Dear Mr Hardy,\nI saw Sam in the cardiac physiotherapy clinic last week. He should "
        "take part in PE without maximal effort. I would recommend an individual exercise "
        "plan, 2 x 50 minutes a week.\nKind regards\nImogen Fair\nCardiac Physiotherapist, "
        "Elm Children's Hospital\n01632 960625\n-----Original Message-----\nFrom: Tom Hardy\n"
        "Subject: PE lessons\nWhat can Sam safely do in PE?\nTom Hardy, Head of PE\n"
    )
    assert guess_kind(reply, "Re PE lessons.eml", is_email=True, sender="i@nhs.example") == (
        "physio_report"
    )


def test_a_school_report_for_the_tribunal_sent_by_e_mail_is_the_schools_report() -> None:
    mail = (
        "Dear Dean,\nAs requested for Sam's tribunal bundle, here is the school's report.\n"
        "ELM HIGH SCHOOL - SCHOOL REPORT FOR THE FIRST-TIER TRIBUNAL\n"
        "1. Attendance: 88% this year.\n2. The school's view: Sam's provision should continue."
        "\nLaura Chee\nSENCo, Elm High School\n"
    )
    assert guess_kind(mail, "tribunal evidence.eml", is_email=True, sender="s@e.org") == (
        "school_report"
    )


def test_a_plans_version_table_read_from_a_pdf_is_read_to_its_last_row() -> None:
    top = (
        "SB/EHC/0917 Sam Hale Version 3.0\nElm Borough Council\nSEND Team, Town Hall\n"
        "Education, Health and Care Plan\nName Sam Hale\nDate of birth 1 May 2017\n"
        "Reference SB/1\nDate issued 23 February 2026\nDocument control\n"
        "Version Date Status Changed by\n1.0 08/01/2026 Draft issued for consultation K. Moss\n"
        "2.0 06/02/2026 Draft amended after parental comments K. Moss\n"
        "3.0 23/02/2026 FINAL - issued K. Moss\n"
    )
    assert guess_kind(top + PLAN_BODY + "Elm Primary School\n", "Sam EHCP draft.pdf") == (
        "ehcp_final"
    )


def test_a_nurses_letter_for_the_school_and_plan_is_medical_evidence_not_the_plan() -> None:
    letter = (
        "Elm Health and Care Service\nChildren's Bladder and Bowel Service\n"
        "To whom it may concern (for Sam's school and EHC plan)\n"
        "Sam Hale  DOB 02/05/2015  NHS 999 770 4521\n"
        "I am the specialist nurse for Sam's bladder and bowel care. He needs help with "
        "toileting every two hours.\nStaff who support him should be trained by our service.\n"
        "Eleri Kin, Children's Continence Nurse Specialist\n"
    )
    assert guess_kind(letter, "bladder clinic.txt") == "medical_report"


def test_reports_forwarded_by_an_office_or_a_parent_or_sent_by_a_teacher() -> None:
    salt = (
        "Hello Mrs Hale,\nKate at school asked me to forward Sam's therapy update below.\n"
        "Children's Therapies Admin\n---------------- Forwarded by Therapies Admin\n"
        "SPEECH AND LANGUAGE THERAPY - PROGRESS REPORT FOR ANNUAL REVIEW\n"
        "Sam Hale  DOB 16/05/2019  NHS 999 642 0913\n"
        "Progress: Sam now uses around 110 signs and 60 spoken words.\n"
        "Recommendations for the plan: continue direct speech and language therapy in school "
        "fortnightly for 30 minutes.\nLowri Hay, HCPC SL10456\n"
    )
    assert guess_kind(salt, "Fw Sam update.eml", is_email=True, sender="t@nhs.example") == (
        "salt_report"
    )
    camhs = (
        "Carys - this is what CAMHS sent after Sam's appointment.\nDave\n"
        "---------- Forwarded message ---------\nFrom: Elm CAMHS <camhs@nhs.example.org>\n"
        "Dear Mr Hale,\nSam Hale, DOB 30/04/2018, NHS No 999 826 3390\n"
        "Thank you for attending the CAMHS choice appointment. I met Sam with you and spoke "
        "to his school. Sam describes feeling like a volcano at school.\nYours sincerely\n"
        "Sanjay Mist, CAMHS Clinical Practitioner, Elm Community Health NHS Trust\n"
    )
    assert guess_kind(camhs, "Fwd Sam appointment.eml", is_email=True, sender="d@e.org") == (
        "camhs_report"
    )
    school = (
        "Dear Ms Hale,\nAs promised, here is my end-of-term report on Sam.\n"
        "SAM HALE - YEAR 5 - SPRING TERM REPORT (Elm Junior School)\n"
        "Reading: Sam reads Turquoise books with good accuracy. He still skips lines.\n"
        "Targets for next term: to use the laptop for all extended writing.\n"
        "Best wishes,\nMr Ravi Chand\nClass teacher, Willow Class\n"
    )
    assert guess_kind(school, "Sam - end of term.eml", is_email=True, sender="r@s.org") == (
        "school_report"
    )


def test_a_final_plan_sent_under_the_councils_covering_words_is_the_plan() -> None:
    mail = (
        "FYI - this is the final one.\n-------- Original message --------\n"
        "From: SEND Casework <send@elm.example.org>\nDear Mrs Hale,\nFollowing the annual "
        "review, the council has decided to amend Sam's EHC plan. The final amended plan is "
        "set out below.\nEHC PLAN (FINAL, AMENDED 4 MARCH 2026) - SAM HALE\n" + PLAN_BODY
    )
    assert guess_kind(mail, "Fw Sam.eml", is_email=True, sender="p@e.org") == "ehcp_final"


def test_clinic_letters_forwarded_by_a_parent_are_the_clinics_reports() -> None:
    allergy = (
        "Mrs Penn - the clinic letter you asked for.\n---------- Forwarded message ---------\n"
        "From: Paediatric Allergy Service <allergy@elm-nhs.example.org>\n"
        "Paediatric Allergy Clinic, Elm Community Hospital\nConsultant: Dr Ewan Stra\n"
        "Patient: Sam Hale, DOB 14/09/2016, NHS 999 204 6618\nSeen: 10 March 2026\n"
        "Diagnoses: 1. Peanut allergy.\nPlan: two adrenaline auto-injectors with Sam at all "
        "times.\nDr E. Stra, Consultant Paediatrician (Allergy)\n"
    )
    assert guess_kind(allergy, "Fwd Sam care plan.eml", is_email=True, sender="m@e.org") == (
        "medical_report"
    )
    camhs = (
        "Please see below the letter we got from CAMHS last week.\n"
        "---------- Forwarded message ---------\n"
        "From: Elm CAMHS Forest Team <camhs.forest@elm-nhs.example.org>\n"
        "Dear Mr and Ms Hale,\nI saw Sam on 14 April 2026. Her scores on the RCADS show "
        "elevated social anxiety.\nPlan: Sam will attend a six-week CAMHS group.\n"
        "Sophie March, Senior Mental Health Practitioner, Elm CAMHS\n"
    )
    assert guess_kind(camhs, "Fwd clinic letter.eml", is_email=True, sender="k@e.org") == (
        "camhs_report"
    )


def test_a_sencos_statement_a_tutors_report_and_a_learning_journey_are_the_settings() -> None:
    statement = (
        "SUPPLEMENTARY EVIDENCE - EH815/26/00502\n"
        "Statement of Rebecca Trow, SENCo, Elm School\n"
        "1. I have been SENCo at Elm School since 2021.\n2. Sam walks short distances with a "
        "frame.\n3. I support the request for the occupational therapy in Section F to be "
        "increased.\nI believe the facts stated in this statement are true.\nR. Trow\n"
    )
    assert guess_kind(statement, "Becky statement.txt") == "school_report"
    tutor = (
        "Elm College - Sixth Form Centre\nPersonal tutor's report for EHC plan review\n"
        "Student: Sam Hale Course: Level 2 Marine Engineering\nAttendance this year: 94%.\n"
    )
    assert guess_kind(tutor, "Sam report April.pdf") == "school_report"
    journey = (
        "Elm Pre-School\nSam's Learning Journey - summary for the EHC assessment\n"
        "Key person: Shona Mac.\nCommunication and language: Sam uses about 20 words.\n"
    )
    assert guess_kind(journey, "learning journey.docx") == "school_report"


def _mail(sender: str, subject: str, body: str) -> str:
    return f"From: {sender}\nTo: parent@example.org\nDate: 2026-06-04\nSubject: {subject}\n\n{body}"


def test_a_professionals_advice_sent_in_an_email_is_that_professions_report() -> None:
    """Recommendations under "My recommendations:" or "Agreed actions / recommendations:",
    a pasted title naming the profession, or a therapist's titled programme."""
    ot = _mail(
        "Lowri Banfield <l.banfield@nhs.example.org>",
        "RE: Nell lunchtimes",
        "Hello Mr Hensby,\nFollowing my visit on 3 June, here is my summary for Nell's file.\n"
        "Occupational therapy - sensory processing (school observation)\nNell covered her "
        "ears in the canteen.\nMy recommendations:\n1. Lunch in a small room.\n2. Ear "
        "defenders in lessons.\nRegards\nLowri Banfield, Occupational Therapist, NHS Trust\n",
    )
    assert guess_kind(ot, "RE_ Nell.eml", is_email=True) == "ot_report"
    forwarded = _mail(
        "Morwenna Treloar <m.treloar@health.example.org>",
        "FW: Updated report - Ffion",
        "Mrs Tregarthen,\nPlease find Ffion's updated report pasted below.\nRegards\nMorwenna"
        "\n\nUPDATED SPEECH AND LANGUAGE THERAPY REPORT (for First-tier Tribunal)\nFfion has "
        "made small gains in vocabulary. She needs weekly direct therapy.\nMorwenna "
        "Treloar, HCPC SL 33871\n",
    )
    assert guess_kind(forwarded, "FW_ report.eml", is_email=True) == "salt_report"
    programme = _mail(
        "Piran Hocking <p.hocking@health.example.org>",
        "Tomos R - programme",
        "Hi Kate,\nFollowing Tomos's physio session, please see below the updated programme."
        "\n\nTomos - updated physiotherapy programme (July 2026)\n1. Sit-to-stand x 10.\n"
        "2. Side steps along the wall bars.\nKind regards,\nPiran Hocking, Paediatric "
        "Physiotherapist\nWrayle Health and Care NHS Trust\n",
    )
    assert guess_kind(programme, "exercises.eml", is_email=True) == "physio_report"


def test_a_mediation_certificate_pasted_under_its_own_heading_is_the_certificate() -> None:
    pasted = _mail(
        "Karin Solberg <karin@mediation.example.org>",
        "Re: our phone call today",
        "Hello Mr Dar,\nHere is your certificate pasted below.\nKarin\n\n"
        "TIDEWATER MEDIATION\nMEDIATION CERTIFICATE - Ref TM-26-0974\nDecision in question: "
        "refusal to re-assess, notice dated 30 April 2026\nHe has decided not to go to "
        "mediation.\nThe parent can now appeal to the First-tier Tribunal (SEND).\n",
    )
    assert guess_kind(pasted, "Re_ call.eml", is_email=True) == "mediation_certificate"
    decision = _mail(
        "SEN Team <sen@council.example.org>",
        "Annual review outcome",
        "Dear Mr Beddows,\nFollowing the annual review the local authority has decided to "
        "maintain the plan without amendment.\nYou have the right to appeal to the First-tier "
        "Tribunal (SEND) against this decision. Any appeal must be made within two months or\n"
        "date of a mediation certificate, whichever is later.\nYours sincerely,\nSEN Team\n",
    )
    assert guess_kind(decision, "review.eml", is_email=True) != "mediation_certificate"


def test_a_review_record_a_governors_letter_and_a_parents_statement_are_neither() -> None:
    review = (
        "Lunesmouth Borough Council\nEHC PLAN ANNUAL REVIEW - RECORD OF MEETING (Form AR2)\n"
        "Child: Casper Dunmore School: Lighthouse Lane Infant School\nProgress in the past "
        "year: Casper can read CVC words.\nRecommendation: AMEND the plan - update Section B; "
        "add rest breaks to Section F.\n"
    )
    assert guess_kind(review, "doc20260624.pdf") == "annual_review"
    governors = (
        "Lower Wharton High School\nGoverning Board - Pupil Discipline Committee\n"
        "Dear Mr and Mrs Hale,\nThe Committee met on 12 March 2026 to consider the "
        "suspension of Kacper. The Committee has decided to uphold the suspension and asks "
        "the school to review his support in light of his EHC plan.\nYours sincerely\n"
        "Mrs Ingrid Marsland, Chair of the Committee\n"
    )
    assert guess_kind(governors, "Kacper exclusion.pdf") != "decision_letter"
    statement = (
        "APPEAL EH-2026-38702\nStatement of Deborah Kettle, mother of Riley Kettle\n"
        "1. I make this statement in support of my appeal against the council's decision "
        "not to issue an EHC plan.\n2. Riley has found reading hard since reception.\n"
        "3. I believe the facts in this statement are true.\nSigned D. Kettle\n"
    )
    assert guess_kind(statement, "witness statement DK.docx") == "parent_views"


def test_a_familys_comments_on_a_draft_and_a_parent_carer_advice_form_are_their_views() -> None:
    comments = _mail(
        "Louise Saltmarsh <louise.saltmarsh@example.org>",
        "Ruby Saltmarsh - comments on draft plan",
        "Dear Ms Threlfall,\n\nOur comments on Ruby's proposed plan (sent 24 March)\n\n"
        "1. Section B does not mention Ruby's anxiety about school.\n2. The touch-typing "
        "should be daily.\n\nYours sincerely\nDan and Louise Saltmarsh\n",
    )
    assert guess_kind(comments, "Ruby draft plan.eml", is_email=True) == "parent_views"
    form = (
        "Isle of Wrenholm Council - Children's Services (SEND)\n"
        "Parent/carer advice - EHC needs assessment (Form EHC3)\nChild's name\nReggie\n"
        "What are Reggie's strengths?\nHe is brilliant with animals.\nWhat help do you think "
        "Reggie needs?\nSpeech therapy in school.\nSigned P. Tullett\n"
    )
    assert guess_kind(form, "Reggie form EHC3.pdf") == "parent_views"


def test_a_familys_reply_with_comments_section_by_section_is_their_views() -> None:
    """The reply names Sections B, F and I as it comments on them: it is no draft plan."""
    reply = _mail(
        "Sian Morrey <sian.morrey@example.org>",
        "RE: Draft EHC plan - Tegan Morrey",
        "Dear Ms Corkill,\n\nThese are my comments on Tegan's draft plan, within the 15 days."
        "\n\nSection B does not mention her low mood.\n\nSection F: 15 hours of 1:1 is not "
        "enough.\n\nSection G: the physiotherapy must be in the plan.\n\nSection I: I want "
        "Port Esk College named.\n\nYours sincerely\nSian Morrey\n",
    )
    assert guess_kind(reply, "RE_ Draft EHC plan.eml", is_email=True) == "parent_views"


def test_a_final_plan_sent_in_an_automatic_e_mail_is_the_plan() -> None:
    mail = _mail(
        "Kestrel Vale Family SEND Hub <no-reply@example.org>",
        "Your child's EHC plan has been finalised",
        "Dear Parent/Carer,\n\nThe Education, Health and Care Plan for HARRI LINDQVIST has "
        "been finalised and is shown below. You have the right to appeal to the First-tier "
        "Tribunal.\n\nSECTION A - ABOUT ME\nI like dinosaurs.\n\nSECTION B - MY SPECIAL "
        "EDUCATIONAL NEEDS\nHarri tires by midday.\n\nSECTION E - OUTCOMES\nBy July 2027 Harri "
        "will finish a task.\n\nSECTION F - SPECIAL EDUCATIONAL PROVISION\nA part-time "
        "timetable.\n\nSECTION I - PLACEMENT\nKestrel Vale Primary.\n",
    )
    assert guess_kind(mail, "Your plan.eml", is_email=True) == "ehcp_final"


def test_a_certificate_below_a_fax_banner_and_a_decision_naming_one_are_told_apart() -> None:
    certificate = (
        "03-AUG-2026 09:47 PENNINE EDGE MEDIATION 01632 960377 P.01\n"
        "PENNINE EDGE MEDIATION PARTNERSHIP\nSEND Disagreement Resolution and Mediation\n"
        "Old Co-op Buildings, 4 Market Street, Haslow RV4 2AB\nCERTIFICATE OF MEDIATION\n"
        "(Section 55 Children and Families Act 2014)\nSubject of disagreement: Decision not "
        "to issue an EHC plan (notice dated 14 May 2026)\nThe mediation did not resolve the "
        "disagreement.\nThe parent may now appeal to the First-tier Tribunal (SEND) within "
        "one month of the date of this certificate or two months of the local authority "
        "decision.\nSigned: J. Greenhalgh, Accredited Mediator\n"
    )
    assert guess_kind(certificate, "fax.pdf") == "mediation_certificate"
    decision = (
        "Isle of Orrin Council\nChildren's Services SEN and Inclusion\n15 January 2026\n"
        "Dear Ms Dunne\nRe: Saoirse Dunne\nThe SEN Panel met in January 2026. The group "
        "decided that an assessment is not necessary at this time.\nYou can appeal this "
        "decision to the First-tier Tribunal within two months of this letter or one month "
        "from the date of a mediation certificate, whichever is later. Please contact "
        "Saltways Mediation CIC first.\nYours slncerely\nEilidh Corkill\nSEN Officer\n"
    )
    assert guess_kind(decision, "PXL_20260115.pdf") == "decision_letter"


def test_a_scanned_record_of_an_early_review_meeting_is_an_annual_review() -> None:
    record = (
        "ROSSENDENE VALLEY BOROUGH COUNCIL\nEHC PLAN REVIEW - RECORD 0F INTERIM / EARLY "
        "REVIEW MEETING\nName: Ibrahim Sesay School: Haslow High School\nSummary of "
        "discussion\nSLT started in October. CAMHS are offering CBT.\nRecommendations\n"
        "1. Amend Section B.\n2. Amend Section F: therapy 6 sessions a term.\n"
        "Signed (chair): R. Wilkinson\n"
    )
    assert guess_kind(record, "IMG_6021.pdf") == "annual_review"


def test_a_waiting_list_letter_and_a_governors_complaint_letter_are_correspondence() -> None:
    waiting = (
        "Orrin Health and Care NHS Trust\nPatient Access Centre, Harbour Hospital\n"
        "NHS number: 999 412 7730\n22 July 2026\nRe: Saoirse Dunne - referral to Children's "
        "Speech and Language Therapy\nDear Ms Dunne,\nWe have received a referral for "
        "Saoirse for a further block of speech and language therapy. Saoirse has been "
        "placed on our waiting list.\nYours sincerely\nPatient Access Team\n"
    )
    assert guess_kind(waiting, "NHS letter.pdf") == "correspondence"
    complaint = (
        "Salterwich High School - Governing Board\nc/o Clerk to the Governors\n19 May 2026\n"
        "Your complaint (Stage 3) - Governors' Complaints Panel\nDear Mr and Mrs Birtles,\n"
        "The panel upholds the second part of your complaint: the laptop recommended by the "
        "educational psychologist in the educational psychology report should have been "
        "provided by February.\nYours sincerely\nMrs Olwen Ferris\n"
    )
    assert guess_kind(complaint, "Governors response.pdf") == "correspondence"


def test_a_scanned_draft_with_a_run_together_title_is_a_draft_plan() -> None:
    scan = (
        "DRAFT - N0T FOR CIRCULATION\nIsle of Carrow Council - SEND Team\n"
        "Education Health and CarePlan\nName: Lowri Quiller\n"
        "Sectlon B - Special Educational Needs\nLowri has cerebral palsy and needs support "
        "to record her work.\nSection F - Special Educational Provision\nAccess to an "
        "occupational therapy programme.\nSection I - Name and type of school\n"
        "Saltinghaven Primary School (to be consulted)\n"
    )
    assert guess_kind(scan, "IMG_5521.pdf") == "ehcp_draft"


def test_a_clinicians_own_write_up_or_agreed_actions_sent_by_e_mail_is_their_report() -> None:
    ot = _mail(
        "Kemi Oduya <k.oduya@example.org>",
        "Mason - notes from Tuesday",
        "Hi Mr and Mrs Threlfall,\n\nAs promised after Tuesday's visit, here is my write-up.\n\n"
        "I watched Mason in literacy. He was writing for about six minutes before his hand "
        "tired. The occupational therapy service will provide a supportive chair.\n\n"
        "Best wishes\nKemi Oduya\nPaediatric Occupational Therapist\n",
    )
    assert guess_kind(ot, "Mason notes.eml", is_email=True) == "ot_report"
    camhs = _mail(
        "Merryn Chegwidden <m.chegwidden@example.org>",
        "Re: Piran referral",
        "Dear Mrs Trewin,\n\nAs agreed, here is my summary for the council's assessment.\n\n"
        "Child Psychotherapy summary: Piran Trewin\nPiran has been seen weekly for "
        "individual psychotherapy since September.\nFor school: consistent adults and "
        "warning before changes.\n\nMerryn Chegwidden\nChild and Adolescent Psychotherapist, "
        "CAMHS\n",
    )
    assert guess_kind(camhs, "Re_ Piran referral.eml", is_email=True) == "camhs_report"
    ep = _mail(
        "Lowenna Hendra <senco@example.org>",
        "Fwd: Piran - Learning Support visit",
        "Dear Mrs Trewin, here is Dr Nance's record from yesterday.\n\n---------- Forwarded "
        "message ---------\nConsultation record - Carrow Educational Psychology Service\n"
        "Present: Miss Hendra (SENCo), Dr Bethany Nance (Educational Psychologist)\n"
        "Psychological formulation\nPiran's behaviour appears to be driven by anxiety about "
        "writing; his working memory score is low.\nAgreed actions\n1. Writing tasks to be "
        "scaffolded with a word bank.\n2. EP to review in six weeks.\n\nDr Bethany Nance, "
        "Educational Psychologist\n",
    )
    assert guess_kind(ep, "Fwd_ Piran.eml", is_email=True) == "ep_report"


def test_a_plan_whose_sections_are_boxes_is_a_plan() -> None:
    boxes = (
        "Wychmere Borough Council\nPROPOSED AMENDED EHC PLAN - Harvey-Lee Sutcliffe\n"
        "Issued under regulation 22(2) following the annual review. You have 15 calendar "
        "days to make representations.\nBox B - My special educational needs\n"
        "Harvey-Lee has experienced significant trauma.\nBox F - Help I will get with "
        "learning\nA key adult for a 10-minute check-in each day.\nBox I - School or "
        "college\nSaltwich Academy.\n"
    )
    assert guess_kind(boxes, "Harvey-Lee plan amended FINAL.docx") == "ehcp_draft"
