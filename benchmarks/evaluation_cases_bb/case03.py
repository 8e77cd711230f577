# ruff: noqa: E501
"""case-evalbb-03: Kestermere Council; Priya Dassanayake, 17, autistic, with moderate
learning difficulties, Year 13 at a special school sixth form, moving to a college supported
internship. Layout "letter-bracketed-number-paragraph-codes": shaded band headings "Section
B: Special educational needs", and every paragraph coded with its section letter and a
bracketed number, "B(3)", "F(7)", "H2(1)"."""

from common import NAMES, N, R, X

B_TIME = "Priya needs time to take in what is said to her and can lose track if she is given several instructions together."
B_HELP = "She does not usually ask for help when she needs it."
B_CHANGE = "Priya becomes very anxious when plans change without warning, and she may walk off to find somewhere quiet."
B_MONEY = "Priya reads simple texts and can add up prices with a calculator, but she finds giving and checking change hard."
B_TRAVEL = "Priya is learning to travel on her own but can get stuck if something goes wrong on the journey."
B_CUES = "Priya can find it hard to pick up on how other people are feeling, and she may come across as blunt."
B_STEPS = "She forgets tasks with several steps unless they are written down for her."
B_CONF = (
    "Priya does not believe she can get a job, and this can stop her having a go at new things."
)

F_COACH = "Job coach support on placement. Full time for the first two weeks of each rotation, then one visit a week."
F_TASKS = "written and photo task list for every job on placement, made by the job coach with the host employer before each rotation starts"
F_CHECKIN = "A named tutor will meet Priya for 10 minutes at the start of every college day to go through her day."
F_TEXT = "Priya will be sent a text the evening before any change to her timetable, placement or transport."
F_INSTR = "Staff will give Priya one instruction at a time and wait at least ten seconds for her to answer before they say it again."
F_EAR = "Priya will wear her earplugs at work when she chooses, and her breaks will be in a quiet staff room agreed with the host employer."
F_TRAVEL = "Independent travel training will be offered."
F_MATHS = "English and maths in a small group as part of her study programme."

G_GP = "Priya's GP has referred her to the Kestermere adult mental health transition service for an assessment of her anxiety."
H2_GROUP = "Priya may join the Kestermere Youth Service's weekly Next Steps group, which helps young people build confidence about work."

AR = "annual_review_report.docx"
EP = "educational_psychology_advice.pdf"


def _h(sid: str) -> tuple:
    return ("H", sid, f"Section {sid}: {NAMES[sid]}", "band")


CASE = dict(
    name="case-evalbb-03",
    layout="letter-bracketed-number-paragraph-codes",
    summary=(
        "Kestermere Council; Priya Dassanayake, 17, autistic, with moderate learning difficulties, Year 13 at Thornbury "
        "Vale School sixth form, moving to the supported internship at Cresswell College with Marlowe General Hospital "
        "as host employer. Shaded band headings 'Section B: Special educational needs'; every paragraph coded with its "
        "letter and a bracketed number ('B(3)', 'F(7)'). The school's annual review report (.docx, first person plural, "
        "bullets with the reasons mixed in, a progress table) and the council's educational psychologist's advice (.pdf, "
        "Priya's views in reported speech, needs and recommendations in the third person, options considered)."
    ),
    note=(
        "A weekly mentoring session at college with a careers adviser, recommended by the educational psychologist, "
        "stands in H2 as a youth service group: provision in the wrong section. The GP's referral to the adult mental "
        "health transition service in G is health provision. Job coaching for two weeks then weekly visits is less than "
        "full-time 1:1 for four weeks of each rotation with a written fading plan."
    ),
    plan=dict(
        file="plan.pdf",
        style="folder",
        header="Kestermere Council  EHC Plan  Priya Dassanayake  Page {n} of {m}",
        footer="Amended following the post-16 phase transfer review of 4 November 2026. Final plan issued 2 December 2026.",
        author="Kestermere Council SEND Service",
        title="EHC Plan - Priya Dassanayake",
        accent="245B3E",
        blocks=[
            ("org", "Kestermere Council - SEND and Preparing for Adulthood Service"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Young person", "Priya Dassanayake"),
                    ("Date of birth", "3 March 2009"),
                    ("NHS number", "999 851 4462"),
                    ("Current placement", "Thornbury Vale School sixth form, Year 13"),
                    ("Parent", "Mrs Anoma Dassanayake"),
                    (
                        "Key worker",
                        "Ms Jenna Hollinshead, 01632 960733, pfa@kestermere.example.org",
                    ),
                ],
            ),
            _h("A"),
            (
                "np",
                "A(1)",
                (
                    "S",
                    "A",
                    "In Priya's words: 'I like things tidy and in the right place. I want a real job, maybe in a hospital, and my own money.'",
                ),
            ),
            (
                "np",
                "A(2)",
                "Priya enjoys drawing, sorting her collection of enamel badges and watching cookery programmes. Her mum would like her to be able to travel on her own, to work and to have friends outside the family.",
            ),
            _h("B"),
            ("np", "B(1)", ("S", "B", "Priya is autistic and has moderate learning difficulties.")),
            ("np", "B(2)", B_TIME),
            ("np", "B(3)", B_HELP),
            ("np", "B(4)", B_CUES),
            ("np", "B(5)", B_CHANGE),
            ("np", "B(6)", B_CONF),
            ("np", "B(7)", [B_MONEY, B_STEPS]),
            ("np", "B(8)", B_TRAVEL),
            _h("C"),
            (
                "np",
                "C(1)",
                (
                    "S",
                    "C",
                    "Priya has anxiety, for which her GP has made a referral, and she has an annual learning disability health check.",
                ),
            ),
            _h("D"),
            (
                "np",
                "D(1)",
                (
                    "S",
                    "D",
                    "Priya has been referred to the council's transitions social work team for an assessment under the Care Act 2014 before she is 18.",
                ),
            ),
            _h("E"),
            (
                "np",
                "E(1)",
                (
                    "S",
                    "E",
                    "By July 2028, Priya will complete three job rotations on her supported internship and be ready to apply for paid work.",
                ),
            ),
            (
                "np",
                "E(2)",
                "By July 2028, Priya will travel on her own from home to her placement and to college, and know what to do if her bus is late.",
            ),
            (
                "np",
                "E(3)",
                "By July 2028, Priya will ask a supervisor for help when she is stuck, without a prompt from her job coach.",
            ),
            (
                "np",
                "E(4)",
                "By July 2028, Priya will pay for items in a shop and check her change.",
            ),
            _h("F"),
            (
                "np",
                "F(1)",
                (
                    "S",
                    "F",
                    "From September 2027 Cresswell College will make the following provision, at college and on placement.",
                ),
            ),
            ("np", "F(2)", ("F", F_COACH, True)),
            ("np", "F(3)", ("F", F_TASKS, True)),
            ("np", "F(4)", ("F", F_CHECKIN, True)),
            ("np", "F(5)", ("F", F_TEXT, True)),
            ("np", "F(6)", ("F", F_INSTR, True)),
            ("np", "F(7)", ("F", F_EAR, True)),
            ("np", "F(8)", ("F", F_TRAVEL, False)),
            ("np", "F(9)", ("F", F_MATHS, False)),
            _h("G"),
            ("np", "G(1)", ("S", "G", G_GP)),
            (
                "np",
                "G(2)",
                "Priya's GP will carry out her annual learning disability health check.",
            ),
            _h("H1"),
            ("np", "H1(1)", ("S", "H1", "None.")),
            _h("H2"),
            ("np", "H2(1)", ("S", "H2", H2_GROUP)),
            _h("I"),
            (
                "np",
                "I(1)",
                (
                    "S",
                    "I",
                    "Cresswell College (general further education college): Supported Internship programme, with Marlowe General Hospital as host employer, from September 2027.",
                ),
            ),
            _h("J"),
            ("np", "J(1)", ("S", "J", "No personal budget has been requested.")),
            _h("K"),
            (
                "np",
                "K(1)",
                (
                    "S",
                    "K",
                    "Annual review report from Thornbury Vale School (October 2026); advice from Ms Imogen Farrow-Baptiste, educational psychologist (October 2026); Priya's and her mother's views.",
                ),
            ),
        ],
    ),
    reports=[
        dict(
            file=AR,
            footer="Thornbury Vale School - annual review report (post-16 phase transfer) - Priya Dassanayake",
            author="Thornbury Vale School",
            title="Annual review report - Priya Dassanayake",
            accent="8A1C3B",
            blocks=[
                ("org", "Thornbury Vale School - Sixth Form"),
                (
                    "small",
                    "Mill Lane, Kestermere - 01632 960748 - office@thornburyvale.example.org",
                ),
                ("title", "Annual Review Report: Post-16 Phase Transfer"),
                (
                    "kv",
                    [
                        ("Student", "Priya Dassanayake, Year 13"),
                        ("Date of review meeting", "4 November 2026"),
                        (
                            "Present",
                            "Priya; Mrs Dassanayake; Mr Cole Whitbread (Head of Sixth Form); Ms Jenna Hollinshead (Kestermere PfA key worker); Mr Dev Lakhani (Cresswell College supported internship lead)",
                        ),
                    ],
                ),
                ("h", 1, "About Priya"),
                (
                    "p",
                    [
                        X(
                            "Priya joined Thornbury Vale in Year 7 from a mainstream primary school, two years after she was diagnosed with autism.",
                            "history",
                        ),
                        X(
                            "She is one of the most reliable students in the sixth form: she is never late, she takes great care with her work and she is always accurate when sorting and labelling stock in our school café.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 1, "Progress against the outcomes in her plan"),
                (
                    "grid",
                    [
                        ["Outcome in the current plan", "Progress this year"],
                        [
                            "To pass Entry Level 2 English and maths",
                            X(
                                "Priya passed both in June 2026 and has also passed Entry Level 3 ICT.",
                                "test result: progress",
                            ),
                        ],
                        [
                            "To travel to school on her own",
                            X(
                                "Since March she has travelled to school alone on the number 14 bus every day.",
                                "progress",
                            ),
                        ],
                        [
                            "To speak to unfamiliar adults in school",
                            X(
                                "Priya did not speak to any adult outside her class in Year 9, but she now speaks to visitors and to office staff without being prompted.",
                                "history: resolved difficulty",
                            ),
                        ],
                    ],
                    [0.4, 0.6],
                ),
                ("h", 1, "What Priya still finds difficult"),
                (
                    "p",
                    "We have seen the following this year, in school and on her work experience:",
                ),
                (
                    "bul",
                    [
                        N(
                            "Priya understands most everyday instructions but needs extra processing time, and she often does not respond if more than one instruction is given at once.",
                            "communication_interaction",
                            B_TIME,
                        ),
                        N(
                            "She rarely asks for help, even when she is stuck, and will wait silently until an adult notices.",
                            "communication_interaction",
                            B_HELP,
                        ),
                        N(
                            "Unexpected changes to her routine, such as a cover teacher or a late bus, cause her high anxiety, and she may leave the room and hide.",
                            "semh",
                            B_CHANGE,
                        ),
                        N(
                            "Her reading is at around the level of a nine-year-old, and she can add prices with a calculator up to £20, but she cannot yet work out or check change.",
                            "cognition_learning",
                            B_MONEY,
                        ),
                        N(
                            "She can travel on one familiar bus route, but she freezes if the bus is late or does not come.",
                            "sensory_physical",
                            B_TRAVEL,
                        ),
                        N(
                            "Priya finds the noise and unpredictability of busy public places very hard; on her taster day she shut down completely in the college canteen and could not speak for twenty minutes.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "On Thursdays Priya works in the school café with a teaching assistant beside her, and her mum already texts her each evening about the next day.",
                            "support already in place",
                        ),
                        X(
                            "Her meltdowns at home, which were frequent in Year 10, are now rare, her mum told us.",
                            "history: resolved difficulty",
                        ),
                    ],
                ),
                ("h", 1, "Options we discussed"),
                (
                    "bul",
                    [
                        X(
                            "Staying on at Thornbury Vale for a fourth year in the sixth form: we do not think this is right for Priya, as she has outgrown it and wants to work.",
                            "option considered and rejected",
                        ),
                        X(
                            "A Level 1 retail course at Cresswell's main campus was looked at; Priya did not want it, and the classes of 18 would be too big and too noisy for her.",
                            "option considered and rejected",
                        ),
                        X(
                            "A day service placement was not considered appropriate, because Priya has a clear goal of paid work.",
                            "option considered and rejected",
                        ),
                        "Everyone at the meeting agreed that the supported internship at Cresswell College, based at Marlowe General Hospital, is the right next step.",
                    ],
                ),
                ("h", 1, "What we recommend for college"),
                ("p", "We recommend the following for Priya's move to college, with our reasons:"),
                (
                    "bul",
                    [
                        [
                            R(
                                "A job coach should support Priya on placement full time (1:1) for the first four weeks of each rotation, fading in agreed steps, with the fading plan written down and reviewed every half term.",
                                "cognition_learning",
                                "less",
                                F_COACH,
                            ),
                            X(
                                "In the café it took about four weeks before Priya could work without an adult beside her.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "She needs travel training from a trained travel trainer, three mornings a week for the first term, covering the bus to the hospital and what to do if a bus is late or cancelled.",
                                "sensory_physical",
                                "not_specific",
                                F_TRAVEL,
                            ),
                            "The hospital route needs two buses, which is new for her.",
                        ],
                        [
                            R(
                                "The job coach should prepare a written and pictorial task list with the host employer for each job role, before each rotation starts.",
                                "cognition_learning",
                                "specific",
                                F_TASKS,
                            ),
                        ],
                        [
                            R(
                                "Priya should have a named member of college staff she can go to, with a 10-minute check-in at the start of each college day.",
                                "semh",
                                "specific",
                                F_CHECKIN,
                            ),
                            "She manages the day far better once she knows exactly what is in it.",
                        ],
                        [
                            R(
                                "Any change to her timetable, placement or transport should be sent to her by text the evening before.",
                                "semh",
                                "specific",
                                F_TEXT,
                            ),
                        ],
                        [
                            R(
                                "English and maths should be taught at Entry Level 3 Functional Skills in a group of no more than eight, for two hours a week each.",
                                "cognition_learning",
                                "not_specific",
                                F_MATHS,
                            ),
                            X(
                                "She has just passed Entry Level 2 and is ready for the next level.",
                                "reason: test result",
                            ),
                        ],
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "At home, it would help if Priya paid for the family's weekly shop with cash and checked the change.",
                            "cognition_learning",
                            "not_educational",
                        ),
                        "Cole Whitbread, Head of Sixth Form, for Thornbury Vale School, 11 November 2026.",
                    ],
                ),
            ],
        ),
        dict(
            file=EP,
            style="folder",
            header="Kestermere Educational Psychology Service  |  Page {n} of {m}",
            footer="Educational psychology advice (reg 6(1)(d)) - Priya Dassanayake - OFFICIAL SENSITIVE",
            author="I Farrow-Baptiste",
            title="Educational psychology advice - Priya Dassanayake",
            accent="3B4C8C",
            blocks=[
                ("org", "Kestermere Educational Psychology Service"),
                ("small", "Civic Offices, Kestermere - 01632 960760 - eps@kestermere.example.org"),
                ("title", "Educational Psychology Advice: Preparing for Adulthood"),
                (
                    "p",
                    "Young person: Priya Dassanayake (17). Seen at Thornbury Vale School on 7 and 14 October 2026 and at Marlowe General Hospital's stores department on 21 October 2026 during a work taster.",
                ),
                ("h", 1, "Priya's views"),
                (
                    "p",
                    [
                        "Priya told me that she would like to work in a hospital stores department 'where everything has a proper place', and that she wants to earn her own money to buy badges and a tablet.",
                        "She said that she does not like it when people 'talk in riddles' and that she does not know what to say when somebody says hello at work.",
                        "Mrs Dassanayake said that she worries about Priya's safety when she is out on her own and online.",
                    ],
                ),
                ("h", 1, "Assessment"),
                (
                    "p",
                    [
                        X(
                            "On the British Ability Scales (third edition), Priya's general conceptual ability score was 64, in the very low range, with a relative strength in pattern construction at the 21st centile.",
                            "test result: strength",
                        ),
                        N(
                            "Her working memory is very weak (2nd centile), so she forgets job tasks with several steps unless they are broken down and written or pictured.",
                            "cognition_learning",
                            B_STEPS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Priya's social communication difficulties mean that she does not read workplace cues such as a supervisor's tone of voice or when a conversation has ended, and customers may find her abrupt.",
                            "communication_interaction",
                            B_CUES,
                        ),
                        N(
                            "Priya has a limited understanding of personal safety, online and with strangers, and she recently gave her home address to someone she met in a game chat.",
                            "semh",
                            None,
                        ),
                        N(
                            "She has low self-esteem about work, describing herself as 'not clever enough for a job', and this stops her trying new tasks.",
                            "semh",
                            B_CONF,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "At the stores taster she checked a delivery against the order list without a single error and was praised by the supervisor.",
                            "strength",
                        ),
                        X(
                            "Priya's earlier difficulty with eating in front of others has resolved, and she now eats lunch in the sixth form common room.",
                            "history: resolved difficulty",
                        ),
                    ],
                ),
                ("h", 1, "Options considered"),
                (
                    "p",
                    [
                        X(
                            "An apprenticeship was considered, but the Level 2 English and maths requirement and the off-the-job learning would not suit Priya at this stage.",
                            "option considered and rejected",
                        ),
                        X(
                            "A traineeship was also looked at; it is shorter than a supported internship and offers much less job coaching, so it would not give Priya time to learn a job in the place where she would do it.",
                            "option considered and rejected",
                        ),
                        X(
                            "I agree with the review meeting that a supported internship is the most suitable route, because it teaches the job in the place where it is done.",
                            "placement view, not a provision",
                        ),
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "p",
                    [
                        R(
                            "Priya will need explicit teaching of personal safety, including online safety and what to share with people she does not know, in a weekly 45-minute session with a tutor in a group of no more than four.",
                            "semh",
                            "missing_from_f",
                        ),
                        R(
                            "She will also need workplace social communication teaching, with scripts for greeting customers, asking a supervisor for help and knowing when a conversation has ended, practised through video modelling for 30 minutes twice a week.",
                            "communication_interaction",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Priya should have a weekly 30-minute mentoring session at college with a trained careers adviser, to set small work goals and look back at what went well.",
                            "semh",
                            "wrong_section",
                            H2_GROUP,
                            section="H2",
                        ),
                        X(
                            "Her belief that she cannot work is now a bigger barrier to her progress than any gap in her skills.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Staff should give Priya one instruction at a time and wait at least ten seconds before repeating it.",
                            "communication_interaction",
                            "specific",
                            F_INSTR,
                        ),
                        R(
                            "Priya should be allowed to wear her earplugs at work and to take her breaks in a quiet room agreed with the host employer.",
                            "sensory_physical",
                            "specific",
                            F_EAR,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "I support the GP's referral to the adult mental health transition service for her anxiety, which is a health matter.",
                            "health",
                            "not_educational",
                            G_GP,
                            section="G",
                        ),
                    ],
                ),
                (
                    "sig",
                    [
                        "Imogen Farrow-Baptiste",
                        "Educational Psychologist, HCPC PYL05582",
                        "28 October 2026",
                    ],
                ),
            ],
        ),
    ],
)
