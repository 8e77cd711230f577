# ruff: noqa: E501
"""Set N as data: primary and secondary plans, mainstream and special, that list provision
under each outcome in fragments, with a one-page profile and question headings, Roman
numerals, headings in the child's voice with the letter in brackets, and underlined
headings under a running section head.

Every name, council, school, service and professional is invented. Postcodes use areas
that do not exist, phone numbers are in the 01632 960xxx range and e-mail addresses are at
example.org. Markers are those of evaluation_kit.dataset.
"""

# ---------------------------------------------------------------------------
# case-evaln-01: Ravensholm Borough Council; Kacper Nowicki-Hale, 8, Year 3, mainstream
# layout "profile-first-questions": a one-page profile table before any section, then
# sections headed by questions with no letter ("What are my special educational needs?").
# ---------------------------------------------------------------------------

B1_AUT = "Kacper is autistic; he finds it hard to understand what other children mean and to join in with their play."
B1_CHANGE = "He becomes very anxious when his routine changes, for example with a supply teacher or a school trip, and may hide under a table."
B1_LANG = "Kacper's understanding of spoken language is below that of his classmates, especially longer instructions and questions that ask why or how."
B1_SENS = (
    "He is sensitive to noise and finds the hall, the dining room and the toilets overwhelming."
)
B1_REG = "Kacper cannot yet tell an adult when he is becoming upset, and his distress builds until he runs out of the classroom."
B1_WRITE = "He is working below age-related expectations in writing and finds it hard to get his ideas onto paper."

F1_INSTR = "instructions given one step at a time with a visual prompt, by all adults"
F1_VOCAB = (
    "pre-teaching of topic vocabulary by the class TA, 3 new words each week in a 10-minute session"
)
F1_SALT = "SALT input to be reviewed termly by the SENCo"
F1_LANGPROG = "Language programme set by the speech and language therapist and delivered by a TA."
F1_ZONES = "zones of regulation taught in class"
F1_QUIET = "access to a quiet space as appropriate"
F1_ELSA = "Emotional literacy support (ELSA)."
F1_MOVE = "regular movement breaks"
F1_SOCIAL = "Small group social communication sessions led by a trained TA."
F1_PLAY = "Opportunities to practise turn-taking in structured play."
F1_LUNCH = "Adult support at lunchtime."
F1_EAR = "ear defenders kept in class for assemblies, wet play and fire drills"
G1_TRAIN = "Training for Kacper's class teacher and teaching assistant from the speech and language therapist, one hour each term."

EP1 = "ep_report.pdf"
SALT1 = "salt_report.pdf"
PAR1 = "parents_views.docx"

CASE_01 = dict(
    name="case-evaln-01",
    layout="profile-first-questions",
    summary=(
        "Ravensholm Borough Council; Kacper Nowicki-Hale, 8, Year 3 at Fellside Primary School, mainstream "
        "(autism, language, anxiety at change, regulation, noise, writing). The plan opens with a one-page "
        "profile table (including 'How best to support me') before any section; sections are headed by "
        "questions with no letter; Section F lists provision under each outcome in unpunctuated fragments "
        "and two-sentence provisions. EP report in reported speech with options; NHS SALT report; "
        "parents' views mixing history, home strategies and current needs."
    ),
    note=(
        "The one-page profile before the first question heading is not a section and its 'How best to "
        "support me' lines are not provisions. Question headings: 'What support will I get at school?' "
        "is F, 'What support will I get from health services?' G. A provision over two sentences is "
        "recorded by its first sentence and judged on both. SALT staff training in G is wrong_section."
    ),
    plan=dict(
        file="plan.docx",
        blocks=[
            ("org", "Ravensholm Borough Council"),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Kacper Nowicki-Hale   Date of birth: 3 February 2018   Final plan issued: 9 March 2026",
            ),
            ("b", "My one-page profile"),
            (
                "kv",
                [
                    (
                        "What people like and admire about me",
                        "I am funny and kind. I know every Pokemon and I am brilliant at Lego.",
                    ),
                    (
                        "What is important to me",
                        "My dog Biscuit, my mum and my nan, knowing what is happening next, and my Lego club on Fridays.",
                    ),
                    (
                        "How best to support me",
                        (
                            "L",
                            [
                                "Tell me what is going to happen before it happens.",
                                "Give me time to answer and do not ask me lots of questions at once.",
                                "Let me wear my ear defenders when it is loud.",
                                "Do not touch me without telling me first.",
                            ],
                        ),
                    ),
                ],
            ),
            ("pb",),
            ("H", "A", "What is important to me and my family?", "h2"),
            (
                "S",
                "A",
                "Kacper wants to be a Lego designer and to have a best friend at school.",
            ),
            (
                "p",
                "His mum and nan want him to be happy to go to school and to be understood by the adults who teach him.",
            ),
            ("H", "B", "What are my special educational needs?", "h2"),
            ("S", "B", B1_AUT),
            ("bul", [B1_CHANGE, B1_LANG, B1_SENS, B1_REG, B1_WRITE]),
            ("H", "C", "What are my health needs?", "h2"),
            (
                "S",
                "C",
                "Kacper's autism was diagnosed by the Ravensholm Child Development Centre; he has no other health needs.",
            ),
            ("H", "D", "What are my social care needs?", "h2"),
            ("S", "D", "Kacper has no assessed social care needs."),
            ("H", "E", "What are we working towards? My outcomes", "h2"),
            (
                "S",
                "E",
                "Outcome 1: by July 2027 Kacper will follow a two-step instruction in class without help from an adult.",
            ),
            (
                "p",
                "Outcome 2: by July 2027 Kacper will show an adult his break card when he feels upset, instead of running out.",
            ),
            (
                "p",
                "Outcome 3: by July 2027 Kacper will play a game with two other children at playtime.",
            ),
            (
                "p",
                "Outcome 4: by July 2027 Kacper will stay in assembly and the dining hall for the whole session.",
            ),
            ("pb",),
            ("H", "F", "What support will I get at school?", "h2"),
            (
                "p",
                "The school will make the provision below from its own resources and the top-up funding agreed with the council.",
            ),
            ("b", "To help me with Outcome 1 (understanding and following instructions)"),
            ("bul", [("S", "F", ("F", F1_INSTR, True)), ("F", F1_VOCAB, True)]),
            (
                "bul",
                [
                    (
                        "F",
                        F1_SALT,
                        False,
                        "A fragment with no who, how often or how long, only a review.",
                    )
                ],
            ),
            (
                "p",
                [
                    (
                        "F",
                        F1_LANGPROG,
                        True,
                        "The quantity is in the next sentence: twice a week for 15 minutes.",
                    ),
                    "This will be twice a week for 15 minutes.",
                ],
            ),
            ("b", "To help me with Outcome 2 (feelings and asking for a break)"),
            ("bul", [("F", F1_ZONES, False), ("F", F1_QUIET, False)]),
            (
                "p",
                [
                    ("F", F1_ELSA, True, "The next sentence says who, how long and how often."),
                    "Kacper will see a trained ELSA for 30 minutes each week, in a block of 12 weeks.",
                ],
            ),
            ("bul", [("F", F1_MOVE, False)]),
            ("b", "To help me with Outcome 3 (playing with other children)"),
            (
                "p",
                [
                    ("F", F1_SOCIAL, True, "The next sentence quantifies it."),
                    "These will be weekly for 30 minutes, in a group of no more than four children.",
                ],
            ),
            ("bul", [("F", F1_PLAY, False)]),
            (
                "p",
                [
                    ("F", F1_LUNCH, False, "The second sentence is a hedge, not a quantity."),
                    "This will be provided as needed.",
                ],
            ),
            ("b", "To help me with Outcome 4 (noisy places)"),
            ("bul", [("F", F1_EAR, True)]),
            ("H", "G", "What support will I get from health services?", "h2"),
            ("S", "G", "Review by the community paediatrician every 12 months."),
            ("p", G1_TRAIN),
            (
                "H",
                "H1",
                "What support will I get from social care because of my disability (Chronically Sick and Disabled Persons Act 1970)?",
                "h2",
            ),
            ("S", "H1", "None."),
            ("H", "H2", "What other support will I get from social care?", "h2"),
            ("S", "H2", "None at present."),
            ("H", "I", "Where will I go to school?", "h2"),
            ("S", "I", "Fellside Primary School, Ravensholm (mainstream community school)."),
            ("H", "J", "Is any of my support paid for by a personal budget?", "h2"),
            ("S", "J", "No personal budget has been requested."),
            ("H", "K", "What advice and information was used to write this plan?", "h2"),
            (
                "S",
                "K",
                "Educational psychology advice (November 2025); speech and language therapy advice (December 2025); parents' views; school advice.",
            ),
        ],
    ),
    reports=[
        dict(
            file=EP1,
            footer="Ravensholm Educational Psychology Service - Kacper Nowicki-Hale - page {n} of {m}",
            blocks=[
                ("org", "Ravensholm Educational Psychology Service"),
                ("title", "Psychological advice for an EHC needs assessment"),
                (
                    "small",
                    "Child: Kacper Nowicki-Hale (Year 3, Fellside Primary School)   Seen: 12 and 19 November 2025   Psychologist: Dr Imogen Treharne",
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Kacper was diagnosed with autism in March 2024 by the Ravensholm Child Development Centre.",
                            "history",
                        ),
                        (
                            "X",
                            "His mother told me that Kacper now sleeps well since the family began a fixed bedtime routine last year.",
                            "resolved difficulty, reported by a parent",
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "Kacper currently has a visual timetable and a now-and-next board, which his class teacher uses consistently.",
                        "support already in place",
                    ),
                ),
                ("h", 2, "Basis of assessment"),
                (
                    "p",
                    "I observed Kacper in class and at playtime, talked with his mother and his class teacher, and gave him standardised tests of reasoning and memory. Scores have a mean of 100; two thirds of children score between 85 and 115.",
                ),
                (
                    "grid",
                    [
                        ["Scale", "Standard score", "Descriptor"],
                        ["Verbal comprehension", "94", "Average"],
                        ["Non-verbal reasoning", "103", "Average"],
                        ["Working memory", "78", "Low"],
                        ["Processing speed", "86", "Low average"],
                    ],
                    [0.5, 0.25, 0.25],
                ),
                ("h", 2, "What I found"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Kacper's non-verbal reasoning is in the average range, and he solved the block design puzzles quickly.",
                            "strength and test result",
                        ),
                        (
                            "N",
                            "Kacper's working memory is a relative weakness (standard score 78), so he loses track of instructions with more than two steps.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "He often misreads what other children intend, which leads to arguments at playtime, and he does not know how to join a game.",
                            "communication_interaction",
                            B1_AUT,
                        ),
                        (
                            "N",
                            "When the timetable changed during my observation he became distressed and hid under a table for ten minutes.",
                            "semh",
                            B1_CHANGE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Kacper does not recognise the early signs that he is becoming upset and cannot yet use a calming strategy without an adult.",
                            "semh",
                            B1_REG,
                        ),
                        (
                            "N",
                            "His written work is much shorter than his spoken ideas because he finds it very hard to plan and sequence what he wants to say.",
                            "cognition_learning",
                            B1_WRITE,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "The current draft plan does not mention Kacper's working memory at all.",
                        "comment on the plan",
                    ),
                ),
                ("pb",),
                ("h", 2, "Advice"),
                (
                    "p",
                    [
                        (
                            "R",
                            "I recommended to school staff that instructions are given one step at a time, with a visual prompt, and that they check his understanding by asking him to show what he has to do.",
                            "cognition_learning",
                            "specific",
                            F1_INSTR,
                        ),
                        (
                            "R",
                            "In my view Kacper should be taught to recognise and name his feelings using the Zones of Regulation, in a daily 10-minute session with a familiar adult.",
                            "semh",
                            "not_specific",
                            F1_ZONES,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "R",
                        "He should have a quiet, low-stimulation area in the classroom that he can go to when he shows his break card, without having to explain.",
                        "semh",
                        "not_specific",
                        F1_QUIET,
                    ),
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Option 1, which I recommend, is a 10-minute check-in with a key adult at the start of every school day to go through the day's visual schedule and any changes.",
                            "semh",
                            "missing_from_f",
                        ),
                        (
                            "X",
                            "Option 2 would be for the class teacher to tell Kacper about changes as they happen; I do not think this gives him enough warning.",
                            "option not recommended",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Kacper would benefit from ELSA sessions of 30 minutes a week for at least 12 weeks, focused on recognising and naming feelings.",
                            "semh",
                            "specific",
                            F1_ELSA,
                        ),
                        (
                            "R",
                            "I suggested that he eats his lunch in a small, quiet room with one or two friends, supervised by a familiar adult, every day.",
                            "sensory_physical",
                            "not_specific",
                            F1_LUNCH,
                        ),
                    ],
                ),
            ],
        ),
        dict(
            file=SALT1,
            sans=True,
            accent="2E5E4E",
            blocks=[
                ("org", "Ravensholm Children's Community Health - Speech and Language Therapy"),
                ("title", "Speech and language therapy advice"),
                (
                    "p",
                    "Kacper Nowicki-Hale, born 3 February 2018. Assessed at Fellside Primary School on 2 December 2025 by Niamh Costello, Specialist Speech and Language Therapist.",
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Kacper enjoyed the assessment and worked hard for forty minutes.",
                            "observation",
                        ),
                        (
                            "X",
                            "His speech sounds are now clear; the lisp noted in 2023 has resolved.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 3, "Summary of communication needs"),
                (
                    "bul",
                    [
                        (
                            "N",
                            "Kacper's understanding of language is well below his age (CELF-5 receptive language index 72), and he cannot follow instructions that contain 'before' or 'after'.",
                            "communication_interaction",
                            B1_LANG,
                        ),
                        (
                            "N",
                            "He cannot retell a simple story in order, and his sentences become muddled when he is asked to explain something.",
                            "communication_interaction",
                            None,
                        ),
                        (
                            "N",
                            "Kacper takes language literally and does not understand jokes, sarcasm or idioms.",
                            "communication_interaction",
                            B1_AUT,
                        ),
                        (
                            "N",
                            "In conversation he talks at length about his own interests and finds turn-taking very hard.",
                            "communication_interaction",
                            B1_AUT,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "The draft plan describes his language needs only in general terms.",
                        "comment on the plan",
                    ),
                ),
                ("h", 3, "Recommendations"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "Direct speech and language therapy from a speech and language therapist, 30 minutes each week in school for two terms, targeting narrative and concept words.",
                            "communication_interaction",
                            "not_specific",
                            F1_SALT,
                        ),
                        (
                            "R",
                            "A teaching assistant should carry out the language programme with Kacper three times a week for 15 minutes.",
                            "communication_interaction",
                            "less",
                            F1_LANGPROG,
                        ),
                        (
                            "R",
                            "I will train his teaching assistant and class teacher in supporting his understanding, in a one-hour session each term.",
                            "communication_interaction",
                            "wrong_section",
                            G1_TRAIN,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "Topic vocabulary should be pre-taught, three new words a week, in a 10-minute session before each new topic.",
                            "communication_interaction",
                            "specific",
                            F1_VOCAB,
                        ),
                        (
                            "R",
                            "A social communication group of no more than four children, led by a trained teaching assistant for 30 minutes each week.",
                            "communication_interaction",
                            "specific",
                            F1_SOCIAL,
                        ),
                        (
                            "R",
                            "Kacper's parents could use the story map I gave them when they share a book at bedtime.",
                            "communication_interaction",
                            "not_educational",
                        ),
                    ],
                ),
            ],
        ),
        dict(
            file=PAR1,
            blocks=[
                ("org", "Ravensholm Borough Council - SEND Assessment Team"),
                ("title", "Parents' views (Section A and needs assessment)"),
                (
                    "kv",
                    [
                        ("Child", "Kacper Nowicki-Hale"),
                        ("Completed by", "Agnieszka Nowicki-Hale (mum) and Brenda Hale (nan)"),
                        ("Date", "28 October 2025"),
                    ],
                ),
                ("b", "Kacper's story so far"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Kacper was a happy baby who met his milestones, though he did not talk until he was nearly three.",
                            "history",
                        ),
                        (
                            "X",
                            "Reception was very hard, but things got much better in Year 1 with Mrs Okoro.",
                            "history and progress",
                        ),
                        (
                            "X",
                            "He no longer has toileting accidents at school.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("b", "What Kacper is good at"),
                (
                    "p",
                    (
                        "X",
                        "He loves Lego and can build for hours, following instructions with 500 pieces.",
                        "strength",
                    ),
                ),
                ("b", "What Kacper finds hard at the moment"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Kacper comes home exhausted and has a meltdown most evenings, because he has held everything in all day at school.",
                            "semh",
                            None,
                        ),
                        (
                            "N",
                            "He is frightened of the hand dryers and the noise in the toilets, so he avoids using the school toilets all day.",
                            "sensory_physical",
                            B1_SENS,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "N",
                        "He still cannot tell his teacher when something is wrong; he just runs.",
                        "semh",
                        B1_REG,
                    ),
                ),
                ("b", "What helps at home"),
                (
                    "p",
                    (
                        "X",
                        "At home we use a visual timetable and a countdown timer, which really help him.",
                        "home strategies already in place",
                    ),
                ),
                ("b", "What we would like from the plan"),
                (
                    "p",
                    [
                        (
                            "R",
                            "We think Kacper needs a familiar adult with him at lunchtime every day, because that is when most of the incidents happen.",
                            "semh",
                            "not_specific",
                            F1_LUNCH,
                        ),
                        (
                            "X",
                            "We would also like the plan to say who will be his key adult.",
                            "comment on the plan",
                        ),
                    ],
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evaln-02: Dunmere County Council; Tegan Marwood, 12, Year 8, mainstream secondary
# layout "roman-numerals": "Section I: Views, interests and aspirations" (A) ... "Section VI:
# Special educational provision" (F) ... "Section X: Placement" (I); no letters anywhere.
# ---------------------------------------------------------------------------

B2_DYS = "Tegan has dyslexia; her reading is accurate for simple texts but slow, and she reads at about a 9-year level."
B2_SPELL = (
    "Her spelling is weak and her written work is much shorter and simpler than what she can say."
)
B2_ATT = "Tegan has ADHD; she finds it very hard to keep her attention on the teacher for more than a few minutes."
B2_IMP = "She is impulsive, calls out and leaves her seat, which has led to detentions."
B2_ORG = "Tegan struggles to organise herself, to bring the right equipment and to record and hand in homework."
B2_SE = "Her self-esteem is low; she calls herself thick and will not read aloud."

F2_LIT = "A structured multisensory literacy programme delivered by a teacher with a specialist dyslexia qualification."
F2_EXAM = "access arrangements for tests as appropriate"
F2_AT = "laptop with text-to-speech software for use in all lessons, set up by the IT technician"
F2_NOTES = "copies of notes and slides where possible"
F2_SEAT = "seat near the front of each class away from the window and door"
F2_MOVE = "movement breaks as needed"
F2_CHUNK = "tasks broken into short steps with a checklist on her desk in every lesson"
F2_MENTOR = "A named mentor from the pastoral team."
F2_HW = "Homework club."
F2_SE = "Opportunities to build her self-esteem through mentoring and praise."
F2_READ = "Tegan will not be asked to read aloud in class unless she has volunteered."

ST2 = "dyslexia_assessment.docx"
SCH2 = "school_report.pdf"

CASE_02 = dict(
    name="case-evaln-02",
    layout="roman-numerals",
    summary=(
        "Dunmere County Council; Tegan Marwood, 12, Year 8 at St Aldric's Church of England Academy, "
        "mainstream (dyslexia, ADHD, organisation, self-esteem). Sections are headed 'Section I' to "
        "'Section XII' in Roman numerals with no letters, so 'Section I' is the views section (A) and "
        "'Section X' the placement (I). Section VI lists provision under each outcome in fragments. "
        "Private specialist teacher's dyslexia assessment with Plan A / Plan B; school report with "
        "parents' views in reported speech."
    ),
    note=(
        "Roman numerals: I = A, II = B, III = C, IV = D, V = E, VI = F, VII = G, VIII = H1, IX = H2, "
        "X = I, XI = J, XII = K. The outcome lines inside Section VI are sub-headings, not provisions."
    ),
    plan=dict(
        file="plan.pdf",
        footer="Dunmere County Council - EHC Plan for Tegan Marwood - Final - Page {n} of {m}",
        blocks=[
            ("org", "Dunmere County Council"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Tegan Marwood"),
                    ("Date of birth", "14 April 2013"),
                    ("Year group", "Year 8"),
                    ("Date of this plan", "2 February 2026"),
                ],
            ),
            ("H", "A", "Section I: Views, interests and aspirations", "h2"),
            ("S", "A", "Tegan loves drama, street dance and looking after her two rabbits."),
            (
                "p",
                "She would like to work with animals when she is older, maybe as a vet nurse. Her parents want her to stop feeling stupid at school.",
            ),
            ("H", "B", "Section II: Special educational needs", "h2"),
            ("S", "B", B2_DYS),
            ("p", [B2_SPELL, B2_ATT]),
            ("p", [B2_IMP, B2_ORG]),
            ("p", B2_SE),
            ("H", "C", "Section III: Health needs", "h2"),
            (
                "S",
                "C",
                "Tegan was diagnosed with ADHD in 2024 and takes methylphenidate each morning, prescribed by the community paediatrician.",
            ),
            ("H", "D", "Section IV: Social care needs", "h2"),
            ("S", "D", "No social care needs have been identified."),
            ("H", "E", "Section V: Outcomes", "h2"),
            (
                "S",
                "E",
                "By the end of Year 9 Tegan will read age-appropriate texts at 100 words a minute.",
            ),
            (
                "p",
                "By the end of Year 9 Tegan will stay on task for 15 minutes in most lessons.",
            ),
            (
                "p",
                "By the end of Year 9 Tegan will hand in 9 out of 10 homework tasks on time.",
            ),
            (
                "p",
                "By the end of Year 9 Tegan will say three things she is good at and read aloud to a small group.",
            ),
            ("pb",),
            ("H", "F", "Section VI: Special educational provision", "h2"),
            ("b", "Outcome 1 - reading and spelling"),
            (
                "p",
                [
                    (
                        "S",
                        "F",
                        (
                            "F",
                            F2_LIT,
                            True,
                            "The next sentence gives the quantity and group size.",
                        ),
                    ),
                    "This will be two 30-minute sessions each week in a group of no more than three pupils.",
                ],
            ),
            (
                "bul",
                [
                    ("F", F2_EXAM, False),
                    ("F", F2_AT, True),
                    ("F", F2_NOTES, False),
                    ("F", F2_READ, True),
                ],
            ),
            ("b", "Outcome 2 - attention in lessons"),
            (
                "bul",
                [("F", F2_SEAT, True), ("F", F2_MOVE, False), ("F", F2_CHUNK, True)],
            ),
            ("b", "Outcome 3 - organisation and homework"),
            (
                "p",
                [
                    ("F", F2_MENTOR, True, "The next sentence says when and for how long."),
                    "They will meet Tegan for 15 minutes every Monday morning to plan her week and check her planner.",
                ],
            ),
            (
                "p",
                [
                    (
                        "F",
                        F2_HW,
                        False,
                        "The next sentence only encourages: 'regularly' with no number.",
                    ),
                    "Tegan is encouraged to attend homework club regularly.",
                ],
            ),
            ("b", "Outcome 4 - confidence"),
            ("bul", [("F", F2_SE, False)]),
            ("H", "G", "Section VII: Health provision", "h2"),
            (
                "S",
                "G",
                "Review of ADHD medication by the community paediatrician every six months.",
            ),
            (
                "H",
                "H1",
                "Section VIII: Social care provision under the Chronically Sick and Disabled Persons Act 1970",
                "h2",
            ),
            ("S", "H1", "Not applicable."),
            ("H", "H2", "Section IX: Other social care provision", "h2"),
            ("S", "H2", "Not applicable at this time."),
            ("H", "I", "Section X: Placement", "h2"),
            ("S", "I", "St Aldric's Church of England Academy, Dunmere (mainstream academy)."),
            ("H", "J", "Section XI: Personal budget", "h2"),
            ("S", "J", "None requested."),
            ("H", "K", "Section XII: Advice and information", "h2"),
            (
                "S",
                "K",
                "Specialist teacher's assessment (Ms R. Adeyemi, October 2025); school report (November 2025); paediatric letter (June 2025).",
            ),
        ],
    ),
    reports=[
        dict(
            file=ST2,
            header="Dyslexia assessment report - CONFIDENTIAL",
            blocks=[
                ("org", "Clearpath Dyslexia Assessments"),
                ("small", "Rachel Adeyemi, MA SpLD, AMBDA, APC holder"),
                ("title", "Diagnostic assessment report"),
                (
                    "kv",
                    [
                        ("Student", "Tegan Marwood, Year 8"),
                        ("Date of assessment", "17 October 2025"),
                        ("Requested by", "Mr and Mrs Marwood"),
                    ],
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Tegan had a phonics catch-up group in Year 2 and again in Year 3.",
                            "history",
                        ),
                        (
                            "X",
                            "She currently attends a reading group with a teaching assistant twice a week.",
                            "support already in place",
                        ),
                        (
                            "X",
                            "Tegan told me she enjoys drama because she can learn her lines by listening.",
                            "the child's view and a strength",
                        ),
                    ],
                ),
                ("h", 2, "Assessment results"),
                (
                    "grid",
                    [
                        ["Test", "Standard score", "Percentile"],
                        ["Single word reading (WRAT-5)", "79", "8"],
                        ["Spelling (WRAT-5)", "72", "3"],
                        ["Phonological processing (CTOPP-2)", "74", "4"],
                        ["Reading speed (words per minute)", "41", "-"],
                        ["Verbal comprehension (WISC-V, by permission)", "112", "79"],
                    ],
                    [0.5, 0.25, 0.25],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Her verbal comprehension is in the high average range.",
                            "strength",
                        ),
                        (
                            "X",
                            "Her single word reading standard score was 79 on the WRAT-5.",
                            "test result",
                        ),
                    ],
                ),
                ("h", 2, "Conclusions"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Tegan's phonological processing is significantly weak (standard score 74), so she cannot decode unfamiliar words of more than two syllables.",
                            "cognition_learning",
                            B2_DYS,
                        ),
                        (
                            "N",
                            "Her reading speed is very slow, at 41 words per minute, and she cannot finish textbook passages or test papers in the time given.",
                            "cognition_learning",
                            B2_DYS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Her processing speed is a marked weakness, so she cannot copy from the board or take notes at the pace of the lesson.",
                            "cognition_learning",
                            None,
                        ),
                        (
                            "N",
                            "Tegan's spelling is at an 8-year level, and she avoids words she cannot spell, so her writing does not show what she knows.",
                            "cognition_learning",
                            B2_SPELL,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "N",
                        "She became tearful when I asked her to read aloud and told me that she thinks she is stupid.",
                        "semh",
                        B2_SE,
                    ),
                ),
                (
                    "p",
                    (
                        "X",
                        "The current draft plan does not say who will deliver her literacy teaching or how often.",
                        "comment on the plan",
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    (
                        "R",
                        "Tegan needs a structured, multisensory literacy programme delivered one-to-one by a specialist dyslexia teacher, three 45-minute sessions a week.",
                        "cognition_learning",
                        "less",
                        F2_LIT,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "She should have a reader and 25% extra time in all tests and examinations, and this should become her normal way of working.",
                        "cognition_learning",
                        "not_specific",
                        F2_EXAM,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "Teachers should give her printed copies of notes and slides at the start of each lesson, so that she does not have to copy from the board.",
                        "cognition_learning",
                        "not_specific",
                        F2_NOTES,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "Touch-typing tuition for 20 minutes three times a week, using a structured course, until she types at 25 words a minute.",
                        "cognition_learning",
                        "missing_from_f",
                    ),
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Plan A: a school laptop with text-to-speech software that she can use in every lesson.",
                            "cognition_learning",
                            "specific",
                            F2_AT,
                        ),
                        (
                            "X",
                            "Plan B: a reading pen, which is cheaper, though I think Tegan would find it slower and more conspicuous.",
                            "fallback option",
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "R",
                        "At home, her parents could do paired reading with her for 10 minutes each evening.",
                        "cognition_learning",
                        "not_educational",
                    ),
                ),
            ],
        ),
        dict(
            file=SCH2,
            sans=True,
            accent="7A1F3D",
            footer="St Aldric's Church of England Academy - SEND - {n}/{m}",
            blocks=[
                ("org", "St Aldric's Church of England Academy"),
                ("title", "School advice for the EHC needs assessment"),
                (
                    "p",
                    "Pupil: Tegan Marwood, 8RH. Written by Mr Owen Pryce-Lewis (SENCo) with Miss Hannah Rees (form tutor), 20 November 2025.",
                ),
                ("h", 3, "History and progress"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Tegan joined St Aldric's in September 2024 from Kelby Primary School.",
                            "history",
                        ),
                        (
                            "X",
                            "Her attendance this year is 96%.",
                            "fact",
                        ),
                        (
                            "X",
                            "She has made excellent progress in art and her work was chosen for the school exhibition.",
                            "strength and progress",
                        ),
                        (
                            "X",
                            "Her behaviour points have fallen since she started medication in January.",
                            "progress",
                        ),
                    ],
                ),
                ("h", 3, "Current difficulties"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Her attention in lessons is still very short: in three observed lessons she was on task for about a third of the time.",
                            "cognition_learning",
                            B2_ATT,
                        ),
                        (
                            "N",
                            "She often shouts out and leaves her seat, and has had 14 detentions this term.",
                            "semh",
                            B2_IMP,
                        ),
                        (
                            "N",
                            "Tegan rarely writes her homework in her planner and misses most deadlines.",
                            "cognition_learning",
                            B2_ORG,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "N",
                        "She falls out with friends often and does not know how to put things right after an argument, so she is increasingly on her own at break.",
                        "semh",
                        None,
                    ),
                ),
                (
                    "p",
                    (
                        "X",
                        "Tegan currently has a place at homework club on Tuesdays, which she attends about half the time.",
                        "support already in place",
                    ),
                ),
                ("h", 3, "Parents' views"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Mrs Marwood told us that Tegan's sleep has improved since her melatonin dose was changed.",
                            "resolved difficulty, reported",
                        ),
                        (
                            "N",
                            "She said that Tegan comes home angry, refuses to talk about school and has started saying that she does not want to go in.",
                            "semh",
                            None,
                        ),
                        (
                            "X",
                            "Mrs Marwood would like the plan to mention how much Tegan loves drama.",
                            "comment on the plan",
                        ),
                    ],
                ),
                ("h", 3, "What we recommend"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "Tegan will have a named mentor who meets her for 15 minutes every Monday morning to plan her week and check her planner.",
                            "cognition_learning",
                            "specific",
                            F2_MENTOR,
                        ),
                        (
                            "R",
                            "Two-minute movement breaks in each lesson, which she can take by showing a time-out card.",
                            "semh",
                            "not_specific",
                            F2_MOVE,
                        ),
                        (
                            "R",
                            "A seat near the front of each classroom, away from the door and window.",
                            "cognition_learning",
                            "specific",
                            F2_SEAT,
                        ),
                        (
                            "R",
                            "Self-esteem sessions with the school's learning mentor, 45 minutes a week for ten weeks.",
                            "semh",
                            "not_specific",
                            F2_SE,
                        ),
                    ],
                ),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evaln-03: Hollinwell Metropolitan Borough Council; Dion Ashworth, 14, Year 9, SEMH
# special school. layout "child-voice-letter-in-brackets": long headings in Dion's voice with
# the section letter in brackets at the end ("... - my special educational needs (B)").
# ---------------------------------------------------------------------------

B3_TRAUMA = "Dion experienced trauma in early childhood and finds it very hard to trust adults or to accept their help."
B3_DYSREG = "When he feels threatened or criticised he can become verbally aggressive, and in the past he has left lessons and the school site."
B3_DLD = "Dion has developmental language disorder; he finds it hard to understand long sentences and the vocabulary of his subjects."
B3_EXPR = "He finds it hard to explain what has happened or how he feels, which often leads to conflict with staff and other pupils."
B3_LIT = "His reading comprehension and writing are about four years behind his age."
B3_SOC = "Dion has few friends and often misreads what other young people mean."

F3_CLASS = "class of no more than 8 pupils with a teacher and 2 teaching assistants in all lessons"
F3_SALT = "Direct speech and language therapy."
F3_VOCAB = "pre-teaching of key vocabulary"
F3_RESTOR = "restorative conversations after any incident, using comic strip conversations, led by his key adult"
F3_KEY = "A key adult trained in trauma-informed practice."
F3_SAFE = "access to a safe space when dysregulated"
F3_CHECK = "Regular check-ins with the pastoral team."
F3_READ = "Read Write Inc. Fresh Start."
F3_PFA = "opportunities for work-related learning"
F3_CAREERS = "careers guidance interview with a qualified careers adviser once a year from Year 9"
G3_THERAPY = (
    "Trauma-focused therapy with the CAMHS clinical psychologist, fortnightly until July 2026."
)
G3_TRAIN = (
    "CAMHS will deliver training on trauma-informed approaches to staff at Harrowgate Lane School."
)

CAMHS3 = "camhs_letter.pdf"
SALT3 = "salt_report.docx"
SCH3 = "annual_review_report.pdf"

CASE_03 = dict(
    name="case-evaln-03",
    layout="child-voice-letter-in-brackets",
    summary=(
        "Hollinwell Metropolitan Borough Council; Dion Ashworth, 14, Year 9 at Harrowgate Lane School, a "
        "special school for social, emotional and mental health needs (developmental trauma, "
        "dysregulation, developmental language disorder, literacy, friendships, preparing for college). "
        "Long headings in Dion's own voice end with the section letter in brackets; Section F lists "
        "provision under 'To help me ...' sub-headings in fragments. CAMHS letter in reported speech; "
        "SALT report with a Recommendation | Who | How often table; annual review report with Dion's "
        "and his grandmother's views."
    ),
    note=(
        "Each heading ends with its letter in brackets, e.g. '(F)'. The 'To help me ...' lines in F are "
        "sub-headings. CAMHS training of school staff in G is wrong_section; the trauma-focused therapy in G "
        "is health provision (not_educational). In the SALT table the recommendation is the first cell and "
        "its quantity is in the Who and How often cells."
    ),
    plan=dict(
        file="plan.docx",
        header="Hollinwell MBC - Education, Health and Care Plan - Dion Ashworth - OFFICIAL SENSITIVE",
        footer="Annual review amendment - final - 15 January 2026",
        sans=True,
        accent="3B3B7A",
        blocks=[
            ("org", "Hollinwell Metropolitan Borough Council"),
            ("title", "My Education, Health and Care Plan"),
            (
                "small",
                "Dion Ashworth   Date of birth: 30 September 2011   NHS number: held on file   Plan amended: 15 January 2026",
            ),
            (
                "H",
                "A",
                "About me: what I like, what I am good at and what I want for my future (A)",
                "h2",
            ),
            (
                "S",
                "A",
                "I like fixing bikes, boxing at the club on Saturdays and playing FIFA with my cousin.",
            ),
            (
                "p",
                "I want to go to college to be a motor mechanic. My nan wants me to stay out of trouble and have a good job.",
            ),
            (
                "H",
                "B",
                "What I find hard and why I need extra help with my learning - my special educational needs (B)",
                "h2",
            ),
            ("S", "B", B3_TRAUMA),
            ("bul", [B3_DYSREG, B3_DLD, B3_EXPR, B3_LIT, B3_SOC]),
            (
                "H",
                "C",
                "My health and what my doctors and nurses want people to know (C)",
                "h2",
            ),
            (
                "S",
                "C",
                "Dion is seen by Hollinwell CAMHS for trauma-focused work; he has mild asthma.",
            ),
            (
                "H",
                "D",
                "My life at home and the help my family gets from social care (D)",
                "h2",
            ),
            (
                "S",
                "D",
                "Dion lives with his grandmother under a special guardianship order, and the family has help from the post-order support team.",
            ),
            (
                "H",
                "E",
                "What I want to be able to do by the end of Year 11 - my outcomes (E)",
                "h2",
            ),
            (
                "S",
                "E",
                "By the end of Year 11 I will be able to tell an adult what happened and how I felt after an incident, using a comic strip or my own words.",
            ),
            (
                "p",
                "By the end of Year 10 I will stay in all my lessons for a full week, at least once each half term.",
            ),
            (
                "p",
                "By the end of Year 11 I will read well enough to manage a Level 1 college course.",
            ),
            (
                "p",
                "By the end of Year 11 I will have had a taster day at a college and a week of work experience.",
            ),
            ("pb",),
            (
                "H",
                "F",
                "The help I will get in school to meet my needs - special educational provision (F)",
                "h2",
            ),
            ("b", "To help me in every lesson"),
            ("bul", [("S", "F", ("F", F3_CLASS, True))]),
            ("b", "To help me understand and be understood"),
            (
                "p",
                [
                    (
                        "F",
                        F3_SALT,
                        True,
                        "The next sentence gives who, how long and how often.",
                    ),
                    "The speech and language therapist will see Dion for 45 minutes every fortnight during term time.",
                ],
            ),
            ("bul", [("F", F3_VOCAB, False), ("F", F3_RESTOR, True)]),
            ("b", "To help me feel safe and stay in my lessons"),
            (
                "p",
                [
                    ("F", F3_KEY, True, "The next sentence says when and for how long."),
                    "They will meet Dion at the door every morning and check in with him for 10 minutes.",
                ],
            ),
            ("bul", [("F", F3_SAFE, False)]),
            ("p", ("F", F3_CHECK, False)),
            ("b", "To help me read and write"),
            (
                "p",
                [
                    ("F", F3_READ, True, "The next sentence quantifies the programme."),
                    "Dion will have 30 minutes four times a week, one-to-one with a teaching assistant trained in the programme.",
                ],
            ),
            ("b", "To help me get ready for college and work"),
            ("bul", [("F", F3_PFA, False), ("F", F3_CAREERS, True)]),
            ("H", "G", "The help I will get from health services (G)", "h2"),
            ("S", "G", G3_THERAPY),
            ("p", G3_TRAIN),
            ("p", "Annual asthma review with his GP practice nurse."),
            (
                "H",
                "H1",
                "Help from social care because I am disabled - Chronically Sick and Disabled Persons Act 1970 (H1)",
                "h2",
            ),
            ("S", "H1", "None."),
            ("H", "H2", "Any other help from social care (H2)", "h2"),
            (
                "S",
                "H2",
                "Support for Dion's grandmother from the post-order support team, with a review each year.",
            ),
            ("H", "I", "The school I will go to (I)", "h2"),
            (
                "S",
                "I",
                "Harrowgate Lane School, Hollinwell (maintained special school for social, emotional and mental health needs).",
            ),
            ("H", "J", "How some of my support is paid for - personal budget (J)", "h2"),
            ("S", "J", "There is no personal budget in this plan."),
            ("H", "K", "The reports and advice used to write my plan (K)", "h2"),
            (
                "S",
                "K",
                "CAMHS letter (November 2025); speech and language therapy report (November 2025); annual review report (December 2025).",
            ),
        ],
    ),
    reports=[
        dict(
            file=CAMHS3,
            blocks=[
                ("org", "Hollinwell Child and Adolescent Mental Health Service"),
                ("small", "Orchard House, 4 Mill Lane, Hollinwell HQ7 2ZZ   Tel 01632 960418"),
                ("small", "Our ref: CAMHS/DA/2291   Date: 21 November 2025"),
                ("p", "Dear Ms Okafor,"),
                (
                    "p",
                    "Re: Dion Ashworth, date of birth 30 September 2011 - advice for the annual review of his EHC plan",
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "I first saw Dion in March 2025 after a referral from his GP.",
                            "history",
                        ),
                        (
                            "X",
                            "His low mood has lifted since the summer, and he no longer reports thoughts of harming himself.",
                            "resolved difficulty",
                        ),
                        (
                            "X",
                            "I currently see Dion every fortnight for trauma-focused work, which will continue until July 2026.",
                            "health support already in place",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Dion told me that he likes his art teacher and feels safe in her room.",
                            "the young person's view",
                        ),
                        (
                            "N",
                            "In busy places Dion is hypervigilant and scans the room for threat, and loud voices or sudden movements trigger a fight-or-flight response.",
                            "semh",
                            B3_DYSREG,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "He finds transitions very hard, including the start of the school day and any change of staff, which he experiences as a loss.",
                            "semh",
                            None,
                        ),
                        (
                            "N",
                            "Dion struggles to accept praise or correction from adults he does not know well, and often rejects help.",
                            "semh",
                            B3_TRAUMA,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "I note that the current plan says nothing about how his key adults are chosen.",
                        "comment on the plan",
                    ),
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "I recommend that Dion has a key adult, trained in trauma-informed practice, who meets him at the door each morning and checks in with him for 10 minutes.",
                            "semh",
                            "specific",
                            F3_KEY,
                        ),
                        (
                            "R",
                            "Staff who work with Dion should be trained in trauma-informed practice, such as PACE, within the first term of the plan.",
                            "semh",
                            "wrong_section",
                            G3_TRAIN,
                            {"section": "G"},
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "R",
                        "He needs a safe space he can go to by showing a time-out card, with an agreed adult who follows him there within five minutes.",
                        "semh",
                        "not_specific",
                        F3_SAFE,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "The trauma-focused therapy itself is health provision and should continue with CAMHS until July 2026.",
                        "health",
                        "not_educational",
                        G3_THERAPY,
                        {"section": "G"},
                    ),
                ),
                ("p", "Yours sincerely,"),
                ("p", "Dr Saoirse Molloy, Clinical Psychologist"),
            ],
        ),
        dict(
            file=SALT3,
            blocks=[
                ("org", "Hollinwell Community Health - Speech and Language Therapy"),
                ("title", "Speech and language therapy report"),
                (
                    "kv",
                    [
                        ("Name", "Dion Ashworth"),
                        ("School", "Harrowgate Lane School"),
                        ("Assessed", "6 and 13 November 2025"),
                        ("Therapist", "Tomasz Wilk, Specialist Speech and Language Therapist"),
                    ],
                ),
                ("h", 2, "Background and assessment"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Dion was first referred to speech and language therapy when he was four.",
                            "history",
                        ),
                        ("X", "His speech sounds are clear.", "strength"),
                        (
                            "X",
                            "On the CELF-5 his core language score was 68.",
                            "test result",
                        ),
                        (
                            "X",
                            "Dion currently has a weekly session with a speech and language therapy assistant, which the school pays for.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 2, "Dion's speech, language and communication needs"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Dion's understanding of complex sentences and subject vocabulary is severely limited, and he nods when he has not understood.",
                            "communication_interaction",
                            B3_DLD,
                        ),
                        (
                            "N",
                            "He has marked word-finding difficulties and says 'thing' and 'stuff' in place of the words he needs.",
                            "communication_interaction",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "He cannot give a clear account of an incident in order, which puts him at a disadvantage in restorative conversations.",
                            "communication_interaction",
                            B3_EXPR,
                        ),
                        (
                            "N",
                            "Dion takes sarcasm and teasing as threats.",
                            "communication_interaction",
                            B3_SOC,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "The plan does not mention his word-finding difficulties.",
                        "comment on the plan",
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Who", "How often"],
                        [
                            (
                                "R",
                                "Direct therapy targeting subject vocabulary, word-finding and narrative",
                                "communication_interaction",
                                "less",
                                F3_SALT,
                            ),
                            "Speech and language therapist",
                            "45 minutes every week for two terms",
                        ],
                        [
                            (
                                "R",
                                "Pre-teaching of subject vocabulary before each new topic",
                                "communication_interaction",
                                "not_specific",
                                F3_VOCAB,
                            ),
                            "Teaching assistant",
                            "20 minutes twice a week",
                        ],
                        [
                            (
                                "R",
                                "Restorative conversations adapted with visual supports such as comic strip conversations",
                                "communication_interaction",
                                "specific",
                                F3_RESTOR,
                            ),
                            "Key adult",
                            "After every incident",
                        ],
                        [
                            (
                                "R",
                                "Training for all staff who teach Dion on developmental language disorder",
                                "communication_interaction",
                                "missing_from_f",
                            ),
                            "Speech and language therapist",
                            "One twilight session a year",
                        ],
                    ],
                    [0.5, 0.25, 0.25],
                ),
                (
                    "p",
                    (
                        "R",
                        "Dion's grandmother could use the word-web sheets with him when he does his homework.",
                        "communication_interaction",
                        "not_educational",
                    ),
                ),
            ],
        ),
        dict(
            file=SCH3,
            footer="Harrowgate Lane School - annual review - Dion Ashworth - page {n}",
            blocks=[
                ("org", "Harrowgate Lane School"),
                ("title", "Annual review report"),
                (
                    "p",
                    "Dion Ashworth, Year 9. Review meeting held on 4 December 2025. Report by Ms Carys Whitlow, Deputy Head (Inclusion).",
                ),
                ("b", "Progress since the last review"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Dion moved to Harrowgate Lane in Year 7 after a permanent exclusion from his primary school.",
                            "history",
                        ),
                        (
                            "X",
                            "His attendance has risen from 62% to 88% this year.",
                            "progress",
                        ),
                        (
                            "X",
                            "He has not left the school site since October.",
                            "resolved difficulty",
                        ),
                        (
                            "X",
                            "Dion currently works in a class of six with a teacher and two teaching assistants.",
                            "support already in place",
                        ),
                    ],
                ),
                ("b", "Current needs"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Dion's reading age is 9 years 2 months, and he cannot read the texts used in his lessons on his own.",
                            "cognition_learning",
                            B3_LIT,
                        ),
                        (
                            "N",
                            "He finds it hard to work with other pupils and will walk out of a group task if he thinks he is being laughed at.",
                            "semh",
                            B3_SOC,
                        ),
                    ],
                ),
                ("b", "Dion's views"),
                (
                    "p",
                    (
                        "X",
                        "Dion said that he wants to be a mechanic like his uncle and that he likes the motor vehicle sessions best.",
                        "the young person's view",
                    ),
                ),
                ("b", "His grandmother's views"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Mrs Ashworth said that she is pleased with the school and does not want Dion to move.",
                            "parent's view",
                        ),
                        (
                            "N",
                            "She said that Dion is very anxious about travelling on the school minibus with older pupils and has refused to get on it twice this term.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "The current plan does not include any work towards his college course.",
                        "comment on the plan",
                    ),
                ),
                ("b", "Recommendations agreed at the review"),
                (
                    "num",
                    [
                        (
                            "R",
                            "Dion should stay in a class of no more than eight pupils, with a teacher and at least two teaching assistants.",
                            "semh",
                            "specific",
                            F3_CLASS,
                        ),
                        (
                            "R",
                            "Read Write Inc. Fresh Start, one-to-one with a trained teaching assistant, 30 minutes four times a week.",
                            "cognition_learning",
                            "specific",
                            F3_READ,
                        ),
                        (
                            "R",
                            "Dion will have a college taster day and a week of work experience in Year 10, arranged by the school's careers adviser.",
                            "other",
                            "not_specific",
                            F3_PFA,
                        ),
                    ],
                ),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evaln-04: Calderbrook County Council; Ruby-Mae Gallagher, 7, Year 3, special school
# for speech, language and communication needs. layout "underlined-running-header": headings
# are underlined plain paragraphs, not bold or styled, and every page's header repeats the
# section in force at the top of the page ("Section F - Special Educational Provision"), so
# a section's name stands again after each page break.
# ---------------------------------------------------------------------------

B4_CAS = "Ruby-Mae has severe childhood apraxia of speech; most of her speech cannot be understood by people who do not know her."
B4_EXP = "Her expressive language is at an early stage: she uses single words and signs, and some two-word phrases."
B4_REC = "Her understanding of language is better than her speech, but she needs help to follow longer instructions."
B4_AAC = "Ruby-Mae is learning to use a high-tech communication aid but does not yet use it without prompting."
B4_LIT = "She is at the very start of learning to read and finds it hard to link letters and sounds, partly because she cannot say the sounds."
B4_FRUS = (
    "When she is not understood she becomes frustrated and may throw things or push other children."
)

F4_CLASS = (
    "class of no more than 8 pupils with a teacher and 2 teaching assistants trained in Makaton"
)
F4_SALT = "Access to speech and language therapy."
F4_AAC = "communication aid available at all times, vocabulary updated by the AAC lead"
F4_MODEL = (
    "all adults to model words on her communication aid in every lesson (aided language input)"
)
F4_SIGN = "Makaton signs used by all staff with every spoken instruction"
F4_INSTR = (
    "instructions broken into single steps with a sign or picture for each step, by all staff"
)
F4_PHON = "daily phonics in a group of no more than 4 for 15 minutes, with signs for each sound, led by a trained TA"
F4_CALM = "strategies to manage frustration as appropriate"
F4_PLAY = "opportunities to play alongside her peers with adult support"

H4 = {
    "A": "Section A - Views, interests and aspirations of Ruby-Mae and her parents",
    "B": "Section B - Special Educational Needs",
    "C": "Section C - Health Needs",
    "D": "Section D - Social Care Needs",
    "E": "Section E - Outcomes",
    "F": "Section F - Special Educational Provision",
    "G": "Section G - Health Provision",
    "H1": "Section H1 - Social Care Provision (CSDPA 1970)",
    "H2": "Section H2 - Other Social Care Provision",
    "I": "Section I - Placement",
    "J": "Section J - Personal Budget",
    "K": "Section K - Advice and Information",
}


def _head(sid: str) -> list:
    """The section heading, and the running head from the next page on."""
    return [("run", H4[sid]), ("H", sid, H4[sid], "u")]


SALT4 = "independent_salt_report.pdf"
SCH4 = "school_report.docx"

CASE_04 = dict(
    name="case-evaln-04",
    layout="underlined-running-header",
    summary=(
        "Calderbrook County Council; Ruby-Mae Gallagher, 7, Year 3 at Oakhanger School, a special school "
        "for speech, language and communication needs (childhood apraxia of speech, expressive language, "
        "AAC, early literacy, frustration). Headings are underlined plain paragraphs; the page header "
        "repeats the section in force at the top of each page, so 'Section F - Special Educational "
        "Provision' stands again on the page after F begins. Section F lists provision under each outcome "
        "in fragments, including 'Access to speech and language therapy. This will be about 6 sessions a "
        "year.' Independent SALT report with Option A / Option B; school report with parents' views."
    ),
    note=(
        "The running page header names the section in force at the top of the page; it is not a new "
        "heading, and F continues under it. 'Access to speech and language therapy.' is vague as a "
        "whole: the next sentence's 'about 6 sessions a year' gives no length and hedges the number; "
        "not_specific outranks less."
    ),
    plan=dict(
        file="plan.pdf",
        header="Calderbrook County Council   EHC Plan: Ruby-Mae Gallagher   {section}",
        footer="Page {n} of {m}",
        blocks=[
            ("org", "Calderbrook County Council"),
            ("p", "Special Educational Needs and Disability Service"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Child's name", "Ruby-Mae Gallagher"),
                    ("Date of birth", "22 July 2018"),
                    ("Parents", "Shauna and Declan Gallagher"),
                    ("Date of issue", "26 February 2026"),
                    ("Case officer", "Priya Chaudhry"),
                ],
            ),
            *_head("A"),
            (
                "S",
                "A",
                "Ruby-Mae loves horses, bouncing on the trampoline and making her little brother laugh.",
            ),
            (
                "p",
                "She told us, using her communication aid and signs, that she likes school, her teacher and 'singing time'. Her parents want her to be able to tell people what she wants and to learn to read.",
            ),
            *_head("B"),
            ("S", "B", B4_CAS),
            ("p", B4_EXP),
            ("p", B4_REC),
            ("p", B4_AAC),
            ("p", B4_LIT),
            ("p", B4_FRUS),
            *_head("C"),
            (
                "S",
                "C",
                "Ruby-Mae was born at 32 weeks; her hearing and vision have been checked and are within normal limits.",
            ),
            *_head("D"),
            ("S", "D", "No social care needs have been identified."),
            *_head("E"),
            (
                "S",
                "E",
                "Outcome 1: by July 2027 Ruby-Mae will use her communication aid to ask for help or for something she wants, without prompting, five times a day.",
            ),
            (
                "p",
                "Outcome 2: by July 2027 Ruby-Mae will say or sign the first sound of 20 familiar words.",
            ),
            (
                "p",
                "Outcome 3: by July 2027 Ruby-Mae will use her 'I need help' card when she is frustrated, instead of pushing.",
            ),
            (
                "p",
                "Outcome 4: by July 2027 Ruby-Mae will play a turn-taking game with a friend for five minutes.",
            ),
            *_head("F"),
            (
                "p",
                "The following provision will be made by Oakhanger School unless another provider is named.",
            ),
            ("p", "Across the school day"),
            ("bul", [("S", "F", ("F", F4_CLASS, True)), ("F", F4_SIGN, True)]),
            ("p", "Outcome 1 - communication"),
            (
                "p",
                [
                    (
                        "F",
                        F4_SALT,
                        False,
                        "'Access to' with the number hedged ('about') in the next sentence, and no length or content.",
                    ),
                    "This will be about 6 sessions a year.",
                ],
            ),
            (
                "bul",
                [
                    (
                        "F",
                        F4_AAC,
                        False,
                        "The device is specified but not how often its vocabulary is updated.",
                    ),
                    ("F", F4_MODEL, True),
                    ("F", F4_INSTR, True),
                ],
            ),
            ("p", "Outcome 2 - early reading"),
            ("bul", [("F", F4_PHON, True)]),
            ("p", "Outcome 3 - managing frustration"),
            ("bul", [("F", F4_CALM, False)]),
            ("p", "Outcome 4 - playing with others"),
            ("bul", [("F", F4_PLAY, False)]),
            *_head("G"),
            (
                "S",
                "G",
                "Speech and language therapy review by the Calderbrook children's therapy team twice a year.",
            ),
            (
                "p",
                "The NHS speech and language therapist will advise Oakhanger School on Ruby-Mae's communication aid when asked.",
            ),
            *_head("H1"),
            ("S", "H1", "None identified."),
            *_head("H2"),
            ("S", "H2", "None required at present."),
            *_head("I"),
            (
                "S",
                "I",
                "Oakhanger School, Calderbrook (maintained special school for speech, language and communication needs).",
            ),
            *_head("J"),
            ("S", "J", "Ruby-Mae's parents have not asked for a personal budget."),
            *_head("K"),
            (
                "S",
                "K",
                "Independent speech and language therapy report by Jasleen Kaur (January 2026); Oakhanger School report (December 2025); paediatric summary (2025).",
            ),
        ],
    ),
    reports=[
        dict(
            file=SALT4,
            header="Jasleen Kaur Speech and Language Therapy Ltd - Independent report - Ruby-Mae Gallagher",
            footer="{n}",
            blocks=[
                ("org", "Jasleen Kaur Speech and Language Therapy Ltd"),
                (
                    "small",
                    "Jasleen Kaur, BSc (Hons) Speech and Language Therapy, MRCSLT, HCPC registered",
                ),
                ("title", "Independent speech and language therapy report"),
                (
                    "p",
                    "Instructed by Mr and Mrs Gallagher. Ruby-Mae was seen at home on 8 January 2026 and at Oakhanger School on 13 January 2026.",
                ),
                ("h", 2, "1. Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Ruby-Mae was born at 32 weeks and spent three weeks in neonatal care.",
                            "history",
                        ),
                        (
                            "X",
                            "Her feeding difficulties as a toddler have resolved.",
                            "resolved difficulty",
                        ),
                        (
                            "X",
                            "She currently receives speech and language therapy from the NHS team in blocks of six sessions twice a year.",
                            "support already in place",
                        ),
                        (
                            "X",
                            "Mrs Gallagher told me that Ruby-Mae is a sociable girl who loves to make people laugh.",
                            "strength, reported by a parent",
                        ),
                    ],
                ),
                ("h", 2, "2. Assessment findings"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Ruby-Mae's speech is severely unintelligible: in my assessment, only 20% of her words were understood by an unfamiliar listener.",
                            "communication_interaction",
                            B4_CAS,
                        ),
                        (
                            "N",
                            "She cannot plan and sequence the movements needed for words of more than one syllable.",
                            "communication_interaction",
                            B4_CAS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "She has a significant expressive language disorder, and her utterances are one or two words long.",
                            "communication_interaction",
                            B4_EXP,
                        ),
                        (
                            "N",
                            "She uses her communication aid only to answer questions, never to start a conversation or to ask for help.",
                            "communication_interaction",
                            B4_AAC,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Ruby-Mae has poor phonological awareness and cannot yet pick out the first sound of a word.",
                            "cognition_learning",
                            B4_LIT,
                        ),
                        (
                            "N",
                            "She has weak oral motor control: her lip closure is poor and she dribbles when she is concentrating.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "The plan does not say who will programme her communication aid or how often.",
                        "comment on the plan",
                    ),
                ),
                ("h", 2, "3. Recommendations"),
                (
                    "p",
                    (
                        "R",
                        "I recommend direct, intensive therapy using a motor speech approach such as the Nuffield Dyspraxia Programme, delivered by a speech and language therapist in three 30-minute sessions a week.",
                        "communication_interaction",
                        "not_specific",
                        F4_SALT,
                    ),
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Option A: her communication aid should be set up and its vocabulary updated by a speech and language therapist with AAC expertise at least once each half term, with class staff shown how to model new words.",
                            "communication_interaction",
                            "not_specific",
                            F4_AAC,
                        ),
                        (
                            "X",
                            "Option B would be to rely on low-tech symbol boards only, which I do not recommend at her stage.",
                            "option not recommended",
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "R",
                        "Adults should model language on her communication aid throughout the day, so that she sees it used as a real way of talking.",
                        "communication_interaction",
                        "specific",
                        F4_MODEL,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "Phonological awareness should be taught using a programme suitable for children with little speech, with signs for each sound, daily for 15 minutes with a teaching assistant.",
                        "cognition_learning",
                        "specific",
                        F4_PHON,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "An oral motor programme, written by the speech and language therapist and carried out by a teaching assistant for 5 minutes twice a day.",
                        "sensory_physical",
                        "missing_from_f",
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "Her parents might like to join the Makaton course for families that the school runs in the spring term.",
                        "communication_interaction",
                        "not_educational",
                    ),
                ),
            ],
        ),
        dict(
            file=SCH4,
            footer="Oakhanger School - confidential",
            blocks=[
                ("org", "Oakhanger School"),
                ("title", "School report for the EHC needs assessment"),
                (
                    "kv",
                    [
                        ("Pupil", "Ruby-Mae Gallagher, Kingfisher Class (Year 3)"),
                        (
                            "Written by",
                            "Mrs Lorna Beddoes, class teacher, and Mr Alun Probert, SENCo",
                        ),
                        ("Date", "10 December 2025"),
                    ],
                ),
                ("b", "Ruby-Mae at Oakhanger"),
                (
                    "p",
                    [
                        ("X", "Ruby-Mae joined Oakhanger in September 2024.", "history"),
                        (
                            "X",
                            "She now signs more than 100 words, up from about 40 last year.",
                            "progress",
                        ),
                        ("X", "Her toileting is now fully independent.", "resolved difficulty"),
                        (
                            "X",
                            "She is currently in a class of eight with a teacher and two teaching assistants, and follows a visual timetable.",
                            "support already in place",
                        ),
                    ],
                ),
                ("b", "What Ruby-Mae finds difficult"),
                (
                    "p",
                    [
                        (
                            "N",
                            "When adults do not understand her, Ruby-Mae becomes frustrated, and she has pushed other children eleven times this term.",
                            "semh",
                            B4_FRUS,
                        ),
                        (
                            "N",
                            "She finds the noise of the dining hall hard to bear, covers her ears and eats very little at lunch.",
                            "sensory_physical",
                            None,
                        ),
                        (
                            "N",
                            "Her fine motor skills are weak: she cannot yet form most letters or cut with scissors.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "R",
                        "Ruby-Mae needs adults to break instructions into single steps and to show each step with a sign or a picture.",
                        "communication_interaction",
                        "specific",
                        F4_INSTR,
                    ),
                ),
                ("b", "Parents' views"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Mr and Mrs Gallagher said that the family uses Makaton at home and that her little brother signs to her.",
                            "home practice",
                        ),
                        (
                            "X",
                            "They said that they would like the plan to name her communication aid.",
                            "comment on the plan",
                        ),
                    ],
                ),
                ("b", "What we recommend"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "Ruby-Mae should stay in a class of no more than eight pupils with a teacher and two teaching assistants trained in Makaton.",
                            "communication_interaction",
                            "specific",
                            F4_CLASS,
                        ),
                        (
                            "R",
                            "A calm-down plan agreed with her parents, with an 'I need help' symbol on her communication aid and on her desk, which every adult prompts her to use.",
                            "semh",
                            "not_specific",
                            F4_CALM,
                        ),
                        (
                            "R",
                            "A fine motor group with a teaching assistant for 10 minutes every day.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                    ],
                ),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
