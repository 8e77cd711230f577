# ruff: noqa: E501
"""Set AM as data: children aged 8 to 15 with dyslexia, dyspraxia (developmental
coordination disorder) and hearing impairment in mainstream junior and secondary schools.
No plan letters its sections: each names them in a different way (bold names ending with a
colon, sentence-case shaded bands, a heading with its legal basis on a small line below, and
headings opened by an arrow glyph). Section F is a provision table with "Frequency", "Group
size" and "Delivered by" columns.

Every name, council, school, service and professional is invented. Postcodes use areas
that do not exist and phone numbers are in the 01632 960xxx range. Markers are those of
evaluation_kit.dataset.
"""

F_HEAD = ["Provision", "Frequency", "Group size", "Delivered by"]
F_WIDTHS = [0.43, 0.19, 0.14, 0.24]


def _ftable(rows: list) -> tuple:
    """Section F as a table: the Provision cell is the provision, the row makes it specific."""
    return ("grid", [F_HEAD, *rows], F_WIDTHS)


# ---------------------------------------------------------------------------
# case-evalam-01: Kestonbridge County Council; Oliver Brannigan, 9, Year 4, dyslexia
# layout "colon-terminated-bold-names": each section named in a bold paragraph that ends
# with a colon ("Special educational needs:"), no letters.
# ---------------------------------------------------------------------------

B1_LIT = "Oliver has dyslexia, with significant difficulties in reading accuracy and spelling."
B1_PHON = (
    "His phonological processing is weak and he finds it hard to blend and break up longer words."
)
B1_SPEED = "Oliver reads slowly and tires quickly when he has to read for any length of time."
B1_WM = "He has difficulties with working memory and struggles to follow instructions with several steps."
B1_SELF = (
    "Oliver has become anxious about reading aloud, and his confidence as a learner has dropped."
)

F1_LIT = "A structured, multisensory literacy programme"
F1_PT = "Precision teaching of high-frequency words"
F1_ACCESS = "Access arrangements in tests where appropriate."
F1_VOCAB = "Pre-teaching of the key vocabulary for each new science and history topic"
F1_FRAME = "A writing frame and a topic word mat for every piece of extended writing"
F1_CHECK = "A check-in with his named adult about how reading is going"
F1_ESTEEM = "Support to build his self-esteem."

TEACH1 = "dyslexia_report.pdf"
SENCO1 = "senco_report.docx"


def _colon(sid: str, name: str) -> tuple:
    """A section named in a bold paragraph ending with a colon."""
    return ("H", sid, name + ":", "b")


CASE_01 = dict(
    name="case-evalam-01",
    layout="colon-terminated-bold-names",
    summary=(
        "Kestonbridge County Council; Oliver Brannigan, 9, Year 4 at Ashgrove Junior School, a "
        "mainstream junior school (dyslexia, working memory, reading anxiety). Sections are named in "
        'bold paragraphs ending with a colon ("Special educational needs:"), with no letters; F is a '
        "table with Frequency, Group size and Delivered by columns. Specialist dyslexia teacher's "
        "report; SENCo's report with a table of support in place."
    ),
    note="Headings are the bold names ending with a colon. In F the Provision cell is the provision's text; specificity is judged on the whole row. Handwriting and organising written ideas are missing from B.",
    plan=dict(
        file="plan.docx",
        footer="Kestonbridge County Council - Education, Health and Care Plan - Oliver Brannigan - FINAL",
        blocks=[
            ("org", "Kestonbridge County Council - SEND Assessment and Planning Team"),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Oliver Brannigan   Date of birth: 14 June 2017   Final plan issued: 2 November 2026   Ref: KCC/EHC/40917",
            ),
            _colon("A", "The views, interests and aspirations of Oliver and his parents"),
            ("S", "A", "Oliver likes science, Lego and building dens with his older brother."),
            (
                "p",
                "He says he wants 'to read Harry Potter on my own'. His parents want him to feel clever again and to leave junior school able to read for pleasure.",
            ),
            _colon("B", "Special educational needs"),
            ("S", "B", B1_LIT),
            ("bul", [B1_PHON, B1_SPEED, B1_WM, B1_SELF]),
            _colon("C", "Health needs related to Oliver's special educational needs"),
            (
                "S",
                "C",
                "Oliver's hearing and vision were checked in 2025 and are within normal limits. He has no health needs related to his SEN.",
            ),
            _colon("D", "Social care needs related to Oliver's SEN or disability"),
            ("S", "D", "Oliver does not have social care needs arising from his SEN."),
            _colon("E", "Outcomes"),
            (
                "S",
                "E",
                "By the end of Year 5 Oliver will read a book at his chronological age with 95% accuracy.",
            ),
            (
                "p",
                "By the end of Year 6 Oliver will spell the Year 3 and 4 statutory word list with 80% accuracy.",
            ),
            _colon("F", "Special educational provision"),
            (
                "S",
                "F",
                "Ashgrove Junior School will make the following provision, overseen by the SENCo.",
            ),
            _ftable(
                [
                    [
                        ("F", F1_LIT, True),
                        "Two 30-minute sessions each week",
                        "One to one",
                        "Teacher holding a specialist dyslexia qualification (Level 5 or above)",
                    ],
                    [
                        ("F", F1_PT, True),
                        "10 minutes every school day",
                        "One to one",
                        "Trained teaching assistant",
                    ],
                    [
                        ("F", F1_VOCAB, True),
                        "20 minutes each week",
                        "Up to four pupils",
                        "Class teaching assistant",
                    ],
                    [
                        ("F", F1_FRAME, True),
                        "Every extended writing task",
                        "Whole class",
                        "Class teacher",
                    ],
                    [
                        ("F", F1_CHECK, True),
                        "10 minutes each week",
                        "One to one",
                        "Named adult (class teaching assistant)",
                    ],
                    [("F", F1_ACCESS, False), "", "", ""],
                    [("F", F1_ESTEEM, False), "As needed", "", "School staff"],
                ]
            ),
            _colon("G", "Health provision"),
            ("S", "G", "No health provision is required."),
            _colon(
                "H1",
                "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("S", "H1", "No provision under section 2 of the 1970 Act is required."),
            _colon("H2", "Other social care provision"),
            ("S", "H2", "No other social care provision is required."),
            _colon("I", "Placement"),
            (
                "S",
                "I",
                "Ashgrove Junior School, Foundry Lane, Kestonbridge HF7 2QA (mainstream, maintained).",
            ),
            _colon("J", "Personal budget"),
            ("S", "J", "A personal budget has not been requested."),
            _colon("K", "Advice and information"),
            (
                "S",
                "K",
                "Specialist dyslexia teacher's report (September 2026); SENCo report (September 2026); parental advice (August 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=TEACH1,
            footer="Kestonbridge Specialist Teaching Service - confidential - page {n} of {m}",
            blocks=[
                ("org", "Kestonbridge Specialist Teaching Service - Literacy and Dyslexia"),
                ("title", "Specialist assessment report: Oliver Brannigan"),
                (
                    "small",
                    "Assessed at Ashgrove Junior School on 15 and 22 September 2026 by Hannah Greaves, MA SpLD, AMBDA. Year 4, age 9 years 3 months.",
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Mrs Brannigan reported that Oliver's father and uncle both found reading difficult at school.",
                            "family history",
                        ),
                        (
                            "X",
                            "Oliver was on the school's phonics catch-up group through Years 2 and 3, and passed the phonics screening check at the second attempt.",
                            "history",
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "Oliver told me that he likes science and Lego but that 'reading makes my head go fuzzy'.",
                        "child's voice",
                    ),
                ),
                ("h", 2, "Assessment findings"),
                (
                    "grid",
                    [
                        ["Test", "Standard score", "Comment"],
                        ["Single word reading (WRAT-5)", "76", "Well below average"],
                        ["Spelling (WRAT-5)", "72", "Well below average"],
                        ["Phonological processing (PhAB-2)", "74 to 82", "Below average"],
                        ["Verbal reasoning (BPVS-3)", "104", "Average"],
                    ],
                    [0.45, 0.2, 0.35],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Oliver's understanding of spoken vocabulary is within the average range and is a real strength.",
                            "strength",
                        ),
                        (
                            "N",
                            "When reading single words, Oliver guesses from the first letter and decodes unfamiliar words very slowly and inaccurately.",
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
                            "He cannot reliably break words of more than two syllables into their sounds, and he loses the order of sounds when blending.",
                            "cognition_learning",
                            B1_PHON,
                        ),
                        (
                            "N",
                            "His reading rate is around half that expected for his age, and he loses the meaning of a passage while he labours over the words.",
                            "cognition_learning",
                            B1_SPEED,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Oliver's handwriting is slow and poorly formed, and he cannot keep up when copying from the board.",
                            "sensory_physical",
                            None,
                        ),
                        (
                            "N",
                            "He holds only short instructions in mind and often forgets the second part of what he has been told.",
                            "cognition_learning",
                            B1_WM,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "I tried a range of coloured overlays, but Oliver's reading rate did not change with any of them, and I do not recommend their use.",
                        "option considered and not recommended",
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "num",
                    [
                        (
                            "R",
                            "Oliver should receive a structured, multisensory literacy programme delivered one to one by a specialist-trained teacher for three 30-minute sessions a week.",
                            "cognition_learning",
                            "less",
                            F1_LIT,
                        ),
                        (
                            "R",
                            "He would benefit from daily precision teaching of high-frequency words for 10 minutes with a trained teaching assistant.",
                            "cognition_learning",
                            "specific",
                            F1_PT,
                        ),
                        (
                            "R",
                            "I recommend that Oliver has a reader and 25% extra time in all tests and assessments.",
                            "cognition_learning",
                            "not_specific",
                            F1_ACCESS,
                        ),
                        (
                            "R",
                            "A touch-typing programme should be started and practised for 15 minutes three times a week, so that typing can take over from handwriting for longer pieces.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "At home, paired reading for 10 minutes at bedtime, with his parents reading the harder words, would help keep reading enjoyable.",
                            "cognition_learning",
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "p",
                    "Taken together, these results show a specific difficulty with the sound structure of words set against good verbal reasoning, the profile usually described as dyslexic. Without the right teaching the gap between Oliver's understanding and his reading is likely to widen as the texts in Years 5 and 6 become longer, and there is a real risk that his reluctance to read will harden into avoidance.",
                ),
                (
                    "p",
                    "Hannah Greaves, Specialist Teacher (SpLD), 29 September 2026. Telephone 01632 960213.",
                ),
            ],
        ),
        dict(
            file=SENCO1,
            blocks=[
                ("org", "Ashgrove Junior School"),
                ("title", "SENCo report for the EHC needs assessment"),
                (
                    "small",
                    "Pupil: Oliver Brannigan, Year 4. Written by Claire Ndlovu, SENCo, September 2026.",
                ),
                ("h", 2, "Oliver in school"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Oliver is polite and kind, and is well liked by the other children in his class.",
                            "strength",
                        ),
                        ("X", "His attendance so far this year is 97%.", "attendance"),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "In class Oliver avoids reading aloud, and he has begun to ask to go to the toilet when it is his turn to read.",
                            "semh",
                            B1_SELF,
                        ),
                        (
                            "N",
                            "He needs frequent reminders of the steps of a task and often sits waiting after finishing the first step.",
                            "cognition_learning",
                            B1_WM,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Oliver's spelling is very weak; in his written work most words of more than one syllable are misspelt.",
                            "cognition_learning",
                            B1_LIT,
                        ),
                        (
                            "N",
                            "He finds it very hard to organise his ideas in writing, and what he writes is much shorter and simpler than what he can say.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "Support already in place"),
                (
                    "grid",
                    [
                        ["Support", "Frequency", "Group size", "Delivered by", "Impact"],
                        [
                            ("X", "Fresh Start phonics group", "support already in place"),
                            "3 x 20 minutes a week",
                            "Six pupils",
                            "Teaching assistant",
                            "Some gains in decoding; spelling unchanged",
                        ],
                        [
                            "Reading to an adult",
                            "Daily",
                            "One to one",
                            "Volunteer reader",
                            "Reads more willingly to this adult",
                        ],
                    ],
                    [0.28, 0.18, 0.14, 0.18, 0.22],
                ),
                ("h", 2, "What school thinks Oliver needs"),
                (
                    "p",
                    (
                        "R",
                        "Oliver should have the key vocabulary of each new science and history topic taught in advance, in a weekly 20-minute session in a group of up to four pupils led by the class teaching assistant.",
                        "cognition_learning",
                        "specific",
                        F1_VOCAB,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "Staff should give him a writing frame and a word mat for all extended writing.",
                        "cognition_learning",
                        "specific",
                        F1_FRAME,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "A short weekly check-in with a named adult, to talk about how reading is going, would help to rebuild his confidence.",
                        "semh",
                        "specific",
                        F1_CHECK,
                    ),
                ),
                (
                    "p",
                    "Oliver has made some progress in the Fresh Start group and now decodes most three- and four-letter words correctly. However, the school's own assessments show that he has fallen further behind his classmates in reading this year, which is why we asked for an EHC needs assessment.",
                ),
                (
                    "p",
                    "Claire Ndlovu, SENCo, Ashgrove Junior School. senco@ashgrove-junior.example.org",
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalam-02: Pembury Vale Metropolitan Borough Council; Amira Haddad, 12, Year 7,
# moderate to severe bilateral hearing loss
# layout "sentence-case-band-names": each section's name, in sentence case and nothing
# else, in a shaded full-width band (PDF).
# ---------------------------------------------------------------------------

B2_HEAR = "Amira has a moderate to severe sensorineural hearing loss in both ears and wears two hearing aids."
B2_NOISE = "She finds it very difficult to follow speech in noisy rooms, in group work and when the speaker is not facing her."
B2_VOCAB = "Amira's vocabulary is below that of her hearing peers, particularly the subject words used in secondary school."
B2_FATIGUE = "Concentrating on listening all day leaves her very tired by the afternoon."
B2_SOCIAL = "She can feel left out of fast conversations with friends and sometimes pretends to have understood."

F2_RADIO = "Use of a personal radio aid system by every teacher in every lesson"
F2_TOD = "Teaching from a qualified Teacher of the Deaf"
F2_VOCAB = "Pre-teaching of subject vocabulary in science, geography and history"
F2_SEAT = (
    "Seating near the front, away from doors and windows, with a clear view of the teacher's face"
)
F2_TRAIN = "Deaf awareness training for all staff who teach Amira"
F2_QUIET = "Access to a quiet room for tests and exams."
F2_CHECK = "A daily check of her hearing aids and radio aid, with batteries replaced as needed, by a trained teaching assistant at registration."

TOD2 = "teacher_of_the_deaf_report.docx"
SENCO2 = "senco_report.pdf"

CASE_02 = dict(
    name="case-evalam-02",
    layout="sentence-case-band-names",
    summary=(
        "Pembury Vale Metropolitan Borough Council; Amira Haddad, 12, Year 7 at Castlemoor Academy, a "
        "mainstream secondary academy (moderate to severe bilateral sensorineural hearing loss, "
        "listening fatigue, vocabulary). Each section's name stands alone in sentence case in a "
        'shaded full-width band ("Special educational needs"), with no letters or numbers; F is a '
        "provision table. Teacher of the Deaf's report; SENCo's report."
    ),
    note="Headings are the band names. The daily equipment check by a teaching assistant stands in Health provision: it is educational provision in the wrong section. Audiology review at the hospital in the same section is health provision. Listening fatigue is in B; the social difficulty is in B in the council's words.",
    plan=dict(
        file="plan.pdf",
        header="Pembury Vale MBC | EHC plan | Amira Haddad | Final",
        footer="Page {n} of {m}",
        blocks=[
            ("org", "Pembury Vale Metropolitan Borough Council - Children's SEND Service"),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Amira Haddad   Date of birth: 3 February 2014   Date issued: 16 October 2026   NHS audiology ref: PV-AUD-5521",
            ),
            ("H", "A", "The views, interests and aspirations of Amira and her family", "band"),
            ("S", "A", "Amira enjoys netball, drawing and baking with her grandmother."),
            (
                "p",
                "She would like to be a vet. Her parents want her to be fully included at Castlemoor and not to miss out on what is said in lessons.",
            ),
            ("H", "B", "Special educational needs", "band"),
            ("S", "B", B2_HEAR),
            ("p", [B2_NOISE, B2_VOCAB]),
            ("p", [B2_FATIGUE, B2_SOCIAL]),
            ("H", "C", "Health needs related to special educational needs", "band"),
            (
                "S",
                "C",
                "Amira is under the care of the Pembury Vale Hospitals paediatric audiology service, which fits and reviews her hearing aids.",
            ),
            (
                "H",
                "D",
                "Social care needs related to special educational needs or disability",
                "band",
            ),
            ("S", "D", "Amira has no identified social care needs."),
            ("H", "E", "Outcomes", "band"),
            (
                "S",
                "E",
                "By the end of Key Stage 3 Amira will ask for repetition or clarification in lessons without prompting.",
            ),
            (
                "p",
                "By July 2027 Amira will know and use the key vocabulary for each science topic taught in Year 8.",
            ),
            ("H", "F", "Special educational provision", "band"),
            (
                "S",
                "F",
                "Castlemoor Academy, with the Pembury Vale Sensory Support Service, will provide:",
            ),
            _ftable(
                [
                    [("F", F2_RADIO, True), "Every lesson", "Whole class", "All subject teachers"],
                    [
                        ("F", F2_TOD, True),
                        "One visit each half term",
                        "One to one",
                        "Teacher of the Deaf, Sensory Support Service",
                    ],
                    [
                        ("F", F2_VOCAB, True),
                        "2 x 20 minutes a week",
                        "One to one or pair",
                        "Teaching assistant trained by the Teacher of the Deaf",
                    ],
                    [("F", F2_SEAT, True), "Every lesson", "Whole class", "Subject teachers"],
                    [("F", F2_TRAIN, False), "Regularly", "Staff group", "Sensory Support Service"],
                    [("F", F2_QUIET, False), "", "", ""],
                ]
            ),
            ("H", "G", "Health provision", "band"),
            (
                "S",
                "G",
                "Review of hearing levels and hearing aids by paediatric audiology every six months.",
            ),
            ("p", F2_CHECK),
            (
                "H",
                "H1",
                "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
                "band",
            ),
            ("S", "H1", "Not applicable to Amira at present."),
            ("H", "H2", "Other social care provision", "band"),
            ("S", "H2", "No other social care provision is needed."),
            ("H", "I", "Placement", "band"),
            (
                "S",
                "I",
                "Castlemoor Academy, Tanner's Way, Pembury Vale KB9 4LD (mainstream academy).",
            ),
            ("H", "J", "Personal budget", "band"),
            ("S", "J", "No personal budget has been requested."),
            ("H", "K", "Advice and information", "band"),
            (
                "S",
                "K",
                "Teacher of the Deaf report (July 2026); SENCo report (September 2026); audiology letter (June 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=TOD2,
            blocks=[
                ("org", "Pembury Vale Sensory Support Service - Hearing Impairment Team"),
                ("title", "Teacher of the Deaf advice for an EHC needs assessment"),
                (
                    "kv",
                    [
                        ("Pupil", "Amira Haddad, Year 7, Castlemoor Academy"),
                        ("Teacher of the Deaf", "Gareth Pennington, BEd, MSc (Deaf Education)"),
                        ("Date", "14 July 2026"),
                    ],
                ),
                ("h", 2, "Hearing and amplification"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Amira's most recent audiogram (June 2026) shows a moderate to severe sensorineural loss in both ears, stable since 2022.",
                            "test result / history",
                        ),
                        (
                            "X",
                            "She has worn hearing aids since she was two and manages them well herself.",
                            "history / strength",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Without her radio aid, Amira heard only 40% of sentences correctly in the noisy classroom, against 88% in a quiet room.",
                            "sensory_physical",
                            B2_NOISE,
                        ),
                        (
                            "N",
                            "She relies heavily on lip-reading and loses the thread whenever a teacher turns to write on the board or walks about the room.",
                            "sensory_physical",
                            B2_NOISE,
                        ),
                    ],
                ),
                ("h", 2, "Language and learning"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Amira's knowledge of subject-specific vocabulary is well behind that of her classmates; she did not know words such as 'evaporate', 'erosion' and 'parliament'.",
                            "communication_interaction",
                            B2_VOCAB,
                        ),
                        (
                            "N",
                            "She often misses instructions and homework given out at the end of lessons, when the room is noisy.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "The transition from Ferncroft Primary went smoothly, and the early worries about the size of the site have settled.",
                        "resolved difficulty",
                    ),
                ),
                ("h", 2, "Advice"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "Amira needs a radio aid worn by every teacher in every lesson, including PE and practical subjects.",
                            "sensory_physical",
                            "specific",
                            F2_RADIO,
                        ),
                        (
                            "R",
                            "The Teacher of the Deaf should visit at least twice each half term to monitor her listening, teach self-advocacy skills and advise staff.",
                            "sensory_physical",
                            "less",
                            F2_TOD,
                        ),
                        (
                            "R",
                            "Pre-tutoring of new subject vocabulary for 20 minutes twice a week, one to one, with a teaching assistant trained by the Teacher of the Deaf.",
                            "communication_interaction",
                            "specific",
                            F2_VOCAB,
                        ),
                        (
                            "R",
                            "Homework and key instructions should be given to her in writing, or posted online, at the start of each lesson.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "Her hearing aids and radio aid should be checked every morning by a trained member of staff, and spare batteries kept in school.",
                            "sensory_physical",
                            "wrong_section",
                            F2_CHECK,
                            {"section": "G"},
                        ),
                    ],
                ),
                (
                    "p",
                    "Amira is a bright and determined girl, and her difficulties in class come from access to speech rather than from any difficulty in learning. The move to secondary school, with many teachers, larger rooms and more group work, has made her listening conditions much harder than they were at primary school.",
                ),
                (
                    "p",
                    "Gareth Pennington, Teacher of the Deaf. Telephone 01632 960477. sensory.support@pemburyvale.example.org",
                ),
            ],
        ),
        dict(
            file=SENCO2,
            footer="Castlemoor Academy - SEND - page {n} of {m}",
            blocks=[
                ("org", "Castlemoor Academy"),
                ("title", "SENCo report: Amira Haddad (Year 7)"),
                ("small", "Prepared by Joanne Okafor-Reid, SENCo, 20 September 2026."),
                ("h", 2, "Progress and strengths"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Amira is on track in maths and art, and her reading age is in line with her chronological age.",
                            "strength / progress",
                        ),
                        (
                            "X",
                            "She has joined the netball squad and has a small, loyal group of friends.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 2, "Current difficulties"),
                (
                    "p",
                    [
                        (
                            "N",
                            "By period 5 Amira is visibly exhausted; she puts her head down on the desk and her written work falls away.",
                            "sensory_physical",
                            B2_FATIGUE,
                        ),
                        (
                            "N",
                            "In busy social times she laughs along with jokes she has not heard, and she told her tutor that she feels 'outside the conversation'.",
                            "semh",
                            B2_SOCIAL,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Amira is reluctant to wear her radio aid transmitter in front of new teachers and will not tell them when she has not heard.",
                            "semh",
                            None,
                        ),
                        (
                            "N",
                            "Her written answers in science and humanities are short because she does not have the words she needs.",
                            "communication_interaction",
                            B2_VOCAB,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    (
                        "R",
                        "All staff who teach Amira should complete deaf awareness training from the Sensory Support Service before the start of the spring term, with a refresher every September.",
                        "sensory_physical",
                        "not_specific",
                        F2_TRAIN,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "A fixed seat at the front of each classroom, away from doors and windows, where she can see the teacher's face.",
                        "sensory_physical",
                        "specific",
                        F2_SEAT,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "She should take tests and mock examinations in a quiet room with a reader who faces her, and with 25% extra time.",
                        "sensory_physical",
                        "not_specific",
                        F2_QUIET,
                    ),
                ),
                (
                    "p",
                    (
                        "X",
                        "We have considered a place in the hearing-impaired resource base at Lindenfield School, but Amira and her parents do not want this and we agree that Castlemoor can meet her needs.",
                        "placement option not recommended",
                    ),
                ),
                (
                    "p",
                    "Amira's parents have been closely involved in planning her move from Ferncroft Primary, and they have told us that they are pleased with how the school has welcomed her.",
                ),
                ("p", "Joanne Okafor-Reid, SENCo. Telephone 01632 960455."),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalam-03: Hollinsford City Council; Reuben Clarke-Mensah, 13, Year 8, dyspraxia
# layout "legal-basis-subline": each section's plain name as a heading, with the Act's or
# the Regulations' reference on a small grey line under it; no letters; no Personal
# budget section.
# ---------------------------------------------------------------------------

B3_DCD = "Reuben has developmental coordination disorder (dyspraxia), which affects both his fine and his gross motor skills."
B3_WRITE = "His handwriting is slow, effortful and often hard to read, and he writes far less than he knows."
B3_ORG = "Reuben has difficulty organising himself and his equipment, and with planning and sequencing tasks."
B3_PRAC = "He finds practical lessons such as PE, food technology and science practicals difficult, and he is at risk of injury."

F3_TYPE = "A touch-typing programme, with a school laptop for extended writing"
F3_BOARD = "A sloped writing board and a choice of pen grips"
F3_FINE = "An occupational therapy programme in school."
F3_CHECK = "A visual checklist of the equipment needed each day, checked with his form tutor"
F3_PRAC = "Adult support in food technology, science practicals and design and technology"
F3_EXAMS = "Access arrangements for examinations."
G3_OT = (
    "Review by the NHS children's occupational therapy service in school in the spring term 2027."
)

OT3 = "occupational_therapy_report.docx"
SENCO3 = "senco_report.pdf"


def _legal(sid: str, name: str, basis: str) -> list:
    """The section's name as a heading, its legal basis on a small line below it."""
    return [("H", sid, name, "h2"), ("small", basis)]


CASE_03 = dict(
    name="case-evalam-03",
    layout="legal-basis-subline",
    summary=(
        "Hollinsford City Council; Reuben Clarke-Mensah, 13, Year 8 at Brookvale High School, a "
        "mainstream secondary school (developmental coordination disorder: handwriting, organisation, "
        "practical lessons, self-care). Each section is named by a plain heading with its legal basis "
        '("Children and Families Act 2014, section 37(2)") on a small line below; no letters. '
        "No Personal budget section. NHS occupational therapist's report; SENCo's report."
    ),
    note="Headings are the plain names; the small line under each is the legal basis and is not text of the section. The plan has no Personal budget section (J). The OT review in Health provision is health provision (not_educational).",
    plan=dict(
        file="plan.pdf",
        footer="Hollinsford City Council - EHC plan for Reuben Clarke-Mensah - final - page {n} of {m}",
        blocks=[
            ("org", "Hollinsford City Council - SEND Statutory Assessment Service"),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Reuben Clarke-Mensah   Born 21 April 2013   Final plan dated 5 October 2026   Case officer: Daniel Fairhurst",
            ),
            *_legal(
                "A", "Views, interests and aspirations", "SEND Regulations 2014, regulation 12(1)"
            ),
            ("S", "A", "Reuben loves football statistics, gaming and his dog, Biscuit."),
            (
                "p",
                "He wants to be a sports journalist. His mother wants school to understand that he is not lazy or careless.",
            ),
            *_legal(
                "B",
                "Special educational needs",
                "Children and Families Act 2014, section 37(2); SEND Regulations 2014, regulation 12(1)",
            ),
            ("S", "B", B3_DCD),
            ("p", [B3_WRITE, B3_ORG, B3_PRAC]),
            *_legal(
                "C",
                "Health needs related to special educational needs",
                "SEND Regulations 2014, regulation 12(1)",
            ),
            (
                "S",
                "C",
                "Reuben was diagnosed with developmental coordination disorder by the community paediatrician in March 2025.",
            ),
            *_legal(
                "D",
                "Social care needs related to special educational needs or disability",
                "SEND Regulations 2014, regulation 12(1)",
            ),
            ("S", "D", "No social care needs have been identified."),
            *_legal("E", "Outcomes", "SEND Regulations 2014, regulation 12(1)"),
            (
                "S",
                "E",
                "By the end of Year 9 Reuben will touch-type at 25 words a minute and use a laptop independently for extended writing.",
            ),
            (
                "p",
                "By July 2027 Reuben will arrive at lessons with the right equipment on four days out of five.",
            ),
            *_legal(
                "F",
                "Special educational provision",
                "Children and Families Act 2014, section 37(2); SEND Regulations 2014, regulation 12(1)",
            ),
            ("S", "F", "Brookvale High School will make the provision below."),
            _ftable(
                [
                    [
                        ("F", F3_TYPE, True),
                        "20 minutes once a week",
                        "One to one",
                        "Teaching assistant, using an online typing course",
                    ],
                    [
                        ("F", F3_BOARD, True),
                        "Every lesson",
                        "Individual",
                        "Subject teachers; SENCo to supply",
                    ],
                    [
                        ("F", F3_CHECK, True),
                        "Every morning at registration",
                        "One to one",
                        "Form tutor",
                    ],
                    [
                        ("F", F3_PRAC, True),
                        "Every practical lesson",
                        "One to one within the class",
                        "Teaching assistant",
                    ],
                    [("F", F3_FINE, False), "", "", "School staff"],
                    [("F", F3_EXAMS, False), "", "", "Exams officer"],
                ]
            ),
            *_legal(
                "G",
                "Health provision",
                "Children and Families Act 2014, section 37(2); SEND Regulations 2014, regulation 12(1)",
            ),
            ("S", "G", G3_OT),
            *_legal(
                "H1",
                "Social care provision under the Chronically Sick and Disabled Persons Act 1970, section 2",
                "Children and Families Act 2014, section 37(2); SEND Regulations 2014, regulation 12(1)",
            ),
            ("S", "H1", "There is no provision under section 2 for Reuben."),
            *_legal("H2", "Other social care provision", "SEND Regulations 2014, regulation 12(1)"),
            ("S", "H2", "There is no other social care provision for Reuben."),
            *_legal("I", "Placement", "SEND Regulations 2014, regulation 12(1)"),
            (
                "S",
                "I",
                "Brookvale High School, Sedge Road, Hollinsford AC3 8NW (mainstream community school).",
            ),
            *_legal("K", "Advice and information", "SEND Regulations 2014, regulation 12(1)"),
            (
                "S",
                "K",
                "NHS occupational therapy report (July 2026); SENCo report (September 2026); paediatric letter (March 2025).",
            ),
        ],
    ),
    reports=[
        dict(
            file=OT3,
            blocks=[
                ("org", "Hollinsford Community Health NHS Trust - Children's Occupational Therapy"),
                ("title", "Occupational therapy advice for EHC needs assessment"),
                (
                    "small",
                    "Name: Reuben Clarke-Mensah   NHS no: 999 123 4567   Seen at school and clinic, June and July 2026   Therapist: Sophie Marchetti, HCPC OT71234",
                ),
                ("h", 2, "Reason for referral and history"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Reuben was referred by his GP in 2024 after his parents raised concerns about clumsiness and very slow handwriting.",
                            "history",
                        ),
                        (
                            "X",
                            "He was seen for a block of six group sessions in 2025, which helped his shoelace tying.",
                            "support in the past / resolved",
                        ),
                    ],
                ),
                ("h", 2, "Assessment"),
                (
                    "p",
                    [
                        (
                            "X",
                            "On the Movement Assessment Battery for Children (MABC-3) Reuben's total score was at the 2nd centile.",
                            "test result",
                        ),
                        (
                            "X",
                            "His visual perception, tested with the DTVP-3, was in the average range.",
                            "test result: ruled out",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Reuben's balance and ball skills are well below those of his peers, and he trips over or bumps into furniture several times a day.",
                            "sensory_physical",
                            B3_DCD,
                        ),
                        (
                            "N",
                            "He grips his pen very tightly, presses hard and complains that his hand aches after about ten minutes of writing.",
                            "sensory_physical",
                            B3_WRITE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Reuben takes more than ten minutes to change for PE, is often late for the lesson and finds this embarrassing.",
                            "sensory_physical",
                            None,
                        ),
                        (
                            "N",
                            "He slumps at the desk and tires quickly because the chairs and tables in his classrooms are too high for him.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    "In my opinion Reuben's needs can be met in a mainstream school with the following in place.",
                ),
                (
                    "bul",
                    [
                        (
                            "R",
                            "Reuben should be taught to touch-type for 20 minutes three times a week until he reaches 25 words a minute, and should use a laptop for all extended writing.",
                            "sensory_physical",
                            "less",
                            F3_TYPE,
                        ),
                        (
                            "R",
                            "A fine motor and handwriting programme, written by this service, should be carried out by a teaching assistant for 15 minutes three times a week.",
                            "sensory_physical",
                            "not_specific",
                            F3_FINE,
                        ),
                        (
                            "R",
                            "He should have a sloped writing board and a pen grip of his choice in every lesson.",
                            "sensory_physical",
                            "specific",
                            F3_BOARD,
                        ),
                        (
                            "R",
                            "A chair and table of the correct height should be provided in his main teaching rooms, so that his feet rest flat on the floor.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "At home, Reuben could practise buttons, zips and laces at weekends, when there is no time pressure.",
                            "sensory_physical",
                            "not_educational",
                        ),
                        (
                            "R",
                            "The service will review Reuben in school in the spring term and update his programme.",
                            "health",
                            "not_educational",
                            G3_OT,
                            {"section": "G"},
                        ),
                    ],
                ),
                (
                    "p",
                    "Reuben's difficulties are typical of developmental coordination disorder and are not expected to disappear with age, although the right adjustments can reduce their impact a great deal. When his written work looks careless, this reflects the physical effort that writing costs him rather than a lack of effort or interest.",
                ),
                (
                    "p",
                    "Sophie Marchetti, Occupational Therapist, 18 July 2026. Telephone 01632 960390.",
                ),
            ],
        ),
        dict(
            file=SENCO3,
            footer="Brookvale High School - page {n}",
            blocks=[
                ("org", "Brookvale High School - Learning Support"),
                ("title", "School advice: Reuben Clarke-Mensah, Year 8"),
                ("small", "Written by Marcus Doyle-Evans, SENCo, 12 September 2026."),
                ("h", 2, "Strengths"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Reuben is articulate and funny, and his spoken answers in English and history are among the best in his class.",
                            "strength",
                        ),
                        (
                            "X",
                            "His reading and spelling ages are in line with his age.",
                            "test result: ruled out",
                        ),
                    ],
                ),
                ("h", 2, "Areas of difficulty"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Reuben loses or forgets equipment most days and cannot get his books out in the right order for the lesson.",
                            "cognition_learning",
                            B3_ORG,
                        ),
                        (
                            "N",
                            "He has been hurt twice in food technology this year, once with a knife and once with a hot baking tray.",
                            "sensory_physical",
                            B3_PRAC,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "A group of boys tease him about his running and catching, and he has started to avoid the playground at lunchtime.",
                            "semh",
                            None,
                        ),
                        (
                            "N",
                            "His written work in every subject is much shorter and less developed than his spoken answers.",
                            "cognition_learning",
                            B3_WRITE,
                        ),
                    ],
                ),
                ("h", 2, "Support in place now"),
                (
                    "grid",
                    [
                        ["Support", "Frequency", "Group size", "Delivered by", "Outcome so far"],
                        [
                            "Lunchtime homework club",
                            "Daily",
                            "Up to 12",
                            "Learning support staff",
                            "Homework handed in more often",
                        ],
                        [
                            "Spare equipment kit in form room",
                            "As needed",
                            "Individual",
                            "Form tutor",
                            "Fewer sanctions for missing kit",
                        ],
                    ],
                    [0.26, 0.15, 0.14, 0.2, 0.25],
                ),
                ("h", 2, "Recommended provision"),
                (
                    "p",
                    (
                        "R",
                        "Reuben should have a visual checklist of the equipment for each day, checked with his form tutor at morning registration.",
                        "cognition_learning",
                        "specific",
                        F3_CHECK,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "A teaching assistant should support him one to one in food technology, science practicals and design and technology.",
                        "sensory_physical",
                        "specific",
                        F3_PRAC,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "He should have 25% extra time and use a word processor in all internal tests and public examinations.",
                        "sensory_physical",
                        "not_specific",
                        F3_EXAMS,
                    ),
                ),
                (
                    "p",
                    "Reuben's mother feels that in Year 7 his difficulties were often mistaken for poor behaviour, and he had several detentions for missing equipment before his diagnosis was shared with staff. This has improved since the spring term.",
                ),
                ("p", "Marcus Doyle-Evans, SENCo. senco@brookvale.example.org"),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalam-04: Thornwick Borough Council; Lydia Farrow-Osei, 15, Year 10, dyslexia and
# dyspraxia
# layout "arrow-glyph-headings": Word headings opened by an arrow glyph ("► Outcomes"), as
# a template's heading style draws them, with no letters or numbers.
# ---------------------------------------------------------------------------

B4_DYS = "Lydia has dyslexia; her reading is accurate but slow, and her spelling is weak."
B4_PROC = (
    "Her speed of processing is slow, so she needs more time to take in information and respond."
)
B4_DCD = "Lydia also has dyspraxia, which affects her handwriting and her coordination."
B4_NOTES = "She cannot take notes and listen at the same time."
B4_ANX = "Lydia worries about her GCSEs and about being seen to need help."

F4_EXAMS = "25% extra time and a reader or reading pen"
F4_STUDY = "Study skills and revision teaching"
F4_NOTES = "Copies of lesson notes will be provided."
F4_LAPTOP = "Use of a school laptop for extended writing"
F4_MENTOR = "Mentoring to plan her week and manage exam worries"
G4_PROG = "A keyboard skills and fine motor programme, set by the occupational therapist and carried out by a teaching assistant for 15 minutes twice a week."

DYS4 = "specialist_teacher_report.docx"
OT4 = "occupational_therapy_report.pdf"
SENCO4 = "senco_report.docx"


def _arrow(sid: str, name: str) -> tuple:
    """A Word heading opened by the template's arrow glyph."""
    return ("H", sid, "\u25ba " + name, "h2")


CASE_04 = dict(
    name="case-evalam-04",
    layout="arrow-glyph-headings",
    summary=(
        "Thornwick Borough Council; Lydia Farrow-Osei, 15, Year 10 at St Aldric's Church of England "
        "High School, a mainstream secondary school (dyslexia, slow processing, dyspraxia, exam "
        'anxiety). Section names are Word headings opened by an arrow glyph ("\u25ba Special educational '
        "needs\"), with no letters; F is a provision table. Specialist dyslexia teacher's report; NHS "
        "occupational therapist's report; SENCo's report."
    ),
    note="Headings are the arrow-led names; the glyph is part of the heading text. The occupational therapist's keyboard and fine motor programme, carried out by a teaching assistant, stands in Health provision: wrong section. Revision difficulty and fatigue are missing from B.",
    plan=dict(
        file="plan.docx",
        footer="Thornwick Borough Council | Final EHC Plan | Lydia Farrow-Osei | OFFICIAL-SENSITIVE",
        blocks=[
            ("org", "Thornwick Borough Council - Special Educational Needs and Disability Service"),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Lydia Farrow-Osei   DOB 9 January 2011   Plan finalised 23 October 2026   UPN: T381200190415",
            ),
            _arrow("A", "Lydia's views, interests and aspirations, and those of her parents"),
            ("S", "A", "Lydia enjoys art, photography and looking after her younger cousins."),
            (
                "p",
                "She hopes to study art and biology at college and to work in medical illustration. Her father wants her to get the grades her ability deserves.",
            ),
            _arrow("B", "Special educational needs"),
            ("S", "B", B4_DYS),
            ("p", [B4_PROC, B4_DCD]),
            ("p", [B4_NOTES, B4_ANX]),
            _arrow("C", "Health needs related to her special educational needs"),
            (
                "S",
                "C",
                "Lydia was diagnosed with developmental coordination disorder at the age of eight.",
            ),
            _arrow("D", "Social care needs related to her SEN or disability"),
            ("S", "D", "Lydia has no social care needs."),
            _arrow("E", "Outcomes"),
            (
                "S",
                "E",
                "By the summer of Year 11 Lydia will sit all her GCSE examinations using her agreed access arrangements.",
            ),
            (
                "p",
                "By the end of Year 10 Lydia will use a revision timetable that she has made herself.",
            ),
            _arrow("F", "Special educational provision"),
            (
                "S",
                "F",
                "St Aldric's will arrange the following; the SENCo is responsible for seeing that it is delivered.",
            ),
            _ftable(
                [
                    [
                        ("F", F4_EXAMS, True),
                        "All tests, mocks and GCSE examinations",
                        "Individual",
                        "Exams officer",
                    ],
                    [
                        ("F", F4_STUDY, True),
                        "30 minutes each fortnight",
                        "One to one",
                        "Specialist dyslexia teacher",
                    ],
                    [
                        ("F", F4_LAPTOP, True),
                        "All lessons and examinations",
                        "Individual",
                        "Subject teachers; IT support",
                    ],
                    [
                        ("F", F4_MENTOR, True),
                        "20 minutes each week",
                        "One to one",
                        "Key worker (learning mentor)",
                    ],
                    [("F", F4_NOTES, False), "When available", "", "Subject teachers"],
                ]
            ),
            _arrow("G", "Health provision"),
            ("S", "G", G4_PROG),
            _arrow(
                "H1",
                "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("S", "H1", "Lydia does not receive provision under section 2 of the 1970 Act."),
            _arrow("H2", "Other social care provision"),
            ("S", "H2", "Lydia does not need other social care provision."),
            _arrow("I", "Placement"),
            (
                "S",
                "I",
                "St Aldric's Church of England High School, Priory Walk, Thornwick HF2 6DX (voluntary aided, mainstream).",
            ),
            _arrow("J", "Personal budget"),
            ("S", "J", "Lydia's family has not asked for a personal budget."),
            _arrow("K", "Advice and information"),
            (
                "S",
                "K",
                "Specialist teacher's report (June 2026); occupational therapy report (July 2026); SENCo report (September 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=DYS4,
            blocks=[
                ("org", "Thornwick Learning Support Service"),
                ("title", "Specialist teacher assessment: Lydia Farrow-Osei"),
                (
                    "small",
                    "Year 10, St Aldric's CE High School. Assessed 24 June 2026 by Rachel Amoah, PGCert SpLD, APC holder.",
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Lydia was first assessed for dyslexia in Year 5 and has had small-group literacy support since then.",
                            "history",
                        ),
                        (
                            "X",
                            "Her reading comprehension (standard score 98) is average when she is given unlimited time.",
                            "test result / strength",
                        ),
                    ],
                ),
                ("h", 2, "Current picture"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Lydia reads at about 110 words a minute, well below the rate expected at 15, and has to reread examination questions several times.",
                            "cognition_learning",
                            B4_DYS,
                        ),
                        (
                            "N",
                            "Her spelling of subject words is inconsistent; in one history essay she spelt 'parliament' three different ways.",
                            "cognition_learning",
                            B4_DYS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "She finds revision very hard because she cannot turn her notes into a form she can remember.",
                            "cognition_learning",
                            None,
                        ),
                        (
                            "N",
                            "Her processing speed is a relative weakness, and she needs longer than her classmates to answer even when she knows the answer.",
                            "cognition_learning",
                            B4_PROC,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "I considered a further structured phonics programme, but Lydia's decoding is now secure and it would not be a good use of her time.",
                        "option considered and not recommended",
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "Lydia should have 25% extra time and a reader or reading pen in all internal and public examinations.",
                            "cognition_learning",
                            "specific",
                            F4_EXAMS,
                        ),
                        (
                            "R",
                            "She would benefit from one to one study skills and revision teaching with a specialist teacher for one hour a week through Years 10 and 11.",
                            "cognition_learning",
                            "less",
                            F4_STUDY,
                        ),
                        (
                            "R",
                            "Class teachers should give her printed copies of slides and notes before or at the start of each lesson.",
                            "cognition_learning",
                            "not_specific",
                            F4_NOTES,
                        ),
                    ],
                ),
                (
                    "p",
                    "In my view Lydia's literacy profile is now typical of a well-compensated dyslexic student: her accuracy is good, but the speed at which she reads and writes does not let her show what she knows under timed conditions. Her end-of-Year-9 examination results were between one and two grades below her teachers' predictions.",
                ),
                ("p", "Rachel Amoah, Specialist Teacher. Telephone 01632 960318."),
            ],
        ),
        dict(
            file=OT4,
            footer="Thornwick and District NHS Foundation Trust - Children's Therapies - page {n} of {m}",
            blocks=[
                (
                    "org",
                    "Thornwick and District NHS Foundation Trust - Children's Occupational Therapy",
                ),
                ("title", "Occupational therapy report"),
                (
                    "small",
                    "Lydia Farrow-Osei, 15 years. Seen in clinic on 7 July 2026 by Tomasz Wieczorek, Highly Specialist Occupational Therapist.",
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Lydia was discharged from occupational therapy in 2022 after a block of therapy for her handwriting and dressing.",
                            "history / resolved",
                        ),
                        (
                            "X",
                            "She now dresses herself independently and ties her laces.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 2, "Findings"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Lydia's handwriting becomes illegible after about 15 minutes and her hand cramps in long examinations.",
                            "sensory_physical",
                            B4_DCD,
                        ),
                        (
                            "N",
                            "She struggles with tasks that need both hands to work together, such as using a compass and ruler or lighting a Bunsen burner safely.",
                            "sensory_physical",
                            B4_DCD,
                        ),
                        (
                            "N",
                            "She is often exhausted at the end of the school day and gets headaches after long periods of writing.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    (
                        "R",
                        "Lydia should use a laptop for all extended writing in lessons and in examinations.",
                        "sensory_physical",
                        "specific",
                        F4_LAPTOP,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "A keyboard skills and fine motor programme, set by this service, should be carried out by a teaching assistant for 15 minutes twice a week.",
                        "sensory_physical",
                        "wrong_section",
                        G4_PROG,
                        {"section": "G"},
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "At home, a weighted pen and hand stretches before homework may help.",
                        "sensory_physical",
                        "not_educational",
                    ),
                ),
                (
                    "p",
                    "Lydia's fine motor skills have improved since she was last seen, and she is now independent in all self-care. Her remaining difficulties show mainly when she must write quickly and at length, and they will matter most during her GCSE coursework and examinations.",
                ),
                ("p", "Tomasz Wieczorek, Occupational Therapist. Telephone 01632 960362."),
            ],
        ),
        dict(
            file=SENCO4,
            blocks=[
                ("org", "St Aldric's Church of England High School"),
                ("title", "SENCo report for the EHC needs assessment"),
                (
                    "small",
                    "Lydia Farrow-Osei, Year 10. Written by Angela Whitcombe, SENCo, 15 September 2026.",
                ),
                (
                    "p",
                    ("X", "Lydia is predicted grade 6 in art and grade 5 in biology.", "progress"),
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "In lessons Lydia often misses key points while she is still copying from the board.",
                            "cognition_learning",
                            B4_NOTES,
                        ),
                        (
                            "N",
                            "She has stopped putting her hand up and will not use her laptop in class in case the others notice.",
                            "semh",
                            B4_ANX,
                        ),
                    ],
                ),
                (
                    "grid",
                    [
                        ["Support in place", "Frequency", "Group size", "Delivered by", "Reason"],
                        [
                            "Literacy catch-up group",
                            "Weekly, 50 minutes",
                            "Five pupils",
                            "Specialist teaching assistant",
                            "Spelling of subject words",
                        ],
                        [
                            "Homework club",
                            "Twice a week",
                            "Up to 15",
                            "Learning support staff",
                            "Access to a laptop at school",
                        ],
                    ],
                    [0.26, 0.17, 0.13, 0.22, 0.22],
                ),
                (
                    "p",
                    (
                        "R",
                        "Lydia needs a weekly 20-minute mentoring session with her key worker to plan her week and manage her worries about examinations.",
                        "semh",
                        "specific",
                        F4_MENTOR,
                    ),
                ),
                (
                    "p",
                    "Lydia's attendance is 96% and she has never had a behaviour sanction. Her parents and teachers agree that she works extremely hard.",
                ),
                ("p", "Angela Whitcombe, SENCo. senco@staldrics.example.org"),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
