# ruff: noqa: E501
"""Plans and reviews of the twelfth kind set: an Essex district's plan printed from a
supplier's portal with field labels, a Shropshire plan converted from a Statement of special
educational needs, a Northumberland plan with numbered sections, a plan photographed on a
phone; drafts "for parental comment"; annual review records from a Tyneside school, a
residential special school and a college. All invented."""

from __future__ import annotations

PORTAL_FINAL = [
    (
        "small",
        "EHC Hub | Stour and Colne District Council | Printed 03/02/2026 14:12 by parent user",
    ),
    ("title", "Education, Health and Care Plan"),
    (
        "kv",
        [
            ("Record ID", "SC-EHC-0048812"),
            ("Plan status", "Issued"),
            ("Plan type", "Final EHC Plan (amended)"),
            ("Date issued", "30/01/2026"),
            ("Child / young person", "Oscar Wheatley"),
            ("Date of birth", "11/06/2015"),
            ("Setting", "Brantham Mill Primary School"),
            ("Case officer", "Kirsty Aldous"),
        ],
    ),
    (
        "field",
        "Field: Section A - About me (views, interests and aspirations)",
        "Oscar likes trains, Minecraft and his dog Pickle. He wants to be a train driver. Mum says Oscar is happiest when he knows what is going to happen next.",
    ),
    (
        "field",
        "Field: Section B - Special educational needs > Communication and interaction",
        "Oscar has a diagnosis of autism (Child Development Centre, 2021). He finds it hard to follow spoken instructions given to the whole class and needs them broken into single steps.",
    ),
    (
        "field",
        "Field: Section B - Special educational needs > Cognition and learning",
        "Oscar's reading is around two years below his age. His working memory is in the low range (EP advice, Appendix K3).",
    ),
    (
        "field",
        "Field: Section B - Special educational needs > SEMH",
        "Oscar becomes distressed at transitions and in the lunch hall; this can lead to him running out of class.",
    ),
    (
        "field",
        "Field: Section C - Health needs",
        "Under the paediatric neurology clinic for absence seizures; takes sodium valproate.",
    ),
    ("field", "Field: Section D - Social care needs", "No identified needs at this time."),
    (
        "field",
        "Field: Section E - Outcomes",
        "By the end of Key Stage 2 Oscar will follow a two-step instruction given to a group without adult repetition.",
    ),
    (
        "field",
        "Field: Section F - Special educational provision",
        "Teaching assistant support in class for 25 hours each week, trained in autism awareness.\nSpeech and language therapy: 6 sessions of 30 minutes each term delivered by a speech and language therapist, with a programme carried out by the TA three times a week for 15 minutes.\nA precision teaching reading programme, 10 minutes daily, 1:1.",
    ),
    (
        "field",
        "Field: Section G - Health provision",
        "Annual review at the paediatric neurology clinic. Seizure care plan held by the school.",
    ),
    ("field", "Field: Section H1 / H2 - Social care provision", "None."),
    ("field", "Field: Section I - Placement", "Brantham Mill Primary School (mainstream academy)"),
    ("field", "Field: Section J - Personal budget", "Not requested."),
    (
        "field",
        "Field: Section K - Advice and information",
        "K1 Parent views; K2 School advice; K3 EP advice (Dr S. Cattermole); K4 SALT advice; K5 Medical advice.",
    ),
    (
        "small",
        "This document was generated from EHC Hub. Only the issued version is the legal document. Page 1 of 1",
    ),
]

CONVERTED = [
    ("org", "Wrekin Marches Council\nSpecial Educational Needs Team, Abbey Foregate Offices"),
    ("title", "EDUCATION, HEALTH AND CARE PLAN"),
    (
        "p",
        "This plan was first made on 3 November 2017 following a transfer review of the Statement of Special Educational Needs dated 14 March 2013 (last amended 9 May 2016), under the Children and Families Act 2014 (Transitional and Saving Provisions) Order. It was amended following the annual review on 24 June 2025. Headings show the part of the Statement each section replaced.",
    ),
    (
        "kv",
        [
            ("Name", "Harriet Bebb"),
            ("Date of birth", "2 August 2008"),
            ("Date of this plan", "17 October 2025"),
            ("Status", "Final"),
            ("Statement reference", "WM/ST/2013/0871"),
        ],
    ),
    ("b", "Contents"),
    (
        "p",
        "Part 1 Introduction and views (Section A)\nPart 2 Needs (Sections B, C, D)\nPart 3 Outcomes (Section E)\nPart 4 Provision (Sections F, G, H1, H2)\nPart 5 Placement and personal budget (Sections I, J)\nAppendices (Section K)",
    ),
    ("pb",),
    ("h", 2, "Part 1 (was Part 1 of the Statement) - Introduction and views"),
    (
        "p",
        "Harriet is 17 and studies at Severnside College on an Entry 3 course. She says: 'I want to work in a cafe and live with my friend one day.' Her mother says Harriet has grown in confidence since leaving school but still needs help with money, time and travel.",
    ),
    ("h", 2, "Section B - Special educational needs (was Part 2)"),
    ("b", "Cognition and learning"),
    (
        "p",
        "Harriet has a moderate learning difficulty. Her reading age is around 9 years and she can add and subtract money to £10 with a calculator. She needs new skills taught in small steps with lots of repetition.",
    ),
    ("b", "Sensory"),
    (
        "p",
        "Harriet has a bilateral moderate hearing loss and wears two hearing aids. She misses information in noisy rooms and in group discussion, and sometimes pretends to understand.",
    ),
    ("b", "Social, emotional and mental health"),
    (
        "p",
        "Harriet becomes anxious when plans change and can withdraw. She has one close friend at college.",
    ),
    ("h", 2, "Section C - Health needs"),
    ("p", "Hearing impairment, reviewed by Princess Royal Hospital audiology."),
    ("h", 2, "Section D - Social care needs"),
    (
        "p",
        "Harriet is not known to adult social care. A transition assessment is due at 17 and a half.",
    ),
    ("h", 2, "Section E - Outcomes (was not in the Statement)"),
    (
        "grid",
        [
            ["Outcome", "By when", "Steps"],
            [
                "Travel independently by bus from home to college",
                "July 2027",
                "Travel training; practise the route with the tutor",
            ],
            ["Budget for a week's lunches", "July 2026", "Use a money app with LSA support"],
            [
                "Complete a work placement in a cafe",
                "July 2027",
                "Placement with a job coach, one day a week",
            ],
        ],
        [0.45, 0.15, 0.4],
    ),
    ("h", 2, "Section F - Special educational provision (was Part 3)"),
    (
        "bul",
        [
            "Learning support assistant in all maths and English sessions (6 hours a week).",
            "Radio aid provided and checked daily by the LSA; termly visit from the Qualified Teacher of the Deaf.",
            "Travel training by the college's independence tutor, 1 hour a week for two terms.",
            "A job coach for her supported work placement, one day a week from September 2026.",
        ],
    ),
    ("h", 2, "Section G - Health provision"),
    ("p", "Audiology review every 6 months (Princess Royal Hospital)."),
    ("h", 2, "Sections H1 and H2 - Social care provision"),
    ("p", "None at present."),
    ("h", 2, "Section I - Placement (was Part 4)"),
    ("p", "Severnside College (general further education college)."),
    ("h", 2, "Section J - Personal budget"),
    ("p", "Not requested."),
    ("h", 2, "Section K - Advice and information"),
    (
        "p",
        "The advice used for the transfer review: the Statement and its appendices (2013); college review report (June 2025); Qualified Teacher of the Deaf report (May 2025); parent's and Harriet's views (June 2025).",
    ),
    ("sig", ["Signed on behalf of Wrekin Marches Council", "Gareth Pugh, SEN Team Manager"]),
]

NUMBERED_FINAL = """ALLENDALE COUNTY COUNCIL
Education, Health and Care Plan for Freya Robson
Plan issued: 22 April 2026   Review due: April 2027

Section 1  All about me
I like horses and drawing. I do not like loud hand dryers. I want to be a vet.
(Freya's views, recorded by her TA)

Section 2  My special educational needs
2.1 Freya has developmental coordination disorder (dyspraxia) and difficulties with attention.
2.2 Her handwriting is slow and effortful; she fatigues after 10 minutes of writing.
2.3 Freya finds it hard to organise herself and her belongings.

Section 3  My health needs
3.1 Freya is seen by the paediatric neurology clinic at Tyneside Royal Infirmary (tics).

Section 4  My social care needs
None identified.

Section 5  Outcomes
5.1 By July 2027 Freya will touch-type at 15 words a minute.

Section 6  Special educational provision
6.1 Touch-typing programme 15 minutes daily with a TA.
6.2 Occupational therapy programme designed by an OT, reviewed each term, delivered 3 x 20 minutes a week.
6.3 A laptop for extended writing in all lessons.

Section 7  Health provision
7.1 Neurology review yearly.

Section 8  Social care provision
None.

Section 9  School or other institution
Hexley Burn Middle School, mainstream.

Section 10  Personal budget
None.

Section 11  Advice received
Educational psychology (Mar 2026); Occupational therapy (Feb 2026); Paediatric neurology (Jan 2026); School (Feb 2026); Parents (Feb 2026).

This is the final plan. If you disagree with sections 2, 6 or 9 you can appeal.
"""

PHOTO_FINAL = """Lugg Valley Council
EDUCATION HEALTH AND CARE PLAN - FINAL
Name: Kacper Nowak DOB: 19.01.2013
Date finalised: 06/03/2026

Section B: Special Educational Needs
Kacper has severe speech sound disorder and developmental language disorder. He is understood by familiar adults only. His vocabulary is well below that of his peers.

Section F: Special Educational Provision
Direct speech and language therapy from an NHS SLT, 30 minutes weekly in term time.
Daily 15-minute vocabulary session with a trained TA using the Word Aware approach.
Small group (max 4) literacy intervention 4 x 30 minutes a week.

Section I: Placement
Kington Road Academy (secondary, mainstream).

Signed: A. Price, SEND Casework Officer (Lugg Valley Council)
"""

DRAFT_PARENTAL = [
    ("org", "East Deben Council - SEND Service"),
    ("title", "Education, Health and Care Plan"),
    ("b", "DRAFT FOR PARENTAL COMMENT - NOT FOR CIRCULATION"),
    (
        "p",
        "You have 15 calendar days from the date this draft was sent (9 June 2026) to tell us your views and to ask for a particular school to be named.",
    ),
    (
        "kv",
        [
            ("Name", "Ruby Mayhew"),
            ("DOB", "30/11/2019"),
            ("Current setting", "Wickham Lodge Infant School"),
        ],
    ),
    ("h", 2, "Section A: Views, interests and aspirations"),
    (
        "p",
        "Ruby loves singing and bubbles. Her parents hope she will make friends and learn to talk in sentences.",
    ),
    ("h", 2, "Section B: Special educational needs"),
    (
        "p",
        "Ruby has Down syndrome. Her receptive language is stronger than her expressive language; she uses Makaton signs and single words.",
    ),
    ("h", 2, "Section F: Special educational provision"),
    (
        "bul",
        [
            "Adult support throughout the school day.",
            "Access to speech and language therapy advice.",
            "Opportunities to practise signing with peers.",
        ],
    ),
    ("h", 2, "Section I: Placement"),
    ("p", "[To be completed when the plan is finalised]"),
]

DRAFT_AMENDED = [
    ("org", "Lugg Valley Council\nChildren and Young People's Directorate"),
    ("title", "Proposed amended EHC Plan (draft)"),
    (
        "p",
        "Following the annual review held on 12 May 2026. Amended text shown in bold in the original; please send comments within 15 days.",
    ),
    (
        "kv",
        [
            ("Young person", "Ellis Prosser"),
            ("Year group", "Year 9"),
            ("Version", "Draft 2 for consultation"),
        ],
    ),
    ("h", 2, "Section B"),
    (
        "p",
        "Ellis has a specific learning difficulty (dyslexia) and anxiety that has increased since the move to secondary school. He has missed 30% of sessions this year.",
    ),
    ("h", 2, "Section E - Preparing for adulthood"),
    ("p", "By Year 11 Ellis will choose a post-16 course after two college taster days."),
    ("h", 2, "Section F"),
    (
        "bul",
        [
            "Specialist dyslexia teaching 1:1, 2 x 45 minutes a week.",
            "A key adult check-in at the start of each day (10 minutes).",
            "A reduced timetable for up to six weeks, reviewed fortnightly by the SENCo.",
        ],
    ),
    ("h", 2, "Section I"),
    ("p", "Leominster Priory High School (no change proposed)."),
]

DRAFT_TXT = """----- Stour and Colne District Council : EHC Hub export -----
Record: SC-EHC-0051270
Plan status: DRAFT (awaiting parental comments)   Sent to parent: 02/07/2026
Child: Alfie Goodchild   DOB: 05/05/2017

SECTION B - NEEDS
Alfie has social, emotional and mental health needs linked to early trauma. He is a looked after child (Essex placement). He can hit out when adults say no.

SECTION F - PROVISION
Alfie will have a trauma-informed key adult for 1 hour a day.
Emotional literacy support (ELSA) sessions, 1 x 30 minutes weekly.

SECTION I - PLACEMENT
Not named in draft.
-----------------------------------------------------------------
"""

DRAFT_SCAN = """Allendale County Council
Education, Health and Care Plan                      DRAFT
Issued in draft: 14 January 2026 - please return comments by 29 January 2026

Name: Noah Charlton    Date of birth: 03/09/2012

Section B: Special Educational Needs
Noah has a diagnosis of autism and a severe learning disability. He communicates using a small number of symbols and vocalisations.

Section F: Special Educational Provision
A high staff ratio (1:2) throughout the day in a class of no more than 8.
Speech and language therapy programme, reviewed termly by an SLT.
Intensive interaction sessions daily.

Section I: Placement
The local authority will name a school in the final plan after consultation.
"""

AR_TYNESIDE = [
    ("org", "Tyneside Borough Council - Annual Review of an EHC Plan"),
    ("title", "Annual Review Meeting Record"),
    (
        "kv",
        [
            ("Child", "Lily-Mae Dodds"),
            ("School", "Wallsend Quay Primary"),
            ("Date of meeting", "4 March 2026"),
            ("Chaired by", "Mrs J. Armstrong, SENCo"),
            ("Attended", "Mum, class teacher, EP (Mr Heslop), SALT (apologies)"),
        ],
    ),
    ("h", 2, "Progress towards outcomes"),
    (
        "grid",
        [
            ["Outcome", "Progress", "Comment"],
            ["Read 100 high frequency words", "Achieved", "Now reads 140"],
            ["Join in playground games", "Partly", "Needs adult to start the game"],
        ],
        [0.4, 0.2, 0.4],
    ),
    ("h", 2, "What has changed"),
    (
        "p",
        "Lily-Mae has a new diagnosis of ADHD (March 2026). Mum is worried about the move to Year 5.",
    ),
    ("h", 2, "Recommendation to the local authority"),
    (
        "p",
        "The meeting recommends that the plan is amended: Section B to add ADHD; Section F to add a movement break programme.",
    ),
    (
        "p",
        "The local authority will write to you within 4 weeks of this meeting to say what it has decided.",
    ),
]

AR_RESIDENTIAL = """HOLLY BANK SCHOOL (residential special school, Church Stretton)
ANNUAL REVIEW REPORT AND TERMLY SUMMARY - SPRING 2026
Pupil: Toby Marsh   Placing authority: Wrekin Marches Council   Review date: 19/03/2026

1. Purpose
This report is for Toby's annual review of his EHC plan and replaces the spring termly report.

2. Education
Toby has made steady progress in English (P-scale equivalent now Entry 1). He is reading CVC words.

3. Residential (24-hour curriculum)
Toby stays four nights a week. He now showers with prompts only and has joined the Tuesday cooking club.

4. Therapies
SALT weekly group; OT sensory diet reviewed in January.

5. Views
Toby: "I like my room. I miss Mum on Wednesdays."
Parents: happy with progress; would like more contact on Wednesday evenings.

6. Recommendations for the plan
No change to Section I. Update Section F to reflect 38-week residential placement with weekend home visits.
Outcomes for next year agreed at the meeting (see attached).

Signed: R. Lloyd, Head of Care, and S. Vaughan, Deputy Head (Education)
"""

AR_COLLEGE = [
    ("org", "Colne Estuary College - High Needs Team"),
    ("title", "EHCP Annual Review - Post 16"),
    ("p", "Section 1: Learner details"),
    (
        "kv",
        [
            ("Learner", "Jayden Pettitt"),
            ("Course", "Level 1 Motor Vehicle"),
            ("Date", "21/05/2026"),
            ("Next phase", "Level 2 or apprenticeship"),
        ],
    ),
    (
        "p",
        "Section 2: Learner's views - I like the workshop. I don't like English. I want an apprenticeship at a garage.",
    ),
    (
        "p",
        "Section 3: Progress against EHCP outcomes - Outcome 1 (manage his time in the workshop) met. Outcome 2 (Functional Skills English Entry 3) not met.",
    ),
    (
        "p",
        "Section 4: Preparing for adulthood - employment: work placement at Mistley Motors two days; independent living: Jayden cooks one meal a week; community: plays for a football team.",
    ),
    (
        "p",
        "Section 5: Agreed changes to the EHCP - Section F to include 2 hours per week of literacy support in vocational context. Section I - Colne Estuary College for 2026/27.",
    ),
    ("p", "Review paperwork to be sent to the local authority within two weeks of the meeting."),
]

AR_SCAN = """Stour and Colne District Council
EHC PLAN REVIEW - Record of the review meeting (Form AR2)
Child: Isla Button      School: Long Melford C of E Primary
Date of review: 27 November 2025

Views of the child
Isla said she likes her new teacher and the nurture group at lunchtime.

Views of the parents
Mum said the plan does not say how much speech and language therapy Isla gets. She asked for this to be in hours.

Advice and information received
SALT report Oct 2025; school report; hearing support service annual report.

Summary of discussion
Isla has moved up a reading book band. Attendance 96%.

Recommendations
Amend plan: Section F speech and language therapy to be quantified. Continue placement.

Signed (chair) ..................... H. Pryke   Date 27/11/25
"""

DOCUMENTS: list[dict] = [
    {
        "name": "EHC Hub print - Oscar plan.pdf",
        "kind": "ehcp_final",
        "blocks": PORTAL_FINAL,
        "sans": True,
    },
    {
        "name": "Harriet EHCP (transfer from statement).docx",
        "kind": "ehcp_final",
        "blocks": CONVERTED,
    },
    {"name": "Freya plan April 2026.txt", "kind": "ehcp_final", "text": NUMBERED_FINAL},
    {"name": "IMG_20260307_093344.pdf", "kind": "ehcp_final", "text": PHOTO_FINAL, "ocr": 0.09},
    {
        "name": "Ruby draft plan.pdf",
        "kind": "ehcp_draft",
        "blocks": DRAFT_PARENTAL,
        "watermark": "DRAFT",
    },
    {
        "name": "Ellis proposed amended plan draft 2.docx",
        "kind": "ehcp_draft",
        "blocks": DRAFT_AMENDED,
    },
    {
        "name": "ehc_hub_export_SC-EHC-0051270.txt",
        "kind": "ehcp_draft",
        "text": DRAFT_TXT,
        "crlf": True,
    },
    {
        "name": "Scan_0114.pdf",
        "kind": "ehcp_draft",
        "text": DRAFT_SCAN,
        "ocr": True,
        "running": "Allendale County Council - DRAFT",
    },
    {"name": "Lily-Mae annual review record.docx", "kind": "annual_review", "blocks": AR_TYNESIDE},
    {
        "name": "Toby HBS annual review spring 26.txt",
        "kind": "annual_review",
        "text": AR_RESIDENTIAL,
    },
    {"name": "Jayden AR post16.pdf", "kind": "annual_review", "blocks": AR_COLLEGE},
    {"name": "doc04412820251128.pdf", "kind": "annual_review", "text": AR_SCAN, "ocr": True},
]
