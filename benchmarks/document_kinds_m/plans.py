# ruff: noqa: E501
"""Plans of the thirteenth kind set: an island council's plans exported from its portal
(the final and the draft under nearly the same file name), a Welsh-border council's final
plan photographed on a phone and its draft scanned, a Cheshire council's plan in numbered
parts with outcomes before needs, a north-west council's amended plan copied out of its
family portal as text, a draft saved as "final plan.pdf" and a draft with a mother's
comments typed into it. All invented."""

from __future__ import annotations

WRENMOOR_EXPORT_FINAL = [
    ("small", "SEND Connect | Isle of Wrenmoor Council | Record export"),
    ("small", "Exported by: j.ashdown (Parent/Carer account) on 19/06/2026 20:14"),
    (
        "kv",
        [
            ("Record ID", "REF88213"),
            ("Record type", "EHCP - Plan"),
            ("Record status", "Issued"),
            ("Version", "3 of 3"),
            ("Date issued", "12/06/2026"),
            ("Child", "Lily Grace Ashdown"),
            ("Date of birth", "22/01/2020"),
            ("Setting", "Saltings Church of England Primary School, Portcallow"),
        ],
    ),
    ("h", 1, "Q1 About me (Section A)"),
    (
        "p",
        "My name is Lily. I live in Portcallow with Mum, my brother Finn and our dog Pebble. I like the beach, drawing sea creatures and playing shops. I find it hard when people talk fast or when it is noisy in the hall. I like it when grown-ups show me pictures and give me time to answer.",
    ),
    (
        "p",
        "Lily's mum says: Lily is funny and kind. She wants to be understood by her friends and she gets upset when they walk away because she could not tell them her idea.",
    ),
    ("h", 1, "Q2 My special educational needs (Section B)"),
    ("b", "Communication and interaction"),
    (
        "p",
        "Lily has a developmental language disorder. Her understanding of spoken language is well below that expected for her age (CELF-5 receptive language standard score 71). She finds longer instructions, questions about 'why' and 'how', and new vocabulary hard to follow.",
    ),
    (
        "p",
        "Lily has a mild to moderate permanent conductive hearing loss in both ears and wears two hearing aids. In background noise she misses parts of what is said.",
    ),
    ("b", "Cognition and learning"),
    (
        "p",
        "Lily is working below the level of her class in reading and writing. She is beginning to blend three-sound words. Her number sense is a strength.",
    ),
    ("h", 1, "Q3 My health needs (Section C)"),
    (
        "p",
        "Lily is seen by the Paediatric Audiology Service at St Brannoc's Hospital every six months.",
    ),
    ("h", 1, "Q4 My social care needs (Section D)"),
    ("p", "No social care needs have been identified at this time."),
    ("h", 1, "Q5 Outcomes (Section E)"),
    (
        "grid",
        [
            ["Outcome (by end of Key Stage 1)", "Steps towards it (by July 2027)"],
            [
                "Lily will follow a three-part instruction in class without an adult repeating it.",
                "Lily will follow two-part instructions given with a picture prompt.",
            ],
            [
                "Lily will read and understand a short book at her phonics level.",
                "Lily will blend and read all CVC words and 20 common exception words.",
            ],
        ],
        [0.5, 0.5],
    ),
    ("h", 1, "Q6 Special educational provision (Section F)"),
    (
        "grid",
        [
            ["Provision", "Who", "How often"],
            [
                "Direct speech and language therapy targeting understanding of spoken language and vocabulary",
                "NHS speech and language therapist",
                "Weekly, 30 minutes, 3 blocks of 8 weeks each year",
            ],
            [
                "Language programme set by the SALT, delivered by a trained teaching assistant",
                "Teaching assistant (ELKLAN trained)",
                "3 x 20 minutes each week",
            ],
            [
                "Radio aid (remote microphone) used by the teacher in every lesson; daily check of hearing aids and radio aid",
                "Class teacher and teaching assistant",
                "Daily",
            ],
            [
                "Visits from a Qualified Teacher of the Deaf to advise staff and check the listening environment",
                "Sensory Support Service",
                "Once each half term",
            ],
        ],
        [0.5, 0.25, 0.25],
    ),
    ("h", 1, "Q7 Health provision (Section G)"),
    ("p", "Hearing aids provided and reviewed by Paediatric Audiology, St Brannoc's Hospital."),
    ("h", 1, "Q8 Social care provision (Sections H1 and H2)"),
    ("p", "None."),
    ("h", 1, "Q9 Placement (Section I)"),
    ("p", "Saltings Church of England Primary School, Portcallow (mainstream)."),
    ("h", 1, "Q10 Personal budget (Section J)"),
    ("p", "No personal budget has been requested."),
    ("h", 1, "Q11 Advice and information (Section K)"),
    (
        "bul",
        [
            "Educational psychology advice, 2 March 2026",
            "Speech and language therapy advice, 20 February 2026",
            "Paediatric audiology report, 9 February 2026",
            "School advice, 27 February 2026",
            "Parent views, 3 February 2026",
        ],
    ),
    ("small", "Signed on behalf of the Isle of Wrenmoor Council: Morwenna Trask, SEND Team Leader"),
]

WRENMOOR_EXPORT_DRAFT = [
    ("small", "SEND Connect | Isle of Wrenmoor Council | Record export"),
    ("small", "Exported by: j.ashdown (Parent/Carer account) on 02/05/2026 07:51"),
    (
        "kv",
        [
            ("Record ID", "REF88213"),
            ("Record type", "EHCP - Plan"),
            ("Record status", "Awaiting parent/carer response"),
            ("Version", "1 of 1"),
            ("Response due", "16/05/2026"),
            ("Child", "Lily Grace Ashdown"),
            ("Date of birth", "22/01/2020"),
            ("Setting", "Not yet named"),
        ],
    ),
    (
        "p",
        "You have 15 days to tell us what you think of this plan and to ask for a particular school or other institution to be named in it. Use the Respond button on the record or e-mail send.connect@example.org.",
    ),
    ("h", 1, "Q1 About me (Section A)"),
    (
        "p",
        "My name is Lily. I live in Portcallow with Mum, my brother Finn and our dog Pebble. I like the beach and drawing sea creatures.",
    ),
    ("h", 1, "Q2 My special educational needs (Section B)"),
    (
        "p",
        "Lily has some difficulty with understanding language and with listening in class. She wears hearing aids.",
    ),
    ("h", 1, "Q5 Outcomes (Section E)"),
    ("p", "Lily will make progress with her communication and her reading."),
    ("h", 1, "Q6 Special educational provision (Section F)"),
    (
        "bul",
        [
            "Access to speech and language therapy advice as required",
            "Small group work to support language and literacy",
            "Adults to be aware of Lily's hearing needs",
        ],
    ),
    ("h", 1, "Q9 Placement (Section I)"),
    ("p", "[This section is completed when the plan is finalised]"),
    ("h", 1, "Q11 Advice and information (Section K)"),
    ("p", "Advice listed on the record's Attachments tab."),
]

MARCHER_FINAL_PHOTO = """Marcher Hills Council
Education, Health and Care Plan

Name: Rhys Pryce-Morgan     Date of birth: 14/08/2016
Plan issued: 29 May 2026    Plan type: Final

Section A: The views, interests and aspirations of Rhys and his parents

Rhys likes trains, especially the Heart of Wales line, and Minecraft. He says school is
"too loud at dinner time". His parents want him to have friends and to be able to stay in
class for the whole morning.

Section B: Special educational needs

Rhys is autistic. He finds it hard to share attention with others and to join in with
group work. He relies on a predictable routine and becomes distressed when plans change
without warning.
Rhys has a language disorder. He uses sentences of 4 to 5 words and has difficulty
explaining what has happened or how he feels.
Rhys is sensitive to noise and to being touched unexpectedly.

Section E: Outcomes

By July 2028 Rhys will take part in a small group task for 15 minutes with one adult prompt.
By July 2028 Rhys will tell an adult what has happened using a visual support.

Section F: Special educational provision

Rhys will have a visual timetable and a "now and next" board, prepared daily by his
teaching assistant.
Rhys will have a daily 15-minute small group social communication session (Lego-based
therapy or similar) led by a trained teaching assistant.
A speech and language therapist from the Hafren Valley Teaching Health Board will
provide a programme and review it each term. The programme will be delivered by a
teaching assistant for 20 minutes, 4 times a week.
Rhys will eat his lunch in a quiet room with up to 4 other pupils.

Section G: Health provision
Review by the community paediatrician (Welshpool clinic) once a year.

Section I: Placement
Clunford CE Primary School (mainstream), Clunford.

Section J: Personal budget   Not requested

Section K: Advice and information
Educational Psychologist, Marcher Hills EPS, 11 March 2026
Speech and language therapy, Hafren Valley Teaching Health Board, 2 March 2026
Community paediatrician, 15 January 2026
School, 20 February 2026; Parents, 6 February 2026

Authorised on behalf of Marcher Hills Council
G. Beddoes, Principal Officer, SEND Assessment and Review    29/05/2026
"""

MARCHER_DRAFT_SCAN = """MARCHER HILLS COUNCIL
Children's Services - SEND Assessment and Review
Rydym yn croesawu gohebiaeth yn Gymraeg

DRAFT Education, Health and Care Plan
Elin Mair Vaughan   DOB 03/11/2011   Year 9, Bishop's Ludlow High School

This draft is sent to you under section 38 of the Children and Families Act 2014. Please
send us your comments within 15 days. Section I does not name a school or college yet;
you may ask us to name one.

Section A - All about me
I am Elin. I am 14. I like netball (wheelchair netball on Saturdays), baking and my
cousins. I want to be a vet nurse. I do not like being lifted in front of other people.

Section B - Special educational needs
Elin has cerebral palsy (spastic diplegia). She uses a wheelchair for longer distances and
walks short distances with crutches.
Elin tires quickly and her handwriting is slow and effortful; she cannot keep up with
copying from the board.
Elin has some difficulties with visual perception which affect her reading of diagrams
and maps.

Section E - Outcomes
By the end of Year 11 Elin will use a laptop for all extended writing.

Section F - Special educational provision
Elin will have access to a laptop.
Elin will have support with personal care from trained staff.
Physiotherapy advice will be followed in school.
Elin will have access to a lift pass and will leave lessons 5 minutes early.

Section G - Health provision
Physiotherapy is provided by the Hafren Valley Teaching Health Board (Welshpool).

Section I - Placement
To be confirmed in the final plan.

Section K - Advice and information
Physiotherapy, occupational therapy, school, parents. [Educational psychology advice
still awaited - see note]
"""

WEAVERDALE_FINAL = [
    ("org", "Weaverdale Borough Council"),
    (
        "small",
        "SEND Statutory Assessment and Review Team, Riverside House, Northwich Road, Weaverham WV4 2JQ",
    ),
    ("title", "Education, Health and Care Plan"),
    (
        "kv",
        [
            ("Name", "Amelia Rose Stanway"),
            ("Date of birth", "05/04/2020"),
            ("Plan finalised", "3 July 2026"),
            ("Next review by", "July 2027"),
        ],
    ),
    ("h", 1, "Part 1. About Amelia, and what matters to her and her family"),
    (
        "p",
        "Amelia is a happy, sociable girl who loves music, bubbles and her big sisters. She has Down syndrome. Her family would like her to learn to read, to make friends and to become more independent in getting dressed and using the toilet.",
    ),
    ("h", 1, "Part 2. The outcomes we are working towards"),
    (
        "num",
        [
            "By the end of Year 2, Amelia will use spoken words and signs to ask for help and to make choices across the school day.",
            "By the end of Year 2, Amelia will recognise 50 words by sight and read simple captions.",
            "By the end of Year 2, Amelia will manage her clothing and hand-washing at the toilet with one verbal prompt.",
        ],
    ),
    ("h", 1, "Part 3. Amelia's special educational needs"),
    (
        "p",
        "Amelia has a global developmental delay and learns more slowly than other children of her age. She learns best through seeing and doing; her visual memory is stronger than her auditory memory.",
    ),
    (
        "p",
        "Amelia's expressive language is delayed: she uses single words and Makaton signs, and her speech is unclear to unfamiliar listeners. Her understanding is at a two-word level.",
    ),
    (
        "p",
        "Amelia has low muscle tone, which affects her fine motor skills (pencil grip, fastenings) and her stamina.",
    ),
    ("h", 1, "Part 4. Health and social care needs"),
    (
        "p",
        "Amelia has hypothyroidism, treated with daily medication given at home. She has annual hearing and eye checks. No social care needs.",
    ),
    ("h", 1, "Part 5. Special educational provision"),
    (
        "table",
        [
            ["What", "Who", "How much"],
            [
                "Individual support across the school day to access learning, personal care and play",
                "Teaching assistant trained in Makaton",
                "27.5 hours a week",
            ],
            [
                "Speech and language therapy: direct therapy and a programme for school",
                "Speech and language therapist (Weaverdale community NHS)",
                "6 direct sessions a term, plus a programme reviewed each half term",
            ],
            [
                "Daily language programme and Makaton signing by all adults",
                "Teaching assistant and class staff",
                "Daily, 2 x 15 minutes",
            ],
            ["See and Learn reading programme", "Teaching assistant", "10 minutes daily"],
            [
                "Fine motor programme set by the occupational therapist",
                "Teaching assistant",
                "3 x 15 minutes a week",
            ],
        ],
        {"widths": [0.5, 0.25, 0.25]},
    ),
    ("h", 1, "Part 6. Health and social care provision"),
    (
        "p",
        "Monitoring of thyroid function by the paediatric endocrine clinic. Annual audiology and orthoptic review.",
    ),
    ("h", 1, "Part 7. School"),
    (
        "p",
        "St Winefride's Catholic Primary School, Weaverham (a mainstream academy of the St Aelred Catholic Academy Trust).",
    ),
    ("h", 1, "Part 8. Personal budget"),
    ("p", "None requested."),
    ("h", 1, "Part 9. Advice and information gathered"),
    (
        "p",
        "Parents' views (March 2026); educational psychologist (Appendix D); speech and language therapist; occupational therapist; paediatrician; school (Appendix E).",
    ),
    (
        "sig",
        [
            "Signed: H. Cartwright",
            "SEND Casework Manager, for Weaverdale Borough Council",
            "3 July 2026",
        ],
    ),
]

BRACKENFELL_AMENDED_TXT = """MyEHCP - Brackenfell Family Portal
Plan viewer | Print view | Page generated 14/07/2026 18:02

Kacper Nowicki (DOB 09/02/2014) - Brackenfell Metropolitan Borough Council
Document: Amended EHC Plan (issued following annual review)
Issue date: 10/07/2026
Previous issue: 22/09/2025
Status: FINAL - amendments in force

-- Section A: Kacper's views, interests and aspirations --
Kacper is 12 and in Year 7 at Moss Lane Academy. He likes drawing comics, Lego Technic and
Polish cooking with his grandmother. He would like "teachers to not shout" and "a place to
go when it's too much". His parents would like him to attend school every day again.

-- Section B: Special educational needs --
Communication and interaction: Kacper is autistic. He takes language literally and finds
group discussion and unstructured time at break very hard.
Social, emotional and mental health: Kacper has high levels of anxiety, which since Year 6
have led to him missing school (attendance 61% in the spring term). He masks his distress
in school and it comes out at home.
Sensory: Kacper is over-responsive to noise and smells, especially in corridors and the
dining hall.
Cognition and learning: Kacper's reasoning is in the average range, but his processing
speed is well below average, so he produces less written work than his peers.

-- Section E: Outcomes --
E1. By July 2027 Kacper will attend a full timetable, using his base when he needs to.
E2. By July 2027 Kacper will use an agreed signal to tell an adult he needs a break.

-- Section F: Special educational provision --
F1. A named key adult who meets Kacper at the gate at 8.40am every day and checks in with
him for 10 minutes at the end of the day.
F2. Access to the Hub (the school's resource base) at break, lunch and whenever he shows
his exit card, with a member of Hub staff available.
F3. Weekly 45-minute session with the school's Emotional Literacy Support Assistant (ELSA),
for two terms, then reviewed.
F4. Lesson changeovers 3 minutes before the bell.
F5. Laptop for written work and printed copies of lesson slides.
F6. Half-termly advice to staff from the Autism Outreach Team (Brackenfell Specialist
Inclusion Service).

-- Section G: Health provision --
CAMHS: medication review every 3 months (Brackenfell CAMHS).

-- Section I: Placement --
Moss Lane Academy (a Three Rivers Learning Partnership academy), mainstream, with access
to its Hub resource base.

-- Section K: Advice and information --
Annual review report, 18/06/2026; CAMHS letter, 2 May 2026; EP advice, 2024.

Amendments in this issue: Section B (attendance), Section F (F2, F3 changed), Section G.
"""

DRAFT_AS_FINAL_PLAN = [
    ("org", "Brackenfell Metropolitan Borough Council"),
    ("small", "People Directorate | SEND Statutory Service | Town Hall, Brackenfell BF1 1AA"),
    ("title", "Education, Health and Care Plan"),
    ("p", "Name: Jayden Okafor-Reid   Date of birth: 30/01/2010   Unique pupil number: withheld"),
    (
        "i",
        "This is a draft plan. It is not legally binding until it is finalised. Please read it with your family and tell us within 15 days if you agree, if you want changes, and which school or college you would like named.",
    ),
    ("h", 2, "Section A - About me"),
    (
        "p",
        "I'm Jayden. I want to go to Brackenfell College to do motor vehicle. I'm good at fixing bikes. I hate reading out loud.",
    ),
    ("h", 2, "Section B - My special educational needs"),
    (
        "p",
        "Jayden has severe dyslexia: his reading age is around 9 years and his spelling age 8 years 6 months. He has difficulty with working memory.",
    ),
    (
        "p",
        "Jayden's self-esteem around learning is low and he can become angry when asked to read in front of others.",
    ),
    ("h", 2, "Section E - Outcomes"),
    (
        "p",
        "By the end of Year 12 Jayden will use assistive technology to read and write course material independently.",
    ),
    ("h", 2, "Section F - Special educational provision"),
    (
        "bul",
        [
            "Access to assistive technology (text to speech, speech to text)",
            "Specialist literacy teaching, frequency to be agreed with the college",
            "Exam access arrangements as appropriate",
        ],
    ),
    ("h", 2, "Section I - Placement"),
    (
        "p",
        "[Left blank in the draft plan. The local authority will name a placement in the final plan.]",
    ),
    ("h", 2, "Section K - Advice"),
    (
        "p",
        "Independent educational psychologist's report (parents), school advice, young person's views.",
    ),
]

MUM_COMMENTS_DRAFT = [
    ("org", "Weaverdale Borough Council"),
    ("title", "DRAFT Education, Health and Care Plan - Oscar Bellis"),
    ("p", "[MUM'S COMMENTS IN CAPITALS IN SQUARE BRACKETS - sent back 22/04]"),
    ("h", 1, "Part 1. About Oscar"),
    (
        "p",
        "Oscar is 11 and in Year 6 at Lindow Green Primary. He enjoys football, science and making stop-motion films.",
    ),
    ("h", 1, "Part 3. Oscar's special educational needs"),
    (
        "p",
        "Oscar has difficulties with reading and spelling consistent with dyslexia. [WHERE IS HIS DCD? THE OT REPORT SAYS DEVELOPMENTAL COORDINATION DISORDER AND IT IS NOT HERE]",
    ),
    ("p", "Oscar has difficulty organising himself and his equipment."),
    ("h", 1, "Part 5. Special educational provision"),
    (
        "table",
        [
            ["What", "Who", "How much"],
            [
                "Small group literacy intervention",
                "Teaching assistant",
                "Regularly [HOW OFTEN?? EP SAID 4 X 30 MIN A WEEK 1:1]",
            ],
            ["Touch typing programme", "Oscar, supervised", "As needed"],
            [
                "OT advice to be followed",
                "School",
                "[WHAT ADVICE? SHE RECOMMENDED 6 SESSIONS AND A SLOPE BOARD]",
            ],
        ],
        {"widths": [0.45, 0.2, 0.35]},
    ),
    ("h", 1, "Part 7. School"),
    (
        "p",
        "To be named in the final plan. [WE WANT CROSSLEY HALL (SPECIALIST DYSLEXIA PROVISION) - SEE MY EMAIL]",
    ),
]

DOCUMENTS: list[dict] = [
    {
        "name": "Wrenmoor_EHCP_Export_REF88213.pdf",
        "kind": "ehcp_final",
        "blocks": WRENMOOR_EXPORT_FINAL,
        "sans": True,
        "accent": "00707A",
        "footer": "SEND Connect export - page {n} of {m}",
    },
    {
        "name": "Wrenmoor_EHCP_Export_REF88213 (1).pdf",
        "kind": "ehcp_draft",
        "blocks": WRENMOOR_EXPORT_DRAFT,
        "sans": True,
        "accent": "00707A",
        "footer": "SEND Connect export - page {n} of {m}",
    },
    {
        "name": "IMG_20260612_091744.pdf",
        "kind": "ehcp_final",
        "text": MARCHER_FINAL_PHOTO,
        "ocr": 0.08,
    },
    {
        "name": "Scan 14.pdf",
        "kind": "ehcp_draft",
        "text": MARCHER_DRAFT_SCAN,
        "ocr": True,
        "running": "Marcher Hills Council - DRAFT EHC Plan - Elin Vaughan",
        "watermark": "DRAFT",
    },
    {
        "name": "Plan.docx",
        "kind": "ehcp_final",
        "blocks": WEAVERDALE_FINAL,
        "footer": "Weaverdale Borough Council - Education, Health and Care Plan - Amelia Stanway",
    },
    {
        "name": "ehcp for tribunal.txt",
        "kind": "ehcp_final",
        "text": BRACKENFELL_AMENDED_TXT,
    },
    {
        "name": "final plan.pdf",
        "kind": "ehcp_draft",
        "blocks": DRAFT_AS_FINAL_PLAN,
        "sans": True,
        "accent": "6A1B4D",
        "footer": "Brackenfell MBC - EHC plan - Jayden Okafor-Reid",
    },
    {
        "name": "Oscar plan with my comments.docx",
        "kind": "ehcp_draft",
        "blocks": MUM_COMMENTS_DRAFT,
        "header": "DRAFT - not for circulation",
    },
]
