# ruff: noqa: E501, N802
"""Set AH as data: amended EHC plans issued after an annual review at a change of phase
(Year 6 into Year 7, Year 11 into college) by small rural and coastal councils, for
children and young people with moderate learning difficulties, dyscalculia, developmental
coordination disorder and hearing loss. The plans still carry earlier wording and dates.
The reports are annual review paperwork: the school's annual review report with a
progress-against-outcomes table and the views quoted at the review, a teacher of the
deaf's advice, NHS physiotherapy and occupational therapy advice and a secondary SENCo's
transition note.

Four layouts no earlier set has: headings that carry the date each section was last
amended or reviewed, each section a two-column table of the plan's wording beside the
review's change to it, provision split by phase (until July, from September) under the
usual headings, and codes joining a part number to the section letter ("2B").

Every name, council, school, college, service and professional is invented. Postcodes use
areas that do not exist and phone numbers are in the 01632 960xxx range. Markers are those
of evaluation_kit.dataset.
"""

CL = "cognition_learning"
CI = "communication_interaction"
SEMH = "semh"
SP = "sensory_physical"
HEALTH = "health"


def N(text: str, area: str, plan_text: str | None) -> tuple:
    return ("N", text, area, plan_text)


def R(text: str, area: str, status: str, plan_text: str | None = None, **extras) -> tuple:
    return ("R", text, area, status, plan_text, extras)


def X(text: str, why: str) -> tuple:
    return ("X", text, why)


# ---------------------------------------------------------------------------
# case-evalah-01: Brannock Bay Council; Kacey Threlfall, 11, Year 6 into Year 7; moderate
# learning difficulties. layout "review-dated-headings": each heading ends with a bracket
# saying when the section was last amended or that it is unchanged since an earlier date.
# ---------------------------------------------------------------------------

B1_MLD = "Kacey has moderate learning difficulties; her reading, writing and number skills are well below those expected for her age."
B1_NUM = "Her understanding of number is at an early stage and she relies on counters and a number line to add and subtract."
B1_MEM = "Kacey has difficulty holding spoken instructions in mind and may only carry out the first part of what she has been asked to do."
B1_PROC = "She needs more time than other pupils to take in what is said to her and to put her answer into words."
B1_VOCAB = "Her vocabulary is below that expected for her age, and she may not understand words that adults assume she knows."
B1_SOCIAL = "Kacey can find it hard to make and keep friends of her own age and prefers the company of adults or younger children."

F1_PT = "Precision teaching for reading for 10 minutes every day, delivered by a teaching assistant who has been trained in the approach."
F1_MATHS = "Kacey will take part in a small group maths intervention to develop her number skills."
F1_STEPS = "Instructions will be given one step at a time, with a written or picture checklist on her desk in every lesson."
F1_TRANS = "A transition programme to support Kacey's move from Key Stage 1 to Key Stage 2 in September 2023, with additional visits as appropriate."
F1_KEY = "From September 2027, a named key adult at Brannock Bay Academy will meet Kacey once a week for 15 minutes to check how she is getting on."
F1_GROUP = "In Year 7 Kacey will be taught English and maths in a group of no more than 12 pupils, led by a qualified teacher."
F1_ACCESS = "25% extra time and a reader for all tests and assessments."
F1_ADULT = "Adult support in class as needed."
F1_DIFF = "Work in all subjects to be differentiated to her level."

AR1 = "annual_review_report.docx"
TN1 = "transition_note.pdf"

_D1 = "amended 4 December 2026"
_U1 = "unchanged since 12 May 2023"

CASE_01 = dict(
    name="case-evalah-01",
    layout="review-dated-headings",
    summary=(
        "Brannock Bay Council; Kacey Threlfall, 11, Year 6 at Gullhaven Church of England Primary "
        "School, moving to Brannock Bay Academy in September 2027 (moderate learning difficulties, "
        "working memory, slow processing, worry about the move). Amended plan after the Year 6 "
        "annual review; each heading ends with when the section was last amended, or that it is "
        'unchanged since the 2023 plan ("Section F: Special educational provision (amended 4 '
        'December 2026)"). Primary school annual review report with a progress table and the '
        "views quoted; secondary SENCo's transition note."
    ),
    note="Headings carry the date of the last amendment in brackets. F still carries the 2023 transition provision for the move into Key Stage 2; it is vague and it is what the plan offers for the move to secondary school. The playtime outcome from Year 3 is resolved.",
    plan=dict(
        file="plan.pdf",
        accent="0B5563",
        footer="Brannock Bay Council - EHC plan - Kacey Threlfall - amended final - page {n} of {m}",
        author="Brannock Bay Council SEN Casework Team",
        title="EHC plan - Kacey Threlfall",
        blocks=[
            ("org", "Brannock Bay Council - Special Educational Needs Casework Team"),
            ("title", "Education, Health and Care Plan (amended)"),
            (
                "small",
                "Kacey Threlfall   Date of birth: 17 August 2015   First plan issued: 12 May 2023",
            ),
            (
                "small",
                "Annual review: 20 October 2026   Amended final plan issued: 4 December 2026   Casework officer: Lorna Quayle",
            ),
            ("small", "Sections marked 'unchanged' have not been amended since the date shown."),
            (
                "H",
                "A",
                "Section A: The views, interests and aspirations of Kacey and her parents (updated at annual review, 20 October 2026)",
                "h2",
            ),
            (
                "p",
                "What Kacey told us in 2023: 'I like drawing horses and playing with my cousins at the beach.'",
            ),
            (
                "S",
                "A",
                "At her annual review in October 2026 Kacey said she likes art, helping in the school library and looking after her little brother.",
            ),
            (
                "p",
                "Kacey's parents would like her to go to Brannock Bay Academy with the children from her village, to become more independent and to leave school able to read well enough to get a job she enjoys.",
            ),
            ("H", "B", f"Section B: Special educational needs ({_D1})", "h2"),
            ("S", "B", B1_MLD),
            ("p", [B1_NUM, B1_MEM]),
            ("p", [B1_PROC, B1_VOCAB]),
            ("p", B1_SOCIAL),
            (
                "p",
                "In Year 3 Kacey became upset at the end of playtime and needed an adult to help her return to class.",
            ),
            ("H", "C", f"Section C: Health needs relating to SEN ({_U1})", "h2"),
            (
                "S",
                "C",
                "Kacey wears glasses for long sight; no other health needs have been identified.",
            ),
            ("H", "D", f"Section D: Social care needs ({_U1})", "h2"),
            ("S", "D", "Kacey has no assessed social care needs."),
            ("H", "E", f"Section E: Outcomes ({_D1})", "h2"),
            (
                "S",
                "E",
                "By the end of Year 7 Kacey will read and understand a short text at Year 3 level and answer questions about it.",
            ),
            (
                "p",
                "By the end of Year 7 Kacey will add and subtract two-digit numbers using a number line, and will know her number bonds to 10.",
            ),
            (
                "p",
                "By October half-term 2027 Kacey will find her way to each of her lessons at Brannock Bay Academy using her timetable.",
            ),
            (
                "p",
                "By the end of Key Stage 2 Kacey will settle back into class after playtime without adult help.",
            ),
            ("H", "F", f"Section F: Special educational provision ({_D1})", "h2"),
            (
                "S",
                "F",
                "The provision below applies at Gullhaven Church of England Primary School until 31 August 2027 and at Brannock Bay Academy from 1 September 2027 unless it says otherwise.",
            ),
            (
                "bul",
                [
                    ("F", F1_PT, True),
                    ("F", F1_MATHS, False),
                    ("F", F1_STEPS, True),
                    ("F", F1_TRANS, False),
                    ("F", F1_KEY, True),
                    ("F", F1_GROUP, True),
                    ("F", F1_ACCESS, True),
                    ("F", F1_ADULT, False),
                    ("F", F1_DIFF, False),
                ],
            ),
            ("H", "G", f"Section G: Health provision ({_U1})", "h2"),
            (
                "S",
                "G",
                "Annual review of her glasses by the orthoptist at Brannock Bay Community Hospital.",
            ),
            (
                "H",
                "H1",
                f"Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 ({_U1})",
                "h2",
            ),
            ("S", "H1", "None identified."),
            ("H", "H2", f"Section H2: Other social care provision ({_U1})", "h2"),
            ("S", "H2", "None identified at this time."),
            (
                "H",
                "I",
                "Section I: Placement (amended 4 December 2026 for the transfer to secondary school)",
                "h2",
            ),
            (
                "S",
                "I",
                "Brannock Bay Academy, Harbour Road, Brannock Bay BQ7 2LW (mainstream academy), from 1 September 2027.",
            ),
            (
                "p",
                "Until 31 August 2027: Gullhaven Church of England Primary School (mainstream, voluntary aided).",
            ),
            ("H", "J", f"Section J: Personal budget ({_U1})", "h2"),
            ("S", "J", "Kacey's parents have not asked for a personal budget."),
            ("H", "K", "Section K: Advice and information (updated 4 December 2026)", "h2"),
            (
                "S",
                "K",
                "Educational psychology advice, Dr Howard Penrice, March 2023; school advice, Gullhaven Primary, February 2023; annual review report, October 2026; transition note, Brannock Bay Academy, November 2026.",
            ),
        ],
    ),
    reports=[
        dict(
            file=AR1,
            footer="Gullhaven CE Primary School - annual review - Kacey Threlfall",
            author="Ruth Pascoe",
            blocks=[
                ("org", "Gullhaven Church of England Primary School"),
                (
                    "small",
                    "Chapel Street, Gullhaven, Brannock Bay BQ9 4TD   Telephone 01632 960214",
                ),
                ("title", "Annual review report: Education, Health and Care plan"),
                (
                    "kv",
                    [
                        ("Pupil", "Kacey Threlfall, born 17 August 2015, Year 6"),
                        ("Date of review", "20 October 2026 (Year 6 phase transfer review)"),
                        (
                            "Present",
                            "Mr and Mrs Threlfall; Kacey (first part); Mrs R Pascoe, SENCo; Miss E Dunstan, class teacher; Mr D Fairweather, SENCo, Brannock Bay Academy (second part)",
                        ),
                        ("Report written by", "Ruth Pascoe, SENCo"),
                    ],
                ),
                ("h", 2, "1. Kacey's views"),
                (
                    "p",
                    "Kacey met Mrs Pascoe the week before the review to talk about her year, and joined the start of the meeting.",
                ),
                (
                    "p",
                    X(
                        "Kacey told the review: 'I like art and I like helping Mrs Trebilcock in the library. I'm a bit scared of big school because it's really big and I don't know anyone's name.'",
                        "the child's view quoted at the review",
                    ),
                ),
                (
                    "p",
                    X(
                        "She said that the best thing this year was being a reading buddy for the Reception children.",
                        "the child's view: a strength",
                    ),
                ),
                ("h", 2, "2. Parents' views"),
                (
                    "p",
                    [
                        X(
                            "Mrs Threlfall said that Kacey is much happier at school than she was two years ago and that reading to her little brother at bedtime has given her confidence.",
                            "parent's view: progress",
                        ),
                        X(
                            "Both parents said they were worried about the size of the Academy and asked that Kacey is not 'left to sink or swim' in mainstream classes.",
                            "parent's view quoted at the review",
                        ),
                    ],
                ),
                ("h", 2, "3. Progress against the outcomes in the plan"),
                (
                    "grid",
                    [
                        ["Outcome in the current plan", "Progress this year", "Next steps"],
                        [
                            "By the end of Key Stage 2 Kacey will read and understand a short passage at Year 3 level.",
                            X(
                                "Partly achieved. Kacey now reads books at the Turquoise band fluently and answers literal questions about them.",
                                "progress against an outcome",
                            ),
                            R(
                                "Kacey should continue to have precision teaching for reading every day for 10 minutes with a trained teaching assistant when she moves to Year 7, as this is the intervention that has worked best for her.",
                                CL,
                                "specific",
                                F1_PT,
                            ),
                        ],
                        [
                            "Kacey will add and subtract two-digit numbers using apparatus.",
                            X(
                                "Achieved with a number line and Dienes blocks in June 2026.",
                                "progress: outcome achieved",
                            ),
                            R(
                                "The school recommends a structured small-group numeracy intervention (for example Numicon Breaking Barriers), three times a week for 30 minutes in a group of no more than four pupils.",
                                CL,
                                "not_specific",
                                F1_MATHS,
                            ),
                        ],
                        [
                            "Kacey will follow a two-step instruction in class without reminders.",
                            X(
                                "Partly achieved: with her desk checklist she now finishes most independent tasks.",
                                "progress against an outcome",
                            ),
                            R(
                                "Adults should give instructions one step at a time and back them up with a written or picture checklist on her desk.",
                                CL,
                                "specific",
                                F1_STEPS,
                            ),
                        ],
                        [
                            "Kacey will settle back into class after playtime without adult help (Year 3 outcome, carried forward).",
                            X(
                                "Achieved some time ago: Kacey has come back into class on her own all year.",
                                "resolved difficulty",
                            ),
                            X("Remove this outcome from the plan.", "comment on the current plan"),
                        ],
                    ],
                    [0.3, 0.3, 0.4],
                ),
                ("h", 2, "4. Kacey's needs now"),
                (
                    "p",
                    [
                        X(
                            "On the Salford Sentence Reading Test in September 2026 Kacey's reading age was 7 years 2 months (chronological age 11 years 1 month).",
                            "test result",
                        ),
                        N(
                            "She still sounds out unfamiliar words letter by letter and has often lost the meaning of a sentence by the time she reaches the end of it.",
                            CL,
                            B1_MLD,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Her written work is short: she usually manages two or three sentences in the time her classmates write a page, and her spelling of common words is inconsistent.",
                            CL,
                            B1_MLD,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Kacey cannot yet recall number bonds to 10 without counting on her fingers, and her understanding of place value beyond 100 is not secure.",
                            CL,
                            B1_NUM,
                        ),
                        X(
                            "She enjoys practical maths, especially measuring and weighing in cookery club.",
                            "strength / interest",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "She often begins a task and then stops, and when asked she explains that she has forgotten what she was meant to do next.",
                            CL,
                            B1_MEM,
                        ),
                        N(
                            "Staff have noticed that Kacey needs a long pause before she answers a question in class, and if she is hurried she says 'I don't know'.",
                            CL,
                            B1_PROC,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "At playtimes Kacey tends to stay near the adults on duty or with a Year 4 pupil, and finds it hard to join a group of girls from her own class.",
                            SEMH,
                            B1_SOCIAL,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Since the summer term Kacey has become increasingly anxious about the move to secondary school, and she asks her teaching assistant several times a day whether she will get lost and who will look after her.",
                            SEMH,
                            None,
                        ),
                        X(
                            "Her attendance this year is 97%, and she has not been absent because of anxiety.",
                            "attendance: not a need",
                        ),
                    ],
                ),
                ("h", 2, "5. Support in place this year"),
                (
                    "bul",
                    [
                        X(
                            "Daily precision teaching for reading (10 minutes) with Mrs Trebilcock, teaching assistant",
                            "support already in place",
                        ),
                        X(
                            "Numicon group three mornings a week with four other pupils",
                            "support already in place",
                        ),
                        X("Desk checklist and visual timetable", "support already in place"),
                        X(
                            "Reading buddy role with the Reception class on Fridays",
                            "support already in place",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Kacey responds best to short, frequent sessions with an adult she knows, to plenty of repetition and to concrete materials she can handle.",
                            "what has worked: approach, not a new recommendation",
                        ),
                        N(
                            "She has found whole-class teaching in a class of 31 hard to follow, particularly in the afternoons, and staff have learned to check with her quietly after the class input rather than asking her in front of others.",
                            CL,
                            B1_PROC,
                        ),
                    ],
                ),
                ("h", 2, "6. Recommendations for the amended plan"),
                (
                    "p",
                    "The review agreed that the plan should be amended to name Brannock Bay Academy, the family's preference, and that Kacey's needs can be met in a mainstream secondary school with the support below.",
                ),
                (
                    "p",
                    R(
                        "An enhanced transition programme is needed, with at least six extra visits to Brannock Bay Academy in the summer term 2027 accompanied by her teaching assistant, and a photo book of the new school to take home for the summer holidays.",
                        SEMH,
                        "not_specific",
                        F1_TRANS,
                    ),
                ),
                (
                    "p",
                    X(
                        "The reason for asking for so many visits is that Kacey learns routes and routines slowly and needs to rehearse them many times before they stick; the single induction day that most Year 6 pupils have would not be enough for her.",
                        "reason for a recommendation",
                    ),
                ),
                (
                    "p",
                    R(
                        "Kacey would benefit from a weekly 30-minute ELSA session to help her to name and manage her worries, continuing into the autumn term of Year 7.",
                        SEMH,
                        "missing_from_f",
                    ),
                ),
                (
                    "p",
                    R(
                        "Kacey's parents may wish to practise the bus journey to the Academy with her during the summer holiday.",
                        SEMH,
                        "not_educational",
                    ),
                ),
                ("p", "Ruth Pascoe, SENCo, 23 October 2026"),
            ],
        ),
        dict(
            file=TN1,
            footer="Brannock Bay Academy - SEN department - transition note - {n}/{m}",
            author="Declan Fairweather",
            accent="7A1F1F",
            blocks=[
                ("org", "Brannock Bay Academy"),
                (
                    "small",
                    "Harbour Road, Brannock Bay BQ7 2LW   senco@brannockbay-academy.example.org",
                ),
                ("title", "Transition note: Year 6 to Year 7"),
                (
                    "small",
                    "From: Declan Fairweather, SENCo. To: SEN Casework Team, Brannock Bay Council. 2 November 2026.",
                ),
                ("p", "Re: Kacey Threlfall (DOB 17/08/2015), Gullhaven CE Primary School"),
                (
                    "p",
                    [
                        X(
                            "I visited Kacey at Gullhaven Primary on 21 October 2026 and attended the second half of her annual review the day before.",
                            "history of the visit",
                        ),
                        X(
                            "Kacey was chatty and polite when I met her, and showed me her art folder with obvious pride.",
                            "strength",
                        ),
                    ],
                ),
                (
                    "p",
                    "I have read the annual review report and agree with the primary school's account of her learning needs. I add the following from the Academy's point of view.",
                ),
                (
                    "p",
                    [
                        N(
                            "Kacey cannot yet read a timetable or tell the time on an analogue clock, and at the Academy she will need to move between up to six lessons a day on a site with over 1,100 pupils.",
                            CL,
                            None,
                        ),
                        N(
                            "Her limited vocabulary is likely to be a barrier across the curriculum in Key Stage 3, where each subject brings its own technical words.",
                            CI,
                            B1_VOCAB,
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "All Year 7 pupils have two induction days in July and a summer school in the last week of August, and Kacey would be welcome at both.",
                        "support open to all pupils",
                    ),
                ),
                ("p", "What the Academy would put in place:"),
                (
                    "bul",
                    [
                        R(
                            "Kacey should have a named key worker whom she meets for 10 minutes at the start and the end of every school day, at least for her first term.",
                            SEMH,
                            "less",
                            F1_KEY,
                        ),
                        R(
                            "We would place Kacey in our Compass group for English and maths, a group of up to 12 pupils taught by a specialist teacher.",
                            CL,
                            "specific",
                            F1_GROUP,
                        ),
                        R(
                            "Subject vocabulary for science, geography and history should be pre-taught by a teaching assistant in two 20-minute sessions each week, using the Academy's word-of-the-week lists.",
                            CI,
                            "missing_from_f",
                        ),
                        R(
                            "She is likely to be eligible for 25% extra time and a reader in tests, and this should be in place from the start of Year 7.",
                            CL,
                            "specific",
                            F1_ACCESS,
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "We considered a place in the Academy's Learning Support Base for the whole timetable, but I do not recommend this: Kacey enjoys practical subjects and should be taught with her form in art, PE, music and technology.",
                        "option considered and not recommended",
                    ),
                ),
                (
                    "p",
                    X(
                        "The current plan still refers to her move into Key Stage 2 and would need updating for Year 7.",
                        "comment on the current plan",
                    ),
                ),
                (
                    "p",
                    "Please contact me on 01632 960377 if anything here needs discussing before the plan is finalised.",
                ),
                ("p", "Declan Fairweather, SENCo, Brannock Bay Academy"),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalah-02: Holm Fen Council; Toby Ashworth-Keane, 11, Year 6 into Year 7; dyscalculia
# and developmental coordination disorder. layout "review-comment-column": each section is
# headed as usual and set out as a two-column table, the plan's wording on the left and the
# annual review's change to it (or "Unchanged") on the right.
# ---------------------------------------------------------------------------

B2_DYSC = "Toby has dyscalculia: he has a persistent difficulty in understanding numbers and remembering number facts, despite targeted teaching since Year 3."
B2_ANX = "He becomes anxious in maths lessons, says he is 'rubbish at maths' and may not start a task for fear of getting it wrong."
B2_DCD = "Toby has developmental coordination disorder, which affects his balance, his handwriting and his ability to organise himself and his belongings."
B2_HW = "His handwriting is slow and tiring for him, and he cannot keep up when he has to copy from the board."
B2_PE = "Toby needs help to change for PE and to fasten buttons and shoelaces."

F2_TYPE = "A laptop for extended writing in all lessons, and a touch-typing programme (Englishtype Junior) for 15 minutes three times a week until Toby types at 20 words per minute."
F2_SLOPE = "A sloping writing board and a non-slip mat at his desk in every classroom."
F2_PE = "Toby may leave the lesson before PE five minutes early so that he has time to change."
F2_DYSC = "Specialist teaching for dyscalculia, one to one, for 45 minutes once a week, from a teacher holding a recognised dyscalculia qualification."
F2_CONC = "Concrete apparatus, a number line and a multiplication square available to Toby in every maths lesson and in tests."
F2_PRE = "Pre-teaching of maths topics."
F2_ORG = "Support with organisation as required."
F2_LOCKER = "A locker near his form room, and a pass to leave each lesson two minutes early to avoid the crowded corridors at changeover."
F2_TA = "Toby will have access to additional adult support in maths."
G2_PROG = "A fine and gross motor skills programme written by the occupational therapist and carried out in school by a teaching assistant for 15 minutes each day."
G2_REV = "Review by the children's occupational therapy service once a term during Year 7."

OT2 = "ot_advice.pdf"
AR2 = "annual_review_report.docx"
TN2 = "senco_transition_note.docx"

_HEAD2 = ["Wording of the plan", "Annual review, 11 November 2026: change"]


def _reviewed(sid: str, heading: str, rows: list) -> list:
    """A section: its heading, then a table of the plan's wording beside the review's change."""
    return [("H", sid, heading, "h2"), ("grid", [_HEAD2, *rows], [0.72, 0.28])]


CASE_02 = dict(
    name="case-evalah-02",
    layout="review-comment-column",
    summary=(
        "Holm Fen Council; Toby Ashworth-Keane, 11, Year 6 at Sutterby Church of England Primary "
        "School, a village school of 60 pupils, moving to Wrangle Marsh High School in September "
        "2027 (dyscalculia, developmental coordination disorder, maths anxiety). Amended plan: "
        "each section has its usual heading and is a two-column table, the plan's wording on the "
        "left and the annual review's change on the right ('Unchanged from the plan of 3 March "
        "2024', 'Added: OT advice'). NHS occupational therapist's advice; primary annual review "
        "report with the dyscalculia teacher's assessment and a progress table; the high school "
        "SENCo's transition note."
    ),
    note="Each section is a table: the left column is the plan's wording, the right column the review's change, which is not provision. The occupational therapist's motor programme carried out by a teaching assistant stands in G (wrong_section); the therapist's own termly review in G is health provision.",
    plan=dict(
        file="plan.docx",
        sans=True,
        accent="385723",
        footer="Holm Fen Council | EHC plan | Toby Ashworth-Keane | amended final 9 December 2026",
        author="Holm Fen Council",
        title="EHC plan: Toby Ashworth-Keane",
        blocks=[
            ("org", "Holm Fen Council - Children's Services - SEND Team"),
            ("title", "Education, Health and Care Plan - amended following annual review"),
            (
                "small",
                "Name: Toby Ashworth-Keane   Date of birth: 30 June 2015   NHS number: on file",
            ),
            (
                "small",
                "Plan first issued 3 March 2024. Annual review meeting 11 November 2026. Amended plan issued 9 December 2026.",
            ),
            (
                "p",
                "The right-hand column of each table records what the annual review changed. Wording marked 'Unchanged' is carried forward from the previous plan.",
            ),
            *_reviewed(
                "A",
                "Section A: The views, interests and aspirations of the child and his parents",
                [
                    [
                        (
                            "S",
                            "A",
                            "Toby wants to be a marine biologist and spends hours on the beach at Sutterby Gat looking for crabs and shells.",
                        ),
                        "Updated: Toby's views at the review",
                    ],
                    [
                        "Toby's parents want him to stop thinking of himself as 'no good at maths' and to go to Wrangle Marsh High School with his friends.",
                        "Updated: parents' views at the review",
                    ],
                    [
                        "Toby likes Lego and making models with his grandad.",
                        "Unchanged from the plan of 3 March 2024",
                    ],
                ],
            ),
            *_reviewed(
                "B",
                "Section B: Special Educational Needs",
                [
                    [("S", "B", B2_DYSC), "Unchanged from the plan of 3 March 2024"],
                    [B2_ANX, "Added: annual review report, November 2026"],
                    [B2_DCD, "Unchanged"],
                    [B2_HW, "Amended: OT advice, 2 November 2026"],
                    [B2_PE, "Unchanged"],
                ],
            ),
            *_reviewed(
                "C",
                "Section C: Health needs related to SEN",
                [
                    [
                        (
                            "S",
                            "C",
                            "Toby was diagnosed with developmental coordination disorder by the community paediatrician in January 2024.",
                        ),
                        "Unchanged",
                    ],
                ],
            ),
            *_reviewed(
                "D",
                "Section D: Social care needs",
                [
                    [("S", "D", "No social care needs have been identified."), "Unchanged"],
                ],
            ),
            *_reviewed(
                "E",
                "Section E: Outcomes",
                [
                    [
                        (
                            "S",
                            "E",
                            "By the end of Year 7 Toby will recall addition and subtraction facts to 20 and use them to solve problems.",
                        ),
                        "Amended: previously 'facts to 10 by the end of Year 5'",
                    ],
                    [
                        "By the end of Year 7 Toby will produce a page of written work on his laptop in a lesson.",
                        "Added: OT advice, 2 November 2026",
                    ],
                    [
                        "By Christmas 2027 Toby will change for PE on his own within the time allowed.",
                        "Unchanged",
                    ],
                ],
            ),
            *_reviewed(
                "F",
                "Section F: Special Educational Provision",
                [
                    [
                        ("S", "F", ("F", F2_DYSC, True)),
                        "Amended: previously 30 minutes a fortnight",
                    ],
                    [("F", F2_CONC, True), "Unchanged"],
                    [("F", F2_PRE, False), "Unchanged"],
                    [("F", F2_TA, False), "Unchanged"],
                    [("F", F2_TYPE, True), "Added: OT advice, 2 November 2026"],
                    [("F", F2_SLOPE, True), "Unchanged"],
                    [("F", F2_PE, True), "Amended: secondary timetable"],
                    [("F", F2_ORG, False), "Added: transition"],
                    [
                        ("F", F2_LOCKER, True),
                        "Added: Wrangle Marsh High School, from September 2027",
                    ],
                ],
            ),
            *_reviewed(
                "G",
                "Section G: Health Provision",
                [
                    [("S", "G", G2_REV), "Amended: previously once a year"],
                    [G2_PROG, "Added: OT advice, 2 November 2026"],
                ],
            ),
            *_reviewed(
                "H1",
                "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
                [
                    [("S", "H1", "Not applicable."), "Unchanged"],
                ],
            ),
            *_reviewed(
                "H2",
                "Section H2: Any other social care provision",
                [
                    [("S", "H2", "Not applicable at present."), "Unchanged"],
                ],
            ),
            *_reviewed(
                "I",
                "Section I: Name and type of school",
                [
                    [
                        (
                            "S",
                            "I",
                            "Wrangle Marsh High School, mainstream maintained secondary school, from 1 September 2027; until then Sutterby Church of England Primary School.",
                        ),
                        "Amended: phase transfer",
                    ],
                ],
            ),
            *_reviewed(
                "J",
                "Section J: Personal budget",
                [
                    [("S", "J", "No personal budget has been agreed."), "Unchanged"],
                ],
            ),
            *_reviewed(
                "K",
                "Section K: Advice and information",
                [
                    [
                        (
                            "S",
                            "K",
                            "Occupational therapy advice, 2 November 2026; annual review report, 14 November 2026; transition note, Wrangle Marsh High School, 18 November 2026; educational psychology advice, December 2023.",
                        ),
                        "Updated",
                    ],
                ],
            ),
        ],
    ),
    reports=[
        dict(
            file=OT2,
            footer="Holm Fen Community Health Services NHS Trust - Children's Occupational Therapy - page {n} of {m}",
            author="Gemma Straw",
            accent="005EB8",
            sans=True,
            blocks=[
                ("org", "Holm Fen Community Health Services NHS Trust"),
                (
                    "small",
                    "Children's Occupational Therapy, The Old Maltings, Sutterby Road, Holm Fen HF9 3JQ. Telephone 01632 960552",
                ),
                ("title", "Occupational therapy advice for annual review"),
                (
                    "kv",
                    [
                        ("Name", "Toby Ashworth-Keane"),
                        ("Date of birth", "30/06/2015"),
                        ("School", "Sutterby CE Primary School (Year 6)"),
                        ("Seen", "15 and 22 October 2026, in school"),
                        (
                            "Therapist",
                            "Gemma Straw, Children's Occupational Therapist (HCPC registered)",
                        ),
                    ],
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        X(
                            "Toby was referred to the service by the community paediatrician in 2023 and was diagnosed with developmental coordination disorder in January 2024.",
                            "history: diagnosis",
                        ),
                        X(
                            "He had a block of six group sessions in the spring of 2024 and has been reviewed annually since.",
                            "history: past therapy",
                        ),
                    ],
                ),
                ("h", 2, "Assessment"),
                (
                    "p",
                    [
                        X(
                            "On the Movement Assessment Battery for Children (MABC-2) Toby's total score was at the 2nd percentile, with manual dexterity at the 1st percentile and balance at the 5th.",
                            "test result",
                        ),
                        X(
                            "His visual perception on the Beery VMI supplementary test was within the average range, which suggests that his difficulties are with motor control rather than with seeing shapes accurately.",
                            "test result and interpretation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Toby's handwriting is laboured and he presses very hard; he wrote 6 words a minute on the DASH copying task, and he complained of an aching hand after less than ten minutes.",
                            SP,
                            B2_HW,
                        ),
                        N(
                            "When he writes he slumps over the table and props his head on his other hand, and he tires quickly as the morning goes on.",
                            SP,
                            B2_HW,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Toby struggles to use a ruler, a protractor and scissors with any accuracy, and he will meet far more of this equipment in science, design and technology and maths at secondary school.",
                            SP,
                            None,
                        ),
                        N(
                            "In the hall he tripped over a bench and lost his balance twice when stepping over a hoop, although he laughed it off.",
                            SP,
                            B2_DCD,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Dressing remains slow: he cannot manage small buttons or tie his laces, and he took 14 minutes to change for PE on the day I observed.",
                            SP,
                            B2_PE,
                        ),
                        X(
                            "He can now ride a bike and swim a width, which he could not do when I first saw him.",
                            "progress: resolved difficulty",
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "The amount of writing roughly doubles in Year 7, and a pupil who copies at six words a minute will fall further behind in every subject however able he is; typing is not a reward for Toby but the only realistic way for him to show what he knows.",
                        "reason for a recommendation",
                    ),
                ),
                ("h", 2, "Comments on the current plan"),
                (
                    "p",
                    X(
                        "The current plan describes Toby's DCD accurately but says nothing about typing, which I would now regard as essential before he moves to secondary school.",
                        "comment on the current plan",
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    R(
                        "Toby should be taught to touch-type using a structured programme such as Englishtype Junior, for 15 minutes three times a week, until he reaches 20 words per minute, and should then use a laptop for extended writing in all lessons.",
                        SP,
                        "specific",
                        F2_TYPE,
                    ),
                ),
                (
                    "p",
                    R(
                        "A writing slope and a Dycem non-slip mat should be available on his desk in each classroom.",
                        SP,
                        "specific",
                        F2_SLOPE,
                    ),
                ),
                (
                    "p",
                    R(
                        "I have provided a motor skills programme (attached) which should be carried out by a teaching assistant for 15 minutes every day in school; I will review and update it each term.",
                        SP,
                        "wrong_section",
                        G2_PROG,
                        section="G",
                    ),
                ),
                (
                    "p",
                    R(
                        "The occupational therapy service will review Toby once a term during Year 7.",
                        HEALTH,
                        "not_educational",
                        G2_REV,
                        section="G",
                    ),
                ),
                (
                    "p",
                    R(
                        "He should be allowed to leave the lesson before PE 10 minutes early, and should wear clothing with elastic and Velcro fastenings on PE days.",
                        SP,
                        "less",
                        F2_PE,
                    ),
                ),
                (
                    "p",
                    R(
                        "Toby also needs adapted equipment for maths and practical subjects: a ruler with a grip handle, a compass with a locking arm and spring-loaded scissors.",
                        SP,
                        "missing_from_f",
                    ),
                ),
                (
                    "p",
                    R(
                        "At home, Toby's parents could encourage Lego, cooking and card games, which all build hand strength and coordination.",
                        SP,
                        "not_educational",
                    ),
                ),
                (
                    "p",
                    "I would be happy to talk to staff at Wrangle Marsh High School before he starts.",
                ),
                ("p", "Gemma Straw, Children's Occupational Therapist, 2 November 2026"),
            ],
        ),
        dict(
            file=AR2,
            footer="Sutterby CE Primary School - annual review report",
            author="Alison Grice",
            blocks=[
                ("org", "Sutterby Church of England Primary School"),
                ("small", "Church Lane, Sutterby, Holm Fen HF4 8RN"),
                ("title", "Annual review of EHC plan: Toby Ashworth-Keane (Year 6)"),
                (
                    "kv",
                    [
                        ("Review meeting", "11 November 2026, Sutterby CE Primary School"),
                        (
                            "Attended",
                            "Toby; Mrs J Ashworth (mother); Mr P Keane (father); Mrs A Grice, headteacher and SENCo; Mrs H Vickers, specialist teacher (dyscalculia); Ms S Okafor, SENCo, Wrangle Marsh High School",
                        ),
                        (
                            "Advice received",
                            "Occupational therapy advice (G Straw, 2 November 2026)",
                        ),
                    ],
                ),
                ("h", 2, "Toby's views"),
                (
                    "p",
                    X(
                        "Toby said: 'Maths makes my head go fuzzy, especially times tables. I'm good at science and I want to be a marine biologist. I'm looking forward to the science labs at big school.'",
                        "the child's view quoted at the review",
                    ),
                ),
                ("h", 2, "Parents' views"),
                (
                    "p",
                    X(
                        "Mr Keane said that the one-to-one maths sessions have made 'a real difference' to Toby's confidence and asked that they carry on at high school, more often if possible.",
                        "parent's view quoted at the review",
                    ),
                ),
                (
                    "p",
                    X(
                        "Mrs Ashworth said that homework causes rows at home when it is maths, and that Toby is tired and tearful by Friday.",
                        "parent's view about home",
                    ),
                ),
                ("h", 2, "Progress against outcomes"),
                (
                    "grid",
                    [
                        ["Outcome", "Evidence of progress", "Achieved?"],
                        [
                            "By the end of Year 5 Toby will recall addition facts to 10.",
                            X(
                                "Toby now recalls most facts to 10 within three seconds; he still uses his fingers for facts bridging 10.",
                                "progress against an outcome",
                            ),
                            "Achieved",
                        ],
                        [
                            "Toby will write a paragraph of four sentences independently.",
                            X(
                                "He wrote four sentences about his trip to the seal sanctuary, with a sloping board, in June 2026.",
                                "progress against an outcome",
                            ),
                            "Achieved with support",
                        ],
                        [
                            "Toby will change for PE within 10 minutes.",
                            X(
                                "He takes about 14 minutes and needs help with buttons.",
                                "progress against an outcome",
                            ),
                            "Not yet",
                        ],
                    ],
                    [0.34, 0.46, 0.2],
                ),
                ("h", 2, "Assessment by the specialist teacher (dyscalculia), Mrs H Vickers"),
                (
                    "p",
                    [
                        X(
                            "On the Dyscalculia Screener (GL Assessment) in September 2026 Toby's score for number comparison was at the 4th percentile, while his simple reaction time was average.",
                            "test result",
                        ),
                        X(
                            "His maths age on the Sandwell Early Numeracy Test is 7 years 6 months.",
                            "test result",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Toby does not reliably understand place value: he reads 305 as 'thirty-five' and cannot say which is larger of 0.5 and 0.25.",
                            CL,
                            B2_DYSC,
                        ),
                        N(
                            "He has no efficient strategy for mental calculation and counts in ones for almost every sum, which makes every task slow and error-prone.",
                            CL,
                            B2_DYSC,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "When a maths task looks difficult Toby puts his head on the desk or asks to go to the toilet, and he has twice torn up his work this term.",
                            SEMH,
                            B2_ANX,
                        ),
                        N(
                            "Toby does not yet know the value of coins and notes and cannot work out change from a pound, which is already limiting his independence in the village shop.",
                            CL,
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "He regularly arrives at lessons without the right book or his PE kit, and his tray is a jumble of loose sheets.",
                            CL,
                            B2_DCD,
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "Mrs Vickers considered whether Toby's difficulties might be explained by a general learning difficulty, but his reading, science and verbal reasoning are all in the average range and his difficulty is specific to number.",
                        "diagnostic reasoning: ruled out a general learning difficulty",
                    ),
                ),
                (
                    "p",
                    "Mrs Vickers' sessions since Year 4 have moved slowly from concrete apparatus (Numicon and Stern blocks) to drawings and then to numbers, with a great deal of over-learning. Toby's confidence has grown most when he can see that he is getting better, so each session ends with a quick check of the facts he has learned that week.",
                ),
                ("h", 2, "Recommendations"),
                (
                    "bul",
                    [
                        R(
                            "Toby needs specialist dyscalculia teaching, one to one, for 45 minutes twice a week from a teacher with a specialist qualification, and this should continue at secondary school.",
                            CL,
                            "less",
                            F2_DYSC,
                        ),
                        R(
                            "Concrete apparatus and a multiplication square should be available to him in every maths lesson and in tests.",
                            CL,
                            "specific",
                            F2_CONC,
                        ),
                        R(
                            "A teaching assistant should pre-teach the vocabulary and first steps of each new maths topic in a 20-minute session the week before the class starts it.",
                            CL,
                            "not_specific",
                            F2_PRE,
                        ),
                    ],
                ),
                ("p", "Alison Grice, headteacher and SENCo, 14 November 2026"),
            ],
        ),
        dict(
            file=TN2,
            author="Sade Okafor",
            blocks=[
                ("org", "Wrangle Marsh High School"),
                (
                    "small",
                    "Marsh Lane, Wrangle Marsh, Holm Fen HF6 1BZ. Telephone 01632 960681. sen@wranglemarsh.example.org",
                ),
                ("b", "Transition note for the amended EHC plan: Toby Ashworth-Keane"),
                (
                    "p",
                    "To: Holm Fen Council SEND Team. From: Sade Okafor, SENCo. 18 November 2026.",
                ),
                (
                    "p",
                    X(
                        "Thank you for inviting me to Toby's annual review on 11 November; I also observed him in a maths lesson and on the playground the same morning.",
                        "history of the visit",
                    ),
                ),
                (
                    "p",
                    X(
                        "Toby is a friendly, curious boy and his science knowledge is impressive for his age.",
                        "strength",
                    ),
                ),
                (
                    "p",
                    [
                        N(
                            "Wrangle Marsh has narrow corridors and a five-minute changeover for 900 pupils, and with his balance difficulties Toby is likely to be jostled, to drop his things or to fall.",
                            SP,
                            None,
                        ),
                        X(
                            "He is already walking to school with two friends and will not need transport.",
                            "not a need: travel arranged",
                        ),
                    ],
                ),
                ("p", "We would plan to:"),
                (
                    "bul",
                    [
                        R(
                            "give Toby a locker near his form room and a pass to leave each lesson two minutes early so that he avoids the crowds at changeover",
                            SP,
                            "specific",
                            F2_LOCKER,
                        ),
                        R(
                            "provide a colour-coded timetable and a checklist of the equipment he needs each day, checked with his form tutor every morning at registration",
                            CL,
                            "not_specific",
                            F2_ORG,
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "We discussed a reduced timetable for the first weeks of Year 7 but agreed that Toby does not need one.",
                        "option considered and not recommended",
                    ),
                ),
                ("p", "Sade Okafor, SENCo"),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalah-03: Isle of Wraxby Council; Ellis Pengelly, 16, Year 11 into college; hearing
# loss and moderate learning difficulties. layout "phase-split-provision": banded section
# headings; outcomes and provision each split under two phase sub-headings (until July at
# school, from September at college). No Section J.
# ---------------------------------------------------------------------------

B3_HL = "Ellis has a permanent, moderate to severe sensorineural hearing loss in both ears and wears two hearing aids."
B3_LISTEN = "He finds it very hard to follow speech in noisy places and in group discussions, and he tires from the effort of listening."
B3_PRETEND = "Ellis may nod as if he has understood rather than ask for something to be repeated."
B3_LANG = "His vocabulary and his understanding of longer sentences are below those expected for his age, partly as a result of his hearing loss."
B3_MLD = "Ellis also has moderate learning difficulties; his reading and number skills are several years below those of his age group."
B3_RADIO = "Ellis is sometimes reluctant to wear his radio aid in front of other students."

SCHOOL3 = "Until 16 July 2027: Year 11 at Carrick Sands Academy"
COLLEGE3 = "From 6 September 2027: Wraxby College, Level 1 Diploma in Construction Skills"

F3_READ = "Toe by Toe reading programme with a teaching assistant, 15 minutes four times a week."
F3_EXAM = "Access arrangements for the summer 2027 examinations: 25% extra time, a reader and a separate room."
F3_TRANS = "Transition support to college."
F3_ROGER = "A radio aid (Roger) for use in every teaching session, including the construction workshop, with a table microphone for group work."
F3_AWARE = "Deaf awareness training for staff, as appropriate."
F3_NOTES = "All video material shown in sessions to be subtitled, and a written copy of key instructions and notes given to Ellis at the start of each session."
F3_LSA = "In-class learning support from a learning support assistant for 6 hours a week."
F3_FS = "Functional Skills English and maths at Entry Level 3, taught in groups of no more than eight students."
F3_ENRICH = "Ellis will be encouraged to take part in college enrichment activities."
G3_TOD = (
    "Monitoring visits from a Teacher of the Deaf from the Sensory Support Service once a term."
)
G3_AUD = "Hearing aid and audiology review at Wraxby General Hospital every 12 months."

TOD3 = "tod_advice.pdf"
AR3 = "annual_review_report.docx"
TN3 = "transition_note.pdf"


def _band(sid: str, text: str) -> tuple:
    return ("H", sid, text, "band")


CASE_03 = dict(
    name="case-evalah-03",
    layout="phase-split-provision",
    summary=(
        "Isle of Wraxby Council; Ellis Pengelly, 16, Year 11 at Carrick Sands Academy, moving to "
        "Wraxby College for a Level 1 construction course in September 2027 (moderate to severe "
        "hearing loss, moderate learning difficulties). Amended plan after the Year 11 annual "
        "review: section headings are shaded bands; outcomes and provision are each split under "
        "two phase sub-headings, 'Until 16 July 2027: Year 11 at Carrick Sands Academy' and "
        "'From 6 September 2027: Wraxby College ...'. No Section J. Teacher of the deaf's advice; "
        "the school's annual review report with the young person's and parents' views."
    ),
    note="The two phase sub-headings under E and F are not section headings; both phases' provision is Section F. The Teacher of the Deaf's visits in G are educational provision in the wrong section; the audiology review in G is health provision. The 2022 wording in B about reluctance to wear the radio aid describes a difficulty that has since resolved. Section J is absent.",
    plan=dict(
        file="plan.docx",
        accent="1F3864",
        footer="Isle of Wraxby Council - Education, Health and Care Plan - Ellis Pengelly - amended 7 January 2027",
        author="Isle of Wraxby Council",
        title="EHC plan - Ellis Pengelly",
        blocks=[
            ("org", "Isle of Wraxby Council"),
            (
                "small",
                "Education and Inclusion, County Hall, Quay Street, Wraxby WX1 4PD. Telephone 01632 960140",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Young person", "Ellis Pengelly"),
                    ("Date of birth", "9 April 2010"),
                    (
                        "Plan history",
                        "First issued 21 June 2022 (Year 7); amended 3 July 2024; amended following the Year 11 annual review of 3 December 2026, issued 7 January 2027",
                    ),
                ],
            ),
            _band("A", "Section A: Ellis's views, interests and aspirations"),
            (
                "S",
                "A",
                "Ellis enjoys fishing with his uncle, fixing bikes and playing darts for the Harbour Inn youth team.",
            ),
            (
                "p",
                "Ellis said at his review: 'I want to be a carpenter like my uncle, and have my own van.' His parents want him to go to Wraxby College and to be confident to speak up for himself when he has not heard.",
            ),
            _band("B", "Section B: Special educational needs"),
            ("S", "B", B3_HL),
            ("p", [B3_LISTEN, B3_PRETEND]),
            ("p", [B3_LANG, B3_MLD]),
            ("p", B3_RADIO),
            _band("C", "Section C: Health needs which relate to Ellis's SEN"),
            (
                "S",
                "C",
                "Ellis's hearing loss was diagnosed at 18 months; he is under the care of the audiology department at Wraxby General Hospital.",
            ),
            _band("D", "Section D: Social care needs which relate to Ellis's SEN"),
            ("S", "D", "Ellis does not have any social care needs relating to his SEN."),
            _band("E", "Section E: Outcomes"),
            ("b", SCHOOL3),
            (
                "S",
                "E",
                "By July 2027 Ellis will achieve Functional Skills English and maths at Entry Level 2.",
            ),
            ("b", COLLEGE3),
            (
                "p",
                "By July 2028 Ellis will complete the Level 1 Diploma in Construction Skills, using his radio aid in every session.",
            ),
            (
                "p",
                "By the end of his first term at college Ellis will tell each new tutor how to use his radio aid microphone.",
            ),
            _band("F", "Section F: Special educational provision"),
            ("b", SCHOOL3),
            ("S", "F", ("F", F3_READ, True)),
            ("p", ("F", F3_EXAM, True)),
            ("p", ("F", F3_TRANS, False)),
            ("b", COLLEGE3),
            ("p", ("F", F3_ROGER, True)),
            ("p", ("F", F3_AWARE, False)),
            ("p", ("F", F3_NOTES, True)),
            ("p", ("F", F3_LSA, True)),
            ("p", ("F", F3_FS, True)),
            ("p", ("F", F3_ENRICH, False)),
            _band("G", "Section G: Health provision"),
            ("S", "G", G3_AUD),
            ("p", G3_TOD),
            _band(
                "H1",
                "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("S", "H1", "None."),
            _band("H2", "Section H2: Any other social care provision"),
            ("S", "H2", "None at present."),
            _band("I", "Section I: Placement"),
            (
                "S",
                "I",
                "Wraxby College (general further education college), Level 1 Diploma in Construction Skills, from 6 September 2027.",
            ),
            ("p", "Until 16 July 2027: Carrick Sands Academy (mainstream academy)."),
            _band("K", "Section K: Advice and information"),
            (
                "S",
                "K",
                "Teacher of the Deaf advice (Sensory Support Service), November 2026; annual review report, Carrick Sands Academy, December 2026; audiology letter, August 2026; careers guidance record, October 2026.",
            ),
        ],
    ),
    reports=[
        dict(
            file=TOD3,
            footer="Isle of Wraxby Sensory Support Service - Teacher of the Deaf advice - Ellis Pengelly - {n} of {m}",
            author="Hannah Rowse",
            accent="5B2C6F",
            blocks=[
                ("org", "Isle of Wraxby Council - Sensory Support Service (Hearing)"),
                (
                    "small",
                    "The Lookout, Cliff Road, Wraxby WX2 6HS. Telephone 01632 960733. sensory.support@wraxby.example.org",
                ),
                ("title", "Advice from the Teacher of the Deaf for the Year 11 annual review"),
                (
                    "kv",
                    [
                        ("Young person", "Ellis Pengelly (DOB 09/04/2010)"),
                        ("Setting", "Carrick Sands Academy, Year 11"),
                        ("Written by", "Hannah Rowse, Qualified Teacher of the Deaf"),
                        ("Date", "19 November 2026"),
                    ],
                ),
                ("h", 2, "Hearing and equipment"),
                (
                    "p",
                    [
                        X(
                            "Ellis's most recent audiogram (Wraxby General Hospital, August 2026) shows a bilateral sensorineural loss of 55 to 75 dB across the speech frequencies, unchanged since 2022.",
                            "test result: audiogram",
                        ),
                        X(
                            "He wears two behind-the-ear hearing aids and a Roger receiver, and now wears his radio aid receiver in every lesson without prompting, which was not the case two years ago.",
                            "resolved difficulty: radio aid use",
                        ),
                    ],
                ),
                ("h", 2, "Speech perception and listening"),
                (
                    "p",
                    [
                        X(
                            "On a word recognition test in a quiet room with his hearing aids Ellis repeated 84% of words correctly; with recorded classroom noise this fell to 46%.",
                            "test result",
                        ),
                        N(
                            "In practice this means that Ellis misses a large part of what is said in a busy classroom or workshop, and he relies on lip-reading and on copying what other students do.",
                            SP,
                            B3_LISTEN,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "After his college taster day in October, Ellis told me he was 'wiped out' and went to bed at seven; the effort of listening all day in a new and noisy place is considerable.",
                            SP,
                            B3_LISTEN,
                        ),
                        N(
                            "When he has not followed something Ellis tends to nod and smile, so staff often do not realise that he has missed it.",
                            CI,
                            B3_PRETEND,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "He does not yet check his own hearing aid batteries, re-pair his radio aid when it disconnects or show a new teacher how to wear the microphone, and he relies on staff to notice when his equipment has failed.",
                            CI,
                            None,
                        ),
                        N(
                            "In the construction workshop, with machinery running and ear defenders on, Ellis may not hear a spoken warning or the fire alarm.",
                            SP,
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    N(
                        "His vocabulary is narrow for his age: he often does not know less common words and takes idioms such as 'make a start' literally.",
                        CI,
                        B3_LANG,
                    ),
                ),
                (
                    "p",
                    X(
                        "Ellis does not use British Sign Language and neither he nor his parents wish him to learn it at this stage, so I do not recommend a communication support worker using BSL.",
                        "option considered and not recommended",
                    ),
                ),
                (
                    "p",
                    X(
                        "Colleges are usually noisier places to listen than schools: workshops have hard floors and running machinery, groups are larger, tutors move around as they talk, and Ellis will no longer have the close oversight of a Teacher of the Deaf who knows him well.",
                        "reasoning about the setting",
                    ),
                ),
                (
                    "p",
                    "For these reasons I consider that the support below is the minimum Ellis will need if he is to take a full part in his course.",
                ),
                ("h", 2, "Recommendations for the move to college"),
                (
                    "num",
                    [
                        R(
                            "Ellis must have a radio aid system in all teaching sessions and in the workshop, with a table microphone so that he can follow group discussions.",
                            SP,
                            "specific",
                            F3_ROGER,
                        ),
                        R(
                            "Every tutor who teaches Ellis should receive deaf awareness training from the Sensory Support Service before he starts in September 2027, with a refresher in January 2028.",
                            SP,
                            "not_specific",
                            F3_AWARE,
                        ),
                        R(
                            "Videos should always be subtitled, and Ellis should be given written copies of key instructions and notes at the start of each session.",
                            SP,
                            "specific",
                            F3_NOTES,
                        ),
                        R(
                            "A Teacher of the Deaf should visit Ellis at college twice each half-term during the autumn term 2027 and monthly after that, to check his equipment, advise tutors and work with him directly.",
                            SP,
                            "wrong_section",
                            G3_TOD,
                            section="G",
                        ),
                        R(
                            "Ellis needs a programme of self-advocacy work, 30 minutes a week during his first term at college, with his learning support assistant, so that he can explain his hearing needs to new tutors and manage his own equipment.",
                            CI,
                            "missing_from_f",
                        ),
                        R(
                            "His hearing aids should continue to be reviewed by the audiology department at Wraxby General Hospital every 12 months.",
                            HEALTH,
                            "not_educational",
                            G3_AUD,
                            section="G",
                        ),
                    ],
                ),
                (
                    "p",
                    R(
                        "At home, the family might switch on subtitles on the television, which many deaf teenagers find helps them follow without asking.",
                        CI,
                        "not_educational",
                    ),
                ),
                (
                    "p",
                    X(
                        "The current plan still says that Ellis is reluctant to wear his radio aid in front of other students; this is no longer the case and the wording should be removed.",
                        "comment on the current plan",
                    ),
                ),
                ("p", "Hannah Rowse, QToD"),
            ],
        ),
        dict(
            file=AR3,
            footer="Carrick Sands Academy - Year 11 annual review - Ellis Pengelly",
            author="Martin Quick",
            blocks=[
                ("org", "Carrick Sands Academy"),
                ("small", "Headland Road, Carrick Sands, Wraxby WX5 9EL"),
                ("title", "Annual review report (Year 11, preparing for adulthood)"),
                (
                    "kv",
                    [
                        ("Student", "Ellis Pengelly, Year 11"),
                        ("Date of review", "3 December 2026"),
                        (
                            "Present",
                            "Ellis; Mrs T Pengelly (mother); Mr M Quick, SENCo; Ms H Rowse, Teacher of the Deaf; Mr J Varcoe, learning support manager, Wraxby College; Ms K Boscawen, careers adviser",
                        ),
                    ],
                ),
                ("h", 2, "What Ellis said"),
                (
                    "p",
                    X(
                        "Ellis said: 'College is going to be better because it's practical. I don't like it when everyone talks at once at lunch, I just go to the library. I want someone to help me in English and maths but not follow me round the workshop.'",
                        "the young person's view quoted at the review",
                    ),
                ),
                ("h", 2, "What Ellis's mother said"),
                (
                    "p",
                    X(
                        "Mrs Pengelly said she was proud of how Ellis had managed his work experience at Trevail Joinery and asked that the college 'doesn't forget he's deaf just because he's got his aids in'.",
                        "parent's view quoted at the review",
                    ),
                ),
                ("h", 2, "Progress against the outcomes in the plan"),
                (
                    "grid",
                    [
                        ["Outcome", "Progress", "Comment"],
                        [
                            "Ellis will achieve Functional Skills English and maths at Entry Level 2 by July 2027.",
                            X(
                                "He passed Entry Level 2 maths in June 2026; English is on track for March 2027.",
                                "progress against an outcome",
                            ),
                            "Partly achieved",
                        ],
                        [
                            "Ellis will wear his radio aid in all lessons.",
                            X(
                                "Achieved: he has worn it consistently since Year 10.",
                                "resolved: outcome achieved",
                            ),
                            "Remove",
                        ],
                        [
                            "Ellis will complete a work experience placement.",
                            X(
                                "Completed two weeks at Trevail Joinery in July 2026; the employer's report was very positive.",
                                "progress: strength",
                            ),
                            "Achieved",
                        ],
                    ],
                    [0.38, 0.44, 0.18],
                ),
                ("h", 2, "Preparing for adulthood"),
                (
                    "p",
                    X(
                        "Ms Boscawen, careers adviser, reported that Ellis had looked at three routes: an apprenticeship with Trevail Joinery, the Level 1 course at Wraxby College and a residential college for deaf students on the mainland.",
                        "options considered",
                    ),
                ),
                (
                    "p",
                    X(
                        "Ellis and his parents chose Wraxby College because he wants to stay on the island and keep his weekend job, and Trevail Joinery has said it would consider him for an apprenticeship once he has a Level 1 qualification.",
                        "decision and reasons: placement",
                    ),
                ),
                ("h", 2, "Ellis's needs now"),
                (
                    "p",
                    [
                        X(
                            "Ellis's reading age on the New Group Reading Test in September 2026 was 9 years 4 months.",
                            "test result",
                        ),
                        N(
                            "He can read short practical texts but struggles with longer written instructions and with the written questions in his construction assignments.",
                            CL,
                            B3_MLD,
                        ),
                    ],
                ),
                (
                    "p",
                    N(
                        "In maths he adds and subtracts money and measures accurately to the nearest millimetre, but he cannot yet calculate area or work with fractions, both of which the construction course will expect.",
                        CL,
                        B3_MLD,
                    ),
                ),
                (
                    "p",
                    N(
                        "In group discussions Ellis often loses track of who is speaking and stops taking part.",
                        CI,
                        B3_LISTEN,
                    ),
                ),
                (
                    "p",
                    N(
                        "Staff have noticed that Ellis has become more withdrawn this year; he eats his lunch alone in the library most days and told his tutor that he feels 'left out' of conversations in the canteen.",
                        SEMH,
                        None,
                    ),
                ),
                ("h", 2, "Support in place this year"),
                (
                    "bul",
                    [
                        X(
                            "Toe by Toe with a teaching assistant, four mornings a week",
                            "support already in place",
                        ),
                        X("Radio aid in all lessons; subtitled videos", "support already in place"),
                        X("Teacher of the Deaf visits twice a term", "support already in place"),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    "The college's learning support manager, Mr Varcoe, contributed to the recommendations for September 2027.",
                ),
                (
                    "bul",
                    [
                        R(
                            "Ellis should continue his Toe by Toe sessions, 15 minutes four times a week, until he leaves in July.",
                            CL,
                            "specific",
                            F3_READ,
                        ),
                        R(
                            "He will need 25% extra time, a reader and a separate room for his examinations in summer 2027.",
                            CL,
                            "specific",
                            F3_EXAM,
                        ),
                        R(
                            "Ellis should attend at least three taster days at Wraxby College in the summer term and meet his learning support assistant before he starts.",
                            SEMH,
                            "not_specific",
                            F3_TRANS,
                        ),
                        R(
                            "At college Ellis will need in-class support from a learning support assistant in all his English and maths sessions and for at least half of his workshop hours, about 12 hours a week in all.",
                            CL,
                            "less",
                            F3_LSA,
                        ),
                        R(
                            "He should work towards Functional Skills English and maths at Entry Level 3 in groups of no more than eight students.",
                            CL,
                            "specific",
                            F3_FS,
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "Mr Varcoe said the college had considered its supported internship route but felt that the Level 1 course matched Ellis's practical skills and wishes better.",
                        "option considered and not recommended",
                    ),
                ),
                ("p", "Martin Quick, SENCo, 8 December 2026"),
            ],
        ),
        dict(
            file=TN3,
            footer="Carrick Sands Academy - transition information for Wraxby College - page {n} of {m}",
            author="Martin Quick",
            accent="0E6655",
            blocks=[
                ("org", "Carrick Sands Academy - Learning Support"),
                ("title", "Transition note: Year 11 to Wraxby College"),
                (
                    "small",
                    "To: Mr J Varcoe, Learning Support Manager, Wraxby College; copy to SEN Team, Isle of Wraxby Council. From: Martin Quick, SENCo. 10 December 2026.",
                ),
                (
                    "p",
                    "Student: Ellis Pengelly (DOB 09/04/2010). Course applied for: Level 1 Diploma in Construction Skills.",
                ),
                ("h", 3, "About Ellis"),
                (
                    "p",
                    [
                        X(
                            "Ellis joined us in Year 7 from Porthwen Primary and has been supported by the Academy's hearing support base throughout.",
                            "history",
                        ),
                        X(
                            "His attendance this year is 96% and he has never been excluded.",
                            "attendance: not a need",
                        ),
                        X(
                            "He is reliable, practical and well liked by staff, and he is at his best when he is making something.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 3, "What college staff should know"),
                (
                    "p",
                    [
                        N(
                            "Ellis often misreads what a written exam question is asking because of the way it is worded, even when he knows the answer.",
                            CI,
                            B3_LANG,
                        ),
                        N(
                            "He is easily upset by workshop banter, which he often mishears, and twice this year he walked out of a technology lesson believing that other students were laughing at him.",
                            SEMH,
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "Staff have found that he responds well to a quiet word afterwards rather than being challenged in front of the group.",
                        "what has worked",
                    ),
                ),
                ("h", 3, "What we would ask the college to provide"),
                (
                    "p",
                    R(
                        "Ellis should be seated at the front, facing the tutor and away from running machinery, with the tutor standing so that light falls on their face rather than behind them, in every taught session.",
                        SP,
                        "missing_from_f",
                    ),
                ),
                (
                    "p",
                    X(
                        "We considered asking for Ellis to start college on a part-time timetable but he, his mother and Mr Varcoe agreed that this would only make him stand out.",
                        "option considered and not recommended",
                    ),
                ),
                (
                    "p",
                    X(
                        "Ellis's one-page profile and his equipment log are attached; the radio aid belongs to the council and will transfer with him.",
                        "attachments and equipment ownership",
                    ),
                ),
                ("p", "Martin Quick, SENCo, Carrick Sands Academy. Telephone 01632 960592."),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalah-04: Upper Dunsley Council; Niamh Corrigan, 16, Year 11 into college;
# developmental coordination disorder, moderate learning difficulties, difficulty with
# number. layout "part-number-letter-codes": the plan is in five parts ("Part 2: What I
# need") and each section is headed by a code joining the part number to the section letter
# ("2B Special educational needs", "4H1 Social care provision ...").
# ---------------------------------------------------------------------------

B4_DCD = "Niamh has developmental coordination disorder; her balance, coordination and fine motor control are well below those of other young people of her age."
B4_MLD = "She has moderate learning difficulties and is working at around Entry Level 2 to 3 in English and maths."
B4_NUM = "Niamh has particular difficulty with number, including time, money and measures."
B4_ORG = "She finds it difficult to plan and organise tasks that have several steps."
B4_TIRED = "Niamh tires easily and needs rest breaks during the school day."
B4_CONF = (
    "Niamh lacks confidence and can be reluctant to try new physical activities in front of others."
)

F4_STOOL = "A perching stool at her workstation in practical kitchen sessions, and rest breaks when needed."
F4_LAPTOP = "Use of a laptop for written assignments and note-taking in all sessions."
F4_FSM = "Functional Skills maths in a small group."
F4_LSA = "A learning support assistant in practical kitchen sessions for 4 hours a week."
F4_CARDS = "Photographic step-by-step task cards for every recipe, prepared by the catering tutor before each practical session."
F4_EXAM = "25% extra time and a reader for Functional Skills assessments."
F4_TUTOR = "A named personal tutor who will meet Niamh for 20 minutes each week to review her progress and plan her week."
F4_INDEP = "Opportunities to develop her independence skills."
G4_PROG = "A core stability and leg strengthening programme set by the physiotherapist, to be carried out at college by a learning support assistant for 20 minutes three times a week."
G4_REV = "Review by the children's physiotherapy service each term until Niamh's transfer to adult services."

PT4 = "physiotherapy_advice.docx"
AR4 = "annual_review_report.pdf"


def _code(sid: str, text: str) -> tuple:
    return ("H", sid, text, "h2")


CASE_04 = dict(
    name="case-evalah-04",
    layout="part-number-letter-codes",
    summary=(
        "Upper Dunsley Council; Niamh Corrigan, 16, Year 11 at Harrowby Moor School, moving to "
        "Dunsley Vale College for an Entry Level 3 catering and hospitality study programme in "
        "September 2027 (developmental coordination disorder, joint hypermobility, moderate "
        "learning difficulties, difficulty with number). Amended plan after the Year 11 annual "
        "review, in five parts ('Part 2: What I need'), each section headed by a code joining "
        "the part's number to the section's letter ('2B Special educational needs', '4F ...'). "
        "NHS physiotherapist's advice; the school's annual review report with a progress table "
        "and the views quoted."
    ),
    note="Part headings group the sections and are not section headings; the codes (1A, 2B ... 5K) are. The physiotherapist's programme carried out by a learning support assistant at college stands in 4G (wrong_section); the physiotherapist's own review in 4G is health provision. The plan's 2021 wording about tiring easily matches the physiotherapist's account of afternoon fatigue.",
    plan=dict(
        file="plan.docx",
        sans=True,
        accent="7B3F00",
        footer="Upper Dunsley Council  |  EHC plan  |  Niamh Corrigan  |  Amended final: 14 January 2027",
        author="Upper Dunsley Council",
        title="Education, Health and Care Plan: Niamh Corrigan",
        blocks=[
            ("org", "Upper Dunsley Council - SEND Assessment and Review Team"),
            ("title", "Niamh's Education, Health and Care Plan"),
            (
                "small",
                "Date of birth: 2 February 2011. First plan: 8 October 2021. Last annual review: 26 November 2026. Amended final plan: 14 January 2027.",
            ),
            (
                "p",
                "This plan is set out in five parts. Each section has a code: the number is the part, the letter is the section required by the SEND Regulations 2014.",
            ),
            ("h", 1, "Part 1: About Niamh"),
            _code("A", "1A What matters to Niamh and her family: views, interests and aspirations"),
            (
                "S",
                "A",
                "Niamh wants to work in a cafe and one day run her own, like her aunt in Moorside.",
            ),
            (
                "p",
                "She enjoys baking, looking after her dog Biscuit and helping at the Saturday market. Niamh's mum and dad want her to become more independent, to travel on her own and to have a job she enjoys.",
            ),
            ("h", 1, "Part 2: What I need"),
            _code("B", "2B Special educational needs"),
            ("S", "B", B4_DCD),
            ("p", [B4_MLD, B4_NUM]),
            ("p", [B4_ORG, B4_TIRED]),
            ("p", B4_CONF),
            _code("C", "2C Health needs related to my special educational needs"),
            (
                "S",
                "C",
                "Niamh has joint hypermobility, diagnosed by the community paediatrician in 2019, and is known to the children's physiotherapy service.",
            ),
            _code("D", "2D Social care needs related to my special educational needs"),
            (
                "S",
                "D",
                "Niamh is not known to children's social care and has no social care needs.",
            ),
            ("h", 1, "Part 3: What I want to achieve"),
            _code("E", "3E Outcomes"),
            (
                "S",
                "E",
                "By July 2028 Niamh will prepare and serve a two-course meal for four people in the college training restaurant, following her task cards.",
            ),
            ("p", "By Easter 2028 Niamh will travel to college on the bus on her own."),
            (
                "p",
                "By July 2028 Niamh will use a till to take payment and give change in the college cafe.",
            ),
            ("h", 1, "Part 4: Support"),
            _code("F", "4F Special educational provision"),
            (
                "S",
                "F",
                "From 6 September 2027 Dunsley Vale College will make the following provision as part of Niamh's study programme.",
            ),
            (
                "bul",
                [
                    ("F", F4_STOOL, False),
                    ("F", F4_LAPTOP, True),
                    ("F", F4_FSM, False),
                    ("F", F4_LSA, True),
                    ("F", F4_CARDS, True),
                    ("F", F4_EXAM, True),
                    ("F", F4_TUTOR, True),
                    ("F", F4_INDEP, False),
                ],
            ),
            _code("G", "4G Health provision"),
            ("S", "G", G4_REV),
            ("p", G4_PROG),
            _code(
                "H1",
                "4H1 Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("S", "H1", "None identified."),
            _code("H2", "4H2 Other social care provision"),
            (
                "S",
                "H2",
                "None identified; Niamh's parents have been given information about the council's post-16 transport policy.",
            ),
            ("h", 1, "Part 5: Where and how"),
            _code("I", "5I Placement"),
            (
                "S",
                "I",
                "Dunsley Vale College (general further education college), Entry Level 3 study programme in catering and hospitality, from 6 September 2027.",
            ),
            (
                "p",
                "Until the end of the summer term 2027: Harrowby Moor School (mainstream, 11 to 16).",
            ),
            _code("J", "5J Personal budget"),
            ("S", "J", "Niamh and her parents have not requested a personal budget."),
            _code("K", "5K Advice and information"),
            (
                "S",
                "K",
                "Physiotherapy advice, Dunsley and Moorside Community Children's Physiotherapy, November 2026; annual review report, Harrowby Moor School, November 2026; educational psychology advice, July 2021.",
            ),
        ],
    ),
    reports=[
        dict(
            file=PT4,
            footer="Dunsley and Moorside Community Children's Physiotherapy - confidential",
            author="Owen Pryce",
            blocks=[
                ("org", "Dunsley and Moorside Community Health NHS Trust"),
                (
                    "small",
                    "Children's Physiotherapy, Moorside Health Centre, Fell Road, Moorside UD3 5RA. Telephone 01632 960905",
                ),
                ("title", "Physiotherapy advice: Year 11 annual review"),
                (
                    "kv",
                    [
                        ("Name", "Niamh Corrigan"),
                        ("Date of birth", "02.02.2011"),
                        (
                            "Seen",
                            "Harrowby Moor School, 4 November 2026 (food technology lesson and PE); clinic, 11 November 2026",
                        ),
                        (
                            "Physiotherapist",
                            "Owen Pryce, Highly Specialist Paediatric Physiotherapist",
                        ),
                    ],
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        X(
                            "Niamh has been known to the service since the age of six, when she was referred for frequent falls and a delay in riding a bike.",
                            "history",
                        ),
                        X(
                            "She had blocks of therapy in 2018 and 2021 and was discharged to a home programme in 2022.",
                            "history: past therapy",
                        ),
                        X(
                            "She was re-referred by the school in September 2026 ahead of her move to college, because of concerns about safety in the training kitchen.",
                            "history: reason for referral",
                        ),
                    ],
                ),
                ("h", 2, "Assessment"),
                (
                    "p",
                    [
                        X(
                            "On the Bruininks-Oseretsky Test of Motor Proficiency (BOT-2, short form) her standard score was 32, well below the average range.",
                            "test result",
                        ),
                        X("Her Beighton score is 6 out of 9.", "test result"),
                        X(
                            "Niamh now jogs the length of the sports hall and manages the school stairs with a rail, which she could not do safely two years ago.",
                            "progress",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Her standing balance is poor: she could not stand on one leg for more than three seconds, and she steadies herself on the worktop when she turns quickly.",
                            SP,
                            B4_DCD,
                        ),
                        N(
                            "Niamh reports aching knees and ankles after standing for more than twenty minutes, which will matter in a training kitchen where students stand for most of a three-hour practical.",
                            SP,
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "She cannot safely carry a hot pan or a full tray while walking, because her grip is weak and her balance falls away when both hands are occupied.",
                            SP,
                            B4_DCD,
                        ),
                        X(
                            "In the food technology lesson she dropped a jug of water and spilt a tray of scones, and was visibly embarrassed.",
                            "observation narrative",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Her handwriting is slow and untidy and she cannot keep up with written notes in lessons.",
                            SP,
                            B4_DCD,
                        ),
                        N(
                            "By the afternoon she is noticeably more tired, her posture slumps and she trips more often.",
                            SP,
                            B4_TIRED,
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "Joint hypermobility means that the ligaments around Niamh's joints are more elastic than usual, so her muscles have to work harder to hold her joints steady; this is why she aches after standing and why strengthening, rather than rest, is the long-term answer.",
                        "explanation of a condition",
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Who", "How often"],
                        [
                            R(
                                "A core stability and lower-limb strengthening programme (provided), carried out by a learning support assistant at college",
                                SP,
                                "wrong_section",
                                G4_PROG,
                                section="G",
                            ),
                            "Learning support assistant; programme reviewed by the physiotherapist each term",
                            "20 minutes, three times a week",
                        ],
                        [
                            R(
                                "A perching stool at each workstation in the training kitchen, with a seated break of five minutes in every 45 minutes of practical work",
                                SP,
                                "not_specific",
                                F4_STOOL,
                            ),
                            "Catering tutors",
                            "Every practical session",
                        ],
                        [
                            R(
                                "Adapted kitchen equipment: a trolley for moving hot and heavy items, two-handled lightweight pans, a non-slip chopping board and an angled knife",
                                SP,
                                "missing_from_f",
                            ),
                            "College, with advice from the physiotherapist",
                            "In place before September 2027",
                        ],
                        [
                            R(
                                "A laptop for written work and note-taking",
                                SP,
                                "specific",
                                F4_LAPTOP,
                            ),
                            "College",
                            "All sessions",
                        ],
                        [
                            R(
                                "Physiotherapy review",
                                HEALTH,
                                "not_educational",
                                G4_REV,
                                section="G",
                            ),
                            "Children's physiotherapy service",
                            "Termly until transfer to adult services",
                        ],
                    ],
                    [0.5, 0.28, 0.22],
                ),
                (
                    "p",
                    R(
                        "I would encourage Niamh to keep up her Saturday swimming, which she enjoys and which is the best all-round exercise for her joints.",
                        SP,
                        "not_educational",
                    ),
                ),
                (
                    "p",
                    X(
                        "I considered whether Niamh needs a wheelchair or walking aid for longer distances but do not think this is necessary or what she would want.",
                        "option considered and not recommended",
                    ),
                ),
                ("p", "Owen Pryce, Highly Specialist Paediatric Physiotherapist, 16 November 2026"),
            ],
        ),
        dict(
            file=AR4,
            footer="Harrowby Moor School - annual review report - Niamh Corrigan - page {n} of {m}",
            author="Bethan Lisle",
            accent="2E4A1F",
            blocks=[
                ("org", "Harrowby Moor School"),
                ("small", "Moor Top Road, Harrowby, Upper Dunsley UD7 2NP. Telephone 01632 960318"),
                ("title", "Annual review report: Year 11"),
                (
                    "kv",
                    [
                        ("Student", "Niamh Corrigan"),
                        ("Review meeting", "26 November 2026"),
                        (
                            "Present",
                            "Niamh; Mr and Mrs Corrigan; Mrs B Lisle, SENCo; Mr A Hewitt, form tutor; Ms R Tanaka, additional learning support, Dunsley Vale College",
                        ),
                    ],
                ),
                ("h", 2, "Niamh's views"),
                (
                    "p",
                    X(
                        "Niamh said: 'I want to work in a cafe, maybe my own one day. Kitchens are hot and busy but I like being busy. I'm scared of dropping things in front of everyone.'",
                        "the young person's view quoted at the review",
                    ),
                ),
                ("h", 2, "Parents' views"),
                (
                    "p",
                    X(
                        "Mr Corrigan said the family would like Niamh to learn to get the bus to college, because they both work and cannot drive her every day.",
                        "parent's view quoted at the review",
                    ),
                ),
                (
                    "p",
                    X(
                        "Mrs Corrigan said that Niamh has grown in confidence since working on the market stall on Saturdays.",
                        "parent's view: progress",
                    ),
                ),
                ("h", 2, "Progress against outcomes"),
                (
                    "grid",
                    [
                        ["Outcome", "Progress", "Status"],
                        [
                            "Niamh will follow a picture recipe independently.",
                            X(
                                "She made a batch of bread rolls alone from a picture recipe in October.",
                                "progress against an outcome",
                            ),
                            "Achieved",
                        ],
                        [
                            "Niamh will use a laptop for extended writing.",
                            X(
                                "Uses the laptop in English and humanities; typing speed 18 words per minute.",
                                "progress against an outcome",
                            ),
                            "Achieved",
                        ],
                        [
                            "Niamh will count out coins to pay for items up to 5 pounds.",
                            X(
                                "She can do this slowly at home but not yet under pressure at the school cafe till.",
                                "progress against an outcome",
                            ),
                            "Partly",
                        ],
                    ],
                    [0.4, 0.45, 0.15],
                ),
                (
                    "p",
                    X(
                        "Niamh has helped in the school's Friday cafe since Year 10 and is now trusted to run the drinks counter with a partner, which the catering tutor says is her real strength.",
                        "strength and history",
                    ),
                ),
                ("h", 2, "Niamh's needs now"),
                (
                    "p",
                    [
                        X(
                            "Niamh is predicted to achieve Functional Skills English at Entry Level 3 and maths at Entry Level 2 this year.",
                            "predicted grades",
                        ),
                        N(
                            "Her reading is at about Entry Level 3: she can follow a recipe with pictures but not a written recipe with several steps.",
                            CL,
                            B4_MLD,
                        ),
                    ],
                ),
                (
                    "p",
                    N(
                        "Niamh cannot yet reliably tell the time on an analogue clock or work out how long she has until her bus, and she finds handling money under pressure very hard.",
                        CL,
                        B4_NUM,
                    ),
                ),
                (
                    "p",
                    N(
                        "In practical lessons she loses track of where she is in a task and will repeat a step or miss one out unless an adult points to her task card.",
                        CL,
                        B4_ORG,
                    ),
                ),
                (
                    "p",
                    N(
                        "She avoids PE and any practical activity in front of a large group, and needs a great deal of encouragement to have a go.",
                        SEMH,
                        B4_CONF,
                    ),
                ),
                (
                    "p",
                    N(
                        "Niamh has never travelled by bus on her own, and the journey to Dunsley Vale College takes 40 minutes with a change at Dunsley Cross.",
                        "other",
                        None,
                    ),
                ),
                ("h", 2, "Recommendations for the amended plan"),
                (
                    "bul",
                    [
                        R(
                            "Functional Skills maths at Entry Level 3 with a focus on money, time and measures, taught in a group of no more than eight for at least three hours a week.",
                            CL,
                            "not_specific",
                            F4_FSM,
                        ),
                        R(
                            "Travel training from the college's independent travel trainer, two sessions a week from the start of the autumn term until she can make the journey alone.",
                            "other",
                            "missing_from_f",
                        ),
                        R(
                            "A learning support assistant in all practical kitchen sessions, which on the Entry 3 programme is about 9 hours a week.",
                            SP,
                            "less",
                            F4_LSA,
                        ),
                        R(
                            "Step-by-step photo task cards for every recipe, prepared by the tutor in advance.",
                            CL,
                            "specific",
                            F4_CARDS,
                        ),
                        R(
                            "25% extra time and a reader in Functional Skills assessments, as now.",
                            CL,
                            "specific",
                            F4_EXAM,
                        ),
                        R(
                            "A named tutor who meets Niamh for 20 minutes every week to go over her week and her targets.",
                            SEMH,
                            "specific",
                            F4_TUTOR,
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "The college confirmed that it can meet Niamh's needs on the Entry Level 3 programme and that a supported internship is not appropriate until she has completed it.",
                        "placement: option considered",
                    ),
                ),
                ("p", "Bethan Lisle, SENCo, 30 November 2026"),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
