# ruff: noqa: E501, N802
"""Set R as data: sensory impairment plans (hearing, vision, multi-sensory) from nursery
to Year 11, several of them for families who speak English as an additional language, with
advice from a Qualified Teacher of the Deaf, Qualified Teachers of Vision Impairment and of
Multi-Sensory Impairment, an audiologist, a paediatric ophthalmology clinic, habilitation
specialists and NHS speech and language therapists. Four plan layouts no earlier set has:
an itemised register (one long table whose first column repeats the section letter on
every row), a PDF form with the section labels in a narrow left margin, run-in bold labels
opening each section's first paragraph, and needs, outcomes and provision grouped under the
preparing-for-adulthood headings.

Every name, council, school, service and professional is invented. Postcodes use areas that
do not exist and phone numbers are in the 01632 960xxx range. Markers are those of
evaluation_kit.dataset; the small functions below only build them.
"""

CI = "communication_interaction"
CL = "cognition_learning"
SEMH = "semh"
SP = "sensory_physical"
HE = "health"


def N(text: str, area: str, plan: str | None = None) -> tuple:
    """A need in a report; plan is the B sentence that states it (None: missing)."""
    return ("N", text, area, plan)


def R(text: str, area: str, status: str, plan: str | None = None, **extras) -> tuple:
    """A recommendation in a report and how the plan carries it."""
    return ("R", text, area, status, plan, extras)


def X(text: str, why: str) -> tuple:
    """A sentence that reads like a need or a recommendation but is not one."""
    return ("X", text, why)


def F(text: str, specific: bool) -> tuple:
    """A Section F provision."""
    return ("F", text, specific)


# ---------------------------------------------------------------------------
# case-evalr-01: Brackenmoor Metropolitan Borough Council; Kacper Zielinski, 7, Year 3,
# permanent bilateral hearing loss, Polish spoken at home.
# layout "itemised-register": the whole plan body is one table of two columns, the first
# repeating the section letter on every row, the second holding the entry; needs, outcomes
# and provision run B, E, F area by area, so B, E and F each have three runs of rows.
# ---------------------------------------------------------------------------

B1_HEAR = "Kacper has a permanent moderate to severe hearing loss in both ears and wears two hearing aids; he also uses a radio aid in class."
B1_NOISE = "He finds it much harder to hear when there is background noise, for example in group work, in the hall and at playtime."
B1_UNDER = "He can find it hard to follow longer spoken instructions, especially when there is nothing to look at."
B1_EXPR = "His spoken sentences are short and he often leaves out word endings."
B1_GROUP = "He can find group conversations hard to follow and sometimes talks over other children."
B1_SPEECH = "Some of his speech sounds are not yet clear."
B1_VOCAB = "Kacper has gaps in his English vocabulary, especially for the words he needs in topic and science lessons."
B1_LIT = "Kacper has literacy difficulties."

F1_VISITS = "A Qualified Teacher of the Deaf from the Brackenmoor Sensory Support Service will visit school three times a year to check Kacper's equipment, assess his listening and language, and advise staff."
F1_CHECK = "Every morning before registration his teaching assistant will check both hearing aids and the radio aid, using a stetoclip and the Ling six-sound test, and record the check in his equipment log."
F1_RADIO = "All adults teaching Kacper will use his radio aid transmitter in every lesson, including PE, assemblies and school trips."
F1_SEAT = "Kacper will be seated near the front of the class, to one side, where he can see the teacher's face and most of the other children."
F1_TRAIN = "Deaf awareness training for school staff."
F1_QUIET = "Access to a quiet space when needed."
F1_SALT = (
    "Speech and language therapy input as advised by the NHS Speech and Language Therapy Service."
)
F1_TAPROG = "His teaching assistant will carry out the speech and language therapist's programme with Kacper for 20 minutes twice a week."
F1_SUBT = "Subtitles will be switched on for every video shown in class, and new key words will be written on the whiteboard as they are introduced."
F1_VOCAB = "Pre-teaching of key topic vocabulary by a teaching assistant, individually or in a pair, for 15 minutes four times a week, using the word lists provided by the Qualified Teacher of the Deaf."
F1_PHON = "A phonics catch-up session of 15 minutes every day in a group of no more than four children, led by a trained teaching assistant, with a picture and a mouth shape shown for each sound."
G1_AUD = "Hearing aid review at Brackenmoor Children's Hearing Centre every three months, with new ear moulds as needed."
G1_BATT = "School will keep spare hearing aid batteries and tubing, change batteries when needed, and tell Kacper's parents the same day if an aid is faulty."

QTOD1 = "qtod_report.pdf"
SALT1 = "salt_report.docx"
AUD1 = "audiology_letter.docx"


def _reg(sid: str, *entries) -> list:
    """Rows of the register for one run of a section: the first row's letter is the
    heading, the letter is repeated on every further row."""
    rows = [[("H", sid, sid, ""), entries[0]]]
    rows += [[sid, e] for e in entries[1:]]
    return rows


CASE_01 = dict(
    name="case-evalr-01",
    layout="itemised-register",
    summary=(
        "Brackenmoor Metropolitan Borough Council; Kacper Zielinski, 7, Year 3 at Hollybank Community "
        "Primary School, a mainstream school (permanent bilateral moderate to severe sensorineural hearing "
        "loss, hearing aids and a radio aid; language delay in both Polish and English; Polish spoken at "
        "home). The whole plan is one two-column table, the first column repeating the section letter on "
        "every row; B, E and F run area by area. Qualified Teacher of the Deaf's report, NHS speech and "
        "language therapy advice, audiology clinic letter."
    ),
    note="Each section's heading is the first cell holding its letter alone; the letter is repeated on every further row of the section. B, E and F have three runs each (hearing, communication, learning). The battery and fault-reporting routine, placed in G, is a school routine and wrong_section; the hearing aid review in G is health provision. Fatigue from listening and managing his own equipment are missing from B.",
    plan=dict(
        file="plan.docx",
        sans=True,
        accent="2E5E4E",
        header="Brackenmoor MBC - Education, Health and Care Plan - OFFICIAL SENSITIVE",
        footer="Kacper Zielinski - final EHC plan issued 12 November 2026",
        blocks=[
            ("org", "Brackenmoor Metropolitan Borough Council"),
            (
                "small",
                "SEND Assessment and Review Team, Civic Offices, Tanner Street, Brackenmoor AC9 2LQ. Telephone 01632 960214.",
            ),
            ("title", "Education, Health and Care Plan: plan register"),
            (
                "kv",
                [
                    ("Name", "Kacper Zielinski"),
                    ("Date of birth", "14 May 2019"),
                    ("School and year group", "Hollybank Community Primary School, Year 3"),
                    ("Parents", "Agnieszka and Marek Zielinski"),
                    ("Home language", "Polish (an interpreter is booked for all meetings)"),
                    ("Type of plan", "Final plan following EHC needs assessment"),
                    ("Case officer", "Lorna Whitcombe, EHC Coordinator"),
                ],
            ),
            (
                "p",
                "This plan is kept as a register. Each row is one entry, and the first column gives the section of the plan it belongs to: A views, interests and aspirations; B special educational needs; C health needs; D social care needs; E outcomes; F special educational provision; G health provision; H1 and H2 social care provision; I placement; J personal budget; K advice and information. Needs, outcomes and provision are entered area by area.",
            ),
            (
                "grid",
                [
                    ["Section", "Entry"],
                    *_reg(
                        "A",
                        (
                            "S",
                            "A",
                            "Kacper says he likes football, drawing superheroes and playing with his cousin Oliwia, and that school is best when he can hear his friends.",
                        ),
                        "He would like to be a footballer or a policeman when he grows up.",
                        "What people like and admire about Kacper: he is kind and funny, a loyal friend, and he works hard in maths.",
                        "Kacper's parents want him to be able to read and write well in English and in Polish, to keep his friends and to feel confident to tell adults when he has not heard something.",
                    ),
                    *_reg(
                        "B",
                        ["Hearing and listening.", ("S", "B", B1_HEAR)],
                        B1_NOISE,
                        "Kacper's hearing loss was identified when he was two; he has worn hearing aids since 2021 and a radio aid since January 2025.",
                    ),
                    *_reg(
                        "E",
                        (
                            "S",
                            "E",
                            "By July 2027 Kacper will follow a two-step instruction given to the class when the radio aid is in use, on four occasions out of five.",
                        ),
                        "By July 2027 Kacper will be able to say or sign when he has not heard something in class.",
                        "By the end of Year 3 Kacper will check his hearing aids with an adult each morning and tell an adult straight away if one stops working.",
                    ),
                    *_reg(
                        "F",
                        ("S", "F", F(F1_VISITS, True)),
                        F(F1_CHECK, True),
                        F(F1_RADIO, True),
                        F(F1_SEAT, True),
                        F(F1_TRAIN, False),
                        F(F1_QUIET, False),
                    ),
                    *_reg(
                        "B",
                        ["Communication and language.", B1_UNDER, B1_EXPR],
                        [B1_GROUP, B1_SPEECH],
                        B1_VOCAB,
                    ),
                    *_reg(
                        "E",
                        "By July 2027 Kacper will use sentences of six or more words, with the correct past tense endings, to tell an adult about his weekend.",
                        "By the end of Year 3 Kacper will know and use 80% of the key words taught in each science and topic unit.",
                    ),
                    *_reg(
                        "F",
                        F(F1_SALT, False),
                        F(F1_TAPROG, True),
                        F(F1_SUBT, True),
                        F(F1_VOCAB, True),
                    ),
                    *_reg("B", ["Learning.", B1_LIT]),
                    *_reg(
                        "E",
                        "By July 2027 Kacper will read and spell words with the sounds s, f, sh and th correctly in nine out of ten attempts.",
                    ),
                    *_reg("F", F(F1_PHON, True)),
                    *_reg(
                        "C",
                        (
                            "S",
                            "C",
                            "Kacper's hearing loss is permanent and he is under the care of Brackenmoor Children's Hearing Centre.",
                        ),
                        "When he has an ear infection in his left ear he cannot wear his left hearing aid until it has cleared.",
                    ),
                    *_reg("D", ("S", "D", "Kacper has no social care needs.")),
                    *_reg("G", ("S", "G", G1_AUD), G1_BATT),
                    *_reg(
                        "H1",
                        (
                            "S",
                            "H1",
                            "No provision under section 2 of the Chronically Sick and Disabled Persons Act 1970.",
                        ),
                    ),
                    *_reg("H2", ("S", "H2", "No other social care provision is required.")),
                    *_reg(
                        "I",
                        (
                            "S",
                            "I",
                            "Hollybank Community Primary School, Mill Road, Brackenmoor (mainstream community primary school).",
                        ),
                    ),
                    *_reg(
                        "J", ("S", "J", "Kacper's parents have not requested a personal budget.")
                    ),
                    *_reg(
                        "K",
                        (
                            "S",
                            "K",
                            "Advice of the Qualified Teacher of the Deaf (September 2026); speech and language therapy advice (October 2026); audiology clinic letter (September 2026); school advice (September 2026); parents' views, given with an interpreter (August 2026).",
                        ),
                        "Educational psychology advice (October 2026).",
                        "Social care: Kacper is not known to children's social care; a check was made in August 2026.",
                    ),
                ],
                [0.1, 0.9],
                True,
            ),
            (
                "p",
                "Signed on behalf of Brackenmoor Metropolitan Borough Council: Lorna Whitcombe, EHC Coordinator, 12 November 2026.",
            ),
        ],
    ),
    reports=[
        dict(
            file=QTOD1,
            sans=True,
            accent="2E5E4E",
            header="Brackenmoor Sensory Support Service - Hearing Impairment Team",
            footer="QToD advice - Kacper Zielinski - page {n} of {m}",
            blocks=[
                ("org", "Brackenmoor Sensory Support Service"),
                (
                    "title",
                    "Advice for an EHC needs assessment from a Qualified Teacher of the Deaf",
                ),
                (
                    "kv",
                    [
                        ("Child", "Kacper Zielinski, born 14 May 2019"),
                        ("School", "Hollybank Community Primary School, Year 3"),
                        (
                            "Home language",
                            "Polish; Mrs Zielinska was interviewed with an interpreter from Brackenmoor Interpreting Service",
                        ),
                        ("Visits", "9 and 16 September 2026, in class and in a quiet room"),
                        (
                            "Author",
                            "Harriet Oduya, Qualified Teacher of the Deaf (mandatory qualification), Advisory Teacher",
                        ),
                    ],
                ),
                ("h", 2, "1. Background"),
                (
                    "p",
                    [
                        X(
                            "Kacper passed his newborn hearing screen; his hearing loss was identified at 26 months, after his parents raised concerns that he was not starting to talk.",
                            "history",
                        ),
                        "He was fitted with hearing aids in 2021 and has been known to this service since then.",
                        X(
                            "Kacper has worn his hearing aids consistently since he started Reception, and his parents report that he now asks for them as soon as he wakes up.",
                            "progress: a difficulty that has resolved",
                        ),
                        "A radio aid was issued in January 2025 following a review of his listening in class.",
                    ],
                ),
                ("h", 2, "2. Views of Kacper and his parents"),
                (
                    "p",
                    [
                        X(
                            "Kacper told me that he likes his radio aid because it makes his teacher 'sound like she is next to me', but that he does not like it when other children ask about his hearing aids.",
                            "child's views",
                        ),
                        "He drew a picture of himself in the playground with a speech bubble saying 'What?', and said that this is what playtime is like.",
                    ],
                ),
                (
                    "p",
                    [
                        "Mrs Zielinska said, through the interpreter, that Kacper talks a lot at home in Polish and loves to help his father in the garage.",
                        X(
                            "She would like more information in Polish about looking after his hearing aids, and was pleased to be given the service's translated leaflet.",
                            "parent's request for information, not a need of the child",
                        ),
                        "Both parents would like Kacper to stay at Hollybank, where his cousin is in Year 5.",
                    ],
                ),
                ("h", 2, "3. Progress against the targets set in spring 2026"),
                (
                    "grid",
                    [
                        ["Target (SEN support plan, spring 2026)", "Outcome by July 2026"],
                        ["Put his hearing aids in by himself each morning", "Achieved"],
                        [
                            "Use the radio aid in every assembly",
                            "Partly achieved: used in about half of assemblies, as it was often left in the classroom",
                        ],
                        [
                            "Read and spell 30 Year 2 common exception words",
                            "Partly achieved: 21 of 30",
                        ],
                        [
                            "Join a group game at playtime with an adult's help",
                            "Achieved with adult support; not yet without it",
                        ],
                    ],
                    [0.55, 0.45],
                ),
                ("h", 2, "4. Audiological information"),
                (
                    "p",
                    [
                        N(
                            "Kacper has a permanent bilateral moderate to severe sensorineural hearing loss, and he relies on his hearing aids and radio aid to access spoken language in the classroom.",
                            SP,
                            B1_HEAR,
                        ),
                        "The most recent audiogram, from the Children's Hearing Centre in September 2026, is summarised below.",
                    ],
                ),
                (
                    "table",
                    [
                        ["Frequency (Hz)", "250", "500", "1000", "2000", "4000"],
                        ["Right ear (dB HL)", "55", "55", "60", "65", "70"],
                        ["Left ear (dB HL)", "60", "60", "65", "70", "75"],
                    ],
                    dict(widths=[0.3, 0.14, 0.14, 0.14, 0.14, 0.14], bold_col0=True),
                ),
                (
                    "p",
                    X(
                        "Aided, his thresholds are within the mild loss range across the speech frequencies, which means that in quiet and close to the speaker he hears most speech sounds.",
                        "test result",
                    ),
                ),
                ("h", 2, "5. Functional listening assessment"),
                (
                    "p",
                    [
                        X(
                            "Kacper detected all six Ling sounds at one metre in quiet, and at three metres with the radio aid, but he missed /s/ and /sh/ at three metres without it.",
                            "test result",
                        ),
                        X(
                            "On a word discrimination test in quiet he repeated 90% of words correctly at one metre; with recorded classroom noise at three metres, and without the radio aid, this fell to 40%.",
                            "test result",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "In background noise his ability to follow speech falls sharply, and he misses a large part of what is said in group work, in the hall and in the playground.",
                            SP,
                            B1_NOISE,
                        ),
                        "This matters because much of the learning in Year 3 happens in group tasks, and the noise level in a busy classroom is often higher than the level of the test.",
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "I observed Kacper in a 40-minute science lesson on 16 September, in which the class worked in groups of four to sort materials.",
                            "context of an observation",
                        ),
                        "While the teacher introduced the task, using the radio aid, Kacper watched her closely and began work straight away. Once the groups were talking he looked from face to face, repeated what the child beside him did, and twice asked me what he was meant to be doing. The radio aid transmitter was left on the teacher's desk during the group work.",
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Kacper does not yet reliably tell an adult when his hearing aids or radio aid are not working, and on at least three days in the autumn term a flat battery went unnoticed until the afternoon.",
                            SP,
                        ),
                        "When I asked him about this he said that he 'didn't want to make a fuss'.",
                    ],
                ),
                ("h", 2, "6. Classroom listening environment"),
                (
                    "p",
                    "I carried out an acoustic audit of the Year 3 classroom on 9 September, during a lesson and again at lunchtime when it was empty. The room is in the 1960s block, with a hard floor, a high ceiling and windows onto the car park.",
                ),
                (
                    "grid",
                    [
                        ["Feature", "Finding", "Effect for Kacper"],
                        [
                            "Reverberation",
                            X(
                                "Reverberation time measured at 0.9 seconds in the empty room",
                                "test result",
                            ),
                            "Speech is smeared by echo; well above the 0.6 seconds the building guidance (BB93) sets for a classroom, and far above what a deaf child needs",
                        ],
                        [
                            "Background noise",
                            "52 dB(A) with the class working quietly; 68 dB(A) during group work",
                            "The teacher's voice is barely louder than the room",
                        ],
                        [
                            "Floor and furniture",
                            "Hard vinyl floor; metal chair legs with no pads",
                            "Chairs scraping add sudden loud noise",
                        ],
                        [
                            "Lighting",
                            "Good; the teacher stands with her back to the window for the morning input",
                            "Her face is in shadow, so lip-reading is hard",
                        ],
                    ],
                    [0.2, 0.4, 0.4],
                ),
                ("h", 2, "7. Language and learning"),
                (
                    "p",
                    [
                        N(
                            "Kacper's English vocabulary is well below that of his hearing classmates, particularly for the subject words met in science and topic work, such as 'transparent', 'absorb' and 'settlement'.",
                            CI,
                            B1_VOCAB,
                        ),
                        X(
                            "His Polish vocabulary, assessed informally with his mother's help, is also below what would be expected for his age, which suggests that the gap comes from his hearing loss rather than from learning a second language.",
                            "professional opinion on cause",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "His phonics is behind that of his class: he confuses sounds that are hard to hear, such as /s/, /f/ and /th/, when he reads and spells.",
                            CL,
                            B1_LIT,
                        ),
                        X(
                            "Kacper's maths is in line with his class, and he enjoys number work where the teaching is visual.",
                            "strength",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Kacper becomes very tired by the afternoon from the effort of listening all day, and his class teacher reports that his attention and behaviour deteriorate after lunch, when he is more likely to wander and to fall out with friends.",
                            SEMH,
                        ),
                        "This listening fatigue is common in deaf children in mainstream classes and is easily mistaken for poor behaviour. A child who has concentrated on lip-reading and listening through a morning of phonics, maths and English has often used up his reserves by lunchtime, and what looks like daydreaming or silliness in the afternoon is frequently exhaustion.",
                    ],
                ),
                ("h", 2, "8. Equipment currently issued"),
                (
                    "grid",
                    [
                        ["Item", "Supplied by", "Who looks after it"],
                        [
                            X(
                                "Two behind-the-ear hearing aids (Phonak Sky), with spare ear moulds",
                                "support already in place",
                            ),
                            "Children's Hearing Centre",
                            "Kacper and his parents; school for daily checks",
                        ],
                        [
                            "Roger radio aid: Touchscreen Mic transmitter and two receivers",
                            "Sensory Support Service (on loan)",
                            "Class teacher; QToD for repairs",
                        ],
                        [
                            "Stetoclip and battery tester",
                            "Sensory Support Service",
                            "Teaching assistant",
                        ],
                    ],
                    [0.45, 0.25, 0.3],
                ),
                ("h", 2, "9. Recommendations"),
                ("b", "Equipment and its use"),
                (
                    "bul",
                    [
                        R(
                            "The radio aid should be used by every adult who teaches Kacper, in every lesson including PE and assemblies, and passed to the speaking child during class discussions.",
                            SP,
                            "specific",
                            F1_RADIO,
                        ),
                        R(
                            "A named adult should check both hearing aids and the radio aid every morning, using the Ling six-sound test and a stetoclip, and keep a written record of each check.",
                            SP,
                            "specific",
                            F1_CHECK,
                        ),
                        X(
                            "A soundfield system was considered; because of the reverberation in this room it would add to the echo, and I do not recommend it for Kacper.",
                            "option considered and not recommended",
                        ),
                    ],
                ),
                ("b", "Staff training"),
                (
                    "p",
                    R(
                        "All staff who work with Kacper, including midday supervisors, should receive deaf awareness training from the Sensory Support Service at the start of each school year, with a further half-day session for his class teacher and teaching assistant on managing his equipment.",
                        SP,
                        "not_specific",
                        F1_TRAIN,
                    ),
                ),
                ("b", "Teaching and support"),
                (
                    "bul",
                    [
                        R(
                            "Kacper will need key topic vocabulary pre-taught by a teaching assistant for 15 minutes, four times a week, using word lists that I will provide at the start of each half term.",
                            CI,
                            "specific",
                            F1_VOCAB,
                        ),
                        R(
                            "He should sit near the front of the class, to one side, so that he can see the teacher's face and turn to see the other children when they speak.",
                            SP,
                            "specific",
                            F1_SEAT,
                        ),
                        R(
                            "He should be given a short quiet listening break, of about five minutes, after lunch and after any assembly, in a quiet room away from the classroom.",
                            SEMH,
                            "not_specific",
                            F1_QUIET,
                        ),
                        R(
                            "Given the level of his loss and his age, I recommend visits from a Qualified Teacher of the Deaf at least once each half term, six visits a year, to check equipment, monitor his listening and language, and advise staff.",
                            SP,
                            "less",
                            F1_VISITS,
                        ),
                    ],
                ),
                ("b", "The classroom"),
                (
                    "p",
                    [
                        R(
                            "The Year 3 classroom needs acoustic treatment, namely carpet tiles or a soft floor covering in the carpet area, acoustic panels on the ceiling and felt pads on the chair legs, to bring the reverberation time down to 0.4 seconds or less.",
                            SP,
                            "missing_from_f",
                        ),
                        "If Kacper is to stay in the 1960s block in Year 4, the same will apply to that room.",
                    ],
                ),
                (
                    "p",
                    "I would be happy to discuss this advice with Kacper's parents, with an interpreter, and with the school. Harriet Oduya, Qualified Teacher of the Deaf, 28 September 2026. Telephone 01632 960388; e-mail h.oduya@example.org.",
                ),
            ],
        ),
        dict(
            file=SALT1,
            author="Niamh Gallagher",
            footer="Brackenmoor Children's Community Health Services NHS Trust - Speech and Language Therapy",
            blocks=[
                ("org", "Brackenmoor Children's Community Health Services NHS Trust"),
                (
                    "small",
                    "Children's Speech and Language Therapy, Larchfield Clinic, Brackenmoor AC9 6DW. Telephone 01632 960511.",
                ),
                ("title", "Speech and language therapy advice for an EHC needs assessment"),
                (
                    "kv",
                    [
                        ("Name", "Kacper Zielinski"),
                        ("Date of birth", "14 May 2019"),
                        (
                            "Seen",
                            "Hollybank Community Primary School, 30 September and 7 October 2026",
                        ),
                        (
                            "Therapist",
                            "Niamh Gallagher, Specialist Speech and Language Therapist (hearing impairment)",
                        ),
                    ],
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        X(
                            "Kacper was referred again by his Qualified Teacher of the Deaf in June 2026.",
                            "context of the referral",
                        ),
                        X(
                            "He was seen by this service between 2022 and 2024 for delayed early language and was discharged in July 2024 when he had met his targets.",
                            "history: past episode of therapy",
                        ),
                        "Kacper's family speak Polish at home. His mother took part in the parent interview with an interpreter, and part of the assessment was carried out in Polish with the interpreter's help.",
                    ],
                ),
                ("h", 2, "Assessment"),
                (
                    "p",
                    [
                        X(
                            "On the CELF-5UK Kacper's core language standard score was 72, which is at the 3rd centile.",
                            "test result",
                        ),
                        "His receptive language index was 70 and his expressive language index 76. Informal assessment in Polish showed a similar pattern.",
                        X(
                            "His difficulties show in both of his languages and cannot be explained by his learning English as an additional language.",
                            "professional opinion on cause",
                        ),
                    ],
                ),
                ("h", 2, "Summary of speech, language and communication needs"),
                (
                    "bul",
                    [
                        N(
                            "Kacper has difficulty understanding longer instructions and sentences containing concept words such as 'before', 'after' and 'unless', particularly when there is no visual support.",
                            CI,
                            B1_UNDER,
                        ),
                        N(
                            "His expressive language is reduced for his age in both Polish and English; he uses short sentences and leaves out grammatical endings, such as plural -s and past tense -ed, which he cannot hear clearly.",
                            CI,
                            B1_EXPR,
                        ),
                        N(
                            "In group conversation he loses track of who is speaking, talks over other children and is sometimes left out of games in the playground.",
                            CI,
                            B1_GROUP,
                        ),
                        N(
                            "His speech is mostly intelligible, but he reduces clusters with /s/, for example saying 'poon' for 'spoon' and 'nake' for 'snake'.",
                            CI,
                            B1_SPEECH,
                        ),
                    ],
                ),
                ("h", 2, "Parents' views"),
                (
                    "p",
                    "Mr and Mrs Zielinski said that Kacper is a chatty, funny boy at home, and that he is more confident speaking Polish than English. They are keen for him to keep attending Polish Saturday school, which he enjoys.",
                ),
                ("h", 2, "Support in place"),
                (
                    "p",
                    [
                        X(
                            "Kacper currently has a teaching assistant in class every morning, shared with two other pupils, funded by the school from its own SEN budget.",
                            "support already in place",
                        ),
                        "The class teacher uses the radio aid for whole-class teaching and has put a picture timetable on the wall.",
                    ],
                ),
                ("h", 2, "Strengths"),
                (
                    "p",
                    [
                        X(
                            "Kacper is a keen communicator who uses gesture and facial expression well to make himself understood.",
                            "strength",
                        ),
                        "He repairs a breakdown in conversation when an adult prompts him, and he enjoys telling jokes.",
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Who", "How often"],
                        [
                            R(
                                "Direct speech and language therapy in school, targeting understanding of concept words and the grammatical endings he omits",
                                CI,
                                "not_specific",
                                F1_SALT,
                            ),
                            "NHS speech and language therapist",
                            "A block of six weekly 30-minute sessions each term",
                        ],
                        [
                            R(
                                "A language programme, written by the therapist and carried out by Kacper's teaching assistant, with the targets changed at the end of each block",
                                CI,
                                "less",
                                F1_TAPROG,
                            ),
                            "Teaching assistant, trained by the therapist",
                            "20 minutes, three times a week",
                        ],
                        [
                            R(
                                "Subtitles switched on for every video clip, and key words written on the board as they are introduced, so that he can see what he cannot hear",
                                CI,
                                "specific",
                                F1_SUBT,
                            ),
                            "Class teacher",
                            "Every lesson",
                        ],
                    ],
                    [0.5, 0.25, 0.25],
                ),
                (
                    "p",
                    R(
                        "Kacper's parents should continue to speak Polish at home and to share books in Polish with him, because a strong first language supports his learning of English.",
                        CI,
                        "not_educational",
                    ),
                ),
                (
                    "p",
                    "Niamh Gallagher, Specialist Speech and Language Therapist, HCPC registered. 12 October 2026.",
                ),
            ],
        ),
        dict(
            file=AUD1,
            author="Rhys Penhaligon",
            blocks=[
                ("org", "Brackenmoor Children's Hearing Centre"),
                (
                    "small",
                    "Audiology Department, Brackenmoor General Hospital, Infirmary Road, Brackenmoor AC9 4RT. Telephone 01632 960730.",
                ),
                ("p", "Dr S. Marsh, Larchfield Surgery, Brackenmoor"),
                (
                    "small",
                    "Copy to: Mr and Mrs Zielinski (with a Polish translation); Harriet Oduya, Qualified Teacher of the Deaf",
                ),
                (
                    "p",
                    "Date of clinic: 22 September 2026. Dictated 22 September 2026, typed 25 September 2026.",
                ),
                ("b", "Re: Kacper Zielinski, DOB 14/05/2019, Hospital number BG4471926"),
                (
                    "p",
                    "Diagnosis: bilateral moderate to severe sensorineural hearing loss. Hearing aids: Phonak Sky, bilateral. Radio aid: Roger Touchscreen Mic (Sensory Support Service).",
                ),
                ("p", "Dear Dr Marsh,"),
                (
                    "p",
                    [
                        "I saw Kacper today with his mother for his routine hearing aid review; a Polish interpreter was present.",
                        X(
                            "Pure tone audiometry today showed thresholds of 55 to 70 dB HL in the right ear and 60 to 75 dB HL in the left, which is little changed from his test in March.",
                            "test result",
                        ),
                        X(
                            "Tympanometry was normal on the right; on the left there was a flat trace consistent with fluid behind the eardrum, which I expect to clear.",
                            "health finding",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "The ear infection in his left ear reported in October last year has cleared, and his ears were otherwise healthy on examination.",
                            "resolved health problem",
                        ),
                        X(
                            "The radio aid was checked with his hearing aids in the clinic today and is working to prescription.",
                            "equipment already in place",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Speech testing in the sound booth gave 88% in quiet and 40% with competing noise at a signal-to-noise ratio of +5 dB.",
                            "test result",
                        ),
                        N(
                            "In practical terms, Kacper will miss a good deal of what is said whenever there is background noise, however well his aids are fitted.",
                            SP,
                            B1_NOISE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "I have asked to see Kacper again in three months for a hearing aid review and new ear moulds, as he is growing quickly and the left mould is now loose.",
                            HE,
                            "not_educational",
                            G1_AUD,
                            section="G",
                        ),
                        R(
                            "It would help if school could keep a supply of spare batteries and tubing for Kacper's aids, change the batteries when they run out, and let his parents know the same day if an aid stops working, as a day without amplification matters at this level of loss.",
                            SP,
                            "wrong_section",
                            G1_BATT,
                            section="G",
                        ),
                    ],
                ),
                (
                    "p",
                    "No medical referral is needed at present. Please do not hesitate to contact me if there are any concerns.",
                ),
                ("p", "Yours sincerely,"),
                (
                    "sig",
                    [
                        "Dr Rhys Penhaligon",
                        "Clinical Scientist (Audiology)",
                        "Brackenmoor Children's Hearing Centre",
                    ],
                ),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalr-02: Thornleigh County Council; Ayaan Rahman, 3, school nursery class,
# oculocutaneous albinism with nystagmus; Sylheti spoken at home.
# layout "margin-labels-pdf": a PDF form whose section labels ("Section B: Special
# educational needs") sit in a narrow left column beside the text, under a rule.
# ---------------------------------------------------------------------------

B2_VI = "Ayaan has a significant visual impairment caused by albinism, with nystagmus (involuntary flickering of the eyes) and reduced vision for both near and distance."
B2_FACES = "He may not recognise people until they are close to him or speak to him."
B2_INCID = "He misses out on much of the learning that other children pick up by watching."
B2_GLARE = "Ayaan is very sensitive to bright light and glare."
B2_NEAR = "He needs to hold books, pictures and toys very close to see them, and he finds it hard to pick out detail."
B2_MOB = "Ayaan has difficulty moving around safely, especially on steps, kerbs and changes of floor surface."
B2_ROUTE = "He needs adult help to find his way around the nursery."
B2_SELF = "He needs help with self-care at snack and lunch times, such as finding his cup and the food on his plate."

F2_QTVI = "A Qualified Teacher of Vision Impairment from the Thornleigh Vision Support Team will visit the nursery for one hour each half term to work with Ayaan, review his progress and advise staff."
F2_VIS = "Activities to develop Ayaan's use of his vision, as advised by the QTVI."
F2_TRAIN = "All nursery staff will attend two hours of visual impairment awareness training, given by the QTVI in the nursery during the spring term 2027."
F2_BLINDS = "Vertical blinds will be fitted to the south-facing windows of the nursery room, and a shade sail put up over the sand pit, by the end of February 2027."
F2_RES = "Books, photographs and symbols used with Ayaan will be bold, uncluttered and high in contrast, and enlarged to A3 for group stories, prepared by his key person."
F2_SNACK = "At snack and lunch Ayaan's food will be served on a plain plate that contrasts with the food and the table, with his cup always in the same place, to the top right of his plate."
F2_GUIDE = "Ayaan's key person and one other member of staff will be trained by the habilitation specialist in sighted guiding before the end of January 2027."
F2_EXPLORE = "Opportunities to explore the nursery environment with adult support."
F2_TRANS = "A transition plan will be put in place before Ayaan starts in Reception."
G2_EYE = "Review at the Paediatric Eye Clinic, Thornleigh Royal Infirmary, every six months, with glasses and tinted lenses as prescribed."
G2_HAB = "Habilitation (mobility) training from the habilitation specialist of the Thornleigh Sensory Service, 45 minutes every fortnight in the nursery during the spring and summer terms 2027."

QTVI2 = "qtvi_report.docx"
EYE2 = "ophthalmology_letter.pdf"
HAB2 = "habilitation_report.pdf"


def _margin(sid: str, label: str, *paras) -> tuple:
    """One section of the form: its label in the left margin beside its paragraphs."""
    return ("margin", ("H", sid, label, ""), list(paras))


CASE_02 = dict(
    name="case-evalr-02",
    layout="margin-labels-pdf",
    summary=(
        "Thornleigh County Council; Ayaan Rahman, 3, in the nursery class of Rosebank Primary School "
        "(oculocutaneous albinism with nystagmus, light sensitivity, mobility; learning English as an "
        "additional language, Sylheti spoken at home). A PDF form: each section's label sits in a narrow "
        "left margin column beside its text. QTVI's report with functional vision assessment, environmental "
        "audit and equipment list; paediatric ophthalmology clinic letter; habilitation specialist's report."
    ),
    note="Each heading is the label in the left margin column; the text beside and below it, to the next label, is the section. Habilitation training delivered in the nursery and placed in G is wrong_section; the eye clinic review in G is health provision. Learning English as an additional language is stated in B as context and is not a special educational need in itself; the QTVI's and the clinic's comments on it are non_needs. Fine motor and mark-making, and playing alone, are missing from B.",
    plan=dict(
        file="plan.pdf",
        sans=True,
        accent="5B2C6F",
        header="Thornleigh County Council - Education, Health and Care Plan",
        footer="EHC plan - Ayaan Rahman - final - page {n} of {m}",
        blocks=[
            ("org", "Thornleigh County Council - SEND Statutory Assessment Service"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Child's name", "Ayaan Rahman"),
                    ("Date of birth", "3 December 2022"),
                    ("Setting", "Rosebank Primary School, nursery class (15 hours a week)"),
                    ("Parents", "Shamima Begum and Abdul Rahman"),
                    (
                        "Language at home",
                        "Sylheti; the family would like letters in English, explained by an interpreter",
                    ),
                    ("Date of this plan", "18 November 2026 (final)"),
                ],
            ),
            _margin(
                "A",
                "Section A: Views, interests and aspirations",
                (
                    "S",
                    "A",
                    "Ayaan loves music, the sound of the rain on the nursery roof and being swung round by his dad.",
                ),
                "At nursery he likes the water tray, the musical instruments and the big cushions in the book corner.",
                "His parents told us, with an interpreter, that they want Ayaan to be safe, to make friends, and to learn to read like his older sister. They are worried about the steps and the busy car park.",
            ),
            _margin(
                "B",
                "Section B: Special educational needs",
                "Primary area of need: sensory and/or physical (vision impairment).",
                ("S", "B", B2_VI),
                [B2_FACES, B2_INCID],
                [B2_GLARE, B2_NEAR],
                [B2_MOB, B2_ROUTE],
                B2_SELF,
                "Ayaan is learning English as an additional language; his family speak Sylheti at home.",
            ),
            _margin(
                "C",
                "Section C: Health needs",
                (
                    "S",
                    "C",
                    "Ayaan has oculocutaneous albinism and is under the care of the Paediatric Eye Clinic at Thornleigh Royal Infirmary; he was certified as sight impaired in September 2026.",
                ),
                "His skin burns easily and he needs sun protection outdoors.",
            ),
            _margin(
                "D",
                "Section D: Social care needs",
                ("S", "D", "No social care needs have been identified."),
            ),
            _margin(
                "E",
                "Section E: Outcomes",
                (
                    "S",
                    "E",
                    "By July 2027 Ayaan will walk from the nursery door to his coat peg and to the toilets on his own.",
                ),
                "By July 2027 Ayaan will find a named toy on a plain tray of five toys.",
                "By the time he starts in Reception Ayaan will go up and down the steps to the garden holding the rail, without an adult's hand.",
            ),
            _margin(
                "F",
                "Section F: Special educational provision",
                (
                    "S",
                    "F",
                    "Rosebank Primary School and the services named below will make the following provision.",
                ),
                F(F2_QTVI, True),
                F(F2_VIS, False),
                F(F2_TRAIN, True),
                F(F2_BLINDS, True),
                F(F2_RES, True),
                F(F2_SNACK, True),
                F(F2_GUIDE, True),
                F(F2_EXPLORE, False),
                F(F2_TRANS, False),
            ),
            _margin("G", "Section G: Health provision", ("S", "G", G2_EYE), G2_HAB),
            _margin(
                "H1",
                "Section H1: Social care provision under the Chronically Sick and Disabled Persons Act 1970",
                ("S", "H1", "None."),
            ),
            _margin(
                "H2", "Section H2: Other social care provision", ("S", "H2", "None at present.")
            ),
            _margin(
                "I",
                "Section I: Placement",
                (
                    "S",
                    "I",
                    "Rosebank Primary School nursery class, Station Road, Thornleigh (mainstream maintained school), until August 2027.",
                ),
            ),
            _margin(
                "J",
                "Section J: Personal budget",
                ("S", "J", "No personal budget has been requested."),
            ),
            _margin(
                "K",
                "Section K: Advice and information",
                (
                    "S",
                    "K",
                    "Report of the Qualified Teacher of Vision Impairment (October 2026); letter from the Paediatric Eye Clinic (September 2026); habilitation report (October 2026); nursery report (September 2026); educational psychology advice (October 2026); parents' views (August 2026).",
                ),
            ),
            (
                "p",
                "Issued by Marcus Adebayo, SEND Case Officer, on behalf of Thornleigh County Council.",
            ),
        ],
    ),
    reports=[
        dict(
            file=QTVI2,
            author="Gwen Ashdown",
            header="Thornleigh Vision Support Team",
            footer="Advice of the Qualified Teacher of Vision Impairment - Ayaan Rahman",
            blocks=[
                ("org", "Thornleigh Vision Support Team"),
                (
                    "small",
                    "Part of Thornleigh Sensory Service, The Maltings, Thornleigh HF3 8PB. Telephone 01632 960642.",
                ),
                ("title", "Educational advice: vision impairment"),
                (
                    "kv",
                    [
                        ("Child", "Ayaan Rahman, born 3 December 2022"),
                        ("Setting", "Rosebank Primary School nursery class"),
                        (
                            "Visual condition",
                            "Oculocutaneous albinism; nystagmus; registered sight impaired",
                        ),
                        ("Author", "Gwen Ashdown, Qualified Teacher of Vision Impairment"),
                        (
                            "Contact",
                            "Three visits to nursery and one home visit with an interpreter, September and October 2026",
                        ),
                    ],
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        X(
                            "Ayaan was referred to the Vision Support Team by the eye clinic when he was nine months old, and I have visited him at home every month since then.",
                            "history",
                        ),
                        "He started in the nursery class in September 2026 and attends five mornings a week.",
                        X(
                            "Ayaan's parents told me, through the interpreter, that he is happiest when he is making music or being chased round the garden by his sister.",
                            "parents' views: interests",
                        ),
                    ],
                ),
                ("h", 2, "Functional vision assessment"),
                (
                    "p",
                    "The assessment was carried out in the nursery room and the garden, in ordinary light and in the shaded quiet room, using familiar toys, Kay picture cards and everyday objects.",
                ),
                (
                    "grid",
                    [
                        ["What I looked at", "What Ayaan did"],
                        [
                            "Distance vision",
                            X(
                                "Kay pictures: 0.8 logMAR with both eyes open, at 3 metres, in his glasses",
                                "test result",
                            ),
                        ],
                        ["Near vision", "Named pictures 1 cm high when held at 8 cm from his eyes"],
                        [
                            "Tracking",
                            "Followed a rolling 2.5 cm yellow ball across a dark table; lost a white ball on the white floor",
                        ],
                        [
                            "Colour and contrast",
                            "Matched bright colours; did not find a grey toy on the grey carpet",
                        ],
                        [
                            "Light",
                            "Screwed up his eyes and turned away by the window; looked about freely in the shaded quiet room",
                        ],
                    ],
                    [0.3, 0.7],
                ),
                (
                    "p",
                    [
                        N(
                            "Ayaan has oculocutaneous albinism with nystagmus, and his distance vision with both eyes open is reduced to around 0.8 logMAR, which is roughly six times poorer than typical vision for his age.",
                            SP,
                            B2_VI,
                        ),
                        "In practice this means that he can see a large toy across the room but not who is holding it.",
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "He does not yet recognise familiar adults' faces across the room, and he waits for them to speak before he responds to them.",
                            SP,
                            B2_FACES,
                        ),
                        N(
                            "Bright light and glare cause him real discomfort: in the sunny half of the nursery room he screws up his eyes, turns away and stops playing.",
                            SP,
                            B2_GLARE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "He brings pictures and books to within 5 to 10 cm of his eyes, misses fine detail in pictures, and cannot yet pick out a small object on a busy, patterned background.",
                            SP,
                            B2_NEAR,
                        ),
                        X(
                            "This close viewing is normal and comfortable for a child with albinism, and it will not harm his eyes.",
                            "explanation",
                        ),
                    ],
                ),
                ("h", 2, "Learning and play"),
                (
                    "p",
                    [
                        N(
                            "Because he cannot see what other children are doing across the room, Ayaan misses much of the learning his sighted peers pick up incidentally, such as how to use the role-play kitchen or where the children have gone to line up.",
                            CL,
                            B2_INCID,
                        ),
                        N(
                            "His fine motor and early mark-making skills are behind those of his peers, partly because he cannot easily see what his hands are doing on a pale table, and he avoids the drawing and playdough tables.",
                            SP,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Ayaan tends to play on his own at the edge of the room and rarely joins other children, because he cannot see who is there or what they are playing, and the nursery staff have noticed that other children have begun to play around him rather than with him.",
                            SEMH,
                        ),
                        X(
                            "Ayaan's parents say he understands everything said to him in Sylheti and chatters at home in short sentences, which suggests that his limited English reflects learning a new language rather than a language difficulty.",
                            "English as an additional language is not a special educational need",
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "Ayaan is a cheerful, determined little boy who has settled well into nursery and now separates from his mother without tears.",
                        "strength; a resolved difficulty",
                    ),
                ),
                ("h", 2, "Current support and why more is needed"),
                (
                    "p",
                    [
                        X(
                            "At present Ayaan's key person works with him on looking games for about ten minutes on most mornings, as far as staffing allows.",
                            "support already in place",
                        ),
                        "The nursery staff are warm and willing, and they have already moved his coat peg to the end of the row and put a tactile marker on it. However, at present none of the staff has had any training in vision impairment, and much of what they do is guesswork. Vision skills develop through short, frequent, planned practice, and the early years are when this matters most: the visual pathways are still developing, and a child who is not taught to scan, track and use the vision he has will come to rely on touch and on adults long after he needs to.",
                    ],
                ),
                (
                    "p",
                    "Ayaan's nursery teacher, Mrs Dunne, told me that he is 'a different child' in the shaded quiet room, where he will look at books and play with the farm animals for long periods, and that the sunny end of the room is where most of the group activities take place.",
                ),
                ("h", 2, "Environmental audit of the nursery"),
                (
                    "grid",
                    [
                        ["Area", "What I found"],
                        [
                            "Main room",
                            "Two large south-facing windows with no blinds; strong glare on the shiny floor in the mornings",
                        ],
                        [
                            "Steps to garden",
                            "Two concrete steps, grey, with no contrasting edge; a rail on one side only",
                        ],
                        ["Garden", "Open sand pit and climbing frame in full sun; no shaded area"],
                        [
                            "Toilets and pegs",
                            "Pegs marked with small photographs; white toilets on white tiles",
                        ],
                    ],
                    [0.3, 0.7],
                ),
                ("h", 2, "Equipment"),
                (
                    "p",
                    [
                        X(
                            "A light box, a sloping board and a set of bold, high-contrast picture books were lent to the nursery by the Vision Support Team in September 2026.",
                            "equipment already in place",
                        ),
                        "These will stay with Ayaan when he moves into Reception. No further equipment is needed at present; a portable video magnifier will be considered when he begins to read.",
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "num",
                    [
                        R(
                            "Ayaan should have fortnightly visits of one hour from a Qualified Teacher of Vision Impairment, to work directly with him on his use of vision and to advise the nursery staff, increasing around his move to Reception.",
                            SP,
                            "less",
                            F2_QTVI,
                        ),
                        R(
                            "He would benefit from a daily individual session of 15 minutes with his key person, following a programme I will provide, of looking and tracking games and early mark-making on a light box or a dark background.",
                            SP,
                            "not_specific",
                            F2_VIS,
                        ),
                        R(
                            "All nursery staff should have two hours of awareness training from the QTVI this academic year, covering albinism, glare and how to make resources accessible.",
                            SP,
                            "specific",
                            F2_TRAIN,
                        ),
                        R(
                            "Blinds should be fitted to the south-facing windows, and shade provided over part of the garden, so that Ayaan can play there without discomfort.",
                            SP,
                            "specific",
                            F2_BLINDS,
                        ),
                        R(
                            "Books, photographs and symbols used with Ayaan should be bold, clear and high in contrast, enlarged to A3 for group stories and shown to him close up.",
                            SP,
                            "specific",
                            F2_RES,
                        ),
                        R(
                            "An adult should help Ayaan to join other children's play for at least two 15-minute periods in each session, telling him who is there and what they are doing, and helping him to approach them.",
                            SEMH,
                            "missing_from_f",
                        ),
                        R(
                            "At snack and lunch his food should be served on a plain plate that contrasts with the table, and his cup always placed in the same position, so that he can find it without help.",
                            SP,
                            "specific",
                            F2_SNACK,
                        ),
                    ],
                ),
                (
                    "p",
                    "Gwen Ashdown, Qualified Teacher of Vision Impairment, 14 October 2026. E-mail g.ashdown@example.org.",
                ),
            ],
        ),
        dict(
            file=EYE2,
            header="Thornleigh Royal Infirmary NHS Foundation Trust",
            footer="Paediatric Eye Clinic - clinic letter - page {n} of {m}",
            blocks=[
                ("org", "Paediatric Eye Clinic, Thornleigh Royal Infirmary"),
                ("small", "Infirmary Lane, Thornleigh HF3 2NN. Appointments 01632 960219."),
                ("p", "Clinic date: 16 September 2026. Typed: 21 September 2026."),
                (
                    "p",
                    "To: Dr P. Okafor, Station Road Surgery, Thornleigh. Copies: Mr and Mrs Rahman; Gwen Ashdown, Vision Support Team; Thornleigh SEND Statutory Assessment Service.",
                ),
                ("b", "Ayaan RAHMAN, date of birth 03/12/2022, hospital number TR2290417"),
                (
                    "p",
                    "Diagnoses: 1. Oculocutaneous albinism. 2. Horizontal nystagmus. 3. Hypermetropia with astigmatism, both eyes.",
                ),
                ("p", "Dear Dr Okafor,"),
                (
                    "p",
                    [
                        "I reviewed Ayaan today with his father; a Sylheti interpreter joined by telephone.",
                        X(
                            "His unaided vision with both eyes open on Kay pictures was 0.9 logMAR, improving to 0.8 logMAR in his glasses.",
                            "test result",
                        ),
                        X(
                            "Cycloplegic refraction showed a small increase in his long sight, and I have given a new prescription.",
                            "test result",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "His optic nerves look healthy, and there is no sign of any other eye condition.",
                            "ruled-out condition",
                        ),
                        X(
                            "Vision in albinism does not usually get worse, and it often improves a little through early childhood.",
                            "prognosis",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Today I completed a Certificate of Vision Impairment, certifying Ayaan as sight impaired (partially sighted); his father consented to the certificate being sent to the local authority's sensory team.",
                            "certification: a fact, not a need",
                        ),
                        N(
                            "His nystagmus is quieter when he looks slightly to the left, so he turns his head to the right to see best, and his vision is poorer when he is tired or unwell.",
                            SP,
                            B2_VI,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Ayaan should wear his glasses at all times, with his tinted glasses and a wide-brimmed hat outdoors, and sun cream on sunny days.",
                            HE,
                            "not_educational",
                        ),
                        R(
                            "I will see him again in the clinic in six months for a refraction and review.",
                            HE,
                            "not_educational",
                            G2_EYE,
                            section="G",
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "His father asked whether learning two languages might be confusing Ayaan; I reassured him that it will not, and that the family should keep speaking Sylheti at home.",
                        "English as an additional language: a parent's question answered",
                    ),
                ),
                ("p", "Yours sincerely,"),
                ("p", "Miss Farah Qureshi FRCOphth, Consultant Paediatric Ophthalmologist"),
            ],
        ),
        dict(
            file=HAB2,
            header="Thornleigh Sensory Service - Habilitation",
            footer="Habilitation report - Ayaan Rahman - {n}/{m}",
            blocks=[
                ("org", "Thornleigh Sensory Service"),
                ("title", "Habilitation report: mobility and independent living skills"),
                (
                    "small",
                    "Kieran Doyle, Habilitation Specialist (children and young people with vision impairment). Seen at Rosebank Primary School nursery class on 6 and 13 October 2026, and at home on 20 October 2026 with an interpreter.",
                ),
                ("h", 2, "Purpose"),
                (
                    "p",
                    "Habilitation is the teaching of the skills a child with a vision impairment needs to move around safely and to become independent: orientation (knowing where you are), mobility (moving safely) and independent living skills. This report is written as advice for Ayaan's EHC needs assessment.",
                ),
                ("h", 2, "What I saw"),
                (
                    "p",
                    [
                        X(
                            "Ayaan walks confidently on the flat, familiar floor of the nursery room and steers round the tables without bumping into them.",
                            "strength",
                        ),
                        N(
                            "He trips on steps and on changes of floor surface, such as the edge of the rug, and he will not walk down the two steps into the nursery garden unless he is holding an adult's hand.",
                            SP,
                            B2_MOB,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Ayaan is not yet able to find his way on his own from the nursery door to his coat peg or to the toilets, and he waits by the door to be collected.",
                            SP,
                            B2_ROUTE,
                        ),
                        "He finds his own peg when he is taken to it, by feeling for the shape of the hook, which shows that he is ready to learn the route.",
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "At snack time he finds his cup and food by touch, knocks his cup over most days, and needs help to find the food on his plate.",
                            SP,
                            B2_SELF,
                        ),
                        X(
                            "Ayaan feeds himself with a spoon and drinks from an open cup at home, where everything is kept in the same place.",
                            "strength at home",
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "I considered whether Ayaan should start using a long cane; at his age I do not recommend it, but it should be looked at again when he is in Year 1.",
                        "option considered and not recommended",
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    [
                        R(
                            "Ayaan needs habilitation sessions of 45 minutes every fortnight in nursery during the spring and summer terms of 2027, to learn the routes around the nursery and the Reception building, to trail along walls and to use the steps safely, with the programme reviewed in July.",
                            SP,
                            "wrong_section",
                            G2_HAB,
                            section="G",
                        ),
                        "I would deliver these sessions myself, and leave short route games for his key person to practise between visits.",
                    ],
                ),
                (
                    "p",
                    R(
                        "Yellow contrasting strips should be fixed to the edges of the two garden steps, with a second handrail on the other side and a contrasting strip around the nursery door frame.",
                        SP,
                        "missing_from_f",
                    ),
                ),
                (
                    "p",
                    R(
                        "His key person and at least one other member of staff should be trained by me in sighted guiding, so that they guide Ayaan in the same way.",
                        SP,
                        "specific",
                        F2_GUIDE,
                    ),
                ),
                (
                    "p",
                    R(
                        "At home, Ayaan's parents could practise the route from the car to the front door with him, counting the steps aloud, as I showed them on my home visit.",
                        SP,
                        "not_educational",
                    ),
                ),
                (
                    "p",
                    "Kieran Doyle, Habilitation Specialist, 27 October 2026. Telephone 01632 960647.",
                ),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalr-03: Caldermere City Council; Elif Yildiz, 11, Year 7, CHARGE syndrome with
# multi-sensory impairment; Turkish spoken at home.
# layout "run-in-headings": each section's label is bold at the start of its first
# paragraph ("Section B - Special Educational Needs:" and the text on the same line), as in
# a plan typed in a word processor. There is no Section D.
# ---------------------------------------------------------------------------

B3_MSI = "Elif has a multi-sensory impairment (a combined loss of hearing and vision) as a result of CHARGE syndrome."
B3_ACCESS = "She has difficulty taking in spoken and visual information at the same time, for example listening to the teacher while reading from the board."
B3_PRINT = "Elif needs print to be enlarged, and she reads more slowly than her classmates."
B3_GROUP = "She finds it hard to follow group discussions and conversations in noisy places."
B3_MOVE = "Elif has difficulty moving safely around the school site, particularly on stairs and in crowded corridors, and her balance is poor."
B3_FATIGUE = "Elif experiences significant fatigue during the school day."
B3_LANG = "Elif has language difficulties, particularly in understanding complex sentences and in making inferences."
B3_INDEP = "Elif needs to develop her independence, including travelling safely."

F3_TA = "A teaching assistant with training in multi-sensory impairment will support Elif in lessons for 20 hours a week."
F3_ADVICE = "Regular advice and monitoring from the Caldermere Sensory Support Service."
F3_TRAIN = "All staff who teach Elif will receive multi-sensory impairment awareness training from the Qualified Teacher of Multi-Sensory Impairment before the October half-term each year, covering positioning, use of the radio aid and modified print."
F3_MLP = "All printed materials, including tests, will be provided in modified large print (N24 bold Arial) on matt cream A4 paper, prepared by the school's resources technician before each lesson, with an electronic copy sent to Elif's iPad."
F3_IPAD = "Elif will have a school iPad with a camera app for photographing the board, and a portable electronic magnifier, in every lesson."
F3_RADIO = "Use of a radio aid where appropriate."
F3_VOCAB = "Pre-teaching of key subject vocabulary by her teaching assistant for 20 minutes three times a week, using the words for the next topic in English, science and humanities."
F3_EARLY = "Elif will leave each lesson five minutes before the bell, with a named friend, so that she moves between lessons when the corridors are quiet."
F3_HAB = "Habilitation training with the habilitation specialist of the Caldermere Sensory Support Service, one hour every fortnight during the school day."
F3_STRIPS = "Yellow contrasting strips will be fixed to the edge of every step in the main building and the sports hall, and the handrails painted in a contrasting colour, by the end of December 2026."
F3_PE = "Adapted PE as needed."
F3_CHECK = "daily check of her bone conduction aids and radio aid receivers by her teaching assistant at 8.40 am, recorded on the equipment checklist"
G3_SALT = "Speech and language therapy from the Caldermere Children's Speech and Language Therapy Service: a block of six 45-minute sessions in school each term, with a programme for her teaching assistant between blocks."
G3_AUD = "Review every six months at the Caldermere Children's Hearing Service, including her bone conduction hearing aids."

MSI3 = "qtmsi_report.pdf"
SALT3 = "salt_report.docx"
HAB3 = "habilitation_report.docx"


def _runin(sid: str, label: str, first, *rest) -> list:
    """A section opening with its bold label run into the first paragraph."""
    return [("runin", ("H", sid, label, ""), first), *[("p", t) for t in rest]]


CASE_03 = dict(
    name="case-evalr-03",
    layout="run-in-headings",
    summary=(
        "Caldermere City Council; Elif Yildiz, 11, Year 7 at Ashgrove Academy, a mainstream secondary "
        "school (CHARGE syndrome: bilateral coloboma with lower field loss, moderate mixed hearing loss with "
        "bone conduction hearing aids, balance; Turkish spoken at home). Each section opens with a bold "
        "run-in label at the start of its first paragraph. No Section D. Report of a Qualified Teacher of "
        "Multi-Sensory Impairment; NHS speech and language therapy advice; habilitation specialist's report."
    ),
    note="Each heading is the bold run-in label at the start of a paragraph; the section runs to the next label. Section D is absent. Speech and language therapy that teaches inference and narrative, placed in G, is wrong_section; the audiology review in G is health provision. Anxiety about corridors and the dining hall, and organising an explanation, are missing from B.",
    plan=dict(
        file="plan.pdf",
        accent="1B4F72",
        header="Caldermere City Council - Education, Health and Care Plan - Elif Yildiz",
        footer="Final plan dated 20 November 2026 - page {n} of {m}",
        blocks=[
            ("org", "Caldermere City Council"),
            (
                "small",
                "Special Educational Needs Assessment Team, 14 Quayside, Caldermere KB2 5JH. Telephone 01632 960902.",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "p",
                "Name: Elif Yildiz. Date of birth: 19 February 2015. School: Ashgrove Academy, Year 7. Home language: Turkish. Parents: Zeynep and Murat Yildiz.",
            ),
            (
                "p",
                "This plan has been written following an EHC needs assessment. It should be read with the advice listed in Section K.",
            ),
            *_runin(
                "A",
                "Section A - Views, Interests and Aspirations:",
                (
                    "S",
                    "A",
                    "Elif says that she likes art, baking with her mum and watching cookery programmes with subtitles, and that she wants to be a pastry chef.",
                ),
                "She told us that the worst thing about secondary school is the noise in the dining hall and the stairs, and the best thing is her art teacher.",
                "Elif's parents, who were helped by an interpreter, want her to be safe at school, to keep up with her work and to be able to travel on her own by the time she leaves school.",
            ),
            *_runin(
                "B",
                "Section B - Special Educational Needs:",
                "Primary need: multi-sensory impairment. Elif is a determined and sociable student with a good sense of humour, who reads accurately and enjoys art.",
                ("S", "B", B3_MSI),
                [B3_ACCESS, B3_PRINT, B3_GROUP],
                [B3_MOVE, B3_FATIGUE],
                [B3_LANG, B3_INDEP],
            ),
            *_runin(
                "C",
                "Section C - Health Needs:",
                (
                    "S",
                    "C",
                    "Elif has CHARGE syndrome and is seen by the community paediatrician, the Children's Hearing Service and the eye clinic at Caldermere Infirmary.",
                ),
                "She had heart surgery as a baby and is now discharged from cardiology.",
            ),
            *_runin(
                "E",
                "Section E - Outcomes:",
                (
                    "S",
                    "E",
                    "By the end of Year 7 Elif will move between all her lessons on her own, using the routes she has learned, without falling.",
                ),
                "By the end of Year 8 Elif will be able to explain in writing the steps of a science experiment in the correct order.",
                "By the end of Year 8 Elif will say when she has not heard or seen something in a lesson, and ask for it to be repeated or enlarged.",
            ),
            *_runin(
                "F",
                "Section F - Special Educational Provision:",
                (
                    "S",
                    "F",
                    "The following provision will be made for Elif at Ashgrove Academy, overseen by the SENCo.",
                ),
            ),
            (
                "bul",
                [
                    F(F3_TA, True),
                    F(F3_ADVICE, False),
                    F(F3_TRAIN, True),
                    F(F3_MLP, True),
                    F(F3_IPAD, True),
                    F(F3_RADIO, False),
                    F(F3_VOCAB, True),
                    F(F3_EARLY, True),
                    F(F3_HAB, True),
                    F(F3_STRIPS, True),
                    F(F3_PE, False),
                    F(F3_CHECK, True),
                ],
            ),
            *_runin(
                "G",
                "Section G - Health Provision:",
                ("S", "G", G3_AUD),
                "Eye clinic review once a year at Caldermere Infirmary.",
                G3_SALT,
            ),
            *_runin(
                "H1",
                "Section H1 - Social Care Provision (section 2, Chronically Sick and Disabled Persons Act 1970):",
                (
                    "S",
                    "H1",
                    "Elif is known to the Children with Disabilities Team, which provides a sensory support worker for two hours a week to help her go out in the community.",
                ),
            ),
            *_runin(
                "H2",
                "Section H2 - Other Social Care Provision:",
                ("S", "H2", "No other social care provision is required."),
            ),
            *_runin(
                "I",
                "Section I - Placement:",
                (
                    "S",
                    "I",
                    "Ashgrove Academy, Fenwick Road, Caldermere (mainstream academy, 11 to 16).",
                ),
            ),
            *_runin(
                "J",
                "Section J - Personal Budget:",
                ("S", "J", "Not applicable; no personal budget has been requested."),
            ),
            *_runin(
                "K",
                "Section K - Advice and Information:",
                (
                    "S",
                    "K",
                    "Report of the Qualified Teacher of Multi-Sensory Impairment (September 2026); speech and language therapy advice (October 2026); habilitation report (October 2026); advice from Ashgrove Academy (September 2026); paediatric advice (August 2026); educational psychology advice (September 2026); views of Elif and her parents (July 2026).",
                ),
            ),
            (
                "p",
                "Signed: Daniel Achterberg, SEN Officer, for Caldermere City Council. 20 November 2026.",
            ),
        ],
    ),
    reports=[
        dict(
            file=MSI3,
            sans=True,
            accent="1B4F72",
            header="Caldermere Sensory Support Service - Multi-Sensory Impairment",
            footer="Elif Yildiz - advice of the Qualified Teacher of MSI - page {n} of {m}",
            blocks=[
                ("org", "Caldermere Sensory Support Service"),
                ("title", "Educational advice: multi-sensory impairment"),
                (
                    "kv",
                    [
                        ("Pupil", "Elif Yildiz, born 19 February 2015, Year 7, Ashgrove Academy"),
                        (
                            "Condition",
                            "CHARGE syndrome: bilateral coloboma, moderate mixed hearing loss, vestibular differences",
                        ),
                        (
                            "Author",
                            "Yvonne Castellano, Qualified Teacher of Multi-Sensory Impairment and Qualified Teacher of the Deaf",
                        ),
                        (
                            "Assessment",
                            "Observation in six lessons, the dining hall and corridors; functional hearing and vision assessment; 15 and 22 September 2026",
                        ),
                        ("Parents", "Seen at home on 29 September 2026 with a Turkish interpreter"),
                    ],
                ),
                ("h", 2, "1. Background"),
                (
                    "p",
                    [
                        X(
                            "Elif has been known to the Sensory Support Service since she was six months old and was supported at Brookside Primary School by a Qualified Teacher of the Deaf and, from Year 3, by me.",
                            "history",
                        ),
                        X(
                            "At primary school she had a full-time teaching assistant who knew her well, in a single classroom on one floor, and she made good progress.",
                            "history: past provision",
                        ),
                        "She moved to Ashgrove Academy in September 2026, where she has fifteen different teachers and lessons in three buildings.",
                    ],
                ),
                ("h", 2, "2. Elif's views and the support in place"),
                (
                    "p",
                    [
                        X(
                            "Elif told me that she likes Ashgrove 'when I can find where I'm going' and that her favourite lesson is art, because the room is quiet and the teacher always comes to her table.",
                            "child's views",
                        ),
                        "She said that she does not like being the only one with 'big paper', but that she would rather have it than not be able to read.",
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "At present Elif has a teaching assistant in 12 of her 25 lessons a week, shared with another pupil in three of them.",
                            "support already in place",
                        ),
                        "Worksheets are enlarged on the photocopier when staff remember, which is usually to A3 rather than modified large print, so that the text is bigger but the layout, pictures and pale print are unchanged.",
                    ],
                ),
                ("h", 2, "3. Sensory profile"),
                (
                    "p",
                    [
                        N(
                            "Elif has CHARGE syndrome with a combined loss of hearing and vision: a moderate mixed hearing loss in both ears, and bilateral coloboma affecting her lower visual field and her acuity (0.6 logMAR in the right eye and 1.0 in the left).",
                            SP,
                            B3_MSI,
                        ),
                        "The effect of the two losses together is much greater than either would be alone, because she cannot use her vision to make up for what she does not hear, or the reverse.",
                    ],
                ),
                (
                    "grid",
                    [
                        ["Assessment", "Result"],
                        [
                            "Aided hearing (bone conduction aids on a softband)",
                            X(
                                "Aided thresholds of 25 to 35 dB across the speech frequencies",
                                "test result",
                            ),
                        ],
                        [
                            "Speech in quiet / in noise",
                            "92% at one metre in quiet; 48% with classroom noise at three metres without the radio aid",
                        ],
                        ["Near vision", "N18 at 25 cm, slowly; N24 at 30 cm comfortably"],
                        [
                            "Visual fields",
                            "No useful vision below the horizontal in either eye (confrontation testing)",
                        ],
                        [
                            "Lighting",
                            "Discomfort in bright sunlight; sees least well in dim corridors",
                        ],
                    ],
                    [0.4, 0.6],
                ),
                ("h", 2, "4. Access to learning"),
                (
                    "p",
                    [
                        N(
                            "In lessons Elif cannot lip-read the teacher and look at the board at the same time, so she loses either what is said or what is written, and in four of the six lessons I observed she had copied less than half of the notes.",
                            SP,
                            B3_ACCESS,
                        ),
                        "Teachers often talk while writing on the board or while pupils are reading, which is the point at which Elif is cut off from both.",
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Elif reads standard 12-point print only very slowly and with the page close to her face; with N24 modified large print her reading speed is about half that of her peers.",
                            SP,
                            B3_PRINT,
                        ),
                        X(
                            "Her reading accuracy is good, and her spelling is in line with her age.",
                            "strength",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Elif tires quickly: by the afternoon the combined effort of looking and listening leaves her exhausted, and twice during my observations she put her head down on the desk in the last lesson.",
                            SEMH,
                            B3_FATIGUE,
                        ),
                        X(
                            "Her attendance is 97%, and she has not missed any school since the start of term.",
                            "strength: attendance",
                        ),
                    ],
                ),
                ("h", 2, "5. Moving around school"),
                (
                    "p",
                    [
                        N(
                            "Because of the loss of her lower visual field, Elif does not see steps, bags on the floor or changes of level, and she has fallen twice on the main staircase since September.",
                            SP,
                            B3_MOVE,
                        ),
                        N(
                            "Her balance is poor, because of the vestibular differences that are part of CHARGE syndrome, and she cannot join in PE activities that depend on balance, such as gymnastics and trampolining, without adaptation.",
                            SP,
                            B3_MOVE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Elif has become anxious about moving between lessons in crowded corridors, and since October half-term she has refused to go into the dining hall at lunchtime, eating alone in the library instead.",
                            SEMH,
                        ),
                        "She told me that she is frightened of being knocked over and that she 'can't hear anyone in there anyway'.",
                    ],
                ),
                ("h", 2, "6. Environmental audit of Ashgrove Academy"),
                (
                    "grid",
                    [
                        ["Area", "Findings"],
                        [
                            "Main staircase",
                            "Grey concrete steps with no contrasting edges; handrails the same colour as the walls",
                        ],
                        [
                            "Corridors",
                            "Dim lighting in the science block; very crowded for about four minutes at each lesson change",
                        ],
                        ["Dining hall", "Hard surfaces, loud and echoing; no quiet area"],
                        [
                            "Classrooms",
                            "Most have interactive whiteboards opposite the windows, causing glare",
                        ],
                    ],
                    [0.3, 0.7],
                ),
                ("h", 2, "7. Equipment"),
                (
                    "grid",
                    [
                        ["Item", "Provided by", "Status"],
                        [
                            X(
                                "Bone conduction hearing aids on a softband",
                                "equipment already in place",
                            ),
                            "Children's Hearing Service",
                            "In use",
                        ],
                        [
                            "Roger radio aid (Touchscreen Mic and receivers)",
                            "Sensory Support Service",
                            "In use in some lessons only",
                        ],
                        [
                            "Sloping desk and reading stand",
                            "Sensory Support Service",
                            "Moved to Ashgrove in July 2026",
                        ],
                    ],
                    [0.45, 0.3, 0.25],
                ),
                ("h", 2, "8. Recommendations"),
                (
                    "p",
                    [
                        R(
                            "In my opinion Elif needs the support of a teaching assistant trained in multi-sensory impairment, working as an intervenor, in every lesson and at lesson changes, which is the whole of the taught week of 25 hours.",
                            SP,
                            "less",
                            F3_TA,
                        ),
                        "The intervenor's role is not to do the work for her but to make sure that she receives the same information as her classmates, by repeating what she has missed, describing what is on the board and checking her equipment. In the lessons I observed without a teaching assistant, Elif sat quietly and appeared to be coping, but when I checked her book afterwards she had not recorded the task and could not tell me what the homework was. A deafblind pupil who looks settled is often a pupil who has stopped trying to follow, and that is why the support has to be there in every lesson rather than in the ones that look most demanding on a timetable.",
                    ],
                ),
                (
                    "bul",
                    [
                        R(
                            "A Qualified Teacher of Multi-Sensory Impairment should visit fortnightly, for one hour, to monitor Elif's access, train her intervenor and advise subject teachers.",
                            SP,
                            "not_specific",
                            F3_ADVICE,
                        ),
                        R(
                            "All printed materials, including tests, should be provided in modified large print, N24 bold Arial on matt cream paper, at the start of each lesson, with an electronic copy on her iPad.",
                            SP,
                            "specific",
                            F3_MLP,
                        ),
                        R(
                            "Elif should have an iPad with a camera, so that she can photograph the board and enlarge it, and a portable electronic magnifier, in every lesson.",
                            SP,
                            "specific",
                            F3_IPAD,
                        ),
                        R(
                            "Every teacher should use her radio aid transmitter in every lesson, and pass it to pupils who speak in class discussion.",
                            SP,
                            "not_specific",
                            F3_RADIO,
                        ),
                        R(
                            "She should leave each lesson five minutes early with a friend, to avoid the crowded corridors.",
                            SP,
                            "specific",
                            F3_EARLY,
                        ),
                        R(
                            "Elif needs a quiet rest break of ten minutes at lunchtime, in the hearing resource room or another quiet room, before she eats.",
                            SEMH,
                            "missing_from_f",
                        ),
                        R(
                            "All staff who teach Elif should receive MSI awareness training from me in the first half of the autumn term, covering how to position themselves, use the radio aid and prepare modified print.",
                            SP,
                            "specific",
                            F3_TRAIN,
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "I discussed with Elif's parents the option of a special school for deaf-blind pupils; they do not want this, and I agree that her needs can be met at Ashgrove with the provision above.",
                        "option considered and not recommended (placement)",
                    ),
                ),
                (
                    "p",
                    "Yvonne Castellano, Qualified Teacher of MSI, 6 October 2026. E-mail y.castellano@example.org; telephone 01632 960917.",
                ),
            ],
        ),
        dict(
            file=SALT3,
            author="Owain Pritchard",
            footer="Caldermere Community Health NHS Trust - Children's Speech and Language Therapy",
            blocks=[
                ("org", "Caldermere Community Health NHS Trust"),
                ("title", "Speech and language therapy report for EHC needs assessment"),
                (
                    "small",
                    "Elif Yildiz, date of birth 19/02/2015, Ashgrove Academy. Seen in school on 8 and 15 October 2026 by Owain Pritchard, Highly Specialist Speech and Language Therapist (sensory impairment).",
                ),
                ("h", 2, "Background and reason for assessment"),
                (
                    "p",
                    [
                        X(
                            "Elif has been known to speech and language therapy since infancy, originally for feeding difficulties associated with CHARGE syndrome, which have resolved.",
                            "resolved difficulty",
                        ),
                        "She was last seen in Year 5, when she had a block of therapy for narrative skills. Elif speaks Turkish with her mother and grandmother and English at school and with her brother; she describes English as her stronger language.",
                    ],
                ),
                ("h", 2, "Assessment findings"),
                (
                    "p",
                    [
                        X(
                            "On the CELF-5UK, Elif's receptive language index was 78 and her expressive language index 86.",
                            "test result",
                        ),
                        X(
                            "Her speech is clear, and her conversation with familiar adults is fluent and appropriate.",
                            "strength",
                        ),
                    ],
                ),
                (
                    "p",
                    N(
                        "Elif's understanding of complex sentences, such as those with passives and embedded clauses, and her ability to make inferences from what she hears or reads, are below the level expected for her age.",
                        CI,
                        B3_LANG,
                    ),
                ),
                (
                    "p",
                    [
                        N(
                            "She has difficulty organising a spoken or written account, for example retelling the steps of a science experiment in order, and her explanations tend to jump between points.",
                            CL,
                        ),
                        N(
                            "She misses much of what is said in group discussions and in the dining hall, because she cannot locate the speaker quickly enough to see their face.",
                            CI,
                            B3_GROUP,
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "Elif uses some signs from British Sign Language with deaf friends at the youth club, but she does not need a signer in lessons and does not want one.",
                        "option not needed",
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    R(
                        "Elif should receive direct speech and language therapy in school in blocks of six 45-minute sessions each term, targeting inference and the structure of spoken and written explanations, with a programme for her teaching assistant between blocks.",
                        CI,
                        "wrong_section",
                        G3_SALT,
                        section="G",
                    ),
                ),
                (
                    "p",
                    R(
                        "Her teaching assistant should pre-teach key subject vocabulary for 20 minutes, three times a week, ahead of each new topic in English, science and humanities.",
                        CI,
                        "specific",
                        F3_VOCAB,
                    ),
                ),
                (
                    "p",
                    "Owain Pritchard, Highly Specialist Speech and Language Therapist. 22 October 2026.",
                ),
            ],
        ),
        dict(
            file=HAB3,
            author="Bernadette Leung",
            header="Caldermere Sensory Support Service",
            blocks=[
                ("org", "Caldermere Sensory Support Service - Habilitation"),
                ("title", "Habilitation assessment"),
                (
                    "kv",
                    [
                        ("Young person", "Elif Yildiz (Year 7, Ashgrove Academy)"),
                        ("Assessed by", "Bernadette Leung, Habilitation Specialist"),
                        (
                            "Dates",
                            "14 and 21 October 2026, in school and on the route from home to the bus stop",
                        ),
                    ],
                ),
                ("h", 2, "Orientation and mobility in school"),
                (
                    "p",
                    [
                        N(
                            "Elif does not yet know the routes between her lessons on the three floors of the main building, and she follows other pupils, which takes her the wrong way when her group splits.",
                            SP,
                            B3_MOVE,
                        ),
                        X(
                            "She uses the handrail on the stairs consistently, and she has learned the route from the main entrance to her form room.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 2, "Travel and independence"),
                (
                    "p",
                    [
                        N(
                            "Elif has no safe strategy for crossing roads where there is no controlled crossing, because she cannot see the kerb edge in poor light and she relies on the sound of traffic that she does not always hear.",
                            SP,
                            B3_INDEP,
                        ),
                        X(
                            "At present she is taken to school by taxi with a passenger assistant.",
                            "current arrangement",
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "I considered whether Elif should use a symbol cane to show others that she has a sensory impairment; she does not want one, and I do not recommend it at present, but I will raise it again in Year 8.",
                        "option considered and not recommended",
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "bul",
                    [
                        R(
                            "Weekly habilitation sessions of one hour in school for the rest of the autumn and spring terms, to teach Elif the routes between her lessons and safe use of stairs, followed by independent travel training from the summer term.",
                            SP,
                            "less",
                            F3_HAB,
                        ),
                        R(
                            "Yellow contrasting strips on the edge of each step in the main building and the sports hall, and handrails painted in a colour that contrasts with the wall.",
                            SP,
                            "specific",
                            F3_STRIPS,
                        ),
                        R(
                            "Elif's parents could walk the route to the bus stop with her at weekends, practising the crossing points I have shown her.",
                            SP,
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Bernadette Leung, Habilitation Specialist, 28 October 2026."),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalr-04: Ravensdale Borough Council; Callum Fairhurst, 15, Year 11, Stargardt
# disease (progressive loss of central vision).
# layout "pfa-domain-groups": after Section A, needs, outcomes and provision are grouped
# under the four preparing-for-adulthood headings ("Preparing for adulthood: independent
# living"), each group with the sub-headings "Special educational needs (Section B)",
# "Outcomes (Section E)" and "Special educational provision (Section F)"; the good-health
# group holds Sections C and G. D, H1, H2, I, J and K follow under headings of their own.
# ---------------------------------------------------------------------------

B4_VI = "Callum has Stargardt disease, an inherited condition of the retina which has caused a progressive loss of his central vision in both eyes."
B4_READ = "Callum can no longer read standard print, and he reads enlarged print slowly."
B4_ACCESS = "He cannot see the board, diagrams or images in lessons without adaptation."
B4_ICT = "Callum is still learning to use assistive technology."
B4_GLARE = "Callum is sensitive to glare."
B4_TRAVEL = "Callum needs to learn to travel independently, including to college, as he cannot read signs or timetables."
B4_FACES = "Callum finds it hard to recognise people, which affects his friendships."

F4_QTVI = "Teaching from a Qualified Teacher of Vision Impairment in the use of assistive technology, one hour every fortnight."
F4_TYPE = "Opportunities to practise touch-typing."
F4_LAPTOP = "A laptop with screen magnification and screen reading software, for use in every lesson and in all examinations, supplied by the school by 1 December 2026."
F4_EXAMS = "Access arrangements for examinations, as agreed by the school's examinations officer."
F4_ELEC = "Subject teachers will send Callum's lesson materials to him in accessible electronic form at least one school day before each lesson."
F4_DIAG = "Enlarged or tactile diagrams where needed."
F4_SEAT = "Callum will sit with his back to the windows, away from direct sunlight, in every classroom, and may wear a cap or his tinted glasses indoors."
F4_TA = "A teaching assistant will support Callum for 15 hours a week in practical lessons (science, design and technology, and PE), describing demonstrations and keeping him safe around equipment."
F4_REVISION = "Small-group revision sessions in mathematics and science. These will take place twice a week for 45 minutes, in a group of no more than four, led by a subject teacher, from January to May 2027, with all materials in Callum's preferred electronic format."
F4_CAREERS = "Two meetings with the school's careers adviser, who will take advice from the QTVI, before 28 February 2027, and a visit to Ravensdale College with his teaching assistant before Easter 2027."
F4_PHONE = "His teaching assistant will help Callum to set up and practise the accessibility features of his phone, such as the magnifier and text-to-speech, for 20 minutes each week."
F4_ACTIVITY = "Callum will be offered a place at the Ravensdale Sensory Service's termly activity days for young people with a visual impairment, with transport provided."
G4_LVA = "Assessment at the Ravensdale Hospital low vision clinic, with magnifiers and other low vision aids as prescribed."
G4_RETINA = "Review once a year in the medical retina clinic at Ravensdale Hospital."
H2_4_HAB = "Ten one-hour sessions of mobility training with the habilitation specialist of the Ravensdale Sensory Service, in the spring and summer terms 2027, to learn the bus route to Ravensdale College."

QTVI4 = "qtvi_report.pdf"
HAB4 = "habilitation_report.docx"
EYE4 = "ophthalmology_letter.pdf"

B_HEAD = "Special educational needs (Section B)"
E_HEAD = "Outcomes (Section E)"
F_HEAD = "Special educational provision (Section F)"


def _domain(name: str, needs: list, outcomes: list, provision: list) -> list:
    """One preparing-for-adulthood group: its B, E and F sub-sections."""
    return [
        ("h", 1, name),
        ("H", "B", B_HEAD, "h2"),
        *[("p", t) for t in needs],
        ("H", "E", E_HEAD, "h2"),
        *[("p", t) for t in outcomes],
        ("H", "F", F_HEAD, "h2"),
        ("bul", provision),
    ]


CASE_04 = dict(
    name="case-evalr-04",
    layout="pfa-domain-groups",
    summary=(
        "Ravensdale Borough Council; Callum Fairhurst, 15, Year 11 at Westbury Park School, a mainstream "
        "academy, moving to Ravensdale College in September 2027 (Stargardt disease: progressive loss of "
        "central vision, glare sensitivity). Needs, outcomes and provision are grouped under the four "
        "preparing-for-adulthood headings, each with sub-headings naming Sections B, E and F; the "
        "good-health group holds C and G. QTVI's report, habilitation specialist's report, medical retina "
        "clinic letter."
    ),
    note="B, E and F are each headed four times (three groups for B, E and F), by sub-headings that name the section in brackets; C and G sit in the good-health group. Mobility training to travel to college, placed in H2 as social care, is habilitation that teaches and is wrong_section; the low vision clinic and retinal review in G are health provision. Adjustment to sight loss and cooking skills are missing from B.",
    plan=dict(
        file="plan.docx",
        accent="7B3F00",
        header="Ravensdale Borough Council - EHC plan - Callum Fairhurst",
        footer="Final EHC plan - 25 November 2026 - preparing for adulthood review due Year 11",
        blocks=[
            (
                "org",
                "Ravensdale Borough Council - Special Educational Needs and Disabilities Service",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Callum Fairhurst, born 8 January 2011. Westbury Park School, Year 11. Final plan issued 25 November 2026 after an EHC needs assessment.",
            ),
            (
                "small",
                "From Year 9 this plan is arranged around the four preparing-for-adulthood areas: education and employment, independent living, friends, relationships and community, and good health.",
            ),
            ("H", "A", "Section A: Callum's views, interests and aspirations", "h1"),
            (
                "S",
                "A",
                "Callum plays bass guitar in a band with two friends and wants to study music technology at Ravensdale College, and later to work as a sound engineer.",
            ),
            (
                "p",
                "He says: 'I don't want to be treated differently. I just want the work in a form I can actually use, when everyone else gets it.'",
            ),
            (
                "p",
                "His mother wants Callum to leave school with the grades he is capable of, to get to college on his own and to keep his friends as his sight changes.",
            ),
            *_domain(
                "Preparing for adulthood: education and employment",
                [
                    "Callum is an able student, predicted good grades at GCSE, and a talented musician.",
                    ("S", "B", B4_VI),
                    [B4_READ, B4_ACCESS],
                    [B4_ICT, B4_GLARE],
                ],
                [
                    (
                        "S",
                        "E",
                        "By the summer of 2027 Callum will complete his GCSE examinations using his laptop, with the access arrangements he needs.",
                    ),
                    "By Easter 2027 Callum will touch-type at 30 words per minute.",
                    "By September 2027 Callum will have a place on a music technology course at Ravensdale College, with a transition plan agreed.",
                ],
                [
                    ("S", "F", F(F4_TA, True)),
                    F(F4_QTVI, True),
                    F(F4_TYPE, False),
                    F(F4_LAPTOP, True),
                    F(F4_ELEC, True),
                    F(F4_DIAG, False),
                    F(F4_SEAT, True),
                    F(F4_EXAMS, False),
                    F(F4_REVISION, True),
                    F(F4_CAREERS, True),
                ],
            ),
            *_domain(
                "Preparing for adulthood: independent living",
                [B4_TRAVEL],
                [
                    "By July 2027 Callum will use the accessibility features of his phone to read a bus timetable and plan a journey."
                ],
                [F(F4_PHONE, True)],
            ),
            *_domain(
                "Preparing for adulthood: friends, relationships and community",
                [B4_FACES],
                [
                    "By July 2027 Callum will explain his sight loss to a new group of students in his own words."
                ],
                [F(F4_ACTIVITY, True)],
            ),
            ("h", 1, "Preparing for adulthood: good health"),
            ("H", "C", "Health needs (Section C)", "h2"),
            (
                "S",
                "C",
                "Callum has Stargardt disease and is under the care of the medical retina clinic at Ravensdale Hospital; he was certified as severely sight impaired in June 2026.",
            ),
            ("H", "G", "Health provision (Section G)", "h2"),
            ("S", "G", G4_RETINA),
            ("p", G4_LVA),
            ("H", "D", "Section D: Social care needs", "h1"),
            (
                "S",
                "D",
                "Callum is registered with the Ravensdale Sensory Team as a young person with a visual impairment and is entitled to an assessment of his social care needs.",
            ),
            (
                "H",
                "H1",
                "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
                "h1",
            ),
            ("S", "H1", "None."),
            ("H", "H2", "Section H2: Other social care provision", "h1"),
            ("S", "H2", H2_4_HAB),
            ("H", "I", "Section I: Placement", "h1"),
            (
                "S",
                "I",
                "Westbury Park School, Ravensdale (mainstream academy, 11 to 16) until July 2027.",
            ),
            ("H", "J", "Section J: Personal budget", "h1"),
            ("S", "J", "No personal budget has been requested."),
            ("H", "K", "Section K: Advice and information", "h1"),
            (
                "S",
                "K",
                "Advice of the Qualified Teacher of Vision Impairment (October 2026); habilitation report (October 2026); letter from the medical retina clinic (September 2026); advice from Westbury Park School (September 2026); educational psychology advice (October 2026); views of Callum and his mother (September 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=QTVI4,
            accent="7B3F00",
            header="Ravensdale Sensory Impairment Service - Vision",
            footer="QTVI advice for EHC needs assessment - Callum Fairhurst - {n} of {m}",
            blocks=[
                ("org", "Ravensdale Sensory Impairment Service"),
                ("title", "Advice from a Qualified Teacher of Vision Impairment"),
                (
                    "kv",
                    [
                        (
                            "Young person",
                            "Callum Fairhurst, born 8 January 2011, Year 11, Westbury Park School",
                        ),
                        (
                            "Eye condition",
                            "Stargardt disease (ABCA4), both eyes; certified severely sight impaired June 2026",
                        ),
                        ("Author", "Helen Marchetti, Qualified Teacher of Vision Impairment"),
                        (
                            "Basis of advice",
                            "Functional vision assessment, observation in five lessons, meetings with Callum, his mother and the SENCo, September and October 2026",
                        ),
                    ],
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        X(
                            "Callum's sight problems were first noticed when he failed a sight test at the optician in Year 7, and Stargardt disease was diagnosed at Ravensdale Hospital when he was twelve.",
                            "history",
                        ),
                        X(
                            "He was referred to this service in Year 8, when he was still able to read 14-point print, and he had termly monitoring visits until Year 10.",
                            "history: past provision",
                        ),
                        "His vision has fallen markedly over the last eighteen months, and he now meets the criteria for severe sight impairment.",
                    ],
                ),
                ("h", 2, "Callum's views"),
                (
                    "p",
                    [
                        X(
                            "Callum told me that the worst part of school is 'sitting in a lesson knowing there's a diagram on the board that everyone else can see'.",
                            "young person's views",
                        ),
                        "He wants to do his work on a laptop, like a student at college would, rather than with a magnifier on the desk, and he was clear that he does not want an adult sitting next to him in lessons where he can manage.",
                    ],
                ),
                ("h", 2, "Functional vision assessment"),
                (
                    "grid",
                    [
                        ["Area", "Result", "What this means in school"],
                        [
                            "Distance acuity",
                            X("1.0 logMAR (6/60) with both eyes open", "test result"),
                            "Cannot see the board from any seat in the room",
                        ],
                        [
                            "Near acuity",
                            "N24 at 15 cm using eccentric viewing; N36 comfortably",
                            "Standard 11 or 12-point print is not usable",
                        ],
                        [
                            "Reading speed",
                            "About 60 words a minute with N24 print; about 25 with N14",
                            "Roughly a third of the speed of his peers",
                        ],
                        [
                            "Visual fields",
                            "Central scotoma in both eyes; peripheral fields full",
                            "Moves about confidently in good light",
                        ],
                        [
                            "Contrast and colour",
                            "Reduced contrast sensitivity; confuses pale colours",
                            "Pale graph lines and colour-coded diagrams are lost",
                        ],
                    ],
                    [0.2, 0.38, 0.42],
                ),
                (
                    "p",
                    [
                        N(
                            "Callum has Stargardt disease, a progressive condition of the retina which has caused a loss of his central vision in both eyes; his distance acuity is now 1.0 logMAR and it is expected to deteriorate further.",
                            SP,
                            B4_VI,
                        ),
                        N(
                            "He can no longer read standard print, and with N24 print he reads at about 60 words a minute, which is too slow for him to complete a GCSE paper in the standard time.",
                            SP,
                            B4_READ,
                        ),
                    ],
                ),
                ("h", 2, "Access to learning"),
                (
                    "p",
                    [
                        N(
                            "He cannot see the board or a projected slide from any seat, and he has stopped copying notes in most lessons.",
                            SP,
                            B4_ACCESS,
                        ),
                        N(
                            "He cannot see graphs, diagrams and maps in maths, science and geography unless they are enlarged or made tactile, and he guessed at two of the three graph questions in his mock paper.",
                            SP,
                            B4_ACCESS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Callum's touch-typing speed is about 15 words a minute, which is not yet fast enough for him to take notes or write extended answers on a laptop.",
                            SP,
                            B4_ICT,
                        ),
                        X(
                            "He is quick to learn new software and already uses the magnifier on his phone to read menus and price labels.",
                            "strength",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Callum's predicted grades are 6 or 7 in most subjects, and his music teacher describes him as one of the most able musicians in the year.",
                            "strength: attainment",
                        ),
                        "His marks have fallen this year only in subjects that depend on reading diagrams and on copying from the board.",
                    ],
                ),
                ("h", 2, "Current arrangements at Westbury Park"),
                (
                    "p",
                    [
                        X(
                            "The school has arranged for Callum to have 25% extra time and enlarged papers in his mock examinations in November.",
                            "support already in place",
                        ),
                        "Some teachers e-mail him their slides, but this depends on the teacher; in science he is given photocopies enlarged to A3, which are grey and hard to read. The SENCo has been very supportive, and I have no doubt about the school's goodwill, but without a clear, written arrangement, Callum's access will continue to depend on which teacher he has.",
                    ],
                ),
                ("h", 2, "Emotional wellbeing"),
                (
                    "p",
                    [
                        N(
                            "Callum has found the loss of his sight hard to accept: he told me that he feels 'different from everyone', he refuses to use his magnifier in front of other students, and his mother says he has become withdrawn at home.",
                            SEMH,
                        ),
                        X(
                            "He does not want to see a counsellor outside school at present, and he has said he would rather talk to someone he already knows.",
                            "young person's view",
                        ),
                    ],
                ),
                ("h", 2, "Equipment"),
                (
                    "grid",
                    [
                        ["Item", "Source", "Comment"],
                        [
                            X("Hand-held illuminated magnifier (x4)", "equipment already in place"),
                            "Ravensdale Hospital low vision clinic",
                            "No longer enough for reading; useful for labels",
                        ],
                        [
                            "Video magnifier (desktop)",
                            "School library",
                            "Used for homework in the library only",
                        ],
                        ["Tinted glasses", "Hospital eye service", "Helps outdoors"],
                    ],
                    [0.35, 0.35, 0.3],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    "The recommendations below are for the rest of Year 11, with a view to Callum's move to college. Several should continue at college and will need to be written into his post-16 plan.",
                ),
                (
                    "bul",
                    [
                        R(
                            "Callum needs weekly teaching of one hour from a QTVI, to learn to use screen magnification and a screen reader efficiently, so that he can work by listening as well as by looking as his sight declines.",
                            SP,
                            "less",
                            F4_QTVI,
                        ),
                        R(
                            "He should practise touch-typing daily for 15 minutes with a typing programme, supervised by his teaching assistant, until he reaches 30 words a minute.",
                            SP,
                            "not_specific",
                            F4_TYPE,
                        ),
                        R(
                            "A laptop with screen magnification and a screen reader should be provided for use in every lesson, at home and in all examinations.",
                            SP,
                            "specific",
                            F4_LAPTOP,
                        ),
                        R(
                            "Subject teachers should send Callum all lesson materials electronically, in an accessible format, at least a day before each lesson.",
                            SP,
                            "specific",
                            F4_ELEC,
                        ),
                        R(
                            "Diagrams, graphs and maps should be enlarged to A3 in bold lines, or produced as tactile diagrams where enlargement does not work, prepared by the resources technician for every lesson that uses them.",
                            SP,
                            "not_specific",
                            F4_DIAG,
                        ),
                        R(
                            "In examinations Callum will need at least 50% extra time, modified enlarged papers (N24 on A3), a computer reader and a separate room with controlled lighting, and these arrangements should be applied for now so that they can be used in his mock examinations.",
                            SP,
                            "not_specific",
                            F4_EXAMS,
                        ),
                        R(
                            "He should have a weekly 30-minute session with the school's emotional literacy support assistant for the rest of Year 11, to talk about his sight loss and plan how he explains it to his friends.",
                            SEMH,
                            "missing_from_f",
                        ),
                        R(
                            "Callum should have at least two careers meetings with an adviser who takes advice from the QTVI before the end of February, and a supported visit to Ravensdale College.",
                            SP,
                            "specific",
                            F4_CAREERS,
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "Braille was discussed with Callum and his mother; because his peripheral vision is good and his listening skills are strong, I do not recommend learning braille at this stage, but this should be reconsidered if his vision falls further.",
                        "option considered and not recommended",
                    ),
                ),
                (
                    "p",
                    "Helen Marchetti, Qualified Teacher of Vision Impairment, 9 October 2026. Telephone 01632 960563; e-mail h.marchetti@example.org.",
                ),
            ],
        ),
        dict(
            file=HAB4,
            author="Dylan Probert",
            footer="Ravensdale Sensory Service - habilitation report - Callum Fairhurst",
            blocks=[
                ("org", "Ravensdale Sensory Service"),
                ("title", "Habilitation report"),
                (
                    "small",
                    "Dylan Probert, Habilitation Specialist. Callum was seen at Westbury Park School on 12 October 2026, in the town centre on 17 October 2026 (a Saturday, with his mother), and at home on 19 October 2026.",
                ),
                ("h", 2, "Summary"),
                (
                    "p",
                    "Callum moves about confidently in school and in familiar places in daylight, using his side vision. He is keen to be independent and to travel to college with his friends, but the loss of his central vision means that he cannot read the information that travel depends on.",
                ),
                ("h", 2, "Travel and mobility"),
                (
                    "p",
                    [
                        N(
                            "Callum cannot read bus numbers, destination boards or timetable screens, and he has not yet travelled on his own to anywhere unfamiliar.",
                            SP,
                            B4_TRAVEL,
                        ),
                        X(
                            "He walks to school on his own by a route he has used since Year 7, and he crosses at the two controlled crossings on the way.",
                            "strength: an established route",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "In dim light his mobility is noticeably less safe, and he told me that he avoids going out after dark in winter.",
                            SP,
                            B4_TRAVEL,
                        ),
                        "This will matter in the winter terms at college, when he will be travelling home in the dark.",
                    ],
                ),
                ("h", 2, "Independent living skills"),
                (
                    "p",
                    [
                        N(
                            "Callum is not yet able to cook a simple meal safely, because he cannot read the cooker dials, the oven display or the instructions on packaging.",
                            SP,
                        ),
                        X(
                            "He makes his own breakfast and hot drinks, using a liquid level indicator I gave him in the summer.",
                            "strength; equipment already in place",
                        ),
                    ],
                ),
                ("h", 2, "Social inclusion"),
                (
                    "p",
                    N(
                        "Callum does not see faces well enough to recognise friends in the corridor or across the canteen, and he says that this makes him seem unfriendly to people who do not know about his sight.",
                        SEMH,
                        B4_FACES,
                    ),
                ),
                (
                    "p",
                    X(
                        "A long cane was discussed; Callum does not want one, and with his good side vision I do not think he needs one now, though a symbol cane could help him in crowds or at night.",
                        "option considered and not recommended",
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Who", "When"],
                        [
                            R(
                                "Mobility training to learn the bus route to Ravensdale College and back, including the change in the town centre, the use of a travel app and travelling after dark",
                                SP,
                                "wrong_section",
                                H2_4_HAB,
                                section="H2",
                            ),
                            "Habilitation specialist",
                            "Ten sessions of one hour, spring and summer terms 2027",
                        ],
                        [
                            R(
                                "Cooking skills taught in school food lessons, using tactile markers on the cooker dials and a talking kitchen scale",
                                SP,
                                "missing_from_f",
                            ),
                            "Food teacher, advised by the habilitation specialist",
                            "One lesson a week for the rest of Year 11",
                        ],
                        [
                            R(
                                "Practising the walk from home to the bus stop at dusk, with his mother, before the winter",
                                SP,
                                "not_educational",
                            ),
                            "Callum's mother",
                            "Weekly, at home",
                        ],
                    ],
                    [0.5, 0.25, 0.25],
                ),
                ("p", "Dylan Probert, Habilitation Specialist, 26 October 2026."),
            ],
        ),
        dict(
            file=EYE4,
            header="Ravensdale Hospital NHS Trust - Eye Department",
            footer="Medical retina clinic - page {n}",
            blocks=[
                ("org", "Eye Department, Ravensdale Hospital"),
                (
                    "small",
                    "Medical Retina Service, Ravensdale Hospital, Westgate, Ravensdale AC4 7QS. Secretary 01632 960356.",
                ),
                ("p", "Clinic: 14 September 2026. Letter typed 18 September 2026."),
                (
                    "p",
                    "To: Dr H. Lindqvist, Westgate Medical Practice. Copy to: Mrs K. Fairhurst; Helen Marchetti, QTVI; Ravensdale SEND Service (at parent's request).",
                ),
                (
                    "b",
                    "Callum FAIRHURST, DOB 08/01/2011, NHS number withheld in copies to education",
                ),
                ("p", "Diagnosis: Stargardt disease (ABCA4-related macular dystrophy), both eyes."),
                (
                    "p",
                    [
                        "Callum attended with his mother for his annual review.",
                        X(
                            "Best corrected visual acuity was 1.0 logMAR in each eye, compared with 0.8 logMAR a year ago.",
                            "test result",
                        ),
                        X(
                            "Autofluorescence imaging showed enlargement of the atrophic areas at both maculae, in keeping with the expected course of the disease.",
                            "test result",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Callum's central vision is likely to continue to decline slowly over the coming years, although it is not possible to predict how fast, and his peripheral vision is usually preserved in this condition.",
                            "prognosis",
                        ),
                        X(
                            "There is at present no licensed treatment for Stargardt disease; I have told the family about the research registry, and they have chosen to join it.",
                            "health information",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Callum reports that glare from bright sunlight and from fluorescent lighting makes it much harder for him to see, and this is common in macular dystrophy.",
                            SP,
                            B4_GLARE,
                        ),
                        R(
                            "In school he should be seated away from windows, with his back to the light, and he may wear a peaked cap or his tinted glasses indoors if he wishes.",
                            SP,
                            "specific",
                            F4_SEAT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "I have referred Callum to the low vision clinic for an assessment of magnifiers and other aids, which he has not had for two years.",
                            HE,
                            "not_educational",
                            G4_LVA,
                            section="G",
                        ),
                        R(
                            "I will see him again in the medical retina clinic in twelve months.",
                            HE,
                            "not_educational",
                            G4_RETINA,
                            section="G",
                        ),
                    ],
                ),
                (
                    "p",
                    "He is already certified as severely sight impaired. I have advised him that he does not meet the visual standard for driving.",
                ),
                ("p", "Yours sincerely,"),
                ("p", "Mr Andrew Mensah FRCOphth, Consultant Ophthalmologist (Medical Retina)"),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
