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
B1_EQUIP = "She is not yet able to let an adult know when her hearing equipment has stopped working."
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
            ("S", "A", "Mia loves dancing, her rabbit Biscuit and building dens, and she says her favourite thing at school is 'doing the register in a funny voice'."),
            ("p", "Mia's parents want her to talk and listen as well as she can, to read and write like other children, and to be proud of being deaf. Mia would like 'everyone to use my microphone'."),
            _sb("B"),
            ("S", "B", "Mia was born profoundly deaf in both ears and has had a cochlear implant on each side since she was a toddler; her needs are mainly in communication and interaction, with some in learning."),
            ("h", 3, "Communication and interaction"),
            ("p", [B1_NOISE, B1_COPY]),
            ("p", [B1_LANG, B1_VOCAB]),
            ("h", 3, "Cognition and learning"),
            ("p", B1_PHON),
            ("p", "Mia's number work is in line with what is expected for her age, and she remembers what she sees well."),
            ("h", 3, "Sensory and physical"),
            ("p", B1_EQUIP),
            _sb("C"),
            ("S", "C", "Mia's hearing and implants are looked after by the Northern Hills Cochlear Implant Centre and the Calderbrook children's audiology service."),
            _sb("D"),
            ("S", "D", "Mia has no social care needs at present."),
            _sb("E"),
            ("S", "E", "By the end of Year 3 Mia will follow a two-part instruction given to the whole class without needing to watch other children first."),
            ("p", "By the end of Year 3 Mia will use sentences of six words or more, including words such as 'is', 'the' and 'was', when she talks about what she has done."),
            ("p", "By the end of Key Stage 1 Mia will read and spell words using the phonics taught in Year 2."),
            ("p", "By the end of Year 3 Mia will tell an adult when her equipment is not working, using her 'my ears' card or her words."),
            _sb("F"),
            ("S", "F", "Brookside Infant School will make the following provision, overseen by the SENCo, Mrs L Varga, with advice from the Sensory Support Service."),
            ("h", 3, "Communication and interaction"),
            ("bul", [("F", F1_RADIO, True), ("F", F1_TOD, False), ("F", F1_LANG, True), ("F", F1_PRE, True)]),
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
            ("S", "I", "Brookside Infant School, Mill Lane, Calderbrook, a mainstream community infant school."),
            _sb("J"),
            ("S", "J", "No personal budget has been requested."),
            _sb("K"),
            ("S", "K", "Report of Ms Rhiannon Dace, qualified teacher of the deaf, Calderbrook Sensory Support Service (September 2026); advice from Brookside Infant School (October 2026); parents' views."),
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
                ("small", "The Beacon Centre, Station Road, Calderbrook - 01632 960377 - hi.team@calderbrook-sss.example.org"),
                ("title", "Advice from the Qualified Teacher of the Deaf"),
                (
                    "kv",
                    [
                        ("Child", "Mia Thornbury-Osei, born 11 March 2020"),
                        ("School", "Brookside Infant School, Year 2"),
                        ("Hearing", "Profound bilateral sensorineural deafness; cochlear implants right (2021) and left (2022)"),
                        ("Author", "Rhiannon Dace, BEd, MSc, Mandatory Qualification (Hearing Impairment)"),
                        ("Date", "24 September 2026"),
                    ],
                ),
                ("h", 1, "Background"),
                (
                    "p",
                    [
                        X("Mia's deafness was picked up by the newborn hearing screen, and she wore hearing aids from eight weeks old until her first implant at 14 months.", "history"),
                        X("She has been known to the service since then and received weekly home visits from a teacher of the deaf until she started nursery.", "history"),
                        X("Her reluctance to keep her processors on, which was a difficulty in Reception, has resolved, and she now puts them on herself every morning.", "resolved difficulty"),
                    ],
                ),
                (
                    "p",
                    [
                        "The family use spoken English at home, with some Twi from Mia's grandmother.",
                        X("British Sign Language was discussed with the family when Mia was small; they chose a spoken language approach, which is working well for her, and a signing environment is not being recommended.", "option considered and rejected"),
                    ],
                ),
                ("h", 1, "Assessment"),
                (
                    "grid",
                    [
                        ["Assessment", "Result", "Comment"],
                        ["Ling six-sound check", "All six sounds detected", "Both processors working on the day"],
                        ["Speech perception in quiet (sentences)", "92% key words", "Good"],
                        ["Speech perception in noise (+5 dB)", "40% key words", "Large drop in noise"],
                        ["CELF-5 UK Core Language", "Standard score 76", "Below average"],
                        ["British Picture Vocabulary Scale 3", "Standard score 81", "Below average"],
                    ],
                    [0.38, 0.27, 0.35],
                    True,
                ),
                (
                    "p",
                    [
                        X("In quiet, with the speaker close by, Mia understands speech very well and her listening is a real strength.", "test result: strength"),
                        N("In the classroom, however, Mia misses a large part of what is said when there is background noise, particularly in group work and on the carpet when several children talk at once.", "communication_interaction", B1_NOISE),
                    ],
                ),
                (
                    "p",
                    [
                        N("Her expressive language is around 18 months behind that of her hearing classmates: she uses short sentences and leaves out small grammatical words such as 'is' and 'the' and the endings of past tense verbs.", "communication_interaction", B1_LANG),
                        N("Her vocabulary for topic words is limited, and she needs to hear and use a new word many more times than her classmates before it is secure.", "communication_interaction", B1_VOCAB),
                    ],
                ),
                (
                    "p",
                    [
                        N("Mia confuses speech sounds that are hard to hear through her implants, such as 's', 'f' and 'th', and this is holding back her phonics, reading and spelling.", "cognition_learning", B1_PHON),
                        X("Her visual memory is good, and she learns sight words quickly when she can see them written.", "strength"),
                    ],
                ),
                ("h", 1, "Observation in class"),
                (
                    "p",
                    [
                        "I observed Mia in a phonics lesson and in a science lesson held partly outdoors.",
                        N("By the afternoon Mia shows clear signs of listening fatigue: she becomes withdrawn, rubs at her processors and stops answering to her name.", "sensory_physical", None),
                        N("Mia does not yet tell an adult when a processor or the radio aid is not working, and on the morning of my visit a flat battery had gone unnoticed for over an hour.", "sensory_physical", B1_EQUIP),
                    ],
                ),
                (
                    "p",
                    [
                        X("A soundfield system was installed in the Year 2 classroom last year and is used in every lesson.", "support already in place"),
                        "It helps all the children, but it does not replace a personal radio aid for Mia.",
                    ],
                ),
                ("h", 1, "Recommendations"),
                ("p", "The table below says who should carry out each recommendation, how often, and why."),
                (
                    "grid",
                    [
                        ["Recommendation", "Who", "How often", "Reason"],
                        [
                            R("A personal radio aid linked to both processors, worn by whoever is teaching Mia, with every adult who teaches her shown how to use it.", "communication_interaction", "specific", F1_RADIO),
                            "Class teacher, teaching assistants, cover staff",
                            "Every lesson",
                            X("Mia loses more than half of what is said once there is background noise, and the microphone brings the teacher's voice straight to her processors.", "reason for a recommendation"),
                        ],
                        [
                            R("A visit from a qualified teacher of the deaf for one hour every two weeks, to check equipment, observe Mia in class, advise staff and teach her directly.", "communication_interaction", "not_specific", F1_TOD),
                            "Qualified teacher of the deaf",
                            "Fortnightly, one hour",
                            X("Her language and equipment needs change quickly at this age and need regular specialist monitoring.", "reason for a recommendation"),
                        ],
                        [
                            R("Individual language teaching from a teaching assistant trained by the teacher of the deaf, three times a week for 20 minutes, following a programme I will set and update each term.", "communication_interaction", "less", F1_LANG),
                            "Trained teaching assistant",
                            "Three times a week",
                            X("Without frequent direct teaching the gap between Mia's language and her classmates' is likely to widen.", "reason for a recommendation"),
                        ],
                        [
                            R("Pre-teaching of new topic vocabulary for ten minutes each day, so that Mia has met the words before she needs to hear them in a lesson.", "communication_interaction", "specific", F1_PRE),
                            "Teaching assistant",
                            "Daily, 10 minutes",
                            X("Words she already knows are far easier to pick out of classroom noise.", "reason for a recommendation"),
                        ],
                        [
                            R("A daily listening check of both processors and the radio aid using the Ling six sounds, on arrival, by a named adult.", "sensory_physical", "specific", F1_CHECK),
                            "Named teaching assistant",
                            "Daily",
                            "So that faults are found before the first lesson.",
                        ],
                        [
                            R("An acoustic assessment of the Year 2 classroom and the hall, followed by sound-absorbing panels and soft furnishings to bring the reverberation time down.", "sensory_physical", "missing_from_f"),
                            "School, with the Sensory Support Service",
                            "Once, then checked yearly",
                            X("The classroom has a hard floor and high ceiling and is very echoey, which makes speech harder to pick out.", "reason for a recommendation"),
                        ],
                        [
                            R("Two short listening breaks each afternoon, of about five minutes, in a quiet space, where Mia can rest from listening.", "sensory_physical", "missing_from_f"),
                            "Class teacher",
                            "Every afternoon",
                            "Listening through implants takes much more effort than typical hearing.",
                        ],
                        [
                            R("Deaf awareness training for every adult who works with Mia, including lunchtime supervisors, at the start of each school year.", "communication_interaction", "wrong_section", G1_AWARE, section="G"),
                            "Qualified teacher of the deaf",
                            "Yearly",
                            X("Staff who do not know how to face Mia and get her attention first will not be understood by her.", "reason for a recommendation"),
                        ],
                    ],
                    [0.4, 0.2, 0.15, 0.25],
                    True,
                ),
                ("h", 1, "Health and home"),
                (
                    "p",
                    [
                        R("Mia's implant programming (mapping) should continue at the implant centre every six months, and the centre will replace faulty parts.", "health", "not_educational", G1_MAP, section="G"),
                        R("At home, I have suggested that Mia's parents keep a spare battery pack in her book bag and talk through the day's topic words over tea.", "other", "not_educational"),
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
                ("small", "Mill Lane, Calderbrook - 01632 960162 - senco@brookside-inf.example.org"),
                ("title", "School advice for an EHC needs assessment"),
                ("p", "Pupil: Mia Thornbury-Osei, Year 2 (Owl Class). Written by Mrs Lena Varga, SENCo, with Miss Okafor, class teacher, 7 October 2026."),
                ("b", "What Mia is good at"),
                (
                    "p",
                    [
                        X("Mia is a sociable, funny girl who loves performing and was chosen to be the narrator in our Harvest assembly.", "strength"),
                        X("Her maths is at the expected standard and she is one of the quickest in the class at number bonds.", "attainment: strength"),
                    ],
                ),
                ("b", "What we have noticed"),
                (
                    "p",
                    [
                        N("We see Mia watching what the others do before she starts a task, because she has not caught the whole instruction, and she often starts the wrong activity.", "communication_interaction", B1_COPY),
                        N("At playtime Mia often plays on her own or beside other children rather than with them, because she cannot follow the fast talk of games outside, where the radio aid is not used.", "communication_interaction", None),
                    ],
                ),
                (
                    "p",
                    [
                        N("This term Mia has begun to say that she is different, and she told Miss Okafor that she does not want to wear her 'ears' at school any more because a child laughed at them.", "semh", None),
                        X("Her parents tell us she still wears them happily at home and at weekends.", "background"),
                    ],
                ),
                ("b", "What we already do"),
                (
                    "bul",
                    [
                        X("We seat Mia near the front, facing the teacher, with her back to the window.", "support already in place"),
                        X("Her teaching assistant already writes key instructions on a small whiteboard on her table.", "support already in place"),
                        X("Mia took part in our Speech Link group in Year 1, which she finished in July.", "support ended"),
                    ],
                ),
                ("b", "What we think Mia needs next"),
                (
                    "p",
                    [
                        R("We would like to run a small adult-led playtime group for Mia and three friends twice a week, teaching playground games with clear rules and a visual cue card, so that she can join in.", "communication_interaction", "not_specific", F1_PLAY),
                        X("We have thought about a place at the hearing-impaired resource base at Fernhill Primary, but Mia's parents and we agree that she is doing well here and should stay with her friends.", "option considered and rejected"),
                    ],
                ),
                (
                    "p",
                    [
                        R("We also think daily phonics in a very small group, where sounds are shown on the lips and with mouth pictures as well as heard, would help her catch up.", "cognition_learning", "specific", F1_PHON),
                        "Her reading book has gone up two levels since September.",
                    ],
                ),
                ("p", "Lena Varga, SENCo, on behalf of Brookside Infant School."),
            ],
        ),
    ],
)
CASES = [CASE_01]
