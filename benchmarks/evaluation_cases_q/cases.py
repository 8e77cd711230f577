# ruff: noqa: E501
"""Set Q as data: social, emotional and mental health (SEMH) plans for young people aged 11
to 16, with exclusion, alternative provision and emotionally based school avoidance, in four
layouts no earlier set has: headings that cite the regulation instead of a letter, a plan
amended after an annual review with deleted wording struck through and new wording
underlined, a PDF printed from a council's online EHC portal with labelled fields, and a
council template that keeps its grey guidance box under every heading.

Every name, council, school, service and professional is invented. Postcodes use areas that
do not exist and phone numbers are in the 01632 960xxx range. Markers are those of
evaluation_kit.dataset.
"""

# ---------------------------------------------------------------------------
# case-evalq-01: Brackenmoor Metropolitan Borough Council; Kai Donnelly-Reid, 13, Year 8,
# permanently excluded, at a pupil referral unit. layout "regulation-reference-headings":
# each heading names the section and cites the regulation ("Special educational needs
# (Regulation 12(1)(b))"); no letters. There is no personal budget section.
# ---------------------------------------------------------------------------

B1_ADHD = "Kai has a diagnosis of attention deficit hyperactivity disorder (ADHD) and finds it very hard to sustain his attention, stay seated and wait his turn, particularly in larger groups."
B1_REG = "Kai can become dysregulated very quickly when he feels criticised, embarrassed or singled out, and at these times he may shout, leave the room or damage property."
B1_LIT = "Kai has literacy difficulties."
B1_SELF = "He has low self-esteem and often describes himself as 'thick' or 'the bad kid'."
B1_TRUST = "Kai finds it hard to trust adults he does not know and needs time to build relationships with new staff."
B1_PEER = "He finds friendships difficult and can misread the intentions of other young people, which leads to conflict."

F1_KEY = "A named key adult at the Larkspur Centre who will meet Kai at the door every morning and check in with him for 10 minutes at the start and at the end of each day."
F1_CLASS = "Teaching in a class of no more than eight pupils, with a teacher and a teaching assistant present in every lesson."
F1_TA = "Teaching assistant support in English, maths and science lessons (approximately 12 hours a week)."
F1_LIT = "A structured, multi-sensory literacy programme delivered 1:1 by a trained teaching assistant for 30 minutes three times a week, with progress measured each half-term using a standardised reading test."
F1_BREAKS = "Movement breaks when needed."
F1_ELSA = "Kai will have access to emotional literacy support."
F1_PBS = "A positive behaviour support plan, written with Kai and his mother, shared with every adult who works with him and reviewed every six weeks."
F1_TRAIN = "All staff who teach Kai will complete the Brackenmoor Virtual School's two-hour attachment and trauma awareness training by 18 December 2026."
F1_CALM = "A calm space that Kai can use when he needs it."
F1_EPC = "The educational psychologist will provide consultation to staff."
H2_MENTOR = "Weekly 1:1 mentoring sessions of 45 minutes with the Larkspur Centre's learning mentor, working on anger management and making safe choices."
G1_MEDS = "Review of Kai's ADHD medication by the Brackenmoor CAMHS ADHD clinic every three months."

EP1 = "ep_report.pdf"
PRU1 = "larkspur_centre_report.docx"
CAMHS1 = "camhs_letter.pdf"


def _sig(*lines: str) -> tuple:
    """A signature block: the lines of one paragraph."""
    return ("p", "\n".join(lines))


def _reg(sid: str, text: str) -> tuple:
    """A heading naming the section and citing the regulation, in Word's Heading 2."""
    return ("H", sid, text, "h2")


CASE_01 = dict(
    name="case-evalq-01",
    layout="regulation-reference-headings",
    summary=(
        "Brackenmoor Metropolitan Borough Council; Kai Donnelly-Reid, 13, Year 8, permanently "
        "excluded from a mainstream academy in March 2026 and now at the Larkspur Centre, a pupil "
        "referral unit (ADHD, dysregulation, low self-esteem, literacy and maths gaps, language "
        "comprehension, trauma). Each heading names its section and cites the regulation instead of "
        'a letter ("Special educational needs (Regulation 12(1)(b))"). No personal budget section. '
        "Educational psychologist's report with test results; the pupil referral unit's report with a "
        "recommendations table whose middle column is the reason; a CAMHS clinician's letter."
    ),
    note="Headings cite regulation 12(1)(a) to (i) and regulation 6(1) for the advice; there is no heading for regulation 12(1)(j) (personal budget), so Section J is missing. The learning mentor's weekly sessions, placed under other social care provision, are educational provision in the wrong section. The PRU's table: the Reason column is argument, not recommendation.",
    plan=dict(
        file="plan.docx",
        author="Brackenmoor SEN Assessment and Review Team",
        title="EHC plan - Kai Donnelly-Reid",
        footer="Brackenmoor MBC - Education, Health and Care Plan - Kai Donnelly-Reid - FINAL 24/11/2026",
        blocks=[
            ("org", "Brackenmoor Metropolitan Borough Council"),
            (
                "small",
                "SEN Assessment and Review Team, Civic Offices, Tanner Street, Brackenmoor KB9 2QT",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Kai Donnelly-Reid"),
                    ("Date of birth", "17 May 2013"),
                    ("Year group", "Year 8"),
                    ("Current setting", "The Larkspur Centre (pupil referral unit)"),
                    ("Date plan finalised", "24 November 2026"),
                    ("SEN caseworker", "Dawn Ashworth, telephone 01632 960214"),
                ],
            ),
            (
                "i",
                "This plan is made under section 37 of the Children and Families Act 2014. Its parts follow regulation 12 of the Special Educational Needs and Disability Regulations 2014.",
            ),
            _reg(
                "A",
                "Views, interests and aspirations of the child and his parent (Regulation 12(1)(a))",
            ),
            (
                "S",
                "A",
                "Kai says he is good at football and drawing, and that he wants to be a mechanic like his uncle.",
            ),
            (
                "p",
                "He said he liked his old school at first but that 'teachers had it in for me by the end'. His mother, Ms Lorraine Donnelly, wants Kai to be somewhere he feels safe and is not sent home, and to leave school able to read well enough to pass his driving theory test.",
            ),
            _reg("B", "Special educational needs (Regulation 12(1)(b))"),
            ("b", "Social, emotional and mental health"),
            ("S", "B", B1_ADHD),
            ("p", [B1_REG, B1_SELF]),
            ("p", [B1_TRUST, B1_PEER]),
            ("b", "Cognition and learning"),
            (
                "p",
                [
                    B1_LIT,
                    "Kai missed much of Year 7 through suspensions and, since his permanent exclusion in March 2026, has attended the Larkspur Centre.",
                ],
            ),
            _reg(
                "C",
                "Health care needs which relate to the special educational needs (Regulation 12(1)(c))",
            ),
            (
                "S",
                "C",
                "Kai takes medication for ADHD, prescribed by the CAMHS ADHD clinic. He has difficulty getting to sleep, which his mother says is worse on school nights.",
            ),
            _reg(
                "D",
                "Social care needs which relate to the special educational needs or a disability (Regulation 12(1)(d))",
            ),
            (
                "S",
                "D",
                "Kai is open to the Early Help team. There are concerns that older young people in the area have tried to involve him in carrying drugs, and a contextual safeguarding plan is in place.",
            ),
            _reg("E", "Outcomes sought (Regulation 12(1)(e))"),
            (
                "S",
                "E",
                "By July 2027 Kai will be able to tell a trusted adult when he is starting to feel angry and use an agreed strategy at least half of the time.",
            ),
            ("p", "By the end of Year 9 Kai will read with a reading age of at least 11 years."),
            (
                "p",
                "By July 2027 Kai will attend full-time and complete a full school week without being sent home.",
            ),
            _reg("F", "Special educational provision (Regulation 12(1)(f))"),
            (
                "S",
                "F",
                "The Larkspur Centre will make the following provision from its delegated budget and the top-up funding agreed by the council.",
            ),
            (
                "bul",
                [
                    ("F", F1_KEY, True),
                    ("F", F1_CLASS, True),
                    ("F", F1_TA, True),
                    ("F", F1_LIT, True),
                    ("F", F1_BREAKS, False),
                    ("F", F1_ELSA, False),
                    ("F", F1_PBS, True),
                    ("F", F1_TRAIN, True),
                    ("F", F1_CALM, False),
                    ("F", F1_EPC, False),
                ],
            ),
            _reg("G", "Health care provision (Regulation 12(1)(g))"),
            ("S", "G", G1_MEDS),
            ("p", "Sleep hygiene advice for the family from the CAMHS ADHD nurse."),
            _reg(
                "H1",
                "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 (Regulation 12(1)(h)(i))",
            ),
            ("S", "H1", "None identified."),
            _reg("H2", "Other social care provision (Regulation 12(1)(h)(ii))"),
            (
                "S",
                "H2",
                "Early Help key worker support for Kai and his mother, under the family's Early Help plan.",
            ),
            ("p", H2_MENTOR),
            _reg("I", "Name and type of school or other institution (Regulation 12(1)(i))"),
            (
                "S",
                "I",
                "The Larkspur Centre, Brackenmoor (pupil referral unit), until a permanent placement is agreed at the next review.",
            ),
            _reg("K", "Advice and information obtained (Regulation 6(1))"),
            (
                "S",
                "K",
                "Educational psychology advice (October 2026); report of the Larkspur Centre (October 2026); letter from Brackenmoor CAMHS (September 2026); parental advice (September 2026).",
            ),
            _sig(
                "Signed on behalf of Brackenmoor Metropolitan Borough Council",
                "Dawn Ashworth, SEN Caseworker",
                "24 November 2026",
            ),
        ],
    ),
    reports=[
        dict(
            file=EP1,
            sans=True,
            accent="2E5E4E",
            footer="Brackenmoor Educational Psychology Service - Kai Donnelly-Reid - page {n} of {m}",
            blocks=[
                ("org", "Brackenmoor Educational Psychology Service"),
                ("title", "Psychological advice for an EHC needs assessment"),
                (
                    "kv",
                    [
                        ("Young person", "Kai Donnelly-Reid (date of birth 17 May 2013)"),
                        ("Setting", "The Larkspur Centre, pupil referral unit"),
                        (
                            "Psychologist",
                            "Dr Naomi Feltham, HCPC-registered Educational Psychologist",
                        ),
                        ("Date of advice", "12 October 2026"),
                    ],
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Kai received four suspensions in Year 7 and was permanently excluded from Brackenmoor Academy in March 2026 after pushing a member of staff during an incident in a corridor.",
                            "history: exclusion",
                        ),
                        "He has attended the Larkspur Centre since April 2026, initially for three days a week and, since September, full-time.",
                        (
                            "X",
                            "Kai's mother told me that he was a 'happy, chatty' boy in primary school until Year 5, when the family moved house twice in a year.",
                            "history",
                        ),
                    ],
                ),
                (
                    "p",
                    "I met Kai twice at the Larkspur Centre, observed him in a maths lesson and at break, spoke with his mother by telephone and consulted Mr Obi, his class teacher. Kai agreed to complete some assessment activities with me on the second visit, having refused on the first.",
                ),
                ("h", 2, "Assessment results"),
                (
                    "grid",
                    [
                        ["Assessment", "Standard score", "Percentile", "Descriptor"],
                        ["Single word reading", "76", "5", "Well below average"],
                        ["Reading comprehension", "72", "3", "Well below average"],
                        ["Spelling", "74", "4", "Well below average"],
                        ["Verbal comprehension (receptive)", "69", "2", "Well below average"],
                        ["Non-verbal reasoning", "98", "45", "Average"],
                    ],
                    [0.4, 0.2, 0.15, 0.25],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Kai's non-verbal reasoning is in the average range, which suggests that his difficulties in learning are not due to a general learning difficulty.",
                            "test result interpreted",
                        ),
                        (
                            "N",
                            "His reading accuracy is at an age-equivalent of about 8 years 9 months and his spelling at about 8 years; he avoids any task with a lot of reading or writing and will often tear up his work rather than hand it in.",
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
                            "Kai's understanding of spoken language is a significant area of difficulty: he often misunderstands instructions with more than one part and the vocabulary of subject lessons, and he may then appear defiant when he has not understood.",
                            "communication_interaction",
                            None,
                        ),
                        "Mr Obi said that Kai copes much better when instructions are given to him individually.",
                    ],
                ),
                ("h", 2, "Social, emotional and mental health"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Kai's attention is short, and in a lesson of 50 minutes I saw him out of his seat eleven times, in line with his diagnosis of ADHD.",
                            "semh",
                            B1_ADHD,
                        ),
                        (
                            "N",
                            "When he feels that he is being shown up in front of others, Kai's arousal rises very quickly and he may swear, throw equipment or walk out.",
                            "semh",
                            B1_REG,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "In our conversations Kai spoke about himself in very negative terms and rated himself 1 out of 10 as a learner, which suggests very low self-esteem.",
                            "semh",
                            B1_SELF,
                        ),
                        (
                            "X",
                            "Kai was warm and funny once he relaxed, and spoke with real knowledge about engines and football tactics.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 2, "Comments on the current arrangements"),
                (
                    "p",
                    [
                        (
                            "X",
                            "The Larkspur Centre already provides a settled routine, a calm start to the day and staff who know Kai well, and these have helped.",
                            "support already in place",
                        ),
                        (
                            "X",
                            "Since September there have been no incidents in which Kai has damaged property, compared with one or two a week in the summer term.",
                            "progress",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                ("p", "In my view Kai will need the following if he is to make progress."),
                (
                    "num",
                    [
                        (
                            "R",
                            "Kai should be taught in a small class, of no more than eight young people, with two adults, so that staff can notice his rising anxiety early and help him before he reaches crisis point.",
                            "semh",
                            "specific",
                            F1_CLASS,
                        ),
                        (
                            "R",
                            "He requires a structured, cumulative and multi-sensory literacy intervention delivered individually by a trained adult, for 30 minutes three times a week, with his progress measured each half-term.",
                            "cognition_learning",
                            "specific",
                            F1_LIT,
                        ),
                        (
                            "R",
                            "Key vocabulary for each new topic should be pre-taught to Kai individually or in a pair, twice a week for 15 minutes, with visual supports, so that he can follow lessons.",
                            "communication_interaction",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "Kai would benefit from a 12-week programme of weekly 45-minute sessions with a trained Emotional Literacy Support Assistant (ELSA), focusing on recognising early signs of anger and on self-esteem.",
                            "semh",
                            "not_specific",
                            F1_ELSA,
                        ),
                        (
                            "R",
                            "The educational psychologist should offer a consultation to Kai's key staff each term (three a year), to review his progress and adjust the strategies above.",
                            "semh",
                            "not_specific",
                            F1_EPC,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "I considered whether a referral for a speech and language therapy assessment was needed now, but on balance I would first see how Kai responds to the vocabulary work above.",
                            "option considered and not recommended",
                        ),
                        "I would be happy to discuss this advice with Kai's mother or with the council.",
                    ],
                ),
                _sig(
                    "Dr Naomi Feltham",
                    "Educational Psychologist",
                    "Brackenmoor Educational Psychology Service, telephone 01632 960377",
                ),
            ],
        ),
        dict(
            file=PRU1,
            author="The Larkspur Centre",
            title="Report for EHC needs assessment",
            blocks=[
                ("org", "The Larkspur Centre"),
                (
                    "small",
                    "Pupil Referral Unit, 40 Quarry Road, Brackenmoor KB9 6LH. Telephone 01632 960552.",
                ),
                ("title", "School report: Kai Donnelly-Reid, Year 8"),
                (
                    "p",
                    "Written by Mr Emmanuel Obi, class teacher, and Ms Carys Pritchard, Head of Centre. October 2026.",
                ),
                ("h", 2, "Attendance and engagement"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Kai's attendance this term is 94%, which is much higher than at his previous school.",
                            "progress",
                        ),
                        (
                            "X",
                            "He has been sent home once this term, for half a day, after a fight on the bus.",
                            "history: suspension",
                        ),
                        "He arrives on the minibus and is usually ready to learn once he has had breakfast.",
                    ],
                ),
                ("h", 2, "Learning"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Kai has large gaps in his maths: he has not secured his times tables or place value beyond hundreds, and he cannot yet work with fractions, which stops him accessing the Year 8 curriculum.",
                            "cognition_learning",
                            None,
                        ),
                        (
                            "X",
                            "He enjoys practical work in our design and technology room and has made a bird box to a good standard.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 2, "Relationships and behaviour"),
                (
                    "p",
                    [
                        (
                            "N",
                            "With a new or supply member of staff Kai is guarded and will often refuse to work for several lessons until he has 'tested them out'.",
                            "semh",
                            B1_TRUST,
                        ),
                        (
                            "N",
                            "Kai quickly assumes that other students are laughing at him or talking about him, and most of his conflicts with peers start this way.",
                            "semh",
                            B1_PEER,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "If he is corrected in front of the group, he tends to escalate very quickly, but he can usually accept the same correction when it is given privately.",
                            "semh",
                            B1_REG,
                        ),
                        (
                            "X",
                            "Kai was involved in seven serious incidents in the summer term and two so far this term.",
                            "history / incident figures",
                        ),
                    ],
                ),
                ("h", 2, "Our recommendations"),
                ("p", "The table sets out what we believe Kai needs in his next plan, and why."),
                (
                    "grid",
                    [
                        ["What Kai needs", "Reason", "Who"],
                        [
                            (
                                "R",
                                "A key adult who meets him at the door each morning and checks in for 10 minutes at the beginning and end of the day.",
                                "semh",
                                "specific",
                                F1_KEY,
                            ),
                            (
                                "X",
                                "Kai's day goes best when he has been able to talk through anything that happened at home or on the bus before lessons start.",
                                "reason column",
                            ),
                            "Key adult (currently Ms Pritchard)",
                        ],
                        [
                            (
                                "R",
                                "Planned movement breaks of five minutes after every 20 minutes of seated work, built into his timetable.",
                                "semh",
                                "not_specific",
                                F1_BREAKS,
                            ),
                            (
                                "X",
                                "Kai's restlessness increases noticeably after about 20 minutes and most low-level disruption happens at that point.",
                                "reason column",
                            ),
                            "Class teacher",
                        ],
                        [
                            (
                                "R",
                                "An adult working alongside him in every lesson, at least until he has settled in his next placement.",
                                "semh",
                                "less",
                                F1_TA,
                            ),
                            (
                                "X",
                                "Incidents have almost always happened in lessons without a second adult, such as PE and art.",
                                "reason column",
                            ),
                            "Teaching assistant",
                        ],
                        [
                            (
                                "R",
                                "Weekly 1:1 mentoring with our learning mentor for 45 minutes, on anger management and making safe choices in the community.",
                                "semh",
                                "wrong_section",
                                H2_MENTOR,
                                {"section": "H2"},
                            ),
                            (
                                "X",
                                "Kai has responded well to Mr Hale, our mentor, and has begun to talk about the pressure he feels from older boys.",
                                "reason column",
                            ),
                            "Learning mentor",
                        ],
                        [
                            (
                                "R",
                                "Daily numeracy intervention of 20 minutes in a group of no more than three, to close the gaps in number.",
                                "cognition_learning",
                                "missing_from_f",
                            ),
                            (
                                "X",
                                "Without secure number facts Kai becomes frustrated in maths lessons and this is where the most incidents have started.",
                                "reason column",
                            ),
                            "Maths teacher / TA",
                        ],
                        [
                            (
                                "R",
                                "A positive behaviour support plan written with Kai and his mum, shared with all staff and reviewed every six weeks.",
                                "semh",
                                "specific",
                                F1_PBS,
                            ),
                            (
                                "X",
                                "Consistency between adults matters a great deal to Kai; he notices immediately when one adult handles something differently.",
                                "reason column",
                            ),
                            "Head of Centre",
                        ],
                    ],
                    [0.38, 0.42, 0.2],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "We do not think that a return to a mainstream secondary school would be right for Kai at this point.",
                            "opinion on placement",
                        ),
                        "We would like to discuss his longer-term placement at the first review of his plan.",
                    ],
                ),
                _sig("Emmanuel Obi, Class Teacher", "Carys Pritchard, Head of Centre"),
            ],
        ),
        dict(
            file=CAMHS1,
            accent="5B2C6F",
            footer="Brackenmoor CAMHS, Alder House, Wickham Lane, Brackenmoor KB9 4RD - telephone 01632 960690",
            blocks=[
                ("org", "Brackenmoor Child and Adolescent Mental Health Service"),
                ("small", "Alder House, Wickham Lane, Brackenmoor KB9 4RD"),
                ("small", "Our ref: CAMHS/ADHD/55812   Date: 28 September 2026"),
                ("p", "Dear Ms Ashworth,"),
                (
                    "b",
                    "Re: Kai Donnelly-Reid, date of birth 17/05/2013. Request for health advice for an EHC needs assessment",
                ),
                (
                    "p",
                    [
                        "Thank you for your request for advice. I have known Kai since his referral to the ADHD pathway in 2024 and saw him most recently in clinic on 21 September with his mother.",
                        (
                            "N",
                            "Kai meets the criteria for ADHD, combined presentation, and his inattention and impulsivity remain marked even with medication.",
                            "semh",
                            B1_ADHD,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "He has taken a long-acting stimulant since March 2025 and his mother reports a clear improvement in his concentration in the mornings.",
                            "health: treatment in place",
                        ),
                        (
                            "X",
                            "Kai's appetite is reduced at lunchtime and his weight is being monitored in clinic.",
                            "health need, Section C",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "Kai's early history includes exposure to domestic abuse before he was five.",
                        (
                            "N",
                            "He shows a high level of vigilance in busy and unpredictable places: he startles at sudden noises, positions himself near the door and reacts to raised voices as a threat, and this makes corridors and large classrooms very difficult for him.",
                            "semh",
                            None,
                        ),
                        (
                            "X",
                            "I do not think that Kai currently meets the threshold for a diagnosis of post-traumatic stress disorder.",
                            "condition ruled out",
                        ),
                    ],
                ),
                ("b", "Recommendations"),
                (
                    "p",
                    [
                        "From a CAMHS point of view I would recommend the following.",
                        (
                            "R",
                            "All adults working with Kai should have training in attachment and trauma-informed approaches, so that his reactions are understood and responded to consistently.",
                            "semh",
                            "specific",
                            F1_TRAIN,
                        ),
                        (
                            "R",
                            "Kai should have an agreed quiet place in school that he can go to, without having to ask, using a time-out card, when he feels his anger rising, with an adult checking on him within five minutes.",
                            "semh",
                            "not_specific",
                            F1_CALM,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "The ADHD clinic will continue to review Kai's medication every three months.",
                            "health",
                            "not_educational",
                            G1_MEDS,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "I have recommended that Ms Donnelly attends the Non-Violent Resistance parenting group run by our service in the spring term.",
                            "health",
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "p",
                    "Kai told me he would like people at school to 'just give me a minute' when he is wound up. I think that is sound advice for all of us.",
                ),
                _sig(
                    "Yours sincerely,",
                    "Ruth Abernethy",
                    "Clinical Nurse Specialist (ADHD), Brackenmoor CAMHS",
                    "ruth.abernethy@example.org",
                ),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalq-02: Sedgecombe County Council; Ellie Marchetti, 15, Year 10, emotionally based
# school avoidance. layout "amended-strikethrough": the plan as amended after an annual
# review, deleted wording still shown struck through, new wording underlined, "Amended
# 12.11.2026" beside each changed paragraph. Struck-through wording is no longer in the plan.
# ---------------------------------------------------------------------------

B2_ANX = "Ellie experiences high levels of anxiety, particularly in crowded and noisy parts of the school such as corridors at lesson changeover and the dining hall."
B2_EBSA = "Ellie has emotionally based school avoidance: since January 2026 she has attended for about one day in five, and she has panic attacks on most school mornings."
B2_SOC = "Ellie finds it difficult to take part in group work and to speak in front of others."
B2_LOW = "Ellie has periods of low mood and can become withdrawn, spending long periods alone in her bedroom."
B2_CARER = "Ellie worries about her mother's health while she is at school, and this affects her concentration."

F2_TIME = "A phased return to school, agreed with Ellie and her mother, starting with three mornings a week in the Hartwell Park Inclusion Base and adding one session about every three weeks when Ellie agrees she is ready, reviewed every three weeks by the SENCo with Ellie and her mother."
F2_KEY = "A key adult (the Inclusion Base manager) who will meet Ellie on arrival each day she attends and who will be the person she goes to when she is anxious."
F2_COUNS = "Fortnightly sessions of 40 minutes with the school counsellor during the school day."
F2_QUIET = "Access to a quiet space."
F2_ONLINE = "Live online lessons in English, maths and science from an accredited provider, for up to 10 hours a week on the days when Ellie does not attend school."
F2_EXAM = "Access arrangements for examinations, including a separate room and rest breaks, assessed by the SENCo before the Year 11 mock examinations."
F2_EPV = "The educational psychologist will be involved as needed."
G2_EXPO = "A graded exposure programme for getting into school, written by the CAMHS practitioner and carried out every school day by staff in the Inclusion Base."
G2_CBT = "Cognitive behavioural therapy with the CAMHS practitioner, fortnightly, for 12 sessions (started September 2026)."
H2_CARERS = "Support from Sedgecombe Young Carers: a monthly young carers' group and a named support worker."

CAMHS2 = "camhs_report.docx"
EP2 = "ep_report.pdf"
SW2 = "social_worker_report.pdf"
AMENDED = "Amended 12.11.2026"


def _same(*pieces) -> tuple:
    """An unchanged paragraph of the amended plan, drawn like the amended ones."""
    return ("amend", [("", p) for p in pieces], "")


CASE_02 = dict(
    name="case-evalq-02",
    layout="amended-strikethrough",
    summary=(
        "Sedgecombe County Council; Ellie Marchetti, 15, Year 10 at Hartwell Park School, a "
        "mainstream academy, attending about one day in five (emotionally based school avoidance, "
        "anxiety, low mood, a young carer). The plan as amended after the annual review: deleted "
        "wording is still shown struck through, new wording underlined, and 'Amended 12.11.2026' "
        "stands beside each changed paragraph. CAMHS practitioner's report; educational "
        "psychologist's advice setting out three options, two rejected; social worker's report."
    ),
    note="Struck-through text is no longer in the plan: the spelling need and the spelling intervention were deleted at the review, so the educational psychologist's spelling need is missing from B and the spelling recommendation missing from F; the counsellor's weekly sessions became fortnightly (less). 'up to 10 hours' is a hedge (not specific). The graded exposure programme carried out by school staff, added to G, is in the wrong section. Options 1 and 3 of the educational psychologist are options not recommended.",
    plan=dict(
        file="plan.pdf",
        sans=True,
        accent="1B4F72",
        header="Sedgecombe County Council - EHC plan - Ellie Marchetti - AMENDED FINAL",
        footer="Amended following annual review of 8 October 2026. Page {n} of {m}",
        blocks=[
            ("org", "Sedgecombe County Council - SEND Service"),
            ("title", "Education, Health and Care Plan (amended)"),
            ("small", "Name: Ellie Marchetti   Date of birth: 3 February 2011   Year group: 10"),
            (
                "small",
                "Original plan finalised: 14 June 2023   Annual review meeting: 8 October 2026   Amended plan issued: 12 November 2026",
            ),
            (
                "i",
                "Key to amendments: wording struck through has been removed from the plan; wording underlined has been added. The date of each amendment is shown beside the paragraph it changes.",
            ),
            (
                "H",
                "A",
                "Section A: The views, interests and aspirations of Ellie and her parent",
                "h2",
            ),
            (
                "S",
                "A",
                "Ellie enjoys drawing manga-style characters, baking and looking after her two guinea pigs.",
            ),
            (
                "amend",
                [
                    ("", "Ellie would like to"),
                    ("s", "stay at Hartwell Park for sixth form"),
                    ("u", "study art and design at Sedgecombe College"),
                    ("", "when she leaves school."),
                ],
                AMENDED,
            ),
            (
                "p",
                "Her mother, Mrs Sofia Marchetti, wants Ellie to feel safe enough to get back into school and to leave with the GCSEs she needs for college.",
            ),
            ("H", "B", "Section B: Ellie's special educational needs", "h2"),
            _same(("S", "B", B2_ANX)),
            (
                "amend",
                [
                    ("s", "Ellie's attendance is sometimes affected by worries about school."),
                    ("u", B2_EBSA),
                ],
                AMENDED,
            ),
            _same(B2_SOC),
            (
                "amend",
                [
                    (
                        "s",
                        "Ellie has difficulties with spelling and with the presentation of her written work, and she needs support to check and correct it.",
                    )
                ],
                AMENDED + " (no longer a need)",
            ),
            ("amend", [("u", B2_LOW)], AMENDED),
            ("amend", [("u", B2_CARER)], AMENDED),
            (
                "H",
                "C",
                "Section C: Ellie's health needs related to her special educational needs",
                "h2",
            ),
            (
                "S",
                "C",
                "Ellie is open to Sedgecombe CAMHS for anxiety and low mood. She has difficulty getting to sleep and is often tired in the mornings.",
            ),
            ("H", "D", "Section D: Ellie's social care needs", "h2"),
            (
                "amend",
                [
                    (
                        "",
                        (
                            "S",
                            "D",
                            "Ellie is a young carer: her mother has multiple sclerosis and her younger brother has cerebral palsy.",
                        ),
                    ),
                    ("u", "The family is supported under a Child in Need plan."),
                ],
                AMENDED,
            ),
            ("H", "E", "Section E: Outcomes", "h2"),
            (
                "amend",
                [
                    ("s", "By July 2026 Ellie will attend every lesson on her timetable."),
                    (
                        "u",
                        (
                            "S",
                            "E",
                            "By Easter 2027 Ellie will attend school for at least five sessions a week, with her anxiety at a level she rates as manageable.",
                        ),
                    ),
                ],
                AMENDED,
            ),
            _same(
                "By the summer of 2027 Ellie will take part in a small group activity in class at least once a week."
            ),
            ("H", "F", "Section F: Special educational provision", "h2"),
            (
                "amend",
                [
                    ("", "The provision below will be made by Hartwell Park School"),
                    ("s", "from its own resources"),
                    ("u", "with top-up funding from Sedgecombe County Council (band 3)"),
                    ("", "and reviewed at each review of the plan."),
                ],
                AMENDED,
            ),
            (
                "amend",
                [
                    ("s", "Ellie will be supported to attend school full-time."),
                    ("u", ("S", "F", ("F", F2_TIME, True))),
                ],
                AMENDED,
            ),
            _same(("F", F2_KEY, True)),
            (
                "amend",
                [
                    (
                        "s",
                        "Weekly sessions of 40 minutes with the school counsellor during the school day.",
                    ),
                    ("u", ("F", F2_COUNS, True)),
                ],
                AMENDED,
            ),
            _same(("F", F2_QUIET, False)),
            ("amend", [("u", ("F", F2_ONLINE, False))], AMENDED),
            (
                "amend",
                [
                    (
                        "s",
                        "Small-group spelling intervention with a teaching assistant, three times a week for 20 minutes.",
                    )
                ],
                AMENDED + " (removed at review)",
            ),
            _same(("F", F2_EXAM, True)),
            ("amend", [("u", ("F", F2_EPV, False))], AMENDED),
            ("H", "G", "Section G: Health provision", "h2"),
            _same(("S", "G", G2_CBT)),
            ("amend", [("u", G2_EXPO)], AMENDED),
            (
                "H",
                "H1",
                "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
                "h2",
            ),
            ("S", "H1", "None."),
            ("H", "H2", "Section H2: Any other social care provision", "h2"),
            (
                "amend",
                [
                    ("s", "No other social care provision is required."),
                    ("u", ("S", "H2", H2_CARERS)),
                ],
                AMENDED,
            ),
            ("H", "I", "Section I: Placement", "h2"),
            (
                "S",
                "I",
                "Hartwell Park School, Sedgecombe (academy, mainstream), including its Inclusion Base.",
            ),
            ("H", "J", "Section J: Personal budget", "h2"),
            ("S", "J", "Ellie and her mother have not asked for a personal budget."),
            ("H", "K", "Section K: Advice and information", "h2"),
            (
                "amend",
                [
                    (
                        "",
                        (
                            "S",
                            "K",
                            "Advice received for the original assessment (2023), listed in the plan of 14 June 2023.",
                        ),
                    ),
                    (
                        "u",
                        "Annual review report (October 2026); CAMHS report (September 2026); educational psychology advice (September 2026); social worker's report (September 2026).",
                    ),
                ],
                AMENDED,
            ),
        ],
    ),
    reports=[
        dict(
            file=CAMHS2,
            author="Sedgecombe CAMHS",
            title="CAMHS report for annual review",
            sans=True,
            blocks=[
                ("org", "Sedgecombe Child and Adolescent Mental Health Service"),
                (
                    "small",
                    "Emotional Wellbeing and Anxiety Pathway, Larch Building, Sedgecombe Community Hospital, Sedgecombe HF3 8PA",
                ),
                ("title", "Report for Ellie Marchetti's annual review"),
                (
                    "kv",
                    [
                        ("Name", "Ellie Marchetti (DOB 03/02/2011)"),
                        ("NHS number", "999 123 4567"),
                        ("Author", "Tomasz Brzezinski, Senior Mental Health Practitioner"),
                        ("Date", "22 September 2026"),
                    ],
                ),
                ("h", 2, "Reason for involvement"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Ellie was referred to CAMHS by her GP in February 2026 because of anxiety and refusal to attend school.",
                            "history: referral",
                        ),
                        "I have seen her eleven times, mostly at home, and twice at the Inclusion Base.",
                    ],
                ),
                ("h", 2, "Current presentation"),
                (
                    "p",
                    [
                        (
                            "N",
                            "On school mornings Ellie has panic attacks, with a racing heart, nausea and shaking, and on most days she cannot leave the house.",
                            "semh",
                            B2_EBSA,
                        ),
                        (
                            "N",
                            "She finds the noise and crush of the corridors at changeover especially frightening and has described feeling that she 'can't breathe' there.",
                            "semh",
                            B2_ANX,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Ellie's mood has become lower since the spring; she describes feeling 'flat', has lost interest in drawing and spends much of the day in her bedroom.",
                            "semh",
                            B2_LOW,
                        ),
                        (
                            "X",
                            "Her scores on the Revised Children's Anxiety and Depression Scale (RCADS) in September were in the clinical range for separation anxiety, panic and low mood.",
                            "test result",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Ellie has not self-harmed and there are no current concerns about her safety; this has been reviewed at every appointment.",
                            "risk ruled out",
                        ),
                        (
                            "X",
                            "She takes a long time to fall asleep and we have given the family advice on sleep.",
                            "health need, Section C",
                        ),
                    ],
                ),
                ("h", 2, "Comments on the current plan"),
                (
                    "p",
                    [
                        (
                            "X",
                            "The current plan says that Ellie will be supported to attend full-time; this is not realistic at present and has added to the pressure she feels.",
                            "comment on the plan",
                        ),
                        (
                            "X",
                            "The Inclusion Base manager has built a good relationship with Ellie and this is the main reason she has managed to attend at all.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "Ellie should continue to see the school counsellor weekly, for 40 minutes, in school time, as the counsellor is one of the few adults she trusts in school.",
                            "semh",
                            "less",
                            F2_COUNS,
                        ),
                        (
                            "R",
                            "She needs an agreed low-stimulus room that she can go to at any time without asking, using an exit pass, so that she can leave a lesson before panic builds.",
                            "semh",
                            "not_specific",
                            F2_QUIET,
                        ),
                        (
                            "R",
                            "A graded exposure plan for getting into school, which I will write with Ellie, should be carried out by the Inclusion Base staff every school day, starting with short visits at quiet times.",
                            "semh",
                            "wrong_section",
                            G2_EXPO,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "CAMHS will continue cognitive behavioural therapy with Ellie fortnightly until the end of the 12 sessions agreed.",
                            "health",
                            "not_educational",
                            G2_CBT,
                            {"section": "G"},
                        ),
                    ],
                ),
                ("p", "I am happy to attend the next review if that would help."),
                _sig(
                    "Tomasz Brzezinski",
                    "Senior Mental Health Practitioner, Sedgecombe CAMHS",
                    "Telephone 01632 960845",
                ),
            ],
        ),
        dict(
            file=EP2,
            accent="4A6741",
            footer="Sedgecombe Educational Psychology Service - EP advice - Ellie Marchetti - {n}",
            blocks=[
                ("org", "Sedgecombe Educational Psychology Service"),
                ("title", "Educational psychology advice for the annual review"),
                (
                    "small",
                    "Young person: Ellie Marchetti, Year 10, Hartwell Park School. Psychologist: Dr Imogen Rathbone. Date: 29 September 2026.",
                ),
                ("h", 2, "What I did"),
                (
                    "p",
                    "I met Ellie at home on 15 September and at the Inclusion Base on 24 September, spoke with her mother and with Mr Keane, the SENCo, and read the CAMHS correspondence. Ellie completed some reading and spelling tasks and a card sort about school with me.",
                ),
                ("h", 2, "What I found"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Ellie's attendance has fallen to about 20% since January 2026, and the pattern is that of emotionally based school avoidance rather than a lack of interest in learning.",
                            "semh",
                            B2_EBSA,
                        ),
                        (
                            "X",
                            "She told me that she misses her art lessons and would like to go back 'if it didn't feel like that'.",
                            "child's view",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Ellie's reading accuracy and comprehension are in the average range (standard scores 97 and 101).",
                            "test result: not a need",
                        ),
                        (
                            "N",
                            "Her spelling remains a weakness (standard score 78), and she avoids writing longer answers because she is embarrassed by her mistakes.",
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
                            "Ellie finds it hard to read unspoken social rules; she replays conversations for hours afterwards, worrying that she has said something wrong, and this makes her dread unstructured times.",
                            "communication_interaction",
                            None,
                        ),
                        (
                            "X",
                            "Her mother has asked the GP about an autism assessment and Ellie is now on the waiting list.",
                            "history: referral",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "She will not answer questions in class or read aloud, and group work makes her very anxious.",
                            "semh",
                            B2_SOC,
                        ),
                        (
                            "N",
                            "Because of the lessons she has missed, Ellie has not been taught most of the Year 10 content in maths and science.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "Options considered"),
                (
                    "p",
                    "I discussed three ways forward with Ellie, her mother and Mr Keane. I set out each below, with my view.",
                ),
                ("b", "Option 1: a full-time return to her usual timetable"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Option 1 would be a return to Ellie's full timetable with the support in her current plan.",
                            "option considered",
                        ),
                        (
                            "X",
                            "I do not recommend this: attempts at a full return in March and June both ended within a week, and each failure has made the next attempt harder for her.",
                            "option rejected with reasons",
                        ),
                    ],
                ),
                ("b", "Option 2: a phased return from the Inclusion Base (recommended)"),
                (
                    "p",
                    [
                        (
                            "R",
                            "Ellie should start with three mornings a week in the Inclusion Base and add one session roughly every three weeks when she feels ready, with the plan reviewed every three weeks by the SENCo, Ellie and her mother.",
                            "semh",
                            "specific",
                            F2_TIME,
                        ),
                        (
                            "R",
                            "On the days when she is not in school she should have at least 10 hours a week of live online teaching in English, maths and science, so that she does not fall further behind.",
                            "cognition_learning",
                            "not_specific",
                            F2_ONLINE,
                        ),
                    ],
                ),
                ("b", "Option 3: education otherwise than at school"),
                (
                    "p",
                    [
                        (
                            "X",
                            "I considered whether Ellie should be educated at home through tuition instead of at school.",
                            "option considered",
                        ),
                        (
                            "X",
                            "I do not recommend it at present, because Ellie herself wants to return and because it would reduce her contact with other young people still further.",
                            "option rejected with reasons",
                        ),
                    ],
                ),
                ("h", 2, "Further recommendations"),
                (
                    "num",
                    [
                        (
                            "R",
                            "Ellie should continue to have a key adult in the Inclusion Base who meets her on arrival and to whom she can go when she is anxious.",
                            "semh",
                            "specific",
                            F2_KEY,
                        ),
                        (
                            "R",
                            "Spelling support should continue, individually or in a small group, for 20 minutes three times a week, using her own subject vocabulary.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "Her need for access arrangements in examinations (a separate room and rest breaks) should be assessed before her mock examinations.",
                            "semh",
                            "specific",
                            F2_EXAM,
                        ),
                        (
                            "R",
                            "I would offer two further consultations with school staff in the spring term of 2027, to review the phased return.",
                            "semh",
                            "not_specific",
                            F2_EPV,
                        ),
                    ],
                ),
                _sig(
                    "Dr Imogen Rathbone",
                    "Educational Psychologist (HCPC registered)",
                    "imogen.rathbone@example.org",
                ),
            ],
        ),
        dict(
            file=SW2,
            footer="Sedgecombe County Council Children's Services - OFFICIAL SENSITIVE",
            blocks=[
                ("org", "Sedgecombe County Council - Children's Services"),
                ("small", "Child in Need Team (South), Riverside House, Sedgecombe HF3 2LL"),
                ("title", "Social care advice: Ellie Marchetti"),
                ("small", "Social worker: Grace Adeyemi-Hart. Date: 18 September 2026."),
                ("h", 2, "Family circumstances"),
                (
                    "p",
                    [
                        "Ellie lives with her mother and her brother Luca, who is 9.",
                        (
                            "X",
                            "Ellie helps her mother to get Luca up, washed and dressed most mornings, and she often prepares the family's evening meal.",
                            "social care need, Section D",
                        ),
                        (
                            "X",
                            "The family has been supported under a Child in Need plan since April 2026.",
                            "history / support in place",
                        ),
                    ],
                ),
                ("h", 2, "How this affects Ellie's education"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Ellie told me that when she is at school she keeps thinking about whether her mum has fallen, and that she cannot concentrate until she has texted her at break.",
                            "semh",
                            B2_CARER,
                        ),
                        (
                            "N",
                            "She has few friends outside school and now rarely leaves the house except for appointments.",
                            "semh",
                            B2_LOW,
                            "The plan's withdrawn young person who spends long periods alone states this need in its own words.",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Ellie's mother is not able to take her to school on days when her own symptoms are bad.",
                            "social care context",
                        ),
                        (
                            "X",
                            "The bus route was changed in the summer and Ellie now has a 40-minute journey with a change in the town centre.",
                            "context",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    [
                        (
                            "R",
                            "On mornings when Ellie does not arrive, a named member of school staff should telephone her by 9.30 am to offer a later start, rather than the absence simply being recorded.",
                            "semh",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "Ellie should be supported by Sedgecombe Young Carers through their monthly group and a named support worker.",
                            "social_care",
                            "not_educational",
                            H2_CARERS,
                            {"section": "H2"},
                        ),
                        (
                            "R",
                            "An updated carer's assessment should be offered to Mrs Marchetti by the adult social care team.",
                            "social_care",
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Luca's short breaks are being reviewed separately through his own plan.",
                            "about a sibling",
                        ),
                        "I will continue to attend Ellie's reviews while the Child in Need plan remains open.",
                    ],
                ),
                _sig(
                    "Grace Adeyemi-Hart",
                    "Social Worker, Child in Need Team (South)",
                    "Telephone 01632 960931",
                ),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalq-03: Eastholme City Council; Tyler Oyelaran-Brooks, 12, Year 7, living with his
# grandmother under a special guardianship order. layout "portal-export-field-labels": a PDF
# printed from the council's online EHC portal; each section a shaded band, its content in
# labelled fields ("Social, emotional and mental health: ...") each followed by a "Last
# updated" line; Section F a list of provision records (Provision, Frequency, Delivered by).
# ---------------------------------------------------------------------------

B3_TRAUMA = "Tyler has experienced significant early trauma and loss. He is often on high alert and finds it very hard to calm down once he is upset."
B3_REG = "Tyler can react to correction or perceived criticism with verbal aggression or by running out of the classroom."
B3_EMO = "He finds it difficult to recognise and name his feelings."
B3_UNSTR = "Break and lunchtimes are difficult for Tyler, and most incidents happen at these times."
B3_CHANGE = "Tyler finds change difficult, especially unexpected changes of staff."
B3_WM = "Tyler has difficulties with working memory and may forget instructions."
B3_MATHS = "He has gaps in his learning, particularly in maths, because of time out of school."

F3_CLASS = "Teaching in a class of no more than 12 pupils in the Nurture Hub, with a teaching assistant in the class."
F3_KEY = "Support from a key adult."
F3_CHECK = "A 10-minute check-in with his key adult before registration, using a feelings scale to help Tyler name how he is feeling."
F3_PACE = "Training for all staff who teach Tyler in attachment and trauma-aware approaches, including PACE (playfulness, acceptance, curiosity and empathy)."
F3_STEPS = (
    "Instructions given one step at a time and backed up by a written checklist on Tyler's desk."
)
F3_LUNCH = "A structured lunchtime club in the Nurture Hub, led by an adult, as an alternative to the playground."
F3_MENTOR = "Access to a mentor."
F3_WARN = "Advance warning of changes to staff or routine wherever possible."
F3_MATHS = "A small-group maths intervention using concrete apparatus, in a group of no more than four pupils."
G3_THER = "Therapeutic support from the Eastholme Virtual School's therapeutic team, subject to referral and assessment."
H2_SGO = "A place on the 'Nurturing Attachments' course for special guardians, run by the Special Guardianship Support Team, starting in January 2027."
H2_BOX = "A weekly place at the Eastholme Youth Service boxing club on Thursday evenings, funded by the Special Guardianship Support Team."

CP3 = "clinical_psychology_report.pdf"
SW3 = "social_worker_report.docx"
UPD = "Last updated 11/11/2026 by D. Morrow (SEND Caseworker)"


def _record(n: int, provision, amount: str, who: str, outcome: str) -> list:
    """One provision record of the portal's Section F: labelled fields and a status line."""
    return [
        ("b", f"Provision record {n} of 9"),
        ("lab", "Provision", provision),
        ("lab", "Frequency / amount", amount),
        ("lab", "Delivered by", who),
        ("lab", "Linked outcome", outcome),
        ("small", UPD),
    ]


CASE_03 = dict(
    name="case-evalq-03",
    layout="portal-export-field-labels",
    summary=(
        "Eastholme City Council; Tyler Oyelaran-Brooks, 12, Year 7 at Eastholme Academy, a "
        "mainstream academy with a nurture base, living with his grandmother under a special "
        "guardianship order (developmental trauma, dysregulation, working memory, reading "
        "comprehension, interoception, unstructured times). The plan is a PDF printed from the "
        "council's online EHC portal: each section a shaded band, its content in labelled fields "
        "with 'Last updated' lines, and Section F a list of numbered provision records with "
        "Frequency and Delivered by fields. Independent clinical psychologist's report arguing at "
        "length for an independent specialist SEMH school; social worker's report (special "
        "guardianship support)."
    ),
    note="The band 'Section F - Special Educational Provision' heads F; each provision record is one provision, its text the Provision field, judged on the whole record (Frequency, Delivered by). 'Support from a key adult.' with 'Daily / School staff' is not specific. The therapy recommended by the clinical psychologist as part of the school day is educational provision placed in G. The psychologist's long argument that a mainstream school cannot meet Tyler's needs and that Ridgeway House School can is about Section I. Contact with his birth mother and the special guardianship support are social care matters (D, H2).",
    plan=dict(
        file="plan.pdf",
        sans=True,
        accent="34495E",
        header="Eastholme City Council | EHC Hub | Plan ref EHC-0448127 | Printed 16/11/2026 14:07 by dmorrow",
        footer="Page {n} of {m} - Generated from the EHC Hub - OFFICIAL-SENSITIVE when complete",
        blocks=[
            ("org", "Eastholme City Council"),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Status: FINAL   Version: 3   Issued: 13/11/2026   Review due by: 13/11/2027",
            ),
            ("lab", "Legal name", "Tyler Oyelaran-Brooks"),
            ("lab", "Preferred name", "Tyler"),
            ("lab", "Date of birth", "09/08/2014"),
            ("lab", "NC year", "Year 7"),
            (
                "lab",
                "Person with parental responsibility",
                "Mrs Beverley Brooks (grandmother, special guardian)",
            ),
            ("H", "A", "Section A - Views, interests and aspirations", "band"),
            (
                "lab",
                "What people like and admire about me",
                (
                    "S",
                    "A",
                    "Tyler is funny, loyal to his friends and very good with animals, especially his nan's dog, Biscuit.",
                ),
            ),
            (
                "lab",
                "What is important to me",
                "Living with my nan, boxing, my Xbox and seeing my little sister.",
            ),
            (
                "lab",
                "My hopes for the future",
                "Tyler would like to be a vet or to work with dogs. His grandmother wants him to stay in school and stop being sent home.",
            ),
            ("small", "Last updated 02/11/2026 by D. Morrow (SEND Caseworker)"),
            ("H", "B", "Section B - Special Educational Needs", "band"),
            (
                "lab",
                "Communication and interaction",
                "Tyler's speech and language are broadly in line with his age.",
            ),
            (
                "lab",
                "Cognition and learning",
                [
                    B3_WM,
                    B3_MATHS,
                    "Reading is a relative strength: Tyler reads fluently and enjoys graphic novels.",
                ],
            ),
            ("lab", "Social, emotional and mental health", [("S", "B", B3_TRAUMA), B3_REG, B3_EMO]),
            ("lab", "Social, emotional and mental health (continued)", [B3_UNSTR, B3_CHANGE]),
            ("lab", "Sensory and/or physical", "No needs identified in this area."),
            ("small", UPD),
            ("H", "C", "Section C - Health Needs", "band"),
            (
                "lab",
                "Health needs related to SEN",
                (
                    "S",
                    "C",
                    "Tyler has asthma, managed with inhalers. He has an annual health assessment with the looked after children's nurse, which continues under his special guardianship support plan.",
                ),
            ),
            ("small", "Last updated 02/11/2026 by D. Morrow (SEND Caseworker)"),
            ("H", "D", "Section D - Social Care Needs", "band"),
            (
                "lab",
                "Social care needs related to SEN or disability",
                (
                    "S",
                    "D",
                    "Tyler has lived with his grandmother under a special guardianship order since 2022. He has supervised contact with his birth mother every six weeks, which he finds unsettling.",
                ),
            ),
            ("small", "Last updated 02/11/2026 by D. Morrow (SEND Caseworker)"),
            ("H", "E", "Section E - Outcomes", "band"),
            (
                "lab",
                "E1 (end of Key Stage 3)",
                (
                    "S",
                    "E",
                    "Tyler will be able to name how he is feeling and ask an adult for help before he becomes overwhelmed, on most days.",
                ),
            ),
            (
                "lab",
                "E2 (by July 2027)",
                "Tyler will spend break and lunchtimes without a serious incident for at least four weeks in a row.",
            ),
            (
                "lab",
                "E3 (by July 2027)",
                "Tyler will know his multiplication facts to 10 x 10 and use them to solve problems.",
            ),
            ("small", UPD),
            ("H", "F", "Section F - Special Educational Provision", "band"),
            (
                "p",
                "The provision records below are made by Eastholme Academy, with top-up funding agreed by the council, unless another provider is named.",
            ),
            *_record(
                1,
                ("S", "F", ("F", F3_CLASS, True)),
                "All lessons, every school day",
                "Nurture Hub teacher and teaching assistant",
                "E1, E2",
            ),
            *_record(2, ("F", F3_KEY, False), "Daily", "School staff", "E1"),
            *_record(
                3,
                ("F", F3_CHECK, True),
                "Every school day, 8.35 to 8.45 am",
                "Key adult (Nurture Hub teaching assistant)",
                "E1",
            ),
            *_record(
                4,
                ("F", F3_PACE, True),
                "Before the start of the spring term 2027, with a one-hour refresher each term",
                "Eastholme Virtual School, Attachment Lead",
                "E1",
            ),
            *_record(
                5,
                ("F", F3_STEPS, True),
                "Every lesson",
                "Class teachers and teaching assistants",
                "E3",
            ),
            *_record(
                6,
                ("F", F3_LUNCH, True),
                "Every lunchtime, 12.30 to 1.10 pm",
                "Nurture Hub teaching assistant",
                "E2",
            ),
            *_record(7, ("F", F3_MENTOR, False), "As required", "Pastoral team", "E1"),
            *_record(8, ("F", F3_WARN, False), "As needed", "Head of Year 7", "E1"),
            *_record(
                9,
                ("F", F3_MATHS, True),
                "Three times a week for 30 minutes",
                "Maths teaching assistant, planned by the maths teacher",
                "E3",
            ),
            ("H", "G", "Section G - Health Provision", "band"),
            (
                "lab",
                "Health provision",
                (
                    "S",
                    "G",
                    "Annual health assessment and asthma review by the looked after children's nurse and the GP.",
                ),
            ),
            ("lab", "Emotional wellbeing", G3_THER),
            ("small", "Last updated 09/11/2026 by D. Morrow (SEND Caseworker)"),
            (
                "H",
                "H1",
                "Section H1 - Social Care Provision (Chronically Sick and Disabled Persons Act 1970, section 2)",
                "band",
            ),
            (
                "lab",
                "Provision",
                ("S", "H1", "No provision under section 2 of the 1970 Act is required."),
            ),
            ("H", "H2", "Section H2 - Other Social Care Provision", "band"),
            (
                "lab",
                "Provision",
                [
                    (
                        "S",
                        "H2",
                        "Special guardianship support plan, reviewed every six months by the Special Guardianship Support Team.",
                    ),
                    H2_SGO,
                    H2_BOX,
                ],
            ),
            ("small", "Last updated 09/11/2026 by D. Morrow (SEND Caseworker)"),
            ("H", "I", "Section I - Placement", "band"),
            (
                "lab",
                "Name and type of setting",
                (
                    "S",
                    "I",
                    "Eastholme Academy, Eastholme (mainstream academy), with part-time teaching in its Nurture Hub.",
                ),
            ),
            ("H", "J", "Section J - Personal Budget", "band"),
            ("lab", "Personal budget", ("S", "J", "No personal budget has been requested.")),
            ("H", "K", "Section K - Advice and Information", "band"),
            (
                "lab",
                "Advice received",
                (
                    "S",
                    "K",
                    "Independent clinical psychology report (Dr H. Quayle-Mensah, September 2026); social worker's report (October 2026); school advice (September 2026); educational psychology advice (2025 plan).",
                ),
            ),
            ("small", "End of plan export. 9 provision records. 0 attachments."),
        ],
    ),
    reports=[
        dict(
            file=CP3,
            accent="6C3483",
            header="Dr Harriet Quayle-Mensah - Independent clinical psychology report - Tyler Oyelaran-Brooks",
            footer="Quayle Psychology Ltd, 14 Chantry Mews, Eastholme AC7 1RW - page {n} of {m}",
            blocks=[
                ("org", "Quayle Psychology Ltd"),
                ("title", "Independent clinical psychology report"),
                (
                    "kv",
                    [
                        ("Re", "Tyler Oyelaran-Brooks, born 9 August 2014"),
                        ("Instructed by", "Mrs Beverley Brooks, special guardian"),
                        (
                            "Author",
                            "Dr Harriet Quayle-Mensah, DClinPsy, Consultant Clinical Psychologist (HCPC registered)",
                        ),
                        ("Date of report", "21 September 2026"),
                    ],
                ),
                ("h", 2, "1. Instructions and sources"),
                (
                    "p",
                    "I was asked by Mrs Brooks to assess Tyler's needs and to give my opinion on the provision and placement he requires. I saw Tyler at home on 2 September and at school on 9 September, when I observed a maths lesson and lunchtime. I spoke with Mrs Brooks, with Ms Adair (SENCo) and with Mr Ellery, his social worker, and I read his school records, the current EHC plan and the 2025 educational psychology advice.",
                ),
                ("h", 2, "2. Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Tyler was removed from his birth mother's care at the age of six, after a long period of neglect and exposure to domestic violence, and he had three foster placements before moving to his grandmother in 2022.",
                            "history",
                        ),
                        (
                            "X",
                            "He received nine suspensions in the autumn and spring terms of Year 7 and was at risk of permanent exclusion in May 2026.",
                            "history: suspensions",
                        ),
                    ],
                ),
                ("h", 2, "3. Assessment"),
                (
                    "grid",
                    [
                        ["WISC-V index", "Standard score", "Percentile"],
                        ["Verbal Comprehension", "95", "37"],
                        ["Visual Spatial", "102", "55"],
                        ["Fluid Reasoning", "97", "42"],
                        ["Working Memory", "76", "5"],
                        ["Processing Speed", "89", "23"],
                    ],
                    [0.5, 0.25, 0.25],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Tyler's general reasoning abilities are in the average range.",
                            "test result",
                        ),
                        (
                            "N",
                            "Tyler's working memory is a significant weakness (Working Memory Index 76, 5th percentile), so he loses track of instructions and of tasks with several steps.",
                            "cognition_learning",
                            B3_WM,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Although Tyler reads accurately, his understanding of what he reads is poor (reading comprehension standard score 72), which is easily missed because he reads aloud so fluently.",
                            "cognition_learning",
                            None,
                        ),
                        (
                            "X",
                            "His single-word reading is in the average range (standard score 98).",
                            "test result: not a need",
                        ),
                    ],
                ),
                ("h", 2, "4. Formulation"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Tyler's presentation is consistent with developmental trauma: he is hypervigilant, quick to perceive threat in the faces and voices of adults and, once dysregulated, often takes more than an hour to return to a calm state.",
                            "semh",
                            B3_TRAUMA,
                        ),
                        (
                            "X",
                            "Children who have experienced early neglect commonly learn that adults are unpredictable, and their behaviour in school is best understood as an attempt to stay safe rather than as defiance.",
                            "general statement about children with trauma",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Tyler is acutely sensitive to rejection and shame, and he experiences even neutral correction as hostility, responding with swearing or flight.",
                            "semh",
                            B3_REG,
                        ),
                        (
                            "N",
                            "His vocabulary for emotions is very limited, and he describes almost every feeling as 'angry' or 'fine'.",
                            "semh",
                            B3_EMO,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "He has marked difficulties with interoception: he often does not notice that he is hungry, cold, tired or needs the toilet until he is overwhelmed, and these states then drive his behaviour.",
                            "sensory_physical",
                            None,
                        ),
                        (
                            "N",
                            "Unstructured times, and the lunch queue in particular, are when Tyler is most at risk of conflict with peers.",
                            "semh",
                            B3_UNSTR,
                        ),
                    ],
                ),
                ("h", 2, "5. The provision Tyler requires"),
                (
                    "p",
                    "In my opinion Tyler requires all of the following, consistently and for at least the next two years.",
                ),
                (
                    "num",
                    [
                        (
                            "R",
                            "Tyler should be taught in a class of no more than six pupils, with at least two trained adults present throughout the day, so that an adult can notice and respond to his rising arousal before he reaches crisis.",
                            "semh",
                            "less",
                            F3_CLASS,
                        ),
                        (
                            "R",
                            "He requires weekly individual therapy of 50 minutes with a qualified therapist experienced in developmental trauma (for example, dyadic developmental psychotherapy-informed work), for at least a year, delivered on the school site as part of his school day so that what he learns in therapy is carried into the classroom.",
                            "semh",
                            "wrong_section",
                            G3_THER,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "Tyler needs one consistent key adult, trained in attachment-aware practice, available to him throughout the school day including break, lunch and the changes between lessons.",
                            "semh",
                            "not_specific",
                            F3_KEY,
                        ),
                        (
                            "R",
                            "A daily check-in with his key adult at the start of the day, using a feelings scale, would help Tyler to build a vocabulary for his emotions.",
                            "semh",
                            "specific",
                            F3_CHECK,
                        ),
                        (
                            "R",
                            "All staff who teach Tyler should be trained in the PACE approach before he returns after Christmas, and have the training refreshed termly.",
                            "semh",
                            "specific",
                            F3_PACE,
                        ),
                        (
                            "R",
                            "Instructions should be given one step at a time, with a written checklist on his desk in every lesson, because of his working memory difficulties.",
                            "cognition_learning",
                            "specific",
                            F3_STEPS,
                        ),
                        (
                            "R",
                            "He needs a structured, adult-led alternative to the playground at lunchtime every day.",
                            "semh",
                            "specific",
                            F3_LUNCH,
                        ),
                        (
                            "R",
                            "An occupational therapist should assess Tyler's sensory regulation and interoception, and write a programme of daily regulation activities to be carried out by school staff.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "Tyler would benefit from a reciprocal reading group three times a week for 30 minutes to develop his reading comprehension.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                    ],
                ),
                ("h", 2, "6. Placement"),
                (
                    "p",
                    [
                        (
                            "X",
                            "In my opinion Tyler's needs cannot be met at Eastholme Academy, even with the support set out in the current plan and the commitment that its staff clearly show.",
                            "opinion on placement",
                        ),
                        (
                            "X",
                            "A mainstream secondary school of 1,400 pupils, with six or seven changes of room and teacher a day, crowded corridors and a lunchtime of over 300 pupils, presents Tyler with exactly the unpredictability that his early experiences have taught him to fear.",
                            "reason argued about placement",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "I have considered whether extending Tyler's time in the Nurture Hub to a full timetable would be enough, but the Hub is staffed by one teaching assistant and its pupils still move around the main school for most subjects.",
                            "option considered and rejected",
                        ),
                        (
                            "X",
                            "Ridgeway House School, an independent special school for pupils with social, emotional and mental health needs, has classes of six, a therapeutic team on site and a single building for Key Stage 3, and in my view it can provide what I have set out above.",
                            "opinion on placement",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Without such a placement, I think it is likely that Tyler will be permanently excluded within the next year, with the further loss and rejection that would follow.",
                            "consequence argued",
                        ),
                        "I understand my duty to the Tribunal and I have complied with it. The facts stated in this report are true to the best of my knowledge and the opinions are my own.",
                    ],
                ),
                _sig(
                    "Dr Harriet Quayle-Mensah",
                    "Consultant Clinical Psychologist",
                    "harriet@example.org",
                ),
            ],
        ),
        dict(
            file=SW3,
            author="Eastholme City Council",
            title="Social care advice - Tyler Oyelaran-Brooks",
            blocks=[
                ("org", "Eastholme City Council - Children's Social Care"),
                (
                    "small",
                    "Special Guardianship Support Team, 2nd floor, Bridge House, Eastholme AC7 3NF",
                ),
                ("title", "Social care advice for the EHC plan review"),
                (
                    "p",
                    "Young person: Tyler Oyelaran-Brooks (09/08/2014). Social worker: Marcus Ellery. Date: 3 October 2026.",
                ),
                ("h", 2, "Tyler's circumstances"),
                (
                    "p",
                    [
                        (
                            "X",
                            "A special guardianship order was made in favour of Tyler's grandmother, Mrs Brooks, in March 2022.",
                            "history",
                        ),
                        (
                            "X",
                            "Tyler has supervised contact with his birth mother every six weeks, and the days after contact are often difficult at home and at school.",
                            "social care need, Section D",
                        ),
                        (
                            "X",
                            "He sees his younger sister, who is adopted, twice a year.",
                            "family context",
                        ),
                    ],
                ),
                ("h", 2, "What I have observed"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Any change of adult, including a supply teacher or a different taxi escort, tends to unsettle Tyler for the rest of the day.",
                            "semh",
                            B3_CHANGE,
                        ),
                        (
                            "N",
                            "He missed much of Year 5 during care proceedings and placement moves, and his maths is well behind that of his classmates.",
                            "cognition_learning",
                            B3_MATHS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Mrs Brooks is a committed and loving carer, and Tyler's relationship with her is the most stable one in his life.",
                            "strength",
                        ),
                        (
                            "X",
                            "Since he started boxing in June, Mrs Brooks has noticed that he sleeps better and is calmer at weekends.",
                            "progress",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "Tyler should be told the day before, by his key adult, when a member of staff he knows will be absent, and shown a photograph of the adult who will cover.",
                            "semh",
                            "not_specific",
                            F3_WARN,
                        ),
                        (
                            "R",
                            "I support the school's proposal of a small-group maths programme, three times a week for 30 minutes, to help him catch up.",
                            "cognition_learning",
                            "specific",
                            F3_MATHS,
                        ),
                        (
                            "R",
                            "Tyler's weekly boxing club should continue, funded by our team, as it is the one activity in which he mixes well with other young people.",
                            "social_care",
                            "not_educational",
                            H2_BOX,
                            {"section": "H2"},
                        ),
                        (
                            "R",
                            "Mrs Brooks should be offered a place on our 'Nurturing Attachments' course for special guardians.",
                            "social_care",
                            "not_educational",
                            H2_SGO,
                            {"section": "H2"},
                        ),
                    ],
                ),
                (
                    "p",
                    "I have read Dr Quayle-Mensah's report. I agree with her description of Tyler's needs; the question of placement is a matter for the SEN team and the Tribunal.",
                ),
                _sig(
                    "Marcus Ellery",
                    "Social Worker, Special Guardianship Support Team",
                    "Telephone 01632 960268",
                ),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalq-04: Kestreldale Borough Council; Amira Haddad-Lowe, 15, Year 11, autistic, not
# attending school since May 2026 and taught by a medical needs tuition service. layout
# "guidance-box-under-heading": the council's Word template kept its shaded guidance box
# (the Code of Practice's advice on what the section must hold) under every heading.
# ---------------------------------------------------------------------------

B4_AUT = "Amira is autistic. She finds it hard to work out what other people are thinking and to cope with unexpected changes to her routine."
B4_ANX = "Amira has severe anxiety, which has prevented her from attending Fenbridge High School since May 2026."
B4_SENS = "She is sensitive to noise, bright light and being touched, and busy environments quickly overwhelm her."
B4_GROUP = (
    "Amira cannot currently manage being in a group of more than two or three other young people."
)
B4_SHUT = "When she is overwhelmed Amira may stop speaking and withdraw, and she needs time alone to recover."
B4_SLOW = "She works slowly and needs extra time to complete written work."

F4_TUITION = "Tuition at the Kestreldale Medical Needs Tuition Service for 10 hours a week, in a group of no more than three students."
F4_KEYW = "A named key worker at the Tuition Service who will greet Amira and check in with her for five minutes at the start of every session."
F4_ROOM = "A low-sensory teaching room with lamps instead of overhead lighting, and permission to wear ear defenders or headphones in all lessons."
F4_ANXW = "Work on understanding and managing anxiety."
F4_WARN = "Amira will be told of any change to her timetable or tutor at least one day in advance, by text message to her and to her mother."
F4_LAPTOP = "A laptop for all extended writing in every subject, with touch-typing practice for 15 minutes three times a week."
F4_EXAM = "Examination access arrangements as appropriate."
F4_CAREERS = "A careers guidance interview with the Kestreldale Careers Service's SEND adviser before 31 January 2027, with a follow-up meeting after her mock examination results."
F4_TRANS = "A transition plan for college."
G4_CBT = "Fortnightly sessions with the CAMHS clinical nurse specialist, using cognitive behavioural approaches adapted for autistic young people."
G4_GROUP = "A weekly social communication group for six weeks, run by the Kestreldale Autism Outreach Team at the Tuition Service."

TUIT4 = "tuition_service_report.pdf"
CAMHS4 = "camhs_report.docx"
EP4 = "ep_advice.pdf"

GUIDE = {
    "A": "Record the child or young person's views, interests and aspirations, in their own words where possible, and those of their parents. Include how the child or young person prefers to communicate.",
    "B": "All of the child or young person's identified special educational needs must be specified. Needs may be grouped under the four broad areas of need. Every need in this section must be matched by provision in Section F.",
    "C": "Health needs which relate to the child or young person's special educational needs. Other health needs may be included if the parent or young person agrees.",
    "D": "Social care needs which relate to the child or young person's special educational needs or disability, including needs assessed under the Children Act 1989.",
    "E": "Outcomes should be specific, measurable, achievable, realistic and time-bound. From Year 9, include outcomes that prepare the young person for adulthood.",
    "F": "Provision must be detailed and specific and should normally be quantified, for example in terms of the type, hours and frequency of support and the level of expertise. Provision must be specified for each and every need in Section B.",
    "G": "Health provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs.",
    "H1": "Social care provision which must be made for a child under 18 under section 2 of the Chronically Sick and Disabled Persons Act 1970.",
    "H2": "Any other social care provision reasonably required by the child or young person's learning difficulties or disabilities.",
    "I": "The name and type of the school or other institution, or the type only. This section is left blank in a draft plan.",
    "J": "Where a personal budget is agreed, set out the provision it will secure, the outcomes it will support and any direct payment arrangements.",
    "K": "List the advice and information gathered during the needs assessment. The advice is attached as appendices.",
}


def _guided(sid: str, heading: str) -> list:
    """A heading, then the template's shaded guidance box left in the issued plan."""
    return [("H", sid, heading, "h2"), ("grid", [["Guidance"], [GUIDE[sid]]], [1.0])]


CASE_04 = dict(
    name="case-evalq-04",
    layout="guidance-box-under-heading",
    summary=(
        "Kestreldale Borough Council; Amira Haddad-Lowe, 15, Year 11, on roll at Fenbridge High "
        "School, a mainstream school, but taught since May 2026 by the Kestreldale Medical Needs "
        "Tuition Service (autism, severe anxiety and school avoidance, sensory sensitivity, "
        "shutdowns, slow processing, executive function, masking). The council's Word template kept "
        "a shaded 'Guidance' box under every section heading, paraphrasing what the section must "
        "hold ('Provision must be detailed and specific ...'). Tuition service teacher's report; "
        "CAMHS report with a recommendations table whose last column is the expected outcome; "
        "educational psychologist's advice."
    ),
    note="The guidance boxes are template text, not plan content: the F box's 'Provision must be detailed and specific ...' is not a provision. The social communication group run by the Autism Outreach Team, placed in G, is educational provision in the wrong section; CAMHS's own sessions are health provision in G. The CAMHS table's Expected outcome column is reasoning, not recommendation.",
    plan=dict(
        file="plan.docx",
        sans=True,
        accent="7B241C",
        author="Kestreldale Borough Council",
        title="Education, Health and Care Plan",
        header="Kestreldale Borough Council - Education, Health and Care Plan",
        footer="Amira Haddad-Lowe - Final plan issued 20/11/2026 - template version 4.2",
        blocks=[
            ("org", "Kestreldale Borough Council"),
            ("title", "Education, Health and Care Plan"),
            (
                "table",
                [
                    ["Name", "Amira Haddad-Lowe", "Date of birth", "27/06/2011"],
                    ["School", "Fenbridge High School", "Year group", "11"],
                    [
                        "Plan type",
                        "Final (following annual review)",
                        "Date issued",
                        "20 November 2026",
                    ],
                ],
                {"header": False, "widths": [0.18, 0.37, 0.18, 0.27], "bold_col0": True},
            ),
            *_guided("A", "Section A: Views, interests and aspirations"),
            (
                "S",
                "A",
                "Amira enjoys reading fantasy novels, writing her own stories and caring for her cat, Miso.",
            ),
            (
                "p",
                "She would like to study English and psychology at college and one day to write books. Her mother, Ms Rania Haddad, wants Amira to get her GCSEs and to have a place at college where she feels safe.",
            ),
            ("p", "Amira prefers to communicate by message or in writing when she is anxious."),
            *_guided("B", "Section B: Special educational needs"),
            ("b", "Communication and interaction"),
            ("S", "B", B4_AUT),
            ("p", B4_GROUP),
            ("b", "Social, emotional and mental health"),
            ("p", [B4_ANX, B4_SHUT]),
            ("b", "Sensory"),
            ("p", B4_SENS),
            ("b", "Cognition and learning"),
            ("p", ["Amira has a good vocabulary and is a capable reader.", B4_SLOW]),
            *_guided("C", "Section C: Health needs"),
            (
                "S",
                "C",
                "Amira is under the care of Kestreldale CAMHS for anxiety. She eats a limited range of foods and her weight is monitored by her GP.",
            ),
            *_guided("D", "Section D: Social care needs"),
            (
                "S",
                "D",
                "Amira was assessed by the Disabled Children's Team in July 2026, which found no eligible social care needs at this time.",
            ),
            *_guided("E", "Section E: Outcomes"),
            (
                "S",
                "E",
                "By the end of Year 11 Amira will sit GCSE examinations in at least five subjects.",
            ),
            (
                "p",
                "By July 2027 Amira will have a confirmed place on a college course and will have visited the college at least four times.",
            ),
            (
                "p",
                "By Easter 2027 Amira will take part in lessons with up to four other young people.",
            ),
            *_guided("F", "Section F: Special educational provision"),
            (
                "p",
                "The provision below will be made by the Kestreldale Medical Needs Tuition Service, commissioned by the council, while Amira is unable to attend Fenbridge High School.",
            ),
            (
                "bul",
                [
                    ("S", "F", ("F", F4_TUITION, True)),
                    ("F", F4_KEYW, True),
                    ("F", F4_ROOM, True),
                    ("F", F4_ANXW, False),
                    ("F", F4_WARN, True),
                    ("F", F4_LAPTOP, True),
                    ("F", F4_EXAM, False),
                    ("F", F4_CAREERS, True),
                    ("F", F4_TRANS, False),
                ],
            ),
            *_guided("G", "Section G: Health provision"),
            ("S", "G", G4_CBT),
            ("p", G4_GROUP),
            *_guided(
                "H1",
                "Section H1: Social care provision under the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("S", "H1", "None at present."),
            *_guided("H2", "Section H2: Other social care provision"),
            (
                "S",
                "H2",
                "Amira and her mother have been given information about the Kestreldale Autism Family Support group.",
            ),
            *_guided("I", "Section I: Placement"),
            (
                "S",
                "I",
                "Fenbridge High School (mainstream secondary school). While Amira is unable to attend, her education is provided by the Kestreldale Medical Needs Tuition Service.",
            ),
            *_guided("J", "Section J: Personal budget"),
            ("S", "J", "A personal budget has not been requested."),
            *_guided("K", "Section K: Advice and information"),
            (
                "S",
                "K",
                "Report of the Medical Needs Tuition Service (October 2026); CAMHS report (October 2026); educational psychology advice (September 2026); Disabled Children's Team assessment (July 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=TUIT4,
            accent="1E8449",
            footer="Kestreldale Medical Needs Tuition Service - report for annual review - page {n}",
            blocks=[
                ("org", "Kestreldale Medical Needs Tuition Service"),
                (
                    "small",
                    "The Orchard Centre, 5 Vicarage Walk, Kestreldale HF8 4DN. Telephone 01632 960706.",
                ),
                ("title", "Annual review report: Amira Haddad-Lowe (Year 11)"),
                ("small", "Written by Mrs Olwen Treharne, Teacher in Charge, 14 October 2026."),
                ("h", 2, "Attendance and progress"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Amira was referred to us in May 2026 with medical evidence from CAMHS that she could not attend school because of her anxiety.",
                            "history: referral",
                        ),
                        (
                            "X",
                            "Her attendance at tuition this term has been 88%, and she has not missed a session without letting us know.",
                            "progress",
                        ),
                        (
                            "X",
                            "She achieved a grade 6 in her English Language mock paper in September, the highest in her group.",
                            "strength / test result",
                        ),
                    ],
                ),
                ("h", 2, "What Amira finds difficult"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Amira finds it very hard to plan and start pieces of work: unless an adult breaks her coursework into steps she can sit through a whole session without beginning, and she has no way of organising her revision.",
                            "cognition_learning",
                            None,
                        ),
                        (
                            "N",
                            "At present she can only work in a room with one or two other students; when a fourth student joined her group in June she left and did not come back for a week.",
                            "semh",
                            B4_GROUP,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Her handwriting is slow (about 11 words a minute when copying), and she rarely finishes a timed task.",
                            "cognition_learning",
                            B4_SLOW,
                        ),
                        (
                            "X",
                            "Amira's reading and spoken vocabulary are well above average for her age.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 2, "Comments on the current plan"),
                (
                    "p",
                    [
                        (
                            "X",
                            "The current plan describes provision at Fenbridge High School that Amira has not been able to receive since May.",
                            "comment on the plan",
                        ),
                        (
                            "X",
                            "Our service can offer up to 20 hours a week to students in Year 11 when they are well enough.",
                            "offer of the service",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    [
                        (
                            "R",
                            "Amira should have 15 hours of tuition a week in a group of no more than three students, with the aim of increasing to 20 hours by Easter 2027 if she is well enough.",
                            "cognition_learning",
                            "less",
                            F4_TUITION,
                        ),
                        (
                            "R",
                            "She needs 20 minutes of coaching with an adult at the start of every day to plan her work and revision, with a written plan that she keeps.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Amira's examination access arrangements should include 25% extra time, a separate room and supervised rest breaks, and should be applied for by Fenbridge High School's examinations officer by the end of January.",
                            "cognition_learning",
                            "not_specific",
                            F4_EXAM,
                        ),
                        (
                            "R",
                            "She should have a careers guidance interview with an adviser who understands autism during Year 11, followed up after her mocks.",
                            "other",
                            "specific",
                            F4_CAREERS,
                        ),
                    ],
                ),
                _sig("Olwen Treharne", "Teacher in Charge"),
            ],
        ),
        dict(
            file=CAMHS4,
            author="Kestreldale CAMHS",
            title="CAMHS report - Amira Haddad-Lowe",
            blocks=[
                ("org", "Kestreldale CAMHS"),
                ("small", "Neurodevelopmental and Anxiety Team, Fern House, Kestreldale HF8 2JS"),
                ("title", "Report for the EHC plan annual review"),
                (
                    "p",
                    "Young person: Amira Haddad-Lowe, born 27 June 2011. Clinician: Siobhan Carraway, Clinical Nurse Specialist. Date: 9 October 2026.",
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Amira received a diagnosis of autism from our team in March 2025.",
                            "history: diagnosis",
                        ),
                        (
                            "X",
                            "Her scores on the GAD-7 have come down from 19 in June to 14 in September, which is still in the moderate range.",
                            "test result / progress",
                        ),
                    ],
                ),
                ("h", 2, "My assessment"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Her anxiety about school is severe; even being driven past Fenbridge High School brings on nausea and shaking.",
                            "semh",
                            B4_ANX,
                        ),
                        (
                            "N",
                            "When overloaded, Amira goes into shutdown: she stops speaking, covers her face and can need up to an hour alone to recover.",
                            "semh",
                            B4_SHUT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Amira masks her difficulties: at the Tuition Service she appears calm and polite, but she is often exhausted and distressed by the time she gets home, so her level of need is easily underestimated by staff.",
                            "semh",
                            None,
                        ),
                        (
                            "X",
                            "She eats a narrow range of foods and we are monitoring this with her GP; it does not currently meet the criteria for an eating disorder.",
                            "health need, Section C; condition ruled out",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Who", "Expected outcome"],
                        [
                            (
                                "R",
                                "A named key worker who greets Amira and checks in with her at the start of each session.",
                                "semh",
                                "specific",
                                F4_KEYW,
                            ),
                            "Tuition Service",
                            (
                                "X",
                                "Amira will have one adult she trusts to tell when she is struggling, and shutdowns will be noticed earlier.",
                                "expected outcome column",
                            ),
                        ],
                        [
                            (
                                "R",
                                "Teaching in a room with natural or lamp lighting rather than strip lights, and ear defenders allowed at all times.",
                                "sensory_physical",
                                "specific",
                                F4_ROOM,
                            ),
                            "Tuition Service",
                            (
                                "X",
                                "Fewer sessions ended early because of sensory overload.",
                                "expected outcome column",
                            ),
                        ],
                        [
                            (
                                "R",
                                "An autism-adapted programme for understanding anxiety (for example, 'Exploring Feelings'), eight weekly sessions of 45 minutes with a trained member of staff.",
                                "semh",
                                "not_specific",
                                F4_ANXW,
                            ),
                            "Tuition Service staff, trained by CAMHS",
                            (
                                "X",
                                "Amira will be able to rate her anxiety and choose a strategy before it reaches a shutdown.",
                                "expected outcome column",
                            ),
                        ],
                        [
                            (
                                "R",
                                "A six-week social communication group run by the Autism Outreach Team, once a week at the Tuition Service.",
                                "communication_interaction",
                                "wrong_section",
                                G4_GROUP,
                                {"section": "G"},
                            ),
                            "Kestreldale Autism Outreach Team",
                            (
                                "X",
                                "Amira will be more confident working with a small number of peers.",
                                "expected outcome column",
                            ),
                        ],
                        [
                            (
                                "R",
                                "Continued fortnightly sessions with CAMHS using adapted cognitive behavioural approaches.",
                                "health",
                                "not_educational",
                                G4_CBT,
                                {"section": "G"},
                            ),
                            "CAMHS (S. Carraway)",
                            "Reduction in GAD-7 score to the mild range by the summer.",
                        ],
                    ],
                    [0.45, 0.2, 0.35],
                ),
                (
                    "p",
                    "I would be grateful if staff could let me know of any significant change in Amira's presentation.",
                ),
                _sig(
                    "Siobhan Carraway",
                    "Clinical Nurse Specialist, Kestreldale CAMHS",
                    "siobhan.carraway@example.org",
                ),
            ],
        ),
        dict(
            file=EP4,
            sans=True,
            accent="2874A6",
            footer="Kestreldale Educational Psychology Service - {n} of {m}",
            blocks=[
                ("org", "Kestreldale Educational Psychology Service"),
                ("title", "Educational psychology advice"),
                (
                    "small",
                    "Amira Haddad-Lowe, Year 11. Dr Callum Reyes, Educational Psychologist. 30 September 2026.",
                ),
                ("h", 2, "Assessment"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Amira's verbal reasoning is in the high average range, and she explained her ideas about a poem with real insight.",
                            "strength / test result",
                        ),
                        (
                            "N",
                            "Her processing speed is a relative weakness (standard score 81), so she needs more time than others to show what she knows.",
                            "cognition_learning",
                            B4_SLOW,
                        ),
                        (
                            "X",
                            "I found nothing to suggest that Amira has a specific learning difficulty such as dyslexia.",
                            "condition ruled out",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Amira's autism means that she finds it hard to predict what others will do, and an unexpected change, such as a different tutor, can leave her unable to work for the rest of the day.",
                            "communication_interaction",
                            B4_AUT,
                        ),
                        (
                            "N",
                            "She is very sensitive to sound and light: she could not stay in the tuition centre's main room when the strip lights were on.",
                            "sensory_physical",
                            B4_SENS,
                        ),
                    ],
                ),
                ("h", 2, "Discussion"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Amira attended Fenbridge High School well until the spring of Year 10, when the move to a new building and larger GCSE classes coincided with the start of her panic attacks.",
                            "history",
                        ),
                        (
                            "X",
                            "I considered recommending a part-time return to Fenbridge High School this year, but with GCSE examinations in May I think a further change now would put her results at risk.",
                            "option considered and not recommended",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "Amira should use a laptop for all extended writing, and should practise touch-typing for 15 minutes three times a week to build her speed.",
                            "cognition_learning",
                            "specific",
                            F4_LAPTOP,
                        ),
                        (
                            "R",
                            "She needs a planned transition to college, beginning in February 2027, with at least four visits accompanied by a familiar adult and a named contact at the college before she starts.",
                            "semh",
                            "not_specific",
                            F4_TRANS,
                        ),
                        (
                            "R",
                            "Any change to her timetable or tutor should be explained to Amira at least a day in advance, in writing.",
                            "communication_interaction",
                            "specific",
                            F4_WARN,
                        ),
                    ],
                ),
                _sig("Dr Callum Reyes", "Educational Psychologist", "Telephone 01632 960584"),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
