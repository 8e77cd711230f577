# ruff: noqa: E501
"""Set AL as data: young people aged 16 to 19 in sixth forms, further education colleges
and specialist post-16 institutions (autism, anxiety, specific learning difficulties and
mental health needs), preparing for adulthood. Every plan identifies its sections without
section letters, each in a layout of its own.

Every name, council, college, service and professional is invented. Postcodes use areas
that do not exist and phone numbers are in the 01632 960xxx range. Markers are those of
evaluation_kit.dataset.
"""

# ---------------------------------------------------------------------------
# case-evalal-01: Castleby Metropolitan Borough Council; Reece Adeyemi-Clarke, 17,
# Fenmoor College (general further education college). Layout
# "decimal-grouped-council-order": the council's own numbering, needs grouped as 2.1 to
# 2.3 and provision as 4.1 to 4.4 under plain group headings, no section letters.
# ---------------------------------------------------------------------------

B1_AUT = "Reece is autistic. He finds it hard to work out what other people mean or intend, and he struggles in group tasks unless each person has a clear role."
B1_ANX = "He experiences high levels of anxiety, especially at unstructured times and when plans change at short notice."
B1_PROC = "Reece's speed of processing is well below that of his peers, so he needs more time to take in spoken instructions and to finish written work."
B1_WRIT = "His written work does not reflect his understanding: he finds it hard to plan and organise longer pieces of writing."
B1_ORG = "Reece has difficulty organising his time, his deadlines and the equipment he needs for each session."
B1_SENS = "He is sensitive to noise and to crowded spaces such as the college canteen and corridors at changeover."

F1_MENTOR = "A named learning mentor from the Learning Support Team will meet Reece for one hour each week, in term time, to plan his assignments and deadlines and to go over any changes to his timetable."
F1_STUDY = "Study skills support from the Learning Support Team."
F1_LSA = "In-class support from a learning support assistant for 3 hours a week in his practical IT sessions."
F1_EXAM = "Reece will have 25% extra time in all timed assessments and examinations, and will use a college laptop for written answers."
F1_QUIET = "Reece can use the Learning Hub quiet room at breaks and lunchtimes, and will carry an exit card that allows him to leave any lesson for up to ten minutes."
F1_CHANGE = "Reece's personal tutor will e-mail him at least 24 hours before any room change, cover teacher or change to the timetable, and will meet him on the day if a change cannot be announced in advance."
F1_WORK = "Work experience will be arranged as appropriate."
F1_CHECK = "Regular check-ins with his personal tutor."
G1_COUNS = "Reece will be offered six weekly sessions of anxiety management with the college counsellor, using a cognitive behavioural approach."
G1_GP = (
    "Reece's GP will continue to review his sleep and mood at appointments arranged by his family."
)

LST1 = "learning_support_report.docx"
EP1 = "ep_report.pdf"
CAR1 = "careers_guidance.docx"

CASE_01 = dict(
    name="case-evalal-01",
    layout="decimal-grouped-council-order",
    summary=(
        "Castleby Metropolitan Borough Council; Reece Adeyemi-Clarke, 17, second year of a Level 2 IT course "
        "at Fenmoor College (autism, anxiety, slow processing, written expression, organisation). Sections are "
        "numbered in the council's own order with sub-numbers: needs grouped as 2.1 to 2.3 and provision as 4.1 "
        "to 4.4 under group headings, no section letters. College learning support report, independent "
        "educational psychologist's report, careers adviser's guidance record."
    ),
    note='Headings are the numbered names ("2.1 Special educational needs"); "2 Needs" and "4 Provision" are group headings only. The college counsellor\'s anxiety management sessions are educational provision placed in 4.2 Health provision (wrong_section); the GP\'s review is health provision.',
    plan=dict(
        file="plan.docx",
        footer="Castleby MBC  |  EHC plan  |  Reece Adeyemi-Clarke  |  Final  |  OFFICIAL-SENSITIVE",
        blocks=[
            ("org", "Castleby Metropolitan Borough Council - SEND Assessment and Review Service"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Reece Adeyemi-Clarke"),
                    ("Date of birth", "14 August 2009"),
                    ("Education setting", "Fenmoor College, Quarry Road, Castleby HF9 2LN"),
                    ("Date of this plan", "23 October 2026 (final, following annual review)"),
                    ("SEND Officer", "Priya Lindqvist, 01632 960114, send.reviews@example.org"),
                ],
            ),
            ("H", "A", "1 About me: my views, interests and aspirations", "h1"),
            (
                "S",
                "A",
                "I want to get a job in IT support or fixing computers, and one day to have my own flat.",
            ),
            (
                "p",
                "I like gaming, building PCs and walking my dog, Biscuit. I do not like it when people shout or when things change and nobody tells me.",
            ),
            (
                "p",
                "Reece's mother, Mrs Adeyemi, said that she wants Reece to be able to get to college and to work on his own and to have friends outside the family.",
            ),
            ("h", 1, "2 Needs"),
            (
                "p",
                "This part of the plan sets out Reece's needs. Education needs are described first because they are the main reason for the plan.",
            ),
            ("H", "B", "2.1 Special educational needs", "h2"),
            ("b", "Communication and interaction"),
            ("S", "B", B1_AUT),
            ("b", "Social, emotional and mental health"),
            ("p", B1_ANX),
            ("b", "Cognition and learning"),
            ("p", [B1_PROC, B1_WRIT]),
            ("p", B1_ORG),
            ("b", "Sensory and physical"),
            ("p", B1_SENS),
            ("H", "C", "2.2 Health needs related to special educational needs", "h2"),
            (
                "S",
                "C",
                "Reece has a diagnosis of autism spectrum condition (Castleby Child Development Centre, 2017). He has had difficulty getting to sleep since Year 11 and his GP is monitoring this.",
            ),
            ("H", "D", "2.3 Social care needs", "h2"),
            (
                "S",
                "D",
                "Reece is not known to social care and the family have not asked for a social care assessment.",
            ),
            ("H", "E", "3 Outcomes", "h1"),
            (
                "S",
                "E",
                "By July 2027 Reece will complete his Level 2 IT qualification, handing in each assignment by its deadline with no more than one extension a term.",
            ),
            (
                "p",
                "By July 2027 Reece will take part in a group project in class, carrying out the role he has been given.",
            ),
            (
                "p",
                "By July 2028 Reece will travel to college and to a work placement on his own by bus.",
            ),
            ("h", 1, "4 Provision"),
            (
                "p",
                "The provision in 4.1 will be made by Fenmoor College and funded from the college's element 3 top-up agreed with Castleby MBC.",
            ),
            ("H", "F", "4.1 Special educational provision", "h2"),
            (
                "bul",
                [
                    ("S", "F", ("F", F1_MENTOR, True)),
                    ("F", F1_STUDY, False),
                    ("F", F1_LSA, True),
                    ("F", F1_EXAM, True),
                    ("F", F1_QUIET, True),
                    ("F", F1_CHANGE, True),
                    ("F", F1_WORK, False),
                    ("F", F1_CHECK, False),
                ],
            ),
            ("H", "G", "4.2 Health provision", "h2"),
            ("S", "G", G1_GP),
            ("p", G1_COUNS),
            (
                "H",
                "H1",
                "4.3 Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
                "h2",
            ),
            ("S", "H1", "None identified."),
            ("H", "H2", "4.4 Other social care provision", "h2"),
            ("S", "H2", "None identified at this time."),
            ("H", "I", "5 Placement", "h1"),
            ("S", "I", "Fenmoor College, Castleby (general further education college)."),
            ("p", "Reece's study programme for 2026 to 2027:"),
            (
                "grid",
                [
                    ["Study programme component", "Detail", "Hours a week"],
                    ["Main qualification", "BTEC Level 2 Diploma in Information Technology", "12"],
                    ["English", "GCSE English Language resit", "3"],
                    [
                        "Maths",
                        "Functional Skills Maths Level 2 (GCSE grade 4 achieved June 2026)",
                        "2",
                    ],
                    ["Tutorial", "Group tutorial and personal development", "1"],
                    ["Learning support", "As set out in 4.1", "-"],
                ],
                [0.31, 0.52, 0.17],
            ),
            ("H", "J", "6 Personal budget", "h1"),
            ("S", "J", "Reece and his family have not asked for a personal budget."),
            ("H", "K", "7 Advice and information", "h1"),
            (
                "S",
                "K",
                "Learning support report, Fenmoor College (September 2026); independent educational psychologist's report, Dr Hollis Brant (July 2026); careers guidance record, Castleby Careers Hub (September 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=LST1,
            footer="Fenmoor College Learning Support Team - confidential",
            blocks=[
                ("org", "Fenmoor College - Learning Support Team"),
                ("title", "Learning support report for the annual review"),
                (
                    "kv",
                    [
                        ("Student", "Reece Adeyemi-Clarke (ID 4471029)"),
                        ("Course", "BTEC Level 2 Diploma in IT, year 2"),
                        ("Written by", "Carys Ombudo, Learning Support Coordinator"),
                        ("Date", "22 September 2026"),
                    ],
                ),
                ("h", 2, "Attendance and progress"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Reece's attendance in 2025 to 2026 was 91%, up from 78% in his first term.",
                            "attendance figures: progress",
                        ),
                        (
                            "X",
                            "He achieved a merit in four of his six first-year units and passed GCSE maths at grade 4 in June.",
                            "attainment: strengths",
                        ),
                    ],
                ),
                (
                    "p",
                    "Tutors describe him as polite, knowledgeable and the student others go to when a machine will not boot. He completed the first-year network unit ahead of most of his group.",
                ),
                ("h", 2, "What we see in college"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Reece struggles with group work: he tends either to take over the task or to withdraw completely, and he has said he never knows what the others expect of him.",
                            "communication_interaction",
                            B1_AUT,
                        ),
                        "Staff have found that giving each student a written role card helps.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Changes to the timetable or an unexpected cover teacher cause Reece a great deal of anxiety; on three occasions last year he left the building and went home.",
                            "semh",
                            B1_ANX,
                        ),
                        (
                            "X",
                            "The e-mail warning introduced in the spring term has reduced this and there were no such incidents after Easter.",
                            "support already in place and its effect",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "He loses track of deadlines and often arrives without his charger or his log book.",
                            "cognition_learning",
                            B1_ORG,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            'Reece does not eat in the canteen; he says the noise "hurts" and he spends lunchtimes in the corridor by the library.',
                            "sensory_physical",
                            B1_SENS,
                        ),
                    ],
                ),
                ("h", 2, "Support in place in 2025 to 2026"),
                (
                    "grid",
                    [
                        ["Support", "How often", "Comment"],
                        [
                            "Learning mentor (Mr Tayo)",
                            "One hour weekly",
                            "Reece values this and rarely misses it",
                        ],
                        [
                            "LSA in practical sessions",
                            "6 hours a week",
                            "Most useful when tasks have several stages",
                        ],
                        [
                            "Exam access arrangements",
                            "25% extra time, laptop",
                            "Confirmed by JCQ assessment, May 2026",
                        ],
                        ["Quiet room pass", "Breaks and lunch", "Used most days"],
                    ],
                    [0.33, 0.27, 0.4],
                ),
                (
                    "p",
                    'We have read the current plan with Reece. He agreed that most of it still describes him, although he asked that the paragraph about his behaviour at school be removed because it is "from years ago". We support that request.',
                ),
                (
                    "p",
                    "The recommendations below were agreed at a meeting with Reece, his mother, his mentor and his course leader on 19 September 2026.",
                ),
                ("h", 2, "Our recommendations for year 2"),
                (
                    "p",
                    [
                        (
                            "R",
                            "The learning mentor sessions should continue at one hour a week, with the same mentor where possible, to plan assignments and to prepare Reece for changes.",
                            "semh",
                            "specific",
                            F1_MENTOR,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Reece should keep the in-class LSA for 6 hours a week across his practical sessions, because the second-year units involve longer multi-stage builds that he cannot yet organise alone.",
                            "cognition_learning",
                            "less",
                            F1_LSA,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "He should keep his access arrangements of 25% extra time and a word processor in all exams and timed assessments.",
                            "cognition_learning",
                            "specific",
                            F1_EXAM,
                        ),
                        (
                            "R",
                            "The quiet room pass and an exit card for lessons should continue.",
                            "sensory_physical",
                            "specific",
                            F1_QUIET,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Reece's tutor should warn him by e-mail at least a day before any change of room, teacher or timetable.",
                            "semh",
                            "specific",
                            F1_CHANGE,
                        ),
                    ],
                ),
                ("p", "Carys Ombudo, Learning Support Coordinator, 01632 960231"),
            ],
        ),
        dict(
            file=EP1,
            header="Dr Hollis Brant CPsychol - Independent Educational Psychologist",
            footer="Report on Reece Adeyemi-Clarke - page {n} of {m}",
            blocks=[
                ("org", "Dr Hollis Brant, Chartered Educational Psychologist (HCPC registered)"),
                ("small", "12 Tanner's Yard, Castleby HF9 4QE   01632 960388   hbrant@example.org"),
                ("title", "Psychological advice: Reece Adeyemi-Clarke"),
                (
                    "p",
                    "I was asked by Reece's mother to assess him ahead of his annual review. I saw Reece at college on 3 July 2026 for about three hours, observed a practical lesson, spoke with his mentor, and met Reece and his mother at home on 8 July.",
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Reece was permanently excluded from Holmcroft Academy in Year 10 after an incident in which he pushed a member of staff who had blocked a doorway.",
                            "history",
                        ),
                        "He completed Year 11 at a pupil referral unit and joined Fenmoor College in September 2025.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "His handwriting was a concern at school, but since he has typed all of his work at college this is no longer a barrier.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 2, "Assessment results"),
                (
                    "grid",
                    [
                        ["WAIS-IV index", "Standard score", "Descriptor"],
                        ["Verbal Comprehension", "108", "Average"],
                        ["Perceptual Reasoning", "114", "High average"],
                        ["Working Memory", "92", "Average"],
                        ["Processing Speed", "74", "Borderline"],
                    ],
                    [0.42, 0.26, 0.32],
                ),
                (
                    "p",
                    "Reece's verbal and non-verbal reasoning are at least average, and his perceptual reasoning is a clear strength, consistent with his aptitude for hardware.",
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "His processing speed, however, lies at the 4th centile, and this gap means that Reece needs substantially longer than other students to absorb spoken information and to get his ideas down.",
                            "cognition_learning",
                            B1_PROC,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "On the WIAT-III essay composition task Reece wrote 96 words in ten minutes with no paragraphing; his ideas were sound but he could not sequence them into an argument.",
                            "cognition_learning",
                            B1_WRIT,
                        ),
                    ],
                ),
                ("h", 2, "Emotional wellbeing"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Reece's scores on the Beck Youth Inventories place his anxiety in the extremely elevated range, and he described lying awake \"running through\" the next day's timetable.",
                            "semh",
                            B1_ANX,
                        ),
                        (
                            "N",
                            "He has also begun to avoid situations where he might have to speak to someone he does not know, including ordering food and answering the door.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    "I do not think Reece's anxiety is simply a reaction to college; it is long-standing and is closely bound up with his autism and his history at school.",
                ),
                (
                    "p",
                    'Reece was open and engaged throughout the assessment. He worked carefully and checked his answers, which will have lowered his scores on the timed tasks; I have taken this into account in interpreting the results. He told me he had been looking forward to the session because he wanted to know "why I am so slow".',
                ),
                (
                    "p",
                    "In my opinion the picture is one of a capable young man whose learning is held back far more by the speed at which he works and by anxiety than by any lack of understanding. The arrangements the college already makes have made a real difference, and the recommendations below build on them rather than replace them.",
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    [
                        (
                            "R",
                            "Reece should have a structured study skills programme, taught by a specialist study skills tutor in a group of no more than four, for 45 minutes twice a week, covering planning essays, using templates and breaking down assignment briefs.",
                            "cognition_learning",
                            "not_specific",
                            F1_STUDY,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "I recommend a course of six to eight sessions of CBT-informed anxiety management, which the college counselling service is able to provide, with a focus on coping with uncertainty and on social situations outside the classroom.",
                            "semh",
                            "wrong_section",
                            G1_COUNS,
                            {"section": "G"},
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "I considered whether a specialist autism college would suit Reece better, but he is making good progress at Fenmoor and I do not recommend a change of placement.",
                            "option considered and not recommended",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "It would help if Reece's family encouraged him to order for himself in cafes and shops at weekends, starting with places he knows.",
                            "semh",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Dr Hollis Brant, 21 July 2026"),
            ],
        ),
        dict(
            file=CAR1,
            footer="Castleby Careers Hub - guidance record",
            blocks=[
                ("org", "Castleby Careers Hub"),
                ("title", "Careers guidance record and preparing for adulthood advice"),
                (
                    "kv",
                    [
                        ("Young person", "Reece Adeyemi-Clarke"),
                        ("Adviser", "Marcus Oyelaran, Level 6 qualified careers adviser"),
                        ("Interview", "15 September 2026, Fenmoor College"),
                    ],
                ),
                ("h", 2, "Summary of discussion"),
                (
                    "p",
                    'Reece would like to work in IT support. We talked about apprenticeships, a Level 3 course and supported internships. He was clear that he does not want to go to university "yet".',
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Reece has never had any work experience and was unsure what an employer would expect of him on a first day, for example whether he could wear headphones or when he could take a break.",
                            "other",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            'He has not yet travelled anywhere on his own by bus; his mother drives him to college each day, and he told me that the thought of a bus being diverted "makes me feel sick".',
                            "other",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    "We looked at the entry requirements for a Level 3 IT apprenticeship with two local employers. Both ask for GCSE English at grade 4, which Reece is resitting this year, so an apprenticeship from September 2027 is realistic if he passes. A supported internship would be a good alternative if he does not.",
                ),
                (
                    "p",
                    "Reece's mother said that she would like him to have a part-time weekend job, but Reece feels it is too soon and we agreed to revisit this at his next review.",
                ),
                ("h", 2, "Actions agreed"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "A supported work placement of one day a week in the summer term, with a job coach for at least the first four weeks, ideally in a small IT repair business.",
                            "other",
                            "not_specific",
                            F1_WORK,
                        ),
                        (
                            "R",
                            "A referral to Castleby Council's independent travel training team for a programme of about ten weekly sessions, starting with the route from home to college.",
                            "other",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "Reece and his mother to look at bus timetables together and try the route on a Sunday when it is quiet.",
                            "other",
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Reece already has a CV, written with his tutor last year.",
                            "already done",
                        ),
                    ],
                ),
                ("p", "Marcus Oyelaran, careers adviser, 01632 960407"),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalal-02: Wendlow County Council; Aisha Brennan-Kaur, 18, Year 13 at St Aldric's
# Catholic High School sixth form. Layout "capital-noun-phrase-bands": each section is a
# short noun phrase in capitals on a shaded band, with no letter or number. The plan has
# no personal budget section (a true finding).
# ---------------------------------------------------------------------------

B2_DYS = "Aisha has dyslexia. Her reading is accurate but slow and her spelling is weak, which affects her note-taking and her written answers under time pressure."
B2_DCD = "She has developmental coordination disorder (dyspraxia). Her handwriting is slow and becomes painful after about ten minutes, and she finds practical work in the science laboratory hard to manage safely."
B2_MH = "Aisha has experienced anxiety and low mood since Year 10. When she is anxious she stops going to lessons, and her attendance fell to 64% in the spring term of Year 12."
B2_PLAN = (
    "She finds it difficult to get started on a task and to plan her revision over several weeks."
)
B2_TALK = "Aisha is reluctant to speak in class discussions and seminars."

F2_KEY = "Aisha will meet her named key adult, the sixth form pastoral manager, for a 15-minute check-in at 8.40 am every school day in the sixth form office."
F2_DYS = "One 45-minute session each week with the school's specialist dyslexia teacher (holding a Level 7 SpLD qualification) to work on revision planning, note-taking and essay structure."
F2_TYPE = "A touch-typing programme for 10 minutes, three times a week, in the autumn term, supervised by a learning support assistant."
F2_LAPTOP = "A school laptop with text-to-speech and speech-to-text software for all written work in lessons and at home."
F2_EXAM = "In all examinations and mock examinations Aisha will have 25% extra time, a computer reader, a word processor and a room with no more than eight candidates."
F2_LAB = "Adapted equipment and support in practical lessons where needed."
F2_REDUCED = "A reduced timetable may be considered if Aisha's attendance falls."
F2_MOTIV = "Encouragement to contribute in lessons."
H2_COOK = "Aisha will attend a one-hour cookery and independent living skills session each week for ten weeks in the school's life skills kitchen, using the adaptations advised by the occupational therapist."

OT2 = "ot_report.docx"
CAMHS2 = "camhs_transition_report.pdf"
SF2 = "sixth_form_report.docx"


def _band(sid: str, text: str) -> tuple:
    """A section heading: a capitalised noun phrase on a shaded band, nothing else."""
    return ("H", sid, text, "band")


CASE_02 = dict(
    name="case-evalal-02",
    layout="capital-noun-phrase-bands",
    summary=(
        "Wendlow County Council; Aisha Brennan-Kaur, 18, Year 13 at St Aldric's Catholic High School sixth "
        "form, three A levels (dyslexia, dyspraxia, anxiety and low mood). Each section is headed only by a "
        'short noun phrase in capitals on a shaded band ("SPECIAL EDUCATIONAL NEEDS"), with no letter or '
        "number; there is no personal budget section. Occupational therapist's report, CAMHS transition "
        "worker's report, sixth form learning support report."
    ),
    note="The band texts are the headings. No band or paragraph deals with a personal budget, so J is missing. The cookery and independent living skills sessions teach skills and are placed under OTHER SOCIAL CARE PROVISION (wrong_section, H2). CAMHS therapy and the transfer to adult services are health provision.",
    plan=dict(
        file="plan.pdf",
        header="Wendlow County Council - Education, Health and Care Plan",
        footer="Aisha Brennan-Kaur - final plan issued 2 November 2026 - page {n} of {m}",
        sans=True,
        accent="5B2C6F",
        blocks=[
            ("org", "Wendlow County Council"),
            (
                "small",
                "SEN Casework Team, County Hall, Wendlow KB12 3XA - 01632 960552 - sencasework@example.org",
            ),
            ("title", "Education, Health and Care Plan: Aisha Brennan-Kaur"),
            (
                "kv",
                [
                    ("Date of birth", "29 January 2008"),
                    ("Unique pupil number", "W881402577013"),
                    ("Plan coordinator", "Tomasz Realey"),
                    ("Type of plan", "Final, amended after annual review"),
                ],
            ),
            _band("A", "VIEWS, INTERESTS AND ASPIRATIONS"),
            (
                "S",
                "A",
                "Aisha wants to study psychology at university and later to work with young people who have mental health difficulties, possibly as a clinical psychologist.",
            ),
            (
                "p",
                "She enjoys art, film and volunteering at the animal rescue centre on Saturdays. She has said that the most helpful thing is when staff notice quietly that she is struggling rather than asking her in front of the class.",
            ),
            (
                "p",
                "Her father, Mr Brennan, would like Aisha to be able to live away from home at university and to cook and manage money for herself.",
            ),
            _band("B", "SPECIAL EDUCATIONAL NEEDS"),
            ("S", "B", B2_DYS),
            ("p", B2_DCD),
            ("p", B2_MH),
            ("p", [B2_PLAN, B2_TALK]),
            _band("C", "HEALTH NEEDS"),
            (
                "S",
                "C",
                "Aisha is under the care of Wendlow CAMHS for anxiety and depression and will move to adult services when she turns 18. She has a history of self-harm, most recently in March 2026.",
            ),
            _band("D", "SOCIAL CARE NEEDS"),
            (
                "S",
                "D",
                "Aisha has no assessed social care needs. A Care Act assessment is not needed at present.",
            ),
            _band("E", "OUTCOMES FOR PREPARING FOR ADULTHOOD"),
            (
                "grid",
                [
                    ["Preparing for adulthood area", "Outcome by July 2027"],
                    [
                        "Further and higher education",
                        (
                            "S",
                            "E",
                            "Aisha will complete her three A levels and will have applied for a psychology degree with the support arrangements she needs recorded by the university's disability service.",
                        ),
                    ],
                    [
                        "Independent living",
                        "Aisha will plan and cook three simple meals a week at home on her own.",
                    ],
                    [
                        "Good health",
                        "Aisha will be able to name two people in school and one outside school whom she can go to when her mood is low.",
                    ],
                    [
                        "Community participation",
                        "Aisha will continue her volunteering and will travel to it on her own.",
                    ],
                ],
                [0.3, 0.7],
            ),
            _band("F", "SPECIAL EDUCATIONAL PROVISION"),
            (
                "p",
                "St Aldric's sixth form will make the following provision. It will be reviewed each term by the head of sixth form with Aisha.",
            ),
            (
                "bul",
                [
                    ("S", "F", ("F", F2_KEY, True)),
                    ("F", F2_DYS, True),
                    ("F", F2_TYPE, True),
                    ("F", F2_LAPTOP, True),
                    ("F", F2_EXAM, True),
                    ("F", F2_LAB, False),
                    ("F", F2_REDUCED, False),
                    ("F", F2_MOTIV, False),
                ],
            ),
            _band("G", "HEALTH PROVISION"),
            (
                "S",
                "G",
                "Wendlow CAMHS will continue fortnightly cognitive behavioural therapy until Aisha's transfer to Wendlow Adult Talking Therapies, which will be agreed at a joint transition meeting before her 18th birthday.",
            ),
            _band("H1", "SOCIAL CARE PROVISION: CHRONICALLY SICK AND DISABLED PERSONS ACT 1970"),
            ("S", "H1", "Not applicable."),
            _band("H2", "OTHER SOCIAL CARE PROVISION"),
            ("S", "H2", H2_COOK),
            _band("I", "PLACEMENT"),
            (
                "S",
                "I",
                "St Aldric's Catholic High School sixth form, Wendlow (maintained school sixth form), until the end of Year 13 in July 2027.",
            ),
            (
                "grid",
                [
                    ["Study programme", "Board", "Guided hours a week"],
                    ["A level Biology", "AQA", "4.5"],
                    ["A level Psychology", "AQA", "4.5"],
                    ["A level Sociology", "AQA", "4.5"],
                    ["Extended Project Qualification", "AQA", "1"],
                    ["Enrichment: volunteering and tutor time", "-", "2"],
                ],
                [0.48, 0.21, 0.31],
            ),
            _band("K", "ADVICE AND INFORMATION"),
            (
                "S",
                "K",
                "Occupational therapy report, Kestrel Children's Therapy (June 2026); CAMHS transition report (September 2026); sixth form learning support report (September 2026); Aisha's own views, recorded at her review on 30 September 2026.",
            ),
        ],
    ),
    reports=[
        dict(
            file=OT2,
            footer="Kestrel Children's Therapy - occupational therapy report - confidential",
            blocks=[
                ("org", "Kestrel Children's Therapy"),
                ("small", "Unit 4, Moorfield Business Park, Wendlow KB12 7RU - 01632 960611"),
                ("title", "Occupational therapy report"),
                (
                    "kv",
                    [
                        ("Client", "Aisha Brennan-Kaur, DOB 29.01.2008"),
                        (
                            "Therapist",
                            "Gemma Ashworth-Lyle, HCPC registered occupational therapist",
                        ),
                        ("Seen", "Home and school, 9 and 16 June 2026"),
                    ],
                ),
                ("h", 2, "Reason for referral"),
                (
                    "p",
                    "Aisha's family asked for an up-to-date assessment of her motor skills and independence before she applies to university. She was diagnosed with DCD by the community paediatrician at age 9.",
                ),
                ("h", 2, "Assessment"),
                (
                    "grid",
                    [
                        ["Assessment", "Result", "What this means"],
                        [
                            "DASH-17+ handwriting speed (free writing)",
                            "Below 5th centile",
                            "Much slower than expected for her age",
                        ],
                        [
                            "Movement ABC-2 checklist (teacher)",
                            "Red zone",
                            "Definite motor difficulty",
                        ],
                        ["Grip strength", "Within normal range", "Not a cause of her difficulties"],
                    ],
                    [0.39, 0.24, 0.37],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Aisha's handwriting is legible for the first few minutes, but after about ten minutes her speed drops sharply and she reports aching in her hand and wrist.",
                            "sensory_physical",
                            B2_DCD,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "In the chemistry laboratory she knocked over a beaker twice during my observation, and she told me she avoids lighting the Bunsen burner because she is frightened of dropping the lighter.",
                            "sensory_physical",
                            B2_DCD,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "At home Aisha does not use a sharp knife or lift pans from the hob, so she cannot yet prepare a hot meal without help.",
                            "other",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Her dressing and personal care are fully independent, and she now ties her shoelaces, which she could not do at 12.",
                            "strength and resolved difficulty",
                        ),
                    ],
                ),
                (
                    "p",
                    "Aisha's difficulties are typical of young adults with DCD whose needs were recognised late. She has developed clever ways of hiding them, for example by offering to write up results while her partner handles the equipment, which is why her teachers may not have noticed how much the practical work costs her.",
                ),
                (
                    "p",
                    "Aisha is keen to go to university away from home, and much of my advice looks ahead to that move.",
                ),
                ("h", 2, "Recommendations"),
                (
                    "num",
                    [
                        (
                            "R",
                            "Aisha should use a laptop for all extended writing, in class and at home, with speech-to-text software available.",
                            "sensory_physical",
                            "specific",
                            F2_LAPTOP,
                        ),
                        (
                            "R",
                            "A structured touch-typing programme, 20 minutes a session four times a week for one term, to bring her typing speed above her handwriting speed.",
                            "sensory_physical",
                            "less",
                            F2_TYPE,
                        ),
                        (
                            "R",
                            "In science practicals Aisha should work with a named partner or the technician, with a non-slip mat and stable-based glassware, and should have an electronic igniter in place of a hand lighter.",
                            "sensory_physical",
                            "not_specific",
                            F2_LAB,
                        ),
                        (
                            "R",
                            "A weekly one-hour session of cookery and independent living skills, for at least ten weeks, using a perching stool, a kettle tipper and a chopping board with spikes, to prepare her for living away from home.",
                            "other",
                            "wrong_section",
                            H2_COOK,
                            {"section": "H2"},
                        ),
                        (
                            "R",
                            "At home the family may wish to buy a perching stool and lightweight pans.",
                            "other",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Gemma Ashworth-Lyle, Occupational Therapist, 24 June 2026"),
            ],
        ),
        dict(
            file=CAMHS2,
            header="Wendlow CAMHS - Transition Service",
            footer="CAMHS transition report - Aisha Brennan-Kaur - page {n} of {m}",
            blocks=[
                ("org", "Wendlow Child and Adolescent Mental Health Service"),
                ("small", "Larchwood Clinic, Station Road, Wendlow KB12 5PL - 01632 960733"),
                ("title", "Transition worker's advice for the EHC plan review"),
                (
                    "p",
                    "I am Aisha's CAMHS transition worker and have met her eight times since April 2026. This advice is written with her consent and she has read it.",
                ),
                ("h", 2, "History"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Aisha was referred to CAMHS in Year 10 after her GP identified symptoms of depression, and she was seen by the crisis team in March 2026 after an episode of self-harm.",
                            "history",
                        ),
                        "She has had two courses of CBT.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Her sleep, which was badly disrupted last winter, has improved since she began following a bedtime routine, and she no longer takes melatonin.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 2, "Current presentation"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Aisha's anxiety remains at a level that stops her going into lessons on some days, particularly Psychology, where she fears being asked to read aloud or to discuss her views.",
                            "semh",
                            B2_MH,
                        ),
                        (
                            "N",
                            "She struggles to put her views across in front of the group, even when she knows the answer.",
                            "communication_interaction",
                            B2_TALK,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Aisha finds it very hard to ask staff for help; she will sit through a lesson she has not understood rather than draw attention to herself, and then falls behind.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    "Her PHQ-9 score in September was 12 (moderate), down from 19 in April, and her GAD-7 score was 14.",
                ),
                (
                    "p",
                    "Aisha has worked hard in therapy and can now describe the early signs that her mood is dropping. She told me that the most helpful thing at school last year was a teacher who noticed she was upset and e-mailed her afterwards instead of speaking to her in the lesson.",
                ),
                (
                    "p",
                    "She is worried about the move to adult services and has asked not to have to tell her story again from the start; I have arranged for her to meet her new worker with me present.",
                ),
                ("h", 2, "What I recommend"),
                (
                    "p",
                    [
                        (
                            "R",
                            "Aisha needs a consistent key adult in sixth form whom she sees briefly at the start of every day, so that problems are picked up before they lead her to leave.",
                            "semh",
                            "specific",
                            F2_KEY,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "If her attendance falls again, a phased timetable should be agreed with Aisha, written down, and reviewed every two weeks by the head of sixth form, with a clear date to return to full time.",
                            "semh",
                            "not_specific",
                            F2_REDUCED,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "All of Aisha's subject teachers and her tutor should attend a session on supporting students with anxiety and self-harm, delivered by the Wendlow Mental Health Support Team, during the autumn term.",
                            "semh",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "CAMHS will continue fortnightly CBT until Aisha transfers to adult services, and I will arrange a joint meeting with Wendlow Adult Talking Therapies before her birthday.",
                            "health",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Nadia Fairclough, CAMHS Transition Worker, 19 September 2026"),
            ],
        ),
        dict(
            file=SF2,
            footer="St Aldric's Catholic High School - Sixth Form",
            blocks=[
                ("org", "St Aldric's Catholic High School - Sixth Form Learning Support"),
                ("title", "Annual review report"),
                (
                    "p",
                    "Student: Aisha Brennan-Kaur, Year 13. Completed by Mr Fabian Okafor, SENCo, with subject staff.",
                ),
                ("h", 2, "Progress"),
                (
                    "grid",
                    [
                        ["Subject", "Year 12 end grade", "Target", "Comment"],
                        [
                            "Biology",
                            "C",
                            "B",
                            "Strong practical understanding but slow written answers",
                        ],
                        ["Psychology", "B", "A", "Excellent essays when given time"],
                        ["Sociology", "C", "B", "Missed work during absence in spring"],
                    ],
                    [0.23, 0.21, 0.14, 0.42],
                ),
                (
                    "p",
                    "Aisha is a thoughtful and well-liked member of the sixth form. She is a peer mentor for two Year 7 pupils, and her Psychology teacher describes her written analysis as among the best in the year group when she has enough time.",
                ),
                (
                    "p",
                    "The arrangements in the current plan have mostly been delivered: the specialist teacher sessions took place in 31 of 36 weeks, and the five that were missed fell during her absence.",
                ),
                ("h", 2, "Needs"),
                (
                    "bul",
                    [
                        (
                            "N",
                            "slow reading speed and weak spelling, confirmed by the specialist assessment in Year 11",
                            "cognition_learning",
                            B2_DYS,
                        ),
                        (
                            "N",
                            "does not finish timed essays in class; answers are often half the length expected",
                            "cognition_learning",
                            B2_DYS,
                        ),
                        (
                            "N",
                            "difficulty starting independent study and planning coursework over several weeks",
                            "cognition_learning",
                            B2_PLAN,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "continue the weekly 45-minute lesson with the specialist dyslexia teacher",
                            "cognition_learning",
                            "specific",
                            F2_DYS,
                        ),
                        (
                            "R",
                            "access arrangements for A level examinations: 25% extra time, computer reader, word processor, small room",
                            "cognition_learning",
                            "specific",
                            F2_EXAM,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Aisha already has a school laptop and uses it well in Psychology and Sociology.",
                            "support already in place",
                        ),
                    ],
                ),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalal-03: Brackenholt City Council; Jordan Whitlock, 17, Orchard Vale College
# (independent specialist post-16 institution). Layout "type-colon-qualifier-headings":
# each heading names the kind of content, a colon and a qualifier ("Needs: health",
# "Provision: special educational"), so sections of a kind sort together; no letters.
# ---------------------------------------------------------------------------

B3_COMM = "Jordan is autistic. He talks freely at home but rarely speaks to adults he does not know well, and at college he often answers by writing or by typing on his phone."
B3_ANX = "He has severe anxiety, with panic attacks two or three times a month, usually set off by crowds, loud noise or being asked to speak without warning."
B3_LIT = "Jordan's reading and writing are at Entry Level 3: he reads familiar text well but struggles with unfamiliar words and with forms."
B3_SENS = "He is very sensitive to noise, bright light and some textures, and becomes overloaded in busy places."
B3_MONEY = "Jordan cannot yet budget for a week or work out change, and he has little sense of how long tasks will take."

F3_SALT = "Direct speech and language therapy from the college's speech and language therapist for 30 minutes each week, following a graded programme to help Jordan speak with less familiar adults; the therapist will also train Jordan's tutor and support staff once each term."
F3_ENG = "Functional Skills English at Entry Level 3, taught for 3 hours a week in a group of no more than four students by a qualified English teacher."
F3_HORT = "Jordan will be taught horticulture in a group of no more than six students with one tutor and one learning support assistant."
F3_WRITE = "Jordan may answer in writing or by typing on his phone in all lessons and assessments, and this will not count against him."
F3_BASE = "Jordan will have use of the Willow Room, a low-lit quiet base, at any time, and a card he can show to any member of staff to leave a session without having to speak."
F3_INSTR = "Staff will differentiate instructions."
F3_COUNS = "Access to the college counsellor."
G3_SENS = "Sensory breaks as part of an occupational therapy sensory programme."

LST3 = "college_support_report.docx"
EP3 = "ep_report.pdf"
CAMHS3 = "camhs_letter.docx"


def _colon(sid: str, text: str) -> tuple:
    return ("H", sid, text, "h2")


CASE_03 = dict(
    name="case-evalal-03",
    layout="type-colon-qualifier-headings",
    summary=(
        "Brackenholt City Council; Jordan Whitlock, 17, first year at Orchard Vale College, an independent "
        "specialist post-16 institution for autistic young people (autism, severe anxiety, speaking only to "
        "familiar people, literacy at Entry Level 3, sensory sensitivity, money and time). Headings name the "
        'kind of content, a colon and a qualifier ("Needs: special educational", "Provision: health"), with '
        "no letters. College learning support and therapy team report, independent educational psychologist's "
        "report, CAMHS transition worker's letter."
    ),
    note='The headings are the "Kind: qualifier" lines. The sensory breaks of the occupational therapy programme are carried out by college staff through the day and are placed under "Provision: health" (wrong_section, G); the OT recommendation in the college report points there. The horticulture group of one adult to three students is less than the recommended one adult to two.',
    plan=dict(
        file="plan.docx",
        header="Brackenholt City Council - EHC Plan",
        footer="Jordan Whitlock - EHC plan - final - OFFICIAL-SENSITIVE",
        sans=True,
        accent="0B6E4F",
        blocks=[
            ("org", "Brackenholt City Council - Education, Health and Care Team"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Young person", "Jordan Whitlock"),
                    ("Date of birth", "5 May 2009"),
                    ("Home address", "41 Sorrel Close, Brackenholt AC7 3JD"),
                    ("Plan date", "6 November 2026 (final plan after phase transfer review)"),
                    ("EHC coordinator", "Halima Drury-Steele, 01632 960845"),
                ],
            ),
            _colon("A", "Views: Jordan's interests and aspirations"),
            (
                "S",
                "A",
                "Jordan wants to work outdoors, ideally in a garden centre or for a parks team, and to live in his own place with a friend.",
            ),
            (
                "p",
                'Jordan wrote: "I like plants because they do not talk back. I want a job where I know what I am doing every day."',
            ),
            (
                "p",
                "His parents would like him to have a paid job by the time he is 21 and to be able to go shopping on his own.",
            ),
            _colon("B", "Needs: special educational"),
            ("b", "Communication and interaction"),
            ("S", "B", B3_COMM),
            ("b", "Social, emotional and mental health"),
            ("p", B3_ANX),
            ("b", "Cognition and learning"),
            ("p", B3_LIT),
            ("p", B3_MONEY),
            ("b", "Sensory and physical"),
            ("p", B3_SENS),
            _colon("C", "Needs: health"),
            (
                "S",
                "C",
                "Jordan's anxiety disorder is managed by Brackenholt CAMHS. He eats a narrow range of foods, which is being monitored by his GP.",
            ),
            _colon("D", "Needs: social care"),
            (
                "S",
                "D",
                "Jordan's family receive a carers' assessment review each year. A transition assessment under the Care Act 2014 will be completed before Jordan is 18.",
            ),
            _colon("E", "Outcomes: what Jordan will achieve"),
            (
                "S",
                "E",
                "By July 2027 Jordan will ask a familiar member of staff for help in speech at least once a day.",
            ),
            (
                "p",
                "By July 2027 Jordan will achieve Functional Skills English at Entry Level 3 and will fill in a simple form on his own.",
            ),
            (
                "p",
                "By July 2028 Jordan will complete a Level 1 horticulture certificate and a work placement at a garden centre.",
            ),
            _colon("F", "Provision: special educational"),
            (
                "S",
                "F",
                "Orchard Vale College will make the following provision within its agreed annual fee.",
            ),
            (
                "grid",
                [
                    ["Area", "Provision"],
                    ["Communication and interaction", ("F", F3_SALT, True)],
                    ["Communication and interaction", ("F", F3_WRITE, True)],
                    ["Cognition and learning", ("F", F3_ENG, True)],
                    ["Cognition and learning", ("F", F3_HORT, True)],
                    ["Cognition and learning", ("F", F3_INSTR, False)],
                    ["Social, emotional and mental health", ("F", F3_BASE, True)],
                    ["Social, emotional and mental health", ("F", F3_COUNS, False)],
                ],
                [0.3, 0.7],
            ),
            _colon("G", "Provision: health"),
            (
                "S",
                "G",
                "Brackenholt CAMHS will continue to offer Jordan psychology sessions every three weeks until his care is transferred to adult mental health services.",
            ),
            ("p", G3_SENS),
            _colon(
                "H1",
                "Provision: social care (Chronically Sick and Disabled Persons Act 1970, section 2)",
            ),
            (
                "S",
                "H1",
                "None at present; Jordan's family have not asked for services under this Act.",
            ),
            _colon("H2", "Provision: social care (other)"),
            (
                "S",
                "H2",
                "The Brackenholt Preparing for Adulthood social worker will complete Jordan's Care Act transition assessment by March 2027.",
            ),
            _colon("I", "Placement: name and type of institution"),
            (
                "S",
                "I",
                "Orchard Vale College, Brackenholt (independent specialist post-16 institution approved under section 41 of the Children and Families Act 2014), on a three-year study programme.",
            ),
            (
                "grid",
                [
                    ["Study programme 2026 to 2027", "Hours a week"],
                    ["Horticulture (Level 1 certificate, practical)", "8"],
                    ["Functional Skills English Entry Level 3", "3"],
                    ["Functional Skills Maths Entry Level 3", "3"],
                    ["Independent living and community skills", "4"],
                    ["Therapy and personal development", "2"],
                ],
                [0.7, 0.3],
            ),
            _colon("J", "Personal budget: arrangements"),
            (
                "S",
                "J",
                "A direct payment of £1,850 a year is made to Jordan's parents for his transport to and from college, so that he can arrive calm and on time without using a shared minibus.",
            ),
            _colon("K", "Advice: information gathered in the assessment"),
            (
                "S",
                "K",
                "Orchard Vale College learning support and therapy report (October 2026); independent educational psychologist's report, Ms Rowena Estcourt (August 2026); CAMHS transition letter (September 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=LST3,
            footer="Orchard Vale College - Learning Support and Therapy Team",
            blocks=[
                ("org", "Orchard Vale College - Learning Support and Therapy Team"),
                ("title", "Report for Jordan Whitlock's review, first term"),
                (
                    "p",
                    "This report brings together the views of Jordan's tutor, our speech and language therapist (Ms Oona Pelham), our occupational therapist (Mr Dev Ranasinghe) and his learning support assistant. Jordan joined us in September 2026 from Fernleigh High School.",
                ),
                ("h", 2, "Settling in"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Jordan has settled faster than we expected: he arrives on time every day and has made a friend in his horticulture group.",
                            "progress and strengths",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "He has not yet spoken aloud to any member of staff apart from his tutor, and communicates mainly through his phone's notes app.",
                            "communication_interaction",
                            B3_COMM,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Jordan becomes overwhelmed in the dining hall and in the polytunnel when the fans are running; he covers his ears and has twice left the site.",
                            "sensory_physical",
                            B3_SENS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "If Jordan notices a single mistake in his work he will delete or tear up the whole piece, and he finds losing at games or being corrected in front of others extremely hard.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    "Jordan's baseline assessments were completed in his first four weeks. He reached Entry Level 3 in the reading part of our initial English assessment and Entry Level 2 in writing; in maths he worked accurately with whole numbers but could not yet use decimals.",
                ),
                (
                    "p",
                    "In horticulture he has already learnt to identify twenty common plants and to take softwood cuttings, and his tutor says he is the most careful student in the group with tools.",
                ),
                ("h", 2, "Therapy team recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Who", "How often"],
                        [
                            (
                                "R",
                                "Direct speech and language therapy using a graded approach to speaking with less familiar adults, and termly training for the staff who work with him",
                                "communication_interaction",
                                "specific",
                                F3_SALT,
                            ),
                            "Speech and language therapist",
                            "30 minutes weekly; training termly",
                        ],
                        [
                            (
                                "R",
                                "A sensory diet with a planned movement or quiet break every 90 minutes, reviewed each half term by the OT",
                                "sensory_physical",
                                "wrong_section",
                                G3_SENS,
                                {"section": "G"},
                            ),
                            "OT to design; LSA to deliver",
                            "Every 90 minutes, daily",
                        ],
                        [
                            (
                                "R",
                                "Staffing of one adult to two students in practical horticulture sessions, because of the tools and Jordan's need for step-by-step guidance",
                                "cognition_learning",
                                "less",
                                F3_HORT,
                            ),
                            "Tutor and LSA",
                            "All practical sessions",
                        ],
                        [
                            (
                                "R",
                                "Functional Skills English in a small group of no more than four",
                                "cognition_learning",
                                "specific",
                                F3_ENG,
                            ),
                            "English teacher",
                            "3 hours a week",
                        ],
                    ],
                    [0.52, 0.24, 0.24],
                ),
                ("p", "Oona Pelham (SALT) and Dev Ranasinghe (OT), 14 October 2026"),
            ],
        ),
        dict(
            file=EP3,
            header="Rowena Estcourt - Educational Psychology",
            footer="Independent EP report - J. Whitlock - {n}/{m}",
            blocks=[
                ("org", "Rowena Estcourt MSc DEdPsy, Educational Psychologist"),
                (
                    "small",
                    "Consulting rooms, 3 Abbey Mews, Brackenholt AC7 1TT - 01632 960912 - restcourt@example.org",
                ),
                ("title", "Educational psychology advice"),
                (
                    "p",
                    "Jordan's parents asked me to assess him in the summer before he moved to Orchard Vale. I met Jordan twice at home, on 4 and 11 August 2026; he answered most questions by typing, which I accepted.",
                ),
                ("h", 2, "Relevant history"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Jordan was diagnosed with autism at the age of 6 and attended mainstream schools until Year 9, when he stopped going to school altogether for eight months.",
                            "history",
                        ),
                        (
                            "X",
                            "His earlier difficulty with toileting away from home, which his parents described at length, is no longer a concern.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 2, "Findings"),
                (
                    "p",
                    "On the BAS3, Jordan's non-verbal reasoning was in the average range (standard score 97), and his spatial ability was above average (112).",
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "In contrast, his verbal working memory was very weak (standard score 69, 2nd centile): he could hold only three items in mind, which means that he loses instructions of more than one or two steps.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "His reading comprehension is around the level expected of a 10-year-old; he reads familiar material fluently but guesses at longer unfamiliar words.",
                            "cognition_learning",
                            B3_LIT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Jordan could not work out the change from £5 for a £3.60 purchase, and he had no idea how long his bus journey to the new college would take.",
                            "cognition_learning",
                            B3_MONEY,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "He described panic attacks in which his chest goes tight and he has to get outside, most often in supermarkets and on crowded buses.",
                            "semh",
                            B3_ANX,
                        ),
                    ],
                ),
                (
                    "p",
                    "Taken together, these results describe a young man of average ability whose learning is limited by how little he can hold in mind at once and by anxiety that is set off by the demand to speak. Neither is a matter of motivation: Jordan was keen to do well and persisted with every task.",
                ),
                (
                    "p",
                    "I have read the draft provision that Orchard Vale proposed at its admissions interview, and in my view it is a good basis. My recommendations add to it where my findings suggest it does not go far enough.",
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    [
                        (
                            "R",
                            "Instructions should be given one step at a time, written down as a numbered checklist for every practical task, and Jordan should be asked to show, not say, what he has to do next.",
                            "cognition_learning",
                            "not_specific",
                            F3_INSTR,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Jordan should follow a programme of money and time skills for one hour a week as part of the college's independent living curriculum, with practice in real shops at least once a fortnight.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "He should be allowed to communicate in writing or by typing in all lessons and assessments, without this being treated as a refusal to take part.",
                            "communication_interaction",
                            "specific",
                            F3_WRITE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "A residential placement was discussed with the family; I do not think it is needed at this stage.",
                            "option considered and not recommended",
                        ),
                    ],
                ),
                ("p", "Rowena Estcourt, 28 August 2026"),
            ],
        ),
        dict(
            file=CAMHS3,
            footer="Brackenholt CAMHS",
            blocks=[
                ("org", "Brackenholt CAMHS - 16 to 18 Transition Team"),
                ("small", "Ashby House, Kiln Lane, Brackenholt AC7 9HB - 01632 960177"),
                ("p", "To: Halima Drury-Steele, EHC Coordinator, Brackenholt City Council"),
                ("p", "Date: 22 September 2026"),
                ("p", "Re: Jordan Whitlock, DOB 05/05/2009 - advice for EHC plan"),
                ("p", "Dear Ms Drury-Steele,"),
                (
                    "p",
                    "Thank you for asking for our advice. I have been Jordan's transition worker since June and he has attended all six of our appointments, communicating mainly in writing.",
                ),
                (
                    "p",
                    "Jordan's move from Fernleigh High School to Orchard Vale was planned over the summer with three visits, and he chose his own seat in the tutor room before term began. His parents report that he has been noticeably calmer at home since starting, and he now texts his tutor when he is worried instead of refusing to get on the transport.",
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Jordan's anxiety is severe and is present most days; he told me he spends the bus journey \"counting the stops so I don't panic\".",
                            "semh",
                            B3_ANX,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "His low mood in Year 10 has lifted and he no longer meets the threshold for depression.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "In college, Jordan needs a calm, dimly lit space he can go to whenever he feels a panic attack starting, and a way of telling staff he needs to leave that does not depend on speech.",
                            "semh",
                            "specific",
                            F3_BASE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "CAMHS psychology will continue every three weeks until his 18th birthday, when we will refer him to Brackenholt Adult Mental Health Services.",
                            "health",
                            "not_educational",
                        ),
                        (
                            "R",
                            "At home, we have suggested that the family keep weekend routines as close as possible to weekday ones.",
                            "semh",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Yours sincerely,"),
                ("p", "Kwame Delacroix-Byrne, CAMHS Transition Worker"),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalal-04: Marlingford Borough Council; Chloe Dunmore, 19, Eastwick Vale College
# (general further education college). Layout "pfa-theme-chapters-whole-sections": the
# plan is written in chapters named for the four preparing-for-adulthood themes, and each
# statutory section stands whole, under its own name and with no letter, inside the
# chapter it belongs to (needs, outcomes, provision and placement under employment; social
# care and the personal budget under independent living; health under good health).
# ---------------------------------------------------------------------------

B4_MATHS = "Chloe has dyscalculia: she has difficulty with number, measurement and money, and cannot yet add up the cost of several items or give change."
B4_READ = "She reads slowly and finds written instructions and product labels hard to follow."
B4_ANX = "Chloe has social anxiety. Speaking to clients and to people she does not know is very hard for her, and she avoids using the telephone."
B4_ATT = "She has ADHD and finds it hard to keep her attention in theory lessons for longer than about 20 minutes."
B4_ESTEEM = "Chloe has low self-esteem and gives up quickly when a task seems difficult."

F4_MATHS = "Chloe will have maths support from a specialist tutor."
F4_LSA = "A learning support assistant will be with Chloe in all theory sessions, currently 4 hours a week, to break tasks down, read written material aloud and keep her on task."
F4_CHUNK = "Theory lessons will be broken into tasks of no longer than 20 minutes, with a short movement break between them."
F4_EXAM = "Chloe will have a human reader and 25% extra time in all assessments, including practical assessments with written components."
F4_TOOLS = "Chloe will be given ergonomic scissors and spring-loaded sectioning clips for her own use in practical hairdressing sessions."
F4_SEAT = "Seating in practical sessions when needed."
F4_MENTOR = "A weekly 30-minute session with the college's wellbeing mentor, focused on managing anxiety when speaking to clients and on the telephone."
H2_COACH = "Marlingford Supported Employment Service will provide a job coach to support Chloe at her salon work placement."

LST4 = "learning_support_review.pdf"
OT4 = "ot_report.docx"
CAR4 = "careers_report.pdf"


def _theme(text: str) -> tuple:
    """A chapter named for a preparing-for-adulthood theme (not itself a section)."""
    return ("h", 1, text)


def _named(sid: str, text: str) -> tuple:
    return ("H", sid, text, "h2")


CASE_04 = dict(
    name="case-evalal-04",
    layout="pfa-theme-chapters-whole-sections",
    summary=(
        "Marlingford Borough Council; Chloe Dunmore, 19, Level 1 Hairdressing at Eastwick Vale College "
        "(dyscalculia, slow reading, social anxiety, ADHD, low self-esteem, hypermobility). The plan is written "
        "in chapters named for the preparing-for-adulthood themes; each statutory section stands whole under "
        "its own name, with no letter, in the chapter it fits (needs, outcomes, provision and college under "
        '"Employment and further learning"; social care and personal budget under "Independent living"; '
        'health under "Good health"). College learning support review, occupational therapist\'s report, '
        "careers adviser's report."
    ),
    note='Sections appear in the order A, B, E, F, I, D, H1, H2, J, C, G, K. The "Friends, relationships and community" chapter has no statutory section and lies inside the personal budget section\'s span. The job coach at the work placement, placed under other social care provision, is wrong_section (H2). The ergonomic tools are in F, but the motor need behind them is not in the needs section.',
    plan=dict(
        file="plan.pdf",
        header="Marlingford Borough Council    Education, Health and Care Plan",
        footer="Chloe Dunmore    Final plan, 12 November 2026    Page {n} of {m}",
        accent="7A3B00",
        blocks=[
            ("org", "Marlingford Borough Council"),
            (
                "small",
                "Preparing for Adulthood Team, Civic Centre, Marlingford HF3 8ZB - 01632 960263 - pfa.team@example.org",
            ),
            ("title", "My Education, Health and Care Plan - Chloe Dunmore"),
            (
                "p",
                "Date of birth: 18 March 2007. College: Eastwick Vale College. Plan written with Chloe at her review on 15 October 2026.",
            ),
            (
                "p",
                "This plan is set out under the four preparing-for-adulthood themes that Chloe chose to use at her review. Each part of the plan required by law is named in the theme it belongs to.",
            ),
            _theme("About Chloe"),
            _named("A", "Chloe's views, interests and aspirations"),
            (
                "S",
                "A",
                "Chloe wants to become a qualified hairdresser, to work in a salon near home and, later, to rent a flat with her partner.",
            ),
            (
                "p",
                'Chloe said: "I am good with hair and I like making people feel nice, but I hate the till and the phone." Her mother, Ms Dunmore, hopes Chloe will be confident enough to get a job and keep it.',
            ),
            _theme("Employment and further learning"),
            _named("B", "Chloe's special educational needs"),
            ("S", "B", B4_MATHS),
            ("p", B4_READ),
            ("p", B4_ANX),
            ("p", [B4_ATT, B4_ESTEEM]),
            _named("E", "What Chloe will achieve"),
            (
                "S",
                "E",
                "By July 2027 Chloe will complete her Level 1 Diploma in Hairdressing and will take payments and give change at the college salon's till with no more than one prompt.",
            ),
            (
                "p",
                "By July 2027 Chloe will greet clients and book an appointment by telephone in the college salon.",
            ),
            (
                "p",
                "By July 2028 Chloe will have completed a supported internship or work placement in a local salon.",
            ),
            _named("F", "Special educational provision"),
            (
                "S",
                "F",
                "Eastwick Vale College will put in place the following, funded through Marlingford's high needs top-up.",
            ),
            (
                "bul",
                [
                    ("F", F4_MATHS, False),
                    ("F", F4_LSA, True),
                    ("F", F4_CHUNK, True),
                    ("F", F4_EXAM, True),
                    ("F", F4_TOOLS, True),
                    ("F", F4_SEAT, False),
                    ("F", F4_MENTOR, True),
                ],
            ),
            _named("I", "College or other institution"),
            ("S", "I", "Eastwick Vale College (general further education college), Marlingford."),
            (
                "grid",
                [
                    ["Study programme component", "Hours a week", "Notes"],
                    [
                        "Level 1 Diploma in Hairdressing (practical, college salon)",
                        "9",
                        "Tuesday to Thursday",
                    ],
                    ["Hairdressing theory", "4", "With learning support assistant"],
                    ["Functional Skills Maths Entry Level 3", "2", "Exam planned for March 2027"],
                    ["Functional Skills English Level 1", "2", "Entry Level 3 achieved"],
                    ["Work placement", "3.5", "From January 2027"],
                ],
                [0.45, 0.18, 0.37],
            ),
            _theme("Independent living"),
            _named("D", "Social care needs"),
            (
                "S",
                "D",
                "Chloe lives with her mother and younger brother. She is not known to adult social care and has no assessed social care needs.",
            ),
            _named(
                "H1",
                "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("S", "H1", "Not applicable: Chloe is over 18."),
            _named("H2", "Other social care provision"),
            ("S", "H2", H2_COACH),
            _named("J", "Personal budget"),
            ("S", "J", "Chloe has not asked for a personal budget."),
            _theme("Friends, relationships and community"),
            (
                "p",
                "Chloe sings in the Marlingford Youth Choir on Tuesday evenings and would like to join a gym with a friend. She has a boyfriend of two years whom she sees at weekends.",
            ),
            _theme("Good health"),
            _named("C", "Health needs"),
            (
                "S",
                "C",
                "Chloe has hypermobility spectrum disorder and gets pain in her wrists and knees after standing for long periods. She takes medication for ADHD prescribed by the adult ADHD service.",
            ),
            _named("G", "Health provision"),
            (
                "S",
                "G",
                "The adult ADHD service will review Chloe's medication every six months. Chloe will wear the wrist splints provided by the occupational therapist at night.",
            ),
            _theme("The assessment"),
            _named("K", "Advice and information"),
            (
                "S",
                "K",
                "Eastwick Vale College learning support review (October 2026); occupational therapy report, Mr Idris Pennock (September 2026); careers adviser's report, Marlingford Careers and Employment (October 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=LST4,
            header="Eastwick Vale College - Additional Learning Support",
            footer="Learning support review - C. Dunmore - page {n} of {m}",
            blocks=[
                ("org", "Eastwick Vale College - Additional Learning Support"),
                ("title", "Learning support review"),
                (
                    "kv",
                    [
                        ("Student", "Chloe Dunmore"),
                        ("Programme", "Level 1 Diploma in Hairdressing"),
                        ("Completed by", "Bethan Achterberg, ALS Manager, with Chloe's tutors"),
                        ("Date", "8 October 2026"),
                    ],
                ),
                ("h", 2, "Chloe's year so far"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Chloe passed Functional Skills English at Entry Level 3 in June and her attendance has been 96% this term.",
                            "attainment and attendance",
                        ),
                        "Her practical tutor rates her blow-drying and client care as the best in the group.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Her diagnostic maths screening in September 2025 placed her at Entry Level 1 and she has now reached Entry Level 2.",
                            "test results and progress",
                        ),
                    ],
                ),
                ("h", 2, "Difficulties we see"),
                (
                    "bul",
                    [
                        (
                            "N",
                            "cannot work out a client's bill with a discount or give correct change without a calculator and prompting",
                            "cognition_learning",
                            B4_MATHS,
                        ),
                        (
                            "N",
                            "reads product instructions slowly and has mixed up developer strengths twice",
                            "cognition_learning",
                            B4_READ,
                        ),
                        (
                            "N",
                            "loses focus after 15 to 20 minutes of theory and starts using her phone",
                            "cognition_learning",
                            B4_ATT,
                        ),
                        (
                            "N",
                            'says "I\'m rubbish at this" and stops when she gets something wrong',
                            "semh",
                            B4_ESTEEM,
                        ),
                    ],
                ),
                (
                    "p",
                    "Chloe's current plan was written when she was at school and still describes her as a Year 11 pupil. Most of the provision in it has been replaced by the college's own arrangements, and we have listed below what she receives now and what we think she needs next year.",
                ),
                ("p", "Chloe took part in writing this review and has read it."),
                ("h", 2, "Recommended support for 2026 to 2027"),
                (
                    "grid",
                    [
                        ["Support", "Amount", "Reason"],
                        [
                            (
                                "R",
                                "1:1 specialist dyscalculia tuition",
                                "cognition_learning",
                                "not_specific",
                                F4_MATHS,
                            ),
                            "1 hour weekly with a specialist maths tutor",
                            "Group maths has not closed the gap",
                        ],
                        [
                            (
                                "R",
                                "LSA in all theory sessions and on her salon reception shifts",
                                "cognition_learning",
                                "less",
                                F4_LSA,
                            ),
                            "6 hours a week",
                            "Reading, attention and handling the till",
                        ],
                        [
                            (
                                "R",
                                "Theory tasks in chunks of no more than 20 minutes with movement breaks",
                                "cognition_learning",
                                "specific",
                                F4_CHUNK,
                            ),
                            "Every theory lesson",
                            "ADHD",
                        ],
                        [
                            (
                                "R",
                                "Reader and 25% extra time",
                                "cognition_learning",
                                "specific",
                                F4_EXAM,
                            ),
                            "All assessments",
                            "JCQ-style arrangements approved",
                        ],
                        [
                            (
                                "R",
                                "Weekly wellbeing mentor sessions",
                                "semh",
                                "specific",
                                F4_MENTOR,
                            ),
                            "30 minutes weekly",
                            "Anxiety with clients and the phone",
                        ],
                    ],
                    [0.39, 0.3, 0.31],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "We considered moving Chloe to the Level 1 Barbering course, which has smaller groups, but she and her tutors agreed she should stay on Hairdressing.",
                            "option considered and not recommended",
                        ),
                    ],
                ),
            ],
        ),
        dict(
            file=OT4,
            footer="Occupational therapy report - Idris Pennock, HCPC OT",
            blocks=[
                ("org", "Idris Pennock, Occupational Therapist"),
                (
                    "small",
                    "Independent practice - 7 Harbour Walk, Marlingford HF3 2DE - 01632 960590",
                ),
                ("title", "Occupational therapy assessment report"),
                (
                    "p",
                    "I assessed Chloe at college on 10 September 2026, including an hour in the college salon, and at home on 17 September. Chloe was referred by her GP after she told him her wrists hurt at college.",
                ),
                ("h", 2, "Findings"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Chloe scored 7 out of 9 on the Beighton score, confirming generalised joint hypermobility.",
                            "assessment result",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Her fine motor control is poor for her age: she cannot hold sectioning clips open for long, she drops pins and her scissor control deteriorates after about 20 minutes of cutting.",
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
                            "After about 30 minutes of standing at a styling station she reports knee and wrist pain and begins to lean on the chair.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "The ankle pain that troubled Chloe at school has resolved since she was given insoles, and she now walks to college.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                (
                    "p",
                    "Chloe's hypermobility explains much of what her tutors had put down to a lack of stamina. She is strong enough in short bursts, but her joints tire quickly under sustained load, which is exactly what hairdressing demands. With the right equipment and pacing I see no reason why she should not qualify and work in a salon.",
                ),
                (
                    "p",
                    "I have also shown Chloe some joint protection techniques, such as keeping her wrist straight when sectioning, which she practised well in the session.",
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    [
                        (
                            "R",
                            "Chloe should have her own ergonomic offset scissors and spring-loaded sectioning clips, supplied by the college, for all practical sessions.",
                            "sensory_physical",
                            "specific",
                            F4_TOOLS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "In practical sessions she should have a height-adjustable saddle stool at her station and a planned five-minute seated rest after every 30 minutes of standing work.",
                            "sensory_physical",
                            "not_specific",
                            F4_SEAT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Chloe should wear the thermoplastic wrist splints I have made for her at night.",
                            "health",
                            "not_educational",
                            "Chloe will wear the wrist splints provided by the occupational therapist at night.",
                            {"section": "G"},
                        ),
                    ],
                ),
            ],
        ),
        dict(
            file=CAR4,
            header="Marlingford Careers and Employment",
            footer="Careers report - Chloe Dunmore - {n}/{m}",
            blocks=[
                ("org", "Marlingford Careers and Employment"),
                ("title", "Careers adviser's report for the EHC plan review"),
                (
                    "p",
                    "Adviser: Sunita Halloran-Mbeki, careers adviser (QCF Level 6). Met Chloe on 2 October 2026 at college, with her mother present for part of the meeting.",
                ),
                (
                    "p",
                    "Chloe has a clear and realistic goal of working in a salon. We talked about apprenticeships, a supported internship with Marlingford Supported Employment, and simply applying for salon assistant jobs next summer.",
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Chloe has never applied for a job and could not complete an online application form without me sitting beside her, mainly because of the reading and the questions about herself.",
                            "other",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            'She told me she would "rather die" than phone a salon to ask about vacancies, and she went red and stopped talking when I role-played a client complaint.',
                            "semh",
                            B4_ANX,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Chloe's work experience at a salon in Year 11 went well and the owner has offered to have her back.",
                            "history and strength",
                        ),
                    ],
                ),
                (
                    "p",
                    "We discussed the three routes in detail. An apprenticeship would give Chloe a wage, but the off-the-job training is mainly written and she would need a great deal of support with it. A supported internship would give her a job coach and a year in a real salon. Chloe preferred the internship, and her mother agreed.",
                ),
                (
                    "p",
                    "Chloe's maths difficulties will matter in any salon job, because taking payments is part of a junior's role; this is one reason the college's work on money is so important.",
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    [
                        (
                            "R",
                            "From January, Chloe's work placement should be supported by a job coach from Marlingford Supported Employment for the whole of her placement day for at least the first six weeks, reducing after that by agreement.",
                            "other",
                            "wrong_section",
                            H2_COACH,
                            {"section": "H2"},
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "She should take part in the college's employability programme for one hour a week, covering job searching, application forms, telephone calls and interview practice.",
                            "other",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Chloe's mother may wish to help her apply for a disabled person's bus pass.",
                            "other",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Sunita Halloran-Mbeki, 6 October 2026"),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
