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
F1_SEAT = "Kacper will sit near the front in all lessons, where he can see the teacher and the board."
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
        "(\"This part describes Kacper's special educational needs\"). An independent speech and "
        "language therapist argues at length for more therapy; the Communication and Language "
        "Service's specialist teacher gives a recommendation table with a reason column."
    ),
    note="The daily check-in with the school's wellbeing mentor is delivered by school staff and is educational (SEMH) provision placed among health provision: wrong_section. The CAMHS pathway is health provision correctly placed.",
    plan=dict(
        file="plan.docx",
        footer="Calderbridge MBC - Education, Health and Care Plan - Kacper Wilde-Osei - FINAL",
        blocks=[
            ("org", "Calderbridge Metropolitan Borough Council"),
            ("small", "SEND Assessment and Review Service, Civic Offices, Calderbridge CQ3 8ZX. Telephone 01632 960214."),
            ("title", "Education, Health and Care Plan"),
            ("kv", [("Name", "Kacper Wilde-Osei"), ("Date of birth", "14 June 2012"), ("School", "Highfold Academy, Year 9"), ("Date of plan", "3 November 2026 (final)")]),
            _part("A", "This part records Kacper's views, interests and aspirations"),
            ("S", "A", "Kacper likes football, drawing cartoons and cooking with his dad, and he would like to be a chef or to work with animals."),
            ("p", "Kacper said: \"I hate it when teachers pick me to read out. I know the answer in my head but the words get stuck.\""),
            _part("B", "This part describes Kacper's special educational needs"),
            ("S", "B", B1_DLD),
            ("p", B1_VOCAB),
            ("p", B1_LIT),
            ("p", B1_SOC),
            ("p", B1_ANX),
            ("p", B1_ORG),
            _part("C", "This part describes Kacper's health needs which relate to his special educational needs"),
            ("S", "C", "Kacper is healthy. His hearing was tested in March 2026 and is within normal limits."),
            _part("D", "This part describes Kacper's social care needs which relate to his special educational needs or disability"),
            ("S", "D", "Kacper has no identified social care needs."),
            _part("E", "This part sets out the outcomes sought for Kacper"),
            ("S", "E", "By the end of Year 10 Kacper will follow a three-step instruction given to the whole class without needing it repeated."),
            ("p", "By the end of Year 11 Kacper will give a short spoken answer in a small group lesson when invited to."),
            ("p", "By July 2028 Kacper will record and hand in 90% of his homework on time."),
            _part("F", "This part specifies the special educational provision Kacper requires"),
            ("S", "F", "Highfold Academy will make the following provision, with the support of the Calderbridge Communication and Language Service."),
            ("bul", [("F", F1_SALT, True), ("F", F1_VOCAB, False), ("F", F1_TRAIN, True), ("F", F1_PLAN, True), ("F", F1_SEAT, True), ("F", F1_HW, False), ("F", F1_EARLY, True), ("F", F1_TALK, False), ("F", F1_EXAM, True)]),
            _part("G", "This part specifies any health provision reasonably required by Kacper's learning difficulties or disabilities"),
            ("S", "G", G1_CAMHS),
            ("p", G1_MENTOR),
            _part("H1", "This part specifies social care provision which must be made under section 2 of the Chronically Sick and Disabled Persons Act 1970"),
            ("S", "H1", "No provision is required under section 2 of the 1970 Act."),
            _part("H2", "This part specifies any other social care provision reasonably required"),
            ("S", "H2", "None identified at this time."),
            _part("I", "This part names the school Kacper will attend"),
            ("S", "I", "Highfold Academy (academy, mainstream, ages 11 to 18)."),
            _part("J", "This part describes any personal budget"),
            ("S", "J", "No personal budget has been requested."),
            _part("K", "This part lists the advice and information gathered during the assessment"),
            ("S", "K", "Independent speech and language therapy report (Ms N. Ferreira, September 2026); Communication and Language Service report (October 2026); educational psychology advice (July 2026); parental views."),
        ],
    ),
    reports=[
        dict(
            file=SALT1,
            footer="Nadia Ferreira, Independent Speech and Language Therapist - Kacper Wilde-Osei - page {n} of {m}",
            blocks=[
                ("org", "Nadia Ferreira Speech and Language Therapy"),
                ("small", "HCPC registered; member of the Royal College of Speech and Language Therapists. 4 Mill Lane, Calderbridge CQ9 1YY. nadia.ferreira@example.org"),
                ("title", "Independent speech and language therapy report"),
                ("small", "Prepared at the request of Kacper's parents for an appeal to the First-tier Tribunal (SEND). Assessed at school on 9 and 16 September 2026."),
                ("h", 2, "1. Background"),
                ("p", [("X", "Kacper was seen by the NHS speech and language therapy service between the ages of 4 and 7 and was discharged in 2019 with age-appropriate speech.", "history"), ("X", "His speech sound errors, noted at age 4, have fully resolved and his speech is clear.", "resolved difficulty")]),
                ("p", "His parents asked for this assessment because, in their words, Kacper \"has gone quiet\" since starting secondary school and his reports describe him as a young man who does not contribute in class."),
                ("h", 2, "2. Assessment results"),
                ("grid", [["Assessment", "Score", "Comment"], ["CELF-5UK Receptive Language Index", "72", "Very low range"], ["CELF-5UK Expressive Language Index", "76", "Low range"], ["Test of Word Finding (TWF-3)", "Standard score 74", "Slow and inaccurate naming"], ["Expressive narrative (retell)", "Below age level", "Few linking words; events out of order"]], [0.45, 0.2, 0.35]),
                ("p", [("X", "These scores place Kacper's receptive and expressive language more than one and a half standard deviations below the mean for his age, which is consistent with a developmental language disorder.", "test result and diagnosis")]),
                ("h", 2, "3. Kacper's language and communication needs"),
                ("p", [("N", "In class Kacper has particular difficulty following long, multi-part instructions given to the whole group, and he usually waits to copy what his neighbour does.", "communication_interaction", B1_DLD), ("N", "His knowledge of subject-specific vocabulary is very limited, and he did not know words such as 'evaluate', 'photosynthesis' and 'ratio' which are taught in Year 9 lessons.", "communication_interaction", B1_VOCAB)]),
                ("p", [("N", "Kacper's spoken and written explanations lack structure; he struggles to sequence events and to give reasons, and this is most evident in extended writing in English, history and geography.", "communication_interaction", None), ("N", "He shows marked word-finding difficulties, often saying 'that thing' or pausing for a long time when he cannot retrieve a word that he knows.", "communication_interaction", None)]),
                ("p", [("N", "Kacper often misreads sarcasm and figurative language used by his peers, which he told me has led to several fallings-out this year.", "communication_interaction", B1_SOC)]),
                ("p", [("N", "His anxiety about being asked to speak in front of the class is now significant, and he has begun to avoid lessons in which he expects to be asked to read aloud.", "semh", B1_ANX), ("X", "I should say that in a one-to-one setting Kacper was warm, humorous and persistent, and he worked hard throughout both sessions.", "strength")]),
                ("h", 2, "4. Why the current provision is not enough"),
                ("p", "The school has, quite properly, used the strategies in the Communication and Language Service's earlier advice, and Kacper's teachers speak warmly of him. However, strategies of this kind are designed to make lessons accessible; they do not, on their own, remediate a language disorder of this severity. Without direct intervention from a therapist, the research on adolescent DLD suggests that the gap between Kacper and his peers will widen as the language demands of the GCSE curriculum increase, and that his anxiety, which I consider to be in large part a consequence of repeated communication failure, is likely to grow."),
                ("p", [("X", "A programme written by a therapist and delivered entirely by a teaching assistant has been tried since January 2026 and Kacper's scores have not changed.", "comment on support already in place"), "In my opinion, a programme without direct therapy is not a sufficient response at this stage."]),
                ("p", [("X", "I considered whether a specialist language resource base would be more appropriate but, on balance, I do not recommend a change of school at this point, as Kacper is settled and has good friendships at Highfold.", "option considered and not recommended")]),
                ("h", 2, "5. Recommendations"),
                ("p", [("R", "Kacper requires direct speech and language therapy from a qualified speech and language therapist with experience of adolescents with DLD, in a block of 12 weekly 45-minute sessions each term, with a review of progress at the end of each block.", "communication_interaction", "less", F1_SALT)]),
                ("p", [("R", "Pre-teaching of key subject vocabulary, using a consistent approach such as word maps, should take place in small group sessions of 20 minutes three times a week, led by a teaching assistant trained by the therapist.", "communication_interaction", "not_specific", F1_VOCAB)]),
                ("p", [("R", "All of Kacper's subject teachers should receive training from the speech and language therapist on the nature of DLD and on classroom strategies, within the first half-term of the plan, with a refresher each September.", "communication_interaction", "specific", F1_TRAIN)]),
                ("p", [("R", "Kacper would benefit from a structured narrative intervention, in a small group of no more than four, for 30 minutes twice a week, to help him plan and sequence spoken and written explanations.", "communication_interaction", "missing_from_f")]),
                ("p", [("R", "I would also recommend that Kacper be assessed for examination access arrangements, in particular a reader and extra time, well before his GCSE examinations.", "cognition_learning", "specific", F1_EXAM)]),
                ("p", [("R", "At home, the family may find it helpful to talk through the next day's timetable at the evening meal, so that Kacper knows which lessons are coming.", "communication_interaction", "not_educational")]),
                ("p", "Nadia Ferreira, BSc (Hons) Speech and Language Therapy, 28 September 2026."),
            ],
        ),
        dict(
            file=STL1,
            blocks=[
                ("org", "Calderbridge Communication and Language Service"),
                ("title", "Specialist teacher report"),
                ("kv", [("Young person", "Kacper Wilde-Osei, Year 9, Highfold Academy"), ("Specialist teacher", "Mr Owen Pritchard, Advisory Teacher for Speech, Language and Communication Needs"), ("Observed", "Science, English and a tutor period, 7 October 2026")]),
                ("h", 2, "Observation and assessment"),
                ("p", [("X", "Kacper arrived on time, was well equipped for science and settled quickly to the starter activity.", "observation, strength"), ("N", "His reading comprehension is at about the level expected of a 10-year-old, although he decodes accurately and reads fluently.", "cognition_learning", B1_LIT)]),
                ("p", [("N", "Kacper has difficulty holding spoken information in mind, and in science he lost track of what he had been asked to do part-way through the practical.", "cognition_learning", None), ("N", "He finds it hard to organise his equipment and homework, and in the summer term he missed a third of his homework deadlines.", "cognition_learning", B1_ORG)]),
                ("p", [("N", "Staff report that he becomes visibly anxious at lesson changes and in the crowded corridors at break and lunch.", "semh", B1_ANX)]),
                ("h", 2, "Support already in place"),
                ("grid", [["Support", "Since", "Comment"], [("X", "Lexia reading programme, three 20-minute sessions a week", "support already in place"), "January 2026", "Decoding now secure"], ["Homework club on Tuesdays", "September 2026", "Attends most weeks"]], [0.5, 0.2, 0.3]),
                ("h", 2, "Recommendations"),
                ("grid", [
                    ["Recommendation", "Reason", "Who and how often"],
                    [("R", "Visual task planners breaking each task into numbered steps.", "cognition_learning", "specific", F1_PLAN), "Reduces the load on his working memory and lets him check what to do next without asking.", "Subject teachers, every lesson"],
                    [("R", "A named key adult to check in with Kacper for 10 minutes at the start of each day.", "semh", "wrong_section", G1_MENTOR, {"section": "G"}), "Gives him a predictable adult to raise worries with before lessons start.", "Pastoral mentor, daily"],
                    [("R", "Homework to be written into his planner by staff and checked with him by his tutor.", "cognition_learning", "not_specific", F1_HW), "He does not reliably hear or record homework set verbally at the end of lessons.", "Subject teachers each lesson; tutor every Friday"],
                    [("R", "Leave each lesson five minutes early to avoid the crowded corridors.", "semh", "specific", F1_EARLY), "Lesson changes are the point at which his anxiety is highest.", "All staff; pass held by Kacper"],
                ], [0.38, 0.37, 0.25]),
                ("p", "Owen Pritchard, Advisory Teacher, 14 October 2026. Telephone 01632 960377."),
            ],
        ),
    ],
)
CASES = [CASE_01]
