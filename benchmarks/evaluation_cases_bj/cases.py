# ruff: noqa: E501, N802
"""Set BJ as data: moving between phases and councils, and plans after annual review (a
Year 6 child with dyspraxia and anxiety moving to a large secondary school, a 13-year-old
whose plan was transferred from another council without re-assessment, an amended plan
after an annual review that drops speech and language therapy), in plan layouts no earlier
set has.

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


def F(text: str, specific: bool) -> tuple:
    return ("F", text, specific)


NAMES = {
    "A": "Views, Interests and Aspirations",
    "B": "Special Educational Needs",
    "C": "Health Needs",
    "D": "Social Care Needs",
    "E": "Outcomes",
    "F": "Special Educational Provision",
    "G": "Health Provision",
    "H1": "Social Care Provision (Chronically Sick and Disabled Persons Act 1970)",
    "H2": "Other Social Care Provision",
    "I": "Placement",
    "J": "Personal Budget",
    "K": "Advice and Information",
}


# ---------------------------------------------------------------------------
# case-evalbj-01: Ellerby County Council; Maya Okonedo-Price, 11, Year 6, dyspraxia and
# anxiety, moving to Kingsmere Academy (1,600 pupils) in September.
# layout "section-word-letter-colon-title-case-who-first-provision-table": headings
# "Section B: Special Educational Needs" (Word Heading 1); F one table per area with the
# columns Who will provide | What they will do | How often.
# ---------------------------------------------------------------------------

B1_WRITE = "Maya writes slowly and her handwriting becomes hard to read when she has to hurry."
B1_ORG = "She finds it hard to keep track of her belongings and to work through jobs with several steps, such as getting changed for PE."
B1_TOOLS = "Using equipment such as rulers, scissors and a compass is difficult for Maya."
B1_BUMP = "Maya often bumps into people and furniture and is unsteady on stairs, especially when other children are around her."
B1_WORRY = "Maya is very worried about going to secondary school, and in particular about getting lost and being late."
B1_BREAK = "Break and lunchtime are hard for her because she does not know how to join in with groups and has a small circle of friends."

F1_LAPTOP = "Maya will have her own laptop for all extended writing in every lesson, and will practise touch typing for 15 minutes three times a week until she types 25 words a minute."
F1_PD = "The Physical Disability Support Service will visit Kingsmere Academy once a term to advise staff."
F1_MOTOR = "Access to a motor skills group as needed."
F1_BELL = "Maya will leave each lesson five minutes before the bell with a named buddy, so that she moves between rooms while the corridors are quiet."
F1_TRANS = "An enhanced transition programme will be put in place during the summer term."
F1_KEY = "A named key adult from the learning support team will meet Maya for ten minutes at the start of every school day throughout Year 7."
F1_TALK = "Regular opportunities to talk to a trusted adult about her worries."
F1_EXAMS = "Maya will have 25% extra time and use of a word processor in all internal tests and examinations."

G1_ANX = "The Ellerby Mental Health Support Team may offer Maya a six-week anxiety management group at Kingsmere Academy during the autumn term."
G1_OT = "The Children's Occupational Therapy Service will review Maya once in Year 7 and close her case if no new needs arise."

TL1 = "transition_lead_report.docx"
PD1 = "pd_teacher_report.pdf"


def _colon(sid: str) -> tuple:
    return ("H", sid, f"Section {sid}: {NAMES[sid]}", "h1")


CASE_01 = dict(
    name="case-evalbj-01",
    layout="section-word-letter-colon-title-case-who-first-provision-table",
    summary=(
        "Ellerby County Council; Maya Okonedo-Price, 11, Year 6 at Brindle Lane Primary, moving to Kingsmere Academy "
        "(1,600 pupils) in September (developmental coordination disorder, anxiety). Headings are Word headings "
        "'Section B: Special Educational Needs'; Section F is one table per area of need whose first column is "
        "Who will provide. A secondary school transition lead's report (.docx, first person plural, bullets with "
        "reasons mixed in) and a specialist teacher for physical disabilities' report (.pdf, comparison with the last "
        "assessment, a Recommendation / Continue, stop or change / Reason table)."
    ),
    note="The ELSA-run anxiety group in school that the transition lead recommends stands in Section G as a Mental Health Support Team offer, hedged with 'may': provision in the wrong section. The occupational therapy review in G is health provision. The writing slope that the specialist teacher says can stop is not a recommendation of provision.",
    plan=dict(
        file="plan.docx",
        footer="Ellerby County Council - Education, Health and Care Plan - Maya Okonedo-Price - amended for phase transfer, 12 February 2026",
        author="Ellerby SEND Casework",
        title="EHC Plan - Maya Okonedo-Price",
        blocks=[
            ("org", "Ellerby County Council - Special Educational Needs and Disabilities Service"),
            ("title", "Education, Health and Care Plan (amended at phase transfer)"),
            (
                "kv",
                [
                    ("Name", "Maya Okonedo-Price"),
                    ("Date of birth", "9 March 2015"),
                    ("NHS number", "999 318 4402"),
                    ("Current school", "Brindle Lane Primary School, Year 6"),
                    ("School from September 2026", "Kingsmere Academy, Year 7"),
                    (
                        "SEND caseworker",
                        "Mr D Aspinall, 01632 960274, send.casework@ellerby.example.org",
                    ),
                ],
            ),
            _colon("A"),
            (
                "S",
                "A",
                "Maya loves drawing comics, swimming and looking after her two guinea pigs, Bean and Pickle.",
            ),
            (
                "p",
                "She says: 'I want to make new friends at Kingsmere and not get lost. When I grow up I want to be a vet.'",
            ),
            _colon("B"),
            (
                "S",
                "B",
                "Maya has developmental coordination disorder (dyspraxia), diagnosed when she was seven, and anxiety that has grown as the move to secondary school gets closer.",
            ),
            ("b", "Physical and sensory"),
            ("p", [B1_WRITE, B1_TOOLS, B1_BUMP]),
            ("b", "Learning"),
            ("p", B1_ORG),
            ("b", "Social, emotional and mental health"),
            ("p", [B1_WORRY, B1_BREAK]),
            _colon("C"),
            (
                "S",
                "C",
                "Maya is known to the Children's Occupational Therapy Service; she has no other health needs relating to her special educational needs.",
            ),
            _colon("D"),
            ("S", "D", "No social care needs have been identified."),
            _colon("E"),
            (
                "S",
                "E",
                "By the end of Year 7 Maya will type at 25 words a minute and use her laptop for all extended written work.",
            ),
            (
                "p",
                "By the end of the autumn term of Year 7 Maya will find her way to every lesson on her timetable without an adult.",
            ),
            (
                "p",
                "By the end of Year 7 Maya will say that she feels settled at Kingsmere and name at least two friends.",
            ),
            _colon("F"),
            (
                "S",
                "F",
                "Kingsmere Academy will make the provision below from September 2026; Brindle Lane Primary School will make the transition provision in the summer term.",
            ),
            ("b", "Physical and sensory"),
            (
                "grid",
                [
                    ["Who will provide", "What they will do", "How often"],
                    [
                        "Learning support team",
                        F(F1_LAPTOP, True),
                        "Every lesson; typing three times a week",
                    ],
                    ["Physical Disability Support Service", F(F1_PD, True), "Once a term"],
                    ["Learning support team", F(F1_MOTOR, False), "As needed"],
                    ["Subject teachers and a peer buddy", F(F1_BELL, True), "Every lesson change"],
                ],
                [0.26, 0.54, 0.20],
            ),
            ("b", "Social, emotional and mental health"),
            (
                "grid",
                [
                    ["Who will provide", "What they will do", "How often"],
                    ["Brindle Lane and Kingsmere", F(F1_TRANS, False), "Summer term"],
                    ["Key adult", F(F1_KEY, True), "Daily, 10 minutes"],
                    ["Pastoral staff", F(F1_TALK, False), "Regularly"],
                ],
                [0.26, 0.54, 0.20],
            ),
            ("b", "Learning"),
            (
                "grid",
                [
                    ["Who will provide", "What they will do", "How often"],
                    ["Examinations officer", F(F1_EXAMS, True), "Every test"],
                ],
                [0.26, 0.54, 0.20],
            ),
            _colon("G"),
            ("S", "G", G1_OT),
            ("p", G1_ANX),
            _colon("H1"),
            ("S", "H1", "Not applicable."),
            _colon("H2"),
            ("S", "H2", "None at present."),
            _colon("I"),
            ("S", "I", "Kingsmere Academy (academy, mainstream, 11 to 18) from 2 September 2026."),
            _colon("J"),
            ("S", "J", "No personal budget has been requested."),
            _colon("K"),
            (
                "S",
                "K",
                "Transition report from Kingsmere Academy (January 2026); report of the specialist teacher for physical disabilities (December 2025); annual review of 20 November 2025.",
            ),
        ],
    ),
    reports=[
        dict(
            file=TL1,
            style="headed",
            footer="Kingsmere Academy - Transition advice - Maya Okonedo-Price",
            author="R Castellano",
            blocks=[
                ("org", "Kingsmere Academy"),
                ("small", "Harrow Road, Ellerby - 01632 960611 - transition@kingsmere.example.org"),
                ("title", "Transition Report: Year 6 to Year 7"),
                (
                    "kv",
                    [
                        ("Pupil", "Maya Okonedo-Price, Brindle Lane Primary School"),
                        ("Written by", "Rosa Castellano, Transition Lead and Assistant SENCo"),
                        ("Date", "23 January 2026"),
                    ],
                ),
                ("h", 1, "How we got to know Maya"),
                (
                    "p",
                    [
                        "We visited Maya at Brindle Lane twice in the autumn term, met her parents, and spoke with her class teacher, Mr Lyle.",
                        X(
                            "Maya's primary school has given her a daily handwriting group and a quiet place at lunch since Year 4.",
                            "support already in place",
                        ),
                        X(
                            "Mr Lyle told us that Maya is a kind, funny girl who is always first to help a classmate.",
                            "strength, reported speech",
                        ),
                    ],
                ),
                ("h", 1, "What we learned"),
                (
                    "bul",
                    [
                        N(
                            "Maya experiences high levels of anxiety about the move, and she told us she is worried about getting lost and being late for lessons.",
                            "semh",
                            B1_WORRY,
                        ),
                        N(
                            "When she is anxious she stops eating at lunchtime and becomes tearful and withdrawn, sometimes for the whole afternoon.",
                            "semh",
                            None,
                        ),
                        [
                            N(
                                "Unstructured times such as break and lunch are difficult, because she does not know how to join a group and has only one close friend.",
                                "semh",
                                B1_BREAK,
                            ),
                            X(
                                "That friend is going to a different secondary school.",
                                "background",
                            ),
                        ],
                        [
                            N(
                                "Maya has real difficulty reading a timetable and finding her way around an unfamiliar building; on her first visit she could not find her way back to reception from a room she had just left.",
                                "cognition_learning",
                                None,
                            ),
                            "Kingsmere has four floors and over 90 teaching rooms.",
                        ],
                        X(
                            "Her reading and maths are in line with age expectations, and she reached the expected standard in her Year 6 mock tests.",
                            "attainment: not a need",
                        ),
                    ],
                ),
                ("h", 1, "What we plan to do, and why"),
                (
                    "p",
                    "We think Maya can do very well at Kingsmere if the first term is planned carefully. We recommend:",
                ),
                (
                    "bul",
                    [
                        [
                            R(
                                "an enhanced transition of at least four extra visits in the summer term, one of them at a busy time of day, with a photo booklet of key rooms and staff for Maya to look at at home;",
                                "semh",
                                "not_specific",
                                F1_TRANS,
                            ),
                            X("Maya has said that seeing pictures calms her.", "reason"),
                        ],
                        [
                            R(
                                "a named key adult who meets Maya for ten minutes at the start of every day in Year 7, to go through her timetable and check she has what she needs;",
                                "semh",
                                "specific",
                                F1_KEY,
                            ),
                            X(
                                "this is how we support every pupil with an EHC plan in their first year.",
                                "reason",
                            ),
                        ],
                        R(
                            "a six-week anxiety management group run by our emotional literacy support assistant (ELSA) in the first half of the autumn term, as she needs to learn ways of calming herself before the worry stops her eating;",
                            "semh",
                            "wrong_section",
                            G1_ANX,
                            section="G",
                        ),
                        [
                            R(
                                "leaving lessons five minutes early with a buddy;",
                                "sensory_physical",
                                "specific",
                                F1_BELL,
                            ),
                            X("our corridors are very crowded at changeover.", "reason"),
                        ],
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "We considered a reduced timetable for the first two weeks, but decided against it because Maya would miss the tutor-group activities where friendships form.",
                            "option considered and rejected",
                        ),
                        X(
                            "A lift pass was also discussed and is not needed, as Maya manages stairs when they are quiet.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("h", 1, "For home"),
                (
                    "p",
                    [
                        R(
                            "We suggest Maya's parents practise the bus journey with her over the summer and go to the Parent Carer Forum's transition evening on 4 June.",
                            "other",
                            "not_educational",
                        ),
                        "Please call me at any time on 01632 960611.",
                    ],
                ),
                ("p", "Rosa Castellano, Transition Lead"),
            ],
        ),
        dict(
            file=PD1,
            style="sectioned",
            header="Ellerby Physical Disability Support Service",
            footer="PDSS report - M Okonedo-Price - page {n} of {m}",
            author="J Whitcombe",
            blocks=[
                ("org", "Ellerby Physical Disability Support Service"),
                ("small", "Specialist Teaching Team, Northgate Centre, Ellerby - 01632 960390"),
                ("title", "Specialist Teacher Report: Review and Advice for Secondary Transfer"),
                (
                    "kv",
                    [
                        ("Pupil", "Maya Okonedo-Price (DOB 9 March 2015)"),
                        ("School", "Brindle Lane Primary School, Year 6"),
                        (
                            "Specialist teacher",
                            "Jonah Whitcombe, Qualified Teacher of Children with Physical Disabilities",
                        ),
                        ("Last assessment", "November 2023"),
                        ("This assessment", "4 and 11 December 2025"),
                    ],
                ),
                ("h", 2, "1. Background"),
                (
                    "p",
                    [
                        X(
                            "Maya was diagnosed with developmental coordination disorder by the Children's Occupational Therapy Service at the age of seven.",
                            "history",
                        ),
                        "I have supported her school since Year 3 and last assessed her in November 2023.",
                    ],
                ),
                ("h", 2, "2. Then and now"),
                (
                    "grid",
                    [
                        ["Area", "November 2023", "December 2025"],
                        [
                            "Handwriting speed",
                            "6 words a minute",
                            X(
                                "Maya's handwriting speed has risen to 9 words a minute since 2023.",
                                "progress, test result",
                            ),
                        ],
                        [
                            "Sitting posture",
                            "Needed a writing slope",
                            X(
                                "She now sits well at a standard desk and no longer slumps.",
                                "resolved",
                            ),
                        ],
                        [
                            "Playground",
                            "Frequent falls",
                            X("Falls in the playground are now rare.", "resolved"),
                        ],
                        ["Typing", "Not started", "14 words a minute on a laptop"],
                    ],
                    [0.22, 0.30, 0.48],
                ),
                ("h", 2, "3. What Maya finds difficult now"),
                (
                    "p",
                    [
                        N(
                            "At 9 words a minute Maya's handwriting is still well below the 20 or so expected at her age, and it becomes illegible when she is rushed.",
                            "sensory_physical",
                            B1_WRITE,
                        ),
                        N(
                            "Maya tires quickly during sustained writing, and by the afternoon her posture and pencil control deteriorate markedly.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "She cannot yet use a ruler, compass or scissors with accuracy, which will affect her in design technology, science and mathematics.",
                            "sensory_physical",
                            B1_TOOLS,
                        ),
                        N(
                            "Her balance and spatial awareness are poor, so she is at risk of being knocked over in crowded corridors and on stairs.",
                            "sensory_physical",
                            B1_BUMP,
                        ),
                        N(
                            "She has marked difficulty organising her equipment and sequencing tasks with several steps, such as changing for PE.",
                            "cognition_learning",
                            B1_ORG,
                        ),
                    ],
                ),
                ("h", 2, "4. Recommendations: continue, stop or change"),
                (
                    "grid",
                    [
                        ["Recommendation", "Continue, stop or change", "Reason"],
                        [
                            R(
                                "Maya should keep a laptop for all extended writing and practise touch typing for 15 minutes three times a week until she reaches 25 words a minute.",
                                "sensory_physical",
                                "specific",
                                F1_LAPTOP,
                            ),
                            "Continue",
                            X(
                                "Typing is already faster than her handwriting and will soon double it.",
                                "reason",
                            ),
                        ],
                        [
                            R(
                                "A specialist teacher for physical disabilities should visit Kingsmere twice each half term during Year 7 to train staff and review Maya's programme.",
                                "sensory_physical",
                                "less",
                                F1_PD,
                            ),
                            "Change (from termly in primary)",
                            "A new school with many teachers needs more support in the first year.",
                        ],
                        [
                            R(
                                "Maya needs a daily 20-minute motor skills programme, delivered by a teaching assistant trained by this service, through Year 7.",
                                "sensory_physical",
                                "not_specific",
                                F1_MOTOR,
                            ),
                            "Continue",
                            "Her balance and hand skills are improving with daily practice and fall back without it.",
                        ],
                        [
                            R(
                                "Staff in practical subjects should receive written advice, and adapted equipment (spring-loaded scissors, an easy-grip ruler, a non-slip mat) should be kept in each practical room.",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            "Change (new for secondary)",
                            "Maya will meet practical subjects in specialist rooms for the first time.",
                        ],
                        [
                            X(
                                "The separate writing slope is no longer needed and can stop.",
                                "stop: not a recommendation of provision",
                            ),
                            "Stop",
                            "Her sitting posture is now good.",
                        ],
                        [
                            R(
                                "The occupational therapy service should review Maya once early in Year 7.",
                                "health",
                                "not_educational",
                                G1_OT,
                                section="G",
                            ),
                            "Continue",
                            "The OT review is health provision.",
                        ],
                    ],
                    [0.50, 0.18, 0.32],
                ),
                (
                    "p",
                    X(
                        "I considered recommending a specialist setting for pupils with physical disabilities, but Maya's needs can be fully met in a mainstream school with the support above.",
                        "option considered and rejected",
                    ),
                ),
                ("p", "Jonah Whitcombe, QTPD, 12 December 2025"),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbj-02: Dunsford City Council; Callum Ferreira-Boyd, 13, Year 8; plan transferred
# from Harrowmere Borough Council in April 2025 and not re-assessed.
# layout "provenance-tag-line-under-unlettered-names": no letters; each heading is the
# statutory name alone and under it an italic line says whether the text was carried over
# from the old council's plan or updated by the new one. F is bullets under areas of need.
# ---------------------------------------------------------------------------

B2_INSTR = "Callum finds it hard to understand long spoken instructions and often only catches the first part."
B2_MEM = "He forgets what he is meant to be doing halfway through a task."
B2_READ = "Callum's reading is behind that of other children of his age."
B2_ESTEEM = (
    "Callum does not feel good about himself as a learner and does not like others to see his work."
)
B2_WORD = (
    "Callum sometimes cannot think of the word he wants, so he does not put his hand up in class."
)
B2_HELP = "He rarely tells an adult when he has not understood."

F2_INSTR = "Teachers will give instructions one step at a time and put the steps in writing, on the board or on a card on Callum's desk, in every lesson."
F2_CHECK = "After each instruction an adult will check that Callum has understood by asking him to say back what he has to do."
F2_SALT = "Callum will have regular speech and language therapy in school, following the programme set by the therapist."
F2_LIT = "Callum will follow a multisensory literacy programme in a group of up to six pupils for 30 minutes twice a week, delivered by a trained teaching assistant."
F2_EP = "Advice from an educational psychologist as required."
F2_SOCIAL = "Callum will attend a social communication group of up to six pupils, led by the SENCo, for 45 minutes each week for one term."
F2_TUTOR = "Callum will meet his form tutor for 15 minutes every Friday to look at what has gone well that week."

G2_TRAIN = "The NHS speech and language therapy service will offer training on language disorder to Oakhanger Community School staff."
G2_GP = "Callum's GP will continue to see him for his asthma; no other health provision is needed."

EP2 = "harrowmere_ep_report.docx"
SL2 = "salt_reassessment.pdf"


def _prov(sid: str, name: str, tag: str) -> list:
    return [("H", sid, name, "h2"), ("i", tag)]


OLD = "Carried over unchanged from the Harrowmere Borough Council plan of 3 March 2024."
NEW = "Updated by Dunsford City Council on transfer, 14 May 2025."

CASE_02 = dict(
    name="case-evalbj-02",
    layout="provenance-tag-line-under-unlettered-names",
    summary=(
        "Dunsford City Council; Callum Ferreira-Boyd, 13, Year 8 at Oakhanger Community School (developmental "
        "language disorder, literacy difficulties, low self-esteem). The plan was transferred from Harrowmere "
        "Borough Council when the family moved in April 2025 and Dunsford has not re-assessed him. The plan (.pdf) "
        "has no section letters: each heading is the statutory name alone, with an italic line under it saying "
        "whether the text was carried over or updated. The previous council's educational psychology report (.docx, "
        "2024, reported speech, recommendations argued at length) and a specialist speech and language therapist's "
        "re-assessment two years on (.pdf, then-and-now comparison, a continue / stop / change table)."
    ),
    note="The plan's needs still describe the primary-school child of the 2024 assessment: the secondary subject vocabulary and the social misreadings the SALT re-assessment finds are not in the needs section, though a social communication group is in the provision. Training for school staff by the SALT service stands under health provision: provision in the wrong section. Speech sound work, which the SALT says can stop, is not a recommendation.",
    plan=dict(
        file="plan.pdf",
        header="Dunsford City Council - EHC plan (transferred)",
        footer="Callum Ferreira-Boyd - EHC plan transferred from Harrowmere Borough Council - page {n} of {m}",
        author="Dunsford City Council SEN Team",
        title="EHC plan - Callum Ferreira-Boyd",
        blocks=[
            ("org", "Dunsford City Council"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Callum Ferreira-Boyd"),
                    ("Date of birth", "17 October 2012"),
                    ("School", "Oakhanger Community School, Year 8"),
                    ("Plan first issued", "Harrowmere Borough Council, 3 March 2024"),
                    (
                        "Transferred to Dunsford",
                        "1 April 2025 (Regulation 15, SEND Regulations 2014)",
                    ),
                    ("Case officer", "Ms F Oyelaran, 01632 960733"),
                ],
            ),
            (
                "p",
                "This plan was transferred to Dunsford City Council when Callum's family moved to the city. Dunsford has decided not to carry out a new EHC needs assessment and will review the plan at the next annual review.",
            ),
            *_prov("A", "Views, interests and aspirations", NEW),
            (
                "S",
                "A",
                "Callum likes football, drawing cars and playing online games with his cousin, and he would like to be a mechanic.",
            ),
            *_prov("B", "Special educational needs", OLD),
            ("S", "B", "Callum has a developmental language disorder and finds reading difficult."),
            ("b", "Communication and interaction"),
            ("p", [B2_INSTR, B2_WORD, B2_HELP]),
            ("b", "Cognition and learning"),
            ("p", [B2_MEM, B2_READ]),
            ("b", "Social, emotional and mental health"),
            ("p", B2_ESTEEM),
            *_prov("C", "Health needs", OLD),
            (
                "S",
                "C",
                "Callum has mild asthma, managed with an inhaler; it does not affect his learning.",
            ),
            *_prov("D", "Social care needs", OLD),
            ("S", "D", "None identified."),
            *_prov("E", "Outcomes", OLD),
            (
                "S",
                "E",
                "By the end of Year 6 Callum will read books at a level expected for a nine-year-old.",
            ),
            (
                "p",
                "By the end of Year 6 Callum will follow a two-step instruction in class without reminders.",
            ),
            *_prov("F", "Special educational provision", NEW),
            (
                "S",
                "F",
                "Oakhanger Community School will make the provision below, using its notional SEN budget and top-up funding from Dunsford City Council.",
            ),
            ("b", "Communication and interaction"),
            ("bul", [F(F2_INSTR, True), F(F2_CHECK, True), F(F2_SALT, False), F(F2_SOCIAL, True)]),
            ("b", "Cognition and learning"),
            ("bul", [F(F2_LIT, True), F(F2_EP, False)]),
            ("b", "Social, emotional and mental health"),
            ("bul", [F(F2_TUTOR, True)]),
            *_prov("G", "Health provision", OLD),
            ("S", "G", G2_TRAIN),
            ("p", G2_GP),
            *_prov(
                "H1",
                "Social care provision under the Chronically Sick and Disabled Persons Act 1970",
                OLD,
            ),
            ("S", "H1", "Not applicable."),
            *_prov("H2", "Other social care provision", OLD),
            ("S", "H2", "None."),
            *_prov("I", "Placement", NEW),
            ("S", "I", "Oakhanger Community School, Dunsford (community secondary school)."),
            *_prov("J", "Personal budget", OLD),
            ("S", "J", "No personal budget is in place."),
            *_prov("K", "Advice and information", NEW),
            (
                "S",
                "K",
                "Advice gathered by Harrowmere Borough Council in 2024, including the educational psychology report of Dr H Marsh-Tindall; the speech and language therapy re-assessment of March 2026 was received after this plan was transferred.",
            ),
        ],
    ),
    reports=[
        dict(
            file=EP2,
            style="headed",
            footer="Harrowmere Educational Psychology Service - confidential",
            author="H Marsh-Tindall",
            blocks=[
                ("org", "Harrowmere Borough Council - Educational Psychology Service"),
                (
                    "small",
                    "Civic Offices, Marsh Lane, Harrowmere - 01632 960158 - eps@harrowmere.example.org",
                ),
                (
                    "title",
                    "Psychological Advice for an Education, Health and Care Needs Assessment",
                ),
                (
                    "kv",
                    [
                        ("Child", "Callum Ferreira-Boyd, born 17 October 2012"),
                        ("School", "St Barnabas CE Primary School, Harrowmere, Year 6"),
                        ("Educational psychologist", "Dr Helen Marsh-Tindall, HCPC registered"),
                        ("Date of report", "11 January 2024"),
                    ],
                ),
                ("h", 1, "Background and views"),
                (
                    "p",
                    [
                        X(
                            "Mrs Ferreira said that Callum had been slow to talk and had seen a speech and language therapist from the age of three for unclear speech.",
                            "history, reported speech",
                        ),
                        "She said that he is a loving, practical boy who can take apart and rebuild a bicycle.",
                        X(
                            "Callum told me that he is good at football and at fixing things.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 1, "Assessment"),
                (
                    "p",
                    [
                        X(
                            "On the British Ability Scales, Callum's non-verbal reasoning was in the average range (standard score 98).",
                            "test result: strength",
                        ),
                        N(
                            "Callum's verbal comprehension is well below average (standard score 72), and he has great difficulty following spoken instructions that contain more than two parts.",
                            "communication_interaction",
                            B2_INSTR,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "His working memory is a relative weakness, so that he loses track of what he is doing partway through a task.",
                            "cognition_learning",
                            B2_MEM,
                        ),
                        N(
                            "Callum reads at around the level of an eight-year-old, decoding slowly and guessing unfamiliar words from their first letter.",
                            "cognition_learning",
                            B2_READ,
                        ),
                        N(
                            "His spelling is very weak and he avoids writing, producing only two or three sentences in a lesson.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    N(
                        "Callum has low self-esteem as a learner; he described himself as 'thick' and said that he hides his work so that others cannot see it.",
                        "semh",
                        B2_ESTEEM,
                    ),
                ),
                ("h", 1, "Recommendations and the reasons for them"),
                (
                    "p",
                    [
                        "Callum's literacy difficulties are persistent despite two years of group support at St Barnabas, and I do not think a general catch-up group will close the gap.",
                        R(
                            "In my opinion Callum should receive a structured, multisensory literacy programme, delivered one-to-one or in a group of no more than three, for at least 30 minutes four times a week, by staff trained in its use.",
                            "cognition_learning",
                            "less",
                            F2_LIT,
                        ),
                        X(
                            "A smaller group matters because Callum will not read aloud in front of others.",
                            "reason",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Because of his language and memory difficulties, instructions should be given to Callum in short chunks and backed up in writing in every lesson.",
                            "communication_interaction",
                            "specific",
                            F2_INSTR,
                        ),
                        X(
                            "His teacher has already begun to write the steps of tasks on a card, and Callum said this helps.",
                            "support already in place",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Callum should be taught to use speech-to-text software and a reading pen, with a weekly session with a trained adult until he can use them independently.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                        X(
                            "I considered recommending a scribe for all written work but rejected it, since it would make Callum more dependent on adults as he moves to secondary school.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "An educational psychologist should review Callum's learning once a year, so that his literacy support can be adjusted as his needs change.",
                            "cognition_learning",
                            "not_specific",
                            F2_EP,
                        ),
                        X(
                            "A specialist school for dyslexia was raised by the family, but we agreed that Callum's needs can be met in a mainstream school.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("p", "Dr Helen Marsh-Tindall, Educational Psychologist"),
            ],
        ),
        dict(
            file=SL2,
            style="sectioned",
            header="Thornbury Community Health NHS Trust - Speech and Language Therapy",
            footer="SLT re-assessment - Callum Ferreira-Boyd - NHS 999 527 1843 - page {n} of {m}",
            author="P Vasudevan",
            blocks=[
                ("org", "Thornbury Community Health NHS Trust"),
                (
                    "small",
                    "Children's Speech and Language Therapy, Dunsford Health Centre - 01632 960842",
                ),
                ("title", "Speech and Language Therapy Re-assessment Report"),
                (
                    "kv",
                    [
                        ("Name", "Callum Ferreira-Boyd"),
                        ("NHS number", "999 527 1843"),
                        (
                            "Previous assessment",
                            "February 2024 (Harrowmere Children's Therapy Service)",
                        ),
                        ("This assessment", "2 and 9 March 2026, at Oakhanger Community School"),
                        (
                            "Therapist",
                            "Priya Vasudevan, Specialist Speech and Language Therapist (secondary)",
                        ),
                    ],
                ),
                ("h", 2, "Reason for re-assessment"),
                (
                    "p",
                    "Callum's school asked for an up-to-date picture of his language two years after his last assessment, because the plan he brought from Harrowmere was written when he was in Year 6.",
                ),
                ("h", 2, "Comparison with 2024"),
                (
                    "p",
                    [
                        X(
                            "Callum's CELF-5 receptive language index has moved from 70 in 2024 to 74 now, which is still well below the average range.",
                            "test result, comparison",
                        ),
                        X(
                            "In 2024 Callum could not retell a simple story; he now retells one in the right order with some detail.",
                            "progress",
                        ),
                        X(
                            "His speech sounds are now fully clear and no longer need therapy.",
                            "resolved",
                        ),
                    ],
                ),
                ("h", 2, "Current needs"),
                (
                    "bul",
                    [
                        N(
                            "Callum misunderstands subject-specific vocabulary in most lessons, for example 'evaluate', 'factor' and 'climate', and so misses the point of many tasks.",
                            "communication_interaction",
                            None,
                        ),
                        N(
                            "He has word-finding difficulties, using fillers such as 'thingy' and long pauses, which makes him reluctant to answer in class.",
                            "communication_interaction",
                            B2_WORD,
                        ),
                        N(
                            "He tends to give very short answers and does not ask for help when he has not understood.",
                            "communication_interaction",
                            B2_HELP,
                        ),
                        N(
                            "Callum misreads other people's intentions in group work and in messages on his phone, which has led to several fallings-out with classmates this year.",
                            "communication_interaction",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "What should continue, stop or change"),
                (
                    "grid",
                    [
                        ["Recommendation", "Continue / stop / change", "Reason"],
                        [
                            R(
                                "Direct therapy from a speech and language therapist for 30 minutes every week in school, in blocks of ten weeks with a half-term break between blocks, working on vocabulary and word finding.",
                                "communication_interaction",
                                "not_specific",
                                F2_SALT,
                            ),
                            "Continue",
                            "Callum's vocabulary has grown with direct work and his word finding has not yet.",
                        ],
                        [
                            R(
                                "Key subject vocabulary should be pre-taught before each new topic, for 20 minutes a week with a teaching assistant, using a word map.",
                                "communication_interaction",
                                "missing_from_f",
                            ),
                            "Change (new)",
                            X(
                                "Secondary lessons bring new words every week, which primary did not.",
                                "reason",
                            ),
                        ],
                        [
                            R(
                                "Adults should check Callum's understanding by asking him to say back what he has to do, rather than asking whether he understands.",
                                "communication_interaction",
                                "specific",
                                F2_CHECK,
                            ),
                            "Continue",
                            "He will say yes even when he has not understood.",
                        ],
                        [
                            R(
                                "A weekly social communication group for one term, to help Callum work out what others mean in group work and online.",
                                "communication_interaction",
                                "specific",
                                F2_SOCIAL,
                            ),
                            "Change (new)",
                            "The fallings-out are recent and are upsetting him.",
                        ],
                        [
                            R(
                                "The therapist should give Oakhanger's teaching staff a twilight training session on developmental language disorder this school year.",
                                "communication_interaction",
                                "wrong_section",
                                G2_TRAIN,
                                section="G",
                            ),
                            "Change (new)",
                            "Most of his teachers have not taught a pupil with DLD before.",
                        ],
                        [
                            X(
                                "Speech sound work can stop.",
                                "stop: not a recommendation of provision",
                            ),
                            "Stop",
                            "Callum's speech is fully intelligible.",
                        ],
                    ],
                    [0.52, 0.16, 0.32],
                ),
                ("h", 2, "At home"),
                (
                    "p",
                    R(
                        "Callum's parents could use the word-of-the-week sheets I will send home, talking about each word at mealtimes.",
                        "communication_interaction",
                        "not_educational",
                    ),
                ),
                ("p", "Priya Vasudevan, Specialist Speech and Language Therapist, HCPC SL09981"),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbj-03: Wrexley Metropolitan Borough Council; Noah Adeyemi-Clarke, 9, Year 4;
# the plan as amended after the annual review of 8 October 2026, which dropped the direct
# speech and language therapy the reports still recommend.
# layout "letter-space-name-review-status-subline": each heading is the letter, two spaces
# and the name in sentence case ("B  Special educational needs"), with an italic line under
# it giving the review date and whether the section was amended or left unchanged.
# ---------------------------------------------------------------------------

B3_UNDER = (
    "Noah understands short, simple sentences but gets lost when adults say too much at once."
)
B3_SENT = "Noah's sentences often leave out small words, which can make them hard to follow."
B3_CONV = "He talks a great deal about his own interests and finds it hard to take turns in a conversation."
B3_WRITE = "Noah's writing is a long way behind that of his classmates."
B3_NOISE = "Loud places upset Noah, especially the dinner hall."
B3_WORRY = "Since the spring Noah has sometimes been too worried to come into school."

F3_TA = "Noah's teaching assistant will use strategies from the speech and language therapy advice."
F3_INSTR = "Adults will keep instructions short, with no more than two key words, and show Noah a picture or written prompt with each instruction."
F3_COMIC = "After any incident at playtime an adult will talk it through with Noah on the same day, using a comic strip drawing so that he can give his side."
F3_LUNCH = "Noah will eat his lunch in the Nest room with up to five friends every day, joining the hall only for the last ten minutes when it is quieter."
F3_HOURS = "Noah will have support from a teaching assistant for 15 hours a week, mainly in English and maths lessons."
F3_CHANGE = "Noah will be prepared for changes to his routine where possible."
F3_GATE = "Mrs Doyle, teaching assistant, will meet Noah at the side gate at 8.40 am every school day and walk with him to his classroom."

H3_OUTREACH = "The Wrexley Autism Outreach Team will visit school to advise staff twice a term."

AR3 = "annual_review_recommendations.docx"
SN3 = "senco_review_report.pdf"
SL3 = "salt_report.pdf"


def _rev(sid: str, name: str, status: str) -> list:
    return [("H", sid, f"{sid}  {name}", "h2"), ("i", f"Reviewed 8 October 2026 - {status}")]


CASE_03 = dict(
    name="case-evalbj-03",
    layout="letter-space-name-review-status-subline",
    summary=(
        "Wrexley Metropolitan Borough Council; Noah Adeyemi-Clarke, 9, Year 4 at Fernhill Primary School (autism, "
        "language disorder, sensory sensitivity, anxiety about school). The plan (.docx) is the amended plan issued "
        "after the annual review of 8 October 2026; it drops the weekly direct speech and language therapy. Each "
        "heading is the letter and the name ('B  Special educational needs') with an italic line giving the review "
        "date and whether the section was amended. The annual review meeting's recommendations page (.docx, a "
        "What / Continue, stop or change / Why table), the SENCo's annual review report (.pdf, bullets with reasons "
        "mixed in) and an NHS speech and language therapist's report (.pdf, first person, options considered, "
        "recommendations argued)."
    ),
    note="The weekly direct therapy the SALT recommends was taken out of Section F at the amendment: provision missing from F. The Autism Outreach Team's visits to advise school staff, recommended at the meeting, stand in H2: provision in the wrong section. The amended plan keeps a provision for talking through playtime incidents though the need behind it (Noah cannot explain what happened) is not in B. The handwriting group the meeting stopped is not a recommendation.",
    plan=dict(
        file="plan.docx",
        header="Wrexley MBC - Amended EHC Plan - OFFICIAL SENSITIVE",
        footer="Noah Adeyemi-Clarke - amended plan issued 19 November 2026 following the annual review of 8 October 2026",
        author="Wrexley SEN Assessment and Review Team",
        title="Amended EHC Plan - Noah Adeyemi-Clarke",
        blocks=[
            ("org", "Wrexley Metropolitan Borough Council"),
            ("title", "Education, Health and Care Plan - amended following annual review"),
            (
                "kv",
                [
                    ("Name", "Noah Adeyemi-Clarke"),
                    ("Date of birth", "25 June 2017"),
                    ("NHS number", "999 604 2291"),
                    ("School", "Fernhill Primary School, Year 4"),
                    ("Annual review meeting", "8 October 2026"),
                    ("Amended plan issued", "19 November 2026"),
                    ("Review officer", "Mr K Brannigan, 01632 960517"),
                ],
            ),
            *_rev("A", "Views, interests and aspirations", "amended"),
            (
                "S",
                "A",
                "Noah loves trains, especially steam engines, and knows the timetable of the Wrexley heritage railway by heart.",
            ),
            (
                "p",
                "Noah says: 'I like Mrs Doyle and the Nest. I don't like the hall because it is too loud.'",
            ),
            *_rev("B", "Special educational needs", "amended"),
            ("S", "B", "Noah is autistic and has a language disorder."),
            ("p", [B3_UNDER, B3_SENT, B3_CONV]),
            ("p", B3_WRITE),
            ("p", [B3_NOISE, B3_WORRY]),
            *_rev("C", "Health needs related to special educational needs", "no change"),
            (
                "S",
                "C",
                "Noah was diagnosed with autism by the Wrexley Child Development Centre in 2021; he has no other health needs.",
            ),
            *_rev("D", "Social care needs", "no change"),
            ("S", "D", "Noah and his family have no assessed social care needs."),
            *_rev("E", "Outcomes", "amended"),
            (
                "S",
                "E",
                "By July 2027 Noah will tell an adult about something that happened at playtime using a sentence of at least five words.",
            ),
            (
                "p",
                "By July 2027 Noah will come into school happily on at least nine mornings in ten.",
            ),
            (
                "p",
                "By July 2027 Noah will write three linked sentences about a topic he has studied.",
            ),
            *_rev("F", "Special educational provision", "amended"),
            (
                "S",
                "F",
                "Fernhill Primary School will make the following provision from 1 December 2026.",
            ),
            (
                "bul",
                [
                    F(F3_HOURS, True),
                    F(F3_TA, False),
                    F(F3_INSTR, True),
                    F(F3_COMIC, True),
                    F(F3_LUNCH, True),
                    F(F3_CHANGE, False),
                    F(F3_GATE, True),
                ],
            ),
            *_rev("G", "Health provision", "amended"),
            ("S", "G", "None: Noah has been discharged from the community paediatric clinic."),
            *_rev(
                "H1",
                "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
                "no change",
            ),
            ("S", "H1", "None."),
            *_rev("H2", "Other social care provision", "amended"),
            ("S", "H2", H3_OUTREACH),
            *_rev("I", "Placement", "no change"),
            ("S", "I", "Fernhill Primary School, Wrexley (community primary school)."),
            *_rev("J", "Personal budget", "no change"),
            ("S", "J", "Not requested."),
            *_rev("K", "Advice and information", "amended"),
            (
                "S",
                "K",
                "Annual review paperwork of 8 October 2026, including the school's report, the speech and language therapy report of September 2026 and the meeting's recommendations.",
            ),
        ],
    ),
    reports=[
        dict(
            file=AR3,
            style="headed",
            footer="Fernhill Primary School - annual review - recommendations page",
            author="Fernhill Primary School",
            blocks=[
                ("org", "Fernhill Primary School"),
                ("title", "Annual Review of EHC Plan: Recommendations of the Meeting"),
                (
                    "kv",
                    [
                        ("Child", "Noah Adeyemi-Clarke, Year 4"),
                        ("Date of meeting", "8 October 2026"),
                        (
                            "Present",
                            "Mr and Mrs Adeyemi-Clarke; Mrs S Iqbal (SENCo); Miss R Tate (class teacher); Mrs L Okoro (SALT); Mr K Brannigan (Wrexley MBC)",
                        ),
                    ],
                ),
                ("h", 2, "Changes since the last review"),
                (
                    "p",
                    [
                        N(
                            "Parents and school reported that Noah has become increasingly anxious about coming to school since Easter, and he has refused to come in on four mornings this term.",
                            "semh",
                            B3_WORRY,
                        ),
                        X(
                            "Noah has met two of his three outcomes from last year, including the outcome for reading words aloud.",
                            "progress",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                ("p", "The meeting agreed to recommend to the local authority:"),
                (
                    "grid",
                    [
                        ["What", "Continue, stop or change", "Why"],
                        [
                            R(
                                "Continue the daily meet-and-greet by Mrs Doyle at the side gate at 8.40 am.",
                                "semh",
                                "specific",
                                F3_GATE,
                            ),
                            "Continue",
                            X(
                                "Noah has come in calmly on every morning Mrs Doyle has met him.",
                                "reason",
                            ),
                        ],
                        [
                            R(
                                "The Autism Outreach Team should observe Noah and advise his teachers twice a term this school year.",
                                "communication_interaction",
                                "wrong_section",
                                H3_OUTREACH,
                                section="H2",
                            ),
                            "Change (new)",
                            "Staff want advice on the school refusal.",
                        ],
                        [
                            X(
                                "Stop the weekly handwriting group.",
                                "stop: not a recommendation of provision",
                            ),
                            "Stop",
                            X("Noah now forms all his letters correctly.", "resolved"),
                        ],
                        [
                            R(
                                "Mr and Mrs Adeyemi-Clarke to be offered a place on the Cygnet parenting course run by Wrexley Family Hub.",
                                "social_care",
                                "not_educational",
                            ),
                            "Change (new)",
                            "Parents asked for help with mornings at home.",
                        ],
                    ],
                    [0.50, 0.18, 0.32],
                ),
                (
                    "p",
                    X(
                        "Mr Brannigan said that the local authority would consider the recommendations and send the family its decision within four weeks.",
                        "procedure",
                    ),
                ),
            ],
        ),
        dict(
            file=SN3,
            style="headed",
            header="Fernhill Primary School - SENCo report for annual review",
            footer="Confidential - N Adeyemi-Clarke - page {n} of {m}",
            author="S Iqbal",
            blocks=[
                ("org", "Fernhill Primary School"),
                ("title", "SENCo Report for the Annual Review"),
                (
                    "p",
                    "Written by Mrs Sadia Iqbal, SENCo, 24 September 2026, for the review meeting on 8 October 2026.",
                ),
                ("h", 2, "Progress this year"),
                (
                    "bul",
                    [
                        X(
                            "Noah's word reading has improved by about eighteen months this year, and he now reads a Year 4 book aloud accurately.",
                            "progress",
                        ),
                        X(
                            "He has made a close friend, Josh, and they play trains together every playtime.",
                            "strength",
                        ),
                        X(
                            "Noah has had support from a teaching assistant for 20 hours a week since Year 3, funded through his plan.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 2, "What Noah still finds hard"),
                (
                    "bul",
                    [
                        N(
                            "Noah is working well below age-related expectations in writing, at around a Year 1 level.",
                            "cognition_learning",
                            B3_WRITE,
                        ),
                        N(
                            "Noah's reading comprehension lags far behind his word reading: he can read a Year 4 text aloud but cannot answer questions about what he has read.",
                            "cognition_learning",
                            None,
                        ),
                        [
                            N(
                                "He becomes very distressed in the noisy lunch hall and covers his ears; on three occasions this term he has run out of the hall.",
                                "sensory_physical",
                                B3_NOISE,
                            ),
                            "The hall seats 200 children at once.",
                        ],
                        N(
                            "Changes to the usual routine, such as a supply teacher or a school trip, lead to meltdowns unless he has been prepared in advance.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "What school recommends"),
                (
                    "bul",
                    [
                        [
                            R(
                                "Noah needs support from a teaching assistant for 20 hours a week to continue, because without it he does not start written tasks at all.",
                                "cognition_learning",
                                "less",
                                F3_HOURS,
                            )
                        ],
                        [
                            R(
                                "Noah should eat lunch in the Nest with a few friends and go into the hall only when it is quieter, for the rest of this year.",
                                "sensory_physical",
                                "specific",
                                F3_LUNCH,
                            ),
                            X(
                                "This has worked well since we tried it after half term.",
                                "support already in place, reason",
                            ),
                        ],
                        [
                            R(
                                "He should have a visual timetable on his desk and be told about any change to his routine the day before, with a short social story.",
                                "semh",
                                "not_specific",
                                F3_CHANGE,
                            ),
                            X(
                                "When we forgot to warn him about the Harvest assembly he could not settle for the rest of the day.",
                                "reason, history",
                            ),
                        ],
                    ],
                ),
                (
                    "p",
                    X(
                        "We thought about a part-time timetable to help with the mornings, but decided against it because Noah is happiest once he is in class.",
                        "option considered and rejected",
                    ),
                ),
            ],
        ),
        dict(
            file=SL3,
            style="sectioned",
            header="Wrexley Children's Therapies - Wrexley and Ashby NHS Foundation Trust",
            footer="Speech and language therapy report - Noah Adeyemi-Clarke - NHS 999 604 2291 - page {n} of {m}",
            author="L Okoro",
            blocks=[
                ("org", "Wrexley Children's Therapies"),
                (
                    "small",
                    "Speech and Language Therapy, Ashby Road Clinic, Wrexley - 01632 960968 - slt.wrexley@example.org",
                ),
                ("title", "Speech and Language Therapy Report for Annual Review"),
                (
                    "kv",
                    [
                        ("Child", "Noah Adeyemi-Clarke, born 25 June 2017"),
                        ("Seen at", "Fernhill Primary School, weekly since January 2025"),
                        (
                            "Therapist",
                            "Lydia Okoro, Highly Specialist Speech and Language Therapist",
                        ),
                        ("Date", "16 September 2026"),
                    ],
                ),
                ("h", 2, "Summary of therapy"),
                (
                    "p",
                    [
                        "I have seen Noah in school for 30 minutes each week since January 2025, working on sentence structure and conversation.",
                        X(
                            "He now uses 'is' and 'are' correctly in most sentences, which he did not do a year ago.",
                            "progress",
                        ),
                        X(
                            "On the CELF-5 his expressive language score has risen from 68 to 75, although it is still well below average.",
                            "test result",
                        ),
                    ],
                ),
                ("h", 2, "Noah's communication now"),
                (
                    "p",
                    [
                        N(
                            "Noah's understanding of language is at about the level of a six-year-old; he follows instructions with two key words but loses the thread of longer ones.",
                            "communication_interaction",
                            B3_UNDER,
                        ),
                        N(
                            "His expressive language is disordered: he leaves out small grammatical words and verb endings, for example 'he go park yesterday'.",
                            "communication_interaction",
                            B3_SENT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Noah has difficulty with the back-and-forth of conversation; he talks at length about trains and does not notice when the listener has lost interest.",
                            "communication_interaction",
                            B3_CONV,
                        ),
                        N(
                            "He cannot yet explain what has happened when there has been a problem in the playground, so adults often hear only the other child's side.",
                            "communication_interaction",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "Options and recommendations"),
                (
                    "p",
                    [
                        "I have heard that the local authority is considering replacing direct therapy with a programme run by school staff.",
                        "I do not agree that this would meet Noah's needs.",
                        R(
                            "Noah should continue to receive direct therapy from a speech and language therapist for 30 minutes each week in school, working on sentence structure and conversation.",
                            "communication_interaction",
                            "missing_from_f",
                        ),
                        X(
                            "His gains this year came from direct therapy, and his disordered grammar needs a therapist's skills to change it.",
                            "reason",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Alongside this, a teaching assistant trained by me should carry out Noah's language programme for 15 minutes three times a week, with the therapist reviewing it each half term.",
                            "communication_interaction",
                            "not_specific",
                            F3_TA,
                        ),
                        R(
                            "All adults should keep instructions to two key words and back them up with a picture or written prompt.",
                            "communication_interaction",
                            "specific",
                            F3_INSTR,
                        ),
                        R(
                            "After any playground problem, an adult should go through what happened with Noah using a comic strip conversation, so that he can give his account.",
                            "communication_interaction",
                            "specific",
                            F3_COMIC,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "I considered group therapy with two other pupils, but rejected it because Noah does not yet cope with the waiting and turn-taking a group needs.",
                            "option considered and rejected",
                        ),
                        X(
                            "A place at the Wrexley language resource base was also discussed; I do not think it is needed now, as his needs can be met at Fernhill with the therapy above.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("p", "Lydia Okoro, Highly Specialist SLT, HCPC SL07734"),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbj-04: Calderbrook County Council; Toby Harcourt-Nwosu, 15, Year 10, deaf (moderate
# to severe bilateral sensorineural hearing loss); the council proposes to cease the plan.
# layout "section-word-letter-en-dash-sentence-case-area-coded-paragraphs": headings
# "Section B – Special educational needs"; in B and F each paragraph carries an area code
# (CI1, CL1, SEMH1, SP1) in a hanging margin, as needs and provision are cross-referenced.
# ---------------------------------------------------------------------------

B4_LOSS = "Toby is deaf in both ears and wears two hearing aids; his hearing has become worse over the last two years."
B4_NOISE = "Toby cannot hear his teachers clearly in noisy rooms unless he uses his radio aid."
B4_VOCAB = "Toby knows fewer words than other young people of his age, especially the words used in his subjects."
B4_HW = "He sometimes misses what he has to do for homework."
B4_GROUP = "He finds it hard to join in with conversations in a group."
B4_MOOD = "Toby has been feeling low this year."

F4_CHECK = "Toby's hearing equipment will be checked regularly."
F4_SEAT = "In every lesson Toby will sit near the front, away from fans and windows, where he can see the teacher's face clearly."
F4_TOD = "A Qualified Teacher of the Deaf from the Calderbrook Sensory Support Service will visit Toby once each half term to work with him and advise his teachers."
F4_VOCAB = "Toby will be taught key subject vocabulary before each new topic, for 30 minutes each week, by a teaching assistant using the subject glossaries."
F4_PEERS = "Opportunities to meet other deaf young people where possible."
F4_HW = "Homework will be given to Toby in writing on the school's online platform at the start of each lesson, not spoken at the end."

G4_CLINIC = "The paediatric audiology clinic at Calderbrook General Hospital will test Toby's hearing and review his hearing aids once a year."
G4_TRAIN = "The hospital audiology team will offer deaf awareness training to Toby's teachers."

AU4 = "educational_audiologist_report.pdf"
TD4 = "teacher_of_the_deaf_report.docx"


def _dash(sid: str, name: str) -> tuple:
    return ("H", sid, f"Section {sid} \u2013 {name}", "h2")


CASE_04 = dict(
    name="case-evalbj-04",
    layout="section-word-letter-en-dash-sentence-case-area-coded-paragraphs",
    summary=(
        "Calderbrook County Council; Toby Harcourt-Nwosu, 15, Year 10 at Linford Academy (moderate to severe "
        "bilateral sensorineural hearing loss, vocabulary and reading comprehension, low mood). The council has "
        "proposed to cease the plan after the annual review. The plan (.pdf) has headings 'Section B \u2013 Special "
        "educational needs'; in B and F each paragraph carries an area code (CI1, SP2 ...). An educational "
        "audiologist's report (.pdf, comparison with the last audiogram, a Recommendation / Continue, stop or "
        "change / Reason table) and a Qualified Teacher of the Deaf's report (.docx, third person with reported "
        "speech, options, recommendations argued at length)."
    ),
    note="Deaf awareness training for teachers, recommended from the Sensory Support Service, stands in Section G as a hospital audiology offer: provision in the wrong section. The yearly hearing test and hearing aid review in G are health provision. The soundfield system that can stop and the teacher of the deaf's argument against ceasing the plan are not recommendations of provision.",
    plan=dict(
        file="plan.pdf",
        header="Calderbrook County Council - EHC plan - Toby Harcourt-Nwosu",
        footer="EHC plan last amended 6 January 2026 - proposal to cease under consideration - page {n} of {m}",
        author="Calderbrook County Council",
        title="EHC plan - Toby Harcourt-Nwosu",
        blocks=[
            ("org", "Calderbrook County Council - Children's Services"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Toby Harcourt-Nwosu"),
                    ("Date of birth", "30 November 2010"),
                    ("NHS number", "999 771 0358"),
                    ("School", "Linford Academy, Year 10"),
                    (
                        "Last annual review",
                        "1 October 2026 (the local authority has proposed to cease this plan)",
                    ),
                    ("Contact", "SEND Team, 01632 960805, send@calderbrook.example.org"),
                ],
            ),
            _dash("A", "Views, interests and aspirations"),
            (
                "S",
                "A",
                "Toby enjoys cooking, basketball and editing videos for his friends, and he wants to train as a chef at college.",
            ),
            _dash("B", "Special educational needs"),
            (
                "S",
                "B",
                "Toby's needs are set out by area; each has a code that Section F refers to.",
            ),
            ("np", "SP1", B4_LOSS),
            ("np", "SP2", B4_NOISE),
            ("np", "CI1", B4_VOCAB),
            ("np", "CI2", B4_GROUP),
            ("np", "CL1", B4_HW),
            ("np", "SEMH1", B4_MOOD),
            _dash("C", "Health needs"),
            (
                "S",
                "C",
                "Toby's hearing loss was found at his newborn hearing screen; he is seen every year at the paediatric audiology clinic.",
            ),
            _dash("D", "Social care needs"),
            ("S", "D", "None."),
            _dash("E", "Outcomes"),
            (
                "S",
                "E",
                "By the end of Year 11 Toby will hand his radio aid transmitter to the teacher at the start of every lesson without a reminder.",
            ),
            (
                "p",
                "By the end of Year 11 Toby will sit his GCSEs with the access arrangements he needs and gain a place on a college catering course.",
            ),
            _dash("F", "Special educational provision"),
            (
                "S",
                "F",
                "Linford Academy will make this provision, with the Calderbrook Sensory Support Service.",
            ),
            ("np", "SP1-2", F(F4_CHECK, False)),
            ("np", "SP2", F(F4_SEAT, True)),
            ("np", "SP1", F(F4_TOD, True)),
            ("np", "CI1", F(F4_VOCAB, True)),
            ("np", "CI2", F(F4_PEERS, False)),
            ("np", "CL1", F(F4_HW, True)),
            _dash("G", "Health provision"),
            ("S", "G", G4_CLINIC),
            ("p", G4_TRAIN),
            _dash(
                "H1",
                "Social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)",
            ),
            ("S", "H1", "Not applicable."),
            _dash("H2", "Other social care provision"),
            ("S", "H2", "Not applicable at present."),
            _dash("I", "Placement"),
            ("S", "I", "Linford Academy, Calderbrook (mainstream academy, 11 to 16)."),
            _dash("J", "Personal budget"),
            ("S", "J", "None requested."),
            _dash("K", "Advice and information"),
            (
                "S",
                "K",
                "Reports from the Calderbrook Sensory Support Service (educational audiologist and teacher of the deaf), September 2026; Linford Academy annual review report.",
            ),
        ],
    ),
    reports=[
        dict(
            file=AU4,
            style="sectioned",
            header="Calderbrook Sensory Support Service - Educational Audiology",
            footer="Educational audiology report - T Harcourt-Nwosu - page {n} of {m}",
            author="O Pritchard",
            blocks=[
                ("org", "Calderbrook Sensory Support Service"),
                ("small", "Hearing Support Team, Mill Street Centre, Calderbrook - 01632 960827"),
                ("title", "Educational Audiologist's Report"),
                (
                    "kv",
                    [
                        ("Student", "Toby Harcourt-Nwosu, Year 10, Linford Academy"),
                        ("Educational audiologist", "Owen Pritchard, MSc Educational Audiology"),
                        ("Previous assessment", "June 2024"),
                        ("Date", "15 September 2026"),
                    ],
                ),
                ("h", 2, "Hearing: then and now"),
                (
                    "p",
                    [
                        N(
                            "Toby has a moderate to severe bilateral sensorineural hearing loss, and his latest audiogram shows a further deterioration of about 10 dB in the high frequencies since June 2024.",
                            "sensory_physical",
                            B4_LOSS,
                        ),
                        X(
                            "His hearing aids were upgraded by the hospital in March 2026 and are working well.",
                            "health: resolved, in place",
                        ),
                        X(
                            "Speech perception testing in quiet, with his aids, was 88%, much as it was in 2024.",
                            "test result",
                        ),
                    ],
                ),
                ("h", 2, "Listening in school"),
                (
                    "p",
                    [
                        N(
                            "Without his radio aid Toby hears only about half of what is said in a typical classroom, and far less in practical rooms with extraction fans.",
                            "sensory_physical",
                            B4_NOISE,
                        ),
                        N(
                            "Toby is reluctant to use his radio aid because he does not want to look different, and he has stopped handing the transmitter to his teachers.",
                            "semh",
                            None,
                        ),
                        N(
                            "Listening all day leaves Toby very tired, and his concentration falls away badly in the last two lessons of the day.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Continue, stop or change", "Reason"],
                        [
                            R(
                                "Toby's radio aid and hearing aids should be checked every morning by a trained member of staff, and the radio aid serviced by this service each term.",
                                "sensory_physical",
                                "not_specific",
                                F4_CHECK,
                            ),
                            "Continue",
                            "Faults found last year went unnoticed for up to three weeks.",
                        ],
                        [
                            R(
                                "An acoustic survey of Toby's main teaching rooms should be carried out this term, with acoustic panels fitted in the science and food technology rooms.",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            "Change (new)",
                            X(
                                "Reverberation in those rooms is well above the recommended level.",
                                "reason",
                            ),
                        ],
                        [
                            R(
                                "In every lesson Toby should sit near the front, away from fans and windows, with a clear view of the teacher's face.",
                                "sensory_physical",
                                "specific",
                                F4_SEAT,
                            ),
                            "Continue",
                            "Lip-reading fills in what his aids miss.",
                        ],
                        [
                            R(
                                "The audiology clinic should continue to test Toby's hearing once a year.",
                                "health",
                                "not_educational",
                                G4_CLINIC,
                                section="G",
                            ),
                            "Continue",
                            "Health provision.",
                        ],
                        [
                            X(
                                "The soundfield system in his old Year 7 classroom can stop.",
                                "stop: not a recommendation of provision",
                            ),
                            "Stop",
                            "Toby no longer has lessons in that room.",
                        ],
                    ],
                    [0.52, 0.16, 0.32],
                ),
                ("p", "Owen Pritchard, Educational Audiologist"),
            ],
        ),
        dict(
            file=TD4,
            style="headed",
            footer="Calderbrook Sensory Support Service - Teacher of the Deaf report - Toby Harcourt-Nwosu",
            author="F Abara",
            blocks=[
                ("org", "Calderbrook Sensory Support Service"),
                ("title", "Teacher of the Deaf: Advice for the Annual Review"),
                (
                    "kv",
                    [
                        ("Student", "Toby Harcourt-Nwosu"),
                        ("Written by", "Fenella Abara, Qualified Teacher of the Deaf"),
                        ("Date", "22 September 2026"),
                    ],
                ),
                ("h", 1, "Background"),
                (
                    "p",
                    [
                        X(
                            "Ms Abara has visited Toby every two weeks since he started at Linford Academy in Year 7.",
                            "support already in place",
                        ),
                        "Toby told her that he likes food technology best because 'you can see what to do'.",
                        X(
                            "His predicted grades are 5 in English and 6 in food preparation and nutrition.",
                            "attainment: strength",
                        ),
                    ],
                ),
                ("h", 1, "Toby's needs now"),
                (
                    "p",
                    [
                        N(
                            "Toby's vocabulary is below that of his hearing peers (BPVS standard score 81), particularly for subject-specific and abstract words.",
                            "communication_interaction",
                            B4_VOCAB,
                        ),
                        N(
                            "He often misses instructions and homework given at the end of lessons and copies from friends rather than asking.",
                            "cognition_learning",
                            B4_HW,
                        ),
                        N(
                            "His reading comprehension is about two years behind his age, which will affect his access to GCSE papers.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Toby finds it hard to follow group discussion and banter, and he said that he feels left out at lunch because he cannot keep up with the conversation.",
                            "communication_interaction",
                            B4_GROUP,
                        ),
                        N(
                            "He has become low in mood this year and told Ms Abara that he sometimes feels 'stupid' when he mishears.",
                            "semh",
                            B4_MOOD,
                        ),
                    ],
                ),
                ("h", 1, "The proposal to cease the plan"),
                (
                    "p",
                    [
                        X(
                            "The local authority has said that it believes Toby's needs can now be met from the school's own resources.",
                            "background: the council's proposal",
                        ),
                        X(
                            "Ms Abara does not share that view, because Toby's hearing has worsened and the GCSE years bring more listening, not less.",
                            "opinion and reason, not a recommendation of provision",
                        ),
                    ],
                ),
                ("h", 1, "Options considered"),
                (
                    "p",
                    [
                        X(
                            "Option 1, a place at the hearing resource base at Eastmoor School, was discussed with Toby and his parents; they do not want him to move, and Ms Abara agrees that he does not need it.",
                            "option considered and rejected",
                        ),
                        "Option 2, Toby staying at Linford with the support below, is the one she recommends.",
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "bul",
                    [
                        [
                            R(
                                "Toby should continue to be visited by a Qualified Teacher of the Deaf every two weeks through Years 10 and 11, for direct teaching of vocabulary and self-advocacy and to advise his teachers.",
                                "sensory_physical",
                                "less",
                                F4_TOD,
                            ),
                            X(
                                "Visits this often are what has kept Toby using his equipment at all.",
                                "reason",
                            ),
                        ],
                        R(
                            "He should be taught key subject vocabulary before each new topic, for 30 minutes each week with a teaching assistant.",
                            "communication_interaction",
                            "specific",
                            F4_VOCAB,
                        ),
                        R(
                            "All of Toby's teachers should receive deaf awareness training from the Sensory Support Service at the start of each school year.",
                            "sensory_physical",
                            "wrong_section",
                            G4_TRAIN,
                            section="G",
                        ),
                        R(
                            "The school should apply for GCSE access arrangements for Toby: 25% extra time, a live speaker for listening tests, and a separate room.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    R(
                        "Toby's parents may like to contact the National Deaf Children's Society's family support officer about deaf youth events.",
                        "social_care",
                        "not_educational",
                    ),
                ),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
