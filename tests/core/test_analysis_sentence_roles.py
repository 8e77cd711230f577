"""Each report sentence gets a role and the cue behind it; only needs and advice are taken."""

from pathlib import Path

import pytest

from ehcp_appeal.analysis.judging.confidence import ASSERT_AT
from ehcp_appeal.analysis.reading.blocks import Block, normalise_quotes, sentences
from ehcp_appeal.analysis.roles.report_items import heading_category, read_report
from ehcp_appeal.analysis.roles.report_sentences import asks_for_provision
from ehcp_appeal.analysis.roles.report_voice import family_voice, surname
from ehcp_appeal.analysis.roles.role_classifier import untaken_role
from ehcp_appeal.analysis.roles.sentence_roles import _CONTRACTIONS, ROLES, assign_role, spelled_out

LABELS = Path(__file__).resolve().parents[1] / "data" / "sentence_roles"


def _role(text: str, heading: str = "", listed: bool = False, child: str = "Sam") -> str:
    return assign_role(text, heading_category(heading) if heading else None, listed, child).role


@pytest.mark.parametrize(
    "text",
    [
        "This is because his difficulties with phonological processing make decoding slow.",
        "Without this support Sam is likely to fall further behind his peers.",
        "I have not recommended a specialist placement because Sam is making progress.",
        "The table below sets out the provision in detail.",
        "If this is not put in place, his self-esteem is likely to suffer further.",
        "Without one-to-one specialist teaching Sam is very likely to leave school unable to read.",
    ],
)
def test_reasons_inside_a_recommendations_section_are_not_advice(text: str) -> None:
    assert _role(text, "Recommendations") == "reason"


@pytest.mark.parametrize(
    "text",
    [
        "I accept that nobody had assessed it before, but his tutors need to know it.",
        "He told me he would try the group if it met somewhere quiet.",
        "It would be impossible for his parents to know whether it was being provided.",
        "I confirm that the opinions I have expressed are my true professional opinions.",
        "I have been asked to describe Sam's needs and to comment on the plan.",
        "The recommendations below are for the school unless I say otherwise.",
        "Option 2, a scribe for longer pieces, would not build his independence.",
        "The table sets out what we believe Sam needs in his next plan, and why.",
        "The levels below are what I recommend for the next twelve months.",
        "I have separated the recommendations that are special educational provision.",
        "I was also asked to advise on what support Sam should have in a plan.",
        "A resource base was discussed; I do not think this is necessary on current evidence.",
        "Please do contact me if it would help to talk any of this through.",
        "Please share these notes with Sam's parents before the annual review.",
        "His early history and his FASD both help to explain the picture I describe below.",
        "I would ask that this is made specific at the annual review.",
        "In the past the family were not told about meetings because letters went astray.",
        "Being sent to the office to rest would single him out in front of his class.",
        "This would let Sam read the slides at his own pace before each lecture.",
        "Taking Sam out of class every morning for intensive phonics is not advised.",
        "These recommendations will be discussed at his next child in need review.",
        "A special school was raised by his headteacher as an option; I do not support this.",
        "It would be wrong to conclude that his difficulties are not special educational needs.",
        "They should be delivered by adults who know him well.",
        "He should not be moved to another school; a further move would confirm his fears.",
    ],
)
def test_numbered_asides_in_an_experts_recommendations_are_not_advice(text: str) -> None:
    """Tribunal reports number every paragraph, so numbering alone does not make advice."""
    assert _role(text, "Recommendations", listed=True) not in ("recommendation", "home")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("These results should be interpreted with caution as Sam was tired.", "assessment"),
        ("The questionnaire placed Sam in the very high range for sensory avoiding.", "assessment"),
        ("During the task Sam could name most pictures but could not explain them.", "assessment"),
        ("The current plan includes a literacy intervention but not how often.", "plan_comment"),
        (
            "Section B of his plan does not refer to his working memory difficulties.",
            "plan_comment",
        ),
        ("Sam has made good progress with his reading since September.", "strength"),
        ("Sam lives with his mother and two older brothers.", "strength"),
        ("He is currently receiving speech therapy once a fortnight from the NHS.", "in_place"),
        ("In my opinion his social difficulties are better explained by trauma.", "assessment"),
        ("His birth mother's maternity records note heavy alcohol use in pregnancy.", "history"),
        ("She has worked hard to understand how her early life shapes her reactions.", "strength"),
    ],
)
def test_comment_assessment_progress_and_support_in_place_are_not_needs(
    text: str, role: str
) -> None:
    assert _role(text, "") == role


@pytest.mark.parametrize(
    ("text", "heading", "listed"),
    [
        ("Sam will have a daily 15-minute session with a trained teaching assistant.", "", False),
        ("The speech and language therapist will provide six sessions each term.", "", False),
        ("At the hearing she recommended that Sam attend a small group once a week.", "", False),
        (
            "Plan B: a daily fine motor programme delivered by a teaching assistant.",
            "Options",
            True,
        ),
    ],
)
def test_third_person_reported_speech_and_options_are_recommendations(
    text: str, heading: str, listed: bool
) -> None:
    assert _role(text, heading, listed) == "recommendation"


def test_a_difficulty_stated_now_stays_a_need_beside_support_words() -> None:
    text = "He currently has significant anxiety and describes worrying every evening."
    assert _role(text) == "need"
    assert _role("Sam will have difficulty with long instructions in class.") != "recommendation"


def test_every_sentence_is_kept_with_its_role_and_cue() -> None:
    blocks = [
        Block("Recommendations", 1, heading_hint=True),
        Block("Sam should have a structured literacy programme three times a week.", 1),
        Block("Without this support Sam is likely to fall further behind.", 1),
    ]
    items, roles = read_report(blocks, "ep.docx")
    assert [item.text for item in items] == [blocks[1].text]
    assert items[0].role == "recommendation" and '"should"' in items[0].cue
    by_text = {record.text: record.to_json() for record in roles}
    reason = by_text[blocks[2].text]
    assert reason["role"] == "reason" and reason["taken"] is False and reason["cue"]


def test_what_a_condition_means_for_learning_lists_needs_after_the_advice() -> None:
    """A nurse's letter gives the illness's own needs first, then "What this means for her
    learning": the difficulties listed there are needs, not more advice under the first
    heading."""
    blocks = [
        Block("What the arthritis itself needs", 1, heading_hint=True),
        Block("Sam will continue to be reviewed in clinic every three months.", 1, bullet=True),
        Block("What this means for her learning", 1, heading_hint=True),
        Block(
            "Morning stiffness lasts up to an hour, so she is slow to get going and may "
            "struggle with the first lesson and with stairs.",
            1,
            bullet=True,
        ),
    ]
    items, _roles = read_report(blocks, "nurse.pdf")
    assert [item.kind for item in items if item.text == blocks[3].text] == ["need"]


def test_the_labelled_development_sentences_mostly_get_their_role() -> None:
    rows = [
        line.split("\t")
        for line in (LABELS / "dev.tsv").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert {row[0] for row in rows} <= set(ROLES)
    right = sum(
        _role(text, heading, listed == "1", child) == truth
        for truth, heading, listed, child, text in rows
    )
    assert right / len(rows) >= 0.9


def test_a_recommendation_table_with_a_reason_column_quotes_the_provision() -> None:
    rows = [
        ("Recommendation", "Reason"),
        (
            "A visual timetable on his desk, checked with an adult each morning",
            "Without it he cannot predict the day and becomes anxious about changes.",
        ),
    ]
    blocks = [Block("Recommendations", 1, heading_hint=True)] + [
        Block(" | ".join(row), 1, kind="row", cells=row, table=2) for row in rows
    ]
    items, roles = read_report(blocks, "r.pdf")
    assert [(item.kind, item.text) for item in items] == [("recommendation", rows[1][0])]
    assert "Without it" not in items[0].context
    reason = next(record for record in roles if record.text == rows[1][1])
    assert reason.role.role == "reason" and reason.role.kind is None


@pytest.mark.parametrize(
    "text",
    [
        "I found nothing to suggest that Sam has a specific learning difficulty.",
        "I do not consider that Sam has dyslexia; his reading is in line with his age.",
        "He eats a narrow range of foods; it does not meet the criteria for an eating disorder.",
        "His reasoning is average, which suggests his difficulties are not due to a general "
        "learning difficulty.",
        "His difficulties show in both languages and cannot be explained by learning English.",
        "I do not think that Sam currently meets the threshold for a diagnosis of PTSD.",
        "His gross and fine motor skills appear typical, and I saw no reason to refer him.",
        "In my opinion Sam's needs cannot be met at his school, even with the current plan.",
        "Sam has not run out of the school building since April, when he began to leave early.",
        "I have referred Sam to the community paediatrician for assessment of his delay.",
        "School asked for advice because Sam is distressed after school most days.",
    ],
)
def test_a_condition_the_author_rules_out_is_no_need(text: str) -> None:
    assert _role(text) not in ("need", "recommendation")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Sam currently sees the school counsellor once a week, which he finds helpful.",
            "in_place",
        ),
        ("Sam already has a mentor whom he meets fortnightly after school.", "in_place"),
        ("These recommendations are made because Sam's difficulties are persistent.", "reason"),
        ("Section F should be amended to specify weekly direct therapy.", "recommendation"),
    ],
)
def test_support_already_had_and_reasons_under_a_recommendations_heading(
    text: str, role: str
) -> None:
    assert _role(text, "Recommendations") == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Sam said that he still finds maths 'really confusing' and hates being asked.", "need"),
        ("Sam has a severe language disorder which is consistent with his history.", "need"),
        ("Option 2: a resource base; considered but not preferred, as it is too far.", "reason"),
        ("His foster carer has been asked to read with Sam for ten minutes each evening.", "home"),
        ("Mrs Brooks should be offered a place on our course for special guardians.", "home"),
        ("I have suggested to Mrs Smith that Sam listens to audiobooks in the car.", "home"),
        ("We have suggested that Mum keeps a sleep diary for two weeks.", "home"),
        ("We have encouraged the family to keep Sam's attendance above 90%.", "home"),
    ],
)
def test_the_childs_own_words_diagnoses_rejected_options_and_carers_advice(
    text: str, role: str
) -> None:
    assert _role(text, "") == role


def test_reasonable_adjustments_are_shown_but_are_not_special_educational_provision() -> None:
    role = assign_role(
        "A copy of the slides before each lesson.",
        heading_category("Reasonable adjustments (not special educational provision)"),
        True,
        "Sam",
    )
    assert role.role == "recommendation" and role.reason == "adjustment"


@pytest.mark.parametrize(
    ("heading", "category"),
    [
        ("What you are good at", "skip"),
        ("What you find tricky", "needs"),
        ("How we help you at the moment", "in_place"),
        ("What people like and admire about me", "skip"),
        ("Advice from the Early Years SEN Inclusion Team", "recommendations"),
    ],
)
def test_a_support_plan_written_to_the_child_is_read_by_its_headings(
    heading: str, category: str
) -> None:
    """An early years plan speaks to the child ("You give the best cuddles"): its headings,
    not its second person, say what each line is."""
    assert heading_category(heading) == category


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("She can’t bear the feel of the school jumper and wears the same top every day.", "need"),
        ("He will not eat in front of other children and hides his lunchbox.", "need"),
        ("Sam remains hypervigilant in busy spaces and watches the door.", "need"),
        ("Sam's attendance this academic year is 41%.", "need"),
        ("Sam's attendance this year has been 94%, most absences for appointments.", "other"),
        ("A coloured overlay is not indicated, as his difficulty lies in eye movements.", "reason"),
        ("Ending the sessions now would risk repeating an experience of loss.", "reason"),
        ("I will see him again in the orthoptic clinic in six months.", "recommendation"),
        ("Sam's speech is unclear even to his parents: he leaves off the ends of words.", "need"),
        ("His talking consists mainly of two-word phrases, often without verbs.", "need"),
        ("Sam is still not reading at all, in Romanian or in English.", "need"),
    ],
)
def test_everyday_words_for_a_difficulty_and_reasons_against_a_provision(
    text: str, role: str
) -> None:
    found = _role(text, "Summary")
    assert found == role or (role == "other" and found not in ("need", "recommendation"))


def test_comments_on_the_plan_are_plan_comments_unless_they_ask_for_a_change() -> None:
    assert heading_category("Comments on the amended plan") == "plan_comment"
    assert _role("It describes a different child.", "Comments on the amended plan", True) == (
        "plan_comment"
    )
    asked = "Section F should be amended to specify weekly direct therapy of 30 minutes."
    assert _role(asked, "Comments on the amended plan", True) == "recommendation"
    met = "It was agreed that outcome 3, about reading at Year 4 level, has been met and should go."
    assert _role(met, "Actions agreed") == "plan_comment"


@pytest.mark.parametrize(
    "text",
    [
        "We would be happy to talk to school staff about any of these recommendations.",
        "He agreed that I could share this with school.",
    ],
)
def test_offers_and_consent_at_a_reports_close_are_not_advice(text: str) -> None:
    assert _role(text, "Recommendations") not in ("recommendation", "home")


def test_needs_not_met_by_a_programme_alone_still_asks_for_therapy() -> None:
    text = "Sam's needs will not be met by a programme alone: he needs regular direct therapy."
    assert _role(text, "Recommendations") == "recommendation"


def test_contractions_are_read_as_the_words_they_stand_for() -> None:
    assert spelled_out("She doesn’t understand what she’s read.") == (
        "She does not understand what she's read."
    )
    assert spelled_out("I’d like a tutor; I won't go and can't stay.") == (
        "I would like a tutor; I will not go and cannot stay."
    )


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("She can read the words but she doesn’t understand what she’s read.", "need"),
        ("Priya has daytime wetting most days, usually in the afternoon.", "need"),
        ("Sam has been in school on only nine days since Christmas.", "need"),
        ("I get really stressed when the kitchen is busy and loud.", "need"),
        ("She becomes visibly tense when she is asked a direct question in class.", "need"),
        ("Sam is easily led by older students and has been drawn into arguments online.", "need"),
        ("Sam is very trusting of strangers and will go with anyone who speaks kindly.", "need"),
        (
            "Sam is anxious and asks her assistant several times a day whether she will get lost.",
            "need",
        ),
        ("The soiling her parents described has not happened since the summer.", "resolved"),
        ("He needs prompting to take his anti-seizure medication each evening.", "other"),
    ],
)
def test_a_parents_and_a_nurses_everyday_words_for_a_difficulty(text: str, role: str) -> None:
    found = _role(text, "Summary")
    assert found == role or (role == "other" and found != "need")


def test_a_sentence_not_taken_is_named_by_what_it_is_worded_like() -> None:
    """The classifier only names sentences the rules did not take: no finding changes."""
    scores = "On the BPVS-3 her standard score was 78, at the 7th percentile for her age."
    assert _role(scores, "Assessment") == "assessment"
    need = "Sam finds it very hard to follow instructions with more than two parts."
    assert _role(need, "Assessment") == "need"  # taken by the rules, whatever it reads like
    assert untaken_role(scores, "assessment", False, "Sam") == "assessment"
    assert (
        untaken_role("Sam was born at 30 weeks and spent a month in hospital.", None, False, "Sam")
        == "history"
    )


def test_a_young_persons_quoted_words_about_a_difficulty_are_a_need() -> None:
    quoted = "“When I get stressed my hands go really stiff and I can’t type, and then I panic.”"
    assert _role(quoted, "My views") == "need"


def _labelled_rows(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def test_the_classifier_learns_from_every_labelled_set_and_nothing_else() -> None:
    """A labelled set scored once at first sight joins the training rows; a row edited in one
    place and not the other would make the shipped classifier differ from the measured one."""
    from ehcp_appeal.paths import resources_dir

    joined = [row for path in sorted(LABELS.glob("*.tsv")) for row in _labelled_rows(path)]
    assert _labelled_rows(resources_dir() / "analysis" / "role_examples.tsv") == joined


@pytest.mark.parametrize(
    "text",
    [
        "He WON'T sit; she Can't stay and they shan't go.",
        "I'm sure we've tried and they'll try; he'd like more and she'd like less.",
        "Mia's teacher said the class's work isn't hard.",
        "She ſhan't go, and won’t stay.",  # the long s, which re reads as an s
        "Sam's mother's view.",
    ],
)
def test_contractions_are_written_out_as_every_pattern_applied_in_turn_would(text: str) -> None:
    expected = normalise_quotes(text)
    for pattern, words, _letters in _CONTRACTIONS:
        expected = pattern.sub(words, expected)
    assert spelled_out(text) == expected


def test_a_health_check_is_health_advice_and_finding_no_evidence_is_no_need() -> None:
    from ehcp_appeal.analysis.roles.sentence_roles import assign_role

    nurse = "The school nurse should see Sam about his tiredness and check his vision."
    assert assign_role(nurse, "recommendations", True, "Sam").reason == "health"
    denied = "I have not found evidence that Sam's difficulties arise from behaviour he chooses."
    assert _role(denied, "Summary") not in ("need", "recommendation")
    shown = "The family showed me a school report from Romania which recommends a repeat year."
    assert _role(shown, "Background") not in ("need", "recommendation")


@pytest.mark.parametrize(
    ("text", "heading", "role"),
    [
        ("At home, I have advised his parents not to comment on his tics.", "Summary", "home"),
        ("The team considered ADHD, but his attention is explained by his tics.", "", "assessment"),
        ("Her blood tests and echocardiogram were normal.", "Findings", "resolved"),
        ("The council refused to assess on 14 July 2026, citing his GCSE results.", "", "history"),
    ],
)
def test_advice_at_home_a_ruled_out_condition_normal_tests_and_a_refusal(
    text: str, heading: str, role: str
) -> None:
    assert _role(text, heading) == role


def test_a_follow_up_appointment_and_fluids_are_health_advice() -> None:
    from ehcp_appeal.analysis.roles.sentence_roles import assign_role

    for text in (
        "I will see Sam again in six months.",
        "In the meantime she should drink at least two litres of fluid a day.",
    ):
        assert assign_role(text, "recommendations", False, "Sam").reason == "health"
    aware = "Sam is insightful, describes his difficulties clearly and is motivated to change."
    assert _role(aware, "Summary") not in ("need", "recommendation")


@pytest.mark.parametrize(
    "text",
    [
        "These difficulties are easy to miss.",
        "It is well established in the research literature that such children are at risk.",
        "I do not say this to predict Sam's future, but to explain my advice.",
        "This is not a matter for the police alone.",
        "We would ask Sam's parents to let us know deployment dates as early as they can.",
    ],
)
def test_an_experts_asides_and_requests_to_the_family_are_not_needs_or_school_advice(
    text: str,
) -> None:
    assert _role(text, "Recommendations", listed=True) not in ("need", "recommendation")


def test_a_difficulty_easily_missed_is_still_a_need() -> None:
    text = "Sam avoids asking for help, so his difficulties are easily missed in class."
    assert _role(text, "Summary") == "need"


@pytest.mark.parametrize(
    ("text", "heading", "listed", "role"),
    [
        (
            "a visual timetable with real objects for each part of the day",
            "Looking ahead",
            True,
            "recommendation",
        ),
        (
            "I would support the school's request for an occupational therapy assessment.",
            "Clinic visit",
            False,
            "recommendation",
        ),
        (
            "Her Teacher of the Deaf already visits every half term and checks her radio aid.",
            "What would help",
            False,
            "in_place",
        ),
    ],
)
def test_advice_looking_ahead_supporting_a_request_and_visits_already_made(
    text: str, heading: str, listed: bool, role: str
) -> None:
    assert _role(text, heading, listed) == role


@pytest.mark.parametrize(
    "text",
    [
        "Copy of this letter to GP, paediatrician and, with parents' consent, school",
        "These recommendations would normally sit in Section G of the plan.",
    ],
)
def test_a_copy_list_and_where_advice_belongs_are_not_advice(text: str) -> None:
    assert _role(text, "Plan", listed=True) not in ("need", "recommendation")


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        (
            "The risk of leaving this to chance is that Isla loses whole days of learning.",
            "Recommendations",
        ),
        (
            "If his handwriting stays this effortful, the amount he can show on paper will fall "
            "further behind.",
            "Handwriting",
        ),
        (
            "His letter formation is otherwise accurate, so this is about effort and fatigue "
            "rather than not knowing how.",
            "Handwriting",
        ),
        (
            "Most of it is health care that staff will deliver; the fourth row is about how "
            "her day is organised.",
            "Recommendations",
        ),
        (
            "You asked me to write something that the local authority could use for the "
            "needs assessment.",
            "Recommendations",
        ),
        (
            "A new school means a new teacher each hour, and Sam will not be able to explain "
            "his needs to each of them without someone preparing the way.",
            "Recommendations",
        ),
        (
            "In my opinion the council's earlier view that Toby had completed his education "
            "misunderstands the Code; the question is whether he needs more time to finish it.",
            "Conclusions",
        ),
    ],
)
def test_risks_consequences_and_explanations_are_not_taken(text: str, heading: str) -> None:
    assert _role(text, heading, False) not in ("need", "recommendation", "home")


def test_a_clinic_letter_to_the_family_relays_their_account_as_history() -> None:
    told = "You told me that school had noticed how tired Isla is by the end of the day."
    assert assign_role(told, None, False, "Isla", family_voice("", "")).role == "history"


@pytest.mark.parametrize(
    ("text", "heading", "role"),
    [
        (
            "C2 | The local authority states that her needs can be met from the school's own "
            "resources. | The scores show otherwise.",
            "Replies to the working document",
            "plan_comment",
        ),
        ("The reading group I recommended has been deleted from the plan.", "", "plan_comment"),
        (
            "The amended draft now describes his difficulty with attention accurately.",
            "",
            "plan_comment",
        ),
        (
            "Sam was withdrawn from Hillcrest Primary in March 2025 after a long absence.",
            "Summary",
            "history",
        ),
        (
            "The request was refused on 4 May because Sam was said to be making progress.",
            "Summary",
            "history",
        ),
        (
            "A reduced timetable was discussed, but Sam's mother felt it would unsettle him.",
            "Recommendations",
            "reason",
        ),
        (
            "I have considered a place in the language unit, but I cannot recommend it for Sam.",
            "",
            "reason",
        ),
        ("I have not prescribed glasses, as his vision is within normal limits.", "", "reason"),
        (
            "We looked at a part-time timetable last year, but we felt it would unsettle Sam.",
            "Recommendations",
            "reason",
        ),
        (
            "The NHS advice recommends a programme of activities delivered by school staff.",
            "Recommendations",
            "reason",
        ),
        (
            "In my opinion his needs are greater than the plan recognises.",
            "Recommendations",
            "plan_comment",
        ),
        (
            "As the print gets smaller in Year 3, Sam will fall further behind unless his "
            "books are enlarged.",
            "",
            "reason",
        ),
        (
            "The Conners teacher ratings placed his attention in the very elevated range.",
            "Findings",
            "assessment",
        ),
    ],
)
def test_the_councils_wording_past_events_and_options_set_aside_are_not_taken(
    text: str, heading: str, role: str
) -> None:
    assert _role(text, heading) == role


def test_asking_what_section_f_should_say_is_advice() -> None:
    text = "Section F should say that the teacher of the deaf visits weekly for one hour."
    assert _role(text, "Comments on the EHC plan") == "recommendation"


def test_the_services_own_referral_and_tuition_at_home_are_advice() -> None:
    referral = "We will refer Sam to the community paediatrician for a review of his sleep."
    assert _role(referral, "Plan") == "recommendation"
    tuition = "Tuition should rise to six hours a week, at home or on the ward as he can manage."
    assert _role(tuition, "Recommendations") == "recommendation"


@pytest.mark.parametrize(
    ("text", "heading", "taken"),
    [
        ("Her attendance is 97%, and she has not missed a day since September.", "", False),
        ("His attendance is 86% this year, mostly through missed mornings.", "", True),
        (
            "Recorded incidents of aggression fell from 30 last term to 9 this term.",
            "Summary",
            False,
        ),
        (
            "I considered a specialist unit but Sam did not want to leave his friends.",
            "Recommendations",
            False,
        ),
        ("His attendance this year is 96% and he has never been excluded.", "Summary", False),
        ("Completed two weeks of work experience at a garage in July 2026.", "Progress", False),
        ("Mrs Lee considered whether Sam's difficulties come from a general delay.", "", False),
        (
            "The college confirmed that it can meet Sam's needs on its Entry Level course.",
            "",
            False,
        ),
        (
            "I would encourage Sam to keep up his Saturday swimming, which he enjoys.",
            "Recommendations",
            False,
        ),
    ],
)
def test_good_attendance_fewer_incidents_and_a_placement_turned_down_are_not_needs(
    text: str, heading: str, taken: bool
) -> None:
    """Below 90% is persistent absence in England; fewer incidents than before is progress,
    and a placement considered and turned down is the writer's reasoning."""
    assert (_role(text, heading) in ("need", "recommendation")) is taken


def test_a_table_of_support_in_place_this_year_is_not_advice() -> None:
    """A support table's Frequency column makes it look like advice; its heading says
    it is what the child already has."""
    rows = [
        ("Support", "Frequency", "Impact"),
        ("A fine motor group with two other pupils", "Weekly", "Little change"),
    ]
    blocks = [Block("Support in place this year", 1, heading_hint=True)] + [
        Block(" | ".join(row), 1, kind="row", cells=row, table=2) for row in rows
    ]
    items, _roles = read_report(blocks, "senco.docx")
    assert not items


def test_every_cell_of_a_table_row_is_shown_with_a_role() -> None:
    """A progress table's Progress column is not what the reader quotes, but a parent
    checking the reading sees every cell with the role it was given."""
    rows = [
        ("Support", "How often", "Progress"),
        (
            "Reading group with a teaching assistant",
            "Daily",
            "Partly achieved: he reads Turquoise books.",
        ),
    ]
    blocks = [Block("Support this year", 1, heading_hint=True)] + [
        Block(" | ".join(row), 1, kind="row", cells=row, table=3) for row in rows
    ]
    _items, roles = read_report(blocks, "review.docx")
    shown = {record.text for record in roles}
    assert "Partly achieved: he reads Turquoise books." in shown
    assert "How often" not in shown and "Daily" not in shown  # titles and amounts
    cell = next(r for r in roles if r.text.startswith("Partly achieved"))
    assert cell.role.kind is None and cell.document == "review.docx"


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        ("She still sounds out unfamiliar words letter by letter.", True),
        ("He finished only the first two lines of the copying task.", True),
        ("She is still learning new skills, as her travel shows.", False),
        ("She enjoys drama and has joined the lunchtime choir.", False),
    ],
)
def test_what_a_child_still_does_under_a_needs_heading_is_a_need(text: str, taken: bool) -> None:
    """A review's "needs now" section describes what is hard without a word of difficulty."""
    assert (_role(text, "Her needs now", child="Kacey") == "need") is taken


def test_a_dated_log_is_what_happened_and_a_contact_line_is_not_advice() -> None:
    rows = [
        ("Date", "Setting", "What happened", "Outcome"),
        (
            "2 July",
            "Playground, lunch",
            "Punched a peer after a disagreement",
            "One-day suspension",
        ),
    ]
    blocks = [Block("What Sam needs", 1, heading_hint=True)] + [
        Block(" | ".join(row), 1, kind="row", cells=row, table=4) for row in rows
    ]
    items, roles = read_report(blocks, "behaviour.pdf")
    assert not items
    assert {r.role.role for r in roles if "Punched" in r.text} == {"history"}
    contact = "Abigail Ferncombe, QTVI (Mandatory Qualification). 01632 960155."
    assert _role(contact, "Recommendations", True) not in ("recommendation", "need", "home")


@pytest.mark.parametrize(
    "text",
    ["Tomasz Wieczorek, Occupational Therapist.", "Dr Ruth Okafor, Consultant Paediatrician"],
)
def test_a_signature_under_a_recommendations_heading_is_not_advice(text: str) -> None:
    assert _role(text, "Recommendations") not in ("recommendation", "need", "home")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Sam has made some progress in the Fresh Start group and now decodes most short words.",
            "strength",
        ),
        ("Sam's fine motor skills have improved since she was last seen.", "strength"),
        (
            "Sam should continue in the Fresh Start group, where she has made progress.",
            "recommendation",
        ),
    ],
)
def test_progress_under_a_recommendations_heading_is_not_advice(text: str, role: str) -> None:
    assert _role(text, "Recommendations") == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("I used to be scared of the toilets at school but I am not now.", "resolved"),
        ("The bedwetting she had when she first came stopped years ago.", "resolved"),
        ("The ceiling hoist in the bathroom was fitted by the occupational therapist.", "in_place"),
        ("At present Sam joins a group of five for phonics for 15 minutes a day.", "in_place"),
    ],
)
def test_a_difficulty_that_has_stopped_and_support_already_fitted_are_not_advice(
    text: str, role: str
) -> None:
    assert _role(text, "Recommendations") == role


def test_rarely_late_is_no_difficulty_and_why_a_need_is_named_is_no_advice() -> None:
    taken = ("need", "recommendation", "home")
    assert _role("Her attendance this year is 96%, and she is rarely late.") not in taken
    why = (
        "This combination of vision and hearing loss is why I describe her needs as multi-sensory."
    )
    assert _role(why, "Recommendations") == "reason"


def test_the_authors_own_we_do_not_think_is_not_the_childs_difficulty() -> None:
    text = (
        "Sam's mother would like him to keep home tuition; we do not think this is necessary "
        "once he is attending school."
    )
    assert _role(text, "Summary") not in ("need", "recommendation", "home")
    assert _role("He does not think before he acts and often hurts other children.") == "need"


def test_a_result_in_the_average_range_is_no_difficulty_unless_set_against_a_weaker_one() -> None:
    average = (
        "His visual perception on the Beery VMI supplementary test was within the average "
        "range, which suggests that his difficulties are with motor control rather than perception."
    )
    assert _role(average, "Assessment results") == "assessment"
    mixed = (
        "Her single-word reading is within the average range, but her reading speed is well "
        "below average and she cannot finish a page in the time her classmates do."
    )
    assert _role(mixed, "Assessment results") == "need"


def test_the_difficulty_inside_a_statement_of_progress_is_the_progress() -> None:
    progress = (
        "Her dressing and personal care are fully independent, and she now ties her "
        "shoelaces, which she could not do at 12."
    )
    assert _role(progress) == "strength"
    still = "He now reads simple captions, which he could not do in June, but he cannot yet blend."
    assert _role(still) == "need"


@pytest.mark.parametrize(
    "text",
    [
        "Sam finds the noise of the machinery very uncomfortable and wears ear defenders.",
        "Over the last year Sam has become self-conscious about his hearing aids.",
        "Sam finds writing by hand for more than ten minutes physically tiring.",
        "Sam's knees ache after he has stood for twenty minutes.",
        "Sam does not seem to notice when he is hungry, thirsty or needs the toilet.",
    ],
)
def test_discomfort_and_not_noticing_the_bodys_signals_are_needs(text: str) -> None:
    assert _role(text) == "need"


def test_under_a_heading_in_the_childs_own_voice_i_is_the_child() -> None:
    assert heading_category("What is hard for me") == "voice"
    hard = "I can’t read the exam papers fast enough to finish them."
    assert _role(hard, "What is hard for me") == "need"
    assert _role("My handwriting is really messy and slow.", "What is hard for me") == "need"
    assert _role("I like art and football with my friends.", "What is important to me") != "need"
    assert heading_category("Summary of my assessment") != "voice"
    assert heading_category("My recommendations") != "voice"


@pytest.mark.parametrize(
    "text",
    [
        "Sam feels sick before any test, and he has walked out of two theory assessments.",
        "Sam still wets the bed most nights, and he is very ashamed of it.",
        "Sam has started hitting his sister when he gets in from school.",
        "Sam finds separating from his mother at the gate very hard.",
        "Sam remains preoccupied with food and exercise.",
    ],
)
def test_what_a_child_does_and_feels_when_things_are_hard_is_a_need(text: str) -> None:
    assert _role(text) == "need"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("She cannot pick up new words just by listening while the class talks.", "reason"),
        ("He is easily distracted by noise from the corridor.", "reason"),
        ("Sam learns a new word only after hearing it many times.", "reason"),
        ("Sam to receive direct speech and language therapy weekly.", "recommendation"),
        ("She needs a key adult who greets her at the gate each morning.", "recommendation"),
    ],
)
def test_in_a_table_of_advice_what_the_child_is_or_does_is_the_reason(text: str, role: str) -> None:
    taken = ("need", "recommendation", "home")
    found = _role(text, "Recommendations", listed=True)
    assert (found in taken) == (role in taken), found


@pytest.mark.parametrize(
    "text",
    [
        "Sam has had weekly therapy for a year, and his speech sounds have barely changed.",
        "Ms Boscawen, careers adviser, reported that Sam had looked at three routes into work.",
    ],
)
def test_what_has_been_tried_or_reported_among_the_advice_is_not_advice(text: str) -> None:
    assert _role(text, "Recommendations") not in ("need", "recommendation", "home")
    assert _role(text, "Recommendations", listed=True) not in ("recommendation", "home")


def test_what_the_child_says_they_want_or_like_is_their_view_not_a_need() -> None:
    taken = ("need", "recommendation", "home")
    wish = "Sam says he wants to go back to his old school full-time in Year 8, 'but not yet'."
    assert _role(wish) not in taken
    likes = "Sam told us that he likes the centre because 'the teachers don't go mad'."
    assert _role(likes) not in taken
    assert _role("Sam says he cannot read the board from the back of the room.") == "need"


def test_what_explains_much_of_a_difficulty_is_a_reason() -> None:
    text = "Sam's hypermobility explains much of what his tutors had put down to a lack of stamina."
    assert _role(text, "Summary") not in ("need", "recommendation", "home")


def test_losing_touch_with_friends_is_a_difficulty() -> None:
    assert _role("Sam has lost touch with most of his friendship group.") == "need"


@pytest.mark.parametrize(
    "text",
    [
        "Sam will not use the toilets at school and often goes all day without a drink.",
        "Sam has no safe way to tell staff that he feels unwell or needs to leave a room.",
        "Sam holds a very negative view of himself as a learner and calls himself 'thick'.",
    ],
)
def test_avoiding_having_no_safe_way_and_a_negative_view_of_oneself_are_needs(text: str) -> None:
    assert _role(text) == "need"


def test_what_the_author_notes_or_talked_through_is_not_advice() -> None:
    taken = ("need", "recommendation", "home")
    noted = (
        "I note, too, that the educational psychologist's advice reaches broadly the same "
        "conclusion as mine, and I recommend that both are read together."
    )
    assert _role(noted, "Recommendations") not in taken
    talked = (
        "We talked about an apprenticeship, which Sam felt would be too much at this stage, "
        "and about a supported internship from September, which he would like to try."
    )
    assert _role(talked, "Next steps") not in taken


def test_a_present_difficulty_under_an_about_the_child_heading_is_a_need() -> None:
    assert heading_category("What we know about Sam") == "background"
    now = "Sam finds unstructured time hard to manage, and most incidents happen after school."
    assert _role(now, "What we know about Sam") == "need"
    then = "Sam was born at 30 weeks and spent a month in hospital."
    assert _role(then, "What we know about Sam") not in ("need", "recommendation", "home")


def test_an_administrative_action_in_a_list_of_actions_is_not_advice() -> None:
    taken = ("need", "recommendation", "home")
    for text in (
        "SENCo to circulate the amended provision map to all staff by half term.",
        "Adviser to send a copy of this action plan to the SEN team before the review.",
    ):
        assert _role(text, "Agreed actions", listed=True) not in taken
    advice = "Sam to receive direct speech and language therapy, weekly for a block of ten weeks."
    assert _role(advice, "Agreed actions", listed=True) == "recommendation"


def test_what_the_school_should_do_is_a_heading_of_advice() -> None:
    assert heading_category("What school should do") == "recommendations"
    assert heading_category("Targets and actions for this PEP") == "recommendations"


@pytest.mark.parametrize(
    "text",
    [
        "Sam still finds the days after family contact very unsettling.",
        "Sam's mood has dipped over the last six months.",
    ],
)
def test_an_unsettled_mood_is_no_strength(text: str) -> None:
    assert _role(text) not in ("strength", "other")


def test_a_liked_activity_named_in_passing_makes_no_strength() -> None:
    """Neither the rules nor the classifier read "an activity he enjoyed" as the point."""
    text = (
        "When Sam was asked to stop an activity he enjoyed, he swept the materials off the table."
    )
    assert _role(text) != "strength"


@pytest.mark.parametrize(
    "text",
    [
        "Apraxia of speech responds to frequent practice; research studies that report progress "
        "use at least two sessions a week.",
        "The daily practice with a trained assistant is what carries the therapy into the class.",
        "The group gives Sam a safe place to practise joining and repairing conversations.",
        "Six sessions a year would allow the therapist to set targets but not to teach them.",
        "His progress in the kitchen over the last two years has come from fortnightly sessions.",
        "In our view it would not: the skills Sam needs are high-level language skills.",
        "Without words for what he feels, Sam cannot use the exit card or ask for a break.",
        "Advice to school alone has been tried since 2021 and his skills have barely moved.",
        "The class staff are skilled and committed, but they are not trained to treat a speech "
        "sound disorder of this kind.",
        "This is a physical difficulty rather than a behavioural one.",
    ],
)
def test_an_argument_for_the_advice_is_a_reason(text: str) -> None:
    """Evidence, what a provision does, what an amount would allow, what was tried and what
    staff cannot do argue for the advice beside them; they ask for nothing themselves."""
    assert _role(text, "Recommendations") == "reason"


def test_how_a_test_was_adapted_is_assessment() -> None:
    text = "Formal testing was adapted to Sam's attention: items were given in short runs."
    assert _role(text, "Assessment") == "assessment"


def test_skills_within_the_typical_range_are_no_need() -> None:
    text = (
        "Sam's gross motor skills and balance are within the typical range, and he does not "
        "show signs of a developmental coordination disorder."
    )
    assert _role(text, "Assessment") == "assessment"


@pytest.mark.parametrize(
    ("text", "heading", "role"),
    [
        ("Mrs Penhaligon asked whether a referral for therapy for tics would help.", "", "other"),
        (
            "I have also suggested that a named adult talks with Sam for a few minutes each "
            "morning about how he is feeling.",
            "",
            "recommendation",
        ),
        (
            "His missed schooling has made his difficulties worse, but it does not explain them.",
            "",
            "assessment",
        ),
        (
            "We understand these behaviours as Sam's way of keeping himself safe.",
            "Our understanding",
            "reason",
        ),
    ],
)
def test_a_question_asked_advice_given_an_explanation_and_a_formulation(
    text: str, heading: str, role: str
) -> None:
    """What someone asked asks nothing; advice the author says they gave is advice; what
    does not explain a difficulty is assessment; how the author understands behaviour
    explains it."""
    assert _role(text, heading) == role


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("Struggles with written instructions and won't read aloud in front of anyone.", "Update"),
        ("Trips to the supermarket remain hard for him: he covers his ears at the tills.", ""),
        ("Written work is still a sticking point: he rarely writes more than two sentences.", ""),
    ],
)
def test_a_difficulty_in_note_style_or_everyday_words_is_a_need(text: str, heading: str) -> None:
    assert _role(text, heading) == "need"


@pytest.mark.parametrize(
    "text",
    [
        "Social worker to send the completed assessment to Ms Haddad within ten working days.",
        "Learning support coordinator to apply for access arrangements through the exams office.",
        "Outreach teacher to revisit after the Easter holiday and share these notes with staff.",
    ],
)
def test_an_administrative_action_in_a_list_of_advice_asks_for_no_provision(text: str) -> None:
    assert _role(text, "Recommendations", listed=True) not in ("recommendation", "home")


def test_advice_told_in_reported_speech_is_advice() -> None:
    text = "She advised that homework be given on paper or through the online platform."
    assert _role(text, "Presentation in school") == "recommendation"


@pytest.mark.parametrize(
    "text",
    [
        "The aim is to lower her anxiety about speaking and to build up, in very small steps, "
        "the places in which she can talk.",
        "It is important that the adults around Sam understand that his behaviour is "
        "communication.",
        "A programme carried out by school staff alone has not been enough: Sam needs a "
        "therapist to teach these skills directly.",
        "I recommend two sessions rather than one because Sam forgets much of what he has learned.",
    ],
)
def test_the_aim_what_adults_must_understand_and_what_was_not_enough_are_reasons(
    text: str,
) -> None:
    assert _role(text, "Recommendations") == "reason"


def test_advice_with_its_reason_after_because_stays_advice() -> None:
    text = (
        "Her programme to be practised every day in nursery, because three times a week has "
        "not been enough at home."
    )
    assert _role(text, "Recommendations", listed=True) != "reason"


@pytest.mark.parametrize(
    ("text", "heading", "role"),
    [
        ("Next visit: Tuesday 17 March, 10 am.", "Recommendations", "other"),
        (
            "I will contact the Supported Employment Team to arrange a first meeting.",
            "Recommendations",
            "other",
        ),
        (
            "Please seat her near the front of the class, where she can see the board.",
            "",
            "recommendation",
        ),
        ("The pain in her right heel that she had before the operation has gone.", "", "resolved"),
    ],
)
def test_an_appointment_a_letter_to_write_a_request_and_a_pain_that_has_gone(
    text: str, heading: str, role: str
) -> None:
    assert _role(text, heading) == role


@pytest.mark.parametrize(
    "text",
    [
        "Sam takes jokes and sarcasm literally: when a porter teased him he was upset all day.",
        "Sam freezes when the phone rings and does not know what to say.",
        "Sam reverses the order of digits when he copies a measurement.",
    ],
)
def test_a_named_child_doing_something_hard_in_the_present_is_a_need(text: str) -> None:
    assert _role(text) == "need"


def test_what_the_child_does_rather_than_something_else_is_no_reason() -> None:
    """ "rather than ... because" argues for one provision over another; of the child's own
    behaviour it describes the need, and a corridor that "has cleared" is no resolved need."""
    playtime = (
        "At playtime Sam often plays on his own rather than with the others, because he "
        "cannot follow the fast talk of their games."
    )
    assert _role(playtime) == "need"
    corridor = "Sam cannot judge the gaps in doorways, so he waits until the corridor has cleared."
    assert _role(corridor) == "need"
    assert _role("I recommend a small group rather than 1:1 because Sam learns from peers.") != (
        "need"
    )
    assert _role("Sam's anxiety about the dark has now lifted.") == "resolved"
    going = "Going at set times, rather than waiting for Sam to ask, matters because he forgets."
    assert _role(going) == "reason"


def test_a_hospital_as_a_place_is_no_health_advice() -> None:
    """Travel training to the hospital where a young person works is educational; a hospital
    appointment is health care."""
    travel = assign_role(
        "Travel training with the college's travel trainer, two sessions a week, on the "
        "bus from home to the hospital where Sam works.",
        "recommendations",
        True,
        "Sam",
    )
    assert travel.role == "recommendation" and travel.reason == ""
    clinic = assign_role(
        "Sam should attend his hospital appointments with a familiar adult.",
        "recommendations",
        True,
        "Sam",
    )
    assert clinic.reason == "health"


def test_progress_told_against_the_past_and_a_conditions_signs_are_no_needs() -> None:
    progress = (
        "Sam's relationship with his parents has grown much stronger, and he now goes to "
        "them for comfort when he is hurt, which he could not do two years ago."
    )
    assert _role(progress) == "strength"
    assert _role("Sam's usual signs of a hypo are going pale and quiet, and shaking.") == (
        "history"
    )


def test_a_childs_everyday_verbs_of_a_difficulty_in_the_first_person() -> None:
    """ "I get worried", "I forget stuff": under a heading in the child's own voice these are
    needs, as "he gets worried" would be."""
    heading = "What is hard for me"
    assert _role("I get worried when they change my rota at work.", heading) == "need"
    assert _role("I forget stuff all the time, like what I did this morning.", heading) == "need"


def test_a_need_stated_then_what_follows_from_it_is_a_need() -> None:
    """ "He puts everything into his mouth, so he needs close supervision" states a need; the
    supervision follows from it."""
    text = "Sam puts everything into his mouth, including small objects, so he needs supervision."
    assert _role(text) == "need"


def test_each_half_of_a_double_barrelled_name_names_a_parent() -> None:
    text = "Noor Haddad-Fenwick was seen at pre-school. Noor Haddad-Fenwick is four."
    assert surname(text, "Noor") == "Haddad-Fenwick"
    voice = family_voice("Haddad-Fenwick", "")
    said = "Mr Fenwick said he worries that Noor will be labelled as naughty at school."
    assert assign_role(said, None, False, "Noor", voice).role == "history"
    assert voice.match("Mrs Haddad told me that Noor sleeps badly.")


def test_what_should_ease_is_a_prediction_not_advice() -> None:
    text = "Her hitting out is a sign of frustration, and it should ease as her talking improves."
    assert _role(text) == "reason"
    coaching = "Coaching should fade as the tasks become routine, not by a fixed date."
    assert _role(coaching, "Recommendations") == "recommendation"


def test_what_the_child_copes_with_beside_advice_is_its_reason() -> None:
    text = "He copes far better with change when he can see what is coming."
    assert _role(text, "Recommendations", listed=True) == "reason"


def test_a_child_who_no_longer_responds_has_a_need_not_a_resolved_one() -> None:
    text = "He tires quickly, and by late morning he no longer responds to play."
    assert _role(text) == "need"
    assert _role("His night terrors are no longer a concern.") == "resolved"


def test_a_child_left_unsure_what_to_do_has_a_need() -> None:
    text = (
        "Sam copes with one instruction, but given three jobs at once he does the first and "
        "then comes back unsure what to do next."
    )
    assert _role(text) == "need"


def test_a_symptom_that_has_stopped_is_resolved_but_one_that_has_gone_up_is_not() -> None:
    text = "The stomach aches that kept her at home on Monday mornings last autumn have stopped."
    assert _role(text) == "resolved"
    assert _role("His incidents have gone up since the change of class teacher.") != "resolved"


def test_sessions_the_author_already_gives_are_support_in_place() -> None:
    text = "He has small-group language sessions with me three times a week in the library."
    assert _role(text) == "in_place"
    assert _role("He had heart surgery as a baby and has had no problems since.") != "in_place"


def test_what_happens_without_the_provision_is_its_reason_even_in_a_list_of_advice() -> None:
    text = "Without concrete work at his level he will go on copying methods he cannot follow."
    assert _role(text, "Recommendations", listed=True) == "reason"


def test_a_term_by_term_record_of_support_tried_is_what_happened_not_advice() -> None:
    """A provision map's past terms, each with how it went, under any heading."""
    rows = [
        ("Term", "Provision (do)", "Staff and frequency", "Review: impact"),
        (
            "Autumn 2025",
            "Reading programme, one-to-one",
            "TA, 15 minutes daily",
            "Stopped after six weeks because Sam found it tiring and his score did not change.",
        ),
    ]
    blocks = [Block("What we propose", 1, heading_hint=True)] + [
        Block(" | ".join(row), 1, kind="row", cells=row, table=7) for row in rows
    ]
    items, roles = read_report(blocks, "provision map.docx")
    assert not items
    assert {r.role.role for r in roles if r.text.startswith(("Reading", "Stopped"))} == {"history"}
    cycle = [("Cycle", "Assess", "Plan and do", "Review"), rows[1]]
    blocks = [Block(" | ".join(row), 1, kind="row", cells=row, table=8) for row in cycle]
    assert not read_report(blocks, "apdr.pdf")[0]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "His self-injury has fallen by about 40% since he began wearing ear defenders.",
            "resolved",
        ),
        ("Her meltdowns at home, which were frequent in Year 10, are now rare.", "resolved"),
        (
            "I did not think Sam needs a one-to-one adult for swimming, as he has never fallen.",
            "reason",
        ),
    ],
)
def test_difficulties_now_rare_and_advice_not_given_are_not_needs_or_advice(
    text: str, role: str
) -> None:
    assert _role(text, "Recommendations", listed=True) == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Without set steps, returns like Sam's tend either to be rushed or to stall.", "reason"),
        ("His care staff already do the stretches with him each morning.", "in_place"),
        ("A counsellor was suggested by the school, but Sam found talking therapy hard.", "reason"),
        (
            "We considered a referral to the sleep clinic and agreed with his carers to wait.",
            "reason",
        ),
        (
            "A week-long residential trip was discussed, and Sam said no, because he is anxious.",
            "reason",
        ),
    ],
)
def test_options_set_aside_support_already_given_and_consequences_are_not_advice(
    text: str, role: str
) -> None:
    assert _role(text, "Recommendations") == role


def test_the_steps_of_a_phased_timetable_are_not_recommendations_each() -> None:
    rows = [
        ("Week", "Hours in school", "What happens"),
        ("1 to 2", "1 hour a day", "Arrives at 10.30 by the side gate, one lesson she chooses."),
        ("3 to 4", "2 hours a day", "Adds a second lesson; break time in the quiet room."),
    ]
    blocks = [Block("What I recommend", 1, heading_hint=True)] + [
        Block(" | ".join(row), 1, kind="row", cells=row, table=9) for row in rows
    ]
    items, roles = read_report(blocks, "letter.pdf")
    assert not items
    assert {r.role.role for r in roles if r.text.startswith(("Arrives", "Adds"))} == {"other"}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "He now walks to the dining hall without help, which he could not do a year ago.",
            "strength",
        ),
        (
            "Her new moulded seat has ended the leaning to the left that caused her pain.",
            "resolved",
        ),
        ("Her sleep, which was very poor in Year 7, is now much better.", "resolved"),
        ("His reading is now much better, but he still cannot read a worksheet alone.", "need"),
    ],
)
def test_what_has_got_better_is_progress_unless_a_difficulty_remains(text: str, role: str) -> None:
    assert _role(text) == role


def test_a_review_of_last_years_outcomes_is_progress_unless_it_gives_next_steps() -> None:
    review = [
        ("Outcome in the current plan", "Progress this year"),
        ("To pass Entry Level 2 English", "Sam passed in June and has also passed ICT."),
    ]
    blocks = [
        Block("About Sam", 1, heading_hint=True, style="Heading 1"),
        Block("Sam joined the school in Year 7 and is never late.", 1),
        Block("Progress against the outcomes in his plan", 1, heading_hint=True, style="Heading 1"),
    ] + [
        Block(" | ".join(row), 1, kind="row", cells=row, table=11, heading_hint=row is review[0])
        for row in review
    ]  # a Word table's header row is marked as a heading
    assert not read_report(blocks, "review.docx")[0]
    advised = [
        (*review[0], "Next steps"),
        (*review[1], "Sam should have a weekly 30-minute careers session with an adviser."),
    ]
    blocks = [Block(" | ".join(row), 1, kind="row", cells=row, table=12) for row in advised]
    items = read_report(blocks, "review.docx")[0]
    assert [item.text for item in items] == [advised[1][2]]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "I explained to Sam and his mum that fatigue in arthritis is real and not laziness.",
            "other",
        ),
        (
            "The accessible toilet with a hoist that the school fitted in 2025 meets his needs.",
            "in_place",
        ),
    ],
)
def test_what_the_author_told_the_family_and_equipment_already_fitted_are_not_needs(
    text: str, role: str
) -> None:
    assert _role(text, "Recommendations") == role


def test_a_bullets_later_sentence_that_asks_for_nothing_is_the_advices_reason() -> None:
    text = (
        "We recommend a writing slope and thick-barrelled pens, kept at her desk so she does "
        "not have to ask for them. Having to ask draws attention to her, which she hates."
    )
    blocks = [
        Block("Recommendations", 1, heading_hint=True),
        Block(text, 1, bullet=True),
    ]
    items, roles = read_report(blocks, "ot.docx")
    assert [item.text for item in items] == [sentences(text)[0]]
    assert next(r.role.role for r in roles if r.text.startswith("Having")) == "reason"


def test_what_a_placement_will_need_the_child_to_do_is_a_need_not_advice() -> None:
    demand = "She is worried about her placement, where she will need to remember residents' names."
    assert _role(demand, "Recommendations") != "recommendation"
    assert _role("She will need to be taught touch typing for 20 minutes a day.") == (
        "recommendation"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Behavioural intervention for tics was also discussed; there is a waiting list of a year.",
        "If her hours are raised quickly after a good week, the likely result is a relapse.",
        "If he continues to handwrite at length, the quality of his work will go down.",
        "We say this because Sam's wish to be liked leaves her open to being used by others.",
    ],
)
def test_options_aside_and_consequences_in_a_list_of_advice_are_reasons(text: str) -> None:
    assert _role(text, "Recommendations", listed=True) == "reason"


def test_an_option_set_aside_and_a_school_place_asked_for_are_not_provision_for_f() -> None:
    aside = "A part-time timetable was also raised and set aside, as it would add to her worry."
    assert _role(aside, "Recommendations", listed=True) == "reason"
    place = assign_role(
        "We would like Sam to have a place at Larkhill School, a small specialist school.",
        "recommendations",
        False,
        "Sam",
    )
    assert place.reason == "placement"


def _certainty(text: str, heading: str = "Recommendations", listed: bool = False) -> float:
    return assign_role(text, heading_category(heading), listed, "Ava").certainty


def test_prose_taken_as_advice_by_its_heading_alone_is_only_worth_a_look() -> None:
    """Under a recommendations heading, a paragraph that asks for nothing and names no
    amount is as often the reason or the history around the advice: what it raises is
    shown, not asserted. A list item there, or a paragraph naming an amount, is still sure
    enough."""
    argued = "At present the nursery and home are working on different steps, which confuses Ava."
    amount = (
        "An oral motor programme, carried out by a teaching assistant for 5 minutes twice a day."
    )
    assert _role(argued, "Recommendations") == "recommendation"
    assert _certainty(argued) < ASSERT_AT
    assert _certainty(argued, listed=True) >= ASSERT_AT
    assert _certainty(amount) >= ASSERT_AT


@pytest.mark.parametrize(
    "text",
    [
        "He needs frequent reminders of the steps of a task and often sits waiting.",
        "Sienna has a mild learning disability and needs new tasks broken into small steps.",
        "His processing is in the low average range, and he needs more time than his classmates.",
    ],
)
def test_what_the_child_needs_in_order_to_manage_is_not_a_request(text: str) -> None:
    assert not asks_for_provision(text)


@pytest.mark.parametrize(
    "text",
    [
        "He needs 10 minutes of adult-led messy play and fine motor activities every day.",
        "We also think that everyone who teaches Freya needs training in low-demand approaches.",
        "The Year 3 classroom needs acoustic treatment, namely carpet tiles and ceiling panels.",
    ],
)
def test_an_amount_of_help_or_help_for_others_to_give_is_a_request(text: str) -> None:
    assert asks_for_provision(text)


@pytest.mark.parametrize(
    "text",
    [
        "Speech sound work can stop.",
        "Stop the weekly handwriting group.",
        "The daily movement break is no longer needed.",
        "The social skills group could now be withdrawn from January.",
    ],
)
def test_advice_that_a_provision_can_end_asks_for_nothing(text: str) -> None:
    assert _role(text, "Recommendations") == "resolved"


def test_advice_to_stop_doing_something_to_the_child_still_asks() -> None:
    text = "Staff should stop using sticker charts and loss of golden time with Wren."
    assert _role(text, "Recommendations") == "recommendation"


@pytest.mark.parametrize(
    "text",
    [
        "I have heard that the local authority is considering replacing direct therapy.",
        "His gains this year came from direct therapy, and his grammar needs a therapist's skills.",
    ],
)
def test_what_the_author_has_heard_or_where_progress_came_from_argues_for_advice(
    text: str,
) -> None:
    assert _role(text, "Recommendations") == "reason"


@pytest.mark.parametrize(
    "text",
    [
        "Much of the Thursday distress seems to come from not knowing where she is going next.",
        "Repeating the whole instruction more loudly, which I saw happen twice, does not help her.",
    ],
)
def test_where_a_difficulty_comes_from_and_what_does_not_help_are_reasons(text: str) -> None:
    assert _role(text, "Recommendations") == "reason"


@pytest.mark.parametrize(
    "text",
    [
        "Most of her leaving the room happens at lunchtime, so mornings alone would not cover it.",
        "If the corridors and the yard are where it goes wrong, that is where the support goes.",
        "Her low muscle tone means she burns far fewer calories, so daily activity matters.",
    ],
)
def test_what_the_advice_must_cover_and_why_is_its_reason(text: str) -> None:
    assert _role(text, "Recommendations") == "reason"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "His attendance is 61% of the sessions he should attend, up from 48% in autumn.",
            "strength",
        ),
        ("Tomasz has been known to the service since he was two, when he had no words.", "history"),
        ("Callum has travelled to school by council minibus since Year 7.", "history"),
        (
            "At The Forge staff are always in the room, which is part of why he manages there.",
            "reason",
        ),
    ],
)
def test_progress_in_figures_a_long_history_and_why_a_setting_works_are_not_needs(
    text: str, role: str
) -> None:
    assert _role(text, "Summary") == role


@pytest.mark.parametrize(
    ("text", "heading", "listed", "role"),
    [
        (
            "Jasmine was admitted informally after an overdose at home, following several "
            "months of low mood and school refusal.",
            "Summary of admission",
            False,
            "history",
        ),
        (
            "Callum impressed the course leader at interview with the games he has built at "
            "home, and he has been offered a place.",
            "Current needs",
            True,
            "strength",
        ),
        (
            "Toileting accidents at school, which worried her parents in the autumn, have stopped.",
            "Summary",
            False,
            "resolved",
        ),
        (
            "They told us that the long meltdowns after school have shortened from over an "
            "hour to about twenty minutes since the spring.",
            "Summary",
            False,
            "strength",
        ),
        (
            "We did think about a part-time timetable, but Amira and her parents want her in "
            "school full time.",
            "Recommendations",
            False,
            "reason",
        ),
        (
            "A move to a class on the semi-formal pathway was discussed at her last review, "
            "and we agreed with her parents that it would not suit her.",
            "Recommendations",
            False,
            "reason",
        ),
        (
            "We also looked at a 38-week placement, and rejected it because her distress "
            "rises in the school holidays.",
            "Recommendations",
            False,
            "reason",
        ),
        (
            "His reading and his spoken ideas are well above average for his age, according "
            "to his English teacher.",
            "Current needs",
            True,
            "strength",
        ),
        (
            "Her swallow has become less safe over the summer, and she coughs on thin drinks.",
            "Summary",
            False,
            "need",
        ),
        (
            "Callum has no reliable way to tell people that he wants to stop or needs a "
            "break, so his behaviour has become his way of saying no.",
            "Summary",
            False,
            "need",
        ),
        (
            "Her sight has declined over the past year, and she no longer reliably "
            "recognises familiar faces.",
            "Summary",
            False,
            "need",
        ),
        (
            "The feeding difficulties and chest infections she had last winter settled once "
            "her feeds were changed.",
            "Summary",
            False,
            "resolved",
        ),
        (
            "We agreed at the July meeting that staff will respond to his hand-biting by "
            "stopping the activity and waiting.",
            "Summary",
            False,
            "recommendation",
        ),
        (
            "I ask that the plan continues to name a 38-week placement, because most of his "
            "progress has come from the waking day curriculum.",
            "Summary",
            False,
            "recommendation",
        ),
        (
            "Without a chair that fits him, Callum spends his effort on staying upright "
            "rather than on writing, and his written work is likely to fall further behind.",
            "Recommendations",
            False,
            "reason",
        ),
        (
            "His teacher reports that he often leaves his seat during written tasks.",
            "Summary",
            False,
            "need",
        ),
        (
            "I would ask that his plan includes a trusted adult in school he can go to.",
            "Summary",
            False,
            "recommendation",
        ),
        (
            "I would support a full-time timetable with a trusted adult who checks in with him.",
            "Summary",
            False,
            "recommendation",
        ),
        ("Next panel meeting: Thursday 7 January 2027.", "Recommendations", True, "other"),
        (
            "Kofi is a bright, curious boy with excellent visual attention.",
            "Summary",
            False,
            "strength",
        ),
        (
            "The separation anxiety he showed at the start of Reception has gone.",
            "Summary",
            False,
            "resolved",
        ),
        (
            "A habilitation specialist should teach Leo the routes between his lessons, "
            "starting with two sessions in the summer holiday when the school is empty.",
            "Summary",
            False,
            "recommendation",
        ),
    ],
)
def test_events_progress_and_options_set_aside_are_not_needs_or_advice(
    text: str, heading: str, listed: bool, role: str
) -> None:
    assert _role(text, heading, listed, "Callum") == role


def test_what_the_child_will_need_a_skill_for_is_not_advice() -> None:
    text = (
        "Dawit has never used a computer keyboard, which he will need for coursework and for "
        "access arrangements in exams."
    )
    assert _role(text, "Summary", False, "Dawit") == "need"


def test_advice_to_follow_another_plan_is_not_a_comment_on_the_ehc_plan() -> None:
    text = (
        "A trained adult should be with Callum at every meal, following the eating and "
        "drinking plan, with drinks thickened as the plan says."
    )
    assert _role(text, "Recommendations") == "recommendation"


def test_a_residential_placement_is_advice_for_section_i() -> None:
    role = assign_role(
        "The team recommend Option 3, a 38-week residential place in Heather House.",
        "recommendations",
        False,
        "Freya",
    )
    assert role.role == "recommendation" and role.reason == "placement"


def test_a_sentence_with_a_subject_before_its_colon_is_not_a_run_in_label() -> None:
    text = "I recommend Plan B: the school should plan now for a powered wheelchair."
    blocks = [Block("Options", 1, heading_hint=True), Block(text, 1)]
    items, _roles = read_report(blocks, "physio.pdf")
    assert [item.text for item in items] == [text]


def test_a_list_after_the_child_needs_colon_is_advice() -> None:
    """ "We think Rowan needs:" introduces the provision asked for, not his difficulties."""
    blocks = [
        Block("Our view", 1, heading_hint=True),
        Block("We think Rowan needs:", 1),
        Block("a reader in examinations and weekly reading work in a small group;", 1, bullet=True),
    ]
    items, _roles = read_report(blocks, "school.docx")
    assert [item.kind for item in items] == ["recommendation"]
