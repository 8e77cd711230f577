# ruff: noqa: E501
"""The rest of the tenth kind set: annual review paperwork from a London secondary, a
Midlands primary's review scanned at the school office and a pupil referral unit's
interim review; a parent's own timeline for the appeal, a mother's views typed in the
council's form and a father's notes on a phone; a child's views drawn and scribed and a
teenager's e-mail; a borough's SEND information leaflet, a parent carers' forum
newsletter and a school's trip letter. All invented."""

from __future__ import annotations

from document_kinds_j.letters import headers

AR_LONDON = [
    ("org", "Stanmere Park Academy"),
    ("title", "Annual Review of Education, Health and Care Plan - Record of Meeting"),
    (
        "kv",
        [
            ("Student", "Noah Adeyemi-Clarke (Year 8)"),
            ("Date of review meeting", "6 May 2026"),
            (
                "Present",
                "Ms F. Adeyemi (mother), Noah (for part), K. Mensah (SENCo), P. Venkatesan (SLT), D. Okafor (LA, by Teams)",
            ),
            ("Apologies", "Educational psychologist"),
        ],
    ),
    ("h", 2, "Progress towards outcomes"),
    (
        "grid",
        [
            ["Outcome (Section E)", "Progress", "Evidence"],
            [
                "Write a paragraph of five sentences with a frame",
                "Partly achieved",
                "Science and humanities books",
            ],
            [
                "Ask for help in class when he does not understand",
                "Not achieved",
                "Teacher feedback",
            ],
        ],
        [0.45, 0.2, 0.35],
    ),
    ("h", 2, "Views of the child"),
    ("p", "Noah said the vocabulary sessions help but he hates being asked to read out."),
    ("h", 2, "Views of the parent"),
    ("p", "Ms Adeyemi is worried about bullying and wants more therapy written into the plan."),
    ("h", 2, "Recommendations of the review"),
    (
        "bul",
        [
            "Amend Section B to include his anxiety and the March 2026 SLT assessment.",
            "Amend Section F: SLT 45 minutes weekly; vocabulary pre-teaching 3 x 15 minutes.",
            "Keep Stanmere Park Academy in Section I.",
        ],
    ),
    (
        "p",
        "The SENCo will send this record and the reports to the local authority within two weeks of the meeting.",
    ),
]

AR_SCAN = """ASHGROVE COMMUNITY PRIMARY SCHOOL
EHCP ANNUAL REVIEW - SUMMARY REPORT TO THE LOCAL AUTHORITY
Pupil: Grace Mbeki (Year 4)   Review held: 5 March 2026
Attendees: parents, class teacher, SENCo (Mrs Dhillon), specialist dyslexia teacher
Is the plan still needed? Yes
Progress: reading age up 14 months in the year (from 5y 9m to 6y 11m).
Outcome 1 (decode CVC and CCVC words): achieved.
Outcome 2 (read a level 8 book with 90% accuracy): partly achieved.
Parents' views: they would like specialist teaching increased to 4 sessions a week and
are worried about Grace's eating at lunchtime.
Recommended changes: add dietitian advice to Section C; increase specialist teaching.
Signed: P. Dhillon (SENCo) 12/03/2026
"""

AR_INTERIM = [
    ("org", "Riverside Learning Centre"),
    ("title", "Interim review of EHC plan (emergency review after placement change)"),
    ("p", "Pupil: Ethan Brierley    Date: 9 July 2026    Chaired by: Mr D. Halloran"),
    (
        "runin",
        "Reason for review:",
        "Ethan moved to the centre from Riverside Mill Academy in May 2026 on a temporary placement. The review was called early under the council's protocol to consider whether the plan still describes his needs.",
    ),
    (
        "runin",
        "Agreed at the review:",
        "The plan should be amended to add a key adult, a structured lunch and small classes; Section I should be reviewed for September.",
    ),
    (
        "runin",
        "Views of Ethan:",
        "\"It's better here. The teachers don't shout.\"",
    ),
    (
        "runin",
        "Next steps:",
        "The record will go to the local authority, which must decide within four weeks whether to amend the plan.",
    ),
]

PARENT_TIMELINE = """TIMELINE - Zainab Hussain - for the tribunal (written by her mum, Shirin Hussain)
Last updated 14 September 2026

Sept 2025   Zainab starts Reception at Cressfield. Same week, school calls me to collect
            her twice because she ran out of the gate.
Oct 2025    I ask the SENCo about an EHC needs assessment. Told to wait for the
            paediatrician.
12 Nov 2025 Paediatrician appointment - global developmental delay confirmed.
20 Jan 2026 I send my own request for an assessment to Hallowmere (copy kept).
3 Mar 2026  Hallowmere agree to assess (letter).
21 Apr 2026 EP visit.
2 Jun 2026  Draft plan arrives on the portal. Section F says "adult support throughout
            the school day" and "access to speech and language therapy as advised". I
            send comments on 12 June asking for hours and for Brookmead.
30 Jun 2026 Final plan issued. Nothing I asked for was changed. Cressfield named.
12 Aug 2026 Mediation with Capital SEND Resolution. They agreed to change Section B but
            not F.
10 Sep 2026 Appeal sent to the tribunal.

What I want the tribunal to know: since January Zainab has been sent home early 11 times
(dates on the next page). Every time it is because there was no adult free to be with her.
"""

PARENT_VIEWS_FORM = [
    ("org", "Tamebridge Metropolitan Borough Council"),
    ("title", "Parent and carer views - annual review"),
    ("field", "Your child's name", "Layla Fitzgerald-Hinds"),
    (
        "field",
        "What is going well?",
        "Layla loves her class and her teacher. Her reading has got a bit better and she is proud of her star chart.",
    ),
    (
        "field",
        "What are you worried about?",
        "She is exhausted because she hardly sleeps. She falls over in the playground nearly every week. She does not have any friends to play with at break.",
    ),
    (
        "field",
        "What would you like to change in the plan?",
        "We want the sleep clinic letter and the physio advice put in. We still think Oakfield would be better for her.",
    ),
    ("field", "Completed by", "Joanne Fitzgerald-Hinds (mum), 1 June 2026"),
]

DAD_NOTES = """notes for the meeting thurs

- ask why the reassessment was refused when his walking is so much worse
- OT said grab rail 3 months ago still not there
- he cant carry his tray, who helps him at lunch? some days no one
- wheelchair service say staff need training before full days, has that happened??
- he says hes lonely at break, everyone runs off
- want it in writing
"""

CHILD_VIEWS_SCRIBED = [
    ("title", "All about me - my views for my review"),
    ("small", "Ayaan drew the pictures and told Miss Kaur what to write (scribed 20 April 2026)"),
    ("runin", "I am good at:", "drawing buses. The 47 is my best one."),
    ("runin", "I like:", "Lego, the computer room, when Miss Kaur does the timer."),
    (
        "runin",
        "I don't like:",
        "the dinner hall because it is loud and it smells. When people shout.",
    ),
    (
        "runin",
        "It helps me when:",
        "I can see my pictures for what is next. When I can go in the tent.",
    ),
    ("runin", "When I grow up:", "I want to drive the 47 bus."),
]

TEEN_EMAIL = """hi miss

my mum said I should write down what I think for the tribunal so here it is.

I dont want to go back to Riverside Mill. the corridors are too busy and I always get in
trouble at lunch. At the centre I have Mr Halloran and I can go to the calm room if I
need to. I have not been excluded once there. I want to do motor vehicle at college when
I am 16 so I need to pass maths and english.

thats it
Ethan
"""

LEAFLET = [
    ("org", "London Borough of Kenwick - Local Offer"),
    ("title", "Preparing for your child's annual review: a guide for families"),
    (
        "p",
        "Every Education, Health and Care plan must be reviewed at least once a year. This leaflet explains what happens, who comes to the meeting and how you can prepare.",
    ),
    ("h", 2, "Before the meeting"),
    (
        "bul",
        [
            "The school will invite you at least two weeks before the meeting and send you any reports.",
            "You can bring someone with you, for example a friend or a worker from Kenwick SENDIASS (01632 960399).",
            "Think about what is going well and what you would like to change.",
        ],
    ),
    ("h", 2, "After the meeting"),
    (
        "p",
        "The local authority will write to you within four weeks of the meeting to tell you whether it will keep the plan as it is, change it or stop it.",
    ),
    (
        "small",
        "This leaflet is available in large print and other languages. Last reviewed March 2026.",
    ),
]

FORUM_NEWSLETTER = """Nethercote Parent Carer Forum - Autumn Newsletter 2026

Welcome back! This term we have three coffee mornings, a new dads' group and a
workshop on transition to secondary school.

Coffee mornings: 2nd Thursday of the month, 10am, The Hub, Wolverley Road.
Dads' group: first meeting 8 October, 7pm, online.
Workshop: "Moving up to Year 7 with an EHC plan" - 14 November, 10am - 12pm.

News from the council: the SEND Strategy consultation closes on 30 October. Please fill it
in - it only takes 10 minutes.

Contact us: hello@example.org | 01632 960615
"""

TRIP_LETTER = [
    ("org", "Holloway Lane Primary School"),
    ("p", "10 September 2026"),
    ("p", "Dear Parents and Carers of Year 5,"),
    (
        "p",
        "Year 5 will be visiting the Arrowdale Museum of Science on Wednesday 7 October. The coach will leave at 9.15am and return by 3pm. The cost is GBP 8.50, payable on the parent app by 30 September.",
    ),
    (
        "p",
        "Please send your child with a packed lunch in a disposable bag and a waterproof coat. If your child needs any adjustments for the trip, please speak to their class teacher.",
    ),
    ("sig", ["Many thanks", "Mrs Hollins", "Year 5 Team Leader"]),
]

DOCUMENTS: list[dict] = [
    dict(name="Noah AR record 060526.docx", kind="annual_review", blocks=AR_LONDON),
    dict(name="Canon iR-ADV C5535 20260312.pdf", kind="annual_review", text=AR_SCAN, ocr=True),
    dict(
        name="Interim review Ethan July.pdf",
        kind="annual_review",
        blocks=AR_INTERIM,
        accent="33691E",
    ),
    dict(
        name="Timeline for tribunal v2.docx", kind="parent_views", text=PARENT_TIMELINE, sans=True
    ),
    dict(name="parent views form Layla.pdf", kind="parent_views", blocks=PARENT_VIEWS_FORM),
    dict(name="notes for meeting.txt", kind="parent_views", text=DAD_NOTES),
    dict(
        name="Ayaan all about me.pdf",
        kind="child_views",
        blocks=CHILD_VIEWS_SCRIBED,
        accent="E65100",
    ),
    dict(
        name="my views.eml",
        kind="child_views",
        text=TEEN_EMAIL,
        headers=headers(
            "ethan.b2012 <ethan.b2012@example.org>",
            "d.halloran@example.org",
            "my views",
            "Sun, 20 Sep 2026 21:03:17 +0100",
        ),
    ),
    dict(
        name="Annual review guide for families.pdf", kind="other", blocks=LEAFLET, accent="0D47A1"
    ),
    dict(name="PCF newsletter autumn 2026.txt", kind="other", text=FORUM_NEWSLETTER),
    dict(name="Y5 museum trip.docx", kind="other", blocks=TRIP_LETTER),
]
