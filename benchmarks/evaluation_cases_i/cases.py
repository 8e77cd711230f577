# ruff: noqa: E501
"""Set I as data: physical- and health-led plans in four layouts.

Every name, council, school, service and professional is invented. Postcodes use areas
that do not exist (IQ, QI, XI), phone numbers are in the 01632 960xxx range and e-mail
addresses are at example.org. Markers are those of evaluation_kit.dataset.
"""

# ---------------------------------------------------------------------------
# case-evali-01: Ravensworth County Council; Alfie Brannigan, 7, Year 2
# layout "outcomes-first": Section E comes before Section B, as the council's rule.
# ---------------------------------------------------------------------------

B1_MOB = "Alfie has right-sided hemiplegic cerebral palsy; he walks independently but trips on uneven ground and tires over long distances."
B1_HAND = "He uses his right hand only as a helper, so tasks that need two hands, such as cutting, opening packets or holding a ruler, are very hard for him."
B1_WRITE = "His handwriting with his left hand is slow and his letters vary in size."
B1_PE = "Alfie cannot take part safely in PE or playground games without adaptation."
B1_SELF = "He needs help to change for PE and to manage buttons and zips."
B1_FAT = "Alfie becomes very tired by the afternoon, and his concentration falls away after lunch."
B1_FEEL = "He is beginning to notice that he is different from his friends and has said that he hates his hand."

F1_TA = "A teaching assistant for 15 hours a week to support Alfie with practical tasks, dressing and moving around school."
F1_PE = "Adaptations to PE as needed."
F1_OT = "An occupational therapist will visit school once a year to advise staff."
F1_FM = "Fine motor programme, 15 minutes daily, delivered by a teaching assistant following the occupational therapist's programme."
F1_CHAIR = "height-adjustable chair with footrest in the classroom"
F1_EQUIP = "specialist equipment as recommended by the OT"
F1_REST = "Rest breaks when tired."
G1_STRETCH = "A daily stretching programme for Alfie's right leg, carried out in school by a teaching assistant trained by the physiotherapist."
G1_REVIEW = "Physiotherapy review by the Ravensworth Children's Physiotherapy Service once a term."

PT1 = "physio_report.pdf"
OT1 = "ot_report.docx"

CASE_01 = dict(
    name="case-evali-01",
    layout="outcomes-first",
    summary=(
        "Ravensworth County Council; Alfie Brannigan, 7, Year 2 at Moorside Primary School (right "
        "hemiplegic cerebral palsy: mobility, two-handed tasks, handwriting, dressing, fatigue, feelings "
        "about his disability). Outcomes (E) come before needs (B), as the council's rule. NHS physio "
        "report; independent OT report that argues its recommendations and what it does not recommend."
    ),
    note="The council sets out Section E before Section B; the sections are otherwise lettered in order.",
    plan=dict(
        file="plan.pdf",
        footer="Ravensworth County Council | EHC plan | Alfie Brannigan | page {n} of {m}",
        blocks=[
            ("org", "Ravensworth County Council"),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Child: Alfie Brannigan   Date of birth: 30 April 2018   Date issued: 6 November 2025",
            ),
            (
                "i",
                "In Ravensworth we write the outcomes first, so that everything that follows is about what Alfie and his family want to achieve.",
            ),
            ("H", "A", "Section A \u2013 All about Alfie", "h2"),
            (
                "S",
                "A",
                "Alfie loves dinosaurs, swimming with his dad and playing with his cousins.",
            ),
            (
                "p",
                "His parents want him to be as independent as possible and to feel proud of himself.",
            ),
            ("H", "E", "Section E \u2013 Outcomes", "h2"),
            ("S", "E", "By July 2026 Alfie will change for PE with no more than one adult prompt."),
            ("p", "By July 2027 Alfie will write two sentences legibly in ten minutes."),
            ("p", "By July 2026 Alfie will take part in every PE lesson with adapted activities."),
            ("H", "B", "Section B \u2013 Special educational needs", "h2"),
            ("S", "B", B1_MOB),
            ("p", [B1_HAND, B1_WRITE]),
            ("p", [B1_PE, B1_SELF]),
            ("p", [B1_FAT, B1_FEEL]),
            ("H", "C", "Section C \u2013 Health needs", "h2"),
            (
                "S",
                "C",
                "Alfie wears an ankle-foot orthosis on his right leg during the day and a night splint.",
            ),
            ("H", "D", "Section D \u2013 Social care needs", "h2"),
            ("S", "D", "There are no social care needs."),
            ("H", "F", "Section F \u2013 Special educational provision", "h2"),
            ("S", "F", ("F", F1_TA, True)),
            (
                "bul",
                [
                    ("F", F1_PE, False),
                    ("F", F1_OT, True),
                    ("F", F1_FM, True),
                    ("F", F1_CHAIR, True),
                    (
                        "F",
                        F1_EQUIP,
                        False,
                        "A reference to another document stands in for the detail.",
                    ),
                    ("F", F1_REST, False),
                ],
            ),
            ("H", "G", "Section G \u2013 Health provision", "h2"),
            ("S", "G", G1_STRETCH),
            ("p", G1_REVIEW),
            (
                "H",
                "H1",
                "Section H1 \u2013 Social care provision under section 2 of the CSDPA 1970",
                "h2",
            ),
            ("S", "H1", "None required."),
            ("H", "H2", "Section H2 \u2013 Other social care provision", "h2"),
            ("S", "H2", "None."),
            ("H", "I", "Section I \u2013 Placement", "h2"),
            ("S", "I", "Moorside Primary School, a mainstream community school."),
            ("H", "J", "Section J \u2013 Personal budget", "h2"),
            ("S", "J", "The family have not asked for a personal budget."),
            ("H", "K", "Section K \u2013 Advice and information", "h2"),
            (
                "S",
                "K",
                "Physiotherapy report (September 2025); independent occupational therapy report (October 2025); school advice; parents' views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=PT1,
            blocks=[
                ("org", "Ravensworth Children's Physiotherapy Service"),
                ("title", "Physiotherapy report for Education, Health and Care plan"),
                (
                    "kv",
                    [
                        ("Name", "Alfie Brannigan"),
                        ("Diagnosis", "Right hemiplegic cerebral palsy (GMFCS level I)"),
                        ("Seen", "15 September 2025, at school"),
                        (
                            "Physiotherapist",
                            "Gemma Lockhart, Highly Specialist Paediatric Physiotherapist",
                        ),
                    ],
                ),
                ("h", 2, "History"),
                (
                    "p",
                    (
                        "X",
                        "He was born at 31 weeks and had a bleed on the left side of the brain.",
                        "history",
                    ),
                ),
                ("h", 2, "Current presentation"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Alfie now walks up and down stairs with one hand on the rail, which he could not do a year ago.",
                            "progress",
                        ),
                        (
                            "N",
                            "Alfie has a right hemiplegia with increased tone in his right calf, and he trips several times a day, especially on the playground.",
                            "sensory_physical",
                            B1_MOB,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "He cannot yet hop on his right leg or climb the apparatus in the hall safely.",
                            "sensory_physical",
                            B1_PE,
                        ),
                        (
                            "N",
                            "His balance is poor when he is carrying something, so he drops his lunch tray or falls when he carries it across the hall.",
                            "sensory_physical",
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
                            "Daily stretching programme for Alfie's right calf and hamstrings, 10 minutes, carried out by a trained teaching assistant.",
                            "sensory_physical",
                            "wrong_section",
                            G1_STRETCH,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "Adapted PE: Alfie should take part in every PE lesson, with activities adapted by the teacher using the physiotherapist's advice, and a teaching assistant beside him for balance work.",
                            "sensory_physical",
                            "not_specific",
                            F1_PE,
                        ),
                        (
                            "R",
                            "Physiotherapy review in school once a term, with updated advice to staff.",
                            "health",
                            "not_educational",
                            G1_REVIEW,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "Alfie needs an adult to carry his lunch tray and to walk beside him on the playground at break when the ground is wet.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "Parents to continue the night splint as advised by orthotics.",
                            "health",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Gemma Lockhart, HCPC PH104477"),
            ],
        ),
        dict(
            file=OT1,
            blocks=[
                ("org", "Hartley Paediatric Occupational Therapy"),
                ("title", "Independent Occupational Therapy Report"),
                (
                    "p",
                    "Re: Alfie Brannigan. Instructed by Mr and Mrs Brannigan. Assessed at home on 2 October 2025 and at Moorside Primary School on 9 October 2025 by Fiona Hartley, BSc OT, HCPC OT59981.",
                ),
                ("h", 2, "Assessment"),
                (
                    "p",
                    (
                        "X",
                        "On the Assisting Hand Assessment his score was 52 AHA-units, which indicates limited use of the right hand as an assist.",
                        "test result",
                    ),
                ),
                ("h", 2, "Needs"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Bimanual tasks are Alfie's greatest difficulty: he cannot stabilise paper with his right hand, open a yoghurt pot or use scissors.",
                            "sensory_physical",
                            B1_HAND,
                        ),
                        (
                            "N",
                            "His left-handed writing is laboured, at about five letters a minute, and letter size is inconsistent.",
                            "sensory_physical",
                            B1_WRITE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Alfie depends on an adult to get changed for PE and takes more than fifteen minutes even with help.",
                            "sensory_physical",
                            B1_SELF,
                        ),
                        (
                            "N",
                            "By early afternoon Alfie is visibly fatigued and slumps in his chair, and staff report that he achieves little after lunch.",
                            "sensory_physical",
                            B1_FAT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "He cannot keep a stable sitting posture on a standard classroom chair because his feet do not reach the floor, which further reduces the control of his left hand.",
                            "sensory_physical",
                            None,
                        ),
                        (
                            "N",
                            "Alfie told me he hates his right hand and does not want other children to see him wearing his splint.",
                            "semh",
                            B1_FEEL,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations and reasons"),
                (
                    "p",
                    [
                        (
                            "R",
                            "Alfie should have a direct occupational therapy block of six 45-minute sessions each term, from a qualified occupational therapist, to work on two-handed skills, dressing and handwriting.",
                            "sensory_physical",
                            "less",
                            F1_OT,
                        ),
                        (
                            "X",
                            "Advice alone has been tried for two years and his hand function has not improved; he needs direct, goal-directed practice.",
                            "reason",
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "R",
                        "A daily fine motor and handwriting programme of 15 minutes, set by the occupational therapist and delivered by a teaching assistant, should run alongside the therapy blocks.",
                        "sensory_physical",
                        "specific",
                        F1_FM,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "He needs an adjustable chair and a footrest so that he sits with his hips, knees and ankles at right angles.",
                        "sensory_physical",
                        "specific",
                        F1_CHAIR,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "A writing slope, a non-slip mat to hold his paper still and spring-loaded scissors should be provided in his classroom.",
                        "sensory_physical",
                        "not_specific",
                        F1_EQUIP,
                    ),
                ),
                (
                    "p",
                    (
                        "X",
                        "I have not recommended a laptop at this stage: Alfie is seven and his handwriting can still improve with the right practice.",
                        "what is not recommended",
                    ),
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "A rest break of 10 minutes in the quiet room after lunch, with a choice of calm activity, would help him to manage the afternoon.",
                            "sensory_physical",
                            "not_specific",
                            F1_REST,
                        ),
                        ("X", "Without it, the afternoon is largely lost to him.", "consequence"),
                    ],
                ),
                ("p", "Fiona Hartley, 20 October 2025"),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evali-02: Ashdown Borough Council; Maryam Haddad, 11, Year 6
# layout "letter-after-title": "Special educational needs (B)".
# ---------------------------------------------------------------------------

B2_ATT = "Maryam has absence seizures, which cause her to miss parts of lessons and instructions, sometimes several times an hour."
B2_MEM = (
    "Her working memory is weak and she forgets what she has learned unless it is revisited often."
)
B2_MATH = "Maryam is working about two years below age-related expectations in mathematics."
B2_ANX = (
    "She is anxious about having a hypo at school and about other pupils seeing her inject insulin."
)
B2_FAT = "Fluctuating blood glucose levels affect her concentration and energy, particularly before lunch."

F2_REPEAT = "All staff who teach Maryam will repeat key instructions and check her understanding after any absence seizure."
F2_EXAM = (
    "Maryam will not sit a test within 45 minutes of a hypo; her class teacher will reschedule it."
)
F2_MATH = "Small-group maths intervention (no more than 4 pupils) with a teaching assistant, 3 x 20 minutes weekly."
F2_CHECK = "Pre-teaching and overlearning of key vocabulary and concepts as appropriate."
F2_ROOM = "Maryam may use the medical room whenever she needs to check her blood glucose, with a member of the first aid team."
F2_KEY = "A named key adult at Hollybrook Academy whom Maryam can go to if she feels unwell, using a time-out card."
F2_TA = "Support from a teaching assistant in lessons."
G2_INSULIN = "Support with blood glucose monitoring and insulin at lunchtime by a member of staff trained by the paediatric diabetes nurse, under Maryam's individual healthcare plan."

MED2 = "paediatric_report.pdf"
EP2 = "ep_report.docx"
SCH2 = "school_report.pdf"

CASE_02 = dict(
    name="case-evali-02",
    layout="letter-after-title",
    summary=(
        "Ashdown Borough Council; Maryam Haddad, 11, Year 6 at St Anselm's Primary, moving to Hollybrook "
        "Academy (type 1 diabetes, childhood absence epilepsy, working memory, maths, anxiety about her "
        'condition). Section headings put the letter after the title: "Special educational needs (B)". '
        "Paediatric report in the clinic-letter style; EP report; SENCo report with a table of support "
        "already in place."
    ),
    plan=dict(
        file="plan.docx",
        header="Ashdown Borough Council \u2013 Education, Health and Care Plan \u2013 Maryam Haddad",
        blocks=[
            ("org", "Ashdown Borough Council \u2013 SEND Services"),
            ("title", "Education, Health and Care Plan"),
            ("small", "Date of birth: 17 August 2014   Final plan: 13 February 2026"),
            ("H", "A", "Views, interests and aspirations (A)", "h1"),
            (
                "S",
                "A",
                "Maryam wants to be an illustrator and would like her new school to understand her diabetes without making a fuss.",
            ),
            ("H", "B", "Special educational needs (B)", "h1"),
            ("S", "B", B2_ATT),
            ("p", [B2_MEM, B2_MATH]),
            ("p", [B2_ANX, B2_FAT]),
            ("H", "C", "Health needs (C)", "h1"),
            (
                "S",
                "C",
                "Maryam has type 1 diabetes, managed with an insulin pen and a continuous glucose monitor, and childhood absence epilepsy treated with ethosuximide.",
            ),
            ("H", "D", "Social care needs (D)", "h1"),
            ("S", "D", "No social care needs have been identified."),
            ("H", "E", "Outcomes (E)", "h1"),
            ("S", "E", "By the end of Year 7 Maryam will know her times tables to 10 x 10."),
            (
                "p",
                "By the end of Year 7 Maryam will check her blood glucose independently and discreetly.",
            ),
            ("H", "F", "Special educational provision (F)", "h1"),
            ("S", "F", ("F", F2_REPEAT, True)),
            ("p", ("F", F2_EXAM, True)),
            ("p", ("F", F2_MATH, True)),
            ("p", ("F", F2_CHECK, False)),
            ("p", ("F", F2_ROOM, True)),
            ("p", ("F", F2_KEY, True)),
            ("p", ("F", F2_TA, False)),
            ("H", "G", "Health provision (G)", "h1"),
            ("S", "G", G2_INSULIN),
            (
                "p",
                "Review in the paediatric diabetes clinic every three months and in the epilepsy clinic every six months.",
            ),
            ("H", "H1", "Social care provision (H1)", "h1"),
            ("S", "H1", "None."),
            ("H", "H2", "Other social care provision (H2)", "h1"),
            ("S", "H2", "None required."),
            ("H", "I", "Placement (I)", "h1"),
            ("S", "I", "Hollybrook Academy (mainstream secondary academy) from September 2026."),
            ("H", "J", "Personal budget (J)", "h1"),
            ("S", "J", "Not requested."),
            ("H", "K", "Advice and information (K)", "h1"),
            (
                "S",
                "K",
                "Paediatric advice; educational psychology advice; school advice; parents' views; Maryam's views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=MED2,
            blocks=[
                ("org", "Ashdown General Hospital \u2013 Children's Outpatients"),
                ("small", "Dictated 4 November 2025   Clinic: Paediatric diabetes and epilepsy"),
                (
                    "p",
                    "Dr H. Sandhu, Ashdown SEND Service (copy to parents and to St Anselm's Primary School)",
                ),
                ("p", "Dear Dr Sandhu"),
                (
                    "p",
                    "Re: Maryam Haddad, DOB 17/08/2014 \u2013 health advice for EHC needs assessment",
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Maryam was diagnosed with type 1 diabetes at the age of 7 and with childhood absence epilepsy in March 2025.",
                            "history",
                        ),
                        (
                            "X",
                            "Her HbA1c has improved from 74 to 58 mmol/mol this year.",
                            "test result and progress",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Maryam's absences are frequent, up to 20 a day on her recent EEG, each lasting 5-10 seconds, and she is not aware of them.",
                            "health",
                            B2_ATT,
                        ),
                        (
                            "N",
                            "When her glucose is high or low her concentration is poor and she may become irritable or tearful.",
                            "health",
                            B2_FAT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Staff who teach Maryam should be told about her absences and should repeat key instructions and check her understanding after any absence.",
                            "health",
                            "specific",
                            F2_REPEAT,
                        ),
                        (
                            "R",
                            "A trained member of staff should supervise her blood glucose checks and insulin at lunchtime, following her individual healthcare plan.",
                            "health",
                            "not_educational",
                            G2_INSULIN,
                            {"section": "G"},
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "R",
                        "Maryam should be allowed to rest and retest her glucose after a hypo, and should not be expected to sit a test within 45 minutes of one.",
                        "health",
                        "specific",
                        F2_EXAM,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "She should continue ethosuximide as prescribed, and the family should keep a seizure diary.",
                        "health",
                        "not_educational",
                    ),
                ),
                ("p", "Yours sincerely"),
                ("p", "Dr Rhona Castellan, Consultant Paediatrician"),
            ],
        ),
        dict(
            file=EP2,
            blocks=[
                ("org", "Ashdown Educational Psychology Service"),
                ("title", "Educational Psychology Advice"),
                (
                    "kv",
                    [
                        ("Child", "Maryam Haddad"),
                        ("School", "St Anselm's Primary School, Year 6"),
                        ("Date", "21 October 2025"),
                        ("Psychologist", "Ben Achebe, Educational Psychologist"),
                    ],
                ),
                ("h", 2, "Maryam's strengths"),
                (
                    "p",
                    (
                        "X",
                        "Maryam is a keen artist and her drawings are detailed and imaginative.",
                        "strength",
                    ),
                ),
                ("h", 2, "Maryam's needs"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Maryam's working memory index was in the low range, and in class she loses track of multi-step tasks unless each step is written down.",
                            "cognition_learning",
                            B2_MEM,
                        ),
                        (
                            "N",
                            "In maths she has gaps in place value and times tables, and she is roughly two years behind her classmates.",
                            "cognition_learning",
                            B2_MATH,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "She is worried about having a hypo at school and hides in the toilets to check her blood glucose so that nobody sees.",
                            "semh",
                            B2_ANX,
                        ),
                        (
                            "N",
                            "Maryam's reading comprehension is weaker than her decoding: she reads aloud fluently but cannot answer inference questions about what she has read.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "N",
                        "She has lost confidence as a learner and now says that she is stupid at everything.",
                        "semh",
                        None,
                    ),
                ),
                ("h", 2, "Recommended provision"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "Maryam would benefit from a daily 20-minute maths intervention in a small group, focused on place value and number facts, delivered by a trained teaching assistant.",
                            "cognition_learning",
                            "less",
                            F2_MATH,
                        ),
                        (
                            "R",
                            "Key learning should be pre-taught and revisited at the end of each week, with a written checklist for multi-step tasks.",
                            "cognition_learning",
                            "not_specific",
                            F2_CHECK,
                        ),
                        (
                            "R",
                            "A private place to check her blood glucose, such as the medical room, should be available whenever she needs it.",
                            "semh",
                            "specific",
                            F2_ROOM,
                        ),
                        (
                            "R",
                            "Weekly 30-minute sessions with the school's ELSA to rebuild her confidence as a learner, for at least one term.",
                            "semh",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "Guided reading focused on inference, in a group of no more than four, three times a week.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                    ],
                ),
            ],
        ),
        dict(
            file=SCH2,
            sans=True,
            blocks=[
                ("org", "St Anselm's Catholic Primary School"),
                ("title", "SENCo report"),
                (
                    "p",
                    "Pupil: Maryam Haddad, Year 6. Written by Mrs C. Dunleavy, SENCo, 10 October 2025.",
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Maryam often misses instructions and then copies her neighbour, so her work is frequently incomplete.",
                            "cognition_learning",
                            B2_ATT,
                        ),
                        (
                            "N",
                            "Her attendance is 88% because of hospital appointments and illness, and she has gaps from the lessons she has missed.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                ("b", "Support already in place"),
                (
                    "grid",
                    [
                        ["Support", "Frequency"],
                        [
                            (
                                "X",
                                "Seizure awareness information for all staff and a TA who checks her understanding after an absence",
                                "support already in place",
                            ),
                            "Daily",
                        ],
                        [
                            (
                                "X",
                                "Hypo box in the classroom and the office",
                                "support already in place",
                            ),
                            "Always available",
                        ],
                    ],
                    [0.7, 0.3],
                ),
                ("b", "Looking ahead"),
                (
                    "p",
                    (
                        "R",
                        "At secondary school she will need a key adult she can go to if she feels unwell, and a time-out card.",
                        "semh",
                        "specific",
                        F2_KEY,
                    ),
                ),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evali-03: Wyebridge Council; Kaito Lindley, 5, Reception
# layout "table-cell-headings": every section is a table whose first cell is its heading.
# ---------------------------------------------------------------------------

B3_HEAR = (
    "Kaito has a severe to profound hearing loss in both ears and uses bilateral cochlear implants."
)
B3_NOISE = "He cannot follow speech in background noise or from more than two metres away."
B3_LANG = "His spoken language is about 18 months behind that of hearing children of his age."
B3_VOCAB = "Kaito has a limited vocabulary, especially for feelings and for words used in stories."
B3_SOC = "He finds it hard to join group play because he misses what other children say."
B3_TIRE = "Kaito tires from the effort of listening and is often exhausted by the end of the day."

F3_RADIO = "Radio aid (remote microphone) worn by the class teacher in all whole-class teaching"
F3_TOD = "Teacher of the Deaf support"
F3_PRETUTOR = "Pre-tutoring of vocabulary"
F3_BREAKS = "Listening breaks"
F3_SALT = "Speech and language therapy"
F3_PROG = "Language programme as outlined in the SALT programme"
F3_PHON = "Small-group phonics with a teaching assistant"
G3_TRAIN = "The Teacher of the Deaf will provide deaf awareness training for school staff."

TOD3 = "tod_report.pdf"
SALT3 = "salt_report.docx"


def _sec(sid: str, heading: str, lines: list) -> tuple:
    return ("grid", [[("H", sid, heading, "")], [("L", lines)]], [1.0])


CASE_03 = dict(
    name="case-evali-03",
    layout="table-cell-headings",
    summary=(
        "Wyebridge Council; Kaito Lindley, 5, Reception at Fernhill Infant School (severe to profound "
        "deafness with cochlear implants, listening in noise, language, vocabulary, play, listening "
        "fatigue). Every section heading is the shaded first cell of a table whose next row holds the "
        "section; F is a two-column table (Provision | Frequency and staff). Teacher of the Deaf report; "
        "SALT report."
    ),
    note="Each section is its own table; its heading is the first cell. F is a table of Provision and Frequency and staff: f_provisions.text is the Provision cell and specificity is judged on the row.",
    plan=dict(
        file="plan.docx",
        sans=True,
        blocks=[
            ("org", "Wyebridge Council"),
            ("title", "Education, Health and Care Plan for Kaito Lindley"),
            ("small", "Date of birth: 9 January 2021   Plan issued: 2 March 2026"),
            _sec(
                "A",
                "A. Kaito's views, interests and aspirations",
                [
                    ("S", "A", "Kaito loves trains, the park and his baby sister."),
                    "His parents want him to talk with his friends and to learn to read.",
                ],
            ),
            _sec(
                "B",
                "B. Special educational needs",
                [("S", "B", B3_HEAR), B3_NOISE, B3_LANG, B3_VOCAB, B3_SOC, B3_TIRE],
            ),
            _sec(
                "C",
                "C. Health needs",
                [
                    (
                        "S",
                        "C",
                        "Kaito's implants are managed by the Wyebridge Cochlear Implant Programme.",
                    )
                ],
            ),
            _sec("D", "D. Social care needs", [("S", "D", "No social care needs.")]),
            _sec(
                "E",
                "E. Outcomes",
                [
                    (
                        "S",
                        "E",
                        "By the end of Year 1 Kaito will follow a two-step instruction given to the class with the radio aid in use.",
                    ),
                    "By the end of Year 1 Kaito will tell an adult when his processor is not working.",
                ],
            ),
            (
                "grid",
                [
                    [("H", "F", "F. Special educational provision", ""), "Frequency and staff"],
                    [
                        ("S", "F", ("F", F3_RADIO, True)),
                        "Checked each morning by the teaching assistant trained by the Teacher of the Deaf",
                    ],
                    [("F", F3_TOD, True), "Termly visit by a qualified Teacher of the Deaf"],
                    [("F", F3_PRETUTOR, False), "Regularly, by school staff"],
                    [
                        ("F", F3_BREAKS, True),
                        "5 minutes after every hour of teaching, in the book corner, with a teaching assistant",
                    ],
                    [
                        ("F", F3_SALT, True),
                        "30 minutes weekly, delivered in school by a speech and language therapist specialising in deafness",
                    ],
                    [("F", F3_PROG, False), "To be delivered by school staff"],
                    [
                        ("F", F3_PHON, True),
                        "3 x 15 minutes each week, in a group of no more than three",
                    ],
                ],
                [0.5, 0.5],
            ),
            _sec(
                "G",
                "G. Health provision",
                [
                    ("S", "G", G3_TRAIN),
                    "Cochlear implant reviews at the implant centre every six months.",
                ],
            ),
            _sec("H1", "H1. Social care provision (CSDPA 1970)", [("S", "H1", "None.")]),
            _sec("H2", "H2. Other social care provision", [("S", "H2", "None identified.")]),
            _sec("I", "I. Placement", [("S", "I", "Fernhill Infant School (mainstream)")]),
            _sec("J", "J. Personal budget", [("S", "J", "No personal budget requested.")]),
            _sec(
                "K",
                "K. Advice and information",
                [
                    (
                        "S",
                        "K",
                        "Teacher of the Deaf report (January 2026); speech and language therapy report (January 2026); audiology letters.",
                    )
                ],
            ),
        ],
    ),
    reports=[
        dict(
            file=TOD3,
            blocks=[
                ("org", "Wyebridge Sensory Support Service"),
                ("title", "Teacher of the Deaf: advice for EHC needs assessment"),
                (
                    "p",
                    "Kaito Lindley, Reception, Fernhill Infant School. Visits on 8 and 15 January 2026. Author: Siobhan Carney, Qualified Teacher of the Deaf.",
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Kaito was implanted at 14 months and switched on at 15 months.",
                            "history",
                        ),
                        (
                            "X",
                            "His phonics is developing well and he knows most Phase 2 sounds.",
                            "progress",
                        ),
                    ],
                ),
                ("h", 2, "Listening and access"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Kaito's access to speech drops sharply in noise: in the classroom, with other children talking, he identified only 40% of words compared with 85% in quiet.",
                            "sensory_physical",
                            B3_NOISE,
                        ),
                        (
                            "N",
                            "He relies on lip-reading and misses what is said when the speaker turns away or covers their mouth.",
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
                            "By lunchtime he shows signs of listening fatigue, putting his head on the table and switching off.",
                            "sensory_physical",
                            B3_TIRE,
                        ),
                        (
                            "N",
                            "Kaito does not yet tell an adult when his implant processor is not working.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "num",
                    [
                        (
                            "R",
                            "A radio aid should be worn by the teacher in all whole-class teaching and checked daily by a trained adult.",
                            "sensory_physical",
                            "specific",
                            F3_RADIO,
                        ),
                        (
                            "R",
                            "The Teacher of the Deaf should visit weekly for one hour to teach Kaito directly and to advise staff.",
                            "sensory_physical",
                            "less",
                            F3_TOD,
                        ),
                        (
                            "R",
                            "His classroom needs acoustic treatment (carpet tiles, soft furnishings and ceiling panels) so that reverberation falls below 0.6 seconds.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "Story vocabulary should be pre-tutored by a teaching assistant for 10 minutes daily, before the class story.",
                            "communication_interaction",
                            "not_specific",
                            F3_PRETUTOR,
                        ),
                        (
                            "R",
                            "Kaito should have a short quiet listening break, about 5 minutes, after each hour of teaching.",
                            "sensory_physical",
                            "specific",
                            F3_BREAKS,
                        ),
                        (
                            "R",
                            "All staff who work with Kaito should have deaf awareness training from the Teacher of the Deaf before he starts Year 1.",
                            "sensory_physical",
                            "wrong_section",
                            G3_TRAIN,
                            {"section": "G"},
                        ),
                    ],
                ),
            ],
        ),
        dict(
            file=SALT3,
            blocks=[
                (
                    "org",
                    "Wyebridge Children's Speech and Language Therapy \u2013 Hearing Impairment Team",
                ),
                ("title", "Speech and Language Therapy Report"),
                (
                    "p",
                    "Name: Kaito Lindley   Age: 5;0   Seen: 12 January 2026 at school   Therapist: Ruth Okonedo",
                ),
                ("h", 2, "Findings"),
                (
                    "p",
                    [
                        (
                            "X",
                            "On the BPVS-3 his receptive vocabulary age was 3 years 2 months at a chronological age of 4 years 11 months.",
                            "test result",
                        ),
                        (
                            "N",
                            "He has a narrow vocabulary for emotions and often says that he is cross for any bad feeling.",
                            "communication_interaction",
                            B3_VOCAB,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "His sentences are short, usually three or four words, and he leaves out small grammatical words.",
                            "communication_interaction",
                            B3_LANG,
                        ),
                        (
                            "N",
                            "In the playground Kaito tends to stand at the edge of games because he cannot keep up with the talk.",
                            "communication_interaction",
                            B3_SOC,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "N",
                        "Kaito's speech is not always clear: he drops the ends of words and leaves out 's' sounds.",
                        "communication_interaction",
                        None,
                    ),
                ),
                ("h", 2, "What will help"),
                (
                    "p",
                    (
                        "R",
                        "Direct speech and language therapy from a therapist who specialises in deafness, 30 minutes weekly in school.",
                        "communication_interaction",
                        "specific",
                        F3_SALT,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "Staff should use the language-rich story approach in his therapy programme every day.",
                        "communication_interaction",
                        "not_specific",
                        F3_PROG,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "His parents are encouraged to share a picture book with Kaito every evening, naming feelings as they go.",
                        "communication_interaction",
                        "not_educational",
                    ),
                ),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evali-04: Greysteel Metropolitan Council; Reuben Achterberg, 12, Year 7
# layout "capitals-running-head": headings in capitals as plain lines; the page breaks
# straight after the B and F headings, so the running head and footer fall between.
# ---------------------------------------------------------------------------

B4_MOB = "Reuben has Duchenne muscular dystrophy; he walks short distances but uses a powered wheelchair around school and is losing strength in his legs."
B4_FAT = (
    "He fatigues quickly, and his stamina for writing and for moving between lessons is limited."
)
B4_WRITE = "Reuben's handwriting is slow and he cannot write for more than ten minutes without pain in his hand."
B4_MEM = "He has difficulties with verbal working memory and with reading, which are associated with his condition."
B4_EMO = (
    "Reuben is aware that his condition is progressing and has become withdrawn and low in mood."
)
B4_SOC = "He has few chances to be with friends at break because the playground is not accessible to him."

F4_TA = "A teaching assistant for 20 hours a week for personal care and for practical lessons."
F4_PE = "An adapted PE programme, planned with the physiotherapist, for every PE lesson, with a teaching assistant."
F4_LAPTOP = "A laptop with voice-recognition software for all written work, with six weekly training sessions of 30 minutes from the teaching assistant."
F4_LIFT = "Reuben's lessons will be on the ground floor where possible."
F4_EARLY = (
    "Reuben will leave each lesson five minutes early, with a friend, to move to the next room."
)
F4_PLAY = "Opportunities for social interaction at break times."
F4_COUNS = "Fortnightly 40-minute sessions with the school counsellor."
F4_REST = "Reuben will have rest breaks."
G4_HANDLING = "A moving and handling plan written by the physiotherapist; all transfers carried out by two staff trained in the use of the hoist."
G4_CLINIC = "Review in the neuromuscular clinic every six months, with steroid treatment managed by the clinic."

MED4 = "clinic_letter.pdf"
JOINT4 = "therapy_report.docx"

CASE_04 = dict(
    name="case-evali-04",
    layout="capitals-running-head",
    summary=(
        "Greysteel Metropolitan Council; Reuben Achterberg, 12, Year 7 at Castlebar High School (Duchenne "
        "muscular dystrophy: mobility, fatigue, handwriting, working memory, low mood, access to break and "
        "practical lessons). Headings in capitals on plain lines; the page breaks right after the "
        "Section B and Section F headings, so the running head and page footer stand between heading and "
        "text. Neuromuscular clinic letter; joint OT and physiotherapy report with an Area | "
        "Recommendation | Who | How often table."
    ),
    note="A page break follows the SECTION B and SECTION F headings: on the PDF's next page the running head and footer come before the section's text.",
    plan=dict(
        file="plan.pdf",
        header="GREYSTEEL METROPOLITAN COUNCIL - EDUCATION, HEALTH AND CARE PLAN - REUBEN ACHTERBERG",
        footer="Version: final 27/01/2026 - Page {n} of {m} - OFFICIAL SENSITIVE",
        blocks=[
            ("org", "Greysteel Metropolitan Council"),
            ("title", "EDUCATION, HEALTH AND CARE PLAN"),
            ("small", "Name: Reuben Achterberg   DOB: 05/05/2013   School: Castlebar High School"),
            ("H", "A", "SECTION A - VIEWS, INTERESTS AND ASPIRATIONS", "p"),
            ("S", "A", "Reuben is a huge fan of Formula 1 and wants to design racing cars."),
            (
                "p",
                "His mum says that what matters most is that he keeps his friends and enjoys school.",
            ),
            ("H", "B", "SECTION B - SPECIAL EDUCATIONAL NEEDS", "p"),
            ("pb",),
            ("S", "B", B4_MOB),
            ("p", [B4_FAT, B4_WRITE]),
            ("p", [B4_MEM, B4_EMO, B4_SOC]),
            ("H", "C", "SECTION C - HEALTH NEEDS", "p"),
            ("S", "C", "Reuben takes daily steroids and has regular heart and breathing checks."),
            ("H", "D", "SECTION D - SOCIAL CARE NEEDS", "p"),
            (
                "S",
                "D",
                "Reuben's family receive support from the Greysteel disabled children's team for adaptations at home.",
            ),
            ("H", "E", "SECTION E - OUTCOMES", "p"),
            (
                "S",
                "E",
                "By July 2026 Reuben will produce written work of the same length as his classmates using voice recognition.",
            ),
            (
                "p",
                "By July 2026 Reuben will spend at least three break times a week with his friends.",
            ),
            ("H", "F", "SECTION F - SPECIAL EDUCATIONAL PROVISION", "p"),
            ("pb",),
            ("S", "F", ("F", F4_TA, True)),
            ("p", ("F", F4_PE, True)),
            ("p", ("F", F4_LAPTOP, True)),
            ("p", ("F", F4_LIFT, False)),
            ("p", ("F", F4_EARLY, True)),
            ("p", ("F", F4_PLAY, False)),
            ("p", ("F", F4_COUNS, True)),
            (
                "p",
                [
                    (
                        "F",
                        F4_REST,
                        False,
                        "The second sentence adds no quantity: the provision is vague as a whole.",
                    ),
                    "These will be arranged flexibly according to his needs.",
                ],
            ),
            ("H", "G", "SECTION G - HEALTH PROVISION", "p"),
            ("S", "G", G4_HANDLING),
            ("p", G4_CLINIC),
            ("H", "H1", "SECTION H1 - SOCIAL CARE PROVISION (CSDPA 1970)", "p"),
            (
                "S",
                "H1",
                "Adaptations to the family home have been agreed by the disabled children's team.",
            ),
            ("H", "H2", "SECTION H2 - OTHER SOCIAL CARE PROVISION", "p"),
            ("S", "H2", "A short break of one weekend a month at Larchfield House."),
            ("H", "I", "SECTION I - PLACEMENT", "p"),
            ("S", "I", "Castlebar High School (mainstream academy)."),
            ("H", "J", "SECTION J - PERSONAL BUDGET", "p"),
            ("S", "J", "Direct payment for the short breaks in H2 only."),
            ("H", "K", "SECTION K - ADVICE AND INFORMATION", "p"),
            (
                "S",
                "K",
                "Neuromuscular clinic letter (November 2025); joint OT and physiotherapy report (December 2025); school advice.",
            ),
        ],
    ),
    reports=[
        dict(
            file=MED4,
            blocks=[
                ("org", "Greysteel Children's Hospital \u2013 Regional Neuromuscular Service"),
                ("small", "Clinic date: 12 November 2025   Letter typed: 19 November 2025"),
                (
                    "p",
                    "Dr A. Quayle, GP, Millbrook Surgery   cc: Mr and Mrs Achterberg; SENCo, Castlebar High School",
                ),
                ("p", "Dear Dr Quayle"),
                ("p", "Reuben Achterberg, DOB 05/05/2013. Diagnosis: Duchenne muscular dystrophy."),
                (
                    "p",
                    [
                        (
                            "X",
                            "Reuben was diagnosed at the age of four after his nursery noticed that he fell often.",
                            "history",
                        ),
                        (
                            "X",
                            "His cardiac and respiratory function remain within normal limits.",
                            "test result, not a difficulty",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Reuben's timed rise from the floor is now over 12 seconds and he can no longer manage stairs, so he needs step-free access throughout the school day.",
                            "sensory_physical",
                            B4_MOB,
                        ),
                        (
                            "N",
                            "He tires easily, and by the afternoon his arms are too weak to lift his books.",
                            "sensory_physical",
                            B4_FAT,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "N",
                        "Reuben now needs help with toileting, including transfers, which must be done by two trained adults using a hoist.",
                        "sensory_physical",
                        None,
                    ),
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "A moving and handling plan should be written for school by the physiotherapist, and two trained staff must carry out all transfers.",
                            "health",
                            "not_educational",
                            G4_HANDLING,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "He should continue daily prednisolone and be reviewed in this clinic every six months.",
                            "health",
                            "not_educational",
                            G4_CLINIC,
                            {"section": "G"},
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "R",
                        "Reuben should not be asked to run, jump or climb in PE; an adapted PE programme should be planned with the physiotherapist.",
                        "sensory_physical",
                        "specific",
                        F4_PE,
                    ),
                ),
                ("p", "Yours sincerely"),
                ("p", "Dr Miriam Okwuosa, Consultant Paediatric Neurologist"),
            ],
        ),
        dict(
            file=JOINT4,
            blocks=[
                ("org", "Greysteel Children's Therapies"),
                ("title", "Joint Occupational Therapy and Physiotherapy Report"),
                (
                    "p",
                    "Reuben Achterberg, Year 7. School visit 3 December 2025. Authors: Laura Penhale (OT) and Idris Vaughan (physiotherapist).",
                ),
                (
                    "p",
                    (
                        "X",
                        "His upper limb function on the PUL 2.0 scored 58 out of 74.",
                        "test result",
                    ),
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Reuben's grip strength has fallen by a third since last year, and handwriting becomes painful after about ten minutes.",
                            "sensory_physical",
                            B4_WRITE,
                        ),
                        (
                            "N",
                            "Moving between lessons in the main building takes him much longer than his classmates, and he often arrives after the lesson has begun.",
                            "sensory_physical",
                            B4_FAT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Reuben spends break and lunch in the library because the playground surface is uneven and he cannot join his friends.",
                            "semh",
                            B4_SOC,
                        ),
                        (
                            "N",
                            "He has said that he feels left out of everything, and his mother reports that he is tearful most evenings.",
                            "semh",
                            B4_EMO,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Reuben cannot reach or carry equipment in the science labs and cannot use the standard lab stools.",
                            "sensory_physical",
                            None,
                        ),
                        (
                            "N",
                            "He finds it difficult to remember spoken instructions with more than two parts.",
                            "cognition_learning",
                            B4_MEM,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "grid",
                    [
                        ["Area", "Recommendation", "Who", "How often"],
                        [
                            "Writing",
                            (
                                "R",
                                "Laptop with voice-recognition software for all written work, with training in its use",
                                "sensory_physical",
                                "specific",
                                F4_LAPTOP,
                            ),
                            "OT to set up; teaching assistant to train Reuben",
                            "Six weekly sessions, then ongoing",
                        ],
                        [
                            "Access",
                            (
                                "R",
                                "Lift pass and timetabling of all his lessons on the ground floor",
                                "sensory_physical",
                                "not_specific",
                                F4_LIFT,
                            ),
                            "Timetabler",
                            "From January 2026",
                        ],
                        [
                            "Access",
                            (
                                "R",
                                "Leaving lessons 5 minutes early with a buddy to move between rooms",
                                "sensory_physical",
                                "specific",
                                F4_EARLY,
                            ),
                            "Class teachers",
                            "Every lesson change",
                        ],
                        [
                            "Practical lessons",
                            (
                                "R",
                                "Height-adjustable desk in the science and technology rooms",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            "School",
                            "From January 2026",
                        ],
                        [
                            "Social",
                            (
                                "R",
                                "An accessible area of the playground with a trained adult, so that friends can join him at break",
                                "semh",
                                "not_specific",
                                F4_PLAY,
                            ),
                            "Midday supervisor",
                            "Every break and lunch",
                        ],
                        [
                            "Emotional wellbeing",
                            (
                                "R",
                                "Counselling sessions with the school counsellor",
                                "semh",
                                "less",
                                F4_COUNS,
                            ),
                            "School counsellor",
                            "Weekly, 50 minutes",
                        ],
                    ],
                    [0.16, 0.4, 0.24, 0.2],
                ),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
