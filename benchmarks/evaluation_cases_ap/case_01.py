# ruff: noqa: E501
"""case-evalap-01: Harlowmere County Council; Reuben Castellano-Price, 9, Year 4,
Duchenne muscular dystrophy. Layout "letter-with-responsible-agency-brackets": each
heading is "Section F (Education): Special educational provision", the agency that
answers for the section in brackets between the letter and the name."""

B_DMD = "Reuben has Duchenne muscular dystrophy, a condition that causes progressive weakness of his muscles; he tires quickly when walking and needs to sit and rest."
B_FLOOR = "He finds it hard to get up from the floor or from low seats and needs an adult nearby when he does so."
B_FALLS = "Reuben is at risk of falling, particularly on uneven ground and where there are many people moving around him."
B_WRITE = "His hand tires when he writes for more than a short time, which limits how much he records and means his written work is below the level of his reading."
B_PRACT = "He needs help with practical tasks during the day, such as carrying his lunch tray and opening packets."
B_MEMORY = "Reuben has some difficulty remembering instructions that have several steps."

F_TA = "A teaching assistant for 15 hours each week to help Reuben move around the school safely, at lunchtime and in PE, deployed at the times set out in his timetable."
F_CHAIR = "A school wheelchair kept at school for distances beyond the classroom (to the hall, the field and on trips), pushed by an adult trained in its use."
F_LIFT = "Reuben will leave each lesson five minutes early, with a friend, so that he can use the lift before the corridors fill."
F_PE = "Adapted PE each week planned by the PE lead; in the summer term this includes swimming once a fortnight with a teaching assistant beside him in the pool."
F_MANUAL = "Staff training in moving and handling."
F_TECH = "Reuben will have access to technology to support his recording."
F_MEMORY = "Small-group memory work with the SENCo, twice a week for 20 minutes, using the Working Memory Strategies pack, for the spring term 2027."
F_PLAY = "Opportunities to join in with playtime games."
G_STRETCH = "Daily stretches as set by the children's physiotherapist, carried out in school by a teaching assistant for 15 minutes every school day."
G_REVIEW = "Review by the children's physiotherapist in school once a term, with an updated programme after each visit."

PHYSIO = "physiotherapy_letter.pdf"
SCHOOL = "school_advice.docx"


def _h(sid: str, agency: str, name: str) -> tuple:
    return ("H", sid, f"Section {sid} ({agency}): {name}", "h2")


CASE_01 = dict(
    name="case-evalap-01",
    layout="letter-with-responsible-agency-brackets",
    summary=(
        "Harlowmere County Council; Reuben Castellano-Price, 9, Year 4 at Brackenfold Primary School "
        "(Duchenne muscular dystrophy: mobility, fatigue, falls, hand fatigue, worry about his condition). "
        "Each heading names the section's letter, then the agency answering for it in brackets, then its name: "
        '"Section F (Education): Special educational provision". NHS physiotherapy clinic letter; school advice '
        "with a recommendation table carrying an outcome column and a provision costing table."
    ),
    note="The stretching programme carried out by a teaching assistant stands in Section G (Health): wrong_section. The physiotherapist's own termly review in G is health provision.",
    plan=dict(
        file="plan.docx",
        footer="Harlowmere County Council - EHC plan - Reuben Castellano-Price - Final - OFFICIAL SENSITIVE",
        blocks=[
            ("org", "Harlowmere County Council - SEND Assessment and Planning Team"),
            ("title", "Education, Health and Care Plan (final)"),
            (
                "small",
                "Reuben Castellano-Price   DOB 17/06/2017   NHS number held on file   Plan issued 20 November 2026",
            ),
            (
                "small",
                "This plan is owned jointly by Harlowmere County Council (Education and Social Care) and NHS Harlowmere and Tessdale ICB (Health). The agency shown beside each section is responsible for its content.",
            ),
            _h("A", "Joint", "The views, interests and aspirations of Reuben and his parents"),
            (
                "S",
                "A",
                "Reuben likes Lego, football on the television (he supports Harlowmere Rovers) and making his friends laugh.",
            ),
            (
                "p",
                'He says: "I want to do the same things as everyone else, just a bit slower." His parents want him to stay at Brackenfold with his friends for as long as that is right for him, and to be listened to about his own care.',
            ),
            _h("B", "Education", "Special educational needs"),
            ("b", "Physical"),
            ("S", "B", B_DMD),
            ("p", [B_FLOOR, B_FALLS]),
            ("p", B_PRACT),
            ("b", "Learning"),
            ("p", [B_WRITE, B_MEMORY]),
            ("p", "Reuben reads well and enjoys reading, and this is a strength to build on."),
            _h("C", "Health", "Health needs relating to Reuben's special educational needs"),
            (
                "S",
                "C",
                "Reuben is under the care of the neuromuscular service at Harlowmere General Hospital and takes a daily steroid (deflazacort) at home.",
            ),
            ("p", "He wears night splints and has an annual cardiac and respiratory review."),
            _h(
                "D",
                "Social Care",
                "Social care needs relating to Reuben's special educational needs or disability",
            ),
            (
                "S",
                "D",
                "The family have been assessed by the Children with Disabilities Team; adaptations to the family home (a downstairs bathroom) are being planned.",
            ),
            ("pb",),
            _h("E", "Joint", "Outcomes"),
            (
                "S",
                "E",
                "By July 2027 Reuben will move around the school safely, using his wheelchair for longer distances, without a fall that causes injury.",
            ),
            (
                "p",
                "By July 2027 Reuben will produce a page of written work in a lesson using the method that suits him best.",
            ),
            _h("F", "Education", "Special educational provision"),
            (
                "S",
                "F",
                "Brackenfold Primary School will make the following provision from its notional SEN budget and top-up funding agreed by the council.",
            ),
            (
                "bul",
                [
                    ("F", F_TA, True),
                    ("F", F_CHAIR, True),
                    ("F", F_LIFT, True),
                    ("F", F_PE, True),
                    ("F", F_MANUAL, False),
                    ("F", F_TECH, False),
                    ("F", F_MEMORY, True),
                    ("F", F_PLAY, False),
                ],
            ),
            ("pb",),
            _h("G", "Health", "Health provision"),
            ("S", "G", G_REVIEW),
            ("p", G_STRETCH),
            (
                "p",
                "Neuromuscular clinic review every six months at Harlowmere General Hospital; night splints provided and refitted by the orthotics service.",
            ),
            _h(
                "H1",
                "Social Care",
                "Provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            (
                "S",
                "H1",
                "Adaptations to the family home under section 2 of the Act, as agreed by the Children with Disabilities Team in October 2026.",
            ),
            _h("H2", "Social Care", "Other social care provision"),
            ("S", "H2", "No other social care provision is required at present."),
            _h("I", "Education", "Placement"),
            ("S", "I", "Brackenfold Primary School (community primary school), Year 4."),
            _h("J", "Joint", "Personal budget"),
            ("S", "J", "Reuben's parents have not asked for a personal budget."),
            _h("K", "Joint", "Advice and information"),
            (
                "S",
                "K",
                "Physiotherapy letter (Harlowmere Children's Therapy Service, 2 October 2026); school advice (Brackenfold Primary School, 25 September 2026); paediatric advice (neuromuscular service, September 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=PHYSIO,
            sans=True,
            accent="005EB8",
            footer="Harlowmere Children's Therapy Service - NHS Harlowmere and Tessdale Community Trust - page {n} of {m}",
            blocks=[
                ("org", "Harlowmere Children's Therapy Service - Paediatric Physiotherapy"),
                (
                    "small",
                    "Willowbrook Child Development Centre, Tessdale Road, Harlowmere QV3 8LD. Tel 01632 960214. therapy.harlowmere@example.org",
                ),
                (
                    "small",
                    "Clinic date: 29 September 2026   Typed: 2 October 2026   Ref: RCP/PT/0417",
                ),
                ("p", "Dear Ms Okafor (SEND Assessment and Planning Team),"),
                (
                    "b",
                    "Re: Reuben CASTELLANO-PRICE, DOB 17/06/2017, 14 Rowan Close, Harlowmere QV3 2TT - advice for EHC needs assessment",
                ),
                (
                    "p",
                    "Diagnosis: Duchenne muscular dystrophy. Present at clinic: Reuben, his mother and his grandmother.",
                ),
                (
                    "p",
                    [
                        "Thank you for asking for my advice.",
                        (
                            "X",
                            "Reuben was diagnosed at the age of 4 after his nursery noticed that he was falling more often than his peers.",
                            "history",
                        ),
                        (
                            "X",
                            "He has been on daily deflazacort since 2022, which is managed by the neuromuscular clinic at Harlowmere General Hospital.",
                            "medical treatment, managed by health (C and G)",
                        ),
                    ],
                ),
                ("h", 3, "Assessment"),
                (
                    "p",
                    [
                        (
                            "X",
                            "I was pleased to see that Reuben still walks independently indoors and enjoys being active.",
                            "strength",
                        ),
                        (
                            "N",
                            "Reuben now tires after walking about 100 metres and needs to sit down before he can go on.",
                            "sensory_physical",
                            B_DMD,
                        ),
                        "His six-minute walk distance has fallen from 390 metres last year to 322 metres, which is within the range we would expect at his age with this condition.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "He can no longer get up from the floor without using his hands to push up on his thighs, and cannot get up at all from a low chair without help.",
                            "sensory_physical",
                            B_FLOOR,
                        ),
                        "Time to rise from the floor was 7.2 seconds.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Stairs are now difficult: Reuben manages them one step at a time holding the rail, and he is at risk of falling when he is tired or when the stairs are busy.",
                            "sensory_physical",
                            B_FALLS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "His ankles have tightened over the past year (dorsiflexion to neutral on the right and minus 5 degrees on the left), which is affecting his balance when he stands still, for example in assembly or in the lunch queue.",
                            "sensory_physical",
                            None,
                        ),
                        "Hip and knee ranges are full.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "A power wheelchair assessment is not needed at present; we will look at this again at his clinic next spring.",
                            "option considered and not recommended",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Reuben already has a lightweight manual wheelchair at home, provided by Wheelchair Services in May 2026, which the family use for days out.",
                            "equipment already in place (home)",
                        ),
                        "His mother tells me he is reluctant to use it in front of his friends, which is understandable at his age and something we talked about at length.",
                    ],
                ),
                ("h", 3, "Plan"),
                (
                    "num",
                    [
                        (
                            "R",
                            "Reuben's stretching programme (calf, hamstring and hip flexor stretches) should be carried out in school by a trained member of staff for 15 minutes every school day, as he is at an age where he can no longer be expected to do this at home after a tiring day.",
                            "sensory_physical",
                            "wrong_section",
                            G_STRETCH,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "He should continue to wear his night splints every night; his parents are confident with this.",
                            "health",
                            "not_educational",
                        ),
                        (
                            "R",
                            "Reuben should have a manual wheelchair available in school for longer distances, such as trips and moving between the main building and the hall, with an adult trained to push it safely.",
                            "sensory_physical",
                            "specific",
                            F_CHAIR,
                        ),
                        (
                            "R",
                            "He should be given a lift pass and permission to leave lessons five minutes early, so that he can move between floors before the corridors fill.",
                            "sensory_physical",
                            "specific",
                            F_LIFT,
                        ),
                        (
                            "R",
                            "PE should be adapted rather than stopped: Reuben should swim once a week, with an adult in the pool with him, as swimming keeps up his strength without straining his muscles.",
                            "sensory_physical",
                            "less",
                            F_PE,
                        ),
                        (
                            "R",
                            "Staff who support Reuben should be trained in safe moving and handling, including how to help him up from the floor after a fall, before the start of the spring term; our service can provide this training.",
                            "sensory_physical",
                            "not_specific",
                            F_MANUAL,
                        ),
                        (
                            "R",
                            "I will review Reuben in school once a term and update his programme.",
                            "health",
                            "not_educational",
                            G_REVIEW,
                            {"section": "G"},
                        ),
                    ],
                ),
                (
                    "X",
                    "Trampolining and jumping activities cause muscle damage in boys with Duchenne, which is why I am recommending swimming instead.",
                    "reason for a recommendation",
                ),
                ("p", "Yours sincerely,"),
                ("b", "Hannah Weatherall"),
                ("p", "Highly Specialist Paediatric Physiotherapist (Neuromuscular)"),
                (
                    "small",
                    "cc: Dr P. Anand, Consultant Paediatric Neurologist; Mrs C. Castellano-Price (parent); GP",
                ),
            ],
        ),
        dict(
            file=SCHOOL,
            blocks=[
                ("org", "Brackenfold Primary School"),
                ("title", "School advice for an EHC needs assessment"),
                (
                    "kv",
                    [
                        ("Pupil", "Reuben Castellano-Price, Year 4"),
                        (
                            "Completed by",
                            "Mrs Joanne Pilkington, SENCo, with Mr Ade Salako, class teacher",
                        ),
                        ("Date", "25 September 2026"),
                    ],
                ),
                ("h", 2, "About Reuben"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Reuben is a popular member of the class and is known for his jokes.",
                            "strength",
                        ),
                        (
                            "X",
                            "He achieved the expected standard in the Year 2 reading assessment and reads widely for pleasure.",
                            "test result / strength",
                        ),
                        (
                            "X",
                            "Toileting was a concern last year, but Reuben now manages independently using the accessible toilet.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 2, "Current difficulties in school"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Reuben's handwriting slows down sharply after about ten minutes, and by the end of a lesson his writing is hard to read because his hand aches.",
                            "sensory_physical",
                            B_WRITE,
                        ),
                        (
                            "N",
                            "He is working below age-related expectations in writing, mainly because he produces so little, while his reading is at the expected standard.",
                            "cognition_learning",
                            B_WRITE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "At lunchtime he struggles to carry his tray and to open packets, and he is often the last to finish eating.",
                            "sensory_physical",
                            B_PRACT,
                        ),
                        (
                            "N",
                            "He loses track of instructions with more than two steps and often has to ask a friend what to do, which the neuromuscular clinic's psychology screen also noted.",
                            "cognition_learning",
                            B_MEMORY,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            'Reuben has become quieter in class since the summer and has told Mr Salako that he is worried about "not being able to walk like the others".',
                            "semh",
                            None,
                        ),
                        "His mother has noticed the same at home.",
                    ],
                ),
                ("h", 2, "Support already in place"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Since January 2026 a teaching assistant has been with Reuben for about 10 hours a week, mostly at lunchtime and in PE, funded from the school's own budget.",
                            "support already in place",
                        ),
                        "He uses the ground-floor classroom and the accessible toilet, and he has a reserved seat at the end of the row in assembly.",
                    ],
                ),
                ("h", 2, "What we recommend"),
                (
                    "grid",
                    [
                        ["Recommendation", "Who", "How often", "Outcome it supports"],
                        [
                            (
                                "R",
                                "Teaching assistant support for moving around school, lunchtime and PE",
                                "sensory_physical",
                                "specific",
                                F_TA,
                            ),
                            "Teaching assistant",
                            "15 hours a week",
                            "Reuben moves around school safely and joins in with lunch and PE",
                        ],
                        [
                            (
                                "R",
                                "A laptop with word prediction software for any piece of writing longer than a paragraph",
                                "sensory_physical",
                                "not_specific",
                                F_TECH,
                            ),
                            "Class teacher; IT technician to set up",
                            "Every lesson with extended writing",
                            "Reuben records as much as his classmates without his hand tiring",
                        ],
                        [
                            (
                                "R",
                                "Rest breaks of five minutes in the library reading corner",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            "Teaching assistant",
                            "Once each morning and once each afternoon",
                            "Reuben is less tired by the end of the day",
                        ],
                        [
                            (
                                "R",
                                "Check-in with the learning mentor to talk about his worries about his condition",
                                "semh",
                                "missing_from_f",
                            ),
                            "Learning mentor (Mrs Okoro)",
                            "Weekly, 20 minutes",
                            "Reuben can say how he feels and who he can go to",
                        ],
                        [
                            (
                                "R",
                                "Memory strategies group (rehearsal, visual checklists, asking for repetition)",
                                "cognition_learning",
                                "less",
                                F_MEMORY,
                            ),
                            "SENCo",
                            "Three 20-minute sessions a week for a term",
                            "Reuben follows a three-step instruction without asking a friend",
                        ],
                    ],
                    [0.34, 0.18, 0.2, 0.28],
                ),
                ("pb",),
                ("h", 2, "Provision costing"),
                (
                    "p",
                    "The costs below are the school's estimate for the 2026-27 academic year, at current rates, to help the council decide the top-up.",
                ),
                (
                    "grid",
                    [
                        ["Item", "Basis", "Annual cost"],
                        [
                            "Teaching assistant (grade 4)",
                            "15 hours x 39 weeks at £17.20 an hour",
                            "£10,062",
                        ],
                        ["Learning mentor check-in", "20 minutes x 38 weeks", "£380"],
                        [
                            "Memory strategies group (SENCo time)",
                            "3 x 20 minutes x 12 weeks",
                            "£540",
                        ],
                        ["Laptop and word prediction licence", "One-off", "£650"],
                        ["Total", "", "£11,632"],
                    ],
                    [0.42, 0.4, 0.18],
                ),
                (
                    "X",
                    "We do not think Reuben needs a different school at present; Brackenfold is on one level apart from the Year 6 classrooms, and the lift was installed in 2024.",
                    "placement opinion (Section I)",
                ),
                (
                    "p",
                    "Joanne Pilkington, SENCo. senco@brackenfold.example.org. Telephone 01632 960377.",
                ),
            ],
        ),
    ],
)
