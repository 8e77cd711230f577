# ruff: noqa: E501, N802
"""Set AZ as data: sensory and physical needs into adulthood (a young man of 21 at a
specialist residential college who is blind and has cerebral palsy, a deafblind girl of 9
with CHARGE syndrome and an intervener, and a boy of 15 with Duchenne muscular dystrophy
who drives a powered wheelchair and uses eye-gaze), in plan layouts no earlier set has.

Every name, council, school, college, service, NHS trust and professional is invented.
Phone numbers are in the 01632 960xxx range, mobiles 07700 900xxx, e-mail addresses are at
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


# ---------------------------------------------------------------------------
# case-evalaz-01: Calderwick County Council; Ellis Brandt-Okoro, 21, specialist college
# layout "care-and-support-short-names-unlettered": Word headings that are short everyday
# names with no letters ("Education needs", "Care and support for adults"), as some
# councils' post-19 plans use; F is bulleted under topic sub-headings.
# ---------------------------------------------------------------------------

B1_BLIND = "Ellis is blind. He can tell light from dark with one eye but cannot use his sight to read or to find his way."
B1_BRAILLE = "Ellis reads braille, but slowly, so long texts take him much longer than other students on his course."
B1_HANDS = "His cerebral palsy makes his hands and arms tire quickly when he reads braille or types, and he then has to stop."
B1_LIT = "Ellis's reading and writing are at an early level for his age, and his spelling and sentences often need correcting."
B1_DAY = "Ellis needs someone to tell him what comes next in his day, otherwise he can miss lessons or go to the wrong room."
B1_ROUTES = "Ellis cannot yet get around the college or the town on his own."
B1_WORRY = "New places and new people make Ellis worried, and when he is worried he stays in his room and will not go to meals."

F1_BRAILLE = "All course materials in electronic braille, and diagrams as tactile diagrams, prepared by the college's transcription service at least five working days before each lesson."
F1_QTVI = "One hour a week of one-to-one teaching from a qualified teacher of the visually impaired, working on braille reading speed and screen reader use."
F1_TIME = "Extra time and rest breaks as needed."
F1_MOB = "Two 45-minute mobility and orientation sessions each week with the college's habilitation specialist, on the routes between Ellis's residence, the teaching block and the town centre."
F1_ORG = "Support to help Ellis organise his day."
F1_ENGLISH = "English in a group of no more than six students, four hours a week, taught by a tutor who holds a braille qualification, towards Functional Skills Level 1."
F1_EVENING = "A named member of the residential team will meet Ellis at 5.45 pm every weekday to go with him to the dining hall and sit with him for the meal."
F1_ENRICH = "Access to the college's enrichment programme."

G1_PHYSIO = "The Calderwick adult community physiotherapy team will set Ellis's stretching and standing programme, which college care staff carry out each day, and will review it every term."
G1_NEURO = "Dr H Fenwick, consultant neurologist, will review Ellis's epilepsy once a year."

H1_PA = "Calderwick Adult Social Care will fund a personal assistant for Ellis for 12 hours a week in college holidays and for 6 hours each weekend when he is at home in term time."
H1_BREAK = "Mrs Okoro will have a break from caring of one week, twice a year, while Ellis stays at Thornfield House."
H1_FLAT = "Adult Social Care will also arrange for Ellis to be taught to cook, do his laundry and manage his money in the college's training flat, two hours a week."

QT1 = "qtvi_report.pdf"
CT1 = "college_transition_report.docx"
SW1 = "care_act_assessment.pdf"

HEAD1 = {
    "A": "About Ellis: views, interests and aspirations",
    "B": "Education needs",
    "C": "Health needs",
    "D": "Care and support needs",
    "E": "Outcomes",
    "F": "Education provision",
    "G": "Health provision",
    "H1": "Care and support for disabled children",
    "H2": "Care and support for adults",
    "I": "College",
    "J": "Personal budget",
    "K": "Advice and information",
}


def _h1(sid: str) -> tuple:
    return ("H", sid, HEAD1[sid], "h1")


CASE_01 = dict(
    name="case-evalaz-01",
    layout="care-and-support-short-names-unlettered",
    summary=(
        "Calderwick County Council; Ellis Brandt-Okoro, 21, in the second year of a residential programme at "
        "Harbourne College, an independent specialist college for young people with visual impairment "
        "(registered severely sight impaired, spastic cerebral palsy, slow braille, literacy, organisation, "
        "independent travel, anxiety in new places, money skills). The plan's headings are short everyday "
        "names with **no letters** ('Education needs', 'Care and support for adults'); Section F is bulleted "
        "under topic sub-headings. A qualified teacher of the visually impaired's report (.pdf, third person "
        "and reported speech, options argued at length), the college's transition report (.docx, first "
        "person plural with a Recommendation / Who and how often / Outcome it supports table) and a social "
        "worker's Care Act needs assessment (.pdf)."
    ),
    note="Teaching in the college's training flat (cooking, laundry, money), recommended by the college, stands in the adults' care and support section as an Adult Social Care arrangement: provision in the wrong section (H2). The personal assistant hours and the carer's breaks in the same section are correctly social care. The physiotherapy programme and the neurology review are correctly health provision. Ellis is over 18, so the children's care section (H1) says it does not apply. The social worker's description of Ellis's personal care needs (washing, dressing, bathing) is social care need recorded in D and is deliberately left unmarked.",
    plan=dict(
        file="plan.docx",
        style="headed",
        header="Calderwick County Council - Education, Health and Care Plan - OFFICIAL SENSITIVE",
        footer="Ellis Brandt-Okoro - EHC plan - amended after annual review - issued 30 October 2026",
        author="Calderwick SEND 16-25 Team",
        title="EHC Plan - Ellis Brandt-Okoro",
        accent="7A3B00",
        blocks=[
            ("org", "Calderwick County Council - SEND 16 to 25 Team"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Young person", "Ellis Brandt-Okoro"),
                    ("Date of birth", "11 February 2005 (21)"),
                    ("NHS number", "999 613 2048"),
                    ("College", "Harbourne College (residential, 38 weeks)"),
                    (
                        "Lives with (holidays)",
                        "Mrs Grace Okoro (mother), 4 Saddler's Row, Calderwick",
                    ),
                    (
                        "Plan coordinator",
                        "Ms Aisling Dorrance, 01632 960731, send16-25@calderwick.example.org",
                    ),
                ],
                [0.32, 0.68],
            ),
            _h1("A"),
            (
                "S",
                "A",
                "Ellis wants to work in radio, to live in a flat of his own with some support, and to get to the shops and the pub with his friends without relying on his mum.",
            ),
            (
                "p",
                'He says: "I present the Thursday show on college radio. I want people to hear me, not my wheelchair or my cane." His mother would like him to be safe and happy and to have a life of his own after college.',
            ),
            _h1("B"),
            (
                "S",
                "B",
                "This part sets out what Ellis finds hard in his learning and in becoming more independent.",
            ),
            ("b", "Sight and touch"),
            ("p", [B1_BLIND, B1_BRAILLE]),
            ("p", B1_HANDS),
            ("b", "Learning"),
            ("p", B1_LIT),
            ("b", "Organisation and getting about"),
            ("p", [B1_DAY, B1_ROUTES]),
            ("b", "Feelings and confidence"),
            ("p", B1_WORRY),
            _h1("C"),
            (
                "S",
                "C",
                "Ellis has cerebral palsy affecting both legs and, less so, his arms, and he is registered severely sight impaired; he also has epilepsy, which has been controlled by medication since 2021.",
            ),
            _h1("D"),
            (
                "S",
                "D",
                "Ellis needs help from one person with washing, dressing and getting in and out of the bath, and his mother, who is his only carer, needs breaks from caring.",
            ),
            _h1("E"),
            (
                "S",
                "E",
                "By July 2027 Ellis will travel on his own from his residence to the teaching block, and to the shops in Harbourne town centre, using his long cane.",
            ),
            (
                "p",
                "By July 2027 Ellis will read braille at 80 words a minute and send and open e-mails by himself.",
            ),
            ("p", "By July 2028 Ellis will achieve Functional Skills English at Level 1."),
            (
                "p",
                "By July 2028 Ellis will cook a simple meal and pay for his shopping with little help.",
            ),
            _h1("F"),
            (
                "S",
                "F",
                "Harbourne College will make the provision below during its 38-week programme; the college's own staff deliver it unless it says otherwise.",
            ),
            ("b", "Sight, touch and technology"),
            ("bul", [("F", F1_BRAILLE, True), ("F", F1_QTVI, True), ("F", F1_TIME, False)]),
            ("b", "Learning"),
            ("bul", [("F", F1_ENGLISH, True)]),
            ("b", "Independence"),
            ("bul", [("F", F1_MOB, True), ("F", F1_ORG, False)]),
            ("b", "Wellbeing"),
            ("bul", [("F", F1_EVENING, True), ("F", F1_ENRICH, False)]),
            _h1("G"),
            ("S", "G", G1_PHYSIO),
            ("p", G1_NEURO),
            _h1("H1"),
            (
                "S",
                "H1",
                "Not applicable. Ellis is over 18, so his care and support is arranged under the Care Act 2014 and set out in the next part.",
            ),
            _h1("H2"),
            ("S", "H2", H1_PA),
            ("p", H1_BREAK),
            ("p", H1_FLAT),
            _h1("I"),
            (
                "S",
                "I",
                "Harbourne College, Quarry Lane, Harbourne (independent specialist post-16 institution, residential, 38 weeks a year), until July 2028.",
            ),
            _h1("J"),
            (
                "S",
                "J",
                "Ellis's personal assistant hours are paid as a direct payment, managed for him by his mother.",
            ),
            _h1("K"),
            (
                "S",
                "K",
                "Advice from Ms Nadia Farrow-Quist, qualified teacher of the visually impaired (June 2026); Harbourne College transition report (July 2026); Care Act needs assessment by Mr Rhys Penhaligon, social worker (May 2026); Ellis's and his mother's views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=QT1,
            style="lettered",
            footer="Calderwick Sensory Support Service (16-25) - specialist advice - E Brandt-Okoro",
            header="Page {n} of {m}",
            author="N Farrow-Quist",
            accent="1B5E20",
            blocks=[
                ("org", "Calderwick Sensory Support Service - Vision Team (16 to 25)"),
                (
                    "sub",
                    "Beacon House, Mill Street, Calderwick - 01632 960742 - vision@calderwick.example.org",
                ),
                ("title", "Advice from a Qualified Teacher of the Visually Impaired"),
                ("sub", "For the annual review of Ellis Brandt-Okoro's EHC plan, June 2026"),
                ("bh", "1. Background"),
                (
                    "p",
                    [
                        X(
                            "Ellis was born at 26 weeks and developed retinopathy of prematurity, for which he had laser treatment at three months.",
                            "history",
                        ),
                        "He has been known to the Vision Team since he was two.",
                        N(
                            "He is registered severely sight impaired, with light perception in his right eye only and no useful vision in his left.",
                            "sensory_physical",
                            B1_BLIND,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "Ms Farrow-Quist observed Ellis in two lessons and a tutorial at Harbourne College on 9 and 10 June 2026 and spoke with his tutor and with his mother by telephone.",
                        X(
                            "His mother said that the trouble he had last year with his refreshable braille display, which kept losing its connection, stopped when the college replaced it in January.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("bh", "2. Assessment"),
                (
                    "p",
                    [
                        X(
                            "On the braille reading assessment on 10 June 2026, Ellis read a passage at 62 words a minute with 96 per cent accuracy.",
                            "test result",
                        ),
                        N(
                            "At that rate he reads braille too slowly to keep up with the reading set on his course unless he is given much more time.",
                            "sensory_physical",
                            B1_BRAILLE,
                        ),
                        X(
                            "His tactile skills are a real strength: he identified raised diagrams quickly and accurately, and his tutor said he is the best in the group at reading tactile maps.",
                            "strength",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Ellis's use of assistive technology is limited; he relies on a handful of screen reader commands and cannot yet get through a web page, an online form or an e-mail attachment on his own.",
                            "sensory_physical",
                            None,
                        ),
                        N(
                            "Because of his cerebral palsy, his hands and forearms tire after about twenty minutes of braille reading or typing on the Perkins brailler, and his accuracy then falls away sharply.",
                            "sensory_physical",
                            B1_HANDS,
                        ),
                    ],
                ),
                (
                    "grid",
                    [
                        ["Area", "Current position (June 2026)"],
                        [
                            "Braille code",
                            "Unified English Braille, contracted (grade 2); reads and writes all contractions",
                        ],
                        ["Reading speed", "62 words a minute (September 2025: 58)"],
                        [
                            "Equipment",
                            "Refreshable braille display, Perkins brailler, laptop with a screen reader, talking watch",
                        ],
                        [
                            "Tactile graphics",
                            "Reads maps, bar charts and simple diagrams accurately",
                        ],
                    ],
                    [0.3, 0.7],
                ),
                (
                    "p",
                    [
                        X(
                            "Ellis told Ms Farrow-Quist that he likes braille because he can read his radio scripts without anyone reading them to him first.",
                            "young person's view",
                        ),
                        X(
                            "His tutor said that he is always punctual for his radio show, which shows what he can manage when a routine matters to him.",
                            "strength",
                        ),
                    ],
                ),
                ("bh", "3. Options considered"),
                (
                    "p",
                    [
                        X(
                            "The teacher considered whether Ellis should move from braille to audio for all his reading, which would be quicker in the short term.",
                            "option considered",
                        ),
                        X(
                            "She advised against it, because Ellis would lose his spelling and his sense of how text is laid out, both of which he needs for his English qualification and for work in radio, where he reads scripts.",
                            "option rejected, with its reason",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "A full-time support worker in lessons was also considered and not recommended, as Ellis learns more from short, targeted specialist teaching and a support worker at his side all day would hold back his independence.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("bh", "4. Recommendations"),
                (
                    "p",
                    "Ms Farrow-Quist recommends the following, and gives her reasons with each, because the college has asked for advice it can put into Ellis's study programme.",
                ),
                (
                    "p",
                    [
                        R(
                            "Ellis should have all course materials in electronic braille, and any diagrams as tactile diagrams, prepared by the college's transcription team at least five working days before each lesson.",
                            "sensory_physical",
                            "specific",
                            F1_BRAILLE,
                        ),
                        X(
                            "When materials arrive on the day, he spends the lesson reading rather than learning.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "She recommends one-to-one lessons with the college's qualified teacher of the visually impaired for one hour twice a week, to raise his braille reading speed and to extend his screen reader skills.",
                            "sensory_physical",
                            "less",
                            F1_QTVI,
                        ),
                        X(
                            "One hour a week was tried in his first year and his reading speed rose by only four words a minute, which is why she now advises two.",
                            "reason for a recommendation, from history",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Ellis also needs a structured course in assistive technology, taught by the college's specialist technology tutor for 45 minutes three times a week, so that he can use e-mail, web forms and the college's online learning system by himself.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        X(
                            "Screen reader skills learned in this way carry straight into the workplace, which matters for the job he wants.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "In tests and assessments he should have 50 per cent extra time and a ten-minute rest break after every twenty minutes of braille work.",
                            "sensory_physical",
                            "not_specific",
                            F1_TIME,
                        ),
                        X(
                            "The breaks are needed because of the fatigue in his hands, not because he cannot do the work.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "When he is at home in the holidays, his mother might keep a braille book by his bed so that he reads for ten minutes every night.",
                            "sensory_physical",
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "sig",
                    [
                        "Nadia Farrow-Quist",
                        "Qualified Teacher of the Visually Impaired (MQ VI), 17 June 2026",
                    ],
                ),
            ],
        ),
        dict(
            file=CT1,
            style="headed",
            footer="Harbourne College - Transition and annual review report - confidential",
            author="Harbourne College",
            accent="00506B",
            blocks=[
                ("org", "Harbourne College"),
                ("small", "Quarry Lane, Harbourne - 01632 960758 - reviews@harbourne.example.org"),
                ("title", "Transition Report for the Annual Review"),
                (
                    "kv",
                    [
                        ("Student", "Ellis Brandt-Okoro"),
                        ("Programme", "Pathway to Independence and Work, year 2 of 3"),
                        (
                            "Written by",
                            "Joanna Whitcombe, Head of Learning Support, with Ellis's tutor and residential key worker",
                        ),
                        ("Date", "8 July 2026"),
                    ],
                ),
                ("h", 1, "Ellis's year"),
                (
                    "p",
                    [
                        X("Ellis joined us in September 2024 from Mossfield School.", "history"),
                        X(
                            "This year he achieved Functional Skills English at Entry Level 3 and ICT at Level 1.",
                            "progress: test result",
                        ),
                        X(
                            "He now walks the indoor route from his room to the dining hall without help, which he could not do a year ago.",
                            "progress",
                        ),
                        X(
                            "He presents his own show on the college radio station every Thursday.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 1, "Where we think Ellis still needs help"),
                (
                    "p",
                    [
                        N(
                            "His written English is at Entry Level 3: he spells phonetically and many of his sentences are incomplete.",
                            "cognition_learning",
                            B1_LIT,
                        ),
                        N(
                            "Ellis finds it very hard to plan his own day, and without a prompt he misses sessions or arrives at the wrong room.",
                            "cognition_learning",
                            B1_DAY,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "He cannot yet travel independently on any route beyond the residence, and relies on staff to guide him to the teaching block and into town.",
                            "sensory_physical",
                            B1_ROUTES,
                        ),
                        N(
                            "Ellis is anxious in new places and with people he does not know, and this shows in him staying in his room and missing the evening meal.",
                            "semh",
                            B1_WORRY,
                        ),
                        N(
                            "His money skills are at an early stage; he cannot yet tell coins and notes apart by touch or check his change.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                ("h", 1, "What we recommend"),
                (
                    "p",
                    "We have set our recommendations out with the outcome each one supports. We have talked them through with Ellis, and he agrees with them.",
                ),
                (
                    "grid",
                    [
                        ["What we recommend", "Who and how often", "Outcome it supports"],
                        [
                            R(
                                "We recommend that Ellis continues his mobility and orientation programme, working on the routes between his residence, the teaching block and the town centre.",
                                "sensory_physical",
                                "specific",
                                F1_MOB,
                            ),
                            "Habilitation specialist; two 45-minute sessions a week",
                            "Travelling on his own to lessons and the shops",
                        ],
                        [
                            R(
                                "Ellis should have a key worker who meets him for 20 minutes at the start and at the end of each college day to go through his talking timetable.",
                                "cognition_learning",
                                "not_specific",
                                F1_ORG,
                            ),
                            "Residential key worker; daily",
                            "Getting to the right place at the right time",
                        ],
                        [
                            R(
                                "English should be taught in a small group of no more than six, by a tutor qualified in braille, towards Functional Skills Level 1.",
                                "cognition_learning",
                                "specific",
                                F1_ENGLISH,
                            ),
                            "English tutor; four hours a week",
                            "Functional Skills English Level 1",
                        ],
                        [
                            R(
                                "A member of the residential team should meet Ellis before the evening meal each weekday and go with him to the dining hall.",
                                "semh",
                                "specific",
                                F1_EVENING,
                            ),
                            "Residential support worker; 5.45 pm Monday to Friday",
                            "Eating with other students and making friends",
                        ],
                        [
                            R(
                                "We also recommend independent living skills teaching in our training flat, covering cooking, laundry and budgeting.",
                                "cognition_learning",
                                "wrong_section",
                                H1_FLAT,
                                section="H2",
                            ),
                            "Independent living tutor; two hours a week",
                            "Cooking a meal and paying for shopping",
                        ],
                    ],
                    [0.5, 0.25, 0.25],
                ),
                (
                    "p",
                    [
                        R(
                            "In his final year, Ellis should have a supported work placement one day a week with a job coach from our employment team, ideally at Calder Sound community radio.",
                            "other",
                            "missing_from_f",
                        ),
                        X(
                            "He has said many times that he wants to work in radio, and a real workplace is the only place to learn the routines of a job.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Ellis's stretching and standing programme, set by the NHS physiotherapist who visits the college, should continue, with a review each term.",
                            "health",
                            "not_educational",
                            G1_PHYSIO,
                            section="G",
                        ),
                        X(
                            "His care staff already do the stretches with him each morning, and he says they help with the stiffness in his legs.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 1, "Options we looked at"),
                (
                    "p",
                    [
                        X(
                            "We considered a move to a day place at Calderwick College nearer home, but Ellis and his mother both felt that the journey, over an hour each way, would exhaust him, and we agree.",
                            "option considered and rejected",
                        ),
                        X(
                            "We also looked at ending his programme a year early, in July 2027, and decided against it because he will not be ready to travel and cook on his own by then.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("h", 1, "At home"),
                (
                    "p",
                    [
                        R(
                            "In the holidays his mother might label the kitchen cupboards and the microwave in braille, so that Ellis can practise at home what he learns in the training flat.",
                            "cognition_learning",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Joanna Whitcombe, Head of Learning Support, for Harbourne College"),
            ],
        ),
        dict(
            file=SW1,
            footer="Calderwick Adult Social Care - Care Act assessment - page {n} of {m}",
            author="R Penhaligon",
            accent="4A235A",
            sans=True,
            blocks=[
                ("org", "Calderwick County Council - Adult Social Care, Transitions Team"),
                (
                    "small",
                    "County Buildings, Calderwick - 01632 960766 - transitions@calderwick.example.org",
                ),
                ("title", "Care Act 2014: Needs Assessment"),
                (
                    "p",
                    "Person assessed: Ellis Brandt-Okoro. Assessor: Rhys Penhaligon, social worker. Carer: Mrs Grace Okoro (mother). Assessment visits: 12 and 19 May 2026, at home and by video call with the college.",
                ),
                ("h", 2, "Ellis's situation"),
                (
                    "p",
                    [
                        X(
                            "Ellis lives with his mother in a two-bedroom bungalow that was adapted in 2020 with a level-access shower and grab rails.",
                            "support already in place",
                        ),
                        X(
                            "Mrs Okoro has cared for Ellis on her own since 2019 and told me she feels worn out by the end of each holiday.",
                            "background: carer's circumstances",
                        ),
                    ],
                ),
                ("h", 2, "Eligibility outcomes"),
                (
                    "grid",
                    [
                        ["Outcome (Care Act regulations)", "What Ellis told me and what I saw"],
                        [
                            "Managing and maintaining nutrition",
                            "Ellis cannot prepare a meal or a hot drink safely without someone with him.",
                        ],
                        [
                            "Maintaining personal hygiene",
                            "He needs help from one person to get in and out of the bath and to wash his back and legs.",
                        ],
                        [
                            "Making use of facilities in the community",
                            "He cannot go out without a person to guide him, and he has not been to the town centre without his mother since Christmas.",
                        ],
                        [
                            "Developing and maintaining family or other personal relationships",
                            "In the holidays Ellis has no contact with friends of his own age, and he says he feels lonely.",
                        ],
                    ],
                    [0.38, 0.62],
                ),
                (
                    "p",
                    [
                        "I have concluded that Ellis has eligible needs under the Care Act 2014 and that his mother has eligible needs as a carer.",
                        X(
                            "A place at a day centre in the holidays was discussed and Ellis turned it down, because he wants to spend his time with people his own age and not in a building.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("h", 2, "Recommended support"),
                (
                    "bul",
                    [
                        [
                            R(
                                "A personal assistant for 12 hours a week in college holidays, and for 6 hours each weekend when Ellis is home in term time, to take him out to places he chooses.",
                                "social_care",
                                "not_educational",
                                H1_PA,
                                section="H2",
                            ),
                            X(
                                "Ellis said he would like to go to the Saturday quiz at the Feathers with his cousin, and a personal assistant would make that possible.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Replacement care for a week twice a year at Thornfield House, so that Mrs Okoro can have a break.",
                                "social_care",
                                "not_educational",
                                H1_BREAK,
                                section="H2",
                            ),
                            "She has not had a holiday since 2019.",
                        ],
                    ],
                ),
                (
                    "p",
                    "I will review this support in May 2027, and before Ellis leaves college I will assess him again for the support he will need in his own flat.",
                ),
                ("p", "Rhys Penhaligon, Social Worker (Social Work England SW144820), 26 May 2026"),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalaz-02: Stowmere Borough Council; Isla Marchetti-Dunn, 9, deafblind (CHARGE)
# layout "asterisk-statutory-headings": every heading is the regulation's full wording,
# opening with an asterisk (the template's mark for a section the law requires) and ending
# with a full stop: "*Section B: The child or young person's special educational needs."
# F is a table per theme: Provision / Staff and how often / Outcome.
# ---------------------------------------------------------------------------

B2_SENSES = "Isla has a hearing loss and a sight loss together. She hears speech with her cochlear implant when the room is quiet, cannot see things above her eye level, and bright light dazzles her."
B2_NOISE = "When the class is noisy Isla misses most of what the teacher says."
B2_SIGNS = "Isla talks mostly in signs, sometimes putting two together, and uses a few spoken words; she cannot yet tell you about something that has already happened."
B2_INFO = "Isla does not pick up what is going on around her, such as who has come into the room or why others are laughing, unless her intervener tells her."
B2_BALANCE = "Isla's balance is poor, and she often trips or falls on bumpy ground or where the light changes."
B2_ROUTES = "Isla can find her own way only from her classroom to the toilet; she needs an adult to take her everywhere else in school."
B2_CHANGE = "Isla needs an adult to help her get changed for PE and swimming."

F2_INTERVENER = "A trained intervener with Isla throughout the school day, including break and lunch, who holds or is working towards the Level 3 award in deafblind intervention."
F2_MSI = "Direct teaching for Isla, and advice to her intervener and class teacher, from a qualified teacher of multi-sensory impairment."
F2_RADIO = "Access to a radio aid and a good listening environment."
F2_OBJECTS = (
    "Objects of reference and signs to be used as appropriate so that Isla knows what is happening."
)
F2_SIGN = "Every adult who teaches Isla will sign the key words of each lesson using the school's agreed sign list."
F2_MOB = "Mobility and orientation teaching on routes round the school, to the hall, the dining room and the playground."
F2_LIGHT = "Isla's desk placed with her back to the window, with a desk lamp and blinds to cut glare, in every room where she is taught."

G2_PHYSIO = "Stowmere Children's Physiotherapy will provide Isla's balance and core strength programme and review it twice a year."
G2_TRAIN = "The Stowmere Cochlear Implant Centre and the sensory support service will give Isla's school staff deafblind awareness training and teach them on-body signing every September."
G2_CI = (
    "The cochlear implant centre will check Isla's implant and processor settings every six months."
)

H12_BREAK = "Stowmere Children's Disability Team will provide a short break of one overnight stay a month at Larkspur House, where staff are trained in deafblind communication."
H12_CLUB = "A support worker who uses hands-on signing will go with Isla to the after-school club at Greenhithe for two hours every Wednesday in term time."

MS2 = "msi_teacher_report.docx"
HB2 = "habilitation_report.pdf"
SW2 = "social_care_assessment.docx"

HEAD2 = {
    "A": "*Section A: The views, interests and aspirations of the child and his or her parents or the young person.",
    "B": "*Section B: The child or young person's special educational needs.",
    "C": "*Section C: The child or young person's health care needs which relate to their special educational needs.",
    "D": "*Section D: The child or young person's social care needs which relate to their special educational needs or to a disability.",
    "E": "*Section E: The outcomes sought for the child or the young person.",
    "F": "*Section F: The special educational provision required by the child or the young person.",
    "G": "*Section G: Any health care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs.",
    "H1": "*Section H1: Any social care provision which must be made for the child or young person as a result of section 2 of the Chronically Sick and Disabled Persons Act 1970.",
    "H2": "*Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs.",
    "I": "*Section I: The name of the school, maintained nursery school, post-16 institution or other institution to be attended by the child or young person and the type of that institution.",
    "J": "*Section J: Where there is a Personal Budget, the details of how the Personal Budget will support particular outcomes.",
    "K": "*Section K: The advice and information gathered during the EHC needs assessment.",
}


def _ast(sid: str) -> tuple:
    return ("H", sid, HEAD2[sid], "h2")


F2_HEAD = ["Provision", "Staff and how often", "Outcome it supports"]

CASE_02 = dict(
    name="case-evalaz-02",
    layout="asterisk-statutory-headings",
    summary=(
        "Stowmere Borough Council; Isla Marchetti-Dunn, 9, Year 4 at Greenhithe Primary School, a mainstream "
        "school with a hearing support base, with an intervener (CHARGE syndrome: deafblind, with a cochlear "
        "implant and colobomas; signing, concepts, incidental information, fatigue, balance, orientation, "
        "dressing). Every heading is the regulation's full wording, opening with an asterisk and ending with a "
        "full stop ('*Section B: The child or young person's special educational needs.'); Section F is a table "
        "per theme with an Outcome column. A qualified teacher of multi-sensory impairment's report (.docx, "
        "numbered paragraphs in reported speech, options argued at length), a habilitation specialist's report "
        "(.pdf, a Recommendation / How often and who / Reason table) and a social worker's assessment for "
        "short breaks (.docx)."
    ),
    note="Deafblind awareness training and on-body signing for school staff, recommended by the MSI teacher, stands in Section G as an offer from the cochlear implant centre and the sensory support service: provision in the wrong section. The physiotherapy balance programme and the implant checks in G are correctly health provision; the overnight short break and the after-school club support worker in H1 are correctly social care. The MSI teacher's visits are in F but at half a day twice each half term against half a day every week.",
    plan=dict(
        file="plan.pdf",
        header="Stowmere Borough Council - EHC plan - Isla Marchetti-Dunn",
        footer="Final EHC plan issued 16 November 2026 - page {n} of {m}",
        author="Stowmere SEN Assessment and Review Team",
        title="Education, Health and Care Plan: Isla Marchetti-Dunn",
        accent="0B5563",
        blocks=[
            ("org", "Stowmere Borough Council - SEN Assessment and Review Team"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Isla Marchetti-Dunn"),
                    ("Date of birth", "3 March 2017"),
                    ("NHS number", "999 274 6619"),
                    ("School", "Greenhithe Primary School, Year 4"),
                    ("Parents", "Chiara Marchetti and Paul Dunn, 18 Weir Lane, Stowmere"),
                    ("Case officer", "Mr Idris Halloran, 01632 960807, sen@stowmere.example.org"),
                ],
            ),
            (
                "i",
                "Sections marked * must be completed in every plan (regulation 12 of the Special Educational Needs and Disability Regulations 2014).",
            ),
            _ast("A"),
            (
                "S",
                "A",
                "Isla loves swimming, the swing in the sensory garden, her dog Biscuit and anything that vibrates, and she likes to be the one who hands out the fruit at break.",
            ),
            (
                "p",
                "Her parents want Isla to be able to tell people what she thinks and feels, to move around safely on her own, and to stay at Greenhithe with the friends she has grown up with.",
            ),
            _ast("B"),
            (
                "S",
                "B",
                "Isla has CHARGE syndrome, which affects her hearing, her sight and her balance; her needs are set out below.",
            ),
            ("b", "Hearing, vision and communication"),
            ("p", [B2_SENSES, B2_NOISE]),
            ("p", [B2_SIGNS, B2_INFO]),
            ("b", "Physical and independence"),
            ("p", [B2_BALANCE, B2_ROUTES]),
            ("p", B2_CHANGE),
            _ast("C"),
            (
                "S",
                "C",
                "Isla has CHARGE syndrome, diagnosed at birth; she had heart surgery as a baby, is under the cochlear implant centre and the eye clinic, and is seen by the children's physiotherapist for her balance.",
            ),
            _ast("D"),
            (
                "S",
                "D",
                "Isla needs an adult who can sign with her to take part in clubs and activities outside school, and her parents need regular breaks from caring.",
            ),
            _ast("E"),
            (
                "S",
                "E",
                "By the end of Year 5, Isla will use signs to tell an adult about something she did yesterday or at the weekend.",
            ),
            (
                "p",
                "By the end of Year 5, Isla will walk on her own from her classroom to the hall, the dining room and the playground.",
            ),
            (
                "p",
                "By the end of Year 6, Isla will get changed for PE with no more than two reminders.",
            ),
            _ast("F"),
            (
                "S",
                "F",
                "Greenhithe Primary School will make this provision, with the Stowmere Sensory Support Service where it is named.",
            ),
            ("h", 3, "Communication and access to learning"),
            (
                "grid",
                [
                    F2_HEAD,
                    [
                        ("F", F2_INTERVENER, True),
                        "32.5 hours a week, every school day",
                        "All outcomes",
                    ],
                    [
                        ("F", F2_MSI, True),
                        "Qualified teacher of multi-sensory impairment, half a day twice each half term",
                        "Talking about past events",
                    ],
                    [("F", F2_RADIO, False), "As needed", "Following what is said in class"],
                    [("F", F2_OBJECTS, False), "Class staff", "Knowing what comes next"],
                    [
                        ("F", F2_SIGN, True),
                        "All teaching staff, every lesson",
                        "Following what is said in class",
                    ],
                ],
                [0.48, 0.28, 0.24],
            ),
            ("h", 3, "Getting about and independence"),
            (
                "grid",
                [
                    F2_HEAD,
                    [
                        ("F", F2_MOB, True),
                        "Qualified habilitation specialist, 45 minutes every week",
                        "Walking on her own round school",
                    ],
                    [
                        ("F", F2_LIGHT, True),
                        "Class teacher to set up; habilitation specialist to check each half term",
                        "Seeing her work without glare",
                    ],
                ],
                [0.48, 0.28, 0.24],
            ),
            _ast("G"),
            ("S", "G", G2_PHYSIO),
            ("p", G2_CI),
            ("p", G2_TRAIN),
            _ast("H1"),
            ("S", "H1", H12_BREAK),
            ("p", H12_CLUB),
            _ast("H2"),
            (
                "S",
                "H2",
                "No other social care provision is needed at present; Mr and Mrs Dunn's carer's assessment will be reviewed in March 2027.",
            ),
            _ast("I"),
            (
                "S",
                "I",
                "Greenhithe Primary School, Orchard Road, Stowmere (community primary school with a resourced provision for hearing impairment).",
            ),
            _ast("J"),
            ("S", "J", "No personal budget has been requested."),
            _ast("K"),
            (
                "S",
                "K",
                "Advice from Mr Owain Tregarthen, qualified teacher of multi-sensory impairment (September 2026); Ms Beatrix Olawale, habilitation specialist (September 2026); Ms Hana Sorensen, social worker, Children's Disability Team (August 2026); Isla's parents.",
            ),
        ],
    ),
    reports=[
        dict(
            file=MS2,
            footer="Stowmere Sensory Support Service - MSI advice - Isla Marchetti-Dunn - confidential",
            author="O Tregarthen",
            accent="274E13",
            blocks=[
                ("org", "Stowmere Sensory Support Service"),
                (
                    "small",
                    "The Lodge, Castle Street, Stowmere - 01632 960815 - sensory@stowmere.example.org",
                ),
                ("title", "Advice from a Qualified Teacher of Multi-Sensory Impairment"),
                (
                    "p",
                    "Pupil: Isla Marchetti-Dunn, Year 4, Greenhithe Primary School. Visits: 8, 15 and 22 September 2026. Advice written by Owain Tregarthen, QTMSI, for Isla's EHC needs assessment.",
                ),
                ("b", "1. Background and history"),
                (
                    "np",
                    "1.1",
                    [
                        X(
                            "Isla was diagnosed with CHARGE syndrome soon after birth and had surgery for a heart defect at four months.",
                            "history",
                        ),
                        X(
                            "She had her cochlear implant fitted at the age of two and has worn it all day since she was three.",
                            "history",
                        ),
                    ],
                ),
                (
                    "np",
                    "1.2",
                    [
                        X(
                            "Her parents told Mr Tregarthen that Isla has had an intervener since Reception, funded by the school.",
                            "support already in place",
                        ),
                        X(
                            "They said the hitting and biting that worried them in Year 1 stopped once she had a sign for 'stop' and 'finished'.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("b", "2. Isla's sensory and communication needs"),
                (
                    "np",
                    "2.1",
                    N(
                        "Isla has CHARGE syndrome and is deafblind: she has a severe to profound hearing loss, aided by a cochlear implant on the right, and colobomas in both eyes that leave her with no vision in her upper field and poor vision in bright light.",
                        "sensory_physical",
                        B2_SENSES,
                    ),
                ),
                (
                    "np",
                    "2.2",
                    [
                        X(
                            "In the quiet of the assessment room Isla repeated eight of ten familiar words correctly through her implant.",
                            "test result",
                        ),
                        N(
                            "In a noisy classroom, however, Isla cannot follow spoken language through her implant alone and misses most of what is said in whole-class teaching.",
                            "sensory_physical",
                            B2_NOISE,
                        ),
                    ],
                ),
                (
                    "np",
                    "2.3",
                    [
                        N(
                            "Her expressive language is a mix of clear single signs, some two-sign combinations and a few spoken words, and she does not yet use signs to talk about past events.",
                            "communication_interaction",
                            B2_SIGNS,
                        ),
                        X(
                            "She is a confident and cheerful communicator who makes her wishes known, and she has more than 200 signs.",
                            "strength",
                        ),
                    ],
                ),
                (
                    "np",
                    "2.4",
                    [
                        N(
                            "Isla's understanding of concepts is delayed, particularly of things she cannot touch, such as time, weather and money.",
                            "cognition_learning",
                            None,
                        ),
                        N(
                            "She depends on her intervener for the incidental information that other children pick up without effort, such as who has come into the room and why the class is laughing.",
                            "communication_interaction",
                            B2_INFO,
                        ),
                    ],
                ),
                (
                    "np",
                    "2.5",
                    N(
                        "The effort of listening and looking tires Isla, and by early afternoon her attention and her balance are both noticeably worse.",
                        "sensory_physical",
                        None,
                    ),
                ),
                ("b", "3. Options considered"),
                (
                    "np",
                    "3.1",
                    [
                        X(
                            "Mr Tregarthen considered whether Isla's needs would be better met at Beacon Hill, a residential school for deafblind children some 90 miles away.",
                            "option considered",
                        ),
                        X(
                            "He concluded that Isla's strong relationships at Greenhithe, and her parents' wish for her to live at home, outweigh the benefits of a specialist peer group, provided the provision below is in place.",
                            "option rejected, with its reason",
                        ),
                    ],
                ),
                (
                    "np",
                    "3.2",
                    X(
                        "He also considered replacing the intervener with a teaching assistant shared with another pupil, and rejected it, because an intervener's role is to give Isla access to information and communication, which cannot be shared between two children.",
                        "option considered and rejected",
                    ),
                ),
                ("b", "4. Recommendations"),
                (
                    "np",
                    "4.1",
                    [
                        R(
                            "Isla must have a trained intervener with her for the whole school day, 32.5 hours a week, who holds or is working towards the Level 3 award in deafblind intervention.",
                            "communication_interaction",
                            "specific",
                            F2_INTERVENER,
                        ),
                        X(
                            "Without an intervener Isla would be cut off from almost everything that happens around her.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "np",
                    "4.2",
                    R(
                        "Mr Tregarthen recommends that a qualified teacher of multi-sensory impairment visits for half a day every week, to teach Isla directly and to guide her intervener and class teacher.",
                        "communication_interaction",
                        "less",
                        F2_MSI,
                    ),
                ),
                (
                    "np",
                    "4.3",
                    [
                        R(
                            "He advises that Isla is taught in a room with acoustic treatment, and that her teachers use a radio aid streaming to her implant, together with the soundfield system, in all teaching.",
                            "sensory_physical",
                            "not_specific",
                            F2_RADIO,
                        ),
                        X(
                            "A radio aid used only in some lessons would leave Isla missing whole-class teaching in the rest.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "np",
                    "4.4",
                    R(
                        "Isla should have an object-and-sign calendar at the start of each day and before every change of activity, set up by her intervener, so that she knows what is coming.",
                        "communication_interaction",
                        "not_specific",
                        F2_OBJECTS,
                    ),
                ),
                (
                    "np",
                    "4.5",
                    [
                        R(
                            "In his view Isla also needs a daily 20-minute concept session with her intervener, using real objects and experiences, for example going outside to feel the rain before reading about the weather, planned each half term by the MSI teacher.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                        X(
                            "Children who are deafblind learn concepts through touch and experience, and cannot pick them up from pictures or talk.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "np",
                    "4.6",
                    R(
                        "All staff who work with Isla, including midday supervisors, should have deafblind awareness training from the sensory support service at the start of each school year, and her intervener and class teacher should learn on-body signing.",
                        "communication_interaction",
                        "wrong_section",
                        G2_TRAIN,
                        section="G",
                    ),
                ),
                (
                    "np",
                    "4.7",
                    R(
                        "At home, Isla's parents could keep a 'memory box' of objects from days out, so that they can talk with her in signs about what she did.",
                        "communication_interaction",
                        "not_educational",
                    ),
                ),
                (
                    "p",
                    "Owain Tregarthen, QTMSI, Stowmere Sensory Support Service, 29 September 2026",
                ),
            ],
        ),
        dict(
            file=HB2,
            style="headed",
            footer="Habilitation assessment - I Marchetti-Dunn - page {n} of {m}",
            author="B Olawale",
            accent="7B3F00",
            blocks=[
                ("org", "Stowmere Sensory Support Service - Habilitation"),
                ("small", "The Lodge, Castle Street, Stowmere - 01632 960816"),
                ("title", "Habilitation Assessment Report"),
                (
                    "p",
                    "Isla Marchetti-Dunn (born 3 March 2017). Assessed at Greenhithe Primary School on 10 and 17 September 2026 by Beatrix Olawale, Qualified Habilitation Specialist (children and young people with vision impairment).",
                ),
                ("h", 1, "Orientation and mobility"),
                (
                    "p",
                    [
                        X(
                            "Isla walked independently at 3 years 6 months, later than most children, because of the balance difficulties that are part of CHARGE syndrome.",
                            "history",
                        ),
                        N(
                            "Isla's balance is poor as a result of CHARGE syndrome, and she falls when the ground is uneven or when she moves from bright light into shade.",
                            "sensory_physical",
                            B2_BALANCE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "She cannot yet find her way independently around school: she knows the route from her classroom to the toilet but not to the hall, the dining room or the playground.",
                            "sensory_physical",
                            B2_ROUTES,
                        ),
                        N(
                            "When Isla becomes disorientated she does not seek help; she stands still, sometimes for several minutes, until an adult finds her.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "She trails the wall well with her left hand and uses the handrail on the stairs without being reminded, which she has learned this year.",
                            "progress",
                        ),
                        X(
                            "A long cane was tried in the summer term and put aside, because Isla's balance is not yet steady enough for her to sweep it while she walks.",
                            "option tried and rejected",
                        ),
                    ],
                ),
                ("h", 1, "Independent living skills"),
                (
                    "p",
                    [
                        N(
                            "Isla needs full physical help to change for PE and swimming, because she cannot see fastenings clearly and loses her balance standing on one leg.",
                            "sensory_physical",
                            B2_CHANGE,
                        ),
                        X(
                            "She feeds herself well with a spoon and fork, and pours her own drink from a small jug.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "How often and who", "Reason"],
                        [
                            R(
                                "Orientation and mobility lessons on the routes round school, starting with the hall, the dining room and the playground.",
                                "sensory_physical",
                                "specific",
                                F2_MOB,
                            ),
                            "45 minutes weekly, qualified habilitation specialist",
                            X(
                                "Isla learns a route by walking it many times with the same landmarks pointed out in the same words.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Isla's desk should be placed with her back to the window, with a desk lamp and blinds used to stop glare, in every room where she is taught.",
                                "sensory_physical",
                                "specific",
                                F2_LIGHT,
                            ),
                            "Class teacher; checked by me each half term",
                            "Glare washes out what little she can see of her work",
                        ],
                        [
                            R(
                                "A dressing programme for PE and swimming, taught step by step by her intervener in a private, well-lit space with a bench to sit on.",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            "Every PE and swimming lesson, intervener, with targets set by me each term",
                            "So that she does more of each step herself and needs less help by Year 6",
                        ],
                        [
                            R(
                                "Isla's balance and core strength programme from the children's physiotherapist should continue.",
                                "health",
                                "not_educational",
                                G2_PHYSIO,
                                section="G",
                            ),
                            "Children's physiotherapist; reviewed twice a year",
                            "Her balance affects everything I teach her",
                        ],
                    ],
                    [0.46, 0.27, 0.27],
                ),
                (
                    "p",
                    [
                        R(
                            "At home, her parents might use the same landmark words for the route to the park that we use in school, such as 'bumpy path' and 'gate'.",
                            "sensory_physical",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Beatrix Olawale, Qualified Habilitation Specialist, 24 September 2026"),
            ],
        ),
        dict(
            file=SW2,
            footer="Stowmere Children's Disability Team - child and family assessment (summary for the EHC plan)",
            author="H Sorensen",
            blocks=[
                ("org", "Stowmere Borough Council - Children's Disability Team"),
                ("small", "Riverside House, Stowmere - 01632 960824"),
                (
                    "title",
                    "Child and Family Assessment: summary of needs and recommended short breaks",
                ),
                (
                    "p",
                    "Child: Isla Marchetti-Dunn, 9. Assessment completed by Hana Sorensen, social worker, on 21 August 2026, after two home visits and a conversation with Greenhithe's SENCo.",
                ),
                ("b", "What we found"),
                (
                    "p",
                    [
                        X(
                            "The family have had a short break of one evening a fortnight from a Family Link carer since 2024, and this will end when the carer retires in December.",
                            "support already in place, ending",
                        ),
                        "Isla cannot go to clubs or activities outside school without an adult who signs, and at present that is always one of her parents.",
                        X(
                            "Mrs Marchetti told me that she and her husband have not had a night's sleep away from home since Isla was born.",
                            "background: carers' circumstances",
                        ),
                    ],
                ),
                ("b", "Recommendations"),
                (
                    "bul",
                    [
                        [
                            R(
                                "Isla should have a short break of one overnight stay a month at Larkspur House, whose staff are trained in deafblind communication.",
                                "social_care",
                                "not_educational",
                                H12_BREAK,
                                section="H1",
                            ),
                            "Larkspur House has a bedroom with a vibrating alarm and a flashing doorbell, so it can keep her safe at night.",
                        ],
                        [
                            R(
                                "A support worker who uses hands-on signing should go with Isla to the after-school club at Greenhithe for two hours every Wednesday.",
                                "social_care",
                                "not_educational",
                                H12_CLUB,
                                section="H1",
                            ),
                            X(
                                "Isla asked for this herself, signing 'club' and 'friends' when I asked what she would like.",
                                "reason for a recommendation",
                            ),
                        ],
                    ],
                ),
                (
                    "p",
                    X(
                        "Direct payments were offered so that the family could employ their own support worker, but Isla's parents preferred a commissioned service because they could not find a worker who signs.",
                        "option considered and rejected",
                    ),
                ),
                ("p", "Hana Sorensen, Social Worker, Children's Disability Team, 28 August 2026"),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalaz-03: Kestleigh County Council; Kai Wetherall, 15, Duchenne muscular dystrophy
# layout "section-word-letter-full-stop-funded-by-column": Word headings "Section B.
# Special educational needs" (the word Section, the letter, a full stop, a short name);
# F is one table Provision / How much and how often / Delivered by / Funded by.
# ---------------------------------------------------------------------------

B3_DMD = "Kai has a muscle-wasting condition that is slowly getting worse. He cannot walk and drives a powered wheelchair everywhere."
B3_ARMS = "Kai's arms are now weak: he cannot reach up, put his hand up to answer or use an ordinary keyboard."
B3_SIT = "Sitting in one position for too long is bad for Kai's back and his skin."
B3_HOIST = (
    "Kai has to be moved with a hoist by two adults whenever he gets in or out of his wheelchair."
)
B3_WRITE = "Kai can only write a few words by hand, so he does most of his written work on his eye-gaze computer."
B3_CARE = "Kai needs an adult to help him use the toilet and with other personal care, which he finds embarrassing."
B3_MOOD = "Kai sometimes feels low and left out, because his condition stops him doing things his friends do."

F3_POS = "A change of position out of his wheelchair onto the plinth in the hygiene room, using the ceiling hoist"
F3_TA = "A teaching assistant trained in moving and handling and in Kai's eye-gaze system, to support him in lessons, with personal care and with positioning"
F3_EQUIP = "Access to specialist equipment as recommended by the occupational therapist"
F3_PE = "Opportunities to take part in PE where possible"
F3_PASTORAL = "Regular check-ins with a member of the pastoral team"
F3_ROOMS = "All of Kai's lessons timetabled in rooms on the ground floor or reached by the lift"

G3_STRETCH = "Kestleigh Children's Physiotherapy will provide Kai's stretching programme, train the school staff who carry it out and review it each half term."
G3_HYDRO = "Kai will have hydrotherapy with a physiotherapist once a week at the Kestleigh General Hospital pool."
G3_POSTURE = "The physiotherapist will review Kai's 24-hour postural management plan, including his night-time lying support, every six months."
G3_EYEGAZE = "The Kestleigh and Wold specialised AAC and eye-gaze service (NHS) will support Kai's use of eye-gaze, including teaching him to use it for his school work, for 30 minutes a week."

H13_PA = "A personal assistant trained in moving and handling will support Kai for six hours each Saturday so that he can go out with his friends."
H13_FERN = "Kai will have an overnight short break at Fernlea House one weekend a month."
H23_TRANS = "The Transitions Team will begin Kai's Care Act assessment during Year 11."

PH3 = "physiotherapy_report.pdf"
OT3 = "ot_seating_hoisting_report.docx"
SW3 = "social_worker_assessment.pdf"

HEAD3 = {
    "A": "Section A. Views, interests and aspirations",
    "B": "Section B. Special educational needs",
    "C": "Section C. Health needs",
    "D": "Section D. Social care needs",
    "E": "Section E. Outcomes",
    "F": "Section F. Special educational provision",
    "G": "Section G. Health provision",
    "H1": "Section H1. Social care provision (Chronically Sick and Disabled Persons Act 1970, section 2)",
    "H2": "Section H2. Other social care provision",
    "I": "Section I. Placement",
    "J": "Section J. Personal budget",
    "K": "Section K. Advice and information",
}


def _dot(sid: str) -> tuple:
    return ("H", sid, HEAD3[sid], "h1")


CASE_03 = dict(
    name="case-evalaz-03",
    layout="section-word-letter-full-stop-funded-by-column",
    summary=(
        "Kestleigh County Council; Kai Wetherall, 15, Year 10 at Hollin Vale Academy, a mainstream secondary "
        "(Duchenne muscular dystrophy: powered wheelchair, weak arms, hoisting for every transfer, eye-gaze for "
        "recording, personal care, fatigue, low mood). Word headings 'Section B. Special educational needs' (the "
        "word Section, the letter and a full stop); Section F is one table Provision / How much and how often / "
        "Delivered by / Funded by. A specialist physiotherapist's report (.pdf, third person and reported speech, "
        "recommendations argued at length), an occupational therapist's seating and hoisting report (.docx, a "
        "Recommendation / Who and how often / Reason table and bullets with reasons mixed in) and a social "
        "worker's needs assessment (.pdf, first person)."
    ),
    note="Teaching Kai to use eye-gaze for his school work, recommended by the occupational therapist, stands in Section G as an NHS AAC service offer: provision in the wrong section. The stretching programme, hydrotherapy and the postural management review in G are correctly health provision; the personal assistant and the Fernlea House short breaks in H1 and the transition assessment in H2 are correctly social care. Each F row's quantity lives in the How much and how often cell: the teaching assistant's 25 hours a week is less than the 32.5 recommended; the equipment, PE and pastoral rows are vague in every cell.",
    plan=dict(
        file="plan.docx",
        header="Kestleigh County Council | Education, Health and Care Plan",
        footer="Kai Wetherall | EHC plan | final | 6 November 2026",
        author="Kestleigh SEND Statutory Team",
        title="EHC plan: Kai Wetherall",
        accent="2F4F4F",
        blocks=[
            ("org", "KESTLEIGH COUNTY COUNCIL"),
            (
                "small",
                "SEND Statutory Team, Shire Hall, Kestleigh - 01632 960851 - send@kestleigh.example.org",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "table",
                [
                    ["Name", "Kai Wetherall", "Date of birth", "19 January 2011"],
                    ["NHS number", "999 551 0376", "Year group", "Year 10"],
                    ["School", "Hollin Vale Academy", "Parents", "Dionne and Mark Wetherall"],
                ],
                {"header": False, "bold_col0": True},
            ),
            _dot("A"),
            (
                "S",
                "A",
                "Kai loves gaming, Formula 1 and powerchair football, and he wants to study computing at sixth form and one day design games.",
            ),
            (
                "p",
                'Kai says: "I don\'t want people doing things for me that I can tell them how to do. I want to go into town with my mates like everyone else." His parents want him to enjoy school, to keep his friends and to have as much say in his own life as he can.',
            ),
            _dot("B"),
            (
                "S",
                "B",
                "Kai is a capable student working at or above the expected level in most subjects; his needs are physical and affect how he gets to, takes part in and records his learning.",
            ),
            ("b", "Physical"),
            ("p", [B3_DMD, B3_ARMS]),
            ("p", [B3_SIT, B3_HOIST]),
            ("p", B3_CARE),
            ("b", "Recording his work"),
            ("p", B3_WRITE),
            ("b", "Social, emotional and mental health"),
            ("p", B3_MOOD),
            _dot("C"),
            (
                "S",
                "C",
                "Kai has Duchenne muscular dystrophy, diagnosed at four; he takes daily steroids, has a scoliosis that is being watched, and his breathing and heart are checked by the neuromuscular team every six months.",
            ),
            _dot("D"),
            (
                "S",
                "D",
                "Kai needs an adult trained in hoisting to go out without his parents, and his parents need breaks from caring.",
            ),
            _dot("E"),
            (
                "S",
                "E",
                "By July 2027 Kai will complete all his written work and homework on his eye-gaze computer without needing an adult to set it up.",
            ),
            (
                "p",
                "By the end of Year 11 Kai will tell staff how he wants to be hoisted and positioned, using his own care passport.",
            ),
            (
                "p",
                "By the end of Year 11 Kai will go out with friends at the weekend with support from someone who is not his parent.",
            ),
            (
                "p",
                "By September 2027 Kai will have a place on a computing course at sixth form or college.",
            ),
            _dot("F"),
            (
                "S",
                "F",
                "Hollin Vale Academy will make the following provision, which is reviewed at each annual review.",
            ),
            (
                "grid",
                [
                    ["Provision", "How much and how often", "Delivered by", "Funded by"],
                    [
                        ("F", F3_TA, True),
                        "25 hours a week",
                        "Teaching assistant",
                        "Element 3 top-up from Kestleigh County Council",
                    ],
                    [
                        ("F", F3_POS, True),
                        "Twice a day, mid-morning and mid-afternoon, 20 minutes each",
                        "Two teaching assistants trained in moving and handling",
                        "School's delegated SEN budget",
                    ],
                    [
                        ("F", F3_ROOMS, True),
                        "Every lesson, every day",
                        "Timetabling staff",
                        "School",
                    ],
                    [("F", F3_EQUIP, False), "As required", "School", "Element 3 top-up"],
                    [("F", F3_PE, False), "Where possible", "PE department", "School"],
                    [("F", F3_PASTORAL, False), "Regularly", "Pastoral team", "School"],
                ],
                [0.4, 0.22, 0.2, 0.18],
                True,
            ),
            _dot("G"),
            ("S", "G", G3_STRETCH),
            ("p", G3_HYDRO),
            ("p", G3_POSTURE),
            ("p", G3_EYEGAZE),
            _dot("H1"),
            ("S", "H1", H13_PA),
            ("p", H13_FERN),
            _dot("H2"),
            ("S", "H2", H23_TRANS),
            _dot("I"),
            ("S", "I", "Hollin Vale Academy, Moor Road, Kestleigh (mainstream academy, 11 to 18)."),
            _dot("J"),
            (
                "S",
                "J",
                "Kai's Saturday personal assistant is paid for through a direct payment to his parents.",
            ),
            _dot("K"),
            (
                "S",
                "K",
                "Advice from Ms Gwen Ashdown, specialist neuromuscular physiotherapist (September 2026); Mr Farouk Bellamy, occupational therapist (September 2026); Ms Niamh Corrigan, social worker (August 2026); Kai and his parents.",
            ),
        ],
    ),
    reports=[
        dict(
            file=PH3,
            footer="Kestleigh Community Health NHS Trust - Children's Physiotherapy - K Wetherall - page {n} of {m}",
            author="G Ashdown",
            accent="005EB8",
            blocks=[
                ("org", "Kestleigh Community Health NHS Trust - Children's Physiotherapy"),
                ("small", "Neuromuscular Service, Kestleigh General Hospital - 01632 960862"),
                ("title", "Physiotherapy Report for EHC Needs Assessment"),
                (
                    "p",
                    "Name: Kai Wetherall. DOB: 19/01/2011. NHS number: 999 551 0376. Seen at school on 14 September and in clinic on 21 September 2026 by Gwen Ashdown, Specialist Neuromuscular Physiotherapist.",
                ),
                ("h", 2, "History"),
                (
                    "p",
                    [
                        X(
                            "Kai was diagnosed with Duchenne muscular dystrophy at the age of four, after his nursery noticed he had difficulty climbing stairs.",
                            "history",
                        ),
                        X(
                            "He has had hydrotherapy once a week at the Kestleigh General Hospital pool since 2024.",
                            "support already in place",
                        ),
                        X(
                            "His mother reported that the night splints he tried in 2025 disturbed his sleep so badly that they were stopped after a month.",
                            "option tried and stopped",
                        ),
                    ],
                ),
                ("h", 2, "Assessment"),
                (
                    "p",
                    [
                        N(
                            "Kai has Duchenne muscular dystrophy, and his muscle strength is declining; he has not walked since he was eleven and uses a powered wheelchair for all his mobility.",
                            "sensory_physical",
                            B3_DMD,
                        ),
                        N(
                            "He can no longer lift his arms above shoulder height, so he cannot reach a standard keyboard on a desk or raise his hand in class.",
                            "sensory_physical",
                            B3_ARMS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "His lung function test in May showed a forced vital capacity of 68 per cent of predicted.",
                            "test result",
                        ),
                        X(
                            "His spinal curve measured 22 degrees in July, unchanged from January, and the spinal team have decided to watch it rather than operate.",
                            "test result; option deferred",
                        ),
                        N(
                            "Kai cannot safely stay in the same sitting position for more than two hours at a time, because of the risk to his skin and to the curve in his spine.",
                            "sensory_physical",
                            B3_SIT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Kai tires quickly, and by the afternoon he is noticeably slower to drive his chair and to use his eye-gaze system.",
                            "sensory_physical",
                            None,
                        ),
                        X(
                            "He drives his powered chair with great skill and passed the wheelchair service's outdoor driving assessment in June.",
                            "strength",
                        ),
                        X(
                            "Kai's mother said that he now sleeps through the night since his lying support was adjusted in the spring.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations and reasons"),
                (
                    "p",
                    [
                        R(
                            "Ms Ashdown recommends that Kai's daily stretching programme continues, carried out by trained staff at school and by his parents at home, and reviewed by the physiotherapist every half term.",
                            "health",
                            "not_educational",
                            G3_STRETCH,
                            section="G",
                        ),
                        X(
                            "Stretching slows the tightening of his ankles and hips, which would otherwise make sitting painful within a year or two.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Weekly hydrotherapy at the hospital pool should continue, as it is the only exercise Kai can still do against resistance without strain.",
                            "health",
                            "not_educational",
                            G3_HYDRO,
                            section="G",
                        ),
                        R(
                            "She recommends that his 24-hour postural management plan, including his night-time lying support and the standing frame he uses at home, is reviewed every six months.",
                            "health",
                            "not_educational",
                            G3_POSTURE,
                            section="G",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Kai should take part in PE through an adapted programme of boccia and powerchair football skills, planned with the physiotherapist and led by a PE teacher, in both of his weekly PE lessons.",
                            "sensory_physical",
                            "not_specific",
                            F3_PE,
                        ),
                        X(
                            "He told her that sitting out of PE with a worksheet is the part of the week he hates most.",
                            "reported speech: reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Because of his fatigue, Kai should have 25 per cent extra time, a ten-minute rest break every hour and the use of his eye-gaze computer in a separate room in all tests and examinations.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        X(
                            "His GCSE courses start in earnest this year, and the school must apply for these arrangements in good time.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Ms Ashdown considered recommending a standing frame in school as well as at home, but decided against it: the transfers it needs would take twenty minutes from each lesson, and he stands at home every evening.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                (
                    "p",
                    "Gwen Ashdown MCSP, HCPC PH088214, Specialist Neuromuscular Physiotherapist, 28 September 2026",
                ),
            ],
        ),
        dict(
            file=OT3,
            style="headed",
            footer="Kestleigh Children's Occupational Therapy - seating, hoisting and access - Kai Wetherall",
            author="F Bellamy",
            accent="6A1B9A",
            blocks=[
                ("org", "Kestleigh Children's Occupational Therapy Service"),
                ("small", "Kestleigh Child Development Centre, Hawthorn Road - 01632 960873"),
                ("title", "Occupational Therapy Report: Seating, Hoisting and Access at School"),
                (
                    "kv",
                    [
                        ("Young person", "Kai Wetherall, Year 10, Hollin Vale Academy"),
                        (
                            "Occupational therapist",
                            "Farouk Bellamy, Highly Specialist OT (HCPC OT71930)",
                        ),
                        ("Seen", "School, 16 and 23 September 2026; home, 18 September 2026"),
                    ],
                ),
                ("h", 1, "Equipment Kai already has"),
                (
                    "grid",
                    [
                        ["Item", "Where", "Condition"],
                        [
                            "Powered wheelchair with tilt, moulded seat and mini-joystick",
                            "Everywhere",
                            "Good; serviced July 2026",
                        ],
                        [
                            "Ceiling track hoist and changing plinth",
                            "School hygiene room",
                            "Good; inspected March 2026",
                        ],
                        [
                            "Eye-gaze computer with a wheelchair mount",
                            "School and home",
                            "Mount loose; reported to the AAC service",
                        ],
                        ["Through-floor lift, wet room, ceiling hoist", "Home", "Good"],
                    ],
                    [0.46, 0.24, 0.3],
                ),
                ("h", 1, "What I found"),
                (
                    "bul",
                    [
                        [
                            N(
                                "Kai can no longer take any weight through his legs, so every transfer needs a ceiling or mobile hoist and two trained adults.",
                                "sensory_physical",
                                B3_HOIST,
                            ),
                            X(
                                "The school fitted a ceiling hoist and a height-adjustable changing plinth in the hygiene room in 2025, and both are in good order.",
                                "support already in place",
                            ),
                        ],
                        [
                            N(
                                "His handwriting is limited to a few words before his hand tires, so his eye-gaze computer is now his main way of recording work.",
                                "sensory_physical",
                                B3_WRITE,
                            ),
                            X(
                                "The trouble he had last year steering with the standard joystick was solved when the wheelchair service fitted a mini-joystick.",
                                "resolved difficulty",
                            ),
                        ],
                        [
                            N(
                                "His eye-gaze accuracy drops when he is tired or when sunlight falls on the screen, and he then makes many errors and gives up on the task.",
                                "sensory_physical",
                                None,
                            ),
                            "I saw this in a science lesson by the window.",
                        ],
                        N(
                            "Kai needs help with all personal care at school, including using the toilet, and he finds asking for it embarrassing.",
                            "sensory_physical",
                            B3_CARE,
                        ),
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Who and how often", "Reason"],
                        [
                            R(
                                "Kai should come out of his wheelchair for a 20-minute change of position on the plinth in the hygiene room, using the ceiling hoist.",
                                "sensory_physical",
                                "specific",
                                F3_POS,
                            ),
                            "Two staff trained in moving and handling; twice a day, mid-morning and mid-afternoon",
                            "To protect his skin and spine (see the physiotherapy report)",
                        ],
                        [
                            R(
                                "A trained teaching assistant should be with Kai throughout the school day to help with positioning, personal care, setting up his eye-gaze and moving between lessons.",
                                "sensory_physical",
                                "less",
                                F3_TA,
                            ),
                            "Teaching assistant trained in moving and handling and eye-gaze; 32.5 hours a week",
                            "Kai cannot manage any of these tasks alone at any point in the day",
                        ],
                        [
                            R(
                                "Every teaching room Kai uses should have a height-adjustable desk, and his eye-gaze computer should be mounted on his wheelchair with a glare screen.",
                                "sensory_physical",
                                "not_specific",
                                F3_EQUIP,
                            ),
                            "School to buy and fit by January 2027; OT to check set-up each term",
                            "So that he can work at the same table as his classmates",
                        ],
                        [
                            R(
                                "Kai should be taught to direct his own care, telling staff how he wants to be hoisted and positioned, using a care passport he writes himself.",
                                "other",
                                "missing_from_f",
                            ),
                            "Teaching assistant, one 20-minute session a week",
                            "Preparation for adulthood: he will direct his own personal assistants as an adult",
                        ],
                        [
                            R(
                                "Kai should be taught to use his eye-gaze system for writing, maths and science, with direct teaching from a specialist teacher of assistive technology.",
                                "sensory_physical",
                                "wrong_section",
                                G3_EYEGAZE,
                                section="G",
                            ),
                            "Specialist teacher; 30 minutes a week",
                            "He uses it well for games but slowly for written work",
                        ],
                    ],
                    [0.44, 0.3, 0.26],
                ),
                (
                    "bul",
                    [
                        X(
                            "I looked at whether a second, manual wheelchair should be kept at school for emergencies, and advised against it, as Kai cannot sit safely in a chair without his moulded seat.",
                            "option considered and rejected",
                        ),
                        X(
                            "His home already has a through-floor lift and a wet room, paid for by a Disabled Facilities Grant in 2024, so I have made no recommendations for home.",
                            "support already in place",
                        ),
                    ],
                ),
                (
                    "p",
                    "Farouk Bellamy, Highly Specialist Occupational Therapist, 30 September 2026",
                ),
            ],
        ),
        dict(
            file=SW3,
            style="headed",
            footer="Kestleigh Children with Disabilities Team - assessment - page {n} of {m}",
            author="N Corrigan",
            accent="8B0000",
            blocks=[
                ("org", "Kestleigh County Council - Children with Disabilities Team"),
                ("small", "Shire Hall, Kestleigh - 01632 960884"),
                ("title", "Social Worker's Needs Assessment (Children Act 1989, section 17)"),
                (
                    "p",
                    "Kai Wetherall, 15. Assessment by Niamh Corrigan, social worker, completed 19 August 2026 after visits on 29 July and 12 August.",
                ),
                ("h", 1, "Family and home"),
                (
                    "p",
                    [
                        "Kai lives with his parents and his sister Amber, who is 11.",
                        X(
                            "Mr Wetherall gave up his job as a lorry driver in 2025 to care for Kai during the day.",
                            "background: carers' circumstances",
                        ),
                        X(
                            "The family had a break of four nights at a hospice for children with life-limiting conditions in April, which they described as a lifeline.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 1, "What Kai told me"),
                (
                    "p",
                    [
                        N(
                            "Kai has become low in mood since he lost the use of his arms for eating, and he told me he feels left out because his friends go into town without him.",
                            "semh",
                            B3_MOOD,
                        ),
                        "He cannot go anywhere without an adult who can hoist him and take him to the toilet, and at present that is always his mum or dad.",
                    ],
                ),
                ("h", 1, "My recommendations"),
                (
                    "p",
                    [
                        R(
                            "I recommend a personal assistant trained in hoisting for six hours every Saturday, so that Kai can go to the cinema and the youth club with his friends.",
                            "social_care",
                            "not_educational",
                            H13_PA,
                            section="H1",
                        ),
                        R(
                            "I also recommend an overnight short break at Fernlea House, which has ceiling hoists and night staff trained in turning, one weekend every month.",
                            "social_care",
                            "not_educational",
                            H13_FERN,
                            section="H1",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "In school, I recommend that Kai has a weekly session with the school counsellor or a trusted mentor, so that he has somewhere to talk about how his condition makes him feel.",
                            "semh",
                            "not_specific",
                            F3_PASTORAL,
                        ),
                        R(
                            "The Transitions Team should begin Kai's Care Act assessment in Year 11, so that his support carries on without a gap when he turns 18.",
                            "social_care",
                            "not_educational",
                            H23_TRANS,
                            section="H2",
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "A residential short break of a full week in the summer was discussed, and Kai said no, because he did not want to miss powerchair football training.",
                        "option considered and rejected",
                    ),
                ),
                (
                    "p",
                    "Niamh Corrigan, Social Worker, Children with Disabilities Team, 19 August 2026",
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalaz-04: Ravensholm City Council; Ruby Castellanos-Hale, 17, cerebral palsy and CVI
# layout "ehcp-prefix-letter-headings-labelled-provision": headings "EHCP Section B: Special
# Educational Needs" in title case; each F provision is a group of labelled lines
# (Provision: / Who: / How often:), so its quantity sits on the lines below the provision.
# ---------------------------------------------------------------------------

B4_CVI = "Ruby's eyes work, but her brain struggles to make sense of what she sees, particularly when there is a lot to look at."
B4_FIELD = "Ruby sees most in the bottom left of her view, and she may look away from something just before she reaches for it."
B4_BOOK = "Ruby cannot find the picture she wants on a busy page of her communication book."
B4_SEAT = "Ruby has cerebral palsy affecting her whole body, and she needs a specially shaped wheelchair seat and head rest to sit up."
B4_MOVE = "Ruby cannot get about on her own; staff push her wheelchair."
B4_HAND = "Ruby can only make a rough sweep with her right hand, so she cannot point to one picture or press a small button."
B4_TALK = "Ruby says yes and no by turning her head and uses her communication book with an adult, but she cannot start a conversation or get someone's attention on her own."
B4_LEARN = "Ruby has severe learning difficulties and learns best by doing the same real activity many times."

F4_PRESENT = "Learning materials shown to Ruby one at a time against a plain black background, to her lower left, with at least ten seconds for her to look."
F4_QTVI = "Advice to staff from a qualified teacher of the visually impaired."
F4_BOOK = "Adaptations to Ruby's communication book as appropriate."
F4_HOIST = "Two staff trained in moving and handling, using the ceiling track hoist and Ruby's own sling, for every transfer, and a change of position out of her wheelchair."
F4_SALT = "Speech and language therapy input."
F4_INDEP = "Opportunities to develop her independence skills."
F4_TRANS = "A transition programme of ten visits to her college, the first five with her Fernside key worker."

G4_SWITCH = "Ravensholm Children's Occupational Therapy will provide a switch-access programme so that Ruby learns to use two head switches to operate a talking communication aid and make choices."
G4_CHAIR = "The Ravensholm wheelchair service will assess Ruby for a powered wheelchair with head-array controls by March 2027."
G4_POSTURE = "The physiotherapist will review Ruby's 24-hour postural management, including her sleep system and standing frame, every six months."
G4_HYDRO = "Ruby will have hydrotherapy once a week in the Fernside School pool with a physiotherapy assistant."

H14_BREAK = "Ravensholm Children's Disability Service will provide two nights a month of overnight short breaks at Birchwood Lodge until Ruby is 18."
H24_CARE = "Ravensholm Adult Social Care's Transitions Team will complete Ruby's Care Act assessment by May 2027, so that the care she will need at college can be agreed."

QT4 = "qtvi_report.docx"
OT4 = "ot_seating_hoisting_report.pdf"
CO4 = "college_transition_assessment.pdf"

HEAD4 = {
    "A": "EHCP Section A: Views, Interests and Aspirations",
    "B": "EHCP Section B: Special Educational Needs",
    "C": "EHCP Section C: Health Needs",
    "D": "EHCP Section D: Social Care Needs",
    "E": "EHCP Section E: Outcomes",
    "F": "EHCP Section F: Special Educational Provision",
    "G": "EHCP Section G: Health Provision",
    "H1": "EHCP Section H1: Social Care Provision (Section 2, Chronically Sick and Disabled Persons Act 1970)",
    "H2": "EHCP Section H2: Other Social Care Provision",
    "I": "EHCP Section I: Placement",
    "J": "EHCP Section J: Personal Budget",
    "K": "EHCP Section K: Advice and Information",
}


def _ehcp(sid: str) -> tuple:
    return ("H", sid, HEAD4[sid], "h2")


def _prov(marker: tuple, who: str, often: str) -> list:
    return [
        ("lab", "Provision", marker),
        ("lab", "Who", who),
        ("lab", "How often", often),
        ("gap",),
    ]


CASE_04 = dict(
    name="case-evalaz-04",
    layout="ehcp-prefix-letter-headings-labelled-provision",
    summary=(
        "Ravensholm City Council; Ruby Castellanos-Hale, 17, Year 13 in the sixth form of Fernside School, a "
        "special school, with a place at Linden Park College, a specialist college, planned for September 2028 "
        "(four-limb cerebral palsy, cerebral visual impairment, severe learning difficulties, communication "
        "with a PODD book and head turns, hoisting, sensitivity to noise). Headings 'EHCP Section B: Special "
        "Educational Needs' in title case; each provision in Section F is a group of labelled lines "
        "(Provision: / Who: / How often:). A qualified teacher of the visually impaired's report on CVI "
        "(.docx, bullets with the reasons mixed in and options considered), an occupational therapist's "
        "seating and hoisting report (.pdf, Plan A / Plan B options, then a Recommendation / Outcome table) "
        "and a specialist college's transition assessment (.pdf, first person plural)."
    ),
    note="The switch-access programme, recommended by the occupational therapist to be taught daily by Ruby's class teaching assistant, stands in Section G as an OT service offer: provision in the wrong section. The wheelchair assessment, postural management review and hydrotherapy in G are correctly health provision; the short breaks in H1 (Ruby is 17) and the Care Act assessment in H2 are correctly social care. The QTVI's visits are in F at two hours each half term against two hours every fortnight; the labelled How often line carries the quantity.",
    plan=dict(
        file="plan.pdf",
        header="Ravensholm City Council - Education, Health and Care Plan - Ruby Castellanos-Hale",
        footer="EHCP - amended following annual review - issued 20 November 2026 - page {n} of {m}",
        author="Ravensholm SEND Service",
        title="EHCP - Ruby Castellanos-Hale",
        sans=True,
        accent="8E2C48",
        blocks=[
            ("org", "Ravensholm City Council - SEND Service"),
            ("title", "Education, Health and Care Plan (EHCP)"),
            (
                "kv",
                [
                    ("Young person", "Ruby Castellanos-Hale"),
                    ("Date of birth", "5 May 2009"),
                    ("NHS number", "999 830 4162"),
                    ("Current placement", "Fernside School sixth form, Year 13"),
                    ("Parent", "Mrs Marisol Castellanos-Hale, 7 Tanner's Yard, Ravensholm"),
                    (
                        "EHC coordinator",
                        "Mr Gethin Rowlands, 01632 960912, ehcp@ravensholm.example.org",
                    ),
                ],
            ),
            _ehcp("A"),
            (
                "S",
                "A",
                "Ruby loves music with a strong beat, the feel of water and being with her big brother, and she laughs when people make silly voices.",
            ),
            (
                "p",
                "Ruby told us, using her communication book with her key worker, that she wants to 'go to college', 'see friends' and 'do my own choosing'. Her mother hopes Ruby will go to a college where she can keep learning and be cared for well, and later live near home with support.",
            ),
            _ehcp("B"),
            ("S", "B", "Ruby's needs are described below under four headings."),
            ("b", "Vision"),
            ("p", [B4_CVI, B4_FIELD]),
            ("b", "Communication"),
            ("p", [B4_TALK, B4_BOOK]),
            ("b", "Learning"),
            ("p", B4_LEARN),
            ("b", "Physical"),
            ("p", [B4_SEAT, B4_MOVE]),
            ("p", B4_HAND),
            _ehcp("C"),
            (
                "S",
                "C",
                "Ruby has four-limb cerebral palsy and epilepsy, for which she takes two medicines and has a rescue medicine plan; she is under the neurology team and the community physiotherapy service.",
            ),
            _ehcp("D"),
            (
                "S",
                "D",
                "Ruby needs two trained carers for all her personal care, day and night, and her mother, a single parent, needs regular breaks from caring.",
            ),
            _ehcp("E"),
            (
                "S",
                "E",
                "By July 2027 Ruby will find and look at one object placed to her lower left within ten seconds, in four out of five attempts.",
            ),
            (
                "p",
                "By July 2027 Ruby will use a head switch to ask for 'more' or 'finished' during a meal.",
            ),
            (
                "p",
                "By September 2028 Ruby will have settled at college and will make a choice of activity each day.",
            ),
            _ehcp("F"),
            (
                "S",
                "F",
                "Fernside School will make this provision until Ruby leaves in July 2028; the provision for her move to college is at the end.",
            ),
            *_prov(
                ("F", F4_PRESENT, True), "Class teacher and teaching assistants", "Every lesson"
            ),
            *_prov(
                ("F", F4_QTVI, True),
                "Qualified teacher of the visually impaired, two hours",
                "Each half term",
            ),
            *_prov(("F", F4_BOOK, False), "School staff", "When needed"),
            *_prov(
                ("F", F4_HOIST, True),
                "Two teaching assistants trained by the school's moving and handling lead",
                "Every transfer; change of position at least twice a day",
            ),
            *_prov(
                ("F", F4_SALT, False), "Speech and language therapist", "As agreed with the school"
            ),
            *_prov(("F", F4_INDEP, False), "Class team", "Across the week"),
            *_prov(
                ("F", F4_TRANS, True),
                "Linden Park College and Fernside School",
                "Spring and summer terms 2028",
            ),
            _ehcp("G"),
            ("S", "G", G4_CHAIR),
            ("p", G4_POSTURE),
            ("p", G4_HYDRO),
            ("p", G4_SWITCH),
            _ehcp("H1"),
            ("S", "H1", H14_BREAK),
            _ehcp("H2"),
            ("S", "H2", H24_CARE),
            _ehcp("I"),
            (
                "S",
                "I",
                "Fernside School, Ravensholm (community special school, 2 to 19) until July 2028; then Linden Park College (independent specialist post-16 institution), subject to the college's offer.",
            ),
            _ehcp("J"),
            (
                "S",
                "J",
                "Ruby's mother has asked for a personal budget for Ruby's short breaks; this is being assessed.",
            ),
            _ehcp("K"),
            (
                "S",
                "K",
                "Advice from Mrs Leonie Ferreira-Watts, QTVI (October 2026); Mr Callum Ostrowski, occupational therapist (October 2026); Linden Park College transition assessment (September 2026); Ruby and her mother.",
            ),
        ],
    ),
    reports=[
        dict(
            file=QT4,
            footer="Ravensholm Vision Support Team - CVI advice - Ruby Castellanos-Hale",
            author="L Ferreira-Watts",
            accent="1F3A93",
            blocks=[
                ("org", "Ravensholm Vision Support Team"),
                (
                    "small",
                    "Oakwood Centre, Ravensholm - 01632 960921 - vision.support@ravensholm.example.org",
                ),
                ("title", "Specialist Teacher Advice: Cerebral Visual Impairment"),
                (
                    "p",
                    "Ruby Castellanos-Hale, 17, Fernside School. Written by Leonie Ferreira-Watts, Qualified Teacher of the Visually Impaired, after observing Ruby on 1 and 8 October 2026 and completing the CVI Range with her class team.",
                ),
                ("b", "Background"),
                (
                    "p",
                    [
                        X(
                            "Ruby was diagnosed with cerebral visual impairment at the age of six, after an eye examination showed that her eyes themselves were healthy.",
                            "history",
                        ),
                        X(
                            "Her CVI Range score has risen from 3 to 5 over the past four years, which shows that her use of vision is still developing.",
                            "test result: progress",
                        ),
                    ],
                ),
                ("b", "What I saw"),
                (
                    "bul",
                    [
                        N(
                            "Ruby has cerebral visual impairment: her eyes are healthy, but her brain has difficulty making sense of what she sees, especially when there is a lot to look at.",
                            "sensory_physical",
                            B4_CVI,
                        ),
                        [
                            N(
                                "She sees best in her lower left field and often turns her head away from an object just before she reaches for it.",
                                "sensory_physical",
                                B4_FIELD,
                            ),
                            "Staff sometimes take this to mean she has lost interest, which is not the case.",
                        ],
                        N(
                            "Ruby needs time to look: she takes up to ten seconds to fix on a new object, and longer when she is tired or unwell.",
                            "sensory_physical",
                            None,
                        ),
                        [
                            N(
                                "Because of visual crowding, she cannot pick out one symbol on a page holding more than about eight, which limits how well she can use her PODD communication book.",
                                "communication_interaction",
                                B4_BOOK,
                            ),
                            X(
                                "She picks out a single red object on a black tray almost every time, and she clearly enjoys doing so.",
                                "strength",
                            ),
                        ],
                    ],
                ),
                ("b", "What I recommend, and why"),
                (
                    "bul",
                    [
                        [
                            R(
                                "Everything Ruby is asked to look at should be shown one item at a time against a plain black background, in her lower left field, with a pause of at least ten seconds before anyone prompts her.",
                                "sensory_physical",
                                "specific",
                                F4_PRESENT,
                            ),
                            X(
                                "This is because clutter and hurry are the two things that most reduce what she can see.",
                                "reason for a recommendation",
                            ),
                        ],
                        R(
                            "A qualified teacher of the visually impaired should work with Ruby and her class team for two hours every fortnight, to set her vision targets and model the approaches.",
                            "sensory_physical",
                            "less",
                            F4_QTVI,
                        ),
                        [
                            R(
                                "Her PODD book should be redesigned before she moves to college, with no more than eight symbols on a page, bold outlines and a black background, by the QTVI and her speech and language therapist working together.",
                                "communication_interaction",
                                "not_specific",
                                F4_BOOK,
                            ),
                            X(
                                "The current book has twenty symbols a page and was designed before her CVI was understood.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "All staff who work with Ruby should have CVI training from the QTVI at least once a year, and whenever new staff join her team.",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            "Ruby is supported by eleven different adults across the week.",
                        ],
                    ],
                ),
                ("b", "Options I considered"),
                (
                    "p",
                    [
                        X(
                            "I considered whether Ruby should move to a high-tech eye-gaze communication aid instead of her book, and decided that she is not ready: her looking is too slow and too variable for eye-gaze to be reliable at present.",
                            "option considered and rejected",
                        ),
                        X(
                            "A period of teaching in a darkened room with lit objects was also considered and not recommended, because Ruby now uses her vision well enough in an ordinary room if it is kept uncluttered.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "At home, her family might put a black tablecloth on the table at mealtimes so that her plate and cup stand out.",
                            "sensory_physical",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Leonie Ferreira-Watts, QTVI, 15 October 2026"),
            ],
        ),
        dict(
            file=OT4,
            style="headed",
            footer="Ravensholm Community OT - seating and hoisting - R Castellanos-Hale - page {n} of {m}",
            author="C Ostrowski",
            accent="00695C",
            blocks=[
                ("org", "Ravensholm Community Health - Occupational Therapy"),
                ("small", "Hollybank Clinic, Ravensholm - 01632 960933"),
                ("title", "Occupational Therapy Report: Seating, Hoisting and Access"),
                (
                    "p",
                    "Ruby Castellanos-Hale (DOB 05/05/2009, NHS 999 830 4162). Seen at Fernside School on 6 and 13 October 2026 by Callum Ostrowski, Specialist Occupational Therapist.",
                ),
                ("h", 1, "Assessment"),
                (
                    "p",
                    [
                        N(
                            "Ruby has four-limb cerebral palsy and cannot sit without full postural support; she uses a tilt-in-space wheelchair with a moulded seat and a head support.",
                            "sensory_physical",
                            B4_SEAT,
                        ),
                        N(
                            "She cannot move herself around school, and at present an adult pushes her everywhere.",
                            "sensory_physical",
                            B4_MOVE,
                        ),
                        N(
                            "Ruby's hand use is limited to a sweeping movement of her right arm, so she cannot point accurately to a symbol or press a small switch.",
                            "sensory_physical",
                            B4_HAND,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Her new moulded seat, fitted in June, has ended the leaning to the left that caused her pain last year.",
                            "resolved difficulty",
                        ),
                        X(
                            "She controls her head well when she is well supported, and she can hold it up for the whole of a 40-minute lesson.",
                            "strength",
                        ),
                        X(
                            "She had surgery on both hips in 2022 and has been free of hip pain since.",
                            "history: resolved",
                        ),
                    ],
                ),
                ("h", 1, "Options for independent mobility"),
                (
                    "p",
                    [
                        X(
                            "Plan A would be to ask the wheelchair service to assess Ruby for a powered chair with a head-array control now, while she is still at Fernside and known to the local team.",
                            "option considered",
                        ),
                        X(
                            "Plan B would be to leave the assessment until she has settled at college in 2028.",
                            "option considered and rejected",
                        ),
                        X(
                            "I prefer Plan A, because a chair of this kind takes many months to prescribe and build, and Ruby's interest in moving by herself is high now.",
                            "reason for choosing between options",
                        ),
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Outcome it supports"],
                        [
                            R(
                                "Every transfer should be done by two staff trained in moving and handling, using the ceiling track hoist and Ruby's own sling, and she should come out of her wheelchair to change position at least twice a day.",
                                "sensory_physical",
                                "specific",
                                F4_HOIST,
                            ),
                            "Comfort, skin and posture through the school day",
                        ],
                        [
                            R(
                                "Ruby should be taught to use two head switches to operate a talking communication aid and to make choices, in a 15-minute session every day led by her class teaching assistant, with targets set by me each term.",
                                "communication_interaction",
                                "wrong_section",
                                G4_SWITCH,
                                section="G",
                            ),
                            "Asking for 'more' or 'finished' at meals",
                        ],
                        [
                            R(
                                "The wheelchair service should assess Ruby for a powered chair with a head-array control before she leaves school.",
                                "health",
                                "not_educational",
                                G4_CHAIR,
                                section="G",
                            ),
                            "Moving around college by herself",
                        ],
                        [
                            R(
                                "Ruby's 24-hour postural management, including her sleep system and standing frame, should be reviewed by her physiotherapist every six months.",
                                "health",
                                "not_educational",
                                G4_POSTURE,
                                section="G",
                            ),
                            "Keeping her hips and spine comfortable",
                        ],
                        [
                            R(
                                "She should continue to have weekly hydrotherapy in the school pool with the physiotherapy assistant.",
                                "health",
                                "not_educational",
                                G4_HYDRO,
                                section="G",
                            ),
                            "It is the only time Ruby can move her limbs freely",
                        ],
                    ],
                    [0.68, 0.32],
                ),
                (
                    "p",
                    "Callum Ostrowski, Specialist Occupational Therapist (HCPC OT66104), 20 October 2026",
                ),
            ],
        ),
        dict(
            file=CO4,
            footer="Linden Park College - transition assessment - confidential - page {n}",
            author="Linden Park College",
            accent="5D4037",
            blocks=[
                ("org", "Linden Park College"),
                (
                    "small",
                    "Specialist further education for young people with complex physical and sensory needs - 01632 960944",
                ),
                ("title", "Transition Assessment Report"),
                (
                    "p",
                    "Applicant: Ruby Castellanos-Hale. Assessment: two days at the college, 22 and 23 September 2026, with her key worker from Fernside. Written by our assessment team: Tamsin Okafor-Reid (Head of Admissions), with our speech and language therapist and physiotherapist.",
                ),
                ("h", 2, "What we learned about Ruby"),
                (
                    "p",
                    [
                        X(
                            "Ruby settled well on both days and laughed throughout the music session, which her key worker said is her favourite part of the week.",
                            "strength",
                        ),
                        X(
                            "At lunch our care staff followed the eating and drinking plan from her speech and language therapist, and she ate well.",
                            "support already in place",
                        ),
                        N(
                            "Ruby says yes and no reliably with head turns and uses her PODD book with a partner who reads out the choices, but she cannot start a conversation or call for help by herself.",
                            "communication_interaction",
                            B4_TALK,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "She is working at the level of early number and pre-reading skills, and she learns best through repeated, real-life experiences.",
                            "cognition_learning",
                            B4_LEARN,
                        ),
                        N(
                            "Ruby finds loud, busy spaces overwhelming: in the dining hall she closed her eyes and stopped responding for the rest of the session.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "What we think Ruby will need"),
                (
                    "p",
                    [
                        R(
                            "We recommend a transition programme of ten visits to Linden Park in the spring and summer terms of 2028, the first five with her Fernside key worker.",
                            "other",
                            "specific",
                            F4_TRANS,
                        ),
                        X(
                            "Ruby needs to meet her new staff several times with a familiar adult before she will respond to them.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Both now and at college, Ruby should be taught in a quiet base room away from the main corridor, with a ten-minute break in a low-stimulation space every hour.",
                            "semh",
                            "missing_from_f",
                        ),
                        R(
                            "A speech and language therapist should set and review Ruby's communication targets and work with her in class for an hour each fortnight.",
                            "communication_interaction",
                            "not_specific",
                            F4_SALT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Ruby's Care Act assessment should be completed during the coming year, as a residential place depends on the care package being agreed.",
                            "social_care",
                            "not_educational",
                            H24_CARE,
                            section="H2",
                        ),
                        X(
                            "We considered a day place with transport, but the journey of 75 minutes each way would leave Ruby too tired to learn, and we agree with her mother that a weekly boarding place is better.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                (
                    "p",
                    "Tamsin Okafor-Reid, Head of Admissions, for Linden Park College, 30 September 2026",
                ),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
