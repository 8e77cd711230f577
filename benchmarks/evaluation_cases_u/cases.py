# ruff: noqa: E501, N802
"""Set U as data: specific learning difficulties and ADHD in secondary school and further
education, in four layouts no earlier set has: numbered need-outcome-provision chains, a
landscape PDF with needs and provision in two page columns, headings that give the
section's name before its letter, and a contributor line under every heading.

Every name, council, school, college, service and professional is invented. Postcodes use
areas that do not exist and phone numbers are in the 01632 960xxx range. Markers are those
of evaluation_kit.dataset; the one-letter functions N, R, X and F build them and are named
after the markers they make. Exam access arrangements and other "reasonable adjustments" the
reports list are not special educational provision and are recorded as non-needs.
"""

CL, CI, SE, SP, HE = (
    "cognition_learning",
    "communication_interaction",
    "semh",
    "sensory_physical",
    "health",
)
AA = "exam access arrangement (JCQ), not special educational provision"
RA = "reasonable adjustment listed by the writer, not special educational provision"


def N(text: str, area: str, plan_text: str | None) -> tuple:
    return ("N", text, area, plan_text)


def R(
    text: str, area: str, status: str, plan_text: str | None = None, extras: dict | None = None
) -> tuple:
    return ("R", text, area, status, plan_text, extras or {})


def X(text: str, why: str) -> tuple:
    return ("X", text, why)


def F(text: str, specific: bool) -> tuple:
    return ("F", text, specific)


# ---------------------------------------------------------------------------
# case-evalu-01: Ravensmoor County Council; Isla Penhaligon, 14, Year 9, mainstream academy
# layout "numbered-outcome-provision-chains": needs B1..B5, outcomes E1..E5 and provision
# lines "F3 (for B3, E3): ..." that carry the numbers of the need and outcome they answer.
# ---------------------------------------------------------------------------

U1_B1 = "Isla has dyslexia. Her reading is slow and effortful and she has particular difficulty working out unfamiliar and subject-specific words."
U1_B2 = "Her spelling is well below the level expected for her age, and her written work can be hard for others to read."
U1_B3 = "Isla has developmental coordination disorder, which affects the speed and neatness of her handwriting and her ability to organise her equipment and belongings."
U1_B4 = "She has weaknesses in phonological processing and working memory and can lose track of instructions with several steps."
U1_B5 = "Isla has become anxious about reading aloud and about tests, and has started to avoid lessons that involve a lot of reading."
U1_F1 = "Specialist dyslexia teaching, one to one, for one 45-minute session each week, delivered by a teacher holding AMBDA or an equivalent Level 7 qualification."
U1_F2 = "Precision teaching of key subject vocabulary for 15 minutes each school day, delivered by a teaching assistant trained by the specialist teacher."
U1_F3 = "Access to a touch-typing programme."
U1_F4 = "Isla will have a school laptop with spell checking and word prediction for all extended writing in lessons and for homework, set up by the IT department by the start of the spring term."
U1_F5 = "Additional adult support in class as required."
U1_F6 = "A named member of staff (the Year 9 pastoral lead) will meet Isla for 20 minutes every Monday morning to check how the week ahead looks and agree which lessons she may need help with."
U1_F7 = "Isla will not be asked to read aloud in class unless she has agreed to it beforehand."
U1_G_OT = "A handwriting and fine motor programme, designed by the NHS occupational therapist and delivered in school by a teaching assistant for 30 minutes each week."
U1_DT = "dyslexia_assessment.pdf"
U1_AA = "access_arrangements.docx"


def _chain(label: str, text) -> tuple:
    return ("np", label, text)


CASE_01 = dict(
    name="case-evalu-01",
    layout="numbered-outcome-provision-chains",
    summary=(
        "Ravensmoor County Council; Isla Penhaligon, 14, Year 9 at Tremadon Academy (dyslexia, "
        "developmental coordination disorder, reading anxiety). Needs are numbered B1 to B5, outcomes E1 "
        'to E5, and each provision line opens "F3 (for B3, E3):". Specialist dyslexia teacher\'s '
        "assessment with a table of scores; school access-arrangements assessment."
    ),
    note='Provision labels such as "F3 (for B3, E3):" are numbering, not part of the provision text. Exam access arrangements in both reports are non-needs. The OT-designed handwriting programme delivered by school staff stands in G: wrong_section.',
    plan=dict(
        file="plan.docx",
        footer="Ravensmoor County Council  |  EHC plan  |  Isla Penhaligon  |  FINAL",
        sans=True,
        accent="5B2C6F",
        blocks=[
            ("org", "Ravensmoor County Council - SEND Assessment and Review Service"),
            ("title", "Education, Health and Care Plan - Final"),
            (
                "small",
                "Isla Penhaligon   DOB 17/02/2012   NC Year 9   Plan issued 30/10/2026   Ref EHC/26/4471",
            ),
            (
                "H",
                "A",
                "Section A: Isla's views, interests and aspirations, and those of her parents",
                "h2",
            ),
            (
                "S",
                "A",
                "Isla enjoys art, especially drawing comics, and plays the drums in the school jazz band.",
            ),
            (
                "p",
                'She says reading makes her feel "stupid and slow" and that she wants teachers to know she understands more than she can write down. Her mother, Mrs Kerensa Penhaligon, would like Isla to leave school with the GCSEs she needs to study art and design at college.',
            ),
            ("H", "B", "Section B: Special educational needs", "h2"),
            (
                "p",
                "Each need is numbered. The same number is used in Sections E and F for the outcome and provision that relate to it.",
            ),
            _chain("B1", ("S", "B", U1_B1)),
            _chain("B2", U1_B2),
            _chain("B3", U1_B3),
            _chain("B4", U1_B4),
            _chain("B5", U1_B5),
            (
                "H",
                "C",
                "Section C: Health needs which relate to her special educational needs",
                "h2",
            ),
            (
                "S",
                "C",
                "Isla was diagnosed with developmental coordination disorder by the community paediatrician in 2019 and was discharged from occupational therapy in 2021.",
            ),
            (
                "H",
                "D",
                "Section D: Social care needs which relate to her special educational needs",
                "h2",
            ),
            ("S", "D", "Isla has no social care needs."),
            ("H", "E", "Section E: Outcomes", "h2"),
            _chain(
                "E1",
                (
                    "S",
                    "E",
                    "By the end of Year 10 Isla will read Key Stage 4 subject texts at a rate of at least 100 words a minute with understanding.",
                ),
            ),
            _chain(
                "E2",
                "By July 2027 Isla will spell correctly 80% of the key words in her subject word lists.",
            ),
            _chain(
                "E3",
                "By the end of Year 9 Isla will produce a page of legible writing in 20 minutes, by hand or on her laptop.",
            ),
            _chain(
                "E4",
                "Isla will follow a three-step instruction in lessons without needing it repeated, in four lessons out of five.",
            ),
            _chain(
                "E5",
                "By the end of Year 10 Isla will attend all her English lessons and say she feels able to take part.",
            ),
            ("H", "F", "Section F: Special educational provision", "h2"),
            (
                "S",
                "F",
                "Provision is listed against the need (B) and outcome (E) it is meant to meet.",
            ),
            _chain("F1 (for B1, E1):", F(U1_F1, True)),
            _chain("F2 (for B1, B2, E2):", F(U1_F2, True)),
            _chain("F3 (for B3, E3):", F(U1_F3, False)),
            _chain("F4 (for B3, E3):", F(U1_F4, True)),
            _chain("F5 (for B4, E4):", F(U1_F5, False)),
            _chain("F6 (for B5, E5):", F(U1_F6, True)),
            _chain("F7 (for B5, E5):", F(U1_F7, True)),
            ("H", "G", "Section G: Health provision", "h2"),
            ("S", "G", U1_G_OT),
            (
                "H",
                "H1",
                "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
                "h2",
            ),
            ("S", "H1", "Not applicable."),
            ("H", "H2", "Section H2: Any other social care provision", "h2"),
            ("S", "H2", "Not applicable at this time."),
            ("H", "I", "Section I: Placement", "h2"),
            (
                "S",
                "I",
                "Tremadon Academy, Quay Road, Tremadon HF9 2LW (mainstream academy, 11 to 18).",
            ),
            ("H", "J", "Section J: Personal budget", "h2"),
            ("S", "J", "No personal budget has been requested."),
            ("H", "K", "Section K: Advice and information", "h2"),
            (
                "S",
                "K",
                "Specialist teacher assessment (Mrs R. Chegwidden, September 2026); access arrangements assessment (Tremadon Academy, July 2026); parental advice; Isla's views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=U1_DT,
            footer="R. Chegwidden - Specialist Assessment Report - Isla Penhaligon - page {n} of {m}",
            blocks=[
                ("org", "Chegwidden Specialist Teaching"),
                (
                    "small",
                    "Rosenwyn Chegwidden MA, AMBDA, APC  |  12 Harbour Terrace, Porthgarrow HF3 6QP  |  01632 960712",
                ),
                ("title", "Specialist Teacher Assessment Report: Isla Penhaligon"),
                (
                    "kv",
                    [
                        ("Date of birth", "17 February 2012"),
                        ("Date of assessment", "14 September 2026"),
                        ("School", "Tremadon Academy, Year 9"),
                        ("Requested by", "Ravensmoor County Council, for the EHC needs assessment"),
                    ],
                ),
                ("h", 2, "1. Background"),
                (
                    "p",
                    [
                        X(
                            "Isla's difficulties with reading were first noticed in Year 1, when she was slow to learn letter sounds despite a good vocabulary.",
                            "history",
                        ),
                        X(
                            "She received Read Write Inc. catch-up sessions throughout Key Stage 1 and a paired reading intervention in Year 5.",
                            "history: past support",
                        ),
                        X(
                            "Her mother reports that Isla's older brother was diagnosed with dyslexia at university.",
                            "family history",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Isla currently receives one small-group literacy session a week in the school's learning support base.",
                            "support already in place",
                        ),
                        X(
                            "Her handwriting is no longer painful, as it was in Year 6, following the occupational therapy programme she completed in 2021.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 2, "2. Test results"),
                (
                    "grid",
                    [
                        ["Test", "Standard score", "Percentile", "Description"],
                        ["WRAT5 Word Reading", "79", "8", "Below average"],
                        ["TOWRE-2 Sight Word Efficiency", "74", "4", "Well below average"],
                        ["TOWRE-2 Phonemic Decoding", "71", "3", "Well below average"],
                        ["WRAT5 Spelling", "76", "5", "Below average"],
                        ["CTOPP-2 Phonological Awareness", "80", "9", "Below average"],
                        ["CTOPP-2 Rapid Naming", "77", "6", "Below average"],
                        ["WRAT5 Math Computation", "83", "13", "Below average"],
                        ["BPVS-3 (receptive vocabulary)", "108", "70", "Average"],
                    ],
                    [0.4, 0.18, 0.15, 0.27],
                ),
                (
                    "p",
                    [
                        X(
                            "Isla's receptive vocabulary score of 108 is firmly average and is, in my view, the best indication of her underlying verbal ability.",
                            "test result / strength",
                        ),
                        X(
                            "The gap of nearly 30 standard score points between her vocabulary and her single-word reading is highly significant and characteristic of a dyslexic profile.",
                            "assessment interpretation",
                        ),
                    ],
                ),
                ("h", 2, "3. Discussion"),
                (
                    "p",
                    [
                        N(
                            "Isla decodes unfamiliar words slowly and inaccurately, guessing from the first letter and the context, and she frequently misreads technical words such as 'photosynthesis' and 'denominator'.",
                            CL,
                            U1_B1,
                        ),
                        N(
                            "Her spelling is phonetically implausible at times (for example 'becos', 'strugl', 'intrested'), and she avoids words she cannot spell, which limits the quality of her written answers.",
                            CL,
                            U1_B2,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Isla has marked weaknesses in phonological processing and verbal working memory, and in class she was observed to lose the thread of a three-part instruction before she had finished the first part.",
                            CL,
                            U1_B4,
                        ),
                        X(
                            "These difficulties are persistent and have not responded to well-founded intervention over several years, which is the core of the definition of dyslexia used by the Rose Review (2009).",
                            "argument / cited definition",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Isla's recall of number facts is weak, and on the timed arithmetic items she was still counting on her fingers for additions such as 8 + 7, which slows her considerably in mathematics and science.",
                            CL,
                            None,
                        ),
                        N(
                            'When asked to write about a picture she had chosen, Isla wrote six unlinked sentences with no paragraphs, and she told me she never plans her writing because "the plan takes all the time".',
                            CL,
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Isla was visibly distressed at the start of the reading tasks and asked twice whether the results would be shown to her teachers; she told me she now 'forgets' her English book so that she can be sent to the library.",
                            SE,
                            U1_B5,
                        )
                    ],
                ),
                ("h", 2, "4. Recommendations"),
                (
                    "p",
                    "I have separated the recommendations that amount to special educational provision from the adjustments that any good classroom would make.",
                ),
                ("b", "Special educational provision"),
                (
                    "num",
                    [
                        R(
                            "Isla should have specialist one-to-one tuition from a teacher holding AMBDA or an equivalent Level 7 qualification for two sessions of 45 minutes each week, using a structured, cumulative, multisensory programme.",
                            CL,
                            "less",
                            U1_F1,
                        ),
                        R(
                            "A daily precision teaching programme of 15 minutes, focusing on high-frequency and subject-specific vocabulary, delivered by a trained teaching assistant.",
                            CL,
                            "specific",
                            U1_F2,
                        ),
                        R(
                            "Isla should be taught to touch-type, using a structured programme such as Touch-type Read and Spell, for 20 minutes three times a week over at least one term, with her speed checked every half term.",
                            SP,
                            "not_specific",
                            U1_F3,
                        ),
                        R(
                            "Isla needs a small-group numeracy intervention focused on number facts and written methods, three times a week for 30 minutes, led by a maths teacher or a trained teaching assistant.",
                            CL,
                            "missing_from_f",
                        ),
                    ],
                ),
                ("b", "Reasonable adjustments (not special educational provision)"),
                (
                    "bul",
                    [
                        X(
                            "Coloured paper or an overlay if Isla finds it helps, although I found no evidence of visual stress.",
                            RA,
                        ),
                        X(
                            "Homework set on the school's online platform as well as written on the board.",
                            RA,
                        ),
                        X("A copy of PowerPoint slides before lessons where possible.", RA),
                    ],
                ),
                ("b", "At home"),
                (
                    "p",
                    R(
                        "At home, Isla and her mother could continue paired reading for 10 minutes a day, choosing graphic novels that interest her.",
                        CL,
                        "not_educational",
                    ),
                ),
                (
                    "p",
                    X(
                        "I considered recommending a reading pen but did not, because Isla found it slow and said she would not use it in front of her friends.",
                        "option considered and not recommended",
                    ),
                ),
                ("p", "Rosenwyn Chegwidden, Specialist Teacher Assessor, 21 September 2026"),
            ],
        ),
        dict(
            file=U1_AA,
            header="Tremadon Academy - Learning Support",
            blocks=[
                ("title", "Access Arrangements Assessment (JCQ Form 8 summary and report)"),
                (
                    "kv",
                    [
                        ("Candidate", "Isla Penhaligon, Year 9"),
                        ("Assessor", "Mr Daniel Treloar, SENCo (CCET Level 3)"),
                        ("Date", "8 July 2026"),
                    ],
                ),
                ("h", 2, "Evidence of need"),
                (
                    "table",
                    [
                        ["Test", "Score", "Comment"],
                        [
                            "DASH 17+ Free Writing (handwriting speed)",
                            "SS 72; 11 words per minute",
                            "Well below average; legibility deteriorated after 5 minutes",
                        ],
                        ["TOWRE-2 reading efficiency", "SS 74", "Well below average"],
                        [
                            "Access Reading Test (comprehension, timed)",
                            "SS 81",
                            "Below average; SS 98 when given extra time",
                        ],
                        [
                            "Typing speed (informal)",
                            "14 words per minute",
                            "Not yet faster than handwriting",
                        ],
                    ],
                    {"widths": [0.38, 0.22, 0.40]},
                ),
                (
                    "p",
                    [
                        N(
                            "Isla's handwriting speed is 11 words a minute, well below the average for her age, and her writing becomes hard to read after a few minutes, so she cannot get down what she knows in timed work.",
                            SP,
                            U1_B3,
                        ),
                        N(
                            "Her reading comprehension falls to the below-average range under time pressure, because her decoding is so slow, although it is in the average range when she is given extra time.",
                            CL,
                            U1_B1,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Teachers report that Isla regularly arrives without the right books or equipment and that her folders and bag are disorganised, which the SENCo considers part of her coordination difficulties rather than carelessness.",
                            SP,
                            U1_B3,
                        )
                    ],
                ),
                ("h", 2, "Arrangements approved for internal and external examinations"),
                (
                    "bul",
                    [
                        X("25% extra time in all written examinations.", AA),
                        X(
                            "A computer reader (text-to-speech) for papers that do not test reading.",
                            AA,
                        ),
                        X(
                            "Use of a word processor with the spelling and grammar check switched off.",
                            AA,
                        ),
                        X("A smaller room with no more than eight candidates.", AA),
                    ],
                ),
                (
                    "p",
                    X(
                        "These arrangements reflect Isla's normal way of working and must be in place in class tests and mock examinations for them to remain valid.",
                        "JCQ rule about normal way of working",
                    ),
                ),
                ("h", 2, "Recommendations for teaching"),
                (
                    "p",
                    [
                        R(
                            "Isla should have a laptop with spell checking and word prediction as her normal way of working for all extended writing in lessons and at home, so that the word processor arrangement reflects genuine practice.",
                            SP,
                            "specific",
                            U1_F4,
                        ),
                        R(
                            "A member of staff Isla trusts should check in with her once a week, at the start of the week, to talk through tests and deadlines coming up.",
                            SE,
                            "specific",
                            U1_F6,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Isla should follow an occupational therapy handwriting and fine motor programme in school for 30 minutes a week, delivered by a teaching assistant to a programme set by an occupational therapist.",
                            SP,
                            "wrong_section",
                            U1_G_OT,
                            {"section": "G"},
                        )
                    ],
                ),
                (
                    "p",
                    X(
                        "Mr Treloar notes that Isla's behaviour and attendance are good and that she is well liked by staff and students.",
                        "strength",
                    ),
                ),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalu-02: Castlebrook City Council; Kai Oyelaran-Firth, 17, further education college
# layout "two-column-landscape-pdf": a landscape PDF; Sections B and F share one page in
# two columns (needs left, provision right); every other section runs full width.
# ---------------------------------------------------------------------------

U2_B_ATT = "Kai has ADHD (combined presentation). He finds it very hard to keep his attention on tasks that do not interest him and usually loses focus after about ten minutes of listening."
U2_B_IMP = "He can be impulsive in class, calling out, interrupting and leaving his seat, which has led to conflict with staff and other students."
U2_B_MATH = "Kai has dyscalculia: his number sense and mental calculation are well below the level expected for his age, which affects his GCSE maths resit and the measuring and costing tasks on his course."
U2_B_ORG = "He struggles to plan and organise his work, to meet assignment deadlines and to bring the right kit to practical sessions."
U2_B_SELF = "Kai's confidence in himself as a learner is low after a difficult time at secondary school, including two fixed-term exclusions in Year 10."
U2_F_LSA = "A learning support assistant will support Kai in all practical workshop sessions (10 hours a week), prompting him to start and stay on task and checking his measurements."
U2_F_MATH = "Kai will have specialist maths support."
U2_F_MENT = "A learning mentor will meet Kai for 30 minutes every Monday to plan his week, break each assignment into dated steps and check progress against deadlines."
U2_F_INSTR = "All Kai's tutors will give instructions in short steps, spoken and written on the board or on a card, and will check his understanding after each step."
U2_F_BREAK = "Kai may take one 5-minute movement break in each theory session of up to two hours."
U2_F_TRAIN = "Staff will receive ADHD training."
U2_G_DOSE = "A member of the college's first-aid team will supervise Kai's short-acting afternoon dose of methylphenidate at 12.30 pm each college day, under the college's medicines policy."
U2_G_ANGER = "Weekly 30-minute sessions with the college wellbeing mentor to help Kai recognise the early signs of anger and use agreed calming strategies."
U2_NURSE = "adhd_clinic_letter.pdf"
U2_EP = "private_ep_report.docx"

CASE_02 = dict(
    name="case-evalu-02",
    layout="two-column-landscape-pdf",
    summary=(
        "Castlebrook City Council; Kai Oyelaran-Firth, 17, Level 2 Carpentry and Joinery at Kelsham "
        "College (ADHD on medication, dyscalculia, low self-esteem). Landscape PDF plan: Sections B and F "
        "side by side in two page columns, other sections full width. ADHD nurse's clinic letter; "
        "independent educational psychologist's report commissioned by the family."
    ),
    note="Extracted text runs down the left column (B) and then the right (F), so the headings come in the order A, B, F, C, D, E, G ... The afternoon dose supervised by first-aid staff is health provision rightly in G (not_educational); the anger-management mentoring in G is educational: wrong_section.",
    plan=dict(
        file="plan.pdf",
        landscape=True,
        sans=True,
        accent="0B6E4F",
        header="Castlebrook City Council - Education, Health and Care Plan - Kai Oyelaran-Firth",
        footer="Final plan issued 12 October 2026 - page {n} of {m}",
        blocks=[
            ("org", "Castlebrook City Council - SEND and Inclusion"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Kai Oyelaran-Firth"),
                    ("Date of birth", "3 May 2009"),
                    ("Setting", "Kelsham College, Level 2 Diploma in Site Carpentry"),
                    ("Plan co-ordinator", "Ms Adaeze Holroyd, 01632 960254"),
                ],
            ),
            ("H", "A", "Section A - Kai's views, interests and aspirations", "h2"),
            (
                "S",
                "A",
                "Kai wants to finish his carpentry course, get an apprenticeship with a local builder and one day run his own business.",
            ),
            (
                "p",
                'He says he learns best "by doing, not by sitting and listening" and that he likes tutors who explain things once, clearly, and do not shout. His father wants him to have a fair chance after "years of being written off".',
            ),
            ("pb",),
            (
                "twocol",
                [
                    ("H", "B", "Section B - Special educational needs", "h2"),
                    ("S", "B", U2_B_ATT),
                    ("p", U2_B_IMP),
                    ("p", U2_B_MATH),
                    ("p", U2_B_ORG),
                    ("p", U2_B_SELF),
                ],
                [
                    ("H", "F", "Section F - Special educational provision", "h2"),
                    (
                        "S",
                        "F",
                        "The college will make the following provision, funded through the high needs top-up agreed with Castlebrook City Council.",
                    ),
                    (
                        "bul",
                        [
                            F(U2_F_LSA, True),
                            F(U2_F_MATH, False),
                            F(U2_F_MENT, True),
                            F(U2_F_INSTR, True),
                            F(U2_F_BREAK, True),
                            F(U2_F_TRAIN, False),
                        ],
                    ),
                ],
            ),
            ("pb",),
            ("H", "C", "Section C - Health needs related to SEN", "h2"),
            (
                "S",
                "C",
                "Kai has ADHD, diagnosed in 2019, and is under the care of the Castlebrook ADHD nursing team; he takes prescribed stimulant medication.",
            ),
            ("H", "D", "Section D - Social care needs related to SEN", "h2"),
            ("S", "D", "No social care needs have been identified."),
            ("H", "E", "Section E - Outcomes", "h2"),
            (
                "S",
                "E",
                "By July 2027 Kai will complete every unit of his Level 2 diploma on time, with no more than two assignment extensions.",
            ),
            ("p", "By the summer 2027 resit Kai will achieve grade 4 in GCSE mathematics."),
            ("H", "G", "Section G - Health provision", "h2"),
            ("S", "G", U2_G_DOSE),
            ("p", U2_G_ANGER),
            (
                "p",
                "Review by the ADHD nurse every six months, with dose changes made by the consultant psychiatrist.",
            ),
            (
                "H",
                "H1",
                "Section H1 - Social care provision (Chronically Sick and Disabled Persons Act 1970, section 2)",
                "h2",
            ),
            ("S", "H1", "None identified."),
            ("H", "H2", "Section H2 - Other social care provision", "h2"),
            ("S", "H2", "No other social care provision is required."),
            ("H", "I", "Section I - Placement", "h2"),
            (
                "S",
                "I",
                "Kelsham College, Ferrier Way, Kelsham KB7 4DD (general further education college).",
            ),
            ("H", "J", "Section J - Personal budget", "h2"),
            ("S", "J", "Not requested."),
            ("H", "K", "Section K - Advice and information", "h2"),
            (
                "S",
                "K",
                "ADHD clinic letter (Mr T. Abernathy-Quist, August 2026); educational psychology report (Dr M. Szczepanska, commissioned privately, June 2026); college advice (September 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=U2_NURSE,
            header="Castlebrook Community Health - Child and Young Person ADHD Service",
            footer="Clinic letter - Kai Oyelaran-Firth - NHS number withheld - page {n} of {m}",
            blocks=[
                (
                    "small",
                    "Castlebrook Health Centre, Orchard Row, Castlebrook AC2 8RN   Tel 01632 960391",
                ),
                ("small", "Dictated 19 August 2026, typed 22 August 2026"),
                ("p", "Dear Ms Holroyd,"),
                (
                    "p",
                    "Re: Kai Oyelaran-Firth, DOB 03/05/2009 - ADHD medication review clinic, 18 August 2026",
                ),
                (
                    "b",
                    "Diagnosis: ADHD, combined presentation. Medication: lisdexamfetamine 50 mg each morning; methylphenidate immediate release 10 mg at 12.30 pm (added at this clinic).",
                ),
                (
                    "p",
                    [
                        X("I reviewed Kai in clinic today with his father.", "clinic context"),
                        X(
                            "Kai was diagnosed with ADHD by Dr Okafor in March 2019 and has been on stimulant medication since then, with a break in Year 11 when he stopped taking it.",
                            "history",
                        ),
                        X(
                            "His blood pressure, pulse and weight are all within normal limits and he has grown 3 cm since his last review.",
                            "health monitoring result",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Kai and his father describe good concentration in the mornings at college, but by early afternoon, as the lisdexamfetamine wears off, he cannot settle, drifts off task within minutes and is much more likely to call out or leave the workshop.",
                            CL,
                            U2_B_ATT,
                        ),
                        N(
                            'He told me he often "says things before I\'ve thought" and has had two warnings this term for answering back to a tutor.',
                            SE,
                            U2_B_IMP,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "His appetite is reduced at lunchtime but he now eats a large breakfast and evening meal, and his sleep has improved since he stopped taking his dose later in the day.",
                            "resolved / health, managed by the clinic",
                        )
                    ],
                ),
                ("b", "Plan"),
                (
                    "p",
                    [
                        R(
                            "I have added a short-acting afternoon dose, and it would be helpful if a named member of college staff could supervise this at 12.30 pm each day and keep a record.",
                            HE,
                            "not_educational",
                            U2_G_DOSE,
                            {"section": "G"},
                        ),
                        X(
                            "I considered a non-stimulant such as atomoxetine but Kai did not want a daily medicine that takes weeks to work.",
                            "option considered and not chosen",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Kai would benefit from regular sessions with a trusted adult at college, perhaps weekly for half an hour, to learn to notice when he is becoming angry and to use the strategies he has found helpful, such as leaving for a short walk.",
                            SE,
                            "wrong_section",
                            U2_G_ANGER,
                            {"section": "G"},
                        )
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "I would strongly recommend that the tutors who teach Kai attend ADHD awareness training; our team runs a two-hour session for education staff each term, and the next is on 14 October 2026.",
                            SE,
                            "not_specific",
                            U2_F_TRAIN,
                        )
                    ],
                ),
                (
                    "p",
                    X(
                        "In my experience young people on stimulant medication still need the environment to be adapted; medication is one part of managing ADHD, not all of it.",
                        "general argument",
                    ),
                ),
                ("p", "I will see Kai again in six months. Please do not hesitate to contact me."),
                ("p", "Thomas Abernathy-Quist, ADHD Clinical Nurse Specialist"),
                ("small", "cc: Kai Oyelaran-Firth; Mr F. Oyelaran-Firth; GP, Orchard Row Surgery"),
            ],
        ),
        dict(
            file=U2_EP,
            header="Dr Marta Szczepanska, HCPC-registered Educational Psychologist - CONFIDENTIAL",
            footer="Independent report commissioned by the family",
            blocks=[
                ("title", "Educational Psychology Report"),
                (
                    "kv",
                    [
                        ("Young person", "Kai Oyelaran-Firth (17)"),
                        ("College", "Kelsham College"),
                        ("Commissioned by", "Mr Femi Oyelaran-Firth (father)"),
                        ("Dates seen", "2 and 9 June 2026"),
                    ],
                ),
                ("h", 2, "Reason for referral"),
                (
                    "p",
                    [
                        X(
                            "Mr Oyelaran-Firth asked me to assess Kai because he believes that Kai's difficulties with mathematics have never been properly identified and that his behaviour at school was treated as defiance rather than as part of his ADHD.",
                            "reason for referral / parental view",
                        ),
                        X(
                            "I was also asked to advise on what support Kai should have in an EHC plan.",
                            "context",
                        ),
                    ],
                ),
                ("h", 2, "Assessment results"),
                (
                    "table",
                    [
                        ["Index (WAIS-IV UK)", "Standard score", "Percentile", "Range"],
                        ["Verbal Comprehension", "102", "55", "Average"],
                        ["Perceptual Reasoning", "109", "73", "Average"],
                        ["Working Memory", "79", "8", "Low"],
                        ["Processing Speed", "76", "5", "Low"],
                        ["WIAT-III Numerical Operations", "71", "3", "Very low"],
                        ["WIAT-III Maths Fluency", "69", "2", "Very low"],
                        [
                            "Dyscalculia Screener (Butterworth)",
                            "Stanine 1",
                            "-",
                            "Consistent with dyscalculia",
                        ],
                    ],
                    {"widths": [0.42, 0.2, 0.16, 0.22]},
                ),
                (
                    "p",
                    [
                        X(
                            "Kai's verbal and non-verbal reasoning are solidly average, and his perceptual reasoning score is his strongest, which fits with his evident skill in practical work.",
                            "strength / test result",
                        ),
                        X(
                            "The difference between his reasoning scores and his working memory and processing speed is statistically significant and unusual in the standardisation sample.",
                            "test interpretation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Kai has weak working memory: he could hold only four digits forwards, and in the workshop I watched him return three times to ask for the cutting sizes his tutor had given a minute before.",
                            CL,
                            None,
                        ),
                        N(
                            "His processing speed is slow, so he needs more time than his peers to take in spoken information and to copy or write, and he falls behind when a tutor demonstrates quickly.",
                            CL,
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Kai has significant and persistent difficulties with number that meet the criteria for dyscalculia: he has no reliable sense of the size of numbers, cannot estimate, and uses finger counting for single-digit subtraction.",
                            CL,
                            U2_B_MATH,
                        ),
                        N(
                            'He frequently starts assignments late or not at all, loses handouts and forgets his personal protective equipment, and by his own account has "no idea how to start a big piece of work".',
                            CL,
                            U2_B_ORG,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "In group tasks Kai talks over the others and takes over the tools, and he told me other students have stopped choosing him as a partner.",
                            SE,
                            U2_B_IMP,
                        ),
                        N(
                            'Kai described himself as "thick at school stuff" and said he expects tutors to give up on him, which leads him to walk out rather than ask for help.',
                            SE,
                            U2_B_SELF,
                        ),
                        X(
                            "He was, however, proud to show me a mortise and tenon joint he had made, and his practical tutor describes him as one of the most able students in the group.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    "Kai's needs will not be met by the college's ordinarily available support alone. I recommend the following.",
                ),
                (
                    "num",
                    [
                        R(
                            "Specialist teaching for dyscalculia, one to one, for two sessions of 45 minutes a week, from a teacher with a recognised dyscalculia qualification, linked to the maths needed on his course.",
                            CL,
                            "not_specific",
                            U2_F_MATH,
                        ),
                        R(
                            "A weekly mentoring session of about 30 minutes with a learning mentor, in which Kai plans his week, breaks assignments into steps with dates, and reviews how the previous week went.",
                            CL,
                            "specific",
                            U2_F_MENT,
                        ),
                        R(
                            "Instructions should be given in small steps, both spoken and in writing, and Kai should be asked to repeat them back before he starts.",
                            CL,
                            "specific",
                            U2_F_INSTR,
                        ),
                        R(
                            "In theory lessons Kai needs a short movement break of about five minutes every 30 minutes, agreed in advance with a discreet signal.",
                            SE,
                            "less",
                            U2_F_BREAK,
                        ),
                        R(
                            "For his GCSE maths resit, Kai should be taught in a group of no more than six students by a specialist maths teacher.",
                            CL,
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    "The following are reasonable adjustments rather than special educational provision, but I list them so that they are not forgotten.",
                ),
                (
                    "bul",
                    [
                        X(
                            "25% extra time and a separate room for examinations, subject to the college's access arrangements assessment.",
                            AA,
                        ),
                        X(
                            "Permission to use a calculator in lessons where the aim is not mental calculation.",
                            RA,
                        ),
                        X("A fidget object or stress ball in theory sessions.", RA),
                    ],
                ),
                (
                    "p",
                    X(
                        "I do not recommend a move to a specialist college; Kai is doing well on a course he chose and values, and the evidence is that his needs can be met there with the right support.",
                        "option considered and not recommended",
                    ),
                ),
                ("p", "Dr Marta Szczepanska, DEdPsy, HCPC PYL04418, 20 June 2026"),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalu-03: Ashwell Borough Council; Destiny Arkwright, 15, Year 10, looked after
# layout "name-then-section-letter": each heading gives the section's name first and its
# letter after it in brackets ("Special educational needs (Section B)"). The plan has no
# personal budget section: section_missing J.
# ---------------------------------------------------------------------------

U3_B_READ = "Destiny has dyslexic-type difficulties; her reading and spelling are several years behind those of her peers."
U3_B_WRITE = (
    "She finds it hard to get her ideas down in writing and her written work is often very short."
)
U3_B_ATT = "Destiny has ADHD. She has difficulty concentrating in lessons, particularly in the afternoon, and is easily distracted."
U3_B_REG = (
    "She can become frustrated and angry quickly, and may leave the classroom without permission."
)
U3_B_FRIEND = "Destiny finds friendships difficult to keep going and has been involved in falling-outs on social media."
U3_F_TUIT = "Destiny will receive one-to-one tuition in English and maths."
U3_F_LEX = "A structured literacy programme (Lexia PowerUp) for three 20-minute sessions a week in the learning support base, supervised by a teaching assistant who checks her progress report each Friday."
U3_F_KEY = "Destiny's key adult (Mrs Okonjo, learning mentor) will check in with her for 10 minutes every Monday morning."
U3_F_CARD = "Destiny may use a time-out card."
U3_F_GROUP = "Access to small group support."
U3_F_CAREERS = "A meeting with the school's independent careers adviser in the summer term 2027, to which her social worker and foster carer will be invited, to plan her post-16 options."
U3_H2_ELSA = "Destiny will have weekly 40-minute sessions with the school's emotional literacy support assistant (ELSA) for at least one term, to help her understand and manage her feelings."
U3_PEP = "pep_extract.docx"
U3_NURSE = "adhd_nurse_letter.pdf"


def _named(sid: str, name: str) -> tuple:
    return ("H", sid, f"{name} (Section {sid})", "h2")


CASE_03 = dict(
    name="case-evalu-03",
    layout="name-then-section-letter",
    summary=(
        "Ashwell Borough Council; Destiny Arkwright, 15, Year 10 at Fellbrook High School, looked after "
        "by the council and living with foster carers (ADHD, dyslexic-type difficulties, emotional "
        "regulation). Headings give the name, then the letter in brackets; there is no personal budget "
        "section. Personal education plan extract with the virtual school head's comments; ADHD nurse's "
        "clinic letter."
    ),
    note="Section J is absent (section_missing). The ELSA sessions stand under H2 (social care): wrong_section. Pupil Premium Plus is the funding source, not a provision.",
    plan=dict(
        file="plan.docx",
        header="OFFICIAL - SENSITIVE",
        footer="Ashwell Borough Council EHC plan - Destiny Arkwright - issued 2 November 2026",
        accent="8A3B12",
        blocks=[
            ("org", "Ashwell Borough Council"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Destiny Arkwright"),
                    ("Date of birth", "11 June 2011"),
                    (
                        "Legal status",
                        "Looked after under section 31 Children Act 1989 (care order)",
                    ),
                    ("School", "Fellbrook High School, Year 10"),
                    ("Virtual school", "Ashwell Virtual School, Head: Mr Graham Obi"),
                ],
            ),
            _named("A", "Destiny's views, interests and aspirations"),
            (
                "S",
                "A",
                "Destiny likes music, make-up and looking after her foster carers' dog, Pepper.",
            ),
            (
                "p",
                'She wants to go to college to train as a hairdresser or a nail technician, and says she wants teachers to "stop making me read out". Her foster carers, Mr and Mrs Halloran, and her social worker want her to stay at Fellbrook and sit her GCSEs there.',
            ),
            _named("B", "Special educational needs"),
            ("S", "B", U3_B_READ),
            ("p", U3_B_WRITE),
            ("p", U3_B_ATT),
            ("p", U3_B_REG),
            ("p", U3_B_FRIEND),
            _named("C", "Health needs related to special educational needs"),
            (
                "S",
                "C",
                "Destiny was diagnosed with ADHD in 2022 and takes prescribed medication each morning; she has difficulty getting to sleep.",
            ),
            _named("D", "Social care needs related to special educational needs"),
            (
                "S",
                "D",
                "Destiny is a looked-after child and has an allocated social worker; she has lived with her current foster carers since March 2025.",
            ),
            _named("E", "Outcomes"),
            (
                "S",
                "E",
                "By July 2027 Destiny will read a GCSE English Language source text independently and answer questions on it.",
            ),
            (
                "p",
                "By the end of Year 11 Destiny will stay in all her lessons for a whole week, using her agreed strategies when she feels angry.",
            ),
            _named("F", "Special educational provision"),
            (
                "S",
                "F",
                "Fellbrook High School will provide the following. Pupil Premium Plus will be used alongside the school's notional SEN budget and the agreed top-up.",
            ),
            (
                "bul",
                [
                    F(U3_F_TUIT, False),
                    F(U3_F_LEX, True),
                    F(U3_F_KEY, True),
                    F(U3_F_CARD, False),
                    F(U3_F_GROUP, False),
                    F(U3_F_CAREERS, True),
                ],
            ),
            _named("G", "Health provision"),
            (
                "S",
                "G",
                "Review by the ADHD nurse every three months at the Ashwell Child Development Centre.",
            ),
            _named(
                "H1",
                "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("S", "H1", "None."),
            _named("H2", "Other social care provision"),
            (
                "S",
                "H2",
                "Destiny's care plan is reviewed by her independent reviewing officer; her social worker visits at least every six weeks.",
            ),
            ("p", U3_H2_ELSA),
            _named("I", "School or other institution"),
            (
                "S",
                "I",
                "Fellbrook High School, Lowther Lane, Ashwell AC6 1TP (maintained secondary school).",
            ),
            _named("K", "Advice and information"),
            (
                "S",
                "K",
                "Personal education plan (autumn term 2026) with the virtual school head's comments; ADHD nurse letter (September 2026); school SEN advice; social care advice.",
            ),
        ],
    ),
    reports=[
        dict(
            file=U3_PEP,
            header="Ashwell Virtual School - Personal Education Plan (extract)",
            footer="PEP extract provided for the EHC needs assessment - OFFICIAL SENSITIVE",
            blocks=[
                ("title", "Personal Education Plan: extract, autumn term 2026"),
                (
                    "kv",
                    [
                        ("Child", "Destiny Arkwright, Year 10"),
                        ("PEP meeting", "29 September 2026 at Fellbrook High School"),
                        (
                            "Present",
                            "Destiny; Mrs Halloran (foster carer); Ms Petra Vance (social worker); Mr Ian Mwale (designated teacher); Ms Rosa Lindqvist (virtual school adviser)",
                        ),
                    ],
                ),
                ("h", 2, "Attainment and attendance"),
                (
                    "table",
                    [
                        ["Subject", "Working at", "Target", "Comment"],
                        [
                            "English",
                            "Grade 2",
                            "Grade 4",
                            "Reading age 10y 4m (NGRT, September 2026)",
                        ],
                        ["Maths", "Grade 2", "Grade 4", "Gaps from missed schooling"],
                        ["Science", "Grade 3", "Grade 4", "Enjoys practicals"],
                        ["Attendance", "91.2%", "95%", "Up from 78% last year"],
                    ],
                    {"widths": [0.2, 0.18, 0.14, 0.48]},
                ),
                (
                    "p",
                    [
                        X(
                            "Destiny's attendance has improved greatly since she moved to her current placement, and she has had no fixed-term suspensions this year.",
                            "progress",
                        ),
                        X(
                            "She has had four changes of school since Year 5, including two in Year 8.",
                            "history",
                        ),
                    ],
                ),
                ("h", 2, "Destiny's learning"),
                (
                    "p",
                    [
                        N(
                            "Mr Mwale reported that Destiny's reading age is more than four years below her chronological age, and that she makes frequent errors in spelling common words.",
                            CL,
                            U3_B_READ,
                        ),
                        N(
                            "Her teachers say she knows more than she writes: she will say a good answer aloud but then write only one or two lines, or nothing.",
                            CL,
                            U3_B_WRITE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Because of her school moves Destiny has missed large parts of the Key Stage 3 maths curriculum and has significant gaps in fractions, ratio and algebra, which now hold her back in GCSE lessons.",
                            CL,
                            None,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Staff notice that Destiny's concentration drops sharply after lunch, when she fidgets, talks to others and needs many reminders to get back to work.",
                            CL,
                            U3_B_ATT,
                        ),
                        N(
                            "When she is corrected in front of others, Destiny often swears and walks out, and she has left the school building twice this term.",
                            SE,
                            U3_B_REG,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            'Destiny finds it very hard to trust new adults; she tests boundaries with supply and cover staff and has said that "they all leave anyway".',
                            SE,
                            None,
                        ),
                        N(
                            "Friendship problems spill over from social media into school, and Destiny has been upset and unable to work after several online disputes.",
                            SE,
                            U3_B_FRIEND,
                        ),
                    ],
                ),
                ("h", 2, "Virtual school head's comments"),
                (
                    "p",
                    [
                        X(
                            "Mr Obi noted that Destiny is one of several Ashwell children in care whose SEN were not identified until secondary school, because of changes of school and placement.",
                            "background / system comment",
                        ),
                        X(
                            "He confirmed that the virtual school will release £600 of Pupil Premium Plus this term, subject to the PEP targets being reviewed in January.",
                            "funding, not provision",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "The virtual school head recommended that Destiny has one-to-one tuition from a qualified teacher, for one hour a week in English and one hour a week in maths, for the rest of Year 10 and throughout Year 11.",
                            CL,
                            "not_specific",
                            U3_F_TUIT,
                        ),
                        R(
                            "He asked that all staff who teach Destiny complete the virtual school's attachment and trauma awareness training by the end of the spring term 2027, so that responses to her behaviour are consistent.",
                            SE,
                            "missing_from_f",
                        ),
                    ],
                ),
                ("h", 2, "Actions agreed"),
                (
                    "grid",
                    [
                        ["Action", "Who", "By when", "Why"],
                        [
                            R(
                                "Lexia PowerUp three times a week for 20 minutes, with the weekly progress report checked",
                                CL,
                                "specific",
                                U3_F_LEX,
                            ),
                            "Learning support base",
                            "From October 2026",
                            "To build decoding and reading fluency",
                        ],
                        [
                            R(
                                "A key adult to meet Destiny every morning for 10 minutes to check how she is and plan her day",
                                SE,
                                "less",
                                U3_F_KEY,
                            ),
                            "Mrs Okonjo",
                            "Ongoing",
                            "Mornings set the tone for the day",
                        ],
                        [
                            R(
                                "Weekly ELSA sessions of 40 minutes for at least a term, focused on recognising and managing anger",
                                SE,
                                "wrong_section",
                                U3_H2_ELSA,
                                {"section": "H2"},
                            ),
                            "ELSA (Mrs Prentice)",
                            "From November 2026",
                            "Fewer walk-outs",
                        ],
                        [
                            R(
                                "Careers interview with the independent adviser before the end of Year 10, with carers and social worker invited",
                                "other",
                                "specific",
                                U3_F_CAREERS,
                            ),
                            "Mr Mwale",
                            "Summer term 2027",
                            "Post-16 planning",
                        ],
                    ],
                    [0.46, 0.18, 0.16, 0.20],
                ),
                (
                    "p",
                    X(
                        "Mrs Halloran said Destiny is much happier at home and now does her homework at the kitchen table most evenings.",
                        "progress / home",
                    ),
                ),
            ],
        ),
        dict(
            file=U3_NURSE,
            header="Ashwell Child Development Centre - Neurodevelopmental Nursing",
            footer="Page {n} of {m}",
            blocks=[
                (
                    "small",
                    "Child Development Centre, 4 Beacon Street, Ashwell AC6 3JB   Telephone 01632 960587",
                ),
                (
                    "p",
                    "To: SEND Team, Ashwell Borough Council. Copy: Ms P. Vance, social worker; Dr H. Mistry, GP.",
                ),
                (
                    "b",
                    "Re: Destiny Arkwright (DOB 11/06/2011) - seen in ADHD clinic 8 September 2026 with her foster carer",
                ),
                (
                    "p",
                    [
                        X(
                            "Destiny was diagnosed with ADHD (combined presentation) in May 2022 and currently takes Elvanse 40 mg at 7.30 am.",
                            "diagnosis / medication",
                        ),
                        X(
                            "Her foster carer reports that she is eating well and that the stomach aches she had on the higher dose have stopped.",
                            "resolved side effect",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Destiny remains easily distracted and restless, and both she and her carer feel the medication is less effective from about 1 pm, which fits with what school describes in afternoon lessons.",
                            CL,
                            U3_B_ATT,
                        ),
                        N(
                            'She described feeling a "rush" of anger that she cannot stop once it starts, and said that she walks out of lessons to avoid hitting someone.',
                            SE,
                            U3_B_REG,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Destiny takes up to two hours to fall asleep on school nights; we have discussed sleep hygiene and I will review this in clinic.",
                            "health need managed by the clinic, stated in C",
                        )
                    ],
                ),
                ("b", "Recommendations"),
                (
                    "p",
                    [
                        R(
                            "In school, Destiny would benefit from a card she can show to leave the lesson for up to five minutes, going to an agreed place such as the learning support base, with a named adult aware each time she uses it.",
                            SE,
                            "not_specific",
                            U3_F_CARD,
                        ),
                        X(
                            "Seating near the front of the class, away from the door and window, should help with distractions.",
                            RA,
                        ),
                        X(
                            "Rest breaks and a separate room for examinations should be considered by the school's access arrangements assessor.",
                            AA,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "At home, the foster carers should keep a regular bedtime and remove Destiny's phone from her bedroom at 10 pm.",
                            HE,
                            "not_educational",
                        )
                    ],
                ),
                (
                    "p",
                    X(
                        "I did not increase her dose, as Destiny did not want to, and we agreed to review the afternoon in three months.",
                        "option considered and not chosen",
                    ),
                ),
                ("p", "Joanne Featherby, Clinical Nurse Specialist (ADHD)"),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalu-04: Brackenfold Metropolitan Borough Council; Ellis Vantongeren, 13, Year 8,
# independent special school for specific learning difficulties, funded by the council.
# layout "contributor-line-under-heading": each heading is followed by a small grey line
# naming who supplied the section and when it was last updated, as portal-built plans print.
# ---------------------------------------------------------------------------

U4_B_LIT = "Ellis has severe dyslexia. His word reading and spelling are at the 1st to 2nd percentile, and he cannot yet read most secondary-level texts independently."
U4_B_MATH = "He has dyscalculia and has not yet mastered place value, times tables or written methods of calculation."
U4_B_DCD = "Ellis has developmental coordination disorder, which affects his handwriting, his use of equipment such as rulers and compasses, and his balance in PE."
U4_B_ANX = "He experiences high anxiety about learning, especially when he fears failing in front of others, and he refused to attend his previous school for most of Year 6."
U4_B_SPEED = "His speed of processing is slow, and he needs extra time to answer questions and to finish tasks."
U4_F_LIT = "Daily specialist literacy lessons of 45 minutes in a group of no more than four pupils, taught by a specialist teacher holding AMBDA."
U4_F_IND = "One individual specialist literacy session of 30 minutes each week with the same specialist teacher."
U4_F_CLASS = "Ellis will be taught in classes of no more than eight pupils, with a teacher and a teaching assistant present in every lesson."
U4_F_NUM = "Specialist numeracy teaching using the Dynamo Maths programme, one to one, twice a week for 30 minutes."
U4_F_TYPE = "Touch-typing practice for 10 minutes every school day using the school's typing programme, with his speed recorded each half term."
U4_F_COUNS = "Access to the school counsellor."
U4_F_TA = "Support from a teaching assistant in practical subjects when needed."
U4_G_OT = "A block of six sessions of occupational therapy at school, to assess Ellis's handwriting and equipment use and to set a fine motor programme for school staff to follow."
U4_EP = "independent_ep_report.pdf"
U4_ST = "specialist_teacher_review.docx"


def _contrib(sid: str, heading: str, source: str) -> list:
    return [("H", sid, heading, "h2"), ("small", source)]


CASE_04 = dict(
    name="case-evalu-04",
    layout="contributor-line-under-heading",
    summary=(
        "Brackenfold Metropolitan Borough Council; Ellis Vantongeren, 13, Year 8 at Hollins Mead School, "
        "an independent special school for pupils with specific learning difficulties, funded by the "
        "council (dyslexia, dyscalculia, developmental coordination disorder, anxiety). Every heading is "
        "followed by a grey line naming the contributor and the date last updated. Independent "
        "educational psychologist's report commissioned by the family; the school's specialist teacher's "
        "review with assessment tables."
    ),
    note="The contributor lines under the headings are not section content. Occupational therapy to set a programme for school staff stands in G: wrong_section. Self-care difficulties (laces, cutlery) are a need of their own that B's description of DCD does not state.",
    plan=dict(
        file="plan.pdf",
        sans=True,
        accent="2E4A7D",
        header="Brackenfold MBC  |  EHC Plan  |  Ellis Vantongeren",
        footer="Printed from the Brackenfold SEND Hub, 05/11/2026 - page {n} of {m}",
        blocks=[
            ("org", "Brackenfold Metropolitan Borough Council"),
            ("title", "Education, Health and Care Plan (Final)"),
            (
                "kv",
                [
                    ("Child or young person", "Ellis Vantongeren"),
                    ("Date of birth", "29/09/2013"),
                    ("Plan reference", "BMBC-EHCP-0093317"),
                    ("Date of this plan", "05/11/2026 (following annual review)"),
                ],
            ),
            *_contrib(
                "A",
                "Section A - About me: my views, interests and aspirations",
                "Contributed by: Ellis and his parents. Last updated: 14/10/2026",
            ),
            (
                "S",
                "A",
                "Ellis loves building with LEGO Technic, cooking with his dad and watching motor racing.",
            ),
            (
                "p",
                "Ellis says Hollins Mead is the first school where he has not felt stupid. He wants to be an engineer. His parents want him to stay at Hollins Mead until he is 16 and to leave with qualifications in maths, English and design technology.",
            ),
            *_contrib(
                "B",
                "Section B - Special educational needs",
                "Contributed by: SEND Case Officer, from the advice listed in Section K. Last updated: 05/11/2026",
            ),
            ("S", "B", U4_B_LIT),
            ("p", U4_B_MATH),
            ("p", U4_B_DCD),
            ("p", U4_B_ANX),
            ("p", U4_B_SPEED),
            *_contrib(
                "C",
                "Section C - Health needs related to SEN",
                "Contributed by: Designated Clinical Officer. Last updated: 21/09/2026",
            ),
            (
                "S",
                "C",
                "Ellis was diagnosed with developmental coordination disorder by the community paediatrician in 2020. He has no other health needs related to his SEN.",
            ),
            *_contrib(
                "D",
                "Section D - Social care needs related to SEN",
                "Contributed by: SEND Case Officer. Last updated: 21/09/2026",
            ),
            ("S", "D", "No social care needs identified."),
            *_contrib(
                "E",
                "Section E - Outcomes",
                "Contributed by: Hollins Mead School and SEND Case Officer. Last updated: 05/11/2026",
            ),
            (
                "S",
                "E",
                "By the end of Year 9 Ellis will read texts at a 10 to 11-year-old level with 95% accuracy.",
            ),
            (
                "p",
                "By the end of Key Stage 3 Ellis will use written methods to add, subtract and multiply three-digit numbers.",
            ),
            (
                "p",
                "By July 2027 Ellis will take part in every lesson, including reading in small groups, without asking to leave.",
            ),
            *_contrib(
                "F",
                "Section F - Special educational provision",
                "Contributed by: Hollins Mead School and SEND Case Officer. Last updated: 05/11/2026",
            ),
            (
                "S",
                "F",
                "Hollins Mead School will make the following provision throughout the school year.",
            ),
            (
                "bul",
                [
                    F(U4_F_CLASS, True),
                    F(U4_F_LIT, True),
                    F(U4_F_IND, True),
                    F(U4_F_NUM, True),
                    F(U4_F_TYPE, True),
                    F(U4_F_COUNS, False),
                    F(U4_F_TA, False),
                ],
            ),
            *_contrib(
                "G",
                "Section G - Health provision",
                "Contributed by: Designated Clinical Officer. Last updated: 21/09/2026",
            ),
            ("S", "G", U4_G_OT),
            ("p", "Annual review by the community paediatrician."),
            *_contrib(
                "H1",
                "Section H1 - Social care provision (CSDPA 1970 s.2)",
                "Contributed by: Children's Social Care. Last updated: 21/09/2026",
            ),
            ("S", "H1", "Not applicable."),
            *_contrib(
                "H2",
                "Section H2 - Other social care provision",
                "Contributed by: Children's Social Care. Last updated: 21/09/2026",
            ),
            ("S", "H2", "Not applicable at present."),
            *_contrib(
                "I", "Section I - Placement", "Contributed by: SEND Panel. Last updated: 05/11/2026"
            ),
            (
                "S",
                "I",
                "Hollins Mead School, Hollins Lane, Brackenfold KB12 8UE (independent special school approved under section 41 of the Children and Families Act 2014), day placement funded by Brackenfold MBC.",
            ),
            *_contrib(
                "J",
                "Section J - Personal budget",
                "Contributed by: SEND Case Officer. Last updated: 21/09/2026",
            ),
            ("S", "J", "A personal budget was discussed and Ellis's parents did not request one."),
            *_contrib(
                "K",
                "Section K - Advice and information",
                "Contributed by: SEND Case Officer. Last updated: 05/11/2026",
            ),
            (
                "S",
                "K",
                "Independent educational psychology report (Dr O. Featherstonehaugh, July 2026, commissioned by Ellis's parents); Hollins Mead specialist teacher annual review report (October 2026); paediatric summary (2020).",
            ),
        ],
    ),
    reports=[
        dict(
            file=U4_EP,
            header="Featherstonehaugh Psychology Ltd - Independent Educational Psychology",
            footer="Ellis Vantongeren - report dated 24 July 2026 - page {n} of {m}",
            blocks=[
                ("org", "Featherstonehaugh Psychology Ltd"),
                (
                    "small",
                    "Dr Oriel Featherstonehaugh, CPsychol, HCPC PYL03982   |   18 Cedar Walk, Brackenfold KB12 3AA   |   oriel@example.org",
                ),
                ("title", "Educational Psychology Report: Ellis Vantongeren"),
                (
                    "p",
                    X(
                        "This report was commissioned by Ellis's parents, Mr and Mrs Vantongeren, to inform the annual review of Ellis's EHC plan and to give an independent view of his needs after his first year at Hollins Mead School.",
                        "purpose",
                    ),
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        X(
                            "Ellis attended Fenwick Lane Primary School until Year 6, where he received small-group phonics and a reading recovery programme with limited effect.",
                            "history",
                        ),
                        X(
                            "He refused to go to school for most of Year 6 and his mother reports that he was sick most mornings before school.",
                            "history (anxiety, now reduced)",
                        ),
                        X(
                            "He joined Hollins Mead in September 2025 following a tribunal appeal and now attends every day.",
                            "history / progress",
                        ),
                    ],
                ),
                ("h", 2, "Assessment"),
                (
                    "grid",
                    [
                        ["Measure", "Standard score", "Percentile"],
                        ["WISC-V Verbal Comprehension", "111", "77"],
                        ["WISC-V Visual Spatial", "116", "86"],
                        ["WISC-V Fluid Reasoning", "106", "66"],
                        ["WISC-V Working Memory", "85", "16"],
                        ["WISC-V Processing Speed", "75", "5"],
                        ["WIAT-III Word Reading", "66", "1"],
                        ["WIAT-III Spelling", "68", "2"],
                        ["WIAT-III Numerical Operations", "72", "3"],
                        ["Beery VMI Motor Coordination", "70", "2"],
                    ],
                    [0.55, 0.25, 0.2],
                ),
                (
                    "p",
                    [
                        X(
                            "Ellis's visual-spatial reasoning is a clear strength, in the high average range, and is consistent with his parents' account of his talent for construction and design.",
                            "strength / test result",
                        ),
                        X(
                            "His single-word reading has improved by 6 standard score points since his last assessment in 2024, which represents real progress given the severity of his difficulties.",
                            "progress",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Ellis's word reading and spelling remain severely impaired and he relies on an adult or text-to-speech to access almost all written material.",
                            CL,
                            U4_B_LIT,
                        ),
                        N(
                            "In mathematics he has little understanding of place value and cannot recall multiplication facts beyond the two and ten times tables, which fits a diagnosis of dyscalculia.",
                            CL,
                            U4_B_MATH,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "His processing speed is in the low range, and Ellis took roughly twice as long as expected to complete timed tasks, often running out of time even when he knew the answers.",
                            CL,
                            U4_B_SPEED,
                        ),
                        N(
                            'During conversation and testing Ellis had marked word-finding difficulties, often saying "the thing" or describing an object rather than naming it, and he lost his train of thought while searching for words.',
                            CI,
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Ellis's handwriting is slow, large and poorly formed, and he struggled to use a ruler or protractor accurately in the maths tasks.",
                            SP,
                            U4_B_DCD,
                        ),
                        N(
                            "He remains anxious whenever he might be seen to fail: when I asked him to read aloud, he went pale, said he felt sick and asked to stop.",
                            SE,
                            U4_B_ANX,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                ("p", "Ellis continues to need a specialist placement. Within it, I recommend:"),
                (
                    "bul",
                    [
                        R(
                            "Ellis should be taught in a class of no more than eight pupils with a teacher and a teaching assistant present in every lesson.",
                            CL,
                            "specific",
                            U4_F_CLASS,
                        ),
                        R(
                            "Daily specialist literacy teaching in a small group of no more than four pupils, for at least 45 minutes, from a teacher with AMBDA or equivalent.",
                            CL,
                            "specific",
                            U4_F_LIT,
                        ),
                        R(
                            "In addition, two individual sessions of 30 minutes each week with his specialist teacher, so that the programme can move at his pace.",
                            CL,
                            "less",
                            U4_F_IND,
                        ),
                        R(
                            "A speech and language therapist should assess Ellis's word-finding and set a vocabulary programme to be delivered in school at least twice a week.",
                            CI,
                            "missing_from_f",
                        ),
                        R(
                            "A block of occupational therapy (around six sessions) to assess his handwriting and equipment use and to set a fine motor programme that school staff deliver.",
                            SP,
                            "wrong_section",
                            U4_G_OT,
                            {"section": "G"},
                        ),
                        R(
                            "Ellis needs weekly sessions of 45 minutes with the school counsellor, using a CBT-informed approach to his anxiety about failure, for at least two terms.",
                            SE,
                            "not_specific",
                            U4_F_COUNS,
                        ),
                    ],
                ),
                (
                    "p",
                    "Reasonable adjustments that Hollins Mead already makes, and which should continue, are:",
                ),
                (
                    "bul",
                    [
                        X("A reader and 25% extra time in assessments.", AA),
                        X("Rest breaks in long tests.", AA),
                        X("Never being asked to read aloud without warning.", RA),
                    ],
                ),
                (
                    "p",
                    X(
                        "I considered whether Ellis might benefit from a reduced timetable to lower his anxiety, but do not recommend it, because full attendance is one of his real achievements this year.",
                        "option considered and not recommended",
                    ),
                ),
            ],
        ),
        dict(
            file=U4_ST,
            header="Hollins Mead School - Annual Review: Specialist Teacher Report",
            footer="Hollins Mead School, Hollins Lane, Brackenfold KB12 8UE - 01632 960845",
            blocks=[
                ("title", "Specialist Teacher Report for Annual Review"),
                (
                    "kv",
                    [
                        ("Pupil", "Ellis Vantongeren, Year 8"),
                        (
                            "Author",
                            "Mrs Bethan Oakridge, Head of Specialist Teaching (AMBDA, AMBDA Numeracy)",
                        ),
                        ("Date", "9 October 2026"),
                    ],
                ),
                ("h", 2, "Progress this year"),
                (
                    "table",
                    [
                        ["Assessment", "Sept 2025", "Sept 2026", "Change"],
                        ["Single-word reading (SS)", "62", "66", "+4"],
                        ["Spelling (SS)", "65", "68", "+3"],
                        ["Typing speed (wpm)", "6", "15", "+9"],
                        ["Number facts to 20 (correct in 2 minutes)", "9", "17", "+8"],
                    ],
                    {"widths": [0.46, 0.18, 0.18, 0.18]},
                ),
                (
                    "p",
                    [
                        X(
                            "Ellis has made steady progress in every area we measure, and he now reads simple chapter books with support.",
                            "progress",
                        ),
                        X(
                            "He is popular with his classmates and has been elected to the school council.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 2, "Current difficulties"),
                (
                    "p",
                    [
                        N(
                            "Ellis's spelling is still very weak; he can spell most consonant-vowel-consonant words but not words with vowel digraphs or common suffixes.",
                            CL,
                            U4_B_LIT,
                        ),
                        N(
                            "He counts on his fingers for number bonds within 20 and does not yet understand the value of digits in three-digit numbers.",
                            CL,
                            U4_B_MATH,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "At lunch and after PE Ellis needs adult help to tie his laces, fasten buttons and cut up his food, which embarrasses him in front of his friends.",
                            SP,
                            None,
                        )
                    ],
                ),
                ("h", 2, "Recommendations for the coming year"),
                (
                    "bul",
                    [
                        R(
                            "One-to-one Dynamo Maths sessions should increase to three times a week for 30 minutes, because twice a week has not been enough to secure number facts.",
                            CL,
                            "less",
                            U4_F_NUM,
                        ),
                        R(
                            "Daily touch-typing practice of 10 minutes should continue, with speed measured each half term.",
                            SP,
                            "specific",
                            U4_F_TYPE,
                        ),
                        R(
                            "At home, his parents could use a times-tables game app for five minutes a day.",
                            CL,
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "Ellis's parents and the school agree that he is in the right placement and that no change is needed.",
                        "comment on placement",
                    ),
                ),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
