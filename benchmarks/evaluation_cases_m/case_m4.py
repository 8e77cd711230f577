# ruff: noqa: E501
"""case-evalm-04: Brackenfield Metropolitan Council; Sofia Lindqvist-Moss, 9, Year 4, spinal
muscular atrophy type 2.

Layout "health-first": a health-led plan. After A, Part 1 "Sofia's health" holds C and G;
Part 2 "Sofia's education" holds B, E and F; Part 3 holds D, H1 and H2; then I, J and K.
Headings are Word Heading 2 with the letter after a dash ("Health needs - Section C").
Community children's nursing report (PDF); physiotherapy report with an Outcome | Provision
| Rationale table (DOCX); OT report in the third person (PDF).
"""

B_MOTOR = "Sofia has spinal muscular atrophy type 2; she cannot stand or walk and uses a powered wheelchair."
B_HAND = "She has weak arms and hands: she can write only a few words before her hand tires, and cannot lift heavy books."
B_TIRED = "Sofia tires quickly and her concentration falls in the afternoon."
B_ABSENT = "She misses school for hospital appointments and chest infections, usually 15 to 20 days a year, and has fallen behind in maths."
B_CARE = "dependent on adults for toileting, and for help with eating and drinking at school"
B_PLAY = "Sofia feels left out at playtime when her friends play running games."

F_TA = "A teaching assistant trained in moving and handling, with Sofia for the whole school day (32.5 hours a week), for personal care, positioning and access to learning."
F_SCRIBE = "a teaching assistant to scribe for any written work longer than a few sentences"
F_EQUIP = "height-adjustable desk, book stand, lightweight exercise books, and a tablet with keyboard guard and stylus"
F_HOIST = "two adults trained in moving and handling for every hoist transfer (toilet, plinth, changing bench)"
F_PE = "adapted PE and playtime activities"
F_PLAY = "an adult-led inclusive game (boccia, parachute games) at lunchtime, three days a week, run by a midday supervisor"
F_CATCH = "work sent home during any absence of more than three days, and catch-up teaching in maths on her return, 20 minutes three times a week for two weeks, with the class teacher"
F_REST = "rest breaks"
F_OT = "occupational therapy review of her equipment and seating once a year"

G_TRAIN = "Training and annual competency checks for named staff in cough assist, gastrostomy feeding and recognising the signs of a chest infection, by the community children's nurse."
G_COUGH = "Cough assist given in school by trained staff when Sofia has a chest infection, following her respiratory care plan."
G_STRETCH = "A daily stretching and positioning programme of 30 minutes, carried out by Sofia's teaching assistants, following the physiotherapist's written programme."
G_VOICE = "Sofia to be taught to use voice recognition software in a 20-minute session each week, with a teaching assistant trained by the OT."

NURSE = "nursing_report.pdf"
PT = "physio_report.docx"
OT = "ot_report.pdf"

CASE_04 = dict(
    name="case-evalm-04",
    layout="health-first",
    summary=(
        "Brackenfield Metropolitan Council; Sofia Lindqvist-Moss, 9, Year 4 at St Aldhelm's CE Primary "
        "School (spinal muscular atrophy type 2: powered wheelchair, weak arms and hands, fatigue, "
        "absence, personal care, scoliosis, chest infections). A health-led plan: Part 1 'Sofia's "
        "health' (C, G) comes before Part 2 'Sofia's education' (B, E, F), then social care (D, H1, H2), "
        "then I, J, K; headings name the section first and the letter after a dash. Community "
        "children's nursing report; physiotherapy report with an Outcome | Provision | Rationale table; "
        "OT report in the third person."
    ),
    note=(
        "C and G come before B, E and F. In G, cough assist and the nurse's training of staff in "
        "cough assist and gastrostomy feeding are health provision; the stretching programme run by "
        "teaching assistants and teaching voice recognition software are educational provision "
        "placed in G (wrong_section). Statements of health care needs that stand in C (weak cough, "
        "night-time BiPAP) are not special educational needs. Outcome and Rationale cells are not "
        "recommendations."
    ),
    plan=dict(
        file="plan.docx",
        header="Brackenfield Metropolitan Council   Education, Health and Care Plan",
        footer="Sofia Lindqvist-Moss   Final EHC plan   26 February 2026",
        sans=True,
        accent="5B2C6F",
        blocks=[
            ("org", "Brackenfield Metropolitan Council"),
            ("title", "Education, Health and Care Plan for Sofia Lindqvist-Moss"),
            (
                "small",
                "Date of birth: 4 April 2016   School: St Aldhelm's CE Primary School   Lead professional: Dr Ruth Ilesanmi, community paediatrician",
            ),
            ("H", "A", "About Sofia - Section A", "h2"),
            (
                "S",
                "A",
                "Sofia loves animals, stories about space and racing her wheelchair against her brother on the promenade.",
            ),
            (
                "p",
                "Her parents want her to stay well, keep up with her friends and go to the same secondary school as them.",
            ),
            ("h", 1, "Part 1: Sofia's health"),
            ("H", "C", "Health needs - Section C", "h2"),
            (
                "S",
                "C",
                "Sofia has spinal muscular atrophy type 2 and receives nusinersen injections every four months at Brackenfield Children's Hospital.",
            ),
            (
                "p",
                "Her cough is weak and colds often become chest infections. She uses BiPAP at night and has a gastrostomy for top-up feeds and fluids.",
            ),
            ("H", "G", "Health provision - Section G", "h2"),
            ("S", "G", G_TRAIN),
            ("p", G_COUGH),
            (
                "p",
                "Review by the neuromuscular team every six months, including spinal and respiratory checks.",
            ),
            ("p", G_STRETCH),
            ("p", G_VOICE),
            ("pb",),
            ("h", 1, "Part 2: Sofia's education"),
            ("H", "B", "Special educational needs - Section B", "h2"),
            ("S", "B", B_MOTOR),
            ("p", [B_HAND, B_TIRED]),
            ("p", B_ABSENT),
            ("bul", [B_CARE]),
            ("p", B_PLAY),
            ("H", "E", "Outcomes - Section E", "h2"),
            (
                "S",
                "E",
                "By July 2027 Sofia will record a page of writing each week using voice recognition, with no more than three corrections from an adult.",
            ),
            (
                "p",
                "By the end of Year 5 Sofia will join in a lunchtime game with friends at least three days a week.",
            ),
            ("H", "F", "Special educational provision - Section F", "h2"),
            ("S", "F", ("F", F_TA, True)),
            ("p", "In addition:"),
            (
                "bul",
                [
                    ("F", F_SCRIBE, True),
                    ("F", F_EQUIP, True),
                    ("F", F_HOIST, True),
                    ("F", F_PE, False),
                    ("F", F_PLAY, True),
                    ("F", F_CATCH, True),
                    ("F", F_REST, False),
                    ("F", F_OT, True),
                ],
            ),
            ("h", 1, "Part 3: Social care"),
            ("H", "D", "Social care needs - Section D", "h2"),
            (
                "S",
                "D",
                "Sofia's family receive a short break of four hours a month from the Children with Disabilities Team.",
            ),
            (
                "H",
                "H1",
                "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 - Section H1",
                "h2",
            ),
            (
                "S",
                "H1",
                "Short breaks: four hours a month with a support worker from Kestrel Care.",
            ),
            ("H", "H2", "Other social care provision - Section H2", "h2"),
            ("S", "H2", "None."),
            ("h", 1, "Part 4: Placement, budget and advice"),
            ("H", "I", "Placement - Section I", "h2"),
            (
                "S",
                "I",
                "St Aldhelm's CE Primary School, a mainstream voluntary aided primary school.",
            ),
            ("H", "J", "Personal budget - Section J", "h2"),
            ("S", "J", "A direct payment of £1,200 a year for the short breaks in H1."),
            ("H", "K", "Advice and information - Section K", "h2"),
            (
                "S",
                "K",
                "Community children's nursing report; physiotherapy report; occupational therapy report; educational psychology advice; school and parental advice (all November 2025 to January 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=NURSE,
            header="Brackenfield Children's Community Nursing Team",
            footer="Page {n} of {m}",
            blocks=[
                ("org", "Brackenfield Children's Community Nursing Team"),
                ("title", "Health advice for EHC needs assessment"),
                (
                    "p",
                    "Sofia Lindqvist-Moss, DOB 04/04/2016. Prepared by Joanne Trafford, Children's Community Nurse, 18 November 2025.",
                ),
                ("h", 2, "Health history"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Sofia was diagnosed with SMA type 2 at 14 months and started nusinersen treatment in 2018.",
                            "diagnosis and treatment history",
                        ),
                        (
                            "X",
                            "Her weak cough means that ordinary colds can quickly become chest infections.",
                            "health care need, stated in Section C",
                        ),
                        (
                            "X",
                            "She uses BiPAP at night at home.",
                            "health care need, stated in Section C",
                        ),
                    ],
                ),
                ("h", 2, "Sofia at school"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Sofia has top-up feeds through her gastrostomy and needs an adult to help her eat and drink at lunchtime.",
                            "sensory_physical",
                            B_CARE,
                        ),
                        (
                            "N",
                            "She missed 18 days of school last year through illness and appointments and has gaps in her maths.",
                            "cognition_learning",
                            B_ABSENT,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "num",
                    [
                        (
                            "R",
                            "Named staff to be trained and checked annually by the community children's nurse in cough assist, gastrostomy feeding and recognising the signs of a chest infection.",
                            "health",
                            "not_educational",
                            G_TRAIN,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "When Sofia has a chest infection, trained staff should give cough assist in school as set out in her respiratory care plan.",
                            "health",
                            "not_educational",
                            G_COUGH,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "Sofia needs a teaching assistant who knows her well to go with her on all school trips, including the Year 6 residential.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "School should send work home when she is off for more than three days and plan catch-up teaching for when she returns.",
                            "cognition_learning",
                            "specific",
                            F_CATCH,
                        ),
                        (
                            "R",
                            "Parents should continue to use the cough assist morning and evening at home.",
                            "health",
                            "not_educational",
                        ),
                    ],
                ),
            ],
        ),
        dict(
            file=PT,
            header="Brackenfield Children's Physiotherapy Service",
            author="Children's Physiotherapy",
            blocks=[
                ("org", "Brackenfield Children's Physiotherapy Service"),
                ("title", "Physiotherapy report"),
                (
                    "p",
                    "Sofia Lindqvist-Moss, Year 4. Seen at school on 2 December 2025 by Tom Ferreira-Hughes, Clinical Specialist Physiotherapist (neuromuscular).",
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Sofia's hip and knee range of movement has been kept since her last review.",
                            "progress",
                        ),
                        (
                            "N",
                            "Sofia cannot stand or take steps, even with support, and gets around school in her powered wheelchair, which she drives well.",
                            "sensory_physical",
                            B_MOTOR,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Her scoliosis has increased over the last year and she cannot sit upright for more than about an hour without her spinal brace.",
                            "sensory_physical",
                            None,
                        ),
                        (
                            "N",
                            'She watches from the edge at playtime and told me that "nobody plays games I can join".',
                            "semh",
                            B_PLAY,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "grid",
                    [
                        ["Outcome", "Provision", "Rationale"],
                        [
                            (
                                "X",
                                "Sofia keeps the range of movement in her hips, knees and ankles",
                                "outcome cell",
                            ),
                            (
                                "R",
                                "Daily stretching and positioning programme, 30 minutes, carried out by trained teaching assistants following my written programme",
                                "sensory_physical",
                                "wrong_section",
                                G_STRETCH,
                                {"section": "G"},
                            ),
                            (
                                "X",
                                "Without daily stretches her joints will tighten and sitting and transfers will become harder.",
                                "rationale cell",
                            ),
                        ],
                        [
                            ("X", "Sofia takes part in PE with her class", "outcome cell"),
                            (
                                "R",
                                "PE adapted by the PE teacher using my inclusive PE plan, in every PE lesson, with her teaching assistant",
                                "sensory_physical",
                                "not_specific",
                                F_PE,
                            ),
                            (
                                "X",
                                "She has no PE at present and sits out.",
                                "rationale cell",
                            ),
                        ],
                        [
                            ("X", "Sofia plays with friends at lunchtime", "outcome cell"),
                            (
                                "R",
                                "An adult-led inclusive game (for example boccia or parachute games) at lunchtime, three days a week",
                                "semh",
                                "specific",
                                F_PLAY,
                            ),
                            (
                                "X",
                                "Her friends will join in if an adult sets the game up.",
                                "rationale cell",
                            ),
                        ],
                        [
                            ("X", "Sofia is moved safely", "outcome cell"),
                            (
                                "R",
                                "All transfers by hoist, with two adults trained in moving and handling",
                                "sensory_physical",
                                "specific",
                                F_HOIST,
                            ),
                            (
                                "X",
                                "She cannot bear weight and is now too heavy to lift.",
                                "rationale cell",
                            ),
                        ],
                    ],
                    [0.27, 0.45, 0.28],
                ),
                ("p", "Tom Ferreira-Hughes, HCPC registered, 9 December 2025"),
            ],
        ),
        dict(
            file=OT,
            header="Brackenfield Children's Occupational Therapy",
            footer="OT report - Sofia Lindqvist-Moss - page {n} of {m}",
            sans=True,
            blocks=[
                ("org", "Brackenfield Children's Occupational Therapy"),
                ("title", "Occupational therapy report"),
                (
                    "p",
                    "Sofia Lindqvist-Moss, Year 4, St Aldhelm's CE Primary School. Assessed in school on 6 January 2026 by Leah Okonkwo-Brandt, Senior Occupational Therapist.",
                ),
                ("h", 2, "Findings"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Sofia's grip strength is about a quarter of that expected for her age, and she can write only two or three lines before her hand aches.",
                            "sensory_physical",
                            B_HAND,
                        ),
                        (
                            "N",
                            "She cannot lift a school textbook or reach the far side of her desk.",
                            "sensory_physical",
                            B_HAND,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "By mid-afternoon she is visibly tired, slumps in her chair and stops joining in.",
                            "sensory_physical",
                            B_TIRED,
                        ),
                        (
                            "N",
                            "Sofia is embarrassed to ask for help with the toilet and sometimes does not drink during the day so that she will not need to go.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "It is not recommended that Sofia uses a manual wheelchair in school, as pushing herself would tire her further.",
                        "what is not recommended",
                    ),
                ),
                ("h", 2, "What Sofia will need"),
                (
                    "p",
                    [
                        (
                            "R",
                            "Sofia will have a teaching assistant to scribe for any written work of more than a few sentences.",
                            "sensory_physical",
                            "specific",
                            F_SCRIBE,
                        ),
                        (
                            "R",
                            "Sofia will have a height-adjustable desk, a book stand and a tablet with a keyboard guard and stylus.",
                            "sensory_physical",
                            "specific",
                            F_EQUIP,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "R",
                        "She should have two 15-minute rest breaks out of her wheelchair each day, lying on a plinth in the medical room, one mid-morning and one mid-afternoon.",
                        "sensory_physical",
                        "not_specific",
                        F_REST,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "She should be taught to use voice recognition software, in a 20-minute session each week with a teaching assistant trained by the OT, so that she can write at length without tiring.",
                        "sensory_physical",
                        "wrong_section",
                        G_VOICE,
                        {"section": "G"},
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "The occupational therapist should visit school twice a term to review her seating, equipment and the programme.",
                        "sensory_physical",
                        "less",
                        F_OT,
                        {"note": "Six visits a year recommended; F has one review a year."},
                    ),
                ),
                ("p", "Leah Okonkwo-Brandt, Senior Occupational Therapist, HCPC registered"),
            ],
        ),
    ],
)
