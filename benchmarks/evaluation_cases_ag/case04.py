# ruff: noqa: E501
"""case-evalag-04: Carrowdale County Council; Amira Qureshi-Dale, 10, Year 6 at a
mainstream primary school, moving to secondary school in September 2027. Autistic,
language disorder, coordination difficulties, sensory sensitivities.

Layout "step-of-total-headings": the plan is a PDF printed from the council's online plan
system, which numbers each part as a step of the form the caseworker filled in ("Step 2 of
12: Special educational needs"), with no section letters; under Step 6 each provision is a
numbered block of labelled lines (What / Who / How often). Reports: an independent
occupational therapist's report (a recommendation table with an options-considered
column), the council's Communication and Autism Team advice, and the SENCo's advice.
"""

B_AUT = "Amira is autistic and has a language disorder. She finds it hard to understand and use language, particularly in group discussions and when language is abstract."
B_HELP = "She does not always ask for help when she has not understood."
B_SOC = (
    "Amira has a small group of friends but finds it hard to manage disagreements and may withdraw."
)
B_ANX = (
    "Amira is worried about moving to secondary school, and her anxiety has increased this year."
)
B_LIT = "Amira reads fluently, but her understanding of what she reads is weaker, especially when she has to infer."
B_SENS = (
    "She is sensitive to bright light and busy visual displays, and to the feel of some fabrics."
)
B_MOTOR = "Amira has difficulties with coordination, which affect her handwriting, PE and dressing."

F_MOTOR = "A motor skills programme devised by an occupational therapist and delivered by a teaching assistant."
F_TYPE = "Access to a laptop for extended writing, and a touch-typing programme."
F_SEAT = "Seating away from the window and the interactive whiteboard, with a plain, uncluttered workspace."
F_ORG = "Help with organisation."
F_TRANS = "Two additional visits to her secondary school in the summer term of Year 6, with a photo booklet made with her teaching assistant."
F_PRE = "Pre-teaching of key vocabulary and concepts for science and topic work."
F_LFT = "A small-group Language for Thinking and reading comprehension group."
F_CHECK = "A daily check-in with a named key adult at the start of the morning, using a 1-to-5 worry scale."
F_HELP = "A help card on Amira's desk, which she can turn over to ask for help without speaking."
F_TA = "Teaching assistant support in class."
F_SOCIAL = "Opportunities to develop social skills."
G_LUNCH = "Amira will be able to eat her lunch in a quiet room with a small group of friends, supervised by a midday assistant."

OT = "independent_ot_report.docx"
CAT = "communication_autism_team_advice.pdf"
SENCO = "senco_advice.docx"

STEPS = {
    "A": "The views, interests and aspirations of the child and their parents",
    "B": "Special educational needs",
    "C": "Health needs related to special educational needs",
    "D": "Social care needs related to special educational needs or disability",
    "E": "Outcomes",
    "F": "Special educational provision",
    "G": "Health care provision",
    "H1": "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Other social care provision",
    "I": "Placement",
    "J": "Personal budget",
    "K": "Advice and information",
}


def _step(sid: str) -> tuple:
    """The system's step heading: its number out of twelve and the part's name."""
    n = list(STEPS).index(sid) + 1
    return ("H", sid, f"Step {n} of 12: {STEPS[sid]}", "h2")


def _prov(n: int, what: str, specific: bool, who: str, often: str, first: bool = False) -> list:
    """One provision as the system prints it: a numbered line, then What, Who and How often."""
    marker = ("F", what, specific)
    return [
        ("b", f"Provision 6.{n}"),
        ("lab", "What", ("S", "F", marker) if first else marker),
        ("lab", "Who", who),
        ("lab", "How often", often),
    ]


CASE = dict(
    name="case-evalag-04",
    layout="step-of-total-headings",
    summary=(
        "Carrowdale County Council; Amira Qureshi-Dale, 10, Year 6 at Fellside Primary School, "
        "secondary transfer in September 2027 (autism, language disorder, coordination "
        "difficulties, sensory sensitivities). A PDF printed from an online plan system: each part "
        "headed 'Step n of 12: <name>', with no letters; provisions as numbered What / Who / How "
        "often blocks. Independent OT report, council Communication and Autism Team advice, SENCo advice."
    ),
    note=(
        "Headings are the 'Step n of 12' lines. Each provision's text is its What line; its "
        "specificity is judged with its Who and How often lines. The quiet lunch room placed in "
        "Step 7 (health care provision) is wrong_section."
    ),
    plan=dict(
        file="plan.pdf",
        header="Carrowdale County Council - EHC Hub - Plan record 4471902 - printed 09/11/2026",
        footer="Amira Qureshi-Dale - Final EHC plan - page {n} of {m}",
        author="Carrowdale County Council",
        title="Final EHC plan",
        accent="245E73",
        sans=True,
        blocks=[
            ("org", "Carrowdale County Council"),
            ("title", "Final Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Child's name", "Amira Qureshi-Dale"),
                    ("Date of birth", "19/01/2016"),
                    ("Current school", "Fellside Primary School (Year 6)"),
                    ("Plan type", "Final plan - phase transfer review"),
                    (
                        "Caseworker",
                        "Gareth Lindqvist, 01632 960190, send.casework@carrowdale.example.org",
                    ),
                ],
            ),
            _step("A"),
            (
                "S",
                "A",
                "Amira enjoys baking, reading fantasy novels and looking after her guinea pigs, Pepper and Salt.",
            ),
            (
                "p",
                "Amira says she wants a secondary school 'where the corridors aren't a stampede'. Her parents want her to have the same chances as her friends and to be understood when she goes quiet.",
            ),
            (
                "p",
                "Amira's story so far: she started at Fellside Primary School in Reception and has had support at SEN support since Year 1. Her EHC plan was first issued in May 2023, in Year 3. This plan has been amended following her Year 6 phase transfer review on 14 October 2026.",
            ),
            (
                "p",
                "What people like and admire about Amira: she is honest, funny and very knowledgeable about animals, and she is a reliable class librarian.",
            ),
            _step("B"),
            ("S", "B", B_AUT),
            ("p", [B_HELP, B_SOC]),
            ("p", B_ANX),
            ("p", B_LIT),
            ("p", [B_SENS, B_MOTOR]),
            (
                "p",
                "Amira is working at the expected standard in mathematics and at a level approaching the expected standard in reading and writing.",
            ),
            _step("C"),
            (
                "S",
                "C",
                "Amira was diagnosed with autism in 2022 by the Carrowdale Neurodevelopmental Service. A referral for assessment of developmental coordination disorder has been made to the community paediatrician.",
            ),
            _step("D"),
            ("S", "D", "Amira's family have not asked for a social care assessment."),
            _step("E"),
            (
                "S",
                "E",
                "By the end of Year 6, Amira will use her help card or ask an adult for help in most lessons when she is stuck.",
            ),
            (
                "p",
                "By the end of the first term of Year 7, Amira will find her way to each lesson using her timetable and map.",
            ),
            ("p", "By July 2027, Amira will write a page of extended writing on a laptop."),
            ("pb",),
            (
                "p",
                "Outcomes for Year 7 will be reviewed and set in detail at Amira's first annual review at Carrowdale Academy.",
            ),
            _step("F"),
            (
                "p",
                "The provision below is to be made by Fellside Primary School until the end of Year 6.",
            ),
            *_prov(
                1,
                F_CHECK,
                True,
                "Named key adult (teaching assistant)",
                "Every school day, at 8.50 am",
                first=True,
            ),
            *_prov(2, F_HELP, True, "Class teacher", "In every lesson"),
            *_prov(
                3,
                F_TA,
                True,
                "Teaching assistant",
                "15 hours a week, mainly in English and topic lessons",
            ),
            *_prov(
                4,
                F_PRE,
                True,
                "Teaching assistant",
                "Twice a week for 15 minutes, before the lesson",
            ),
            *_prov(
                5,
                F_LFT,
                True,
                "Teaching assistant, group of up to five",
                "Twice a week for 20 minutes",
            ),
            *_prov(6, F_MOTOR, True, "Teaching assistant", "Three 20-minute sessions a week"),
            *_prov(
                7,
                F_TYPE,
                True,
                "Teaching assistant",
                "Typing programme for 15 minutes every school day; laptop available in all lessons",
            ),
            *_prov(8, F_SEAT, True, "Class teacher", "Every lesson"),
            *_prov(9, F_ORG, False, "School staff", "As needed"),
            *_prov(10, F_SOCIAL, False, "School staff", "Regularly"),
            *_prov(
                11, F_TRANS, True, "Teaching assistant and Year 7 pastoral lead", "Summer term 2027"
            ),
            _step("G"),
            ("S", "G", G_LUNCH),
            ("p", "Review by the community paediatrician following the coordination referral."),
            _step("H1"),
            ("S", "H1", "No provision is required."),
            _step("H2"),
            ("S", "H2", "No provision is required at this time."),
            _step("I"),
            (
                "S",
                "I",
                "Fellside Primary School, Moor Road, Carrowdale CW6 3ZT (mainstream) until 31 August 2027; Carrowdale Academy, Hollins Lane, Carrowdale CW2 8ZJ (mainstream secondary) from 1 September 2027.",
            ),
            _step("J"),
            ("S", "J", "A personal budget has not been requested."),
            _step("K"),
            (
                "S",
                "K",
                "Independent occupational therapy report (September 2026); Communication and Autism Team advice (October 2026); SENCo advice, Fellside Primary School (October 2026); parents' views (October 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=OT,
            author="Moira Teague",
            title="Independent occupational therapy assessment",
            footer="Teague Children's OT - Amira Qureshi-Dale",
            blocks=[
                ("org", "Teague Children's Occupational Therapy"),
                (
                    "small",
                    "Moira Teague, HCPC OT40872, 9 Orchard Court, Carrowdale CW4 1ZE - 01632 960964 - moira@teague-ot.example.org",
                ),
                ("title", "Independent occupational therapy assessment report"),
                (
                    "p",
                    "Amira was assessed at Fellside Primary School on 15 September 2026 and at home on 17 September 2026, at the request of her parents, who disagree with the council's decision not to include direct occupational therapy in her plan.",
                ),
                ("h", 2, "Declaration"),
                (
                    "p",
                    "I am an occupational therapist registered with the Health and Care Professions Council and have specialised in children's sensory and motor development since 2011. I understand that my duty in preparing this report is to the Tribunal, and that this duty overrides any obligation to the person who instructed or paid me. I have set out the facts and matters on which my opinions are based, and I have said where a matter is outside my expertise.",
                ),
                ("h", 2, "1. Assessment results"),
                (
                    "p",
                    [
                        (
                            "X",
                            "On the Movement ABC-2 Amira's total score was at the 2nd percentile.",
                            "test result",
                        ),
                        (
                            "N",
                            "Her manual dexterity and balance are well below those expected for her age, so that handwriting, cutting, fastening buttons and changing for PE all take her much longer than her classmates.",
                            "sensory_physical",
                            B_MOTOR,
                        ),
                        "This profile is consistent with developmental coordination disorder, and I have written to her GP to support the paediatric referral.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Amira is over-responsive to visual input: fluorescent lighting, glare from the window and cluttered wall displays make it hard for her to focus on her work.",
                            "sensory_physical",
                            B_SENS,
                        ),
                        (
                            "X",
                            "Her sensitivity to clothing labels, which her parents say was severe when she was younger, is now well managed at home with seamless socks and label-free uniform.",
                            "resolved at home",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Amira is exhausted by the end of the school day; her mother describes her lying on the floor in silence for an hour after school, and she has stopped going to Brownies because she is too tired.",
                            "semh",
                            None,
                        ),
                        (
                            "N",
                            "She has marked difficulty organising herself: she regularly loses her equipment and cannot plan the steps of a task such as getting changed for PE without an adult prompting each step.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    "I watched Amira change for PE. She took just over eleven minutes, against about four minutes for the rest of the class, and she needed three prompts from her teaching assistant to put her clothes on in the right order. In the lesson itself she avoided the ball activity by offering to collect the cones. In a handwriting task afterwards she wrote 31 letters a minute when copying, which is well below the speed expected in Year 6, and her letters were uneven in size and spacing.",
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Amira told me that she is 'rubbish at PE' and that she would rather be in the library.",
                            "child's view",
                        ),
                    ],
                ),
                ("h", 2, "2. The current plan"),
                (
                    "p",
                    [
                        (
                            "X",
                            "The plan currently provides 'A motor skills programme devised by an occupational therapist', but no occupational therapist has seen Amira in school, and the council's advice said that her needs could be met by the school's own fine motor group.",
                            "quotation of the current plan and the council's advice",
                        ),
                        (
                            "X",
                            "I do not agree: a general fine motor group is aimed at younger children with immature skills, not at a child with a coordination disorder who needs her tasks analysed and adapted.",
                            "argument against the council's advice",
                        ),
                    ],
                ),
                ("h", 2, "3. Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Options considered", "Reason"],
                        [
                            (
                                "R",
                                "A block of eight weekly 45-minute sessions from an occupational therapist in school, to assess tasks and set up a motor skills programme, followed by the programme delivered by a teaching assistant three times a week for 20 minutes.",
                                "sensory_physical",
                                "less",
                                F_MOTOR,
                            ),
                            "A programme written from a report alone was considered and rejected.",
                            "The programme must be built on how Amira actually moves.",
                        ],
                        [
                            (
                                "R",
                                "A touch-typing programme for 15 minutes a day, and a laptop for all extended writing from the spring term of Year 6.",
                                "sensory_physical",
                                "specific",
                                F_TYPE,
                            ),
                            (
                                "X",
                                "A sloped writing board was tried; Amira found it uncomfortable and it is not recommended.",
                                "option tried and not recommended",
                            ),
                            "Typing removes the physical load of handwriting.",
                        ],
                        [
                            (
                                "R",
                                "Seating away from the window and the whiteboard, with a clear workspace and fewer displays near her.",
                                "sensory_physical",
                                "specific",
                                F_SEAT,
                            ),
                            "Tinted overlays were considered but are not indicated.",
                            "Reduces visual overload.",
                        ],
                        [
                            (
                                "R",
                                "A 10-minute rest in a quiet space after lunch every day.",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            "A shorter school day was considered and rejected.",
                            "Manages fatigue so that she can learn in the afternoon.",
                        ],
                        [
                            (
                                "R",
                                "A picture checklist for changing for PE and a colour-coded equipment kit, taught by a teaching assistant for 10 minutes twice a week until Amira uses them on her own.",
                                "cognition_learning",
                                "not_specific",
                                F_ORG,
                            ),
                            "-",
                            "Builds the organisation she will need at secondary school.",
                        ],
                    ],
                    [0.46, 0.28, 0.26],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Outside school, Amira's parents may wish to look for a trampolining or swimming club, which would support her coordination and her confidence.",
                            "sensory_physical",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Moira Teague, Occupational Therapist, 29 September 2026"),
            ],
        ),
        dict(
            file=CAT,
            header="Carrowdale County Council - Communication and Autism Team",
            footer="CAT advice - A Qureshi-Dale - {n}",
            author="Carrowdale Communication and Autism Team",
            title="Advice",
            blocks=[
                ("org", "Carrowdale Communication and Autism Team"),
                ("title", "Specialist teacher advice: phase transfer review"),
                (
                    "small",
                    "Pupil: Amira Qureshi-Dale, Year 6, Fellside Primary School. Specialist teacher: Ms Bronwen Ashby. Date: 7 October 2026.",
                ),
                ("h", 2, "What we did"),
                (
                    "p",
                    [
                        (
                            "X",
                            "I observed Amira in a guided reading group and at lunchtime, and talked with her, her class teacher and her mother.",
                            "method",
                        ),
                        (
                            "X",
                            "The team has supported Fellside since Amira was in Year 3, and she has made good progress in using her now-and-next card and her calm plan.",
                            "history and progress",
                        ),
                    ],
                ),
                ("h", 2, "What we found"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Amira finds group discussion hard: she loses track when several people speak, and she did not contribute once in a 20-minute guided reading session.",
                            "communication_interaction",
                            B_AUT,
                        ),
                        (
                            "N",
                            "She interprets language literally and struggles to work out what is meant but not said, in both spoken and written language.",
                            "communication_interaction",
                            B_AUT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Amira's anxiety about moving to secondary school is high; she told me she has 'a list of 14 things that could go wrong'.",
                            "semh",
                            B_ANX,
                        ),
                        (
                            "N",
                            "At lunchtime Amira eats very little, often only a few bites of her packed lunch, because she finds the noise and smells of the dining hall overwhelming.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "Our advice"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "An enhanced transition programme: at least six extra visits to her secondary school in the summer term, a photo booklet, and a named key person at the secondary school whom she meets before September.",
                            "semh",
                            "less",
                            F_TRANS,
                        ),
                        (
                            "R",
                            "pre-teaching of key vocabulary for science and topic lessons, twice a week for 15 minutes",
                            "communication_interaction",
                            "specific",
                            F_PRE,
                        ),
                        (
                            "R",
                            "a small-group Language for Thinking or inference group, twice weekly for 20 minutes",
                            "communication_interaction",
                            "specific",
                            F_LFT,
                        ),
                        (
                            "R",
                            "Amira to be able to eat her lunch in a smaller, quieter room with two or three friends",
                            "sensory_physical",
                            "wrong_section",
                            G_LUNCH,
                            {"section": "G"},
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "We discussed with Amira's parents whether she should apply for the autism resource base at Carrowdale Academy; on balance they and we feel that the mainstream school, with the support above, is right for her.",
                            "option about placement, set aside",
                        ),
                    ],
                ),
            ],
        ),
        dict(
            file=SENCO,
            author="Fellside Primary School",
            title="SENCo advice",
            header="Fellside Primary School - Advice for phase transfer review",
            blocks=[
                ("org", "Fellside Primary School"),
                ("title", "SENCo advice: Amira Qureshi-Dale"),
                ("small", "Written by Mr Daniel Okoro, SENCo, 9 October 2026"),
                ("b", "Attainment and progress"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Amira is working at the expected standard in maths and is on track to meet it in the Key Stage 2 tests.",
                            "strength",
                        ),
                        (
                            "N",
                            "Her reading is fluent and accurate, but her comprehension is much weaker, particularly on questions that ask her to infer or to explain a character's feelings.",
                            "cognition_learning",
                            B_LIT,
                        ),
                    ],
                ),
                ("b", "Social and emotional"),
                (
                    "p",
                    [
                        (
                            "N",
                            "When there is a disagreement with her friends Amira withdraws, and twice this term she has hidden in the toilets until an adult found her.",
                            "semh",
                            B_SOC,
                        ),
                        (
                            "N",
                            "In lessons she will often sit quietly without starting work rather than tell an adult that she does not understand.",
                            "semh",
                            B_HELP,
                        ),
                    ],
                ),
                (
                    "p",
                    "Amira's attendance this year is 93%. Most absences were single days following difficult days at school, and her mother has kept in close touch with the class teacher.",
                ),
                (
                    "p",
                    "Amira has visited Carrowdale Academy once, with her class, on the Year 6 open morning in June 2026. She told her teacher afterwards that she liked the library but that the corridors were 'too full'.",
                ),
                ("b", "Support in place this year"),
                (
                    "grid",
                    [
                        ["Support", "Frequency", "Impact"],
                        [
                            "Teaching assistant in class",
                            "About 12 hours a week",
                            "Amira completes more work",
                        ],
                        ["Morning check-in", "Daily", "Calmer start to the day"],
                        ["Fine motor group (Year 3 and 4 pupils)", "Weekly", "Little change"],
                    ],
                    [0.45, 0.25, 0.3],
                ),
                ("b", "Recommendations from school"),
                (
                    "num",
                    [
                        (
                            "R",
                            "Continue the daily morning check-in with her key adult, using the worry scale.",
                            "semh",
                            "specific",
                            F_CHECK,
                        ),
                        (
                            "R",
                            "A help card on her desk so that she can ask for help without having to speak.",
                            "semh",
                            "specific",
                            F_HELP,
                        ),
                        (
                            "R",
                            "Teaching assistant support in class for 15 hours a week, focused on English and topic lessons.",
                            "cognition_learning",
                            "specific",
                            F_TA,
                        ),
                        (
                            "R",
                            "A weekly 30-minute social communication group ('Socially Speaking') with two or three other pupils.",
                            "communication_interaction",
                            "not_specific",
                            F_SOCIAL,
                        ),
                    ],
                ),
            ],
        ),
    ],
)
