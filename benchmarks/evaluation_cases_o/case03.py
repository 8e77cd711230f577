# ruff: noqa: E501
"""case-evalo-03: Thrushgate City Council; Amara Nwachukwu-Bell, 14, Year 9, mainstream.

Layout "number-dot-names": the twelve sections are Word headings numbered "1." to "12."
with their names and no letter or word "Section" ("2. Special educational needs",
"8. Social care provision ..."). Reports: an NHS CAMHS clinic letter (.docx) and an
independent occupational therapist's sensory report (PDF).
"""

B_SOC = "Amara is autistic; she finds unstructured social time very hard and has no close friend in her year group."
B_ANX = "Amara has high anxiety about school; her attendance this year is 54% and she has not attended a full week since October."
B_SENS = "She is very sensitive to noise, smells and being touched, and finds the school bell and crowded corridors unbearable."
B_INFER = "Amara has difficulty with inference and with understanding what teachers want in open-ended questions."
B_MASK = (
    "She masks her difficulties at school, and her distress often shows only when she gets home."
)

F_ENGLISH = "Teaching of inference in a small group of up to six pupils, 30 minutes twice a week, by the English intervention teacher."
F_RETURN = "A flexible and gradual return to school at a pace that suits Amara."
F_KEY = "A named key adult, who will meet Amara for 15 minutes at the start of each school day."
F_LUNCH = "Lunch every day in the library office, a quiet room, with one friend of Amara's choosing, supervised by the learning support assistant."
F_EXIT = "An exit card that Amara can show in any lesson to go to the Base, a quiet room, for up to 10 minutes."
F_UNIFORM = "Amara may wear a plain soft cotton top instead of the school blazer, as agreed in writing with her head of year."
F_SENSORY = "A sensory diet to be followed in school."
F_HW = "Help with homework when needed."
G_CBT = (
    "Cognitive behavioural therapy for anxiety from Thrushgate CAMHS, fortnightly for 12 sessions."
)
G_TRAIN = "Thrushgate CAMHS will deliver a twilight training session on autistic girls and anxiety to Amara's teachers."

CAMHS = "camhs_letter.docx"
OT = "sensory_ot_report.pdf"


def _h(sid: str, text: str) -> tuple:
    return ("H", sid, text, "h2")


CASE = dict(
    name="case-evalo-03",
    layout="number-dot-names",
    summary=(
        "Thrushgate City Council; Amara Nwachukwu-Bell, 14, Year 9 at Ferncliffe School, mainstream "
        "(autism, anxiety and low attendance, masking, sensory sensitivity, inference). Sections are "
        "Word headings numbered 1. to 12. with their names only. CAMHS clinic letter (.docx) addressed "
        "to the council, with health provision that rightly stays in G; independent OT sensory report "
        "(PDF) with a Sensory Profile and recommendations in prose."
    ),
    note=(
        "Sections are read by name: '2. Special educational needs' is B, '6. Special educational "
        "provision' F, '7. Health provision' G, '10. Placement' I. CAMHS CBT in G is not_educational; "
        "CAMHS training for teachers in G is wrong_section, as in earlier sets. Meeting the key adult "
        "at the start of the day only, where start and end were recommended, is less."
    ),
    plan=dict(
        file="plan.docx",
        header="Thrushgate City Council - Education, Health and Care Plan - Amara Nwachukwu-Bell",
        footer="Final plan 23 January 2026",
        sans=True,
        accent="1D6A5A",
        blocks=[
            ("org", "Thrushgate City Council"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Amara Nwachukwu-Bell"),
                    ("Date of birth", "5 May 2011"),
                    ("School and year", "Ferncliffe School, Year 9"),
                    ("Case officer", "Tom Aylward, 01632 960591, send@example.org"),
                ],
            ),
            _h("A", "1. Views, interests and aspirations"),
            (
                "S",
                "A",
                "Amara is a talented artist and wants to study animation at college.",
            ),
            (
                "p",
                "She says: 'I want teachers to believe me when I say I can't cope, even if I look fine.'",
            ),
            _h("B", "2. Special educational needs"),
            ("S", "B", B_SOC),
            ("p", [B_ANX, B_MASK]),
            ("p", B_SENS),
            ("p", B_INFER),
            _h("C", "3. Health needs"),
            (
                "S",
                "C",
                "Amara has a diagnosis of autism (2022) and generalised anxiety disorder (2025), and takes melatonin for sleep.",
            ),
            _h("D", "4. Social care needs"),
            ("S", "D", "Amara does not have any social care needs."),
            _h("E", "5. Outcomes"),
            (
                "S",
                "E",
                "By the end of Year 10 Amara will attend school for at least 90% of sessions.",
            ),
            (
                "p",
                "By July 2027 Amara will use her exit card instead of leaving school when she is overwhelmed.",
            ),
            (
                "p",
                "By July 2027 Amara will explain the meaning of an unseen text in her own words.",
            ),
            ("pb",),
            _h("F", "6. Special educational provision"),
            (
                "p",
                "Ferncliffe School will make the following provision, funded from its own resources and the council's top-up.",
            ),
            ("S", "F", ("F", F_ENGLISH, True)),
            (
                "bul",
                [
                    ("F", F_RETURN, False, "No starting point, steps or review."),
                    ("F", F_KEY, True),
                    ("F", F_LUNCH, True),
                    ("F", F_EXIT, True),
                    ("F", F_UNIFORM, True),
                    (
                        "F",
                        F_SENSORY,
                        False,
                        "What the diet is, who runs it and how often are not said.",
                    ),
                    ("F", F_HW, False, "'When needed' with no who or how often."),
                ],
            ),
            _h("G", "7. Health provision"),
            ("S", "G", G_CBT),
            ("p", G_TRAIN),
            ("p", "Melatonin prescribed and reviewed by the community paediatrician."),
            _h(
                "H1",
                "8. Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("S", "H1", "No provision is required."),
            _h("H2", "9. Other social care provision"),
            ("S", "H2", "No other social care provision is required."),
            _h("I", "10. Placement"),
            ("S", "I", "Ferncliffe School, Thrushgate AC9 6RW (mainstream academy)."),
            _h("J", "11. Personal budget"),
            ("S", "J", "A personal budget was not requested."),
            _h("K", "12. Advice and information"),
            (
                "S",
                "K",
                "CAMHS advice (November 2025); independent occupational therapy report (October 2025), provided by the family; school advice; Amara's and her parents' views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=CAMHS,
            header="Thrushgate Child and Adolescent Mental Health Service (NHS)",
            footer="Confidential clinical correspondence",
            blocks=[
                ("org", "Thrushgate CAMHS - Neurodevelopmental and Anxiety Pathway"),
                ("small", "Orchard House, 4 Mill Lane, Thrushgate AC9 2PP   Tel 01632 960117"),
                ("small", "Date: 18 November 2025   Our ref: CAMHS/AN-B/2025"),
                ("p", "Dear Mr Aylward,"),
                (
                    "p",
                    "Re: Amara Nwachukwu-Bell, DOB 05/05/2011 - advice for her EHC needs assessment",
                ),
                (
                    "p",
                    "I have seen Amara six times since June with her mother, and I write with her agreement.",
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Amara's sleep has improved since she started melatonin in the summer.",
                            "health, improving",
                        ),
                        (
                            "X",
                            "Her low mood in Year 7 has lifted and she is not currently depressed.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Amara meets the criteria for generalised anxiety disorder, and her anxiety is focused mainly on school.",
                            "semh",
                            B_ANX,
                        ),
                        (
                            "N",
                            "She describes holding herself together all day in school and then 'exploding' at home, which is typical of masking in autistic girls.",
                            "semh",
                            B_MASK,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Amara has stopped eating at school because she cannot tolerate the canteen, and by the afternoon she is hungry, irritable and unable to concentrate.",
                            "sensory_physical",
                            None,
                            "Section 2 describes her sensory sensitivity but not that she no longer eats at school.",
                        ),
                        (
                            "N",
                            "She struggles to start and organise homework and coursework, and will freeze rather than ask for help.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                ("pb",),
                (
                    "p",
                    [
                        (
                            "R",
                            "Amara will continue to attend CAMHS for CBT for anxiety, fortnightly for 12 sessions.",
                            "health",
                            "not_educational",
                            G_CBT,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "I strongly recommend a phased return to school planned with Amara, starting with two mornings a week and increasing every fortnight, reviewed by her key adult with the family.",
                            "semh",
                            "not_specific",
                            F_RETURN,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "She needs a named key adult whom she meets for 15 minutes at the start and end of each school day.",
                            "semh",
                            "less",
                            F_KEY,
                        ),
                        (
                            "R",
                            "Her teachers should have training in autism and anxiety in girls, and our team can provide this.",
                            "semh",
                            "wrong_section",
                            G_TRAIN,
                            {"section": "G"},
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "R",
                        "Amara should be able to eat lunch in a quiet room with one chosen friend every day.",
                        "sensory_physical",
                        "specific",
                        F_LUNCH,
                    ),
                ),
                ("p", "Please contact me if you need anything further."),
                ("p", "Yours sincerely,"),
                ("p", "Dr Helena Osei, Consultant Child and Adolescent Psychiatrist"),
            ],
        ),
        dict(
            file=OT,
            footer="Brightwater Sensory OT Ltd - independent report - Amara Nwachukwu-Bell - {n}/{m}",
            accent="7A4B00",
            blocks=[
                ("org", "Brightwater Sensory OT Ltd"),
                ("small", "Independent occupational therapy   hello@example.org   01632 960845"),
                ("title", "Sensory processing assessment"),
                (
                    "p",
                    "Amara was seen at home on 14 October 2025 and at school on 21 October 2025 by Ruth Penberthy, HCPC registered occupational therapist, at the family's request.",
                ),
                ("h", 2, "Findings"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Amara had physiotherapy for flat feet as a young child; this is no longer needed.",
                            "resolved difficulty",
                        ),
                        (
                            "X",
                            "She enjoys swimming and finds deep water calming.",
                            "interest",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Amara's Sensory Profile 2 shows 'much more than others' for auditory and tactile sensitivity.",
                            "sensory_physical",
                            B_SENS,
                        ),
                        (
                            "N",
                            "She covers her ears and leaves the room when the bell rings, and she cannot bear the texture of the school blazer.",
                            "sensory_physical",
                            B_SENS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Amara has poor awareness of hunger, thirst and the need for the toilet, and often does not notice until she is in distress.",
                            "sensory_physical",
                            None,
                        ),
                        (
                            "N",
                            "In group discussions she does not know when to speak and finds other pupils' jokes confusing.",
                            "communication_interaction",
                            B_SOC,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "The school already allows her to wear ear defenders in assembly.",
                        "support already in place",
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    [
                        (
                            "R",
                            "Amara should have a uniform pass allowing her to wear a soft cotton top instead of the blazer.",
                            "sensory_physical",
                            "specific",
                            F_UNIFORM,
                        ),
                        (
                            "R",
                            "She needs a sensory diet with a movement or deep-pressure break of 5 minutes in every lesson, in a space agreed with her.",
                            "sensory_physical",
                            "not_specific",
                            F_SENSORY,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Access to a quiet, low-sensory room whenever she shows an exit card, without having to explain why.",
                            "semh",
                            "specific",
                            F_EXIT,
                        ),
                        (
                            "R",
                            "Amara should leave lessons 3 minutes before the bell so that she misses the crowded corridors.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "R",
                        "I recommend that a teaching assistant teach her an interoception programme for 20 minutes twice a week for a term, so that she learns to notice her body's signals.",
                        "sensory_physical",
                        "missing_from_f",
                    ),
                ),
                (
                    "p",
                    (
                        "X",
                        "I would be happy to train school staff if the school wishes to commission this.",
                        "an offer, not a recommendation",
                    ),
                ),
            ],
        ),
    ],
)
