# ruff: noqa: E501, N802
"""Set BT as data: behaviour that challenges in mainstream primary schools, ages 5 to 10
(a 6-year-old with ADHD excluded three times in Year 1, a 9-year-old with a pathological
demand avoidance profile who runs out of school, a 7-year-old in a nurture group after
domestic abuse), in plan layouts no earlier set has.

Every name, council, school, service, NHS trust and professional is invented.
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
# case-evalbt-01: Kestermoor Borough Council; Alfie Marchbank, 6, ADHD, excluded three
# times in Year 1. Layout "bare-letter-parenthesised-name-band": each section a shaded
# band "B (Special educational needs)"; F a bulleted list under area sub-headings.
# ---------------------------------------------------------------------------

B1_SIT = "Alfie finds it very hard to stay in his seat or on the carpet, and he is often up and moving round the classroom."
B1_FOCUS = (
    "He can only keep his mind on a task for a minute or two before something else catches his eye."
)
B1_BLURT = "Alfie shouts out answers and grabs things from other children without thinking first."
B1_TEMPER = "When he is told no or has to stop something he enjoys, Alfie can lose his temper quickly, and he has hurt adults and children when this happens."
B1_READ = "Alfie is behind other children of his age with reading and writing."
B1_WRITE = "His handwriting is hard to read because he finds forming letters and holding a pencil difficult."
B1_CHANGE = "Alfie gets very upset when his day does not go the way he expects, for example when his teacher is away."
F1_NEXT = "Each morning, before the register, an adult will go through Alfie's day with him on a now-and-next board and tell him about anything that is different."
B1_FRIENDS = "Other children are starting to avoid Alfie and he says nobody likes him."

F1_BSP = "A behaviour support plan as needed."
F1_TA = "Alfie will have an adult with him for 15 hours a week, at the times he finds hardest: the start of the day, playtime and lunchtime."
F1_BREAKS = "Access to movement breaks."
F1_PHONICS = "Daily phonics catch-up in a group of no more than four children, 20 minutes a day, run by a trained teaching assistant."
F1_OUTREACH = "Advice from the Behaviour Outreach Service when required."
F1_LUNCH = "A named adult will meet Alfie at the classroom door at 12.10 each day and stay with him in a quieter lunch club of no more than eight children until 12.50."

G1_PAED = "Dr Rosalind Achebe, community paediatrician, will review Alfie's ADHD and his medication every six months."
G1_MED = "Alfie's GP will prescribe his medication under the shared care arrangement."
G1_OT = "The children's occupational therapy service will give the school a sensory diet and a movement programme for Alfie to follow every day."

PA1 = "paediatric_adhd_review.pdf"
BO1 = "behaviour_outreach_report.docx"
EX1 = "school_exclusion_record.docx"


def _band(sid: str) -> tuple:
    return ("H", sid, f"{sid} ({NAMES[sid]})", "band")


CASE_01 = dict(
    name="case-evalbt-01",
    layout="bare-letter-parenthesised-name-band",
    summary=(
        "Kestermoor Borough Council; Alfie Marchbank, 6, Year 1 at Brackenhill Primary School (ADHD, diagnosed at 5; "
        "three fixed-term exclusions in Year 1; impulsive aggression, early reading delay, poor sleep, friendships). "
        "Each section heading is a shaded band with the bare letter and the statutory name in brackets, "
        "'B (Special educational needs)'; Section F bullets under area sub-headings. A paediatrician's ADHD review "
        "(.pdf, a clinic letter with a medication list), a behaviour outreach teacher's report (.docx, third person "
        "with reported speech, bullets with the reasons mixed in, options considered and rejected) and the school's "
        "exclusion record with its behaviour support plan (.docx, first person plural, a table with a Reason column)."
    ),
    note="The paediatrician's recommended sensory and movement programme delivered by school staff each day stands in Section G as an occupational therapy offer: provision in the wrong section. The six-monthly ADHD review and GP shared care in G are health provision. The exclusion dates, the medication history and the early-years history are background.",
    plan=dict(
        file="plan.docx",
        footer="Kestermoor Borough Council - EHC plan - Alfie Marchbank - issued 9 November 2026",
        author="Kestermoor SEND Assessment Team",
        title="EHC Plan - Alfie Marchbank",
        blocks=[
            ("org", "Kestermoor Borough Council"),
            ("small", "SEND Assessment and Review Team, Civic Offices, Kestermoor - 01632 960271"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Alfie Marchbank"),
                    ("Date of birth", "14 March 2020"),
                    ("NHS number", "999 311 4820"),
                    ("School", "Brackenhill Primary School, Year 1"),
                    ("Parent", "Kerry Marchbank, 7 Wheelwright Row, Kestermoor"),
                    ("Case officer", "Mr D Oyelaran, 01632 960274"),
                ],
            ),
            _band("A"),
            (
                "S",
                "A",
                "Alfie loves dinosaurs, football and helping his grandad in the garden, and he is proud when he is given a job to do.",
            ),
            (
                "p",
                'His mum wants Alfie to stay in school for the whole day, to make friends and to learn to read. Alfie said: "I want to play football at playtime and not get sent home."',
            ),
            _band("B"),
            ("S", "B", "Alfie has a diagnosis of ADHD. His main need is his behaviour."),
            ("b", "Social, emotional and mental health"),
            ("p", [B1_SIT, B1_BLURT, B1_TEMPER, B1_CHANGE, B1_FRIENDS]),
            ("b", "Cognition and learning"),
            ("p", [B1_FOCUS, B1_READ, B1_WRITE]),
            _band("C"),
            (
                "S",
                "C",
                "Alfie was diagnosed with ADHD (combined presentation) in June 2025 and takes methylphenidate each morning.",
            ),
            _band("D"),
            (
                "S",
                "D",
                "Alfie lives with his mum and his baby sister. The family have had support from an Early Help worker and no social care needs have been assessed.",
            ),
            _band("E"),
            (
                "S",
                "E",
                "By July 2027 Alfie will stay in class for a whole lesson with one reminder.",
            ),
            (
                "p",
                "By July 2027 Alfie will use his calm-down card instead of hitting when he is upset, on most days.",
            ),
            ("p", "By July 2027 Alfie will read and write simple words with three sounds."),
            _band("F"),
            ("S", "F", "Brackenhill Primary School will make the following provision."),
            ("b", "Behaviour"),
            (
                "bul",
                [
                    ("F", F1_BSP, False),
                    ("F", F1_TA, True),
                    ("F", F1_BREAKS, False),
                    ("F", F1_NEXT, True),
                    ("F", F1_OUTREACH, False),
                ],
            ),
            ("b", "Learning"),
            ("bul", [("F", F1_PHONICS, True)]),
            ("b", "Playtimes"),
            ("bul", [("F", F1_LUNCH, True)]),
            _band("G"),
            ("S", "G", G1_PAED),
            ("p", G1_MED),
            ("p", G1_OT),
            _band("H1"),
            ("S", "H1", "None."),
            _band("H2"),
            (
                "S",
                "H2",
                "The family can use the Kestermoor parenting course for parents of children with ADHD.",
            ),
            _band("I"),
            (
                "S",
                "I",
                "Brackenhill Primary School, Moor Lane, Kestermoor (community primary school).",
            ),
            _band("J"),
            ("S", "J", "No personal budget has been requested."),
            _band("K"),
            (
                "S",
                "K",
                "ADHD review by Dr Rosalind Achebe (September 2026); report of the Behaviour Outreach Service (October 2026); Brackenhill Primary School exclusion record and behaviour support plan (October 2026); parent's views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=PA1,
            style="sectioned",
            footer="Kestermoor and Vale Community Health NHS Trust - page {n} of {m}",
            author="R Achebe",
            blocks=[
                ("org", "Kestermoor and Vale Community Health NHS Trust"),
                ("small", "Child Development Centre, Vale Road, Kestermoor - 01632 960302"),
                ("title", "ADHD Medication Review - Community Paediatrics"),
                (
                    "kv",
                    [
                        ("Patient", "Alfie Marchbank, DOB 14/03/2020, NHS 999 311 4820"),
                        ("Seen with", "Mother"),
                        ("Clinician", "Dr Rosalind Achebe, Consultant Community Paediatrician"),
                        ("Date of clinic", "18 September 2026"),
                    ],
                ),
                ("h", 2, "Current medication"),
                (
                    "grid",
                    [
                        ["Medicine", "Dose", "Started"],
                        ["Methylphenidate modified release", "10 mg each morning", "July 2025"],
                        ["Melatonin", "2 mg at bedtime", "January 2026"],
                    ],
                    [6, 4, 4],
                ),
                ("h", 2, "History and progress"),
                (
                    "p",
                    [
                        X(
                            "Alfie was diagnosed with ADHD, combined presentation, at this clinic in June 2025 after assessment with the Conners questionnaires and school observation.",
                            "history: diagnosis",
                        ),
                        X(
                            "His mother reports that his appetite dipped when the methylphenidate was started but has now recovered, and his weight remains on the 50th centile.",
                            "health background: resolved side effect",
                        ),
                        X(
                            "Blood pressure and heart rate today were within normal limits.",
                            "test result",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Mum feels the morning dose has helped him to settle in the first part of the day.",
                            "progress",
                        ),
                        X(
                            "However, the effect appears to wear off by late morning, and his school reports that his hyperactivity and impulsivity are most marked after lunch.",
                            "health: medication effect, for the clinic review",
                        ),
                    ],
                ),
                ("h", 2, "Current difficulties"),
                (
                    "p",
                    [
                        N(
                            "Alfie remains markedly hyperactive, and in class he is out of his seat many times in each lesson.",
                            "semh",
                            B1_SIT,
                        ),
                        N(
                            "His sustained attention for adult-led tasks is very short, typically one to two minutes.",
                            "cognition_learning",
                            B1_FOCUS,
                        ),
                        N(
                            "He also seeks out strong movement and deep pressure, crashing into furniture and people, and becomes more dysregulated in noisy rooms such as the hall.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Sleep onset was previously over two hours but is now about thirty minutes with melatonin.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 2, "Plan"),
                (
                    "num",
                    [
                        R(
                            "I will review Alfie in clinic in six months, with updated school questionnaires, to consider a second afternoon dose.",
                            "health",
                            "not_educational",
                            G1_PAED,
                            section="G",
                        ),
                        R(
                            "Alfie's GP has agreed to shared care prescribing, and this should continue.",
                            "health",
                            "not_educational",
                            G1_MED,
                            section="G",
                        ),
                        R(
                            "From an educational point of view, Alfie needs a daily sensory and movement programme, built into his timetable and delivered by school staff, with heavy work before each lesson that needs him to sit.",
                            "sensory_physical",
                            "wrong_section",
                            G1_OT,
                            section="G",
                        ),
                        X(
                            "A referral to CAMHS is not indicated at present, as his difficulties are well explained by ADHD and there are no signs of anxiety or low mood.",
                            "option considered and rejected",
                        ),
                    ],
                ),
            ],
        ),
        dict(
            file=BO1,
            style="headed",
            footer="Kestermoor Behaviour Outreach Service - Alfie Marchbank - October 2026",
            author="J Pellow",
            blocks=[
                ("org", "Kestermoor Behaviour Outreach Service"),
                (
                    "small",
                    "Hollins Centre, Kestermoor - 01632 960388 - outreach@kestermoor.example.org",
                ),
                ("title", "Behaviour Outreach Teacher's Report"),
                (
                    "kv",
                    [
                        ("Pupil", "Alfie Marchbank, Year 1, Brackenhill Primary School"),
                        ("Outreach teacher", "Jonah Pellow"),
                        (
                            "Involvement",
                            "Four visits, September and October 2026: two classroom observations, a playtime observation, a meeting with Ms Marchbank",
                        ),
                    ],
                ),
                ("h", 1, "Background"),
                (
                    "p",
                    [
                        X(
                            "Alfie was excluded for a fixed term three times in Year 1, each time after hitting an adult during an unstructured time.",
                            "history: exclusions",
                        ),
                        X(
                            "In Reception he was on a part-time timetable for six weeks, which ended at Easter 2025.",
                            "history: resolved",
                        ),
                        "Ms Marchbank told me that Alfie is 'a different boy' at home when he has his grandad's full attention.",
                    ],
                ),
                ("h", 1, "What I saw"),
                (
                    "p",
                    [
                        X(
                            "Alfie is warm, funny and keen to please, and he responded well to praise during my observations.",
                            "strength",
                        ),
                        N(
                            "In the playground he struggles to wait his turn, snatches equipment and lashes out when another child takes the ball, and most incidents happen at lunchtime.",
                            "semh",
                            B1_TEMPER,
                        ),
                        N(
                            "He calls out constantly in whole-class teaching and finds it almost impossible to put his hand up and wait.",
                            "semh",
                            B1_BLURT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Alfie does not yet understand how his behaviour affects others, and he cannot name his own feelings beyond 'happy' and 'cross'.",
                            "semh",
                            None,
                        ),
                        N(
                            "He told me that the other children 'don't want me in their game', and his class teacher confirms he is increasingly left out.",
                            "semh",
                            B1_FRIENDS,
                        ),
                    ],
                ),
                ("h", 1, "Options considered"),
                (
                    "p",
                    [
                        X(
                            "A place at the Hollins Centre short-stay provision was discussed, but we agreed Alfie should remain at Brackenhill, where he is known and where his sister will start.",
                            "option considered and rejected",
                        ),
                        X(
                            "A further reduced timetable was also considered and rejected, because the afternoons at home removed him from the learning he needs.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "bul",
                    [
                        R(
                            "A written behaviour support plan, drawn up with Alfie's mum and reviewed every half term, which names his triggers, the early signs that he is becoming upset, and what each adult will do at each stage - so that every adult responds in the same way.",
                            "semh",
                            "not_specific",
                            F1_BSP,
                        ),
                        R(
                            "A trained adult with Alfie throughout every lunchtime and playtime, every day, because that is when every exclusion has happened.",
                            "semh",
                            "specific",
                            F1_LUNCH,
                        ),
                        R(
                            "Individual emotional literacy sessions with an ELSA, 30 minutes once a week for at least 12 weeks, to teach him to recognise and name his feelings.",
                            "semh",
                            "missing_from_f",
                        ),
                        R(
                            "Outreach teacher visits to school twice each half term to model strategies and review the plan with staff.",
                            "semh",
                            "not_specific",
                            F1_OUTREACH,
                        ),
                        R(
                            "Ms Marchbank may find it helpful to use the same calm-down card at home that Alfie uses in school.",
                            "semh",
                            "not_educational",
                        ),
                    ],
                ),
            ],
        ),
        dict(
            file=EX1,
            style="sectioned",
            footer="Brackenhill Primary School - confidential",
            author="Brackenhill Primary School",
            blocks=[
                ("org", "Brackenhill Primary School"),
                ("title", "Exclusion Record and Behaviour Support Plan - Alfie Marchbank"),
                ("h", 2, "Exclusions this year"),
                (
                    "grid",
                    [
                        ["Date", "Length", "Reason given to parent"],
                        ["4 December 2025", "1 day", "Physical assault on an adult at lunchtime"],
                        [
                            "12 March 2026",
                            "2 days",
                            "Physical assault on an adult during a wet play",
                        ],
                        [
                            "23 June 2026",
                            "2 days",
                            "Physical assault on a pupil and an adult at lunchtime",
                        ],
                    ],
                    [4, 3, 8],
                ),
                (
                    "p",
                    [
                        X(
                            "We have not excluded Alfie since June, and the number of incidents recorded on our system has fallen from eleven in the summer half term to four this half term.",
                            "progress",
                        ),
                        X(
                            "At present Alfie has a visual timetable on his desk and a wobble cushion, and he sits near the front.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 2, "What we know about Alfie"),
                (
                    "p",
                    [
                        N(
                            "Alfie has phonics knowledge well below that of his class, and he did not pass the Year 1 phonics screening check.",
                            "cognition_learning",
                            B1_READ,
                        ),
                        N(
                            "He has not yet learned to form most letters correctly, and his pencil grip is immature.",
                            "sensory_physical",
                            B1_WRITE,
                        ),
                        N(
                            "Alfie finds changes to the routine, such as a supply teacher or an assembly, very hard, and most of his difficult days begin with a change he was not told about.",
                            "semh",
                            B1_CHANGE,
                        ),
                    ],
                ),
                ("h", 2, "What we will put in place"),
                (
                    "grid",
                    [
                        ["What we recommend", "Reason"],
                        [
                            R(
                                "A teaching assistant with Alfie for all of the school day, 32.5 hours a week.",
                                "semh",
                                "less",
                                F1_TA,
                            ),
                            "Alfie manages well only when an adult is close by to help him start and stay on task.",
                        ],
                        [
                            R(
                                "Planned movement breaks of five minutes every 20 minutes, with a timer, taken in the corridor with an adult.",
                                "sensory_physical",
                                "not_specific",
                                F1_BREAKS,
                            ),
                            "He can hold his attention longer after a short burst of movement.",
                        ],
                        [
                            R(
                                "Phonics catch-up every day in a small group.",
                                "cognition_learning",
                                "specific",
                                F1_PHONICS,
                            ),
                            "He is nearly a year behind in phonics.",
                        ],
                        [
                            R(
                                "A daily handwriting and fine motor group, 15 minutes, four times a week.",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            "His letter formation is holding back his writing.",
                        ],
                        [
                            R(
                                "Alfie is told of any change to his day first thing each morning, using a now-and-next board.",
                                "semh",
                                "specific",
                                F1_NEXT,
                            ),
                            "Most incidents follow an unexpected change.",
                        ],
                    ],
                    [10, 6],
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbt-02: Harrowdene City Council; Mia Trelawney-Osei, 9, autistic with a
# pathological demand avoidance profile, runs out of school. Layout
# "underlined-uppercase-names-unlettered-f-what-who-when-table": statutory names in
# underlined capitals, no letters; Section F one table What / Who / When.
# ---------------------------------------------------------------------------

B2_DEMANDS = "Mia is autistic and finds it very hard to do what she is asked, even things she likes, because being told what to do makes her feel anxious and out of control."
B2_RUN = "When she feels pushed, Mia may leave the classroom and has run out of the school grounds."
B2_TALKDOWN = "She often argues, makes excuses or changes the subject to get out of a task."
B2_MATHS = "Mia is working below the level of her class in writing and maths because she has missed so much teaching."
B2_NOISE = "Busy, noisy places like the dinner hall are too much for her."
B2_TRUST = "Mia takes a long time to trust a new adult."

F2_KEYTXT = "Two named key adults who know Mia well, one of them with her at all times in school, 27.5 hours a week."
F2_BSP = "A behaviour support plan, to be reviewed as needed."
F2_CALM = "Access to a calm space when she needs it."
F2_LANG = 'Staff will use indirect, low-demand language with Mia (for example "I wonder if..." rather than instructions), and all staff who teach her will have this explained by the SENCo by the end of her first week back.'
F2_LUNCH = (
    "Mia will eat lunch in the library with one friend of her choosing and her key adult every day."
)
F2_CATCH = "Maths and writing taught through Mia's interests, for 30 minutes three times a week, one-to-one with her key adult."

G2_CAMHS = "The CAMHS neurodevelopmental team will offer Mia's parents a follow-up appointment after her autism diagnosis."
G2_OT = (
    "Occupational therapy will complete a sensory assessment and give advice to school and home."
)
H2_EARLY = "A Harrowdene Early Help worker will meet Mia in school for an hour each week to help her build a relationship with a trusted adult."

EP2 = "educational_psychology_report.docx"
SP2 = "school_behaviour_support_plan.pdf"


def _u(sid: str) -> tuple:
    return ("H", sid, NAMES[sid].upper(), "u")


CASE_02 = dict(
    name="case-evalbt-02",
    layout="underlined-uppercase-names-unlettered-f-what-who-when-table",
    summary=(
        "Harrowdene City Council; Mia Trelawney-Osei, 9, Year 5 at St Aldhelm's CE Primary School (autism with a "
        "pathological demand avoidance profile; running out of school; anxiety; gaps in writing and maths; sensory "
        "overload). Each heading is the statutory name in underlined capitals with **no letter**; Section F is one "
        "table What / Who / When. An educational psychologist's report (.docx, parents' views in reported speech, "
        "options considered and recommendations argued at length) and the school's behaviour support plan (.pdf, "
        "first person plural, a table with a What we do and Why column)."
    ),
    note="The educational psychologist's recommended weekly relationship-building sessions with a trusted adult in school stand under Other social care provision as an Early Help offer: provision in the wrong section. The CAMHS follow-up and the occupational therapy sensory assessment are health provision. The history of fixed-term exclusions, the reduced timetable and Mia's cognitive scores are background.",
    plan=dict(
        file="plan.pdf",
        footer="Harrowdene City Council - Education, Health and Care Plan - Mia Trelawney-Osei - page {n} of {m}",
        author="Harrowdene City Council",
        title="Education, Health and Care Plan - Mia Trelawney-Osei",
        sans=True,
        accent="5B2C6F",
        blocks=[
            ("org", "HARROWDENE CITY COUNCIL"),
            (
                "small",
                "Special Educational Needs and Disabilities Service - 01632 960533 - send@harrowdene.example.org",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Child", "Mia Trelawney-Osei"),
                    ("Date of birth", "2 February 2017"),
                    ("NHS number", "999 520 1763"),
                    ("School", "St Aldhelm's CE Primary School, Year 5"),
                    ("Parents", "Grace Trelawney and Kofi Osei"),
                ],
            ),
            _u("A"),
            (
                "S",
                "A",
                "Mia is clever, creative and funny. She loves drawing animals, making up stories and looking after her two guinea pigs.",
            ),
            (
                "p",
                "Mia said she wants school to be 'less shouty' and would like to be a vet. Her parents want her to feel safe in school so that she can stay there all day.",
            ),
            _u("B"),
            ("S", "B", B2_DEMANDS),
            ("p", [B2_TALKDOWN, B2_RUN]),
            ("p", [B2_TRUST, B2_NOISE]),
            ("p", B2_MATHS),
            _u("C"),
            (
                "S",
                "C",
                "Mia was diagnosed as autistic by the CAMHS neurodevelopmental team in April 2026. She is otherwise healthy.",
            ),
            _u("D"),
            (
                "S",
                "D",
                "Mia's parents sometimes find it hard to manage her distress at home. No social care assessment has been requested.",
            ),
            _u("E"),
            (
                "S",
                "E",
                "By the end of Year 6 Mia will stay on the school site for the whole day, every day.",
            ),
            (
                "p",
                "By the end of Year 6 Mia will tell her key adult when she needs a break, using her own signal.",
            ),
            (
                "p",
                "By the end of Year 6 Mia will write a page of her own story with a beginning, middle and end.",
            ),
            _u("F"),
            ("S", "F", "St Aldhelm's CE Primary School will provide:"),
            (
                "grid",
                [
                    ["What", "Who", "When"],
                    [("F", F2_KEYTXT, True), "Teaching assistants", "Every school day"],
                    [("F", F2_BSP, False), "SENCo and class teacher", "As needed"],
                    [("F", F2_CALM, False), "Key adult", "When needed"],
                    [("F", F2_LANG, True), "All staff; SENCo to brief", "From the start of term"],
                    [("F", F2_LUNCH, True), "Key adult", "Daily, 12.00 to 12.45"],
                    [
                        ("F", F2_CATCH, True),
                        "Key adult, planned by the class teacher",
                        "Three times a week",
                    ],
                ],
                [8, 4, 4],
            ),
            _u("G"),
            ("S", "G", G2_CAMHS),
            ("p", G2_OT),
            _u("H1"),
            ("S", "H1", "Not applicable."),
            _u("H2"),
            ("S", "H2", H2_EARLY),
            _u("I"),
            (
                "S",
                "I",
                "St Aldhelm's CE Primary School, Church Walk, Harrowdene (voluntary aided).",
            ),
            _u("J"),
            ("S", "J", "Not requested."),
            _u("K"),
            (
                "S",
                "K",
                "Educational psychology advice, Dr Hannah Kowalczyk (October 2026); St Aldhelm's behaviour support plan (September 2026); parents' and Mia's views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=EP2,
            style="headed",
            footer="Harrowdene Educational Psychology Service - statutory advice - Mia Trelawney-Osei",
            author="H Kowalczyk",
            blocks=[
                ("org", "Harrowdene Educational Psychology Service"),
                ("small", "Westgate House, Harrowdene - 01632 960540"),
                (
                    "title",
                    "Psychological Advice for an Education, Health and Care Needs Assessment",
                ),
                (
                    "kv",
                    [
                        ("Child", "Mia Trelawney-Osei, Year 5"),
                        (
                            "Psychologist",
                            "Dr Hannah Kowalczyk, Educational Psychologist (HCPC registered)",
                        ),
                        (
                            "Sources",
                            "Consultation with parents and staff; observation in class and at lunchtime; work with Mia on two mornings",
                        ),
                    ],
                ),
                ("h", 1, "Background and parents' views"),
                (
                    "p",
                    [
                        X(
                            "Mia was excluded for a fixed term twice in Year 4 after leaving the school site, and she spent the summer term on a reduced timetable of mornings only.",
                            "history: exclusions and reduced timetable",
                        ),
                        "Mrs Trelawney said that Mia was 'a happy, easy child' until Year 3, when the demands of the classroom grew.",
                        "Mr Osei explained that at home they now phrase everything as a choice and that this has made evenings much calmer.",
                        X(
                            "He added that Mia no longer refuses to come to school in the mornings since she was given a job feeding the class fish.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 1, "Assessment"),
                (
                    "p",
                    [
                        X(
                            "On the verbal and visual reasoning scales Mia scored in the above-average range, and her vocabulary is a clear strength.",
                            "test result and strength",
                        ),
                        N(
                            "Despite this, her attainment in writing and maths is around two years behind, largely because of lost learning time.",
                            "cognition_learning",
                            B2_MATHS,
                        ),
                    ],
                ),
                ("h", 1, "Mia's needs"),
                (
                    "p",
                    [
                        N(
                            "Mia shows an extreme, anxiety-driven need to avoid everyday demands and requests, consistent with a pathological demand avoidance profile of autism.",
                            "semh",
                            B2_DEMANDS,
                        ),
                        N(
                            "She uses social strategies to avoid demands, such as distracting, negotiating and giving reasons why she cannot.",
                            "semh",
                            B2_TALKDOWN,
                        ),
                        N(
                            "When her anxiety rises beyond a certain point, she absconds, and staff have twice had to follow her onto the road.",
                            "semh",
                            B2_RUN,
                        ),
                        N(
                            "Mia finds it hard to share control in play with other children, and friendships often break down when she tries to direct the game.",
                            "communication_interaction",
                            None,
                        ),
                        N(
                            "She masks her anxiety well in the morning, and it is often released as distress at home after school.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                ("h", 1, "Options considered"),
                (
                    "p",
                    [
                        X(
                            "A specialist autism resource base was considered, but Mia's parents and I agreed that a move would itself be a great demand and that St Aldhelm's can meet her needs with the right provision.",
                            "option considered and rejected",
                        ),
                        X(
                            "A reward chart was tried in Year 4 and did not work, because rewards became another demand.",
                            "history: strategy tried and dropped",
                        ),
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "p",
                    [
                        R(
                            "I recommend that Mia has a small team of two key adults, one of whom is with her throughout the school day, including playtimes.",
                            "semh",
                            "specific",
                            F2_KEYTXT,
                        ),
                        "The reason for two adults rather than one is that Mia's trust, once built, should not depend on one person's attendance.",
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "All adults should use a low-demand, collaborative approach: requests framed indirectly, choices offered, and praise given privately rather than in front of the class.",
                            "semh",
                            "specific",
                            F2_LANG,
                        ),
                        "Direct instructions and public rewards are likely to raise her anxiety and lead to the running that everyone wants to avoid.",
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Mia should have a weekly one-hour session with a trusted member of school staff, working through her interests, to build the relationship on which every other strategy depends.",
                            "semh",
                            "wrong_section",
                            H2_EARLY,
                            section="H2",
                        ),
                        R(
                            "She also needs a named calm space, agreed with her, that she can go to without asking, with a signal card she can show on the way.",
                            "semh",
                            "not_specific",
                            F2_CALM,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Her teacher should plan a weekly structured social group of no more than four children, led by an adult, using shared-control games, to help Mia play with others.",
                            "communication_interaction",
                            "missing_from_f",
                        ),
                        R(
                            "I would also recommend a daily 'check-out' of ten minutes at the end of each school day with her key adult, so that the anxiety she holds in school is eased before she goes home.",
                            "semh",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Mr and Mrs Trelawney-Osei might consider the PDA Society's parent workshops.",
                            "other",
                            "not_educational",
                        ),
                    ],
                ),
            ],
        ),
        dict(
            file=SP2,
            style="sectioned",
            footer="St Aldhelm's CE Primary School - Behaviour Support Plan - page {n}",
            author="St Aldhelm's CE Primary School",
            blocks=[
                ("org", "St Aldhelm's CE Primary School"),
                ("title", "Behaviour Support Plan: Mia, Year 5"),
                (
                    "p",
                    "Written by the SENCo, Mrs Ruth Amankwah, with Mia and her parents, September 2026. Review date: December 2026.",
                ),
                ("h", 2, "What we have noticed"),
                (
                    "bul",
                    [
                        N(
                            "Mia covers her ears and leaves the dinner hall within a few minutes, because she finds the noise and the smell of the food too much.",
                            "sensory_physical",
                            B2_NOISE,
                        ),
                        N(
                            "She needs several weeks to get to know a new adult, and she has refused to work with every supply teacher this term.",
                            "semh",
                            B2_TRUST,
                        ),
                        X(
                            "She has not left the school site since the start of this term, which we put down to her key adult and her job with the fish.",
                            "progress",
                        ),
                        X(
                            "Mia already has a 'choices' card on her desk and works at a table by the door.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 2, "What we will do"),
                (
                    "grid",
                    [
                        ["What we do", "Why"],
                        [
                            R(
                                "Mia eats lunch in a quiet room with a friend and her key adult each day.",
                                "sensory_physical",
                                "specific",
                                F2_LUNCH,
                            ),
                            "The hall is where most of her distress starts.",
                        ],
                        [
                            R(
                                "Maths and writing catch-up one-to-one for 30 minutes every day, built around animals and her stories.",
                                "cognition_learning",
                                "less",
                                F2_CATCH,
                            ),
                            "She has gaps from the time she missed, and she accepts work that links to her interests.",
                        ],
                        [
                            R(
                                "A behaviour support plan for Mia that is reviewed with her and her parents every half term and shared with every adult who works with her, including midday supervisors and supply staff.",
                                "semh",
                                "not_specific",
                                F2_BSP,
                            ),
                            "Everyone needs to respond the same way, or Mia will test each new adult.",
                        ],
                        [
                            R(
                                "If Mia leaves the building, her key adult follows at a distance, does not chase, and phones the office, who contact her parents.",
                                "semh",
                                "missing_from_f",
                            ),
                            "Chasing turns leaving into a game and puts her at risk near the road.",
                        ],
                    ],
                    [10, 6],
                ),
                ("h", 2, "What we considered"),
                (
                    "p",
                    [
                        X(
                            "We considered a part-time timetable again, but decided against it because Mia told us she wants to be in school with her friends.",
                            "option considered and rejected",
                        )
                    ],
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbt-03: Fennick Vale District Council; Lily-Mae Hartigan, 7, in a nurture
# group after domestic abuse. Layout "letter-en-dash-title-case-f-weekly-minutes-table":
# Word headings "B – Special Educational Needs"; Section F a table with a Minutes each
# week column and a total row.
# ---------------------------------------------------------------------------

B3_SAFE = "Lily-Mae has lived through frightening things at home and she does not always feel safe, even in school."
B3_ADULTS = (
    "She is very wary of men and of adults who speak loudly, and she watches the door a lot."
)
B3_HIDE = "When she is upset she hides under tables or in the cloakroom and will not come out for a long time."
B3_READ = "Lily-Mae is behind with her reading, and she finds it hard to remember what she learned the day before."
B3_WORDS = "Lily-Mae cannot yet say how she feels; she may say her tummy hurts or run off instead."
B3_TIRED = "She often comes to school tired after a bad night and then cannot concentrate."
B3_PLAY = "She finds it hard to join in with other children's games and often plays on her own."
B3_CONTROL = (
    "Lily-Mae likes to be in charge and gets cross if other children or adults change the plan."
)

F3_NURT = (
    "Lily-Mae will attend the Rainbow Room nurture group four afternoons a week, 1.15 to 3.00."
)
F3_THER = "Access to play therapy."
F3_KEY = "A named key adult (Mrs Okonjo) will meet Lily-Mae at the gate at 8.40 every morning and check in with her again before she goes home."
F3_CALMSPACE = "A safe den in the classroom that Lily-Mae can use when she needs it."
F3_READ = (
    "Precision teaching of reading words, 10 minutes a day, five days a week, with her key adult."
)
F3_SUPPORT = "Support with friendships as appropriate."

G3_TRAIN = "The CAMHS children's wellbeing practitioner will train the staff who work with Lily-Mae in trauma-informed approaches and emotion coaching."
G3_GP = "Lily-Mae's GP will continue to monitor her sleep and her bedwetting."

NG3 = "nurture_group_report.pdf"
PT3 = "play_therapy_report.docx"


def _dash(sid: str) -> tuple:
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
    return ("H", sid, f"{sid} \u2013 {title}", "h1")


CASE_03 = dict(
    name="case-evalbt-03",
    layout="letter-en-dash-title-case-f-weekly-minutes-table",
    summary=(
        "Fennick Vale District Council; Lily-Mae Hartigan, 7, Year 2 at Sandpits Lane Primary School, in the school's "
        "nurture group after domestic abuse at home (feeling unsafe, hypervigilance, hiding, controlling play, "
        "reading and memory, friendships, sleep). Each heading is a Word heading with the letter, an en dash and a "
        "title-case name, 'B \u2013 Special Educational Needs'; Section F is a table with a Minutes each week column "
        "and a total row. A nurture group leader's report (.pdf, first person plural, Boxall results, bullets with "
        "reasons mixed in) and a play therapist's report (.docx, third person with reported speech, options "
        "considered, recommendations argued at length)."
    ),
    note="The play therapist's recommended training for school staff in trauma-informed approaches stands in Section G as a CAMHS offer: provision in the wrong section. The GP's monitoring of sleep and bedwetting in G is health provision. The history of abuse, the move to a refuge, the child protection plan that ended and the Boxall scores are background.",
    plan=dict(
        file="plan.docx",
        footer="Fennick Vale District Council | Final EHC Plan | Lily-Mae Hartigan | 16 November 2026",
        author="Fennick Vale SEND Team",
        title="Education, Health and Care Plan - Lily-Mae Hartigan",
        blocks=[
            ("org", "Fennick Vale District Council"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Lily-Mae Hartigan"),
                    ("Date of birth", "30 May 2019"),
                    ("NHS number", "999 604 2298"),
                    ("School", "Sandpits Lane Primary School, Year 2"),
                    ("Parent", "Ms Shannon Hartigan"),
                    ("Plan co-ordinator", "Mrs P Achterberg, 01632 960617"),
                ],
            ),
            _dash("A"),
            (
                "S",
                "A",
                "Lily-Mae loves unicorns, painting and the class rabbit, Biscuit. She says the nurture room is 'the cosy place'.",
            ),
            (
                "p",
                "Her mum wants Lily-Mae to feel safe, happy and able to learn, and to have a best friend.",
            ),
            _dash("B"),
            (
                "S",
                "B",
                "Lily-Mae's needs are mainly social, emotional and mental health needs, and they show in her behaviour.",
            ),
            ("p", [B3_SAFE, B3_ADULTS, B3_HIDE, B3_WORDS]),
            ("p", [B3_CONTROL, B3_PLAY]),
            ("p", [B3_READ, B3_TIRED]),
            _dash("C"),
            (
                "S",
                "C",
                "Lily-Mae sometimes wets the bed and has trouble getting to sleep. She is otherwise well.",
            ),
            _dash("D"),
            (
                "S",
                "D",
                "Lily-Mae and her mum moved to Fennick Vale in 2025. The family had a social worker until March 2026; the case is now closed.",
            ),
            _dash("E"),
            (
                "S",
                "E",
                "By July 2027 Lily-Mae will tell an adult when she feels worried instead of hiding, most of the time.",
            ),
            (
                "p",
                "By July 2027 Lily-Mae will play a game with two other children, taking turns, at playtime.",
            ),
            ("p", "By July 2027 Lily-Mae will read the first 100 common words."),
            _dash("F"),
            ("S", "F", "Sandpits Lane Primary School will make this provision."),
            (
                "grid",
                [
                    ["Provision", "Minutes each week"],
                    [("F", F3_KEY, True), "50"],
                    [("F", F3_NURT, True), "420"],
                    [("F", F3_READ, True), "50"],
                    [("F", F3_THER, False), "-"],
                    [("F", F3_CALMSPACE, False), "-"],
                    [("F", F3_SUPPORT, False), "-"],
                    ["Total", "520"],
                ],
                [12, 4],
            ),
            _dash("G"),
            ("S", "G", G3_GP),
            ("p", G3_TRAIN),
            _dash("H1"),
            ("S", "H1", "None."),
            _dash("H2"),
            (
                "S",
                "H2",
                "Ms Hartigan can contact the Fennick Vale Family Hub for support with routines at home.",
            ),
            _dash("I"),
            ("S", "I", "Sandpits Lane Primary School, Sandpits Lane, Fennick (academy)."),
            _dash("J"),
            ("S", "J", "None requested."),
            _dash("K"),
            (
                "S",
                "K",
                "Nurture group report, Mrs Tamsin Greaves (October 2026); play therapy report, Ms Aoife Lindqvist (September 2026); parent's views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=NG3,
            style="sectioned",
            footer="Sandpits Lane Primary School - Rainbow Room Nurture Group - page {n} of {m}",
            author="T Greaves",
            blocks=[
                ("org", "Sandpits Lane Primary School"),
                ("title", "Rainbow Room Nurture Group: Report for EHC Needs Assessment"),
                (
                    "p",
                    "Child: Lily-Mae Hartigan, Year 2. Written by Tamsin Greaves, nurture group leader, with Mr Baptiste, nurture assistant. October 2026.",
                ),
                ("h", 2, "How Lily-Mae came to us"),
                (
                    "p",
                    [
                        X(
                            "Lily-Mae joined the Rainbow Room in January 2026, after she and her mum had spent four months in a refuge following domestic abuse.",
                            "history",
                        ),
                        X(
                            "She was subject to a child protection plan until March 2026, when it was ended.",
                            "history: social care, closed",
                        ),
                        X(
                            "On her first Boxall Profile in January her developmental strands scored well below the expected range; by July she had made progress in 'attunement to others' and 'accommodates to others'.",
                            "assessment result and progress",
                        ),
                    ],
                ),
                ("h", 2, "What we see now"),
                (
                    "bul",
                    [
                        N(
                            "Lily-Mae is hypervigilant: she startles at loud voices and sudden noises, and she positions herself where she can see the door - especially when a man comes into the room.",
                            "semh",
                            B3_ADULTS,
                        ),
                        N(
                            "When she is overwhelmed she retreats under a table or into the cloakroom and can stay there for up to forty minutes.",
                            "semh",
                            B3_HIDE,
                        ),
                        N(
                            "She tries to control play and routines, telling other children what to do, because - we think - being in control makes her feel safe.",
                            "semh",
                            B3_CONTROL,
                        ),
                        N(
                            "She is not yet able to manage the transition from the nurture room back to her class, and she is often tearful and refuses to go in.",
                            "semh",
                            None,
                        ),
                        X(
                            "She no longer soils herself in school, which happened most weeks when she arrived.",
                            "resolved difficulty",
                        ),
                        X(
                            "Lily-Mae now greets us by name and asks for a hug, which she would not allow in the spring.",
                            "progress",
                        ),
                    ],
                ),
                ("h", 2, "Learning"),
                (
                    "p",
                    [
                        N(
                            "Her reading is around a year behind, and she cannot hold on to new words from one day to the next.",
                            "cognition_learning",
                            B3_READ,
                        ),
                        N(
                            "She struggles to follow instructions of more than one step given to the whole class, and she often copies what other children do.",
                            "communication_interaction",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "What we recommend"),
                (
                    "bul",
                    [
                        R(
                            "We recommend that Lily-Mae continues in the Rainbow Room every morning, five days a week, for at least another year, because the predictable routine and the small group are what have let her start to feel safe.",
                            "semh",
                            "less",
                            F3_NURT,
                        ),
                        R(
                            "A key adult to greet her each morning and say goodbye each afternoon, so that her day starts and ends with someone she trusts.",
                            "semh",
                            "specific",
                            F3_KEY,
                        ),
                        R(
                            "A planned, photo-supported move back to class after each nurture session, with the nurture assistant walking her back and staying for the first ten minutes.",
                            "semh",
                            "missing_from_f",
                        ),
                        R(
                            "Precision teaching every day for 10 minutes.",
                            "cognition_learning",
                            "specific",
                            F3_READ,
                        ),
                        R(
                            "Class instructions broken into single steps and backed up with pictures, so that she does not have to rely on copying others.",
                            "communication_interaction",
                            "missing_from_f",
                        ),
                    ],
                ),
            ],
        ),
        dict(
            file=PT3,
            style="headed",
            footer="Aoife Lindqvist, Registered Play Therapist - confidential report",
            author="A Lindqvist",
            blocks=[
                ("org", "Willowbank Play Therapy"),
                (
                    "small",
                    "Aoife Lindqvist, PTUK registered play therapist - 07700 900614 - aoife@willowbank.example.org",
                ),
                ("title", "Play Therapy Report"),
                (
                    "kv",
                    [
                        ("Child", "Lily-Mae Hartigan, aged 7"),
                        (
                            "Sessions",
                            "Twelve weekly sessions of non-directive play therapy in school, May to July 2026, funded by the school",
                        ),
                        ("Report date", "15 September 2026"),
                    ],
                ),
                ("h", 1, "Background"),
                (
                    "p",
                    [
                        "Ms Hartigan told me that Lily-Mae was present during many incidents of violence from her father, who no longer has contact.",
                        X(
                            "Ms Hartigan has completed the Freedom Programme and says she now feels more confident setting routines at home.",
                            "home: parent's own support",
                        ),
                    ],
                ),
                ("h", 1, "What play therapy has shown"),
                (
                    "p",
                    [
                        N(
                            "In her play Lily-Mae returns again and again to themes of danger and rescue, and she told me that 'bad things happen when you're not looking'; she carries a persistent sense that she is not safe.",
                            "semh",
                            B3_SAFE,
                        ),
                        N(
                            "She has very little language for her feelings and tends to show them through her body - a stomach ache, running away - rather than in words.",
                            "semh",
                            B3_WORDS,
                        ),
                        N(
                            "She reported that she has bad dreams most nights and that she is tired in the mornings; her teacher confirms that she is often too tired to concentrate.",
                            "semh",
                            B3_TIRED,
                        ),
                        N(
                            "Her mother says Lily-Mae rarely plays with other children at the park, and in school she drifts to the edge of games.",
                            "semh",
                            B3_PLAY,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "By the twelfth session Lily-Mae was able to stay in the playroom for the full 45 minutes and to tell me when she wanted to stop.",
                            "progress",
                        ),
                    ],
                ),
                ("h", 1, "Options"),
                (
                    "p",
                    [
                        X(
                            "A referral to CAMHS was discussed with Ms Hartigan and the SENCo; we agreed it is not needed at present, as Lily-Mae is engaging well in play therapy and her difficulties are an understandable response to what she has lived through.",
                            "option considered and rejected",
                        ),
                        X(
                            "A move to a specialist SEMH school was raised by a previous school and is not, in my view, appropriate.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "p",
                    [
                        R(
                            "Lily-Mae should have a further 20 sessions of weekly, 45-minute non-directive play therapy in school with a registered play therapist.",
                            "semh",
                            "not_specific",
                            F3_THER,
                        ),
                        "Stopping after twelve sessions would risk undoing the trust she has begun to build, and the themes in her play show that the work is not finished.",
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "All staff who work with Lily-Mae, including midday supervisors, should be trained in trauma-informed approaches and emotion coaching before the end of the autumn term.",
                            "semh",
                            "wrong_section",
                            G3_TRAIN,
                            section="G",
                        ),
                        "Without this, adults are likely to treat her hiding and controlling as defiance and respond with sanctions, which will confirm her belief that adults are not safe.",
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "She needs a small, enclosed den in her classroom with soft furnishings, that she can use without asking, and an adult who checks on her there within five minutes.",
                            "semh",
                            "not_specific",
                            F3_CALMSPACE,
                        ),
                        R(
                            "Lily-Mae would benefit from a simple bedtime routine at home, with a night light and a worry box.",
                            "other",
                            "not_educational",
                        ),
                    ],
                ),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03]
