# ruff: noqa: E501
"""case-evalap-04: Tarnbrook Borough Council; Maryam Osei-Whitlock, 7, Year 2, severe
visual impairment with a hearing loss. Layout "name-with-acronym-in-brackets": no letters
or numbers; each section is named, with the short form the council's case system uses
in brackets after the name ("Special Educational Provision (SEP)")."""

B_VISION = "Maryam has a severe visual impairment (optic nerve hypoplasia) and is registered severely sight impaired; she cannot see print, pictures or the board."
B_HEARING = "She also has a hearing loss in her left ear, which makes it harder for her to follow speech in a noisy classroom."
B_BRAILLE = "Maryam is at an early stage of learning to read and write through braille, and her literacy is well below that expected for her age."
B_PLAY = "She can be isolated at playtime and finds it hard to join in with games."
B_TIRED = "Maryam becomes very tired during the school day."

F_TA = "A teaching assistant with Maryam for the whole of the school day (27.5 hours a week) to describe visual information, support her braille work and guide her safely around school."
F_BRAILLE = "Braille teaching from a qualified teacher of vision impairment (QTVI) for one 45-minute session each week."
F_REINF = "A teaching assistant trained in Unified English Braille (Grade 1) will reinforce Maryam's braille work with her for 20 minutes every day."
F_RES = "Resources adapted as appropriate."
F_RADIO = "A radio aid (remote microphone) worn by the class teacher in every lesson, with all staff who teach Maryam trained in its use by the Teacher of the Deaf in the autumn term 2026."
F_REST = "15 min rest in the quiet room after lunch, daily"
F_VISITS = "Advice and monitoring visits from the Sensory Support Service."
H2_HAB = "Habilitation (mobility and independent living skills) training from the council's Sensory Social Care Team, 45 minutes each week."

QTVI = "qtvi_report.pdf"
SCHOOL = "school_advice.docx"


def _h(sid: str, name: str) -> tuple:
    return ("H", sid, name, "band")


CASE_04 = dict(
    name="case-evalap-04",
    layout="name-with-acronym-in-brackets",
    summary=(
        "Tarnbrook Borough Council; Maryam Osei-Whitlock, 7, Year 2 at Hollins Green Primary School (severe "
        "visual impairment from optic nerve hypoplasia, hearing loss in one ear; braille, mobility, self-care, "
        "fatigue, play). No letters or numbers: each section is named in a shaded band with the case system's "
        'short form in brackets ("Special Educational Needs (SEN)", "Special Educational Provision (SEP)"). '
        "Long independent QTVI report with a recommendation table carrying an outcome column and a provision "
        "costing table; short school advice."
    ),
    note="Habilitation training placed under Other Social Care Provision (SCP-O) is wrong_section: mobility and independence training is special educational provision. The ophthalmology and audiology reviews are health provision.",
    plan=dict(
        file="plan.pdf",
        accent="6A1B4D",
        header="Tarnbrook Borough Council - EHC Plan - Maryam Osei-Whitlock",
        footer="Case ref TBC/EHC/30917 - Final - page {n} of {m}",
        blocks=[
            ("org", "Tarnbrook Borough Council - SEND Service"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Child", "Maryam Osei-Whitlock, born 11 May 2019"),
                    ("Parents", "Mrs Abena Osei-Whitlock and Mr Daniel Whitlock"),
                    ("Address", "7 Ferncroft Gardens, Tarnbrook QY4 5PA"),
                    ("Date issued", "13 November 2026"),
                ],
            ),
            _h("A", "Views, Interests and Aspirations (VIA)"),
            (
                "S",
                "A",
                "Maryam loves singing, her talking storybooks and playing on the swings with her big brother.",
            ),
            (
                "p",
                'She says she wants "to read books with my fingers like Mrs Dunmore" and to have more friends to play with. Her parents want her to become as independent as she can and to stay at her local school.',
            ),
            _h("B", "Special Educational Needs (SEN)"),
            ("S", "B", B_VISION),
            ("p", B_HEARING),
            ("p", [B_BRAILLE, B_PLAY]),
            ("p", B_TIRED),
            _h("C", "Health Needs (HN)"),
            (
                "S",
                "C",
                "Maryam's eye condition is monitored by the paediatric ophthalmology clinic at Tarnbrook General Hospital, and her hearing by the children's audiology service.",
            ),
            _h("D", "Social Care Needs (SCN)"),
            (
                "S",
                "D",
                "Maryam is known to the Sensory Social Care Team, which assessed her needs in June 2026.",
            ),
            _h("E", "Outcomes Sought (OS)"),
            (
                "S",
                "E",
                "By the end of Year 3 Maryam will read and write all the letters of uncontracted braille and short words.",
            ),
            (
                "p",
                "By the end of Year 3 Maryam will move between her classroom, the toilets and the dining hall with a trusted adult nearby but not holding her arm.",
            ),
            _h("F", "Special Educational Provision (SEP)"),
            (
                "S",
                "F",
                "The provision below will be made at Hollins Green Primary School with the support of Tarnbrook Sensory Support Service.",
            ),
            (
                "bul",
                [
                    ("F", F_TA, True),
                    ("F", F_BRAILLE, True),
                    ("F", F_REINF, True),
                    ("F", F_RES, False),
                    ("F", F_RADIO, True),
                    ("F", F_REST, True),
                    ("F", F_VISITS, False),
                ],
            ),
            _h("G", "Health Provision (HP)"),
            (
                "S",
                "G",
                "Review in the paediatric ophthalmology clinic every six months and by the children's audiology service every year.",
            ),
            _h("H1", "Social Care Provision under the CSDPA 1970, section 2 (SCP-C)"),
            ("S", "H1", "No provision under this heading."),
            _h("H2", "Other Social Care Provision (SCP-O)"),
            ("S", "H2", H2_HAB),
            _h("I", "Placement (PL)"),
            ("S", "I", "Hollins Green Primary School (community primary school)."),
            _h("J", "Personal Budget (PB)"),
            (
                "S",
                "J",
                "Maryam's parents have asked for information about a personal budget for habilitation; this will be discussed at the first annual review.",
            ),
            _h("K", "Advice and Information (AI)"),
            (
                "S",
                "K",
                "Report of the qualified teacher of vision impairment (Ms C. Dunmore, October 2026); advice from Hollins Green Primary School (September 2026); ophthalmology and audiology letters (2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=QTVI,
            sans=True,
            footer="Independent QTVI report - Maryam Osei-Whitlock - page {n} of {m}",
            blocks=[
                (
                    "org",
                    "Clare Dunmore MEd, Qualified Teacher of Children and Young People with Vision Impairment",
                ),
                (
                    "small",
                    "Independent specialist teacher (sensory impairment). 2 Abbey Mews, Tarnbrook QY1 3JD. 01632 960471. clare.dunmore@example.org",
                ),
                ("title", "Report of the qualified teacher of vision impairment"),
                (
                    "kv",
                    [
                        ("Child", "Maryam Osei-Whitlock, born 11 May 2019, Year 2"),
                        ("School", "Hollins Green Primary School"),
                        (
                            "Seen",
                            "Observed in school 21 and 28 September 2026; at home 30 September 2026",
                        ),
                        ("Requested by", "Tarnbrook Borough Council, for the EHC needs assessment"),
                    ],
                ),
                ("h", 2, "1. Background and diagnosis"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Maryam's ophthalmologist reports that her vision is stable and is not expected to change.",
                            "medical",
                        ),
                        "Maryam was diagnosed with bilateral optic nerve hypoplasia at four months of age and was registered severely sight impaired in 2021. A mild to moderate hearing loss in her left ear was found at a routine school-entry screen in 2024.",
                    ],
                ),
                (
                    "p",
                    [
                        "I have taught Maryam as her QTVI on behalf of Tarnbrook Sensory Support Service from 2021 until August 2026, when I left the service, and I know her and her family well.",
                        (
                            "X",
                            "Her parents report that she now uses the stairs at home on her own, holding the rail.",
                            "progress",
                        ),
                    ],
                ),
                ("h", 2, "2. Functional vision and hearing"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Maryam's functional vision is very limited: she can see large, high-contrast objects at about 1 metre, but she cannot see standard print, the pictures in a book or the class whiteboard.",
                            "sensory_physical",
                            B_VISION,
                        ),
                        "She has some perception of light and movement and turns towards a window.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Because of her hearing loss she misses much of what is said in a noisy classroom, at the very time that she depends on hearing more than a sighted child would.",
                            "sensory_physical",
                            B_HEARING,
                        ),
                        "This combination of vision and hearing loss is why I describe her needs as multi-sensory.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "An earlier suggestion of a CCTV magnifier has not been taken forward, as Maryam's vision does not allow her to use magnified print.",
                            "option considered and not recommended",
                        ),
                    ],
                ),
                ("h", 2, "3. Learning, independence and social inclusion"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Maryam is at the very beginning of learning braille: she recognises eight letters of uncontracted braille by touch, but her tactile discrimination is still weak and she often confuses mirror-image letters.",
                            "cognition_learning",
                            B_BRAILLE,
                        ),
                        (
                            "X",
                            "She has a lovely singing voice and remembers songs after hearing them only once.",
                            "strength",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "She does not yet move around the school on her own: she holds an adult's arm everywhere, has not been introduced to a cane, and does not use the sounds and textures around her to work out where she is.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Her self-care skills (dressing after PE, using a knife and fork, finding her own belongings) are well below those expected for her age, because she has not yet been taught the non-visual ways of doing them.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Maryam finds it hard to join in with other children's play, because she cannot see their faces or where they have gone, and at playtime she often stands by the wall singing to herself.",
                            "semh",
                            B_PLAY,
                        ),
                        "Her classmates are kind to her but tend to mother her rather than play with her.",
                    ],
                ),
                ("h", 2, "4. Comment on the draft plan"),
                (
                    "X",
                    "The draft plan describes Maryam's vision well but says nothing about mobility or self-care, which are central to a child with her level of sight loss, and the provision for braille is far short of what a child starting braille needs if she is to keep up with her class.",
                    "comment on the draft plan",
                ),
                ("h", 2, "5. Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Frequency", "Provider", "Outcome"],
                        [
                            (
                                "R",
                                "Braille teaching from a QTVI",
                                "cognition_learning",
                                "less",
                                F_BRAILLE,
                            ),
                            "Three 30-minute sessions a week",
                            "QTVI, Sensory Support Service",
                            "Reads and writes all letters of uncontracted braille by the end of Year 3",
                        ],
                        [
                            (
                                "R",
                                "Daily braille reinforcement with a braille-trained teaching assistant",
                                "cognition_learning",
                                "specific",
                                F_REINF,
                            ),
                            "20 minutes each day",
                            "Teaching assistant with UEB Grade 1",
                            "Keeps up the practice between QTVI lessons",
                        ],
                        [
                            (
                                "R",
                                "All print materials transcribed into braille, tactile or audio formats and ready before the lesson",
                                "sensory_physical",
                                "not_specific",
                                F_RES,
                            ),
                            "Every lesson",
                            "Transcriber (school), advised by QTVI",
                            "Takes part in lessons with the same content as her class",
                        ],
                        [
                            (
                                "R",
                                "Habilitation training in mobility and independent living skills",
                                "sensory_physical",
                                "wrong_section",
                                H2_HAB,
                                {"section": "H2"},
                            ),
                            "One 45-minute session each week for a year",
                            "Qualified habilitation specialist",
                            "Moves around school with a long cane; dresses herself after PE",
                        ],
                        [
                            (
                                "R",
                                "A radio aid for use in all lessons, with staff trained in its use by the Teacher of the Deaf",
                                "sensory_physical",
                                "specific",
                                F_RADIO,
                            ),
                            "Every lesson",
                            "Teacher of the Deaf",
                            "Follows what the teacher says in a noisy room",
                        ],
                        [
                            (
                                "R",
                                "Tactile maths equipment (tactile number line, brailled ruler and clock, raised-line graph paper)",
                                "cognition_learning",
                                "missing_from_f",
                            ),
                            "Every maths lesson",
                            "Class teacher; equipment from a specialist supplier",
                            "Works on the same maths as her class",
                        ],
                        [
                            (
                                "R",
                                "QTVI visits to advise staff, with a repeat functional vision assessment each year",
                                "sensory_physical",
                                "not_specific",
                                F_VISITS,
                            ),
                            "At least twice a term",
                            "QTVI",
                            "Staff adapt teaching with confidence",
                        ],
                    ],
                    [0.34, 0.2, 0.2, 0.26],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Maryam's parents may wish to join the family group run by Tarnbrook Society for the Blind, which meets monthly on Saturday mornings.",
                            "social_care",
                            "not_educational",
                        ),
                    ],
                ),
                ("h", 2, "6. Provision costing"),
                (
                    "table",
                    [
                        ["Provision", "Basis", "Annual cost"],
                        [
                            "QTVI braille teaching",
                            "3 x 30 minutes x 38 weeks = 57 hours at £60",
                            "£3,420",
                        ],
                        [
                            "QTVI advisory visits and assessment",
                            "6 visits of 2 hours, plus report",
                            "£900",
                        ],
                        [
                            "Braille-trained teaching assistant",
                            "Included in full-time support",
                            "-",
                        ],
                        ["Habilitation specialist", "45 minutes x 38 weeks, plus travel", "£2,565"],
                        ["Braille transcription", "5 hours a week x 38 weeks at £22", "£4,180"],
                        ["Tactile maths equipment", "One-off", "£460"],
                    ],
                    dict(widths=[0.38, 0.44, 0.18]),
                ),
                (
                    "p",
                    "These costs are given at 2026 rates to help the council; they are estimates and do not include the radio aid, which is supplied on loan by the Sensory Support Service.",
                ),
                ("b", "Clare Dunmore"),
                (
                    "p",
                    "Qualified Teacher of Children and Young People with Vision Impairment, 12 October 2026",
                ),
            ],
        ),
        dict(
            file=SCHOOL,
            blocks=[
                ("org", "Hollins Green Primary School"),
                ("title", "Advice from the school"),
                (
                    "kv",
                    [
                        ("Child", "Maryam Osei-Whitlock, Year 2 (Kestrel Class)"),
                        (
                            "Written by",
                            "Mrs Sunita Baird, SENCo, with Miss Holly Crane, class teacher",
                        ),
                        ("Date", "26 September 2026"),
                    ],
                ),
                ("h", 2, "Maryam at school"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Maryam joined Hollins Green in Reception in September 2024 and has settled well.",
                            "history",
                        ),
                        (
                            "X",
                            "In maths she understands number well when she can handle objects, and her mental arithmetic is a strength.",
                            "strength",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "She tires quickly in the afternoon because listening and working by touch take so much effort, and she sometimes falls asleep on the carpet.",
                            "sensory_physical",
                            B_TIRED,
                        ),
                        (
                            "N",
                            "Maryam is working well below age-related expectations in reading and writing because she cannot yet read print or braille with any fluency.",
                            "cognition_learning",
                            B_BRAILLE,
                        ),
                    ],
                ),
                (
                    "X",
                    "A teaching assistant has been with Maryam every morning since Reception, funded by the school, and the Sensory Support Service has visited once a term.",
                    "support already in place",
                ),
                ("h", 2, "What Maryam enjoys and does well"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Maryam is a cheerful, chatty girl who loves music time and has learned every song in the Christmas play by heart.",
                            "strength",
                        ),
                        "She is proud of her braille and likes to show visitors the letters she knows.",
                        (
                            "X",
                            "Her attendance this year is 96%, and she is rarely late.",
                            "attendance (no concern)",
                        ),
                    ],
                ),
                ("h", 2, "Maryam's views"),
                (
                    "p",
                    "We asked Maryam what she likes about school and what is hard. She said: \"I like singing and Miss Crane's stories. I don't like it when everyone runs off at playtime and I can't find them.\"",
                ),
                ("h", 2, "Progress this year"),
                (
                    "p",
                    [
                        (
                            "X",
                            "At the start of Year 1 Maryam would not leave the classroom without crying; this has not happened since the spring.",
                            "resolved difficulty",
                        ),
                        "She now finds her own peg and coat when they are marked with a tactile symbol, and she can pour her own drink at lunch.",
                    ],
                ),
                ("h", 2, "What we think Maryam needs"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "Maryam needs a teaching assistant with her throughout the school day, not only in the mornings.",
                            "sensory_physical",
                            "specific",
                            F_TA,
                        ),
                        (
                            "R",
                            "A daily rest period of 15 minutes after lunch in a quiet area would help her manage the afternoon.",
                            "sensory_physical",
                            "specific",
                            F_REST,
                        ),
                        (
                            "R",
                            "She would benefit from a buddy system and an adult-led game at lunchtime three times a week, to help her play with other children.",
                            "semh",
                            "missing_from_f",
                        ),
                    ],
                ),
                ("p", "Sunita Baird, SENCo. Telephone 01632 960262."),
            ],
        ),
    ],
)
