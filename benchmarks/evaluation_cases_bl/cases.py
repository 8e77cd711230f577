# ruff: noqa: E501, N802
"""Set BL as data: dual placements, resource bases and part-time timetables (a seven-year-old
on a dual roll between a village primary and a special school, a ten-year-old in a speech
and language resource base attached to a mainstream primary, a thirteen-year-old on a
part-time timetable with two days a week at an alternative provision), in plan layouts no
earlier set has.

Every name, council, school, setting, service, NHS trust and professional is invented.
Phone numbers are in the 01632 960xxx range, mobiles 07700 900xxx, e-mail addresses are at
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


# ---------------------------------------------------------------------------
# case-evalbl-01: Carrowby County Council; Poppy Astbury-Kerr, 7, dual roll
# layout "section-word-letter-full-stop-setting-subheads": Word headings
# "Section B. Special educational needs"; Section F split under three bold sub-headings
# (both schools, the village primary's days, the special school's days).
# ---------------------------------------------------------------------------

B1_PACE = "Poppy learns at a much slower pace than her classmates; in reading and maths she is working at about the level of a four-year-old."
B1_INSTR = "She forgets longer instructions part way through and manages best when she is told one or two things at a time."
B1_TALK = "Poppy talks in short phrases and finds it hard to explain what has happened to her or what she wants."
B1_PLAY = "At her village school she mostly plays on her own or stays near the adults at playtime."
B1_SOUNDS = "She knows some letter sounds but cannot yet put sounds together to read simple words."
B1_FOCUS = (
    "Poppy can only keep going with a task for a few minutes unless an adult is sitting with her."
)

F1_BOOK = "A home and schools diary travels with Poppy every day; staff at whichever school she attends write in it before she goes home, and her parents write in it each evening."
F1_TA = "A teaching assistant will work alongside Poppy in every literacy and maths lesson, in both schools."
F1_INSTR = "Instructions to be simplified as appropriate."
F1_MEET = "The SENCo at St Oswin's and Poppy's class teacher at Brook Lane will meet once a term to review her targets."
F1_PHON = "Daily phonics, one-to-one with a trained teaching assistant for 15 minutes, following the school's systematic synthetic phonics programme at Poppy's level (Monday to Wednesday at St Oswin's, Thursday and Friday at Brook Lane)."
F1_NUM = "Precision teaching of number facts for 5 minutes, twice every school day, by the class teaching assistant."
F1_QUIET = "Access to a quiet area as needed."
F1_SWIM = "Weekly hydrotherapy pool session with her Brook Lane class on Friday mornings, with an adult in the water with her."

G1_OT = "The children's occupational therapy service will assess Poppy's hand skills and provide a daily fine motor programme for both schools to follow."
G1_PAED = (
    "Dr Rhiannon Pask, community paediatrician, will continue to see Poppy once a year in clinic."
)

EP1 = "ep_review.pdf"
ST1 = "specialist_teacher_report.docx"


def _sec(sid: str) -> tuple:
    return ("H", sid, f"Section {sid}. {NAMES[sid]}", "h2")


CASE_01 = dict(
    name="case-evalbl-01",
    layout="section-word-letter-full-stop-setting-subheads",
    summary=(
        "Carrowby County Council; Poppy Astbury-Kerr, 7, Year 2, on a dual roll: St Oswin's CE Primary, Hatherden "
        "(a village school, Monday to Wednesday) and Brook Lane School (a special school, Thursday and Friday) "
        "(moderate learning difficulties, working memory, short spoken sentences, anxiety at the change of school, "
        "fine motor and self-care needs). Word headings 'Section B. Special educational needs'; Section F split "
        "under bold sub-headings for both schools and for each school's days. An educational psychologist's review "
        "(.pdf, third person with the parents' and Poppy's views in reported speech, options considered) and a "
        "specialist teacher for cognition and learning's report (.docx, a Recommendation / Where and how often / "
        "Reason table)."
    ),
    note="The specialist teacher's daily fine motor programme, to be delivered by school staff, stands in Section G as an occupational therapy offer: provision in the wrong section. The paediatrician's yearly review in G is health provision. The meeting between schools is once a term against at least every half term. Glue ear and grommets, the BAS scores and the parents' decision against a full-time special school place are background.",
    plan=dict(
        file="plan.docx",
        footer="Carrowby County Council - Education, Health and Care Plan - Poppy Astbury-Kerr - issued 9 October 2026",
        author="Carrowby SEND Assessment and Review",
        title="EHC Plan - Poppy Astbury-Kerr",
        style="sectioned",
        blocks=[
            ("org", "CARROWBY COUNTY COUNCIL"),
            (
                "small",
                "SEND Assessment and Review Team, County Hall, Carrowby - 01632 960214 - send.plans@carrowby.example.org",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Poppy Astbury-Kerr"),
                    ("Date of birth", "14 February 2019"),
                    ("NHS number", "999 318 4420"),
                    ("Year group", "Year 2"),
                    (
                        "Schools (dual registration)",
                        "St Oswin's CE Primary School, Hatherden (main roll); Brook Lane School, Carrowby (subsidiary roll)",
                    ),
                    ("Parents", "Gemma Astbury and Lewis Kerr"),
                    ("Case officer", "Mr D Hallworth, 01632 960219"),
                ],
            ),
            _sec("A"),
            (
                "S",
                "A",
                "Poppy loves horses, her little brother Alfie and the hydrotherapy pool at Brook Lane, and she likes to help the dinner ladies set out the chairs.",
            ),
            (
                "p",
                "Her parents want Poppy to stay part of her village community, where her cousins go to school, while getting the specialist teaching that helps her learn; they hope she will be able to read a simple book on her own by the end of Year 3.",
            ),
            _sec("B"),
            ("S", "B", B1_PACE),
            ("b", "Communication and interaction"),
            ("p", [B1_TALK, B1_PLAY]),
            ("b", "Cognition and learning"),
            ("p", [B1_INSTR, B1_SOUNDS, B1_FOCUS]),
            _sec("C"),
            (
                "S",
                "C",
                "Poppy had grommets fitted in 2023 for glue ear; her hearing is now within the normal range and she is seen once a year by the community paediatrician.",
            ),
            _sec("D"),
            ("S", "D", "Poppy's family have no assessed social care needs."),
            _sec("E"),
            ("S", "E", "By July 2027 Poppy will read and write twenty simple three-letter words."),
            (
                "p",
                "By July 2027 Poppy will count out up to ten objects accurately and match them to the right numeral.",
            ),
            (
                "p",
                "By July 2027 Poppy will follow a two-part instruction given to the whole class.",
            ),
            (
                "p",
                "By July 2027 Poppy will play a simple turn-taking game with two classmates at lunchtime.",
            ),
            _sec("F"),
            (
                "S",
                "F",
                "Poppy is on the roll of both schools. Each school is responsible for the provision on the days she attends it, and St Oswin's, as the main school, coordinates the whole plan.",
            ),
            ("b", "In both schools"),
            (
                "bul",
                [
                    ("F", F1_BOOK, True),
                    ("F", F1_TA, True),
                    ("F", F1_INSTR, False),
                    ("F", F1_MEET, True),
                ],
            ),
            ("b", "At St Oswin's CE Primary (Monday, Tuesday and Wednesday)"),
            ("bul", [("F", F1_PHON, True), ("F", F1_QUIET, False)]),
            ("b", "At Brook Lane School (Thursday and Friday)"),
            ("bul", [("F", F1_NUM, True), ("F", F1_SWIM, True)]),
            _sec("G"),
            ("S", "G", G1_PAED),
            ("p", G1_OT),
            _sec("H1"),
            ("S", "H1", "No provision identified."),
            _sec("H2"),
            ("S", "H2", "No provision identified at present."),
            _sec("I"),
            (
                "S",
                "I",
                "Dual registration: St Oswin's CE Primary School, Hatherden (mainstream, main roll), Monday to Wednesday; Brook Lane School, Carrowby (community special school for pupils with learning difficulties, subsidiary roll), Thursday and Friday.",
            ),
            _sec("J"),
            ("S", "J", "No personal budget has been requested."),
            _sec("K"),
            (
                "S",
                "K",
                "Educational psychology review by Dr Naomi Fairclough (July 2026); report of Mrs Caroline Etherington, specialist teacher for cognition and learning (June 2026); parents' views; school advice from both schools.",
            ),
        ],
    ),
    reports=[
        dict(
            file=EP1,
            style="lettered",
            header="Carrowby Educational Psychology Service",
            footer="EP review - Poppy Astbury-Kerr - page {n} of {m}",
            author="N Fairclough",
            blocks=[
                ("org", "Carrowby Educational Psychology Service"),
                (
                    "sub",
                    "Bridge House, Mill Street, Carrowby - 01632 960233 - eps@carrowby.example.org",
                ),
                ("title", "Educational Psychology Review"),
                (
                    "kv",
                    [
                        ("Pupil", "Poppy Astbury-Kerr, Year 2, born 14 February 2019"),
                        ("Schools", "St Oswin's CE Primary (Mon-Wed); Brook Lane School (Thu-Fri)"),
                        (
                            "Psychologist",
                            "Dr Naomi Fairclough, HCPC-registered educational psychologist",
                        ),
                        ("Date of review", "4 July 2026"),
                    ],
                ),
                ("h", 1, "Background"),
                (
                    "p",
                    [
                        X(
                            "Poppy was first seen by the service in nursery, when her parents were worried that she was not yet talking in sentences.",
                            "history",
                        ),
                        X(
                            "She had grommets fitted at the age of four, after which her parents noticed a clear improvement in her listening.",
                            "history: resolved",
                        ),
                        X(
                            "The dual placement began in September 2025, after a year in which Poppy attended St Oswin's full time with a teaching assistant for most of the day.",
                            "history",
                        ),
                    ],
                ),
                ("h", 1, "Views of Poppy and her family"),
                (
                    "p",
                    [
                        "Mrs Astbury said that Poppy talks about both schools at home and calls Brook Lane 'the swimming school'.",
                        "She said that the family had visited two special schools when the placement was first discussed.",
                        X(
                            "They decided against a full-time special school place because they wanted Poppy to keep her friends and cousins in the village, and they remain clear that this was the right choice.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                (
                    "p",
                    "Poppy told me that she likes Mrs Hendry at St Oswin's and the big swing at Brook Lane, and that she does not like 'when the taxi comes on a Thursday'.",
                ),
                ("h", 1, "Assessment"),
                (
                    "p",
                    [
                        X(
                            "On the British Ability Scales, Poppy's scores in verbal and non-verbal reasoning were all below the first percentile, a similar profile to her assessment in 2024.",
                            "test result",
                        ),
                        N(
                            "Poppy learns new skills much more slowly than other children of her age, and her understanding of number and early reading is at the level expected of a child of about four.",
                            "cognition_learning",
                            B1_PACE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Her working memory is a significant weakness: she can hold only two items in mind at once and loses the thread of an instruction with more than two parts.",
                            "cognition_learning",
                            B1_INSTR,
                        ),
                        N(
                            "Poppy's spoken sentences are short, usually three or four words, and she struggles to tell an adult what has happened or what she needs.",
                            "communication_interaction",
                            B1_TALK,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "She becomes anxious on the mornings she changes setting, and at Brook Lane on a Thursday she often hides under a table for the first half hour.",
                            "semh",
                            None,
                        ),
                        "Staff at Brook Lane described this to me as 'her Thursday wobble'.",
                        X(
                            "By contrast, the move from Wednesday at home back to St Oswin's on a Monday now goes smoothly, which it did not in the autumn.",
                            "progress: resolved difficulty",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Poppy has few friendships at St Oswin's, where she tends to play alone at lunchtime or follow adults rather than join other children's games.",
                            "communication_interaction",
                            B1_PLAY,
                        ),
                        X(
                            "At Brook Lane she has a close friend, Maisie, and plays chasing games with her class.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 1, "Options discussed"),
                (
                    "p",
                    [
                        "At the review meeting we discussed three options.",
                        X(
                            "A return to full-time mainstream was not favoured by anyone present, as Poppy's progress in reading has been faster since she began specialist teaching at Brook Lane.",
                            "option considered and rejected",
                        ),
                        X(
                            "Moving Poppy to Brook Lane full time was discussed and rejected by her parents.",
                            "option considered and rejected",
                        ),
                        "The third option, which everyone supported, was to keep the dual placement and strengthen the links between the two schools.",
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "p",
                    [
                        R(
                            "A single communication diary should travel with Poppy between the two schools and home every day, in which staff in each setting write what she has done and anything that has upset her.",
                            "communication_interaction",
                            "specific",
                            F1_BOOK,
                        ),
                        X(
                            "Poppy cannot yet carry this information herself, and at present each school often does not know what happened on the other's days.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Poppy should have a visual timetable of her week, showing which school she goes to on each day with photographs of both buildings, the taxi and the adults she will meet, and it should be gone through with her at the end of every school day.",
                            "semh",
                            "missing_from_f",
                        ),
                        X(
                            "Much of the Thursday distress seems to come from not knowing where she is going next.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "The SENCo at St Oswin's and Poppy's teacher at Brook Lane should meet, in person or online, at least once every half term to agree her targets and share what works, so that she is taught in the same way in both places.",
                            "cognition_learning",
                            "less",
                            F1_MEET,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "In both schools, an adult will need to break every instruction down into one or two steps and check that Poppy has understood by asking her to show what she has to do.",
                            "cognition_learning",
                            "not_specific",
                            F1_INSTR,
                        ),
                        X(
                            "Repeating the whole instruction more loudly, which I saw happen twice, does not help her.",
                            "observation: reason",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "I understand Poppy remains under the care of Dr Pask, community paediatrician, and the yearly review in clinic should continue.",
                            "health",
                            "not_educational",
                            G1_PAED,
                            section="G",
                        ),
                    ],
                ),
            ],
        ),
        dict(
            file=ST1,
            style="headed",
            footer="Carrowby Learning Support Service - specialist teacher report - P Astbury-Kerr",
            author="C Etherington",
            blocks=[
                ("org", "Carrowby Learning Support Service"),
                (
                    "small",
                    "Cognition and Learning Team - 01632 960247 - learningsupport@carrowby.example.org",
                ),
                ("title", "Specialist Teacher Report: Cognition and Learning"),
                (
                    "kv",
                    [
                        ("Pupil", "Poppy Astbury-Kerr"),
                        (
                            "Seen at",
                            "St Oswin's CE Primary (11 June 2026) and Brook Lane School (12 June 2026)",
                        ),
                        ("Specialist teacher", "Mrs Caroline Etherington, MA SpLD, QTS"),
                    ],
                ),
                ("h", 1, "Reason for involvement"),
                (
                    "p",
                    "I was asked by the SENCo at St Oswin's to assess Poppy's literacy and number, to observe her in both of her schools, and to advise on what each school should provide.",
                ),
                ("h", 1, "What I found"),
                (
                    "p",
                    [
                        X(
                            "Poppy now recognises 14 letter sounds, up from 5 in September, and she is proud to show visitors her sound cards.",
                            "progress",
                        ),
                        N(
                            "She can recognise these sounds in isolation but cannot yet blend three sounds together to read a word such as 'cat' or 'pin'.",
                            "cognition_learning",
                            B1_SOUNDS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Her pencil grip is immature and she cannot yet form most letters, so nearly all of her recorded work is done by an adult scribing for her.",
                            "sensory_physical",
                            None,
                        ),
                        N(
                            "Poppy needs an adult to help her with dressing and undressing for PE and swimming, and with wiping after using the toilet.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "She finds it hard to stay with a task for more than three or four minutes without an adult beside her, and at St Oswin's she wandered to the book corner four times during a twenty-minute maths lesson.",
                            "cognition_learning",
                            B1_FOCUS,
                        ),
                        X(
                            "At Brook Lane, in a class of nine with a work station and a task board, she stayed with each of three short tasks to the end.",
                            "observation: strength in a structured setting",
                        ),
                    ],
                ),
                ("h", 1, "Support already in place"),
                (
                    "bul",
                    [
                        X(
                            "St Oswin's has given Poppy a workstation with a 'now and next' board at the side of the classroom.",
                            "support already in place",
                        ),
                        X(
                            "Brook Lane runs a daily phonics group of four pupils, which Poppy joins on Thursdays and Fridays.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "p",
                    "Each recommendation below says where and how often it should happen, and why.",
                ),
                (
                    "grid",
                    [
                        ["Recommendation", "Where and how often", "Reason"],
                        [
                            R(
                                "Daily one-to-one phonics with a trained teaching assistant, using a systematic synthetic phonics programme pitched at her level.",
                                "cognition_learning",
                                "specific",
                                F1_PHON,
                            ),
                            "15 minutes every day, in whichever school she is in",
                            X(
                                "Poppy's recent progress shows she can learn letter sounds when teaching is daily and consistent between the schools.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Precision teaching of number facts to five, then to ten.",
                                "cognition_learning",
                                "specific",
                                F1_NUM,
                            ),
                            "5 minutes, twice a day, both schools",
                            X(
                                "Short, frequent practice suits her working memory far better than a weekly lesson.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "A daily fine motor programme (dough, threading, tweezers, then pencil control), delivered by school staff after assessment by an occupational therapist.",
                                "sensory_physical",
                                "wrong_section",
                                G1_OT,
                                section="G",
                            ),
                            "10 minutes a day, both schools",
                            X(
                                "Without it she will go on depending on an adult to write for her.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "A named adult at St Oswin's to set up and support a small structured game with two or three classmates at lunchtime.",
                                "semh",
                                "missing_from_f",
                            ),
                            "Three lunchtimes a week at St Oswin's",
                            X(
                                "She wants to join in but does not know how to start a game, and other children do not yet know how to include her.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "At home, Poppy's parents may like to play the same counting games we use in school, such as the dice race.",
                                "cognition_learning",
                                "not_educational",
                            ),
                            "Home, when the family wishes",
                            X("Her mum asked for ideas she could use at weekends.", "reason"),
                        ],
                    ],
                    [0.38, 0.23, 0.39],
                ),
                (
                    "p",
                    "Caroline Etherington, Specialist Teacher (Cognition and Learning), 19 June 2026",
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbl-02: Pellingford Borough Council; Kai Oduya-Lund, 10, speech and language
# resource base attached to a mainstream primary
# layout "underlined-statutory-names-base-and-class-split-unlettered": a PDF whose headings
# are the statutory names alone, underlined as typed by hand, no letters; Section F split
# into "In the Speech and Language Base" and "In Kai's mainstream class".
# ---------------------------------------------------------------------------

B2_DLD = "Kai has a language disorder. He often does not follow what is said in class when sentences are long or use words like 'before', 'after' or 'unless'."
B2_WORDS = (
    "He finds it hard to learn new topic words and to remember them from one lesson to the next."
)
B2_STORY = "When Kai explains something or tells a story, the order gets muddled and listeners struggle to follow him."
B2_UPSET = "Kai knows that talking and listening are harder for him than for his friends; in his mainstream class he can get upset and stop working."
B2_WRITE = (
    "His writing is much shorter than the ideas he can talk about, and he avoids writing at length."
)
B2_MEM = "He can only hold a few spoken words in his head at a time."

F2_BASE = "Every morning (8.50 am to 12.00 noon) in the Speech and Language Base for English and maths, in a group of no more than eight pupils, taught by the Base's specialist teacher with a Base teaching assistant."
F2_SALT = "Speech and language therapy delivered in the Base by the NHS speech and language therapist for 45 minutes every fortnight, with targets shared with the Base staff."
F2_VOCAB = "Pre-teaching of vocabulary where possible."
F2_WAIT = "Adults will give Kai at least ten seconds to answer a question before repeating or rephrasing it, and will rephrase rather than repeat."
F2_TALK = "Regular opportunities to practise speaking in front of small groups."
F2_CLASS = "In the afternoons in Class 5K, a Base teaching assistant will support Kai for the first 15 minutes of every lesson, checking he has understood the task and giving him a written task card."
F2_WRITE = "A writing frame and a word mat of topic words for every piece of extended writing."

G2_AUD = (
    "Kai will continue to have his hearing checked once a year at the Pellingford audiology clinic."
)
G2_TRAIN = "The speech and language therapy service will offer training in language-friendly teaching to mainstream staff at Fernhill."

RB2 = "resource_base_report.docx"
PM2 = "senco_provision_map.pdf"


def _u(sid: str) -> tuple:
    return ("H", sid, NAMES[sid], "u")


CASE_02 = dict(
    name="case-evalbl-02",
    layout="underlined-statutory-names-base-and-class-split-unlettered",
    summary=(
        "Pellingford Borough Council; Kai Oduya-Lund, 10, Year 5, Fernhill Primary School and its Speech and Language "
        "Base (developmental language disorder, vocabulary, narrative, reading comprehension, frustration, social "
        "understanding, slow processing). A PDF plan whose headings are the statutory names alone, underlined, with "
        "no section letters; Section F split between the Base (mornings) and the mainstream class (afternoons). A "
        "resource base teacher's report (.docx, first person plural, bullets with the reasons mixed in) and the SENCo's "
        "provision map (.pdf, landscape, a table of support in place and support proposed, with an outcome column)."
    ),
    note="Training for Kai's mainstream teachers by the Base, recommended as part of his provision, stands in Health provision as a speech and language therapy service offer: provision in the wrong section. Therapy every fortnight against weekly is less than recommended. The SENCo's rows marked 'in place' are support already in place. The yearly hearing check in Health provision is health provision.",
    plan=dict(
        file="plan.pdf",
        style="sectioned",
        header="Pellingford Borough Council - EHC plan - OFFICIAL-SENSITIVE",
        footer="Kai Oduya-Lund - final plan - 21 September 2026 - page {n} of {m}",
        author="Pellingford SEND Service",
        title="EHC Plan - Kai Oduya-Lund",
        blocks=[
            ("org", "Pellingford Borough Council"),
            (
                "small",
                "Special Educational Needs and Disabilities Service, Civic Centre, Pellingford - 01632 960350",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Kai Oduya-Lund"),
                    ("Date of birth", "2 November 2015"),
                    ("NHS number", "999 551 0387"),
                    ("School", "Fernhill Primary School and Speech and Language Base, Year 5"),
                    ("Parent", "Ruth Oduya"),
                    (
                        "Plan coordinator",
                        "Ms L Varga, 01632 960356, sendplans@pellingford.example.org",
                    ),
                ],
            ),
            _u("A"),
            (
                "S",
                "A",
                "Kai is a keen footballer who plays for the Fernhill under-11s, and he knows the name of every dinosaur in his book.",
            ),
            (
                "p",
                "He says he wants to 'get better at reading so I can read the football pages'. His mum would like him to go to Pellingford High with his friends and to have the same help there.",
            ),
            _u("B"),
            ("S", "B", B2_DLD),
            ("p", [B2_WORDS, B2_STORY, B2_MEM]),
            ("p", [B2_UPSET, B2_WRITE]),
            _u("C"),
            (
                "S",
                "C",
                "Kai had glue ear as a young child; his hearing is now normal and he is checked once a year.",
            ),
            _u("D"),
            ("S", "D", "No social care needs have been identified."),
            _u("E"),
            (
                "S",
                "E",
                "By the end of Year 6, Kai will follow a three-step classroom instruction without help.",
            ),
            (
                "p",
                "By the end of Year 6, Kai will use topic words correctly when explaining what he has learnt in science.",
            ),
            (
                "p",
                "By the end of Year 6, Kai will retell a story in the right order using first, next and last.",
            ),
            (
                "p",
                "By the end of Year 6, Kai will write a paragraph of at least five sentences using a writing frame.",
            ),
            _u("F"),
            (
                "S",
                "F",
                "Kai's provision is shared between the Speech and Language Base, where he spends the mornings, and Class 5K, where he spends the afternoons. Fernhill's headteacher is responsible for all of it.",
            ),
            ("b", "In the Speech and Language Base"),
            ("bul", [("F", F2_BASE, True), ("F", F2_SALT, True), ("F", F2_VOCAB, False)]),
            ("b", "In Kai's mainstream class"),
            (
                "bul",
                [
                    ("F", F2_CLASS, True),
                    ("F", F2_WAIT, True),
                    ("F", F2_WRITE, True),
                    ("F", F2_TALK, False),
                ],
            ),
            _u("G"),
            ("S", "G", G2_AUD),
            ("p", G2_TRAIN),
            _u("H1"),
            ("S", "H1", "Not applicable."),
            _u("H2"),
            ("S", "H2", "Not applicable at this time."),
            _u("I"),
            (
                "S",
                "I",
                "Fernhill Primary School, Pellingford (community primary school), with a place in its Speech and Language Base, a resource base maintained by Pellingford Borough Council.",
            ),
            _u("J"),
            ("S", "J", "Ms Oduya has not asked for a personal budget."),
            _u("K"),
            (
                "S",
                "K",
                "Report of the Speech and Language Base teacher, Mr Owen Trelawney (May 2026); provision map from Mrs Sunita Bhandal, SENCo (May 2026); speech and language therapy advice (April 2026); parent's views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=RB2,
            style="headed",
            footer="Fernhill Primary School - Speech and Language Base - report for the annual review - Kai Oduya-Lund",
            author="O Trelawney",
            blocks=[
                ("org", "Fernhill Primary School - Speech and Language Base"),
                (
                    "small",
                    "Fernhill Road, Pellingford - 01632 960371 - slbase@fernhill.example.org",
                ),
                ("title", "Resource Base Teacher's Report"),
                (
                    "kv",
                    [
                        ("Pupil", "Kai Oduya-Lund, Year 5"),
                        ("In the Base since", "September 2023"),
                        (
                            "Written by",
                            "Owen Trelawney, teacher in charge of the Base, with the Base team",
                        ),
                        ("Date", "14 May 2026"),
                    ],
                ),
                ("h", 1, "How Kai's week works"),
                (
                    "p",
                    [
                        "Kai spends every morning with us in the Base and every afternoon in Class 5K with Miss Kowalczyk.",
                        X(
                            "He joined the Base in Year 3, when his school in Hartwell could no longer meet his language needs in a class of thirty.",
                            "history",
                        ),
                        X(
                            "We have seen him grow in confidence over the last year, and he now reads the class register aloud on Fridays.",
                            "progress",
                        ),
                    ],
                ),
                ("h", 1, "What we have found"),
                (
                    "p",
                    [
                        X(
                            "On the CELF-5 in March, Kai's core language score was 68, below the second percentile.",
                            "test result",
                        ),
                        N(
                            "Kai has a developmental language disorder, and his understanding of spoken language is well below that of his classmates, particularly for long sentences and for words about time and order such as 'before' and 'unless'.",
                            "communication_interaction",
                            B2_DLD,
                        ),
                    ],
                ),
                (
                    "bul",
                    [
                        N(
                            "His vocabulary is limited, and he does not keep hold of new subject words, such as those met in science and geography, from one week to the next.",
                            "communication_interaction",
                            B2_WORDS,
                        ),
                        N(
                            "When Kai tells a story or recounts his weekend, his account is disorganised and the listener often cannot follow the order of events.",
                            "communication_interaction",
                            B2_STORY,
                        ),
                        N(
                            "His reading comprehension is much weaker than his word reading: he decodes fluently but cannot answer questions that depend on inference.",
                            "cognition_learning",
                            None,
                        ),
                        N(
                            "Kai's written work falls far short of his spoken ideas; he writes short, unpunctuated sentences and avoids writing more than a few lines.",
                            "cognition_learning",
                            B2_WRITE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "He is increasingly aware of his difficulties and becomes frustrated and withdrawn in his mainstream lessons, sometimes putting his head on the desk and refusing to carry on.",
                            "semh",
                            B2_UPSET,
                        ),
                        X(
                            "In the Base, where the language is pitched for him, we rarely see this.",
                            "observation: contrast between settings",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "On the playground he often misreads what other children mean, taking jokes literally and getting drawn into arguments he does not understand.",
                            "communication_interaction",
                            None,
                        ),
                        X(
                            "His earlier difficulty with sounds, which made him hard to understand in Year 3, has resolved, and he was discharged from the speech sound programme last summer.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Kai processes spoken language slowly, so he needs more time than others to take in a question or instruction and to put his answer together.",
                            "communication_interaction",
                            None,
                        ),
                    ],
                ),
                ("h", 1, "What we recommend"),
                ("p", "We have talked these through with Kai's mum and with Miss Kowalczyk."),
                (
                    "bul",
                    [
                        [
                            R(
                                "We recommend that Kai continues to spend every morning in the Base for English and maths, in a group of no more than eight pupils taught by a specialist teacher.",
                                "communication_interaction",
                                "specific",
                                F2_BASE,
                            ),
                            X(
                                "This is where he has made his best progress, because every lesson is planned around the language he can understand.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "We recommend that direct speech and language therapy continues at 45 minutes each week, delivered in the Base by the NHS speech and language therapist, with the targets carried into class by the Base teaching assistant.",
                                "communication_interaction",
                                "less",
                                F2_SALT,
                            ),
                            X(
                                "Therapy has been weekly this year and we would not want to lose that momentum before he moves to secondary school.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "We suggest that the Base teaching assistant pre-teaches the topic vocabulary for 20 minutes twice a week before each new science and geography unit, using word maps and pictures.",
                                "communication_interaction",
                                "not_specific",
                                F2_VOCAB,
                            ),
                            X(
                                "Where we have done this, Kai has used the new words in class; where we have not, he has sat silently.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "We recommend a small social communication group of 30 minutes each week with two or three peers, run by the Base team, working on understanding jokes, sarcasm and how to sort out disagreements.",
                                "communication_interaction",
                                "missing_from_f",
                            ),
                            X(
                                "Most of the incidents at lunchtime this year started with a misunderstanding.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Kai's mainstream teachers should have training from the Base in language-friendly teaching at least once a year, so that the strategies that work in the mornings are used in the afternoons too.",
                                "communication_interaction",
                                "wrong_section",
                                G2_TRAIN,
                                section="G",
                            ),
                        ],
                        [
                            R(
                                "At home, Kai's family could talk through the week's new words using the word mat we send home on Fridays.",
                                "communication_interaction",
                                "not_educational",
                            ),
                            X(
                                "Ms Oduya told us Kai enjoys quizzing his little sister with it.",
                                "reason",
                            ),
                        ],
                    ],
                ),
                ("h", 1, "Options we considered"),
                (
                    "p",
                    [
                        X(
                            "We considered moving Kai back to mainstream full time for Year 6, but agreed with his mum that the mornings in the Base are still what allows him to learn.",
                            "option considered and rejected",
                        ),
                        X(
                            "A move to a special school for children with language disorder was also discussed at the last review and rejected, as Kai is doing well with his friends at Fernhill.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("p", "Owen Trelawney, Teacher in charge, Speech and Language Base"),
            ],
        ),
        dict(
            file=PM2,
            style="sectioned",
            landscape=True,
            header="Fernhill Primary School - SEN provision map",
            footer="Provision map - Kai Oduya-Lund - Summer term 2026 - page {n} of {m}",
            author="S Bhandal",
            blocks=[
                ("org", "Fernhill Primary School"),
                ("title", "Individual Provision Map - Kai Oduya-Lund (Year 5)"),
                (
                    "small",
                    "Prepared by Mrs Sunita Bhandal, SENCo, for the annual review on 21 May 2026",
                ),
                ("h", 2, "Summary of need"),
                (
                    "p",
                    [
                        "Kai's needs are set out fully in the Base teacher's report.",
                        N(
                            "In addition, assessment by the Base shows that Kai has a weakness in auditory memory: he can repeat back only three or four words of a sentence accurately.",
                            "cognition_learning",
                            B2_MEM,
                        ),
                    ],
                ),
                ("h", 2, "Provision in place this year"),
                (
                    "grid",
                    [
                        ["Provision", "Staff / group size", "Frequency", "Outcome so far"],
                        [
                            X(
                                "Speech and language therapy in the Base",
                                "support already in place",
                            ),
                            "NHS SLT, 1:1",
                            "45 minutes weekly",
                            "Meeting 3 of his 4 targets",
                        ],
                        [
                            X("Visual task cards in Class 5K", "support already in place"),
                            "Class teacher",
                            "Every lesson",
                            "Starts tasks more quickly",
                        ],
                        [
                            X("Lunchtime Lego club", "support already in place"),
                            "Midday supervisor, 6 pupils",
                            "Tuesdays",
                            "Enjoys it; fewer arguments on Tuesdays",
                        ],
                    ],
                    [0.3, 0.21, 0.17, 0.32],
                ),
                ("h", 2, "Proposed from September"),
                (
                    "grid",
                    [
                        ["Provision", "Staff / group size", "Frequency", "Outcome it supports"],
                        [
                            R(
                                "Reading comprehension group using a structured inference programme",
                                "cognition_learning",
                                "missing_from_f",
                            ),
                            "Teaching assistant trained by the Base, group of 4",
                            "3 x 30 minutes a week",
                            "Answers 'why' and 'how do you know' questions about a text",
                        ],
                        [
                            R(
                                "Adults to allow Kai extra thinking time before he answers, and to rephrase rather than repeat",
                                "communication_interaction",
                                "specific",
                                F2_WAIT,
                            ),
                            "All staff",
                            "Every lesson",
                            "Takes part in class discussion",
                        ],
                        [
                            R(
                                "Yearly hearing check at the audiology clinic",
                                "health",
                                "not_educational",
                                G2_AUD,
                                section="G",
                            ),
                            "NHS audiology",
                            "Annually",
                            "Early notice of any change in hearing",
                        ],
                    ],
                    [0.3, 0.21, 0.17, 0.32],
                ),
                (
                    "p",
                    X(
                        "A laptop for extended writing was tried in the spring term and stopped, as Kai's typing was slower than his handwriting.",
                        "option tried and stopped",
                    ),
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbl-03: Hollinsmoor Metropolitan Borough Council; Reece Marwood, 13, part-time
# timetable, three days at an academy and two at an alternative provision
# layout "letter-space-everyday-statement-names-weekday-grid": Word headings of a letter
# and an everyday statement, "B What Reece finds difficult"; Section F opens with a
# Day / Where / Who grid, then provision for each setting.
# ---------------------------------------------------------------------------

B3_ANGER = "When Reece thinks he is being told off or shown up, he gets very angry very quickly and may walk out of the room."
B3_READ = "Reece's reading is several years behind his age and he will do almost anything to avoid reading in front of others."
B3_SELF = "Reece does not think much of himself and often says he is stupid."
B3_FEEL = "He finds it hard to put into words how he is feeling."
B3_RETURN = "Reece is worried about going back to Castlegate full time."
B3_MATHS = "There are big gaps in Reece's maths, such as times tables and place value, so much of his class work is too hard for him."

F3_FORGE = "Two days a week (Tuesday and Thursday, 9.30 am to 2.30 pm) at The Forge Centre, following its practical programme in motor vehicle and construction skills, in a group of no more than six young people with two staff."
F3_KEY = "The same key worker at The Forge on both days, who will meet Reece for 15 minutes at the start and 15 minutes at the end of each day."
F3_PHASE = "Reece's timetable at Castlegate will be increased gradually, as he is ready."
F3_LIT = "A literacy intervention for 30 minutes twice a week at Castlegate, one-to-one with the specialist teaching assistant."
F3_BEHAV = "A consistent approach to behaviour across both settings."
F3_MATHS = "Small-group maths (no more than six pupils) with a maths teacher in the Castlegate learning support base, for all of his maths lessons."
F3_READ = "Reece will not be asked to read aloud in front of the class unless he has offered to."
F3_REVIEW = "Castlegate's inclusion lead and Reece's key worker at The Forge will review his timetable together every four weeks."

H3_MENTOR = "A mentor from the Hollinsmoor Targeted Youth Support team will meet Reece at Castlegate for 10 minutes every morning he attends."
G3_CAMHS = "Reece will continue to see the CAMHS primary mental health worker every fortnight."

KW3 = "forge_key_worker_report.docx"
EP3 = "ep_review.pdf"

HEAD3 = {
    "A": "A What Reece and his family want",
    "B": "B What Reece finds difficult",
    "C": "C Reece's health",
    "D": "D Reece's social care needs",
    "E": "E What we want Reece to achieve",
    "F": "F The help Reece will get at Castlegate and at The Forge",
    "G": "G The help Reece will get from health services",
    "H1": "H1 Help from social care for disabled children",
    "H2": "H2 Other help from social care",
    "I": "I Where Reece goes to school",
    "J": "J Personal budget",
    "K": "K Who gave advice for this plan",
}


def _h3(sid: str) -> tuple:
    return ("H", sid, HEAD3[sid], "h1")


CASE_03 = dict(
    name="case-evalbl-03",
    layout="letter-space-everyday-statement-names-weekday-grid",
    summary=(
        "Hollinsmoor Metropolitan Borough Council; Reece Marwood, 13, Year 8, on a part-time timetable: three days at "
        "Castlegate Academy and two days a week at The Forge Centre, an alternative provision (anger when criticised, "
        "reading and maths well behind, low self-esteem, unstructured times, working memory, trusting new adults, "
        "anxiety about returning full time). Word headings of a letter and an everyday statement, 'B What Reece finds "
        "difficult'; Section F opens with a Day / Where / Who grid. An alternative provision key worker's report (.docx, "
        "bullets with the reasons mixed in, Reece's words in reported speech) and an educational psychologist's review "
        "(.pdf, options argued at length, 'Plan A' and 'Plan B')."
    ),
    note="The key worker's recommended daily mentor at Castlegate stands in H2 as a Targeted Youth Support offer: provision in the wrong section. Literacy twice a week against four times is less than recommended. The fortnightly CAMHS appointments in G are health provision. The exclusion history, attendance figures and the EP's Plan A are background or options rejected.",
    plan=dict(
        file="plan.docx",
        style="headed",
        footer="Hollinsmoor MBC | Education, Health and Care Plan | Reece Marwood | Amended after annual review | 30 September 2026",
        author="Hollinsmoor SEND Team",
        title="EHC Plan - Reece Marwood",
        blocks=[
            ("org", "Hollinsmoor Metropolitan Borough Council"),
            ("title", "Reece's Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Reece Marwood"),
                    ("Date of birth", "19 May 2013"),
                    ("NHS number", "999 620 1145"),
                    ("Year group", "Year 8"),
                    (
                        "Education",
                        "Castlegate Academy (on roll); The Forge Centre (alternative provision commissioned by the academy)",
                    ),
                    ("Parent", "Kerry Marwood"),
                    ("SEND officer", "Mr A Okonjo, 01632 960482, send@hollinsmoor.example.org"),
                ],
            ),
            _h3("A"),
            (
                "S",
                "A",
                "Reece likes taking engines apart, riding his BMX and cooking tea for his younger brothers.",
            ),
            (
                "p",
                "He says he wants to be a mechanic like his uncle and to 'not get sent out all the time'. His mum wants him back in school full time and to leave with qualifications.",
            ),
            _h3("B"),
            ("S", "B", B3_ANGER),
            ("p", [B3_SELF, B3_FEEL, B3_RETURN]),
            ("p", [B3_READ, B3_MATHS]),
            _h3("C"),
            (
                "S",
                "C",
                "Reece is seen by the CAMHS primary mental health team for low mood; he has no other health needs.",
            ),
            _h3("D"),
            (
                "S",
                "D",
                "Reece's family had support from Early Help in 2024; the case is now closed.",
            ),
            _h3("E"),
            (
                "S",
                "E",
                "By July 2027 Reece will be attending Castlegate for at least four days a week.",
            ),
            (
                "p",
                "By July 2027 Reece will read a Year 6 level text independently and answer questions on it.",
            ),
            (
                "p",
                "By July 2027 Reece will use an agreed exit card instead of walking out of lessons.",
            ),
            _h3("F"),
            (
                "S",
                "F",
                "Castlegate Academy remains responsible for all of Reece's provision, including the days it commissions from The Forge Centre. His current week is:",
            ),
            (
                "grid",
                [
                    ["Day", "Where", "Who is responsible on the day"],
                    [
                        "Monday",
                        "Castlegate Academy, 8.40 am to 1.00 pm",
                        "Castlegate inclusion lead",
                    ],
                    ["Tuesday", "The Forge Centre", "Forge key worker"],
                    [
                        "Wednesday",
                        "Castlegate Academy, 8.40 am to 1.00 pm",
                        "Castlegate inclusion lead",
                    ],
                    ["Thursday", "The Forge Centre", "Forge key worker"],
                    [
                        "Friday",
                        "Castlegate Academy, 8.40 am to 1.00 pm",
                        "Castlegate inclusion lead",
                    ],
                ],
                [0.19, 0.44, 0.37],
            ),
            ("b", "At The Forge Centre"),
            ("bul", [("F", F3_FORGE, True), ("F", F3_KEY, True)]),
            ("b", "At Castlegate Academy"),
            ("bul", [("F", F3_LIT, True), ("F", F3_MATHS, True), ("F", F3_READ, True)]),
            ("b", "Across both settings"),
            ("bul", [("F", F3_PHASE, False), ("F", F3_BEHAV, False), ("F", F3_REVIEW, True)]),
            _h3("G"),
            ("S", "G", G3_CAMHS),
            _h3("H1"),
            ("S", "H1", "None."),
            _h3("H2"),
            ("S", "H2", H3_MENTOR),
            _h3("I"),
            (
                "S",
                "I",
                "Castlegate Academy, Hollinsmoor (mainstream academy, ages 11 to 16), with alternative provision at The Forge Centre two days a week while Reece's timetable is increased.",
            ),
            _h3("J"),
            ("S", "J", "None requested."),
            _h3("K"),
            (
                "S",
                "K",
                "Key worker's report from The Forge Centre (Mr Dale Openshaw, June 2026); educational psychology review (Dr Priya Castellanos, July 2026); views of Reece and his mum; Castlegate Academy's annual review report.",
            ),
        ],
    ),
    reports=[
        dict(
            file=KW3,
            style="sectioned",
            footer="The Forge Centre - key worker report - R Marwood - June 2026",
            author="D Openshaw",
            blocks=[
                ("org", "The Forge Centre"),
                (
                    "small",
                    "Unit 4, Canal Wharf, Hollinsmoor - 01632 960497 - office@forgecentre.example.org",
                ),
                ("title", "Key Worker's Report for Annual Review"),
                (
                    "kv",
                    [
                        ("Young person", "Reece Marwood (Year 8, Castlegate Academy)"),
                        ("Attending The Forge", "Tuesdays and Thursdays since January 2026"),
                        ("Key worker", "Dale Openshaw"),
                        ("Date", "22 June 2026"),
                    ],
                ),
                ("h", 1, "How Reece came to us"),
                (
                    "p",
                    [
                        X(
                            "Reece was placed on a reduced timetable at Castlegate in October 2025 after two fixed-term exclusions for walking out and swearing at staff.",
                            "history",
                        ),
                        X(
                            "The academy commissioned two days a week with us from January, and his attendance on our days has been 94%.",
                            "history: attendance",
                        ),
                    ],
                ),
                ("h", 1, "What's going well"),
                (
                    "bul",
                    [
                        X(
                            "Reece is a natural in the workshop and has finished the brake-change unit of his motor vehicle award, ahead of the others in his group.",
                            "strength and progress",
                        ),
                        X(
                            "He has had no incidents at The Forge since March, which is a big change from his first weeks.",
                            "progress: resolved difficulty",
                        ),
                        X(
                            "He now eats lunch with the group rather than on his own in the van, after we gave him the job of setting the table.",
                            "support already in place: resolved",
                        ),
                    ],
                ),
                ("h", 1, "What Reece still finds hard"),
                (
                    "bul",
                    [
                        [
                            N(
                                "Reece struggles to manage his anger when he feels criticised, and in the past month he has walked out of lessons at Castlegate eight times.",
                                "semh",
                                B3_ANGER,
                            ),
                            "Most of these were when he had been corrected in front of others.",
                        ],
                        [
                            N(
                                "Break, lunch and the walk between lessons are very hard for him at Castlegate, and most of his incidents there happen in corridors.",
                                "semh",
                                None,
                            ),
                            X(
                                "At The Forge there are no corridors and staff are always in the room, which is part of why he manages here.",
                                "reason: contrast between settings",
                            ),
                        ],
                        N(
                            "His reading is well behind: he reads at around a nine-year-old level and avoids any task that involves reading aloud.",
                            "cognition_learning",
                            B3_READ,
                        ),
                        [
                            N(
                                "He has low self-esteem and often says he is 'thick' and that there is no point trying.",
                                "semh",
                                B3_SELF,
                            ),
                            "He told me he thinks the teachers at Castlegate 'have already made their minds up' about him.",
                        ],
                        N(
                            "Reece takes a long time to trust a new adult, and will not accept help from someone until he has got to know them over several weeks.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                ("h", 1, "What I think he needs"),
                (
                    "bul",
                    [
                        [
                            R(
                                "Reece should keep the same key worker at The Forge on both his days, with a 15-minute check-in at the start and the end of each day.",
                                "semh",
                                "specific",
                                F3_KEY,
                            ),
                            X(
                                "The check-in at the start tells me what sort of morning he has had, and the one at the end stops him going home on a bad note.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "He needs a mentor at Castlegate whom he sees for 10 minutes every morning he is there, ideally someone who can also visit him at The Forge once a half term.",
                                "semh",
                                "wrong_section",
                                H3_MENTOR,
                                section="H2",
                            ),
                            X(
                                "He has nobody at Castlegate he would go to when things start to go wrong.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Break and lunch at Castlegate should be supervised, with a place for him in a small lunch club where an adult he knows is present.",
                                "semh",
                                "missing_from_f",
                            ),
                            X(
                                "If the corridors and the yard are where it goes wrong, that is where the support needs to be.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "He should carry on at The Forge two days a week doing practical motor vehicle and construction work in a small group, until he is back at Castlegate for at least four days.",
                                "cognition_learning",
                                "specific",
                                F3_FORGE,
                            ),
                            X(
                                "Dropping The Forge suddenly would take away the part of his week he is proudest of.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "At home, his mum might like to give Reece a small job fixing something each weekend, as he responds so well to being trusted with tools.",
                                "semh",
                                "not_educational",
                            ),
                        ],
                    ],
                ),
                ("p", "Dale Openshaw, Key Worker, The Forge Centre"),
            ],
        ),
        dict(
            file=EP3,
            style="headed",
            header="Hollinsmoor Educational Psychology Team",
            footer="Educational psychology review - Reece Marwood - page {n} of {m}",
            author="P Castellanos",
            blocks=[
                ("org", "Hollinsmoor Educational Psychology Team"),
                (
                    "small",
                    "Riverside House, Hollinsmoor - 01632 960460 - ep.team@hollinsmoor.example.org",
                ),
                ("title", "Educational Psychology Review"),
                (
                    "kv",
                    [
                        ("Name", "Reece Marwood"),
                        ("School", "Castlegate Academy, Year 8 (part-time), with The Forge Centre"),
                        ("Psychologist", "Dr Priya Castellanos, educational psychologist"),
                        ("Seen", "1 July 2026 at The Forge; 3 July 2026 at Castlegate"),
                    ],
                ),
                ("h", 1, "Reece's views"),
                (
                    "p",
                    [
                        "Reece told me that he likes The Forge because 'they talk to you like an adult there'.",
                        "He said that Castlegate is 'too big and too loud' and that he would go back full time 'if it was different'.",
                    ],
                ),
                ("h", 1, "Assessment"),
                (
                    "p",
                    [
                        X(
                            "On the WISC-V, Reece's verbal comprehension and visual-spatial scores were in the average range.",
                            "test result",
                        ),
                        N(
                            "His working memory is a significant weakness, which means Reece loses track of instructions with several steps and then appears defiant when he has simply forgotten what to do.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Reece has difficulty recognising and naming his own emotions; when asked how he felt before an incident, he could only say 'normal' or 'mad'.",
                            "semh",
                            B3_FEEL,
                        ),
                        N(
                            "He is anxious about returning to Castlegate full time after most of a year on a reduced timetable, and says he would 'kick off' if he were made to.",
                            "semh",
                            B3_RETURN,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "In maths he has gaps in basic number, including times tables and place value, which make most Year 8 work out of his reach.",
                            "cognition_learning",
                            B3_MATHS,
                        ),
                        X(
                            "His attendance at Castlegate is 61% of the sessions he is expected to attend, up from 48% in the autumn term.",
                            "attendance figures: progress",
                        ),
                    ],
                ),
                ("h", 1, "The options"),
                (
                    "p",
                    [
                        "I discussed two ways forward with Reece, his mum, the academy and The Forge.",
                        X(
                            "Plan A would keep the present arrangement for the whole of Year 9; it is the least risky in the short term, but a part-time timetable is meant to be temporary, and leaving it in place for another year would cost Reece a great deal of teaching and make a return harder still.",
                            "option considered and rejected",
                        ),
                        "Plan B, which everyone at the meeting preferred, is a planned return.",
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "I recommend a phased increase in Reece's time at Castlegate over the spring and summer terms, adding one half day every four weeks, with the plan reviewed by both settings every four weeks and his days at The Forge reduced only once he is attending Castlegate for four days.",
                            "semh",
                            "not_specific",
                            F3_PHASE,
                        ),
                        X(
                            "A return at a known pace, which Reece can see written down, is more likely to hold than one that depends on whether staff feel he is ready.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "p",
                    [
                        R(
                            "Reece should have a structured literacy intervention for 30 minutes, four times a week, one-to-one or in a pair, with a member of staff trained in teaching reading to older pupils.",
                            "cognition_learning",
                            "less",
                            F3_LIT,
                        ),
                        X(
                            "Twice a week, which is what has been possible so far, has not been enough to close the gap.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "An individual programme on recognising and managing emotions, one session a week for twelve weeks with the academy's emotional literacy support assistant, should start in September.",
                            "semh",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Staff at Castlegate and at The Forge should agree and use the same short, private way of correcting Reece, away from other pupils, with an exit card he can show to leave the room for up to five minutes.",
                            "semh",
                            "not_specific",
                            F3_BEHAV,
                        ),
                        X(
                            "It is being corrected in public, rather than the correction itself, that sets off most incidents.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Reece should continue to see the CAMHS primary mental health worker every fortnight, as he does now.",
                            "health",
                            "not_educational",
                            G3_CAMHS,
                            section="G",
                        ),
                        X(
                            "A referral to a pupil referral unit was raised by the academy in the spring, and I do not support it, because Reece is succeeding with the current combination of settings.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("p", "Dr Priya Castellanos, Educational Psychologist, 10 July 2026"),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbl-04: Sandmere County Council; Callum Fenwick-Osei, 17, sixth form with a
# learning support base, home-to-school transport in dispute
# layout "section-word-letter-colon-uppercase-name-base-column-table": shaded bands
# "SECTION B: SPECIAL EDUCATIONAL NEEDS" in a PDF; Section F one table
# Provision / Where / Who / How often.
# ---------------------------------------------------------------------------

B4_READ = "Callum's reading is at the level of a much younger student, and course materials have to be simplified for him."
B4_SLOW = "He works slowly and often runs out of time in assessments."
B4_CROWD = "Callum is autistic. He finds busy, noisy places very stressful and keeps away from the common room and the canteen."
B4_ASK = "He will not usually tell a teacher he does not know well that he does not understand."
B4_ROAD = "Callum is not yet safe crossing roads on his own."
B4_TIMET = "He cannot yet use a bus timetable or the live display at a stop."

F4_BASE = "Use of the Learning Support Base at every break, lunchtime and free period, with a member of base staff always present."
F4_MAT = "Differentiated materials where appropriate."
F4_EXAM = "25% extra time and a reader for all internal assessments, taken in a small room in the Base; the same arrangements applied for in external examinations."
F4_MONEY = (
    "A life skills session on money and budgeting in the Base, for one hour once a fortnight."
)
F4_INDEP = "Regular opportunities to practise independence skills."
F4_CAREERS = "A 30-minute meeting with the sixth form careers adviser each half term, with his base key worker present."
F4_WORK = "One afternoon a week of supported work experience at Sandmere Garden Centre, with a job coach for the first six weeks."

H4_TRAVEL = "The council's Travel Training Team will offer Callum independent travel training, three sessions a week for twelve weeks, on the route from Moorgate to Greyfriars."

LS4 = "learning_support_base_report.docx"
TT4 = "travel_training_report.pdf"


def _band(sid: str) -> tuple:
    return ("H", sid, f"SECTION {sid}: {NAMES[sid].upper()}", "band")


CASE_04 = dict(
    name="case-evalbl-04",
    layout="section-word-letter-colon-uppercase-name-base-column-table",
    summary=(
        "Sandmere County Council; Callum Fenwick-Osei, 17, Year 12 at Greyfriars School Sixth Form with its "
        "Learning Support Base (moderate learning difficulty, autism, slow processing, organisation, money skills, road "
        "safety, coping when a bus is late, reading timetables); home-to-school transport in dispute. A PDF plan with "
        "shaded bands 'SECTION B: SPECIAL EDUCATIONAL NEEDS'; Section F one table Provision / Where / Who / How often. "
        "A learning support base manager's report (.docx, third person, bullets with the reasons mixed in) and a travel "
        "trainer's report (.pdf, a Recommendation / Reason / Outcome it supports table, recommendations argued)."
    ),
    note="Travel training, recommended as part of Callum's preparation for adulthood, stands in H2 as an offer of the council's Travel Training Team: provision in the wrong section. Money sessions once a fortnight against weekly are less than recommended. The travel trainer's view that transport should continue until training is complete is about the council's transport duty, not special educational provision: not_educational. The base's existing timetable card and the transport refusal are background.",
    plan=dict(
        file="plan.pdf",
        style="sectioned",
        header="SANDMERE COUNTY COUNCIL - EDUCATION, HEALTH AND CARE PLAN",
        footer="Callum Fenwick-Osei - amended plan - 5 October 2026 - {n}/{m}",
        author="Sandmere SEN Team",
        title="EHC Plan - Callum Fenwick-Osei",
        blocks=[
            ("org", "Sandmere County Council"),
            (
                "small",
                "SEN and Disabilities Team, Shire Hall, Sandmere - 01632 960520 - senteam@sandmere.example.org",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Young person", "Callum Fenwick-Osei"),
                    ("Date of birth", "8 April 2009"),
                    ("NHS number", "999 734 0962"),
                    ("Education", "Greyfriars School Sixth Form, Year 12 (Learning Support Base)"),
                    ("Lives with", "Mother, Mrs Abena Fenwick-Osei, Moorgate"),
                    ("Coordinator", "Mrs H Prendergast, 01632 960527"),
                ],
            ),
            _band("A"),
            (
                "S",
                "A",
                "Callum loves trains and gardening, and he looks after the vegetable beds at the Base.",
            ),
            (
                "p",
                "He says he would like 'a job outdoors and my own flat one day'. His mum wants him to be able to get to college and work on his own.",
            ),
            _band("B"),
            ("S", "B", B4_READ),
            ("p", [B4_SLOW, B4_ASK]),
            ("p", B4_CROWD),
            ("p", [B4_ROAD, B4_TIMET]),
            _band("C"),
            (
                "S",
                "C",
                "Callum has no health needs beyond his autism diagnosis; he sees his GP as needed.",
            ),
            _band("D"),
            (
                "S",
                "D",
                "Callum receives a short break once a month through the Sandmere Young People's Scheme.",
            ),
            _band("E"),
            (
                "S",
                "E",
                "By July 2027 Callum will travel from home to Greyfriars by bus on his own.",
            ),
            ("p", "By July 2027 Callum will plan and keep to a weekly budget of twenty pounds."),
            ("p", "By July 2027 Callum will complete a Level 1 certificate in horticulture."),
            _band("F"),
            (
                "S",
                "F",
                "Greyfriars School is responsible for the following provision, which is delivered partly in the Learning Support Base and partly in sixth-form lessons.",
            ),
            (
                "grid",
                [
                    ["Provision", "Where", "Who", "How often"],
                    [("F", F4_BASE, True), "Learning Support Base", "Base staff", "Every day"],
                    [
                        ("F", F4_MAT, False),
                        "All sixth-form lessons",
                        "Subject teachers",
                        "As needed",
                    ],
                    [
                        ("F", F4_EXAM, True),
                        "Learning Support Base",
                        "Exams officer and base teaching assistant",
                        "Every assessment",
                    ],
                    [
                        ("F", F4_MONEY, True),
                        "Learning Support Base",
                        "Base teaching assistant",
                        "Fortnightly",
                    ],
                    [("F", F4_CAREERS, True), "Sixth form", "Careers adviser", "Half-termly"],
                    [("F", F4_WORK, True), "Sandmere Garden Centre", "Job coach", "Weekly"],
                    [("F", F4_INDEP, False), "School and community", "Staff", "Ongoing"],
                ],
                [0.4, 0.22, 0.22, 0.16],
            ),
            _band("G"),
            ("S", "G", "No health provision is required at present."),
            _band("H1"),
            (
                "S",
                "H1",
                "Callum's monthly short break is arranged under section 2 of the Chronically Sick and Disabled Persons Act 1970.",
            ),
            _band("H2"),
            ("S", "H2", H4_TRAVEL),
            _band("I"),
            (
                "S",
                "I",
                "Greyfriars School Sixth Form, Sandmere (maintained secondary school with a sixth form and a Learning Support Base).",
            ),
            (
                "p",
                "Home-to-school transport is not part of this plan. Mrs Fenwick-Osei's application under the council's post-16 transport policy was refused in August 2026 and is under review.",
            ),
            _band("J"),
            ("S", "J", "No personal budget has been requested."),
            _band("K"),
            (
                "S",
                "K",
                "Report of Mr Gareth Lowther, Learning Support Base manager (June 2026); travel training assessment by Ms Imani Blackwood (July 2026); Callum's and his mother's views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=LS4,
            style="headed",
            footer="Greyfriars School - Learning Support Base - Callum Fenwick-Osei - annual review",
            author="G Lowther",
            blocks=[
                ("org", "Greyfriars School Sixth Form"),
                (
                    "small",
                    "Learning Support Base - Abbey Lane, Sandmere - 01632 960541 - lsb@greyfriars.example.org",
                ),
                ("title", "Learning Support Base: Report for Annual Review"),
                (
                    "kv",
                    [
                        ("Student", "Callum Fenwick-Osei, Year 12"),
                        (
                            "Courses",
                            "BTEC Level 1 Land-based Studies; English and maths GCSE resits",
                        ),
                        ("Written by", "Gareth Lowther, Learning Support Base manager"),
                        ("Date", "20 June 2026"),
                    ],
                ),
                ("h", 1, "Callum's year"),
                (
                    "p",
                    [
                        X(
                            "Callum joined the sixth form from Greyfriars' own Year 11 and has attended 97% of sessions this year.",
                            "history: attendance",
                        ),
                        X(
                            "He has passed the first two units of his BTEC and was chosen to show visitors round the garden on the school's open evening.",
                            "strength and progress",
                        ),
                        X(
                            "His panic when the fire alarm sounds, which led to him leaving the site twice in Year 10, has not happened this year since he was given a fixed meeting point with base staff.",
                            "resolved difficulty: support already in place",
                        ),
                    ],
                ),
                ("h", 1, "His needs"),
                (
                    "bul",
                    [
                        N(
                            "Callum has a moderate learning difficulty and reads at about the level of an eleven-year-old, so course texts have to be adapted before he can use them.",
                            "cognition_learning",
                            B4_READ,
                        ),
                        N(
                            "He takes considerably longer than his peers to process written and spoken information and rarely finishes timed tasks.",
                            "cognition_learning",
                            B4_SLOW,
                        ),
                        N(
                            "Callum is autistic and becomes highly anxious in crowded spaces; he will not go into the sixth-form common room or the canteen at lunchtime.",
                            "semh",
                            B4_CROWD,
                        ),
                        [
                            N(
                                "He struggles to organise himself across a sixth-form timetable with free periods, and often misses the start of lessons because he has not noticed that a room has changed.",
                                "cognition_learning",
                                None,
                            ),
                            X(
                                "The printed timetable card the Base gave him in September helps, but it does not show changes.",
                                "support already in place",
                            ),
                        ],
                        N(
                            "Callum does not ask for help from teachers he does not know, even when he is stuck.",
                            "communication_interaction",
                            B4_ASK,
                        ),
                        N(
                            "He can pay for things with a card but cannot check his change or plan how to spend his money over a week.",
                            "other",
                            None,
                        ),
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "bul",
                    [
                        [
                            R(
                                "Callum should be able to use the Base at break, at lunch and in all of his free periods, with a member of base staff there.",
                                "semh",
                                "specific",
                                F4_BASE,
                            ),
                            X(
                                "It is the only place in school where he eats lunch.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "All course materials should be adapted before each unit (shorter sentences, key words explained, larger print) by the Base's specialist teaching assistant.",
                                "cognition_learning",
                                "not_specific",
                                F4_MAT,
                            ),
                            X(
                                "When materials arrive unadapted, he copies them out without understanding them.",
                                "reason for a recommendation",
                            ),
                        ],
                        R(
                            "He needs 25% extra time and a reader in all internal assessments, in a small room in the Base, and the same arrangements should be applied for in his external examinations.",
                            "cognition_learning",
                            "specific",
                            F4_EXAM,
                        ),
                        [
                            R(
                                "A 10-minute check-in at 8.45 am every day with his base key worker, to go through the day's timetable and any room changes, would stop him missing lessons.",
                                "cognition_learning",
                                "missing_from_f",
                            ),
                        ],
                        [
                            R(
                                "An independent living skills session on money and budgeting for one hour every week in the Base should be part of his study programme.",
                                "other",
                                "less",
                                F4_MONEY,
                            ),
                            X(
                                "Callum forgets what he has learnt if there is a gap of more than a few days.",
                                "reason for a recommendation",
                            ),
                        ],
                    ],
                ),
                (
                    "p",
                    X(
                        "A move to the specialist provision at Sandmere College was considered for Year 12, but Callum and his mum chose to stay at Greyfriars, where he knows the staff; the Base agrees this was right.",
                        "option considered and rejected",
                    ),
                ),
                ("p", "Gareth Lowther, Learning Support Base Manager"),
            ],
        ),
        dict(
            file=TT4,
            style="lettered",
            header="Sandmere Travel Training Team",
            footer="Travel training assessment - C Fenwick-Osei - page {n} of {m}",
            author="I Blackwood",
            blocks=[
                ("org", "Sandmere County Council - Travel Training Team"),
                (
                    "sub",
                    "Transport Hub, Station Road, Sandmere - 01632 960563 - traveltraining@sandmere.example.org",
                ),
                ("title", "Independent Travel Training Assessment"),
                (
                    "kv",
                    [
                        ("Student", "Callum Fenwick-Osei, 17"),
                        (
                            "Route assessed",
                            "Moorgate (home) to Greyfriars School, bus 14 and a 600-metre walk",
                        ),
                        ("Travel trainer", "Imani Blackwood"),
                        ("Assessed", "7, 9 and 14 July 2026"),
                    ],
                ),
                ("h", 1, "Why I was asked to see Callum"),
                (
                    "p",
                    [
                        X(
                            "Callum has travelled to school by council minibus since Year 7, and his transport for post-16 was refused in August under the post-16 policy.",
                            "history: transport",
                        ),
                        "His mum has asked for a review of that decision and told me she cannot take him herself because she starts work at 7 am.",
                        "I was asked to say whether Callum could learn to travel on his own and what it would take.",
                    ],
                ),
                ("h", 1, "What I saw"),
                (
                    "p",
                    [
                        N(
                            "Callum has a poor understanding of road safety: on our first walk he crossed between parked cars twice without looking.",
                            "sensory_physical",
                            B4_ROAD,
                        ),
                        X(
                            "By the third walk he was stopping at the kerb every time when I reminded him, which shows he can learn the routine.",
                            "progress",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "He finds it hard to read a printed timetable or the display at a bus stop and relies on recognising the route by sight.",
                            "cognition_learning",
                            B4_TIMET,
                        ),
                        N(
                            "He becomes very distressed when a bus is late or diverted and does not know what to do next; his mum told me that last winter he walked home four miles rather than wait.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "He was polite to the driver, had his bus pass ready and sat in the same seat each time.",
                        "strength",
                    ),
                ),
                ("h", 1, "My recommendations"),
                (
                    "p",
                    "I have set out each recommendation with my reasons and the outcome in Callum's plan it would support.",
                ),
                (
                    "grid",
                    [
                        ["Recommendation", "Reason", "Outcome it supports"],
                        [
                            R(
                                "A programme of independent travel training on the Moorgate to Greyfriars route, three sessions a week for twelve weeks, moving from shadowing to following at a distance to travelling alone.",
                                "other",
                                "wrong_section",
                                H4_TRAVEL,
                                section="H2",
                            ),
                            X(
                                "Callum learns routines well when they are practised often and in the same order.",
                                "reason for a recommendation",
                            ),
                            "Travelling to school on his own by July 2027",
                        ],
                        [
                            R(
                                "A 'what to do if the bus doesn't come' card, rehearsed with him once a week in the Base with the base staff, using role play.",
                                "semh",
                                "missing_from_f",
                            ),
                            X(
                                "Unplanned changes are when he is least safe.",
                                "reason for a recommendation",
                            ),
                            "Travelling to school on his own by July 2027",
                        ],
                        [
                            R(
                                "Home-to-school transport should continue until the training is complete and I have signed him off as safe to travel alone.",
                                "other",
                                "not_educational",
                            ),
                            X(
                                "Stopping transport before he is ready would leave him walking a busy road at 7.30 am or not attending.",
                                "reason for a recommendation",
                            ),
                            "Attendance",
                        ],
                        [
                            R(
                                "At home, his mum could let Callum pay for the family's weekend bread and milk at the corner shop and check the change.",
                                "other",
                                "not_educational",
                            ),
                            X(
                                "It gives him short, real practice with money and with talking to a shop assistant.",
                                "reason",
                            ),
                            "Managing a budget",
                        ],
                    ],
                    [0.42, 0.34, 0.24],
                ),
                (
                    "p",
                    X(
                        "I considered recommending a taxi with a passenger assistant instead of training, but Callum is clearly able to learn the route and a taxi would not move him towards independence.",
                        "option considered and rejected",
                    ),
                ),
                ("p", "Imani Blackwood, Travel Trainer, 21 July 2026"),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
