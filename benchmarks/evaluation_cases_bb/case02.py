# ruff: noqa: E501
"""case-evalbb-02: Ravensholt Borough Council; Dylan Okonjo-Marsh, 12, severe learning
disability and behaviour that challenges, at a maintained day special school; a 52-week
residential placement with a waking-day curriculum is argued against the council's 38-week
day placement. Layout "outcome-cards-kv-unlettered": headings are the section names alone in
title case, no letters; Section F is a set of boxed cards, one per provision, grouped under
the outcomes (rows Provision / Staff and ratio / How much / Why)."""

from common import N, R, X

B_HURT = "Dylan can hit out at adults, bite his own hand and throw furniture, many times in a school day."
B_WHY = "Dylan mostly hits out or throws things to get away from a task or a noisy room, and sometimes to get back something he loves, such as his tablet."
B_MOVES = (
    "Moving from one place or activity to another is when Dylan is most likely to become upset."
)
B_CLIMB = "Dylan looks for strong movement and likes to climb, which can be dangerous."
B_SLD = "Dylan has a severe learning disability and is learning at about the stage of a two to three-year-old."
B_TALK = "Dylan does not talk. He shows people what he wants by taking them to it, uses some signs and can choose between two photos."
B_UNDER = "He understands a few words in his everyday routines."
B_CARE = "He needs help with all of his personal care, including using the toilet."

F_CLASS = "A class of no more than six pupils, with a teacher and three teaching assistants."
F_21 = "Two adults (2:1) in the morning session and one adult (1:1) in the afternoon session, every school day."
F_TRANS = "One adult (1:1) with Dylan for every move between rooms, showing him an object of reference and his first-then board before he moves."
F_PBS = "A positive behaviour support plan, reviewed regularly."
F_QUIET = "Access to a quiet space."
F_WAIT = "Waiting practice with a visual timer. Start at 10 seconds and build up slowly. Five short sessions every day, led by his class team."
F_BLOCKS = "Teaching in short blocks of 5 to 10 minutes, each followed by two minutes with a favourite activity, for at least three hours a day."
F_MAKATON = "All adults will use Makaton signs and objects of reference with Dylan throughout the day, and he will have a photo board of his core words in every room."
F_MOVE = "A 10-minute movement break on the trampoline or swing every hour, led by an adult."
F_CARE = "Support with personal care as required."

G_TRAIN = "The Learning Disability CAMHS team will train the school staff who work with Dylan in positive behaviour support."
G_PSYCH = "The learning disability psychiatrist will review Dylan's sleep every three months."

PBS = "pbs_functional_assessment.pdf"
CP = "clinical_psychology_report.docx"

HEAD = {
    "A": "Views, Interests and Aspirations",
    "B": "Special Educational Needs",
    "C": "Health Needs",
    "D": "Social Care Needs",
    "E": "Outcomes Sought",
    "F": "Special Educational Provision",
    "G": "Health Provision",
    "H1": "Social Care Provision (Chronically Sick and Disabled Persons Act 1970, section 2)",
    "H2": "Other Social Care Provision",
    "I": "School or Other Institution",
    "J": "Personal Budget",
    "K": "Advice and Information Received",
}


def _h(sid: str) -> tuple:
    return ("H", sid, HEAD[sid], "h2")


def _card(provision: tuple, staff: str, much: str, why: str) -> tuple:
    return (
        "kv",
        [("Provision", provision), ("Staff and ratio", staff), ("How much", much), ("Why", why)],
        [0.22, 0.78],
    )


CASE = dict(
    name="case-evalbb-02",
    layout="outcome-cards-kv-unlettered",
    summary=(
        "Ravensholt Borough Council; Dylan Okonjo-Marsh, 12, severe learning disability, no speech, behaviour that "
        "challenges, at Oakhanger School (maintained day special, 38 weeks); his parents and the clinical psychologist "
        "argue for a 52-week residential placement with a waking-day curriculum at Meadowridge House School. Headings are "
        "the section names alone, in title case, with no letters; Section F is a set of boxed cards, one per provision "
        "(Provision / Staff and ratio / How much / Why), grouped under the outcomes. A positive behaviour support "
        "practitioner's functional assessment and PBS plan (.pdf, first person plural, a What / Staffing / Minutes a day / "
        "Why table) and a clinical psychologist's report from the learning disability team (.docx, numbered paragraphs, "
        "third person, parents' views in reported speech, options considered at length)."
    ),
    note=(
        "PBS and restrictive-practice-reduction training for the staff who teach Dylan stands in the health provision "
        "section as a Learning Disability CAMHS offer: provision in the wrong section. The waking-day curriculum (52 weeks) "
        "and direct speech and language therapy are missing from the provision cards. The plan's 2:1 in the morning and "
        "1:1 in the afternoon is less than 2:1 throughout the day. Dylan's inability to wait is left out of the needs, "
        "though a waiting programme stands in the provision. Pain, constipation and poor sleep as setting events are "
        "health background (recorded in Health Needs) and listed as non-needs."
    ),
    plan=dict(
        file="plan.pdf",
        header="Ravensholt Borough Council - EHC plan - Dylan Okonjo-Marsh - DOB 19/05/2014",
        footer="Issued 27 November 2026  |  page {n} of {m}",
        author="Ravensholt Borough Council",
        title="EHC plan - Dylan Okonjo-Marsh",
        sans=True,
        accent="7A3E12",
        blocks=[
            ("org", "Ravensholt Borough Council  -  Children's Services"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Dylan Okonjo-Marsh"),
                    ("Date of birth", "19 May 2014"),
                    ("NHS number", "999 207 5318"),
                    ("School", "Oakhanger School, Year 7"),
                    ("Parents", "Grace Okonjo and Steven Marsh, 41 Tanners Row, Ravensholt"),
                    (
                        "Plan co-ordinator",
                        "Ms Farida Coombes, 01632 960640, ehc@ravensholt.example.org",
                    ),
                ],
            ),
            _h("A"),
            (
                "S",
                "A",
                "Dylan loves water play, bouncing on the trampoline and listening to the same songs over and over, and he laughs when his dad sings to him.",
            ),
            (
                "p",
                "His parents want Dylan to be able to show them what he needs without getting hurt or hurting others, to be as independent as he can with his own care, and to be happy and safe.",
            ),
            _h("B"),
            (
                "S",
                "B",
                "Dylan has a severe learning disability and autism. This is what he finds hard.",
            ),
            ("b", "Learning"),
            ("p", [B_SLD, B_CARE]),
            ("b", "Communicating"),
            ("p", [B_TALK, B_UNDER]),
            ("b", "Behaviour and emotions"),
            ("p", [B_HURT, B_WHY, B_MOVES]),
            ("b", "Sensory and physical"),
            ("p", B_CLIMB),
            _h("C"),
            (
                "S",
                "C",
                "Dylan has chronic constipation, managed with daily laxatives by his GP, and he sleeps poorly, often waking at 2am for several hours.",
            ),
            _h("D"),
            (
                "S",
                "D",
                "Dylan's parents need regular breaks from caring for him; the Children with Disabilities Team assessed the family in June 2026.",
            ),
            _h("E"),
            (
                "S",
                "E",
                "Outcome 1: by July 2027, Dylan will use a photo or sign to ask for a break instead of hitting out, at least five times a day.",
            ),
            (
                "p",
                "Outcome 2: by July 2027, Dylan will move between rooms with one adult and his first-then board, without an incident, on four days out of five.",
            ),
            (
                "p",
                "Outcome 3: by July 2027, Dylan will sit on the toilet at set times and pull his trousers up and down with one prompt.",
            ),
            _h("F"),
            (
                "S",
                "F",
                "Oakhanger School will make the provision on the cards below; each card belongs to one of the outcomes.",
            ),
            ("b", "For outcome 1: asking for a break"),
            _card(
                ("F", F_CLASS, True),
                "1 teacher and 3 teaching assistants to 6 pupils",
                "Every school day",
                "A small class is calmer and easier for Dylan to predict",
            ),
            _card(
                ("F", F_21, True),
                "2:1, then 1:1",
                "Morning session 2:1 (9.00 to 12.00), afternoon session 1:1 (1.00 to 3.00)",
                "To keep Dylan and others safe",
            ),
            _card(
                ("F", F_PBS, False),
                "Class team",
                "Ongoing",
                "So that everyone responds to Dylan in the same way",
            ),
            _card(
                ("F", F_QUIET, False),
                "An adult",
                "When needed",
                "Somewhere calm to go when he is upset",
            ),
            _card(
                ("F", F_WAIT, True),
                "Class team",
                "Five sessions a day",
                "Dylan finds it very hard to wait",
            ),
            _card(
                ("F", F_BLOCKS, True),
                "Class team, 1:1",
                "At least three hours a day",
                "Dylan learns best in short bursts with a reward",
            ),
            _card(
                ("F", F_MAKATON, True),
                "All adults",
                "All day",
                "Dylan understands more when he can see what is meant",
            ),
            ("b", "For outcome 2: moving around school"),
            _card(
                ("F", F_TRANS, True),
                "1:1",
                "Every move between rooms",
                "Most of Dylan's upsets start when he has to move",
            ),
            _card(
                ("F", F_MOVE, True),
                "1:1",
                "10 minutes every hour",
                "Movement helps Dylan stay calm",
            ),
            ("b", "For outcome 3: personal care"),
            _card(
                ("F", F_CARE, False),
                "Class team",
                "As required",
                "Dylan needs help with toileting and dressing",
            ),
            _h("G"),
            ("S", "G", G_PSYCH),
            ("p", G_TRAIN),
            (
                "p",
                "The community continence service will review Dylan's continence products once a year.",
            ),
            _h("H1"),
            (
                "S",
                "H1",
                "Short breaks: one overnight stay a fortnight at Willow Lodge short break unit, and a direct payment for 6 hours a week of support at home.",
            ),
            _h("H2"),
            ("S", "H2", "None identified."),
            _h("I"),
            (
                "S",
                "I",
                "Oakhanger School, Ferry Lane, Ravensholt: a maintained day special school for pupils aged 3 to 19 with severe and profound learning difficulties, 38 weeks a year.",
            ),
            _h("J"),
            (
                "S",
                "J",
                "A direct payment for short breaks at home is set out above; no personal budget for education has been requested.",
            ),
            _h("K"),
            (
                "S",
                "K",
                "Functional assessment and PBS plan by Ms Kerry Alderton, PBS practitioner (September 2026); report by Dr Samuel Otieno, clinical psychologist, Ravensholt Learning Disability Team (October 2026); Oakhanger School; parents' views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=PBS,
            style="headed",
            header="Ravensholt Positive Behaviour Support Service",
            footer="Functional assessment and PBS plan - Dylan Okonjo-Marsh - page {n} of {m}",
            author="K Alderton",
            title="Functional assessment and PBS plan - Dylan Okonjo-Marsh",
            accent="5A2D82",
            blocks=[
                ("org", "Ravensholt Positive Behaviour Support Service"),
                (
                    "small",
                    "Kerry Alderton, PBS Practitioner (BILD-accredited PBS Coach), 01632 960655, pbs@ravensholt-nhs.example.org",
                ),
                ("title", "Functional Assessment and Positive Behaviour Support Plan"),
                (
                    "p",
                    "Dylan Okonjo-Marsh, aged 12. Observations at Oakhanger School and at home, 1 to 26 September 2026.",
                ),
                ("h", 1, "What we did"),
                (
                    "p",
                    [
                        "We observed Dylan for eleven school sessions and two evenings at home, collected ABC (antecedent, behaviour, consequence) records with his class team for four weeks, and completed the Functional Analysis Screening Tool and the Motivation Assessment Scale with his teacher and his mother.",
                        X(
                            "Dylan was excluded from his first school, Brambledown Primary, at the age of seven, and his place at a second special school broke down after two terms.",
                            "history",
                        ),
                    ],
                ),
                ("h", 1, "What we found"),
                (
                    "p",
                    [
                        N(
                            "Dylan's behaviours that challenge are hitting out at adults' heads, biting the back of his own hand and throwing furniture; over our four-week baseline these happened on average 14 times a school day.",
                            "semh",
                            B_HURT,
                        ),
                        N(
                            "Our functional assessment shows that the main function of these behaviours is escape from demands and from noisy rooms, with a second function of getting back a preferred item, usually his tablet or a spinning toy.",
                            "semh",
                            B_WHY,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Transitions are the highest-risk times: 62% of recorded incidents began within five minutes of a change of room or activity.",
                            "semh",
                            B_MOVES,
                        ),
                        N(
                            "He cannot yet tolerate waiting for more than about ten seconds, and any wait without something to show him how long it will be quickly leads to distress.",
                            "semh",
                            None,
                        ),
                        N(
                            "Dylan seeks intense movement and deep pressure and will climb furniture, shelves and window sills to get it, which puts him at real risk of falls.",
                            "sensory_physical",
                            B_CLIMB,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Incidents roughly double on days when Dylan is constipated or has slept for less than five hours, so pain and tiredness act as setting events.",
                            "setting event: health background (Health Needs)",
                        ),
                        X(
                            "His self-injury has fallen by about 40% since he began wearing ear defenders in the dining hall in June.",
                            "progress: support already in place",
                        ),
                        X(
                            "Eating non-food items, which worried his parents when he was younger, has not been seen for three years.",
                            "history: resolved difficulty",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Dylan has real strengths to build on: he is affectionate with adults he knows, he loves music and water, and he will work hard for two minutes on his tablet.",
                            "strength",
                        ),
                        X(
                            "Oakhanger already provides a 1:1 teaching assistant all day and a visual timetable on his table.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 1, "Our recommendations"),
                (
                    "p",
                    "We recommend the following, in school and wherever else Dylan spends his day. The minutes are per school day unless we say otherwise.",
                ),
                (
                    "grid",
                    [
                        ["What", "Staffing", "Minutes a day", "Why"],
                        [
                            R(
                                "Dylan should be supported by two trained adults (2:1) throughout the school day, moving to 1:1 only when our data show fewer than three incidents a day for four weeks in a row.",
                                "semh",
                                "less",
                                F_21,
                            ),
                            "2:1",
                            "All day (about 330)",
                            X(
                                "Most incidents involve hitting at head height, and one adult alone cannot both keep everyone safe and keep teaching.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "An adult should be with Dylan 1:1 for every transition, using an object of reference and a first-then board before each move.",
                                "semh",
                                "specific",
                                F_TRANS,
                            ),
                            "1:1 for transitions",
                            "About 45",
                            "Transitions are when 62% of incidents start.",
                        ],
                        [
                            R(
                                "We recommend a written PBS plan, reviewed every six weeks by a practitioner with a recognised PBS qualification, with staff recording ABC data every day.",
                                "semh",
                                "not_specific",
                                F_PBS,
                            ),
                            "PBS practitioner; class team",
                            "10 (recording)",
                            X(
                                "Without data the plan cannot be judged or changed, and the team drifts back to reacting.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Every adult who works with Dylan should complete two days of PBS training and accredited restrictive-practice-reduction training before working with him, with refresher sessions every six months.",
                                "semh",
                                "wrong_section",
                                G_TRAIN,
                                section="G",
                            ),
                            "All staff",
                            "Two training days, then half a day every six months",
                            "Consistency across adults is the strongest single predictor of fewer incidents.",
                        ],
                        [
                            R(
                                "Dylan needs a low-arousal room of his own next to his classroom, with padded surfaces and nothing on the walls, where he can go with an adult when he shows early signs of distress.",
                                "semh",
                                "not_specific",
                                F_QUIET,
                            ),
                            "1:1 while in use",
                            "As his signs show, typically 20 to 40",
                            X(
                                "Escape is the main function, so he needs a safe, taught way to escape.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Teaching should be in short blocks of 5 to 10 minutes, each followed by two minutes with a preferred activity, adding up to at least three hours of directed learning a day.",
                                "cognition_learning",
                                "specific",
                                F_BLOCKS,
                            ),
                            "Class team, 1:1",
                            "At least 180",
                            "Short demands with a known reward lower the need to escape.",
                        ],
                        [
                            R(
                                "A movement break with deep pressure, swinging or trampolining should be given for 10 minutes in every hour, led by an adult.",
                                "sensory_physical",
                                "specific",
                                F_MOVE,
                            ),
                            "1:1",
                            "50 to 60",
                            X(
                                "Giving the movement he seeks on a schedule removes much of the reason to climb.",
                                "reason for a recommendation",
                            ),
                        ],
                    ],
                    [0.4, 0.15, 0.15, 0.3],
                ),
                (
                    "p",
                    [
                        X(
                            "We considered whether a referral for medication should come first, and decided against it while the environmental and teaching changes above have not yet been tried consistently.",
                            "option considered and rejected",
                        ),
                        X(
                            "We do not recommend a seclusion or 'time-out' room: Dylan needs to learn to ask for a break, not to be removed.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("p", "Kerry Alderton, PBS Practitioner, 30 September 2026."),
            ],
        ),
        dict(
            file=CP,
            header="Ravensholt Learning Disability Team - CONFIDENTIAL",
            footer="Clinical psychology report - Dylan Okonjo-Marsh - NHS 999 207 5318",
            author="Dr S Otieno",
            title="Clinical psychology report - Dylan Okonjo-Marsh",
            accent="1F5F7A",
            blocks=[
                (
                    "org",
                    "Ravensholt and Weald NHS Trust - Learning Disability Team (Children and Young People)",
                ),
                ("small", "The Lindens, Hospital Road, Ravensholt - 01632 960670"),
                ("title", "Clinical Psychology Report"),
                (
                    "kv",
                    [
                        ("Name", "Dylan Okonjo-Marsh"),
                        ("Date of birth", "19 May 2014"),
                        ("Author", "Dr Samuel Otieno, Clinical Psychologist"),
                        ("Date of report", "14 October 2026"),
                    ],
                ),
                ("h", 1, "Background"),
                (
                    "num",
                    [
                        [
                            X(
                                "Dylan was diagnosed with autism and global developmental delay at the age of three, and a severe learning disability was confirmed when he was eight.",
                                "history: diagnosis",
                            ),
                            "He has attended Oakhanger School since September 2022 and has been known to this team since 2023.",
                        ],
                        [
                            "Mrs Okonjo told me that nights are now the hardest part of family life: Dylan often wakes at two in the morning and is awake for three or four hours, and one parent stays up with him.",
                            "She said that his behaviour at home is worst on Sunday evenings and on the first day back after a school holiday.",
                            "Mr Marsh said that Dylan's younger sister has been hurt twice this year and now sleeps at her grandmother's two nights a week.",
                        ],
                    ],
                ),
                ("h", 1, "Assessment"),
                (
                    "num",
                    [
                        [
                            N(
                                "Dylan has a severe learning disability; his Vineland-3 adaptive behaviour composite is 38, and his skills are broadly at the level of a child of two to three years.",
                                "cognition_learning",
                                B_SLD,
                            ),
                            X(
                                "His socialisation score is a relative strength, and he seeks out adults he knows for play.",
                                "test result: strength",
                            ),
                        ],
                        [
                            N(
                                "He has no functional speech and communicates by leading adults, by using around 15 Makaton signs and by choosing between two photographs.",
                                "communication_interaction",
                                B_TALK,
                            ),
                            N(
                                "His understanding of spoken language is limited to single key words in familiar routines, so he cannot follow a spoken explanation of what is about to happen.",
                                "communication_interaction",
                                B_UNDER,
                            ),
                        ],
                        [
                            N(
                                "Dylan is not toilet trained and needs full adult support to dress, to wash and to eat with a spoon.",
                                "cognition_learning",
                                B_CARE,
                            ),
                            N(
                                "Skills Dylan learns in one setting do not carry over to another without being taught again there, and differences in how adults respond at home, at school and at short breaks are themselves a trigger for his behaviour.",
                                "semh",
                                None,
                            ),
                        ],
                    ],
                ),
                ("h", 1, "Options considered"),
                (
                    "num",
                    [
                        [
                            X(
                                "The council proposes that Dylan continues at Oakhanger School for 38 weeks a year, with his fortnightly overnight short break at Willow Lodge.",
                                "option considered: the council's placement",
                            ),
                            X(
                                "In my opinion this would not meet his needs, because for 14 weeks a year and every evening and weekend he would be cared for by adults using different approaches, and the data show that his incidents rise after every break in routine.",
                                "option considered and rejected",
                            ),
                        ],
                        [
                            X(
                                "I considered a 38-week residential placement, which would give consistency during term but would leave the long holidays, when his behaviour at home is most dangerous, unchanged.",
                                "option considered and rejected",
                            ),
                            X(
                                "I also considered increasing short breaks to two nights a week; this was tried from January to March 2026 and incidents at home increased, because each move between home and Willow Lodge was a further transition.",
                                "option tried and rejected",
                            ),
                        ],
                        [
                            X(
                                "A placement in a children's home with a separate day school was discussed with the Children with Disabilities Team and rejected by the family and by me, because school and home staff would again be two different teams.",
                                "option considered and rejected",
                            ),
                            X(
                                "Medication for his behaviour was considered with the psychiatrist; it is not recommended at this stage.",
                                "option considered and rejected",
                            ),
                        ],
                        [
                            X(
                                "Meadowridge House School, which I visited on 30 September, is open 52 weeks a year, and the same key workers teach Dylan's communication and self-care targets in class, at mealtimes and at bedtime.",
                                "placement description (Section I), not a provision",
                            ),
                            X(
                                "Dylan's parents told me that they never expected to ask for Dylan to live away from home and have come to this view only after two school placements broke down.",
                                "parents' view: background",
                            ),
                        ],
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "num",
                    [
                        [
                            R(
                                "Dylan requires a consistent waking-day curriculum: the same positive behaviour support plan, communication system and routines, delivered by one staff team from when he wakes until he goes to bed, 52 weeks of the year.",
                                "semh",
                                "missing_from_f",
                            ),
                            "It is the consistency, not the residential setting in itself, that is the provision he needs; I know of no way to provide it across 52 weeks other than through a residential school with a waking-day curriculum, such as Meadowridge House School.",
                        ],
                        [
                            R(
                                "He should have direct speech and language therapy for 30 minutes a week, to teach him to use a picture exchange system, with the therapist training his class team every half term.",
                                "communication_interaction",
                                "missing_from_f",
                            ),
                            X(
                                "Until Dylan has a reliable way to ask for a break, hitting out will remain his quickest way to get one.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "All adults should use Makaton signing and objects of reference with him throughout the day, with a photo board of his core vocabulary in every room.",
                                "communication_interaction",
                                "specific",
                                F_MAKATON,
                            ),
                            R(
                                "Dylan should be taught to use the toilet at set times every 90 minutes, and to dress and feed himself, by his key adults as part of every day.",
                                "cognition_learning",
                                "not_specific",
                                F_CARE,
                            ),
                        ],
                        [
                            R(
                                "I have asked the learning disability psychiatrist to review Dylan's sleep.",
                                "health",
                                "not_educational",
                                G_PSYCH,
                                section="G",
                            ),
                            R(
                                "At home, his parents might use the same first-then board as school in the mornings before the bus comes.",
                                "communication_interaction",
                                "not_educational",
                            ),
                        ],
                    ],
                ),
                ("p", "Dr Samuel Otieno, DClinPsy, HCPC PYL04417, Clinical Psychologist."),
            ],
        ),
    ],
)
