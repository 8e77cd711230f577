# ruff: noqa: E501
"""Set AF as data: young people aged 19 to 25 with EHC plans (supported internships,
further education and specialist colleges, a young person who is their own appellant, a
council proposing that a plan should cease), in four plan layouts no earlier set has.

Every name, council, college, service and professional is invented. Postcodes use areas
that do not exist and phone numbers are in the 01632 960xxx range. Markers are those of
evaluation_kit.dataset.
"""


def N(text, area, plan_text=None):  # noqa: N802
    """A need stated in a report (plan_text None: missing from B)."""
    return ("N", text, area, plan_text)


def R(text, area, status, plan_text=None, **extras):  # noqa: N802
    """A recommendation in a report."""
    return ("R", text, area, status, plan_text, extras)


def X(text, why):  # noqa: N802
    """A sentence that is not a current need or recommendation."""
    return ("X", text, why)


# ---------------------------------------------------------------------------
# case-evalaf-01: Lowmoor Borough Council; Kieran Ashdown-Bell, 19, supported internship.
# layout "second-person-you-headings": the plan is written to the young person, every
# heading a letter and a phrase addressed to "you" ("B. What you find hard: your special
# educational needs").
# ---------------------------------------------------------------------------

B1_STEPS = "You find it hard to follow spoken instructions with more than two steps, especially somewhere busy or noisy."
B1_CHANGE = "Changes to your routine that you did not know about make you very anxious, and you may leave the room or stop talking."
B1_LIT = "Your reading, writing and number skills are at about the level of a 9 or 10 year old, so written tasks at work take you longer."
B1_TALK = "You find it hard to start a conversation with people you do not know well, such as colleagues and customers."
B1_MONEY = "You need help to manage money, such as checking your change and keeping track of what you spend in a week."

F1_DAYS = "Your supported internship will run for three days a week at Halewood General Hospital, with one day a week of study at Castlebrook College, from September 2026 to July 2027."
F1_COACH = "Job coaching support during your internship."
F1_PHOTO = (
    "A photo task list for each job you do, made by your job coach and kept at your work station."
)
F1_MATHS = "English and maths lessons for 1.5 hours a week in a group of no more than eight, working towards Functional Skills Entry Level 3."
F1_QUIET = "Access to a quiet space when you need it."
F1_CHECK = "A 20-minute check-in with your college tutor every week, to talk about how you are feeling and how the internship is going."
F1_MONEYP = "A money skills session of 45 minutes each week in your college day, with a real shopping trip once a fortnight."
H2_TRAVEL = "Independent travel training from the Lowmoor Travel Training Team on the bus route from your home to Halewood General Hospital, three sessions a week for the autumn term."

JOB1 = "job_coach_report.docx"
ALS1 = "college_als_report.pdf"


def _you(sid: str, text: str) -> tuple:
    return ("H", sid, text, "h2")


CASE_01 = dict(
    name="case-evalaf-01",
    layout="second-person-you-headings",
    summary=(
        "Lowmoor Borough Council; Kieran Ashdown-Bell, 19, on a supported internship at a hospital "
        "through Castlebrook College (autism, learning difficulty, anxiety). The plan is written to "
        'Kieran ("you"); each heading is the letter and a phrase addressed to him. Job coach\'s report '
        "with a recommendation table that has a reason column; college additional learning support "
        "report with test results and progress."
    ),
    note="Travel training to the internship placement, recommended by the job coach to make him independent for work, is placed in H2 only: wrong_section. The GP suggestion is home advice (not_educational).",
    plan=dict(
        file="plan.docx",
        footer="Lowmoor Borough Council - Your EHC plan - Kieran Ashdown-Bell - Final 2 November 2026",
        sans=True,
        accent="5B2C6F",
        blocks=[
            ("org", "Lowmoor Borough Council - SEND 16 to 25 Team"),
            ("title", "Your Education, Health and Care Plan"),
            (
                "small",
                "Kieran Ashdown-Bell   Date of birth: 14 May 2007   Final plan issued: 2 November 2026",
            ),
            (
                "small",
                "Your case officer: Rhiannon Petrakis, 01632 960233, send16-25@lowmoor.example.org",
            ),
            (
                "p",
                "This plan is written to you, Kieran, because you are over 16 and the decisions in it are yours. Your mum helped you to tell us what you think.",
            ),
            _you("A", "A. About you: what you have told us"),
            (
                "S",
                "A",
                "You told us that you like working at the hospital because you like things to be tidy and in the right place.",
            ),
            (
                "p",
                "You want to get a paid job by the time you are 21, to travel to work on your own and one day to live in a flat with a friend. You support Lowmoor Rovers and go to every home game with your uncle.",
            ),
            _you("B", "B. What you find hard: your special educational needs"),
            ("S", "B", "You are autistic and you have a learning difficulty."),
            ("bul", [B1_STEPS, B1_CHANGE, B1_LIT, B1_TALK, B1_MONEY]),
            _you("C", "C. Your health"),
            (
                "S",
                "C",
                "You see Dr Oyelaran, your GP, once a year for an annual health check; you do not have any health needs linked to your learning.",
            ),
            _you("D", "D. Your social care needs"),
            (
                "S",
                "D",
                "Lowmoor Adult Social Care completed a Care Act assessment in July 2026 and found that you are eligible for support to take part in activities in your community.",
            ),
            _you("E", "E. What you want to achieve: your outcomes"),
            (
                "S",
                "E",
                "By July 2027 you will carry out three jobs at the hospital without your job coach beside you.",
            ),
            (
                "p",
                "By July 2027 you will travel to the hospital on your own by bus. By the end of your internship you will ask a colleague for help when you are stuck, at least once a day.",
            ),
            _you(
                "F",
                "F. The help you will get with your learning and work: special educational provision",
            ),
            (
                "S",
                "F",
                "Castlebrook College will arrange this provision and review it with you each term.",
            ),
            (
                "bul",
                [
                    ("F", F1_DAYS, True),
                    ("F", F1_COACH, False),
                    ("F", F1_PHOTO, True),
                    ("F", F1_MATHS, True),
                    ("F", F1_QUIET, False),
                    ("F", F1_CHECK, True),
                    ("F", F1_MONEYP, True),
                ],
            ),
            _you("G", "G. Help with your health"),
            ("S", "G", "No health provision is needed at the moment."),
            _you(
                "H1",
                "H1. Help from social care under the Chronically Sick and Disabled Persons Act 1970",
            ),
            (
                "S",
                "H1",
                "A community support worker for four hours every Saturday, to go to football, the gym or into town with you.",
            ),
            _you("H2", "H2. Other help from social care"),
            ("S", "H2", H2_TRAVEL),
            _you("I", "I. Where you will learn"),
            (
                "S",
                "I",
                "Castlebrook College (further education college), supported internship programme, Halewood General Hospital site.",
            ),
            _you("J", "J. Your personal budget"),
            (
                "S",
                "J",
                "You have a direct payment for your community support worker; you did not ask for a personal budget for your education provision.",
            ),
            _you("K", "K. The advice we used"),
            (
                "S",
                "K",
                "Job coach report (September 2026); college additional learning support report (September 2026); Care Act assessment (July 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=JOB1,
            blocks=[
                ("org", "Castlebrook College - Supported Internships"),
                ("title", "Job coach report: Kieran Ashdown-Bell"),
                (
                    "kv",
                    [
                        ("Intern", "Kieran Ashdown-Bell, 19"),
                        ("Host employer", "Halewood General Hospital, linen and stores"),
                        ("Job coach", "Dominic Ferreira-Lowe"),
                        ("Date", "26 September 2026"),
                    ],
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        X(
                            "Kieran joined the internship in September 2026 after two years on the college's foundation programme.",
                            "history",
                        ),
                        "He is on site on Mondays, Tuesdays and Thursdays.",
                    ],
                ),
                ("h", 2, "How Kieran is getting on"),
                (
                    "p",
                    [
                        X(
                            "Kieran is punctual, polite and takes real pride in his uniform.",
                            "strength",
                        ),
                        X(
                            "In four weeks he has learned the restocking routine for two wards and now completes it without prompts.",
                            "progress",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Kieran needs each new task broken down into steps and shown to him, because he loses track when given a list of instructions out loud on the ward.",
                            "communication_interaction",
                            B1_STEPS,
                        ),
                        N(
                            "He does not yet ask for help when he is stuck; on three occasions he waited over twenty minutes without telling anyone.",
                            "communication_interaction",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Changes to his rota, even small ones, cause him considerable distress, and he has twice gone home early as a result.",
                            "semh",
                            B1_CHANGE,
                        ),
                        N(
                            "Kieran cannot yet tell the time reliably from an analogue clock, which affects his ability to take his breaks and come back on time.",
                            "cognition_learning",
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "His supervisor, Mrs Adeyemi, commented that the linen room has never been so well organised.",
                        "strength reported by the employer",
                    ),
                ),
                ("h", 2, "Observations on the ward"),
                (
                    "p",
                    [
                        X(
                            "I observed Kieran on four shifts in September, for about three hours each time.",
                            "method",
                        ),
                        X(
                            "On the restocking round he worked steadily and accurately, checking each shelf against the photograph on the cupboard door.",
                            "observation: strength",
                        ),
                        "He chatted briefly with the porter he knows, about football.",
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "When the ward sister asked him to take three items to three different bays, he took the first and then returned to the linen room and waited.",
                            "observation illustrating a stated need",
                        ),
                        X(
                            "Once I showed him the route and the items one at a time, he completed the same task the following day without help.",
                            "progress with support",
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "The employer has been very supportive and has agreed that Kieran can keep the same supervisor throughout the year.",
                        "support in place: employer",
                    ),
                ),
                ("h", 2, "My recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Reason"],
                        [
                            R(
                                "On-site job coaching, starting at full days and fading to two hours a day by Easter, with the fading plan reviewed each half term.",
                                "cognition_learning",
                                "not_specific",
                                F1_COACH,
                            ),
                            X(
                                "So that Kieran becomes independent of the coach by the end of the year, which the employer will expect of a paid employee.",
                                "reason column",
                            ),
                        ],
                        [
                            R(
                                "A visual task list with photographs for each job, kept at his work station.",
                                "cognition_learning",
                                "specific",
                                F1_PHOTO,
                            ),
                            "He follows pictures far better than spoken lists.",
                        ],
                        [
                            R(
                                "Travel training from home to the hospital by bus, three sessions a week for a term, by a trained travel trainer.",
                                "other",
                                "wrong_section",
                                H2_TRAVEL,
                                section="H2",
                            ),
                            X(
                                "His mum drives him at present, and she will not be able to once she returns to work in January.",
                                "reason column: family circumstances",
                            ),
                        ],
                        [
                            R(
                                "A weekly one-to-one session of 30 minutes with his job coach to practise asking for help, using scripts and role play.",
                                "communication_interaction",
                                "missing_from_f",
                            ),
                            "Waiting in silence is the main thing that would stop him keeping a paid job.",
                        ],
                        [
                            R(
                                "Practice in telling the time and using a digital watch with alarms for his breaks, 15 minutes a day in his college day.",
                                "cognition_learning",
                                "missing_from_f",
                            ),
                            "Breaks are timed strictly in the hospital.",
                        ],
                    ],
                    [0.45, 0.55],
                ),
                (
                    "p",
                    X(
                        "I considered recommending a move to the hospital's portering team but do not think this would suit Kieran, as it involves constant change.",
                        "option considered and not recommended",
                    ),
                ),
                ("p", "Dominic Ferreira-Lowe, Job Coach. Telephone 01632 960241."),
            ],
        ),
        dict(
            file=ALS1,
            footer="Castlebrook College - Additional Learning Support - page {n} of {m}",
            blocks=[
                ("org", "Castlebrook College - Additional Learning Support Team"),
                ("title", "Additional learning support report"),
                (
                    "small",
                    "Learner: Kieran Ashdown-Bell. Written by Grace Mbeki-Holt, ALS Coordinator, with his tutor. 20 September 2026.",
                ),
                ("h", 2, "Assessment results"),
                (
                    "p",
                    [
                        X(
                            "On the WRAT-5 Kieran's reading comprehension is at an age equivalent of 9 years 6 months and his maths computation at 10 years 1 month.",
                            "test result",
                        ),
                        X(
                            "His initial assessment places him at Entry Level 2 in English and Entry Level 3 in maths.",
                            "test result",
                        ),
                    ],
                ),
                ("h", 2, "What we have seen at college"),
                (
                    "p",
                    [
                        N(
                            "Kieran has difficulty reading workplace signs and forms, and needs help to fill in his weekly time sheet.",
                            "cognition_learning",
                            B1_LIT,
                        ),
                        N(
                            "He finds it hard to join in conversation with other interns and rarely starts one himself.",
                            "communication_interaction",
                            B1_TALK,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Kieran is very sensitive to noise and bright light; the canteen at lunchtime overwhelms him and he has started to skip lunch.",
                            "sensory_physical",
                        ),
                        N(
                            "He does not yet check his change or keep track of his money, and ran out of his weekly money on a Tuesday twice this month.",
                            "other",
                            B1_MONEY,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Kieran's mood has been low on several days this term; he told his tutor that he sometimes does not see the point of the internship and cannot sleep before work days.",
                            "semh",
                        ),
                        X(
                            "He had a period of school refusal in Year 9, which resolved with support.",
                            "history: resolved difficulty",
                        ),
                    ],
                ),
                ("h", 2, "Kieran's views"),
                (
                    "p",
                    [
                        X(
                            "Kieran said that he likes the internship best when he knows who he is working with, and that the worst part is the canteen.",
                            "young person's view",
                        ),
                        X(
                            "He would like to work in a warehouse or a library when he finishes.",
                            "aspiration",
                        ),
                    ],
                ),
                ("h", 2, "Support in place this term"),
                (
                    "p",
                    X(
                        "He currently has a tutor group of twelve and a weekly English and maths class shared with the foundation programme.",
                        "support already in place",
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "bul",
                    [
                        R(
                            "English and maths for three hours a week in a group of no more than six, towards Functional Skills Entry Level 3.",
                            "cognition_learning",
                            "less",
                            F1_MATHS,
                        ),
                        R(
                            "A named quiet room at the hospital for his lunch break every day, agreed with the employer.",
                            "sensory_physical",
                            "not_specific",
                            F1_QUIET,
                        ),
                        R(
                            "A weekly check-in of 20 minutes with his tutor about how he is feeling, with referral to the college counsellor if his low mood continues.",
                            "semh",
                            "specific",
                            F1_CHECK,
                        ),
                        R(
                            "Kieran's family may wish to speak to his GP about his sleep and mood.",
                            "health",
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "p",
                    "Grace Mbeki-Holt, ALS Coordinator, Castlebrook College, Ferry Road, Lowmoor LW9 3QZ.",
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalaf-02: Selbury County Council; Amira Qureshi-Dunn, 21, independent specialist
# residential college. layout "college-review-band-headings": a plan re-issued after the
# college-led annual review, each section a shaded band "SECTION B | Special educational
# needs | agreed at review 14.01.27", with a review attendance table at the top and the
# study programme as a table inside F.
# ---------------------------------------------------------------------------

B2_COMM = "Amira understands short sentences about familiar people and routines and uses an eye-gaze communication aid, a few signs and facial expression to communicate."
B2_CHOICE = "She needs choices offered two at a time, with pictures or on her aid, as she becomes confused by more."
B2_LEARN = "Amira has a moderate learning disability; she learns best through repetition in real settings and needs prompts to work through the steps of a task."
B2_PHYS = "Amira has right-sided hemiplegia and uses a powered wheelchair; she needs two people to help with transfers."
B2_TIRED = "She tires quickly, and her hand use and concentration drop as she tires, especially in the afternoon."
B2_COOK = "Amira needs supervision to prepare simple food and hot drinks safely."
B2_ONLINE = "Amira does not yet understand how to keep herself safe online or with people she does not know."

F2_LIVING = "A daily independent living skills session of one hour in the college training flat, following a programme written by the college occupational therapist and reviewed by the occupational therapist every half term."
F2_OT = "Direct occupational therapy of 45 minutes once a fortnight during term."
F2_SALT = "Speech and language therapy from the college therapy team."
F2_TRAIN = "Training from the college speech and language therapist at the start of each term for all teaching and residential staff who work with Amira, on setting up and supporting her eye-gaze aid."
F2_PASSPORT = "A communication passport, written with Amira and updated by the speech and language therapist each term."
F2_SAFETY = "Personal and online safety: one hour a week"
F2_REST = "Rest breaks as needed."
H2_LSA = "Ferncombe College's additional learning support: a learning support assistant with Amira one to one in all taught sessions, funded within the residential care and support package."
H2_CARE = "Residential care and support in the college house, including a waking night staff member and two staff for transfers, funded by Selbury Adult Social Care."

OT2 = "ot_independent_living.pdf"
SLT2 = "salt_adult_report.docx"
SW2 = "care_act_summary.pdf"


def _band(sid: str, label: str, name: str) -> tuple:
    return ("H", sid, f"{label} | {name} | agreed at review 14.01.27", "band")


CASE_02 = dict(
    name="case-evalaf-02",
    layout="college-review-band-headings",
    summary=(
        "Selbury County Council; Amira Qureshi-Dunn, 21, at Ferncombe College, an independent "
        "specialist residential college (learning disability, right hemiplegia, eye-gaze aid). The plan "
        "was re-issued after the college-led annual review: an attendance table, then each section as a "
        'shaded band "SECTION B | Special educational needs | agreed at review 14.01.27"; F holds the '
        "study programme as a table. OT report on independent living skills, adult SLT report, adult "
        "social worker's Care Act summary."
    ),
    note="The college's one-to-one learning support in taught sessions is placed in H2 only (wrong_section). The residential care package correctly stands in H2 (not_educational). Care Act eligibility is a social care need stated in D, not a B need.",
    plan=dict(
        file="plan.pdf",
        footer="Selbury County Council - EHC plan (post-annual review) - Amira Qureshi-Dunn - page {n} of {m}",
        accent="2E5E4E",
        blocks=[
            ("org", "Selbury County Council - Preparing for Adulthood SEND Team"),
            ("title", "Education, Health and Care Plan - amended following annual review"),
            (
                "small",
                "Amira Qureshi-Dunn   Born 3 August 2005   Annual review held at Ferncombe College 14 January 2027   Final amended plan 20 February 2027",
            ),
            (
                "grid",
                [
                    ["Attended the review", "Role"],
                    ["Amira Qureshi-Dunn", "Young person (using her eye-gaze aid)"],
                    ["Mrs Samina Qureshi", "Mother"],
                    ["Owen Talbot-Reyes", "Head of Learning, Ferncombe College (chair)"],
                    ["Lowri Haddad", "Adult social worker, Selbury County Council"],
                ],
                [0.45, 0.55],
            ),
            _band("A", "SECTION A", "Amira's views, interests and aspirations"),
            (
                "S",
                "A",
                "Amira told the review, using her aid, that she likes cooking, music by her favourite bands and seeing her sister at weekends.",
            ),
            (
                "p",
                "She wants to live in a shared house with friends near her family when she leaves college, and to do volunteer work in a cafe.",
            ),
            _band("B", "SECTION B", "Special educational needs"),
            ("S", "B", B2_COMM),
            ("p", [B2_CHOICE, B2_LEARN]),
            ("p", [B2_PHYS, B2_TIRED]),
            ("p", [B2_COOK, B2_ONLINE]),
            _band("C", "SECTION C", "Health needs related to SEN"),
            (
                "S",
                "C",
                "Amira has cerebral palsy and epilepsy, which is well controlled with medication; she is reviewed by the adult neurology clinic once a year.",
            ),
            _band("D", "SECTION D", "Social care needs"),
            (
                "S",
                "D",
                "A Care Act assessment in October 2026 found Amira eligible for care and support with nutrition, personal hygiene, dressing and using her home safely.",
            ),
            _band("E", "SECTION E", "Outcomes"),
            (
                "S",
                "E",
                "By July 2027 Amira will make a cold lunch and a hot drink in the training flat with one prompt from staff.",
            ),
            (
                "p",
                "By July 2028 Amira will use her aid to start a conversation with someone new in the college cafe.",
            ),
            _band("F", "SECTION F", "Special educational provision"),
            (
                "S",
                "F",
                "Ferncombe College will deliver the study programme and the provision below, 38 weeks a year.",
            ),
            (
                "grid",
                [
                    ["Study programme 2026-27", "Hours"],
                    ["Independent living (training flat)", "5 hours a week"],
                    ["Communication and literacy", "4 hours a week"],
                    ["Work skills in the college cafe", "3 hours a week"],
                    [("F", F2_SAFETY, True), "1 hour a week"],
                ],
                [0.7, 0.3],
            ),
            (
                "bul",
                [
                    ("F", F2_LIVING, True),
                    ("F", F2_OT, True),
                    ("F", F2_SALT, False),
                    ("F", F2_TRAIN, True),
                    ("F", F2_PASSPORT, True),
                    ("F", F2_REST, False),
                ],
            ),
            _band("G", "SECTION G", "Health provision"),
            (
                "S",
                "G",
                "Epilepsy care plan held by the college nurse, with rescue medication trained staff on every shift.",
            ),
            _band("H1", "SECTION H1", "Social care provision under the CSDPA 1970"),
            (
                "S",
                "H1",
                "Not applicable while Amira lives at college; this will be reviewed before she leaves.",
            ),
            _band("H2", "SECTION H2", "Other social care provision"),
            ("S", "H2", H2_CARE),
            ("p", H2_LSA),
            _band("I", "SECTION I", "Placement"),
            (
                "S",
                "I",
                "Ferncombe College (independent specialist post-16 institution), residential, 38 weeks, September 2025 to July 2028.",
            ),
            _band("J", "SECTION J", "Personal budget"),
            ("S", "J", "No personal budget has been requested."),
            _band("K", "SECTION K", "Advice and information"),
            (
                "S",
                "K",
                "Occupational therapy report (December 2026); speech and language therapy report (December 2026); Care Act assessment summary (October 2026); college annual review report (January 2027).",
            ),
        ],
    ),
    reports=[
        dict(
            file=OT2,
            footer="Ferncombe College Therapy Team - Occupational Therapy - page {n} of {m}",
            blocks=[
                ("org", "Ferncombe College Therapy Team"),
                ("title", "Occupational therapy report: independent living skills"),
                (
                    "small",
                    "Amira Qureshi-Dunn. Assessed by Bethan Achterberg, Occupational Therapist (HCPC registered), November and December 2026.",
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        X(
                            "Amira lived at home with her parents until September 2025, when she came to Ferncombe.",
                            "history",
                        ),
                        X(
                            "She is proud of the flapjacks she made in the training kitchen last month and shows the photograph to visitors.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 2, "Assessment"),
                (
                    "p",
                    X(
                        "On the Assessment of Motor and Process Skills (AMPS) her motor ability measure was 0.4 logits and her process ability measure 0.6 logits, both below the level usually associated with living in the community without support.",
                        "test result",
                    ),
                ),
                (
                    "p",
                    [
                        N(
                            "Amira can make a hot drink with a kettle tipper using her left hand, but needs supervision to pour safely.",
                            "sensory_physical",
                            B2_COOK,
                        ),
                        N(
                            "She cannot manage buttons, zips or fastenings with one hand and needs help to dress her upper body.",
                            "sensory_physical",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Amira tires markedly after about 40 minutes of activity, and her hand function gets worse as she tires.",
                            "sensory_physical",
                            B2_TIRED,
                        ),
                        N(
                            "She finds it hard to plan the steps of an everyday task, such as what to do first when making a sandwich, and needs prompts to sequence it.",
                            "cognition_learning",
                            B2_LEARN,
                        ),
                    ],
                ),
                ("h", 2, "Observation in the training flat"),
                (
                    "p",
                    [
                        X(
                            "I observed Amira make a cheese sandwich and a cup of tea over three sessions.",
                            "method",
                        ),
                        X(
                            "She chose her ingredients from the photo shopping list on her aid and put them out in the right order on the first occasion only.",
                            "observation",
                        ),
                        X(
                            "With one spoken prompt for each step she completed the sandwich, and she spread the butter using the spiked board she was given last term.",
                            "observation: equipment in place",
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "Her transfers are managed safely by two staff with a ceiling hoist in the residential house, which was installed in 2025.",
                        "support already in place",
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "num",
                    [
                        R(
                            "An independent living skills programme devised by an occupational therapist and practised with staff every day in the training flat, reviewed by the OT every half term.",
                            "other",
                            "specific",
                            F2_LIVING,
                        ),
                        R(
                            "Direct occupational therapy for 45 minutes every week during term, focusing on one-handed techniques.",
                            "sensory_physical",
                            "less",
                            F2_OT,
                        ),
                        R(
                            "A dressing practice programme of 15 minutes each morning in the residential house, carried out by care staff trained by the OT.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        R(
                            "Amira needs a learning support assistant with her one to one in every taught session, as she cannot set up her aid or handle materials on her own.",
                            "cognition_learning",
                            "wrong_section",
                            H2_LSA,
                            section="H2",
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "A wheelchair-accessible kitchen at home was considered, but her family's kitchen was adapted in 2024.",
                        "option considered: already done",
                    ),
                ),
            ],
        ),
        dict(
            file=SLT2,
            blocks=[
                ("org", "Ferncombe College Therapy Team"),
                ("title", "Speech and language therapy report"),
                (
                    "kv",
                    [
                        ("Name", "Amira Qureshi-Dunn"),
                        ("Therapist", "Callum Ogundipe, Speech and Language Therapist"),
                        ("Date", "8 December 2026"),
                    ],
                ),
                ("h", 2, "Communication now"),
                (
                    "p",
                    [
                        N(
                            "Amira understands sentences of up to three key words in familiar settings, but longer or abstract language is not understood.",
                            "communication_interaction",
                            B2_COMM,
                        ),
                        N(
                            "She does not yet use her aid to start a conversation or to say no; she mainly answers questions put to her.",
                            "communication_interaction",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "When offered more than two options she tends to choose the last one she heard, whether or not she wants it.",
                            "communication_interaction",
                            B2_CHOICE,
                        ),
                        X(
                            "Her aid has not always been charged or set up at the start of the day, and this has improved since the residential team added it to the morning checklist.",
                            "comment on current support; resolved",
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "Amira's family use a mixture of English and Urdu at home, and she understands simple phrases in both.",
                        "background",
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "bul",
                    [
                        R(
                            "Direct speech and language therapy for one hour every week to develop her use of the aid to start conversations and refuse.",
                            "communication_interaction",
                            "not_specific",
                            F2_SALT,
                        ),
                        R(
                            "All staff in class and in the residential house to be trained in supporting her aid, with a refresher each term.",
                            "communication_interaction",
                            "specific",
                            F2_TRAIN,
                        ),
                        R(
                            "A communication passport, updated each term.",
                            "communication_interaction",
                            "specific",
                            F2_PASSPORT,
                        ),
                        R(
                            "Her family are encouraged to keep the aid charged and in use at home during the holidays.",
                            "communication_interaction",
                            "not_educational",
                        ),
                    ],
                ),
            ],
        ),
        dict(
            file=SW2,
            footer="Selbury Adult Social Care - Care Act assessment summary - page {n} of {m}",
            blocks=[
                ("org", "Selbury County Council - Adult Social Care"),
                ("title", "Care Act assessment: summary for the EHC plan"),
                (
                    "small",
                    "Amira Qureshi-Dunn. Social worker: Lowri Haddad. Assessment completed 19 October 2026.",
                ),
                ("h", 2, "Eligibility"),
                (
                    "p",
                    [
                        X(
                            "Amira is eligible for care and support under the Care Act 2014 in the outcomes of managing nutrition, maintaining personal hygiene, being appropriately clothed and making use of her home safely.",
                            "social care need, stated in Section D",
                        ),
                        X(
                            "Her mother is her main carer during holidays and has had a carer's assessment.",
                            "background: carer",
                        ),
                    ],
                ),
                ("h", 2, "Wellbeing"),
                (
                    "p",
                    [
                        N(
                            "Amira becomes upset and withdrawn in the evenings when she misses her family, and staff report that she has cried on most Sunday nights this term.",
                            "semh",
                        ),
                        N(
                            "She accepts friend requests from people she does not know and has shared photographs with a stranger online.",
                            "semh",
                            B2_ONLINE,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    [
                        R(
                            "Amira should have a personal and online safety programme as part of her study programme, at least one session a week.",
                            "semh",
                            "specific",
                            F2_SAFETY,
                        ),
                        R(
                            "Residential care with a waking night and two carers for transfers should continue to be funded by Adult Social Care.",
                            "social_care",
                            "not_educational",
                            H2_CARE,
                            section="H2",
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "I note that the learning support in lessons is the college's educational provision and in my view it belongs in Section F rather than in the care package.",
                        "comment on the plan",
                    ),
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalaf-03: Harnley Metropolitan Borough Council; Toby Wainwright, 23, Level 2
# horticulture at a further education college; Toby is his own appellant. layout
# "first-person-letter-headings": the plan speaks as Toby ("B. What I find difficult (my
# special educational needs)"), and F lists the provision under each of his outcomes.
# ---------------------------------------------------------------------------

B3_READ = "I have dyslexia: I read slowly and lose my place, and spelling and writing are very hard for me, especially technical words."
B3_PROC = "I take longer than most people to take in what is said to me, and I need time to think before I answer."
B3_ANX = "I have anxiety and have had times of depression; when I am anxious I stop going to college and do not answer messages."
B3_GROUP = "I find group work hard because I do not always know when to speak or what people mean."
B3_ORG = "I find it hard to organise my work and to remember deadlines."

F3_LSA = "In-class learning support for six hours a week in my practical sessions, to help me with written recording and group work."
F3_DYS = "Specialist dyslexia support from the college's learning support team, 45 minutes once a fortnight."
F3_AT = "A college laptop with text-to-speech and speech-to-text software that I can take home, and three training sessions on it in my first half term."
F3_HAND = "Handouts in advance where possible."
F3_EXAMS = "25% extra time and a reader in all my assessments and exams, which the college will apply for each year."
F3_ANXSUP = "Support with my anxiety when I need it."
F3_PLACE = "A work placement of one day a week at Harnley Parks nursery from January 2027, with my tutor visiting every three weeks."
G3_CBT = (
    "I am on the waiting list for cognitive behavioural therapy with Harnley Talking Therapies."
)

EP3 = "independent_ep_report.docx"
COL3 = "college_progress_report.pdf"


def _me(sid: str, text: str) -> tuple:
    return ("H", sid, text, "h1")


CASE_03 = dict(
    name="case-evalaf-03",
    layout="first-person-letter-headings",
    summary=(
        "Harnley Metropolitan Borough Council; Toby Wainwright, 23, on a Level 2 horticulture course "
        "at Harnley College after leaving an earlier course because of his mental health (dyslexia, "
        "autism, anxiety and depression). Toby is his own appellant. The plan speaks in the first "
        'person ("B. What I find difficult (my special educational needs)") and Section F lists the '
        "provision under each of Toby's outcomes. Independent educational psychologist's report, "
        "instructed by Toby, that argues at length; college progress report."
    ),
    note="The CBT referral stands correctly in G (not_educational). The EP's argument about the council's view of his education is commentary, not a need.",
    plan=dict(
        file="plan.pdf",
        footer="Harnley MBC - My EHC plan - Toby Wainwright - final - page {n} of {m}",
        accent="7A4B00",
        blocks=[
            ("org", "Harnley Metropolitan Borough Council - SEND Assessment and Review Service"),
            ("title", "My Education, Health and Care Plan"),
            (
                "small",
                "Toby Wainwright   Born 21 January 2003   Final plan 30 October 2026   Plan coordinator: Imran Szabo, 01632 960377",
            ),
            ("i", "This plan was written with Toby and uses his words where he asked us to."),
            _me("A", "A. About me (my views, interests and aspirations)"),
            (
                "S",
                "A",
                "I want to work outdoors, ideally in a plant nursery or for a parks department, and I want to be able to pay my own way.",
            ),
            (
                "p",
                "I like growing things from seed, long walks with my dog and building model railways. Last time college did not work for me because nobody knew how anxious I was.",
            ),
            _me("B", "B. What I find difficult (my special educational needs)"),
            ("S", "B", "I am autistic and I have dyslexia."),
            ("bul", [B3_READ, B3_PROC, B3_ANX, B3_GROUP, B3_ORG]),
            _me("C", "C. My health (health needs related to my SEN)"),
            ("S", "C", "My GP has diagnosed anxiety and depression, and I take sertraline."),
            _me("D", "D. My social care needs"),
            (
                "S",
                "D",
                "I do not have social care needs at present; I live with my dad and my sister.",
            ),
            _me("E", "E. What I want to achieve (my outcomes)"),
            (
                "S",
                "E",
                "My outcomes are below; Section F sets out the help I will get for each one.",
            ),
            (
                "num",
                [
                    "Finish my Level 2 Diploma in Horticulture by July 2028.",
                    "Be at college on at least nine days out of every ten by July 2027.",
                    "Finish a work placement by July 2027 and know what job I want to apply for.",
                ],
            ),
            _me("F", "F. The help I will get (special educational provision)"),
            (
                "S",
                "F",
                "Harnley College will make this provision for me for the two years of my course.",
            ),
            (
                "b",
                "My outcome 1 (employment): by July 2028 I will complete my Level 2 Diploma in Horticulture.",
            ),
            (
                "bul",
                [
                    ("F", F3_LSA, True),
                    ("F", F3_DYS, True),
                    ("F", F3_AT, True),
                    ("F", F3_HAND, False),
                    ("F", F3_EXAMS, True),
                ],
            ),
            (
                "b",
                "My outcome 2 (health): by July 2027 I will be at college on at least nine days out of every ten.",
            ),
            ("bul", [("F", F3_ANXSUP, False)]),
            (
                "b",
                "My outcome 3 (employment): by July 2027 I will have finished a work placement and know what job I want to apply for.",
            ),
            ("bul", [("F", F3_PLACE, True)]),
            _me("G", "G. Help with my health (health provision)"),
            ("S", "G", G3_CBT),
            _me("H1", "H1. Social care help under the CSDPA 1970"),
            ("S", "H1", "I do not need any help under this section."),
            _me("H2", "H2. Other social care help"),
            ("S", "H2", "No other social care provision is needed."),
            _me("I", "I. Where I will study (placement)"),
            (
                "S",
                "I",
                "Harnley College of Further Education, Level 2 Diploma in Horticulture, three days a week.",
            ),
            _me("J", "J. My personal budget"),
            ("S", "J", "I have not asked for a personal budget."),
            _me("K", "K. The advice used (advice and information)"),
            (
                "S",
                "K",
                "Independent educational psychology report (September 2026); Harnley College progress report (October 2026); letter from my GP (August 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=EP3,
            blocks=[
                (
                    "org",
                    "Dr Harriet Quennell, Chartered Educational Psychologist (HCPC registered)",
                ),
                ("title", "Independent psychological report: Toby Wainwright"),
                (
                    "kv",
                    [
                        ("Instructed by", "Toby Wainwright, with the support of his father"),
                        ("Date of assessment", "12 and 19 September 2026"),
                        ("Date of report", "28 September 2026"),
                    ],
                ),
                ("h", 2, "1. Background"),
                (
                    "p",
                    [
                        X(
                            "Toby left Harnley College in November 2022, eight weeks into a Level 1 course, because of his mental health.",
                            "history",
                        ),
                        X(
                            "He then spent almost three years at home, and his plan was ceased in 2023 and reinstated after a new assessment in 2026.",
                            "history",
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "Toby spoke with real enthusiasm about propagation and knows the Latin names of a great many plants.",
                        "strength",
                    ),
                ),
                ("h", 2, "2. Assessment results"),
                (
                    "p",
                    [
                        X(
                            "On the WAIS-IV his verbal comprehension index was 104, in the average range, and his processing speed index was 76, in the borderline range.",
                            "test result",
                        ),
                        X(
                            "On the WRAT-5 his word reading standard score was 75 (5th percentile).",
                            "test result",
                        ),
                    ],
                ),
                ("h", 2, "3. Discussion"),
                (
                    "p",
                    [
                        N(
                            "Toby reads at around half the speed expected of an adult of his age, which means that the reading load of a Level 2 course is beyond him without adjustments.",
                            "cognition_learning",
                            B3_READ,
                        ),
                        N(
                            "His written expression is very limited: in a ten-minute writing task he produced 47 words, with no paragraphs and many misspellings of words he had just read.",
                            "cognition_learning",
                            B3_READ,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "His processing speed is a marked weakness against his verbal reasoning, and he needs more time than others to take in spoken information and to respond.",
                            "cognition_learning",
                            B3_PROC,
                        ),
                        N(
                            "Toby's working memory is poor: he held only four digits forwards, and in class he forgets multi-part instructions before he has written them down.",
                            "cognition_learning",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Toby described panic attacks on the bus to college and has in the past missed whole weeks because of them.",
                            "semh",
                            B3_ANX,
                        ),
                        N(
                            "He does not recognise that he is becoming overwhelmed until he has already shut down, so he cannot ask for help at the point when he needs it.",
                            "semh",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "In my opinion the council's earlier view that Toby had completed his education misunderstands the Code of Practice for young people over 19; the question is whether he needs more time to complete his education or training, and the evidence plainly shows that he does.",
                            "argument about the law",
                        ),
                        X(
                            "It would be wrong to read his good verbal ability as a sign that he can cope without support; it is precisely the gap between that ability and his reading and processing speed that has led to his repeated breakdowns in education.",
                            "argued reasoning",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "I have read the council's draft plan of August 2026 and the college's learning support plan.",
                            "documents read",
                        ),
                        X(
                            "The draft plan is an improvement on the plan that was ceased in 2023, which described Toby's needs in two sentences, but in several places it still describes support that is available rather than support that will be provided.",
                            "comment on the plan",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Toby told me that he wants to prove that he can finish something, and that last time he left because he felt stupid and nobody noticed.",
                            "young person's view",
                        ),
                        X(
                            "I asked him what helps, and he said being told what is happening, being given things to read before the lesson and not being put on the spot in front of the group.",
                            "young person's view",
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "Research on adults with dyslexia indicates that explicit, structured teaching remains effective well into adulthood when it is frequent and delivered by a trained specialist; occasional study skills sessions do not produce the same gains.",
                        "cited research",
                    ),
                ),
                ("h", 2, "4. Recommendations"),
                (
                    "p",
                    R(
                        "Toby needs specialist dyslexia tuition from a teacher holding an approved specialist qualification, one to one for one hour every week for the whole of his course; less than weekly will not, in my view, be enough to build the strategies he needs.",
                        "cognition_learning",
                        "less",
                        F3_DYS,
                    ),
                ),
                (
                    "p",
                    R(
                        "He should have assistive technology, text-to-speech and speech-to-text software on a laptop he can take home, with training in its use during his first half term.",
                        "cognition_learning",
                        "specific",
                        F3_AT,
                    ),
                ),
                (
                    "p",
                    R(
                        "All course handouts and reading should be given to Toby at least a week in advance, in an accessible digital format he can listen to.",
                        "cognition_learning",
                        "not_specific",
                        F3_HAND,
                    ),
                ),
                (
                    "p",
                    R(
                        "A named mentor should meet Toby for 30 minutes every week to plan his work and deadlines and to check how he is coping, so that difficulties are caught before he stops attending.",
                        "semh",
                        "missing_from_f",
                    ),
                ),
                (
                    "p",
                    R(
                        "Exam access arrangements of 25% extra time and a reader should be applied for.",
                        "cognition_learning",
                        "specific",
                        F3_EXAMS,
                    ),
                ),
                (
                    "p",
                    R(
                        "Toby should be offered cognitive behavioural therapy for his anxiety through an adult mental health service.",
                        "health",
                        "not_educational",
                        G3_CBT,
                        section="G",
                    ),
                ),
                (
                    "p",
                    X(
                        "I have considered whether a specialist residential college would be more appropriate and do not recommend it, as Toby wants to stay near home and his local course suits his aims.",
                        "option considered and not recommended",
                    ),
                ),
            ],
        ),
        dict(
            file=COL3,
            footer="Harnley College - Learner progress report - page {n} of {m}",
            blocks=[
                ("org", "Harnley College of Further Education"),
                ("title", "Learner progress report for the EHC plan"),
                (
                    "small",
                    "Toby Wainwright, Level 2 Diploma in Horticulture. Written by Nadia Farrant-Oke, course tutor, with the Additional Learning Support team. 14 October 2026.",
                ),
                (
                    "grid",
                    [
                        ["Area", "This half term", "Comment"],
                        [
                            "Attendance",
                            "71%",
                            X(
                                "Absences are clustered on Mondays and after group assessments.",
                                "attendance pattern",
                            ),
                        ],
                        [
                            "Practical skills",
                            "Working at merit",
                            X(
                                "His practical horticulture skills are among the strongest in the group.",
                                "strength",
                            ),
                        ],
                        ["Written units", "1 of 3 submitted", "Two units extended"],
                    ],
                    [0.25, 0.25, 0.5],
                ),
                ("h", 2, "What Toby finds difficult"),
                (
                    "p",
                    [
                        N(
                            "He finds practical group tasks difficult when roles are not given out, and usually withdraws to work on his own.",
                            "communication_interaction",
                            B3_GROUP,
                        ),
                        N(
                            "He struggles to keep track of assignment deadlines and had three late submissions this half term.",
                            "cognition_learning",
                            B3_ORG,
                        ),
                    ],
                ),
                (
                    "p",
                    N(
                        "Toby finds the noise of the polytunnel fans and the machinery very uncomfortable and wears ear defenders when he can.",
                        "sensory_physical",
                    ),
                ),
                ("h", 2, "What the college recommends"),
                (
                    "bul",
                    [
                        R(
                            "A learning support assistant in practical sessions for six hours a week, to help with written recording and group roles.",
                            "cognition_learning",
                            "specific",
                            F3_LSA,
                        ),
                        R(
                            "A named member of staff Toby can go to when he is anxious, and an agreed quiet room in the horticulture building.",
                            "semh",
                            "not_specific",
                            F3_ANXSUP,
                        ),
                    ],
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalaf-04: Tanfield County Council; Chloe Tennant, 24, foundation learning at a
# further education college; the council proposes to cease the plan. layout
# "cease-notice-cover-letter": the council's notice of its proposal to cease, written to
# Chloe, comes first, then the plan as maintained ("Section B - Special educational
# needs"), with the study programme as a table in F. There is no Section J.
# ---------------------------------------------------------------------------

B4_LANG = "Chloe's understanding of spoken language is at about the level of a seven year old, and she may say she understands when she does not."
B4_SPEECH = "Her speech can be hard for people who do not know her to understand, especially on the telephone."
B4_LEARN = "Chloe has a learning disability (Down syndrome) and needs new skills taught in small steps and practised many times."
B4_TIME = "She is learning to use money and tell the time, and can count coins up to five pounds with support."
B4_CHANGE = "Chloe finds unexpected changes hard and needs to be told about them in advance."

F4_MONEY = "Money and time in real settings (shops, cafe, bus station): two hours a week"
F4_SALT = "A speech and language programme written by the Tanfield adult speech and language therapist and carried out by learning support staff three times a week for 20 minutes, reviewed by the therapist once a year."
F4_STAFF = "All staff who teach Chloe will use short sentences and check her understanding by asking her to show them, not by asking whether she understands."
F4_VISUAL = "A visual weekly timetable, with any change explained to Chloe by her tutor at least one day in advance."
F4_TRAVEL = "Travel training as needed."
H2_WORK = "Tanfield Adult Social Care will fund a support worker to go with Chloe to a work experience placement one day a week."
G4_BEREAVE = "Six sessions of adapted bereavement support from the Tanfield Community Learning Disability Team."

CP4 = "clinical_psychology_report.pdf"
SLT4 = "salt_report.docx"


def _sec(sid: str, text: str) -> tuple:
    return ("H", sid, text, "h2")


CASE_04 = dict(
    name="case-evalaf-04",
    layout="cease-notice-cover-letter",
    summary=(
        "Tanfield County Council; Chloe Tennant, 24, on a foundation learning programme at Brackley "
        "Vale College (Down syndrome, recent bereavement). The council proposes to cease the plan: its "
        "notice, written to Chloe, comes first, then the plan as maintained with headings "
        '"Section B - Special educational needs" and the study programme as a table in F. No '
        "Section J. Clinical psychologist's report from the adult learning disability team, which "
        "argues against ceasing; adult speech and language therapy report."
    ),
    note="The support worker for work experience, placed in H2, is the supported work experience the psychologist recommends (wrong_section). The team's own bereavement sessions stand correctly in G (not_educational). The plan has no Section J.",
    plan=dict(
        file="plan.docx",
        footer="Tanfield County Council - SEND - Chloe Tennant",
        accent="1D4F73",
        blocks=[
            ("org", "Tanfield County Council - Special Educational Needs and Disabilities Service"),
            (
                "small",
                "County Hall, Marsh Street, Tanfield TF2 9XQ   01632 960512   send@tanfield.example.org",
            ),
            ("p", "Ms Chloe Tennant, 14 Orchard Rise, Brackley TF7 4QJ"),
            ("p", "3 March 2027"),
            ("b", "Notice of proposal to cease to maintain your Education, Health and Care Plan"),
            ("p", "Dear Chloe,"),
            (
                "p",
                "We are writing to tell you that Tanfield County Council proposes to stop maintaining your EHC plan at the end of the summer term 2027. We think that you have achieved the outcomes in your plan and that you no longer need the special educational provision it sets out.",
            ),
            (
                "p",
                "You, and your mum if you would like her to, can tell us what you think by 31 March 2027. If we decide to cease your plan you will be able to appeal to the First-tier Tribunal (Special Educational Needs and Disability), and we will tell you about mediation.",
            ),
            ("p", "Your plan, as it is maintained now, is set out below."),
            ("p", "Yours sincerely, Oliver Brannigan-Shaw, Post-16 SEND Officer"),
            ("pb",),
            ("BODY", "Education, Health and Care Plan (as currently maintained)"),
            ("title", "Education, Health and Care Plan (as currently maintained)"),
            ("small", "Chloe Tennant   Born 9 June 2002   Last amended 15 September 2026"),
            _sec("A", "Section A - Chloe's views, interests and aspirations"),
            (
                "S",
                "A",
                "Chloe loves drama, dancing and looking after her nephew, and she wants to work in a cafe or a theatre.",
            ),
            (
                "p",
                'Chloe says: "I want a job and my own money. I don\'t want to stop college yet."',
            ),
            _sec("B", "Section B - Special educational needs"),
            ("S", "B", B4_LEARN),
            ("p", [B4_LANG, B4_SPEECH]),
            ("p", [B4_TIME, B4_CHANGE]),
            _sec("C", "Section C - Health needs related to SEN"),
            (
                "S",
                "C",
                "Chloe has hypothyroidism, which is treated with medication, and she wears glasses for short sight.",
            ),
            _sec("D", "Section D - Social care needs"),
            (
                "S",
                "D",
                "Chloe lives with her mother and is eligible under the Care Act 2014 for support to take part in her community and to develop her independence.",
            ),
            _sec("E", "Section E - Outcomes"),
            (
                "S",
                "E",
                "By July 2027 Chloe will buy her lunch in the college cafe on her own, checking her change.",
            ),
            (
                "p",
                "By July 2027 Chloe will make herself understood to a new member of staff when she needs help.",
            ),
            _sec("F", "Section F - Special educational provision"),
            (
                "S",
                "F",
                "Brackley Vale College will deliver the following study programme, three days a week for 36 weeks a year.",
            ),
            (
                "grid",
                [
                    ["Study programme component", "Hours"],
                    ["English and communication (Entry Level 1)", "3 hours a week"],
                    ["Maths for life", "3 hours a week"],
                    [("F", F4_MONEY, True), "included in Maths for life"],
                    ["Performing arts", "4 hours a week"],
                    ["Work skills", "3 hours a week"],
                ],
                [0.7, 0.3],
            ),
            (
                "bul",
                [
                    ("F", F4_SALT, True),
                    ("F", F4_STAFF, True),
                    ("F", F4_VISUAL, True),
                    ("F", F4_TRAVEL, False),
                ],
            ),
            _sec("G", "Section G - Health provision"),
            ("S", "G", G4_BEREAVE),
            _sec("H1", "Section H1 - Social care provision under the CSDPA 1970"),
            (
                "S",
                "H1",
                "Four hours a week of community support to attend her drama group and activities of her choice.",
            ),
            _sec("H2", "Section H2 - Other social care provision"),
            ("S", "H2", H2_WORK),
            _sec("I", "Section I - Placement"),
            (
                "S",
                "I",
                "Brackley Vale College (general further education college), Foundation Learning programme.",
            ),
            _sec("K", "Section K - Advice and information"),
            (
                "S",
                "K",
                "Clinical psychology report (January 2027); speech and language therapy report (January 2027); college annual review report (November 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=CP4,
            footer="Tanfield Community Learning Disability Team - Psychology - page {n} of {m}",
            blocks=[
                ("org", "Tanfield Community Learning Disability Team (Adult Services)"),
                ("title", "Clinical psychology report"),
                (
                    "small",
                    "Chloe Tennant. Dr Ifeoma Castellane, Clinical Psychologist. 22 January 2027.",
                ),
                ("h", 2, "Reason for referral"),
                (
                    "p",
                    [
                        X(
                            "Chloe was referred to the team in March 2026 by her GP after a change in her behaviour at home.",
                            "history",
                        ),
                        X(
                            "Her grandmother, who had cared for her every weekend, died in February 2026.",
                            "history",
                        ),
                    ],
                ),
                ("h", 2, "Assessment"),
                (
                    "p",
                    X(
                        "On the ABAS-3 her general adaptive composite was 58, with relative strengths in self-care and weaknesses in community use and functional academics.",
                        "test result",
                    ),
                ),
                (
                    "p",
                    [
                        N(
                            "Since her grandmother died, Chloe has become withdrawn, talks to herself at length about her grandmother and has stopped going to her drama group.",
                            "semh",
                        ),
                        N(
                            "Chloe often says yes to questions she has not understood, which puts her at risk when decisions are made about her care and her money.",
                            "communication_interaction",
                            B4_LANG,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "She becomes distressed and may refuse to move when plans change at short notice, for example when a bus is cancelled.",
                            "semh",
                            B4_CHANGE,
                        ),
                        X(
                            "Chloe now travels to college on her own on a familiar bus route, which she could not do a year ago.",
                            "progress",
                        ),
                    ],
                ),
                ("h", 2, "Opinion"),
                (
                    "p",
                    [
                        X(
                            "The proposal to cease Chloe's plan appears to rest on her age and on the view that she has reached a plateau; in my assessment she is still learning new skills, as her progress in travelling shows.",
                            "argument against ceasing",
                        ),
                        X(
                            "Ending her education now, in the year of a major loss, would in my opinion carry a real risk to her mental health.",
                            "argued consequence",
                        ),
                    ],
                ),
                ("h", 2, "Chloe's views"),
                (
                    "p",
                    [
                        X(
                            "Chloe told me she wants to keep going to college because her friends are there and because she wants to work in a cafe.",
                            "young person's view",
                        ),
                        X(
                            "Her mother is worried that without college Chloe will spend her days at home and become more isolated.",
                            "parent's view",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "num",
                    [
                        R(
                            "Chloe needs a weekly session of 45 minutes with a college mentor or counsellor who has experience of learning disability, to support her through her bereavement, for at least two terms.",
                            "semh",
                            "missing_from_f",
                        ),
                        R(
                            "Any change to her timetable or transport should be explained to her at least a day in advance, using a visual schedule.",
                            "semh",
                            "specific",
                            F4_VISUAL,
                        ),
                        R(
                            "She should have supported work experience one day a week with a job coach, as a step towards the supported internship she wants.",
                            "other",
                            "wrong_section",
                            H2_WORK,
                            section="H2",
                        ),
                        R(
                            "The team will offer Chloe six sessions of bereavement work adapted for people with a learning disability.",
                            "health",
                            "not_educational",
                            G4_BEREAVE,
                            section="G",
                        ),
                        R(
                            "Chloe should have travel training for the new route to her work placement in the town centre, twice a week until she can travel it safely on her own.",
                            "other",
                            "not_specific",
                            F4_TRAVEL,
                        ),
                    ],
                ),
            ],
        ),
        dict(
            file=SLT4,
            blocks=[
                ("org", "Tanfield Adult Speech and Language Therapy Service"),
                ("title", "Speech and language therapy report"),
                (
                    "kv",
                    [
                        ("Client", "Chloe Tennant, 24"),
                        ("Therapist", "Marisol Penhaligon, Speech and Language Therapist"),
                        ("Seen", "College and home, January 2027"),
                    ],
                ),
                ("h", 2, "Assessment"),
                (
                    "p",
                    [
                        X(
                            "On the CELF-4 UK her receptive language was at an age equivalent of about 7 years.",
                            "test result",
                        ),
                        X(
                            "Her hearing was checked in December 2026 and is within normal limits.",
                            "resolved concern",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Unfamiliar listeners understand about half of what Chloe says, and she rarely tries again another way when she is not understood.",
                            "communication_interaction",
                            B4_SPEECH,
                        ),
                        N(
                            "She has difficulty with the language of time and money, such as 'before', 'after', 'change' and 'half price'.",
                            "cognition_learning",
                            B4_TIME,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Chloe finds it hard to follow a conversation in a group of more than two people and loses track when the topic changes.",
                            "communication_interaction",
                        ),
                        N(
                            "She cannot yet read a bus timetable or a menu, and relies on photographs and symbols.",
                            "cognition_learning",
                        ),
                    ],
                ),
                (
                    "p",
                    N(
                        "Chloe learns new words and routines slowly and needs many repetitions before she uses them on her own.",
                        "cognition_learning",
                        B4_LEARN,
                    ),
                ),
                (
                    "p",
                    X(
                        "Chloe's mother already uses short sentences and photographs of the week's plans at home, which works well.",
                        "home: support in place",
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "bul",
                    [
                        R(
                            "Direct speech and language therapy for one hour every fortnight, working on clarity and on what to do when she is not understood, in real situations, for the coming year.",
                            "communication_interaction",
                            "less",
                            F4_SALT,
                        ),
                        R(
                            "Money and time sessions built into her study programme, at least two hours a week, in real shops and cafes.",
                            "cognition_learning",
                            "specific",
                            F4_MONEY,
                        ),
                        R(
                            "Staff should use short sentences and check Chloe's understanding by asking her to show them rather than asking if she understands.",
                            "communication_interaction",
                            "specific",
                            F4_STAFF,
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "A high-tech communication aid was trialled in 2024 and Chloe preferred to speak; I do not recommend one now.",
                        "option considered and not recommended",
                    ),
                ),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
