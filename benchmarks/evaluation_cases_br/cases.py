# ruff: noqa: E501, N802
"""Set BR as data: alternative provision after exclusion, ages 11 to 16 (a 12-year-old
permanently excluded in Year 7 with ADHD and an unrecognised language disorder, now in a
pupil referral unit; a 14-year-old with trauma and criminal exploitation concerns on a
part-time AP timetable; a 15-year-old autistic girl in an online AP after school refusal),
in three plan layouts no earlier set has.

Every name, council, school, provider, service, NHS trust and professional is invented.
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
# case-evalbr-01: Kestrelford City Council; Tyler Ashworth, 12, permanently excluded in
# Year 7, now at a pupil referral unit. Layout
# "section-word-letter-colon-title-case-f-hours-table-total-row": Word headings
# "Section B: Special Educational Needs"; Section F one table Provision / Who / Hours a
# week, closed by a total row that comes to 15 hours.
# ---------------------------------------------------------------------------

B1_ATTN = "Tyler finds it hard to keep his attention on his work for more than a few minutes and often gets up and moves around the room."
B1_READ = "Tyler's reading is well behind that of other young people his age, and he will try to get out of reading in front of others."
B1_WRITE = "He writes very little in lessons and his handwriting is hard to read."
B1_TEMPER = "Tyler can lose his temper quickly when he is told off in front of others and needs time to calm down afterwards."
B1_INSTR = "Tyler often only takes in the first part of what an adult says to him, so he misses parts of longer instructions."
B1_WORDS = "Tyler does not know many of the words used in lessons, especially in maths and science."

F1_GROUP = "Tyler will be taught in a group of no more than six pupils, and a named member of staff will check in with him at the start of each lesson."
F1_READ = "Tyler will have a structured reading programme, one-to-one with a teaching assistant, for 20 minutes twice a week."
F1_HOURS = "Tyler will attend the Learning Centre for 15 hours a week, increasing as he is able."
F1_LAPTOP = "Tyler will have a laptop with speech-to-text software for every piece of written work longer than a paragraph."
F1_STEPS = "Adults will give Tyler instructions one step at a time, in the order he is to do them, and leave a written checklist on his desk."
F1_TRAIN = "Staff will have access to training on speech, language and communication needs."

G1_SALT = "The NHS speech and language therapy service will see Tyler for a block of therapy at the Learning Centre each term."
G1_MEDS = (
    "Dr Feroz Haque, community paediatrician, will review Tyler's ADHD medication every six months."
)

PRU1 = "pru_teacher_report.docx"
SLT1 = "salt_report.pdf"


def _sec1(sid: str, name: str) -> tuple:
    label = sid
    return ("H", sid, f"Section {label}: {name}", "h2")


CASE_01 = dict(
    name="case-evalbr-01",
    layout="section-word-letter-colon-title-case-f-hours-table-total-row",
    summary=(
        "Kestrelford City Council; Tyler Ashworth, 12, Year 7, permanently excluded from a mainstream academy in "
        "March 2026 and now at Kestrelford Learning Centre, a pupil referral unit (ADHD, an unrecognised language "
        "disorder, reading and writing, anger when corrected). Word headings 'Section B: Special Educational Needs'; "
        "Section F one table Provision / Who / Hours a week with a total row of 15 hours. A report from the PRU's "
        "teacher in charge (.docx, first person plural, bullets with reasons mixed in) and a speech and language "
        "therapist's report (.pdf, a Recommendation / Reason / Outcome it supports table)."
    ),
    note="The therapist's direct therapy block stands in Section G as an NHS offer: provision in the wrong section. The paediatrician's medication review in G is health provision. The 15 hours in F, 'increasing as he is able', is vague and short of full time.",
    plan=dict(
        file="plan.docx",
        footer="Kestrelford City Council - Education, Health and Care Plan - Tyler Ashworth - Final - 9 November 2026",
        author="Kestrelford SEN Assessment Team",
        title="EHC Plan - Tyler Ashworth",
        blocks=[
            ("org", "Kestrelford City Council - Special Educational Needs Assessment and Review"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Tyler Ashworth"),
                    ("Date of birth", "14 February 2014"),
                    ("NHS number", "999 613 2280"),
                    ("Year group", "Year 7 (in Year 8 from September 2027)"),
                    ("Parent", "Ms Dionne Ashworth, 7 Wharf Row, Kestrelford"),
                    ("Case officer", "Mr P Lindqvist, 01632 960512"),
                ],
            ),
            _sec1("A", "Views, Interests and Aspirations"),
            (
                "S",
                "A",
                "Tyler says he wants to go back to a 'normal school' and to be a mechanic like his uncle.",
            ),
            (
                "p",
                "His mum wants staff to understand that Tyler is not being rude on purpose and that he wants to learn.",
            ),
            _sec1("B", "Special Educational Needs"),
            ("S", "B", "Tyler has a diagnosis of ADHD, made when he was eight."),
            ("b", "Cognition and learning"),
            ("p", [B1_ATTN, B1_READ]),
            ("p", B1_WRITE),
            ("b", "Communication and interaction"),
            ("p", [B1_INSTR, B1_WORDS]),
            ("b", "Social, emotional and mental health"),
            ("p", B1_TEMPER),
            _sec1("C", "Health Needs"),
            ("S", "C", "Tyler takes a slow-release stimulant medicine each morning for his ADHD."),
            _sec1("D", "Social Care Needs"),
            (
                "S",
                "D",
                "Tyler is not known to children's social care and no social care needs have been identified.",
            ),
            _sec1("E", "Outcomes"),
            (
                "S",
                "E",
                "By July 2027 Tyler will follow a three-step instruction in class without needing it repeated.",
            ),
            (
                "p",
                "By July 2027 Tyler will read a Year 5 level book aloud to an adult with 90 per cent accuracy.",
            ),
            (
                "p",
                "By July 2027 Tyler will stay in the classroom for a whole lesson on four days out of five.",
            ),
            _sec1("F", "Special Educational Provision"),
            (
                "S",
                "F",
                "Kestrelford Learning Centre, as the alternative provision named in Section I, is responsible for arranging the provision below.",
            ),
            (
                "grid",
                [
                    ["Provision", "Who", "Hours a week"],
                    [("F", F1_HOURS, False), "Kestrelford Learning Centre", "15"],
                    [("F", F1_GROUP, True), "Centre teachers", "within the 15 hours"],
                    [("F", F1_READ, True), "Teaching assistant", "0.7"],
                    [("F", F1_STEPS, True), "All adults", "throughout"],
                    [("F", F1_LAPTOP, True), "Centre staff", "throughout"],
                    [("F", F1_TRAIN, False), "Centre staff", "-"],
                    ["Total taught time", "", "15 hours"],
                ],
                [0.6, 0.22, 0.18],
            ),
            _sec1("G", "Health Provision"),
            ("S", "G", G1_MEDS),
            ("p", G1_SALT),
            _sec1(
                "H1",
                "Social Care Provision (section 2, Chronically Sick and Disabled Persons Act 1970)",
            ),
            ("S", "H1", "No provision is required under this heading."),
            _sec1("H2", "Other Social Care Provision"),
            ("S", "H2", "No other social care provision is required."),
            _sec1("I", "Placement"),
            (
                "S",
                "I",
                "Alternative provision: Kestrelford Learning Centre (pupil referral unit), Canal Street, Kestrelford.",
            ),
            _sec1("J", "Personal Budget"),
            ("S", "J", "Ms Ashworth has not asked for a personal budget."),
            _sec1("K", "Advice and Information"),
            (
                "S",
                "K",
                "Report from Mrs Rachel Okonjo, teacher in charge, Kestrelford Learning Centre (September 2026); report from Ms Hanna Sørby, speech and language therapist (October 2026); parent's views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=PRU1,
            style="headed",
            footer="Kestrelford Learning Centre - advice for EHC needs assessment - Tyler Ashworth",
            author="R Okonjo",
            blocks=[
                ("org", "Kestrelford Learning Centre"),
                ("small", "Canal Street, Kestrelford - 01632 960540 - office@klc.example.org"),
                ("title", "Educational Advice: Teacher in Charge"),
                (
                    "kv",
                    [
                        ("Pupil", "Tyler Ashworth, Year 7"),
                        ("Joined the Centre", "20 April 2026"),
                        ("Written by", "Rachel Okonjo, teacher in charge"),
                        ("Date", "24 September 2026"),
                    ],
                ),
                ("h", 1, "How Tyler came to us"),
                (
                    "p",
                    [
                        X(
                            "Tyler was permanently excluded in March 2026 after an incident in which he threw a chair in a science lesson.",
                            "history",
                        ),
                        X(
                            "Before that he had had four fixed-term suspensions in his first two terms of secondary school.",
                            "history",
                        ),
                        "We have worked with him for five months.",
                    ],
                ),
                ("h", 1, "What is going well"),
                (
                    "p",
                    [
                        X(
                            "Since joining the Centre he has had no suspensions, and his attendance this term is 94 per cent.",
                            "progress",
                        ),
                        X(
                            "He is a talented footballer and plays for a Sunday league team, and he is kind to younger pupils.",
                            "strength",
                        ),
                        X(
                            "Earlier worries about his sleep have settled since his medication was changed in May.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 1, "What we see in class"),
                (
                    "bul",
                    [
                        N(
                            "Tyler cannot stay on a task for more than five or six minutes without an adult beside him, and even in a group of eight he is out of his seat several times in every lesson.",
                            "cognition_learning",
                            B1_ATTN,
                        ),
                        N(
                            "He reads at around the level of an eight-year-old and avoids any task that involves reading aloud.",
                            "cognition_learning",
                            B1_READ,
                        ),
                        [
                            N(
                                "His written output is very limited: in forty minutes he will produce three or four lines, with poorly formed letters.",
                                "cognition_learning",
                                B1_WRITE,
                            ),
                            "This is far below what he can tell you orally when he is calm.",
                        ],
                        N(
                            "When he is corrected in front of others he reacts within seconds, swearing or leaving the room, and it takes him twenty minutes or more to settle.",
                            "semh",
                            B1_TEMPER,
                        ),
                        N(
                            "Tyler has no safe way yet to tell staff he is becoming overwhelmed, so we usually notice only when he has already walked out.",
                            "semh",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "He already has a movement break after every lesson, which has cut the number of times he leaves the room.",
                            "support already in place",
                        ),
                        "We did not have the speech and language findings when he arrived, and in hindsight much of what we logged as defiance was Tyler not following what had been said.",
                    ],
                ),
                ("h", 1, "What we recommend"),
                (
                    "bul",
                    [
                        [
                            R(
                                "Tyler should be taught in a group of no more than six, with a named adult who checks in with him at the start of every lesson.",
                                "semh",
                                "specific",
                                F1_GROUP,
                            ),
                            "He does best when someone has noticed him before the work starts.",
                        ],
                        [
                            R(
                                "He needs a daily literacy intervention of 20 minutes, one-to-one, using a structured phonics and reading fluency programme.",
                                "cognition_learning",
                                "less",
                                F1_READ,
                            ),
                            "Twice a week has not been enough to move his reading on.",
                        ],
                        R(
                            "Tyler should have a time-out card and an agreed place to go, with a key adult trained to follow him and help him calm, each time he uses it.",
                            "semh",
                            "missing_from_f",
                        ),
                        R(
                            "We recommend a return to a full-time timetable of 25 hours a week within one term, building up from the current 15 hours, with each step written into the plan.",
                            "cognition_learning",
                            "not_specific",
                            F1_HOURS,
                        ),
                        [
                            R(
                                "For any writing longer than a paragraph he should use a laptop with speech-to-text software.",
                                "cognition_learning",
                                "specific",
                                F1_LAPTOP,
                            ),
                            "Because he can say far more than he can write, this lets us see what he knows.",
                        ],
                    ],
                ),
                (
                    "p",
                    X(
                        "A move to a specialist SEMH school was considered at his interim review but we do not recommend it, because Tyler wants to return to mainstream and his needs now look more like language than behaviour.",
                        "option considered and rejected",
                    ),
                ),
            ],
        ),
        dict(
            file=SLT1,
            footer="Speech and language therapy report - Tyler Ashworth - page {n} of {m}",
            author="H Sorby",
            blocks=[
                (
                    "org",
                    "Kestrelford Community Health NHS Trust - Children's Speech and Language Therapy",
                ),
                (
                    "small",
                    "Based at Kestrelford Learning Centre on Tuesdays and Thursdays - 01632 960577",
                ),
                ("title", "Speech and Language Therapy Report"),
                (
                    "kv",
                    [
                        ("Name", "Tyler Ashworth (NHS 999 613 2280)"),
                        (
                            "Seen",
                            "Three sessions at the Learning Centre, September and October 2026",
                        ),
                        ("Therapist", "Hanna Sørby, Specialist Speech and Language Therapist"),
                    ],
                ),
                ("h", 1, "Background"),
                (
                    "p",
                    [
                        X(
                            "No one referred Tyler for a language assessment at primary school, where his difficulties were put down to his ADHD.",
                            "history",
                        ),
                        X("His hearing was tested in June 2026 and was normal.", "test result"),
                        X("His speech sounds are clear and he is easy to understand.", "strength"),
                    ],
                ),
                ("h", 1, "Assessment"),
                (
                    "p",
                    [
                        X(
                            "On the CELF-5 his core language score was 72, below the 3rd percentile.",
                            "test result",
                        ),
                        "The pattern is consistent with developmental language disorder, which has not been diagnosed before.",
                    ],
                ),
                ("h", 1, "Tyler's communication needs"),
                (
                    "p",
                    [
                        N(
                            "Tyler has a significant difficulty understanding spoken language: he follows instructions of up to two key words but loses the later parts of longer instructions.",
                            "communication_interaction",
                            B1_INSTR,
                        ),
                        N(
                            "His vocabulary is well below age level, particularly the subject words used in maths and science, such as 'estimate', 'evaporate' and 'compare'.",
                            "communication_interaction",
                            B1_WORDS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "His expressive language is disorganised: asked to explain what happened in an incident he gives fragments out of order, which staff have often taken as lying or refusing to answer.",
                            "communication_interaction",
                        ),
                        N(
                            "Tyler finds it hard to take turns in conversation and to notice when a listener has lost the thread, which leads to arguments with peers that he does not understand.",
                            "communication_interaction",
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "Because he cannot explain himself, he is often the one who is blamed when an argument escalates.",
                        "consequence",
                    ),
                ),
                ("h", 1, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Reason", "Outcome it supports"],
                        [
                            R(
                                "A block of ten weekly 30-minute sessions of direct therapy with a speech and language therapist each term, working on narrative and on understanding instructions.",
                                "communication_interaction",
                                "wrong_section",
                                G1_SALT,
                                section="G",
                            ),
                            "Tyler needs to be taught how to organise what he says",
                            "Explaining an incident in order",
                        ],
                        [
                            R(
                                "All staff who teach Tyler should have training on developmental language disorder from the therapist, once a term, starting before the end of the autumn term.",
                                "communication_interaction",
                                "not_specific",
                                F1_TRAIN,
                            ),
                            "Staff need to know what his behaviour may be telling them",
                            "Staying in class",
                        ],
                        [
                            R(
                                "A vocabulary programme pre-teaching the key words for each maths and science topic, for 15 minutes three times a week, delivered by a teaching assistant.",
                                "communication_interaction",
                                "missing_from_f",
                            ),
                            "He cannot learn a topic whose words he does not know",
                            "Joining in maths and science",
                        ],
                        [
                            R(
                                "Instructions should be given in short chunks, in the order they are to be done, with a written checklist on his desk.",
                                "communication_interaction",
                                "specific",
                                F1_STEPS,
                            ),
                            "He loses the later parts of long instructions",
                            "Following a three-step instruction",
                        ],
                    ],
                    [0.46, 0.3, 0.24],
                ),
                (
                    "p",
                    [
                        R(
                            "Tyler should continue to have his ADHD medication reviewed by his paediatrician.",
                            "health",
                            "not_educational",
                            G1_MEDS,
                            section="G",
                        ),
                        R(
                            "At home, Ms Ashworth may find it helps to ask Tyler to tell her about his day using 'first, then, last'.",
                            "communication_interaction",
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "A computer-based language programme was considered, but Tyler disengages from screen tasks quickly, so I have not recommended it.",
                        "option considered and rejected",
                    ),
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbr-02: Marlbury County Council; Jayden Okoro-Price, 14, trauma and criminal
# exploitation concerns, 12 hours a week at an independent AP. Layout
# "everyday-what-headings-unlettered-f-provider-column": no letters; each section headed
# by an everyday phrase ("What Jayden needs help with in his learning"); Section F one
# table What will be provided / Provider / When.
# ---------------------------------------------------------------------------

B2_TRUST = "Jayden takes a long time to trust new adults and may not speak to them at first."
B2_INFL = "Jayden can be easily influenced by older young people and does not always recognise when he is at risk."
B2_MEM = "Jayden finds it hard to hold information in his head, so he can lose track of tasks with several steps."
B2_READ = (
    "Jayden's reading and spelling are several years behind, and he feels embarrassed about this."
)
B2_MATHS = "Jayden has missed a lot of school and has gaps in his maths."

F2_HOURS = "Jayden will attend The Forge for 12 hours a week, on Monday to Thursday mornings from 9.15 to 12.15."
F2_KEY = "A named key worker at The Forge will meet Jayden at the door at the start of each of his sessions and stay with him for the first activity."
F2_CARDS = "Every task with more than one step will be given to Jayden on a written card, one step per line, for him to keep beside him."
F2_SEAT = "Jayden will be able to choose where he sits, including a seat facing the door, in every room he works in."
F2_TRAUMA = "The provider will have access to advice on trauma-informed approaches."
F2_MATHS = "Jayden will have help with maths as needed."
F2_PROG = "The alternative provision provider will put in place a programme of support to meet Jayden's needs."

G2_CAMHS = "Jayden has been referred to the CAMHS Getting Help team for an assessment of trauma symptoms, and the team will offer appointments once the assessment is complete."
H2_YJ = "The Youth Justice and Exploitation Team will offer Jayden places on its after-school activity programme."
H2_MENTOR = "Jayden's social worker will arrange weekly sessions with a trauma-informed mentor."

YW2 = "youth_worker_report.docx"
EP2 = "educational_psychology_report.pdf"


def _h2(sid: str, text: str) -> tuple:
    return ("H", sid, text, "h1")


CASE_02 = dict(
    name="case-evalbr-02",
    layout="everyday-what-headings-unlettered-f-provider-column",
    summary=(
        "Marlbury County Council; Jayden Okoro-Price, 14, Year 9, permanently excluded in January 2026 and on a "
        "part-time timetable of 12 hours a week at The Forge, an independent alternative provision (trauma, "
        "criminal exploitation concerns, working memory, literacy, gaps in maths). The plan carries **no letters**: "
        "each section is headed by an everyday phrase ('What Jayden needs help with in his learning'); Section F is "
        "one table What will be provided / Provider / When. A youth worker's report (.docx, third person and "
        "reported speech) and an educational psychologist's report (.pdf) arguing that behaviour hides need, with "
        "recommendations argued at length."
    ),
    note="Weekly trauma-informed mentoring, recommended by the educational psychologist as part of Jayden's education, stands among the social care provision: provision in the wrong section. After-school activities from the Youth Justice and Exploitation Team (other social care) and the CAMHS referral (health) are correctly placed. The seat facing the door is in F although the hypervigilance it answers is missing from the needs.",
    plan=dict(
        file="plan.pdf",
        sans=True,
        accent="5B2C6F",
        footer="Marlbury County Council | EHC plan | Jayden Okoro-Price | issued 16 October 2026 | page {n} of {m}",
        author="Marlbury SEND 0-25",
        title="EHC plan: Jayden Okoro-Price",
        blocks=[
            ("org", "Marlbury County Council - SEND 0-25 Service"),
            ("title", "Jayden's Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Jayden Okoro-Price"),
                    ("Date of birth", "2 May 2012"),
                    ("NHS number", "999 871 0453"),
                    ("Lives with", "Mum, Mrs Grace Okoro, and his younger brother, Marlbury"),
                    ("SEND officer", "Ms Alys Penhaligon, 01632 960631, send@marlbury.example.org"),
                ],
            ),
            _h2("A", "What Jayden and his family want"),
            (
                "S",
                "A",
                "Jayden says he wants to 'get his GCSEs and get a job, not end up like the older lot'.",
            ),
            (
                "p",
                "His mum wants him to be safe, to be in education every day and to have a trade.",
            ),
            _h2("B", "What Jayden needs help with in his learning"),
            ("S", "B", [B2_MEM, B2_READ]),
            ("p", B2_MATHS),
            ("p", [B2_TRUST, B2_INFL]),
            _h2("C", "Jayden's health and how it affects his learning"),
            ("S", "C", "Jayden is generally well; he has asthma, controlled with an inhaler."),
            _h2("D", "Jayden's care needs and how they affect his learning"),
            (
                "S",
                "D",
                "Jayden is subject to a child protection plan because of concerns that he is being criminally exploited.",
            ),
            _h2("E", "What we want Jayden to achieve"),
            (
                "S",
                "E",
                "By July 2027 Jayden will read and understand a short newspaper article on his own.",
            ),
            (
                "p",
                "By July 2027 Jayden will complete a four-step practical task in the workshop without prompting.",
            ),
            (
                "p",
                "By July 2027 Jayden will attend every one of his planned sessions for a whole half term.",
            ),
            _h2("F", "The help Jayden will get with his learning"),
            ("S", "F", ("F", F2_PROG, False)),
            (
                "grid",
                [
                    ["What will be provided", "Provider", "When"],
                    [("F", F2_HOURS, True), "The Forge", "Term time"],
                    [("F", F2_KEY, True), "The Forge", "Each session"],
                    [("F", F2_CARDS, True), "The Forge staff", "Every lesson"],
                    [("F", F2_SEAT, True), "The Forge staff", "Every session"],
                    [("F", F2_MATHS, False), "The Forge", "As agreed"],
                    [
                        ("F", F2_TRAUMA, False),
                        "Marlbury Educational Psychology Service",
                        "On request",
                    ],
                ],
                [0.56, 0.24, 0.2],
            ),
            _h2("G", "The help Jayden will get from health services"),
            ("S", "G", G2_CAMHS),
            _h2("H1", "Help from social care under the Chronically Sick and Disabled Persons Act"),
            ("S", "H1", "Nothing is needed under this Act."),
            _h2("H2", "Other help from social care"),
            ("S", "H2", H2_YJ),
            ("p", H2_MENTOR),
            _h2("I", "Where Jayden will learn"),
            (
                "S",
                "I",
                "Alternative provision: The Forge, Unit 4, Tanyard Lane, Marlbury (independent alternative provision), until a suitable school place is found.",
            ),
            _h2("J", "Money Jayden's family can manage themselves"),
            ("S", "J", "No personal budget has been requested."),
            _h2("K", "The advice and information we used"),
            (
                "S",
                "K",
                "Youth worker report, Darren Fitch (July 2026); educational psychology advice, Dr Imogen Vasquez-Tull (August 2026); social care advice; Jayden's and his mum's views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=YW2,
            footer="Marlbury Youth Service - report for EHC needs assessment",
            author="D Fitch",
            blocks=[
                ("org", "Marlbury Youth Service - Detached and Targeted Youth Work"),
                (
                    "small",
                    "The Hub, Bridge Street, Marlbury - 01632 960644 - youthwork@marlbury.example.org",
                ),
                ("title", "Youth Worker Report"),
                (
                    "kv",
                    [
                        ("Young person", "Jayden Okoro-Price, 14"),
                        ("Youth worker", "Darren Fitch, Targeted Youth Worker"),
                        ("Date", "18 July 2026"),
                    ],
                ),
                ("h", 2, "Involvement"),
                (
                    "p",
                    [
                        X(
                            "Darren has known Jayden since March 2026, when he was referred by the police after being found in a town two counties away.",
                            "history",
                        ),
                        X(
                            "Jayden was permanently excluded from Marlbury Park School in January 2026 after bringing a knife onto the site, which he said was for protection.",
                            "history",
                        ),
                        X(
                            "A National Referral Mechanism referral was made in April and has been accepted.",
                            "history: support in place",
                        ),
                    ],
                ),
                ("h", 2, "Strengths"),
                (
                    "p",
                    [
                        X(
                            "Jayden is funny, fiercely loyal to his younger brother and very good at fixing bikes.",
                            "strength",
                        ),
                        X(
                            "He has come to every youth club session for the last six weeks and now helps set up the room.",
                            "progress",
                        ),
                    ],
                ),
                ("h", 2, "Observations"),
                (
                    "p",
                    [
                        N(
                            "Jayden struggles to trust adults he does not know and will often refuse to speak to a new member of staff for several weeks.",
                            "semh",
                            B2_TRUST,
                        ),
                        "He told Darren that 'teachers just want you gone'.",
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "He is easily drawn in by older young people who offer him money or status, and he finds it hard to see when he is being used.",
                            "semh",
                            B2_INFL,
                        ),
                        N(
                            "When he feels disrespected he walks away or becomes threatening, and he cannot yet put into words what has upset him.",
                            "semh",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "Jayden's mother told Darren that things were calmer at home over the summer.",
                        X(
                            "She said the late-night phone calls he used to get have stopped since he changed his number.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 2, "Options discussed"),
                (
                    "p",
                    X(
                        "A move to a residential placement out of county was discussed at the strategy meeting, but his mum and social worker agreed it would cut him off from his family and from the people who keep him safe.",
                        "option considered and rejected",
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    [
                        R(
                            "It is recommended that Jayden is met at the door by the same key worker at the start of every session at The Forge, because he will not walk into a room of strangers.",
                            "semh",
                            "specific",
                            F2_KEY,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "It is also recommended that Jayden is offered supervised activities on the afternoons he is not in education, since that unstructured time is when he is most at risk of being targeted.",
                            "social_care",
                            "not_educational",
                            H2_YJ,
                            section="H2",
                        ),
                        R(
                            "Jayden's mother said she would welcome a place on the Family Support Service's parenting group, and this is recommended.",
                            "social_care",
                            "not_educational",
                        ),
                    ],
                ),
            ],
        ),
        dict(
            file=EP2,
            style="headed",
            footer="Marlbury Educational Psychology Service - Jayden Okoro-Price - {n}/{m}",
            author="I Vasquez-Tull",
            blocks=[
                ("org", "Marlbury Educational Psychology Service"),
                ("small", "County Hall, Marlbury - 01632 960650"),
                ("title", "Psychological Advice"),
                (
                    "kv",
                    [
                        ("Name", "Jayden Okoro-Price"),
                        ("Setting", "The Forge (alternative provision), 12 hours a week"),
                        ("Psychologist", "Dr Imogen Vasquez-Tull, HCPC registered"),
                        ("Date of report", "21 August 2026"),
                    ],
                ),
                ("h", 1, "Why behaviour is not the whole story"),
                (
                    "p",
                    [
                        "Jayden's school records describe him as defiant and disruptive.",
                        X(
                            "Much of what has been recorded as defiance looks to me like a young person who cannot do the task and would rather be sent out than be seen to fail.",
                            "reason: formulation",
                        ),
                    ],
                ),
                ("h", 1, "Assessment"),
                (
                    "p",
                    [
                        X(
                            "On the WISC-V his verbal comprehension index was 84 and his working memory index 69.",
                            "test result",
                        ),
                        X(
                            "His attendance at The Forge has risen from 40 to 85 per cent since September.",
                            "progress",
                        ),
                    ],
                ),
                ("h", 1, "Jayden's needs"),
                (
                    "p",
                    [
                        N(
                            "Jayden's working memory is very weak, so he loses track of tasks with several steps and appears not to be trying.",
                            "cognition_learning",
                            B2_MEM,
                        ),
                        N(
                            "His reading age is around 9 years and his spelling is weaker still, so written tasks quickly become a source of shame.",
                            "cognition_learning",
                            B2_READ,
                        ),
                        N(
                            "Having missed most of Years 7 and 8, he is not secure with multiplication or place value.",
                            "cognition_learning",
                            B2_MATHS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "He shows a high level of hypervigilance: he sits facing the door, startles at sudden noises and becomes agitated if someone stands behind him.",
                            "semh",
                        ),
                        N(
                            "He has great difficulty with change, and a new room, a supply member of staff or a cancelled session can unsettle him for the rest of the day.",
                            "semh",
                        ),
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "p",
                    [
                        R(
                            "Jayden needs a full-time education of 25 hours a week.",
                            "cognition_learning",
                            "less",
                            F2_HOURS,
                        ),
                        "At 12 hours he is unsupervised for most of the school day, which is exactly the time in which he is being targeted, and he cannot close the gaps in his learning on three hours a morning.",
                        "I would expect the hours to build up over no more than a half term.",
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "He should have a structured literacy programme delivered one-to-one by a trained adult for 30 minutes every day.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                        "A programme that gives him visible progress matters as much for his view of himself as for his reading.",
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "All staff at The Forge should have training in trauma-informed practice, with a whole-staff session before January and termly supervision from the educational psychologist afterwards.",
                            "semh",
                            "not_specific",
                            F2_TRAUMA,
                        ),
                        "Without a shared understanding, each adult will read his hypervigilance as a threat and respond in a way that confirms his fears.",
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Instructions for any task with more than one step should be written down for him, one step per line, so that he does not have to hold them in his head.",
                            "cognition_learning",
                            "specific",
                            F2_CARDS,
                        ),
                        R(
                            "He should always be allowed to sit where he can see the door.",
                            "semh",
                            "specific",
                            F2_SEAT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Jayden should have a weekly mentoring session of 45 minutes with a trauma-informed adult, within his education, to help him notice and manage his alarm responses.",
                            "semh",
                            "wrong_section",
                            H2_MENTOR,
                            section="H2",
                        ),
                        "This is teaching him a skill he needs in order to learn, not a care arrangement.",
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "In maths he should be taught in a group of no more than three, for three 30-minute sessions a week, starting from place value.",
                            "cognition_learning",
                            "not_specific",
                            F2_MATHS,
                        ),
                        R(
                            "I recommend that the referral to CAMHS for an assessment of post-traumatic stress goes ahead.",
                            "health",
                            "not_educational",
                            G2_CAMHS,
                            section="G",
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "A managed move to another mainstream school was considered; I do not recommend it now, because Jayden would meet a building full of strangers before he has learnt to trust the few adults he knows.",
                        "option considered and rejected",
                    ),
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbr-03: Elsworth Borough Council; Maisie Thornbury-Kaur, 15, autistic, out of
# school since early 2025 and taught by an online AP. Layout
# "section-word-letter-en-dash-title-case-f-live-lesson-table": Word headings
# "Section B – Special Educational Needs"; Section F a table Provision / Delivered by /
# How often, led by a row of the live lessons each week.
# ---------------------------------------------------------------------------

B3_ANX = "Maisie gets very anxious about going into school and being around lots of people, and she has not been inside a school building since early 2025."
B3_SENS = "Loud noises and bright lights upset Maisie and make it hard for her to think."
B3_HELP = "Maisie rarely asks for help when she is stuck."
B3_GAPS = "Because she has missed so much school, Maisie has gaps in her learning, particularly in science."
B3_WRITE = "Maisie finds writing slow and tiring, and she does not finish timed work."
B3_ORG = "Maisie needs help to organise her work and to remember when her lessons are."

F3_HOURS = "Maisie will have 10 hours a week of live online lessons with Brightpath tutors: English 3, maths 3, science 2 and art 2."
F3_CONTACT = "Brightpath staff will contact Maisie only by message, arranged in advance, and will not telephone her without warning."
F3_BREAK = "Maisie's timetable will include a break of 20 minutes between live lessons."
F3_EXAMS = "Maisie will have 25 per cent extra time and use a word processor in all tests and mock examinations."
F3_SCI = "A science teacher will teach Maisie one-to-one online for two hours a week, covering the GCSE required practicals and the topics she has missed."
F3_RETURN = "A plan to return to in-person learning will be considered when Maisie is ready."
F3_ORG = "Support with organisation will be provided as needed."

G3_CBT = "Maisie will continue to see her CAMHS practitioner every two weeks for cognitive behavioural therapy adapted for autistic young people."
G3_CHECK = "The CAMHS autism team will offer Maisie a weekly online wellbeing check-in."

CM3 = "camhs_letter.pdf"
LP3 = "learner_profile.docx"


def _sec3(sid: str, name: str) -> tuple:
    return ("H", sid, f"Section {sid} – {name}", "h1")


CASE_03 = dict(
    name="case-evalbr-03",
    layout="section-word-letter-en-dash-title-case-f-live-lesson-table",
    summary=(
        "Elsworth Borough Council; Maisie Thornbury-Kaur, 15, Year 10, autistic, out of school since February 2025 "
        "and taught by Brightpath Online Academy, an online alternative provision, for 10 hours a week (anxiety, "
        "masking and exhaustion, sensory sensitivity, literal understanding, isolation, gaps in learning, "
        "organisation). Word headings 'Section B – Special Educational Needs'; Section F a table Provision / "
        "Delivered by / How often. A CAMHS practitioner's letter (.pdf, third person) and the AP provider's learner "
        "profile (.docx, an Area / What we see / What helps table and first person plural recommendations)."
    ),
    note="The weekly check-in the CAMHS practitioner recommends from an autism-aware mentor at the provider stands in Section G as a CAMHS offer: provision in the wrong section. Her fortnightly CBT in G is health provision. The 10 hours of live lessons are specific but far from full time; no report asks for a figure, so no finding is expected for them.",
    plan=dict(
        file="plan.docx",
        footer="Elsworth Borough Council · EHCP · Maisie Thornbury-Kaur · final plan · 30 October 2026",
        author="Elsworth SEND Statutory Team",
        title="Education, Health and Care Plan: Maisie Thornbury-Kaur",
        blocks=[
            ("org", "Elsworth Borough Council"),
            (
                "p",
                "SEND Statutory Assessment and Review Team - 01632 960702 - sendteam@elsworth.example.org",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Young person", "Maisie Thornbury-Kaur"),
                    ("Date of birth", "11 January 2011"),
                    ("NHS number", "999 245 6618"),
                    (
                        "Parents",
                        "Mr Harjit Kaur and Mrs Claire Thornbury, 3 Saltings Way, Elsworth",
                    ),
                    ("Plan co-ordinator", "Mrs Wendy Oduya"),
                ],
            ),
            _sec3("A", "Views, Interests and Aspirations"),
            (
                "S",
                "A",
                "Maisie loves marine biology and wants to study it at college; she would like to be taught 'by people who don't make a big deal of things'.",
            ),
            (
                "p",
                "Her parents would like her to sit GCSEs and to have a friend her own age again.",
            ),
            _sec3("B", "Special Educational Needs"),
            ("S", "B", "Maisie is autistic."),
            ("p", [B3_ANX, B3_SENS]),
            ("p", [B3_HELP, B3_ORG]),
            ("p", [B3_GAPS, B3_WRITE]),
            _sec3("C", "Health Needs"),
            (
                "S",
                "C",
                "Maisie has anxiety and has had periods of low mood, for which she sees CAMHS.",
            ),
            _sec3("D", "Social Care Needs"),
            ("S", "D", "No social care needs have been identified."),
            _sec3("E", "Outcomes"),
            (
                "S",
                "E",
                "By the end of Year 11 Maisie will sit GCSEs in English, maths, combined science and art.",
            ),
            (
                "p",
                "By July 2027 Maisie will send a message to a tutor when she is stuck, in at least half of her lessons.",
            ),
            _sec3("F", "Special Educational Provision"),
            (
                "S",
                "F",
                "The alternative provision provider named in Section I will arrange the provision below.",
            ),
            (
                "grid",
                [
                    ["Provision", "Delivered by", "How often"],
                    [("F", F3_HOURS, True), "Brightpath Online Academy", "Weekly, term time"],
                    [("F", F3_SCI, True), "Brightpath science teacher", "Weekly"],
                    [("F", F3_CONTACT, True), "All Brightpath staff", "Always"],
                    [("F", F3_BREAK, True), "Brightpath timetabler", "Daily"],
                    [("F", F3_EXAMS, True), "Brightpath exams officer", "Every test"],
                    [("F", F3_ORG, False), "Tutor", "As needed"],
                    [("F", F3_RETURN, False), "Brightpath and Elsworth SEND team", "To be agreed"],
                ],
                [0.58, 0.24, 0.18],
            ),
            _sec3("G", "Health Provision"),
            ("S", "G", G3_CBT),
            ("p", G3_CHECK),
            _sec3("H1", "Social Care Provision (Chronically Sick and Disabled Persons Act 1970)"),
            ("S", "H1", "None."),
            _sec3("H2", "Other Social Care Provision"),
            ("S", "H2", "None at present."),
            _sec3("I", "Placement"),
            (
                "S",
                "I",
                "Alternative provision: Brightpath Online Academy (online), 10 hours of live lessons a week.",
            ),
            _sec3("J", "Personal Budget"),
            ("S", "J", "Not requested."),
            _sec3("K", "Advice and Information"),
            (
                "S",
                "K",
                "Letter from Ms Priya Lakhani, CAMHS practitioner (September 2026); Brightpath learner profile (October 2026); views of Maisie and her parents.",
            ),
        ],
    ),
    reports=[
        dict(
            file=CM3,
            footer="Elsworth and Fenmouth NHS Foundation Trust - CAMHS - confidential",
            author="P Lakhani",
            blocks=[
                ("org", "Elsworth and Fenmouth NHS Foundation Trust"),
                (
                    "small",
                    "Child and Adolescent Mental Health Service, Larkspur House, Elsworth - 01632 960719",
                ),
                ("p", "To: SEND Statutory Team, Elsworth Borough Council"),
                ("p", "Re: Maisie Thornbury-Kaur, date of birth 11 January 2011, NHS 999 245 6618"),
                ("p", "Dear colleagues,"),
                (
                    "p",
                    [
                        "I am writing as Maisie's CAMHS practitioner, having seen her every two weeks since November 2025.",
                        X(
                            "Maisie was diagnosed autistic in October 2024 through the Elsworth neurodevelopmental pathway.",
                            "history",
                        ),
                        X(
                            "Inpatient care was discussed in early 2025, when her mood was at its lowest, but was not needed.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Her low mood has lifted since the summer, and her PHQ-9 score has fallen from 19 to 9.",
                            "progress and test result",
                        ),
                        X("She has not self-harmed since January 2025.", "resolved difficulty"),
                        X(
                            "She talks with real expertise about marine biology and is proud of the rock-pool survey she did with her father.",
                            "strength",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Maisie experiences high levels of anxiety about school buildings, crowds and unexpected contact from staff, and this has kept her out of school since February 2025.",
                            "semh",
                            B3_ANX,
                        ),
                        N(
                            "She masks her difficulties in online lessons, appearing calm with her camera off, but she is often exhausted and in shutdown for the rest of the day.",
                            "semh",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Maisie has marked sensory sensitivities to noise and bright light, and in a busy room she quickly becomes unable to process what is said to her.",
                            "sensory_physical",
                            B3_SENS,
                        ),
                        N(
                            "She finds it very hard to ask for help, and she will sit with a task she does not understand rather than speak to a teacher.",
                            "communication_interaction",
                            B3_HELP,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "In my view, Maisie's education needs to be arranged around these needs.",
                        R(
                            "I would recommend a gradual plan towards in-person learning, starting with one supported session a week in a quiet room at a local hub and reviewed with Maisie every six weeks.",
                            "semh",
                            "not_specific",
                            F3_RETURN,
                        ),
                        R(
                            "All contact from her education provider should be planned in advance and made by message, never by an unexpected phone call.",
                            "semh",
                            "specific",
                            F3_CONTACT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Maisie needs a recovery break of at least an hour between live lessons.",
                            "semh",
                            "less",
                            F3_BREAK,
                        ),
                        "A short break does not give her time to come down before she has to mask again.",
                        R(
                            "An autism-aware mentor at her education provider should hold a 30-minute online check-in with her each week, to help her notice and name her energy levels and plan her learning around them.",
                            "semh",
                            "wrong_section",
                            G3_CHECK,
                            section="G",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "I will continue to see Maisie every two weeks for CBT adapted for autistic young people.",
                            "health",
                            "not_educational",
                            G3_CBT,
                            section="G",
                        ),
                        R(
                            "At home, her parents might keep a quiet hour after lessons before asking her about her day.",
                            "semh",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Yours sincerely,"),
                ("p", "Priya Lakhani, CAMHS Practitioner (Mental Health Nurse)"),
            ],
        ),
        dict(
            file=LP3,
            style="lettered",
            footer="Brightpath Online Academy - Learner Profile - Maisie T-K",
            author="Brightpath Online Academy",
            blocks=[
                ("org", "Brightpath Online Academy"),
                (
                    "p",
                    "Online alternative provision - 01632 960788 - learning@brightpath.example.org",
                ),
                ("title", "Learner Profile"),
                (
                    "kv",
                    [
                        ("Learner", "Maisie Thornbury-Kaur, Year 10"),
                        ("Joined Brightpath", "September 2025"),
                        ("Completed by", "Tom Ferreira, personal tutor, with Maisie"),
                        ("Date", "8 October 2026"),
                    ],
                ),
                ("h", 2, "About Maisie"),
                (
                    "p",
                    [
                        X("Her attendance at live lessons is 88 per cent this term.", "progress"),
                        X(
                            "She is working at grade 5 in maths on her latest assessment.",
                            "assessment result",
                        ),
                        X(
                            "She already keeps her camera off in every lesson and answers in the chat box, which suits her well.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 2, "What we see and what helps"),
                (
                    "grid",
                    [
                        ["Area", "What we see", "What helps"],
                        [
                            "Reading",
                            N(
                                "Maisie's understanding of texts is literal, and she struggles with inference and with questions about a writer's intentions in English.",
                                "communication_interaction",
                            ),
                            "Questions broken into 'what does it say' and 'why might the writer say it'",
                        ],
                        [
                            "Subjects",
                            N(
                                "She has done no science practicals and no option subjects for 18 months, which leaves gaps in her GCSE courses.",
                                "cognition_learning",
                                B3_GAPS,
                            ),
                            "Short recorded demonstrations she can watch twice",
                        ],
                        [
                            "Writing",
                            N(
                                "She types slowly and in timed tasks produces around a third of what is expected.",
                                "cognition_learning",
                                B3_WRITE,
                            ),
                            "Sentence starters and extra time",
                        ],
                        [
                            "Friends",
                            N(
                                "Maisie has no contact with young people of her own age outside her family, and she has told us she is lonely.",
                                "semh",
                            ),
                            "Shared interests, in writing first",
                        ],
                        [
                            "Getting organised",
                            N(
                                "Without reminders she misses deadlines and does not log back in to lessons after a break.",
                                "cognition_learning",
                                B3_ORG,
                            ),
                            "A written plan for the week",
                        ],
                    ],
                    [0.16, 0.5, 0.34],
                ),
                ("h", 2, "Our recommendations"),
                (
                    "bul",
                    [
                        R(
                            "We recommend that Maisie is taught inference explicitly, through a reading comprehension programme with her English tutor for 30 minutes twice a week.",
                            "communication_interaction",
                            "missing_from_f",
                        ),
                        [
                            R(
                                "We would like Maisie to join a small online group of three or four students for a weekly social session around a shared interest.",
                                "semh",
                                "missing_from_f",
                            ),
                            "She has asked for this herself, as long as she can type rather than talk.",
                        ],
                        R(
                            "She should have 25 per cent extra time and a word processor in all assessments.",
                            "cognition_learning",
                            "specific",
                            F3_EXAMS,
                        ),
                        R(
                            "Her tutor should send her a written plan for the week every Monday morning and check it with her on Wednesdays.",
                            "cognition_learning",
                            "not_specific",
                            F3_ORG,
                        ),
                        R(
                            "We recommend two hours a week of one-to-one science teaching online, to catch up on the required practicals.",
                            "cognition_learning",
                            "specific",
                            F3_SCI,
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "We considered moving her into one of our larger group classes, but she told us the idea made her feel sick, so we have not.",
                        "option considered and rejected",
                    ),
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbr-04: Wendlecombe Council; Kai Pemberton, 13, dyslexia and anger, three days
# a week at a farm-based AP. Layout "section-word-letter-full-stop-title-case-f-site-day-table":
# "Section B. Special Educational Needs" (PDF); Section F a table Provision / Where / Which
# days.
# ---------------------------------------------------------------------------

B4_READ = "Kai has dyslexia, which means reading is slow and hard work for him."
B4_SPELL = "Other people find Kai's spelling difficult to read."
B4_ANGER = "Kai gets angry quickly, especially when he has to read or write in front of people."
B4_INSTR = "Kai finds written instructions hard and learns best by watching someone first."
B4_MATHS = "Kai needs help with numbers, for example when measuring."

F4_DAYS = "Hollin Farm Learning will provide Kai's education three days a week; the other two days will be arranged by the provider."
F4_DYS = "A specialist dyslexia teacher will work with Kai one-to-one for 45 minutes once a week."
F4_PEN = "Kai will have a reading pen and an audio version of any text he needs to read, in every session."
F4_DEMO = "Every new task will be shown to Kai first and then given as a set of photographs on a laminated card."
F4_MATHS = "Kai will have opportunities to practise maths through farm tasks."

G4_AUD = "Kai's GP has referred him to the audiology service for a hearing test."
H4_ANGER = "The Early Help team will run a 10-week anger management programme with Kai."

EP4 = "ep_report.docx"
FR4 = "farm_placement_review.pdf"


def _sec4(sid: str, name: str) -> tuple:
    return ("H", sid, f"Section {sid}. {name}", "h2")


CASE_04 = dict(
    name="case-evalbr-04",
    layout="section-word-letter-full-stop-title-case-f-site-day-table",
    summary=(
        "Wendlecombe Council; Kai Pemberton, 13, Year 8, permanently excluded in November 2025 and at Hollin Farm "
        "Learning, a farm-based alternative provision, three days a week (dyslexia, slow processing, anger when "
        "exposed, emotional vocabulary, written instructions, fine motor, number). PDF headings 'Section B. "
        "Special Educational Needs'; Section F a table Provision / Where / Which days. An educational "
        "psychologist's report (.docx, reported speech and recommendations argued) and the farm provider's "
        "placement review (.pdf, a Target / What we have seen / Next step table with reasons)."
    ),
    note="The anger management programme the psychologist wants delivered in his setting stands in Section H2 as an Early Help offer: provision in the wrong section. The audiology referral in G is health provision. F covers three days a week and leaves the other two to the provider.",
    plan=dict(
        file="plan.pdf",
        footer="Wendlecombe Council - EHC Plan - Kai Pemberton - final - 20 November 2026 - page {n} of {m}",
        author="Wendlecombe SEND Team",
        title="EHC Plan - Kai Pemberton",
        accent="2E5E3A",
        blocks=[
            ("org", "Wendlecombe Council - Special Educational Needs and Disabilities"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Kai Pemberton"),
                    ("Date of birth", "30 August 2013"),
                    ("NHS number", "999 330 9172"),
                    ("Parents", "Lee and Shona Pemberton, Wendlecombe"),
                    ("SEND officer", "Mr Oisin Drury, 01632 960815"),
                ],
            ),
            _sec4("A", "Views, Interests and Aspirations"),
            (
                "S",
                "A",
                "Kai wants to work outdoors, ideally on a farm or as a tree surgeon, and says he 'learns with his hands'.",
            ),
            (
                "p",
                "His parents want him to be able to read well enough to pass his driving theory test and to get a job.",
            ),
            _sec4("B", "Special Educational Needs"),
            ("S", "B", [B4_READ, B4_SPELL]),
            ("p", [B4_INSTR, B4_MATHS]),
            ("p", B4_ANGER),
            _sec4("C", "Health Needs"),
            ("S", "C", "Kai is healthy; he has said that he sometimes hears ringing in his ears."),
            _sec4("D", "Social Care Needs"),
            ("S", "D", "The family have had support from Early Help since Kai's exclusion."),
            _sec4("E", "Outcomes"),
            (
                "S",
                "E",
                "By July 2027 Kai will read a farm safety sheet on his own, using his reading pen where he needs to.",
            ),
            (
                "p",
                "By July 2027 Kai will tell an adult that he is becoming angry before he leaves a task.",
            ),
            _sec4("F", "Special Educational Provision"),
            (
                "S",
                "F",
                "The provision below is to be made by the alternative provision named in Section I.",
            ),
            (
                "grid",
                [
                    ["Provision", "Where", "Which days"],
                    [("F", F4_DAYS, False), "Hollin Farm", "Mon, Tue, Thu"],
                    [("F", F4_DYS, True), "Hollin Farm classroom", "Tuesday"],
                    [("F", F4_PEN, True), "All sites", "Every day"],
                    [("F", F4_DEMO, True), "Hollin Farm", "Every day"],
                    [("F", F4_MATHS, False), "Hollin Farm", "-"],
                ],
                [0.6, 0.22, 0.18],
            ),
            _sec4("G", "Health Provision"),
            ("S", "G", G4_AUD),
            _sec4(
                "H1",
                "Social Care Provision under Section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("S", "H1", "Not applicable."),
            _sec4("H2", "Other Social Care Provision"),
            ("S", "H2", H4_ANGER),
            _sec4("I", "Placement"),
            (
                "S",
                "I",
                "Alternative provision: Hollin Farm Learning, Hollin Lane, Wendlecombe (farm-based alternative provision).",
            ),
            _sec4("J", "Personal Budget"),
            ("S", "J", "No personal budget requested."),
            _sec4("K", "Advice and Information"),
            (
                "S",
                "K",
                "Educational psychology advice, Mr Gareth Oyelaran (September 2026); placement review, Hollin Farm Learning (October 2026); views of Kai and his parents.",
            ),
        ],
    ),
    reports=[
        dict(
            file=EP4,
            style="headed",
            footer="Wendlecombe Educational Psychology Service - Kai Pemberton",
            author="G Oyelaran",
            blocks=[
                ("org", "Wendlecombe Educational Psychology Service"),
                ("title", "Educational Psychology Advice"),
                (
                    "kv",
                    [
                        ("Name", "Kai Pemberton, Year 8"),
                        ("Seen at", "Hollin Farm Learning and at home, September 2026"),
                        ("Psychologist", "Gareth Oyelaran, educational psychologist"),
                    ],
                ),
                ("h", 1, "Background"),
                (
                    "p",
                    [
                        X(
                            "Kai was permanently excluded from Ravensby High School in November 2025 after punching a wall and then pushing past a member of staff who tried to stop him leaving.",
                            "history",
                        ),
                        X(
                            "He was assessed as dyslexic in Year 5 but had no specialist teaching at secondary school.",
                            "history",
                        ),
                        "Mrs Pemberton said that Kai had come home from school 'wound up like a spring' most days of Year 7.",
                    ],
                ),
                ("h", 1, "Assessment"),
                (
                    "p",
                    [
                        X(
                            "His verbal reasoning on the BAS3 was in the average range, with a standard score of 98.",
                            "test result",
                        ),
                        N(
                            "Kai has dyslexia: his reading accuracy is at the level of a seven-year-old and his reading is slow and effortful.",
                            "cognition_learning",
                            B4_READ,
                        ),
                        N(
                            "His spelling is largely phonetic and often cannot be read by others.",
                            "cognition_learning",
                            B4_SPELL,
                        ),
                        N(
                            "His phonological processing speed is very slow, at the 1st percentile, so he needs far longer than his peers to find words and answer questions put to him.",
                            "cognition_learning",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Kai's anger escalates quickly when he feels he is being made to look stupid, above all when asked to read or write in front of others.",
                            "semh",
                            B4_ANGER,
                        ),
                        N(
                            "He has a very small vocabulary for emotions and describes almost every feeling as 'angry' or 'fine'.",
                            "semh",
                        ),
                        "Kai told me that at the farm 'nobody makes you read out loud'.",
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "p",
                    [
                        R(
                            "Kai should be taught by a specialist dyslexia teacher, one-to-one, for 45 minutes three times a week.",
                            "cognition_learning",
                            "less",
                            F4_DYS,
                        ),
                        "Once a week will not give a 13-year-old reading at a seven-year-old level the practice he needs to catch up before his GCSE years.",
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "All written material should be available to him as audio, and he should have a reading pen.",
                            "cognition_learning",
                            "specific",
                            F4_PEN,
                        ),
                        R(
                            "An emotional literacy programme with a trained ELSA, 30 minutes a week for 12 weeks, should help him to name feelings other than anger.",
                            "semh",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "I also recommend a 10-week anger management programme delivered at his setting by a trained practitioner, once a week, so that what he learns is practised where the anger happens.",
                            "semh",
                            "wrong_section",
                            H4_ANGER,
                            section="H2",
                        ),
                        R(
                            "His parents might try paired reading with him for ten minutes each evening.",
                            "cognition_learning",
                            "not_educational",
                        ),
                        R(
                            "His GP should arrange a hearing test, since he reports ringing in his ears.",
                            "health",
                            "not_educational",
                            G4_AUD,
                            section="G",
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "A special school for social, emotional and mental health needs was suggested by his previous school; I do not support this, because his anger arises from his literacy difficulties and he has no difficulty getting on with peers at the farm.",
                        "option considered and rejected",
                    ),
                ),
            ],
        ),
        dict(
            file=FR4,
            footer="Hollin Farm Learning - placement review - {n}",
            author="Hollin Farm Learning",
            blocks=[
                ("org", "Hollin Farm Learning CIC"),
                ("small", "Hollin Lane, Wendlecombe - 01632 960833 - hello@hollinfarm.example.org"),
                ("title", "Placement Review: Kai Pemberton"),
                (
                    "p",
                    [
                        X(
                            "Kai has attended 97 per cent of his farm days since January.",
                            "progress",
                        ),
                        X(
                            "He is calm and patient with the animals and took charge of the lambing pen in the spring.",
                            "strength",
                        ),
                        X("He has had no physical incidents at the farm.", "progress"),
                        X(
                            "He already works alongside the same instructor every day.",
                            "support already in place",
                        ),
                    ],
                ),
                (
                    "grid",
                    [
                        ["Target", "What we have seen", "Next step and why"],
                        [
                            "Following instructions",
                            N(
                                "Kai struggles to follow written instructions on task sheets and safety signs, and relies on watching others.",
                                "cognition_learning",
                                B4_INSTR,
                            ),
                            R(
                                "Show him each new task first, then give the steps as photographs on a laminated card, because he remembers what he has seen.",
                                "cognition_learning",
                                "specific",
                                F4_DEMO,
                            ),
                        ],
                        [
                            "Using tools",
                            N(
                                "He has poor control of small hand tools and finds tying knots difficult, and he gives up quickly.",
                                "sensory_physical",
                            ),
                            R(
                                "A fine motor and tool skills programme for 20 minutes at the start of each farm day with his instructor, because safe tool use is part of every job here.",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                        ],
                        [
                            "Number",
                            N(
                                "Kai cannot yet measure accurately or work out quantities of feed without help.",
                                "cognition_learning",
                                B4_MATHS,
                            ),
                            R(
                                "Practical maths tied to farm jobs, in three 30-minute sessions a week with a maths tutor, so that the numbers mean something to him.",
                                "cognition_learning",
                                "not_specific",
                                F4_MATHS,
                            ),
                        ],
                    ],
                    [0.18, 0.4, 0.42],
                ),
                (
                    "p",
                    [
                        R(
                            "Kai needs an education on all five days; we can offer three, and the other two should be named, with who provides them and where.",
                            "cognition_learning",
                            "not_specific",
                            F4_DAYS,
                        ),
                        X(
                            "We tried putting Kai in the workshop group, but it was too noisy for him, so he now works with the yard team.",
                            "option tried and changed",
                        ),
                    ],
                ),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
