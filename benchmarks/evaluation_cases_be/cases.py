# ruff: noqa: E501, N802
"""Set BE as data: complex medical and physical needs in primary schools (a 6-year-old with a
tracheostomy and a gastrostomy, an 8-year-old with spina bifida who uses a wheelchair and
needs intermittent catheterisation, a 5-year-old with a rare genetic syndrome and global
developmental delay, a 10-year-old with juvenile idiopathic arthritis and fatigue), in plan
layouts no earlier set has.

Every name, council, school, service, NHS trust and professional is invented. Phone numbers
are in the 01632 960xxx range, mobiles 07700 900xxx, e-mail addresses are at example.org and
NHS numbers begin 999. Markers are those of evaluation_kit.dataset.
"""


def N(text: str, area: str, plan_text: str | None = None) -> tuple:
    """A need; plan_text None when Section B leaves it out."""
    return ("N", text, area, plan_text)


def R(text: str, area: str, status: str, plan_text: str | None = None, **extras) -> tuple:
    """A recommendation with its status against the plan."""
    return ("R", text, area, status, plan_text, extras)


def X(text: str, why: str) -> tuple:
    """A sentence that reads like a need or advice but is not a current one."""
    return ("X", text, why)


NAMES = {
    "A": "Views, interests and aspirations",
    "B": "Special educational needs",
    "C": "Health needs related to special educational needs",
    "D": "Social care needs related to special educational needs or disability",
    "E": "Outcomes",
    "F": "Special educational provision",
    "G": "Health provision",
    "H1": "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Other social care provision",
    "I": "Placement",
    "J": "Personal budget",
    "K": "Advice and information",
}


# ---------------------------------------------------------------------------
# case-evalbe-01: Castlebridge Borough Council; Toby Okonjo-Reeve, 6, Year 1, tracheostomy
# and gastrostomy. Layout "section-letter-parenthesised-name-funded-by-table": Word headings
# "Section B (Special Educational Needs)"; Section F one table Provision / Frequency and
# duration / Delivered by / Funded by.
# ---------------------------------------------------------------------------

TITLE1 = {
    "A": "Views, Interests and Aspirations of Toby and his Family",
    "B": "Special Educational Needs",
    "C": "Health Needs Related to Toby's SEN",
    "D": "Social Care Needs",
    "E": "Outcomes",
    "F": "Special Educational Provision",
    "G": "Health Provision",
    "H1": "Social Care Provision under the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Any Other Social Care Provision",
    "I": "Name and Type of School",
    "J": "Personal Budget",
    "K": "Advice and Information Received",
}


def _paren(sid: str) -> tuple:
    return ("H", sid, f"Section {sid} ({TITLE1[sid]})", "h2")


B1_VOICE = "Toby can only use his voice when his speaking valve is on, and even then it is very quiet, so people who do not know him often cannot make out what he says."
B1_LANG = "He talks in short bursts of two or three words and is still learning to join words into longer sentences."
B1_PHON = "Toby has missed a lot of school through hospital stays and is behind his classmates with phonics and early reading."
B1_HANDS = (
    "His hands are weak; holding a pencil, cutting and doing up buttons are hard work for him."
)
B1_MOVE = "Toby is less steady than other children when he runs and climbs, and he soon runs out of breath."
B1_PLAY = "At playtime Toby is often on his own because other children find it hard to hear him, and he gets upset if they come close to his tube."

F1_TA = "A named teaching assistant, trained and signed off as competent in tracheostomy care by the Children's Community Nursing Team, will be within arm's reach of Toby for the whole school day, including playtimes, lunchtime, PE and trips."
F1_PHON = "One-to-one phonics catch-up with his teaching assistant, with Toby pointing to written letters rather than saying the sounds."
F1_HAND = "A fine motor programme such as Clever Fingers every morning, with a writing slope and pencil grips for all written work."
F1_PLAY = "A lunchtime games club for Toby and up to three friends, using quiet games that he can join on equal terms."
F1_SIGN = "Staff to use signing with Toby."
F1_PE = "Access to adapted PE."
F1_STV = "Visits from the specialist teacher for physical disability to advise staff, review Toby's access to the classroom and update his risk assessment."

G1_TRAIN = "The Children's Community Nursing Team will train and sign off at least three school staff in tracheostomy suction, emergency tube change and gastrostomy feeds, and will reassess them every six months."
G1_FEED = "Toby's midday gastrostomy feed will be given at school by trained staff, following the feeding plan written by the community dietitian."
G1_SALT = "Castlebridge and Vale Children's Therapies will provide a speech and language therapy programme for school staff to deliver three times a week, with a therapist review every half term."
G1_CLINIC = "Mr R Adeyemi-Price, consultant paediatric ENT surgeon, will review Toby in the airway clinic every three months."

NU1 = "community_nursing_report.docx"
CL1 = "ent_clinic_letter.pdf"
ST1 = "specialist_teacher_report.docx"

CASE_01 = dict(
    name="case-evalbe-01",
    layout="section-letter-parenthesised-name-funded-by-table",
    summary=(
        "Castlebridge Borough Council; Toby Okonjo-Reeve, 6, Year 1 at Ashgrove Primary School (tracheostomy "
        "for subglottic stenosis, gastrostomy feeding, quiet voice with a speaking valve, language delay, "
        "phonics gaps after hospital stays, fine and gross motor delay, fatigue, anxiety about suction in "
        "class). Word headings 'Section B (Special Educational Needs)'; Section F is one table with "
        "Provision, Frequency and duration, Delivered by and Funded by columns. Reports: a community "
        "children's nurse (.docx, third person with bullets and reasons mixed in), a consultant ENT "
        "surgeon's clinic letter (.pdf, dictated, reported speech) and a specialist teacher for physical "
        "disability (.docx, first person plural, a Recommendation / Reason table)."
    ),
    note=(
        "The consultant's recommended language and voice programme, delivered in school by the teaching assistant, "
        "stands in Section G as a therapy service offer: provision in the wrong section (therapy that educates). "
        "Staff training in suction, tube change and feeds, the midday gastrostomy feed and the airway clinic are "
        "health provision correctly in G. Prematurity, the airway operations and the feeding history are background."
    ),
    plan=dict(
        file="plan.docx",
        footer="Castlebridge Borough Council - Education, Health and Care Plan - Toby Okonjo-Reeve - issued 9 November 2026",
        author="Castlebridge SEND Assessment and Review Team",
        title="EHC Plan - Toby Okonjo-Reeve",
        blocks=[
            ("org", "Castlebridge Borough Council"),
            (
                "small",
                "SEND Assessment and Review Team, Civic Centre, Castlebridge - 01632 960512 - send@castlebridge.example.org",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Toby Okonjo-Reeve"),
                    ("Date of birth", "14 March 2020"),
                    ("NHS number", "999 318 2240"),
                    ("School", "Ashgrove Primary School, Year 1"),
                    ("Parents", "Grace Okonjo and Daniel Reeve"),
                    ("Case officer", "Mr P Lindqvist, 01632 960514"),
                ],
            ),
            _paren("A"),
            (
                "S",
                "A",
                "Toby loves dinosaurs, building dens and anything to do with diggers, and he is proud that he can now sign the names of everyone in his class.",
            ),
            (
                "p",
                "His parents want Toby to be safe at school, to be understood by the people around him and to learn to read alongside his friends.",
            ),
            _paren("B"),
            (
                "S",
                "B",
                "Toby is a friendly, determined boy whose medical needs affect how he communicates, moves, plays and learns.",
            ),
            ("b", "Communication and interaction"),
            ("p", [B1_VOICE, B1_LANG]),
            ("b", "Cognition and learning"),
            ("p", B1_PHON),
            ("b", "Social, emotional and mental health"),
            ("p", B1_PLAY),
            ("b", "Sensory and/or physical"),
            ("p", [B1_HANDS, B1_MOVE]),
            _paren("C"),
            (
                "S",
                "C",
                "Toby has had a tracheostomy since he was five months old because his upper airway is narrowed, and all his nutrition is given through a gastrostomy; his tube needs suction several times a day.",
            ),
            _paren("D"),
            (
                "S",
                "D",
                "Toby's family receive Disability Living Allowance; no social care needs have been assessed.",
            ),
            _paren("E"),
            (
                "S",
                "E",
                "By July 2027 Toby will make himself understood to an unfamiliar adult using his voice, signs or a communication aid.",
            ),
            ("p", "By July 2027 Toby will know all the Phase 3 sounds and read simple captions."),
            (
                "p",
                "By July 2027 Toby will take part in a playground game with friends at least twice a week.",
            ),
            ("p", "By July 2027 Toby will write his first name with a correct pencil grip."),
            _paren("F"),
            (
                "S",
                "F",
                "The table below sets out the provision Ashgrove Primary School will make for Toby, who will deliver it and how it is paid for.",
            ),
            (
                "grid",
                [
                    ["Provision", "Frequency and duration", "Delivered by", "Funded by"],
                    [
                        ("F", F1_TA, True),
                        "Every school day, 8.45 am to 3.15 pm (32.5 hours a week)",
                        "Named TA, with a second trained adult covering her breaks",
                        "Castlebridge BC top-up funding (Band 6)",
                    ],
                    [
                        ("F", F1_PHON, True),
                        "15 minutes, three times a week",
                        "Named TA, planned by the class teacher",
                        "Castlebridge BC top-up funding (Band 6)",
                    ],
                    [
                        ("F", F1_HAND, True),
                        "10 minutes every morning",
                        "Named TA",
                        "School notional SEN budget",
                    ],
                    [
                        ("F", F1_PLAY, True),
                        "Three lunchtimes a week, 20 minutes",
                        "Named TA",
                        "School notional SEN budget",
                    ],
                    [
                        ("F", F1_SIGN, False),
                        "As appropriate",
                        "School staff",
                        "School notional SEN budget",
                    ],
                    [
                        ("F", F1_PE, False),
                        "As timetabled",
                        "Class staff",
                        "School notional SEN budget",
                    ],
                    [
                        ("F", F1_STV, True),
                        "Once every half term",
                        "Specialist teacher, Physical and Sensory Support Service",
                        "Castlebridge BC central SEN budget",
                    ],
                ],
                [0.46, 0.18, 0.18, 0.18],
            ),
            _paren("G"),
            ("S", "G", G1_TRAIN),
            ("p", G1_FEED),
            ("p", G1_SALT),
            ("p", G1_CLINIC),
            (
                "p",
                "Toby's individual healthcare plan, written by the school nurse with his parents, sets out what staff do in an emergency; it is reviewed every year or after any change in his care.",
            ),
            _paren("H1"),
            ("S", "H1", "None at present."),
            _paren("H2"),
            ("S", "H2", "No other social care provision is needed at present."),
            _paren("I"),
            (
                "S",
                "I",
                "Ashgrove Primary School, Linden Road, Castlebridge (mainstream community primary school).",
            ),
            _paren("J"),
            ("S", "J", "No personal budget has been requested."),
            _paren("K"),
            (
                "S",
                "K",
                "Report of Sister Helen Marsh, Children's Community Nursing Team (September 2026); clinic letter of Mr R Adeyemi-Price, consultant paediatric ENT surgeon (August 2026); report of Ms Clare Ibbotson, specialist teacher for physical disability (October 2026); parents' views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=NU1,
            style="headed",
            footer="Castlebridge and Vale Community Health Services - Children's Community Nursing - Toby Okonjo-Reeve",
            author="H Marsh",
            blocks=[
                ("org", "Castlebridge and Vale Community Health Services NHS Trust"),
                (
                    "small",
                    "Children's Community Nursing Team, Wyvern House, Castlebridge - 01632 960530",
                ),
                ("title", "Nursing advice for Education, Health and Care needs assessment"),
                (
                    "kv",
                    [
                        ("Child", "Toby Okonjo-Reeve, DOB 14/03/2020, NHS 999 318 2240"),
                        ("Author", "Sister Helen Marsh, Children's Community Nurse"),
                        ("Date", "18 September 2026"),
                    ],
                ),
                ("h", 1, "Background"),
                (
                    "p",
                    [
                        X(
                            "Toby was born at 29 weeks and needed ventilation for several weeks, which scarred his upper airway.",
                            "history: birth and neonatal",
                        ),
                        X(
                            "He had a tracheostomy formed at five months and a gastrostomy at eight months, and had airway reconstruction surgery in 2024, which did not allow decannulation.",
                            "history: operations",
                        ),
                        "The team has visited Toby at home and at school since he started in Reception.",
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "His reflux and vomiting after feeds settled completely once his formula was changed last year.",
                            "resolved difficulty",
                        ),
                        X(
                            "Two teaching assistants at Ashgrove were trained by our team in suction and emergency tube change when Toby started in Reception, and both remain competent.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 1, "Toby's needs in school"),
                (
                    "p",
                    [
                        "Toby needs suction several times in a normal school day, more often after PE and whenever he has a cold.",
                        X(
                            "His oxygen saturations are normal in air, and he has needed no oxygen since 2023.",
                            "test result",
                        ),
                    ],
                ),
                (
                    "bul",
                    [
                        [
                            N(
                                "Toby tires quickly: by early afternoon his concentration drops noticeably and he may put his head on the table, especially after a night when he has needed suction several times.",
                                "sensory_physical",
                            ),
                            "Staff at school describe this on at least two days most weeks.",
                        ],
                        [
                            N(
                                "He becomes distressed and pulls away if other children come close to his neck or touch his tube.",
                                "semh",
                                B1_PLAY,
                            ),
                            X(
                                "This is understandable, because his tube was pulled out by accident in the playground last year.",
                                "reason: history",
                            ),
                        ],
                        [
                            N(
                                "Toby is anxious and embarrassed when he needs suction in front of his classmates, and on some days he has refused to go back into class afterwards.",
                                "semh",
                            ),
                            "His mother says he has begun to ask whether he can stay at home on PE days.",
                        ],
                    ],
                ),
                ("h", 1, "Recommendations"),
                ("p", "Our recommendations are set out below, with the reasons for each."),
                (
                    "bul",
                    [
                        [
                            R(
                                "Toby must have a named adult, trained and assessed as competent in his tracheostomy care, within arm's reach throughout the school day, including playtimes, lunchtime, PE and trips.",
                                "health",
                                "specific",
                                F1_TA,
                            ),
                            X(
                                "A blocked or dislodged tube is an emergency that has to be dealt with in seconds, not minutes.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "The Children's Community Nursing Team will train at least three members of school staff in suction, emergency tube change and gastrostomy feeding, and will reassess their competence every six months.",
                                "health",
                                "not_educational",
                                G1_TRAIN,
                                section="G",
                            ),
                            "Three trained staff means there is always cover for sickness and breaks.",
                        ],
                        [
                            R(
                                "His midday bolus feed should continue to be given in school by a trained adult, following the dietitian's feeding plan.",
                                "health",
                                "not_educational",
                                G1_FEED,
                                section="G",
                            ),
                            X(
                                "Toby has not eaten by mouth since infancy and is not expected to do so for the foreseeable future.",
                                "background",
                            ),
                        ],
                        [
                            R(
                                "A quiet space should be set aside near his classroom where Toby can have suction in private and rest for ten minutes afterwards, so that he is not suctioned in front of the class.",
                                "semh",
                                "missing_from_f",
                            ),
                            "Being suctioned in front of others is, in his words, 'the worst bit of school'.",
                        ],
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "We considered asking for a nurse to be based in school for Toby, but his care is predictable and well within what trained school staff can safely manage.",
                            "option considered and rejected",
                        ),
                        R(
                            "At home, his parents should carry the emergency bag with a spare tube on every journey, including the walk to school.",
                            "health",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Sister Helen Marsh RN (Child), Children's Community Nurse"),
            ],
        ),
        dict(
            file=CL1,
            footer="Castlebridge Children's Hospital - Paediatric ENT - page {n} of {m}",
            author="R Adeyemi-Price",
            blocks=[
                ("org", "Castlebridge Children's Hospital NHS Foundation Trust"),
                ("small", "Department of Paediatric Otolaryngology - Airway Clinic - 01632 960577"),
                (
                    "small",
                    "Clinic date 11 August 2026 - dictated 12 August 2026 - typed 15 August 2026",
                ),
                ("p", "Mr R Adeyemi-Price FRCS (ORL-HNS), Consultant Paediatric ENT Surgeon"),
                (
                    "p",
                    "To: SEND Assessment and Review Team, Castlebridge Borough Council; cc Dr S Farouk, GP; Mr and Mrs Okonjo-Reeve",
                ),
                ("p", "Re: Toby OKONJO-REEVE, DOB 14.03.2020, NHS 999 318 2240"),
                ("b", "Diagnoses"),
                (
                    "bul",
                    [
                        "Grade III subglottic stenosis following neonatal intubation",
                        "Tracheostomy dependent (size 4.0 uncuffed tube)",
                        "Gastrostomy fed",
                        "Expressive language delay",
                    ],
                ),
                ("p", "Dear colleagues,"),
                (
                    "p",
                    [
                        "I saw Toby in the airway clinic today with his mother, who asked me to write in support of his EHC needs assessment.",
                        X(
                            "His most recent airway endoscopy in June showed a stable stenosis, and I do not expect to attempt decannulation for at least two years.",
                            "test result",
                        ),
                        X(
                            "Mum told me that Toby now wears his speaking valve for up to two hours at a time, which is a real improvement on last year.",
                            "progress",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "With the valve in place Toby's voice is soft and breathy and carries poorly in a noisy room, and listeners who do not know him understand only part of what he says.",
                            "communication_interaction",
                            B1_VOICE,
                        ),
                        N(
                            "His gross motor skills are behind those of his peers, and his balance and stamina in running and climbing games are poor.",
                            "sensory_physical",
                            B1_MOVE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "Mum also explained that Toby loves PE but has been sitting out since a child knocked his tube in a relay race.",
                        X(
                            "His understanding of spoken language was age-appropriate when assessed by his speech and language therapist in May.",
                            "test result; strength",
                        ),
                        R(
                            "Toby can and should take part in PE, with activities adapted so that he avoids water, sand and knocks to the neck, and his teacher should plan these adaptations with the specialist teacher each half term.",
                            "sensory_physical",
                            "not_specific",
                            F1_PE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "Toby has had speech and language therapy in clinic since he was two.",
                        R(
                            "I would recommend that his speech and language therapy continues in school, with a programme of language and voice work delivered by his teaching assistant for 20 minutes three times a week and reviewed by the therapist every half term.",
                            "communication_interaction",
                            "wrong_section",
                            G1_SALT,
                            section="G",
                        ),
                        X(
                            "In my experience children with a tracheostomy make much better progress with their voice when practice is built into the school week rather than left to clinic visits.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "He will remain under my care in the airway clinic, with reviews every three months.",
                            "health",
                            "not_educational",
                            G1_CLINIC,
                            section="G",
                        ),
                        X(
                            "I do not think a special school is needed for Toby's medical needs, which can be met in his local school with trained staff.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("p", "Yours sincerely,"),
                ("p", "Mr Rotimi Adeyemi-Price, Consultant Paediatric ENT Surgeon"),
            ],
        ),
        dict(
            file=ST1,
            style="folder",
            footer="Castlebridge Physical and Sensory Support Service - specialist teacher advice",
            author="C Ibbotson",
            blocks=[
                ("org", "Castlebridge Physical and Sensory Support Service"),
                (
                    "small",
                    "Education Support Centre, Mill Lane, Castlebridge - 01632 960541 - pss@castlebridge.example.org",
                ),
                (
                    "title",
                    "Specialist Teacher (Physical Disability): Advice for EHC Needs Assessment",
                ),
                (
                    "kv",
                    [
                        ("Pupil", "Toby Okonjo-Reeve, Year 1, Ashgrove Primary School"),
                        ("Specialist teacher", "Clare Ibbotson, QTS, PG Cert Physical Disability"),
                        ("Visits", "22 September and 6 October 2026"),
                    ],
                ),
                ("h", 1, "What we did"),
                (
                    "p",
                    [
                        "We observed Toby in a phonics lesson, at playtime and in a PE lesson, and talked with his class teacher, his teaching assistants and his parents.",
                        X(
                            "We also used the Phonics Screening Check practice materials with him, with Toby pointing to his answers.",
                            "assessment method",
                        ),
                    ],
                ),
                ("h", 1, "What we found"),
                (
                    "p",
                    [
                        X(
                            "Toby is a sociable and determined learner who concentrates well in the mornings and is keen to show what he knows.",
                            "strength",
                        ),
                        N(
                            "His expressive language is delayed: he mostly uses two- and three-word phrases and leaves out small grammatical words.",
                            "communication_interaction",
                            B1_LANG,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Toby's phonic knowledge is well behind that of his classmates, partly because of the time he has lost to hospital admissions; he knows about half of the Phase 2 and 3 sounds.",
                            "cognition_learning",
                            B1_PHON,
                        ),
                        N(
                            "He cannot always say letter sounds clearly enough to blend them aloud, which holds back his early reading.",
                            "cognition_learning",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "His fine motor skills are immature: he holds a pencil in a fisted grasp, tires quickly when writing and cannot yet use scissors.",
                            "sensory_physical",
                            B1_HANDS,
                        ),
                        N(
                            "At playtimes Toby is often on the edge of games, because other children cannot hear him and do not wait for his signs.",
                            "semh",
                            B1_PLAY,
                        ),
                    ],
                ),
                ("h", 1, "What we recommend"),
                ("p", "We recommend the following, with our reasons alongside."),
                (
                    "grid",
                    [
                        ["Recommendation", "Reason"],
                        [
                            R(
                                "All adults who work with Toby, including midday supervisors, should use Makaton signs alongside speech, and his class teacher and teaching assistant should complete Makaton Level 1 training this term.",
                                "communication_interaction",
                                "not_specific",
                                F1_SIGN,
                            ),
                            "Signs are how Toby makes himself understood when his voice is too quiet or his valve is off.",
                        ],
                        [
                            R(
                                "Toby should have a personal voice amplifier for whole-class and group discussion, with staff shown how to set it up and check it each morning.",
                                "communication_interaction",
                                "missing_from_f",
                            ),
                            X(
                                "In the carpet sessions we watched, Toby answered four times and was heard once.",
                                "observation behind a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Toby should have a 15-minute one-to-one phonics session with his teaching assistant every day, using a pointing response (choosing from written letters) so that he can show what he knows without saying the sound.",
                                "cognition_learning",
                                "less",
                                F1_PHON,
                            ),
                            "Daily short practice is what closes gaps like Toby's.",
                        ],
                        [
                            R(
                                "A fine motor programme such as Clever Fingers should be run for 10 minutes each morning, with a sloping board and chunky pencil grips for every writing task.",
                                "sensory_physical",
                                "specific",
                                F1_HAND,
                            ),
                            "To build hand strength before writing tires him.",
                        ],
                        [
                            R(
                                "We recommend a small playtime group of Toby and two or three friends, led by an adult on three lunchtimes a week, with games that do not depend on shouting or running.",
                                "semh",
                                "specific",
                                F1_PLAY,
                            ),
                            "Toby joins in happily when the game does not depend on being heard across a playground.",
                        ],
                        [
                            R(
                                "Our service should visit once each half term to advise staff, review Toby's access and update his risk assessment.",
                                "sensory_physical",
                                "specific",
                                F1_STV,
                            ),
                            "His needs change with his health and with each new class.",
                        ],
                    ],
                    [0.62, 0.38],
                ),
                (
                    "p",
                    [
                        X(
                            "We looked at whether Toby needs a wheelchair or buggy for trips, but he walks well on the flat and a pushchair would set him apart unnecessarily.",
                            "option considered and rejected",
                        ),
                        X(
                            "The writing slope we lent in Reception is already in use and helps his posture.",
                            "support already in place",
                        ),
                    ],
                ),
                ("p", "Clare Ibbotson, Specialist Teacher for Physical Disability, 8 October 2026"),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbe-02: Pennmoor County Council; Kacper Nowicki-Hale, 8, Year 3, spina bifida,
# wheelchair user, clean intermittent catheterisation. Layout
# "title-case-names-full-stop-unlettered": no letters; each heading the statutory name in
# title case ending with a full stop, "Special Educational Needs."
# ---------------------------------------------------------------------------

TITLE2 = {
    "A": "Views, Interests and Aspirations.",
    "B": "Special Educational Needs.",
    "C": "Health Needs Related to Special Educational Needs.",
    "D": "Social Care Needs Related to Special Educational Needs or a Disability.",
    "E": "Outcomes.",
    "F": "Special Educational Provision.",
    "G": "Health Provision.",
    "H1": "Social Care Provision Made under Section 2 of the Chronically Sick and Disabled Persons Act 1970.",
    "H2": "Other Social Care Provision.",
    "I": "Placement.",
    "J": "Personal Budget.",
    "K": "Advice and Information.",
}


def _stop(sid: str) -> tuple:
    return ("H", sid, TITLE2[sid], "h2")


B2_SLUMP = "Kacper slumps sideways in an ordinary classroom chair after a short time, which makes writing and seeing the board hard for him."
B2_TRANSFER = "He needs an adult to help him move in and out of his wheelchair, on and off the toilet and on to a classroom chair."
B2_WRITE = "Writing is slow and tiring for Kacper, and he gets much less down on paper than his classmates."
B2_CHANGE = "Kacper needs help getting changed for PE and swimming."
B2_PUSH = "Kacper pushes his own wheelchair around the classroom but gets tired going further, for example to the hall or up the ramp to the field."
B2_ARMS = "His arms and body are not yet strong enough for him to keep his balance when he reaches or leans over."
B2_TIME = "Kacper misses some lesson time each day because of his personal care routine."

F2_CHAIR = "A supportive classroom chair with a pelvic strap, side supports and an adjustable footplate, set up by the occupational therapist, for all seated work, and a height-adjustable desk."
F2_HANDLING = "Every transfer in and out of Kacper's wheelchair will be done by one of two staff trained in moving and handling by the occupational therapist, using a transfer board and his written handling plan."
F2_LAPTOP = "A school laptop with word prediction for extended writing, and touch-typing practice with his teaching assistant for 15 minutes once a week."
F2_CHECK = "A picture checklist of the steps of each written task on Kacper's desk in every lesson, which his teaching assistant goes through with him at the start of the task."
F2_OT = "Occupational therapy advice to school as needed."
F2_PE = "Opportunities for inclusive PE where possible."
F2_TA = "A teaching assistant for 25 hours a week to support Kacper's learning, his mobility around school and his changing for PE and swimming."

G2_CIC = "Clean intermittent catheterisation will be carried out in school four times a day by staff trained and signed off by the paediatric continence nurse specialist, who will refresh their training every year."
G2_PHYSIO = "The children's physiotherapy service will give the school a programme of strengthening and balance exercises for Kacper and will visit to update it."
G2_STAND = "Kacper will use his standing frame at school for 30 minutes each day, as set out in his physiotherapy plan."

OT2 = "ot_seating_equipment_report.pdf"
PH2 = "physiotherapy_report.docx"
HC2 = "individual_healthcare_plan.docx"

CASE_02 = dict(
    name="case-evalbe-02",
    layout="title-case-names-full-stop-unlettered",
    summary=(
        "Pennmoor County Council; Kacper Nowicki-Hale, 8, Year 3 at St Aldhelm's CE Primary School (lumbar "
        "myelomeningocele with a shunted hydrocephalus, manual wheelchair user, clean intermittent "
        "catheterisation four times a day; seating, transfers, handwriting, visual perception, organisation, "
        "self-esteem). The plan carries no section letters: each heading is the statutory name in title case "
        "ending with a full stop ('Special Educational Needs.'); F is bullets under area headings. Reports: a "
        "paediatric occupational therapist on seating and equipment (.pdf, an Equipment or advice / Reason / "
        "Outcome it supports table), a physiotherapist (.docx, options weighed and recommendations argued at "
        "length) and the school's individual healthcare plan (.docx, first person plural, a care table)."
    ),
    note=(
        "The physiotherapist's daily strengthening and balance programme, delivered by a trained teaching assistant, "
        "stands in the health provision section as a service offer: provision in the wrong section (therapy that "
        "trains). Catheterisation by trained staff and standing frame use are health provision rightly there. "
        "The plan's 25-hour teaching assistant was not itself recommended in these words; no report sentence is "
        "pointed at it."
    ),
    plan=dict(
        file="plan.pdf",
        sans=True,
        accent="5B2C6F",
        header="Pennmoor County Council - Education, Health and Care Plan",
        footer="Kacper Nowicki-Hale - final plan issued 2 November 2026 - page {n} of {m}",
        author="Pennmoor SEND Service",
        title="EHC Plan - Kacper Nowicki-Hale",
        blocks=[
            ("org", "Pennmoor County Council - Children's Services"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Kacper Nowicki-Hale"),
                    ("Date of birth", "30 June 2018"),
                    ("NHS number", "999 720 1185"),
                    ("School and year group", "St Aldhelm's CE Primary School, Year 3"),
                    ("Parent", "Marta Nowicka, 4 Cherry Tree Walk, Pennmoor"),
                    ("SEND officer", "Ms L Ferreira, 01632 960603, send.team@pennmoor.example.org"),
                ],
            ),
            _stop("A"),
            (
                "S",
                "A",
                "Kacper is funny, chatty and mad about football; he supports Pennmoor Rovers and wants to play wheelchair basketball for England one day.",
            ),
            (
                "p",
                "His mum wants him to be as independent as he can be and to have friends who see Kacper, not the wheelchair.",
            ),
            _stop("B"),
            (
                "S",
                "B",
                "Kacper has spina bifida and uses a wheelchair; his learning is at the level expected for his age in reading and a little below in writing and mathematics.",
            ),
            ("b", "Physical needs"),
            ("p", [B2_SLUMP, B2_TRANSFER, B2_PUSH, B2_ARMS]),
            ("b", "Learning"),
            ("p", [B2_WRITE, B2_TIME]),
            ("b", "Independence and self-care"),
            ("p", B2_CHANGE),
            _stop("C"),
            (
                "S",
                "C",
                "Kacper has a lumbar myelomeningocele repaired at birth and a shunt for hydrocephalus; he has no feeling or movement below the knees and needs catheterising four times a day.",
            ),
            _stop("D"),
            (
                "S",
                "D",
                "Kacper is known to the Children with Disabilities Team, and his family have had an assessment under the Children Act 1989.",
            ),
            _stop("E"),
            (
                "S",
                "E",
                "By the end of Year 4 Kacper will write a side of A4 in a lesson, by hand or on a laptop.",
            ),
            (
                "p",
                "By the end of Year 4 Kacper will move around the whole school site on his own, including to the field.",
            ),
            (
                "p",
                "By the end of Year 4 Kacper will get himself changed for PE with no more than one prompt.",
            ),
            _stop("F"),
            (
                "S",
                "F",
                "St Aldhelm's CE Primary School will make the following provision, overseen by the SENCo, from the date of this plan.",
            ),
            ("b", "Physical needs"),
            (
                "bul",
                [
                    ("F", F2_CHAIR, True),
                    ("F", F2_HANDLING, True),
                    ("F", F2_OT, False),
                    ("F", F2_PE, False),
                ],
            ),
            ("b", "Learning"),
            ("bul", [("F", F2_LAPTOP, True), ("F", F2_CHECK, True)]),
            ("b", "Staffing"),
            ("bul", [("F", F2_TA, True)]),
            _stop("G"),
            ("S", "G", G2_CIC),
            ("p", G2_PHYSIO),
            ("p", G2_STAND),
            (
                "p",
                "Kacper will continue to be seen in the spina bifida clinic at Pennmoor General Hospital every six months.",
            ),
            _stop("H1"),
            (
                "S",
                "H1",
                "Four overnight short breaks a year with a specialist foster carer, arranged by the Children with Disabilities Team.",
            ),
            _stop("H2"),
            ("S", "H2", "Nothing further is required."),
            _stop("I"),
            (
                "S",
                "I",
                "St Aldhelm's CE Primary School, Pennmoor (voluntary aided mainstream primary school).",
            ),
            _stop("J"),
            ("S", "J", "A personal budget was discussed; Ms Nowicka did not wish to take one."),
            _stop("K"),
            (
                "S",
                "K",
                "Occupational therapy report by Ms Nadia Quayle (September 2026); physiotherapy report by Mr Owen Thackeray (September 2026); individual healthcare plan from St Aldhelm's (October 2026); views of Kacper and his mother.",
            ),
        ],
    ),
    reports=[
        dict(
            file=OT2,
            accent="2E6B5E",
            header="Pennmoor Community Children's Services - Occupational Therapy",
            footer="OT seating and equipment report - Kacper Nowicki-Hale - page {n} of {m}",
            author="N Quayle",
            blocks=[
                ("org", "Pennmoor Healthcare NHS Trust - Children's Occupational Therapy"),
                ("small", "Oakfield Child Development Centre, Pennmoor - 01632 960620"),
                ("title", "Occupational Therapy Report: Seating, Equipment and Function in School"),
                (
                    "kv",
                    [
                        ("Name", "Kacper Nowicki-Hale (DOB 30/06/2018)"),
                        (
                            "Therapist",
                            "Nadia Quayle, Highly Specialist Paediatric Occupational Therapist",
                        ),
                        ("Seen", "At school, 9 and 16 September 2026"),
                    ],
                ),
                ("h", 1, "Reason for referral"),
                (
                    "p",
                    [
                        "Kacper was referred by his school for a review of his classroom seating and his handwriting.",
                        X(
                            "His current classroom chair was issued in Reception and he has outgrown it.",
                            "background",
                        ),
                        X(
                            "Kacper's own wheelchair was reviewed by the wheelchair service in July and fits him well.",
                            "resolved: equipment in place",
                        ),
                    ],
                ),
                ("h", 1, "Findings"),
                (
                    "p",
                    [
                        N(
                            "Kacper cannot keep an upright sitting posture without support: after about 20 minutes on a standard classroom chair he leans to his left and props himself on his elbow.",
                            "sensory_physical",
                            B2_SLUMP,
                        ),
                        N(
                            "He needs the help of one adult for every transfer between his wheelchair, a classroom chair and the toilet, and cannot yet do this safely on his own.",
                            "sensory_physical",
                            B2_TRANSFER,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "His handwriting is slow and effortful, and in a typical lesson he produces about half the written work of his classmates.",
                            "sensory_physical",
                            B2_WRITE,
                        ),
                        X(
                            "On the Beery VMI his visual-motor integration standard score was 74, and his visual perception standard score was 71.",
                            "test result",
                        ),
                        N(
                            "Kacper has real difficulty with visual perception: copying from the board, finding his place on a busy page and setting out sums in columns are all very hard for him.",
                            "cognition_learning",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "He finds it hard to organise himself and his equipment, and often loses track of the steps of a task part way through.",
                            "cognition_learning",
                        ),
                        N(
                            "Kacper cannot yet manage his own clothing for PE or swimming and depends on an adult to change.",
                            "sensory_physical",
                            B2_CHANGE,
                        ),
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "grid",
                    [
                        ["Equipment or advice", "Reason", "Outcome it supports"],
                        [
                            R(
                                "A supportive classroom chair with a pelvic strap, lateral supports and an adjustable footplate, set up by me, for all seated desk work, with a height-adjustable desk.",
                                "sensory_physical",
                                "specific",
                                F2_CHAIR,
                            ),
                            "A stable pelvis frees his hands for writing",
                            "Writing a side of A4 in a lesson",
                        ],
                        [
                            R(
                                "Two members of staff should be trained by this service in moving and handling, and should use a transfer board and a written handling plan for every transfer.",
                                "sensory_physical",
                                "specific",
                                F2_HANDLING,
                            ),
                            "Safe transfers for Kacper and for staff",
                            "Moving around school independently",
                        ],
                        [
                            R(
                                "A laptop with word-prediction software for all extended writing, and touch-typing practice for 15 minutes three times a week.",
                                "sensory_physical",
                                "less",
                                F2_LAPTOP,
                            ),
                            "Typing will soon be faster than his handwriting",
                            "Writing a side of A4 in a lesson",
                        ],
                        [
                            R(
                                "Work should be given on enlarged squared paper, and a printed copy of anything on the board should be put on his desk instead of asking him to copy it.",
                                "cognition_learning",
                                "missing_from_f",
                            ),
                            "His visual perception scores are in the lowest few per cent",
                            "Keeping up with written work",
                        ],
                        [
                            R(
                                "A picture checklist of the steps of each written task on his desk, checked with an adult at the start.",
                                "cognition_learning",
                                "specific",
                                F2_CHECK,
                            ),
                            "He loses the thread of longer tasks",
                            "Working on his own for longer",
                        ],
                        [
                            R(
                                "This service should review his seating and equipment every term while he is growing quickly, and advise the school on changes.",
                                "sensory_physical",
                                "not_specific",
                                F2_OT,
                            ),
                            "Children of his age outgrow equipment within months",
                            "All of the above",
                        ],
                    ],
                    [0.5, 0.26, 0.24],
                ),
                (
                    "p",
                    [
                        X(
                            "A powered wheelchair was discussed with Kacper and his mum; we agreed that at this stage pushing himself keeps him fitter and that he does not need one.",
                            "option considered and rejected",
                        ),
                        X(
                            "The accessible toilet with a changing bench and hoist that the school fitted in 2025 meets his needs.",
                            "support already in place",
                        ),
                    ],
                ),
                ("p", "Nadia Quayle, HCPC OT12345, 24 September 2026"),
            ],
        ),
        dict(
            file=PH2,
            style="lettered",
            footer="Pennmoor Healthcare NHS Trust - Children's Physiotherapy - Kacper Nowicki-Hale",
            author="O Thackeray",
            blocks=[
                ("org", "Children's Physiotherapy Service, Pennmoor Healthcare NHS Trust"),
                ("p", "Oakfield Child Development Centre, Pennmoor - 01632 960622"),
                ("title", "Physiotherapy Advice"),
                ("sub", "Prepared for Pennmoor County Council's EHC needs assessment"),
                ("bh", "About Kacper's physical development"),
                (
                    "p",
                    [
                        X(
                            "Kacper was born with a lumbar myelomeningocele, closed on his second day, and had a shunt inserted at three weeks.",
                            "history: birth and surgery",
                        ),
                        X(
                            "He had surgery to release tight hamstrings in 2024 and has recovered well.",
                            "history: resolved",
                        ),
                        X(
                            "He has good strength in his hips and can bear weight through his legs in a frame with support at the knees.",
                            "strength",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Kacper propels his manual wheelchair independently indoors but tires on slopes and over longer distances, such as the route to the school hall and back.",
                            "sensory_physical",
                            B2_PUSH,
                        ),
                        N(
                            "His upper-body strength and sitting balance are below what he needs to reach forward and sideways safely from his chair.",
                            "sensory_physical",
                            B2_ARMS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "At our last appointment Kacper told me that he doesn't like PE 'because I just watch'.",
                        N(
                            "He has become self-conscious about his wheelchair and his continence routine, and his mother says he has started to tell her that he is 'the only one who is different'.",
                            "semh",
                        ),
                    ],
                ),
                ("bh", "Options I considered"),
                (
                    "p",
                    [
                        "I weighed three ways of giving Kacper the daily practice he needs.",
                        X(
                            "The first, weekly physiotherapy sessions at the clinic, would take him out of school for half a day each week and would not give him the repetition he needs.",
                            "option considered and rejected",
                        ),
                        X(
                            "The second, a block of hydrotherapy, would help in the short term, but there is no pool within reach of the school and his progress would fade once the block ended.",
                            "option considered and rejected",
                        ),
                        "The third, a programme built into his school day, is the one I recommend.",
                    ],
                ),
                ("bh", "My recommendations"),
                (
                    "p",
                    [
                        R(
                            "Kacper's programme of upper-body strengthening and sitting-balance exercises should be carried out at school by a trained teaching assistant for 20 minutes every day, with a physiotherapist visiting twice a term to train staff and update the programme.",
                            "sensory_physical",
                            "wrong_section",
                            G2_PHYSIO,
                            section="G",
                        ),
                        X(
                            "Strength and balance in children with spina bifida are built by little-and-often practice, and a programme done only at home in the evenings, when he is tired, has not worked.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "He should also stand in his standing frame for 30 minutes each day, at a time that fits with his lessons, to protect his hips and bones.",
                            "health",
                            "not_educational",
                            G2_STAND,
                            section="G",
                        ),
                        X(
                            "Standing can be combined with a reading or carpet session, so that he does not lose teaching time.",
                            "reason: how to fit it in",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "I would strongly recommend that Kacper takes part in PE every week with his class, using wheelchair sports such as boccia, wheelchair basketball and New Age Kurling, and that his teaching assistant attends the Youth Sport Trust's inclusive PE course.",
                            "sensory_physical",
                            "not_specific",
                            F2_PE,
                        ),
                        X(
                            "Joining in PE properly matters as much for how he sees himself as for his fitness.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "At home, Kacper's mum should carry on with the stretching programme each evening and the weekend swimming she already does with him.",
                            "sensory_physical",
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "p",
                    "Owen Thackeray, Clinical Specialist Physiotherapist (Neurodisability), 29 September 2026",
                ),
            ],
        ),
        dict(
            file=HC2,
            style="headed",
            footer="St Aldhelm's CE Primary School - Individual Healthcare Plan - reviewed October 2026",
            author="St Aldhelm's CE Primary School",
            blocks=[
                ("org", "St Aldhelm's CE Primary School"),
                (
                    "small",
                    "Church Street, Pennmoor - 01632 960640 - office@st-aldhelms.example.org",
                ),
                ("title", "Individual Healthcare Plan"),
                (
                    "kv",
                    [
                        ("Pupil", "Kacper Nowicki-Hale, Year 3"),
                        (
                            "Medical condition",
                            "Spina bifida (lumbar myelomeningocele) with shunted hydrocephalus; neurogenic bladder and bowel",
                        ),
                        (
                            "Plan written by",
                            "Mrs A Chaudhry (SENCo) with the school nurse, Kacper's mother and the paediatric continence nurse specialist",
                        ),
                        ("Review date", "October 2027 or sooner if Kacper's needs change"),
                    ],
                ),
                ("h", 1, "Kacper's daily care"),
                (
                    "grid",
                    [
                        ["Care", "When", "Who"],
                        [
                            "Clean intermittent catheterisation in the accessible toilet",
                            "10.15 am, 12.15 pm, 1.45 pm and 3.00 pm",
                            "Mrs K Doyle or Mr J Fenn (both trained)",
                        ],
                        ["Bowel routine", "At home before school", "Parent"],
                        [
                            "Pressure area check",
                            "At each catheterisation",
                            "Member of staff carrying out the care",
                        ],
                    ],
                    [0.45, 0.3, 0.25],
                ),
                ("h", 1, "What we will do"),
                (
                    "bul",
                    [
                        R(
                            "Clean intermittent catheterisation will be carried out four times a day by one of two members of staff trained and signed off by the paediatric continence nurse specialist, who will refresh our training every year.",
                            "health",
                            "not_educational",
                            G2_CIC,
                            section="G",
                        ),
                        X(
                            "If Kacper has a headache with vomiting, unusual sleepiness or a change in behaviour, we will call 999 and then his mother, because these can be signs that his shunt is blocked.",
                            "emergency procedure, health",
                        ),
                        X(
                            "Kacper's wet and soiled accidents have stopped almost entirely since his catheter times were moved to fit the school day.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 1, "How Kacper's care affects his learning"),
                (
                    "p",
                    [
                        N(
                            "Kacper has to leave class four times a day for about 15 minutes each time, so he regularly misses parts of lessons.",
                            "cognition_learning",
                            B2_TIME,
                        ),
                        "Last year this was mostly the end of the morning's mathematics lesson.",
                        X(
                            "Kacper's mother will send spare catheters, wipes and a change of clothes in his bag every Monday.",
                            "home arrangement",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "We will plan catheterisation times around key lessons so that Kacper does not always miss the same subject, and his teaching assistant will go over anything he has missed for 10 minutes on his return.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                        X(
                            "Kacper asked that his friends are not told where he goes, and we have agreed to call it 'going to the office'.",
                            "child's view",
                        ),
                    ],
                ),
                (
                    "p",
                    "Signed: Mrs A Chaudhry, SENCo; Mrs M Nowicka, parent; Ms R Bellamy, paediatric continence nurse specialist",
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbe-03: Wendlebury Metropolitan Borough Council; Isla-Rose Penhaligon, 5,
# Reception, Kleefstra syndrome with global developmental delay. Layout
# "parenthesised-capital-letter-headings": "(B) Special educational needs".
# ---------------------------------------------------------------------------


def _brk(sid: str) -> tuple:
    return ("H", sid, f"({sid}) {NAMES[sid]}", "h1")


B3_GDD = "Isla is learning and developing at about the stage of a child half her age in most areas."
B3_TALK = "Isla says about twenty single words and uses a few signs, such as 'more' and 'finished'."
B3_UNDER = "She understands short instructions only when they are part of a familiar routine, like 'coats on' at home time."
B3_ATTN = "Isla moves quickly from one thing to another unless an adult sits and plays with her."
B3_MOUTH = "Isla still puts toys and other objects in her mouth."
B3_FLOPPY = "Isla's muscles are floppy, so she falls easily and needs a hand on the stairs."
B3_SIT = "Isla can't sit on the carpet for long without leaning on something."
B3_TOILET = "Isla wears pull-ups and does not yet tell anyone when she needs changing."

F3_TA = "A teaching assistant will work with Isla for the whole school day, 32.5 hours a week, including lunchtime and playtimes."
F3_LEARN = "A personalised small-steps learning programme, planned by the class teacher with the SENCo and reviewed every half term, taught by her teaching assistant in three 10-minute sessions every day."
F3_SEAT = "A supportive corner floor seat for every carpet session."
F3_MOTOR = "A gross motor programme of balance, stepping and step-climbing with her teaching assistant for 15 minutes twice a week, reviewed by the physiotherapist every half term."
F3_VIS = "Use of visual supports."
F3_SUPER = "Adult supervision as required around school."

G3_MAKATON = "Wendlebury Children's Speech and Language Therapy will run Makaton foundation training for the staff who work with Isla."
G3_MELA = "Dr Venkataraman will continue to prescribe melatonin for Isla's sleep and will review her in the neurodisability clinic every six months."
G3_BUGGY = "The wheelchair service will provide a lightweight buggy for longer distances, such as school trips."

PD3 = "paediatric_clinic_letter.docx"
PT3 = "physiotherapy_report.pdf"
ST3 = "specialist_teacher_advice.docx"

CASE_03 = dict(
    name="case-evalbe-03",
    layout="parenthesised-capital-letter-headings",
    summary=(
        "Wendlebury Metropolitan Borough Council; Isla-Rose Penhaligon, 5, Reception at Meadowbank Infant "
        "School (Kleefstra syndrome; global developmental delay, very early language, low muscle tone, "
        "fatigue, not toilet trained, unsafe chewing, early play). Headings '(B) Special educational needs' "
        "in a .pdf; F lists provision under area headings. Reports: a consultant paediatrician's clinic "
        "letter (.docx), a physiotherapist (.pdf, bullets with the reasons mixed in) and a specialist "
        "teacher for physical disability (.docx, reported speech of staff and parents, then 'Isla will need ...')."
    ),
    note=(
        "Makaton foundation training for Isla's staff stands in G as a speech and language therapy offer: "
        "training that educates, so provision in the wrong section. Melatonin, the clinic review and the "
        "buggy for trips are health provision correctly in G. Glue ear (grommets, hearing now normal) and "
        "the diagnosis story are background."
    ),
    plan=dict(
        file="plan.pdf",
        accent="1B5E20",
        header="Wendlebury MBC | EHC plan | Isla-Rose Penhaligon",
        footer="Final plan 16 November 2026 | page {n} of {m}",
        author="Wendlebury SEND Team",
        title="Education, Health and Care Plan - Isla-Rose Penhaligon",
        blocks=[
            ("org", "Wendlebury Metropolitan Borough Council"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Child", "Isla-Rose Penhaligon"),
                    ("Date of birth", "2 February 2021"),
                    ("NHS number", "999 551 0943"),
                    ("School", "Meadowbank Infant School, Reception"),
                    ("Parents", "Kerenza and Matthew Penhaligon"),
                    ("Co-ordinator", "Mrs S Obi, 01632 960703"),
                ],
            ),
            _brk("A"),
            (
                "S",
                "A",
                "Isla loves music, water play and the big red bus on the playground; she lights up when she hears 'Wind the Bobbin Up'.",
            ),
            (
                "p",
                "Her parents want Isla to be happy at Meadowbank with the children from her street, to find a way to tell people what she wants, and to be clean and dry by the time she is seven.",
            ),
            _brk("B"),
            ("S", "B", B3_GDD),
            ("b", "Communication and interaction"),
            ("p", [B3_TALK, B3_UNDER]),
            ("b", "Cognition and learning"),
            ("p", [B3_ATTN, B3_MOUTH]),
            ("b", "Physical and sensory"),
            ("p", [B3_FLOPPY, B3_SIT, B3_TOILET]),
            _brk("C"),
            (
                "S",
                "C",
                "Isla has Kleefstra syndrome, a rare genetic condition, and takes melatonin to help her sleep; she had grommets fitted in 2025.",
            ),
            _brk("D"),
            (
                "S",
                "D",
                "The family have been offered a short breaks assessment and are thinking about it.",
            ),
            _brk("E"),
            (
                "S",
                "E",
                "By the end of Year 1 Isla will ask for what she wants using a word, a sign or a picture.",
            ),
            (
                "p",
                "By the end of Year 1 Isla will stay with an adult-led activity for five minutes.",
            ),
            (
                "p",
                "By the end of Year 1 Isla will walk to the hall and the playground without falling.",
            ),
            _brk("F"),
            (
                "S",
                "F",
                "Meadowbank Infant School will put the following in place, co-ordinated by the SENCo.",
            ),
            ("b", "Communication and learning"),
            ("bul", [("F", F3_TA, True), ("F", F3_LEARN, True), ("F", F3_VIS, False)]),
            ("b", "Physical"),
            ("bul", [("F", F3_SEAT, True), ("F", F3_MOTOR, True), ("F", F3_SUPER, False)]),
            _brk("G"),
            ("S", "G", G3_MELA),
            ("p", G3_BUGGY),
            ("p", G3_MAKATON),
            _brk("H1"),
            ("S", "H1", "Not applicable."),
            _brk("H2"),
            ("S", "H2", "Not applicable at this time."),
            _brk("I"),
            (
                "S",
                "I",
                "Meadowbank Infant School, Wendlebury (mainstream maintained infant school).",
            ),
            _brk("J"),
            ("S", "J", "Not requested."),
            _brk("K"),
            (
                "S",
                "K",
                "Dr P Venkataraman, consultant paediatrician (September 2026); Ms Jo Aldridge, physiotherapist (October 2026); Mrs Fiona Castell, specialist teacher (October 2026); parents' views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=PD3,
            style="headed",
            footer="Wendlebury Teaching Hospitals NHS Trust - Child Development Centre - Isla-Rose Penhaligon",
            author="P Venkataraman",
            blocks=[
                ("org", "Wendlebury Teaching Hospitals NHS Trust"),
                ("small", "Child Development Centre, Ryland Road, Wendlebury - 01632 960720"),
                (
                    "p",
                    "Seen in the neurodisability clinic on 14 September 2026. Letter typed 19 September 2026.",
                ),
                ("p", "Dear SEND Team,"),
                (
                    "p",
                    "Re: Isla-Rose PENHALIGON, born 02/02/2021, NHS 999 551 0943, 7 Quarry Row, Wendlebury",
                ),
                ("b", "Diagnoses"),
                (
                    "bul",
                    [
                        "Kleefstra syndrome (9q34.3 microdeletion), confirmed on microarray in 2022",
                        "Global developmental delay",
                        "Hypotonia",
                        "Sleep-onset difficulty, on melatonin",
                    ],
                ),
                (
                    "p",
                    [
                        "I saw Isla with both parents to give medical advice for her EHC needs assessment.",
                        X(
                            "Her diagnosis was made at 18 months after she was referred for late walking and absent speech.",
                            "history: diagnosis",
                        ),
                        X(
                            "She had grommets inserted for glue ear in March 2025, and her hearing test in July was normal.",
                            "resolved difficulty; test result",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Isla's development is globally delayed, and overall she is functioning at about the level of a two-and-a-half-year-old.",
                            "cognition_learning",
                            B3_GDD,
                        ),
                        N(
                            "Her low muscle tone gives her a wide-based, unsteady walk; she falls several times a day and cannot manage stairs without holding on.",
                            "sensory_physical",
                            B3_FLOPPY,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "She chews poorly and tends to overfill her mouth, so she is at real risk of choking on foods such as grapes, sausages and raw vegetables.",
                            "sensory_physical",
                        ),
                        N(
                            "Isla is not toilet trained; she wears pull-ups and shows no awareness of being wet or soiled.",
                            "sensory_physical",
                            B3_TOILET,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "At school her food should be cut into small pieces, and an adult who knows her eating plan should sit beside her at every snack and lunch.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        X(
                            "Her mother tells me that at home Isla now sleeps from 8 pm to 6 am on melatonin, a great improvement on last year.",
                            "progress",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "I will continue to prescribe melatonin and will see Isla in clinic every six months.",
                            "health",
                            "not_educational",
                            G3_MELA,
                            section="G",
                        ),
                        R(
                            "I have also referred Isla's parents to the clinical genetics service for counselling about the syndrome and any future pregnancies.",
                            "health",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Yours sincerely,"),
                ("p", "Dr Priya Venkataraman, Consultant Paediatrician (Neurodisability)"),
            ],
        ),
        dict(
            file=PT3,
            sans=True,
            accent="0B5394",
            header="Wendlebury Children's Physiotherapy",
            footer="Physiotherapy report - I Penhaligon - page {n} of {m}",
            author="J Aldridge",
            blocks=[
                ("org", "Wendlebury Children's Physiotherapy Service"),
                ("small", "Child Development Centre, Ryland Road, Wendlebury - 01632 960724"),
                ("title", "Physiotherapy report for EHC needs assessment"),
                (
                    "p",
                    "Isla-Rose Penhaligon, Reception, Meadowbank Infant School. Seen at school on 2 October 2026 with her teaching assistant, and at home on 5 October.",
                ),
                ("b", "What I found"),
                (
                    "bul",
                    [
                        X(
                            "Isla walks independently and has been doing so since she was 2 years 9 months old.",
                            "history: milestone",
                        ),
                        N(
                            "She cannot sit on the carpet without support for more than two or three minutes, and then slumps or lies down, which means she misses much of carpet time.",
                            "sensory_physical",
                            B3_SIT,
                        ),
                        N(
                            "She tires quickly when walking and cannot keep up with her class over the distance to the hall and the playground, often sitting down on the way.",
                            "sensory_physical",
                        ),
                        X(
                            "Her ankle alignment is good in her new supportive boots, and she no longer needs the ankle splints she wore last year.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("b", "What I recommend, and why"),
                (
                    "bul",
                    [
                        [
                            R(
                                "Isla should have a supportive corner floor seat for every carpet session, because with her trunk held steady she can use both hands and watch the teacher.",
                                "sensory_physical",
                                "specific",
                                F3_SEAT,
                            )
                        ],
                        [
                            R(
                                "A gross motor programme of balance, stepping and step-climbing should be done with her teaching assistant for 15 minutes every day, with me reviewing it every half term.",
                                "sensory_physical",
                                "less",
                                F3_MOTOR,
                            ),
                            X(
                                "Low tone improves only with very frequent practice, and the step-climbing in particular needs to be daily to make a difference by Year 1.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "An adult should be within arm's reach of Isla on stairs, steps and the climbing frame at all times, as she cannot yet save herself when she loses her balance.",
                                "sensory_physical",
                                "not_specific",
                                F3_SUPER,
                            )
                        ],
                        [
                            R(
                                "The wheelchair service should provide a lightweight buggy for longer distances such as school trips, so that Isla is not exhausted before she arrives.",
                                "health",
                                "not_educational",
                                G3_BUGGY,
                                section="G",
                            )
                        ],
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "I considered whether Isla needs a walking frame, but she walks well indoors and a frame would slow her down and make her stand out.",
                            "option considered and rejected",
                        ),
                        "I will continue to see Isla at school every half term.",
                    ],
                ),
                ("p", "Jo Aldridge, Specialist Children's Physiotherapist, HCPC PH56789"),
            ],
        ),
        dict(
            file=ST3,
            style="folder",
            footer="Wendlebury Inclusion Support Service - Physical Disability Team",
            author="F Castell",
            blocks=[
                ("org", "Wendlebury Inclusion Support Service - Physical Disability Team"),
                (
                    "small",
                    "The Hub, Carr Lane, Wendlebury - 01632 960735 - inclusion@wendlebury.example.org",
                ),
                ("title", "Specialist Teacher Advice"),
                (
                    "kv",
                    [
                        ("Child", "Isla-Rose Penhaligon, Reception"),
                        ("School", "Meadowbank Infant School"),
                        ("Specialist teacher", "Mrs Fiona Castell"),
                        ("Visits", "29 September and 12 October 2026"),
                    ],
                ),
                ("h", 1, "What the adults who know Isla told me"),
                (
                    "p",
                    [
                        "Isla's parents told me that she is a happy, affectionate girl who adores music and her older brother.",
                        X(
                            "Her mother said that Isla had settled into Reception far better than they had feared, and that she now walks in happily each morning.",
                            "resolved difficulty: settling",
                        ),
                        "Her class teacher, Miss Harper, said that Isla is well liked and that other children like to help her.",
                        X(
                            "Her father said that Isla used to scream when the hand dryers came on, but that she now covers her ears and carries on.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Miss Harper said that Isla's attention is fleeting, and that she moves on from an activity within a minute or two unless an adult sits beside her.",
                            "cognition_learning",
                            B3_ATTN,
                        ),
                        N(
                            "Her teaching assistant reported that Isla still mouths most objects she picks up, including crayons and small construction pieces.",
                            "sensory_physical",
                            B3_MOUTH,
                        ),
                    ],
                ),
                ("h", 1, "What I saw"),
                (
                    "p",
                    [
                        N(
                            "Isla uses about twenty single words and a handful of Makaton signs to ask for things, and often leads an adult by the hand.",
                            "communication_interaction",
                            B3_TALK,
                        ),
                        N(
                            "She follows simple instructions within familiar routines, such as 'coats on' at home time, but not when they are given out of context.",
                            "communication_interaction",
                            B3_UNDER,
                        ),
                        N(
                            "Isla does not yet play alongside other children, and when she wants a toy she grabs it or pushes the child who has it.",
                            "semh",
                        ),
                    ],
                ),
                ("h", 1, "What Isla will need"),
                (
                    "p",
                    [
                        R(
                            "Isla will need a teaching assistant with her for the whole school day, 32.5 hours a week, including lunchtime and playtimes.",
                            "cognition_learning",
                            "specific",
                            F3_TA,
                        ),
                        X(
                            "This is because she cannot yet keep herself safe, and because all her learning at present happens when an adult is alongside her.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "She will need a personalised small-steps curriculum, planned with the SENCo and reviewed every half term, taught in three short sessions of about 10 minutes each day.",
                            "cognition_learning",
                            "specific",
                            F3_LEARN,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Isla will need a now-and-next board with photographs, used by every adult before each change of activity.",
                            "communication_interaction",
                            "not_specific",
                            F3_VIS,
                        ),
                        R(
                            "Her class teacher, her teaching assistant and the lunchtime supervisor should attend Makaton foundation training this term, so that all the adults around her sign key words in the same way.",
                            "communication_interaction",
                            "wrong_section",
                            G3_MAKATON,
                            section="G",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "She will need a toileting routine, with changes at set times and a short sit on the toilet at each change, in a changing area with a height-adjustable bench.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        X(
                            "The school has already ordered a changing bench, which is due to be fitted over half term.",
                            "support already in place",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Mr and Mrs Penhaligon had visited Brookfield Special School last spring, but they felt it was too far from home and I agree that Isla's needs can be met at Meadowbank for now.",
                            "option considered and rejected",
                        ),
                        R(
                            "At home, her parents may like to use the same signs and the same bedtime song each night, to help Isla link words and routines.",
                            "communication_interaction",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Fiona Castell, Specialist Teacher (Physical Disability), 20 October 2026"),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbe-04: Ellesmoor City Council; Freya Montgomery-Adjei, 10, Year 5, polyarticular
# juvenile idiopathic arthritis with fatigue. Layout "number-dot-section-letter-colon":
# Word headings "2. Section B: Special educational needs"; F one table Outcome / Provision /
# Staff and frequency / Funded by.
# ---------------------------------------------------------------------------

ORDER4 = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]


def _numsec(sid: str) -> tuple:
    return ("H", sid, f"{ORDER4.index(sid) + 1}. Section {sid}: {NAMES[sid]}", "h1")


B4_TIRED = (
    "Freya gets worn out easily, and by the afternoon she often cannot concentrate on her work."
)
B4_STIFF = "Her joints, especially her knees, wrists and fingers, are stiff and sore first thing in the day."
B4_GAPS = "Freya has missed a lot of school because of her arthritis and has gaps in her maths."
B4_WRITE = "Writing by hand hurts Freya after a few minutes, and she writes slowly."
B4_HANDS = "She finds buttons, lunchbox lids, scissors and rulers hard to manage."
B4_SIT = "Sitting still for a long time makes her stiffer."
B4_PE = "Freya can't always join in PE, especially running and jumping when her joints are sore."

F4_REST = "A 10-minute rest in the quiet reading corner every afternoon after lunch, and at any other time Freya asks for one."
F4_CATCH = "Catch-up support following absence."
F4_LAPTOP = "A school laptop for extended writing, and a touch-typing programme for 15 minutes once a week for one term."
F4_KIT = "A writing slope, thick-barrelled pens, spring-loaded scissors and an easy-grip ruler, kept at Freya's desk for every lesson."
F4_MOVE = "Freya will leave each lesson five minutes early, with a friend, whenever she has to move to another room, and will use the lift to the first floor."
F4_PE = "Adapted PE as required."

C4_EX = "Freya has an exercise programme from her physiotherapist, which she does at school for 15 minutes every day with a teaching assistant."
G4_EYE = "The ophthalmology team at Ellesmoor General Hospital will screen Freya for uveitis every three months."
G4_CNS = "The paediatric rheumatology clinical nurse specialist will visit the school once a year, and after any change in treatment, to teach staff about JIA, Freya's medicines and what to do in a flare."
G4_HYDRO = "The physiotherapy service will offer a block of six hydrotherapy sessions at Ellesmoor General Hospital when Freya has a flare."

RH4 = "rheumatology_clinic_letter.pdf"
OT4 = "occupational_therapy_report.docx"
PT4 = "physiotherapy_recommendations.docx"

CASE_04 = dict(
    name="case-evalbe-04",
    layout="number-dot-section-letter-colon",
    summary=(
        "Ellesmoor City Council; Freya Montgomery-Adjei, 10, Year 5 at Holmbrook Primary School (polyarticular "
        "juvenile idiopathic arthritis: fatigue, morning stiffness, painful handwriting, absence and gaps in "
        "mathematics, slow movement around school, worry about falling behind). Word headings numbered and "
        "lettered, '2. Section B: Special educational needs'; Section F one table with Outcome, Provision, "
        "Staff and frequency and Funded by columns. Reports: a consultant paediatric rheumatologist's clinic "
        "letter (.pdf, reported speech), an occupational therapist (.docx, first person plural, bullets with "
        "reasons mixed in) and a physiotherapist (.docx, a Recommendation / Who / How often table)."
    ),
    note=(
        "The physiotherapist's daily exercise programme in school stands in Section C, among the health needs, "
        "rather than in F: provision in the wrong section. Uveitis screening, the nurse specialist's staff "
        "training and hydrotherapy are health provision correctly in G. Weekly injections at home, blood tests "
        "and the knee injections of 2025 are background."
    ),
    plan=dict(
        file="plan.docx",
        footer="Ellesmoor City Council | EHC Plan | Freya Montgomery-Adjei | final 23 November 2026",
        author="Ellesmoor SEN Team",
        title="EHC Plan - Freya Montgomery-Adjei",
        blocks=[
            ("org", "Ellesmoor City Council - Special Educational Needs Team"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Freya Montgomery-Adjei"),
                    ("Date of birth", "19 May 2016"),
                    ("NHS number", "999 263 8801"),
                    ("School", "Holmbrook Primary School, Year 5"),
                    ("Parents", "Abena Adjei and Ross Montgomery"),
                    ("Caseworker", "Ms D Whitcombe, 01632 960812"),
                ],
            ),
            _numsec("A"),
            (
                "S",
                "A",
                "Freya loves art, baking and her two guinea pigs, and she would like to be a vet.",
            ),
            (
                "p",
                "Freya says: 'I want teachers to know I'm not being lazy when I'm tired.' Her parents want her to keep up with her friends and move on to secondary school with them.",
            ),
            _numsec("B"),
            (
                "S",
                "B",
                "Freya is a bright, hard-working girl whose arthritis affects her energy, her hands and how quickly she can move around school.",
            ),
            ("p", [B4_TIRED, B4_STIFF, B4_GAPS]),
            ("p", [B4_WRITE, B4_HANDS, B4_SIT, B4_PE]),
            _numsec("C"),
            (
                "S",
                "C",
                "Freya has polyarticular juvenile idiopathic arthritis, diagnosed in 2022, and has weekly methotrexate injections at home and a biologic medicine every fortnight.",
            ),
            ("p", C4_EX),
            _numsec("D"),
            ("S", "D", "There are no social care needs."),
            _numsec("E"),
            (
                "S",
                "E",
                "By July 2027 Freya will complete a full morning of lessons and then a full afternoon without needing to go home early.",
            ),
            ("p", "By July 2027 Freya will type at 20 words a minute."),
            ("p", "By July 2027 Freya will be working at the expected standard in mathematics."),
            _numsec("F"),
            (
                "S",
                "F",
                "Holmbrook Primary School will provide the following; the SENCo will check each term that it is in place.",
            ),
            (
                "grid",
                [
                    ["Outcome", "Provision", "Staff and frequency", "Funded by"],
                    [
                        "Full day in school",
                        ("F", F4_REST, True),
                        "Class TA; daily",
                        "School notional SEN budget",
                    ],
                    [
                        "Full day in school",
                        ("F", F4_MOVE, True),
                        "Class teacher; every lesson change",
                        "School notional SEN budget",
                    ],
                    [
                        "Typing",
                        ("F", F4_LAPTOP, True),
                        "Class TA; 15 minutes weekly, autumn term",
                        "Ellesmoor CC element 3 top-up",
                    ],
                    [
                        "Typing",
                        ("F", F4_KIT, True),
                        "All staff; every lesson",
                        "Ellesmoor CC element 3 top-up",
                    ],
                    [
                        "Mathematics",
                        ("F", F4_CATCH, False),
                        "Class teacher",
                        "School notional SEN budget",
                    ],
                    [
                        "Full day in school",
                        ("F", F4_PE, False),
                        "PE staff",
                        "School notional SEN budget",
                    ],
                ],
                [0.17, 0.45, 0.2, 0.18],
            ),
            _numsec("G"),
            ("S", "G", G4_EYE),
            ("p", G4_CNS),
            ("p", G4_HYDRO),
            (
                "p",
                "Dr Hallworth will continue to see Freya in the paediatric rheumatology clinic every three months.",
            ),
            _numsec("H1"),
            ("S", "H1", "None."),
            _numsec("H2"),
            ("S", "H2", "None identified."),
            _numsec("I"),
            ("S", "I", "Holmbrook Primary School, Ellesmoor (mainstream academy)."),
            _numsec("J"),
            ("S", "J", "No personal budget."),
            _numsec("K"),
            (
                "S",
                "K",
                "Dr E Hallworth, consultant paediatric rheumatologist (August 2026); Ms T Brannigan, occupational therapist (September 2026); Mr K Osei, physiotherapist (October 2026); Freya's and her parents' views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=RH4,
            footer="Ellesmoor General Hospital - Paediatric Rheumatology - page {n} of {m}",
            author="E Hallworth",
            blocks=[
                ("org", "Ellesmoor Hospitals NHS Foundation Trust"),
                ("small", "Paediatric Rheumatology, Ellesmoor General Hospital - 01632 960850"),
                ("small", "Clinic 20 August 2026 - letter dated 24 August 2026"),
                (
                    "p",
                    "To the SEN Team, Ellesmoor City Council. Copy to Freya's parents and to Dr N Shah, GP.",
                ),
                ("p", "Re: Freya MONTGOMERY-ADJEI, DOB 19/05/2016, NHS 999 263 8801"),
                (
                    "p",
                    "Diagnosis: polyarticular juvenile idiopathic arthritis, rheumatoid factor negative.",
                ),
                ("p", "Dear colleagues,"),
                (
                    "p",
                    [
                        "I reviewed Freya in clinic with her mother, who asked me to contribute to her EHC needs assessment.",
                        X(
                            "Freya was diagnosed at six after her knees and wrists became swollen, and she had steroid injections into both knees in 2025.",
                            "history",
                        ),
                        X(
                            "Her blood tests in July showed that her inflammation markers are now within the normal range.",
                            "test result",
                        ),
                        X(
                            "She gives herself the weekly methotrexate injection at home with her mother's help, and she no longer feels sick afterwards.",
                            "resolved difficulty; home treatment",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Freya has marked fatigue, and by the afternoon she is often too tired to concentrate, especially in the day or two after her methotrexate.",
                            "health",
                            B4_TIRED,
                        ),
                        N(
                            "She has pain and stiffness in her knees, wrists and fingers that is worst for the first hour or two of each morning.",
                            "sensory_physical",
                            B4_STIFF,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "With flares and hospital appointments she has missed about a fifth of the school year, and her mother tells me she has gaps in mathematics in particular.",
                            "cognition_learning",
                            B4_GAPS,
                        ),
                        N(
                            "Mum told me that Freya has become very worried about falling behind her friends and has been tearful before school on Monday mornings.",
                            "semh",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "I explained to Freya and her mum that fatigue in JIA is real and is not laziness.",
                        R(
                            "I would advise that she is allowed a rest of about ten minutes in a quiet place each afternoon, and at other times when she asks.",
                            "health",
                            "specific",
                            F4_REST,
                        ),
                        R(
                            "After any absence of three days or more she should have catch-up teaching in mathematics, ideally one-to-one or in a very small group, for at least two sessions a week until the gap is closed.",
                            "cognition_learning",
                            "not_specific",
                            F4_CATCH,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Freya must continue to be screened for uveitis by the ophthalmology team every three months, as it causes no symptoms until sight is damaged.",
                            "health",
                            "not_educational",
                            G4_EYE,
                            section="G",
                        ),
                        R(
                            "Our clinical nurse specialist will visit the school to teach staff about JIA, her medicines and what to do in a flare.",
                            "health",
                            "not_educational",
                            G4_CNS,
                            section="G",
                        ),
                    ],
                ),
                ("p", "With best wishes,"),
                ("p", "Dr Eleanor Hallworth, Consultant Paediatric Rheumatologist"),
            ],
        ),
        dict(
            file=OT4,
            style="headed",
            footer="Ellesmoor Children's Therapy Services - Occupational Therapy - F Montgomery-Adjei",
            author="T Brannigan",
            blocks=[
                ("org", "Ellesmoor Children's Therapy Services"),
                ("small", "Occupational Therapy, Beacon Clinic, Ellesmoor - 01632 960861"),
                ("title", "Occupational Therapy Report"),
                (
                    "kv",
                    [
                        ("Name", "Freya Montgomery-Adjei (19/05/2016)"),
                        ("School", "Holmbrook Primary School, Year 5"),
                        ("Therapist", "Tara Brannigan, Paediatric Occupational Therapist"),
                        ("Assessed", "9 and 23 September 2026"),
                    ],
                ),
                ("h", 1, "What we assessed"),
                (
                    "p",
                    [
                        "We watched Freya in a literacy lesson and an art lesson and at lunchtime, and assessed her handwriting speed and hand function in clinic.",
                        X(
                            "On a short trial she typed 11 words a minute, already faster than she writes by hand.",
                            "test result",
                        ),
                        X(
                            "Freya's grip strength was 60 per cent of that expected for her age in her right hand and 70 per cent in her left.",
                            "test result",
                        ),
                    ],
                ),
                ("h", 1, "What we found"),
                (
                    "bul",
                    [
                        [
                            N(
                                "Freya's handwriting becomes painful after about five minutes, and her speed is well below what is expected for her age (9 words a minute against an expected 14).",
                                "sensory_physical",
                                B4_WRITE,
                            )
                        ],
                        [
                            N(
                                "She struggles with fastenings, opening containers at lunch and using scissors, rulers and compasses in lessons.",
                                "sensory_physical",
                                B4_HANDS,
                            )
                        ],
                        [
                            N(
                                "Sitting on the carpet or on a standard chair for long periods increases her stiffness and pain.",
                                "sensory_physical",
                                B4_SIT,
                            ),
                            "Her teacher has noticed her rubbing her knees after assembly.",
                        ],
                        [
                            N(
                                "Freya is self-conscious about her equipment and sometimes refuses to use her writing slope in front of her classmates.",
                                "semh",
                            ),
                            X(
                                "Her art is a real strength, and her teacher says her ideas are among the best in the class.",
                                "strength",
                            ),
                        ],
                    ],
                ),
                ("h", 1, "What we recommend"),
                (
                    "bul",
                    [
                        [
                            R(
                                "Freya should use a laptop for any piece of writing longer than a few sentences, and should be taught to touch-type for 15 minutes three times a week for one term.",
                                "sensory_physical",
                                "less",
                                F4_LAPTOP,
                            ),
                            "Typing puts far less strain on her finger joints than handwriting.",
                        ],
                        [
                            R(
                                "We recommend a writing slope, thick-barrelled pens, spring-loaded scissors and an easy-grip ruler, kept at her desk so she does not have to ask for them.",
                                "sensory_physical",
                                "specific",
                                F4_KIT,
                            ),
                            "Having to ask draws attention to her, which she hates.",
                        ],
                        [
                            R(
                                "Freya needs a chair with armrests and a footrest, and should be allowed to stand and move for a minute every 20 minutes in lessons and assemblies.",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            X(
                                "Joints that stay still stiffen; short movement breaks keep them moving.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "The school should apply for access arrangements for her Key Stage 2 tests, including extra time, rest breaks and the use of a word processor.",
                                "cognition_learning",
                                "missing_from_f",
                            ),
                            "Without them her test results will show her pain rather than what she knows.",
                        ],
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "We considered speech-to-text software, but Freya found it frustrating in a busy classroom and prefers to type.",
                            "option considered and rejected",
                        ),
                        R(
                            "At home, a warm shower before school can ease her morning stiffness.",
                            "health",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Tara Brannigan, HCPC OT67890, 30 September 2026"),
            ],
        ),
        dict(
            file=PT4,
            style="lettered",
            footer="Ellesmoor Children's Physiotherapy - advice for EHC needs assessment",
            author="K Osei",
            blocks=[
                ("org", "Ellesmoor Children's Physiotherapy"),
                ("title", "Physiotherapy Advice: Freya Montgomery-Adjei"),
                ("sub", "Kwame Osei, Senior Paediatric Physiotherapist, 7 October 2026"),
                ("bh", "Summary"),
                (
                    "p",
                    [
                        X(
                            "Freya's knee swelling has settled since her injections last year, and she walks without a limp on good days.",
                            "resolved difficulty",
                        ),
                        N(
                            "Her classroom is on the first floor, and she cannot manage the stairs quickly; she is slow moving around the school and often arrives late and flustered to lessons in other rooms.",
                            "sensory_physical",
                        ),
                        N(
                            "During flares she cannot join high-impact PE such as running races and jumping.",
                            "sensory_physical",
                            B4_PE,
                        ),
                    ],
                ),
                ("bh", "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Who", "How often"],
                        [
                            R(
                                "A daily exercise programme of range-of-movement and strengthening exercises in school.",
                                "sensory_physical",
                                "wrong_section",
                                C4_EX,
                                section="C",
                            ),
                            "Teaching assistant trained by physiotherapist",
                            "15 minutes every day",
                        ],
                        [
                            R(
                                "PE with adapted low-impact activities such as swimming, cycling and seated games, planned with me.",
                                "sensory_physical",
                                "not_specific",
                                F4_PE,
                            ),
                            "PE teacher and physiotherapist",
                            "Every PE lesson; planned each half term",
                        ],
                        [
                            R(
                                "Leave lessons five minutes early to move between rooms, with a friend, and use the lift.",
                                "sensory_physical",
                                "specific",
                                F4_MOVE,
                            ),
                            "Class teacher",
                            "Every change of room",
                        ],
                        [
                            R(
                                "A block of six hydrotherapy sessions during a flare.",
                                "health",
                                "not_educational",
                                G4_HYDRO,
                                section="G",
                            ),
                            "Hospital physiotherapy team",
                            "When needed",
                        ],
                    ],
                    [0.5, 0.28, 0.22],
                ),
                (
                    "p",
                    [
                        X(
                            "A wheelchair for longer distances was discussed, but Freya and her parents did not want one and she manages short distances well.",
                            "option considered and rejected",
                        ),
                        "I will see Freya in clinic every term.",
                    ],
                ),
            ],
        ),
    ],
)


CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
