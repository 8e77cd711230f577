# ruff: noqa: E501
"""Set AN as data: autistic children aged 9 to 16 with high anxiety and emotionally based
school avoidance, some educated otherwise than at school, with reports from clinical
psychologists, independent speech and language therapists, a council's autism advisory
teacher and home tutors. Every plan names its sections without letters, in four layouts:
gerund-phrase headings, headings with a statutory-status suffix, colon-terminated headings
and the statutory name followed by a plain-English gloss.

Every name, council, school, service and professional is invented. Postcodes use areas that
do not exist and phone numbers are in the 01632 960xxx range. Markers are those of
evaluation_kit.dataset.
"""

ORDER = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]


def _plan(heads: dict, how: str, body: dict) -> list:
    """Each section as its heading (drawn as ``how``) and then its blocks."""
    out: list = []
    for sid in ORDER:
        if sid in heads:
            out.append(("H", sid, heads[sid], how))
            out.extend(body[sid])
    return out


# ---------------------------------------------------------------------------
# case-evalan-01: Brackenridge Metropolitan Borough Council; Ellis Varga, 11, Year 6
# layout "gerund-phrase-headings": each section headed by a verb phrase naming its job.
# ---------------------------------------------------------------------------

PSY1 = "clinical_psychology_report.pdf"
AAT1 = "autism_advisory_report.docx"

B1_ANX = "Ellis is autistic and experiences high levels of anxiety, particularly about the unpredictability of the school day."
B1_ATT = "His attendance has fallen to about 40 per cent and he finds it very hard to enter school in the morning."
B1_SOC = "Ellis finds it difficult to understand what other children mean, especially when they tease or joke."
B1_SENS = "He is sensitive to noise and finds the dining hall and assemblies overwhelming."
B1_WRIT = "Ellis's written work is well below what he can say aloud."

F1_KEY = "A named key adult (a teaching assistant known to Ellis) will meet him at the side gate at 8.40 am every school day and go through a visual plan of his day with him for 10 minutes."
F1_SPACE = "Access to a quiet space when needed."
F1_SOCIAL = "A small-group social communication session of 30 minutes once a week, run by the SENCo using a structured programme."
F1_REINT = "A phased return to a full timetable, reviewed regularly."
F1_TYPE = "Ellis will be taught to touch-type for 20 minutes three times a week by a teaching assistant, and may use a laptop for any piece of writing longer than a paragraph."
F1_AAT = "The Brackenridge Autism Advisory Service will visit school once a term to advise staff."
F1_TRANS = "Six additional transition visits to his secondary school in the summer term 2027, each accompanied by his key adult."
G1_CBT = "Ellis will be offered a course of anxiety-focused CBT adapted for autistic young people by the Brackenridge CAMHS team."
G1_ANXPROG = "The school will deliver an anxiety management programme to Ellis."

CASE_01 = dict(
    name="case-evalan-01",
    layout="gerund-phrase-headings",
    summary=(
        "Brackenridge Metropolitan Borough Council; Ellis Varga, 11, Year 6 at Holmcroft Primary "
        "School (autism, high anxiety, emotionally based school avoidance, noise sensitivity, "
        "written output). No letters: each section is headed by a verb phrase in Word Heading 2 "
        '("Understanding Ellis\'s special educational needs", "Providing health care"). Clinical '
        "psychologist's report (PDF) and the council's autism advisory teacher's report (.docx)."
    ),
    note="The anxiety programme put in G is delivered by school staff: wrong_section. CAMHS CBT in G is health provision.",
    plan=dict(
        file="plan.docx",
        footer="Brackenridge MBC - Education, Health and Care Plan - Ellis Varga - final 3 November 2026",
        blocks=[
            (
                "org",
                "Brackenridge Metropolitan Borough Council - SEND Assessment and Review Service",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Ellis Varga   Date of birth: 14 May 2015   NHS number held on file   Final plan: 3 November 2026",
            ),
            *_plan(
                {
                    "A": "Hearing from Ellis and his family",
                    "B": "Understanding Ellis's special educational needs",
                    "C": "Understanding Ellis's health needs",
                    "D": "Understanding Ellis's social care needs",
                    "E": "Working towards outcomes",
                    "F": "Providing for Ellis's special educational needs",
                    "G": "Providing health care",
                    "H1": "Providing social care under section 2 of the Chronically Sick and Disabled Persons Act 1970",
                    "H2": "Providing other social care",
                    "I": "Naming the school",
                    "J": "Arranging a personal budget",
                    "K": "Listing the advice and information gathered",
                },
                "h2",
                {
                    "A": [
                        (
                            "S",
                            "A",
                            "Ellis likes trains, Minecraft and drawing maps of imaginary cities, and wants to be a railway engineer.",
                        ),
                        (
                            "p",
                            "His mother, Mrs Varga, told us that mornings have become a battle and that she wants Ellis to feel safe enough to go to school without being sick with worry.",
                        ),
                    ],
                    "B": [
                        ("S", "B", B1_ANX),
                        ("p", [B1_ATT, B1_SOC]),
                        ("p", [B1_SENS, B1_WRIT]),
                    ],
                    "C": [
                        (
                            "S",
                            "C",
                            "Ellis has a diagnosis of autism made by the Brackenridge Child Development Centre in 2021; he often has stomach aches on school mornings.",
                        )
                    ],
                    "D": [("S", "D", "Ellis does not have assessed social care needs.")],
                    "E": [
                        (
                            "S",
                            "E",
                            "By the end of Year 6 Ellis will attend school every morning and at least three afternoons a week.",
                        ),
                        (
                            "p",
                            "By July 2027 Ellis will tell an adult when he is becoming anxious, using words or his card.",
                        ),
                    ],
                    "F": [
                        (
                            "S",
                            "F",
                            "Holmcroft Primary School will make the following provision from its notional SEN budget and top-up funding.",
                        ),
                        (
                            "bul",
                            [
                                ("F", F1_KEY, True),
                                ("F", F1_SPACE, False),
                                ("F", F1_SOCIAL, True),
                                ("F", F1_REINT, False),
                                ("F", F1_TYPE, True),
                                ("F", F1_AAT, True),
                                ("F", F1_TRANS, True),
                            ],
                        ),
                    ],
                    "G": [("S", "G", G1_CBT), ("p", G1_ANXPROG)],
                    "H1": [("S", "H1", "Not applicable.")],
                    "H2": [("S", "H2", "None at present.")],
                    "I": [
                        (
                            "S",
                            "I",
                            "Holmcroft Primary School (community primary school) until the end of Year 6; Fellside Academy (academy, secondary) from September 2027.",
                        )
                    ],
                    "J": [("S", "J", "No personal budget has been requested.")],
                    "K": [
                        (
                            "S",
                            "K",
                            "Clinical psychology report (September 2026); autism advisory teacher report (September 2026); school advice (September 2026); parental advice.",
                        )
                    ],
                },
            ),
        ],
    ),
    reports=[
        dict(
            file=PSY1,
            footer="Dr A Okafor, Clinical Psychologist - Ellis Varga - page {n} of {m}",
            blocks=[
                ("org", "Okafor Psychology Practice, 12 Tanner Row, Brackenridge AC9 4QL"),
                ("title", "Clinical psychology report: Ellis Varga"),
                (
                    "small",
                    "Dr Adaeze Okafor, HCPC-registered clinical psychologist. Assessed at home and at school, 8 and 15 September 2026.",
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Ellis attended school happily until Year 4, when a change of class teacher and the move to a larger classroom coincided with the first refusals.",
                            "history",
                        ),
                        (
                            "X",
                            "A period of separation anxiety in Reception resolved within a term and has not returned.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 2, "Assessment"),
                (
                    "p",
                    [
                        (
                            "X",
                            "On the Spence Children's Anxiety Scale Ellis scored in the clinical range for generalised anxiety and in the elevated range for social anxiety; parent ratings were consistent with his own.",
                            "test result",
                        ),
                        (
                            "N",
                            "In my opinion Ellis's anxiety is driven chiefly by uncertainty: when he does not know what will happen next, or who will be teaching him, his anxiety rises quickly and he freezes or tries to leave.",
                            "semh",
                            B1_ANX,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "He also shows marked difficulty in recognising and naming his own emotional states, so that adults usually learn he is distressed only when he is already overwhelmed.",
                            "semh",
                            None,
                        ),
                        (
                            "N",
                            "Ellis masks his anxiety at school for much of the morning and then shuts down completely, often sitting under a table and not speaking for up to an hour.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "It would be a mistake, in my view, to read his low attendance as defiance or as a parenting matter; the pattern is typical of autistic children whose needs for predictability are not being met.",
                        "argued opinion",
                    ),
                ),
                ("h", 2, "Options considered"),
                (
                    "p",
                    (
                        "X",
                        "I considered whether a move to a specialist setting now would help, but a move in Year 6, with secondary transfer a year away, would add a second major change and I do not recommend it.",
                        "option considered and rejected",
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "num",
                    [
                        (
                            "R",
                            "Ellis should be met by the same familiar adult at the same entrance every morning, with a short, predictable check-in about the day ahead.",
                            "semh",
                            "specific",
                            F1_KEY,
                        ),
                        (
                            "R",
                            "He should be taught to recognise and rate his anxiety, through a structured programme such as Zones of Regulation delivered by a trained member of school staff for 20 minutes twice a week.",
                            "semh",
                            "wrong_section",
                            G1_ANXPROG,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "A phased return to a full timetable should be planned with Ellis, adding one afternoon a week at a time and moving on only when he has managed the current step for three weeks.",
                            "semh",
                            "not_specific",
                            F1_REINT,
                        ),
                        (
                            "R",
                            "Ellis would benefit from anxiety-focused CBT adapted for autistic young people, which CAMHS can provide.",
                            "health",
                            "not_educational",
                            G1_CBT,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "At home, his parents should keep the evening routine the same each night and avoid discussing the next school day at bedtime.",
                            "semh",
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "p",
                    "Dr Adaeze Okafor, Clinical Psychologist, 22 September 2026. Telephone 01632 960244.",
                ),
            ],
        ),
        dict(
            file=AAT1,
            blocks=[
                ("org", "Brackenridge Autism Advisory Service"),
                ("title", "Autism advisory teacher report"),
                (
                    "kv",
                    [
                        ("Pupil", "Ellis Varga, Year 6, Holmcroft Primary School"),
                        ("Advisory teacher", "Mr Gareth Pennington"),
                        (
                            "Visits",
                            "Observation 10 September 2026; meeting with SENCo and parent 17 September 2026",
                        ),
                    ],
                ),
                ("h", 2, "What I saw"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Ellis was settled in a maths lesson on coordinates and explained his method clearly to me.",
                            "strength",
                        ),
                        (
                            "N",
                            "During the transition to lunch he covered his ears, walked to the edge of the playground and would not come back into the noisy dining hall.",
                            "sensory_physical",
                            B1_SENS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Ellis takes what peers say literally and became upset when a classmate said he was 'dead slow'; he did not realise it was a joke.",
                            "communication_interaction",
                            B1_SOC,
                        ),
                        (
                            "N",
                            "He produces only two or three lines of handwriting in a 20-minute task, although his spoken ideas are detailed and well organised.",
                            "cognition_learning",
                            B1_WRIT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "He is very anxious about moving to secondary school and asked me four times who his form tutor would be.",
                            "semh",
                            B1_ANX,
                        ),
                        (
                            "N",
                            "Ellis does not yet know how to ask for help in class and will sit without working rather than put his hand up.",
                            "communication_interaction",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "Support already in place"),
                (
                    "grid",
                    [
                        ["Support", "Since", "Comment"],
                        ["Visual timetable on desk", "January 2026", "Used daily; helpful"],
                        [
                            "Exit card",
                            "March 2026",
                            "Rarely used; he does not like to be seen leaving",
                        ],
                        ["Lunch club in library", "April 2026", "Works well on the days it runs"],
                    ],
                    [0.4, 0.2, 0.4],
                ),
                ("h", 2, "Recommendations"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "A low-stimulus room, the same room each day, that Ellis can go to without asking, with a visual signal agreed with him, available throughout the school day.",
                            "sensory_physical",
                            "not_specific",
                            F1_SPACE,
                        ),
                        (
                            "R",
                            "Weekly small-group social communication sessions (about 30 minutes) focused on understanding jokes, teasing and figurative language.",
                            "communication_interaction",
                            "specific",
                            F1_SOCIAL,
                        ),
                        (
                            "R",
                            "Touch-typing instruction, 20 minutes three times a week, and a laptop for extended writing.",
                            "cognition_learning",
                            "specific",
                            F1_TYPE,
                        ),
                        (
                            "R",
                            "At least eight enhanced transition visits to Fellside Academy, beginning in the spring term, with photographs of key staff and rooms made into a book for Ellis.",
                            "semh",
                            "less",
                            F1_TRANS,
                        ),
                        (
                            "R",
                            "Ellis should be taught, with a visual prompt card, to ask for help using an agreed phrase, practised daily with his key adult for five minutes.",
                            "communication_interaction",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "I did not recommend a reduced timetable of mornings only for the rest of the year, as Ellis told me he wants to stay for afternoons when there is art.",
                        "option not recommended",
                    ),
                ),
                (
                    "p",
                    "Gareth Pennington, Specialist Teacher (Autism), 24 September 2026. gareth.pennington@example.org",
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalan-02: Wyvernshire County Council; Nadia Rahimi, 14, educated otherwise than at
# school. Layout "status-suffixed-headings": each heading is the section's name, a dash and
# the legal standing of the section ("legally enforceable", "for information").
# ---------------------------------------------------------------------------

TUT2 = "home_tutor_report.docx"
SLT2 = "independent_salt_report.pdf"
PSY2 = "clinical_psychology_report.docx"

B2_ANX = "Nadia is autistic and has severe anxiety which has prevented her from attending any school since February 2025."
B2_LANG = "She has difficulties with understanding longer spoken explanations and with inference, which are easily missed because her vocabulary is good."
B2_PRAG = "Nadia finds conversation with unfamiliar adults very hard and may not speak at all to someone new."
B2_GAPS = (
    "Nadia has gaps in her learning in mathematics and science because of the time she has missed."
)

F2_TUTOR = "Tuition at home from a qualified teacher for 12 hours a week across 40 weeks of the year, covering English, mathematics and science."
F2_SLT = "Speech and language therapy from a qualified speech and language therapist."
F2_ONLINE = "Access to online learning as appropriate."
F2_MENTOR = "An autism mentor from the Wyvernshire Autism Outreach Team will see Nadia at home for one hour every fortnight to work on recognising and managing her anxiety."
F2_VISITS = "Opportunities to visit community settings."
F2_PLAN = "The tutor will give Nadia a written plan of each session, with the topic and the order of tasks, at the start of every session."
G2_CAMHS = "Nadia remains under the care of Wyvernshire CAMHS for anxiety and low mood; her care coordinator will review her medication every three months."
G2_SLT = "Speech and language therapy to be provided by the NHS community team if capacity allows."

CASE_02 = dict(
    name="case-evalan-02",
    layout="status-suffixed-headings",
    summary=(
        "Wyvernshire County Council; Nadia Rahimi, 14, educated otherwise than at school since "
        "2025 (autism, severe anxiety, language and pragmatic difficulties, gaps in learning). No "
        "letters: each heading is the section's name, a dash and its standing (\"Special educational "
        'provision - legally enforceable"). Home tutor (.docx), independent SALT (PDF), clinical '
        "psychologist (.docx)."
    ),
    note="Speech and language therapy recommended weekly is in F without any amount (not specific); the NHS sentence in G is health provision, not the educational therapy. Section I names no school because provision is made otherwise than in a school.",
    plan=dict(
        file="plan.pdf",
        footer="Wyvernshire County Council | EHC plan | Nadia Rahimi | page {n} of {m}",
        blocks=[
            ("org", "Wyvernshire County Council - Children's Services - SEND"),
            ("title", "Education, Health and Care Plan (final)"),
            (
                "small",
                "Nadia Rahimi   Date of birth: 30 June 2012   Date issued: 12 October 2026   Next annual review due: October 2027",
            ),
            *_plan(
                {
                    "A": "Views, interests and aspirations - for information",
                    "B": "Special educational needs - must be specified",
                    "C": "Health care needs relating to SEN - for information",
                    "D": "Social care needs relating to SEN or disability - for information",
                    "E": "Outcomes - must be specified",
                    "F": "Special educational provision - legally enforceable",
                    "G": "Health care provision - reasonably required",
                    "H1": "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 - legally enforceable",
                    "H2": "Other social care provision - reasonably required",
                    "I": "Name and type of school or other institution - legally enforceable",
                    "J": "Personal budget - for information",
                    "K": "Advice and information obtained - for information",
                },
                "h2",
                {
                    "A": [
                        (
                            "S",
                            "A",
                            "Nadia enjoys baking, Korean dramas and writing fan fiction, which she shares online under a pen name.",
                        ),
                        (
                            "p",
                            "She says she would like to sit GCSEs and one day to study animation, but that she cannot go back into a building with a thousand people.",
                        ),
                    ],
                    "B": [("S", "B", B2_ANX), ("p", [B2_LANG, B2_PRAG]), ("p", B2_GAPS)],
                    "C": [
                        (
                            "S",
                            "C",
                            "Nadia has a diagnosis of autism and an anxiety disorder and takes sertraline prescribed by CAMHS.",
                        )
                    ],
                    "D": [
                        (
                            "S",
                            "D",
                            "No social care needs have been identified; the family is supported by the early help team.",
                        )
                    ],
                    "E": [
                        (
                            "S",
                            "E",
                            "By July 2027 Nadia will work with her tutor for 12 hours a week and complete a GCSE English course.",
                        ),
                        (
                            "p",
                            "By July 2027 Nadia will spend an hour a week in a community setting of her choice.",
                        ),
                    ],
                    "F": [
                        (
                            "S",
                            "F",
                            "Wyvernshire County Council has decided under section 61 of the Children and Families Act 2014 that it would be inappropriate for this provision to be made in a school, and will arrange the following.",
                        ),
                        (
                            "bul",
                            [
                                ("F", F2_TUTOR, True),
                                ("F", F2_PLAN, True),
                                ("F", F2_SLT, False),
                                ("F", F2_ONLINE, False),
                                ("F", F2_MENTOR, True),
                                ("F", F2_VISITS, False),
                            ],
                        ),
                    ],
                    "G": [("S", "G", G2_CAMHS), ("p", G2_SLT)],
                    "H1": [("S", "H1", "None identified.")],
                    "H2": [
                        (
                            "S",
                            "H2",
                            "Early help key worker support for the family, reviewed by the early help team.",
                        )
                    ],
                    "I": [
                        (
                            "S",
                            "I",
                            "No school or other institution is named; Nadia's education will be provided otherwise than in a school, as set out in the provision section.",
                        )
                    ],
                    "J": [
                        (
                            "S",
                            "J",
                            "A personal budget of GBP 2,400 a year by direct payment for Nadia's tuition-related travel and materials.",
                        )
                    ],
                    "K": [
                        (
                            "S",
                            "K",
                            "Home tutor report; independent speech and language therapy report; clinical psychology report; parental views; CAMHS letter.",
                        )
                    ],
                },
            ),
        ],
    ),
    reports=[
        dict(
            file=TUT2,
            blocks=[
                ("org", "Report from Nadia's home tutor"),
                (
                    "kv",
                    [
                        ("Tutor", "Mrs Helen Drabble, qualified teacher (English and humanities)"),
                        ("Hours", "8 hours a week at home since April 2025"),
                        ("Date", "15 September 2026"),
                    ],
                ),
                ("h", 2, "How tuition has gone"),
                (
                    "p",
                    [
                        (
                            "X",
                            "For the first two months Nadia would not come downstairs for sessions and we worked through her bedroom door; she now works at the kitchen table for two hours at a time.",
                            "history and progress",
                        ),
                        (
                            "X",
                            "Her writing is imaginative and technically accurate, and her reading age is above her chronological age.",
                            "strength",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Nadia's knowledge of mathematics is at about a Year 6 level, and she has had almost no science teaching for two years.",
                            "cognition_learning",
                            B2_GAPS,
                        ),
                        (
                            "N",
                            "She becomes very distressed if a session does not go in the order she expects, for example if I bring a different book.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "N",
                        "When she is tired she loses track of spoken instructions part-way through and needs them written down.",
                        "communication_interaction",
                        B2_LANG,
                    ),
                ),
                ("h", 2, "What I would suggest"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "A written session plan at the start of each session so that Nadia knows what is coming.",
                            "semh",
                            "specific",
                            F2_PLAN,
                        ),
                        (
                            "R",
                            "A subject specialist for mathematics and science for at least four hours a week, as I am not able to teach these to GCSE.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                        (
                            "X",
                            "I have thought about whether Nadia could join an online school full time, but she would not turn her camera on and I do not think it would suit her now.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("p", "Helen Drabble, home tutor, 01632 960517."),
            ],
        ),
        dict(
            file=SLT2,
            footer="Clearspeak Therapy Ltd - Nadia Rahimi - page {n} of {m}",
            blocks=[
                (
                    "org",
                    "Clearspeak Therapy Ltd, independent speech and language therapy, Orchard House, Fenbury KB12 8WN",
                ),
                ("title", "Speech and language therapy report"),
                (
                    "small",
                    "Therapist: Ms Rosalind Achebe, BSc (Hons), MRCSLT, HCPC. Assessed at home on 2 and 9 September 2026.",
                ),
                ("h", 2, "Assessment results"),
                (
                    "grid",
                    [
                        ["Test", "Score", "What this means"],
                        [
                            "CELF-5 Understanding Spoken Paragraphs",
                            "Scaled score 5",
                            "Below average; loses the thread of longer talk",
                        ],
                        ["CELF-5 Word Classes", "Scaled score 11", "Average"],
                        [
                            "Test of Problem Solving 2 (adolescent)",
                            "Standard score 78",
                            "Difficulty with inference and explaining reasons",
                        ],
                    ],
                    [0.4, 0.2, 0.4],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Nadia's vocabulary and sentence structure are age-appropriate, and in a familiar setting she talks fluently about her interests.",
                            "strength",
                        ),
                        (
                            "N",
                            "She has a significant difficulty in understanding extended spoken information, such as a teacher's explanation of a new topic, and in working out what is implied rather than said.",
                            "communication_interaction",
                            B2_LANG,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "In conversation Nadia finds it hard to repair a misunderstanding; she tends to withdraw rather than ask what someone meant.",
                            "communication_interaction",
                            None,
                        ),
                        (
                            "N",
                            "With unfamiliar adults she may not speak at all, which her mother describes as 'going blank'.",
                            "communication_interaction",
                            B2_PRAG,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "I do not consider that Nadia has a selective mutism diagnosis; her silence is situational and linked to autistic anxiety rather than to a fixed pattern across settings.",
                        "differential opinion",
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "num",
                    [
                        (
                            "R",
                            "Direct speech and language therapy, at home, for 45 minutes weekly for 30 weeks, focusing on comprehension of extended talk, inference and conversational repair.",
                            "communication_interaction",
                            "not_specific",
                            F2_SLT,
                        ),
                        (
                            "R",
                            "The therapist should train Nadia's tutor (two one-hour sessions in the first term) so that the strategies are used in every lesson.",
                            "communication_interaction",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "Key information in lessons should be given in writing as well as spoken, with new vocabulary listed at the start.",
                            "communication_interaction",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    "Rosalind Achebe, Specialist Speech and Language Therapist, 18 September 2026.",
                ),
            ],
        ),
        dict(
            file=PSY2,
            blocks=[
                ("org", "Dr Martin Lowther, Consultant Clinical Psychologist"),
                ("title", "Psychological advice for the EHC needs assessment"),
                (
                    "small",
                    "Nadia Rahimi, 14. Seen at home on three occasions, August to September 2026.",
                ),
                ("h", 2, "Formulation"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Nadia's anxiety is pervasive and is strongly linked to crowded, noisy and unpredictable environments; any suggestion of a school building brings on panic symptoms.",
                            "semh",
                            B2_ANX,
                        ),
                        (
                            "N",
                            "She also has persistent low mood, says she is 'useless', and has withdrawn from friends she used to see online.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "In my opinion the previous attempt at a reintegration timetable in early 2025 failed because it increased the demand faster than Nadia's tolerance, and each failed attempt has strengthened her belief that school is unsafe.",
                        "argued opinion about history",
                    ),
                ),
                (
                    "p",
                    (
                        "X",
                        "Nadia's parents have been consistent and supportive, and I see no evidence that parenting has contributed to her non-attendance.",
                        "comment",
                    ),
                ),
                ("h", 2, "Options"),
                (
                    "p",
                    (
                        "X",
                        "A specialist autism school with small classes was considered; Nadia was unable to get out of the car on a visit in June, and I advise against naming a school at present.",
                        "option considered and rejected",
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "Regular sessions with an autism-informed mentor, at least fortnightly, to build a shared language for her anxiety and plan small steps.",
                            "semh",
                            "specific",
                            F2_MENTOR,
                        ),
                        (
                            "R",
                            "Graded exposure to community settings, planned with Nadia, starting with a quiet library or cafe for 30 minutes weekly with her tutor.",
                            "semh",
                            "not_specific",
                            F2_VISITS,
                        ),
                        (
                            "R",
                            "Nadia's tutoring should rise to at least 15 hours a week by the spring term so that she can follow a full GCSE programme.",
                            "cognition_learning",
                            "less",
                            F2_TUTOR,
                        ),
                        (
                            "R",
                            "CAMHS should continue to review her medication and mood.",
                            "health",
                            "not_educational",
                            G2_CAMHS,
                            {"section": "G"},
                        ),
                    ],
                ),
                ("p", "Dr Martin Lowther, 20 September 2026."),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalan-03: Sallowford Borough Council; Tobias Quayle, 9, Year 4. Layout
# "colon-terminated-headings": each section's statutory name in bold on its own line,
# ending with a colon, as in an older Word template. The personal budget section is absent.
# ---------------------------------------------------------------------------

SLT3 = "salt_report.docx"
AAT3 = "autism_advisory_report.pdf"

B3_ANX = "Tobias is autistic and becomes highly anxious at school, particularly at the start of the day and when there are changes to routine."
B3_ATT = "He has missed a large part of Year 4 because of anxiety and currently attends for about half of the school week."
B3_LANG = "Tobias has a language disorder affecting his understanding of sentences with more than one instruction and his ability to tell events in order."
B3_SENS = "He has sensory sensitivities to noise, smells and touch."

F3_SALT = "A speech and language programme written by the independent speech and language therapist and delivered by a teaching assistant for 15 minutes three times a week, with the therapist reviewing it once a term."
F3_MORNING = "A soft start each morning: Tobias will arrive at 8.30 am, 15 minutes before other pupils, and spend that time with his key adult in the library doing a calm activity of his choice."
F3_VISUAL = "Use of visual supports throughout the day."
F3_SENSORY = "Sensory breaks as required."
F3_INSTRUCT = "Adults will give Tobias one instruction at a time, and will check his understanding by asking him to show or tell them what he will do first."
F3_TRAIN = "Whole-staff autism awareness training."
H2_3 = "The school will run a weekly small-group emotional literacy session for Tobias of 30 minutes, led by the ELSA-trained teaching assistant."

CASE_03 = dict(
    name="case-evalan-03",
    layout="colon-terminated-headings",
    summary=(
        "Sallowford Borough Council; Tobias Quayle, 9, Year 4 at St Aldric's CE Primary School "
        "(autism, anxiety and partial school attendance, language disorder, sensory sensitivity). "
        "No letters: each section is its statutory name in bold on its own line ending with a colon "
        '("Special educational provision:"). The personal budget section is absent. Independent '
        "SALT (.docx) and autism advisory teacher (PDF)."
    ),
    note="The emotional literacy group run by school staff stands under other social care provision: wrong_section. There is no personal budget section: section_missing J.",
    plan=dict(
        file="plan.docx",
        footer="Sallowford Borough Council - EHCP - Tobias Quayle - issued 26 October 2026",
        blocks=[
            ("org", "Sallowford Borough Council"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Tobias Quayle"),
                    ("Date of birth", "9 January 2017"),
                    ("School", "St Aldric's CE Primary School, Year 4"),
                    ("Plan status", "Final, issued 26 October 2026"),
                ],
            ),
            *_plan(
                {
                    "A": "The views, interests and aspirations of Tobias and his parents:",
                    "B": "Special educational needs:",
                    "C": "Health care needs which relate to his special educational needs:",
                    "D": "Social care needs which relate to his special educational needs or disability:",
                    "E": "Outcomes sought:",
                    "F": "Special educational provision:",
                    "G": "Health care provision:",
                    "H1": "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970:",
                    "H2": "Other social care provision:",
                    "I": "Name and type of school:",
                    "K": "Advice and information:",
                },
                "b",
                {
                    "A": [
                        (
                            "S",
                            "A",
                            "Tobias loves dinosaurs, Lego and his dog Biscuit; he says school is 'too loud and too much'.",
                        ),
                        (
                            "p",
                            "His parents would like him to go to school every day without crying and to have one good friend.",
                        ),
                    ],
                    "B": [("S", "B", B3_ANX), ("p", B3_ATT), ("p", [B3_LANG, B3_SENS])],
                    "C": [
                        (
                            "S",
                            "C",
                            "Tobias was diagnosed with autism in 2023 by the Sallowford community paediatric service; he has eczema.",
                        )
                    ],
                    "D": [("S", "D", "None identified.")],
                    "E": [
                        (
                            "S",
                            "E",
                            "By July 2027 Tobias will attend school for at least eight of the ten sessions each week.",
                        ),
                        (
                            "p",
                            "By July 2027 Tobias will follow a two-part instruction in class without an adult repeating it.",
                        ),
                    ],
                    "F": [
                        ("S", "F", ("F", F3_MORNING, True)),
                        (
                            "bul",
                            [
                                ("F", F3_SALT, True),
                                ("F", F3_VISUAL, False),
                                ("F", F3_SENSORY, False),
                                ("F", F3_INSTRUCT, True),
                                ("F", F3_TRAIN, False),
                            ],
                        ),
                    ],
                    "G": [("S", "G", "Tobias's eczema will continue to be managed by his GP.")],
                    "H1": [("S", "H1", "None.")],
                    "H2": [("S", "H2", H2_3)],
                    "I": [
                        (
                            "S",
                            "I",
                            "St Aldric's CE Primary School, voluntary aided mainstream primary school.",
                        )
                    ],
                    "K": [
                        (
                            "S",
                            "K",
                            "Independent speech and language therapy report, September 2026; autism advisory teacher report, September 2026; educational advice from the school; parental contribution.",
                        )
                    ],
                },
            ),
        ],
    ),
    reports=[
        dict(
            file=SLT3,
            blocks=[
                ("org", "Brightwords Speech and Language Therapy (independent practice)"),
                ("title", "Speech and language therapy assessment"),
                (
                    "kv",
                    [
                        ("Child", "Tobias Quayle, 9"),
                        ("Therapist", "Ms Catriona Mbeki, HCPC, MRCSLT"),
                        ("Seen", "At school, 11 September 2026, and at home, 14 September 2026"),
                    ],
                ),
                ("h", 2, "Findings"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Tobias's speech sounds are clear; the lisp noted by the NHS service in 2022 has resolved.",
                            "resolved difficulty",
                        ),
                        (
                            "X",
                            "On the CELF-5 his receptive language index was 72 and his expressive index 79, both below the average range.",
                            "test result",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Tobias struggled to follow instructions with two or three parts, especially with words about time and order such as 'before' and 'after'.",
                            "communication_interaction",
                            B3_LANG,
                        ),
                        (
                            "N",
                            "When retelling a story his account was short and out of sequence, and he could not say why a character felt as they did.",
                            "communication_interaction",
                            B3_LANG,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "N",
                        "He has a limited vocabulary for feelings and tends to describe every uncomfortable state as 'angry'.",
                        "communication_interaction",
                        None,
                    ),
                ),
                (
                    "p",
                    (
                        "X",
                        "I believe that much of Tobias's distress in class comes from not understanding what is being asked of him, and that better support for his language would reduce his anxiety as well; the two cannot sensibly be separated.",
                        "argued reasoning",
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "Direct therapy from a speech and language therapist for 30 minutes weekly for a block of 12 weeks, followed by a programme delivered by a trained teaching assistant three times a week.",
                            "communication_interaction",
                            "less",
                            F3_SALT,
                        ),
                        (
                            "R",
                            "Instructions to be given one step at a time, with a check that Tobias has understood.",
                            "communication_interaction",
                            "specific",
                            F3_INSTRUCT,
                        ),
                        (
                            "R",
                            "Pre-teaching of topic vocabulary for 10 minutes before each new topic in science and humanities.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "At home, his parents could use a feelings thermometer at bedtime to talk about the day.",
                            "semh",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Catriona Mbeki, 20 September 2026. catriona.mbeki@example.org"),
            ],
        ),
        dict(
            file=AAT3,
            footer="Sallowford Specialist Teaching Service - Autism - confidential",
            blocks=[
                ("org", "Sallowford Specialist Teaching Service - Autism"),
                ("title", "Advice from the autism advisory teacher"),
                (
                    "small",
                    "Pupil: Tobias Quayle, Year 4. Advisory teacher: Mrs Yvonne Castellano. Visit: 16 September 2026.",
                ),
                ("h", 2, "Observation and discussion"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Tobias arrived at 9.20 am after a difficult morning at home, according to his mother, and took 25 minutes to come into class from the car park.",
                            "observation narrative",
                        ),
                        (
                            "N",
                            "His attendance this term is 52 per cent, and most of the missed sessions are mornings when he could not be persuaded to leave the car.",
                            "semh",
                            B3_ATT,
                        ),
                        (
                            "N",
                            "He is most anxious at the point of separation from his mother at the school gate and in the first half hour of the day.",
                            "semh",
                            B3_ANX,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Tobias put his hands over his ears in the hall and refused to eat in the dining room because of the smell.",
                            "sensory_physical",
                            B3_SENS,
                        ),
                        (
                            "N",
                            "He rarely joins other children at playtime and wanders along the fence, and told me that nobody likes him.",
                            "communication_interaction",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "N",
                        "Tobias's difficulties with identifying and managing his emotions lead to sudden meltdowns, on average twice a week, usually after unstructured times.",
                        "semh",
                        None,
                    ),
                ),
                ("h", 2, "What the school already does"),
                (
                    "p",
                    (
                        "X",
                        "The class teacher already uses a now-and-next board and the school has let Tobias wear ear defenders in assembly since the spring, which he says helps.",
                        "support already in place",
                    ),
                ),
                ("h", 2, "Advice"),
                (
                    "num",
                    [
                        (
                            "R",
                            "A quiet, planned start to the day with a familiar adult before the other pupils arrive.",
                            "semh",
                            "specific",
                            F3_MORNING,
                        ),
                        (
                            "R",
                            "A weekly emotional literacy session with a trained ELSA, in a small group of no more than three pupils, for 30 minutes.",
                            "semh",
                            "wrong_section",
                            H2_3,
                            {"section": "H2"},
                        ),
                        (
                            "R",
                            "A structured playtime club or buddy system at lunchtime, supervised by an adult, on at least three days a week.",
                            "communication_interaction",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "Timetabled sensory breaks of five minutes after each lesson, in a place agreed with Tobias.",
                            "sensory_physical",
                            "not_specific",
                            F3_SENSORY,
                        ),
                        (
                            "R",
                            "All staff who teach Tobias should attend the council's half-day autism and anxiety training this academic year.",
                            "semh",
                            "not_specific",
                            F3_TRAIN,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "A part-time timetable was discussed with the school and parents and not recommended, because Tobias already misses half of his sessions and a formal reduction could become permanent.",
                        "option considered and rejected",
                    ),
                ),
                (
                    "p",
                    "Yvonne Castellano, Advisory Teacher for Autism, 23 September 2026. Telephone 01632 960382.",
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalan-04: Kestonbury City Council; Poppy Ashworth-Lane, 16, Year 11, educated
# otherwise than at school. Layout "statutory-name-dash-plain-gloss": each heading is the
# section's statutory name, an en dash and a plain-English gloss of what it holds.
# ---------------------------------------------------------------------------

TUT4 = "home_tutor_report.pdf"
PSY4 = "clinical_psychology_report.docx"
SLT4 = "independent_salt_report.docx"

B4_ANX = "Poppy is autistic and has high anxiety, including panic attacks, which have stopped her attending school since Year 9."
B4_DEMAND = "She finds direct requests and deadlines very stressful and may shut down or leave the room when pressure builds."
B4_FATIGUE = (
    "Poppy tires quickly and can concentrate for about 40 minutes before she needs a break."
)
B4_LANG = "Poppy has difficulty putting her ideas into structured spoken and written answers, especially under time pressure."

F4_TUTOR = "Tuition from two qualified teachers at home and at the Kestonbury Central Library study room, for 15 hours a week in total across 39 weeks, in English language, mathematics, biology and art."
F4_BREAKS = "Each tutoring session will be planned in blocks of no more than 40 minutes, with a 10-minute break between blocks."
F4_EXAMS = "Exam access arrangements."
F4_SLT = "Direct speech and language therapy from an independent therapist for 45 minutes every fortnight during term time, focused on structuring spoken and written answers."
F4_CAREERS = "Careers guidance."
F4_LANG = "Use of a demand-reducing communication style by all adults who work with Poppy."
G4_PSY = "Poppy will continue to see the clinical psychologist from the Kestonbury Neurodevelopmental Service for 12 sessions of adapted CBT for panic, funded by the integrated care board."
G4_MENTOR = "A transition mentor from the college will meet Poppy weekly from April 2027 to prepare her for college."

CASE_04 = dict(
    name="case-evalan-04",
    layout="statutory-name-dash-plain-gloss",
    summary=(
        "Kestonbury City Council; Poppy Ashworth-Lane, 16, Year 11, educated otherwise than at "
        "school since Year 9 (autism, high anxiety with panic, demand avoidance, fatigue, expressive "
        "language). No letters: each heading is the statutory name, an en dash and a plain gloss "
        '("Special educational provision \u2013 the help Poppy must get"). Home tutor (PDF), clinical '
        "psychologist (.docx), independent SALT (.docx)."
    ),
    note="The college transition mentor in G is educational support by college staff: wrong_section. Adapted CBT for panic funded by health stands rightly in G.",
    plan=dict(
        file="plan.pdf",
        footer="Kestonbury City Council - EHC plan for Poppy Ashworth-Lane - {n} of {m}",
        blocks=[
            ("org", "Kestonbury City Council - Special Educational Needs and Disability Service"),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Poppy Ashworth-Lane   Born 21 March 2010   Final plan issued 30 September 2026   Phase transfer review due by 31 March 2027",
            ),
            *_plan(
                {
                    "A": "Views, interests and aspirations \u2013 what matters to Poppy",
                    "B": "Special educational needs \u2013 what Poppy finds hard in learning",
                    "C": "Health needs \u2013 health conditions that affect her learning",
                    "D": "Social care needs \u2013 support the family may need",
                    "E": "Outcomes \u2013 what we want Poppy to achieve",
                    "F": "Special educational provision \u2013 the help Poppy must get",
                    "G": "Health provision \u2013 what the health services will do",
                    "H1": "Social care provision (section 2, Chronically Sick and Disabled Persons Act 1970) \u2013 services for disabled children",
                    "H2": "Other social care provision \u2013 any other help from social care",
                    "I": "Placement \u2013 the school, college or other arrangement",
                    "J": "Personal budget \u2013 money the family can manage",
                    "K": "Advice and information \u2013 the reports this plan is based on",
                },
                "h2",
                {
                    "A": [
                        (
                            "S",
                            "A",
                            "Poppy is a talented artist who draws manga-style characters and wants to study art and design at college.",
                        ),
                        (
                            "p",
                            "Her father says Poppy is funny and kind at home and that the family want her to have qualifications and a future she chooses.",
                        ),
                    ],
                    "B": [("S", "B", B4_ANX), ("p", B4_DEMAND), ("p", [B4_FATIGUE, B4_LANG])],
                    "C": [
                        (
                            "S",
                            "C",
                            "Poppy was diagnosed with autism in 2022 and with panic disorder in 2024; she has hypermobility and some joint pain.",
                        )
                    ],
                    "D": [
                        (
                            "S",
                            "D",
                            "Poppy does not have social care needs; her parents have been offered a carers' assessment.",
                        )
                    ],
                    "E": [
                        (
                            "S",
                            "E",
                            "By July 2027 Poppy will sit GCSEs in English language, mathematics, biology and art.",
                        ),
                        (
                            "p",
                            "By September 2027 Poppy will start a level 2 art course at Kestonbury College.",
                        ),
                    ],
                    "F": [
                        (
                            "S",
                            "F",
                            "Kestonbury City Council has agreed under section 61 of the Children and Families Act 2014 that Poppy's education will be arranged otherwise than in a school.",
                        ),
                        (
                            "bul",
                            [
                                ("F", F4_TUTOR, True),
                                ("F", F4_BREAKS, True),
                                ("F", F4_EXAMS, False),
                                ("F", F4_SLT, True),
                                ("F", F4_LANG, False),
                                ("F", F4_CAREERS, False),
                            ],
                        ),
                    ],
                    "G": [("S", "G", G4_PSY), ("p", G4_MENTOR)],
                    "H1": [
                        ("S", "H1", "No services have been assessed as necessary under this Act.")
                    ],
                    "H2": [
                        (
                            "S",
                            "H2",
                            "None at present; to be reconsidered at the phase transfer review.",
                        )
                    ],
                    "I": [
                        (
                            "S",
                            "I",
                            "Education otherwise than in a school, arranged by Kestonbury City Council, until the end of Year 11.",
                        )
                    ],
                    "J": [("S", "J", "Poppy's parents have not requested a personal budget.")],
                    "K": [
                        (
                            "S",
                            "K",
                            "Home tutor report (August 2026); clinical psychology report (August 2026); speech and language therapy report (July 2026); parental views.",
                        )
                    ],
                },
            ),
        ],
    ),
    reports=[
        dict(
            file=TUT4,
            footer="Tutor report - Poppy Ashworth-Lane - page {n}",
            blocks=[
                ("org", "Report from Poppy's home tutor"),
                (
                    "small",
                    "Mr Kwame Fitzgerald, qualified teacher (mathematics and science). Tutoring Poppy since October 2024. Written 28 August 2026.",
                ),
                ("h", 2, "Progress"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Poppy has moved from refusing to open her books to completing past paper questions, and she is on track for a grade 5 in biology.",
                            "progress",
                        ),
                        (
                            "X",
                            "When we began she would only work by email; since Easter she has worked face to face every session.",
                            "history and progress",
                        ),
                    ],
                ),
                ("h", 2, "Current difficulties"),
                (
                    "p",
                    [
                        (
                            "N",
                            "If I set a deadline or say 'you need to finish this', Poppy often stops working altogether and may leave the table.",
                            "semh",
                            B4_DEMAND,
                        ),
                        (
                            "N",
                            "She is exhausted after about 40 minutes and her work then falls apart.",
                            "sensory_physical",
                            B4_FATIGUE,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "N",
                        "Poppy's mathematics is about two years behind, mainly in algebra, which she missed entirely in Years 8 and 9.",
                        "cognition_learning",
                        None,
                    ),
                ),
                ("h", 2, "Suggestions"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "Keep sessions in short blocks with a break between them.",
                            "semh",
                            "specific",
                            F4_BREAKS,
                        ),
                        (
                            "R",
                            "Poppy should sit her exams at home or in the library study room, with 25 per cent extra time and rest breaks, and the council should apply for these arrangements by January.",
                            "semh",
                            "not_specific",
                            F4_EXAMS,
                        ),
                        (
                            "R",
                            "An extra two hours a week of mathematics tuition focused on algebra until the exams.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                    ],
                ),
                ("p", "Kwame Fitzgerald, 01632 960693."),
            ],
        ),
        dict(
            file=PSY4,
            blocks=[
                ("org", "Kestonbury Neurodevelopmental Service - Psychology"),
                ("title", "Clinical psychology report"),
                (
                    "kv",
                    [
                        ("Young person", "Poppy Ashworth-Lane, 16"),
                        ("Psychologist", "Dr Imogen Whitlow, Clinical Psychologist"),
                        ("Date", "19 August 2026"),
                    ],
                ),
                ("h", 2, "Formulation"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Poppy's panic attacks are triggered by crowded places, unexpected demands and the thought of school buildings, and she avoids these situations.",
                            "semh",
                            B4_ANX,
                        ),
                        (
                            "N",
                            "She has a strong need to feel in control, and any instruction phrased as a demand tends to increase her anxiety and avoidance.",
                            "semh",
                            B4_DEMAND,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Her panic attacks have reduced from several a week to about two a month since she began adapted CBT in March.",
                            "progress",
                        ),
                        (
                            "N",
                            "Poppy is extremely anxious about the move to college next year and about meeting new staff and students.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "I have considered whether Poppy's presentation meets the description some clinicians call pathological demand avoidance; I have not used that label, because her avoidance is well explained by anxiety and autism, and the label would not change what she needs.",
                        "option considered and rejected",
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "num",
                    [
                        (
                            "R",
                            "All adults working with Poppy should use declarative, low-demand language (for example 'I wonder if...') rather than direct instructions, and should be shown how by a specialist in a two-hour training session.",
                            "semh",
                            "not_specific",
                            F4_LANG,
                        ),
                        (
                            "R",
                            "A planned transition to college, with a named mentor from the college meeting Poppy weekly from the spring term and at least four visits before she starts.",
                            "semh",
                            "wrong_section",
                            G4_MENTOR,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "Poppy should complete her course of adapted CBT for panic with this service.",
                            "health",
                            "not_educational",
                            G4_PSY,
                            {"section": "G"},
                        ),
                    ],
                ),
                ("p", "Dr Imogen Whitlow, Clinical Psychologist, HCPC registered."),
            ],
        ),
        dict(
            file=SLT4,
            blocks=[
                ("org", "Talkwell Independent Speech and Language Therapy"),
                ("title", "Speech and language therapy report"),
                (
                    "small",
                    "Poppy Ashworth-Lane. Therapist: Mr Dominic Ferreira, HCPC, MRCSLT. Assessment 20 and 27 July 2026 at home.",
                ),
                ("h", 2, "Assessment"),
                (
                    "p",
                    [
                        (
                            "X",
                            "On the CELF-5 Poppy's receptive language score was within the average range (standard score 94).",
                            "test result",
                        ),
                        (
                            "N",
                            "Her expressive language score was 76, and she had particular difficulty formulating sentences and giving organised explanations.",
                            "communication_interaction",
                            B4_LANG,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Under time pressure Poppy's written answers become short lists of fragments, and she loses marks for not explaining her reasoning.",
                            "communication_interaction",
                            B4_LANG,
                        ),
                        (
                            "N",
                            "Poppy has difficulty reading others' intentions in group conversation and has said she 'never knows when to talk'.",
                            "communication_interaction",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "Direct therapy for 45 minutes weekly during term time, targeting the structure of spoken and written explanations, using her GCSE subjects as material.",
                            "communication_interaction",
                            "less",
                            F4_SLT,
                        ),
                        (
                            "R",
                            "Writing frames and sentence starters for extended answers in every subject, provided by her tutors.",
                            "communication_interaction",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "Group therapy was considered but not recommended, as Poppy would not attend a group and the anxiety would prevent her from learning in it.",
                        "option not recommended",
                    ),
                ),
                ("p", "Dominic Ferreira, 2 August 2026, dominic.ferreira@example.org"),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
