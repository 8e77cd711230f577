# ruff: noqa: E501
"""Set J as data: provision tied to outcomes, sections found by name alone, B and F merged.

Every name, council, school, service and professional is invented. Postcodes use areas
that do not exist (JQ, QJ), phone numbers are in the 01632 960xxx range and e-mail
addresses are at example.org. Markers are those of evaluation_kit.dataset.
"""

# ---------------------------------------------------------------------------
# case-evalj-01: Harlowmoor City Council; Tyler Godwin, 13, Year 8
# layout "provision-table-outcome-column": F is one table Outcome | Provision | Who | How often.
# ---------------------------------------------------------------------------

B1_ATT = "Tyler has ADHD; he finds it very hard to sit still, to wait his turn and to stay on task for more than a few minutes."
B1_IMP = "He acts on impulse, shouting out or leaving his seat, and this often leads to sanctions."
B1_EMO = "Tyler has low self-esteem and can become angry very quickly when he feels he is being criticised."
B1_READ = "His reading age is about 9 years, and his spelling is weak."
B1_ORG = "He loses equipment and homework and struggles to organise himself between lessons."
B1_PEER = "Tyler finds friendships difficult and has fallen out with most of his tutor group."

F1_MENTOR = "Daily mentor meetings"
F1_MOVE = "Movement breaks"
F1_GROUP = "Social skills group"
F1_BASE = "Access to the learning support base"
F1_READ = "Reading intervention"
F1_ORG = "Organisation checklist"
F1_HOMEWORK = "Homework club"
G1_NURSE = "The CAMHS ADHD nurse will review Tyler's medication every three months."

OUT1_BEH = "Tyler will manage his day with no more than two behaviour points a week by July 2026."
OUT1_READ = "Tyler will have a reading age of 11 by July 2026."
OUT1_FRIEND = "Tyler will have at least one friend he spends break with by July 2026."

EP1 = "ep_report.docx"
ADHD1 = "adhd_nurse_letter.pdf"
SPT1 = "specialist_teacher_report.pdf"

CASE_01 = dict(
    name="case-evalj-01",
    layout="provision-table-outcome-column",
    summary=(
        "Harlowmoor City Council; Tyler Godwin, 13, Year 8 at Kingsmead Academy (ADHD, impulsivity, anger, "
        "reading and spelling, organisation, friendships). Section F is one table with columns Outcome | "
        "Provision | Who | How often; the outcome cells repeat Section E. The EP report gives its advice "
        'inside narrative with no recommendations heading, in the third person ("Tyler will have ..."); '
        "an ADHD nurse's letter; a specialist teacher's report with a Recommendation | Frequency | Outcome table."
    ),
    note="F is one table; the Outcome column repeats Section E's outcomes and holds no provision. f_provisions.text is the Provision cell; specificity is judged on the row.",
    plan=dict(
        file="plan.docx",
        footer="Harlowmoor City Council \u2013 EHCP \u2013 Tyler Godwin",
        blocks=[
            ("org", "Harlowmoor City Council \u2013 Inclusion and SEND"),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Name: Tyler Godwin   Date of birth: 19 February 2013   Date of final plan: 9 January 2026",
            ),
            ("H", "A", "Section A: Tyler's views, interests and aspirations", "h2"),
            ("S", "A", "Tyler wants to be a professional footballer or a PE teacher."),
            ("p", "His mother wants school to see the good in him and to stop sending him home."),
            ("H", "B", "Section B: Special educational needs", "h2"),
            ("S", "B", B1_ATT),
            ("p", [B1_IMP, B1_EMO]),
            ("p", [B1_READ, B1_ORG, B1_PEER]),
            ("H", "C", "Section C: Health needs", "h2"),
            ("S", "C", "Tyler takes medication for ADHD each morning."),
            ("H", "D", "Section D: Social care needs", "h2"),
            ("S", "D", "The family has support from an early help worker."),
            ("H", "E", "Section E: Outcomes", "h2"),
            (
                "S",
                "E",
                "These outcomes were agreed with Tyler and his mother at the planning meeting on 2 December 2025.",
            ),
            ("p", OUT1_BEH),
            ("p", OUT1_READ),
            ("p", OUT1_FRIEND),
            ("H", "F", "Section F: Special educational provision", "h2"),
            (
                "grid",
                [
                    ["Outcome", "Provision", "Who", "How often"],
                    [
                        OUT1_BEH,
                        ("S", "F", ("F", F1_MENTOR, True)),
                        "Learning mentor chosen with Tyler",
                        "10 minutes at the start and end of each school day",
                    ],
                    [OUT1_BEH, ("F", F1_MOVE, False), "Class teacher", "As needed"],
                    [OUT1_BEH, ("F", F1_BASE, False), "Learning support staff", "When required"],
                    [
                        OUT1_FRIEND,
                        ("F", F1_GROUP, True),
                        "Pastoral manager",
                        "Fortnightly, in a group of up to 10 pupils",
                    ],
                    [
                        OUT1_READ,
                        ("F", F1_READ, True),
                        "Teaching assistant",
                        "1:1, 15 minutes, four times a week",
                    ],
                    [
                        OUT1_READ,
                        ("F", F1_HOMEWORK, True),
                        "Teaching assistant",
                        "Tuesday and Thursday after school, one hour",
                    ],
                    [
                        OUT1_BEH,
                        ("F", F1_ORG, True),
                        "Form tutor",
                        "Checked at morning registration each day",
                    ],
                ],
                [0.3, 0.24, 0.22, 0.24],
            ),
            ("H", "G", "Section G: Health provision", "h2"),
            ("S", "G", G1_NURSE),
            (
                "H",
                "H1",
                "Section H1: Social care provision under section 2 of the CSDPA 1970",
                "h2",
            ),
            ("S", "H1", "None."),
            ("H", "H2", "Section H2: Other social care provision", "h2"),
            ("S", "H2", "Early help support for the family, reviewed by the early help team."),
            ("H", "I", "Section I: Placement", "h2"),
            ("S", "I", "Kingsmead Academy (mainstream secondary)."),
            ("H", "J", "Section J: Personal budget", "h2"),
            ("S", "J", "No personal budget."),
            ("H", "K", "Section K: Advice and information", "h2"),
            (
                "S",
                "K",
                "Educational psychology advice; ADHD nurse letter; specialist teacher report; school advice.",
            ),
        ],
    ),
    reports=[
        dict(
            file=EP1,
            blocks=[
                ("org", "Harlowmoor Educational Psychology Service"),
                ("title", "Psychological advice"),
                (
                    "p",
                    "Young person: Tyler Godwin, Year 8, Kingsmead Academy. Consultation with Tyler's mother and his head of year, observation in two lessons and individual work, November 2025. Educational Psychologist: Dr Farah Quist.",
                ),
                ("h", 2, "Consultation"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Tyler was permanently excluded from his primary school in Year 6 and spent two terms in a pupil referral unit.",
                            "history",
                        ),
                        (
                            "X",
                            "Tyler is a talented footballer and is kind to younger pupils.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 2, "What I found"),
                (
                    "p",
                    [
                        (
                            "X",
                            "On the Conners 4, both teacher and parent ratings were in the very elevated range for inattention and hyperactivity.",
                            "questionnaire result",
                        ),
                        (
                            "N",
                            "Tyler can rarely stay on a task for more than five minutes unless an adult is beside him.",
                            "semh",
                            B1_ATT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "When he feels criticised, even mildly, he becomes angry within seconds, and he has thrown chairs twice this term.",
                            "semh",
                            B1_EMO,
                        ),
                        (
                            "N",
                            "He has no reliable friendships and spends unstructured times wandering the corridors.",
                            "semh",
                            B1_PEER,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Tyler has real difficulty linking a sanction to what he did, and does not yet think through the consequences of his actions.",
                            "semh",
                            None,
                        ),
                        (
                            "N",
                            "His verbal comprehension is a relative weakness, so long explanations from teachers lose him, and he then misbehaves.",
                            "communication_interaction",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "Moving forward"),
                (
                    "p",
                    [
                        (
                            "R",
                            "Tyler will have a named mentor, who he chooses from a shortlist, meeting him daily for 10 minutes at the start of the day and for 10 minutes at the end.",
                            "semh",
                            "specific",
                            F1_MENTOR,
                        ),
                        (
                            "R",
                            "He will need planned movement breaks, about five minutes in every lesson, with a task such as taking a message.",
                            "semh",
                            "not_specific",
                            F1_MOVE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Staff should use a consistent, low-key approach to correction, and a de-escalation script should be written with Tyler and shared with all his teachers.",
                            "semh",
                            "missing_from_f",
                        ),
                        (
                            "X",
                            "The chances of a further exclusion are high if nothing changes.",
                            "consequence",
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "R",
                        "Tyler would benefit from a structured social skills and anger-management group, such as Lego-based therapy, weekly for a term, with no more than five pupils.",
                        "semh",
                        "less",
                        F1_GROUP,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "I have suggested to his mother that a consistent bedtime would help him to settle in the evenings.",
                        "health",
                        "not_educational",
                    ),
                ),
            ],
        ),
        dict(
            file=ADHD1,
            blocks=[
                ("org", "Harlowmoor CAMHS \u2013 Neurodevelopmental Pathway"),
                ("small", "8 December 2025"),
                ("p", "To: SENCo, Kingsmead Academy (copy to Ms Godwin)"),
                ("p", "Dear Mr Ellison"),
                ("p", "Re: Tyler Godwin (13)"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Tyler started lisdexamfetamine in May 2025 and the dose was increased in September.",
                            "history",
                        ),
                        (
                            "N",
                            "His hyperactivity and impulsivity remain marked, even on medication, particularly in the afternoon when his dose wears off.",
                            "semh",
                            B1_IMP,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "School should consider offering him a quieter place to work in afternoon lessons, when his medication is wearing off.",
                            "semh",
                            "not_specific",
                            F1_BASE,
                        ),
                        (
                            "R",
                            "I will continue to review his medication every three months in clinic.",
                            "health",
                            "not_educational",
                            G1_NURSE,
                            {"section": "G"},
                        ),
                    ],
                ),
                ("p", "Kind regards"),
                ("p", "Joanne Piper, ADHD Nurse Specialist"),
            ],
        ),
        dict(
            file=SPT1,
            sans=True,
            blocks=[
                ("org", "Harlowmoor Learning Support Service"),
                ("title", "Specialist teacher report: literacy"),
                (
                    "p",
                    "Pupil: Tyler Godwin. Assessed 25 November 2025 by Kamal Bhatt, specialist teacher (SpLD).",
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Tyler's single-word reading is at the 9-year level, and he reads slowly, with frequent guesses at longer words.",
                            "cognition_learning",
                            B1_READ,
                        ),
                        (
                            "N",
                            "His spelling of common words is often not phonetically plausible.",
                            "cognition_learning",
                            B1_READ,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "N",
                        "He loses track of his equipment and often arrives at lessons without a pen or book.",
                        "cognition_learning",
                        B1_ORG,
                    ),
                ),
                (
                    "grid",
                    [
                        ["Recommendation", "Frequency", "Outcome"],
                        [
                            (
                                "R",
                                "Structured phonics and spelling programme, such as Toe by Toe, taught 1:1",
                                "cognition_learning",
                                "specific",
                                F1_READ,
                            ),
                            "15 minutes, four times a week",
                            "Reading age 11 by July 2026",
                        ],
                        [
                            (
                                "R",
                                "Reading pen and audiobooks for texts in every subject",
                                "cognition_learning",
                                "missing_from_f",
                            ),
                            "Every lesson",
                            "Access to the curriculum",
                        ],
                        [
                            (
                                "R",
                                "Colour-coded timetable and equipment checklist, checked at morning registration",
                                "cognition_learning",
                                "specific",
                                F1_ORG,
                            ),
                            "Daily",
                            "Arrives prepared for lessons",
                        ],
                    ],
                    [0.5, 0.22, 0.28],
                ),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalj-02: Fenwold County Council; Isabel Trevanion, 6, Year 1
# layout "provision-under-outcomes": F lists the provision under each outcome, the outcome
# repeated as a bold sub-heading.
# ---------------------------------------------------------------------------

B2_MUT = "Isabel does not speak to adults at school, and speaks only to two friends when no adult is close by."
B2_SPEECH = "Her speech is difficult to understand because she replaces many sounds, for example saying 't' for 'k'."
B2_ANX = "Isabel becomes very anxious when she thinks she is expected to speak, and freezes."
B2_LANG = "Her understanding of language is within the average range, but she uses short sentences."
B2_PHON = "Isabel's phonics cannot be assessed in the usual way because she will not say sounds aloud in class."
B2_TOILET = "She will not ask to use the toilet and has had accidents at school."

F2_SLIDE = "A sliding-in programme with her key adult, 10 minutes four times a week, following the steps set by the speech and language therapist."
F2_SST = "Speech sound therapy as outlined in the SALT programme."
F2_ADULTS = "All adults will avoid direct questions and will not comment when Isabel speaks."
F2_TOILET = "A toilet card she can use without speaking, agreed with her class teacher."
F2_LUNCH = "A lunchtime nurture group."
F2_CARD = "Daily whole-class phonics, with a response card so that Isabel can point to her answers."
F2_KEY = "A key adult, named in her one-page profile, for 15 minutes each morning on arrival to help her settle."

OUT2_SPEAK = "Outcome 1: speaking to her key adult"
OUT2_SOUNDS = "Outcome 2: clear speech sounds"
OUT2_SAFE = "Outcome 3: feeling safe and letting adults know what she needs"

SALT2 = "salt_report.docx"
EP2 = "ep_report.pdf"

CASE_02 = dict(
    name="case-evalj-02",
    layout="provision-under-outcomes",
    summary=(
        "Fenwold County Council; Isabel Trevanion, 6, Year 1 at Polwhele Primary School (selective mutism, "
        "speech sound disorder, anxiety, toileting, phonics). Lettered sections; Section F lists the "
        "provision under each outcome, the outcome repeated as a bold sub-heading. NHS SALT report; EP "
        "report in the third person with Plan A / Plan B."
    ),
    note='Inside F, the bold lines "Outcome 1: ..." repeat Section E and are not provisions; the bullets under each are.',
    plan=dict(
        file="plan.docx",
        blocks=[
            ("org", "Fenwold County Council"),
            ("title", "Education, Health and Care Plan"),
            ("small", "Isabel Trevanion   Date of birth: 11 June 2019   Issued: 20 January 2026"),
            ("H", "A", "Section A \u2014 About Isabel", "h2"),
            ("S", "A", "Isabel loves ponies, painting and her big brother Jago."),
            ("p", "Her parents hope that one day she will feel brave enough to talk at school."),
            ("H", "B", "Section B \u2014 Special educational needs", "h2"),
            ("S", "B", B2_MUT),
            ("bul", [B2_SPEECH, B2_ANX, B2_LANG, B2_PHON, B2_TOILET]),
            ("H", "C", "Section C \u2014 Health needs", "h2"),
            ("S", "C", "Isabel is healthy; she has had grommets fitted in the past."),
            ("H", "D", "Section D \u2014 Social care needs", "h2"),
            ("S", "D", "None identified."),
            ("H", "E", "Section E \u2014 Outcomes", "h2"),
            ("S", "E", "By July 2026 Isabel will speak to her key adult in a quiet room."),
            ("p", "By July 2026 Isabel will say the sounds k and g correctly in words."),
            (
                "p",
                "By July 2026 Isabel will feel safe at school and let an adult know what she needs.",
            ),
            ("H", "F", "Section F \u2014 Special educational provision", "h2"),
            ("b", OUT2_SPEAK),
            (
                "bul",
                [("S", "F", ("F", F2_SLIDE, True)), ("F", F2_ADULTS, True), ("F", F2_KEY, True)],
            ),
            ("b", OUT2_SOUNDS),
            (
                "bul",
                [("F", F2_SST, False, "A reference to another document stands in for the detail.")],
            ),
            ("b", OUT2_SAFE),
            ("bul", [("F", F2_TOILET, True), ("F", F2_LUNCH, False), ("F", F2_CARD, True)]),
            ("H", "G", "Section G \u2014 Health provision", "h2"),
            ("S", "G", "Hearing review by audiology if concerns arise."),
            ("H", "H1", "Section H1 \u2014 Social care provision (CSDPA 1970)", "h2"),
            ("S", "H1", "None."),
            ("H", "H2", "Section H2 \u2014 Other social care provision", "h2"),
            ("S", "H2", "None required."),
            ("H", "I", "Section I \u2014 Placement", "h2"),
            ("S", "I", "Polwhele Primary School (mainstream)."),
            ("H", "J", "Section J \u2014 Personal budget", "h2"),
            ("S", "J", "Not requested."),
            ("H", "K", "Section K \u2014 Advice and information", "h2"),
            (
                "S",
                "K",
                "Speech and language therapy report; educational psychology report; parents' views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=SALT2,
            blocks=[
                ("org", "Fenwold Community Health \u2013 Children's Speech and Language Therapy"),
                ("title", "Speech and language therapy report"),
                (
                    "kv",
                    [
                        ("Name", "Isabel Trevanion"),
                        ("Seen", "14 November 2025, at school and at home"),
                        ("Therapist", "Morwenna Pascoe, Specialist SLT"),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Her receptive language on the CELF-P3 was average (standard score 98).",
                            "test result",
                        ),
                        (
                            "X",
                            "She now speaks freely to her grandparents, which she did not do last year.",
                            "progress",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Isabel has a speech sound disorder: she fronts velar sounds (t for k, d for g) and reduces consonant clusters.",
                            "communication_interaction",
                            B2_SPEECH,
                        ),
                        (
                            "N",
                            "She has selective mutism; at school she speaks only to her friends Ruby and Leah, and only when no adult is in earshot.",
                            "communication_interaction",
                            B2_MUT,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "N",
                        "Isabel's narrative skills are weak: when she tells her mother about her day she lists events without linking them.",
                        "communication_interaction",
                        None,
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "A sliding-in programme for selective mutism, led by a key adult, for 10 minutes four times a week, following the steps in the SALT programme.",
                            "communication_interaction",
                            "specific",
                            F2_SLIDE,
                        ),
                        (
                            "R",
                            "Direct speech sound therapy from a SALT, in a block of eight weekly 30-minute sessions, at school or at home.",
                            "communication_interaction",
                            "not_specific",
                            F2_SST,
                        ),
                        (
                            "R",
                            "Adults should not ask Isabel direct questions or praise her for speaking in front of others.",
                            "communication_interaction",
                            "specific",
                            F2_ADULTS,
                        ),
                        (
                            "R",
                            "Her parents should continue to invite one friend home each week.",
                            "communication_interaction",
                            "not_educational",
                        ),
                    ],
                ),
            ],
        ),
        dict(
            file=EP2,
            blocks=[
                ("org", "Fenwold Educational Psychology Service"),
                ("title", "Educational psychology advice \u2013 Isabel Trevanion"),
                (
                    "p",
                    "Seen at Polwhele Primary School on 2 December 2025 by Gareth Nance, Educational Psychologist.",
                ),
                (
                    "p",
                    (
                        "X",
                        "Isabel spoke freely at her childminder's until she started nursery at three.",
                        "history",
                    ),
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Isabel freezes and looks at the floor when an adult she does not know speaks to her, and her shoulders rise.",
                            "semh",
                            B2_ANX,
                        ),
                        (
                            "N",
                            "She does not ask to go to the toilet and has had several accidents in class this term, which upset her greatly.",
                            "semh",
                            B2_TOILET,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Isabel is not able to show what she knows in phonics because she will not say sounds aloud, so her teacher cannot assess her progress.",
                            "cognition_learning",
                            B2_PHON,
                        ),
                        (
                            "N",
                            "She avoids eating in the dining hall and often brings her lunch home uneaten.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "N",
                        "Her spoken sentences, when she does speak, are short: mostly two or three words.",
                        "communication_interaction",
                        B2_LANG,
                    ),
                ),
                ("h", 2, "Advice"),
                (
                    "p",
                    [
                        (
                            "R",
                            "Isabel will have a toilet card that she can place on the teacher's desk without speaking.",
                            "semh",
                            "specific",
                            F2_TOILET,
                        ),
                        (
                            "R",
                            "Phonics should be assessed each half term by the class teacher through pointing and written responses rather than speech.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Plan A: a quiet lunch club of up to six children, run by a teaching assistant, three days a week.",
                            "semh",
                            "not_specific",
                            F2_LUNCH,
                        ),
                        (
                            "X",
                            "Plan B would be for Isabel to eat in the classroom with one chosen friend; I think this would isolate her.",
                            "option not recommended",
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "R",
                        "Her key adult should have 30 minutes each week with the SENCo to plan the next steps of the programme.",
                        "communication_interaction",
                        "missing_from_f",
                    ),
                ),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalj-03: Blackmere Borough Council; Oliver Kaczmarek, 15, Year 10
# layout "name-only": section headings are the sections' names with no letter and no number;
# B and F have area-of-need sub-headings.
# ---------------------------------------------------------------------------

B3_COMM = "Oliver is autistic and uses short phrases; he understands familiar routines but not abstract language."
B3_CHANGE = "He is distressed by unexpected change and needs warning and a visual schedule."
B3_LIT = (
    "Oliver reads simple texts at about a 7-year level and can write his name and short labels."
)
B3_NUM = "He can count to 50 and add single digits with objects."
B3_SENS = "Oliver seeks deep pressure and movement, and becomes dysregulated after long periods of sitting."
B3_BEH = "When he is overwhelmed, Oliver may hit out at adults or bang his head."

F3_TC = "Total communication approach."
F3_VIS = "Visual timetable and now-and-next board used throughout the day by all staff."
F3_TEACCH = "TEACCH workstation sessions daily (20 minutes) with his key worker."
F3_CLASS = "Class of up to 10 pupils with a teacher and three support staff."
F3_DIET = "A sensory diet designed by an occupational therapist, with 10 minutes of movement or deep-pressure activity every hour, delivered by class staff."
F3_HYDRO = "Access to hydrotherapy and rebound."
F3_PBS = "A positive behaviour support plan, written by the school's educational psychologist and reviewed each half term."

EP3 = "independent_ep_report.pdf"
SCH3 = "school_report.docx"

CASE_03 = dict(
    name="case-evalj-03",
    layout="name-only",
    summary=(
        "Blackmere Borough Council; Oliver Kaczmarek, 15, Year 10 at Linnet Brook School, a special school "
        "(autism, language, change, literacy and number, sensory seeking, behaviour that challenges). "
        "Section headings are names only, with no letter and no number; B and F are split by area-of-need "
        "sub-headings that repeat in each. Independent EP report arguing each recommendation, with what "
        "is not recommended; class teacher's report."
    ),
    note='Headings carry no letter or number: "Special educational needs" is B, "Special educational provision" is F, "Social care provision required under section 2 ..." is H1, "Any other social care provision" is H2. The area sub-headings inside B and F are not sections.',
    plan=dict(
        file="plan.pdf",
        header="Blackmere Borough Council   Education, Health and Care Plan   Oliver Kaczmarek",
        blocks=[
            ("org", "Blackmere Borough Council"),
            ("title", "Education, Health and Care Plan"),
            ("small", "Date of birth: 3 March 2010   Date finalised: 28 November 2025"),
            ("H", "A", "The views, interests and aspirations of Oliver and his parents", "h2"),
            ("S", "A", "Oliver likes buses, trampolining and watching the washing machine."),
            (
                "p",
                "His parents want him to be able to communicate what he wants and to be calm and happy.",
            ),
            ("H", "B", "Special educational needs", "h2"),
            ("b", "Communication and interaction"),
            ("S", "B", B3_COMM),
            ("p", B3_CHANGE),
            ("b", "Cognition and learning"),
            ("p", [B3_LIT, B3_NUM]),
            ("b", "Sensory, physical and social, emotional and mental health"),
            ("p", [B3_SENS, B3_BEH]),
            ("H", "C", "Health needs", "h2"),
            ("S", "C", "Oliver has eczema and a restricted diet."),
            ("H", "D", "Social care needs", "h2"),
            ("S", "D", "Oliver's parents need regular short breaks from his care."),
            ("H", "E", "Outcomes", "h2"),
            (
                "S",
                "E",
                "By the end of Key Stage 4 Oliver will use his communication system to make requests across the school day.",
            ),
            (
                "p",
                "By the end of Key Stage 4 Oliver will go through a school day with no more than one incident of hitting out a week.",
            ),
            ("H", "F", "Special educational provision", "h2"),
            ("b", "Communication and interaction"),
            ("bul", [("S", "F", ("F", F3_TC, False)), ("F", F3_VIS, True)]),
            ("b", "Cognition and learning"),
            ("bul", [("F", F3_TEACCH, True), ("F", F3_CLASS, True)]),
            ("b", "Sensory, physical and social, emotional and mental health"),
            ("bul", [("F", F3_DIET, True), ("F", F3_HYDRO, False), ("F", F3_PBS, True)]),
            ("H", "G", "Health provision", "h2"),
            ("S", "G", "Dermatology review as required, arranged by the GP."),
            (
                "H",
                "H1",
                "Social care provision required under section 2 of the Chronically Sick and Disabled Persons Act 1970",
                "h2",
            ),
            ("S", "H1", "Overnight short breaks at Alder House, two nights a month."),
            ("H", "H2", "Any other social care provision", "h2"),
            (
                "S",
                "H2",
                "A social worker from the disabled children's team will review the short breaks each year.",
            ),
            ("H", "I", "Placement", "h2"),
            (
                "S",
                "I",
                "Linnet Brook School (maintained special school for pupils with autism and severe learning difficulties).",
            ),
            ("H", "J", "Personal budget", "h2"),
            ("S", "J", "Direct payment for the short breaks only."),
            ("H", "K", "Advice and information", "h2"),
            (
                "S",
                "K",
                "Independent educational psychology report (October 2025); school report (October 2025); social care assessment.",
            ),
        ],
    ),
    reports=[
        dict(
            file=EP3,
            footer="Dr Ilse Vormann - Oliver Kaczmarek - page {n}",
            blocks=[
                ("org", "Vormann Child Psychology"),
                ("title", "Independent Educational Psychology Report"),
                (
                    "p",
                    "Child: Oliver Kaczmarek (15). Instructed by his parents. Observed at Linnet Brook School on 7 and 14 October 2025. Author: Dr Ilse Vormann, HCPC PYL41207.",
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Oliver's last plan was written in 2021 and has not been amended since, despite two annual reviews.",
                            "history and comment on the plan",
                        ),
                        (
                            "X",
                            "When I observed him in the sensory room he was calm and engaged for forty minutes.",
                            "a single observation",
                        ),
                    ],
                ),
                ("h", 2, "Opinion on Oliver's needs"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Oliver's understanding of language is at about a four-year level: he follows routine instructions but not questions about why or how.",
                            "communication_interaction",
                            B3_COMM,
                        ),
                        (
                            "N",
                            "Unexpected changes, such as a new adult or a cancelled swimming session, lead to distress that can last the rest of the day.",
                            "semh",
                            B3_CHANGE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "When his sensory needs are not met he becomes overwhelmed and hits out or bangs his head against the wall.",
                            "semh",
                            B3_BEH,
                        ),
                        (
                            "N",
                            "Oliver has no reliable way to communicate pain, illness or fear, and staff at present guess from his behaviour.",
                            "communication_interaction",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "N",
                        "He has very limited independence skills for his age: he cannot yet dress himself fully, use a knife or cross a road safely.",
                        "cognition_learning",
                        None,
                    ),
                ),
                ("h", 2, "Opinion on the provision Oliver needs"),
                (
                    "p",
                    (
                        "R",
                        "In my opinion Oliver requires an augmentative and alternative communication system, such as a core-vocabulary communication book, introduced by a speech and language therapist and modelled by all staff throughout the day.",
                        "communication_interaction",
                        "not_specific",
                        F3_TC,
                    ),
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "He needs a sensory diet designed by an occupational therapist, with movement or deep-pressure activity of about 10 minutes every hour.",
                            "sensory_physical",
                            "specific",
                            F3_DIET,
                        ),
                        (
                            "X",
                            "The head-banging I saw in class followed forty minutes of seated work; this is the pattern the school's own incident records show.",
                            "reason",
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "R",
                        "A positive behaviour support plan should be written by a clinical or educational psychologist with the class team and reviewed every half term.",
                        "semh",
                        "specific",
                        F3_PBS,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "Oliver should be taught in a class of no more than six pupils with a staff ratio of at least one adult to two pupils.",
                        "cognition_learning",
                        "less",
                        F3_CLASS,
                    ),
                ),
                (
                    "p",
                    (
                        "X",
                        "I do not recommend a residential placement: Oliver's sleep and behaviour at home are settled, and his parents manage well with short breaks.",
                        "what is not recommended",
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "Daily life-skills teaching (dressing, eating with cutlery, road safety), at least 30 minutes a day, should be part of his timetable.",
                        "cognition_learning",
                        "missing_from_f",
                    ),
                ),
                ("p", "Dr Ilse Vormann, 24 October 2025"),
            ],
        ),
        dict(
            file=SCH3,
            blocks=[
                ("org", "Linnet Brook School"),
                ("title", "Report from school"),
                (
                    "p",
                    "Oliver Kaczmarek, Class 10K. Written by Mr D. Asante, class teacher, 20 October 2025.",
                ),
                ("b", "What is working"),
                (
                    "p",
                    (
                        "X",
                        "Oliver has made good progress with toileting and is now dry during the day.",
                        "progress, resolved",
                    ),
                ),
                ("b", "What is not working"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Oliver can count objects to 20 but cannot yet add two groups without support.",
                            "cognition_learning",
                            B3_NUM,
                        ),
                        (
                            "N",
                            "He reads only about 30 words by sight and cannot yet blend sounds to read new words.",
                            "cognition_learning",
                            B3_LIT,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "N",
                        "Oliver becomes restless and starts to flap and pace after about ten minutes of sitting.",
                        "sensory_physical",
                        B3_SENS,
                    ),
                ),
                ("b", "What we suggest"),
                (
                    "p",
                    [
                        (
                            "R",
                            "Continue daily TEACCH workstation sessions of 20 minutes with his key worker.",
                            "cognition_learning",
                            "specific",
                            F3_TEACCH,
                        ),
                        (
                            "R",
                            "Weekly swimming and rebound therapy as part of his physical programme.",
                            "sensory_physical",
                            "not_specific",
                            F3_HYDRO,
                        ),
                    ],
                ),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalj-04: Coldharbour District Council; Zara Oyelaran, 9, Year 5
# layout "merged-needs-provision": B and F merged in one two-column table per area of need
# (What Zara needs | How this will be met); E is its own section before them.
# ---------------------------------------------------------------------------

B4_READ = (
    "Zara has dyslexia: her reading is slow and inaccurate, and she guesses at unfamiliar words."
)
B4_SPELL = "Her spelling is weak and her written work is much shorter than her spoken ideas."
B4_MATH = "Zara has a poor sense of number and cannot recall basic number facts."
B4_MEM = "Her working memory is limited, so she forgets instructions and loses her place in tasks."
B4_ANX = "Zara is anxious about reading aloud and about maths, and has complained of stomach aches before school."

F4_LIT = (
    "Specialist literacy teaching from a qualified dyslexia teacher, 1:1, 45 minutes once a week."
)
F4_REINF = "Daily 15-minute reinforcement of the specialist programme by a teaching assistant."
F4_MATH = "Small group maths support."
F4_EXAM = "25% extra time and a reader in all tests, arranged by the class teacher."
F4_ELSA = "Weekly 30-minute ELSA session with a trained emotional literacy support assistant."
F4_CHECK = (
    "Instructions given in writing as well as spoken, on a checklist on her desk in every lesson."
)
F4_LAPTOP = "Use of a laptop where appropriate."

SPLD4 = "specialist_assessment.pdf"
SCH4 = "school_report.docx"

CASE_04 = dict(
    name="case-evalj-04",
    layout="merged-needs-provision",
    summary=(
        "Coldharbour District Council; Zara Oyelaran, 9, Year 5 at Saltings Primary School (dyslexia, "
        "number sense, working memory, anxiety). B and F are merged in one two-column table per area of "
        "need (What Zara needs | How this will be met); Section E stands on its own before them. "
        "Independent specialist teacher's assessment with options; SENCo report."
    ),
    note="B and F are the columns of three tables, one per area of need; each repeats the header row. Section headings B and F are the column headers of the first table.",
    plan=dict(
        file="plan.docx",
        sans=True,
        blocks=[
            ("org", "Coldharbour District Council"),
            ("title", "Education, Health and Care Plan \u2013 Zara Oyelaran"),
            ("small", "Date of birth: 28 September 2016   Final plan dated: 5 February 2026"),
            ("H", "A", "Section A \u2013 Zara's views and her parents' views", "h2"),
            ("S", "A", "Zara wants to be a vet and loves looking after her rabbits."),
            ("H", "E", "Section E \u2013 Outcomes", "h2"),
            (
                "S",
                "E",
                "By July 2027 Zara will read age-appropriate texts accurately enough to understand them.",
            ),
            ("p", "By July 2027 Zara will recall number bonds to 20 without counting on."),
            ("h", 2, "Sections B and F \u2013 Needs and provision"),
            ("COLS", {"B": 0, "F": 1}),
            ("b", "Cognition and learning: literacy"),
            (
                "grid",
                [
                    [("H", "B", "What Zara needs", ""), ("H", "F", "How this will be met", "")],
                    [
                        ("L", [("S", "B", B4_READ), B4_SPELL]),
                        (
                            "L",
                            [
                                ("S", "F", ("F", F4_LIT, True)),
                                ("F", F4_REINF, True),
                                ("F", F4_EXAM, True),
                                ("F", F4_LAPTOP, False),
                            ],
                        ),
                    ],
                ],
                [0.5, 0.5],
            ),
            ("b", "Cognition and learning: mathematics and memory"),
            (
                "grid",
                [
                    ["What Zara needs", "How this will be met"],
                    [
                        ("L", [B4_MATH, B4_MEM]),
                        ("L", [("F", F4_MATH, False), ("F", F4_CHECK, True)]),
                    ],
                ],
                [0.5, 0.5],
            ),
            ("b", "Social, emotional and mental health"),
            (
                "grid",
                [
                    ["What Zara needs", "How this will be met"],
                    [B4_ANX, ("F", F4_ELSA, True)],
                ],
                [0.5, 0.5],
            ),
            ("H", "C", "Section C \u2013 Health needs", "h2"),
            ("S", "C", "No health needs relating to Zara's special educational needs."),
            ("H", "D", "Section D \u2013 Social care needs", "h2"),
            ("S", "D", "No social care needs."),
            ("H", "G", "Section G \u2013 Health provision", "h2"),
            ("S", "G", "No health provision is required."),
            ("H", "H1", "Section H1 \u2013 Social care provision (section 2 CSDPA 1970)", "h2"),
            ("S", "H1", "None."),
            ("H", "H2", "Section H2 \u2013 Other social care provision", "h2"),
            ("S", "H2", "No other social care provision."),
            ("H", "I", "Section I \u2013 Placement", "h2"),
            ("S", "I", "Saltings Primary School (mainstream)."),
            ("H", "J", "Section J \u2013 Personal budget", "h2"),
            ("S", "J", "No personal budget requested."),
            ("H", "K", "Section K \u2013 Advice and information", "h2"),
            (
                "S",
                "K",
                "Independent specialist teacher assessment (November 2025); school report (December 2025); parents' views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=SPLD4,
            blocks=[
                ("org", "Brightlines Dyslexia Assessment"),
                ("title", "Diagnostic assessment report"),
                (
                    "p",
                    "Zara Oyelaran, Year 5. Assessed on 18 November 2025 by Helen Drummond, AMBDA, APC holder, commissioned by Zara's parents.",
                ),
                ("h", 2, "Summary"),
                (
                    "p",
                    [
                        (
                            "X",
                            "On the CTOPP-2 her phonological memory composite was 82.",
                            "test result",
                        ),
                        (
                            "X",
                            "Zara has a strong vocabulary and an excellent memory for stories she hears.",
                            "strength",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Zara's decoding is well below average (standard score 79), and she reads with many guesses at longer words.",
                            "cognition_learning",
                            B4_READ,
                        ),
                        (
                            "N",
                            "Her free writing is short, with many misspellings of common words such as 'because' and 'said'.",
                            "cognition_learning",
                            B4_SPELL,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "She has no secure sense of the size of numbers and counts on her fingers for single-digit addition.",
                            "cognition_learning",
                            B4_MATH,
                        ),
                        (
                            "N",
                            "Zara's phonological awareness is weak: she cannot reliably split a word into its sounds or blend sounds to make a word.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "N",
                        "Zara's processing speed is slow, and she rarely finishes a task in the time given to the class.",
                        "cognition_learning",
                        None,
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    [
                        (
                            "R",
                            "Zara needs specialist 1:1 teaching from a qualified specialist dyslexia teacher (holding AMBDA or equivalent), twice a week for 45 minutes.",
                            "cognition_learning",
                            "less",
                            F4_LIT,
                        ),
                        (
                            "R",
                            "Between those lessons, a teaching assistant should deliver daily 15-minute reinforcement of the programme.",
                            "cognition_learning",
                            "specific",
                            F4_REINF,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "R",
                        "Maths intervention focused on number sense, using concrete materials such as Numicon, three times a week for 20 minutes in a group of no more than three.",
                        "cognition_learning",
                        "not_specific",
                        F4_MATH,
                    ),
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Option 1, my preference: touch-typing taught over a term, 15 minutes daily, so that by Year 6 Zara can type her longer pieces of writing.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                        (
                            "X",
                            "Option 2, a scribe for longer pieces, would get the ideas down but would not build her independence.",
                            "option not recommended",
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "R",
                        "Zara should be given extra time (25%) and a reader in tests.",
                        "cognition_learning",
                        "specific",
                        F4_EXAM,
                    ),
                ),
            ],
        ),
        dict(
            file=SCH4,
            blocks=[
                ("org", "Saltings Primary School"),
                ("title", "SENCo report"),
                ("p", "Zara Oyelaran, Year 5. Mrs P. Lindqvist-Hale, SENCo. 2 December 2025."),
                (
                    "p",
                    [
                        (
                            "N",
                            "Zara forgets instructions unless they are written down, and often has to ask a friend what to do.",
                            "cognition_learning",
                            B4_MEM,
                        ),
                        (
                            "N",
                            "She has been tearful before spelling tests and asks to stay at home on days with maths.",
                            "semh",
                            B4_ANX,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Her attendance this year is 91%.",
                            "a fact, not a difficulty in itself",
                        ),
                        (
                            "N",
                            "Zara struggles to tell the time and to read a timetable, so she often does not know what comes next in the day.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Zara would benefit from a weekly session with the school's ELSA to talk about her worries.",
                            "semh",
                            "specific",
                            F4_ELSA,
                        ),
                        (
                            "R",
                            "A written checklist of instructions on her desk for each lesson would help her to work independently.",
                            "cognition_learning",
                            "specific",
                            F4_CHECK,
                        ),
                    ],
                ),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
