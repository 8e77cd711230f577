# ruff: noqa: E501, N802
"""Set AV as data: sensory and physical needs at primary and secondary school (a deaf
child with cochlear implants, a child with cerebral visual impairment, a young person with
cerebral palsy using a powered wheelchair and AAC, and a child with juvenile idiopathic
arthritis and fatigue), in four plan layouts no earlier set has.

Every name, council, school, service, NHS trust and professional is invented. Phone numbers
are in the 01632 960xxx range, e-mail addresses are at example.org and NHS numbers begin
999. Markers are those of evaluation_kit.dataset.
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
# case-evalav-01: Calderbrook MBC; Mia Thornbury-Osei, 6, Year 2 (bilateral cochlear implants)
# layout "square-bracket-letter-prefix": each heading is a Word heading opening with the
# section letter in square brackets ("[B] Special educational needs").
# ---------------------------------------------------------------------------

B1_NOISE = "Mia finds it hard to follow what is said when there is background noise, such as during group work or a busy carpet time."
B1_LANG = "Mia's spoken language is behind that of other children of her age; her sentences are short and she misses out small words."
B1_VOCAB = "She needs to meet new words many more times than other children before she remembers and uses them."
B1_PHON = "Mia mixes up some letter sounds that are hard for her to hear, and this is slowing down her reading and spelling."
B1_EQUIP = (
    "She is not yet able to let an adult know when her hearing equipment has stopped working."
)
B1_COPY = "Mia often copies what other children are doing because she has not heard all of an instruction."

F1_RADIO = "A radio aid (remote microphone) linked to both of Mia's processors, worn by the adult teaching her in every lesson, with training for every adult who teaches her from the Sensory Support Service."
F1_TOD = "Support and advice from the Calderbrook Sensory Support Service as needed."
F1_LANG = "Small-group language sessions with a teaching assistant, once a week for 20 minutes, following a programme set by the teacher of the deaf."
F1_PRE = "Mia will be taught the key words for each topic before the topic begins, in a 10-minute session each school day with her teaching assistant."
F1_CHECK = "A named adult will check Mia's processors and radio aid each morning when she arrives, using the six-sound listening check, and will record the result."
F1_PLAY = "Support at playtimes to help Mia join in with other children."
F1_PHON = "Daily phonics teaching in a group of no more than four, for 15 minutes, with sounds shown with lip patterns and mouth pictures as well as heard."

G1_MAP = "The Northern Hills Cochlear Implant Centre will review and re-tune (map) Mia's processors twice a year and repair or replace equipment when it fails."
G1_AWARE = "The cochlear implant centre's education and habilitation team will offer a deaf awareness session to school staff."

QT1 = "teacher_of_the_deaf_report.docx"
SA1 = "school_advice_senco.docx"


def _sb(sid: str) -> tuple:
    return ("H", sid, f"[{sid}] {NAMES[sid]}", "h2")


CASE_01 = dict(
    name="case-evalav-01",
    layout="square-bracket-letter-prefix",
    summary=(
        "Calderbrook Metropolitan Borough Council; Mia Thornbury-Osei, 6, Year 2 at Brookside Infant School, "
        "a mainstream infant school (profound deafness from birth, bilateral cochlear implants, spoken language "
        "delay). Each heading is a Word heading opening with the section letter in square brackets. A qualified "
        "teacher of the deaf's report (.docx) with a recommendation table (Recommendation / Who / How often / "
        "Reason), and the SENCo's school advice (.docx), written in the first person plural."
    ),
    note="The teacher of the deaf's recommended deaf awareness training for every adult who works with Mia stands in Section G as an offer from the implant centre: provision in the wrong section. Implant mapping and equipment repair in G are health provision. The Who, How often and Reason cells of the table are not needs.",
    plan=dict(
        file="plan.docx",
        footer="Calderbrook MBC - Education, Health and Care Plan - Mia Thornbury-Osei - final plan issued 16 November 2026",
        author="Calderbrook SEND Assessment and Review Team",
        title="EHC Plan - Mia Thornbury-Osei",
        blocks=[
            ("org", "CALDERBROOK METROPOLITAN BOROUGH COUNCIL"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Mia Thornbury-Osei"),
                    ("Date of birth", "11 March 2020"),
                    ("NHS number", "999 614 2083"),
                    ("School", "Brookside Infant School, Year 2"),
                    ("Parents", "Adwoa Osei and Daniel Thornbury, 7 Linnet Rise, Calderbrook"),
                    ("Case officer", "Mr P Haworth, 01632 960204"),
                ],
            ),
            _sb("A"),
            (
                "S",
                "A",
                "Mia loves dancing, her rabbit Biscuit and building dens, and she says her favourite thing at school is 'doing the register in a funny voice'.",
            ),
            (
                "p",
                "Mia's parents want her to talk and listen as well as she can, to read and write like other children, and to be proud of being deaf. Mia would like 'everyone to use my microphone'.",
            ),
            _sb("B"),
            (
                "S",
                "B",
                "Mia was born profoundly deaf in both ears and has had a cochlear implant on each side since she was a toddler; her needs are mainly in communication and interaction, with some in learning.",
            ),
            ("h", 3, "Communication and interaction"),
            ("p", [B1_NOISE, B1_COPY]),
            ("p", [B1_LANG, B1_VOCAB]),
            ("h", 3, "Cognition and learning"),
            ("p", B1_PHON),
            (
                "p",
                "Mia's number work is in line with what is expected for her age, and she remembers what she sees well.",
            ),
            ("h", 3, "Sensory and physical"),
            ("p", B1_EQUIP),
            _sb("C"),
            (
                "S",
                "C",
                "Mia's hearing and implants are looked after by the Northern Hills Cochlear Implant Centre and the Calderbrook children's audiology service.",
            ),
            _sb("D"),
            ("S", "D", "Mia has no social care needs at present."),
            _sb("E"),
            (
                "S",
                "E",
                "By the end of Year 3 Mia will follow a two-part instruction given to the whole class without needing to watch other children first.",
            ),
            (
                "p",
                "By the end of Year 3 Mia will use sentences of six words or more, including words such as 'is', 'the' and 'was', when she talks about what she has done.",
            ),
            (
                "p",
                "By the end of Key Stage 1 Mia will read and spell words using the phonics taught in Year 2.",
            ),
            (
                "p",
                "By the end of Year 3 Mia will tell an adult when her equipment is not working, using her 'my ears' card or her words.",
            ),
            _sb("F"),
            (
                "S",
                "F",
                "Brookside Infant School will make the following provision, overseen by the SENCo, Mrs L Varga, with advice from the Sensory Support Service.",
            ),
            ("h", 3, "Communication and interaction"),
            (
                "bul",
                [
                    ("F", F1_RADIO, True),
                    ("F", F1_TOD, False),
                    ("F", F1_LANG, True),
                    ("F", F1_PRE, True),
                ],
            ),
            ("h", 3, "Cognition and learning"),
            ("bul", [("F", F1_PHON, True)]),
            ("h", 3, "Sensory, physical and social"),
            ("bul", [("F", F1_CHECK, True), ("F", F1_PLAY, False)]),
            _sb("G"),
            ("S", "G", G1_MAP),
            ("p", G1_AWARE),
            _sb("H1"),
            ("S", "H1", "No provision is required under this section."),
            _sb("H2"),
            ("S", "H2", "No other social care provision is required."),
            _sb("I"),
            (
                "S",
                "I",
                "Brookside Infant School, Mill Lane, Calderbrook, a mainstream community infant school.",
            ),
            _sb("J"),
            ("S", "J", "No personal budget has been requested."),
            _sb("K"),
            (
                "S",
                "K",
                "Report of Ms Rhiannon Dace, qualified teacher of the deaf, Calderbrook Sensory Support Service (September 2026); advice from Brookside Infant School (October 2026); parents' views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=QT1,
            style="headed",
            footer="Calderbrook Sensory Support Service - Hearing Impairment Team - advice for EHC needs assessment",
            author="R Dace",
            blocks=[
                ("org", "Calderbrook Sensory Support Service - Hearing Impairment Team"),
                (
                    "small",
                    "The Beacon Centre, Station Road, Calderbrook - 01632 960377 - hi.team@calderbrook-sss.example.org",
                ),
                ("title", "Advice from the Qualified Teacher of the Deaf"),
                (
                    "kv",
                    [
                        ("Child", "Mia Thornbury-Osei, born 11 March 2020"),
                        ("School", "Brookside Infant School, Year 2"),
                        (
                            "Hearing",
                            "Profound bilateral sensorineural deafness; cochlear implants right (2021) and left (2022)",
                        ),
                        (
                            "Author",
                            "Rhiannon Dace, BEd, MSc, Mandatory Qualification (Hearing Impairment)",
                        ),
                        ("Date", "24 September 2026"),
                    ],
                ),
                ("h", 1, "Background"),
                (
                    "p",
                    [
                        X(
                            "Mia's deafness was picked up by the newborn hearing screen, and she wore hearing aids from eight weeks old until her first implant at 14 months.",
                            "history",
                        ),
                        X(
                            "She has been known to the service since then and received weekly home visits from a teacher of the deaf until she started nursery.",
                            "history",
                        ),
                        X(
                            "Her reluctance to keep her processors on, which was a difficulty in Reception, has resolved, and she now puts them on herself every morning.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "The family use spoken English at home, with some Twi from Mia's grandmother.",
                        X(
                            "British Sign Language was discussed with the family when Mia was small; they chose a spoken language approach, which is working well for her, and a signing environment is not being recommended.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("h", 1, "Assessment"),
                (
                    "grid",
                    [
                        ["Assessment", "Result", "Comment"],
                        [
                            "Ling six-sound check",
                            "All six sounds detected",
                            "Both processors working on the day",
                        ],
                        ["Speech perception in quiet (sentences)", "92% key words", "Good"],
                        [
                            "Speech perception in noise (+5 dB)",
                            "40% key words",
                            "Large drop in noise",
                        ],
                        ["CELF-5 UK Core Language", "Standard score 76", "Below average"],
                        [
                            "British Picture Vocabulary Scale 3",
                            "Standard score 81",
                            "Below average",
                        ],
                    ],
                    [0.38, 0.27, 0.35],
                    True,
                ),
                (
                    "p",
                    [
                        X(
                            "In quiet, with the speaker close by, Mia understands speech very well and her listening is a real strength.",
                            "test result: strength",
                        ),
                        N(
                            "In the classroom, however, Mia misses a large part of what is said when there is background noise, particularly in group work and on the carpet when several children talk at once.",
                            "communication_interaction",
                            B1_NOISE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Her expressive language is around 18 months behind that of her hearing classmates: she uses short sentences and leaves out small grammatical words such as 'is' and 'the' and the endings of past tense verbs.",
                            "communication_interaction",
                            B1_LANG,
                        ),
                        N(
                            "Her vocabulary for topic words is limited, and she needs to hear and use a new word many more times than her classmates before it is secure.",
                            "communication_interaction",
                            B1_VOCAB,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Mia confuses speech sounds that are hard to hear through her implants, such as 's', 'f' and 'th', and this is holding back her phonics, reading and spelling.",
                            "cognition_learning",
                            B1_PHON,
                        ),
                        X(
                            "Her visual memory is good, and she learns sight words quickly when she can see them written.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 1, "Observation in class"),
                (
                    "p",
                    [
                        "I observed Mia in a phonics lesson and in a science lesson held partly outdoors.",
                        N(
                            "By the afternoon Mia shows clear signs of listening fatigue: she becomes withdrawn, rubs at her processors and stops answering to her name.",
                            "sensory_physical",
                            None,
                        ),
                        N(
                            "Mia does not yet tell an adult when a processor or the radio aid is not working, and on the morning of my visit a flat battery had gone unnoticed for over an hour.",
                            "sensory_physical",
                            B1_EQUIP,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "A soundfield system was installed in the Year 2 classroom last year and is used in every lesson.",
                            "support already in place",
                        ),
                        "It helps all the children, but it does not replace a personal radio aid for Mia.",
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "p",
                    "The table below says who should carry out each recommendation, how often, and why.",
                ),
                (
                    "grid",
                    [
                        ["Recommendation", "Who", "How often", "Reason"],
                        [
                            R(
                                "A personal radio aid linked to both processors, worn by whoever is teaching Mia, with every adult who teaches her shown how to use it.",
                                "communication_interaction",
                                "specific",
                                F1_RADIO,
                            ),
                            "Class teacher, teaching assistants, cover staff",
                            "Every lesson",
                            X(
                                "Mia loses more than half of what is said once there is background noise, and the microphone brings the teacher's voice straight to her processors.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "A visit from a qualified teacher of the deaf for one hour every two weeks, to check equipment, observe Mia in class, advise staff and teach her directly.",
                                "communication_interaction",
                                "not_specific",
                                F1_TOD,
                            ),
                            "Qualified teacher of the deaf",
                            "Fortnightly, one hour",
                            X(
                                "Her language and equipment needs change quickly at this age and need regular specialist monitoring.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Individual language teaching from a teaching assistant trained by the teacher of the deaf, three times a week for 20 minutes, following a programme I will set and update each term.",
                                "communication_interaction",
                                "less",
                                F1_LANG,
                            ),
                            "Trained teaching assistant",
                            "Three times a week",
                            X(
                                "Without frequent direct teaching the gap between Mia's language and her classmates' is likely to widen.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Pre-teaching of new topic vocabulary for ten minutes each day, so that Mia has met the words before she needs to hear them in a lesson.",
                                "communication_interaction",
                                "specific",
                                F1_PRE,
                            ),
                            "Teaching assistant",
                            "Daily, 10 minutes",
                            X(
                                "Words she already knows are far easier to pick out of classroom noise.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "A daily listening check of both processors and the radio aid using the Ling six sounds, on arrival, by a named adult.",
                                "sensory_physical",
                                "specific",
                                F1_CHECK,
                            ),
                            "Named teaching assistant",
                            "Daily",
                            "So that faults are found before the first lesson.",
                        ],
                        [
                            R(
                                "An acoustic assessment of the Year 2 classroom and the hall, followed by sound-absorbing panels and soft furnishings to bring the reverberation time down.",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            "School, with the Sensory Support Service",
                            "Once, then checked yearly",
                            X(
                                "The classroom has a hard floor and high ceiling and is very echoey, which makes speech harder to pick out.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Two short listening breaks each afternoon, of about five minutes, in a quiet space, where Mia can rest from listening.",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            "Class teacher",
                            "Every afternoon",
                            "Listening through implants takes much more effort than typical hearing.",
                        ],
                        [
                            R(
                                "Deaf awareness training for every adult who works with Mia, including lunchtime supervisors, at the start of each school year.",
                                "communication_interaction",
                                "wrong_section",
                                G1_AWARE,
                                section="G",
                            ),
                            "Qualified teacher of the deaf",
                            "Yearly",
                            X(
                                "Staff who do not know how to face Mia and get her attention first will not be understood by her.",
                                "reason for a recommendation",
                            ),
                        ],
                    ],
                    [0.4, 0.2, 0.15, 0.25],
                    True,
                ),
                ("h", 1, "Health and home"),
                (
                    "p",
                    [
                        R(
                            "Mia's implant programming (mapping) should continue at the implant centre every six months, and the centre will replace faulty parts.",
                            "health",
                            "not_educational",
                            G1_MAP,
                            section="G",
                        ),
                        R(
                            "At home, I have suggested that Mia's parents keep a spare battery pack in her book bag and talk through the day's topic words over tea.",
                            "other",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Rhiannon Dace, Qualified Teacher of the Deaf, 24 September 2026."),
            ],
        ),
        dict(
            file=SA1,
            footer="Brookside Infant School - school advice for EHC needs assessment - Mia Thornbury-Osei",
            author="Brookside Infant School",
            blocks=[
                ("org", "Brookside Infant School"),
                (
                    "small",
                    "Mill Lane, Calderbrook - 01632 960162 - senco@brookside-inf.example.org",
                ),
                ("title", "School advice for an EHC needs assessment"),
                (
                    "p",
                    "Pupil: Mia Thornbury-Osei, Year 2 (Owl Class). Written by Mrs Lena Varga, SENCo, with Miss Okafor, class teacher, 7 October 2026.",
                ),
                ("b", "What Mia is good at"),
                (
                    "p",
                    [
                        X(
                            "Mia is a sociable, funny girl who loves performing and was chosen to be the narrator in our Harvest assembly.",
                            "strength",
                        ),
                        X(
                            "Her maths is at the expected standard and she is one of the quickest in the class at number bonds.",
                            "attainment: strength",
                        ),
                    ],
                ),
                ("b", "What we have noticed"),
                (
                    "p",
                    [
                        N(
                            "We see Mia watching what the others do before she starts a task, because she has not caught the whole instruction, and she often starts the wrong activity.",
                            "communication_interaction",
                            B1_COPY,
                        ),
                        N(
                            "At playtime Mia often plays on her own or beside other children rather than with them, because she cannot follow the fast talk of games outside, where the radio aid is not used.",
                            "communication_interaction",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "This term Mia has begun to say that she is different, and she told Miss Okafor that she does not want to wear her 'ears' at school any more because a child laughed at them.",
                            "semh",
                            None,
                        ),
                        X(
                            "Her parents tell us she still wears them happily at home and at weekends.",
                            "background",
                        ),
                    ],
                ),
                ("b", "What we already do"),
                (
                    "bul",
                    [
                        X(
                            "We seat Mia near the front, facing the teacher, with her back to the window.",
                            "support already in place",
                        ),
                        X(
                            "Her teaching assistant already writes key instructions on a small whiteboard on her table.",
                            "support already in place",
                        ),
                        X(
                            "Mia took part in our Speech Link group in Year 1, which she finished in July.",
                            "support ended",
                        ),
                    ],
                ),
                ("b", "What we think Mia needs next"),
                (
                    "p",
                    [
                        R(
                            "We would like to run a small adult-led playtime group for Mia and three friends twice a week, teaching playground games with clear rules and a visual cue card, so that she can join in.",
                            "communication_interaction",
                            "not_specific",
                            F1_PLAY,
                        ),
                        X(
                            "We have thought about a place at the hearing-impaired resource base at Fernhill Primary, but Mia's parents and we agree that she is doing well here and should stay with her friends.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "We also think daily phonics in a very small group, where sounds are shown on the lips and with mouth pictures as well as heard, would help her catch up.",
                            "cognition_learning",
                            "specific",
                            F1_PHON,
                        ),
                        "Her reading book has gone up two levels since September.",
                    ],
                ),
                ("p", "Lena Varga, SENCo, on behalf of Brookside Infant School."),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalav-02: Wrexcombe County Council; Theo Lindqvist-Barnes, 9, Year 4 (cerebral
# visual impairment after premature birth)
# layout "italic-statutory-names-unlettered": each heading is the section's statutory name
# as an italic line of its own, with no letter or number.
# ---------------------------------------------------------------------------

B2_CROWD = (
    "Theo struggles to find what he is looking for when a page, a screen or a wall display is busy."
)
B2_LOWER = "Theo does not see well what is below him, so steps, kerbs and things left on the floor are a danger to him."
B2_READ = "Theo reads slowly and often loses his place on the page."
B2_TIRED = "Using his eyes tires Theo out, especially towards the end of a lesson."
B2_WRITE = "His handwriting is hard to read, and copying from the board takes him a very long time."
B2_WORRY = "He worries about new places and about changes to his day."

F2_PRINT = "Printed work will be prepared before each lesson in 18-point Arial, double spaced, with one task on each page and no pictures behind the text."
F2_QTVI = "A qualified teacher of vision impairment will visit once each half term for one hour to advise staff and review Theo's progress."
F2_TECH = "Access to technology to help Theo see the board, as appropriate."
F2_TRAIN = "Training on cerebral visual impairment for all staff who work with Theo, delivered by the Sensory Support Service's teacher of vision impairment each September."
F2_ENV = "Reasonable adjustments to the classroom environment."
F2_EARLY = "Theo will leave each lesson five minutes early with a named adult, so that he can move around the school before the corridors are busy."
F2_SLOPE = "A sloping writing board and paper with bold, widely spaced lines for all written work, kept on Theo's desk."
F2_TYPE = "A touch-typing programme on his tablet, 15 minutes a day, four days a week, with a teaching assistant, until he types 20 words a minute."

G2_EYE = "Theo will continue to be seen once a year in the paediatric ophthalmology clinic at Wrexcombe General Hospital, and his glasses prescription will be checked there."
H2_HAB = "Theo will be referred to the Wrexcombe Sensory Team for a habilitation assessment and any mobility training they think he needs."

VI2 = "qtvi_report.pdf"
OT2 = "occupational_therapy_report.docx"


def _it(sid: str) -> tuple:
    return ("H", sid, NAMES[sid], "i")


CASE_02 = dict(
    name="case-evalav-02",
    layout="italic-statutory-names-unlettered",
    summary=(
        "Wrexcombe County Council; Theo Lindqvist-Barnes, 9, Year 4 at St Brannock's Primary School, a mainstream "
        "primary (cerebral visual impairment after birth at 28 weeks, lower visual field loss, slow reading and "
        "handwriting, worry about change). Each heading is the section's statutory name as an italic line, with no "
        "letter or number. A qualified teacher of vision impairment's report (PDF) that sets out options and argues "
        "its recommendations at length, and an occupational therapist's report (.docx) in bullets with the reasons "
        "mixed in."
    ),
    note="Habilitation (mobility) training around the school, recommended by the teacher of vision impairment, is placed in Other social care provision as a referral to the sensory team: provision in the wrong section. The annual eye clinic in Health provision is health provision. The occupational therapist's advice for home is not educational.",
    plan=dict(
        file="plan.pdf",
        header="Wrexcombe County Council - Education, Health and Care Plan",
        footer="Theo Lindqvist-Barnes - EHC plan issued 2 November 2026 - page {n} of {m}",
        author="Wrexcombe County Council",
        title="Education, Health and Care Plan - Theo Lindqvist-Barnes",
        blocks=[
            ("org", "Wrexcombe County Council - Children's Services"),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Theo Lindqvist-Barnes, born 19 June 2017. NHS number 999 238 5501. Parents: Karin Lindqvist and Sam Barnes. Plan co-ordinator: Ms H Penrose, 01632 960589.",
            ),
            _it("A"),
            (
                "S",
                "A",
                "Theo is a chatty, curious boy who loves audiobooks about space, swimming and playing the drums with his dad.",
            ),
            (
                "p",
                "Theo says: 'I want people to know I can see, but sometimes my brain can't sort out what I see.' His parents hope that he will become confident getting around on his own and will keep up with his friends in class.",
            ),
            _it("B"),
            (
                "S",
                "B",
                "Theo was born at 28 weeks and has cerebral visual impairment, which means that his eyes work but the parts of his brain that make sense of what he sees do not always do so.",
            ),
            ("p", [B2_CROWD, B2_LOWER]),
            ("p", [B2_READ, B2_TIRED]),
            ("p", B2_WRITE),
            ("p", B2_WORRY),
            (
                "p",
                "Theo's understanding of spoken language and his general knowledge are good, and he has a strong memory for what he hears.",
            ),
            _it("C"),
            (
                "S",
                "C",
                "Theo wears glasses for long sight and has a mild squint; his eyes are checked at the hospital eye clinic.",
            ),
            _it("D"),
            (
                "S",
                "D",
                "Theo does not have any social care needs at present, though his parents would like advice about him getting around independently as he grows older.",
            ),
            _it("E"),
            (
                "S",
                "E",
                "By the end of Year 5 Theo will find his own way from the classroom to the hall, the dining room and the library, using the stairs safely.",
            ),
            (
                "p",
                "By the end of Year 5 Theo will read a page of text at 18-point print without losing his place.",
            ),
            (
                "p",
                "By the end of Key Stage 2 Theo will type his longer pieces of work at 20 words a minute.",
            ),
            _it("F"),
            (
                "S",
                "F",
                "St Brannock's Primary School will put this provision in place, overseen by the SENCo, Mr A Treloar.",
            ),
            (
                "num",
                [
                    ("F", F2_PRINT, True),
                    ("F", F2_QTVI, True),
                    ("F", F2_TECH, False),
                    ("F", F2_TRAIN, True),
                    ("F", F2_ENV, False),
                    ("F", F2_EARLY, True),
                    ("F", F2_SLOPE, True),
                    ("F", F2_TYPE, True),
                ],
            ),
            _it("G"),
            ("S", "G", G2_EYE),
            _it("H1"),
            ("S", "H1", "None at this time."),
            _it("H2"),
            ("S", "H2", H2_HAB),
            _it("I"),
            ("S", "I", "St Brannock's Primary School, Quarry Road, Wrexcombe (mainstream)."),
            _it("J"),
            ("S", "J", "The family have not asked for a personal budget."),
            _it("K"),
            (
                "S",
                "K",
                "Report from Mrs Elin Marsh, qualified teacher of vision impairment (September 2026); occupational therapy report from Ms Dana Fitzroy (October 2026); parents' views; school advice.",
            ),
        ],
    ),
    reports=[
        dict(
            file=VI2,
            header="Wrexcombe Sensory Support Service - Vision Impairment Team",
            footer="QTVI advice - Theo Lindqvist-Barnes - page {n} of {m}",
            author="E Marsh",
            blocks=[
                ("org", "Wrexcombe Sensory Support Service"),
                (
                    "small",
                    "Vision Impairment Team, Tor House, Wrexcombe - 01632 960733 - vi.team@wrexcombe-sss.example.org",
                ),
                ("title", "Advice of the Qualified Teacher of Vision Impairment"),
                (
                    "p",
                    "Theo Lindqvist-Barnes, Year 4, St Brannock's Primary School. Visits on 9 and 16 September 2026. Written by Elin Marsh, QTVI (Mandatory Qualification, Vision Impairment).",
                ),
                ("h", 2, "1. What I already knew"),
                (
                    "p",
                    [
                        X(
                            "Theo was born at 28 weeks and spent eleven weeks in neonatal care, and a scan at that time showed damage to the white matter of the brain (periventricular leukomalacia).",
                            "history",
                        ),
                        X(
                            "His cerebral visual impairment was diagnosed at the age of four at the Wrexcombe General eye clinic.",
                            "history",
                        ),
                        X(
                            "His visual acuity with glasses is 0.3 logMAR in each eye, which on its own would not hold him back at school.",
                            "test result",
                        ),
                    ],
                ),
                ("h", 2, "2. What I found"),
                (
                    "p",
                    [
                        N(
                            "Theo finds it very difficult to pick out an object or a word from a busy background, so that a crowded worksheet or a cluttered display is, for him, almost impossible to use.",
                            "sensory_physical",
                            B2_CROWD,
                        ),
                        "When I gave him a page of twelve pictures he found the cat only after I had covered half of the page.",
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "He has lost part of the lower field of vision in both eyes, so he does not see steps, kerbs or bags on the floor in front of him, and he trips often.",
                            "sensory_physical",
                            B2_LOWER,
                        ),
                        X(
                            "His side vision was full on testing, and his colour vision is normal.",
                            "test result: need ruled out",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Theo cannot reliably recognise familiar people from their faces, and relies on their voices, hair and clothes, which is why he sometimes walks past his own teacher in the corridor without greeting her.",
                            "sensory_physical",
                            None,
                        ),
                        "He is embarrassed when this happens and other children have called him rude.",
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "His reading is slow: he loses his place along the line and skips lines, and he needs text in a large, clear font with plenty of space.",
                            "cognition_learning",
                            B2_READ,
                        ),
                        N(
                            "Looking takes Theo a great deal of effort, and his visual attention fades noticeably after about twenty minutes of close work.",
                            "sensory_physical",
                            B2_TIRED,
                        ),
                    ],
                ),
                (
                    "p",
                    N(
                        "Busy corridors and the hall at lunchtime overwhelm him, because he cannot make sense of lots of people moving at once; he either freezes or pushes through without seeing who is there.",
                        "sensory_physical",
                        None,
                    ),
                ),
                ("h", 2, "3. The options I have considered"),
                (
                    "p",
                    [
                        X(
                            "I considered whether Theo should learn braille, and I do not recommend it: his difficulty is not in seeing print but in making sense of a crowded page, and well-prepared large print works for him.",
                            "option considered and rejected",
                        ),
                        X(
                            "I also considered a specialist school for visually impaired pupils, and rejected it, because Theo's learning and friendships are going well where he is.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("h", 2, "4. My recommendations and why"),
                (
                    "p",
                    [
                        R(
                            "All printed materials should be modified before the lesson: 18-point Arial, double spacing, one task per page, no background pictures and the key information boxed in black.",
                            "sensory_physical",
                            "specific",
                            F2_PRINT,
                        ),
                        "This is the single change that will make the most difference to Theo, because every piece of work he is given at present is a search task before it is a learning task.",
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Theo needs direct teaching from a qualified teacher of vision impairment for one hour every week, covering his visual strategies, his use of a tablet and touch typing, and advice to his class teacher.",
                            "sensory_physical",
                            "less",
                            F2_QTVI,
                        ),
                        X(
                            "A half-termly visit would allow me to check on him but not to teach him the strategies he needs at the moment, which is why I am asking for weekly teaching this year and expect it to reduce next year.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "He should have a tablet with a camera and a magnification app on a stand, so that he can see the whiteboard on the screen on his desk in every lesson.",
                            "sensory_physical",
                            "not_specific",
                            F2_TECH,
                        ),
                        X(
                            "Copying from a board across the room means finding his place again each time he looks up, which he cannot do quickly.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Habilitation training from a qualified habilitation specialist, one session a week for a term, should teach Theo safe routes around the school, including the stairs to the Year 4 classroom and the way to the dining hall.",
                            "sensory_physical",
                            "wrong_section",
                            H2_HAB,
                            section="H2",
                        ),
                        "He needs to learn these routes at school, in school time, because that is where he has to use them.",
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "The classroom should be decluttered: a plain wall behind the teacher, displays kept away from the board, and the edges of steps and the stair nosings marked in high-contrast yellow.",
                            "sensory_physical",
                            "not_specific",
                            F2_ENV,
                        ),
                        R(
                            "Theo should leave each lesson five minutes early, with an adult at first, so that he moves around the school before the corridors fill.",
                            "sensory_physical",
                            "specific",
                            F2_EARLY,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Every adult who works with Theo, including supply staff and lunchtime supervisors, should have training on cerebral visual impairment at the start of each year, which I can deliver.",
                            "sensory_physical",
                            "specific",
                            F2_TRAIN,
                        ),
                        "Staff who say who they are when they greet him will save him a great deal of worry.",
                    ],
                ),
                ("h", 2, "5. Health"),
                (
                    "p",
                    R(
                        "Theo should continue to attend the ophthalmology clinic once a year to check his glasses and squint.",
                        "health",
                        "not_educational",
                        G2_EYE,
                        section="G",
                    ),
                ),
                ("p", "Elin Marsh, QTVI, 30 September 2026."),
            ],
        ),
        dict(
            file=OT2,
            footer="Wrexcombe Children's Therapy Service - occupational therapy report",
            author="D Fitzroy",
            blocks=[
                ("org", "Wrexcombe Children's Therapy Service (Wrexcombe and Tamar NHS Trust)"),
                ("small", "Children's Therapy Centre, Lantern Way, Wrexcombe - 01632 960814"),
                ("title", "Occupational Therapy Report"),
                (
                    "p",
                    "Name: Theo Lindqvist-Barnes. NHS number 999 238 5501. Seen at school on 3 October 2026. Therapist: Dana Fitzroy, Children's Occupational Therapist (HCPC registered).",
                ),
                ("b", "Reason for referral"),
                (
                    "p",
                    "Theo was referred by his SENCo because of slow, untidy handwriting and difficulty managing changing for PE.",
                ),
                ("b", "Findings"),
                (
                    "bul",
                    [
                        N(
                            "Theo's handwriting is large, poorly spaced and drifts off the line, and copying from the board is very slow because he has to find his place again each time he looks up.",
                            "sensory_physical",
                            B2_WRITE,
                        ),
                        X(
                            "His pencil grip is mature and his hand strength is within the typical range, so the difficulty is in what he sees rather than in his hands.",
                            "test result: need ruled out",
                        ),
                        N(
                            "He finds it hard to pick out his own clothes and shoes from others' after PE, and changing takes him about fifteen minutes longer than his classmates, so he misses the start of the next lesson.",
                            "sensory_physical",
                            None,
                        ),
                        N(
                            "Theo becomes anxious in new places and before any change to his routine, such as a supply teacher or a school trip, and asks the same questions over and over.",
                            "semh",
                            B2_WORRY,
                        ),
                        X(
                            "Theo can dress himself fully at home, where his clothes are laid out in the same order every day.",
                            "strength / home",
                        ),
                        X(
                            "Cutting with scissors was a problem in Year 2 but has improved with the easy-grip scissors he now uses.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("b", "Recommendations"),
                (
                    "bul",
                    [
                        R(
                            "A sloping writing board and bold, widely spaced lined paper for all written work, because they bring the page closer to his eyes and make the lines easier to follow.",
                            "sensory_physical",
                            "specific",
                            F2_SLOPE,
                        ),
                        R(
                            "A daily 10-minute visual-motor programme (tracking, copying shapes, mazes on a plain background) delivered by a teaching assistant, set up by me and reviewed after six weeks.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        R(
                            "A named peg at the end of the row with a bright, textured label, his PE kit in a single colour, and an adult prompt and five minutes' extra time when changing, so that he does not miss the start of lessons.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        R(
                            "Touch typing, as his main way of recording longer work, taught every day for a short session; I agree with the teacher of vision impairment that this is the long-term answer.",
                            "sensory_physical",
                            "specific",
                            F2_TYPE,
                        ),
                        R(
                            "At home, laying out his clothes in the order he puts them on will help him get ready in the mornings.",
                            "other",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Dana Fitzroy, Children's Occupational Therapist, 10 October 2026."),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalav-03: Marlstone City Council; Jordan Achebe-Lyle, 14, Year 9 (cerebral palsy,
# powered wheelchair, eye-gaze communication aid)
# layout "sec-abbreviation-letter-headings": each heading is a Word heading of the form
# "Sec. B – Special educational needs", the word Section shortened.
# ---------------------------------------------------------------------------

B3_SIT = "Jordan needs support to sit well, and he becomes uncomfortable if he stays in his wheelchair for long periods."
B3_HOIST = "He needs two adults and a hoist to move in and out of his wheelchair."
B3_REC = "Jordan cannot write or type in the usual way, and he records his work with his communication aid or with an adult writing for him."
B3_EAT = "He needs help to eat and drink."
B3_TALK = "It takes Jordan longer to say what he wants with his communication aid, so he can miss his turn when the class is talking."
B3_LIT = "Jordan's reading and writing are below those of his classmates, and he needs help to plan longer pieces of work."
B3_ASK = "He does not often ask for help himself."

F3_STRETCH = "A daily stretching programme of 20 minutes, written by the NHS physiotherapist and carried out by a trained teaching assistant."
F3_STAND = (
    "Jordan will use his standing frame for 30 minutes once each day, in the school's therapy room."
)
F3_HANDLE = "Support with moving and handling as needed."
F3_DESK = "A height-adjustable desk in each classroom that Jordan is taught in, set to the height of his wheelchair tray."
F3_EXAM = "Extra time and a scribe in tests and examinations, as appropriate."
F3_TA = "A trained teaching assistant with Jordan for the whole school day, including break and lunchtime, who knows his communication aid and is trained in moving and handling."
F3_MODEL = "Teaching assistants will model language on Jordan's communication aid in every lesson, and teachers will plan at least one question in each lesson that he is given time to answer."

G3_REVIEW = "The Marlstone Children's Physiotherapy Team will review Jordan's postural management and stretching programme each half term."
G3_AAC = "The West Mercia Specialist AAC Hub will offer training to school staff on Jordan's eye-gaze device."
G3_SEAT = "Wheelchair Services will review Jordan's seating every six months."

PT3 = "physiotherapy_report.docx"
OT3 = "occupational_therapy_advice.pdf"
SA3 = "senco_advice.docx"


def _sec(sid: str) -> tuple:
    return ("H", sid, f"Sec. {sid} \u2013 {NAMES[sid]}", "h1")


CASE_03 = dict(
    name="case-evalav-03",
    layout="sec-abbreviation-letter-headings",
    summary=(
        "Marlstone City Council; Jordan Achebe-Lyle, 14, Year 9 at Hollins Park Academy, a mainstream secondary "
        "academy (bilateral spastic cerebral palsy, GMFCS level IV; powered wheelchair driven by joystick; eye-gaze "
        "communication aid). Each heading is a Word heading 'Sec. B \u2013 ...'. An NHS physiotherapist's report "
        "(.docx) with a recommendation table (Recommendation / Who / How often / Reason), an occupational "
        "therapist's advice (PDF) in reported speech, and the SENCo's advice (.docx) in the first person plural "
        "with bullets."
    ),
    note="Training for teaching staff on Jordan's communication aid, recommended by the occupational therapist with the AAC hub, is placed in Section G as an offer from the AAC hub: provision in the wrong section. Half-termly physiotherapy review and wheelchair seating reviews in G are health provision.",
    plan=dict(
        file="plan.docx",
        footer="Marlstone City Council - EHCP - Jordan Achebe-Lyle - Annual review amendment, final, 27 November 2026",
        author="Marlstone SEND Service",
        title="EHC Plan - Jordan Achebe-Lyle",
        blocks=[
            ("org", "Marlstone City Council - SEND Service"),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Young person: Jordan Achebe-Lyle. Date of birth: 4 May 2012. NHS number: 999 705 3319. Parent: Ms Grace Achebe, 22 Hatherley Court, Marlstone. SEND co-ordinator: Ms R Kaur, 01632 960651.",
            ),
            _sec("A"),
            (
                "S",
                "A",
                "Jordan is a big Marlstone Rovers fan, enjoys gaming with his cousins online and wants to work in sports journalism.",
            ),
            (
                "p",
                "He says: 'Talk to me, not to my assistant. I have a lot to say, it just takes me a bit longer.' His mother wants him to take GCSEs and to have more friends at school.",
            ),
            _sec("B"),
            (
                "S",
                "B",
                "Jordan has bilateral spastic cerebral palsy, which affects all four limbs and his speech; he uses a powered wheelchair and an eye-gaze communication aid.",
            ),
            ("h", 3, "Physical"),
            ("p", [B3_SIT, B3_HOIST]),
            ("p", B3_EAT),
            ("h", 3, "Communication"),
            ("p", [B3_TALK, B3_REC]),
            ("h", 3, "Learning"),
            ("p", B3_LIT),
            (
                "p",
                "He has a good understanding of what he hears and is working at the expected level in science and history.",
            ),
            ("h", 3, "Social and emotional"),
            ("p", B3_ASK),
            _sec("C"),
            (
                "S",
                "C",
                "Jordan is at risk of tightness in his hips and legs and has an eating and drinking plan from the speech and language therapy dysphagia team.",
            ),
            _sec("D"),
            (
                "S",
                "D",
                "Jordan receives support from the Marlstone Disabled Children's Team for personal care at home.",
            ),
            _sec("E"),
            (
                "S",
                "E",
                "By the end of Year 10 Jordan will take part in class discussion in every lesson, answering at least one question using his communication aid.",
            ),
            (
                "p",
                "By the end of Year 11 Jordan will complete GCSE coursework in English and science using eye-gaze and a scribe.",
            ),
            (
                "p",
                "By the end of Year 10 Jordan will tell staff when he needs a change of position or a rest.",
            ),
            _sec("F"),
            (
                "S",
                "F",
                "Hollins Park Academy will make this provision; the SENCo, Mr D Okonjo, will make sure it is in place.",
            ),
            (
                "bul",
                [
                    ("F", F3_TA, True),
                    ("F", F3_STRETCH, True),
                    ("F", F3_STAND, True),
                    ("F", F3_HANDLE, False),
                    ("F", F3_DESK, True),
                    ("F", F3_EXAM, False),
                    ("F", F3_MODEL, True),
                ],
            ),
            _sec("G"),
            ("S", "G", G3_REVIEW),
            ("bul", [G3_SEAT, G3_AAC]),
            _sec("H1"),
            (
                "S",
                "H1",
                "Personal care support at home from the Disabled Children's Team, two visits each weekday (set out in his child in need plan).",
            ),
            _sec("H2"),
            ("S", "H2", "Short breaks: one overnight stay a month at Willow Lodge."),
            _sec("I"),
            ("S", "I", "Hollins Park Academy, Marlstone (mainstream secondary academy)."),
            _sec("J"),
            ("S", "J", "No personal budget."),
            _sec("K"),
            (
                "S",
                "K",
                "NHS physiotherapy report (Mr Tomasz Wilk, September 2026); occupational therapy advice (Ms Saoirse Byrne, October 2026); advice from Hollins Park Academy; views of Jordan and his mother.",
            ),
        ],
    ),
    reports=[
        dict(
            file=PT3,
            style="headed",
            footer="Marlstone Children's Physiotherapy - report for EHC plan review",
            author="T Wilk",
            blocks=[
                ("org", "Marlstone and Severn Community NHS Trust - Children's Physiotherapy"),
                ("small", "Orchard Child Development Centre, Marlstone - 01632 960922"),
                ("title", "Physiotherapy report"),
                (
                    "kv",
                    [
                        ("Name", "Jordan Achebe-Lyle"),
                        ("NHS number", "999 705 3319"),
                        ("Diagnosis", "Bilateral spastic cerebral palsy, GMFCS level IV"),
                        (
                            "Physiotherapist",
                            "Tomasz Wilk, Highly Specialist Paediatric Physiotherapist",
                        ),
                        ("Date", "18 September 2026"),
                    ],
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        X(
                            "Jordan had multilevel orthopaedic surgery to both legs in 2023, and he recovered well.",
                            "history",
                        ),
                        X(
                            "His hip X-ray in July showed that both hips are stable, with migration well within safe limits.",
                            "test result",
                        ),
                        X(
                            "He stopped using a walker for short distances two years ago and now uses his powered wheelchair for all mobility.",
                            "history",
                        ),
                    ],
                ),
                ("h", 2, "Current presentation"),
                (
                    "p",
                    [
                        N(
                            "Jordan cannot sit without support and relies on his wheelchair's moulded seat and chest harness; after about two hours his posture slumps, he becomes uncomfortable and his concentration falls away.",
                            "sensory_physical",
                            B3_SIT,
                        ),
                        N(
                            "He needs two adults and a ceiling track hoist for every transfer, including to the toilet, the changing bench and his standing frame.",
                            "sensory_physical",
                            B3_HOIST,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Jordan is a skilled driver of his powered chair in open spaces, and he passed his wheelchair skills assessment in the spring.",
                            "strength",
                        ),
                        N(
                            "In crowded corridors and doorways, however, he cannot judge the gaps, and he has had several minor collisions at lesson changes this term, so he now waits until the corridor has cleared and arrives late.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Who", "How often", "Reason"],
                        [
                            R(
                                "A stretching programme for hips, knees and ankles, as set out in the attached sheet, lasting about 20 minutes.",
                                "sensory_physical",
                                "specific",
                                F3_STRETCH,
                            ),
                            "Teaching assistant trained by the physiotherapist",
                            "Daily",
                            X(
                                "Muscle tone in Jordan's legs is high, and without daily stretches his knees and ankles will tighten as he grows.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Time out of the wheelchair in his standing frame, 45 minutes at a time.",
                                "sensory_physical",
                                "less",
                                F3_STAND,
                            ),
                            "Two trained staff",
                            "Twice a day",
                            X(
                                "Standing loads the hips and helps keep them in joint, and it gives him a change of position.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Two members of staff trained in moving and handling, available for every transfer throughout the school day, including on trips.",
                                "sensory_physical",
                                "not_specific",
                                F3_HANDLE,
                            ),
                            "School",
                            "Every transfer",
                            "Safe handling for Jordan and staff.",
                        ],
                        [
                            R(
                                "An adapted PE programme planned with me, including boccia, powerchair skills and a swimming session, in place of the activities Jordan now watches from the side.",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            "PE department with the physiotherapist",
                            "Each PE lesson",
                            X(
                                "Jordan currently sits out of most PE lessons and has no way to build his strength and stamina at school.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Review of his postural management and stretching programme by the physiotherapy team.",
                                "health",
                                "not_educational",
                                G3_REVIEW,
                                section="G",
                            ),
                            "NHS physiotherapist",
                            "Each half term",
                            "To adjust the programme as he grows.",
                        ],
                    ],
                    [0.4, 0.2, 0.15, 0.25],
                    True,
                ),
                (
                    "p",
                    [
                        X(
                            "I have considered whether Jordan needs a hydrotherapy programme at the hospital pool, and I do not think this is needed while he can swim with the school.",
                            "option considered and rejected",
                        ),
                        R(
                            "At home, his mother should continue the evening night-time positioning with his sleep system.",
                            "health",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Tomasz Wilk, HCPC PH118204."),
            ],
        ),
        dict(
            file=OT3,
            header="Marlstone and Severn Community NHS Trust - Children's Occupational Therapy",
            footer="OT advice - J Achebe-Lyle - page {n} of {m}",
            author="S Byrne",
            blocks=[
                ("org", "Children's Occupational Therapy"),
                (
                    "small",
                    "Orchard Child Development Centre, Marlstone - 01632 960923 - Saoirse Byrne, Clinical Specialist Occupational Therapist",
                ),
                ("title", "Occupational therapy advice for Jordan's annual review"),
                (
                    "p",
                    "This advice records what was discussed when I visited Hollins Park Academy on 2 October 2026 and met Jordan, his teaching assistant Mr Reid and the SENCo, and what I advised. I have written it in the third person for the review.",
                ),
                ("b", "What was discussed"),
                (
                    "p",
                    [
                        N(
                            "Ms Byrne observed that Jordan cannot write by hand or use a standard keyboard, and that all his written work depends on his eye-gaze device or on an adult acting as scribe.",
                            "sensory_physical",
                            B3_REC,
                        ),
                        N(
                            "Jordan told her that using eye-gaze is tiring, that his eyes 'burn' by the end of the morning, and Mr Reid said that his accuracy in selecting words falls off sharply after about half an hour.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Mr Reid reported that Jordan needs an adult to help him eat at lunch, and that his lunch takes about 45 minutes, which leaves him no time with his friends.",
                            "sensory_physical",
                            B3_EAT,
                        ),
                        X(
                            "Jordan's eating and drinking plan was reviewed by the dysphagia team in June and no changes were needed.",
                            "health provision in place",
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "The SENCo explained that the school has already fitted automatic doors to the science block and a ceiling hoist in the accessible toilet this summer.",
                        "support already in place",
                    ),
                ),
                ("b", "What was advised"),
                (
                    "p",
                    [
                        R(
                            "Ms Byrne recommended that Jordan has a height-adjustable desk in every classroom he uses, so that his wheelchair tray and the desk are level and his device mount can be placed correctly.",
                            "sensory_physical",
                            "specific",
                            F3_DESK,
                        ),
                        R(
                            "She advised that Jordan should have a rest from eye-gaze of five minutes in every 30, using a simple partner-assisted yes/no and alphabet chart with his assistant during that time.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "She said that Jordan's subject teachers and assistants need training on using and modelling his communication aid from the specialist AAC hub, at least once a term, so that they can set up vocabulary for each topic.",
                            "communication_interaction",
                            "wrong_section",
                            G3_AAC,
                            section="G",
                        ),
                        R(
                            "She recommended 25% extra time, rest breaks and a trained scribe for all tests and examinations, with the access arrangements applied for in Year 10.",
                            "sensory_physical",
                            "not_specific",
                            F3_EXAM,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "She asked that Wheelchair Services review his seating twice a year while he is growing.",
                            "health",
                            "not_educational",
                            G3_SEAT,
                            section="G",
                        ),
                        X(
                            "A referral for a new tilt-in-space chair was discussed and not made, as his current chair was only issued in March.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("p", "Saoirse Byrne, Clinical Specialist Occupational Therapist, 9 October 2026."),
            ],
        ),
        dict(
            file=SA3,
            footer="Hollins Park Academy - SEN advice - annual review",
            author="Hollins Park Academy",
            blocks=[
                ("org", "Hollins Park Academy"),
                ("small", "Ridgeway, Marlstone - 01632 960140 - sen@hollinspark.example.org"),
                ("title", "SENCo advice for Jordan's annual review"),
                (
                    "p",
                    "Written by Mr David Okonjo, SENCo, with Jordan's tutor and teaching assistant, 14 October 2026.",
                ),
                ("b", "How Jordan is getting on"),
                (
                    "bul",
                    [
                        X(
                            "Jordan is working at the expected level in science and history, and he got the top mark in his form for his history project on the Windrush generation.",
                            "attainment: strength",
                        ),
                        N(
                            "Jordan's messages on his communication aid are slow to build, so in class discussions the talk has usually moved on before he can join in, and some teachers answer for him.",
                            "communication_interaction",
                            B3_TALK,
                        ),
                        N(
                            "His reading age is around 9 years 6 months, and he needs help to plan and organise longer pieces of writing.",
                            "cognition_learning",
                            B3_LIT,
                        ),
                        N(
                            "Jordan has told us that he feels lonely at break and lunch because other students talk to his assistant instead of to him.",
                            "semh",
                            None,
                        ),
                        N(
                            "He rarely asks for help himself and usually waits for an adult to notice that something is wrong.",
                            "semh",
                            B3_ASK,
                        ),
                        X(
                            "His attendance is 96% this year, and his absences are for hospital appointments.",
                            "background",
                        ),
                    ],
                ),
                ("b", "What we provide now and propose"),
                (
                    "bul",
                    [
                        R(
                            "We will continue to provide a trained teaching assistant with Jordan for the whole day, including break and lunch, because he needs an adult for every transfer, for eating and for setting up his device.",
                            "sensory_physical",
                            "specific",
                            F3_TA,
                        ),
                        R(
                            "We propose that his assistants model language on his device in every lesson and that teachers plan at least one question each lesson for Jordan, with time to answer, so that he can take part in class talk.",
                            "communication_interaction",
                            "specific",
                            F3_MODEL,
                        ),
                        X(
                            "We looked at a place at Greyfield School, the city's school for pupils with physical disabilities, and Jordan and his mother did not want it, because he is on track for GCSEs here.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("p", "D Okonjo, SENCo."),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalav-04: Hexley Borough Council; Ruby Castellano, 11, Year 7 (polyarticular
# juvenile idiopathic arthritis, fatigue)
# layout "letter-slash-name-headings": each heading is the letter, a spaced slash and the
# section's name ("B / Special educational needs").
# ---------------------------------------------------------------------------

B4_TIRED = "Ruby gets very tired, often by the middle of the school day, and on bad days she cannot manage a whole day in school."
B4_STIFF = "Her joints are stiff and sore in the mornings, and sitting still for a long time makes the stiffness worse."
B4_GAPS = "Ruby has missed a lot of school because of her condition and has gaps in her learning, especially in maths and science."
B4_SITE = "Getting around the school site, and the stairs in particular, is hard and painful for her at times."
B4_WRITE = "Writing by hand soon becomes painful for Ruby, and she writes slowly."
B4_CARRY = "She cannot carry heavy bags or books without pain."

F4_FLARE = "A flare plan, to be used as needed."
F4_REST = "Access to a rest area when Ruby is tired."
F4_CATCH = "Catch-up sessions in maths with a teaching assistant, one 30-minute session each week."
F4_LAPTOP = "A school laptop for all written work longer than a paragraph, and a touch-typing course of 20 minutes three times a week for one term."
F4_LIFT = "A lift pass, and permission to leave every lesson five minutes early, with a friend of Ruby's choosing."
F4_PE = "Adapted PE where possible."
F4_EXAM = "25% extra time and supervised rest breaks in all tests and examinations, and use of her laptop."

C4_CHECK = "Ruby will have a weekly check-in with her head of year to talk about how she is managing her arthritis and how she is feeling."
G4_MEDS = "Ruby has a weekly methotrexate injection and a fortnightly adalimumab injection, both given at home, prescribed by the Hexley Children's Hospital rheumatology team."
G4_PSY = (
    "Ruby has been referred to the paediatric psychology service at Hexley Children's Hospital."
)

RN4 = "rheumatology_nurse_letter.pdf"
OT4 = "occupational_therapy_report.docx"


def _sl(sid: str) -> tuple:
    return ("H", sid, f"{sid} / {NAMES[sid]}", "h2")


CASE_04 = dict(
    name="case-evalav-04",
    layout="letter-slash-name-headings",
    summary=(
        "Hexley Borough Council; Ruby Castellano, 11, Year 7 at St Aidan's Church of England High School, a "
        "mainstream secondary (polyarticular juvenile idiopathic arthritis, fatigue, missed learning, low mood). "
        "Each heading is the letter, a spaced slash and the section's name. A paediatric rheumatology clinical nurse "
        "specialist's letter (PDF), third person with a medication list, and an occupational therapist's report "
        "(.docx) with a recommendation table (Recommendation / Who / How often / Reason)."
    ),
    note="A weekly pastoral check-in, recommended by the rheumatology nurse, stands in Section C among the health needs: provision in the wrong section. Medication and the psychology referral in G are health provision. The Who, How often and Reason cells are not needs.",
    plan=dict(
        file="plan.pdf",
        header="Hexley Borough Council - SEND - Education, Health and Care Plan",
        footer="Ruby Castellano - final EHC plan, 23 November 2026 - page {n} of {m}",
        author="Hexley Borough Council",
        title="EHC Plan - Ruby Castellano",
        blocks=[
            ("org", "Hexley Borough Council"),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Ruby Castellano. Born 30 January 2015. NHS number 999 417 6624. Parents: Lucia and Mark Castellano, 5 Sefton Walk, Hexley. Case worker: Mr O Baptiste, 01632 960486, send@hexley.example.org.",
            ),
            _sl("A"),
            (
                "S",
                "A",
                "Ruby enjoys art, baking and her youth theatre group, and she would like to be a set designer.",
            ),
            (
                "p",
                "Ruby says: 'I don't want to be treated like I'm ill all the time. I just need things to be a bit easier on bad days.' Her parents want her to stay at St Aidan's with her friends and keep up with her work.",
            ),
            _sl("B"),
            (
                "S",
                "B",
                "Ruby has juvenile idiopathic arthritis affecting many of her joints, including her knees, ankles, wrists and fingers; her needs are mostly physical, with some effect on her learning.",
            ),
            ("b", "Physical and sensory"),
            ("p", [B4_TIRED, B4_STIFF]),
            ("p", [B4_SITE, B4_CARRY]),
            ("p", B4_WRITE),
            ("b", "Learning"),
            ("p", B4_GAPS),
            (
                "p",
                "Ruby's reading and writing are at the level expected for her age, and her art teacher describes her as 'exceptionally talented'.",
            ),
            _sl("C"),
            (
                "S",
                "C",
                "Ruby's arthritis is treated by the paediatric rheumatology team at Hexley Children's Hospital; she has flares, when her joints become swollen and very painful.",
            ),
            ("p", C4_CHECK),
            _sl("D"),
            ("S", "D", "Ruby has no social care needs."),
            _sl("E"),
            (
                "S",
                "E",
                "By the end of Year 8 Ruby will attend school for at least 92% of sessions, using her flare plan on bad days.",
            ),
            ("p", "By the end of Year 8 Ruby will be working at the expected level in maths."),
            (
                "p",
                "By the end of Year 8 Ruby will type at 25 words a minute and use her laptop for all long pieces of work.",
            ),
            _sl("F"),
            (
                "S",
                "F",
                "St Aidan's will make the following provision, overseen by the SENCo, Mrs C Dunmore.",
            ),
            (
                "bul",
                [
                    ("F", F4_FLARE, False),
                    ("F", F4_REST, False),
                    ("F", F4_CATCH, True),
                    ("F", F4_LAPTOP, True),
                    ("F", F4_LIFT, True),
                    ("F", F4_PE, False),
                    ("F", F4_EXAM, True),
                ],
            ),
            _sl("G"),
            ("S", "G", G4_MEDS),
            ("p", G4_PSY),
            (
                "p",
                "She is seen in the rheumatology clinic every three months and by the physiotherapy team as needed.",
            ),
            _sl("H1"),
            ("S", "H1", "No provision is needed under the 1970 Act."),
            _sl("H2"),
            ("S", "H2", "None identified at this review."),
            _sl("I"),
            ("S", "I", "St Aidan's Church of England High School, Hexley (mainstream)."),
            _sl("J"),
            ("S", "J", "Not requested."),
            _sl("K"),
            (
                "S",
                "K",
                "Letter from Sister Nadia Quayle, paediatric rheumatology clinical nurse specialist (September 2026); occupational therapy report by Mr Lewis Harcourt (October 2026); school advice; views of Ruby and her parents.",
            ),
        ],
    ),
    reports=[
        dict(
            file=RN4,
            header="Hexley Children's Hospital NHS Foundation Trust - Paediatric Rheumatology",
            footer="N Quayle, CNS - Ruby Castellano - page {n} of {m}",
            author="N Quayle",
            blocks=[
                ("org", "Hexley Children's Hospital NHS Foundation Trust"),
                (
                    "small",
                    "Paediatric Rheumatology, Level 3, Fenwick Wing, Hexley - nurse helpline 01632 960270",
                ),
                (
                    "p",
                    "To: Hexley SEND Team, EHC assessment co-ordinator. Copy: Mr and Mrs Castellano; Mrs C Dunmore, SENCo, St Aidan's C of E High School; Dr F Agarwal, GP.",
                ),
                ("b", "Re: Ruby CASTELLANO, DOB 30/01/2015, NHS 999 417 6624"),
                (
                    "p",
                    "Diagnosis: polyarticular juvenile idiopathic arthritis, rheumatoid factor negative (diagnosed April 2023). Current medication: methotrexate 15 mg subcutaneous weekly (Fridays); adalimumab 40 mg subcutaneous fortnightly; folic acid weekly; naproxen as needed.",
                ),
                ("p", "Dear Colleague,"),
                (
                    "p",
                    "Thank you for asking for advice about Ruby's needs in school. I have known Ruby and her family since she was diagnosed, and I last saw her in clinic on 15 September 2026 with her consultant, Dr Imrie.",
                ),
                ("b", "How Ruby's condition affects her"),
                (
                    "p",
                    [
                        X(
                            "Ruby's arthritis was well controlled through most of Year 6, and she had a good end to primary school.",
                            "history / past",
                        ),
                        X(
                            "Her latest blood tests show her inflammatory markers have come down since the adalimumab was started in July.",
                            "test result",
                        ),
                        X(
                            "Her eye screening for uveitis in August was clear.",
                            "test result: need ruled out",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Fatigue is the symptom that affects Ruby most: she describes being 'wiped out' by lunchtime on most days, and on flare days she cannot manage a full school day.",
                            "sensory_physical",
                            B4_TIRED,
                        ),
                        N(
                            "She has morning stiffness in her knees and hands lasting up to an hour, so the first lesson of the day is when she is slowest and most sore.",
                            "sensory_physical",
                            B4_STIFF,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Ruby has missed 31 days of school since January because of flares, joint injections and clinic appointments, and her mother reports that she has fallen behind in maths and science.",
                            "cognition_learning",
                            B4_GAPS,
                        ),
                        N(
                            "Climbing stairs and walking between the two school buildings is painful when her knees are active, and she is often late to lessons on the upper floor.",
                            "sensory_physical",
                            B4_SITE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Ruby told me that she feels 'different from everyone' at her new school, that she hides her condition from her new friends, and her mother has noticed that she has become low and tearful on Sunday evenings.",
                            "semh",
                            None,
                        ),
                        "This is common at transfer to secondary school and it deserves attention now.",
                    ],
                ),
                (
                    "p",
                    N(
                        "In PE, running and jumping activities flare her knees and ankles for days afterwards, and since September she has been sitting on the bench for most lessons.",
                        "sensory_physical",
                        None,
                    ),
                ),
                ("b", "What would help Ruby in school"),
                (
                    "p",
                    [
                        R(
                            "Ruby should have a written flare plan agreed between home, school and our team, setting out what her day looks like on a flare day (a later start, a reduced timetable and work sent home), reviewed each term.",
                            "sensory_physical",
                            "not_specific",
                            F4_FLARE,
                        ),
                        R(
                            "She should be able to go to a quiet room with a reclining chair to rest for up to 20 minutes when her fatigue is bad, using a rest pass so that she does not have to explain herself.",
                            "sensory_physical",
                            "not_specific",
                            F4_REST,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Ruby needs catch-up teaching for the learning she has missed, in maths and science, in two 30-minute sessions each week, with more after a long absence.",
                            "cognition_learning",
                            "less",
                            F4_CATCH,
                        ),
                        R(
                            "A named member of pastoral staff should check in with Ruby each week to talk about how she is coping in school, and should be someone she chooses.",
                            "semh",
                            "wrong_section",
                            C4_CHECK,
                            section="C",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "I have referred Ruby to our paediatric psychology service for help in adjusting to her condition, and she is on the waiting list.",
                            "health",
                            "not_educational",
                            G4_PSY,
                            section="G",
                        ),
                        R(
                            "Ruby will continue her methotrexate and adalimumab injections at home, and I will continue to support the family by phone.",
                            "health",
                            "not_educational",
                            G4_MEDS,
                            section="G",
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "Ruby does not need any medicines to be given in school, and the school does not need an individual healthcare plan for injections, although she may take naproxen at lunchtime from her own supply if her parents agree.",
                        "health arrangement; no need",
                    ),
                ),
                ("p", "Yours faithfully,"),
                (
                    "p",
                    "Sister Nadia Quayle RN (Child), Paediatric Rheumatology Clinical Nurse Specialist",
                ),
            ],
        ),
        dict(
            file=OT4,
            style="headed",
            footer="Hexley Children's Therapies - occupational therapy report - R Castellano",
            author="L Harcourt",
            blocks=[
                (
                    "org",
                    "Hexley Children's Therapies (Hexley Children's Hospital NHS Foundation Trust)",
                ),
                ("small", "Therapy Department, Fenwick Wing - 01632 960275"),
                ("title", "Occupational Therapy Report for EHC Needs Assessment"),
                (
                    "kv",
                    [
                        ("Name", "Ruby Castellano"),
                        ("School", "St Aidan's C of E High School, Year 7"),
                        ("Assessed", "6 October 2026, in clinic and at school"),
                        ("Therapist", "Lewis Harcourt, Senior Occupational Therapist"),
                    ],
                ),
                ("h", 2, "Assessment findings"),
                (
                    "p",
                    [
                        N(
                            "Ruby's hand pain begins after about ten minutes of handwriting, and her writing speed of 11 words a minute on the DASH is well below what is expected at her age.",
                            "sensory_physical",
                            B4_WRITE,
                        ),
                        X(
                            "Her grip strength is reduced on the right, but it has improved since her wrist injection in May.",
                            "test result / progress",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "She cannot carry her school bag between lessons without pain in her wrists and shoulders; on the day I visited it weighed just over 6 kg.",
                            "sensory_physical",
                            B4_CARRY,
                        ),
                        N(
                            "In practical lessons such as food technology and design and technology, Ruby cannot safely grip knives, tools or heavy pans when her hands are swollen, and she has begun to avoid those lessons.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "Ruby manages her personal care and dressing independently, including on flare days, with the adapted zips her mother has sewn into her uniform.",
                        "strength; no need",
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Who", "How often", "Reason"],
                        [
                            R(
                                "A laptop for all extended writing, with a touch-typing course of 20 minutes three times a week for one term.",
                                "sensory_physical",
                                "specific",
                                F4_LAPTOP,
                            ),
                            "SENCo; teaching assistant for the typing course",
                            "All lessons; typing course three times a week",
                            X(
                                "Typing puts much less load through her small finger joints than handwriting.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "A lift pass and permission to leave each lesson five minutes early, with a friend.",
                                "sensory_physical",
                                "specific",
                                F4_LIFT,
                            ),
                            "Head of Year",
                            "Every lesson change",
                            "Stairs and crowded corridors are where she is most at risk of pain and knocks.",
                        ],
                        [
                            R(
                                "A locker on the ground floor and a second set of textbooks kept at home, so that Ruby carries only what she needs for the next lesson.",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            "SENCo and subject departments",
                            "Throughout the year",
                            X(
                                "Carrying a heavy bag strains her wrists and shoulders every day.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Adapted equipment in food technology and design and technology (easy-grip knives, a jar opener, lever taps and a perching stool), with a teaching assistant for any task that needs a strong grip.",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            "Food and D&T teachers, teaching assistant",
                            "Every practical lesson",
                            X(
                                "She enjoys these subjects and should not have to drop them because of her hands.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "A modified PE programme planned with her physiotherapist, with swimming, cycling and strength work in place of running and jumping.",
                                "sensory_physical",
                                "not_specific",
                                F4_PE,
                            ),
                            "PE department with the physiotherapist",
                            "Every PE lesson",
                            "Low-impact exercise keeps her joints moving without causing a flare.",
                        ],
                        [
                            R(
                                "25% extra time and supervised rest breaks in tests and examinations, with use of her laptop.",
                                "sensory_physical",
                                "specific",
                                F4_EXAM,
                            ),
                            "Exams officer",
                            "All assessments",
                            "Pain and fatigue slow her down in long papers.",
                        ],
                    ],
                    [0.4, 0.2, 0.15, 0.25],
                    True,
                ),
                ("h", 2, "Advice for home"),
                (
                    "p",
                    [
                        R(
                            "At home, warm paraffin wax hand baths in the morning may ease Ruby's stiffness before school.",
                            "health",
                            "not_educational",
                        ),
                        X(
                            "I considered a wheelchair for longer distances, such as school trips, and Ruby and I agreed it is not needed at present.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                (
                    "p",
                    "Lewis Harcourt, Senior Occupational Therapist, HCPC OT62291, 12 October 2026.",
                ),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
