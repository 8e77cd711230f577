# ruff: noqa: E501
"""Plans of set X, final and draft: an island council's plan with a cover sheet and every
section in a shaded sidebar table; a new town's outcome-led plan (each outcome with the
needs and provision under it); a mill-valley borough's plan that came through a fax
machine; an amended final plan saved as "draft"; a portal's e-mail with the final plan
pasted in; drafts behind a watermark, a compliments slip, a forward to a therapist and a
file named "final". All invented."""

from __future__ import annotations

from document_kinds_x.common import (
    KESTREL,
    KESTREL_SMALL,
    WENDLE,
    WENDLE_SMALL,
    headers,
)

W = [0.26, 0.74]

# --- final plans ----------------------------------------------------------------------------

WENDLE_FINAL = [
    (
        "cover",
        [
            WENDLE,
            "Education, Health and Care Plan",
            "Tegan Marsh-Oyelaran",
            "Date of birth: 19 August 2017",
            "Plan issued: 3 June 2026",
            "Plan coordinator: Rhys Penmorvah",
        ],
    ),
    ("org", WENDLE),
    ("small", WENDLE_SMALL),
    ("title", "Education, Health and Care Plan for Tegan Marsh-Oyelaran"),
    (
        "kv",
        [
            ("Name", "Tegan Marsh-Oyelaran"),
            ("Date of birth", "19/08/2017"),
            ("Home address", "4 Lifeboat Terrace, Undercliff, Isle of Wendle WN6 2RS"),
            ("Parents", "Gemma Marsh and Femi Oyelaran"),
            ("Setting", "Undercliff Church of England Primary School (Year 4)"),
            ("Status", "FINAL - issued under section 39 of the Children and Families Act 2014"),
        ],
        W,
    ),
    ("band", "Section A: The views, interests and aspirations of the child and her parents."),
    (
        "p",
        "Tegan loves the beach huts at Undercliff, drawing lighthouses and her dog Pebble. She says school is 'too loud at dinner time' and that she likes it when her teacher tells her what is happening next. Gemma and Femi would like Tegan to have friends she can rely on and to be able to stay in class all afternoon.",
    ),
    ("band", "Section B: The child's special educational needs."),
    (
        "kv",
        [
            (
                "Communication and interaction",
                "Tegan has a diagnosis of autism (Isle of Wendle Child Development Team, November 2024). She takes language literally, finds group conversation hard to follow and needs extra time to process spoken instructions.",
            ),
            (
                "Social, emotional and mental health",
                "Tegan becomes highly anxious at transitions and when routines change without warning. Anxiety shows as hiding under tables, refusing to enter the hall and, at home, meltdowns after school.",
            ),
            (
                "Sensory and physical",
                "Tegan is over-sensitive to noise and to being touched unexpectedly. She has joint hypermobility, tires when writing and her handwriting is slow.",
            ),
            (
                "Cognition and learning",
                "Tegan's reading is in line with her age; her written work is about two years behind because of the effort of handwriting.",
            ),
        ],
        W,
    ),
    ("band", "Section C: The child's health needs which relate to her special educational needs."),
    (
        "p",
        "Joint hypermobility (Isle of Wendle Healthcare NHS Trust physiotherapy, 2025). No medication.",
    ),
    (
        "band",
        "Section D: The child's social care needs which relate to her special educational needs or disability.",
    ),
    ("p", "No social care needs identified at this time."),
    ("band", "Section E: The outcomes sought for the child."),
    (
        "kv",
        [
            (
                "By the end of Key Stage 2",
                "Tegan will join in a small-group lesson for the whole session on four days out of five, using her visual timetable.",
            ),
            (
                "By July 2027",
                "Tegan will tell an adult when she feels worried, using her feelings scale, before it becomes a meltdown.",
            ),
            ("By July 2027", "Tegan will record a paragraph of her own ideas using a laptop."),
        ],
        W,
    ),
    ("band", "Section F: The special educational provision required by the child."),
    (
        "kv",
        [
            (
                "Communication",
                "Speech and language therapy programme written by the Island SLT service, reviewed each term; delivered by a trained teaching assistant for 20 minutes three times a week.",
            ),
            (
                "Emotional wellbeing",
                "A named key adult to meet Tegan at the gate each morning and go through her visual timetable (10 minutes daily). Access to a quiet room at lunchtime.",
            ),
            (
                "Physical",
                "Occupational therapy advice on seating and writing slope; touch-typing programme for 15 minutes daily.",
            ),
            (
                "Staffing",
                "Support from an additional adult for 20 hours a week across the school day.",
            ),
        ],
        W,
    ),
    (
        "band",
        "Section G: Any health provision reasonably required by the learning difficulties or disabilities which result in the child having SEN.",
    ),
    ("p", "Physiotherapy review once a year by Isle of Wendle Healthcare NHS Trust."),
    ("band", "Section H1 and H2: Social care provision."),
    ("p", "None."),
    ("band", "Section I: Placement."),
    ("p", "Undercliff Church of England Primary School (mainstream)."),
    ("band", "Section J: Personal budget."),
    ("p", "No personal budget has been requested."),
    ("band", "Section K: Advice and information."),
    (
        "bul",
        [
            "Parental advice, 14 February 2026",
            "Educational psychology advice, Island EP Service, 2 March 2026",
            "Speech and language therapy advice, 20 February 2026",
            "Advice from Undercliff CE Primary School, 9 February 2026",
        ],
    ),
    (
        "sig",
        [
            "Signed on behalf of the Isle of Wendle Council",
            "Rhys Penmorvah, SEND Plan Coordinator",
            "3 June 2026",
        ],
    ),
]

KESTREL_FINAL = [
    ("org", KESTREL),
    ("small", KESTREL_SMALL),
    ("title", "My Education, Health and Care Plan - Zain Farooqui"),
    (
        "p",
        "Date of birth 11 January 2015    Year 6, Coppice Grid Academy    Plan reference KV-EHC-30417",
    ),
    (
        "p",
        "Date this plan was finalised: 28 April 2026. This plan replaces the plan dated 6 May 2025.",
    ),
    ("h", 1, "Part 1: About me (Section A)"),
    (
        "p",
        "I am Zain. I like football (I play frame football on Saturdays), Minecraft and my little sister. I want to walk to the bus stop with my friends when I go to secondary school. My mum and dad want me to be as independent as I can and not to miss lessons for therapy.",
    ),
    ("h", 1, "Part 2: My outcomes, and what I need and what will help (Sections E, B and F)"),
    (
        "p",
        "This council writes its plans outcome by outcome. Under each outcome (Section E) you will find the needs it answers (Section B) and the provision to meet them (Section F).",
    ),
    (
        "h",
        2,
        "Outcome 1 (Section E): By the end of Year 7 Zain will move around his new school safely and on time, using his walker for longer distances.",
    ),
    ("b", "What I need help with (Section B)"),
    (
        "p",
        "Zain has spastic diplegia (cerebral palsy). He had selective dorsal rhizotomy surgery in September 2025 and is in the rehabilitation phase. He tires quickly, his balance on stairs is unsafe and he needs a walker for distances over 50 metres.",
    ),
    ("b", "What will help me (Section F)"),
    (
        "bul",
        [
            "A physiotherapy programme written by the NHS physiotherapist, delivered by a trained teaching assistant for 30 minutes daily.",
            "Leaving lessons five minutes early, with an adult, to move between classrooms.",
            "A lift pass and a timetable with lessons on the ground floor wherever possible.",
        ],
    ),
    (
        "h",
        2,
        "Outcome 2 (Section E): Zain will write a page of work independently in English lessons by July 2027.",
    ),
    ("b", "What I need help with (Section B)"),
    (
        "p",
        "Zain's fine motor skills are weak and he cannot keep up with copying from the board. His spelling age is 8 years 2 months (March 2026).",
    ),
    ("b", "What will help me (Section F)"),
    (
        "bul",
        [
            "A laptop with word prediction software, and training for Zain and his teaching assistant.",
            "Printed notes for every lesson so he does not copy from the board.",
            "A structured spelling programme in a small group, three times a week for 20 minutes.",
        ],
    ),
    ("h", 1, "Part 3: Health and care (Sections C, D, G, H1, H2)"),
    (
        "kv",
        [
            (
                "C - Health needs",
                "Cerebral palsy (spastic diplegia); post-operative rehabilitation after SDR.",
            ),
            (
                "G - Health provision",
                "NHS physiotherapy: block of 6 weekly sessions each term and review of orthoses by the orthotics service.",
            ),
            (
                "D - Social care needs",
                "Zain's family receive short breaks under a child in need plan.",
            ),
            (
                "H1 / H2 - Social care provision",
                "Short breaks: one Saturday a month at Brackenhill Play Scheme.",
            ),
        ],
    ),
    ("h", 1, "Part 4: My school (Section I) and personal budget (Section J)"),
    (
        "p",
        "Section I: Coppice Grid Academy until 31 August 2026; from 1 September 2026, Kestrel Vale Oakgrove School (secondary, mainstream).",
    ),
    (
        "p",
        "Section J: A personal budget of 1,200 pounds a year for specialist swimming, paid as a direct payment.",
    ),
    ("h", 1, "Part 5: Advice and information (Section K)"),
    (
        "num",
        [
            "Educational psychology advice, 12 January 2026",
            "Physiotherapy report (post-SDR), 2 February 2026",
            "Occupational therapy advice, 19 January 2026",
            "Parents' views, 5 January 2026",
        ],
    ),
    (
        "sig",
        [
            "Authorised by: Beverley Nkemelu, Head of SEND Statutory Services",
            "Kestrel Vale Council, 28 April 2026",
        ],
    ),
]

ROSS_FAX_FINAL = """
12/05/2026 14:32   FROM: ROSSENDENE SEN SECTION 01632 960318   TO: 01632 960927   P.001/004

FAX TRANSMISSION
To: Weirbottom Community Primary School - FAO Mrs Holt, SENCo
From: SEN Section, Rossendene Valley Borough Council
Pages including this one: 4
Message: Final EHC plan for Ruby as discussed. Original posted to parents today. Please file on pupil record.

12/05/2026 14:33   FROM: ROSSENDENE SEN SECTION 01632 960318   TO: 01632 960927   P.002/004

ROSSENDENE VALLEY BOROUGH COUNCIL
EDUCATION, HEALTH AND CARE PLAN
Name: Ruby Ashworth   Date of birth: 30/06/2019   NHS number: 999 412 7730
Date of final plan: 11 May 2026

Section A - Ruby's views, interests and aspirations
Ruby likes ponies, singing and helping at her nan's cafe in Bacupton. She wants to "talk so people understand me first time". Her parents want her to read and to stay safe with her diabetes at school.

Section B - Special educational needs
Communication and interaction: Ruby has developmental language disorder. Her understanding of spoken language is at about a four-year level; she uses short sentences and muddles the order of words.
Cognition and learning: Ruby is working well below age-related expectations in reading and writing. She forgets new vocabulary quickly.
Social, emotional and mental health: Ruby becomes frustrated when she is not understood and can withdraw from play.

Section C - Health needs
Type 1 diabetes (diagnosed March 2025), managed with an insulin pump. Ruby needs her blood glucose checked before lunch and before PE.

12/05/2026 14:33   FROM: ROSSENDENE SEN SECTION 01632 960318   TO: 01632 960927   P.003/004

Section E - Outcomes
By July 2027 Ruby will follow a two-part spoken instruction in class without a visual prompt.
By July 2027 Ruby will read and spell 100 high-frequency words.

Section F - Special educational provision
Placement in the language resource base at Weirbottom Community Primary School, with teaching in a class of no more than 10 pupils for English and maths.
Direct speech and language therapy from the NHS speech and language therapist: 45 minutes weekly in term time, plus a programme delivered by the base's teaching assistant for 20 minutes daily.
Pre-teaching of topic vocabulary at the start of each unit.

Section G - Health provision
Paediatric diabetes specialist nurse: training for school staff each September and on any change of pump.

Section H1/H2 - Social care: none.

12/05/2026 14:34   FROM: ROSSENDENE SEN SECTION 01632 960318   TO: 01632 960927   P.004/004

Section I - Placement: Weirbottom Community Primary School (Language Resource Base)
Section J - Personal budget: not requested
Section K - Advice: SALT advice 3 March 2026; EP advice 27 February 2026; diabetes nurse letter 2 March 2026; school advice 19 February 2026; parents' views 12 February 2026.

Signed: D. Ormerod, SEN Officer, for the Director of Children's Services
"""

AMENDED_FINAL = [
    ("org", WENDLE),
    ("small", WENDLE_SMALL),
    ("title", "Amended Education, Health and Care Plan"),
    ("p", "Child: Kitty Trevanion    Date of birth: 4 October 2010    Reference: IOW/EHCP/1186"),
    (
        "p",
        "This amended plan is issued following the annual review held on 16 January 2026 and the notice of proposed amendments sent on 2 February 2026. It is now FINAL. Amendments are shown in bold type in the original; the earlier plan dated 12 March 2025 no longer has effect.",
    ),
    ("h", 2, "Section A: Views, interests and aspirations"),
    (
        "p",
        "Kitty is 15 and in Year 11 at Brightcombe Academy. She writes rather than speaks to most adults at school. She wants to study animal care at Island College and to work at the seal sanctuary.",
    ),
    ("h", 2, "Section B: Special educational needs"),
    (
        "p",
        "Kitty has selective mutism. She speaks freely at home but does not speak to most adults or to peers outside a small group of two friends. She does not ask for help in lessons, so gaps in her understanding go unnoticed. Anxiety about being asked to speak has led to her missing about 15% of sessions this year.",
    ),
    ("h", 2, "Section E: Outcomes"),
    (
        "p",
        "By the end of her first year at college, Kitty will ask a tutor a question, in speech or in writing, in each lesson.",
    ),
    ("h", 2, "Section F: Special educational provision"),
    (
        "bul",
        [
            "A small-steps programme for talking, written by the speech and language therapist and delivered by her key worker twice a week for 20 minutes.",
            "Kitty must never be asked to answer aloud in front of the class; she may answer on a mini whiteboard or a card.",
            "Transition: six visits to Island College in the summer term with her key worker, including one visit to the animal care unit.",
        ],
    ),
    ("h", 2, "Section I: Placement"),
    (
        "p",
        "Brightcombe Academy until 31 July 2026; Island College (Animal Care, Level 2) from 1 September 2026.",
    ),
    ("h", 2, "Section K: Advice and information"),
    (
        "p",
        "Annual review report, 16 January 2026; speech and language therapy report, 9 December 2025; Kitty's views, 10 January 2026.",
    ),
    (
        "sig",
        [
            "Issued by Isle of Wendle Council, 27 February 2026",
            "Morwenna Stacey, SEND Plan Coordinator",
        ],
    ),
]

PORTAL_FINAL_BODY = """
This is an automatic message from the Kestrel Vale Family SEND Hub. Please do not reply to this address.

Dear Parent/Carer,

The Education, Health and Care Plan for HARRI LINDQVIST has been finalised and is shown below. The signed copy is in your Hub documents. You have the right to appeal to the First-tier Tribunal (Special Educational Needs and Disability) about Sections B, F and I of this plan; the letter in your Hub documents explains how.

==================================================
EDUCATION, HEALTH AND CARE PLAN - FINAL
Name: Harri Lindqvist    DOB: 07/03/2019
Issued: 15 July 2026
==================================================

SECTION A - ABOUT ME
I like dinosaurs, swimming with my dad and the fountains in the shopping centre. Since I was poorly in hospital I get tired and forget things. My mum and dad want me to be happy at school and to catch up.

SECTION B - MY SPECIAL EDUCATIONAL NEEDS
Cognition and learning: Harri had viral encephalitis in March 2025. Since then his working memory and speed of processing are very weak (below the 2nd percentile). He loses track of instructions of more than one step.
Social, emotional and mental health: Harri tires by the middle of the day and becomes irritable and tearful; he sometimes hits out when tired.
Physical: Harri has reduced coordination on his right side.

SECTION E - OUTCOMES
By July 2027 Harri will complete a 15-minute task with one reminder, using his task board.

SECTION F - SPECIAL EDUCATIONAL PROVISION
- A part-time timetable for the first half of the autumn term, increasing to full time by October half term, agreed with his parents and the hospital team.
- A rest break of 10 minutes in a quiet space after lunch every day.
- Teaching of new learning in short chunks with visual task boards, by his class teacher, advised by the educational psychologist termly.
- Support from a teaching assistant trained in acquired brain injury for 25 hours a week.

SECTION G - HEALTH PROVISION
Community paediatric review every six months; neurology follow-up at Ousel Bridge University Hospital.

SECTION I - PLACEMENT
Netherfield Grid Primary School

SECTION K - ADVICE
Educational psychology advice (30 April 2026); paediatric advice (12 May 2026); parents' views (22 April 2026).
==================================================

Kestrel Vale Family SEND Hub | Civic Offices, 1 Grafton Boulevard, Kestrel Vale KV9 3AA | 01632 960540
"""

# --- drafts --------------------------------------------------------------------------------

KESTREL_DRAFT = [
    ("org", KESTREL),
    ("small", KESTREL_SMALL),
    ("title", "My Education, Health and Care Plan - Harri Lindqvist"),
    ("p", "Date of birth 7 March 2019    Year 2    Plan reference KV-EHC-31102"),
    (
        "p",
        "Date of this version: 2 June 2026. Issued under section 38 of the Children and Families Act 2014 for your comments. You may ask for a particular school or college to be named, and ask to meet us, within 15 days of receiving this.",
    ),
    ("h", 1, "Part 1: About me (Section A)"),
    (
        "p",
        "Harri likes dinosaurs, the fountains in the shopping centre and swimming with his dad. His parents want school to understand that he looks well but gets exhausted.",
    ),
    ("h", 1, "Part 2: My outcomes, and what I need and what will help (Sections E, B and F)"),
    ("h", 2, "Outcome 1 (Section E): Harri will complete a short task with one reminder."),
    ("b", "What I need help with (Section B)"),
    (
        "p",
        "Harri has an acquired brain injury following encephalitis. His working memory and processing speed are very weak and he tires by midday.",
    ),
    ("b", "What will help me (Section F)"),
    (
        "bul",
        [
            "Access to adult support as needed.",
            "Opportunities for rest breaks.",
            "Visual prompts where appropriate.",
        ],
    ),
    ("h", 2, "Outcome 2 (Section E): Harri will manage his feelings when he is tired."),
    ("b", "What I need help with (Section B)"),
    ("p", "Harri becomes irritable and tearful in the afternoons."),
    ("b", "What will help me (Section F)"),
    ("bul", ["Emotional literacy support (ELSA) sessions, frequency to be agreed by school."]),
    ("h", 1, "Part 4: My school (Section I)"),
    (
        "p",
        "Section I: [To be completed when the plan is finalised. Type of school proposed: mainstream.]",
    ),
    ("h", 1, "Part 5: Advice and information (Section K)"),
    (
        "num",
        [
            "Educational psychology advice, 30 April 2026",
            "Paediatric advice, 12 May 2026",
            "Parents' views, 22 April 2026",
        ],
    ),
]

WENDLE_DRAFT = [
    ("org", WENDLE),
    ("small", WENDLE_SMALL),
    ("title", "Education, Health and Care Plan - CONSULTATION COPY"),
    (
        "p",
        "Name: Ibrahim Sesay    Date of birth: 14/11/2012    School: Brightcombe Academy (Year 8)",
    ),
    (
        "kv",
        [
            ("Status", "Draft plan for consultation. Not a legal document until finalised."),
            (
                "Comments by",
                "Please send comments to the plan coordinator within 15 calendar days of receiving this draft.",
            ),
            ("Plan coordinator", "Jenna Quiller, 01632 960314, jenna.quiller@example.org"),
        ],
        W,
    ),
    (
        "band",
        "Section A: The views, interests and aspirations of the young person and his parents.",
    ),
    (
        "p",
        "Ibrahim wants to be a sound engineer. He likes mixing music and walking the coastal path with his uncle. He says teachers should 'wait, not finish my words'.",
    ),
    ("band", "Section B: Special educational needs."),
    (
        "kv",
        [
            (
                "Communication and interaction",
                "Ibrahim has a severe stammer. He avoids speaking in class, swaps words he expects to stammer on, and will not read aloud.",
            ),
            (
                "Social, emotional and mental health",
                "Ibrahim has obsessive-compulsive disorder (diagnosed by CAMHS in 2025). Checking rituals make him late to lessons and anxiety is high before tests.",
            ),
        ],
        W,
    ),
    ("band", "Section E: Outcomes."),
    (
        "p",
        "By the end of Year 9 Ibrahim will give a short spoken answer in a small group lesson once a week.",
    ),
    ("band", "Section F: Special educational provision."),
    (
        "kv",
        [
            (
                "Communication",
                "Advice from the speech and language therapist to be shared with staff. Ibrahim to have opportunities to contribute in lessons in the way he chooses.",
            ),
            ("Wellbeing", "Regular check-ins with a trusted adult."),
        ],
        W,
    ),
    ("band", "Section I: Placement."),
    ("p", "To be named in the final plan."),
    ("band", "Section K: Advice and information."),
    ("p", "SLT advice (Island Stammering Clinic), CAMHS report, school advice, parental views."),
]

COMPLIMENTS_SLIP_DRAFT = """
ISLE OF WENDLE COUNCIL
With compliments
SEND Team, County Hall, Quay Road, Saltney Quay WN1 4QA

To: Ms G. Marsh
Please find enclosed the draft EHC plan for Tegan. Please read it carefully and let us have any comments within 15 days. If you would like a meeting please ring 01632 960310.
R. Penmorvah

DRAFT EHC PLAN
Education, Health and Care Plan - Tegan Marsh-Oyelaran
Date of birth 19/08/2017
Version: draft for parental comment, 21 April 2026

Section A: Views, interests and aspirations
Tegan loves drawing lighthouses, the beach huts at Undercliff and her dog Pebble. She does not like the dinner hall.

Section B: Special educational needs
Communication and interaction: Tegan is autistic. She takes language literally and needs time to process spoken instructions.
Social, emotional and mental health: Tegan is anxious at transitions and can hide under tables.
Sensory: Tegan is sensitive to noise.

Section E: Outcomes
Tegan will stay in class for more of the afternoon.

Section F: Special educational provision
Access to a quiet space when needed.
Support from school staff, as appropriate.
Speech and language therapy input as advised.

Section I: Placement
[to be confirmed]

DRAFT - NOT FOR CIRCULATION
"""

FINAL_NAMED_DRAFT_TXT = """
PROPOSED AMENDED EHC PLAN - DRAFT (following annual review)
Rossendene Valley Borough Council

Young person: Ibrahim Sesay
Date of birth: 14 November 2012
Proposed amendments date: 20 November 2026
Please comment within 15 days. Any proposed amendment can be discussed at a meeting; the plan will not be finalised until we have considered your comments.

Section A - no change proposed.

Section B - Special educational needs (amended)
Ibrahim has a persistent developmental stammer. [NEW] He now reads aloud only to his speech and language therapist. [NEW] Since moving to Haslow High School in September 2026 he has missed 11 days because of anxiety linked to obsessive-compulsive disorder.

Section E - Outcomes (amended)
By July 2027 Ibrahim will take part in a paired speaking task in English once a fortnight.

Section F - Special educational provision (amended)
[NEW] Speech and language therapy: 6 sessions a term with the NHS stammering clinic, and a programme for his form tutor to follow once a week.
[DELETED] Regular check-ins with a trusted adult.
[NEW] A daily check-in with his named key worker (10 minutes, at registration).
[NEW] A time-out card and an agreed exit to the learning support base.

Section I - Haslow High School (no change proposed).

Comments to: SEN Section, Town Hall, Mill Lane, Haslow RV4 1DG, or sen.section@example.org
"""

DRAFT_FWD_BODY = (
    "Hi Dr Fairweather,\n\n"
    "Here is the draft plan for Ibrahim that came through today (they pasted it into the e-mail instead of attaching it!). "
    "Could you look at Section F before our call on Thursday? I don't think 'advice to be shared with staff' is therapy.\n\n"
    "Thanks,\nAminata Sesay\n\n"
    "---------- Forwarded message ---------\n"
    "From: Jenna Quiller <jenna.quiller@example.org>\n"
    "Date: Mon, 8 Jun 2026 at 16:02\n"
    "Subject: Draft EHC plan - Ibrahim Sesay - for your comments\n"
    "To: Aminata Sesay <aminata.sesay@example.org>\n\n"
    "Dear Mrs Sesay,\n\n"
    "Please find below Ibrahim's draft Education, Health and Care plan. You have 15 days from today to let me have your comments and to tell us which school you would like named in Section I.\n\n"
    "DRAFT EHC PLAN - Ibrahim Sesay (DOB 14/11/2012)\n\n"
    "Section A: Ibrahim wants to be a sound engineer. He likes mixing music and walking the coastal path with his uncle.\n\n"
    "Section B: Communication and interaction - Ibrahim has a severe stammer and avoids speaking in class. "
    "SEMH - Ibrahim has obsessive-compulsive disorder; checking rituals make him late to lessons.\n\n"
    "Section E: By the end of Year 9 Ibrahim will give a short spoken answer in a small group lesson once a week.\n\n"
    "Section F: Advice from the speech and language therapist to be shared with staff. Opportunities to contribute in lessons in the way he chooses. Regular check-ins with a trusted adult.\n\n"
    "Section I: to be named in the final plan.\n\n"
    "Kind regards,\nJenna Quiller\nSEND Plan Coordinator, Isle of Wendle Council\n01632 960314\n"
)

DOCUMENTS: list[dict] = [
    {
        "name": "Wendle EHCP.pdf",
        "kind": "ehcp_final",
        "blocks": WENDLE_FINAL,
        "footer": "Tegan Marsh-Oyelaran - EHC plan - final - 3 June 2026",
        "accent": "0B6E69",
    },
    {
        "name": "Zain plan.docx",
        "kind": "ehcp_final",
        "blocks": KESTREL_FINAL,
        "footer": "Kestrel Vale Council - official sensitive",
    },
    {
        "name": "Rossendene EHCP 2026 (2).pdf",
        "kind": "ehcp_final",
        "text": ROSS_FAX_FINAL,
        "ocr": True,
    },
    {
        "name": "draft EHCP amended Kitty.pdf",
        "kind": "ehcp_final",
        "blocks": AMENDED_FINAL,
        "accent": "0B6E69",
    },
    {
        "name": "Your child's EHC plan has been finalised.eml",
        "kind": "ehcp_final",
        "text": PORTAL_FINAL_BODY,
        "headers": headers(
            "Kestrel Vale Family SEND Hub <no-reply@example.org>",
            "Linnea Lindqvist <linnea.l@example.org>",
            "Your child's EHC plan has been finalised",
            "Wed, 15 Jul 2026 07:45:10 +0100",
        ),
        "html": True,
    },
    {"name": "EHCP Harri.pdf", "kind": "ehcp_draft", "blocks": KESTREL_DRAFT, "watermark": "DRAFT"},
    {
        "name": "Ibrahim plan June.docx",
        "kind": "ehcp_draft",
        "blocks": WENDLE_DRAFT,
        "header": "DRAFT - consultation copy",
        "accent": "0B6E69",
    },
    {
        "name": "scan_002.pdf",
        "kind": "ehcp_draft",
        "text": COMPLIMENTS_SLIP_DRAFT,
        "ocr": True,
        "running": "Tegan Marsh-Oyelaran DRAFT",
    },
    {
        "name": "final EHCP Nov.txt",
        "kind": "ehcp_draft",
        "text": FINAL_NAMED_DRAFT_TXT,
        "crlf": True,
    },
    {
        "name": "Fwd_ Draft EHC plan - Ibrahim Sesay.eml",
        "kind": "ehcp_draft",
        "text": DRAFT_FWD_BODY,
        "headers": headers(
            "Aminata Sesay <aminata.sesay@example.org>",
            "Dr Owain Fairweather <o.fairweather@example.org>",
            "Fwd: Draft EHC plan - Ibrahim Sesay - for your comments",
            "Tue, 9 Jun 2026 21:17:44 +0100",
        ),
        "qp": True,
    },
]
