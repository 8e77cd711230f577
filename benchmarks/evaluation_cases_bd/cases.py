# ruff: noqa: E501, N802
"""Set BD as data: post-16 and young adults preparing for adulthood (a 19-year-old on a
supported internship with a job coach, a 17-year-old returning to college after an
acquired brain injury, an 18-year-old apprentice with dyslexia and ADHD), in three plan
layouts no earlier set has.

Every name, council, college, employer, service, NHS trust and professional is invented.
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
# case-evalbd-01: Marsdale County Council; Kayden Osei-Barnes, 19, supported internship
# layout "section-word-letter-parenthesised-name": Word headings "Section B (Special
# educational needs)"; Section F lists provision under each preparing-for-adulthood outcome.
# ---------------------------------------------------------------------------

B1_READ = "Kayden's reading is well behind his age, so written instructions, signs and rotas at work are hard for him to follow on his own."
B1_TIME = "Telling the time and handling money are not yet secure for Kayden, so breaks and buying his lunch can go wrong."
B1_YES = "Kayden will often nod and say yes even when he has not understood, and he does not like to ask for help."
B1_CHANGE = "Last-minute changes, such as a swapped shift, make Kayden very anxious, and he has left his work area when this has happened."
B1_ONE = "He copes best when he is told one thing at a time; a string of instructions gets muddled."
B1_FOCUS = "Kayden can lose concentration after a short while on a task, especially later in the day, and needs reminding to get going again."
B1_NOISE = "Busy, noisy places like the staff restaurant at lunchtime are too much for him."

F1_COACH = "A job coach from Marsdale College will work alongside Kayden at his placement for 6 hours a week in the autumn term and 3 hours a week from January."
F1_PHOTO = "The job coach will make a photo task list on Kayden's phone for every new task before he starts it, broken into small steps."
F1_MENTOR = "A named mentor in the host department will meet Kayden at the start of each shift for 15 minutes to go over the day's tasks and any changes."
F1_ROTA = "Kayden will be told about changes to his rota where possible."
F1_ENGMATHS = "English and maths functional skills sessions at college."
F1_ENRICH = "Access to the college's enrichment programme."
F1_LUNCH = "A quiet room in the Education Centre will be kept free for Kayden to eat his lunch in every working day, and his mentor will show him the route in his first week."
F1_EMPLOY = "Employability sessions at college for 3 hours every Friday in a group of no more than ten interns, covering CVs, interviews and rights at work."

G1_HEALTH = "Kayden's GP practice, Riverside Surgery, will offer him an annual learning disability health check and a health action plan."
H2_TRAVEL = "Marsdale Adult Social Care's travel training team will offer Kayden independent travel training on his route to the hospital, two sessions a week for one term."

CA1 = "careers_guidance_report.docx"
WM1 = "workplace_mentor_report.pdf"


def _paren(sid: str) -> tuple:
    return ("H", sid, f"Section {sid} ({NAMES[sid]})", "h2")


CASE_01 = dict(
    name="case-evalbd-01",
    layout="section-word-letter-parenthesised-name",
    summary=(
        "Marsdale County Council; Kayden Osei-Barnes, 19, on a supported internship at Marsdale General Hospital "
        "run by Marsdale College, with a job coach (moderate learning difficulties, autism). Each heading is a Word "
        "heading 'Section B (Special educational needs)'; Section F lists provision under the four "
        "preparing-for-adulthood outcomes and opens with the study programme's guided learning hours. A careers "
        "adviser's report (.docx, first person, options considered, recommendations argued at length) and a "
        "workplace mentor's report (.pdf, observations as bullets, then a Recommendation / Who and how often / "
        "Reason table)."
    ),
    note="Independent travel training, recommended by the careers adviser as part of his preparation for work, stands in Section H2 as an Adult Social Care offer: provision in the wrong section. The annual learning disability health check is health provision, correctly in G.",
    plan=dict(
        file="plan.docx",
        footer="Marsdale County Council - EHC Plan - Kayden Osei-Barnes - issued 12 October 2026",
        author="Marsdale SEND 16-25 Team",
        title="Education, Health and Care Plan - Kayden Osei-Barnes",
        blocks=[
            ("org", "MARSDALE COUNTY COUNCIL - SEND 16 TO 25 TEAM"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Young person", "Kayden Osei-Barnes"),
                    ("Date of birth", "14 February 2007"),
                    ("NHS number", "999 318 4402"),
                    (
                        "Education provider",
                        "Marsdale College, Supported Internship programme (host employer: Marsdale General Hospital)",
                    ),
                    (
                        "Lives with",
                        "his mum, Grace Osei, and younger sister, 9 Heron Walk, Marsdale",
                    ),
                    ("Casework officer", "Mr D Fenwick, 01632 960731"),
                ],
            ),
            _paren("A"),
            (
                "S",
                "A",
                "Kayden wants a paid job at the hospital, ideally in the stores or portering, and to earn enough to go to football matches with his cousin.",
            ),
            (
                "p",
                'He says: "I like it when I know what I\'m doing and people say thanks." His mum would like him to be able to get to work on his own and one day live in a flat with support nearby.',
            ),
            _paren("B"),
            ("S", "B", "Kayden has moderate learning difficulties and is autistic."),
            ("b", "Communication and interaction"),
            ("p", [B1_YES, B1_ONE]),
            ("b", "Cognition and learning"),
            ("p", [B1_READ, B1_TIME, B1_FOCUS]),
            ("b", "Social, emotional and mental health"),
            ("p", B1_CHANGE),
            ("b", "Sensory and/or physical"),
            ("p", B1_NOISE),
            _paren("C"),
            (
                "S",
                "C",
                "Kayden has mild asthma, managed with an inhaler; he has no health needs that affect his learning beyond those described in Section B.",
            ),
            _paren("D"),
            (
                "S",
                "D",
                "Kayden needs support to learn to travel on his own and to manage money as he moves towards independent living.",
            ),
            _paren("E"),
            (
                "S",
                "E",
                "Employment: by July 2027 Kayden will complete a four-hour shift in the stores, following his photo task list, without prompting from his job coach.",
            ),
            (
                "p",
                "Independent living: by July 2027 Kayden will buy his lunch in the hospital shop and check his change.",
            ),
            (
                "p",
                "Friends, relationships and community: by July 2027 Kayden will go to one club or activity outside his placement each week.",
            ),
            (
                "p",
                "Good health: by July 2027 Kayden will tell his mentor when he feels unwell or anxious and ask to take a break.",
            ),
            _paren("F"),
            (
                "S",
                "F",
                "Kayden's study programme is 600 guided learning hours over the academic year: 3 days a week on placement at Marsdale General Hospital and 1 day a week at Marsdale College.",
            ),
            ("b", "Employment"),
            (
                "bul",
                [
                    ("F", F1_COACH, True),
                    ("F", F1_PHOTO, True),
                    ("F", F1_MENTOR, True),
                    ("F", F1_ROTA, False),
                    ("F", F1_EMPLOY, True),
                ],
            ),
            ("b", "Independent living"),
            ("bul", [("F", F1_ENGMATHS, False), ("F", F1_LUNCH, True)]),
            ("b", "Friends, relationships and community"),
            ("bul", [("F", F1_ENRICH, False)]),
            ("b", "Good health"),
            ("p", "No special educational provision is needed under this outcome; see Section G."),
            _paren("G"),
            ("S", "G", G1_HEALTH),
            _paren("H1"),
            ("S", "H1", "None."),
            _paren("H2"),
            ("S", "H2", H2_TRAVEL),
            _paren("I"),
            (
                "S",
                "I",
                "Marsdale College (general further education college), Supported Internship programme, for the academic year 2026 to 2027.",
            ),
            _paren("J"),
            ("S", "J", "Kayden and his mum have not asked for a personal budget."),
            _paren("K"),
            (
                "S",
                "K",
                "Careers guidance report by Ms Priya Lakhani, Marsdale Careers Hub (June 2026); workplace mentor's report by Mr Owen Gatward, Marsdale General Hospital (July 2026); Kayden's and his mum's views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=CA1,
            style="headed",
            footer="Marsdale Careers Hub - careers guidance report - Kayden Osei-Barnes - June 2026",
            author="P Lakhani",
            blocks=[
                ("org", "Marsdale Careers Hub"),
                (
                    "small",
                    "Unit 4, Wharf Street, Marsdale - 01632 960744 - careers@marsdale.example.org",
                ),
                ("title", "Careers Guidance Report for EHC Plan Review"),
                (
                    "kv",
                    [
                        ("Young person", "Kayden Osei-Barnes, born 14 February 2007"),
                        (
                            "Current programme",
                            "Supported internship, Marsdale College, placement at Marsdale General Hospital",
                        ),
                        (
                            "Careers adviser",
                            "Priya Lakhani, Level 6 Diploma in Careers Guidance and Development",
                        ),
                        (
                            "Meetings",
                            "12 May 2026 (college), 3 June 2026 (placement, with his job coach)",
                        ),
                    ],
                ),
                ("h", 1, "Background"),
                (
                    "p",
                    [
                        X(
                            "Kayden attended Brookvale Special School until he was 18 and then joined the supported internship in September 2025.",
                            "history",
                        ),
                        X(
                            "He completed two short work experience placements at school, in a supermarket and a garden centre, and enjoyed both.",
                            "history",
                        ),
                        "I have known him since Year 11.",
                    ],
                ),
                ("h", 1, "What is going well"),
                (
                    "p",
                    [
                        X(
                            "Kayden is punctual, polite and takes real pride in keeping the stores tidy; his supervisor described him as 'the most reliable person on the team for restocking'.",
                            "strength",
                        ),
                        X(
                            "He now sets an alarm on his phone for the end of his break, which he started doing himself in March.",
                            "progress",
                        ),
                        X(
                            "In the autumn he would not go into the staff restaurant at all; he now goes in to buy a drink when it is quiet.",
                            "resolved difficulty: progress",
                        ),
                    ],
                ),
                ("h", 1, "What stands between Kayden and paid work"),
                (
                    "p",
                    [
                        N(
                            "Kayden reads at around the level of a nine-year-old and cannot yet read unfamiliar signs, rotas or written instructions at work without help.",
                            "cognition_learning",
                            B1_READ,
                        ),
                        N(
                            "He cannot yet tell the time from an analogue clock or work out his change after buying something, which limits his ability to manage his breaks and buy his lunch independently.",
                            "cognition_learning",
                            B1_TIME,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Kayden is not yet able to travel independently on public transport: he relies on the college minibus and becomes very anxious if a bus is late or diverted.",
                            "other",
                            None,
                        ),
                        X(
                            "His mum told me she drove him to the hospital every day during the bus strike in March, and that she cannot keep doing this once she returns to full-time work.",
                            "background: reported speech",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "He often says he understands an instruction when he has not, and he rarely asks for help, so his mistakes go unnoticed until a supervisor checks his work.",
                            "communication_interaction",
                            B1_YES,
                        ),
                        N(
                            "Changes to his routine at short notice, such as a different shift or a new supervisor, cause him considerable anxiety, and he has walked away from the stores twice when this happened.",
                            "semh",
                            B1_CHANGE,
                        ),
                    ],
                ),
                ("h", 1, "Options we discussed"),
                (
                    "p",
                    [
                        X(
                            "We talked about a Level 1 traineeship in warehousing at Marsdale College, but Kayden felt the classroom part was too long, and I agree that he learns far better in a real workplace than in a simulated one.",
                            "option considered and rejected",
                        ),
                        X(
                            "A mainstream apprenticeship was also considered; at present the English and maths requirements and the pace of the off-the-job training would be too demanding, though this could be revisited in a year.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("h", 1, "My recommendations"),
                (
                    "p",
                    "The recommendations below are made with one aim in mind: that Kayden should leave the internship in July 2027 with a paid job, or a firm offer of one, and the means to get there and back on his own. Each is what he needs to reach work, not simply what would be nice to have.",
                ),
                (
                    "p",
                    [
                        R(
                            "Kayden should continue his supported internship for a full academic year, with a job coach working alongside him for at least 10 hours a week in the first term, fading to 5 hours a week by the third term as he becomes independent in each task.",
                            "cognition_learning",
                            "less",
                            F1_COACH,
                        ),
                        X(
                            "Fading support too early is the most common reason supported interns lose their placements, because the host team come to rely on the job coach to solve problems that should be taught.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "He needs a programme of independent travel training on his route from home to the hospital, with two sessions a week for at least one term, so that he can get to work without his mum or the college minibus.",
                            "other",
                            "wrong_section",
                            H2_TRAVEL,
                            section="H2",
                        ),
                        X(
                            "Without this, any job offer at the hospital would fall through, because the minibus stops when the internship ends.",
                            "consequence: reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "His study programme should include English and maths at Entry Level 2, taught in a small group of no more than eight for two hours a week each, using work materials such as rotas, payslips and delivery notes.",
                            "cognition_learning",
                            "not_specific",
                            F1_ENGMATHS,
                        ),
                        "Learning to read a rota and check a payslip is exactly what will keep him in a job.",
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Every new work task should be broken into small steps and given to him as a photo task list on his phone, made by the job coach before he starts the task.",
                            "cognition_learning",
                            "specific",
                            F1_PHOTO,
                        ),
                        X(
                            "He already follows the photo list for restocking the glove cupboard without any prompts.",
                            "support already in place",
                        ),
                    ],
                ),
                (
                    "p",
                    R(
                        "At home, his family could let him plan and pay for one small shop each week, which would build his confidence with money.",
                        "other",
                        "not_educational",
                    ),
                ),
                ("p", "Priya Lakhani, Careers Adviser, 10 June 2026"),
            ],
        ),
        dict(
            file=WM1,
            footer="Marsdale General Hospital - Facilities Directorate - page {n} of {m}",
            author="O Gatward",
            blocks=[
                ("org", "Marsdale Hospitals NHS Trust - Facilities Directorate"),
                ("small", "Marsdale General Hospital, Coldharbour Road, Marsdale - 01632 960780"),
                ("title", "Workplace Mentor's Report: Supported Intern"),
                (
                    "p",
                    "Intern: Kayden Osei-Barnes. Department: Stores and Distribution. Mentor: Owen Gatward, Stores Supervisor. Report date: 8 July 2026.",
                ),
                ("b", "How the placement has gone"),
                (
                    "bul",
                    [
                        X(
                            "Kayden has been with us three days a week since September and has learnt the full restocking round for four wards.",
                            "progress",
                        ),
                        X(
                            "His attendance this year is 97 per cent, better than several of my paid staff.",
                            "strength",
                        ),
                        X(
                            "He passed his manual handling and fire safety training in October with his job coach reading the questions to him.",
                            "test result: history",
                        ),
                    ],
                ),
                ("b", "Where he still needs help"),
                (
                    "bul",
                    [
                        N(
                            "Kayden finds it hard to keep up when several instructions are given at once and manages best with one instruction at a time.",
                            "communication_interaction",
                            B1_ONE,
                        ),
                        [
                            N(
                                "He stands too close to patients and colleagues and sometimes makes personal comments that others find awkward, and he does not pick up on their discomfort.",
                                "communication_interaction",
                                None,
                            ),
                            X(
                                "Two of the ward housekeepers mentioned this to me in May, although nobody has made a complaint.",
                                "background",
                            ),
                        ],
                        N(
                            "He finds it hard to stay on a task for more than about 15 minutes without a prompt, particularly in the busy afternoon period.",
                            "cognition_learning",
                            B1_FOCUS,
                        ),
                        N(
                            "The noise of the staff restaurant at lunchtime overwhelms him and he sometimes goes without lunch rather than eat there.",
                            "sensory_physical",
                            B1_NOISE,
                        ),
                    ],
                ),
                ("b", "What we think he needs to get a job here"),
                (
                    "grid",
                    [
                        ["Recommendation", "Who and how often", "Reason"],
                        [
                            R(
                                "A named workplace mentor meets Kayden at the start of every shift to go through the day's tasks and any changes.",
                                "semh",
                                "specific",
                                F1_MENTOR,
                            ),
                            "Stores supervisor or deputy; 15 minutes at the start of every shift",
                            X(
                                "Kayden copes with change far better when he hears about it first thing from someone he knows.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Short training for the stores and portering teams on autism and on how to give Kayden instructions, when the placement starts and whenever new staff join.",
                                "communication_interaction",
                                "missing_from_f",
                            ),
                            "Job coach; one 45-minute session each time",
                            "Most of the misunderstandings this year came from staff who had not worked with him before.",
                        ],
                        [
                            R(
                                "Coaching on workplace boundaries, such as personal space and what to talk about with patients, with role play.",
                                "communication_interaction",
                                "missing_from_f",
                            ),
                            "College speech and language therapist or job coach; 30 minutes once a week",
                            X(
                                "If this does not improve, it is the one thing that could stop us offering him a contract.",
                                "consequence: reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Advance notice of any change to his rota, at least one week ahead, in writing and explained to him by his mentor.",
                                "semh",
                                "not_specific",
                                F1_ROTA,
                            ),
                            "Stores supervisor; every change",
                            "Both times he walked off, the change had been made that morning.",
                        ],
                    ],
                    [0.46, 0.26, 0.28],
                ),
                ("b", "Health"),
                (
                    "p",
                    [
                        X(
                            "Kayden had two days off with his asthma in February, and his inhaler is kept in his locker.",
                            "health background",
                        ),
                        R(
                            "Kayden should keep having his annual learning disability health check with his GP, so that his asthma and his general health are reviewed each year.",
                            "health",
                            "not_educational",
                            G1_HEALTH,
                            section="G",
                        ),
                    ],
                ),
                ("p", "Owen Gatward, Stores Supervisor and Workplace Mentor"),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbd-02: Wexcombe Borough Council; Isla Penhaligon, 17, returning to college after
# an acquired brain injury. layout "pfa-area-column-hours-provision-table-unlettered": the
# statutory names alone as headings, no letters; Section F one table with a Preparing for
# adulthood area column, a Provision column, an Hours and staffing column and a Who column.
# ---------------------------------------------------------------------------

B2_SPEED = "Since her accident Isla takes much longer than she used to to take in what she reads or hears and to answer."
B2_MEM = "Isla forgets much of what is said in class unless it is written down for her."
B2_TIRED = "Isla gets mentally worn out quickly: after about three-quarters of an hour of hard concentration she starts making mistakes and may get a headache."
B2_MOOD = "Isla has been feeling low and worried since the accident, and she misses her old friends, who are now a year ahead of her."
B2_SIGHT = "Isla cannot see well to her left, so she can miss words at the start of lines and people coming up on her left side."
B2_HAND = "Writing by hand is slow and tiring for Isla because her right hand has been weaker since the injury."
B2_CORR = "Crowded corridors and room changes between lessons are too much for her, and she can arrive late and flustered."
B2_NAMES = (
    "Remembering people's names and daily routines on her care placement will be hard for her."
)

F2_TIMETABLE = "A phased return: a timetable of 12 guided learning hours a week in the autumn term, increased only when agreed at a half-termly review"
F2_BREAKS = "Rest breaks away from the classroom"
F2_NOTES = "Copies of the notes and slides for each lesson, given to Isla at least one day before, enlarged to 14 point with a wide left margin"
F2_STUDY = "Study skills sessions with a learning support tutor trained in brain injury, to practise planning and memory strategies using her own coursework"
F2_KEY = "A named key worker from Additional Learning Support to go through her timetable, fatigue diary and workload with her"
F2_ENRICH = "Encouragement to take part in college clubs and enrichment"
F2_LIAISE = "Regular liaison between college and the community brain injury team"
F2_LIFT = "A lift pass and permission to leave each lesson five minutes early, so that she moves between rooms before the corridors fill"

G2_REVIEW = "The Wexcombe Community Brain Injury Service will review Isla every six months, including a neuropsychology review before each annual review of this plan."
G2_PSYCH = "A clinical psychologist from the Community Brain Injury Service will offer Isla up to twelve sessions to help her adjust to the changes since her injury."
G2_AT = "The Community Brain Injury Service occupational therapist will provide a smart pen and text-to-speech software and show Isla how to use them."

NP2 = "neuropsychology_report.pdf"
AL2 = "learning_support_report.docx"


def _plain(sid: str) -> tuple:
    return ("H", sid, NAMES[sid], "h1")


CASE_02 = dict(
    name="case-evalbd-02",
    layout="pfa-area-column-hours-provision-table-unlettered",
    summary=(
        "Wexcombe Borough Council; Isla Penhaligon, 17, returning to Tremont College to restart a Level 3 course in "
        "Health and Social Care after a traumatic brain injury in a cycling accident (slowed processing, memory, "
        "fatigue, planning, low mood, left visual field loss, weak right hand). The plan (.pdf) heads each section "
        "with its statutory name alone, no letters; Section F is one table with columns Preparing for adulthood "
        "area / Provision / Hours and staffing / Who. A clinical neuropsychologist's report (.pdf, third person, "
        "reported speech, test results, recommendations argued) and the college's additional learning support "
        "manager's report (.docx, first person plural, a What we recommend / How much / Why table)."
    ),
    note="The assistive technology assessment and training the college recommends for note-taking in lessons stands in Health provision as an occupational therapy offer: provision in the wrong section. The Community Brain Injury Service's reviews and the psychologist's adjustment sessions are health provision, correctly in G. Test scores, the accident and hospital stay, and the rehabilitation already completed are background.",
    plan=dict(
        file="plan.pdf",
        footer="Wexcombe Borough Council - Education, Health and Care Plan - Isla Penhaligon - page {n} of {m}",
        author="Wexcombe SEND Service",
        title="EHC Plan - Isla Penhaligon",
        blocks=[
            ("org", "Wexcombe Borough Council"),
            (
                "small",
                "SEND Service, Civic Centre, Wexcombe - 01632 960512 - send@wexcombe.example.org",
            ),
            ("title", "Education, Health and Care Plan (amended following re-assessment)"),
            (
                "kv",
                [
                    ("Name", "Isla Penhaligon"),
                    ("Date of birth", "30 November 2008"),
                    ("NHS number", "999 562 0187"),
                    (
                        "College",
                        "Tremont College, Level 3 Extended Diploma in Health and Social Care (first year)",
                    ),
                    (
                        "Family",
                        "Lives with her parents, Mark and Annika Penhaligon, and her brother, 2 Saltings Lane, Wexcombe",
                    ),
                    ("Date issued", "2 September 2026"),
                ],
            ),
            _plain("A"),
            (
                "S",
                "A",
                "Isla wants to become a children's nurse, and she wants to get back to college, see her friends and learn to drive.",
            ),
            (
                "p",
                'She told us: "People think I\'m fine because I look fine. I just need things to slow down a bit." Her parents want college to understand how tired she gets and to help her not to give up.',
            ),
            _plain("B"),
            (
                "S",
                "B",
                "In April 2025 Isla was knocked off her bicycle and had a serious brain injury; the effects on her learning are described below.",
            ),
            ("b", "Thinking, memory and learning"),
            ("p", [B2_SPEED, B2_MEM, B2_TIRED]),
            ("b", "Feelings and wellbeing"),
            ("p", B2_MOOD),
            ("b", "Sight, movement and getting around"),
            ("p", [B2_SIGHT, B2_HAND, B2_CORR]),
            ("b", "Work placement"),
            ("p", B2_NAMES),
            _plain("C"),
            (
                "S",
                "C",
                "Isla has headaches and post-traumatic fatigue, and she has a left homonymous hemianopia (loss of the left half of her field of vision in both eyes).",
            ),
            _plain("D"),
            ("S", "D", "Isla has no assessed social care needs; her family support her at home."),
            _plain("E"),
            (
                "S",
                "E",
                "Employment: by July 2027 Isla will complete her first 50 hours of care placement, using a written crib sheet of residents' routines.",
            ),
            (
                "p",
                "Independent living: by July 2027 Isla will plan her own week of college, study and rest in a phone calendar and keep to it.",
            ),
            (
                "p",
                "Friends, relationships and community: by July 2027 Isla will spend time with at least two people from her course outside lessons.",
            ),
            (
                "p",
                "Health: by July 2027 Isla will recognise when she is becoming tired and take a break before her headaches start.",
            ),
            _plain("F"),
            (
                "S",
                "F",
                "Isla's study programme at Tremont College is 540 guided learning hours over the year, including 50 hours of work placement, built up gradually as set out below.",
            ),
            (
                "grid",
                [
                    ["Preparing for adulthood area", "Provision", "Hours and staffing", "Who"],
                    [
                        "Employment",
                        ("F", F2_TIMETABLE, True),
                        "12 hours a week, autumn term",
                        "Head of Health and Social Care",
                    ],
                    ["Employment", ("F", F2_NOTES, True), "Every lesson", "Course tutors"],
                    [
                        "Employment",
                        ("F", F2_STUDY, True),
                        "One hour a fortnight, one-to-one",
                        "Learning support tutor",
                    ],
                    ["Employment", ("F", F2_BREAKS, False), "As needed", "Course tutors"],
                    [
                        "Independent living",
                        ("F", F2_KEY, True),
                        "30 minutes every week, one-to-one",
                        "Additional Learning Support key worker",
                    ],
                    [
                        "Independent living",
                        ("F", F2_LIFT, True),
                        "Every lesson change",
                        "Additional Learning Support",
                    ],
                    [
                        "Friends, relationships and community",
                        ("F", F2_ENRICH, False),
                        "Ongoing",
                        "Student Services",
                    ],
                    ["Health", ("F", F2_LIAISE, False), "-", "Additional Learning Support manager"],
                ],
                [0.2, 0.44, 0.18, 0.18],
            ),
            _plain("G"),
            ("S", "G", G2_REVIEW),
            ("p", G2_PSYCH),
            ("p", G2_AT),
            _plain("H1"),
            ("S", "H1", "Not applicable."),
            _plain("H2"),
            ("S", "H2", "No other social care provision is needed at present."),
            _plain("I"),
            (
                "S",
                "I",
                "Tremont College, Harbour Road, Wexcombe (general further education college).",
            ),
            _plain("J"),
            ("S", "J", "No personal budget has been requested."),
            _plain("K"),
            (
                "S",
                "K",
                "Neuropsychological assessment by Dr Helen Marchetti, clinical neuropsychologist (June 2026); report from Mrs Sunita Ravel, Additional Learning Support Manager, Tremont College (July 2026); Isla's and her parents' views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=NP2,
            footer="Community Brain Injury Service - confidential - Isla Penhaligon - page {n} of {m}",
            author="Dr H Marchetti",
            blocks=[
                (
                    "org",
                    "Wexcombe and Tamar Valley NHS Foundation Trust - Community Brain Injury Service",
                ),
                ("small", "Ocean View Centre, Pier Street, Wexcombe - 01632 960590"),
                ("title", "Neuropsychological Assessment Report"),
                (
                    "p",
                    "Name: Isla Penhaligon. Date of birth: 30/11/2008. NHS number: 999 562 0187. Seen: 27 May and 10 June 2026. Assessed by: Dr Helen Marchetti, Consultant Clinical Neuropsychologist.",
                ),
                ("h", 2, "Reason for referral"),
                (
                    "p",
                    "Isla was referred by the SEND Service for advice on her cognitive needs as she prepares to return to college in September 2026.",
                ),
                ("h", 2, "History"),
                (
                    "p",
                    [
                        X(
                            "Isla sustained a severe traumatic brain injury on 14 April 2025 when she was struck by a car while cycling; she spent nine days in intensive care and six weeks on the paediatric neurorehabilitation ward.",
                            "history",
                        ),
                        X(
                            "She completed a twelve-week outpatient rehabilitation programme in the autumn of 2025, and her walking and speech have recovered fully.",
                            "history: resolved",
                        ),
                        "Mrs Penhaligon said that before the accident Isla was predicted high grades and worked a Saturday job in a café.",
                    ],
                ),
                ("h", 2, "Assessment results"),
                (
                    "p",
                    [
                        X(
                            "On the WAIS-IV her verbal comprehension index was 104 and her perceptual reasoning index 98, both in the average range.",
                            "test result",
                        ),
                        X(
                            "Her reading accuracy on the WRAT-5 was in the average range, at a standard score of 101.",
                            "test result",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Isla's speed of processing information is now in the low average range, well below her pre-injury level, and she needs considerably longer to read, absorb and respond to new material.",
                            "cognition_learning",
                            B2_SPEED,
                        ),
                        N(
                            "Her verbal memory for new material is impaired: she recalls little of a spoken passage after a delay unless it has been written down or repeated.",
                            "cognition_learning",
                            B2_MEM,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Isla experiences marked cognitive fatigue; after about 45 minutes of sustained concentration her accuracy falls sharply and she often develops a headache.",
                            "health",
                            B2_TIRED,
                        ),
                        N(
                            "She has difficulty planning and organising multi-step tasks, such as an assignment with several parts, and does not know where to begin without an external structure.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Isla told me that she had been 'fine' on the rehabilitation ward but found the first week back at home exhausting.",
                            "reported speech: background",
                        ),
                        N(
                            "She has limited insight into her difficulties at times and may overestimate what she can manage, agreeing to a full timetable and then becoming exhausted within days.",
                            "cognition_learning",
                            None,
                        ),
                        N(
                            "Isla has a left homonymous hemianopia, so she misses text at the left of a page and does not notice people approaching from her left.",
                            "sensory_physical",
                            B2_SIGHT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Isla describes low mood and anxiety about the changes in her abilities and about losing her friendship group, who have moved on to the second year of the course.",
                            "semh",
                            B2_MOOD,
                        ),
                        X(
                            "Her scores on the mood questionnaire were in the mild range, and she denied any thoughts of self-harm.",
                            "test result",
                        ),
                    ],
                ),
                ("h", 2, "Opinion and recommendations"),
                (
                    "p",
                    [
                        "In my opinion Isla has the ability to complete a Level 3 course and to train as a nurse, but only if her return is paced to her fatigue and her memory and planning difficulties are compensated for from the first day.",
                        X(
                            "A return to a full timetable in September was discussed with Isla and her parents; I advised against it, because a failed return would damage her confidence more than a slower start.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Isla should return on a reduced timetable of no more than 12 guided learning hours a week in the first term, building up only when her fatigue allows, with any increase agreed at a review each half term.",
                            "health",
                            "specific",
                            F2_TIMETABLE,
                        ),
                        R(
                            "She will need rest breaks of 10 minutes in a quiet room after every 45 minutes of study, which she can take without having to ask.",
                            "health",
                            "not_specific",
                            F2_BREAKS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Notes and slides for every lesson should be given to her at least a day in advance, in a large, left-aligned format with a wide left margin, so that she can preview them and does not have to copy from the board.",
                            "sensory_physical",
                            "specific",
                            F2_NOTES,
                        ),
                        X(
                            "Previewing material reduces the load on her memory and lets her processing keep pace with the lesson.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "I recommended that Isla have one-to-one sessions with a learning support tutor who understands brain injury for one hour every week, to teach and practise planning and memory strategies such as a diary, phone reminders and checklists, using her own coursework.",
                            "cognition_learning",
                            "less",
                            F2_STUDY,
                        ),
                        X(
                            "Strategies taught away from real work rarely transfer after a brain injury; they have to be practised on the assignments she is actually doing.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "She will need access arrangements in her assessments and examinations, namely 25 per cent extra time, supervised rest breaks and a separate room.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                        R(
                            "I will review Isla in the Community Brain Injury Service every six months, with a repeat neuropsychological assessment before her next annual review.",
                            "health",
                            "not_educational",
                            G2_REVIEW,
                            section="G",
                        ),
                        R(
                            "A course of sessions with the service's clinical psychologist is advised to help her adjust to the changes since her injury.",
                            "semh",
                            "not_educational",
                            G2_PSYCH,
                            section="G",
                        ),
                    ],
                ),
                (
                    "p",
                    "Dr Helen Marchetti, DClinPsy, Consultant Clinical Neuropsychologist, 24 June 2026",
                ),
            ],
        ),
        dict(
            file=AL2,
            footer="Tremont College - Additional Learning Support - advice for EHC plan - July 2026",
            author="S Ravel",
            blocks=[
                ("org", "Tremont College - Additional Learning Support"),
                ("small", "Harbour Road, Wexcombe - 01632 960533 - als@tremont.example.org"),
                ("title", "Additional Learning Support: advice for Isla's EHC plan"),
                (
                    "p",
                    "Written by Sunita Ravel, Additional Learning Support Manager, after Isla's two taster days (1 and 8 July 2026) and a meeting with Isla and her mum.",
                ),
                ("h", 2, "What we already have in place"),
                (
                    "p",
                    [
                        X(
                            "Isla has a college ID card with a lift pass, and she is on our list for a personal evacuation plan because of her sight.",
                            "support already in place",
                        ),
                        X(
                            "We ran a short awareness session on brain injury for the Health and Social Care team in June.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 2, "What we saw on the taster days"),
                (
                    "p",
                    [
                        X(
                            "Isla joined in well in a discussion about safeguarding and made a thoughtful point about consent.",
                            "strength",
                        ),
                        N(
                            "Her handwriting is slow and her right hand tires after a few minutes, so she cannot take notes at the speed of a lesson.",
                            "sensory_physical",
                            B2_HAND,
                        ),
                        N(
                            "Isla found moving between classrooms in busy corridors overwhelming and arrived late and upset to both afternoon sessions.",
                            "sensory_physical",
                            B2_CORR,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "She is worried about her care placement, where she will need to remember residents' names, likes and daily routines, because she forgets new names within minutes.",
                            "cognition_learning",
                            B2_NAMES,
                        ),
                        X(
                            "We looked at the Level 2 course as a stepping stone, but Isla's reasoning is well above that level and she would find it demotivating, so we do not recommend it.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("h", 2, "What we recommend"),
                (
                    "grid",
                    [
                        ["What we recommend", "How much", "Why"],
                        [
                            R(
                                "An assessment for assistive technology, and training in using text-to-speech and a smart pen to record lessons, with the equipment in every lesson.",
                                "sensory_physical",
                                "wrong_section",
                                G2_AT,
                                section="G",
                            ),
                            "Assessment in September; three one-hour training sessions; daily use",
                            X(
                                "Her hand tires quickly and she cannot both listen and write.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "A named key worker from our team who meets Isla weekly to go through her timetable, fatigue diary and workload.",
                                "cognition_learning",
                                "specific",
                                F2_KEY,
                            ),
                            "30 minutes a week, one-to-one",
                            "So that overload is spotted before she drops out, as she nearly did in May.",
                        ],
                        [
                            R(
                                "A peer mentor from the second-year group to help her settle and find a friendship group on the course.",
                                "semh",
                                "not_specific",
                                F2_ENRICH,
                            ),
                            "Weekly lunchtime meeting for the first term",
                            X(
                                "Isla has lost contact with most of her old friends and says she eats lunch alone.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "We should brief her placement supervisor before she starts and give her a written crib sheet of each resident's name, photograph and routine.",
                                "cognition_learning",
                                "missing_from_f",
                            ),
                            "Before placement; crib sheet updated weekly",
                            "She will not be able to learn a dozen names and routines from hearing them once.",
                        ],
                    ],
                    [0.46, 0.24, 0.3],
                ),
                (
                    "p",
                    R(
                        "At home, it may help if Isla and her parents plan one full rest day each weekend, with no study or shifts.",
                        "health",
                        "not_educational",
                    ),
                ),
                ("p", "Sunita Ravel, Additional Learning Support Manager, 15 July 2026"),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbd-03: Northmere MBC; Tyler Brannigan-Soto, 18, motor vehicle apprentice with
# dyslexia and ADHD. layout "letter-en-dash-sentence-case-word-headings": Word headings
# "B – Special educational needs"; Section F one table What will be provided / Who /
# How often / Why (outcome).
# ---------------------------------------------------------------------------

B3_READ = "Tyler reads slowly and sometimes guesses at words on job cards and in manuals, which has led to mistakes at work."
B3_STEPS = "He forgets steps in a job and loses track of tools and parts unless things are written down for him."
B3_FOCUS = "Tyler finds it hard to keep his attention in college lessons and in quiet spells at the garage, and he gets distracted or wanders off."
B3_SPELL = "His spelling is weak and he avoids writing anything that other people will read."
B3_MATHS = "Maths is hard for Tyler, especially measuring, torque figures and changing units, and he has not yet passed Level 1 maths."
B3_PORT = "Tyler struggles to keep his college portfolio organised and up to date."
B3_CONF = "Tyler does not see himself as clever, and this sometimes stops him going to college on his training day."

F3_CHECK = "Photo checklists for each routine job (oil and filter change, brake pad change, tyre change), laminated and kept at Tyler's bay"
F3_CATCH = "Check-ins with his workplace mentor"
F3_DYS = "One-to-one specialist dyslexia tuition"
F3_AT = "A reading pen and a text-to-speech app on his phone, with training in using them"
F3_MATHS = "Maths support"
F3_TUTOR = "Theory lessons broken into 20-minute parts, each followed by a short practical task or a chance to move"

H2_COACH = "Tyler's personal adviser from Northmere Young People's Service will meet him every week for 45 minutes to help him plan his week, manage his time and organise his college work."
G3_ADHD = "The Northmere Adult ADHD Service will review Tyler's medication every six months."

WM3 = "workplace_mentor_notes.docx"
CA3 = "careers_adviser_report.pdf"
YW3 = "youth_worker_letter.pdf"


def _dash(sid: str) -> tuple:
    return ("H", sid, f"{sid} – {NAMES[sid]}", "h1")


CASE_03 = dict(
    name="case-evalbd-03",
    layout="letter-en-dash-sentence-case-word-headings",
    summary=(
        "Northmere Metropolitan Borough Council; Tyler Brannigan-Soto, 18, a Level 2 light vehicle maintenance "
        "apprentice at Halloran and Daughters Garage with off-the-job training at Northmere College (dyslexia, "
        "ADHD, working memory, maths, confidence, timekeeping). Each heading is a Word heading 'B – Special "
        "educational needs'; Section F is one table What will be provided / Who / How often / Why (outcome). "
        "The employer's workplace mentor's notes (.docx, first person, bullets with the reasons mixed in), a "
        "careers adviser's report (.pdf, reported speech, Plan A and Plan B options, recommendations argued) and "
        "a youth worker's letter (.pdf)."
    ),
    note="Weekly coaching in organisation and time management, recommended by the careers adviser as part of his off-the-job training, stands in Section H2 as a Young People's Service offer: provision in the wrong section. The ADHD medication review is health provision, correctly in G.",
    plan=dict(
        file="plan.docx",
        header="OFFICIAL - SENSITIVE",
        footer="Northmere MBC - EHCP - T Brannigan-Soto - annual review amendments 2026",
        author="Northmere SENAR",
        title="EHC Plan - Tyler Brannigan-Soto",
        blocks=[
            ("org", "Northmere Metropolitan Borough Council"),
            (
                "small",
                "Special Educational Needs Assessment and Review (SENAR), Town Hall, Northmere - 01632 960622",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Young person", "Tyler Brannigan-Soto"),
                    ("Date of birth", "6 May 2008"),
                    ("NHS number", "999 741 2350"),
                    (
                        "Programme",
                        "Level 2 Light Vehicle Maintenance and Repair apprenticeship: Halloran and Daughters Garage (employer) and Northmere College (training provider)",
                    ),
                    ("Lives with", "his mum, Dawn Brannigan, 41 Canal Side, Northmere"),
                    ("Reviewed", "Annual review meeting 22 September 2026"),
                ],
            ),
            _dash("A"),
            (
                "S",
                "A",
                "Tyler loves cars and wants to qualify as a vehicle technician and one day run his own garage.",
            ),
            (
                "p",
                "He says he is good at working out what's wrong with an engine by listening to it, and that he would rather be in the workshop than in a classroom.",
            ),
            _dash("B"),
            ("S", "B", "Tyler has dyslexia and attention deficit hyperactivity disorder (ADHD)."),
            ("p", [B3_READ, B3_SPELL]),
            ("p", [B3_STEPS, B3_FOCUS]),
            ("p", [B3_MATHS, B3_PORT]),
            ("p", B3_CONF),
            _dash("C"),
            ("S", "C", "Tyler takes medication for ADHD, prescribed by the Adult ADHD Service."),
            _dash("D"),
            ("S", "D", "Tyler has no assessed social care needs."),
            _dash("E"),
            (
                "S",
                "E",
                "Employment: by July 2027 Tyler will complete a routine service from the job card without missing a step.",
            ),
            (
                "p",
                "Employment: by July 2027 Tyler will pass Level 1 maths functional skills and be on track for his end-point assessment.",
            ),
            (
                "p",
                "Independent living: by July 2027 Tyler will use a phone calendar to plan his working and college week.",
            ),
            _dash("F"),
            (
                "S",
                "F",
                "The provision below is made by Northmere College as Tyler's training provider, working with his employer.",
            ),
            (
                "grid",
                [
                    ["What will be provided", "Who", "How often", "Why (outcome)"],
                    [
                        ("F", F3_CHECK, True),
                        "Workplace mentor, made by the end of October 2026",
                        "Every routine job",
                        "So that he completes a service without missing a step",
                    ],
                    [
                        ("F", F3_CATCH, False),
                        "Workplace mentor",
                        "Regularly",
                        "To plan his day and review progress",
                    ],
                    [
                        ("F", F3_DYS, True),
                        "Northmere College specialist dyslexia tutor",
                        "30 minutes a week during his college day",
                        "Reading job cards and manuals",
                    ],
                    [
                        ("F", F3_AT, True),
                        "College assistive technology officer",
                        "Two one-hour training sessions in September 2026; daily use",
                        "Reading manuals and job cards on his own",
                    ],
                    [
                        ("F", F3_MATHS, False),
                        "Functional skills team",
                        "As needed",
                        "To pass Level 1 maths",
                    ],
                    [
                        ("F", F3_TUTOR, True),
                        "Motor vehicle lecturers",
                        "Every theory lesson",
                        "To keep his attention in class",
                    ],
                ],
                [0.36, 0.22, 0.2, 0.22],
            ),
            _dash("G"),
            ("S", "G", G3_ADHD),
            _dash("H1"),
            ("S", "H1", "Not applicable: Tyler is over 18."),
            _dash("H2"),
            ("S", "H2", H2_COACH),
            _dash("I"),
            (
                "S",
                "I",
                "Northmere College (general further education college) as training provider for Tyler's apprenticeship with Halloran and Daughters Garage.",
            ),
            _dash("J"),
            ("S", "J", "No personal budget."),
            _dash("K"),
            (
                "S",
                "K",
                "Workplace mentor's notes by Mr Rob Halloran (September 2026); careers adviser's report by Mr Femi Adeyemi (August 2026); letter from Ms Jess Carrow, youth worker (September 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=WM3,
            style="headed",
            footer="Halloran and Daughters Garage - notes for Tyler's annual review",
            author="R Halloran",
            blocks=[
                ("org", "Halloran and Daughters Garage"),
                ("small", "Unit 7, Mill Lane Trading Estate, Northmere - 01632 960655"),
                ("title", "Workplace mentor's notes for Tyler's annual review"),
                (
                    "p",
                    "I am Tyler's workplace mentor and the workshop manager. These notes cover his first year with us, September 2025 to September 2026.",
                ),
                ("b", "The good stuff"),
                (
                    "bul",
                    [
                        X(
                            "Tyler is a natural with engines and has the best ear for a fault of any apprentice I've had.",
                            "strength",
                        ),
                        X(
                            "He can now do an oil and filter change and a tyre change on his own, which he couldn't do at Christmas.",
                            "progress",
                        ),
                        X(
                            "The customers like him and he is always willing to help with the courtesy car run.",
                            "strength",
                        ),
                        X(
                            "He used to forget his safety boots a couple of times a week; since we gave him a locker in April that hasn't happened once.",
                            "resolved difficulty: support already in place",
                        ),
                    ],
                ),
                ("b", "What holds him back"),
                (
                    "bul",
                    [
                        N(
                            "Tyler takes a long time to read job cards and technical manuals and often guesses at words, which has led to him fitting the wrong part twice.",
                            "cognition_learning",
                            B3_READ,
                        ),
                        N(
                            "He loses track of tools and parts and forgets steps in a sequence of tasks unless they are written down as a checklist.",
                            "cognition_learning",
                            B3_STEPS,
                        ),
                        N(
                            "He finds it hard to stay focused in the quieter spells in the workshop and will start chatting or leave his bay.",
                            "cognition_learning",
                            B3_FOCUS,
                        ),
                        N(
                            "He sometimes reacts angrily when corrected in front of others, and in March he walked out for the rest of the day after a telling-off.",
                            "semh",
                            None,
                        ),
                        N(
                            "His timekeeping is poor: he was late on 11 of 40 working days last term, mostly because he oversleeps or loses track of time in the mornings.",
                            "other",
                            None,
                        ),
                    ],
                ),
                ("b", "What would help, and why"),
                (
                    "bul",
                    [
                        [
                            R(
                                "Give Tyler a laminated photo checklist for each routine job, kept at his bay, so he can tick off each step as he goes.",
                                "cognition_learning",
                                "specific",
                                F3_CHECK,
                            ),
                            X(
                                "On the jobs where he has had one, he hasn't missed a step.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "A 10-minute catch-up with me at the start and end of every shift, to plan the day and go over what went well.",
                                "semh",
                                "not_specific",
                                F3_CATCH,
                            ),
                            "That way he knows what is coming and gets praise as well as correction.",
                        ],
                        [
                            R(
                                "Any feedback on mistakes should be given to him privately, away from the rest of the team, and never shouted across the workshop.",
                                "semh",
                                "missing_from_f",
                            ),
                            X(
                                "The walk-out in March happened after he was told off in front of two customers.",
                                "reason for a recommendation: history",
                            ),
                        ],
                    ],
                ),
                ("p", "Rob Halloran, Workshop Manager and Workplace Mentor, 14 September 2026"),
            ],
        ),
        dict(
            file=CA3,
            footer="Northmere Careers Service - confidential - page {n} of {m}",
            author="F Adeyemi",
            blocks=[
                ("org", "Northmere Careers Service"),
                (
                    "small",
                    "The Hub, 12 Bridge Street, Northmere - 01632 960677 - careers@northmere.example.org",
                ),
                ("title", "Careers Adviser's Report: Preparing for Adulthood (Employment)"),
                (
                    "p",
                    "Young person: Tyler Brannigan-Soto (18). Adviser: Femi Adeyemi, Level 6 careers adviser. Interviews: 4 August 2026 with Tyler and his mother; 11 August 2026 by telephone with his college tutor, Ms Kerry Lund.",
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        X(
                            "Tyler was diagnosed with dyslexia in Year 8 and with ADHD in Year 10, and he has taken medication for ADHD since then.",
                            "history",
                        ),
                        X(
                            "He left Canal Side Academy with a grade 4 in English language and grade 3 in maths, and started his apprenticeship in September 2025.",
                            "history: test result",
                        ),
                        "Mrs Brannigan said that this is the first time she has seen him get up in the morning wanting to go somewhere.",
                    ],
                ),
                ("h", 2, "What the college and Tyler told me"),
                (
                    "p",
                    [
                        "Ms Lund explained that Tyler's practical work is among the best in his group.",
                        N(
                            "She said that his spelling is at about the level of an 11-year-old and that he avoids writing anything others will read, such as the service log.",
                            "cognition_learning",
                            B3_SPELL,
                        ),
                        N(
                            "She told me that he struggles with the maths in his course, particularly measurements, torque settings and converting units, and that he has failed the Level 1 maths functional skills test twice.",
                            "cognition_learning",
                            B3_MATHS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "According to Ms Lund, he finds it very hard to organise his off-the-job training portfolio and is now six weeks behind with it.",
                            "cognition_learning",
                            B3_PORT,
                        ),
                        N(
                            "Tyler told me he 'is thick' and that on bad days he skips his college day rather than feel stupid in front of the group.",
                            "semh",
                            B3_CONF,
                        ),
                        X(
                            "His attendance at college was 78 per cent last year against 96 per cent at work.",
                            "assessment: attendance figures",
                        ),
                    ],
                ),
                ("h", 2, "Options"),
                (
                    "p",
                    [
                        X(
                            "Plan A is for Tyler to stay on his Level 2 apprenticeship with the support set out below and complete his end-point assessment in summer 2027.",
                            "option: background to the recommendations",
                        ),
                        X(
                            "Plan B, moving him to a full-time college course in motor vehicle studies, was considered and rejected: he would lose his wage and the workshop experience that keeps him motivated.",
                            "option considered and rejected",
                        ),
                        X(
                            "A transfer to a different employer was also discussed; there is no need, as his employer is supportive and wants to keep him.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    "Plan A will only work if Tyler gets the support he needs to pass the English, maths and portfolio parts of the apprenticeship; without it he is very likely to fail the gateway to his end-point assessment, and his employer cannot keep him on as a technician without the qualification.",
                ),
                (
                    "p",
                    [
                        R(
                            "Tyler should have one-to-one tuition from a specialist dyslexia tutor for one hour every week during his off-the-job training, focusing on reading technical texts and spelling the words of his trade.",
                            "cognition_learning",
                            "less",
                            F3_DYS,
                        ),
                        R(
                            "He should be given a reading pen and text-to-speech on his phone, with training in how to use them with the manuals at work.",
                            "cognition_learning",
                            "specific",
                            F3_AT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Maths support linked to motor vehicle work, in a small group, for two hours a week until he passes Level 1, is essential.",
                            "cognition_learning",
                            "not_specific",
                            F3_MATHS,
                        ),
                        X(
                            "He failed the test twice when maths was taught in the abstract, yet he calculates tyre pressures correctly every day.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "The college should apply for access arrangements, a reader and 25 per cent extra time, for his functional skills tests and his end-point assessment.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                        R(
                            "He should have weekly coaching in organisation and time management with a learning coach, for 45 minutes a week, working on his portfolio and his weekly plan.",
                            "cognition_learning",
                            "wrong_section",
                            H2_COACH,
                            section="H2",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Tyler should continue to have his ADHD medication reviewed by the Adult ADHD Service every six months, as his dose affects his concentration in the afternoons.",
                            "health",
                            "not_educational",
                            G3_ADHD,
                            section="G",
                        ),
                        X(
                            "He told me he sometimes forgets his afternoon tablet, but the service is already aware and has suggested a phone alarm.",
                            "health background: support already in place",
                        ),
                    ],
                ),
                ("p", "Femi Adeyemi, Careers Adviser, 18 August 2026"),
            ],
        ),
        dict(
            file=YW3,
            footer="Northmere Youth Service - Canal Side Youth Project",
            author="J Carrow",
            blocks=[
                ("org", "Northmere Youth Service - Canal Side Youth Project"),
                (
                    "small",
                    "Canal Side Community Centre, Northmere - 07700 900418 - j.carrow@northmere.example.org",
                ),
                ("p", "9 September 2026"),
                ("p", "To the SENAR team, re: Tyler Brannigan-Soto"),
                ("p", "Dear SENAR team,"),
                (
                    "p",
                    [
                        "I have known Tyler through the youth project since he was 13, and he asked me to write in support of his annual review.",
                        X(
                            "He comes to our Thursday car club most weeks and helps the younger members with bike repairs, which he is brilliant at.",
                            "strength",
                        ),
                        X(
                            "When he was 15 he was very close to being excluded from school, but he has turned that around completely.",
                            "history: resolved",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Since he started earning, Tyler has struggled to manage his money: he has run up a phone debt of over £400 and often has nothing left a week after payday.",
                            "other",
                            None,
                        ),
                        X(
                            "He has paid back part of it with my help and has stopped using the buy-now-pay-later app he was on.",
                            "progress",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "I'd suggest Tyler and his mum sit down together once a month to go through his phone contract and banking app.",
                            "other",
                            "not_educational",
                        ),
                        "He is a lad with a lot going for him, and it would be a shame to see him lose the apprenticeship over things that can be fixed.",
                    ],
                ),
                ("p", "Yours faithfully,"),
                ("p", "Jess Carrow, Senior Youth Worker"),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbd-04: Ashworth Council; Maya Trelawney-Quist, 16, young carer with anxiety and
# dyspraxia, leaving school for a sixth-form college. layout
# "section-word-parenthesised-letter-dash-name-bands": shaded bands "Section (B) – Special
# educational needs"; Section F bullets under the four preparing-for-adulthood outcomes.
# ---------------------------------------------------------------------------

B4_WORRY = "Maya worries a great deal about her mum when she is away from home, and she keeps checking her phone during lessons."
B4_PANIC = "Busy, unfamiliar places can bring on panic for Maya, and she may need to leave."
B4_SPEAK = "Maya finds it hard to speak up in a group or to ask a teacher for help, so she often goes without."
B4_WRITE = "Maya has dyspraxia: her handwriting is slow and untidy and she does not always finish timed work."
B4_ORG = "Keeping track of her things and her timetable is hard for Maya, and large buildings confuse her."
B4_INSTR = "Maya needs more time than others to take in spoken instructions and can miss what is said at the end of a lesson."
B4_PRAC = "Practical work with equipment, such as science practicals, is awkward for her and makes her anxious."
B4_CHANGE = "Unexpected changes, like a supply teacher or a different room, upset Maya a lot."

F4_KEY = "A named member of the Student Support team will meet Maya for 20 minutes every Monday morning to check how she is and plan her week."
F4_PHONE = "Maya may keep her phone on silent on her desk in every lesson to check for urgent messages from home; all her teachers will be told this in writing before the start of term."
F4_DEAD = "Flexibility with homework deadlines where appropriate."
F4_VISIT = "One extra transition visit to the college in July with a member of the Additional Learning Support team."
F4_LAPTOP = "Access to a laptop."
F4_CHANGE = (
    "Maya's personal tutor will text her before 8.30 am whenever a lesson is moved or covered."
)
F4_HOME = "Regular contact between college and home."
F4_GROUP = "A place in the college's weekly young carers' lunch group, run by the Student Support team every Wednesday."

G4_CAMHS = "Ashworth CAMHS will offer Maya a course of cognitive behavioural therapy for anxiety, up to 12 sessions."
G4_OT = "The Ashworth Children's Occupational Therapy Service will provide a practical skills programme for Maya's science practicals and review it each term."
H2_YC = "Ashworth Children's Services will carry out an updated young carer's needs assessment before Maya starts college."

YC4 = "young_carers_report.pdf"
CT4 = "college_transition_report.docx"


def _band(sid: str) -> tuple:
    return ("H", sid, f"Section ({sid}) – {NAMES[sid]}", "band")


CASE_04 = dict(
    name="case-evalbd-04",
    layout="section-word-parenthesised-letter-dash-name-bands",
    summary=(
        "Ashworth Council; Maya Trelawney-Quist, 16, a young carer for her mum, leaving Fenbridge Academy for "
        "St Aldhelm's Sixth Form College (anxiety, dyspraxia, slower processing of spoken instructions). Each "
        "heading is a shaded band 'Section (B) – Special educational needs'; Section F lists provision as bullets "
        "under the four preparing-for-adulthood outcomes. A young carers' youth worker's report (.pdf, first "
        "person plural, bullets with the reasons mixed in) and the sixth-form college's additional learning "
        "support manager's transition report (.docx, options considered, a Recommendation / Outcome it supports "
        "/ Reason table)."
    ),
    note="A practical skills programme for science practicals, to be carried out in college by the science technician, stands in Section G as an occupational therapy offer: provision in the wrong section. CBT from CAMHS is health provision, correctly in G; the young carer's needs assessment is social care, correctly in H2.",
    plan=dict(
        file="plan.pdf",
        footer="Ashworth Council EHC Plan - Maya Trelawney-Quist - final - page {n} of {m}",
        author="Ashworth SEND Service",
        title="EHC Plan - Maya Trelawney-Quist",
        blocks=[
            ("org", "Ashworth Council - Special Educational Needs and Disabilities Service"),
            ("small", "Market House, Ashworth - 01632 960815 - send@ashworth.example.org"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Young person", "Maya Trelawney-Quist"),
                    ("Date of birth", "19 March 2010"),
                    ("NHS number", "999 207 6634"),
                    ("Current school", "Fenbridge Academy, Year 11 (until July 2026)"),
                    (
                        "From September 2026",
                        "St Aldhelm's Sixth Form College: A levels in Biology, Psychology and Sociology",
                    ),
                    (
                        "Lives with",
                        "her mum, Carla Trelawney, and her brother Jake (9), 5 Orchard Rise, Fenbridge",
                    ),
                ],
            ),
            _band("A"),
            (
                "S",
                "A",
                "Maya wants to study Psychology at university and become a mental health nurse.",
            ),
            (
                "p",
                "She says: \"I want college to know I'm not lazy. Some days I've done a whole shift at home before I get there.\" Her mum wants Maya to have a life of her own as well as helping at home.",
            ),
            _band("B"),
            (
                "S",
                "B",
                "Maya has an anxiety disorder and developmental co-ordination disorder (dyspraxia).",
            ),
            ("p", [B4_WORRY, B4_PANIC, B4_SPEAK, B4_CHANGE]),
            ("p", [B4_WRITE, B4_PRAC]),
            ("p", [B4_ORG, B4_INSTR]),
            _band("C"),
            (
                "S",
                "C",
                "Maya has anxiety, for which she is on the CAMHS waiting list, and dyspraxia, diagnosed by the children's occupational therapy service in 2019.",
            ),
            _band("D"),
            (
                "S",
                "D",
                "Maya is a young carer: she helps to look after her mum, who has multiple sclerosis, and her younger brother.",
            ),
            _band("E"),
            (
                "S",
                "E",
                "Employment: by July 2027 Maya will complete her first-year A level coursework on time and arrange a week's work experience on a hospital ward.",
            ),
            (
                "p",
                "Independent living: by July 2027 Maya will plan her week, including college, study and caring, in a planner she keeps herself.",
            ),
            (
                "p",
                "Friends, relationships and community: by July 2027 Maya will take part in one college club or activity each week.",
            ),
            (
                "p",
                "Health: by July 2027 Maya will use two calming strategies when she feels panic starting, and stay in the lesson.",
            ),
            _band("F"),
            (
                "S",
                "F",
                "Maya's study programme is three A levels, 18 hours a week of teaching and 2 hours of tutorial and enrichment, at St Aldhelm's Sixth Form College.",
            ),
            ("b", "Employment (study and work)"),
            ("bul", [("F", F4_LAPTOP, False), ("F", F4_DEAD, False), ("F", F4_VISIT, True)]),
            ("b", "Independent living"),
            ("bul", [("F", F4_KEY, True), ("F", F4_CHANGE, True)]),
            ("b", "Friends, relationships and community"),
            ("bul", [("F", F4_GROUP, True)]),
            ("b", "Health"),
            ("bul", [("F", F4_PHONE, True), ("F", F4_HOME, False)]),
            _band("G"),
            ("S", "G", G4_CAMHS),
            ("p", G4_OT),
            _band("H1"),
            ("S", "H1", "None at present."),
            _band("H2"),
            ("S", "H2", H2_YC),
            _band("I"),
            (
                "S",
                "I",
                "St Aldhelm's Sixth Form College, Fenbridge (sixth form college), from September 2026.",
            ),
            _band("J"),
            ("S", "J", "Maya and her mum have not requested a personal budget."),
            _band("K"),
            (
                "S",
                "K",
                "Report from Ms Tamsin Okoro, Fenbridge Young Carers (May 2026); transition report from Mr Neil Varga, Additional Learning Support Manager, St Aldhelm's Sixth Form College (June 2026); Maya's and her mum's views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=YC4,
            footer="Fenbridge Young Carers - report for Maya's EHC plan - page {n} of {m}",
            author="T Okoro",
            blocks=[
                ("org", "Fenbridge Young Carers"),
                (
                    "small",
                    "The Old Library, Church Street, Fenbridge - 01632 960866 - youngcarers@fenbridge.example.org",
                ),
                ("title", "Youth Worker's Report"),
                (
                    "p",
                    "Young person: Maya Trelawney-Quist, 16. Written by Tamsin Okoro, Youth Worker, who has worked with Maya since she joined the project at 12. May 2026.",
                ),
                ("b", "About Maya's caring role"),
                (
                    "p",
                    [
                        X(
                            "Maya's mum was diagnosed with multiple sclerosis when Maya was 10, and since then Maya has helped with shopping, medication reminders and getting her brother to school.",
                            "history: background",
                        ),
                        X(
                            "Her mum now has a carer twice a day through an adult social care package, which has taken some of the load off Maya since January.",
                            "support already in place",
                        ),
                        X(
                            "Maya has come to our Tuesday group almost every week for four years and was chosen to speak at the Young Carers Awareness Day in January.",
                            "strength",
                        ),
                        X(
                            "Maya told us she is proud of helping her mum and does not want her caring role to be seen only as a problem.",
                            "view: reported speech",
                        ),
                    ],
                ),
                ("b", "What we see"),
                (
                    "bul",
                    [
                        N(
                            "Maya worries constantly about her mum's health while she is at school and checks her phone for messages many times in each lesson.",
                            "semh",
                            B4_WORRY,
                        ),
                        [
                            N(
                                "She has panic attacks in crowded, unfamiliar places; she had two at the college open evening and had to leave.",
                                "semh",
                                B4_PANIC,
                            ),
                            X(
                                "She used to have them on the school bus too, but she has not had one there since Year 9.",
                                "resolved difficulty",
                            ),
                        ],
                        N(
                            "Because of her caring role she has very little time for homework, finds it hard to meet deadlines and fell well behind in the spring term.",
                            "cognition_learning",
                            None,
                        ),
                        N(
                            "She finds it hard to speak up in groups or to ask teachers for help, and will go without help rather than draw attention to herself.",
                            "communication_interaction",
                            B4_SPEAK,
                        ),
                        N(
                            "Apart from the young carers' group she has few friends and says she feels different from other people her age.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                ("b", "What we think Maya needs at college"),
                (
                    "bul",
                    [
                        [
                            R(
                                "She needs a named member of college staff who knows about her caring role and checks in with her once a week, because she won't ask for help herself.",
                                "semh",
                                "specific",
                                F4_KEY,
                            ),
                        ],
                        [
                            R(
                                "She should be allowed to keep her phone on in lessons to take urgent messages from home, agreed with every teacher in advance.",
                                "semh",
                                "specific",
                                F4_PHONE,
                            ),
                            X(
                                "At Fenbridge Academy her phone was confiscated twice in Year 10, and both times she walked out to find it.",
                                "history: reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Homework deadlines should be extended by up to three days when her mum is unwell, agreed with her personal tutor, without Maya having to explain every time.",
                                "cognition_learning",
                                "not_specific",
                                F4_DEAD,
                            ),
                            "Young carers often lose marks for lateness that has nothing to do with their ability.",
                        ],
                        R(
                            "We recommend that Ashworth Children's Services update Maya's young carer's needs assessment before she starts college.",
                            "social_care",
                            "not_educational",
                            H2_YC,
                            section="H2",
                        ),
                        [
                            R(
                                "We also think she should be seen by CAMHS for therapy for her anxiety, as she has been on the waiting list since November.",
                                "health",
                                "not_educational",
                                G4_CAMHS,
                                section="G",
                            ),
                            X(
                                "We did consider a referral to our own counselling partner, but Maya and her mum felt she needed a specialist service.",
                                "option considered and rejected",
                            ),
                        ],
                    ],
                ),
                ("p", "Tamsin Okoro, Youth Worker, Fenbridge Young Carers"),
            ],
        ),
        dict(
            file=CT4,
            style="headed",
            footer="St Aldhelm's Sixth Form College - Additional Learning Support - transition report",
            author="N Varga",
            blocks=[
                ("org", "St Aldhelm's Sixth Form College"),
                ("small", "Additional Learning Support, Abbey Road, Fenbridge - 01632 960877"),
                ("title", "Transition Report: Maya Trelawney-Quist"),
                (
                    "p",
                    "Prepared by Neil Varga, Additional Learning Support Manager, after a visit to Fenbridge Academy on 4 June 2026, a meeting with Maya and her mum, and a conversation with her Head of Year.",
                ),
                ("h", 2, "Information from school"),
                (
                    "p",
                    [
                        X(
                            "Maya is predicted grade 7 in Biology and grade 6 in English, and her teachers describe her as thoughtful and hard-working.",
                            "assessment: predicted grades, strength",
                        ),
                        X(
                            "She has had 25 per cent extra time and a laptop in her GCSE exams this summer.",
                            "support already in place",
                        ),
                        X(
                            "On our reading screener in June her reading comprehension was above average for her age.",
                            "test result",
                        ),
                        N(
                            "Maya's handwriting is slow and untidy because of her dyspraxia, and in her mock exams she did not finish three of her papers.",
                            "sensory_physical",
                            B4_WRITE,
                        ),
                        N(
                            "Her Head of Year said that she finds it hard to organise her equipment and timetable, and that she got lost repeatedly in the new science block.",
                            "cognition_learning",
                            B4_ORG,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "She processes spoken instructions more slowly than her peers and often misses homework set at the end of a lesson.",
                            "cognition_learning",
                            B4_INSTR,
                        ),
                        N(
                            "Maya finds science practicals with glassware and small equipment difficult, and she is anxious about breaking things in front of others.",
                            "sensory_physical",
                            B4_PRAC,
                        ),
                        N(
                            "She becomes very distressed by unexpected changes, such as a cover teacher or a room change, and has walked out of lessons when these happen.",
                            "semh",
                            B4_CHANGE,
                        ),
                    ],
                ),
                ("h", 2, "Options we considered"),
                (
                    "p",
                    [
                        X(
                            "We considered a two-year reduced programme of two A levels, but Maya is capable of three and wants to keep Psychology, so we are not recommending it.",
                            "option considered and rejected",
                        ),
                        X(
                            "A BTEC route was also discussed and rejected, because the coursework deadlines would bunch up in the way Maya finds hardest to manage.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("h", 2, "Our recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Outcome it supports", "Reason"],
                        [
                            R(
                                "Three extra transition visits in June and July with a member of our team, including a walk round the building at a quiet time and a map of her timetable.",
                                "semh",
                                "less",
                                F4_VISIT,
                            ),
                            "Settling in and attending every lesson",
                            X(
                                "Maya had a panic attack at the open evening, when the building was full.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "A laptop for all written work in lessons, with touch-typing training for 20 minutes three times a week in the first term.",
                                "sensory_physical",
                                "not_specific",
                                F4_LAPTOP,
                            ),
                            "Completing coursework on time",
                            "Her handwriting speed is about half that of her peers.",
                        ],
                        [
                            R(
                                "Exam access arrangements of 25 per cent extra time and use of a word processor, applied for in her first term.",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            "Passing her A levels",
                            "She did not finish three mock GCSE papers without them.",
                        ],
                        [
                            R(
                                "Small-group study skills sessions on organisation and planning, for one hour a week with a learning support tutor.",
                                "cognition_learning",
                                "missing_from_f",
                            ),
                            "Planning her week and meeting deadlines",
                            X(
                                "Her caring role leaves very little slack, so time has to be planned carefully.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "A practical skills programme for science practicals, written by an occupational therapist and carried out by the science technician for 30 minutes a week.",
                                "sensory_physical",
                                "wrong_section",
                                G4_OT,
                                section="G",
                            ),
                            "Completing the required practicals in Biology",
                            "The required practicals are assessed and she cannot pass without them.",
                        ],
                    ],
                    [0.48, 0.24, 0.28],
                ),
                (
                    "p",
                    R(
                        "At home, Maya and her mum might keep a shared calendar so both know her college commitments and her mum's appointments.",
                        "other",
                        "not_educational",
                    ),
                ),
                ("p", "Neil Varga, Additional Learning Support Manager, 12 June 2026"),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
