# ruff: noqa: E501
"""case-evalag-03: Scarrow Borough Council; Oliver Brannigan, 6, Year 1 at a mainstream
Church of England primary school. Severe developmental language disorder with features of
childhood apraxia of speech.

Layout "table-caption-headings": every section is a ruled table, and the only thing that
names it is the italic caption line above the table, as Word inserts captions ("Table 2:
Section B - Special educational needs"). Section F's table has the columns Provision |
Delivered by | Frequency and duration | Reviewed. The plan has no Section J.
Reports: an independent speech and language therapist's report arguing against the NHS
programme model, the NHS speech and language therapy advice itself, and the SENCo's advice.
"""

B_RECEP = "Oliver has a severe developmental language disorder. He has difficulty understanding what is said to him, especially longer sentences and questions."
B_EXPR = "His spoken sentences are short, often of two or three words, with small words and word endings missing."
B_SPEECH = "Oliver's speech is often hard for unfamiliar listeners to understand."
B_PHON = (
    "Oliver is at an early stage of learning phonics and finds it hard to blend sounds into words."
)
B_MATHS = "He is also working well below the expected level in early number."
B_FRUST = "When he is not understood Oliver becomes frustrated and may push other children or throw equipment."
B_PLAY = "Oliver plays alongside rather than with other children."

F_SLT = "Direct speech and language therapy"
F_PRACT = "Practice of the speech targets set by the speech and language therapist"
F_SIGN = "Use of signs and gestures to support spoken language"
F_BUCKET = "Attention Autism ('Bucket') sessions in a small group"
F_VIS = "Visual supports (objects, photographs and symbols) alongside spoken language"
F_CS = "Colourful Semantics group"
F_PHON = "Additional phonics catch-up session"
F_MATHS = "Small-group maths intervention using practical equipment"
F_PBS = "A positive behaviour support plan, written by the class teacher with Oliver's parents"
F_ADULT = "Adult support in class"
G_TRAIN = "Training for school staff on Oliver's speech disorder will be given by the NHS speech and language therapy service."

SLT = "independent_salt_report.pdf"
NHS = "nhs_salt_advice.docx"
SENCO = "senco_advice.pdf"

_N = iter(range(1, 20))


def _cap(sid: str, name: str) -> tuple:
    """The caption line above a section's table: the section's only heading."""
    return ("H", sid, f"Table {next(_N)}: Section {sid} – {name}", "i")


CASE = dict(
    name="case-evalag-03",
    layout="table-caption-headings",
    summary=(
        "Scarrow Borough Council; Oliver Brannigan, 6, Year 1 at St Aidan's CE Primary School "
        "(severe developmental language disorder, features of childhood apraxia of speech). Each "
        "section is a table named only by an italic caption above it ('Table 2: Section B - ...'); "
        "F is a table Provision | Delivered by | Frequency and duration | Reviewed. No Section J. "
        "Independent SALT report, NHS SALT advice, SENCo advice."
    ),
    note=(
        "The caption lines are the headings. Each F row's text is its Provision cell; its "
        "specificity is judged on the whole row. Staff training by the NHS service placed in G "
        "is wrong_section. The plan has no personal budget section: J is missing."
    ),
    plan=dict(
        file="plan.docx",
        header="Scarrow Borough Council - EHC Plan - Oliver Brannigan",
        footer="Final plan 16 October 2026 - Scarrow SEND Team",
        author="Scarrow Borough Council",
        title="Education, Health and Care Plan",
        accent="1F3F6E",
        blocks=[
            ("org", "Scarrow Borough Council"),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Oliver Brannigan, born 30 June 2020. Unique pupil number withheld. Plan issued 16 October 2026.",
            ),
            (
                "p",
                "This plan is set out in tables. Each table is numbered and named, and the name says which part of the plan it is.",
            ),
            _cap("A", "The views, interests and aspirations of Oliver and his parents"),
            (
                "grid",
                [
                    ["Who", "What they told us"],
                    [
                        "Family",
                        "Oliver lives with his parents and his sister Grace, who is 11. The family speak English at home.",
                    ],
                    [
                        "Oliver",
                        (
                            "S",
                            "A",
                            "Oliver likes dinosaurs, the sandpit and his big sister's trampoline. He chose the photographs of the sandpit and the climbing frame to show what he likes best at school.",
                        ),
                    ],
                    [
                        "Parents",
                        "Mr and Mrs Brannigan want Oliver to be able to talk to his friends and tell them what he wants, and they would like him to have therapy from a therapist rather than from a programme.",
                    ],
                ],
                [0.2, 0.8],
                True,
            ),
            _cap("B", "Special educational needs"),
            (
                "grid",
                [
                    ["Area of need", "Description"],
                    [
                        "Strengths",
                        "Oliver is sociable and wants to be with other children, he has good physical skills, and he copes well with the routines of the classroom.",
                    ],
                    [
                        "Communication and interaction",
                        ("L", [("S", "B", B_RECEP), B_EXPR, B_SPEECH]),
                    ],
                    ["Cognition and learning", ("L", [B_PHON, B_MATHS])],
                    ["Social, emotional and mental health", ("L", [B_FRUST, B_PLAY])],
                    [
                        "Sensory and physical",
                        "Oliver's hearing and vision have been checked and are normal.",
                    ],
                ],
                [0.3, 0.7],
                True,
            ),
            _cap("C", "Health needs which relate to special educational needs"),
            (
                "grid",
                [
                    ["Health need", "Details"],
                    [
                        "Speech and language",
                        (
                            "S",
                            "C",
                            "Oliver is known to the Scarrow NHS children's speech and language therapy service, which diagnosed his language disorder in 2024.",
                        ),
                    ],
                ],
                [0.3, 0.7],
                True,
            ),
            _cap("D", "Social care needs which relate to special educational needs or disability"),
            (
                "grid",
                [
                    ["Social care need", "Details"],
                    ["None", ("S", "D", "Oliver has no identified social care needs.")],
                ],
                [0.3, 0.7],
                True,
            ),
            _cap("E", "Outcomes"),
            (
                "grid",
                [
                    ["Outcome", "By when"],
                    [
                        (
                            "S",
                            "E",
                            "Oliver will use sentences of four words or more to ask for help and to tell an adult what he has done.",
                        ),
                        "July 2027",
                    ],
                    ["Oliver will blend three-letter words made of sounds he knows.", "July 2027"],
                    [
                        "Oliver will use his calm-down routine instead of pushing when he is frustrated.",
                        "Spring term 2027",
                    ],
                ],
                [0.75, 0.25],
                True,
            ),
            (
                "p",
                "The provision in Table 6 will be made by St Aidan's CE Primary School, with the speech and language therapy commissioned by the council. It will be reviewed at each annual review.",
            ),
            _cap("F", "Special educational provision"),
            (
                "grid",
                [
                    ["Provision", "Delivered by", "Frequency and duration", "Reviewed"],
                    [
                        ("S", "F", ("F", F_SLT, True)),
                        "Speech and language therapist",
                        "One 30-minute session a week, in term time",
                        "Termly",
                    ],
                    [
                        ("F", F_PRACT, True),
                        "Teaching assistant trained by the therapist",
                        "10 minutes every school day",
                        "Half-termly by the therapist",
                    ],
                    [("F", F_SIGN, False), "Adults in class", "When needed", "At annual review"],
                    [
                        ("F", F_BUCKET, True),
                        "Teaching assistant",
                        "Four 15-minute sessions a week",
                        "Half-termly",
                    ],
                    [
                        ("F", F_VIS, True),
                        "All adults working with Oliver",
                        "In every lesson and at every change of activity",
                        "Termly",
                    ],
                    [("F", F_CS, False), "Teaching assistant", "Regularly", "Termly"],
                    [
                        ("F", F_PHON, True),
                        "Teaching assistant, 1:1",
                        "Three 15-minute sessions a week",
                        "Half-termly",
                    ],
                    [
                        ("F", F_MATHS, True),
                        "Teaching assistant, group of up to four",
                        "Three 20-minute sessions a week",
                        "Half-termly",
                    ],
                    [
                        ("F", F_PBS, True),
                        "Class teacher and SENCo",
                        "Reviewed with parents every half term",
                        "Half-termly",
                    ],
                    [
                        ("F", F_ADULT, False),
                        "Teaching assistant",
                        "As required",
                        "At annual review",
                    ],
                ],
                [0.38, 0.22, 0.25, 0.15],
                True,
            ),
            _cap("G", "Health provision"),
            (
                "grid",
                [
                    ["Provision", "Provided by"],
                    [("S", "G", G_TRAIN), "Scarrow Community Health NHS Trust"],
                    [
                        "Review of Oliver's speech and language at the end of each school year.",
                        "NHS speech and language therapy",
                    ],
                ],
                [0.7, 0.3],
                True,
            ),
            _cap(
                "H1",
                "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("grid", [["Provision", "Provided by"], [("S", "H1", "None."), "-"]], [0.7, 0.3]),
            _cap("H2", "Other social care provision"),
            (
                "grid",
                [["Provision", "Provided by"], [("S", "H2", "None at present."), "-"]],
                [0.7, 0.3],
                True,
            ),
            _cap("I", "Placement"),
            (
                "grid",
                [
                    ["School", "Type"],
                    [
                        (
                            "S",
                            "I",
                            "St Aidan's Church of England Primary School, Chapel Lane, Scarrow SW9 4ZN",
                        ),
                        "Mainstream voluntary aided primary school",
                    ],
                ],
                [0.7, 0.3],
                True,
            ),
            _cap("K", "Advice and information"),
            (
                "grid",
                [
                    ["Advice", "Date"],
                    [
                        (
                            "S",
                            "K",
                            "Speech and language therapy advice, Scarrow NHS children's speech and language therapy service",
                        ),
                        "July 2026",
                    ],
                    ["Advice from the SENCo, St Aidan's CE Primary School", "July 2026"],
                    [
                        "Educational psychology advice, Scarrow Educational Psychology Service",
                        "August 2026",
                    ],
                    [
                        "Independent speech and language therapy report, Ruth Adebayo",
                        "September 2026",
                    ],
                ],
                [0.75, 0.25],
                True,
            ),
        ],
    ),
    reports=[
        dict(
            file=SLT,
            header="Ruth Adebayo Speech Therapy - Independent Speech and Language Therapy Report",
            footer="Oliver Brannigan - page {n} of {m}",
            author="Ruth Adebayo",
            title="Independent speech and language therapy report",
            blocks=[
                ("org", "Ruth Adebayo Speech Therapy"),
                (
                    "small",
                    "Ruth Adebayo MSc, MRCSLT, HCPC SL31106 - 22 Tanners Row, Scarrow SW2 7ZQ - 01632 960741 - ruth@adebayo-slt.example.org",
                ),
                ("title", "Independent speech and language therapy report: Oliver Brannigan"),
                (
                    "p",
                    "Report requested by Oliver's parents. Oliver was assessed at school on 2 and 9 September 2026 and at home on 12 September 2026. I have read the final EHC plan, the NHS speech and language therapy advice of July 2026 and the school's advice.",
                ),
                ("h", 2, "About this report"),
                (
                    "p",
                    "I have been a speech and language therapist for fourteen years, and I specialise in children with severe speech disorders, including childhood apraxia of speech. I understand that my duty in preparing this report is to the Tribunal, and that this duty overrides any obligation to the person who instructed or paid me. I have set out the facts and matters on which my opinions are based, and I have said where a matter is outside my expertise.",
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Oliver's parents first raised concerns about his speech when he was two, and he was diagnosed with a language disorder by the NHS service in 2024.",
                            "history",
                        ),
                        (
                            "X",
                            "He has had two six-week blocks of NHS therapy, in nursery and in Reception, each followed by a programme for nursery and school staff.",
                            "history of support",
                        ),
                    ],
                ),
                ("h", 2, "Assessment findings"),
                (
                    "grid",
                    [
                        ["Assessment", "Result"],
                        [
                            "Preschool Language Scales (PLS-5 UK), Auditory Comprehension",
                            "Standard score 64, below the 1st percentile",
                        ],
                        [
                            "PLS-5 UK, Expressive Communication",
                            "Standard score 58, below the 1st percentile",
                        ],
                        [
                            "Diagnostic Evaluation of Articulation and Phonology (DEAP)",
                            "Inconsistency score 62% (inconsistent)",
                        ],
                    ],
                    [0.6, 0.4],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Oliver can answer simple 'who', 'what' and 'where' questions about a picture, but he cannot yet answer 'why' or 'how' questions, and he loses the thread of a sentence longer than about six words.",
                            "communication_interaction",
                            B_RECEP,
                        ),
                        (
                            "N",
                            "His expressive language is at the two-to-three-word level ('me go park', 'daddy car broke'), without the small grammatical words and endings.",
                            "communication_interaction",
                            B_EXPR,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Oliver has a speech sound disorder with features of childhood apraxia of speech: his errors are inconsistent, he gropes for the position of sounds, and he cannot sequence the syllables of longer words.",
                            "communication_interaction",
                            B_SPEECH,
                        ),
                        (
                            "X",
                            "This is a different picture from a delay in speech sounds, and it is important, because it responds to a different kind of therapy.",
                            "explanation of diagnosis",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Oliver's attention and listening are at an early level: he can attend to an adult-led activity for about two minutes, and an adult needs to say his name before giving an instruction.",
                            "cognition_learning",
                            None,
                        ),
                        (
                            "N",
                            "He has weak lip closure and still dribbles when he is concentrating, which affects both his speech and how he feels about himself.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    "During the classroom observation Oliver tried hard to join in with the phonics lesson. He repeated 'sh' as 'd' and 'ch' as 't', and when the teacher asked him to say 'ship' he tried four times, each time differently ('dip', 'sip', 'hip', 'tip'). He then covered his mouth and stopped trying. His teaching assistant told me that this happens several times a day.",
                ),
                ("pb",),
                ("h", 2, "Why I disagree with the programme model"),
                (
                    "p",
                    [
                        (
                            "X",
                            "The NHS advice recommends 'a programme of speech and language activities for school staff to carry out three times a week', with review by the therapist three times a year.",
                            "quotation of other advice",
                        ),
                        (
                            "X",
                            "I have considered whether Oliver's needs could be met in this way, and I do not consider that they can: children with apraxia of speech need frequent, intensive practice led by a therapist who can adjust the cues from moment to moment, and the published evidence is consistent on this point.",
                            "argument against other advice",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "I also considered whether a place in a specialist language unit would be better, but Oliver is sociable and copes with the classroom, and I believe the therapy he needs can be delivered at St Aidan's.",
                            "option considered and not recommended",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Reason", "Expected outcome"],
                        [
                            (
                                "R",
                                "Direct individual therapy from a speech and language therapist experienced in childhood apraxia of speech, three 30-minute sessions a week for the first two terms, then reviewed.",
                                "communication_interaction",
                                "less",
                                F_SLT,
                            ),
                            "Apraxia needs intensive motor practice led by a therapist.",
                            "Oliver will be understood by unfamiliar adults most of the time.",
                        ],
                        [
                            (
                                "R",
                                "Daily practice of his speech targets with a teaching assistant trained by the therapist, 10 minutes each day.",
                                "communication_interaction",
                                "specific",
                                F_PRACT,
                            ),
                            "Short daily practice between therapy sessions.",
                            "New sounds carried over into the classroom.",
                        ],
                        [
                            (
                                "R",
                                "Makaton signing by all adults in Oliver's class, with staff trained to Makaton Level 2 by the end of the autumn term.",
                                "communication_interaction",
                                "not_specific",
                                F_SIGN,
                            ),
                            "Signs give Oliver a way to be understood while his speech develops.",
                            "Fewer incidents of frustration.",
                        ],
                        [
                            (
                                "R",
                                "An assessment for alternative and augmentative communication, with a core vocabulary board in class if the assessment supports it.",
                                "communication_interaction",
                                "missing_from_f",
                            ),
                            "Oliver needs a reliable means of communication now.",
                            "Oliver can make choices and comment in lessons.",
                        ],
                        [
                            (
                                "R",
                                "Attention Autism ('Bucket') group sessions, four times a week for 15 minutes.",
                                "cognition_learning",
                                "specific",
                                F_BUCKET,
                            ),
                            "Builds shared attention in a motivating way.",
                            "Oliver attends to an adult-led group activity for five minutes.",
                        ],
                        [
                            (
                                "R",
                                "Two training sessions in the autumn term from the speech and language therapist for every adult working in Oliver's class, on childhood apraxia of speech and how to cue Oliver.",
                                "communication_interaction",
                                "wrong_section",
                                G_TRAIN,
                                {"section": "G"},
                            ),
                            "Adults need to know how to respond to his speech attempts.",
                            "Consistent cueing across the day.",
                        ],
                    ],
                    [0.46, 0.28, 0.26],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "I have given Mr and Mrs Brannigan a home practice pack and suggest they use it for five minutes at bedtime.",
                            "communication_interaction",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Ruth Adebayo, Specialist Speech and Language Therapist, 28 September 2026"),
            ],
        ),
        dict(
            file=NHS,
            author="Scarrow Community Health NHS Trust",
            title="Speech and language therapy advice",
            header="Scarrow Community Health NHS Trust - Children's Therapies",
            blocks=[
                (
                    "org",
                    "Scarrow Community Health NHS Trust - Children's Speech and Language Therapy",
                ),
                ("title", "Advice for Education, Health and Care needs assessment"),
                (
                    "kv",
                    [
                        ("Name", "Oliver Brannigan"),
                        ("Date of birth", "30/06/2020"),
                        ("Therapist", "Claire Hutchings, Speech and Language Therapist"),
                        ("Date of advice", "14 July 2026"),
                    ],
                ),
                ("b", "History of involvement"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Oliver attended six sessions of the 'Talking Tots' group in nursery, and had a block of individual therapy in Reception.",
                            "history",
                        ),
                        (
                            "X",
                            "Oliver's hearing was tested by the audiology service in May 2026 and was within normal limits.",
                            "ruled out",
                        ),
                    ],
                ),
                ("b", "Assessment"),
                (
                    "p",
                    "Oliver was seen in school on 7 July 2026. He was assessed using the Preschool Language Scales (PLS-5 UK) and an informal speech sample, and his teaching assistant was observed carrying out his current programme. Oliver was cheerful and cooperative throughout, although he tired towards the end of the session.",
                ),
                ("b", "Summary of needs"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Oliver presents with a language disorder affecting both comprehension and expression.",
                            "communication_interaction",
                            B_RECEP,
                        ),
                        (
                            "N",
                            "He has reduced intelligibility in connected speech.",
                            "communication_interaction",
                            B_SPEECH,
                        ),
                        (
                            "N",
                            "Class staff report that Oliver is beginning to withdraw from talking in class and now rarely answers the register or speaks in front of the group.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                ("b", "Recommended provision"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "A programme of speech and language activities for school staff to carry out three times a week for 15 minutes, with review by the speech and language therapist three times a year.",
                            "communication_interaction",
                            "specific",
                            F_PRACT,
                        ),
                        (
                            "R",
                            "adults to use visual support - objects, photographs and symbols - alongside spoken language throughout the day",
                            "communication_interaction",
                            "specific",
                            F_VIS,
                        ),
                        (
                            "R",
                            "a small-group Colourful Semantics programme, twice weekly for 20 minutes, to build sentence structure",
                            "communication_interaction",
                            "not_specific",
                            F_CS,
                        ),
                    ],
                ),
                (
                    "p",
                    "Oliver will remain open to the service while he has an EHC plan. Please contact the department on 01632 960622 with any questions.",
                ),
                ("p", "Claire Hutchings, Speech and Language Therapist"),
            ],
        ),
        dict(
            file=SENCO,
            header="St Aidan's CE Primary School",
            footer="SENCo advice - Oliver Brannigan - {n}",
            author="St Aidan's CE Primary School",
            title="SENCo advice",
            blocks=[
                ("org", "St Aidan's Church of England Primary School"),
                ("title", "School advice for EHC needs assessment"),
                (
                    "small",
                    "Pupil: Oliver Brannigan, Year 1 (Reception in 2025-26). Written by Mrs Hannah Lowe, SENCo, 10 July 2026.",
                ),
                ("h", 2, "Oliver's strengths"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Oliver is a kind, energetic boy who loves outdoor learning and is always first to help tidy up.",
                            "strength",
                        ),
                        (
                            "X",
                            "He has made good progress with his independence and now manages his coat, lunch tray and toileting without help.",
                            "progress",
                        ),
                    ],
                ),
                ("h", 2, "Current attainment and needs"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Oliver knows 12 of the Phase 2 phonics sounds but cannot yet blend them to read simple words such as 'cat' or 'sit'.",
                            "cognition_learning",
                            B_PHON,
                        ),
                        (
                            "N",
                            "In maths he recognises numbers to five but cannot reliably count a group of more than five objects.",
                            "cognition_learning",
                            B_MATHS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "When other children or adults do not understand him he gets very frustrated and has pushed children and thrown equipment, five times this half term.",
                            "semh",
                            B_FRUST,
                        ),
                        (
                            "N",
                            "At playtimes he plays next to other children but rarely joins their games.",
                            "communication_interaction",
                            B_PLAY,
                        ),
                    ],
                ),
                ("h", 2, "Support in place (SEN support plan, summer term 2026)"),
                (
                    "table",
                    [
                        ["Support", "Who", "How often"],
                        ["NHS speech programme", "TA", "3 x 15 minutes a week"],
                        ["Phonics catch-up", "TA", "3 x 15 minutes a week"],
                        ["Now-and-next board", "Class staff", "Daily"],
                    ],
                    {"widths": [0.45, 0.2, 0.35]},
                ),
                ("h", 2, "What school recommends"),
                (
                    "p",
                    [
                        (
                            "R",
                            "Oliver needs a daily 15-minute one-to-one phonics catch-up session following the school's phonics scheme.",
                            "cognition_learning",
                            "less",
                            F_PHON,
                        ),
                        (
                            "R",
                            "We would like Oliver to join a small maths group with practical equipment three times a week for 20 minutes.",
                            "cognition_learning",
                            "specific",
                            F_MATHS,
                        ),
                        (
                            "R",
                            "A positive behaviour support plan with an agreed calm-down routine, written with his parents and reviewed each half term.",
                            "semh",
                            "specific",
                            F_PBS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "We tried a reward chart for Oliver's behaviour in the spring term, but it did not help because he did not understand why he was or was not getting stickers.",
                            "strategy tried and dropped",
                        ),
                    ],
                ),
            ],
        ),
    ],
)
