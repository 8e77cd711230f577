# ruff: noqa: E501
"""Set L as data: post-16 and college plans in four new layouts, with independent reports
that argue their advice at length.

Every name, council, college, school, employer, service and professional is invented.
Postcodes use areas that do not exist (QZ, QX), phone numbers are in the 01632 960xxx
range and e-mail addresses are at example.org. Markers are those of evaluation_kit.dataset.
"""

# ---------------------------------------------------------------------------
# case-evall-01: Lindenshaw County Council; Leah Okonkwo-Reid, 17, Marlowe Vale College
# layout "parts-lettered-subparts": "Part 1: About Leah" with sub-parts "1(a)" to "1(d)",
# "Part 2" "2(a)" outcomes, "Part 3" "3(a)" to "3(d)" provision (F, G, H1, H2), "Part 4"
# placement and budget, "Part 5" advice. Only Part 1's sub-part letters match the
# sections' letters.
# ---------------------------------------------------------------------------

B1_LANG = "Leah has a developmental language disorder: she has difficulty understanding long or complex spoken instructions and finding the words she needs to explain herself."
B1_AUT = "Leah is autistic; she finds unstructured social situations and changes to her routine difficult."
B1_ANX = "She experiences high levels of anxiety, particularly in busy, noisy spaces such as the college canteen."
B1_LIT = "Her reading and spelling are below the level expected for her course, and she needs support with written assignments."
B1_PROC = "Leah processes information more slowly than her peers and may need extra time."

F1_LIT = "Specialist literacy teaching from a specialist teacher (Level 5 qualification in specific learning difficulties), one hour a week, in a group of no more than three, using the vocabulary of her catering units."
F1_STEPS = "Visual step sheets with one instruction a step for every practical session, prepared in advance by the course tutor or the learning support assistant."
F1_KEY = "Leah will have regular check-ins with a named key worker."
F1_KEY2 = "These will last 15 minutes, at the start of every day she is in college, to go over her timetable and any changes to it."
F1_QUIET = "Access to a quiet space when needed."
F1_TRAIN = "Training for staff in communication strategies."
F1_PASS = "A weekly 30-minute individual session with her key worker to write her communication passport and practise explaining her needs."
F1_VISIT = "one-hour pre-visit to each work placement with key worker, key vocabulary sent to Leah a week before"
F1_EXAM = "Extra time of 25% and a reader in all written assessments, arranged by the college's exams officer."
G1_SALT = "Speech and language therapy from the college's contracted speech and language therapist, one 45-minute session each week."

EP1 = "ep_report_independent.pdf"
SALT1 = "salt_report_independent.docx"

CASE_01 = dict(
    name="case-evall-01",
    layout="parts-lettered-subparts",
    summary=(
        "Lindenshaw County Council; Leah Okonkwo-Reid, 17, first year of a Level 1 Hospitality and "
        "Catering study programme at Marlowe Vale College, a general FE college (autism, developmental "
        "language disorder, anxiety, literacy, working memory, money skills). The plan is in five Parts "
        "with lettered sub-parts: 1(a) to 1(d) are A to D, 2(a) is E, 3(a) to 3(d) are F, G, H1 and H2, "
        "4(a) is I, 4(b) is J, 5(a) is K. Independent EP and independent SALT reports argue each "
        "recommendation (reasons, consequences, what is not recommended, comments on the plan); the "
        "SALT gives therapy as an either/or option, and the plan puts the therapy in 3(b), health."
    ),
    note="Sub-part letters restart in every Part: 3(a) is Section F, 3(b) G, 3(c) H1, 3(d) H2, 4(a) I, 4(b) J, 5(a) K. The Part headings group sections and are not sections. The key worker provision spans two sentences, the hedge ('regular') in the first and the quantity in the second. Speech and language therapy in 3(b) (health) is wrong_section; the SALT's either/or recommendation is met by either pattern.",
    plan=dict(
        file="plan.pdf",
        header="Lindenshaw County Council - Education, Health and Care Plan - Leah Okonkwo-Reid",
        footer="OFFICIAL - SENSITIVE   page {n} of {m}",
        blocks=[
            ("org", "Lindenshaw County Council"),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Young person: Leah Okonkwo-Reid   Date of birth: 3 March 2009   Final plan issued: 9 February 2026",
            ),
            ("small", "Lindenshaw SEND Team, County Hall, Lindenshaw QZ3 8PL   01632 960418"),
            ("h", 1, "Part 1: About Leah"),
            ("H", "A", "1(a) Leah's views, interests and aspirations", "h2"),
            ("S", "A", "Leah wants to work in a hotel kitchen and, one day, to run her own cafe."),
            (
                "p",
                "She enjoys baking, K-pop and walking her aunt's dog. Her mother wants her to be able to travel on her own and to keep a job.",
            ),
            ("H", "B", "1(b) Special educational needs", "h2"),
            ("S", "B", B1_LANG),
            ("p", [B1_AUT, B1_ANX]),
            ("p", [B1_LIT, B1_PROC]),
            ("H", "C", "1(c) Health needs", "h2"),
            (
                "S",
                "C",
                "Leah is generally in good health. She was discharged by the child and adolescent mental health service in June 2025.",
            ),
            ("H", "D", "1(d) Social care needs", "h2"),
            (
                "S",
                "D",
                "Leah does not have an allocated social worker; her family would like advice on travel and benefits before she turns 18.",
            ),
            ("h", 1, "Part 2: Outcomes"),
            ("H", "E", "2(a) Outcomes for Leah", "h2"),
            (
                "S",
                "E",
                "By July 2026 Leah will follow a three-step spoken instruction in the kitchen without a prompt, four times out of five.",
            ),
            (
                "p",
                "By July 2027 Leah will travel on her own between home and college by bus, and will explain her needs to a placement supervisor.",
            ),
            ("h", 1, "Part 3: Provision"),
            ("H", "F", "3(a) Special educational provision", "h2"),
            (
                "p",
                "Marlowe Vale College will make the following provision, which will be reviewed at each annual review.",
            ),
            ("S", "F", ("F", F1_LIT, True)),
            ("p", ("F", F1_STEPS, True)),
            (
                "p",
                [
                    (
                        "F",
                        F1_KEY,
                        True,
                        "The hedge ('regular') is in this sentence and the quantity in the next; judged together the provision is specific.",
                    ),
                    F1_KEY2,
                ],
            ),
            ("p", ("F", F1_QUIET, False)),
            ("p", ("F", F1_TRAIN, False)),
            ("p", ("F", F1_PASS, True)),
            (
                "p",
                (
                    "F",
                    F1_VISIT,
                    True,
                    "An unpunctuated fragment; it says what, who, how long and when.",
                ),
            ),
            ("p", ("F", F1_EXAM, True)),
            ("H", "G", "3(b) Health care provision", "h2"),
            ("S", "G", G1_SALT),
            (
                "p",
                "Leah's GP will continue to see her for routine health care; no other health provision is required.",
            ),
            (
                "H",
                "H1",
                "3(c) Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
                "h2",
            ),
            ("S", "H1", "No provision under this heading is required."),
            ("H", "H2", "3(d) Other social care provision", "h2"),
            (
                "S",
                "H2",
                "A transition worker from the Preparing for Adulthood team will meet Leah and her mother before her 18th birthday.",
            ),
            ("h", 1, "Part 4: Placement and personal budget"),
            ("H", "I", "4(a) Placement", "h2"),
            (
                "S",
                "I",
                "Marlowe Vale College (general further education college), Level 1 Hospitality and Catering study programme.",
            ),
            ("H", "J", "4(b) Personal budget", "h2"),
            ("S", "J", "No personal budget has been requested."),
            ("h", 1, "Part 5: Advice"),
            ("H", "K", "5(a) Advice and information gathered for the plan", "h2"),
            (
                "S",
                "K",
                "Independent educational psychology report, Dr Miriam Hallam (October 2025); independent speech and language therapy report, Rachel Adeyemi (November 2025); college progress report (November 2025).",
            ),
        ],
    ),
    reports=[
        dict(
            file=EP1,
            footer="Dr Miriam Hallam, Chartered Educational Psychologist - Leah Okonkwo-Reid - page {n}",
            blocks=[
                ("org", "Dr Miriam Hallam, Chartered Educational Psychologist"),
                (
                    "small",
                    "12 Orchard Row, Lindenshaw QZ2 5HD   01632 960527   m.hallam@example.org",
                ),
                ("title", "Independent educational psychology report"),
                (
                    "kv",
                    [
                        ("Young person", "Leah Okonkwo-Reid (date of birth 3 March 2009)"),
                        ("College", "Marlowe Vale College, Level 1 Hospitality and Catering"),
                        ("Assessed", "7 and 14 October 2025, at college and at home"),
                        ("Instructed by", "Leah and her mother, Mrs Grace Okonkwo"),
                    ],
                ),
                ("h", 2, "1. Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "At school Leah had a teaching assistant in most lessons and sat her GCSEs in a separate room with a reader.",
                            "history",
                        ),
                        (
                            "X",
                            "The self-harm reported in Year 10 has not recurred for more than a year, and the mental health service discharged her in June 2025.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                (
                    "p",
                    "Leah started at Marlowe Vale College in September 2025. She was keen to start, and her tutor describes her as polite and hard-working.",
                ),
                ("h", 2, "2. Assessment findings"),
                (
                    "p",
                    [
                        (
                            "X",
                            "On the WAIS-IV her Verbal Comprehension Index was 81, her Working Memory Index 72 and her Processing Speed Index 76.",
                            "test result",
                        ),
                        "These scores need to be read alongside what I saw in the kitchen.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Leah's working memory is a significant weakness: she can hold only two or three steps of an instruction in mind, and in the kitchen she loses track of a recipe part way through.",
                            "cognition_learning",
                            None,
                        ),
                        (
                            "N",
                            "Her reading comprehension is at about the level of a nine-year-old, well below the demands of the written units of her course.",
                            "cognition_learning",
                            B1_LIT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Her speed of processing is slow; she needs longer than other students to take in and act on what she hears or reads.",
                            "cognition_learning",
                            B1_PROC,
                        ),
                        (
                            "X",
                            "Leah's practical cooking skills are good; her tutor rates her knife skills and food hygiene as the best in her group.",
                            "strength",
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "N",
                        "Leah's anxiety has risen sharply since she began college, and she has missed 14 of the last 40 sessions, usually on days when the timetable changes.",
                        "semh",
                        B1_ANX,
                    ),
                ),
                (
                    "p",
                    (
                        "N",
                        "She cannot yet manage money: she does not know whether she has been given the right change and cannot budget for a week's bus fares and lunches.",
                        "cognition_learning",
                        None,
                    ),
                ),
                ("pb",),
                ("h", 2, "3. What I recommend, and why"),
                (
                    "p",
                    "I set out each recommendation below with my reasons, because the college and the council will need to weigh them against the current plan.",
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Leah should be taught by a specialist teacher of students with literacy difficulties for one hour twice a week, in a group of no more than three, with the teaching linked to the vocabulary and reading of her catering units.",
                            "cognition_learning",
                            "less",
                            F1_LIT,
                        ),
                        (
                            "X",
                            "I recommend two sessions rather than one because Leah forgets much of what she has learned over a week, and a single weekly session would be spent largely on revision.",
                            "reason",
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "Without this teaching she is unlikely to pass the written units of her course, and a Level 1 certificate is the entry requirement for the Level 2 course she hopes to join.",
                        "consequence of not providing",
                    ),
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Every practical session should begin with a visual step sheet, with no more than one instruction on each step, prepared by her tutor or the learning support assistant before the session.",
                            "cognition_learning",
                            "specific",
                            F1_STEPS,
                        ),
                        (
                            "X",
                            "At present she is given the same printed recipe as everyone else, which runs to a full page of dense text.",
                            "comment on the current arrangement",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Leah needs a named key worker whom she meets for 15 minutes at the start of each college day to go through the timetable and any changes.",
                            "semh",
                            "specific",
                            F1_KEY,
                        ),
                        (
                            "X",
                            "Changes to the timetable are behind most of her absences, and a daily check-in of this kind is cheap and, in my experience, very effective for autistic students.",
                            "reason",
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "R",
                        "Leah should be taught money skills (checking change and budgeting for a week) in a small group of no more than four, for 45 minutes each week, as part of her study programme.",
                        "cognition_learning",
                        "missing_from_f",
                    ),
                ),
                (
                    "p",
                    (
                        "X",
                        "If she is to live and work independently, as she wants to, this is as important as anything she will learn in the kitchen.",
                        "reason",
                    ),
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "She should have a quiet, supervised room to eat lunch in and to go to when the canteen is too much for her, available every day from 12.00 to 1.30 pm, and she should be told where it is and who will be there.",
                            "semh",
                            "not_specific",
                            F1_QUIET,
                        ),
                        (
                            "X",
                            "The current plan's wording leaves it to Leah to ask for a quiet space, which she will not do.",
                            "comment on the current plan",
                        ),
                    ],
                ),
                ("h", 2, "4. What I have not recommended"),
                (
                    "p",
                    (
                        "X",
                        "I have not recommended a one-to-one learning support assistant in all sessions: Leah wants to be independent, and constant adult support at school made her more dependent on adults and more conspicuous among her peers.",
                        "what is not recommended",
                    ),
                ),
                (
                    "p",
                    (
                        "X",
                        "The current plan describes some of Leah's needs accurately but says nothing about her working memory, which in my opinion is the main reason she struggles in the kitchen.",
                        "comment on the current plan",
                    ),
                ),
                (
                    "p",
                    "Dr Miriam Hallam, Chartered Educational Psychologist, HCPC registered. 21 October 2025.",
                ),
            ],
        ),
        dict(
            file=SALT1,
            header="Rachel Adeyemi Speech and Language Therapy - independent report",
            footer="Leah Okonkwo-Reid - confidential",
            blocks=[
                ("org", "Rachel Adeyemi Speech and Language Therapy"),
                ("title", "Independent speech and language therapy report"),
                (
                    "kv",
                    [
                        ("Client", "Leah Okonkwo-Reid, 16 years 8 months at assessment"),
                        ("Seen", "4 November 2025 (clinic) and 11 November 2025 (college kitchen)"),
                        ("Therapist", "Rachel Adeyemi, BSc (Hons), MRCSLT, HCPC registered"),
                    ],
                ),
                ("h", 2, "Summary of findings"),
                (
                    "p",
                    [
                        ("X", "On the CELF-5 UK her Core Language Score was 70.", "test result"),
                        (
                            "X",
                            "Leah's speech is clear and she reads aloud fluently, with good expression.",
                            "strength",
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "N",
                        "Leah's understanding of spoken language is at the 5th centile for her age; she follows instructions of up to about eight words but loses the meaning of longer ones.",
                        "communication_interaction",
                        B1_LANG,
                    ),
                ),
                (
                    "p",
                    (
                        "N",
                        "She has marked word-finding difficulties and often gives up part way through an explanation.",
                        "communication_interaction",
                        B1_LANG,
                    ),
                ),
                (
                    "p",
                    (
                        "N",
                        "Leah does not understand idioms, sarcasm or indirect requests, and takes an instruction such as 'Can you keep an eye on the soup?' literally.",
                        "communication_interaction",
                        None,
                        "Figurative and indirect language is a different difficulty from the long or complex instructions that B describes.",
                    ),
                ),
                (
                    "p",
                    (
                        "N",
                        "In group work she struggles to take turns in conversation and to put right a misunderstanding, and other students have begun to avoid working with her.",
                        "communication_interaction",
                        B1_AUT,
                    ),
                ),
                (
                    "p",
                    (
                        "N",
                        "Leah does not yet know how to explain her difficulties to an employer or to ask for an adjustment at work.",
                        "communication_interaction",
                        None,
                    ),
                ),
                ("h", 2, "Recommendations and reasons"),
                (
                    "p",
                    (
                        "R",
                        "Leah should have direct speech and language therapy from a qualified speech and language therapist, either one 45-minute individual session each week throughout the year or a block of eight weekly one-hour sessions in each term.",
                        "communication_interaction",
                        "wrong_section",
                        G1_SALT,
                        {
                            "section": "G",
                            "note": "An either/or recommendation: the plan's weekly 45-minute session matches the first pattern, but it stands in 3(b), health.",
                        },
                    ),
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "I have given two patterns because the college's therapy contract is arranged in termly blocks; either would meet her needs, though weekly sessions without a break would be better.",
                            "reason for an option",
                        ),
                        (
                            "X",
                            "If Leah does not have direct therapy now, while she is still in education, she is likely to leave college without the language she needs to follow instructions at work, and that is very hard to put right afterwards.",
                            "consequence of not providing",
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "R",
                        "Her tutors and the learning support assistants should be trained by the speech and language therapist in adapting their language (short instructions, one step at a time, checking understanding), in one two-hour session before the start of each term.",
                        "communication_interaction",
                        "not_specific",
                        F1_TRAIN,
                    ),
                ),
                (
                    "p",
                    (
                        "X",
                        "Section F as drafted refers only to 'staff training', which does not say who will train whom, in what, or how often.",
                        "comment on the current plan",
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "Leah should have 30 minutes a week of individual work with her key worker on explaining her needs and asking for help, using a communication passport that she writes herself and can show to employers.",
                        "communication_interaction",
                        "specific",
                        F1_PASS,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "Leah will have the key instructions and vocabulary of each work placement a week before it starts, and a pre-visit of at least one hour with her key worker.",
                        "communication_interaction",
                        "specific",
                        F1_VISIT,
                    ),
                ),
                (
                    "p",
                    (
                        "X",
                        "I have not recommended a social skills group: Leah found the one she attended at school patronising, and the evidence that such groups carry over into real settings is weak.",
                        "what is not recommended",
                    ),
                ),
                (
                    "p",
                    "Rachel Adeyemi, Speech and Language Therapist. Report dated 20 November 2025.",
                ),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evall-02: Wexcombe Borough Council; Callum Pryce-Evans, 19, supported internship
# layout "landscape-provision-map": a landscape PDF; sections are shaded bands "B. ...";
# F is a provision map with columns Need | Provision | Frequency | Who | Review. There is
# no Section J.
# ---------------------------------------------------------------------------

B2_COG = "Callum has moderate learning difficulties; he learns new tasks slowly and needs them broken into small steps and practised many times."
B2_DCD = "He has developmental coordination disorder (dyspraxia), which affects his balance, his handwriting and tasks that need two hands, such as carrying a tray."
B2_TIME = "Callum cannot yet tell the time from a clock face and relies on alarms on his phone."
B2_ANX = "He becomes anxious when he is unsure what to do and will stop working rather than ask for help."
B2_NOISE = "Loud, busy places make him anxious and tired."
B2_READ = (
    "His reading is at an early stage; he recognises familiar signs and about 100 common words."
)

F2_COACH = "Access to a job coach on placement"
F2_LIT = "Functional literacy teaching using the words Callum meets at work (signs, product labels, the rota), in a group of no more than four"
F2_TIME = "Teaching to tell the time and to use a visual timer for each task"
F2_TRAVEL = "Travel training"
F2_TABLET = "Tablet with speech-to-text and a tick-box version of the temperature log, for use at work instead of handwriting"
F2_OT = (
    "Occupational therapist to visit the placement, adapt Callum's tasks and advise the job coach"
)
F2_SAFE = "Non-slip shoes and a tray with raised edges and a handle; no tasks that involve carrying loads on stairs"
F2_WORRY = "Support to manage his anxiety"

EP2 = "ep_report_independent.docx"
OT2 = "ot_report_independent.pdf"

CASE_02 = dict(
    name="case-evall-02",
    layout="landscape-provision-map",
    summary=(
        "Wexcombe Borough Council; Callum Pryce-Evans, 19, supported internship (Project Pathway) run by "
        "Wexcombe College at Wexcombe General Hospital (moderate learning difficulties, dyspraxia, anxiety, "
        "time, travel, cooking). The plan is a landscape PDF; sections are shaded bands 'B. Special "
        "educational needs'; Section F is a provision map with columns Need | Provision | Frequency | Who | "
        "Review. The plan has no Section J. Independent EP report (Word) with an either/or recommendation "
        "for travel training; independent OT report (PDF) arguing each recommendation."
    ),
    note="F is one table; f_provisions.text is the Provision cell and specificity is judged on the whole row (Frequency, Who, Review). The Need column of the provision map names needs in a word or two and is not Section B. 'Access to a job coach on placement' is specific because of the rest of its row. There is no Section J and no personal budget heading.",
    plan=dict(
        file="plan.pdf",
        landscape=True,
        sans=True,
        accent="5B2C6F",
        header="Wexcombe Borough Council   Education, Health and Care Plan   Callum Pryce-Evans",
        footer="Page {n} of {m}",
        blocks=[
            ("org", "Wexcombe Borough Council - SEND and Inclusion"),
            ("title", "Education, Health and Care Plan: Callum Pryce-Evans"),
            (
                "small",
                "Date of birth: 14 June 2006   Plan reviewed: 12 January 2026   Next review: January 2027   Wexcombe QX5 1RB   01632 960733",
            ),
            ("H", "A", "A. Callum's views, interests and aspirations", "band"),
            (
                "S",
                "A",
                "Callum wants a paid job at the hospital, working in the kitchens or as a porter, and to live with friends one day.",
            ),
            ("p", "He likes football, wrestling on television and his niece Ruby."),
            ("H", "B", "B. Special educational needs", "band"),
            ("S", "B", B2_COG),
            ("p", [B2_DCD, B2_TIME]),
            ("p", [B2_ANX, B2_NOISE, B2_READ]),
            ("H", "C", "C. Health needs", "band"),
            (
                "S",
                "C",
                "Callum has mild asthma, managed with an inhaler that he carries himself.",
            ),
            ("H", "D", "D. Social care needs", "band"),
            (
                "S",
                "D",
                "Callum is known to adult social care; a Care Act assessment was completed in September 2025.",
            ),
            ("H", "E", "E. Outcomes", "band"),
            (
                "S",
                "E",
                "By July 2026 Callum will complete a four-hour shift using a visual timer and his phone, without prompts from the job coach.",
            ),
            (
                "p",
                "By 2030 Callum will live in a shared house with support, cooking his own evening meal.",
            ),
            ("H", "F", "F. Special educational provision (provision map)", "band"),
            (
                "p",
                "The provision map covers Callum's internship year, September 2025 to July 2026. Callum attends college on two days and his placement on three days each week.",
            ),
            (
                "grid",
                [
                    ["Need", "Provision", "Frequency", "Who", "Review"],
                    [
                        "Learning tasks at work",
                        ("S", "F", ("F", F2_COACH, True)),
                        "Whole shift (3 shifts a week) for the first 6 weeks of each placement, then the first and last 30 minutes of each shift",
                        "Job coach holding the Level 3 Certificate in Supported Employment",
                        "Job coach and tutor, every 6 weeks",
                    ],
                    [
                        "Reading at work",
                        ("F", F2_LIT, True),
                        "30 minutes on each college day",
                        "Literacy tutor",
                        "Tutor, termly",
                    ],
                    [
                        "Time",
                        ("F", F2_TIME, True),
                        "20 minutes on each college day (twice a week)",
                        "Skills tutor",
                        "Tutor, termly",
                    ],
                    [
                        "Getting to work",
                        ("F", F2_TRAVEL, False),
                        "As needed",
                        "College staff",
                        "Annual review",
                    ],
                    [
                        "Writing at work",
                        ("F", F2_TABLET, True),
                        "Every shift",
                        "Provided by the college; set up by the job coach",
                        "After the first 6 weeks",
                    ],
                    [
                        "Coordination",
                        ("F", F2_OT, True),
                        "One visit each term",
                        "Occupational therapist (HCPC registered)",
                        "End of each term",
                    ],
                    [
                        "Safety on placement",
                        ("F", F2_SAFE, True),
                        "Every shift",
                        "Host employer, arranged by the job coach",
                        "Termly",
                    ],
                    [
                        "Worry",
                        ("F", F2_WORRY, False),
                        "Regularly",
                        "Tutor",
                        "Termly",
                    ],
                ],
                [0.12, 0.34, 0.22, 0.18, 0.14],
            ),
            ("H", "G", "G. Health provision", "band"),
            (
                "S",
                "G",
                "An annual health check with his GP, as a person on the learning disability register.",
            ),
            (
                "H",
                "H1",
                "H1. Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
                "band",
            ),
            ("S", "H1", "Not applicable: Callum is over 18."),
            ("H", "H2", "H2. Other social care provision", "band"),
            (
                "S",
                "H2",
                "A personal assistant for 6 hours a week for activities in the community, funded by adult social care.",
            ),
            ("H", "I", "I. Placement", "band"),
            (
                "S",
                "I",
                "Wexcombe College (general further education college): Project Pathway supported internship, hosted by Wexcombe General Hospital.",
            ),
            ("H", "K", "K. Advice and information", "band"),
            (
                "S",
                "K",
                "Independent educational psychology report, Dr Tobias Renner (November 2025); independent occupational therapy report, Hannah Osei (December 2025); college progress report (December 2025).",
            ),
        ],
    ),
    reports=[
        dict(
            file=EP2,
            header="Dr Tobias Renner - Educational Psychology",
            footer="Report on Callum Pryce-Evans - not to be shared without consent",
            blocks=[
                ("org", "Dr Tobias Renner, Educational and Child Psychologist"),
                (
                    "small",
                    "Renner Psychology, 4 Mill Yard, Wexcombe QX2 9TT   t.renner@example.org",
                ),
                ("title", "Independent educational psychology report: Callum Pryce-Evans"),
                (
                    "kv",
                    [
                        ("Date of birth", "14 June 2006"),
                        ("Setting", "Project Pathway supported internship, Wexcombe College"),
                        ("Seen", "3 and 10 November 2025, at college and on placement"),
                        ("Requested by", "Callum and his mother, Mrs Lorraine Pryce"),
                    ],
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Callum left Brookmead Special School in 2024 and spent a year on a college foundation course before starting the internship.",
                            "history",
                        ),
                        (
                            "X",
                            "His mother told me that he would like to live in a shared house with friends by the time he is 25.",
                            "a parent's account of the young person's aspiration",
                        ),
                    ],
                ),
                ("h", 2, "What I found"),
                (
                    "p",
                    [
                        (
                            "X",
                            "His Full Scale IQ on the WAIS-IV was 58, but the profile is uneven and the single figure hides as much as it shows.",
                            "test result",
                        ),
                        (
                            "X",
                            "Callum is punctual, polite and well liked by the staff on his placement, who describe him as a hard worker.",
                            "strength",
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "N",
                        "Callum's verbal reasoning and working memory are both at about the 1st centile, and he needs a new task to be shown and practised many times before he can do it without a prompt.",
                        "cognition_learning",
                        B2_COG,
                    ),
                ),
                (
                    "p",
                    (
                        "N",
                        "Callum reads at about a six-year-old level and cannot read the instructions on the cleaning products or the menus he handles at work.",
                        "cognition_learning",
                        B2_READ,
                    ),
                ),
                (
                    "p",
                    (
                        "N",
                        "When he does not know what to do he freezes, and twice on placement he stood in a corridor for over twenty minutes rather than ask a member of staff.",
                        "semh",
                        B2_ANX,
                    ),
                ),
                (
                    "p",
                    (
                        "N",
                        "He finds it very hard to judge how long a task will take or to keep to the times of a shift without reminders.",
                        "cognition_learning",
                        B2_TIME,
                    ),
                ),
                (
                    "p",
                    (
                        "N",
                        "He cannot use a bus timetable or plan a journey he has not made before.",
                        "cognition_learning",
                        None,
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    [
                        (
                            "R",
                            "Callum will have a job coach with him for the whole of each shift for the first six weeks of each new placement, reducing to the start and end of each shift once he can do the main tasks of the role without prompts.",
                            "cognition_learning",
                            "specific",
                            F2_COACH,
                        ),
                        (
                            "X",
                            "The evidence on supported internships is clear that interns with learning difficulties need intensive coaching at the start of a placement, and that coaching should fade as tasks become routine, not by a fixed date.",
                            "reason",
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "R",
                        "To learn to travel to his placement on his own, Callum needs either travel training from a qualified travel trainer, two sessions a week until he has made the journey alone ten times without a mistake, or a place in the council's Travel Ready group, one morning a week for a term, followed by individual practice with a travel trainer.",
                        "cognition_learning",
                        "not_specific",
                        F2_TRAVEL,
                        {
                            "note": "An either/or recommendation; the plan's 'Travel training ... As needed' meets neither option."
                        },
                    ),
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Either route would meet his needs, and I have no strong preference between them.",
                            "comment on the options",
                        ),
                        (
                            "X",
                            "Unless he learns to travel alone, Callum will remain dependent on his mother to drive him, and she works shifts that do not fit the hours of his placement.",
                            "consequence of not providing",
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "R",
                        "Callum should be taught to tell the time and to use a visual timer for each task, for 20 minutes every day, on placement days as well as college days, by his skills tutor or the job coach.",
                        "cognition_learning",
                        "less",
                        F2_TIME,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "His literacy teaching should concentrate on the words he needs at work (signs, product labels and the rota), for 30 minutes on each college day, in a group of no more than four.",
                        "cognition_learning",
                        "specific",
                        F2_LIT,
                    ),
                ),
                ("h", 2, "What I do not recommend"),
                (
                    "p",
                    (
                        "X",
                        "I have not recommended a return to a full-time college course: Callum has told me clearly that he is tired of classrooms, and he learns far better at work.",
                        "what is not recommended",
                    ),
                ),
                (
                    "p",
                    (
                        "X",
                        "The draft provision map said 'support as needed' against almost every need, which tells neither Callum nor the college what he will actually get.",
                        "comment on the plan",
                    ),
                ),
                (
                    "p",
                    "Dr Tobias Renner, HCPC registered practitioner psychologist, 24 November 2025",
                ),
            ],
        ),
        dict(
            file=OT2,
            sans=True,
            footer="Hannah Osei Occupational Therapy - Callum Pryce-Evans - {n} of {m}",
            blocks=[
                ("org", "Hannah Osei Occupational Therapy"),
                ("small", "Unit 7, Salter's Wharf, Wexcombe QX1 4DN   01632 960862"),
                ("title", "Independent occupational therapy assessment"),
                (
                    "p",
                    "Callum Pryce-Evans, aged 19. Seen at Wexcombe General Hospital and at home on 2 and 9 December 2025.",
                ),
                ("h", 2, "Findings"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Callum was seen by the children's occupational therapy service until he was 14 and had a handwriting programme at school.",
                            "history",
                        ),
                        (
                            "X",
                            "On the Movement ABC-2 checklist his total score was in the red zone, below the 5th centile.",
                            "test result",
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "N",
                        "Callum's balance is poor: he trips on uneven floors and cannot carry a loaded tray and open a door at the same time.",
                        "sensory_physical",
                        B2_DCD,
                    ),
                ),
                (
                    "p",
                    (
                        "N",
                        "His handwriting is slow and hard to read, and he cannot fill in the kitchen's paper temperature log in the time allowed.",
                        "sensory_physical",
                        B2_DCD,
                    ),
                ),
                (
                    "p",
                    (
                        "N",
                        "Callum becomes overwhelmed in the main hospital kitchen when the dishwashers are running and needs to leave the room.",
                        "sensory_physical",
                        B2_NOISE,
                    ),
                ),
                (
                    "p",
                    (
                        "N",
                        "He cannot yet prepare a simple hot meal safely, and he is at risk of burns when he lifts pans or uses the oven.",
                        "sensory_physical",
                        None,
                    ),
                ),
                ("h", 2, "Recommendations, with my reasons"),
                (
                    "p",
                    (
                        "R",
                        "Callum needs a programme of kitchen safety and meal preparation, taught in the college's training kitchen by a tutor following my advice, for 90 minutes each week, so that by the end of the year he can make three simple hot meals without help.",
                        "sensory_physical",
                        "missing_from_f",
                    ),
                ),
                (
                    "p",
                    (
                        "X",
                        "Without it, the plan's own outcome that he will live in a shared house and cook his evening meal is unlikely to be met.",
                        "consequence of not providing",
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "He should use a tablet with speech-to-text, or a tick-box version of the temperature log, instead of handwriting at work.",
                        "sensory_physical",
                        "specific",
                        F2_TABLET,
                    ),
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "An occupational therapist should visit his placement once a fortnight, for 45 minutes, for the first term, to adapt his tasks and to train the job coach, and then review him at the end of each term.",
                            "sensory_physical",
                            "less",
                            F2_OT,
                        ),
                        (
                            "X",
                            "The draft offered an annual occupational therapy review, which would mean that a therapist saw his workplace once in the whole internship.",
                            "comment on the plan",
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "R",
                        "He needs non-slip shoes and a tray with raised edges and a handle, and his tasks should be arranged so that he never carries loads on stairs.",
                        "sensory_physical",
                        "specific",
                        F2_SAFE,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "At home, his family may find it helpful to use a picture timetable for his morning routine.",
                        "other",
                        "not_educational",
                    ),
                ),
                (
                    "p",
                    (
                        "X",
                        "I have not recommended specialist seating or a writing slope: they would help with handwriting at a desk, but Callum's work is almost all done standing up, and he should be writing less, not more.",
                        "what is not recommended",
                    ),
                ),
                (
                    "p",
                    "Hannah Osei, BSc (Hons) Occupational Therapy, HCPC registered, 15 December 2025",
                ),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evall-03: Pellingford City Council; Sienna Marchetti, 21, Brackenholt College
# layout "letter-column-headings": each section opens with a one-row table whose narrow
# first cell holds the letter ("B", "H1") and whose second cell holds the name only
# ("Special educational needs"); the section's text follows as ordinary paragraphs.
# ---------------------------------------------------------------------------

B3_MOT = "Sienna has dyskinetic cerebral palsy; she has involuntary movements of her arms and legs and uses a powered wheelchair, which she drives with a head switch."
B3_COMM = "Sienna's speech is very difficult for unfamiliar people to understand, and she uses an eye-gaze communication aid for most communication."
B3_LEARN = "She has a mild learning disability and needs information given in small amounts, with time to respond."
B3_FAT = (
    "Sienna tires quickly, and her movements become less controlled when she is tired or anxious."
)

F3_SALT = "Speech and language therapy to support Sienna's use of her communication aid, as outlined in the SALT report."
F3_CA = "A communication assistant trained in AAC, with Sienna for the whole college day (9.00 am to 3.30 pm), to set up her aid, model its use and add new vocabulary every day."
F3_FEEL = "feelings and pain page added to her aid by the speech and language therapist by October half term, designed with Sienna and her family"
F3_REST = "Sienna will have rest breaks."
F3_REST2 = "These will be taken as she needs them, and staff will watch for signs of tiredness."
F3_OT = "Occupational therapy check of her switch mounting and seating at the start of each term and after any change of equipment, with training for two named staff in repositioning the head switch."
F3_TAB = "A wheelchair-mounted tablet with switch-access software, set up by the occupational therapist, for all college work."
F3_SHOP = "A community visit of one hour each fortnight with her communication assistant to practise paying for things with her bank card."
G3_TRAIN = "Training for college staff in the use of Sienna's communication aid by the NHS AAC service, two hours at the start of the year."
G3_CHAIR = "Review of Sienna's powered wheelchair by the Pellingford Wheelchair Service."

OT3 = "ot_report_independent.pdf"
SALT3 = "salt_report_independent.docx"


def _head3(sid: str, name: str) -> tuple:
    """A section heading: the letter in a narrow cell, the name in the wide one."""
    return ("grid", [[sid, ("H", sid, name, "")]], [0.08, 0.92], True)


CASE_03 = dict(
    name="case-evall-03",
    layout="letter-column-headings",
    summary=(
        "Pellingford City Council; Sienna Marchetti, 21, final year of the Independent Living and "
        "Communication programme at Brackenholt College, a specialist post-16 institution (dyskinetic "
        "cerebral palsy, eye-gaze communication aid, mild learning disability, fatigue, directing her own "
        "care before a move to supported living). Each section opens with a one-row table: the letter in "
        "a narrow cell, the name alone in the next cell. Independent OT report (PDF) and independent SALT "
        "report (Word), both arguing their advice; AAC training for staff stands in G."
    ),
    note="Each heading is the name cell of a one-row table whose first, narrow cell holds the section letter; the letter is not part of the heading text. The SALT's training of all staff in the aid, placed in G (health), is wrong_section; the wheelchair service review is health provision correctly in G. F's therapy provision refers to the report instead of saying how much ('as outlined in the SALT report'). The rest-break provision spans two sentences and stays vague.",
    plan=dict(
        file="plan.docx",
        sans=True,
        accent="0E6655",
        author="Pellingford City Council",
        title="EHC plan - Sienna Marchetti",
        header="Pellingford City Council - Education, Health and Care Plan",
        footer="Sienna Marchetti - final plan - 30 September 2025",
        blocks=[
            ("org", "Pellingford City Council - Special Educational Needs and Disability Service"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Sienna Marchetti"),
                    ("Date of birth", "2 February 2005"),
                    ("Date of this plan", "30 September 2025 (amended after annual review)"),
                    ("Case officer", "Marcus Heywood, 01632 960244"),
                ],
            ),
            _head3("A", "Sienna's views, interests and aspirations"),
            (
                "S",
                "A",
                "Sienna wants to move into a supported living flat with a friend in 2027 and to choose her own carers.",
            ),
            ("p", "She loves musicals, her cat Biscuit and going to the cinema with her sister."),
            _head3("B", "Special educational needs"),
            ("S", "B", B3_MOT),
            ("p", B3_COMM),
            ("p", [B3_LEARN, B3_FAT]),
            _head3("C", "Health needs"),
            (
                "S",
                "C",
                "Sienna has reflux and a history of chest infections, and she takes most of her food and drink through a gastrostomy.",
            ),
            _head3("D", "Social care needs"),
            ("S", "D", "Sienna needs two carers for all transfers and for personal care."),
            _head3("E", "Outcomes"),
            (
                "S",
                "E",
                "By July 2026 Sienna will start a conversation with a new person, using her aid, three times in a week.",
            ),
            (
                "p",
                "By July 2027 Sienna will tell a new carer, using her aid, how she likes to be helped with personal care.",
            ),
            _head3("F", "Special educational provision"),
            ("S", "F", ("F", F3_SALT, False)),
            ("p", ("F", F3_CA, True)),
            (
                "p",
                ("F", F3_FEEL, True, "An unpunctuated fragment; it says what, who and by when."),
            ),
            (
                "p",
                [
                    (
                        "F",
                        F3_REST,
                        False,
                        "The second sentence adds no quantity: 'as she needs them' leaves the breaks to staff.",
                    ),
                    F3_REST2,
                ],
            ),
            ("p", ("F", F3_OT, True)),
            ("p", ("F", F3_TAB, True)),
            ("p", ("F", F3_SHOP, True)),
            _head3("G", "Health provision"),
            ("S", "G", G3_TRAIN),
            ("p", G3_CHAIR),
            (
                "p",
                "Botulinum toxin injections and review by the neurology team every six months.",
            ),
            _head3(
                "H1",
                "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("S", "H1", "Not applicable, as Sienna is over 18."),
            _head3("H2", "Other social care provision"),
            (
                "S",
                "H2",
                "Personal care at college from two trained carers, arranged by Pellingford Adult Social Care, and a personal assistant for 8 hours a week in the community.",
            ),
            _head3("I", "Placement"),
            (
                "S",
                "I",
                "Brackenholt College (specialist post-16 institution), day placement, Independent Living and Communication programme, to July 2026.",
            ),
            _head3("J", "Personal budget"),
            (
                "S",
                "J",
                "Sienna's direct payment pays for her personal assistant; no part of the educational provision is made by direct payment.",
            ),
            _head3("K", "Advice and information"),
            (
                "S",
                "K",
                "Independent occupational therapy report, Joanna Varga (July 2025); independent speech and language therapy report, Dr Helen Mabry (July 2025); college annual review report (June 2025).",
            ),
        ],
    ),
    reports=[
        dict(
            file=OT3,
            footer="Joanna Varga OT - Sienna Marchetti - page {n} of {m}",
            blocks=[
                ("org", "Joanna Varga, Occupational Therapist"),
                (
                    "small",
                    "Varga Therapy, 22 Canal Street, Pellingford QZ9 2AW   j.varga@example.org",
                ),
                ("title", "Independent occupational therapy report"),
                (
                    "kv",
                    [
                        ("Name", "Sienna Marchetti, 20"),
                        ("Seen", "8 July 2025 at Brackenholt College; 10 July 2025 at home"),
                        ("Purpose", "Advice for the annual review of Sienna's EHC plan"),
                    ],
                ),
                ("h", 2, "What I found"),
                (
                    "p",
                    (
                        "N",
                        "Sienna cannot use a standard keyboard or touchscreen because of her involuntary movements, and her head switch is her only reliable means of access.",
                        "sensory_physical",
                        B3_MOT,
                    ),
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Her head switch has to be repositioned by an adult several times a day, and when it slips she can neither drive nor use her computer.",
                            "sensory_physical",
                            B3_MOT,
                        ),
                        (
                            "N",
                            "She tires after about 40 minutes of concentrated work, and her switch accuracy then falls from about nine hits in ten to five.",
                            "sensory_physical",
                            B3_FAT,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "N",
                        "Sienna has a mild learning disability and needs new tasks broken into small steps, shown to her and repeated over several weeks.",
                        "cognition_learning",
                        B3_LEARN,
                    ),
                ),
                (
                    "p",
                    (
                        "N",
                        "Sienna cannot yet direct her own personal care or tell a new carer how to help her, which she will need to do when she moves into supported living.",
                        "other",
                        None,
                    ),
                ),
                (
                    "p",
                    (
                        "X",
                        "She has made good progress this year: she now drives her chair through the college's main doors without help.",
                        "progress",
                    ),
                ),
                ("h", 2, "Recommendations and reasons"),
                (
                    "p",
                    [
                        (
                            "R",
                            "Sienna should be taught to direct her own care, using a care profile on her aid, in a weekly 45-minute session with her communication assistant, planned by the occupational therapist.",
                            "other",
                            "missing_from_f",
                        ),
                        (
                            "X",
                            "Learning to direct her care is the most important skill for her move into supported living, and it has to be taught, not left to chance.",
                            "reason",
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "The plan mentions her move to supported living in Section A but has nothing in Section F that prepares her for it.",
                        "comment on the plan",
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "She needs a rest break of 10 minutes after every 40 minutes of work, out of her wheelchair in the tilt-in-space chair if she wishes.",
                        "sensory_physical",
                        "not_specific",
                        F3_REST,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "An occupational therapist should check and adjust her switch mounting and seating at the start of each term and after any change of equipment, and should train two named members of staff to reposition the head switch.",
                        "sensory_physical",
                        "specific",
                        F3_OT,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "Sienna needs a wheelchair-mounted tablet with switch access for her college work, with the software set up by an occupational therapist.",
                        "sensory_physical",
                        "specific",
                        F3_TAB,
                    ),
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Sienna should practise paying for things with her bank card in shops and cafes, with her communication assistant, on a community visit of two hours each week.",
                            "other",
                            "less",
                            F3_SHOP,
                        ),
                        (
                            "X",
                            "She has never made a purchase herself; her mother or a carer has always paid.",
                            "background to a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "R",
                        "Her family should ask the wheelchair service to review her powered chair, which she has outgrown.",
                        "health",
                        "not_educational",
                        G3_CHAIR,
                        {"section": "G"},
                    ),
                ),
                (
                    "p",
                    (
                        "X",
                        "I have not recommended a powered standing frame at college: although standing would be good for her, each transfer takes 20 minutes and would take time from her learning.",
                        "what is not recommended",
                    ),
                ),
                ("p", "Joanna Varga, BSc (Hons) OT, HCPC registered, 18 July 2025"),
            ],
        ),
        dict(
            file=SALT3,
            author="Dr Helen Mabry",
            title="SALT report - Sienna Marchetti",
            header="Dr Helen Mabry, Consultant Speech and Language Therapist (AAC)",
            footer="Independent report - Sienna Marchetti",
            blocks=[
                ("title", "Independent speech and language therapy report"),
                (
                    "kv",
                    [
                        ("Young person", "Sienna Marchetti"),
                        ("Date of birth", "2 February 2005"),
                        ("Assessed", "14 and 15 July 2025 at Brackenholt College"),
                        ("Author", "Dr Helen Mabry, PhD, MRCSLT, HCPC registered"),
                    ],
                ),
                ("h", 1, "Communication now"),
                (
                    "p",
                    [
                        (
                            "X",
                            "She had speech and language therapy at school until she left at 19, mostly delivered as a programme by classroom staff.",
                            "history",
                        ),
                        (
                            "X",
                            "On the Test for Reception of Grammar (TROG-2) she passed 14 of 20 blocks, using eye-pointing to choose pictures.",
                            "test result",
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "Sienna has a quick sense of humour and uses the joke page on her aid to great effect.",
                        "strength",
                    ),
                ),
                (
                    "p",
                    (
                        "N",
                        "Sienna's eye-gaze aid has only about 200 words programmed, far fewer than she understands, so she often cannot say what she means.",
                        "communication_interaction",
                        B3_COMM,
                    ),
                ),
                (
                    "p",
                    (
                        "N",
                        "Staff at college are not confident with the aid, and when it is not set up she has no way to communicate beyond yes and no.",
                        "communication_interaction",
                        B3_COMM,
                    ),
                ),
                (
                    "p",
                    (
                        "N",
                        "She cannot yet start a conversation or ask a question with her aid; she answers, but she does not initiate.",
                        "communication_interaction",
                        None,
                    ),
                ),
                (
                    "p",
                    (
                        "N",
                        "Sienna has no way to talk about her feelings or to say that she is in pain, and she becomes distressed and cries when she cannot make herself understood.",
                        "semh",
                        None,
                    ),
                ),
                ("h", 1, "What Sienna needs, and why"),
                (
                    "p",
                    (
                        "R",
                        "Sienna needs direct therapy from a speech and language therapist experienced in eye-gaze and AAC, one hour a week for the whole academic year, to build her vocabulary and teach her to start conversations.",
                        "communication_interaction",
                        "not_specific",
                        F3_SALT,
                    ),
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Her aid is only as good as the vocabulary in it, and adding vocabulary without teaching her to use it is of little value.",
                            "reason",
                        ),
                        (
                            "X",
                            "If the aid is not developed now, Sienna will leave college at 22 able to answer questions but not to direct her own life, which is the central aim of her plan.",
                            "consequence of not providing",
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "An alternative would be weekly therapy in the autumn and spring terms only, but I do not recommend it, because Sienna loses skills over long breaks.",
                        "an option considered and not recommended",
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "All staff who work with her, including the personal care team, should have two hours of training from the speech and language therapist in using and programming the aid at the start of the year, with a 30-minute refresher each half term.",
                        "communication_interaction",
                        "wrong_section",
                        G3_TRAIN,
                        {"section": "G"},
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "An AAC-trained communication assistant should be with Sienna throughout the college day (9.00 am to 3.30 pm) to set up the aid, model its use and programme new vocabulary each day.",
                        "communication_interaction",
                        "specific",
                        F3_CA,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "Sienna should have a page on her aid for feelings and pain, designed with her and her family and in place within the first half term.",
                        "semh",
                        "specific",
                        F3_FEEL,
                    ),
                ),
                ("h", 1, "What I am not recommending"),
                (
                    "p",
                    (
                        "X",
                        "I have not recommended a new or different communication aid: the eye-gaze system she has is the right one, and changing it now would set her back by a year.",
                        "what is not recommended",
                    ),
                ),
                (
                    "p",
                    (
                        "X",
                        "The current plan says that Sienna 'would benefit from continued access to speech and language therapy', which in my professional view is not provision at all.",
                        "comment on the plan",
                    ),
                ),
                ("p", "Dr Helen Mabry, 21 July 2025"),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evall-04: Ormsley Metropolitan Borough Council; Kofi Mensah-Barnes, 16, Year 11
# layout "child-voice-numbered-paragraphs": Word Heading 1 headings in the young person's
# voice with no letter ("My story", "What I find difficult", "Support I will get at school
# and college" ...); every paragraph numbered with its section's letter (A1, B1, E1.1,
# F1.1, F2.1 ...); B and F written in the first person; F grouped under Preparing for
# Adulthood sub-headings.
# ---------------------------------------------------------------------------

B4_ATT = "I have ADHD and find it hard to concentrate for more than about ten minutes, especially when I have to sit and listen."
B4_READ = "I have dyslexia: reading takes me a long time, and my spelling makes my writing hard for other people to read."
B4_ORG = "I forget instructions and the things I need, and I find it hard to organise myself, for example bringing the right kit or handing work in on time."
B4_TEMPER = "When I feel embarrassed or told off in front of other people I can lose my temper, and I was excluded twice in Year 10."
B4_MATHS = (
    "My maths is at about Entry Level 3 and I need to pass Functional Skills maths for my course."
)

F4_WORK = "A supported work experience placement at a local garage, one day a week in the summer term 2026, with a job coach for the first two days."
F4_LSA = "A learning support assistant in all my workshop sessions (9 hours a week) to break instructions into single steps and check that I have understood."
F4_VISITS = "At least three transition visits to Ormsley College before September 2026, including one workshop session, with a member of the college's learning support team."
F4_DYS = "I will have specialist dyslexia teaching at college."
F4_DYS2 = "This will be one hour a fortnight, one to one, with a specialist teacher."
F4_MATHS = "Functional Skills maths teaching in a small group, three hours a week."
F4_LAPTOP = "A laptop with text-to-speech and speech-to-text software for all lessons and assessments, with two hours of training from the learning support team in my first week."
F4_BREAKS = "movement breaks when needed"
G4_ANGER = "An anger management group run by the college counselling service, six weekly one-hour sessions in the autumn term."
G4_MEDS = "Review of my ADHD medication by the community paediatrician every six months, including whether a longer-acting medicine would help."

EP4 = "ep_report_independent.pdf"
NOTES4 = "transition_review_notes.docx"

CASE_04 = dict(
    name="case-evall-04",
    layout="child-voice-numbered-paragraphs",
    summary=(
        "Ormsley Metropolitan Borough Council; Kofi Mensah-Barnes, 16, Year 11 at Ormsley Park Academy, "
        "moving to a Level 1 Motor Vehicle course at Ormsley College, a general FE college, in September "
        "2026 (ADHD, dyslexia, anger when shamed, low self-esteem, sleep, no experience of work). The plan "
        "was amended for the move to college. Headings are in Kofi's voice with no letters ('My story', "
        "'What I find difficult', 'Support I will get at school and college'); every paragraph carries a "
        "number with its section's letter (B1, F1.1); B and F are in the first person. Independent EP "
        "report (PDF) with an either/or recommendation; note of the Year 11 transition review (Word) "
        "recording professionals' advice in reported speech."
    ),
    note="Headings carry no letter; the paragraph numbers do (A1, B1 ... K1), and are not part of any text. The sub-headings inside E and F ('Work', 'Learning' ...) group paragraphs by Preparing for Adulthood area and are not sections. The dyslexia teaching spans two sentences, the quantity in the second. The anger management group, placed in G (health), is wrong_section. In the review note, advice that a named person 'recommended' is a recommendation; what the college 'could offer', action points and views are not.",
    plan=dict(
        file="plan.docx",
        accent="9A3412",
        author="Ormsley MBC SEN Team",
        title="My EHC plan - Kofi Mensah-Barnes",
        header="Ormsley Metropolitan Borough Council - My Education, Health and Care Plan",
        footer="Kofi Mensah-Barnes - amended plan - 20 March 2026",
        blocks=[
            ("title", "My Education, Health and Care Plan"),
            (
                "small",
                "Kofi Mensah-Barnes   Date of birth: 19 October 2009   Amended plan issued: 20 March 2026",
            ),
            ("small", "Ormsley SEN Team, Civic Centre, Ormsley QX8 6JE   01632 960391"),
            ("H", "A", "My story", "h1"),
            (
                "np",
                "A1",
                ("S", "A", "I want to be a mechanic and to have my own van by the time I am 21."),
            ),
            (
                "np",
                "A2",
                "I live with my mum and my little sister. I like fixing bikes and mopeds with my uncle, and I play five-a-side on Fridays.",
            ),
            ("H", "B", "What I find difficult", "h1"),
            ("np", "B1", ("S", "B", B4_ATT)),
            ("np", "B2", B4_READ),
            ("np", "B3", B4_ORG),
            ("np", "B4", B4_TEMPER),
            ("np", "B5", B4_MATHS),
            ("H", "C", "My health", "h1"),
            (
                "np",
                "C1",
                (
                    "S",
                    "C",
                    "I take medication for ADHD (methylphenidate), prescribed by the community paediatrician.",
                ),
            ),
            ("H", "D", "My care and family support", "h1"),
            (
                "np",
                "D1",
                (
                    "S",
                    "D",
                    "My family gets no support from social care, and none is needed at the moment.",
                ),
            ),
            ("H", "E", "What I want to achieve", "h1"),
            ("b", "Work"),
            (
                "np",
                "E1.1",
                (
                    "S",
                    "E",
                    "By July 2027 I will have completed a work placement in a garage and will have a reference from the employer.",
                ),
            ),
            ("b", "Learning"),
            (
                "np",
                "E2.1",
                "By July 2027 I will pass Functional Skills maths and English at Level 1.",
            ),
            ("b", "Managing my feelings"),
            (
                "np",
                "E3.1",
                "By the end of my first year at college I will have gone a whole term without a suspension.",
            ),
            ("H", "F", "Support I will get at school and college", "h1"),
            ("b", "Getting ready for work"),
            ("np", "F1.1", ("S", "F", ("F", F4_WORK, True))),
            ("np", "F1.2", ("F", F4_LSA, True)),
            ("np", "F1.3", ("F", F4_VISITS, True)),
            ("b", "Learning"),
            (
                "np",
                "F2.1",
                [
                    (
                        "F",
                        F4_DYS,
                        True,
                        "The quantity is in the next sentence; judged together the provision is specific.",
                    ),
                    F4_DYS2,
                ],
            ),
            (
                "np",
                "F2.2",
                (
                    "F",
                    F4_MATHS,
                    False,
                    "Hours are given but the group size is not ('a small group').",
                ),
            ),
            ("np", "F2.3", ("F", F4_LAPTOP, True)),
            ("b", "Managing my feelings"),
            ("np", "F3.1", ("F", F4_BREAKS, False, "An unpunctuated fragment with no quantity.")),
            ("H", "G", "Health support I will get", "h1"),
            ("np", "G1", ("S", "G", G4_MEDS)),
            ("np", "G2", G4_ANGER),
            ("H", "H1", "Care support I will get while I am under 18", "h1"),
            ("np", "H1.1", ("S", "H1", "I do not need any care support of this kind.")),
            ("H", "H2", "Other care support", "h1"),
            (
                "np",
                "H2.1",
                ("S", "H2", "None at the moment; this will be looked at again when I am 17."),
            ),
            ("H", "I", "Where I will study", "h1"),
            (
                "np",
                "I1",
                (
                    "S",
                    "I",
                    "Ormsley Park Academy (mainstream academy) until July 2026; from September 2026, Ormsley College (general further education college), Level 1 Motor Vehicle Maintenance.",
                ),
            ),
            ("H", "J", "My personal budget", "h1"),
            ("np", "J1", ("S", "J", "My family has not asked for a personal budget.")),
            ("H", "K", "Who gave advice for my plan", "h1"),
            (
                "np",
                "K1",
                (
                    "S",
                    "K",
                    "Independent educational psychology report, Dr Samuel Achebe-Ross (January 2026); note of my Year 11 transition review (27 January 2026); letter from the ADHD nurse (December 2025).",
                ),
            ),
        ],
    ),
    reports=[
        dict(
            file=EP4,
            footer="Dr S. Achebe-Ross - Kofi Mensah-Barnes - page {n} of {m}",
            blocks=[
                ("org", "Dr Samuel Achebe-Ross, Educational Psychologist"),
                ("small", "Achebe-Ross Psychology, 9 Foundry Lane, Ormsley QX3 7GU   01632 960915"),
                ("title", "Independent educational psychology report"),
                (
                    "kv",
                    [
                        ("Young person", "Kofi Mensah-Barnes, Year 11, Ormsley Park Academy"),
                        ("Moving to", "Ormsley College, Level 1 Motor Vehicle, September 2026"),
                        ("Seen", "8 and 15 January 2026"),
                        ("Instructed by", "Kofi's mother, Ms Abena Mensah"),
                    ],
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    (
                        "X",
                        "Kofi was permanently excluded from his first secondary school in Year 8 and has been at Ormsley Park Academy since then.",
                        "history",
                    ),
                ),
                (
                    "p",
                    (
                        "X",
                        "Kofi is a gifted mechanic in the making: he rebuilt a moped engine with his uncle last summer and explained every step of it to me with real precision.",
                        "strength",
                    ),
                ),
                ("h", 2, "Assessment"),
                (
                    "p",
                    (
                        "X",
                        "His Working Memory Index on the WISC-V was 74 and his Processing Speed Index 78; his Verbal Comprehension Index was 104, in the average range.",
                        "test result",
                    ),
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Kofi's attention is very variable: in a 50-minute lesson I observed, he was on task for about a third of the time, in bursts of five to eight minutes.",
                            "cognition_learning",
                            B4_ATT,
                        ),
                        (
                            "N",
                            "His reading is slow and inaccurate, and he cannot read the technical manuals and safety data sheets used on a motor vehicle course.",
                            "cognition_learning",
                            B4_READ,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "N",
                        "He has a marked weakness in working memory and forgets instructions of more than two steps, which in a workshop is a safety risk.",
                        "cognition_learning",
                        B4_ORG,
                    ),
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Kofi has very low self-esteem as a learner; he told me he is 'thick' and expects to fail at college.",
                            "semh",
                            None,
                        ),
                        (
                            "N",
                            "He reacts to criticism, or what he takes to be criticism, with anger, particularly when he is corrected in front of his peers.",
                            "semh",
                            B4_TEMPER,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "N",
                        "Kofi's sleep is poor; he says he often goes to sleep after 2 am, and he is tired and irritable in morning lessons.",
                        "health",
                        None,
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    "Each recommendation is followed by my reasons, because Kofi, his mother and the college asked me to explain them.",
                ),
                (
                    "p",
                    (
                        "R",
                        "Kofi should have one-to-one literacy teaching from a specialist dyslexia teacher for one hour each week at college, using the vocabulary and texts of his course.",
                        "cognition_learning",
                        "less",
                        F4_DYS,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "He should have a movement break of five minutes after every 20 minutes of classroom work, agreed in advance and signalled with a card, so that he does not have to ask in front of the group.",
                        "cognition_learning",
                        "not_specific",
                        F4_BREAKS,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "In the workshop Kofi needs either a learning support assistant in every workshop session to break instructions into steps and check his understanding, or a place in a workshop group of no more than eight, with the instructor giving him written step cards.",
                        "cognition_learning",
                        "specific",
                        F4_LSA,
                        {
                            "note": "An either/or recommendation; the plan provides the first option in full."
                        },
                    ),
                ),
                (
                    "p",
                    (
                        "X",
                        "I would accept either arrangement, but not neither: a motor vehicle workshop is not a safe place for a student who has forgotten the third step of an instruction.",
                        "reason for an option",
                    ),
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Kofi needs a mentor, a named member of college staff whom he meets for 30 minutes each week, to help him manage his anger and to build his belief that he can succeed.",
                            "semh",
                            "missing_from_f",
                        ),
                        (
                            "X",
                            "Kofi's anger is almost always a response to shame, and the way to reduce it is to make him feel competent, not to punish him.",
                            "reason",
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "Without a mentor the pattern of exclusion that marked his time at school is likely to repeat itself at college, and a college, unlike a school, may simply end his place.",
                        "consequence of not providing",
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "He should attend a small-group anger management programme, six weekly one-hour sessions led by a practitioner trained in the programme, in his first term at college.",
                        "semh",
                        "wrong_section",
                        G4_ANGER,
                        {"section": "G"},
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "Kofi should use a laptop with text-to-speech and speech-to-text software in all lessons and assessments, with at least two hours of training when he starts.",
                        "cognition_learning",
                        "specific",
                        F4_LAPTOP,
                    ),
                ),
                ("h", 2, "What I have not recommended, and the current plan"),
                (
                    "p",
                    (
                        "X",
                        "I have not recommended a reduced timetable: Kofi's problem is not the length of the day but what happens in it, and a reduced timetable would tell him that college, too, does not want him.",
                        "what is not recommended",
                    ),
                ),
                (
                    "p",
                    (
                        "X",
                        "The draft plan refers throughout to 'support from school', although Kofi leaves school in July and the support he needs is at college.",
                        "comment on the plan",
                    ),
                ),
                (
                    "p",
                    "Dr Samuel Achebe-Ross, HCPC registered educational psychologist, 22 January 2026",
                ),
            ],
        ),
        dict(
            file=NOTES4,
            author="Ormsley Park Academy",
            title="Year 11 transition review - Kofi Mensah-Barnes",
            header="Ormsley Park Academy - Year 11 transition review",
            footer="Note of meeting - Kofi Mensah-Barnes",
            blocks=[
                ("org", "Ormsley Park Academy"),
                ("title", "Year 11 transition review: note of meeting"),
                (
                    "kv",
                    [
                        ("Date", "27 January 2026"),
                        (
                            "Present",
                            "Kofi; Ms Abena Mensah (mother); Mrs Joanne Pilling (SENCo, chair); Mr Rhys Grady (careers adviser, Ormsley Careers Service); Ms Lena Okafor (learning support manager, Ormsley College); Ms Sara Tull (ADHD nurse specialist)",
                        ),
                        ("Note taken by", "Mrs Pilling"),
                    ],
                ),
                ("h", 2, "1. Kofi's views"),
                (
                    "p",
                    (
                        "X",
                        "Kofi said he wants to be a mechanic and would like his own van one day.",
                        "the young person's view",
                    ),
                ),
                (
                    "p",
                    (
                        "X",
                        "Ms Mensah said she was worried that Kofi would 'fall through the cracks' at college, as his cousin had.",
                        "a parent's view",
                    ),
                ),
                ("h", 2, "2. Progress and needs"),
                (
                    "p",
                    (
                        "N",
                        "Mrs Pilling said that Kofi's maths is at about Entry Level 3, well below the Level 1 he needs for his course.",
                        "cognition_learning",
                        B4_MATHS,
                    ),
                ),
                (
                    "p",
                    (
                        "N",
                        "Mr Grady said that Kofi has never been in a workplace and does not know what is expected of him at work, such as keeping to time and taking instructions from a supervisor.",
                        "other",
                        None,
                    ),
                ),
                (
                    "p",
                    (
                        "X",
                        "Mrs Pilling reported that Kofi's attendance has improved this year, from 81% to 93%.",
                        "progress",
                    ),
                ),
                ("h", 2, "3. Advice for the plan"),
                (
                    "p",
                    (
                        "R",
                        "Mr Grady recommended that Kofi have a supported work experience placement at a garage for one day a week in the summer term, with a job coach for the first two days.",
                        "other",
                        "specific",
                        F4_WORK,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "Mrs Pilling recommended that Kofi's maths be taught in a group of no more than six, for three hours a week, leading to Functional Skills Level 1.",
                        "cognition_learning",
                        "not_specific",
                        F4_MATHS,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "Ms Okafor recommended that Kofi visit the college at least three times before September, including one workshop session, with a member of the learning support team.",
                        "other",
                        "specific",
                        F4_VISITS,
                    ),
                ),
                (
                    "p",
                    (
                        "X",
                        "Ms Okafor said the college could offer Kofi a place on its Entry Level 3 course if he does not pass his GCSE English.",
                        "what a college could offer, not advice",
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "Ms Tull recommended that the paediatrician consider a longer-acting medicine, because Kofi's tablets wear off by about 2 pm.",
                        "health",
                        "not_educational",
                        G4_MEDS,
                        {"section": "G"},
                    ),
                ),
                ("h", 2, "4. Actions"),
                (
                    "bul",
                    [
                        (
                            "X",
                            "It was agreed that Mrs Pilling would send the EP report to the college by 6 February.",
                            "action point",
                        ),
                        "Ms Okafor to arrange the first college visit before half term.",
                        "Next review: at college, autumn term 2026.",
                    ],
                ),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
