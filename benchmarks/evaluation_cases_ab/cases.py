# ruff: noqa: E501
"""Set AB as data: children whose first language is not English, newly arrived families, a
Roma family and a child with profound and multiple learning difficulties in a special
school. Reports written with interpreters, reports that separate learning English as an
additional language (not a special educational need) from a learning or language
difficulty, summaries of assessments made abroad, non-verbal and dynamic assessment, a
speech and language assessment in the home language, a Gypsy, Roma and Traveller education
service note, and a physiotherapist's and a multi-sensory impairment teacher's advice.

Four plan layouts no earlier set has: a language panel before Section A, headings in the
child's name ("Zofia's special educational needs"), a translated summary for the family
after Section K, and sections grouped under themed headings with lettered subheadings.

Every name, council, school, service and professional is invented. Postcodes use areas
that do not exist and phone numbers are in the 01632 960xxx range. Markers are those of
evaluation_kit.dataset.
"""

# ---------------------------------------------------------------------------
# case-evalab-01: Harnley Vale Metropolitan Borough Council; Farid Ahmadzai, 9, Year 4,
# Dari speaker, arrived 18 months ago. layout "language-panel-first": a boxed panel about
# the family's language and interpreting needs comes before Section A; headings are
# "Section B - Special educational needs" in bold.
# ---------------------------------------------------------------------------

B1_WM = "Farid has difficulties with working memory, which affect how much new information he can hold in mind at once."
B1_REP = "He needs a great deal of repetition to learn new skills and does not easily apply a strategy he has learnt to a new task."
B1_LIT = "Farid's literacy and numeracy skills are well below those expected for his age, including letter sounds and early number."
B1_ANX = "Farid becomes anxious and may leave the classroom when he does not understand what is happening."
B1_SEQ = "He has difficulty sequencing and retelling events, in Dari as well as in English."

F1_PT = "Precision teaching for number and high-frequency words, 10 minutes a day in a small group, delivered by a trained teaching assistant."
F1_PRE = "Pre-teaching of key vocabulary and concepts before new topics, once a week for 15 minutes."
F1_KEY = "Access to a key adult as required."
F1_EAL = "EAL small-group teaching three times a week for 30 minutes, with dual-language key word lists in Dari and English."
F1_TRAIN = "Training for all staff who teach Farid from the Ethnic Minority Achievement Service, on telling the difference between learning English and special educational needs and on trauma-informed practice, by the end of the spring term 2027."
F1_BIL = "Bilingual support in Dari from the school's bilingual teaching assistant for 30 minutes a week."
F1_VIS = "A personal visual timetable on Farid's desk, with picture prompts for the classroom routines, checked with him at the start of each lesson."
F1_DIFF = "Differentiated work across the curriculum."
F1_PEER = "Opportunities to work with supportive peers."
G1_ELSA = "Farid will have a weekly 30-minute session with the school's Emotional Literacy Support Assistant, using the picture-based feelings programme, for at least two terms."

EP1 = "ep_report.pdf"
EMAS1 = "emas_advice.docx"


def _sec1(sid: str, text: str) -> tuple:
    return ("H", sid, text, "b")


CASE_01 = dict(
    name="case-evalab-01",
    layout="language-panel-first",
    summary=(
        "Harnley Vale Metropolitan Borough Council; Farid Ahmadzai, 9, Year 4 at Castlegate Primary "
        "School, newly arrived from Afghanistan, Dari speaker (working memory, literacy and number, "
        "anxiety). The plan opens with a boxed panel on the family's language and interpreting needs "
        'before Section A; headings are bold lines "Section B - Special educational needs". '
        "EP report using non-verbal and dynamic assessment with a Dari interpreter; Ethnic Minority "
        "Achievement Service advice separating EAL from SEN."
    ),
    note="The panel before Section A (language, interpreter, translated documents) is not a section. The ELSA sessions in G are educational provision in the wrong section.",
    plan=dict(
        file="plan.pdf",
        header="Harnley Vale MBC - Education, Health and Care Plan - OFFICIAL SENSITIVE",
        footer="Farid Ahmadzai - Final EHC plan - 16 November 2026 - page {n} of {m}",
        blocks=[
            ("org", "Harnley Vale Metropolitan Borough Council - SEND Assessment and Review Team"),
            ("title", "Education, Health and Care Plan: Farid Ahmadzai"),
            ("small", "Date of birth: 14 June 2017   NHS number: withheld   Final plan issued: 16 November 2026"),
            ("b", "Language and communication with the family"),
            (
                "kv",
                [
                    ("Child's first language", "Dari (also understands some Pashto)"),
                    ("Parents' preferred language", "Dari; Mr Ahmadzai reads English a little, Mrs Ahmadzai does not read English"),
                    ("Interpreter needed for meetings", "Yes - face-to-face Dari interpreter, booked by the SEND team"),
                    ("Translated documents", "Summary of this plan translated into Dari and sent with the English plan"),
                    ("EAL stage (Bell Foundation)", "C - Developing competence"),
                ],
            ),
            _sec1("A", "Section A - The views, interests and aspirations of Farid and his parents"),
            ("S", "A", "Farid told the interpreter that he likes football, drawing cars and playing with his cousin Omid at the weekend."),
            ("p", "His parents want him to learn to read and write well in English and in Dari, and hope he will be an engineer like his grandfather."),
            _sec1("B", "Section B - Special educational needs"),
            ("S", "B", "Farid's first language is Dari and he has been learning English for 18 months; learning English is not in itself a special educational need, and the needs below are those that advice shows are present in both of his languages."),
            ("b", "Cognition and learning"),
            ("p", [B1_WM, B1_REP]),
            ("p", B1_LIT),
            ("b", "Communication and interaction"),
            ("p", B1_SEQ),
            ("b", "Social, emotional and mental health"),
            ("p", B1_ANX),
            _sec1("C", "Section C - Health needs which relate to special educational needs"),
            ("S", "C", "Farid's hearing and vision were checked by the school nurse in May 2025 and are normal; he has no diagnosed health condition."),
            _sec1("D", "Section D - Social care needs which relate to special educational needs"),
            ("S", "D", "The family is supported by the council's refugee resettlement team; no social care needs relating to Farid's special educational needs have been identified."),
            _sec1("E", "Section E - Outcomes"),
            ("S", "E", "By July 2027 Farid will read and write the 100 most common English words and know all Phase 3 letter sounds."),
            ("p", "By July 2027 Farid will tell an adult when he does not understand, in Dari or English, instead of leaving the room."),
            ("p", "By the end of Year 5 Farid will count, compare and add numbers to 20 using apparatus."),
            _sec1("F", "Section F - Special educational provision"),
            ("S", "F", "The following provision will be made by Castlegate Primary School, funded from the school's notional SEN budget and top-up funding at band 3."),
            ("b", "Cognition and learning"),
            ("bul", [("F", F1_PT, True), ("F", F1_PRE, True), ("F", F1_DIFF, False)]),
            ("b", "Communication and language"),
            ("bul", [("F", F1_EAL, True), ("F", F1_BIL, True), ("F", F1_VIS, True)]),
            ("b", "Social, emotional and mental health"),
            ("bul", [("F", F1_KEY, False), ("F", F1_PEER, False)]),
            ("b", "Staff training"),
            ("bul", [("F", F1_TRAIN, True)]),
            _sec1("G", "Section G - Health provision"),
            ("S", "G", G1_ELSA),
            ("p", "Farid's GP will refer him to the community paediatrician if new health concerns arise."),
            _sec1("H1", "Section H1 - Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970"),
            ("S", "H1", "None identified."),
            _sec1("H2", "Section H2 - Any other social care provision"),
            ("S", "H2", "None identified at this time."),
            _sec1("I", "Section I - Placement"),
            ("S", "I", "Castlegate Primary School, Harnley Road, Harnley Vale HF9 2QZ (mainstream community primary school)."),
            _sec1("J", "Section J - Personal budget"),
            ("S", "J", "A personal budget was explained to Mr Ahmadzai through the interpreter; the family has not requested one."),
            _sec1("K", "Section K - Advice and information"),
            ("S", "K", "Educational psychology advice, Dr Lydia Brannigan (September 2026); Ethnic Minority Achievement Service advice, Ms Nasrin Qaderi (September 2026); school advice (September 2026); school nurse advice (August 2026)."),
        ],
    ),
    reports=[
        dict(
            file=EP1,
            header="Harnley Vale Educational Psychology Service",
            footer="Psychological advice - Farid Ahmadzai - CONFIDENTIAL - page {n} of {m}",
            blocks=[
                ("title", "Psychological advice for an EHC needs assessment"),
                ("kv", [
                    ("Name", "Farid Ahmadzai (date of birth 14 June 2017)"),
                    ("School", "Castlegate Primary School, Year 4"),
                    ("Educational psychologist", "Dr Lydia Brannigan, Senior Educational Psychologist"),
                    ("Interpreter", "Mr Hamid Rahimi (Dari)"),
                    ("Dates seen", "8 and 15 September 2026"),
                ]),
                ("h", 2, "1. Background"),
                ("p", [
                    ("X", "Farid arrived in the UK with his parents and two younger sisters in March 2025, after two years in Pakistan.", "history"),
                    ("X", "School records from Peshawar, translated for the school, show that Farid attended a community school for about a year, where he was taught in Pashto and Urdu, and that no concerns about his learning were recorded there.", "summary of earlier schooling abroad"),
                ]),
                ("p", "Mr Ahmadzai said that Farid talked later than his sisters, but the family had no access to health checks at the time and there are no records of his early development."),
                ("p", [
                    ("X", "The assessment was carried out with Mr Rahimi present throughout; Farid chose to answer mostly in Dari and switched to English for numbers and school words.", "assessment process"),
                ]),
                ("h", 2, "2. Why I used non-verbal and dynamic assessment"),
                ("p", [
                    ("X", "Standardised tests normed on children who have grown up speaking English would underestimate Farid's ability, so I used non-verbal tasks and a test-teach-retest (dynamic) approach, which shows how he learns when he is taught rather than only what he already knows.", "method, argued"),
                    ("X", "It is important to say that a difficulty in learning English is not, on its own, a special educational need, and the school was right to put EAL support in place first.", "argument about the law, not a need"),
                ]),
                ("h", 2, "3. What the assessment showed"),
                ("p", [
                    ("X", "On the Raven's Coloured Progressive Matrices his score fell at the 9th centile, which must be read with caution because the norms were not gathered on children with his background.", "test result"),
                ]),
                ("p", [
                    ("N", "Farid's working memory is a significant weakness: on the non-verbal sequencing tasks he could hold only two items in mind, where most children of his age hold four or five.", "cognition_learning", B1_WM),
                    ("N", "During the mediated learning sessions he needed the same strategy modelled many times before he used it, and he did not carry a strategy over from one task to a very similar one the following week.", "cognition_learning", B1_REP),
                ]),
                ("p", [
                    ("N", "His early number skills are well below what would be expected for his age, even on tasks that need no English: he cannot yet reliably say which of two groups of up to ten objects has more.", "cognition_learning", B1_LIT),
                    ("X", "He responded well to praise and to concrete apparatus, and his effort did not fade across either session.", "strength"),
                ]),
                ("p", [
                    ("N", "Farid's fine motor control is weak: his pencil grip is immature, and his letters are large, poorly formed and often reversed.", "sensory_physical", None),
                ]),
                ("h", 2, "4. Emotional well-being"),
                ("p", [
                    ("N", "School report that Farid is highly anxious when he cannot follow what is happening, and at these times he has hidden under tables or walked out of the classroom.", "semh", B1_ANX),
                    ("N", "Mr Ahmadzai described nightmares and a strong startle response to sudden loud noises, which in my view may be linked to Farid's experiences before arriving in the UK and which affect his readiness to learn in a busy classroom.", "semh", None),
                ]),
                ("p", "I have not found evidence that Farid's difficulties in school arise from behaviour he chooses; when he is calm and understands the task he works hard."),
                ("h", 2, "5. Summary and recommendations"),
                ("p", "In my view Farid has a learning difficulty that is present in his first language as well as in English and is not explained by his stage of learning English or by his interrupted schooling alone."),
                ("bul", [
                    ("R", "Farid should have a daily small-group precision teaching session of 10 minutes for number and for high-frequency words, delivered by a trained teaching assistant.", "cognition_learning", "specific", F1_PT),
                    ("R", "New learning should be broken into small steps with plenty of overlearning, and he will need a pre-teaching session of 15 minutes before new work in mathematics and topic, three times a week.", "cognition_learning", "less", F1_PRE),
                    ("R", "A trauma-informed key adult whom Farid can go to when he is frightened, with a five-minute check-in at the start of every school day and a named place to go to calm down.", "semh", "not_specific", F1_KEY),
                    ("R", "Farid should have a weekly 30-minute session with the school's ELSA, using a picture-based emotions programme, for at least two terms.", "semh", "wrong_section", G1_ELSA, {"section": "G"}),
                    ("R", "I recommend a further dynamic assessment by the educational psychologist in the summer term 2027, to check how Farid has responded to the teaching above and to revise the advice.", "cognition_learning", "missing_from_f"),
                    ("R", "Mr Ahmadzai was encouraged to keep reading and telling stories with Farid in Dari at home, since a strong home language supports the learning of English.", "communication_interaction", "not_educational"),
                ]),
                ("p", "Dr Lydia Brannigan, Senior Educational Psychologist (HCPC registered). Telephone 01632 960233."),
            ],
        ),
        dict(
            file=EMAS1,
            blocks=[
                ("org", "Harnley Vale Ethnic Minority Achievement Service (EMAS)"),
                ("title", "Advice on English as an additional language"),
                ("kv", [
                    ("Pupil", "Farid Ahmadzai, Year 4, Castlegate Primary School"),
                    ("Home languages", "Dari (first language), some Pashto and Urdu"),
                    ("Advice written by", "Ms Nasrin Qaderi, EAL and New Arrivals Consultant Teacher"),
                    ("Date", "22 September 2026"),
                ]),
                ("h", 2, "Progress in English"),
                ("p", [
                    ("X", "Farid joined Castlegate Primary in April 2025 at the very early stage of English (Bell Foundation band A) and is now at band C, Developing competence.", "progress in English"),
                    ("X", "This rate of progress in English is within the range we would expect and does not, of itself, suggest a learning difficulty.", "argued: EAL is not SEN"),
                ]),
                ("p", "His conversational English in the playground is now good, and he can follow familiar class routines without help."),
                ("h", 2, "Assessment in Dari"),
                ("p", [
                    ("X", "I assessed Farid's first language with our Dari-speaking bilingual assistant, using a picture sequence and a short story retell.", "method"),
                    ("N", "However, in both Dari and English Farid had difficulty retelling a simple four-picture sequence in order, which suggests a difficulty that is not explained by his stage of learning English.", "communication_interaction", B1_SEQ),
                ]),
                ("p", [
                    ("N", "He finds it very hard to learn letter-sound links and, after 18 months of daily phonics teaching, knows 12 of the 31 sounds taught in Phases 2 and 3.", "cognition_learning", B1_LIT),
                    ("N", "Farid rarely asks for help and will copy from the child next to him rather than say that he does not understand.", "communication_interaction", None),
                ]),
                ("h", 2, "Support in place"),
                ("table", [
                    ["Support", "Since", "Our comment"],
                    ["EAL new-arrivals group, 4 x 30 minutes a week", "April 2025", "Now reduced to 3 sessions as his English has grown"],
                    ["Dari-speaking buddy in class", "April 2025", "Works well; Farid relies on him"],
                    ["Dual-language picture dictionary", "September 2025", "Used daily"],
                ], {"widths": [0.45, 0.2, 0.35]}),
                ("h", 2, "Our advice"),
                ("p", [
                    ("R", "Farid should continue to have EAL support in a small group for 30 minutes three times a week, using visuals and dual-language key word lists.", "communication_interaction", "specific", F1_EAL),
                    ("R", "A visual timetable on his desk and picture prompts for routines would reduce his anxiety at changes in the day.", "communication_interaction", "specific", F1_VIS),
                ]),
                ("p", [
                    ("R", "He should have Dari-speaking bilingual support for at least one hour a week, so that he can check his understanding of new concepts in his first language.", "communication_interaction", "less", F1_BIL),
                ]),
                ("p", [
                    ("R", "All staff who teach Farid should receive training from EMAS on telling EAL apart from SEN and on trauma-informed practice, within the first two terms of the plan.", "cognition_learning", "specific", F1_TRAIN),
                    ("X", "We also ask that the family receive the plan and each review report in Dari, and that an interpreter is booked for every meeting.", "about how the council communicates with the family, not provision for the child"),
                ]),
                ("p", "Ms Nasrin Qaderi, EMAS, Harnley Vale Civic Centre. Telephone 01632 960241; emas@harnleyvale.example.org"),
            ],
        ),
    ],
)
CASES = [CASE_01]
