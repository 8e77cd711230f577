# ruff: noqa: E501
"""Set AB as data: children whose first language is not English, newly arrived families, a
Roma family and a child with profound and multiple learning difficulties in a special
school. Reports written with interpreters, reports that separate learning English as an
additional language (not a special educational need) from a learning or language
difficulty, summaries of assessments made abroad, non-verbal and dynamic assessment, a
speech and language assessment in the home language, a Gypsy, Roma and Traveller education
service note, and a physiotherapist's and a multi-sensory impairment teacher's advice.

Four plan layouts no earlier set has: a language panel before Section A, headings in the
child's name ("Zofia's special educational needs"), a translated summary for the family
after Section K, and sections grouped under themed headings with lettered subheadings.

Every name, council, school, service and professional is invented. Postcodes use areas
that do not exist and phone numbers are in the 01632 960xxx range. Markers are those of
evaluation_kit.dataset.
"""

# ---------------------------------------------------------------------------
# case-evalab-01: Harnley Vale Metropolitan Borough Council; Farid Ahmadzai, 9, Year 4,
# Dari speaker, arrived 18 months ago. layout "language-panel-first": a boxed panel about
# the family's language and interpreting needs comes before Section A; headings are
# "Section B - Special educational needs" in bold.
# ---------------------------------------------------------------------------

B1_WM = "Farid has difficulties with working memory, which affect how much new information he can hold in mind at once."
B1_REP = "He needs a great deal of repetition to learn new skills and does not easily apply a strategy he has learnt to a new task."
B1_LIT = "Farid's literacy and numeracy skills are well below those expected for his age, including letter sounds and early number."
B1_ANX = "Farid becomes anxious and may leave the classroom when he does not understand what is happening."
B1_SEQ = "He has difficulty sequencing and retelling events, in Dari as well as in English."

F1_PT = "Precision teaching for number and high-frequency words, 10 minutes a day in a small group, delivered by a trained teaching assistant."
F1_PRE = (
    "Pre-teaching of key vocabulary and concepts before new topics, once a week for 15 minutes."
)
F1_KEY = "Access to a key adult as required."
F1_EAL = "EAL small-group teaching three times a week for 30 minutes, with dual-language key word lists in Dari and English."
F1_TRAIN = "Training for all staff who teach Farid from the Ethnic Minority Achievement Service, on telling the difference between learning English and special educational needs and on trauma-informed practice, by the end of the spring term 2027."
F1_BIL = "Bilingual support in Dari from the school's bilingual teaching assistant for 30 minutes a week."
F1_VIS = "A personal visual timetable on Farid's desk, with picture prompts for the classroom routines, checked with him at the start of each lesson."
F1_DIFF = "Differentiated work across the curriculum."
F1_PEER = "Opportunities to work with supportive peers."
G1_ELSA = "Farid will have a weekly 30-minute session with the school's Emotional Literacy Support Assistant, using the picture-based feelings programme, for at least two terms."

EP1 = "ep_report.pdf"
EMAS1 = "emas_advice.docx"


def _sec1(sid: str, text: str) -> tuple:
    return ("H", sid, text, "b")


CASE_01 = dict(
    name="case-evalab-01",
    layout="language-panel-first",
    summary=(
        "Harnley Vale Metropolitan Borough Council; Farid Ahmadzai, 9, Year 4 at Castlegate Primary "
        "School, newly arrived from Afghanistan, Dari speaker (working memory, literacy and number, "
        "anxiety). The plan opens with a boxed panel on the family's language and interpreting needs "
        'before Section A; headings are bold lines "Section B - Special educational needs". '
        "EP report using non-verbal and dynamic assessment with a Dari interpreter; Ethnic Minority "
        "Achievement Service advice separating EAL from SEN."
    ),
    note="The panel before Section A (language, interpreter, translated documents) is not a section. The ELSA sessions in G are educational provision in the wrong section.",
    plan=dict(
        file="plan.pdf",
        header="Harnley Vale MBC - Education, Health and Care Plan - OFFICIAL SENSITIVE",
        footer="Farid Ahmadzai - Final EHC plan - 16 November 2026 - page {n} of {m}",
        blocks=[
            ("org", "Harnley Vale Metropolitan Borough Council - SEND Assessment and Review Team"),
            ("title", "Education, Health and Care Plan: Farid Ahmadzai"),
            (
                "small",
                "Date of birth: 14 June 2017   NHS number: withheld   Final plan issued: 16 November 2026",
            ),
            ("b", "Language and communication with the family"),
            (
                "kv",
                [
                    ("Child's first language", "Dari (also understands some Pashto)"),
                    (
                        "Parents' preferred language",
                        "Dari; Mr Ahmadzai reads English a little, Mrs Ahmadzai does not read English",
                    ),
                    (
                        "Interpreter needed for meetings",
                        "Yes - face-to-face Dari interpreter, booked by the SEND team",
                    ),
                    (
                        "Translated documents",
                        "Summary of this plan translated into Dari and sent with the English plan",
                    ),
                    ("EAL stage (Bell Foundation)", "C - Developing competence"),
                ],
            ),
            _sec1("A", "Section A - The views, interests and aspirations of Farid and his parents"),
            (
                "S",
                "A",
                "Farid told the interpreter that he likes football, drawing cars and playing with his cousin Omid at the weekend.",
            ),
            (
                "p",
                "His parents want him to learn to read and write well in English and in Dari, and hope he will be an engineer like his grandfather.",
            ),
            _sec1("B", "Section B - Special educational needs"),
            (
                "S",
                "B",
                "Farid's first language is Dari and he has been learning English for 18 months; learning English is not in itself a special educational need, and the needs below are those that advice shows are present in both of his languages.",
            ),
            ("b", "Cognition and learning"),
            ("p", [B1_WM, B1_REP]),
            ("p", B1_LIT),
            ("b", "Communication and interaction"),
            ("p", B1_SEQ),
            ("b", "Social, emotional and mental health"),
            ("p", B1_ANX),
            _sec1("C", "Section C - Health needs which relate to special educational needs"),
            (
                "S",
                "C",
                "Farid's hearing and vision were checked by the school nurse in May 2025 and are normal; he has no diagnosed health condition.",
            ),
            _sec1("D", "Section D - Social care needs which relate to special educational needs"),
            (
                "S",
                "D",
                "The family is supported by the council's refugee resettlement team; no social care needs relating to Farid's special educational needs have been identified.",
            ),
            _sec1("E", "Section E - Outcomes"),
            (
                "S",
                "E",
                "By July 2027 Farid will read and write the 100 most common English words and know all Phase 3 letter sounds.",
            ),
            (
                "p",
                "By July 2027 Farid will tell an adult when he does not understand, in Dari or English, instead of leaving the room.",
            ),
            (
                "p",
                "By the end of Year 5 Farid will count, compare and add numbers to 20 using apparatus.",
            ),
            _sec1("F", "Section F - Special educational provision"),
            (
                "S",
                "F",
                "The following provision will be made by Castlegate Primary School, funded from the school's notional SEN budget and top-up funding at band 3.",
            ),
            ("b", "Cognition and learning"),
            ("bul", [("F", F1_PT, True), ("F", F1_PRE, True), ("F", F1_DIFF, False)]),
            ("b", "Communication and language"),
            ("bul", [("F", F1_EAL, True), ("F", F1_BIL, True), ("F", F1_VIS, True)]),
            ("b", "Social, emotional and mental health"),
            ("bul", [("F", F1_KEY, False), ("F", F1_PEER, False)]),
            ("b", "Staff training"),
            ("bul", [("F", F1_TRAIN, True)]),
            _sec1("G", "Section G - Health provision"),
            ("S", "G", G1_ELSA),
            (
                "p",
                "Farid's GP will refer him to the community paediatrician if new health concerns arise.",
            ),
            _sec1(
                "H1",
                "Section H1 - Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("S", "H1", "None identified."),
            _sec1("H2", "Section H2 - Any other social care provision"),
            ("S", "H2", "None identified at this time."),
            _sec1("I", "Section I - Placement"),
            (
                "S",
                "I",
                "Castlegate Primary School, Harnley Road, Harnley Vale HF9 2QZ (mainstream community primary school).",
            ),
            _sec1("J", "Section J - Personal budget"),
            (
                "S",
                "J",
                "A personal budget was explained to Mr Ahmadzai through the interpreter; the family has not requested one.",
            ),
            _sec1("K", "Section K - Advice and information"),
            (
                "S",
                "K",
                "Educational psychology advice, Dr Lydia Brannigan (September 2026); Ethnic Minority Achievement Service advice, Ms Nasrin Qaderi (September 2026); school advice (September 2026); school nurse advice (August 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=EP1,
            header="Harnley Vale Educational Psychology Service",
            footer="Psychological advice - Farid Ahmadzai - CONFIDENTIAL - page {n} of {m}",
            blocks=[
                ("title", "Psychological advice for an EHC needs assessment"),
                (
                    "kv",
                    [
                        ("Name", "Farid Ahmadzai (date of birth 14 June 2017)"),
                        ("School", "Castlegate Primary School, Year 4"),
                        (
                            "Educational psychologist",
                            "Dr Lydia Brannigan, Senior Educational Psychologist",
                        ),
                        ("Interpreter", "Mr Hamid Rahimi (Dari)"),
                        ("Dates seen", "8 and 15 September 2026"),
                    ],
                ),
                ("h", 2, "1. Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Farid arrived in the UK with his parents and two younger sisters in March 2025, after two years in Pakistan.",
                            "history",
                        ),
                        (
                            "X",
                            "School records from Peshawar, translated for the school, show that Farid attended a community school for about a year, where he was taught in Pashto and Urdu, and that no concerns about his learning were recorded there.",
                            "summary of earlier schooling abroad",
                        ),
                    ],
                ),
                (
                    "p",
                    "Mr Ahmadzai said that Farid talked later than his sisters, but the family had no access to health checks at the time and there are no records of his early development.",
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "The assessment was carried out with Mr Rahimi present throughout; Farid chose to answer mostly in Dari and switched to English for numbers and school words.",
                            "assessment process",
                        ),
                    ],
                ),
                ("h", 2, "2. Why I used non-verbal and dynamic assessment"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Standardised tests normed on children who have grown up speaking English would underestimate Farid's ability, so I used non-verbal tasks and a test-teach-retest (dynamic) approach, which shows how he learns when he is taught rather than only what he already knows.",
                            "method, argued",
                        ),
                        (
                            "X",
                            "It is important to say that a difficulty in learning English is not, on its own, a special educational need, and the school was right to put EAL support in place first.",
                            "argument about the law, not a need",
                        ),
                    ],
                ),
                ("h", 2, "3. What the assessment showed"),
                (
                    "p",
                    [
                        (
                            "X",
                            "On the Raven's Coloured Progressive Matrices his score fell at the 9th centile, which must be read with caution because the norms were not gathered on children with his background.",
                            "test result",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Farid's working memory is a significant weakness: on the non-verbal sequencing tasks he could hold only two items in mind, where most children of his age hold four or five.",
                            "cognition_learning",
                            B1_WM,
                        ),
                        (
                            "N",
                            "During the mediated learning sessions he needed the same strategy modelled many times before he used it, and he did not carry a strategy over from one task to a very similar one the following week.",
                            "cognition_learning",
                            B1_REP,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "His early number skills are well below what would be expected for his age, even on tasks that need no English: he cannot yet reliably say which of two groups of up to ten objects has more.",
                            "cognition_learning",
                            B1_LIT,
                        ),
                        (
                            "X",
                            "He responded well to praise and to concrete apparatus, and his effort did not fade across either session.",
                            "strength",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Farid's fine motor control is weak: his pencil grip is immature, and his letters are large, poorly formed and often reversed.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "4. Emotional well-being"),
                (
                    "p",
                    [
                        (
                            "N",
                            "School report that Farid is highly anxious when he cannot follow what is happening, and at these times he has hidden under tables or walked out of the classroom.",
                            "semh",
                            B1_ANX,
                        ),
                        (
                            "N",
                            "Mr Ahmadzai described nightmares and a strong startle response to sudden loud noises, which in my view may be linked to Farid's experiences before arriving in the UK and which affect his readiness to learn in a busy classroom.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    "I have not found evidence that Farid's difficulties in school arise from behaviour he chooses; when he is calm and understands the task he works hard.",
                ),
                ("h", 2, "5. Summary and recommendations"),
                (
                    "p",
                    "In my view Farid has a learning difficulty that is present in his first language as well as in English and is not explained by his stage of learning English or by his interrupted schooling alone.",
                ),
                (
                    "bul",
                    [
                        (
                            "R",
                            "Farid should have a daily small-group precision teaching session of 10 minutes for number and for high-frequency words, delivered by a trained teaching assistant.",
                            "cognition_learning",
                            "specific",
                            F1_PT,
                        ),
                        (
                            "R",
                            "New learning should be broken into small steps with plenty of overlearning, and he will need a pre-teaching session of 15 minutes before new work in mathematics and topic, three times a week.",
                            "cognition_learning",
                            "less",
                            F1_PRE,
                        ),
                        (
                            "R",
                            "A trauma-informed key adult whom Farid can go to when he is frightened, with a five-minute check-in at the start of every school day and a named place to go to calm down.",
                            "semh",
                            "not_specific",
                            F1_KEY,
                        ),
                        (
                            "R",
                            "Farid should have a weekly 30-minute session with the school's ELSA, using a picture-based emotions programme, for at least two terms.",
                            "semh",
                            "wrong_section",
                            G1_ELSA,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "I recommend a further dynamic assessment by the educational psychologist in the summer term 2027, to check how Farid has responded to the teaching above and to revise the advice.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "Mr Ahmadzai was encouraged to keep reading and telling stories with Farid in Dari at home, since a strong home language supports the learning of English.",
                            "communication_interaction",
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "p",
                    "Dr Lydia Brannigan, Senior Educational Psychologist (HCPC registered). Telephone 01632 960233.",
                ),
            ],
        ),
        dict(
            file=EMAS1,
            blocks=[
                ("org", "Harnley Vale Ethnic Minority Achievement Service (EMAS)"),
                ("title", "Advice on English as an additional language"),
                (
                    "kv",
                    [
                        ("Pupil", "Farid Ahmadzai, Year 4, Castlegate Primary School"),
                        ("Home languages", "Dari (first language), some Pashto and Urdu"),
                        (
                            "Advice written by",
                            "Ms Nasrin Qaderi, EAL and New Arrivals Consultant Teacher",
                        ),
                        ("Date", "22 September 2026"),
                    ],
                ),
                ("h", 2, "Progress in English"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Farid joined Castlegate Primary in April 2025 at the very early stage of English (Bell Foundation band A) and is now at band C, Developing competence.",
                            "progress in English",
                        ),
                        (
                            "X",
                            "This rate of progress in English is within the range we would expect and does not, of itself, suggest a learning difficulty.",
                            "argued: EAL is not SEN",
                        ),
                    ],
                ),
                (
                    "p",
                    "His conversational English in the playground is now good, and he can follow familiar class routines without help.",
                ),
                ("h", 2, "Assessment in Dari"),
                (
                    "p",
                    [
                        (
                            "X",
                            "I assessed Farid's first language with our Dari-speaking bilingual assistant, using a picture sequence and a short story retell.",
                            "method",
                        ),
                        (
                            "N",
                            "However, in both Dari and English Farid had difficulty retelling a simple four-picture sequence in order, which suggests a difficulty that is not explained by his stage of learning English.",
                            "communication_interaction",
                            B1_SEQ,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "He finds it very hard to learn letter-sound links and, after 18 months of daily phonics teaching, knows 12 of the 31 sounds taught in Phases 2 and 3.",
                            "cognition_learning",
                            B1_LIT,
                        ),
                        (
                            "N",
                            "Farid rarely asks for help and will copy from the child next to him rather than say that he does not understand.",
                            "communication_interaction",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "Support in place"),
                (
                    "table",
                    [
                        ["Support", "Since", "Our comment"],
                        [
                            "EAL new-arrivals group, 4 x 30 minutes a week",
                            "April 2025",
                            "Now reduced to 3 sessions as his English has grown",
                        ],
                        [
                            "Dari-speaking buddy in class",
                            "April 2025",
                            "Works well; Farid relies on him",
                        ],
                        ["Dual-language picture dictionary", "September 2025", "Used daily"],
                    ],
                    {"widths": [0.45, 0.2, 0.35]},
                ),
                ("h", 2, "Our advice"),
                (
                    "p",
                    [
                        (
                            "R",
                            "Farid should continue to have EAL support in a small group for 30 minutes three times a week, using visuals and dual-language key word lists.",
                            "communication_interaction",
                            "specific",
                            F1_EAL,
                        ),
                        (
                            "R",
                            "A visual timetable on his desk and picture prompts for routines would reduce his anxiety at changes in the day.",
                            "communication_interaction",
                            "specific",
                            F1_VIS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "He should have Dari-speaking bilingual support for at least one hour a week, so that he can check his understanding of new concepts in his first language.",
                            "communication_interaction",
                            "less",
                            F1_BIL,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "All staff who teach Farid should receive training from EMAS on telling EAL apart from SEN and on trauma-informed practice, within the first two terms of the plan.",
                            "cognition_learning",
                            "specific",
                            F1_TRAIN,
                        ),
                        (
                            "X",
                            "We also ask that the family receive the plan and each review report in Dari, and that an interpreter is booked for every meeting.",
                            "about how the council communicates with the family, not provision for the child",
                        ),
                    ],
                ),
                (
                    "p",
                    "Ms Nasrin Qaderi, EMAS, Harnley Vale Civic Centre. Telephone 01632 960241; emas@harnleyvale.example.org",
                ),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalab-02: Brackenmoor County Council; Zofia Nowicka, 4, school nursery class,
# Polish speaker. layout "child-name-possessive-headings": Word headings that carry the
# child's name, "Section B: Zofia's special educational needs".
# ---------------------------------------------------------------------------

B2_REC = "Zofia has difficulty understanding spoken language, in Polish as well as in English."
B2_EXP = "Her spoken language is delayed in her home language as well as in English, and she does not yet join in with songs and rhymes."
B2_ATT = "She finds it hard to attend to adult-led activities and needs her name and a visual cue before she can listen."
B2_TRANS = "Zofia can become very distressed at changes of activity when she does not know what will happen next."
B2_CARE = "She needs adult help with self-care, including feeding and dressing."

F2_SALT = "Speech and language therapy from the NHS speech and language therapist, in a block of six weekly sessions each year."
F2_GROUP = "A daily 10-minute language group led by a nursery practitioner trained by the speech and language therapist, following the therapist's programme."
F2_VOCAB = "Support with vocabulary."
F2_ADULT = "Adult support at transition times and group times for 2 hours of each nursery session."
F2_NOW = "A now-and-next board with objects of reference, used at each change of activity."
F2_TRANSF = "Support for the move to Reception."
F2_QUIET = "Access to a quiet area when needed."
F2_CARE = "An adult will sit with Zofia at snack and lunch and help her with her coat at each outdoor time, reducing help as she learns."
G2_TRAIN = "The speech and language therapy service will train the nursery staff to run the language group and to use signing with Zofia, in the spring term 2027."

SALT2 = "salt_report.pdf"
NURS2 = "nursery_report.docx"


def _sec2(sid: str, text: str) -> tuple:
    return ("H", sid, text, "h2")


CASE_02 = dict(
    name="case-evalab-02",
    layout="child-name-possessive-headings",
    summary=(
        "Brackenmoor County Council; Zofia Nowicka, 4, in the nursery class of St Wilfrid's "
        "Catholic Primary School, Polish speaker, arrived August 2025 (language disorder in both "
        "languages, attention, self-care). Word headings carry the child's name: \"Section B: "
        "Zofia's special educational needs\". SALT report from an assessment in Polish with a "
        "bilingual co-worker, summarising a speech therapist's assessment in Poland; nursery report."
    ),
    note="The SALT's training of nursery staff placed in G is educational provision in the wrong section. Support already given (home language cards, a Polish-speaking volunteer) is not a recommendation.",
    plan=dict(
        file="plan.docx",
        footer="Brackenmoor County Council | EHC plan | Zofia Nowicka | Final",
        blocks=[
            (
                "org",
                "Brackenmoor County Council - Special Educational Needs and Disabilities Service",
            ),
            ("title", "Zofia's Education, Health and Care Plan"),
            (
                "small",
                "Zofia Nowicka   Date of birth: 19 January 2022   Final plan: 2 November 2026   Plan co-ordinator: Helen Oyelaran",
            ),
            _sec2(
                "A", "Section A: Zofia's views, interests and aspirations, and those of her parents"
            ),
            (
                "S",
                "A",
                "Zofia likes the sand tray, the home corner and being pushed high on the swing.",
            ),
            (
                "p",
                "Mr and Mrs Nowicki (met with a Polish interpreter) want Zofia to be able to tell them about her day and to make friends at school.",
            ),
            _sec2("B", "Section B: Zofia's special educational needs"),
            (
                "S",
                "B",
                "The advice agrees that Zofia's difficulties are present in Polish, the language she has heard since birth, and are not explained by her learning English.",
            ),
            ("bul", [B2_REC, B2_EXP, B2_ATT, B2_TRANS, B2_CARE]),
            _sec2("C", "Section C: Zofia's health needs"),
            (
                "S",
                "C",
                "Zofia's hearing was tested by the audiology clinic in July 2026 and is within normal limits.",
            ),
            _sec2("D", "Section D: Zofia's social care needs"),
            ("S", "D", "Zofia has no social care needs related to her special educational needs."),
            _sec2("E", "Section E: Zofia's outcomes"),
            (
                "S",
                "E",
                "By July 2027 Zofia will follow instructions with two key words in Polish and in English.",
            ),
            (
                "p",
                "By July 2027 Zofia will use three-word phrases to ask for things and to comment in her play.",
            ),
            (
                "p",
                "By the end of Reception Zofia will manage changes of activity using her now-and-next board without becoming distressed.",
            ),
            _sec2("F", "Section F: The special educational provision Zofia needs"),
            (
                "S",
                "F",
                "St Wilfrid's nursery class will put in place the following, with top-up funding from Brackenmoor County Council.",
            ),
            (
                "bul",
                [
                    ("F", F2_SALT, True),
                    ("F", F2_GROUP, True),
                    ("F", F2_VOCAB, False),
                    ("F", F2_ADULT, True),
                    ("F", F2_NOW, True),
                    ("F", F2_CARE, True),
                    ("F", F2_QUIET, False),
                    ("F", F2_TRANSF, False),
                ],
            ),
            _sec2("G", "Section G: Zofia's health provision"),
            (
                "S",
                "G",
                "Audiology review in July 2027 at the Brackenmoor children's hearing clinic.",
            ),
            ("p", G2_TRAIN),
            _sec2(
                "H1",
                "Section H1: Zofia's social care provision under the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("S", "H1", "No provision is required under section 2 of the Act."),
            _sec2("H2", "Section H2: Zofia's other social care provision"),
            ("S", "H2", "No other social care provision is required."),
            _sec2("I", "Section I: Zofia's placement"),
            (
                "S",
                "I",
                "Nursery class, St Wilfrid's Catholic Primary School, Church Row, Brackenmoor KB12 6WD, for 15 hours a week.",
            ),
            _sec2("J", "Section J: Zofia's personal budget"),
            ("S", "J", "Not requested."),
            _sec2("K", "Section K: Advice and information used in Zofia's plan"),
            (
                "S",
                "K",
                "Speech and language therapy report (Aisling Maguire, September 2026); nursery report (Rachel Dunmore, September 2026); audiology letter (July 2026); parents' views, given through a Polish interpreter.",
            ),
        ],
    ),
    reports=[
        dict(
            file=SALT2,
            header="Brackenmoor Community Health NHS Trust - Children's Speech and Language Therapy",
            footer="SALT advice for EHC needs assessment - Zofia Nowicka - page {n} of {m}",
            sans=True,
            blocks=[
                ("title", "Speech and language therapy advice"),
                (
                    "kv",
                    [
                        ("Child", "Zofia Nowicka, born 19 January 2022"),
                        ("Languages", "Polish at home; English at nursery since September 2025"),
                        (
                            "Therapist",
                            "Aisling Maguire, Specialist Speech and Language Therapist (bilingual caseload)",
                        ),
                        ("Bilingual co-worker", "Mrs Ewa Grabowska (Polish)"),
                        ("Seen", "Nursery 3 September 2026; home 10 September 2026"),
                    ],
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Zofia was born in Gdansk and came to England with her parents in August 2025; Polish is the only language spoken at home.",
                            "history",
                        ),
                        (
                            "X",
                            "Her health records from Poland, translated for this assessment, show that her early motor milestones were within normal limits and that her newborn hearing screen was clear.",
                            "summary of records from abroad",
                        ),
                        (
                            "X",
                            "A speech therapist (logopeda) in Gdansk saw her in March 2025, noted late first words and advised that she be seen again in six months, which did not happen because the family moved.",
                            "earlier assessment abroad, history",
                        ),
                    ],
                ),
                ("h", 2, "Assessment"),
                (
                    "p",
                    "Because standardised English tests are not valid for a child who is at an early stage of learning English, I assessed Zofia mainly in Polish, with Mrs Grabowska, using play-based tasks, informal Polish picture materials and her parents' report.",
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Assessed in Polish, Zofia's understanding of language was well below what would be expected for her age: she followed instructions with one key word, but not with two.",
                            "communication_interaction",
                            B2_REC,
                        ),
                        (
                            "N",
                            "Her expressive language in Polish consists mainly of two-word phrases, often with the verb missing ('mama car').",
                            "communication_interaction",
                            B2_EXP,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Zofia's speech is unclear even to her parents: she leaves off the ends of words and replaces most sounds made at the back of the mouth with sounds made at the front.",
                            "communication_interaction",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Her attention for adult-led activities is very short, and she needs her name to be called and a visual cue before she can listen to an instruction.",
                            "cognition_learning",
                            B2_ATT,
                        ),
                    ],
                ),
                ("h", 2, "Clinical impression"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Because these difficulties are present in Polish, the language she has heard since birth, they cannot be explained by her learning English as an additional language.",
                            "argued: not an EAL difficulty",
                        ),
                        (
                            "X",
                            "The profile is consistent with developmental language disorder, although any diagnosis at this age is provisional and will be reviewed when she is five.",
                            "provisional diagnosis",
                        ),
                    ],
                ),
                (
                    "p",
                    "Her play skills, in contrast, are close to what would be expected for her age, and she uses gesture well to get her message across.",
                ),
                ("h", 2, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Who", "How often"],
                        [
                            (
                                "R",
                                "Direct speech and language therapy, with the bilingual co-worker, in blocks of six weekly 30-minute sessions",
                                "communication_interaction",
                                "less",
                                F2_SALT,
                            ),
                            "NHS SALT and Polish bilingual co-worker",
                            "Three blocks a year",
                        ],
                        [
                            (
                                "R",
                                "A daily language group in nursery using the programme I have written",
                                "communication_interaction",
                                "specific",
                                F2_GROUP,
                            ),
                            "Nursery practitioner trained by the SALT",
                            "Every day, 10 minutes",
                        ],
                        [
                            (
                                "R",
                                "Key vocabulary for each topic taught in Polish as well as English, with a word list sent home each half term so parents can pre-teach it",
                                "communication_interaction",
                                "not_specific",
                                F2_VOCAB,
                            ),
                            "Key person",
                            "Each half term",
                        ],
                        [
                            (
                                "R",
                                "A speech sound programme targeting final consonants",
                                "communication_interaction",
                                "missing_from_f",
                            ),
                            "Trained practitioner",
                            "3 times a week, 5 minutes",
                        ],
                        [
                            (
                                "R",
                                "Training for nursery staff in running the language group and in using signing",
                                "communication_interaction",
                                "wrong_section",
                                G2_TRAIN,
                                {"section": "G"},
                            ),
                            "SALT",
                            "Spring term 2027",
                        ],
                    ],
                    [0.5, 0.25, 0.25],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "I have advised Zofia's parents to keep speaking Polish with her at home, because switching to English would take away the rich language model that only they can give her.",
                            "communication_interaction",
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "p",
                    "Aisling Maguire, Specialist SLT, HCPC registered. Brackenmoor Child Development Centre, telephone 01632 960517.",
                ),
            ],
        ),
        dict(
            file=NURS2,
            blocks=[
                ("org", "St Wilfrid's Catholic Primary School - Nursery Class"),
                ("title", "Nursery report for Zofia's EHC needs assessment"),
                (
                    "small",
                    "Written by Rachel Dunmore, nursery teacher, and Kasia Lewandowska, Zofia's key person. 24 September 2026.",
                ),
                ("h", 2, "What Zofia enjoys"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Zofia loves the home corner and the sand tray, and she is beginning to play alongside two other Polish-speaking children.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 2, "Settling in"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Saying goodbye to her mum was very hard for Zofia in the autumn term, but she now comes in happily and waves goodbye.",
                            "resolved difficulty",
                        ),
                        (
                            "X",
                            "Staff have used the home language cards from the EAL team since October, and a Polish-speaking parent volunteer reads stories in Polish to a small group once a week.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 2, "What Zofia finds hard"),
                (
                    "bul",
                    [
                        (
                            "N",
                            "Zofia rarely starts an interaction with an adult and, when she does, it is by pulling the adult's hand towards what she wants.",
                            "communication_interaction",
                            None,
                        ),
                        (
                            "N",
                            "tantrums of up to 20 minutes at changes of activity, especially tidy-up time, when she cannot tell what is happening next",
                            "semh",
                            B2_TRANS,
                        ),
                        (
                            "N",
                            "cannot yet use a spoon without spilling most of her food and does not try to put on her own coat",
                            "sensory_physical",
                            B2_CARE,
                        ),
                        (
                            "N",
                            "does not join in with songs or rhymes, even the Polish ones her mother taught us",
                            "communication_interaction",
                            B2_EXP,
                        ),
                    ],
                ),
                ("h", 2, "What we think will help"),
                (
                    "grid",
                    [
                        ["What", "How much", "Why"],
                        [
                            (
                                "R",
                                "One-to-one adult support at changes of activity and at group time",
                                "semh",
                                "specific",
                                F2_ADULT,
                            ),
                            "About 2 hours of each 3-hour session",
                            "She is calmer and joins in when an adult is beside her",
                        ],
                        [
                            (
                                "R",
                                "A now-and-next board and objects of reference for each change of activity",
                                "communication_interaction",
                                "specific",
                                F2_NOW,
                            ),
                            "Every change of activity",
                            "To show her what is coming, as words alone are not enough",
                        ],
                        [
                            (
                                "R",
                                "A planned move to Reception in September 2027, with extra visits and a photo book in Polish and English",
                                "semh",
                                "not_specific",
                                F2_TRANSF,
                            ),
                            "Summer term 2027",
                            "Changes are hardest for her",
                        ],
                    ],
                    [0.4, 0.25, 0.35],
                ),
                (
                    "p",
                    "Mrs Nowicka told us through the interpreter that Zofia is the same at home, and that she was worried in Poland too but was told to wait.",
                ),
                ("p", "Rachel Dunmore, Nursery Teacher. Telephone 01632 960522."),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalab-03: Fenwold City Council; Denis Stoica, 11, Year 6, Roma family from Romania,
# interrupted schooling. layout "translated-summary-appendix": an English plan with Word
# headings "Section B - Special Educational Needs", followed after Section K by a summary
# for the family in Romanian. No Section J (a true finding).
# ---------------------------------------------------------------------------

B3_READ = "Denis has significant difficulties in learning to read and write, in Romanian as well as in English."
B3_SLOW = "Denis learns new skills slowly and needs frequent repetition to remember them from one week to the next."
B3_SELF = "He has low self-esteem about his learning and withdraws when work is hard."
B3_PEER = "He finds unstructured times difficult and has been involved in conflicts with other pupils at lunchtime."

F3_GRT = "Fortnightly 45-minute visits from the Gypsy, Roma and Traveller Education Service, to work with Denis in school and to link school with his family."
F3_MENTOR = "Mentoring from a trusted adult."
F3_PHON = "A structured multisensory phonics programme, delivered one-to-one by a trained teaching assistant, for 20 minutes three times a week."
F3_INSTR = "In every lesson, instructions will be given to Denis in short steps with picture or gesture support, and he will be asked to repeat them back to the adult."
F3_TRANS = "Three additional visits to his secondary school in the summer term of Year 6, accompanied by the Gypsy, Roma and Traveller Education Service worker."
F3_NURT = "Access to the school's nurture provision when needed."
H3_FRIEND = "Denis will attend the school's weekly Friendship and Belonging group, run by the learning mentor, for 45 minutes."
G3_NURSE = "The school nursing team will see Denis to check his vision and to talk with him and his mother about his sleep."

GRT3 = "grt_service_note.docx"
EP3 = "ep_report.pdf"


def _sec3(sid: str, text: str) -> tuple:
    return ("H", sid, text, "h1")


CASE_03 = dict(
    name="case-evalab-03",
    layout="translated-summary-appendix",
    summary=(
        "Fenwold City Council; Denis Stoica, 11, Year 6 at Marsh Lane Primary School, Roma family "
        "from Romania, about two years of schooling before arriving in 2023 (reading and writing, "
        "learning and memory, self-esteem, number, understanding instructions). Word headings "
        '"Section B - Special Educational Needs"; after Section K the plan carries a summary for '
        "the family in Romanian. There is no Section J. Gypsy, Roma and Traveller Education "
        "Service note; EP report with non-verbal and dynamic assessment through an interpreter."
    ),
    note="Section J (personal budget) is absent. The Romanian summary after Section K is part of the plan's last span and is not a section. The friendship group placed in H2 is educational provision in the wrong section; the school nurse's check in G is health provision.",
    plan=dict(
        file="plan.docx",
        footer="Fenwold City Council - Education, Health and Care Plan - Denis Stoica",
        blocks=[
            ("org", "Fenwold City Council - Children's Services - SEND Team"),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Name: Denis Stoica   Date of birth: 3 May 2015   Final plan: 20 November 2026   Languages: Romanian, Romani",
            ),
            (
                "small",
                "A summary of this plan in Romanian follows Section K. The family has asked for meetings with a Romanian interpreter and for no letters to be sent without a phone call first.",
            ),
            _sec3("A", "Section A - Views, Interests and Aspirations"),
            (
                "S",
                "A",
                "Denis says he is good at football and at fixing bikes with his uncle, and he wants to be a mechanic.",
            ),
            (
                "p",
                "Mrs Stoica wants Denis to learn to read so that he can get a driving licence and a good job, and she wants him to feel safe at school.",
            ),
            _sec3("B", "Section B - Special Educational Needs"),
            (
                "S",
                "B",
                "Denis had very little schooling before he came to England, and the advice is clear that his difficulties go beyond what would be expected from that and from learning English.",
            ),
            ("p", B3_READ),
            ("p", B3_SLOW),
            ("p", [B3_SELF, B3_PEER]),
            _sec3("C", "Section C - Health Needs"),
            (
                "S",
                "C",
                "Denis's vision has not been tested since he arrived in England, and he is often tired in the mornings.",
            ),
            _sec3("D", "Section D - Social Care Needs"),
            (
                "S",
                "D",
                "Denis has no assessed social care needs; the family has had help with housing from the council's housing options team.",
            ),
            _sec3("E", "Section E - Outcomes"),
            (
                "S",
                "E",
                "By the end of Year 7 Denis will read and spell consonant-vowel-consonant words and the 50 most common English words.",
            ),
            (
                "p",
                "By the end of Year 7 Denis will say he feels safe at school and will have a trusted adult to go to.",
            ),
            _sec3("F", "Section F - Special Educational Provision"),
            (
                "S",
                "F",
                "Marsh Lane Primary School, and from September 2027 his secondary school, will make the following provision.",
            ),
            (
                "num",
                [
                    ("F", F3_PHON, True),
                    ("F", F3_INSTR, True),
                    ("F", F3_GRT, True),
                    ("F", F3_MENTOR, False),
                    ("F", F3_NURT, False),
                    ("F", F3_TRANS, True),
                ],
            ),
            _sec3("G", "Section G - Health Provision"),
            ("S", "G", G3_NURSE),
            _sec3(
                "H1",
                "Section H1 - Social Care Provision (Chronically Sick and Disabled Persons Act 1970)",
            ),
            ("S", "H1", "None."),
            _sec3("H2", "Section H2 - Other Social Care Provision"),
            ("S", "H2", H3_FRIEND),
            _sec3("I", "Section I - Placement"),
            (
                "S",
                "I",
                "Marsh Lane Primary School, Fenwold AC3 8LN, until July 2027; secondary school to be named at the Year 6 annual review.",
            ),
            _sec3("K", "Section K - Advice and Information"),
            (
                "S",
                "K",
                "Gypsy, Roma and Traveller Education Service note (Mrs Claire Doherty, September 2026); educational psychology advice (Mr Owen Tallis, October 2026); school advice (September 2026).",
            ),
            ("pb",),
            ("b", "Rezumat pentru familie (în limba română)"),
            (
                "p",
                "Acest rezumat explică pe scurt planul lui Denis. Planul oficial este cel în limba engleză.",
            ),
            (
                "p",
                "Denis are greutăți mari la citit și la scris, în limba română și în limba engleză. El învață încet și are nevoie să repete lucrurile de multe ori.",
            ),
            (
                "p",
                "Școala va face cu Denis un program de citire, unu-la-unu, de trei ori pe săptămână, și va primi vizite de la serviciul pentru copiii romi și travelleri la fiecare două săptămâni.",
            ),
            (
                "p",
                "Pentru întrebări, sunați la 01632 960388. Vă putem pune la dispoziție un interpret.",
            ),
        ],
    ),
    reports=[
        dict(
            file=GRT3,
            blocks=[
                ("org", "Fenwold Gypsy, Roma and Traveller Education Service"),
                ("title", "Note for the EHC needs assessment"),
                (
                    "p",
                    "To: SEND Team, Fenwold City Council. From: Mrs Claire Doherty, GRT Education Support Worker. Date: 18 September 2026. Re: Denis Stoica, Year 6, Marsh Lane Primary School.",
                ),
                ("p", "Dear colleagues,"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Denis's family are Roma from the Craiova area of Romania; they arrived in Fenwold in 2023 and have moved house three times since, each time within the city.",
                            "history",
                        ),
                        (
                            "X",
                            "Before arriving, Denis went to school in Romania only on and off, for about two years in total, and his mother says he was often kept at home because of bullying.",
                            "history of schooling abroad",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Mrs Stoica has asked that letters are not sent home without a phone call, as neither parent reads confidently; she prefers a meeting with our Romanian-speaking worker.",
                            "about communication with the family, not a need of the child",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Denis is still not reading at all, in Romanian or in English, whereas his younger sister, who arrived at the same time, now reads simple books.",
                            "cognition_learning",
                            B3_READ,
                        ),
                        (
                            "N",
                            "He goes quiet and puts his head on the desk when he is asked to write, and staff have heard him call himself 'stupid'.",
                            "semh",
                            B3_SELF,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Denis has told me that other children call him names about being Roma, and he has been in several fights at lunchtime this year.",
                            "semh",
                            B3_PEER,
                        ),
                        (
                            "X",
                            "The school has dealt with the name-calling under its anti-bullying policy and the incidents have reduced since July.",
                            "action already taken",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "His attendance has risen from 71% in Year 4 to 89% last year, which is a real achievement for the family.",
                            "progress",
                        ),
                    ],
                ),
                ("p", "What we suggest:"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "Our service will continue to visit fortnightly, for 45 minutes each time, to work with Denis, keep in touch with the family and act as a link with school.",
                            "other",
                            "specific",
                            F3_GRT,
                        ),
                        (
                            "R",
                            "School should find a trusted adult who understands Roma culture and can mentor Denis, meeting him at least once a week.",
                            "semh",
                            "not_specific",
                            F3_MENTOR,
                        ),
                        (
                            "R",
                            "a small weekly group on friendship, identity and belonging, in school, run by the learning mentor, 45 minutes",
                            "semh",
                            "wrong_section",
                            H3_FRIEND,
                            {"section": "H2"},
                        ),
                        (
                            "R",
                            "We have encouraged the family to keep Denis's attendance above 90% and have offered help with transport on the days his mother works early.",
                            "other",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Kind regards,"),
                (
                    "p",
                    "Claire Doherty, GRT Education Support Worker. Telephone 01632 960391; grtes@fenwold.example.org",
                ),
            ],
        ),
        dict(
            file=EP3,
            header="Fenwold Educational Psychology Service",
            footer="Educational psychology advice - D. Stoica - page {n} of {m}",
            blocks=[
                ("title", "Educational psychology advice"),
                (
                    "kv",
                    [
                        ("Child", "Denis Stoica, born 3 May 2015, Year 6"),
                        ("School", "Marsh Lane Primary School"),
                        ("Psychologist", "Mr Owen Tallis, Educational Psychologist"),
                        ("Interpreter", "Mrs Ioana Petrescu (Romanian)"),
                        (
                            "Seen",
                            "25 September and 2 October 2026, with a home visit on 25 September",
                        ),
                    ],
                ),
                ("h", 2, "Approach"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Because Denis has had so little schooling, tests of attainment normed on children in England would not give a fair picture of his ability, so I used non-verbal and dynamic assessment.",
                            "method, argued",
                        ),
                        (
                            "X",
                            "With Mrs Petrescu interpreting, Denis answered confidently and was keen to show what he knew.",
                            "observation",
                        ),
                    ],
                ),
                ("h", 2, "Previous assessment"),
                (
                    "p",
                    [
                        (
                            "X",
                            "The school's assessment in Year 5 put Denis's reading age below 5 years on the Salford test, which was given in English.",
                            "earlier test result",
                        ),
                        (
                            "X",
                            "The family showed me a school report from Romania (2021) which says that Denis 'does not yet know his letters' and recommends that he repeat the year; no other assessment was made there.",
                            "summary of an assessment abroad",
                        ),
                    ],
                ),
                ("h", 2, "Findings"),
                (
                    "p",
                    [
                        (
                            "X",
                            "On the Leiter-3 his non-verbal reasoning fell in the low average range (standard score 85), which suggests that reasoning is not the main barrier to his learning.",
                            "test result",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "His phonological awareness is very weak in both languages: he could not blend three sounds into a word or say which of two words rhymed, even after teaching within the session.",
                            "cognition_learning",
                            B3_READ,
                        ),
                        (
                            "N",
                            "His memory for letter shapes is poor: after three teaching trials he recognised two of the six letters taught.",
                            "cognition_learning",
                            B3_READ,
                        ),
                        (
                            "N",
                            "In the dynamic assessment Denis needed the most intensive level of prompting, and the gains he made in a session had not been kept when I returned a week later.",
                            "cognition_learning",
                            B3_SLOW,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Denis has difficulty understanding spoken instructions with more than two parts, in Romanian as well as in English.",
                            "communication_interaction",
                            None,
                        ),
                        (
                            "N",
                            "He has marked difficulty with number: he counts to 20 by rote but cannot count a set of more than eight objects accurately or say what one more than six is.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "In my view Denis has a learning difficulty over and above the effects of interrupted schooling and of learning English, although the two cannot be fully separated at this stage.",
                            "conclusion, argued",
                        ),
                    ],
                ),
                (
                    "p",
                    "I considered recommending a specialist unit for pupils with moderate learning difficulties, but Denis is well settled at Marsh Lane, and his secondary school should be a mainstream school near his home with the support below.",
                ),
                ("h", 2, "Recommendations"),
                (
                    "num",
                    [
                        (
                            "R",
                            "Denis should follow a structured, multisensory phonics programme, delivered one-to-one by a trained teaching assistant for 20 minutes every day.",
                            "cognition_learning",
                            "less",
                            F3_PHON,
                        ),
                        (
                            "R",
                            "He needs daily number work with concrete apparatus, in a small group for 15 minutes, focused on counting, comparing and one more and one less.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "Instructions should be given in short chunks with visual support, and Denis should be asked to repeat them back.",
                            "communication_interaction",
                            "specific",
                            F3_INSTR,
                        ),
                        (
                            "R",
                            "His move to secondary school needs careful planning from the spring term of Year 6, with at least three extra visits with the GRT Education Service worker he knows.",
                            "semh",
                            "specific",
                            F3_TRANS,
                        ),
                        (
                            "R",
                            "The school nurse should see Denis about his tiredness and check his vision, which has not been tested since he arrived.",
                            "health",
                            "not_educational",
                            G3_NURSE,
                            {"section": "G"},
                        ),
                    ],
                ),
                (
                    "p",
                    "Owen Tallis, Educational Psychologist, HCPC registered. Telephone 01632 960377.",
                ),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalab-04: Ashmere Borough Council; Ruma Begum, 13, Year 9, special school for
# pupils with severe and profound learning difficulties, Sylheti-speaking family.
# layout "theme-groups-with-lettered-subheadings": the plan is grouped under five numbered
# themed headings ("2. Ruma's needs"), each holding lettered subheadings ("B: Special
# educational needs").
# ---------------------------------------------------------------------------

B4_PHYS = (
    "Ruma has profound physical disabilities and depends on adults for every change of position."
)
B4_JOINT = "She is at risk of her joints becoming stiff and tight."
B4_CVI = "Ruma has cerebral visual impairment and needs time to look at what is offered to her."
B4_HEAR = "Ruma has a moderate hearing loss in both ears and wears hearing aids."
B4_COMM = "She communicates through facial expression, vocalising and body movement, and these signals can be missed by people who do not know her."
B4_NOISE = "Ruma can become distressed in noisy places."

F4_STAND = "Use of her standing frame once a day for 30 minutes."
F4_HYDRO = (
    "Weekly hydrotherapy session of 30 minutes, with two staff trained by the physiotherapist."
)
F4_POS = "Changes of position through the day."
F4_PASS = "Ruma's communication passport and objects of reference will be used by all staff at each transition, and a touch cue will be given on her shoulder before she is moved."
F4_ADV = "Advice from the sensory support service."
F4_AIDS = "A trained member of staff will check Ruma's hearing aids every morning, and a spare set will be kept in school."
F4_VIS = "Resources will be presented in her lower left visual field, against a plain black background, within 30 centimetres of her face."
F4_TRAIN = "Multi-sensory impairment awareness training each year for the teacher and teaching assistants in Ruma's class."
F4_ROOM = "Access to the sensory room as appropriate."
G4_STRETCH = "A daily 20-minute stretching programme, carried out by classroom staff trained by the physiotherapist."
G4_REVIEW = "Half-termly physiotherapy review in school by the children's physiotherapy team, including her seating and equipment."

PHYSIO4 = "physiotherapy_report.pdf"
MSI4 = "msi_teacher_report.docx"


def _sec4(sid: str, text: str) -> tuple:
    return ("H", sid, text, "h2")


CASE_04 = dict(
    name="case-evalab-04",
    layout="theme-groups-with-lettered-subheadings",
    summary=(
        "Ashmere Borough Council; Ruma Begum, 13, Year 9 at Willowbank School (special school, "
        "severe and profound learning difficulties), profound and multiple learning difficulties "
        "with cerebral palsy, cerebral visual impairment and hearing loss; Sylheti-speaking family. "
        'The plan is grouped under five numbered themed headings ("2. Ruma\'s needs") with lettered '
        'subheadings ("B: Special educational needs"). NHS physiotherapist\'s report; qualified '
        "teacher of multi-sensory impairment's report written with a Sylheti interpreter."
    ),
    note="The stretching programme carried out by classroom staff, placed in G, is educational provision in the wrong section; the physiotherapist's own review in G is health provision. The themed group headings are not sections.",
    plan=dict(
        file="plan.pdf",
        header="Ashmere Borough Council  |  Education, Health and Care Plan",
        footer="Ruma Begum - final plan following Year 9 review - page {n} of {m}",
        blocks=[
            ("org", "Ashmere Borough Council - 0-25 SEND Service"),
            ("title", "Education, Health and Care Plan: Ruma Begum"),
            (
                "small",
                "Date of birth: 21 April 2013   Plan amended after annual review: 30 October 2026   Family's language: Sylheti (interpreter used)",
            ),
            ("h", 1, "1. About Ruma"),
            _sec4("A", "A: Ruma's views, interests and aspirations and those of her family"),
            (
                "S",
                "A",
                "Ruma smiles and vocalises when she hears her sister's voice and when warm water is poured over her hands.",
            ),
            (
                "p",
                "Her mother wants Ruma to be comfortable, to be understood by the people who care for her, and to stay at Willowbank until she is 19.",
            ),
            ("h", 1, "2. Ruma's needs"),
            _sec4("B", "B: Special educational needs"),
            (
                "S",
                "B",
                "Ruma has profound and multiple learning difficulties; she is learning at the earliest stages of development and needs adults to interpret her world for her.",
            ),
            ("p", [B4_PHYS, B4_JOINT]),
            ("p", [B4_CVI, B4_HEAR]),
            ("p", [B4_COMM, B4_NOISE]),
            _sec4("C", "C: Health needs"),
            (
                "S",
                "C",
                "Ruma has spastic quadriplegic cerebral palsy and epilepsy, and she is fed by gastrostomy; her epilepsy care plan is held by the school nurse.",
            ),
            _sec4("D", "D: Social care needs"),
            (
                "S",
                "D",
                "Ruma's family care for her at home with a package of care from the children's disability team.",
            ),
            ("h", 1, "3. Outcomes and provision"),
            _sec4("E", "E: Outcomes"),
            (
                "S",
                "E",
                "By July 2028 Ruma will show anticipation of a familiar activity when she is given its object of reference.",
            ),
            ("p", "By July 2028 Ruma will keep her hearing aids in for the whole school day."),
            _sec4("F", "F: Special educational provision"),
            (
                "S",
                "F",
                "Willowbank School will make the following provision as part of its day-to-day teaching, with the additional elements funded at Ashmere's top band.",
            ),
            (
                "bul",
                [
                    ("F", F4_PASS, True),
                    ("F", F4_AIDS, True),
                    ("F", F4_VIS, True),
                    ("F", F4_ADV, False),
                    ("F", F4_TRAIN, True),
                    ("F", F4_STAND, True),
                    ("F", F4_HYDRO, True),
                    ("F", F4_POS, False),
                    ("F", F4_ROOM, False),
                ],
            ),
            _sec4("G", "G: Health provision"),
            ("S", "G", G4_REVIEW),
            ("p", G4_STRETCH),
            (
                "p",
                "Epilepsy care plan reviewed each year by the school nurse with the paediatric epilepsy nurse specialist.",
            ),
            _sec4(
                "H1",
                "H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            (
                "S",
                "H1",
                "Short breaks at Larchfield House, two nights a month, and a personal assistant for four hours each Saturday.",
            ),
            _sec4("H2", "H2: Other social care provision"),
            ("S", "H2", "An allocated social worker from the children's disability team."),
            ("h", 1, "4. Where Ruma will learn and how it is funded"),
            _sec4("I", "I: Placement"),
            (
                "S",
                "I",
                "Willowbank School, Orchard Way, Ashmere HF14 3PY (community special school).",
            ),
            _sec4("J", "J: Personal budget"),
            (
                "S",
                "J",
                "A direct payment of 4 hours a week for a personal assistant, as set out in H1.",
            ),
            ("h", 1, "5. Advice"),
            _sec4("K", "K: Advice and information"),
            (
                "S",
                "K",
                "Physiotherapy report (Gareth Lowe, September 2026); multi-sensory impairment teacher's report (Dr Rosalind Achterberg, September 2026); Year 9 annual review report from Willowbank School (October 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=PHYSIO4,
            header="Ashmere Children's Community Health Services - Paediatric Physiotherapy",
            footer="Physiotherapy report - Ruma Begum - page {n} of {m}",
            sans=True,
            blocks=[
                ("title", "Physiotherapy report for the annual review"),
                (
                    "kv",
                    [
                        ("Name", "Ruma Begum, born 21 April 2013"),
                        ("School", "Willowbank School, Year 9"),
                        (
                            "Physiotherapist",
                            "Gareth Lowe, Highly Specialist Paediatric Physiotherapist",
                        ),
                        ("Date", "19 September 2026"),
                    ],
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Ruma has spastic quadriplegic cerebral palsy (GMFCS level V) and a diagnosis of profound and multiple learning difficulties.",
                            "diagnosis, already in the plan",
                        ),
                        (
                            "X",
                            "Her left hip surgery at the regional orthopaedic centre in February 2026 went well, and she is now pain-free in sitting.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                (
                    "p",
                    "She has a new moulded seating system (fitted June 2026) and a supine standing frame at school; her sleep system at home is managed by the wheelchair service.",
                ),
                ("h", 2, "Current presentation"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Ruma cannot change her own position and needs to be repositioned at least every 45 minutes to protect her skin and her hips.",
                            "sensory_physical",
                            B4_PHYS,
                        ),
                        (
                            "N",
                            "There is a risk of contractures developing at her knees and elbows, where the range of movement has reduced by about ten degrees since last year.",
                            "sensory_physical",
                            B4_JOINT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Her head control is poor when she is tired, which limits how well she can use her eyes to look at objects and people in the afternoons.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "By whom", "Frequency"],
                        [
                            (
                                "R",
                                "Stretching programme for knees, elbows and hips",
                                "sensory_physical",
                                "wrong_section",
                                G4_STRETCH,
                                {"section": "G"},
                            ),
                            "Classroom staff trained by the physiotherapist",
                            "Daily, 20 minutes",
                        ],
                        [
                            (
                                "R",
                                "Standing in her supine standing frame",
                                "sensory_physical",
                                "less",
                                F4_STAND,
                            ),
                            "Classroom staff",
                            "Twice a day, 30 to 40 minutes each time",
                        ],
                        [
                            ("R", "Hydrotherapy", "sensory_physical", "specific", F4_HYDRO),
                            "Two trained staff",
                            "Weekly, 30 minutes",
                        ],
                        [
                            (
                                "R",
                                "A 24-hour postural management plan, with her position changed at least every 45 minutes across the school day using the agreed positioning chart",
                                "sensory_physical",
                                "not_specific",
                                F4_POS,
                            ),
                            "All staff",
                            "Throughout the day",
                        ],
                        [
                            (
                                "R",
                                "Review of her physical management, seating and equipment",
                                "health",
                                "not_educational",
                                G4_REVIEW,
                                {"section": "G"},
                            ),
                            "NHS physiotherapist",
                            "Every half term",
                        ],
                    ],
                    [0.5, 0.28, 0.22],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "At home, the family may find it easier to do the evening stretches after Ruma's bath, when her muscles are warm.",
                            "sensory_physical",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Gareth Lowe, HCPC registered. Telephone 01632 960455."),
            ],
        ),
        dict(
            file=MSI4,
            blocks=[
                ("org", "Ashmere Sensory Support Service"),
                ("title", "Report of the Qualified Teacher of Multi-Sensory Impairment"),
                (
                    "kv",
                    [
                        ("Pupil", "Ruma Begum, Year 9, Willowbank School"),
                        (
                            "Written by",
                            "Dr Rosalind Achterberg, Qualified Teacher of Multi-Sensory Impairment (also a Qualified Teacher of the Deaf)",
                        ),
                        (
                            "Visits",
                            "Classroom observation 11 September 2026; home visit 14 September 2026",
                        ),
                        ("Interpreter", "Mrs Shahana Akhtar (Sylheti) at the home visit"),
                    ],
                ),
                ("h", 2, "Sources of information"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Ruma was seen in her classroom and at home, where Mrs Akhtar interpreted in Sylheti for her mother.",
                            "process",
                        ),
                        (
                            "X",
                            "Ruma's audiology report from Bangladesh (2019), translated by the family, describes a 'hearing problem' but gives no test results, so little weight can be placed on it.",
                            "summary of an assessment abroad",
                        ),
                    ],
                ),
                ("h", 2, "Vision"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Ruma has cerebral visual impairment: she sees best in her lower left field, notices bright and moving objects, and needs up to 30 seconds to look towards something presented to her.",
                            "sensory_physical",
                            B4_CVI,
                        ),
                    ],
                ),
                ("h", 2, "Hearing"),
                (
                    "p",
                    [
                        (
                            "N",
                            "She has a moderate bilateral sensorineural hearing loss and wears hearing aids, which she often pulls out.",
                            "sensory_physical",
                            B4_HEAR,
                        ),
                        (
                            "X",
                            "Her tolerance of the hearing aids has improved since the new soft moulds were fitted in June, and she now keeps them in for most of the morning.",
                            "progress",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "A cochlear implant was discussed with the audiology team and was not recommended, because her hearing aids give her access to speech sounds at close range.",
                            "option considered and not recommended",
                        ),
                    ],
                ),
                ("h", 2, "Communication and multi-sensory needs"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Ruma shows pleasure by smiling and vocalising and dislike by turning her head away and crying, but these signals are not always noticed by unfamiliar staff.",
                            "communication_interaction",
                            B4_COMM,
                        ),
                        (
                            "N",
                            "She does not yet anticipate events from cues and startles when she is touched or moved without warning.",
                            "communication_interaction",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Ruma becomes distressed and cries in the school hall and the dining room, where the noise level masks the sounds she can use.",
                            "sensory_physical",
                            B4_NOISE,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    [
                        (
                            "R",
                            "Consistent on-body signs and objects of reference should be used by every adult at every transition, with a communication passport that sets out her signals.",
                            "communication_interaction",
                            "specific",
                            F4_PASS,
                        ),
                        (
                            "R",
                            "The Qualified Teacher of MSI should visit twice each half term to advise staff and check how Ruma's sensory programme is working.",
                            "sensory_physical",
                            "not_specific",
                            F4_ADV,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Her hearing aids should be checked every day by a trained member of staff, with a spare set kept in school.",
                            "sensory_physical",
                            "specific",
                            F4_AIDS,
                        ),
                        (
                            "R",
                            "Materials should be presented in her lower left field against a plain black background, at close range.",
                            "sensory_physical",
                            "specific",
                            F4_VIS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Ruma should have sensory stories and a tac-pac session, each three times a week, led by staff trained by the sensory support service.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "All staff who work with Ruma, including lunchtime staff and escorts, should have MSI awareness training each year.",
                            "sensory_physical",
                            "less",
                            F4_TRAIN,
                        ),
                    ],
                ),
                (
                    "p",
                    "Dr Rosalind Achterberg, Ashmere Sensory Support Service. Telephone 01632 960462; sensory.support@ashmere.example.org",
                ),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
