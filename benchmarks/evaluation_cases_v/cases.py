# ruff: noqa: E501
"""Set V as data: speech, language and communication needs and selective mutism in
primary schools, and a child with a tracheostomy in a mainstream nursery, in layouts no
earlier set has: B, E and F each split into four blocks named after the areas of need
with the section letter only in a page-header line; headings phrased as the family's
questions with the letter after them; and headings repeated with "(continued)" when a
section runs over a page.

Every name, council, school, nursery, service and professional is invented. Postcodes use
areas that do not exist and phone numbers are in the 01632 960xxx range. Markers are those
of evaluation_kit.dataset.
"""

CI = "communication_interaction"
CL = "cognition_learning"
SEMH = "semh"
SP = "sensory_physical"
HEALTH = "health"

# ---------------------------------------------------------------------------
# case-evalv-01: Castlebridge Metropolitan Borough Council; Reuben Ashdown-Clay, 7, Year 2
# layout "area-of-need-tabs": B, E and F each split into four sub-headed blocks named after
# the areas of need; the section's letter stands only in a page-header line above them.
# ---------------------------------------------------------------------------

B1_UNDER = "difficulty understanding spoken instructions with more than two parts, especially in whole-class teaching"
B1_SENT = "short sentences; often leaves out grammatical endings and linking words"
B1_NARR = "needs pictures or objects to put events in order when telling a story or news"
B1_PLAY = "finds it hard to join in with friends' games when the talk moves quickly"
B1_WM = "weak verbal working memory (5th percentile): loses track of what to do in longer tasks"
B1_LIT = "literacy difficulties - reading and spelling about 18 months behind"
B1_ATTN = "attention drifts during long periods of adult talk"
B1_HAND = "handwriting slow and effortful; tires quickly when writing"

F1_CHUNK = "Instructions given one step at a time, in short sentences, with up to ten seconds' wait for Reuben to respond"
F1_VISUAL = "Visual supports as appropriate"
F1_GROUP = "Small-group language group (Language for Thinking)"
F1_SALT = "Direct speech and language therapy in a block of six weekly 30-minute sessions each term, with new targets set at the end of each block"
F1_PT = "Precision teaching of blending and segmenting"
F1_CHECK = (
    "Taught to use a picture task checklist and to repeat an instruction back before starting"
)
F1_ELSA = "Access to ELSA support"
F1_HAND = "Opportunities to practise handwriting"
G1_TRAIN = "The Castlebridge Children's Speech and Language Therapy Service will provide training on developmental language disorder for Reuben's class teacher and teaching assistant."

SALT1 = "salt_tiered_plan.docx"
EP1 = "ep_report.pdf"


def _tabs(sid: str, line: str, blocks: dict) -> list:
    """A new page whose first line is the page-header line holding the section's letter,
    then one sub-headed block per area of need."""
    out: list = [("pb",), ("H", sid, line, "small")]
    for area, body in blocks.items():
        out.append(("h", 3, area))
        out.extend(body)
    return out


F1_HEAD = ["Provision", "Staff", "Frequency", "Outcome supported"]
F1_W = [0.38, 0.2, 0.2, 0.22]

CASE_01 = dict(
    name="case-evalv-01",
    layout="area-of-need-tabs",
    summary=(
        "Castlebridge Metropolitan Borough Council; Reuben Ashdown-Clay, 7, Year 2 at Hollin Vale "
        "Primary School (developmental language disorder, weak verbal working memory, literacy, "
        "handwriting, anxiety about speaking in class). B, E and F each start a new page with a "
        "page-header line naming the section's letter ('Reuben Ashdown-Clay | EHC plan | Section B') "
        "and are split into four sub-headed blocks named after the areas of need; B is bullet "
        "fragments and F is a table 'Provision | Staff | Frequency | Outcome supported' under each "
        "area. NHS SALT report with a universal/targeted/specialist plan; educational psychologist's report."
    ),
    note="B, E and F are headed only by a page-header line ('... | Section B'); the four area sub-headings repeat in each. F rows are judged on the whole row (Staff and Frequency cells). The SALT training for staff placed in G is wrong_section. Reuben's speech-sound errors are resolved and are not a need.",
    plan=dict(
        file="plan.pdf",
        sans=True,
        accent="2E5E4E",
        footer="Castlebridge MBC - Final EHC plan - Reuben Ashdown-Clay - page {n} of {m}",
        blocks=[
            ("org", "Castlebridge Metropolitan Borough Council - SEND Assessment and Review Team"),
            ("title", "Education, Health and Care Plan (Final)"),
            (
                "small",
                "Name: Reuben Ashdown-Clay   Date of birth: 19 June 2019   Date of plan: 23 October 2026",
            ),
            (
                "small",
                "School: Hollin Vale Primary School, Quarry Road, Castlebridge HF9 2LN   Year group: 2",
            ),
            (
                "H",
                "A",
                "Section A - About Reuben: his views, interests and aspirations and those of his family",
                "h2",
            ),
            (
                "S",
                "A",
                "Reuben likes football, dinosaurs and building Lego models with his older brother, and says he is 'good at running'.",
            ),
            (
                "p",
                "His parents would like him to be able to tell them about his day, to read for pleasure and to feel confident to put his hand up in class. Reuben says he wants 'more people to understand me'.",
            ),
            *_tabs(
                "B",
                "Reuben Ashdown-Clay  |  EHC plan  |  Section B",
                {
                    "Communication and interaction": [
                        ("bul", [("S", "B", B1_UNDER), B1_SENT, B1_NARR, B1_PLAY])
                    ],
                    "Cognition and learning": [("bul", [B1_WM, B1_LIT, B1_ATTN])],
                    "Social, emotional and mental health": [
                        (
                            "bul",
                            [
                                "no significant difficulties reported by school or family",
                                "enjoys football at break time and has two close friends in his class",
                            ],
                        )
                    ],
                    "Sensory and/or physical": [
                        ("bul", [B1_HAND, "hearing and vision checked in 2025 - no concerns"])
                    ],
                },
            ),
            ("H", "C", "Section C - Health needs related to Reuben's SEN", "h2"),
            (
                "S",
                "C",
                "Reuben has no health needs that relate to his special educational needs; his hearing was tested by audiology in March 2025 and was within normal limits.",
            ),
            ("H", "D", "Section D - Social care needs", "h2"),
            ("S", "D", "Reuben has no identified social care needs."),
            *_tabs(
                "E",
                "Reuben Ashdown-Clay  |  EHC plan  |  Section E",
                {
                    "Communication and interaction": [
                        (
                            "bul",
                            [
                                (
                                    "S",
                                    "E",
                                    "By July 2027 Reuben will follow a two-part classroom instruction without a reminder on four occasions out of five.",
                                ),
                                "By the end of Key Stage 1 he will retell a familiar story in order using 'first', 'then' and 'because'.",
                            ],
                        )
                    ],
                    "Cognition and learning": [
                        (
                            "bul",
                            [
                                "By July 2027 Reuben will blend and read four-sound words accurately in 9 out of 10 attempts."
                            ],
                        )
                    ],
                    "Social, emotional and mental health": [
                        ("bul", ["Reuben will continue to enjoy playtimes and friendships."])
                    ],
                    "Sensory and/or physical": [
                        (
                            "bul",
                            [
                                "By July 2027 Reuben will write two sentences independently, in letters that are correctly formed."
                            ],
                        )
                    ],
                },
            ),
            *_tabs(
                "F",
                "Reuben Ashdown-Clay  |  EHC plan  |  Section F",
                {
                    "Communication and interaction": [
                        (
                            "S",
                            "F",
                            "All provision is made by Hollin Vale Primary School unless the table says otherwise.",
                        ),
                        (
                            "grid",
                            [
                                F1_HEAD,
                                [
                                    ("F", F1_CHUNK, True),
                                    "Class teacher and all adults working with Reuben",
                                    "Throughout every lesson",
                                    "Following instructions",
                                ],
                                [
                                    ("F", F1_VISUAL, False),
                                    "All staff",
                                    "As needed",
                                    "Following instructions",
                                ],
                                [
                                    ("F", F1_GROUP, True),
                                    "Teaching assistant trained by the SALT service",
                                    "Twice a week, 20 minutes",
                                    "Retelling and sequencing",
                                ],
                                [
                                    ("F", F1_SALT, True),
                                    "NHS speech and language therapist",
                                    "Six sessions each term",
                                    "Following instructions; retelling",
                                ],
                            ],
                            F1_W,
                        ),
                    ],
                    "Cognition and learning": [
                        (
                            "grid",
                            [
                                F1_HEAD,
                                [
                                    ("F", F1_PT, True),
                                    "Teaching assistant who knows Reuben",
                                    "10 minutes every school day",
                                    "Reading four-sound words",
                                ],
                                [
                                    ("F", F1_CHECK, True),
                                    "Class teaching assistant",
                                    "At the start of every independent task",
                                    "Following instructions",
                                ],
                            ],
                            F1_W,
                        ),
                    ],
                    "Social, emotional and mental health": [
                        (
                            "grid",
                            [
                                F1_HEAD,
                                [
                                    ("F", F1_ELSA, False),
                                    "ELSA",
                                    "When required",
                                    "Playtimes and friendships",
                                ],
                            ],
                            F1_W,
                        ),
                    ],
                    "Sensory and/or physical": [
                        (
                            "grid",
                            [
                                F1_HEAD,
                                [
                                    ("F", F1_HAND, False),
                                    "Class staff",
                                    "Regularly",
                                    "Independent writing",
                                ],
                            ],
                            F1_W,
                        ),
                    ],
                },
            ),
            ("pb",),
            ("H", "G", "Section G - Health provision", "h2"),
            (
                "S",
                "G",
                "Reuben remains open to the Castlebridge Children's Speech and Language Therapy Service, which will review his progress each term.",
            ),
            ("p", G1_TRAIN),
            (
                "H",
                "H1",
                "Section H1 - Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
                "h2",
            ),
            ("S", "H1", "None identified."),
            ("H", "H2", "Section H2 - Any other social care provision", "h2"),
            ("S", "H2", "None identified at this time."),
            ("H", "I", "Section I - Placement", "h2"),
            ("S", "I", "Hollin Vale Primary School (community primary school, mainstream)."),
            ("H", "J", "Section J - Personal budget", "h2"),
            ("S", "J", "No personal budget has been requested."),
            ("H", "K", "Section K - Advice and information", "h2"),
            (
                "S",
                "K",
                "Speech and language therapy report and plan, Ms Nadia Ferreira-Holt (September 2026); educational psychology advice, Dr Owain Pritchard (September 2026); school advice (September 2026); parental advice.",
            ),
        ],
    ),
    reports=[
        dict(
            file=SALT1,
            footer="Castlebridge Children's Speech and Language Therapy Service - NHS - confidential",
            blocks=[
                (
                    "org",
                    "Castlebridge Community Health NHS Trust - Children's Speech and Language Therapy",
                ),
                ("title", "Speech and language therapy advice for EHC needs assessment"),
                (
                    "kv",
                    [
                        ("Name", "Reuben Ashdown-Clay (DOB 19/06/2019)"),
                        ("School", "Hollin Vale Primary School, Year 2"),
                        (
                            "Therapist",
                            "Nadia Ferreira-Holt, Highly Specialist Speech and Language Therapist",
                        ),
                        (
                            "Seen",
                            "School visit 8 September 2026; clinic assessment 15 September 2026",
                        ),
                    ],
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Reuben was first referred to the service at the age of 3 years 10 months by his health visitor because he was using very few words and was hard to understand.",
                            "history",
                        ),
                        (
                            "X",
                            "His speech sound errors, noted when he was four, have resolved and his speech is now fully intelligible to unfamiliar listeners.",
                            "a resolved difficulty",
                        ),
                        "He received a block of therapy in Reception and was discharged in July 2024 with a programme for school, and was re-referred by the school SENCo in May 2026.",
                    ],
                ),
                ("h", 2, "Assessment"),
                (
                    "p",
                    "Reuben was assessed using the Clinical Evaluation of Language Fundamentals, fifth edition (CELF-5 UK), and a narrative task (the Bus Story). He was cooperative throughout and worked hard, although he tired towards the end of the second session.",
                ),
                (
                    "grid",
                    [
                        ["Subtest", "Scaled score", "Percentile", "Comment"],
                        [
                            "Sentence Comprehension",
                            "5",
                            "5th",
                            "Errors on sentences with 'before', 'after' and 'unless'",
                        ],
                        [
                            "Following Directions",
                            "4",
                            "2nd",
                            "Managed one- and two-step directions only",
                        ],
                        ["Word Structure", "5", "5th", "Omitted past tense and plural endings"],
                        ["Formulated Sentences", "6", "9th", "Short, simple sentences"],
                        ["Recalling Sentences", "5", "5th", "Lost the end of longer sentences"],
                    ],
                    [0.3, 0.15, 0.15, 0.4],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Reuben's Core Language Score was 72, which falls below the 3rd percentile and is consistent with a diagnosis of developmental language disorder.",
                            "test result: the needs are stated separately",
                        ),
                        (
                            "X",
                            "His non-verbal skills, reported by the educational psychologist, are within the average range, and there are no other conditions known to be associated with his language difficulties.",
                            "assessment narrative",
                        ),
                    ],
                ),
                ("h", 2, "Summary of Reuben's speech, language and communication needs"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Reuben's understanding of spoken language is significantly below that expected for his age, and he has particular difficulty following instructions that contain more than two key parts, such as 'Put your book in the tray and then come and sit on the carpet'.",
                            CI,
                            B1_UNDER,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "His expressive language is characterised by short, grammatically immature sentences; he frequently omits verb endings and linking words such as 'because' and 'so'.",
                            CI,
                            B1_SENT,
                        ),
                        (
                            "N",
                            "Reuben has marked word-finding difficulties: he often substitutes 'thingy' or 'that one', or uses gesture, when he cannot retrieve a word he knows, and this was particularly evident when he was naming topic vocabulary from his science lessons.",
                            CI,
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "On the Bus Story he could not retell the events in sequence without picture support, and his retelling lacked the key events and the ending.",
                            CI,
                            B1_NARR,
                        ),
                        (
                            "X",
                            "With the pictures in front of him his retelling improved considerably, which suggests that visual support helps him organise what he wants to say.",
                            "assessment narrative about what helps",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "In the playground Reuben tends to stay on the edge of group games, and his class teacher reports that he finds it hard to join in when his peers' conversation moves quickly.",
                            CI,
                            B1_PLAY,
                        ),
                    ],
                ),
                ("h", 2, "Speech and language therapy plan"),
                (
                    "p",
                    "The service works at three levels. Universal strategies are for everyone who works with Reuben, every day; targeted support is delivered in school by staff trained by the service; specialist input is delivered by a speech and language therapist. The levels below are what I recommend for the next twelve months.",
                ),
                (
                    "grid",
                    [
                        ["Level", "What", "Who", "How often"],
                        [
                            "Universal",
                            (
                                "R",
                                "Adults should give instructions one step at a time, in short sentences, and allow Reuben up to ten seconds to process and respond before repeating.",
                                CI,
                                "specific",
                                F1_CHUNK,
                            ),
                            "All adults",
                            "Every lesson",
                        ],
                        [
                            "Universal",
                            (
                                "R",
                                "Reuben should have a visual timetable on his table and picture word mats for each new topic, introduced before the topic starts.",
                                CI,
                                "not_specific",
                                F1_VISUAL,
                            ),
                            "Class teacher",
                            "Daily; word mat at the start of each topic",
                        ],
                        [
                            "Targeted",
                            (
                                "R",
                                "A small-group language intervention such as Language for Thinking, delivered three times a week for 20 minutes by a teaching assistant trained by the service.",
                                CI,
                                "less",
                                F1_GROUP,
                            ),
                            "Trained teaching assistant",
                            "3 x 20 minutes weekly",
                        ],
                        [
                            "Targeted",
                            (
                                "R",
                                "Pre-teaching of topic vocabulary in a 10-minute session three times a week, using the word-web approach, so that Reuben meets new words before the class does.",
                                CI,
                                "missing_from_f",
                            ),
                            "Teaching assistant",
                            "3 x 10 minutes weekly",
                        ],
                        [
                            "Specialist",
                            (
                                "R",
                                "Direct therapy from a speech and language therapist in a block of six weekly sessions of 30 minutes each term, with targets set and reviewed at the end of each block.",
                                CI,
                                "specific",
                                F1_SALT,
                            ),
                            "Speech and language therapist",
                            "6 sessions each term",
                        ],
                        [
                            "Specialist",
                            (
                                "R",
                                "Training for Reuben's class teacher and teaching assistant on developmental language disorder and on the strategies in this plan.",
                                CI,
                                "wrong_section",
                                G1_TRAIN,
                                {"section": "G"},
                            ),
                            "Speech and language therapist",
                            "Once, in the autumn term",
                        ],
                    ],
                    [0.14, 0.5, 0.18, 0.18],
                ),
                ("h", 2, "At home"),
                (
                    "p",
                    [
                        (
                            "R",
                            "I have suggested to Mr and Mrs Ashdown-Clay that they share a picture book with Reuben at bedtime and talk about what is happening in the pictures rather than reading every word.",
                            CI,
                            "not_educational",
                        ),
                        (
                            "X",
                            "They already play 'I went to the shop and bought...' in the car, which is a useful listening game and should carry on.",
                            "home activity already in place",
                        ),
                    ],
                ),
                (
                    "p",
                    "I will review Reuben's progress at the end of the first block of therapy. Please contact me on 01632 960214 or at nadia.ferreira-holt@example.org with any questions.",
                ),
                (
                    "sig",
                    [
                        "Nadia Ferreira-Holt",
                        "Highly Specialist Speech and Language Therapist, HCPC registered",
                        "22 September 2026",
                    ],
                ),
            ],
        ),
        dict(
            file=EP1,
            accent="5B2C6F",
            footer="Castlebridge Educational Psychology Service - page {n} of {m}",
            blocks=[
                ("org", "Castlebridge Educational Psychology Service"),
                ("title", "Psychological advice: Reuben Ashdown-Clay"),
                (
                    "kv",
                    [
                        ("Date of birth", "19 June 2019"),
                        ("School", "Hollin Vale Primary School (Year 2)"),
                        ("Psychologist", "Dr Owain Pritchard, Educational Psychologist"),
                        (
                            "Involvement",
                            "Consultation with parents and SENCo, classroom observation, individual assessment, 10 and 17 September 2026",
                        ),
                    ],
                ),
                ("h", 2, "Views of Reuben and his family"),
                (
                    "p",
                    "Reuben told me that he likes PE and 'Lego club' best and that reading is 'the hard bit'. His mother described him as a kind, funny boy who is happiest outdoors, and said that he has started to say he is 'stupid' when homework goes wrong.",
                ),
                ("h", 2, "Observation"),
                (
                    "p",
                    [
                        "I observed Reuben in a phonics lesson and in a whole-class maths introduction.",
                        (
                            "N",
                            "During the maths introduction, which lasted about fifteen minutes, Reuben's attention drifted once the teacher had been talking for a few minutes, and he watched the children next to him to work out what to do.",
                            CL,
                            B1_ATTN,
                        ),
                        (
                            "X",
                            "When the teaching assistant repeated the instruction to him individually and pointed to the first question, he settled quickly and completed it correctly.",
                            "observation of what helps, not a need",
                        ),
                    ],
                ),
                ("h", 2, "Assessment"),
                (
                    "p",
                    "I used selected subtests of the British Ability Scales (BAS3) and the Phonological Assessment Battery (PhAB2).",
                ),
                (
                    "grid",
                    [
                        ["Area", "Standard score", "Descriptor"],
                        ["Non-verbal reasoning (Matrices)", "98", "Average"],
                        ["Recall of Digits Forward", "75", "Low"],
                        ["Recall of Digits Backward", "76", "Low"],
                        ["Word Reading", "79", "Below average"],
                        ["Spelling", "77", "Low"],
                        ["PhAB2 Blending", "80", "Below average"],
                    ],
                    [0.5, 0.2, 0.3],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Reuben's non-verbal reasoning is in the average range, and this is a relative strength that should be recognised in how he is taught.",
                            "strength",
                        ),
                        (
                            "N",
                            "His verbal working memory falls at about the 5th percentile, which limits how much spoken information he can hold in mind while he carries out a task.",
                            CL,
                            B1_WM,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "His phonic knowledge is secure to Phase 3, but he cannot yet reliably blend words of four sounds, and his reading and spelling are around eighteen months behind what would be expected for his age.",
                            CL,
                            B1_LIT,
                        ),
                        (
                            "N",
                            "Reuben's handwriting is laboured; he grips the pencil tightly, forms several letters from the wrong starting point and tires after a few lines.",
                            SP,
                            B1_HAND,
                        ),
                    ],
                ),
                ("h", 2, "Emotional well-being"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Reuben has become reluctant to speak in whole-class discussion, and he told me that he does not put his hand up because he 'gets the words wrong and people laugh'; his teacher has noticed that he now avoids answering even when he knows the answer.",
                            SEMH,
                            None,
                        ),
                        (
                            "X",
                            "There are no concerns about his behaviour, and he has good friendships at playtime.",
                            "strength; no behaviour need",
                        ),
                    ],
                ),
                ("h", 2, "Options considered"),
                (
                    "p",
                    [
                        (
                            "X",
                            "I considered whether a place in the authority's specialist language resource base would be appropriate, but I do not recommend this at present because Reuben's needs can be met in his school with the provision set out below.",
                            "option considered and not recommended",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    [
                        (
                            "R",
                            "Reuben would benefit from a precision teaching programme for blending and segmenting, delivered for 10 minutes each day by an adult he knows well.",
                            CL,
                            "specific",
                            F1_PT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Adults should teach Reuben to use a simple picture checklist for each independent task and to say the instruction back before he begins, so that he does not have to hold the whole task in memory.",
                            CL,
                            "specific",
                            F1_CHECK,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Reuben should have six weekly 30-minute sessions with the school's emotional literacy support assistant, focused on confidence in speaking in class, followed by a review with his parents.",
                            SEMH,
                            "not_specific",
                            F1_ELSA,
                        ),
                        (
                            "X",
                            "It is important that this is framed positively for him; he should not feel that he is being taken out of class because something is wrong with him.",
                            "reason and manner, not a separate recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "He would benefit from a structured handwriting programme, such as Speed Up!, for 15 minutes three times a week, with a sloping board for written work.",
                            SP,
                            "not_specific",
                            F1_HAND,
                        ),
                    ],
                ),
                (
                    "p",
                    "Dr Owain Pritchard, Educational Psychologist (HCPC registered), Castlebridge Educational Psychology Service, Civic Offices, Castlebridge HF9 1AA. 24 September 2026.",
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalv-02: Thornleigh County Council; Ava Mensah-Doyle, 6, Year 1
# layout "headings-as-questions-with-letters": every heading is one of the family's
# questions with the section's letter after it, "What does Ava find difficult? (B)".
# ---------------------------------------------------------------------------

B2_SM = "does not speak to any adult in school; speaks only to her cousin, and only in the playground (selective mutism)"
B2_FREEZE = "freezes when asked a direct question in front of others"
B2_VOICE = "will not answer the register or join in with singing"
B2_HELP = "cannot ask for help when stuck - waits and does nothing"
B2_NEW = "anxious about new activities and changes to routine"
B2_WRITE = "needs support to think of ideas for writing; copies well"
B2_NUM = "not yet secure with number bonds to 10"
B2_NOISE = "finds noisy places such as the dinner hall overwhelming"

F2_SLIDE = "Sliding-in programme to build up talking with adults, following the speech and language therapist's plan"
F2_DOOR = "Named key adult meets Ava at the classroom door and settles her"
F2_PRESS = "Reduced pressure to speak in class"
F2_CARDS = "Help card, symbol fan and mini whiteboard on Ava's table, for asking for help and answering questions without speaking"
F2_TOILET = "Toileting support as needed"
F2_MATHS = "Small-group maths using Numicon"
F2_FRAME = "Writing frame and picture word bank for each piece of independent writing, with time to draw her ideas first"
F2_LUNCH = "Quiet lunch space in the library with two friends Ava chooses"
G2_SALT = "The NHS speech and language therapist will visit school once a term to review the sliding-in programme with Ava's key adult and set the next steps."

SALT2 = "salt_report.pdf"
PROF2 = "one_page_profile.docx"

F2_HEAD = ["Provision", "Staff", "Frequency", "Outcome supported"]
F2_W = [0.4, 0.2, 0.2, 0.2]


def _q(sid: str, question: str) -> tuple:
    """A heading that is the family's question with the section's letter after it."""
    return ("H", sid, f"{question} ({sid})", "h2")


CASE_02 = dict(
    name="case-evalv-02",
    layout="headings-as-questions-with-letters",
    summary=(
        "Thornleigh County Council; Ava Mensah-Doyle, 6, Year 1 at St Aldhelm's CE Primary School "
        "(selective mutism, expressive language delay, anxiety about toileting, early literacy and "
        "number, noise). Every heading is a question in the family's words with the letter after it "
        "('What does Ava find difficult? (B)'); B is bullet fragments under the four areas of need, "
        "F a table 'Provision | Staff | Frequency | Outcome supported'. NHS speech and language "
        "therapist's report on selective mutism; the SENCo's one-page profile."
    ),
    note="Headings are questions ending with the letter in brackets. The SALT's termly review visit, placed in G, is wrong_section. The one-page profile's 'What is working now' list is support already in place. Autism was considered and ruled out by the paediatrician.",
    plan=dict(
        file="plan.docx",
        footer="Thornleigh County Council - Ava Mensah-Doyle - EHC plan (final) - October 2026",
        blocks=[
            (
                "org",
                "Thornleigh County Council - Special Educational Needs and Disabilities Service",
            ),
            ("title", "Ava's Education, Health and Care Plan"),
            (
                "small",
                "Ava Mensah-Doyle, born 4 February 2020. Final plan issued 30 October 2026. Plan co-ordinator: Mr Lewis Thorne.",
            ),
            _q("A", "What do Ava and her family want us to know?"),
            (
                "S",
                "A",
                "Ava loves drawing horses, her baby brother Kofi and playing 'shops' with her cousin Lily.",
            ),
            (
                "p",
                "At home Ava chatters all day, sings and tells long stories. Her parents want her to be able to talk to her teacher, to use the toilet at school and to feel happy and safe there. Ava drew a picture of herself in class with a speech bubble and said to her mum, 'I want to talk at school but my voice gets stuck.'",
            ),
            _q("B", "What does Ava find difficult?"),
            ("b", "Communication and interaction"),
            ("bul", [("S", "B", B2_SM), B2_FREEZE, B2_VOICE, B2_HELP]),
            ("b", "Cognition and learning"),
            ("bul", [B2_WRITE, B2_NUM]),
            ("b", "Social, emotional and mental health"),
            ("bul", [B2_NEW, "has friends and is included in play"]),
            ("b", "Sensory and/or physical"),
            ("bul", [B2_NOISE]),
            _q("C", "Does Ava have any health needs linked to her learning?"),
            (
                "S",
                "C",
                "Ava was seen by the community paediatrician in June 2026; her hearing is normal and she has no health needs relating to her special educational needs.",
            ),
            _q("D", "Does Ava need help from social care?"),
            ("S", "D", "No social care needs have been identified."),
            _q("E", "What do we want Ava to achieve?"),
            (
                "num",
                [
                    (
                        "S",
                        "E",
                        "By the end of Year 1, Ava will say a few words to her key adult in a quiet room in school.",
                    ),
                    "By the end of Year 2, Ava will answer the register in a way she chooses (speaking or a card) every day.",
                    "By the end of Year 2, Ava will know her number bonds to 10 and write three sentences of her own.",
                ],
            ),
            _q("F", "What help will Ava get at school?"),
            ("S", "F", "St Aldhelm's CE Primary School will make the following provision."),
            (
                "grid",
                [
                    F2_HEAD,
                    [
                        ("F", F2_SLIDE, True),
                        "Key adult (teaching assistant)",
                        "Three 15-minute sessions a week",
                        "Talking to her key adult",
                    ],
                    [
                        ("F", F2_DOOR, True),
                        "Key adult",
                        "Every morning, 8.40 am",
                        "Talking to her key adult",
                    ],
                    [("F", F2_PRESS, False), "All staff", "Ongoing", "Answering the register"],
                    [
                        ("F", F2_CARDS, True),
                        "Class teacher",
                        "Every lesson",
                        "Answering the register",
                    ],
                    [
                        ("F", F2_TOILET, False),
                        "School staff",
                        "As required",
                        "Feeling safe at school",
                    ],
                    [
                        ("F", F2_MATHS, True),
                        "Teaching assistant",
                        "Twice a week, 20 minutes",
                        "Number bonds and writing",
                    ],
                    [
                        ("F", F2_FRAME, True),
                        "Class teacher and teaching assistant",
                        "Every independent writing task",
                        "Number bonds and writing",
                    ],
                    [
                        ("F", F2_LUNCH, True),
                        "Lunchtime supervisor",
                        "Every day",
                        "Feeling safe at school",
                    ],
                ],
                F2_W,
                True,
            ),
            _q("G", "What help will Ava get from health services?"),
            ("S", "G", G2_SALT),
            _q(
                "H1",
                "What social care help must be given under the Chronically Sick and Disabled Persons Act 1970?",
            ),
            ("S", "H1", "None."),
            _q("H2", "What other social care help will Ava and her family get?"),
            ("S", "H2", "None at present."),
            _q("I", "Which school will Ava go to?"),
            (
                "S",
                "I",
                "St Aldhelm's CE Primary School, Church Lane, Thornleigh KB7 3QP (voluntary aided, mainstream).",
            ),
            _q("J", "Is there a personal budget?"),
            ("S", "J", "Ava's parents have not asked for a personal budget."),
            _q("K", "Who gave advice for this plan?"),
            (
                "S",
                "K",
                "Parents' views; Mrs Hannah Oduya, speech and language therapist (September 2026); Mrs Claire Ashworth, SENCo (one-page profile, September 2026); Dr Priya Venkat, community paediatrician (June 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=SALT2,
            accent="005EB8",
            footer="Thornleigh Children's Speech and Language Therapy - NHS - page {n} of {m}",
            blocks=[
                (
                    "org",
                    "Thornleigh and Dene Valley NHS Foundation Trust - Children's Speech and Language Therapy",
                ),
                ("title", "Report for Education, Health and Care needs assessment"),
                (
                    "kv",
                    [
                        ("Child", "Ava Mensah-Doyle, DOB 04.02.2020, NHS no. 999 000 1234"),
                        ("School", "St Aldhelm's CE Primary School, Year 1"),
                        (
                            "Author",
                            "Hannah Oduya, Specialist Speech and Language Therapist (selective mutism)",
                        ),
                        (
                            "Contacts",
                            "Home visit 3 September 2026; school visits 10 and 24 September 2026",
                        ),
                    ],
                ),
                ("h", 2, "Reason for referral"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Ava was referred by her class teacher in Reception because she had not spoken in school since starting in the nursery class in September 2023.",
                            "history",
                        ),
                        (
                            "X",
                            "A paediatric assessment in June 2026 considered autism and found no evidence of an autism spectrum condition.",
                            "a condition considered and ruled out",
                        ),
                    ],
                ),
                ("h", 2, "What I found"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Ava does not speak to any adult in school and speaks only to her cousin Lily, and only in the playground, although she talks freely and at length at home.",
                            CI,
                            B2_SM,
                        ),
                        "This pattern, present for more than three years and across settings, is consistent with selective mutism, an anxiety disorder in which a child is unable to speak in some situations despite speaking fluently in others.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "She freezes, with a fixed facial expression, when she is asked a direct question in front of other people, and she does not use gesture at these times either.",
                            CI,
                            B2_FREEZE,
                        ),
                        (
                            "N",
                            "She will not answer the register, join in with songs or take part in any activity in which adults might hear her voice.",
                            CI,
                            B2_VOICE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Recordings made by her parents at home show that Ava's expressive language is around a year behind what would be expected for her age: she has difficulty with past tense forms and with joining ideas in longer sentences.",
                            CI,
                            None,
                        ),
                        (
                            "X",
                            "Her understanding of language, assessed non-verbally using picture selection, is within the average range.",
                            "test result within the expected range",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Ava is also very anxious about being heard or watched when she eats or uses the toilet, and her mother reports that she has not used the school toilet since the start of term and arrives home distressed and desperate to go.",
                            SEMH,
                            None,
                        ),
                    ],
                ),
                ("h", 2, "Progress so far"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Since the key adult began spending time with Ava in the library in September, Ava has started to whisper to Lily in the classroom when the key adult is nearby, which is an encouraging first step.",
                            "progress",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    "Selective mutism is not defiance, and Ava cannot simply 'choose' to speak. The aim is to lower her anxiety about speaking and to build up, in very small steps, the people, places and activities in which she can talk.",
                ),
                (
                    "bul",
                    [
                        (
                            "R",
                            "A 'sliding-in' programme run by a named key adult in school, three times a week for 15 minutes, following the steps I have written and will update.",
                            CI,
                            "specific",
                            F2_SLIDE,
                        ),
                        (
                            "R",
                            "The key adult should greet Ava at the classroom door each morning and spend the first few minutes of the day with her.",
                            SEMH,
                            "specific",
                            F2_DOOR,
                        ),
                        (
                            "R",
                            "All staff must remove pressure to speak: no direct questions in front of the class, no praise for speaking in front of others, and other ways for Ava to answer the register, such as holding up a card.",
                            CI,
                            "not_specific",
                            F2_PRESS,
                        ),
                        (
                            "R",
                            "Ava needs non-verbal ways of communicating in every lesson, such as a 'help' card, a symbol fan and a mini whiteboard.",
                            CI,
                            "specific",
                            F2_CARDS,
                        ),
                        (
                            "R",
                            "A discreet toileting plan, agreed with Ava's parents, giving her use of the private staff toilet near her classroom, with a pass card she can show without speaking.",
                            SEMH,
                            "not_specific",
                            F2_TOILET,
                        ),
                        (
                            "R",
                            "I will visit school once each half term to review the sliding-in programme with the key adult and set the next targets.",
                            CI,
                            "wrong_section",
                            G2_SALT,
                            {
                                "section": "G",
                                "note": "The plan puts the review in G, and once a term rather than once a half term.",
                            },
                        ),
                        (
                            "R",
                            "A one-hour training session on selective mutism for all staff who work with Ava, including lunchtime supervisors, to be delivered by the speech and language therapy service this term.",
                            CI,
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "At home, I have advised Ava's parents not to answer for her or tell visitors that she 'doesn't talk', and to invite Lily and one other classmate home to play.",
                            SEMH,
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "p",
                    "Hannah Oduya, Specialist Speech and Language Therapist, HCPC registered. Tel 01632 960388. hannah.oduya@example.org. 28 September 2026.",
                ),
            ],
        ),
        dict(
            file=PROF2,
            blocks=[
                ("org", "St Aldhelm's CE Primary School"),
                ("title", "One-page profile: Ava Mensah-Doyle (Year 1)"),
                (
                    "small",
                    "Written with Ava (using drawings and nods), her parents and her class team, September 2026. Mrs Claire Ashworth, SENCo.",
                ),
                (
                    "grid",
                    [
                        ["What people like and admire about me", "What is important to me"],
                        [
                            (
                                "L",
                                [
                                    ("X", "I am kind and I always help tidy up.", "strength"),
                                    (
                                        "X",
                                        "My drawings of horses are the best in the class.",
                                        "strength",
                                    ),
                                    (
                                        "X",
                                        "I try hard with my work even when I cannot ask.",
                                        "strength",
                                    ),
                                ],
                            ),
                            (
                                "L",
                                [
                                    (
                                        "X",
                                        "My cousin Lily and my baby brother Kofi.",
                                        "what matters to her",
                                    ),
                                    "Knowing what is happening next.",
                                    "Drawing and horses.",
                                ],
                            ),
                        ],
                    ],
                    [0.5, 0.5],
                ),
                ("h", 3, "What I find difficult"),
                (
                    "bul",
                    [
                        (
                            "N",
                            "Asking for help when I am stuck. I wait and do nothing until somebody notices.",
                            CI,
                            B2_HELP,
                        ),
                        (
                            "N",
                            "Starting something new if I have not seen a grown-up or a friend do it first.",
                            SEMH,
                            B2_NEW,
                        ),
                        (
                            "N",
                            "Thinking of what to write. I can copy really neatly but I do not know what to put.",
                            CL,
                            B2_WRITE,
                        ),
                        (
                            "N",
                            "Remembering number facts; I am not yet sure of my number bonds to 10.",
                            CL,
                            B2_NUM,
                        ),
                        (
                            "N",
                            "Loud, busy places like the hall at lunchtime. I put my hands over my ears.",
                            SP,
                            B2_NOISE,
                        ),
                    ],
                ),
                ("h", 3, "What is working now"),
                (
                    "bul",
                    [
                        (
                            "X",
                            "Miss Carr, my key adult, plays a board game with me in the library on Monday, Wednesday and Friday mornings.",
                            "support already in place",
                        ),
                        (
                            "X",
                            "I nod or point to a picture for my dinner choice.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 3, "How best to support me"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "Let me work in a small maths group with Mrs Begum four times a week for 20 minutes, using Numicon, because I learn by seeing and touching.",
                            CL,
                            "less",
                            F2_MATHS,
                        ),
                        (
                            "R",
                            "Give me a writing frame and a picture word bank every time I write, and let me draw my ideas first.",
                            CL,
                            "specific",
                            F2_FRAME,
                        ),
                        (
                            "R",
                            "Let me eat my lunch every day in the quiet library with two friends I choose, instead of the busy hall.",
                            SP,
                            "specific",
                            F2_LUNCH,
                        ),
                        (
                            "X",
                            "Please do not ask me to say 'good morning' back.",
                            "already covered by the SALT's advice about pressure to speak; restated, not a new recommendation",
                        ),
                    ],
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalv-03: Ravensmoor City Council; Noah Brightwell-Igwe, 3, school nursery class
# layout "continued-headings": a section that runs over a page break is headed again at the
# top of the next page with "(continued)" after its heading.
# ---------------------------------------------------------------------------

B3_EXPR = "Expressive communication significantly delayed: about 20 Makaton signs and a few spoken words with his speaking valve; not yet combining two words or signs."
B3_FRUST = "Becomes frustrated when he is not understood and sometimes hits out."
B3_PEER = "Limited interaction with other children; tends to watch rather than join in."
B3_PLAY = "Play skills at around a 30-month level; beginning to use pretend play."
B3_TIRE = "Tires quickly in active play and needs planned rest."
B3_SAND = "Cannot safely take part in sand, water or messy play without adaptation."
B3_EAT = "Eats a pureed diet and needs supervision when eating and drinking because of swallowing difficulties."

F3_ONE = "A named adult, trained and signed off as competent in Noah's tracheostomy care by the community children's nursing team, within arm's reach of Noah throughout every session, indoors and outdoors, including at rest time."
F3_REST = "Rest breaks when needed."
F3_SAND = "Sand and water play offered in an adapted form - a covered sand tray, water play at table height and a protective bib - with his named adult alongside."
F3_MAKATON = "All staff in the nursery room to sign key words in Makaton alongside speech, after completing Makaton Level 1 training during the autumn term 2026."
F3_GROUP = "A small adult-led play group with two other children, three times a week for 10 minutes, to practise turn-taking and joining in."
F3_TRANS = "Support with the move to Reception."
G3_SALT = "The community speech and language therapist will see Noah in nursery every two weeks for 30 minutes for 12 weeks and then review his progress."
G3_TRAIN = "The Ravensmoor community children's nursing team will train at least two nursery staff in tracheostomy care, including an emergency tube change, assess their competence before Noah attends, and repeat the training every year."
G3_BAG = "Noah's emergency bag (spare tubes, suction unit, ties, scissors and saline) will go with him everywhere, and is checked by his named adult at the start of each session."

CCN3 = "ccn_care_plan.docx"
SALT3 = "salt_discharge_summary.pdf"


H3 = {
    "B": "Section B - Special educational needs",
    "C": "Section C - Health needs relating to special educational needs",
    "F": "Section F - Special educational provision",
}

CASE_03 = dict(
    name="case-evalv-03",
    layout="continued-headings",
    summary=(
        "Ravensmoor City Council; Noah Brightwell-Igwe, 3, in the nursery class of Fernlea Primary "
        "School, a mainstream school (tracheostomy after subglottic stenosis, expressive "
        "communication delay, swallowing difficulties, fatigue, gross motor delay). Headings "
        "'Section B - Special educational needs'; where a section runs over a page the heading is "
        "repeated at the top of the next page with '(continued)'. Community children's nurse's care "
        "plan; hospital speech and language therapy discharge summary."
    ),
    note="B, C and F are each headed twice: once, and again with '(continued)' after a page break. The community SALT's fortnightly therapy is placed in G: wrong_section. Tracheostomy training for staff, the emergency bag and home stoma care are health provision or home advice: not_educational. The clinical tracheostomy needs are health needs stated in C and are listed as non-needs.",
    plan=dict(
        file="plan.pdf",
        accent="7B3F00",
        footer="Ravensmoor City Council | EHC Plan | Noah Brightwell-Igwe | Page {n} of {m}",
        blocks=[
            ("org", "Ravensmoor City Council - Children's Services - SEND"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Noah Brightwell-Igwe"),
                    ("Date of birth", "12 December 2022"),
                    ("Setting", "Fernlea Primary School, Nursery Class (15 hours a week)"),
                    ("Date of final plan", "6 November 2026"),
                ],
            ),
            ("H", "A", "Section A - Views, interests and aspirations of Noah and his family", "h2"),
            (
                "S",
                "A",
                "Noah loves trains, bubbles and being chased in the garden by his big sister, and he signs 'more' when he wants a game to carry on.",
            ),
            (
                "p",
                "His parents want Noah to go to their local school with children from their street, to be safe there, and to be able to tell people what he wants. They said: 'We want people to see Noah, not the trachy.'",
            ),
            (
                "p",
                "Noah lives with his mum and dad and his sister Ruby, who is seven and goes to Fernlea Primary School. The family speak English at home; Noah's dad also speaks Igbo to him, and Noah understands simple phrases in both languages.",
            ),
            (
                "p",
                "Noah spent his first four months in hospital and has had many admissions since, most recently for a chest infection in February 2026. His parents told us that they have had to learn to be his nurses as well as his parents, and that letting him go to nursery is a big step for them. They want staff who know him, who are confident with his tracheostomy and who will let him get messy and have fun.",
            ),
            (
                "p",
                "What works well for Noah: adults who get down to his level, wait for him and watch for his signs; songs with actions; a familiar routine with a photo of what comes next; being outside.",
            ),
            (
                "p",
                "What does not work well: busy, noisy rooms where nobody notices him signing; being hurried; adults who talk about his tracheostomy over his head.",
            ),
            ("H", "B", H3["B"], "h2"),
            ("b", "Communication and interaction"),
            ("bul", [("S", "B", B3_EXPR), B3_FRUST, B3_PEER]),
            ("b", "Cognition and learning"),
            ("bul", [B3_PLAY]),
            ("pb",),
            ("h", 2, H3["B"] + " (continued)"),
            ("b", "Sensory and/or physical"),
            ("bul", [B3_TIRE, B3_SAND, B3_EAT]),
            ("H", "C", H3["C"], "h2"),
            (
                "S",
                "C",
                "Noah was born at 27 weeks and developed subglottic stenosis; he has had a tracheostomy since he was five months old and is under the care of the ENT team at Ravensmoor Children's Hospital.",
            ),
            (
                "p",
                "He breathes through his tracheostomy tube and needs suction when secretions build up, which can be several times in a session. Air reaching his lungs must be humidified with a heat and moisture exchanger, which must be kept dry. He uses a speaking valve for part of each day when he is well.",
            ),
            (
                "p",
                "Noah's tracheostomy tube is changed weekly at home by his parents. The community children's nursing team visit monthly and are the first point of contact for nursery staff about his care. His individual health care plan, written by the community children's nursing team, sets out the daily care he needs in nursery, the signs that he is becoming unwell and what to do in an emergency; it will be reviewed at least every six months.",
            ),
            (
                "p",
                "Noah is vulnerable to chest infections, and staff should tell his parents the same day if other children in the room have a cough or cold. He must not be exposed to smoke, aerosol sprays, dust or loose fibres such as cotton wool or glitter.",
            ),
            (
                "p",
                "There is a risk that the tube becomes blocked or comes out. Either is a medical emergency and needs an immediate response from a trained adult.",
            ),
            ("pb",),
            ("h", 2, H3["C"] + " (continued)"),
            (
                "p",
                "Noah has a safe-swallow plan from the hospital speech and language therapy team. He has frequent chest infections in the winter months and may miss sessions.",
            ),
            ("H", "D", "Section D - Social care needs relating to special educational needs", "h2"),
            (
                "S",
                "D",
                "The family receive support from the Disabled Children's Team; a short breaks assessment was completed in August 2026.",
            ),
            ("H", "E", "Section E - Outcomes", "h2"),
            (
                "bul",
                [
                    (
                        "S",
                        "E",
                        "By the time he starts Reception, Noah will use 50 signs or words and join two together to ask for things and comment.",
                    ),
                    "By summer 2027, Noah will take part in a small-group game with two friends, taking turns with adult help.",
                    "Noah will take part safely in all areas of nursery play, including outdoors.",
                ],
            ),
            ("H", "F", H3["F"], "h2"),
            ("S", "F", "The provision below will be made by Fernlea Primary School Nursery Class."),
            (
                "grid",
                [
                    ["Provision", "Staff", "Frequency", "Outcome supported"],
                    [
                        ("F", F3_ONE, True),
                        "Named teaching assistant (1:1)",
                        "All 15 hours",
                        "Safe in all areas of play",
                    ],
                    [("F", F3_REST, False), "Named adult", "Flexible", "Safe in all areas of play"],
                    [
                        ("F", F3_SAND, True),
                        "Named adult",
                        "Every session",
                        "Safe in all areas of play",
                    ],
                ],
                [0.46, 0.18, 0.14, 0.22],
            ),
            ("pb",),
            ("h", 2, H3["F"] + " (continued)"),
            (
                "grid",
                [
                    ["Provision", "Staff", "Frequency", "Outcome supported"],
                    [
                        ("F", F3_MAKATON, True),
                        "All room staff",
                        "Throughout each session",
                        "50 signs or words",
                    ],
                    [
                        ("F", F3_GROUP, True),
                        "Nursery teacher",
                        "3 x 10 minutes a week",
                        "Small-group game",
                    ],
                    [
                        ("F", F3_TRANS, False),
                        "Nursery and Reception staff",
                        "Summer term 2027",
                        "Starting Reception",
                    ],
                ],
                [0.46, 0.18, 0.14, 0.22],
            ),
            ("H", "G", "Section G - Health provision", "h2"),
            ("S", "G", G3_TRAIN),
            ("p", G3_BAG),
            ("p", G3_SALT),
            (
                "p",
                "Noah will continue to be reviewed by the ENT team at Ravensmoor Children's Hospital every three months.",
            ),
            (
                "H",
                "H1",
                "Section H1 - Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
                "h2",
            ),
            (
                "S",
                "H1",
                "Six hours a month of short breaks at home from a carer trained in tracheostomy care, arranged by the Disabled Children's Team.",
            ),
            ("H", "H2", "Section H2 - Other social care provision", "h2"),
            ("S", "H2", "None."),
            ("H", "I", "Section I - Placement", "h2"),
            (
                "S",
                "I",
                "Fernlea Primary School, Nursery Class (maintained mainstream nursery class), 15 hours a week.",
            ),
            ("H", "J", "Section J - Personal budget", "h2"),
            (
                "S",
                "J",
                "No personal budget has been requested for the special educational provision.",
            ),
            ("H", "K", "Section K - Advice and information", "h2"),
            (
                "S",
                "K",
                "Community children's nursing care plan (September 2026); hospital speech and language therapy discharge summary (August 2026); nursery advice; parents' views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=CCN3,
            footer="Ravensmoor Community Children's Nursing Team - Care plan - review due March 2027",
            blocks=[
                ("org", "Ravensmoor Community Health Services - Community Children's Nursing Team"),
                ("title", "Individual care plan for nursery: tracheostomy"),
                (
                    "kv",
                    [
                        ("Child", "Noah Brightwell-Igwe, DOB 12/12/2022"),
                        ("Setting", "Fernlea Primary School Nursery Class"),
                        ("Lead nurse", "Grace Ambrose-Kerr, Community Children's Nurse"),
                        (
                            "Date",
                            "15 September 2026; review March 2027 or sooner if Noah's needs change",
                        ),
                    ],
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Noah was born at 27 weeks' gestation and spent four months in the neonatal unit, where he developed subglottic stenosis after prolonged ventilation.",
                            "history",
                        ),
                        (
                            "X",
                            "He has had a size 3.5 tracheostomy tube since May 2023 and has not needed overnight oxygen since January 2026.",
                            "history and a resolved need",
                        ),
                    ],
                ),
                ("h", 2, "Noah's care needs"),
                (
                    "grid",
                    [
                        ["Need", "Care", "Who", "When"],
                        [
                            (
                                "X",
                                "Noah requires oral and tracheal suction when secretions build up, which may be needed several times in a nursery session.",
                                "health need, stated in Section C",
                            ),
                            "Suction to the pre-measured depth (7.5 cm), using the portable suction unit.",
                            "Trained staff",
                            "When Noah's breathing sounds wet or he signs 'cough'",
                        ],
                        [
                            (
                                "X",
                                "Air reaching Noah's lungs must be warmed and moistened by a heat and moisture exchanger, which must be kept dry and changed if wet or soiled.",
                                "health need, stated in Section C",
                            ),
                            "Change HME; spares in emergency bag.",
                            "Trained staff",
                            "As needed, at least once a session",
                        ],
                        [
                            (
                                "X",
                                "There is a risk of the tube becoming blocked or dislodged, which is a life-threatening emergency.",
                                "health need, stated in Section C",
                            ),
                            "Emergency tube change following the algorithm; call 999.",
                            "Two trained staff",
                            "In an emergency",
                        ],
                    ],
                    [0.34, 0.3, 0.14, 0.22],
                ),
                ("h", 2, "Noah in nursery"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Noah tires quickly, and his breathing becomes noisy and laboured after a few minutes of energetic play, so he needs rest built into each session.",
                            SP,
                            B3_TIRE,
                        ),
                        (
                            "N",
                            "He cannot take part in sand, water or messy play without adaptation, because sand, water or small particles must never enter the tracheostomy.",
                            SP,
                            B3_SAND,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Noah's gross motor skills are behind those of other children his age: he cannot yet jump with both feet together or climb the nursery steps without holding an adult's hand, and he falls more often than his peers.",
                            SP,
                            None,
                        ),
                        (
                            "X",
                            "His parents report that he rides his balance bike well in the park, which shows that with practice his balance is improving.",
                            "progress",
                        ),
                    ],
                ),
                ("h", 2, "What Noah needs from nursery and from us"),
                (
                    "p",
                    [
                        (
                            "R",
                            "Because of the risk of the tube becoming blocked or dislodged, Noah must have an adult trained in his tracheostomy care within arm's reach at all times in nursery, including in the garden and at rest time.",
                            HEALTH,
                            "specific",
                            F3_ONE,
                        ),
                        "This adult should not be counted in the room's staff-to-child ratio.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Planned rest periods, for example 10 quiet minutes in the book corner mid-morning and again mid-session, rather than waiting until Noah is exhausted.",
                            SP,
                            "not_specific",
                            F3_REST,
                        ),
                        (
                            "R",
                            "Sand and water play should be adapted, for example with a covered sand tray, water play at table height and a protective bib, so that he is not left out.",
                            SP,
                            "specific",
                            F3_SAND,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Our team will train at least two members of nursery staff in Noah's tracheostomy care, including an emergency tube change, and sign off their competence before he starts; training will be refreshed annually.",
                            HEALTH,
                            "not_educational",
                            G3_TRAIN,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "Noah's emergency bag must go everywhere with him and be checked at the start of every session.",
                            HEALTH,
                            "not_educational",
                            G3_BAG,
                            {"section": "G"},
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Noah's parents will continue to carry out daily stoma care and weekly tube changes at home.",
                            HEALTH,
                            "not_educational",
                        ),
                        (
                            "X",
                            "A separate risk assessment for outings and for fire evacuation will be completed by the nursery with our team.",
                            "a procedure, not special educational provision",
                        ),
                    ],
                ),
                (
                    "p",
                    "Grace Ambrose-Kerr RN (Child), Community Children's Nurse. Tel 01632 960571. ravensmoor.ccn@example.org",
                ),
            ],
        ),
        dict(
            file=SALT3,
            accent="005EB8",
            footer="Ravensmoor Children's Hospital - Speech and Language Therapy - discharge summary - page {n} of {m}",
            blocks=[
                ("org", "Ravensmoor Children's Hospital NHS Trust - Speech and Language Therapy"),
                ("title", "Discharge summary"),
                (
                    "kv",
                    [
                        ("Patient", "Noah Brightwell-Igwe, DOB 12/12/2022"),
                        (
                            "Discharged to",
                            "Ravensmoor Community Children's Speech and Language Therapy",
                        ),
                        ("Therapist", "Tomasz Wilk-Harding, Clinical Lead SLT, ENT and Airway"),
                        ("Date", "20 August 2026"),
                        (
                            "Copies",
                            "Parents; GP; community SLT; Ravensmoor SEND team for EHC needs assessment",
                        ),
                    ],
                ),
                ("h", 2, "Reason for discharge"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Noah has been known to the hospital speech and language therapy team since his tracheostomy in 2023 and is now being discharged to the community team, as his airway is stable and his needs are best met locally.",
                            "service history",
                        ),
                    ],
                ),
                ("h", 2, "Summary of intervention"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Noah was fitted with a speaking valve in March 2025 and now tolerates it for up to four hours a day.",
                            "progress",
                        ),
                        (
                            "X",
                            "Noah's understanding of spoken language is within the range expected for his age, and he follows two-part instructions in familiar routines.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 2, "Current presentation"),
                (
                    "p",
                    [
                        (
                            "N",
                            "His expressive communication is significantly delayed: he uses about 20 Makaton signs and a handful of spoken words with his speaking valve, and he does not yet combine two words or signs.",
                            CI,
                            B3_EXPR,
                        ),
                        (
                            "N",
                            "His voice through the speaking valve is quiet and breathy, so in a noisy room adults and other children often do not hear him, and he gives up trying.",
                            CI,
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Noah becomes frustrated when he is not understood, and his parents report that he has begun to hit out at his sister at these times.",
                            SEMH,
                            B3_FRUST,
                        ),
                        (
                            "N",
                            "He rarely joins other children's play and tends to watch from the side.",
                            CI,
                            B3_PEER,
                        ),
                        (
                            "N",
                            "His play is at about the 30-month level: he enjoys cause-and-effect toys and is only beginning to use pretend play, such as feeding a doll.",
                            CL,
                            B3_PLAY,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Noah has oropharyngeal dysphagia; he takes a smooth pureed diet and mildly thick drinks and must be supervised while eating and drinking, following his safe-swallow plan.",
                            SP,
                            B3_EAT,
                        ),
                    ],
                ),
                ("h", 2, "Onward recommendations"),
                (
                    "p",
                    "I have discussed the following with Noah's parents and with the community team, and recommend that they form part of his EHC plan.",
                ),
                (
                    "num",
                    [
                        (
                            "R",
                            "All nursery staff working with Noah should sign key words in Makaton alongside their speech, and should complete Makaton Level 1 training this term.",
                            CI,
                            "specific",
                            F3_MAKATON,
                        ),
                        (
                            "R",
                            "Noah should be seen by the community speech and language therapist in nursery every two weeks, for 30 minutes, for a block of 12 weeks, with a review at the end of the block.",
                            CI,
                            "wrong_section",
                            G3_SALT,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "A low-tech communication book with photographs and core vocabulary should be made by the speech and language therapist and used with Noah by his named adult in every session.",
                            CI,
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "Noah would benefit from a daily small-group play session of about 10 minutes with two other children, led by an adult, to build turn-taking and joining in.",
                            CI,
                            "less",
                            F3_GROUP,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "We considered a voice amplifier, but Noah is too young to manage one at present, and I do not recommend it now; this should be reconsidered when he starts school.",
                            "option considered and not recommended",
                        ),
                    ],
                ),
                (
                    "p",
                    "Tomasz Wilk-Harding, Clinical Lead Speech and Language Therapist (HCPC). Tel 01632 960642.",
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalv-04: Westmarch Borough Council; Kacper Nowicki-Reid, 9, Year 5
# layout "contents-with-return-links": a contents table that names every section, and a
# "Return to contents" line closing each section, as in councils' Word templates.
# ---------------------------------------------------------------------------

B4_VOCAB = "limited understanding of subject vocabulary in lessons"
B4_EXPL = "difficulty putting complex ideas into sentences and explaining his reasons"
B4_CLAR = "does not always realise when he has not understood; rarely asks for help"
B4_PEERS = "misunderstands other children's jokes and intentions, leading to conflict at playtimes"
B4_COMP = "reading comprehension, especially inference, well below age"
B4_MATHS = "difficulty with worded maths problems"
B4_WRITE = "difficulty planning and organising extended writing"

F4_VOCAB = "Pre-teaching of key vocabulary for each new topic using a word map"
F4_COMP = "Reciprocal Reading comprehension group"
F4_CLUB = "Access to a lunchtime club"
F4_PLAN = (
    "A planning template (story mountain or paragraph planner) for every extended writing task"
)
F4_SALT = "Speech and language therapy as advised by the therapist"
F4_CHECK = "Adults check Kacper's understanding after each instruction by asking him to explain the task in his own words, rather than asking whether he has understood"
F4_SEAT = "Seated near the front, next to a talk partner he trusts"
G4_PROG = "A speech and language therapy programme, written by the NHS speech and language therapist and delivered by a teaching assistant three times a week for 20 minutes, focusing on clarification and explaining."

EP4 = "ep_report.pdf"
SALT4 = "salt_letter.docx"

H4 = {
    "A": "Section A: The views, interests and aspirations of Kacper and his parents",
    "B": "Section B: Kacper's special educational needs",
    "C": "Section C: Health needs related to Kacper's special educational needs",
    "D": "Section D: Social care needs related to Kacper's special educational needs or disability",
    "E": "Section E: Outcomes",
    "F": "Section F: Special educational provision",
    "G": "Section G: Health provision",
    "H1": "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2: Other social care provision",
    "I": "Section I: Placement",
    "K": "Section K: Advice and information",
}
BACK = ("p", "Return to contents")

CASE_04 = dict(
    name="case-evalv-04",
    layout="contents-with-return-links",
    summary=(
        "Westmarch Borough Council; Kacper Nowicki-Reid, 9, Year 5 at Ellerby Junior School "
        "(developmental language disorder: vocabulary, explaining, clarification, group "
        "conversation; reading comprehension; peer misunderstandings; low self-esteem). A contents "
        "table lists every section heading with its page; each section ends with a 'Return to "
        "contents' line; headings 'Section B: Kacper's special educational needs'. No Section J. "
        "B is bullet fragments under the four areas of need, F a table 'Provision | Staff | "
        "Frequency | Outcome supported'. Educational psychologist's report; NHS speech and language "
        "therapist's advice sent as a letter."
    ),
    note="The contents table repeats every heading; the sections begin after the sentence giving the date the plan was finalised. Section J is absent (not in the contents either). The SALT programme delivered by a teaching assistant is placed in G: wrong_section.",
    plan=dict(
        file="plan.docx",
        footer="Westmarch Borough Council | Education, Health and Care Plan | Kacper Nowicki-Reid | OFFICIAL-SENSITIVE",
        blocks=[
            ("org", "Westmarch Borough Council"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Child's name", "Kacper Nowicki-Reid"),
                    ("Date of birth", "7 March 2017"),
                    ("School", "Ellerby Junior School, Year 5"),
                    ("EHC co-ordinator", "Ms Fiona Adebayo-Clarke, 01632 960455"),
                ],
            ),
            ("b", "Contents"),
            (
                "grid",
                [
                    ["Section", "Page"],
                    *[
                        [H4[sid], str(pg)]
                        for sid, pg in zip(H4, [2, 2, 3, 3, 3, 4, 5, 5, 5, 5, 5], strict=True)
                    ],
                ],
                [0.85, 0.15],
                True,
            ),
            ("BODY", "This plan was finalised on 12 November 2026."),
            ("p", "This plan was finalised on 12 November 2026."),
            ("pb",),
            ("H", "A", H4["A"], "h1"),
            (
                "S",
                "A",
                "Kacper is a chatty, sporty boy who loves football, Minecraft and his dog Bruno, and he wants to be a vet or a footballer.",
            ),
            (
                "p",
                "Kacper said: 'I don't like it when the teacher uses long words and everyone else knows what to do.' His parents want him to understand what is happening in lessons, to have friends he can keep, and to go to secondary school feeling confident.",
            ),
            BACK,
            ("H", "B", H4["B"], "h1"),
            ("b", "Communication and interaction"),
            ("bul", [("S", "B", B4_VOCAB), B4_EXPL, B4_CLAR, B4_PEERS]),
            ("b", "Cognition and learning"),
            ("bul", [B4_COMP, B4_MATHS, B4_WRITE]),
            ("b", "Social, emotional and mental health"),
            ("bul", ["upset or angry after misunderstandings at playtime (see above)"]),
            ("b", "Sensory and/or physical"),
            ("bul", ["no needs identified"]),
            BACK,
            ("pb",),
            ("H", "C", H4["C"], "h1"),
            ("S", "C", "Kacper has no health needs related to his special educational needs."),
            BACK,
            ("H", "D", H4["D"], "h1"),
            ("S", "D", "None identified."),
            BACK,
            ("H", "E", H4["E"], "h1"),
            (
                "num",
                [
                    (
                        "S",
                        "E",
                        "By the end of Year 6, Kacper will explain the meaning of the key words in each new topic in his own words.",
                    ),
                    "By the end of Year 6, Kacper will answer inference questions about a text read at his level with 70% accuracy.",
                    "By the end of Year 6, Kacper will tell an adult when he has not understood, without prompting, in most lessons.",
                    "By the end of Year 6, Kacper will have playtimes without falling out with friends on most days.",
                ],
            ),
            BACK,
            ("pb",),
            ("H", "F", H4["F"], "h1"),
            ("S", "F", "Provision will be made by Ellerby Junior School."),
            (
                "grid",
                [
                    ["Provision", "Staff", "Frequency", "Outcome supported"],
                    [
                        ("F", F4_VOCAB, True),
                        "Teaching assistant",
                        "Twice a week, 15 minutes",
                        "Key words",
                    ],
                    [("F", F4_CHECK, True), "All adults", "Every lesson", "Telling an adult"],
                    [("F", F4_SEAT, True), "Class teacher", "All lessons", "Telling an adult"],
                    [
                        ("F", F4_COMP, True),
                        "Teaching assistant",
                        "Twice a week, 30 minutes",
                        "Inference",
                    ],
                    [
                        ("F", F4_PLAN, True),
                        "Class teacher",
                        "Every extended writing task",
                        "Inference",
                    ],
                    [("F", F4_CLUB, False), "Lunchtime staff", "Where available", "Playtimes"],
                    [
                        ("F", F4_SALT, False),
                        "NHS speech and language therapist",
                        "As advised",
                        "Key words; telling an adult",
                    ],
                ],
                [0.4, 0.2, 0.2, 0.2],
                True,
            ),
            BACK,
            ("pb",),
            ("H", "G", H4["G"], "h1"),
            ("S", "G", G4_PROG),
            BACK,
            ("H", "H1", H4["H1"], "h1"),
            ("S", "H1", "Not applicable: no social care needs have been identified."),
            BACK,
            ("H", "H2", H4["H2"], "h1"),
            ("S", "H2", "Not applicable."),
            BACK,
            ("H", "I", H4["I"], "h1"),
            (
                "S",
                "I",
                "Ellerby Junior School, Moor Lane, Westmarch AC6 4RD (academy, mainstream).",
            ),
            BACK,
            ("H", "K", H4["K"], "h1"),
            (
                "S",
                "K",
                "Educational psychology report, Ms Rhiannon Batley (October 2026); speech and language therapy advice, Mr Daniel Osei-Grant (October 2026); school advice; parents' views.",
            ),
            BACK,
        ],
    ),
    reports=[
        dict(
            file=EP4,
            accent="3B3B98",
            footer="Westmarch Educational Psychology Service - Psychological advice - page {n} of {m}",
            blocks=[
                ("org", "Westmarch Educational Psychology Service"),
                (
                    "title",
                    "Psychological advice for an Education, Health and Care needs assessment",
                ),
                (
                    "kv",
                    [
                        ("Name", "Kacper Nowicki-Reid (born 7 March 2017)"),
                        ("School", "Ellerby Junior School, Year 5"),
                        (
                            "Educational psychologist",
                            "Rhiannon Batley, Senior Educational Psychologist",
                        ),
                        ("Date of report", "9 October 2026"),
                    ],
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Kacper was diagnosed with developmental language disorder by the NHS speech and language therapy service in Year 2, and received a block of therapy at that time.",
                            "history",
                        ),
                        (
                            "X",
                            "School report that the daily anger outbursts he had in Year 3 have stopped since he joined the Year 4 football team.",
                            "a resolved difficulty",
                        ),
                    ],
                ),
                ("h", 2, "Assessment"),
                (
                    "grid",
                    [
                        ["WISC-V UK index", "Standard score", "Range"],
                        ["Verbal Comprehension", "76", "Very low"],
                        ["Visual Spatial", "104", "Average"],
                        ["Fluid Reasoning", "98", "Average"],
                        ["Working Memory", "88", "Low average"],
                        ["Processing Speed", "95", "Average"],
                    ],
                    [0.5, 0.2, 0.3],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "This profile, with verbal comprehension well below his visual-spatial and reasoning skills, is typical of a child with a language disorder, and it means that Kacper is likely to understand far more when information is shown than when it is only told.",
                            "interpretation of test results",
                        ),
                    ],
                ),
                ("h", 2, "Kacper's needs"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Kacper has difficulty understanding abstract and subject-specific vocabulary, such as 'evaporate', 'estimate' and 'compare', and he often misses the point of a lesson because one key word was unfamiliar.",
                            CI,
                            B4_VOCAB,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "His reading accuracy is close to his age, but his reading comprehension is at about the level of a seven-year-old, and he finds questions that require inference particularly hard.",
                            CL,
                            B4_COMP,
                        ),
                        (
                            "N",
                            "In mathematics his calculation is secure, but he struggles with word problems because of their language demands.",
                            CL,
                            B4_MATHS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Kacper finds it hard to plan and organise extended writing; his stories and reports are lively but lack a clear sequence.",
                            CL,
                            B4_WRITE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "He often misreads the intentions of other children, takes teasing and jokes literally and then becomes upset or angry at breaks and lunchtimes.",
                            CI,
                            B4_PEERS,
                        ),
                        (
                            "N",
                            "Kacper's self-esteem is low: his self-concept score on the Beck Youth Inventory was much lower than average, and he described himself as 'the thick one' in his group.",
                            SEMH,
                            None,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    "The following are recommended to help Kacper achieve the outcomes agreed at the planning meeting.",
                ),
                (
                    "bul",
                    [
                        (
                            "R",
                            "Pre-teaching of the key vocabulary for each new topic, for 15 minutes twice a week, using a word map with a picture, a definition and an example sentence.",
                            CI,
                            "specific",
                            F4_VOCAB,
                        ),
                        (
                            "R",
                            "A reading comprehension intervention such as Reciprocal Reading, in a small group, three times a week for 30 minutes.",
                            CL,
                            "less",
                            F4_COMP,
                        ),
                        (
                            "R",
                            "A structured lunchtime club, led by a named adult every day, where games are explained and adults can help Kacper repair misunderstandings with other children.",
                            SEMH,
                            "not_specific",
                            F4_CLUB,
                        ),
                        (
                            "R",
                            "Six weekly sessions with the school's emotional literacy support assistant, focused on self-esteem and on recognising his strengths.",
                            SEMH,
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "A planning template, such as a story mountain or a paragraph planner, for every piece of extended writing.",
                            CL,
                            "specific",
                            F4_PLAN,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "At home, his parents might talk through the day with him at teatime, using 'first', 'next' and 'because'.",
                            CI,
                            "not_educational",
                        ),
                        (
                            "X",
                            "A move to the authority's language resource base at secondary transfer was discussed with his parents; I do not think this is necessary on current evidence, but it should be looked at again at the Year 5 annual review.",
                            "option considered and not recommended now",
                        ),
                    ],
                ),
                (
                    "p",
                    "Rhiannon Batley, Senior Educational Psychologist (HCPC registered). Westmarch Educational Psychology Service, Town Hall, Westmarch AC6 1AA.",
                ),
            ],
        ),
        dict(
            file=SALT4,
            blocks=[
                ("org", "Westmarch Community Children's Speech and Language Therapy"),
                (
                    "small",
                    "Westmarch Health Centre, Ashby Road, Westmarch AC6 2QT. Tel 01632 960719. slt.westmarch@example.org",
                ),
                (
                    "p",
                    "Ms Fiona Adebayo-Clarke, EHC Co-ordinator, Westmarch Borough Council SEND Team",
                ),
                ("p", "14 October 2026"),
                ("p", "Dear Ms Adebayo-Clarke,"),
                (
                    "p",
                    "Re: Kacper Nowicki-Reid, DOB 07/03/2017, Ellerby Junior School - advice for EHC needs assessment",
                ),
                (
                    "p",
                    "Thank you for your request for advice. I saw Kacper in school on 29 September 2026, spoke to his class teacher and SENCo, and met his mother on 5 October. I used the CELF-5 UK and the Expression, Reception and Recall of Narrative Instrument (ERRNI).",
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Kacper's speech is clear and his understanding of simple, everyday language is good; he enjoys chatting about football and is a confident speaker in a one-to-one conversation.",
                            "strength",
                        ),
                        (
                            "X",
                            "His CELF-5 Core Language score was 74, and his scores on both the receptive and expressive indices were below the 5th percentile.",
                            "test result",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Kacper has difficulty putting complex ideas into sentences: when he was asked to explain why something happened, he gave a list of events rather than a reason, and he rarely uses words such as 'because', 'although' or 'so that'.",
                            CI,
                            B4_EXPL,
                        ),
                        (
                            "N",
                            "He has difficulty following a conversation in a group of more than two people; he loses track of the topic and then joins in with something unrelated, which other children find odd.",
                            CI,
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Importantly, Kacper does not always recognise when he has not understood, so he rarely asks for clarification and instead copies what other children do.",
                            CI,
                            B4_CLAR,
                        ),
                    ],
                ),
                ("p", "My recommendations are as follows."),
                (
                    "p",
                    [
                        (
                            "R",
                            "I recommend a block of direct therapy in school: one 45-minute session every fortnight for the autumn and spring terms, after which I will write a programme for school.",
                            CI,
                            "not_specific",
                            F4_SALT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Alongside this, Kacper needs a language programme, which I will write, delivered by a trained teaching assistant three times a week for 20 minutes, focusing on asking for clarification and on explaining reasons.",
                            CI,
                            "wrong_section",
                            G4_PROG,
                            {"section": "G"},
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Adults should check his understanding by asking him to tell them what he has to do, rather than asking 'Do you understand?', to which he will always say yes.",
                            CI,
                            "specific",
                            F4_CHECK,
                        ),
                    ],
                ),
                (
                    "p",
                    "I am happy to discuss this advice. Kacper will remain open to our service while he has therapy.",
                ),
                ("p", "Yours sincerely,"),
                (
                    "sig",
                    [
                        "Daniel Osei-Grant",
                        "Specialist Speech and Language Therapist",
                        "HCPC registered",
                    ],
                ),
            ],
        ),
    ],
)


CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
