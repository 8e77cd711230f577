# ruff: noqa: E501, N802
"""Set BP as data: progressive and life-limiting conditions, where needs grow faster than
the plan (a 9-year-old with Duchenne muscular dystrophy losing walking in a mainstream
junior school, a 7-year-old with CLN2 Batten disease losing sight and speech, a
13-year-old with Friedreich's ataxia whose handwriting and speech are slowing, a
16-year-old with cystic fibrosis and frequent admissions sitting GCSEs), in plan layouts
no earlier set has.

Every name, council, school, service, NHS trust, hospice and professional is invented.
Phone numbers are in the 01632 960xxx range, mobiles 07700 900xxx, e-mail addresses are at
example.org and NHS numbers begin 999. Markers are those of evaluation_kit.dataset.
"""


def N(text: str, area: str, plan_text: str | None = None, note: str | None = None) -> tuple:
    """A need; plan_text None when Section B leaves it out."""
    if note:
        return ("N", text, area, plan_text, note)
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
# case-evalbp-01: Wendlebury County Council; Finn Carraway, 9, Duchenne muscular dystrophy
# layout "section-word-letter-hyphen-title-case-f-area-staff-frequency-grid": headings
# "Section B - Special Educational Needs"; Section F one table Area / Provision / Staff /
# Frequency and duration. The plan was written after last year's review and still
# describes a boy who walks about school on his own.
# ---------------------------------------------------------------------------

B1_DMD = "Finn has Duchenne muscular dystrophy, which means the muscles in his body are slowly getting weaker."
B1_WALK = "Finn walks around school on his own, but he is slower than other children on the stairs and over longer distances."
B1_TIRED = "Finn gets tired easily, especially in the afternoons, and then finds it harder to move about and to concentrate."
B1_MEM = "Finn finds it hard to remember instructions that have several parts."
B1_WRITE = "Writing by hand is slow for Finn and makes his hand ache, so he often does not finish written work."
B1_ARMS = (
    "His arms are getting weaker, so reaching up high and carrying his tray and bag are difficult."
)
B1_SIT = "Finn finds it hard to sit up straight for long in an ordinary classroom chair."

F1_BREAK = "A teaching assistant will stay near Finn on the playground at morning break."
F1_REST = "A rest in the medical room after lunch, and leaving each lesson five minutes before the bell so that he misses the busy corridors."
F1_PHYSIO = "Physiotherapy exercises in school as set out in the physiotherapy programme."
F1_CHAIR = "A chair with side supports and a footrest in each room Finn is taught in, set up and checked by the occupational therapist."
F1_SLOPE = "A writing slope and a chunky pencil grip for all written work."
F1_STEPS = (
    "Instructions given one step at a time, with a written checklist on Finn's desk for each task."
)
F1_ELSA = "Emotional support from the ELSA."
F1_TIME = "25% extra time for written tasks and class tests."

G1_TRAIN = (
    "The children's physiotherapy service will offer moving and handling training to school staff."
)
G1_CARDIO = "Finn will continue to be reviewed every year by the cardiology and respiratory teams at the Northern Neuromuscular Centre."

NM1 = "neuromuscular_care_adviser_report.docx"
OT1 = "ot_seating_access_report.pdf"


def _hy(sid: str) -> tuple:
    title = {
        "A": "Views, Interests and Aspirations",
        "B": "Special Educational Needs",
        "C": "Health Needs",
        "D": "Social Care Needs",
        "E": "Outcomes",
        "F": "Special Educational Provision",
        "G": "Health Provision",
        "H1": "Social Care Provision (Chronically Sick and Disabled Persons Act 1970)",
        "H2": "Other Social Care Provision",
        "I": "Placement",
        "J": "Personal Budget",
        "K": "Advice and Information",
    }[sid]
    return ("H", sid, f"Section {sid} - {title}", "h2")


CASE_01 = dict(
    name="case-evalbp-01",
    layout="section-word-letter-hyphen-title-case-f-area-staff-frequency-grid",
    summary=(
        "Wendlebury County Council; Finn Carraway, 9 years 7 months, Year 5 at Millbrook Junior School "
        "(mainstream), Duchenne muscular dystrophy, losing walking (falls, fatigue, weak arms, slow handwriting, "
        "working memory, withdrawal at playtimes, toileting). Headings 'Section B - Special Educational Needs'; "
        "Section F one table Area / Provision / Staff / Frequency and duration. A neuromuscular care adviser's "
        "report (.docx, third person, options Plan A and Plan B, reasons mixed in) and an occupational "
        "therapist's report on seating and access technology (.pdf, a Recommendation / Reason / Who and when table)."
    ),
    note=(
        "Written for last year's child: Section B still says Finn walks around school on his own; the falls and "
        "his needing an adult to get up from the floor are not in B, although walking is. The moving and handling "
        "training for school staff stands in G as a physiotherapy offer: provision in the wrong section. The yearly "
        "cardiology and respiratory reviews are health provision, correctly in G."
    ),
    plan=dict(
        file="plan.pdf",
        header="Wendlebury County Council - Education, Health and Care Plan - Finn Carraway",
        footer="Final plan issued 14 October 2025 - page {n} of {m}",
        author="Wendlebury SEND Assessment and Review Team",
        title="EHC Plan - Finn Carraway",
        sans=True,
        accent="5B2C6F",
        blocks=[
            ("org", "Wendlebury County Council"),
            ("small", "SEND Assessment and Review Team, County Hall, Wendlebury - 01632 960710"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Finn Carraway"),
                    ("Date of birth", "2 May 2017"),
                    ("NHS number", "999 563 2081"),
                    ("School", "Millbrook Junior School, Year 5"),
                    ("Parents", "Laura and Dean Carraway"),
                    ("Plan coordinator", "Mrs P Oyelaran, 01632 960714"),
                ],
            ),
            _hy("A"),
            (
                "S",
                "A",
                "Finn loves football, dinosaurs and building with Lego, and he is the goalkeeper's biggest fan at Millbrook Rovers.",
            ),
            (
                "p",
                "Finn says: I want to stay at Millbrook with my friends and I want to be a palaeontologist. His parents want him to be safe, to keep up with his learning and to stay happy at school.",
            ),
            _hy("B"),
            ("S", "B", B1_DMD),
            ("b", "Physical"),
            ("p", [B1_WALK, B1_TIRED]),
            ("p", [B1_ARMS, B1_SIT]),
            ("b", "Learning"),
            ("p", [B1_MEM, B1_WRITE]),
            (
                "p",
                "Finn reads well for his age and enjoys non-fiction books, especially about animals.",
            ),
            _hy("C"),
            (
                "S",
                "C",
                "Finn takes a daily steroid medicine for his muscular dystrophy and is followed by the Northern Neuromuscular Centre, where his heart and breathing are checked.",
            ),
            _hy("D"),
            ("S", "D", "No social care needs have been identified."),
            _hy("E"),
            (
                "S",
                "E",
                "By July 2026 Finn will move around the school safely, using the lift to reach the upstairs classrooms.",
            ),
            (
                "p",
                "By July 2026 Finn will complete a page of written work in a lesson, using the equipment set out in Section F.",
            ),
            (
                "p",
                "By July 2026 Finn will follow a three-step instruction in class with the help of a checklist.",
            ),
            _hy("F"),
            (
                "S",
                "F",
                "Millbrook Junior School will make the provision in the table below, from within its own resources and the top-up funding agreed for this plan.",
            ),
            (
                "grid",
                [
                    ["Area", "Provision", "Staff", "Frequency and duration"],
                    [
                        "Physical",
                        ("F", F1_BREAK, True),
                        "Teaching assistant",
                        "Every day, 15 minutes",
                    ],
                    [
                        "Physical",
                        ("F", F1_REST, True),
                        "Class teacher and teaching assistant",
                        "Rest: 10 minutes every day; leaving early: every lesson",
                    ],
                    ["Physical", ("F", F1_PHYSIO, False), "Teaching assistant", "Regularly"],
                    [
                        "Physical",
                        ("F", F1_CHAIR, True),
                        "Occupational therapist; class teacher",
                        "In place every lesson; checked once a term",
                    ],
                    [
                        "Physical",
                        ("F", F1_SLOPE, True),
                        "Class teacher",
                        "Every lesson with writing",
                    ],
                    ["Learning", ("F", F1_STEPS, True), "All teachers", "Every lesson"],
                    [
                        "Learning",
                        ("F", F1_TIME, True),
                        "Class teacher",
                        "Every written task and test",
                    ],
                    ["Emotional wellbeing", ("F", F1_ELSA, False), "ELSA", "As needed"],
                ],
                [0.14, 0.46, 0.2, 0.2],
            ),
            _hy("G"),
            ("S", "G", G1_CARDIO),
            ("p", G1_TRAIN),
            (
                "p",
                "The community paediatric physiotherapist will see Finn at home each term and update his stretching programme.",
            ),
            _hy("H1"),
            ("S", "H1", "None."),
            _hy("H2"),
            ("S", "H2", "None at present."),
            _hy("I"),
            (
                "S",
                "I",
                "Millbrook Junior School, Station Road, Wendlebury (community junior school, mainstream).",
            ),
            _hy("J"),
            ("S", "J", "Not requested."),
            _hy("K"),
            (
                "S",
                "K",
                "Advice from the neuromuscular care adviser, the occupational therapist, the school and Finn's parents, gathered for the 2025 annual review.",
            ),
        ],
    ),
    reports=[
        dict(
            file=NM1,
            style="headed",
            header="Northern Neuromuscular Centre - Neuromuscular Care Adviser",
            footer="Advice for Finn Carraway's annual review, September 2026",
            author="R Haldane",
            blocks=[
                ("org", "Northern Neuromuscular Centre"),
                (
                    "small",
                    "Wendlebury and Fells NHS Foundation Trust - Level 3, Ash Wing - 01632 960733",
                ),
                ("title", "Neuromuscular Care Adviser's Report"),
                (
                    "kv",
                    [
                        ("Name", "Finn Carraway (DOB 02/05/2017, NHS 999 563 2081)"),
                        ("School", "Millbrook Junior School, Year 5"),
                        ("Author", "Ruth Haldane RGN, Neuromuscular Care Adviser"),
                        ("Seen", "At school on 8 September 2026 and at home on 10 September 2026"),
                        ("Purpose", "Advice for the annual review of Finn's EHC plan"),
                    ],
                ),
                ("h", 1, "1. Background"),
                (
                    "p",
                    [
                        X(
                            "Finn was diagnosed with Duchenne muscular dystrophy at the age of four, after his nursery noticed that he was slow to climb stairs and often fell.",
                            "history: diagnosis",
                        ),
                        X(
                            "He has taken daily deflazacort since he was five, and his heart scan and breathing tests in June 2026 were both normal for his age.",
                            "health background and test results",
                        ),
                        "Finn lives with his parents and his sister Macy, aged 12, in a house that has been adapted with a through-floor lift.",
                    ],
                ),
                ("h", 1, "2. How things have changed since last year"),
                (
                    "grid",
                    [
                        ["Timed test", "September 2025", "September 2026"],
                        ["Rise from the floor", "6 seconds", "14 seconds"],
                        ["10-metre walk or run", "5.8 seconds", "9.1 seconds"],
                        ["Climbing four stairs", "4 seconds", "Not attempted (unsafe)"],
                    ],
                    [0.4, 0.3, 0.3],
                ),
                (
                    "p",
                    [
                        X(
                            "Finn's score on the Performance of the Upper Limb scale is still in the range where he can feed himself, use a tablet and write short pieces by hand.",
                            "test result",
                        ),
                        X(
                            "Last year's plan was right for Finn at the time, and the school has worked hard to put it in place.",
                            "comment on the plan, not a need",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Finn's walking has become slower and less safe over the past year, as expected in Duchenne muscular dystrophy, and his muscles will continue to weaken.",
                            "sensory_physical",
                            B1_DMD,
                        ),
                        N(
                            "He now falls two or three times a week at school, usually on the playground or when he is jostled in a corridor, and he cannot get up from the floor without an adult's help.",
                            "sensory_physical",
                            None,
                            note="Section B, written for last year, still says Finn walks around school on his own; the falls and his needing an adult to get up are not there.",
                        ),
                        X(
                            "In March he cut his chin in a fall on the playground; this has healed well.",
                            "history: resolved",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Finn tires quickly, and by the afternoon his fatigue affects both how well he moves and how well he can concentrate in lessons.",
                            "sensory_physical",
                            B1_TIRED,
                        ),
                        N(
                            "Like many boys with Duchenne, Finn has a weakness in verbal working memory, and he struggles to hold a spoken instruction in mind while he carries it out.",
                            "cognition_learning",
                            B1_MEM,
                        ),
                        X(
                            "His reading is at the level expected for his age, and his teacher describes him as curious and quick to grasp new ideas in science.",
                            "strength",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "His class teacher and his mother both told me that Finn has changed at playtimes.",
                        N(
                            "He has begun to notice that he cannot keep up with his friends, and he has become withdrawn at playtimes and reluctant to talk about his condition.",
                            "semh",
                            None,
                        ),
                        "His mother said that he asked her in the summer why his legs were 'broken' and Macy's were not.",
                        X(
                            "Finn told me that he would like a 'cool' wheelchair, in Millbrook Rovers colours, like the one he has seen a boy use at the football club.",
                            "child's view",
                        ),
                    ],
                ),
                ("h", 1, "3. What to expect over the next year"),
                (
                    "p",
                    [
                        "Based on Finn's timed tests and the pattern of his falls, it is likely that he will stop walking for most of the school day within the next twelve months.",
                        "The plan should be written for that year, not for the boy Finn was last September.",
                    ],
                ),
                ("h", 1, "4. Recommendations"),
                (
                    "p",
                    [
                        R(
                            "Finn should have a trained teaching assistant close by whenever he moves around the school, at both breaks and at lunchtime, and during PE, so that there is always someone to help him if he falls.",
                            "sensory_physical",
                            "less",
                            F1_BREAK,
                        ),
                        X(
                            "At present a midday supervisor keeps an eye on him at lunchtime, which the school has arranged itself.",
                            "support already in place",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "At least two members of school staff should be trained in safe moving and handling and in helping Finn up after a fall, by the neuromuscular physiotherapist, before the start of the spring term.",
                            "sensory_physical",
                            "wrong_section",
                            G1_TRAIN,
                            section="G",
                        ),
                        X(
                            "Lifting a boy with Duchenne under the arms can injure his shoulders, which is why the training matters.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "His daily stretching programme should be carried out in school by a trained teaching assistant for 20 minutes each day, in a private space, and the physiotherapist should review it each half term.",
                            "sensory_physical",
                            "not_specific",
                            F1_PHYSIO,
                        ),
                        R(
                            "Finn should have a planned rest of 10 minutes, lying or reclining in a quiet room, after lunch each day, and should leave lessons five minutes early to avoid crowded corridors.",
                            "sensory_physical",
                            "specific",
                            F1_REST,
                        ),
                    ],
                ),
                ("b", "Getting about school: the options"),
                (
                    "p",
                    [
                        X(
                            "Plan A would be a manual wheelchair pushed by an adult for longer distances, with Finn still walking inside his classroom; I do not favour it, because it leaves him dependent on an adult for every move and does nothing about falls in the classroom.",
                            "option considered and rejected",
                        ),
                        "Plan B is a powered wheelchair for all movement around the site, which the wheelchair service has agreed to assess him for in November.",
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "I recommend Plan B: the school should plan now for Finn to use a powered wheelchair around the whole site from the summer term, with a risk assessment, a clear route through the building and a named teaching assistant trained to help him transfer in and out of it.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        X(
                            "The school already allows Finn to use the staff lift, and his classroom was moved to the ground floor in September.",
                            "support already in place",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Instructions should be given to Finn one step at a time and backed up with a short written checklist on his desk.",
                            "cognition_learning",
                            "specific",
                            F1_STEPS,
                        ),
                        R(
                            "It is important that Finn has someone to talk to, and a weekly 30-minute session with the school's ELSA, focused on his feelings about his changing body, would give him that.",
                            "semh",
                            "not_specific",
                            F1_ELSA,
                        ),
                    ],
                ),
                ("b", "Health and home"),
                (
                    "bul",
                    [
                        R(
                            "Finn should continue his yearly cardiology and respiratory reviews at the Northern Neuromuscular Centre.",
                            "health",
                            "not_educational",
                            G1_CARDIO,
                            section="G",
                        ),
                        R(
                            "At home, his parents should keep putting on his night splints and doing the evening stretches with him.",
                            "sensory_physical",
                            "not_educational",
                        ),
                        X(
                            "A move to a special school was raised by the family last year; they have decided against it, and I agree that Millbrook can meet his needs with the support described here.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("p", "Ruth Haldane, Neuromuscular Care Adviser, 15 September 2026"),
            ],
        ),
        dict(
            file=OT1,
            header="Wendlebury Children's Therapy Service - Occupational Therapy",
            footer="OT report - Finn Carraway - page {n} of {m}",
            author="S Mbeki-Lowther",
            blocks=[
                ("org", "Wendlebury Children's Therapy Service"),
                (
                    "small",
                    "Occupational Therapy, The Orchard Centre, Wendlebury - 01632 960741 - ot@wendlebury-therapy.example.org",
                ),
                ("title", "Occupational Therapy Report: Seating and Access to Learning"),
                (
                    "kv",
                    [
                        ("Child", "Finn Carraway, 9 years 4 months"),
                        (
                            "Seen",
                            "Millbrook Junior School, 11 September 2026, in class and at lunch",
                        ),
                        (
                            "Therapist",
                            "Sipho Mbeki-Lowther, Highly Specialist Occupational Therapist",
                        ),
                    ],
                ),
                ("h", 2, "Assessment"),
                (
                    "p",
                    [
                        X(
                            "On the Detailed Assessment of Speed of Handwriting, Finn's copying speed was 9 words a minute, below the 2nd percentile for his age.",
                            "test result",
                        ),
                        N(
                            "After about ten minutes of writing his hand aches, his grip loosens and his writing becomes hard to read, so he rarely finishes a written task.",
                            "sensory_physical",
                            B1_WRITE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Weakness around his shoulders means that Finn cannot lift his arms to reach the top of his desk or the whiteboard, or carry his tray and his bag.",
                            "sensory_physical",
                            B1_ARMS,
                        ),
                        N(
                            "On a standard classroom chair Finn slumps to one side after about twenty minutes, which tires him further and makes writing harder.",
                            "sensory_physical",
                            B1_SIT,
                        ),
                        X(
                            "A wobble cushion was tried last year and stopped, because it made him less stable rather than more.",
                            "history: option tried and stopped",
                        ),
                        X(
                            "His visual perception and his copying from the board were in the average range on testing.",
                            "test result",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Finn can no longer get on and off a standard toilet or manage his clothing on his own, and he needs an accessible toilet and an adult to help him.",
                            "sensory_physical",
                            None,
                        ),
                        X(
                            "He eats independently with ordinary cutlery and manages his lunch tray if it is carried to the table for him.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    "The table sets out what I recommend, and why. Most of it is about the coming year, when Finn is expected to be using a wheelchair for much of the day.",
                ),
                (
                    "grid",
                    [
                        ["Recommendation", "Reason", "Who and when"],
                        [
                            R(
                                "A height-adjustable chair with lateral supports and a footrest in every room where Finn is taught.",
                                "sensory_physical",
                                "specific",
                                F1_CHAIR,
                            ),
                            "Keeps him upright so that his arms are free for work",
                            "Set up by the OT; checked by the OT each term",
                        ],
                        [
                            R(
                                "A laptop with speech-to-text software for all extended writing from the start of the spring term, with 20 minutes' training a week for half a term from a teaching assistant.",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            X(
                                "He needs to be fluent with it before his handwriting declines any further.",
                                "reason for a recommendation",
                            ),
                            "Teaching assistant, weekly; laptop from the school",
                        ],
                        [
                            R(
                                "Continue the writing slope and pencil grip already in use.",
                                "sensory_physical",
                                "specific",
                                F1_SLOPE,
                            ),
                            "These still help for short pieces of writing",
                            "Class teacher",
                        ],
                    ],
                    [0.46, 0.3, 0.24],
                ),
                (
                    "p",
                    [
                        X(
                            "I considered a powered arm support for his desk, but Finn does not need one yet; I will look at this again at his next review.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                (
                    "p",
                    "Sipho Mbeki-Lowther, Highly Specialist Occupational Therapist, 18 September 2026",
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbp-02: Coldharbour MBC; Maryam Qureshi-Holt, 7, CLN2 Batten disease
# layout "statutory-names-sidebar-area-kv-b-unlettered": Word headings with the statutory
# names alone, no letters; Section B a table with the areas in a shaded sidebar; Section F
# bullets grouped under what each group of provision is for.
# ---------------------------------------------------------------------------

B2_CLN2 = "Maryam has CLN2 Batten disease, a rare condition that gets worse over time and affects her sight, movement, speech and learning."
B2_SEE = "Maryam's sight is now very poor: she can see light and big, brightly coloured shapes, but not pictures or print."
B2_WORDS = (
    "Her speech has become harder to understand, and she uses fewer words than she did a year ago."
)
B2_WAIT = "Maryam needs extra time to take in what is said to her and to answer."
B2_LEARN = "Maryam learns new things more slowly than before and remembers best the songs, routines and voices she knows well."
B2_STARTLE = "She can be frightened when someone touches her or speaks to her and she does not know who it is."
B2_SAD = "Maryam sometimes gets sad when she finds she cannot do something she used to enjoy."
B2_MOVE = (
    "Maryam can walk only a few steps with her walker and uses her wheelchair for most of the day."
)

F2_TA = "A teaching assistant trained in Maryam's care and learning works with her for the whole school day, 32.5 hours a week."
F2_QTVI = "A qualified teacher of vision impairment from the Sensory Support Service will visit once each half term to advise Maryam's class teacher."
F2_ADAPT = "Learning resources adapted to meet Maryam's visual needs where possible."
F2_NAME = "Every adult says their name and touches Maryam's right shoulder before speaking to her or helping her."
F2_WAIT = (
    "After each question or instruction, adults wait a full 10 seconds before saying it again."
)
F2_SIGNS = "On-body signs for key words, such as a tap on both shoulders for 'stand up', used by every adult who works with Maryam throughout the day."
F2_REST = "Rest breaks in a quiet area as needed."
F2_MUSIC = "A 20-minute music and sound session with her teaching assistant and two classmates every afternoon."

G2_MEDS = "The children's community nursing team will train school staff to give Maryam's rescue medication under her seizure care plan."
G2_ERT = "Maryam will continue to receive enzyme replacement treatment every two weeks at Coldharbour Children's Hospital."
H2_TRAIN = "Rainbow Hill Children's Hospice will offer training about Maryam's condition to the staff at St Aidan's."
H2_BREAKS = "Maryam's family are offered short breaks at Rainbow Hill Children's Hospice for one weekend each month."

VI2 = "qtvi_report.docx"
HN2 = "hospice_nurse_report.pdf"


def _stat(sid: str) -> tuple:
    return ("H", sid, NAMES[sid], "h1")


CASE_02 = dict(
    name="case-evalbp-02",
    layout="statutory-names-sidebar-area-kv-b-unlettered",
    summary=(
        "Coldharbour Metropolitan Borough Council; Maryam Qureshi-Holt, 7 years 3 months, Year 2 at St Aidan's CE "
        "Primary School (mainstream), CLN2 Batten disease, losing sight, speech and walking (orientation, fatigue, "
        "swallowing, processing time, distress at being approached unseen, loss). Word headings with the statutory "
        "names alone, no letters; Section B a table with the areas in a shaded sidebar; Section F bullets grouped "
        "under what the provision is for. A specialist teacher for vision impairment's report (.docx, recommendations "
        "argued at length, braille considered and rejected) and a children's hospice nurse's report (.pdf, first "
        "person plural, bullets with reasons mixed in)."
    ),
    note=(
        "Swallowing is mentioned in the health section but not in Section B. Training about the condition for school "
        "staff stands in the other social care section as a hospice offer: provision in the wrong section. Rescue "
        "medication training and enzyme replacement are health provision, correctly in the health section; the "
        "hospice's short breaks are social care."
    ),
    plan=dict(
        file="plan.docx",
        header="Coldharbour MBC - EHC Plan - Maryam Qureshi-Holt - amended after annual review 12 February 2026",
        footer="OFFICIAL - SENSITIVE",
        author="Coldharbour SEN Team",
        title="EHC Plan - Maryam Qureshi-Holt",
        sans=True,
        accent="00607A",
        blocks=[
            ("org", "Coldharbour Metropolitan Borough Council"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Maryam Qureshi-Holt"),
                    ("Date of birth", "9 August 2019"),
                    ("NHS number", "999 871 0436"),
                    ("School", "St Aidan's CE Primary School, Year 2"),
                    ("Parents", "Sana Qureshi and Tom Holt"),
                    ("Plan coordinator", "Ms L Okonjo, 01632 960820"),
                ],
            ),
            _stat("A"),
            (
                "S",
                "A",
                "Maryam loves music, the sound of her little brother laughing and being pushed fast on the roundabout.",
            ),
            (
                "p",
                "Her parents want Maryam to stay at St Aidan's with the friends she has known since nursery, to be comfortable and happy, and to keep enjoying learning for as long as she can.",
            ),
            _stat("B"),
            ("S", "B", "Maryam's needs are set out below by area."),
            (
                "kv",
                [
                    ("About Maryam's condition", B2_CLN2),
                    ("Seeing", B2_SEE),
                    ("Communication", [B2_WORDS, B2_WAIT]),
                    ("Learning", B2_LEARN),
                    ("Feelings", [B2_STARTLE, B2_SAD]),
                    ("Moving", B2_MOVE),
                ],
                [0.26, 0.74],
            ),
            _stat("C"),
            (
                "S",
                "C",
                "Maryam has epilepsy, which is treated with daily medicines and a rescue medicine, and her swallowing is checked by the hospital speech and language therapist.",
            ),
            _stat("D"),
            (
                "S",
                "D",
                "Maryam is known to the Children with Disabilities Team, and her parents care for her at home with support from the hospice.",
            ),
            _stat("E"),
            (
                "S",
                "E",
                "By the end of Year 2, Maryam will join in a familiar class song with actions or sounds.",
            ),
            (
                "p",
                "By the end of Year 2, Maryam will show she knows which adult is with her by smiling or saying their name.",
            ),
            ("p", "By the end of Year 2, Maryam will make a choice between two real objects."),
            _stat("F"),
            (
                "S",
                "F",
                "St Aidan's CE Primary School will make this provision, with advice from the services named.",
            ),
            ("b", "So that Maryam is safe and can take part all day"),
            ("bul", [("F", F2_TA, True), ("F", F2_REST, False)]),
            ("b", "So that Maryam knows who is with her and what is happening"),
            ("bul", [("F", F2_NAME, True), ("F", F2_SIGNS, True), ("F", F2_WAIT, True)]),
            ("b", "So that Maryam can keep learning as her sight changes"),
            ("bul", [("F", F2_QTVI, True), ("F", F2_ADAPT, False), ("F", F2_MUSIC, True)]),
            _stat("G"),
            ("S", "G", G2_ERT),
            ("p", G2_MEDS),
            _stat("H1"),
            (
                "S",
                "H1",
                "A personal assistant for two hours after school on Tuesdays and Thursdays, through the Children with Disabilities Team.",
            ),
            _stat("H2"),
            ("S", "H2", H2_BREAKS),
            ("p", H2_TRAIN),
            _stat("I"),
            (
                "S",
                "I",
                "St Aidan's CE Primary School, Coldharbour (voluntary aided primary school, mainstream).",
            ),
            _stat("J"),
            ("S", "J", "No personal budget has been requested for special educational provision."),
            _stat("K"),
            (
                "S",
                "K",
                "Reports from the Sensory Support Service, Rainbow Hill Children's Hospice, the school and Maryam's parents, from the 2026 annual review.",
            ),
        ],
    ),
    reports=[
        dict(
            file=VI2,
            header="Coldharbour Sensory Support Service - Vision Impairment Team",
            footer="Specialist teacher's advice - Maryam Qureshi-Holt - October 2026",
            author="H Adeyemi-Ross",
            blocks=[
                ("org", "Coldharbour Sensory Support Service"),
                (
                    "small",
                    "Vision Impairment Team, Lowfield Centre, Coldharbour - 01632 960833 - vi.team@coldharbour.example.org",
                ),
                ("title", "Advice from the Specialist Teacher for Children with Vision Impairment"),
                (
                    "kv",
                    [
                        ("Pupil", "Maryam Qureshi-Holt, Year 2, St Aidan's CE Primary School"),
                        (
                            "Teacher",
                            "Helen Adeyemi-Ross, Qualified Teacher of Children and Young People with Vision Impairment",
                        ),
                        (
                            "Visits",
                            "Observed in class on 1 and 8 October 2026; met her parents on 8 October",
                        ),
                    ],
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        X(
                            "Maryam was diagnosed with CLN2 disease when she was three, after her first seizures and a period when her speech stopped developing.",
                            "history: diagnosis",
                        ),
                        X(
                            "Until last spring she used pictures enlarged to A3 and a 36-point font, and these worked well for her at the time.",
                            "history: support no longer suitable",
                        ),
                        X(
                            "Her eye examination at the hospital in August showed the retinal changes expected in her condition.",
                            "test result",
                        ),
                        X(
                            "Her hearing was tested at the audiology clinic in June and is normal in both ears.",
                            "test result",
                        ),
                    ],
                ),
                ("h", 2, "Maryam's vision and how she uses it now"),
                (
                    "p",
                    [
                        N(
                            "Maryam's functional vision is now limited to light, large high-contrast shapes within about a metre, and some strong colours; she no longer recognises pictures, symbols or familiar faces.",
                            "sensory_physical",
                            B2_SEE,
                        ),
                        N(
                            "She has lost her sense of where things are in the classroom, and she cannot find her peg, her tray or her place on the carpet without an adult guiding her.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Maryam now needs much longer to process what she hears, often eight to ten seconds, before she can respond.",
                            "cognition_learning",
                            B2_WAIT,
                        ),
                        N(
                            "Because she cannot see who is approaching, she startles and becomes distressed when she is touched or spoken to without warning.",
                            "semh",
                            B2_STARTLE,
                        ),
                        X(
                            "She loves music and joins in familiar action songs with her hands, and she turns towards her teaching assistant's voice straight away.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 2, "What I recommend, and why"),
                (
                    "p",
                    [
                        "Maryam's sight will not return, and her condition means that it will be her hearing and touch, more than anything, that carry her learning from now on.",
                        R(
                            "She should receive direct teaching from a qualified teacher of vision impairment for one hour every week, to teach her to use touch and sound to learn and to show her class teacher how to adapt each week's lessons.",
                            "sensory_physical",
                            "less",
                            F2_QTVI,
                        ),
                        X(
                            "Half-termly advisory visits, which is what she has now, were right for a child with low vision who could still use enlarged print, but they are not enough for a child who is learning to do without sight.",
                            "reason for a recommendation: support already in place",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "All of her learning materials should be changed from pictures and symbols to real objects and tactile resources, with the same set of objects of reference used for each part of her day.",
                            "sensory_physical",
                            "not_specific",
                            F2_ADAPT,
                        ),
                        X(
                            "Her family already use objects of reference at home for bath time and bedtime, and she responds to them well.",
                            "support already in place",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Every adult should say their name and touch Maryam's hand or shoulder in the same way before speaking to her or helping her, so that she always knows who is with her.",
                            "semh",
                            "specific",
                            F2_NAME,
                        ),
                        R(
                            "Adults should give her a ten-second wait after every question or instruction, without repeating or rewording it during that time.",
                            "cognition_learning",
                            "specific",
                            F2_WAIT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Maryam needs mobility and orientation teaching from a qualified habilitation specialist, for a 45-minute session each week in the autumn term and then fortnightly, to learn safe routes from her classroom to the toilet, the hall and the playground.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        "At the moment an adult takes her everywhere, and each time she loses a little more of the sense of the building she once had.",
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "I considered whether Maryam should begin to learn braille, and I do not recommend it: with her memory for new learning declining, the time would be better spent on objects, sound and touch cues she can use straight away.",
                            "option considered and rejected",
                        ),
                        X(
                            "For the same reason, I have not suggested a tablet with magnification, which she has already stopped using.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "At home, the family might mark her cupboard, cup and toy box with the same textures that we use at school.",
                            "sensory_physical",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Helen Adeyemi-Ross, QTVI, 15 October 2026"),
            ],
        ),
        dict(
            file=HN2,
            header="Rainbow Hill Children's Hospice - Care Team",
            footer="Nursing report for Maryam's EHC plan review - page {n} of {m}",
            author="Rainbow Hill Care Team",
            blocks=[
                ("org", "Rainbow Hill Children's Hospice"),
                (
                    "small",
                    "Hillcrest Lane, Coldharbour - 01632 960851 - care.team@rainbowhill.example.org",
                ),
                ("title", "Report from the Children's Hospice Nurse"),
                (
                    "p",
                    "Prepared by Grace Whitmore RN (Child), Clinical Nurse Specialist, on behalf of the care team, 3 November 2026.",
                ),
                ("b", "How we know Maryam"),
                (
                    "p",
                    [
                        X(
                            "We have known Maryam and her family since January 2024, when she was first referred to the hospice for short breaks and symptom care.",
                            "history",
                        ),
                        X(
                            "She has had enzyme replacement infusions every fortnight at Coldharbour Children's Hospital since she was four, and these continue.",
                            "health provision already in place",
                        ),
                        X(
                            "Her sleep, which was very broken last winter, has improved a great deal since her medicines were changed in the spring.",
                            "history: resolved",
                        ),
                        X(
                            "Her weight is steady, and she has not had a chest infection since last November.",
                            "health background: test result",
                        ),
                        X(
                            "Her personal care at school is managed with two adults and the height-adjustable changing bench that the school put in over the summer.",
                            "support already in place",
                        ),
                    ],
                ),
                ("b", "What has changed this year"),
                (
                    "p",
                    N(
                        "CLN2 disease is progressive, and Maryam's seeing, moving, talking and learning will continue to decline over the coming year despite her treatment.",
                        "cognition_learning",
                        B2_CLN2,
                    ),
                ),
                (
                    "bul",
                    [
                        N(
                            "Maryam now tires much earlier in the day, and from about one o'clock her speech, attention and movement all become noticeably poorer.",
                            "sensory_physical",
                            None,
                        ),
                        N(
                            "Her swallow has become less safe over the summer, and she coughs on thin drinks and on dry or crumbly foods.",
                            "sensory_physical",
                            None,
                            note="The plan's health section says her swallowing is checked at the hospital; Section B says nothing about eating and drinking.",
                        ),
                        N(
                            "Maryam's speech has reduced to single words and short familiar phrases, often unclear, and by the end of the school day she may not speak at all.",
                            "communication_interaction",
                            B2_WORDS,
                        ),
                        N(
                            "Her memory for new learning is now very limited, and she holds on to familiar songs, routines and voices best.",
                            "cognition_learning",
                            B2_LEARN,
                        ),
                        N(
                            "Maryam can now take only a few steps in her walker and uses her wheelchair for almost all of the school day.",
                            "sensory_physical",
                            B2_MOVE,
                        ),
                        N(
                            "She is aware at times of what she has lost, and she becomes tearful when she cannot do something she used to do, such as finding her friends in the playground.",
                            "semh",
                            B2_SAD,
                        ),
                        X(
                            "Her seizures are well controlled on her current medicines, and she has needed her rescue medicine only once since March.",
                            "health background: controlled",
                        ),
                    ],
                ),
                ("b", "What we recommend for school"),
                (
                    "bul",
                    [
                        [
                            R(
                                "We recommend that Maryam's school day is rearranged so that her main learning happens in the morning, with a 30-minute rest in a quiet, darkened space after lunch every day.",
                                "sensory_physical",
                                "not_specific",
                                F2_REST,
                            ),
                            X(
                                "This is when she is most alert, and she has been falling asleep in afternoon lessons since September.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "A trained adult should be with Maryam at every meal, snack and drink, following the eating and drinking plan written by the hospital speech and language therapist, with drinks thickened as the plan says.",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            "She has coughed at lunch several times this term, and her parents are worried about chest infections.",
                        ],
                        [
                            R(
                                "Staff should learn and use a small set of on-body signs, such as a tap on both shoulders for 'stand up', so that Maryam can still understand and join in when her speech and sight are both poor.",
                                "communication_interaction",
                                "specific",
                                F2_SIGNS,
                            ),
                        ],
                        [
                            R(
                                "Her class teacher and her teaching assistants should have a half-day of training on CLN2 disease and on teaching a child whose skills are declining, from our education lead, before the start of the spring term.",
                                "cognition_learning",
                                "wrong_section",
                                H2_TRAIN,
                                section="H2",
                            ),
                            X(
                                "Staff have told us they are unsure how to plan for a child who is losing skills rather than gaining them.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "School staff who look after Maryam should be trained by the children's community nursing team to give her buccal midazolam in line with her seizure care plan.",
                                "health",
                                "not_educational",
                                G2_MEDS,
                                section="G",
                            ),
                        ],
                        [
                            R(
                                "We will continue to offer Maryam and her family a short break at the hospice one weekend each month.",
                                "social_care",
                                "not_educational",
                                H2_BREAKS,
                                section="H2",
                            ),
                        ],
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "We talked with Maryam's parents about whether she should move to a special school; they want her to stay at St Aidan's with her friends for now, and we support that.",
                            "option considered and rejected",
                        ),
                        "We would be glad to join the next review meeting.",
                    ],
                ),
                (
                    "sig",
                    [
                        "Grace Whitmore RN (Child)",
                        "Clinical Nurse Specialist, Rainbow Hill Children's Hospice",
                        "01632 960852",
                    ],
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbp-03: Kestermoor County Council; Isaac Pemberton-Oduya, 13, Friedreich's ataxia
# layout "part-letter-em-dash-title-case-coded-paragraphs": headings "Part B — Special
# Educational Needs"; every paragraph of B, E and F carries a code ("B3", "F5"). The plan
# still provides a laptop for extended writing, which Isaac can no longer use well.
# ---------------------------------------------------------------------------

B3_FA = "Isaac has Friedreich's ataxia, a condition that affects his balance, coordination and speech and slowly gets worse."
B3_WRITE = "Isaac's handwriting is slow and untidy because his hands are shaky and hard to control."
B3_BAL = (
    "His balance is poor, and he uses a wheelchair outside and for longer distances around school."
)
B3_TIRED = "Isaac tires easily, especially later in the school day."
B3_SPEECH = "Isaac's speech has become slower and less clear, particularly when he is tired."
B3_LUNCH = "He eats slowly and needs more time at lunch."
B3_FRUST = "Isaac gets frustrated when work takes him longer than his friends, and sometimes walks out of the lesson."
B3_FUTURE = "He worries about what will happen to him in the future and whether he can stay with his friends."
B3_FRIENDS = "Isaac spends less time with his friends at break than he used to."

F3_TA = "Teaching assistant support in science and design and technology lessons, 6 hours a week."
F3_SCRIBE = "A scribe for any written task longer than one paragraph, in every lesson, provided by his teaching assistant or the class teacher."
F3_LAPTOP = "A school laptop for all extended writing, in every lesson."
F3_SALT = "Speech and language therapy input to support Isaac's speech."
F3_REPEAT = "Teachers do not ask Isaac to repeat an answer in front of the class; if they have not understood, they check with him one-to-one."
F3_LUNCH = "Isaac leaves the lesson before lunch ten minutes early every day, with a friend, so that he has time to finish his meal."
F3_KEY = "A key adult Isaac can go to when he needs to talk."
F3_CARD = "A time-out card allowing Isaac to go to the Hub for 15 minutes at a time, after which his key adult checks in with him."
F3_LIFT = "A lift pass, and leaving each lesson five minutes early to move between rooms before the corridors fill."

G3_PE = "The community physiotherapist will provide an adapted PE programme for Isaac to follow in PE lessons at school."
G3_PSY = "Isaac will be offered monthly appointments with the clinical psychologist at the Kestermoor Children's Psychology Service."
G3_HEART = "Isaac's heart is monitored by the cardiology team at Kestermoor General Hospital every six months."

OT3 = "ot_access_technology_report.docx"
SL3 = "salt_report.pdf"
CP3 = "clinical_psychology_report.pdf"


def _part(sid: str) -> tuple:
    title = {
        "A": "Views, Interests and Aspirations",
        "B": "Special Educational Needs",
        "C": "Health Needs Related to Special Educational Needs",
        "D": "Social Care Needs",
        "E": "Outcomes",
        "F": "Special Educational Provision",
        "G": "Health Provision",
        "H1": "Social Care Provision under the Chronically Sick and Disabled Persons Act 1970",
        "H2": "Other Social Care Provision",
        "I": "Placement",
        "J": "Personal Budget",
        "K": "Advice and Information",
    }[sid]
    return ("H", sid, f"Part {sid} \u2014 {title}", "h2")


CASE_03 = dict(
    name="case-evalbp-03",
    layout="part-letter-em-dash-title-case-coded-paragraphs",
    summary=(
        "Kestermoor County Council; Isaac Pemberton-Oduya, 13 years 6 months, Year 9 at Harbridge Academy "
        "(mainstream secondary), Friedreich's ataxia (handwriting and typing slowing, dysarthria, balance, fatigue, "
        "slow eating, low mood and loss, avoiding speaking in class). Headings 'Part B \u2014 Special Educational Needs'; "
        "every paragraph of B, E and F coded 'B3', 'F5'. An occupational therapist's report on access technology "
        "(.docx, bullets with reasons mixed in), a speech and language therapist's report (.pdf, a Recommendation / "
        "Reason / Who and how often table) and a clinical psychologist's report on adjustment and loss (.pdf, reported "
        "speech, options considered, recommendations argued at length)."
    ),
    note=(
        "Written for last year's child: F still gives a laptop for extended writing, and B says nothing about "
        "typing, which has become as slow as his handwriting. An adapted PE programme taught in PE lessons stands "
        "in Part G as a physiotherapy offer: provision in the wrong section. Monthly psychology appointments and "
        "heart monitoring are health provision, correctly in G."
    ),
    plan=dict(
        file="plan.pdf",
        header="Kestermoor County Council | EHCP | Isaac Pemberton-Oduya | issued 21 March 2026",
        footer="{n}/{m}",
        author="Kestermoor SEND Service",
        title="Education, Health and Care Plan",
        accent="2E5E3E",
        blocks=[
            (
                "org",
                "Kestermoor County Council - Special Educational Needs and Disabilities Service",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Young person", "Isaac Pemberton-Oduya"),
                    ("Date of birth", "17 April 2013"),
                    ("NHS number", "999 224 6158"),
                    ("School", "Harbridge Academy, Year 9"),
                    ("Parent", "Adaeze Oduya"),
                    ("Case officer", "Mr K Lindqvist, 01632 960905"),
                ],
            ),
            _part("A"),
            (
                "S",
                "A",
                "Isaac is funny, clever and loves history, especially anything about the Romans, and he plays online chess most evenings.",
            ),
            (
                "p",
                "Isaac says he wants to do A levels at Harbridge and study history at university, and his mum wants him to be treated as Isaac, not as his condition.",
            ),
            _part("B"),
            ("np", "B1", ("S", "B", B3_FA)),
            ("np", "B2", [B3_WRITE, B3_BAL]),
            ("np", "B3", [B3_TIRED, B3_LUNCH]),
            ("np", "B4", B3_SPEECH),
            ("np", "B5", [B3_FRUST, B3_FUTURE]),
            ("np", "B6", B3_FRIENDS),
            _part("C"),
            (
                "S",
                "C",
                "Isaac has a heart condition linked to Friedreich's ataxia, which is checked by the cardiology team, and his feet and spine are monitored by the orthopaedic team.",
            ),
            _part("D"),
            ("S", "D", "Isaac's mum has asked for a carer's assessment, which is under way."),
            _part("E"),
            (
                "np",
                "E1",
                (
                    "S",
                    "E",
                    "By July 2027 Isaac will produce written work of the same length as his classmates, using the methods in Part F.",
                ),
            ),
            (
                "np",
                "E2",
                "By July 2027 Isaac will answer questions in class at least once a lesson in his core subjects.",
            ),
            (
                "np",
                "E3",
                "By July 2027 Isaac will be able to tell his key adult how he is feeling and what would help.",
            ),
            (
                "np",
                "E4",
                "By July 2027 Isaac will have chosen his GCSE options and will know what support he can have in his exams (preparing for adulthood: further education).",
            ),
            _part("F"),
            (
                "S",
                "F",
                "Harbridge Academy will make this provision. The SENCo will oversee it and review it each term with Isaac and his mum.",
            ),
            ("np", "F1", ("F", F3_TA, True)),
            ("np", "F2", ("F", F3_SCRIBE, True)),
            ("np", "F3", ("F", F3_LAPTOP, True)),
            ("np", "F4", ("F", F3_LIFT, True)),
            ("np", "F5", ("F", F3_SALT, False)),
            ("np", "F6", ("F", F3_REPEAT, True)),
            ("np", "F7", ("F", F3_LUNCH, True)),
            ("np", "F8", ("F", F3_KEY, False)),
            ("np", "F9", ("F", F3_CARD, True)),
            _part("G"),
            ("S", "G", G3_HEART),
            ("p", G3_PSY),
            ("p", G3_PE),
            _part("H1"),
            ("S", "H1", "None at present."),
            _part("H2"),
            ("S", "H2", "To be decided after the carer's assessment."),
            _part("I"),
            ("S", "I", "Harbridge Academy, Harbridge (academy, mainstream secondary school)."),
            _part("J"),
            ("S", "J", "None requested."),
            _part("K"),
            (
                "S",
                "K",
                "Appendix 1: advice from the occupational therapist, the speech and language therapist, the clinical psychologist, the school and Isaac's family.",
            ),
        ],
    ),
    reports=[
        dict(
            file=OT3,
            style="headed",
            header="Kestermoor Children's Therapies - Occupational Therapy",
            footer="OT advice: access to learning - Isaac Pemberton-Oduya",
            author="J Fairclough",
            blocks=[
                ("org", "Kestermoor Children's Therapies"),
                ("small", "Occupational Therapy Team, Beacon House, Kestermoor - 01632 960911"),
                ("title", "Occupational Therapy Advice: Access to Learning and Technology"),
                (
                    "kv",
                    [
                        ("Young person", "Isaac Pemberton-Oduya, Year 9, Harbridge Academy"),
                        (
                            "Therapist",
                            "Joanne Fairclough, Clinical Specialist Occupational Therapist",
                        ),
                        ("Date of report", "2 October 2026"),
                    ],
                ),
                ("h", 1, "Summary of assessment"),
                (
                    "p",
                    [
                        X(
                            "Isaac was diagnosed with Friedreich's ataxia at the age of ten, after his PE teacher noticed that he had become unsteady when running.",
                            "history: diagnosis",
                        ),
                        X(
                            "When I last saw him, in autumn 2025, he was typing at 22 words a minute and the school laptop met his needs well.",
                            "history: support that no longer meets his needs",
                        ),
                        X(
                            "A sloping board and a wide-barrelled pen were introduced in Year 8, and Isaac still finds them useful for short notes.",
                            "support already in place",
                        ),
                        X(
                            "His visual perception scores on the TVPS-4 were in the average range.",
                            "test result",
                        ),
                    ],
                ),
                (
                    "bul",
                    [
                        N(
                            "Isaac's handwriting has slowed to 11 words a minute, and his letters have become large and irregular because of the tremor and incoordination in his hands.",
                            "sensory_physical",
                            B3_WRITE,
                        ),
                        N(
                            "He can no longer type accurately on a standard keyboard, pressing neighbouring keys and repeating letters, so his typed work is now almost as slow as his handwriting.",
                            "sensory_physical",
                            None,
                            note="Part B has handwriting but not typing; Part F still relies on a laptop for extended writing.",
                        ),
                        N(
                            "Isaac's balance has deteriorated, and he now uses a wheelchair for longer distances and holds on to furniture or the wall when he walks in the classroom.",
                            "sensory_physical",
                            B3_BAL,
                        ),
                        N(
                            "He experiences marked fatigue, which is worse after PE and towards the end of the school day.",
                            "sensory_physical",
                            B3_TIRED,
                        ),
                        X(
                            "His reading and his spoken ideas are well above average for his age, according to his English teacher.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "bul",
                    [
                        [
                            R(
                                "From this term Isaac should have a keyguard and word prediction software on his laptop, used in every lesson, with six weekly 30-minute training sessions from the school's assistive technology lead.",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            X(
                                "Without them his typing will soon be no faster than his handwriting, and he will fall further behind in every written subject.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            X(
                                "Voice recognition software was considered, but his speech is now too variable for it to work reliably, as the speech and language therapist also found.",
                                "option considered and rejected",
                            ),
                        ],
                        [
                            R(
                                "He should have a scribe for any written task longer than a paragraph, so that his ideas are not limited by how fast he can write.",
                                "sensory_physical",
                                "specific",
                                F3_SCRIBE,
                            ),
                        ],
                        [
                            R(
                                "Isaac should have a teaching assistant with him when he moves between lessons and in all practical subjects, which comes to about 20 hours a week on his current timetable.",
                                "sensory_physical",
                                "less",
                                F3_TA,
                            ),
                            X(
                                "He fell twice in the science labs last term, where the floor is hard and the stools are high.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "PE should be adapted to seated and wheelchair activities, using a programme written with the physiotherapist and delivered by his PE teacher in every PE lesson.",
                                "sensory_physical",
                                "wrong_section",
                                G3_PE,
                                section="G",
                            ),
                        ],
                        [
                            R(
                                "At home, a perching stool in the kitchen would let him join in with cooking safely.",
                                "sensory_physical",
                                "not_educational",
                            ),
                        ],
                    ],
                ),
                ("p", "Joanne Fairclough, Clinical Specialist Occupational Therapist"),
            ],
        ),
        dict(
            file=SL3,
            header="Kestermoor Children's Therapies - Speech and Language Therapy",
            footer="SLT report - Isaac Pemberton-Oduya - page {n} of {m}",
            author="M Castellanos",
            sans=True,
            blocks=[
                ("org", "Kestermoor Children's Therapies"),
                ("small", "Speech and Language Therapy, Beacon House, Kestermoor - 01632 960912"),
                ("title", "Speech and Language Therapy Report"),
                (
                    "p",
                    "Isaac Pemberton-Oduya, born 17/04/2013. Seen at Harbridge Academy on 24 September 2026 by Marisol Castellanos, Specialist Speech and Language Therapist.",
                ),
                ("b", "Findings"),
                (
                    "p",
                    [
                        X(
                            "Isaac's understanding of language and his vocabulary are in the above-average range on the CELF-5.",
                            "test result: strength",
                        ),
                        X(
                            "The stammer noted in his primary school records resolved without therapy by the time he was eight.",
                            "history: resolved",
                        ),
                        N(
                            "Isaac has ataxic dysarthria: his speech is slow, slurred and uneven in rhythm, and it becomes harder to understand when he is tired or anxious.",
                            "communication_interaction",
                            B3_SPEECH,
                        ),
                        N(
                            "He now avoids answering questions in class and in group work, because classmates and supply teachers often ask him to repeat himself.",
                            "communication_interaction",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "His swallow was assessed at the same visit and is safe on a normal diet.",
                            "test result",
                        ),
                        N(
                            "He eats slowly because of his coordination, and he cannot finish a meal in the time the lunch break allows.",
                            "sensory_physical",
                            B3_LUNCH,
                        ),
                    ],
                ),
                ("b", "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Reason", "Who and how often"],
                        [
                            R(
                                "Direct therapy on pacing, phrasing and breath support to keep his speech as clear as possible.",
                                "communication_interaction",
                                "not_specific",
                                F3_SALT,
                            ),
                            "Strategies learnt now will help him for longer as his speech changes",
                            "Speech and language therapist; weekly 30-minute sessions for ten weeks each term",
                        ],
                        [
                            R(
                                "Teachers give Isaac time to answer and never ask him to repeat himself in front of the class; if they have not understood, they check with him privately.",
                                "communication_interaction",
                                "specific",
                                F3_REPEAT,
                            ),
                            "Being asked to repeat himself is the main reason he has stopped answering",
                            "All teaching staff, every lesson",
                        ],
                        [
                            R(
                                "Isaac goes to lunch ten minutes before the bell, with a friend of his choice.",
                                "sensory_physical",
                                "specific",
                                F3_LUNCH,
                            ),
                            "He needs the time to eat safely without rushing",
                            "Form tutor to arrange; every day",
                        ],
                    ],
                    [0.42, 0.3, 0.28],
                ),
                (
                    "p",
                    [
                        X(
                            "A communication aid is not needed yet, as Isaac is understood by familiar listeners most of the time; I will reassess this at his next review.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                (
                    "p",
                    "Marisol Castellanos, Specialist Speech and Language Therapist, 30 September 2026",
                ),
            ],
        ),
        dict(
            file=CP3,
            header="Kestermoor Children's Psychology Service",
            footer="Clinical psychology report - IN CONFIDENCE - page {n} of {m}",
            author="Dr O Brannigan",
            blocks=[
                ("org", "Kestermoor Children's Psychology Service"),
                ("small", "Paediatric Psychology, Kestermoor General Hospital - 01632 960920"),
                ("title", "Clinical Psychology Report: Adjustment and Loss"),
                (
                    "p",
                    "Isaac Pemberton-Oduya (13). Report by Dr Orla Brannigan, Clinical Psychologist, 9 October 2026, following four sessions with Isaac and one with his mother.",
                ),
                ("h", 2, "What Isaac and his mother told me"),
                (
                    "p",
                    [
                        "Isaac told me that he used to be 'the fast one' in his friendship group and that he misses football more than anything.",
                        X(
                            "His mother said that he had coped well when he was first diagnosed, and that the family had been supported by a Friedreich's ataxia charity's young people's group, which he still attends.",
                            "history and support already in place",
                        ),
                        "She said that since the summer he has spent more time alone in his room.",
                        X(
                            "Isaac said that history is 'the only lesson where nobody makes a fuss', and that he likes his teacher there because she waits for him to finish.",
                            "child's view",
                        ),
                    ],
                ),
                ("h", 2, "My assessment"),
                (
                    "p",
                    [
                        N(
                            "Isaac is showing signs of low mood linked to the loss of abilities he used to have, and he described feeling 'like I'm watching myself disappear'.",
                            "semh",
                            None,
                            note="Part B has frustration and worry about the future, but not low mood or grief for lost abilities.",
                        ),
                        X(
                            "He is not at risk of harming himself, and his score on the mood questionnaire was in the moderate range rather than the severe range.",
                            "assessment result",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "He becomes frustrated, and sometimes leaves the room, when written work takes him far longer than his classmates.",
                            "semh",
                            B3_FRUST,
                        ),
                        N(
                            "Isaac is anxious about the future, particularly about whether he will be able to stay at Harbridge and go on to the sixth form with his friends.",
                            "semh",
                            B3_FUTURE,
                        ),
                        N(
                            "He has become increasingly isolated from his friendship group, who now spend breaks playing football.",
                            "semh",
                            B3_FRIENDS,
                        ),
                    ],
                ),
                (
                    "p",
                    N(
                        "Friedreich's ataxia is progressive, and over the next year Isaac is likely to need a wheelchair for most of the school day and to find both writing and speaking harder still.",
                        "sensory_physical",
                        B3_FA,
                    ),
                ),
                ("h", 2, "Options"),
                (
                    "p",
                    [
                        X(
                            "One option would be for Isaac to see the school counsellor; I do not think this is the right choice at present, because he has told me that he does not want to be taken out of lessons to talk to someone he does not know.",
                            "option considered and rejected",
                        ),
                        X(
                            "A second option, a referral to CAMHS, is not needed, as his mood is best understood as a response to loss rather than as a mental illness.",
                            "option considered and rejected",
                        ),
                        "The option I recommend is a combination of support in school from someone he knows and continued work with me.",
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    [
                        R(
                            "Isaac should have a named key adult in school whom he meets for 20 minutes each week, so that he has a regular, safe place to talk about how he is feeling.",
                            "semh",
                            "not_specific",
                            F3_KEY,
                        ),
                        X(
                            "Young people adjusting to a progressive condition do best when support comes from a relationship they already trust, rather than from a service that only appears in a crisis.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "He should be able to leave any lesson and go to a quiet room for up to 15 minutes when he feels overwhelmed, with his key adult checking in with him afterwards.",
                            "semh",
                            "specific",
                            F3_CARD,
                        ),
                        R(
                            "I recommend that Isaac's teachers and tutor group are helped to understand Friedreich's ataxia through a session planned with Isaac and led by the SENCo this term, so that he does not have to keep explaining himself.",
                            "semh",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "I will continue to see Isaac once a month at the Children's Psychology Service, focusing on adjustment and mood.",
                            "health",
                            "not_educational",
                            G3_PSY,
                            section="G",
                        ),
                        "His mother will let me know if things get worse before then.",
                    ],
                ),
                ("p", "Dr Orla Brannigan, DClinPsy, Clinical Psychologist (HCPC registered)"),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbp-04: Tolverne Borough Council; Chloe Marchetti-Banks, 16, cystic fibrosis
# layout "section-word-letter-full-stop-uppercase-name-f-subject-table": Word headings in
# capitals, "SECTION B. SPECIAL EDUCATIONAL NEEDS"; Section F one table Area / Provision /
# Delivered by / When. Written for Year 10, before this year's admissions.
# ---------------------------------------------------------------------------

B4_CF = "Chloe has cystic fibrosis, which affects her lungs and her digestion, and her health has been less stable this year."
B4_CLINIC = "Chloe misses some lessons because of clinic appointments."
B4_TIRED = "She gets tired, particularly after a stay in hospital, and may not manage a full day."
B4_COUGH = "Chloe coughs a lot and feels embarrassed about it when a room is quiet."
B4_FOOD = (
    "She needs to eat, drink and take her medicine during the school day, including in lessons."
)
B4_WRITE = "Chloe's writing slows down when she is tired, so she can run out of time in long tests."
B4_CONC = "She finds it hard to keep her concentration over a long lesson or exam."
B4_WORRY = "Chloe worries about her GCSEs and about being in hospital at exam time."

F4_EXTRA = "25% extra time in all examinations, mock examinations and timed class assessments."
F4_REST = "Supervised rest breaks in examinations."
F4_ROOM = "A separate exam room near a toilet, shared with no more than five other candidates."
F4_PRACTICE = "Two full-length practice papers each half term, sat in the library under exam conditions and supervised by a teaching assistant."
F4_WORK = "Work sent to Chloe when she is in hospital."
F4_PASS = (
    "A pass to leave any lesson, without asking, to cough, take her medicine or use the toilet."
)
F4_PASTORAL = "Access to the pastoral team when Chloe is worried."

G4_CLINIC = "The cystic fibrosis team at Tolverne Royal Infirmary will review Chloe in clinic every six weeks."
G4_IHP = "Chloe will have an individual healthcare plan, written by the school nurse with the cystic fibrosis team, covering her enzymes, snacks and drinks in school."
G4_HOSP = "When Chloe is in hospital, the ward will arrange teaching for her through the Tolverne Hospital Education Service."

EA4 = "exam_access_report.docx"
CN4 = "cf_nurse_report.pdf"


def _caps4(sid: str) -> tuple:
    return ("H", sid, f"SECTION {sid}. {NAMES[sid].upper()}", "h1")


CASE_04 = dict(
    name="case-evalbp-04",
    layout="section-word-letter-full-stop-uppercase-name-f-subject-table",
    summary=(
        "Tolverne Borough Council; Chloe Marchetti-Banks, 16 years 2 months, Year 11 at Fernlea High School "
        "(mainstream), cystic fibrosis with four admissions this year, sitting GCSEs (gaps in learning after "
        "admissions, little practice at full-length papers, fatigue, cough, exam worry). Word headings in capitals, "
        "'SECTION B. SPECIAL EDUCATIONAL NEEDS'; Section F one table Area / Provision / Delivered by / When. The "
        "school's exam access lead's report (.docx, first person plural, an Arrangement / Reason / Who and when "
        "table) and a cystic fibrosis clinical nurse specialist's report (.pdf, third person, options considered)."
    ),
    note=(
        "Written for Year 10: Section B mentions clinic appointments but not the gaps in learning left by this year's "
        "admissions, and nothing about practice at full-length papers. Teaching in hospital stands in G as a ward "
        "arrangement: it is education, provision in the wrong section. The clinic reviews and the individual "
        "healthcare plan are health provision, correctly in G; airway clearance at home is home advice."
    ),
    plan=dict(
        file="plan.docx",
        header="Tolverne Borough Council - Education, Health and Care Plan - Chloe Marchetti-Banks",
        footer="Issued 30 June 2025. Reviewed: no changes, 5 March 2026.",
        author="Tolverne SEND 0-25 Team",
        title="EHC Plan - Chloe Marchetti-Banks",
        accent="8B1E3F",
        blocks=[
            ("org", "TOLVERNE BOROUGH COUNCIL"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Chloe Marchetti-Banks"),
                    ("Date of birth", "22 September 2010"),
                    ("NHS number", "999 730 4492"),
                    ("School", "Fernlea High School, Year 11"),
                    ("Parents", "Gina Marchetti and Lee Banks"),
                    ("SEND officer", "Ms A Taylor-Whyte, 01632 960960"),
                ],
            ),
            _caps4("A"),
            (
                "S",
                "A",
                "Chloe is predicted grades 6 and 7 in most subjects and wants to study biology, chemistry and psychology at sixth form college.",
            ),
            (
                "p",
                "Chloe says: I don't want my CF to be the reason I don't get my grades. I want people to treat me normally.",
            ),
            _caps4("B"),
            ("S", "B", B4_CF),
            ("p", [B4_CLINIC, B4_TIRED]),
            ("p", [B4_COUGH, B4_FOOD]),
            ("p", [B4_WRITE, B4_CONC]),
            ("p", B4_WORRY),
            _caps4("C"),
            (
                "S",
                "C",
                "Chloe has cystic fibrosis and takes enzymes, vitamins and inhaled medicines every day, and she does airway clearance physiotherapy at home twice a day.",
            ),
            _caps4("D"),
            ("S", "D", "No social care needs."),
            _caps4("E"),
            (
                "S",
                "E",
                "By summer 2027 Chloe will sit all her GCSE examinations with the arrangements she needs.",
            ),
            (
                "p",
                "By summer 2027 Chloe will have a place at sixth form college and a plan for her health there (preparing for adulthood: further education and good health).",
            ),
            _caps4("F"),
            ("S", "F", "Fernlea High School will make the following provision."),
            (
                "grid",
                [
                    ["Area", "Provision", "Delivered by", "When"],
                    [
                        "Examinations",
                        ("F", F4_EXTRA, True),
                        "Exams officer",
                        "All examinations and timed assessments",
                    ],
                    [
                        "Examinations",
                        (
                            "F",
                            F4_REST,
                            False,
                            "Neither length nor limit is given (the When cell says only 'As Chloe needs them'), though the exam access lead asked for up to 10 minutes in each hour.",
                        ),
                        "Invigilator",
                        "As Chloe needs them",
                    ],
                    [
                        "Examinations",
                        ("F", F4_ROOM, True),
                        "Exams officer",
                        "All examinations and mocks",
                    ],
                    [
                        "Examinations",
                        ("F", F4_PRACTICE, True),
                        "Teaching assistant",
                        "January to May 2027",
                    ],
                    ["Learning", ("F", F4_WORK, False), "Subject teachers", "During admissions"],
                    ["Physical and health", ("F", F4_PASS, True), "All staff", "Every lesson"],
                    [
                        "Emotional wellbeing",
                        ("F", F4_PASTORAL, False),
                        "Pastoral team",
                        "As needed",
                    ],
                ],
                [0.16, 0.46, 0.18, 0.2],
            ),
            _caps4("G"),
            ("S", "G", G4_CLINIC),
            ("p", G4_IHP),
            ("p", G4_HOSP),
            _caps4("H1"),
            ("S", "H1", "Not applicable at present."),
            _caps4("H2"),
            ("S", "H2", "None identified."),
            _caps4("I"),
            ("S", "I", "Fernlea High School, Tolverne (community secondary school, mainstream)."),
            _caps4("J"),
            ("S", "J", "No personal budget."),
            _caps4("K"),
            (
                "S",
                "K",
                "Advice from the school, the cystic fibrosis team and Chloe and her parents, listed in the appendix.",
            ),
        ],
    ),
    reports=[
        dict(
            file=EA4,
            header="Fernlea High School - Examinations and Access Arrangements",
            footer="Fernlea High School - exam access advice for the annual review - Chloe Marchetti-Banks",
            author="Fernlea Exams Office",
            blocks=[
                ("org", "Fernlea High School"),
                ("small", "Moor Road, Tolverne - 01632 960971 - exams@fernlea.example.org"),
                ("title", "Advice from the Exam Access Lead"),
                (
                    "p",
                    "Prepared by Mr Dev Arkwright, Exam Access Lead and Assistant SENCo, with Chloe's head of year, for her annual review on 12 November 2026.",
                ),
                ("h", 2, "What we have seen this year"),
                (
                    "p",
                    [
                        X(
                            "Chloe's attendance since September 2025 is 64%, almost all of the absence being hospital admissions and the recovery time after them.",
                            "attendance figure",
                        ),
                        X(
                            "In Year 10 Chloe needed no access arrangements at all, and she sat her end-of-year exams in the main hall.",
                            "history",
                        ),
                        X(
                            "Her English and history coursework is complete and has been marked at grade 7.",
                            "progress: strength",
                        ),
                        X(
                            "Her standardised scores for reading and processing speed are in the average range, and her handwriting speed when rested was 21 words a minute.",
                            "test result",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Her writing speed drops sharply after about 40 minutes, as she tires, and in a two-hour paper she writes little in the final half hour.",
                            "sensory_physical",
                            B4_WRITE,
                        ),
                        N(
                            "Chloe's concentration falls away after about an hour, and her teachers see more careless errors in the second half of a long paper.",
                            "cognition_learning",
                            B4_CONC,
                        ),
                        N(
                            "She has had little practice at sitting full-length papers under exam conditions, because she was in hospital for most of her mock examinations.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Chloe has become very anxious about her exams, and she told us that she panics that she will be admitted in the middle of them and 'lose everything'.",
                            "semh",
                            B4_WORRY,
                        ),
                        X(
                            "For her November mocks we gave her a separate room and rest breaks, and she told us that these helped.",
                            "support already in place",
                        ),
                        X(
                            "If Chloe is in hospital during any of her exams, we will apply to the awarding bodies for special consideration, as we would for any candidate.",
                            "a process already in place, not provision",
                        ),
                    ],
                ),
                ("h", 2, "Arrangements we recommend for the summer 2027 examinations"),
                (
                    "grid",
                    [
                        ["Arrangement", "Reason", "Who and when"],
                        [
                            R(
                                "25% extra time in all examinations and timed assessments.",
                                "sensory_physical",
                                "specific",
                                F4_EXTRA,
                            ),
                            "Her writing speed falls with fatigue",
                            "Exams officer; all papers",
                        ],
                        [
                            R(
                                "Supervised rest breaks of up to 10 minutes in each hour of an examination, with the clock stopped.",
                                "sensory_physical",
                                "not_specific",
                                F4_REST,
                            ),
                            "To let her cough, take a drink and recover her concentration",
                            "Invigilator; every paper",
                        ],
                        [
                            R(
                                "A separate room near a toilet, with no more than six candidates in it.",
                                "semh",
                                "specific",
                                F4_ROOM,
                            ),
                            "She is less anxious about coughing in a small room, and it does not disturb others",
                            "Exams officer; all papers and mocks",
                        ],
                        [
                            R(
                                "A full-length timed practice paper in a quiet room every week from January to May.",
                                "cognition_learning",
                                "less",
                                F4_PRACTICE,
                            ),
                            "She has sat only two full papers this year",
                            "Teaching assistant; one each week",
                        ],
                    ],
                    [0.44, 0.32, 0.24],
                ),
                ("h", 2, "Catching up"),
                (
                    "p",
                    [
                        R(
                            "We recommend that after each admission Chloe has a one-hour catch-up session each week with a subject teacher in maths and in each science, for the two weeks after she returns.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                        X(
                            "These are the subjects where each topic builds on the last, so a missed fortnight cannot simply be read up.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Subject teachers should put the week's work and their feedback on the school's online platform every Friday while Chloe is in hospital or recovering at home, and her tutor should go through it with her by phone each week.",
                            "cognition_learning",
                            "not_specific",
                            F4_WORK,
                        ),
                        X(
                            "Arrangements in the summer must reflect Chloe's normal way of working, which is why we ask for the same arrangements in class tests and mocks.",
                            "reason for a recommendation",
                        ),
                        X(
                            "We looked at moving Chloe to a reduced set of GCSEs; she and her parents do not want this, and her predicted grades show she can manage all nine with the right support.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("p", "Dev Arkwright, Exam Access Lead, 4 November 2026"),
            ],
        ),
        dict(
            file=CN4,
            header="Tolverne Royal Infirmary - Paediatric Cystic Fibrosis Service",
            footer="CF CNS report - Chloe Marchetti-Banks - NHS 999 730 4492 - page {n} of {m}",
            author="K Oyelowo",
            blocks=[
                ("org", "Tolverne Royal Infirmary NHS Trust - Paediatric Cystic Fibrosis Service"),
                ("small", "Ward 7 and CF Clinic, Tolverne Royal Infirmary - 01632 960980"),
                ("title", "Report from the Cystic Fibrosis Clinical Nurse Specialist"),
                (
                    "p",
                    "Chloe Marchetti-Banks, 16 years. Report by Kemi Oyelowo, CF Clinical Nurse Specialist, for the review of her EHC plan, 29 October 2026.",
                ),
                ("b", "Background"),
                (
                    "p",
                    [
                        X(
                            "Chloe was diagnosed with cystic fibrosis through newborn screening and was well for most of her childhood, with good lung function and few admissions.",
                            "history",
                        ),
                        X(
                            "She started a modulator medicine in 2022, which helped at first, and her weight is now stable on the 40th centile.",
                            "health background and test result",
                        ),
                        X(
                            "Her screening for cystic fibrosis-related diabetes in September was negative, and her bone density scan was normal.",
                            "test result",
                        ),
                        X(
                            "Chloe is a determined young woman who manages her own medicines well and rarely misses a dose.",
                            "strength",
                        ),
                        X(
                            "There is one other student with cystic fibrosis at Fernlea, and the school has kept the two of them in different form groups and teaching groups since Year 7 to prevent cross-infection.",
                            "support already in place",
                        ),
                    ],
                ),
                ("b", "This year"),
                (
                    "p",
                    [
                        N(
                            "Chloe's cystic fibrosis has become less stable this year, and her lung function has fallen from 78% to 61% of the expected level.",
                            "health",
                            B4_CF,
                        ),
                        "She has been admitted four times since January, each time for two weeks of intravenous antibiotics.",
                        X(
                            "Before this year she had had only one admission, for a week in 2023, after which she made a full recovery.",
                            "history: resolved",
                        ),
                        N(
                            "Because of these admissions she has gaps in her learning in maths and the sciences, where she has missed whole topics.",
                            "cognition_learning",
                            None,
                            note="Section B mentions missing lessons for clinic appointments, written before this year's admissions; it says nothing of the gaps they have left.",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Her energy is low for two or three weeks after each admission, and she often cannot manage a full school day in that time.",
                            "sensory_physical",
                            B4_TIRED,
                        ),
                        N(
                            "Her cough is worse in the mornings and after exercise, and she is very self-conscious about coughing in quiet lessons and in the exam hall.",
                            "semh",
                            B4_COUGH,
                        ),
                        N(
                            "Chloe has to take enzymes with everything she eats, eat and drink little and often, and use the toilet at short notice.",
                            "health",
                            B4_FOOD,
                        ),
                    ],
                ),
                ("b", "Recommendations"),
                (
                    "p",
                    [
                        "Chloe will almost certainly be admitted again during Year 11, and the plan needs to provide for that rather than hope it will not happen.",
                        R(
                            "While she is in hospital she should be taught by the hospital education service for at least five hours a week, following her own GCSE courses, with her school sending the work and past papers.",
                            "cognition_learning",
                            "wrong_section",
                            G4_HOSP,
                            section="G",
                        ),
                        R(
                            "When she returns after an admission, Chloe should have a phased return over one week, mornings only for the first three days and then full days, planned with her head of year.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "She must be able to leave any lesson without asking to cough, take her medicines or use the toilet, and she should carry a pass so that she is not questioned.",
                            "sensory_physical",
                            "specific",
                            F4_PASS,
                        ),
                        R(
                            "The school nurse and our team will write an individual healthcare plan covering her enzymes, snacks, drinks and what to do if she becomes unwell in school.",
                            "health",
                            "not_educational",
                            G4_IHP,
                            section="G",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Chloe should continue her airway clearance physiotherapy at home twice a day, before and after school.",
                            "health",
                            "not_educational",
                        ),
                        R(
                            "We will continue to see her in the CF clinic every six weeks, and more often if she is unwell.",
                            "health",
                            "not_educational",
                            G4_CLINIC,
                            section="G",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "A part-time timetable for the whole of Year 11 was discussed with Chloe and her parents and rejected, because she wants to keep all her subjects and to be with her friends.",
                            "option considered and rejected",
                        ),
                        X(
                            "Home tuition instead of school was also considered, but Chloe is well enough to attend between admissions, and being at school matters a great deal to her.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                (
                    "sig",
                    [
                        "Kemi Oyelowo RN (Child)",
                        "Cystic Fibrosis Clinical Nurse Specialist",
                        "01632 960981",
                    ],
                ),
            ],
        ),
    ],
)


CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
