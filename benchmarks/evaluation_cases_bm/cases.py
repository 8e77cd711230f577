# ruff: noqa: E501, N802
"""Set BM as data: genetic and neurological conditions (a 6-year-old with Williams
syndrome, a 9-year-old with 22q11.2 deletion syndrome, an 11-year-old with Prader-Willi
syndrome whose food must be kept secure, and a 14-year-old with tuberous sclerosis,
epilepsy and a learning disability), in plan layouts no earlier set has.

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

TITLE = {
    "A": "Views, Interests and Aspirations",
    "B": "Special Educational Needs",
    "C": "Health Needs",
    "D": "Social Care Needs",
    "E": "Outcomes",
    "F": "Special Educational Provision",
    "G": "Health Provision",
    "H1": "Social Care Provision (Section 2, Chronically Sick and Disabled Persons Act 1970)",
    "H2": "Other Social Care Provision",
    "I": "Placement",
    "J": "Personal Budget",
    "K": "Advice and Information",
}


# ---------------------------------------------------------------------------
# case-evalbm-01: Castlemere County Council; Maya Okonjo-Reeve, 6, Year 1, Williams syndrome
# layout "section-word-letter-space-title-case-kv-area-rows": Word headings
# "Section B Special Educational Needs" (no punctuation between letter and name);
# Section B a two-column table of area rows; Section F a table Provision | Who | How often.
# ---------------------------------------------------------------------------

B1_TALK = "Maya chats easily and uses lots of grown-up words, but she often does not really understand what has been said to her, especially when instructions are long."
B1_WORRY = "Maya worries a lot about what is going to happen next and asks the same questions over and over, such as who will collect her."
B1_NOISE = "Some everyday sounds upset her a great deal, like the hand dryers, the fire bell and balloons popping, and she covers her ears and cries."
B1_SHAPES = "She finds it very hard to copy shapes, do jigsaws and put her letters in the right place on the line."
B1_NUMBER = "Numbers and counting are much harder for Maya than reading; she is not yet sure of numbers to 10."
B1_ATTN = "She is easily pulled away from her work by anything going on around her."

F1_TIMETABLE = "A visual timetable on her desk, with the next change in the day pointed out to her by an adult before it happens."
F1_MATHS = "One-to-one maths with a teaching assistant using counters, number lines and other objects to handle, to pre-teach the week's number work."
F1_ELSA = "Access to ELSA support as needed."
F1_NOISE = "Maya will be told by her class teacher before every planned fire drill and will have her own ear defenders kept in the classroom; she may leave the toilets before the hand dryers are used."
F1_GROUP = "Regular opportunities to work in a small group."
F1_WRITE = "A writing slope, pencil grip and paper with raised lines for all writing tasks."

G1_OT = "The children's occupational therapy service will set a handwriting and fine motor programme for Maya, to be carried out by school staff for ten minutes each day, and will review it each term."
G1_CARDIO = "Maya will continue to be reviewed every year by the paediatric cardiology clinic at Castlemere General Hospital."

GEN1 = "genetics_letter.pdf"
NP1 = "neuropsychology_report.docx"


def _sec1(sid: str) -> tuple:
    return ("H", sid, f"Section {sid} {TITLE[sid]}", "h1")


CASE_01 = dict(
    name="case-evalbm-01",
    layout="section-word-letter-space-title-case-kv-area-rows",
    summary=(
        "Castlemere County Council; Maya Okonjo-Reeve, 6 years 2 months, Year 1 at Fernbridge Primary School "
        "(Williams syndrome: language comprehension weaker than speech, anxiety, sensitivity to noise, visuospatial "
        "and number difficulties, attention, over-friendliness with strangers, working memory, steps and kerbs). "
        "Word headings 'Section B Special Educational Needs' with no punctuation after the letter; B as a table of "
        "area rows; F a table Provision / Who / How often. A clinical geneticist's letter (.pdf: a long medical "
        "history, short recommendations) and a paediatric neuropsychologist's report (.docx: index scores, "
        "recommendations argued at length)."
    ),
    note="The neuropsychologist's daily fine motor and handwriting programme delivered by school staff stands in Section G as an occupational therapy offer: provision in the wrong section. Annual cardiology review in G is health provision. Infant hypercalcaemia, feeding difficulty and the heart findings are history or test results.",
    plan=dict(
        file="plan.docx",
        footer="Castlemere County Council - Education, Health and Care Plan - Maya Okonjo-Reeve - issued 9 November 2026",
        author="Castlemere SEND Casework",
        title="EHC Plan - Maya Okonjo-Reeve",
        style="lettered",
        blocks=[
            ("org", "Castlemere County Council"),
            (
                "p",
                "Special Educational Needs and Disabilities Casework Team, County Hall, Castlemere - 01632 960731",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Maya Okonjo-Reeve"),
                    ("Date of birth", "14 September 2020"),
                    ("NHS number", "999 318 2046"),
                    ("School", "Fernbridge Primary School, Year 1"),
                    ("Parents", "Adaeze Okonjo and Tom Reeve"),
                    ("Casework officer", "Mr L Haskins, 01632 960734"),
                ],
            ),
            _sec1("A"),
            (
                "S",
                "A",
                "Maya loves singing, her keyboard and the school choir, and she knows the words of every song from her favourite films.",
            ),
            (
                "p",
                'Maya says: "I want to have lots of friends and be a singer." Her parents want her to be safe, happy and able to read and count well enough to manage on her own one day.',
            ),
            _sec1("B"),
            (
                "S",
                "B",
                "Maya has Williams syndrome, a genetic condition that affects her learning, her feelings and how she manages the world around her.",
            ),
            (
                "kv",
                [
                    ("Communication and interaction", B1_TALK),
                    ("Cognition and learning", [B1_SHAPES, B1_NUMBER, B1_ATTN]),
                    ("Social, emotional and mental health", B1_WORRY),
                    ("Sensory and physical", B1_NOISE),
                ],
                [0.34, 0.66],
            ),
            _sec1("C"),
            (
                "S",
                "C",
                "Maya has a narrowing of the main artery leaving her heart (supravalvular aortic stenosis), which is checked every year and does not limit what she can do at school at present.",
            ),
            _sec1("D"),
            ("S", "D", "No social care needs have been identified."),
            _sec1("E"),
            (
                "S",
                "E",
                "By the end of Year 2, Maya will count reliably to 20 and add two small numbers using objects.",
            ),
            (
                "p",
                "By the end of Year 2, Maya will use a worry book or a calm-down card to tell an adult when she is anxious, instead of asking the same question repeatedly.",
            ),
            (
                "p",
                "By the end of Year 2, Maya will follow a two-part instruction given to the whole class.",
            ),
            (
                "p",
                "By the end of Year 2, Maya will form most lower-case letters correctly on a line.",
            ),
            _sec1("F"),
            (
                "S",
                "F",
                "Fernbridge Primary School will make the following provision from its own resources and the top-up funding agreed by the council.",
            ),
            (
                "grid",
                [
                    ["Provision", "Who", "How often"],
                    [
                        ("F", F1_TIMETABLE, True),
                        "Class teacher and teaching assistant",
                        "Every school day, at each change of activity",
                    ],
                    [
                        ("F", F1_MATHS, True),
                        "Teaching assistant, planned by the class teacher",
                        "Three 15-minute sessions a week",
                    ],
                    [("F", F1_ELSA, False), "ELSA", ""],
                    [
                        ("F", F1_NOISE, True),
                        "Class teacher",
                        "Before every planned drill; ear defenders always available",
                    ],
                    [("F", F1_GROUP, False), "Teaching assistant", ""],
                    [("F", F1_WRITE, True), "Class teacher", "Every writing lesson"],
                ],
                [0.52, 0.25, 0.23],
            ),
            _sec1("G"),
            ("S", "G", G1_CARDIO),
            ("p", G1_OT),
            _sec1("H1"),
            ("S", "H1", "None."),
            _sec1("H2"),
            (
                "S",
                "H2",
                "None at present; the family have been given details of the Castlemere short breaks local offer.",
            ),
            _sec1("I"),
            (
                "S",
                "I",
                "Fernbridge Primary School, Mill Road, Castlemere (community primary school).",
            ),
            _sec1("J"),
            ("S", "J", "No personal budget has been requested."),
            _sec1("K"),
            (
                "S",
                "K",
                "Letter from Dr Priya Venkataraman, consultant clinical geneticist (June 2026); report of Dr Hannah Lockwood, paediatric neuropsychologist (August 2026); advice from Fernbridge Primary School; parents' views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=GEN1,
            footer="Castlemere Regional Genetics Service - Dr P Venkataraman - page {n} of {m}",
            author="Dr P Venkataraman",
            blocks=[
                (
                    "org",
                    "Castlemere and Weald NHS Foundation Trust - Regional Clinical Genetics Service",
                ),
                ("small", "Genetics Unit, Level 4, Castlemere General Hospital - 01632 960752"),
                ("small", "Clinic date 2 June 2026 - typed 11 June 2026 - ref CG/26/4417"),
                (
                    "p",
                    "To: SEND Casework Team, Castlemere County Council; copy to Dr R Mensah, GP, and to parents",
                ),
                ("p", "Re: Maya OKONJO-REEVE, DOB 14/09/2020, NHS 999 318 2046"),
                ("b", "Diagnosis"),
                (
                    "bul",
                    [
                        "Williams syndrome (7q11.23 deletion), confirmed by microarray",
                        "Mild supravalvular aortic stenosis",
                        "Hyperacusis",
                    ],
                ),
                ("p", "Dear colleagues,"),
                (
                    "p",
                    [
                        "I saw Maya with her mother in the genetics clinic on 2 June to review her progress and to contribute advice to her EHC needs assessment.",
                        X(
                            "Maya was referred to us at 13 months because of a heart murmur, feeding difficulty and slow weight gain, and the microarray confirmed a deletion at 7q11.23, the Williams syndrome region.",
                            "history: diagnosis",
                        ),
                        X(
                            "As a baby she had a raised calcium level, which was treated with a low-calcium formula and has been normal on every check since she was two.",
                            "history: resolved",
                        ),
                        X(
                            "Her feeding problems settled once she moved onto solid food, and she now eats a full and varied diet.",
                            "history: resolved",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Her most recent echocardiogram in March showed a mild narrowing above the aortic valve, unchanged from last year, and her blood pressure was normal.",
                            "test result",
                        ),
                        X(
                            "Her hearing was tested in the audiology clinic in April and was normal in both ears.",
                            "test result",
                        ),
                        "Her mother tells me that Maya is healthy and rarely misses school, and that she loves music above everything.",
                    ],
                ),
                (
                    "p",
                    [
                        "Williams syndrome brings a recognisable pattern of strengths and difficulties.",
                        N(
                            "Maya shows the over-friendliness typical of the condition: she will walk up to strangers, hug them and go off with them, and she has no sense of which adults are safe.",
                            "semh",
                            None,
                        ),
                        N(
                            "She has marked sensitivity to everyday noises such as hand dryers, drills and balloons, which causes her real distress.",
                            "sensory_physical",
                            B1_NOISE,
                        ),
                        N(
                            "Like many children with Williams syndrome, Maya has difficulty judging depth, so she is unsteady on steps, kerbs and changes of floor surface.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                ("b", "Recommendations"),
                (
                    "p",
                    [
                        R(
                            "Maya should continue to be seen once a year in the paediatric cardiology clinic, with an echocardiogram and blood pressure check.",
                            "health",
                            "not_educational",
                            G1_CARDIO,
                            section="G",
                        ),
                        R(
                            "School should plan for her sensitivity to noise, warning her before fire drills and letting her wear ear defenders in noisy places.",
                            "sensory_physical",
                            "specific",
                            F1_NOISE,
                        ),
                        R(
                            "At home, I would encourage her parents to use simple social stories to prepare her for hospital appointments.",
                            "semh",
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "p",
                    "I have not arranged to see Maya again in the genetics clinic but would be happy to do so if new questions arise.",
                ),
                ("p", "Yours sincerely,"),
                ("p", "Dr Priya Venkataraman, Consultant Clinical Geneticist"),
            ],
        ),
        dict(
            file=NP1,
            style="headed",
            footer="Castlemere Paediatric Psychology Service - Neuropsychological assessment - Maya Okonjo-Reeve - CONFIDENTIAL",
            author="Dr H Lockwood",
            blocks=[
                ("org", "Castlemere Paediatric Psychology Service"),
                (
                    "small",
                    "Child Development Centre, Larch Avenue, Castlemere - 01632 960768 - psychology@castlemere-nhs.example.org",
                ),
                ("title", "Paediatric Neuropsychological Assessment"),
                (
                    "kv",
                    [
                        ("Name", "Maya Okonjo-Reeve"),
                        ("Age at assessment", "5 years 11 months"),
                        ("Assessed by", "Dr Hannah Lockwood, Clinical Neuropsychologist"),
                        ("Dates", "4 and 11 August 2026, clinic and home"),
                    ],
                ),
                ("h", 1, "Background"),
                (
                    "p",
                    [
                        X(
                            "Maya was diagnosed with Williams syndrome at 14 months, after a heart murmur was heard at her baby check.",
                            "history: diagnosis",
                        ),
                        X(
                            "She attended Bluebell Nursery from the age of three, where she had an early years SEN support plan and a key worker for part of each day.",
                            "history: support already in place",
                        ),
                        X(
                            "She now has a teaching assistant in class every morning, shared with two other children.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 1, "Assessment results"),
                (
                    "p",
                    "The WPPSI-IV was given over two sessions. Index scores (mean 100, standard deviation 15) were as follows.",
                ),
                (
                    "grid",
                    [
                        ["Index", "Standard score", "Percentile", "Range"],
                        ["Verbal Comprehension", "81", "10", "Low average"],
                        ["Visual Spatial", "55", "<0.1", "Extremely low"],
                        ["Fluid Reasoning", "70", "2", "Very low"],
                        ["Working Memory", "64", "1", "Extremely low"],
                        ["Processing Speed", "72", "3", "Very low"],
                    ],
                    [0.34, 0.22, 0.18, 0.26],
                ),
                (
                    "p",
                    [
                        X(
                            "Her verbal comprehension score is a relative strength and is well above her visual spatial score, a gap of 26 points that is typical of the Williams syndrome profile.",
                            "test result",
                        ),
                        X(
                            "Maya was a delightful and chatty companion throughout, and she sang to me between subtests.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 1, "What the results mean for Maya"),
                (
                    "p",
                    [
                        N(
                            "Maya's expressive language gives a misleading impression of her understanding: she uses sophisticated vocabulary and social phrases, but her comprehension of longer or more abstract instructions is considerably weaker.",
                            "communication_interaction",
                            B1_TALK,
                        ),
                        N(
                            "Her visuospatial skills are extremely weak, so that copying shapes, completing puzzles and placing letters and numbers on a page are very difficult for her.",
                            "cognition_learning",
                            B1_SHAPES,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Maya's working memory is extremely limited, and she loses track of an instruction with more than one step before she can carry it out.",
                            "cognition_learning",
                            None,
                        ),
                        N(
                            "Number is her weakest area of attainment: she cannot yet count a set of objects reliably beyond five or recognise numbers to ten.",
                            "cognition_learning",
                            B1_NUMBER,
                        ),
                        N(
                            "Her attention is easily captured by sounds and movement around her, and she needs frequent redirection to stay with a task.",
                            "cognition_learning",
                            B1_ATTN,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Maya is an anxious child who worries intensely about future events and changes, and she seeks reassurance by asking the same questions repeatedly.",
                            "semh",
                            B1_WORRY,
                        ),
                        X(
                            "Her parents told me that the night-time fears she had last winter have eased since she started sleeping with a night light.",
                            "history: resolved",
                        ),
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "p",
                    "I have set out each recommendation with my reasons, because several of them depend on understanding Maya's uneven profile.",
                ),
                (
                    "p",
                    [
                        R(
                            "Maya should be taught number through concrete apparatus in a one-to-one session of 20 minutes every day, pre-teaching the week's maths, with a teaching assistant following a plan set by the class teacher.",
                            "cognition_learning",
                            "less",
                            F1_MATHS,
                        ),
                        X(
                            "Children with this profile rely heavily on language and find abstract number very hard, so daily handling of objects is needed for number facts to become secure.",
                            "reason for a recommendation",
                        ),
                        X(
                            "I considered recommending a published computer-based maths programme, but its screens are visually crowded and would play to her weakest skills, so I do not advise it.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Instructions should be given to Maya in short chunks, one step at a time, and an adult should check her understanding by asking her to show what she has to do, rather than relying on her saying yes.",
                            "communication_interaction",
                            "missing_from_f",
                        ),
                        X(
                            "Because she talks so well, adults will tend to overestimate how much she has understood.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "She needs a visual timetable that is kept at her place and gone through with her, with an adult warning her of each change shortly before it happens.",
                            "semh",
                            "specific",
                            F1_TIMETABLE,
                        ),
                        R(
                            "Maya should have a weekly 30-minute session with the school's ELSA to learn to name her worries and use a worry book, so that her anxiety is contained rather than spilling into the whole day.",
                            "semh",
                            "not_specific",
                            F1_ELSA,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "A personal safety programme should be taught to Maya in a small group each week, using a circles approach to who is family, who is a friend and who is a stranger, with adults keeping her in sight at the school gate and on trips.",
                            "semh",
                            "missing_from_f",
                        ),
                        X(
                            "Her warmth towards everyone is one of her great strengths, but it also puts her at real risk, and this needs to be taught explicitly rather than left to chance.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "A fine motor and handwriting programme, set by an occupational therapist, should be carried out in school by a teaching assistant for ten minutes every day.",
                            "sensory_physical",
                            "wrong_section",
                            G1_OT,
                            section="G",
                        ),
                        R(
                            "She should have a writing slope and pencil grip available for all written work.",
                            "sensory_physical",
                            "specific",
                            F1_WRITE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "A special school was mentioned by a relative, but Maya is learning well alongside her peers and I see no reason at present to depart from a mainstream placement.",
                            "option considered and rejected",
                        ),
                        "I would be glad to review Maya in two years, before she moves into Key Stage 2.",
                    ],
                ),
                ("p", "Dr Hannah Lockwood, CPsychol, Clinical Neuropsychologist - 28 August 2026"),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbm-02: Wyvernham MBC; Reuben Castellanos-Hart, 9, Year 4, 22q11.2 deletion syndrome
# layout "band-uppercase-name-italic-plain-subline-unlettered": each section a shaded band
# with the statutory name in capitals and no letter, then an italic line in plain words.
# ---------------------------------------------------------------------------

B2_SPEECH = "People who do not know Reuben well often cannot understand what he says, because his voice comes down his nose and some sounds are missing."
B2_WORDS = "He often cannot find the word he wants and says 'that thing' or 'you know' instead."
B2_MATHS = "Maths is hard for Reuben, especially place value and problems written in words."
B2_TIME = (
    "Reuben needs more time than other children to take in a question and work out his answer."
)
B2_WORRY = "Reuben is worried that other children will laugh at the way he talks, so he hardly ever puts his hand up or speaks in front of the class."
B2_WRITE = "His handwriting is slow and untidy, and his hand gets tired quickly."
B2_INSTR = (
    "He can lose track of what to do when an adult gives the class several instructions together."
)

F2_SALT = "Six sessions of direct speech and language therapy a year, delivered in school by a speech and language therapist from the Wyvernham Children's Speech and Language Therapy Service, who will also set targets for the vocabulary programme."
F2_VOCAB = "A word-finding and vocabulary programme, delivered one-to-one by a trained teaching assistant for 20 minutes three times a week."
F2_TRAIN = "Training for staff as needed."
F2_PT = "Precision teaching in maths, one-to-one with a teaching assistant, for 10 minutes every school day."
F2_WAIT = "All adults will give Reuben at least ten seconds to answer a question and will tell him the day before if he is going to be asked to read aloud or answer in front of the class."
F2_QUIET = "Access to a quiet space when needed."
F2_TYPE = "A laptop for extended writing in every lesson where more than a short paragraph is expected, with a 15-minute touch-typing programme twice a week."

C2_REST = "Reuben will have a ten-minute rest in the school's quiet room every afternoon after lunch, supervised by a teaching assistant."
G2_CLEFT = "The Wessex and Wyvern Cleft Service will continue to review Reuben's speech and palate every year and will advise whether further surgery is needed."

SL2 = "salt_report.pdf"
SC2 = "senco_advice.docx"


def _band2(sid: str, gloss: str) -> list:
    return [("H", sid, NAMES[sid].upper(), "band"), ("i", gloss)]


CASE_02 = dict(
    name="case-evalbm-02",
    layout="band-uppercase-name-italic-plain-subline-unlettered",
    summary=(
        "Wyvernham Metropolitan Borough Council; Reuben Castellanos-Hart, 9, Year 4 at St Aldhelm's CE Junior School "
        "(22q11.2 deletion syndrome: hypernasal speech, word-finding, understanding of inference, maths, slow processing, "
        "anxiety about speaking, handwriting, fatigue, isolation at playtime). Each section is a shaded band with the "
        "statutory name in capitals and **no letter**, then an italic line in plain words. A speech and language "
        "therapist's report (.pdf, a Recommendation / Who and how often / Reason table) and the SENCo's advice "
        "(.docx, first person plural, bullets with the reasons mixed in)."
    ),
    note="The SENCo's afternoon rest break is written into the health needs section (C) rather than into the provision: provision in the wrong section. The cleft service's yearly review in the health provision section is correctly there. The SENCo's list of support already in place is not a set of recommendations.",
    plan=dict(
        file="plan.pdf",
        footer="Wyvernham MBC | EHC plan | Reuben Castellanos-Hart | page {n} of {m}",
        author="Wyvernham SEND Service",
        title="EHC plan - Reuben Castellanos-Hart",
        accent="5B2C6F",
        blocks=[
            ("org", "Wyvernham Metropolitan Borough Council"),
            (
                "small",
                "SEND Assessment and Review Service, Civic Centre, Wyvernham - 01632 960812 - send@wyvernham.example.org",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Reuben Castellanos-Hart"),
                    ("Date of birth", "22 January 2017"),
                    ("NHS number", "999 257 6183"),
                    ("School", "St Aldhelm's CE Junior School, Year 4"),
                    ("Parent", "Ms Lucia Castellanos"),
                    ("Date of this plan", "16 November 2026"),
                ],
            ),
            *_band2("A", "What Reuben and his family told us"),
            (
                "S",
                "A",
                "Reuben loves building Lego spaceships, watching football with his grandad and feeding the class guinea pigs.",
            ),
            (
                "p",
                "He would like people to understand him the first time he says something. His mum wants him to have friends to play with and to feel confident to speak up in class.",
            ),
            *_band2("B", "What Reuben finds hard"),
            (
                "S",
                "B",
                "Reuben has 22q11.2 deletion syndrome, which affects his speech, his learning and his confidence.",
            ),
            ("bul", [B2_SPEECH, B2_WORDS, B2_INSTR, B2_TIME]),
            ("bul", [B2_MATHS, B2_WRITE, B2_WORRY]),
            *_band2("C", "Reuben's health"),
            (
                "S",
                "C",
                "Reuben had his cleft palate repaired as a baby and still has some air escaping through his nose when he speaks; he also had heart surgery as a baby and is well now.",
            ),
            ("p", C2_REST),
            *_band2("D", "Reuben's care"),
            ("S", "D", "Reuben does not have any assessed social care needs."),
            *_band2("E", "What we want Reuben to achieve"),
            (
                "S",
                "E",
                "By July 2028, Reuben will be understood by an unfamiliar adult in a short conversation about something he has done.",
            ),
            (
                "p",
                "By July 2028, Reuben will use a word map or a description to get round a word he cannot find.",
            ),
            (
                "p",
                "By July 2028, Reuben will answer a question in front of the class at least once a day.",
            ),
            (
                "p",
                "By July 2028, Reuben will understand place value to 1,000 and solve one-step word problems.",
            ),
            *_band2("F", "The help Reuben will get at school"),
            (
                "S",
                "F",
                "St Aldhelm's CE Junior School will make sure the following help is in place.",
            ),
            ("b", "Speech and language"),
            ("bul", [("F", F2_SALT, True), ("F", F2_VOCAB, True), ("F", F2_TRAIN, False)]),
            ("b", "Learning"),
            ("bul", [("F", F2_PT, True), ("F", F2_WAIT, True), ("F", F2_TYPE, True)]),
            ("b", "Confidence and wellbeing"),
            ("bul", [("F", F2_QUIET, False)]),
            *_band2("G", "Health services"),
            ("S", "G", G2_CLEFT),
            ("p", "Reuben's GP will continue to check his calcium and thyroid levels once a year."),
            *_band2("H1", "Care services under the 1970 Act"),
            ("S", "H1", "Not applicable at present."),
            *_band2("H2", "Other care services"),
            ("S", "H2", "No other care services are needed at the moment."),
            *_band2("I", "Reuben's school"),
            (
                "S",
                "I",
                "St Aldhelm's CE Junior School, Church Lane, Wyvernham (voluntary aided junior school).",
            ),
            *_band2("J", "Money for Reuben's support"),
            ("S", "J", "A personal budget has not been requested."),
            *_band2("K", "Reports used to write this plan"),
            (
                "S",
                "K",
                "Speech and language therapy report by Ms Fiona Achterberg (July 2026); advice from Mrs Denise Ollerenshaw, SENCo, St Aldhelm's CE Junior School (September 2026); paediatric advice from Dr M Quist (June 2026); Ms Castellanos's views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=SL2,
            footer="Wyvernham Children's Speech and Language Therapy Service - Reuben Castellanos-Hart - page {n} of {m}",
            author="F Achterberg",
            accent="2E6B5E",
            blocks=[
                ("org", "Wyvernham Community Health NHS Trust"),
                (
                    "small",
                    "Children's Speech and Language Therapy Service, Orchard Clinic, Wyvernham - 01632 960827",
                ),
                ("title", "Speech and Language Therapy Report for EHC Needs Assessment"),
                (
                    "kv",
                    [
                        ("Name", "Reuben Castellanos-Hart, 9 years 5 months"),
                        (
                            "Therapist",
                            "Fiona Achterberg, Specialist Speech and Language Therapist (cleft and craniofacial)",
                        ),
                        ("Seen", "School, 24 June 2026, and clinic, 1 July 2026"),
                    ],
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        X(
                            "Reuben was born with a cleft of the soft palate, which was repaired at 11 months, and his 22q11.2 deletion was found when he was tested after heart surgery at four months.",
                            "history: diagnosis",
                        ),
                        X(
                            "He had grommets for glue ear at the age of four, and his hearing has been normal at every test since.",
                            "history: resolved",
                        ),
                        X(
                            "He has had two blocks of speech therapy at the cleft centre, which helped him to produce 's' and 'sh' clearly.",
                            "history: support already in place",
                        ),
                    ],
                ),
                ("h", 2, "Assessment"),
                (
                    "grid",
                    [
                        ["Assessment", "Score", "Comment"],
                        ["CELF-5 Core Language", "Standard score 74", "Below average"],
                        ["CELF-5 Word Classes", "Scaled score 5", "Below average"],
                        ["Test of Word Finding (TWF-3)", "Standard score 71", "Well below average"],
                        ["Nasometry (oral passage)", "Nasalance 48%", "Moderate hypernasality"],
                    ],
                    [0.4, 0.26, 0.34],
                ),
                (
                    "p",
                    [
                        X(
                            "Reuben's speech has improved since my last report in 2024, and he can now produce most sounds correctly in single words.",
                            "progress",
                        ),
                        N(
                            "His speech remains moderately hypernasal because of velopharyngeal insufficiency, and unfamiliar listeners understand only about half of what he says in conversation.",
                            "communication_interaction",
                            B2_SPEECH,
                        ),
                        N(
                            "Reuben has significant word-finding difficulties, often using fillers or describing a word when he cannot retrieve it.",
                            "communication_interaction",
                            B2_WORDS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "He has particular difficulty understanding inference, idioms and abstract language, and he takes phrases such as 'pull your socks up' literally.",
                            "communication_interaction",
                            None,
                        ),
                        N(
                            "Reuben cannot reliably follow a spoken instruction with more than two parts, especially when it is given to the whole class.",
                            "communication_interaction",
                            B2_INSTR,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    "My recommendations are set out below, with who should carry each out and why.",
                ),
                (
                    "grid",
                    [
                        ["Recommendation", "Who and how often", "Reason"],
                        [
                            R(
                                "A block of six sessions of direct therapy each half term, in school, by a speech and language therapist.",
                                "communication_interaction",
                                "less",
                                F2_SALT,
                            ),
                            "Specialist SLT; weekly in term time",
                            X(
                                "Resonance and word-finding both need regular specialist input if Reuben is to keep the gains he has made.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "A word-finding and vocabulary programme using word maps, delivered by a trained teaching assistant three times a week for 20 minutes.",
                                "communication_interaction",
                                "specific",
                                F2_VOCAB,
                            ),
                            "Teaching assistant, set and reviewed by the SLT",
                            X(
                                "Word maps give him a route to words he cannot retrieve.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Training for Reuben's class teacher and teaching assistant on his speech and on listener strategies, at the start of each school year.",
                                "communication_interaction",
                                "not_specific",
                                F2_TRAIN,
                            ),
                            "SLT; one session each September",
                            X(
                                "Staff who understand his speech can support him without drawing attention to it.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Adults should not ask Reuben to repeat himself more than twice, and should offer him a choice of two answers or a whiteboard to write on when they have not understood.",
                                "semh",
                                "missing_from_f",
                            ),
                            "All staff, throughout the day",
                            X(
                                "Being asked to repeat himself again and again is what has made him stop talking in class.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Continued yearly review by the cleft team, including a discussion of further palate surgery.",
                                "health",
                                "not_educational",
                                G2_CLEFT,
                                section="G",
                            ),
                            "Wessex and Wyvern Cleft Service",
                            X(
                                "Surgery may reduce his hypernasality.",
                                "reason for a recommendation",
                            ),
                        ],
                    ],
                    [0.43, 0.27, 0.3],
                ),
                (
                    "p",
                    [
                        X(
                            "I considered whether Reuben would benefit from a speech-generating device, but his speech is understood well enough by people who know him, and he did not want one.",
                            "option considered and rejected",
                        ),
                        R(
                            "At home, his mum might play describing games such as 'guess what's in the bag' a few times a week.",
                            "communication_interaction",
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "p",
                    "Fiona Achterberg, Specialist Speech and Language Therapist, HCPC SL09921 - 8 July 2026",
                ),
            ],
        ),
        dict(
            file=SC2,
            style="headed",
            footer="St Aldhelm's CE Junior School - SENCo advice - Reuben Castellanos-Hart",
            author="D Ollerenshaw",
            blocks=[
                ("org", "St Aldhelm's CE Junior School"),
                ("small", "Church Lane, Wyvernham - 01632 960844 - senco@staldhelms.example.org"),
                ("title", "Advice from the school for Reuben's EHC needs assessment"),
                (
                    "p",
                    "Written by Mrs Denise Ollerenshaw, SENCo, with Mr Kofi Abbey, Reuben's class teacher, September 2026.",
                ),
                ("h", 1, "About Reuben"),
                (
                    "p",
                    [
                        X(
                            "Reuben is a kind and gentle boy who is always the first to help a friend who is upset.",
                            "strength",
                        ),
                        X(
                            "His reading has come on well this year, and he now reads books at the level expected for his age.",
                            "progress",
                        ),
                    ],
                ),
                ("h", 1, "What we already do"),
                (
                    "bul",
                    [
                        X(
                            "Reuben sits near the front of the class, facing the teacher.",
                            "support already in place",
                        ),
                        X(
                            "He has been in a Year 4 maths booster group three mornings a week since January.",
                            "support already in place",
                        ),
                        X(
                            "We use a pencil grip and a sloped board for his writing.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 1, "What we see in school"),
                (
                    "bul",
                    [
                        N(
                            "Reuben's understanding of place value is insecure, and he struggles to solve any problem given in words, even when he knows the calculation.",
                            "cognition_learning",
                            B2_MATHS,
                        ),
                        N(
                            "He takes a long time to process what is said to him and to answer, and we think his processing speed is well below that of his classmates.",
                            "cognition_learning",
                            B2_TIME,
                        ),
                        [
                            N(
                                "By the afternoon Reuben is visibly exhausted, putting his head on the desk and managing very little work after lunch.",
                                "sensory_physical",
                                None,
                            ),
                            X("His mum says this has been the case since Year 2.", "history"),
                        ],
                        N(
                            "He is anxious about speaking in front of others and will often say 'I don't know' rather than answer in class.",
                            "semh",
                            B2_WORRY,
                        ),
                        N(
                            "At playtime Reuben is usually on his own, walking round the edge of the playground, because he finds it hard to join in with other children's games.",
                            "semh",
                            None,
                        ),
                        N(
                            "His handwriting is slow and laboured, and he tires after a few lines.",
                            "sensory_physical",
                            B2_WRITE,
                        ),
                    ],
                ),
                ("h", 1, "What we think Reuben needs"),
                ("p", "We have talked these through with Reuben's mum and with Ms Achterberg."),
                (
                    "bul",
                    [
                        [
                            R(
                                "We would like Reuben to have precision teaching for number facts and place value, one-to-one for 10 minutes every day, because short daily practice works better for him than longer weekly groups.",
                                "cognition_learning",
                                "specific",
                                F2_PT,
                            ),
                        ],
                        [
                            R(
                                "We recommend a small lunchtime social group once a week, with two or three chosen classmates and an adult, so that Reuben has a way into friendships.",
                                "semh",
                                "missing_from_f",
                            ),
                            X(
                                "We tried a playground buddy last year, but Reuben found it embarrassing and asked for it to stop.",
                                "option tried and stopped",
                            ),
                        ],
                        [
                            R(
                                "Reuben needs a ten-minute rest break in the quiet room every afternoon, after lunch, with a teaching assistant, because without it he cannot learn for the rest of the day.",
                                "sensory_physical",
                                "wrong_section",
                                C2_REST,
                                section="C",
                            ),
                        ],
                        [
                            R(
                                "We should give Reuben at least ten seconds to answer before moving on, and warn him the day before when he will be asked to read or speak in front of the class.",
                                "semh",
                                "specific",
                                F2_WAIT,
                            ),
                            X(
                                "Warning him in advance lets him practise at home with his mum.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Reuben would benefit from a laptop for longer pieces of writing, with a touch-typing programme for 15 minutes twice a week.",
                                "sensory_physical",
                                "specific",
                                F2_TYPE,
                            ),
                        ],
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "We discussed a place at the speech and language resource base at Harrowgate Primary, but Reuben's mum wants him to stay with his friends, and we agree that his needs can be met here.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("p", "Denise Ollerenshaw, SENCo"),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalbm-03: Harnford BC; Lily-Rose Penhaligon, 11, Year 6, Prader-Willi syndrome
# layout "letter-space-uppercase-name-labelled-paragraphs": Word headings "B SPECIAL
# EDUCATIONAL NEEDS" (the letter, a space, the name in capitals), each paragraph
# labelled with its own code ("B3", "F4").
# ---------------------------------------------------------------------------

B3_FOOD = "Lily-Rose is hungry all the time and thinks about food for much of the day; she will take food from other children's bags or from the bin if it is anywhere she can reach it."
B3_CHANGE = "When her day changes without warning, for example a supply teacher or a wet play, she can become very upset, shout and refuse to move."
B3_STUCK = "She gets stuck on one idea and asks the same question again and again, most often what time lunch is."
B3_READ = "Lily-Rose can read the words on the page but does not always understand what she has read; her understanding is around that of a seven-year-old."
B3_MATHS = "In maths she finds money and telling the time especially difficult."
B3_TONE = "Her muscles are floppy and she tires quickly, so PE, long walks and carrying a heavy bag are hard for her."

F3_LOCK = "All food in Lily-Rose's classroom, including other children's lunch boxes and snacks, will be kept in a locked cupboard, and the classroom and cloakroom bins will have lockable lids."
F3_MOVE = "Lily-Rose will take part in 15 minutes of planned physical activity with a teaching assistant three times a week, in addition to her PE lessons."
F3_CHANGE = "Support to manage changes to her routine as needed."
F3_READ = "A small-group reading comprehension programme, led by a trained teaching assistant, for 30 minutes three times a week."
F3_MATHS = "One-to-one teaching of money and time with a teaching assistant for 20 minutes four times a week, using real coins and an analogue clock."
F3_REST = "Opportunities to rest if she is tired."

G3_SUPER = "Lily-Rose's diet will be managed in school by a named adult who will supervise her at every break and lunchtime, sitting with her while she eats her packed lunch and following the dietitian's plan."
G3_DIET = "The paediatric dietitian will review Lily-Rose's weight, growth and meal plan every three months at Harnford Children's Centre."
G3_ENDO = "Growth hormone treatment, given by her parents at home, will continue under the paediatric endocrinology team at Penwith Royal Hospital."

DT3 = "dietitian_report.docx"
SC3 = "school_advice.pdf"


def _sec3(sid: str) -> tuple:
    return ("H", sid, f"{sid} {NAMES[sid].upper()}", "h2")


CASE_03 = dict(
    name="case-evalbm-03",
    layout="letter-space-uppercase-name-labelled-paragraphs",
    summary=(
        "Harnford Borough Council; Lily-Rose Penhaligon, 11, Year 6 at Trenowan Primary Academy, moving to secondary "
        "school next September (Prader-Willi syndrome: hyperphagia with food to be kept secure, outbursts at change, "
        "repetitive questions, reading comprehension, money and time, low tone and stamina, skin picking, daytime "
        "sleepiness, falling out with friends). Word headings 'B SPECIAL EDUCATIONAL NEEDS' (letter, space, name in "
        "capitals) with each paragraph labelled 'B3', 'F4'. A paediatric dietitian's report (.docx: reported speech, "
        "options considered, recommendations argued at length) and the school's advice (.pdf: a table of support "
        "already in place with an Effect column, first person plural recommendations)."
    ),
    note="The dietitian's recommended supervision by a named adult at every break and lunchtime in school is written into Section G as 'diet management': provision in the wrong section. The dietitian's own three-monthly review and growth hormone treatment are correctly in G. Locks at home are advice for the family.",
    plan=dict(
        file="plan.docx",
        footer="Harnford Borough Council - EHC Plan - Lily-Rose Penhaligon - final, 20 November 2026",
        author="Harnford SEN Team",
        title="Education, Health and Care Plan - Lily-Rose Penhaligon",
        accent="7A3B12",
        blocks=[
            ("org", "HARNFORD BOROUGH COUNCIL"),
            ("p", "Special Educational Needs Team, Guildhall, Harnford - 01632 960903"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Lily-Rose Penhaligon"),
                    ("Date of birth", "5 March 2015"),
                    ("NHS number", "999 641 0927"),
                    ("Current school", "Trenowan Primary Academy (Year 6)"),
                    ("Parents", "Kerensa and Mark Penhaligon"),
                    ("Plan coordinator", "Mrs S Tregear, 01632 960906"),
                ],
            ),
            _sec3("A"),
            (
                "np",
                "A1",
                (
                    "S",
                    "A",
                    "Lily-Rose likes drawing horses, doing word searches and helping in the school library.",
                ),
            ),
            (
                "np",
                "A2",
                "She wants to go to Penhallow Academy with her friend Jasmine and to work with animals when she is older. Her parents want her to be safe around food and to keep her friends.",
            ),
            _sec3("B"),
            (
                "np",
                "B1",
                (
                    "S",
                    "B",
                    "Lily-Rose has Prader-Willi syndrome, a genetic condition that affects her appetite, her learning, her muscles and her feelings.",
                ),
            ),
            ("np", "B2", B3_FOOD),
            ("np", "B3", B3_CHANGE),
            ("np", "B4", B3_STUCK),
            ("np", "B5", B3_READ),
            ("np", "B6", B3_MATHS),
            ("np", "B7", B3_TONE),
            _sec3("C"),
            (
                "np",
                "C1",
                (
                    "S",
                    "C",
                    "Lily-Rose has Prader-Willi syndrome and receives daily growth hormone injections at home; her weight has to be watched very closely because she does not feel full after eating.",
                ),
            ),
            _sec3("D"),
            (
                "np",
                "D1",
                (
                    "S",
                    "D",
                    "The family have been assessed by the Children with Disabilities Team and receive short breaks one weekend a month.",
                ),
            ),
            _sec3("E"),
            (
                "np",
                "E1",
                (
                    "S",
                    "E",
                    "By the end of Year 7, Lily-Rose will use her visual timetable to cope with a change to her day without an outburst.",
                ),
            ),
            (
                "np",
                "E2",
                "By the end of Year 7, Lily-Rose will answer questions about a short text she has read at her own reading level.",
            ),
            (
                "np",
                "E3",
                "By the end of Year 7, Lily-Rose will pay for an item and count her change, and tell the time to the quarter hour.",
            ),
            (
                "np",
                "E4",
                "By the end of Year 7, Lily-Rose will walk between lessons and manage a full PE lesson.",
            ),
            _sec3("F"),
            (
                "np",
                "F1",
                (
                    "S",
                    "F",
                    "The school Lily-Rose attends will make the provision below, and it will move with her to secondary school.",
                ),
            ),
            ("np", "F2", ("F", F3_LOCK, True)),
            ("np", "F3", ("F", F3_CHANGE, False)),
            ("np", "F4", ("F", F3_READ, True)),
            ("np", "F5", ("F", F3_MATHS, True)),
            ("np", "F6", ("F", F3_MOVE, True)),
            ("np", "F7", ("F", F3_REST, False)),
            _sec3("G"),
            ("np", "G1", ("S", "G", G3_DIET)),
            ("np", "G2", G3_SUPER),
            ("np", "G3", G3_ENDO),
            _sec3("H1"),
            (
                "np",
                "H1.1",
                (
                    "S",
                    "H1",
                    "Short breaks one weekend a month with Kernow Family Link, provided under section 2 of the Chronically Sick and Disabled Persons Act 1970.",
                ),
            ),
            _sec3("H2"),
            ("np", "H2.1", ("S", "H2", "None.")),
            _sec3("I"),
            (
                "np",
                "I1",
                (
                    "S",
                    "I",
                    "Trenowan Primary Academy until July 2027, then a secondary school to be named at the phase transfer review by 15 February 2027.",
                ),
            ),
            _sec3("J"),
            ("np", "J1", ("S", "J", "The family do not wish to have a personal budget.")),
            _sec3("K"),
            (
                "np",
                "K1",
                (
                    "S",
                    "K",
                    "Report of Ms Rhiannon Pascoe, paediatric dietitian (September 2026); advice from Trenowan Primary Academy (October 2026); paediatric endocrinology letter (May 2026); parents' views.",
                ),
            ),
        ],
    ),
    reports=[
        dict(
            file=DT3,
            style="headed",
            footer="Penwith and Harnford NHS Trust - Paediatric Dietetics - Lily-Rose Penhaligon",
            author="R Pascoe",
            blocks=[
                ("org", "Penwith and Harnford NHS Trust - Paediatric Dietetic Service"),
                ("small", "Harnford Children's Centre, Quay Road, Harnford - 01632 960918"),
                ("title", "Dietetic advice for Education, Health and Care needs assessment"),
                (
                    "kv",
                    [
                        ("Name", "Lily-Rose Penhaligon (DOB 05/03/2015, NHS 999 641 0927)"),
                        ("Dietitian", "Rhiannon Pascoe, Specialist Paediatric Dietitian"),
                        ("Date", "17 September 2026"),
                    ],
                ),
                ("h", 1, "History"),
                (
                    "p",
                    [
                        X(
                            "Lily-Rose was diagnosed with Prader-Willi syndrome at three weeks old, after she was found to be very floppy and unable to suck.",
                            "history: diagnosis",
                        ),
                        X(
                            "She was tube-fed for her first four months, and her mother told me that feeding her as a baby was a constant struggle.",
                            "history: resolved",
                        ),
                        X(
                            "Her appetite began to increase at around the age of four, and by six she was searching for food at home.",
                            "history",
                        ),
                        X(
                            "She started growth hormone at two years of age, and the endocrinology team report that her height is now on the 25th centile.",
                            "test result",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "At clinic this month her weight was 41.2 kg and her BMI was on the 91st centile, a small rise since March.",
                            "test result",
                        ),
                        "Mrs Penhaligon explained that the family have fitted locks on the kitchen cupboards and fridge, and that Lily-Rose's weight was stable for two years after they did so.",
                        X(
                            "She said that the rise this year followed a term in which Lily-Rose had been taking food from classmates' lunch boxes.",
                            "history: reason",
                        ),
                    ],
                ),
                ("h", 1, "What this means at school"),
                (
                    "p",
                    [
                        N(
                            "Lily-Rose has hyperphagia, an overwhelming and constant drive to eat, and she will seek out and take any food she can find, including from bags, bins and other children's plates.",
                            "health",
                            B3_FOOD,
                        ),
                        X(
                            "This is not a matter of willpower or behaviour: the part of the brain that signals fullness does not work in the usual way.",
                            "reason",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "She picks at the skin on her arms and around her nails, especially when she is bored or anxious, and some of the sores have become infected.",
                            "sensory_physical",
                            None,
                        ),
                        N(
                            "Lily-Rose is often very sleepy in the afternoon and may fall asleep in lessons, which is part of the syndrome.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                ("h", 1, "Options considered"),
                (
                    "p",
                    [
                        X(
                            "I considered whether Lily-Rose could eat a school meal, as her parents would like, but portion sizes and second helpings in the dining hall cannot be controlled closely enough, and I recommend that she continues to bring a packed lunch.",
                            "option considered and rejected",
                        ),
                        X(
                            "I also considered asking the school to weigh Lily-Rose each week, but I do not think this is a job for school staff, and her weight is better checked in my clinic.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "p",
                    [
                        "Keeping food secure is the single most important thing school can do.",
                        R(
                            "All food in Lily-Rose's classroom, including lunch boxes, snacks and any cooking ingredients, should be kept locked away, and bins should have lids that she cannot open.",
                            "health",
                            "specific",
                            F3_LOCK,
                        ),
                        X(
                            "When food cannot be reached, children with Prader-Willi syndrome are usually calmer, because the constant search for food stops.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "A named adult should supervise Lily-Rose at every break time and lunchtime, sitting with her while she eats and making sure she does not take food from others or from the floor.",
                            "health",
                            "wrong_section",
                            G3_SUPER,
                            section="G",
                        ),
                        X(
                            "Lunchtime supervisors change from day to day and cannot be expected to know her needs, which is why this needs to be a named person.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Food should never be used as a reward in Lily-Rose's class, and class parties, cooking lessons and trips should be planned with her parents at least a week in advance, so that food can be controlled.",
                            "health",
                            "missing_from_f",
                        ),
                        R(
                            "I recommend at least 30 minutes of planned physical activity every school day, such as a brisk walk or a circuit, to help control her weight and build her stamina.",
                            "sensory_physical",
                            "less",
                            F3_MOVE,
                        ),
                        X(
                            "Her low muscle tone means she burns far fewer calories than other children, so daily activity matters as much as diet.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "I will continue to see Lily-Rose every three months in my clinic to check her weight and adjust her meal plan.",
                            "health",
                            "not_educational",
                            G3_DIET,
                            section="G",
                        ),
                        R(
                            "At home, the family should keep the kitchen locked and continue the fixed meal and snack times they already use.",
                            "health",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Rhiannon Pascoe, Specialist Paediatric Dietitian, HCPC DT30417"),
            ],
        ),
        dict(
            file=SC3,
            footer="Trenowan Primary Academy - school advice - Lily-Rose Penhaligon - page {n} of {m}",
            author="Trenowan Primary Academy",
            accent="244061",
            blocks=[
                ("org", "Trenowan Primary Academy"),
                (
                    "small",
                    "Chapel Hill, Trenowan, Harnford - 01632 960931 - senco@trenowan.example.org",
                ),
                ("title", "School advice: Lily-Rose Penhaligon, Year 6"),
                (
                    "p",
                    "Prepared by Mr Gareth Nance, SENCo, with Miss Eloise Varcoe, class teacher, 8 October 2026.",
                ),
                ("h", 2, "Strengths"),
                (
                    "p",
                    [
                        X(
                            "Lily-Rose is a hard-working and polite girl who takes great care over her drawings and her handwriting.",
                            "strength",
                        ),
                        X(
                            "Her word reading has improved by two years since she joined our phonics catch-up group in Year 5.",
                            "progress",
                        ),
                    ],
                ),
                ("h", 2, "Support already in place"),
                (
                    "grid",
                    [
                        ["Support", "Since", "Effect"],
                        [
                            X(
                                "Packed lunch kept in the office until lunchtime",
                                "support already in place",
                            ),
                            "Year 3",
                            "No lunch taken from her own box",
                        ],
                        [
                            X(
                                "A five-minute warning before the end of each activity",
                                "support already in place",
                            ),
                            "Year 4",
                            "Fewer outbursts at the end of lessons",
                        ],
                        [
                            X(
                                "Phonics catch-up group, three mornings a week",
                                "support already in place",
                            ),
                            "Year 5",
                            "Word reading now at a 9-year level",
                        ],
                    ],
                    [0.46, 0.16, 0.38],
                ),
                ("h", 2, "Our concerns"),
                (
                    "bul",
                    [
                        N(
                            "Changes to routine, such as a supply teacher or an assembly moved at short notice, lead to outbursts in which Lily-Rose shouts, cries and refuses to move, sometimes for half an hour.",
                            "semh",
                            B3_CHANGE,
                        ),
                        N(
                            "She becomes fixed on particular topics and repeats questions, especially about lunchtime, many times each morning.",
                            "semh",
                            B3_STUCK,
                        ),
                        N(
                            "Her reading comprehension is at about a seven-year-old level, well behind her word reading.",
                            "cognition_learning",
                            B3_READ,
                        ),
                        N(
                            "In maths she cannot yet count money or tell the time beyond o'clock and half past.",
                            "cognition_learning",
                            B3_MATHS,
                        ),
                        N(
                            "Low muscle tone affects her stamina, and she is exhausted after PE and cannot walk the distance of a school trip.",
                            "sensory_physical",
                            B3_TONE,
                        ),
                        [
                            N(
                                "Lily-Rose tries to control games at playtime and falls out with friends when they do not follow her rules, and she has been left out more this term.",
                                "semh",
                                None,
                            ),
                            X(
                                "Last year this was much better, when she had a small group of friends who knew her well.",
                                "history",
                            ),
                        ],
                    ],
                ),
                ("h", 2, "What we recommend"),
                (
                    "p",
                    "We have discussed the following with Lily-Rose's parents, and we think they should go with her to secondary school.",
                ),
                (
                    "bul",
                    [
                        [
                            R(
                                "We recommend a visual timetable on her desk, with any change shown to her at the start of the day and a calm-down plan she has practised, so that changes do not come as a shock.",
                                "semh",
                                "not_specific",
                                F3_CHANGE,
                            ),
                        ],
                        [
                            R(
                                "We think she needs a small-group reading comprehension programme for 30 minutes three times a week, with a trained teaching assistant.",
                                "cognition_learning",
                                "specific",
                                F3_READ,
                            ),
                            X(
                                "Her word reading has outstripped her understanding, and she needs to be taught to question what she reads.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Money and time should be taught one-to-one with real coins and a clock, for 20 minutes four times a week.",
                                "cognition_learning",
                                "specific",
                                F3_MATHS,
                            ),
                        ],
                        [
                            R(
                                "We would like staff to give Lily-Rose something to keep her hands busy, such as a fidget or putty, and to cover any sores with plasters, so that she picks her skin less.",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            "Her mum has asked us to tell her about any new sores.",
                        ],
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "We looked at a part-time timetable in the afternoons because of her sleepiness, but her parents did not want her to miss lessons, and we have not pursued it.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("p", "Gareth Nance, SENCo"),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalbm-04: Dunmere City Council; Tomasz Wilkinson-Adeyemi, 14, Year 9, tuberous
# sclerosis, epilepsy and a learning disability
# layout "section-word-letter-en-dash-sentence-case-provision-by-staff-role": PDF headings
# "Section B – Special educational needs"; Section F grouped by who gives it (teachers,
# support staff, specialists) rather than by area or outcome.
# ---------------------------------------------------------------------------

B4_AFTER = "After a seizure Tomasz is sleepy and muddled for up to an hour and cannot take in anything new."
B4_FORGET = "He forgets much of what he learned the day before, so work has to be gone over again and again."
B4_SAY = "Tomasz talks in short phrases of two or three words and leaves out the small words."
B4_UNDER = "He understands everyday language at about the level of a six-year-old and follows what is said much better when he is shown pictures or objects."
B4_READ = "He can read and write simple words and short sentences, at about the level of a seven-year-old."
B4_CROSS = "When people do not understand him, Tomasz gets cross and may push or hit out."
B4_SLOW = "Tomasz needs a long time to think before he answers, and if he is hurried he gives up."

F4_VIS = "Teachers will use symbols alongside the written word in every lesson, a now-and-next board for each part of the lesson and real objects wherever they can."
F4_WAIT = "Teachers will wait at least ten seconds for Tomasz to answer and will not repeat or reword the question during that time."
F4_CATCH = "Catch-up time if he misses learning because of seizures."
F4_RECORD = "Class staff will record every seizure on the school's seizure record and send a copy home the same day in Tomasz's communication book."
F4_SALT = "A speech and language therapist from Dunmere Children's Therapies will see Tomasz once each half term and set targets for class staff to work on."
F4_MAKATON = "Makaton training for staff as appropriate."
F4_READ = "A daily 20-minute reading session, one-to-one with a teaching assistant, following the school's phonics scheme."

G4_ICP = "The epilepsy specialist nurse will write Tomasz's individual healthcare plan and seizure care plan with the school and his parents, and review them every year or after any change in medication."
G4_MIDAZ = "The epilepsy specialist nurse will train named school staff to give buccal midazolam every year."
G4_SWIM = "Tomasz will have one-to-one adult supervision in the swimming pool, on the climbing wall and on school trips near water, in line with his seizure care plan."
G4_NEURO = "Dr A Sorensen, paediatric neurologist, will continue to review Tomasz and his medicines every six months."

EN4 = "epilepsy_nurse_report.docx"
SL4 = "slt_report.pdf"


def _sec4(sid: str) -> tuple:
    return ("H", sid, f"Section {sid} – {NAMES[sid]}", "h2")


CASE_04 = dict(
    name="case-evalbm-04",
    layout="section-word-letter-en-dash-sentence-case-provision-by-staff-role",
    summary=(
        "Dunmere City Council; Tomasz Wilkinson-Adeyemi, 14, Year 9 at Kestrel Brook School, a special school "
        "(tuberous sclerosis complex, focal epilepsy, moderate learning disability: drowsiness after seizures, "
        "memory, anxiety about seizures, expressive and receptive language, slow processing, literacy, frustration, "
        "social communication). PDF headings 'Section B – Special educational needs'; Section F grouped by who gives "
        "the provision (teachers, support staff, specialists). An epilepsy specialist nurse's report (.docx: a long "
        "medical history, short recommendations) and a speech and language therapist's report (.pdf: options "
        "considered, a Recommendation / Why table)."
    ),
    note="The nurse's recommended one-to-one supervision in the pool, on the climbing wall and on trips near water stands in Section G: it is support to take part in education and belongs in F, so provision in the wrong section. The healthcare plan, midazolam training and neurology review are health provision correctly in G.",
    plan=dict(
        file="plan.pdf",
        footer="Dunmere City Council - Education, Health and Care Plan - Tomasz Wilkinson-Adeyemi - page {n} of {m}",
        author="Dunmere City Council SEND Service",
        title="EHC Plan - Tomasz Wilkinson-Adeyemi",
        accent="0B5563",
        blocks=[
            ("org", "Dunmere City Council"),
            (
                "small",
                "SEND Statutory Service, Exchange House, Dunmere - 01632 960955 - ehcp@dunmere.example.org",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Tomasz Wilkinson-Adeyemi"),
                    ("Date of birth", "30 April 2012"),
                    ("NHS number", "999 774 3518"),
                    ("School", "Kestrel Brook School, Year 9"),
                    ("Parents", "Ewa Wilkinson and Femi Adeyemi"),
                    ("Type of plan", "Amended following annual review, 25 November 2026"),
                ],
            ),
            _sec4("A"),
            (
                "S",
                "A",
                "Tomasz loves buses and trains, knows the number of every bus route in Dunmere and likes helping the site manager.",
            ),
            (
                "p",
                'Tomasz says he wants to "go on the bus on my own" and to work at the bus depot. His parents want him to be safe, to be understood and to become more independent before he leaves school.',
            ),
            _sec4("B"),
            (
                "S",
                "B",
                "Tomasz has tuberous sclerosis complex, epilepsy and a moderate learning disability.",
            ),
            ("b", "Learning"),
            ("p", [B4_AFTER, B4_FORGET, B4_SLOW, B4_READ]),
            ("b", "Communication"),
            ("p", [B4_SAY, B4_UNDER]),
            ("b", "Feelings and behaviour"),
            ("p", B4_CROSS),
            _sec4("C"),
            (
                "S",
                "C",
                "Tomasz has focal seizures, most often in the early morning, and occasional clusters that need rescue medicine; he takes two anti-seizure medicines and has yearly scans of his kidneys and brain.",
            ),
            _sec4("D"),
            (
                "S",
                "D",
                "Tomasz's parents care for him at home; he needs an adult with him in the bath and when out in the community.",
            ),
            _sec4("E"),
            (
                "S",
                "E",
                "By the end of Year 11, Tomasz will use a sentence of four or more words to ask for help or say how he feels.",
            ),
            (
                "p",
                "By the end of Year 11, Tomasz will read and follow a symbol-supported bus timetable.",
            ),
            (
                "p",
                "By the end of Year 11, Tomasz will use his communication book or a calm card when he is frustrated, instead of hitting out.",
            ),
            _sec4("F"),
            (
                "S",
                "F",
                "The provision below is set out by who will give it. Kestrel Brook School is responsible for making sure all of it happens.",
            ),
            ("b", "What Tomasz's teachers will do"),
            ("bul", [("F", F4_VIS, True), ("F", F4_WAIT, True), ("F", F4_CATCH, False)]),
            ("b", "What support staff will do"),
            ("bul", [("F", F4_RECORD, True), ("F", F4_READ, True)]),
            ("b", "What specialists will do"),
            ("bul", [("F", F4_SALT, True), ("F", F4_MAKATON, False)]),
            _sec4("G"),
            ("S", "G", G4_ICP),
            ("p", G4_MIDAZ),
            ("p", G4_SWIM),
            ("p", G4_NEURO),
            _sec4("H1"),
            (
                "S",
                "H1",
                "A personal assistant for four hours each Saturday, arranged by the Disabled Children's Team under section 2 of the 1970 Act.",
            ),
            _sec4("H2"),
            (
                "S",
                "H2",
                "A transition worker from the Preparing for Adulthood team will be allocated in Year 10.",
            ),
            _sec4("I"),
            (
                "S",
                "I",
                "Kestrel Brook School, Heron Lane, Dunmere (community special school, 11 to 19).",
            ),
            _sec4("J"),
            ("S", "J", "The personal assistant hours in Section H1 are taken as a direct payment."),
            _sec4("K"),
            (
                "S",
                "K",
                "Report of Mrs Janet Oduya, epilepsy specialist nurse (October 2026); report of Mr Callum Fraser, speech and language therapist (October 2026); annual review paperwork from Kestrel Brook School; parents' and Tomasz's views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=EN4,
            style="headed",
            footer="Dunmere Children's Hospital - Paediatric Epilepsy Service - Tomasz Wilkinson-Adeyemi",
            author="J Oduya",
            blocks=[
                ("org", "Dunmere Children's Hospital NHS Trust - Paediatric Epilepsy Service"),
                ("small", "Neurosciences Outpatients, Dunmere Children's Hospital - 01632 960967"),
                ("title", "Epilepsy Specialist Nurse Report"),
                (
                    "kv",
                    [
                        ("Patient", "Tomasz Wilkinson-Adeyemi, DOB 30/04/2012, NHS 999 774 3518"),
                        ("Author", "Janet Oduya, Paediatric Epilepsy Specialist Nurse"),
                        ("Consultant", "Dr A Sorensen, Paediatric Neurologist"),
                        ("Date", "6 October 2026"),
                    ],
                ),
                ("h", 1, "Medical history"),
                (
                    "p",
                    [
                        X(
                            "Tomasz was diagnosed with tuberous sclerosis complex at five months, when he began having infantile spasms, and an MRI scan showed cortical tubers and subependymal nodules.",
                            "history: diagnosis",
                        ),
                        X(
                            "His infantile spasms were treated with vigabatrin and stopped within three weeks.",
                            "history: resolved",
                        ),
                        X(
                            "Focal seizures began at the age of three and have continued since, despite trials of four different medicines.",
                            "history",
                        ),
                        X(
                            "He had a subependymal giant cell astrocytoma removed in 2019 and his follow-up scans have shown no regrowth.",
                            "history: resolved",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "He currently takes levetiracetam and everolimus, and buccal midazolam is prescribed for seizures lasting more than five minutes or for three seizures in an hour.",
                            "medication",
                        ),
                        X(
                            "His last kidney scan in July showed small angiomyolipomas, unchanged and not needing treatment.",
                            "test result",
                        ),
                        X(
                            "His seizure diary for the last three months shows an average of four focal seizures a week, most between 6 and 9 in the morning, and one cluster in August that needed midazolam at home.",
                            "test result",
                        ),
                        X(
                            "The frequency has fallen by about half since everolimus was started last year.",
                            "progress",
                        ),
                    ],
                ),
                ("h", 1, "Impact in school"),
                (
                    "p",
                    [
                        N(
                            "After a focal seizure Tomasz is drowsy and confused for thirty to sixty minutes and is not able to learn during that time.",
                            "health",
                            B4_AFTER,
                        ),
                        N(
                            "His parents and teachers report that he has great difficulty retaining new learning from one day to the next, which is likely to reflect both his seizures and his medication.",
                            "cognition_learning",
                            B4_FORGET,
                        ),
                        N(
                            "Tomasz has become anxious about having a seizure in front of other pupils and has started refusing to go into PE and swimming.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "bul",
                    [
                        R(
                            "I will write an individual healthcare plan and seizure care plan with the school and review it each year or whenever his medication changes.",
                            "health",
                            "not_educational",
                            G4_ICP,
                            section="G",
                        ),
                        R(
                            "Named staff should be trained by me each year to give buccal midazolam.",
                            "health",
                            "not_educational",
                            G4_MIDAZ,
                            section="G",
                        ),
                        R(
                            "Tomasz needs one-to-one adult supervision in water, at heights and on trips near water.",
                            "health",
                            "wrong_section",
                            G4_SWIM,
                            section="G",
                        ),
                        R(
                            "After a seizure he should rest in the medical room, and when he returns to class an adult should go over what he has missed with him for 15 minutes that day.",
                            "cognition_learning",
                            "not_specific",
                            F4_CATCH,
                        ),
                        R(
                            "A seizure record should be kept in school and shared with his parents each day.",
                            "health",
                            "specific",
                            F4_RECORD,
                        ),
                        R(
                            "A short recap of the previous day's learning each morning, ten minutes with a familiar adult, would help him to hold on to what he has been taught.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                    ],
                ),
                ("p", "Janet Oduya RN, Paediatric Epilepsy Specialist Nurse"),
            ],
        ),
        dict(
            file=SL4,
            footer="Dunmere Children's Therapies - Speech and Language Therapy - page {n} of {m}",
            author="C Fraser",
            accent="4A235A",
            blocks=[
                ("org", "Dunmere Children's Therapies"),
                ("small", "Speech and Language Therapy, Kestrel Brook School base - 01632 960973"),
                ("title", "Speech and Language Therapy Report"),
                (
                    "p",
                    "Tomasz Wilkinson-Adeyemi, 14 years 5 months. Report by Callum Fraser, Highly Specialist Speech and Language Therapist, 14 October 2026.",
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        X(
                            "Tomasz has been known to the service since he was two, when he had no words, and he was given a Makaton signing programme that his family still use.",
                            "history: support already in place",
                        ),
                        X(
                            "Two years ago he had a trial of a speech-generating device on a tablet, which he used for a few weeks and then abandoned.",
                            "history: option tried and stopped",
                        ),
                    ],
                ),
                ("h", 2, "Assessment"),
                (
                    "p",
                    [
                        X(
                            "On the CELF-5 Metalinguistics screener Tomasz could not reach a basal, so I used informal assessment and the Derbyshire Language Scheme.",
                            "assessment",
                        ),
                        X(
                            "He can now understand sentences with three key words, up from two key words at my last report.",
                            "progress",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            'Tomasz\'s expressive language consists of two- and three-word phrases with few grammatical words, such as "me go bus".',
                            "communication_interaction",
                            B4_SAY,
                        ),
                        N(
                            "His understanding of spoken language is at around a six-year level, and it is much better supported by symbols, gestures and objects.",
                            "communication_interaction",
                            B4_UNDER,
                        ),
                        N(
                            "He needs considerably longer than his peers to process what is said to him, often ten seconds or more.",
                            "communication_interaction",
                            B4_SLOW,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Tomasz finds it difficult to take turns in a conversation, to stay on a topic other than buses, and to notice when a listener has lost interest.",
                            "communication_interaction",
                            None,
                        ),
                        N(
                            "When he is not understood he becomes frustrated, and this is the most common trigger for him pushing or hitting staff.",
                            "semh",
                            B4_CROSS,
                        ),
                        N(
                            "His reading and spelling are at about a seven-year level, and he reads short sentences with support.",
                            "cognition_learning",
                            B4_READ,
                        ),
                    ],
                ),
                ("h", 2, "Options considered"),
                (
                    "p",
                    [
                        X(
                            "I considered another trial of a speech-generating device, but Tomasz's speech is now understood by familiar adults, and he prefers his signing and his communication book.",
                            "option considered and rejected",
                        ),
                        X(
                            "I also considered a block of intensive individual therapy in the summer holidays, but the family told me that routine matters more to him than intensity and that he would not cope with sessions out of term.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Why"],
                        [
                            R(
                                "Direct individual speech and language therapy, 30 minutes every week, for the autumn and spring terms, then a review.",
                                "communication_interaction",
                                "less",
                                F4_SALT,
                            ),
                            X(
                                "He is at a point where his sentences are growing, and regular direct work is needed to build on this.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Symbols with all written text, a now-and-next board and real objects should be used in every lesson.",
                                "communication_interaction",
                                "specific",
                                F4_VIS,
                            ),
                            X(
                                "He understands far more when he can see what is meant.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Staff should wait at least ten seconds for Tomasz to respond without repeating the question.",
                                "communication_interaction",
                                "specific",
                                F4_WAIT,
                            ),
                            "Repeating resets his processing.",
                        ],
                        [
                            R(
                                "All staff in his class should complete Makaton Level 1 and 2 training this school year, so that everyone signs with him.",
                                "communication_interaction",
                                "not_specific",
                                F4_MAKATON,
                            ),
                            "His signing is understood by only some staff at present.",
                        ],
                        [
                            R(
                                "A weekly social communication group of 45 minutes, run by a teaching assistant with my plan, to practise turn-taking and staying on topic.",
                                "communication_interaction",
                                "missing_from_f",
                            ),
                            X(
                                "Without this, his conversations with peers break down quickly, and he is left out.",
                                "reason for a recommendation",
                            ),
                        ],
                    ],
                    [0.55, 0.45],
                ),
                (
                    "p",
                    [
                        R(
                            "At home, his parents could keep his symbol board on the kitchen table for mealtime choices.",
                            "communication_interaction",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Callum Fraser, HCPC SL07714"),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
