# ruff: noqa: E501
"""Set K as data: sections renumbered out of letter order, a two-column form, a council
template with outcomes before needs, and template guidance notes with appendices.

Every name, council, school, college, service and professional is invented. Postcodes use
areas that do not exist, phone numbers are in the 01632 960xxx range and e-mail addresses
are at example.org. Markers are those of evaluation_kit.dataset.
"""

# ---------------------------------------------------------------------------
# case-evalk-01: Innisford Borough Council; Hamza Siddiqui, 14, Year 9
# layout "numbered-reordered": Section 1 About me (A), 2 My outcomes (E), 3 My special
# educational needs (B), 4 Special educational provision (F), 5 health needs (C) ...
# ---------------------------------------------------------------------------

B1_VA = "Hamza has a severe visual impairment (retinitis pigmentosa); his central vision is reduced and he has very little vision at night or in dim light."
B1_PRINT = "He needs print enlarged to N24 and cannot read standard textbooks or the whiteboard."
B1_MOB = "Hamza finds it hard to move around school safely, especially on stairs, in crowded corridors and in poorly lit areas."
B1_FUTURE = "His vision is expected to get worse, and he does not yet have a way of reading that does not depend on sight."
B1_FAT = "Hamza gets tired and develops headaches from the effort of reading."
B1_SOC = "He has become isolated from his friends because he cannot see faces across the playground and does not recognise people."

F1_BRAILLE = (
    "Braille tuition from a qualified teacher of the visually impaired, 45 minutes once a week."
)
F1_PRINT = "Modified large print (N24 bold) for all materials, prepared by the resource technician before each lesson."
F1_LAPTOP = "A laptop with magnification and screen-reading software."
F1_SSS = "Advice from the Sensory Support Service as required."
F1_CAMERA = "A document camera linked to his laptop to view the whiteboard, in every classroom."
F1_HAB = "Habilitation training as advised."
F1_EARLY = "Early release from lessons (3 minutes) with a friend."
F1_SEAT = (
    "A seat at the front of each classroom, away from the glare of the windows, agreed with Hamza."
)

QTVI1 = "qtvi_report.docx"
HAB1 = "habilitation_report.pdf"

CASE_01 = dict(
    name="case-evalk-01",
    layout="numbered-reordered",
    summary=(
        "Innisford Borough Council; Hamza Siddiqui, 14, Year 9 at Carnbrook High School (retinitis "
        "pigmentosa: print access, mobility, fatigue, braille, isolation). Sections are numbered 1 to 12 "
        "in an order of the council's own, not the letters' order: 1 A, 2 E, 3 B, 4 F, 5 C, 6 G, 7 D, "
        "8 H1, 9 H2, 10 I, 11 J, 12 K. QTVI report whose recommendations are long sentences carrying "
        "background and advice together; habilitation specialist's report."
    ),
    note="Section numbers do not follow the letters: 1 = A, 2 = E, 3 = B, 4 = F, 5 = C, 6 = G, 7 = D, 8 = H1, 9 = H2, 10 = I, 11 = J, 12 = K.",
    plan=dict(
        file="plan.pdf",
        footer="Innisford Borough Council - Education, Health and Care Plan - Hamza Siddiqui - {n}/{m}",
        blocks=[
            ("org", "Innisford Borough Council"),
            ("title", "My Education, Health and Care Plan"),
            (
                "small",
                "Hamza Siddiqui   Date of birth: 12 December 2011   Final plan: 16 January 2026",
            ),
            ("H", "A", "Section 1: About me", "h2"),
            ("S", "A", "I like cricket commentary, coding and cooking with my dad."),
            (
                "p",
                "Hamza's parents want him to have the skills he will need when his sight gets worse.",
            ),
            ("H", "E", "Section 2: My outcomes", "h2"),
            ("S", "E", "By July 2027 Hamza will read grade 1 braille at 20 words a minute."),
            (
                "p",
                "By July 2026 Hamza will travel between all of his lessons independently, using his cane.",
            ),
            ("H", "B", "Section 3: My special educational needs", "h2"),
            ("S", "B", B1_VA),
            ("p", [B1_PRINT, B1_MOB]),
            ("p", [B1_FUTURE, B1_FAT, B1_SOC]),
            ("H", "F", "Section 4: Special educational provision to meet my needs", "h2"),
            ("S", "F", ("F", F1_BRAILLE, True)),
            (
                "bul",
                [
                    ("F", F1_PRINT, True),
                    ("F", F1_LAPTOP, True),
                    ("F", F1_SSS, False),
                    ("F", F1_CAMERA, True),
                    ("F", F1_HAB, False),
                    ("F", F1_EARLY, True),
                    ("F", F1_SEAT, True),
                ],
            ),
            ("H", "C", "Section 5: My health needs", "h2"),
            (
                "S",
                "C",
                "Hamza's eye condition is monitored by the ophthalmology department at Innisford Royal Hospital.",
            ),
            ("H", "G", "Section 6: Health provision", "h2"),
            ("S", "G", "Ophthalmology review every twelve months."),
            ("H", "D", "Section 7: My social care needs", "h2"),
            (
                "S",
                "D",
                "Hamza is registered as severely sight impaired; no social care needs have been assessed.",
            ),
            (
                "H",
                "H1",
                "Section 8: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
                "h2",
            ),
            ("S", "H1", "None at present."),
            ("H", "H2", "Section 9: Other social care provision", "h2"),
            (
                "S",
                "H2",
                "A sensory social worker will offer an assessment of daily living skills in 2026.",
            ),
            ("H", "I", "Section 10: My school", "h2"),
            ("S", "I", "Carnbrook High School (mainstream academy)."),
            ("H", "J", "Section 11: Personal budget", "h2"),
            ("S", "J", "No personal budget has been requested."),
            ("H", "K", "Section 12: Advice and information", "h2"),
            (
                "S",
                "K",
                "QTVI report (November 2025); habilitation report (November 2025); ophthalmology letter (March 2025).",
            ),
        ],
    ),
    reports=[
        dict(
            file=QTVI1,
            blocks=[
                ("org", "Innisford Sensory Support Service \u2013 Vision Team"),
                ("title", "Report of the Qualified Teacher of the Visually Impaired"),
                (
                    "kv",
                    [
                        ("Pupil", "Hamza Siddiqui, Year 9"),
                        ("School", "Carnbrook High School"),
                        ("Visits", "4 and 18 November 2025"),
                        ("Author", "Eilidh Matheson, QTVI"),
                    ],
                ),
                ("h", 2, "Functional vision"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Hamza's visual acuity is recorded as 6/60 in both eyes (ophthalmology, March 2025).",
                            "test result",
                        ),
                        (
                            "X",
                            "Hamza is a confident speaker and does well in class discussion.",
                            "strength",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Hamza's functional reading of print is now at N24 for sustained reading, and his reading speed drops sharply below that size.",
                            "sensory_physical",
                            B1_PRINT,
                        ),
                        (
                            "N",
                            "He cannot access the whiteboard at any distance, even from the front row, and relies on a neighbour to read it out.",
                            "sensory_physical",
                            B1_PRINT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "After about twenty minutes of reading he reports headaches, and his accuracy falls.",
                            "sensory_physical",
                            B1_FAT,
                        ),
                        (
                            "N",
                            "Hamza's touch-typing is slow, about 12 words a minute, so he cannot yet keep up with note-taking on a laptop.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "N",
                        "He is reluctant to use his magnifier or his cane in front of other students, and often refuses them.",
                        "semh",
                        None,
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    (
                        "R",
                        "Because his vision is expected to deteriorate over the next few years, and because he has told me that he is frightened of going blind without a plan, Hamza should begin learning braille now, with a qualified teacher of the visually impaired, for two 45-minute sessions each week.",
                        "sensory_physical",
                        "less",
                        F1_BRAILLE,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "All printed materials, including worksheets, tests and homework, should be provided in N24 bold on matte paper, prepared in advance by the school's resource technician, so that Hamza has them at the same time as his classmates.",
                        "sensory_physical",
                        "specific",
                        F1_PRINT,
                    ),
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "He needs a laptop with screen magnification and screen-reading software.",
                            "sensory_physical",
                            "specific",
                            F1_LAPTOP,
                        ),
                        (
                            "R",
                            "Touch-typing should be taught for 15 minutes each day until he reaches 30 words a minute.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "R",
                        "The QTVI should visit at least fortnightly to teach Hamza directly and to advise his teachers.",
                        "sensory_physical",
                        "not_specific",
                        F1_SSS,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "A camera-based device to show the whiteboard on his laptop screen is needed in every classroom.",
                        "sensory_physical",
                        "specific",
                        F1_CAMERA,
                    ),
                ),
            ],
        ),
        dict(
            file=HAB1,
            blocks=[
                ("org", "Innisford Sensory Support Service"),
                ("title", "Habilitation assessment"),
                (
                    "p",
                    "Hamza Siddiqui. Assessed by Ruairi Keane, Habilitation Specialist, November 2025.",
                ),
                (
                    "p",
                    (
                        "X",
                        "Hamza has had long-cane training for one term and uses the cane confidently in the quiet corridors.",
                        "progress",
                    ),
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "In school he collides with people in the corridors at lesson change and misses the edges of steps in the older building.",
                            "sensory_physical",
                            B1_MOB,
                        ),
                        (
                            "N",
                            "Outside school, Hamza cannot yet travel the route from the bus stop to school on his own after dark in winter.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "N",
                        "He does not recognise his friends across the playground and has stopped going out at break.",
                        "semh",
                        B1_SOC,
                    ),
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Hamza needs habilitation training from a qualified habilitation specialist, one hour a week in term time, covering routes around school, the route to and from the bus stop and independent living skills.",
                            "sensory_physical",
                            "not_specific",
                            F1_HAB,
                        ),
                        (
                            "R",
                            "Until he is confident with the cane, he should leave lessons three minutes early, with a friend, while the corridors are quiet.",
                            "sensory_physical",
                            "specific",
                            F1_EARLY,
                        ),
                    ],
                ),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalk-02: Castlemere County Council; Ffion Lloyd-Jenkins, 10, special school
# layout "form-two-column": one table; the left cell of each row is the section heading and
# the right cell holds the section.
# ---------------------------------------------------------------------------

B2_COG = "Ffion has profound and multiple learning difficulties; she is at an early stage of development and learns through her senses and routines."
B2_COMM = "She communicates through facial expression, vocal sounds and body movement, and is beginning to use eye-pointing to make choices."
B2_PHYS = "Ffion has spastic quadriplegic cerebral palsy; she cannot sit without support and depends on adults for all movement and positioning."
B2_VIS = "She has cortical visual impairment and responds best to high-contrast, lit objects presented to her right side."
B2_HEALTH = (
    "Her tracheostomy and frequent chest infections mean she misses school often and tires quickly."
)
B2_TIME = "Ffion's attention is fleeting, and she needs time to respond, often up to 30 seconds."

F2_CLASS = (
    "Class of no more than six pupils, with one adult to each pupil for all learning activities."
)
F2_SENS = "Multi-sensory approach to learning."
F2_VIS = "High-contrast, lit resources presented to her right side, prepared by the class team following the QTVI's advice."
F2_OBJ = "Objects of reference used at every change of activity by all staff."
F2_II = "Intensive interaction, 15 minutes twice a day, with a familiar adult."
F2_SALT = "Speech and language therapy input to be determined by the therapist."
F2_HYDRO = "Weekly hydrotherapy session of 30 minutes with two trained staff, following the physiotherapist's programme."
G2_ESCORT = "Ffion will be accompanied at all times in school by a member of staff trained and signed off as competent in tracheostomy care by the children's community nursing team."
G2_TRAIN = "Training and competency checks for school staff in tracheostomy care and gastrostomy feeding by the children's community nursing team every six months."
G2_POSTURE = "A postural management programme with changes of position every 45 minutes (wheelchair, side-lyer, standing frame), carried out by trained classroom staff."
G2_REVIEW = "Physiotherapy review each term by the children's physiotherapy team."

CCN2 = "nursing_report.pdf"
PT2 = "physio_report.docx"
SALT2 = "salt_report.pdf"

CASE_02 = dict(
    name="case-evalk-02",
    layout="form-two-column",
    summary=(
        "Castlemere County Council; Ffion Lloyd-Jenkins, 10, at Bryn Celyn School, a special school (PMLD, "
        "quadriplegic cerebral palsy, cortical visual impairment, tracheostomy, gastrostomy). The plan is a "
        "two-column form: each row's left cell is a section heading and its right cell the section. "
        "Community children's nursing report, physiotherapy report, SALT report."
    ),
    note="Headings are the left cells of a single two-column table. The postural programme carried out by classroom staff, placed in G, is wrong_section; tracheostomy care and the nursing team's training of staff are health provision correctly in G.",
    plan=dict(
        file="plan.docx",
        blocks=[
            ("org", "Castlemere County Council"),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Ffion Lloyd-Jenkins   Date of birth: 1 August 2015   Date of plan: 24 October 2025",
            ),
            (
                "grid",
                [
                    ["Section", "Details"],
                    [
                        ("H", "A", "A: Ffion's views, interests and aspirations", ""),
                        (
                            "L",
                            [
                                (
                                    "S",
                                    "A",
                                    "Ffion loves music, the sensory room and being rocked in the hammock.",
                                ),
                                "Her parents want her to be comfortable, healthy and to have fun at school.",
                            ],
                        ),
                    ],
                    [
                        ("H", "B", "B: Special educational needs", ""),
                        ("L", [("S", "B", B2_COG), B2_COMM, B2_PHYS, B2_VIS, B2_HEALTH, B2_TIME]),
                    ],
                    [
                        ("H", "C", "C: Health needs", ""),
                        (
                            "L",
                            [
                                (
                                    "S",
                                    "C",
                                    "Ffion has a tracheostomy and a gastrostomy and is fully tube-fed.",
                                )
                            ],
                        ),
                    ],
                    [
                        ("H", "D", "D: Social care needs", ""),
                        ("L", [("S", "D", "Ffion's parents need overnight short breaks.")]),
                    ],
                    [
                        ("H", "E", "E: Outcomes", ""),
                        (
                            "L",
                            [
                                (
                                    "S",
                                    "E",
                                    "By July 2026 Ffion will make a choice between two objects by eye-pointing on most days.",
                                ),
                                "By July 2026 Ffion will tolerate her standing frame for 30 minutes.",
                            ],
                        ),
                    ],
                    [
                        ("H", "F", "F: Special educational provision", ""),
                        (
                            "L",
                            [
                                ("S", "F", ("F", F2_CLASS, True)),
                                ("F", F2_SENS, False),
                                ("F", F2_VIS, True),
                                ("F", F2_OBJ, True),
                                ("F", F2_II, True),
                                ("F", F2_SALT, False),
                                ("F", F2_HYDRO, True),
                            ],
                        ),
                    ],
                    [
                        ("H", "G", "G: Health provision", ""),
                        ("L", [("S", "G", G2_ESCORT), G2_TRAIN, G2_POSTURE, G2_REVIEW]),
                    ],
                    [
                        ("H", "H1", "H1: Social care provision (CSDPA 1970)", ""),
                        (
                            "L",
                            [("S", "H1", "Two overnight short breaks a month at T\u0177 Derwen.")],
                        ),
                    ],
                    [
                        ("H", "H2", "H2: Other social care provision", ""),
                        (
                            "L",
                            [
                                (
                                    "S",
                                    "H2",
                                    "An annual review of the family's needs by the disabled children's team.",
                                )
                            ],
                        ),
                    ],
                    [
                        ("H", "I", "I: Placement", ""),
                        (
                            "L",
                            [
                                (
                                    "S",
                                    "I",
                                    "Bryn Celyn School (maintained special school for pupils with PMLD)",
                                )
                            ],
                        ),
                    ],
                    [
                        ("H", "J", "J: Personal budget", ""),
                        ("L", [("S", "J", "Direct payment for the short breaks in H1.")]),
                    ],
                    [
                        ("H", "K", "K: Advice and information", ""),
                        (
                            "L",
                            [
                                (
                                    "S",
                                    "K",
                                    "Community children's nursing report; physiotherapy report; speech and language therapy report; school report; parents' views.",
                                )
                            ],
                        ),
                    ],
                ],
                [0.3, 0.7],
            ),
        ],
    ),
    reports=[
        dict(
            file=CCN2,
            blocks=[
                ("org", "Castlemere Children's Community Nursing Team"),
                ("title", "Nursing report for EHC plan"),
                (
                    "p",
                    "Ffion Lloyd-Jenkins, 10. Written by Bethan Ellis, Children's Community Nurse, 2 October 2025.",
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Ffion had her gastrostomy placed in 2021 and is fully tube-fed.",
                            "history",
                        ),
                        (
                            "N",
                            "Ffion has a tracheostomy and needs suctioning several times a day, which interrupts her learning sessions.",
                            "health",
                            B2_HEALTH,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "N",
                        "She has had eleven chest infections this year and has missed about a quarter of her school days.",
                        "health",
                        B2_HEALTH,
                    ),
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Ffion must be accompanied at all times by an adult trained in tracheostomy care, including on transport and on trips.",
                            "health",
                            "not_educational",
                            G2_ESCORT,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "Our team will train and assess school staff in tracheostomy care and gastrostomy feeding every six months.",
                            "health",
                            "not_educational",
                            G2_TRAIN,
                            {"section": "G"},
                        ),
                    ],
                ),
            ],
        ),
        dict(
            file=PT2,
            blocks=[
                ("org", "Castlemere Children's Physiotherapy"),
                ("title", "Physiotherapy report"),
                (
                    "p",
                    "Ffion Lloyd-Jenkins. Seen at Bryn Celyn School, 29 September 2025, by Owain Price, Specialist Physiotherapist.",
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Ffion's range of movement in her knees has been maintained over the past year.",
                            "progress",
                        ),
                        (
                            "N",
                            "Ffion cannot hold her head up for more than a few seconds without support and cannot sit unsupported.",
                            "sensory_physical",
                            B2_PHYS,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "N",
                        "She is developing a curve in her spine, and sitting in one position for long periods increases her discomfort.",
                        "sensory_physical",
                        None,
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "A 24-hour postural management programme, with changes of position every 45 minutes between her wheelchair, a side-lyer and a standing frame, carried out by trained classroom staff.",
                            "sensory_physical",
                            "wrong_section",
                            G2_POSTURE,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "Daily hydrotherapy of 20 minutes in the school pool with two trained staff, following the physiotherapy programme.",
                            "sensory_physical",
                            "less",
                            F2_HYDRO,
                        ),
                        (
                            "R",
                            "Termly physiotherapy review in school.",
                            "health",
                            "not_educational",
                            G2_REVIEW,
                            {"section": "G"},
                        ),
                    ],
                ),
            ],
        ),
        dict(
            file=SALT2,
            blocks=[
                ("org", "Castlemere Children's Speech and Language Therapy"),
                ("title", "Communication and eating and drinking report"),
                (
                    "p",
                    "Ffion Lloyd-Jenkins. Report by Sian Morgan, Highly Specialist SLT, 6 October 2025.",
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Ffion has no consistent way yet to say yes or no, so adults cannot be sure of her choices.",
                            "communication_interaction",
                            B2_COMM,
                        ),
                        (
                            "N",
                            "She needs up to thirty seconds to respond to a prompt, and adults often move on before she has answered.",
                            "communication_interaction",
                            B2_TIME,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Ffion's vision is best to her right side, and she does not look at objects held to her left.",
                            "sensory_physical",
                            B2_VIS,
                        ),
                        (
                            "N",
                            "Ffion is at risk of aspirating her saliva and needs to be kept upright when she is not lying on her side.",
                            "health",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "An eye-gaze communication system, trialled and introduced by a SALT over a term, with weekly SALT sessions of 30 minutes.",
                            "communication_interaction",
                            "not_specific",
                            F2_SALT,
                        ),
                        (
                            "R",
                            "Objects of reference and a consistent on-body signing routine used by all staff at every transition.",
                            "communication_interaction",
                            "specific",
                            F2_OBJ,
                        ),
                        (
                            "R",
                            "Intensive interaction sessions with a familiar adult, 15 minutes twice a day.",
                            "communication_interaction",
                            "specific",
                            F2_II,
                        ),
                        (
                            "R",
                            "Staff should wait at least 30 seconds for Ffion's response before repeating a prompt.",
                            "communication_interaction",
                            "missing_from_f",
                        ),
                    ],
                ),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalk-03: Ellerby City Council; Tomas Reyes-Whitby, 17, Year 12
# layout "council-template-outcomes-first": contents table; grouping headings; headings in the
# regulation's wording ending with a full stop, starred; E before B.
# ---------------------------------------------------------------------------

B3_TICS = "Tomas has Tourette syndrome; his motor and vocal tics increase when he is anxious or tired and can make it hard for him to stay in a lesson."
B3_OCD = "He has obsessive-compulsive disorder, and checking and rewriting rituals slow his written work considerably."
B3_WRITE = "Tomas's handwriting is slow and painful because of tics in his hand and arm."
B3_ANX = (
    "He is very anxious about being stared at or laughed at, and avoids the canteen and group work."
)
B3_ATT = "Tomas's concentration is reduced by the effort of suppressing tics, and he tires by the middle of the day."

F3_PASS = "A tic-break pass to leave lessons for a short time."
F3_EXAM = (
    "Examinations on a laptop in a separate room, with 25% extra time and supervised rest breaks."
)
F3_NOTES = (
    "Copies of lecture notes and slides given to Tomas before each lesson by his subject teachers."
)
F3_SEAT = "A seat by the door in every classroom."
F3_MENTOR = "Weekly 20-minute check-in with his learning support mentor."
F3_LSA = "Support from learning support staff as needed."
G3_CBIT = "Comprehensive Behavioural Intervention for Tics from the Ellerby neurodevelopmental service, up to ten sessions."
G3_NURSE = "The Tourette specialist nurse will give a training session on Tourette syndrome to Tomas's teachers."

NP3 = "neuropsychology_report.pdf"
COL3 = "college_report.docx"

T3 = {
    "A": "Section A: The views, interests and aspirations of the young person.",
    "E": "*Section E: The outcomes sought for the young person.",
    "B": "*Section B: The young person's special educational needs.",
    "C": "Section C: The young person's health care needs which relate to their special educational needs.",
    "D": "Section D: The young person's social care needs which relate to their special educational needs or to a disability.",
    "F": "*Section F: The special educational provision required by the young person.",
    "G": "Section G: Any health care provision reasonably required by the learning difficulties and disabilities which result in the young person having special educational needs.",
    "H1": "Section H1: Any social care provision which must be made for the young person as a result of section 2 of the Chronically Sick and Disabled Persons Act 1970.",
    "H2": "Section H2: Any other social care provision reasonably required by the learning difficulties and disabilities which result in the young person having special educational needs.",
    "I": "*Section I: The name and type of the post-16 institution to be attended by the young person.",
    "J": "Section J: Where any special educational provision is to be secured by a direct payment, the special educational needs and outcomes to be met by the direct payment.",
    "K": "Section K: The advice and information gathered during the EHC needs assessment.",
}
ORDER3 = ["A", "E", "B", "C", "D", "F", "G", "H1", "H2", "I", "J", "K"]

CASE_03 = dict(
    name="case-evalk-03",
    layout="council-template-outcomes-first",
    summary=(
        "Ellerby City Council; Tomas Reyes-Whitby, 17, Year 12 at Ellerby Sixth Form College (Tourette "
        "syndrome, OCD, handwriting, anxiety, fatigue). The council's Word template: a contents table "
        "(Section | Page) repeating every heading, grouping headings, section headings in the "
        "regulation's wording ending with a full stop, some starred, and Section E before Section B as "
        "the council's rule. Independent neuropsychologist's report (reported speech, long argument, "
        "what is not recommended); college report with a Recommendation | Reason table."
    ),
    note="The contents table before the sections repeats every heading and is not a section. E comes before B. The Tourette nurse's training of teachers, placed in G, is wrong_section; CBIT in G is health provision.",
    plan=dict(
        file="plan.docx",
        footer="Ellerby City Council \u2013 EHC Plan \u2013 OFFICIAL SENSITIVE",
        blocks=[
            ("org", "Ellerby City Council \u2013 SEND 0\u201325"),
            ("title", "Education, Health and Care Plan"),
            ("b", "Contents"),
            (
                "grid",
                [["Section", "Page"]] + [[T3[s], str(2 + i // 3)] for i, s in enumerate(ORDER3)],
                [0.88, 0.12],
            ),
            (
                "small",
                "Young person: Tomas Reyes-Whitby   Date of birth: 30 April 2008   Plan dated: 11 December 2025",
            ),
            ("BODY", "Plan dated: 11 December 2025"),
            ("pb",),
            ("h", 1, "Part 1 \u2013 About the young person"),
            ("H", "A", T3["A"], "h2"),
            (
                "S",
                "A",
                "Tomas wants to study physics at university and to be treated as an ordinary student.",
            ),
            ("h", 1, "Part 2 \u2013 Outcomes and needs"),
            ("H", "E", T3["E"], "h2"),
            (
                "S",
                "E",
                "By July 2027 Tomas will complete his A-level coursework on time, typed, with his access arrangements in place.",
            ),
            (
                "p",
                "By July 2026 Tomas will eat lunch in the college with friends at least twice a week.",
            ),
            ("H", "B", T3["B"], "h2"),
            ("S", "B", B3_TICS),
            ("p", [B3_OCD, B3_WRITE]),
            ("p", [B3_ANX, B3_ATT]),
            ("H", "C", T3["C"], "h2"),
            (
                "S",
                "C",
                "Tomas is under the care of the Ellerby neurodevelopmental service for Tourette syndrome and OCD.",
            ),
            ("H", "D", T3["D"], "h2"),
            ("S", "D", "Tomas has no social care needs."),
            ("h", 1, "Provision"),
            ("H", "F", T3["F"], "h2"),
            ("S", "F", ("F", F3_PASS, False)),
            ("p", ("F", F3_EXAM, True)),
            ("p", ("F", F3_NOTES, True)),
            ("p", ("F", F3_SEAT, True)),
            ("p", ("F", F3_MENTOR, True)),
            ("p", ("F", F3_LSA, False)),
            ("H", "G", T3["G"], "h2"),
            ("S", "G", G3_CBIT),
            ("p", G3_NURSE),
            ("H", "H1", T3["H1"], "h2"),
            ("S", "H1", "Not applicable."),
            ("H", "H2", T3["H2"], "h2"),
            ("S", "H2", "No provision required."),
            ("h", 1, "Resources"),
            ("H", "I", T3["I"], "h2"),
            ("S", "I", "Ellerby Sixth Form College (sixth form college)."),
            ("H", "J", T3["J"], "h2"),
            ("S", "J", "No direct payment."),
            ("h", 1, "Advice"),
            ("H", "K", T3["K"], "h2"),
            (
                "S",
                "K",
                "Independent neuropsychology report (October 2025); college learning support report (November 2025).",
            ),
        ],
    ),
    reports=[
        dict(
            file=NP3,
            footer="Dr C. Baptiste - neuropsychological report - Tomas Reyes-Whitby - page {n} of {m}",
            blocks=[
                ("org", "Dr Celine Baptiste, Consultant Paediatric Neuropsychologist"),
                ("title", "Neuropsychological report: Tomas Reyes-Whitby"),
                (
                    "p",
                    "Instructed jointly by Tomas and his mother. Assessed on 9 and 16 October 2025.",
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    (
                        "X",
                        "Tomas told me that his tics began at the age of seven, with blinking and sniffing.",
                        "history, reported speech",
                    ),
                ),
                ("h", 2, "Assessment"),
                (
                    "p",
                    ("X", "His full-scale IQ of 118 is in the high average range.", "test result"),
                ),
                ("h", 2, "Opinion"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Tomas suppresses his tics for much of each lesson, which leaves little capacity for learning and results in an explosion of tics at break.",
                            "semh",
                            B3_ATT,
                        ),
                        (
                            "N",
                            "His rewriting rituals mean that a paragraph can take him twenty minutes, because he must rewrite any letter that does not look right.",
                            "semh",
                            B3_OCD,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "He avoids any situation where he might be watched, and he has not eaten in the college canteen since September.",
                            "semh",
                            B3_ANX,
                        ),
                        (
                            "N",
                            "Tomas has marked difficulty planning extended answers; his essays lack structure even when he is given extra time.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "N",
                        "His sleep is short and broken because of evening tics, and he arrives at college exhausted on most days.",
                        "health",
                        None,
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    (
                        "R",
                        "Tomas should have a tic-break pass allowing him to leave any lesson for up to 10 minutes to a named quiet room, without needing to explain.",
                        "semh",
                        "not_specific",
                        F3_PASS,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "He will need to complete all written assessments on a laptop, with 25% extra time and rest breaks, in a separate room.",
                        "cognition_learning",
                        "specific",
                        F3_EXAM,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "A course of Comprehensive Behavioural Intervention for Tics, eight to ten sessions, from a trained clinician, is indicated.",
                        "health",
                        "not_educational",
                        G3_CBIT,
                        {"section": "G"},
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "College staff who teach him should receive training on Tourette syndrome from a Tourette specialist nurse before the spring term.",
                        "semh",
                        "wrong_section",
                        G3_NURSE,
                        {"section": "G"},
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "Weekly 1:1 study skills sessions of 45 minutes with a specialist tutor, to teach essay planning with mind-mapping software, are needed.",
                        "cognition_learning",
                        "missing_from_f",
                    ),
                ),
                (
                    "p",
                    (
                        "X",
                        "I considered a reduced timetable and do not recommend it: Tomas wants to complete three A-levels, and his difficulties lie in how he is taught, not in how much.",
                        "what is not recommended",
                    ),
                ),
            ],
        ),
        dict(
            file=COL3,
            blocks=[
                ("org", "Ellerby Sixth Form College \u2013 Learning Support"),
                ("title", "Learning support report"),
                (
                    "p",
                    "Student: Tomas Reyes-Whitby. Written by Grace Ndlovu, Learning Support Manager, 4 November 2025.",
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Tomas's handwritten notes are often unreadable, even to him, and he becomes distressed when he cannot read them back.",
                            "sensory_physical",
                            B3_WRITE,
                        ),
                        (
                            "N",
                            "He misses the start of afternoon lessons because he waits for the corridors to clear.",
                            "semh",
                            B3_ANX,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "N",
                        "He finds group work very difficult and will often sit out rather than join a group.",
                        "semh",
                        B3_ANX,
                    ),
                ),
                (
                    "grid",
                    [
                        ["Recommendation", "Reason"],
                        [
                            (
                                "R",
                                "Lecture notes and slides e-mailed to Tomas before each lesson",
                                "sensory_physical",
                                "specific",
                                F3_NOTES,
                            ),
                            "He cannot rely on his own handwritten notes.",
                        ],
                        [
                            (
                                "R",
                                "A seat near the door in every classroom",
                                "semh",
                                "specific",
                                F3_SEAT,
                            ),
                            (
                                "X",
                                "So that he can leave discreetly when his tics build up.",
                                "reason",
                            ),
                        ],
                        [
                            (
                                "R",
                                "A weekly check-in with his learning support mentor",
                                "semh",
                                "specific",
                                F3_MENTOR,
                            ),
                            "To pick up problems before they grow.",
                        ],
                    ],
                    [0.55, 0.45],
                ),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalk-04: Saltmarsh Borough Council; Nell Abernethy, 7, Year 2, looked after
# layout "template-guidance-appendix": lettered headings each followed by the template's italic
# guidance note; after Section K an appendix summarising the advice.
# ---------------------------------------------------------------------------

B4_ATT = "Nell has attachment difficulties arising from early neglect; she finds it hard to trust adults and seeks attention from any adult, including strangers."
B4_REG = (
    "She becomes dysregulated quickly, especially at transitions, and may run out of the classroom."
)
B4_LANG = "Nell's expressive language is delayed; she uses short sentences and has difficulty describing events in order."
B4_SPEECH = (
    "Several speech sounds are not yet established, and she is hard to understand when excited."
)
B4_LIT = "Nell is working well below age-related expectations in reading and writing."
B4_PEER = "She struggles to play cooperatively and frequently falls out with other children."

F4_KEY = "A key adult trained in attachment-aware practice, available to Nell throughout the school day, including break and lunchtime (32.5 hours a week)."
F4_TRANS = "Support at transitions."
F4_NURTURE = "Nurture group, daily, 45 minutes, in a group of up to 12 pupils."
F4_SPEECH = "Speech sound therapy: a block of six weekly 30-minute sessions with a speech and language therapist, followed by a programme delivered by the teaching assistant three times a week for 10 minutes."
F4_LANG = "Language group."
F4_PHON = "Daily phonics intervention, 15 minutes, 1:1 with a trained teaching assistant."

EP4 = "ep_report.pdf"
SALT4 = "salt_report.docx"

CASE_04 = dict(
    name="case-evalk-04",
    layout="template-guidance-appendix",
    summary=(
        "Saltmarsh Borough Council; Nell Abernethy, 7, Year 2 at Eastwick Primary School, a looked-after "
        "child (attachment, regulation, expressive language, speech sounds, literacy, play). Lettered "
        "headings, each followed by the template's italic guidance note (which speaks of needs and "
        "provision but is neither); after Section K an appendix summarises the advice. EP report with a "
        "validity comment; SALT report."
    ),
    note="The italic guidance under each heading is the council's template text, not plan content. The appendix after Section K summarises advice and is part of K.",
    plan=dict(
        file="plan.pdf",
        header="Saltmarsh Borough Council - EHC Plan - Nell Abernethy",
        footer="Page {n} of {m}",
        blocks=[
            ("org", "Saltmarsh Borough Council"),
            ("title", "Education, Health and Care Plan"),
            ("small", "Nell Abernethy   Date of birth: 14 July 2018   Final plan: 3 March 2026"),
            ("H", "A", "A. Views, interests and aspirations", "h2"),
            (
                "i",
                "Guidance: record the child's and parents' or carers' views in their own words where possible.",
            ),
            (
                "S",
                "A",
                "Nell loves unicorns, glitter and jumping on the trampoline with her foster brother.",
            ),
            ("H", "B", "B. Special educational needs", "h2"),
            (
                "i",
                "Guidance: describe all of the child's special educational needs. Every need identified in the advice must be included, and each need must be met by provision in Section F.",
            ),
            ("S", "B", B4_ATT),
            ("p", [B4_REG, B4_LANG]),
            ("p", [B4_SPEECH, B4_LIT, B4_PEER]),
            ("H", "C", "C. Health needs", "h2"),
            ("i", "Guidance: health needs which relate to the child's SEN."),
            (
                "S",
                "C",
                "Nell's health needs are met through her looked-after child health reviews.",
            ),
            ("H", "D", "D. Social care needs", "h2"),
            ("i", "Guidance: social care needs which relate to the child's SEN or disability."),
            ("S", "D", "Nell is looked after by Saltmarsh Borough Council under a care order."),
            ("H", "E", "E. Outcomes", "h2"),
            ("i", "Guidance: outcomes should be SMART and describe the benefit to the child."),
            (
                "S",
                "E",
                "By July 2026 Nell will stay in class through every transition on four days out of five.",
            ),
            ("H", "F", "F. Special educational provision", "h2"),
            (
                "i",
                "Guidance: provision must be detailed and specific and should normally be quantified, for example in terms of hours of provision, type of support and staffing.",
            ),
            ("S", "F", ("F", F4_KEY, True)),
            (
                "bul",
                [
                    ("F", F4_TRANS, False),
                    ("F", F4_NURTURE, True),
                    ("F", F4_SPEECH, True),
                    ("F", F4_LANG, False),
                    ("F", F4_PHON, True),
                ],
            ),
            ("H", "G", "G. Health provision", "h2"),
            (
                "i",
                "Guidance: health provision reasonably required by the child's learning difficulties or disabilities.",
            ),
            ("S", "G", "Annual looked-after child health review by the designated nurse."),
            ("H", "H1", "H1. Social care provision (section 2 CSDPA 1970)", "h2"),
            ("S", "H1", "None."),
            ("H", "H2", "H2. Other social care provision", "h2"),
            (
                "S",
                "H2",
                "Nell's social worker visits every six weeks, and her personal education plan is reviewed each term.",
            ),
            ("H", "I", "I. Placement", "h2"),
            ("S", "I", "Eastwick Primary School (mainstream)."),
            ("H", "J", "J. Personal budget", "h2"),
            ("S", "J", "Not applicable."),
            ("H", "K", "K. Advice and information", "h2"),
            (
                "S",
                "K",
                "Educational psychology advice (January 2026); speech and language therapy report (January 2026); social care advice; foster carers' views.",
            ),
            ("b", "Appendix 1: Summary of advice"),
            (
                "p",
                "The educational psychologist advised that Nell needs an attachment-aware key adult through the day, help at transitions and a small nurture group. The speech and language therapist advised a block of speech sound therapy and a narrative group.",
            ),
        ],
    ),
    reports=[
        dict(
            file=EP4,
            blocks=[
                ("org", "Saltmarsh Educational Psychology Service"),
                ("title", "Psychological advice"),
                (
                    "p",
                    "Nell Abernethy, Year 2, Eastwick Primary School. Seen on 13 and 20 January 2026 by Dr Priya Venn, Educational Psychologist, with the Virtual School.",
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Nell was removed from her birth family at the age of three and has lived with her foster carers for two years.",
                            "history",
                        ),
                        (
                            "X",
                            "Her scores on the BAS-3 verbal scales were affected by her reluctance to speak to me, so they are probably an underestimate.",
                            "validity of a test result",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Nell seeks physical closeness with any adult, including visitors, and does not discriminate between familiar and unfamiliar people.",
                            "semh",
                            B4_ATT,
                        ),
                        (
                            "N",
                            "At transitions, such as coming in from break, she becomes highly aroused and has run out of the building twice this term.",
                            "semh",
                            B4_REG,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Nell cannot yet play a turn-taking game with a peer without an adult mediating.",
                            "semh",
                            B4_PEER,
                        ),
                        (
                            "N",
                            "Her sense of shame is high: when corrected she hides under a table or says that she is bad.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "N",
                        "Nell's working memory is weak, so she forgets the second part of an instruction.",
                        "cognition_learning",
                        None,
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    (
                        "R",
                        "Nell needs a key adult, trained in attachment-aware practice, who is available to her throughout the school day, including at break and lunch.",
                        "semh",
                        "specific",
                        F4_KEY,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "Transitions should be supported with a visual countdown and a meet-and-greet by her key adult at every change of activity.",
                        "semh",
                        "not_specific",
                        F4_TRANS,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "She would benefit from a weekly 30-minute nurture session in a group of no more than four.",
                        "semh",
                        "less",
                        F4_NURTURE,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "All staff in Year 2 should have training in attachment and trauma from the Virtual School's educational psychologist before the summer term.",
                        "semh",
                        "missing_from_f",
                    ),
                ),
            ],
        ),
        dict(
            file=SALT4,
            blocks=[
                ("org", "Saltmarsh Children's Speech and Language Therapy"),
                ("title", "Speech and Language Therapy Report"),
                (
                    "p",
                    "Nell Abernethy. Seen at school on 15 January 2026 by Thea Quayle, Speech and Language Therapist.",
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Her attention in the 1:1 session was good for twenty minutes.",
                            "a single observation",
                        ),
                        (
                            "N",
                            "Nell's sentences are short, three to four words, and she cannot retell an event in sequence.",
                            "communication_interaction",
                            B4_LANG,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "She has not yet established k, g and sh, and her speech is hard to follow when she is excited.",
                            "communication_interaction",
                            B4_SPEECH,
                        ),
                        (
                            "N",
                            "Nell's understanding of time and sequence words such as before, after and next is poor.",
                            "communication_interaction",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "Direct speech sound therapy from a SALT: six weekly sessions of 30 minutes, then a programme for school.",
                            "communication_interaction",
                            "specific",
                            F4_SPEECH,
                        ),
                        (
                            "R",
                            "Narrative intervention, such as Colourful Semantics, in a small group of three, twice weekly for 20 minutes, run by a trained teaching assistant.",
                            "communication_interaction",
                            "not_specific",
                            F4_LANG,
                        ),
                        (
                            "R",
                            "Her foster carers could use the same visual timetable at home for the morning routine.",
                            "communication_interaction",
                            "not_educational",
                        ),
                    ],
                ),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
