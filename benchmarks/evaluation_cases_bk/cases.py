# ruff: noqa: E501, N802
"""Set BK as data: twice-exceptional children, high ability with SEND in mainstream primary
and secondary schools (a gifted autistic 13-year-old who refuses written work, a
10-year-old with dyslexia and very high verbal ability, a 15-year-old with ADHD and
dysgraphia preparing for GCSEs, and an 8-year-old with a demand-avoidant profile), in plan
layouts no earlier set has.

Every name, council, school, service, NHS trust and professional is invented. Phone
numbers are in the 01632 960xxx range, mobiles 07700 900xxx, e-mail addresses are at
example.org and NHS numbers begin 999. Markers are those of evaluation_kit.dataset.
"""


def N(text: str, area: str, plan_text: str | None = None) -> tuple:
    """A need; plan_text None when Section B leaves it out."""
    return ("N", text, area, plan_text)


def R(text: str, area: str, status: str, plan_text: str | None = None, **extras) -> tuple:
    """A recommendation with its status against the plan."""
    return ("R", text, area, status, plan_text, extras)


def X(text: str, why: str) -> tuple:
    """A sentence that reads like a need or advice but is not a current one."""
    return ("X", text, why)


NAMES = {
    "A": "Views, interests and aspirations",
    "B": "Special educational needs",
    "C": "Health needs related to special educational needs",
    "D": "Social care needs related to special educational needs or disability",
    "E": "Outcomes",
    "F": "Special educational provision",
    "G": "Health provision",
    "H1": "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Other social care provision",
    "I": "Placement",
    "J": "Personal budget",
    "K": "Advice and information",
}


# ---------------------------------------------------------------------------
# case-evalbk-01: Wrexbury Metropolitan Borough Council; Caspian Oyelaran-Frost, 13, Year 8
# layout "section-word-letter-em-dash-f-by-school-context": Word headings
# "Section B — Special educational needs"; Section F grouped by where in the school day the
# provision happens (in lessons, around school, teaching outside lessons).
# ---------------------------------------------------------------------------

B1_SPEED = "Caspian thinks and talks about ideas far faster than he can get them down on paper, and writing tires him out."
B1_REFUSE = "He often will not start a writing task in lessons, and he may walk out of the room if he is pushed to do it."
B1_WORRY = "Caspian worries a great deal about making mistakes and will tear up or delete work he thinks is not good enough."
B1_EASY = "In some subjects the work is too easy for Caspian, and he switches off when he is asked to go over things he already knows."
B1_GROUPS = "He finds it hard to work in groups with classmates and mostly spends break and lunch on his own."
B1_HAND = (
    "His handwriting is slow and becomes hard to read when he writes for more than a few minutes."
)
B1_NOISE = "Busy corridors and the canteen are too noisy for Caspian, and the upset carries over into the lesson after."

F1_LAPTOP = "Caspian will use a school laptop with word-processing and speech-to-text software for all extended writing in every lesson; he will not be asked to handwrite more than two sentences at a time."
F1_DIFF = "Differentiation of written tasks as appropriate."
F1_KEY = "A named key adult, Mr Pereira (learning mentor), will meet Caspian at the student reception for ten minutes at 8.35 am every school day to go through his timetable and any changes."
F1_EXIT = "Caspian will leave each lesson five minutes before the bell, with an exit card, so that he moves between rooms before the corridors fill."
F1_EAR = "Access to ear defenders when needed."
F1_CLUB = "A place at the Tuesday and Thursday lunchtime chess and coding club in the library, supervised by a member of staff, as a quiet alternative to the canteen."
F1_AOT = "Sessions with a specialist teacher from the Autism Outreach Team, 45 minutes every fortnight, on understanding social situations and managing his anxiety."
F1_TYPE = "Touch-typing practice using a structured online programme for 15 minutes every school day, supervised by a teaching assistant, until Caspian types at 30 words a minute."

G1_CAMHS = "Wrexbury CAMHS will continue to offer Caspian appointments with a clinical psychologist for his anxiety, with a review every three months."
G1_OT = "The children's occupational therapy service will provide a hand-strengthening and pencil-control programme, which a teaching assistant will carry out with Caspian three times a week for ten minutes."

EP1 = "educational_psychology_report.pdf"
OT1 = "occupational_therapy_report.docx"


def _emdash(sid: str) -> tuple:
    return ("H", sid, f"Section {sid} — {NAMES[sid]}", "h1")


CASE_01 = dict(
    name="case-evalbk-01",
    layout="section-word-letter-em-dash-f-by-school-context",
    summary=(
        "Wrexbury Metropolitan Borough Council; Caspian Oyelaran-Frost, 13, Year 8 at Brookvale Academy, a "
        "mainstream secondary school (autism diagnosed at 9, very high verbal ability, refusal of written work, "
        "slow and painful handwriting, anxiety and perfectionism, noise sensitivity). Word headings "
        "'Section B — Special educational needs'; Section F grouped by where in the school day the provision "
        "happens. An independent educational psychologist's report (.pdf: standard scores with confidence "
        "intervals, long strengths and short difficulties, reported speech, recommendations argued against the "
        "school's view) and an occupational therapist's report (.docx: handwriting speed and keyboard, a "
        "Recommendation / Reason / Who and how often table)."
    ),
    note="The occupational therapist's hand-strengthening programme, to be carried out in school by a teaching assistant, stands in Section G as a service offer: provision in the wrong section. CAMHS psychology in G is health provision. The school's view that Caspian must show written work at Year 8 level before he is stretched is reported, and argued against, by the psychologist; it is not a need.",
    plan=dict(
        file="plan.docx",
        footer="Wrexbury MBC  |  Education, Health and Care Plan  |  Caspian Oyelaran-Frost  |  Final, 16 November 2026",
        author="Wrexbury SEND Assessment and Review Team",
        title="EHC Plan - Caspian Oyelaran-Frost",
        blocks=[
            ("org", "WREXBURY METROPOLITAN BOROUGH COUNCIL"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Caspian Oyelaran-Frost"),
                    ("Date of birth", "11 March 2013"),
                    ("NHS number", "999 614 2087"),
                    ("School", "Brookvale Academy (Year 8)"),
                    ("Parents", "Dr Femi Oyelaran and Ms Rachel Frost, 9 Kiln Lane, Wrexbury"),
                    (
                        "SEND case officer",
                        "Mrs L Ashdown, 01632 960214, send.reviews@wrexbury.example.org",
                    ),
                ],
            ),
            _emdash("A"),
            (
                "S",
                "A",
                "Caspian is fascinated by prime numbers, the history of codebreaking and the Roman army, and he has taught himself to program in Python.",
            ),
            (
                "p",
                "He says: \"I know the answers, I just can't write them down fast enough, and then everyone thinks I'm lazy.\" He would like to study mathematics or computer science at university.",
            ),
            (
                "p",
                "His parents want teachers to see how able Caspian is and to stop the cycle of detentions for unfinished written work.",
            ),
            _emdash("B"),
            (
                "S",
                "B",
                "Caspian is an autistic young person with exceptional verbal reasoning; the needs below are the ones that stop him showing it at school.",
            ),
            ("b", "Cognition and learning"),
            ("p", [B1_SPEED, B1_EASY]),
            ("b", "Social, emotional and mental health"),
            ("p", [B1_REFUSE, B1_WORRY]),
            ("b", "Communication and interaction"),
            ("p", B1_GROUPS),
            ("b", "Sensory and physical"),
            ("p", [B1_HAND, B1_NOISE]),
            _emdash("C"),
            (
                "S",
                "C",
                "Caspian was diagnosed as autistic by the Wrexbury child development team when he was nine, and he is seen by CAMHS for anxiety; he sleeps poorly on school nights.",
            ),
            _emdash("D"),
            (
                "S",
                "D",
                "Caspian has no social care needs arising from his special educational needs.",
            ),
            _emdash("E"),
            (
                "S",
                "E",
                "By July 2027 Caspian will complete at least three pieces of extended written work each half term, using his laptop, in English, history and science.",
            ),
            (
                "p",
                "By July 2027 Caspian will stay in lessons for the whole lesson on at least nine days out of ten.",
            ),
            (
                "p",
                "By the end of Year 9 Caspian will take part in a paired or small-group task in at least one lesson a week.",
            ),
            _emdash("F"),
            (
                "S",
                "F",
                "Brookvale Academy will make the provision below; the SENCo, Ms Adebayo, will oversee it and check it each half term.",
            ),
            ("b", "In lessons"),
            ("bul", [("F", F1_LAPTOP, True), ("F", F1_DIFF, False)]),
            ("b", "Around school"),
            (
                "bul",
                [
                    ("F", F1_KEY, True),
                    ("F", F1_EXIT, True),
                    ("F", F1_EAR, False),
                    ("F", F1_CLUB, True),
                ],
            ),
            ("b", "Teaching outside lessons"),
            ("bul", [("F", F1_AOT, True), ("F", F1_TYPE, True)]),
            _emdash("G"),
            ("S", "G", G1_CAMHS),
            ("p", G1_OT),
            _emdash("H1"),
            ("S", "H1", "Not applicable."),
            _emdash("H2"),
            ("S", "H2", "None at present."),
            _emdash("I"),
            ("S", "I", "Brookvale Academy, Wrexbury (mainstream academy, 11 to 18)."),
            _emdash("J"),
            ("S", "J", "No personal budget has been requested."),
            _emdash("K"),
            (
                "S",
                "K",
                "Independent educational psychology report by Dr Imogen Sallis (September 2026); occupational therapy report by Ms Priya Mandal (October 2026); advice from Brookvale Academy; Caspian's and his parents' views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=EP1,
            style="headed",
            footer="Dr Imogen Sallis, Chartered Educational Psychologist - Caspian Oyelaran-Frost - page {n} of {m}",
            author="Dr I Sallis",
            blocks=[
                ("org", "Sallis Educational Psychology"),
                (
                    "small",
                    "Independent practice - The Old Forge, Mill Street, Wrexbury - 01632 960377 - imogen.sallis@example.org - HCPC PYL09876",
                ),
                ("title", "Educational Psychology Report"),
                (
                    "kv",
                    [
                        (
                            "Young person",
                            "Caspian Oyelaran-Frost, born 11 March 2013 (13 years 6 months)",
                        ),
                        ("School", "Brookvale Academy, Year 8"),
                        ("Commissioned by", "Caspian's parents, for the EHC needs assessment"),
                        ("Seen", "3 and 10 September 2026, at home and in school"),
                    ],
                ),
                ("h", 1, "Background"),
                (
                    "p",
                    [
                        X(
                            "Caspian was diagnosed as autistic at the age of nine by the Wrexbury child development team, after a long period in which his primary school saw him as a bright boy who chose not to work.",
                            "history",
                        ),
                        X(
                            "His mother told me that he was reading fluently before he started school and that he taught himself long division at six.",
                            "history: reported speech",
                        ),
                        X(
                            "In Year 6 he had a part-time timetable for a term after a period of school refusal, which ended when he moved to Brookvale.",
                            "history: resolved",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            'His father described the last year as "a war over handwriting", with detentions for unfinished classwork most weeks.',
                            "parent's view in reported speech: consequence",
                        ),
                        X(
                            "The school has already given Caspian a named learning mentor and a pass to the library at lunchtime.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 1, "Assessment results"),
                (
                    "p",
                    "I used the Wechsler Intelligence Scale for Children, fifth UK edition (WISC-V UK). Standard scores have a mean of 100 and a standard deviation of 15; the 95% confidence interval is shown beside each score.",
                ),
                (
                    "grid",
                    [
                        ["Index", "Standard score", "95% confidence interval", "Percentile"],
                        ["Verbal Comprehension", "141", "131-146", "99.7"],
                        ["Visual Spatial", "128", "118-134", "97"],
                        ["Fluid Reasoning", "135", "125-140", "99"],
                        ["Working Memory", "112", "104-119", "79"],
                        ["Processing Speed", "84", "77-94", "14"],
                    ],
                    [0.34, 0.2, 0.26, 0.2],
                ),
                (
                    "p",
                    [
                        X(
                            "On the Wechsler Individual Achievement Test, his reading comprehension standard score was 138 (95% confidence interval 129 to 143) and his numerical operations score was 133 (124 to 139).",
                            "test result",
                        ),
                        X(
                            "His spelling score of 104 (96 to 112) is in the average range and is not a concern.",
                            "test result",
                        ),
                    ],
                ),
                ("h", 1, "Strengths"),
                (
                    "p",
                    [
                        X(
                            "Caspian's verbal reasoning is in the very superior range: he defined abstract words such as 'ephemeral' and 'paradox' with precision and explained the link between 'democracy' and 'a jury' better than most adults I assess.",
                            "strength",
                        ),
                        X(
                            "His non-verbal reasoning is also very high, and he solved the hardest matrix items quickly and without visible effort.",
                            "strength",
                        ),
                        X(
                            "He reads widely, holds long and well-informed conversations about subjects that interest him, and was warm and humorous with me once he felt at ease.",
                            "strength",
                        ),
                        X(
                            "His teachers of mathematics and computing describe him as the most able student they have taught, and his end-of-year mathematics test score was the highest in the year group.",
                            "strength",
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "Caspian has made real progress this term in coming to school on time: his attendance has risen from 81% last year to 96% since September.",
                        "progress",
                    ),
                ),
                ("h", 1, "Difficulties"),
                (
                    "p",
                    [
                        N(
                            "Caspian's processing speed is far below his verbal reasoning, and this gap means that producing written work takes him much longer and costs him far more effort than it does his classmates.",
                            "cognition_learning",
                            B1_SPEED,
                        ),
                        N(
                            "He refuses most extended written tasks in class, and when pressed he puts his head on the desk or leaves the room.",
                            "semh",
                            B1_REFUSE,
                        ),
                        N(
                            "He has marked difficulty with open-ended tasks and cannot begin until the start, the expected length and the finishing point of a task are made explicit.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "His anxiety rises sharply whenever he thinks he might get something wrong, and his perfectionism leads him to rip up or delete work that falls short of his own standard.",
                            "semh",
                            B1_WORRY,
                        ),
                        N(
                            "In mathematics and science he is repeating content he mastered two years ago, and this lack of challenge feeds his refusal.",
                            "cognition_learning",
                            B1_EASY,
                        ),
                        N(
                            "Caspian has few reciprocal friendships and finds group work with peers of his own age very difficult.",
                            "communication_interaction",
                            B1_GROUPS,
                        ),
                        N(
                            'He takes language literally and does not recognise that a teacher\'s "Would you like to start now?" is an instruction rather than a question.',
                            "communication_interaction",
                            None,
                        ),
                    ],
                ),
                ("h", 1, "Options I considered"),
                (
                    "p",
                    [
                        X(
                            "I considered whether a specialist autism school would suit Caspian better, but it could not offer him the academic challenge he needs, and he and his parents want him to stay at Brookvale.",
                            "option considered and rejected",
                        ),
                        X(
                            "His parents asked me about elective home education; I do not recommend it, because Caspian needs the daily practice of being with other young people.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "p",
                    [
                        R(
                            "Caspian should have a laptop with word-processing and speech-to-text software for all extended writing, in every lesson, with no expectation that he handwrites more than a sentence or two.",
                            "cognition_learning",
                            "specific",
                            F1_LAPTOP,
                        ),
                        X(
                            "This is not a reward or a concession: it removes the one barrier that stands between his reasoning and the page.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Every written task should be broken into short, clearly bounded parts, with the expected length, a model opening and the finishing point shown to him before he starts.",
                            "cognition_learning",
                            "not_specific",
                            F1_DIFF,
                        ),
                        R(
                            "He should have a named key adult who meets him for ten minutes at the start of each day to go through his timetable and any changes.",
                            "semh",
                            "specific",
                            F1_KEY,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Caspian should be taught by a specialist teacher of autism, one-to-one, for one hour every week, working on how he reads social situations and how he manages his anxiety when he fears failure.",
                            "semh",
                            "less",
                            F1_AOT,
                        ),
                        X(
                            "A fortnightly session would not give him enough continuity to practise the strategies between sessions.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "I understand that the school's view is that Caspian must first show that he can complete written work at Year 8 level before he is given harder material.",
                            "the school's view, reported",
                        ),
                        "I respectfully disagree.",
                        R(
                            "Caspian should be given planned extension work in mathematics and science, set by the subject leaders, and he should be taught mathematics with the Year 10 top set from January.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                        X(
                            "Holding back challenge until he writes more is likely to make the refusal worse, because the work he is refusing is work he finds pointless; with the laptop in place, the written output can be expected to follow the challenge, not the other way round.",
                            "reason for a recommendation: argued against the school's view",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Caspian should continue to see the CAMHS clinical psychologist for his anxiety.",
                            "health",
                            "not_educational",
                            G1_CAMHS,
                            section="G",
                        ),
                        "Dr Imogen Sallis, DEdPsy, Chartered Educational Psychologist.",
                    ],
                ),
            ],
        ),
        dict(
            file=OT1,
            footer="Mandal Children's Occupational Therapy - report for Caspian Oyelaran-Frost - October 2026",
            author="P Mandal",
            accent="2F5D50",
            blocks=[
                ("org", "Mandal Children's Occupational Therapy"),
                (
                    "small",
                    "Unit 4, Tannery Yard, Wrexbury - 01632 960391 - priya@mandal-ot.example.org - HCPC OT61234",
                ),
                (
                    "title",
                    "Occupational Therapy Assessment: Handwriting, Keyboard and Sensory Processing",
                ),
                (
                    "kv",
                    [
                        ("Name", "Caspian Oyelaran-Frost (13 years 7 months)"),
                        ("Assessed", "6 October 2026, clinic; 13 October 2026, Brookvale Academy"),
                        ("Therapist", "Priya Mandal, BSc (Hons) Occupational Therapy"),
                        (
                            "Tests used",
                            "DASH 17+, Beery VMI-6, Sensory Profile 2 (school companion)",
                        ),
                    ],
                ),
                ("h", 2, "Reason for referral"),
                (
                    "p",
                    "Caspian's parents asked for advice on his handwriting and on whether a laptop would help him, as part of the evidence for his EHC needs assessment.",
                ),
                ("h", 2, "What I found"),
                (
                    "p",
                    [
                        X(
                            "His visual-motor integration on the Beery VMI was in the average range (standard score 98), and his copying of shapes was accurate.",
                            "test result",
                        ),
                        X(
                            "On a keyboard Caspian already types at 19 words a minute with two fingers of each hand, and he is keen to learn to touch-type.",
                            "strength",
                        ),
                        X(
                            "The shoulder pain he had in Year 6, after a fall from a climbing frame, has fully resolved.",
                            "history: resolved",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "His handwriting speed on the DASH free-writing task was 11 words a minute, well below what is expected at his age, and his letters became illegible after five minutes.",
                            "sensory_physical",
                            B1_HAND,
                        ),
                        N(
                            "Caspian has reduced hand strength and an immature, tightly fisted pencil grip, and he reports pain in his hand after ten minutes of writing.",
                            "sensory_physical",
                            None,
                        ),
                        N(
                            "He is over-sensitive to noise: crowded corridors and the dining hall overwhelm him, and he is unable to settle in the lesson that follows.",
                            "sensory_physical",
                            B1_NOISE,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Reason", "Who and how often"],
                        [
                            R(
                                "Touch-typing taught through a structured programme, 15 minutes a day, until he reaches 30 words a minute.",
                                "sensory_physical",
                                "specific",
                                F1_TYPE,
                            ),
                            "Typing will soon be faster than his handwriting can ever be",
                            "Teaching assistant, daily",
                        ],
                        [
                            R(
                                "A hand-strengthening and pencil-control programme carried out in school, three times a week for ten minutes.",
                                "sensory_physical",
                                "wrong_section",
                                G1_OT,
                                section="G",
                            ),
                            "He still needs to write short answers and sign his name without pain",
                            "Teaching assistant, following my programme",
                        ],
                        [
                            R(
                                "A sloped writing board and a triangular-grip pen for the short pieces of handwriting he still does.",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            "These reduce the strain on his wrist and fingers",
                            "School to provide, by half term",
                        ],
                        [
                            R(
                                "Permission to leave each lesson five minutes early, so that he moves between rooms before the corridors are crowded.",
                                "sensory_physical",
                                "specific",
                                F1_EXIT,
                            ),
                            "Crowded corridors are the main trigger for his overload",
                            "All staff, every lesson change",
                        ],
                        [
                            R(
                                "Ear defenders kept for him in the dining hall and in assemblies.",
                                "sensory_physical",
                                "not_specific",
                                F1_EAR,
                            ),
                            "He can then stay with his peers at lunch and in assembly",
                            "Head of year",
                        ],
                    ],
                    [0.46, 0.3, 0.24],
                ),
                (
                    "p",
                    [
                        X(
                            "I have not recommended a specialist seating assessment, because his posture at the desk was good.",
                            "option considered and rejected",
                        ),
                        R(
                            "At home, putty and construction games would help to build his hand strength alongside the school programme.",
                            "sensory_physical",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Priya Mandal, Occupational Therapist, 20 October 2026."),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbk-02: Kestermoor County Council; Isla Marchetti-Boateng, 10, Year 5
# layout "statutory-name-bracketed-everyday-gloss-unlettered": each heading is the
# statutory name followed by an everyday gloss in brackets, with no section letters;
# Section F is one table Support / Who and how often / Why it matters.
# ---------------------------------------------------------------------------

GLOSS2 = {
    "A": "what matters to Isla",
    "B": "what Isla finds hard",
    "C": "Isla's health",
    "D": "help for the family",
    "E": "what we are aiming for",
    "F": "the help Isla will get at school",
    "G": "help from the health service",
    "H1": "practical help at home",
    "H2": "other help from children's services",
    "I": "Isla's school",
    "J": "money the family manage",
    "K": "the advice we used",
}

B2_GAP = "Isla reads and spells at a much lower level than you would expect from how well she talks and reasons."
B2_SOUNDS = "She struggles to hear the separate sounds in words and to put sounds together to read a new word."
B2_SLOW = "Isla reads slowly, which means she often loses track of what a longer text is about."
B2_WRITE = "What Isla writes is much shorter and simpler than what she can say, because she picks words she knows how to spell."
B2_VOWEL = "She often spells vowel sounds the way they sound rather than the way they are written."
B2_SELF = "Isla has started to think badly of herself because of her reading and does not want to read out loud in class."

F2_PROG = "A structured, multisensory literacy programme in a group of three"
F2_PREC = "Precision teaching of high-frequency words, with progress charted every Friday"
F2_AT = "Access to assistive technology where appropriate"
F2_PRINT = "A printed copy on her desk of anything written on the board that she needs to use"
F2_WAYS = "Opportunities to show her learning in different ways, where possible"
F2_TESTS = "A reader and 25% extra time in class tests and in the Key Stage 2 tests, within the national test arrangements"
F2_MENTOR = "A 20-minute session with the learning mentor every other Wednesday to talk about how dyslexia affects her and what she is good at"

G2_STS = "The Kestermoor Specialist Teaching Service will visit Fennick Lane Primary twice a term to review Isla's literacy programme and advise her teachers."

ST2 = "specialist_teacher_report.pdf"
TU2 = "tutor_report.docx"


def _gloss(sid: str) -> tuple:
    return ("H", sid, f"{NAMES[sid]} ({GLOSS2[sid]})", "h2")


CASE_02 = dict(
    name="case-evalbk-02",
    layout="statutory-name-bracketed-everyday-gloss-unlettered",
    summary=(
        "Kestermoor County Council; Isla Marchetti-Boateng, 10, Year 5 at Fennick Lane Primary School "
        "(dyslexia with very high verbal ability, slow reading, weak phonological processing, spelling, "
        "self-esteem, frustration with work pitched below her thinking). The plan's headings are the "
        "statutory names with an everyday gloss in brackets, **no letters**; Section F is one table "
        "Support / Who and how often / Why it matters. A specialist dyslexia teacher's assessment report "
        "(.pdf: standard scores with confidence intervals, a Recommendation / Reason table) and a private "
        "tutor's report (.docx: first person, bullets with reasons mixed in, a recommendation argued "
        "against the school's view)."
    ),
    note="The specialist teacher's half-termly review and advice visits stand in the health provision section as a Specialist Teaching Service offer: provision in the wrong section (the service is an education service, and its advice to teachers is educational provision). The literacy programme row is specific but gives two 30-minute group sessions a week against three 45-minute one-to-one sessions: less than recommended. Vague rows are vague in the Who and how often cell too.",
    plan=dict(
        file="plan.pdf",
        header="Kestermoor County Council - Education, Health and Care Plan",
        footer="Isla Marchetti-Boateng - final plan - 2 December 2026 - page {n} of {m}",
        author="Kestermoor SEN Service",
        title="EHC plan - Isla Marchetti-Boateng",
        accent="7A3E00",
        blocks=[
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Child", "Isla Marchetti-Boateng"),
                    ("Date of birth", "19 January 2016"),
                    ("NHS number", "999 271 4408"),
                    ("School", "Fennick Lane Primary School, Year 5"),
                    ("Parents", "Giulia Marchetti and Kwame Boateng"),
                    (
                        "Plan writer",
                        "Mr A Whitcombe, 01632 960562, senservice@kestermoor.example.org",
                    ),
                ],
            ),
            _gloss("A"),
            (
                "S",
                "A",
                "Isla loves Greek myths, debating with her older brother and making up long stories, which she tells into her mum's phone.",
            ),
            (
                "p",
                'She wants to be a barrister or a writer, and she told us: "I have loads of ideas but my hand and my spelling can\'t keep up."',
            ),
            _gloss("B"),
            ("S", "B", "Isla is dyslexic and is also a very able thinker and speaker."),
            ("p", [B2_GAP, B2_SOUNDS, B2_SLOW]),
            ("p", [B2_WRITE, B2_VOWEL]),
            ("p", B2_SELF),
            _gloss("C"),
            (
                "S",
                "C",
                "Isla is healthy; her eyesight and hearing were checked this year and are normal.",
            ),
            _gloss("D"),
            ("S", "D", "No social care needs have been identified."),
            _gloss("E"),
            (
                "S",
                "E",
                "By July 2027 Isla will read a Year 4 passage aloud at 90 words a minute with no more than five errors.",
            ),
            (
                "p",
                "By the end of Year 6 Isla will write a one-page story or argument, using a laptop or by hand, that shows the vocabulary she uses when she speaks.",
            ),
            (
                "p",
                "By July 2027 Isla will read aloud to a small group at least once a week and say that she feels able to do it.",
            ),
            _gloss("F"),
            (
                "S",
                "F",
                "Fennick Lane Primary School will make the following provision, overseen by the SENCo, Mrs Hollins.",
            ),
            (
                "grid",
                [
                    ["Support", "Who and how often", "Why it matters"],
                    [
                        ("F", F2_PROG, True),
                        "A trained teaching assistant, two 30-minute sessions a week",
                        "To close the gap in her reading and spelling",
                    ],
                    [
                        ("F", F2_PREC, True),
                        "Teaching assistant, 10 minutes every morning",
                        "To build automatic recognition of common words",
                    ],
                    [
                        ("F", F2_AT, False),
                        "Class teacher, as needed",
                        "To reduce the load of reading and writing",
                    ],
                    [
                        ("F", F2_PRINT, True),
                        "Class teacher, every lesson",
                        "Copying is slow for Isla and she loses her place",
                    ],
                    [("F", F2_WAYS, False), "All staff", "So that her thinking is seen"],
                    [
                        ("F", F2_TESTS, True),
                        "SENCo and class teacher, every test",
                        "Her reading speed would otherwise hide what she knows",
                    ],
                    [
                        ("F", F2_MENTOR, True),
                        "Learning mentor, fortnightly",
                        "To rebuild her confidence",
                    ],
                ],
                [0.44, 0.3, 0.26],
            ),
            _gloss("G"),
            ("S", "G", G2_STS),
            _gloss("H1"),
            ("S", "H1", "Not needed."),
            _gloss("H2"),
            ("S", "H2", "Not needed at the moment."),
            _gloss("I"),
            ("S", "I", "Fennick Lane Primary School, Kestermoor (community primary school)."),
            _gloss("J"),
            ("S", "J", "The family have not asked for a personal budget."),
            _gloss("K"),
            (
                "S",
                "K",
                "Report of Mrs Hannah Quayle, specialist dyslexia teacher (October 2026); report of Mr Tobias Elwes, tutor (November 2026); school advice; Isla's and her parents' views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=ST2,
            footer="Specialist Teacher Assessment - Isla Marchetti-Boateng - confidential - page {n}",
            author="H Quayle",
            sans=True,
            accent="005A70",
            blocks=[
                ("org", "Hannah Quayle, Specialist Teacher and Assessor"),
                (
                    "small",
                    "AMBDA, APC holder - 17 Glebe Road, Kestermoor - 01632 960436 - hannah.quayle@example.org",
                ),
                ("title", "Diagnostic Assessment Report: Specific Learning Difficulties"),
                (
                    "kv",
                    [
                        ("Pupil", "Isla Marchetti-Boateng, DOB 19/01/2016, age 10 years 8 months"),
                        ("School", "Fennick Lane Primary School, Year 5"),
                        ("Date of assessment", "28 September 2026"),
                    ],
                ),
                ("h", 2, "Background information"),
                (
                    "p",
                    [
                        X(
                            "Isla's parents first raised concerns about her reading in Year 1, when she struggled with the phonics screening check, which she passed on the second attempt in Year 2.",
                            "history",
                        ),
                        X(
                            "Her father is dyslexic and told me that he did not learn to read fluently until secondary school.",
                            "family history: reported speech",
                        ),
                        X(
                            "Isla had a full eye examination with an optometrist in June, and her vision is normal.",
                            "test result",
                        ),
                        X(
                            "She already takes part in a Year 5 phonics catch-up group twice a week.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 2, "Test results"),
                (
                    "grid",
                    [
                        ["Test", "Standard score", "95% confidence interval", "Description"],
                        ["BPVS-3 receptive vocabulary", "136", "127-141", "Well above average"],
                        ["WRIT verbal analogies", "132", "122-138", "Well above average"],
                        ["WRIT matrices (non-verbal)", "114", "104-121", "Above average"],
                        ["WRAT-5 word reading", "79", "72-87", "Below average"],
                        ["WRAT-5 spelling", "74", "67-83", "Well below average"],
                        ["CTOPP-2 phonological awareness", "78", "71-87", "Below average"],
                        ["Digit span (working memory)", "88", "81-97", "Low average"],
                    ],
                    [0.36, 0.16, 0.24, 0.24],
                ),
                ("h", 2, "Strengths"),
                (
                    "p",
                    [
                        X(
                            "Isla's vocabulary and verbal reasoning are in the top two per cent for her age, and she explained the meaning of words such as 'reluctant', 'fragile' and 'ancestor' with examples of her own.",
                            "strength",
                        ),
                        X(
                            "Her listening comprehension is excellent: when I read a Year 7 passage to her, she answered every question, including those that asked her to infer a character's motive.",
                            "strength",
                        ),
                        X(
                            "She is articulate, persistent and good company, and she kept working through tasks she found very hard.",
                            "strength",
                        ),
                        X(
                            "Her mathematical reasoning is secure, and her teacher reports that she is among the strongest in the class at solving word problems once they are read to her.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 2, "Areas of difficulty"),
                (
                    "p",
                    [
                        N(
                            "Isla's single-word reading and spelling are far below what her verbal ability would predict, a discrepancy of more than 50 standard score points.",
                            "cognition_learning",
                            B2_GAP,
                        ),
                        N(
                            "Her phonological processing is weak: she cannot reliably split words into their sounds or hold a sequence of sounds in mind while she blends them.",
                            "cognition_learning",
                            B2_SOUNDS,
                        ),
                        N(
                            "Her reading is slow and effortful, at 62 words a minute on a Year 3 passage, so she loses the meaning of longer texts.",
                            "cognition_learning",
                            B2_SLOW,
                        ),
                        N(
                            "Working memory is a relative weakness, and she forgets instructions with more than two steps when they are given only orally.",
                            "cognition_learning",
                            None,
                        ),
                        N(
                            "Her knowledge of spelling patterns for vowel sounds is insecure: she wrote 'rain' as 'rane' and 'boat' as 'bote'.",
                            "cognition_learning",
                            B2_VOWEL,
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "In my opinion Isla has dyslexia, and her profile meets the definition in the Rose Report (2009).",
                        "diagnostic conclusion",
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Reason"],
                        [
                            R(
                                "Isla should receive a structured, cumulative, multisensory literacy programme, delivered one-to-one by a specialist dyslexia teacher, in three 45-minute sessions a week.",
                                "cognition_learning",
                                "less",
                                F2_PROG,
                            ),
                            "Her phonological difficulties are severe, and a group pace would leave her behind",
                        ],
                        [
                            R(
                                "Daily precision teaching of high-frequency words, for 10 minutes, should continue until she reads the first 300 words automatically.",
                                "cognition_learning",
                                "specific",
                                F2_PREC,
                            ),
                            "Short daily practice builds automatic recognition",
                        ],
                        [
                            R(
                                "She should use text-to-speech software on a tablet for reading tasks and speech-to-text for longer pieces of writing.",
                                "cognition_learning",
                                "not_specific",
                                F2_AT,
                            ),
                            "Technology lets her work at the level of her thinking",
                        ],
                        [
                            R(
                                "Instructions with more than two steps should be given in writing or as a checklist on her desk, as well as orally.",
                                "cognition_learning",
                                "missing_from_f",
                            ),
                            "Her working memory is lower than her other abilities",
                        ],
                        [
                            R(
                                "A specialist teacher should review her programme every half term and advise her class teacher and teaching assistant.",
                                "cognition_learning",
                                "wrong_section",
                                G2_STS,
                                section="G",
                            ),
                            "The programme needs to move on as soon as she is secure",
                        ],
                    ],
                    [0.6, 0.4],
                ),
                (
                    "p",
                    X(
                        "Coloured overlays were tried and made no difference to her reading speed, so I do not recommend them.",
                        "option considered and rejected",
                    ),
                ),
                ("p", "Hannah Quayle, 14 October 2026."),
            ],
        ),
        dict(
            file=TU2,
            style="headed",
            footer="Tobias Elwes - tutoring report - Isla",
            author="T Elwes",
            blocks=[
                ("org", "Tobias Elwes, Private Tutor (English and Study Skills)"),
                ("small", "07700 900318 - tobias.elwes@example.org"),
                ("title", "Report on Isla's Tutoring"),
                (
                    "p",
                    "I have tutored Isla for an hour every Saturday since January 2026, at her parents' request, first for reading and spelling and more recently for creative writing. I write this at the request of her parents for her EHC needs assessment.",
                ),
                ("h", 2, "What I have seen"),
                (
                    "bul",
                    [
                        X(
                            "Isla's spoken storytelling is remarkable for her age - she plans plots with twists and uses words like 'treacherous' and 'inevitable' correctly - which is why I started recording her stories and typing them up with her.",
                            "strength",
                        ),
                        X(
                            "Her reading has improved since January: she now reads simple chapter books on her own at home, which she would not attempt before.",
                            "progress",
                        ),
                        X(
                            "She was afraid of timed spelling tests last year, but that fear has eased since her teacher stopped reading out the scores.",
                            "resolved difficulty",
                        ),
                        N(
                            "Isla has become very self-critical about reading, calls herself 'stupid' and avoids reading aloud in front of others.",
                            "semh",
                            B2_SELF,
                        ),
                        N(
                            "She is frustrated by work pitched at her reading level rather than her thinking, and she becomes restless and chatty when the content is too simple.",
                            "semh",
                            None,
                        ),
                        N(
                            "Isla's written work does not show her ideas, because she chooses simple words she can spell, and her pieces are short.",
                            "cognition_learning",
                            B2_WRITE,
                        ),
                        N(
                            "She has real difficulty copying from the board, loses her place and takes far longer than her classmates.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "What I recommend"),
                (
                    "bul",
                    [
                        R(
                            "Isla should be challenged through discussion, debate and oral presentation, with the choice of recording her ideas orally or as a mind map rather than always in writing - her ideas are her strength, and at the moment school only sees her spelling.",
                            "cognition_learning",
                            "not_specific",
                            F2_WAYS,
                        ),
                        R(
                            "She should be given a printed copy of board work, because copying uses up the time and energy she needs for the task itself.",
                            "cognition_learning",
                            "specific",
                            F2_PRINT,
                        ),
                        R(
                            "For tests, including the Key Stage 2 tests next year, she should have a reader and 25% extra time.",
                            "cognition_learning",
                            "specific",
                            F2_TESTS,
                        ),
                        R(
                            "Isla would benefit from a regular session every fortnight with an adult in school who can help her understand her dyslexia and rebuild her confidence.",
                            "semh",
                            "specific",
                            F2_MENTOR,
                        ),
                    ],
                ),
                ("h", 2, "On the school's view"),
                (
                    "p",
                    [
                        X(
                            "The school has told Isla's parents that it would prefer to wait until her reading catches up before she joins the more-able groups.",
                            "the school's view, reported",
                        ),
                        "I understand the reasoning, but I disagree with it.",
                        R(
                            "Isla should join the school's weekly more-able reasoning group, the Thursday philosophy for children club, now.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                        X(
                            "Her reasoning is already at the level of that group, and the group works orally, so her reading is no barrier; keeping her out sends her the message that her spelling defines her.",
                            "reason for a recommendation: argued against the school's view",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "I considered suggesting that Isla drop her Saturday sessions to reduce her load, but she enjoys them and asks to continue.",
                            "option considered and rejected",
                        ),
                        R(
                            "At home, audiobooks of the books her class is reading would let Isla enjoy stories at the level of her understanding.",
                            "cognition_learning",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Tobias Elwes, BA (Hons), PGCE, 8 November 2026."),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbk-03: Pellworth City Council; Reuben Castellano-Hart, 15, Year 10
# layout "letter-colon-uppercase-name-exam-arrangements-table": Word headings
# "B: SPECIAL EDUCATIONAL NEEDS"; Section F has bullets for teaching and a separate table of
# examination access arrangements (Arrangement / Which assessments / Who arranges it).
# ---------------------------------------------------------------------------

B3_HAND = "Reuben writes slowly, and his writing gets harder to read when he tries to go faster."
B3_READ = "Reuben understands what he reads but needs more time than others to get through it."
B3_SPELL = "His spelling goes wrong when he is rushed, especially in longer words."
B3_FOCUS = (
    "Reuben's ADHD means he loses focus quickly, especially when a task does not hold his interest."
)
B3_IMPULSE = "He acts before he thinks, for example shouting out answers or getting up, and this often gets him into trouble."
B3_CONF = "Reuben has lost confidence this year and sometimes says there is no point in working for his exams."

F3_TYPE = "Touch-typing lessons with the learning support department, 20 minutes three times a week, until Reuben types at 35 words a minute."
F3_WP = "Use of a word processor where appropriate."
F3_SEAT = "Seating to reduce distraction where possible."
F3_CHECK = "A check-in with his form tutor once a week to go over homework and equipment."
F3_CARD = "A time-out card that lets Reuben leave the classroom for up to five minutes, once in each lesson, to a named base (the learning support room), without needing to explain."
F3_ENRICH = "Reuben will be entered for the Year 10 mathematics challenge and taught further mathematics in the Wednesday after-school class."
F3_XT = "25% extra time"
F3_REST = (
    "Supervised rest breaks of up to ten minutes in each hour, standing and moving within the room"
)

G3_MEDS = "The Pellworth CAMHS ADHD clinic will continue Reuben's methylphenidate and review it every six months."
G3_TRAIN = "The CAMHS ADHD team will run a twilight training session on ADHD in the classroom for the teachers who teach Reuben, this academic year."

STA3 = "access_arrangements_report.pdf"
AD3 = "adhd_nurse_letter.docx"


def _colon_caps(sid: str) -> tuple:
    return ("H", sid, f"{sid}: {NAMES[sid].upper()}", "h1")


CASE_03 = dict(
    name="case-evalbk-03",
    layout="letter-colon-uppercase-name-exam-arrangements-table",
    summary=(
        "Pellworth City Council; Reuben Castellano-Hart, 15, Year 10 at Stanmoor High School, starting GCSE "
        "courses (ADHD, combined presentation, and dysgraphia; high ability in mathematics; slow handwriting, "
        "timed reading, spelling under pressure, organisation, confidence). Word headings in capitals after the "
        "letter and a colon, 'B: SPECIAL EDUCATIONAL NEEDS'; Section F has bullets for teaching and a separate "
        "table of examination access arrangements. A specialist teacher assessor's access arrangements report "
        "(.pdf, Form 8 style: history of need, test scores, arrangements recommended and not recommended) and a "
        "CAMHS ADHD nurse's letter (.docx, first person plural, options, health provision)."
    ),
    note="Training on ADHD for Reuben's teachers, recommended by the ADHD nurse for school staff, stands in Section G as a CAMHS session: provision in the wrong section. Methylphenidate and its review in G are health provision. The assessor's judgement that a reader is not needed is an option rejected, not a recommendation. The daily mentor check-in recommended twice a day stands in F as a weekly form-tutor check-in: less than recommended.",
    plan=dict(
        file="plan.docx",
        header="Pellworth City Council - EHC Plan - Reuben Castellano-Hart",
        footer="Issued 20 November 2026 - plan reference PCC/EHC/48213",
        author="Pellworth SEND Team",
        title="EHC Plan - Reuben Castellano-Hart",
        sans=True,
        accent="3B3B6D",
        blocks=[
            ("org", "PELLWORTH CITY COUNCIL - SPECIAL EDUCATIONAL NEEDS AND DISABILITY SERVICE"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Reuben Castellano-Hart"),
                    ("Date of birth", "2 May 2011"),
                    ("NHS number", "999 803 1145"),
                    ("School", "Stanmoor High School, Year 10"),
                    ("Parent", "Mrs Dolores Castellano-Hart, 07700 900642"),
                    ("Case worker", "Mr R Nwachukwu, 01632 960688, send@pellworth.example.org"),
                ],
            ),
            _colon_caps("A"),
            (
                "S",
                "A",
                "Reuben is quick-witted and funny, loves mountain biking and building electronics, and wants to become an engineer.",
            ),
            (
                "p",
                "He told us: \"I get told off for things I can't help, and I want teachers to know I'm actually good at maths.\"",
            ),
            _colon_caps("B"),
            (
                "S",
                "B",
                "Reuben has ADHD (combined presentation) and difficulties with handwriting.",
            ),
            ("h", 3, "Learning"),
            ("p", [B3_READ, B3_SPELL]),
            ("h", 3, "Attention and behaviour"),
            ("p", [B3_FOCUS, B3_IMPULSE]),
            ("h", 3, "Feelings and wellbeing"),
            ("p", B3_CONF),
            ("h", 3, "Physical"),
            ("p", B3_HAND),
            _colon_caps("C"),
            (
                "S",
                "C",
                "Reuben was diagnosed with ADHD at eleven by the Pellworth CAMHS ADHD clinic and takes methylphenidate each morning; it can reduce his appetite at lunchtime.",
            ),
            _colon_caps("D"),
            ("S", "D", "There are no social care needs."),
            _colon_caps("E"),
            (
                "S",
                "E",
                "By the end of Year 11 Reuben will sit all his GCSE examinations with his agreed access arrangements and complete every paper.",
            ),
            (
                "p",
                "By July 2027 Reuben will hand in at least four out of five homework tasks on time, using a planner he keeps himself.",
            ),
            (
                "p",
                "By July 2027 Reuben will have no more than one detention a half term for calling out or leaving his seat.",
            ),
            _colon_caps("F"),
            (
                "S",
                "F",
                "Stanmoor High School will make the provision below; the SENCo, Mr Okonjo, is responsible for it, and the examinations officer for the arrangements in the table.",
            ),
            ("h", 3, "Teaching and support"),
            (
                "bul",
                [
                    ("F", F3_TYPE, True),
                    ("F", F3_WP, False),
                    ("F", F3_SEAT, False),
                    ("F", F3_CHECK, True),
                    ("F", F3_CARD, True),
                    ("F", F3_ENRICH, True),
                ],
            ),
            ("h", 3, "Examination access arrangements"),
            (
                "grid",
                [
                    ["Arrangement", "Which assessments", "Who arranges it"],
                    [
                        ("F", F3_XT, True),
                        "All written internal tests, mock examinations and GCSE examinations",
                        "Examinations officer",
                    ],
                    [
                        ("F", F3_REST, True),
                        "All examinations of more than 45 minutes",
                        "Examinations officer and invigilators",
                    ],
                ],
                [0.4, 0.36, 0.24],
            ),
            _colon_caps("G"),
            ("S", "G", G3_MEDS),
            ("p", G3_TRAIN),
            _colon_caps("H1"),
            ("S", "H1", "Not applicable."),
            _colon_caps("H2"),
            ("S", "H2", "Not applicable at this time."),
            _colon_caps("I"),
            ("S", "I", "Stanmoor High School, Pellworth (mainstream secondary school, 11 to 16)."),
            _colon_caps("J"),
            ("S", "J", "Reuben's mother has not requested a personal budget."),
            _colon_caps("K"),
            (
                "S",
                "K",
                "Access arrangements assessment by Mr Conrad Lyle, specialist teacher assessor (October 2026); letter from Ms Bethany Rourke, CAMHS ADHD nurse specialist (October 2026); school advice; Reuben's and his mother's views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=STA3,
            footer="Access arrangements assessment - Reuben Castellano-Hart - candidate number to follow - page {n} of {m}",
            author="C Lyle",
            accent="444444",
            blocks=[
                ("org", "Stanmoor High School - Learning Support Department"),
                ("title", "Assessment for Access Arrangements: Specialist Assessor's Report"),
                (
                    "small",
                    "Written in the form of the JCQ Form 8, Part 2, and extended with the assessor's advice for the EHC needs assessment.",
                ),
                ("h", 2, "Part 1: Background and history of need"),
                (
                    "kv",
                    [
                        ("Candidate", "Reuben Castellano-Hart, DOB 02/05/2011"),
                        ("Centre", "Stanmoor High School"),
                        (
                            "Assessor",
                            "Conrad Lyle, MA SpLD, AMBDA, Assessment Practising Certificate APC/2291",
                        ),
                        ("Date of assessment", "7 October 2026"),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Reuben has been on the school's SEN register since Year 7, and his teachers have reported slow, untidy handwriting since primary school.",
                            "history of need",
                        ),
                        X(
                            "In Year 9 he was given a laptop in English lessons, and his English teacher reports that his written answers became about twice as long.",
                            "support already in place: normal way of working",
                        ),
                        X(
                            "He had 25% extra time in his Year 9 end-of-year examinations and finished every paper.",
                            "history: normal way of working",
                        ),
                    ],
                ),
                ("h", 2, "Part 2: Assessment results"),
                (
                    "grid",
                    [
                        ["Test", "Standard score", "Confidence interval (95%)", "Range"],
                        ["DASH 17+ free writing speed", "72", "64-80", "Below average"],
                        ["TOWRE-2 sight word efficiency", "95", "88-102", "Average"],
                        ["Access Reading Test, untimed comprehension", "104", "97-111", "Average"],
                        [
                            "Access Reading Test, timed comprehension",
                            "82",
                            "75-89",
                            "Below average",
                        ],
                        ["SDMT symbol digit (processing speed)", "79", "71-87", "Below average"],
                        ["WRAT-5 spelling", "89", "82-96", "Low average"],
                    ],
                    [0.42, 0.16, 0.22, 0.2],
                ),
                (
                    "p",
                    [
                        X(
                            "Reuben's single-word reading and his untimed comprehension are in the average range, and his vocabulary is a strength.",
                            "test result: strength",
                        ),
                        X(
                            "His mathematics teacher predicts a grade 8 or 9 at GCSE, and he was in the top five per cent of the year in the UK Junior Mathematical Challenge.",
                            "strength",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Reuben's handwriting is very slow: his free-writing speed was 13 words a minute, well below average for his age, and legibility fell further when he hurried.",
                            "sensory_physical",
                            B3_HAND,
                        ),
                        N(
                            "His reading comprehension under timed conditions falls below average, although his untimed comprehension is average, which shows that speed rather than understanding limits him.",
                            "cognition_learning",
                            B3_READ,
                        ),
                        N(
                            "His speed of processing on a visual symbol-matching task is below average, so he is slow to copy, check and transfer information.",
                            "cognition_learning",
                            None,
                        ),
                        N(
                            "His spelling is inaccurate under time pressure, with letters left out and reversed in longer words.",
                            "cognition_learning",
                            B3_SPELL,
                        ),
                    ],
                ),
                ("h", 2, "Part 3: Arrangements"),
                (
                    "p",
                    [
                        R(
                            "25% extra time is recommended for all written examinations, because his handwriting speed, timed reading and processing speed are all below average.",
                            "cognition_learning",
                            "specific",
                            F3_XT,
                        ),
                        R(
                            "Reuben should use a word processor, with the spelling and grammar check switched off, in examinations and for extended writing in every subject, as his normal way of working.",
                            "sensory_physical",
                            "not_specific",
                            F3_WP,
                        ),
                        R(
                            "He should sit his examinations in a smaller room with no more than ten candidates, to reduce distraction.",
                            "semh",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "A reader is not recommended, because his untimed comprehension is average and the extra time allows for his slower reading.",
                            "option considered and rejected",
                        ),
                        X(
                            "A scribe was considered and rejected: Reuben types faster than he can dictate well-organised answers, and he prefers to work independently.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("h", 2, "Advice for the EHC needs assessment"),
                (
                    "p",
                    [
                        R(
                            "Reuben should be taught touch-typing in short sessions, 20 minutes three times a week, until he reaches 35 words a minute, so that the word processor is fast enough to help.",
                            "sensory_physical",
                            "specific",
                            F3_TYPE,
                        ),
                        "Conrad Lyle, 12 October 2026.",
                    ],
                ),
            ],
        ),
        dict(
            file=AD3,
            style="headed",
            footer="Pellworth CAMHS ADHD Service - Reuben Castellano-Hart - NHS 999 803 1145",
            author="B Rourke",
            blocks=[
                ("org", "Pellworth and District NHS Foundation Trust"),
                (
                    "small",
                    "CAMHS ADHD Service, Linden House, Station Road, Pellworth - 01632 960725",
                ),
                ("p", "Dear Mr Nwachukwu,"),
                (
                    "p",
                    "Re: Reuben Castellano-Hart, DOB 02/05/2011 - advice for EHC needs assessment",
                ),
                (
                    "p",
                    [
                        X(
                            "We diagnosed Reuben with ADHD, combined presentation, in June 2022, and he has taken methylphenidate since September 2022.",
                            "history",
                        ),
                        X(
                            "His dose was increased in March, and he and his mother tell us that his concentration in the morning is much better.",
                            "progress",
                        ),
                        X(
                            "His sleep, which was poor when he started medication, has settled with a regular bedtime routine.",
                            "resolved difficulty",
                        ),
                        X(
                            "His weight and blood pressure were checked at clinic on 2 October and are within normal limits.",
                            "test result",
                        ),
                    ],
                ),
                ("h", 2, "How ADHD affects Reuben at school"),
                (
                    "p",
                    [
                        N(
                            "Reuben's attention drifts after about ten minutes on a task that does not interest him, although he can concentrate for hours on electronics or a hard maths problem.",
                            "cognition_learning",
                            B3_FOCUS,
                        ),
                        N(
                            "He is impulsive in class, calling out and leaving his seat, which has led to frequent detentions.",
                            "semh",
                            B3_IMPULSE,
                        ),
                        N(
                            "Reuben struggles to organise himself: he loses equipment, forgets homework deadlines and cannot plan revision without help.",
                            "cognition_learning",
                            None,
                        ),
                        N(
                            'His self-esteem has fallen this year; he has told us that he feels he is "always the one in trouble" and that there is no point trying for his GCSEs.',
                            "semh",
                            B3_CONF,
                        ),
                        N(
                            "He finds sitting still through a long examination very hard and becomes physically restless after about 30 minutes.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "What we recommend"),
                (
                    "p",
                    [
                        "We have thought about what would help most in school.",
                        X(
                            "We considered asking for a reduced timetable in Year 11, but Reuben wants to take all nine GCSEs, and we agree that he can with the right support.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                (
                    "bul",
                    [
                        R(
                            "We recommend supervised rest breaks in examinations of up to ten minutes in each hour, so that Reuben can stand and move - this is the single change he says would help him most.",
                            "sensory_physical",
                            "specific",
                            F3_REST,
                        ),
                        R(
                            "School should give Reuben a check-in with a named mentor at the start and end of every school day, to plan his homework and check his equipment, because his organisation will not improve by itself.",
                            "cognition_learning",
                            "less",
                            F3_CHECK,
                        ),
                        R(
                            "A time-out card, allowing him to leave the room for up to five minutes to an agreed place, would let him calm down before he says something he regrets.",
                            "semh",
                            "specific",
                            F3_CARD,
                        ),
                        R(
                            "He should be seated near the front of the class, away from the door and the window, in every lesson.",
                            "cognition_learning",
                            "not_specific",
                            F3_SEAT,
                        ),
                        R(
                            "We recommend that the teachers who teach Reuben attend our twilight training on ADHD in the classroom this academic year.",
                            "semh",
                            "wrong_section",
                            G3_TRAIN,
                            section="G",
                        ),
                        R(
                            "Reuben should have a weekly study-skills session with a learning mentor to plan his revision for his mock examinations step by step.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                        R(
                            "We will continue his methylphenidate and review it in clinic every six months.",
                            "health",
                            "not_educational",
                            G3_MEDS,
                            section="G",
                        ),
                        R(
                            "At home, a weekly planner on the fridge, filled in with his mother on Sunday evenings, may help Reuben see what is coming.",
                            "cognition_learning",
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "We do not think a referral to the CAMHS emotional wellbeing team is needed at present, because Reuben's low mood is closely linked to his experiences at school and should lift as the support above is put in place.",
                        "option considered and rejected",
                    ),
                ),
                ("p", "Yours sincerely,"),
                ("p", "Bethany Rourke, ADHD Nurse Specialist, RMN, Non-Medical Prescriber"),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbk-04: Ellerby Borough Council; Wren Talbot-Okoye, 8, Year 3
# layout "section-word-letter-full-stop-need-impact-table": headings
# "Section B. Special educational needs"; Section B is a two-column table (What Wren finds
# difficult / How this shows in school); Section F a table Provision / Who / How often.
# ---------------------------------------------------------------------------

B4_DEMAND = "Ordinary requests from adults make Wren very anxious, even when it is something she likes doing."
B4_AVOID = "She tries to get out of tasks by changing the subject, bargaining or pretending to be someone else, and she may run out of the classroom."
B4_WRITE = "Wren reads like a much older child but will hardly write anything when she is asked to."
B4_PLAY = "Wren wants to be in charge of games at playtime, and this often ends in arguments with other children."
B4_TEXTURE = "Some clothes and textures feel unbearable to Wren, and she often takes off her shoes and jumper."
B4_CARPET = (
    "Sitting on the carpet with the whole class is too much for Wren for more than a few minutes."
)

F4_LOWDEM = "A flexible, low-demand approach"
F4_TA = "Teaching assistant support from a key adult"
F4_BASE = "A quiet base in the library corner with a beanbag and Wren's own box of chosen activities; she may go there at any time by showing her green card, without asking"
F4_CHALL = "Two maths challenge tasks and one reading project set at Wren's level and built around her interests, with the choice to answer aloud, in drawings or on the class tablet"
F4_NOWNEXT = "A 'now and next' board shown to Wren at each change of activity, as information rather than an instruction"
F4_CARPETALT = "Alternative arrangements for carpet time"
F4_UNIFORM = "Wren may wear soft, seamless clothing instead of the school jumper and take off her shoes in class"

G4_PAED = "Dr Anand, community paediatrician, will continue to prescribe melatonin for Wren's sleep and will review her every six months."
H4_GROUP = "A lunchtime Lego-based social group for Wren and two classmates, twice a week, run by a trained teaching assistant, will be arranged through the Ellerby Inclusion and Family Support Service."

EP4 = "ep_report.docx"
AA4 = "autism_advisory_report.pdf"


def _fullstop(sid: str) -> tuple:
    return ("H", sid, f"Section {sid}. {NAMES[sid]}", "h2")


CASE_04 = dict(
    name="case-evalbk-04",
    layout="section-word-letter-full-stop-need-impact-table",
    summary=(
        "Ellerby Borough Council; Wren Talbot-Okoye, 8, Year 3 at St Aldhelm's CE Primary School (autism with "
        "a pathological demand avoidance profile, reading far above her age, refusal to write, control in play, "
        "sensory sensitivity, transitions, masking). Headings 'Section B. Special educational needs'; Section B "
        "is a two-column table (What Wren finds difficult / How this shows in school) and Section F a table "
        "Provision / Who / How often. An independent educational psychologist's report (.docx: third person, "
        "parents' and school's views in reported speech, recommendations argued at length against the "
        "school's behaviour policy) and an autism advisory teacher's report (.pdf: first person plural, a "
        "Recommendation / Outcome / Reason table)."
    ),
    note="The lunchtime social group in school, recommended by the advisory teacher, stands in Section H2 as an arrangement of the council's inclusion and family support service: provision in the wrong section. Melatonin and the paediatric review in G are health provision. The school's view that its behaviour policy applies to Wren is reported by the psychologist and argued against; it is not a need. Vague rows are vague in their Who and How often cells too.",
    plan=dict(
        file="plan.pdf",
        header="Ellerby Borough Council | Education, Health and Care Plan | Wren Talbot-Okoye",
        footer="Final plan, 30 November 2026 - page {n} of {m}",
        author="Ellerby SEND Team",
        title="EHC plan - Wren Talbot-Okoye",
        accent="1D5C4A",
        blocks=[
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Child", "Wren Talbot-Okoye"),
                    ("Date of birth", "24 February 2018"),
                    ("NHS number", "999 736 0258"),
                    ("School", "St Aldhelm's CE Primary School, Year 3"),
                    ("Parents", "Naomi Talbot and Chidi Okoye"),
                    ("Coordinator", "Ms F Garside, 01632 960811, ehcp@ellerby.example.org"),
                ],
            ),
            _fullstop("A"),
            (
                "S",
                "A",
                "Wren loves dragons, Tudor history and reading encyclopaedias, and she likes to be the one who explains how things work.",
            ),
            (
                "p",
                'She says she would like school to be "less bossy", and her parents want her to feel safe enough at school that she does not fall apart every evening.',
            ),
            _fullstop("B"),
            (
                "S",
                "B",
                "Wren is autistic, with a profile of extreme demand avoidance, and she is very able.",
            ),
            (
                "grid",
                [
                    ["What Wren finds difficult", "How this shows in school"],
                    [
                        B4_DEMAND,
                        "She may refuse, hide under a table or leave the room when given an instruction.",
                    ],
                    [B4_AVOID, "Lessons are often interrupted, and she misses a lot of teaching."],
                    [B4_WRITE, "Her books do not show what she knows."],
                    [B4_PLAY, "She is often alone by the end of lunchtime."],
                    [B4_TEXTURE, "She is distracted and upset when told to put them back on."],
                    [
                        B4_CARPET,
                        "She wanders or rolls away from the group during stories and inputs.",
                    ],
                ],
                [0.55, 0.45],
            ),
            _fullstop("C"),
            (
                "S",
                "C",
                "Wren was diagnosed as autistic at six by the Ellerby child development centre; she has difficulty getting to sleep and takes melatonin.",
            ),
            _fullstop("D"),
            (
                "S",
                "D",
                "Wren's parents have been offered an early help assessment; no social care needs arising from her disability have been assessed.",
            ),
            _fullstop("E"),
            (
                "S",
                "E",
                "By July 2027 Wren will stay in class for the whole of at least four lessons out of five.",
            ),
            (
                "p",
                "By July 2027 Wren will record her ideas in some form, spoken, drawn, typed or written, in most lessons.",
            ),
            (
                "p",
                "By the end of Year 4 Wren will play a game at lunchtime with at least one other child, taking turns to decide the rules.",
            ),
            _fullstop("F"),
            (
                "S",
                "F",
                "St Aldhelm's CE Primary School will make the provision below, led by the SENCo, Mrs Dunmore, and reviewed with Wren's parents every half term.",
            ),
            (
                "grid",
                [
                    ["Provision", "Who", "How often"],
                    [("F", F4_LOWDEM, False), "All staff", "As needed"],
                    [
                        ("F", F4_TA, True),
                        "A named teaching assistant",
                        "10 hours a week, in the mornings",
                    ],
                    [
                        ("F", F4_BASE, True),
                        "Key adult and class teacher",
                        "Available throughout every school day",
                    ],
                    [("F", F4_CHALL, True), "Class teacher", "Every week"],
                    [("F", F4_NOWNEXT, True), "Key adult", "At every change of activity"],
                    [("F", F4_CARPETALT, False), "Class teacher", "Where possible"],
                    [("F", F4_UNIFORM, True), "All staff, agreed with her parents", "Every day"],
                ],
                [0.54, 0.24, 0.22],
            ),
            _fullstop("G"),
            ("S", "G", G4_PAED),
            _fullstop("H1"),
            ("S", "H1", "No provision under this section."),
            _fullstop("H2"),
            ("S", "H2", H4_GROUP),
            _fullstop("I"),
            ("S", "I", "St Aldhelm's CE Primary School, Ellerby (voluntary aided primary school)."),
            _fullstop("J"),
            ("S", "J", "No personal budget has been requested at this time."),
            _fullstop("K"),
            (
                "S",
                "K",
                "Independent educational psychology report by Dr Rowan Kessler (October 2026); report of Mrs Jo Ferreira, autism advisory teacher (November 2026); school advice; Wren's and her parents' views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=EP4,
            style="headed",
            footer="Dr Rowan Kessler, HCPC registered practitioner psychologist - Wren Talbot-Okoye - confidential",
            author="Dr R Kessler",
            blocks=[
                ("org", "Kessler Child Psychology"),
                (
                    "small",
                    "Independent educational psychology - 01632 960854 - rowan.kessler@example.org",
                ),
                ("title", "Independent Educational Psychology Report"),
                (
                    "kv",
                    [
                        ("Child", "Wren Talbot-Okoye, born 24 February 2018 (8 years 7 months)"),
                        ("School", "St Aldhelm's CE Primary School, Year 3"),
                        ("Seen", "22 September 2026 at home; 29 September 2026 in school"),
                        ("Instructed by", "Wren's parents"),
                    ],
                ),
                ("h", 2, "Background and views"),
                (
                    "p",
                    [
                        X(
                            "Wren was diagnosed as autistic at six, and the diagnosing team noted a demand-avoidant profile.",
                            "history",
                        ),
                        X(
                            "She had two fixed-term exclusions in Year 1 for running out of school, but none since the school fenced the playground and changed her drop-off.",
                            "history: resolved",
                        ),
                        X(
                            'Her mother said that Wren comes out of school "like a shaken bottle of lemonade" and that evenings are built around helping her recover.',
                            "parent's view in reported speech",
                        ),
                        X(
                            "The school told me that it has used a sticker chart and loss of golden time with Wren, as it does with all pupils, and that it believes consistency with the behaviour policy is fair to the class.",
                            "the school's view and support tried, in reported speech",
                        ),
                    ],
                ),
                ("h", 2, "Assessment"),
                (
                    "p",
                    [
                        X(
                            "Wren agreed to some tasks from the British Ability Scales once she was allowed to choose the order and to 'be the examiner' for part of the time.",
                            "assessment method",
                        ),
                        X(
                            "Her verbal similarities score was 138 (95% confidence interval 127 to 144), her matrices score 121 (110 to 129), and her word reading standard score 131 (124 to 136), which is the level of a typical 12-year-old.",
                            "test result",
                        ),
                        X(
                            "Her number skills score of 117 (108 to 124) is above average.",
                            "test result",
                        ),
                    ],
                ),
                ("h", 2, "Wren's strengths"),
                (
                    "p",
                    [
                        X(
                            "Wren is curious, imaginative and very funny; she gave me a ten-minute lecture on Henry VIII's wives that was accurate, well ordered and full of vocabulary well beyond her years.",
                            "strength",
                        ),
                        X(
                            "She reads widely for pleasure, including adult non-fiction, and remembers what she reads in detail.",
                            "strength",
                        ),
                        X(
                            "With adults she trusts she is warm and affectionate, and her teacher describes her as kind to younger children.",
                            "strength",
                        ),
                        X(
                            "Since a new teaching assistant started in September, Wren has been coming into class in the morning without distress on most days.",
                            "progress",
                        ),
                    ],
                ),
                ("h", 2, "Wren's needs"),
                (
                    "p",
                    [
                        N(
                            "Wren experiences everyday requests, even for things she enjoys, as a threat, and her anxiety rises sharply whenever she feels she has no control.",
                            "semh",
                            B4_DEMAND,
                        ),
                        N(
                            "She uses avoidance strategies such as distraction, negotiation and role play, and when these fail she runs out of the classroom.",
                            "semh",
                            B4_AVOID,
                        ),
                        N(
                            "Wren masks her anxiety at school and releases it at home, where her parents report a meltdown on most evenings.",
                            "semh",
                            None,
                        ),
                        N(
                            "Her reading is four years ahead of her age, but she will rarely write more than a sentence when she is asked to.",
                            "cognition_learning",
                            B4_WRITE,
                        ),
                        N(
                            "Moving from one activity or place to another is very hard for her, and coming in from playtime is the most common point at which she leaves the room.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "Options I considered"),
                (
                    "p",
                    [
                        X(
                            "I considered a part-time timetable, which the school raised, but it would confirm to Wren that school is something to escape, and I do not recommend it.",
                            "option considered and rejected",
                        ),
                        X(
                            "A specialist school for autistic pupils was also considered; Wren's needs can be met at St Aldhelm's with the provision below, and she is attached to her class.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    [
                        "Wren will need adults to change how they ask, more than she needs to change how she responds.",
                        R(
                            'Adults should use a low-demand approach throughout the school day, with indirect, declarative language ("I wonder if ...", "Here\'s the maths") and genuine choices instead of direct instructions.',
                            "semh",
                            "not_specific",
                            F4_LOWDEM,
                        ),
                        R(
                            "Wren needs a consistent key adult, trained in the PANDA approach, for 20 hours a week, including every morning and every lunchtime.",
                            "semh",
                            "less",
                            F4_TA,
                        ),
                        X(
                            "Most of her leaving the room happens at lunchtime and in the afternoon, so mornings alone would not cover the times she most needs an adult she trusts.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Sticker charts, loss of golden time and other reward and sanction systems should not be used with Wren.",
                            "semh",
                            "missing_from_f",
                        ),
                        X(
                            "I recognise the school's wish to be fair and consistent, but for a child whose anxiety is triggered by demands, a reward is itself a demand and a sanction confirms her fear of losing control; fairness here means giving Wren what she needs in order to be in class, not treating her the same.",
                            "reason for a recommendation: argued against the school's view",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "She should have a quiet base with a beanbag and a box of her chosen activities, which she can go to by showing a card rather than asking.",
                            "semh",
                            "specific",
                            F4_BASE,
                        ),
                        R(
                            "Her learning should be built around her interests, with reading and maths challenges set at her real level each week, and she should be able to show what she understands aloud or in drawings rather than always in writing.",
                            "cognition_learning",
                            "specific",
                            F4_CHALL,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Wren should stay under the community paediatrician, who prescribes her melatonin.",
                            "health",
                            "not_educational",
                            G4_PAED,
                            section="G",
                        ),
                        R(
                            "At home, her parents may find it helps to keep demands to a minimum after school and to allow an hour of quiet time before tea.",
                            "semh",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Dr Rowan Kessler, DAppEdPsy, 14 October 2026."),
            ],
        ),
        dict(
            file=AA4,
            footer="Ellerby Autism Advisory Service - Wren Talbot-Okoye - page {n}",
            author="J Ferreira",
            sans=True,
            accent="6B2D5C",
            blocks=[
                ("org", "Ellerby Borough Council - Autism Advisory Service"),
                (
                    "small",
                    "Learning Support Centre, Wharf Road, Ellerby - 01632 960866 - autism.advisory@ellerby.example.org",
                ),
                ("title", "Autism Advisory Teacher Report"),
                (
                    "p",
                    "Wren Talbot-Okoye (24/02/2018), Year 3, St Aldhelm's CE Primary School. We observed Wren in class and at lunchtime on 5 and 12 November 2026 and met her class teacher, her teaching assistant and her parents. Report by Jo Ferreira, advisory teacher.",
                ),
                ("h", 2, "What we saw"),
                (
                    "p",
                    [
                        X(
                            "Wren joined a science lesson on magnets with obvious delight and explained to her table why the paper clips stuck together.",
                            "strength",
                        ),
                        X(
                            "The school has already put a 'time out' card in place, which she used twice during our first visit, returning within ten minutes each time.",
                            "support already in place",
                        ),
                        N(
                            "Wren is sensitive to the feel of her school uniform and to certain textures, and she removes her shoes and jumper in class.",
                            "sensory_physical",
                            B4_TEXTURE,
                        ),
                        N(
                            "Whole-class carpet time overwhelms her within a few minutes, because she has to sit close to others in a noisy room.",
                            "sensory_physical",
                            B4_CARPET,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "At lunchtime Wren tries to control the games and their rules, and most games end with her falling out with the other children.",
                            "communication_interaction",
                            B4_PLAY,
                        ),
                        N(
                            "She takes language literally at times and hears jokes and sarcasm from classmates as personal criticism.",
                            "communication_interaction",
                            None,
                        ),
                        X(
                            "Her fine motor skills are age-appropriate, and her handwriting, when she chooses to write, is neat.",
                            "not a difficulty",
                        ),
                    ],
                ),
                ("h", 2, "What we recommend"),
                (
                    "grid",
                    [
                        ["Recommendation", "Outcome it supports", "Reason"],
                        [
                            R(
                                "We recommend a 'now and next' board, offered as information rather than an instruction, at every change of activity.",
                                "semh",
                                "specific",
                                F4_NOWNEXT,
                            ),
                            "Staying in class",
                            "Information lowers her anxiety; instructions raise it",
                        ],
                        [
                            R(
                                "Wren should come in from playtime five minutes before her class, with her key adult, to a calm activity she has chosen.",
                                "semh",
                                "missing_from_f",
                            ),
                            "Staying in class",
                            "Coming in with the whole class is when she most often leaves",
                        ],
                        [
                            R(
                                "She should be offered an alternative to sitting on the carpet, such as a chair at the edge of the group or a job like handing out books.",
                                "sensory_physical",
                                "not_specific",
                                F4_CARPETALT,
                            ),
                            "Staying in class",
                            "She can then listen without being overwhelmed",
                        ],
                        [
                            R(
                                "We recommend a Lego-based social group at lunchtime, twice a week, with two chosen classmates and a trained teaching assistant.",
                                "communication_interaction",
                                "wrong_section",
                                H4_GROUP,
                                section="H2",
                            ),
                            "Playing with other children",
                            "Each child has a role, so the rules are shared, not hers alone",
                        ],
                        [
                            R(
                                "Wren should be allowed to wear soft, seamless clothing in place of the school jumper and to take off her shoes in class.",
                                "sensory_physical",
                                "specific",
                                F4_UNIFORM,
                            ),
                            "Staying in class",
                            "Insisting on uniform leads to refusal and takes her out of learning",
                        ],
                    ],
                    [0.48, 0.2, 0.32],
                ),
                (
                    "p",
                    X(
                        "We have not recommended a social stories programme, because Wren experienced the stories she was given in Year 2 as being told what to do.",
                        "option considered and rejected",
                    ),
                ),
                ("p", "Jo Ferreira, Specialist Advisory Teacher (autism), 19 November 2026."),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
