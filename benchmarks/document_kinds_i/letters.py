# ruff: noqa: E501
"""Letters of the ninth kind set: a Yorkshire council proposing to cease a plan at 19+, a
Lincolnshire refusal to assess, a Thames Valley decision not to issue a plan, a letter that
quotes the whole plan it amends, a decision by e-mail; mediation certificates; a young
person's own appeal form; the tribunal's directions and decision on a young person's own
appeal; e-mails and letters between families, colleges and councils. All invented."""

from __future__ import annotations


def headers(frm: str, to: str, subject: str, date: str, cc: str = "") -> dict:
    out = {"From": frm, "To": to}
    if cc:
        out["Cc"] = cc
    return {**out, "Subject": subject, "Date": date}


CEASE_19 = [
    ("org", "Calderbrook Metropolitan District Council\nSEND Assessment and Review Service"),
    ("p", "Our ref: CMDC/PfA/5521\n12 June 2026"),
    ("p", "Mr Daniel Firth\n7 Weavers Row\nCalderbrook"),
    ("b", "Proposal to cease to maintain your Education, Health and Care Plan"),
    ("p", "Dear Daniel,"),
    (
        "p",
        "Following your annual review on 20 May 2026, the local authority has considered whether you still need your EHC plan. You are now 21 and you have completed your course at Ridings College.",
    ),
    (
        "p",
        "We propose to cease to maintain your plan because we consider that you no longer need special educational provision to be made through a plan and that your education or training outcomes have been achieved.",
    ),
    (
        "p",
        "You have the right to appeal to the First-tier Tribunal (Special Educational Needs and Disability) against this decision. Before you can appeal you must contact the mediation service, Northern Pennine Mediation, on 01632 960418, within two months of the date of this letter. Your plan will remain in place while any appeal is decided.",
    ),
    ("sig", ["Yours sincerely", "Rachel Holroyd", "Senior SEND Officer (Preparing for Adulthood)"]),
]

REFUSE_ASSESS = """Fenwold District Council
Children's Services - SEND

Date: 18 March 2026
Dear Mr and Mrs Pilling,

Re: Request for an Education, Health and Care needs assessment for Jack Pilling (DOB 04/10/2018)

The SEND panel met on 15 March 2026 and considered your request and the information from
Saltfleet Primary School.

The panel decided not to carry out an EHC needs assessment at this time. The panel felt
that Jack's needs can be met from the resources ordinarily available to the school, with
advice from the Specialist Teaching Service.

If you disagree you can ask for a meeting with us, contact the mediation adviser, and appeal
to the SEND Tribunal within two months of this letter or one month from the date of the
mediation certificate, whichever is later.

Yours sincerely

P. Dunmore
SEND Casework Team Leader
"""

NOT_ISSUE = [
    ("org", "Kennetbridge Borough Council"),
    ("small", "Special Educational Needs Team | Civic Offices | Kennetbridge"),
    ("p", "2 July 2026"),
    ("b", "Outcome of the EHC needs assessment: Isabelle Marchetti"),
    ("p", "Dear Ms Marchetti,"),
    (
        "p",
        "Thank you for your patience while we completed Isabelle's assessment. We received advice from the educational psychologist, the speech and language therapy service, the paediatrician and her school.",
    ),
    (
        "p",
        "Having considered all of the advice, the local authority has decided not to issue an Education, Health and Care Plan. We think Isabelle's needs can be met through SEN support at her school, and we have enclosed a note of the advice to help the school plan her support.",
    ),
    (
        "p",
        "You can appeal against this decision. Information about mediation and appeals is enclosed.",
    ),
    ("sig", ["Yours sincerely", "Tom Wetherell", "EHC Assessment Coordinator"]),
]

AMEND_QUOTING_PLAN = [
    ("org", "Lindmoor County Council"),
    ("p", "Dear Mrs Doyle,"),
    ("b", "Notice of amendment to Harvey's EHC plan following review (Regulation 22)"),
    (
        "p",
        "Following Harvey's annual review on 4 February 2026 we propose to amend his plan. The full plan, with our proposed changes shown in bold, is set out below so that you can see it as a whole.",
    ),
    ("h", 2, "Section B - Special Educational Needs (as proposed)"),
    (
        "p",
        "Harvey has Duchenne muscular dystrophy. He tires quickly, cannot write for more than a few minutes and needs help to move between lessons. He now uses a powered wheelchair full time. [proposed new wording]",
    ),
    ("h", 2, "Section F - Special educational provision (as proposed)"),
    (
        "bul",
        [
            "Access to a laptop with speech-to-text software in all lessons.",
            "A teaching assistant to scribe in tests and support movement around the site.",
            "Physiotherapy programme delivered by trained staff, 3 x 20 minutes weekly. [proposed new wording]",
        ],
    ),
    ("h", 2, "Section I - Placement"),
    ("p", "Ashby Vale School (no change)."),
    (
        "p",
        "You have 15 days to comment or ask for a meeting. If we do not hear from you we will issue the amended plan as final.",
    ),
    ("sig", ["Yours sincerely", "Karen Belton", "Annual Review Officer"]),
]

DECISION_EMAIL = """Dear Mr Sandhu,

I am writing to let you know that the local authority has agreed to carry out an Education,
Health and Care needs assessment for Arjun. This decision was made at the panel on 9 October.

We will now ask for advice from Arjun's school, an educational psychologist and health. We
must tell you by 2 February whether we will issue a plan.

Kind regards

Natalie Osgood
Assessment Officer, SEND 0-25
Wrexholme City Council
T: 01632 960277
"""

MEDIATION_LINCS = [
    ("org", "Wolds and Fens Mediation Partnership"),
    ("title", "Mediation Certificate"),
    ("small", "Issued under section 55 of the Children and Families Act 2014"),
    (
        "kv",
        [
            ("Name of parent / young person", "Mr and Mrs Pilling"),
            ("Child", "Jack Pilling"),
            ("Local authority", "Fenwold District Council"),
            ("Date of contact", "27 March 2026"),
            (
                "Outcome",
                "The parent was given information about mediation and does not wish to pursue mediation.",
            ),
            ("Date certificate issued", "28 March 2026"),
        ],
    ),
    ("p", "This certificate must be sent with any appeal to the First-tier Tribunal (SEND)."),
]

MEDIATION_YP = """MEDIATION CERTIFICATE
Chiltern and Vale Mediation
Young person: Bethany Cartwright (aged 20)
Supported by: her mother, as her representative
Local authority: Fenwold District Council
Mediation took place on 2 September 2026. Agreement was not reached on Section F
(travel training) or Section I. This certificate confirms that mediation has taken place.
Signed: A. Kowalczyk, Mediator     Date: 2 September 2026
"""

MEDIATION_PHOTO = """Thames Mediation Services
MEDIATION CERTIFICATE
Parent: Ms L. Marchetti
Child: Isabelle Marchetti
LA: Kennetbridge Borough Council
Matter: refusal to issue an EHC plan
Mediation held 25.08.2026 - partly resolved
Issued 26.08.2026
"""

YP_APPEAL_FORM = [
    ("title", "SEND35 Notice of appeal"),
    ("small", "First-tier Tribunal (Special Educational Needs and Disability)"),
    (
        "field",
        "Section 1 - Are you the parent or the young person?",
        "I am the young person. I am 21.",
    ),
    (
        "field",
        "Section 2 - About you",
        "Daniel Firth, 7 Weavers Row, Calderbrook. daniel.firth@example.org",
    ),
    (
        "field",
        "Section 4 - Which decision are you appealing?",
        "Calderbrook MDC decision to cease to maintain my EHC plan, letter dated 12 June 2026.",
    ),
    ("field", "Section 5 - Mediation certificate", "Yes, attached, dated 1 July 2026."),
    (
        "field",
        "Section 7 - Reasons for appeal",
        "I have not finished my education. I want to do a supported internship at the hospital and I need my plan to pay for the job coach. Without it I will just be at home.",
    ),
    ("field", "Section 10 - Declaration", "Signed D. Firth, 28 July 2026"),
]

APPEAL_SCAN = """SEND 35 - Notice of Appeal
Section 3 Details of the child: Isabelle Marchetti, DOB 01/06/2017
Section 4 Local authority: Kennetbridge Borough Council
Type of appeal: refusal to issue an EHC plan after assessment
Section 6 Reasons: the school cannot meet her needs from its own money. The EP said she
needs daily speech and language support and the school has no therapist.
Section 10 I confirm the information is true. Signed L Marchetti 30/08/2026
"""

DIRECTIONS_YP = [
    (
        "org",
        "First-tier Tribunal (Health, Education and Social Care Chamber)\nSpecial Educational Needs and Disability",
    ),
    (
        "p",
        "Appeal number: EH412/26/00218\nDaniel Firth (Appellant) v Calderbrook Metropolitan District Council (Respondent)",
    ),
    ("title", "Directions"),
    (
        "np",
        "1.",
        "The appeal is registered. The appellant is a young person bringing the appeal himself.",
    ),
    (
        "np",
        "2.",
        "The local authority must send its response to the tribunal and to the appellant by 9 September 2026.",
    ),
    (
        "np",
        "3.",
        "Both parties must send any further evidence by 30 September 2026. The appellant may be supported at the hearing by a person of his choice.",
    ),
    ("np", "4.", "The hearing will take place by video on 21 October 2026."),
    ("sig", ["Tribunal Caseworker", "Dated 5 August 2026"]),
]

DECISION_YP = [
    ("org", "First-tier Tribunal (Special Educational Needs and Disability)"),
    ("p", "Appeal: EH412/26/00218    Hearing: 21 October 2026 (video)"),
    ("title", "Decision"),
    (
        "np",
        "1.",
        "The appeal is allowed. The local authority's decision to cease to maintain Daniel's EHC plan is set aside.",
    ),
    ("h", 2, "Reasons"),
    (
        "np",
        "2.",
        "Daniel gave evidence himself, with his support worker beside him. We found him a clear and honest witness.",
    ),
    (
        "np",
        "3.",
        "We are satisfied that Daniel has not achieved his education or training outcomes and that he would benefit from a further year on a supported internship.",
    ),
    (
        "np",
        "4.",
        "The local authority must continue to maintain the plan and must hold a review within 8 weeks.",
    ),
    (
        "sig",
        [
            "Judge C. Maitland",
            "Specialist members: Ms R. Quereshi, Mr P. Lunn",
            "Date of decision: 23 October 2026",
        ],
    ),
]

HEARING_EMAIL = """Dear Ms Marchetti,

Appeal EH870/26/00655 - Isabelle Marchetti

The tribunal directs that the local authority's request to postpone the hearing is refused.
The hearing will go ahead on 3 December 2026 as listed. The local authority must send its
working document to the parent by 19 November 2026.

By order of the Tribunal Judge

SEND Tribunal Administration
"""

NOTICE_BARRED = """Dear parties,

EH880/26/00731 - Tilly Ambrose

Judge R. Wyn has considered the file. The respondent has not complied with the direction of
14 July 2026 to send its response. The respondent is directed to send its response by
4pm on 11 August 2026. If it does not, it may be barred from taking further part.

SEND Tribunal Listings Team
"""

COLLEGE_EMAIL = """Hi Lorraine,

Just to confirm that Bethany's transport for the new term has been booked with Shaws
Taxis, pick up 7.45 on Mondays and back Friday at 4. Let me know if the times don't work.

Thanks
Megan
Student Services Coordinator
Marshlands Specialist College
01632 960341
"""

PARENT_TO_COUNCIL = """Dear Ms Holroyd

I am writing on behalf of my son Daniel, who has asked me to help him reply to your
letter. Could you please send us copies of the reports the panel looked at? Daniel
would also like to know who he can speak to about the internship at the hospital.

Many thanks
Sandra Firth
"""

COUNCIL_HOLDING = [
    ("org", "Kennetbridge Borough Council"),
    ("p", "14 May 2026"),
    ("p", "Dear Ms Marchetti,"),
    (
        "p",
        "Thank you for your letter of 6 May. I am sorry that you have not yet received the educational psychologist's report. I have chased this and will send it to you as soon as it arrives. Your case is now held by my colleague, Tom Wetherell, who will be in touch.",
    ),
    ("sig", ["Kind regards", "Aisha Boateng", "SEN Officer"]),
]

CHARITY_EMAIL = """Hello Amanda,

Thanks for calling our helpline yesterday. As promised, here are the links we talked
about: our guide to annual reviews and our template letter for asking for an early review.
Do come back to us if the council does not reply within 4 weeks.

Best wishes
Priya
Education Adviser, Sendwise UK (registered charity 1000000)
This e-mail and any attachments are confidential. If you have received it in error, please
tell the sender and delete it.
"""

DOCUMENTS: list[dict] = [
    dict(name="Daniel cease letter.pdf", kind="decision_letter", blocks=CEASE_19),
    dict(name="jack panel outcome.txt", kind="decision_letter", text=REFUSE_ASSESS),
    dict(name="Outcome letter IM.docx", kind="decision_letter", blocks=NOT_ISSUE, sans=True),
    dict(
        name="Harvey amendment notice.pdf",
        kind="decision_letter",
        blocks=AMEND_QUOTING_PLAN,
        accent="4A148C",
    ),
    dict(
        name="Arjun - EHC needs assessment.eml",
        kind="decision_letter",
        text=DECISION_EMAIL,
        headers=headers(
            "Natalie Osgood <natalie.osgood@example.org>",
            "h.sandhu@example.org",
            "Arjun Sandhu - EHC needs assessment",
            "Thu, 16 Oct 2025 09:41:02 +0100",
        ),
    ),
    dict(name="Mediation cert Jack.pdf", kind="mediation_certificate", blocks=MEDIATION_LINCS),
    dict(
        name="mediation certificate Bethany.docx", kind="mediation_certificate", text=MEDIATION_YP
    ),
    dict(name="20260826_101544.pdf", kind="mediation_certificate", text=MEDIATION_PHOTO, ocr=0.08),
    dict(name="my appeal form.docx", kind="appeal_form", blocks=YP_APPEAL_FORM),
    dict(name="SEND35 scanned.pdf", kind="appeal_form", text=APPEAL_SCAN, ocr=True),
    dict(
        name="EH412 directions.pdf",
        kind="tribunal_direction",
        blocks=DIRECTIONS_YP,
        accent="333333",
    ),
    dict(
        name="Tribunal decision Daniel Firth.pdf",
        kind="tribunal_direction",
        blocks=DECISION_YP,
        accent="333333",
    ),
    dict(
        name="EH870-26-00655 postponement.eml",
        kind="tribunal_direction",
        text=HEARING_EMAIL,
        headers=headers(
            "SEND Tribunal <send.tribunal@example.org>",
            "l.marchetti@example.org",
            "EH870/26/00655 - Judge's decision on request",
            "Mon, 09 Nov 2026 15:02:30 +0000",
            cc="send.team@example.org",
        ),
        html=True,
    ),
    dict(
        name="FW EH880-26-00731.eml",
        kind="tribunal_direction",
        text=NOTICE_BARRED,
        headers=headers(
            "SEND Tribunal <send.tribunal@example.org>",
            "send.casework@example.org",
            "EH880/26/00731 - Direction",
            "Tue, 28 Jul 2026 10:15:00 +0100",
            cc="ambrose.family@example.org",
        ),
    ),
    dict(
        name="Re transport.eml",
        kind="correspondence",
        text=COLLEGE_EMAIL,
        headers=headers(
            "Megan Lister <m.lister@example.org>",
            "lorraine.cartwright@example.org",
            "RE: transport September",
            "Fri, 28 Aug 2026 12:20:44 +0100",
        ),
    ),
    dict(name="letter to Ms Holroyd.docx", kind="correspondence", text=PARENT_TO_COUNCIL),
    dict(name="KBC reply May.pdf", kind="correspondence", blocks=COUNCIL_HOLDING),
    dict(
        name="Sendwise helpline follow up.eml",
        kind="correspondence",
        text=CHARITY_EMAIL,
        headers=headers(
            "Priya at Sendwise <advice@example.org>",
            "amanda.doyle@example.org",
            "Following up your call",
            "Wed, 11 Feb 2026 17:30:09 +0000",
        ),
        qp=True,
    ),
]
