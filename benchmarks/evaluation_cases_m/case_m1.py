# ruff: noqa: E501
"""case-evalm-01: Wexcombe Borough Council; Lily-Mae Ferris, 8, Year 3, cerebral palsy.

Layout "provision-map-costed": lettered headings ("F: Provision Map"), Section F a costed
table Provision | Staffing | Hours per week | Annual cost, whose Provision cells are the
provisions; no Section J. Physiotherapy report with a Recommendation | Reason | Frequency |
Who table; OT report in the third person ("Lily-Mae will have ...").
"""

B_WALK = "Lily-Mae has spastic diplegia (cerebral palsy, GMFCS level II); she walks with tripod sticks indoors and uses a wheelchair for longer distances outside."
B_FINE = "Her fine motor skills are delayed: her handwriting is slow and large, and she tires after a few lines."
B_TIRED = "Lily-Mae tires by the afternoon and her posture in her chair gets worse as she tires."
B_PE = "She cannot take part safely in PE and playground games without adaptations."
B_SELF = "needs adult help with dressing and undressing for PE and with managing her coat and bag"
B_WRITE = (
    "Lily-Mae's reading is in line with her age but her written work does not show what she knows."
)

F_PROG = "Daily stretching and strengthening programme written by the NHS physiotherapist"
F_REVIEW = "Physiotherapy review of the programme in school"
F_HAND = "Fine motor group (Clever Hands programme), group of four"
F_LAPTOP = "Laptop with word prediction software for all extended writing, set up by the OT"
F_CHAIR = "Adjustable classroom chair with footrest, and a sloped writing board"
F_PE = "Adapted PE"
F_MOVE = "Support with moving around school"
F_REST = "Rest break lying on a mat in the quiet room after lunch"
F_DRESS = "Adult help with changing for PE and swimming, with extra time to change"

G_AFO = "Ankle-foot orthoses reviewed and refitted by the orthotics service at Wexcombe General Hospital every six months."
G_STAND = "Standing frame for 30 minutes each afternoon in class, set up by the teaching assistant, following the physiotherapist's postural programme."

PT = "physio_report.pdf"
OT = "ot_report.docx"

CASE_01 = dict(
    name="case-evalm-01",
    layout="provision-map-costed",
    summary=(
        "Wexcombe Borough Council; Lily-Mae Ferris, 8, Year 3 at Hollins Lane Primary School (spastic "
        "diplegia: walking, balance, fine motor, fatigue, self-care, PE). Lettered headings; Section F "
        "is a costed provision map (Provision | Staffing | Hours per week | Annual cost); the plan has "
        "no Section J. NHS physiotherapy report with a Recommendation | Reason | Frequency | Who table; "
        "OT report written in the third person."
    ),
    note=(
        "Section F is a costed table: each Provision cell is a provision, judged with its Staffing and "
        "Hours cells. The physiotherapist's daily 20-minute programme matches the map's weekly total "
        "(1 hour 40 minutes). Fortnightly direct physiotherapy is met only by a termly review: less. "
        "The standing frame carried out by the teaching assistant, placed in G, is wrong_section; the "
        "orthotics review in G is health provision. Reason cells of the physiotherapy table are not "
        "recommendations."
    ),
    plan=dict(
        file="plan.pdf",
        header="Wexcombe Borough Council   EHC Plan   Lily-Mae Ferris",
        footer="Final plan issued 2 February 2026 - page {n} of {m}",
        blocks=[
            ("org", "Wexcombe Borough Council - SEND Service"),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Name: Lily-Mae Ferris   Date of birth: 9 June 2017   School: Hollins Lane Primary School   Plan coordinator: Harriet Dunmore",
            ),
            ("H", "A", "A: Views, Interests and Aspirations", "h2"),
            (
                "S",
                "A",
                "Lily-Mae likes horses, drawing and her wheelchair basketball club on Saturdays.",
            ),
            (
                "p",
                "Her mum says she wants Lily-Mae to be as independent as she can be and to have friends who include her.",
            ),
            ("H", "B", "B: Special Educational Needs", "h2"),
            ("S", "B", B_WALK),
            ("p", [B_FINE, B_TIRED]),
            ("bul", [B_PE, B_SELF, B_WRITE]),
            ("H", "C", "C: Health Needs", "h2"),
            (
                "S",
                "C",
                "Lily-Mae is under the care of the community paediatrician and the neurodisability team, and wears ankle-foot orthoses on both legs.",
            ),
            ("p", "She had selective dorsal rhizotomy surgery in 2023."),
            ("H", "D", "D: Social Care Needs", "h2"),
            (
                "S",
                "D",
                "No social care needs have been identified; the family has a blue badge and Disability Living Allowance.",
            ),
            ("H", "E", "E: Outcomes", "h2"),
            (
                "S",
                "E",
                "By the end of Year 4 Lily-Mae will walk between her classroom and the hall with her sticks, without an adult holding her.",
            ),
            (
                "p",
                "By July 2027 Lily-Mae will write a paragraph of five sentences using her laptop, independently.",
            ),
            ("H", "F", "F: Provision Map", "h2"),
            (
                "p",
                "The provision map shows the special educational provision that Hollins Lane Primary School will make, the staff who will make it, the weekly hours and the annual cost. Costs are met from the school's notional SEN budget and top-up funding at Band 4.",
            ),
            (
                "grid",
                [
                    ["Provision", "Staffing", "Hours per week", "Annual cost"],
                    [
                        ("S", "F", ("F", F_PROG, True)),
                        "Teaching assistant trained by the physiotherapist",
                        "1 hr 40 min (20 min each day)",
                        "£2,150",
                    ],
                    [
                        ("F", F_REVIEW, True),
                        "NHS paediatric physiotherapist",
                        "1 visit each term",
                        "NHS",
                    ],
                    [
                        ("F", F_HAND, True),
                        "Teaching assistant following the OT's programme",
                        "1 hr (3 x 20 min)",
                        "£1,290",
                    ],
                    [
                        ("F", F_LAPTOP, True),
                        "ICT technician; class teacher",
                        "n/a",
                        "£650 (one-off)",
                    ],
                    [("F", F_CHAIR, True), "Class teacher", "n/a", "£480 (one-off)"],
                    [("F", F_PE, False), "Class teacher", "As timetabled", "Within budget"],
                    [("F", F_MOVE, False), "Support staff", "As needed", "Included above"],
                    [
                        ("F", F_REST, True),
                        "Teaching assistant",
                        "50 min (10 min daily)",
                        "£1,075",
                    ],
                    [
                        ("F", F_DRESS, True),
                        "Teaching assistant",
                        "1 hr 30 min (each PE and swimming lesson)",
                        "£1,610",
                    ],
                ],
                [0.42, 0.24, 0.19, 0.15],
            ),
            ("p", "Total annual cost of the provision map: £7,255 (excluding NHS provision)."),
            ("H", "G", "G: Health Provision", "h2"),
            ("S", "G", G_AFO),
            ("p", "Review by the community paediatrician once a year."),
            ("p", G_STAND),
            (
                "H",
                "H1",
                "H1: Social Care Provision (Chronically Sick and Disabled Persons Act 1970)",
                "h2",
            ),
            ("S", "H1", "None."),
            ("H", "H2", "H2: Other Social Care Provision", "h2"),
            ("S", "H2", "None identified at this time."),
            ("H", "I", "I: Placement", "h2"),
            ("S", "I", "Hollins Lane Primary School, a mainstream community primary school."),
            ("H", "K", "K: Advice and Information", "h2"),
            (
                "S",
                "K",
                "Physiotherapy report (Wexcombe Children's Therapy Service, November 2025); occupational therapy report (December 2025); educational psychology advice; parents' views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=PT,
            header="Wexcombe Children's Therapy Service - Physiotherapy",
            footer="Page {n} of {m}",
            sans=True,
            blocks=[
                ("org", "Wexcombe Children's Therapy Service"),
                ("title", "Physiotherapy advice for EHC needs assessment"),
                (
                    "kv",
                    [
                        ("Child", "Lily-Mae Ferris (DOB 09/06/2017)"),
                        ("Seen", "Hollins Lane Primary School, 12 November 2025"),
                        (
                            "Therapist",
                            "Gareth Pennock, Highly Specialist Paediatric Physiotherapist",
                        ),
                    ],
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Lily-Mae had selective dorsal rhizotomy surgery in 2023 and recovered well.",
                            "past treatment",
                        ),
                        (
                            "X",
                            "She is a determined, cheerful girl who works hard in her sessions.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 2, "Assessment"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Lily-Mae walks with her knees and hips bent and her balance is poor on uneven ground and in crowds.",
                            "sensory_physical",
                            B_WALK,
                        ),
                        (
                            "N",
                            "Her hamstrings and calf muscles have tightened over the past year as she has grown.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "She cannot hop, skip or keep up with other children in running games.",
                            "sensory_physical",
                            B_PE,
                        ),
                        (
                            "N",
                            "She told me she is scared of being knocked over at playtime, and she now stays inside with an adult most lunchtimes.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "Botulinum toxin injections to her calves are being considered by the neurodisability team.",
                        "medical treatment under consideration, not a need or a recommendation to school",
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Reason", "Frequency", "Who"],
                        [
                            (
                                "R",
                                "Stretching and strengthening programme (hamstrings, calves, hip flexors)",
                                "sensory_physical",
                                "specific",
                                F_PROG,
                                {"note": "20 minutes every day is the map's 1 hr 40 min a week."},
                            ),
                            (
                                "X",
                                "Stretching slows the tightening of her muscles as she grows.",
                                "reason cell",
                            ),
                            "20 minutes every day",
                            "Teaching assistant trained by physiotherapist",
                        ],
                        [
                            (
                                "R",
                                "Direct physiotherapy in school to progress the programme and check her walking",
                                "sensory_physical",
                                "less",
                                F_REVIEW,
                                {
                                    "note": "45 minutes every two weeks recommended; the map has one visit a term."
                                },
                            ),
                            (
                                "X",
                                "The exercises need to be made harder as she gets stronger.",
                                "reason cell",
                            ),
                            "45 minutes every two weeks",
                            "Paediatric physiotherapist",
                        ],
                        [
                            (
                                "R",
                                "Standing frame in class",
                                "sensory_physical",
                                "wrong_section",
                                G_STAND,
                                {"section": "G"},
                            ),
                            (
                                "X",
                                "Standing keeps her hips stable and her bones strong.",
                                "reason cell",
                            ),
                            "30 minutes each afternoon",
                            "Teaching assistant",
                        ],
                        [
                            (
                                "R",
                                "PE adapted using my written PE plan, with a teaching assistant working 1:1 with her",
                                "sensory_physical",
                                "not_specific",
                                F_PE,
                            ),
                            (
                                "X",
                                "Without adaptation she sits out and loses confidence.",
                                "reason cell",
                            ),
                            "Every PE lesson",
                            "Class teacher and teaching assistant",
                        ],
                        [
                            (
                                "R",
                                "Rest break lying on a mat",
                                "sensory_physical",
                                "specific",
                                F_REST,
                            ),
                            (
                                "X",
                                "Her posture and concentration fall off in the afternoon.",
                                "reason cell",
                            ),
                            "10 minutes after lunch, daily",
                            "Teaching assistant",
                        ],
                        [
                            (
                                "R",
                                "Ankle-foot orthoses reviewed",
                                "health",
                                "not_educational",
                                G_AFO,
                                {"section": "G"},
                            ),
                            "She is growing quickly.",
                            "Every 6 months",
                            "Orthotist, Wexcombe General Hospital",
                        ],
                    ],
                    [0.32, 0.3, 0.18, 0.2],
                ),
                ("p", "Gareth Pennock, HCPC registered, 19 November 2025"),
            ],
        ),
        dict(
            file=OT,
            header="Wexcombe Children's Therapy Service",
            author="Occupational Therapy",
            blocks=[
                ("org", "Wexcombe Children's Therapy Service - Occupational Therapy"),
                ("title", "Occupational therapy report"),
                (
                    "p",
                    "Lily-Mae Ferris, Year 3, Hollins Lane Primary School. Seen in class and in the clinic in December 2025 by Priya Castellano, Specialist Occupational Therapist.",
                ),
                ("h", 2, "What I found"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Lily-Mae's pencil grip is immature and her letters are large and poorly formed; she writes about five words a minute, well below her classmates.",
                            "sensory_physical",
                            B_FINE,
                        ),
                        (
                            "N",
                            "She loses her place when copying from the board and takes much longer than her peers, which fits with the visual-perceptual difficulties found on testing.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "She needs help to manage fastenings, her coat and her PE kit, and is the last to be ready.",
                            "sensory_physical",
                            B_SELF,
                        ),
                        (
                            "N",
                            "By the afternoon she slumps in her chair and props her head on her hand.",
                            "sensory_physical",
                            B_TIRED,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "Lily-Mae is now fully independent in using the toilet at school.",
                        "resolved need",
                    ),
                ),
                ("h", 2, "What Lily-Mae will have"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "Lily-Mae will have a fine motor programme, 15 minutes every day, delivered 1:1 by a teaching assistant who has been shown the programme by the OT.",
                            "sensory_physical",
                            "less",
                            F_HAND,
                            {
                                "note": "75 minutes a week 1:1 recommended; the map has 60 minutes in a group of four."
                            },
                        ),
                        (
                            "R",
                            "A laptop with word prediction software should be provided for all extended writing.",
                            "sensory_physical",
                            "specific",
                            F_LAPTOP,
                        ),
                        (
                            "R",
                            "Board work should be given to her as a printed copy so that she does not have to copy from the board.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "She needs an adjustable chair with a footrest and a sloped writing surface.",
                            "sensory_physical",
                            "specific",
                            F_CHAIR,
                        ),
                        (
                            "R",
                            "Lily-Mae will have adult help with changing for PE and swimming, with extra time built in.",
                            "sensory_physical",
                            "specific",
                            F_DRESS,
                        ),
                        (
                            "R",
                            "An adult should walk with Lily-Mae at lesson changes, at playtime and on trips, close enough to steady her.",
                            "sensory_physical",
                            "not_specific",
                            F_MOVE,
                        ),
                        (
                            "R",
                            "At home, a long-handled shoe horn and elastic laces may make dressing easier.",
                            "sensory_physical",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Priya Castellano, Specialist Occupational Therapist, 15 December 2025"),
            ],
        ),
    ],
)
