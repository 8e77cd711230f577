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
                    ("Lives with (holidays)", "Mrs Grace Okoro (mother), 4 Saddler's Row, Calderwick"),
                    ("Plan coordinator", "Ms Aisling Dorrance, 01632 960731, send16-25@calderwick.example.org"),
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
                "He says: \"I present the Thursday show on college radio. I want people to hear me, not my wheelchair or my cane.\" His mother would like him to be safe and happy and to have a life of his own after college.",
            ),
            _h1("B"),
            ("S", "B", "This part sets out what Ellis finds hard in his learning and in becoming more independent."),
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
            ("p", "By July 2027 Ellis will read braille at 80 words a minute and send and open e-mails by himself."),
            ("p", "By July 2028 Ellis will achieve Functional Skills English at Level 1."),
            ("p", "By July 2028 Ellis will cook a simple meal and pay for his shopping with little help."),
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
                ("sub", "Beacon House, Mill Street, Calderwick - 01632 960742 - vision@calderwick.example.org"),
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
                ("sig", ["Nadia Farrow-Quist", "Qualified Teacher of the Visually Impaired (MQ VI), 17 June 2026"]),
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
                        ("Written by", "Joanna Whitcombe, Head of Learning Support, with Ellis's tutor and residential key worker"),
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
                        X("He presents his own show on the college radio station every Thursday.", "strength"),
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
                ("small", "County Buildings, Calderwick - 01632 960766 - transitions@calderwick.example.org"),
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

CASES = [CASE_01]
