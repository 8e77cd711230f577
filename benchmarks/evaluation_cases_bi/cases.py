# ruff: noqa: E501, N802
"""Set BI as data: language, culture and interrupted education (a 9-year-old new to English
with a developmental language disorder, a 12-year-old refugee with trauma and years of missed
schooling, an 8-year-old Traveller child with literacy difficulties and broken attendance),
in plan layouts no earlier set has.

Every name, council, school, service, NHS trust and professional is invented. Phone numbers
are in the 01632 960xxx range, mobiles 07700 900xxx, e-mail addresses are at example.org and
NHS numbers begin 999. Markers are those of evaluation_kit.dataset.
"""


def N(text, area, plan_text=None):
    """A need; plan_text None when Section B leaves it out."""
    return ("N", text, area, plan_text)


def R(text, area, status, plan_text=None, **extras):
    """A recommendation with its status against the plan."""
    return ("R", text, area, status, plan_text, extras)


def X(text, why):
    """A sentence that reads like a need or advice but is not a current one."""
    return ("X", text, why)


NAMES = {
    "A": "Views, interests and aspirations",
    "B": "Special educational needs",
    "C": "Health needs related to special educational needs",
    "D": "Social care needs related to special educational needs or disability",
    "E": "Outcomes",
    "F": "Special educational provision",
    "G": "Health provision",
    "H1": "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Other social care provision",
    "I": "Placement",
    "J": "Personal budget",
    "K": "Advice and information",
}

CI, CL, SEMH, SP, IND = (
    "communication_interaction",
    "cognition_learning",
    "semh",
    "sensory_physical",
    "other",
)
HEALTH = "health"


def _title(sid):
    return " ".join(
        w
        if w in ("and", "of", "or", "to", "the", "under", "by") or w[0].isdigit()
        else w[:1].upper() + w[1:]
        for w in NAMES[sid].split()
    )


# ---------------------------------------------------------------------------
# case-evalbi-01: Ashcombe Metropolitan Borough Council; Luan Berisha, 9, new to English
# with a developmental language disorder. Layout "letter-dot-title-case-area-tables-by-whom-how-often-why":
# "B. Special Educational Needs"; B and F are tables per area of need, F with
# Provision / By whom / How often / Why columns.
# ---------------------------------------------------------------------------

B1_DLD = "Luan has a long-term difficulty with learning and using language, in Albanian as well as in English; it is not just because English is new to him."
B1_UNDER = "Luan often does not understand longer instructions, even when they are given in Albanian, and watches other children to work out what to do."
B1_TALK = "When he talks, his sentences are short and have little words and word endings missing."
B1_READ = "Luan is further behind with phonics and reading than other children who arrived in England when he did."
B1_UPSET = "When people do not understand him Luan gets upset and goes quiet, and sometimes he pushes other children at playtime."
B1_STRENGTH = "Luan is good at number work and at football, and he is kind to younger children."

F1_SALT = "Speech and language therapy from the NHS bilingual therapy team: a block of six sessions a year in school, with an Albanian-speaking assistant."
F1_TA = "A teaching assistant trained by the therapist will deliver Luan's language programme in three 20-minute sessions each week, following the therapist's targets."
F1_VIS = "Access to visual support as needed."
F1_PHON = "Daily small-group phonics teaching for 20 minutes with a trained teaching assistant, in addition to the class phonics lesson."
F1_CHECK = "Regular check-ins with a trusted adult."
F1_EALTRACK = "The class teacher and the EAL specialist teacher will assess Luan's English each term against the EAL assessment framework and report the result at his review."
G1_NARR = "The Speech and Language Therapy Service will offer a narrative programme (story structure with picture cues) of 15 minutes twice a week, run in school by the therapy assistant."
G1_AUD = "The children's hearing service at Ashcombe General Hospital will test Luan's hearing."

EAL1 = "eal_specialist_report.docx"
SLT1 = "bilingual_salt_report.pdf"


def _h1(sid):
    return ("H", sid, f"{sid[0]}{sid[1:]}. {_title(sid)}", "h1")


def _ftab(rows):
    return ("grid", [["Provision", "By whom", "How often", "Why"], *rows], [0.40, 0.18, 0.16, 0.26])


CASE_01 = dict(
    name="case-evalbi-01",
    layout="letter-dot-title-case-area-tables-by-whom-how-often-why",
    summary=(
        "Ashcombe Metropolitan Borough Council; Luan Berisha, 9, Year 4 at Millbrook Primary School, arrived from Kosovo "
        "in September 2025 speaking Albanian (developmental language disorder in both languages, phonics and reading, "
        "frustration at not being understood). Headings are 'B. Special Educational Needs' in title case; Section F is a "
        "table per area of need with Provision / By whom / How often / Why columns. An EAL specialist teacher's report "
        "(.docx, third person with reported speech, bullets with the reasons mixed in, a table that separates learning "
        "English from special educational need) and a bilingual speech and language therapist's report (.pdf, options "
        "considered, recommendations argued at length, a Recommendation / By whom / How often / Why table)."
    ),
    note="The therapist's narrative programme, to be run in school by an assistant, stands in Section G as an NHS offer: provision in the wrong section. The hearing test in G is health provision. Arrival history, schooling in Kosovo, the dynamic assessment scores, Luan's playground English and the options of waiting a year and of a language resource base are background or rejected options.",
    plan=dict(
        file="plan.docx",
        footer="Ashcombe MBC - Education, Health and Care Plan - Luan Berisha - Final 9 November 2026",
        author="Ashcombe SEND Assessment Team",
        title="EHC Plan - Luan Berisha",
        blocks=[
            ("org", "ASHCOMBE METROPOLITAN BOROUGH COUNCIL"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Luan Berisha"),
                    ("Date of birth", "14 March 2017"),
                    ("NHS number", "999 318 5520"),
                    (
                        "Home languages",
                        "Albanian (Luan and his parents); interpreter needed for meetings",
                    ),
                    ("School", "Millbrook Primary School, Year 4"),
                    ("SEND case officer", "Mr D Afolabi, 01632 960271, send@ashcombe.example.org"),
                ],
            ),
            _h1("A"),
            (
                "S",
                "A",
                "Luan says he likes football, drawing cars and helping his little sister with her puzzles.",
            ),
            (
                "p",
                "He told us, through the interpreter, that he wants to read English books by himself and to have more friends in his class. His mum and dad want school to help him understand the lessons and not to feel left out.",
            ),
            _h1("B"),
            ("S", "B", B1_STRENGTH),
            (
                "grid",
                [
                    ["Area of need", "What Luan finds difficult"],
                    ["Communication and interaction", ("L", [B1_DLD, B1_UNDER, B1_TALK])],
                    ["Cognition and learning", B1_READ],
                    ["Social, emotional and mental health", B1_UPSET],
                ],
                [0.30, 0.70],
            ),
            _h1("C"),
            (
                "S",
                "C",
                "Luan has no diagnosed health conditions. He has not had a hearing test since he came to the UK.",
            ),
            _h1("D"),
            ("S", "D", "No social care needs have been identified."),
            _h1("E"),
            (
                "S",
                "E",
                "By July 2027 Luan will follow a classroom instruction with two key parts without watching other children first.",
            ),
            (
                "p",
                "By July 2027 Luan will use sentences of five or more words, with the right verb endings, to say what he did at the weekend.",
            ),
            ("p", "By July 2027 Luan will read a book at his phonics level with 90% accuracy."),
            (
                "p",
                "By July 2027 Luan will ask an adult for help, instead of pushing, when he is frustrated.",
            ),
            _h1("F"),
            (
                "S",
                "F",
                "Millbrook Primary School will make the following provision, with advice from the EAL and Minority Ethnic Achievement Service and the bilingual speech and language therapist.",
            ),
            ("b", "Communication and interaction"),
            _ftab(
                [
                    [
                        ("F", F1_SALT, True),
                        "Bilingual speech and language therapist",
                        "Six sessions a year",
                        "To set and review Luan's language targets",
                    ],
                    [
                        ("F", F1_TA, True),
                        "Trained teaching assistant",
                        "3 x 20 minutes weekly",
                        "Practice of the therapist's targets between sessions",
                    ],
                    [("F", F1_VIS, False), "Class staff", "As needed", "To help him understand"],
                ]
            ),
            ("b", "Cognition and learning"),
            _ftab(
                [
                    [
                        ("F", F1_PHON, True),
                        "Trained teaching assistant",
                        "Daily, 20 minutes",
                        "Luan's phonics is behind other new arrivals",
                    ],
                    [
                        ("F", F1_EALTRACK, True),
                        "Class teacher and EAL specialist teacher",
                        "Termly",
                        "To tell English language learning apart from his language disorder",
                    ],
                ]
            ),
            ("b", "Social, emotional and mental health"),
            _ftab(
                [
                    [
                        ("F", F1_CHECK, False),
                        "School staff",
                        "Regular",
                        "So Luan has someone to go to",
                    ],
                ]
            ),
            _h1("G"),
            ("S", "G", G1_AUD),
            ("p", G1_NARR),
            _h1("H1"),
            ("S", "H1", "No provision under section 2 of the 1970 Act is needed."),
            _h1("H2"),
            ("S", "H2", "No other social care provision is needed."),
            _h1("I"),
            ("S", "I", "Millbrook Primary School (community primary school), Ashcombe."),
            _h1("J"),
            ("S", "J", "No personal budget has been requested."),
            _h1("K"),
            (
                "S",
                "K",
                "Advice from Mrs Hana Shehu, EAL specialist teacher (June 2026); Ms Teuta Rama, bilingual speech and language therapist, Ashcombe Community Health NHS Trust (July 2026); Millbrook Primary School; Luan and his parents.",
            ),
        ],
    ),
    reports=[
        dict(
            file=EAL1,
            style="headed",
            footer="Ashcombe EAL and Minority Ethnic Achievement Service - Luan Berisha - advice for EHC needs assessment",
            author="H Shehu",
            blocks=[
                ("org", "Ashcombe EAL and Minority Ethnic Achievement Service"),
                ("small", "Civic Centre, Ashcombe - 01632 960305 - emas@ashcombe.example.org"),
                ("title", "EAL Specialist Teacher's Advice"),
                (
                    "kv",
                    [
                        ("Pupil", "Luan Berisha, Year 4, Millbrook Primary School"),
                        ("First language", "Albanian (Gheg); some Serbian heard at home"),
                        ("Date", "24 June 2026"),
                        ("Author", "Hana Shehu, EAL specialist teacher"),
                    ],
                ),
                ("h", 1, "Background"),
                (
                    "p",
                    [
                        X(
                            "Luan arrived in Ashcombe with his parents and younger sister in September 2025 and joined Millbrook in Year 3.",
                            "history",
                        ),
                        X(
                            "His mother said that he attended school in Prizren from the age of six and that his teacher there had told her he was slow to learn to read.",
                            "history: reported speech",
                        ),
                        "I observed Luan in class twice and worked with him individually with an Albanian-speaking colleague.",
                    ],
                ),
                ("h", 1, "What Luan does well"),
                (
                    "bul",
                    [
                        X(
                            "Luan has picked up a good deal of playground English and greets adults and friends confidently.",
                            "progress and strength",
                        ),
                        X(
                            "His number work is close to age expectations once the task is shown to him.",
                            "strength",
                        ),
                        X(
                            "He already has a class buddy and a picture dictionary in Albanian and English, which he uses well.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 1, "Is this learning English, or something more?"),
                (
                    "p",
                    "Most children who arrive at Luan's age make rapid progress in their first year. Luan's progress has been much slower, and I have compared him with the four other Albanian-speaking pupils in Millbrook who arrived at the same time.",
                ),
                (
                    "grid",
                    [
                        ["What we see", "Expected for a new arrival?", "Why we think so"],
                        [
                            "Limited classroom vocabulary in English",
                            "Yes",
                            X(
                                "Subject vocabulary takes several years to develop in a new language.",
                                "reason",
                            ),
                        ],
                        [
                            N(
                                "Luan's phonics and early reading are well behind those of other pupils who arrived at the same time with the same amount of English, and he confuses similar sounds in his spelling.",
                                CL,
                                B1_READ,
                            ),
                            "No",
                            "The other new arrivals are now reading simple books independently.",
                        ],
                        [
                            N(
                                "His memory for spoken information is weak: he loses the thread of instructions that the other new arrivals follow.",
                                CL,
                                None,
                            ),
                            "No",
                            "This also happens when instructions are given in Albanian.",
                        ],
                        [
                            X(
                                "Luan sometimes uses Albanian and English words in the same sentence.",
                                "not a need: normal for a bilingual learner",
                            ),
                            "Yes",
                            "Mixing languages is a normal stage and not a concern.",
                        ],
                    ],
                    [0.42, 0.18, 0.40],
                ),
                ("h", 1, "How Luan is feeling"),
                (
                    "p",
                    [
                        "His class teacher, Mr Grant, told me that Luan had been involved in several pushing incidents at lunchtime this term.",
                        N(
                            "Luan becomes frustrated and withdrawn when he cannot make himself understood, and at playtime he sometimes pushes other children.",
                            SEMH,
                            B1_UPSET,
                        ),
                        X(
                            "At home, his parents say, he is relaxed and chatty in Albanian.",
                            "home report, not a difficulty",
                        ),
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "p",
                    "I recommend the following. The first two are what any new arrival needs; the rest are because of Luan's additional needs.",
                ),
                (
                    "bul",
                    [
                        [
                            R(
                                "Luan's English language development should continue to be assessed each term against the EAL assessment framework, by the class teacher with the EAL specialist teacher, so that language learning and special educational need can be told apart.",
                                CL,
                                "specific",
                                F1_EALTRACK,
                            )
                        ],
                        [
                            X(
                                "Luan's parents should keep speaking Albanian at home and sharing books in Albanian, because a strong first language helps the second.",
                                "advice for home",
                            )
                        ],
                        [
                            R(
                                "Luan should join a small-group phonics intervention every day, taught by a trained adult, as well as the class phonics lesson.",
                                CL,
                                "specific",
                                F1_PHON,
                            ),
                            "because whole-class teaching alone has not been enough for him.",
                        ],
                        [
                            R(
                                "He needs a consistent adult he can go to at lunchtime, with a calm space when he is frustrated, checked in with at the start of every lunch break.",
                                SEMH,
                                "not_specific",
                                F1_CHECK,
                            )
                        ],
                        [
                            R(
                                "The school should hold a meeting each term with Luan's parents, with an Albanian interpreter present, to review his targets and explain his progress.",
                                "other",
                                "missing_from_f",
                            )
                        ],
                    ],
                ),
                (
                    "p",
                    X(
                        "I considered whether Luan should simply be given another year to develop his English before any assessment, but I do not recommend waiting, because his difficulties show in Albanian too.",
                        "option considered and rejected",
                    ),
                ),
            ],
        ),
        dict(
            file=SLT1,
            style="folder",
            footer="Ashcombe Community Health NHS Trust - Bilingual Speech and Language Therapy - page {n} of {m}",
            author="T Rama",
            blocks=[
                ("org", "Ashcombe Community Health NHS Trust"),
                (
                    "small",
                    "Bilingual Speech and Language Therapy Team, Linden House, Ashcombe - 01632 960388",
                ),
                ("title", "Speech and Language Therapy Report"),
                (
                    "kv",
                    [
                        ("Name", "Luan Berisha"),
                        ("NHS number", "999 318 5520"),
                        ("Languages assessed", "Albanian and English"),
                        (
                            "Therapist",
                            "Teuta Rama, bilingual speech and language therapist (Albanian/English)",
                        ),
                        ("Date", "15 July 2026"),
                    ],
                ),
                ("h", 1, "Assessment"),
                (
                    "p",
                    [
                        "I assessed Luan over three sessions in both of his languages, using informal tasks in Albanian, a dynamic assessment of word learning and observation in class.",
                        X(
                            "On the dynamic assessment Luan needed the highest level of prompting on 7 of 10 teaching items, and his modifiability was rated low.",
                            "test results",
                        ),
                        X(
                            "His hearing in conversation appeared adequate, and his speech sounds are clear in both languages.",
                            "strength: no difficulty",
                        ),
                        X(
                            "His mother said that Luan was late to talk in Albanian too, saying his first words at about two and a half.",
                            "history: reported speech",
                        ),
                    ],
                ),
                ("h", 1, "Findings"),
                (
                    "p",
                    [
                        N(
                            "Luan has a developmental language disorder affecting both Albanian and English, and his difficulties cannot be explained by his being new to English.",
                            CI,
                            B1_DLD,
                        ),
                        N(
                            "He has marked difficulty understanding sentences with more than two key words, in either language, and relies on copying what other pupils do.",
                            CI,
                            B1_UNDER,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "His spoken sentences are short and often leave out small grammatical words and verb endings in both languages.",
                            CI,
                            B1_TALK,
                        ),
                        N(
                            "Luan has great difficulty learning and remembering new words, including the topic vocabulary taught in lessons.",
                            CI,
                            None,
                        ),
                        N(
                            "He struggles to tell a sequence of events in order, so his retelling and written recounts are hard to follow.",
                            CI,
                            None,
                        ),
                    ],
                ),
                ("h", 1, "Options considered"),
                (
                    "p",
                    X(
                        "A place at the Ashcombe language resource base was considered, but I do not recommend it: Luan is settled at Millbrook, his friendships matter to him, and the base has no Albanian-speaking staff.",
                        "option considered and rejected",
                    ),
                ),
                (
                    "p",
                    X(
                        "Therapy in Albanian only was also considered and rejected, since Luan is taught in English and needs his targets practised in class.",
                        "option considered and rejected",
                    ),
                ),
                ("h", 1, "Recommendations"),
                (
                    "p",
                    "I set out each recommendation with who should carry it out, how often and why. In my view the amount matters: children with a language disorder who are also learning English need more practice, not less, than monolingual children.",
                ),
                (
                    "grid",
                    [
                        ["Recommendation", "By whom", "How often", "Why"],
                        [
                            R(
                                "Direct speech and language therapy in school in a block of eight weekly sessions each term, with an Albanian-speaking assistant.",
                                CI,
                                "less",
                                F1_SALT,
                            ),
                            "Bilingual SLT",
                            "8 sessions each term",
                            X(
                                "Therapy in both languages helps Luan transfer new words and sentence patterns.",
                                "reason",
                            ),
                        ],
                        [
                            R(
                                "A teaching assistant trained by the therapist should deliver Luan's language programme for 20 minutes three times a week.",
                                CI,
                                "specific",
                                F1_TA,
                            ),
                            "Teaching assistant",
                            "3 x 20 minutes a week",
                            "Little and often is what works for language disorder.",
                        ],
                        [
                            R(
                                "Topic vocabulary should be pre-taught before each new unit, using pictures and Albanian translations, twice a week for ten minutes.",
                                CI,
                                "missing_from_f",
                            ),
                            "Teaching assistant",
                            "2 x 10 minutes a week",
                            "So that Luan meets new words before the lesson.",
                        ],
                        [
                            R(
                                "Teachers should give instructions in short chunks with a visual prompt for each step.",
                                CI,
                                "not_specific",
                                F1_VIS,
                            ),
                            "Class teacher",
                            "Every lesson",
                            "To reduce the load on his memory and understanding.",
                        ],
                        [
                            R(
                                "A narrative programme using story structure and picture cues should be run in school by a trained assistant for 15 minutes twice a week.",
                                CI,
                                "wrong_section",
                                G1_NARR,
                                section="G",
                            ),
                            "Teaching assistant",
                            "2 x 15 minutes a week",
                            "To help him retell events in order and plan writing.",
                        ],
                        [
                            R(
                                "Luan's hearing should be tested by audiology, as he has had no hearing test since arriving in the UK.",
                                HEALTH,
                                "not_educational",
                                G1_AUD,
                                section="G",
                            ),
                            "Audiology",
                            "Once",
                            X(
                                "Hearing loss must be ruled out in any child with a language disorder.",
                                "reason",
                            ),
                        ],
                    ],
                    [0.40, 0.16, 0.16, 0.28],
                ),
                (
                    "p",
                    X(
                        "Luan's parents have already started the word games I gave them to play in Albanian at home, and say he enjoys them.",
                        "support already in place at home",
                    ),
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbi-02: Ryeford City Council; Samir Haidari, 12, refugee with trauma and years of
# missed schooling. Layout "statutory-name-question-subline-unlettered": each heading is
# the statutory name alone, no letters, with a plain-English question in italics beneath.
# ---------------------------------------------------------------------------

B2_LIT = "Samir is only starting to read and write, in English and in Dari, because he missed most of his primary schooling."
B2_NUM = "There are big gaps in what Samir knows about number."
B2_ROUT = "Samir is still learning how school works, for example bringing the right things, finding his classes and getting on with work on his own."
B2_MEM = "Samir has frightening memories of what happened to him, and he is on edge in busy places like the corridors and the canteen."
B2_TRUST = "Samir does not find it easy to trust adults and rarely asks for help."

F2_LIT = "Samir will be taught reading and writing in a small group of no more than six, using a structured phonics programme for older pupils, for three hours a week."
F2_NUM = "A catch-up number programme, one-to-one with a teaching assistant, three times a week for 30 minutes."
F2_KEY = "Support from a key adult where possible."
F2_TT = "A printed timetable with a photograph of each classroom, and a named buddy from his form to walk with him between lessons, every day."
F2_QUIET = "Access to a quiet space when needed."
F2_LUNCH = "A lunchtime club in the learning support base on Mondays, Wednesdays and Fridays, run by a learning mentor, for Samir and a small group of other pupils."
G2_THER = "The Refugee Wellbeing Service (Ryeford and Downs NHS Foundation Trust) will offer Samir weekly trauma-focused therapy in school for twelve months."
H2_TRAIN = "The Refugee Resettlement Team will arrange training in trauma-informed practice for the staff of Ryeford Academy who teach Samir."

EP2 = "educational_psychology_report.docx"
TH2 = "trauma_therapy_report.pdf"


def _q(sid, question):
    return [("H", sid, NAMES[sid], "h1"), ("i", question)]


CASE_02 = dict(
    name="case-evalbi-02",
    layout="statutory-name-question-subline-unlettered",
    summary=(
        "Ryeford City Council; Samir Haidari, 12, Year 7 at Ryeford Academy, arrived from Afghanistan through a "
        "resettlement scheme in 2024 after about four years without school (early literacy in English and Dari, gaps "
        "in number, school routines, attention, trauma responses, trust, friendships). Each heading is the statutory "
        "name alone with **no letters**, and a plain-English question in italics below it. An educational "
        "psychologist's report using dynamic assessment (.docx, third person with reported speech, options considered, "
        "recommendations argued) and a trauma-informed therapist's report (.pdf, first person plural, bullets with the "
        "reasons mixed in)."
    ),
    note="Training for Samir's teachers in trauma-informed practice stands in Other social care provision as a resettlement team arrangement: provision in the wrong section. Weekly trauma-focused therapy from the NHS Refugee Wellbeing Service is health provision, correctly there. The journey, the camp, the dynamic assessment results, Samir's languages and the settled canteen difficulty are background; medication, a special school and home tuition are rejected options.",
    plan=dict(
        file="plan.pdf",
        footer="Ryeford City Council  |  EHC plan  |  Samir Haidari  |  page {n} of {m}",
        author="Ryeford SEN Team",
        title="Education, Health and Care Plan: Samir Haidari",
        blocks=[
            ("org", "Ryeford City Council - Special Educational Needs Team"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Young person", "Samir Haidari"),
                    ("Date of birth", "2 February 2014"),
                    ("NHS number", "999 640 2281"),
                    ("School", "Ryeford Academy, Year 7"),
                    ("Languages", "Dari and Pashto; Dari interpreter for meetings"),
                    ("Lead officer", "Ms R Okonjo, 01632 960533"),
                ],
            ),
            *_q("A", "What matters to Samir, and what does he hope for?"),
            ("S", "A", "Samir likes cricket, drawing and looking after his younger brothers."),
            (
                "p",
                "He says he wants to become a doctor, and his mother wants him to be safe and happy at school and to learn to read well in English.",
            ),
            *_q("B", "What does Samir find hard?"),
            ("S", "B", B2_LIT),
            ("p", [B2_NUM, B2_ROUT]),
            ("p", [B2_MEM, B2_TRUST]),
            *_q("C", "Does Samir have any health needs that affect his learning?"),
            (
                "S",
                "C",
                "Samir has post-traumatic stress symptoms and is known to the Refugee Wellbeing Service.",
            ),
            *_q("D", "Does Samir need help from social care?"),
            (
                "S",
                "D",
                "Samir lives with his mother and three brothers, who are supported by the Refugee Resettlement Team.",
            ),
            *_q("E", "What are we hoping Samir will achieve?"),
            (
                "S",
                "E",
                "By the end of Year 8 Samir will read a short passage of English at his own level and write three linked sentences about it.",
            ),
            (
                "p",
                "By the end of Year 8 Samir will use place value to add and subtract numbers up to 1,000.",
            ),
            (
                "p",
                "By the end of Year 8 Samir will tell a trusted adult when he feels unsafe or needs help.",
            ),
            *_q("F", "What help will Samir get in school?"),
            ("S", "F", "Ryeford Academy will provide the following."),
            ("b", "Learning"),
            ("bul", [("F", F2_LIT, True), ("F", F2_NUM, True), ("F", F2_TT, True)]),
            ("b", "Feeling safe and making friends"),
            ("bul", [("F", F2_KEY, False), ("F", F2_QUIET, False), ("F", F2_LUNCH, True)]),
            *_q("G", "What will the NHS provide?"),
            ("S", "G", G2_THER),
            *_q("H1", "Is Samir getting any help under section 2 of the 1970 Act?"),
            (
                "S",
                "H1",
                "Samir does not need provision under section 2 of the Chronically Sick and Disabled Persons Act 1970.",
            ),
            *_q("H2", "What other help will social care give?"),
            (
                "S",
                "H2",
                "The Refugee Resettlement Team will keep supporting the family with housing and benefits.",
            ),
            ("p", H2_TRAIN),
            *_q("I", "Which school will Samir attend?"),
            ("S", "I", "Ryeford Academy (academy, mainstream secondary)."),
            *_q("J", "Is there a personal budget?"),
            ("S", "J", "Samir's mother has not asked for a personal budget."),
            *_q("K", "Who gave advice?"),
            (
                "S",
                "K",
                "Dr Imogen Farrant, educational psychologist (May 2026); Ms Parisa Nouri, Refugee Wellbeing Service (June 2026); Ryeford Academy; Samir and his mother.",
            ),
        ],
    ),
    reports=[
        dict(
            file=EP2,
            style="headed",
            footer="Ryeford Educational Psychology Service - Samir Haidari - psychological advice",
            author="I Farrant",
            blocks=[
                ("org", "Ryeford Educational Psychology Service"),
                ("small", "The Old Library, Ryeford - 01632 960602 - eps@ryeford.example.org"),
                ("title", "Psychological Advice"),
                (
                    "kv",
                    [
                        ("Name", "Samir Haidari"),
                        ("School", "Ryeford Academy, Year 7"),
                        ("Educational psychologist", "Dr Imogen Farrant"),
                        ("Interpreter", "Mr Wahid Sultani (Dari)"),
                        ("Date", "21 May 2026"),
                    ],
                ),
                ("h", 1, "Background"),
                (
                    "p",
                    [
                        X(
                            "Samir's mother told me that the family left Kabul in 2021 and spent two years in a camp in Pakistan, where there was no school for boys of his age.",
                            "history: reported speech",
                        ),
                        X(
                            "He attended school in Kabul for about eighteen months before that.",
                            "history",
                        ),
                        X(
                            "When he first joined Ryeford Academy he would not eat in the canteen, but he now eats there with his buddy every day.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 1, "Assessment"),
                (
                    "p",
                    [
                        "Standardised tests are not valid for Samir, so I used dynamic assessment, teaching him a new strategy and seeing how he used it.",
                        X(
                            "On a pattern-completion task, Samir learned the rule after one demonstration and applied it to harder items without help.",
                            "test result: strength",
                        ),
                        X(
                            "This suggests that his difficulties come mainly from missed teaching rather than a general learning difficulty.",
                            "assessment conclusion",
                        ),
                        X(
                            "Samir told me, through the interpreter, that he likes science because his teacher draws diagrams on the board.",
                            "reported speech: preference",
                        ),
                    ],
                ),
                ("h", 1, "What Samir needs"),
                (
                    "p",
                    [
                        N(
                            "Samir's literacy is at an early stage: he reads simple words slowly in English and in Dari and cannot yet write a sentence on his own.",
                            CL,
                            B2_LIT,
                        ),
                        N(
                            "His number knowledge has large gaps, because he has never been taught place value or written methods.",
                            CL,
                            B2_NUM,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "He has not yet learned the routines of school learning, such as organising his equipment, following a timetable and working independently.",
                            CL,
                            B2_ROUT,
                        ),
                        N(
                            "Samir finds it very hard to keep his attention on a task in a class of thirty and loses focus when the room is noisy.",
                            CL,
                            None,
                        ),
                    ],
                ),
                ("h", 1, "Options considered"),
                (
                    "p",
                    X(
                        "Samir's uncle asked whether a special school would suit him better; I do not think so, because dynamic assessment shows that he learns quickly when taught, and he needs the model of his peers.",
                        "option considered and rejected",
                    ),
                ),
                (
                    "p",
                    X(
                        "Home tuition until his English improves was also considered and rejected, as it would isolate him further.",
                        "option considered and rejected",
                    ),
                ),
                ("h", 1, "Recommendations"),
                ("p", "Samir will need:"),
                (
                    "num",
                    [
                        [
                            R(
                                "Daily literacy teaching in a small group for one hour, using a structured phonics programme designed for older learners.",
                                CL,
                                "less",
                                F2_LIT,
                            ),
                            X(
                                "Because he has so much to catch up, the time matters more than the programme.",
                                "reason",
                            ),
                        ],
                        R(
                            "A catch-up numeracy programme one-to-one with a teaching assistant, three times a week for 30 minutes.",
                            CL,
                            "specific",
                            F2_NUM,
                        ),
                        R(
                            "A printed visual timetable with pictures of each room, and a buddy to help him move between lessons.",
                            CL,
                            "specific",
                            F2_TT,
                        ),
                        R(
                            "Dual-language subject glossaries, and a Dari-speaking teaching assistant in science and humanities lessons at least twice a week.",
                            CL,
                            "missing_from_f",
                        ),
                    ],
                ),
            ],
        ),
        dict(
            file=TH2,
            style="folder",
            footer="Refugee Wellbeing Service - confidential - page {n} of {m}",
            author="P Nouri",
            blocks=[
                ("org", "Ryeford and Downs NHS Foundation Trust - Refugee Wellbeing Service"),
                ("small", "Harbour Clinic, Quay Street, Ryeford - 01632 960744"),
                ("title", "Report from the Trauma-Informed Therapy Team"),
                (
                    "kv",
                    [
                        ("Client", "Samir Haidari, 12"),
                        ("NHS number", "999 640 2281"),
                        ("Therapist", "Parisa Nouri, child and adolescent psychotherapist"),
                        ("Date", "10 June 2026"),
                    ],
                ),
                ("h", 1, "Our involvement"),
                (
                    "p",
                    [
                        X(
                            "We have seen Samir for eight assessment and stabilisation sessions since February, with a Dari interpreter.",
                            "support already in place",
                        ),
                        X(
                            "We do not recommend medication at this stage, and Samir's GP agrees.",
                            "option considered and rejected",
                        ),
                        X(
                            "Samir is a thoughtful boy with a good sense of humour, and he has shown great courage in talking about his experiences.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 1, "What we have found"),
                (
                    "bul",
                    [
                        N(
                            "Samir experiences intrusive memories and nightmares and is hypervigilant in busy spaces such as corridors and the dining hall.",
                            SEMH,
                            B2_MEM,
                        ),
                        N(
                            "Sudden loud noises, shouting and adults in uniform can trigger panic, after which he shuts down for the rest of the lesson.",
                            SEMH,
                            None,
                        ),
                        N(
                            "He finds it hard to trust adults and will not ask for help, even when he is stuck.",
                            SEMH,
                            B2_TRUST,
                        ),
                        N(
                            "He has few friendships and keeps himself apart from other pupils at break times.",
                            SEMH,
                            None,
                        ),
                    ],
                ),
                ("h", 1, "What we recommend"),
                (
                    "bul",
                    [
                        R(
                            "We will continue weekly trauma-focused therapy with Samir in school for a year, through the Refugee Wellbeing Service.",
                            HEALTH,
                            "not_educational",
                            G2_THER,
                            section="G",
                        ),
                        [
                            R(
                                "All staff who teach Samir should be trained in trauma-informed practice before the spring term.",
                                SEMH,
                                "wrong_section",
                                H2_TRAIN,
                                section="H2",
                            ),
                            X(
                                "That way they will read his shutting down as fear and not defiance.",
                                "reason",
                            ),
                        ],
                        [
                            R(
                                "Samir needs a key adult who meets him at the gate each morning and checks in with him at the end of every day.",
                                SEMH,
                                "not_specific",
                                F2_KEY,
                            ),
                            X(
                                "Predictable, repeated contact with one adult is how trust is rebuilt.",
                                "reason",
                            ),
                        ],
                        R(
                            "He should have a quiet room he can go to when overwhelmed, using an agreed exit card, in every lesson.",
                            SEMH,
                            "not_specific",
                            F2_QUIET,
                        ),
                        R(
                            "Samir should leave lessons five minutes early to avoid the crowded corridors.",
                            SEMH,
                            "missing_from_f",
                        ),
                        R(
                            "A small nurture group at lunchtime, three days a week, would help him build friendships in a safe setting.",
                            SEMH,
                            "specific",
                            F2_LUNCH,
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "We have suggested to Samir's mother that a regular bedtime routine may help his sleep, and she is trying this.",
                        "advice for home",
                    ),
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbi-03: Westmarsh County Council; Kezia Loveridge, 8, a Romany Gypsy child with
# literacy difficulties and broken attendance. Layout
# "section-word-letter-of-the-plan-colon-lowercase": "Section B of the plan: special
# educational needs"; F as numbered paragraphs under area subheadings.
# ---------------------------------------------------------------------------

B3_SETTLE = "Each time Kezia comes back to school after travelling, it takes her weeks to feel settled, and she hangs back from joining in."
B3_WORDS = "Kezia does not know many of the words teachers use about learning, such as 'sentence' or 'subtract'."
B3_SOUNDS = "Kezia finds it hard to hear the separate sounds in words and put them together to read, and this is more than missed lessons would explain."
B3_TRICKY = "She knows few of the common words that cannot be sounded out, and often guesses a word from its first letter."
B3_ORDER = "Kezia finds it hard to remember things in order, like the days of the week."

F3_PHON = "One-to-one phonics teaching with a trained teaching assistant, following a multisensory programme, for 20 minutes three times a week."
F3_PT = "Precision teaching of ten common exception words at a time, for five minutes every day, led by the same teaching assistant."
F3_RETURN = "When Kezia comes back after travelling, her named teaching assistant will meet Kezia and her mum on the first morning and check in with her every day for the first two weeks."
F3_LIAISE = "Liaison with other schools as appropriate."
F3_LSS = "Advice from the Learning Support Service as needed."
G3_OT = "Referral to the children's occupational therapy service for an assessment of Kezia's pencil grip and fine motor skills."
H3_VOCAB = "The Traveller Education Service outreach worker will run a small group in school, twice a week for 15 minutes, teaching the words used in lessons with pictures."

TES3 = "traveller_education_service_report.docx"
LS3 = "specialist_teacher_report.pdf"


def _sec(sid, name=None):
    return (
        "H",
        sid,
        f"Section {sid} of the plan: {(name or NAMES[sid])[0].lower()}{(name or NAMES[sid])[1:]}",
        "h2",
    )


CASE_03 = dict(
    name="case-evalbi-03",
    layout="section-word-letter-of-the-plan-colon-lowercase",
    summary=(
        "Westmarsh County Council; Kezia Loveridge, 8, Year 3 at St Aldhelm's CE Primary School, from a Romany Gypsy "
        "family who travel from spring to autumn (phonological difficulties, exception words, spelling, sequencing, "
        "handwriting, settling back after travelling, school vocabulary, confidence as a learner). Headings read "
        "'Section B of the plan: special educational needs'; Section F is numbered paragraphs under area subheadings. "
        "A Traveller Education Service report (.docx, first person plural, a What we recommend / By whom / How often / "
        "Why table) and a specialist teacher's report (.pdf, third person, options considered, recommendations argued "
        "at length, a table of results with an 'explained by missed schooling?' column)."
    ),
    note="The vocabulary group recommended by the Traveller Education Service stands in Section H2 as an outreach worker's arrangement: provision in the wrong section. The occupational therapy referral in G is health provision. Travelling patterns, the schools attended, attendance figures, test scores, coloured overlays tried, elective home education and a reduced timetable are background or rejected options.",
    plan=dict(
        file="plan.docx",
        footer="Westmarsh County Council - EHCP - Kezia Loveridge - issued 12 November 2026",
        author="Westmarsh SEND Service",
        title="Education, Health and Care Plan",
        blocks=[
            ("org", "Westmarsh County Council"),
            (
                "small",
                "SEND Service, County Hall, Westmarsh - 01632 960160 - sendservice@westmarsh.example.org",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Child", "Kezia Loveridge"),
                    ("Date of birth", "30 September 2018"),
                    ("NHS number", "999 127 6604"),
                    ("School", "St Aldhelm's CE Primary School, Year 3"),
                    ("Parent", "Mrs Rosie Loveridge, 07700 900362"),
                ],
            ),
            _sec("A"),
            (
                "S",
                "A",
                "Kezia loves horses, singing and telling stories about her family's travels.",
            ),
            (
                "p",
                "She said she wants to 'read proper books like my cousin Shannon'. Her mum wants Kezia to read and write well enough to manage on her own, and wants the school to keep in touch while the family travel.",
            ),
            _sec("B"),
            (
                "S",
                "B",
                "Kezia has literacy difficulties that are more than her missed schooling would explain, and she finds returning to school after travelling hard.",
            ),
            ("b", "Cognition and learning"),
            ("p", [B3_SOUNDS, B3_TRICKY]),
            ("p", B3_ORDER),
            ("b", "Communication and interaction"),
            ("p", B3_WORDS),
            ("b", "Social, emotional and mental health"),
            ("p", B3_SETTLE),
            _sec("C"),
            (
                "S",
                "C",
                "Kezia is healthy. Her eyesight and hearing were checked in 2025 and were normal.",
            ),
            _sec("D"),
            ("S", "D", "There are no social care needs."),
            _sec("E"),
            (
                "S",
                "E",
                "By July 2027 Kezia will blend and read words of three and four sounds accurately.",
            ),
            ("p", "By July 2027 Kezia will read 50 common exception words by sight."),
            (
                "p",
                "By July 2027 Kezia will join in class activities from her first week back after travelling.",
            ),
            _sec("F"),
            ("S", "F", "St Aldhelm's CE Primary School will provide:"),
            ("b", "Reading and writing"),
            ("np", "F1.", ("F", F3_PHON, True)),
            ("np", "F2.", ("F", F3_PT, True)),
            ("np", "F3.", ("F", F3_LSS, False)),
            ("b", "Coming back to school"),
            ("np", "F4.", ("F", F3_RETURN, True)),
            ("np", "F5.", ("F", F3_LIAISE, False)),
            _sec("G"),
            ("S", "G", G3_OT),
            _sec("H1"),
            ("S", "H1", "Kezia does not need provision under section 2 of the 1970 Act."),
            _sec("H2"),
            ("S", "H2", H3_VOCAB),
            _sec("I"),
            ("S", "I", "St Aldhelm's CE Primary School, Westmarsh (voluntary aided)."),
            _sec("J"),
            ("S", "J", "Not requested."),
            _sec("K"),
            (
                "S",
                "K",
                "Advice from the Westmarsh Traveller Education Service (Mrs Carol Heron, June 2026), Mr Alan Prothero, specialist teacher, Learning Support Service (July 2026), St Aldhelm's, Kezia and her mum.",
            ),
        ],
    ),
    reports=[
        dict(
            file=TES3,
            style="headed",
            footer="Westmarsh Traveller Education Service - Kezia Loveridge",
            author="C Heron",
            blocks=[
                ("org", "Westmarsh Traveller Education Service"),
                (
                    "small",
                    "Unit 4, Riverside Centre, Westmarsh - 01632 960219 - tes@westmarsh.example.org",
                ),
                ("title", "Advice for an EHC needs assessment"),
                (
                    "kv",
                    [
                        ("Pupil", "Kezia Loveridge, Year 3"),
                        ("School", "St Aldhelm's CE Primary School"),
                        ("Written by", "Carol Heron, Traveller education adviser"),
                        ("Date", "18 June 2026"),
                    ],
                ),
                ("h", 1, "How we know Kezia"),
                (
                    "p",
                    [
                        X(
                            "We have known Kezia and her family since she started Reception, and we visit the family on their winter site at Pennyfield.",
                            "history: support already in place",
                        ),
                        X(
                            "The family travel for work from March to October, and Kezia has attended four schools in three years.",
                            "history",
                        ),
                        X(
                            "Her attendance at St Aldhelm's has risen from 61% last year to 82% this year.",
                            "progress",
                        ),
                        X(
                            "Kezia's older brother was also supported by our service at primary school and is now doing well at Westmarsh High.",
                            "family history",
                        ),
                    ],
                ),
                ("h", 1, "What we see"),
                (
                    "bul",
                    [
                        X(
                            "Kezia is a confident talker who tells long, lively stories to the class.",
                            "strength",
                        ),
                        N(
                            "Kezia finds it hard to settle back into class after each period away, and for the first few weeks she is anxious and reluctant to join in.",
                            SEMH,
                            B3_SETTLE,
                        ),
                        N(
                            "She has little confidence as a learner and calls herself 'thick', comparing herself with her cousins.",
                            SEMH,
                            None,
                        ),
                        N(
                            "Kezia's understanding of school vocabulary, such as 'sentence', 'paragraph' and 'subtract', is limited.",
                            CI,
                            B3_WORDS,
                        ),
                        X(
                            "Last year another pupil made remarks about Kezia's family; the school dealt with this and there have been no further incidents.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 1, "What we recommend"),
                (
                    "p",
                    "We recommend the following. Some of this is good practice for any Traveller pupil; we have marked why each matters for Kezia.",
                ),
                (
                    "grid",
                    [
                        ["What we recommend", "By whom", "How often", "Why"],
                        [
                            R(
                                "A distance learning pack matched to Kezia's literacy targets for each period of travelling, with a weekly phone or video call with her class teacher.",
                                CL,
                                "missing_from_f",
                            ),
                            "Class teacher, with TES",
                            "Each travelling season; weekly call",
                            X(
                                "Without it Kezia loses much of what she learned over the winter.",
                                "reason",
                            ),
                        ],
                        [
                            R(
                                "A re-entry plan each time Kezia returns, with a named adult meeting her and her mother on the first morning and daily check-ins for the first two weeks.",
                                SEMH,
                                "specific",
                                F3_RETURN,
                            ),
                            "Named teaching assistant",
                            "Each return",
                            "To make coming back feel safe.",
                        ],
                        [
                            R(
                                "Key subject vocabulary should be taught with pictures in a small group in school, twice a week for 15 minutes.",
                                CI,
                                "wrong_section",
                                H3_VOCAB,
                                section="H2",
                            ),
                            "Teaching assistant",
                            "2 x 15 minutes a week",
                            "So that Kezia can follow what lessons are about.",
                        ],
                        [
                            R(
                                "School should send Kezia's records and targets to each school she attends while travelling and ask for theirs back.",
                                "other",
                                "not_specific",
                                F3_LIAISE,
                            ),
                            "SENCo",
                            "Each move",
                            "So that her teaching carries on where she left off.",
                        ],
                    ],
                    [0.40, 0.18, 0.17, 0.25],
                ),
                (
                    "p",
                    X(
                        "We have suggested that Kezia's mum keeps a book box in the trailer and reads with Kezia at bedtime, which she has said she will do.",
                        "advice for home",
                    ),
                ),
                (
                    "p",
                    X(
                        "The family asked us about elective home education while they travel; we talked this through and they decided to keep Kezia's school place.",
                        "option considered and rejected",
                    ),
                ),
            ],
        ),
        dict(
            file=LS3,
            style="folder",
            footer="Westmarsh Learning Support Service - specialist teacher assessment - page {n} of {m}",
            author="A Prothero",
            blocks=[
                ("org", "Westmarsh Learning Support Service"),
                ("small", "County Hall Annexe, Westmarsh - 01632 960297"),
                ("title", "Specialist Teacher Assessment Report"),
                (
                    "kv",
                    [
                        ("Pupil", "Kezia Loveridge"),
                        ("Date of assessment", "2 July 2026"),
                        ("Specialist teacher", "Alan Prothero, specialist teacher (SpLD), AMBDA"),
                    ],
                ),
                ("h", 1, "Reason for involvement"),
                (
                    "p",
                    "The SENCo, Mrs Okoro, asked whether Kezia's slow progress in reading is explained by her interrupted schooling or whether she has a specific learning difficulty.",
                ),
                ("h", 1, "Results"),
                (
                    "grid",
                    [
                        ["Area", "Result", "Explained by missed schooling?"],
                        [
                            "Phonics screening check (Year 1 materials)",
                            X("Kezia scored 12 out of 40.", "test result"),
                            "Partly",
                        ],
                        [
                            "Blending and segmenting",
                            N(
                                "Kezia cannot reliably blend or segment words of three sounds, a phonological difficulty that missed schooling alone does not explain.",
                                CL,
                                B3_SOUNDS,
                            ),
                            "No: taught daily since October",
                        ],
                        [
                            "Exception words",
                            N(
                                "Her reading of common exception words is very limited, and she guesses words from the first letter.",
                                CL,
                                B3_TRICKY,
                            ),
                            "Partly",
                        ],
                        [
                            "Spelling",
                            N(
                                "Her spelling is often not phonetically plausible, and she reverses b and d.",
                                CL,
                                None,
                            ),
                            "No",
                        ],
                        [
                            "Sequences",
                            N(
                                "She has difficulty remembering sequences such as the days of the week and the alphabet.",
                                CL,
                                B3_ORDER,
                            ),
                            "No",
                        ],
                    ],
                    [0.30, 0.45, 0.25],
                ),
                (
                    "p",
                    [
                        N(
                            "Kezia's handwriting is slow and effortful with an awkward pencil grip, and she tires after two or three lines.",
                            SP,
                            None,
                        ),
                        X("Her mental arithmetic with money is a real strength.", "strength"),
                        X(
                            "Coloured overlays were tried by the school in the spring and made no difference, so I do not recommend them.",
                            "option tried and rejected",
                        ),
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "p",
                    [
                        "Mr Prothero recommends that school give priority to phonics.",
                        R(
                            "Kezia should have daily one-to-one teaching from a trained teaching assistant for 20 minutes, following a cumulative, multisensory synthetic phonics programme.",
                            CL,
                            "less",
                            F3_PHON,
                        ),
                        X(
                            "Daily teaching matters because gaps of even a few days undo her progress, and she will already lose weeks when travelling.",
                            "reason",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Precision teaching of common exception words should take place for five minutes every day.",
                            CL,
                            "specific",
                            F3_PT,
                        ),
                        R(
                            "The specialist teacher should review Kezia's progress each term and set new targets.",
                            CL,
                            "not_specific",
                            F3_LSS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Kezia should be taught touch typing for 15 minutes twice a week and have a laptop for longer writing.",
                            SP,
                            "missing_from_f",
                        ),
                        R(
                            "Kezia's pencil grip and fine motor skills should be assessed by an occupational therapist.",
                            HEALTH,
                            "not_educational",
                            G3_OT,
                            section="G",
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "A reduced timetable was suggested at one point to help Kezia settle, but this is not recommended, as she needs more teaching time, not less.",
                        "option considered and rejected",
                    ),
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbi-04: Calderbrook Council; Isla Mwangi-Hart, 6, repaired cleft palate and a
# speech sound disorder. Layout "part-letter-en-dash-sentence-case": "Part B – Special
# educational needs"; F a table Provision / By whom / How often / Why.
# ---------------------------------------------------------------------------

B4_SPEECH = "Isla's speech is hard to understand because she makes many sounds in her throat instead of at the front of her mouth; this is linked to the cleft palate she was born with."
B4_UNDERST = "People who do not know Isla understand less than half of what she says."
B4_HEAR = "Isla mixes up some sounds when she listens, and this makes phonics harder for her."
B4_QUIET = "Isla is starting to go quiet in class, whispering or pointing instead of talking, when she thinks people will not understand her."
B4_PHON = "Isla is behind with phonics and spells words the way she says them."

F4_SLT = "Speech and language therapy from the cleft team: three sessions each term in school."
F4_DAILY = "daily speech practice with trained TA - 10 mins, cleft team programme"
F4_AWARE = "Staff to be aware of Isla's speech needs."
F4_SEAT = "Isla will sit near the front of the class, away from the door, with her better (right) ear towards the teacher."
F4_CONF = "Regular opportunities to build her confidence."
G4_TRAIN = "The cleft team will offer its half-day training for schools to Isla's class teacher and teaching assistant."
G4_AUD = "The cleft team's audiologist will review Isla's left ear every six months."

CL4 = "cleft_team_salt_report.docx"
SC4 = "senco_advice.pdf"


def _part(sid):
    name = NAMES[sid]
    return ("H", sid, f"Part {sid} \u2013 {name}", "h2")


CASE_04 = dict(
    name="case-evalbi-04",
    layout="part-letter-en-dash-sentence-case",
    summary=(
        "Calderbrook Council; Isla Mwangi-Hart, 6, Year 1 at Ferncliffe Infant School, born with a cleft palate repaired "
        "at ten months (speech sound disorder with throat sounds, intelligibility, nasal air escape, phonics, listening "
        "to sounds, glue ear, avoiding talking, teasing). Headings read 'Part B \u2013 Special educational needs'; "
        "Section F is one table Provision / By whom / How often / Why. A cleft team speech and language therapist's "
        "report (.docx, reported speech, options considered, a Recommendation / By whom / How often / Why table) and "
        "the school SENCo's advice (.pdf, first person plural, bullets with reasons mixed in)."
    ),
    note="The cleft team's training for Isla's class teacher and teaching assistant stands in Part G as an NHS offer: provision in the wrong section. The six-monthly audiology review in G is health provision. The cleft repair, grommets, the hearing results, further surgery considered and speech in Swahili at home are background.",
    plan=dict(
        file="plan.pdf",
        footer="Calderbrook Council - EHC plan - Isla Mwangi-Hart - page {n} of {m}",
        author="Calderbrook SEND",
        title="Education, Health and Care Plan - Isla Mwangi-Hart",
        blocks=[
            ("org", "Calderbrook Council"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Child", "Isla Mwangi-Hart"),
                    ("Date of birth", "8 May 2020"),
                    ("NHS number", "999 275 0319"),
                    ("School", "Ferncliffe Infant School, Year 1"),
                    ("Home languages", "English and Swahili"),
                    ("Case worker", "Mrs P Hollings, 01632 960581"),
                ],
            ),
            _part("A"),
            (
                "S",
                "A",
                "Isla loves dancing, her cat Mango and making cards for her grandparents in Mombasa.",
            ),
            (
                "p",
                "She wants her friends to understand her. Her parents want her to talk confidently in class and to keep up with reading.",
            ),
            _part("B"),
            ("S", "B", B4_SPEECH),
            ("p", B4_UNDERST),
            ("p", [B4_HEAR, B4_PHON]),
            ("p", B4_QUIET),
            _part("C"),
            (
                "S",
                "C",
                "Isla was born with a cleft of the soft and hard palate, repaired at ten months at the Northern Regional Cleft Centre.",
            ),
            _part("D"),
            ("S", "D", "No social care needs have been identified."),
            _part("E"),
            (
                "S",
                "E",
                "By July 2027 Isla will say 'p', 'b', 't' and 'd' at the front of her mouth in single words.",
            ),
            ("p", "By July 2027 Isla will answer a question in front of her class group."),
            ("p", "By July 2027 Isla will know all 44 phonics sounds."),
            _part("F"),
            (
                "S",
                "F",
                "Ferncliffe Infant School will make the provision in the table, with the cleft team's advice.",
            ),
            (
                "grid",
                [
                    ["Provision", "By whom", "How often", "Why"],
                    [
                        ("F", F4_SLT, True),
                        "Cleft team SLT",
                        "3 a term",
                        "To set and teach new speech targets",
                    ],
                    [
                        ("F", F4_DAILY, True),
                        "Teaching assistant",
                        "Daily",
                        "Practice between therapy sessions",
                    ],
                    [("F", F4_AWARE, False), "All staff", "Ongoing", "So Isla is listened to"],
                    [
                        ("F", F4_SEAT, True),
                        "Class teacher",
                        "Every lesson",
                        "Isla hears less well on her left",
                    ],
                    [("F", F4_CONF, False), "School", "Regular", "Isla is losing confidence"],
                ],
                [0.42, 0.17, 0.13, 0.28],
            ),
            _part("G"),
            ("S", "G", G4_AUD),
            ("p", G4_TRAIN),
            _part("H1"),
            ("S", "H1", "Isla does not need provision under section 2 of the 1970 Act."),
            _part("H2"),
            ("S", "H2", "No other social care provision is needed."),
            _part("I"),
            ("S", "I", "Ferncliffe Infant School, Calderbrook (community infant school)."),
            _part("J"),
            ("S", "J", "The family have not asked for a personal budget."),
            _part("K"),
            (
                "S",
                "K",
                "Mrs Deborah Ashworth, specialist speech and language therapist, Northern Regional Cleft Centre (May 2026); Mrs Nkechi Bello, SENCo, Ferncliffe Infant School (June 2026); Isla and her parents.",
            ),
        ],
    ),
    reports=[
        dict(
            file=CL4,
            style="headed",
            footer="Northern Regional Cleft Centre - Speech and Language Therapy - Isla Mwangi-Hart",
            author="D Ashworth",
            blocks=[
                ("org", "Northern Regional Cleft Centre"),
                (
                    "small",
                    "Calderbrook Children's Hospital NHS Trust - 01632 960812 - cleft.slt@calderbrook.example.org",
                ),
                ("title", "Cleft Speech and Language Therapy Report"),
                (
                    "kv",
                    [
                        ("Name", "Isla Mwangi-Hart"),
                        ("NHS number", "999 275 0319"),
                        ("Therapist", "Deborah Ashworth, specialist SLT (cleft lip and palate)"),
                        ("Date", "12 May 2026"),
                    ],
                ),
                ("h", 1, "History"),
                (
                    "p",
                    [
                        X(
                            "Isla's palate was repaired at ten months, and she had grommets fitted at three, which have since come out.",
                            "history",
                        ),
                        X(
                            "Her mother said that Isla speaks Swahili with her grandmother on video calls and makes the same sound errors in both languages.",
                            "reported speech: background",
                        ),
                        X(
                            "A further operation to improve how her palate closes was considered at the cleft clinic in March; the surgeon does not advise it at present.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("h", 1, "Assessment findings"),
                (
                    "p",
                    [
                        N(
                            "Isla has a cleft-related speech sound disorder with compensatory articulation: she produces many consonants at the back of the throat, using glottal stops.",
                            CI,
                            B4_SPEECH,
                        ),
                        N(
                            "Unfamiliar listeners understand her speech less than half of the time.",
                            CI,
                            B4_UNDERST,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "She has mild hypernasality, and air escapes through her nose on sounds such as 'p', 's' and 'sh'.",
                            CI,
                            None,
                        ),
                        N(
                            "Isla cannot yet hear the difference between some of the sounds she says in error, which holds back her phonics.",
                            CL,
                            B4_HEAR,
                        ),
                        X(
                            "Her language skills and vocabulary are within the average range for her age.",
                            "test result: strength",
                        ),
                        X(
                            "Her hearing was tested at the cleft clinic in April, and her right ear is within normal limits.",
                            "test result",
                        ),
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "p",
                    "Children with compensatory articulation need frequent, short practice with correct placement; weekly therapy alone does not change established habits. I have set out who should do what, how often, and why.",
                ),
                (
                    "grid",
                    [
                        ["Recommendation", "By whom", "How often", "Why"],
                        [
                            R(
                                "Isla should have ten weekly sessions of direct therapy in school each term, each 45 minutes, with the cleft team.",
                                CI,
                                "less",
                                F4_SLT,
                            ),
                            "Cleft SLT",
                            "Weekly, 10 a term",
                            "To establish correct sounds at the front of the mouth.",
                        ],
                        [
                            R(
                                "A trained teaching assistant should practise Isla's speech targets with her every day for 10 minutes, following the cleft team's programme.",
                                CI,
                                "specific",
                                F4_DAILY,
                            ),
                            "Teaching assistant",
                            "Daily",
                            "Daily practice is what carries new sounds into everyday speech.",
                        ],
                        [
                            R(
                                "All adults should avoid asking Isla to repeat herself more than twice and should say back what they have understood.",
                                CI,
                                "not_specific",
                                F4_AWARE,
                            ),
                            "All staff",
                            "Every day",
                            X(
                                "Repeated requests to say it again make children with cleft speech stop talking.",
                                "reason",
                            ),
                        ],
                        [
                            R(
                                "Isla's class teacher and teaching assistant should attend the cleft team's half-day training for schools this term.",
                                CI,
                                "wrong_section",
                                G4_TRAIN,
                                section="G",
                            ),
                            "Cleft team",
                            "Once",
                            "So that school practice matches therapy.",
                        ],
                        [
                            R(
                                "Phonics should be adapted so that Isla learns sound pairs with visual and touch cues, in a small group four times a week for 15 minutes.",
                                CL,
                                "missing_from_f",
                            ),
                            "Teaching assistant",
                            "4 x 15 minutes a week",
                            "She cannot rely on hearing the difference yet.",
                        ],
                        [
                            R(
                                "Isla's left ear should be reviewed by the cleft team's audiologist every six months.",
                                HEALTH,
                                "not_educational",
                                G4_AUD,
                                section="G",
                            ),
                            "Cleft audiologist",
                            "Every 6 months",
                            "Children with a cleft palate are prone to glue ear.",
                        ],
                    ],
                    [0.42, 0.16, 0.16, 0.26],
                ),
            ],
        ),
        dict(
            file=SC4,
            style="folder",
            footer="Ferncliffe Infant School - SENCo advice - page {n} of {m}",
            author="N Bello",
            blocks=[
                ("org", "Ferncliffe Infant School"),
                ("small", "Beck Lane, Calderbrook - 01632 960640 - senco@ferncliffe.example.org"),
                ("title", "School advice for Isla's EHC needs assessment"),
                (
                    "p",
                    "Written by Nkechi Bello, SENCo, with Isla's class teacher Miss Farrow, June 2026.",
                ),
                ("h", 1, "Isla in school"),
                (
                    "bul",
                    [
                        X(
                            "Isla settled quickly in Reception and has a close group of friends.",
                            "strength",
                        ),
                        X(
                            "She used to refuse to eat in the dining hall because of food coming down her nose, but this stopped after her palate was checked last year.",
                            "resolved difficulty",
                        ),
                        N(
                            "Isla has begun to avoid speaking in class and whispers or points when she thinks she will not be understood.",
                            SEMH,
                            B4_QUIET,
                        ),
                        N(
                            "Some children have copied the way she speaks, and she has come in from playtime upset.",
                            SEMH,
                            None,
                        ),
                        N(
                            "Her phonics is behind: she knows 20 of the 44 sounds, and her spelling reflects how she says words.",
                            CL,
                            B4_PHON,
                        ),
                        N(
                            "Isla has glue ear in her left ear and misses what is said when there is background noise.",
                            SP,
                            None,
                        ),
                        X(
                            "She already has a speech target book that goes between home and school each week.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 1, "What we would like to put in place"),
                (
                    "bul",
                    [
                        [
                            R(
                                "We will seat Isla near the front, away from the door, with her right ear towards the teacher.",
                                SP,
                                "specific",
                                F4_SEAT,
                            ),
                            X("She hears much better on that side.", "reason"),
                        ],
                        [
                            R(
                                "We would like to run a small friendship and talking group with our learning mentor once a week for Isla and three friends.",
                                SEMH,
                                "not_specific",
                                F4_CONF,
                            ),
                            X(
                                "This would give her a safe place to practise talking in front of others.",
                                "reason",
                            ),
                        ],
                        R(
                            "We would like to provide recordable talking buttons so that Isla can share her news at carpet time every Monday.",
                            CI,
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "We thought about moving Isla to the speech and language resource base at Holmfield, but her parents and we agree she is better with her friends here.",
                        "option considered and rejected",
                    ),
                ),
                (
                    "p",
                    X(
                        "We have suggested to Isla's parents that they praise what she says rather than how she says it, which they already do.",
                        "advice for home",
                    ),
                ),
            ],
        ),
    ],
)


CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
