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
            ("small", "SEN Assessment and Review Team, Civic Offices, Tanner Street, Brackenmoor KB9 2QT"),
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
            _reg("A", "Views, interests and aspirations of the child and his parent (Regulation 12(1)(a))"),
            ("S", "A", "Kai says he is good at football and drawing, and that he wants to be a mechanic like his uncle."),
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
            _reg("C", "Health care needs which relate to the special educational needs (Regulation 12(1)(c))"),
            (
                "S",
                "C",
                "Kai takes medication for ADHD, prescribed by the CAMHS ADHD clinic. He has difficulty getting to sleep, which his mother says is worse on school nights.",
            ),
            _reg("D", "Social care needs which relate to the special educational needs or a disability (Regulation 12(1)(d))"),
            (
                "S",
                "D",
                "Kai is open to the Early Help team. There are concerns that older young people in the area have tried to involve him in carrying drugs, and a contextual safeguarding plan is in place.",
            ),
            _reg("E", "Outcomes sought (Regulation 12(1)(e))"),
            ("S", "E", "By July 2027 Kai will be able to tell a trusted adult when he is starting to feel angry and use an agreed strategy at least half of the time."),
            ("p", "By the end of Year 9 Kai will read with a reading age of at least 11 years."),
            ("p", "By July 2027 Kai will attend full-time and complete a full school week without being sent home."),
            _reg("F", "Special educational provision (Regulation 12(1)(f))"),
            ("S", "F", "The Larkspur Centre will make the following provision from its delegated budget and the top-up funding agreed by the council."),
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
            ("S", "H2", "Early Help key worker support for Kai and his mother, under the family's Early Help plan."),
            ("p", H2_MENTOR),
            _reg("I", "Name and type of school or other institution (Regulation 12(1)(i))"),
            ("S", "I", "The Larkspur Centre, Brackenmoor (pupil referral unit), until a permanent placement is agreed at the next review."),
            _reg("K", "Advice and information obtained (Regulation 6(1))"),
            (
                "S",
                "K",
                "Educational psychology advice (October 2026); report of the Larkspur Centre (October 2026); letter from Brackenmoor CAMHS (September 2026); parental advice (September 2026).",
            ),
            _sig("Signed on behalf of Brackenmoor Metropolitan Borough Council", "Dawn Ashworth, SEN Caseworker", "24 November 2026"),
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
                        ("Psychologist", "Dr Naomi Feltham, HCPC-registered Educational Psychologist"),
                        ("Date of advice", "12 October 2026"),
                    ],
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        ("X", "Kai received four suspensions in Year 7 and was permanently excluded from Brackenmoor Academy in March 2026 after pushing a member of staff during an incident in a corridor.", "history: exclusion"),
                        "He has attended the Larkspur Centre since April 2026, initially for three days a week and, since September, full-time.",
                        ("X", "Kai's mother told me that he was a 'happy, chatty' boy in primary school until Year 5, when the family moved house twice in a year.", "history"),
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
                        ("X", "Kai's non-verbal reasoning is in the average range, which suggests that his difficulties in learning are not due to a general learning difficulty.", "test result interpreted"),
                        ("N", "His reading accuracy is at an age-equivalent of about 8 years 9 months and his spelling at about 8 years; he avoids any task with a lot of reading or writing and will often tear up his work rather than hand it in.", "cognition_learning", B1_LIT),
                    ],
                ),
                (
                    "p",
                    [
                        ("N", "Kai's understanding of spoken language is a significant area of difficulty: he often misunderstands instructions with more than one part and the vocabulary of subject lessons, and he may then appear defiant when he has not understood.", "communication_interaction", None),
                        "Mr Obi said that Kai copes much better when instructions are given to him individually.",
                    ],
                ),
                ("h", 2, "Social, emotional and mental health"),
                (
                    "p",
                    [
                        ("N", "Kai's attention is short, and in a lesson of 50 minutes I saw him out of his seat eleven times, in line with his diagnosis of ADHD.", "semh", B1_ADHD),
                        ("N", "When he feels that he is being shown up in front of others, Kai's arousal rises very quickly and he may swear, throw equipment or walk out.", "semh", B1_REG),
                    ],
                ),
                (
                    "p",
                    [
                        ("N", "In our conversations Kai spoke about himself in very negative terms and rated himself 1 out of 10 as a learner, which suggests very low self-esteem.", "semh", B1_SELF),
                        ("X", "Kai was warm and funny once he relaxed, and spoke with real knowledge about engines and football tactics.", "strength"),
                    ],
                ),
                ("h", 2, "Comments on the current arrangements"),
                (
                    "p",
                    [
                        ("X", "The Larkspur Centre already provides a settled routine, a calm start to the day and staff who know Kai well, and these have helped.", "support already in place"),
                        ("X", "Since September there have been no incidents in which Kai has damaged property, compared with one or two a week in the summer term.", "progress"),
                    ],
                ),
                ("h", 2, "Recommendations"),
                ("p", "In my view Kai will need the following if he is to make progress."),
                (
                    "num",
                    [
                        ("R", "Kai should be taught in a small class, of no more than eight young people, with two adults, so that staff can notice his rising anxiety early and help him before he reaches crisis point.", "semh", "specific", F1_CLASS),
                        ("R", "He requires a structured, cumulative and multi-sensory literacy intervention delivered individually by a trained adult, for 30 minutes three times a week, with his progress measured each half-term.", "cognition_learning", "specific", F1_LIT),
                        ("R", "Key vocabulary for each new topic should be pre-taught to Kai individually or in a pair, twice a week for 15 minutes, with visual supports, so that he can follow lessons.", "communication_interaction", "missing_from_f"),
                        ("R", "Kai would benefit from a 12-week programme of weekly 45-minute sessions with a trained Emotional Literacy Support Assistant (ELSA), focusing on recognising early signs of anger and on self-esteem.", "semh", "not_specific", F1_ELSA),
                        ("R", "The educational psychologist should offer a consultation to Kai's key staff each term (three a year), to review his progress and adjust the strategies above.", "semh", "not_specific", F1_EPC),
                    ],
                ),
                (
                    "p",
                    [
                        ("X", "I considered whether a referral for a speech and language therapy assessment was needed now, but on balance I would first see how Kai responds to the vocabulary work above.", "option considered and not recommended"),
                        "I would be happy to discuss this advice with Kai's mother or with the council.",
                    ],
                ),
                _sig("Dr Naomi Feltham", "Educational Psychologist", "Brackenmoor Educational Psychology Service, telephone 01632 960377"),
            ],
        ),
        dict(
            file=PRU1,
            author="The Larkspur Centre",
            title="Report for EHC needs assessment",
            blocks=[
                ("org", "The Larkspur Centre"),
                ("small", "Pupil Referral Unit, 40 Quarry Road, Brackenmoor KB9 6LH. Telephone 01632 960552."),
                ("title", "School report: Kai Donnelly-Reid, Year 8"),
                ("p", "Written by Mr Emmanuel Obi, class teacher, and Ms Carys Pritchard, Head of Centre. October 2026."),
                ("h", 2, "Attendance and engagement"),
                (
                    "p",
                    [
                        ("X", "Kai's attendance this term is 94%, which is much higher than at his previous school.", "progress"),
                        ("X", "He has been sent home once this term, for half a day, after a fight on the bus.", "history: suspension"),
                        "He arrives on the minibus and is usually ready to learn once he has had breakfast.",
                    ],
                ),
                ("h", 2, "Learning"),
                (
                    "p",
                    [
                        ("N", "Kai has large gaps in his maths: he has not secured his times tables or place value beyond hundreds, and he cannot yet work with fractions, which stops him accessing the Year 8 curriculum.", "cognition_learning", None),
                        ("X", "He enjoys practical work in our design and technology room and has made a bird box to a good standard.", "strength"),
                    ],
                ),
                ("h", 2, "Relationships and behaviour"),
                (
                    "p",
                    [
                        ("N", "With a new or supply member of staff Kai is guarded and will often refuse to work for several lessons until he has 'tested them out'.", "semh", B1_TRUST),
                        ("N", "Kai quickly assumes that other students are laughing at him or talking about him, and most of his conflicts with peers start this way.", "semh", B1_PEER),
                    ],
                ),
                (
                    "p",
                    [
                        ("N", "If he is corrected in front of the group, he tends to escalate very quickly, but he can usually accept the same correction when it is given privately.", "semh", B1_REG),
                        ("X", "Kai was involved in seven serious incidents in the summer term and two so far this term.", "history / incident figures"),
                    ],
                ),
                ("h", 2, "Our recommendations"),
                ("p", "The table sets out what we believe Kai needs in his next plan, and why."),
                (
                    "grid",
                    [
                        ["What Kai needs", "Reason", "Who"],
                        [
                            ("R", "A key adult who meets him at the door each morning and checks in for 10 minutes at the beginning and end of the day.", "semh", "specific", F1_KEY),
                            ("X", "Kai's day goes best when he has been able to talk through anything that happened at home or on the bus before lessons start.", "reason column"),
                            "Key adult (currently Ms Pritchard)",
                        ],
                        [
                            ("R", "Planned movement breaks of five minutes after every 20 minutes of seated work, built into his timetable.", "semh", "not_specific", F1_BREAKS),
                            ("X", "Kai's restlessness increases noticeably after about 20 minutes and most low-level disruption happens at that point.", "reason column"),
                            "Class teacher",
                        ],
                        [
                            ("R", "An adult working alongside him in every lesson, at least until he has settled in his next placement.", "semh", "less", F1_TA),
                            ("X", "Incidents have almost always happened in lessons without a second adult, such as PE and art.", "reason column"),
                            "Teaching assistant",
                        ],
                        [
                            ("R", "Weekly 1:1 mentoring with our learning mentor for 45 minutes, on anger management and making safe choices in the community.", "semh", "wrong_section", H2_MENTOR, {"section": "H2"}),
                            ("X", "Kai has responded well to Mr Hale, our mentor, and has begun to talk about the pressure he feels from older boys.", "reason column"),
                            "Learning mentor",
                        ],
                        [
                            ("R", "Daily numeracy intervention of 20 minutes in a group of no more than three, to close the gaps in number.", "cognition_learning", "missing_from_f"),
                            ("X", "Without secure number facts Kai becomes frustrated in maths lessons and this is where the most incidents have started.", "reason column"),
                            "Maths teacher / TA",
                        ],
                        [
                            ("R", "A positive behaviour support plan written with Kai and his mum, shared with all staff and reviewed every six weeks.", "semh", "specific", F1_PBS),
                            ("X", "Consistency between adults matters a great deal to Kai; he notices immediately when one adult handles something differently.", "reason column"),
                            "Head of Centre",
                        ],
                    ],
                    [0.38, 0.42, 0.2],
                ),
                (
                    "p",
                    [
                        ("X", "We do not think that a return to a mainstream secondary school would be right for Kai at this point.", "opinion on placement"),
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
                ("b", "Re: Kai Donnelly-Reid, date of birth 17/05/2013. Request for health advice for an EHC needs assessment"),
                (
                    "p",
                    [
                        "Thank you for your request for advice. I have known Kai since his referral to the ADHD pathway in 2024 and saw him most recently in clinic on 21 September with his mother.",
                        ("N", "Kai meets the criteria for ADHD, combined presentation, and his inattention and impulsivity remain marked even with medication.", "semh", B1_ADHD),
                    ],
                ),
                (
                    "p",
                    [
                        ("X", "He has taken a long-acting stimulant since March 2025 and his mother reports a clear improvement in his concentration in the mornings.", "health: treatment in place"),
                        ("X", "Kai's appetite is reduced at lunchtime and his weight is being monitored in clinic.", "health need, Section C"),
                    ],
                ),
                (
                    "p",
                    [
                        "Kai's early history includes exposure to domestic abuse before he was five.",
                        ("N", "He shows a high level of vigilance in busy and unpredictable places: he startles at sudden noises, positions himself near the door and reacts to raised voices as a threat, and this makes corridors and large classrooms very difficult for him.", "semh", None),
                        ("X", "I do not think that Kai currently meets the threshold for a diagnosis of post-traumatic stress disorder.", "condition ruled out"),
                    ],
                ),
                ("b", "Recommendations"),
                (
                    "p",
                    [
                        "From a CAMHS point of view I would recommend the following.",
                        ("R", "All adults working with Kai should have training in attachment and trauma-informed approaches, so that his reactions are understood and responded to consistently.", "semh", "specific", F1_TRAIN),
                        ("R", "Kai should have an agreed quiet place in school that he can go to, without having to ask, using a time-out card, when he feels his anger rising, with an adult checking on him within five minutes.", "semh", "not_specific", F1_CALM),
                    ],
                ),
                (
                    "p",
                    [
                        ("R", "The ADHD clinic will continue to review Kai's medication every three months.", "health", "not_educational", G1_MEDS, {"section": "G"}),
                        ("R", "I have recommended that Ms Donnelly attends the Non-Violent Resistance parenting group run by our service in the spring term.", "health", "not_educational"),
                    ],
                ),
                (
                    "p",
                    "Kai told me he would like people at school to 'just give me a minute' when he is wound up. I think that is sound advice for all of us.",
                ),
                _sig("Yours sincerely,", "Ruth Abernethy", "Clinical Nurse Specialist (ADHD), Brackenmoor CAMHS", "ruth.abernethy@example.org"),
            ],
        ),
    ],
)

CASES = [CASE_01]
