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


CASES = [CASE_01]
