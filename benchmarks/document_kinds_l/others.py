# ruff: noqa: E501
"""Views and other papers of the twelfth kind set: a parent's timeline, a parent's views for
Section A, a mother's notes typed on her phone, a father's witness statement; a young
person's own letter, a child's "all about me" booklet, a young person's views for a review;
a council's panel decision minutes, a tribunal bundle's index pages, a hearing support
service's annual report on a pupil, a virtual school's personal education plan, a child in
need plan and a council's transport policy letter. All invented."""

from __future__ import annotations

TIMELINE = """Timeline - Lucas (for appeal)

Sept 2021 - Reception teacher says Lucas not learning letter sounds, "give him time"
Jun 2022 - end of Y1, failed phonics screening (score 12)
Nov 2022 - I asked school to test for dyslexia. Told they don't diagnose.
Mar 2023 - SEN support plan no 1 (reading group 3x week)
Jun 2023 - failed phonics re-check
Jan 2025 - 1st fixed term exclusion (threw chair)
Feb 2025 - paid for private dyslexia assessment - severe dyslexia
Oct 2025 - 2nd exclusion. School says they have run out of money for his TA
25 Mar 2026 - I sent EHCNA request to council
6 May 2026 - refusal letter
18 Jun 2026 - mediation, LA would not change its mind
2 Jul 2026 - appeal sent (SEND35a)

Things to mention: he says he is stupid; stomach aches on Sunday nights; school rings me to collect him most weeks.
"""

PARENT_A = [
    ("title", "Parent and carer views (Section A) - Mason Nesbitt"),
    ("p", "Completed by: Carly Nesbitt (mum), February 2026"),
    (
        "field",
        "What is Mason like? What does he enjoy?",
        "Mason is a loving boy who loves water, buses and his big sister. He laughs all the time when we go to Tynemouth beach.",
    ),
    (
        "field",
        "What are you worried about?",
        "He cannot tell me if he is hurt or what happened at school. He gets very frustrated and bangs his head.",
    ),
    (
        "field",
        "What support do you think Mason needs?",
        "He needs someone with him all day who understands him and can use pictures and signs. I think he needs a special school.",
    ),
    (
        "field",
        "What are your hopes for Mason's future?",
        "That he can talk to me and that he has friends and is happy.",
    ),
]

PHONE_NOTES = """notes for review thurs

- ask why SALT only once a term now??
- Isla still cant follow 2 step instructions at home
- nurture group working - she goes in happy
- ask about hearing aid checks, batteries keep running out at school
- Y5 teacher - will she have same TA
- dont forget to say about swimming, she was left out
"""

FATHER_STATEMENT = [
    ("title", "Witness statement of Daniel Frost"),
    (
        "p",
        "In the First-tier Tribunal (Special Educational Needs and Disability). Appeal EH935/26/00788.",
    ),
    (
        "np",
        "1.",
        "I am Lucas's father and the appellant. I make this statement in support of my appeal against the local authority's refusal to assess.",
    ),
    (
        "np",
        "2.",
        "Lucas is now 9. He cannot read a simple book. At home he refuses homework and says he is stupid.",
    ),
    (
        "np",
        "3.",
        "Since January 2025 the school has called me to collect him early 23 times. I have had to reduce my hours at work.",
    ),
    ("np", "4.", "The school told me in October 2025 that they could not afford his TA any more."),
    (
        "np",
        "5.",
        "I believe Lucas needs an EHC needs assessment so his needs are properly understood.",
    ),
    ("p", "Statement of truth: I believe the facts stated in this witness statement are true."),
    ("sig", ["Signed: D. Frost", "Dated: 20 August 2026"]),
]

YP_LETTER = """To the Tribunal Judge

My name is Bethan Price and I am 19. I am writing this letter myself.

I want to keep my EHC plan. The council says I dont need it because I have a job at the garden centre. But I only have the job because my college helped me with a job coach. My job is 30 hours but I want to go back to college two days a week to do my Level 1 in horticulture.

Without my plan I wont get the support with reading and with money. I get confused with my timesheet and my boss is kind but she is busy.

Please let me keep my plan.

From Bethan
"""

ALL_ABOUT_ME = [
    ("title", "All About Me"),
    ("p", "My name is Oscar. I am 10."),
    ("field", "Things I like", "trains, Minecraft, my dog Pickle, chicken nuggets"),
    (
        "field",
        "Things I don't like",
        "the dinner hall because it is loud, when the teacher shouts, PE changing",
    ),
    ("field", "What helps me", "my ear defenders, knowing what is next, Mrs Kemp"),
    ("field", "What I want to be", "a train driver on the Norwich line"),
    ("field", "My worries", "going to big school"),
    ("p", "(Oscar wrote this with Mrs Kemp, his TA, on 12 January 2026.)"),
]

YP_VIEWS_AR = [
    ("title", "My views for my review - Jayden Pettitt"),
    (
        "p",
        "What's going well: The workshop. I got my first brake job right. I get on with my tutor.",
    ),
    (
        "p",
        "What's not going well: English. The room is too noisy and I can't concentrate. I don't like being taken out of the group.",
    ),
    ("p", "What I want next year: Level 2 or an apprenticeship. I want to pass my driving test."),
    (
        "p",
        "What help I want: help with reading the theory questions. Somebody to check my emails for spelling before I send them to employers.",
    ),
    ("p", "Signed: Jayden  (typed by me)"),
]

PANEL_MINUTES = [
    ("org", "Tyneside Borough Council"),
    ("title", "SEND Multi-Agency Decision Panel - Minutes"),
    (
        "p",
        "Date: 26 January 2026. Chair: Head of SEND. Present: EP (Principal), Designated Clinical Officer, Social Care Team Manager, two head teachers, SEND casework manager. Minutes: L. Charlton.",
    ),
    (
        "table",
        [
            ["Case", "Request", "Discussion", "Decision"],
            [
                "22917 M.N. (Y2)",
                "EHCNA, parent request",
                "Significant delay across all areas; SALT involved; school has APDR evidence over 18 months.",
                "AGREE to assess. Notify parent within 6 weeks.",
            ],
            [
                "22930 R.T. (Y7)",
                "EHCNA, school request",
                "Attendance 54%. No EP involvement yet. Early Help open.",
                "DECLINE. Advice to school: EP consultation.",
            ],
            [
                "21884 S.W. (Y10)",
                "Issue plan after assessment",
                "Advice agreed; needs beyond ordinarily available.",
                "ISSUE draft plan.",
            ],
        ],
        {"widths": [0.15, 0.2, 0.4, 0.25]},
    ),
    ("p", "Actions: casework officers to send decision letters within 5 working days of panel."),
    (
        "small",
        "OFFICIAL - SENSITIVE. Disclosed to the parent under a subject access request, 4 August 2026.",
    ),
]

BUNDLE_INDEX = [
    (
        "org",
        "IN THE FIRST-TIER TRIBUNAL (HEALTH, EDUCATION AND SOCIAL CARE CHAMBER)\nSPECIAL EDUCATIONAL NEEDS AND DISABILITY",
    ),
    ("p", "EH931/26/00412   Sarah Hodgson v Allendale County Council"),
    ("title", "HEARING BUNDLE - INDEX"),
    (
        "table",
        [
            ["Section", "Document", "Date", "Pages"],
            ["A", "SEND35 notice of appeal and reasons", "10/06/2026", "A1-A9"],
            ["A", "Decision letter", "10/04/2026", "A10-A11"],
            ["A", "Mediation certificate", "04/06/2026", "A12"],
            ["B", "Tribunal directions (registration)", "16/06/2026", "B1-B3"],
            ["C", "Local authority response", "27/07/2026", "C1-C14"],
            ["D", "Final EHC plan and appendices", "10/04/2026", "D1-D96"],
            ["E", "Appellant's evidence: OT report (Tait)", "18/01/2026", "E1-E15"],
            ["E", "Appellant's evidence: SLT report (Shield)", "20/08/2026", "E16-E28"],
            ["F", "LA evidence: school report", "01/09/2026", "F1-F6"],
            ["G", "Working document", "08/09/2026", "G1-G18"],
        ],
        {"widths": [0.1, 0.5, 0.2, 0.2]},
    ),
    (
        "p",
        "Prepared by Allendale County Council Legal Services, 15 September 2026. Total pages: 196.",
    ),
]

HEARING_SUPPORT = [
    ("org", "Stour and Colne Sensory Support Service\nHearing Support Team"),
    ("title", "Annual report - pupil with hearing impairment"),
    (
        "kv",
        [
            ("Pupil", "Isla Button"),
            ("School", "Long Melford C of E Primary"),
            ("Teacher of the Deaf", "Mrs Fiona Laing, QToD"),
            ("Academic year", "2024-25"),
        ],
    ),
    (
        "p",
        "Isla has a moderate bilateral sensorineural hearing loss and wears hearing aids. A radio aid was issued in March 2025.",
    ),
    (
        "p",
        "Visits this year: 6 (half-termly). Checks of equipment: the hearing aid batteries are not always changed; staff were shown again.",
    ),
    (
        "p",
        "Listening: in the classroom with the radio aid Isla scores 86% on a sentence test; without it, 52%.",
    ),
    (
        "p",
        "Advice: continue radio aid use in all lessons; pre-teach vocabulary; seat Isla near the teacher; QToD visits half-termly next year.",
    ),
    ("sig", ["Fiona Laing", "Qualified Teacher of the Deaf"]),
]

PEP = [
    ("org", "Essex Coast Virtual School for Children in Care"),
    ("title", "Personal Education Plan (PEP) - Spring 2026"),
    (
        "kv",
        [
            ("Child", "Alfie Goodchild"),
            ("Legal status", "Section 31 care order"),
            ("Placement", "Foster care (Stour and Colne)"),
            ("Designated teacher", "Mrs H. Norman"),
            ("Social worker", "Tariq Bhatti"),
            ("Virtual school adviser", "Lorna Sherwood"),
        ],
    ),
    ("h", 2, "Part 1: Education history and current provision"),
    (
        "p",
        "Alfie has attended three schools. He is at SEN support; an EHC needs assessment is under way.",
    ),
    ("h", 2, "Part 2: SMART targets for this term"),
    (
        "grid",
        [
            ["Target", "Action", "Pupil premium plus (£)"],
            ["Read Year 3 book band fluently", "1:1 reading 3 x week", "600"],
            ["Use his calm box before leaving class", "ELSA weekly", "450"],
        ],
        [0.4, 0.35, 0.25],
    ),
    ("h", 2, "Part 3: Child's views"),
    ("p", "'I like Mrs Norman. I want to do football club.'"),
    ("p", "Next PEP meeting: June 2026."),
]

CIN_PLAN = """Wrekin Marches Council - Children's Social Care
CHILD IN NEED PLAN

Child: Toby Marsh   DOB 17/09/2011   Social worker: Hannah Cadwallader
Date of CIN review: 10 February 2026

Why we are involved: Toby is a disabled child (cerebral palsy, learning disability) in a residential school 38 weeks a year. His mother is a single parent with her own health needs.

What needs to happen:
1. Short breaks in school holidays: 10 nights a year at Severn Lodge - social worker - by April 2026.
2. Carer's assessment for Mrs Marsh - by March 2026.
3. Adaptations at home (ramp, hoist) - OT referral made.

Next review: August 2026.
"""

TRANSPORT = """Lugg Valley Council - Home to School Transport

16 July 2026

Dear Parent/Carer,

Post-16 transport policy statement 2026/27

This letter explains the council's arrangements for students aged 16-18 with SEND travelling to school or college from September 2026. Eligible students will be offered a travel pass or a personal transport budget of 45p per mile. There is an annual contribution of £650.

Applications must be made online by 31 August 2026. Having an EHC plan does not by itself mean a student is eligible.

Travel Assistance Team
"""

DOCUMENTS: list[dict] = [
    {"name": "timeline lucas.txt", "kind": "parent_views", "text": TIMELINE},
    {"name": "Parent views Mason.docx", "kind": "parent_views", "blocks": PARENT_A},
    {"name": "Note 24 Nov.txt", "kind": "parent_views", "text": PHONE_NOTES},
    {"name": "Witness statement D Frost.pdf", "kind": "parent_views", "blocks": FATHER_STATEMENT},
    {"name": "my letter.txt", "kind": "child_views", "text": YP_LETTER},
    {"name": "All about me Oscar.pdf", "kind": "child_views", "blocks": ALL_ABOUT_ME, "sans": True},
    {"name": "Jayden views.docx", "kind": "child_views", "blocks": YP_VIEWS_AR},
    {
        "name": "SAR disclosure - panel minutes 26.01.26.pdf",
        "kind": "other",
        "blocks": PANEL_MINUTES,
    },
    {"name": "Bundle index.pdf", "kind": "other", "blocks": BUNDLE_INDEX},
    {"name": "HI annual report Isla 2025.docx", "kind": "other", "blocks": HEARING_SUPPORT},
    {"name": "PEP spring 2026 Alfie.pdf", "kind": "other", "blocks": PEP},
    {"name": "CIN plan Feb 26.txt", "kind": "other", "text": CIN_PLAN},
    {"name": "transport letter.pdf", "kind": "correspondence", "text": TRANSPORT},
]
