# ruff: noqa: E501
"""case-evalap-03: Lowbridge City Council; Callum Ashworth-Mbeki, 14, Year 9, returning to
school after a severe traumatic brain injury, taught meanwhile by the hospital education
service. Layout "number-then-letter-in-parentheses": each heading is a section number,
the statutory letter in brackets, then the name ("2 (B) Special educational needs")."""

B_SPEED = "Callum's speed of processing information is now slow, so he needs more time than other pupils to understand what is said to him and to finish written work."
B_FATIGUE = "He has significant fatigue, both physical and mental, and his concentration and accuracy drop as the day goes on."
B_MEMORY = "Callum has difficulties with memory."
B_GAPS = "He has gaps in his learning, particularly in maths, because of the time he has missed."
B_SENSORY = "Noisy and crowded places, such as the dining hall and corridors between lessons, can give him headaches."
B_MOOD = "Callum has experienced low mood since his injury and is anxious about going back to Tennyson Road."

F_PHASED = "A phased return to school, increasing as Callum is able."
F_KEY = "A named key worker (the Assistant SENCo, Mrs Delaney) who will meet Callum at reception at the start of each school day and see him for 10 minutes at the end of the day to go through his planner."
F_REST = "A quiet room (the learning support base) where Callum can rest for 10 minutes at morning break."
F_TRAIN = "A half-day training session on acquired brain injury for all staff who teach Callum, given by the Children's Acquired Brain Injury Team before his return in January 2027."
F_MATHS = "Maths catch-up in a group of no more than four with a qualified maths teacher, three 30-minute sessions each week for the spring and summer terms 2027."
F_NOTES = "Printed copies of the notes and slides for every lesson, given to Callum at the start of the lesson."
F_OPTIONS = "Callum will study eight GCSE subjects rather than nine; the three lessons a week this frees will be supervised study in the learning support base with a teaching assistant."
F_LIAISON = "Liaison between the hospital education service and the school."
G_STRAT = "The Children's Acquired Brain Injury Team will provide a programme of memory and organisation strategies (planner, checklists, phone reminders), to be taught to Callum in school by a teaching assistant twice a week for 30 minutes."
G_PSYCH = "Psychological support from the clinical psychology service at Lowbridge Royal Hospital to help Callum adjust to his injury, fortnightly for up to 12 sessions."

NEURO = "neuropsychology_report.pdf"
HOSP = "hospital_teacher_report.docx"


def _h(sid: str, number: int, name: str) -> tuple:
    return ("H", sid, f"{number} ({sid}) {name}", "h1")


CASE_03 = dict(
    name="case-evalap-03",
    layout="number-then-letter-in-parentheses",
    summary=(
        "Lowbridge City Council; Callum Ashworth-Mbeki, 14, Year 9 at Tennyson Road Academy, returning after a "
        "severe traumatic brain injury in February 2026 (slow processing, fatigue, memory, executive function, "
        'low mood). Each heading gives a number, the letter in brackets, then the name: "2 (B) Special '
        'educational needs", "6 (F) Special educational provision". Long independent neuropsychology report; '
        "hospital education service teacher's report with a recommendation table carrying an outcome column."
    ),
    note="The strategy programme taught by a teaching assistant stands in 7 (G): wrong_section. The hospital's clinical psychology support in G is health provision. The neuropsychologist's view that a specialist placement is not needed is about Section I and is not a recommendation.",
    plan=dict(
        file="plan.docx",
        footer="Lowbridge City Council | EHCP | Callum Ashworth-Mbeki | Issued 27 November 2026",
        blocks=[
            ("org", "Lowbridge City Council - Children's Services - SEND Statutory Team"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Callum Ashworth-Mbeki"),
                    ("Date of birth", "22 August 2012"),
                    ("Address", "41 Linnet Way, Lowbridge QZ6 1HW"),
                    ("Type of plan", "Final plan following EHC needs assessment"),
                ],
            ),
            _h("A", 1, "Views, interests and aspirations of Callum and his family"),
            (
                "S",
                "A",
                "Callum enjoys rugby (he played for the Lowbridge Colts under-14s before his accident), gaming with his friends online and music.",
            ),
            (
                "p",
                'He wants to go back to Tennyson Road with his friends and to take his GCSEs. He would like to be a sports physiotherapist. His mother and stepfather want school to understand that Callum "looks fine but isn\'t", and that he gets very tired.',
            ),
            _h("B", 2, "Special educational needs"),
            ("S", "B", B_SPEED),
            ("p", [B_FATIGUE, B_MEMORY]),
            ("p", B_GAPS),
            ("p", [B_SENSORY, B_MOOD]),
            ("p", "Callum's reading, vocabulary and spoken language remain strengths."),
            _h("C", 3, "Health needs related to special educational needs"),
            (
                "S",
                "C",
                "Callum sustained a severe traumatic brain injury in February 2026 and remains under the care of the Children's Acquired Brain Injury Team at Lowbridge Royal Hospital.",
            ),
            ("p", "He has occasional headaches and takes medication for them at home."),
            _h("D", 4, "Social care needs"),
            ("S", "D", "Callum does not have social care needs at present."),
            _h("E", 5, "Outcomes"),
            (
                "S",
                "E",
                "By the end of the summer term 2027 Callum will attend school full time, using rest breaks when he needs them.",
            ),
            (
                "p",
                "By July 2027 Callum will use his planner and phone reminders to bring the right equipment and hand in homework on time in most weeks.",
            ),
            ("pb",),
            _h("F", 6, "Special educational provision"),
            (
                "S",
                "F",
                "Tennyson Road Academy will put in place the provision below; the council will provide top-up funding of £8,400 a year.",
            ),
            ("b", "Return to school"),
            ("p", ("F", F_PHASED, False)),
            ("p", ("F", F_LIAISON, False)),
            ("p", ("F", F_KEY, True)),
            ("b", "Fatigue and the school day"),
            ("p", ("F", F_REST, True)),
            ("p", ("F", F_OPTIONS, True)),
            ("b", "Teaching and learning"),
            ("p", ("F", F_NOTES, True)),
            ("p", ("F", F_MATHS, True)),
            ("p", ("F", F_TRAIN, True)),
            ("pb",),
            _h("G", 7, "Health provision"),
            ("S", "G", G_PSYCH),
            ("p", G_STRAT),
            ("p", "Review by the Children's Acquired Brain Injury Team every three months."),
            _h(
                "H1",
                8,
                "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("S", "H1", "Not applicable."),
            _h("H2", 9, "Other social care provision"),
            ("S", "H2", "Callum and his family do not need social care provision at this time."),
            _h("I", 10, "Placement"),
            ("S", "I", "Tennyson Road Academy (mainstream academy, 11 to 18)."),
            _h("J", 11, "Personal budget"),
            ("S", "J", "No personal budget has been requested."),
            _h("K", 12, "Advice and information"),
            (
                "S",
                "K",
                "Independent neuropsychology report (Dr R. Fairbairn, October 2026); report of the Lowbridge Hospital and Home Education Service (September 2026); advice from Tennyson Road Academy; parental views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=NEURO,
            footer="Dr Rosalind Fairbairn - Independent neuropsychological assessment - Callum Ashworth-Mbeki - CONFIDENTIAL - page {n} of {m}",
            blocks=[
                ("org", "Dr Rosalind Fairbairn, CPsychol, Consultant Clinical Neuropsychologist"),
                (
                    "small",
                    "Fairbairn Neuropsychology Ltd, 6 Chantry Court, Lowbridge QZ2 7BN. 01632 960905. admin@fairbairn-neuro.example.org",
                ),
                ("title", "Neuropsychological assessment report"),
                (
                    "kv",
                    [
                        ("Name", "Callum Ashworth-Mbeki"),
                        ("Date of birth", "22 August 2012 (age 14 years 1 month at assessment)"),
                        ("Dates of assessment", "15 and 22 September 2026"),
                        ("Instructed by", "Mrs L. Ashworth (mother), for the EHC needs assessment"),
                    ],
                ),
                ("h", 2, "1. Summary"),
                (
                    "p",
                    "Callum is a bright, articulate young man whose verbal skills have largely recovered since his injury, but whose speed of thinking, memory, planning and stamina have not. These hidden difficulties are the main barrier to his return to school. With the support set out in section 6 I expect him to be able to take his GCSEs alongside his friends.",
                ),
                ("h", 2, "2. History"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Callum sustained a severe traumatic brain injury on 14 February 2026 when he was hit by a car while cycling, and he was in intensive care for nine days.",
                            "history",
                        ),
                        "An MRI scan showed injury to both frontal lobes and diffuse axonal injury. He spent seven weeks on the children's neurorehabilitation ward and was discharged home on 4 April 2026.",
                    ],
                ),
                (
                    "p",
                    [
                        "Since April he has been taught by the Lowbridge Hospital and Home Education Service.",
                        (
                            "X",
                            "His headaches, which were daily in the spring, now occur about once a week.",
                            "resolving difficulty",
                        ),
                        "Before the injury Callum was in the top set for English and the middle set for maths, and his school reports describe him as sociable and well organised.",
                    ],
                ),
                ("h", 2, "3. Test results"),
                (
                    "table",
                    [
                        ["Measure", "Score", "Range"],
                        ["WISC-V Verbal Comprehension", "104", "Average"],
                        ["WISC-V Visual Spatial", "92", "Average"],
                        ["WISC-V Fluid Reasoning", "88", "Low average"],
                        ["WISC-V Working Memory", "78", "Very low"],
                        ["WISC-V Processing Speed", "72", "Very low (3rd centile)"],
                        [
                            "BRIEF-2 (parent) Global Executive Composite",
                            "T = 71",
                            "Clinically elevated",
                        ],
                    ],
                    dict(widths=[0.5, 0.2, 0.3]),
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "His verbal reasoning and vocabulary are well preserved, and he remains an articulate young man with a dry sense of humour.",
                            "strength",
                        ),
                        "The gap between his verbal and processing scores is typical after an injury of this kind and is the reason adults tend to overestimate what he can manage.",
                    ],
                ),
                ("h", 2, "4. Formulation: Callum's current difficulties"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Callum's speed of processing is now very slow: he needs considerably longer than other pupils to take in spoken information and to complete written work.",
                            "cognition_learning",
                            B_SPEED,
                        ),
                        "In a 50-minute lesson I would expect him to lose the thread of the teacher's explanation more than once unless it is given in writing as well.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "His working memory is impaired: he can hold about four digits forwards, where a boy of his age would usually manage six or seven, and he forgets instructions part way through a task.",
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
                            "He has marked fatigue, both physical and mental; after about 40 minutes of concentrated work his accuracy falls sharply and he becomes irritable.",
                            "health",
                            B_FATIGUE,
                        ),
                        'His mother describes him as "wiped out" on the days he has had two hours of tuition, and he often sleeps for two hours after a session.',
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Callum has difficulty with planning and organising (executive function): he does not know where to start an open-ended task, and he struggles to organise his equipment, his time and his homework.",
                            "cognition_learning",
                            None,
                        ),
                        "This is a common consequence of frontal injury and is easily mistaken for laziness.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            'He has limited insight into his difficulties and tends to say that he is "fine", which means he will not ask for help when he needs it.',
                            "semh",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Loud, busy places such as the canteen and the corridors at lesson changeover cause him headaches and leave him overloaded for the lesson that follows.",
                            "sensory_physical",
                            B_SENSORY,
                        ),
                        (
                            "N",
                            "Callum is low in mood at times and grieves for the things he could do before the injury, in particular playing rugby.",
                            "semh",
                            B_MOOD,
                        ),
                    ],
                ),
                ("h", 2, "5. Options considered"),
                (
                    "p",
                    [
                        (
                            "X",
                            "I considered whether a specialist school for young people with acquired brain injury would be better for Callum; in my view it is not needed, provided the support below is in place at Tennyson Road.",
                            "placement opinion (Section I), option not recommended",
                        ),
                        "A return to his own school, with friends who knew him before the injury, also matters greatly for his sense of who he is.",
                    ],
                ),
                ("h", 2, "6. Recommendations"),
                (
                    "np",
                    "6.1",
                    (
                        "R",
                        "Callum should return on a phased timetable, starting with three mornings a week and building up to full time over at least 12 weeks, with the pace reviewed every two weeks by his key worker and his parents.",
                        "health",
                        "not_specific",
                        F_PHASED,
                    ),
                ),
                (
                    "np",
                    "6.2",
                    (
                        "R",
                        "He needs a named key worker in school, ideally someone with knowledge of brain injury, who meets him at the start of each day and checks in with him at the end of it.",
                        "semh",
                        "specific",
                        F_KEY,
                    ),
                ),
                (
                    "np",
                    "6.3",
                    (
                        "R",
                        "He should have a scheduled rest break of 10 to 15 minutes in a quiet room after every second lesson, and an exit card so that he can leave a lesson earlier if he needs to.",
                        "health",
                        "less",
                        F_REST,
                    ),
                ),
                (
                    "np",
                    "6.4",
                    (
                        "R",
                        "Callum should be taught memory and organisation strategies in school (using a planner, checklists and phone reminders) for 30 minutes twice a week, by a teaching assistant trained by the Children's Acquired Brain Injury Team.",
                        "cognition_learning",
                        "wrong_section",
                        G_STRAT,
                        {"section": "G"},
                    ),
                ),
                (
                    "np",
                    "6.5",
                    (
                        "R",
                        "All of Callum's teachers should receive training on acquired brain injury before he returns; the Children's Acquired Brain Injury Team runs a half-day session for schools.",
                        "cognition_learning",
                        "specific",
                        F_TRAIN,
                    ),
                ),
                (
                    "np",
                    "6.6",
                    (
                        "R",
                        "Callum would benefit from psychological support to help him come to terms with his injury, through the hospital's clinical psychology service.",
                        "semh",
                        "not_educational",
                        G_PSYCH,
                        {"section": "G"},
                    ),
                ),
                (
                    "np",
                    "6.7",
                    (
                        "R",
                        "He should be assessed for exam access arrangements early in Year 10; I would expect him to need 25% extra time, supervised rest breaks and a separate room.",
                        "cognition_learning",
                        "missing_from_f",
                    ),
                ),
                (
                    "p",
                    "I should be happy to review Callum in a year's time, or sooner if his progress is not as expected. I confirm that I understand my duty is to the Tribunal and that the opinions in this report are my own.",
                ),
                ("b", "Dr Rosalind Fairbairn"),
                ("p", "Consultant Clinical Neuropsychologist, 9 October 2026"),
            ],
        ),
        dict(
            file=HOSP,
            blocks=[
                ("org", "Lowbridge Hospital and Home Education Service"),
                ("title", "Teacher's report for an EHC needs assessment"),
                (
                    "kv",
                    [
                        (
                            "Pupil",
                            "Callum Ashworth-Mbeki (home school: Tennyson Road Academy, Year 9)",
                        ),
                        ("Teacher", "Mr Tobias Ekwueme, hospital and home teacher"),
                        ("Date", "30 September 2026"),
                    ],
                ),
                ("h", 2, "Teaching since the injury"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Callum has been taught by the service since April 2026, first on Ward 7 and since July at home for five hours a week.",
                            "history / support in place",
                        ),
                        (
                            "X",
                            "He has completed two GCSE-style English assessments with us and achieved a grade 5 in both.",
                            "progress / test result",
                        ),
                    ],
                ),
                (
                    "p",
                    "Lessons are one hour long with a break after 30 minutes. Callum engages well and is good company, but he is often tired by the end of the hour.",
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "His reading comprehension is a real strength, and his essay on Of Mice and Men was one of the best I have marked this year.",
                            "strength",
                        ),
                        "In science we have covered the Year 9 biology topics from the Tennyson Road scheme of work; chemistry and physics have not been taught, as we have no specialist.",
                    ],
                ),
                (
                    "p",
                    "Ward teaching in April and May was limited to 20-minute sessions because of his fatigue and headaches, and some days no teaching was possible at all. Since July the sessions at home have been 60 minutes with a break.",
                ),
                ("h", 2, "What Callum finds hard"),
                (
                    "p",
                    [
                        (
                            "N",
                            "In maths he has lost much of what he knew: he needs to relearn methods such as long division and solving equations, and he forgets them within a few days unless they are practised.",
                            "cognition_learning",
                            B_GAPS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "His handwriting is slower and less neat than before the injury, and his right hand tires after about a side of writing.",
                            "sensory_physical",
                            None,
                        ),
                        "He prefers to type and is quick on a keyboard.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "He has become anxious about returning to Tennyson Road and about what his friends will think of him.",
                            "semh",
                            B_MOOD,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations for the return to school"),
                (
                    "grid",
                    [
                        ["Recommendation", "Who", "How often", "Outcome"],
                        [
                            (
                                "R",
                                "Small-group maths catch-up on the topics missed in Year 9",
                                "cognition_learning",
                                "specific",
                                F_MATHS,
                            ),
                            "Maths teacher",
                            "Three 30-minute sessions a week for two terms",
                            "Callum is back on track for a grade 4 in maths",
                        ],
                        [
                            (
                                "R",
                                "Copies of lesson notes and slides given to Callum so that he does not have to copy from the board",
                                "cognition_learning",
                                "specific",
                                F_NOTES,
                            ),
                            "Class teachers",
                            "Every lesson",
                            "Less fatigue; he keeps up with the content",
                        ],
                        [
                            (
                                "R",
                                "Drop one GCSE option and use the time for supervised study",
                                "cognition_learning",
                                "specific",
                                F_OPTIONS,
                            ),
                            "Head of Year 9 and SENCo",
                            "Three lessons a week from January",
                            "Homework done in school, not at the end of a tiring day",
                        ],
                        [
                            (
                                "R",
                                "Two joint sessions in school with the hospital teacher before Callum's return, then a handover meeting with his key worker",
                                "semh",
                                "not_specific",
                                F_LIAISON,
                            ),
                            "Hospital teacher and key worker",
                            "December 2026",
                            "A calm first week back",
                        ],
                    ],
                    [0.38, 0.18, 0.2, 0.24],
                ),
                (
                    "X",
                    "Callum's mother would like him to continue with home tuition alongside his return; we do not think this is necessary once he is attending school, and the service would normally close his case at that point.",
                    "option considered and not recommended",
                ),
                ("p", "Tobias Ekwueme. Telephone 01632 960144. hhes@lowbridge.example.org"),
            ],
        ),
    ],
)
