# ruff: noqa: E501
"""Plans of set Y: the island council's plans with a sidebar of labels, the new town's plan
with an outcomes grid, a limestone-valley plan behind a fax header, drafts behind a cover
sheet, in a forward and photographed. All invented."""

from __future__ import annotations

from document_kinds_y.common import (
    BRENT,
    BRENT_SMALL,
    CARROW,
    CARROW_SMALL,
    RIDGE,
    RIDGE_SMALL,
    forwarded,
    headers,
)


def carrow_plan(status_lines: list[str]) -> list:
    return [
        ("org", CARROW),
        ("small", CARROW_SMALL),
        ("title", "Education, Health and Care Plan"),
        (
            "kv",
            [
                ("Name", "Noah Penhallow"),
                ("Date of birth", "14 September 2016"),
                ("Home island", "Westerby, Isle of Carrow"),
                ("Plan coordinator", "Morwenna Tregear"),
            ]
            + [(a, b) for a, b in (s.split("|") for s in status_lines)],
            (45, 125),
        ),
        ("h", 2, "Section A: The views, interests and aspirations of Noah and his family"),
        (
            "p",
            "Noah likes the ferry, drawing boats and his dog Skipper. He says school is 'too loud at dinner'. His mum and dad want him to stay at Westerby Primary with his friends and to be able to read a bus timetable on his own by the time he leaves.",
        ),
        ("h", 2, "Section B: Special educational needs"),
        (
            "kv",
            [
                (
                    "Communication and interaction",
                    "Noah has a diagnosis of autism. He finds it hard to follow spoken instructions given to the whole class and to take turns in conversation.",
                ),
                (
                    "Cognition and learning",
                    "Noah's reading is about two years behind his age. His phonic knowledge is secure to phase 3 only.",
                ),
                (
                    "Social, emotional and mental health",
                    "Noah becomes distressed in noisy, crowded spaces and may run from the classroom.",
                ),
                ("Sensory and/or physical", "Noah is sensitive to noise and to touch."),
            ],
            (55, 115),
        ),
        ("h", 2, "Section C: Health needs"),
        ("p", "Autism spectrum condition (Carrow Island NHS Trust, 2023). No medication."),
        ("h", 2, "Section E: Outcomes"),
        (
            "bul",
            [
                "By the end of Key Stage 2 Noah will read and understand a simple timetable.",
                "By July 2027 Noah will tell an adult when he needs a break, using his card, on most occasions.",
            ],
        ),
        ("h", 2, "Section F: Special educational provision"),
        (
            "kv",
            [
                (
                    "Speech and language",
                    "A speech and language therapist will deliver 6 sessions of 45 minutes each term and set a programme delivered by a trained TA for 20 minutes three times a week.",
                ),
                ("Literacy", "Daily 1:1 structured phonics teaching, 20 minutes, by a trained TA."),
                (
                    "Emotional regulation",
                    "A quiet base to be available at all times; a movement break every 40 minutes.",
                ),
            ],
            (55, 115),
        ),
        ("h", 2, "Section G: Health provision"),
        ("p", "Annual review of Noah's sleep by the community paediatrician."),
        ("h", 2, "Section H1/H2: Social care provision"),
        ("p", "None identified at this time."),
        ("h", 2, "Section I: Placement"),
        ("p", "Westerby Primary School (mainstream)."),
        ("h", 2, "Section J: Personal budget"),
        ("p", "Not requested."),
        ("h", 2, "Section K: Advice and information"),
        (
            "bul",
            [
                "Parental advice, 2 October 2025",
                "Educational psychology advice, Dr Ianto Rowe, 3 November 2025",
                "Speech and language therapy advice, Carrow Island NHS Trust, 10 November 2025",
            ],
        ),
        (
            "sig",
            [
                "Signed on behalf of the Isle of Carrow Council:",
                "Morwenna Tregear, SEND Team Manager",
            ],
        ),
    ]


BRENT_FINAL = [
    ("org", BRENT),
    ("small", BRENT_SMALL),
    ("title", "EHC Plan - Isla-Mae Okonkwo"),
    (
        "small",
        "Date plan issued: 21 March 2025 | Review by: 21 March 2026 | Neighbourhood 6 Academy",
    ),
    ("h", 1, "Section A - About me"),
    (
        "p",
        "My name is Isla-Mae and I am 12. I love netball and baking with my nan. I don't like it when people talk fast and I can't keep up.",
    ),
    ("h", 1, "Section B - My special educational needs"),
    (
        "p",
        "Isla-Mae has a moderate bilateral sensorineural hearing loss and wears hearing aids. Her vocabulary and understanding of spoken language are well below age expectations. She tires quickly in lessons because of the effort of listening.",
    ),
    ("h", 1, "Section C - Health"),
    (
        "p",
        "Bilateral hearing aids, fitted by Brenthaven and District NHS Foundation Trust audiology.",
    ),
    ("h", 1, "Sections E and F - Outcomes and provision"),
    (
        "grid",
        [
            ["Outcome", "Provision", "Who", "How often"],
            [
                "Isla-Mae will follow a lesson with a radio aid and take notes with support by July 2026.",
                "Radio aid used in all lessons; pre-teaching of topic vocabulary",
                "Teacher of the Deaf and TA",
                "Visit monthly; pre-teaching 3 x 20 minutes weekly",
            ],
            [
                "Isla-Mae will explain a new word in her own words.",
                "Language programme set by SALT",
                "SALT and TA",
                "Termly SALT review; programme 3 x weekly",
            ],
        ],
        (45, 55, 35, 35),
    ),
    ("h", 1, "Section G - Health provision"),
    ("p", "Audiology review every six months."),
    ("h", 1, "Section H - Social care"),
    ("p", "No social care needs."),
    ("h", 1, "Section I - School"),
    ("p", "Neighbourhood 6 Academy, Brenthaven (mainstream secondary)."),
    ("h", 1, "Section J - Personal budget"),
    ("p", "None."),
    ("h", 1, "Section K - Advice"),
    (
        "p",
        "Advice from parents, Isla-Mae, the Sensory Support Service, the SALT service and the educational psychology service (list attached).",
    ),
    ("sig", ["Final plan", "Authorised by: Gbenga Afolabi, SEN Casework Manager, 21 March 2025"]),
]

RIDGE_FAXED = """FAX   FROM: Ridgeway Vale Council EHC Coordination   01632 960782   12/01/2026 09:14   P.001/006
TO: Coldstone Church of England Academy - SENCo

Ridgeway Vale Council
EHC Coordination Team, Limekiln House, Marlbridge MV3 9PL

EDUCATION, HEALTH AND CARE PLAN (AMENDED)
Final amended plan issued 9 January 2026 following annual review of 14 October 2025
Child: Keziah Marsh   DOB: 02/05/2013   Unique ref: RV-EHC-0519

Section A - Keziah's story
Keziah lives in Coldstone with her mum, her stepdad and two brothers. She loves horses and goes to a riding for the disabled group on Saturdays. She wants to work with animals.

Section B - Special educational needs
Cognition and learning: Keziah has a specific learning difficulty (dyslexia) and slow processing speed (below the 5th centile).
Social, emotional and mental health: Keziah has high anxiety about tests and has stopped attending maths lessons.

Section C - Health needs
None relevant to her education.

Section E - Outcomes
By the end of Year 11 Keziah will use assistive technology to read and write independently in all subjects.

Section F - Special educational provision
- 25% extra time and a reader in all assessments.
- Specialist dyslexia teaching, 1 hour a week in a group of no more than 3, by a teacher with an approved qualification.
- Weekly session of 30 minutes with the school's ELSA.

Section I - Placement
Coldstone Church of England Academy

Section K - Advice and information
Annual review report 14 October 2025; specialist teacher report 2 September 2025.

Signed: R. Whitcombe, EHC Coordinator, for and on behalf of Ridgeway Vale Council
"""

RIDGE_DRAFT_BLOCKS = [
    (
        "cover",
        [
            "Ridgeway Vale Council",
            "EHC Coordination Team",
            "DOCUMENT COVER SHEET",
            "Enclosed: 1 document (9 pages)",
            "For: Mr and Mrs Adeyemi-Lloyd",
            "Please read the enclosed carefully and return your comments within 15 days",
        ],
    ),
    ("org", RIDGE),
    ("small", RIDGE_SMALL),
    ("title", "Education, Health and Care Plan"),
    (
        "small",
        "Version for consultation - issued under regulation 13 of the SEND Regulations 2014 | 23 February 2026",
    ),
    (
        "kv",
        [
            ("Name", "Tobi Adeyemi-Lloyd"),
            ("Date of birth", "30/11/2019"),
            ("School", "Marlbridge Infant School"),
        ],
    ),
    ("h", 2, "Section A"),
    ("p", "Tobi is a cheerful six-year-old who loves dinosaurs and the sandpit."),
    ("h", 2, "Section B"),
    (
        "p",
        "Tobi has global developmental delay. He uses single words and some Makaton signs. He needs adult help for toileting and dressing.",
    ),
    ("h", 2, "Section F"),
    (
        "p",
        "Tobi will have access to adult support throughout the school day. [Hours to be confirmed following panel]",
    ),
    ("h", 2, "Section I"),
    ("p", "[Left blank in this version. Please tell us which school you would like to be named.]"),
    (
        "p",
        "You may request a meeting to discuss this plan. The plan will be finalised after we have considered your comments.",
    ),
]

ELLIS_DRAFT = """Section A - Ellis's views
Ellis says: "I want to go back to school but not to the big building."

Section B - Special educational needs
Ellis has a diagnosis of ADHD and an anxiety disorder. He has not attended school full time since October 2025. His literacy is in line with his age but he finds writing at length very difficult.

Section E - Outcomes
Ellis will attend school for three full days a week by the end of the summer term 2026.

Section F - Provision
A personalised timetable agreed with Ellis and his parents, reviewed fortnightly.
Key adult available at the start and end of each day.
Small-group teaching for English and maths (no more than 8 pupils).

Section I - Placement
To be determined.

This draft plan is issued under section 38 of the Children and Families Act 2014. You have 15 days to make representations about its content and to request a particular school be named."""

IMG_DRAFT = """DRAFT - NOT FOR CIRCULATION
Isle of Carrow Council - SEND Team

Education Health and Care Plan
Name: Lowri Quiller     DOB 8 June 2018
Version: proposed plan (draft 1) 4 December 2025

Section B - Special Educational Needs
Lowri has cerebral palsy (right hemiplegia). She has difficulty with fine motor tasks and needs support to record her work. She tires by the afternoon.

Section F - Special Educational Provision
Access to an occupational therapy programme as advised.
Adult support for recording in lessons.
Use of a laptop with predictive text.

Section I - Name and type of school
Saltinghaven Primary School (to be consulted)

Parents' comments on this draft to be returned by 19 December 2025.
"""

DOCUMENTS: list[dict] = [
    {
        "name": "Noah EHCP.pdf",
        "kind": "ehcp_final",
        "blocks": carrow_plan(["Status|Final plan", "Date issued|12 February 2026"]),
        "footer": "Isle of Carrow Council - EHC Plan - Noah Penhallow",
    },
    {
        "name": "Noah EHCP v2 FINAL.docx",
        "kind": "ehcp_draft",
        "blocks": carrow_plan(["Status|Draft for parental comment", "Comments by|9 January 2026"]),
        "watermark": "DRAFT",
    },
    {
        "name": "Isla-Mae plan 2025 OLD.docx",
        "kind": "ehcp_final",
        "blocks": BRENT_FINAL,
        "sans": True,
    },
    {
        "name": "SCN_0007.pdf",
        "kind": "ehcp_final",
        "text": RIDGE_FAXED,
        "ocr": True,
        "running": "12/01/2026 09:16  P.00",
    },
    {
        "name": "Tobi - paperwork from council.pdf",
        "kind": "ehcp_draft",
        "blocks": RIDGE_DRAFT_BLOCKS,
    },
    {
        "name": "Fwd_ Ellis - for Thursday.eml",
        "kind": "ehcp_draft",
        "headers": headers(
            "Gemma Hartigan <gemma.hartigan@example.org>",
            "Sarah Pengelly (SENDIASS) <s.pengelly@example.org>",
            "Fwd: Ellis - for Thursday",
            "Mon, 2 Mar 2026 21:40:11 +0000",
        ),
        "text": forwarded(
            "Hi Sarah, this is what they sent. They wouldn't attach it as a document so I've no idea what it's supposed to look like. Can we go through it on Thursday? Gemma",
            "Ridgeway Vale EHC Coordination <ehc.coordination@example.org>",
            "Fri, 27 Feb 2026 16:02",
            "Ellis Hartigan - draft EHC plan",
            "gemma.hartigan@example.org",
            "Dear Mrs Hartigan,\n\nPlease see below the draft education, health and care plan for Ellis.\n\n"
            + ELLIS_DRAFT
            + "\n\nKind regards\nPhilippa Moyle\nEHC Coordinator",
        ),
    },
    {"name": "IMG_5521.pdf", "kind": "ehcp_draft", "text": IMG_DRAFT, "ocr": 0.09},
    {
        "name": "Keziah plan Jan 2026.txt",
        "kind": "ehcp_final",
        "text": RIDGE_FAXED.split("\n", 2)[2],
    },
]
