# ruff: noqa: E501, N802
"""Set AR as data: children aged 7 to 15 out of school or at risk of it (emotionally based
school non-attendance with autism, an education otherwise than at school package, a child
looked after by the council, dyslexia with developmental coordination disorder in a
mainstream secondary), in four plan layouts no earlier set has.

Every name, council, school, service and professional is invented. Postcodes use areas
that do not exist and phone numbers are in the 01632 960xxx range. Markers are those of
evaluation_kit.dataset.
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


# ---------------------------------------------------------------------------
# case-evalar-01: Ellerbridge County Council; Isla Thornbury, 13, Year 8
# layout "title-case-name-italic-regulation": each section is named in title case with no
# letter ("Special Educational Needs"), and the regulation's description follows in italics.
# ---------------------------------------------------------------------------

B1_ANX = "Isla experiences high levels of anxiety connected with school, and this has led to a pattern of emotionally based school non-attendance; her attendance this year is around 40 per cent."
B1_SENS = "She is very sensitive to noise and finds busy corridors, the canteen and crowded classrooms overwhelming."
B1_CHANGE = "Isla relies on routine and predictability and becomes distressed by unexpected changes, such as a supply teacher or a room change."
B1_MASK = "Isla tends to hide her difficulties in school, and her distress is often seen at home after the school day instead."
B1_MOOD = "At times her mood is low and she describes herself as 'useless at school'."
B1_EAT = "She finds eating in school difficult and often goes without lunch."
B1_SOCIAL = "Isla has a small number of friends but finds group work and less structured social times hard to manage."

F1_REINT = (
    "A gradual reintegration timetable, increased at a pace agreed with Isla and her parents."
)
F1_KEY = "A named key adult (the Hub mentor) will meet Isla for a 10-minute check-in at 8.40 am every school day, and again for 5 minutes before she goes home."
F1_CARD = "An exit card allowing Isla to leave any lesson and go to the Hub, without needing to explain, at any time she needs to."
F1_ELSA = "Sessions with the school's emotional literacy support assistant (ELSA) focused on anxiety, 30 minutes every fortnight for one term."
F1_LUNCH = "Lunch in the Hub with one chosen friend, every day, with the canteen offered only when Isla asks for it."
F1_ADJUST = "Reasonable adjustments to the curriculum as appropriate."
F1_WARN = "Isla will be told of any change to her timetable, staff or room by her key adult at the morning check-in, or by text to her parents the evening before where the change is known."
G1_CONSULT = "The school's pastoral team will receive a consultation from the clinical psychologist once each half term to plan how staff respond to Isla's anxiety in school."
G1_CAMHS = "Isla will continue to be reviewed by the Ellerbridge CAMHS neurodevelopmental team every six months."

EP1 = "ep_reassessment.docx"
CP1 = "clinical_psychology_report.pdf"
PA1 = "parent_contribution.docx"


def _named(sid: str, name: str, regulation: str) -> list:
    """The section's name in title case as the heading, the regulation's wording in italics."""
    return [("H", sid, name, "h2"), ("i", regulation)]


CASE_01 = dict(
    name="case-evalar-01",
    layout="title-case-name-italic-regulation",
    summary=(
        "Ellerbridge County Council; Isla Thornbury, 13, Year 8 at Holmwood Academy (autism, emotionally "
        "based school non-attendance, sensory sensitivity, low mood). Each section is headed by its name in "
        "title case, with no letter or number, and the regulation's description in italics below. "
        "Educational psychologist's reassessment, clinical psychologist's report, parent's contribution."
    ),
    note="Headings carry no letters; the italic line under each quotes regulation 12. The clinical psychologist's half-termly consultation to school staff stands in the health section, which makes it provision in the wrong section; the CAMHS review there is health provision.",
    plan=dict(
        file="plan.docx",
        footer="Ellerbridge County Council | Education, Health and Care Plan | Isla Thornbury | FINAL",
        blocks=[
            ("org", "Ellerbridge County Council - SEND Statutory Assessment and Review Service"),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Name: Isla Thornbury   Date of birth: 14 June 2013   NHS no. withheld   Plan issued: 18 November 2026",
            ),
            ("small", "School: Holmwood Academy, Quarry Road, Ellerbridge AC7 2WX (Year 8)"),
            *_named(
                "A",
                "About Me And My Family",
                "The views, interests and aspirations of the child and his or her parents.",
            ),
            (
                "S",
                "A",
                "Isla likes drawing manga characters, looking after her two guinea pigs and listening to musicals.",
            ),
            (
                "p",
                "She says she wants to 'go to school without feeling sick every morning' and one day to work with animals. Her parents want Isla to be happy and to feel safe enough to learn.",
            ),
            *_named("B", "Special Educational Needs", "The child's special educational needs."),
            (
                "S",
                "B",
                "Isla has a diagnosis of autism spectrum condition (Ellerbridge CAMHS, March 2025).",
            ),
            ("p", [B1_ANX, B1_SENS]),
            ("p", [B1_CHANGE, B1_SOCIAL]),
            ("p", [B1_MASK, B1_MOOD, B1_EAT]),
            (
                "p",
                "Isla's reading and spelling are in line with her age, and she is described by her teachers as a capable and conscientious student.",
            ),
            *_named(
                "C",
                "Health Needs",
                "The child's health needs which are related to their special educational needs.",
            ),
            (
                "S",
                "C",
                "Isla is under the care of the CAMHS neurodevelopmental team, who diagnosed her autism and monitor her anxiety.",
            ),
            (
                "p",
                "She reports headaches and stomach aches on school mornings, which her GP has linked to anxiety.",
            ),
            *_named(
                "D",
                "Social Care Needs",
                "The child's social care needs which are related to their special educational needs or to a disability.",
            ),
            (
                "S",
                "D",
                "Isla has no identified social care needs. The family has been given information about the Ellerbridge young carers and parent support groups.",
            ),
            *_named(
                "E",
                "Outcomes",
                "The outcomes sought for the child, including outcomes for adult life.",
            ),
            (
                "S",
                "E",
                "By July 2027 Isla will attend school for at least 80 per cent of sessions, including two full days a week in her ordinary lessons.",
            ),
            (
                "p",
                "By the end of Year 9 Isla will be able to name three signs that her anxiety is rising and use a plan she has agreed to manage them.",
            ),
            ("p", "By the end of Year 9 Isla will eat lunch at school on most days."),
            *_named(
                "F",
                "Special Educational Provision",
                "The special educational provision required by the child.",
            ),
            (
                "S",
                "F",
                "Holmwood Academy will make the following provision, with support from the Ellerbridge Inclusion Service.",
            ),
            (
                "bul",
                [
                    ("F", F1_REINT, False),
                    ("F", F1_KEY, True),
                    ("F", F1_CARD, True),
                    ("F", F1_WARN, True),
                    ("F", F1_ELSA, True),
                    ("F", F1_LUNCH, True),
                    ("F", F1_ADJUST, False),
                ],
            ),
            *_named(
                "G",
                "Health Provision",
                "Any health care provision reasonably required by the learning difficulties or disabilities which result in the child having special educational needs.",
            ),
            ("S", "G", G1_CAMHS),
            ("p", G1_CONSULT),
            *_named(
                "H1",
                "Social Care Provision Under The Chronically Sick And Disabled Persons Act",
                "Any social care provision which must be made for the child under section 2 of the Chronically Sick and Disabled Persons Act 1970.",
            ),
            ("S", "H1", "No provision is required under section 2 of the 1970 Act."),
            *_named(
                "H2",
                "Other Social Care Provision",
                "Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child having special educational needs.",
            ),
            ("S", "H2", "None at present."),
            *_named(
                "I",
                "Placement",
                "The name and type of the school or other institution to be attended by the child.",
            ),
            ("S", "I", "Holmwood Academy, a mainstream academy for pupils aged 11 to 18."),
            *_named(
                "J",
                "Personal Budget",
                "Where there is a personal budget, the details of how it will support particular outcomes.",
            ),
            ("S", "J", "A personal budget has not been requested."),
            *_named(
                "K",
                "Advice And Information",
                "The advice and information gathered during the assessment, listed in an appendix.",
            ),
            (
                "S",
                "K",
                "Educational psychology reassessment (Dr Fenwick, September 2026); clinical psychology report (Dr Adeyemi, August 2026); parent contribution (September 2026); school advice (Holmwood Academy, September 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=EP1,
            footer="Ellerbridge Educational Psychology Service - confidential",
            blocks=[
                ("org", "Ellerbridge Educational Psychology Service"),
                ("title", "Psychological advice: reassessment for the EHC plan review"),
                (
                    "kv",
                    [
                        ("Name", "Isla Thornbury (DOB 14.06.2013)"),
                        ("School", "Holmwood Academy, Year 8"),
                        ("Psychologist", "Dr Rowan Fenwick, Senior Educational Psychologist"),
                        ("Seen", "9 and 16 September 2026, in school and at home"),
                    ],
                ),
                ("h", 2, "Background and reason for the reassessment"),
                (
                    "p",
                    [
                        X(
                            "Isla was first seen by the service in Year 5, when her class teacher raised concerns about her reluctance to come into class in the mornings.",
                            "history",
                        ),
                        X(
                            "At that time her attendance was above 95 per cent and no further involvement was thought necessary.",
                            "history: past attendance",
                        ),
                    ],
                ),
                (
                    "p",
                    "The reassessment was requested by the school and Isla's parents because her attendance has fallen sharply since the spring term of Year 7, and the current support does not appear to be enough to bring her back into lessons. I met Isla twice, once in the Hub at school and once at home, and spoke with her parents, her head of year and the SENCo, Mrs Okafor.",
                ),
                ("h", 2, "What Isla told me"),
                (
                    "p",
                    "Isla was quiet at first but warmed up when we talked about her drawings. She told me that 'the corridors are the worst bit' and that she 'can't think' when the bell goes and everyone moves at once. She said that she likes her art teacher and that science is 'fine if we stay in the same room'.",
                ),
                ("h", 2, "Assessment"),
                (
                    "p",
                    "I used selected subtests of the Wechsler Intelligence Scale for Children (WISC-V UK) and the Beck Youth Inventories. The results should be read with caution, as Isla was anxious during the first session.",
                ),
                (
                    "grid",
                    [
                        ["Index", "Standard score", "Descriptor"],
                        ["Verbal comprehension", "112", "High average"],
                        ["Visual spatial", "108", "Average"],
                        ["Working memory", "96", "Average"],
                        ["Processing speed", "78", "Low"],
                    ],
                    [0.4, 0.25, 0.35],
                ),
                (
                    "p",
                    [
                        X(
                            "Isla's verbal reasoning is a clear strength, and her working memory is within the average range.",
                            "test result: strength",
                        ),
                        N(
                            "Her processing speed is low, which means that she is slow to copy from the board and to get her ideas down in writing, and she often leaves written tasks unfinished.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "Discussion"),
                (
                    "p",
                    [
                        N(
                            "Isla's anxiety about school is now the main barrier to her learning, and on most mornings she cannot leave the house without considerable support from her mother.",
                            "semh",
                            B1_ANX,
                        ),
                        "In my view this is best understood as the product of the sensory demands of the school day and the unpredictability of secondary school for an autistic young person, rather than as a wish to avoid work. Isla is not refusing school; she is finding it unbearable.",
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "The noise and movement of corridors and the canteen are very hard for her, and she describes feeling sick and shaky at lesson changeover.",
                            "sensory_physical",
                            B1_SENS,
                        ),
                        N(
                            "Isla does not ask for help in lessons even when she is stuck, because she does not want to be noticed, and so staff often assume that she has understood.",
                            "communication_interaction",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "She manages to appear calm at school but is exhausted and tearful at home, which her parents describe as an 'after-school collapse'.",
                            "semh",
                            B1_MASK,
                        ),
                        X(
                            "Her parents were unsure whether to share this with school, in case it was seen as a problem at home; the school have since been very supportive.",
                            "history / context",
                        ),
                    ],
                ),
                (
                    "p",
                    "I considered whether Isla would be better placed in a specialist setting for autistic pupils. On balance I do not recommend this at present: Isla has good relationships with some staff, her academic ability is a strength, and she has said clearly that she wants to stay with her friends. The question should be looked at again if the plan below has not led to a clear improvement by the summer term.",
                ),
                ("h", 2, "Recommendations"),
                (
                    "num",
                    [
                        R(
                            "Isla should follow a phased return to lessons, starting with two hours a day in the Hub and one chosen lesson, and increasing by one lesson a fortnight, with the timetable reviewed every two weeks by her key adult, Isla and her parents.",
                            "semh",
                            "not_specific",
                            F1_REINT,
                        ),
                        R(
                            "A named key adult should meet Isla at the start of each school day for a short check-in of about 10 minutes, to go through the day and anything that has changed.",
                            "semh",
                            "specific",
                            F1_KEY,
                        ),
                        R(
                            "Isla should be able to leave lessons and go to a quiet space without having to ask, using a card or other agreed signal.",
                            "sensory_physical",
                            "specific",
                            F1_CARD,
                        ),
                        R(
                            "Because of her slow processing speed, Isla should have 25 per cent extra time in tests and assessments and be allowed to type longer pieces of work on a laptop.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                        R(
                            "Staff should be told of changes in advance so that Isla can be warned by her key adult before the day starts.",
                            "communication_interaction",
                            "specific",
                            F1_WARN,
                        ),
                    ],
                ),
                (
                    "p",
                    "Dr Rowan Fenwick, HCPC registered practitioner psychologist, 30 September 2026. Telephone 01632 960214.",
                ),
            ],
        ),
        dict(
            file=CP1,
            footer="Dr A Adeyemi, Clinical Psychologist - page {n} of {m}",
            blocks=[
                ("org", "Ellerbridge CAMHS - Neurodevelopmental Team"),
                ("title", "Clinical psychology report"),
                (
                    "small",
                    "Isla Thornbury, 13. Seen in clinic on 4, 11 and 25 July and 8 August 2026. Report for the EHC plan review, 20 August 2026.",
                ),
                ("h", 2, "Summary of my involvement"),
                (
                    "p",
                    [
                        X(
                            "Isla was referred to me after her autism diagnosis in March 2025, because of concerns about her anxiety and sleep.",
                            "history",
                        ),
                        X(
                            "Her sleep has improved with a consistent bedtime routine and she now usually sleeps for eight to nine hours.",
                            "resolved difficulty (sleep)",
                        ),
                    ],
                ),
                (
                    "p",
                    "Isla completed the Revised Children's Anxiety and Depression Scale (RCADS) with me in July. Her scores for separation anxiety and generalised anxiety were in the clinical range, and her score for low mood was in the borderline range. Her mother's ratings were similar.",
                ),
                ("h", 2, "Formulation"),
                (
                    "p",
                    [
                        N(
                            "Isla's anxiety rises sharply in situations she cannot predict, and unexpected changes to her day can lead to her shutting down completely and being unable to speak.",
                            "semh",
                            B1_CHANGE,
                        ),
                        N(
                            "Her mood has dipped over the last six months, and she has started to describe herself in very negative terms, for example that she is 'stupid' and 'a failure'.",
                            "semh",
                            B1_MOOD,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "When Isla feels under pressure to do something, even something she enjoys, she tends to resist or put it off, and direct instructions can increase this.",
                            "semh",
                            None,
                        ),
                        "I think it important that this is not mistaken for defiance. In my experience young people with this profile respond better to choices, indirect language and a reduction in demands when anxiety is high, and to adults who stay calm and curious.",
                    ],
                ),
                (
                    "p",
                    "I have discussed with Isla's parents the option of a referral for medication for anxiety. They would prefer to wait until the school-based support in the plan has had time to work, and I agree that this is reasonable; I will review it with them in the new year.",
                ),
                ("h", 2, "Recommendations for school"),
                (
                    "p",
                    R(
                        "Isla should have a weekly session of around 45 minutes with a trained adult in school, such as an ELSA or the school counsellor, using CBT-informed approaches to anxiety, for at least 12 weeks.",
                        "semh",
                        "less",
                        F1_ELSA,
                    ),
                ),
                (
                    "p",
                    R(
                        "I recommend that I offer a consultation to the school's pastoral team each half term, so that staff can plan together how to respond when Isla's anxiety is high.",
                        "semh",
                        "wrong_section",
                        G1_CONSULT,
                        section="G",
                    ),
                ),
                ("h", 2, "Health"),
                (
                    "p",
                    R(
                        "Isla should continue to be reviewed by the CAMHS neurodevelopmental team every six months, including a review of the medication question.",
                        "health",
                        "not_educational",
                        G1_CAMHS,
                        section="G",
                    ),
                ),
                ("p", "Dr Ama Adeyemi, Clinical Psychologist, Ellerbridge CAMHS, 20 August 2026."),
            ],
        ),
        dict(
            file=PA1,
            blocks=[
                ("title", "Parent and carer contribution: Isla Thornbury"),
                ("small", "Written by Claire and Martin Thornbury, September 2026"),
                ("b", "What is going well"),
                (
                    "p",
                    [
                        X(
                            "Isla has a lovely sense of humour and is very caring with her younger brother.",
                            "strength",
                        ),
                        X(
                            "Her drawing has come on enormously and she has started selling prints to family friends.",
                            "strength / progress",
                        ),
                    ],
                ),
                ("b", "What worries us"),
                (
                    "p",
                    [
                        N(
                            "Isla will not eat in the school canteen because of the noise and smells, and most days she comes home having had nothing since breakfast.",
                            "health",
                            B1_EAT,
                        ),
                        "She is then hungry and irritable, which makes the evenings harder for everyone.",
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "She has lost touch with most of her primary school friends and now only sees one friend outside school.",
                            "semh",
                            B1_SOCIAL,
                        ),
                        X(
                            "In Year 6 she had a wide group of friends and went to a drama club every week.",
                            "history",
                        ),
                    ],
                ),
                (
                    "p",
                    "Mornings are the hardest part of the day. Some days she is dressed and ready and then freezes at the front door. We have tried rewards and we have tried insisting, and neither works; insisting makes things much worse.",
                ),
                ("b", "What has helped"),
                (
                    "p",
                    [
                        X(
                            "The Hub at school has been a lifeline since the spring, and on the days Isla gets in she nearly always goes there first.",
                            "support already in place",
                        ),
                        X(
                            "Her head of year rings us on Monday mornings, which helps us plan the week.",
                            "support already in place",
                        ),
                    ],
                ),
                ("b", "What we are doing at home"),
                (
                    "p",
                    R(
                        "At home we are keeping evenings as low in demand as we can, with a set routine after school, as the clinical psychologist suggested.",
                        "semh",
                        "not_educational",
                    ),
                ),
                (
                    "p",
                    "We would like the plan to give Isla a way of eating lunch somewhere quiet, as the Hub mentor has offered. Last spring the support stopped for two weeks while a member of staff was off sick, and Isla did not go in at all during that time.",
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalar-02: Hollinsgate Metropolitan Borough Council; Reuben Castellano, 11
# layout "provision-split-by-setting": an EOTAS plan under section 61 whose provision
# section is divided by where and by whom it is delivered (tutors, therapies, home and
# community), with "Section B - ..." headings; a PDF.
# ---------------------------------------------------------------------------

B2_AUT = "Reuben is autistic and has very high levels of anxiety, particularly in response to demands and to environments he cannot control."
B2_SENS = "He has significant sensory processing differences: he seeks deep pressure and movement, and is over-responsive to noise and to the feel of some clothes and foods."
B2_GAPS = "Reuben has gaps in his learning in English and mathematics because he has not attended school since February 2025."
B2_PEERS = "He wants friends of his own age but finds it very hard to join in with other children, especially in groups."
B2_REG = "When his anxiety is high Reuben may run away, hide or become physically aggressive towards his parents."

F2_ENG = "Specialist teacher tutor for English: 2 hours a session, three mornings a week (Monday, Wednesday, Friday), 38 weeks a year, at home or at the Hollinsgate library study room."
F2_MATHS = "Specialist teacher tutor for mathematics: 1.5 hours a session, two mornings a week, 38 weeks a year."
F2_OT = "Occupational therapy from an HCPC registered occupational therapist: 6 sessions a year."
F2_SENSDIET = "A sensory diet to be used as needed."
F2_SALT = "Speech and language therapy consultation to the tutors, one hour each half term, to advise on adapting their language to Reuben's needs."
F2_MENTOR = "A mentor with experience of autism for two hours every Thursday afternoon, working on Reuben's confidence in the community and building towards group activities."
F2_PLANMTG = "A coordinating meeting of the tutors, therapists and Reuben's parents, chaired by the EOTAS coordinator, once each half term."
G2_OTPROG = "The tutors will carry out the sensory and movement programme written by the occupational therapist, for 10 minutes at the start of each tutor session and after each hour of work."
G2_PAED = "Review by the community paediatrician every 12 months."

OT2 = "ot_report.pdf"
EP2 = "ep_advice.docx"

CASE_02 = dict(
    name="case-evalar-02",
    layout="provision-split-by-setting",
    summary=(
        "Hollinsgate Metropolitan Borough Council; Reuben Castellano, 11, educated otherwise than at school "
        "under section 61 since 2025 (autism, demand-avoidant anxiety, sensory processing, handwriting). "
        "Plan is a PDF with 'Section B - ...' headings; the provision section is divided by setting: "
        "tutors, therapies, home and community. Independent occupational therapist's report (PDF) and "
        "educational psychologist's advice (.docx)."
    ),
    note="The occupational therapist's sensory and movement programme, to be delivered by the tutors, is placed in Section G: provision in the wrong section. The paediatric review in G is health provision.",
    plan=dict(
        file="plan.pdf",
        header="Hollinsgate MBC - EHC Plan - Reuben Castellano",
        footer="FINAL plan issued 2 December 2026 - page {n} of {m}",
        blocks=[
            ("org", "Hollinsgate Metropolitan Borough Council"),
            ("title", "Education, Health and Care Plan (education otherwise than at school)"),
            (
                "small",
                "Reuben Castellano, born 3 October 2015. Parents: Lucia and Daniel Castellano, 22 Larch Rise, Hollinsgate HF9 3QD.",
            ),
            (
                "H",
                "A",
                "Section A - The views, interests and aspirations of Reuben and his parents",
                "h2",
            ),
            (
                "S",
                "A",
                "Reuben loves Lego Technic, trains and building things out of cardboard, and says he would like to be an engineer 'who designs roller coasters'.",
            ),
            (
                "p",
                "His parents want Reuben to learn without fear, to have a friend of his own age and, in time, to be able to return to some form of school or college.",
            ),
            ("H", "B", "Section B - Special educational needs", "h2"),
            ("S", "B", B2_AUT),
            ("p", [B2_SENS, B2_REG]),
            ("p", [B2_GAPS, B2_PEERS]),
            ("H", "C", "Section C - Health needs relating to SEN", "h2"),
            (
                "S",
                "C",
                "Reuben was diagnosed with autism by the Hollinsgate child development centre in 2021 and is reviewed by the community paediatrician.",
            ),
            ("H", "D", "Section D - Social care needs relating to SEN or disability", "h2"),
            (
                "S",
                "D",
                "Reuben's family receive support from the disabled children's team following a child and family assessment in 2025.",
            ),
            ("H", "E", "Section E - Outcomes", "h2"),
            (
                "S",
                "E",
                "By July 2027 Reuben will take part in three tutor sessions a week for their full length on most weeks.",
            ),
            (
                "p",
                "By July 2028 Reuben will join a small group activity with other children once a week.",
            ),
            ("H", "F", "Section F - Special educational provision", "h2"),
            (
                "S",
                "F",
                "The council has decided under section 61 of the Children and Families Act 2014 that it would be inappropriate for Reuben's special educational provision to be made in a school. It will be made as follows, arranged and funded by the council.",
            ),
            ("h", 3, "Tutor provision"),
            ("bul", [("F", F2_ENG, True), ("F", F2_MATHS, True)]),
            ("h", 3, "Therapy provision"),
            ("bul", [("F", F2_OT, True), ("F", F2_SENSDIET, False), ("F", F2_SALT, True)]),
            ("h", 3, "Home and community"),
            ("bul", [("F", F2_MENTOR, True), ("F", F2_PLANMTG, True)]),
            ("H", "G", "Section G - Health provision", "h2"),
            ("S", "G", G2_PAED),
            ("p", G2_OTPROG),
            (
                "H",
                "H1",
                "Section H1 - Social care provision under section 2 of the CSDPA 1970",
                "h2",
            ),
            ("S", "H1", "Two hours a week of short breaks from the disabled children's team."),
            ("H", "H2", "Section H2 - Other social care provision", "h2"),
            ("S", "H2", "None."),
            ("H", "I", "Section I - Placement", "h2"),
            (
                "S",
                "I",
                "No school is named. Reuben's provision is to be made otherwise than in a school (section 61).",
            ),
            ("H", "J", "Section J - Personal budget", "h2"),
            (
                "S",
                "J",
                "A personal budget of 4,200 pounds a year is paid as a direct payment for the mentor in Section F.",
            ),
            ("H", "K", "Section K - Advice and information", "h2"),
            (
                "S",
                "K",
                "Occupational therapy report (Ms Halvorsen, October 2026); educational psychology advice (Dr Mensah, September 2026); paediatric letter (June 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=OT2,
            footer="Brightwater Children's Therapy Ltd, 4 Canal Yard, Hollinsgate HF2 8LL - page {n} of {m}",
            blocks=[
                ("org", "Brightwater Children's Therapy Ltd"),
                ("title", "Independent occupational therapy report"),
                (
                    "small",
                    "Client: Reuben Castellano (11). Assessed at home on 2 and 9 October 2026 by Signe Halvorsen, HCPC registered occupational therapist. Commissioned by Reuben's parents.",
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        X(
                            "Reuben had NHS occupational therapy in 2022 for dressing skills, and was discharged when he could dress himself independently.",
                            "resolved difficulty (dressing)",
                        ),
                        "He has had no therapy since. His parents asked for this assessment because of his difficulties with writing and with staying regulated in tutor sessions.",
                    ],
                ),
                ("h", 2, "Assessments used"),
                (
                    "grid",
                    [
                        ["Assessment", "Result", "What it means"],
                        [
                            "Sensory Profile 2 (parent form)",
                            "Much more than others: seeking, sensitivity",
                            "Strong sensory preferences affect his day",
                        ],
                        [
                            "Movement ABC-2",
                            "15th centile",
                            "Below average; not in the range of concern for DCD",
                        ],
                        [
                            "Detailed Assessment of Speed of Handwriting (DASH)",
                            "Standard score 4",
                            "Well below average speed",
                        ],
                    ],
                    [0.38, 0.27, 0.35],
                ),
                (
                    "p",
                    X(
                        "His balance and ball skills were within the average range, and his overall motor score does not suggest a developmental coordination disorder.",
                        "test result / need ruled out",
                    ),
                ),
                ("h", 2, "Findings"),
                (
                    "p",
                    [
                        N(
                            "Reuben seeks movement and deep pressure throughout the day, and when he cannot get it he becomes restless and then distressed.",
                            "sensory_physical",
                            B2_SENS,
                        ),
                        N(
                            "He is over-sensitive to noise and to clothing labels and seams, and finds the hum of the library study room hard to ignore.",
                            "sensory_physical",
                            B2_SENS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "His handwriting is slow and effortful, he presses very hard and complains of pain in his hand after a few lines, and he avoids any writing task longer than a sentence.",
                            "sensory_physical",
                            None,
                        ),
                        "This is likely to be holding back his progress in English, where the tutor reports that his spoken ideas are far ahead of what he can get on paper.",
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Who", "How often"],
                        [
                            R(
                                "Direct occupational therapy on sensory regulation and hand strength.",
                                "sensory_physical",
                                "less",
                                F2_OT,
                            ),
                            "Occupational therapist",
                            "Weekly, 1 hour, for 10 weeks, then fortnightly for the rest of the school year",
                        ],
                        [
                            R(
                                "A sensory and movement programme (heavy work, a movement break and a deep pressure activity) before and during each tutor session.",
                                "sensory_physical",
                                "wrong_section",
                                G2_OTPROG,
                                section="G",
                            ),
                            "Tutors, trained by the OT",
                            "10 minutes at the start of each session and after each hour",
                        ],
                        [
                            R(
                                "Touch-typing should be taught so that Reuben can record longer work on a laptop.",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            "Tutor, with an online programme",
                            "15 minutes, four days a week",
                        ],
                        [
                            R(
                                "A weighted lap pad and wobble cushion to use during tutoring.",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            "Provided by the council",
                            "Every session",
                        ],
                    ],
                    [0.45, 0.25, 0.3],
                ),
                (
                    "p",
                    "I considered recommending a full sensory integration therapy programme in a clinic, but the travel and the new environment would be likely to raise Reuben's anxiety more than the therapy would help, so I do not recommend it at present.",
                ),
                (
                    "p",
                    R(
                        "At home, Reuben's parents could offer a trampoline session or a walk before bedtime, which they tell me already seems to settle him.",
                        "sensory_physical",
                        "not_educational",
                    ),
                ),
                (
                    "p",
                    "Signe Halvorsen BSc (Hons) OT, 16 October 2026. Telephone 01632 960377. Email s.halvorsen@example.org",
                ),
            ],
        ),
        dict(
            file=EP2,
            blocks=[
                ("org", "Hollinsgate Educational Psychology Team"),
                ("title", "Advice for an EHC needs assessment"),
                (
                    "small",
                    "Reuben Castellano, 11. Dr Kwame Mensah, Educational Psychologist. Seen at home and at the library, September 2026.",
                ),
                ("b", "Context"),
                (
                    "p",
                    [
                        X(
                            "Reuben last attended Ashgrove Primary School in February 2025, after a long period of part-time attendance and several incidents in which he left the school site.",
                            "history",
                        ),
                        X(
                            "Since then he has been taught at home by tutors arranged by the council on an interim basis, and he has engaged with them well on most days.",
                            "support already in place / progress",
                        ),
                    ],
                ),
                ("b", "Assessment"),
                (
                    "p",
                    [
                        N(
                            "Reuben's anxiety is driven by a strong need to feel in control, and he resists even small requests when he is anxious, sometimes by leaving the room or hiding.",
                            "semh",
                            B2_AUT,
                        ),
                        N(
                            "When he feels cornered he can become aggressive, and his parents report being hit and kicked about once a week.",
                            "semh",
                            B2_REG,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "On the British Ability Scales his reading and number skills were about two years below what would be expected for his age, which reflects the teaching he has missed rather than a specific learning difficulty.",
                            "cognition_learning",
                            B2_GAPS,
                        ),
                        X(
                            "His verbal and non-verbal reasoning were both in the above average range.",
                            "test result: strength",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Reuben says he is lonely, and he has had no regular contact with other children of his age for over eighteen months.",
                            "semh",
                            B2_PEERS,
                        ),
                        N(
                            "He takes language very literally and can be upset when an adult uses sarcasm or an idiom, which he may take as a threat or a joke at his expense.",
                            "communication_interaction",
                            None,
                        ),
                    ],
                ),
                ("b", "Options considered"),
                (
                    "p",
                    "I considered three options: a return to a mainstream school with support, a place at the Oakmere specialist school for autistic pupils, and a continuing package of education otherwise than at school. Reuben is not at present able to attend a school, and a forced placement would in my view undo the progress he has made. I therefore support a package under section 61 for at least the next year, with the aim of building towards some time with a small group of peers.",
                ),
                ("b", "Recommendations"),
                (
                    "bul",
                    [
                        R(
                            "Teaching should continue from the same specialist tutors, about nine hours a week in total, at home or in a quiet public setting Reuben knows.",
                            "cognition_learning",
                            "specific",
                            F2_ENG,
                        ),
                        R(
                            "Reuben should have a mentor, for about two hours a week, to build his confidence outside the house and, over time, to link him with a small group activity such as a Lego or coding club.",
                            "semh",
                            "specific",
                            F2_MENTOR,
                        ),
                        R(
                            "Those working with Reuben should receive advice from a speech and language therapist about using clear, literal language with him, at least once a term.",
                            "communication_interaction",
                            "specific",
                            F2_SALT,
                        ),
                        R(
                            "The tutors, mentor and therapists should meet with his parents every half term so that they use the same approaches.",
                            "other",
                            "specific",
                            F2_PLANMTG,
                        ),
                    ],
                ),
                (
                    "p",
                    "Dr Kwame Mensah, Educational Psychologist, 28 September 2026. Telephone 01632 960588.",
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalar-03: Thornleigh City Council; Kayden Marsh-Obi, 9, looked after
# layout "numbered-rows-one-table": the whole plan is one long table; each section is a
# row with a number in the first cell, its name in the second (no letters) and its
# content in the third. There is no row for the personal budget.
# ---------------------------------------------------------------------------

B3_SEMH = "Kayden has experienced early trauma and loss, and he finds it very hard to trust adults or to accept comfort when he is upset."
B3_DYSREG = "When he feels threatened or ashamed he can quickly become dysregulated, shouting, throwing things or running out of the classroom."
B3_LIT = "His reading and spelling are about two years behind those of his classmates."
B3_TRANS = "Transitions, such as the move from play time back to class or a change of adult, often lead to distress."
B3_FRIEND = (
    "Kayden wants to be liked by other children but his play can become rough and controlling."
)

F3_KEY = "A key adult (a named teaching assistant trained in attachment-aware practice) for 15 hours a week, including the start of each day and every transition back to class after breaks."
F3_NURT = "Access to the school's nurture group."
F3_ELSA = "ELSA sessions, 30 minutes weekly for six weeks."
F3_PHON = "A structured phonics and reading programme (Read Write Inc. Fresh Start) delivered one to one by a trained teaching assistant, four times a week for 20 minutes."
F3_SAFE = "A calm space in the classroom with a beanbag and sensory items, which Kayden can go to at any time, and a daily plan for its use agreed with his key adult."
F3_TRAIN = "Training for all staff who teach or supervise Kayden in attachment and trauma-aware practice, delivered by the Thornleigh Virtual School, within the first half term of the plan."
D3_LUNCH = "Kayden will be supported by an adult during lunchtimes and playtimes so that he can play safely with other children."

VS3 = "virtual_school_advice.docx"
EP3 = "ep_report.pdf"
SW3 = "social_worker_advice.docx"


def _row(n: str, sid: str, name: str, content) -> list:
    """One section as a row: its number, its name (the heading cell) and its content."""
    return [n, ("H", sid, name, "p"), content]


CASE_03 = dict(
    name="case-evalar-03",
    layout="numbered-rows-one-table",
    summary=(
        "Thornleigh City Council; Kayden Marsh-Obi, 9, Year 4, looked after by the council and living with "
        "foster carers (developmental trauma, dysregulation, literacy delay, language); on a reduced timetable "
        "after fixed-term suspensions. The plan is one long table: number, section name, content, with no "
        "section letters. No personal budget row. Virtual school head's advice, educational psychologist's "
        "report, social worker's advice."
    ),
    note="The plan has no row for a personal budget (regulation 12(1)(j)). Lunchtime adult support, recommended for school, stands in the social care row: provision in the wrong section.",
    plan=dict(
        file="plan.docx",
        footer="Thornleigh City Council - Education, Health and Care Plan - OFFICIAL-SENSITIVE",
        blocks=[
            ("org", "Thornleigh City Council - Children's Services"),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Kayden Marsh-Obi   Date of birth 21 January 2017   Looked after child (section 20)   Plan date 25 November 2026",
            ),
            (
                "small",
                "School: St Barnabas CE Primary School, Fold Street, Thornleigh KB3 6FN. Personal education plan: autumn 2026 review.",
            ),
            (
                "grid",
                [
                    ["No.", "Section", "Detail"],
                    _row(
                        "1",
                        "A",
                        "About Kayden: his views, interests and hopes",
                        (
                            "L",
                            [
                                (
                                    "S",
                                    "A",
                                    "Kayden enjoys football, drawing dinosaurs and helping his foster carer, Mrs Pryce, with cooking.",
                                ),
                                "He says he wants to 'stay at this school and not get sent home'. His foster carers and social worker want him to feel safe and settled and to catch up with his reading.",
                            ],
                        ),
                    ),
                    _row(
                        "2",
                        "B",
                        "What Kayden needs help with at school",
                        ("L", [("S", "B", B3_SEMH), B3_DYSREG, B3_TRANS, B3_FRIEND, B3_LIT]),
                    ),
                    _row(
                        "3",
                        "C",
                        "Health needs linked to his learning",
                        (
                            "L",
                            [
                                (
                                    "S",
                                    "C",
                                    "Kayden has an annual health assessment as a looked after child; there are no health conditions affecting his learning.",
                                ),
                                "He has been referred to the Thornleigh CAMHS looked after children's service.",
                            ],
                        ),
                    ),
                    _row(
                        "4",
                        "D",
                        "Social care needs",
                        (
                            "L",
                            [
                                (
                                    "S",
                                    "D",
                                    "Kayden is looked after by Thornleigh City Council under section 20 of the Children Act 1989 and has a care plan and a social worker.",
                                ),
                                D3_LUNCH,
                            ],
                        ),
                    ),
                    _row(
                        "5",
                        "E",
                        "Outcomes we are working towards",
                        (
                            "L",
                            [
                                (
                                    "S",
                                    "E",
                                    "By July 2027 Kayden will attend school full time, every day.",
                                ),
                                "By the end of Year 5 Kayden will read books at the level expected of a Year 4 pupil.",
                            ],
                        ),
                    ),
                    _row(
                        "6",
                        "F",
                        "Support for Kayden's education",
                        (
                            "L",
                            [
                                (
                                    "S",
                                    "F",
                                    "St Barnabas CE Primary School will provide the following, with additional funding from the council's high needs block.",
                                ),
                                ("F", F3_KEY, True),
                                ("F", F3_NURT, False),
                                ("F", F3_ELSA, True),
                                ("F", F3_PHON, True),
                                ("F", F3_SAFE, True),
                                ("F", F3_TRAIN, True),
                            ],
                        ),
                    ),
                    _row(
                        "7",
                        "G",
                        "Health support",
                        (
                            "L",
                            [
                                (
                                    "S",
                                    "G",
                                    "Assessment and, if needed, therapeutic support from the CAMHS looked after children's service.",
                                )
                            ],
                        ),
                    ),
                    _row(
                        "8",
                        "H1",
                        "Social care support under the 1970 Act (section 2)",
                        ("L", [("S", "H1", "Not applicable.")]),
                    ),
                    _row(
                        "9",
                        "H2",
                        "Other social care support",
                        (
                            "L",
                            [
                                (
                                    "S",
                                    "H2",
                                    "Support to Kayden's foster placement from the fostering team, and contact arrangements as set out in his care plan.",
                                )
                            ],
                        ),
                    ),
                    _row(
                        "10",
                        "I",
                        "School or setting",
                        (
                            "L",
                            [
                                (
                                    "S",
                                    "I",
                                    "St Barnabas CE Primary School (voluntary aided, mainstream).",
                                )
                            ],
                        ),
                    ),
                    _row(
                        "11",
                        "K",
                        "Advice we used",
                        (
                            "L",
                            [
                                (
                                    "S",
                                    "K",
                                    "Virtual school head's advice (October 2026); educational psychology report (September 2026); social worker's advice (October 2026); school SENCo's advice; personal education plan (autumn 2026).",
                                )
                            ],
                        ),
                    ),
                ],
                [0.07, 0.28, 0.65],
                True,
            ),
        ],
    ),
    reports=[
        dict(
            file=VS3,
            blocks=[
                ("org", "Thornleigh Virtual School for Children in Care"),
                ("title", "Advice from the Virtual School Head"),
                (
                    "small",
                    "Kayden Marsh-Obi, Year 4, St Barnabas CE Primary School. Prepared by Ruth Adebayo-Kerr, Virtual School Head, 12 October 2026.",
                ),
                ("b", "Kayden's education so far"),
                (
                    "p",
                    [
                        X(
                            "Kayden has attended three primary schools, moving each time his placement changed, and he joined St Barnabas in January 2026.",
                            "history",
                        ),
                        X(
                            "He has had two fixed-term suspensions this term and is currently on a reduced timetable of mornings only, which the virtual school has agreed should end by the February half term.",
                            "history / current arrangement",
                        ),
                    ],
                ),
                (
                    "p",
                    "His personal education plan was reviewed in September. Pupil premium plus has funded a weekly session with a mentor since the spring, and the PEP targets for reading have been partly met. I have not repeated here everything in the PEP, which the council holds.",
                ),
                ("b", "What Kayden needs"),
                (
                    "p",
                    [
                        N(
                            "Kayden is highly alert to any sign of rejection, and being told off or sent out, even briefly, can trigger a severe and long-lasting reaction.",
                            "semh",
                            B3_SEMH,
                        ),
                        N(
                            "He struggles most at moments of change, such as coming in from play or when his usual teaching assistant is absent.",
                            "semh",
                            B3_TRANS,
                        ),
                    ],
                ),
                (
                    "p",
                    N(
                        "Because of the schools he has missed, Kayden has gaps in his phonics and in his basic number facts, and he is working well below his year group in mathematics.",
                        "cognition_learning",
                        None,
                    ),
                ),
                ("b", "Recommendations for the plan"),
                (
                    "bul",
                    [
                        R(
                            "A consistent key adult for at least 15 hours a week, who meets Kayden at the gate and supports him at each transition.",
                            "semh",
                            "specific",
                            F3_KEY,
                        ),
                        R(
                            "Whole-staff training in attachment and trauma-aware practice, which the virtual school can deliver in a twilight session this term.",
                            "semh",
                            "specific",
                            F3_TRAIN,
                        ),
                        R(
                            "Daily small-group or one-to-one maths catch-up on number facts, about 15 minutes a day, four days a week.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                        R(
                            "The reduced timetable should be increased by one afternoon every two weeks, with a written plan shared with his carers and social worker, so that he returns to full-time attendance by February.",
                            "semh",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    "Please contact me on 01632 960741 or virtual.school@example.org with any questions.",
                ),
            ],
        ),
        dict(
            file=EP3,
            footer="Thornleigh Educational Psychology Service - page {n} of {m}",
            blocks=[
                ("org", "Thornleigh Educational Psychology Service"),
                ("title", "Educational psychology report for an EHC needs assessment"),
                (
                    "small",
                    "Kayden Marsh-Obi (9). Seen in school on 15 and 22 September 2026 by Dr Imogen Saltash, Educational Psychologist.",
                ),
                ("h", 2, "Assessment"),
                (
                    "p",
                    "I observed Kayden in class and on the playground, talked with him using drawing and a 'my school' scale activity, and completed selected literacy and language tasks with him. His foster carer, class teacher and SENCo completed the Boxall Profile and a strengths and difficulties questionnaire.",
                ),
                (
                    "p",
                    [
                        X(
                            "His non-verbal reasoning is in the average range, and he solved visual puzzles quickly and with obvious pleasure.",
                            "test result: strength",
                        ),
                        N(
                            "On the York Assessment of Reading for Comprehension his reading accuracy was at the level of a typical seven-year-old, and his spelling was similarly delayed.",
                            "cognition_learning",
                            B3_LIT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Kayden's understanding of spoken language is weaker than his everyday talk suggests; he lost track of instructions with more than two parts and did not understand words such as 'before', 'unless' and 'except'.",
                            "communication_interaction",
                            None,
                        ),
                        "This may partly explain why he sometimes appears not to follow adults' directions, which can then be read as defiance.",
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "On the playground Kayden wanted to join a game of tag but quickly tried to change the rules, and when the others objected he pushed one of them and walked off.",
                            "semh",
                            B3_FRIEND,
                        ),
                        N(
                            "When he was asked to stop an activity he enjoyed, he swept the materials off the table and hid under it.",
                            "semh",
                            B3_DYSREG,
                        ),
                    ],
                ),
                ("h", 2, "What I considered"),
                (
                    "p",
                    "I considered whether a place at a specialist SEMH school would better meet Kayden's needs. I do not recommend this: Kayden has formed a good relationship with his teaching assistant, a further move would add to the losses he has already experienced, and his foster carers and social worker are strongly against a change of school.",
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    R(
                        "Kayden should attend the school's nurture group for three afternoons a week for at least two terms, with his key adult helping him to return to class afterwards.",
                        "semh",
                        "not_specific",
                        F3_NURT,
                    ),
                ),
                (
                    "p",
                    R(
                        "He should have individual ELSA sessions of 30 minutes each week for at least 12 weeks, focused on recognising and naming feelings.",
                        "semh",
                        "less",
                        F3_ELSA,
                    ),
                ),
                (
                    "p",
                    R(
                        "A structured, systematic phonics programme should be delivered one to one at least four times a week.",
                        "cognition_learning",
                        "specific",
                        F3_PHON,
                    ),
                ),
                (
                    "p",
                    R(
                        "An adult should support Kayden during lunchtimes and playtimes, setting up structured games with one or two other children.",
                        "semh",
                        "wrong_section",
                        D3_LUNCH,
                        section="D",
                    ),
                ),
                (
                    "p",
                    R(
                        "Instructions should be given one part at a time, with visual support, and staff should check his understanding by asking him to show them what to do.",
                        "communication_interaction",
                        "missing_from_f",
                    ),
                ),
                (
                    "p",
                    "Dr Imogen Saltash, HCPC registered educational psychologist, 30 September 2026.",
                ),
            ],
        ),
        dict(
            file=SW3,
            blocks=[
                ("title", "Social care advice for the EHC needs assessment"),
                (
                    "small",
                    "From: Callum Reid, Social Worker, Children in Care Team, Thornleigh City Council. Date: 8 October 2026.",
                ),
                ("p", "Dear colleagues,"),
                (
                    "p",
                    [
                        X(
                            "Kayden came into care in 2022 and has been with his current foster carers, Mr and Mrs Pryce, since December 2025.",
                            "history",
                        ),
                        X(
                            "The placement is stable and the plan is for Kayden to remain with Mr and Mrs Pryce long term.",
                            "care plan / context, not an educational need",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Kayden still finds the days after family contact very unsettling, and his carers and school notice more outbursts on Mondays after weekend contact.",
                            "social_care",
                            None,
                        ),
                        "Contact arrangements are kept under review at his looked after child reviews.",
                    ],
                ),
                (
                    "p",
                    X(
                        "He no longer wets the bed, which was a difficulty for several months after he moved to this placement.",
                        "resolved difficulty",
                    ),
                ),
                (
                    "p",
                    R(
                        "Life story work with Kayden will be carried out by the children in care team over the coming year.",
                        "social_care",
                        "not_educational",
                    ),
                ),
                (
                    "p",
                    "I would ask that the school continues to share any concerns with me and with the carers on the same day. Kind regards, Callum Reid. Tel 01632 960813.",
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalar-04: Sedgecombe Borough Council; Maya Fairclough-Dunne, 14, Year 9
# layout "provision-split-by-term": "Part B: ..." headings; the provision section is divided
# by term (autumn, spring, from summer), each with its own list; a PDF.
# ---------------------------------------------------------------------------

B4_DYS = "Maya has dyslexia: her reading is slow and inaccurate for her age, and her spelling makes her written work hard for others to read."
B4_DCD = "She has developmental coordination disorder, which affects her handwriting, her organisation of equipment and her confidence in practical subjects and PE."
B4_ATT = "Maya's attendance has fallen to 83 per cent, and she has started to avoid lessons with a lot of reading aloud or writing."
B4_SELF = "She has low self-esteem as a learner and compares herself unfavourably with her friends."

F4_LIT = "A specialist literacy intervention (structured, multisensory), one 20-minute session a week, delivered by the school's specialist dyslexia teacher."
F4_READER = "Access to a reader for tests and examinations."
F4_TYPE = "Access to a touch-typing programme."
F4_LAPTOP = "A school laptop with speech-to-text and text-to-speech software, for use in every lesson and in all internal assessments, set up by the IT team before the start of the spring term."
F4_OVERLEARN = "Key subject vocabulary for each new topic will be given to Maya in advance on a printed sheet by each subject teacher."
F4_MENTOR = "A fortnightly 20-minute meeting with her form tutor to review how she is managing and to agree next steps."
F4_OTPROG = "A fine motor and organisation programme devised by the occupational therapist and delivered by a teaching assistant for 15 minutes, three times a week."
F4_ARRANG = "Access arrangements for GCSE examinations (25 per cent extra time and a word processor), assessed by the specialist dyslexia teacher in the summer term of Year 9."

ST4 = "specialist_teacher_report.docx"
OT4 = "ot_report.pdf"

CASE_04 = dict(
    name="case-evalar-04",
    layout="provision-split-by-term",
    summary=(
        "Sedgecombe Borough Council; Maya Fairclough-Dunne, 14, Year 9 at Pellworth High School, a mainstream "
        "secondary (dyslexia, developmental coordination disorder, falling attendance, low self-esteem). "
        "Plan is a PDF with 'Part B: ...' headings; the provision section is divided by term. Specialist "
        "teacher's report with a table of standardised scores (.docx) and NHS occupational therapist's "
        "report (PDF)."
    ),
    note="Several provisions in Part F begin 'Access to'; two give no amount, frequency or person and are not specific. The weekly literacy session is less than the three sessions recommended.",
    plan=dict(
        file="plan.pdf",
        header="Sedgecombe Borough Council   Education, Health and Care Plan   Maya Fairclough-Dunne",
        footer="Final plan, 27 November 2026. Page {n} of {m}",
        blocks=[
            (
                "org",
                "Sedgecombe Borough Council: Special Educational Needs and Disabilities Service",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Maya Fairclough-Dunne, born 30 May 2012, Year 9, Pellworth High School, Tanner's Way, Sedgecombe AC4 9NT",
            ),
            (
                "H",
                "A",
                "Part A: Maya's views, interests and aspirations, and those of her parents",
                "h2",
            ),
            (
                "S",
                "A",
                "Maya enjoys netball as a spectator, baking and spending time with her cousins, and she would like to train as a veterinary nurse.",
            ),
            (
                "p",
                "Her mother, Ms Dunne, wants school to understand that Maya is bright and works very hard, and that she is becoming worn down.",
            ),
            ("H", "B", "Part B: Special educational needs", "h2"),
            ("S", "B", B4_DYS),
            ("p", B4_DCD),
            ("p", [B4_ATT, B4_SELF]),
            ("H", "C", "Part C: Health needs related to SEN", "h2"),
            (
                "S",
                "C",
                "Maya's developmental coordination disorder was diagnosed by the Sedgecombe community paediatric service in 2021.",
            ),
            ("H", "D", "Part D: Social care needs related to SEN or disability", "h2"),
            ("S", "D", "No social care needs have been identified."),
            ("H", "E", "Part E: Outcomes", "h2"),
            (
                "S",
                "E",
                "By the end of Year 10 Maya will read age-appropriate texts accurately enough to follow them in lessons, using text-to-speech where she chooses.",
            ),
            ("p", "By July 2027 Maya's attendance will be at least 95 per cent."),
            ("H", "F", "Part F: Special educational provision", "h2"),
            (
                "S",
                "F",
                "The provision below is made by Pellworth High School from its own resources and from top-up funding, and is arranged by term so that it builds over the year.",
            ),
            ("h", 3, "Autumn term 2026"),
            ("bul", [("F", F4_LIT, True), ("F", F4_OVERLEARN, True), ("F", F4_MENTOR, True)]),
            ("h", 3, "Spring term 2027"),
            ("bul", [("F", F4_LAPTOP, True), ("F", F4_TYPE, False), ("F", F4_OTPROG, True)]),
            ("h", 3, "From the summer term 2027"),
            ("bul", [("F", F4_ARRANG, True), ("F", F4_READER, False)]),
            ("H", "G", "Part G: Health provision", "h2"),
            (
                "S",
                "G",
                "Review by the Sedgecombe children's occupational therapy service at the end of the school year.",
            ),
            (
                "H",
                "H1",
                "Part H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
                "h2",
            ),
            ("S", "H1", "No provision under section 2 is required."),
            ("H", "H2", "Part H2: Any other social care provision", "h2"),
            ("S", "H2", "None identified at present."),
            ("H", "I", "Part I: Placement", "h2"),
            ("S", "I", "Pellworth High School (mainstream, community school, ages 11 to 16)."),
            ("H", "J", "Part J: Personal budget", "h2"),
            ("S", "J", "Not requested."),
            ("H", "K", "Part K: Advice and information", "h2"),
            (
                "S",
                "K",
                "Specialist teacher's report (Mrs Lindqvist, October 2026); occupational therapy report (Mr Osei, October 2026); school advice; parent's views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=ST4,
            footer="Sedgecombe Learning Support Service - Specific Learning Difficulties Team",
            blocks=[
                ("org", "Sedgecombe Learning Support Service"),
                ("title", "Specialist teacher assessment: specific learning difficulties"),
                (
                    "kv",
                    [
                        ("Pupil", "Maya Fairclough-Dunne, Year 9, Pellworth High School"),
                        ("Assessor", "Annika Lindqvist, specialist teacher (AMBDA, APC holder)"),
                        ("Dates", "6 and 13 October 2026"),
                    ],
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        X(
                            "Maya was identified as having dyslexic difficulties in Year 4, and she had small-group phonics support in Years 4 to 6.",
                            "history",
                        ),
                        X(
                            "She made good progress then and left primary school reading at around the level of a ten-year-old.",
                            "history / progress",
                        ),
                    ],
                ),
                (
                    "p",
                    "Since Year 7 the reading demands of her subjects have grown faster than her skills. Her teachers describe her as polite and hard-working, but say that she often produces very little written work and has started to ask to go to the toilet when reading aloud is likely.",
                ),
                ("h", 2, "Results"),
                (
                    "grid",
                    [
                        ["Test", "Standard score", "Percentile", "Comment"],
                        ["WRAT5 word reading", "81", "10", "Below average"],
                        ["WRAT5 spelling", "76", "5", "Well below average"],
                        ["TOWRE-2 sight word efficiency", "74", "4", "Well below average"],
                        ["CTOPP-2 phonological awareness", "85", "16", "Below average"],
                        ["CTOPP-2 rapid naming", "70", "2", "Very weak"],
                        [
                            "DASH handwriting speed (copy fast)",
                            "5 (scaled)",
                            "5",
                            "Slow; writing becomes illegible",
                        ],
                        ["Listening comprehension (WIAT-III)", "108", "70", "Average; a strength"],
                    ],
                    [0.4, 0.18, 0.14, 0.28],
                ),
                (
                    "p",
                    "Standard scores have a mean of 100 and a standard deviation of 15; scores of 85 to 115 lie in the average range.",
                ),
                ("h", 2, "Interpretation"),
                (
                    "p",
                    [
                        N(
                            "Maya reads single words slowly and inaccurately, and her reading of subject texts is effortful enough that she loses the meaning.",
                            "cognition_learning",
                            B4_DYS,
                        ),
                        N(
                            "Her spelling is weak, with many phonetically implausible errors, so that her written work is often hard to read back even for her.",
                            "cognition_learning",
                            B4_DYS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Her rapid naming is very weak, which means she is slow to retrieve words and information under time pressure, and she often runs out of time in tests.",
                            "cognition_learning",
                            None,
                        ),
                        X(
                            "Her listening comprehension is in the average range, and she understood and discussed a Year 9 science text well when it was read to her.",
                            "test result: strength",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Maya said she feels 'thick' compared with her friends, and she is reluctant to accept help in front of others.",
                            "semh",
                            B4_SELF,
                        ),
                        "This reluctance should be taken into account when support is planned; help that singles her out in class is likely to be refused.",
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    "I considered recommending that Maya be withdrawn from a modern foreign language to create time for literacy support. I have not recommended this because she enjoys Spanish and is doing well orally; the time can be found from tutor periods instead.",
                ),
                (
                    "num",
                    [
                        R(
                            "Maya should have a specialist, structured and multisensory literacy programme, delivered by a specialist teacher in sessions of 30 minutes, three times a week, for at least two terms.",
                            "cognition_learning",
                            "less",
                            F4_LIT,
                        ),
                        R(
                            "She should learn to touch-type using a structured programme such as Touch-type Read and Spell, for 15 minutes a day at home or in school, supervised weekly by a teaching assistant.",
                            "sensory_physical",
                            "not_specific",
                            F4_TYPE,
                        ),
                        R(
                            "Maya should have a laptop with assistive software in all lessons, and be taught how to use text-to-speech and speech-to-text.",
                            "cognition_learning",
                            "specific",
                            F4_LAPTOP,
                        ),
                        R(
                            "She should be given a reader for all tests and internal examinations, and should be assessed for GCSE access arrangements during Year 9.",
                            "cognition_learning",
                            "not_specific",
                            F4_READER,
                        ),
                        R(
                            "Subject teachers should provide printed copies of notes and slides so that Maya does not have to copy from the board.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                    ],
                ),
                ("p", "Annika Lindqvist, 20 October 2026. Telephone 01632 960462."),
            ],
        ),
        dict(
            file=OT4,
            footer="Sedgecombe Children's Occupational Therapy - page {n} of {m}",
            blocks=[
                ("org", "Sedgecombe Community Health NHS Trust: Children's Occupational Therapy"),
                ("title", "Occupational therapy advice for EHC needs assessment"),
                (
                    "small",
                    "Maya Fairclough-Dunne (14). Seen in clinic on 9 October 2026 and observed in a PE and a food technology lesson on 14 October 2026. Therapist: Joseph Osei, Occupational Therapist.",
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        X(
                            "Maya was diagnosed with developmental coordination disorder in 2021 and had a block of six occupational therapy sessions in Year 5, which helped with dressing and using cutlery.",
                            "history / resolved difficulty",
                        ),
                        X(
                            "She can now tie her shoelaces and fasten buttons independently.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 2, "Findings"),
                (
                    "p",
                    [
                        N(
                            "Maya's handwriting is slow and becomes illegible after about ten minutes, and she reports aching in her wrist and shoulder.",
                            "sensory_physical",
                            B4_DCD,
                        ),
                        N(
                            "She has difficulty organising her equipment and her bag for the day, often arriving at lessons without what she needs, which leads to detentions.",
                            "sensory_physical",
                            B4_DCD,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "In food technology she struggled to use a knife safely and to follow a sequence of steps, and she was visibly anxious when the teacher moved on.",
                            "sensory_physical",
                            None,
                        ),
                        N(
                            "Maya tires quickly over the school day, and by the afternoon her posture and her written output both deteriorate noticeably.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    "In PE she was reluctant to take part in team games but managed well in the fitness suite, where she could work at her own pace. I do not think she needs an individual programme for PE.",
                ),
                ("h", 2, "Recommendations"),
                (
                    "bul",
                    [
                        R(
                            "A fine motor and organisation programme, set by me and carried out by a teaching assistant, three times a week for 15 minutes.",
                            "sensory_physical",
                            "specific",
                            F4_OTPROG,
                        ),
                        R(
                            "A visual checklist and colour-coded timetable for her equipment each day, checked with her form tutor at morning registration.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        R(
                            "In practical subjects Maya should be given written and pictorial step-by-step instructions and adapted equipment (for example, a knife with an enlarged handle).",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        R(
                            "At home, Maya could practise typing with a free online programme for ten minutes a day.",
                            "sensory_physical",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Joseph Osei, HCPC registered occupational therapist, 23 October 2026."),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
