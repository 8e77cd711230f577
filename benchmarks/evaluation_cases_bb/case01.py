# ruff: noqa: E501
"""case-evalbb-01: Caldermoor County Council; Callum Ashdown-Reyes, 15, Year 10, autism and
severe anxiety, part-time at a mainstream academy; the council names its maintained special
school, the family seek an independent specialist school. Layout
"staffing-ratio-column-provision-table": Word headings "Section B — Special educational
needs"; Section F is one ruled table, Provision | Staffing ratio | How often and for how long
| Delivered by."""

from common import NAMES, N, R, X

B_LIT = "Callum can take what people say word for word, so jokes, sarcasm and sayings can confuse him and he may think he is being laughed at."
B_CONV = "He finds it hard to join in when other young people are chatting, and he may either stay quiet or talk for a long time about aircraft, his main interest."
B_ANX = "Callum is a very anxious young man. Most mornings he feels sick and shaky before school, and crowded places such as the canteen can bring on a panic."
B_SLOW = "Callum is very able when he talks through his ideas, but he works slowly and needs more time than others to finish written work."
B_GAPS = "Because he has been in school so little this year, Callum has gaps in what he knows in maths and science."
B_NOISE = "Loud, busy places such as corridors and the dining hall quickly overwhelm him."
B_BODY = "Callum does not always notice when he is hungry or thirsty or needs the toilet."
B_HAND = "His handwriting is slow and it makes his hand ache."

F_CLASS = "Teaching in a class of 10 to 12 students with a teacher and a teaching assistant for every lesson."
F_KEY = "A named key adult, trained in autism, will meet Callum on arrival every day for 15 minutes to go over his day and check how anxious he feels."
F_MOVE = "An adult will walk with Callum at every change of lesson, using the quiet corridor, and stay with him at break and lunch."
F_EXAMS = "25% extra time and a separate small room for all tests and examinations."
F_LAPTOP = "Access to a laptop."
F_CATCH = "Catch-up teaching in maths and science in a small group, as needed."
F_LUNCH = "Callum will keep noise-cancelling headphones with him at all times and will eat lunch in a quiet room with no more than three other students."
F_WATCH = "A vibrating watch reminder every 90 minutes to eat, drink and use the toilet, checked by his key adult at break and lunch."
F_TALK = "Regular opportunities to talk to a trusted adult about his worries."

G_CBT = "Caldermoor Healthy Minds (CAMHS) will offer Callum a course of cognitive behavioural therapy adapted for autistic young people, one session a week for 12 weeks."
G_SLEEP = (
    "The community paediatrician will review Callum's sleep and his melatonin every six months."
)
H2_SOCIAL = "Callum can join the Caldermoor Autism Youth Hub's Thursday evening social group, which works on friendship and conversation skills, each week in term time."

EP = "ep_tribunal_report.docx"
OT = "ot_sensory_report.pdf"


def _h(sid: str) -> tuple:
    return ("H", sid, f"Section {sid} — {NAMES[sid]}", "h1")


CASE = dict(
    name="case-evalbb-01",
    layout="staffing-ratio-column-provision-table",
    summary=(
        "Caldermoor County Council; Callum Ashdown-Reyes, 15, Year 10, autistic, with severe anxiety, on a two-hour "
        "timetable at a mainstream academy since January; the council names Ferncroft School (maintained special) and "
        "the family seek Hollins Lea School (independent specialist). Word headings 'Section B — Special educational "
        "needs'; Section F is one table, Provision | Staffing ratio | How often and for how long | Delivered by. An "
        "independent educational psychologist's report for the tribunal (.docx: parents' and Callum's views in reported "
        "speech, a Provision / Staffing and time / Why table, options considered and rejected at length) and an "
        "occupational therapist's sensory integration report (.pdf, first person, bullets with the reasons mixed in)."
    ),
    note=(
        "Teaching in a small autism-specific group (no more than four, one hour a week) recommended by the EP stands in "
        "H2 as a youth hub's evening group: provision in the wrong section. CAMHS CBT and the paediatrician's sleep review "
        "in G are health provision (not_educational). The EP's view that Callum should be placed at Hollins Lea is about "
        "Section I, not a provision, and is listed as a non-need. The plan's class of 10 to 12 with two adults is less "
        "than the six-student class with two adults the EP recommends."
    ),
    plan=dict(
        file="plan.docx",
        footer="Caldermoor County Council  |  Education, Health and Care Plan  |  Callum Ashdown-Reyes  |  Final, 16 October 2026",
        author="Caldermoor SEND Assessment and Review Team",
        title="EHC Plan - Callum Ashdown-Reyes",
        blocks=[
            ("org", "Caldermoor County Council"),
            (
                "small",
                "SEND Assessment and Review Team, County Hall, Caldermoor - 01632 960210 - sendteam@caldermoor.example.org",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Callum Ashdown-Reyes"),
                    ("Date of birth", "2 February 2011"),
                    ("NHS number", "999 614 2087"),
                    ("Year group", "Year 10"),
                    ("Current school", "Brookvale Academy (mainstream, 11 to 16)"),
                    ("Parents", "Nadia Ashdown and Luis Reyes"),
                    ("Case officer", "Mr Owen Tregarthen, 01632 960214"),
                ],
            ),
            _h("A"),
            (
                "S",
                "A",
                "Callum knows a great deal about military aircraft and hopes to work in aviation engineering one day.",
            ),
            (
                "p",
                "He says he would like a school where it is quiet, where people do not shout, and where teachers explain things properly. His parents want Callum to be back in education full time, to sit his GCSEs and to feel safe enough to leave the house on school days.",
            ),
            _h("B"),
            ("S", "B", "Callum was diagnosed with autism in 2020. His needs are set out below."),
            ("b", "Communication and interaction"),
            ("p", [B_LIT, B_CONV]),
            ("b", "Social, emotional and mental health"),
            ("p", B_ANX),
            ("b", "Cognition and learning"),
            ("p", [B_SLOW, B_GAPS]),
            ("b", "Sensory and physical"),
            ("p", [B_NOISE, B_BODY, B_HAND]),
            _h("C"),
            (
                "S",
                "C",
                "Callum takes melatonin for sleep, prescribed by the community paediatrician, and is waiting for CAMHS support for his anxiety.",
            ),
            _h("D"),
            (
                "S",
                "D",
                "Callum's mother had a carer's assessment in 2025; no social care needs have been identified for Callum himself.",
            ),
            _h("E"),
            ("S", "E", "By July 2027 Callum will attend school for full days, five days a week."),
            (
                "p",
                "By July 2027 Callum will be able to rate his anxiety on a scale and use an agreed strategy to calm himself, with one prompt.",
            ),
            (
                "p",
                "By the end of Year 11 Callum will take GCSEs in at least five subjects, including maths and science.",
            ),
            (
                "p",
                "By July 2027 Callum will eat lunch with at least two other students three times a week.",
            ),
            _h("F"),
            (
                "S",
                "F",
                "The school named in Section I will make the provision below, which will be reviewed at each annual review.",
            ),
            (
                "grid",
                [
                    ["Provision", "Staffing ratio", "How often and for how long", "Delivered by"],
                    [
                        ("F", F_CLASS, True),
                        "2 adults to 10-12 students",
                        "All lessons, 32.5 hours a week",
                        "Class teacher and teaching assistant",
                    ],
                    [
                        ("F", F_KEY, True),
                        "1:1",
                        "15 minutes each morning",
                        "Key adult (teaching assistant with autism training)",
                    ],
                    [
                        ("F", F_MOVE, True),
                        "1:1",
                        "Every change of lesson, break and lunch",
                        "Key adult or a named teaching assistant",
                    ],
                    [
                        ("F", F_LUNCH, True),
                        "1 adult to 4 students",
                        "Every day",
                        "Lunchtime supervisor",
                    ],
                    [
                        ("F", F_WATCH, True),
                        "1:1 check",
                        "Every 90 minutes; checked twice a day",
                        "Key adult",
                    ],
                    [("F", F_TALK, False), "1:1", "Regular", "Pastoral team"],
                    [("F", F_LAPTOP, False), "-", "When needed", "School"],
                    [("F", F_CATCH, False), "Small group", "As needed", "Subject staff"],
                    [
                        ("F", F_EXAMS, True),
                        "1:1 invigilator",
                        "Every test and examination",
                        "Exams officer",
                    ],
                ],
                [0.4, 0.16, 0.22, 0.22],
            ),
            _h("G"),
            ("S", "G", G_CBT),
            ("p", G_SLEEP),
            _h("H1"),
            ("S", "H1", "None at present."),
            _h("H2"),
            ("S", "H2", H2_SOCIAL),
            _h("I"),
            (
                "S",
                "I",
                "Ferncroft School, Station Road, Caldermoor: a maintained special school for pupils aged 11 to 19, from 5 January 2027.",
            ),
            _h("J"),
            ("S", "J", "Callum's parents have not asked for a personal budget."),
            _h("K"),
            (
                "S",
                "K",
                "Advice from Dr Helena Marchetti-Vale, educational psychologist (September 2026), Ms Ruth Abernethy, occupational therapist (August 2026), Brookvale Academy, and Callum and his parents.",
            ),
        ],
    ),
    reports=[
        dict(
            file=EP,
            style="headed",
            footer="Dr H Marchetti-Vale, Educational Psychologist - report for the First-tier Tribunal (SEND) - Callum Ashdown-Reyes",
            author="Dr H Marchetti-Vale",
            title="Educational psychology report - Callum Ashdown-Reyes",
            blocks=[
                (
                    "org",
                    "Dr Helena Marchetti-Vale, DEdPsy, HCPC-registered Educational Psychologist",
                ),
                (
                    "small",
                    "Independent practice, 4 Weavers Yard, Caldermoor - 01632 960377 - h.marchetti-vale@example.org",
                ),
                (
                    "title",
                    "Psychological Advice for the First-tier Tribunal (Special Educational Needs and Disability)",
                ),
                (
                    "kv",
                    [
                        (
                            "Young person",
                            "Callum Ashdown-Reyes, born 2 February 2011 (15 years 7 months)",
                        ),
                        ("School", "Brookvale Academy, Year 10 (on a reduced timetable)"),
                        ("Instructed by", "Mr and Mrs Ashdown-Reyes, appellants"),
                        ("Dates seen", "9 and 16 September 2026, at home and at Brookvale Academy"),
                    ],
                ),
                ("h", 1, "1. Background"),
                (
                    "p",
                    [
                        X(
                            "Callum was diagnosed with autism by the Caldermoor Child Development Service in March 2020, when he was nine.",
                            "history: diagnosis",
                        ),
                        X(
                            "He attended his local primary school, where he was described as quiet and compliant, and moved to Brookvale Academy in September 2022.",
                            "history",
                        ),
                        X(
                            "In primary school he did not speak at all in class for most of Year 4, but this selective mutism resolved by Year 5.",
                            "history: resolved difficulty",
                        ),
                        "His attendance fell sharply in the spring of Year 9, and since January 2026 he has attended for two hours a day, from 10.00 to 12.00, working in the school's inclusion room.",
                    ],
                ),
                ("h", 1, "2. Views of Callum and his parents"),
                (
                    "p",
                    [
                        "Callum told me that the corridors at Brookvale are 'like being inside a football crowd' and that he spends the night before school thinking about the walk from the gate to the inclusion room.",
                        "He said he would like to learn properly again, and that he is worried he will 'fail everything' because he has missed so much.",
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Mrs Ashdown told me that Callum's mornings are now calmer since the school agreed the later start time, and he no longer has to be coaxed out of bed.",
                            "progress: support already in place",
                        ),
                        "She said that after even the short days he comes home and goes straight to his room, and that most evenings 'something small sets him off'.",
                        "Mr Reyes said the family had visited both schools and felt that Ferncroft was 'kind but loud'.",
                    ],
                ),
                ("h", 1, "3. Assessment"),
                (
                    "p",
                    "I used the Wechsler Intelligence Scale for Children, fifth UK edition (WISC-V UK), the Behaviour Rating Inventory of Executive Function (BRIEF-2, parent and teacher forms) and the Revised Children's Anxiety and Depression Scale (RCADS), with observation in the inclusion room.",
                ),
                (
                    "grid",
                    [
                        ["WISC-V index", "Standard score", "Percentile", "Range"],
                        ["Verbal Comprehension", "118", "88", "High average"],
                        ["Visual Spatial", "109", "73", "Average"],
                        ["Fluid Reasoning", "112", "79", "High average"],
                        ["Working Memory", "94", "34", "Average"],
                        ["Processing Speed", "75", "5", "Very low"],
                    ],
                    [0.4, 0.2, 0.2, 0.2],
                ),
                (
                    "p",
                    [
                        X(
                            "His verbal comprehension and fluid reasoning scores are in the high average range, and he has an excellent vocabulary, particularly on technical subjects.",
                            "test result: strength",
                        ),
                        N(
                            "Although his reasoning is strong, Callum's processing speed is at the 5th centile, so he cannot keep pace with timed tasks, note-taking or copying from the board.",
                            "cognition_learning",
                            B_SLOW,
                        ),
                    ],
                ),
                ("h", 1, "4. Callum's needs"),
                (
                    "p",
                    [
                        N(
                            "Callum interprets language literally and misreads sarcasm, idiom and teachers' humour, which he often experiences as being mocked.",
                            "communication_interaction",
                            B_LIT,
                        ),
                        N(
                            "In unstructured groups he does not know how to enter a conversation, and he either remains silent or talks at length about military aircraft.",
                            "communication_interaction",
                            B_CONV,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Callum's anxiety is severe: his RCADS scores for panic and separation anxiety are in the clinical range, and he has physical symptoms of panic, nausea and trembling most school mornings and whenever he must enter a crowded space.",
                            "semh",
                            B_ANX,
                        ),
                        N(
                            "He masks his distress at school and releases it at home, where he has meltdowns lasting up to an hour on most days he has attended.",
                            "semh",
                            None,
                        ),
                        X(
                            "Staff at Brookvale describe him as polite and 'no trouble', which is consistent with masking rather than with an absence of need.",
                            "reason: interpretation of observation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "His executive functioning is a significant weakness: on the BRIEF-2 both parent and teacher ratings are in the clinically elevated range for initiating, planning and organising, and he cannot start a task, plan an extended piece of work or manage deadlines without an adult breaking it down.",
                            "cognition_learning",
                            None,
                        ),
                        N(
                            "Because he has attended so little since the spring of Year 9, Callum now has significant gaps in his knowledge of the maths and science curriculum.",
                            "cognition_learning",
                            B_GAPS,
                        ),
                        X(
                            "In English and history he has kept up well by reading at home, and his teacher's predicted grades in both are 6.",
                            "strength: progress",
                        ),
                    ],
                ),
                ("h", 1, "5. Recommended provision"),
                (
                    "p",
                    "I set out below the provision I consider Callum requires, with the staffing and time each needs and my reasons, in whichever school he attends.",
                ),
                (
                    "grid",
                    [
                        ["Provision", "Staffing and time", "Why"],
                        [
                            R(
                                "Callum should be taught in a class of no more than six students, all autistic and of broadly similar ability, with a teacher and a teaching assistant present throughout the day.",
                                "semh",
                                "less",
                                F_CLASS,
                            ),
                            "2 adults to 6 students (1:3), all lessons",
                            X(
                                "In a group of this size the noise level stays low enough for Callum to stay regulated and to keep his attention on learning.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "A named key adult, trained in autism and anxiety, should meet Callum at the gate each morning, check his anxiety on a 1 to 10 scale and agree the plan for the day.",
                                "semh",
                                "specific",
                                F_KEY,
                            ),
                            "1:1, 15 minutes daily at arrival",
                            X(
                                "The first minutes of the day set the level of anxiety for the rest of it.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "An adult should accompany Callum, 1:1, for every move between rooms and at break and lunch, using the quietest available route, until the move is complete.",
                                "semh",
                                "specific",
                                F_MOVE,
                            ),
                            "1:1 for transitions, about 40 minutes a day in total",
                            X(
                                "Almost every panic episode I observed or was told about began in a corridor or doorway.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Each extended task should be broken into numbered steps on a written checklist by the teaching assistant, who should check in with Callum at the end of each step.",
                                "cognition_learning",
                                "missing_from_f",
                            ),
                            "TA, in every lesson with written work, about 60 minutes a day",
                            X(
                                "This substitutes for the planning and self-starting that his executive functioning does not yet allow.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Catch-up teaching in maths and science, one to one or in a pair with a subject specialist teacher, should be given for three 50-minute sessions a week for the first two terms.",
                                "cognition_learning",
                                "not_specific",
                                F_CATCH,
                            ),
                            "Subject teacher, 1:1 or 1:2, 150 minutes a week",
                            X(
                                "His gaps are specific and uneven, so group revision would repeat what he knows and miss what he does not.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "He should have 25% extra time and a separate room for all tests and examinations.",
                                "cognition_learning",
                                "specific",
                                F_EXAMS,
                            ),
                            "Exams officer, each assessment",
                            "His processing speed is at the 5th centile.",
                        ],
                        [
                            R(
                                "Callum should be taught social understanding in a group of no more than four autistic students, led by a teacher trained in an approach such as Social Thinking, for one hour a week in school time.",
                                "communication_interaction",
                                "wrong_section",
                                H2_SOCIAL,
                                section="H2",
                            ),
                            "Trained teacher, 1:4, 60 minutes weekly",
                            X(
                                "He wants friends but does not yet have the skills to make them, and an evening club would add demand rather than teach.",
                                "reason for a recommendation",
                            ),
                        ],
                    ],
                    [0.46, 0.22, 0.32],
                ),
                (
                    "p",
                    [
                        R(
                            "I would also support the referral already made to CAMHS for anxiety-focused cognitive behavioural therapy, adapted for autistic young people, which is properly a health service matter.",
                            "semh",
                            "not_educational",
                            G_CBT,
                            section="G",
                        ),
                        X(
                            "A school counsellor was suggested by Brookvale, but Callum found talking therapy without visual structure confusing when he tried it in Year 9.",
                            "option tried and rejected",
                        ),
                    ],
                ),
                ("h", 1, "6. Options considered"),
                (
                    "p",
                    [
                        X(
                            "I first considered whether Callum could return full time to Brookvale Academy with additional support; in my opinion he could not, because the size of the site, the 1,400 students moving at once and the 50-minute lesson changes would keep him in a state of high anxiety however much adult support he had.",
                            "option considered and rejected",
                        ),
                        "The school has been supportive and flexible, but the reduced timetable has now run for nine months without any increase in his hours.",
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "I then considered Ferncroft School, the council's proposed placement, which I visited on 22 September: its classes are of 10 to 12 students with a broad range of learning needs, most working well below Callum's level, and all 160 students share one dining hall at lunch.",
                            "option considered: the council's placement",
                        ),
                        X(
                            "The staff are skilled and caring, but I do not think Callum would find academic peers there, and the GCSE options are limited to five subjects taught in mixed groups.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "I also looked at the alternative provision academy that Brookvale uses for students out of school, but its groups are of mixed ages and include students excluded for violence, which Callum would find frightening.",
                            "option considered and rejected",
                        ),
                        X(
                            "Education at home with tutors was also discussed; although Callum would find it easier at first, it would remove any chance to practise being with other young people and would make a later return to school harder.",
                            "option considered and rejected",
                        ),
                        X(
                            "In my opinion Callum's needs would be best met at Hollins Lea School, where classes are of six autistic students of similar ability and the site is small and quiet.",
                            "placement view (Section I), not a provision",
                        ),
                    ],
                ),
                ("h", 1, "7. Statement of truth"),
                (
                    "p",
                    "I understand my duty to the Tribunal and confirm that the opinions expressed are my own. Dr Helena Marchetti-Vale, 30 September 2026.",
                ),
            ],
        ),
        dict(
            file=OT,
            footer="Abernethy Occupational Therapy - sensory integration assessment - Callum Ashdown-Reyes - page {n} of {m}",
            author="R Abernethy",
            title="Occupational therapy report - Callum Ashdown-Reyes",
            accent="2E6B4F",
            sans=True,
            blocks=[
                ("org", "Abernethy Occupational Therapy"),
                (
                    "small",
                    "Ruth Abernethy BSc (Hons) OT, PG Cert Sensory Integration, HCPC OT71428 - 01632 960391 - ruth@abernethy-ot.example.org",
                ),
                ("title", "Occupational Therapy and Sensory Integration Assessment"),
                (
                    "p",
                    "Callum Ashdown-Reyes, 15 years. Seen at home on 11 August 2026 and at Brookvale Academy on 4 September 2026. Requested by Callum's parents.",
                ),
                ("h", 2, "Assessments used"),
                (
                    "bul",
                    [
                        "Sensory Processing Measure, second edition (SPM-2), adolescent self-report and parent forms",
                        "Detailed Assessment of Speed of Handwriting 17+ (DASH 17+)",
                        "Clinical observations of praxis, postural control and bilateral coordination",
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Callum's postural control, balance and coordination were within normal limits, and he was able to copy complex sequences of movement easily.",
                            "assessment result: no need",
                        ),
                        X(
                            "His mother reported that as a young child he could not bear clothing labels or seams, but this has eased and he now dresses without difficulty.",
                            "history: resolved difficulty",
                        ),
                    ],
                ),
                ("h", 2, "What I found"),
                (
                    "bul",
                    [
                        N(
                            "Callum is markedly over-responsive to sound; in the Brookvale corridor at lesson change his heart rate rose sharply and he covered his ears and pressed against the wall within two minutes.",
                            "sensory_physical",
                            B_NOISE,
                        ),
                        N(
                            "He is under-responsive to interoceptive signals and often does not notice hunger, thirst or the need to use the toilet until they are urgent, which adds to his distress late in the morning.",
                            "sensory_physical",
                            B_BODY,
                        ),
                        N(
                            "His handwriting speed is 9 words a minute on the DASH 17+, well below the 5th centile for his age, and he reports an aching hand after ten minutes of writing.",
                            "sensory_physical",
                            B_HAND,
                        ),
                        X(
                            "His keyboard skills are already reasonable: he types about 18 words a minute with two fingers.",
                            "assessment result: strength",
                        ),
                    ],
                ),
                ("h", 2, "My recommendations"),
                (
                    "p",
                    "The recommendations below are for school; I have given the reason for each alongside it.",
                ),
                (
                    "bul",
                    [
                        [
                            R(
                                "Callum needs a sensory regulation programme of movement and deep-pressure activities, three times a day for 10 minutes (on arrival, before lunch and mid-afternoon), set up by an occupational therapist and delivered by a trained teaching assistant, with the therapist reviewing it every half term.",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            "This lowers his overall level of arousal so that ordinary noise is less likely to tip him into panic.",
                        ],
                        [
                            R(
                                "He should keep noise-cancelling headphones with him at all times and eat lunch in a quiet room with a small group of no more than three others.",
                                "sensory_physical",
                                "specific",
                                F_LUNCH,
                            ),
                            X(
                                "The headphones he was given in June have already reduced the number of times he leaves lessons.",
                                "support already in place: progress",
                            ),
                        ],
                        [
                            R(
                                "A vibrating watch, set to prompt him every 90 minutes to eat, drink and use the toilet, should be checked by his key adult at break and lunch.",
                                "sensory_physical",
                                "specific",
                                F_WATCH,
                            ),
                            "He cannot rely on his body's signals, so the prompt has to come from outside.",
                        ],
                        [
                            R(
                                "Callum should use a laptop for all extended writing and be taught touch-typing for 15 minutes a day until he reaches 25 words a minute.",
                                "cognition_learning",
                                "not_specific",
                                F_LAPTOP,
                            ),
                            "Typing removes both the pain and the speed problem, and touch-typing will serve him at college too.",
                        ],
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "I considered whether Callum would benefit from clinic-based Ayres Sensory Integration therapy, but at 15, and with his anxiety about new places, I think a programme built into his school day will do more good.",
                            "option considered and rejected",
                        ),
                        X(
                            "A weighted vest was also considered and not recommended, because Callum found it embarrassing when he tried one at home.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "At home, a weighted blanket and the same wind-down routine each evening may help Callum to settle to sleep.",
                            "sensory_physical",
                            "not_educational",
                        ),
                        "Ruth Abernethy, Occupational Therapist, 20 August 2026.",
                    ],
                ),
            ],
        ),
    ],
)
