# ruff: noqa: E501
"""case-evalag-01: Brackenmoor County Council; Rhys Tennant, 7, Year 2 at a mainstream
infant and junior school. Autistic, developmental language disorder.

Layout "terse-keyword-headings": each section headed by its letter and one or two words in
bold on a line of its own ("B<tab>Needs", "F<tab>Provision"), as a council's short-form
template prints them. Reports: an independent speech and language therapist's report with
a recommendation table (Recommendation | Reason | Expected outcome), an NHS speech and
language therapy discharge letter, and the school SENCo's advice.
"""

B_LANG = "Rhys has a developmental language disorder which affects both his understanding and his use of language."
B_SOC = "Rhys is autistic. He finds it hard to join in play with other children and to take turns in a conversation."
B_CHANGE = "Changes to routine, such as a supply teacher or a school trip, make Rhys anxious, and he may hide under a table or leave the classroom."
B_LIT = "He is working below age-related expectations in reading and writing."
B_SENS = "Rhys is sensitive to noise and covers his ears in the hall and the dining room."
B_ATTN = "His attention during whole-class teaching is short, particularly when there is a lot of talking."

F_SALT = "A speech and language therapy programme set by a speech and language therapist, reviewed termly, and delivered by a teaching assistant three times a week for 15 minutes."
F_GROUP = "Small-group language work."
F_PRE = "Pre-teaching of key topic vocabulary by his teaching assistant for 10 minutes three times a week, before each new topic begins."
F_VIS = "A personal visual timetable and a now-and-next board, used by all adults working with Rhys throughout the school day."
F_LANGMOD = "Adults will give Rhys short instructions, one step at a time, and will wait ten seconds for him to respond before repeating the instruction in the same words."
F_CALM = "Access to a calm space."
F_MOTOR = "A daily 10-minute fine motor and handwriting programme with a teaching assistant."
F_TA = "Support from a teaching assistant in class for 20 hours a week, to help Rhys follow instructions, stay with tasks and manage changes."
F_CHANGE = "Rhys will be prepared for changes to routine where possible."
G_TRAIN = "The speech and language therapist will provide training for school staff in understanding Rhys's language disorder."

SALT = "independent_salt_report.docx"
NHS = "nhs_salt_discharge.pdf"
SENCO = "senco_advice.docx"


def _h(sid: str, word: str) -> tuple:
    """The letter and a short keyword, separated by a tab, in bold on a line of its own."""
    letter = sid
    return ("H", sid, f"{letter}\t{word}", "b")


CASE = dict(
    name="case-evalag-01",
    layout="terse-keyword-headings",
    summary=(
        "Brackenmoor County Council; Rhys Tennant, 7, Year 2 at Holm Lea Primary School "
        "(autism, developmental language disorder). Each section is headed by its letter and a "
        "one- or two-word keyword in bold ('B<tab>Needs', 'F<tab>Provision'). Independent SALT "
        "report with a Recommendation | Reason | Expected outcome table; NHS SALT discharge letter; "
        "SENCo advice with a table of support already in place."
    ),
    note=(
        "Headings are the bold keyword lines ('B\\tNeeds'). The SALT's staff training placed in G "
        "is wrong_section. The handwriting programme is in F though the motor need is not in B."
    ),
    plan=dict(
        file="plan.docx",
        footer="Brackenmoor County Council | EHC plan | Rhys Tennant | FINAL",
        author="Brackenmoor SEN Assessment and Review Team",
        title="EHC plan - Rhys Tennant",
        sans=True,
        accent="2E5E3E",
        blocks=[
            ("org", "Brackenmoor County Council - SEN Assessment and Review Team"),
            ("title", "Education, Health and Care Plan (final)"),
            ("small", "Name: Rhys Tennant    DOB: 11/02/2019    NC year: 2    Ref: EHC/BM/20417"),
            ("small", "Date of this plan: 21 October 2026    Case officer: Ms Lorna Beckett"),
            _h("A", "Views"),
            (
                "S",
                "A",
                "Rhys likes trains, especially steam engines, and he knows the names of all the stations between Holm Lea and the coast.",
            ),
            (
                "p",
                "Rhys says school is 'too loud at dinner' and that he likes it when Mrs Ahmed sits with him. His parents want him to be understood, to have a friend and to be able to read the books he loves about trains.",
            ),
            (
                "p",
                "What is important to Rhys: his trains, his dog Biscuit, knowing what is happening next, and sitting at the end of the table at lunch.",
            ),
            (
                "p",
                "What is important for Rhys: adults who speak slowly and show him what they mean, warning before changes, and time to answer.",
            ),
            (
                "p",
                "Rhys lives with his parents and his younger sister, Evie, who is in Reception at the same school. His grandparents collect him from school on Tuesdays and Thursdays.",
            ),
            _h("B", "Needs"),
            (
                "p",
                "Rhys's strengths: he has a very good memory for facts and routes, he is kind to younger children, and he is working at the expected standard in mathematics.",
            ),
            ("p", "Communication and interaction"),
            ("S", "B", B_LANG),
            ("p", B_SOC),
            ("p", "Cognition and learning"),
            ("p", [B_LIT, B_ATTN]),
            ("p", "Social, emotional and mental health"),
            ("p", B_CHANGE),
            ("p", "Sensory and physical"),
            ("p", B_SENS),
            _h("C", "Health"),
            (
                "S",
                "C",
                "Rhys was diagnosed with autism by the Brackenmoor Child Development Centre in March 2024. He has no other health needs that relate to his special educational needs.",
            ),
            _h("D", "Social care"),
            ("S", "D", "Rhys has no social care needs arising from his SEN or disability."),
            ("pb",),
            _h("E", "Outcomes"),
            (
                "S",
                "E",
                "By the end of Key Stage 1, Rhys will follow a two-step classroom instruction without an adult repeating it, in four out of five observed lessons.",
            ),
            (
                "p",
                "By July 2027, Rhys will retell a familiar story in the right order using a story map.",
            ),
            (
                "p",
                "By July 2027, Rhys will use his visual timetable to move between activities and will tell an adult when a change worries him.",
            ),
            (
                "p",
                "These outcomes will be broken down into short-term targets in Rhys's school support plan and reviewed with his parents each term.",
            ),
            _h("F", "Provision"),
            (
                "S",
                "F",
                "The following provision will be made by Holm Lea Primary School from its own resources and the top-up funding agreed by the council.",
            ),
            (
                "bul",
                [
                    ("F", F_SALT, True),
                    ("F", F_GROUP, False),
                    ("F", F_PRE, True),
                    ("F", F_VIS, True),
                    ("F", F_LANGMOD, True),
                    ("F", F_TA, True),
                    ("F", F_CALM, False),
                    ("F", F_MOTOR, True),
                    ("F", F_CHANGE, False),
                ],
            ),
            _h("G", "Health provision"),
            ("S", "G", G_TRAIN),
            (
                "p",
                "Rhys will be reviewed by the community paediatrician as needed.",
            ),
            _h("H1", "Social care (CSDPA)"),
            (
                "S",
                "H1",
                "No provision under section 2 of the Chronically Sick and Disabled Persons Act 1970.",
            ),
            _h("H2", "Other social care"),
            ("S", "H2", "None identified."),
            _h("I", "Placement"),
            (
                "S",
                "I",
                "Holm Lea Primary School, Station Road, Holm Lea BM7 2QX (community primary school, mainstream).",
            ),
            _h("J", "Personal budget"),
            ("S", "J", "No personal budget has been requested."),
            _h("K", "Advice"),
            (
                "S",
                "K",
                "Independent speech and language therapy report, Harriet Okafor (September 2026); NHS speech and language therapy discharge letter (June 2026); SENCo advice, Holm Lea Primary School (September 2026); educational psychology advice (July 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=SALT,
            author="Harriet Okafor",
            title="Independent speech and language therapy report",
            footer="Harriet Okafor Speech and Language Therapy - Rhys Tennant - Confidential",
            blocks=[
                ("org", "Harriet Okafor Speech and Language Therapy"),
                (
                    "small",
                    "HCPC SL04417 | 14 Ropewalk, Fennick BM3 9ZZ | 01632 960418 | harriet.okafor@example.org",
                ),
                ("title", "Independent speech and language therapy report"),
                (
                    "kv",
                    [
                        ("Child", "Rhys Tennant, born 11 February 2019 (7 years 7 months)"),
                        ("School", "Holm Lea Primary School, Year 2"),
                        (
                            "Instructed by",
                            "Mr and Mrs Tennant, for their appeal to the First-tier Tribunal (SEND)",
                        ),
                        ("Assessed", "9 and 16 September 2026, at school and at home"),
                    ],
                ),
                ("h", 2, "Qualifications and declaration"),
                (
                    "p",
                    "I qualified as a speech and language therapist in 2006 and have worked with children with developmental language disorder and autism for nineteen years, in NHS community clinics, in a language resource base and, since 2017, in independent practice. I understand that my duty in preparing this report is to the Tribunal, and that this duty overrides any obligation to the person who instructed or paid me. I have set out the facts and matters on which my opinions are based, and I have said where a matter is outside my expertise.",
                ),
                ("h", 2, "1. Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Rhys was first referred to the NHS speech and language therapy service at the age of two and a half, when his parents were concerned that he had very few words.",
                            "history",
                        ),
                        "He received blocks of therapy in the NHS service until June 2026, when he was discharged.",
                        (
                            "X",
                            "I have read the final EHC plan dated 21 October 2026, the NHS discharge letter and the school's SEN support plans for 2025 and 2026.",
                            "documents read",
                        ),
                    ],
                ),
                ("h", 2, "2. Assessment results"),
                (
                    "grid",
                    [
                        ["Assessment (CELF-5 UK)", "Standard score", "Percentile"],
                        ["Core Language Score", "68", "2"],
                        ["Understanding Spoken Paragraphs", "5 (scaled)", "5"],
                        ["Formulated Sentences", "4 (scaled)", "2"],
                        ["Word Classes", "6 (scaled)", "9"],
                    ],
                    [0.5, 0.25, 0.25],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "On the CELF-5 UK, Rhys obtained a Core Language Score of 68, which places him at the 2nd percentile for his age.",
                            "test result",
                        ),
                        "Scores of this kind are consistent with a developmental language disorder, and they are in line with the NHS service's earlier findings.",
                    ],
                ),
                ("h", 2, "3. Observation in class"),
                (
                    "p",
                    "I observed Rhys for an hour in a Year 2 English lesson on 9 September 2026. The class were introduced to a story about a lighthouse keeper, and the teacher gave a three-part instruction to collect a whiteboard, write the keeper's name and then draw his lighthouse. Rhys collected a whiteboard, watched the boy next to him, and drew a train. When the teaching assistant repeated the instruction one part at a time, with the picture from the book in front of him, he wrote 'Mr Gin' and drew a tall tower.",
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "With the adjustments in place Rhys completed the task, which shows that he is able to learn when language is made accessible to him.",
                            "observation: what helps",
                        ),
                        "I have set out below what I consider his needs to be, grouped under the headings used in the CELF-5 report and the plan.",
                    ],
                ),
                ("h", 2, "4. Rhys's speech, language and communication needs"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Rhys has difficulty understanding spoken instructions of more than two parts, particularly when they contain concepts of time and sequence such as 'before', 'after' and 'unless'.",
                            "communication_interaction",
                            B_LANG,
                        ),
                        "In class I saw him watch the other children and copy what they did, a strategy that hides how little of the instruction he had understood.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "His expressive language is disorganised: his sentences are short, he leaves out grammatical endings such as '-ed' and '-s', and he cannot yet retell a simple story in sequence.",
                            "communication_interaction",
                            B_LANG,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Rhys's difficulties with the back-and-forth of conversation are consistent with his diagnosis of autism; he talks at length about trains and finds it hard to notice when his listener wants to speak.",
                            "communication_interaction",
                            B_SOC,
                        ),
                        (
                            "N",
                            "He takes language literally and misunderstands jokes, sarcasm and phrases such as 'pull your socks up', which has led to arguments with other children who he believes are lying to him.",
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
                            "Rhys does not yet recognise the signs in his body that he is becoming overwhelmed, and he does not have the words to tell an adult that he needs help, so his distress appears suddenly to others.",
                            "semh",
                            None,
                        ),
                        (
                            "X",
                            "Rhys is a friendly, curious boy who chatted to me happily about steam engines, and his vocabulary on that subject is impressive.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 2, "5. Comments on the current EHC plan"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Section F of the final plan currently states that Rhys will receive 'Small-group language work'.",
                            "quotation of the current plan",
                        ),
                        (
                            "X",
                            "This does not say what the work is, who will deliver it, how often or for how long, and in my opinion it could not be enforced.",
                            "comment on the current plan",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "The plan also provides for a programme 'delivered by a teaching assistant three times a week for 15 minutes'; in my experience a child with a disorder of this severity does not make progress on a programme alone, however well-meaning the assistant.",
                            "argument about the current plan",
                        ),
                        "The council's speech and language therapy advice of July 2026 proposed a programme model; I have explained below why I disagree.",
                    ],
                ),
                (
                    "p",
                    "The research on developmental language disorder is clear that indirect models, in which a therapist writes a programme for others to deliver, work best for children with milder needs and for carrying over skills that have already been established in direct therapy. Rhys is not at that stage. His Core Language Score has not changed significantly since his NHS assessment in 2024, when it was 70, despite two years of a programme delivered in school. In my opinion that is the clearest evidence available that the model has not worked for him, and that a change is needed now, while he is still in Key Stage 1.",
                ),
                ("pb",),
                ("h", 2, "6. Options considered"),
                (
                    "p",
                    [
                        (
                            "X",
                            "I considered whether a place in a specialist language resource base would be more appropriate for Rhys, but I do not recommend this at present, because his learning and his friendships are best developed alongside his mainstream peers.",
                            "option considered and not recommended",
                        ),
                        (
                            "X",
                            "I also considered a block of intensive therapy in the school holidays, and set it aside, because Rhys needs to practise new language in the classroom where he uses it.",
                            "option considered and set aside",
                        ),
                    ],
                ),
                ("h", 2, "7. Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Reason", "Expected outcome"],
                        [
                            (
                                "R",
                                "Direct speech and language therapy from a qualified speech and language therapist, 45 minutes each week in school, delivered individually.",
                                "communication_interaction",
                                "less",
                                F_SALT,
                            ),
                            "Rhys's disorder is severe and persistent; a programme without a therapist has not moved his scores since 2024.",
                            "Rhys will understand and use the sentence structures taught in therapy in the classroom.",
                        ],
                        [
                            (
                                "R",
                                "A daily 20-minute small-group language session (no more than four children) run by a trained teaching assistant, working on vocabulary and narrative.",
                                "communication_interaction",
                                "not_specific",
                                F_GROUP,
                            ),
                            "Daily repetition is needed for new words to be retained.",
                            "Rhys will retell a story using a story map with five parts.",
                        ],
                        [
                            (
                                "R",
                                "Training for Rhys's class teacher and teaching assistant from the speech and language therapist, at least one session each term, on adapting classroom language.",
                                "communication_interaction",
                                "wrong_section",
                                G_TRAIN,
                                {"section": "G"},
                            ),
                            "The adults around Rhys need to change how they talk, not only Rhys.",
                            "Adults will use the strategies consistently across the day.",
                        ],
                        [
                            (
                                "R",
                                "Pre-teaching of the key vocabulary for each new topic, 10 minutes three times a week.",
                                "communication_interaction",
                                "specific",
                                F_PRE,
                            ),
                            "Rhys learns new words slowly and needs to meet them before the lesson.",
                            "Rhys will understand and use five new topic words each half term.",
                        ],
                        [
                            (
                                "R",
                                "A visual timetable and a now-and-next board for Rhys, used by every adult.",
                                "communication_interaction",
                                "specific",
                                F_VIS,
                            ),
                            "Visual information lasts; spoken information is gone as soon as it is said.",
                            "Fewer incidents at changes of activity.",
                        ],
                    ],
                    [0.4, 0.32, 0.28],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "At home, Rhys's parents should continue to share a picture book with him each evening, using the 'expand and extend' approach I modelled during the home visit.",
                            "communication_interaction",
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "p",
                    "Harriet Okafor BSc (Hons) MRCSLT, Highly Specialist Speech and Language Therapist, 30 September 2026",
                ),
            ],
        ),
        dict(
            file=NHS,
            author="Brackenmoor Community Health Services NHS Trust",
            title="Discharge letter",
            footer="Brackenmoor Community Health Services NHS Trust - Children's Speech and Language Therapy",
            blocks=[
                ("org", "Brackenmoor Community Health Services NHS Trust"),
                (
                    "small",
                    "Children's Speech and Language Therapy, Fennick Health Centre, Mill Lane, Fennick BM3 4ZP. Tel 01632 960233",
                ),
                ("small", "NHS number: 000 000 4417    Date: 24 June 2026"),
                ("p", "Dear Mr and Mrs Tennant,"),
                (
                    "b",
                    "Re: Rhys Tennant, DOB 11/02/2019 - discharge from speech and language therapy",
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "I am writing to let you know that Rhys has now been discharged from the NHS speech and language therapy service, as his needs are being met through the support in his EHC plan.",
                            "discharge: service administration",
                        ),
                        (
                            "X",
                            "Rhys was seen for a final review in school on 10 June 2026.",
                            "history",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "His speech sound errors, fronting of /k/ and /g/, have resolved and he no longer needs help with his speech sounds.",
                            "resolved difficulty",
                        ),
                        (
                            "N",
                            "Rhys continues to have difficulties with understanding and using language, in keeping with his diagnosis of developmental language disorder.",
                            "communication_interaction",
                            B_LANG,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "We would advise that school staff continue to give Rhys short instructions, one at a time, and allow him extra time to respond before repeating them.",
                            "communication_interaction",
                            "specific",
                            F_LANGMOD,
                        ),
                        "A copy of his final programme has been given to the SENCo, Mrs Gill.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Rhys may be referred back to us by school or by you if there are new concerns.",
                            "service information",
                        ),
                    ],
                ),
                ("p", "Yours sincerely,"),
                ("p", "Priya Nandakumar, Speech and Language Therapist (Band 6)"),
                ("small", "cc: Mrs J Gill, SENCo, Holm Lea Primary School; GP"),
            ],
        ),
        dict(
            file=SENCO,
            author="J Gill",
            title="SENCo advice",
            header="Holm Lea Primary School - SEN advice for EHC needs assessment",
            blocks=[
                ("org", "Holm Lea Primary School"),
                ("title", "Advice from the SENCo: Rhys Tennant (Year 2)"),
                ("small", "Completed by Mrs Joanne Gill, SENCo, 18 September 2026"),
                ("h", 2, "What is going well"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Rhys has settled well into Year 2 and has a good relationship with his teaching assistant, Mrs Ahmed.",
                            "progress",
                        ),
                        (
                            "X",
                            "His number work is a strength and he is working at the expected standard in maths.",
                            "strength",
                        ),
                    ],
                ),
                (
                    "p",
                    "Rhys's attendance this year is 96%. He is usually happy to come into school, although his parents report that Monday mornings and the first day after a holiday are difficult.",
                ),
                (
                    "p",
                    "Rhys's parents attend every review meeting and share information with the class teacher through a home-school book, which works well.",
                ),
                ("h", 2, "Support already in place"),
                (
                    "grid",
                    [
                        ["Support", "Frequency", "Impact"],
                        [
                            "Teaching assistant in class",
                            "About 20 hours a week",
                            "Rhys completes more tasks",
                        ],
                        [
                            "NHS speech and language programme",
                            "3 x 15 minutes a week",
                            "Some progress with vocabulary",
                        ],
                        ["Visual timetable", "Daily", "Calmer at transitions"],
                    ],
                    [0.45, 0.25, 0.3],
                ),
                ("h", 2, "Rhys's needs in school"),
                (
                    "bul",
                    [
                        (
                            "N",
                            "Reading: currently at Phase 3 of the school's phonics programme, well below his classmates",
                            "cognition_learning",
                            B_LIT,
                        ),
                        (
                            "N",
                            "becomes very distressed when there are unexpected changes, and has twice this term left the classroom without an adult",
                            "semh",
                            B_CHANGE,
                        ),
                        (
                            "N",
                            "assemblies and wet play are hard for him because of the noise",
                            "sensory_physical",
                            B_SENS,
                        ),
                        (
                            "N",
                            "pencil grip is immature and he tires quickly when writing; many letters are formed incorrectly",
                            "sensory_physical",
                            None,
                        ),
                        (
                            "N",
                            "Attention on the carpet lasts about three minutes before he starts to fidget or wander",
                            "cognition_learning",
                            B_ATTN,
                        ),
                    ],
                ),
                ("h", 2, "What we think Rhys needs"),
                (
                    "p",
                    [
                        (
                            "R",
                            "We recommend that Rhys continues to have a teaching assistant with him in class for 20 hours a week.",
                            "cognition_learning",
                            "specific",
                            F_TA,
                        ),
                        (
                            "R",
                            "He needs a quiet, low-stimulation space to go to when he is overwhelmed, which he can ask for with an exit card, and an adult to check on him there within five minutes.",
                            "semh",
                            "not_specific",
                            F_CALM,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "At lunchtime Rhys would benefit from an adult-led social group, such as our Lego club, twice a week for 20 minutes.",
                            "communication_interaction",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "Changes should be explained to Rhys in advance with a social story, read with him by the class teacher the day before a known change.",
                            "semh",
                            "not_specific",
                            F_CHANGE,
                        ),
                        (
                            "R",
                            "A fine motor and handwriting programme for 10 minutes a day with a teaching assistant.",
                            "sensory_physical",
                            "specific",
                            F_MOTOR,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "We looked at a part-time timetable last year when Rhys was struggling after lunch, but we did not go ahead with it, as he was coping better by the spring.",
                            "option considered and not taken",
                        ),
                    ],
                ),
            ],
        ),
    ],
)
