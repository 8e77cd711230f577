#!/usr/bin/env python3
# ruff: noqa: E501, N806
"""Generate evaluation set F (case-evalf-01 .. case-evalf-06) for the plan check.

Independent of the development corpus and of evaluation sets A to E: new councils,
families, schools, professionals, sentences, plan layouts and report styles. Everything
is invented; postcodes use areas that do not exist (VJ, XB, QF, ZV, VK, JW), phone
numbers are in the 01632 960xxx range and e-mail addresses are at example.org.

    python generate.py              # write the six case folders, then verify them
    python generate.py --no-verify

Needs python-docx and reportlab; verification also needs pypdf. The output is
byte-for-byte repeatable (reportlab invariant mode; fixed zip timestamps and core
properties in every .docx). Findings are derived from statuses by the corpus rules.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from evaluation_kit.headed import (  # noqa: E402
    Case,
    Doc,
    main,
)

# ---------------------------------------------------------------------------
# case-evalf-01: Aldermoss County Council; Harvey Szymanski, 7, Year 2
# plan.docx: Heading 1 "Section B: ...", Heading 2 area labels in B,
# F a five-column table Area | Provision | How often and how long | Who | Group size
# ---------------------------------------------------------------------------


def case_01() -> Case:
    hd = {
        "A": "Section A: Harvey's views, interests and aspirations",
        "B": "Section B: Special educational needs",
        "C": "Section C: Health needs related to Harvey's SEN",
        "D": "Section D: Social care needs",
        "E": "Section E: Outcomes",
        "F": "Section F: Special educational provision",
        "G": "Section G: Health provision",
        "H1": "Section H1: Social care provision under the Chronically Sick and Disabled Persons Act 1970",
        "H2": "Section H2: Other social care provision",
        "I": "Section I: Placement",
        "J": "Section J: Personal budget",
        "K": "Section K: Advice and information",
    }
    c = Case(
        "case-evalf-01",
        "Aldermoss County Council; Harvey Szymanski, 7, Year 2 at Fernside Primary School. "
        "Developmental language disorder, speech sound disorder, fine motor and postural difficulties.",
        "plan.docx",
        ["salt_report.pdf", "ot_report.docx"],
        hd,
    )
    S, P, F, N, R, X = c.S, c.P, c.F, c.N, c.R, c.X
    SALT, OT = "salt_report.pdf", "ot_report.docx"

    b_dld = S(
        "B",
        "Harvey has a developmental language disorder, which affects his understanding and his use of spoken language.",
    )
    b_instr = P(
        "B",
        "He finds it hard to follow instructions with more than two key words, especially when they are given to the whole class.",
    )
    b_sent = P(
        "B",
        "He speaks in short sentences and often leaves out grammatical endings and joining words.",
    )
    b_speech = P("B", "Harvey's speech can be hard for unfamiliar listeners to understand.")
    b_hand = P("B", "His handwriting is poorly formed and he uses an immature pencil grip.")
    b_core = P(
        "B",
        "Harvey has low core stability and finds it hard to sit on the carpet for more than a few minutes.",
    )

    f_salt = F(
        "Speech and language therapy delivered by a speech and language therapist",
        True,
        "Specific, but six weeks a term where a 12-week block each term was recommended.",
    )
    f_prog = F("Language programme set by the speech and language therapist", True)
    f_vocab = F("Pre-teaching of topic vocabulary", False)
    f_visual = F("A visual timetable and a now-and-next board in every lesson", True)
    f_check = F(
        "An adult checks that Harvey has understood whole-class instructions by asking him to say them back",
        True,
    )
    f_social = F("Opportunities to develop his social communication in play", False)
    f_fine = F("Fine motor skills group", True, "Twice a week where three times was recommended.")
    f_slope = F("Writing slope and triangular pencil grip for all written work", True)
    f_move = F("Movement breaks", False)

    g_train = P(
        "G",
        "The Aldermoss Children's Therapy Service will provide its Language Builders training for Harvey's class teacher and teaching assistant.",
    )
    g_hear = S(
        "G", "Harvey will have a hearing review at the Aldermoss audiology clinic in July 2026."
    )

    body = {
        "A": [
            (
                "p",
                S(
                    "A",
                    "Harvey loves dinosaurs, riding his scooter and helping his grandad in the allotment.",
                ),
            ),
            (
                "p",
                'Harvey says he likes school when it is PE and does not like it when it is "too much talking".',
            ),
        ],
        "B": [
            ("h2", "Communication and interaction"),
            ("p", b_dld + " " + b_instr),
            ("p", b_sent + " " + b_speech),
            ("h2", "Cognition and learning"),
            (
                "p",
                "Harvey is working below the expected standard in reading and writing. His number work is close to age expectations.",
            ),
            ("h2", "Physical and sensory"),
            ("p", b_hand + " " + b_core),
        ],
        "C": [
            (
                "p",
                S(
                    "C",
                    "Harvey had glue ear when he was younger and still has his hearing checked once a year.",
                ),
            )
        ],
        "D": [("p", S("D", "Harvey has no assessed social care needs."))],
        "E": [
            (
                "bul",
                [
                    S(
                        "E",
                        "By July 2027, Harvey will follow a three-part classroom instruction without a reminder.",
                    ),
                    "By July 2027, Harvey will retell a familiar story in the right order using a story map.",
                    "By July 2027, Harvey will write two sentences with letters of a consistent size.",
                ],
            )
        ],
        "F": [
            (
                "p",
                S(
                    "F",
                    "The provision below will be made by Fernside Primary School unless it says otherwise.",
                ),
            ),
            (
                "grid",
                [
                    ["Area", "Provision", "How often and how long", "Who", "Group size"],
                    [
                        "Communication and interaction",
                        f_salt,
                        "30 minutes weekly, for six weeks each term",
                        "Speech and language therapist, Aldermoss Children's Therapy Service",
                        "1:1",
                    ],
                    [
                        "Communication and interaction",
                        f_prog,
                        "15 minutes every day",
                        "Teaching assistant trained by the speech and language therapist",
                        "1:1",
                    ],
                    [
                        "Communication and interaction",
                        f_vocab,
                        "As needed before new topics",
                        "Teaching assistant",
                        "Small group",
                    ],
                    [
                        "Communication and interaction",
                        f_visual,
                        "Throughout each school day",
                        "Class teacher and teaching assistant",
                        "Whole class",
                    ],
                    [
                        "Communication and interaction",
                        f_check,
                        "At the start of every independent task",
                        "Class teacher or teaching assistant",
                        "Individual",
                    ],
                    [
                        "Communication and interaction",
                        f_social,
                        "Where possible",
                        "School staff",
                        "-",
                    ],
                    [
                        "Physical and sensory",
                        f_fine,
                        "Twice a week, 20 minutes each session",
                        "Teaching assistant",
                        "Five pupils",
                    ],
                    [
                        "Physical and sensory",
                        f_slope,
                        "Every written task",
                        "Class teacher",
                        "Individual",
                    ],
                    [
                        "Physical and sensory",
                        f_move,
                        "Regularly, as appropriate",
                        "Adult in class",
                        "Individual",
                    ],
                ],
                [0.17, 0.30, 0.20, 0.21, 0.12],
            ),
        ],
        "G": [("p", g_hear), ("p", g_train)],
        "H1": [("p", S("H1", "None."))],
        "H2": [("p", S("H2", "None identified."))],
        "I": [
            (
                "p",
                S(
                    "I",
                    "Fernside Primary School, Mill Race Lane, Aldermoss VJ3 8DW (mainstream community primary school).",
                ),
            )
        ],
        "J": [("p", S("J", "No personal budget has been requested."))],
        "K": [
            (
                "bul",
                [
                    S(
                        "K",
                        "Speech and language therapy report, Bethan Mwangi-Rees, 14 January 2026.",
                    ),
                    "Occupational therapy report, Callum Threlfall, 26 January 2026.",
                    "Advice from Fernside Primary School, 19 January 2026.",
                ],
            )
        ],
    }
    blocks = [
        ("title", "Education, Health and Care Plan"),
        ("p", "Name: Harvey Szymanski    Date of birth: 03/05/2018    Year group: 2"),
        (
            "p",
            "Plan status: Final, issued 9 March 2026    Case officer: Ruth Allonby, 01632 960214",
        ),
        ("pb",),
    ]
    order = list(hd)
    for sid in order:
        blocks.append(("h1", hd[sid]))
        blocks.extend(body[sid])
        if sid in ("B", "E", "F"):
            blocks.append(("pb",))
    c.docs.append(
        Doc(
            "plan.docx",
            blocks,
            author="Aldermoss SEND Team",
            title="EHC Plan - Harvey Szymanski",
            footer="Aldermoss County Council - EHC Plan - Harvey Szymanski",
        )
    )

    # --- SALT report (pdf): NHS style, summary bullets and numbered recommendations
    salt = [
        ("org", "Aldermoss Children's Therapy Service"),
        (
            "small",
            "Speech and Language Therapy, Brookside Health Centre, Aldermoss VJ3 2LL. Tel 01632 960377",
        ),
        ("title", "Speech and Language Therapy Advice for EHC Needs Assessment"),
        (
            "grid",
            [
                ["Child", "Harvey Szymanski (DOB 03/05/2018)"],
                ["School", "Fernside Primary School, Year 2"],
                [
                    "Therapist",
                    "Bethan Mwangi-Rees, Specialist Speech and Language Therapist (HCPC SL09921)",
                ],
                ["Date", "14 January 2026"],
            ],
            [0.3, 0.7],
        ),
        ("h2", "Background"),
        (
            "p",
            "Harvey was first referred at the age of three because he was using very few words. "
            + X(
                SALT,
                "The glue ear noted at age three has resolved, and his hearing test last summer was clear.",
                "Resolved health problem.",
            )
            + " He has had two previous blocks of therapy in clinic.",
        ),
        ("h2", "Assessment"),
        (
            "p",
            "I assessed Harvey in school over two sessions using the CELF-5UK and the DEAP, and I observed him in a literacy lesson. "
            + X(
                SALT,
                "When I visited his classroom, Harvey did not put his hand up during the phonics lesson.",
                "A single observed episode, evidence only.",
            ),
        ),
        (
            "grid",
            [
                ["Subtest", "Scaled score"],
                ["Sentence comprehension", "4"],
                ["Following directions", "3"],
                ["Word structure", "4"],
                ["Formulated sentences", "5"],
            ],
            [0.6, 0.4],
        ),
        (
            "p",
            "In conversation Harvey tries hard to get his message across and uses gesture well. "
            + N(
                SALT,
                "Harvey does not yet have the words to talk about time and sequence, so he cannot retell what happened at break or explain the order of events in a story.",
                "communication_interaction",
                "missing_from_b",
            ),
        ),
        ("h2", "Summary of Harvey's speech, language and communication needs"),
        (
            "bul",
            [
                N(
                    SALT,
                    "Harvey has a developmental language disorder affecting both understanding and use of spoken language.",
                    "communication_interaction",
                    "in_b",
                    b_dld,
                ),
                N(
                    SALT,
                    "He often loses track of instructions that contain more than two key words, particularly when they are given to the whole class.",
                    "communication_interaction",
                    "in_b",
                    b_instr,
                ),
                N(
                    SALT,
                    "His sentences are short and frequently omit verb endings and linking words such as 'because' and 'so'.",
                    "communication_interaction",
                    "in_b",
                    b_sent,
                ),
                N(
                    SALT,
                    "Harvey's speech is understood by unfamiliar listeners only about half of the time, because he replaces 'k' and 'g' with 't' and 'd' and reduces consonant clusters.",
                    "communication_interaction",
                    "in_b",
                    b_speech,
                ),
            ],
        ),
        ("h2", "Recommendations"),
        (
            "num",
            [
                R(
                    SALT,
                    "Direct speech and language therapy from a speech and language therapist, 30 minutes each week, individually, in a block of 12 weeks every term.",
                    "communication_interaction",
                    "less",
                    f_salt,
                ),
                R(
                    SALT,
                    "A daily language programme of 15 minutes, set by the therapist and carried out 1:1 by a teaching assistant whom the therapist has trained.",
                    "communication_interaction",
                    "specific",
                    f_prog,
                ),
                R(
                    SALT,
                    "Speech sound practice on 'k' and 'g' for five minutes twice a day with an adult shown the activities by the therapist.",
                    "communication_interaction",
                    "missing_from_f",
                ),
                R(
                    SALT,
                    "Key vocabulary for each new topic to be pre-taught in a group of no more than four, three times a week for 10 minutes.",
                    "communication_interaction",
                    "not_specific",
                    f_vocab,
                ),
                R(
                    SALT,
                    "Visual supports, including a now-and-next board and a visual timetable, to be used consistently in every lesson.",
                    "communication_interaction",
                    "specific",
                    f_visual,
                ),
                R(
                    SALT,
                    "Harvey's class teacher and teaching assistant to attend the service's Language Builders training (one half-day) during this school year.",
                    "communication_interaction",
                    "wrong_section",
                    g_train,
                ),
                R(
                    SALT,
                    "At home, his parents are encouraged to share a picture book each evening and to talk about what might happen next.",
                    "communication_interaction",
                    "not_educational",
                ),
            ],
        ),
        (
            "p",
            "Bethan Mwangi-Rees, Specialist Speech and Language Therapist. bethan.mwangi-rees@example.org",
        ),
    ]
    c.docs.append(
        Doc(
            SALT,
            salt,
            footer="Aldermoss Children's Therapy Service - confidential - page {n}",
            author="Bethan Mwangi-Rees",
            title="SLT advice - Harvey Szymanski",
        )
    )

    # --- OT report (docx): letter style, prose observations and bullets
    ot = [
        ("org", "Aldermoss Children's Therapy Service - Occupational Therapy"),
        ("small", "Brookside Health Centre, Aldermoss VJ3 2LL    01632 960378"),
        ("p", "26 January 2026"),
        ("p", "Re: Harvey Szymanski, DOB 03/05/2018, Fernside Primary School"),
        (
            "p",
            "I saw Harvey in school on 20 January 2026, at the request of the SEND team, to give occupational therapy advice for his EHC needs assessment. I watched him in a handwriting lesson and at lunch, and carried out the Movement ABC-2 with him in the library.",
        ),
        ("b", "What I found"),
        (
            "p",
            N(
                OT,
                "Harvey's pencil grip is immature and his letters are poorly formed and inconsistent in size.",
                "sensory_physical",
                "in_b",
                b_hand,
            )
            + " He presses very hard and complains that his hand hurts after a short time.",
        ),
        (
            "p",
            N(
                OT,
                "He struggles to cut along a line, open his lunch box or fasten the buttons on his coat.",
                "sensory_physical",
                "missing_from_b",
            )
            + " His Movement ABC-2 manual dexterity score was at the 5th centile.",
        ),
        (
            "p",
            N(
                OT,
                "He tires quickly when sitting on the carpet and tends to slump or lie down after about five minutes.",
                "sensory_physical",
                "in_b",
                b_core,
            )
            + " His balance scores were within the average range.",
        ),
        ("b", "Recommendations for school"),
        (
            "bul",
            [
                R(
                    OT,
                    "A fine motor group, such as a Clever Fingers style group, three times a week for 20 minutes, run by a teaching assistant with no more than five children.",
                    "sensory_physical",
                    "less",
                    f_fine,
                ),
                R(
                    OT,
                    "A writing slope and a triangular pencil grip should be available to him for all written work.",
                    "sensory_physical",
                    "specific",
                    f_slope,
                ),
                R(
                    OT,
                    "A movement break of three to five minutes, supervised by an adult, between carpet sessions and desk work.",
                    "sensory_physical",
                    "not_specific",
                    f_move,
                ),
            ],
        ),
        ("b", "Ideas for home"),
        (
            "p",
            R(
                OT,
                "Playdough, threading beads and building with Lego at home will all help to build up the strength in Harvey's hands.",
                "sensory_physical",
                "not_educational",
            ),
        ),
        ("p", "Yours sincerely,"),
        (
            "p",
            "Callum Threlfall, Occupational Therapist (HCPC OT61420). callum.threlfall@example.org",
        ),
    ]
    c.docs.append(Doc(OT, ot, author="Callum Threlfall", title="OT advice - Harvey Szymanski"))
    return c


# ---------------------------------------------------------------------------
# case-evalf-02: Hollinsbrook Borough Council; Imani Osei-Bonsu, 13, Year 8
# plan.pdf exported from Word: "Section B – ..." headings (en dash), running header,
# B bullets under bold area labels, F prose paragraphs under bold area labels
# ---------------------------------------------------------------------------


def case_02() -> Case:
    hd = {
        "A": "Section A – All about me",
        "B": "Section B – Special Educational Needs",
        "C": "Section C – Health Needs",
        "D": "Section D – Social Care Needs",
        "E": "Section E – Outcomes",
        "F": "Section F – Special Educational Provision",
        "G": "Section G – Health Provision",
        "H1": "Section H1 – Social Care Provision (CSDPA 1970)",
        "H2": "Section H2 – Other Social Care Provision",
        "I": "Section I – Educational Placement",
        "J": "Section J – Personal Budget",
        "K": "Section K – Advice and Information Received",
    }
    c = Case(
        "case-evalf-02",
        "Hollinsbrook Borough Council; Imani Osei-Bonsu, 13, Year 8 at Greythorn Academy. "
        "Autism, generalised anxiety disorder, noise sensitivity, falling attendance.",
        "plan.pdf",
        ["ep_report.pdf", "camhs_letter.docx"],
        hd,
    )
    S, P, F, N, R, X = c.S, c.P, c.F, c.N, c.R, c.X
    EP, CAMHS = "ep_report.pdf", "camhs_letter.docx"

    b_aut = S("B", "Imani is autistic and becomes very anxious when routines change unexpectedly.")
    b_unstr = P("B", "Unstructured times such as lunch are overwhelming for her.")
    b_mask = P(
        "B", "She tends to hold her difficulties in during the school day and release them at home."
    )
    b_noise = P(
        "B", "She is sensitive to noise, particularly in busy corridors and the sports hall."
    )
    b_gad = P(
        "B",
        "Imani has a diagnosis of generalised anxiety disorder and worries a great deal about school.",
    )
    b_friend = P("B", "Imani has few friendships in school and often feels isolated.")

    f_key = F("A key adult will check in with Imani at the start of the day when needed.", False)
    f_prof = F(
        "Before the start of each term the SENCo will write a one-page profile of Imani's needs and send it to all of her teachers.",
        True,
    )
    f_extra = F("Additional adult support in lessons will be provided as appropriate.", False)
    f_group = F(
        "Imani will attend a social understanding group of six pupils, led by a pastoral assistant, for 30 minutes a week.",
        True,
        "Specific, but half the time recommended and without a trained leader.",
    )
    f_pass = F(
        "Imani will have a pass to leave each lesson five minutes before the bell so that she can move between rooms before the corridors fill.",
        True,
    )
    f_cedar = F(
        "Every lunchtime the Cedar Room will be open to Imani and no more than five other pupils, supervised by a learning mentor.",
        True,
    )
    f_ear = F(
        "Imani will be given her own ear defenders to use in the sports hall, the dining hall and assemblies, where she will sit by the door.",
        True,
    )
    f_pe = F("School will support Imani to return to PE when she feels ready.", False)

    g_cbt = S(
        "G",
        "Hollinsbrook CAMHS will provide Imani with 10 sessions of cognitive behavioural therapy at the Larch Street clinic.",
    )
    g_train = P(
        "G",
        "The CAMHS primary mental health worker will deliver a training session to Greythorn Academy staff on autism and anxiety.",
    )

    body = {
        "A": [
            ("p", S("A", "I like drawing manga, baking and looking after our two guinea pigs.")),
            (
                "p",
                "I want to be a vet or an animator. School is OK when it is quiet but I hate the corridors.",
            ),
        ],
        "B": [
            ("b", "Communication and interaction"),
            ("bul", [b_aut, b_friend]),
            ("b", "Cognition and learning"),
            (
                "bul",
                ["Imani is of average ability and is making expected progress in most subjects."],
            ),
            ("b", "Social, emotional and mental health"),
            ("bul", [b_gad, b_mask]),
            ("b", "Sensory and/or physical"),
            ("bul", [b_unstr, b_noise]),
        ],
        "C": [("p", S("C", "Imani is known to Hollinsbrook CAMHS for anxiety."))],
        "D": [("p", S("D", "There are no social care needs."))],
        "E": [
            (
                "bul",
                [
                    S(
                        "E",
                        "By the end of Year 9, Imani will attend all of her lessons, including PE.",
                    ),
                    "By the end of Year 9, Imani will tell a trusted adult when she is becoming anxious.",
                    "By the end of Year 9, Imani will name at least one friend in school.",
                ],
            )
        ],
        "F": [
            ("p", S("F", "Greythorn Academy will make the following provision.")),
            ("b", "Communication and interaction"),
            ("p", f_key + " " + f_prof),
            ("p", f_group),
            ("b", "Cognition and learning"),
            ("p", f_extra),
            ("b", "Social, emotional and mental health"),
            ("p", f_pe),
            ("b", "Sensory and/or physical"),
            ("p", f_pass + " " + f_cedar),
            ("p", f_ear),
        ],
        "G": [("p", g_cbt), ("p", g_train)],
        "H1": [("p", S("H1", "Not applicable."))],
        "H2": [("p", S("H2", "Not applicable at this time."))],
        "I": [
            (
                "p",
                S(
                    "I",
                    "Greythorn Academy, Sandpiper Road, Hollinsbrook XB7 4QT (mainstream secondary academy).",
                ),
            )
        ],
        "J": [("p", S("J", "Imani's parents have not asked for a personal budget."))],
        "K": [
            (
                "bul",
                [
                    S(
                        "K",
                        "Educational psychology advice, Dr Hannah Wyndham-Price, 2 February 2026.",
                    ),
                    "CAMHS advice, Kwame Addo, 6 February 2026.",
                    "Parental views, February 2026.",
                ],
            )
        ],
    }
    blocks = [
        ("title", "Education, Health and Care Plan"),
        ("p", "Imani Osei-Bonsu    Date of birth 21/10/2012    NHS number withheld"),
        (
            "p",
            "Final plan issued 23 March 2026 by Hollinsbrook Borough Council SEND Service, 01632 960452",
        ),
    ]
    for sid in hd:
        blocks.append(("h1", hd[sid]))
        blocks.extend(body[sid])
    c.docs.append(
        Doc(
            "plan.pdf",
            blocks,
            header="Imani Osei-Bonsu – EHC Plan – Final – March 2026",
            footer="Page {n}",
            author="Hollinsbrook SEND",
            title="EHC Plan",
            sans=True,
            accent="5B2C6F",
        )
    )

    # --- EP report (pdf): consultation narrative, prose recommendations
    ep = [
        ("org", "Hollinsbrook Educational Psychology Service"),
        (
            "small",
            "Civic Offices, Tanner Street, Hollinsbrook XB1 1AA   01632 960460   eps@example.org",
        ),
        ("title", "Psychological Advice"),
        (
            "p",
            "Young person: Imani Osei-Bonsu, Year 8, Greythorn Academy. Date of advice: 2 February 2026. Educational psychologist: Dr Hannah Wyndham-Price.",
        ),
        ("h2", "How I gathered information"),
        (
            "p",
            "I met Imani twice, once at school and once at home, spoke with her parents and her head of year, and observed her in science and at lunchtime. "
            + X(
                EP,
                "During my observation in science, Imani did not speak to the pupil sitting next to her.",
                "A single observed episode.",
            ),
        ),
        ("h2", "What I learned"),
        (
            "p",
            "Imani is articulate, funny and thoughtful when she feels safe. "
            + N(
                EP,
                "Imani is an autistic young person whose anxiety rises sharply when routines change without warning.",
                "communication_interaction",
                "in_b",
                b_aut,
            )
            + " A cover teacher or a room change can dominate her whole day.",
        ),
        (
            "p",
            N(
                EP,
                "She finds unstructured times, especially lunchtime in the canteen, overwhelming and often spends them hiding in the toilets.",
                "sensory_physical",
                "in_b",
                b_unstr,
            )
            + " "
            + N(
                EP,
                "Loud, echoing spaces such as the sports hall and the corridors at changeover cause her real discomfort.",
                "sensory_physical",
                "in_b",
                b_noise,
            ),
        ),
        (
            "p",
            "Her parents describe a different young person at home. "
            + N(
                EP,
                "She masks her difficulties in lessons and then becomes distressed and withdrawn once she gets home.",
                "semh",
                "in_b",
                b_mask,
            ),
        ),
        (
            "p",
            "Her cognitive profile is broadly average, with verbal reasoning a strength. "
            + N(
                EP,
                "However, Imani struggles to begin written tasks without a worked example and will sit with a blank page rather than ask for help.",
                "cognition_learning",
                "missing_from_b",
            )
            + " "
            + X(
                EP,
                "Her earlier difficulty with food textures has eased and she now eats a school lunch most days.",
                "Resolved difficulty.",
            ),
        ),
        ("h2", "What will help"),
        (
            "p",
            R(
                EP,
                "Imani needs a named key adult who meets her for 10 minutes at the start of each school day to go through the timetable and any changes.",
                "semh",
                "not_specific",
                f_key,
            ),
        ),
        (
            "p",
            "Moving around the building is the hardest part of her day. "
            + R(
                EP,
                "I recommend that she is given a pass that allows her to leave every lesson five minutes early, so that she avoids the busiest corridors.",
                "sensory_physical",
                "specific",
                f_pass,
            ),
        ),
        (
            "p",
            R(
                EP,
                "A quiet, supervised base should be available to her every lunchtime, with an adult present, as an alternative to the canteen.",
                "sensory_physical",
                "specific",
                f_cedar,
            ),
        ),
        (
            "p",
            R(
                EP,
                "It would help Imani to take part in a small-group social understanding programme for one hour each week, led by an adult trained to deliver it.",
                "communication_interaction",
                "less",
                f_group,
            ),
        ),
        (
            "p",
            R(
                EP,
                "Written tasks should be broken into numbered steps, with a worked example on her desk, in every lesson.",
                "cognition_learning",
                "missing_from_f",
            ),
        ),
        (
            "p",
            R(
                EP,
                "Imani would benefit from her own ear defenders and from sitting near the door in assemblies.",
                "sensory_physical",
                "specific",
                f_ear,
            ),
        ),
        (
            "p",
            R(
                EP,
                "Her parents may find the National Autistic Society's online course for families helpful.",
                "semh",
                "not_educational",
            ),
        ),
        ("p", "Dr Hannah Wyndham-Price, Educational Psychologist (HCPC PYL30551)"),
    ]
    c.docs.append(
        Doc(
            EP,
            ep,
            footer="Hollinsbrook EPS - Imani Osei-Bonsu - page {n}",
            author="H Wyndham-Price",
            title="Psychological advice",
        )
    )

    # --- CAMHS letter (docx)
    camhs = [
        ("org", "Hollinsbrook Child and Adolescent Mental Health Service"),
        ("small", "Larch Street Clinic, Hollinsbrook XB2 6RF    Telephone 01632 960471"),
        ("p", "6 February 2026"),
        ("p", "To: SEND Assessment Team, Hollinsbrook Borough Council"),
        ("p", "Dear colleagues,"),
        ("p", "Re: Imani Osei-Bonsu (DOB 21/10/2012)"),
        (
            "p",
            "Thank you for asking for CAMHS advice. I have seen Imani four times since October 2025, with her mother.",
        ),
        (
            "p",
            N(
                CAMHS,
                "Imani meets the criteria for generalised anxiety disorder, with daily worry about school and frequent panic symptoms.",
                "semh",
                "in_b",
                b_gad,
            )
            + " "
            + N(
                CAMHS,
                "She has stopped going to PE and to two other lessons because of panic, and her attendance this term is 78%.",
                "semh",
                "missing_from_b",
            ),
        ),
        (
            "p",
            N(
                CAMHS,
                "Imani tells me she does not have anyone at school she would call a friend and that she eats lunch alone.",
                "communication_interaction",
                "in_b",
                b_friend,
            ),
        ),
        ("p", "My recommendations are as follows."),
        (
            "p",
            R(
                CAMHS,
                "CAMHS will offer Imani a course of 10 sessions of CBT for anxiety at the clinic.",
                "health",
                "not_educational",
                g_cbt,
            ),
        ),
        (
            "p",
            R(
                CAMHS,
                "I would recommend that our primary mental health worker provides a two-hour training session for Imani's key adult and form tutor on supporting autistic girls with anxiety.",
                "semh",
                "wrong_section",
                g_train,
            ),
        ),
        (
            "p",
            R(
                CAMHS,
                "A graded plan for returning to PE, agreed with Imani and reviewed by the SENCo every fortnight, should be put in place.",
                "semh",
                "not_specific",
                f_pe,
            ),
        ),
        ("p", "Yours faithfully,"),
        ("p", "Kwame Addo, Clinical Nurse Specialist, Hollinsbrook CAMHS. kwame.addo@example.org"),
    ]
    c.docs.append(Doc(CAMHS, camhs, author="Kwame Addo", title="CAMHS letter"))
    return c


# ---------------------------------------------------------------------------
# case-evalf-03: Stavenmoor City Council; Poppy Ashdown, 4, day nursery
# plan.docx: bold-paragraph headings "Part B: ...", F as plain paragraphs
# ---------------------------------------------------------------------------


def case_03() -> Case:
    hd = {
        "A": "Part A: About Poppy and her family",
        "B": "Part B: Special Educational Needs",
        "C": "Part C: Health Care Needs",
        "D": "Part D: Social Care Needs",
        "E": "Part E: Outcomes",
        "F": "Part F: Special Educational Provision",
        "G": "Part G: Health Provision",
        "H1": "Part H1: Social Care Provision (section 2 CSDPA)",
        "H2": "Part H2: Any Other Social Care Provision",
        "I": "Part I: Placement",
        "J": "Part J: Personal Budget",
        "K": "Part K: Advice and Information",
    }
    c = Case(
        "case-evalf-03",
        "Stavenmoor City Council; Poppy Ashdown, 4, Bramblewood Day Nursery, starting Reception in September. "
        "Cerebral palsy (spastic diplegia), expressive language delay, toileting, fatigue.",
        "plan.docx",
        ["physio_report.pdf", "paediatric_report.docx"],
        hd,
    )
    S, P, F, N, R, X = c.S, c.P, c.F, c.N, c.R, c.X
    PH, PAED = "physio_report.pdf", "paediatric_report.docx"

    b_cp = S(
        "B",
        "Poppy has cerebral palsy (spastic diplegia), which affects the muscles in both of her legs.",
    )
    b_walk = P(
        "B", "She walks short distances with a walker and uses a buggy for longer distances."
    )
    b_bal = P("B", "Poppy's balance is poor and she can fall when other children are close by.")
    b_lang = P(
        "B",
        "Poppy uses short phrases of two or three words and is not always understood by adults who do not know her.",
    )
    b_toilet = P("B", "Poppy is not yet toilet trained.")
    b_tired = P("B", "She becomes very tired in the afternoons.")

    f_chair = F(
        "Poppy will use a supportive chair with a footplate and hip strap for all table-top activities.",
        True,
    )
    f_visit = F(
        "The physiotherapist will visit the nursery each term to review Poppy's programme.",
        True,
        "Termly where half-termly visits were recommended.",
    )
    f_super = F("Poppy will be supervised as appropriate when moving around the setting.", False)
    f_key = F(
        "Poppy's key person will spend 15 minutes each morning with Poppy and one other child on language activities using her symbol board.",
        True,
    )
    f_salt = F(
        "Poppy will receive advice from the speech and language therapy service, which nursery staff will follow.",
        False,
    )
    f_change = F(
        "A trained member of nursery staff will change Poppy at least three times a day on the height-adjustable changing bed in the accessible bathroom.",
        True,
    )
    f_sens = F("She will have access to a range of sensory and messy play activities.", False)
    f_trans = F(
        "Poppy will have one visit to her new school with her key person before she starts in September.",
        True,
        "One visit where at least three were recommended.",
    )

    g_physio = P(
        "G",
        "Poppy's physiotherapy programme will be carried out every day at nursery by trained staff, following a programme written by the Stavenmoor Children's Physiotherapy Service.",
    )
    g_ortho = S(
        "G",
        "Poppy will continue to be seen by the orthotics service every six months and by the paediatrician in clinic.",
    )

    body = {
        "A": [
            (
                "p",
                S(
                    "A",
                    "Poppy lives with her mum, dad and baby brother Arlo. She loves bubbles, the Gruffalo and splashing in puddles.",
                ),
            ),
            (
                "p",
                "Her parents would like her to make friends and to be as independent as she can.",
            ),
        ],
        "B": [
            ("p", "Physical development. " + b_cp + " " + b_walk + " " + b_bal),
            ("p", "Communication. " + b_lang),
            ("p", "Self-care and independence. " + b_toilet + " " + b_tired),
        ],
        "C": [
            (
                "p",
                S("C", "Poppy wears ankle-foot orthoses during the day and night splints at home."),
            )
        ],
        "D": [
            (
                "p",
                S(
                    "D",
                    "The family have been offered a carers' assessment, which they have declined for now.",
                ),
            )
        ],
        "E": [
            (
                "p",
                S(
                    "E",
                    "By the end of Reception, Poppy will walk from the classroom to the hall with her walker.",
                ),
            )
        ],
        "F": [
            (
                "p",
                S(
                    "F",
                    "Bramblewood Day Nursery, and from September 2026 her school, will put in place the provision set out below.",
                ),
            ),
            ("p", f_chair),
            ("p", f_visit),
            ("p", f_super),
            ("p", f_key),
            ("p", f_salt),
            ("p", f_change),
            ("p", f_sens),
            ("p", f_trans),
        ],
        "G": [("p", g_ortho), ("p", g_physio)],
        "H1": [
            (
                "p",
                S(
                    "H1",
                    "No provision is required under section 2 of the Chronically Sick and Disabled Persons Act 1970.",
                ),
            )
        ],
        "H2": [("p", S("H2", "None at present."))],
        "I": [
            (
                "p",
                S(
                    "I",
                    "Bramblewood Day Nursery until 31 August 2026; from September 2026, Ashgill Infant School (mainstream infant school).",
                ),
            )
        ],
        "J": [("p", S("J", "A personal budget has not been requested."))],
        "K": [
            ("p", S("K", "Physiotherapy report, Naomi Feltham, 11 December 2025.")),
            ("p", "Paediatric report, Dr Arjun Raghunathan, 5 January 2026."),
        ],
    }
    blocks = [
        ("title", "Stavenmoor City Council - Education, Health and Care Plan"),
        (
            "small",
            "Child: Poppy Ashdown   DOB: 17/06/2021   Setting: Bramblewood Day Nursery   Issued: 30 January 2026",
        ),
        (
            "small",
            "SEND Service, Guildhall Square, Stavenmoor QF4 1ZZ   01632 960533   send@example.org",
        ),
    ]
    for sid in hd:
        blocks.append(("b", hd[sid]))
        blocks.extend(body[sid])
        if sid in ("D", "F"):
            blocks.append(("pb",))
    c.docs.append(
        Doc(
            "plan.docx",
            blocks,
            author="Stavenmoor SEND",
            title="EHCP Poppy Ashdown",
            accent="1F3864",
        )
    )

    # --- physio report (pdf): terse headings and short lines
    ph = [
        ("org", "Stavenmoor Children's Physiotherapy Service"),
        ("small", "Child Development Centre, Wren Lane, Stavenmoor QF2 8NP. 01632 960540"),
        ("title", "Physiotherapy Report"),
        (
            "p",
            "Name: Poppy Ashdown. DOB: 17/06/2021. Seen at: Bramblewood Day Nursery and clinic. Date: 11 December 2025.",
        ),
        ("h2", "Diagnosis"),
        (
            "p",
            N(
                PH,
                "Poppy has spastic diplegia, with tightness in both calves and hamstrings.",
                "sensory_physical",
                "in_b",
                b_cp,
            ),
        ),
        ("h2", "Assessment findings"),
        (
            "bul",
            [
                N(
                    PH,
                    "She walks short distances with a posterior walker but tires after about 20 metres and needs her buggy for anything longer.",
                    "sensory_physical",
                    "in_b",
                    b_walk,
                ),
                N(
                    PH,
                    "Poppy cannot yet get up from sitting on the floor without an adult's help.",
                    "sensory_physical",
                    "missing_from_b",
                ),
                N(
                    PH,
                    "Her balance in standing is poor, and she falls when she is jostled by other children.",
                    "sensory_physical",
                    "in_b",
                    b_bal,
                ),
                X(
                    PH,
                    "On the day of my visit Poppy did not want to use her walker in the garden.",
                    "A single observed episode.",
                ),
                X(
                    PH,
                    "Her hip X-ray in November was normal and no further action is needed.",
                    "A normal test result, not a need.",
                ),
            ],
        ),
        ("h2", "Recommendations"),
        (
            "bul",
            [
                R(
                    PH,
                    "A daily stretching and standing programme of 20 minutes, written by the physiotherapist and carried out by nursery staff she has trained.",
                    "sensory_physical",
                    "wrong_section",
                    g_physio,
                ),
                R(
                    PH,
                    "Physiotherapist to visit the nursery every half term to review the programme and update staff.",
                    "sensory_physical",
                    "less",
                    f_visit,
                ),
                R(
                    PH,
                    "A supportive chair with a footplate and hip strap for all table-top activities.",
                    "sensory_physical",
                    "specific",
                    f_chair,
                ),
                R(
                    PH,
                    "An adult to be with her at all times on outdoor equipment and when she moves around the room.",
                    "sensory_physical",
                    "not_specific",
                    f_super,
                ),
                R(
                    PH,
                    "Parents to continue her night splints as advised by the orthotics team.",
                    "health",
                    "not_educational",
                ),
            ],
        ),
        (
            "p",
            "Naomi Feltham, Highly Specialist Paediatric Physiotherapist. naomi.feltham@example.org",
        ),
    ]
    c.docs.append(
        Doc(
            PH,
            ph,
            footer="Stavenmoor Children's Physiotherapy - page {n}",
            author="N Feltham",
            title="Physiotherapy report",
            sans=True,
            accent="1F6F8B",
        )
    )

    # --- paediatric report (docx): clinic report with headed paragraphs
    pd = [
        ("org", "Stavenmoor Community Paediatrics"),
        ("small", "Child Development Centre, Wren Lane, Stavenmoor QF2 8NP    01632 960541"),
        ("title", "Paediatric Advice for Education, Health and Care Needs Assessment"),
        (
            "p",
            "Child: Poppy Ashdown, born 17/06/2021. Date: 5 January 2026. Author: Dr Arjun Raghunathan, Consultant Community Paediatrician.",
        ),
        ("h2", "Diagnoses"),
        (
            "p",
            "1. Cerebral palsy, spastic diplegia (GMFCS level III). 2. Expressive language delay. 3. Born at 29 weeks' gestation.",
        ),
        ("h2", "Development"),
        (
            "p",
            N(
                PAED,
                "Poppy's expressive language is delayed: she uses two- to three-word phrases, and unfamiliar adults understand her only some of the time.",
                "communication_interaction",
                "in_b",
                b_lang,
            )
            + " Her understanding of language appears to be close to her age.",
        ),
        (
            "p",
            N(
                PAED,
                "She has difficulty using both hands together, for example holding the paper still while she draws, and her left hand is slower than her right.",
                "sensory_physical",
                "missing_from_b",
            ),
        ),
        (
            "p",
            N(
                PAED,
                "She is not yet toilet trained and does not show any awareness of a wet nappy.",
                "health",
                "in_b",
                b_toilet,
            )
            + " "
            + N(
                PAED,
                "Poppy tires easily by the afternoon and becomes tearful and less able to join in.",
                "sensory_physical",
                "in_b",
                b_tired,
            ),
        ),
        ("h2", "Recommendations"),
        (
            "p",
            R(
                PAED,
                "I recommend that Poppy receives speech and language therapy at nursery: a block of six weekly 30-minute sessions with a speech and language therapist, followed by a programme for staff to continue.",
                "communication_interaction",
                "not_specific",
                f_salt,
            ),
        ),
        (
            "p",
            R(
                PAED,
                "She will need an adult to help her with toileting and changing several times each day, in a changing area with a height-adjustable bed.",
                "health",
                "specific",
                f_change,
            ),
        ),
        (
            "p",
            R(
                PAED,
                "A rest period of 20 minutes after lunch, in a quiet area with a beanbag, should be built into her day.",
                "sensory_physical",
                "missing_from_f",
            ),
        ),
        (
            "p",
            R(
                PAED,
                "Her move to Reception should be planned with at least three visits to the new school, accompanied by her key person.",
                "semh",
                "less",
                f_trans,
            ),
        ),
        (
            "p",
            R(
                PAED,
                "Orthotic review every six months and review in my clinic will continue.",
                "health",
                "not_educational",
                g_ortho,
            ),
        ),
        ("p", "Dr Arjun Raghunathan MRCPCH, arjun.raghunathan@example.org"),
    ]
    c.docs.append(Doc(PAED, pd, author="A Raghunathan", title="Paediatric advice"))
    return c


# ---------------------------------------------------------------------------
# case-evalf-04: Rushmere Vale County Council; Ezra Vandermeer, 15, Year 10
# plan.docx: Heading 2 "Section B - ... (SEN)" with hyphen; B bullets; F a 3-column
# table Provision | Frequency and duration | Staffing; NO Section C at all
# ---------------------------------------------------------------------------


def case_04() -> Case:
    hd = {
        "A": "Section A - The views, interests and aspirations of Ezra and his parents",
        "B": "Section B - Special educational needs (SEN)",
        "D": "Section D - Social care needs",
        "E": "Section E - Outcomes, including preparing for adulthood",
        "F": "Section F - Special educational provision",
        "G": "Section G - Health provision",
        "H1": "Section H1 - Social care provision (CSDPA 1970)",
        "H2": "Section H2 - Other social care provision",
        "I": "Section I - Placement",
        "J": "Section J - Personal budget",
        "K": "Section K - Advice and information",
    }
    c = Case(
        "case-evalf-04",
        "Rushmere Vale County Council; Ezra Vandermeer, 15, Year 10 at Tollbridge School. "
        "Dyslexia, slow processing, working memory, exam anxiety, preparing for adulthood.",
        "plan.docx",
        ["specialist_teacher_report.docx", "independent_ep_report.pdf"],
        hd,
        note="The plan has no Section C heading or content at all (its template jumps from B to D), so section_missing C is expected.",
        missing=["C"],
    )
    S, P, F, N, R, X = c.S, c.P, c.F, c.N, c.R, c.X
    ST, EP = "specialist_teacher_report.docx", "independent_ep_report.pdf"

    b_dys = S(
        "B",
        "Ezra has dyslexia. His reading accuracy and speed are well below those of other pupils his age.",
    )
    b_spell = P("B", "His spelling is inconsistent and he writes much less than he is able to say.")
    b_hand = P("B", "His handwriting is slow.")
    b_proc = P("B", "Ezra processes information slowly and needs more time to respond.")
    b_anx = P("B", "He becomes anxious before tests and examinations.")
    b_conf = P("B", "Ezra's confidence as a learner is low and he avoids reading aloud.")

    f_lit = F(
        "Structured literacy programme",
        True,
        "Specific, but less often, shorter and with a less qualified adult than recommended.",
    )
    f_type = F("Touch-typing programme", True)
    f_print = F("Printed copies of slides and board work", True)
    f_exam = F("Exam access arrangements as appropriate", False)
    f_elsa = F("ELSA sessions on managing anxiety", True)
    f_careers = F("Opportunities to discuss post-16 options", False)
    f_tts = F("Text-to-speech software on a school laptop", True)
    f_hw = F("Differentiated homework", False)

    body = {
        "A": [
            (
                "p",
                S(
                    "A",
                    "Ezra wants to be an electrician like his uncle and enjoys fixing bikes and playing five-a-side football.",
                ),
            ),
            (
                "p",
                "His parents would like him to leave school with the qualifications he needs for a college course.",
            ),
        ],
        "B": [
            ("p", "Cognition and learning"),
            ("bul", [b_dys, b_spell, b_hand, b_proc]),
            ("p", "Social, emotional and mental health"),
            ("bul", [b_anx, b_conf]),
        ],
        "D": [("p", S("D", "Ezra has no social care needs."))],
        "E": [
            (
                "bul",
                [
                    S(
                        "E",
                        "By the end of Year 11, Ezra will read age-appropriate texts at 100 words per minute.",
                    ),
                    "By the end of Year 11, Ezra will use a laptop for all extended writing.",
                    "By the end of Year 11, Ezra will have applied for a Level 2 electrical course at college.",
                ],
            )
        ],
        "F": [
            ("p", S("F", "Tollbridge School will provide the following.")),
            (
                "grid",
                [
                    ["Provision", "Frequency and duration", "Staffing"],
                    [f_lit, "Two 30-minute sessions a week, in a pair", "Teaching assistant"],
                    [
                        f_type,
                        "15 minutes daily for the autumn term",
                        "Supervised by a teaching assistant in the library",
                    ],
                    [f_print, "At the start of every lesson", "Subject teachers"],
                    [f_exam, "Internal and external examinations", "Exams officer"],
                    [
                        f_elsa,
                        "Weekly, 30 minutes, for 12 weeks",
                        "Emotional literacy support assistant (ELSA)",
                    ],
                    [f_careers, "During Year 10", "School careers team"],
                    [
                        f_tts,
                        "All lessons and homework",
                        "IT technician to install; subject teachers to allow its use",
                    ],
                    [f_hw, "As required", "Subject teachers"],
                ],
                [0.42, 0.30, 0.28],
            ),
        ],
        "G": [("p", S("G", "No health provision has been identified."))],
        "H1": [("p", S("H1", "None required."))],
        "H2": [("p", S("H2", "None required at present."))],
        "I": [
            (
                "p",
                S(
                    "I",
                    "Tollbridge School, Quarry Hill, Rushmere Vale ZV6 2JB (mainstream secondary school).",
                ),
            )
        ],
        "J": [("p", S("J", "No request for a personal budget has been made."))],
        "K": [
            (
                "bul",
                [
                    S("K", "Specialist teacher assessment, Mrs Lorna Haldane, 8 December 2025."),
                    "Independent educational psychology report, Dr Femi Oduya-Rhodes, 15 January 2026.",
                ],
            )
        ],
    }
    blocks = [
        ("title", "Education, Health and Care Plan - Amended following annual review"),
        (
            "small",
            "Ezra Vandermeer | Date of birth 09/02/2011 | Rushmere Vale County Council SEN Team | 01632 960610",
        ),
    ]
    for sid in hd:
        blocks.append(("h2", hd[sid]))
        blocks.extend(body[sid])
        if sid in ("B", "E"):
            blocks.append(("pb",))
    c.docs.append(
        Doc(
            "plan.docx",
            blocks,
            author="Rushmere Vale SEN",
            title="EHCP Ezra Vandermeer",
            header="OFFICIAL - SENSITIVE",
            accent="7F3F00",
        )
    )

    # --- specialist teacher report (docx): SpLD assessment with scores table and numbered recs
    st = [
        ("title", "Specialist Teacher Assessment Report (Specific Learning Difficulties)"),
        (
            "small",
            "Lorna Haldane, MA SpLD, AMBDA, Assessment Practising Certificate. Rushmere Vale Learning Support Service, 01632 960622",
        ),
        (
            "p",
            "Student: Ezra Vandermeer. School: Tollbridge School, Year 10. Assessment date: 1 December 2025. Report date: 8 December 2025.",
        ),
        ("h2", "Test results"),
        (
            "grid",
            [
                ["Test", "Standard score", "Percentile"],
                ["Single word reading (TOWRE-2)", "75", "5"],
                ["Reading speed (words per minute)", "92 wpm", "-"],
                ["Spelling (WRAT5)", "78", "7"],
                ["Handwriting speed (DASH free writing)", "11 wpm", "2"],
            ],
            [0.5, 0.25, 0.25],
        ),
        ("h2", "Summary"),
        (
            "p",
            N(
                ST,
                "Ezra's single-word reading is at the 5th percentile and his reading speed is about half that expected for his age.",
                "cognition_learning",
                "in_b",
                b_dys,
            ),
        ),
        (
            "p",
            N(
                ST,
                "His spelling is weak and inconsistent, which limits what he is willing to write.",
                "cognition_learning",
                "in_b",
                b_spell,
            )
            + " "
            + N(
                ST,
                "He has difficulty copying from the board and frequently loses his place.",
                "cognition_learning",
                "missing_from_b",
            ),
        ),
        (
            "p",
            N(
                ST,
                "Ezra's handwriting speed of 11 words per minute is well below that of his peers.",
                "cognition_learning",
                "in_b",
                b_hand,
            ),
        ),
        ("h2", "Recommendations"),
        (
            "num",
            [
                R(
                    ST,
                    "A structured, cumulative literacy programme delivered 1:1 by a specialist dyslexia teacher (AMBDA or equivalent) in three 45-minute sessions a week.",
                    "cognition_learning",
                    "less",
                    f_lit,
                ),
                R(
                    ST,
                    "Touch-typing tuition for 15 minutes daily over one term, so that Ezra can use a laptop as his normal way of working.",
                    "cognition_learning",
                    "specific",
                    f_type,
                ),
                R(
                    ST,
                    "Printed copies of board work and slides given to him at the start of every lesson.",
                    "cognition_learning",
                    "specific",
                    f_print,
                ),
                R(
                    ST,
                    "Access arrangements for examinations: 25% extra time, a reader and the use of a word processor.",
                    "cognition_learning",
                    "not_specific",
                    f_exam,
                ),
            ],
        ),
        ("p", "Lorna Haldane, lorna.haldane@example.org"),
    ]
    c.docs.append(
        Doc(
            ST,
            st,
            author="Lorna Haldane",
            title="SpLD assessment",
            footer="Rushmere Vale Learning Support Service",
        )
    )

    # --- independent EP report (pdf): long narrative, "It is my professional opinion"
    ep = [
        ("org", "Dr Femi Oduya-Rhodes, Chartered Educational Psychologist"),
        (
            "small",
            "Independent practice. 4 Orchard Mews, Rushmere Vale ZV1 3HH. 01632 960633. femi.ar@example.org",
        ),
        ("title", "Independent Educational Psychology Report"),
        (
            "p",
            "This report was commissioned by Ezra's parents. I assessed Ezra at home on 12 January 2026 and visited Tollbridge School on 14 January 2026, where I spoke with the SENCo and observed a geography lesson.",
        ),
        ("h2", "Cognitive assessment"),
        (
            "p",
            "On the WISC-V his verbal comprehension index was 108, in the average range. "
            + N(
                EP,
                "Ezra's processing speed index of 76 places him at the 5th centile, and he needs longer than his peers to take in and respond to information.",
                "cognition_learning",
                "in_b",
                b_proc,
            )
            + " "
            + N(
                EP,
                "His working memory is a relative weakness, and he forgets multi-step instructions and the details of homework.",
                "cognition_learning",
                "missing_from_b",
            ),
        ),
        ("h2", "Emotional well-being"),
        (
            "p",
            N(
                EP,
                "Ezra now experiences significant anxiety before tests, with sleeplessness and headaches in the week beforehand.",
                "semh",
                "in_b",
                b_anx,
            )
            + " "
            + N(
                EP,
                "His self-esteem as a learner is low; he describes himself as 'thick' and avoids reading aloud.",
                "semh",
                "in_b",
                b_conf,
            )
            + " "
            + X(
                EP,
                "The visual stress reported in Year 7 was investigated by an optometrist and no difficulty was found.",
                "Investigated; no current difficulty.",
            ),
        ),
        ("h2", "Opinion and recommendations"),
        (
            "p",
            R(
                EP,
                "It is my professional opinion that Ezra requires a weekly 30-minute session with the school's ELSA, for at least 12 weeks, to develop strategies for managing exam anxiety.",
                "semh",
                "specific",
                f_elsa,
            ),
        ),
        (
            "p",
            R(
                EP,
                "Homework should be set on the school's online platform with written instructions, and checked with Ezra by his tutor each Friday.",
                "cognition_learning",
                "missing_from_f",
            ),
        ),
        (
            "p",
            R(
                EP,
                "Ezra needs careers guidance from an adviser with SEND experience during Year 10, with at least two individual meetings before his post-16 options are decided.",
                "other",
                "not_specific",
                f_careers,
            ),
        ),
        (
            "p",
            R(
                EP,
                "Ezra should have text-to-speech software on a laptop for use in all lessons and for homework.",
                "cognition_learning",
                "specific",
                f_tts,
            ),
        ),
        (
            "p",
            R(
                EP,
                "At home, audiobooks of his English set texts will help him to keep up with the plot.",
                "cognition_learning",
                "not_educational",
            ),
        ),
        ("p", "Dr Femi Oduya-Rhodes, CPsychol, HCPC PYL28410"),
    ]
    c.docs.append(
        Doc(
            EP,
            ep,
            footer="Independent EP report - Ezra Vandermeer - page {n}",
            author="F Oduya-Rhodes",
            title="Independent EP report",
            accent="3B5323",
        )
    )
    return c


# ---------------------------------------------------------------------------
# case-evalf-05: Wickerlea Metropolitan Borough Council; Deacon Farrow, 11, Year 6
# plan.pdf: capitals with colon "SECTION B: SPECIAL EDUCATIONAL NEEDS", serif,
# F bullets under "Provision for ..." sub-headings; looked-after child
# ---------------------------------------------------------------------------


def case_05() -> Case:
    hd = {
        "A": "SECTION A: VIEWS, INTERESTS AND ASPIRATIONS",
        "B": "SECTION B: SPECIAL EDUCATIONAL NEEDS",
        "C": "SECTION C: HEALTH NEEDS",
        "D": "SECTION D: SOCIAL CARE NEEDS",
        "E": "SECTION E: OUTCOMES",
        "F": "SECTION F: SPECIAL EDUCATIONAL PROVISION",
        "G": "SECTION G: HEALTH PROVISION",
        "H1": "SECTION H1: SOCIAL CARE PROVISION UNDER SECTION 2 CSDPA 1970",
        "H2": "SECTION H2: OTHER SOCIAL CARE PROVISION",
        "I": "SECTION I: NAME AND TYPE OF SETTING",
        "J": "SECTION J: PERSONAL BUDGET",
        "K": "SECTION K: ADVICE AND INFORMATION",
    }
    c = Case(
        "case-evalf-05",
        "Wickerlea Metropolitan Borough Council; Deacon Farrow, 11, Year 6 at Millbeck Primary School, looked after by the council. "
        "Attachment and trauma, ADHD, reading delay, fine motor difficulty.",
        "plan.pdf",
        ["ep_report.docx", "social_worker_report.pdf", "paediatric_letter.pdf"],
        hd,
    )
    S, P, F, N, R, X = c.S, c.P, c.F, c.N, c.R, c.X
    EP, SW, PAED = "ep_report.docx", "social_worker_report.pdf", "paediatric_letter.pdf"

    b_trust = S(
        "B",
        "Deacon has experienced early trauma and finds it difficult to trust unfamiliar adults.",
    )
    b_dysreg = P(
        "B",
        "When he feels criticised, he can quickly become dysregulated and may leave the classroom.",
    )
    b_read = P("B", "Deacon's reading is about three years behind that of his peers.")
    b_contact = P("B", "His behaviour is often more unsettled on the day after family contact.")
    b_play = P(
        "B", "He finds it hard to manage group games at playtime and conflict with peers is common."
    )
    b_adhd = P("B", "Deacon has ADHD and finds it hard to concentrate and to control his impulses.")

    f_adult = F("Deacon will have support from an adult in class for part of the day.", False)
    f_mentor = F(
        "Every Tuesday and Thursday afternoon, the learning mentor will run a 30-minute Lego-based social skills session for Deacon and two other pupils.",
        True,
    )
    f_willow = F(
        "When Deacon shows the early signs of dysregulation set out in his support plan, his key adult will take him to the Juniper nurture room, and they will stay there until he is calm enough to return.",
        True,
    )
    f_pep = F(
        "The designated teacher will hold a Personal Education Plan meeting each term with Deacon's social worker and foster carers.",
        True,
    )
    f_lunch = F(
        "Deacon will have opportunities to take part in structured lunchtime activities.", False
    )
    f_phon = F(
        "Deacon will receive phonics intervention in a group of six, three times a week for 20 minutes, delivered by a teaching assistant.",
        True,
        "Group of six, three times a week, where daily 1:1 sessions were recommended.",
    )
    f_seat = F(
        "Deacon will sit close to the teacher and away from distractions, and will have movement breaks regularly.",
        False,
    )
    f_laptop = F(
        "From the start of the spring term, Deacon will use a laptop for every written task longer than a paragraph.",
        True,
    )

    h2_vs = P(
        "H2",
        "The Virtual School will provide attachment and trauma training for Millbeck Primary School staff.",
    )
    h2_foot = S(
        "H2",
        "Wickerlea Children's Services will fund a weekly place at Lowmoor Juniors football club.",
    )
    g_med = S(
        "G",
        "Deacon takes ADHD medication at home, which is prescribed and reviewed every three months by the community paediatrician.",
    )

    body = {
        "A": [
            (
                "p",
                S(
                    "A",
                    "Deacon likes football, especially Wickerlea Rovers, and he is proud of the bird box he made with his foster carer.",
                ),
            ),
            (
                "p",
                'He says he wants to be a footballer or a firefighter and that he wants "teachers who don\'t shout".',
            ),
        ],
        "B": [
            ("h2", "Social, emotional and mental health"),
            ("p", b_trust + " " + b_dysreg + " " + b_contact),
            ("p", b_play),
            ("h2", "Cognition and learning"),
            ("p", b_read + " " + b_adhd),
        ],
        "C": [("p", S("C", "Deacon has a diagnosis of ADHD, combined presentation."))],
        "D": [
            (
                "p",
                S(
                    "D",
                    "Deacon is a looked-after child and lives with foster carers under a care order.",
                ),
            )
        ],
        "E": [
            (
                "num",
                [
                    S(
                        "E",
                        "By July 2027, Deacon will stay in class for a whole lesson on at least four days a week.",
                    ),
                    "By July 2027, Deacon will read a Year 4 level book with 95% accuracy.",
                    "By July 2027, Deacon will play a team game at break without an adult stepping in.",
                ],
                "E",
            )
        ],
        "F": [
            ("p", S("F", "The following provision will be made by Millbeck Primary School.")),
            ("h2", "Provision for social, emotional and mental health"),
            ("bul", [f_adult, f_mentor, f_willow, f_pep, f_lunch]),
            ("h2", "Provision for cognition and learning"),
            ("bul", [f_phon, f_seat, f_laptop]),
        ],
        "G": [("p", g_med)],
        "H1": [("p", S("H1", "Not applicable."))],
        "H2": [("p", h2_foot), ("p", h2_vs)],
        "I": [
            (
                "p",
                S(
                    "I",
                    "Millbeck Primary School, Tarn Road, Wickerlea VK9 5EX (mainstream primary school).",
                ),
            )
        ],
        "J": [("p", S("J", "There is no personal budget."))],
        "K": [
            (
                "bul",
                [
                    S("K", "Educational psychology advice, Dr Sorcha Linehan, 10 February 2026."),
                    "Social care advice, Jade Ormerod, 3 February 2026.",
                    "Paediatric advice, Dr Ivo Petrakis, 28 January 2026.",
                ],
            )
        ],
    }
    blocks = [
        ("org", "Wickerlea Metropolitan Borough Council"),
        ("title", "EDUCATION, HEALTH AND CARE PLAN"),
        (
            "small",
            "Child: Deacon Farrow   DOB: 14/12/2014   Plan issued: 16 March 2026   SEND Officer: Priya Kaur, 01632 960712",
        ),
    ]
    for sid in hd:
        blocks.append(("h1", hd[sid]))
        blocks.extend(body[sid])
    c.docs.append(
        Doc(
            "plan.pdf",
            blocks,
            header="Wickerlea MBC - Education, Health and Care Plan - Deacon Farrow",
            footer="Page {n}",
            author="Wickerlea MBC",
            title="EHC Plan",
            accent="8B1A1A",
        )
    )

    # --- EP report (docx): headed narrative, needs in prose, recommendations as bullets
    ep = [
        ("org", "Wickerlea Educational Psychology Team"),
        ("small", "Town Hall Annexe, Wickerlea VK1 2AB    01632 960720"),
        ("title", "Educational Psychology Advice"),
        (
            "p",
            "Name: Deacon Farrow. Date of birth: 14/12/2014. School: Millbeck Primary School, Year 6. Date: 10 February 2026.",
        ),
        ("h1", "Background and context"),
        (
            "p",
            N(
                EP,
                "Deacon has experienced significant early trauma and neglect, and he finds it very hard to trust adults he does not know well.",
                "semh",
                "in_b",
                b_trust,
            )
            + " He moved to Millbeck in September 2025, when he came into his current foster placement.",
        ),
        ("h1", "Observations and discussion"),
        (
            "p",
            X(
                EP,
                "During my visit, Deacon threw a pencil when he was asked to put his book away.",
                "A single observed episode.",
            )
            + " "
            + N(
                EP,
                "His teacher told me that when he feels criticised he can become dysregulated very quickly, shouting, throwing equipment or running out of the classroom.",
                "semh",
                "in_b",
                b_dysreg,
            ),
        ),
        (
            "p",
            N(
                EP,
                "He struggles with transitions between activities and at the start of afternoon sessions.",
                "semh",
                "missing_from_b",
            )
            + " "
            + N(
                EP,
                "His reading age is around three years below his chronological age, and there are gaps in his phonic knowledge from missed schooling.",
                "cognition_learning",
                "in_b",
                b_read,
            ),
        ),
        ("h1", "Recommendations"),
        (
            "bul",
            [
                R(
                    EP,
                    "Deacon needs a consistent key adult, trained in emotion coaching, for the whole of each school day.",
                    "semh",
                    "not_specific",
                    f_adult,
                ),
                R(
                    EP,
                    "A daily 20-minute phonics catch-up session, 1:1, using a systematic synthetic phonics programme and delivered by a trained teaching assistant.",
                    "cognition_learning",
                    "less",
                    f_phon,
                ),
                R(
                    EP,
                    "A calm space, such as the nurture room, that he can go to with his key adult when he is becoming dysregulated, and a written plan for how it is used.",
                    "semh",
                    "specific",
                    f_willow,
                ),
                R(
                    EP,
                    "Staff working with Deacon should be trained in attachment and trauma-informed practice by the Virtual School within the first half term.",
                    "semh",
                    "wrong_section",
                    h2_vs,
                ),
                R(
                    EP,
                    "Visual timers and a five-minute warning before each change of activity.",
                    "semh",
                    "missing_from_f",
                ),
            ],
        ),
        ("p", "Dr Sorcha Linehan, Senior Educational Psychologist. sorcha.linehan@example.org"),
    ]
    c.docs.append(Doc(EP, ep, author="S Linehan", title="EP advice", accent="44546A"))

    # --- social worker report (pdf): form-like sections
    sw = [
        ("org", "Wickerlea Children's Services - Children in Care Team"),
        ("title", "Social Care Advice for EHC Needs Assessment"),
        (
            "p",
            "Child: Deacon Farrow. Social worker: Jade Ormerod. Date: 3 February 2026. Telephone 01632 960731.",
        ),
        ("h2", "1. Family and placement"),
        (
            "p",
            X(
                SW,
                "Deacon has lived with his current foster carers since August 2025, and this is his third placement in two years.",
                "Background history, not a need.",
            ),
        ),
        ("h2", "2. Current needs"),
        (
            "p",
            N(
                SW,
                "He has contact with his birth mother once a month, and his behaviour at school is often worse on the following day.",
                "semh",
                "in_b",
                b_contact,
            ),
        ),
        (
            "p",
            N(
                SW,
                "Deacon struggles to cope in group games at break and often ends up in conflict with other children.",
                "semh",
                "in_b",
                b_play,
            ),
        ),
        ("h2", "3. What we recommend"),
        (
            "p",
            R(
                SW,
                "Wickerlea Children's Services will fund weekly sessions at a local youth football club, and his foster carers will provide transport.",
                "social_care",
                "not_educational",
                h2_foot,
            ),
        ),
        (
            "p",
            R(
                SW,
                "A Personal Education Plan meeting should be held each term with the designated teacher, the social worker and the foster carers.",
                "social_care",
                "specific",
                f_pep,
            ),
        ),
        ("p", "Jade Ormerod, Social Worker. jade.ormerod@example.org"),
    ]
    c.docs.append(
        Doc(
            SW,
            sw,
            footer="Wickerlea Children's Services - OFFICIAL SENSITIVE",
            author="J Ormerod",
            title="Social care advice",
            sans=True,
            accent="4F6228",
        )
    )

    # --- paediatric letter (pdf)
    pl = [
        ("org", "Wickerlea Community Child Health"),
        ("small", "Beckside Clinic, Wickerlea VK3 7TS   01632 960744"),
        ("p", "28 January 2026"),
        ("p", "Dear SEND Team,"),
        ("p", "Re: Deacon Farrow, DOB 14/12/2014"),
        (
            "p",
            "I reviewed Deacon in clinic with his foster carer on 21 January. "
            + N(
                PAED,
                "Deacon meets the diagnostic criteria for ADHD, combined presentation, and his attention and impulse control are well below those of other boys his age.",
                "semh",
                "in_b",
                b_adhd,
            ),
        ),
        (
            "p",
            N(
                PAED,
                "He also has a fine motor difficulty, and his written work is much shorter and less legible than his spoken ability would suggest.",
                "sensory_physical",
                "missing_from_b",
            ),
        ),
        (
            "p",
            R(
                PAED,
                "I have started methylphenidate, which will be given at home each morning; school does not need to give a lunchtime dose.",
                "health",
                "not_educational",
                g_med,
            ),
        ),
        (
            "p",
            R(
                PAED,
                "In class he should sit near the teacher, away from the door and windows, and be given a movement break every 20 minutes.",
                "semh",
                "not_specific",
                f_seat,
            )
            + " "
            + R(
                PAED,
                "A laptop for longer pieces of written work would reduce the load on his handwriting.",
                "sensory_physical",
                "specific",
                f_laptop,
            ),
        ),
        ("p", "Yours sincerely,"),
        ("p", "Dr Ivo Petrakis, Consultant Community Paediatrician. ivo.petrakis@example.org"),
    ]
    c.docs.append(Doc(PAED, pl, author="I Petrakis", title="Paediatric letter"))
    return c


# ---------------------------------------------------------------------------
# case-evalf-06: Ferncastle Council; Nell Abernethy, 9, Year 4
# plan.docx: Heading 1 "Section B – ... (SEN)" with en dash, typographic apostrophes,
# B a Word bulleted list, F a 4-column table Outcome | Provision | Staff | Frequency and duration
# ---------------------------------------------------------------------------


def case_06() -> Case:
    hd = {
        "A": "Section A – Nell’s story: views, interests and aspirations",
        "B": "Section B – Special Educational Needs (SEN)",
        "C": "Section C – Health Care Needs",
        "D": "Section D – Social Care Needs",
        "E": "Section E – Outcomes",
        "F": "Section F – Special Educational Provision",
        "G": "Section G – Health Care Provision",
        "H1": "Section H1 – Social Care Provision (CSDPA)",
        "H2": "Section H2 – Other Social Care Provision",
        "I": "Section I – Placement",
        "J": "Section J – Personal Budget",
        "K": "Section K – Advice and Information",
    }
    c = Case(
        "case-evalf-06",
        "Ferncastle Council; Nell Abernethy, 9, Year 4 at Oakhurst Church of England Primary School. "
        "Hypermobile Ehlers–Danlos syndrome, hand pain, fatigue, organisation, anxiety about PE.",
        "plan.docx",
        ["ot_report.pdf", "physio_report.docx"],
        hd,
        note="Typographic apostrophes and dashes, as Word writes them, in the plan and the physiotherapy report.",
    )
    S, P, F, N, R, X = c.S, c.P, c.F, c.N, c.R, c.X
    OT, PH = "ot_report.pdf", "physio_report.docx"

    b_heds = S(
        "B",
        "Nell has hypermobile Ehlers–Danlos syndrome, which makes the joints in her hands unstable.",
    )
    b_pain = P("B", "Nell’s hand hurts when she writes for more than a few minutes.")
    b_fat = P("B", "She experiences fatigue, which is worse towards the end of the week.")
    b_knee = P("B", "Her knees hyperextend and standing still for long is uncomfortable.")
    b_floor = P("B", "Sitting on the floor is painful for her.")
    b_walk = P("B", "Nell cannot walk far without resting, which affects school trips.")

    f_laptop = F("Laptop for extended writing", True)
    f_rest = F("Rest breaks", False)
    f_hand = F(
        "Hand-strengthening exercises from the OT programme",
        True,
        "Once a week where three times a week was recommended.",
    )
    f_slope = F("Sloped writing surface and a chair with foot support", True)
    f_pe = F("Access to adapted PE", False)
    f_chair = F("A chair at carpet time and in assemblies", True)
    f_review = F(
        "Physiotherapy review at school", True, "Yearly where termly reviews were recommended."
    )
    f_org = F("Support with organisation", False)
    f_check = F(
        "At 8.50 every morning, a teaching assistant will go through Nell’s equipment checklist with her",
        True,
    )

    g_ot = P(
        "G",
        "Ferncastle Children’s Occupational Therapy will see Nell for six sessions to teach joint protection and pacing.",
    )
    g_rheum = S(
        "G",
        "Nell will continue to be reviewed by the paediatric rheumatology clinic at Ferncastle General Hospital.",
    )

    body = {
        "A": [
            (
                "p",
                S(
                    "A",
                    "Nell loves drawing horses, reading mystery stories and visiting her nan’s caravan by the sea.",
                ),
            ),
            ("p", "She would like to go to Brownies camp and to be a vet when she grows up."),
        ],
        "B": [
            ("bul", [b_heds, b_pain, b_fat, b_knee, b_floor, b_walk]),
            ("p", "Nell’s reading and maths are at the expected level for her age."),
        ],
        "C": [
            (
                "p",
                S(
                    "C",
                    "Nell has hypermobile Ehlers–Danlos syndrome and is under the care of the paediatric rheumatology team.",
                ),
            )
        ],
        "D": [("p", S("D", "Nell does not have social care needs."))],
        "E": [
            (
                "bul",
                [
                    "E1. "
                    + S(
                        "E",
                        "By July 2027, Nell will record her ideas in writing for a whole lesson without pain, using her laptop.",
                    ),
                    "E2. By July 2027, Nell will take part in every PE lesson with the adaptations agreed with her physiotherapist.",
                    "E3. By July 2027, Nell will arrive at each lesson with the equipment she needs.",
                ],
            )
        ],
        "F": [
            (
                "p",
                S(
                    "F",
                    "Oakhurst Church of England Primary School will make the following provision.",
                ),
            ),
            (
                "grid",
                [
                    ["Outcome", "Provision", "Staff", "Frequency and duration"],
                    ["E1", f_laptop, "Class teacher", "Any writing longer than three sentences"],
                    ["E1", f_rest, "Staff", "When Nell appears tired"],
                    ["E1", f_hand, "Teaching assistant", "10 minutes, once a week"],
                    ["E1", f_slope, "Class teacher", "All lessons"],
                    ["E2", f_pe, "PE teacher", "During PE lessons"],
                    ["E2", f_chair, "Class teacher", "Every day"],
                    ["E2", f_review, "NHS paediatric physiotherapist", "Once a year"],
                    ["E3", f_org, "Adults in class", "As needed"],
                    ["E3", f_check, "Teaching assistant", "Daily, 5 minutes"],
                ],
                [0.1, 0.45, 0.2, 0.25],
            ),
        ],
        "G": [("p", g_rheum), ("p", g_ot)],
        "H1": [("p", S("H1", "No provision."))],
        "H2": [("p", S("H2", "No other social care provision."))],
        "I": [
            (
                "p",
                S(
                    "I",
                    "Oakhurst Church of England Primary School, Vicarage Close, Ferncastle JW2 7PU (mainstream voluntary aided primary school).",
                ),
            )
        ],
        "J": [("p", S("J", "Nell’s parents have not requested a personal budget."))],
        "K": [
            (
                "bul",
                [
                    S(
                        "K",
                        "Independent occupational therapy report, Marisol Pendry, 13 January 2026.",
                    ),
                    "NHS physiotherapy advice, Declan Fairhurst, 22 January 2026.",
                ],
            )
        ],
    }
    blocks = [
        ("title", "Education, Health and Care Plan"),
        (
            "p",
            "Ferncastle Council – SEND Assessment and Review Team – 01632 960815 – sendteam@example.org",
        ),
        (
            "p",
            "Child’s name: Nell Abernethy    Date of birth: 30 September 2016    Issued: 4 March 2026",
        ),
    ]
    for sid in hd:
        blocks.append(("h1", hd[sid]))
        blocks.extend(body[sid])
        if sid in ("A", "E", "F"):
            blocks.append(("pb",))
    c.docs.append(
        Doc(
            "plan.docx",
            blocks,
            author="Ferncastle Council",
            title="EHC Plan – Nell Abernethy",
            footer="Nell Abernethy – EHC Plan – Ferncastle Council",
            accent="0B5563",
        )
    )

    # --- independent OT report (pdf): numbered paragraphs 4.1 ..., "Nell needs"
    ot = [
        ("org", "Pendry Paediatric Occupational Therapy"),
        (
            "small",
            "Independent practice, 12 Chandlers Row, Ferncastle JW4 1DD. 01632 960826. marisol@example.org",
        ),
        ("title", "Occupational Therapy Assessment Report"),
        (
            "p",
            "Client: Nell Abernethy (DOB 30/09/2016). Assessed at home on 6 January 2026 and at Oakhurst C of E Primary School on 8 January 2026. Report date: 13 January 2026.",
        ),
        ("h2", "3. Clinical observations"),
        (
            "p",
            N(
                OT,
                "Nell has hypermobile Ehlers-Danlos syndrome, and her finger and wrist joints are very flexible and unstable.",
                "sensory_physical",
                "in_b",
                b_heds,
            ),
        ),
        (
            "p",
            N(
                OT,
                "She reports pain in her hand after about five minutes of handwriting, and her writing becomes illegible as she tires.",
                "sensory_physical",
                "in_b",
                b_pain,
            ),
        ),
        (
            "p",
            N(
                OT,
                "Nell's organisation of her belongings and her work is poor; she regularly arrives without the right equipment and cannot find her place in her books.",
                "cognition_learning",
                "missing_from_b",
            ),
        ),
        (
            "p",
            N(
                OT,
                "She is easily fatigued and by Thursday afternoon is often too tired to take part in lessons.",
                "sensory_physical",
                "in_b",
                b_fat,
            )
            + " "
            + X(
                OT,
                "When I watched the PE lesson, Nell sat out of the ball game.",
                "A single observed episode.",
            ),
        ),
        ("h2", "4. Recommendations"),
        (
            "num",
            [
                R(
                    OT,
                    "Nell needs a laptop as her main way of recording any piece of writing longer than three sentences, starting now.",
                    "sensory_physical",
                    "specific",
                    f_laptop,
                ),
                R(
                    OT,
                    "Direct occupational therapy, six sessions of 45 minutes, to teach joint protection and pacing strategies, followed by a review.",
                    "sensory_physical",
                    "wrong_section",
                    g_ot,
                ),
                R(
                    OT,
                    "A five-minute rest break in a quiet area after each hour of lessons.",
                    "sensory_physical",
                    "not_specific",
                    f_rest,
                ),
                R(
                    OT,
                    "Hand-strengthening exercises for 10 minutes three times a week, from a programme written by the OT and carried out by a teaching assistant.",
                    "sensory_physical",
                    "less",
                    f_hand,
                ),
                R(
                    OT,
                    "A sloped writing surface and a chair that allows her feet to rest flat.",
                    "sensory_physical",
                    "specific",
                    f_slope,
                ),
                R(
                    OT,
                    "Warm baths before bed may ease the aching in her knees.",
                    "health",
                    "not_educational",
                ),
            ],
            "4.",
        ),
        ("p", "Marisol Pendry, BSc (Hons) OT, HCPC OT55017"),
    ]
    c.docs.append(
        Doc(
            OT,
            ot,
            footer="Pendry Paediatric OT – confidential – page {n}",
            author="M Pendry",
            title="OT report",
            sans=True,
            accent="6A1B4D",
        )
    )

    # --- NHS physio report (docx): terse bullets
    ph = [
        ("org", "Ferncastle Children’s Physiotherapy"),
        (
            "small",
            "Ferncastle General Hospital, Infirmary Road, Ferncastle JW1 9AA    01632 960837",
        ),
        ("title", "Physiotherapy advice"),
        (
            "p",
            "Name: Nell Abernethy   DOB: 30/09/2016   Date: 22 January 2026   Physiotherapist: Declan Fairhurst",
        ),
        ("b", "Findings"),
        (
            "bul",
            [
                N(
                    PH,
                    "Nell’s knees hyperextend when she stands and she cannot stand still for long.",
                    "sensory_physical",
                    "in_b",
                    b_knee,
                ),
                N(
                    PH,
                    "Cannot sit cross-legged on the floor for more than a minute or two without pain.",
                    "sensory_physical",
                    "in_b",
                    b_floor,
                ),
                N(
                    PH,
                    "Walking stamina limited – needs to sit down after about ten minutes of walking, so school trips are difficult.",
                    "sensory_physical",
                    "in_b",
                    b_walk,
                ),
                N(
                    PH,
                    "Avoids climbing and ball games and is anxious that she will be hurt in PE.",
                    "semh",
                    "missing_from_b",
                ),
                X(PH, "Sprained ankle in May 2025 – healed.", "Resolved injury."),
            ],
        ),
        ("b", "Recommendations for school"),
        (
            "bul",
            [
                R(
                    PH,
                    "Adapted PE programme, planned with the physiotherapist and delivered by the PE teacher in every PE lesson, starting with a low-impact strengthening warm-up.",
                    "sensory_physical",
                    "not_specific",
                    f_pe,
                ),
                R(
                    PH,
                    "Allow her to sit on a chair, not on the floor, for carpet time and assemblies.",
                    "sensory_physical",
                    "specific",
                    f_chair,
                ),
                R(
                    PH,
                    "Physiotherapy review in school each term, with updated advice for staff.",
                    "sensory_physical",
                    "less",
                    f_review,
                ),
                R(
                    PH,
                    "Use of the lift, and leaving lessons two minutes early to avoid the crowded stairs.",
                    "sensory_physical",
                    "missing_from_f",
                ),
            ],
        ),
        ("p", "Declan Fairhurst, Senior Paediatric Physiotherapist. declan.fairhurst@example.org"),
    ]
    c.docs.append(Doc(PH, ph, author="D Fairhurst", title="Physiotherapy advice"))
    return c


# ---------------------------------------------------------------------------
# Verification
# ---------------------------------------------------------------------------


BUILDERS = [case_01, case_02, case_03, case_04, case_05, case_06]

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], BUILDERS, HERE))
