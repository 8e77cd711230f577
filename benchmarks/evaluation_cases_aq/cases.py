# ruff: noqa: E501
"""Set AQ as data: social, emotional and mental health needs and speech, language and
communication needs in secondary school and further education (ages 12 to 19), in four
plan layouts no earlier set has: headings that say in a sentence what each part records,
headings with a bracketed note number whose notes give the statutory section, a college
plan whose headings carry the academic year, and lettered headings glossed in the young
person's own words.

Every name, council, school, college, service and professional is invented. Postcodes use
areas that do not exist and phone numbers are in the 01632 960xxx range. Markers are those
of evaluation_kit.dataset.
"""

# ---------------------------------------------------------------------------
# case-evalaq-01: Calderbridge Metropolitan Borough Council; Kacper Wilde-Osei, 14, Year 9
# layout "declarative-purpose-headings": no letters or numbers; each heading is a sentence
# saying what the part records ("This part describes Kacper's special educational needs").
# ---------------------------------------------------------------------------

B1_DLD = "Kacper has a developmental language disorder which affects his understanding of spoken language, particularly long instructions and explanations in lessons."
B1_VOCAB = "He has a limited vocabulary, especially the technical words used in different subjects."
B1_SOC = "Kacper can take things literally and sometimes misunderstands what other young people say, which can lead to conflict."
B1_ANX = "Kacper experiences anxiety in school, particularly when he has to speak or read in front of others and at busy times of the day."
B1_LIT = "He has difficulties with reading comprehension and with extended writing."
B1_ORG = "He struggles to organise himself, his equipment and his homework."

F1_SALT = "A speech and language therapist will provide 6 sessions of direct therapy of 30 minutes each term, in school, with a programme carried out by a trained teaching assistant twice a week for 20 minutes between sessions."
F1_VOCAB = "Pre-teaching of subject vocabulary."
F1_TRAIN = "Training for all of Kacper's subject teachers on developmental language disorder, delivered by the speech and language therapist in the first half of the autumn term 2027 and repeated each September."
F1_EXAM = "Kacper will be assessed for examination access arrangements by the school's specialist assessor during the autumn term of Year 10."
F1_PLAN = "Written or visual task planners, breaking each task into numbered steps, provided by subject teachers in every lesson."
F1_HW = "Support with organisation and homework as needed."
F1_EARLY = "A pass allowing Kacper to leave each lesson five minutes early so that he can move between lessons before the corridors fill."
F1_SEAT = (
    "Kacper will sit near the front in all lessons, where he can see the teacher and the board."
)
F1_TALK = "Regular opportunities to talk about his feelings with a trusted adult."
G1_MENTOR = "Kacper will meet the school's emotional wellbeing mentor for a 10-minute check-in at the start of every school day."
G1_CAMHS = "Kacper is on the waiting list for the Calderbridge CAMHS anxiety pathway, which will offer an assessment and, if appropriate, a course of cognitive behavioural therapy."

SALT1 = "independent_salt_report.pdf"
STL1 = "specialist_teacher_report.docx"


def _part(sid: str, text: str) -> tuple:
    return ("H", sid, text, "h2")


CASE_01 = dict(
    name="case-evalaq-01",
    layout="declarative-purpose-headings",
    summary=(
        "Calderbridge Metropolitan Borough Council; Kacper Wilde-Osei, 14, Year 9 at Highfold Academy, "
        "a mainstream secondary school (developmental language disorder, anxiety). The plan has no "
        "section letters or numbers: each heading is a sentence saying what the part records "
        '("This part describes Kacper\'s special educational needs"). An independent speech and '
        "language therapist argues at length for more therapy; the Communication and Language "
        "Service's specialist teacher gives a recommendation table with a reason column."
    ),
    note="The daily check-in with the school's wellbeing mentor is delivered by school staff and is educational (SEMH) provision placed among health provision: wrong_section. The CAMHS pathway is health provision correctly placed.",
    plan=dict(
        file="plan.docx",
        footer="Calderbridge MBC - Education, Health and Care Plan - Kacper Wilde-Osei - FINAL",
        blocks=[
            ("org", "Calderbridge Metropolitan Borough Council"),
            (
                "small",
                "SEND Assessment and Review Service, Civic Offices, Calderbridge CQ3 8ZX. Telephone 01632 960214.",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Kacper Wilde-Osei"),
                    ("Date of birth", "14 June 2012"),
                    ("School", "Highfold Academy, Year 9"),
                    ("Date of plan", "3 November 2026 (final)"),
                ],
            ),
            _part("A", "This part records Kacper's views, interests and aspirations"),
            (
                "S",
                "A",
                "Kacper likes football, drawing cartoons and cooking with his dad, and he would like to be a chef or to work with animals.",
            ),
            (
                "p",
                'Kacper said: "I hate it when teachers pick me to read out. I know the answer in my head but the words get stuck."',
            ),
            _part("B", "This part describes Kacper's special educational needs"),
            ("S", "B", B1_DLD),
            ("p", B1_VOCAB),
            ("p", B1_LIT),
            ("p", B1_SOC),
            ("p", B1_ANX),
            ("p", B1_ORG),
            _part(
                "C",
                "This part describes Kacper's health needs which relate to his special educational needs",
            ),
            (
                "S",
                "C",
                "Kacper is healthy. His hearing was tested in March 2026 and is within normal limits.",
            ),
            _part(
                "D",
                "This part describes Kacper's social care needs which relate to his special educational needs or disability",
            ),
            ("S", "D", "Kacper has no identified social care needs."),
            _part("E", "This part sets out the outcomes sought for Kacper"),
            (
                "S",
                "E",
                "By the end of Year 10 Kacper will follow a three-step instruction given to the whole class without needing it repeated.",
            ),
            (
                "p",
                "By the end of Year 11 Kacper will give a short spoken answer in a small group lesson when invited to.",
            ),
            ("p", "By July 2028 Kacper will record and hand in 90% of his homework on time."),
            _part("F", "This part specifies the special educational provision Kacper requires"),
            (
                "S",
                "F",
                "Highfold Academy will make the following provision, with the support of the Calderbridge Communication and Language Service.",
            ),
            (
                "bul",
                [
                    ("F", F1_SALT, True),
                    ("F", F1_VOCAB, False),
                    ("F", F1_TRAIN, True),
                    ("F", F1_PLAN, True),
                    ("F", F1_SEAT, True),
                    ("F", F1_HW, False),
                    ("F", F1_EARLY, True),
                    ("F", F1_TALK, False),
                    ("F", F1_EXAM, True),
                ],
            ),
            _part(
                "G",
                "This part specifies any health provision reasonably required by Kacper's learning difficulties or disabilities",
            ),
            ("S", "G", G1_CAMHS),
            ("p", G1_MENTOR),
            _part(
                "H1",
                "This part specifies social care provision which must be made under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("S", "H1", "No provision is required under section 2 of the 1970 Act."),
            _part("H2", "This part specifies any other social care provision reasonably required"),
            ("S", "H2", "None identified at this time."),
            _part("I", "This part names the school Kacper will attend"),
            ("S", "I", "Highfold Academy (academy, mainstream, ages 11 to 18)."),
            _part("J", "This part describes any personal budget"),
            ("S", "J", "No personal budget has been requested."),
            _part("K", "This part lists the advice and information gathered during the assessment"),
            (
                "S",
                "K",
                "Independent speech and language therapy report (Ms N. Ferreira, September 2026); Communication and Language Service report (October 2026); educational psychology advice (July 2026); parental views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=SALT1,
            footer="Nadia Ferreira, Independent Speech and Language Therapist - Kacper Wilde-Osei - page {n} of {m}",
            blocks=[
                ("org", "Nadia Ferreira Speech and Language Therapy"),
                (
                    "small",
                    "HCPC registered; member of the Royal College of Speech and Language Therapists. 4 Mill Lane, Calderbridge CQ9 1YY. nadia.ferreira@example.org",
                ),
                ("title", "Independent speech and language therapy report"),
                (
                    "small",
                    "Prepared at the request of Kacper's parents for an appeal to the First-tier Tribunal (SEND). Assessed at school on 9 and 16 September 2026.",
                ),
                ("h", 2, "1. Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Kacper was seen by the NHS speech and language therapy service between the ages of 4 and 7 and was discharged in 2019 with age-appropriate speech.",
                            "history",
                        ),
                        (
                            "X",
                            "His speech sound errors, noted at age 4, have fully resolved and his speech is clear.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                (
                    "p",
                    'His parents asked for this assessment because, in their words, Kacper "has gone quiet" since starting secondary school and his reports describe him as a young man who does not contribute in class.',
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Kacper's early development was otherwise unremarkable; he walked at 12 months and there is no family history of hearing loss.",
                            "history",
                        ),
                        "His mother recalls that he was a late talker and did not put words together until after his third birthday.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "The draft plan of July 2026 described Kacper's needs as 'mild language difficulties', which in my view understates them considerably.",
                            "comment on the draft plan",
                        )
                    ],
                ),
                ("h", 2, "2. Assessment results"),
                (
                    "grid",
                    [
                        ["Assessment", "Score", "Comment"],
                        ["CELF-5UK Receptive Language Index", "72", "Very low range"],
                        ["CELF-5UK Expressive Language Index", "76", "Low range"],
                        [
                            "Test of Word Finding (TWF-3)",
                            "Standard score 74",
                            "Slow and inaccurate naming",
                        ],
                        [
                            "Expressive narrative (retell)",
                            "Below age level",
                            "Few linking words; events out of order",
                        ],
                    ],
                    [0.45, 0.2, 0.35],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "These scores place Kacper's receptive and expressive language more than one and a half standard deviations below the mean for his age, which is consistent with a developmental language disorder.",
                            "test result and diagnosis",
                        )
                    ],
                ),
                ("h", 2, "3. Kacper's language and communication needs"),
                (
                    "p",
                    [
                        (
                            "N",
                            "In class Kacper has particular difficulty following long, multi-part instructions given to the whole group, and he usually waits to copy what his neighbour does.",
                            "communication_interaction",
                            B1_DLD,
                        ),
                        (
                            "N",
                            "His knowledge of subject-specific vocabulary is very limited, and he did not know words such as 'evaluate', 'photosynthesis' and 'ratio' which are taught in Year 9 lessons.",
                            "communication_interaction",
                            B1_VOCAB,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Kacper's spoken and written explanations lack structure; he struggles to sequence events and to give reasons, and this is most evident in extended writing in English, history and geography.",
                            "communication_interaction",
                            None,
                        ),
                        (
                            "N",
                            "He shows marked word-finding difficulties, often saying 'that thing' or pausing for a long time when he cannot retrieve a word that he knows.",
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
                            "Kacper often misreads sarcasm and figurative language used by his peers, which he told me has led to several fallings-out this year.",
                            "communication_interaction",
                            B1_SOC,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "His anxiety about being asked to speak in front of the class is now significant, and he has begun to avoid lessons in which he expects to be asked to read aloud.",
                            "semh",
                            B1_ANX,
                        ),
                        (
                            "X",
                            "I should say that in a one-to-one setting Kacper was warm, humorous and persistent, and he worked hard throughout both sessions.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 2, "4. Why the current provision is not enough"),
                (
                    "p",
                    "The school has, quite properly, used the strategies in the Communication and Language Service's earlier advice, and Kacper's teachers speak warmly of him. However, strategies of this kind are designed to make lessons accessible; they do not, on their own, remediate a language disorder of this severity. Without direct intervention from a therapist, the research on adolescent DLD suggests that the gap between Kacper and his peers will widen as the language demands of the GCSE curriculum increase, and that his anxiety, which I consider to be in large part a consequence of repeated communication failure, is likely to grow.",
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "A programme written by a therapist and delivered entirely by a teaching assistant has been tried since January 2026 and Kacper's scores have not changed.",
                            "comment on support already in place",
                        ),
                        "In my opinion, a programme without direct therapy is not a sufficient response at this stage.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "I considered whether a specialist language resource base would be more appropriate but, on balance, I do not recommend a change of school at this point, as Kacper is settled and has good friendships at Highfold.",
                            "option considered and not recommended",
                        )
                    ],
                ),
                ("h", 2, "Response to the local authority's position"),
                (
                    "p",
                    "The local authority's letter of 2 September 2026 states that Kacper's needs can be met from the resources normally available to mainstream schools, and that his language difficulties are 'being addressed through quality first teaching'. I respectfully disagree. Quality first teaching is necessary for Kacper, but it is not sufficient: the results above show a disorder that has persisted through three years of good classroom practice, and the school's own tracking shows that his reading comprehension has barely moved in that time.",
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Highfold Academy's SENCo, Mrs Dobson, told me that the school would welcome direct therapy but cannot fund it from its notional SEN budget.",
                            "school's view, about funding",
                        ),
                        "I note, too, that the educational psychologist's advice of July 2026 reaches broadly the same conclusion as mine about the nature of Kacper's difficulties, although it makes no recommendation about therapy, which lies outside her remit.",
                    ],
                ),
                (
                    "p",
                    "The recommendations below are set out so that they can be written into Section F as they stand. Where I give a frequency and a duration, these are the minimum I consider necessary for a measurable change within a year; anything less would, in my professional opinion, be unlikely to close the gap.",
                ),
                ("h", 2, "5. Recommendations"),
                (
                    "p",
                    [
                        (
                            "R",
                            "Kacper requires direct speech and language therapy from a qualified speech and language therapist with experience of adolescents with DLD, in a block of 12 weekly 45-minute sessions each term, with a review of progress at the end of each block.",
                            "communication_interaction",
                            "less",
                            F1_SALT,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Pre-teaching of key subject vocabulary, using a consistent approach such as word maps, should take place in small group sessions of 20 minutes three times a week, led by a teaching assistant trained by the therapist.",
                            "communication_interaction",
                            "not_specific",
                            F1_VOCAB,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "All of Kacper's subject teachers should receive training from the speech and language therapist on the nature of DLD and on classroom strategies, within the first half-term of the plan, with a refresher each September.",
                            "communication_interaction",
                            "specific",
                            F1_TRAIN,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Kacper would benefit from a structured narrative intervention, in a small group of no more than four, for 30 minutes twice a week, to help him plan and sequence spoken and written explanations.",
                            "communication_interaction",
                            "missing_from_f",
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "I would also recommend that Kacper be assessed for examination access arrangements, in particular a reader and extra time, well before his GCSE examinations.",
                            "cognition_learning",
                            "specific",
                            F1_EXAM,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "At home, the family may find it helpful to talk through the next day's timetable at the evening meal, so that Kacper knows which lessons are coming.",
                            "communication_interaction",
                            "not_educational",
                        )
                    ],
                ),
                ("p", "Nadia Ferreira, BSc (Hons) Speech and Language Therapy, 28 September 2026."),
            ],
        ),
        dict(
            file=STL1,
            blocks=[
                ("org", "Calderbridge Communication and Language Service"),
                ("title", "Specialist teacher report"),
                (
                    "kv",
                    [
                        ("Young person", "Kacper Wilde-Osei, Year 9, Highfold Academy"),
                        (
                            "Specialist teacher",
                            "Mr Owen Pritchard, Advisory Teacher for Speech, Language and Communication Needs",
                        ),
                        ("Observed", "Science, English and a tutor period, 7 October 2026"),
                    ],
                ),
                ("h", 2, "Observation and assessment"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Kacper arrived on time, was well equipped for science and settled quickly to the starter activity.",
                            "observation, strength",
                        ),
                        (
                            "N",
                            "His reading comprehension is at about the level expected of a 10-year-old, although he decodes accurately and reads fluently.",
                            "cognition_learning",
                            B1_LIT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Kacper has difficulty holding spoken information in mind, and in science he lost track of what he had been asked to do part-way through the practical.",
                            "cognition_learning",
                            None,
                        ),
                        (
                            "N",
                            "He finds it hard to organise his equipment and homework, and in the summer term he missed a third of his homework deadlines.",
                            "cognition_learning",
                            B1_ORG,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Staff report that he becomes visibly anxious at lesson changes and in the crowded corridors at break and lunch.",
                            "semh",
                            B1_ANX,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "In English he answered two questions in writing when the teacher gave him a sentence starter, and he was clearly pleased with his work.",
                            "observation, strength",
                        ),
                        "His teacher said that this is typical: with a model in front of him Kacper can produce good work.",
                    ],
                ),
                ("h", 2, "Support already in place"),
                (
                    "grid",
                    [
                        ["Support", "Since", "Comment"],
                        [
                            (
                                "X",
                                "Lexia reading programme, three 20-minute sessions a week",
                                "support already in place",
                            ),
                            "January 2026",
                            "Decoding now secure",
                        ],
                        ["Homework club on Tuesdays", "September 2026", "Attends most weeks"],
                    ],
                    [0.5, 0.2, 0.3],
                ),
                ("h", 2, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Reason", "Who and how often"],
                        [
                            (
                                "R",
                                "Visual task planners breaking each task into numbered steps.",
                                "cognition_learning",
                                "specific",
                                F1_PLAN,
                            ),
                            "Reduces the load on his working memory and lets him check what to do next without asking.",
                            "Subject teachers, every lesson",
                        ],
                        [
                            (
                                "R",
                                "A named key adult to check in with Kacper for 10 minutes at the start of each day.",
                                "semh",
                                "wrong_section",
                                G1_MENTOR,
                                {"section": "G"},
                            ),
                            "Gives him a predictable adult to raise worries with before lessons start.",
                            "Pastoral mentor, daily",
                        ],
                        [
                            (
                                "R",
                                "Homework to be written into his planner by staff and checked with him by his tutor.",
                                "cognition_learning",
                                "not_specific",
                                F1_HW,
                            ),
                            "He does not reliably hear or record homework set verbally at the end of lessons.",
                            "Subject teachers each lesson; tutor every Friday",
                        ],
                        [
                            (
                                "R",
                                "Leave each lesson five minutes early to avoid the crowded corridors.",
                                "semh",
                                "specific",
                                F1_EARLY,
                            ),
                            "Lesson changes are the point at which his anxiety is highest.",
                            "All staff; pass held by Kacper",
                        ],
                    ],
                    [0.38, 0.37, 0.25],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "I did not recommend a reader in lessons, as Kacper decodes accurately and prefers to read for himself.",
                            "option considered and not recommended",
                        )
                    ],
                ),
                ("p", "Owen Pritchard, Advisory Teacher, 14 October 2026. Telephone 01632 960377."),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalaq-02: Ravensmere County Council; Tyler Braithwaite, 15, Year 11, alternative
# provision after permanent exclusion. layout "bracketed-note-number-headings": each heading
# is a plain name followed by a note number in square brackets ("Outcomes [5]"); the notes
# at the end of the plan give each section's statutory letter and regulation. Section F
# lists the provision under the outcome it supports.
# ---------------------------------------------------------------------------

B2_TRIG = "Tyler can react quickly and angrily when he feels threatened, for example when an adult raises their voice or stands close to him."
B2_FEEL = "He finds it hard to recognise and talk about his emotions."
B2_ESTEEM = "Tyler has low self-esteem, particularly about himself as a learner."
B2_LIT = "Tyler's literacy skills are well below those expected for his age, which limits his access to GCSE courses."
B2_ATT = "His attendance has been poor since his exclusion and he finds it hard to re-engage with learning."
B2_PEER = "Tyler is vulnerable to being drawn into risky behaviour with older young people in the community."

F2_KEY = "A named key worker, trained in trauma-informed practice, will meet Tyler on arrival each day and will be his first point of contact whenever he is distressed."
F2_ELSA = "Emotional literacy support."
F2_CONSULT = "The CAMHS clinical psychologist will offer a consultation to Tyler's key worker and teachers once each half-term."
F2_TIME = "A part-time timetable, increasing as Tyler is able."
F2_GROUP = "Tyler will be taught in a group of no more than eight students for all lessons."
F2_LIT = "Literacy support as appropriate."
F2_CAREERS = "A careers guidance interview with a qualified careers adviser before the end of the autumn term 2026, followed by a supported visit to at least one college course."
F2_REWARD = (
    "A weekly review of Tyler's points and rewards with his key worker every Friday afternoon."
)
G2_CBT = "Trauma-focused cognitive behavioural therapy at Ravensmere CAMHS, 12 fortnightly sessions from November 2026."
H2_MENTOR = "A mentor from the Harbour Centre's staff will work with Tyler for one hour each week on consequential thinking and victim awareness."
H2_HUB = "Tyler will be offered a place on the Ravensmere Youth Hub boxing programme three afternoons a week."

CAMHS2 = "camhs_psychology_report.pdf"
YOT2 = "yot_report.docx"


def _note(sid: str, text: str) -> tuple:
    return ("H", sid, text, "h2")


CASE_02 = dict(
    name="case-evalaq-02",
    layout="bracketed-note-number-headings",
    summary=(
        "Ravensmere County Council; Tyler Braithwaite, 15, Year 11 at the Harbour Centre, an "
        "alternative provision academy, after permanent exclusion in Year 10 (social, emotional and "
        "mental health needs after early trauma; unrecognised language difficulties; youth justice "
        "involvement). Headings are plain names with a note number in square brackets; the notes at "
        "the end give the statutory letter. Section F lists provision under each outcome. CAMHS "
        "clinical psychologist's report; youth offending team report with a reason column."
    ),
    note="Language difficulties are raised by both reports and missing from the needs section. The youth hub programme in H2 is a youth service activity (not_educational); the Harbour Centre mentor's weekly sessions in H2 are delivered by education staff and are wrong_section.",
    plan=dict(
        file="plan.pdf",
        header="Ravensmere County Council - Education, Health and Care Plan",
        footer="Tyler Braithwaite - final plan issued 10 November 2026 - page {n} of {m}",
        blocks=[
            ("title", "Education, Health and Care Plan: Tyler Braithwaite"),
            (
                "kv",
                [
                    ("Date of birth", "2 March 2011"),
                    (
                        "Current setting",
                        "The Harbour Centre (alternative provision academy), Year 11",
                    ),
                    ("Unique pupil number", "R823401172045"),
                    ("Case officer", "Gemma Lowther, 01632 960502"),
                ],
            ),
            _note("A", "Tyler's views, interests and aspirations [1]"),
            (
                "S",
                "A",
                "Tyler enjoys boxing, fixing bikes and spending time with his younger sister, and he wants to be a mechanic.",
            ),
            (
                "p",
                'Tyler said he likes the Harbour Centre because "the staff don\'t shout", and that he would like to go to college next year.',
            ),
            _note("B", "Tyler's special educational needs [2]"),
            ("S", "B", B2_TRIG),
            ("p", B2_FEEL),
            ("p", B2_ESTEEM),
            ("p", B2_LIT),
            ("p", B2_ATT),
            ("p", B2_PEER),
            _note("C", "Health needs relating to Tyler's special educational needs [3]"),
            (
                "S",
                "C",
                "Tyler has been referred to Ravensmere CAMHS, who have assessed him as having symptoms of post-traumatic stress.",
            ),
            _note("D", "Social care needs relating to Tyler's special educational needs [4]"),
            (
                "S",
                "D",
                "Tyler is a child in need and has an allocated social worker from the Ravensmere adolescent team.",
            ),
            _note("E", "Outcomes [5]"),
            (
                "S",
                "E",
                "Outcome 1: by July 2027 Tyler will tell his key worker when he is becoming angry and use an agreed way to calm down.",
            ),
            (
                "p",
                "Outcome 2: by February 2027 Tyler will attend the Harbour Centre full-time and take part in lessons for at least 80% of the time.",
            ),
            (
                "p",
                "Outcome 3: by June 2027 Tyler will have a confirmed place on a college course for September 2027.",
            ),
            _note("F", "Special educational provision [6]"),
            (
                "S",
                "F",
                "The Harbour Centre will make the provision below, listed under the outcome it supports.",
            ),
            ("b", "Towards outcome 1"),
            (
                "bul",
                [
                    ("F", F2_KEY, True),
                    ("F", F2_ELSA, False),
                    ("F", F2_CONSULT, True),
                    ("F", F2_REWARD, True),
                ],
            ),
            ("b", "Towards outcome 2"),
            ("bul", [("F", F2_TIME, False), ("F", F2_GROUP, True), ("F", F2_LIT, False)]),
            ("b", "Towards outcome 3"),
            ("bul", [("F", F2_CAREERS, True)]),
            _note("G", "Health provision [7]"),
            ("S", "G", G2_CBT),
            _note(
                "H1",
                "Social care provision under the Chronically Sick and Disabled Persons Act 1970 [8]",
            ),
            ("S", "H1", "No provision is made under section 2 of the 1970 Act."),
            _note("H2", "Other social care provision [9]"),
            (
                "S",
                "H2",
                "Tyler's social worker will visit at least every four weeks under his child in need plan.",
            ),
            ("p", H2_MENTOR),
            ("p", H2_HUB),
            _note("I", "Placement [10]"),
            (
                "S",
                "I",
                "The Harbour Centre, Ravensmere (alternative provision academy), until the end of Year 11.",
            ),
            _note("J", "Personal budget [11]"),
            ("S", "J", "Tyler's mother has not asked for a personal budget."),
            _note("K", "Advice and information [12]"),
            (
                "S",
                "K",
                "CAMHS clinical psychology report (October 2026); Ravensmere Youth Offending Team report (October 2026); educational psychology advice (September 2026); Harbour Centre report (October 2026).",
            ),
            ("b", "Notes"),
            (
                "small",
                "[1] to [12]: these parts are sections A, B, C, D, E, F, G, H1, H2, I, J and K of the plan, in that order, as required by regulation 12(1) of the Special Educational Needs and Disability Regulations 2014.",
            ),
        ],
    ),
    reports=[
        dict(
            file=CAMHS2,
            footer="Ravensmere CAMHS - confidential - page {n} of {m}",
            blocks=[
                ("org", "Ravensmere Child and Adolescent Mental Health Service"),
                (
                    "small",
                    "Elmwood Clinic, 24 Station Road, Ravensmere RV4 7QZ. Telephone 01632 960633.",
                ),
                ("title", "Clinical psychology advice for an EHC needs assessment"),
                (
                    "small",
                    "Dr Hannah Okafor, Clinical Psychologist. Tyler was seen three times at the clinic and once at the Harbour Centre in September and October 2026.",
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Tyler lived with several foster carers between the ages of 4 and 8 and returned to his mother's care in 2019.",
                            "history",
                        ),
                        (
                            "X",
                            "He was permanently excluded from Kingsmead School in March 2026 after an assault on a member of staff.",
                            "history",
                        ),
                    ],
                ),
                ("h", 2, "Assessment"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Tyler meets criteria for post-traumatic stress disorder on the Child PTSD Symptom Scale.",
                            "diagnosis (health, stated in C)",
                        ),
                        (
                            "N",
                            "In school this shows as hypervigilance: in busy, noisy rooms he reacts quickly to anything he reads as a threat, such as an adult raising their voice or standing close to him.",
                            "semh",
                            B2_TRIG,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "He finds it very difficult to name or describe his feelings, so distress is usually expressed through behaviour.",
                            "semh",
                            B2_FEEL,
                        ),
                        (
                            "N",
                            "Tyler holds a very negative view of himself as a learner and described himself as 'thick' several times during our sessions.",
                            "semh",
                            B2_ESTEEM,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "On the WASI-II his non-verbal reasoning was in the average range.",
                            "test result",
                        ),
                        (
                            "N",
                            "His verbal comprehension, however, was significantly weaker, and I noticed that he often misunderstood my questions and answered a different question, which I think happens with adults at moments of conflict too.",
                            "communication_interaction",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Tyler told me that he gets on well with his key worker at the Harbour Centre and has not had a physical incident there since June.",
                            "progress",
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "His mother reports that Tyler's sleep has improved since the summer and that he no longer has nightmares most nights.",
                            "improving health difficulty",
                        )
                    ],
                ),
                ("h", 2, "Formulation"),
                (
                    "p",
                    "My formulation is that Tyler's behaviour at Kingsmead was, for the most part, a threat response: a young person who learned early that adults are unpredictable will be quick to defend himself, and a large school with many changes of adult and room gave him very little safety. This is important for planning, because sanctions and exclusion tend to confirm his belief that adults will reject him, whereas consistent relationships and predictable routines are what allow his stress response to settle.",
                ),
                (
                    "p",
                    "I have considered whether Tyler's difficulties are better explained by a conduct disorder. In my view they are not: his behaviour is reactive rather than planned, it is closely tied to situations in which he feels threatened or shamed, and it has reduced sharply in a small, predictable setting. This matters, because the two explanations point to very different kinds of support.",
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Tyler was screened for ADHD by the community paediatrician in 2024, and the screen was negative.",
                            "ruled-out condition",
                        )
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    [
                        (
                            "R",
                            "Tyler should have a consistent key worker at the Harbour Centre, trained in trauma-informed practice, who meets him on arrival every day and is his first point of contact in times of difficulty.",
                            "semh",
                            "specific",
                            F2_KEY,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Teaching groups should be no larger than six, in a room away from the main corridor.",
                            "semh",
                            "less",
                            F2_GROUP,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "He would benefit from a weekly 30-minute emotional literacy session with a trained emotional literacy support assistant, to help him recognise and name his feelings.",
                            "semh",
                            "not_specific",
                            F2_ELSA,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "I can offer a consultation to Tyler's key worker and teachers once each half-term, so that they share one understanding of his needs.",
                            "semh",
                            "specific",
                            F2_CONSULT,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "I will offer Tyler trauma-focused CBT at the clinic, fortnightly, for 12 sessions.",
                            "health",
                            "not_educational",
                            G2_CBT,
                            {"section": "G"},
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Tyler's mother may find the CAMHS parenting group for carers of adolescents helpful, and I have given her the details.",
                            "semh",
                            "not_educational",
                        )
                    ],
                ),
                ("p", "Dr Hannah Okafor, Clinical Psychologist, HCPC registered, 20 October 2026."),
            ],
        ),
        dict(
            file=YOT2,
            blocks=[
                ("org", "Ravensmere Youth Offending Team"),
                ("title", "Report for Tyler's EHC needs assessment"),
                (
                    "small",
                    "Written by Marcus Delaney, YOT case manager, with advice from the YOT speech and language therapist. Tyler is subject to a 9-month referral order made in May 2026.",
                ),
                ("h", 2, "What we know about Tyler"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Tyler has kept every appointment with me since July and has completed the reparation part of his order.",
                            "progress",
                        ),
                        (
                            "N",
                            "A communication screen by our speech and language therapist found that he has difficulty understanding complex language, including the words used in court and in his referral order contract.",
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
                            "Tyler is at risk of criminal exploitation; he has twice been found with older young people away from home late at night.",
                            "social_care",
                            B2_PEER,
                        ),
                        (
                            "N",
                            "He finds unstructured time hard to manage, and most incidents in the community have happened between 3 and 6 pm.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Tyler told me he cannot read the letters sent to him by the court, and the Harbour Centre recently assessed his reading age at 9 years 6 months.",
                            "cognition_learning",
                            B2_LIT,
                        ),
                        (
                            "N",
                            "His attendance at the Harbour Centre was 54% last term, and he is most often absent on Mondays.",
                            "semh",
                            B2_ATT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Tyler's referral order panel noted that he was respectful and engaged, and agreed a contract with him in June.",
                            "history and progress",
                        ),
                        (
                            "X",
                            "Court papers record a previous caution for criminal damage in 2025.",
                            "history",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Reason"],
                        [
                            (
                                "R",
                                "Staff should give instructions in short, simple sentences and check Tyler's understanding by asking him to say back what he has to do.",
                                "communication_interaction",
                                "missing_from_f",
                            ),
                            "He often agrees that he understands when he does not, which has led to breaches in the past.",
                        ],
                        [
                            (
                                "R",
                                "Build Tyler's timetable up to full-time within six weeks, adding one afternoon a week.",
                                "semh",
                                "not_specific",
                                F2_TIME,
                            ),
                            "Open-ended part-time timetables leave him with unstructured time, when he is most at risk.",
                        ],
                        [
                            (
                                "R",
                                "A daily 20-minute reading intervention with a trained adult.",
                                "cognition_learning",
                                "not_specific",
                                F2_LIT,
                            ),
                            "He needs to read well enough to manage college applications and his own correspondence.",
                        ],
                        [
                            (
                                "R",
                                "One hour a week with a mentor at the centre on consequential thinking and victim awareness.",
                                "semh",
                                "wrong_section",
                                H2_MENTOR,
                                {"section": "H2"},
                            ),
                            "Builds on the work of his referral order when it ends in February.",
                        ],
                        [
                            (
                                "R",
                                "A place on the youth hub boxing programme three afternoons a week after the centre closes.",
                                "social_care",
                                "not_educational",
                                H2_HUB,
                                {"section": "H2"},
                            ),
                            "Gives structure between 3 and 6 pm and a positive adult role model.",
                        ],
                        [
                            (
                                "R",
                                "A careers guidance interview before Christmas, with a follow-up college visit.",
                                "other",
                                "specific",
                                F2_CAREERS,
                            ),
                            "He has said he wants to be a mechanic but has no plan for September 2027.",
                        ],
                    ],
                    [0.55, 0.45],
                ),
                (
                    "p",
                    "Marcus Delaney, Case Manager, Ravensmere Youth Offending Team, 24 October 2026. marcus.delaney@example.org",
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalaq-03: Westholme County Council; Amira Haddad-Jones, 17, general FE college.
# layout "academic-year-stamped-headings": a college-focused plan, reviewed each academic
# year, whose every heading ends with the year of the study programme it covers
# ("Section F - Special educational provision - study programme 2026/27"). Section F is a
# preparation-for-adulthood grid (area | provision | who and how often).
# ---------------------------------------------------------------------------

B3_LANG = "Amira has a developmental language disorder: she finds it hard to understand spoken instructions, especially in noisy places, and to explain her ideas."
B3_LIT = (
    "Her reading and writing are at about Entry Level 3, which affects her written assessments."
)
B3_MOOD = "Amira experiences anxiety and low mood, which have affected her attendance at college."
B3_SOC = "Amira finds it hard to make friends and to join in group conversations."
B3_IND = "Amira needs to develop her independence skills, including travelling and managing money, as she prepares for adulthood."

F3_LSA = "In-class support from a learning support assistant in all practical kitchen sessions."
F3_VOCAB = "Pre-teaching of the vocabulary for her course."
F3_MATHS = "Functional maths at the appropriate level as part of her study programme."
F3_EXAM = "A separate room and supervised rest breaks for all examinations and assessments."
F3_WORK = "A supported work placement in a catering workplace, with a job coach."
F3_TRAVEL = "Independent travel training on her route to college."
F3_CAREERS = "A careers guidance meeting with a qualified careers adviser."
F3_CLUB = "A college enrichment club of Amira's choice, with a learning support assistant to introduce her to the group."
F3_WELL = "Access to the college wellbeing service."
G3_SALT = "Speech and language therapy from the college's contracted speech and language therapist: six 45-minute sessions each term, and a staff briefing at the start of the year."

LSM3 = "learning_support_report.docx"
CAR3 = "careers_guidance_report.pdf"
YR = "study programme 2026/27"


def _yr(sid: str, letter: str, name: str) -> tuple:
    return ("H", sid, f"Section {letter} - {name} - {YR}", "h2")


CASE_03 = dict(
    name="case-evalaq-03",
    layout="academic-year-stamped-headings",
    summary=(
        "Westholme County Council; Amira Haddad-Jones, 17, on a Level 1 hospitality and catering "
        "study programme at Westholme College, a general further education college (developmental "
        "language disorder, anxiety and low mood, preparation for adulthood). Every heading ends "
        "with the academic year of the study programme; Section F is a preparation-for-adulthood "
        "grid. College learning support manager's report; careers adviser's report with an outcome "
        "column."
    ),
    note="In the grid, text is the Provision cell and specificity is judged on the whole row. The college speech and language therapy placed in G is delivered to meet an educational need and is wrong_section.",
    plan=dict(
        file="plan.docx",
        footer="Westholme County Council - EHC plan - Amira Haddad-Jones - annual review version, December 2026",
        blocks=[
            ("org", "Westholme County Council - SEND 16 to 25 Team"),
            ("title", "Education, Health and Care Plan (post-16)"),
            (
                "kv",
                [
                    ("Young person", "Amira Haddad-Jones"),
                    ("Date of birth", "30 January 2009"),
                    ("College", "Westholme College, Level 1 Hospitality and Catering"),
                    ("Plan amended", "8 December 2026, following the annual review"),
                ],
            ),
            _yr("A", "A", "Amira's views, interests and aspirations"),
            (
                "S",
                "A",
                "Amira loves baking, especially decorating cakes, and she wants to work in a cafe or a hotel kitchen and one day live in a flat with a friend.",
            ),
            (
                "p",
                "In Amira's words: \"I like college when I'm in the kitchen. I don't like it when people talk to me really fast or all at once.\"",
            ),
            _yr("B", "B", "Special educational needs"),
            ("S", "B", B3_LANG),
            ("p", B3_LIT),
            ("p", B3_SOC),
            ("p", B3_MOOD),
            ("p", B3_IND),
            _yr("C", "C", "Health needs"),
            (
                "S",
                "C",
                "Amira is under the care of her GP for anxiety and has been referred to the adult mental health service's young people's pathway.",
            ),
            _yr("D", "D", "Social care needs"),
            (
                "S",
                "D",
                "Amira has had a transition assessment under the Care Act 2014, which found she does not have eligible needs for adult social care at present.",
            ),
            _yr("E", "E", "Outcomes"),
            (
                "S",
                "E",
                "Employment: by July 2027 Amira will complete a 10-week work placement in a catering workplace, with support fading to none.",
            ),
            (
                "p",
                "Independent living: by April 2027 Amira will travel to college on the bus on her own.",
            ),
            (
                "p",
                "Friends and community: by July 2027 Amira will take part in one college club or activity each week.",
            ),
            (
                "p",
                "Good health: Amira will be able to name two things she can do when she feels anxious at college.",
            ),
            _yr("F", "F", "Special educational provision"),
            (
                "S",
                "F",
                "Westholme College will make the provision in the grid below, funded through the council's high needs top-up.",
            ),
            (
                "grid",
                [
                    ["Preparing for adulthood area", "Provision", "Who and how often"],
                    [
                        "Employment",
                        ("F", F3_LSA, True),
                        "Learning support assistant; all kitchen sessions, 12 hours a week",
                    ],
                    [
                        "Employment",
                        ("F", F3_VOCAB, True),
                        "Learning support tutor; 30 minutes a week",
                    ],
                    ["Employment", ("F", F3_MATHS, False), "Maths department, as timetabled"],
                    [
                        "Employment",
                        ("F", F3_EXAM, True),
                        "Exams office; every examination and practical assessment",
                    ],
                    [
                        "Employment",
                        ("F", F3_WORK, True),
                        "Westholme Supported Employment job coach; one day a week for 10 weeks from January 2027, job coach present for the first three weeks",
                    ],
                    ["Employment", ("F", F3_CAREERS, True), "Careers adviser; once each term"],
                    [
                        "Independent living",
                        ("F", F3_TRAVEL, False),
                        "Westholme Travel Training Team; as required",
                    ],
                    [
                        "Friends, relationships and community",
                        ("F", F3_CLUB, True),
                        "Enrichment team; one lunchtime a week, with the assistant for the first three weeks",
                    ],
                    ["Good health", ("F", F3_WELL, False), "College wellbeing team"],
                ],
                [0.22, 0.43, 0.35],
            ),
            _yr("G", "G", "Health provision"),
            (
                "S",
                "G",
                "Amira's GP will continue to review her anxiety, and the young people's mental health pathway will offer an assessment.",
            ),
            ("p", G3_SALT),
            _yr(
                "H1",
                "H1",
                "Social care provision under the Chronically Sick and Disabled Persons Act 1970",
            ),
            (
                "S",
                "H1",
                "Not applicable: Amira is over 18 at the end of this study programme and no provision is made under section 2.",
            ),
            _yr("H2", "H2", "Other social care provision"),
            ("S", "H2", "No social care provision is required this year."),
            _yr("I", "I", "Placement"),
            (
                "S",
                "I",
                "Westholme College (general further education college), Level 1 Hospitality and Catering study programme, 16 hours a week, September 2026 to July 2027.",
            ),
            _yr("J", "J", "Personal budget"),
            ("S", "J", "Amira has chosen not to have a personal budget."),
            _yr("K", "K", "Advice and information"),
            (
                "S",
                "K",
                "Learning support report (November 2026); careers guidance report (November 2026); annual review meeting notes (25 November 2026); Amira's own views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=LSM3,
            blocks=[
                ("org", "Westholme College - Learning Support"),
                ("title", "Annual review report: Amira Haddad-Jones"),
                (
                    "small",
                    "Written by Claire Benedetti, Learning Support Manager, with Amira's course tutor and learning support assistant. November 2026.",
                ),
                ("h", 2, "Progress this year"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Amira has achieved her Level 2 food hygiene certificate, and her tutor describes her practical work as careful and well presented.",
                            "strength and progress",
                        ),
                        (
                            "X",
                            "The difficulties with logging on to the college's online learning platform, raised at her first review, were resolved once she was given a printed guide.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 2, "What Amira still finds hard"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Her understanding of spoken instructions in practical sessions is inconsistent, particularly in the noisy training kitchen when several things are said at once.",
                            "communication_interaction",
                            B3_LANG,
                        ),
                        (
                            "N",
                            "She finds written assessment tasks very hard; her written answers are short and she does not expand on them even when prompted.",
                            "cognition_learning",
                            B3_LIT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Amira's functional maths is at Entry Level 2; she cannot yet weigh ingredients accurately or work out change.",
                            "cognition_learning",
                            None,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "She has periods of low mood and anxiety, and she missed most of November 2025 after a panic attack on the bus to college.",
                            "semh",
                            B3_MOOD,
                        ),
                        (
                            "N",
                            "Since then she has not been able to travel to college on her own and relies on her mother for lifts.",
                            "other",
                            B3_IND,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "She is often on her own at breaks and has said she finds it hard to join in when a group is talking.",
                            "communication_interaction",
                            B3_SOC,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Her attendance has improved from 71% last year to 88% this term.",
                            "progress",
                        ),
                        "Amira told us that the kitchen is her favourite part of the week.",
                    ],
                ),
                ("h", 2, "Support in place and what we recommend for 2026/27"),
                (
                    "p",
                    "The table shows the support Amira has had this year and what the college recommends for next year. Where support continues unchanged we have said so.",
                ),
                (
                    "grid",
                    [
                        ["Support", "This year", "Recommendation for 2026/27"],
                        [
                            "Learning support assistant in practical sessions",
                            "12 hours a week",
                            (
                                "R",
                                "Continue a learning support assistant in all practical kitchen sessions, 12 hours a week.",
                                "cognition_learning",
                                "specific",
                                F3_LSA,
                            ),
                        ],
                        [
                            "Vocabulary and recipe pre-teaching",
                            "Not in place",
                            (
                                "R",
                                "Pre-teach course vocabulary and recipes with a picture glossary for one hour a week with a learning support tutor.",
                                "communication_interaction",
                                "less",
                                F3_VOCAB,
                            ),
                        ],
                        [
                            "Functional maths",
                            "Whole-class, Entry Level",
                            (
                                "R",
                                "Functional maths in a group of no more than six, three hours a week, using practical catering tasks.",
                                "cognition_learning",
                                "not_specific",
                                F3_MATHS,
                            ),
                        ],
                        [
                            "Speech and language therapy",
                            "Assessment only",
                            (
                                "R",
                                "Six 45-minute sessions of direct therapy each term from the college's speech and language therapist, with a briefing for her teaching team in September.",
                                "communication_interaction",
                                "wrong_section",
                                G3_SALT,
                                {"section": "G"},
                            ),
                        ],
                        [
                            "Exam arrangements",
                            "Separate room",
                            (
                                "R",
                                "A separate room and supervised rest breaks for every examination and practical assessment.",
                                "semh",
                                "specific",
                                F3_EXAM,
                            ),
                        ],
                        [
                            "Wellbeing",
                            "Drop-in only",
                            (
                                "R",
                                "A 30-minute check-in with the college wellbeing practitioner every week, at a fixed time.",
                                "semh",
                                "not_specific",
                                F3_WELL,
                            ),
                        ],
                    ],
                    [0.3, 0.22, 0.48],
                ),
                (
                    "p",
                    "Claire Benedetti, Learning Support Manager, Westholme College, Quarry Lane, Westholme WQ2 5ZP. Telephone 01632 960781.",
                ),
            ],
        ),
        dict(
            file=CAR3,
            footer="Westholme Careers Service - careers guidance report - page {n} of {m}",
            blocks=[
                ("org", "Westholme Careers Service"),
                ("title", "Careers guidance report and post-16 action plan"),
                (
                    "small",
                    "Adviser: Sanjay Mehta, Level 6 Diploma in Career Guidance and Development. Guidance interview with Amira and her mother at Westholme College, 12 November 2026.",
                ),
                ("h", 2, "Amira's ideas about work"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Amira has a clear ambition to work in a cafe or hotel kitchen and spoke with real enthusiasm about the cakes she made for her cousin's wedding.",
                            "aspiration and strength",
                        ),
                        ("X", "She has no experience of a real workplace yet.", "background"),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "She finds it very hard to speak to unfamiliar adults, and in a mock interview she could not answer the first question and asked to stop.",
                            "communication_interaction",
                            None,
                        ),
                        (
                            "N",
                            "She does not yet know how to use a bus timetable or plan a route to a new place.",
                            "other",
                            B3_IND,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Amira's confidence drops sharply when plans change: when her work taster in October was cancelled she stayed at home for three days.",
                            "semh",
                            B3_MOOD,
                        )
                    ],
                ),
                ("h", 2, "Options we discussed"),
                (
                    "p",
                    [
                        (
                            "X",
                            "We talked about an apprenticeship, which Amira felt would be too much at this stage, and about a supported internship from September 2027, which she and her mother would like to apply for.",
                            "options considered, about a later placement",
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Amira's mother is worried about Amira travelling in the dark in winter and would like the family to be involved in any travel plan.",
                            "parental view",
                        )
                    ],
                ),
                ("h", 2, "Action plan"),
                (
                    "grid",
                    [
                        ["Action", "Outcome it will support", "By when"],
                        [
                            (
                                "R",
                                "A supported work placement in a commercial kitchen, one day a week for 10 weeks, with a job coach for the first three weeks.",
                                "other",
                                "specific",
                                F3_WORK,
                            ),
                            "Amira will have real workplace experience and can decide on a supported internship.",
                            "Start January 2027",
                        ],
                        [
                            (
                                "R",
                                "Travel training with a one-to-one travel trainer on the bus route to college, until she can travel on her own.",
                                "other",
                                "not_specific",
                                F3_TRAVEL,
                            ),
                            "Amira will travel to college and to her placement on her own.",
                            "Spring term 2027",
                        ],
                        [
                            (
                                "R",
                                "Three interview practice sessions with a familiar adult before supported internship applications open.",
                                "communication_interaction",
                                "missing_from_f",
                            ),
                            "Amira will answer simple interview questions with someone she does not know.",
                            "By March 2027",
                        ],
                        [
                            (
                                "R",
                                "A careers guidance meeting each term to review her pathway.",
                                "other",
                                "specific",
                                F3_CAREERS,
                            ),
                            "Amira and her family will have a clear plan for September 2027.",
                            "Termly",
                        ],
                        [
                            (
                                "R",
                                "Amira's mother could practise ordering in a cafe with her at weekends.",
                                "communication_interaction",
                                "not_educational",
                            ),
                            "Amira will feel more confident speaking to people she does not know.",
                            "Ongoing",
                        ],
                    ],
                    [0.45, 0.37, 0.18],
                ),
                ("p", "Sanjay Mehta, Careers Adviser, 19 November 2026. sanjay.mehta@example.org"),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalaq-04: Penmarrow Borough Council; Leah Drummond-Achebe, 16, selective mutism,
# moving from Year 11 into the school's sixth form. layout "letter-name-young-person-gloss":
# each heading is the letter, the statutory name and a gloss in the young person's own
# words in quotation marks. Section A ("in my own words") carries some of the provision,
# and one piece of it is nowhere in F. There is no section J.
# ---------------------------------------------------------------------------

B4_SM = "Leah has selective mutism: she speaks at home and to a few close friends but does not speak to adults or to most students at school."
B4_ANX = "Speaking situations make Leah very anxious; she may freeze, look down or leave the room."
B4_HELP = "She cannot ask for help in lessons and may not let staff know when she does not understand or is unwell."
B4_TRANS = "Changes of teacher, room and routine are especially hard for Leah."

F4_SLIDE = "A small-steps programme to help Leah speak to more people in school."
F4_NOASK = "Before the start of the autumn term 2027, all of Leah's teachers will be briefed by the SENCo not to ask her to answer, read aloud or present in front of others, and will accept written, typed or recorded answers."
F4_LUNCH = "A quiet room where Leah can eat lunch with a friend of her choice, every day."
F4_VISITS = "Two transition visits to the sixth form in the summer term 2027, with her keyworker, when the building is quiet."
F4_ORAL = "Where a course assesses speaking, Leah may submit a recording made at home or present to one familiar teacher only, as the exam board allows."
F4_KEY = "A named keyworker in the sixth form who will meet Leah for 20 minutes every week."
F4_EXIT = "An exit card that Leah can show to leave any lesson without speaking, going to the sixth form study room."
F4_PAST = "Support from the pastoral team as needed."
G4_SALT = "The NHS speech and language therapist will review Leah in school each half-term and update her programme."

SALT4 = "salt_report.docx"
STL4 = "specialist_teacher_transition_report.pdf"


def _gloss(sid: str, text: str) -> tuple:
    return ("H", sid, text, "h2")


CASE_04 = dict(
    name="case-evalaq-04",
    layout="letter-name-young-person-gloss",
    summary=(
        "Penmarrow Borough Council; Leah Drummond-Achebe, 16, Year 11 at St Aldhelm's Church of "
        "England School, moving into the school's sixth form (selective mutism, anxiety). Each "
        "heading is the letter, the statutory name and a gloss in Leah's words in quotation marks "
        '(B. Special educational needs - "what makes things harder for me"). Section A, in Leah\'s '
        "own words, carries some of the provision. There is no section J. NHS speech and language "
        "therapist's report; specialist teacher's transition report with reason and outcome columns."
    ),
    note="The written way of asking for help appears only in Leah's own words in Section A, not in F: missing_from_f. The lunch room is in F but the need behind it (not eating or using the toilet at school) is missing from B. The therapist's half-termly review in school, placed in G, is wrong_section.",
    plan=dict(
        file="plan.pdf",
        header="Penmarrow Borough Council | Education, Health and Care Plan",
        footer="Leah Drummond-Achebe | final plan | 2 December 2026 | page {n} of {m}",
        blocks=[
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Leah Drummond-Achebe"),
                    ("Date of birth", "11 April 2010"),
                    (
                        "School",
                        "St Aldhelm's Church of England School, Year 11; sixth form from September 2027",
                    ),
                    ("SEND officer", "Rhys Pengelly, 01632 960925"),
                ],
            ),
            _gloss("A", 'A. Views, interests and aspirations - "all about me, in my own words"'),
            (
                "S",
                "A",
                "I love reading, writing stories and drawing manga, and I want to study English and psychology in the sixth form and then go to university.",
            ),
            (
                "p",
                "Please don't make me talk in front of people. It doesn't mean I'm rude or that I don't know the answer.",
            ),
            (
                "p",
                "I will be able to email my tutor or put my help card on the desk when I'm stuck, and teachers will look out for the card.",
            ),
            ("p", "I would like to eat lunch somewhere quiet with Maya."),
            _gloss("B", 'B. Special educational needs - "what makes things harder for me"'),
            ("S", "B", B4_SM),
            ("p", B4_ANX),
            ("p", B4_HELP),
            ("p", B4_TRANS),
            _gloss("C", 'C. Health needs - "my health"'),
            (
                "S",
                "C",
                "Leah is known to the Penmarrow NHS speech and language therapy service; she has no other health needs.",
            ),
            _gloss("D", 'D. Social care needs - "help at home and outside school"'),
            ("S", "D", "Leah has no social care needs."),
            _gloss("E", 'E. Outcomes - "what I want to achieve"'),
            (
                "S",
                "E",
                "By July 2028 Leah will speak to at least two adults in the sixth form, starting with her keyworker.",
            ),
            (
                "p",
                "By the end of Year 12 Leah will let a teacher know when she needs help, in a way she chooses, in every subject.",
            ),
            _gloss("F", 'F. Special educational provision - "the help I will get"'),
            ("S", "F", "St Aldhelm's School will provide:"),
            (
                "bul",
                [
                    ("F", F4_NOASK, True),
                    ("F", F4_KEY, True),
                    ("F", F4_SLIDE, False),
                    ("F", F4_LUNCH, True),
                    ("F", F4_EXIT, True),
                    ("F", F4_ORAL, True),
                    ("F", F4_VISITS, True),
                    ("F", F4_PAST, False),
                ],
            ),
            _gloss("G", 'G. Health provision - "help from health services"'),
            ("S", "G", G4_SALT),
            _gloss(
                "H1",
                'H1. Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 - "care and support"',
            ),
            ("S", "H1", "None is required under section 2."),
            _gloss("H2", 'H2. Other social care provision - "other support"'),
            ("S", "H2", "No other social care provision is needed."),
            _gloss("I", 'I. Placement - "where I will study"'),
            (
                "S",
                "I",
                "St Aldhelm's Church of England School (voluntary aided), Year 11, then St Aldhelm's Sixth Form from September 2027.",
            ),
            _gloss("K", 'K. Advice and information - "who was asked"'),
            (
                "S",
                "K",
                "NHS speech and language therapy report (October 2026); specialist teacher transition report (November 2026); Leah's and her parents' views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=SALT4,
            blocks=[
                ("org", "Penmarrow Community Health - Children's Speech and Language Therapy"),
                ("title", "Speech and language therapy advice"),
                (
                    "kv",
                    [
                        ("Young person", "Leah Drummond-Achebe (16)"),
                        (
                            "Therapist",
                            "Fiona Trevithick, Specialist Speech and Language Therapist (selective mutism)",
                        ),
                        ("Seen", "At home on 2 October 2026 and at school on 9 October 2026"),
                    ],
                ),
                ("h", 2, "Background and assessment"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Her stammer, noted in Year 2, resolved without therapy.",
                            "resolved difficulty",
                        ),
                        (
                            "X",
                            "Leah's receptive and expressive language, assessed at home from recorded speech, are within the average range for her age.",
                            "test result",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Leah speaks freely at home and with two close friends, but she does not speak to any adult at school or to most of her classmates.",
                            "communication_interaction",
                            B4_SM,
                        ),
                        (
                            "X",
                            "She has made real progress since Year 9 and now whispers to her form tutor, Mrs Adeyemi, when they are on their own.",
                            "progress",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Her anxiety rises sharply whenever she is expected to speak, and she shows it by freezing, looking down and, at times, leaving the room.",
                            "semh",
                            B4_ANX,
                        ),
                        (
                            "N",
                            "Leah will not use the toilets or eat in the school canteen, because both mean being seen or heard by other students, and she often goes the whole school day without eating or drinking.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "She is unable to ask for help in lessons, and often sits with work she has not understood rather than signal that she is stuck.",
                            "communication_interaction",
                            B4_HELP,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Leah's parents describe a confident, funny girl at home who chats constantly with her younger brothers.",
                            "strength at home",
                        )
                    ],
                ),
                ("h", 2, "Advice"),
                (
                    "p",
                    "Selective mutism is an anxiety disorder, not a choice, and the research is clear that pressure to speak makes it worse while planned, gradual exposure with a trusted adult makes it better. The move into the sixth form is an opportunity, because Leah wants to succeed there, but only if her new teachers understand her from the first day.",
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "I recommend a sliding-in programme, led by a keyworker whom I will train, in three 15-minute sessions a week, to increase step by step the number of people Leah can talk to.",
                            "communication_interaction",
                            "not_specific",
                            F4_SLIDE,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "All of Leah's sixth form teachers should be told before September not to ask her to answer out loud, read aloud or present, and to accept written, typed or recorded responses.",
                            "communication_interaction",
                            "specific",
                            F4_NOASK,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Leah should have an agreed written way of asking for help in every lesson, such as a help card on her desk or a message to her tutor through the school's email system.",
                            "communication_interaction",
                            "missing_from_f",
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "I will review Leah in school each half-term and update the programme with her keyworker.",
                            "communication_interaction",
                            "wrong_section",
                            G4_SALT,
                            {"section": "G"},
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "She needs a quiet room at lunchtime where she can eat with a friend, every day.",
                            "semh",
                            "specific",
                            F4_LUNCH,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "At home, her parents should avoid answering for Leah when other people ask her questions, and instead give her time and accept a nod or a gesture.",
                            "communication_interaction",
                            "not_educational",
                        )
                    ],
                ),
                (
                    "p",
                    "Fiona Trevithick, Specialist Speech and Language Therapist, 21 October 2026. Telephone 01632 960864.",
                ),
            ],
        ),
        dict(
            file=STL4,
            footer="Penmarrow Inclusion Support Service - transition report - page {n} of {m}",
            blocks=[
                ("org", "Penmarrow Inclusion Support Service"),
                ("title", "Specialist teacher report: moving into the sixth form"),
                (
                    "small",
                    "Written by Joanne Kessell, Specialist Teacher for Social, Emotional and Mental Health, after observing Leah in three lessons and meeting her with her form tutor, November 2026.",
                ),
                ("h", 2, "Strengths"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Leah achieved grades 7 to 9 in her GCSE mock examinations and her written work is thoughtful and fluent.",
                            "strength",
                        ),
                        (
                            "X",
                            "She has a close group of three friends who are all staying on into the sixth form.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 2, "Barriers in the sixth form"),
                (
                    "p",
                    [
                        (
                            "N",
                            "The move to the sixth form will bring new subject teachers, larger mixed classes with students from other schools and far more group discussion, all of which are likely to raise Leah's anxiety.",
                            "semh",
                            B4_TRANS,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "In A level English and psychology much of the teaching and some assessment is by discussion and presentation, which Leah cannot take part in at present.",
                            "communication_interaction",
                            B4_SM,
                        ),
                        (
                            "N",
                            "She is slow to start written tasks, often taking ten minutes before she writes anything while she checks whether anyone is watching her.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Leah has no safe way to tell staff that she feels unwell or needs to leave a room.",
                            "communication_interaction",
                            B4_HELP,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "A move to Penmarrow Sixth Form College was discussed, but Leah and her parents prefer to stay at St Aldhelm's, where staff already know her, and I agree.",
                            "option considered and not recommended",
                        )
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Why", "What success will look like"],
                        [
                            (
                                "R",
                                "Four transition visits to the sixth form during the summer term, with her keyworker, at quiet times.",
                                "semh",
                                "less",
                                F4_VISITS,
                            ),
                            "New places are the trigger for her anxiety; familiarity lowers it.",
                            "Leah walks into her sixth form classrooms on the first day without help.",
                        ],
                        [
                            (
                                "R",
                                "Oral assessments adapted, for example recorded at home or given to one familiar teacher.",
                                "communication_interaction",
                                "specific",
                                F4_ORAL,
                            ),
                            "She should not lose marks because of an anxiety disorder.",
                            "Leah completes every assessed task in her courses.",
                        ],
                        [
                            (
                                "R",
                                "A named keyworker in the sixth form, meeting Leah for 20 minutes each week.",
                                "semh",
                                "specific",
                                F4_KEY,
                            ),
                            "One trusted adult is the base for all other progress.",
                            "Leah whispers or speaks to her keyworker by Easter 2028.",
                        ],
                        [
                            (
                                "R",
                                "An exit card so that she can leave any lesson without speaking.",
                                "semh",
                                "specific",
                                F4_EXIT,
                            ),
                            "Knowing she can leave lowers her anxiety, so she leaves less often.",
                            "Leah uses the card rather than walking out.",
                        ],
                    ],
                    [0.36, 0.32, 0.32],
                ),
                (
                    "p",
                    "Joanne Kessell, Specialist Teacher, 18 November 2026. joanne.kessell@example.org",
                ),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
