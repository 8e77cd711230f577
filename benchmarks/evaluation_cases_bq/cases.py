# ruff: noqa: E501, N802
"""Set BQ as data: profound and severe learning disabilities in special schools and
residential placements (a six-year-old with profound and multiple learning disabilities and
epilepsy in an area special school, an eleven-year-old with a severe learning disability and
behaviour that challenges on a 38-week residential placement, a fifteen-year-old non-speaking
autistic girl with a severe learning disability and self-injury whose family seek a 52-week
placement), in three plan layouts no earlier set has.

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


def F(text: str, specific: bool) -> tuple:
    """A Section F provision."""
    return ("F", text, specific)


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
# case-evalbq-01: Wrenfield County Council; Tegan Morcombe, 6, PMLD and epilepsy, area
# special school.
# layout "section-word-letter-colon-sentence-case-f-table-part-of-day-column": headings
# "Section B: Special educational needs"; Section F is one table, Provision / When in
# Tegan's day / Who and how often.
# ---------------------------------------------------------------------------

B1_EARLY = "Tegan is at a very early stage of learning: she is starting to notice the people and things around her and, in routines she knows well, to show that she knows what is coming."
B1_SLOW = "It can take Tegan a long time to respond to anything, and adults need to give her time and watch closely so that they do not miss what she does."
B1_STARTLE = (
    "Loud noises and being touched without warning frighten Tegan, and she will startle and cry."
)
B1_REACH = "Tegan can see best on her right side and will bat at a toy that lights up there, but she does not yet reach out to take hold of things."
B1_NOTPURPOSE = "Tegan does not yet communicate on purpose; the people who know her well read her sounds, face and body to work out how she is feeling and what she likes."
B1_WORDS = "She does not understand words yet and makes sense of what is about to happen through what she can touch, hold and smell."
B1_CAUSE = "Tegan is only beginning to learn that her own movements can make something happen."
B1_MOVE = "Tegan cannot sit, stand or move about on her own; she needs a supportive chair and adults to help her change position."

F1_CLASS = "Tegan will be taught in a class of no more than six pupils, with at least one adult for every two pupils."
F1_SENSORY = "Sensory learning activities as part of the class timetable."
F1_WAIT = "All adults will wait at least 20 seconds for Tegan to respond before they prompt her again, and her responses will be written on her engagement profile."
F1_TOTAL = "A total communication approach."
F1_SWITCH = "Switch work with a single switch mounted at her right cheek."
F1_STAND = "Tegan will use her stander for 45 minutes and will have her position changed at least every 40 minutes."
F1_ROOM = "Access to the school's sensory room."
F1_TOILET = "Personal care in the hygiene suite by two trained staff, using a ceiling hoist and changing bed."

G1_HYDRO = "Tegan will have hydrotherapy in the Brightwater School pool as part of the children's physiotherapy service offer."
G1_EPI = "The epilepsy specialist nurse will train every member of staff who works with Tegan in her seizure care plan and in giving buccal midazolam, and will update the training each year."
G1_DYS = "The speech and language therapist (eating and drinking) will review Tegan's eating and drinking plan every six months and show the staff who support her at meals how to follow it."
G1_PHYSIO = "The children's physiotherapist will review Tegan's postural care programme and her equipment each term."
G1_NEURO = "Dr A Lindqvist, paediatric neurologist, will review Tegan's epilepsy and medication every six months."

CT1 = "class_teacher_report.docx"
SL1 = "salt_report.pdf"
PH1 = "physiotherapy_report.pdf"


def _colon(sid: str) -> tuple:
    return ("H", sid, f"Section {sid}: {NAMES[sid]}", "h2")


CASE_01 = dict(
    name="case-evalbq-01",
    layout="section-word-letter-colon-sentence-case-f-table-part-of-day-column",
    summary=(
        "Wrenfield County Council; Tegan Morcombe, 6 years 3 months, Year 2 at Brightwater School, an area special "
        "school for pupils with profound and severe learning disabilities (profound and multiple learning "
        "disabilities, drug-resistant epilepsy, cerebral visual impairment, four-limb cerebral palsy). Headings "
        "'Section B: Special educational needs'; Section F is one table, Provision / When in Tegan's day / Who and "
        "how often. A class teacher's report on the sensory curriculum (.docx, third person, bullets with the "
        "reasons mixed in), a speech and language therapy report on objects of reference and switch use (.pdf, "
        "options considered) and a hydrotherapy physiotherapist's report (.pdf, recommendations argued at length)."
    ),
    note="The physiotherapist's weekly hydrotherapy session, taught by class staff with the physiotherapist's programme, stands in Section G as part of the physiotherapy service offer: provision in the wrong section. Seizure training, the eating and drinking plan, the postural care review and the neurology review in G are health provision. The F rows 'Sensory learning activities', 'A total communication approach' and 'Access to the school's sensory room' are vague across the whole row (who and how often say 'Class staff', 'Throughout the day', 'As needed'). The switch row is specific but gives one 10-minute session a week against three. The class teacher's description of Tegan's seizures is health background recorded in C and is left unmarked.",
    plan=dict(
        file="plan.pdf",
        header="Wrenfield County Council - Education, Health and Care Plan - Tegan Morcombe",
        footer="EHC plan (final) issued 12 October 2026 - page {n} of {m}",
        author="Wrenfield SEND Service",
        title="EHC plan - Tegan Morcombe",
        sans=True,
        accent="2E5E4E",
        blocks=[
            ("org", "Wrenfield County Council - Special Educational Needs and Disability Service"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Tegan Morcombe"),
                    ("Date of birth", "2 July 2020"),
                    ("NHS number", "999 517 3082"),
                    ("School", "Brightwater School (area special school), Year 2"),
                    ("Parents", "Danielle Morcombe and Ryan Morcombe"),
                    ("Plan coordinator", "Mrs H Oyelowo, 01632 960214, send@wrenfield.example.org"),
                ],
            ),
            _colon("A"),
            (
                "S",
                "A",
                "Tegan loves music with a strong beat, the warm water of the hydrotherapy pool and the sound of her brother's voice, and she smiles broadly when she hears her name sung.",
            ),
            (
                "p",
                "Her parents want Tegan to be comfortable and free from pain, to have as few seizures as possible, and to be able to show the people around her what she likes and what she does not.",
            ),
            _colon("B"),
            (
                "S",
                "B",
                "Tegan has profound and multiple learning disabilities. She has epilepsy, a visual impairment caused by the way her brain processes what she sees, and cerebral palsy affecting all four limbs.",
            ),
            ("b", "Cognition and learning"),
            ("p", [B1_EARLY, B1_SLOW]),
            ("p", B1_CAUSE),
            ("b", "Communication and interaction"),
            ("p", [B1_NOTPURPOSE, B1_WORDS]),
            ("b", "Sensory and physical"),
            ("p", [B1_STARTLE, B1_REACH]),
            ("p", B1_MOVE),
            ("b", "Social, emotional and mental health"),
            (
                "p",
                "Tegan is a contented little girl when she is comfortable, and she enjoys being close to familiar adults.",
            ),
            _colon("C"),
            (
                "S",
                "C",
                "Tegan has drug-resistant epilepsy with several seizures most days, and she is under the paediatric neurology team at Wrenfield General Hospital.",
            ),
            (
                "p",
                "She is fed by mouth with thickened drinks and is seen by the children's physiotherapy service and the speech and language therapy service for her eating and drinking.",
            ),
            _colon("D"),
            (
                "S",
                "D",
                "Tegan's family care for her at home with support from the Children with Disabilities Team, who have completed a child and family assessment.",
            ),
            _colon("E"),
            (
                "S",
                "E",
                "By July 2027, Tegan will show that she is expecting a familiar activity when she is given its object of reference, on four days out of five.",
            ),
            (
                "p",
                "By July 2027, Tegan will press a switch to start music or a light display on purpose, three times in a session.",
            ),
            (
                "p",
                "By July 2027, Tegan will stay relaxed while she is moved between her chair, stander and changing bed.",
            ),
            _colon("F"),
            (
                "S",
                "F",
                "Brightwater School will make the provision below, planned by Tegan's class teacher and reviewed at each of her termly review meetings.",
            ),
            (
                "grid",
                [
                    ["Provision", "When in Tegan's day", "Who and how often"],
                    [
                        F(F1_CLASS, True),
                        "The whole school day",
                        "Class teacher and teaching assistants, every day",
                    ],
                    [F(F1_SENSORY, False), "Throughout the day", "Class staff"],
                    [
                        F(F1_WAIT, True),
                        "Every activity",
                        "All class staff; engagement profile completed daily by the class teacher",
                    ],
                    [F(F1_TOTAL, False), "Throughout the day", "All staff"],
                    [
                        F(F1_SWITCH, True),
                        "Afternoon",
                        "A teaching assistant trained by the speech and language therapist, once a week for 10 minutes",
                    ],
                    [
                        F(F1_STAND, True),
                        "45 minutes each morning; position changes all day",
                        "Class staff trained by the physiotherapist, every day",
                    ],
                    [F(F1_ROOM, False), "As needed", "Class staff"],
                    [
                        F(F1_TOILET, True),
                        "At least three times a day and whenever needed",
                        "Two members of class staff trained in moving and handling",
                    ],
                ],
                [0.46, 0.22, 0.32],
            ),
            _colon("G"),
            ("S", "G", G1_EPI),
            ("p", G1_DYS),
            ("p", G1_PHYSIO),
            ("p", G1_HYDRO),
            ("p", G1_NEURO),
            _colon("H1"),
            (
                "S",
                "H1",
                "A specialist car seat and a home hoist have been provided by the Children with Disabilities Team.",
            ),
            _colon("H2"),
            (
                "S",
                "H2",
                "Tegan has a short break of one overnight stay a month at Larkspur House, arranged by the Children with Disabilities Team.",
            ),
            _colon("I"),
            (
                "S",
                "I",
                "Brightwater School, Mill Road, Wrenfield (community special school for pupils with severe and profound learning disabilities, aged 2 to 19).",
            ),
            _colon("J"),
            ("S", "J", "No personal budget has been requested."),
            _colon("K"),
            (
                "S",
                "K",
                "Report of Mrs Kerry Ashdown, class teacher (June 2026); speech and language therapy report of Ms Ines Dovey (July 2026); physiotherapy report of Mr Tomasz Walczak (July 2026); parents' views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=CT1,
            style="headed",
            footer="Brightwater School - class teacher's advice - Tegan Morcombe - June 2026",
            author="K Ashdown",
            blocks=[
                ("org", "Brightwater School"),
                ("small", "Mill Road, Wrenfield - 01632 960230 - office@brightwater.example.org"),
                ("title", "Class teacher's report for the EHC needs assessment"),
                (
                    "kv",
                    [
                        ("Pupil", "Tegan Morcombe, Year 1 (Kingfisher class)"),
                        ("Written by", "Kerry Ashdown, class teacher (sensory curriculum pathway)"),
                        ("Date", "24 June 2026"),
                    ],
                ),
                ("h", 1, "Tegan in Kingfisher class"),
                (
                    "p",
                    [
                        X(
                            "Tegan joined Brightwater's nursery when she was three and has been in Kingfisher class, on the school's sensory curriculum pathway, since September 2025.",
                            "history",
                        ),
                        X(
                            "Kingfisher is a class of six pupils with a teacher and three teaching assistants, and Tegan already has a named adult for each part of the day.",
                            "support already in place",
                        ),
                        X(
                            "She is a much-loved member of the class who laughs at the 'hello' song and turns towards the voices of the adults she knows best.",
                            "strength",
                        ),
                    ],
                ),
                (
                    "p",
                    "Tegan has several short seizures on most days, usually in the morning, and staff follow her seizure care plan and record each one in her seizure diary.",
                ),
                ("h", 1, "How Tegan learns"),
                (
                    "p",
                    "Staff assess Tegan with the engagement model, looking at her exploration, realisation, anticipation, persistence and initiation.",
                ),
                (
                    "grid",
                    [
                        ["Area of engagement", "Autumn 2025", "Summer 2026"],
                        [
                            "Exploration",
                            "Fleeting, with hand-under-hand",
                            "Brief, when the object lights up",
                        ],
                        ["Realisation", "Not observed", "Stills to a new sound"],
                        [
                            "Anticipation",
                            "Not observed",
                            "Smiles when the 'hello' song starts, 3 days in 5",
                        ],
                        ["Persistence", "Not observed", "Not observed"],
                        ["Initiation", "Not observed", "Not observed"],
                    ],
                    [0.3, 0.35, 0.35],
                ),
                (
                    "bul",
                    [
                        N(
                            "Tegan is working within the earliest stages of the engagement model: she shows awareness of people and objects, and she is beginning to anticipate the next step of a routine she has experienced many times.",
                            "cognition_learning",
                            B1_EARLY,
                        ),
                        N(
                            "Her responses are inconsistent and often delayed by 15 to 20 seconds, so an adult who moves on too quickly misses them altogether.",
                            "cognition_learning",
                            B1_SLOW,
                        ),
                        N(
                            "Tegan's attention to an activity lasts a minute or two at most, and after a cluster of seizures she may not engage at all for the rest of the morning, so a whole session of learning can be lost.",
                            "cognition_learning",
                            None,
                        ),
                        N(
                            "She startles and cries at sudden noise and when she is touched without warning, which is why every adult says her name and touches her shoulder before anything else.",
                            "sensory_physical",
                            B1_STARTLE,
                        ),
                        N(
                            "Tegan does not yet reach for objects deliberately, but she will swipe at a light-up toy placed to her right, where her vision is better.",
                            "sensory_physical",
                            B1_REACH,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "This year she has begun to tolerate hand-under-hand exploration of wet and sticky materials, which she pulled away from in the autumn term.",
                            "progress",
                        ),
                        X(
                            "Her crying in the hall at assembly has stopped since she began to go in after the other classes are seated.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 1, "What Tegan needs at school"),
                (
                    "p",
                    "In my view the following should be part of Tegan's provision, with the reasons as I see them:",
                ),
                (
                    "bul",
                    [
                        [
                            R(
                                "Tegan should stay on a sensory curriculum in a class of no more than six pupils, with at least one adult to every two pupils across the whole school day.",
                                "cognition_learning",
                                "specific",
                                F1_CLASS,
                            ),
                            X(
                                "Her learning depends on an adult being close enough to notice and answer her smallest response.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Every morning she should have a 20-minute sensory story or sensory session led by the class teacher, with the same sequence of sounds, smells and textures repeated for a half term so that she can learn to anticipate each part.",
                                "cognition_learning",
                                "not_specific",
                                F1_SENSORY,
                            ),
                            X(
                                "Anticipation only develops through many repetitions of exactly the same experience.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "All adults should wait at least 20 seconds for Tegan to respond before prompting again, and her responses should be recorded on her engagement profile every day.",
                                "cognition_learning",
                                "specific",
                                F1_WAIT,
                            ),
                        ],
                        [
                            R(
                                "Every member of staff who works with Tegan should be trained by the epilepsy specialist nurse in her seizure care plan and in giving buccal midazolam.",
                                "health",
                                "not_educational",
                                G1_EPI,
                                section="G",
                            ),
                            X(
                                "Two members of the Kingfisher team are already trained, but the training has to cover lunchtime and swimming staff too.",
                                "support already in place",
                            ),
                        ],
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "A move to a class on the semi-formal pathway was discussed at her last review, and we agreed with her parents that it would not suit her, because the pace and group size would leave her without the adult attention she relies on.",
                            "option considered and rejected",
                        ),
                        R(
                            "At home, her parents might like to use the same 'hello' song at the start of bath time so that the routine feels familiar.",
                            "cognition_learning",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Kerry Ashdown, Class Teacher, 24 June 2026"),
            ],
        ),
        dict(
            file=SL1,
            footer="Wrenfield Community Health NHS Trust - Children's Speech and Language Therapy - page {n} of {m}",
            author="I Dovey",
            blocks=[
                ("org", "Wrenfield Community Health NHS Trust"),
                (
                    "small",
                    "Children's Speech and Language Therapy, Orchard House, Wrenfield - 01632 960247",
                ),
                ("title", "Speech and Language Therapy Advice"),
                (
                    "kv",
                    [
                        ("Name", "Tegan Morcombe, DOB 02/07/2020, NHS 999 517 3082"),
                        (
                            "Seen at",
                            "Brightwater School, 1 and 8 July 2026, and at home on 3 July 2026",
                        ),
                        (
                            "Therapist",
                            "Ines Dovey, Highly Specialist Speech and Language Therapist (complex needs)",
                        ),
                    ],
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        X(
                            "Tegan has been known to the service since she was 18 months old, first for her eating and drinking and then for her communication.",
                            "history",
                        ),
                        X(
                            "A videofluoroscopy in March 2026 showed that she aspirates thin fluids, and she now has level 2 thickened drinks.",
                            "test result",
                        ),
                    ],
                ),
                ("h", 2, "Communication"),
                (
                    "p",
                    [
                        N(
                            "Tegan communicates at a pre-intentional level: her vocalisations, facial expressions and changes in body tone are read by familiar adults, but she does not yet direct them at a person to make something happen.",
                            "communication_interaction",
                            B1_NOTPURPOSE,
                        ),
                        N(
                            "She shows no understanding of spoken words out of context and relies on touch, smell and objects to make sense of what is about to happen.",
                            "communication_interaction",
                            B1_WORDS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "On the Pre-Verbal Communication Schedule she scored at the 'reactive' level for most items, with some emerging 'proactive' responses to music.",
                            "test result",
                        ),
                        X(
                            "She already responds to two objects of reference, a wooden spoon for lunch and a square of swimming-costume fabric for hydrotherapy, which school introduced in the spring.",
                            "support already in place: progress",
                        ),
                    ],
                ),
                ("h", 2, "Switch use"),
                (
                    "p",
                    [
                        X(
                            "In my assessment she activated a large single switch at her right cheek on 3 of 10 trials, and on none of 10 trials with her hand.",
                            "test result",
                        ),
                        N(
                            "Tegan has not yet understood that she can make something happen by her own movement, which is the foundation for any later use of switches or communication aids.",
                            "cognition_learning",
                            B1_CAUSE,
                        ),
                    ],
                ),
                ("h", 2, "Options considered"),
                (
                    "p",
                    [
                        X(
                            "I considered an eye-gaze system, but Tegan's visual attention is not yet consistent enough for her to use one, and this should be looked at again at her next annual review.",
                            "option considered and rejected",
                        ),
                        X(
                            "On-body signing was also considered; school already use it for 'hello', 'drink' and 'finished', and I would not add more signs at present.",
                            "option considered: support already in place",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "num",
                    [
                        R(
                            "A consistent set of eight objects of reference, agreed with the speech and language therapist and recorded in her communication passport, should be offered by every adult before every change of activity in Tegan's day.",
                            "communication_interaction",
                            "not_specific",
                            F1_TOTAL,
                        ),
                        R(
                            "Tegan should have a switch programme of three 10-minute sessions a week, one-to-one with a teaching assistant trained by the speech and language therapist, with the switch mounted at her right cheek.",
                            "cognition_learning",
                            "less",
                            F1_SWITCH,
                        ),
                        R(
                            "The speech and language therapist should see Tegan in school for a block of six direct sessions each term, and should review her communication passport with class staff at the end of each block.",
                            "communication_interaction",
                            "missing_from_f",
                        ),
                        R(
                            "Her eating and drinking plan should be followed at every meal and drink, and I will review it every six months and show new staff how to thicken her drinks.",
                            "health",
                            "not_educational",
                            G1_DYS,
                            section="G",
                        ),
                    ],
                ),
                (
                    "p",
                    R(
                        "Her parents asked for ideas for home: I suggested that they use the wooden spoon before every meal at home too, so that the object means the same thing wherever she is.",
                        "communication_interaction",
                        "not_educational",
                    ),
                ),
                (
                    "sig",
                    [
                        "Ines Dovey",
                        "Highly Specialist Speech and Language Therapist",
                        "HCPC SL09876",
                        "15 July 2026",
                    ],
                ),
            ],
        ),
        dict(
            file=PH1,
            footer="Wrenfield Community Health NHS Trust - Children's Physiotherapy - T Walczak - {n}/{m}",
            author="T Walczak",
            accent="204A87",
            blocks=[
                ("org", "Wrenfield Community Health NHS Trust - Children's Physiotherapy"),
                (
                    "small",
                    "Hydrotherapy Unit, Brightwater School site, Mill Road, Wrenfield - 01632 960251",
                ),
                ("title", "Physiotherapy report (including hydrotherapy)"),
                (
                    "p",
                    "Tegan Morcombe, DOB 02/07/2020. Assessed in the hydrotherapy pool on 6 July 2026 and in class on 9 July 2026.",
                ),
                ("h", 2, "Physical presentation"),
                (
                    "p",
                    [
                        N(
                            "Tegan has four-limb cerebral palsy with low tone in her trunk and high tone in her arms and legs; she cannot sit without full support, cannot stand or move about on her own, and needs help for every change of position.",
                            "sensory_physical",
                            B1_MOVE,
                        ),
                        N(
                            "Her muscles stiffen sharply when she is cold, anxious or moved quickly, which makes handling uncomfortable and sometimes painful for her and can set off a spasm lasting several minutes.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Her hip X-ray in May 2026 showed 22% migration on the left, which is being monitored by the orthopaedic team.",
                            "test result",
                        ),
                        X(
                            "Tegan has a tilt-in-space wheelchair, a moulded seat insert, a stander and a sleep system, all fitted in the last year.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 2, "Hydrotherapy"),
                (
                    "p",
                    [
                        X(
                            "In the warm water Tegan's tone drops visibly within five minutes, her breathing slows, and she kicks and turns her head to the sound of the adult beside her.",
                            "assessment observation: strength",
                        ),
                        X(
                            "Last year she had only a six-week block of hydrotherapy with me, and her parents and teacher both noticed that she was stiffer and more unsettled in the weeks after it stopped.",
                            "history",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations and why"),
                (
                    "p",
                    [
                        R(
                            "I recommend that Tegan has a 30-minute hydrotherapy session every week throughout the school year, taught by two members of her class staff who have been trained in the programme I have written, with me in the pool at least once each half term.",
                            "sensory_physical",
                            "wrong_section",
                            G1_HYDRO,
                            section="G",
                        ),
                        "I am asking for it to be written as teaching, not treatment: the session is where Tegan practises turning her head to a voice, kicking to make the water move and relaxing while she is handled, and the people who teach her those things are her class staff, with me setting the programme.",
                        X(
                            "If hydrotherapy were left to the physiotherapy service alone, the service could offer no more than a six-week block a year, as it did in 2025.",
                            "consequence: reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "On land, Tegan should stand in her stander for 45 minutes every day and have her position changed at least every 40 minutes by class staff I have trained.",
                            "sensory_physical",
                            "specific",
                            F1_STAND,
                        ),
                        X(
                            "This protects her hips and her skin, and it also gives her different views of the classroom, which she plainly enjoys.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Every adult who moves or handles Tegan should be trained by the physiotherapist in slow, warned handling, talking to her and touching her shoulder first and counting her into each move, and the training should be repeated each September for new staff.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        X(
                            "When she is handled this way her spasms are fewer and she does not cry during changes of position.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "I will review her postural care programme and her equipment each term.",
                            "sensory_physical",
                            "not_educational",
                            G1_PHYSIO,
                            section="G",
                        ),
                        R(
                            "At home, a warm bath before her evening stretches may help her to relax, and her parents are already doing this on most nights.",
                            "sensory_physical",
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "I do not think Tegan needs a separate sensory integration assessment from occupational therapy at this stage, since her responses to touch are explained by her tone and her visual impairment.",
                        "option considered and rejected",
                    ),
                ),
                (
                    "sig",
                    [
                        "Tomasz Walczak MCSP",
                        "Senior Paediatric Physiotherapist (hydrotherapy)",
                        "14 July 2026",
                    ],
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbq-02: Ashgrove Metropolitan Borough Council; Callum Threlfall, 11, severe
# learning disability and behaviour that challenges, 38-week residential placement.
# layout "band-uppercase-statutory-names-f-school-day-residence-columns-unlettered": every
# heading a shaded band holding the statutory name in capitals, no letters anywhere; Section F
# one table, Provision / In school / In the residence.
# ---------------------------------------------------------------------------

B2_HIT = "Callum sometimes hits the adults with him, bites the back of his hand or drops to the floor, and this can happen many times in a day."
B2_WHEN = "This is most likely when he is asked to do something he finds hard, when he has to wait, or when one activity ends and another begins."
B2_BUSY = "Busy, noisy places like the dining hall make Callum very anxious, and he can take a long time to calm down afterwards."
B2_CARE = "Callum needs help with all of his personal care, including using the toilet, washing, dressing and eating."
B2_UNDER = "Callum understands short, simple sentences about familiar things that are happening there and then."
B2_SEEK = "He seldom goes to other people just to enjoy being with them."
B2_SIGNS = "He uses some Makaton signs and a few words, but people who do not know him well often cannot understand him."

F2_PBS = "A positive behaviour support plan written by the school's positive behaviour support practitioner and reviewed every six weeks."
F2_ONE = "One-to-one support from a teaching assistant."
F2_TRAIN = "Regular positive behaviour support training for staff."
F2_LUNCH = "Callum will eat his lunch in the small dining room with no more than three other pupils and two adults."
F2_WAKING = "A waking day curriculum."
F2_TOTAL = "A total communication environment."
F2_II = "Intensive interaction sessions with an adult trained in the approach."
F2_CLASS = "Callum will be taught in a class of no more than seven pupils with a teacher and at least three teaching assistants."

H2_CARE = "Care staff in the residential house will support Callum with his personal care in the evenings and mornings."
H1_BREAKS = "In the school holidays, Callum will have two overnight short breaks a month at Larch House, arranged by the Children with Disabilities Team."
G2_SLEEP = "The community paediatrician will review Callum's sleep every six months and decide whether medication would help."

PB2 = "pbs_report.pdf"
RC2 = "residential_care_manager_report.docx"
II2 = "intensive_interaction_report.pdf"


def _band(sid: str) -> tuple:
    return ("H", sid, NAMES[sid].upper(), "band")


CASE_02 = dict(
    name="case-evalbq-02",
    layout="band-uppercase-statutory-names-f-school-day-residence-columns-unlettered",
    summary=(
        "Ashgrove Metropolitan Borough Council; Callum Threlfall, 11 years 5 months, Year 6 at Hollins Brook "
        "School, an independent residential special school, on a 38-week placement (fragile X syndrome, severe "
        "learning disability, behaviour that challenges, anxiety, personal care). Every heading is a shaded band "
        "with the statutory name in capitals and no letter; Section F is one table, Provision / In school / In the "
        "residence. A positive behaviour support practitioner's report (.pdf, a Recommendation / Who and how "
        "often / Reason table), a residential care manager's report arguing that the waking-day needs are "
        "educational (.docx, first person plural) and an intensive interaction practitioner's report (.pdf, first "
        "person with reported speech)."
    ),
    note="The residential care manager's recommendation that self-care skills be taught in the residence every evening and morning, with the same task analysis as in class, stands in the other social care provision section as care staff 'supporting' his personal care: provision in the wrong section. The paediatrician's sleep review in the health provision section and the holiday short breaks in the section 2 social care section are correctly placed. The one-to-one row is specific but gives one adult throughout where two are recommended at transitions and off site. Callum's broken sleep, described by the care manager, is health background recorded in the health needs section and left unmarked.",
    plan=dict(
        file="plan.docx",
        header="Ashgrove MBC - Education, Health and Care Plan - Callum Threlfall - OFFICIAL SENSITIVE",
        footer="Final plan, amended following annual review, 6 November 2026",
        author="Ashgrove SEND Assessment and Review Team",
        title="Education, Health and Care Plan - Callum Threlfall",
        accent="7A3B10",
        blocks=[
            ("org", "Ashgrove Metropolitan Borough Council"),
            (
                "small",
                "SEND Assessment and Review Team, Civic Centre, Ashgrove - 01632 960318 - sendteam@ashgrove.example.org",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Callum Threlfall"),
                    ("Date of birth", "9 June 2015"),
                    ("NHS number", "999 640 2219"),
                    ("Placement", "Hollins Brook School (38-week residential)"),
                    ("Parent", "Nicola Threlfall"),
                    ("Case officer", "Mr P Adeyemi, 01632 960321"),
                ],
            ),
            _band("A"),
            (
                "S",
                "A",
                "Callum likes the trampoline, Thomas the Tank Engine and riding in the school minibus, and he loves to be chased and tickled by adults he knows.",
            ),
            (
                "p",
                "His mum wants Callum to be calm and happy, to be able to tell people what he needs, and to learn to do more for himself so that he can live as independently as possible when he is older.",
            ),
            _band("B"),
            ("S", "B", "Callum has fragile X syndrome and a severe learning disability."),
            ("b", "Communication and interaction"),
            ("p", [B2_UNDER, B2_SIGNS]),
            ("p", B2_SEEK),
            ("b", "Social, emotional and mental health"),
            ("p", [B2_HIT, B2_WHEN]),
            ("p", B2_BUSY),
            ("b", "Independence and self-care"),
            ("p", B2_CARE),
            _band("C"),
            (
                "S",
                "C",
                "Callum's sleep is often broken, and he is under the care of the community paediatrician at Ashgrove Children's Centre.",
            ),
            _band("D"),
            (
                "S",
                "D",
                "Callum has been assessed by the Children with Disabilities Team as a child in need because of his disability, and his mum is a lone carer with two younger children.",
            ),
            _band("E"),
            (
                "S",
                "E",
                "By July 2027 Callum will use a sign or a card to ask for a break, instead of hitting or dropping to the floor, on most occasions when he needs one.",
            ),
            (
                "p",
                "By July 2027 Callum will pull up his trousers and wash his hands after using the toilet with only a gesture prompt, at school and in the residence.",
            ),
            (
                "p",
                "By July 2027 Callum will take part in a shared game with an adult for five minutes, taking at least three turns.",
            ),
            ("pb",),
            _band("F"),
            (
                "S",
                "F",
                "Hollins Brook School will make the provision below during the school day and, on the four nights a week Callum boards, in the residential house.",
            ),
            (
                "grid",
                [
                    ["Provision", "In school", "In the residence"],
                    [F(F2_CLASS, True), "Every school day", "-"],
                    [F(F2_PBS, True), "Followed by all class staff", "Followed by all care staff"],
                    [F(F2_ONE, True), "Throughout the school day", "-"],
                    [F(F2_TRAIN, False), "Class staff", "Care staff"],
                    [F(F2_LUNCH, True), "Every school day", "-"],
                    [F(F2_WAKING, False), "Across the day", "Across the evening"],
                    [F(F2_TOTAL, False), "All staff", "All staff"],
                    [
                        F(F2_II, True),
                        "15 minutes every morning with his class teaching assistant",
                        "15 minutes every evening with his key worker",
                    ],
                ],
                [0.44, 0.28, 0.28],
                True,
            ),
            _band("G"),
            ("S", "G", G2_SLEEP),
            _band("H1"),
            ("S", "H1", H1_BREAKS),
            _band("H2"),
            ("S", "H2", H2_CARE),
            (
                "p",
                "The cost of the residential element of the placement is shared between Ashgrove Children's Social Care and the SEND budget.",
            ),
            _band("I"),
            (
                "S",
                "I",
                "Hollins Brook School, Brook Lane, Farleigh Down (independent special school with residential provision, registered under section 41; 38-week residential placement).",
            ),
            _band("J"),
            ("S", "J", "Not applicable."),
            _band("K"),
            (
                "S",
                "K",
                "Positive behaviour support report of Ms Ruth Okonjo (September 2026); residential care manager's report of Mr Dean Fairclough (September 2026); intensive interaction report of Mrs Gwen Pryce (October 2026); annual review report; Mrs Threlfall's views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=PB2,
            footer="Hollins Brook School - Positive Behaviour Support - R Okonjo - page {n} of {m}",
            author="R Okonjo",
            accent="4B2E83",
            blocks=[
                ("org", "Hollins Brook School - Positive Behaviour Support Team"),
                (
                    "small",
                    "Brook Lane, Farleigh Down - 01632 960333 - pbs@hollinsbrook.example.org",
                ),
                ("title", "Positive Behaviour Support: Functional Assessment and Recommendations"),
                (
                    "kv",
                    [
                        ("Young person", "Callum Threlfall (11), Oak class and Brook House"),
                        (
                            "Practitioner",
                            "Ruth Okonjo, PBS Practitioner (BILD Certificate in Applied PBS)",
                        ),
                        ("Assessment period", "1 to 26 September 2026 (school and residence)"),
                    ],
                ),
                ("h", 2, "Summary of the assessment"),
                (
                    "p",
                    [
                        X(
                            "Callum came to Hollins Brook in January 2025 after his local special school could no longer keep him and other pupils safe.",
                            "history",
                        ),
                        X(
                            "Incidents have fallen from an average of 31 a day in his first month to 14 a day over this assessment period.",
                            "test result: progress",
                        ),
                        "Data were gathered with ABC charts and scatter plots in class and in the house, and through interviews with his mother, his teacher and four care staff.",
                    ],
                ),
                (
                    "grid",
                    [
                        ["Setting", "Incidents a day (mean)", "Most common behaviour", "Peak time"],
                        ["Classroom", "6.2", "Dropping to the floor", "Changes of activity"],
                        ["Dining hall", "2.9", "Biting his hand", "12.00 to 12.30"],
                        ["Residence", "4.9", "Hitting out", "Bath time, 6.30 pm"],
                    ],
                    [0.22, 0.22, 0.28, 0.28],
                ),
                (
                    "p",
                    [
                        N(
                            "Callum's behaviours that challenge are hitting out at adults, biting his own hand and dropping to the floor, at an average of 14 incidents a day.",
                            "semh",
                            B2_HIT,
                        ),
                        N(
                            "The functional assessment shows that most incidents serve to escape a demand or to end a wait, and they cluster at transitions between activities.",
                            "semh",
                            B2_WHEN,
                        ),
                        N(
                            "Callum has no reliable way to tell people that he wants to stop or needs a break, so his behaviour has become his most effective way of saying 'no'.",
                            "communication_interaction",
                            None,
                        ),
                        N(
                            "His anxiety rises sharply in busy, noisy spaces such as the dining hall, and his arousal stays high for up to an hour afterwards.",
                            "semh",
                            B2_BUSY,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Incidents in the residence are lower in the mornings, when the same two care staff get him up, than on days when a relief worker is on shift.",
                            "assessment finding: reason",
                        ),
                        X(
                            "Physical intervention has not been used since March 2026.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Who and how often", "Reason"],
                        [
                            R(
                                "A written positive behaviour support plan, followed by all staff in school and in the residence.",
                                "semh",
                                "specific",
                                F2_PBS,
                            ),
                            "Written by the PBS practitioner; reviewed every six weeks",
                            X(
                                "Callum's behaviour is lowest when every adult responds to him in the same way.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Callum should be taught to use a 'break' card and a 'stop' sign in place of hitting and dropping, with at least 20 planned practice opportunities every day.",
                                "communication_interaction",
                                "missing_from_f",
                            ),
                            "Class staff and care staff, across the waking day",
                            X(
                                "A replacement behaviour must be easier and quicker for him than the behaviour it replaces.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Two adults with Callum at transitions and on every off-site visit, and one adult with him at all other times in school.",
                                "semh",
                                "less",
                                F2_ONE,
                            ),
                            "Teaching assistants trained in his PBS plan",
                            X(
                                "Most incidents occur at transitions, and one adult cannot both support him and keep others safe.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "All class and care staff to complete three days of PBS training before working with Callum, with a refresher every year.",
                                "semh",
                                "not_specific",
                                F2_TRAIN,
                            ),
                            "Delivered by the PBS team",
                            X(
                                "Relief staff who have not had the training are on shift on his most difficult days.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Callum should eat his lunch in a small quiet room with no more than four pupils.",
                                "semh",
                                "specific",
                                F2_LUNCH,
                            ),
                            "Every day, two adults",
                            X(
                                "The dining hall is where his anxiety is highest.",
                                "reason for a recommendation",
                            ),
                        ],
                    ],
                    [0.42, 0.26, 0.32],
                ),
                (
                    "p",
                    [
                        X(
                            "We considered a move to a smaller residential house, but decided against it because Callum has a strong bond with his key worker in Brook House.",
                            "option considered and rejected",
                        ),
                        X(
                            "Medication to reduce his anxiety was raised by his mother and is a question for his paediatrician, not for this report.",
                            "option considered: not an educational recommendation",
                        ),
                    ],
                ),
                (
                    "sig",
                    ["Ruth Okonjo", "Positive Behaviour Support Practitioner", "30 September 2026"],
                ),
            ],
        ),
        dict(
            file=RC2,
            style="headed",
            footer="Hollins Brook School - Brook House - residential care manager's advice",
            author="D Fairclough",
            blocks=[
                ("org", "Hollins Brook School - Residential Care"),
                ("small", "Brook House, Brook Lane, Farleigh Down - 01632 960336"),
                ("title", "Residential Care Manager's Report"),
                (
                    "p",
                    "Young person: Callum Threlfall. Report by Dean Fairclough, Registered Manager, Brook House. 22 September 2026.",
                ),
                ("h", 1, "Callum in Brook House"),
                (
                    "p",
                    [
                        X(
                            "Callum boards with us from Monday to Thursday night and goes home to his mum every Friday afternoon.",
                            "arrangement already in place",
                        ),
                        X(
                            "He has settled well in the house, knows the routine of his evening, and greets his key worker with a big grin every afternoon.",
                            "strength: progress",
                        ),
                        "His sleep is still broken, and night staff often find him awake and singing between two and four in the morning.",
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Callum is not yet toilet trained in the day and needs full support with washing, dressing and eating with a spoon.",
                            "sensory_physical",
                            B2_CARE,
                        ),
                        N(
                            "He does not yet transfer a skill learned in one place to another: a routine taught in the classroom is not used in the house unless we teach it in the house too.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                ("h", 1, "Is this education or care?"),
                (
                    "p",
                    "We understand that the council sees everything that happens after 3.30 pm as social care. We disagree, and we set out our reasons here because they matter for how Callum's plan is written.",
                ),
                (
                    "p",
                    [
                        "Callum will only learn to use the toilet, wash and dress himself if he is taught each step, the same way, every time the need arises, and most of those times fall in the evening and the morning, when he is in the house.",
                        X(
                            "When we taught hand-washing in the house last spring using the class's picture sequence, he learned it in six weeks; the same skill taught only in class had not moved in a year.",
                            "history: reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "We recommend that the teaching of his self-care skills continues in the residence every evening and morning, using the same task analysis and picture sequences as in class, delivered by care staff trained by the class teacher.",
                            "cognition_learning",
                            "wrong_section",
                            H2_CARE,
                            section="H2",
                        ),
                        R(
                            "We also recommend a waking day curriculum in which his communication, self-care and behaviour targets are shared between class and house, with a joint target sheet reviewed by his teacher and his key worker every half term.",
                            "cognition_learning",
                            "not_specific",
                            F2_WAKING,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Without this, the residential placement would be a place to sleep, and Callum would lose at night what he learns by day.",
                            "consequence: reason for a recommendation",
                        ),
                        R(
                            "In the school holidays, we would advise that the family continues to have short breaks from the Children with Disabilities Team.",
                            "social_care",
                            "not_educational",
                            H1_BREAKS,
                            section="H1",
                        ),
                    ],
                ),
                ("p", "Dean Fairclough, Registered Manager"),
            ],
        ),
        dict(
            file=II2,
            footer="Intensive interaction advice - G Pryce - page {n} of {m}",
            author="G Pryce",
            accent="1F5F5B",
            blocks=[
                ("org", "Gwen Pryce - Intensive Interaction Practitioner and Coordinator"),
                (
                    "small",
                    "Independent practitioner commissioned by Hollins Brook School - 07700 900452 - gwen.pryce@example.org",
                ),
                ("title", "Intensive Interaction: Observation and Advice"),
                (
                    "p",
                    "Callum Threlfall, 11. Observed on 7 and 8 October 2026 in Oak class, at lunch and in Brook House in the evening.",
                ),
                ("b", "What I saw"),
                (
                    "p",
                    [
                        "Callum's teacher told me that he was 'a different boy' when an adult simply sat beside him and joined in with his rocking and humming.",
                        X(
                            "In my first session, he glanced at me four times in ten minutes and twice copied my tapping on the table, which his teacher said he had never done with a visitor.",
                            "assessment observation: strength",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Callum's understanding of spoken language is at around the level of a two-year-old; he follows instructions with one key word in familiar routines.",
                            "communication_interaction",
                            B2_UNDER,
                        ),
                        N(
                            "He has few ways of starting an interaction, and he rarely seeks out an adult for the pleasure of being together rather than to get something.",
                            "communication_interaction",
                            B2_SEEK,
                        ),
                        N(
                            "He uses about 20 Makaton signs and a handful of single words, which unfamiliar people rarely understand.",
                            "communication_interaction",
                            B2_SIGNS,
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "His mum said on the telephone that Callum used to push her away when she sat beside him, but that he now leans against her on the sofa at weekends.",
                        "progress",
                    ),
                ),
                ("b", "My advice"),
                (
                    "p",
                    [
                        R(
                            "I recommend that Callum has intensive interaction sessions of about 15 minutes twice a day, one in school in the morning and one in the residence in the evening, with an adult trained in the approach.",
                            "communication_interaction",
                            "specific",
                            F2_II,
                        ),
                        X(
                            "Two short sessions keep the same adults familiar to him across the day, which matters more than the length of any one session.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "All adults, in class and in the house, should use the same total communication approach with Callum, using his Makaton signs, objects for the next activity and photographs of places, and should keep a shared list of the signs he uses.",
                            "communication_interaction",
                            "not_specific",
                            F2_TOTAL,
                        ),
                        R(
                            "The class team and his key workers should have supervision from a qualified intensive interaction coordinator once each half term, using video of their sessions with Callum.",
                            "communication_interaction",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Mrs Threlfall would like to try intensive interaction at weekends, and I would be happy to show her on a home visit.",
                            "communication_interaction",
                            "not_educational",
                        ),
                        R(
                            "His sleep should be looked at again by his paediatrician, because a tired Callum is far less able to take part in anything.",
                            "health",
                            "not_educational",
                            G2_SLEEP,
                            section="G",
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "I did not recommend a separate weekly session with an external therapist, because the benefit comes from the adults who are with him every day learning to interact this way.",
                        "option considered and rejected",
                    ),
                ),
                (
                    "sig",
                    [
                        "Gwen Pryce",
                        "Intensive Interaction Practitioner and Coordinator",
                        "12 October 2026",
                    ],
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbq-03: Castlemere County Council; Poppy Saltmarsh, 15, non-speaking, autistic,
# severe learning disability and self-injury; day special school, family seek a 52-week
# residential placement.
# layout "section-word-letter-space-uppercase-name-pfa-tag-prefixed-f-bullets": headings
# "Section B SPECIAL EDUCATIONAL NEEDS"; Section F in bullets under area subheadings, each
# bullet opening with a bracketed preparation-for-adulthood tag.
# ---------------------------------------------------------------------------

B3_SIB = "Poppy hurts herself many times a day, mostly by hitting her head with her fist or against walls and furniture."
B3_CHANGE = "Changes to her routine, or to the adults who work with her, upset Poppy a great deal, and she is more likely to hurt herself on those days."
B3_LEVEL = "Poppy learns at the level of a very young child: she can match objects, do simple inset puzzles and pick out photos of people she sees often."
B3_TALK = "Poppy does not speak. She tells people what she wants by leading them by the hand, pointing and using a few signs, and she is starting to hand over a picture to ask for food."
B3_PEERS = "Poppy keeps away from other pupils and does not try to communicate with them."
B3_REPEAT = "Poppy needs a lot of repetition to learn anything new, and she finds it hard to use a skill anywhere other than where she learned it."
B3_SENS = "Poppy looks for strong pressure and movement, and noisy places upset her, so that she covers her ears or bites her wrist."
B3_DANGER = (
    "Poppy does not understand danger and will run towards a road or climb onto high furniture."
)

F3_ABC = "Every incident of self-injury will be recorded on an ABC chart, and the school's positive behaviour support lead will review the records with the community learning disability nurse each month."
F3_PECS = "Poppy will be taught to use PECS by a teaching assistant trained in PECS, in a 15-minute session every school day, with the aim of reaching Phase 3 by July 2027."
F3_ONE = "One-to-one support from a teaching assistant throughout the school day."
F3_CLASS = "Poppy will be taught in a class of no more than seven pupils, with a teacher and four teaching assistants."
F3_WAKING = (
    "A consistent approach across Poppy's waking day, shared with her family as far as possible."
)
F3_DIET = "A sensory diet throughout the day."
F3_BASE = "Poppy will have her own low-arousal work base in the classroom, with a beanbag and weighted blanket, which she can go to at any time."
F3_COMM = "Community visits as appropriate."
F3_TOTAL = "All staff in Poppy's class will use a total communication approach: her PECS book, the Makaton signs on her sign list and her photo timetable, at every activity."

G3_PAIN = "The community learning disability nurse will complete a pain profile (DisDAT) with Poppy's family and school and review it every six months."
G3_PSY = "Dr R Mahmood, consultant psychiatrist in learning disability, will review Poppy every three months."
H2_BREAKS = "Short breaks: two nights a month at Willowmead, where care staff will also carry on Poppy's PECS and personal care teaching during her stays."

LD3 = "ld_nurse_report.pdf"
CT3 = "class_teacher_report.docx"
RA3 = "residential_assessment_report.pdf"


def _sp(sid: str) -> tuple:
    return ("H", sid, f"Section {sid} {NAMES[sid].upper()}", "h1")


CASE_03 = dict(
    name="case-evalbq-03",
    layout="section-word-letter-space-uppercase-name-pfa-tag-prefixed-f-bullets",
    summary=(
        "Castlemere County Council; Poppy Saltmarsh, 15 years 2 months, Year 10 at Fernlea School, a day special "
        "school (autism, non-speaking, severe learning disability, self-injury, no sense of danger); her parents "
        "seek a 52-week residential placement at Wyvern Lodge School. Headings 'Section B SPECIAL EDUCATIONAL "
        "NEEDS'; Section F in bullets under area subheadings, each opening with a preparation-for-adulthood tag "
        "in square brackets. A community learning disability nurse's report (.pdf, bullets with the reasons "
        "mixed in), a class teacher's report arguing the need is educational (.docx, third person, "
        "recommendations argued at length, options) and a residential school's assessment (.pdf, first person "
        "plural, Plan A and Plan B)."
    ),
    note="The residential school's recommendation that Poppy's PECS and personal care teaching go on in the evenings and at weekends, by staff trained in the same approaches, stands in the other social care provision section as something short-break care staff will 'carry on': provision in the wrong section. The pain profile and the psychiatrist's review in the health provision section are health provision. The one-to-one bullet is specific but gives one adult throughout where two are recommended for personal care and off site. The placement itself (Plan A, a 52-week placement) is a Section I matter and is left unmarked; the class teacher's account of why the council's day-school view treats evenings as care is argument, not a need.",
    plan=dict(
        file="plan.pdf",
        header="CASTLEMERE COUNTY COUNCIL  |  EHC PLAN  |  Poppy Saltmarsh",
        footer="Final EHC plan - issued 20 November 2026 - {n} of {m}",
        author="Castlemere County Council",
        title="EHC plan - Poppy Saltmarsh",
        accent="6B1D3A",
        blocks=[
            ("org", "Castlemere County Council - Children's Services (SEND)"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Young person", "Poppy Saltmarsh"),
                    ("Date of birth", "17 September 2011"),
                    ("NHS number", "999 283 6054"),
                    ("School", "Fernlea School (day special school), Year 10"),
                    ("Parents", "Joanne and Mark Saltmarsh"),
                    ("EHC coordinator", "Ms L Pereira, 01632 960512, ehc@castlemere.example.org"),
                ],
            ),
            _sp("A"),
            (
                "S",
                "A",
                "Poppy loves swinging, bouncing on a peanut ball, the music of ABBA and car journeys, and she laughs when her dad sings to her.",
            ),
            (
                "p",
                "Her parents want Poppy to be safe and to stop hurting herself, to be able to let people know when something is wrong, and as an adult to live in a home of her own with people who understand her.",
            ),
            _sp("B"),
            (
                "S",
                "B",
                "Poppy is autistic and has a severe learning disability. She does not use speech.",
            ),
            ("b", "Communication and interaction"),
            ("p", B3_TALK),
            ("p", B3_PEERS),
            ("b", "Cognition and learning"),
            ("p", [B3_LEVEL, B3_REPEAT]),
            ("b", "Social, emotional and mental health"),
            ("p", [B3_SIB, B3_CHANGE]),
            ("b", "Sensory and physical"),
            ("p", [B3_SENS, B3_DANGER]),
            _sp("C"),
            (
                "S",
                "C",
                "Poppy is seen by the community learning disability team and by a consultant psychiatrist, and she has painful periods that are being looked into by her GP.",
            ),
            _sp("D"),
            (
                "S",
                "D",
                "Poppy's parents provide all of her care at home, and the family have had a carers' assessment; they say they are close to exhaustion.",
            ),
            _sp("E"),
            (
                "S",
                "E",
                "By July 2027, Poppy will use a picture to ask for a break or for help, at least five times a day, at school and at home.",
            ),
            (
                "p",
                "By July 2028, Poppy will wash her hands and face and put on her coat with only picture prompts.",
            ),
            (
                "p",
                "By July 2028, the number of times Poppy hurts herself each day will have halved from the September 2026 figure.",
            ),
            _sp("F"),
            (
                "S",
                "F",
                "Fernlea School will make the following provision. Each item is tagged with the preparation for adulthood area it works towards.",
            ),
            ("b", "Communication and interaction"),
            (
                "bul",
                [
                    ["[Community inclusion]", F(F3_PECS, True)],
                    ["[Community inclusion]", F(F3_TOTAL, True)],
                ],
            ),
            ("b", "Cognition and learning"),
            (
                "bul",
                [
                    ["[Independent living]", F(F3_CLASS, True)],
                    ["[Independent living]", F(F3_WAKING, False)],
                ],
            ),
            ("b", "Social, emotional and mental health"),
            (
                "bul",
                [
                    ["[Good health]", F(F3_ABC, True)],
                    ["[Good health]", F(F3_ONE, True)],
                    ["[Community inclusion]", F(F3_COMM, False)],
                ],
            ),
            ("b", "Sensory and physical"),
            ("bul", [["[Good health]", F(F3_DIET, False)], ["[Good health]", F(F3_BASE, True)]]),
            _sp("G"),
            ("S", "G", G3_PAIN),
            ("p", G3_PSY),
            _sp("H1"),
            (
                "S",
                "H1",
                "A direct payment of six hours a week for a personal assistant to take Poppy swimming and out in the community at weekends.",
            ),
            _sp("H2"),
            ("S", "H2", H2_BREAKS),
            _sp("I"),
            (
                "S",
                "I",
                "Fernlea School, Quarry Lane, Castlemere (community special school for pupils aged 11 to 19 with severe learning disabilities; day placement).",
            ),
            (
                "p",
                "The council has considered Mr and Mrs Saltmarsh's request for Wyvern Lodge School and has decided that Poppy's special educational needs can be met in a day placement.",
            ),
            _sp("J"),
            (
                "S",
                "J",
                "The direct payment in the section 2 social care provision is a social care personal budget; no part of the special educational provision is funded by a direct payment.",
            ),
            _sp("K"),
            (
                "S",
                "K",
                "Report of Mr Owen Blake, community learning disability nurse (September 2026); report of Miss Hannah Roe, class teacher, Fernlea School (September 2026); assessment report of Wyvern Lodge School (October 2026); parents' views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=LD3,
            footer="Castlemere and Vale NHS Trust - Community Learning Disability Team - page {n} of {m}",
            author="O Blake",
            sans=True,
            accent="005EB8",
            blocks=[
                ("org", "Castlemere and Vale NHS Trust - Community Learning Disability Team"),
                ("small", "The Beeches, Station Road, Castlemere - 01632 960540"),
                ("title", "Learning Disability Nursing Report"),
                (
                    "p",
                    "Re: Poppy SALTMARSH, DOB 17/09/2011, NHS 999 283 6054. Seen at home on 2 and 9 September and at Fernlea School on 11 September 2026.",
                ),
                ("h", 2, "Background"),
                (
                    "bul",
                    [
                        X(
                            "Poppy was diagnosed as autistic at the age of three and has been known to our team since she turned 14.",
                            "history",
                        ),
                        X(
                            "Bloods and a urine test in August were normal, and her GP has ruled out a urinary infection.",
                            "test result",
                        ),
                        X(
                            "She wears a soft protective helmet at home during her worst periods, which was provided by the occupational therapist last year.",
                            "support already in place",
                        ),
                    ],
                ),
                ("b", "Current medication"),
                (
                    "grid",
                    [
                        ["Medicine", "Dose", "Prescribed by"],
                        ["Risperidone", "0.5 mg at night", "Consultant psychiatrist"],
                        ["Mefenamic acid", "500 mg three times a day during her period", "GP"],
                        ["Movicol Paediatric", "One sachet daily", "GP"],
                    ],
                    [0.3, 0.4, 0.3],
                ),
                ("h", 2, "What I found"),
                (
                    "bul",
                    [
                        [
                            N(
                                "Poppy hits her head with her fist and against hard surfaces on average 30 times a day, and this has caused bruising and a cut above her eye this year.",
                                "semh",
                                B3_SIB,
                            ),
                            "Her parents keep a tally on the fridge, and school's records show a similar rate.",
                        ],
                        [
                            N(
                                "Poppy cannot tell anyone when she is in pain or unwell, so adults have to work it out from changes in her behaviour, and her self-injury rises sharply in the week before her period.",
                                "communication_interaction",
                                None,
                            ),
                            X(
                                "This is why I think pain is one of the main triggers.",
                                "reason",
                            ),
                        ],
                        [
                            N(
                                "She becomes highly distressed when her routine changes without warning or when an unfamiliar member of staff works with her, and self-injury is highest on those days.",
                                "semh",
                                B3_CHANGE,
                            ),
                        ],
                        [
                            X(
                                "Her sleep, which was very poor last winter, has improved since her bedroom was moved to the quieter side of the house.",
                                "resolved difficulty",
                            ),
                        ],
                    ],
                ),
                ("h", 2, "My recommendations"),
                (
                    "bul",
                    [
                        [
                            R(
                                "A pain profile such as DisDAT should be completed with her family and school and reviewed every six months, so that everyone recognises the signs that Poppy is in pain.",
                                "health",
                                "not_educational",
                                G3_PAIN,
                                section="G",
                            ),
                        ],
                        [
                            R(
                                "Every incident of self-injury should be recorded on an ABC chart at school, and the records should be reviewed each month by the school's PBS lead together with me.",
                                "semh",
                                "specific",
                                F3_ABC,
                            ),
                            X(
                                "Without the data we are guessing at the triggers.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Poppy should be taught a personal care and period care routine, at set times every day, by the same female staff, using a picture sequence for each step, so that she comes to know what is happening and can do more of it herself.",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            X(
                                "Personal care is a time of high distress for her at the moment.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "She should continue to be reviewed by the consultant psychiatrist every three months.",
                                "health",
                                "not_educational",
                                G3_PSY,
                                section="G",
                            ),
                        ],
                        [
                            R(
                                "I have suggested that her parents keep a simple diary of her sleep, periods and bowel movements at home, because it will help us to spot patterns.",
                                "health",
                                "not_educational",
                            ),
                        ],
                    ],
                ),
                (
                    "p",
                    X(
                        "I did not think a referral for an inpatient assessment was appropriate, as Poppy's needs can be understood and met in the community with the right support.",
                        "option considered and rejected",
                    ),
                ),
                (
                    "sig",
                    ["Owen Blake RNLD", "Community Learning Disability Nurse", "18 September 2026"],
                ),
            ],
        ),
        dict(
            file=CT3,
            footer="Fernlea School - class teacher's report - Poppy Saltmarsh",
            author="H Roe",
            accent="3C6E47",
            blocks=[
                ("org", "Fernlea School"),
                ("small", "Quarry Lane, Castlemere - 01632 960560 - admin@fernlea.example.org"),
                ("title", "Class Teacher's Report: Poppy Saltmarsh (Year 10, Heron class)"),
                (
                    "p",
                    "Written by Miss Hannah Roe, class teacher, on 25 September 2026, for the council's review of Poppy's plan.",
                ),
                ("h", 2, "Poppy at Fernlea"),
                (
                    "p",
                    [
                        X(
                            "Poppy has been at Fernlea since Year 7 and is taught in Heron class, a group of seven pupils with a teacher and four teaching assistants.",
                            "history: support already in place",
                        ),
                        X(
                            "She has a real talent for jigsaws and will complete a 12-piece inset puzzle of her favourite band in under a minute.",
                            "strength",
                        ),
                        X(
                            "Her attendance is 96% this year, and she now gets off the school bus without support most mornings, which she could not do in Year 8.",
                            "progress",
                        ),
                    ],
                ),
                ("h", 2, "Poppy's learning and communication"),
                (
                    "p",
                    [
                        N(
                            "Poppy is working at a level similar to a typically developing child of about two and a half: she matches objects, completes inset puzzles and recognises photographs of familiar people.",
                            "cognition_learning",
                            B3_LEVEL,
                        ),
                        N(
                            "She is non-speaking and communicates by leading an adult by the hand, pointing and using about ten signs; she has begun to exchange a picture to request, but only for food.",
                            "communication_interaction",
                            B3_TALK,
                        ),
                        N(
                            "Poppy does not initiate communication with other pupils, and she leaves an activity if another pupil comes close to her.",
                            "communication_interaction",
                            B3_PEERS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Her daily living skills are very limited for her age: she needs help to wash, to dress, to use the toilet reliably and to manage her periods.",
                            "cognition_learning",
                            None,
                        ),
                        N(
                            "She learns a new routine only after it has been repeated in exactly the same way, in the same place, many times, and she does not carry it over to a new place or a new person.",
                            "cognition_learning",
                            B3_REPEAT,
                        ),
                        N(
                            "Poppy has no awareness of danger: on a school visit in June she ran towards the road, and in class she climbs onto shelves and window sills.",
                            "sensory_physical",
                            B3_DANGER,
                        ),
                    ],
                ),
                ("h", 2, "Whether Poppy's needs are educational"),
                (
                    "p",
                    "The council's draft treats what happens to Poppy after the school bus leaves as a matter of care for the family. I do not agree, and because this is the heart of her parents' case I set out my reasons at some length.",
                ),
                (
                    "p",
                    [
                        "Almost everything Poppy needs to learn now, such as asking for help, washing, dressing and coping when something changes, has to be taught at the moment it is needed, and for Poppy most of those moments happen before nine and after three.",
                        X(
                            "In school we taught her to put her coat on with a photo sequence, and it took a term; at home, where the sequence was not used, she still waits for her mum to do it.",
                            "history: reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "For this reason Poppy needs a waking day curriculum, in which the same targets, the same picture sequences and the same responses to her distress are used by every adult from the moment she wakes to the moment she goes to bed, planned by a teacher and reviewed at least every half term.",
                            "cognition_learning",
                            "not_specific",
                            F3_WAKING,
                        ),
                        X(
                            "Whether that can be delivered by a day school with more help at home, or needs a residential school, is for the council and the tribunal; what I can say is that a day school alone has not been enough for the last two years.",
                            "option considered: placement",
                        ),
                    ],
                ),
                ("h", 2, "What I recommend in school"),
                (
                    "p",
                    [
                        R(
                            "Poppy should have two adults with her for all personal care and on every community visit, and one adult with her at all other times.",
                            "semh",
                            "less",
                            F3_ONE,
                        ),
                        X(
                            "On our last visit to the supermarket she bolted twice, and one adult cannot keep her safe and support her at the same time.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "She should be taught to use PECS by a trained teaching assistant in a 15-minute session every school day, working towards Phase 3.",
                            "communication_interaction",
                            "specific",
                            F3_PECS,
                        ),
                        R(
                            "A sensory diet should be written by an occupational therapist, with movement or deep-pressure breaks at least every 45 minutes, and reviewed each term.",
                            "sensory_physical",
                            "not_specific",
                            F3_DIET,
                        ),
                        R(
                            "A speech and language therapist should visit at least once each half term to set Poppy's communication targets and to train the adults who work with her.",
                            "communication_interaction",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "Poppy has had no speech and language therapy since the service discharged her in Year 8, on the grounds that school had her PECS programme in hand.",
                        "history",
                    ),
                ),
                ("p", "Hannah Roe, Class Teacher, Heron class"),
            ],
        ),
        dict(
            file=RA3,
            footer="Wyvern Lodge School - admissions assessment - confidential - {n}/{m}",
            author="Wyvern Lodge School",
            accent="4A4A8A",
            blocks=[
                ("org", "Wyvern Lodge School"),
                (
                    "small",
                    "Independent specialist school and children's home (52-week) - Wyvern Lane, Hatherby - 01632 960588",
                ),
                ("title", "Assessment Report: Poppy Saltmarsh"),
                (
                    "p",
                    "Prepared by Siobhan Keogh, Head of Care and Registered Manager, with the school's assessment team, after Poppy's three-day assessment visit on 6 to 8 October 2026.",
                ),
                ("h", 2, "What we saw"),
                (
                    "p",
                    [
                        X(
                            "Poppy arrived with her parents and two staff from Fernlea, and she stayed two nights in our assessment flat with two of our care staff.",
                            "history",
                        ),
                        X(
                            "By the second morning she was taking our care worker's hand to lead her to the kitchen and to the swing.",
                            "strength: progress",
                        ),
                        N(
                            "Poppy seeks intense deep pressure and movement, and in noisy rooms she covers her ears and bites her wrist.",
                            "sensory_physical",
                            B3_SENS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "Her mother told us that Poppy has been hitting her head more often at home since the summer, and that the family now take it in turns to sleep.",
                        X(
                            "Mr and Mrs Saltmarsh said that they could manage weekends if Poppy's weekdays were calmer.",
                            "parents' view",
                        ),
                    ],
                ),
                ("h", 2, "What we think Poppy needs"),
                (
                    "p",
                    [
                        R(
                            "We recommend that the same visual schedule, PECS book and personal care teaching continue in the evenings and at weekends, delivered by staff trained in exactly the same approaches as the classroom team.",
                            "cognition_learning",
                            "wrong_section",
                            H2_BREAKS,
                            section="H2",
                        ),
                        R(
                            "We also recommend that Poppy practises community skills, such as choosing and paying for a drink in a cafe, on at least two planned visits a week, with two staff.",
                            "cognition_learning",
                            "not_specific",
                            F3_COMM,
                        ),
                    ],
                ),
                ("h", 2, "Options"),
                (
                    "p",
                    "Plan A is a 52-week placement at Wyvern Lodge, with Poppy going home every other weekend and for a week at Christmas and in the summer, so that the same team teaches her across the day and the year.",
                ),
                (
                    "p",
                    X(
                        "Plan B would be for Poppy to remain at Fernlea with more short breaks, but we do not think this would give her the consistency she needs, because she would still meet different adults with different approaches at school, in short breaks and at home.",
                        "option considered and rejected",
                    ),
                ),
                (
                    "p",
                    X(
                        "We also looked at a 38-week placement, and rejected it because Poppy's distress rises in the school holidays, when her routines break down.",
                        "option considered and rejected",
                    ),
                ),
                (
                    "sig",
                    [
                        "Siobhan Keogh",
                        "Head of Care and Registered Manager",
                        "Wyvern Lodge School",
                        "15 October 2026",
                    ],
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbq-04: Penhallow Borough Council; Rhys Kettleborough, 18, profound and multiple
# learning disabilities, moving from a special school sixth form to a specialist college.
# layout "section-word-letter-hyphen-sentence-case-f-study-programme-hours-table": headings
# "Section B - Special educational needs" with a plain hyphen; Section F is one study
# programme table, Part of the programme / Provision / Hours or how often.
# ---------------------------------------------------------------------------

B4_LEVEL = "Rhys is learning at a very early level; he responds to voices and music he knows and is starting to show which of two things he likes better."
B4_TIME = "Rhys needs a long time to take in what is happening and to respond, so adults have to wait for him."
B4_CARE = (
    "Rhys relies on adults for everything to keep him comfortable, clean, fed and well positioned."
)
B4_EYE = "Rhys can look from one thing to another to make a choice when two things are held apart, and he makes sounds to get someone's attention."
B4_SWITCH = "He can press a switch with his left hand to make something happen, but he does not yet use a switch to choose."
B4_ROOMS = "Big echoing rooms and people he does not know upset Rhys, and he tenses and cries."
B4_SIGHT = "Rhys has very little useful sight and sees best when things are held close to him on his left, in good light."

F4_DAYS = "A study programme at Tamar Fields College on three days a week, 38 weeks a year."
F4_SENSORY = "A sensory curriculum."
F4_WAIT = "Staff will wait at least 30 seconds for Rhys to respond before repeating or helping, and will record his responses in his learning log at every session."
F4_SWITCH = "A two-switch choice-making programme, taught by a learning support assistant trained by the speech and language therapist."
F4_TOTAL = "A total communication approach using Rhys's communication passport."
F4_STAFF = "One-to-one support from a team of three named learning support assistants who know Rhys, with two staff for hoisting and personal care."
F4_HYDRO = "Access to the college hydrotherapy pool."
F4_TRANS = "Transition visits to Tamar Fields College with his school teaching assistant, and college staff visiting Rhys at school."

G4_SALT = "The adult speech and language therapy service will show college staff how to use Rhys's communication passport when he starts at college."
G4_NURSE = "The college nursing team will give Rhys's gastrostomy feeds and rescue medication under his health care plan, supported by the community nursing team."
G4_DYS = (
    "The speech and language therapist (dysphagia) will review Rhys's taster plan every six months."
)
H2_DAYS = "On Mondays and Fridays Rhys will attend Tamar Day Opportunities, an adult social care day service, with one-to-one support."

TR4 = "sixth_form_teacher_report.pdf"
SL4 = "salt_report.docx"
CO4 = "college_assessment_report.pdf"


def _hy(sid: str) -> tuple:
    return ("H", sid, f"Section {sid} - {NAMES[sid]}", "h1")


CASE_04 = dict(
    name="case-evalbq-04",
    layout="section-word-letter-hyphen-sentence-case-f-study-programme-hours-table",
    summary=(
        "Penhallow Borough Council; Rhys Kettleborough, 18 years 4 months, leaving the sixth form of Meadowcroft "
        "School for Tamar Fields College, a specialist post-16 institution (profound and multiple learning "
        "disabilities after a brain injury at birth, epilepsy, cerebral visual impairment, gastrostomy feeding). "
        "Headings 'Section B - Special educational needs' with a plain hyphen; Section F is one study programme "
        "table, Part of the programme / Provision / Hours or how often. A sixth form teacher's report (.pdf, "
        "third person, reported speech, bullets with the reasons mixed in, options), a speech and language "
        "therapy report on switch use and communication (.docx, a Recommendation / Who and how often / Reason "
        "table) and the college's assessment (.pdf, first person plural, a Recommendation / Outcome it supports / "
        "Who table)."
    ),
    note="The speech and language therapist's recommended training of college staff, before Rhys starts and each term, stands in Section G as a one-off offer from the adult therapy service: provision in the wrong section. Nursing for gastrostomy feeds and rescue medication and the dysphagia review in G are health provision. The study programme row is specific but gives three days a week against the five recommended; the council's two days at an adult social care day service in H2 are its answer to the other two days, and the reports argue that those days are needed for education. The hydrotherapy row ('Access to the college hydrotherapy pool' / 'As timetabled') and the sensory curriculum and total communication rows are vague.",
    plan=dict(
        file="plan.docx",
        footer="Penhallow Borough Council - EHC plan - Rhys Kettleborough - final, 3 December 2026",
        author="Penhallow Borough Council",
        title="EHC plan - Rhys Kettleborough",
        sans=True,
        accent="1B4F72",
        blocks=[
            ("org", "Penhallow Borough Council"),
            (
                "small",
                "Special Educational Needs Team - Post-16 - 01632 960610 - post16send@penhallow.example.org",
            ),
            ("title", "Education, Health and Care Plan (post-16)"),
            (
                "kv",
                [
                    ("Young person", "Rhys Kettleborough"),
                    ("Date of birth", "30 July 2008"),
                    ("NHS number", "999 751 4406"),
                    ("Current placement", "Meadowcroft School sixth form (to July 2027)"),
                    ("Named college from September 2027", "Tamar Fields College"),
                    ("Parents", "Alison and Gareth Kettleborough"),
                ],
            ),
            _hy("A"),
            (
                "S",
                "A",
                "Rhys likes the feel of warm water, brass band music and being out in the wind, and he smiles when his sister tells him about her day.",
            ),
            (
                "p",
                "Rhys's parents want him to go on learning after school, to be with people his own age, and to have a full and happy week with people who understand how he communicates.",
            ),
            _hy("B"),
            (
                "S",
                "B",
                "Rhys has profound and multiple learning disabilities following a brain injury at birth, and he has epilepsy and a visual impairment.",
            ),
            ("p", [B4_LEVEL, B4_TIME]),
            ("p", [B4_EYE, B4_SWITCH]),
            ("p", [B4_ROOMS, B4_SIGHT]),
            ("p", B4_CARE),
            _hy("C"),
            (
                "S",
                "C",
                "Rhys has epilepsy with daily seizures, is fed by gastrostomy and is nil by mouth except for small tastes, and uses a tilt-in-space wheelchair and a sleep system.",
            ),
            _hy("D"),
            (
                "S",
                "D",
                "Rhys will move to adult social care on his eighteenth birthday, and a Care Act assessment was completed in October 2026.",
            ),
            _hy("E"),
            (
                "S",
                "E",
                "By July 2028, Rhys will choose between two activities using two switches, at least once in each college session.",
            ),
            (
                "p",
                "By July 2028, Rhys will show 'no' or 'stop' in a way that his college staff recognise and respond to.",
            ),
            (
                "p",
                "By July 2029, Rhys will take part in a weekly activity in his local community with familiar staff.",
            ),
            _hy("F"),
            (
                "S",
                "F",
                "The provision below makes up Rhys's study programme and will be made by Tamar Fields College from September 2027.",
            ),
            (
                "grid",
                [
                    ["Part of the programme", "Provision", "Hours or how often"],
                    [
                        "Study programme",
                        F(F4_DAYS, True),
                        "Three days (Tuesday to Thursday), 9.30 am to 3.30 pm",
                    ],
                    ["Learning", F(F4_SENSORY, False), "As part of his timetable"],
                    ["Learning", F(F4_WAIT, True), "Every session"],
                    ["Communication", F(F4_SWITCH, True), "Three 20-minute sessions a week"],
                    ["Communication", F(F4_TOTAL, False), "Throughout the day"],
                    ["Staffing", F(F4_STAFF, True), "Throughout the college day"],
                    ["Physical", F(F4_HYDRO, False), "As timetabled"],
                    [
                        "Transition",
                        F(F4_TRANS, True),
                        "Six visits to the college in the summer term 2027, and two visits by college staff to Meadowcroft",
                    ],
                ],
                [0.2, 0.5, 0.3],
                True,
            ),
            _hy("G"),
            ("S", "G", G4_NURSE),
            ("p", G4_DYS),
            ("p", G4_SALT),
            _hy("H1"),
            ("S", "H1", "Rhys's home has been adapted with a ceiling hoist and a wet room."),
            _hy("H2"),
            ("S", "H2", H2_DAYS),
            _hy("I"),
            (
                "S",
                "I",
                "Tamar Fields College, Harbour Road, Penhallow (specialist post-16 institution), three days a week from September 2027.",
            ),
            _hy("J"),
            (
                "S",
                "J",
                "Rhys's parents have not asked for a personal budget for his special educational provision.",
            ),
            _hy("K"),
            (
                "S",
                "K",
                "Report of Mr Lewis Achterberg, sixth form teacher, Meadowcroft School (October 2026); speech and language therapy report of Mrs Priya Nandakumar (October 2026); assessment report of Tamar Fields College (November 2026); parents' views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=TR4,
            footer="Meadowcroft School - Sixth Form - advice for the post-16 review - page {n} of {m}",
            author="L Achterberg",
            accent="5D3A6E",
            blocks=[
                ("org", "Meadowcroft School - Sixth Form (Sensory Pathway)"),
                ("small", "Linden Avenue, Penhallow - 01632 960625"),
                ("title", "Teacher's report: Rhys Kettleborough"),
                (
                    "p",
                    "Written by Lewis Achterberg, sixth form teacher, 14 October 2026, for the review of Rhys's plan before he leaves school.",
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        X(
                            "Rhys has been at Meadowcroft since he was four, and he has been in the sixth form's sensory pathway group of five students since September 2024.",
                            "history",
                        ),
                        X(
                            "His mother said that the years at Meadowcroft have been the happiest of Rhys's life, and that she dreads him 'falling off a cliff' when he leaves.",
                            "parent's view",
                        ),
                    ],
                ),
                ("h", 2, "How Rhys learns"),
                (
                    "bul",
                    [
                        N(
                            "Rhys is working at the early stages of the engagement model, responding consistently to familiar voices and to music and beginning to show a preference between two objects.",
                            "cognition_learning",
                            B4_LEVEL,
                        ),
                        N(
                            "He needs up to 30 seconds to process what is happening and to respond, and he loses the thread if an adult repeats or helps too soon.",
                            "cognition_learning",
                            B4_TIME,
                        ),
                        N(
                            "His alertness varies greatly through the day because of seizures and medication, and he is often too drowsy to take part for the first hour after his morning medication, so his best learning time is late morning.",
                            "cognition_learning",
                            None,
                        ),
                        N(
                            "Rhys is fully dependent on adults for his personal care, his gastrostomy feeds and every change of position.",
                            "sensory_physical",
                            B4_CARE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "He has made steady progress this year: he now turns to his name from across the room, and he has started to smile when he is offered his music and not when he is offered a book.",
                            "progress",
                        ),
                        X(
                            "Last year's difficulty with tolerating his splints has gone since they were remade in a softer material.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "bul",
                    [
                        [
                            R(
                                "Rhys should have a five-day study programme at a specialist college, 38 weeks a year, because he is still making clear educational progress and the skills he is learning need daily teaching.",
                                "cognition_learning",
                                "less",
                                F4_DAYS,
                            ),
                            X(
                                "When he missed two weeks of school with a chest infection last winter, he had lost his switch response on his return and took a month to regain it.",
                                "history: reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "His sensory curriculum should continue, with a daily sensory story of about 20 minutes planned by a teacher, each story repeated for at least half a term.",
                                "cognition_learning",
                                "not_specific",
                                F4_SENSORY,
                            ),
                        ],
                        [
                            R(
                                "All staff should wait at least 30 seconds for Rhys to respond before they repeat or help, and should record his responses.",
                                "cognition_learning",
                                "specific",
                                F4_WAIT,
                            ),
                        ],
                        [
                            R(
                                "His move to college should be planned with at least six visits to the college in the summer term, with his school teaching assistant, and with college staff visiting him at school twice.",
                                "semh",
                                "specific",
                                F4_TRANS,
                            ),
                            X(
                                "Rhys copes with new places only when a familiar adult is with him.",
                                "reason for a recommendation",
                            ),
                        ],
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "We thought about whether Rhys could stay at Meadowcroft until he is 19, but his parents and I agree that he is ready for an adult setting among students of his own age.",
                            "option considered and rejected",
                        ),
                        X(
                            "Mrs Kettleborough told me that the council has suggested two days a week at an adult day service; in my view that would be care rather than teaching, and Rhys would lose the daily practice that his progress depends on.",
                            "argument about the council's proposal",
                        ),
                    ],
                ),
                (
                    "p",
                    R(
                        "At home, his family could play his 'hello' music before his evening feed, as we do at school, to help him know what is coming.",
                        "communication_interaction",
                        "not_educational",
                    ),
                ),
                (
                    "sig",
                    [
                        "Lewis Achterberg",
                        "Sixth Form Teacher (Sensory Pathway)",
                        "Meadowcroft School",
                    ],
                ),
            ],
        ),
        dict(
            file=SL4,
            style="headed",
            footer="Penhallow Community Services NHS Trust - Speech and Language Therapy - Rhys Kettleborough",
            author="P Nandakumar",
            blocks=[
                ("org", "Penhallow Community Services NHS Trust"),
                (
                    "small",
                    "Speech and Language Therapy (Complex Needs), Beacon Clinic, Penhallow - 01632 960640",
                ),
                ("title", "Speech and Language Therapy Report"),
                (
                    "kv",
                    [
                        ("Name", "Rhys Kettleborough"),
                        ("Date of birth", "30/07/2008"),
                        ("Assessed", "At Meadowcroft School, 7 and 21 October 2026"),
                        ("Therapist", "Priya Nandakumar, Specialist Speech and Language Therapist"),
                    ],
                ),
                ("h", 1, "Assessment"),
                (
                    "p",
                    [
                        N(
                            "Rhys communicates intentionally at an early level: he uses eye pointing to choose between two objects held well apart, and he vocalises to get an adult's attention.",
                            "communication_interaction",
                            B4_EYE,
                        ),
                        N(
                            "He uses a single switch with his left hand to start cause-and-effect activities, succeeding on about seven trials in ten, but he has not yet learned to use a switch to make a choice.",
                            "communication_interaction",
                            B4_SWITCH,
                        ),
                        N(
                            "Rhys has no reliable way to show 'no' or 'stop': his only signal is to turn his head away, which adults who do not know him usually miss.",
                            "communication_interaction",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "On the Affective Communication Assessment his responses to music and to his sister's voice were clear and consistent.",
                            "test result",
                        ),
                        X(
                            "An eye-gaze system was trialled for six weeks in 2025 and was not continued, because his visual impairment meant he could not fix his gaze on the screen.",
                            "option tried and stopped",
                        ),
                        X(
                            "Rhys has been nil by mouth since 2019 and enjoys small tastes under a taster plan, which is going well.",
                            "history: support already in place",
                        ),
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Who and how often", "Reason"],
                        [
                            R(
                                "A two-switch choice-making programme, with switches placed on his left.",
                                "communication_interaction",
                                "specific",
                                F4_SWITCH,
                            ),
                            "A learning support assistant trained by the SLT; three 20-minute sessions a week",
                            X(
                                "Choosing with switches is the next step after his cause-and-effect switch use.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Every adult to treat Rhys's head turn as 'no', stop what they are doing, and record each time in his communication passport.",
                                "communication_interaction",
                                "not_specific",
                                F4_TOTAL,
                            ),
                            "All staff, at every activity",
                            X(
                                "If his 'no' is not answered consistently he will stop using it.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "The speech and language therapist to train every member of college staff who works with Rhys in his communication passport and switch programme.",
                                "communication_interaction",
                                "wrong_section",
                                G4_SALT,
                                section="G",
                            ),
                            "Before he starts, then once each term",
                            X(
                                "College staff turn over and new staff will not know his signals.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "His taster plan to be followed exactly and reviewed by the dysphagia therapist.",
                                "health",
                                "not_educational",
                                G4_DYS,
                                section="G",
                            ),
                            "Every six months",
                            X(
                                "He is at risk of aspiration.",
                                "reason for a recommendation",
                            ),
                        ],
                    ],
                    [0.44, 0.28, 0.28],
                ),
                (
                    "p",
                    "Priya Nandakumar, Specialist Speech and Language Therapist, 28 October 2026",
                ),
            ],
        ),
        dict(
            file=CO4,
            footer="Tamar Fields College - assessment for admission - {n} of {m}",
            author="Tamar Fields College",
            sans=True,
            accent="006D5B",
            blocks=[
                ("org", "Tamar Fields College"),
                (
                    "small",
                    "Specialist post-16 institution - Harbour Road, Penhallow - 01632 960655 - admissions@tamarfields.example.org",
                ),
                ("title", "Admission Assessment: Rhys Kettleborough"),
                (
                    "p",
                    "Our assessment team (curriculum lead, physiotherapist, nurse and a senior learning support assistant) met Rhys at Meadowcroft on 4 November and at college on 11 November 2026.",
                ),
                ("h", 2, "What we learned about Rhys"),
                (
                    "p",
                    [
                        N(
                            "Rhys becomes distressed in large, echoing rooms and with unfamiliar adults, tensing his whole body and crying, and he settles only in a small base with staff he knows.",
                            "semh",
                            B4_ROOMS,
                        ),
                        N(
                            "He has very little functional vision; he notices objects held within 30 centimetres on his left side, in good light, and does not notice them on his right.",
                            "sensory_physical",
                            B4_SIGHT,
                        ),
                        X(
                            "In our hydrotherapy pool he relaxed, kicked and vocalised, and his mother said it was the most she had heard him 'talk' in months.",
                            "assessment observation: strength",
                        ),
                    ],
                ),
                ("h", 2, "What we would provide"),
                ("p", "We can meet Rhys's needs, and we would recommend the following."),
                (
                    "grid",
                    [
                        ["Recommendation", "Outcome it supports", "Who"],
                        [
                            R(
                                "Hydrotherapy twice a week for 30 minutes, led by learning support assistants trained in his programme by our physiotherapist.",
                                "sensory_physical",
                                "not_specific",
                                F4_HYDRO,
                            ),
                            "Relaxing while he is moved; kicking to make the water move",
                            "Two learning support assistants; the physiotherapist each half term",
                        ],
                        [
                            R(
                                "One-to-one support throughout the college day from a consistent team of three named staff, with two staff for hoisting and personal care.",
                                "semh",
                                "specific",
                                F4_STAFF,
                            ),
                            "Feeling safe with people who know him",
                            "Learning support assistants",
                        ],
                        [
                            R(
                                "One session every week in a local community venue, such as the library or the garden centre, planned around his sensory targets.",
                                "cognition_learning",
                                "missing_from_f",
                            ),
                            "Taking part in his community",
                            "Two staff",
                        ],
                        [
                            R(
                                "Gastrostomy feeds and rescue medication given by our nursing team under his health care plan.",
                                "health",
                                "not_educational",
                                G4_NURSE,
                                section="G",
                            ),
                            "Staying well at college",
                            "College nurse",
                        ],
                    ],
                    [0.42, 0.3, 0.28],
                ),
                (
                    "p",
                    [
                        "We understand that the council proposes three days at college and two days at an adult day service.",
                        X(
                            "We offer three-day programmes to some students, but for Rhys we think it would not work, because his switch and communication targets need teaching every day to hold.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "We also considered our residential option and do not recommend it: Rhys is settled at home, and his parents want him to live there.",
                        "option considered and rejected",
                    ),
                ),
                (
                    "sig",
                    [
                        "Marcus Pellow",
                        "Curriculum Lead (Profound and Multiple Learning Disabilities)",
                        "Tamar Fields College",
                        "19 November 2026",
                    ],
                ),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
