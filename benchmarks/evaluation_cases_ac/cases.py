# ruff: noqa: E501
"""Set AC as data: young people in contact with youth justice and children whose plans
move between councils, in four layouts no earlier set has: section headings typed as
underlined plain paragraphs, headings that join the letter and the name with a vertical
bar, headings that carry the section's status on transfer in square brackets, and
headings that give the range of the section's numbered paragraphs.

Every name, council, school, secure setting, service and professional is invented.
Postcodes use areas that do not exist and phone numbers are in the 01632 960xxx range.
Markers are those of evaluation_kit.dataset.
"""


# ---------------------------------------------------------------------------
# case-evalac-01: Coldharbour Borough Council; Jordan Mackie-Osei, 16, detained in a
# secure children's home in another council's area. The home council keeps the plan.
# layout "underlined-paragraph-headings": each heading is a plain paragraph, underlined
# by hand ("Section B: Special Educational Needs"), not a Word heading style.
# ---------------------------------------------------------------------------

B1_READ = "Jordan's reading and spelling are well below those expected for his age; he reads at about the level of a nine-year-old and avoids any task that involves reading aloud."
B1_MATHS = "His number skills are at Entry Level 2 and he has not yet learned his times tables, money or time."
B1_LANG = "Jordan has language difficulties: he finds long spoken instructions hard to follow and often does not understand abstract or legal vocabulary."
B1_MASK = "He may say that he has understood when he has not."
B1_ATTN = "Jordan has a diagnosis of ADHD and finds it hard to stay on a task for more than a few minutes without an adult prompting him."
B1_SEMH = "He has social, emotional and mental health needs; when he feels ashamed or confused he can become verbally aggressive and walk out of the room."

F1_GROUP = "Teaching in a group of no more than six learners in the Hawthorn Lodge education centre, for the full education timetable of 25 hours a week."
F1_PHON = "A structured phonics-based literacy programme (Read Write Inc. Fresh Start) taught one-to-one by a qualified teacher for 30 minutes, four times a week."
F1_MATHS = "Maths teaching in the same small group towards Functional Skills Entry Level 3, for three hours a week."
F1_LSA = "Support from a learning support assistant in lessons as required."
F1_LANG = "Staff will give one instruction at a time in short sentences and ask Jordan to tell them in his own words what he has to do, rather than asking whether he understands."
F1_SALT = "Speech and language therapy input from the Hawthorn Lodge speech and language therapist."
F1_MOVE = "A movement break of up to five minutes, offered by the teacher every 20 minutes in classroom lessons."
F1_MV = "Two afternoons a week of practical motor vehicle maintenance in the Hawthorn Lodge workshop, working towards a Level 1 award."
F1_TRANS = "A transition plan for his release, to be agreed with Coldharbour Youth Justice Service and the receiving college."
G1_TRAIN = "The Hawthorn Lodge speech and language therapist will provide a two-hour training session for the education staff on adapting their language for young people with language disorder."
G1_CAMHS = "Jordan will be offered an assessment by the CAMHS in-reach practitioner at Hawthorn Lodge within four weeks of the date of this plan."

EDU1 = "education_report.docx"
SALT1 = "salt_report.pdf"


def _u(sid: str, text: str) -> tuple:
    """A heading typed as an underlined plain paragraph."""
    return ("H", sid, text, "u")


CASE_01 = dict(
    name="case-evalac-01",
    layout="underlined-paragraph-headings",
    summary=(
        "Coldharbour Borough Council; Jordan Mackie-Osei, 16, detained on a Detention and Training "
        "Order at Hawthorn Lodge Secure Children's Home, outside the council's area (reading, language "
        "disorder, ADHD, social, emotional and mental health). The home council keeps the plan while he "
        "is detained. Headings are plain paragraphs underlined by hand. Reports: the secure setting's "
        "education report (head of education and English teacher) and the secure-estate speech and "
        "language therapist's assessment."
    ),
    note="Headings are underlined plain paragraphs, not heading styles. The speech and language therapist's training of education staff stands in G and is wrong_section; the CAMHS in-reach assessment in G is health provision. The communication passport for the young person's solicitor and case manager is for the justice system, not education: not_educational.",
    plan=dict(
        file="plan.docx",
        footer="Coldharbour Borough Council - EHC plan (maintained while detained) - Jordan Mackie-Osei - FINAL",
        author="Coldharbour SEND Casework",
        blocks=[
            ("org", "Coldharbour Borough Council - SEND Casework Team"),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Jordan Mackie-Osei   Date of birth: 14 June 2010   Final plan issued: 2 November 2026",
            ),
            (
                "small",
                "Detained at: Hawthorn Lodge Secure Children's Home, Lyne Road, Brackenford HF9 2QZ",
            ),
            (
                "small",
                "SEND caseworker: Priya Shaddock, 01632 960231, send.casework@coldharbour.example.org",
            ),
            (
                "p",
                "Jordan is detained in relevant youth accommodation. While he is detained Coldharbour Borough Council, as his home authority, keeps this plan and must arrange appropriate special educational provision for him. The plan will be reviewed within one month of his release.",
            ),
            _u("A", "Section A: The views, interests and aspirations of Jordan and his family"),
            (
                "S",
                "A",
                'Jordan says he wants to "get my Level 2 in motor vehicle and not come back here".',
            ),
            (
                "p",
                "He likes football, cooking and working on engines. He does not like being asked about his offence in lessons.",
            ),
            (
                "p",
                "His grandmother, who has cared for him since he was nine, wants him to come home to her and to go to college.",
            ),
            _u("B", "Section B: Special Educational Needs"),
            ("p", "Cognition and learning"),
            ("S", "B", B1_READ),
            ("p", B1_MATHS),
            ("p", "Communication and interaction"),
            ("p", [B1_LANG, B1_MASK]),
            ("p", "Social, emotional and mental health"),
            ("p", [B1_ATTN, B1_SEMH]),
            _u("C", "Section C: Health needs which relate to Jordan's SEN"),
            (
                "S",
                "C",
                "Jordan has ADHD, diagnosed by Coldharbour CAMHS in 2021, and takes methylphenidate.",
            ),
            ("p", "He reports low mood and poor sleep since his admission."),
            _u("D", "Section D: Social care needs which relate to Jordan's SEN"),
            (
                "S",
                "D",
                "Jordan is subject to a Detention and Training Order and is supervised by Coldharbour Youth Justice Service.",
            ),
            (
                "p",
                "He will need support from children's social care to plan where he lives on release.",
            ),
            _u("E", "Section E: Outcomes"),
            (
                "S",
                "E",
                "By the end of the summer term 2027 Jordan will read a short workshop manual page and explain its main steps.",
            ),
            ("p", "By his release Jordan will achieve Functional Skills Entry Level 3 in maths."),
            (
                "p",
                "Within six months Jordan will tell a member of staff when he has not understood, instead of walking out.",
            ),
            _u("F", "Section F: Special Educational Provision"),
            (
                "S",
                "F",
                "Coldharbour Borough Council will arrange the following provision while Jordan is detained, delivered by the Hawthorn Lodge education centre unless stated.",
            ),
            (
                "bul",
                [
                    ("F", F1_GROUP, True),
                    ("F", F1_PHON, True),
                    ("F", F1_MATHS, True),
                    ("F", F1_LSA, False),
                    ("F", F1_LANG, True),
                    ("F", F1_SALT, False),
                    ("F", F1_MOVE, True),
                    ("F", F1_MV, True),
                    ("F", F1_TRANS, False),
                ],
            ),
            _u("G", "Section G: Health Provision"),
            (
                "S",
                "G",
                "Jordan's ADHD medication is prescribed and reviewed every three months by the Hawthorn Lodge healthcare team.",
            ),
            ("p", G1_CAMHS),
            ("p", G1_TRAIN),
            _u(
                "H1",
                "Section H1: Social Care Provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("S", "H1", "None identified."),
            _u("H2", "Section H2: Any other Social Care Provision"),
            (
                "S",
                "H2",
                "A social worker from Coldharbour Children's Services will attend his release planning meetings.",
            ),
            _u("I", "Section I: Placement"),
            (
                "S",
                "I",
                "While detained: Hawthorn Lodge Secure Children's Home education centre. On release: Coldharbour College, Study Programme (Entry 3 and Level 1 Motor Vehicle).",
            ),
            _u("J", "Section J: Personal Budget"),
            ("S", "J", "No personal budget has been requested."),
            _u("K", "Section K: Advice and Information"),
            (
                "S",
                "K",
                "Education report, Hawthorn Lodge (September 2026); speech and language therapy assessment (October 2026); Youth Justice Service letter (August 2026); CAMHS letter (2021).",
            ),
        ],
    ),
    reports=[
        dict(
            file=EDU1,
            footer="Hawthorn Lodge Education Centre - report for EHC plan review",
            author="Hawthorn Lodge Education Centre",
            blocks=[
                ("org", "Hawthorn Lodge Secure Children's Home - Education Centre"),
                ("title", "Education report: Jordan Mackie-Osei"),
                (
                    "kv",
                    [
                        ("Young person", "Jordan Mackie-Osei, born 14 June 2010"),
                        ("Home authority", "Coldharbour Borough Council"),
                        (
                            "Written by",
                            "Declan Farrow-Hughes, Head of Education, with Amira Lindqvist, English teacher",
                        ),
                        ("Date", "28 September 2026"),
                    ],
                ),
                ("h", 2, "1. Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Jordan was admitted to Hawthorn Lodge on 8 July 2026 and has attended education on every weekday since then, apart from two days in the health unit.",
                            "history: attendance since admission",
                        ),
                        (
                            "X",
                            "Before his remand he had not attended school regularly since Year 9, and Millbeck Academy had him on a part-time timetable of two hours a day.",
                            "history: previous schooling",
                        ),
                    ],
                ),
                (
                    "p",
                    "Information from Coldharbour and from Millbeck Academy arrived in the second week of his placement. Jordan's EHC plan was issued in 2023 and had not been reviewed since he stopped attending; the provision in it was written for a Year 9 pupil in a mainstream school.",
                ),
                (
                    "p",
                    "The education centre runs a 25-hour week in five teaching groups of up to six young people, with English, maths, personal and social education and a vocational option each day. Learners move between the classroom block and the workshop under escort, and lessons are sometimes shortened when the home is short of care staff.",
                ),
                ("h", 2, "2. Attainment and how Jordan learns"),
                (
                    "X",
                    "On the initial assessment in July 2026 Jordan was working at Entry Level 3 in English and Entry Level 2 in maths.",
                    "test result",
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Jordan reads slowly and word by word, guesses at longer words from their first letter, and loses the meaning of what he has read by the end of a paragraph.",
                            "cognition_learning",
                            B1_READ,
                        ),
                        (
                            "N",
                            "His spelling is phonetically inconsistent, and he writes no more than three or four sentences without help before he gives up.",
                            "cognition_learning",
                            B1_READ,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "In maths he is secure with adding and subtracting two-digit numbers but has not yet learned his times tables or how to work with money and time.",
                            "cognition_learning",
                            B1_MATHS,
                        ),
                        "He enjoys mental arithmetic games and is quick to spot when another learner has made a mistake.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Jordan takes noticeably longer than other learners to process what he has been told and to make a start, and he forgets the second and third steps of a task.",
                            "cognition_learning",
                            None,
                        ),
                        "Ms Lindqvist has found that he will sit with a blank page rather than ask what to do next.",
                    ],
                ),
                ("h", 2, "3. Behaviour for learning"),
                (
                    "p",
                    [
                        (
                            "N",
                            "He cannot stay on task for more than five to ten minutes and gets up and walks around the classroom, even when he is interested in the work.",
                            "semh",
                            B1_ATTN,
                        ),
                        (
                            "N",
                            "When he is corrected in front of others, or asked to read aloud, Jordan swears at staff and has twice been returned to his room from class.",
                            "semh",
                            B1_SEMH,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "There have been no incidents of physical aggression in education since the beginning of August.",
                            "progress: resolved difficulty",
                        ),
                        (
                            "X",
                            "Jordan has made real progress in the motor vehicle workshop, where he works calmly for an hour at a time and has completed his first unit.",
                            "strength and progress",
                        ),
                    ],
                ),
                (
                    "p",
                    "Jordan's grandmother telephones every Sunday, and staff have noticed that he is more settled in lessons on Mondays.",
                ),
                (
                    "p",
                    "Staff have found that Jordan responds best to adults who are calm, who explain why a task matters and who give him a way to step out of a difficult moment without losing face. He responds badly to sarcasm and to being compared with other learners. On the days when he has had a legal visit or a call from his solicitor he is often unsettled and needs a quieter start to the afternoon.",
                ),
                ("h", 2, "4. What we recommend"),
                (
                    "p",
                    "The recommendations below are for the remainder of his sentence at Hawthorn Lodge, which is expected to end in April 2027.",
                ),
                (
                    "num",
                    [
                        (
                            "R",
                            "Jordan should continue to be taught in a group of no more than six, as now, for the full 25 hours of the education timetable.",
                            "cognition_learning",
                            "specific",
                            F1_GROUP,
                        ),
                        (
                            "R",
                            "We recommend one-to-one Fresh Start phonics with a teacher, 30 minutes a session, four sessions a week, for at least two terms.",
                            "cognition_learning",
                            "specific",
                            F1_PHON,
                        ),
                        (
                            "R",
                            "He needs five hours of maths teaching a week in a small group if he is to reach Functional Skills Entry Level 3 before his release.",
                            "cognition_learning",
                            "less",
                            F1_MATHS,
                        ),
                        (
                            "R",
                            "A learning support assistant should sit with Jordan in English and maths (about 10 hours a week) to break tasks into steps and keep him on track.",
                            "cognition_learning",
                            "not_specific",
                            F1_LSA,
                        ),
                        (
                            "R",
                            "Every task with more than one step should come with a short written checklist on his desk, which he ticks off as he goes.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "X",
                    "We considered an individual timetable taught entirely one-to-one but do not recommend it, because Jordan works better with other young people around him.",
                    "option considered and not recommended",
                ),
                (
                    "p",
                    "Declan Farrow-Hughes, Head of Education, Hawthorn Lodge. Telephone 01632 960588.",
                ),
            ],
        ),
        dict(
            file=SALT1,
            header="Brackenford Health in Justice - Speech and Language Therapy",
            footer="Jordan Mackie-Osei - SLT assessment - page {n} of {m}",
            author="Brackenford Health in Justice",
            blocks=[
                ("org", "Brackenford Health in Justice Partnership"),
                ("title", "Speech and language therapy assessment"),
                (
                    "kv",
                    [
                        ("Name", "Jordan Mackie-Osei (DOB 14/06/2010)"),
                        ("Setting", "Hawthorn Lodge Secure Children's Home"),
                        (
                            "Therapist",
                            "Ruth Okafor-Lindsay, Highly Specialist Speech and Language Therapist (Secure Estate)",
                        ),
                        ("Seen", "22 and 29 September 2026, in the education centre"),
                    ],
                ),
                ("b", "Reason for referral"),
                (
                    "X",
                    "Jordan was referred by the Head of Education because staff were unsure whether his outbursts in class were linked to not understanding what was said to him.",
                    "history: reason for referral",
                ),
                (
                    "X",
                    "Speech, language and communication needs are far more common among young people in custody than in the general population; published studies suggest that more than half have some difficulty with language.",
                    "cited research",
                ),
                ("b", "Assessment results"),
                (
                    "grid",
                    [
                        ["Assessment", "Score", "Comment"],
                        ["CELF-5 UK Core Language", "68", "Below the 2nd centile"],
                        [
                            "Understanding Spoken Paragraphs",
                            "Scaled score 4",
                            "Lost the thread after the first two sentences",
                        ],
                        [
                            "Test of Word Finding (3rd edition)",
                            "Standard score 91",
                            "Within the average range",
                        ],
                    ],
                    [0.38, 0.2, 0.42],
                ),
                (
                    "X",
                    "On the Test of Word Finding his score was within the average range, so word retrieval is not a concern.",
                    "ruled out",
                ),
                (
                    "X",
                    "His speech is clear and he has no difficulty with the sounds of speech.",
                    "not a need: speech sounds typical",
                ),
                ("b", "What the assessment shows"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Jordan has a severe receptive language disorder: he could follow instructions of up to two key parts but not longer ones, particularly when they contained words such as 'unless', 'before' or 'except'.",
                            "communication_interaction",
                            B1_LANG,
                        ),
                        (
                            "N",
                            "His understanding of the vocabulary of the criminal justice system is very limited; he could not explain 'remand', 'breach' or 'licence conditions', words he hears every week.",
                            "communication_interaction",
                            B1_LANG,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "When asked to tell a story or give an account of something that had happened, Jordan's narrative was disorganised: he left out who was involved, mixed up the order of events and could not say how it ended.",
                            "communication_interaction",
                            None,
                        ),
                        "This matters a great deal for a young person who will be asked to give accounts to staff, to his case manager and to the court.",
                    ],
                ),
                (
                    "N",
                    "He often says 'yeah' or 'I get it' when he has not understood, which hides his difficulties from the adults around him.",
                    "communication_interaction",
                    B1_MASK,
                ),
                (
                    "N",
                    "Jordan has difficulty reading other people's intentions in conversation and can take a neutral comment from staff as criticism.",
                    "communication_interaction",
                    None,
                ),
                (
                    "p",
                    "In my opinion a good part of what has been described as defiance in the classroom is Jordan not understanding what he has been asked to do, and being unwilling to show it in front of other young people.",
                ),
                ("b", "Recommendations"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "Direct speech and language therapy, one 45-minute session a week for 12 weeks, working on understanding complex sentences and the vocabulary he needs for his court and release appointments.",
                            "communication_interaction",
                            "not_specific",
                            F1_SALT,
                        ),
                        (
                            "R",
                            "Structured narrative work, using a visual frame (who, where, when, what happened, how it ended), should be built into his English lessons twice a week.",
                            "communication_interaction",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "I will provide a two-hour training session for Hawthorn Lodge education staff on adapting their language for young people with language disorder.",
                            "communication_interaction",
                            "wrong_section",
                            G1_TRAIN,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "All staff should check his understanding by asking Jordan to explain back in his own words, rather than asking 'Do you understand?'.",
                            "communication_interaction",
                            "specific",
                            F1_LANG,
                        ),
                        (
                            "R",
                            "His Youth Justice Service case manager and his solicitor should be given a one-page communication passport explaining how best to talk with Jordan.",
                            "other",
                            "not_educational",
                            None,
                            {"note": "for the justice system, not educational provision"},
                        ),
                        (
                            "R",
                            "Given the low mood he described in our sessions, I recommend that the CAMHS in-reach practitioner sees Jordan.",
                            "health",
                            "not_educational",
                            G1_CAMHS,
                            {"section": "G"},
                        ),
                    ],
                ),
                (
                    "p",
                    "Ruth Okafor-Lindsay, Highly Specialist Speech and Language Therapist. 4 October 2026. Telephone 01632 960412.",
                ),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalac-02: Brindlemere City Council; Tyler Rourke-Baptiste, 15, Year 11 at a
# pupil referral unit, supervised by the Youth Justice Service on a Referral Order.
# layout "pipe-separated-headings": bold headings "Section B | Special educational
# needs", the letter and the name joined by a vertical bar, as exported from a case
# management system; F a table (Provision | How often | Who). No Section J.
# ---------------------------------------------------------------------------

B2_LANG = "Tyler has speech, language and communication needs. He has difficulty understanding spoken language, particularly when it is fast or contains unfamiliar words."
B2_EXPR = "His expressive vocabulary is limited and he uses short, general words ('stuff', 'that thing') in place of specific ones."
B2_LIT = "Tyler's literacy skills are below age-related expectations."
B2_MATHS = "His maths is at about Entry Level 3."
B2_SEMH = "Tyler finds it hard to manage his emotions and behaviour when he is unsure what to do or is in busy, unstructured settings, and he often leaves lessons; he has been excluded from two schools."
B2_PFA = "Tyler needs support to plan for his future after Year 11."

F2_SALT = (
    "Direct speech and language therapy to teach Tyler strategies for asking for clarification"
)
F2_TRAIN = "Training for Learning Centre staff in communication-friendly practice"
F2_VOCAB = "Vocabulary programme for subject words in his GCSE and vocational courses"
F2_LIT = "Literacy intervention for older readers (Toe by Toe)"
F2_CONS = "Construction taster programme at Brindlemere College"
F2_CAREERS = "Careers guidance"
F2_SPACE = "Access to a quiet space when Tyler feels overwhelmed"
F2_GROUP = "Core subjects taught in a group of no more than eight pupils"
H2_MENTOR = "Tyler's Youth Justice Service case worker has arranged with the Learning Centre for a mentor to meet him for 15 minutes at the start of each day to go through his timetable."

SLT2 = "yjs_slt_screening.pdf"
ETE2 = "ete_report.docx"


def _pipe(sid: str, letter: str, name: str) -> tuple:
    """A bold heading: the section letter and name joined by a vertical bar."""
    return ("H", sid, f"Section {letter} | {name}", "b")


CASE_02 = dict(
    name="case-evalac-02",
    layout="pipe-separated-headings",
    summary=(
        "Brindlemere City Council; Tyler Rourke-Baptiste, 15, Year 11 at Brindlemere Learning Centre "
        "(a pupil referral unit), on a 12-month Referral Order supervised by the Youth Justice Service "
        "(language disorder, literacy, emotional regulation, preparing for adulthood). Headings join the "
        "letter and the name with a vertical bar; F is a table; there is no Section J. Reports: the "
        "Youth Justice Service speech and language therapist's communication screening and the YJS "
        "education, training and employment worker's report."
    ),
    note="Headings are 'Section B | Special educational needs'. F is a table whose Provision cell is the provision's text; specificity is judged on the whole row. The daily mentor meeting stands in H2 and is wrong_section. Visual summaries in YJS supervision and panel meetings are for the justice system: not_educational. The plan has no Section J (section_missing).",
    plan=dict(
        file="plan.pdf",
        header="Brindlemere City Council | EHCP | Tyler Rourke-Baptiste | Final",
        footer="Printed from the Brindlemere SEND case record - page {n} of {m}",
        author="Brindlemere City Council",
        sans=True,
        accent="5B2C6F",
        blocks=[
            ("org", "Brindlemere City Council"),
            ("title", "Education, Health and Care Plan - Final"),
            (
                "kv",
                [
                    ("Name", "Tyler Rourke-Baptiste"),
                    ("Date of birth", "3 February 2011"),
                    (
                        "Current education",
                        "Brindlemere Learning Centre (pupil referral unit), Year 11",
                    ),
                    ("Date of plan", "16 October 2026"),
                    (
                        "Case officer",
                        "Nadia Okwuosa, 01632 960377, sendteam@brindlemere.example.org",
                    ),
                ],
            ),
            _pipe("A", "A", "Views, interests and aspirations"),
            (
                "S",
                "A",
                'Tyler said: "I want to do something with my hands, like building or bikes. I don\'t want to be stuck in a classroom all day."',
            ),
            (
                "p",
                "His mum would like him to stay out of trouble, to finish Year 11 with some qualifications and to get onto a college course.",
            ),
            _pipe("B", "B", "Special educational needs"),
            ("S", "B", [B2_LANG, B2_EXPR]),
            ("p", [B2_LIT, B2_MATHS]),
            ("p", B2_SEMH),
            ("p", B2_PFA),
            _pipe("C", "C", "Health needs related to SEN"),
            (
                "S",
                "C",
                "Tyler has no diagnosed health conditions. His hearing was checked in March 2026 and is normal.",
            ),
            _pipe("D", "D", "Social care needs related to SEN"),
            (
                "S",
                "D",
                "Tyler is subject to a 12-month Referral Order (June 2026) supervised by Brindlemere Youth Justice Service. He is not open to children's social care.",
            ),
            _pipe("E", "E", "Outcomes"),
            (
                "S",
                "E",
                "By July 2027 Tyler will ask for an explanation when he does not understand an instruction in at least four out of five lessons.",
            ),
            (
                "p",
                "By July 2027 Tyler will complete the construction taster programme and apply for a college course.",
            ),
            (
                "p",
                "By Easter 2027 Tyler will read and fill in a college application form with no more than light support.",
            ),
            _pipe("F", "F", "Special educational provision"),
            (
                "S",
                "F",
                "The provision below is to be made by Brindlemere Learning Centre unless another provider is named.",
            ),
            (
                "grid",
                [
                    ["Provision", "How often", "Who"],
                    [
                        ("F", F2_GROUP, True),
                        "All core lessons (English, maths, science)",
                        "Learning Centre teachers",
                    ],
                    [
                        ("F", F2_SALT, True),
                        "6 weekly sessions of 45 minutes, autumn term 2026",
                        "YJS speech and language therapist",
                    ],
                    [("F", F2_TRAIN, False), "As needed", "YJS speech and language therapist"],
                    [("F", F2_VOCAB, True), "20 minutes once a week", "Teaching assistant"],
                    [
                        ("F", F2_LIT, True),
                        "30 minutes every school day",
                        "Teaching assistant trained in the programme",
                    ],
                    [
                        ("F", F2_CONS, True),
                        "One day a week from January 2027; learning mentor for the first six weeks",
                        "Brindlemere College; Learning Centre mentor",
                    ],
                    [("F", F2_CAREERS, False), "Regularly", "Careers adviser"],
                    [("F", F2_SPACE, False), "When required", "All staff"],
                ],
                [0.46, 0.3, 0.24],
            ),
            _pipe("G", "G", "Health provision"),
            ("S", "G", "No health provision is required at present."),
            _pipe("H1", "H1", "Social care provision (CSDPA 1970, section 2)"),
            ("S", "H1", "None."),
            _pipe("H2", "H2", "Other social care provision"),
            ("S", "H2", H2_MENTOR),
            (
                "p",
                "Brindlemere Youth Justice Service will continue to supervise Tyler's Referral Order contract.",
            ),
            _pipe("I", "I", "Placement"),
            (
                "S",
                "I",
                "Brindlemere Learning Centre (pupil referral unit) until the end of Year 11.",
            ),
            _pipe("K", "K", "Advice and information"),
            (
                "S",
                "K",
                "YJS speech and language therapy communication screening (September 2026); YJS education, training and employment report (September 2026); Learning Centre SEN support plan (July 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=SLT2,
            header="Brindlemere Youth Justice Service - Speech and Language Therapy",
            footer="OFFICIAL-SENSITIVE - page {n} of {m}",
            author="Brindlemere Youth Justice Service",
            blocks=[
                ("org", "Brindlemere Youth Justice Service"),
                ("title", "Communication screening summary"),
                (
                    "kv",
                    [
                        ("Young person", "Tyler Rourke-Baptiste, 15"),
                        ("Order", "Referral Order, 12 months"),
                        (
                            "Screened by",
                            "Lowri Abernethy-Khan, Speech and Language Therapist, Youth Justice Service",
                        ),
                        ("Dates", "9 and 16 September 2026"),
                    ],
                ),
                ("b", "Why Tyler was screened"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Every young person starting an order with the Youth Justice Service is offered a communication screen.",
                            "service routine, not a need",
                        ),
                        "Tyler's case worker, Mr Delacroix-Pike, also noticed that Tyler nodded along in the first panel meeting but later could not say what he had agreed to do.",
                    ],
                ),
                ("b", "Screening results"),
                (
                    "grid",
                    [
                        ["Area screened", "Result", "What this means"],
                        [
                            "Following instructions",
                            "Below expected range",
                            "Manages two steps; loses longer ones",
                        ],
                        ["Vocabulary (receptive)", "Below expected range", "See below"],
                        ["Sentence repetition", "Within expected range", "No concern"],
                        ["Narrative", "Borderline", "Main events given, little detail"],
                    ],
                    [0.3, 0.28, 0.42],
                ),
                (
                    "X",
                    "He scored within the expected range on the sentence repetition task.",
                    "test result",
                ),
                (
                    "X",
                    "Tyler's hearing was tested by the school nurse in March 2026 and was normal.",
                    "ruled out",
                ),
                ("b", "What I found"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Tyler understood simple instructions but lost track of longer ones, especially those with time words such as 'before', 'after' and 'until'.",
                            "communication_interaction",
                            B2_LANG,
                        ),
                        (
                            "N",
                            "He struggled to explain words that came up in his panel meeting, such as 'contract', 'reparation' and 'victim awareness'.",
                            "communication_interaction",
                            B2_LANG,
                        ),
                    ],
                ),
                (
                    "N",
                    "His word-finding is slow and he fills the gaps with 'stuff' and 'like, you know'.",
                    "communication_interaction",
                    B2_EXPR,
                ),
                (
                    "N",
                    "In a conversation with two adults Tyler lost track of who was speaking and stopped joining in after a few minutes.",
                    "communication_interaction",
                    None,
                ),
                (
                    "p",
                    "These difficulties are easy to miss. Tyler is polite, makes good eye contact and has a quick sense of humour, and adults tend to assume he has understood more than he has. It is my view that some of the incidents recorded at school as refusal happened when he had not understood what was expected of him.",
                ),
                ("b", "Recommendations"),
                (
                    "num",
                    [
                        (
                            "R",
                            "A block of six weekly 45-minute sessions with me, to teach Tyler strategies for asking for clarification and checking what he has agreed to.",
                            "communication_interaction",
                            "specific",
                            F2_SALT,
                        ),
                        (
                            "R",
                            "I recommend that I deliver one session of training (about an hour) on communication-friendly practice at a Learning Centre staff meeting this term.",
                            "communication_interaction",
                            "not_specific",
                            F2_TRAIN,
                        ),
                        (
                            "R",
                            "A vocabulary programme for the subject words of his GCSE and vocational courses, delivered by a teaching assistant for 20 minutes three times a week.",
                            "communication_interaction",
                            "less",
                            F2_VOCAB,
                        ),
                        (
                            "R",
                            "Important information, such as deadlines and changes to his timetable, should be given to him in writing as well as spoken.",
                            "communication_interaction",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "His YJS supervision sessions and panel meetings should use visual summaries and plain language.",
                            "other",
                            "not_educational",
                            None,
                            {"note": "for the justice system, not educational provision"},
                        ),
                    ],
                ),
                (
                    "X",
                    "A full language assessment is not needed at this stage; the screen, with what staff describe, gives enough to plan support.",
                    "option considered and not recommended",
                ),
                (
                    "p",
                    "Lowri Abernethy-Khan, Speech and Language Therapist (HCPC registered). 21 September 2026. 01632 960519.",
                ),
            ],
        ),
        dict(
            file=ETE2,
            footer="Brindlemere YJS - ETE report - Tyler Rourke-Baptiste",
            author="Brindlemere Youth Justice Service",
            blocks=[
                ("org", "Brindlemere Youth Justice Service"),
                ("title", "Education, Training and Employment (ETE) report"),
                (
                    "kv",
                    [
                        ("Young person", "Tyler Rourke-Baptiste"),
                        ("Written by", "Shaun Delacroix-Pike, ETE Worker"),
                        ("For", "Brindlemere City Council EHC needs assessment"),
                        ("Date", "24 September 2026"),
                    ],
                ),
                ("h", 2, "Education history"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Tyler was permanently excluded from Fernhill Academy in Year 9 and has attended Brindlemere Learning Centre since January 2025.",
                            "history",
                        ),
                        (
                            "X",
                            "Since his Referral Order began his attendance has risen from 48% to 61%.",
                            "progress",
                        ),
                    ],
                ),
                (
                    "p",
                    "I see Tyler every Tuesday as part of his order and have visited him twice at the Learning Centre. He has been open with me about wanting to get things right this year.",
                ),
                (
                    "p",
                    "Tyler's Referral Order contract includes attending education every day, completing six hours of reparation and taking part in a victim awareness programme. His ETE target, agreed at the panel, is to be on a college or training course by September 2027. He has kept every appointment with me at the Learning Centre but has missed two at the YJS office in town.",
                ),
                ("h", 2, "Current position"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Tyler reads at around the level of a ten-year-old and could not read the application form for the construction taster course without help.",
                            "cognition_learning",
                            B2_LIT,
                        ),
                        (
                            "N",
                            "His maths is at about Entry Level 3: he can work out change from £10 but struggles with fractions and percentages.",
                            "cognition_learning",
                            B2_MATHS,
                        ),
                    ],
                ),
                (
                    "N",
                    "He cannot yet tell the time on an analogue clock and has missed two appointments because he misread the bus timetable.",
                    "other",
                    None,
                ),
                (
                    "N",
                    "When he is bored or unsure what to do, Tyler leaves the room and does not come back; he walked out of three lessons this month.",
                    "semh",
                    B2_SEMH,
                ),
                (
                    "N",
                    "Tyler has no clear idea of what he wants to do after Year 11 beyond 'something with my hands', and he has had no careers guidance.",
                    "other",
                    B2_PFA,
                ),
                (
                    "X",
                    "He was proud to be chosen to help repaint the community centre as part of his reparation, and the supervisor said he was one of the hardest workers there.",
                    "strength",
                ),
                ("h", 2, "What would help"),
                (
                    "grid",
                    [
                        ["Recommendation", "Reason"],
                        [
                            (
                                "R",
                                "Tyler should have a place on the Brindlemere College construction taster programme one day a week from January 2027, with a learning mentor for the first six weeks.",
                                "other",
                                "specific",
                                F2_CONS,
                            ),
                            "He does best in practical work and this keeps a college route open.",
                        ],
                        [
                            (
                                "R",
                                "He needs one-to-one careers guidance from a qualified adviser, at least three sessions before the end of the spring term.",
                                "other",
                                "not_specific",
                                F2_CAREERS,
                            ),
                            "He has had none, and college applications close in February.",
                        ],
                        [
                            (
                                "R",
                                "Daily literacy support of 30 minutes using a programme written for older readers, such as Toe by Toe.",
                                "cognition_learning",
                                "specific",
                                F2_LIT,
                            ),
                            "His reading stops him filling in forms and following written instructions.",
                        ],
                        [
                            (
                                "R",
                                "Telling the time and reading timetables should be taught in his weekly life skills lesson until he can plan a journey on his own.",
                                "other",
                                "missing_from_f",
                            ),
                            "He has missed appointments and is at risk of breaching his order.",
                        ],
                        [
                            (
                                "R",
                                "A mentor at the Learning Centre should meet him for 15 minutes at the start of each day to go through his timetable.",
                                "semh",
                                "wrong_section",
                                H2_MENTOR,
                                {"section": "H2"},
                            ),
                            "Most walk-outs happen when he did not know what the lesson would be.",
                        ],
                    ],
                    [0.62, 0.38],
                ),
                (
                    "p",
                    "A managed move to another mainstream school was discussed at his Referral Order panel. I do not think it would be right for Tyler in Year 11, and the Learning Centre agrees.",
                ),
                (
                    "p",
                    "Shaun Delacroix-Pike, ETE Worker, Brindlemere Youth Justice Service. Telephone 01632 960244.",
                ),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalac-03: Kestrelmoor County Council; Poppy Harcourt-Nwosu, 9, Year 5, an RAF
# family posted into the county. The plan came from Eastmarsh Borough Council on
# transfer and the new council has rewritten it.
# layout "transfer-status-in-heading": Word headings that carry each section's status on
# transfer in square brackets ("B. Special educational needs [rewritten on transfer]").
# ---------------------------------------------------------------------------

B3_LIT = "Poppy has specific learning difficulties (dyslexia) affecting her reading, spelling and writing."
B3_HAND = "Her handwriting is slow and can be hard to read."
B3_GAPS = "Because she has moved school several times, there are gaps in her learning, particularly in maths."
B3_ANX = "Poppy becomes anxious at times of change, including when her father is deployed, and this can affect her learning and attendance."
B3_ESTEEM = "She has low confidence in herself as a learner."

F3_DYS = "Specialist dyslexia teaching by a teacher holding an approved specialist qualification, for two 45-minute sessions a week, one-to-one or in a pair."
F3_PRE = "Pre-teaching of the key vocabulary and ideas of each new maths unit by the class teaching assistant, for 15 minutes three times a week."
F3_GAPS = (
    "Gaps in Poppy's maths to be addressed through quality first teaching and differentiation."
)
F3_TYPE = "A touch-typing programme (such as Nessy Fingers) for 15 minutes, three times a week, and a laptop for any writing task longer than a paragraph."
F3_ELSA = "Emotional literacy support from a trained ELSA."
F3_KEY = "A named key adult, with a five-minute check-in at the start of every school day while her father is deployed."
F3_TRANS = "Support with transition when the family next moves."
H3_GROUP = "Poppy will attend the school's Little Troopers group for service children, run weekly by the family support worker."

SCEA3 = "service_children_adviser_report.docx"
SENCO3 = "senco_report.pdf"


def _t(sid: str, text: str) -> tuple:
    """A Word heading carrying the section's status on transfer in square brackets."""
    return ("H", sid, text, "h2")


CASE_03 = dict(
    name="case-evalac-03",
    layout="transfer-status-in-heading",
    summary=(
        "Kestrelmoor County Council; Poppy Harcourt-Nwosu, 9, Year 5 at Tollerby St Aidan's CE Primary, "
        "from an RAF family posted to the county in August 2026 (dyslexia, handwriting, gaps from moving "
        "school, anxiety around deployment). The plan was transferred from Eastmarsh Borough Council and "
        "rewritten; each heading says in square brackets whether the section was carried over, updated or "
        "rewritten. Reports: the council's service children's education adviser and the new school's SENCo."
    ),
    note="Headings end with the section's status on transfer in square brackets. The introduction quotes the old plan's provision, which is not this plan's Section F. The Little Troopers group, an educational response to her anxiety, stands in H2: wrong_section. Advice to the family about the HIVE service and about telling the school of deployment dates is not_educational.",
    plan=dict(
        file="plan.docx",
        header="Kestrelmoor County Council - Education, Health and Care Plan",
        footer="Poppy Harcourt-Nwosu - plan amended on transfer - final 30 October 2026",
        author="Kestrelmoor SEN Service",
        sans=True,
        accent="2E5E3E",
        blocks=[
            ("org", "Kestrelmoor County Council - SEN Service"),
            ("title", "Education, Health and Care Plan (transferred)"),
            ("small", "Poppy Harcourt-Nwosu   Date of birth: 21 May 2017   Final: 30 October 2026"),
            (
                "small",
                "SEN officer: Gareth Ilunga, 01632 960164, sen.service@kestrelmoor.example.org",
            ),
            (
                "p",
                "Poppy's EHC plan was made by Eastmarsh Borough Council on 12 March 2025 and transferred to Kestrelmoor County Council when her family moved to RAF Tollerby in August 2026. Kestrelmoor has reviewed the plan and this plan replaces it in full. The Eastmarsh plan specified 'three sessions of specialist dyslexia teaching a week' and 'daily precision teaching of spellings'; the provision Kestrelmoor will secure is in Section F below.",
            ),
            (
                "p",
                "The status of each section on transfer is shown in square brackets after its heading.",
            ),
            _t("A", "A. Views, interests and aspirations of Poppy and her family [carried over]"),
            (
                "S",
                "A",
                "Poppy loves gymnastics, drawing horses and video calls with her dad when he is away.",
            ),
            (
                "p",
                'She says: "I want people to know I\'m not slow, I just need more time." Her mum would like her to stay at one school long enough to feel settled and to catch up.',
            ),
            _t("B", "B. Special educational needs [rewritten on transfer]"),
            ("S", "B", [B3_LIT, B3_HAND]),
            ("p", B3_GAPS),
            ("p", [B3_ANX, B3_ESTEEM]),
            _t("C", "C. Health needs related to SEN [updated]"),
            (
                "S",
                "C",
                "Poppy has no health needs that relate to her SEN. She is registered with the RAF Tollerby medical centre.",
            ),
            _t("D", "D. Social care needs related to SEN [carried over]"),
            ("S", "D", "Poppy has no social care needs."),
            _t("E", "E. Outcomes [rewritten on transfer]"),
            (
                "S",
                "E",
                "By July 2027 Poppy will read a Year 4 text at 90 words a minute with understanding.",
            ),
            (
                "p",
                "By July 2027 Poppy will use formal written methods to multiply and divide by a one-digit number.",
            ),
            (
                "p",
                "During her father's next deployment Poppy will attend school every day and tell her key adult when she is worried.",
            ),
            _t("F", "F. Special educational provision [rewritten on transfer]"),
            (
                "S",
                "F",
                "Tollerby St Aidan's CE Primary will make the following provision from the notional SEN budget and top-up funding from Kestrelmoor.",
            ),
            (
                "bul",
                [
                    ("F", F3_DYS, True),
                    ("F", F3_PRE, True),
                    ("F", F3_GAPS, False),
                    ("F", F3_TYPE, True),
                    ("F", F3_ELSA, False),
                    ("F", F3_KEY, True),
                    ("F", F3_TRANS, False),
                ],
            ),
            _t("G", "G. Health provision [carried over]"),
            ("S", "G", "No health provision is required."),
            _t("H1", "H1. Social care provision under section 2 of the CSDPA 1970 [carried over]"),
            ("S", "H1", "None."),
            _t("H2", "H2. Other social care provision [updated]"),
            ("S", "H2", H3_GROUP),
            _t("I", "I. Placement [new school named]"),
            ("S", "I", "Tollerby St Aidan's CE Primary School (mainstream, voluntary aided)."),
            _t("J", "J. Personal budget [carried over]"),
            ("S", "J", "None requested."),
            _t("K", "K. Advice and information [updated]"),
            (
                "S",
                "K",
                "Eastmarsh EHC plan and advice (2025); service children's education adviser report (October 2026); SENCo report, Tollerby St Aidan's (October 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=SCEA3,
            footer="Kestrelmoor Service Children's Education Advisory Team",
            author="Kestrelmoor County Council",
            blocks=[
                ("org", "Kestrelmoor County Council - Service Children's Education Advisory Team"),
                ("title", "Advice on transfer of EHC plan: Poppy Harcourt-Nwosu"),
                (
                    "kv",
                    [
                        ("Pupil", "Poppy Harcourt-Nwosu, Year 5, Tollerby St Aidan's CE Primary"),
                        ("Adviser", "Helen Brayford-Shah, Service Children's Education Adviser"),
                        ("Date", "8 October 2026"),
                    ],
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "The family moved from RAF Halsey Down to RAF Tollerby in August 2026, and Poppy's father is expected to deploy for six months from January 2027.",
                            "history and family circumstances",
                        ),
                        (
                            "X",
                            "Her EHC plan was made by Eastmarsh Borough Council in March 2025 and came to Kestrelmoor when the family moved.",
                            "history",
                        ),
                    ],
                ),
                (
                    "X",
                    "Many service children do well despite frequent moves, and mobility on its own is not a special educational need.",
                    "general opinion",
                ),
                (
                    "p",
                    "I met Poppy and her mother at school on 1 October, spoke with the SENCo and read the Eastmarsh plan and the advice behind it. The Eastmarsh plan was detailed, but some of its provision depended on a specialist service that Kestrelmoor does not have.",
                ),
                (
                    "p",
                    "Service families often arrive in a new area with little notice, and records and plans can be slow to follow them. In Poppy's case the school received the plan before she started but not the advice behind it, and the specialist dyslexia teaching in the plan was delivered by an Eastmarsh service that does not exist in Kestrelmoor. The school has sensibly looked for an equivalent rather than waiting for the review.",
                ),
                ("h", 2, "Poppy's needs"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Poppy has attended four schools in two countries, including a service school in Cyprus, and each used a different phonics and maths scheme, so her knowledge has gaps.",
                            "cognition_learning",
                            B3_GAPS,
                        ),
                        (
                            "N",
                            "She has not been taught column methods for multiplication and division, which her new class already use.",
                            "cognition_learning",
                            B3_GAPS,
                        ),
                    ],
                ),
                (
                    "N",
                    "Poppy's anxiety rises sharply in the weeks before and during her father's deployments; during the last one she had tummy aches most mornings and asked to go home.",
                    "semh",
                    B3_ANX,
                ),
                (
                    "N",
                    "She finds it hard to join friendship groups that are already established and has spent most playtimes this term on her own.",
                    "semh",
                    None,
                ),
                (
                    "X",
                    "Poppy's mother says the move has gone better than the last one and that Poppy likes her new teacher.",
                    "progress",
                ),
                ("h", 2, "Advice"),
                (
                    "p",
                    [
                        (
                            "R",
                            "Poppy should have an ELSA session of 30 minutes each week for at least eight weeks, and weekly again for the whole of any deployment.",
                            "semh",
                            "not_specific",
                            F3_ELSA,
                        ),
                        "Without a consistent adult to talk to, her worries tend to come out as reluctance to come to school.",
                    ],
                ),
                (
                    "R",
                    "The school's Little Troopers group for service children (weekly, 40 minutes) would give her a place where her experience is ordinary, and I advise that she joins it now.",
                    "semh",
                    "wrong_section",
                    H3_GROUP,
                    {"section": "H2"},
                ),
                (
                    "R",
                    "A planned programme to fill the gaps in her maths, based on a diagnostic assessment and taught by the teacher in a small group for three 20-minute sessions a week.",
                    "cognition_learning",
                    "not_specific",
                    F3_GAPS,
                ),
                (
                    "R",
                    "Pre-teaching of key maths vocabulary before each unit, so that she starts a topic knowing the words the class will use.",
                    "cognition_learning",
                    "specific",
                    F3_PRE,
                ),
                (
                    "R",
                    "Planning for any future move should begin at least a term before the posting, and the school should send her records and this plan directly to the receiving school.",
                    "other",
                    "not_specific",
                    F3_TRANS,
                ),
                (
                    "R",
                    "The family may find the RAF's HIVE information service useful when they next move, particularly for finding schools.",
                    "other",
                    "not_educational",
                    None,
                    {"note": "advice for the family"},
                ),
                ("p", "Helen Brayford-Shah, Service Children's Education Adviser. 01632 960290."),
            ],
        ),
        dict(
            file=SENCO3,
            header="Tollerby St Aidan's CE Primary School",
            footer="SENCo report - Poppy Harcourt-Nwosu - page {n} of {m}",
            author="Tollerby St Aidan's CE Primary School",
            blocks=[
                ("org", "Tollerby St Aidan's CE Primary School"),
                ("title", "SENCo report for the review of Poppy's transferred EHC plan"),
                ("small", "Written by Mrs Joanna Petrakis-Lowe, SENCo, 12 October 2026"),
                ("b", "Settling in"),
                (
                    "p",
                    "Poppy joined Year 5 on 3 September. She came with the Eastmarsh plan and her last school's records, which arrived two weeks after she did. We put the plan's provision in place as far as we could from the first week, apart from the precision teaching, which we are not trained to deliver.",
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Her speaking and listening are a real strength; she gave a confident talk to the class about living in Cyprus.",
                            "strength",
                        ),
                        (
                            "X",
                            "A coloured overlay trial at her previous school showed no benefit and has been stopped.",
                            "ruled out",
                        ),
                    ],
                ),
                ("b", "Assessment"),
                (
                    "grid",
                    [
                        ["Test", "Result", "Date"],
                        ["YARC reading rate", "Standard score 72", "September 2026"],
                        ["YARC comprehension", "Standard score 94", "September 2026"],
                        [
                            "Single word spelling test",
                            "Spelling age 7 years 2 months",
                            "September 2026",
                        ],
                    ],
                    [0.42, 0.36, 0.22],
                ),
                (
                    "X",
                    "Her comprehension score is within the average range when a passage is read to her.",
                    "test result",
                ),
                ("b", "Current needs"),
                (
                    "bul",
                    [
                        (
                            "N",
                            "Poppy reads accurately but very slowly, at about 60 words a minute, and has to re-read sentences to understand them.",
                            "cognition_learning",
                            B3_LIT,
                        ),
                        (
                            "N",
                            "Her spelling is at the level of a typical seven-year-old; she leaves out vowels in longer words.",
                            "cognition_learning",
                            B3_LIT,
                        ),
                        (
                            "N",
                            "She forms letters inconsistently and writes about half as much as her classmates in the time given.",
                            "sensory_physical",
                            B3_HAND,
                        ),
                        (
                            "N",
                            "Poppy cannot hold more than three items in mind at once and loses track of instructions with several parts.",
                            "cognition_learning",
                            None,
                        ),
                        (
                            "N",
                            "She avoids reading aloud and has told her teacher that she is 'the stupid one' in the class.",
                            "semh",
                            B3_ESTEEM,
                        ),
                    ],
                ),
                ("b", "Recommendations"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "Specialist dyslexia teaching should continue at three 45-minute sessions a week, as in her Eastmarsh plan, from a specialist teacher.",
                            "cognition_learning",
                            "less",
                            F3_DYS,
                        ),
                        (
                            "R",
                            "A touch-typing programme for 15 minutes three times a week, leading to a laptop for longer pieces of writing.",
                            "sensory_physical",
                            "specific",
                            F3_TYPE,
                        ),
                        (
                            "R",
                            "Instructions given one step at a time and backed up with a written or picture list on her desk.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "A key adult who checks in with her at the start of every day while her dad is deployed.",
                            "semh",
                            "specific",
                            F3_KEY,
                        ),
                        (
                            "R",
                            "We would ask Poppy's parents to let us know deployment dates as early as they can.",
                            "semh",
                            "not_educational",
                            None,
                            {"note": "a request to the family"},
                        ),
                    ],
                ),
                ("p", "Mrs Joanna Petrakis-Lowe, SENCo. Telephone 01632 960733."),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalac-04: Hollinsford Metropolitan Borough Council; Kai Ferreira-Dunmore, 12,
# Year 8 at a large mainstream academy; an independent clinical and forensic
# psychologist's report prepared for the family's appeal to the Tribunal.
# layout "paragraph-range-in-heading": each heading names the range of the section's
# numbered paragraphs ("Section F: Special educational provision (paragraphs F1 to F9)").
# ---------------------------------------------------------------------------

B4_LANG = "Kai has difficulties with understanding spoken language and with verbal reasoning."
B4_WM = "His working memory and speed of processing are weaker than his other abilities, so he finds it hard to keep up in lessons."
B4_LIT = "Kai's reading and writing are below the level expected for his age."
B4_TRAUMA = "Kai experienced trauma in early childhood. He can be hypervigilant and reacts strongly to perceived threat or unfairness, which has led to suspensions."
B4_UNSTR = "He finds unstructured times of the school day, such as break and lunch, difficult."

F4_TA = "Kai will be taught in mainstream classes with support from a teaching assistant across the curriculum."
F4_LFT = "A teaching assistant will deliver the Language for Thinking programme to Kai in a group of no more than four pupils, three times a week for 30 minutes."
F4_MENTOR = "Kai will have access to a mentor."
F4_LEXIA = "A computer-based literacy programme (Lexia PowerUp) for 20 minutes, three times a week, supervised by the literacy coordinator."
F4_KEY = "A named key adult, trained in trauma-informed practice, who will meet Kai for 20 minutes at the start and for 10 minutes at the end of each school day."
F4_LUNCH = "A structured lunchtime club in the library, with a member of staff present, every day."
F4_STAFF = "Staff will be given information about Kai's needs."
F4_DEESC = "An individual de-escalation plan, written with Kai and his mother and reviewed every half term, shared with every member of staff who teaches him."
F4_EP = "Advice from the educational psychology service as appropriate."
G4_SALT = "Kai will be referred to the NHS children's speech and language therapy service for assessment and, where the therapist advises, direct therapy."
G4_CAMHS = (
    "Kai has been referred to the Hollinsford CAMHS trauma pathway for assessment and therapy."
)

PSY4 = "psychologist_report.pdf"
SENCO4 = "senco_report.docx"


def _r(sid: str, text: str) -> tuple:
    """A heading naming the range of the section's numbered paragraphs."""
    return ("H", sid, text, "h2")


def _np(prefix: str, texts: list) -> list:
    """Numbered paragraphs B1, B2 ... with the number as literal text."""
    return [("np", f"{prefix}{i}.", t) for i, t in enumerate(texts, 1)]


CASE_04 = dict(
    name="case-evalac-04",
    layout="paragraph-range-in-heading",
    summary=(
        "Hollinsford Metropolitan Borough Council; Kai Ferreira-Dunmore, 12, Year 8 at Hollinsford Park "
        "Academy (language comprehension, working memory, literacy, trauma, suggestibility and risk of "
        "exploitation). Each heading names the range of the section's numbered paragraphs. Reports: an "
        "independent consultant clinical and forensic psychologist's report prepared for the appeal, "
        "arguing at length, and the academy SENCo's report."
    ),
    note="Headings end with the range of the section's numbered paragraphs. The psychologist quotes the plan's mentor provision and argues for a specialist setting (a Section I matter, non_needs). The speech and language therapy assessment and weekly therapy stand in G: wrong_section. CAMHS trauma therapy and sleep advice for home are not_educational.",
    plan=dict(
        file="plan.pdf",
        header="Hollinsford MBC - EHC Plan - Kai Ferreira-Dunmore",
        footer="Final plan 6 July 2026 - page {n} of {m}",
        author="Hollinsford Metropolitan Borough Council",
        accent="7A2E1F",
        blocks=[
            (
                "org",
                "Hollinsford Metropolitan Borough Council - Special Educational Needs Assessment and Review",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Kai Ferreira-Dunmore"),
                    ("Date of birth", "30 November 2013"),
                    ("School", "Hollinsford Park Academy, Year 8"),
                    ("Date of final plan", "6 July 2026"),
                    ("SEN officer", "Rachael Bianchi-Owusu, 01632 960658"),
                ],
            ),
            (
                "p",
                "Paragraphs are numbered within each section so that they can be referred to at reviews and in correspondence.",
            ),
            _r("A", "Section A: Kai's views, interests and aspirations (paragraphs A1 to A2)"),
            ("np", "A1.", ("S", "A", "Kai likes boxing, music production and his dog, Rolo.")),
            (
                "np",
                "A2.",
                'Kai said he wants teachers to "stop shouting at me for stuff that isn\'t my fault". His mother wants him to stay in school and to stay away from the older boys he has been spending time with.',
            ),
            _r("B", "Section B: Special educational needs (paragraphs B1 to B5)"),
            ("np", "B1.", ("S", "B", B4_LANG)),
            *[("np", f"B{i}.", t) for i, t in enumerate([B4_WM, B4_LIT, B4_TRAUMA, B4_UNSTR], 2)],
            _r("C", "Section C: Health needs (paragraph C1)"),
            (
                "np",
                "C1.",
                (
                    "S",
                    "C",
                    "Kai has difficulty getting to sleep and his mother reports that he often sleeps for only five or six hours.",
                ),
            ),
            _r("D", "Section D: Social care needs (paragraph D1)"),
            (
                "np",
                "D1.",
                (
                    "S",
                    "D",
                    "Kai is supported by a social worker from the Hollinsford Adolescent Support Team under a child in need plan.",
                ),
            ),
            _r("E", "Section E: Outcomes (paragraphs E1 to E3)"),
            (
                "np",
                "E1.",
                (
                    "S",
                    "E",
                    "By July 2027 Kai will read and understand a Year 7 science text with the support of a word bank.",
                ),
            ),
            ("np", "E2.", "By the end of Year 8 Kai will have no more than one suspension a term."),
            (
                "np",
                "E3.",
                "By the end of Year 9 Kai will use his de-escalation plan to take himself to a safe place when he feels threatened.",
            ),
            _r("F", "Section F: Special educational provision (paragraphs F1 to F9)"),
            ("np", "F1.", ("S", "F", ("F", F4_TA, False))),
            ("np", "F2.", ("F", F4_LFT, True)),
            ("np", "F3.", ("F", F4_MENTOR, False)),
            ("np", "F4.", ("F", F4_LEXIA, True)),
            ("np", "F5.", ("F", F4_KEY, True)),
            ("np", "F6.", ("F", F4_LUNCH, True)),
            ("np", "F7.", ("F", F4_STAFF, False)),
            ("np", "F8.", ("F", F4_DEESC, True)),
            ("np", "F9.", ("F", F4_EP, False)),
            _r("G", "Section G: Health provision (paragraphs G1 to G2)"),
            ("np", "G1.", ("S", "G", G4_CAMHS)),
            ("np", "G2.", G4_SALT),
            _r("H1", "Section H1: Social care provision under the CSDPA 1970 (paragraph H1.1)"),
            ("np", "H1.1", ("S", "H1", "None.")),
            _r("H2", "Section H2: Other social care provision (paragraph H2.1)"),
            (
                "np",
                "H2.1",
                (
                    "S",
                    "H2",
                    "Kai's social worker will visit at least every four weeks under his child in need plan.",
                ),
            ),
            _r("I", "Section I: Placement (paragraph I1)"),
            ("np", "I1.", ("S", "I", "Hollinsford Park Academy (mainstream academy).")),
            _r("J", "Section J: Personal budget (paragraph J1)"),
            ("np", "J1.", ("S", "J", "No personal budget has been requested.")),
            _r("K", "Section K: Advice and information (paragraph K1)"),
            (
                "np",
                "K1.",
                (
                    "S",
                    "K",
                    "Educational psychology advice (April 2026); SENCo advice (April 2026); social care advice (April 2026); CAMHS letter (May 2026).",
                ),
            ),
        ],
    ),
    reports=[
        dict(
            file=PSY4,
            header="Dr I. Vasquez-Thorne - Psychological report - Kai Ferreira-Dunmore",
            footer="Prepared for the First-tier Tribunal (SEND) - page {n} of {m}",
            author="Dr Imogen Vasquez-Thorne",
            blocks=[
                ("org", "Dr Imogen Vasquez-Thorne, DClinPsy, CPsychol"),
                (
                    "small",
                    "Consultant Clinical and Forensic Psychologist, 14 Chantry Row, Hollinsford AC7 3WN",
                ),
                ("title", "Psychological report on Kai Ferreira-Dunmore"),
                (
                    "small",
                    "Prepared on the instructions of Marlow Eastwood Solicitors for the appeal against Hollinsford MBC. Date: 14 October 2026.",
                ),
                ("h", 2, "1. Instructions and declaration"),
                (
                    "p",
                    "I was asked to assess Kai's cognitive, language and emotional functioning, to describe his special educational needs and to advise on the provision and type of school he requires. I saw Kai on 22 September and 29 September 2026 at my consulting rooms, and spoke with his mother, his head of year and his social worker.",
                ),
                (
                    "X",
                    "I understand that my duty is to the Tribunal and that it overrides any obligation to the party instructing or paying me.",
                    "expert's declaration",
                ),
                ("h", 2, "2. Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Kai lived with his mother and her former partner until he was six; social care records describe domestic abuse in the home during that time.",
                            "history",
                        ),
                        (
                            "X",
                            "In March 2026 Kai was arrested with two older boys and released under investigation; no further action was taken.",
                            "history: youth justice contact",
                        ),
                    ],
                ),
                (
                    "p",
                    "School records show that Kai's difficulties were first raised in Year 4, when his teacher noted that he 'switches off' during explanations. He received an EHC plan in July 2026 after his third suspension.",
                ),
                (
                    "p",
                    "I have read the documents listed in the appendix, including the council's educational psychology advice of April 2026, the school's behaviour log for 2025 to 2026, the social care chronology and the final EHC plan. I have not been provided with the CAMHS records and have relied on his mother's account of his contact with that service.",
                ),
                (
                    "p",
                    "Kai's mother describes him as a loving, funny boy who is 'a different child' at home from the one the school describes. She told me that he has always struggled to follow what is said to him, and that at primary school he was often kept in at break to finish work he had not understood in the first place. She is worried that the older boys he has met in the park are 'using him', and that the school sees his behaviour only as a discipline problem.",
                ),
                ("h", 2, "3. Assessment"),
                (
                    "grid",
                    [
                        ["WISC-V UK index", "Standard score", "Centile"],
                        ["Verbal Comprehension", "76", "5"],
                        ["Visual Spatial", "97", "42"],
                        ["Fluid Reasoning", "98", "45"],
                        ["Working Memory", "74", "4"],
                        ["Processing Speed", "80", "9"],
                    ],
                    [0.5, 0.25, 0.25],
                ),
                (
                    "X",
                    "His fluid reasoning score of 98 is in the average range and is a real strength: Kai can solve new problems well when language demands are low.",
                    "strength and test result",
                ),
                (
                    "X",
                    "On the Gudjonsson Suggestibility Scale his yield and shift scores were well above those of his age group.",
                    "test result",
                ),
                ("h", 2, "4. Opinion on Kai's needs"),
                (
                    "N",
                    "Kai's Verbal Comprehension score of 76 shows that his understanding of spoken language and his verbal reasoning are at the 5th centile, well below what his teachers appear to assume.",
                    "communication_interaction",
                    B4_LANG,
                ),
                (
                    "N",
                    "His working memory and processing speed are both well below average, so that he loses the thread of explanations and copies only a fraction of what is on the board.",
                    "cognition_learning",
                    B4_WM,
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "His responses to perceived threat (a raised voice, clenched fists, leaving the room) are consistent with hypervigilance arising from early trauma rather than with deliberate defiance.",
                            "semh",
                            B4_TRAUMA,
                        ),
                        "I note that most of the incidents leading to suspension began with a correction given in front of his peers, and that in three of the four Kai was recorded as saying that the teacher had 'picked on' him.",
                    ],
                ),
                (
                    "N",
                    "He does not recognise the signs of rising distress in his own body until he is already angry, and he has no reliable way of letting an adult know.",
                    "semh",
                    None,
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Kai is highly suggestible and compliant with older peers, and in my opinion this leaves him at serious risk of being drawn into criminal exploitation.",
                            "semh",
                            None,
                        ),
                        "This is not a matter for the police alone. A young person with Kai's profile does not understand the hints and pressures that older boys use, and the school is the place where he can be taught to recognise them.",
                    ],
                ),
                (
                    "p",
                    "The council's educational psychologist, Ms Adeyemi, described Kai's understanding as 'in the low average range' on the basis of a shorter screening assessment. I do not disagree with her observations of Kai in class, which are careful and fair, but a screening measure is not able to separate verbal comprehension from working memory in the way that the full WISC-V does, and in my opinion the size of the gap between Kai's verbal and non-verbal abilities has been underestimated as a result.",
                ),
                (
                    "p",
                    "It is well established in the research literature that young people who have experienced early adversity, and who also have unrecognised language difficulties, are over-represented among those excluded from school and among those who come into contact with the youth justice system. I do not say this to predict Kai's future, which is far from settled, but to explain why I consider that the next two years of his education matter so much.",
                ),
                (
                    "p",
                    "Taken together, these findings describe a boy who often does not understand what is asked of him, who cannot hold it in mind long enough to act on it, and who experiences the resulting confusion and correction as a threat. In my opinion the pattern of suspensions follows directly from this profile. A behavioural approach built on sanctions is unlikely to work for Kai, because it does not address either the language demands of the classroom or his physiological response to perceived threat.",
                ),
                ("h", 2, "5. Comments on the current plan"),
                (
                    "p",
                    "The current Section F says that Kai 'will have access to a mentor'. In my opinion that sentence does not tell the school, Kai or his mother who the mentor is, how often they will meet or what they will do, and it could be met by a single conversation a term.",
                ),
                (
                    "p",
                    "Section B of the plan is, in general, an accurate summary of the school's advice. It does not, however, refer to his suggestibility or to his difficulty noticing his own distress, both of which are central to understanding his behaviour.",
                ),
                (
                    "p",
                    "Paragraphs F2, F4, F6 and F8 of the plan are specific and, as far as they go, appropriate. My concern is less with what the plan says than with what it leaves out: there is nothing in Section F that teaches Kai to recognise his own rising distress, and nothing that addresses the risk posed by his suggestibility.",
                ),
                ("h", 2, "6. Placement"),
                (
                    "X",
                    "In my opinion Kai's needs would be best met in a small specialist setting for pupils with social, emotional and mental health needs, such as Brookvale School, rather than in a secondary school of 1,400 pupils.",
                    "opinion on placement (Section I)",
                ),
                (
                    "p",
                    "I recognise that Kai and his mother would prefer him to stay at Hollinsford Park, where his friends are. If the Tribunal decides that he should remain there, the provision below is the minimum that would allow him to make progress.",
                ),
                ("h", 2, "7. Recommendations"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "If Kai remains at Hollinsford Park Academy, he will need an adult with him in all lessons (about 25 hours a week), trained in trauma-informed practice.",
                            "semh",
                            "not_specific",
                            F4_TA,
                        ),
                        (
                            "R",
                            "A named key adult should meet him for 20 minutes at the start and 10 minutes at the end of every day, to check how he is and to prepare him for what is ahead.",
                            "semh",
                            "specific",
                            F4_KEY,
                        ),
                        (
                            "R",
                            "Kai needs a speech and language therapy assessment, followed by direct therapy once a week for at least a term, for his difficulties with understanding.",
                            "communication_interaction",
                            "wrong_section",
                            G4_SALT,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "A small-group programme on safe relationships and recognising exploitation, six weekly sessions of an hour, run by staff he already knows.",
                            "semh",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "An interoception and regulation programme (for example the Zones of Regulation) taught one-to-one by an ELSA for 30 minutes twice a week.",
                            "semh",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "All staff who teach Kai should have half a day of training on trauma and its effect on learning, from an educational psychologist, before the start of the spring term.",
                            "semh",
                            "not_specific",
                            F4_STAFF,
                        ),
                        (
                            "R",
                            "Kai should be offered trauma-focused therapy through CAMHS.",
                            "health",
                            "not_educational",
                            G4_CAMHS,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "At home, a consistent bedtime with no phone in his room after 10 pm would help his sleep.",
                            "health",
                            "not_educational",
                            None,
                            {"note": "advice for home"},
                        ),
                    ],
                ),
                (
                    "X",
                    "I considered whether Kai might be autistic but found no evidence of this in the assessment or the history.",
                    "ruled out",
                ),
                (
                    "p",
                    "Statement of truth: I confirm that I have made clear which facts and matters referred to in this report are within my own knowledge and which are not.",
                ),
                (
                    "p",
                    "Dr Imogen Vasquez-Thorne. Telephone 01632 960871. i.vasquez-thorne@example.org",
                ),
            ],
        ),
        dict(
            file=SENCO4,
            footer="Hollinsford Park Academy - SENCo report",
            author="Hollinsford Park Academy",
            blocks=[
                ("org", "Hollinsford Park Academy"),
                ("title", "SENCo report: Kai Ferreira-Dunmore, Year 8"),
                ("small", "Tobias Ugwu-Harland, SENCo, 2 October 2026"),
                ("h", 2, "Attendance and behaviour"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Kai has had four suspensions since September 2025, totalling nine days.",
                            "history",
                        ),
                        ("X", "His attendance this term is 89%.", "attendance figure"),
                    ],
                ),
                (
                    "X",
                    "We tried a reduced timetable in the summer term, but this left him in the community without supervision for much of the day and was stopped after three weeks.",
                    "option tried and stopped",
                ),
                ("h", 2, "Support in place since the plan was issued"),
                (
                    "grid",
                    [
                        ["Support", "Since", "What we have seen"],
                        [
                            "Library lunch club",
                            "September 2026",
                            "No lunchtime incidents in the five weeks he has attended",
                        ],
                        [
                            "Language for Thinking group",
                            "September 2026",
                            "Enjoys it; teacher reports better answers to 'why' questions",
                        ],
                        [
                            "Lexia PowerUp, three times a week",
                            "September 2026",
                            "Steady but slow progress",
                        ],
                    ],
                    [0.34, 0.2, 0.46],
                ),
                ("h", 2, "Current needs"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Kai's reading age on the NGRT is 9 years 4 months, and he can read subject texts only with an adult's help.",
                            "cognition_learning",
                            B4_LIT,
                        ),
                        (
                            "N",
                            "His written work is brief; in most lessons he writes no more than a few lines.",
                            "cognition_learning",
                            B4_LIT,
                        ),
                    ],
                ),
                (
                    "N",
                    "He arrives at lessons without equipment most days, loses homework sheets and cannot use his planner to keep track of deadlines.",
                    "cognition_learning",
                    None,
                ),
                (
                    "N",
                    "Lunchtimes are the flashpoint: most incidents last year happened in the canteen or on the field.",
                    "semh",
                    B4_UNSTR,
                ),
                ("h", 2, "Recommendations"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "Lexia PowerUp should be increased to every day, 20 minutes a session.",
                            "cognition_learning",
                            "less",
                            F4_LEXIA,
                        ),
                        (
                            "R",
                            "Kai should stay in the Language for Thinking group, three 30-minute sessions a week.",
                            "communication_interaction",
                            "specific",
                            F4_LFT,
                        ),
                        (
                            "R",
                            "He should continue to go to the library lunch club every day.",
                            "semh",
                            "specific",
                            F4_LUNCH,
                        ),
                        (
                            "R",
                            "His de-escalation plan should be reviewed with him and his mother each half term and given to all his teachers.",
                            "semh",
                            "specific",
                            F4_DEESC,
                        ),
                    ],
                ),
                (
                    "p",
                    "Kai is a likeable young man who is liked by staff who know him well. He has been a reliable helper at the Year 7 open evening and in the music department.",
                ),
                (
                    "p",
                    "Tobias Ugwu-Harland, SENCo. 01632 960702, senco@hollinsfordpark.example.org",
                ),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
