# ruff: noqa: E501
"""case-evalm-02: Pendlebury Vale Council; Oscar Nwosu-Hart, 12, Year 7, focal epilepsy.

Layout "areas-as-headings": after Section A, the plan is organised by area of need. Each
area is a Heading 2 ("Cognition and learning") with Heading 3 sub-headings "Needs",
"Outcomes" and "Provision" under it, so B, E and F are each headed three times. Sections C,
G, D, H1, H2, I, J and K follow with headings of their own. Community paediatrician's clinic
letter; epilepsy specialist nurse's report with an Outcome | Provision | Rationale table.
"""

B_MEM = "Oscar has difficulty remembering new information from one lesson to the next, particularly after a seizure."
B_PROC = (
    "slow processing; instructions need repeating and breaking down, especially after a seizure"
)
B_MISS = "He misses parts of lessons during focal seizures, which can last up to two minutes, and is confused for up to an hour afterwards."
B_ANX = "Oscar is anxious about having a seizure in front of other pupils and has begun to avoid the canteen and PE."
B_TIRED = "Oscar is often very tired in the morning because of seizures at night and the side effects of his medication."
B_SAFE = "He cannot safely swim, climb or use workshop machinery without close supervision."

F_RECAP = "Pre-teaching and recap of key vocabulary and facts for English, maths and science, 20 minutes three times a week, 1:1 with a teaching assistant."
F_NOTES = "Printed summaries of any lesson or part of a lesson missed through a seizure, given to Oscar by the subject teacher the same day."
F_MEMORY = "memory strategies programme"
F_KEY = "A named key adult (learning mentor) to meet Oscar for 10 minutes at the start of each school day."
F_PEER = "Opportunities to talk about his epilepsy with his peers."
F_SWIM = "A trained adult within arm's reach of Oscar in swimming, climbing and any practical lesson using machinery."
F_REST = "Rest after a seizure when needed."
F_LATE = "On a morning after a night-time seizure, a late start at 9.30 am, agreed with his parents by phone."

G_MIDAZ = "Staff who work with Oscar trained in seizure first aid and buccal midazolam by the epilepsy specialist nurse each September, in line with his individual healthcare plan."
G_CLINIC = "Review in the paediatric epilepsy clinic every six months."
G_TEACH = "Training for Oscar's teachers on epilepsy, memory and learning, by the epilepsy specialist nurse, once a year."

PAEDS = "paediatric_letter.pdf"
ESN = "epilepsy_nurse_report.docx"

CASE_02 = dict(
    name="case-evalm-02",
    layout="areas-as-headings",
    summary=(
        "Pendlebury Vale Council; Oscar Nwosu-Hart, 12, Year 7 at Marlowe Academy (drug-resistant focal "
        "epilepsy: seizures in lessons and at night, memory, processing, fatigue, anxiety, safety). The "
        "plan is organised by area of need: each area heading has Needs, Outcomes and Provision "
        "sub-headings (B, E and F headed three times each); the other sections have lettered headings. "
        "Community paediatrician's clinic letter; epilepsy specialist nurse's report with an Outcome | "
        "Provision | Rationale table."
    ),
    note=(
        "B, E and F are headed once per area of need; a text is in B if it stands under any Needs "
        "sub-heading. The grouping heading 'Sections B, E and F ...' is not a section. Seizure first "
        "aid and rescue medication training by the epilepsy nurse is health provision correctly in G; "
        "the nurse's training of teachers on memory and learning is educational, so in G it is "
        "wrong_section. Outcome and Rationale cells of the nurse's table are not recommendations. "
        "Facts of the medical history (MRI, medication, surgery assessment) are not needs."
    ),
    plan=dict(
        file="plan.docx",
        header="Pendlebury Vale Council - Education, Health and Care Plan - OFFICIAL SENSITIVE",
        footer="Oscar Nwosu-Hart - final plan 20 January 2026",
        title="EHC Plan",
        blocks=[
            ("org", "Pendlebury Vale Council"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Oscar Nwosu-Hart"),
                    ("Date of birth", "3 March 2013"),
                    ("School", "Marlowe Academy, Year 7"),
                    ("Date of plan", "20 January 2026"),
                ],
            ),
            ("H", "A", "Section A - Oscar's views, interests and aspirations", "h1"),
            (
                "S",
                "A",
                "Oscar wants to be a sound engineer and plays bass guitar in a band with his cousins.",
            ),
            (
                "p",
                'He says: "I don\'t want everyone staring at me when I have a seizure. I just want to get on with things."',
            ),
            ("h", 1, "Sections B, E and F - needs, outcomes and provision by area of need"),
            (
                "i",
                "Under each area of need, Oscar's special educational needs are set out first, then the outcomes sought, then the special educational provision that will be made.",
            ),
            ("h", 2, "Cognition and learning"),
            ("H", "B", "Needs", "h3"),
            ("S", "B", B_MEM),
            ("bul", [B_PROC, B_MISS]),
            ("H", "E", "Outcomes", "h3"),
            (
                "S",
                "E",
                "By July 2027 Oscar will recall the key words of each science topic at the end of the topic, with visual prompts.",
            ),
            ("H", "F", "Provision", "h3"),
            ("S", "F", ("F", F_RECAP, True)),
            ("bul", [("F", F_NOTES, True), ("F", F_MEMORY, False)]),
            ("h", 2, "Social, emotional and mental health"),
            ("H", "B", "Needs", "h3"),
            ("p", B_ANX),
            ("H", "E", "Outcomes", "h3"),
            (
                "p",
                "By the end of Year 8 Oscar will eat lunch in the canteen with friends on most days.",
            ),
            ("H", "F", "Provision", "h3"),
            ("bul", [("F", F_KEY, True), ("F", F_PEER, False)]),
            ("h", 2, "Physical and sensory"),
            ("H", "B", "Needs", "h3"),
            ("p", [B_TIRED, B_SAFE]),
            ("H", "E", "Outcomes", "h3"),
            (
                "p",
                "By July 2026 Oscar will take part in every PE and science practical lesson, with the safety measures in his plan.",
            ),
            ("H", "F", "Provision", "h3"),
            ("bul", [("F", F_SWIM, True), ("F", F_REST, False), ("F", F_LATE, True)]),
            ("H", "C", "Section C - Health care needs", "h1"),
            (
                "S",
                "C",
                "Oscar has focal epilepsy which has not been controlled by two medicines; he has an individual healthcare plan and rescue medication (buccal midazolam) in school.",
            ),
            ("H", "G", "Section G - Health care provision", "h1"),
            ("S", "G", G_MIDAZ),
            ("p", G_CLINIC),
            ("p", G_TEACH),
            ("H", "D", "Section D - Social care needs", "h1"),
            ("S", "D", "Oscar's needs have not required a social care assessment."),
            (
                "H",
                "H1",
                "Section H1 - Social care provision under the Chronically Sick and Disabled Persons Act 1970",
                "h1",
            ),
            ("S", "H1", "Not applicable; no provision under the 1970 Act is needed."),
            ("H", "H2", "Section H2 - Other social care provision", "h1"),
            (
                "S",
                "H2",
                "None at present. The family know how to contact the Children with Disabilities Team.",
            ),
            ("H", "I", "Section I - Placement", "h1"),
            ("S", "I", "Marlowe Academy (mainstream secondary academy)."),
            ("H", "J", "Section J - Personal budget", "h1"),
            ("S", "J", "No personal budget was requested."),
            ("H", "K", "Section K - Advice and information", "h1"),
            (
                "S",
                "K",
                "Letter from Dr Adaeze Fairweather, community paediatrician (October 2025); epilepsy specialist nurse report (November 2025); school advice; parents' advice.",
            ),
        ],
    ),
    reports=[
        dict(
            file=PAEDS,
            header="Pendlebury Vale Community Child Health - Paediatric Epilepsy Clinic",
            footer="Page {n} of {m}",
            blocks=[
                ("org", "Pendlebury Vale Community Child Health"),
                ("small", "Children's Centre, Rook Lane, Pendlebury PV4 2XA   Tel 01632 960418"),
                ("small", "Clinic date: 22 October 2025   Typed: 27 October 2025"),
                (
                    "p",
                    "Dr M. Okafor, Larchfield Surgery. Copy to: parents; SEND Assessment Team, Pendlebury Vale Council.",
                ),
                ("p", "Dear Dr Okafor,"),
                ("b", "Re: Oscar Nwosu-Hart, DOB 03/03/2013, NHS no. 999 123 4567"),
                (
                    "p",
                    "Diagnoses: 1. Focal epilepsy, drug resistant. 2. Focal cortical dysplasia, right frontal lobe.",
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "An MRI in August showed a small area of cortical dysplasia in the right frontal lobe.",
                            "test result",
                        ),
                        (
                            "X",
                            "His levetiracetam was increased in September and lamotrigine added.",
                            "medication history",
                        ),
                        (
                            "X",
                            "He has been referred to the regional centre to be assessed for epilepsy surgery.",
                            "health plan, not a need or a recommendation to school",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Oscar continues to have focal impaired awareness seizures, on average four to six a week, lasting up to two minutes, after which he is confused and sleepy.",
                            "health",
                            B_MISS,
                        ),
                        (
                            "N",
                            "He also has seizures from sleep two or three nights a week and is exhausted the following morning.",
                            "sensory_physical",
                            B_TIRED,
                        ),
                        (
                            "N",
                            "His mother reports, and school confirms, that he forgets what he has learned within a day or two.",
                            "cognition_learning",
                            B_MEM,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "On examination there is a mild weakness of the left hand, and his handwriting has become smaller and slower.",
                            "sensory_physical",
                            None,
                        ),
                        (
                            "N",
                            "His word-finding has become noticeably worse this year and he often cannot name things he knows well.",
                            "communication_interaction",
                            None,
                        ),
                    ],
                ),
                ("p", "Plan:"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "I would recommend that Oscar has 25% extra time and supervised rest breaks in all tests and examinations.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "He should have daily pre-teaching and recap of key vocabulary, 30 minutes a day, with a teaching assistant.",
                            "cognition_learning",
                            "less",
                            F_RECAP,
                            {"note": "150 minutes a week recommended; F has 60 minutes."},
                        ),
                        (
                            "R",
                            "He would benefit from being taught memory strategies (visual organisers, rehearsal, chunking) in a weekly small-group session of 30 minutes run by the SENCo.",
                            "cognition_learning",
                            "not_specific",
                            F_MEMORY,
                        ),
                        (
                            "R",
                            "On mornings after a night-time seizure Oscar should be allowed to start school at 9.30 am.",
                            "sensory_physical",
                            "specific",
                            F_LATE,
                        ),
                        (
                            "R",
                            "I will see Oscar again in the epilepsy clinic in six months.",
                            "health",
                            "not_educational",
                            G_CLINIC,
                            {"section": "G"},
                        ),
                    ],
                ),
                ("p", "Yours sincerely,"),
                ("p", "Dr Adaeze Fairweather, Consultant Community Paediatrician"),
            ],
        ),
        dict(
            file=ESN,
            header="Pendlebury Vale Children's Epilepsy Nursing Service",
            blocks=[
                ("org", "Pendlebury Vale Children's Epilepsy Nursing Service"),
                ("title", "Epilepsy specialist nurse report"),
                (
                    "p",
                    "Oscar Nwosu-Hart, Year 7, Marlowe Academy. Written by Bethan Aldous, Epilepsy Specialist Nurse, after a school visit on 6 November 2025.",
                ),
                ("h", 2, "Oscar's seizures at school"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Oscar told me he is embarrassed about having seizures in class and has stopped eating in the canteen.",
                            "semh",
                            B_ANX,
                        ),
                        (
                            "N",
                            "After a seizure he needs instructions repeated because he cannot hold them in mind.",
                            "cognition_learning",
                            B_PROC,
                        ),
                        (
                            "N",
                            "He is not safe in water or at heights, because a seizure there could be dangerous.",
                            "sensory_physical",
                            B_SAFE,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "Oscar's seizures have not stopped him enjoying drama, where he has a speaking part in the Christmas play.",
                        "strength",
                    ),
                ),
                ("h", 2, "What I recommend"),
                (
                    "grid",
                    [
                        ["Outcome", "Provision", "Rationale"],
                        [
                            ("X", "Oscar is kept safe during and after seizures", "outcome cell"),
                            (
                                "R",
                                "Staff who work with Oscar trained in seizure first aid and buccal midazolam by the epilepsy nurse each September",
                                "health",
                                "not_educational",
                                G_MIDAZ,
                                {"section": "G"},
                            ),
                            (
                                "X",
                                "Rescue medication must be given within five minutes of a prolonged seizure.",
                                "rationale cell",
                            ),
                        ],
                        [
                            ("X", "Oscar returns to learning after a seizure", "outcome cell"),
                            (
                                "R",
                                "Rest in the medical room until fully alert (usually 30 to 60 minutes), supervised by a first-aid trained adult",
                                "health",
                                "not_specific",
                                F_REST,
                            ),
                            (
                                "X",
                                "He is confused and at risk of a further seizure after the first.",
                                "rationale cell",
                            ),
                        ],
                        [
                            (
                                "X",
                                "Oscar takes part in PE, swimming and practical subjects safely",
                                "outcome cell",
                            ),
                            (
                                "R",
                                "A trained adult within arm's reach in swimming, climbing and any lesson with machinery",
                                "sensory_physical",
                                "specific",
                                F_SWIM,
                            ),
                            (
                                "X",
                                "His seizures come without warning.",
                                "rationale cell",
                            ),
                        ],
                        [
                            (
                                "X",
                                "Teachers understand how epilepsy affects Oscar's learning",
                                "outcome cell",
                            ),
                            (
                                "R",
                                "Training for his teachers on epilepsy, memory and learning, and how to adapt lessons, by the epilepsy specialist nurse, once a year",
                                "cognition_learning",
                                "wrong_section",
                                G_TEACH,
                                {"section": "G"},
                            ),
                            (
                                "X",
                                "Teachers often take his blank spells for daydreaming.",
                                "rationale cell",
                            ),
                        ],
                        [
                            ("X", "Oscar feels confident in school", "outcome cell"),
                            (
                                "R",
                                "A named key adult to meet Oscar for 10 minutes at the start of each day",
                                "semh",
                                "specific",
                                F_KEY,
                            ),
                            (
                                "X",
                                "He worries most in the morning about what the day will bring.",
                                "rationale cell",
                            ),
                        ],
                    ],
                    [0.28, 0.44, 0.28],
                ),
                ("p", "Bethan Aldous RN, Epilepsy Specialist Nurse, 13 November 2025"),
            ],
        ),
    ],
)
