# ruff: noqa: E501, N802
"""Set AU as data: young people aged 16 to 22 in further education, a supported internship,
an apprenticeship and a specialist college (moderate learning difficulties, autism with
anxiety, dyslexia with mental health needs, acquired brain injury), in four plan layouts no
earlier set has.

Every name, council, college, employer, service, NHS trust and professional is invented.
Postcodes use areas that do not exist (VB, VR, VT, VN), phone numbers are in the 01632
960xxx range, mobiles 07700 900xxx, and NHS numbers begin 999. Markers are those of
evaluation_kit.dataset.
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


CL = "cognition_learning"
CI = "communication_interaction"
SEMH = "semh"
SP = "sensory_physical"

# ---------------------------------------------------------------------------
# case-evalau-01: Brackenmoor MBC; Kieran Oduya, 19, supported internship (moderate
# learning difficulties)
# layout "square-bracket-letter-prefix": each heading is a Word heading that opens with the
# section letter in square brackets ("[B] Kieran's special educational needs").
# ---------------------------------------------------------------------------

B1_READ = "Kieran can read short, familiar words, but he needs help with longer or unfamiliar writing such as forms, signs and written instructions at work."
B1_INSTR = "He needs instructions broken down into small steps and can forget part of a task when there is a lot to remember."
B1_PROC = "It takes Kieran longer than most people to take in what has been said to him and to work out his answer."
B1_MONEY = "Handling money is hard for him: he is not sure how much change to expect or whether he has enough to pay."
B1_TIME = "He cannot yet read the time reliably on a clock face, so he relies on others to tell him when his break starts and when his shift ends."
B1_ASK = "Kieran does not always ask for help when he is stuck, and he may carry on doing a task the wrong way rather than say he does not understand."
B1_CHANGE = "Kieran becomes unsettled and worried when his routine changes or when he has to work with people he does not know."
B1_TRAVEL = "He is learning to travel on his own, but he is not yet confident on routes he has not practised."

F1_COACH = "Job coach support on placement, reducing over time as Kieran becomes more independent."
F1_SI = "The job coach will teach each new work task using systematic instruction and will make a photo checklist of the steps, which stays at Kieran's workstation."
F1_ALARMS = "The job coach will set up alarms on Kieran's phone, with him, for the start and end of each break and the end of each shift, and will check they are right whenever his rota changes."
F1_MATHS = "Functional maths at Entry Level 3, two hours a week in a group of no more than eight students, concentrating on money and time."
F1_READ = "Support with reading as needed."
F1_CHECKIN = "A 15-minute check-in with his named learning support tutor every Monday morning before he goes to placement."
F1_QUIET = "Access to a quiet area at college when needed."
F1_TRAVEL = "Travel training on the route from home to the hospital with the college's travel trainer, one session a week for four weeks."

G1_ASTHMA = "Kieran's GP reviews his asthma each year, and Kieran keeps his inhaler with him at college and at placement."
G1_CHECK = "Kieran will have an annual learning disability health check with his GP."
G1_TRAIN = "The community learning disability nurse will offer a session for staff at Kieran's placement on learning disability awareness and on giving clear instructions."
H1_PA = "Brackenmoor Adult Social Care will fund a personal assistant for two evenings a week, so that Kieran can go to the gym and to a football session with a friend."

JC1 = "job_coach_report.pdf"
LS1 = "learning_support_report.docx"
YP1 = "my_statement.docx"


def _sq(sid: str, name: str) -> tuple:
    """A section heading: the letter in square brackets, then the name."""
    return ("H", sid, f"[{sid}] {name}", "h2")


CASE_01 = dict(
    name="case-evalau-01",
    layout="square-bracket-letter-prefix",
    summary=(
        "Brackenmoor Metropolitan Borough Council; Kieran Oduya, 19, on a supported internship run by "
        "Brackenmoor College at Brackenmoor General Hospital (moderate learning difficulties). The plan "
        "(.docx) heads each section with its letter in square brackets and the name ('[B] Kieran's special "
        "educational needs'). Job coach's report (PDF, bullet lists with reasons mixed in), the college "
        "learning support team's report (.docx, first person plural, tables of results and of support "
        "already in place) and Kieran's own statement (.docx, first person)."
    ),
    note="Learning disability awareness training for the placement staff who instruct Kieran, recommended by the job coach, stands in Section G as a session from the community learning disability nurse: provision in the wrong section. The annual health check and asthma review in G are health provision; the personal assistant in H2 is social care. Kieran's own requests count as recommendations where he asks for a particular kind of help.",
    plan=dict(
        file="plan.docx",
        footer="Brackenmoor MBC - Education, Health and Care Plan - Kieran Oduya - issued 18 November 2026",
        author="Brackenmoor SEND 0-25 Team",
        title="EHC Plan - Kieran Oduya",
        accent="1D5C4D",
        blocks=[
            ("org", "Brackenmoor Metropolitan Borough Council - SEND 0-25 Team"),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Young person: Kieran Oduya   Date of birth: 3 March 2007   NHS number: 999 207 4419   Annual review: 14 October 2026",
            ),
            (
                "small",
                "Address: 27 Hollinwood Road, Brackenmoor VB4 7NS. Case officer: Mr P Lindqvist, 01632 960274, send.post16@brackenmoor.example.org",
            ),
            _sq("A", "Kieran's views, interests and aspirations"),
            (
                "S",
                "A",
                "Kieran wants a paid job at the hospital, ideally in the stores department, and he would like to live in a flat with a friend one day.",
            ),
            (
                "p",
                "He enjoys football (he supports Brackenmoor Rovers), cooking pasta and playing games online with his cousin. He says: 'I like being busy and I like it when people say thank you.' His mother, Grace, wants Kieran to have a job he enjoys and to be safe when he is out on his own.",
            ),
            _sq("B", "Kieran's special educational needs"),
            (
                "S",
                "B",
                "Kieran has moderate learning difficulties, first assessed when he was at Fernlea School, and he learns best through practical activity that is repeated.",
            ),
            ("b", "Learning"),
            ("p", [B1_READ, B1_INSTR, B1_PROC]),
            ("p", [B1_MONEY, B1_TIME]),
            ("b", "Communication and getting on with people"),
            ("p", B1_ASK),
            (
                "p",
                "Kieran is friendly and polite with staff and patients, and he is well liked on the wards.",
            ),
            ("b", "Emotional wellbeing"),
            ("p", B1_CHANGE),
            ("b", "Independence"),
            ("p", B1_TRAVEL),
            _sq("C", "Kieran's health needs"),
            (
                "S",
                "C",
                "Kieran is in good health. He has asthma, which is well controlled with an inhaler he carries himself.",
            ),
            _sq("D", "Kieran's social care needs"),
            (
                "S",
                "D",
                "Kieran has been assessed by Brackenmoor Adult Social Care under the Care Act 2014 and is eligible for support to take part in leisure activities and to build his independence.",
            ),
            _sq("E", "Outcomes for Kieran"),
            (
                "S",
                "E",
                "By July 2027 Kieran will complete his main tasks in the stores department using his photo checklist, with no more than one check from his job coach each shift.",
            ),
            (
                "p",
                "By July 2027 Kieran will travel from home to the hospital and back on his own on at least four days a week.",
            ),
            (
                "p",
                "By July 2027 Kieran will pay for items in a shop and check his change, up to 20 pounds, without help.",
            ),
            _sq("F", "Special educational provision for Kieran"),
            (
                "S",
                "F",
                "Brackenmoor College will make the following provision as part of Kieran's supported internship study programme, which runs for 38 weeks from September 2026.",
            ),
            ("b", "At the placement"),
            ("bul", [("F", F1_COACH, False), ("F", F1_SI, True), ("F", F1_ALARMS, True)]),
            ("b", "At college"),
            (
                "bul",
                [
                    ("F", F1_MATHS, True),
                    ("F", F1_READ, False),
                    ("F", F1_CHECKIN, True),
                    ("F", F1_QUIET, False),
                ],
            ),
            ("b", "Independence"),
            ("bul", [("F", F1_TRAVEL, True)]),
            (
                "p",
                "Kieran's supported internship tutor will review this provision with him each half term.",
            ),
            _sq("G", "Health provision for Kieran"),
            ("S", "G", G1_ASTHMA),
            ("p", G1_CHECK),
            ("p", G1_TRAIN),
            _sq(
                "H1",
                "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("S", "H1", "Not applicable: Kieran is over 18."),
            _sq("H2", "Other social care provision for Kieran"),
            ("S", "H2", H1_PA),
            _sq("I", "Placement"),
            (
                "S",
                "I",
                "Brackenmoor College (general further education college), Supported Internship programme, with the work placement at Brackenmoor General Hospital.",
            ),
            _sq("J", "Personal budget"),
            (
                "S",
                "J",
                "The personal assistant hours are paid as a direct payment managed by Kieran's mother; no personal budget has been requested for special educational provision.",
            ),
            _sq("K", "Advice and information"),
            (
                "S",
                "K",
                "Job coach report (Ms D Quayle, October 2026); Brackenmoor College learning support team report (October 2026); Kieran's own statement; his mother's views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=JC1,
            header="Brackenmoor College - Employment Pathways Team",
            footer="Job coach report - Kieran Oduya - page {n} of {m}",
            author="D Quayle",
            sans=True,
            accent="1D5C4D",
            blocks=[
                ("org", "Brackenmoor College - Employment Pathways Team"),
                (
                    "small",
                    "Job coach: Deborah Quayle (07700 900318). Intern: Kieran Oduya. Host employer: Brackenmoor Hospitals NHS Foundation Trust, stores and distribution. Report date: 16 October 2026.",
                ),
                ("title", "Job Coach Report for the EHC Plan Review"),
                ("b", "The placement so far"),
                (
                    "p",
                    [
                        X(
                            "Kieran started his first rotation in the hospital stores on 7 September 2026 and has attended every shift.",
                            "attendance / progress",
                        ),
                        X(
                            "He has learnt to use the cage trolley safely and can now deliver linen to six wards on the ground floor without being shown the way.",
                            "progress",
                        ),
                        "The stores supervisor, Mr Alan Pryce, says Kieran is 'always cheerful and never late'.",
                    ],
                ),
                ("b", "What I have noticed"),
                (
                    "bul",
                    [
                        N(
                            "Kieran copes well with a short instruction, but when Mr Pryce gives him three or four jobs at once he does the first one and then comes back to the office unsure what to do next.",
                            CL,
                            B1_INSTR,
                        ),
                        N(
                            "He cannot read the delivery labels on boxes unless the ward name is one he already knows, so he has taken deliveries to the wrong ward twice.",
                            CL,
                            B1_READ,
                        ),
                        N(
                            "He does not tell anyone when he has got stuck - on one shift he spent forty minutes folding sheets the wrong way rather than ask.",
                            CI,
                            B1_ASK,
                        ),
                        N(
                            "Kieran takes jokes and sarcasm literally: when a porter told him he was 'sacked' as a joke, he was upset for the rest of the shift and told his mother he had lost his job.",
                            CI,
                            None,
                        ),
                        N(
                            "He relies on other staff to tell him when to take his break, because he cannot work it out from the clock on the wall.",
                            CL,
                            B1_TIME,
                        ),
                        N(
                            "When the rota changed at short notice and he was sent to catering instead of stores, he became tearful and asked to go home.",
                            SEMH,
                            B1_CHANGE,
                        ),
                        "He is careful with patients' privacy and has never been reminded about it.",
                    ],
                ),
                ("b", "Travel"),
                (
                    "p",
                    [
                        X(
                            "He now travels to college on the number 9 bus on his own every day, which he could not do a year ago.",
                            "progress / resolved difficulty",
                        ),
                        N(
                            "He has not yet made the journey to the hospital by himself, and he became lost and frightened when his bus was diverted last month.",
                            "other",
                            B1_TRAVEL,
                        ),
                        "At present his mother drives him to the hospital on her way to work.",
                    ],
                ),
                ("pb",),
                ("b", "What I recommend, and why"),
                (
                    "p",
                    "These are my recommendations for the next rotation (linen and catering), which starts in January.",
                ),
                (
                    "bul",
                    [
                        R(
                            "Kieran will need a job coach alongside him for the whole of every shift during the first four weeks of each new rotation, then two half-day visits a week once he knows the tasks, because he does not yet ask for help and his mistakes go unnoticed otherwise.",
                            CL,
                            "not_specific",
                            F1_COACH,
                        ),
                        R(
                            "Each new task should be taught by systematic instruction, broken into steps, with a photo checklist of the steps kept at his workstation - this is how he learnt the linen round, and it worked.",
                            CL,
                            "specific",
                            F1_SI,
                        ),
                        R(
                            "Phone alarms for his breaks and for the end of the shift should be set up with Kieran and checked whenever the rota changes; he carries his phone everywhere, so this is the least noticeable help we can give.",
                            CL,
                            "specific",
                            F1_ALARMS,
                        ),
                        R(
                            "Travel training with the college's independent travel trainer, two sessions a week for six weeks, on the number 14 bus from home to the hospital, until he has made the journey on his own five times without a mistake.",
                            "other",
                            "less",
                            F1_TRAVEL,
                        ),
                        R(
                            "The ward and stores staff who give Kieran instructions need a short session on learning disability awareness, so that they give one instruction at a time, check he has understood and avoid sarcasm with him.",
                            CI,
                            "wrong_section",
                            G1_TRAIN,
                            section="G",
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "I considered whether Kieran should move straight into a paid part-time job in stores after Christmas, but he is not ready yet, and the internship gives him time to learn the other rotations.",
                        "option considered and rejected",
                    ),
                ),
                (
                    "p",
                    X(
                        "Mr Pryce has already moved Kieran's locker next to the stores office so that he can find it easily.",
                        "support already in place",
                    ),
                ),
                (
                    "sig",
                    [
                        "Deborah Quayle",
                        "Job Coach, Employment Pathways Team, Brackenmoor College",
                        "16 October 2026",
                    ],
                ),
            ],
        ),
        dict(
            file=LS1,
            style="headed",
            footer="Brackenmoor College Learning Support - confidential",
            author="Brackenmoor College",
            accent="1D5C4D",
            blocks=[
                ("org", "Brackenmoor College - Learning Support Team"),
                ("title", "Learning Support Team Report"),
                (
                    "kv",
                    [
                        ("Student", "Kieran Oduya (student number 2307718)"),
                        (
                            "Programme",
                            "Supported Internship (Step Into Work), September 2026 to July 2027",
                        ),
                        (
                            "Prepared by",
                            "Farah Siddiqui, Learning Support Manager, with Kieran's internship tutor, Mr Joel Ambrose",
                        ),
                        ("Date", "9 October 2026"),
                    ],
                ),
                ("b", "1. About Kieran at college"),
                (
                    "p",
                    [
                        X(
                            "Kieran joined us in 2023 from Fernlea School, a special school for pupils with moderate learning difficulties, and completed our Entry Level 2 Pathways to Work course in 2025.",
                            "history",
                        ),
                        X(
                            "He passed Entry Level 2 functional English in June 2025, and his tutor says his confidence in reading aloud has grown a great deal.",
                            "progress",
                        ),
                    ],
                ),
                ("b", "2. Assessment results"),
                (
                    "grid",
                    [
                        ["Assessment", "Date", "Result"],
                        ["BKSB initial assessment, English", "September 2026", "Entry Level 2"],
                        ["BKSB initial assessment, maths", "September 2026", "Entry Level 1"],
                        ["WRAT-5 word reading", "September 2026", "Standard score 62"],
                        ["Vision and hearing screening", "September 2026", "Both normal"],
                    ],
                    [0.45, 0.25, 0.3],
                ),
                (
                    "p",
                    [
                        X(
                            "His vision and hearing were checked at the start of term and there are no concerns about either.",
                            "need ruled out",
                        ),
                        N(
                            "Kieran's reading is at about Entry Level 2: he reads familiar words on sight, but he needs help with anything new, and he cannot yet follow a written workplace form on his own.",
                            CL,
                            B1_READ,
                        ),
                    ],
                ),
                (
                    "p",
                    N(
                        "In maths he is working at Entry Level 1; he recognises coins and notes but cannot yet work out change or add up prices, so he hands over a 20-pound note for everything and trusts the shop to give him the right change.",
                        CL,
                        B1_MONEY,
                    ),
                ),
                (
                    "p",
                    N(
                        "We have noticed in lessons that Kieran needs extra time to answer: if the tutor waits, he usually gets there, but if he is rushed he says 'I don't know'.",
                        CL,
                        B1_PROC,
                    ),
                ),
                ("b", "3. Wellbeing and safety"),
                (
                    "p",
                    [
                        N(
                            "Kieran is vulnerable online: in the summer he gave his bank card details to someone he met on a gaming site, and he does not yet recognise when a message is a scam.",
                            SEMH,
                            None,
                        ),
                        "His mother reported this to the bank, no money was lost, and our safeguarding team has been told.",
                    ],
                ),
                (
                    "p",
                    X(
                        "Kieran saw the college counsellor in his first year after his grandfather died; he had six sessions and the counsellor closed the referral in March 2025.",
                        "resolved difficulty / support ended",
                    ),
                ),
                ("b", "4. Support we already provide"),
                (
                    "grid",
                    [
                        ["Support", "Since", "What difference it has made"],
                        [
                            "Learning support assistant in English and maths lessons, shared with four students",
                            "2023",
                            "Kieran finishes more of his work in class",
                        ],
                        [
                            "Pictorial timetable on his phone",
                            "2024",
                            X(
                                "He now uses it without reminders and no longer needs his tutor to check it each morning.",
                                "support already in place; need resolved",
                            ),
                        ],
                        [
                            "Bus pass and travel training on the college route",
                            "2024",
                            "Travels to college on his own",
                        ],
                        ["Quiet room open at lunchtime", "2025", "Used now and then"],
                    ],
                    [0.45, 0.12, 0.43],
                ),
                ("b", "5. What we recommend"),
                (
                    "p",
                    "We have talked these recommendations through with Kieran and his mother, and they agree with them.",
                ),
                (
                    "p",
                    R(
                        "We recommend functional maths at Entry Level 3 for two hours a week in a group of no more than eight, with the work built around money and time, because these are the skills Kieran most needs at the hospital and for living more independently.",
                        CL,
                        "specific",
                        F1_MATHS,
                    ),
                ),
                (
                    "p",
                    R(
                        "For reading, we recommend one-to-one sessions with a learning support assistant twice a week for 30 minutes, using the labels, forms and signs Kieran meets at the hospital.",
                        CL,
                        "not_specific",
                        F1_READ,
                    ),
                ),
                (
                    "p",
                    R(
                        "We also recommend a six-week course of weekly one-hour sessions with the college's welfare and safeguarding officer on staying safe online and managing a bank account.",
                        SEMH,
                        "missing_from_f",
                    ),
                ),
                (
                    "p",
                    R(
                        "Kieran should keep his named learning support tutor, who will meet him for 15 minutes every Monday morning before placement to go through his week and any changes to his rota.",
                        SEMH,
                        "specific",
                        F1_CHECKIN,
                    ),
                ),
                (
                    "p",
                    X(
                        "We considered moving Kieran onto a mainstream Level 1 course instead of the internship, but his tutors agreed that he learns far better in a real workplace than in a classroom.",
                        "option considered and rejected",
                    ),
                ),
                ("b", "6. Outside college"),
                (
                    "p",
                    R(
                        "Kieran's social worker is arranging a personal assistant for two evenings a week so that he can go to the gym and play football with a friend.",
                        "social_care",
                        "not_educational",
                        H1_PA,
                        section="H2",
                    ),
                ),
                (
                    "p",
                    R(
                        "At home, his mother may find it helps to let Kieran pay for small items at the corner shop himself and count his change with her afterwards.",
                        "other",
                        "not_educational",
                    ),
                ),
                (
                    "p",
                    R(
                        "Kieran is due his annual learning disability health check with his GP, and we would encourage him to book it.",
                        "health",
                        "not_educational",
                        G1_CHECK,
                        section="G",
                    ),
                ),
                (
                    "p",
                    "Farah Siddiqui, Learning Support Manager, Brackenmoor College. Telephone 01632 960551.",
                ),
            ],
        ),
        dict(
            file=YP1,
            footer="My statement - Kieran Oduya",
            author="Kieran Oduya",
            sans=True,
            blocks=[
                ("title", "My statement"),
                (
                    "i",
                    "Kieran said what he wanted to say and his learning support tutor typed it for him. October 2026.",
                ),
                ("b", "About me"),
                (
                    "p",
                    "My name is Kieran. I am 19. I live with my mum and my little sister in Brackenmoor. I like football, cooking pasta and playing FIFA with my cousin Daniel.",
                ),
                ("b", "My internship"),
                (
                    "p",
                    [
                        X(
                            "I like working in the stores best because I know where everything goes now.",
                            "strength / preference",
                        ),
                        "Mr Pryce is kind and he says I am a good worker.",
                    ],
                ),
                (
                    "p",
                    N(
                        "When people talk fast I can't keep up and I just say yes even when I don't get it.",
                        CL,
                        B1_PROC,
                    ),
                ),
                (
                    "p",
                    [
                        N(
                            "I can't use the phone at work because when it rings I freeze and I don't know what to say.",
                            CI,
                            None,
                        ),
                        R(
                            "I would like to practise answering the phone with Deb before I have to do it for real.",
                            CI,
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    N(
                        "I get worried when they change my rota and I don't know the people.",
                        SEMH,
                        B1_CHANGE,
                    ),
                ),
                ("b", "What I want"),
                (
                    "p",
                    [
                        X(
                            "I used to be scared of going on the bus but now I go to college on my own every day.",
                            "resolved difficulty / progress",
                        ),
                        "I want to get the bus to the hospital on my own too.",
                    ],
                ),
                (
                    "p",
                    "I want a real job with a wage. I want my own flat with my mate Tyler when I am older.",
                ),
                ("p", "Kieran Oduya"),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalau-02: Wendlebury County Council; Maddie Kowalczyk, 18, Level 2 Animal Care at a
# general FE college (autism, anxiety)
# layout "now-next-how-stage-headings": no section letters or numbers; every heading opens
# with a stage word and an en dash ("Now - ...", "Next - ...", "How - ...", "Where - ...",
# "Money - ...", "Evidence - ...").
# ---------------------------------------------------------------------------

B2_ANX = "Maddie feels very anxious in busy, noisy places and when she does not know what is going to happen, and when her anxiety is high she may walk out of a lesson or not come in to college."
B2_ATTEND = "Her attendance has been affected by her anxiety."
B2_CHANGE = "Changes she has not been told about, such as a different tutor or room, are very hard for her to cope with."
B2_SENSORY = "She is sensitive to noise and bright light, and the canteen and crowded corridors can be too much for her."
B2_INFER = "She takes language literally and can miss the meaning when things are not said directly, including in written questions."
B2_GROUP = "Group work and speaking in front of others are difficult for her."
B2_FRIENDS = "Maddie would like friends at college but is not sure how to join in with other students' conversations."
B2_HELP = "She rarely asks for help in class, even when she is stuck."
B2_ORG = "Maddie finds it hard to plan her coursework and keep to deadlines."

F2_KEY = "A named key worker from the Learning Support team will meet Maddie for 20 minutes at the start of every college day in the autumn half term, and on three days a week after that."
F2_CHANGES = "Maddie will be told about changes to her timetable in advance where possible."
F2_EXAMS = "Exam access arrangements: 25 per cent extra time and a separate room with no more than five other candidates, for all internal and external assessments."
F2_ANXIETY = "Six weekly sessions of 45 minutes on managing anxiety with the college's wellbeing practitioner, in the spring term."
F2_QUIET = "Access to a quiet space at busy times."
F2_PASSPORT = "A communication passport, written with Maddie and her key worker, will be shared with every member of staff who teaches her at the start of each term."
F2_WRITTEN = "Tutors will give every assignment brief in writing, in plain and literal language, and will check that Maddie has understood any question that uses figurative language."
F2_TUTOR = "Regular check-ins with her personal tutor."

G2_SERT = "Maddie's GP will continue to prescribe and review her sertraline."
G2_AUTISM = "Maddie has been referred to the Wendlebury Adult Autism Service for post-diagnostic support and will be offered a first appointment within 18 weeks."
G2_TRAIN = "The adult speech and language therapy service will run a training session for the college staff who teach Maddie on how to communicate with her."

EP2 = "independent_ep_report.docx"
SL2 = "adult_slt_report.pdf"


def _st(sid: str, stage: str, name: str) -> tuple:
    """A heading with no letter: a stage word, an en dash and a plain name."""
    return ("H", sid, f"{stage} \u2013 {name}", "h2")


CASE_02 = dict(
    name="case-evalau-02",
    layout="now-next-how-stage-headings",
    summary=(
        "Wendlebury County Council; Madeleine (Maddie) Kowalczyk, 18, second year of a Level 2 Animal Care "
        "diploma at Wendlebury College, a general further education college (autism, anxiety, sensory "
        "sensitivity, low attendance). The plan (PDF) has no section letters: each heading opens with a "
        "stage word and an en dash ('Now \u2013 What Maddie finds hard in her learning', 'How \u2013 Support from "
        "college'). An independent educational psychologist's report (.docx) that argues its case at length "
        "against the college's view and sets out options, and an NHS adult speech and language "
        "therapist's report (PDF, third person and reported speech)."
    ),
    note="The speech and language therapist's training session for Maddie's tutors stands in the health provision section as an offer from the adult SLT service: provision in the wrong section. The GP's prescription and the adult autism service referral are health provision. The psychologist's argument against the college's 'as needed' support and the options she rejects are reasoning, not needs.",
    plan=dict(
        file="plan.pdf",
        header="Wendlebury County Council - Education, Health and Care Plan",
        footer="Madeleine Kowalczyk - amended plan issued 20 November 2026 - page {n} of {m}",
        author="Wendlebury SEND Service",
        title="EHC Plan - Madeleine Kowalczyk",
        sans=True,
        accent="23507A",
        blocks=[
            ("org", "Wendlebury County Council - Post-16 SEND Team"),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Madeleine (Maddie) Kowalczyk, born 14 January 2008. Wendlebury College, Level 2 Animal Care (year 2). Parents: Ewa and Mark Kowalczyk, 8 Orchard Rise, Wendlebury VR3 6HD.",
            ),
            (
                "i",
                "This plan is set out in stages: where Maddie is now, what she is working towards next, how she will be supported, where she will learn, the money for her support, and the evidence behind it.",
            ),
            _st("A", "Now", "About Maddie, in her own words"),
            (
                "S",
                "A",
                "Maddie wants to work with animals, ideally as a veterinary care assistant, and she would like to pass her driving test.",
            ),
            (
                "p",
                "She says: 'I'm good with animals because they don't expect me to make small talk.' She likes horses, drawing and K-pop. Her parents want her to finish her course and to find ways of managing her anxiety so that it does not stop her doing the things she wants to do.",
            ),
            _st("B", "Now", "What Maddie finds hard in her learning"),
            (
                "S",
                "B",
                "Maddie is autistic (diagnosed in 2022) and has high levels of anxiety, and these affect her learning, her attendance and her confidence with other people.",
            ),
            ("p", [B2_ANX, B2_ATTEND]),
            ("p", [B2_CHANGE, B2_SENSORY]),
            ("p", [B2_INFER, B2_GROUP, B2_FRIENDS]),
            ("p", [B2_HELP, B2_ORG]),
            (
                "p",
                "Maddie's practical skills with animals are a real strength, and her tutors describe her written work as careful and accurate.",
            ),
            _st("C", "Now", "Maddie's health"),
            (
                "S",
                "C",
                "Maddie's anxiety is treated by her GP, who prescribes sertraline, and she is waiting for an appointment with the adult autism service.",
            ),
            _st("D", "Now", "Maddie's care and home life"),
            (
                "S",
                "D",
                "Maddie lives at home with her parents and her younger brother. No social care needs have been identified.",
            ),
            _st("E", "Next", "What Maddie is working towards"),
            (
                "S",
                "E",
                "By July 2027 Maddie will attend at least 90 per cent of her timetabled sessions.",
            ),
            (
                "p",
                "By July 2027 Maddie will ask a member of staff for help, in person or by message, at least once a week when she needs it.",
            ),
            (
                "p",
                "By July 2027 Maddie will hand in every assignment for her Level 2 Animal Care course by the deadline or an agreed extension.",
            ),
            _st("F", "How", "Support from college"),
            (
                "S",
                "F",
                "Wendlebury College will provide the support below. The Additional Learning Support Coordinator, Mr Dev Anand, is responsible for arranging it.",
            ),
            (
                "bul",
                [
                    ("F", F2_KEY, True),
                    ("F", F2_CHANGES, False),
                    ("F", F2_EXAMS, True),
                    ("F", F2_ANXIETY, True),
                    ("F", F2_QUIET, False),
                    ("F", F2_PASSPORT, True),
                    ("F", F2_WRITTEN, True),
                    ("F", F2_TUTOR, False),
                ],
            ),
            _st("G", "How", "Support from health services"),
            ("S", "G", G2_SERT),
            ("p", [G2_AUTISM, G2_TRAIN]),
            _st("H1", "How", "Social care support for a disabled young person under 18"),
            ("S", "H1", "Not applicable."),
            _st("H2", "How", "Other social care support"),
            (
                "S",
                "H2",
                "None at present. Maddie's family have been given details of the Wendlebury autism carers' group.",
            ),
            _st("I", "Where", "Maddie's college"),
            (
                "S",
                "I",
                "Wendlebury College, Station Road, Wendlebury VR2 5JL, a general further education college: second year of the Level 2 Diploma in Animal Care.",
            ),
            _st("J", "Money", "Maddie's personal budget"),
            ("S", "J", "No personal budget has been requested."),
            _st("K", "Evidence", "The advice we used"),
            (
                "S",
                "K",
                "Independent educational psychology report by Dr Rowan Eckersley (September 2026); report of the adult speech and language therapist, Ms Lucy Tamblyn (October 2026); college advice; Maddie's and her parents' views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=EP2,
            style="headed",
            footer="Dr R Eckersley - independent educational psychology report - Madeleine Kowalczyk",
            author="R Eckersley",
            accent="4A3B6B",
            blocks=[
                ("org", "Eckersley Psychology"),
                (
                    "small",
                    "Unit 4, The Maltings, Wendlebury VR1 2BB - 01632 960683 - rowan@eckersley-psychology.example.org",
                ),
                ("title", "Independent Educational Psychology Report"),
                (
                    "kv",
                    [
                        (
                            "Young person",
                            "Madeleine (Maddie) Kowalczyk, born 14 January 2008 (18 years 8 months)",
                        ),
                        ("College", "Wendlebury College, Level 2 Diploma in Animal Care, year 2"),
                        ("Instructed by", "Mr and Mrs Kowalczyk, with Maddie's agreement"),
                        ("Seen", "10 September 2026 (college) and 17 September 2026 (my office)"),
                        ("Author", "Dr Rowan Eckersley, HCPC-registered educational psychologist"),
                    ],
                ),
                ("h", 1, "1. Instructions"),
                (
                    "p",
                    "I was instructed by Mr and Mrs Kowalczyk, with Maddie's consent, to assess her special educational needs and to say what provision she requires, following the annual review of her EHC plan in June 2026. I understand that my duty is to the Tribunal, should this matter proceed to appeal, and that it overrides any obligation to those who instructed me.",
                ),
                ("h", 1, "2. Background"),
                (
                    "p",
                    [
                        X(
                            "Maddie's early development was typical apart from delayed speech, and she was talking in sentences by the age of three.",
                            "history",
                        ),
                        X(
                            "At primary school she was described as quiet and compliant, and her difficulties were not recognised until secondary school.",
                            "history",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Her attendance at Wendlebury Academy fell to 41 per cent in Year 11, but she sat her GCSEs in a separate room and passed seven, including English and maths at grade 4.",
                            "history / attainment",
                        ),
                        X(
                            "She had a period of self-harm in Year 10, which was treated by CAMHS, and she has not harmed herself for more than two years.",
                            "resolved difficulty",
                        ),
                        "CAMHS discharged her on her eighteenth birthday.",
                    ],
                ),
                ("h", 1, "3. Assessment"),
                (
                    "grid",
                    [
                        ["WAIS-IV index", "Standard score", "Descriptor"],
                        ["Verbal Comprehension", "108", "Average"],
                        ["Perceptual Reasoning", "112", "High average"],
                        ["Working Memory", "97", "Average"],
                        ["Processing Speed", "76", "Borderline"],
                    ],
                    [0.45, 0.25, 0.3],
                ),
                (
                    "p",
                    [
                        X(
                            "Maddie's verbal and perceptual reasoning are in the average to high average range, and there is no evidence of a general learning difficulty.",
                            "test result: strength / need ruled out",
                        ),
                        N(
                            "Her processing speed is in the borderline range and is by far her weakest area: she takes much longer than her peers to complete written work under timed conditions, and she did not finish either of the timed tasks I set.",
                            CL,
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    N(
                        "On the Beck Anxiety Inventory Maddie scored 34, which is in the severe range, and she described daily physical symptoms of anxiety, such as a racing heart and feeling sick, before college.",
                        SEMH,
                        B2_ANX,
                    ),
                ),
                ("h", 1, "4. Maddie's needs: my analysis"),
                (
                    "p",
                    [
                        N(
                            "In my observation at college, Maddie left the canteen within two minutes with her hands over her ears and spent the rest of the lunch break in the toilets; she told me that the noise and the smell of food 'make everything too loud in my head'.",
                            SP,
                            B2_SENSORY,
                        ),
                        "This is a sensory response, and it is not something she can simply be encouraged to get used to.",
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Maddie's anxiety rises sharply whenever something changes without warning; on the day of my visit a practical session was moved to a different yard, and she did not go to it.",
                            SEMH,
                            B2_CHANGE,
                        ),
                        X(
                            "It would be wrong to see this as defiance or as a lack of interest in the course, which she plainly loves.",
                            "argument / reason",
                        ),
                    ],
                ),
                (
                    "p",
                    N(
                        "She did not ask for help once in the two lessons I observed, although she had misunderstood the task in the second and spent twenty minutes on the wrong question.",
                        CI,
                        B2_HELP,
                    ),
                ),
                (
                    "p",
                    N(
                        "Maddie is unable to plan a piece of coursework over several weeks: she has no system for recording deadlines, and at the time of my assessment three units were overdue.",
                        CL,
                        B2_ORG,
                    ),
                ),
                (
                    "p",
                    N(
                        "Her attendance this term is 71 per cent, and nearly all of the absences are on days with practical sessions in large groups or with supply tutors.",
                        SEMH,
                        B2_ATTEND,
                    ),
                ),
                ("h", 1, "5. The college's proposals, and why I do not agree with them"),
                (
                    "p",
                    "The college's view, set out in its advice of July 2026, is that Maddie's needs can be met from its universal offer, with a learning support assistant available 'as needed' and access to the student wellbeing service. I do not agree, for three reasons.",
                ),
                (
                    "p",
                    [
                        "First,",
                        X(
                            "support that depends on Maddie asking for it will not, in practice, be used, because asking is the very thing her autism and her anxiety make hardest for her.",
                            "argument / reason",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "Second,",
                        X(
                            "the wellbeing service offers up to six sessions of a general model designed for short-term difficulties, and it is not adapted for autistic young people, whose anxiety is bound up with uncertainty and sensory overload.",
                            "argument / reason",
                        ),
                    ],
                ),
                (
                    "p",
                    "Third, Maddie's difficulties have been documented for four years, and in that time the approach of waiting to see whether she settles has been tried more than once; each time her attendance has fallen further. Predictability has to be built in from the start, and it has to be written down.",
                ),
                ("h", 1, "6. Options"),
                ("p", "I have considered three ways forward."),
                (
                    "p",
                    X(
                        "Option A, a move to a specialist residential college for autistic students, would give Maddie a calm environment, but it would take her away from the course and the animals she loves, and she is clear that she does not want it; I do not recommend it.",
                        "option considered and rejected",
                    ),
                ),
                (
                    "p",
                    X(
                        "Option B, a reduced timetable of three days a week, would lower her anxiety in the short term but would not allow her to complete the Level 2 Diploma, and it would reinforce avoidance.",
                        "option considered and rejected",
                    ),
                ),
                (
                    "p",
                    "Option C, which I recommend, is for Maddie to stay on her full-time course with the structured and predictable support set out in the next section.",
                ),
                ("h", 1, "7. Recommendations"),
                (
                    "p",
                    R(
                        "Maddie should have a named key worker from the learning support team who meets her for 20 minutes at the start of every college day for the first half term, and on three mornings a week after that, to preview the day, to warn her of any change and to agree who she will go to if she needs help.",
                        SEMH,
                        "specific",
                        F2_KEY,
                    ),
                ),
                (
                    "p",
                    R(
                        "Any change to her timetable, room or tutor should be sent to Maddie by text at least 48 hours beforehand and shown on her visual timetable, except in a genuine emergency; a promise to tell her 'where possible' would, in my experience, mean that she is not told on precisely the days when it matters most.",
                        SEMH,
                        "not_specific",
                        F2_CHANGES,
                    ),
                ),
                (
                    "p",
                    R(
                        "I recommend 25 per cent extra time and a separate, small room for all of her assessments, because of her slow processing speed and her sensory needs.",
                        CL,
                        "specific",
                        F2_EXAMS,
                    ),
                ),
                (
                    "p",
                    R(
                        "Maddie needs a course of 10 to 12 weekly sessions of anxiety management adapted for autistic young people, delivered by a practitioner trained in autism, such as a clinical psychologist or an autism-trained counsellor; six sessions of the generic model would not be enough and would not fit the way she thinks.",
                        SEMH,
                        "less",
                        F2_ANXIETY,
                    ),
                ),
                (
                    "p",
                    R(
                        "A quiet room away from the canteen must be open to her at every break and lunchtime, with a member of staff she knows nearby, and she should be allowed to eat there.",
                        SP,
                        "not_specific",
                        F2_QUIET,
                    ),
                ),
                (
                    "p",
                    R(
                        "I also recommend a weekly one-hour, one-to-one study skills session with a specialist tutor, to plan her coursework, break each assignment into steps and keep a shared calendar of deadlines.",
                        CL,
                        "missing_from_f",
                    ),
                ),
                (
                    "p",
                    R(
                        "At home, I would suggest that Maddie's parents agree a short planning time with her on Sunday evenings, so that she knows the shape of the week ahead.",
                        "other",
                        "not_educational",
                    ),
                ),
                (
                    "p",
                    R(
                        "Finally, Maddie should be seen by the Wendlebury Adult Autism Service for post-diagnostic support now that CAMHS has discharged her; this is a health matter, and I make no recommendation about how it is provided.",
                        "health",
                        "not_educational",
                        G2_AUTISM,
                        section="G",
                    ),
                ),
                ("h", 1, "8. Conclusion"),
                (
                    "p",
                    "In my opinion Maddie's needs are complex but well understood, and with predictable, clearly specified support she is capable of completing her course and moving into work with animals.",
                ),
                (
                    "p",
                    "Dr Rowan Eckersley, DEdChPsy, CPsychol, HCPC PYL05518. 28 September 2026.",
                ),
            ],
        ),
        dict(
            file=SL2,
            header="Wendlebury Community Health NHS Trust - Adult Speech and Language Therapy",
            footer="Madeleine Kowalczyk - NHS 999 731 6624 - page {n} of {m}",
            author="L Tamblyn",
            accent="005EB8",
            blocks=[
                ("org", "Wendlebury Community Health NHS Trust"),
                (
                    "small",
                    "Adult Speech and Language Therapy, Riverside Health Centre, Mill Street, Wendlebury VR1 4AT. Telephone 01632 960722.",
                ),
                ("title", "Speech and Language Therapy Assessment Report"),
                (
                    "kv",
                    [
                        ("Name", "Madeleine Kowalczyk"),
                        ("Date of birth", "14/01/2008"),
                        ("NHS number", "999 731 6624"),
                        ("Referred by", "Dr S Hussain, GP, Wendlebury Vale Surgery"),
                        ("Seen", "2 October 2026 (clinic) and 9 October 2026 (Wendlebury College)"),
                        ("Therapist", "Lucy Tamblyn, Specialist Speech and Language Therapist"),
                    ],
                ),
                ("b", "Reason for referral"),
                (
                    "p",
                    "Maddie was referred by her GP after her parents asked for an assessment of her social communication, now that she has left CAMHS. Maddie agreed to the referral and to this report being shared with her college and with the local authority.",
                ),
                ("b", "Background"),
                (
                    "p",
                    [
                        X(
                            "Maddie had speech and language therapy for a speech delay between the ages of two and four and was discharged with speech in the normal range.",
                            "resolved difficulty / history",
                        ),
                        X("Her hearing was tested in August 2026 and is normal.", "need ruled out"),
                    ],
                ),
                ("b", "Assessment"),
                (
                    "p",
                    "Selected subtests of the CELF-5 and the Test of Pragmatic Language (TOPL-2) were used, with an informal conversation sample and an observation in a practical lesson.",
                ),
                (
                    "p",
                    [
                        X(
                            "Maddie's scores for understanding and using sentences were within the average range, and her vocabulary is a strength.",
                            "test result: strength",
                        ),
                        N(
                            "On the pragmatic language test, however, her score was well below average: she gave literal answers to sarcasm and to indirect requests, and she told the therapist that she often does not know 'what people actually want' when they hint.",
                            CI,
                            B2_INFER,
                        ),
                    ],
                ),
                (
                    "p",
                    N(
                        "Maddie reported that she finds it very difficult to start a conversation with other students, and that she eats lunch alone because she does not know how to join a group that is already talking.",
                        CI,
                        B2_FRIENDS,
                    ),
                ),
                (
                    "p",
                    N(
                        "Her mother described episodes, about once a fortnight, when Maddie becomes overwhelmed and is unable to speak at all for up to an hour; during these she cannot tell staff what is wrong and may be thought to be ignoring them.",
                        CI,
                        None,
                    ),
                ),
                (
                    "p",
                    N(
                        "She said that in group work she lets the others do the talking and is then given the jobs nobody else wants.",
                        CI,
                        B2_GROUP,
                    ),
                ),
                ("b", "Impressions"),
                (
                    "p",
                    "Maddie presents with a social communication profile consistent with her diagnosis of autism. Her structural language is good, and this can hide the extent of her difficulties from people who do not know her well.",
                ),
                ("b", "Recommendations"),
                (
                    "p",
                    "The following recommendations were discussed with Maddie, who agreed to them being shared with her college.",
                ),
                (
                    "bul",
                    [
                        R(
                            "It is recommended that Maddie and her key worker write a one-page communication passport, setting out how she communicates and what helps when she is overwhelmed, to be shared with every member of staff who teaches her at the start of each term.",
                            CI,
                            "specific",
                            F2_PASSPORT,
                        ),
                        R(
                            "Staff should give instructions and assignment briefs in writing, in literal language, and should check her understanding of any question that uses idioms or figurative language.",
                            CI,
                            "specific",
                            F2_WRITTEN,
                        ),
                        R(
                            "The therapist will offer one training session of about 90 minutes for the college staff who teach Maddie, on autism-friendly communication and on recognising and responding to her shutdowns.",
                            CI,
                            "wrong_section",
                            G2_TRAIN,
                            section="G",
                        ),
                        R(
                            "Maddie would benefit from a structured small-group social communication programme at college, of one hour a week for at least ten weeks with no more than six students, run by a trained member of staff with advice from a speech and language therapist.",
                            CI,
                            "missing_from_f",
                        ),
                        R(
                            "At home, the family may find a 'traffic light' card useful, so that Maddie can show how she is feeling without having to speak.",
                            "other",
                            "not_educational",
                        ),
                    ],
                ),
                ("b", "Plan"),
                (
                    "p",
                    "Maddie has been discharged from the adult speech and language therapy service with this report. She can be referred again by her GP if her needs change.",
                ),
                (
                    "sig",
                    [
                        "Lucy Tamblyn",
                        "Specialist Speech and Language Therapist, HCPC SL08812",
                        "14 October 2026",
                    ],
                ),
                (
                    "small",
                    "Copies: Maddie Kowalczyk; Dr S Hussain (GP); Wendlebury Post-16 SEND Team.",
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalau-03: Fellbridge City Council; Jordan Mbeki-Price, 18, Level 3 electrical
# apprenticeship with day release (dyslexia, anxiety and low mood)
# layout "repeated-e-f-subheads-per-outcome": lettered Word headings ("Section B - ..."),
# but Sections E and F come as blocks, one per outcome: the same two sub-headings
# ("Section E - outcome sought", "Section F - provision to achieve this outcome") repeat
# under each outcome, with that outcome's provision listed beneath it.
# ---------------------------------------------------------------------------

B3_READ = "Jordan reads slowly and often has to read things twice to understand them, so the written parts of his course and technical manuals take him a long time."
B3_SPELL = "His spelling is weak and he avoids writing, which means his written assignments do not show how much he knows."
B3_WM = "He finds it hard to hold several pieces of information in mind at once, such as a list of instructions or a set of measurements."
B3_FS = "He has not yet passed Functional Skills English at Level 2, which he needs in order to complete his apprenticeship."
B3_ORG = "Keeping track of his portfolio evidence and deadlines is difficult for him."
B3_ANX = "Jordan has anxiety, which becomes much worse before tests and exams and has led to panic attacks."
B3_MOOD = "He has spells of low mood, when he withdraws from people, finds it hard to get up for work and may stop going in."
B3_ESTEEM = "After failing English several times at school, Jordan thinks of himself as 'thick' and is reluctant to let people know that he has dyslexia."

F3_AT = "A laptop with Read&Write text-to-speech and speech-to-text software, for use at college and at work, with three one-hour training sessions from the college's assistive technology officer in the autumn term."
F3_TUITION = (
    "Specialist one-to-one dyslexia tuition with a specialist teacher for one hour every fortnight."
)
F3_FS = "Support to prepare for Functional Skills English."
F3_EXAMS = "Access arrangements for all tests and for the end-point assessment: 25 per cent extra time, a computer reader and a separate room."
F3_EXTRA = "Extra time to complete written assignments as needed."
F3_MENTOR = "Regular mentoring from the college wellbeing team."
F3_PANIC = "A written plan, agreed with Jordan, setting out what he and his supervisor will do if he has a panic attack at work or at college, reviewed each term by his wellbeing mentor."
F3_PORTFOLIO = "A 30-minute meeting every two weeks with his apprenticeship assessor to plan the evidence for his portfolio, with each deadline added to the calendar on his phone during the meeting."

G3_TT = "Jordan has been referred to Fellbridge NHS Talking Therapies for a course of cognitive behavioural therapy for panic and low mood, and he is on the waiting list."
G3_GP = "His GP will review his mood every three months."
H3_ATW = "Access to Work (Department for Work and Pensions) will fund dyslexia awareness training for Jordan's supervisor and the site team at Carrick Electrical Services."

LS3 = "learning_support_assessment.pdf"
JC3 = "job_coach_review.docx"
YP3 = "my_views.pdf"

E_HEAD3 = "Section E \u2013 outcome sought"
F_HEAD3 = "Section F \u2013 provision to achieve this outcome"


def _s3(sid: str, name: str) -> tuple:
    return ("H", sid, f"Section {sid} \u2013 {name}", "h1")


def _outcome(label: str, outcome, provisions: list, intro=None) -> list:
    """One outcome block: the repeated E sub-heading, the outcome, the repeated F
    sub-heading and the provision for that outcome."""
    out = [
        ("H", "E", E_HEAD3, "h3"),
        ("b", label),
        outcome if isinstance(outcome, tuple) else ("p", outcome),
    ]
    out.append(("H", "F", F_HEAD3, "h3"))
    if intro:
        out.append(intro)
    out.append(("bul", provisions))
    return out


CASE_03 = dict(
    name="case-evalau-03",
    layout="repeated-e-f-subheads-per-outcome",
    summary=(
        "Fellbridge City Council; Jordan Mbeki-Price, 18, second-year Level 3 electrical apprentice with "
        "Carrick Electrical Services Ltd, on day release to Fellbridge College of Technology (dyslexia, "
        "anxiety with panic attacks, low mood). The plan (.docx) has lettered Word headings ('Section B "
        "\u2013 ...'), but Sections E and F come as four outcome blocks: the same two sub-headings repeat "
        "under each outcome, with the provision for that outcome listed beneath. The college's learning "
        "support assessment (PDF) with a recommendations table (Recommendation, Reason, Outcome columns) "
        "and a table of scores, a job coach's workplace review (.docx, narrative with options), and "
        "Jordan's own views (PDF, first person, dictated)."
    ),
    note="Dyslexia awareness training for Jordan's supervisor and site team, recommended by the job coach, stands in Section H2 as something Access to Work will fund: provision in the wrong section. NHS Talking Therapies and GP review in G are health provision. The Reason and Outcome cells of the college's table explain recommendations and are not needs in their own right.",
    plan=dict(
        file="plan.docx",
        header="OFFICIAL - SENSITIVE",
        footer="Fellbridge City Council - EHC plan - Jordan Mbeki-Price - final, 25 November 2026",
        author="Fellbridge SEND Assessment and Review Team",
        title="EHC Plan - Jordan Mbeki-Price",
        accent="7A3E00",
        blocks=[
            ("org", "Fellbridge City Council"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Jordan Mbeki-Price"),
                    ("Date of birth", "22 May 2008"),
                    ("Address", "41 Canal Side, Fellbridge VT5 2RE"),
                    (
                        "Education and training",
                        "Level 3 Electrotechnical apprenticeship, Carrick Electrical Services Ltd and Fellbridge College of Technology",
                    ),
                    ("Case coordinator", "Ms Rachel Okoro, 01632 960845"),
                ],
            ),
            _s3("A", "Jordan's views, interests and aspirations"),
            (
                "S",
                "A",
                "Jordan wants to qualify as an electrician and one day to run his own business.",
            ),
            (
                "p",
                "He enjoys the practical side of his work, going to the gym and watching rugby. He says that the writing is the hardest part of his apprenticeship and that he does not want his workmates to think he is slow. His mother, Mrs Nomvula Mbeki-Price, wants him to finish his apprenticeship and to feel better about himself.",
            ),
            _s3("B", "Jordan's special educational needs"),
            (
                "S",
                "B",
                "Jordan has dyslexia, diagnosed in Year 8, and has anxiety and periods of low mood.",
            ),
            ("b", "Literacy and learning"),
            ("p", [B3_READ, B3_SPELL]),
            ("p", [B3_WM, B3_FS]),
            ("p", B3_ORG),
            ("b", "Mental health and wellbeing"),
            ("p", [B3_ANX, B3_MOOD]),
            ("p", B3_ESTEEM),
            (
                "p",
                "Jordan's practical work is of a high standard and his employer values him highly.",
            ),
            _s3("C", "Health needs"),
            (
                "S",
                "C",
                "Jordan's GP is treating his low mood and anxiety, and he has been referred to NHS Talking Therapies.",
            ),
            _s3("D", "Social care needs"),
            ("S", "D", "Jordan lives with his mother and does not have social care needs."),
            ("h", 1, "Outcomes and provision"),
            (
                "p",
                "Each outcome below is followed by the special educational provision that will help Jordan to achieve it.",
            ),
            *_outcome(
                "Outcome 1: English and reading",
                (
                    "S",
                    "E",
                    "By July 2028 Jordan will pass Functional Skills English at Level 2 and read technical documents on his own using assistive technology.",
                ),
                [("F", F3_AT, True), ("F", F3_TUITION, True), ("F", F3_FS, False)],
                intro=(
                    "S",
                    "F",
                    "The provision in this plan will be made by Fellbridge College of Technology, working with Carrick Electrical Services Ltd, and is coordinated by the college's apprenticeship learning support lead, Ms Naomi Frith.",
                ),
            ),
            *_outcome(
                "Outcome 2: Tests and assessments",
                "By July 2027 Jordan will sit each of his Level 3 unit tests with his agreed access arrangements and say that his anxiety was manageable.",
                [("F", F3_EXAMS, True), ("F", F3_EXTRA, False)],
            ),
            *_outcome(
                "Outcome 3: Wellbeing",
                "By July 2027 Jordan will attend at least 95 per cent of his college days and tell his mentor when his mood is low.",
                [("F", F3_MENTOR, False), ("F", F3_PANIC, True)],
            ),
            *_outcome(
                "Outcome 4: Organisation at work",
                "By July 2027 Jordan will keep his portfolio up to date and meet every evidence deadline agreed with his assessor.",
                [("F", F3_PORTFOLIO, True)],
            ),
            _s3("G", "Health provision"),
            ("S", "G", G3_TT),
            ("p", G3_GP),
            _s3(
                "H1",
                "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("S", "H1", "Not applicable."),
            _s3("H2", "Other social care provision"),
            ("S", "H2", H3_ATW),
            _s3("I", "Placement"),
            (
                "S",
                "I",
                "Fellbridge College of Technology (further education college), Level 3 Electrotechnical Apprenticeship on day release on Thursdays, with employment at Carrick Electrical Services Ltd.",
            ),
            _s3("J", "Personal budget"),
            ("S", "J", "Jordan has not asked for a personal budget."),
            _s3("K", "Advice and information"),
            (
                "S",
                "K",
                "Learning support assessment, Fellbridge College of Technology (Ms N Frith, September 2026); workplace review by Mr C Obi, job coach (October 2026); Jordan's own views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=LS3,
            header="Fellbridge College of Technology - Additional Learning Support",
            footer="Learning support assessment - J Mbeki-Price - {n}/{m}",
            author="N Frith",
            accent="7A3E00",
            blocks=[
                ("org", "Fellbridge College of Technology - Additional Learning Support"),
                ("title", "Learning Support Assessment: Apprentice"),
                (
                    "kv",
                    [
                        ("Apprentice", "Jordan Mbeki-Price, born 22 May 2008"),
                        (
                            "Programme",
                            "Level 3 Electrotechnical apprenticeship, year 2 (day release on Thursdays)",
                        ),
                        ("Employer", "Carrick Electrical Services Ltd"),
                        (
                            "Assessed by",
                            "Naomi Frith, Apprenticeship Learning Support Lead (AMBDA)",
                        ),
                        ("Date", "24 September 2026"),
                    ],
                ),
                ("b", "Background"),
                (
                    "p",
                    [
                        X(
                            "Jordan was diagnosed with dyslexia by a specialist teacher in Year 8 and had a reader and extra time for his GCSEs.",
                            "history",
                        ),
                        X(
                            "He passed GCSE maths at grade 5, he has a good grasp of the electrical science, and his employer rates his practical work as excellent.",
                            "strength",
                        ),
                        X(
                            "He sat GCSE English Language three times at school and in the sixth form and did not reach grade 4.",
                            "history",
                        ),
                    ],
                ),
                ("b", "Assessment results"),
                (
                    "grid",
                    [
                        ["Test", "Score", "Description"],
                        ["TOWRE-2 sight word efficiency", "78", "Below average"],
                        ["WRAT-5 sentence comprehension", "88", "Low average"],
                        [
                            "Reading speed (course text)",
                            "118 words a minute",
                            "Well below the adult average",
                        ],
                        ["WRAT-5 spelling", "74", "Well below average"],
                        ["Digit span (working memory)", "80", "Below average"],
                        ["Visual stress screening", "-", "No significant visual stress"],
                    ],
                    [0.45, 0.22, 0.33],
                ),
                (
                    "p",
                    [
                        N(
                            "Jordan's reading is accurate but very slow, and he has to re-read most paragraphs of his course handbook to take in the meaning.",
                            CL,
                            B3_READ,
                        ),
                        N(
                            "His spelling of everyday and technical words is well below what his understanding would suggest, and he said that he keeps his written answers as short as possible so that fewer mistakes show.",
                            CL,
                            B3_SPELL,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "He has difficulty holding information in mind: when I read him four measurements, he could recall only the first two.",
                            CL,
                            B3_WM,
                        ),
                        N(
                            "More worrying for his trade, Jordan reverses the order of digits when he copies numbers, writing 2.5 as 5.2 and 16 as 61 without noticing, and his supervisor has already caught him marking a cable run at the wrong length.",
                            CL,
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "The screening for visual stress was negative, and coloured overlays made no difference to his reading speed.",
                        "need ruled out",
                    ),
                ),
                ("b", "Wellbeing"),
                (
                    "p",
                    [
                        N(
                            "Jordan told me he had a panic attack in the car park before his Level 2 exam last June and went home without sitting it, and that he has had at least four panic attacks since then.",
                            SEMH,
                            B3_ANX,
                        ),
                        X(
                            "His mother said that the panic attacks began in Year 11 and that, before then, he had been a confident boy who played rugby for the county.",
                            "history",
                        ),
                    ],
                ),
                (
                    "p",
                    N(
                        "He is very critical of himself about his reading and spelling and does not want his workmates to know that he is dyslexic.",
                        SEMH,
                        B3_ESTEEM,
                    ),
                ),
                ("pb",),
                ("b", "Recommendations"),
                (
                    "p",
                    "Each recommendation is given with the reason for it and the outcome we expect, so that it can be written into Jordan's plan and reviewed.",
                ),
                (
                    "grid",
                    [
                        ["Recommendation", "Reason", "Outcome"],
                        [
                            R(
                                "A laptop with Read&Write (text-to-speech and speech-to-text) for use at college and on site, with three one-hour training sessions from the assistive technology officer.",
                                CL,
                                "specific",
                                F3_AT,
                            ),
                            X(
                                "Jordan can understand complex text when it is read to him, but he reads it too slowly to keep up.",
                                "reason for a recommendation",
                            ),
                            "Jordan reads and writes his assignments independently using the software.",
                        ],
                        [
                            R(
                                "One-to-one specialist dyslexia tuition for one hour every week, with a teacher holding an AMBDA or equivalent qualification, for the rest of his apprenticeship.",
                                CL,
                                "less",
                                F3_TUITION,
                            ),
                            "Spelling and written expression are well below his ability and need structured teaching.",
                            X(
                                "His spelling of the technical vocabulary of his trade improves, and his written answers get longer.",
                                "outcome of a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Functional Skills English Level 2 preparation in a group of no more than six, for 90 minutes a week, with a tutor trained in teaching dyslexic learners.",
                                CL,
                                "not_specific",
                                F3_FS,
                            ),
                            X(
                                "Jordan has failed English exams repeatedly in large classes, and he cannot complete his apprenticeship without this qualification.",
                                "reason for a recommendation",
                            ),
                            "A pass in Functional Skills English Level 2 by the end of his second year.",
                        ],
                        [
                            R(
                                "Access arrangements for every test and for the end-point assessment: 25% extra time, a computer reader and a separate room.",
                                CL,
                                "specific",
                                F3_EXAMS,
                            ),
                            "Slow reading and exam anxiety.",
                            "Test results that reflect what he knows.",
                        ],
                        [
                            R(
                                "A checking routine for numbers: Jordan reads every measurement back aloud to his supervisor, or checks it against a second reading, before he cuts or marks anything, using a laminated prompt card.",
                                CL,
                                "missing_from_f",
                            ),
                            X(
                                "He reverses digits without noticing, and on site this is a safety risk as well as a cost.",
                                "reason for a recommendation",
                            ),
                            "No measurement errors recorded in his site log.",
                        ],
                        [
                            R(
                                "A 30-minute weekly meeting with a named wellbeing mentor, with a plan for what to do if his mood drops or he feels panicky.",
                                SEMH,
                                "not_specific",
                                F3_MENTOR,
                            ),
                            "His mood and anxiety are the main threat to him finishing his apprenticeship.",
                            X(
                                "Jordan attends at least 95% of college days and tells someone early when he is struggling.",
                                "outcome of a recommendation",
                            ),
                        ],
                    ],
                    [0.44, 0.3, 0.26],
                ),
                ("b", "Other advice"),
                (
                    "p",
                    R(
                        "Jordan should keep seeing his GP about his mood, and we support the referral to NHS Talking Therapies that his GP has made.",
                        "health",
                        "not_educational",
                        G3_TT,
                        section="G",
                    ),
                ),
                (
                    "p",
                    R(
                        "At home, it may help if his mother reads important letters with him, such as those from the bank or the DVLA.",
                        "other",
                        "not_educational",
                    ),
                ),
                (
                    "sig",
                    [
                        "Naomi Frith",
                        "Apprenticeship Learning Support Lead, Fellbridge College of Technology",
                        "01632 960912",
                    ],
                ),
            ],
        ),
        dict(
            file=JC3,
            footer="Fellbridge Supported Employment Service - workplace review",
            author="C Obi",
            accent="2F5496",
            blocks=[
                ("org", "Fellbridge Supported Employment Service"),
                ("title", "Workplace Support Review"),
                (
                    "p",
                    "Apprentice: Jordan Mbeki-Price. Employer: Carrick Electrical Services Ltd (supervisor Mr Steve Radley). Job coach: Chidi Obi. Date of review: 12 October 2026.",
                ),
                ("h", 2, "Purpose of this review"),
                (
                    "p",
                    "This review was requested by the college for Jordan's EHC plan review. I have visited Jordan on site three times since August 2026, at his request and with his employer's agreement, and I have spoken to Mr Radley, to Jordan's assessor and to Jordan's mother.",
                ),
                ("h", 2, "What is going well"),
                (
                    "p",
                    [
                        X(
                            "Mr Radley reports that Jordan's practical work is neat, safe and quick, and that he is one of the most reliable apprentices the firm has had.",
                            "strength",
                        ),
                        X("Jordan has not missed a day at work since July.", "attendance"),
                    ],
                ),
                ("h", 2, "Concerns raised"),
                (
                    "p",
                    [
                        "Mr Radley said that Jordan rarely asks questions.",
                        N(
                            "He also said that when he gives Jordan a list of jobs for the day, Jordan remembers the first one or two and then has to phone him, which he is embarrassed to do.",
                            CL,
                            B3_WM,
                        ),
                    ],
                ),
                (
                    "p",
                    N(
                        "Jordan told me that the portfolio is 'doing his head in': he has photographs of his work on his phone but has not uploaded or written up any evidence since May, and his assessor has warned him that he is falling behind.",
                        CL,
                        B3_ORG,
                    ),
                ),
                (
                    "p",
                    N(
                        "Jordan has become cut off from the other apprentices: he eats his lunch alone in the van, he has stopped going to the Friday five-a-side, and he says he does not feel he fits in any more.",
                        SEMH,
                        None,
                    ),
                ),
                (
                    "p",
                    N(
                        "He described mornings when he 'can't face it' and stays in bed, and his mother said these have become more frequent since September.",
                        SEMH,
                        B3_MOOD,
                    ),
                ),
                ("h", 2, "Options we discussed"),
                (
                    "p",
                    X(
                        "We talked about Jordan moving to a Level 2 apprenticeship with less written work, but he and his employer both want him to stay on Level 3, and I agree that the level of the course is not the problem.",
                        "option considered and rejected",
                    ),
                ),
                (
                    "p",
                    X(
                        "Mr Radley has offered to let Jordan record his evidence as voice notes, which the awarding body has confirmed it accepts, and this has already started.",
                        "support already in place",
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    R(
                        "I recommend that Jordan meets his assessor for 30 minutes every two weeks to plan his portfolio evidence, with each deadline put into his phone calendar during the meeting.",
                        CL,
                        "specific",
                        F3_PORTFOLIO,
                    ),
                ),
                (
                    "p",
                    R(
                        "I recommend a written panic plan, agreed with Jordan, that says what he and his supervisor will do if he has a panic attack at work or at college, reviewed each term.",
                        SEMH,
                        "specific",
                        F3_PANIC,
                    ),
                ),
                (
                    "p",
                    R(
                        "Jordan's supervisor and the two electricians he works with most should have a half-day of dyslexia awareness training, so that they give instructions in a way he can use and understand why he may need to check things twice.",
                        CL,
                        "wrong_section",
                        H3_ATW,
                        section="H2",
                    ),
                ),
                (
                    "p",
                    R(
                        "I also recommend that Jordan is paired with a second-year apprentice as a peer mentor, meeting at least once a week at lunchtime, to help him feel part of the team again.",
                        SEMH,
                        "missing_from_f",
                    ),
                ),
                (
                    "p",
                    "I would be happy to keep visiting Jordan on site once a month until the end of this academic year.",
                ),
                (
                    "p",
                    "Chidi Obi, Job Coach, Fellbridge Supported Employment Service. 07700 900562.",
                ),
            ],
        ),
        dict(
            file=YP3,
            footer="Jordan Mbeki-Price - my views",
            author="Jordan Mbeki-Price",
            sans=True,
            accent="444444",
            blocks=[
                ("title", "My views"),
                (
                    "i",
                    "Dictated by Jordan on his phone using speech to text, and sent to his case coordinator on 15 October 2026.",
                ),
                (
                    "p",
                    "I'm Jordan, I'm 18 and I'm a second year electrical apprentice at Carrick. I did this with speech to text on my phone so sorry if some of it comes out weird.",
                ),
                (
                    "p",
                    X(
                        "I love the practical side and I'm good at it, I wired a whole kitchen on my own last month with Steve checking it.",
                        "strength",
                    ),
                ),
                (
                    "p",
                    N(
                        "The writing is what kills me, I can take ages on one paragraph and it still comes out full of mistakes.",
                        CL,
                        B3_SPELL,
                    ),
                ),
                (
                    "p",
                    N(
                        "Before exams I get panic attacks where I can't breathe and my hands go numb and I have to get out of the room.",
                        SEMH,
                        B3_ANX,
                    ),
                ),
                (
                    "p",
                    N(
                        "I don't want the lads at work to know I'm dyslexic because they already call me the professor when I'm slow reading the drawings.",
                        SEMH,
                        B3_ESTEEM,
                    ),
                ),
                (
                    "p",
                    X(
                        "I used to have really bad sleep in Year 11 but that's sorted now I'm working because I'm knackered by the end of the day.",
                        "resolved difficulty",
                    ),
                ),
                (
                    "p",
                    N(
                        "I need my English Level 2 or I don't get my apprenticeship, and I've failed English three times so I'm scared I'll fail it again.",
                        CL,
                        B3_FS,
                    ),
                ),
                (
                    "p",
                    R(
                        "What would help me most is having the laptop with the reading software so I can use it on site as well, not just at college.",
                        CL,
                        "specific",
                        F3_AT,
                    ),
                ),
                (
                    "p",
                    "I want to finish my apprenticeship and be a qualified electrician, and maybe have my own business one day.",
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalau-04: Oakhurst County Council; Tomasz Wren, 21, weekly residential specialist
# college (acquired brain injury)
# layout "weekly-hours-summary-then-detail": shaded full-width bands in capitals ("SECTION F
# - SPECIAL EDUCATIONAL PROVISION"); Section F opens with a summary table of weekly hours
# for each part of the programme, then gives the detail in paragraphs. The plan of a
# young person over 18 has no section for social care under the Chronically Sick and
# Disabled Persons Act 1970: it goes straight from G to H2.
# ---------------------------------------------------------------------------

B4_MEM = "Tomasz has difficulty remembering new information, such as what he was told earlier in the day or where his next session is."
B4_EXEC = "He finds it hard to plan, start and finish tasks, and he needs prompting to move on from one step to the next."
B4_SPEED = "He takes in information slowly and needs extra time to respond."
B4_INSIGHT = "Tomasz does not always recognise his own difficulties and can overestimate what he is able to do safely, for example when cooking."
B4_WORD = "He sometimes cannot find the word he wants, especially when he is tired, and he can lose track of long conversations."
B4_DISINHIB = "He may make comments that are over-familiar or hurtful without realising, and this has upset other students and staff."
B4_MOOD = (
    "Tomasz can feel low and frustrated about the things he can no longer do since his injury."
)
B4_FATIGUE = "He tires quickly, and his concentration and his temper get worse as the day goes on."

F4_TAUGHT = "Taught study programme (English, maths, work skills and independent living) in a class of no more than six students"
F4_WORK = "Work experience in the college's bike repair workshop"
F4_LIVING = "Independent living skills in the residential house (cooking, budgeting and laundry), with cooking always supervised"
F4_GMT = "Goal Management Training, one to one, to help Tomasz plan and complete tasks with several steps"
F4_SALT = "Speech and language therapy, as recommended by the NHS speech and language therapist"
F4_MEMORY = "Tomasz's key worker will teach him to use a phone calendar and a paper memory book in a 15-minute session three times a week during the autumn term."
F4_COMM = "All staff who work with Tomasz will use short sentences, ask one question at a time and wait at least ten seconds for him to answer before repeating."
F4_REST = "Rest breaks will be built into Tomasz's day as needed."
F4_COUNSEL = "Access to the college counsellor when needed."

G4_NEURO = "Tomasz will continue to take levetiracetam, prescribed and reviewed once a year by his consultant neurologist at Oakhurst Royal Infirmary."
G4_PSYCH = "The Oakhurst Community Brain Injury Team will offer Tomasz psychology sessions to help him adjust to the changes since his injury."
G4_TRAIN = "The Oakhurst Community Brain Injury Team will provide brain injury awareness training for the college staff who teach and support Tomasz."
H4_CARE = "Oakhurst Adult Social Care will fund six hours a week of support from a personal assistant during college holidays, to help Tomasz get out into the community."

NP4 = "neuropsychology_report.docx"
SL4 = "slt_letter.pdf"
YP4 = "what_i_think.docx"


def _band(sid: str, name: str) -> tuple:
    return ("H", sid, f"SECTION {sid} \u2013 {name}", "band")


CASE_04 = dict(
    name="case-evalau-04",
    layout="weekly-hours-summary-then-detail",
    summary=(
        "Oakhurst County Council; Tomasz Wren, 21, second year at Hollins Park College, an independent "
        "specialist college for young people with acquired brain injury, weekly residential (severe "
        "traumatic brain injury at 17: memory, executive function, fatigue, word finding, disinhibition, "
        "left-sided inattention). The plan (PDF) has shaded capital bands ('SECTION F \u2013 SPECIAL "
        "EDUCATIONAL PROVISION'); Section F opens with a table of weekly hours for each part of the "
        "programme, then the detail. **No section for social care under the Chronically Sick and Disabled "
        "Persons Act 1970.** An NHS clinical neuropsychologist's report (.docx, test table, options), an "
        "NHS adult speech and language therapist's letter to the case officer (PDF, reported speech) and "
        "Tomasz's own views (.docx)."
    ),
    note="The plan goes from Section G to Section H2 with no H1 heading. Brain injury awareness training for all staff who teach or support Tomasz, recommended by the neuropsychologist, stands in Section G as an offer from the community brain injury team: provision in the wrong section. Psychology for adjustment and the neurologist's review are health provision in G; the personal assistant is social care in H2. The speech and language therapy row says 'See detail' but the detail never gives it, and the provision defers to another report: not specific.",
    plan=dict(
        file="plan.pdf",
        header="Oakhurst County Council - EHC Plan - Tomasz Wren",
        footer="Final plan following annual review - issued 27 November 2026 - page {n} of {m}",
        author="Oakhurst SEND Post-16 Team",
        title="Education, Health and Care Plan - Tomasz Wren",
        accent="3B5B2E",
        blocks=[
            ("org", "Oakhurst County Council - Education, Health and Care Plan"),
            (
                "small",
                "Young person: Tomasz Wren. Date of birth: 9 August 2005. NHS number: 999 604 3318. Home address: 12 Sandpiper Walk, Oakhurst VN2 4LF.",
            ),
            (
                "small",
                "Case officer: Ms Hannah Greaves, SEND Post-16 Team, County Hall, Oakhurst VN1 1AA. Telephone 01632 960390.",
            ),
            _band("A", "VIEWS, INTERESTS AND ASPIRATIONS OF TOMASZ AND HIS FAMILY"),
            (
                "S",
                "A",
                "Tomasz wants to work in a bike shop, repairing and selling bikes, and to live in his own flat with support nearby.",
            ),
            (
                "p",
                "Before his injury Tomasz was studying for A levels in physics, maths and design technology and was a keen mountain biker. He says: 'I want people to stop treating me like I'm broken.' His parents, Anna and Richard Wren, want him to be as independent as he can be, to be safe, and to have friends of his own age.",
            ),
            _band("B", "SPECIAL EDUCATIONAL NEEDS"),
            (
                "S",
                "B",
                "Tomasz has an acquired brain injury after a cycling accident in April 2023, with damage to the front and the right side of his brain, which affects his memory, thinking, communication and behaviour.",
            ),
            ("b", "Cognition and learning"),
            ("p", [B4_MEM, B4_EXEC, B4_SPEED]),
            ("p", B4_INSIGHT),
            ("b", "Communication and interaction"),
            ("p", [B4_WORD, B4_DISINHIB]),
            ("b", "Social, emotional and mental health"),
            ("p", B4_MOOD),
            ("b", "Physical"),
            ("p", B4_FATIGUE),
            _band("C", "HEALTH NEEDS RELATED TO SPECIAL EDUCATIONAL NEEDS"),
            (
                "S",
                "C",
                "Tomasz has post-traumatic epilepsy, which is well controlled with levetiracetam, and he is under the care of the neurology team at Oakhurst Royal Infirmary.",
            ),
            _band("D", "SOCIAL CARE NEEDS"),
            (
                "S",
                "D",
                "Tomasz has been assessed by Oakhurst Adult Social Care under the Care Act 2014 and has eligible needs for support with daily living and with getting out into the community.",
            ),
            _band("E", "OUTCOMES"),
            (
                "S",
                "E",
                "By July 2027 Tomasz will use his phone calendar and memory book to arrive at every timetabled session on time without a prompt from staff.",
            ),
            (
                "p",
                "By July 2027 Tomasz will cook a simple two-course meal safely with no more than two prompts from staff.",
            ),
            (
                "p",
                "By July 2027 Tomasz will complete a term of his one-day-a-week placement in the college's bike workshop.",
            ),
            _band("F", "SPECIAL EDUCATIONAL PROVISION"),
            (
                "S",
                "F",
                "Hollins Park College will make the provision below across a 40-week residential placement. The table sets out the weekly hours of each part of Tomasz's programme; the paragraphs after it give the detail.",
            ),
            ("b", "Weekly programme"),
            (
                "grid",
                [
                    ["Part of the programme", "Hours each week", "Delivered by"],
                    [("F", F4_TAUGHT, True), "18 hours", "Teacher and learning support assistant"],
                    [("F", F4_WORK, True), "6 hours (one day)", "Workshop instructor"],
                    [
                        ("F", F4_LIVING, True),
                        "8 hours (four evenings of 2 hours)",
                        "Residential support worker trained in brain injury",
                    ],
                    [
                        ("F", F4_GMT, True),
                        "1 hour, for 10 weeks from September",
                        "College occupational therapist",
                    ],
                    [("F", F4_SALT, False), "See detail", "College speech and language therapist"],
                ],
                [0.5, 0.22, 0.28],
            ),
            ("b", "Detail"),
            ("p", ("F", F4_MEMORY, True)),
            ("p", ("F", F4_COMM, True)),
            ("p", [("F", F4_REST, False), ("F", F4_COUNSEL, False)]),
            (
                "p",
                "The college's multidisciplinary team will review Tomasz's programme each term with him and his parents.",
            ),
            _band("G", "HEALTH PROVISION"),
            ("S", "G", G4_NEURO),
            ("p", [G4_PSYCH, G4_TRAIN]),
            (
                "p",
                "The college nurse will keep Tomasz's seizure care plan up to date and will train residential staff to give his rescue medication.",
            ),
            _band("H2", "OTHER SOCIAL CARE PROVISION"),
            ("S", "H2", H4_CARE),
            _band("I", "PLACEMENT"),
            (
                "S",
                "I",
                "Hollins Park College, Hollins Lane, Marstow VN3 8QT, an independent specialist post-16 institution for young people with acquired brain injury and neurological conditions (weekly residential, 40 weeks).",
            ),
            _band("J", "PERSONAL BUDGET"),
            (
                "S",
                "J",
                "No personal budget has been requested for the special educational provision.",
            ),
            _band("K", "ADVICE AND INFORMATION"),
            (
                "S",
                "K",
                "Neuropsychological assessment report (Dr Imogen Vasquez-Hart, September 2026); adult speech and language therapy advice (Mr Owen Pryddy, October 2026); Tomasz's views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=NP4,
            footer="Oakhurst Community Brain Injury Team - Neuropsychological assessment - T Wren - CONFIDENTIAL",
            author="I Vasquez-Hart",
            accent="005EB8",
            blocks=[
                ("org", "Oakhurst and Marstow NHS Foundation Trust - Community Brain Injury Team"),
                ("small", "Brook House, 3 Infirmary Road, Oakhurst VN1 6PD - 01632 960457"),
                ("title", "Neuropsychological Assessment Report"),
                (
                    "kv",
                    [
                        ("Name", "Tomasz Wren"),
                        ("Date of birth", "09/08/2005"),
                        ("NHS number", "999 604 3318"),
                        ("Date of injury", "14 April 2023"),
                        ("Assessed", "1 and 8 September 2026, Hollins Park College"),
                        ("Author", "Dr Imogen Vasquez-Hart, Consultant Clinical Neuropsychologist"),
                    ],
                ),
                ("h", 1, "Reason for assessment"),
                (
                    "p",
                    "Oakhurst County Council asked for an updated neuropsychological assessment to inform the annual review of Tomasz's EHC plan. Tomasz agreed to the assessment and to this report being shared with the college.",
                ),
                ("h", 1, "Background"),
                (
                    "p",
                    [
                        X(
                            "Tomasz sustained a severe traumatic brain injury on 14 April 2023 when he was hit by a van while cycling, with a Glasgow Coma Scale score of 6 at the scene.",
                            "history",
                        ),
                        X(
                            "He spent eleven weeks in hospital, including four weeks in a specialist neurorehabilitation unit, and returned home in July 2023.",
                            "history",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "His right-sided weakness has largely resolved with physiotherapy, and he now walks without an aid and rides a tricycle for exercise.",
                            "resolved difficulty",
                        ),
                        X(
                            "He had two seizures in 2024 and was started on levetiracetam, and he has been free of seizures since March 2025.",
                            "health background",
                        ),
                        X(
                            "Before the injury Tomasz was predicted A grades in his A levels and had no special educational needs.",
                            "history",
                        ),
                    ],
                ),
                ("h", 1, "Assessment results"),
                (
                    "grid",
                    [
                        ["Domain", "Test", "Result"],
                        ["Estimated ability before injury", "TOPF UK", "112 (high average)"],
                        ["Current general ability", "WAIS-IV full scale", "84 (low average)"],
                        ["Verbal memory, delayed", "WMS-IV Logical Memory II", "2nd percentile"],
                        [
                            "Visual memory, delayed",
                            "WMS-IV Visual Reproduction II",
                            "9th percentile",
                        ],
                        ["Processing speed", "WAIS-IV Processing Speed Index", "74 (borderline)"],
                        ["Executive function", "BADS", "Impaired"],
                        [
                            "Visual attention",
                            "Star cancellation; line bisection",
                            "Omissions on the left",
                        ],
                        ["Mood", "HADS", "Depression 11 (moderate); anxiety 6 (normal)"],
                    ],
                    [0.32, 0.38, 0.3],
                ),
                (
                    "p",
                    [
                        X(
                            "His verbal reasoning remains in the average range, and his knowledge of mechanics and physics is largely intact.",
                            "test result: strength",
                        ),
                        N(
                            "Tomasz's memory for new verbal information is severely impaired: after a delay of 30 minutes he recalled almost nothing of two short stories, and in daily life he forgets appointments, messages and where he has put things.",
                            CL,
                            B4_MEM,
                        ),
                    ],
                ),
                (
                    "p",
                    N(
                        "On the star cancellation and line bisection tasks he consistently missed items on the left side of the page, and staff have noticed that he leaves the left-hand part of worksheets blank and bumps into door frames on his left.",
                        SP,
                        None,
                    ),
                ),
                (
                    "p",
                    N(
                        "His processing speed is in the borderline range, and he needs noticeably longer than other people to answer questions and to follow what is happening around him.",
                        CL,
                        B4_SPEED,
                    ),
                ),
                (
                    "p",
                    N(
                        "Executive functioning is significantly impaired: he has great difficulty planning a task, getting started and keeping to the steps, and on the Zoo Map test he could not produce a workable plan without prompting.",
                        CL,
                        B4_EXEC,
                    ),
                ),
                (
                    "p",
                    N(
                        "Tomasz has limited awareness of these difficulties; he rated his memory as 'fine' and told me he could cook a full Sunday dinner on his own, although staff report that he has left the hob on three times this term.",
                        CL,
                        B4_INSIGHT,
                    ),
                ),
                (
                    "p",
                    [
                        N(
                            "Staff at the college describe comments to female staff and students that are over-familiar and at times sexual, and they have noticed that these are worse when he is tired.",
                            SEMH,
                            B4_DISINHIB,
                        ),
                        "This is typical of damage to the frontal lobes and is not deliberate.",
                    ],
                ),
                (
                    "p",
                    N(
                        "Tomasz experiences severe fatigue: by mid-afternoon he is slower, more irritable and less able to control what he says.",
                        SP,
                        B4_FATIGUE,
                    ),
                ),
                (
                    "p",
                    [
                        N(
                            "His mood score is in the moderate range for depression, and he spoke with real sadness about the friends he has lost touch with and the university place he will not now take up.",
                            SEMH,
                            B4_MOOD,
                        ),
                        X(
                            "His anxiety score was in the normal range.",
                            "test result: need ruled out",
                        ),
                    ],
                ),
                ("h", 1, "Opinion and options"),
                (
                    "p",
                    "In my opinion Tomasz's difficulties are the direct and lasting result of his brain injury. He is now three and a half years after the injury, and although some further recovery is possible, the emphasis should now be on compensatory strategies and on building routines rather than on restoring lost function.",
                ),
                (
                    "p",
                    X(
                        "I considered whether Tomasz could move to a general further education college with learning support, and I do not think that he could manage safely at present, because of his memory, his limited awareness of risk and his disinhibition.",
                        "option considered and rejected",
                    ),
                ),
                (
                    "p",
                    X(
                        "Computer-based memory retraining was tried at the neurorehabilitation unit and did not carry over into daily life, so I do not recommend repeating it.",
                        "option considered and rejected",
                    ),
                ),
                ("h", 1, "Recommendations"),
                (
                    "num",
                    [
                        R(
                            "Tomasz should be taught to use an external memory system - his phone calendar with alarms, together with a paper memory book - using errorless learning, in short daily sessions of about 15 minutes with a trained member of staff, for at least the first term.",
                            CL,
                            "less",
                            F4_MEMORY,
                        ),
                        R(
                            "Goal Management Training, delivered one to one by an occupational therapist for one hour a week over ten weeks, to help him plan and carry out tasks with several steps.",
                            CL,
                            "specific",
                            F4_GMT,
                        ),
                        R(
                            "His timetable should build in a rest of at least 10 minutes after every 45 minutes of activity and a longer rest of 30 minutes after lunch, with the most demanding learning placed in the morning.",
                            SP,
                            "not_specific",
                            F4_REST,
                        ),
                        R(
                            "Independent living skills should be taught in the residential setting on at least four evenings a week, with cooking always supervised until he has passed the college's kitchen safety assessment.",
                            CL,
                            "specific",
                            F4_LIVING,
                        ),
                        R(
                            "A written behaviour support plan for his disinhibited comments, agreed by all education and residential staff, so that everyone responds in the same calm way and uses the same discreet cue to help him stop.",
                            SEMH,
                            "missing_from_f",
                        ),
                        R(
                            "All staff who teach or support Tomasz, in the classroom and in the residential house, should have brain injury awareness training before the start of term, refreshed each year.",
                            "other",
                            "wrong_section",
                            G4_TRAIN,
                            section="G",
                        ),
                        R(
                            "The Community Brain Injury Team will offer Tomasz psychology sessions, fortnightly for six months, to help him adjust to the changes since his injury.",
                            SEMH,
                            "not_educational",
                            G4_PSYCH,
                            section="G",
                        ),
                    ],
                ),
                (
                    "p",
                    "Dr Imogen Vasquez-Hart, DClinPsy, Consultant Clinical Neuropsychologist, HCPC PYL03371. 22 September 2026.",
                ),
            ],
        ),
        dict(
            file=SL4,
            header="Oakhurst and Marstow NHS Foundation Trust",
            footer="Adult Speech and Language Therapy - ref OP/SLT/2291 - page {n} of {m}",
            author="O Pryddy",
            accent="005EB8",
            blocks=[
                ("org", "Oakhurst and Marstow NHS Foundation Trust"),
                (
                    "small",
                    "Adult Speech and Language Therapy (Acquired Neurology), Marstow Community Hospital, Marstow VN3 1BY. Telephone 01632 960608.",
                ),
                ("small", "Our ref: OP/SLT/2291. Date: 12 October 2026."),
                (
                    "p",
                    "Ms Hannah Greaves, SEND Case Officer (Post-16), Oakhurst County Council, County Hall, Oakhurst VN1 1AA",
                ),
                ("p", "Dear Ms Greaves,"),
                (
                    "b",
                    "Re: Tomasz WREN, born 09/08/2005, NHS 999 604 3318 - advice for EHC plan annual review",
                ),
                (
                    "p",
                    "Thank you for your request for advice. I saw Tomasz twice, on 28 September at Hollins Park College and on 5 October at the Marstow clinic with his father.",
                ),
                (
                    "p",
                    X(
                        "Tomasz was seen by our service in 2023 after his injury, when he had no speech for several weeks; his speech is now clear, and he was discharged from therapy for his speech in early 2024.",
                        "resolved difficulty / history",
                    ),
                ),
                (
                    "p",
                    [
                        "I used the Comprehensive Aphasia Test and the La Trobe Communication Questionnaire.",
                        N(
                            "Tomasz showed marked word-finding difficulty: he described a derailleur as 'the thing that moves the chain to the, you know, the gears', and he used 'thing' or 'stuff' many times in a short conversation.",
                            CI,
                            B4_WORD,
                        ),
                    ],
                ),
                (
                    "p",
                    N(
                        "His father reported that Tomasz loses the thread in group conversations and in long explanations, and that he often goes off at a tangent without noticing when others want to speak.",
                        CI,
                        B4_WORD,
                    ),
                ),
                (
                    "p",
                    N(
                        "Tomasz could read single sentences accurately, but when he read a paragraph of about 150 words he could answer only two of six questions about it, so written information such as a recipe or a health and safety notice is unlikely to be understood in full.",
                        CL,
                        None,
                    ),
                ),
                (
                    "p",
                    X(
                        "His understanding of spoken sentences was within normal limits on the aphasia test, and his hearing was tested in July and is normal.",
                        "test result: need ruled out",
                    ),
                ),
                (
                    "p",
                    "I discussed with Tomasz and his father what would help. Tomasz said he did not want 'more speech therapy like in hospital', but he agreed that he would like help to get his words out when he is with other people.",
                ),
                (
                    "p",
                    R(
                        "I recommended that he has direct speech and language therapy at college, one 45-minute session a week for two terms, working on word-finding strategies and on taking turns in conversation, delivered by the college's speech and language therapist.",
                        CI,
                        "not_specific",
                        F4_SALT,
                    ),
                ),
                (
                    "p",
                    R(
                        "I also advised that all staff use short sentences, ask one question at a time and wait at least ten seconds before repeating, which Tomasz said makes a big difference.",
                        CI,
                        "specific",
                        F4_COMM,
                    ),
                ),
                (
                    "p",
                    R(
                        "I suggested that written material for Tomasz is broken into short chunks with the key points highlighted, and that he is taught to use the text-to-speech function on his phone for longer texts.",
                        CL,
                        "missing_from_f",
                    ),
                ),
                (
                    "p",
                    R(
                        "His father asked how the family could help at home, and I suggested that they avoid finishing Tomasz's sentences for him and give him time to find the word.",
                        "other",
                        "not_educational",
                    ),
                ),
                (
                    "p",
                    "I have not offered further appointments from the adult service at this stage, as I understand that the college employs its own speech and language therapist. Please do not hesitate to contact me if I can help further.",
                ),
                ("p", "Yours sincerely,"),
                (
                    "sig",
                    [
                        "Owen Pryddy",
                        "Highly Specialist Speech and Language Therapist (Acquired Neurology), HCPC SL09921",
                    ],
                ),
                (
                    "small",
                    "cc Tomasz Wren; Mr and Mrs Wren; Dr R Bhatt, GP, Sandpiper Medical Practice.",
                ),
            ],
        ),
        dict(
            file=YP4,
            style="headed",
            footer="What I think - Tomasz Wren",
            author="Hollins Park College",
            accent="3B5B2E",
            blocks=[
                ("title", "What I think"),
                (
                    "i",
                    "Tomasz talked this through with his key worker, Ms Lena Brandt, who wrote it down in his words and read it back to him. 30 September 2026.",
                ),
                (
                    "p",
                    "I'm Tomasz. I'm 21. I had my accident when I was 17 and I was in hospital for ages. I don't remember most of it.",
                ),
                (
                    "p",
                    X(
                        "I can walk properly now and I'm back on a bike, well a trike for now, which is the best thing.",
                        "resolved difficulty / progress",
                    ),
                ),
                (
                    "p",
                    N(
                        "I forget stuff all the time, like what I did this morning, and it does my head in when people say 'I told you that already'.",
                        CL,
                        B4_MEM,
                    ),
                ),
                (
                    "p",
                    N(
                        "By the afternoon I'm wrecked and I get ratty with people and then I feel bad about it.",
                        SP,
                        B4_FATIGUE,
                    ),
                ),
                (
                    "p",
                    N(
                        "I miss my old mates, they all went to uni, and I can't drive so I don't see anyone when I'm at home.",
                        SEMH,
                        B4_MOOD,
                    ),
                ),
                (
                    "p",
                    "The bike workshop is the best day of the week because that's where I feel normal. I want my own flat one day and I want to fix bikes for a job.",
                ),
                ("p", "Tomasz Wren"),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
