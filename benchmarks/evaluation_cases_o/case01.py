# ruff: noqa: E501
"""case-evalo-01: Brackenford Borough Council; Elsie Marchbank, 9, Year 4, mainstream.

Layout "letter-close-paren": every heading is a bold paragraph "B) Special Educational
Needs", the letter followed by a closing bracket, with italic area labels inside B and F.
Reports: an independent educational psychologist (PDF) and the school's SENCo (.docx).
"""

B_READ = "Elsie has dyslexia: her reading accuracy and spelling are well below those expected for her age, and she reads slowly."
B_PHON = "She has weak phonological awareness and cannot reliably blend or segment words of more than one syllable."
B_ATT = "Elsie has a diagnosis of ADHD; she finds it hard to sustain attention on adult-led tasks for more than five minutes."
B_SOC = "Her impulsive calling out affects her friendships, and she is sometimes left out of group work."
B_ANX = "She is anxious about reading aloud and about tests, and has begun to complain of stomach aches on Monday mornings."
B_ORG = "Elsie struggles to organise her belongings and to remember what she needs for each lesson."

F_PHON = "A multisensory phonics programme, delivered one-to-one by a trained teaching assistant for 20 minutes, three times a week."
F_VOCAB = "Pre-teaching of key vocabulary for each new science and history topic by the class teaching assistant, in a 15-minute session at the start of the topic."
F_ACCESS = "Extra time of 25% and an adult reader for all class tests and assessments."
F_DIFF = "Differentiated work across the curriculum."
F_BREAKS = "Movement breaks as required."
F_CHECK = "A visual checklist of equipment for each day, checked with Elsie by the class teaching assistant at the classroom door every morning."
F_MONDAY = "A 10-minute check-in with her key adult at 8.45 am every Monday to go through the week's timetable."
F_WORRY = "Support from the learning mentor to help Elsie manage her anxiety."
G_OT = "Assessment by the NHS occupational therapy service, followed by a daily 15-minute fine-motor and handwriting programme carried out in school by a teaching assistant."

EP = "ep_report.pdf"
SENCO = "senco_report.docx"


def _h(sid: str, text: str) -> tuple:
    return ("H", sid, text, "b")


CASE = dict(
    name="case-evalo-01",
    layout="letter-close-paren",
    summary=(
        "Brackenford Borough Council; Elsie Marchbank, 9, Year 4 at Sandygate Primary School, mainstream "
        "(dyslexia, ADHD, anxiety about reading, organisation). Headings are bold paragraphs with the "
        "letter and a closing bracket ('B) Special Educational Needs'); B and F grouped under italic "
        "area labels. Independent EP report in the first person with a scores table; school SENCo "
        "report with a table of support already in place and 'next steps'."
    ),
    note=(
        "The SENCo's table of current support lists what is in place, not recommendations. A school-run "
        "handwriting programme written into G after an OT assessment is wrong_section; the OT assessment "
        "itself is health. A provision with 'as required' and no who or how often is not specific."
    ),
    plan=dict(
        file="plan.docx",
        header="Brackenford Borough Council - EHC plan - Elsie Marchbank - OFFICIAL SENSITIVE",
        footer="Final EHC plan issued 16 February 2026",
        blocks=[
            (
                "org",
                "Brackenford Borough Council - Special Educational Needs and Disabilities Team",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Elsie Marchbank"),
                    ("Date of birth", "14 June 2016"),
                    ("School", "Sandygate Primary School (Year 4)"),
                    ("Plan co-ordinator", "Lorna Whitcombe, 01632 960418"),
                ],
            ),
            _h("A", "A) Views, interests and aspirations of Elsie and her family"),
            ("S", "A", "Elsie loves horses, drawing and making up stories, and wants to be a vet."),
            (
                "p",
                "Her parents want her to feel clever again and to stop dreading school on Mondays.",
            ),
            _h("B", "B) Special Educational Needs"),
            ("i", "Cognition and learning"),
            ("S", "B", B_READ),
            ("p", B_PHON),
            ("i", "Social, emotional and mental health"),
            ("p", [B_ATT, B_SOC]),
            ("p", B_ANX),
            ("i", "Independence and organisation"),
            ("p", B_ORG),
            _h("C", "C) Health Needs related to Special Educational Needs"),
            (
                "S",
                "C",
                "Elsie's ADHD was diagnosed by the community paediatrician in 2025; she is not taking medication.",
            ),
            _h("D", "D) Social Care Needs related to Special Educational Needs or Disability"),
            ("S", "D", "Elsie has no social care needs."),
            _h("E", "E) Outcomes"),
            (
                "S",
                "E",
                "By the end of Key Stage 2 Elsie will read a Year 5 text aloud to a small group with 90% accuracy.",
            ),
            (
                "p",
                "By July 2027 Elsie will arrive at each lesson with the right equipment on four days out of five.",
            ),
            (
                "p",
                "By July 2027 Elsie will tell an adult when she is worried, and will attend school every Monday.",
            ),
            ("pb",),
            _h("F", "F) Special Educational Provision"),
            (
                "p",
                "The following provision will be made by Sandygate Primary School, using its notional SEN budget and top-up funding from Brackenford Borough Council.",
            ),
            ("i", "Cognition and learning"),
            ("bul", [("S", "F", ("F", F_PHON, True)), ("F", F_VOCAB, True), ("F", F_ACCESS, True)]),
            ("bul", [("F", F_DIFF, False, "No what, who or how much.")]),
            ("i", "Social, emotional and mental health"),
            (
                "bul",
                [
                    ("F", F_BREAKS, False, "'As required' with no who, how often or how long."),
                    ("F", F_MONDAY, True),
                    ("F", F_WORRY, False, "No frequency, duration or content."),
                ],
            ),
            ("i", "Independence and organisation"),
            ("bul", [("F", F_CHECK, True)]),
            _h("G", "G) Health Provision"),
            ("S", "G", G_OT),
            ("p", "Review of Elsie's ADHD by the community paediatrician every 12 months."),
            _h(
                "H1",
                "H1) Social Care Provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("S", "H1", "Not applicable."),
            _h("H2", "H2) Other Social Care Provision"),
            ("S", "H2", "Not applicable at this time."),
            _h("I", "I) Placement"),
            ("S", "I", "Sandygate Primary School, Brackenford HF4 2QT (mainstream)."),
            _h("J", "J) Personal Budget"),
            ("S", "J", "Elsie's parents have not asked for a personal budget."),
            _h("K", "K) Advice and Information"),
            (
                "S",
                "K",
                "Independent educational psychology report (Dr Farah Qureshi, November 2025); school SENCo report (December 2025); parents' contribution.",
            ),
        ],
    ),
    reports=[
        dict(
            file=EP,
            footer="Dr Farah Qureshi CPsychol - Elsie Marchbank - confidential - page {n} of {m}",
            blocks=[
                ("org", "Qureshi Psychology - independent educational psychology"),
                (
                    "small",
                    "12 Tannery Yard, Brackenford HF4 9AB   01632 960752   farah@example.org",
                ),
                ("title", "Educational psychology report: Elsie Marchbank"),
                (
                    "p",
                    "This report was commissioned by Elsie's parents. I saw Elsie at home on 4 November 2025 and at school on 11 November 2025, and spoke with her class teacher and the SENCo.",
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Her mother reports that the bedwetting that troubled Elsie at age six has stopped.",
                            "resolved difficulty",
                        ),
                        (
                            "X",
                            "At present Elsie reads with a volunteer once a week, when one is available.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 2, "Assessment results"),
                (
                    "grid",
                    [
                        ["Test", "Standard score", "Percentile"],
                        ["WIAT-III word reading", "74", "4"],
                        ["WIAT-III spelling", "70", "2"],
                        ["CTOPP-2 phonological awareness", "76", "5"],
                        ["WISC-V processing speed", "71", "3"],
                        ["WISC-V verbal comprehension", "112", "79"],
                    ],
                    [0.5, 0.25, 0.25],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Elsie's verbal reasoning is a real strength (standard score 112), and her spoken vocabulary is above average.",
                            "strength",
                        ),
                        (
                            "N",
                            "Elsie's single-word reading is at the 4th percentile (standard score 74), and her spelling is at the 2nd percentile.",
                            "cognition_learning",
                            B_READ,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Her phonological processing is a specific weakness: she could not delete or swap sounds in words on the CTOPP-2 tasks.",
                            "cognition_learning",
                            B_PHON,
                        ),
                        (
                            "N",
                            "Her processing speed is very low (standard score 71), so she takes much longer than her classmates to copy from the board or to finish written work.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "Observation and Elsie's views"),
                (
                    "p",
                    [
                        (
                            "N",
                            "During my observation she was on task for less than a third of the literacy lesson, and needed repeated adult prompts to start writing.",
                            "semh",
                            B_ATT,
                        ),
                        (
                            "N",
                            "Elsie is anxious about reading in front of others; she told me her heart 'goes really fast' before spelling tests.",
                            "semh",
                            B_ANX,
                        ),
                    ],
                ),
                ("pb",),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    "The recommendations below are for the school unless I say otherwise. They should be written into Section F.",
                ),
                (
                    "num",
                    [
                        (
                            "R",
                            "I recommend a structured, multisensory synthetic phonics programme delivered one-to-one by a teaching assistant trained in its use, for 30 minutes, four times a week.",
                            "cognition_learning",
                            "less",
                            F_PHON,
                        ),
                        (
                            "R",
                            "Elsie should have a laptop with text-to-speech and word prediction software for all extended writing, and be taught to touch-type in a weekly 20-minute session.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "She needs 25% extra time and a reader for all classroom assessments and tests.",
                            "cognition_learning",
                            "specific",
                            F_ACCESS,
                        ),
                        (
                            "R",
                            "Teaching staff should break tasks into short steps, with a visual checklist on her desk, and give her a movement break every 15 to 20 minutes.",
                            "semh",
                            "not_specific",
                            F_BREAKS,
                        ),
                        (
                            "R",
                            "It would help Elsie if a trusted adult met her for 10 minutes at the start of each Monday to talk through the week.",
                            "semh",
                            "specific",
                            F_MONDAY,
                        ),
                        (
                            "R",
                            "At home, her parents might read with her for ten minutes each evening using paired reading.",
                            "cognition_learning",
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "I do not recommend a reduced timetable, which was raised at the school meeting.",
                        "option not recommended",
                    ),
                ),
            ],
        ),
        dict(
            file=SENCO,
            header="Sandygate Primary School - SEN support",
            blocks=[
                ("org", "Sandygate Primary School"),
                ("title", "SENCo report for the EHC needs assessment"),
                (
                    "small",
                    "Pupil: Elsie Marchbank, Year 4   Written by: Mr Dev Anand, SENCo   8 December 2025",
                ),
                ("h", 2, "How Elsie is getting on"),
                (
                    "p",
                    [
                        (
                            "N",
                            "She is reading at book band 7 (turquoise), about two years behind most of her class.",
                            "cognition_learning",
                            B_READ,
                        ),
                        (
                            "N",
                            "In group work Elsie often calls out and interrupts, and other children have started to leave her out.",
                            "semh",
                            B_SOC,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Elsie finds it very hard to keep track of her reading book, PE kit and homework, and often arrives at lessons without what she needs.",
                            "other",
                            B_ORG,
                        ),
                        (
                            "N",
                            "Her handwriting is large and effortful; after ten minutes of writing she says her hand hurts and her letters become hard to read.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "Elsie has seen the school nurse about her eczema, which is now well controlled.",
                        "health, resolved",
                    ),
                ),
                ("h", 2, "Support currently in place"),
                (
                    "grid",
                    [
                        ["Support", "Who", "How often"],
                        [
                            (
                                "X",
                                "Elsie has a fidget tool and sits near the front of the class.",
                                "support already in place",
                            ),
                            "Class teacher",
                            "Daily",
                        ],
                        [
                            (
                                "X",
                                "Reading with a TA from the intervention timetable.",
                                "support already in place",
                            ),
                            "TA",
                            "10 minutes, 3 times a week",
                        ],
                    ],
                    [0.6, 0.2, 0.2],
                ),
                ("pb",),
                ("h", 2, "Next steps we think Elsie needs"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "Weekly small-group sessions with the learning mentor (30 minutes) to build her confidence and teach her ways of managing worry.",
                            "semh",
                            "not_specific",
                            F_WORRY,
                        ),
                        (
                            "R",
                            "A handwriting and fine-motor programme, 15 minutes daily, after an assessment by an occupational therapist.",
                            "sensory_physical",
                            "wrong_section",
                            G_OT,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "Elsie would benefit from a visual checklist of what to bring each day, checked with an adult at the classroom door.",
                            "other",
                            "specific",
                            F_CHECK,
                        ),
                        (
                            "R",
                            "Pre-teaching of topic vocabulary before each new science and history topic, so that she can join in class discussion.",
                            "cognition_learning",
                            "specific",
                            F_VOCAB,
                        ),
                    ],
                ),
            ],
        ),
    ],
)
