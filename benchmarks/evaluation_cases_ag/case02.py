# ruff: noqa: E501
"""case-evalag-02: Ellerby Metropolitan Borough Council; Maya Osei-Barnes, 9, Year 4 at a
mainstream junior school. Autistic, masks her anxiety in school, demand avoidance,
sensory sensitivities.

Layout "wave-tiered-provision": lettered section headings, and Section F laid out as a
school's provision map by waves of support: Wave 1 quality-first teaching, Wave 2 targeted
small-group support, Wave 3 individual and specialist support. The plan has no Section K.
Reports: an independent educational psychologist's report (options A and B, a table of
recommendations with a reason column), the council's Autism Outreach Team advice, and an
independent occupational therapist's report with an expected outcome column.
"""

B_SOC = "Maya is autistic. She finds unstructured times, such as break and lunch, difficult and often plays alone or follows one particular friend."
B_MASK = "Maya tends to hide her difficulties in school and may appear to be coping when she is not; her anxiety is often seen at home after school."
B_ANX = "Maya experiences high levels of anxiety, particularly about getting work wrong and about being asked to speak in front of the class."
B_CHANGE = "Changes and transitions are hard for Maya, especially having to stop an activity before she has finished it."
B_ORG = "Maya finds it hard to organise herself and her belongings and to remember routines with several steps."
B_WRIT = "Her written work is much shorter than her spoken ideas would suggest, and she finds it hard to start a piece of writing."
B_HAND = "Her handwriting is slow and she tires quickly."
B_SENS = "She has sensory sensitivities, especially to noise, the feel of some clothing and strong smells in the dining hall."

F_TRAIN = "All staff who teach Maya will attend the Autism Outreach Team's 'Understanding Autism and Anxiety' training by the end of the spring term 2027."
F_STEPS = "Tasks will be broken down into small steps, with a written checklist on Maya's desk for each independent task."
F_LOWDEM = "Use of a low-demand approach where appropriate."
F_EAR = "Ear defenders available to Maya in the hall and the dining room, and the choice of eating lunch in the small group room."
F_LUNCH = "A lunchtime social communication group ('Lunch Bunch'), led by a teaching assistant, twice a week for 25 minutes."
F_ELSA = "Emotional literacy support (ELSA) for 30 minutes every fortnight."
F_KEY = "A named key adult will meet Maya at the classroom door for a five-minute check-in at the start and the end of every school day."
F_HAND = "A handwriting programme delivered by a teaching assistant."
F_TRANS = "Support with transitions."
G_SENS = "The occupational therapist will provide a sensory diet of movement breaks, to be carried out by school staff three times a day."

EP = "independent_ep_report.pdf"
AOT = "autism_outreach_advice.docx"
OT = "independent_ot_report.pdf"


def _h(sid: str, text: str) -> tuple:
    return ("H", sid, text, "h2")


CASE = dict(
    name="case-evalag-02",
    layout="wave-tiered-provision",
    summary=(
        "Ellerby Metropolitan Borough Council; Maya Osei-Barnes, 9, Year 4 at Kettlewick Junior "
        "School (autism, anxiety masked in school, demand avoidance, sensory sensitivities). "
        "Section headings 'Section B - ...'; Section F set out as a provision map by waves "
        "(Wave 1 quality-first teaching, Wave 2 targeted groups, Wave 3 individual support). "
        "No Section K. Independent EP report, council Autism Outreach Team advice, independent OT report."
    ),
    note=(
        "The wave sub-headings inside F are not sections. The OT's sensory diet carried out by "
        "school staff, placed in G, is wrong_section. The plan lists no advice and information: "
        "Section K is missing."
    ),
    plan=dict(
        file="plan.pdf",
        header="Ellerby MBC - Education, Health and Care Plan - OFFICIAL-SENSITIVE",
        footer="Maya Osei-Barnes - final plan issued 2 November 2026 - page {n} of {m}",
        author="Ellerby Metropolitan Borough Council",
        title="EHC plan - Maya Osei-Barnes",
        accent="6B2C5F",
        sans=True,
        blocks=[
            ("org", "Ellerby Metropolitan Borough Council"),
            (
                "small",
                "SEND Statutory Assessment Service, Civic Hall, Ellerby EY1 9ZQ - 01632 960577 - send@ellerby.example.org",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Child", "Maya Osei-Barnes"),
                    ("Date of birth", "3 May 2017"),
                    ("School and year group", "Kettlewick Junior School, Year 4"),
                    ("Plan status", "Final, following annual review (amended)"),
                ],
            ),
            _h("A", "Section A – The views, interests and aspirations of Maya and her family"),
            (
                "S",
                "A",
                "Maya loves drawing animals, especially foxes, and wants to be a vet or an illustrator when she grows up.",
            ),
            (
                "p",
                "Maya's mother says that Maya 'holds it together all day and falls apart when she gets home', and the family would like school to understand the Maya they see at home.",
            ),
            (
                "p",
                "Maya lives with her mother, her stepfather and her brother Kofi, who is 13. The family moved to Ellerby in 2023, when Maya joined Kettlewick Infant School in Year 2.",
            ),
            (
                "p",
                "Maya told us: 'I like it when I know what is going to happen. I don't like it when the teacher shouts at other people because it feels like it's me.'",
            ),
            (
                "p",
                "Maya's hopes for the future: to go to the same secondary school as her friend Lily, to have a dog, and to draw a picture book.",
            ),
            _h("B", "Section B – Special educational needs"),
            (
                "p",
                "Maya is an articulate and imaginative girl with a wide vocabulary. She is working at the expected standard in reading and mathematics. Her needs are described below under the four broad areas of need in the SEND Code of Practice.",
            ),
            ("h", 3, "Communication and interaction"),
            ("S", "B", B_SOC),
            ("h", 3, "Social, emotional and mental health"),
            ("p", [B_MASK, B_ANX]),
            ("p", B_CHANGE),
            ("h", 3, "Cognition and learning"),
            ("p", [B_ORG, B_WRIT]),
            ("h", 3, "Sensory and physical"),
            ("p", [B_SENS, B_HAND]),
            _h("C", "Section C – Health needs related to SEN"),
            (
                "S",
                "C",
                "Maya received a diagnosis of autism from the Ellerby Child Development Service in January 2025. She has mild eczema, managed at home.",
            ),
            _h("D", "Section D – Social care needs related to SEN"),
            ("S", "D", "No social care needs have been identified."),
            _h("E", "Section E – Outcomes"),
            (
                "S",
                "E",
                "By the end of Year 5, Maya will tell her key adult, using words or her feelings card, when she is worried, on most school days.",
            ),
            (
                "p",
                "By the end of Year 5, Maya will start an independent writing task within five minutes, using her checklist.",
            ),
            (
                "p",
                "By July 2027, Maya will take part in a structured lunchtime activity with two other children at least twice a week.",
            ),
            ("pb",),
            (
                "p",
                "Maya's outcomes will be reviewed at her annual review, and short-term steps towards them will be set out in the school's termly support plan.",
            ),
            _h("F", "Section F – Special educational provision"),
            (
                "S",
                "F",
                "Provision is set out below in three waves, as in the school's provision map. Wave 1 describes how teaching in Maya's class will be adapted for her; Waves 2 and 3 describe additional and individual support.",
            ),
            ("h", 3, "Wave 1: Quality-first teaching (adapted for Maya)"),
            (
                "bul",
                [
                    ("F", F_TRAIN, True),
                    ("F", F_STEPS, True),
                    ("F", F_LOWDEM, False),
                    ("F", F_EAR, True),
                ],
            ),
            ("h", 3, "Wave 2: Targeted small-group support"),
            (
                "bul",
                [
                    ("F", F_LUNCH, True),
                    ("F", F_ELSA, True),
                ],
            ),
            ("h", 3, "Wave 3: Individual and specialist support"),
            (
                "bul",
                [
                    ("F", F_KEY, True),
                    ("F", F_HAND, False),
                    ("F", F_TRANS, False),
                ],
            ),
            _h("G", "Section G – Health provision"),
            ("S", "G", G_SENS),
            ("p", "Maya's eczema is managed by her GP; no health provision is required in school."),
            _h(
                "H1",
                "Section H1 – Social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)",
            ),
            ("S", "H1", "Not applicable."),
            _h("H2", "Section H2 – Any other social care provision"),
            ("S", "H2", "Not applicable at this time."),
            _h("I", "Section I – Placement"),
            (
                "S",
                "I",
                "Kettlewick Junior School, Lowfield Road, Kettlewick EY4 2ZD. Type: mainstream community junior school.",
            ),
            _h("J", "Section J – Personal budget"),
            ("S", "J", "No request for a personal budget has been made."),
            (
                "p",
                "Signed on behalf of Ellerby Metropolitan Borough Council: D. Marsh, SEND Team Manager, 2 November 2026.",
            ),
        ],
    ),
    reports=[
        dict(
            file=EP,
            header="Dr Naomi Fairlie, Chartered Educational Psychologist - Psychological report",
            footer="Maya Osei-Barnes - private and confidential - {n}/{m}",
            author="Dr Naomi Fairlie",
            title="Independent educational psychology report",
            blocks=[
                ("org", "Fairlie Psychology Ltd"),
                (
                    "small",
                    "HCPC PYL29517 | 3 The Maltings, Ellerby EY2 8ZW | 01632 960849 | naomi@fairlie-psychology.example.org",
                ),
                ("title", "Independent educational psychology report: Maya Osei-Barnes"),
                (
                    "p",
                    "Prepared at the request of Maya's parents for the appeal against the contents of Maya's EHC plan. Maya was seen at school on 6 October 2026 and at home on 8 October 2026.",
                ),
                ("h", 2, "Qualifications and declaration"),
                (
                    "p",
                    "I am a chartered educational psychologist registered with the Health and Care Professions Council. I worked for a local authority educational psychology service for eleven years before setting up in independent practice in 2019. I understand that my duty in preparing this report is to the Tribunal, and that this duty overrides any obligation to the person who instructed or paid me. I have set out the facts and matters on which my opinions are based, and I have said where a matter is outside my expertise.",
                ),
                ("h", 2, "1. Summary of my opinion"),
                (
                    "p",
                    [
                        (
                            "X",
                            "In my opinion Maya's needs are substantially greater than the plan recognises, because the picture the school sees is the picture Maya works very hard to present.",
                            "opinion on the plan",
                        ),
                        "I agree with the council that a mainstream junior school can meet her needs, provided that the provision below is made.",
                    ],
                ),
                ("h", 2, "2. Assessment"),
                (
                    "grid",
                    [
                        ["WISC-V index", "Standard score", "Percentile", "Range"],
                        ["Verbal Comprehension", "104", "61", "Average"],
                        ["Visual Spatial", "112", "79", "High average"],
                        ["Working Memory", "82", "12", "Low average"],
                        ["Processing Speed", "75", "5", "Very low"],
                    ],
                    [0.4, 0.2, 0.2, 0.2],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Maya's verbal and visual reasoning are in the average to high average range, and her drawing is exceptional for her age.",
                            "strength and test result",
                        ),
                        (
                            "N",
                            "Her speed of processing is very slow, at the 5th percentile, so she needs much longer than her classmates to take in information and to complete written tasks.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Maya has difficulty holding instructions in mind long enough to act on them, and she loses track part-way through tasks with several steps.",
                            "cognition_learning",
                            B_ORG,
                        ),
                        (
                            "N",
                            "Starting written work is a particular barrier: in the lesson I observed she spent eleven minutes arranging her pencil case before writing a title.",
                            "cognition_learning",
                            B_WRIT,
                        ),
                    ],
                ),
                (
                    "p",
                    "I observed Maya in a Year 4 writing lesson. She listened carefully to the introduction and answered a question about the class novel with an inventive, detailed idea. When the class were asked to begin writing, she took out her pencil case, sharpened two pencils, arranged her pens by colour, asked to go to the toilet and, on returning, wrote the date and the title. At the end of the 40-minute lesson she had written two sentences, both of them carefully crossed out.",
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Her class teacher told me that Maya is 'no trouble at all' and 'a lovely, quiet member of the class', which is accurate as far as it goes and is exactly why her needs are overlooked.",
                            "teacher's view quoted",
                        ),
                    ],
                ),
                ("pb",),
                ("h", 2, "3. Social and emotional functioning"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Maya masks her anxiety in school: her teacher rated her within the normal range on the Spence Anxiety Scale, while her parents' ratings were in the clinical range.",
                            "semh",
                            B_MASK,
                        ),
                        (
                            "N",
                            "She has an intense fear of making mistakes and will not attempt a task unless she is sure she can do it perfectly.",
                            "semh",
                            B_ANX,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Maya shows a marked avoidance of everyday demands when she is anxious: a direct instruction such as 'Put your book away now' is often met with refusal, negotiation or her 'shutting down' and not speaking for the rest of the lesson.",
                            "semh",
                            None,
                        ),
                        (
                            "X",
                            "I do not consider that a separate diagnosis of pathological demand avoidance is needed in order to plan for this; what matters is how adults respond.",
                            "opinion on diagnosis",
                        ),
                    ],
                ),
                ("h", 2, "4. The current plan"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Section F currently provides 'Emotional literacy support (ELSA) for 30 minutes every fortnight' and states that adults will use 'a low-demand approach where appropriate'.",
                            "quotation of the current plan",
                        ),
                        (
                            "X",
                            "The first is half of what I consider Maya needs; the second leaves every adult to decide for themselves what it means and when it is appropriate, which is exactly the inconsistency that raises Maya's anxiety.",
                            "argument about the current plan",
                        ),
                    ],
                ),
                (
                    "p",
                    "The council's educational psychology advice of June 2026 described Maya as 'a capable pupil whose anxiety is largely managed in school' and recommended that the plan continue largely unchanged. With respect, that advice was based on a single 45-minute consultation with the school and did not include a direct assessment or any contact with Maya's parents. The difference between the school's ratings and the parents' ratings is not a disagreement about which of them is right; both are accurate, and together they describe a child who is spending all of her resources on appearing to cope.",
                ),
                ("h", 2, "5. Options"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Option A is that Maya stays at Kettlewick Junior School with the provision I recommend below; this is my recommendation.",
                            "option: about placement",
                        ),
                        (
                            "X",
                            "Option B, a place in the autism resource base at Ellerby Park Primary School, was suggested by the family; I considered it carefully but do not recommend it, because Maya's academic ability and her friendship with one classmate are real protective factors.",
                            "option considered and not recommended",
                        ),
                    ],
                ),
                ("h", 2, "6. Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "How often", "Reason"],
                        [
                            (
                                "R",
                                "A key adult, named in the plan, who meets Maya at the classroom door each morning for a five-minute check-in and again at the end of the day.",
                                "semh",
                                "specific",
                                F_KEY,
                            ),
                            "Twice daily",
                            "Gives Maya a safe person to tell about worries she hides from others.",
                        ],
                        [
                            (
                                "R",
                                "Emotional literacy sessions with a trained ELSA, 30 minutes every week for at least 12 weeks, then reviewed.",
                                "semh",
                                "less",
                                F_ELSA,
                            ),
                            "Weekly",
                            "Helps Maya name and rate her feelings before they overwhelm her.",
                        ],
                        [
                            (
                                "R",
                                "Tasks broken into small steps with a written checklist on her desk for each piece of independent work.",
                                "cognition_learning",
                                "specific",
                                F_STEPS,
                            ),
                            "Every lesson",
                            "Reduces the load on working memory.",
                        ],
                        [
                            (
                                "R",
                                "25% extra time for written tasks and tests, with a reduced expectation for the amount of writing.",
                                "cognition_learning",
                                "missing_from_f",
                            ),
                            "All written work",
                            "Reflects her very slow processing speed.",
                        ],
                        [
                            (
                                "R",
                                "Adults to use declarative, low-demand language with Maya, offering two choices ('You could start with the picture or with the title') rather than direct instructions.",
                                "semh",
                                "not_specific",
                                F_LOWDEM,
                            ),
                            "Throughout the day",
                            "Direct demands raise her anxiety and lead to shutdown.",
                        ],
                    ],
                    [0.5, 0.17, 0.33],
                ),
                ("p", "Dr Naomi Fairlie, DEdPsy, CPsychol, 20 October 2026"),
            ],
        ),
        dict(
            file=AOT,
            author="Ellerby Autism Outreach Team",
            title="Autism Outreach Team advice",
            header="Ellerby MBC Inclusion Support Services - Autism Outreach Team",
            blocks=[
                ("org", "Ellerby Autism Outreach Team"),
                ("title", "Advice for EHC plan annual review"),
                (
                    "small",
                    "Pupil: Maya Osei-Barnes, Kettlewick Junior School, Y4. Advice given by Tom Whitlock, Specialist Teacher (Autism), 29 September 2026.",
                ),
                ("h", 2, "Involvement"),
                (
                    "p",
                    [
                        (
                            "X",
                            "The Autism Outreach Team has worked with Kettlewick Junior School since Maya was in Year 3, with four visits in 2025-26.",
                            "history of involvement",
                        ),
                        (
                            "X",
                            "Since our last visit school has introduced a visual timetable and a calm box in class, and Maya now uses both independently.",
                            "support already in place and progress",
                        ),
                    ],
                ),
                ("h", 2, "Observations"),
                (
                    "p",
                    [
                        (
                            "N",
                            "At lunchtime Maya walked the edge of the playground alone for most of the 40 minutes and did not approach any group of children.",
                            "communication_interaction",
                            B_SOC,
                        ),
                        (
                            "N",
                            "She became upset when asked to stop her drawing to line up, and took about ten minutes to settle after the change.",
                            "semh",
                            B_CHANGE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Maya does not seem to notice when she is hungry, thirsty or needs the toilet, and she has had two toileting accidents at school this term.",
                            "sensory_physical",
                            None,
                        ),
                        "School report that the accidents happened on days when she had not used the toilet at break.",
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "num",
                    [
                        (
                            "R",
                            "A lunchtime social group ('Lunch Bunch') with an adult, twice a week, with a structured activity such as a drawing club.",
                            "communication_interaction",
                            "specific",
                            F_LUNCH,
                        ),
                        (
                            "R",
                            "Staff who work with Maya to attend our 'Understanding Autism and Anxiety' training this school year.",
                            "communication_interaction",
                            "specific",
                            F_TRAIN,
                        ),
                        (
                            "R",
                            "Planned reminders for Maya to drink and to use the toilet at set times (start of break and start of lunch), given discreetly by her key adult.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "A transition booklet with photographs of the new classroom and teacher, made with Maya in the summer term before each change of class, and three extra visits to the new classroom.",
                            "semh",
                            "not_specific",
                            F_TRANS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "We have suggested to Maya's parents that a visual calendar at home may help with weekends and school holidays.",
                            "semh",
                            "not_educational",
                        ),
                        (
                            "X",
                            "We will continue to offer the school a termly consultation visit as part of our traded service.",
                            "service's own offer",
                        ),
                    ],
                ),
            ],
        ),
        dict(
            file=OT,
            header="Clearway Occupational Therapy - Independent report",
            footer="Maya Osei-Barnes | Clearway OT | page {n}",
            author="Sian Pritchard",
            title="Independent occupational therapy report",
            blocks=[
                ("org", "Clearway Occupational Therapy"),
                (
                    "small",
                    "Sian Pritchard BSc OT, HCPC OT63018 - Unit 4, Canal Wharf, Ellerby EY3 6ZB - 01632 960305",
                ),
                ("title", "Occupational therapy report: Maya Osei-Barnes"),
                (
                    "p",
                    "Assessed 13 October 2026 at Kettlewick Junior School. Assessments used: Sensory Profile 2 (school and caregiver questionnaires), Movement ABC-2, observation in class and at lunch.",
                ),
                (
                    "p",
                    "I observed Maya at lunchtime as well as in class. She queued for the hall with her hands over her ears, ate a few mouthfuls of her sandwich and asked to go out to the playground after eight minutes. Outside she sat on the edge of the climbing frame and drew in a small notebook.",
                ),
                ("h", 2, "Findings"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Maya is over-responsive to sound and touch: both Sensory Profile 2 questionnaires placed her in the 'much more than others' range for auditory and touch processing.",
                            "sensory_physical",
                            B_SENS,
                        ),
                        (
                            "X",
                            "Her balance and ball skills on the Movement ABC-2 were within the expected range for her age.",
                            "test result: no difficulty",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Maya's handwriting is slow and effortful; she grips the pencil very tightly and said her hand hurt after ten minutes of copying.",
                            "sensory_physical",
                            B_HAND,
                        ),
                        (
                            "N",
                            "Her core stability is poor: she sits slumped at her table or wraps her legs around the chair legs, and she fidgets to keep herself upright, which takes attention away from her work.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Maya's dislike of the PE changing room, noted in her earlier plan, has eased since she was allowed to come to school in her PE kit.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Expected outcome"],
                        [
                            (
                                "R",
                                "A sensory diet of movement breaks, five minutes three times a day (on arrival, after morning break and after lunch), planned by an occupational therapist and delivered by a teaching assistant.",
                                "sensory_physical",
                                "wrong_section",
                                G_SENS,
                                {"section": "G"},
                            ),
                            "Maya is calmer and ready to learn after breaks.",
                        ],
                        [
                            (
                                "R",
                                "Ear defenders in the hall and dining room, and the option of eating lunch in a smaller, quieter room.",
                                "sensory_physical",
                                "specific",
                                F_EAR,
                            ),
                            "Maya eats her lunch and stays in assemblies.",
                        ],
                        [
                            (
                                "R",
                                "Six sessions of 45 minutes from an occupational therapist to set up a handwriting programme, then the programme delivered by a teaching assistant three times a week for 10 minutes, with a writing slope.",
                                "sensory_physical",
                                "not_specific",
                                F_HAND,
                            ),
                            "Maya writes for 15 minutes without pain.",
                        ],
                        [
                            (
                                "R",
                                "A chair and table of the right height, so that her feet are flat on the floor, and a wedge cushion.",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            "Maya sits upright with less fidgeting.",
                        ],
                    ],
                    [0.65, 0.35],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "At home, Maya's parents could build in 'heavy work' such as carrying shopping or pushing a laundry basket before homework.",
                            "sensory_physical",
                            "not_educational",
                        ),
                        (
                            "X",
                            "I considered recommending a weighted blanket for use in school but do not advise it, because the evidence for weighted items in classrooms is weak.",
                            "option considered and not recommended",
                        ),
                    ],
                ),
                ("p", "Sian Pritchard, Occupational Therapist, 22 October 2026"),
            ],
        ),
    ],
)
