# ruff: noqa: E501, N802
"""Set BF as data: learning difficulties in mainstream schools (a 7-year-old with Down
syndrome in an infant school, a 12-year-old with moderate learning difficulties moving to
secondary school, a 10-year-old with foetal alcohol spectrum disorder living with foster
carers), in plan layouts no earlier set has, each plan written in the child's first person.

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


def F(text: str, specific: bool) -> tuple:
    """A Section F provision."""
    return ("F", text, specific)


def S(sid: str, text) -> tuple:
    """The sentence that stands for a section."""
    return ("S", sid, text)


# ---------------------------------------------------------------------------
# case-evalbf-01: Wrexcombe Borough Council; Maisie Arkwright-Dunn, 7, Down syndrome,
# Year 2 at a mainstream infant school.
# layout "letter-bullet-first-person-headings": "B • What I need help with (my special
# educational needs)"; the whole plan in Maisie's first person.
# ---------------------------------------------------------------------------

HEAD1 = {
    "A": "A • All about me and what matters to me",
    "B": "B • What I need help with (my special educational needs)",
    "C": "C • My health",
    "D": "D • My family and social care",
    "E": "E • What I am working towards (outcomes)",
    "F": "F • What will help me at school (special educational provision)",
    "G": "G • Health help I will get",
    "H1": "H1 • Social care help under the Chronically Sick and Disabled Persons Act 1970",
    "H2": "H2 • Other social care help",
    "I": "I • My school",
    "J": "J • Personal budget",
    "K": "K • The people who gave advice",
}


def _h1(sid: str) -> tuple:
    return ("H", sid, HEAD1[sid], "h2")


B1_READ = "I know about 60 words when I see them written down, but I can't yet work out a new word by saying the sounds and putting them together."
B1_NUM = "I can say the numbers to 20, but when I count things I lose my place, and I don't understand adding yet."
B1_MEM = (
    "I forget things I have only heard very quickly, so I need to see things as well as hear them."
)
B1_HAND = "Holding a pencil is hard work for my hands, and my letters are big and wobbly."
B1_AVOID = "When work feels too hard I sometimes make people laugh or sit down on the floor so that I don't have to do it."
B1_SPEECH = "People who don't know me well often can't understand what I say."
B1_SENT = "I usually talk in short bits of two or three words and leave out the little words."
B1_EARS = "My hearing goes up and down because of glue ear, and on bad days I miss a lot of what is said in class."

F1_PRE = "Pre-teaching: a teaching assistant will go over the key words and pictures for the next topic with me for 15 minutes every morning, before the class starts it."
F1_READ = "A reading programme using whole words and pictures, one-to-one with a teaching assistant, three times a week for 20 minutes."
F1_DIFF = "Work will be made easier for me when needed."
F1_NUM = "Numicon number work with an adult for 10 minutes every day, going over the same steps until I know them."
F1_HAND = "a hand and pencil programme with my teaching assistant, 10 minutes every day, using the activities in my specialist teacher's plan"
F1_ADV = "Advice from the Down syndrome specialist teaching service as needed."
F1_SIGN = "The adults in my class will use Makaton signs with their words all through the day, and my teaching assistant will go on the Makaton Level 1 and Level 2 courses this school year."

G1_SALT = "The NHS children's speech and language therapy service will give school a speech and language programme for me and will visit once a term to check it."
G1_AUD = (
    "The audiology clinic at Wrexcombe General Hospital will check my hearing every six months."
)
G1_CARD = "The cardiology team at St Aldhelm's Children's Hospital will see me once a year."

DST1 = "specialist_teacher_report.pdf"
SLT1 = "salt_report.docx"

CASE_01 = dict(
    name="case-evalbf-01",
    layout="letter-bullet-first-person-headings",
    summary=(
        "Wrexcombe Borough Council; Maisie Arkwright-Dunn, 7, Down syndrome, Year 2 at Fernbrook Infant School "
        "(a mainstream infant school). The plan is a Word document in Maisie's first person, each heading a "
        "letter, a bullet and a plain first-person name ('B • What I need help with (my special educational "
        "needs)'); B grouped by area; F a list under a few plain sub-headings. A Down syndrome specialist "
        "teacher's report (.pdf; what Maisie can do first, then a Recommendation / How much / Why table) and a "
        "speech and language therapist's report (.docx; first person plural, bullets with reasons mixed in)."
    ),
    note="The speech and language therapist recommends a programme delivered in school by a trained teaching assistant; the plan puts it in G as the NHS service's offer (provision in the wrong section). Audiology and cardiology reviews in G are health provision. Heart surgery as a baby, progress and strengths are background.",
    plan=dict(
        file="plan.docx",
        style="headed",
        footer="Wrexcombe Borough Council - EHC plan - Maisie Arkwright-Dunn - issued 12 October 2026",
        author="Wrexcombe SEND Team",
        title="EHC plan - Maisie Arkwright-Dunn",
        blocks=[
            ("org", "Wrexcombe Borough Council - Special Educational Needs and Disabilities"),
            ("title", "My Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("My name", "Maisie Arkwright-Dunn"),
                    ("Date of birth", "14 February 2019"),
                    ("NHS number", "999 318 5520"),
                    ("School", "Fernbrook Infant School, Year 2"),
                    ("My family", "Leanne Arkwright and Daniel Dunn (parents), brother Alfie, 10"),
                    ("Case officer", "Mr R Tandy, 01632 960731, send@wrexcombe.example.org"),
                ],
            ),
            (
                "i",
                "This plan is written as if Maisie were speaking. Her parents helped with the words.",
            ),
            _h1("A"),
            S(
                "A",
                "I love dancing, Peppa Pig, my brother Alfie and helping my teacher give out the fruit.",
            ),
            (
                "p",
                "When I grow up I want to work in a café like my auntie. My mum and dad want me to read, to have friends at school and to go on to the junior school with my class.",
            ),
            _h1("B"),
            S(
                "B",
                "I was born with Down syndrome, which means I learn more slowly than other children and need things shown to me in small steps.",
            ),
            ("b", "Learning"),
            ("p", [B1_READ, B1_NUM, B1_MEM]),
            ("p", B1_AVOID),
            ("b", "Talking and listening"),
            ("p", [B1_SPEECH, B1_SENT]),
            ("b", "My body and senses"),
            ("p", [B1_HAND, B1_EARS]),
            _h1("C"),
            S(
                "C",
                "I had an operation on my heart when I was a baby and I have glue ear in both ears.",
            ),
            _h1("D"),
            S("D", "My family do not need help from social care at the moment."),
            _h1("E"),
            S(
                "E",
                "By the end of Year 3 I will read 120 words I know by sight and blend simple three-letter words.",
            ),
            (
                "p",
                "By the end of Year 3 I will count up to 10 objects correctly and add two small groups together.",
            ),
            (
                "p",
                "By the end of Year 3 I will use sentences of four words or more that people I don't know can understand.",
            ),
            (
                "p",
                "By the end of Year 3 I will write my name and a short sentence with letters the right size.",
            ),
            _h1("F"),
            (
                "p",
                "School will do these things for me. My class teacher is in charge of them and the SENCo checks them every term.",
            ),
            ("b", "Reading, words and numbers"),
            (
                "bul",
                [
                    S("F", F(F1_PRE, True)),
                    F(F1_READ, True),
                    F(F1_NUM, True),
                    F(F1_DIFF, False),
                ],
            ),
            ("b", "Talking and writing"),
            ("bul", [F(F1_SIGN, True), F(F1_HAND, True)]),
            ("b", "Help for the adults who teach me"),
            ("bul", [F(F1_ADV, False)]),
            _h1("G"),
            S("G", G1_SALT),
            ("p", G1_AUD),
            ("p", G1_CARD),
            _h1("H1"),
            S("H1", "Nothing is needed at the moment."),
            _h1("H2"),
            S(
                "H2",
                "My family can use the council's short breaks youth club on Saturdays if they want to.",
            ),
            _h1("I"),
            S(
                "I",
                "Fernbrook Infant School, Meadow Lane, Wrexcombe (a mainstream community infant school).",
            ),
            _h1("J"),
            S("J", "My family have not asked for a personal budget."),
            _h1("K"),
            S(
                "K",
                "Report from Mrs Bernadette Quayle, Down syndrome specialist teacher (June 2026); report from Ms Priya Lathbury, speech and language therapist (July 2026); my parents' views; my school's SEN support plan.",
            ),
        ],
    ),
    reports=[
        dict(
            file=DST1,
            footer="Wrexcombe Specialist Teaching Service - Maisie Arkwright-Dunn - page {n} of {m}",
            author="B Quayle",
            accent="5B2C6F",
            blocks=[
                ("org", "Wrexcombe Specialist Teaching Service - Cognition and Learning Team"),
                (
                    "small",
                    "The Old Library, Canal Street, Wrexcombe - 01632 960744 - sts@wrexcombe.example.org",
                ),
                ("title", "Advice for EHC needs assessment: Down syndrome specialist teacher"),
                (
                    "p",
                    "Pupil: Maisie Arkwright-Dunn, born 14 February 2019, Year 1 (Year 2 from September), Fernbrook Infant School",
                ),
                (
                    "p",
                    "Seen: in class on 4 and 11 June 2026, and with her parents at home on 18 June 2026",
                ),
                ("h", 1, "Background"),
                (
                    "p",
                    [
                        X(
                            "Maisie has been known to the specialist teaching service since she started in Reception, and I have visited her school each term.",
                            "history: support already in place",
                        ),
                        X(
                            "Her parents told me that she had surgery for a heart defect at five months and has been well since.",
                            "history: health, resolved",
                        ),
                        "She lives with her parents and her older brother, who is at the junior school next door.",
                    ],
                ),
                ("h", 1, "What Maisie can do"),
                (
                    "bul",
                    [
                        X(
                            "Maisie is a sociable, determined girl who loves to help and copies her classmates very well.",
                            "strength",
                        ),
                        X(
                            "She now recognises about sixty words by sight, up from twenty at the start of Reception.",
                            "progress",
                        ),
                        X(
                            "She can match and sort by colour and shape, and she counts by rote to twenty.",
                            "strength",
                        ),
                        X(
                            "Her separation worries at the classroom door, which were a real difficulty in Reception, have gone.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 1, "What Maisie finds hard"),
                (
                    "p",
                    [
                        N(
                            "Maisie has a sight vocabulary of around sixty words but is not yet able to blend sounds to read a three-letter word.",
                            "cognition_learning",
                            B1_READ,
                        ),
                        N(
                            "She does not yet count objects with one-to-one correspondence and has no understanding of addition.",
                            "cognition_learning",
                            B1_NUM,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Like many children with Down syndrome, Maisie has a marked weakness in auditory short-term memory, while her visual memory is a relative strength.",
                            "cognition_learning",
                            B1_MEM,
                        ),
                        N(
                            "She learns new skills slowly and needs a great deal more practice than her classmates to keep them, and she loses much of what she has learned over the summer holiday.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Her pencil grip is immature and tires quickly, so her letter formation is large and poorly controlled.",
                            "sensory_physical",
                            B1_HAND,
                        ),
                        N(
                            "When a task is too difficult, Maisie uses her social skills to avoid it, clowning or sitting down on the carpet and refusing to move.",
                            "semh",
                            B1_AVOID,
                        ),
                        "Her teacher, Mrs Fenn, described this as 'charming her way out of work'.",
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "At playtime Maisie finds it hard to join group games and usually plays alone or stays close to the midday supervisors.",
                            "semh",
                            None,
                        ),
                        X(
                            "Her mother said that Maisie has two good friends she sees outside school, and that birthday parties go well.",
                            "strength, home",
                        ),
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "p",
                    "The table sets out what I recommend, how much and why. The first three are the core of her programme and should not be dropped when staffing is short.",
                ),
                (
                    "grid",
                    [
                        ["Recommendation", "How much", "Why"],
                        [
                            R(
                                "Pre-teaching of the key vocabulary and pictures for each new topic by a teaching assistant.",
                                "cognition_learning",
                                "specific",
                                F1_PRE,
                            ),
                            "15 minutes daily, before the class meets the topic",
                            X(
                                "Children with Down syndrome take part far more in a lesson when they have already met its words.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "A whole-word reading programme, taught one-to-one by a teaching assistant, with daily overlearning of the words already known.",
                                "cognition_learning",
                                "less",
                                F1_READ,
                            ),
                            "20 minutes every school day",
                            "Without daily repetition, new words are lost within a week.",
                        ],
                        [
                            R(
                                "A differentiated curriculum: the class teacher plans Maisie's work at her level in every lesson, with visual supports and fewer, simpler recording demands.",
                                "cognition_learning",
                                "not_specific",
                                F1_DIFF,
                            ),
                            "Every lesson",
                            "So that she works on the same topic as the class at a level she can manage.",
                        ],
                        [
                            R(
                                "Numicon-based number teaching with an adult, revisiting the same small steps until they are secure.",
                                "cognition_learning",
                                "specific",
                                F1_NUM,
                            ),
                            "10 minutes daily",
                            "Maisie learns number through what she sees and handles.",
                        ],
                        [
                            R(
                                "A fine motor and pencil control programme with her teaching assistant, using the activities I have left with school.",
                                "sensory_physical",
                                "specific",
                                F1_HAND,
                            ),
                            "10 minutes daily",
                            "Her hands tire before she has written a word.",
                        ],
                        [
                            R(
                                "An adult-led playground game with two or three classmates, and a trained playground buddy from Year 2.",
                                "semh",
                                "missing_from_f",
                            ),
                            "15 minutes each lunchtime",
                            "Maisie needs the rules of games taught, not just the chance to play.",
                        ],
                        [
                            R(
                                "Visits from the Down syndrome specialist teacher to train staff, model approaches and set targets.",
                                "cognition_learning",
                                "not_specific",
                                F1_ADV,
                            ),
                            "One visit each half term",
                            "Staff change each year and need the approach shown to them.",
                        ],
                    ],
                    [0.5, 0.2, 0.3],
                ),
                (
                    "p",
                    [
                        X(
                            "I considered whether Maisie should spend part of the week in the resource base at Hillgate Primary, but her parents want her to stay with her class and I agree that her needs can be met at Fernbrook.",
                            "option considered and rejected",
                        ),
                        R(
                            "At home, her parents might keep reading the personal word book with her for a few minutes at bedtime.",
                            "cognition_learning",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Bernadette Quayle, Specialist Teacher (Down syndrome), 25 June 2026"),
            ],
        ),
        dict(
            file=SLT1,
            style="lettered",
            footer="Wrexcombe and Vale Community NHS Trust - Children's Speech and Language Therapy",
            author="P Lathbury",
            blocks=[
                ("org", "Wrexcombe and Vale Community NHS Trust"),
                (
                    "sub",
                    "Children's Speech and Language Therapy, Brookside Clinic, Wrexcombe - 01632 960752",
                ),
                ("title", "Speech and language therapy advice"),
                ("p", "Re: Maisie Arkwright-Dunn, DOB 14/02/2019, NHS 999 318 5520"),
                ("bh", "How we know Maisie"),
                (
                    "p",
                    [
                        X(
                            "We have seen Maisie since she was two, first in our early communication group and since Reception in blocks of therapy at school.",
                            "history: support already in place",
                        ),
                        "For this advice we saw her in class and in clinic in July 2026, and talked with her parents and her teaching assistant.",
                    ],
                ),
                ("bh", "What Maisie does well"),
                (
                    "bul",
                    [
                        X(
                            "Maisie is a keen communicator who uses gesture, sign and facial expression to get her message across.",
                            "strength",
                        ),
                        X(
                            "She uses about forty Makaton signs, which her family also use at home.",
                            "support already in place",
                        ),
                        X(
                            "Her attention in one-to-one sessions is good for ten minutes or more.",
                            "strength",
                        ),
                    ],
                ),
                ("bh", "What we found difficult for Maisie"),
                (
                    "bul",
                    [
                        N(
                            "Maisie's speech is often unintelligible to unfamiliar listeners because she simplifies many sounds and drops the ends of words.",
                            "communication_interaction",
                            B1_SPEECH,
                        ),
                        N(
                            "Her expressive language is at the two-to-three word level, and she leaves out small grammatical words such as 'is', 'the' and 'on'.",
                            "communication_interaction",
                            B1_SENT,
                        ),
                        N(
                            "She can follow an instruction with two key words, but she cannot follow longer instructions given to the whole class without a visual prompt.",
                            "communication_interaction",
                            None,
                        ),
                        [
                            N(
                                "Maisie has a fluctuating conductive hearing loss from glue ear, and on some days she misses much of what is said in a noisy classroom.",
                                "sensory_physical",
                                B1_EARS,
                            ),
                            X(
                                "Her last hearing test, in May, showed a mild loss in both ears.",
                                "assessment result",
                            ),
                        ],
                    ],
                ),
                (
                    "p",
                    X(
                        "On the CELF Preschool-2 her receptive language score was below the first percentile, which is what we would expect given her Down syndrome.",
                        "standardised score",
                    ),
                ),
                ("bh", "What we recommend"),
                (
                    "bul",
                    [
                        [
                            R(
                                "We recommend a speech and language programme, written by us and delivered in school by a trained teaching assistant three times a week for 15 minutes, with our therapist reviewing it each term.",
                                "communication_interaction",
                                "wrong_section",
                                G1_SALT,
                                section="G",
                            ),
                            X(
                                "This is because Maisie needs frequent short practice to carry new sounds and sentence patterns into everyday talk.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "All adults in her class should use Makaton signs alongside speech for key words throughout the day, and her teaching assistant should complete Makaton Levels 1 and 2 this year.",
                                "communication_interaction",
                                "specific",
                                F1_SIGN,
                            ),
                            "Signing helps her understand and gives her a way to be understood while her speech develops.",
                        ],
                        [
                            R(
                                "A soundfield system should be fitted in her classroom, and she should sit near the front, facing the teacher, in every lesson.",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            X(
                                "We know her hearing varies from week to week, so this should not wait for a good or a bad test result.",
                                "reason for a recommendation",
                            ),
                        ],
                        R(
                            "She should go on being seen at the audiology clinic every six months.",
                            "health",
                            "not_educational",
                            G1_AUD,
                            section="G",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "We talked about a communication aid with Maisie's parents but agreed that signing and speech are working for her at present, so we have not recommended one.",
                            "option considered and rejected",
                        ),
                        R(
                            "At home, we suggest her family keep using the 'two-word game' from her therapy book at teatime.",
                            "communication_interaction",
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "p",
                    "Priya Lathbury, Specialist Speech and Language Therapist, HCPC SL09921, 20 July 2026",
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbf-02: Castlebridge City Council; Kai Ostrowski, 11, moderate learning
# difficulties, Year 6, moving to a secondary academy in September.
# layout "statutory-name-colon-first-person-gloss-unlettered": no letters; each heading the
# statutory name, a colon and a first-person gloss ("Special educational provision: what will
# help me"). The plan has no personal budget section (section J missing).
# ---------------------------------------------------------------------------

HEAD2 = {
    "A": "Views, interests and aspirations: all about me",
    "B": "Special educational needs: what I find hard",
    "C": "Health needs: my health",
    "D": "Social care needs: my family and care",
    "E": "Outcomes: what I am working towards",
    "F": "Special educational provision: what will help me",
    "G": "Health provision: help from health services",
    "H1": "Social care provision under the Chronically Sick and Disabled Persons Act 1970: help at home",
    "H2": "Other social care provision: other help for me and my family",
    "I": "Placement: my school",
    "K": "Advice and information: who helped write this plan",
}


def _h2(sid: str) -> tuple:
    return ("H", sid, HEAD2[sid], "h2")


B2_SLOW = (
    "I take longer than most people my age to understand new things and to get my work finished."
)
B2_STEPS = "If I am told to do lots of things at once I forget what comes after the first one."
B2_READ = "I can read the words in a simple book, but I often don't understand what I have read, especially when the answer isn't written down in the words."
B2_MATHS = "I still count on my fingers for easy sums, and I don't know my times tables."
B2_MOVE = "I am worried about moving to a big school where I might get lost and won't know anybody."
B2_NEWPLACE = "Things I can do in one room or with one adult I can't always do somewhere else or with someone new."
B2_ORG = "I find it hard to remember what I need to bring each day and where I am meant to be."
B2_WORDS = "I don't know a lot of the special words used in subjects like science and history."

F2_DIFF = "In every lesson my teachers will give me work planned at my level, broken into small steps, with a checklist of the steps on my desk."
F2_PRE = "Pre-teaching of the key words for my English, maths, science and humanities lessons, in a group of no more than four, for 20 minutes three times a week."
F2_NUM = "A number catch-up programme with a teaching assistant, 15 minutes every day, going back over number facts until I know them without counting on my fingers."
F2_COMP = "Support with reading comprehension in a small group."
F2_VISITS = "Extra visits to my new school before September, as needed."
F2_TUTOR = "My form tutor will go through my timetable and equipment list with me for 5 minutes at the start of every day."
F2_EXAMS = (
    "Extra time of 25 per cent and a reader in all school tests, as agreed with the exams officer."
)

H2_TRAVEL = "The council's Travel Training Team will offer me travel training for my bus journey to my new school."

EP2 = "educational_psychology_report.docx"
IL2 = "inclusion_lead_transition_report.pdf"

CASE_02 = dict(
    name="case-evalbf-02",
    layout="statutory-name-colon-first-person-gloss-unlettered",
    summary=(
        "Castlebridge City Council; Kai Ostrowski, 11, moderate learning difficulties, Year 6 at Millbeck Primary "
        "School, moving to Harrowgate Academy (mainstream secondary) in September. The plan is a PDF in Kai's "
        "first person with no section letters: each heading is the statutory name, a colon and a first-person "
        "gloss ('Special educational provision: what will help me'); there is no personal budget section. An "
        "educational psychologist's report (.docx; parents' and Kai's views in reported speech, options "
        "considered, recommendations argued at length in the third person) and the primary school inclusion "
        "lead's transition report (.pdf; first person plural, strengths before difficulties, a Recommendation / "
        "Outcome it supports table)."
    ),
    note="Travel training, recommended by the inclusion lead as something school staff teach, stands in H2 as the council's travel training offer: provision in the wrong section. The plan has no personal budget section. Kai's hearing review in G is health provision.",
    plan=dict(
        file="plan.pdf",
        footer="Castlebridge City Council | Final EHC plan | Kai Ostrowski | page {n} of {m}",
        author="Castlebridge SEND Service",
        title="EHC plan - Kai Ostrowski",
        accent="0B6E4F",
        sans=True,
        blocks=[
            ("org", "Castlebridge City Council"),
            ("small", "SEND Assessment and Review Team, Civic Centre, Castlebridge - 01632 960310"),
            ("title", "Education, Health and Care Plan: Kai Ostrowski"),
            (
                "kv",
                [
                    ("Name", "Kai Ostrowski"),
                    ("Date of birth", "2 May 2015"),
                    ("NHS number", "999 640 2281"),
                    ("Current school", "Millbeck Primary School, Year 6"),
                    ("School from September 2026", "Harrowgate Academy, Year 7"),
                    ("Parent", "Magdalena Ostrowska"),
                    ("Plan co-ordinator", "Ms K Adebayo-Wright, 01632 960315"),
                ],
            ),
            _h2("A"),
            S("A", "I like football, drawing cars and playing on my Xbox with my cousin Tomasz."),
            (
                "p",
                "I want to be a mechanic like my uncle. My mum wants me to be happy at secondary school, to be able to catch the bus on my own and to leave school able to read and handle money.",
            ),
            _h2("B"),
            S(
                "B",
                "I have moderate learning difficulties, which means I find learning harder than most people in my class in nearly every subject.",
            ),
            ("p", [B2_SLOW, B2_STEPS, B2_NEWPLACE]),
            ("p", [B2_READ, B2_MATHS, B2_WORDS]),
            ("p", [B2_ORG, B2_MOVE]),
            _h2("C"),
            S(
                "C",
                "I am healthy. I had grommets when I was five, and my hearing was normal when it was checked last year.",
            ),
            _h2("D"),
            S("D", "I live with my mum and my little sister. We do not have a social worker."),
            _h2("E"),
            S(
                "E",
                "By the end of Year 7 I will read a short text and answer questions about it, including why something happened.",
            ),
            (
                "p",
                "By the end of Year 7 I will know my number bonds to 20 and my 2, 5 and 10 times tables without counting on my fingers.",
            ),
            (
                "p",
                "By the end of the autumn term of Year 7 I will find my way to all my lessons with my own timetable.",
            ),
            ("p", "By the end of Year 7 I will catch the bus to school on my own."),
            _h2("F"),
            (
                "p",
                "Harrowgate Academy will make this provision from September 2026. The SENCo will make sure it happens and will check it with me and my mum each term.",
            ),
            (
                "grid",
                [
                    ["What will help me", "Why"],
                    [
                        S("F", F(F2_DIFF, True)),
                        "So I can learn the same things as my class in a way I understand.",
                    ],
                    [F(F2_PRE, True), "So I know the words before the lesson uses them."],
                    [F(F2_NUM, True), "So I stop relying on my fingers."],
                    [F(F2_COMP, False), "So I understand what I read."],
                    [F(F2_TUTOR, True), "So I am in the right place with the right things."],
                    [F(F2_EXAMS, True), "So tests show what I know."],
                    [F(F2_VISITS, False), "So I feel ready for the move."],
                ],
                [0.68, 0.32],
            ),
            _h2("G"),
            S(
                "G",
                "The audiology service at Castlebridge Royal Infirmary will check my hearing once a year.",
            ),
            _h2("H1"),
            S("H1", "None."),
            _h2("H2"),
            S("H2", H2_TRAVEL),
            (
                "p",
                "My mum can ask the Family Hub about parenting courses for children moving to secondary school.",
            ),
            _h2("I"),
            S(
                "I",
                "Harrowgate Academy, Station Road, Castlebridge (mainstream academy, ages 11 to 16), from 3 September 2026.",
            ),
            _h2("K"),
            S(
                "K",
                "Educational psychology report by Dr Owen Pryce-Halliday (March 2026); transition report from Mrs Sunita Venn, inclusion lead at Millbeck Primary School (April 2026); my views and my mum's views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=EP2,
            style="sectioned",
            footer="Castlebridge Educational Psychology Service - confidential",
            author="O Pryce-Halliday",
            blocks=[
                ("org", "Castlebridge Educational Psychology Service"),
                (
                    "small",
                    "Civic Centre, Castlebridge - 01632 960322 - eps@castlebridge.example.org",
                ),
                ("title", "Psychological advice for an EHC needs assessment"),
                (
                    "kv",
                    [
                        ("Child", "Kai Ostrowski, born 2 May 2015"),
                        ("School", "Millbeck Primary School, Year 6"),
                        ("Psychologist", "Dr Owen Pryce-Halliday, HCPC PYL30118"),
                        ("Date of report", "16 March 2026"),
                    ],
                ),
                ("h", 1, "What Kai and his mother told me"),
                (
                    "p",
                    [
                        "Kai told me that he likes PE and art best and that he does not like 'big writing'.",
                        X(
                            "He said that he used to hate coming to school in Year 3 but that he is happy now, because his teacher 'explains it again'.",
                            "resolved difficulty",
                        ),
                        X(
                            "Mrs Ostrowska said that Kai had speech therapy as a toddler and that it stopped when he was five because his speech had caught up.",
                            "history: resolved",
                        ),
                        "She said she is worried that at secondary school nobody will notice when he is lost.",
                    ],
                ),
                ("h", 1, "What Kai can do"),
                (
                    "p",
                    [
                        X(
                            "Kai is a friendly, polite boy who is well liked by his classmates and works hard when he understands what to do.",
                            "strength",
                        ),
                        X(
                            "His reading accuracy has improved by two years in the last eighteen months, and he now reads simple texts fluently.",
                            "progress",
                        ),
                        X(
                            "His visual reasoning is a relative strength, and he solved picture puzzles carefully and persistently.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 1, "Assessment"),
                (
                    "p",
                    [
                        X(
                            "On the British Ability Scales his General Conceptual Ability was 68, within the very low range, with verbal ability at 64 and spatial ability at 79.",
                            "standardised score",
                        ),
                        X(
                            "His reading age for accuracy is 7 years 9 months and for comprehension 6 years 10 months.",
                            "assessment result",
                        ),
                    ],
                ),
                ("h", 1, "Kai's needs"),
                (
                    "p",
                    [
                        N(
                            "Kai processes new information slowly and needs considerably longer than his peers to understand a new idea and to complete a task.",
                            "cognition_learning",
                            B2_SLOW,
                        ),
                        N(
                            "His working memory is weak, so when an instruction has several parts he usually carries out only the first.",
                            "cognition_learning",
                            B2_STEPS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Kai decodes simple texts accurately, but his comprehension is well below his reading accuracy, and he cannot yet answer questions that depend on inference.",
                            "cognition_learning",
                            B2_READ,
                        ),
                        N(
                            "In mathematics his number bonds within ten are not secure, he relies on counting on his fingers, and he does not know any multiplication facts.",
                            "cognition_learning",
                            B2_MATHS,
                        ),
                        N(
                            "His written work is limited to two or three short sentences, spelled as they sound, and he avoids writing whenever he can.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Kai has real difficulty generalising: a skill he has mastered with one adult or in one room is often lost when the setting or the person changes.",
                            "cognition_learning",
                            B2_NEWPLACE,
                        ),
                        N(
                            "He is anxious about the move to secondary school, in particular about the size of the building, getting lost and not knowing anyone.",
                            "semh",
                            B2_MOVE,
                        ),
                    ],
                ),
                ("h", 1, "Options considered"),
                (
                    "p",
                    [
                        X(
                            "Mrs Ostrowska asked whether Kai would be better placed in a special school for pupils with moderate learning difficulties.",
                            "option considered",
                        ),
                        X(
                            "I considered this carefully; my view is that Kai's needs can be met at Harrowgate Academy with the provision below, that he would lose the friendships that matter to him, and that the special school's cohort has needs much greater than his.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "p",
                    [
                        R(
                            "Kai will need a differentiated curriculum in every lesson: his subject teachers, with the SENCo, should plan work at his level, broken into small steps, with a written checklist of the steps.",
                            "cognition_learning",
                            "specific",
                            F2_DIFF,
                        ),
                        X(
                            "This matters more than any single intervention, because Kai spends most of his week in ordinary lessons, and it is there that he either learns or quietly gets lost.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Kai should have pre-teaching of the key subject vocabulary for the coming week's lessons, in a group of no more than four, for 20 minutes every day in tutor time.",
                            "cognition_learning",
                            "less",
                            F2_PRE,
                        ),
                        "Meeting the words before the lesson means he can spend the lesson on the ideas rather than on decoding the language.",
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "A daily overlearning programme for number facts with a teaching assistant, 15 minutes a day, returning to the same facts until he recalls them without counting, is recommended.",
                            "cognition_learning",
                            "specific",
                            F2_NUM,
                        ),
                        R(
                            "He should also be taught reading comprehension through a structured programme such as reciprocal reading, three times a week for 30 minutes, in a group of four.",
                            "cognition_learning",
                            "not_specific",
                            F2_COMP,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Kai should have an enhanced transition: at least six extra visits to Harrowgate in the summer term with an adult he knows, and a photo book of the building, staff and his route between lessons.",
                            "semh",
                            "not_specific",
                            F2_VISITS,
                        ),
                        R(
                            "Once he has started, a named key adult should meet him for 20 minutes each week through Year 7 to check how he is managing and to teach him what to do when he is lost or worried.",
                            "semh",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "The school should apply for access arrangements in tests, namely 25 per cent extra time and a reader.",
                            "cognition_learning",
                            "specific",
                            F2_EXAMS,
                        ),
                        R(
                            "At home, Mrs Ostrowska might keep practising telling the time and handling coins with Kai when they go shopping.",
                            "cognition_learning",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Dr Owen Pryce-Halliday, Senior Educational Psychologist"),
            ],
        ),
        dict(
            file=IL2,
            style="headed",
            footer="Millbeck Primary School - transition report - Kai Ostrowski",
            author="S Venn",
            accent="7A3E00",
            blocks=[
                ("org", "Millbeck Primary School"),
                (
                    "small",
                    "Millbeck Lane, Castlebridge - 01632 960377 - office@millbeck.example.org",
                ),
                ("title", "Year 6 to Year 7 transition report"),
                (
                    "p",
                    "Written by Mrs Sunita Venn, Inclusion Lead, with Mr Cole (Year 6 teacher), 24 April 2026",
                ),
                ("h", 1, "What Kai does well"),
                (
                    "bul",
                    [
                        X(
                            "Kai is kind and helpful, and he was chosen as a playground buddy by the younger children this year.",
                            "strength",
                        ),
                        X(
                            "He has been in school every day this year: his attendance is 99 per cent.",
                            "strength",
                        ),
                        X(
                            "He now copies his homework into his planner with a checklist, which he could not do in the autumn.",
                            "progress",
                        ),
                    ],
                ),
                ("h", 1, "What is hard for Kai"),
                (
                    "bul",
                    [
                        N(
                            "Kai often forgets his PE kit, reading book and homework, and he cannot yet follow a timetable on his own.",
                            "cognition_learning",
                            B2_ORG,
                        ),
                        N(
                            "He has a limited vocabulary for subject words, such as 'evaporate', 'century' or 'estimate', which stops him following lessons even when he understands the idea.",
                            "communication_interaction",
                            B2_WORDS,
                        ),
                        [
                            N(
                                "Kai compares himself with his classmates, calls himself 'thick' and has begun to give up before he starts.",
                                "semh",
                                None,
                            ),
                            "We have noticed this most in maths and in written tasks.",
                        ],
                    ],
                ),
                ("h", 1, "What we have already tried"),
                (
                    "p",
                    [
                        X(
                            "We have run a small group for reading comprehension twice a week since January, and Kai has made some progress in it.",
                            "support already in place",
                        ),
                        X(
                            "We tried a buddy system to get him between classrooms in Year 6, but he did not need it after the first fortnight.",
                            "option tried and stopped",
                        ),
                    ],
                ),
                ("h", 1, "What we recommend for Year 7"),
                (
                    "p",
                    "We have talked these through with Kai and his mum, and with Harrowgate's SENCo when she visited on 17 April.",
                ),
                (
                    "grid",
                    [
                        ["Recommendation", "Outcome it supports"],
                        [
                            R(
                                "Kai's tutor should go through his timetable and equipment checklist with him for five minutes at the start of every day.",
                                "cognition_learning",
                                "specific",
                                F2_TUTOR,
                            ),
                            "Finding his way to lessons with his own timetable",
                        ],
                        [
                            R(
                                "We recommend that Kai is taught to travel to Harrowgate by bus, by a member of school staff, in two sessions a week for the first half term.",
                                "other",
                                "wrong_section",
                                H2_TRAVEL,
                                section="H2",
                            ),
                            "Catching the bus to school on his own",
                        ],
                        [
                            R(
                                "Kai should join a small self-esteem group in Year 7 for one hour a week, such as the 'Feel Good' programme, to rebuild his confidence as a learner.",
                                "semh",
                                "missing_from_f",
                            ),
                            "Keeping going when work is hard",
                        ],
                    ],
                    [0.65, 0.35],
                ),
                (
                    "p",
                    [
                        X(
                            "These recommendations matter because Kai does well with adults who know him and can fall apart when everything is new at once.",
                            "reason for recommendations",
                        ),
                        R(
                            "His hearing should go on being checked every year at the audiology clinic, as it was after his grommets.",
                            "health",
                            "not_educational",
                            "The audiology service at Castlebridge Royal Infirmary will check my hearing once a year.",
                            section="G",
                        ),
                    ],
                ),
                ("p", "Sunita Venn, Inclusion Lead, Millbeck Primary School"),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbf-03: Eastmere County Council; Callum Frayne, 10, foetal alcohol spectrum
# disorder, Year 5 at a mainstream primary school, living with foster carers.
# layout "letter-dot-caps-name-first-person-parenthetical": "B. SPECIAL EDUCATIONAL NEEDS
# (what I need help with)"; F one table What will help me / Who / How often.
# ---------------------------------------------------------------------------

HEAD3 = {
    "A": "A. VIEWS, INTERESTS AND ASPIRATIONS (about me)",
    "B": "B. SPECIAL EDUCATIONAL NEEDS (what I need help with)",
    "C": "C. HEALTH NEEDS (my health)",
    "D": "D. SOCIAL CARE NEEDS (where I live and who looks after me)",
    "E": "E. OUTCOMES (what I am aiming for)",
    "F": "F. SPECIAL EDUCATIONAL PROVISION (what will help me)",
    "G": "G. HEALTH PROVISION (help from health services)",
    "H1": "H1. SOCIAL CARE PROVISION UNDER SECTION 2 OF THE CHRONICALLY SICK AND DISABLED PERSONS ACT 1970",
    "H2": "H2. OTHER SOCIAL CARE PROVISION (other help from social care)",
    "I": "I. PLACEMENT (my school)",
    "J": "J. PERSONAL BUDGET",
    "K": "K. ADVICE AND INFORMATION (who helped with this plan)",
}


def _h3(sid: str) -> tuple:
    return ("H", sid, HEAD3[sid], "h1")


B3_UNDER = "I talk well, so people think I understand more than I really do."
B3_INSTR = "When I am told to do something I often only do the first part."
B3_LIT = "I sometimes take what people say too literally, and I can think others are being mean when they are joking."
B3_TIME = "Time and money are really hard for me to understand."
B3_IMP = "I do things before I have thought about them, like running out of the classroom or grabbing things."
B3_NOISE = "Noisy places like the dinner hall and assembly make me feel wound up and I can't cope."
B3_MEM = "Some days I remember what I learned and some days it has gone."
B3_UPSET = "When something changes or I get upset I can shout and throw things, and it takes me a long time to calm down."
B3_TRUST = "I have moved homes a lot, so it takes me a long time to trust new adults."
B3_READ = "My reading and writing are about two years behind most children in my class."

F3_INSTR = "Instructions one step at a time, with a picture or written word for each step, and I show the adult what I am going to do"
F3_LANG = "A language programme set by the speech and language therapist and delivered by a teaching assistant she has trained"
F3_SOCIAL = "Social skills support"
F3_LUNCH = "Lunch in the small dining room with two or three friends, and ear defenders in assemblies and in the hall"
F3_KEY = "A named key adult who meets me when I arrive and before I go home"
F3_REVISIT = "Time to go back over what I learned before"
F3_MOVE = "Movement breaks"

G3_PAED = "The community paediatrician will review my sleep and my melatonin every six months."
G3_LDN = "The learning disability nursing team will visit me and my foster carers at home once a month to help with sleep and routines."
H3_TRAIN = "The Virtual School will arrange training about foetal alcohol spectrum disorder for staff at my school."

SL3 = "salt_report.pdf"
LD3 = "ld_nurse_report.docx"
SC3 = "school_inclusion_report.docx"

CASE_03 = dict(
    name="case-evalbf-03",
    layout="letter-dot-caps-name-first-person-parenthetical",
    summary=(
        "Eastmere County Council; Callum Frayne, 10, foetal alcohol spectrum disorder, Year 5 at St Wilfrid's "
        "CE Primary School (mainstream), a looked-after child living with foster carers. The plan is a Word "
        "document in Callum's first person; each heading is the letter, a full stop, the statutory name in "
        "capitals and a first-person gloss in brackets ('B. SPECIAL EDUCATIONAL NEEDS (what I need help "
        "with)'); F is one table What will help me / Who / How often, the quantity in the other cells. A speech "
        "and language therapist's report (.pdf; third person, reported speech, options considered) and a "
        "learning disability nurse's report (.docx; bullets with reasons mixed in, then a Recommendation / Who "
        "/ Outcome table) and the school's inclusion lead's short report (.docx; first person plural, bullets)."
    ),
    note="The learning disability nurse recommends training on FASD for all school staff; the plan puts it in H2 as something the Virtual School will arrange: provision in the wrong section. The paediatric sleep review and the nursing team's home visits in G are health provision. Placement moves, the birth history and the diagnosis are background.",
    plan=dict(
        file="plan.docx",
        style="sectioned",
        footer="Eastmere County Council - Education, Health and Care Plan - Callum Frayne - OFFICIAL-SENSITIVE",
        author="Eastmere SEND Service",
        title="EHC Plan - Callum Frayne",
        sans=True,
        accent="2E4A7D",
        blocks=[
            ("org", "EASTMERE COUNTY COUNCIL"),
            (
                "small",
                "Special Educational Needs and Disabilities Service - County Hall, Eastmere - 01632 960580",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Callum Frayne"),
                    ("Date of birth", "9 November 2015"),
                    ("NHS number", "999 775 0143"),
                    ("School", "St Wilfrid's CE Primary School, Year 5"),
                    (
                        "Lives with",
                        "Grace and Emeka Okonjo, foster carers (Eastmere County Council)",
                    ),
                    ("Social worker", "Ms Dana Hollis, Children in Care Team, 01632 960594"),
                    ("Date of plan", "30 September 2026"),
                ],
            ),
            _h3("A"),
            S(
                "A",
                "I am good at Lego, swimming and looking after Biscuit, our foster family's dog.",
            ),
            (
                "p",
                "I want to be a vet or a builder. Grace and Emeka want me to feel safe at school and to keep the friends I have made this year.",
            ),
            _h3("B"),
            S(
                "B",
                "I have foetal alcohol spectrum disorder (FASD). It affects how my brain takes in, remembers and uses information, and how I manage my feelings.",
            ),
            ("b", "Talking and understanding"),
            ("p", [B3_UNDER, B3_INSTR, B3_LIT, B3_TIME]),
            ("b", "Learning and remembering"),
            ("p", [B3_MEM, B3_READ]),
            ("b", "Feelings and behaviour"),
            ("p", [B3_IMP, B3_UPSET, B3_TRUST]),
            ("b", "My senses"),
            ("p", B3_NOISE),
            _h3("C"),
            S(
                "C",
                "I was diagnosed with FASD at the Eastmere FASD clinic when I was eight. I find it hard to get to sleep and I take melatonin at bedtime.",
            ),
            _h3("D"),
            S(
                "D",
                "I am in the care of Eastmere County Council and have lived with Grace and Emeka since March 2025.",
            ),
            _h3("E"),
            S(
                "E",
                "By the end of Year 6 I will follow an instruction with three steps in class, using pictures to help me.",
            ),
            (
                "p",
                "By the end of Year 6 I will tell an adult what happened in the right order, with a beginning, a middle and an end.",
            ),
            (
                "p",
                "By the end of Year 6 I will use my calm plan to settle myself within ten minutes when I am upset.",
            ),
            (
                "p",
                "By the end of Year 6 I will eat my lunch and take part in assembly without leaving.",
            ),
            _h3("F"),
            S(
                "F",
                "St Wilfrid's will make the provision below. The SENCo, Mr Pillai, is responsible for it and will review it with Callum, his carers and his social worker each term.",
            ),
            (
                "grid",
                [
                    ["What will help me", "Who", "How often"],
                    [F(F3_INSTR, True), "Every adult who teaches me", "Every lesson"],
                    [
                        F(F3_LANG, True),
                        "Teaching assistant; the therapist reviews it each term",
                        "Twice a week for 20 minutes",
                    ],
                    [F(F3_SOCIAL, False), "School staff", "As appropriate"],
                    [
                        F(F3_KEY, True),
                        "Mrs Kaur, teaching assistant",
                        "10 minutes at the start and end of every school day",
                    ],
                    [F(F3_LUNCH, True), "Midday supervisor", "Every day"],
                    [F(F3_REVISIT, False), "Class teacher", "When needed"],
                    [F(F3_MOVE, False), "Class teacher", "As required"],
                ],
                [0.5, 0.25, 0.25],
            ),
            _h3("G"),
            S("G", G3_PAED),
            ("p", G3_LDN),
            _h3("H1"),
            S("H1", "None at present."),
            _h3("H2"),
            S(
                "H2",
                "My social worker will visit me every six weeks and arrange my contact with my birth mum.",
            ),
            ("p", H3_TRAIN),
            _h3("I"),
            S(
                "I",
                "St Wilfrid's CE Primary School, Church Walk, Eastmere (voluntary aided, mainstream).",
            ),
            _h3("J"),
            S("J", "No personal budget has been requested."),
            _h3("K"),
            S(
                "K",
                "Speech and language therapy report from Ms Harriet Mbeki (May 2026); learning disability nursing report from Mr Joel Atherton (June 2026); report from Mrs Jo Whitlam, inclusion lead at St Wilfrid's (June 2026); my views; my foster carers' views; my Personal Education Plan (summer 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=SL3,
            style="lettered",
            footer="Eastmere Healthcare NHS Trust - Speech and Language Therapy - Callum Frayne - page {n} of {m}",
            header="CONFIDENTIAL",
            author="H Mbeki",
            accent="1D6F6A",
            blocks=[
                ("org", "Eastmere Healthcare NHS Trust"),
                (
                    "sub",
                    "Children's Speech and Language Therapy, Orchard House, Eastmere - 01632 960611",
                ),
                ("title", "Speech and Language Therapy Report for EHC Needs Assessment"),
                (
                    "p",
                    "Name: Callum Frayne. DOB: 09/11/2015. NHS: 999 775 0143. School: St Wilfrid's CE Primary. Seen: 6 and 13 May 2026.",
                ),
                ("bh", "Background"),
                (
                    "p",
                    [
                        X(
                            "Callum came into care at the age of four and has had three foster placements before his present one.",
                            "history: social care",
                        ),
                        X(
                            "His foster carer, Mrs Okonjo, reported that he has settled well since March 2025 and that the night-time wandering he showed at first has stopped.",
                            "resolved difficulty",
                        ),
                        "His class teacher, Miss Dorrington, said that he is 'chatty and keen' but 'often doesn't do what was asked'.",
                    ],
                ),
                ("bh", "Strengths"),
                (
                    "p",
                    [
                        X(
                            "Callum speaks clearly and fluently, with good vocabulary for everyday topics, and he enjoys talking to adults about his interests.",
                            "strength",
                        ),
                        X(
                            "His speech sounds are fully developed, and he no longer needs the speech sound work he had in Reception.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("bh", "Assessment findings"),
                (
                    "p",
                    [
                        X(
                            "On the CELF-5 his expressive language score was in the low average range, but his receptive language score was at the 2nd percentile.",
                            "standardised score",
                        ),
                        N(
                            "Callum's understanding of language is far weaker than his fluent talk suggests, so adults often overestimate what he has understood.",
                            "communication_interaction",
                            B3_UNDER,
                        ),
                        N(
                            "He typically carries out only the first part of a spoken instruction and then copies what other children are doing.",
                            "communication_interaction",
                            B3_INSTR,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Callum interprets language literally, misreads jokes and sarcasm, and often believes that other children are being unkind on purpose.",
                            "communication_interaction",
                            B3_LIT,
                        ),
                        N(
                            "He cannot retell a story or an event in order, and when he explains what has happened after an incident his account is jumbled and missing key parts.",
                            "communication_interaction",
                            None,
                        ),
                        N(
                            "Abstract concepts such as time, money and before-and-after are very poorly understood.",
                            "cognition_learning",
                            B3_TIME,
                        ),
                    ],
                ),
                ("bh", "Options considered"),
                (
                    "p",
                    [
                        X(
                            "Mrs Okonjo asked whether Callum should have weekly therapy from a therapist in clinic; I explained that he would gain more from frequent practice in school, with my advice, than from one session a week away from class.",
                            "option considered and rejected",
                        ),
                        X(
                            "I also considered a narrative group in clinic, but the travel would cost him half a day of school each week.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("bh", "Recommendations"),
                (
                    "p",
                    [
                        R(
                            "All adults should give Callum instructions one step at a time, backed by a picture or written word, and check his understanding by asking him to show what he will do rather than asking whether he has understood.",
                            "communication_interaction",
                            "specific",
                            F3_INSTR,
                        ),
                        X(
                            "Asking 'Do you understand?' will nearly always get a 'yes' from Callum, whatever he has taken in.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "I recommend that a teaching assistant, trained by me, delivers a language programme three times a week for 20 minutes, with my review each half term.",
                            "communication_interaction",
                            "less",
                            F3_LANG,
                        ),
                        R(
                            "Callum should take part in a small social communication group, using a programme such as Talkabout, for 45 minutes each week.",
                            "communication_interaction",
                            "not_specific",
                            F3_SOCIAL,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "He needs a structured narrative intervention, for example using story grammar cards, twice a week for 20 minutes, so that he can learn to tell what happened in order.",
                            "communication_interaction",
                            "missing_from_f",
                        ),
                        X(
                            "This matters beyond English lessons: when he cannot give an account of an incident, he tends to be blamed for it.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    R(
                        "At home, Mr and Mrs Okonjo could use a simple visual calendar to talk about what is happening tomorrow and at the weekend.",
                        "cognition_learning",
                        "not_educational",
                    ),
                ),
                (
                    "p",
                    "Harriet Mbeki, Highly Specialist Speech and Language Therapist, 20 May 2026",
                ),
            ],
        ),
        dict(
            file=LD3,
            style="headed",
            footer="Eastmere Healthcare NHS Trust - Community Learning Disability Nursing (Children)",
            author="J Atherton",
            blocks=[
                ("org", "Community Learning Disability Nursing Team (Children)"),
                (
                    "small",
                    "Eastmere Healthcare NHS Trust - Larch Court, Eastmere - 01632 960625 - cldn@eastmere.example.org",
                ),
                ("title", "Learning disability nursing advice"),
                (
                    "p",
                    "Child: Callum Frayne (DOB 09/11/2015). Nurse: Joel Atherton, RNLD. Date: 12 June 2026.",
                ),
                ("b", "About my involvement"),
                (
                    "p",
                    [
                        X(
                            "I have visited Callum and his foster carers at home every month since October 2025, mainly to help with sleep and routines.",
                            "support already in place",
                        ),
                        X(
                            "His bedtime routine, which used to take two hours, now takes about forty minutes with a visual plan and melatonin.",
                            "progress",
                        ),
                    ],
                ),
                ("b", "What Callum can do"),
                (
                    "bul",
                    [
                        X(
                            "He is affectionate and funny, and he is proud of looking after the family dog every morning.",
                            "strength",
                        ),
                        X(
                            "He can now dress himself and pack his own school bag from a picture list.",
                            "progress",
                        ),
                    ],
                ),
                ("b", "What Callum finds hard"),
                (
                    "bul",
                    [
                        [
                            N(
                                "Callum acts on impulse, for example running out of the classroom, grabbing equipment or climbing, without any sign of having thought first.",
                                "semh",
                                B3_IMP,
                            ),
                            "This is part of his FASD, not wilful naughtiness.",
                        ],
                        N(
                            "He is easily overwhelmed by noise and crowds, and the dinner hall and assemblies are the most common triggers for his outbursts.",
                            "sensory_physical",
                            B3_NOISE,
                        ),
                        N(
                            "His memory is inconsistent: he may know his spellings or a number fact on Monday and have no recall of them on Wednesday.",
                            "cognition_learning",
                            B3_MEM,
                        ),
                        N(
                            "At changes of routine, or when he feels criticised, he can become very distressed, shouting and throwing things, and it can take him more than twenty minutes to settle.",
                            "semh",
                            B3_UPSET,
                        ),
                        [
                            N(
                                "Callum does not learn from consequences in the usual way: he can repeat what a rule says but cannot link a sanction to what he did, so detentions and lost playtimes do not change his behaviour.",
                                "semh",
                                None,
                            ),
                            X(
                                "Foster carers find the same at home, and have stopped using sanctions on my advice.",
                                "support already in place, home",
                            ),
                        ],
                        N(
                            "Because of early neglect and several moves of home, he is slow to trust new adults and tests them before he will accept help.",
                            "semh",
                            B3_TRUST,
                        ),
                    ],
                ),
                ("b", "My recommendations"),
                (
                    "p",
                    "Each recommendation below is linked to what it is for. Most of them cost little but need every adult to do the same thing.",
                ),
                (
                    "grid",
                    [
                        ["Recommendation", "Who", "Outcome"],
                        [
                            R(
                                "A quiet lunch every day in a small room with two or three chosen friends, and ear defenders for assemblies and the hall.",
                                "sensory_physical",
                                "specific",
                                F3_LUNCH,
                            ),
                            "Midday staff",
                            "Eating lunch and joining assembly without leaving",
                        ],
                        [
                            R(
                                "A named key adult to meet Callum for ten minutes when he arrives and ten minutes before home time, every day.",
                                "semh",
                                "specific",
                                F3_KEY,
                            ),
                            "Teaching assistant",
                            "Settling to learn, trusting adults",
                        ],
                        [
                            R(
                                "Pre-teaching and overlearning: 15 minutes every morning going back over the previous day's learning before new work is introduced.",
                                "cognition_learning",
                                "not_specific",
                                F3_REVISIT,
                            ),
                            "Teaching assistant",
                            "Keeping what he has learned",
                        ],
                        [
                            R(
                                "A behaviour support plan based on FASD-informed approaches, replacing sanctions with immediate, concrete feedback and adult co-regulation.",
                                "semh",
                                "missing_from_f",
                            ),
                            "SENCo and class teacher",
                            "Calming within ten minutes",
                        ],
                        [
                            R(
                                "Training on FASD for every member of staff who works with Callum, including midday supervisors, within his first term of Year 6.",
                                "semh",
                                "wrong_section",
                                H3_TRAIN,
                                section="H2",
                            ),
                            "School, with our team",
                            "The same approach from every adult",
                        ],
                    ],
                    [0.52, 0.2, 0.28],
                ),
                (
                    "bul",
                    [
                        R(
                            "Callum's sleep should go on being reviewed by the community paediatrician, who prescribes his melatonin.",
                            "health",
                            "not_educational",
                            G3_PAED,
                            section="G",
                        ),
                        R(
                            "I will continue to visit the foster home once a month to support sleep and routines.",
                            "health",
                            "not_educational",
                            G3_LDN,
                            section="G",
                        ),
                        R(
                            "At home, his carers should keep the same visual bedtime plan, because the routine is what has made the difference.",
                            "health",
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "A referral to CAMHS was discussed at the last looked-after review, but we agreed that his distress is best understood through his FASD and that the plan above should be tried first.",
                        "option considered and rejected",
                    ),
                ),
                ("p", "Joel Atherton, Registered Nurse (Learning Disabilities)"),
            ],
        ),
        dict(
            file=SC3,
            style="sectioned",
            footer="St Wilfrid's CE Primary School - Callum Frayne - school advice",
            author="J Whitlam",
            accent="6B4E16",
            blocks=[
                ("org", "St Wilfrid's CE Primary School"),
                ("small", "Church Walk, Eastmere - 01632 960633 - senco@stwilfrids.example.org"),
                ("title", "School advice for EHC needs assessment"),
                (
                    "p",
                    "Pupil: Callum Frayne, Year 5. Written by Jo Whitlam, Inclusion Lead, with Miss Dorrington, class teacher, 26 June 2026.",
                ),
                ("h", 2, "What Callum does well at school"),
                (
                    "bul",
                    [
                        X(
                            "Callum has been in school every day since Easter, and his attendance for the year is 97 per cent.",
                            "strength",
                        ),
                        X("He reads aloud with expression and loves our class novel.", "strength"),
                        X(
                            "He has not left the school grounds since we put a fob on the back gate in January.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 2, "What is hard for Callum"),
                (
                    "bul",
                    [
                        N(
                            "Callum's reading comprehension and his writing are both about two years below those of his classmates.",
                            "cognition_learning",
                            B3_READ,
                        ),
                        X(
                            "His Personal Education Plan targets for spelling were met this term with daily practice.",
                            "progress",
                        ),
                    ],
                ),
                ("h", 2, "What we already do and what we think he needs"),
                (
                    "bul",
                    [
                        X(
                            "We already give Callum a job to do at the start of every lesson and a seat by the door, and we use his Pupil Premium Plus for a weekly session with the school's learning mentor.",
                            "support already in place",
                        ),
                        [
                            R(
                                "We think Callum needs a five-minute movement break, with a job to do, about every 30 minutes in lessons.",
                                "sensory_physical",
                                "not_specific",
                                F3_MOVE,
                            ),
                            X(
                                "When he has moved, he can sit and listen again; when he hasn't, he leaves the room.",
                                "reason for a recommendation",
                            ),
                        ],
                        R(
                            "Callum should have the same key adult in Year 6, because it has taken him most of this year to trust Mrs Kaur.",
                            "semh",
                            "specific",
                            F3_KEY,
                        ),
                    ],
                ),
                ("p", "Jo Whitlam, Inclusion Lead"),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbf-04: Northwold Metropolitan Borough Council; Ellie-Mae Prosser, 14, mild
# learning disability, Year 9 at a mainstream secondary school, bullied and refusing PE
# and science.
# layout "area-bands-repeating-letter-first-person-subheads": shaded bands for three areas,
# each holding the same three sub-headings "B - What I find hard", "E - What I am aiming
# for", "F - What will help me"; the other sections after them.
# ---------------------------------------------------------------------------

HEAD4 = {
    "A": "A – About me",
    "B": "B – What I find hard",
    "E": "E – What I am aiming for",
    "F": "F – What will help me",
    "C": "C – My health",
    "D": "D – Social care: my family and home",
    "G": "G – Health help",
    "H1": "H1 – Social care help (section 2, Chronically Sick and Disabled Persons Act 1970)",
    "H2": "H2 – Other social care help",
    "I": "I – My school",
    "J": "J – Personal budget",
    "K": "K – Advice and information",
}


def _h4(sid: str) -> tuple:
    return ("H", sid, HEAD4[sid], "bh")


B4_AVOID = (
    "I won't go to PE or science at the moment, because that is where some girls are nasty to me."
)
B4_READ = "My reading is like a younger child's, so I can't read most of the worksheets and textbooks in Year 9 on my own."
B4_HOMEW = (
    "I often write my homework down wrong or forget it, and then I get into trouble for missing it."
)
B4_TUMMY = "I get tummy aches on school mornings and sometimes I stay at home."
B4_SLOW = "It takes me longer to understand what teachers say, especially when they talk fast or use long words."
B4_MATHS = "I find money, time and big numbers hard, and I can't do maths in my head."
B4_FORGET = "I forget what we did in a lesson quite quickly unless I go over it again and again."
B4_WRITE = "I can write short sentences, but I don't know how to plan a longer piece of writing."

F4_RETURN = "A plan to help me go back to PE and science, agreed with me."
F4_READ = "Reading practice with a trained adult, 20 minutes every day, going over the same words and patterns until I can read them without stopping."
F4_MENTOR = "My mentor, Mr Baptiste, will meet me for 15 minutes once a week."
F4_SAFE = "Access to a safe space at break and lunch."
F4_DIFF = "In every lesson my teachers will give me texts at my reading level and a word list for the topic."
F4_PRE = "Pre-teaching of key words and ideas before new topics, where possible."
F4_EXAM = "A reader and 25 per cent extra time in all tests and exams."
F4_WRITE = "Writing frames for any piece of writing longer than a paragraph, in every subject."

G4_NURSE = (
    "The school nurse will see me once each half term to talk about my tummy aches and my sleep."
)
H4_MONEY = (
    "The council's short breaks service will help me learn to use money and go shopping on my own."
)

IL4 = "inclusion_lead_report.pdf"
EP4 = "ep_report.docx"

CASE_04 = dict(
    name="case-evalbf-04",
    layout="area-bands-repeating-letter-first-person-subheads",
    summary=(
        "Northwold Metropolitan Borough Council; Ellie-Mae Prosser, 14, mild learning disability, Year 9 at "
        "Kingsholm Community College (mainstream secondary), being bullied and refusing PE and science. The plan "
        "is a Word document in Ellie-Mae's first person: three shaded bands for areas of need, each holding the "
        "same three sub-headings 'B – What I find hard', 'E – What I am aiming for' and 'F – What "
        "will help me'; the other sections follow. The school inclusion lead's report (.pdf; options set out as "
        "Plan A and Plan B, recommendations argued at length, first person plural) and an educational "
        "psychologist's report (.docx; reported speech, strengths first, a Need / Recommendation / Reason table)."
    ),
    note="The educational psychologist recommends a money and life skills programme taught in school; the plan puts it in H2 as the short breaks service's offer (provision in the wrong section). The school nurse in G is health provision. The reduced timetable (Plan B) and a move to a special school are options rejected.",
    plan=dict(
        file="plan.docx",
        style="lettered",
        footer="Northwold MBC - EHC plan - Ellie-Mae Prosser - final - 9 November 2026",
        author="Northwold SEND Team",
        title="My EHC plan - Ellie-Mae Prosser",
        accent="8A1538",
        blocks=[
            ("org", "Northwold Metropolitan Borough Council"),
            ("sub", "Special Educational Needs Assessment and Review Service - 01632 960802"),
            ("title", "My Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Ellie-Mae Prosser"),
                    ("Date of birth", "21 January 2012"),
                    ("NHS number", "999 206 4439"),
                    ("School", "Kingsholm Community College, Year 9"),
                    ("Parents", "Kerry and Wayne Prosser"),
                    ("SEN officer", "Mrs L Oduya, 01632 960808, send@northwold.example.org"),
                ],
            ),
            _h4("A"),
            S(
                "A",
                "I like baking, make-up tutorials, my cat Pickle and going to the cinema with my cousin.",
            ),
            (
                "p",
                "I want to work in a bakery or a nursery when I leave school. My mum and dad want me to feel safe at school and to go to all my lessons again.",
            ),
            ("band", "Learning"),
            _h4("B"),
            S(
                "B",
                "I have a mild learning disability, which means I learn more slowly than other people in my year and need things explained simply and more than once.",
            ),
            ("p", [B4_SLOW, B4_READ, B4_WRITE, B4_MATHS, B4_FORGET]),
            _h4("E"),
            S(
                "E",
                "By the end of Year 10 I will read a GCSE-level text with a word list and answer questions on it.",
            ),
            (
                "p",
                "By the end of Year 10 I will plan and write a piece of writing of a page, using a writing frame.",
            ),
            _h4("F"),
            (
                "bul",
                [
                    S("F", F(F4_DIFF, True)),
                    F(F4_READ, True),
                    F(F4_PRE, False),
                    F(F4_WRITE, True),
                    F(F4_EXAM, True),
                ],
            ),
            ("band", "Feelings, friends and going to lessons"),
            _h4("B"),
            ("p", [B4_AVOID, B4_TUMMY]),
            _h4("E"),
            ("p", "By Easter 2027 I will go to every PE and science lesson."),
            (
                "p",
                "By the end of Year 9 I will tell a trusted adult when someone is unkind to me, online or in school.",
            ),
            _h4("F"),
            ("bul", [F(F4_RETURN, False), F(F4_MENTOR, True), F(F4_SAFE, False)]),
            ("band", "Getting organised and getting ready for adult life"),
            _h4("B"),
            ("p", B4_HOMEW),
            _h4("E"),
            (
                "p",
                "By the end of Year 10 I will record my homework correctly in my planner every day.",
            ),
            _h4("F"),
            ("p", "This is covered by my mentor meetings above."),
            _h4("C"),
            S(
                "C",
                "I am healthy, but I get tummy aches when I am worried and I don't sleep well before school days.",
            ),
            _h4("D"),
            S("D", "My family do not have a social worker."),
            _h4("G"),
            S("G", G4_NURSE),
            _h4("H1"),
            S("H1", "No help is needed."),
            _h4("H2"),
            S("H2", H4_MONEY),
            _h4("I"),
            S(
                "I",
                "Kingsholm Community College, Kingsholm Road, Northwold (mainstream community secondary school, ages 11 to 16).",
            ),
            _h4("J"),
            S("J", "My parents have not asked for a personal budget."),
            _h4("K"),
            S(
                "K",
                "Report from Ms Carys Rowntree, inclusion lead at Kingsholm Community College (September 2026); educational psychology advice from Dr Amaka Ifeanyi (September 2026); my views and my parents' views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=IL4,
            style="sectioned",
            header="Kingsholm Community College - Inclusion",
            footer="Advice for EHC needs assessment - Ellie-Mae Prosser - page {n} of {m}",
            author="C Rowntree",
            accent="3B5323",
            blocks=[
                ("org", "Kingsholm Community College"),
                (
                    "small",
                    "Kingsholm Road, Northwold - 01632 960845 - inclusion@kingsholm.example.org",
                ),
                ("title", "School advice: Inclusion Lead"),
                (
                    "p",
                    "Student: Ellie-Mae Prosser, Year 9, born 21 January 2012. Written by Carys Rowntree, Inclusion Lead, 18 September 2026.",
                ),
                ("h", 2, "What Ellie-Mae does well"),
                (
                    "p",
                    [
                        X(
                            "Ellie-Mae is warm, funny and kind to younger students, and in food technology she is one of the most capable in her group.",
                            "strength",
                        ),
                        X(
                            "She has moved up two reading levels since she joined us in Year 7.",
                            "progress",
                        ),
                        X(
                            "Her difficulties with the canteen queue in Year 7 were sorted out with a lunch pass and are no longer a problem.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 2, "What has been happening"),
                (
                    "p",
                    [
                        X(
                            "Since February a group of girls in her tutor group have called her names and shared pictures of her on a group chat; the school has dealt with this under our anti-bullying policy and two students have been excluded for a fixed period.",
                            "history: incident dealt with",
                        ),
                        N(
                            "Ellie-Mae now refuses to go to PE and science, the two lessons she shares with those girls, and spends them in the library or the toilets.",
                            "semh",
                            B4_AVOID,
                        ),
                        N(
                            "She does not always recognise when other students are making fun of her or taking advantage of her, and she has given older students her lunch money and her phone passcode when they asked.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Her mother tells us that Ellie-Mae has stomach aches on most school mornings, and her attendance this year is 81 per cent.",
                            "semh",
                            B4_TUMMY,
                        ),
                        N(
                            "Ellie-Mae's reading age is about eight years, and she cannot read the textbooks, worksheets or board notes used in Year 9 without help.",
                            "cognition_learning",
                            B4_READ,
                        ),
                        N(
                            "She frequently copies homework into her planner incorrectly, or not at all, and then misses the deadline.",
                            "cognition_learning",
                            B4_HOMEW,
                        ),
                    ],
                ),
                ("h", 2, "What we already do"),
                (
                    "p",
                    X(
                        "Ellie-Mae already has a lunch pass, a seat near the front in every lesson and a weekly check-in with her head of year.",
                        "support already in place",
                    ),
                ),
                ("h", 2, "Options and what we recommend"),
                (
                    "p",
                    [
                        "We have thought hard about how to get Ellie-Mae back into PE and science, because missing them now will limit her choices at GCSE.",
                        R(
                            "Plan A, which we recommend, is a phased return with a trusted adult: one PE and one science lesson in the first week, adding one lesson a fortnight, with a separate place to change for PE and a seat away from the girls concerned.",
                            "semh",
                            "not_specific",
                            F4_RETURN,
                        ),
                        X(
                            "Plan B was a reduced timetable with the missed lessons taught in the learning support base, but we rejected it because it would teach Ellie-Mae that avoiding a lesson makes it go away, and she would fall further behind.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "We recommend a one-to-one relationships and keeping-safe programme, including staying safe online, for 30 minutes each week for at least a term, taught by our pastoral manager.",
                            "semh",
                            "missing_from_f",
                        ),
                        X(
                            "We say this because Ellie-Mae's wish to be liked leaves her open to being used by others, and this is the part of the bullying that worries us most.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "A mentor she trusts should meet her for ten minutes at the start and ten minutes at the end of every school day, to check her timetable, her homework and how she is feeling.",
                            "semh",
                            "less",
                            F4_MENTOR,
                        ),
                        R(
                            "She should have a daily reading intervention with overlearning, such as a structured phonics and fluency programme, for 20 minutes with a trained adult.",
                            "cognition_learning",
                            "specific",
                            F4_READ,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "We also talked with her parents about a move to a special school, but Ellie-Mae was clear that she wants to stay with her friends in food technology, and we believe we can meet her needs.",
                            "option considered and rejected",
                        ),
                        R(
                            "At home, her parents have agreed to keep her phone downstairs at night and to check her group chats with her each week.",
                            "other",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Carys Rowntree, Inclusion Lead and SENCo"),
            ],
        ),
        dict(
            file=EP4,
            style="headed",
            footer="Northwold Educational Psychology Service - Ellie-Mae Prosser",
            author="A Ifeanyi",
            blocks=[
                ("org", "Northwold Educational Psychology Service"),
                ("small", "Town Hall Annexe, Northwold - 01632 960860 - eps@northwold.example.org"),
                ("title", "Educational psychology advice"),
                (
                    "p",
                    "Young person: Ellie-Mae Prosser (14). Seen in school on 8 and 15 September 2026. Psychologist: Dr Amaka Ifeanyi.",
                ),
                ("h", 1, "Ellie-Mae's views"),
                (
                    "p",
                    [
                        "Ellie-Mae told me that she likes cooking and her form tutor, and that school is 'alright apart from PE and science'.",
                        "She said that she would like a job in a bakery and that she wants to learn to go into town on her own.",
                    ],
                ),
                ("h", 1, "What Ellie-Mae can do"),
                (
                    "bul",
                    [
                        X(
                            "She follows a practical demonstration well and remembers what she has seen much better than what she has heard.",
                            "strength",
                        ),
                        X(
                            "Her handwriting is clear and neat, and she copies accurately from a model.",
                            "strength",
                        ),
                        X(
                            "She uses a calculator confidently for adding and taking away.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 1, "Assessment"),
                (
                    "p",
                    X(
                        "On the WISC-V her Full Scale IQ was 62, with verbal comprehension 64, working memory 63 and processing speed 70; these are consistent with a mild learning disability.",
                        "standardised score",
                    ),
                ),
                ("h", 1, "Needs, recommendations and reasons"),
                (
                    "grid",
                    [
                        ["Need", "Recommendation", "Reason"],
                        [
                            N(
                                "Ellie-Mae understands spoken language slowly and loses the thread when teachers talk quickly or use abstract vocabulary.",
                                "cognition_learning",
                                B4_SLOW,
                            ),
                            R(
                                "A differentiated curriculum: in every lesson, texts adapted to her reading level and a topic word list with pictures.",
                                "cognition_learning",
                                "specific",
                                F4_DIFF,
                            ),
                            "She can follow the same curriculum as her class when the language is made accessible.",
                        ],
                        [
                            N(
                                "Her working memory is weak, and she loses most new learning within a few days unless it is revisited many times.",
                                "cognition_learning",
                                B4_FORGET,
                            ),
                            R(
                                "Pre-teaching of the key vocabulary and ideas for each new topic in English, maths and science, three times a week for 20 minutes.",
                                "cognition_learning",
                                "not_specific",
                                F4_PRE,
                            ),
                            "Overlearning and meeting words in advance are what make the difference for her.",
                        ],
                        [
                            N(
                                "She can write simple sentences but cannot plan or organise a longer piece of writing.",
                                "cognition_learning",
                                B4_WRITE,
                            ),
                            R(
                                "Writing frames and sentence starters for all extended writing, in every subject.",
                                "cognition_learning",
                                "specific",
                                F4_WRITE,
                            ),
                            "So that what she writes shows what she knows.",
                        ],
                        [
                            N(
                                "She has little understanding of money, time or place value beyond one hundred, and cannot calculate mentally.",
                                "cognition_learning",
                                B4_MATHS,
                            ),
                            R(
                                "A money and life skills programme in school, using real shopping and travel, twice a week for 30 minutes.",
                                "cognition_learning",
                                "wrong_section",
                                H4_MONEY,
                                section="H2",
                            ),
                            "These are the skills she will need most as an adult.",
                        ],
                        [
                            N(
                                "Ellie-Mae knows that she finds learning harder than others, calls herself 'stupid', and her mood has been low since the bullying began.",
                                "semh",
                                None,
                            ),
                            R(
                                "Six sessions with the school counsellor, then a review, to work on her confidence and her understanding of her own learning.",
                                "semh",
                                "missing_from_f",
                            ),
                            "Her low view of herself is now holding her back as much as her learning disability.",
                        ],
                    ],
                    [0.36, 0.38, 0.26],
                ),
                (
                    "p",
                    [
                        R(
                            "Ellie-Mae should have a reader and 25 per cent extra time in tests and public examinations.",
                            "cognition_learning",
                            "specific",
                            F4_EXAM,
                        ),
                        R(
                            "The school nurse should see her each half term about her stomach aches and sleep, and refer her to her GP if they continue.",
                            "health",
                            "not_educational",
                            G4_NURSE,
                            section="G",
                        ),
                    ],
                ),
                (
                    "p",
                    "Dr Amaka Ifeanyi, Educational Psychologist, HCPC PYL41276, 22 September 2026",
                ),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
