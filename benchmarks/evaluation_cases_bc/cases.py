# ruff: noqa: E501, N802
"""Set BC as data: specific learning difficulties and medical needs in mainstream schools
(a 9-year-old with dyslexia and dyscalculia, a 13-year-old with developmental coordination
disorder who needs a laptop and exam access arrangements, a 7-year-old with a moderate
hearing loss and a radio aid, and an 11-year-old with type 1 diabetes and absence epilepsy
whose special educational needs are mild but whose health plan is substantial), in four
plan layouts no earlier set has.

Every name, council, school, service, NHS trust and professional is invented. Phone
numbers are in the 01632 960xxx range, mobiles 07700 900xxx, e-mail addresses are at
example.org and NHS numbers begin 999. Markers are those of evaluation_kit.dataset.
"""


def N(text: str, area: str, plan_text: str | None = None) -> tuple:
    """A need; plan_text None when Section B leaves it out."""
    return ("N", text, area, plan_text)


def R(text: str, area: str, status: str, plan_text: str | None = None, **extras) -> tuple:
    """A recommendation with its status against the plan."""
    return ("R", text, area, status, plan_text, extras)


def X(text: str, why: str) -> tuple:
    """A sentence that reads like a need or advice but is not a current one."""
    return ("X", text, why)


def F(text: str, specific: bool, note: str | None = None) -> tuple:
    """A Section F provision."""
    return ("F", text, specific, note) if note else ("F", text, specific)


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


# ---------------------------------------------------------------------------
# case-evalbc-01: Carrowmere Borough Council; Isla Penhaligon-Reeve, 9, Year 5
# (dyslexia and dyscalculia)
# layout "assess-plan-do-review-cycle-provision": Word headings "Section B – Special
# Educational Needs"; Section F is laid out as the school's termly cycle under the
# sub-headings Assess, Plan, Do and Review.
# ---------------------------------------------------------------------------

B1_SOUNDS = "Isla finds it hard to hear the separate sounds in longer words and to put sounds back together to read a word."
B1_READ = "Her reading is a long way behind most children of her age; when she meets a new word she often guesses it from the first letter."
B1_SLOW = "Even when she can read the words, Isla reads slowly and has to work hard at it, so she gets tired and loses the meaning."
B1_SPELL = "Isla's spelling is much weaker than her classmates', and letters, especially vowels, are often left out of words."
B1_NUMBER = "Isla does not yet have a quick feel for how many things there are in a small group and still counts from one on her fingers, even to add 2 and 3."
B1_FACTS = "She has not been able to remember number bonds to 10 or times tables, although she has practised them every day."
B1_PLACE = "She is not sure what each digit in a number like 46 or 407 stands for, so written adding and taking away methods do not make sense to her."
B1_CONF = "Isla has lost confidence as a learner this year and will not read out loud in front of the class."
B1_WRITE = (
    "Her written work is much shorter than other children's, and she tries to avoid writing tasks."
)

F1_INTRO = "Oakbridge Primary will meet Isla's needs through the school's termly cycle of assess, plan, do and review, led by the SENCo, using the provision set out below."
F1_TESTS = "At the start of each term the SENCo will repeat the single-word reading, spelling and number screening tests used in the specialist teacher's assessment and record the standard scores."
F1_SPT = "The Learning Support Service specialist teacher (SpLD) will visit once each half term to set the targets for Isla's literacy and numeracy programmes and to review her progress with the SENCo."
F1_LIT = "A structured, multisensory literacy programme delivered one-to-one by a teaching assistant trained by the specialist teacher, three times a week for 30 minutes."
F1_PT = "Precision teaching of sight words and number facts as needed."
F1_MATHS = "A numeracy intervention using concrete apparatus such as Numicon and Cuisenaire rods, in a group of no more than three pupils, for 20 minutes three times a week, led by a trained teaching assistant."
F1_STEPS = "In every lesson, teachers will give instructions in short steps and write the key points on a card on Isla's desk."
F1_CHECK = "Regular check-ins with a trusted adult."
F1_REVIEW = "At the end of each term the SENCo will meet Isla's parents to go through the new scores and the programme records and agree the next term's targets."

H2_TYPE = "The Carrowmere Family Learning team will run a touch-typing course for Isla in school, two 30-minute sessions a week for one term, as part of its family learning offer."
G1_EYES = "Isla's parents will take her for a full sight test with a community optometrist, who will check for visual stress and binocular vision difficulties."

SP1 = "spld_assessment_report.pdf"
PM1 = "school_provision_map.docx"


def _dash(sid: str) -> tuple:
    return (
        "H",
        sid,
        f"Section {sid} – {NAMES[sid].title().replace('Or ', 'or ').replace('To ', 'to ').replace('Of ', 'of ').replace('Under ', 'under ').replace('The ', 'the ').replace('And ', 'and ')}",
        "h1",
    )


CASE_01 = dict(
    name="case-evalbc-01",
    layout="assess-plan-do-review-cycle-provision",
    summary=(
        "Carrowmere Borough Council; Isla Penhaligon-Reeve, 9, Year 5 at Oakbridge Church of England Primary "
        "School (dyslexia and dyscalculia, weak working memory, maths anxiety). Word headings 'Section B – "
        "Special Educational Needs'; Section F follows the school's termly assess, plan, do, review cycle under "
        "those four sub-headings. A specialist teacher assessor's SpLD report (.pdf, third person, standardised "
        "score tables, a Recommendation / How often and who / Reason table) and the school's costed provision "
        "map (.docx, the termly cycles with what was tried and stopped, next steps in the first person plural)."
    ),
    note="The touch-typing course the assessor recommends is written into Section H2 as a Family Learning offer: provision in the wrong section. The sight test is health provision correctly in G. Isla's working memory and her anxiety in maths lessons are described in the reports but not in Section B.",
    plan=dict(
        file="plan.docx",
        footer="Carrowmere Borough Council - Education, Health and Care Plan - Isla Penhaligon-Reeve - issued 9 October 2026",
        author="Carrowmere SEND Assessment and Review Team",
        title="EHC Plan - Isla Penhaligon-Reeve",
        blocks=[
            ("org", "Carrowmere Borough Council"),
            (
                "small",
                "SEND Assessment and Review Team, Civic Offices, Mere Street, Carrowmere - 01632 960511",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Isla Penhaligon-Reeve"),
                    ("Date of birth", "14 February 2017"),
                    ("School and year group", "Oakbridge Church of England Primary School, Year 5"),
                    ("Parents", "Kerenza Penhaligon and Mark Reeve"),
                    (
                        "Case officer",
                        "Mr D Ashworth, 01632 960514, send.team@carrowmere.example.org",
                    ),
                    ("Type of plan", "Final plan following EHC needs assessment"),
                ],
            ),
            _dash("A"),
            (
                "S",
                "A",
                "Isla is a kind, chatty girl who loves horses, drawing and making up stories to tell her little brother.",
            ),
            (
                "p",
                'Isla says: "I want to read chapter books on my own like my friends do, and I want maths not to make me feel sick."',
            ),
            (
                "p",
                "Her parents want Isla to catch up with her reading and number work before secondary school and to feel proud of herself again.",
            ),
            _dash("B"),
            (
                "S",
                "B",
                "Isla has dyslexia and dyscalculia, which were identified by a specialist teacher assessor in June 2026.",
            ),
            ("b", "Cognition and learning: reading and spelling"),
            ("p", [B1_SOUNDS, B1_READ, B1_SLOW]),
            ("p", [B1_SPELL, B1_WRITE]),
            ("b", "Cognition and learning: number"),
            ("p", [B1_NUMBER, B1_FACTS, B1_PLACE]),
            ("b", "Social, emotional and mental health"),
            ("p", B1_CONF),
            ("pb",),
            _dash("C"),
            (
                "S",
                "C",
                "Isla has no diagnosed health conditions; her hearing was tested at school entry and was normal.",
            ),
            _dash("D"),
            ("S", "D", "Isla has no social care needs related to her special educational needs."),
            _dash("E"),
            (
                "S",
                "E",
                "By July 2027 Isla will read aloud a book at a Year 3 reading level with at least 95% accuracy.",
            ),
            (
                "p",
                "By July 2027 Isla will spell correctly 80% of the words on the Year 1 and 2 common exception word lists.",
            ),
            (
                "p",
                "By July 2027 Isla will recall number bonds to 10 without counting, and explain what each digit in a three-digit number stands for.",
            ),
            (
                "p",
                "By July 2027 Isla will choose to read aloud in a small group at least once a week.",
            ),
            ("pb",),
            _dash("F"),
            ("S", "F", F1_INTRO),
            ("h", 2, "Assess"),
            ("p", F(F1_TESTS, True)),
            ("h", 2, "Plan"),
            ("p", F(F1_SPT, True)),
            ("h", 2, "Do"),
            (
                "bul",
                [
                    F(F1_LIT, True),
                    F(F1_PT, False),
                    F(F1_MATHS, True),
                    F(F1_STEPS, True),
                    F(F1_CHECK, False),
                ],
            ),
            ("h", 2, "Review"),
            ("p", F(F1_REVIEW, True)),
            _dash("G"),
            ("S", "G", G1_EYES),
            _dash("H1"),
            ("S", "H1", "No provision is required under section 2 of the 1970 Act."),
            _dash("H2"),
            ("S", "H2", H2_TYPE),
            _dash("I"),
            (
                "S",
                "I",
                "Oakbridge Church of England Primary School, Chapel Road, Carrowmere (mainstream voluntary aided primary school).",
            ),
            _dash("J"),
            ("S", "J", "No personal budget has been requested."),
            _dash("K"),
            (
                "S",
                "K",
                "Specialist teacher assessor's report by Mrs Rhian Tregaskis, Carrowmere Learning Support Service (June 2026); Oakbridge Primary provision map and SENCo advice (July 2026); parents' views; Isla's views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=SP1,
            style="lettered",
            header="SpLD Diagnostic Assessment - Isla Penhaligon-Reeve - CONFIDENTIAL",
            footer="Carrowmere Learning Support Service  |  page {n} of {m}",
            author="R Tregaskis",
            title="Specialist Teacher Assessment - Isla Penhaligon-Reeve",
            blocks=[
                ("org", "Carrowmere Learning Support Service"),
                (
                    "sub",
                    "Specialist Teaching Team - Cognition and Learning - 01632 960530 - lss@carrowmere.example.org",
                ),
                ("title", "Diagnostic Assessment Report: Specific Learning Difficulties"),
                (
                    "kv",
                    [
                        ("Pupil", "Isla Penhaligon-Reeve"),
                        ("Date of birth", "14 February 2017"),
                        ("Age at assessment", "9 years 4 months"),
                        ("School", "Oakbridge Church of England Primary School (Year 4)"),
                        ("Assessor", "Rhian Tregaskis, MA SpLD, AMBDA, APC holder"),
                        ("Dates of assessment", "10 and 17 June 2026"),
                    ],
                ),
                ("h", 1, "1. Reason for referral"),
                (
                    "p",
                    [
                        "Isla was referred by the school's SENCo, Mrs Okonjo, because she has made little progress in reading, spelling and number despite two years of intervention.",
                        X(
                            "Isla was a late talker and had speech and language therapy for two terms in Reception for difficulty saying 'k' and 'g', and was discharged with clear speech.",
                            "history: resolved",
                        ),
                        X(
                            "Her father and an older cousin both had difficulty learning to read.",
                            "family history",
                        ),
                    ],
                ),
                ("h", 1, "2. Background and previous support"),
                (
                    "p",
                    [
                        X(
                            "Isla has had additional phonics in a small group since Year 2 and has been on the school's SEN support register since the autumn of Year 3.",
                            "history: support already in place",
                        ),
                        X(
                            "A coloured overlay was tried in Year 3 on the advice of a class teacher, but it made no difference to her reading accuracy or speed and she stopped using it after a term.",
                            "tried and stopped",
                        ),
                        X(
                            "Her vision and hearing were reported as normal at the school health checks.",
                            "test result",
                        ),
                    ],
                ),
                ("h", 1, "3. Test results"),
                (
                    "p",
                    "Standard scores have a mean of 100 and a standard deviation of 15; scores between 85 and 115 are within the average range.",
                ),
                (
                    "grid",
                    [
                        ["Test", "Area assessed", "Standard score", "Percentile", "Description"],
                        ["BPVS-3", "Receptive vocabulary", "104", "61", "Average"],
                        [
                            "CTOPP-2 Phonological Awareness composite",
                            "Blending and segmenting sounds",
                            "76",
                            "5",
                            "Below average",
                        ],
                        [
                            "CTOPP-2 Rapid Symbolic Naming composite",
                            "Speed of naming letters and digits",
                            "79",
                            "8",
                            "Below average",
                        ],
                        [
                            "CTOPP-2 Phonological Memory composite",
                            "Holding spoken information in mind",
                            "79",
                            "8",
                            "Below average",
                        ],
                        ["WRAT-5 Word Reading", "Single-word reading", "75", "5", "Below average"],
                        ["WRAT-5 Spelling", "Single-word spelling", "72", "3", "Below average"],
                        [
                            "TOWRE-2",
                            "Reading fluency (words in 45 seconds)",
                            "73",
                            "4",
                            "Below average",
                        ],
                        [
                            "YARC Comprehension (passage read to her)",
                            "Listening comprehension",
                            "101",
                            "53",
                            "Average",
                        ],
                        [
                            "Dyscalculia Screener (digital)",
                            "Dot enumeration and number comparison",
                            "71",
                            "3",
                            "Below average",
                        ],
                        [
                            "WRAT-5 Maths Computation",
                            "Written arithmetic",
                            "77",
                            "6",
                            "Below average",
                        ],
                    ],
                    [0.3, 0.27, 0.14, 0.12, 0.17],
                ),
                (
                    "p",
                    [
                        X(
                            "Isla's vocabulary and her understanding of passages read aloud to her are solidly average, which shows that her difficulties are specific rather than general.",
                            "strength: test result",
                        ),
                        X(
                            "The pattern of a marked phonological weakness alongside slow naming speed is typical of dyslexia.",
                            "diagnostic reasoning",
                        ),
                    ],
                ),
                ("h", 1, "4. Literacy"),
                (
                    "p",
                    [
                        N(
                            "Isla's phonological awareness is well below average, and she has particular difficulty segmenting and blending words of more than two syllables.",
                            "cognition_learning",
                            B1_SOUNDS,
                        ),
                        N(
                            "Her single-word reading is at the 5th percentile, and she tends to read unfamiliar words by guessing from the first letter and the picture.",
                            "cognition_learning",
                            B1_READ,
                        ),
                        N(
                            "Isla's slow rapid naming affects her reading fluency, and she reads connected text at about half the rate of her peers, which leaves little capacity for understanding.",
                            "cognition_learning",
                            B1_SLOW,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Spelling is a significant weakness: she spells phonetically at best, with frequent omission of vowels, and her spelling age is around 6 years 9 months.",
                            "cognition_learning",
                            B1_SPELL,
                        ),
                        X(
                            "Her letter formation is neat and she can copy accurately from a model.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 1, "5. Memory and attention"),
                (
                    "p",
                    [
                        N(
                            "Isla's verbal working memory is weak, so she loses track of instructions with more than two steps and forgets what she meant to write before she has finished a sentence.",
                            "cognition_learning",
                            None,
                        ),
                        X(
                            "Her visual memory for pictures and patterns was a relative strength, and she remembered the route round the school after one walk.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 1, "6. Number"),
                (
                    "p",
                    [
                        N(
                            "Isla has a weak sense of number: she cannot yet recognise groups of more than three without counting, and she counts on her fingers from one to add small numbers.",
                            "cognition_learning",
                            B1_NUMBER,
                        ),
                        N(
                            "She has not retained number bonds to 10 or any multiplication facts despite daily practice in class.",
                            "cognition_learning",
                            B1_FACTS,
                        ),
                        N(
                            "Isla does not understand place value beyond tens, so she cannot make sense of column methods for addition and subtraction.",
                            "cognition_learning",
                            B1_PLACE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Isla shows marked anxiety in maths: she told me that numbers make her feel 'stupid and sick', and her teacher reports that she asks to go to the toilet at the start of most maths lessons.",
                            "semh",
                            None,
                        ),
                        X(
                            "Isla's difficulties with number are consistent with dyscalculia and are not explained by her general ability, teaching or attendance, which is 97%.",
                            "diagnostic reasoning",
                        ),
                    ],
                ),
                ("h", 1, "7. Recommendations"),
                (
                    "p",
                    "The recommendations below are listed with the frequency and staffing I consider necessary and the reason for each.",
                ),
                (
                    "grid",
                    [
                        ["Recommendation", "How often and who", "Reason"],
                        [
                            R(
                                "A structured, cumulative, multisensory literacy programme, taught one-to-one",
                                "cognition_learning",
                                "less",
                                F1_LIT,
                            ),
                            "Four sessions of 30 minutes each week, by a teaching assistant trained in SpLD",
                            X(
                                "Isla needs many repetitions of each step, and gaps between sessions of more than a day lead to loss of what she learned.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Planning and monitoring of Isla's literacy and numeracy programmes by a specialist teacher (SpLD)",
                                "cognition_learning",
                                "specific",
                                F1_SPT,
                            ),
                            "A visit every half term",
                            X(
                                "The programmes must move on at Isla's pace and be adjusted when progress stalls.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Precision teaching of high-frequency words and number bonds, using one-minute probes and a daily chart",
                                "cognition_learning",
                                "not_specific",
                                F1_PT,
                            ),
                            "10 minutes every day, by a teaching assistant",
                            X(
                                "Short daily practice is the quickest way to build automatic recall.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "A structured dyscalculia intervention using concrete apparatus (for example Numicon or Cuisenaire rods), working from quantity to symbol",
                                "cognition_learning",
                                "specific",
                                F1_MATHS,
                            ),
                            "Three 20-minute sessions a week in a group of no more than three, by a trained teaching assistant",
                            X(
                                "Isla understands what she can see and handle far better than abstract written sums.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Instructions given in short chunks, with the key points written down for Isla to refer back to",
                                "cognition_learning",
                                "specific",
                                F1_STEPS,
                            ),
                            "Every lesson, all staff",
                            X(
                                "This reduces the load on her working memory.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Assistive technology: a reading pen and text-to-speech software on a school device, with training for Isla and her teaching assistant in using them",
                                "cognition_learning",
                                "missing_from_f",
                            ),
                            "Available in every lesson that involves reading; two training sessions",
                            X(
                                "This gives Isla access to texts at the level of her understanding rather than her decoding.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "25% extra time in tests, with questions read aloud to her by an adult",
                                "cognition_learning",
                                "missing_from_f",
                            ),
                            "All class tests and the Key Stage 2 tests (subject to the rules in force)",
                            X(
                                "Without it, tests measure her decoding rather than her knowledge.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "A touch-typing course in school, so that Isla can record her ideas without the barrier of spelling and handwriting speed",
                                "cognition_learning",
                                "wrong_section",
                                H2_TYPE,
                                section="H2",
                            ),
                            "Two 30-minute sessions a week for one term",
                            X(
                                "Typing is likely to be Isla's main way of recording by the time she reaches secondary school.",
                                "reason for a recommendation",
                            ),
                        ],
                    ],
                    [0.42, 0.28, 0.30],
                ),
                (
                    "p",
                    [
                        R(
                            "Because Isla told me that the words sometimes 'wobble' on the page, I recommend a full sight test with a community optometrist, to rule out a binocular vision difficulty.",
                            "health",
                            "not_educational",
                            G1_EYES,
                            section="G",
                        ),
                        R(
                            "At home, Isla's parents might share a book with her for ten minutes each evening, with Isla reading the words she knows and her parent reading the rest.",
                            "cognition_learning",
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "I considered whether Isla needs a place in a specialist setting for pupils with specific learning difficulties, but her good understanding, her friendships and her parents' wishes all point to her needs being met in her own school with the provision above.",
                            "option considered and rejected",
                        ),
                        X(
                            "I also considered a further Toe by Toe programme, but the school's records show that it was tried last year without measurable progress.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                (
                    "sig",
                    [
                        "Rhian Tregaskis",
                        "Specialist Teacher Assessor (SpLD), Carrowmere Learning Support Service",
                        "28 June 2026",
                    ],
                ),
            ],
        ),
        dict(
            file=PM1,
            style="headed",
            footer="Oakbridge CE Primary - SEN Support provision map - Isla P-R - July 2026",
            author="B Okonjo",
            title="Provision map - Isla Penhaligon-Reeve",
            blocks=[
                ("org", "Oakbridge Church of England Primary School"),
                (
                    "small",
                    "Chapel Road, Carrowmere - SENCo: Mrs Blessing Okonjo - 01632 960547 - senco@oakbridge.example.org",
                ),
                ("title", "Individual provision map and SENCo advice"),
                (
                    "p",
                    "Pupil: Isla Penhaligon-Reeve, Year 4. Prepared for the EHC needs assessment, July 2026.",
                ),
                ("h", 1, "What we have provided (assess, plan, do, review)"),
                (
                    "p",
                    "The costs are those of our staff time and resources for the year, worked out at our standard hourly rates.",
                ),
                (
                    "grid",
                    [
                        [
                            "Term",
                            "Provision (do)",
                            "Staff and frequency",
                            "Cost for the year",
                            "Review: impact",
                        ],
                        [
                            "Autumn 2025",
                            "Toe by Toe reading programme, one-to-one",
                            "TA, 15 minutes daily",
                            "£1,140",
                            X(
                                "Stopped after six weeks: Isla found it boring and tiring, and her word reading score did not change.",
                                "tried and stopped",
                            ),
                        ],
                        [
                            "Autumn 2025",
                            "Small-group phonics catch-up (Year 4 group of six)",
                            "TA, 3 x 20 minutes a week",
                            "£620",
                            X(
                                "Continued all year; Isla now reads most three-letter words, but not longer ones.",
                                "progress",
                            ),
                        ],
                        [
                            "Spring 2026",
                            "Nessy online reading and spelling",
                            "Independent on a laptop, 4 x 15 minutes a week",
                            "£85 licence",
                            X(
                                "Isla enjoys Nessy and has finished two islands; spelling test scores rose from 4/20 to 9/20.",
                                "progress",
                            ),
                        ],
                        [
                            "Spring 2026",
                            "Times-table practice app and daily class chanting",
                            "Whole class, daily",
                            "£0",
                            X(
                                "Stopped for Isla at half term, because she became upset and hid in the toilets before the times-table test.",
                                "tried and stopped",
                            ),
                        ],
                        [
                            "Summer 2026",
                            "First Class@Number 2 group",
                            "TA, 3 x 30 minutes a week, group of four",
                            "£1,050",
                            X(
                                "Some gains in counting on; Isla still counts from one when she is anxious.",
                                "progress",
                            ),
                        ],
                    ],
                    [0.13, 0.27, 0.2, 0.12, 0.28],
                    True,
                ),
                ("h", 1, "What we see in school"),
                (
                    "bul",
                    [
                        [
                            X(
                                "Isla is a popular member of her class and is a thoughtful contributor to discussions, especially in science and history.",
                                "strength",
                            )
                        ],
                        [
                            N(
                                "Her self-esteem as a learner has fallen sharply this year: she now refuses to read aloud, even in a small group, and calls herself 'thick'.",
                                "semh",
                                B1_CONF,
                            )
                        ],
                        [
                            N(
                                "Isla's written work is much shorter than her peers' and she avoids writing tasks, often spending the first ten minutes sharpening pencils or asking to help the teacher.",
                                "cognition_learning",
                                B1_WRITE,
                            )
                        ],
                        [
                            X(
                                "Her behaviour in class is good, and she has had no behaviour incidents this year.",
                                "strength",
                            )
                        ],
                        [
                            X(
                                "The headaches she reported in the autumn have stopped since her bedtime routine changed, her mum tells us.",
                                "history: resolved",
                            )
                        ],
                    ],
                ),
                ("h", 1, "Next steps we propose"),
                (
                    "p",
                    "We have looked again at what has worked, and we agree with the specialist teacher's recommendations. In addition:",
                ),
                (
                    "bul",
                    [
                        [
                            R(
                                "We would like Isla to have a 15-minute check-in with her class teacher or teaching assistant every Monday and Friday, to talk about how the week is going, set one small goal and look back at it.",
                                "semh",
                                "not_specific",
                                F1_CHECK,
                            ),
                            X(
                                "When we did this informally in the summer term she was more willing to try reading in her group.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            X(
                                "We considered moving Isla out of her maths set into a smaller group, but decided against it because she would lose her friends and it would not change the way she is taught.",
                                "option considered and rejected",
                            ),
                        ],
                        [
                            X(
                                "We will keep Nessy going as part of her class literacy time, because she enjoys it and it is paid for until next summer.",
                                "support already in place",
                            ),
                        ],
                    ],
                ),
                ("p", "Mrs Blessing Okonjo, SENCo, 8 July 2026"),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbc-02: Ludwell Metropolitan Borough Council; Tom Wierzbicki-Hale, 13, Year 9
# (developmental coordination disorder, handwriting, laptop and exam access arrangements)
# layout "provision-cards-what-who-when": headings are the statutory names alone, no
# letters; Section F is a set of provision cards, each a bold title and labelled lines
# What / Who / How often / Reviewed.
# ---------------------------------------------------------------------------

B2_SPEED = "Tom writes far more slowly than other pupils in his year, so he cannot get down everything he knows in lessons or tests."
B2_PAIN = "After about ten minutes his writing becomes hard to read, and his hand and wrist start to hurt."
B2_TIME = (
    "Tom needs more time than other pupils to take in a question, work out his answer and check it."
)
B2_ORG = "He often forgets what equipment he needs for the day and when homework is due."
B2_TOOLS = "Tools such as rulers, compasses and scissors are hard for Tom to control, and he sometimes knocks things over in practical lessons."
B2_PE = "Getting changed for PE takes Tom a long time."
B2_BALL = "Tom's balance and ball skills are weaker than other pupils', and he tends to keep out of team games."

F2_INTRO = "Castlegate Academy will make the provision on the cards below. The SENCo is responsible for making sure it happens and for recording it on Tom's provision map each term."
F2_LAPTOP = "A school laptop with word-processing software, kept charged in the learning support base, for Tom to use as his normal way of writing."
F2_TYPE = "Touch-typing practice using an online typing course."
F2_EXAMS = "25% extra time and use of a word processor, with the spelling and grammar check turned off, in all class tests, end-of-unit assessments and school examinations."
F2_FORM8 = "Reassessment by a specialist teacher assessor in the spring term of Year 9, with the JCQ Form 8 completed, so that access arrangements can be applied for in Years 10 and 11."
F2_ORG = "Help from the learning mentor to organise his equipment, homework and planner."
F2_MOTOR = "Access to a motor skills group."
F2_PRACT = "In science, design and technology and art, a teaching assistant will help Tom set up equipment, and he will have adapted tools: a non-slip mat, a ruler with a handle, spring-loaded scissors and a compass with a locking arm."
F2_PE = "Tom may leave PE five minutes before the end of the lesson to change in a private cubicle."

G2_TRAIN = "The children's occupational therapy service will run one training session for Castlegate Academy's PE, science and design and technology staff in the autumn term on adapting tasks and equipment for pupils with DCD."
G2_OT = "The children's occupational therapy service will review Tom's hand and wrist pain and his seating and posture for writing in the spring term of 2027."

SA2 = "access_arrangements_assessment.docx"
PM2 = "provision_map_and_apdr.pdf"


def _card(title: str, what, who: str, often: str, review: str = "") -> list:
    out = [("b", title), ("lab", "What", what), ("lab", "Who", who), ("lab", "How often", often)]
    if review:
        out.append(("lab", "Reviewed", review))
    return out


CASE_02 = dict(
    name="case-evalbc-02",
    layout="provision-cards-what-who-when",
    summary=(
        "Ludwell Metropolitan Borough Council; Tom Wierzbicki-Hale, 13, Year 9 at Castlegate Academy (Year 8 when assessed) "
        "(developmental coordination disorder, slow and painful handwriting, slow processing, organisation, "
        "practical tasks, PE, teasing). Headings are the statutory names alone, with no letters; Section F is a "
        "set of provision cards (a bold title, then What / Who / How often / Reviewed lines). A specialist "
        "teacher assessor's access arrangements report (.docx, score table, recommendations argued at length, "
        "options considered and rejected) and the academy's costed provision map with its assess-plan-do-review "
        "record (.pdf, landscape, what was tried and stopped, next steps in the first person plural)."
    ),
    note="Training for PE, science and technology staff by the occupational therapist stands in the health provision section: provision in the wrong section. The occupational therapy review of Tom's hand pain is health provision correctly there. The learning mentor's help is quantified in its How often line, but at a fortnightly check against the daily check and weekly session proposed. Copying from the board and the teasing about being clumsy are described in the reports but not among the needs.",
    plan=dict(
        file="plan.pdf",
        sans=True,
        accent="5B2C6F",
        header="Ludwell MBC  -  EHC plan  -  Tom Wierzbicki-Hale",
        footer="Final EHC plan issued 21 September 2026  -  page {n} of {m}",
        author="Ludwell SEN Team",
        title="Education, Health and Care Plan: Tom Wierzbicki-Hale",
        blocks=[
            ("org", "Ludwell Metropolitan Borough Council"),
            (
                "small",
                "Special Educational Needs Team, Ludwell House, Market Square - 01632 960602 - sen@ludwell.example.org",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Young person", "Tomasz (Tom) Wierzbicki-Hale"),
                    ("Date of birth", "2 May 2013"),
                    ("School", "Castlegate Academy, Year 9 from September 2026"),
                    ("Parents", "Agnieszka Wierzbicka and Owen Hale"),
                    ("EHC coordinator", "Ms P Ferreira, 01632 960608"),
                ],
            ),
            ("H", "A", "Views, interests and aspirations", "h1"),
            (
                "S",
                "A",
                "Tom is a keen gamer and a member of the school's coding club, and he wants to design video games when he is older.",
            ),
            (
                "p",
                'Tom says he wants to be able to "get my ideas down as fast as I think them" and not to be picked on for dropping things.',
            ),
            (
                "p",
                "His parents would like him to sit his GCSEs with the arrangements he needs and to feel settled and happy at Castlegate.",
            ),
            ("H", "B", "Special educational needs", "h1"),
            (
                "S",
                "B",
                "Tom has developmental coordination disorder (dyspraxia), diagnosed by a community paediatrician when he was eight.",
            ),
            ("p", [B2_SPEED, B2_PAIN, B2_TIME]),
            ("p", [B2_ORG, B2_TOOLS]),
            ("p", [B2_PE, B2_BALL]),
            ("H", "C", "Health needs related to special educational needs", "h1"),
            (
                "S",
                "C",
                "Tom's developmental coordination disorder is under the care of the children's occupational therapy service; he has mild hypermobility of the fingers, which adds to the ache in his hand when writing.",
            ),
            (
                "H",
                "D",
                "Social care needs related to special educational needs or disability",
                "h1",
            ),
            ("S", "D", "Tom has no social care needs."),
            ("H", "E", "Outcomes", "h1"),
            (
                "S",
                "E",
                "By the end of Year 9 Tom will touch-type at 30 words a minute with 90% accuracy.",
            ),
            (
                "p",
                "By the end of Year 9 Tom will complete written tasks in all subjects on his laptop within the time given to the class, with his 25% extra time in tests.",
            ),
            (
                "p",
                "By the end of Year 9 Tom will bring the right equipment and hand in homework on time in at least nine weeks out of ten.",
            ),
            (
                "p",
                "By the end of Year 9 Tom will carry out practical tasks in science and technology safely with adapted equipment.",
            ),
            ("H", "F", "Special educational provision", "h1"),
            ("S", "F", F2_INTRO),
            *_card(
                "Card 1: Recording work",
                F(F2_LAPTOP, True),
                "SENCo and the academy's IT technician, who will set it up",
                "Every lesson that involves more than a few lines of writing, from the start of the autumn term 2026",
            ),
            *_card(
                "Card 2: Typing",
                F(F2_TYPE, False),
                "Tom, supervised by a teaching assistant",
                "As the timetable allows",
            ),
            *_card(
                "Card 3: Tests and examinations",
                F(F2_EXAMS, True),
                "Examinations officer and SENCo",
                "Every test and examination",
            ),
            *_card(
                "Card 4: Evidence for GCSE access arrangements",
                F(F2_FORM8, True),
                "A specialist teacher assessor holding a current assessment practising certificate",
                "Once, in the spring term 2027",
            ),
            *_card(
                "Card 5: Organisation",
                F(F2_ORG, True),
                "Learning mentor",
                "A 20-minute session once a fortnight, including a check of his planner",
                "Each term by the SENCo",
            ),
            *_card(
                "Card 6: Motor skills",
                F(F2_MOTOR, False),
                "Teaching assistant",
                "When a group is running",
            ),
            *_card(
                "Card 7: Practical lessons",
                F(F2_PRACT, True),
                "Subject teachers and a teaching assistant",
                "Every practical lesson",
            ),
            *_card("Card 8: PE", F(F2_PE, True), "PE staff", "Every PE lesson"),
            ("H", "G", "Health provision", "h1"),
            ("S", "G", G2_OT),
            ("p", G2_TRAIN),
            (
                "H",
                "H1",
                "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
                "h1",
            ),
            ("S", "H1", "Not applicable: Tom does not receive services under the 1970 Act."),
            ("H", "H2", "Other social care provision", "h1"),
            ("S", "H2", "Not applicable at present."),
            ("H", "I", "Placement", "h1"),
            ("S", "I", "Castlegate Academy, Castle Hill, Ludwell (mainstream secondary academy)."),
            ("H", "J", "Personal budget", "h1"),
            ("S", "J", "No personal budget has been requested."),
            ("H", "K", "Advice and information", "h1"),
            (
                "S",
                "K",
                "Access arrangements assessment by Mr Gareth Pryce-Oduya, specialist teacher assessor (May 2026); Castlegate Academy provision map and SENCo advice (June 2026); parents' and Tom's views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=SA2,
            style="sectioned",
            footer="Specialist teacher assessment - T Wierzbicki-Hale - May 2026",
            author="G Pryce-Oduya",
            title="Assessment for access arrangements and learning needs",
            blocks=[
                ("org", "Pryce-Oduya Specialist Assessments"),
                (
                    "small",
                    "Independent specialist teacher assessor - commissioned by Ludwell SEN Team - 07700 900318 - gpo@assess.example.org",
                ),
                ("title", "Assessment of Learning Needs and Access Arrangements"),
                (
                    "kv",
                    [
                        ("Student", "Tom Wierzbicki-Hale"),
                        ("Date of birth", "2 May 2013"),
                        ("Year group", "8"),
                        ("Assessed", "12 May 2026, at Castlegate Academy"),
                        ("Assessor", "Gareth Pryce-Oduya, PG Cert SpLD, APC (Patoss)"),
                    ],
                ),
                ("h", 1, "Background"),
                (
                    "p",
                    [
                        X(
                            "Tom was diagnosed with developmental coordination disorder at the age of eight, after his parents raised concerns about his handwriting, dressing and riding a bike.",
                            "history: diagnosis",
                        ),
                        X(
                            "He had a block of six occupational therapy sessions in Year 4 and was then discharged with a home programme.",
                            "history: past support",
                        ),
                        X(
                            "He learned to ride a bike at eleven and now cycles to school, which he is proud of.",
                            "progress",
                        ),
                    ],
                ),
                ("h", 1, "Test results"),
                (
                    "table",
                    [
                        ["Assessment", "Score", "Descriptor"],
                        [
                            "DASH free writing (words a minute)",
                            "11 wpm (SS 70)",
                            "Well below average",
                        ],
                        ["DASH copy fast (words a minute)", "SS 74", "Below average"],
                        ["Typing, 5-minute copy (words a minute)", "18 wpm", "Not standardised"],
                        ["WRIT verbal analogies and vocabulary", "SS 108", "Average"],
                        ["TOWRE-2 reading efficiency", "SS 96", "Average"],
                        ["Symbol Digit Modalities Test (written)", "SS 81", "Below average"],
                        ["Access Reading Test comprehension", "SS 99", "Average"],
                    ],
                    dict(widths=[0.5, 0.25, 0.25]),
                ),
                (
                    "p",
                    [
                        X(
                            "Tom's verbal reasoning and reading are both in the average range, and his reading comprehension is a real strength when he is given time.",
                            "strength: test result",
                        ),
                        X(
                            "His typing speed of 18 words a minute is already faster than his handwriting, although he types with two fingers.",
                            "test result",
                        ),
                    ],
                ),
                ("h", 1, "What the assessment shows"),
                (
                    "p",
                    [
                        N(
                            "Tom's handwriting speed is well below average: on the DASH free writing task he wrote 11 words a minute, where the average for his age is about 20.",
                            "sensory_physical",
                            B2_SPEED,
                        ),
                        N(
                            "His handwriting becomes much less legible after about ten minutes, and he reports aching in his hand and wrist.",
                            "sensory_physical",
                            B2_PAIN,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Tom's speed of processing visual information is below average, so he needs longer than his peers to read questions, plan answers and check his work.",
                            "cognition_learning",
                            B2_TIME,
                        ),
                        N(
                            "He finds copying from the board very difficult: he loses his place, misses out lines and often copies only half of what is written before it is taken down.",
                            "sensory_physical",
                            None,
                        ),
                        N(
                            "Tom's organisation is poor for his age, and he regularly arrives without the right equipment and loses track of homework deadlines.",
                            "cognition_learning",
                            B2_ORG,
                        ),
                    ],
                ),
                ("h", 1, "Recommendations and the reasons for them"),
                (
                    "p",
                    [
                        "The central question is how Tom should record his work, because this shapes everything else.",
                        R(
                            "Tom should use a laptop as his normal way of working in all lessons that involve extended writing, with the school providing the laptop and a place to charge it.",
                            "sensory_physical",
                            "specific",
                            F2_LAPTOP,
                        ),
                        X(
                            "He is already faster on a keyboard than with a pen, and a laptop removes the pain that limits his writing after ten minutes.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "I considered a scribe, but Tom does not want an adult sitting beside him in lessons or exams, and his typing already outpaces his handwriting.",
                            "option considered and rejected",
                        ),
                        X(
                            "Voice recognition software was also considered; it would be impractical in a shared exam room, and Tom found it frustrating when he tried it at home last year.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "For the laptop to help him, his typing must become fluent.",
                            "reason for a recommendation",
                        ),
                        R(
                            "He should follow a structured touch-typing course in school, for three 20-minute sessions a week over one term, with the aim of reaching 30 words a minute.",
                            "sensory_physical",
                            "not_specific",
                            F2_TYPE,
                        ),
                        R(
                            "At home, ten minutes of practice on the same course on most days would speed up his progress.",
                            "sensory_physical",
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Tom's below-average processing speed and handwriting speed both meet the criteria for extra time.",
                            "reason for a recommendation: test result",
                        ),
                        R(
                            "In all internal tests and examinations Tom should have 25% extra time and use a word processor with the spelling and grammar check disabled, and these arrangements should become his normal way of working so that they can be applied for at GCSE.",
                            "cognition_learning",
                            "specific",
                            F2_EXAMS,
                        ),
                        R(
                            "He should also be allowed supervised rest breaks in any test longer than an hour, to stretch his hand, wrist and shoulders.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Teachers should give Tom a printed or electronic copy of any notes, diagrams or homework written on the board at the start of the lesson, so that he does not have to copy from the board.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        X(
                            "When his English teacher did this during the laptop trial, his written output in lessons roughly doubled.",
                            "reason for a recommendation: progress",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "I recommend that Tom is reassessed by a specialist teacher assessor in the spring term of Year 9, when the JCQ Form 8 can be completed for his GCSE arrangements.",
                            "cognition_learning",
                            "specific",
                            F2_FORM8,
                        ),
                        R(
                            "I also recommend a review by the children's occupational therapy service of the pain in Tom's hand and wrist and of his seating and posture when writing.",
                            "health",
                            "not_educational",
                            G2_OT,
                            section="G",
                        ),
                    ],
                ),
                ("p", "Gareth Pryce-Oduya, Specialist Teacher Assessor, 19 May 2026"),
            ],
        ),
        dict(
            file=PM2,
            style="folder",
            landscape=True,
            accent="2E5E4E",
            header="Castlegate Academy - SEN Support record - Tom W-H (Year 8) - page {n} of {m}",
            footer="Castlegate Academy Learning Support - prepared for Ludwell EHC needs assessment",
            author="Castlegate Academy SENCo",
            title="Provision map and APDR record",
            blocks=[
                ("org", "Castlegate Academy - Learning Support"),
                (
                    "small",
                    "Castle Hill, Ludwell - SENCo Mr Idris Vaughan-Lamb - 01632 960641 - learningsupport@castlegate.example.org",
                ),
                ("title", "Provision map and assess-plan-do-review record"),
                (
                    "p",
                    "This record sets out what we have done for Tom since he joined us in Year 7, what it cost and what difference it made.",
                ),
                (
                    "grid",
                    [
                        ["Cycle", "Assess", "Plan and do", "Staff, frequency, cost", "Review"],
                        [
                            "Autumn 2025",
                            X(
                                "Handwriting 9 wpm; teachers report unfinished work",
                                "earlier assessment: history",
                            ),
                            "Pencil grip and writing slope in all lessons",
                            "Class teachers; £35 equipment",
                            X(
                                "Tom stopped using the slope and grip after a few weeks because he felt they made him stand out, so they were withdrawn.",
                                "tried and stopped",
                            ),
                        ],
                        [
                            "Autumn 2025",
                            "As above",
                            "'Speed Up!' handwriting group",
                            "TA, 2 x 30 minutes a week, 10 weeks; £480",
                            X(
                                "Speed rose from 9 to 11 words a minute only, and the group was stopped at Christmas.",
                                "tried and stopped",
                            ),
                        ],
                        [
                            "Spring 2026",
                            "Output low in English and humanities",
                            "Laptop trial in English",
                            "Loan laptop; £0 (existing stock)",
                            X(
                                "His written output in English roughly doubled and his teacher described his ideas as 'a revelation'.",
                                "progress",
                            ),
                        ],
                        [
                            "Spring and summer 2026",
                            "Motor skills screening by our TA, using the OT's checklist",
                            "'Move and Grow' motor skills group",
                            "TA, 2 x 25 minutes a week, group of five; £760",
                            X(
                                "Tom enjoys the group and can now catch a large ball from two metres, which he could not do in September.",
                                "progress",
                            ),
                        ],
                    ],
                    [0.12, 0.2, 0.22, 0.2, 0.26],
                ),
                ("h", 2, "What we are still seeing"),
                (
                    "bul",
                    [
                        N(
                            "Tom struggles to control rulers, compasses, scissors and measuring equipment, so his diagrams and practical work are inaccurate, and he has knocked over equipment in science twice this term.",
                            "sensory_physical",
                            B2_TOOLS,
                        ),
                        N(
                            "Changing for PE takes Tom much longer than his classmates, and he is often late for his next lesson as a result.",
                            "sensory_physical",
                            B2_PE,
                        ),
                        N(
                            "His balance and ball skills are well behind his peers', and he avoids team games whenever he can.",
                            "sensory_physical",
                            B2_BALL,
                        ),
                        N(
                            "Tom has become withdrawn at break and lunchtime, and he told his tutor that other pupils call him 'clumsy' and laugh when he drops things.",
                            "semh",
                            None,
                        ),
                        X(
                            "He has good friends in coding club and is never late for it.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 2, "Our next steps"),
                (
                    "bul",
                    [
                        [
                            R(
                                "We propose that the learning mentor checks Tom's planner and equipment with him at morning registration every day, with a 30-minute session each week to plan his homework.",
                                "cognition_learning",
                                "less",
                                F2_ORG,
                            ),
                            X(
                                "A daily check matters because most of his missing equipment is noticed only in the lesson itself.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "We would like Tom to continue in the 'Move and Grow' motor skills group, twice a week for 25 minutes, run by a teaching assistant following the occupational therapist's programme.",
                                "sensory_physical",
                                "not_specific",
                                F2_MOTOR,
                            ),
                            X(
                                "He has made the most progress of any pupil in the group this year.",
                                "reason for a recommendation: progress",
                            ),
                        ],
                        [
                            R(
                                "In practical subjects we will give Tom a teaching assistant to help him set up, and adapted equipment: a non-slip mat, a ruler with a handle and spring-loaded scissors.",
                                "sensory_physical",
                                "specific",
                                F2_PRACT,
                            ),
                        ],
                        [
                            R(
                                "Tom should be allowed to leave PE five minutes early to get changed, with a private cubicle, so that he arrives at his next lesson on time and without an audience.",
                                "sensory_physical",
                                "specific",
                                F2_PE,
                            ),
                        ],
                        [
                            R(
                                "We would welcome a training session for our PE, science and design and technology staff, led by the occupational therapist, on adapting tasks and equipment for pupils with DCD.",
                                "sensory_physical",
                                "wrong_section",
                                G2_TRAIN,
                                section="G",
                            ),
                            X(
                                "Several staff told us they had not taught a pupil with DCD before.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            X(
                                "We considered a reduced timetable in Year 9 to give Tom more typing time, but rejected it because he would miss computing, his best subject.",
                                "option considered and rejected",
                            ),
                        ],
                    ],
                ),
                ("p", "Idris Vaughan-Lamb, SENCo, 24 June 2026"),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbc-03: Kestlebury Borough Council; Poppy Adeyemi-Marsh, 7, Year 3
# (moderate bilateral sensorineural hearing loss, hearing aids and a radio aid)
# layout "funding-element-split-provision": Word headings "Section B — Special educational
# needs"; Section F is split by who pays: the school's own budget (elements 1 and 2), the
# council's top-up (element 3) and the centrally funded Sensory Support Service.
# ---------------------------------------------------------------------------

B3_LOSS = "Poppy has a permanent moderate hearing loss in both ears and wears two hearing aids, with a radio aid at school."
B3_NOISE = "When the classroom is noisy, or the teacher is further away or has turned to the board, Poppy misses a lot of what is said."
B3_VOCAB = "Poppy knows fewer words than most children in her class, especially the new words that come with each topic."
B3_SOUNDS = "She mixes up quiet sounds such as 's', 'f' and 'th', which makes phonics and spelling harder for her."
B3_PLAY = "Poppy finds it hard to follow what other children are saying in group work and at playtime, and she sometimes plays on her own."
B3_GLUE = "Her hearing can get worse for a few weeks at a time when she has glue ear, usually after a cold."

F3_INTRO = "The provision below is set out according to how it is funded. All of it must be made, whichever budget it comes from."
F3_SEAT = "Poppy will sit near the front of the class, away from the door and the windows, where she can see the teacher's face."
F3_CHECK = "Every morning before registration a named teaching assistant, trained by the Teacher of the Deaf, will check Poppy's hearing aids and radio aid with a listening check and record the result."
F3_PHONICS = "A phonics catch-up session every day for 10 minutes, in a group of no more than three, using pictures and mouth shapes (cued articulation) for the sounds Poppy finds hard to hear."
F3_BREAK = "After lunch every day Poppy will have a five-minute quiet break away from the noise of the classroom."
F3_RADIO = "A radio aid, worn by Poppy in all lessons, assemblies and group work, with the transmitter worn or passed round by every adult who is speaking."
F3_PRE = "Pre-teaching of new topic vocabulary, one-to-one with a teaching assistant in a quiet room, for 15 minutes twice a week."
F3_SSS = "Advice and monitoring from the Sensory Support Service."
F3_DEAF = "Opportunities to meet other deaf children."

G3_AUD = "Kestlebury Children's Hearing Service will see Poppy in the audiology clinic every six months, renew her earmoulds as she grows and check that her radio aid is paired with her hearing aids."
G3_ENT = "Poppy has been referred to the ear, nose and throat clinic at Kestlebury General Hospital about her glue ear."
G3_TRAIN = "Kestlebury Children's Hearing Service will offer deaf awareness training to the staff of Hollins Lane once a year."

TD3 = "teacher_of_the_deaf_report.pdf"
AU3 = "audiology_clinic_letter.pdf"


def _em(sid: str) -> tuple:
    return ("H", sid, f"Section {sid} — {NAMES[sid]}", "h1")


CASE_03 = dict(
    name="case-evalbc-03",
    layout="funding-element-split-provision",
    summary=(
        "Kestlebury Borough Council; Poppy Adeyemi-Marsh, 7, Year 3 at Hollins Lane Primary School (moderate "
        "bilateral sensorineural hearing loss with hearing aids and a radio aid, glue ear, vocabulary, phonics, "
        "listening fatigue, play with other children). Word headings 'Section B — Special educational needs'; "
        "Section F is split by funding (the school's own budget, the council's element 3 top-up, the Sensory "
        "Support Service). A qualified teacher of the deaf's report (.pdf, first person plural, a "
        "Recommendation / Reason table and options considered) and an audiologist's clinic letter (.pdf)."
    ),
    note="Deaf awareness training for Poppy's school staff, recommended by the teacher of the deaf, stands in Section G as a Children's Hearing Service offer: provision in the wrong section. The audiology reviews, earmoulds and the ENT referral are health provision correctly in G. Listening fatigue and not telling adults when her equipment fails are in the teacher of the deaf's report but not in Section B, although a daily quiet break is in F.",
    plan=dict(
        file="plan.docx",
        footer="Kestlebury Borough Council - EHCP - Poppy Adeyemi-Marsh - Final - 12 October 2026",
        author="Kestlebury SENDAR",
        title="Education, Health and Care Plan - Poppy Adeyemi-Marsh",
        accent="7A2E1F",
        blocks=[
            ("org", "Kestlebury Borough Council"),
            (
                "small",
                "Special Educational Needs and Disability Assessment and Review (SENDAR) - 01632 960720 - sendar@kestlebury.example.org",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Child", "Poppy Adeyemi-Marsh"),
                    ("Date of birth", "20 March 2019"),
                    ("NHS number", "999 318 6624"),
                    ("School", "Hollins Lane Primary School, Year 3"),
                    ("Parent", "Funmi Adeyemi (mother)"),
                    ("Plan coordinator", "Mrs L Haworth, 01632 960726"),
                ],
            ),
            _em("A"),
            (
                "S",
                "A",
                "Poppy loves dancing, her guinea pigs and anything to do with space, and she wants to be an astronaut.",
            ),
            (
                "p",
                'Poppy says she likes it when her teacher "talks into the microphone" and does not like it when everyone is noisy.',
            ),
            (
                "p",
                "Her mum would like Poppy to keep up with her reading, to have friends to play with and to be confident about her hearing aids.",
            ),
            _em("B"),
            ("S", "B", B3_LOSS),
            ("p", [B3_NOISE, B3_GLUE]),
            ("p", [B3_VOCAB, B3_SOUNDS]),
            ("p", B3_PLAY),
            _em("C"),
            (
                "S",
                "C",
                "Poppy's permanent hearing loss was found through the newborn hearing screen; she also has recurrent glue ear, which makes her hearing vary.",
            ),
            _em("D"),
            ("S", "D", "Poppy has no identified social care needs."),
            ("pb",),
            _em("E"),
            (
                "S",
                "E",
                "By July 2027 Poppy will use 20 new topic words correctly in her talk and writing each term.",
            ),
            (
                "p",
                "By July 2027 Poppy will read and spell words containing 's', 'f', 'th' and 'sh' with 90% accuracy.",
            ),
            (
                "p",
                "By July 2027 Poppy will join in a game with two or more classmates at lunchtime on most days.",
            ),
            _em("F"),
            ("S", "F", F3_INTRO),
            ("h", 2, "1. From Hollins Lane's own budget (elements 1 and 2)"),
            ("bul", [F(F3_SEAT, True), F(F3_CHECK, True), F(F3_PHONICS, True), F(F3_BREAK, True)]),
            ("h", 2, "2. Funded by Kestlebury's top-up (element 3, band 3)"),
            ("bul", [F(F3_RADIO, True), F(F3_PRE, True)]),
            ("h", 2, "3. From the Sensory Support Service (centrally funded)"),
            ("bul", [F(F3_SSS, False), F(F3_DEAF, False)]),
            ("pb",),
            _em("G"),
            ("S", "G", G3_AUD),
            ("p", G3_ENT),
            ("p", G3_TRAIN),
            _em("H1"),
            ("S", "H1", "None."),
            _em("H2"),
            (
                "S",
                "H2",
                "Poppy's family can use the National Deaf Children's Society family events listed in Kestlebury's Local Offer.",
            ),
            _em("I"),
            (
                "S",
                "I",
                "Hollins Lane Primary School, Hollins Lane, Kestlebury (mainstream community primary school).",
            ),
            _em("J"),
            ("S", "J", "Not requested."),
            _em("K"),
            (
                "S",
                "K",
                "Teacher of the deaf's report by Ms Saoirse Lindqvist, Kestlebury Sensory Support Service (June 2026); clinic letter from Mr Kwame Ashdown, clinical scientist (audiology) (May 2026); Hollins Lane Primary School advice; parent's views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=TD3,
            style="sectioned",
            sans=True,
            accent="1F5F7A",
            header="Kestlebury Sensory Support Service - Hearing Impairment Team",
            footer="Advice for EHC needs assessment: Poppy Adeyemi-Marsh - page {n} of {m}",
            author="S Lindqvist",
            title="Teacher of the Deaf advice - Poppy Adeyemi-Marsh",
            blocks=[
                ("org", "Kestlebury Sensory Support Service"),
                (
                    "small",
                    "Hearing Impairment Team, Fernside Centre, Kestlebury - 01632 960744 - hi.team@kestlebury.example.org",
                ),
                ("title", "Advice from a Qualified Teacher of the Deaf"),
                (
                    "kv",
                    [
                        ("Pupil", "Poppy Adeyemi-Marsh, born 20 March 2019"),
                        ("School", "Hollins Lane Primary School (Year 2 at the time of writing)"),
                        (
                            "Hearing",
                            "Moderate bilateral sensorineural hearing loss; bilateral hearing aids; radio aid at school",
                        ),
                        ("Author", "Saoirse Lindqvist, Qualified Teacher of the Deaf"),
                        ("Date", "24 June 2026"),
                    ],
                ),
                ("h", 2, "Our involvement"),
                (
                    "p",
                    [
                        X(
                            "We have supported Poppy and her family since her hearing loss was confirmed after the newborn hearing screen, first at home and then at nursery and school.",
                            "history: support already in place",
                        ),
                        X(
                            "We currently visit Hollins Lane twice a term to check her equipment and to advise staff.",
                            "support already in place",
                        ),
                        X(
                            "Poppy had her hearing aids fitted at the age of four, and she no longer pulls them out as she did when they were new.",
                            "history: resolved",
                        ),
                    ],
                ),
                ("h", 2, "What we have found"),
                (
                    "p",
                    [
                        N(
                            "Poppy has a moderate, permanent sensorineural hearing loss in both ears and wears behind-the-ear hearing aids, with a radio aid in school.",
                            "sensory_physical",
                            B3_LOSS,
                        ),
                        N(
                            "In the classroom Poppy misses much of what is said when there is background noise, when the speaker is more than two metres away or when the teacher turns to the board.",
                            "sensory_physical",
                            B3_NOISE,
                        ),
                        X(
                            "In a quiet room, one-to-one, she follows conversation well and her own speech is clear and easy to understand.",
                            "strength",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Her vocabulary is below the level expected for her age, and she often does not know the subject words her classmates use, such as 'habitat' or 'material'.",
                            "communication_interaction",
                            B3_VOCAB,
                        ),
                        X(
                            "On the British Picture Vocabulary Scale she scored 82, which is below average, although her understanding of sentences is in the average range.",
                            "test result",
                        ),
                        N(
                            "Poppy confuses speech sounds that are quiet or high-pitched, such as 's', 'f', 'th' and 'sh', which holds back her phonics and spelling.",
                            "cognition_learning",
                            B3_SOUNDS,
                        ),
                        X(
                            "She did not pass the phonics screening check in Year 1 but passed the retake this June, which everyone was delighted about.",
                            "progress",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "By the afternoon Poppy is visibly tired from the effort of listening all day, and she becomes withdrawn and less attentive.",
                            "sensory_physical",
                            None,
                        ),
                        N(
                            "In group work and in the playground she often misses what other children say, and she has started to play alone at lunchtime.",
                            "semh",
                            B3_PLAY,
                        ),
                        N(
                            "Poppy does not yet tell an adult when her hearing aids or radio aid stop working, and she will sit through a lesson with a flat battery without saying anything.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "What has been tried"),
                (
                    "bul",
                    [
                        X(
                            "A soundfield system was used in Reception, but it was taken out when the class moved to a new room and was not replaced, because the radio aid gives Poppy a clearer signal.",
                            "tried and stopped",
                        ),
                        X(
                            "In Year 1 a teaching assistant sat beside Poppy and repeated what the teacher said; this was stopped at Easter because Poppy had begun to wait for the repetition instead of listening to the teacher.",
                            "tried and stopped",
                        ),
                        X(
                            "A visual timetable and a 'talk partner' at carpet time are already in place in her class, and Poppy says they help.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 2, "What we recommend"),
                (
                    "p",
                    "We recommend the following provision in school. The reason for each is given beside it.",
                ),
                (
                    "grid",
                    [
                        ["Recommendation", "Reason"],
                        [
                            R(
                                "Poppy should use her radio aid in all lessons, assemblies and group work, and every adult who teaches her should wear the transmitter or pass it to the speaker.",
                                "sensory_physical",
                                "specific",
                                F3_RADIO,
                            ),
                            X(
                                "The radio aid sends the speaker's voice straight to her hearing aids, cutting out the classroom noise and distance.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "A trained teaching assistant should check her hearing aids and radio aid every morning, with a listening check, before lessons start.",
                                "sensory_physical",
                                "specific",
                                F3_CHECK,
                            ),
                            X(
                                "A fault can otherwise go unnoticed for a whole lesson.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "She should sit near the front, away from the door and windows, where she can see the teacher's face.",
                                "sensory_physical",
                                "specific",
                                F3_SEAT,
                            ),
                            X(
                                "Lip-reading and facial expression fill in what she does not hear.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "New topic vocabulary should be pre-taught one-to-one or in a pair, in a quiet room, for 15 minutes three times a week.",
                                "communication_interaction",
                                "less",
                                F3_PRE,
                            ),
                            X(
                                "When she has met a word before the lesson, she recognises it when she hears it again in class.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Phonics catch-up every day in a very small group, with visual cues for the sounds she finds hardest to hear.",
                                "cognition_learning",
                                "specific",
                                F3_PHONICS,
                            ),
                            X(
                                "Seeing how a sound is made helps her tell apart sounds that she cannot hear clearly.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "A short quiet break in the early afternoon, away from classroom noise.",
                                "sensory_physical",
                                "specific",
                                F3_BREAK,
                            ),
                            X(
                                "A break part-way through the day lets her recover enough to attend in the afternoon.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "An acoustic survey of her classroom by our team, followed by the changes it recommends, such as soft pads on chair legs, a rug and a soft noticeboard surface.",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            X(
                                "The room has a hard floor and high ceiling, and it echoes.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Subtitles or captions should be switched on for every video shown in class.",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            X(
                                "Speech from a loudspeaker is much harder to follow than a live voice, even with a radio aid.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Direct teaching from a Teacher of the Deaf, every fortnight for 45 minutes, to teach listening skills and the self-advocacy Poppy needs to report problems with her equipment, with advice to her class teacher at each visit.",
                                "sensory_physical",
                                "not_specific",
                                F3_SSS,
                            ),
                            X(
                                "Managing her own equipment is the key skill for the move to junior classes.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Deaf awareness training for all staff who work with Poppy, including lunchtime staff, delivered by a Teacher of the Deaf at the start of each school year.",
                                "sensory_physical",
                                "wrong_section",
                                G3_TRAIN,
                                section="G",
                            ),
                            X(
                                "New staff often do not know how to use the radio aid transmitter.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Poppy should attend our Deaf children's group, which meets for a morning once a term, so that she meets other children who wear hearing aids.",
                                "semh",
                                "not_specific",
                                F3_DEAF,
                            ),
                            X(
                                "She has recently said she is the only one who has 'ear things' and wants to take them off.",
                                "reason for a recommendation",
                            ),
                        ],
                    ],
                    [0.6, 0.4],
                ),
                ("h", 2, "Options we considered"),
                (
                    "p",
                    [
                        X(
                            "We considered whether Poppy would be better placed in the resourced provision for deaf children at Elmstead Primary, but she is making progress in her local school, her friends are there, and her mother does not want her to travel.",
                            "option considered and rejected",
                        ),
                        X(
                            "We also discussed British Sign Language support; Poppy and her family communicate in spoken English and she does not need sign to access the curriculum at present.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                (
                    "p",
                    "Saoirse Lindqvist, Qualified Teacher of the Deaf, Kestlebury Sensory Support Service",
                ),
            ],
        ),
        dict(
            file=AU3,
            style="sectioned",
            header="Kestlebury and Wold NHS Trust - Children's Hearing Service",
            footer="CONFIDENTIAL - clinic letter - page {n} of {m}",
            author="K Ashdown",
            title="Audiology clinic letter",
            blocks=[
                ("org", "Children's Hearing Service, Kestlebury General Hospital"),
                (
                    "small",
                    "Audiology Department, Level 2, Kestlebury General Hospital, Wold Road - 01632 960760",
                ),
                ("small", "Clinic date: 19 May 2026. Typed: 22 May 2026."),
                ("p", "Dr R Mensah, Wold Road Surgery, Kestlebury"),
                (
                    "p",
                    "cc: Mrs F Adeyemi (parent); Ms S Lindqvist, Teacher of the Deaf; SENDAR, Kestlebury Borough Council",
                ),
                ("b", "Re: Poppy ADEYEMI-MARSH, DOB 20.03.2019, NHS no. 999 318 6624"),
                ("b", "Diagnosis"),
                (
                    "bul",
                    [
                        "Bilateral moderate sensorineural hearing loss (permanent)",
                        "Recurrent otitis media with effusion (glue ear), bilateral",
                        "Bilateral behind-the-ear hearing aids; radio aid in school since March 2025",
                    ],
                ),
                ("p", "Dear Dr Mensah,"),
                (
                    "p",
                    [
                        "I saw Poppy today with her mum for her routine six-monthly review.",
                        X(
                            "Pure tone audiometry showed thresholds of 50 to 60 dB HL across the frequencies in both ears, similar to her last test in November.",
                            "test result",
                        ),
                        X(
                            "Tympanometry was flat on the right and normal on the left today.",
                            "test result",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "With her hearing aids, Poppy hears speech well in quiet at close range, but her speech recognition in background noise falls to about half of what it is in quiet.",
                            "sensory_physical",
                            B3_NOISE,
                        ),
                        N(
                            "Poppy also has episodes of glue ear which lower her hearing further for several weeks at a time, most recently in April after a cold.",
                            "sensory_physical",
                            B3_GLUE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Her hearing aids were checked and are working to prescription; her earmoulds fit well.",
                            "test result",
                        ),
                        X(
                            "Mum reports that Poppy wears her aids all day at school and at home, which is excellent.",
                            "strength",
                        ),
                    ],
                ),
                ("b", "Plan"),
                (
                    "bul",
                    [
                        R(
                            "Review in this clinic every six months, with earmould impressions taken at each visit as she is growing.",
                            "health",
                            "not_educational",
                            G3_AUD,
                            section="G",
                        ),
                        R(
                            "I have referred Poppy to the ENT clinic about her recurrent glue ear, as grommets may need to be considered.",
                            "health",
                            "not_educational",
                            G3_ENT,
                            section="G",
                        ),
                        R(
                            "At home, Poppy's hearing aids should be checked each morning and the radio aid receivers charged overnight, and spare batteries kept in her school bag.",
                            "health",
                            "not_educational",
                        ),
                        X(
                            "We discussed a bone-anchored hearing device, but it is not appropriate for Poppy's type of hearing loss.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("p", "Yours sincerely,"),
                (
                    "sig",
                    [
                        "Kwame Ashdown",
                        "Clinical Scientist (Audiology)",
                        "Children's Hearing Service",
                    ],
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbc-04: Wyvernham County Council; Reuben Castellano-Birch, 11, Year 6
# (type 1 diabetes and childhood absence epilepsy; mild special educational needs, a
# substantial health plan)
# layout "in-brief-then-detail-lettered": headings "B Special educational needs" (letter
# and name); every section opens with a bold run-in "In brief:" summary, then an
# "In detail" sub-heading over the full text.
# ---------------------------------------------------------------------------

B4_SUMMARY = "Reuben's special educational needs are mild, but his diabetes and epilepsy affect his learning every day."
B4_HYPO = "When his blood sugar is too low or too high Reuben cannot concentrate well, and after a low he needs time before he can think clearly again."
B4_MISS = "Reuben has very short seizures that make him 'switch off' for a few seconds, so he can miss parts of what the teacher says without realising."
B4_DROWSY = "His epilepsy medicine can make him sleepy, especially early in the morning."
B4_MEMORY = "Reuben finds it harder than other children to hold on to new information."
B4_GAPS = "He has missed a lot of school because of his conditions, so there are gaps in what he has learned, especially in maths."
B4_UNFIN = "His written work is often unfinished because he loses time in lessons."

F4_BRIEF = "The six provisions below help Reuben to make up the learning he misses and to keep up in lessons."
F4_RECOVER = "After any hypo, once his glucose is back in range and he has rested for 20 minutes, his teaching assistant will go over the missed part of the lesson with him for 10 minutes."
F4_INSTR = "Every teacher will give instructions in short steps, write them on the board or on a task card, and check with Reuben that he has understood before he starts."
F4_SATS = "Reuben will have access arrangements in tests as appropriate."
F4_CATCHUP = "Catch-up teaching when Reuben has missed lessons."
F4_MATHS = "Pre-teaching of maths in a group of up to four with a teaching assistant, for 20 minutes once a week."
F4_TRANS = "An enhanced transition plan for the move to secondary school."

G4_TRAIN = "The children's diabetes team will train at least three named staff at Marlpit each year to read Reuben's glucose sensor, give insulin through his pump and treat a hypo."
G4_IHP = "Reuben's individual healthcare plan will be reviewed with the diabetes team at least once a year and whenever his treatment changes."
G4_CHART = "Reuben's class teacher will keep a record of any absences staff see and send it to the epilepsy nurse each month."
G4_EPTRAIN = "The epilepsy nurse will give epilepsy awareness training to the staff who teach Reuben once a year."
G4_MEMORY = "The epilepsy nurse will provide a memory strategies programme for a teaching assistant at Marlpit to deliver, twice a week for 20 minutes for one term."

DN4 = "diabetes_nurse_report.docx"
EN4 = "epilepsy_nurse_letter.pdf"
PM4 = "school_costed_provision_map.docx"


def _lh(sid: str) -> tuple:
    return ("H", sid, f"{sid} {NAMES[sid]}", "h1")


def _detail() -> tuple:
    return ("h", 3, "In detail")


CASE_04 = dict(
    name="case-evalbc-04",
    layout="in-brief-then-detail-lettered",
    summary=(
        "Wyvernham County Council; Reuben Castellano-Birch, 11, Year 6 at Marlpit Primary School (type 1 "
        "diabetes on an insulin pump with a glucose sensor, childhood absence epilepsy; concentration around "
        "hypos, missed instructions during absences, drowsiness, memory, gaps from missed school, "
        "self-consciousness about his diabetes, worry about secondary school). Headings 'B Special educational "
        "needs'; every section opens with a bold run-in 'In brief:' line and then an 'In detail' sub-heading. "
        "A children's diabetes nurse specialist's report (.docx, third person, bullets with reasons mixed in), "
        "an epilepsy nurse's letter (.pdf, reported speech, recommendations argued) and the school's costed "
        "provision map (.docx, termly assess-plan-do-review cycles, what was tried and stopped, next steps in "
        "the first person plural)."
    ),
    note="Most of the health advice (staff training for the pump and hypos, the healthcare plan review, the seizure record, epilepsy awareness training) stands correctly in Section G. The memory strategies programme delivered by a teaching assistant is special educational provision placed in G: provision in the wrong section. Reuben's self-consciousness about his diabetes and his worry about secondary school are described but not in Section B.",
    plan=dict(
        file="plan.pdf",
        accent="3C5A14",
        header="Wyvernham County Council - Education, Health and Care Plan - R Castellano-Birch",
        footer="Final plan, 16 November 2026 - page {n} of {m}",
        author="Wyvernham SEND Statutory Team",
        title="EHC plan: Reuben Castellano-Birch",
        blocks=[
            ("org", "Wyvernham County Council"),
            (
                "small",
                "SEND Statutory Assessment Team, County Hall, Wyvernham - 01632 960811 - send.statutory@wyvernham.example.org",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Child", "Reuben Castellano-Birch"),
                    ("Date of birth", "30 October 2015"),
                    ("NHS number", "999 527 0419"),
                    ("School", "Marlpit Primary School, Year 6"),
                    ("Parents", "Lucia Castellano and Daniel Birch"),
                    ("Key worker", "Mr S Oyelaran, 01632 960817"),
                ],
            ),
            _lh("A"),
            (
                "runin",
                "In brief:",
                (
                    "S",
                    "A",
                    "Reuben wants to play football for a proper team, to go on the Year 6 residential and to be treated like everyone else.",
                ),
            ),
            _detail(),
            (
                "p",
                'Reuben is a lively, funny boy who supports Wyvernham Rovers and is in the school football team. He says: "I just want people to stop fussing about my pump."',
            ),
            (
                "p",
                "His parents want him to be safe at school and on trips, to catch up in maths and to move to secondary school feeling confident.",
            ),
            _lh("B"),
            ("runin", "In brief:", ("S", "B", B4_SUMMARY)),
            _detail(),
            ("p", [B4_HYPO, B4_MISS, B4_DROWSY]),
            ("p", [B4_MEMORY, B4_GAPS, B4_UNFIN]),
            _lh("C"),
            (
                "runin",
                "In brief:",
                ("S", "C", "Reuben has type 1 diabetes and childhood absence epilepsy."),
            ),
            _detail(),
            (
                "p",
                "Reuben was diagnosed with type 1 diabetes at the age of seven and uses an insulin pump with a continuous glucose sensor. He was diagnosed with childhood absence epilepsy in 2025 and takes ethosuximide twice a day. He needs carbohydrate counting at lunch, glucose checks before PE and a hypo kit with him at all times.",
            ),
            _lh("D"),
            ("runin", "In brief:", ("S", "D", "No social care needs have been identified.")),
            _lh("E"),
            (
                "runin",
                "In brief:",
                (
                    "S",
                    "E",
                    "By July 2027 Reuben will close the gaps in his maths so that he is working at the expected standard for Year 6 in fractions, decimals and percentages.",
                ),
            ),
            _detail(),
            (
                "p",
                "By July 2027 Reuben will complete his written tasks in at least four lessons out of five.",
            ),
            (
                "p",
                "By July 2027 Reuben will tell an adult when he has missed something, using a signal he has agreed with his teacher.",
            ),
            (
                "p",
                "By the end of his first term at secondary school Reuben will manage his glucose checks in lessons with the support set out in his healthcare plan.",
            ),
            _lh("F"),
            ("runin", "In brief:", ("S", "F", F4_BRIEF)),
            _detail(),
            (
                "bul",
                [
                    F(F4_RECOVER, True),
                    F(F4_INSTR, True),
                    F(F4_MATHS, True),
                    F(F4_CATCHUP, False),
                    F(F4_SATS, False),
                    F(F4_TRANS, False),
                ],
            ),
            _lh("G"),
            (
                "runin",
                "In brief:",
                (
                    "S",
                    "G",
                    "Reuben's diabetes and epilepsy care in school is set out in his individual healthcare plan, which is attached to this plan.",
                ),
            ),
            _detail(),
            (
                "bul",
                [
                    G4_TRAIN,
                    G4_IHP,
                    G4_CHART,
                    G4_EPTRAIN,
                    G4_MEMORY,
                    "The children's diabetes team will see Reuben in clinic every three months, and the paediatric neurologist every six months.",
                ],
            ),
            _lh("H1"),
            ("runin", "In brief:", ("S", "H1", "None required.")),
            _lh("H2"),
            ("runin", "In brief:", ("S", "H2", "None required at present.")),
            _lh("I"),
            (
                "runin",
                "In brief:",
                (
                    "S",
                    "I",
                    "Marlpit Primary School, Marlpit Lane, Wyvernham (mainstream community primary school) until July 2027.",
                ),
            ),
            _lh("J"),
            ("runin", "In brief:", ("S", "J", "No personal budget.")),
            _lh("K"),
            (
                "runin",
                "In brief:",
                (
                    "S",
                    "K",
                    "Advice from Ms Harriet Quayle, children's diabetes nurse specialist (September 2026); letter from Mr Tobias Ferrand, epilepsy nurse specialist (October 2026); Marlpit Primary School costed provision map (October 2026); parents' and Reuben's views.",
                ),
            ),
        ],
    ),
    reports=[
        dict(
            file=DN4,
            style="headed",
            footer="Wyvernham Children's Diabetes Service - advice for EHC needs assessment",
            author="H Quayle",
            title="Diabetes nurse specialist advice - Reuben Castellano-Birch",
            blocks=[
                ("org", "Wyvernham Children's Diabetes Service"),
                (
                    "small",
                    "Wyvernham and Marsh Hospitals NHS Trust - Paediatric Diabetes Team - 01632 960833",
                ),
                ("title", "Advice from the Children's Diabetes Nurse Specialist"),
                (
                    "kv",
                    [
                        ("Name", "Reuben Castellano-Birch"),
                        ("DOB / NHS number", "30/10/2015 / 999 527 0419"),
                        ("Condition", "Type 1 diabetes (diagnosed April 2023)"),
                        (
                            "Treatment",
                            "Insulin pump (hybrid closed loop) with continuous glucose monitoring sensor",
                        ),
                        ("Author", "Harriet Quayle RGN RSCN, Children's Diabetes Nurse Specialist"),
                        ("Date", "18 September 2026"),
                    ],
                ),
                ("h", 1, "Background"),
                (
                    "p",
                    [
                        X(
                            "Reuben was diagnosed with type 1 diabetes in April 2023 after a short admission with diabetic ketoacidosis.",
                            "history: diagnosis",
                        ),
                        X(
                            "He moved from injections to an insulin pump in June 2025, and his control has improved since: his last HbA1c was 56 mmol/mol, close to the target of 48.",
                            "test result: progress",
                        ),
                        X("He has had no admissions to hospital since his diagnosis.", "history"),
                    ],
                ),
                ("h", 1, "How diabetes affects Reuben at school"),
                (
                    "bul",
                    [
                        N(
                            "When Reuben's blood glucose is low or high he finds it hard to concentrate, and after a hypo his thinking remains slow for 20 to 30 minutes even once his level is back in range.",
                            "health",
                            B4_HYPO,
                        ),
                        N(
                            "Reuben has missed about 14 school days in the last year for clinic appointments and diabetes-related illness, which has left gaps in his maths and writing.",
                            "cognition_learning",
                            B4_GAPS,
                        ),
                        N(
                            "He has become very self-conscious about checking his glucose and treating hypos in front of classmates, and he sometimes ignores his sensor alarms so as not to draw attention to himself.",
                            "semh",
                            None,
                        ),
                        X(
                            "Reuben can now count the carbohydrate in a familiar packed lunch on his own, which is a great step forward.",
                            "progress",
                        ),
                    ],
                ),
                ("h", 1, "What Reuben needs"),
                (
                    "p",
                    "Most of what follows belongs in Reuben's individual healthcare plan, but I set it out here so that the plan's health section is complete.",
                ),
                (
                    "bul",
                    [
                        [
                            R(
                                "At least three named members of staff at Marlpit should be trained each year by our team in reading his sensor, giving insulin through his pump and treating a hypo.",
                                "health",
                                "not_educational",
                                G4_TRAIN,
                                section="G",
                            ),
                            X(
                                "Three are needed so that there is always cover for absence and for trips.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Reuben's individual healthcare plan should be reviewed with our team at least once a year, and whenever his treatment changes.",
                                "health",
                                "not_educational",
                                G4_IHP,
                                section="G",
                            ),
                        ],
                        [
                            R(
                                "After a hypo, Reuben should rest for 20 minutes once his glucose is back in range, and an adult should then go over the part of the lesson he missed with him for about 10 minutes.",
                                "health",
                                "specific",
                                F4_RECOVER,
                            ),
                            X(
                                "Sending him straight back to work means he sits through the lesson without taking it in.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "For the Key Stage 2 tests and any other timed assessment, Reuben should have his glucose checked beforehand, keep his hypo kit and phone with him, and be given rest breaks, with time added back for any time lost to a hypo.",
                                "health",
                                "not_specific",
                                F4_SATS,
                            ),
                            X(
                                "A low during a test would otherwise mean a result that does not show what he knows.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "At home, Reuben's parents should keep uploading his pump data each week so that we can adjust his settings before clinic.",
                                "health",
                                "not_educational",
                            ),
                        ],
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "We considered asking for a full-time health assistant for Reuben, but his sensor's alerts now go to a school phone held by the class teaching assistant, and he does not need one-to-one supervision.",
                            "option considered and rejected",
                        ),
                        X(
                            "A plan for staff to phone his mother after every hypo was tried in Year 5 and stopped, because Reuben found it embarrassing and it delayed his treatment.",
                            "tried and stopped",
                        ),
                    ],
                ),
                ("p", "Harriet Quayle, Children's Diabetes Nurse Specialist"),
            ],
        ),
        dict(
            file=EN4,
            style="lettered",
            header="Paediatric Epilepsy Service  |  page {n} of {m}",
            footer="Wyvernham and Marsh Hospitals NHS Trust",
            author="T Ferrand",
            title="Epilepsy nurse letter - Reuben Castellano-Birch",
            blocks=[
                ("org", "Paediatric Epilepsy Service, Wyvernham General Hospital"),
                (
                    "sub",
                    "Children's Outpatients, Marsh Road, Wyvernham - epilepsy nurses 01632 960850",
                ),
                ("p", "To: SEND Statutory Assessment Team, Wyvernham County Council"),
                (
                    "p",
                    "Copy to: Mr and Mrs Castellano-Birch; Mrs A Doherty, SENCo, Marlpit Primary School; Dr N Varga, paediatric neurologist",
                ),
                ("p", "Date: 6 October 2026"),
                ("bh", "Re: Reuben Castellano-Birch (DOB 30/10/2015), childhood absence epilepsy"),
                ("p", "Dear colleagues,"),
                (
                    "p",
                    [
                        "Thank you for asking for my advice, which I give after seeing Reuben in the nurse-led clinic on 29 September and speaking to his class teacher by phone.",
                        X(
                            "Reuben was diagnosed with childhood absence epilepsy in March 2025, when his EEG showed the typical three-per-second spike-and-wave pattern.",
                            "history: test result",
                        ),
                        X(
                            "His absences have fallen from about thirty a day to around five since he started ethosuximide, and he has never had a convulsive seizure.",
                            "progress",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "During each absence Reuben loses awareness for 10 to 20 seconds, so he misses parts of instructions and explanations without knowing that he has missed them.",
                            "health",
                            B4_MISS,
                        ),
                        N(
                            "Ethosuximide makes him drowsy, particularly in the first two lessons of the day.",
                            "health",
                            B4_DROWSY,
                        ),
                        N(
                            "Reuben's short-term memory for new information is weaker than his other abilities, which is common in children with absence epilepsy.",
                            "cognition_learning",
                            B4_MEMORY,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "His teacher, Mr Ahmed, told me that Reuben sometimes starts a task doing something quite different from what was asked.",
                        R(
                            "I would recommend that instructions are given in short steps and backed up in writing or on the board, and that staff check Reuben has understood before he starts a task.",
                            "cognition_learning",
                            "specific",
                            F4_INSTR,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "Because his memory for new learning is weak, and his absences cut across it, I have also recommended a memory strategies programme.",
                        R(
                            "A programme such as 'Memory Magic' should be delivered by a teaching assistant in school, in two 20-minute sessions a week for a term, teaching Reuben to rehearse, chunk and visualise what he needs to remember.",
                            "cognition_learning",
                            "wrong_section",
                            G4_MEMORY,
                            section="G",
                        ),
                        X(
                            "I offered to show the teaching assistant how to run the programme, but it is teaching and needs to be made by the school.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "I discussed with Mr Ahmed the timing of the school day.",
                        R(
                            "Where possible, the lessons that introduce new learning, particularly maths, should be timetabled after the first two lessons of the day, when Reuben is more alert.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                        X(
                            "He agreed that Reuben is much livelier after morning break.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "I asked that his class teacher keeps a record of any absences staff see and sends it to me each month, so that Dr Varga can judge whether the dose is right.",
                            "health",
                            "not_educational",
                            G4_CHART,
                            section="G",
                        ),
                        R(
                            "I will also give epilepsy awareness training to the staff who teach him once a year, covering what an absence looks like and what to do.",
                            "health",
                            "not_educational",
                            G4_EPTRAIN,
                            section="G",
                        ),
                        X(
                            "I did not think Reuben needs a one-to-one adult for swimming, as he has never had a convulsive seizure, but he should swim in a lane next to the teacher.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("p", "Yours faithfully,"),
                ("sig", ["Tobias Ferrand", "Clinical Nurse Specialist, Paediatric Epilepsy"]),
            ],
        ),
        dict(
            file=PM4,
            style="sectioned",
            sans=True,
            footer="Marlpit Primary School - costed provision map - Reuben C-B - autumn 2026",
            author="A Doherty",
            title="Costed provision map - Reuben Castellano-Birch",
            blocks=[
                ("org", "Marlpit Primary School"),
                (
                    "small",
                    "Marlpit Lane, Wyvernham - SENCo Mrs Aoife Doherty - 01632 960862 - senco@marlpit.example.org",
                ),
                ("title", "Costed provision map and review"),
                (
                    "p",
                    "Reuben Castellano-Birch, Year 6. Reuben has been on our SEN support register since January 2026. This map shows each termly cycle: what we assessed, what we planned and did, what it cost and what we found at review.",
                ),
                (
                    "grid",
                    [
                        ["Term", "Assess", "Plan and do", "Cost", "Review"],
                        [
                            "Spring 2026",
                            "Year 5 maths test: fractions and decimals well below the rest of the class",
                            "Maths catch-up group, TA, 3 x 20 minutes a week",
                            "£690",
                            X(
                                "Some progress with fractions; the group stopped in May when the TA left and was not replaced.",
                                "tried and stopped",
                            ),
                        ],
                        [
                            "Spring 2026",
                            "Staff unsure whether Reuben had heard instructions",
                            "A classmate 'buddy' to tell the teacher when Reuben seemed to switch off",
                            "£0",
                            X(
                                "Stopped after three weeks because Reuben found it humiliating and fell out with his buddy.",
                                "tried and stopped",
                            ),
                        ],
                        [
                            "Summer 2026",
                            "Reading age in line with his age",
                            "Reading for pleasure club at lunchtime",
                            "£0",
                            X(
                                "Reuben enjoys the club and has read the whole of a fantasy series.",
                                "strength",
                            ),
                        ],
                        [
                            "Autumn 2026",
                            "Unfinished work in most lessons",
                            "Task cards with the steps written down, in English and maths",
                            "£40 resources",
                            X(
                                "Started in September; early signs that more work is finished.",
                                "support already in place",
                            ),
                        ],
                    ],
                    [0.12, 0.27, 0.27, 0.09, 0.25],
                ),
                ("h", 2, "What we see now"),
                (
                    "bul",
                    [
                        N(
                            "In maths his knowledge of fractions, decimals and percentages is about a year behind, because he missed much of that teaching last year.",
                            "cognition_learning",
                            B4_GAPS,
                        ),
                        N(
                            "Reuben's reading is at the expected standard, but his written work is often unfinished because he loses time to absences, glucose checks and snacks.",
                            "cognition_learning",
                            B4_UNFIN,
                        ),
                        N(
                            "Reuben worries a great deal about moving to secondary school and about who will look after his diabetes there, and his mum says he could not sleep before the Year 6 residential meeting.",
                            "semh",
                            None,
                        ),
                        X(
                            "He is a popular member of his class and the school football team.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 2, "What we propose next"),
                (
                    "bul",
                    [
                        [
                            R(
                                "We propose a weekly 30-minute catch-up session with a teacher, to fill the gaps left by missed lessons, with the topics chosen from his maths assessments.",
                                "cognition_learning",
                                "not_specific",
                                F4_CATCHUP,
                            ),
                        ],
                        [
                            R(
                                "We would like Reuben to have maths pre-teaching for 20 minutes three times a week, in a group of up to four, with a teaching assistant.",
                                "cognition_learning",
                                "less",
                                F4_MATHS,
                            ),
                            X(
                                "Meeting new ideas before the lesson means he is less lost if an absence interrupts the explanation.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Reuben should have a 15-minute session each week with our learning mentor, to talk through his worries about his diabetes and about secondary school.",
                                "semh",
                                "missing_from_f",
                            ),
                        ],
                        [
                            R(
                                "We recommend an enhanced transition to secondary school: at least four extra visits in the summer term, a meeting before July between his parents, the diabetes nurse and the secondary SENCo, and a photo book of the new school.",
                                "semh",
                                "not_specific",
                                F4_TRANS,
                            ),
                            X(
                                "Reuben asked for the photo book himself.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            X(
                                "We thought about a part-time timetable in the mornings while his medication was adjusted, but decided against it because it would increase the learning he misses.",
                                "option considered and rejected",
                            ),
                        ],
                    ],
                ),
                ("p", "Aoife Doherty, SENCo, 14 October 2026"),
            ],
        ),
    ],
)


CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
