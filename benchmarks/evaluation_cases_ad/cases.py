# ruff: noqa: E501
"""Set AD as data: complex profiles in mainstream and selective secondary schools (Year 7 to
Year 13): twice-exceptional pupils, Tourette's syndrome with OCD, hypermobile Ehlers-Danlos
syndrome with dyspraxia and fatigue, and a grammar school sixth former whose autism the
school says is masked by her ability. Four plan layouts no earlier set has: Section F
grouped by school subject, Section F as a weekly timetable, Section B split into strengths
and difficulties columns, and Section F set out as the parts of a 16 to 19 study programme.

Every name, council, school, service and professional is invented. Postcodes use areas that
do not exist and phone numbers are in the 01632 960xxx range. Markers are those of
evaluation_kit.dataset.
"""

# ---------------------------------------------------------------------------
# case-evalad-01: Thornbury Vale County Council; Isaac Penhaligon, 12, Year 8
# layout "subject-grouped-provision": Word headings "Section B: ..."; Section F is set out
# under sub-headings for each subject department (All lessons, English, Mathematics and
# science, Homework, Tests and examinations), as a secondary school's provision map is.
# ---------------------------------------------------------------------------

B1_DYS = "Isaac has dyslexia. He reads accurately but slowly, and his spelling is weak for his age and well below what would be expected from his ability."
B1_WM = "He finds it hard to hold spoken instructions in mind, especially when several steps are given at once."
B1_ATT = "Isaac has a diagnosis of ADHD (combined presentation) and has difficulty sustaining attention, particularly when he has to listen for long periods."
B1_WRITE = "His written output is limited and poorly organised compared with the quality of his spoken ideas, and his handwriting is slow."
B1_ORG = "Isaac has difficulty organising himself, his equipment and his homework."
B1_SPEED = "He works slowly under timed conditions and often does not finish tests."

F1_STEPS = "In every lesson, instructions will be given in short steps, and the steps will also be written on the board or on a printed task card that Isaac keeps on his desk."
F1_MOVE = "Movement breaks as required."
F1_LAPTOP = "Isaac will have use of a school laptop for extended writing in all lessons, and will follow a touch-typing course in three 20-minute sessions a week during form time until he types at 25 words per minute."
F1_SPEC = "Specialist literacy teaching from the school's specialist teacher, in a small group, for 30 minutes each fortnight."
F1_SPELL = "A structured, multisensory spelling programme in three 15-minute sessions a week, delivered by a trained teaching assistant and overseen by the specialist teacher."
F1_SETS = "Isaac will be taught in sets that reflect his ability where possible."
F1_HW = "Homework to be differentiated where appropriate."
F1_EXAM = "25% extra time in all internal tests and examinations, as his normal way of working, with a word processor (spelling and grammar check turned off) for answers of more than a paragraph."
F1_READER = "A reader may be considered for examinations if needed."
G1_COACH = "Isaac will attend a weekly 30-minute study skills group run by the learning support department, to help him plan his work, organise his equipment and manage homework, in line with the ADHD nurse's advice."
G1_ADHD = "Review of Isaac's ADHD medication by the Thornbury Vale paediatric ADHD nurse every six months."

EP1 = "ep_report.pdf"
DYS1 = "access_arrangements_assessment.docx"

CASE_01 = dict(
    name="case-evalad-01",
    layout="subject-grouped-provision",
    summary=(
        "Thornbury Vale County Council; Isaac Penhaligon, 12, Year 8 at Ravensholt Academy, a "
        "mainstream academy (twice-exceptional: very high verbal reasoning with dyslexia and ADHD). "
        "Word headings 'Section B: ...'; Section F is set out under sub-headings for subject "
        "departments. Independent educational psychologist's report arguing against the council's "
        "view that average attainment means no special educational need; a specialist dyslexia "
        "teacher's exam access arrangements assessment with a test table."
    ),
    note=(
        "Section F's sub-headings (All lessons, English, ...) are not section headings. The study "
        "skills group in G is wrong_section; the ADHD medication review in G is health provision. "
        "The EP's long argument with the council, the test results and the history are not needs. "
        "Specialist teaching recommended one to one, weekly for 45 minutes, stands in F as small "
        "group, fortnightly for 30 minutes (less)."
    ),
    plan=dict(
        file="plan.docx",
        footer="Thornbury Vale County Council - Education, Health and Care Plan - Isaac Penhaligon - FINAL",
        author="SEND Assessment and Review Team",
        blocks=[
            ("org", "Thornbury Vale County Council"),
            (
                "small",
                "SEND Assessment and Review Team, County Hall, Vale Road, Thornbury HF9 2QP. Tel 01632 960144. send.team@thornburyvale.example.org",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Isaac Penhaligon"),
                    ("Date of birth", "19 January 2014"),
                    ("School", "Ravensholt Academy (Year 8)"),
                    ("Date plan finalised", "30 October 2026"),
                    ("Case officer", "Ruth Amberley"),
                ],
            ),
            (
                "H",
                "A",
                "Section A: The views, interests and aspirations of Isaac and his parents",
                "h1",
            ),
            (
                "S",
                "A",
                "Isaac loves astronomy, chess and building things with his grandfather, and he wants to be an aerospace engineer.",
            ),
            (
                "p",
                "Isaac says: \"I know the answers in my head but by the time I've written them down the lesson's over. Teachers think I'm not trying.\"",
            ),
            (
                "p",
                "His parents want school to see how able Isaac is as well as what he finds hard, and they want him to stop calling himself stupid.",
            ),
            ("H", "B", "Section B: Isaac's special educational needs", "h1"),
            (
                "p",
                "Isaac's cognitive assessment shows very high verbal reasoning alongside weaker working memory and processing speed. His needs are:",
            ),
            ("h", 2, "Cognition and learning"),
            ("S", "B", B1_DYS),
            ("p", [B1_WM, B1_SPEED]),
            ("p", B1_WRITE),
            ("h", 2, "Social, emotional and mental health"),
            ("p", [B1_ATT, B1_ORG]),
            (
                "H",
                "C",
                "Section C: Isaac's health needs which relate to his special educational needs",
                "h1",
            ),
            (
                "S",
                "C",
                "Isaac was diagnosed with ADHD by the community paediatric service in May 2024 and takes a stimulant medication each morning.",
            ),
            ("p", "He wears glasses for long sight; his vision is otherwise normal."),
            (
                "H",
                "D",
                "Section D: Isaac's social care needs which relate to his special educational needs or disability",
                "h1",
            ),
            (
                "S",
                "D",
                "Isaac has no social care needs arising from his special educational needs or disability.",
            ),
            ("H", "E", "Section E: Outcomes", "h1"),
            (
                "S",
                "E",
                "By the end of Year 9, Isaac will read his set texts at a speed that lets him keep up in lessons, using a reading pen or audio version where needed.",
            ),
            (
                "p",
                "By the end of Key Stage 3, Isaac will plan and write an extended answer of at least one side, typed, in English, history and science.",
            ),
            (
                "p",
                "By July 2027, Isaac will bring the right equipment to every lesson and hand in homework on time at least four weeks out of five.",
            ),
            ("H", "F", "Section F: Special educational provision", "h1"),
            (
                "S",
                "F",
                "The provision below will be made by Ravensholt Academy from its own resources and the top-up funding set out in Section I.",
            ),
            ("h", 2, "All lessons"),
            ("bul", [("F", F1_STEPS, True), ("F", F1_MOVE, False), ("F", F1_LAPTOP, True)]),
            ("h", 2, "English"),
            ("bul", [("F", F1_SPEC, True), ("F", F1_SPELL, True)]),
            ("h", 2, "Mathematics and science"),
            ("bul", [("F", F1_SETS, False)]),
            ("h", 2, "Homework"),
            ("bul", [("F", F1_HW, False)]),
            ("h", 2, "Tests and examinations"),
            ("bul", [("F", F1_EXAM, True), ("F", F1_READER, False)]),
            ("H", "G", "Section G: Health provision", "h1"),
            ("S", "G", G1_ADHD),
            ("p", G1_COACH),
            (
                "H",
                "H1",
                "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
                "h1",
            ),
            ("S", "H1", "No provision is required."),
            ("H", "H2", "Section H2: Any other social care provision", "h1"),
            ("S", "H2", "No other social care provision is required."),
            ("H", "I", "Section I: Placement", "h1"),
            (
                "S",
                "I",
                "Ravensholt Academy, Mill Lane, Thornbury HF9 4RT (mainstream academy, 11 to 18). Top-up funding at band 2.",
            ),
            ("H", "J", "Section J: Personal budget", "h1"),
            ("S", "J", "Isaac's parents did not ask for a personal budget."),
            ("H", "K", "Section K: Advice and information", "h1"),
            (
                "S",
                "K",
                "Educational psychology report, Dr Helena Varga (independent), 8 July 2026; exam access arrangements assessment, Mrs Claire Ostrowski, 16 June 2026; school advice, Ravensholt Academy; paediatric advice, June 2026; parents' views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=EP1,
            header="Dr Helena Varga, Chartered Educational Psychologist - Isaac Penhaligon - CONFIDENTIAL",
            footer="Page {n} of {m}",
            author="Dr Helena Varga",
            blocks=[
                ("org", "Dr Helena Varga CPsychol, Educational Psychologist (HCPC registered)"),
                (
                    "small",
                    "Varga Psychology, 12 Orchard Row, Thornbury HF9 7LN. 01632 960231. helena@vargapsychology.example.org",
                ),
                ("title", "Independent educational psychology report"),
                (
                    "kv",
                    [
                        ("Name", "Isaac Penhaligon"),
                        ("Date of birth", "19 January 2014 (age 12 years 5 months at assessment)"),
                        ("School", "Ravensholt Academy, Year 7 (Year 8 from September 2026)"),
                        ("Dates seen", "23 and 30 June 2026, at school and at home"),
                        ("Instructed by", "Mr and Mrs Penhaligon, for the EHC needs assessment"),
                    ],
                ),
                ("h", 2, "1. Reason for referral"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Mr and Mrs Penhaligon asked me to assess Isaac because they disagree with the council's view that, as his attainment is broadly average, he does not have special educational needs that call for an EHC plan.",
                            "reason for referral; the dispute",
                        ),
                        "I was asked to describe Isaac's profile, to say whether he has special educational needs, and to set out the provision that would meet them.",
                    ],
                ),
                ("h", 2, "2. Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Isaac's early development was unremarkable, although his mother recalls that he talked early and in long sentences, and was reading simple words before he started school.",
                            "history",
                        ),
                        "He struggled with phonics in Year 1 and was given a catch-up group in Year 2.",
                        (
                            "X",
                            "He was diagnosed with ADHD in May 2024, and his parents report that medication has helped his concentration in the mornings.",
                            "history; support in place",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "Ravensholt Academy has placed Isaac on SEN support. He has had a reading fluency group for one term and has 25% extra time in tests, which the school arranged after a screening in Year 7.",
                        (
                            "X",
                            "His reports from primary school describe him as 'very bright but lazy with his written work', a description that Isaac has taken to heart.",
                            "history; school report",
                        ),
                    ],
                ),
                ("h", 2, "3. Assessment results"),
                (
                    "grid",
                    [
                        [
                            "Wechsler Intelligence Scale for Children (WISC-V UK)",
                            "Standard score",
                            "Percentile",
                            "Description",
                        ],
                        ["Verbal Comprehension Index", "141", "99.7", "Extremely high"],
                        ["Visual Spatial Index", "127", "96", "Very high"],
                        ["Fluid Reasoning Index", "132", "98", "Very high"],
                        ["Working Memory Index", "94", "34", "Average"],
                        ["Processing Speed Index", "86", "18", "Low average"],
                    ],
                    [0.46, 0.18, 0.14, 0.22],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "The difference of 47 points between Isaac's verbal comprehension and his processing speed is very unusual, and is found in fewer than one in a hundred children of his age.",
                            "test result",
                        ),
                        "On the WIAT-III, his reading comprehension was in the above average range (standard score 116), his word reading in the average range (104), and his spelling in the low average range (87).",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Isaac's reading rate is well below his reading accuracy and comprehension, and he reads continuous text far more slowly than his peers.",
                            "cognition_learning",
                            B1_DYS,
                        ),
                        (
                            "N",
                            "His verbal working memory is a weakness relative to his reasoning, and in class he loses instructions that are given orally in several parts.",
                            "cognition_learning",
                            B1_WM,
                        ),
                    ],
                ),
                ("h", 2, "4. Observation in school"),
                (
                    "p",
                    [
                        "I observed Isaac in a science lesson and an English lesson.",
                        (
                            "N",
                            "In the science lesson his attention drifted during the teacher's ten-minute introduction, and he missed the start of the practical task, which he then completed quickly and correctly by copying his partner's setup.",
                            "semh",
                            B1_ATT,
                        ),
                        (
                            "X",
                            "In English he answered an inference question orally with an insight that his teacher later described as 'better than most of Year 11'.",
                            "strength; observation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Isaac's written work does not reflect his verbal ability: his ideas are sophisticated, but he writes only a few lines, with little organisation and frequent crossings-out.",
                            "cognition_learning",
                            B1_WRITE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "In a second, unstructured task I asked Isaac to write about a topic of his choice for ten minutes.",
                        (
                            "X",
                            "He chose black holes, talked fluently about event horizons for several minutes, and then wrote 41 words, of which six were misspelt.",
                            "observation; test narrative",
                        ),
                        "When I offered to scribe a paragraph for him, he dictated 160 words in the same time, with accurate technical vocabulary and a clear structure.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "His form tutor, Mr Ashdown, told me that Isaac is well liked, kind to younger pupils and 'the one who asks the questions nobody else thinks of'.",
                            "strength; staff view",
                        ),
                        (
                            "X",
                            "Behaviour records show four detentions this year, all for incomplete homework or for talking in lessons, and no exclusions.",
                            "records",
                        ),
                    ],
                ),
                ("h", 2, "5. Isaac's views and wellbeing"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Isaac describes himself as 'stupid' and 'lazy', and on the self-esteem measure his view of himself as a learner has fallen sharply since Year 6.",
                            "semh",
                            None,
                        ),
                        "He told me that he had stopped putting his hand up because 'when I say something clever they expect me to write it down and then I can't'.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Isaac is not sufficiently challenged in lessons that are pitched at his reading level rather than his reasoning, and he becomes restless and disruptive when the work is too easy for him.",
                            "cognition_learning",
                            None,
                        ),
                        (
                            "X",
                            "He enjoys the lunchtime chess club and has represented the school.",
                            "strength / interest",
                        ),
                    ],
                ),
                ("h", 2, "5a. Interpretation of the cognitive profile"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Isaac's general ability is best described by his General Ability Index of 136, which places him in the top one per cent of children of his age; his Full Scale IQ is not a meaningful summary, given the spread of his index scores.",
                            "test interpretation",
                        ),
                        (
                            "X",
                            "Children with this pattern, sometimes called twice-exceptional, are often identified late, because their ability lets them compensate in primary school and their difficulties only show when the demands of reading and writing rise.",
                            "general explanation",
                        ),
                        "That is what Isaac's records show: his end of Key Stage 2 results were at the expected standard in reading and mathematics, and just below it in writing.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "The national research on dyslexia and high ability suggests that the gap between what such pupils understand and what they can show on paper tends to widen, not narrow, through secondary school unless it is directly addressed.",
                            "research",
                        ),
                        (
                            "X",
                            "It also suggests that the emotional cost is high, because these pupils know that they are capable and cannot understand why they fail.",
                            "research",
                        ),
                    ],
                ),
                ("pb",),
                ("h", 2, "6. Discussion: does Isaac have special educational needs?"),
                (
                    "p",
                    [
                        (
                            "X",
                            "The council's letter of 2 May 2026 states that Isaac is 'making expected progress and attaining in line with national averages', and concludes that his needs can be met at SEN support.",
                            "council's view quoted",
                        ),
                        "In my opinion this reasoning is mistaken, for three reasons.",
                        (
                            "X",
                            "First, average attainment in a child whose reasoning is in the top one per cent of the population is itself evidence of a significant barrier to learning, not evidence that there is none.",
                            "argument",
                        ),
                        (
                            "X",
                            "Second, the Code of Practice defines a learning difficulty by reference to significantly greater difficulty in learning than the majority of others of the same age, and Isaac's reading speed, spelling and written output all meet that test on standardised measures, regardless of his reasoning.",
                            "argument",
                        ),
                        "Third, the support in place has been tried for a full year without closing the gap, and his self-image has worsened.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "I also considered whether Isaac's difficulties could be explained by ADHD alone, but his phonological processing and spelling profile is typical of dyslexia and is not explained by inattention.",
                            "alternative considered and rejected",
                        ),
                        (
                            "X",
                            "A move to a specialist dyslexia school was raised by Isaac's father; in my view this is not needed, and Isaac should stay at Ravensholt, where he has friends and access to a broad curriculum.",
                            "option considered and not recommended",
                        ),
                    ],
                ),
                ("h", 2, "7. Comments on the draft plan"),
                (
                    "p",
                    [
                        (
                            "X",
                            "The draft plan I was shown in June describes Isaac's needs as 'literacy difficulties' and does not mention his ability at all, which in my view misses the central point of his profile.",
                            "comment on the draft plan",
                        ),
                        (
                            "X",
                            "Its Section F offers 'access to literacy support' and 'movement breaks as required', neither of which says who will do what, or how often.",
                            "comment on the draft plan",
                        ),
                        "I would ask the council to quantify the provision, as the law requires.",
                    ],
                ),
                ("h", 2, "8. Recommendations"),
                (
                    "p",
                    [
                        (
                            "R",
                            "Isaac should receive specialist literacy teaching from a teacher with an approved specialist qualification in dyslexia, one to one, for 45 minutes each week, focused on spelling, reading fluency and the planning of extended writing.",
                            "cognition_learning",
                            "less",
                            F1_SPEC,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "He should be taught to touch-type, with a laptop available to him in every lesson for extended writing by the end of Year 8.",
                            "cognition_learning",
                            "specific",
                            F1_LAPTOP,
                        ),
                        "Isaac told me he has already started a free typing game at home and is keen to learn.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Isaac needs a weekly 30-minute mentoring session with a trusted adult who understands both his ability and his dyslexia, to rebuild his confidence as a learner.",
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
                            "Isaac should be placed in the top set for mathematics and science, and his teachers should set him reasoning tasks pitched at his ability rather than at his reading age.",
                            "cognition_learning",
                            "not_specific",
                            F1_SETS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Instructions should be given in short chunks, with the key steps written down for Isaac to refer back to.",
                            "cognition_learning",
                            "specific",
                            F1_STEPS,
                        ),
                        (
                            "R",
                            "He should be allowed agreed movement breaks (for example, taking a message to the office) of two to three minutes in lessons of an hour or more.",
                            "semh",
                            "not_specific",
                            F1_MOVE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Isaac would benefit from weekly small-group study skills coaching with the learning support team (30 minutes) on planning, organisation and managing homework.",
                            "semh",
                            "wrong_section",
                            G1_COACH,
                            {"section": "G"},
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "At home, his parents may find audiobooks of the class texts useful, so that Isaac can enjoy books at the level of his understanding.",
                            "cognition_learning",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "I would be happy to discuss this report with the school or the council."),
                ("p", "Dr Helena Varga, Chartered Educational Psychologist, 8 July 2026"),
            ],
        ),
        dict(
            file=DYS1,
            footer="Ravensholt Academy Learning Support - Form 8 assessment record",
            author="Claire Ostrowski",
            blocks=[
                ("org", "Ravensholt Academy - Learning Support Department"),
                ("title", "Assessment for examination access arrangements"),
                (
                    "p",
                    "Assessor: Mrs Claire Ostrowski, specialist dyslexia teacher (Level 7 Diploma, Assessment Practising Certificate). Date of assessment: 16 June 2026.",
                ),
                (
                    "kv",
                    [
                        ("Candidate", "Isaac Penhaligon, Year 7"),
                        (
                            "Reason for assessment",
                            "Teacher concerns about slow reading and writing; screening in Year 7",
                        ),
                        (
                            "Background information from SENCo",
                            "ADHD diagnosis (2024); extra time in class tests since November 2025",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Isaac was first screened in October 2025 with the Lucid Exact, which showed slow reading and writing speeds; teachers' evidence of his normal way of working was collected in the spring term.",
                            "history of the assessment",
                        ),
                        "Subject teachers in English, history and science all reported that Isaac rarely finishes written tasks in the time given, and that the quality of his answers falls in the last third of a test.",
                    ],
                ),
                ("h", 2, "Test results"),
                (
                    "grid",
                    [
                        ["Test", "Standard score", "Comment"],
                        [
                            "DASH 17+ free writing (words per minute)",
                            "11 wpm",
                            "Below average for age",
                        ],
                        ["TOWRE-2 sight word efficiency", "83", "Below average"],
                        ["CTOPP-2 rapid symbolic naming", "79", "Below average"],
                        ["SWST single word spelling", "85", "Below average"],
                        ["TOMAL-2 digits forward", "9 (scaled)", "Average"],
                    ],
                    [0.48, 0.2, 0.32],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Isaac's scores on two tests of processing speed fall below 85, which meets the JCQ criteria for 25% extra time.",
                            "test result / eligibility",
                        ),
                        "His comprehension of what he reads is a strength, and he did not need questions read aloud on the short passages.",
                    ],
                ),
                ("h", 2, "What this means in the classroom"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Isaac's handwriting speed is 11 words per minute on the free-writing task, which is below average for his age, and his writing becomes hard to read when he hurries.",
                            "cognition_learning",
                            B1_WRITE,
                        ),
                        (
                            "N",
                            "His spelling is at the level expected of a pupil about three years younger, with errors in common irregular words.",
                            "cognition_learning",
                            B1_DYS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Isaac's processing speed is in the below average range, and he needs more time than his peers to complete timed written tasks.",
                            "cognition_learning",
                            B1_SPEED,
                        ),
                        (
                            "N",
                            "He loses equipment and homework sheets, and finds it hard to plan longer pieces of work over several days.",
                            "semh",
                            B1_ORG,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "The reading fluency group in the spring term helped his confidence with reading aloud, and he now volunteers to read in tutor time.",
                            "progress; support already in place",
                        ),
                    ],
                ),
                ("h", 2, "Normal way of working"),
                (
                    "p",
                    [
                        (
                            "X",
                            "In the spring term Isaac completed two history assessments with extra time and one without; with extra time he finished both papers and gained grades 2 and 3 bands higher.",
                            "evidence of normal way of working",
                        ),
                        (
                            "X",
                            "He used a word processor for one English assessment, in which his answer was twice the length of his handwritten answers and much better organised.",
                            "evidence of normal way of working",
                        ),
                        "This evidence is kept in the access arrangements file (Form 8 and teachers' statements).",
                    ],
                ),
                ("h", 2, "Recommended arrangements"),
                (
                    "p",
                    [
                        (
                            "R",
                            "Isaac meets the criteria for 25% extra time in examinations and internal tests, and this should be his normal way of working in class assessments, with a word processor for extended answers.",
                            "cognition_learning",
                            "specific",
                            F1_EXAM,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "A computer reader should be available to him for examination papers that contain long passages of text, and he should practise using it in mock examinations.",
                            "cognition_learning",
                            "not_specific",
                            F1_READER,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "A structured, multisensory spelling programme, for three 15-minute sessions a week, delivered by a trained teaching assistant and overseen by the specialist teacher.",
                            "cognition_learning",
                            "specific",
                            F1_SPELL,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "A scribe is not recommended, as Isaac's ideas flow better when he types than when he dictates.",
                            "option considered and not recommended",
                        ),
                        "Arrangements will be reviewed before the start of Key Stage 4.",
                    ],
                ),
                (
                    "p",
                    "Claire Ostrowski, Specialist Teacher (Dyslexia), Ravensholt Academy. Tel 01632 960237.",
                ),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalad-02: Medwell Borough Council; Oliver Tregunna, 15, Year 10
# layout "weekly-timetable-provision": plain "Section B - ..." headings; Section F set out
# as a timetable (When | Provision | Staff), every school day first, then the week, then
# tests and examinations, as some councils and schools write a provision timetable.
# ---------------------------------------------------------------------------

B2_TICS = "Oliver has Tourette's syndrome, with motor and vocal tics that become more frequent when he is anxious or tired."
B2_HAND = "Tics affecting his right arm make handwriting slow and effortful, and he often leaves written work unfinished."
B2_OCD = "Oliver also has obsessive-compulsive disorder (OCD), with fears of contamination and checking rituals."
B2_LATE = "His morning rituals mean that he often arrives late to school and misses part of the first lesson."
B2_EQUIP = "Contamination fears make him avoid shared equipment and practical work, particularly in science and food technology."
B2_SOCIAL = "He has been teased about his tics and now avoids the canteen and other social times."
B2_CHANGE = "Oliver copes poorly with unexpected changes, such as a cover teacher or a room change."

F2_CHECK = "Check-in with his key worker in the learning support base, to settle after a difficult morning and go through the day's timetable and any changes"
F2_CARD = "Time-out card: Oliver may leave any lesson without asking, for up to five minutes, to go to the learning support base to release his tics"
F2_LATE = "No sanction for lateness caused by his OCD; Oliver will come in through the learning support base entrance and join his lesson when ready"
F2_PRACT = "Practice session in school of the tic and OCD management strategies taught in therapy"
F2_SCI = "Support in science as necessary"
F2_TRAIN = "Staff awareness training on Tourette's syndrome"
F2_COUNS = "Access to the school counsellor if needed"
F2_TIME = "10% extra time in internal tests"
F2_EXAMS = "Mock and GCSE examinations taken in a separate room with his own invigilator, with supervised rest breaks"
G2_GROUP = "A weekly 40-minute self-advocacy group with the school's learning mentor for the autumn term, so that Oliver can practise explaining his Tourette's to other pupils."
G2_CBIT = "Comprehensive Behavioural Intervention for Tics (CBIT): eight weekly sessions with the clinical psychologist of the children's neurology service, starting in January 2027."
G2_ERP = "Exposure and response prevention therapy with Medwell CAMHS, weekly for 12 weeks."

NEU2 = "neurology_letter.pdf"
CAMHS2 = "camhs_neurodevelopmental_report.docx"

CASE_02 = dict(
    name="case-evalad-02",
    layout="weekly-timetable-provision",
    summary=(
        "Medwell Borough Council; Oliver Tregunna, 15, Year 10 at Ashby Fields School, a mainstream "
        "comprehensive (Tourette's syndrome with obsessive-compulsive disorder). Headings "
        "'Section B - ...'; Section F is a timetable table (When | Provision | Staff). A paediatric "
        "neurology clinic letter and a CAMHS neurodevelopmental team report with a recommendations "
        "table (Recommendation | Who | How often)."
    ),
    note=(
        "In the timetable, specificity is judged on the whole row: the When and Staff cells carry "
        "the frequency and the person. The self-advocacy group in G is wrong_section; CBIT and ERP in "
        "G are health provision. ADHD was considered and ruled out. Tic suppression using up his "
        "attention, and the rewriting compulsions, are not in B."
    ),
    plan=dict(
        file="plan.pdf",
        header="Medwell Borough Council  |  EHC plan  |  Oliver Tregunna  |  Final 6 November 2026",
        footer="Page {n} of {m}",
        author="Medwell Borough Council SEND Service",
        blocks=[
            ("org", "Medwell Borough Council - Special Educational Needs and Disabilities Service"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Child", "Oliver Tregunna, born 12 April 2011"),
                    ("School", "Ashby Fields School, Year 10"),
                    ("Parents", "Mr Daniel and Mrs Kerensa Tregunna"),
                    ("SEND officer", "Marcus Ilori, 01632 960562"),
                ],
            ),
            (
                "H",
                "A",
                "Section A - The views, interests and aspirations of Oliver and his parents",
                "h1",
            ),
            (
                "S",
                "A",
                "Oliver enjoys drumming, mountain biking and computer programming, and hopes to study computer science at college.",
            ),
            (
                "p",
                'Oliver said: "I just want people to stop staring. If I can let the tics out for a minute I\'m fine." His parents want him to sit his GCSEs without being worn out by hiding his tics.',
            ),
            ("H", "B", "Section B - Special educational needs", "h1"),
            ("S", "B", B2_TICS),
            ("p", [B2_HAND, B2_OCD]),
            ("p", [B2_LATE, B2_EQUIP]),
            ("p", [B2_SOCIAL, B2_CHANGE]),
            ("p", "Oliver is a capable student, predicted grades 6 to 7 in most subjects."),
            ("H", "C", "Section C - Health needs related to special educational needs", "h1"),
            (
                "S",
                "C",
                "Oliver is under the care of the children's neurology clinic at Medwell General Hospital for Tourette's syndrome, and of Medwell CAMHS for OCD.",
            ),
            ("p", "His sleep is disturbed by bedtime rituals. He takes no regular medication."),
            (
                "H",
                "D",
                "Section D - Social care needs related to special educational needs or disability",
                "h1",
            ),
            ("S", "D", "Oliver has no identified social care needs."),
            ("H", "E", "Section E - Outcomes", "h1"),
            (
                "S",
                "E",
                "By the end of Year 10, Oliver will arrive at school and settle into his first lesson by 9.15 am on at least four days each week.",
            ),
            (
                "p",
                "By the end of Year 11, Oliver will complete practical work in science with support, including using shared equipment.",
            ),
            (
                "p",
                "By his GCSE examinations, Oliver will use his time-out card and tic management strategies without prompting.",
            ),
            ("H", "F", "Section F - Special educational provision", "h1"),
            (
                "S",
                "F",
                "Ashby Fields School will deliver the following timetable of provision from the start of the spring term 2027.",
            ),
            (
                "grid",
                [
                    ["When", "Provision", "Staff"],
                    [
                        "Every school day, 8.40 to 8.50 am",
                        ("F", F2_CHECK, True),
                        "Learning support key worker (Mrs Penrose)",
                    ],
                    [
                        "Every lesson",
                        ("F", F2_CARD, True),
                        "All teaching staff; learning support base staffed all day",
                    ],
                    [
                        "On any day he is late",
                        ("F", F2_LATE, True),
                        "Head of Year 10 and reception staff",
                    ],
                    [
                        "Wednesday, 30 minutes in tutor time",
                        ("F", F2_PRACT, True),
                        "Learning support key worker",
                    ],
                    ["As necessary", ("F", F2_SCI, False), "Science department"],
                    ["To be arranged", ("F", F2_TRAIN, False), "SENCo"],
                    ["When needed", ("F", F2_COUNS, False), "School counsellor"],
                    ["All internal tests", ("F", F2_TIME, True), "Examinations officer"],
                    [
                        "Mocks (December 2026, March 2027) and GCSEs",
                        ("F", F2_EXAMS, True),
                        "Examinations officer",
                    ],
                ],
                [0.26, 0.52, 0.22],
            ),
            ("H", "G", "Section G - Health provision", "h1"),
            ("S", "G", G2_CBIT),
            ("p", G2_ERP),
            ("p", G2_GROUP),
            (
                "H",
                "H1",
                "Section H1 - Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
                "h1",
            ),
            ("S", "H1", "None."),
            ("H", "H2", "Section H2 - Other social care provision", "h1"),
            ("S", "H2", "None identified."),
            ("H", "I", "Section I - Placement", "h1"),
            (
                "S",
                "I",
                "Ashby Fields School, Fenway Road, Medwell KB6 3DX (mainstream secondary, community school).",
            ),
            ("H", "J", "Section J - Personal budget", "h1"),
            ("S", "J", "Not requested."),
            ("H", "K", "Section K - Advice and information", "h1"),
            (
                "S",
                "K",
                "Letter from Dr Amrit Chaudhry, consultant paediatric neurologist, 21 July 2026; CAMHS neurodevelopmental team report, 3 September 2026; educational psychology advice, Medwell EPS, July 2026; school advice; parental advice.",
            ),
        ],
    ),
    reports=[
        dict(
            file=NEU2,
            header="Medwell General Hospital NHS Trust - Children's Neurology Service",
            footer="Dictated 18/07/2026, typed 21/07/2026 - page {n} of {m}",
            author="Children's Neurology Service",
            blocks=[
                ("org", "Medwell General Hospital NHS Trust"),
                (
                    "small",
                    "Children's Neurology Service, Level 3, Willow Wing, Medwell KB6 1AA. Secretary 01632 960588.",
                ),
                ("p", "Dr Amrit Chaudhry, Consultant Paediatric Neurologist"),
                (
                    "p",
                    "To: Dr S. Mbeki, Fenway Road Surgery, Medwell. Copy to: Mr and Mrs Tregunna; Medwell SEND Service (EHC needs assessment).",
                ),
                (
                    "p",
                    "Re: Oliver Tregunna, DOB 12/04/2011, NHS no. 999 000 4417. Seen in clinic 14 July 2026 with his mother.",
                ),
                (
                    "p",
                    "Thank you for the referral. Please find below my summary; I have also written to the SEND service at the family's request.",
                ),
                ("b", "Diagnoses"),
                ("bul", ["Tourette's syndrome", "Obsessive-compulsive disorder (under CAMHS)"]),
                ("p", "Dear Dr Mbeki,"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Thank you for asking me to see Oliver again; I last saw him in 2024, when his tics were relatively mild and he was managing well in Year 8.",
                            "history",
                        ),
                        (
                            "X",
                            "His tics began at the age of seven with eye blinking and have waxed and waned since, as is typical.",
                            "history",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Oliver now has frequent motor tics (eye blinking, neck jerking and shoulder shrugging) and vocal tics (sniffing, throat clearing and, at times of stress, a loud high-pitched call).",
                            "sensory_physical",
                            B2_TICS,
                        ),
                        (
                            "N",
                            "Oliver spends much of each lesson suppressing his tics, which uses up the attention he needs for learning and leaves him exhausted by the afternoon.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "His mother describes a 'tic storm' most evenings when he gets home, lasting twenty minutes or more.",
                        (
                            "N",
                            "Tics in his right arm and hand interrupt his handwriting, and his written work is often left unfinished.",
                            "sensory_physical",
                            B2_HAND,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Neurological examination was normal apart from the tics themselves, and I do not think any further investigation is needed; an EEG in 2024 was normal.",
                            "examination and test result",
                        ),
                        (
                            "X",
                            "We discussed medication, including aripiprazole, but Oliver and his mother did not want to try it at present and I agree that behavioural therapy should come first.",
                            "option considered and not chosen",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Oliver told me that the worst part of school is the first ten minutes of each lesson, when everyone is quiet and he can feel the tics building.",
                            "the child's view",
                        ),
                        (
                            "X",
                            "He plays drums in the school band, and his mother and I noticed that his tics almost stop while he is playing, which is common in Tourette's.",
                            "strength; observation",
                        ),
                        "He is doing well academically and hopes to take computer science at college.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "I understand from his mother that a teacher recently sent him out of a lesson for 'making noises', which upset him greatly.",
                            "incident; background",
                        ),
                        "I have explained that this is not something he can control, and I hope that a copy of this letter will help his school.",
                    ],
                ),
                ("b", "Plan"),
                (
                    "p",
                    [
                        (
                            "R",
                            "Comprehensive Behavioural Intervention for Tics (CBIT) will be offered by our clinical psychologist, in eight weekly sessions from January.",
                            "health",
                            "not_educational",
                            G2_CBIT,
                            {"section": "G"},
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "In school, I would recommend that Oliver can go to a quiet room to release his tics, which he can use without asking by showing a time-out card, for up to five minutes at a time.",
                            "sensory_physical",
                            "specific",
                            F2_CARD,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Staff who teach Oliver and, with his agreement, his tutor group should be given information about Tourette's syndrome, so that his tics are understood and not treated as deliberate behaviour.",
                            "semh",
                            "not_specific",
                            F2_TRAIN,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "He should sit his examinations in a separate room, so that his vocal tics do not disturb others and he does not spend the examination suppressing them.",
                            "sensory_physical",
                            "specific",
                            F2_EXAMS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "At home, I have advised his parents not to comment on his tics or ask him to stop, as drawing attention to them tends to make them worse.",
                            "sensory_physical",
                            "not_educational",
                        ),
                        "I have given the family the Tourettes Action information pack.",
                    ],
                ),
                ("p", "I will see Oliver again in six months. Yours sincerely,"),
                ("p", "Dr Amrit Chaudhry, Consultant Paediatric Neurologist"),
            ],
        ),
        dict(
            file=CAMHS2,
            footer="Medwell CAMHS Neurodevelopmental Team - OFFICIAL SENSITIVE",
            author="Medwell CAMHS",
            blocks=[
                ("org", "Medwell Child and Adolescent Mental Health Service"),
                (
                    "p",
                    "Neurodevelopmental Team, The Orchard Centre, Linden Street, Medwell KB6 2PQ. Tel 01632 960590",
                ),
                ("title", "Neurodevelopmental team report: advice for the EHC needs assessment"),
                (
                    "kv",
                    [
                        ("Young person", "Oliver Tregunna (15)"),
                        (
                            "Clinicians",
                            "Dr Fiona Calder, clinical psychologist; Josh Nwosu, specialist nurse",
                        ),
                        (
                            "Assessment",
                            "Multidisciplinary neurodevelopmental assessment, May to August 2026: interviews with Oliver and his parents, school questionnaires, observation at school, Y-BOCS",
                        ),
                    ],
                ),
                ("h", 2, "Summary of assessment"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Oliver was referred by his GP in January 2026 after his parents noticed that he was washing his hands until they bled.",
                            "reason for referral; history",
                        ),
                        (
                            "X",
                            "His Children's Yale-Brown Obsessive Compulsive Scale score was 24, in the moderate to severe range.",
                            "test result",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Oliver has obsessive-compulsive disorder, with contamination fears and checking rituals that take up to an hour each morning.",
                            "semh",
                            B2_OCD,
                        ),
                        (
                            "N",
                            "His morning rituals mean that he is often late and misses the first lesson, and he is anxious about explaining his lateness at reception.",
                            "semh",
                            B2_LATE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "In school, Oliver's compulsions include rereading and rewriting words until they feel 'just right', so that he completes far less written work than he is capable of.",
                            "cognition_learning",
                            None,
                        ),
                        (
                            "N",
                            "He avoids touching shared equipment such as keyboards, science apparatus and textbooks, and will not take part in practical lessons if he cannot wash his hands first.",
                            "semh",
                            B2_EQUIP,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Oliver has become withdrawn from his friends because he is embarrassed by his vocal tics, and he has been mimicked by other pupils in the canteen.",
                            "semh",
                            B2_SOCIAL,
                        ),
                        (
                            "N",
                            "He finds cover lessons and room changes very hard, because his rituals depend on knowing what will happen next.",
                            "semh",
                            B2_CHANGE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "The team considered ADHD, but Oliver's difficulties with attention are explained by his tics and his OCD, and he does not meet the criteria.",
                            "ruled out",
                        ),
                        (
                            "X",
                            "There was no evidence of autism on the ADOS-2 or in the developmental history.",
                            "ruled out",
                        ),
                        (
                            "X",
                            "Oliver's mood is low at times but he does not have depression, and there are no concerns about self-harm.",
                            "ruled out; risk assessment",
                        ),
                    ],
                ),
                ("h", 2, "Formulation"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Tourette's syndrome and OCD commonly occur together, and in Oliver's case the two interact: anxiety increases his tics, and the effort of hiding his tics increases his anxiety.",
                            "formulation",
                        ),
                        (
                            "X",
                            "His rituals serve to reduce uncertainty, which is why unpredictable days at school are the hardest for him.",
                            "formulation",
                        ),
                        "Oliver is insightful, describes his difficulties clearly and is motivated to change, which is a good prognostic sign.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Oliver's parents have been supportive and have already stopped joining in with his checking at home, on the team's advice.",
                            "home; progress",
                        ),
                        (
                            "X",
                            "His handwashing has reduced since the spring, and his hands are no longer sore.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 2, "What is already in place"),
                (
                    "p",
                    [
                        (
                            "X",
                            "School has already moved Oliver's seat to the back of the room by the door, and his form tutor has spoken to the class about bullying.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 2, "Views of Oliver and his parents"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Oliver said that he would like teachers to 'just ignore the tics, and not look at me like I'm doing it on purpose'.",
                            "child's view",
                        ),
                        (
                            "X",
                            "His parents described him as funny, loyal and determined, and said he has coped with far more than most boys of his age.",
                            "strength; parents' view",
                        ),
                        "They asked that any support in school is discreet, so that Oliver is not singled out in front of his class.",
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Who", "How often"],
                        [
                            (
                                "R",
                                "Key adult check-in at the start of the day, to help Oliver settle after a difficult morning and prepare for changes",
                                "semh",
                                "specific",
                                F2_CHECK,
                            ),
                            "Named key worker in learning support",
                            "Daily, 10 minutes on arrival",
                        ],
                        [
                            (
                                "R",
                                "Exposure and response prevention (ERP) therapy",
                                "health",
                                "not_educational",
                                G2_ERP,
                                {"section": "G"},
                            ),
                            "CAMHS clinician",
                            "Weekly for 12 weeks",
                        ],
                        [
                            (
                                "R",
                                "A graded plan, agreed with CAMHS, for Oliver to use shared equipment in science practicals, with a teaching assistant alongside him",
                                "semh",
                                "not_specific",
                                F2_SCI,
                            ),
                            "Science teaching assistant, guided by CAMHS",
                            "Every practical lesson",
                        ],
                        [
                            (
                                "R",
                                "Lateness caused by OCD not to be sanctioned, and a quiet way into school",
                                "semh",
                                "specific",
                                F2_LATE,
                            ),
                            "Head of Year",
                            "Whenever he is late",
                        ],
                        [
                            (
                                "R",
                                "Use of a laptop for all extended written work, to reduce the opportunity for rewriting rituals",
                                "cognition_learning",
                                "missing_from_f",
                            ),
                            "SENCo to provide",
                            "All lessons",
                        ],
                        [
                            (
                                "R",
                                "Small-group self-advocacy sessions on explaining his Tourette's and OCD to peers",
                                "semh",
                                "wrong_section",
                                G2_GROUP,
                                {"section": "G"},
                            ),
                            "Learning mentor or school counsellor",
                            "Weekly, 40 minutes, for one term",
                        ],
                        [
                            (
                                "R",
                                "25% extra time in tests and examinations, because checking rituals slow him down",
                                "semh",
                                "less",
                                F2_TIME,
                            ),
                            "SENCo and examinations officer",
                            "All tests and examinations",
                        ],
                        [
                            (
                                "R",
                                "Time to practise in school the strategies Oliver learns in therapy",
                                "semh",
                                "specific",
                                F2_PRACT,
                            ),
                            "Key worker, with advice from CAMHS",
                            "Weekly, 30 minutes",
                        ],
                    ],
                    [0.5, 0.26, 0.24],
                ),
                (
                    "p",
                    "We will review Oliver in clinic at the end of his ERP treatment. Please contact the team with any questions.",
                ),
                (
                    "p",
                    "Dr Fiona Calder, Clinical Psychologist, for the Neurodevelopmental Team. 3 September 2026.",
                ),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalad-03: Cresswick City Council; Amara Oduya-Finch, 11, Year 7
# layout "strengths-difficulties-columns": Word headings "Section B - ..."; Section B is a
# table with a row per area of need and two columns, what Amara does well and what she
# finds difficult, as councils that put strengths beside needs lay it out.
# ---------------------------------------------------------------------------

B3_EDS = "Amara has hypermobile Ehlers-Danlos syndrome (hEDS); her joints are painful and unstable, and she tires quickly, especially later in the day."
B3_HAND = "Her handwriting is slow and becomes painful after a few minutes."
B3_DCD = "She has dyspraxia (developmental coordination disorder), which affects her balance and coordination."
B3_SPACE = "She is unsteady in crowded corridors and bumps into furniture and other pupils."
B3_SIT = "Sitting on an ordinary chair for a whole lesson is painful for her."
B3_ANX = "Amara has become anxious about school, particularly about falling on the stairs and not keeping up with the work."
B3_GAPS = "Her attendance has been affected by pain and fatigue, and she has gaps in her learning from the lessons she has missed."

F3_LIFT = "A lift pass, and permission to leave each lesson five minutes early to move to the next room before the corridors fill."
F3_BAG = "Reduced bag load."
F3_LAPTOP = "Access to a laptop."
F3_CHAIR = "A supportive chair with a footrest, and a writing slope, in every classroom where Amara is taught; the SENCo will check these are in place at the start of each term."
F3_MOTOR = "A motor skills programme delivered by a teaching assistant twice a week for 15 minutes, following occupational therapy advice."
F3_REST = "Rest breaks of up to five minutes in any lesson longer than 50 minutes, and use of the learning support room at lunchtime to rest."
F3_WORK = "Work missed through absence will be provided."
G3_PE = "Amara will follow a modified PE programme in her timetabled PE lessons, written by her physiotherapist and taught by the PE department, in place of contact sports and high-impact activities."
G3_PHYSIO = "Six sessions of physiotherapy with the Cresswick community children's physiotherapy team, followed by review."

RHEU3 = "rheumatology_letter.pdf"
OT3 = "ot_report.pdf"
PAR3 = "parent_statement.docx"

CASE_03 = dict(
    name="case-evalad-03",
    layout="strengths-difficulties-columns",
    summary=(
        "Cresswick City Council; Amara Oduya-Finch, 11, Year 7 at Lindhurst Church of England High "
        "School, mainstream (hypermobile Ehlers-Danlos syndrome, dyspraxia and fatigue). Word "
        "headings 'Section B - ...'; Section B is a table with a row per area and columns for what "
        "Amara does well and what she finds difficult. Paediatric rheumatology clinic letter, "
        "occupational therapy report, and a parent's detailed statement."
    ),
    note=(
        "Section B's strengths column holds strengths, not needs. The modified PE programme "
        "taught by the PE department but written in G is wrong_section; the physiotherapy block in "
        "G is health provision. Dizziness on standing (a health need) is in C and not marked. "
        "Planning practical tasks and dressing for PE are not in B."
    ),
    plan=dict(
        file="plan.docx",
        header="OFFICIAL - SENSITIVE",
        footer="Cresswick City Council  EHC Plan  Amara Oduya-Finch  Issued 13 November 2026",
        author="Cresswick City Council",
        sans=True,
        accent="6B2C5F",
        blocks=[
            ("org", "Cresswick City Council - Children's Services"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Amara Oduya-Finch"),
                    ("Date of birth", "7 August 2015"),
                    ("Year group", "Year 7"),
                    ("Parent", "Ms Grace Oduya"),
                    ("EHC co-ordinator", "Bethany Lisle, 01632 960713, ehc@cresswick.example.org"),
                ],
            ),
            (
                "H",
                "A",
                "Section A - All about Amara: her views, interests and aspirations, and those of her parent",
                "h1",
            ),
            (
                "S",
                "A",
                "Amara loves drama, singing and looking after her two guinea pigs, and she would like to be a vet or an actor.",
            ),
            (
                "p",
                'Amara says: "My knees and fingers hurt and I get so tired. I want to do drama club but I can\'t make it up the stairs at the end of the day."',
            ),
            (
                "p",
                "Her mother wants Amara to be able to stay in school all day, to stop being frightened of the stairs and to keep up with her friends.",
            ),
            ("H", "B", "Section B - Special educational needs", "h1"),
            (
                "p",
                "This table shows what Amara does well and what she finds difficult in each area.",
            ),
            (
                "grid",
                [
                    ["Area", "What Amara does well", "What Amara finds difficult"],
                    [
                        "Cognition and learning",
                        "Amara is a keen reader with a wide vocabulary. Her reading and maths are at the level expected for her age.",
                        ("L", [("S", "B", B3_HAND), B3_GAPS]),
                    ],
                    [
                        "Communication and interaction",
                        "Amara is chatty and confident with adults and has a close group of friends.",
                        "No needs identified in this area.",
                    ],
                    [
                        "Social, emotional and mental health",
                        "Amara is kind and thoughtful, and a popular member of her form.",
                        B3_ANX,
                    ],
                    [
                        "Sensory and physical",
                        "Amara is determined and wants to join in everything.",
                        ("L", [B3_EDS, B3_DCD, B3_SPACE, B3_SIT]),
                    ],
                ],
                [0.22, 0.34, 0.44],
                True,
            ),
            (
                "H",
                "C",
                "Section C - Health needs related to Amara's special educational needs",
                "h1",
            ),
            (
                "S",
                "C",
                "Amara is under the paediatric rheumatology clinic at Cresswick Royal Infirmary for hypermobile Ehlers-Danlos syndrome.",
            ),
            (
                "p",
                "She becomes dizzy if she stands for long, and needs to drink plenty of water and sit down when she feels faint.",
            ),
            (
                "H",
                "D",
                "Section D - Social care needs related to Amara's special educational needs or disability",
                "h1",
            ),
            ("S", "D", "Amara has no social care needs."),
            ("H", "E", "Section E - Outcomes", "h1"),
            (
                "S",
                "E",
                "By the end of Year 7, Amara will move between lessons safely and arrive on time, using the lift and an early pass.",
            ),
            (
                "p",
                "By the end of Year 8, Amara will produce typed work of the same length as her classmates in English and humanities.",
            ),
            ("p", "By July 2027, Amara will attend school for at least 95% of sessions."),
            ("H", "F", "Section F - Special educational provision", "h1"),
            (
                "S",
                "F",
                "Lindhurst Church of England High School will make the following provision.",
            ),
            (
                "bul",
                [
                    ("F", F3_LIFT, True),
                    ("F", F3_BAG, False),
                    ("F", F3_LAPTOP, False),
                    ("F", F3_CHAIR, True),
                    ("F", F3_MOTOR, True),
                    ("F", F3_REST, True),
                    ("F", F3_WORK, False),
                ],
            ),
            ("H", "G", "Section G - Health provision", "h1"),
            ("S", "G", G3_PHYSIO),
            ("p", G3_PE),
            ("p", "Review at the paediatric rheumatology clinic every six months."),
            (
                "H",
                "H1",
                "Section H1 - Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
                "h1",
            ),
            ("S", "H1", "Not applicable."),
            ("H", "H2", "Section H2 - Any other social care provision", "h1"),
            ("S", "H2", "Not applicable at this time."),
            ("H", "I", "Section I - Placement", "h1"),
            (
                "S",
                "I",
                "Lindhurst Church of England High School, Abbey Walk, Cresswick AC3 8NN (voluntary aided, mainstream).",
            ),
            ("H", "J", "Section J - Personal budget", "h1"),
            ("S", "J", "No personal budget has been requested."),
            ("H", "K", "Section K - Advice and information", "h1"),
            (
                "S",
                "K",
                "Paediatric rheumatology letter, Dr Owen Harcastle, 9 September 2026; occupational therapy report, Lucy Fairweather, 23 September 2026; parent's statement, Ms Grace Oduya, September 2026; school advice from Lindhurst CE High School.",
            ),
        ],
    ),
    reports=[
        dict(
            file=RHEU3,
            header="Cresswick Royal Infirmary - Paediatric Rheumatology",
            footer="This letter contains confidential patient information. Page {n} of {m}",
            author="Paediatric Rheumatology",
            blocks=[
                ("org", "Cresswick Royal Infirmary NHS Foundation Trust"),
                (
                    "small",
                    "Paediatric Rheumatology Department, Outpatients B, Infirmary Road, Cresswick AC3 1RX. Tel 01632 960720",
                ),
                ("p", "Clinic date: 2 September 2026. Typed: 9 September 2026."),
                ("p", "Patient: Amara ODUYA-FINCH, DOB 07/08/2015, Hospital no. C2276110"),
                (
                    "p",
                    "To whom it may concern (EHC needs assessment, Cresswick City Council), copy to Dr P. Ward, GP, and Ms G. Oduya.",
                ),
                (
                    "b",
                    "Diagnosis: hypermobile Ehlers-Danlos syndrome (hEDS); possible postural orthostatic tachycardia syndrome",
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "I have known Amara since she was referred by her GP at the age of nine with knee pain and frequent sprains.",
                            "history",
                        ),
                        (
                            "X",
                            "She has a Beighton score of 8/9 and meets the 2017 diagnostic criteria for hEDS.",
                            "test result",
                        ),
                        (
                            "X",
                            "Her blood tests and echocardiogram were normal, and she has no features of vascular Ehlers-Danlos syndrome.",
                            "test result; ruled out",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Amara has widespread joint pain, frequent subluxation of her fingers and knees, and marked fatigue.",
                            "sensory_physical",
                            B3_EDS,
                        ),
                        (
                            "N",
                            "Her fatigue is worst in the afternoons, and her concentration and speed of work fall sharply after lunch, particularly on days with PE or a long walk between lessons.",
                            "sensory_physical",
                            B3_EDS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "She also becomes dizzy when standing for long, and I have asked the cardiology team to assess her for postural orthostatic tachycardia syndrome.",
                        (
                            "R",
                            "In the meantime she should drink at least two litres of fluid a day and have salty snacks available.",
                            "health",
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "The move to secondary school has been hard on her joints, because the site is large and on several floors, whereas her primary school was all on one level.",
                            "background",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "On examination today she had tenderness over both knees and the small joints of her hands, with no swelling; her left patella subluxed during the examination and reduced spontaneously.",
                            "examination",
                        ),
                        (
                            "X",
                            "Her pain scores, on a scale of 0 to 10, range from 3 on a good day to 8 after PE.",
                            "test result",
                        ),
                        "Paracetamol helps a little. I would not recommend stronger painkillers at her age.",
                    ],
                ),
                ("b", "Recommendations for school"),
                (
                    "p",
                    [
                        (
                            "R",
                            "Amara should be allowed to use the lift, and to leave lessons five minutes early to avoid crowded corridors, where she is at risk of being knocked and injuring a joint.",
                            "sensory_physical",
                            "specific",
                            F3_LIFT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "She should have a second set of textbooks at home, or digital copies, and a locker on the ground floor, so that she does not have to carry a heavy bag.",
                            "sensory_physical",
                            "not_specific",
                            F3_BAG,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "She needs a modified PE programme, devised with her physiotherapist, in place of contact sports and high-impact activities.",
                            "sensory_physical",
                            "wrong_section",
                            G3_PE,
                            {"section": "G"},
                        ),
                        (
                            "X",
                            "I do not recommend that she is excused PE altogether; regular, appropriate exercise is important in managing hEDS.",
                            "option considered and not recommended",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Amara's mother asked whether Amara should use crutches on bad days; I have advised against routine use, as they can worsen shoulder and wrist pain in hEDS.",
                            "option considered and not recommended",
                        ),
                    ],
                ),
                ("b", "Health plan"),
                (
                    "p",
                    [
                        (
                            "R",
                            "I have referred Amara back to the community physiotherapy team for a block of six sessions, after which they will review her.",
                            "health",
                            "not_educational",
                            G3_PHYSIO,
                            {"section": "G"},
                        ),
                        "I will see her again in clinic in six months.",
                    ],
                ),
                ("p", "Dr Owen Harcastle, Consultant Paediatric Rheumatologist"),
            ],
        ),
        dict(
            file=OT3,
            header="Cresswick Children's Therapy Service - Occupational Therapy",
            footer="OT report - Amara Oduya-Finch - page {n} of {m}",
            author="Lucy Fairweather",
            sans=True,
            blocks=[
                ("org", "Cresswick Children's Therapy Service"),
                ("title", "Occupational therapy report"),
                (
                    "kv",
                    [
                        ("Name", "Amara Oduya-Finch (DOB 07/08/2015)"),
                        (
                            "Therapist",
                            "Lucy Fairweather, Highly Specialist Occupational Therapist, HCPC OT61120",
                        ),
                        (
                            "Seen",
                            "Clinic 10 September 2026; school visit to Lindhurst CE High School 17 September 2026",
                        ),
                    ],
                ),
                ("h", 2, "Reason for referral"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Amara was referred by the paediatric rheumatology team in July 2026 for advice on handwriting, seating and fatigue management at secondary school.",
                            "reason for referral",
                        ),
                        "I met Amara and her mother in clinic and then visited her school, where I spoke with her head of year and the SENCo.",
                    ],
                ),
                ("h", 2, "Assessments used"),
                (
                    "p",
                    [
                        (
                            "X",
                            "On the Movement ABC-2 Amara's total score was at the 2nd percentile, with manual dexterity at the 5th percentile and balance at the 1st percentile.",
                            "test result",
                        ),
                        (
                            "X",
                            "On the DASH her handwriting speed was 9 words per minute, at the 5th percentile for her age.",
                            "test result",
                        ),
                    ],
                ),
                ("h", 2, "School visit"),
                (
                    "p",
                    [
                        "I observed Amara in a mathematics lesson on the second floor and followed her to science on the ground floor.",
                        (
                            "X",
                            "She arrived at mathematics flushed and rubbing her knees, and took about three minutes to settle before she could start the starter task.",
                            "observation",
                        ),
                        (
                            "X",
                            "Her form tutor has already given her a locker near the lift, and her mathematics teacher lets her answer on a mini whiteboard rather than in her book.",
                            "support already in place",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Amara is a bright, articulate girl who explained her condition to me more clearly than many adults could.",
                            "strength",
                        ),
                        (
                            "X",
                            "She told me she would rather 'die of embarrassment' than be seen using a wheelchair, and a wheelchair is not currently indicated.",
                            "child's view; option not recommended",
                        ),
                    ],
                ),
                ("h", 2, "Findings"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Amara has developmental coordination disorder (dyspraxia): her balance and coordination are well below what is expected for her age.",
                            "sensory_physical",
                            B3_DCD,
                        ),
                        (
                            "N",
                            "Pain in her fingers and wrist starts after about five minutes of continuous handwriting, and her writing then becomes smaller and harder to read.",
                            "sensory_physical",
                            B3_HAND,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "She has difficulty planning and sequencing multi-step practical tasks, such as setting up equipment in science or following a recipe in food technology.",
                            "cognition_learning",
                            None,
                        ),
                        (
                            "N",
                            "Amara has poor awareness of where her body is in space, and she bumps into furniture and people in busy corridors.",
                            "sensory_physical",
                            B3_SPACE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "She cannot yet manage buttons, laces and changing for PE within the time allowed, and she is often late for the lesson after PE as a result.",
                            "sensory_physical",
                            None,
                        ),
                        (
                            "N",
                            "Sitting on a standard classroom chair without support causes pain in her lower back and hips within twenty minutes.",
                            "sensory_physical",
                            B3_SIT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Amara's pencil grip is a functional tripod grip and does not need to be changed.",
                            "not a difficulty",
                        ),
                        (
                            "X",
                            "Her ability to cut with scissors has improved since the primary school's fine motor group, and this is no longer a concern.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "A laptop for all extended writing, with touch-typing training (for example, 15 minutes a day for one term using an online programme).",
                            "sensory_physical",
                            "not_specific",
                            F3_LAPTOP,
                        ),
                        (
                            "R",
                            "A supportive chair with a footrest, and a sloped writing surface, in each classroom.",
                            "sensory_physical",
                            "specific",
                            F3_CHAIR,
                        ),
                        (
                            "R",
                            "A block of six fortnightly OT sessions in school, followed by a motor skills programme delivered by a teaching assistant three times a week for 20 minutes.",
                            "sensory_physical",
                            "less",
                            F3_MOTOR,
                        ),
                        (
                            "R",
                            "Extra time and a private place to change for PE, with Velcro-fastening shoes and an elasticated PE kit allowed.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "Rest breaks of five minutes in lessons of over 50 minutes, and a place to rest at lunchtime.",
                            "sensory_physical",
                            "specific",
                            F3_REST,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "At home, I have advised Amara and her mother on pacing activities across the week and keeping a regular bedtime.",
                            "sensory_physical",
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "p",
                    "Lucy Fairweather, Highly Specialist Occupational Therapist, 23 September 2026. Tel 01632 960734.",
                ),
            ],
        ),
        dict(
            file=PAR3,
            author="Grace Oduya",
            blocks=[
                ("title", "Parent's statement for Amara's EHC needs assessment"),
                ("p", "Written by Grace Oduya (Amara's mum), September 2026"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Amara was a floppy baby and did not walk until she was nearly two, but everyone told us she would grow out of it.",
                            "history",
                        ),
                        (
                            "X",
                            "She was finally diagnosed with hEDS when she was nine, after years of sprains and being told she was clumsy.",
                            "history",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Her primary school was brilliant: the SENCo let her use the staff toilet, gave her a cushion and let her do PE in her own way, and she was happy there.",
                            "history; past support",
                        ),
                        "Secondary school is a different world. The building is huge and on three floors, and she has to go up and down the stairs eight or nine times a day.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Since September Amara has cried most mornings and twice refused to go to school, because she is frightened of falling on the stairs and of being unable to keep up.",
                            "semh",
                            B3_ANX,
                        ),
                        (
                            "N",
                            "She has missed 14 days this term through pain and fatigue, and she has no way of catching up on the work she misses.",
                            "cognition_learning",
                            B3_GAPS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "When she comes home she goes straight to bed for an hour, and on PE days she is often too tired to eat her tea.",
                            "home life",
                        ),
                        (
                            "X",
                            "She has stopped going to Saturday drama, which she loved, because she has nothing left by the weekend.",
                            "home life",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "The school has been kind but they keep telling me she is 'doing fine academically'. She is, but only because she is clever and she does her homework lying on the sofa with her laptop. She is paying for it with her health.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "We would like a named member of staff to send home the work she misses and to go through it with her once a week, so that she does not fall further behind.",
                            "cognition_learning",
                            "not_specific",
                            F3_WORK,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "The things that have helped this term are the lift pass that her head of year arranged, and being allowed to sit near the door.",
                            "support already in place",
                        ),
                        (
                            "X",
                            "Her friends carry her bag for her between lessons, which is kind, but she hates having to ask.",
                            "home and school life",
                        ),
                    ],
                ),
                (
                    "p",
                    "I would like the plan to say exactly what she will get, so that every teacher knows. Thank you for reading this.",
                ),
                ("p", "Grace Oduya"),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalad-04: Harlowmere County Council; Imogen Sallow, 16, Year 12
# layout "study-programme-components": banded "Section B: ..." headings; Section F is set out
# under the parts of a 16 to 19 study programme (qualifications, English and maths,
# non-qualification activity, work experience and preparing for adulthood, examinations).
# There is no personal budget section.
# ---------------------------------------------------------------------------

B4_AUT = "Imogen is autistic. She works very hard to hide her difficulties in school, and this leaves her exhausted."
B4_GROUP = "She finds group discussion and group work difficult and often stays silent, even when she knows the answer."
B4_HOME = "After school she is often too exhausted to talk or to start her homework."
B4_ANX = (
    "Imogen has high levels of anxiety, particularly about assessments and getting things wrong."
)
B4_SPEED = "She works slowly under timed conditions and can run out of time in examinations."
B4_HELP = "She rarely asks for help in school, so staff may not know when she is struggling."
B4_ATT = (
    "Her attendance has fallen, particularly on days with practical assessments or presentations."
)

F4_QS = "In each A level subject, teachers will give Imogen the questions for seminar discussion at least one school day in advance, and will accept a written contribution when she cannot speak in the seminar."
F4_EPQ = "Support with the Extended Project Qualification as appropriate."
F4_KEY = "A named key worker in the sixth form team, who will meet Imogen for 20 minutes every Monday morning to plan the week's lessons, deadlines and independent study with her."
F4_QUIET = "Access to a quiet space when needed."
F4_OUTREACH = (
    "Advice to Imogen's teachers from the Harlowmere Autism Outreach Service, once a term."
)
F4_TRAIN = "All of Imogen's teachers will have autism awareness training."
F4_EXAMS = "25% extra time and a separate room, with a small number of candidates, for all internal assessments, mock examinations and A level examinations."
G4_COUNS = "Imogen will see the school counsellor weekly for 45 minutes to work on her anxiety and the effects of masking."
G4_CBT = "Cognitive behavioural therapy adapted for autistic young people, with Harlowmere CAMHS, for up to 12 sessions."

EP4 = "independent_ep_report.pdf"
LS4 = "learning_support_report.docx"

CASE_04 = dict(
    name="case-evalad-04",
    layout="study-programme-components",
    summary=(
        "Harlowmere County Council; Imogen Sallow, 16, Year 12 in the sixth form of Kingsmead "
        "Grammar School for Girls, a selective school (autism diagnosed in Year 11, anxiety; the "
        "school says her difficulties are masked by her ability). Shaded banded headings "
        "'Section B: ...'; Section F set out under the parts of a 16 to 19 study programme. No "
        "personal budget section. Independent EP report arguing at length against the council's "
        "view; head of learning support's report."
    ),
    note=(
        "The plan has no Section J (section_missing). F's sub-headings are the parts of the study "
        "programme, not sections. Counselling by the school counsellor in G is wrong_section; CAMHS "
        "CBT in G is health provision. The EP's argument with the council, the WAIS-IV results, "
        "the school's predicted grades and its view that her needs are masked are not needs. "
        "Fortnightly direct sessions from the outreach teacher stand in F as termly advice to staff "
        "(less)."
    ),
    plan=dict(
        file="plan.pdf",
        header="Harlowmere County Council - Education, Health and Care Plan - Imogen Sallow",
        footer="Final plan issued 20 November 2026 - page {n} of {m}",
        author="Harlowmere County Council",
        accent="2E5E4E",
        sans=True,
        blocks=[
            ("org", "Harlowmere County Council - SEND Statutory Service"),
            ("title", "Education, Health and Care Plan (post-16)"),
            (
                "kv",
                [
                    ("Young person", "Imogen Sallow"),
                    ("Date of birth", "3 February 2010"),
                    ("Education", "Kingsmead Grammar School for Girls, sixth form (Year 12)"),
                    (
                        "Study programme",
                        "A levels in biology, chemistry and mathematics; Extended Project Qualification",
                    ),
                    ("Plan co-ordinator", "Samuel Oyelaran, 01632 960815"),
                ],
            ),
            ("H", "A", "Section A: Imogen's views, interests and aspirations", "band"),
            (
                "S",
                "A",
                "Imogen wants to study veterinary medicine or biochemistry at university, and to live independently in halls.",
            ),
            (
                "p",
                "Imogen wrote: \"Everyone thinks I'm fine because my grades are good. I'm not fine. I hold it together all day and fall apart when I get home.\"",
            ),
            (
                "p",
                "Her parents want the plan to recognise the cost of masking, and to help Imogen get to university without burning out.",
            ),
            ("H", "B", "Section B: Special educational needs", "band"),
            ("S", "B", B4_AUT),
            ("b", "Communication and interaction"),
            ("p", [B4_GROUP, B4_HELP]),
            ("b", "Social, emotional and mental health"),
            ("p", [B4_ANX, B4_HOME, B4_ATT]),
            ("b", "Cognition and learning"),
            ("p", [B4_SPEED, "Imogen's reasoning and knowledge are exceptionally strong."]),
            (
                "H",
                "C",
                "Section C: Health needs which relate to Imogen's special educational needs",
                "band",
            ),
            (
                "S",
                "C",
                "Imogen was diagnosed as autistic by the Harlowmere CAMHS neurodevelopmental team in March 2026. She is on the CAMHS waiting list for anxiety treatment.",
            ),
            (
                "H",
                "D",
                "Section D: Social care needs which relate to Imogen's special educational needs or disability",
                "band",
            ),
            ("S", "D", "No social care needs have been identified."),
            ("H", "E", "Section E: Outcomes", "band"),
            (
                "S",
                "E",
                "By the end of Year 12, Imogen will contribute to seminar discussion in each subject, in speech or in writing, at least once a week.",
            ),
            (
                "p",
                "By the end of Year 13, Imogen will complete her Extended Project to a planned timetable, meeting each interim deadline.",
            ),
            (
                "p",
                "By the end of Year 13, Imogen will have applied to university with a plan for the support she will need there.",
            ),
            ("H", "F", "Section F: Special educational provision", "band"),
            (
                "S",
                "F",
                "Imogen's study programme and the provision that supports it are set out below. Kingsmead Grammar School will make this provision.",
            ),
            ("b", "Study programme: qualifications (A levels and Extended Project)"),
            ("bul", [("F", F4_QS, True), ("F", F4_EPQ, False)]),
            ("b", "Study programme: English and mathematics"),
            (
                "p",
                "Imogen has grade 9 in GCSE English language and mathematics; no further study is required.",
            ),
            ("b", "Study programme: non-qualification activity and tutorial"),
            (
                "bul",
                [
                    ("F", F4_KEY, True),
                    ("F", F4_QUIET, False),
                    ("F", F4_OUTREACH, True),
                    ("F", F4_TRAIN, False),
                ],
            ),
            ("b", "Study programme: work experience and preparing for adulthood"),
            (
                "p",
                (
                    "F",
                    "Imogen will take part in the sixth form's work experience week in June 2027 with the rest of her year group.",
                    True,
                ),
            ),
            ("b", "Examinations and assessments"),
            ("bul", [("F", F4_EXAMS, True)]),
            ("H", "G", "Section G: Health provision", "band"),
            ("S", "G", G4_CBT),
            ("p", G4_COUNS),
            (
                "H",
                "H1",
                "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
                "band",
            ),
            ("S", "H1", "No provision under this heading."),
            ("H", "H2", "Section H2: Other social care provision", "band"),
            ("S", "H2", "No other social care provision is needed at present."),
            ("H", "I", "Section I: Placement", "band"),
            (
                "S",
                "I",
                "Kingsmead Grammar School for Girls (sixth form), Chantry Lane, Harlowmere HF4 6WB. Selective academy.",
            ),
            ("H", "K", "Section K: Advice and information", "band"),
            (
                "S",
                "K",
                "Independent educational psychology report, Mr Jonathan Okafor, 14 September 2026; report of the head of learning support, Kingsmead Grammar School, 2 October 2026; CAMHS neurodevelopmental diagnostic report, March 2026; views of Imogen and her parents.",
            ),
        ],
    ),
    reports=[
        dict(
            file=EP4,
            header="Jonathan Okafor MSc CPsychol - Educational Psychologist - Report on Imogen Sallow",
            footer="Confidential - page {n} of {m}",
            author="Jonathan Okafor",
            blocks=[
                ("org", "Jonathan Okafor, Chartered Educational Psychologist"),
                (
                    "small",
                    "Okafor Psychology, 4 Tanners Yard, Harlowmere HF4 2JD. 01632 960821. jo@okaforpsychology.example.org",
                ),
                ("title", "Educational psychology report"),
                (
                    "p",
                    "Prepared at the request of Mr and Mrs Sallow, in support of their request for an EHC needs assessment and, if necessary, an appeal to the First-tier Tribunal (SEND). I understand my duty is to the tribunal.",
                ),
                ("h", 2, "1. Summary of my opinion"),
                (
                    "p",
                    [
                        (
                            "X",
                            "In my opinion Imogen has significant special educational needs arising from autism and anxiety, which are hidden in school by her very high ability and by the effort she puts into appearing to cope.",
                            "summary of opinion",
                        ),
                        "The provision she needs goes well beyond what a sixth form ordinarily makes available.",
                    ],
                ),
                ("h", 2, "2. Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Imogen was a quiet, compliant child at primary school, reading fluently at four and described in every report as 'a joy to teach'.",
                            "history",
                        ),
                        (
                            "X",
                            "Concerns were first raised by her parents in Year 9, when she began to refuse food at school and to spend weekends in her room.",
                            "history",
                        ),
                        (
                            "X",
                            "She achieved ten GCSEs at grades 8 and 9 in summer 2026.",
                            "attainment",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Imogen's diagnostic report from CAMHS describes a girl who scored in the autistic range on the ADOS-2 only after the second session, once she had stopped 'performing'.",
                            "diagnostic history",
                        ),
                        "I read that report, the school's records for Years 10 and 11 and the family's notes before meeting Imogen.",
                    ],
                ),
                ("h", 2, "3. Assessment"),
                (
                    "grid",
                    [
                        ["WAIS-IV index", "Score", "Percentile"],
                        ["Verbal Comprehension", "138", "99"],
                        ["Perceptual Reasoning", "129", "97"],
                        ["Working Memory", "111", "77"],
                        ["Processing Speed", "88", "21"],
                    ],
                    [0.5, 0.25, 0.25],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "The gap of 50 points between Imogen's verbal comprehension and her processing speed is found in fewer than one in a hundred people of her age.",
                            "test result",
                        ),
                        (
                            "N",
                            "In timed assessments she runs out of time and leaves questions unanswered, even when she knows the content well.",
                            "cognition_learning",
                            B4_SPEED,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Imogen has a diagnosis of autism, made by the CAMHS neurodevelopmental team in March 2026, and she masks her difficulties in school at great cost to herself.",
                            "communication_interaction",
                            B4_AUT,
                        ),
                        (
                            "N",
                            "She finds unstructured group discussion very hard, cannot judge when to come in, and stays silent in seminars even when she knows the answer.",
                            "communication_interaction",
                            B4_GROUP,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Imogen has marked executive function difficulties: she cannot break a long independent assignment, such as the Extended Project, into steps, and she leaves it until it becomes overwhelming.",
                            "cognition_learning",
                            None,
                        ),
                        (
                            "N",
                            "At home she has shutdowns most evenings after school, lying in a dark room unable to speak for an hour or more.",
                            "semh",
                            B4_HOME,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Imogen is highly sensitive to noise, and the sixth form common room and the dining hall are intolerable to her, so she goes without lunch.",
                            "sensory_physical",
                            None,
                        ),
                        (
                            "N",
                            "Her anxiety has risen sharply in Year 12, with panic attacks before practical assessments and an intense fear of getting things wrong.",
                            "semh",
                            B4_ANX,
                        ),
                    ],
                ),
                ("pb",),
                ("h", 2, "Observation and Imogen's views"),
                (
                    "p",
                    [
                        (
                            "X",
                            "In a chemistry lesson Imogen sat at the end of the bench, completed the titration accurately and did not speak to anyone for fifty minutes.",
                            "observation",
                        ),
                        (
                            "X",
                            "Her teacher told me afterwards that Imogen is 'no trouble at all' and that he had no concerns.",
                            "staff view",
                        ),
                        "Imogen told me that she had rehearsed what she would say if the teacher asked her a question, and had spent the lesson waiting for it.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "She said that she likes the work and her teachers, and that the hardest parts of the day are the corridors, lunch and 'anything where you have to talk in a group'.",
                            "child's view",
                        ),
                    ],
                ),
                ("h", 2, "4. The council's decision"),
                (
                    "p",
                    [
                        (
                            "X",
                            "The council refused to assess on 14 July 2026, on the ground that Imogen's GCSE results show that she 'is able to access the curriculum and make excellent progress without additional support'.",
                            "council's view quoted",
                        ),
                        "With respect, that reasoning confuses attainment with need.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "The test in section 36(8) of the Children and Families Act 2014 is whether Imogen may have special educational needs and may need provision through a plan, not whether she is achieving high grades.",
                            "argument; the law",
                        ),
                        (
                            "X",
                            "An autistic young person who achieves top grades while becoming unable to eat at school, withdrawing from her friends and shutting down every evening is not making progress in any sense the Code of Practice would recognise.",
                            "argument",
                        ),
                        (
                            "X",
                            "Masking is well described in the research literature on autistic girls and women, and is associated with exhaustion, anxiety and, in time, burnout.",
                            "argument; research",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "I have considered whether a move to a specialist autism college would meet Imogen's needs better, and I do not recommend it: her academic needs can only be met in a selective sixth form, and a move would cost her the few relationships she has.",
                            "option considered and not recommended",
                        ),
                    ],
                ),
                ("h", 2, "Summary of need"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Taken together, the evidence shows a young woman of exceptional ability whose autism, anxiety and slow processing are hidden by her success and by her effort to appear to cope.",
                            "summary",
                        ),
                        "In my opinion she has special educational needs, and the provision she needs cannot reasonably be made from the resources ordinarily available to a sixth form.",
                    ],
                ),
                ("h", 2, "5. Recommendations"),
                (
                    "p",
                    [
                        (
                            "R",
                            "Imogen should have a named key worker in the sixth form, whom she meets for 20 minutes at the start of each week to plan her week and break her independent study into steps.",
                            "cognition_learning",
                            "specific",
                            F4_KEY,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "She needs access to a quiet, low-sensory room at lunchtime and during study periods, away from the common room, with a named member of staff responsible for keeping it available.",
                            "sensory_physical",
                            "not_specific",
                            F4_QUIET,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Imogen should have direct sessions with a specialist teacher from the autism outreach service for one hour each fortnight, on group discussion, self-advocacy and explaining her needs to staff.",
                            "communication_interaction",
                            "less",
                            F4_OUTREACH,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Her teachers should give her the questions for seminar discussion in advance, and allow her to contribute in writing where she cannot speak.",
                            "communication_interaction",
                            "specific",
                            F4_QS,
                        ),
                        (
                            "R",
                            "She should have 25% extra time and a separate room for all examinations, including internal assessments and mocks.",
                            "cognition_learning",
                            "specific",
                            F4_EXAMS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "From the spring of Year 12, Imogen needs structured preparation for adulthood: help to choose and visit universities, a meeting with each university's disability adviser, and a written transition plan by the autumn of Year 13.",
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
                            "I would support the CAMHS recommendation of cognitive behavioural therapy adapted for autism, which is a health provision.",
                            "health",
                            "not_educational",
                            G4_CBT,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "Her parents may wish to protect a period of quiet after school before any homework is started.",
                            "semh",
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "p",
                    "Jonathan Okafor, Chartered Educational Psychologist, HCPC PYL30214. 14 September 2026.",
                ),
            ],
        ),
        dict(
            file=LS4,
            footer="Kingsmead Grammar School for Girls - Learning Support",
            author="Kingsmead Grammar School",
            blocks=[
                ("org", "Kingsmead Grammar School for Girls"),
                ("title", "Report of the head of learning support for the EHC needs assessment"),
                (
                    "p",
                    "Student: Imogen Sallow, Year 12. Report by Mrs Patricia Hendry, Head of Learning Support and SENCo. 2 October 2026.",
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "I have known Imogen since she joined the school in Year 7, and I have met her weekly since her diagnosis in March.",
                            "background",
                        ),
                        "This report draws on her teachers' comments, attendance and assessment records, and my own meetings with her.",
                    ],
                ),
                ("h", 2, "Attainment and progress"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Imogen is predicted A*AA and is one of the strongest students in her year group.",
                            "strength; attainment",
                        ),
                        (
                            "X",
                            "Her teachers describe her written work as outstanding, and her biology teacher has encouraged her to enter the British Biology Olympiad.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 2, "The school's view"),
                (
                    "p",
                    [
                        (
                            "X",
                            "We accept that Imogen's difficulties have been largely masked by her ability, and that for much of Key Stage 4 we did not see them.",
                            "school's view; comment",
                        ),
                        "Until her diagnosis we understood her quietness as shyness, and her absences as illness.",
                        (
                            "X",
                            "We do not agree with the council that her needs can be met from the school's own resources: the learning support department has one part-time teaching assistant for 180 sixth form students.",
                            "comment on the council's decision",
                        ),
                    ],
                ),
                ("h", 2, "What we see in school"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Imogen does not ask for help, even when she is clearly struggling, and staff often learn of her difficulties only from her parents.",
                            "communication_interaction",
                            B4_HELP,
                        ),
                        (
                            "N",
                            "Since Year 11 her attendance has fallen to 86%, with absences clustered on days with practical work or presentations.",
                            "semh",
                            B4_ATT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Her form tutor reports that she is always polite and punctual when she is in school, and that she has a small, loyal group of friends from Year 7.",
                            "strength",
                        ),
                        (
                            "N",
                            "Staff in the science department noticed this term that she asks to go to the toilet just before each practical, and sometimes does not come back.",
                            "semh",
                            B4_ANX,
                        ),
                    ],
                ),
                ("h", 2, "Support already in place"),
                (
                    "bul",
                    [
                        (
                            "X",
                            "25% extra time in internal assessments since September 2026",
                            "support already in place",
                        ),
                        "A pass to leave lessons when anxious (used twice this term)",
                        (
                            "X",
                            "Permission to eat lunch in the library office",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    [
                        (
                            "R",
                            "Imogen would benefit from weekly sessions of 45 minutes with the school's counsellor, to help her manage her anxiety and the effects of masking.",
                            "semh",
                            "wrong_section",
                            G4_COUNS,
                            {"section": "G"},
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "All of her subject teachers should receive training on autism in girls and masking from the autism outreach service this academic year.",
                            "communication_interaction",
                            "not_specific",
                            F4_TRAIN,
                        ),
                    ],
                ),
                (
                    "p",
                    "Patricia Hendry, Head of Learning Support. Telephone 01632 960830. learning.support@kingsmead.example.org",
                ),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
