# ruff: noqa: E501
"""Set H as data: post-16 and college plans, independent reports that argue their advice.

Every name, council, college, school, service and professional is invented. Postcodes use
areas that do not exist (HQ, QH, VH, HV), phone numbers are in the 01632 960xxx range and
e-mail addresses are at example.org. Markers are those of evaluation_kit.dataset.
"""

# ---------------------------------------------------------------------------
# case-evalh-01: Thornbeck Borough Council; Jordan Ashby, 17, Carrowmere College
# layout "numbered": "Section 2: Special educational needs" ... no letters anywhere.
# ---------------------------------------------------------------------------

B1_SOCIAL = (
    "Jordan is autistic and finds group discussions and meeting unfamiliar people difficult."
)
B1_READ = "His reading is accurate but slow, and he has difficulty spelling the technical words used on his course."
B1_ANX = "Jordan becomes anxious in busy, noisy places such as the college canteen and has left the site without telling anyone."
B1_PLAN = "He finds it hard to plan and organise longer pieces of written coursework."
B1_SPEED = "Jordan's processing speed is below average, so he needs more time to take in spoken information."
B1_TRAVEL = "He has limited experience of travelling on his own and relies on his mother to drive him to college."

F1_DYS = "1:1 specialist dyslexia tuition, 45 minutes weekly, delivered by a tutor holding a Level 5 SpLD qualification, focused on the technical vocabulary of the course"
F1_LSA = "In-class support from a learning support assistant for 6 hours per week in practical workshop sessions."
F1_MENTOR = "Opportunities to meet with a mentor to discuss any worries."
F1_EXAMS = "Access arrangements for examinations: 25% extra time, a reader and a separate room, arranged by the college exams officer."
F1_STUDY = "Study skills support with a learning support tutor, using writing frames and planning templates."
F1_TRAVEL = "Independent travel training: ten 1:1 sessions with a trained travel trainer in the autumn term, covering the bus route to college."
F1_LRC = "Use of the Learning Resource Centre study room at lunchtimes, with a member of library staff present."
F1_DIFF = "differentiated course materials where appropriate"
F1_COURSE = "Teaching on the Level 1 Construction Skills course in a group of no more than 12 students, 16 hours a week."

EP1 = "ep_report_independent.pdf"
COL1 = "college_report.docx"

CASE_01 = dict(
    name="case-evalh-01",
    layout="numbered",
    summary=(
        "Thornbeck Borough Council; Jordan Ashby, 17, first year of a Level 1 Construction course at "
        "Carrowmere College (autism, dyslexia, anxiety, independent travel). Plan sections are numbered "
        "and named without letters (Section 1 to Section 12). Independent EP report argues each "
        "recommendation at length (reasons, consequences, what is not recommended, Plan A / Plan B); "
        "the college report has a Recommendation | Reason table."
    ),
    note="Plan sections carry numbers and names only: Section 1 = A, 2 = B, 3 = C, 4 = D, 5 = E, 6 = F, 7 = G, 8 = H1, 9 = H2, 10 = I, 11 = J, 12 = K.",
    plan=dict(
        file="plan.pdf",
        footer="Thornbeck Borough Council - EHC plan for Jordan Ashby - page {n} of {m}",
        blocks=[
            ("org", "Thornbeck Borough Council"),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Young person: Jordan Ashby   Date of birth: 14 October 2008   Plan finalised: 19 September 2025",
            ),
            ("small", "Thornbeck SEND Service, Market Hall, Thornbeck HQ4 2RT   01632 960134"),
            ("H", "A", "Section 1: Views, interests and aspirations", "h2"),
            ("S", "A", "Jordan wants to become a bricklayer and to earn enough to buy a car."),
            (
                "p",
                "He says that college is better than school because people treat him like an adult. His mother would like him to travel to college by himself and to make one or two friends on his course.",
            ),
            ("H", "B", "Section 2: Special educational needs", "h2"),
            ("S", "B", B1_SOCIAL),
            ("p", [B1_READ, B1_ANX]),
            ("p", [B1_PLAN, B1_SPEED, B1_TRAVEL]),
            ("H", "C", "Section 3: Health needs", "h2"),
            ("S", "C", "Jordan has mild asthma, which is well controlled with an inhaler."),
            ("H", "D", "Section 4: Social care needs", "h2"),
            ("S", "D", "Jordan is not known to social care and no needs have been identified."),
            ("H", "E", "Section 5: Outcomes", "h2"),
            (
                "S",
                "E",
                "By July 2026 Jordan will travel to college by bus on his own at least four days a week.",
            ),
            (
                "p",
                "By July 2026 Jordan will complete his Level 1 written units with no more than one extension.",
            ),
            (
                "p",
                "By the end of his course Jordan will ask a tutor for help when he is stuck in at least three lessons a week.",
            ),
            ("H", "F", "Section 6: Special educational provision", "h2"),
            (
                "S",
                "F",
                "The college will make the following provision from its own resources and the high-needs top-up funding agreed with Thornbeck Borough Council.",
            ),
            (
                "bul",
                [
                    ("F", F1_COURSE, True),
                    ("F", F1_DYS, True),
                    ("F", F1_LSA, True),
                    ("F", F1_MENTOR, False),
                ],
            ),
            (
                "p",
                [
                    (
                        "F",
                        F1_STUDY,
                        True,
                        "The quantity is in the next sentence; the provision is judged as a whole.",
                    ),
                    "This will be one 30-minute session each week.",
                ],
            ),
            (
                "bul",
                [
                    ("F", F1_EXAMS, True),
                    ("F", F1_TRAVEL, True),
                    ("F", F1_LRC, True),
                    ("F", F1_DIFF, False),
                ],
            ),
            ("H", "G", "Section 7: Health provision", "h2"),
            ("S", "G", "Jordan's asthma is reviewed by his GP practice nurse once a year."),
            (
                "H",
                "H1",
                "Section 8: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
                "h2",
            ),
            ("S", "H1", "None."),
            ("H", "H2", "Section 9: Other social care provision", "h2"),
            ("S", "H2", "None identified at this time."),
            ("H", "I", "Section 10: Placement", "h2"),
            (
                "S",
                "I",
                "Carrowmere College, Station Road, Thornbeck (general further education college).",
            ),
            ("H", "J", "Section 11: Personal budget", "h2"),
            ("S", "J", "Jordan and his mother have not asked for a personal budget."),
            ("H", "K", "Section 12: Advice and information", "h2"),
            (
                "S",
                "K",
                "Independent educational psychology report by Dr Imogen Wardle, June 2025; Carrowmere College learning support report, July 2025; views of Jordan and his mother.",
            ),
        ],
    ),
    reports=[
        dict(
            file=EP1,
            blocks=[
                ("org", "Wardle Psychology"),
                (
                    "small",
                    "Dr Imogen Wardle CPsychol, HCPC registered practitioner psychologist   imogen@wardlepsychology.example.org",
                ),
                ("title", "Independent Educational Psychology Report: Jordan Ashby"),
                (
                    "p",
                    "Prepared at the request of Mrs Kerry Ashby for the First-tier Tribunal (SEND). Assessment at Carrowmere College and at home, 9 and 12 June 2025.",
                ),
                ("h", 2, "1. Background"),
                (
                    "np",
                    "1.1",
                    (
                        "X",
                        "At secondary school Jordan had SEN Support for literacy and was excluded twice in Year 10 after leaving lessons without permission.",
                        "history",
                    ),
                ),
                (
                    "np",
                    "1.2",
                    (
                        "X",
                        "The school refusal that marked much of Year 10 has resolved since he started college.",
                        "resolved difficulty",
                    ),
                ),
                ("h", 2, "2. Assessment"),
                (
                    "np",
                    "2.1",
                    (
                        "X",
                        "His score on the TOWRE-2 Sight Word Efficiency subtest was 76, in the poor range, and I consider the result a valid picture of his reading because he was calm and engaged throughout.",
                        "test result and its validity",
                    ),
                ),
                (
                    "np",
                    "2.2",
                    [
                        "On the WAIS-IV, Jordan's verbal comprehension was average.",
                        (
                            "N",
                            "His processing speed index of 74 means that he needs considerably longer than his peers to take in and respond to what is said to him.",
                            "cognition_learning",
                            B1_SPEED,
                        ),
                    ],
                ),
                (
                    "np",
                    "2.3",
                    (
                        "N",
                        "Jordan has marked difficulty with working memory: he cannot hold a three-step practical instruction in mind long enough to carry it out, which is a safety concern in the workshop.",
                        "cognition_learning",
                        None,
                    ),
                ),
                ("h", 2, "3. Strengths and needs"),
                (
                    "np",
                    "3.1",
                    (
                        "X",
                        "Jordan's practical skills are a real strength; his tutor describes his brickwork as neat and careful.",
                        "strength",
                    ),
                ),
                (
                    "np",
                    "3.2",
                    (
                        "N",
                        "In my view his reading fluency is the main barrier to the written units: he reads accurately but very slowly, and he misspells the trade vocabulary he needs.",
                        "cognition_learning",
                        B1_READ,
                    ),
                ),
                (
                    "np",
                    "3.3",
                    (
                        "N",
                        "He struggles to take part in group discussions and finds it very hard to work with students he does not know.",
                        "communication_interaction",
                        B1_SOCIAL,
                    ),
                ),
                (
                    "np",
                    "3.4",
                    (
                        "N",
                        "Busy, loud spaces such as the canteen make Jordan very anxious, and twice this year he has walked off site at lunchtime.",
                        "semh",
                        B1_ANX,
                    ),
                ),
                (
                    "np",
                    "3.5",
                    (
                        "N",
                        "Jordan does not ask for help when he is stuck, and will sit for long periods doing nothing rather than approach a tutor.",
                        "semh",
                        None,
                    ),
                ),
                (
                    "np",
                    "3.6",
                    (
                        "N",
                        "His numeracy is at about Entry Level 2, well below what his course requires for measuring and calculating materials.",
                        "cognition_learning",
                        None,
                    ),
                ),
                (
                    "np",
                    "3.7",
                    (
                        "N",
                        "Longer written assignments defeat him because he cannot break them into steps or decide what to write first.",
                        "cognition_learning",
                        B1_PLAN,
                    ),
                ),
                (
                    "np",
                    "3.8",
                    (
                        "X",
                        "The current plan says only that Jordan may benefit from mentoring, which in my opinion commits the college to nothing.",
                        "comment on the current plan",
                    ),
                ),
                ("h", 2, "4. What Jordan needs and why"),
                (
                    "np",
                    "4.1",
                    [
                        (
                            "R",
                            "Jordan should have a weekly 1:1 session of 45 minutes with a specialist dyslexia tutor to teach him strategies for reading and spelling the technical vocabulary of his course.",
                            "cognition_learning",
                            "specific",
                            F1_DYS,
                        ),
                        (
                            "X",
                            "Without this, the gap between his reading speed and the demands of the Level 2 course next year will widen, and he is likely to fail the written units.",
                            "consequence",
                        ),
                    ],
                ),
                (
                    "np",
                    "4.2",
                    [
                        (
                            "R",
                            "I recommend that a named learning support assistant is present in all of his practical workshop sessions, currently nine hours a week, to break instructions into single steps and to check his understanding before he uses power tools.",
                            "cognition_learning",
                            "less",
                            F1_LSA,
                        ),
                        (
                            "X",
                            "The reason is safety as much as learning: a misremembered instruction with a disc cutter could injure him or another student.",
                            "reason",
                        ),
                    ],
                ),
                (
                    "np",
                    "4.3",
                    [
                        (
                            "R",
                            "A weekly mentoring session of 30 minutes with a named member of the student support team is needed, to rehearse how to ask for help and to plan the week ahead.",
                            "semh",
                            "not_specific",
                            F1_MENTOR,
                        ),
                        (
                            "X",
                            "What he has now, an open invitation to drop in, does not work for a young man who will not ask.",
                            "comment on current arrangement",
                        ),
                    ],
                ),
                (
                    "np",
                    "4.4",
                    [
                        (
                            "R",
                            "He will need 25% extra time, a reader and a separate room for all assessments and examinations.",
                            "cognition_learning",
                            "specific",
                            F1_EXAMS,
                        ),
                        (
                            "X",
                            "I have not recommended a scribe: Jordan's handwriting is legible and his difficulty lies in planning, not in writing.",
                            "what is not recommended",
                        ),
                    ],
                ),
                (
                    "np",
                    "4.5",
                    (
                        "R",
                        "Jordan will need explicit teaching of the numeracy his trade uses, at least two hours each week in a group of no more than six students, within the college's functional skills provision.",
                        "cognition_learning",
                        "missing_from_f",
                    ),
                ),
                (
                    "np",
                    "4.6",
                    [
                        (
                            "R",
                            "Plan A, which I prefer, is for Jordan to complete the council's independent travel training programme, ten sessions with a travel trainer, during his first term, so that by Easter he can travel to college by bus alone.",
                            "other",
                            "specific",
                            F1_TRAVEL,
                        ),
                        (
                            "X",
                            "Plan B, only if Plan A cannot start before Christmas, is for a member of the student support team to meet Jordan at the bus station each morning for the first half term.",
                            "a fallback option, not the recommendation",
                        ),
                    ],
                ),
                (
                    "np",
                    "4.7",
                    (
                        "R",
                        "At home, his parents could help him practise the bus journey at weekends, first together and then with Jordan going ahead alone.",
                        "other",
                        "not_educational",
                    ),
                ),
                ("p", "Dr Imogen Wardle, 30 June 2025"),
            ],
        ),
        dict(
            file=COL1,
            blocks=[
                ("org", "Carrowmere College - Learning Support"),
                ("title", "Learning support report"),
                (
                    "kv",
                    [
                        ("Student", "Jordan Ashby"),
                        ("Course", "Level 1 Construction Skills"),
                        ("Written by", "Danielle Osei, Learning Support Coordinator"),
                        ("Date", "4 July 2025"),
                    ],
                ),
                ("h", 2, "How Jordan is getting on"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Jordan's attendance at practical sessions is excellent and he is proud of his work.",
                            "strength",
                        ),
                        (
                            "N",
                            "In theory lessons he rarely contributes, and pair work with a student he does not know upsets him.",
                            "communication_interaction",
                            B1_SOCIAL,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "His written assignments are often incomplete because he does not know where to start.",
                            "cognition_learning",
                            B1_PLAN,
                        ),
                        (
                            "N",
                            "Jordan cannot yet plan a journey on his own when a bus is cancelled or the route changes.",
                            "other",
                            B1_TRAVEL,
                        ),
                    ],
                ),
                ("h", 2, "What we recommend"),
                (
                    "grid",
                    [
                        ["Recommendation", "Reason"],
                        [
                            (
                                "R",
                                "A weekly 20-minute check-in with his named student support officer every Monday morning.",
                                "semh",
                                "not_specific",
                                F1_MENTOR,
                            ),
                            "He does not seek help himself, so problems build up over the week.",
                        ],
                        [
                            (
                                "R",
                                "Assignment planning templates and a 30-minute study skills session each week with a learning support tutor.",
                                "cognition_learning",
                                "specific",
                                F1_STUDY,
                            ),
                            "To get his written units finished on time.",
                        ],
                        [
                            (
                                "R",
                                "A quiet space at lunchtime in the Learning Resource Centre study room, with permission to eat there.",
                                "semh",
                                "specific",
                                F1_LRC,
                            ),
                            (
                                "X",
                                "He eats alone in the car park at present because the canteen is too loud for him.",
                                "reason given for a recommendation",
                            ),
                        ],
                    ],
                    [0.55, 0.45],
                ),
                ("p", "Danielle Osei"),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalh-02: Kestrel Vale Council; Noah Whitfield, 9, Year 4
# layout "merged-table": B, E and F as one table per area of need (Needs | Outcomes | Provision)
# ---------------------------------------------------------------------------

B2_LANG = "Noah has a developmental language disorder: he understands short, familiar sentences but loses the meaning of longer instructions and of new topic vocabulary."
B2_EXPR = "His spoken sentences are short and often lack grammatical endings, so adults who do not know him find him hard to follow."
B2_SOC = "Noah finds it hard to join conversations with other children and often misreads teasing as unkindness."
B2_READ = "Noah's reading comprehension is about two years behind his decoding, because he does not understand many of the words he reads."
B2_ANX = "Noah worries about making mistakes and will refuse to start written work if he thinks he will get it wrong."
B2_FM = "Noah's handwriting is slow and effortful and he tires after a few lines."
B2_SENS = "He is distressed by the noise of the dining hall and covers his ears."

F2_SALT = "Speech and language therapy, 30 minutes every fortnight, delivered in school by a speech and language therapist"
F2_PRETEACH = "Pre-teaching of topic vocabulary by a teaching assistant, 3-4 times each week for 10 minutes, using word maps"
F2_PROG = "A language programme as outlined in the SALT programme"
F2_READ = "Small-group guided reading with the class teacher, three times a week, in a group of no more than four pupils"
F2_GROUP = "Access to a social skills group"
F2_KEY = "Daily 10-minute check-in with a named key adult at the start of the school day"
F2_HAND = "Handwriting and fine motor programme set by the occupational therapist, carried out by a teaching assistant for 15 minutes, three times a week"
F2_LUNCH = "Noah may eat lunch in the library with a friend of his choice each day, supervised by a midday supervisor"
G2_TRAIN = "The occupational therapist will train Noah's teaching assistant to deliver the handwriting programme, one session each term."

SALT2 = "salt_report.pdf"
OT2 = "ot_report.docx"

CASE_02 = dict(
    name="case-evalh-02",
    layout="merged-table",
    summary=(
        "Kestrel Vale Council; Noah Whitfield, 9, Year 4 at Harcourt Lane Primary School (developmental "
        "language disorder, reading comprehension, anxiety, handwriting, sound sensitivity). B, E and F "
        "are merged into one table per area of need with columns Needs | Outcomes | Provision. "
        'Independent SALT report in the third person ("Noah will have ...") with Plan A / Plan B; '
        "NHS OT report with a Recommendation | Who | How often | Outcome table."
    ),
    note="B, E and F are the columns of four tables, one per area of need; each table repeats the header row. Section headings B, E and F are the column headers of the first table.",
    plan=dict(
        file="plan.docx",
        blocks=[
            ("org", "Kestrel Vale Council - Special Educational Needs and Disabilities"),
            ("title", "Education, Health and Care Plan: Noah Whitfield"),
            (
                "small",
                "Date of birth: 2 March 2016   Final plan issued: 12 December 2025   Review by: 11 December 2026",
            ),
            ("H", "A", "Section A: All about me", "h2"),
            ("S", "A", "Noah loves drawing dragons and playing football with his older brother."),
            (
                "p",
                "His parents want him to be understood by the adults around him and to have a good friend at school.",
            ),
            (
                "h",
                2,
                "Sections B, E and F: my needs, the outcomes we want, and the support I will get",
            ),
            ("COLS", {"B": 0, "E": 1, "F": 2}),
            ("b", "Communication and interaction"),
            (
                "grid",
                [
                    [
                        ("H", "B", "Needs", ""),
                        ("H", "E", "Outcomes", ""),
                        ("H", "F", "Provision", ""),
                    ],
                    [
                        ("L", [("S", "B", B2_LANG), B2_EXPR, B2_SOC]),
                        (
                            "L",
                            [
                                (
                                    "S",
                                    "E",
                                    "By July 2026 Noah will follow a two-part instruction given to the class in 4 out of 5 observed lessons.",
                                ),
                                "By July 2026 Noah will use past tense endings in his spoken sentences.",
                            ],
                        ),
                        (
                            "L",
                            [
                                ("S", "F", ("F", F2_SALT, True)),
                                ("F", F2_PRETEACH, True),
                                (
                                    "F",
                                    F2_PROG,
                                    False,
                                    "A reference to another document stands in for the detail.",
                                ),
                            ],
                        ),
                    ],
                ],
                [0.34, 0.28, 0.38],
            ),
            ("b", "Cognition and learning"),
            (
                "grid",
                [
                    ["Needs", "Outcomes", "Provision"],
                    [
                        B2_READ,
                        "By the end of Year 5 Noah will answer literal questions about a page of text he has read.",
                        ("F", F2_READ, True),
                    ],
                ],
                [0.34, 0.28, 0.38],
            ),
            ("b", "Social, emotional and mental health"),
            (
                "grid",
                [
                    ["Needs", "Outcomes", "Provision"],
                    [
                        B2_ANX,
                        "Noah will start a written task within two minutes, with one prompt, by July 2026.",
                        ("L", [("F", F2_GROUP, False), ("F", F2_KEY, True)]),
                    ],
                ],
                [0.34, 0.28, 0.38],
            ),
            ("b", "Sensory and physical"),
            (
                "grid",
                [
                    ["Needs", "Outcomes", "Provision"],
                    [
                        ("L", [B2_FM, B2_SENS]),
                        "Noah will write three sentences legibly in ten minutes by the end of Year 5.",
                        ("L", [("F", F2_HAND, True), ("F", F2_LUNCH, True)]),
                    ],
                ],
                [0.34, 0.28, 0.38],
            ),
            ("H", "C", "Section C: Health needs", "h2"),
            ("S", "C", "Noah has no diagnosed health condition."),
            ("H", "D", "Section D: Social care needs", "h2"),
            ("S", "D", "None identified."),
            ("H", "G", "Section G: Health provision", "h2"),
            ("S", "G", G2_TRAIN),
            ("H", "H1", "Section H1: Social care provision (section 2 CSDPA 1970)", "h2"),
            ("S", "H1", "Not applicable."),
            ("H", "H2", "Section H2: Other social care provision", "h2"),
            ("S", "H2", "No other social care provision."),
            ("H", "I", "Section I: Placement", "h2"),
            ("S", "I", "Harcourt Lane Primary School (mainstream community school)."),
            ("H", "J", "Section J: Personal budget", "h2"),
            ("S", "J", "No personal budget has been requested."),
            ("H", "K", "Section K: Advice and information", "h2"),
            (
                "S",
                "K",
                "Independent speech and language therapy report (September 2025); occupational therapy report (October 2025); school advice; parents' views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=SALT2,
            footer="Polglaze Speech and Language Therapy - Noah Whitfield - confidential",
            blocks=[
                ("org", "Polglaze Speech and Language Therapy"),
                ("title", "Independent speech and language therapy report"),
                (
                    "p",
                    "Child: Noah Whitfield (9 years 6 months). Seen at home on 2 September 2025 and at Harcourt Lane Primary School on 9 September 2025. Report by Kerensa Polglaze, MRCSLT, HCPC SL09921.",
                ),
                ("h", 2, "History"),
                (
                    "p",
                    [
                        (
                            "X",
                            "He was a late talker, and his first words came at about two and a half.",
                            "history",
                        ),
                        "He was seen by the NHS service from the age of four and discharged in Year 2 with a programme for school.",
                    ],
                ),
                ("h", 2, "Assessment findings"),
                (
                    "p",
                    [
                        (
                            "X",
                            "His CELF-5 Receptive Language Index was 68, below the 2nd centile.",
                            "test result",
                        ),
                        (
                            "N",
                            "In class he loses the thread of any instruction longer than about eight words, and of new topic words.",
                            "communication_interaction",
                            B2_LANG,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "His expressive grammar is immature: he omits past tense endings and plurals, and his sentences rarely contain more than one clause.",
                            "communication_interaction",
                            B2_EXPR,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Noah has word-finding difficulties; he often knows what he wants to say but cannot retrieve the word, and then gives up.",
                            "communication_interaction",
                            None,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "He cannot yet retell a simple story in the right order, which holds back both his speaking and his writing.",
                            "communication_interaction",
                            None,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Noah finds it hard to enter play with other children and often takes their jokes literally.",
                            "communication_interaction",
                            B2_SOC,
                        )
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "Noah's speech sounds are now age-appropriate; the /s/ cluster errors noted in 2023 have resolved.",
                        "resolved difficulty",
                    ),
                ),
                ("h", 2, "Provision"),
                (
                    "p",
                    [
                        (
                            "R",
                            "Noah will have direct speech and language therapy from a qualified speech and language therapist for 45 minutes each week during term time, with a focus on understanding instructions, vocabulary and narrative.",
                            "communication_interaction",
                            "less",
                            F2_SALT,
                        ),
                        (
                            "X",
                            "Fortnightly therapy, which is what the draft plan offered, will not give him enough practice for new language to become automatic.",
                            "comment on the plan and reason",
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "R",
                        "A teaching assistant will pre-teach the vocabulary of each new topic, at least three times a week for 10 minutes, using word maps.",
                        "communication_interaction",
                        "specific",
                        F2_PRETEACH,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "The class teacher will use visual supports, a sequence strip and key word cards, whenever instructions are given to the whole class.",
                        "communication_interaction",
                        "missing_from_f",
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "Plan A: Noah will also attend a narrative group run by the speech and language therapist, weekly for two terms, with no more than four children.",
                        "communication_interaction",
                        "missing_from_f",
                    ),
                ),
                (
                    "p",
                    (
                        "X",
                        "Plan B, if a narrative group cannot be run in his school, is for the teaching assistant to deliver the Story Steps programme after training, although I would regard this as second best.",
                        "a fallback option, not the recommendation",
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "His parents will be shown how to use the word maps at home when they read together.",
                        "communication_interaction",
                        "not_educational",
                    ),
                ),
                ("p", "Kerensa Polglaze, 24 September 2025"),
            ],
        ),
        dict(
            file=OT2,
            blocks=[
                (
                    "org",
                    "Kestrel Vale Community Health NHS Trust - Children's Occupational Therapy",
                ),
                ("title", "Occupational Therapy Report"),
                (
                    "kv",
                    [
                        ("Name", "Noah Whitfield"),
                        ("NHS number", "485 777 3456"),
                        ("Seen", "7 October 2025, at school"),
                        ("Therapist", "Owen Pritchard, Occupational Therapist"),
                    ],
                ),
                ("h", 2, "Findings"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Noah's handwriting speed is 9 letters per minute, about half what is expected for his age, and his hand aches after five minutes of writing.",
                            "sensory_physical",
                            B2_FM,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "He is over-responsive to sound: in the dining hall he covers his ears and often leaves his lunch.",
                            "sensory_physical",
                            B2_SENS,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Noah has difficulty using a knife and fork, and with buttons and zips when he changes after PE.",
                            "sensory_physical",
                            None,
                        )
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "His Movement ABC-2 balance score was at the 25th centile, within the typical range.",
                        "test result, not a difficulty",
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Who", "How often", "Outcome"],
                        [
                            (
                                "R",
                                "Handwriting and fine motor programme (pencil control, letter formation, hand strength)",
                                "sensory_physical",
                                "specific",
                                F2_HAND,
                            ),
                            "Teaching assistant, following the OT programme",
                            "3 x 15 minutes weekly",
                            "Legible handwriting for a short paragraph",
                        ],
                        [
                            (
                                "R",
                                "Training for Noah's teaching assistant in delivering the programme",
                                "sensory_physical",
                                "wrong_section",
                                G2_TRAIN,
                                {"section": "G"},
                            ),
                            "Occupational therapist",
                            "One session each term",
                            "Programme delivered accurately",
                        ],
                        [
                            (
                                "R",
                                "A quiet place to eat lunch away from the dining hall",
                                "sensory_physical",
                                "specific",
                                F2_LUNCH,
                            ),
                            "Midday supervisor",
                            "Daily",
                            "Noah eats most of his lunch",
                        ],
                        [
                            (
                                "R",
                                "Practice of dressing skills after PE, using backward chaining",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            "Teaching assistant",
                            "After each PE lesson",
                            "Noah dresses himself in 10 minutes",
                        ],
                        [
                            (
                                "R",
                                "A sloping writing board and a chunky pencil grip",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            "Class teacher",
                            "For all written work",
                            "Less fatigue when writing",
                        ],
                    ],
                    [0.34, 0.22, 0.18, 0.26],
                ),
                ("p", "Owen Pritchard, HCPC OT61320"),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalh-03: Brayford Metropolitan Borough Council; Ellis Brennan, 16, Year 12
# layout "council-template": headings repeat the regulation's wording and end with a full
# stop, some with a leading asterisk, under grouping headings, after a contents list.
# ---------------------------------------------------------------------------

B3_SOC = "Ellis is autistic and finds it difficult to understand what others are thinking or to know what is expected of him in unstructured social situations."
B3_ANX = "He experiences high levels of anxiety, particularly about change and about being late, and this shows as shutdown: he stops speaking and cannot continue working."
B3_EXEC = (
    "Ellis has difficulty organising his time and materials across several subjects and deadlines."
)
B3_SENS = "He is sensitive to fluorescent lighting and to the noise of the sixth-form common room."
B3_WRITE = "His written answers are brief and do not show the depth of his understanding."

F3_KEY = "A named key worker will meet Ellis for 20 minutes at the start of each school day to go through the timetable and any changes."
F3_COACH = "Study skills sessions with a learning mentor as required."
F3_ESSAY = "Essay-writing support from the sixth-form study skills tutor once a week for 30 minutes, in a group of up to eight students."
F3_SPACE = "Use of the sixth-form quiet study room, which has lamp lighting and no fluorescent tubes, during all study periods."
F3_TRAIN = "Autism awareness training for sixth-form staff."
F3_EXAM = "Exam access arrangements: 25% extra time and a separate room for all examinations and mock examinations."
F3_REDUCED = "A reduced timetable if required."
G3_CBT = "Cognitive behavioural therapy adapted for autism, from the Brayford CAMHS neurodevelopmental team, up to eight sessions."

EP3 = "ep_report.pdf"
CP3 = "clinical_psychology_report.pdf"

T3 = {
    "A": "Section A: The views, interests and aspirations of the child and his or her parents, or of the young person.",
    "B": "*Section B: The child or young person's special educational needs.",
    "C": "*Section C: The child or young person's health care needs which relate to their special educational needs.",
    "D": "Section D: The child or young person's social care needs which relate to their special educational needs or to a disability.",
    "E": "*Section E: The outcomes sought for the child or young person.",
    "F": "*Section F: The special educational provision required by the child or young person.",
    "G": "Section G: Any health care provision reasonably required by the learning difficulties and disabilities which result in the child or young person having special educational needs.",
    "H1": "Section H1: Any social care provision which must be made for the child or young person as a result of section 2 of the Chronically Sick and Disabled Persons Act 1970.",
    "H2": "Section H2: Any other social care provision reasonably required by the learning difficulties and disabilities which result in the child or young person having special educational needs.",
    "I": "*Section I: The name and type of the school, maintained nursery school, post-16 institution or other institution to be attended by the child or young person.",
    "J": "Section J: Where any special educational provision is to be secured by a direct payment, the special educational needs and outcomes to be met by the direct payment.",
    "K": "Section K: The advice and information gathered during the EHC needs assessment.",
}

CASE_03 = dict(
    name="case-evalh-03",
    layout="council-template",
    summary=(
        "Brayford Metropolitan Borough Council; Ellis Brennan, 16, Year 12 in the sixth form of Brantwood "
        "School (autism, anxiety, organisation, sensory sensitivity, written expression). The council's "
        "template: a contents list repeating every heading, grouping headings (About me, Provision, "
        "Resources, Advice), section headings in the regulation's full wording ending with a full stop, "
        "some with a leading asterisk. G holds a note that therapy belongs in F. Council EP report with a "
        "Recommendation | Rationale | Expected outcome table; independent clinical psychologist's report "
        "in long argued prose and reported speech."
    ),
    note="Section headings are the regulation's wording with a full stop; those starred are the sections the council marks as statutory for appeal. The contents list before the sections repeats every heading and is not a section. The note in G that speech and language therapy belongs in F is not a provision.",
    plan=dict(
        file="plan.pdf",
        header="Brayford MBC - Education, Health and Care Plan - Ellis Brennan",
        footer="OFFICIAL-SENSITIVE   Page {n} of {m}",
        blocks=[
            ("org", "Brayford Metropolitan Borough Council"),
            ("title", "Education, Health and Care Plan"),
            ("b", "Contents"),
            (
                "p",
                "About me\n"
                + T3["A"]
                + "\n"
                + T3["B"]
                + "\n"
                + T3["C"]
                + "\n"
                + T3["D"]
                + "\nProvision\n"
                + T3["E"]
                + "\n"
                + T3["F"]
                + "\n"
                + T3["G"]
                + "\n"
                + T3["H1"]
                + "\n"
                + T3["H2"]
                + "\nResources\n"
                + T3["I"]
                + "\n"
                + T3["J"]
                + "\nAdvice\n"
                + T3["K"],
            ),
            (
                "small",
                "Name: Ellis Brennan   Date of birth: 21 January 2009   Date of this plan: 3 October 2025",
            ),
            ("BODY", "Date of this plan: 3 October 2025"),
            ("pb",),
            ("h", 1, "About me"),
            ("H", "A", T3["A"], "h3"),
            (
                "S",
                "A",
                "I want to study computer science at university and I would like to live in a flat of my own one day.",
            ),
            (
                "p",
                "Ellis's parents want the school to understand that a quiet, polite student can still be struggling.",
            ),
            ("H", "B", T3["B"], "h3"),
            ("S", "B", B3_SOC),
            ("p", [B3_ANX, B3_EXEC]),
            ("p", [B3_SENS, B3_WRITE]),
            ("H", "C", T3["C"], "h3"),
            (
                "S",
                "C",
                "Ellis has been diagnosed with an anxiety disorder and is supported by CAMHS.",
            ),
            ("H", "D", T3["D"], "h3"),
            ("S", "D", "Ellis has no social care needs at present."),
            ("h", 1, "Provision"),
            ("H", "E", T3["E"], "h3"),
            ("S", "E", "By July 2026 Ellis will hand in 90% of his homework by the deadline set."),
            (
                "p",
                "By July 2027 Ellis will sit his A-level examinations with the access arrangements he needs.",
            ),
            ("H", "F", T3["F"], "h3"),
            ("S", "F", "The school will provide:"),
            (
                "bul",
                [
                    ("F", F3_KEY, True),
                    ("F", F3_COACH, False),
                    ("F", F3_ESSAY, True),
                    ("F", F3_SPACE, True),
                    ("F", F3_TRAIN, False),
                    ("F", F3_EXAM, True),
                    ("F", F3_REDUCED, False),
                ],
            ),
            ("H", "G", T3["G"], "h3"),
            ("S", "G", G3_CBT),
            (
                "p",
                "Speech and language therapy, where it is needed, is educational provision and is set out in Section F.",
            ),
            ("H", "H1", T3["H1"], "h3"),
            ("S", "H1", "No provision is required under this section."),
            ("H", "H2", T3["H2"], "h3"),
            ("S", "H2", "No other social care provision is required."),
            ("h", 1, "Resources"),
            ("H", "I", T3["I"], "h3"),
            (
                "S",
                "I",
                "Brantwood School Sixth Form, Brantwood Lane, Brayford (mainstream academy).",
            ),
            ("H", "J", T3["J"], "h3"),
            ("S", "J", "No direct payment has been requested."),
            ("h", 1, "Advice"),
            ("H", "K", T3["K"], "h3"),
            (
                "S",
                "K",
                "Psychological advice from Brayford Educational Psychology Service (May 2025); independent report by Dr Nadia Osterfield, clinical psychologist (June 2025); school advice.",
            ),
        ],
    ),
    reports=[
        dict(
            file=EP3,
            blocks=[
                ("org", "Brayford Educational Psychology Service"),
                ("title", "Psychological advice: Ellis Brennan"),
                (
                    "p",
                    "Requested as part of an EHC needs assessment. Seen at Brantwood School on 8 May 2025 by Tomasz Wren, Educational Psychologist.",
                ),
                ("h", 2, "Assessment"),
                (
                    "p",
                    (
                        "X",
                        "His scores on the WISC-V placed his verbal comprehension in the very high range (index 131) and his processing speed in the low average range (index 84).",
                        "test result",
                    ),
                ),
                (
                    "p",
                    (
                        "X",
                        "Ellis is an able mathematician who is predicted an A in A-level Mathematics.",
                        "strength",
                    ),
                ),
                ("h", 2, "Analysis of needs"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Ellis struggles to infer what other people mean when they speak indirectly, and he can misread a teacher's irritation as anger at him.",
                            "communication_interaction",
                            B3_SOC,
                        ),
                        (
                            "N",
                            "When he is anxious Ellis goes silent and may sit without moving for twenty minutes or more.",
                            "semh",
                            B3_ANX,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "He finds it very hard to keep track of homework deadlines across his three A-level subjects.",
                            "cognition_learning",
                            B3_EXEC,
                        ),
                        (
                            "N",
                            "Ellis's written answers are usually brief and do not show what he knows; in timed essays he rarely writes more than a paragraph.",
                            "cognition_learning",
                            B3_WRITE,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "N",
                        "Ellis has no friends in his year group and spends break times alone in the library, which he says makes him feel lonely.",
                        "semh",
                        None,
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Rationale", "Expected outcome"],
                        [
                            (
                                "R",
                                "A named key worker who meets Ellis for 20 minutes at the start of each school day to go through the day's timetable and any changes.",
                                "semh",
                                "specific",
                                F3_KEY,
                            ),
                            "Predictability lowers his anxiety; changes he is told about in advance are managed well.",
                            "Fewer shutdowns in lessons",
                        ],
                        [
                            (
                                "R",
                                "Weekly 1:1 executive-function coaching, 40 minutes, with a learning mentor, using a planner and a shared deadline calendar.",
                                "cognition_learning",
                                "not_specific",
                                F3_COACH,
                            ),
                            "He has the ability but not the organisation.",
                            "Homework handed in on time",
                        ],
                        [
                            (
                                "R",
                                "Permission to leave lessons two minutes early to avoid crowded corridors.",
                                "semh",
                                "missing_from_f",
                            ),
                            "Crowds raise his anxiety before he reaches the next lesson.",
                            "Arrives at lessons calm",
                        ],
                        [
                            (
                                "R",
                                "Teaching of essay structure by a subject teacher or specialist teacher, 1:1 or in a pair, for 30 minutes twice a week in the autumn term.",
                                "cognition_learning",
                                "less",
                                F3_ESSAY,
                            ),
                            (
                                "X",
                                "His understanding of the content is secure; what he lacks is a way to get it onto the page.",
                                "rationale",
                            ),
                            "Essays of a length and depth that show his knowledge",
                        ],
                    ],
                    [0.42, 0.33, 0.25],
                ),
                ("p", "Tomasz Wren, HCPC PYL33012, 20 May 2025"),
            ],
        ),
        dict(
            file=CP3,
            footer="Dr N. Osterfield - report on Ellis Brennan - {n}",
            blocks=[
                ("org", "Dr Nadia Osterfield, Consultant Clinical Psychologist"),
                ("small", "Osterfield Psychology, 4 Quay Street, Brayford QH2 7LP   01632 960771"),
                ("title", "Report on Ellis Brennan"),
                (
                    "p",
                    "Instructed by Mr and Mrs Brennan. I saw Ellis on 10 and 17 June 2025 and spoke with his mother, his form tutor and the SENCo.",
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    (
                        "X",
                        "His mother said that Ellis had been a happy, chatty boy until Year 8.",
                        "history, reported speech",
                    ),
                ),
                ("h", 2, "Assessment"),
                (
                    "p",
                    (
                        "X",
                        "The GAD-7 placed him in the moderate range; on the SCAS his self-rated scores were lower than his mother's, which is common in autistic young people who mask.",
                        "questionnaire results",
                    ),
                ),
                ("h", 2, "Opinion"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Ellis meets the criteria for generalised anxiety disorder, and his anxiety is at its worst on Sunday evenings and on mornings when the timetable changes.",
                            "semh",
                            B3_ANX,
                        ),
                        (
                            "N",
                            "He told me that the flicker of the lights in the maths classroom gives him headaches and that he cannot think in the common room because everyone talks at once; I have no reason to doubt this.",
                            "sensory_physical",
                            B3_SENS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Ellis's sleep is badly disrupted: he rarely falls asleep before 2 am on school nights and is exhausted in the mornings.",
                            "health",
                            None,
                        ),
                        (
                            "N",
                            "He masks his difficulties in class, so staff see a polite, quiet student and do not notice when he has stopped understanding.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations and the reasons for them"),
                (
                    "p",
                    [
                        (
                            "R",
                            "I recommended to the school at our meeting on 3 June 2025 that Ellis be given a low-stimulus workspace for private study, away from the common room, with natural light or a lamp rather than fluorescent tubes.",
                            "sensory_physical",
                            "specific",
                            F3_SPACE,
                        ),
                        (
                            "X",
                            "This matters because at present Ellis spends his study periods in the toilets, which is neither dignified nor productive.",
                            "reason and current arrangement",
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "R",
                        "Ellis needs six to eight sessions of cognitive behavioural therapy adapted for autism, from a clinical psychologist, to address his anxiety.",
                        "health",
                        "not_educational",
                        G3_CBT,
                        {"section": "G"},
                    ),
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "School staff who teach Ellis should receive training in autism and anxiety, at least two hours, from a specialist autism teacher, before the start of the spring term.",
                            "semh",
                            "not_specific",
                            F3_TRAIN,
                        ),
                        "Without it, the adjustments above are likely to be applied by some teachers and not by others, and Ellis will learn that asking for them is pointless.",
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "I do not recommend a reduced timetable; in my experience it tends to make the return harder for young people like Ellis, and he himself wants to attend full time.",
                        "what is not recommended",
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "His parents may wish to keep a consistent bedtime routine and to take screens out of his room after 10 pm.",
                        "health",
                        "not_educational",
                    ),
                ),
                ("p", "Dr Nadia Osterfield, DClinPsy, HCPC PYL20455, 30 June 2025"),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalh-04: Mardale County Council; Shannon Keel, 19, Heronsgate College
# layout "lettered": plain "Section B: Special educational needs" Word headings.
# ---------------------------------------------------------------------------

B4_COG = "Shannon has a moderate learning disability; she learns new skills slowly and needs many repetitions before she can use them without help."
B4_MONEY = "She recognises coins but cannot work out change or keep to a budget."
B4_LANG = "Shannon understands simple spoken sentences but needs key words repeated and shown with pictures."
B4_SPEECH = "Her speech is unclear to people who do not know her, especially on the telephone."
B4_VULN = (
    "She trusts strangers readily and does not recognise when she is being taken advantage of."
)
B4_TIME = "Shannon cannot yet tell the time from a clock face, so she relies on others to keep to appointments."

F4_SALT = "Speech and language therapy: a block of six 45-minute sessions in the autumn term, delivered by a speech and language therapist, to practise using the telephone, followed by a review."
F4_MAKATON = "Makaton to be used where possible."
F4_MONEY = "Functional maths sessions focusing on money, daily for 30 minutes, in a group of no more than four learners, taught by a tutor."
F4_TRAVEL = "Travel training."
F4_LIVING = "Independent living skills in the college training flat, one 2-hour session a week with a support worker."
F4_JOB = "A job coach will support Shannon at her work placement, full days for the first four weeks, reducing as she becomes confident."
F4_CLOCK = "Teaching of time-telling with a visual timer and clock practice, 10 minutes daily, by her tutor."
G4_PASSPORT = "The speech and language therapist will update Shannon's communication passport with her each term."

SALT4 = "salt_advice.docx"
IND4 = "independent_report.pdf"

CASE_04 = dict(
    name="case-evalh-04",
    layout="lettered",
    summary=(
        "Mardale County Council; Shannon Keel, 19, second year at Heronsgate College, an independent "
        "specialist college (moderate learning disability, language, speech intelligibility, money, "
        "time, personal safety). Plain lettered headings. The SALT's advice is an e-mail pasted into a "
        "Word document, with headers, greeting and sign-off around it; the independent preparing-for-"
        "adulthood report has a Recommendation | Reason | Outcome table and argues what it does not recommend."
    ),
    plan=dict(
        file="plan.docx",
        header="Mardale County Council - EHC Plan",
        footer="Shannon Keel - EHC Plan - review due November 2026",
        blocks=[
            ("org", "Mardale County Council - SEND 0-25 Service"),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Young person: Shannon Keel   Date of birth: 8 June 2006   Date of issue: 20 November 2025",
            ),
            ("H", "A", "Section A: The young person's views, interests and aspirations", "h2"),
            (
                "S",
                "A",
                "Shannon wants to work in a cafe and to live with her friend Jade in a supported flat.",
            ),
            ("H", "B", "Section B: Special educational needs", "h2"),
            ("S", "B", B4_COG),
            ("bul", [B4_MONEY, B4_LANG, B4_SPEECH, B4_VULN, B4_TIME]),
            ("H", "C", "Section C: Health needs", "h2"),
            ("S", "C", "Shannon has hypothyroidism, treated with daily medication."),
            ("H", "D", "Section D: Social care needs", "h2"),
            (
                "S",
                "D",
                "Shannon will need support to manage a tenancy and her money when she leaves college.",
            ),
            ("H", "E", "Section E: Outcomes", "h2"),
            (
                "S",
                "E",
                "By July 2026 Shannon will buy her lunch in the college cafe and check her change.",
            ),
            ("p", "By July 2027 Shannon will travel to her work placement on her own."),
            ("H", "F", "Section F: Special educational provision", "h2"),
            ("S", "F", ("F", F4_SALT, True)),
            ("p", ("F", F4_MAKATON, False)),
            ("p", ("F", F4_MONEY, True)),
            ("p", ("F", F4_TRAVEL, False)),
            ("p", ("F", F4_LIVING, True)),
            ("p", ("F", F4_JOB, True)),
            ("p", ("F", F4_CLOCK, True)),
            ("H", "G", "Section G: Health provision", "h2"),
            ("S", "G", G4_PASSPORT),
            ("p", "Thyroid function tests are arranged by Shannon's GP."),
            (
                "H",
                "H1",
                "Section H1: Social care provision under the Chronically Sick and Disabled Persons Act 1970",
                "h2",
            ),
            ("S", "H1", "None at present."),
            ("H", "H2", "Section H2: Other social care provision", "h2"),
            (
                "S",
                "H2",
                "A transition worker from adult social care will meet Shannon and her mother by March 2026.",
            ),
            ("H", "I", "Section I: Placement", "h2"),
            (
                "S",
                "I",
                "Heronsgate College (independent specialist post-16 institution), day placement.",
            ),
            ("H", "J", "Section J: Personal budget", "h2"),
            ("S", "J", "No personal budget."),
            ("H", "K", "Section K: Advice and information", "h2"),
            (
                "S",
                "K",
                "Speech and language therapy advice (September 2025); independent preparing-for-adulthood report (October 2025); college report.",
            ),
        ],
    ),
    reports=[
        dict(
            file=SALT4,
            sans=True,
            blocks=[
                ("p", "From: Aled Morgan <aled.morgan@mardalehealth.example.org>"),
                ("p", "Sent: 15 September 2025 16:52"),
                ("p", "To: Bethan Rhys <bethan.rhys@mardale.example.org>"),
                ("p", "Subject: Shannon Keel - SALT advice for her EHCP review"),
                ("p", "Hi Bethan,"),
                (
                    "p",
                    "Sorry this is late. I saw Shannon at college last Tuesday and had a chat with her tutor, so here is my advice for the review.",
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Shannon's understanding is at about the three-key-word level, so longer instructions at her work placement will need to be broken down.",
                            "communication_interaction",
                            B4_LANG,
                        ),
                        (
                            "N",
                            "Her speech intelligibility to unfamiliar listeners is about 50%, and she gets upset when she is asked to repeat herself.",
                            "communication_interaction",
                            B4_SPEECH,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "She has made good progress with her communication passport this year and now uses it in the cafe.",
                            "progress",
                        ),
                        (
                            "N",
                            "She doesn't yet have a reliable way to tell someone when she is unwell or in pain.",
                            "communication_interaction",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "I'd suggest a block of 6 direct SALT sessions of 45 minutes in the autumn term to work on using the telephone, followed by a review.",
                            "communication_interaction",
                            "specific",
                            F4_SALT,
                        ),
                        (
                            "R",
                            "All the staff who work with Shannon, including her job coach, should use Makaton signs alongside speech.",
                            "communication_interaction",
                            "not_specific",
                            F4_MAKATON,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "R",
                        "Her communication passport should be updated each term by the SALT, with Shannon.",
                        "communication_interaction",
                        "wrong_section",
                        G4_PASSPORT,
                        {"section": "G"},
                    ),
                ),
                ("p", "Any questions, give me a ring."),
                (
                    "p",
                    "Best wishes,\nAled\nAled Morgan | Specialist Speech and Language Therapist (Adult Learning Disabilities) | Mardale Community Health | 01632 960245",
                ),
            ],
        ),
        dict(
            file=IND4,
            blocks=[
                ("org", "Vale Inclusion Consultancy"),
                ("title", "Preparing for adulthood: independent assessment of Shannon Keel"),
                (
                    "p",
                    "Commissioned by Mrs Lorraine Keel. Author: Rhiannon Vale, MEd, independent special educational needs consultant and former specialist teacher. Observations at Heronsgate College and in the community, 2 and 9 October 2025.",
                ),
                ("h", 2, "What I found"),
                (
                    "p",
                    [
                        (
                            "X",
                            "On the Vineland-3 her adaptive behaviour composite was 58, in the low range.",
                            "test result",
                        ),
                        (
                            "X",
                            "Shannon is punctual, polite and hard-working at her placement in the college cafe.",
                            "strength",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Shannon cannot calculate change from a five-pound note or check a receipt, which leaves her open to being short-changed in shops.",
                            "cognition_learning",
                            B4_MONEY,
                        ),
                        (
                            "N",
                            "She does not recognise risky situations and will readily give personal information to strangers who ask for it.",
                            "social_care",
                            B4_VULN,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Shannon relies on staff to tell her when to move between activities because she cannot read a clock.",
                            "cognition_learning",
                            B4_TIME,
                        ),
                        (
                            "N",
                            "She cannot yet prepare a simple meal, such as beans on toast, without step-by-step prompting.",
                            "other",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Shannon gets lost on routes she has not practised many times and cannot use a map or a phone to find her way.",
                            "other",
                            None,
                        ),
                        (
                            "N",
                            "She learns new routines slowly and needs the same task practised daily for several weeks before she can do it without help.",
                            "cognition_learning",
                            B4_COG,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Reason", "Outcome it serves"],
                        [
                            (
                                "R",
                                "Daily money skills teaching using real coins and notes, 30 minutes, in a group of no more than four",
                                "cognition_learning",
                                "specific",
                                F4_MONEY,
                            ),
                            "Money is the skill she most needs for work and for living with a friend.",
                            "Buys lunch and checks change",
                        ],
                        [
                            (
                                "R",
                                "Travel training on the route from home to her work placement, 1:1 with a travel trainer, twice a week until she can travel alone",
                                "other",
                                "not_specific",
                                F4_TRAVEL,
                            ),
                            (
                                "X",
                                "Without this Shannon will remain dependent on her mother for every journey.",
                                "consequence",
                            ),
                            "Travels to placement alone",
                        ],
                        [
                            (
                                "R",
                                "Independent living skills in the college training flat, three sessions of two hours each week with a support worker",
                                "other",
                                "less",
                                F4_LIVING,
                            ),
                            "She learns by doing the same task many times; once a week is not enough.",
                            "Prepares a simple meal",
                        ],
                        [
                            (
                                "R",
                                "Personal safety sessions with the college's safeguarding lead, weekly for one term",
                                "social_care",
                                "missing_from_f",
                            ),
                            "She gives her details to anyone who asks.",
                            "Keeps herself safe in the community",
                        ],
                        [
                            (
                                "R",
                                "A job coach alongside Shannon at her work placement for the first four weeks, then fading support",
                                "other",
                                "specific",
                                F4_JOB,
                            ),
                            "New routines take her weeks to learn.",
                            "Works a shift with minimal support",
                        ],
                    ],
                    [0.42, 0.36, 0.22],
                ),
                (
                    "p",
                    (
                        "X",
                        "I considered whether Shannon needs waking night support in a residential placement and concluded that she does not; her needs can be met in a day placement.",
                        "what is not recommended",
                    ),
                ),
                ("p", "Rhiannon Vale, 27 October 2025"),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
