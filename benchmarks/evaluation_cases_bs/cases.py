# ruff: noqa: E501, N802
"""Set BS as data: sensory impairment in mainstream schools (a profoundly deaf six-year-old
who signs with a communication support worker, a ten-year-old with bilateral cochlear
implants falling behind in a noisy classroom, an eight-year-old with a severe visual
impairment learning braille), in plan layouts no earlier set has.

Every name, council, school, service, NHS trust and professional is invented. Phone
numbers are in the 01632 960xxx range, mobiles 07700 900xxx, e-mail addresses are at
example.org and NHS numbers begin 999. Markers are those of evaluation_kit.dataset.
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

REG = {
    "A": "The views, interests and aspirations of the child and his parents.",
    "B": "The child's special educational needs.",
    "C": "The child's health needs which relate to his special educational needs.",
    "D": "The child's social care needs which relate to his special educational needs or to a disability.",
    "E": "The outcomes sought for the child.",
    "F": "The special educational provision required by the child.",
    "G": "Any health provision reasonably required by the learning difficulties or disabilities which result in the child having special educational needs.",
    "H1": "Any social care provision which must be made for the child as a result of section 2 of the Chronically Sick and Disabled Persons Act 1970.",
    "H2": "Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child having special educational needs.",
    "I": "The name and type of the school.",
    "J": "Where there is a Personal Budget, the details of how it will support particular outcomes.",
    "K": "The advice and information gathered during the EHC needs assessment.",
}


# ---------------------------------------------------------------------------
# case-evalbs-01: Marlowe County Council; Kofi Ashworth-Mensah, 6, profoundly deaf, BSL
# layout "section-word-letter-colon-regulation-wording-full-stop-f-area-provision-who-how-often-tables":
# Word headings "Section B: The child's special educational needs." (the regulation's
# wording, ending in a full stop); Section F a Provision / Who / How often table per area.
# ---------------------------------------------------------------------------

B1_HEAR = "Kofi is profoundly deaf in both ears and hears almost no speech, even with his hearing aids; British Sign Language (BSL) is his first language."
B1_BSL = "Kofi's signing is still young for his age: he mostly uses single signs or two signs together and knows fewer signs than a deaf child of six who has grown up signing."
B1_CLASS = "Kofi cannot follow what the teacher or other children say in class unless it is signed to him, and he misses things that are said while he is looking down at his work."
B1_READ = "Learning to read is hard for Kofi because phonics relies on hearing the sounds in words."
B1_PLAY = "At playtime Kofi sometimes ends up on his own, because the other children do not sign and he cannot join in their games."
B1_BAL = "Kofi's balance is not as good as other children's, which is common in deaf children, and he falls more often in PE and on the climbing frame."
B1_TIRED = (
    "Kofi gets very tired by the end of the day from watching signing and lip patterns for so long."
)

F1_CSW = "A communication support worker qualified to BSL Level 3 or above will sign for Kofi in every lesson, at lunchtime and at playtime, every school day."
F1_TOD = "A Teacher of the Deaf from the Sensory Support Service will visit school once each half term to advise staff and review Kofi's targets."
F1_VOCAB = "New topic words will be taught to Kofi in BSL in a small group with his communication support worker for 30 minutes each week before each new topic begins."
F1_READ = "Kofi will have help with reading using signs and pictures, as needed."
F1_SEAT = "Kofi will sit near the front, where he can see the teacher, the board and his communication support worker at the same time."
F1_TRAIN = "Deaf awareness training for staff."
F1_EQUIP = "Access to a radio aid and a soundfield system when appropriate."
F1_PE = "In PE, an adult will stand beside Kofi on apparatus and he will be given a visual signal, such as a raised hand or a flashing light, to start and stop."

G1_AUD = "The Paediatric Audiology Service, Marlowe Royal Hospital, will review Kofi's hearing and his hearing aids every three months."
H2_CLASS = "The Marlowe Deaf Children's Society can offer a weekly BSL club for Kofi's class through its family support worker."

TOD1 = "teacher_of_the_deaf_report.docx"
BSL1 = "bsl_tutor_report.pdf"


def _reg(sid: str) -> tuple:
    return ("H", sid, f"Section {sid}: {REG[sid]}", "h2")


def _f1_table(rows: list) -> tuple:
    return ("grid", [["Provision", "Who will provide it", "How often"], *rows], [3.4, 1.6, 1.5])


CASE_01 = dict(
    name="case-evalbs-01",
    layout="section-word-letter-colon-regulation-wording-full-stop-f-area-provision-who-how-often-tables",
    summary=(
        "Marlowe County Council; Kofi Ashworth-Mensah, 6 years 2 months, Year 2 at Hollins Green Primary School "
        "(profound bilateral deafness, British Sign Language his first language, a communication support worker "
        "all day). Each heading is a Word heading in the regulation's wording, 'Section B: The child's special "
        "educational needs.', ending with a full stop; Section F is a Provision / Who will provide it / How often "
        "table under each area of need. A qualified Teacher of the Deaf's report (.docx, third person, reported "
        "speech, bullets with the reasons mixed in, options considered) and a Deaf BSL tutor's report (.pdf, "
        "first person plural, a Recommendation / Why table)."
    ),
    note="The BSL tutor's weekly BSL lessons for Kofi's class, taught in school, stand in H2 as a charity's club offer: provision in the wrong section. Nobody in F teaches Kofi BSL itself. Audiology reviews in G are health provision. The cochlear implant assessment the family declined is an option considered and rejected.",
    plan=dict(
        file="plan.docx",
        footer="Marlowe County Council - Education, Health and Care Plan - Kofi Ashworth-Mensah - issued 12 October 2026",
        author="Marlowe SEND Casework",
        title="EHC Plan - Kofi Ashworth-Mensah",
        blocks=[
            ("org", "Marlowe County Council - Special Educational Needs and Disabilities"),
            ("title", "Education, Health and Care Plan (final)"),
            (
                "kv",
                [
                    ("Name", "Kofi Ashworth-Mensah"),
                    ("Date of birth", "14 July 2020"),
                    ("NHS number", "999 318 2204"),
                    ("School", "Hollins Green Primary School, Year 2"),
                    ("Parents", "Ama Ashworth and Daniel Mensah"),
                    (
                        "Casework officer",
                        "Mr P Loveday, 01632 960571, send.casework@marlowe.example.org",
                    ),
                ],
            ),
            _reg("A"),
            (
                "S",
                "A",
                "Kofi loves dinosaurs, building dens and drawing superheroes, and he is proud that he can sign the names of all his classmates.",
            ),
            (
                "p",
                "His parents want Kofi to grow up fluent in BSL and able to read and write English well, and to have friends who can talk with him.",
            ),
            _reg("B"),
            ("S", "B", B1_HEAR),
            ("b", "Communication and interaction"),
            ("p", [B1_BSL, B1_CLASS]),
            ("b", "Cognition and learning"),
            ("p", B1_READ),
            ("b", "Social, emotional and mental health"),
            ("p", B1_PLAY),
            ("b", "Sensory and physical"),
            ("p", [B1_BAL, B1_TIRED]),
            _reg("C"),
            (
                "S",
                "C",
                "Kofi has a profound sensorineural hearing loss in both ears, diagnosed through newborn hearing screening, and wears two behind-the-ear hearing aids.",
            ),
            _reg("D"),
            (
                "S",
                "D",
                "Kofi's family have had a deaf children's social worker assessment; no eligible social care needs were identified.",
            ),
            _reg("E"),
            (
                "S",
                "E",
                "By July 2027 Kofi will retell a familiar story in BSL using sentences of four or more signs.",
            ),
            ("p", "By July 2027 Kofi will read and sign 50 common words from his reading books."),
            (
                "p",
                "By July 2027 Kofi will join a game at playtime with at least two classmates most days.",
            ),
            _reg("F"),
            (
                "S",
                "F",
                "Hollins Green Primary School will make the provision below, with advice from the Marlowe Sensory Support Service.",
            ),
            ("b", "Communication and interaction"),
            _f1_table(
                [
                    [("F", F1_CSW, True), "Communication support worker", "Every school day"],
                    [("F", F1_VOCAB, True), "Communication support worker", "Weekly"],
                    [("F", F1_SEAT, True), "Class teacher", "Every lesson"],
                ]
            ),
            ("b", "Cognition and learning"),
            _f1_table(
                [
                    [("F", F1_READ, False), "Class teacher", "As needed"],
                    [("F", F1_TOD, True), "Teacher of the Deaf", "Half-termly"],
                ]
            ),
            ("b", "Sensory and physical"),
            _f1_table(
                [
                    [("F", F1_EQUIP, False), "School", "When appropriate"],
                    [("F", F1_PE, True), "PE teacher", "Every PE lesson"],
                    [("F", F1_TRAIN, False), "Sensory Support Service", "To be arranged"],
                ]
            ),
            _reg("G"),
            ("S", "G", G1_AUD),
            _reg("H1"),
            ("S", "H1", "No provision under section 2 is needed."),
            _reg("H2"),
            ("S", "H2", H2_CLASS),
            _reg("I"),
            (
                "S",
                "I",
                "Hollins Green Primary School, Station Road, Marlowe (mainstream community primary school).",
            ),
            _reg("J"),
            ("S", "J", "No personal budget has been requested."),
            _reg("K"),
            (
                "S",
                "K",
                "Report of Mrs Helen Quarrie, Teacher of the Deaf (June 2026); report of Mr Jonah Whitby, BSL tutor (July 2026); parents' views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=TOD1,
            style="headed",
            footer="Marlowe Sensory Support Service - Hearing Impairment Team - advice for EHC needs assessment",
            author="H Quarrie",
            blocks=[
                ("org", "Marlowe Sensory Support Service - Hearing Impairment Team"),
                (
                    "small",
                    "Fernside Centre, Abbey Lane, Marlowe - 01632 960580 - hi.team@marlowe.example.org",
                ),
                ("title", "Advice from a Qualified Teacher of the Deaf"),
                (
                    "kv",
                    [
                        ("Pupil", "Kofi Ashworth-Mensah, born 14 July 2020"),
                        ("School", "Hollins Green Primary School, Year 1 (Year 2 from September)"),
                        ("Author", "Mrs Helen Quarrie, qualified Teacher of the Deaf (MQ HI)"),
                        ("Date", "24 June 2026"),
                    ],
                ),
                ("h", 1, "Background"),
                (
                    "p",
                    [
                        X(
                            "Kofi's deafness was picked up by newborn hearing screening, and he was fitted with hearing aids at eight weeks old.",
                            "history",
                        ),
                        X(
                            "He has been known to the Hearing Impairment Team since then, with home visits in his early years and a weekly visit in Reception.",
                            "history: support already in place",
                        ),
                        X(
                            "His parents told me that a cochlear implant assessment was offered when Kofi was two, and that after much thought they decided not to go ahead, wanting him to grow up bilingual in BSL and English.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "His most recent audiogram shows a profound loss, with unaided thresholds beyond 100 dB across the frequencies in both ears.",
                            "assessment result",
                        ),
                        X(
                            "With his aids he detects loud environmental sounds, such as a door banging or the fire alarm, but he does not hear speech.",
                            "assessment result",
                        ),
                    ],
                ),
                ("h", 1, "Kofi's strengths"),
                (
                    "p",
                    [
                        X(
                            "Kofi is a bright, curious boy with excellent visual attention, and his drawing is detailed and imaginative.",
                            "strength",
                        ),
                        X(
                            "His number work is at the level expected for his age when it is taught in BSL.",
                            "strength",
                        ),
                        X(
                            "The separation anxiety he showed at the start of Reception has gone, and he now comes into school happily.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 1, "Kofi's needs"),
                (
                    "p",
                    "From my observations in class on 9 and 16 June and from his assessments, Kofi's needs are these:",
                ),
                (
                    "bul",
                    [
                        N(
                            "Kofi has a profound bilateral sensorineural hearing loss and gains little or no access to spoken language through his hearing aids, so British Sign Language is his first and strongest language.",
                            "communication_interaction",
                            B1_HEAR,
                        ),
                        N(
                            "In whole-class teaching Kofi relies entirely on the communication support worker's signing, and he misses incidental information, such as other children's answers or instructions given while he is looking at his work.",
                            "communication_interaction",
                            B1_CLASS,
                        ),
                        N(
                            "He has made very little progress with phonics-based reading, because he cannot access the sound system on which synthetic phonics depends; he has a sight vocabulary of about 15 words.",
                            "cognition_learning",
                            B1_READ,
                        ),
                        N(
                            "His written English is limited to copying from the board, and he does not yet link a printed word with its sign or its fingerspelling.",
                            "cognition_learning",
                            None,
                        ),
                        N(
                            "Kofi becomes frustrated when he cannot make himself understood, and he has pushed or hit other children on six occasions this term, each time when no signing adult was nearby.",
                            "semh",
                            None,
                        ),
                        N(
                            "He has reduced balance, which often goes with his type of deafness, and he falls more than his peers in PE and on playground equipment.",
                            "sensory_physical",
                            B1_BAL,
                        ),
                        N(
                            "By the afternoon Kofi shows marked visual fatigue from watching signing and faces all day: he rubs his eyes, stops watching the communication support worker and puts his head down on the table.",
                            "sensory_physical",
                            B1_TIRED,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "Kofi's mother said that he comes home exhausted and sometimes falls asleep in the car.",
                        X(
                            "She also said that his sleep at night, which was poor last year, is now settled.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 1, "Recommendations"),
                ("p", "I recommend the following, and I have given my reasons with each:"),
                (
                    "bul",
                    [
                        [
                            R(
                                "Kofi should have a communication support worker qualified to at least BSL Level 3 with him in every lesson and at lunch and playtime, because without one he has no access to what is said.",
                                "communication_interaction",
                                "specific",
                                F1_CSW,
                            ),
                            X(
                                "His current communication support worker, Mrs Dale, holds BSL Level 3 and has worked with him since Reception.",
                                "support already in place",
                            ),
                        ],
                        [
                            R(
                                "A qualified Teacher of the Deaf should visit for a minimum of two hours every fortnight, to assess Kofi's language in BSL and English, set and review his targets and coach the communication support worker.",
                                "cognition_learning",
                                "less",
                                F1_TOD,
                            ),
                            X(
                                "At present I visit twice a term, which has not been enough to keep pace with the demands of the Year 1 curriculum.",
                                "support already in place",
                            ),
                        ],
                        R(
                            "Reading should be taught through a visual, sign-bilingual approach: each new word linked to its sign and its fingerspelling, in a one-to-one session of 20 minutes every school day led by the communication support worker from a programme that I will write and review each half term.",
                            "cognition_learning",
                            "not_specific",
                            F1_READ,
                        ),
                        R(
                            "Before each new topic, the key vocabulary should be taught in BSL in a small group, so that Kofi meets the signs before he needs them in lessons.",
                            "communication_interaction",
                            "specific",
                            F1_VOCAB,
                        ),
                        [
                            R(
                                "Kofi should be taught to use a visual feelings scale with signs for his emotions, in a 15-minute session with his communication support worker twice a week, so that he can tell an adult when he is upset instead of lashing out.",
                                "semh",
                                "missing_from_f",
                            ),
                            X(
                                "A behaviour chart was tried in the spring term, but it did not help, because it rewarded calm behaviour without giving Kofi a way to say what was wrong.",
                                "option tried and stopped",
                            ),
                        ],
                        R(
                            "All adults who work with Kofi, including lunchtime supervisors, should attend the Sensory Support Service's half-day deaf awareness training in the autumn term, and new staff within half a term of starting.",
                            "sensory_physical",
                            "not_specific",
                            F1_TRAIN,
                        ),
                        R(
                            "His seat should let him see the teacher, the board and his communication support worker without turning his head, with the communication support worker standing beside the teacher rather than beside Kofi.",
                            "communication_interaction",
                            "specific",
                            F1_SEAT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "I considered whether a resourced provision for deaf pupils would suit Kofi better, but the nearest is 40 minutes away, his parents want him to attend his local school with his brother, and I believe his needs can be met at Hollins Green with the provision above.",
                            "option considered and rejected",
                        ),
                        X(
                            "A radio aid was trialled in Reception and gave Kofi no useful access to speech, so I do not recommend one.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Kofi's hearing aids should continue to be checked by the paediatric audiology clinic every three months.",
                            "health",
                            "not_educational",
                            G1_AUD,
                            section="G",
                        ),
                    ],
                ),
                ("p", "Helen Quarrie, Teacher of the Deaf, 24 June 2026"),
            ],
        ),
        dict(
            file=BSL1,
            footer="Marlowe Deaf Community Learning - BSL tutor's report - Kofi Ashworth-Mensah - page {n} of {m}",
            author="J Whitby",
            sans=True,
            blocks=[
                ("org", "Marlowe Deaf Community Learning"),
                (
                    "small",
                    "12 Weaver Street, Marlowe - text or video call 07700 900614 - bsl@marlowedcl.example.org",
                ),
                ("title", "BSL Tutor's Report for EHC Needs Assessment"),
                (
                    "p",
                    "Written by Jonah Whitby, Deaf BSL tutor (Level 6 NVQ in BSL, Level 4 teaching qualification), from sessions with Kofi in school on 1, 8 and 15 July 2026. The report was written in English from our signed notes.",
                ),
                ("h", 1, "What we did"),
                (
                    "p",
                    [
                        "We watched Kofi in class, at lunch and at playtime, and we assessed his signing with a receptive and a productive BSL assessment.",
                        X(
                            "His receptive BSL is close to what we would expect for a deaf six-year-old: he understood 34 of the 40 test items.",
                            "assessment result",
                        ),
                    ],
                ),
                ("h", 1, "What we found"),
                (
                    "p",
                    [
                        N(
                            "Kofi's expressive BSL is at an early stage for his age: he uses mainly single signs and short two-sign phrases, and his vocabulary is well below that of a six-year-old native signer.",
                            "communication_interaction",
                            B1_BSL,
                        ),
                        X(
                            "This is not surprising, because his parents are hearing and began learning BSL themselves when he was diagnosed.",
                            "reason",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "At playtime Kofi is often on the edge, because none of his classmates can sign and he cannot follow their spoken games.",
                            "semh",
                            B1_PLAY,
                        ),
                        X(
                            "He did play happily with an older deaf girl from Year 5 when she came out to the playground.",
                            "strength",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "We were pleased to see that his family now sign at home every day, and his dad has passed BSL Level 2.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 1, "What we recommend"),
                (
                    "grid",
                    [
                        ["Recommendation", "Why"],
                        [
                            R(
                                "Kofi should have direct BSL teaching from a Deaf BSL tutor for one hour each week in school, working on vocabulary, sentence structure and storytelling.",
                                "communication_interaction",
                                "missing_from_f",
                            ),
                            X(
                                "A deaf child learns a language best from fluent signers, and Kofi has no Deaf adult language model in school at present.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Kofi's whole class should have a 30-minute BSL lesson each week, taught in school by a Deaf BSL tutor, so that his classmates can play and talk with him.",
                                "semh",
                                "wrong_section",
                                H2_CLASS,
                                section="H2",
                            ),
                            X(
                                "When other children can sign, deaf children are far less isolated at playtime.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "At home, the family may wish to join our free Saturday Family Sign club, so that Kofi's brother can learn too.",
                                "communication_interaction",
                                "not_educational",
                            ),
                            X(
                                "Families who sign together tell us that home life becomes calmer.",
                                "reason for a recommendation",
                            ),
                        ],
                    ],
                    [3.6, 2.6],
                ),
                (
                    "p",
                    [
                        X(
                            "We thought about suggesting a signing buddy from Year 5, but it would take an older child away from her own lessons, so we have not recommended it.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("p", "Jonah Whitby, BSL tutor, 20 July 2026"),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbs-02: Corringham Borough Council; Mirela Kostadinova-Hart, 10, cochlear implants
# layout "section-word-letter-em-dash-title-case-f-staffing-teaching-equipment-subheads":
# PDF headings "Section B — Special Educational Needs"; Section F split under the
# council's own subheads Staffing, Teaching and learning, Equipment and environment.
# ---------------------------------------------------------------------------

TITLE = {
    "A": "Views, Interests and Aspirations",
    "B": "Special Educational Needs",
    "C": "Health Needs",
    "D": "Social Care Needs",
    "E": "Outcomes",
    "F": "Special Educational Provision",
    "G": "Health Provision",
    "H1": "Social Care Provision under the Chronically Sick and Disabled Persons Act",
    "H2": "Other Social Care Provision",
    "I": "Placement",
    "J": "Personal Budget",
    "K": "Advice and Information",
}

B2_NOISE = "Mirela hears well in a quiet room, but she misses a lot of what is said when the classroom is noisy."
B2_ATT = (
    "Over the last year Mirela has fallen further behind her classmates in reading and writing."
)
B2_VOCAB = "Mirela knows fewer words than most children of her age, especially the topic words used in science and history."
B2_ASK = "Mirela does not always let adults know when she has not heard something, and may say she understands when she does not."
B2_GRAM = "When she talks and writes, Mirela sometimes leaves the ends off words, for example writing 'jump' for 'jumped'."
B2_KIT = "Mirela cannot yet look after her own implant processors or tell an adult when one stops working."
B2_CONF = "Mirela is losing confidence and has sometimes said she does not want to come to school."

F2_TOD = "A Teacher of the Deaf from the Corringham Hearing Support Team will visit once a term for one hour to observe Mirela and advise her class teacher."
F2_PRE = "Pre-teaching of new topic words in a quiet room, three times a week for 20 minutes, by a teaching assistant following the Teacher of the Deaf's programme."
F2_CHECK = "Staff will check that Mirela has understood instructions, where possible."
F2_TRAIN = "Training for staff on cochlear implants and radio aids as required."
F2_RADIO = "Mirela will have access to a radio aid."
F2_ACOUS = "Acoustic ceiling panels and carpet tiles will be fitted in Mirela's classroom by the end of the spring term 2027."
F2_SEAT = "Mirela will sit near the front and to one side, away from the door and the projector fan, with her back to the window."
F2_GRAM = "A 15-minute grammar session twice a week with the teaching assistant, on word endings in speech and writing, using the programme set by the Teacher of the Deaf."

G2_CI = "The Westmarch Children's Cochlear Implant Centre will see Mirela every six months to review and tune both processors."
G2_DAILY = "School staff will check Mirela's processors and radio aid every morning, with training from the cochlear implant centre."

TOD2 = "teacher_of_the_deaf_report.docx"
CI2 = "cochlear_implant_centre_letter.pdf"
EQ2 = "radio_aid_equipment_review.pdf"


def _em(sid: str) -> tuple:
    return ("H", sid, f"Section {sid} \u2014 {TITLE[sid]}", "h1")


CASE_02 = dict(
    name="case-evalbs-02",
    layout="section-word-letter-em-dash-title-case-f-staffing-teaching-equipment-subheads",
    summary=(
        "Corringham Borough Council; Mirela Kostadinova-Hart, 10 years 5 months, Year 6 at Ashgrove Junior School "
        "(bilateral cochlear implants, speech perception poor in noise, widening gap in reading and writing, "
        "listening fatigue, falling confidence). PDF headings 'Section B \u2014 Special Educational Needs'; Section F "
        "is split under the council's subheads Staffing, Teaching and learning, Equipment and environment. A Teacher "
        "of the Deaf's report (.docx, Recommendation / Who and how often / Reason table), a cochlear implant centre "
        "letter (.pdf, reported speech) and a radio aid and equipment review (.pdf, first person plural, bullets "
        "with the reasons mixed in)."
    ),
    note="The recommended daily listening check by a named teaching assistant stands in Section G as a school task trained by the implant centre: provision in the wrong section. The implant centre's own six-monthly reviews in G are health provision. Implant history, aided thresholds and classroom acoustic measurements are background and assessment.",
    plan=dict(
        file="plan.pdf",
        footer="Corringham Borough Council | EHCP | M Kostadinova-Hart | Final | page {n} of {m}",
        author="Corringham SEND Service",
        title="EHCP Mirela Kostadinova-Hart",
        blocks=[
            ("org", "Corringham Borough Council"),
            ("small", "SEND Service, Civic Offices, Market Square, Corringham - 01632 960733"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Mirela Kostadinova-Hart"),
                    ("Date of birth", "2 May 2016"),
                    ("NHS number", "999 527 0386"),
                    ("School and year", "Ashgrove Junior School, Year 6"),
                    ("Date of plan", "30 October 2026"),
                ],
            ),
            _em("A"),
            (
                "S",
                "A",
                "Mirela loves gymnastics, baking with her grandmother and making short films on her tablet, and she wants to be a vet.",
            ),
            (
                "p",
                "Mirela said: 'I want teachers to know I can hear them, just not when everyone is talking.' Her parents want her to catch up with her reading before secondary school.",
            ),
            _em("B"),
            ("S", "B", B2_NOISE),
            ("p", [B2_ASK, B2_KIT]),
            ("p", [B2_ATT, B2_VOCAB, B2_GRAM]),
            ("p", B2_CONF),
            _em("C"),
            (
                "S",
                "C",
                "Mirela was born with a profound hearing loss and has cochlear implants in both ears, which she wears all day.",
            ),
            _em("D"),
            ("S", "D", "No social care needs have been identified."),
            _em("E"),
            (
                "S",
                "E",
                "By July 2027 Mirela will read and explain at least 30 new topic words from each term's science and history units.",
            ),
            (
                "p",
                "By July 2027 Mirela will ask for repetition or clarification in class at least once in most lessons.",
            ),
            (
                "p",
                "By July 2027 Mirela will report a flat battery or a fault with her equipment to an adult herself.",
            ),
            _em("F"),
            (
                "S",
                "F",
                "The provision below will be put in place by Ashgrove Junior School unless it says otherwise.",
            ),
            ("b", "Staffing"),
            ("bul", [("F", F2_TOD, True), ("F", F2_TRAIN, False)]),
            ("b", "Teaching and learning"),
            ("bul", [("F", F2_PRE, True), ("F", F2_GRAM, True), ("F", F2_CHECK, False)]),
            ("b", "Equipment and environment"),
            ("bul", [("F", F2_RADIO, False), ("F", F2_ACOUS, True), ("F", F2_SEAT, True)]),
            _em("G"),
            ("S", "G", G2_CI),
            ("p", G2_DAILY),
            _em("H1"),
            ("S", "H1", "Not applicable."),
            _em("H2"),
            ("S", "H2", "None at present."),
            _em("I"),
            ("S", "I", "Ashgrove Junior School, Ferry Lane, Corringham (mainstream academy)."),
            _em("J"),
            ("S", "J", "Not requested."),
            _em("K"),
            (
                "S",
                "K",
                "Teacher of the Deaf report (Ms R Odunsi, September 2026); letter from the Westmarch Children's Cochlear Implant Centre (August 2026); radio aid and equipment review (September 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=TOD2,
            footer="Corringham Hearing Support Team - Teacher of the Deaf advice - Mirela Kostadinova-Hart",
            author="R Odunsi",
            blocks=[
                ("org", "Corringham Hearing Support Team"),
                ("small", "Sensory Service, Brookfield House, Corringham - 01632 960741"),
                ("title", "Teacher of the Deaf Report"),
                (
                    "p",
                    "Pupil: Mirela Kostadinova-Hart, Year 6. Report by Ms Ruth Odunsi, qualified Teacher of the Deaf. Date: 18 September 2026.",
                ),
                ("h", 1, "1. Background and current support"),
                (
                    "p",
                    [
                        X(
                            "Mirela received her right implant at 14 months and her left at three years, and she has been a confident user of both since early childhood.",
                            "history",
                        ),
                        X(
                            "She currently has a Teacher of the Deaf visit twice a year and uses a radio aid in some lessons.",
                            "support already in place",
                        ),
                        X(
                            "Until Year 4 she was working at age-related expectations in all subjects.",
                            "history",
                        ),
                    ],
                ),
                ("h", 1, "2. Assessment"),
                (
                    "p",
                    [
                        N(
                            "Mirela's speech perception falls sharply in background noise: she repeated 88% of sentences correctly in the quiet test room but only 46% against recorded classroom babble.",
                            "communication_interaction",
                            B2_NOISE,
                        ),
                        X(
                            "Her single-word reading is within the average range for her age (standard score 94).",
                            "assessment result",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "She is now working below age-related expectations in reading comprehension and in writing, and the gap with her classmates has widened over the past year.",
                            "cognition_learning",
                            B2_ATT,
                        ),
                        N(
                            "Her receptive vocabulary is around two years below her age, particularly for subject words in science and history.",
                            "communication_interaction",
                            B2_VOCAB,
                        ),
                        N(
                            "She omits grammatical word endings such as -ed and plural -s in her speech, and the same errors appear in her written work.",
                            "communication_interaction",
                            B2_GRAM,
                        ),
                    ],
                ),
                ("h", 1, "3. In the classroom"),
                (
                    "p",
                    [
                        N(
                            "Mirela rarely asks for repetition and often nods as though she has understood when she has not, so her teachers overestimate how much she has followed.",
                            "communication_interaction",
                            B2_ASK,
                        ),
                        N(
                            "In group discussions she cannot work out which child is speaking and loses the thread when several talk at once.",
                            "communication_interaction",
                            None,
                        ),
                        N(
                            "She tires markedly from the effort of listening all morning, and after lunch her attention drops and she stops answering questions.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "Mirela told me that she feels 'stupid' when she gets an answer wrong because she misheard the question.",
                        N(
                            "Her mother reports that Mirela has started saying she does not want to go to school, and her class teacher has noticed she no longer puts her hand up.",
                            "semh",
                            B2_CONF,
                        ),
                    ],
                ),
                ("h", 1, "4. Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Who and how often", "Reason"],
                        [
                            R(
                                "Visits from a Teacher of the Deaf to monitor Mirela's listening and language, review her targets and advise staff.",
                                "cognition_learning",
                                "less",
                                F2_TOD,
                            ),
                            "Teacher of the Deaf, one hour every fortnight",
                            X(
                                "Twice-yearly visits have not picked up how far she has slipped.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Pre-teaching of new subject vocabulary in a quiet room, following a programme I will provide each half term.",
                                "communication_interaction",
                                "specific",
                                F2_PRE,
                            ),
                            "Teaching assistant, three sessions of 20 minutes a week",
                            X(
                                "Words she has met before are far easier to pick out in a noisy lesson.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Targeted teaching of grammatical word endings in speech and writing.",
                                "communication_interaction",
                                "specific",
                                F2_GRAM,
                            ),
                            "Teaching assistant, 15 minutes twice a week",
                            X(
                                "Mirela does not hear these quiet sounds at the ends of words in class.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "After whole-class teaching, the teacher should check Mirela's understanding of the task individually, and repeat other pupils' answers before responding to them.",
                                "communication_interaction",
                                "not_specific",
                                F2_CHECK,
                            ),
                            "Class teacher, every lesson",
                            X(
                                "She cannot hear answers from the back of the room.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "A listening break of 10 minutes in a quiet space, with no listening demands, straight after lunch.",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            "Teaching assistant, every school day",
                            X(
                                "Deaf pupils who rest their listening recover concentration for the afternoon.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Sessions on self-advocacy: explaining her deafness to others, asking for repetition and using repair strategies when she has misheard.",
                                "semh",
                                "missing_from_f",
                            ),
                            "Teacher of the Deaf or a trained teaching assistant, 30 minutes weekly for two terms",
                            X(
                                "This will help her before the move to secondary school, where she will meet many new teachers.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Training for Mirela's class teacher and teaching assistant on cochlear implants, radio aids and deaf-friendly teaching.",
                                "sensory_physical",
                                "not_specific",
                                F2_TRAIN,
                            ),
                            "Hearing Support Team, a twilight session at the start of each school year",
                            X(
                                "Mirela will have new staff in September.",
                                "reason for a recommendation",
                            ),
                        ],
                    ],
                    [2.8, 1.7, 2.0],
                ),
                (
                    "p",
                    [
                        X(
                            "I considered recommending a place at the hearing-impaired resource base at Kingsmere Primary, but Mirela is in her last year, and her parents and I agree she should stay with her friends.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("p", "R Odunsi, Teacher of the Deaf"),
            ],
        ),
        dict(
            file=CI2,
            footer="Westmarch Children's Cochlear Implant Centre - confidential",
            author="S Brannigan",
            blocks=[
                ("org", "Westmarch Children's Cochlear Implant Centre"),
                (
                    "small",
                    "Westmarch University Hospitals NHS Trust, Audiology Wing, Westmarch - 01632 960760",
                ),
                ("small", "Our ref: CI/4471/MKH - 27 August 2026"),
                ("p", "To: SEND Service, Corringham Borough Council"),
                ("p", "Re: Mirela KOSTADINOVA-HART, DOB 02/05/2016, NHS 999 527 0386"),
                ("p", "Dear colleagues,"),
                (
                    "p",
                    [
                        "I saw Mirela with her father at her annual review on 19 August.",
                        X(
                            "Both implants are working well, and her aided thresholds are 20 to 25 dB across the speech frequencies, which is within the range we expect.",
                            "assessment result",
                        ),
                        X(
                            "Her processors were upgraded in March, and she has adjusted well to them.",
                            "history",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "Mr Hart told me that Mirela often comes home with a flat battery and has missed whole lessons without anyone noticing.",
                        N(
                            "Mirela cannot hear her processors' low-battery warning in a noisy room and does not yet manage her own equipment, such as changing a battery or reporting a fault.",
                            "sensory_physical",
                            B2_KIT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "He said that her speech perception in quiet is as good as it has ever been, and our own testing agrees.",
                            "assessment result",
                        ),
                        "Her difficulty, as her father described it, is in the classroom, not the clinic.",
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "We will continue to see Mirela every six months to review and tune both processors.",
                            "health",
                            "not_educational",
                            G2_CI,
                            section="G",
                        ),
                        R(
                            "At home, her parents might keep a quiet half hour after school, with the television off, so that Mirela can rest from listening.",
                            "sensory_physical",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Yours sincerely,"),
                (
                    "sig",
                    [
                        "Sinead Brannigan",
                        "Clinical Scientist (Audiology), Paediatric Cochlear Implant Programme",
                    ],
                ),
            ],
        ),
        dict(
            file=EQ2,
            footer="Corringham Hearing Support Team - radio aid and equipment review - page {n}",
            author="Corringham Hearing Support Team",
            sans=True,
            blocks=[
                ("org", "Corringham Hearing Support Team - Equipment and Acoustics"),
                ("title", "Radio Aid and Equipment Review"),
                (
                    "kv",
                    [
                        ("Pupil", "Mirela Kostadinova-Hart"),
                        ("Visit", "Ashgrove Junior School, Year 6 classroom, 10 September 2026"),
                        ("Reviewed by", "Tom Askew, educational audiologist, with Ms R Odunsi"),
                    ],
                ),
                ("h", 1, "What we measured"),
                (
                    "bul",
                    [
                        X(
                            "The classroom has a reverberation time of 0.9 seconds, well above the 0.4 seconds recommended for rooms used by deaf pupils.",
                            "assessment result",
                        ),
                        X(
                            "Noise during group work reached 68 dB, and the projector fan alone gives 45 dB at Mirela's current seat.",
                            "assessment result",
                        ),
                        X(
                            "Her radio aid transmitter is kept in the teacher's drawer and was in use in only two of the five lessons we saw.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 1, "What we recommend"),
                (
                    "bul",
                    [
                        [
                            R(
                                "We recommend that Mirela's radio aid is used in every lesson, with the teacher wearing the transmitter and a second pass-around microphone used in group work and class discussion.",
                                "sensory_physical",
                                "not_specific",
                                F2_RADIO,
                            ),
                            X(
                                "The radio aid carries the teacher's voice straight to her processors, over the noise in the room.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "We recommend acoustic treatment of the classroom, with absorbent ceiling panels and carpet tiles, completed by the end of the spring term 2027.",
                                "sensory_physical",
                                "specific",
                                F2_ACOUS,
                            ),
                            "This will bring the reverberation time below 0.4 seconds.",
                        ],
                        R(
                            "Mirela should sit near the front, to one side, away from the door and the projector fan, with her back to the window so that the teacher's face is lit.",
                            "sensory_physical",
                            "specific",
                            F2_SEAT,
                        ),
                        [
                            R(
                                "A named teaching assistant should carry out a listening check of both processors and the radio aid at 8.45 every morning, using the six-sound check, and log any faults.",
                                "sensory_physical",
                                "wrong_section",
                                G2_DAILY,
                                section="G",
                            ),
                            X(
                                "Faults found at 8.45 can be fixed before the first lesson, instead of Mirela going a whole morning without sound.",
                                "reason for a recommendation",
                            ),
                        ],
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "We looked at whether a soundfield system would be enough on its own, but in a room this reverberant it would also amplify the noise, so we have not recommended one.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("p", "Tom Askew, educational audiologist, 14 September 2026"),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbs-03: Felhampton County Council; Tomasz Wierzbicki-Lowe, 8, learning braille
# layout "bold-statutory-names-f-numbered-provision-rows-unlettered": bold paragraph
# headings with the statutory names alone, no letters; Section F one table of numbered
# rows (No. / Provision / Staff / How often).
# ---------------------------------------------------------------------------

B3_PRINT = (
    "Tomasz can no longer see print, so he is learning to read with his fingers, using braille."
)
B3_SLOW = (
    "Tomasz is still a beginner at braille and reads much more slowly than his friends read print."
)
B3_MATHS = "Tomasz finds it hard to make sense of raised pictures and diagrams in maths, and he is less sure of shape and measuring than of numbers."
B3_MOVE = "Tomasz needs an adult to take him from place to place around school."
B3_LUNCH = (
    "At lunch Tomasz needs help to find the food on his plate, to cut it and to pour a drink."
)
B3_PLAY = "Tomasz often feels left out at playtime."
B3_LIGHT = "Bright light and glare hurt Tomasz's eyes."
B3_TIRE = (
    "Reading braille takes Tomasz a lot of effort and he tires after about a quarter of an hour."
)

F3_BRAILLE = "Braille teaching as advised by the Sensory Support Service."
F3_TA = "A teaching assistant with braille skills will support Tomasz in lessons."
F3_KIT = "A Perkins brailler, a tactile drawing board and a set of tactile maths equipment for Tomasz's own use in school."
F3_MAT = "Class materials will be adapted into braille where possible."
F3_MARK = "Tactile markers on the doors of Tomasz's classroom, the toilets, the hall and the office, and a warning to Tomasz before any furniture is moved."
F3_LUNCH = "At lunch an adult will tell Tomasz where his food is on the plate using the clock face, and he will use a plate with a raised rim."
F3_SEAT = "Tomasz will sit with his back to the window, away from glare, and may wear his tinted glasses in class."
F3_PLAY = "Adapted playground games, including a ball with a bell, set up by an adult with a small group of friends."
F3_SSS = "Access to the Sensory Support Service for advice."

G3_EYE = "Mr Farrant, consultant paediatric ophthalmologist, will review Tomasz in the eye clinic once a year."
H2_HAB = "The Felhampton Sensory Team's habilitation specialist will offer Tomasz a block of mobility sessions during the year."

QTVI3 = "qtvi_report.pdf"
HAB3 = "habilitation_report.docx"
EYE3 = "ophthalmology_letter.pdf"


def _bold(sid: str) -> tuple:
    return ("H", sid, NAMES[sid], "b")


CASE_03 = dict(
    name="case-evalbs-03",
    layout="bold-statutory-names-f-numbered-provision-rows-unlettered",
    summary=(
        "Felhampton County Council; Tomasz Wierzbicki-Lowe, 8 years 6 months, Year 4 at St Bride's CE Primary School "
        "(Leber congenital amaurosis, now a braille learner; mobility, lunchtime independence, tactile maths, "
        "isolation at playtime, light sensitivity). The headings are bold paragraphs with the statutory names alone, "
        "**no letters**; Section F is one table of numbered rows (No. / Provision / Staff / How often). A qualified "
        "Teacher of the Visually Impaired's report (.pdf, options considered and recommendations argued at length), "
        "a habilitation specialist's report (.docx, Recommendation / Reason / What it will help Tomasz do table) "
        "and an ophthalmologist's letter (.pdf)."
    ),
    note="The habilitation specialist's weekly cane, route and independence training in school stands in the H2 section as a Sensory Team offer: provision in the wrong section. Nothing in F says who teaches braille or how often; the braille-skilled assistant is there but not for all lessons. The annual eye clinic in G is health provision.",
    plan=dict(
        file="plan.docx",
        footer="Felhampton County Council EHC plan - Tomasz Wierzbicki-Lowe - final - 6 November 2026",
        author="Felhampton SEND",
        title="Education, Health and Care Plan - Tomasz Wierzbicki-Lowe",
        blocks=[
            ("org", "Felhampton County Council"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Child", "Tomasz Wierzbicki-Lowe, born 9 April 2018"),
                    ("NHS number", "999 661 4028"),
                    ("School", "St Bride's CE Primary School, Felhampton (Year 4)"),
                    ("Parent", "Mrs Kasia Wierzbicka-Lowe"),
                    ("SEND officer", "Ms N Grewal, 01632 960812"),
                ],
            ),
            _bold("A"),
            (
                "S",
                "A",
                "Tomasz loves music, especially drumming, and audiobooks about space, and he wants to be an astronaut or a radio presenter.",
            ),
            (
                "p",
                "His mum would like Tomasz to read and write as well as his friends, in braille, and to get around school on his own.",
            ),
            _bold("B"),
            ("S", "B", B3_PRINT),
            ("p", [B3_SLOW, B3_TIRE]),
            ("p", B3_MATHS),
            ("p", [B3_MOVE, B3_LUNCH]),
            ("p", [B3_LIGHT, B3_PLAY]),
            _bold("C"),
            (
                "S",
                "C",
                "Tomasz has Leber congenital amaurosis, an inherited eye condition, and his sight has got worse over the last two years.",
            ),
            _bold("D"),
            (
                "S",
                "D",
                "Tomasz is known to the Children with Disabilities Team; no social care needs relating to school were identified.",
            ),
            _bold("E"),
            (
                "S",
                "E",
                "By July 2027 Tomasz will read a familiar braille book aloud at 25 words a minute.",
            ),
            (
                "p",
                "By July 2027 Tomasz will walk from his classroom to the hall and the toilets on his own.",
            ),
            ("p", "By July 2027 Tomasz will eat his lunch with little adult help."),
            _bold("F"),
            ("S", "F", "St Bride's CE Primary School will provide the following."),
            (
                "grid",
                [
                    ["No.", "Provision", "Staff", "How often"],
                    ["1", ("F", F3_BRAILLE, False), "Sensory Support Service", "Regularly"],
                    ["2", ("F", F3_TA, True), "Teaching assistant", "15 hours a week"],
                    [
                        "3",
                        ("F", F3_KIT, True),
                        "School, with the Sensory Support Service",
                        "Provided by January 2027 and kept in Tomasz's classroom",
                    ],
                    ["4", ("F", F3_MAT, False), "Teaching assistant", "Ongoing"],
                    [
                        "5",
                        ("F", F3_MARK, True),
                        "Site manager and class teacher",
                        "Markers fitted by half term; warning every time",
                    ],
                    ["6", ("F", F3_LUNCH, True), "Lunchtime supervisor", "Every school lunch"],
                    ["7", ("F", F3_SEAT, True), "Class teacher", "Every lesson"],
                    ["8", ("F", F3_PLAY, True), "Teaching assistant", "Two playtimes a week"],
                    ["9", ("F", F3_SSS, False), "Sensory Support Service", "As needed"],
                ],
                [0.4, 3.0, 1.6, 1.5],
            ),
            _bold("G"),
            ("S", "G", G3_EYE),
            _bold("H1"),
            ("S", "H1", "None."),
            _bold("H2"),
            ("S", "H2", H2_HAB),
            _bold("I"),
            (
                "S",
                "I",
                "St Bride's CE Primary School, Church Street, Felhampton (voluntary aided mainstream primary).",
            ),
            _bold("J"),
            ("S", "J", "No personal budget."),
            _bold("K"),
            (
                "S",
                "K",
                "Advice from Mrs Gwen Oyelaran, Teacher of the Visually Impaired; Mr Luke Tasker, habilitation specialist; Mr R Farrant, consultant ophthalmologist; Tomasz and his mum.",
            ),
        ],
    ),
    reports=[
        dict(
            file=QTVI3,
            footer="Felhampton Sensory Support Service - Vision Team - QTVI advice - page {n} of {m}",
            author="G Oyelaran",
            blocks=[
                ("org", "Felhampton Sensory Support Service - Vision Team"),
                (
                    "small",
                    "The Pavilion, Mill Road, Felhampton - 01632 960820 - vision.team@felhampton.example.org",
                ),
                (
                    "title",
                    "Advice of the Qualified Teacher of Children and Young People with Vision Impairment",
                ),
                (
                    "p",
                    "Tomasz Wierzbicki-Lowe, Year 3 (Year 4 from September). Advice written by Mrs Gwen Oyelaran, QTVI, on 3 July 2026, after visits to school on 16, 23 and 30 June and a home visit on 25 June.",
                ),
                ("h", 1, "Background"),
                (
                    "p",
                    [
                        X(
                            "Tomasz was diagnosed with Leber congenital amaurosis at 18 months, and until Year 2 he read enlarged print of 36 point with a video magnifier.",
                            "history",
                        ),
                        X(
                            "Since January 2025 he has been learning braille with me for 30 minutes each week.",
                            "support already in place",
                        ),
                        X(
                            "His speaking and listening are a real strength, and his vocabulary is above average for his age.",
                            "strength",
                        ),
                        X(
                            "He already knows the whole braille alphabet and about 20 contractions, which is good progress in eighteen months.",
                            "progress",
                        ),
                    ],
                ),
                ("h", 1, "Tomasz's current needs"),
                (
                    "p",
                    [
                        N(
                            "Tomasz can no longer read print of any size, even with magnification, and braille is now his only reading medium.",
                            "sensory_physical",
                            B3_PRINT,
                        ),
                        N(
                            "His braille reading is at an early stage: he reads about 12 words a minute, far slower than his classmates read print.",
                            "cognition_learning",
                            B3_SLOW,
                        ),
                        N(
                            "Because decoding braille still takes so much effort, his accuracy falls away after about 15 minutes of reading.",
                            "cognition_learning",
                            B3_TIRE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "He cannot yet write independently on the Perkins brailler, and he depends on an adult to scribe his ideas.",
                            "cognition_learning",
                            None,
                        ),
                        N(
                            "Tomasz has difficulty interpreting the tactile graphics used in maths, such as raised diagrams and number lines, and his understanding of shape and measures lags behind his number work.",
                            "cognition_learning",
                            B3_MATHS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Tomasz has become withdrawn at playtime and told me that 'nobody wants to play with me because I can't see the ball'.",
                            "semh",
                            B3_PLAY,
                        ),
                        "His mum said he has asked why he has to be blind.",
                    ],
                ),
                ("h", 1, "Options I considered"),
                (
                    "p",
                    [
                        X(
                            "One option would be for Tomasz to continue with print using a stronger magnifier for short tasks, but his ophthalmologist's letter makes clear that his remaining vision will not support this, so I do not recommend it.",
                            "option considered and rejected",
                        ),
                        X(
                            "A second option would be a place at a specialist school for blind pupils, which Tomasz's mum visited in May; she decided against it because it would mean weekly boarding, and I agree that St Bride's can meet his needs with the right support.",
                            "option considered and rejected",
                        ),
                        "The third option, which I recommend, is for Tomasz to stay at St Bride's and become a fluent braille reader and writer, with daily specialist teaching and a trained assistant.",
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "p",
                    [
                        R(
                            "Tomasz should be taught braille by a qualified Teacher of the Visually Impaired for 30 minutes every school day, in a quiet room, following a structured braille reading scheme.",
                            "cognition_learning",
                            "not_specific",
                            F3_BRAILLE,
                        ),
                        X(
                            "At present he has one session a week, and braille learners of his age need short daily practice for the code to become automatic; with weekly teaching alone, he is unlikely to read at a functional speed before he moves to secondary school.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "A teaching assistant trained to Unified English Braille Grade 2 should be with Tomasz in all lessons, to prepare braille and tactile materials and to support him to use them.",
                            "cognition_learning",
                            "less",
                            F3_TA,
                        ),
                        X(
                            "Without such support he cannot take part in any lesson that uses written material, which in a primary classroom is nearly all of them.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Tomasz should have 15 minutes of braille writing practice on the Perkins brailler every day with his teaching assistant, so that he can begin to record his own work.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "All worksheets, books and displays should be given to Tomasz in braille or tactile form at the same time as his classmates receive theirs, with teachers sending materials to the teaching assistant at least one school day ahead.",
                            "cognition_learning",
                            "not_specific",
                            F3_MAT,
                        ),
                        R(
                            "School should provide a Perkins brailler, a tactile drawing board and a set of tactile maths equipment for his own use.",
                            "sensory_physical",
                            "specific",
                            F3_KIT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Adapted playground games, such as football with a ball with a bell in it, should be set up by an adult with a small group of friends at two playtimes each week.",
                            "semh",
                            "specific",
                            F3_PLAY,
                        ),
                        X(
                            "When Tomasz has a game he can join, he is a lively and popular playmate.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "At home, the family could label everyday things in braille, such as his cereal box and toy boxes, so that he meets braille all through the day.",
                            "cognition_learning",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Gwen Oyelaran, QTVI, Felhampton Sensory Support Service"),
            ],
        ),
        dict(
            file=HAB3,
            style="headed",
            footer="Felhampton Sensory Team - habilitation assessment - Tomasz Wierzbicki-Lowe",
            author="L Tasker",
            blocks=[
                ("org", "Felhampton Sensory Team - Habilitation"),
                ("small", "The Pavilion, Mill Road, Felhampton - 01632 960826"),
                ("title", "Habilitation Assessment Report"),
                (
                    "kv",
                    [
                        ("Child", "Tomasz Wierzbicki-Lowe"),
                        (
                            "Habilitation specialist",
                            "Luke Tasker, Rehabilitation Worker Visual Impairment (children and young people)",
                        ),
                        ("Assessed", "St Bride's CE Primary School, 7 and 14 July 2026"),
                    ],
                ),
                ("h", 1, "Summary of assessment"),
                (
                    "p",
                    [
                        X(
                            "Tomasz is a confident, chatty boy who uses sound well to work out where he is, for example turning towards the hall when he hears the piano.",
                            "strength",
                        ),
                        N(
                            "Tomasz cannot move around the school site on his own and is guided by an adult between his classroom, the hall, the toilets and the playground.",
                            "sensory_physical",
                            B3_MOVE,
                        ),
                        N(
                            "He does not yet use a long cane, and his protective techniques, such as trailing a wall or holding an arm across his body, are inconsistent.",
                            "sensory_physical",
                            None,
                        ),
                        N(
                            "He needs help with everyday living skills at lunchtime, such as finding food on his plate, cutting it and pouring a drink.",
                            "sensory_physical",
                            B3_LUNCH,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Last year he would not leave his mum's side in unfamiliar places, but he now explores new rooms with an adult's arm.",
                            "progress",
                        ),
                        X(
                            "His mum already practises the route from the car park to the school gate with him each morning.",
                            "support already in place",
                        ),
                        X(
                            "He manages the toilet and hand-washing on his own once he is in the room.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Reason", "What it will help Tomasz do"],
                        [
                            R(
                                "Habilitation training with a qualified habilitation specialist for one hour each week in school, covering long cane skills, learning routes around the school site and independent living skills at lunchtime.",
                                "sensory_physical",
                                "wrong_section",
                                H2_HAB,
                                section="H2",
                            ),
                            X(
                                "Cane skills have to be taught and practised on the routes Tomasz uses every day, not in a block once a year.",
                                "reason for a recommendation",
                            ),
                            "Move around school on his own by the end of Year 4",
                        ],
                        [
                            R(
                                "Tactile markers on the doors of his classroom, the toilets, the hall and the office, and warning Tomasz before any furniture is moved.",
                                "sensory_physical",
                                "specific",
                                F3_MARK,
                            ),
                            "He learns routes by landmarks he can touch.",
                            "Find the rooms he uses most",
                        ],
                        [
                            R(
                                "Lunchtime staff should describe his plate using the clock face and give him a plate with a raised rim.",
                                "sensory_physical",
                                "specific",
                                F3_LUNCH,
                            ),
                            X(
                                "The rim stops food being pushed off the plate, which has been embarrassing him in front of others.",
                                "reason for a recommendation",
                            ),
                            "Eat his lunch with little help",
                        ],
                    ],
                    [2.8, 2.0, 1.6],
                ),
                (
                    "p",
                    [
                        X(
                            "I thought about recommending a guide cane for the playground first, but Tomasz already walks confidently with an adult, so a long cane is the better starting point.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("p", "Luke Tasker, 20 July 2026"),
            ],
        ),
        dict(
            file=EYE3,
            footer="Felhampton and Vale NHS Trust - Paediatric Ophthalmology",
            author="R Farrant",
            blocks=[
                ("org", "Felhampton and Vale NHS Trust - Paediatric Ophthalmology"),
                ("small", "Eye Department, Felhampton General Hospital - 01632 960840"),
                ("small", "Clinic date 2 June 2026 - typed 9 June 2026"),
                (
                    "p",
                    "To: SEND Team, Felhampton County Council. cc: Mrs K Wierzbicka-Lowe; Mrs G Oyelaran, QTVI",
                ),
                ("p", "Re: Tomasz WIERZBICKI-LOWE, DOB 09/04/2018, NHS 999 661 4028"),
                ("b", "Diagnosis"),
                (
                    "p",
                    "Leber congenital amaurosis (confirmed genetically); photophobia; nystagmus.",
                ),
                ("p", "Dear colleagues,"),
                (
                    "p",
                    [
                        X(
                            "Tomasz's visual acuity is now perception of light in the right eye and hand movements at one metre in the left, a further decline since last year.",
                            "assessment result",
                        ),
                        X("He is registered as severely sight impaired (blind).", "background"),
                        X(
                            "There is no treatment that will restore his sight, and I do not expect it to improve.",
                            "background",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "He is strongly light-sensitive and finds bright sunlight and glare painful, which makes him screw up his eyes and turn away.",
                            "sensory_physical",
                            B3_LIGHT,
                        ),
                        R(
                            "In class he should sit with his back to the window, away from glare, and be allowed to wear his tinted glasses indoors when he needs to.",
                            "sensory_physical",
                            "specific",
                            F3_SEAT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "I will review him in the eye clinic in twelve months.",
                            "health",
                            "not_educational",
                            G3_EYE,
                            section="G",
                        ),
                        X(
                            "Genetic counselling has been offered to the family and they have attended.",
                            "support already in place",
                        ),
                    ],
                ),
                ("p", "Yours sincerely,"),
                ("sig", ["Mr Robert Farrant FRCOphth", "Consultant Paediatric Ophthalmologist"]),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbs-04: Dunmere City Council; Leo Farrimond-Osei, moving to secondary (CVI, CP)
# layout "band-section-word-letter-colon-sentence-case-f-split-lessons-getting-around-starting":
# PDF headings drawn as shaded bands, "Section B: Special educational needs"; Section F
# split under the council's own subheads In lessons, Getting around school, Starting at
# Harwood.
# ---------------------------------------------------------------------------

B4_CVI = "Leo's eyes work, but his brain struggles to make sense of what he sees, particularly when there is a lot to look at."
B4_FIELD = (
    "Leo does not notice things low down in front of him, such as steps or bags on the floor."
)
B4_FACES = "Leo cannot pick out people he knows in a crowd, and he knows adults by their voices."
B4_PRINT = "Leo reads slowly and needs large, well-spaced print."
B4_HAND = "Writing by hand is slow and tiring for Leo because of his cerebral palsy."
B4_WORRY = "Leo is very worried about moving to a big secondary school."
B4_WALK = (
    "Leo walks on his own but is unsteady on stairs and gets tired if he has to walk a long way."
)
B4_CARRY = "Leo cannot carry his bag and books safely on the stairs."

F4_PRINT = "All worksheets and texts will be given to Leo in 24-point Arial, double-spaced, with one task on each page, at the start of each lesson."
F4_LAPTOP = "A laptop with magnification software, with the teacher's slides shared to it, for Leo to use in every lesson."
F4_TYPE = "Touch-typing practice with a teaching assistant three times a week for 20 minutes, until Leo can type 25 words a minute."
F4_TA = "A teaching assistant will support Leo in science, design technology and food lessons, for 6 hours a week."
F4_PE = "Adapted PE, as appropriate."
F4_QTVI = "Regular visits from a Qualified Teacher of the Visually Impaired to advise staff."
F4_EARLY = "Leo may leave lessons early when needed."
F4_LIFT = "Leo will have a lift pass, a locker on the ground floor and a second set of textbooks kept in each classroom, so that he does not carry books between lessons."
F4_TRANS = "A transition plan, including extra visits to Harwood Academy before Leo starts."

G4_PHYSIO = "The children's physiotherapy team at Dunmere Community Health will review Leo each term and give school and home a stretching programme."
G4_TRAIN = "The Dunmere Vision Team will offer training on cerebral visual impairment to Harwood Academy staff."

QTVI4 = "qtvi_cvi_report.pdf"
SENCO4 = "primary_transition_advice.docx"
PHYS4 = "physiotherapy_report.pdf"


def _band(sid: str) -> tuple:
    return ("H", sid, f"Section {sid}: {NAMES[sid]}", "band")


CASE_04 = dict(
    name="case-evalbs-04",
    layout="band-section-word-letter-colon-sentence-case-f-split-lessons-getting-around-starting",
    summary=(
        "Dunmere City Council; Leo Farrimond-Osei, 11 years 5 months (12 when he starts Year 7), Year 6 at Kestrel Lane "
        "Primary School, moving to Harwood Academy in September 2026 (cerebral visual impairment with a lower field "
        "loss, right hemiplegic cerebral palsy, anxiety about the move). PDF headings drawn as shaded bands, "
        "'Section B: Special educational needs'; Section F split under In lessons, Getting around school and Starting "
        "at Harwood. A QTVI's report on his CVI (.pdf, third person, 'Leo will need ...'), the primary school's "
        "transition advice (.docx, first person plural bullets) and a paediatric physiotherapist's report (.pdf, "
        "recommendations argued, options considered)."
    ),
    note="The QTVI's recommended CVI training for every subject teacher before Leo starts stands in Section G as a Vision Team offer: provision in the wrong section. The physiotherapy reviews and programme in G are health provision. Botulinum toxin history, acuity results and the wheelchair option are background.",
    plan=dict(
        file="plan.pdf",
        footer="Dunmere City Council - EHC plan (phase transfer) - Leo Farrimond-Osei - {n}/{m}",
        author="Dunmere SEN Team",
        title="EHC plan - Leo Farrimond-Osei",
        accent="5B2C6F",
        blocks=[
            ("org", "Dunmere City Council - Special Educational Needs Team"),
            ("title", "Education, Health and Care Plan - phase transfer to secondary school"),
            (
                "kv",
                [
                    ("Name", "Leo Farrimond-Osei"),
                    ("Date of birth", "1 September 2014"),
                    ("NHS number", "999 734 5519"),
                    ("Current school", "Kestrel Lane Primary School (Year 6)"),
                    ("From September 2026", "Harwood Academy (Year 7)"),
                    ("Date issued", "12 February 2026"),
                ],
            ),
            _band("A"),
            (
                "S",
                "A",
                "Leo is funny and kind, loves audio dramas and wheelchair basketball, and is proud of his podcast about football.",
            ),
            (
                "p",
                "Leo said: 'I want to find my way around on my own and not be the one who is always lost.' His parents want him to keep up with his friends in his lessons.",
            ),
            _band("B"),
            ("S", "B", B4_CVI),
            ("p", [B4_FIELD, B4_FACES]),
            ("p", [B4_PRINT, B4_HAND]),
            ("p", B4_WORRY),
            ("p", [B4_WALK, B4_CARRY]),
            _band("C"),
            (
                "S",
                "C",
                "Leo has right-sided hemiplegic cerebral palsy and cerebral visual impairment, both following a stroke shortly after birth.",
            ),
            _band("D"),
            ("S", "D", "No social care needs have been identified."),
            _band("E"),
            (
                "S",
                "E",
                "By the end of Year 7 Leo will find his way to all his lessons on his own and on time.",
            ),
            (
                "p",
                "By the end of Year 7 Leo will type his longer pieces of work at 25 words a minute.",
            ),
            (
                "p",
                "By the end of Year 7 Leo will say that he feels settled and safe at Harwood Academy.",
            ),
            _band("F"),
            (
                "S",
                "F",
                "From September 2026 Harwood Academy will make this provision; the transition provision will be made by Kestrel Lane Primary School and Harwood Academy together.",
            ),
            ("b", "In lessons"),
            (
                "bul",
                [
                    ("F", F4_PRINT, True),
                    ("F", F4_LAPTOP, True),
                    ("F", F4_TYPE, True),
                    ("F", F4_TA, True),
                    ("F", F4_PE, False),
                    ("F", F4_QTVI, False),
                ],
            ),
            ("b", "Getting around school"),
            ("bul", [("F", F4_LIFT, True), ("F", F4_EARLY, False)]),
            ("b", "Starting at Harwood"),
            ("bul", [("F", F4_TRANS, False)]),
            _band("G"),
            ("S", "G", G4_PHYSIO),
            ("p", G4_TRAIN),
            _band("H1"),
            ("S", "H1", "No provision is required under section 2."),
            _band("H2"),
            ("S", "H2", "No other social care provision is required at present."),
            _band("I"),
            (
                "S",
                "I",
                "Harwood Academy, Ridgeway Road, Dunmere (mainstream secondary academy), from 1 September 2026.",
            ),
            _band("J"),
            ("S", "J", "Leo's parents have not requested a personal budget."),
            _band("K"),
            (
                "S",
                "K",
                "Advice from Ms Carys Pembridge, QTVI (January 2026); transition advice from Kestrel Lane Primary School (January 2026); report of Mr Idris Haldane, paediatric physiotherapist (December 2025).",
            ),
        ],
    ),
    reports=[
        dict(
            file=QTVI4,
            footer="Dunmere Vision Team - advice on cerebral visual impairment - page {n} of {m}",
            author="C Pembridge",
            blocks=[
                ("org", "Dunmere Vision Team (Sensory Inclusion Service)"),
                (
                    "small",
                    "Hartside Education Centre, Dunmere - 01632 960905 - vision@dunmere.example.org",
                ),
                ("title", "QTVI Advice: Cerebral Visual Impairment"),
                (
                    "p",
                    "Leo Farrimond-Osei, Year 6, Kestrel Lane Primary School. Advice by Ms Carys Pembridge, Qualified Teacher of the Visually Impaired, 20 January 2026, after a functional vision assessment in school on 8 and 15 January.",
                ),
                ("h", 1, "Background"),
                (
                    "p",
                    [
                        X(
                            "Leo's visual acuity is 6/12 in each eye with his glasses, which on its own would not explain the difficulties he has.",
                            "assessment result",
                        ),
                        X(
                            "He was diagnosed with cerebral visual impairment at the age of seven, after his teachers noticed that he could not find his coat on a crowded peg.",
                            "history",
                        ),
                        X(
                            "His colour vision and contrast sensitivity were normal on testing.",
                            "assessment result",
                        ),
                        X(
                            "Kestrel Lane has supported Leo well, with enlarged worksheets and an uncluttered seat near the board.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 1, "Leo's vision and what it means for learning"),
                (
                    "p",
                    [
                        N(
                            "Leo has cerebral visual impairment: his eyes are healthy, but his brain has difficulty processing what he sees, especially in busy or cluttered scenes.",
                            "sensory_physical",
                            B4_CVI,
                        ),
                        N(
                            "He has a lower visual field loss, so he does not see steps, kerbs or objects on the floor in front of him.",
                            "sensory_physical",
                            B4_FIELD,
                        ),
                        N(
                            "Leo cannot find a familiar face in a crowd, and he recognises staff by their voices rather than their faces.",
                            "communication_interaction",
                            B4_FACES,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Reading is slow and tiring, because crowded text makes the words run together; he reads comfortably only in 24-point print, double-spaced, in a single column.",
                            "cognition_learning",
                            B4_PRINT,
                        ),
                        N(
                            "He cannot copy from the interactive whiteboard, because he cannot locate information on a busy screen and loses his place each time he looks down.",
                            "cognition_learning",
                            None,
                        ),
                        N(
                            "On the Harwood taster day Leo became disoriented in the crowded corridors at lesson changeover, could not find his way between rooms and had to be collected by a member of staff.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                ("h", 1, "What Leo will need at secondary school"),
                (
                    "p",
                    [
                        R(
                            "Leo will need a Qualified Teacher of the Visually Impaired to visit Harwood Academy for one hour every fortnight through Year 7, to advise subject teachers, check that his materials are adapted and teach him strategies for scanning and finding information.",
                            "sensory_physical",
                            "not_specific",
                            F4_QTVI,
                        ),
                        X(
                            "At Kestrel Lane one teacher has known him for years; at Harwood he will have twelve or more teachers who have not met a pupil with CVI.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Every subject teacher who teaches Leo should attend the Vision Team's two-hour training on cerebral visual impairment before he starts in September.",
                            "sensory_physical",
                            "wrong_section",
                            G4_TRAIN,
                            section="G",
                        ),
                        R(
                            "Leo will need all printed materials in 24-point Arial, double-spaced, on uncluttered pages with one task at a time, given to him at the start of each lesson.",
                            "cognition_learning",
                            "specific",
                            F4_PRINT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Leo will need a laptop with screen magnification, with the teacher's slides shared to it in every lesson, so that he never has to copy from the board.",
                            "cognition_learning",
                            "specific",
                            F4_LAPTOP,
                        ),
                        X(
                            "A portable video magnifier was tried in Year 5, but it did not help, because the problem is finding the information, not its size.",
                            "option tried and stopped",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "A habilitation specialist should teach Leo the routes between his lessons, starting with two sessions in the summer holiday when the school is empty and then one hour a week in school for the first half term.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        R(
                            "Leo should be allowed to leave each lesson five minutes before the bell, with a named friend, so that he can move around before the corridors fill.",
                            "sensory_physical",
                            "not_specific",
                            F4_EARLY,
                        ),
                    ],
                ),
                ("p", "Carys Pembridge, QTVI, Dunmere Vision Team"),
            ],
        ),
        dict(
            file=SENCO4,
            style="headed",
            footer="Kestrel Lane Primary School - transition advice - Leo Farrimond-Osei",
            author="Kestrel Lane SENCo",
            blocks=[
                ("org", "Kestrel Lane Primary School"),
                ("small", "Kestrel Lane, Dunmere - 01632 960918 - senco@kestrellane.example.org"),
                ("title", "Transition Advice for Leo's EHC Plan"),
                (
                    "p",
                    "Written by Mrs Deborah Ince (SENCo) with Mr Sam Okonjo (Year 6 teacher), January 2026.",
                ),
                ("h", 1, "What we know about Leo"),
                (
                    "bul",
                    [
                        X(
                            "Leo has been at Kestrel Lane since Reception, and we have loved teaching him.",
                            "background",
                        ),
                        X(
                            "He is a strong reader of audiobooks and has excellent general knowledge, and his maths reasoning is at the expected standard.",
                            "strength",
                        ),
                        X(
                            "We have given him enlarged materials, a seat near the board and a teaching assistant for writing tasks since Year 3.",
                            "support already in place",
                        ),
                        N(
                            "Leo's handwriting is slow and hard to read because of the weakness in his right hand, and he tires after a few lines.",
                            "sensory_physical",
                            B4_HAND,
                        ),
                        N(
                            "Leo is very anxious about the move to a much bigger school: on the Harwood taster day he was tearful and asked to go home.",
                            "semh",
                            B4_WORRY,
                        ),
                        X(
                            "He was anxious at the start of Year 5 too, after moving classrooms, but that settled within a few weeks.",
                            "resolved difficulty",
                        ),
                        X(
                            "His attendance this year is 97%, and he is a popular member of the school council.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 1, "What we recommend"),
                (
                    "bul",
                    [
                        [
                            R(
                                "We recommend that Leo has touch-typing lessons of 20 minutes, three times a week, with an adult, until he can type at 25 words a minute.",
                                "sensory_physical",
                                "specific",
                                F4_TYPE,
                            ),
                            X(
                                "He has started a typing programme with us and already types faster than he writes.",
                                "progress",
                            ),
                        ],
                        R(
                            "We recommend at least six extra visits to Harwood Academy in the summer term, each with his teaching assistant, including one at lesson changeover so that he meets the corridors at their busiest, plus a photo book of key staff and rooms.",
                            "semh",
                            "not_specific",
                            F4_TRANS,
                        ),
                        [
                            R(
                                "We recommend that a teaching assistant is with Leo for the first and last ten minutes of every lesson, to set him up and check his homework is recorded, and throughout practical lessons such as science, design technology and food.",
                                "cognition_learning",
                                "less",
                                F4_TA,
                            ),
                            X(
                                "In practical lessons he cannot safely use equipment one-handed with poor sight of the bench.",
                                "reason for a recommendation",
                            ),
                        ],
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "We talked with Leo's parents about asking for a place in a specialist school for visually impaired pupils, but they and Leo want him to go to Harwood with his friends, and we agree.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("p", "Deborah Ince, SENCo"),
            ],
        ),
        dict(
            file=PHYS4,
            footer="Dunmere Community Health - Children's Physiotherapy",
            author="I Haldane",
            sans=True,
            blocks=[
                ("org", "Dunmere Community Health NHS Trust - Children's Physiotherapy"),
                ("small", "Brookside Clinic, Dunmere - 01632 960930"),
                ("title", "Physiotherapy Report for EHC Needs Assessment"),
                (
                    "p",
                    "Leo Farrimond-Osei, DOB 01/09/2014, NHS 999 734 5519. Seen at school on 4 December 2025 by Idris Haldane, Highly Specialist Paediatric Physiotherapist.",
                ),
                ("h", 1, "History"),
                (
                    "p",
                    [
                        X(
                            "Leo had botulinum toxin injections to his right calf in 2024, which improved his walking pattern.",
                            "history: treatment",
                        ),
                        X("He wears a right ankle-foot orthosis during the day.", "background"),
                        X(
                            "He no longer needs the night splint he wore until he was nine.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 1, "Findings"),
                (
                    "p",
                    [
                        N(
                            "Leo has right-sided hemiplegic cerebral palsy: he walks independently, but his balance is poor on stairs and uneven ground, and he tires over long distances.",
                            "sensory_physical",
                            B4_WALK,
                        ),
                        N(
                            "He needs his left hand on the rail on stairs, so he cannot safely carry a bag and books between floors.",
                            "sensory_physical",
                            B4_CARRY,
                        ),
                        X(
                            "His sitting posture in class is good in a standard chair with his feet flat on the floor.",
                            "assessment result",
                        ),
                    ],
                ),
                ("h", 1, "Recommendations and why"),
                (
                    "p",
                    [
                        R(
                            "Leo should have a lift pass, a ground-floor locker and a second set of textbooks in each classroom, so that he never has to carry books on the stairs.",
                            "sensory_physical",
                            "specific",
                            F4_LIFT,
                        ),
                        X(
                            "Harwood is on three floors, and most of his Year 7 lessons will be upstairs.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "In PE, Leo should follow an adapted programme that I will write with the PE department, with a teaching assistant beside him for gymnastics and athletics each week.",
                            "sensory_physical",
                            "not_specific",
                            F4_PE,
                        ),
                        X(
                            "I considered recommending a wheelchair for longer distances, but Leo prefers to walk, and with a lift pass he can manage the distances at Harwood.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Our team will review Leo each term and provide a stretching programme for school and home.",
                            "health",
                            "not_educational",
                            G4_PHYSIO,
                            section="G",
                        ),
                        R(
                            "At home, swimming once a week would help his stamina and balance.",
                            "sensory_physical",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Idris Haldane, Highly Specialist Paediatric Physiotherapist"),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
