# ruff: noqa: E501
"""case-evalm-03: Tarrington County Council; Ellie-Rose Banfield, 13, Year 8, permanent
bilateral hearing loss.

Layout "initial-letter-bands": each section heading is a band whose first cell holds the
section letter as a large white initial and whose second cell holds the name beside it
("B" | "Special educational needs"). F is a list of fragments. QTHI report with a
Recommendation | Reason | Frequency | Who table; paediatric audiology letter.
"""

B_LOSS = "Ellie-Rose has a moderate to severe permanent hearing loss in both ears and wears hearing aids; she relies on lip-reading and cannot follow speech at a distance or in noise."
B_VOCAB = "Her vocabulary and understanding of complex sentences are below those of her classmates, especially subject-specific words."
B_GROUP = "She cannot follow group discussion and misses what other pupils say in class."
B_TIRED = "listening fatigue, worst by the end of the school day"
B_SOCIAL = "Ellie-Rose is becoming isolated at break and lunchtime, where noise makes conversation impossible for her."

F_RADIO = "radio aid worn in all lessons, transmitter used by every teacher; equipment checked daily at registration by the form tutor"
F_TOD = "visit from a qualified teacher of the deaf once each half term to advise staff and review her equipment"
F_PRE = "pre-tutoring of subject vocabulary by support staff"
F_SLIDES = "copies of teachers' slides and notes before each lesson"
F_SUBS = "subtitles or a transcript for all video content used in lessons"
F_ROOM = "acoustic treatment of her tutor room and main teaching rooms (carpet, acoustic ceiling tiles, soft-close doors) completed by September 2026"
F_LUNCH = "quiet room at lunchtime for Ellie-Rose and up to four friends, supervised by a teaching assistant, three days a week"
F_GROUP = "opportunities to meet other deaf young people"

G_AUD = "Audiology review every six months at Tarrington Children's Hearing Centre, with new earmoulds as she grows."
G_RADIO = "Training for all staff who teach Ellie-Rose in using and checking the radio aid, by the educational audiologist, at the start of each school year."

QTHI = "qthi_report.pdf"
AUD = "audiology_letter.docx"


def band(sid: str, name: str) -> tuple:
    """A heading band: the letter drawn large, the name beside it."""
    return ("H", sid, f"{sid} {name}", "initial")


CASE_03 = dict(
    name="case-evalm-03",
    layout="initial-letter-bands",
    summary=(
        "Tarrington County Council; Ellie-Rose Banfield, 13, Year 8 at Tarrington Park School "
        "(moderate to severe bilateral sensorineural hearing loss: lip-reading, group talk, vocabulary, "
        "listening fatigue, isolation). Every section heading is a shaded band with the letter as a "
        "large initial and the name beside it; F is a list of unpunctuated fragments. QTHI report with "
        "a Recommendation | Reason | Frequency | Who table; paediatric audiology letter."
    ),
    note=(
        "Headings are bands: the letter (a large initial in a dark cell) then the name, extracted as "
        "'B Special educational needs'. Half-termly advice visits from a teacher of the deaf are "
        "less than the weekly direct teaching recommended. Radio aid training for staff by the "
        "educational audiologist, placed in G, is wrong_section (it trains staff to run educational "
        "equipment); audiology reviews in G are health provision. Reason cells are not "
        "recommendations."
    ),
    plan=dict(
        file="plan.pdf",
        header="Tarrington County Council - Education, Health and Care Plan",
        footer="Ellie-Rose Banfield - EHCP - {n}",
        accent="2E5E4E",
        blocks=[
            ("org", "Tarrington County Council"),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Ellie-Rose Banfield   Date of birth: 27 September 2012   Tarrington Park School   Plan finalised 9 March 2026",
            ),
            band("A", "Views, interests and aspirations"),
            (
                "S",
                "A",
                "Ellie-Rose enjoys netball, baking and making videos with her friends; she would like to be a vet.",
            ),
            (
                "p",
                'She says she hates it when people give up and say "never mind, it doesn\'t matter" when she has not heard them.',
            ),
            band("B", "Special educational needs"),
            ("S", "B", B_LOSS),
            ("p", [B_VOCAB, B_GROUP]),
            ("bul", [B_TIRED]),
            ("p", B_SOCIAL),
            band("C", "Health care needs"),
            (
                "S",
                "C",
                "Ellie-Rose's hearing is monitored by the Children's Hearing Centre; she has had grommets in the past and has occasional ear infections.",
            ),
            band("D", "Social care needs"),
            ("S", "D", "There are no social care needs related to Ellie-Rose's SEN."),
            band("E", "Outcomes"),
            (
                "S",
                "E",
                "By July 2027 Ellie-Rose will tell a teacher, without prompting, when she has not heard or her radio aid is not working.",
            ),
            (
                "p",
                "By the end of Year 9 Ellie-Rose will use 20 key words in each science topic correctly in her written work.",
            ),
            band("F", "Special educational provision"),
            (
                "p",
                "Provision will be delivered by Tarrington Park School with support from the Hearing Support Service:",
            ),
            (
                "bul",
                [
                    ("S", "F", ("F", F_RADIO, True)),
                    ("F", F_TOD, True),
                    ("F", F_PRE, False),
                    ("F", F_SLIDES, True),
                    ("F", F_SUBS, True),
                    ("F", F_ROOM, True),
                    ("F", F_LUNCH, True),
                    ("F", F_GROUP, False),
                ],
            ),
            band("G", "Health provision"),
            ("S", "G", G_AUD),
            ("p", G_RADIO),
            band(
                "H1",
                "Social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)",
            ),
            ("S", "H1", "None required."),
            band("H2", "Other social care provision"),
            ("S", "H2", "None required at present."),
            band("I", "Placement"),
            ("S", "I", "Tarrington Park School, mainstream secondary (foundation school)."),
            band("J", "Personal budget"),
            ("S", "J", "The family have not asked for a personal budget."),
            band("K", "Advice and information"),
            (
                "S",
                "K",
                "Report of the qualified teacher of the deaf (January 2026); letter from the Children's Hearing Centre (December 2025); school and parental advice.",
            ),
        ],
    ),
    reports=[
        dict(
            file=QTHI,
            header="Tarrington Hearing Support Service",
            footer="QTHI report - Ellie-Rose Banfield - page {n} of {m}",
            sans=True,
            accent="2E5E4E",
            blocks=[
                ("org", "Tarrington Hearing Support Service"),
                ("title", "Advice from the qualified teacher of the deaf"),
                (
                    "kv",
                    [
                        ("Pupil", "Ellie-Rose Banfield, Year 8"),
                        ("School", "Tarrington Park School"),
                        (
                            "Observed",
                            "English, science and geography lessons; lunchtime; 14 January 2026",
                        ),
                        ("Author", "Dr Fiona Rennick, QTHI"),
                    ],
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Ellie-Rose was identified through newborn hearing screening and has worn hearing aids since she was four months old.",
                            "background",
                        ),
                        (
                            "X",
                            "Her spoken language is clear and she is well liked by staff.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 2, "Observations"),
                (
                    "p",
                    [
                        (
                            "N",
                            "In discussion Ellie-Rose misses most of what her classmates say and relies on the girl next to her to repeat it.",
                            "sensory_physical",
                            B_GROUP,
                        ),
                        (
                            "N",
                            "Her understanding of subject vocabulary, for example in science and geography, is well below that of her hearing peers.",
                            "communication_interaction",
                            B_VOCAB,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "She rarely says when her radio aid is flat or not working, and will sit through a whole lesson without it.",
                            "sensory_physical",
                            None,
                        ),
                        (
                            "N",
                            "Her reading comprehension is about two years below her age, although she reads words accurately.",
                            "cognition_learning",
                            None,
                        ),
                        (
                            "N",
                            "She eats lunch alone most days because she cannot follow conversation in the noisy canteen.",
                            "semh",
                            B_SOCIAL,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Reason", "Frequency", "Who"],
                        [
                            (
                                "R",
                                "Direct teaching by a teacher of the deaf on vocabulary, self-advocacy and managing her equipment",
                                "sensory_physical",
                                "less",
                                F_TOD,
                                {
                                    "note": "Weekly direct teaching recommended; F has a half-termly advisory visit."
                                },
                            ),
                            (
                                "X",
                                "She needs to learn to speak up for herself when she has not heard.",
                                "reason cell",
                            ),
                            "1 hour a week",
                            "QTHI",
                        ],
                        [
                            (
                                "R",
                                "Pre-teaching of subject vocabulary before each new topic",
                                "communication_interaction",
                                "not_specific",
                                F_PRE,
                            ),
                            (
                                "X",
                                "New words are hard to lip-read the first time she meets them.",
                                "reason cell",
                            ),
                            "30 minutes twice a week",
                            "Teaching assistant trained by the QTHI",
                        ],
                        [
                            (
                                "R",
                                "Radio aid used in every lesson, including PE and assemblies",
                                "sensory_physical",
                                "specific",
                                F_RADIO,
                            ),
                            (
                                "X",
                                "It brings the teacher's voice to her hearing aids over the background noise.",
                                "reason cell",
                            ),
                            "Checked daily at registration",
                            "Form tutor; all teachers",
                        ],
                        [
                            (
                                "R",
                                "A note-taker in lessons",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            (
                                "X",
                                "She cannot lip-read the teacher and write at the same time.",
                                "reason cell",
                            ),
                            "All lessons with sustained teacher talk",
                            "Teaching assistant",
                        ],
                        [
                            (
                                "R",
                                "Subtitled or transcribed video",
                                "sensory_physical",
                                "specific",
                                F_SUBS,
                            ),
                            "Speech on video has no face to lip-read.",
                            "Every time video is used",
                            "Subject teachers",
                        ],
                        [
                            (
                                "R",
                                "Deaf youth group",
                                "semh",
                                "not_specific",
                                F_GROUP,
                            ),
                            (
                                "X",
                                "She has never met another deaf teenager.",
                                "reason cell",
                            ),
                            "One afternoon each half term",
                            "Hearing Support Service",
                        ],
                        [
                            (
                                "R",
                                "Quiet lunch space with friends",
                                "semh",
                                "specific",
                                F_LUNCH,
                            ),
                            (
                                "X",
                                "Conversation is possible only where it is quiet.",
                                "reason cell",
                            ),
                            "At least three days a week",
                            "Teaching assistant",
                        ],
                    ],
                    [0.3, 0.32, 0.2, 0.18],
                ),
                ("p", "Dr Fiona Rennick, Qualified Teacher of the Deaf, 21 January 2026"),
            ],
        ),
        dict(
            file=AUD,
            header="Tarrington Children's Hearing Centre",
            author="Paediatric Audiology",
            blocks=[
                ("org", "Tarrington Children's Hearing Centre"),
                (
                    "small",
                    "Paediatric Audiology, Tarrington General Hospital, Mill Road, Tarrington TG1 8ZZ",
                ),
                ("small", "Telephone 01632 960733   audiology@tarrington-nhs.example.org"),
                ("p", "8 December 2025"),
                ("p", "To whom it may concern (SEND Assessment Team)"),
                ("b", "Ellie-Rose Banfield, date of birth 27/09/2012"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Pure tone audiometry on 2 December 2025 showed thresholds of 60 to 75 dB HL across the frequencies in both ears.",
                            "test result",
                        ),
                        (
                            "N",
                            "In our speech-in-noise test Ellie-Rose understood fewer than half the words, which fits with her account that she cannot follow speech in the canteen or in group work.",
                            "sensory_physical",
                            B_LOSS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "She reports tinnitus most afternoons, which she finds distracting in quiet lessons and in tests.",
                            "sensory_physical",
                            None,
                        ),
                        (
                            "N",
                            "She told us she is exhausted after school and often falls asleep as soon as she gets home.",
                            "sensory_physical",
                            B_TIRED,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "Her parents asked whether a cochlear implant might be possible; she does not meet the current criteria.",
                        "background",
                    ),
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "We will review her hearing aids in clinic every six months and replace her earmoulds as she grows.",
                            "health",
                            "not_educational",
                            G_AUD,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "We recommend an acoustic survey of her main teaching rooms by the Hearing Support Service, with the changes it recommends made before the next school year.",
                            "sensory_physical",
                            "specific",
                            F_ROOM,
                        ),
                        (
                            "R",
                            "All staff who teach Ellie-Rose should be trained by the educational audiologist in using and checking the radio aid at the start of each school year.",
                            "sensory_physical",
                            "wrong_section",
                            G_RADIO,
                            {"section": "G"},
                        ),
                    ],
                ),
                ("p", "Yours faithfully,"),
                ("p", "Naveen Achterberg-Lowe, Clinical Scientist (Audiology)"),
            ],
        ),
    ],
)
