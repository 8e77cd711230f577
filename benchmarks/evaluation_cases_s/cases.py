# ruff: noqa: E501
"""Set S as data: autistic children and young people with high anxiety, some educated
otherwise than in school under section 61 of the Children and Families Act 2014, one
electively home educated, one with a personal budget. Most reports were commissioned by
the family for a tribunal appeal and are written in the expert style (numbered
paragraphs, long argued opinions, comments on the plan's wording, a summary table of
recommendations); beside them stand a short council educational psychology advice and
school SENCo reports that mostly describe support already in place. Four plan layouts no
earlier set has: the sections as numbered appendices behind a short cover, every
paragraph numbered under "PART n" headings out of the regulation's order, outcomes and
provision grouped by preparation-for-adulthood area, and an amended plan whose headings
carry the amendment status.

Every name, council, school, service and professional is invented. Postcodes use areas
that do not exist and phone numbers are in the 01632 960xxx range. Markers are those of
evaluation_kit.dataset.
"""

# ---------------------------------------------------------------------------
# case-evals-01: Calderwick Metropolitan Borough Council; Rosie Achterberg-Moss, 10,
# Year 5, mainstream primary on a part-time timetable. layout "sections-as-appendices":
# the plan's body is a short cover (with a list of the appendices); each section follows
# as "Appendix n: <section name>", no letter.
# ---------------------------------------------------------------------------

B1_COMM = "Rosie is autistic and has difficulties with social communication; she can take language literally and may not ask for help when she does not understand."
B1_GROUP = "She finds group work and unstructured times, such as lunch and playtime, difficult, and has few friendships in school."
B1_ANX = "Rosie experiences high levels of anxiety, particularly around changes to routine and to staff, and this has affected her attendance."
B1_SENS = "Rosie has sensory sensitivities, particularly to noise and to smells."
B1_WRITE = "Rosie has difficulties with handwriting and finds extended writing tasks tiring."

F1_KEY = "Rosie will have a named key adult (a teaching assistant trained in autism awareness) who will check in with her for 10 minutes at the start of each school day and for 10 minutes after lunch."
F1_ELSA = "Access to ELSA sessions to support her emotional wellbeing."
F1_SPACE = "A quiet space in the school library, agreed with Rosie, that she can go to at any point in the school day by showing her time-out card to any adult."
F1_EAR = "Rosie may wear her ear defenders in assembly, in the dining hall and in any lesson she chooses."
F1_TYPE = "Opportunities to record her work in different ways, including using a laptop where appropriate."
F1_SOCIAL = "A social communication group of no more than six pupils, run by a teaching assistant trained by the Calderwick Autism Outreach Team, for 30 minutes once a week."
F1_PREP = "Rosie's class teacher or key adult will tell her about known changes to her timetable or to staff at least one school day in advance, using a written note that she can take home."
F1_TIME = "A part-time timetable, with Rosie attending each morning until 12.15 pm, reviewed every six weeks by the SENCo with Rosie and her parents."
F1_TRANS = "A transition plan will be put in place for her move to secondary school."
F1_EPS = "The Educational Psychology Service will provide consultation to school staff as required."
G1_SENSORY = "A sensory regulation programme, set by the NHS occupational therapist, carried out by school staff for 15 minutes each morning before lessons."

EP1 = "independent_ep_report.pdf"
SENCO1 = "senco_report.docx"

APPENDICES_1 = [
    ("A", "Appendix 1: The views, interests and aspirations of Rosie and her parents"),
    ("B", "Appendix 2: Rosie's special educational needs"),
    ("C", "Appendix 3: Rosie's health care needs which relate to her special educational needs"),
    ("D", "Appendix 4: Rosie's social care needs"),
    ("E", "Appendix 5: Outcomes sought for Rosie"),
    ("F", "Appendix 6: Special educational provision"),
    ("G", "Appendix 7: Health care provision"),
    (
        "H1",
        "Appendix 8: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    ),
    ("H2", "Appendix 9: Other social care provision"),
    ("I", "Appendix 10: School or other institution"),
    ("J", "Appendix 11: Personal budget"),
    ("K", "Appendix 12: Advice and information obtained during the assessment"),
]
_APP1 = dict(APPENDICES_1)


def _appendix(sid: str) -> tuple:
    """One appendix title as a heading: its number and the section's name, no letter."""
    return ("H", sid, _APP1[sid], "h1")


CASE_01 = dict(
    name="case-evals-01",
    layout="sections-as-appendices",
    summary=(
        "Calderwick Metropolitan Borough Council; Rosie Achterberg-Moss, 10, Year 5 at Fellgate "
        "Primary School (mainstream), on a part-time timetable (autism, high anxiety, sensory "
        "sensitivity, slow processing, handwriting). The plan is a one-page cover listing its "
        "appendices; each section follows as 'Appendix n: <name>' with no letter. Independent "
        "educational psychologist's report for the tribunal (numbered paragraphs, comments on the "
        "plan, summary table); SENCo report describing support in place."
    ),
    note=(
        "Section headings are the appendix titles after the cover (the cover lists them first). "
        "The independent EP's summary table repeats recommendations argued in the body: the body "
        "paragraph is the recommendation and the table row is a non-need. Her criticism of the "
        "plan's wording quotes the plan and is not a recommendation. The sensory programme done "
        "by school staff and placed in Appendix 7 (health care provision) is wrong_section."
    ),
    plan=dict(
        file="plan.pdf",
        sans=True,
        accent="205E55",
        footer="Calderwick MBC - Education, Health and Care Plan - Rosie Achterberg-Moss - FINAL - page {n} of {m}",
        blocks=[
            ("org", "Calderwick Metropolitan Borough Council"),
            (
                "small",
                "SEND Assessment and Review Service, Civic Offices, Water Street, Calderwick HF3 9QA",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Rosie Achterberg-Moss"),
                    ("Date of birth", "19 June 2016"),
                    ("NHS number", "Held on file"),
                    ("Parents", "Mr Jonas Achterberg and Mrs Claire Achterberg-Moss"),
                    ("Plan status", "Final plan, issued 21 September 2026"),
                    ("Case officer", "Deborah Ashworth-Kane, telephone 01632 960214"),
                ],
            ),
            (
                "p",
                "This plan is made under section 37 of the Children and Families Act 2014. Calderwick sets out each part of the plan that the law requires as an appendix to this cover, so that an appendix can be updated at an annual review without reissuing the others. The appendices are:",
            ),
            ("bul", [title for _sid, title in APPENDICES_1]),
            (
                "p",
                "If you disagree with the description of Rosie's needs (Appendix 2), the provision (Appendix 6) or the school named (Appendix 10), you may appeal to the First-tier Tribunal (Special Educational Needs and Disability). Your decision letter explains how.",
            ),
            ("p", "Signed for the local authority: Deborah Ashworth-Kane, SEND Case Officer."),
            ("BODY", "Signed for the local authority: Deborah Ashworth-Kane, SEND Case Officer."),
            ("pb",),
            _appendix("A"),
            (
                "S",
                "A",
                "Rosie says that she likes drawing manga characters, her rabbit Biscuit and going swimming with her dad on Saturday mornings when the pool is quiet.",
            ),
            (
                "p",
                "She told her case officer that school is 'too loud and too long' and that she would like 'one grown-up who gets it'. Her parents want Rosie to feel safe at school, to attend full days again and to move to secondary school with the right help in place.",
            ),
            _appendix("B"),
            ("b", "Communication and interaction"),
            ("S", "B", B1_COMM),
            ("p", B1_GROUP),
            ("b", "Social, emotional and mental health"),
            ("p", B1_ANX),
            ("b", "Sensory and/or physical"),
            ("p", [B1_SENS, B1_WRITE]),
            ("b", "Cognition and learning"),
            (
                "p",
                "Rosie is working at the expected standard in reading and mathematics and is a keen reader of graphic novels.",
            ),
            _appendix("C"),
            (
                "S",
                "C",
                "Rosie was diagnosed with autism by the Calderwick Child Development Centre in March 2024. She has difficulty getting to sleep.",
            ),
            _appendix("D"),
            ("S", "D", "No social care needs have been identified."),
            _appendix("E"),
            (
                "S",
                "E",
                "By July 2027 Rosie will be attending school for full days, four days a week, with her key adult check-ins in place.",
            ),
            (
                "p",
                "By the end of Year 6 Rosie will be able to tell an adult when she is becoming anxious, using words or her time-out card.",
            ),
            (
                "p",
                "By the end of Year 6 Rosie will complete a piece of extended writing of at least one side, using the recording method she prefers.",
            ),
            ("pb",),
            _appendix("F"),
            (
                "S",
                "F",
                "The provision below will be made by Fellgate Primary School from its notional SEN budget and the top-up funding agreed by the local authority.",
            ),
            (
                "bul",
                [
                    ("F", F1_KEY, True),
                    ("F", F1_ELSA, False),
                    ("F", F1_SPACE, True),
                    ("F", F1_EAR, True),
                    ("F", F1_TYPE, False),
                    ("F", F1_SOCIAL, True),
                    ("F", F1_PREP, True),
                    ("F", F1_TIME, True),
                    ("F", F1_TRANS, False),
                    ("F", F1_EPS, False),
                ],
            ),
            _appendix("G"),
            (
                "S",
                "G",
                "Rosie is on the waiting list for the CAMHS neurodevelopmental team, who will offer an assessment of her anxiety and sleep.",
            ),
            ("p", G1_SENSORY),
            _appendix("H1"),
            ("S", "H1", "None."),
            _appendix("H2"),
            ("S", "H2", "No other social care provision is required."),
            _appendix("I"),
            (
                "S",
                "I",
                "Fellgate Primary School, Fellgate Road, Calderwick HF3 2LP (mainstream community primary school).",
            ),
            _appendix("J"),
            ("S", "J", "Rosie's parents have not requested a personal budget."),
            _appendix("K"),
            (
                "S",
                "K",
                "Parental advice (May 2026); educational advice from Fellgate Primary School (May 2026); educational psychology advice, Calderwick Educational Psychology Service (June 2026); medical advice, Child Development Centre (June 2026); occupational therapy letter (April 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=EP1,
            footer="Dr Imogen Castellane - Independent Educational Psychology Report - Rosie Achterberg-Moss - page {n} of {m}",
            blocks=[
                ("org", "Dr Imogen Castellane, Chartered Psychologist"),
                (
                    "small",
                    "Castellane Psychology, 4 Quay Buildings, Calderwick HF1 6RX. Telephone 01632 960587. imogen@castellane-psychology.example.org",
                ),
                ("title", "Independent educational psychology report"),
                (
                    "kv",
                    [
                        ("Child", "Rosie Achterberg-Moss, born 19 June 2016 (10 years 3 months)"),
                        ("School", "Fellgate Primary School, Year 5 (part-time timetable)"),
                        (
                            "Instructed by",
                            "Mr and Mrs Achterberg-Moss, for an appeal to the First-tier Tribunal (SEND)",
                        ),
                        ("Dates seen", "2 September 2026 (home) and 9 September 2026 (school)"),
                        ("Report date", "30 September 2026"),
                    ],
                ),
                ("h", 2, "1. Introduction"),
                (
                    "np",
                    "1.1",
                    "I am a chartered educational psychologist registered with the Health and Care Professions Council. I have worked with children and young people for 19 years, eleven of them in a local authority educational psychology service, and I specialise in autism and anxiety.",
                ),
                (
                    "np",
                    "1.2",
                    "I was asked by Rosie's parents to assess her special educational needs, to comment on the final EHC plan dated 21 September 2026 and to set out the provision I consider she requires. I understand that my duty is to the Tribunal and that it overrides any obligation to the parents who instructed me.",
                ),
                ("h", 2, "2. Background"),
                (
                    "np",
                    "2.1",
                    [
                        (
                            "X",
                            "Rosie attended full time without difficulty in Reception and Year 1, and her teachers then described her as quiet and compliant.",
                            "history",
                        ),
                        "Her parents report that from Year 3 she began to cry in the car on the way to school and to complain of stomach aches on Sunday evenings.",
                    ],
                ),
                (
                    "np",
                    "2.2",
                    [
                        (
                            "X",
                            "Since February 2026 Rosie has attended school each morning only, on a timetable agreed between the school and her parents.",
                            "history: support already in place",
                        ),
                        "Her attendance before that had fallen to 61 per cent, and most absences were whole days after a weekend or a holiday.",
                    ],
                ),
                (
                    "np",
                    "2.3",
                    [
                        (
                            "X",
                            "Rosie's early toileting difficulties, for which she saw the continence nurse in 2020, have resolved.",
                            "resolved difficulty",
                        ),
                        "Her hearing and vision were tested in 2025 and were normal.",
                    ],
                ),
                ("h", 2, "3. Assessment"),
                (
                    "np",
                    "3.1",
                    "I assessed Rosie at home, at her request, in two sessions of about an hour. She engaged well once she had shown me her drawings, and I consider the results below a fair estimate of her abilities, although she tired noticeably in the second session.",
                ),
                (
                    "grid",
                    [
                        ["WISC-V index", "Standard score", "Percentile", "Description"],
                        ["Verbal Comprehension", "115", "84", "High average"],
                        ["Visual Spatial", "106", "66", "Average"],
                        ["Fluid Reasoning", "103", "58", "Average"],
                        ["Working Memory", "94", "34", "Average"],
                        ["Processing Speed", "75", "5", "Very low"],
                    ],
                    [0.34, 0.2, 0.16, 0.3],
                ),
                ("pb",),
                (
                    "np",
                    "3.2",
                    [
                        (
                            "X",
                            "On the WIAT-4 Rosie's word reading and reading comprehension were both in the average range, and her mathematical reasoning was above average.",
                            "test result: a strength",
                        ),
                        (
                            "N",
                            "Rosie's scores show a marked gap between her verbal comprehension (84th percentile) and her processing speed (5th percentile), and in class this means that she takes much longer than her peers to copy, to write and to respond to spoken questions.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                (
                    "np",
                    "3.3",
                    [
                        (
                            "N",
                            "Her handwriting is legible but slow and effortful, and after about ten minutes of writing she complains that her hand hurts and stops.",
                            "sensory_physical",
                            B1_WRITE,
                        ),
                        "Her free writing speed was 9 words a minute, well below what is expected at her age, and the content of what she wrote was much simpler than what she could tell me aloud.",
                    ],
                ),
                (
                    "np",
                    "3.4",
                    [
                        (
                            "N",
                            "Rosie's anxiety is high and pervasive: on the Spence Children's Anxiety Scale her mother's ratings and her own both fell in the clinical range, and she described a fear of 'getting things wrong' that runs through the whole school day.",
                            "semh",
                            B1_ANX,
                        ),
                        "She rated the start of the day, supply teachers and being asked to read aloud as the worst parts of school.",
                    ],
                ),
                ("h", 2, "4. Observation in school"),
                (
                    "np",
                    "4.1",
                    "I observed Rosie for about ninety minutes on 9 September 2026, in a literacy lesson and then at morning break. Her teacher did not know which pupil I had come to see.",
                ),
                (
                    "np",
                    "4.2",
                    [
                        (
                            "N",
                            "Rosie interprets language literally and did not recognise that the teacher's question 'Would anyone like to tidy up?' was an instruction.",
                            "communication_interaction",
                            B1_COMM,
                        ),
                        (
                            "N",
                            "She does not ask for help when she is stuck; instead she sits still and waits, and staff may read this as her being on task.",
                            "communication_interaction",
                            B1_COMM,
                        ),
                    ],
                ),
                (
                    "np",
                    "4.3",
                    [
                        (
                            "N",
                            "Unstructured times are the hardest part of Rosie's day: at break she walked the edge of the playground alone and later told me that she does not know 'the rules' of the games the other girls play.",
                            "communication_interaction",
                            B1_GROUP,
                        ),
                        "The teaching assistant on duty told me that this is typical and that Rosie usually asks to go inside after five minutes.",
                    ],
                ),
                (
                    "np",
                    "4.4",
                    [
                        (
                            "N",
                            "Rosie is highly sensitive to noise and to the smell of the dining hall, which she now avoids altogether; she has eaten her lunch in the library corridor since January.",
                            "sensory_physical",
                            B1_SENS,
                        ),
                        (
                            "N",
                            "She does not use the school toilets, because of the noise of the hand dryers and the lack of privacy, and she told her parents that she does not drink during the school day so that she will not need to go.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "5. Opinion on Rosie's needs"),
                (
                    "np",
                    "5.1",
                    [
                        (
                            "N",
                            "Rosie masks her difficulties at school, so that staff see a quiet, compliant pupil, while at home she is frequently distressed, and her parents describe two or three meltdowns a week after school.",
                            "semh",
                            None,
                        ),
                        "In my opinion this pattern, which is well described in autistic girls, explains why the school's account of Rosie and her parents' account differ so much; neither is wrong. The effort of holding herself together through the morning is, in my view, the main reason she cannot yet manage a full day.",
                    ],
                ),
                (
                    "np",
                    "5.2",
                    [
                        (
                            "X",
                            "I do not consider that Rosie has a specific learning difficulty such as dyslexia; her reading and spelling are in line with her age.",
                            "a condition ruled out",
                        ),
                        "Her difficulties with written work arise from her slow processing and the physical effort of handwriting, not from her literacy.",
                    ],
                ),
                ("h", 2, "6. Comments on the final plan"),
                (
                    "np",
                    "6.1",
                    [
                        (
                            "X",
                            "The plan's 'access to ELSA sessions' is not specific: it does not say how often Rosie would have a session, for how long, or over how many weeks.",
                            "comment on the plan's wording",
                        ),
                        "The same is true of 'opportunities to record her work in different ways'. Neither could be enforced if the school were unable to provide it.",
                    ],
                ),
                (
                    "np",
                    "6.2",
                    [
                        (
                            "X",
                            "Appendix 2 of the plan does not mention Rosie's slow processing speed, her masking or her avoidance of the school toilets.",
                            "comment on the plan's wording",
                        ),
                        "Each of these affects her learning and her attendance, and in my opinion each should be described.",
                    ],
                ),
                (
                    "np",
                    "6.3",
                    "I agree with the plan's key adult check-ins, its quiet space and the arrangements for telling Rosie about changes in advance, which are specific and which Rosie herself says help her.",
                ),
                ("h", 2, "7. Recommendations"),
                (
                    "np",
                    "7.1",
                    (
                        "R",
                        "In my opinion Rosie requires a named key adult, trained in autism and anxiety, with whom she checks in at the start of each day and after lunch for about 10 minutes, and who is her point of contact whenever she is anxious.",
                        "semh",
                        "specific",
                        F1_KEY,
                    ),
                ),
                (
                    "np",
                    "7.2",
                    [
                        (
                            "R",
                            "I recommend that Rosie has an individual session of 30 minutes each week with a trained emotional literacy support assistant (ELSA), for a block of at least 12 weeks, focused on recognising and naming her anxiety and planning what she can do when it rises.",
                            "semh",
                            "not_specific",
                            F1_ELSA,
                        ),
                        "Rosie has the vocabulary to do this work, and the block should be repeated if her ratings remain in the clinical range.",
                    ],
                ),
                (
                    "np",
                    "7.3",
                    (
                        "R",
                        "Rosie should be taught social understanding in a small group of no more than four pupils, twice weekly for 30 minutes, by a teaching assistant trained by the specialist teacher, using a structured programme.",
                        "communication_interaction",
                        "less",
                        F1_SOCIAL,
                    ),
                ),
                (
                    "np",
                    "7.4",
                    (
                        "R",
                        "Rosie should be taught to touch-type, with 15 minutes of a structured touch-typing programme three times a week supervised by a teaching assistant, so that by the time she starts Year 7 she can use a laptop for extended writing.",
                        "sensory_physical",
                        "not_specific",
                        F1_TYPE,
                    ),
                ),
                (
                    "np",
                    "7.5",
                    (
                        "R",
                        "Staff should give Rosie a printed copy of instructions and of anything written on the board, in every lesson, so that she does not have to copy.",
                        "cognition_learning",
                        "missing_from_f",
                    ),
                ),
                (
                    "np",
                    "7.6",
                    (
                        "R",
                        "Ms Farah Okonjo, the NHS occupational therapist, advised in April 2026 that a sensory regulation programme should be carried out with Rosie in school for 15 minutes every morning before lessons, and I agree.",
                        "sensory_physical",
                        "wrong_section",
                        G1_SENSORY,
                        {"section": "G"},
                    ),
                ),
                (
                    "np",
                    "7.7",
                    (
                        "R",
                        "Ms Okonjo also advised that Rosie should be able to use the staff toilet, with a key held by her key adult, which would remove the reason she gives for not drinking.",
                        "sensory_physical",
                        "missing_from_f",
                    ),
                ),
                (
                    "np",
                    "7.8",
                    (
                        "R",
                        "Rosie's move to secondary school should be planned from the autumn term of Year 6, with at least six extra visits to her new school, a photo book of the building and staff, and a named adult there whom she meets before September.",
                        "semh",
                        "not_specific",
                        F1_TRANS,
                    ),
                ),
                (
                    "np",
                    "7.9",
                    [
                        (
                            "R",
                            "At home, Rosie's parents may wish to keep the first hour after school free of questions and demands, which many autistic children find helps them to recover.",
                            "semh",
                            "not_educational",
                        ),
                        "This is a suggestion for the family rather than special educational provision.",
                    ],
                ),
                (
                    "np",
                    "7.10",
                    [
                        (
                            "X",
                            "I considered whether Rosie needs a place in a specialist autism resource base, and I do not recommend one at present.",
                            "option considered and not recommended",
                        ),
                        "With the provision above in place, and with her needs properly described, I consider that a mainstream school can meet them, and Rosie wants to stay with the friends she has.",
                    ],
                ),
                ("h", 2, "8. Summary of recommendations"),
                (
                    "grid",
                    [
                        ["Provision", "Hours per week", "Delivered by"],
                        [
                            "Key adult check-ins, start of day and after lunch",
                            "1 hr 40 min",
                            "Teaching assistant trained in autism and anxiety",
                        ],
                        ["Individual ELSA session (12-week block)", "30 min", "Trained ELSA"],
                        [
                            (
                                "X",
                                "Social understanding group, up to four pupils",
                                "summary table row repeating paragraph 7.3",
                            ),
                            "1 hr",
                            "Teaching assistant trained by the specialist teacher",
                        ],
                        ["Touch-typing programme", "45 min", "Teaching assistant"],
                        [
                            "Sensory regulation programme",
                            "1 hr 15 min",
                            "School staff, programme set by the occupational therapist",
                        ],
                        [
                            "Printed copies of instructions and board work",
                            "Every lesson",
                            "Class teacher",
                        ],
                    ],
                    [0.48, 0.17, 0.35],
                ),
                (
                    "np",
                    "8.1",
                    "I confirm that I have made clear which facts and matters referred to in this report are within my own knowledge and which are not. Those that are within my own knowledge I confirm to be true. The opinions I have expressed represent my true and complete professional opinions.",
                ),
                (
                    "p",
                    "Dr Imogen Castellane, CPsychol, HCPC registered (PYL08731). 30 September 2026.",
                ),
            ],
        ),
        dict(
            file=SENCO1,
            blocks=[
                ("org", "Fellgate Primary School"),
                ("small", "Fellgate Road, Calderwick HF3 2LP. Telephone 01632 960351."),
                ("title", "SENCo report for the annual review"),
                (
                    "p",
                    "Pupil: Rosie Achterberg-Moss, Year 5, class Oak. Report by Mrs Karen Thistlewood, SENCo, with Miss Aoife Brennan, class teacher. 14 July 2026.",
                ),
                ("h", 2, "About Rosie"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Rosie is a kind and thoughtful girl with a dry sense of humour, and her artwork was chosen for the school's summer exhibition.",
                            "strength",
                        ),
                        (
                            "X",
                            "She reads widely and her reading age is above her chronological age.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 2, "Support currently in place"),
                (
                    "grid",
                    [
                        ["Support", "Since", "Impact"],
                        [
                            "Part-time timetable (mornings)",
                            "February 2026",
                            "Attendance at the mornings offered is now 94 per cent",
                        ],
                        [
                            "Check-ins with Mrs Dale (TA) at 8.45 am and after lunch",
                            "March 2026",
                            "Rosie arrives calmer and will tell Mrs Dale if something is worrying her",
                        ],
                        [
                            "Time-out card and quiet space in the library",
                            "March 2026",
                            "Used two or three times a week, usually in the last lesson before lunch",
                        ],
                        [
                            "Ear defenders in assembly and the dining hall",
                            "2024",
                            "Rosie now attends assembly every week",
                        ],
                        [
                            "Weekly social communication group (six pupils)",
                            "April 2026",
                            "Rosie attends but rarely speaks in the group",
                        ],
                    ],
                    [0.38, 0.17, 0.45],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Rosie no longer refuses to come into the classroom in the morning, which was happening most days last autumn.",
                            "resolved difficulty / progress",
                        ),
                        "We put this down to the morning check-in and to her knowing in advance who will be teaching her.",
                    ],
                ),
                ("h", 2, "What Rosie still finds difficult"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Rosie finds changes to routine very difficult, for example a supply teacher or a move to a different classroom, and on those days she is more likely to ask to go home.",
                            "semh",
                            B1_ANX,
                        ),
                        (
                            "N",
                            "In group tasks she either takes over or withdraws completely, and she finds it hard to compromise with other children.",
                            "communication_interaction",
                            B1_GROUP,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Rosie finds extended writing hard and will often produce only two or three sentences in a lesson, although her spoken ideas are excellent.",
                            "cognition_learning",
                            B1_WRITE,
                        ),
                        "She is happier to type, and has used a class laptop on a few occasions this term.",
                    ],
                ),
                ("h", 2, "Next steps"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "We would like Rosie's check-ins with her key adult to continue at the start of the day and after lunch.",
                            "semh",
                            "specific",
                            F1_KEY,
                        ),
                        (
                            "R",
                            "Rosie should continue to wear her ear defenders in assembly and the dining hall.",
                            "sensory_physical",
                            "specific",
                            F1_EAR,
                        ),
                        (
                            "R",
                            "The part-time timetable should be reviewed every half term with Rosie and her parents, adding one afternoon at a time when she is ready.",
                            "semh",
                            "specific",
                            F1_TIME,
                        ),
                    ],
                ),
                (
                    "p",
                    "We are happy to meet Rosie's parents at any time to discuss this report. Karen Thistlewood, SENCo.",
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evals-02: Hartsmere County Council; Callum Treharne-Ives, 15, Year 10, educated
# otherwise than in school under section 61. layout "legal-numbered-paragraphs": every
# paragraph numbered (1.1, 1.2, 2.1 ...) under headings "PART n - NAME" whose numbers do
# not follow the regulation's letters (needs, outcomes and provision come before health
# and social care).
# ---------------------------------------------------------------------------

B2_SOC = "Callum is autistic. He has significant difficulties with social communication and interaction: he finds it hard to understand other people's intentions and feelings, and to take part in conversations that are not about his own interests."
B2_MUTE = "When he is anxious Callum may become unable to speak, and he will then communicate by typing or writing."
B2_ANX = "Callum experiences very high levels of anxiety, which are linked to his autism and to his past experience of school, and which currently prevent him from attending any school setting."
B2_ISO = "He has had little contact with other young people since leaving school and finds meeting new people very stressful."
B2_ATT = "Callum's attainment in English is below that expected for his age because he missed much of Key Stage 3; his attainment in mathematics and science is in line with his age."
B2_SENS = "Callum has sensory sensitivities to noise, bright light and crowded places."

F2_TUTOR = "One-to-one tuition at home from a qualified teacher in English and in mathematics, 2 hours in each subject every week (4 hours in total) during term time."
F2_ONLINE = "Access to online lessons in science and computer science."
F2_MENTOR = "A mentor experienced in working with autistic young people, for 3 hours every week during term time, to support Callum to go out into the community and to build towards a college taster day."
F2_CHOICE = "Every adult who teaches or mentors Callum will accept typed or written answers in every session and will not require him to answer aloud."
F2_VOCAB = "His English tutor will pre-teach the key vocabulary of each new topic at the start of that topic."
F2_SALT = "Speech and language therapy input to support Callum's communication."
F2_SOCIAL = "Opportunities to meet other young people with similar interests."
F2_COORD = "A named EOTAS coordinator from the Hartsmere Inclusion Service will meet Callum and his parents once every half term to review the package and will report to the SEND team after each meeting."
F2_EXAMS = "The local authority will arrange for Callum to sit GCSE English language and mathematics in summer 2028 as a private candidate at the Hartsmere Learning Centre, in a separate room with 25 per cent extra time and rest breaks."
G2_TRAIN = "The speech and language therapist will provide a training session once a year for Callum's tutors and mentor on his communication needs."

SALT2 = "independent_salt_report.pdf"
LAEP2 = "la_ep_advice.docx"


def _paras(part: int, items: list, first: int = 1) -> list:
    """Numbered paragraphs of one part: "2.1", "2.2" ... each item a text or marker."""
    return [("np", f"{part}.{i}", item) for i, item in enumerate(items, first)]


CASE_02 = dict(
    name="case-evals-02",
    layout="legal-numbered-paragraphs",
    summary=(
        "Hartsmere County Council; Callum Treharne-Ives, 15, Year 10, out of school since Year 8 "
        "and educated otherwise than in school under section 61 (autism, very high anxiety, "
        "situational mutism, receptive language disorder, executive function). Every paragraph "
        "of the plan is numbered; the headings are 'PART n - NAME' in capitals and the numbers do "
        "not follow the regulation's letters (needs, outcomes and provision before health and "
        "social care). Independent SALT's report for the tribunal; short council EP advice."
    ),
    note=(
        "Headings are the capitalised PART lines; PART 1 is an introduction, not a section. "
        "Paragraph 5.1, which says the provision will be made otherwise than in school, is not a "
        "provision. The SALT's summary table repeats the recommendations argued in her section 8; "
        "the body paragraphs are the recommendations. The yearly SALT training of tutors in PART 6 "
        "(health care provision) is wrong_section: training education staff is special educational "
        "provision. The SALT's inference need is taken as covered by B's 'understand other "
        "people's intentions and feelings'."
    ),
    plan=dict(
        file="plan.docx",
        footer="Hartsmere County Council - EHC Plan - Callum Treharne-Ives - Final - October 2026",
        blocks=[
            ("org", "HARTSMERE COUNTY COUNCIL"),
            ("title", "EDUCATION, HEALTH AND CARE PLAN"),
            ("b", "PART 1 - INTRODUCTION"),
            *_paras(
                1,
                [
                    "This is the Education, Health and Care Plan of Callum Treharne-Ives, born 3 February 2011, of 14 Orchard Rise, Hartsmere KB7 2DN, made under section 37 of the Children and Families Act 2014.",
                    "The plan was finalised on 12 October 2026 and replaces the plan dated 20 January 2026. Callum's parents are Ms Rhian Treharne and Mr Dominic Ives.",
                    "The Parts of this plan set out the information required by regulation 12 of the Special Educational Needs and Disability Regulations 2014. The Parts are not in the order of the regulation, and each Part says what it contains.",
                ],
            ),
            ("b", ("H", "A", "PART 2 - VIEWS, INTERESTS AND ASPIRATIONS", "b")),
            *_paras(
                2,
                [
                    (
                        "S",
                        "A",
                        "Callum is interested in railways, in particular the history of the Hartsmere and District Railway, and in building computers. He would like to work with computers when he is older.",
                    ),
                    "Callum said: 'I want to do my GCSEs but not in a school. I want people to stop making me talk when I can't.'",
                    "Callum's parents want him to gain qualifications, to have a friend his own age and to go to college when he is ready.",
                ],
            ),
            ("b", ("H", "B", "PART 3 - SPECIAL EDUCATIONAL NEEDS", "b")),
            *_paras(
                3,
                [
                    ("S", "B", B2_SOC),
                    B2_MUTE,
                    B2_ANX,
                    B2_ISO,
                    B2_ATT,
                    B2_SENS,
                ],
            ),
            ("b", ("H", "E", "PART 4 - OUTCOMES", "b")),
            *_paras(
                4,
                [
                    (
                        "S",
                        "E",
                        "By July 2028 Callum will have sat GCSE examinations in English language and mathematics.",
                    ),
                    "By July 2027 Callum will spend two hours a week in a community setting of his choice with his mentor.",
                    "By July 2027 Callum will be able to tell his tutor, by speaking or typing, when he has not understood.",
                ],
            ),
            ("pb",),
            ("b", ("H", "F", "PART 5 - SPECIAL EDUCATIONAL PROVISION", "b")),
            *_paras(
                5,
                [
                    (
                        "S",
                        "F",
                        "The local authority is satisfied that it would be inappropriate for the special educational provision set out below to be made in a school, and it will be made otherwise than in a school under section 61 of the Children and Families Act 2014.",
                    ),
                    ("F", F2_TUTOR, True),
                    ("F", F2_ONLINE, False),
                    ("F", F2_MENTOR, True),
                    ("F", F2_CHOICE, True),
                    ("F", F2_VOCAB, True),
                    ("F", F2_SALT, False),
                    ("F", F2_SOCIAL, False),
                    ("F", F2_COORD, True),
                    ("F", F2_EXAMS, True),
                ],
            ),
            ("b", ("H", "C", "PART 6 - HEALTH CARE NEEDS", "b")),
            *_paras(
                6,
                [
                    (
                        "S",
                        "C",
                        "Callum has been assessed by Hartsmere CAMHS, who confirmed a diagnosis of an anxiety disorder in May 2025.",
                    ),
                    "He has difficulty falling asleep and his sleep pattern is often reversed in the school holidays.",
                ],
            ),
            ("b", ("H", "G", "PART 7 - HEALTH CARE PROVISION", "b")),
            *_paras(
                7,
                [
                    (
                        "S",
                        "G",
                        "Callum will continue to be seen by Hartsmere CAMHS for cognitive behavioural therapy adapted for autistic young people, fortnightly at home or by video, until the therapist and Callum agree to end.",
                    ),
                    G2_TRAIN,
                ],
            ),
            ("pb",),
            ("b", ("H", "D", "PART 8 - SOCIAL CARE NEEDS", "b")),
            *_paras(
                8,
                [
                    (
                        "S",
                        "D",
                        "Callum's family have been assessed by the Disabled Children's Team and have been offered a short break activity of his choice.",
                    ),
                ],
            ),
            (
                "b",
                (
                    "H",
                    "H1",
                    "PART 9 - SOCIAL CARE PROVISION UNDER SECTION 2 OF THE CHRONICALLY SICK AND DISABLED PERSONS ACT 1970",
                    "b",
                ),
            ),
            *_paras(
                9,
                [
                    (
                        "S",
                        "H1",
                        "A short break of 3 hours a month at the Hartsmere Model Engineering Club with a support worker, provided by the Disabled Children's Team.",
                    ),
                ],
            ),
            ("b", ("H", "H2", "PART 10 - OTHER SOCIAL CARE PROVISION", "b")),
            *_paras(10, [("S", "H2", "No other social care provision is required at present.")]),
            ("b", ("H", "I", "PART 11 - PLACEMENT", "b")),
            *_paras(
                11,
                [
                    (
                        "S",
                        "I",
                        "No school or other institution is named. Callum's special educational provision will be made otherwise than in a school under section 61 of the Children and Families Act 2014.",
                    ),
                ],
            ),
            ("b", ("H", "J", "PART 12 - PERSONAL BUDGET", "b")),
            *_paras(
                12,
                [
                    (
                        "S",
                        "J",
                        "Callum's parents have not asked for a personal budget. The local authority commissions the tuition and mentoring in Part 5 directly.",
                    ),
                ],
            ),
            ("b", ("H", "K", "PART 13 - ADVICE AND INFORMATION", "b")),
            *_paras(
                13,
                [
                    (
                        "S",
                        "K",
                        "Advice of Callum and his parents (June 2026); educational psychology advice (July 2026); CAMHS letter (May 2026); social care advice (June 2026); speech and language therapy report (September 2026).",
                    ),
                ],
            ),
        ],
    ),
    reports=[
        dict(
            file=SALT2,
            footer="Arkwright Speech and Language Therapy - expert report - Callum Treharne-Ives - {n}/{m}",
            blocks=[
                ("org", "Arkwright Speech and Language Therapy"),
                (
                    "small",
                    "Bethan Arkwright, BSc (Hons) MRCSLT, HCPC SL041927. 22 Mill Wharf, Hartsmere KB7 1AF. 01632 960733.",
                ),
                ("title", "Expert report of a speech and language therapist"),
                (
                    "kv",
                    [
                        ("Young person", "Callum Treharne-Ives, born 3 February 2011"),
                        (
                            "Instructed by",
                            "Ms Treharne and Mr Ives (parents), for an appeal against the final plan of 12 October 2026",
                        ),
                        (
                            "Assessment",
                            "Home visits on 7 and 21 September 2026; tutor's written views; review of records",
                        ),
                        ("Report date", "28 September 2026"),
                    ],
                ),
                ("h", 2, "1. Qualifications and instructions"),
                *[
                    ("np", label, text)
                    for label, text in [
                        (
                            "1.1",
                            "I qualified as a speech and language therapist in 2006 and have specialised since 2012 in autistic adolescents and in selective mutism. I worked for nine years in an NHS secondary-age team and have been in independent practice since 2021.",
                        ),
                        (
                            "1.2",
                            "I have been asked to describe Callum's speech, language and communication needs, to comment on how those needs and the provision for them are described in the plan, and to recommend the provision I consider he requires. I am aware of my duty to the Tribunal.",
                        ),
                    ]
                ],
                ("h", 2, "2. Background"),
                (
                    "np",
                    "2.1",
                    [
                        (
                            "X",
                            "Callum's early speech and language development was within normal limits according to his parents, and he spoke in full sentences by the age of three.",
                            "history",
                        ),
                        "He was diagnosed as autistic at the age of nine. Nothing in the records suggests that his language was assessed at that time.",
                    ],
                ),
                (
                    "np",
                    "2.2",
                    [
                        (
                            "X",
                            "Callum stopped attending Hartsmere Academy in March 2025, in Year 8, after a period of increasing distress.",
                            "history",
                        ),
                        "Since January 2026 he has been taught at home by tutors under the council's EOTAS arrangements, and his tutor reports that he now engages with every session, although he rarely speaks in them.",
                    ],
                ),
                ("h", 2, "3. Assessment results"),
                (
                    "np",
                    "3.1",
                    "I used the Clinical Evaluation of Language Fundamentals, fifth edition (CELF-5 UK), a pragmatics profile completed with Callum's mother, and a narrative retell task. On my first visit Callum did not speak, and he answered the CELF-5 items that allow it by pointing or by typing; I completed the spoken subtests on my second visit, when he spoke quietly throughout.",
                ),
                (
                    "grid",
                    [
                        ["CELF-5 UK", "Score", "Percentile"],
                        ["Receptive Language Index", "72", "3"],
                        ["Expressive Language Index", "88", "21"],
                        ["Language Content Index", "79", "8"],
                        ["Core Language Score", "80", "9"],
                    ],
                    [0.55, 0.2, 0.25],
                ),
                (
                    "np",
                    "3.2",
                    [
                        (
                            "N",
                            "Callum's receptive language score was at the 3rd percentile, and in everyday terms this means that he does not reliably understand long spoken instructions, sentences built with 'unless' or 'although', or the subject vocabulary used in his tuition.",
                            "communication_interaction",
                            None,
                        ),
                        "His tutor had assumed that he understood, because he nods and does not ask questions.",
                    ],
                ),
                (
                    "np",
                    "3.3",
                    [
                        (
                            "X",
                            "His expressive language is within the average range when he is calm, and his vocabulary for topics that interest him is excellent.",
                            "test result: a strength",
                        ),
                        "On the narrative retell task he recalled the main events accurately but in a flat, list-like way, which is common in autistic young people and which does not in itself call for therapy.",
                    ],
                ),
                (
                    "np",
                    "3.4",
                    [
                        (
                            "N",
                            "Callum has marked difficulty with pragmatic language: he does not read tone of voice, takes sarcasm literally, and cannot keep a conversation going when the topic is not his own.",
                            "communication_interaction",
                            B2_SOC,
                        ),
                        (
                            "N",
                            "He finds it hard to infer what a character in a text thinks or feels, which his tutor reports is now the main barrier to his progress in GCSE English.",
                            "communication_interaction",
                            B2_SOC,
                            "B's 'hard to understand other people's intentions and feelings' is taken to cover inferring a character's thoughts",
                        ),
                    ],
                ),
                (
                    "np",
                    "3.5",
                    [
                        (
                            "N",
                            "When his anxiety is high Callum becomes unable to speak, and on my first visit he communicated only by typing on his tablet.",
                            "communication_interaction",
                            B2_MUTE,
                        ),
                        "In my opinion this is situational mutism, driven by anxiety; it is not a choice and it is not defiance, and he should never be pressed to speak.",
                    ],
                ),
                ("h", 2, "4. Comments on the plan"),
                (
                    "np",
                    "4.1",
                    [
                        (
                            "X",
                            "The plan's 'speech and language therapy input' is not specific: it states neither the therapist's qualification, nor how often Callum would be seen, nor for how long.",
                            "comment on the plan's wording",
                        ),
                        "It would be impossible for Callum's parents to know whether it was being provided.",
                    ],
                ),
                (
                    "np",
                    "4.2",
                    [
                        (
                            "X",
                            "Part 3 of the plan does not describe Callum's receptive language disorder at all.",
                            "comment on the plan's wording",
                        ),
                        "I accept that nobody had assessed it before, but the tutors teaching him need to know it.",
                    ],
                ),
                (
                    "np",
                    "4.3",
                    "Paragraph 5.5 of the plan, which says that adults will accept typed or written answers and will not require Callum to answer aloud, is clear and sensible, and I would not change it.",
                ),
                ("h", 2, "5. Opinion and recommendations"),
                (
                    "np",
                    "5.1",
                    [
                        (
                            "R",
                            "In my opinion Callum requires direct therapy from a speech and language therapist with experience of autistic adolescents and of selective mutism, for 45 minutes each week during term time for at least the first year, at home or by video as he prefers.",
                            "communication_interaction",
                            "not_specific",
                            F2_SALT,
                        ),
                        "The therapy should address his understanding of complex language, inference in texts and strategies for telling adults when he has not understood.",
                    ],
                ),
                (
                    "np",
                    "5.2",
                    (
                        "R",
                        "I recommend that the therapist trains each of Callum's tutors and his mentor, for one hour at the start of every term, in how to adapt their language and how to respond when he cannot speak.",
                        "communication_interaction",
                        "wrong_section",
                        G2_TRAIN,
                        {"section": "G"},
                    ),
                ),
                (
                    "np",
                    "5.3",
                    (
                        "R",
                        "Callum should be able to answer in whatever way he can manage in every session, whether by speaking, typing or writing, and no adult should insist that he answers aloud.",
                        "communication_interaction",
                        "specific",
                        F2_CHOICE,
                    ),
                ),
                (
                    "np",
                    "5.4",
                    (
                        "R",
                        "Subject vocabulary should be pre-taught, with the first 10 minutes of every English tuition session given to the key words of the current topic, using a word map that Callum keeps.",
                        "communication_interaction",
                        "less",
                        F2_VOCAB,
                    ),
                ),
                (
                    "np",
                    "5.5",
                    [
                        (
                            "R",
                            "Callum would benefit from a small social communication group with other autistic teenagers, of no more than four, for one hour a fortnight, run by a speech and language therapist or an assistant she supervises.",
                            "communication_interaction",
                            "not_specific",
                            F2_SOCIAL,
                        ),
                        "He told me he would try this if the group met somewhere quiet and if he did not have to talk in the first session.",
                    ],
                ),
                (
                    "np",
                    "5.6",
                    [
                        (
                            "X",
                            "I considered recommending an augmentative communication app, but Callum already types fluently on his tablet and does not need one.",
                            "option considered and not recommended",
                        ),
                        (
                            "R",
                            "At home, his parents may find it helps to leave a notebook in the kitchen where Callum can write down things he wants to tell them.",
                            "communication_interaction",
                            "not_educational",
                        ),
                    ],
                ),
                ("h", 2, "6. Summary of recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Hours per week", "Who delivers"],
                        [
                            "Direct speech and language therapy",
                            "0.75",
                            "Specialist SLT (autism, selective mutism)",
                        ],
                        [
                            "Training of tutors and mentor",
                            "1 hour per person each term",
                            "Specialist SLT",
                        ],
                        [
                            (
                                "X",
                                "Pre-teaching of subject vocabulary, 10 minutes each session",
                                "summary table row repeating paragraph 5.4",
                            ),
                            "0.33",
                            "English tutor",
                        ],
                        [
                            "Social communication group (up to four)",
                            "0.5 (one hour a fortnight)",
                            "SLT or supervised assistant",
                        ],
                    ],
                    [0.5, 0.2, 0.3],
                ),
                (
                    "np",
                    "6.1",
                    "I confirm that I have made clear which facts and matters referred to in this report are within my own knowledge and which are not, and that the opinions I have expressed represent my true and complete professional opinions.",
                ),
                (
                    "p",
                    "Bethan Arkwright, Specialist Speech and Language Therapist, 28 September 2026.",
                ),
            ],
        ),
        dict(
            file=LAEP2,
            blocks=[
                ("org", "Hartsmere Educational Psychology Service"),
                ("b", "Psychological advice for an EHC needs reassessment"),
                (
                    "kv",
                    [
                        ("Name", "Callum Treharne-Ives"),
                        ("Date of birth", "03/02/2011"),
                        ("EP", "Tomasz Wierzbicki, Senior Educational Psychologist"),
                        ("Date", "8 July 2026"),
                    ],
                ),
                ("h", 3, "Sources of information"),
                (
                    "p",
                    "Consultation with Callum's parents and his English tutor; a meeting with Callum at home (he typed his answers); previous EP advice (2025).",
                ),
                ("h", 3, "Strengths"),
                (
                    "bul",
                    [
                        ("X", "very good knowledge of railways and computers", "strength"),
                        ("X", "now engages with every tuition session", "progress"),
                        "good relationship with his mathematics tutor",
                    ],
                ),
                ("h", 3, "Areas of need"),
                (
                    "bul",
                    [
                        (
                            "N",
                            "high anxiety linked to school, with avoidance of buildings and people associated with education",
                            "semh",
                            B2_ANX,
                        ),
                        (
                            "N",
                            "difficulty starting, planning and organising tasks without adult prompting (executive functioning)",
                            "cognition_learning",
                            None,
                        ),
                        (
                            "N",
                            "gaps in learning, particularly in English, because of time out of school",
                            "cognition_learning",
                            B2_ATT,
                        ),
                        (
                            "N",
                            "sensory sensitivity, especially to busy and noisy places",
                            "sensory_physical",
                            B2_SENS,
                        ),
                        ("N", "very limited contact with peers for over a year", "semh", B2_ISO),
                    ],
                ),
                ("h", 3, "Advice on provision"),
                (
                    "p",
                    "In my view a return to school is not realistic in the coming year, and Callum's needs are best met through a continued package of education otherwise than in school.",
                ),
                (
                    "bul",
                    [
                        (
                            "R",
                            "one-to-one tuition at home in English and mathematics, building up as Callum's tolerance allows",
                            "cognition_learning",
                            "specific",
                            F2_TUTOR,
                        ),
                        (
                            "R",
                            "a consistent mentor to support gradual community access, starting with places Callum chooses",
                            "semh",
                            "specific",
                            F2_MENTOR,
                        ),
                        (
                            "R",
                            "a visual plan of each tuition session and a written checklist for starting tasks, used by every tutor",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "review of the whole package each half term with Callum and his parents",
                            "other",
                            "specific",
                            F2_COORD,
                        ),
                    ],
                ),
                (
                    "p",
                    "I would be happy to contribute to the first review. Tomasz Wierzbicki, HCPC registered practitioner psychologist.",
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evals-03: Brackenmoor Council; Saoirse Bellamy-Tran, 14, Year 9, electively home
# educated. layout "pfa-grouped-outcomes-provision": lettered sections in shaded bands;
# outcomes (E) and provision (F) each grouped under the four preparing-for-adulthood
# headings ("Education and employment", "Independent living", "Friends, relationships and
# community", "Good health"), so F holds a "Good health" group of educational provision.
# ---------------------------------------------------------------------------

B3_ANX = "Saoirse has very high anxiety about education settings and unfamiliar adults, which led to her leaving school in Year 7."
B3_COMM = (
    "She is autistic and needs extra time to process what is said to her before she can answer."
)
B3_SOC = "Saoirse has very few friendships and little contact with young people of her own age."
B3_REG = "She finds it hard to recognise and manage her emotions, and when overwhelmed she may shut down and be unable to speak or move."
B3_MATHS = "Saoirse has difficulties with mathematics and lacks confidence with number."
B3_PLAN = "She needs support to plan and organise longer pieces of work."
B3_SENS = "Saoirse is sensitive to noise and prefers quiet, familiar places."

F3_MATHS = "Specialist teaching in mathematics from a qualified teacher experienced with autistic learners, for one hour twice a week at home, using concrete materials and a structured number programme."
F3_ENG = "Support with English as needed."
F3_FRAMES = (
    "Her tutors will provide a writing frame and a task checklist for every piece of extended work."
)
F3_CAREERS = "Careers guidance to help Saoirse plan for post-16."
F3_TRAVEL = "Independent travel training from the Brackenmoor Travel Training Team, one session of 90 minutes a week for a block of 10 weeks starting in the spring term 2027."
F3_LIFE = "Opportunities to develop life skills such as cooking and managing money."
F3_SOCIAL = "Access to a social skills group."
F3_EMOT = "A 45-minute session at home every week with a specialist teacher from the Brackenmoor Autism Advisory Service, working with Saoirse on recognising and managing her emotions."
H2_3_WORKER = "A support worker for 3 hours a week to help Saoirse access her local community, arranged by the Children with Disabilities Team."

EP3 = "independent_ep_report.docx"
LAEP3 = "la_ep_advice.pdf"

PFA = (
    "Education and employment",
    "Independent living",
    "Friends, relationships and community",
    "Good health",
)


def _band(sid: str, text: str) -> tuple:
    return ("H", sid, text, "band")


CASE_03 = dict(
    name="case-evals-03",
    layout="pfa-grouped-outcomes-provision",
    summary=(
        "Brackenmoor Council; Saoirse Bellamy-Tran, 14, Year 9, electively home educated since "
        "Year 7 (autism, very high anxiety, shutdowns, mathematics difficulty, touch sensitivity, "
        "limited independence). Lettered sections in shaded bands; outcomes and provision are each "
        "grouped under the four preparing-for-adulthood headings, so F has a 'Good health' group. "
        "No Section J. Independent EP's report for the tribunal; short council EP advice."
    ),
    note=(
        "Headings are the shaded bands 'Section B - ...'. The preparing-for-adulthood headings inside "
        "E and F are sub-headings, not sections; 'Good health' inside F holds educational provision. "
        "Independent travel training in F has no need behind it in B: independence and travel are "
        "missing from B. The mentor the EP recommends as part of Saoirse's education stands in H2 "
        "as a social care support worker: wrong_section. The plan has no Section J (the council's "
        "template has no personal budget section): section_missing J."
    ),
    plan=dict(
        file="plan.pdf",
        accent="6B2C39",
        footer="Brackenmoor Council   EHC plan   Saoirse Bellamy-Tran   Final 2 November 2026   Page {n}",
        blocks=[
            ("org", "Brackenmoor Council - Special Educational Needs and Disabilities Service"),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Saoirse Bellamy-Tran   Date of birth: 30 April 2012   Year group: 9   Final plan issued 2 November 2026",
            ),
            (
                "small",
                "Home address: 7 Heather Close, Brackenmoor AC12 4WE   SEND officer: Lewis Mbatha, 01632 960462",
            ),
            _band("A", "Section A - About Saoirse: views, interests and aspirations"),
            (
                "S",
                "A",
                "Saoirse loves drawing, Japanese animation and looking after the family's two guinea pigs. She would like to study animation at college.",
            ),
            (
                "p",
                "Saoirse's parents chose to educate her at home from October 2024. They want her to gain GCSEs, to be able to go out on her own and to have friends.",
            ),
            _band("B", "Section B - Special educational needs"),
            ("b", "Communication and interaction"),
            ("S", "B", B3_COMM),
            ("p", B3_SOC),
            ("b", "Cognition and learning"),
            ("p", [B3_MATHS, B3_PLAN]),
            ("b", "Social, emotional and mental health"),
            ("p", [B3_ANX, B3_REG]),
            ("b", "Sensory and physical"),
            ("p", B3_SENS),
            _band("C", "Section C - Health needs"),
            (
                "S",
                "C",
                "Saoirse was diagnosed as autistic in 2023. She has been seen by Brackenmoor CAMHS for anxiety since 2024.",
            ),
            _band("D", "Section D - Social care needs"),
            (
                "S",
                "D",
                "Saoirse was assessed by the Children with Disabilities Team in 2026. She is socially isolated and rarely leaves the house without a parent.",
            ),
            _band("E", "Section E - Outcomes"),
            ("h", 3, PFA[0]),
            (
                "S",
                "E",
                "By July 2028 Saoirse will have taken GCSE mathematics, English language and art as a private candidate.",
            ),
            ("h", 3, PFA[1]),
            (
                "p",
                "By the end of Year 10 Saoirse will travel on her own by bus from home to Brackenmoor town centre.",
            ),
            ("h", 3, PFA[2]),
            (
                "p",
                "By the end of Year 10 Saoirse will attend a weekly group activity with other young people.",
            ),
            ("h", 3, PFA[3]),
            (
                "p",
                "By the end of Year 10 Saoirse will be able to tell a trusted adult when she is becoming overwhelmed, before she shuts down.",
            ),
            _band("F", "Section F - Special educational provision"),
            (
                "S",
                "F",
                "Saoirse's parents have made their own arrangements for her education at home. The local authority will secure the provision below to meet the needs in Section B.",
            ),
            ("h", 3, PFA[0]),
            (
                "bul",
                [
                    ("F", F3_MATHS, True),
                    ("F", F3_ENG, False),
                    ("F", F3_FRAMES, True),
                    ("F", F3_CAREERS, False),
                ],
            ),
            ("h", 3, PFA[1]),
            ("bul", [("F", F3_TRAVEL, True), ("F", F3_LIFE, False)]),
            ("h", 3, PFA[2]),
            ("bul", [("F", F3_SOCIAL, False)]),
            ("h", 3, PFA[3]),
            ("bul", [("F", F3_EMOT, True)]),
            _band("G", "Section G - Health provision"),
            (
                "S",
                "G",
                "Saoirse will be offered an appointment with the Brackenmoor CAMHS autism and anxiety clinic every eight weeks, at home or by video.",
            ),
            _band(
                "H1",
                "Section H1 - Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("S", "H1", "No provision is required under section 2 of the 1970 Act."),
            _band("H2", "Section H2 - Any other social care provision"),
            ("S", "H2", H2_3_WORKER),
            _band("I", "Section I - Placement"),
            (
                "S",
                "I",
                "No school or other institution is named. Saoirse is electively home educated, and the local authority is satisfied that her parents have made suitable arrangements for her education.",
            ),
            _band("K", "Section K - Advice and information"),
            (
                "S",
                "K",
                "Parental views (June 2026); educational psychology advice (July 2026); CAMHS advice (June 2026); Children with Disabilities Team assessment (May 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=EP3,
            header="PRIVATE AND CONFIDENTIAL - prepared for the First-tier Tribunal (SEND)",
            footer="Dr Marcus Oyelaran-Fisk - Saoirse Bellamy-Tran",
            blocks=[
                ("org", "Oyelaran-Fisk Educational Psychology"),
                ("small", "The Old Chapel, Kiln Street, Brackenmoor AC12 1PL   01632 960819"),
                ("title", "Report of an independent educational psychologist"),
                (
                    "kv",
                    [
                        ("Subject", "Saoirse Bellamy-Tran (DOB 30/04/2012), Year 9, home educated"),
                        (
                            "Instructions",
                            "From Mr and Mrs Bellamy-Tran, for an appeal against Sections B and F of the final plan",
                        ),
                        ("Seen", "At home on 24 September and 1 October 2026"),
                        (
                            "Author",
                            "Dr Marcus Oyelaran-Fisk, DEdPsy, HCPC registered, Chartered Psychologist",
                        ),
                    ],
                ),
                ("h", 2, "A. Instructions and the scope of this report"),
                (
                    "np",
                    "1.",
                    "I have been asked to assess Saoirse's special educational needs, to comment on Sections B and F of the final plan of 2 November 2026 and to set out the provision I consider she requires. I understand my overriding duty to the Tribunal.",
                ),
                (
                    "np",
                    "2.",
                    [
                        (
                            "X",
                            "Saoirse's parents have chosen to educate her at home and intend to continue to do so until the end of Year 11.",
                            "context: elective home education (Section I)",
                        ),
                        "I make no recommendation about a school, and nothing in this report should be read as suggesting that the arrangements her parents have made are unsuitable.",
                    ],
                ),
                ("h", 2, "B. History"),
                (
                    "np",
                    "3.",
                    [
                        (
                            "X",
                            "Saoirse attended Brackenmoor Primary School, where she was described as bright and quiet and where no concerns were raised until Year 6.",
                            "history",
                        ),
                        "In the first half term of Year 7 at Moorside High School she stopped eating at school, then stopped attending, and she has not been inside a school since October 2024.",
                    ],
                ),
                (
                    "np",
                    "4.",
                    [
                        (
                            "X",
                            "Saoirse's sleep, which was badly disrupted in Year 7, has improved since she left school, and she now sleeps about nine hours a night.",
                            "resolved difficulty",
                        ),
                        "Her mother attributes this to the end of the daily dread of the school gate, and I have no reason to doubt it.",
                    ],
                ),
                ("h", 2, "C. Assessment"),
                (
                    "np",
                    "5.",
                    "Saoirse took part in the assessment at the kitchen table, with her mother in the next room. She drew throughout our conversations and answered more fully while she did so. I used subtests of the WISC-V and WIAT-4 UK, the Beck Youth Inventories, and interviews with Saoirse and both parents.",
                ),
                (
                    "grid",
                    [
                        ["Measure", "Result", "What this means"],
                        ["WISC-V Verbal Comprehension", "112 (79th percentile)", "A strength"],
                        ["WISC-V Processing Speed", "81 (10th percentile)", "Below average"],
                        ["WIAT-4 Reading Comprehension", "104 (61st percentile)", "Average"],
                        [
                            "WIAT-4 Numerical Operations",
                            "73 (4th percentile)",
                            "Well below average",
                        ],
                        ["Beck Anxiety Inventory (youth)", "T score 72", "Extremely elevated"],
                    ],
                    [0.4, 0.28, 0.32],
                ),
                (
                    "np",
                    "6.",
                    [
                        (
                            "N",
                            "Saoirse has a specific difficulty with mathematics: she cannot reliably recall number bonds to 10, she counts on her fingers for single-digit addition, and she becomes distressed when asked to work with numbers at all.",
                            "cognition_learning",
                            B3_MATHS,
                        ),
                        "Her verbal reasoning is good, and she understands mathematical ideas when they are explained with objects and pictures; the difficulty lies in number facts and procedures.",
                    ],
                ),
                (
                    "np",
                    "7.",
                    [
                        (
                            "N",
                            "She processes spoken information slowly, and in conversation she often replies several seconds after a question has been asked, by which time the other person has usually moved on or repeated it.",
                            "communication_interaction",
                            B3_COMM,
                        ),
                        "When I waited, her answers were thoughtful and detailed.",
                    ],
                ),
                ("h", 2, "D. Social, emotional and mental health"),
                (
                    "np",
                    "8.",
                    [
                        (
                            "N",
                            "Saoirse's anxiety is extreme: she becomes tearful and breathless when school is mentioned, and she would not walk past the gates of Moorside High School with me.",
                            "semh",
                            B3_ANX,
                        ),
                        "In my opinion a return to any school building in the next year would be harmful, and her parents' decision to educate her at home was reasonable.",
                    ],
                ),
                (
                    "np",
                    "9.",
                    [
                        (
                            "N",
                            "Saoirse finds it very hard to recognise and name her own emotions, and her mother reports that distress often builds without warning into shutdowns in which she cannot speak or move for up to an hour.",
                            "semh",
                            B3_REG,
                        ),
                        (
                            "N",
                            "Her only friendship is with a girl she met through an online drawing forum, and she has not spent time with a young person of her own age in person for more than a year.",
                            "communication_interaction",
                            B3_SOC,
                        ),
                    ],
                ),
                ("h", 2, "E. Independence and sensory needs"),
                (
                    "np",
                    "10.",
                    [
                        (
                            "N",
                            "Saoirse cannot yet travel anywhere on her own, and she has never paid for something in a shop or used a bus without her mother beside her.",
                            "other",
                            None,
                        ),
                        "At fourteen this is a significant gap, and it will decide whether she can get to a college course at sixteen.",
                    ],
                ),
                (
                    "np",
                    "11.",
                    [
                        (
                            "N",
                            "Saoirse is extremely sensitive to touch and to the feel of clothing, and she can wear only a small number of garments, which limits when and where she is willing to go out.",
                            "sensory_physical",
                            None,
                        ),
                        (
                            "X",
                            "Her gross and fine motor skills appear typical, and I saw no reason to refer her for an occupational therapy assessment of her coordination.",
                            "a difficulty ruled out",
                        ),
                    ],
                ),
                ("h", 2, "F. The plan"),
                (
                    "np",
                    "12.",
                    [
                        (
                            "X",
                            "The plan's 'support with English as needed' is not specific: it does not say who provides the support, how often or for how long, and Saoirse's English is in any case a relative strength.",
                            "comment on the plan's wording",
                        ),
                        "Similarly 'access to a social skills group' names no group, no size and no frequency.",
                    ],
                ),
                (
                    "np",
                    "13.",
                    [
                        (
                            "X",
                            "Section B does not mention Saoirse's sensitivity to touch, her lack of independence or her inability to travel alone, although Section E sets an outcome for independent travel.",
                            "comment on the plan's wording",
                        ),
                        "A provision without a need behind it is easily lost at a review.",
                    ],
                ),
                ("h", 2, "G. Recommendations"),
                (
                    "np",
                    "14.",
                    (
                        "R",
                        "In my opinion Saoirse requires specialist teaching in mathematics from a qualified teacher with experience of autistic learners and of maths anxiety, in three sessions of one hour each week, using concrete materials and a structured, cumulative number programme.",
                        "cognition_learning",
                        "less",
                        F3_MATHS,
                    ),
                ),
                (
                    "np",
                    "15.",
                    (
                        "R",
                        "She should have an individual session of 45 minutes each week with a specialist teacher or assistant psychologist trained in autism, working on recognising, naming and managing her emotions.",
                        "semh",
                        "specific",
                        F3_EMOT,
                    ),
                ),
                (
                    "np",
                    "16.",
                    (
                        "R",
                        "I recommend a small social skills group of no more than four autistic girls of her age, for one hour each week, run by a specialist teacher, so that she can practise conversation with peers in a setting she can predict.",
                        "communication_interaction",
                        "not_specific",
                        F3_SOCIAL,
                    ),
                ),
                (
                    "np",
                    "17.",
                    (
                        "R",
                        "Saoirse should have a mentor for three hours each week to help her practise going out to shops, a library and a cafe, as part of her education, because these are the skills she will need to get to and manage college.",
                        "other",
                        "wrong_section",
                        H2_3_WORKER,
                        {"section": "H2"},
                    ),
                ),
                (
                    "np",
                    "18.",
                    (
                        "R",
                        "Independent travel training should begin in the spring term of Year 9, in a block of about ten weekly sessions, with the bus route to Brackenmoor College as its goal.",
                        "other",
                        "specific",
                        F3_TRAVEL,
                    ),
                ),
                (
                    "np",
                    "19.",
                    (
                        "R",
                        "Every adult who teaches Saoirse should wait at least ten seconds for her answer before repeating or rephrasing a question, and should give instructions in writing as well as aloud.",
                        "communication_interaction",
                        "missing_from_f",
                    ),
                ),
                (
                    "np",
                    "20.",
                    (
                        "R",
                        "From Year 10 Saoirse should have at least two sessions of careers guidance from a qualified adviser who understands autism, to plan her route into college.",
                        "other",
                        "not_specific",
                        F3_CAREERS,
                    ),
                ),
                (
                    "np",
                    "21.",
                    [
                        (
                            "R",
                            "Her parents may wish to keep a short feelings diary with Saoirse each evening, using the same words for her emotions as her specialist teacher.",
                            "semh",
                            "not_educational",
                        ),
                        (
                            "X",
                            "I considered whether Saoirse should begin a part-time return to a school or a pupil referral unit, and I do not recommend it.",
                            "option considered and not recommended",
                        ),
                    ],
                ),
                ("h", 2, "H. Summary of recommendations"),
                (
                    "grid",
                    [
                        ["Provision", "Hours per week", "Delivered by"],
                        [
                            (
                                "X",
                                "Specialist mathematics teaching",
                                "summary table row repeating paragraph 14",
                            ),
                            "3",
                            "Qualified teacher (autism, maths anxiety)",
                        ],
                        [
                            "Emotional regulation sessions",
                            "0.75",
                            "Specialist teacher or assistant psychologist",
                        ],
                        ["Social skills group (up to four)", "1", "Specialist teacher"],
                        ["Community mentor", "3", "Mentor"],
                        ["Independent travel training (10 weeks)", "1", "Travel training team"],
                        [
                            "Careers guidance",
                            "Two sessions in Year 10",
                            "Qualified careers adviser",
                        ],
                    ],
                    [0.45, 0.2, 0.35],
                ),
                (
                    "p",
                    "Statement of truth: I confirm that the facts in this report are true to the best of my knowledge and that the opinions are my own. Dr Marcus Oyelaran-Fisk, 9 October 2026.",
                ),
            ],
        ),
        dict(
            file=LAEP3,
            sans=True,
            accent="3B5B2A",
            footer="Brackenmoor Educational Psychology Service   Page {n} of {m}",
            blocks=[
                ("org", "Brackenmoor Educational Psychology Service"),
                ("title", "Educational psychology advice"),
                (
                    "small",
                    "Saoirse Bellamy-Tran, born 30 April 2012. Advice by Gwen Aldous-Farr, Educational Psychologist, 14 July 2026, after a home visit and a consultation with her parents.",
                ),
                ("h", 3, "What is going well"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Saoirse's reading and spelling are broadly in line with her age, and her art is of a high standard.",
                            "strength",
                        ),
                        "She has worked with the same maths tutor, privately arranged, since January and looks forward to the sessions.",
                    ],
                ),
                ("h", 3, "Needs"),
                (
                    "bul",
                    [
                        (
                            "N",
                            "significant anxiety about education settings and unfamiliar adults",
                            "semh",
                            B3_ANX,
                        ),
                        (
                            "N",
                            "difficulties with mathematics, including basic number facts",
                            "cognition_learning",
                            B3_MATHS,
                        ),
                        (
                            "N",
                            "slow to begin tasks; needs help to plan longer pieces of work",
                            "cognition_learning",
                            B3_PLAN,
                        ),
                        (
                            "N",
                            "limited independence skills for her age (money, travel, cooking)",
                            "other",
                            None,
                        ),
                    ],
                ),
                ("h", 3, "Advice"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "tuition in mathematics from an experienced teacher, twice weekly",
                            "cognition_learning",
                            "specific",
                            F3_MATHS,
                        ),
                        (
                            "R",
                            "writing frames and checklists for longer pieces of work",
                            "cognition_learning",
                            "specific",
                            F3_FRAMES,
                        ),
                        (
                            "R",
                            "opportunities to practise life skills, including cooking and handling money, in real settings",
                            "other",
                            "not_specific",
                            F3_LIFE,
                        ),
                    ],
                ),
                ("p", "Gwen Aldous-Farr, HCPC registered Educational Psychologist."),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evals-04: Wyvernham Borough Council; Ezra Halloran-Mbeki, 12, Year 8, moving to
# education otherwise than in school with a personal budget. layout
# "amendment-marked-headings": an amended plan after an annual review; it opens with a
# table summarising the amendments by section, and each section heading ends with its
# amendment status ("- Amended 4 November 2026", "- No change"); F quotes the provision
# deleted at the review.
# ---------------------------------------------------------------------------

B4_AUT = "Ezra is autistic, with a demand avoidant profile: he experiences everyday requests as threatening, and he may avoid them by negotiating, distracting the adult or leaving."
B4_COMM = "Ezra needs instructions to be given to him individually and broken into steps."
B4_SOC = (
    "He finds it difficult to work with other pupils and prefers to be in control of shared tasks."
)
B4_ANX = "Ezra has high levels of anxiety in busy and unpredictable environments, and he is very sensitive to making mistakes."
B4_SENS = (
    "Ezra has sensory processing differences, particularly in his responses to noise and touch."
)
B4_MOTOR = (
    "He has difficulties with fine motor skills, and handwriting is slow and effortful for him."
)
B4_SELF = "He needs help with some self-care tasks, such as fastenings and using cutlery."

F4_TUTOR = "From 6 January 2027, one-to-one teaching at home from a qualified teacher for 10 hours a week during term time, covering English, mathematics and science, arranged by the Wyvernham Tuition Service."
F4_HANDOVER = "Before 6 January 2027, a handover meeting of at least one hour between Ezra's key worker at Ridgeway Academy and his tutor."
F4_DEMAND = "Every adult working with Ezra will use a low-demand approach in every session, offering choices and using declarative language rather than direct instructions."
F4_BREAKS = "A movement break of 5 minutes in every 30 minutes of teaching, led by his tutor, using the activities in his sensory diet."
F4_TYPE = "Ezra will use a laptop for written work and will be taught to touch-type by his tutor for 15 minutes, three times a week."
F4_OT = "Occupational therapy advice and a programme as appropriate."
F4_SELFCARE = "Ezra will be supported to develop his independence and self-care skills."
F4_OUTDOOR = "Outdoor learning at Coppice Farm Outdoor Learning, one morning (3 hours) a week during term time, funded through the personal budget in Section J."
F4_MENTOR = "A mentor to support Ezra's wellbeing."
G4_CORE = "A core stability programme, written by the NHS children's physiotherapist, practised with his tutor for 10 minutes every day."

OT4 = "independent_ot_report.pdf"
SENCO4 = "senco_report.docx"

HEAD4 = {
    "A": "Section A: Views, interests and aspirations - Amended 4 November 2026",
    "B": "Section B: Special educational needs - Amended 4 November 2026",
    "C": "Section C: Health care needs - No change",
    "D": "Section D: Social care needs - No change",
    "E": "Section E: Outcomes - Amended 4 November 2026",
    "F": "Section F: Special educational provision - Amended 4 November 2026",
    "G": "Section G: Health care provision - Amended 4 November 2026",
    "H1": "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 - No change",
    "H2": "Section H2: Other social care provision - No change",
    "I": "Section I: Placement - Amended 4 November 2026",
    "J": "Section J: Personal budget - New section at this review",
    "K": "Section K: Advice and information - Amended 4 November 2026",
}


def _sec4(sid: str) -> tuple:
    return ("H", sid, HEAD4[sid], "h1")


CASE_04 = dict(
    name="case-evals-04",
    layout="amendment-marked-headings",
    summary=(
        "Wyvernham Borough Council; Ezra Halloran-Mbeki, 12, Year 8, at Ridgeway Academy on a "
        "reduced timetable, moving to education otherwise than in school from January 2027 with a "
        "personal budget (autism with a demand avoidant profile, high anxiety, sensory processing, "
        "motor and self-care difficulties, interoception). An amended plan after an annual review: a "
        "summary table of amendments by section, then each heading ending with its status ('- Amended "
        "4 November 2026', '- No change'); F quotes the provision deleted at the review. Independent "
        "occupational therapist's report for the tribunal; SENCo report describing support in place."
    ),
    note=(
        "Headings are the Word headings with their amendment status; the summary table before them "
        "names each section but is not a heading. The lines in F beginning 'Deleted at this review' "
        "quote provision that has been removed and are not provisions. The core stability programme "
        "practised with his tutor and placed in G is wrong_section (and the need behind it is missing "
        "from B). The OT's summary table repeats the recommendations of her section 7."
    ),
    plan=dict(
        file="plan.docx",
        header="Wyvernham Borough Council - Amended EHC Plan - OFFICIAL SENSITIVE",
        footer="Ezra Halloran-Mbeki - amended plan issued 4 November 2026",
        accent="2E3A87",
        blocks=[
            ("org", "Wyvernham Borough Council"),
            ("title", "Education, Health and Care Plan (amended following annual review)"),
            (
                "kv",
                [
                    ("Name", "Ezra Halloran-Mbeki"),
                    ("Date of birth", "11 August 2014"),
                    ("Address", "23 Linnet Way, Wyvernham KB9 3HS"),
                    ("Date of first plan", "2 March 2022"),
                    ("Annual review meeting", "16 September 2026"),
                    ("Date of this amended plan", "4 November 2026"),
                ],
            ),
            ("b", "Summary of amendments"),
            (
                "p",
                "After the annual review meeting the local authority decided to amend the plan. The table shows which sections have changed. Text that has been removed is quoted under 'Deleted at this review' so that you can see what has changed.",
            ),
            (
                "grid",
                [
                    ["Section", "Status", "Summary of change"],
                    ["A", "Amended", "Ezra's and his parents' views updated"],
                    ["B", "Amended", "Needs updated using the annual review reports"],
                    ["C, D, H1, H2", "No change", "-"],
                    ["E", "Amended", "New outcomes for Key Stage 3"],
                    [
                        "F",
                        "Amended",
                        "Provision to be made otherwise than in school from 6 January 2027",
                    ],
                    ["G", "Amended", "Physiotherapy programme added"],
                    ["I", "Amended", "Education otherwise than in school from 6 January 2027"],
                    ["J", "New", "Personal budget for outdoor learning"],
                    ["K", "Amended", "Annual review reports added"],
                ],
                [0.18, 0.17, 0.65],
            ),
            (
                "p",
                "Signed: Priya Venkataraman, SEND Team Manager, on behalf of Wyvernham Borough Council.",
            ),
            (
                "BODY",
                "Signed: Priya Venkataraman, SEND Team Manager, on behalf of Wyvernham Borough Council.",
            ),
            ("pb",),
            _sec4("A"),
            (
                "S",
                "A",
                "Ezra likes building in Minecraft, fixing bikes with his grandad and being outdoors, especially near water.",
            ),
            (
                "p",
                "Ezra said at his review: 'School is too many people telling me what to do.' His parents want him to learn without being frightened, and to have a future working with his hands.",
            ),
            _sec4("B"),
            ("S", "B", B4_AUT),
            ("p", B4_COMM),
            ("p", B4_SOC),
            ("p", B4_ANX),
            ("p", B4_SENS),
            ("p", [B4_MOTOR, B4_SELF]),
            (
                "p",
                "Ezra's reading is in line with his age, and he has a good understanding of science when it is practical.",
            ),
            _sec4("C"),
            (
                "S",
                "C",
                "Ezra has a diagnosis of autism (2021). He has eczema, managed by his GP.",
            ),
            _sec4("D"),
            ("S", "D", "Ezra has no assessed social care needs."),
            _sec4("E"),
            (
                "S",
                "E",
                "By July 2027 Ezra will be taking part in 10 hours of teaching a week at home, in English, mathematics and science.",
            ),
            (
                "p",
                "By July 2027 Ezra will type at 20 words a minute and use a laptop for all written work.",
            ),
            (
                "p",
                "By the end of Year 9 Ezra will be able to fasten his own coat and shoes and cut his food.",
            ),
            _sec4("F"),
            (
                "S",
                "F",
                "Until 5 January 2027 the provision in the plan of 2 March 2022 continues at Ridgeway Academy. From 6 January 2027 the following provision will be made otherwise than in a school, under section 61 of the Children and Families Act 2014.",
            ),
            (
                "bul",
                [
                    ("F", F4_TUTOR, True),
                    ("F", F4_HANDOVER, True),
                    ("F", F4_DEMAND, True),
                    ("F", F4_BREAKS, True),
                    ("F", F4_TYPE, True),
                    ("F", F4_OT, False),
                    ("F", F4_SELFCARE, False),
                    ("F", F4_OUTDOOR, True),
                    ("F", F4_MENTOR, False),
                ],
            ),
            (
                "p",
                "Deleted at this review: 'Ezra will have access to the school's nurture group at lunchtime.'",
            ),
            (
                "p",
                "Deleted at this review: 'A teaching assistant for 15 hours a week at Ridgeway Academy to support Ezra in lessons.'",
            ),
            _sec4("G"),
            ("S", "G", "Ezra will be reviewed by the NHS children's physiotherapist once a term."),
            ("p", G4_CORE),
            _sec4("H1"),
            ("S", "H1", "None."),
            _sec4("H2"),
            ("S", "H2", "No other social care provision is needed."),
            _sec4("I"),
            (
                "S",
                "I",
                "Until 5 January 2027: Ridgeway Academy, Wyvernham (mainstream academy, ages 11 to 16). From 6 January 2027 no school is named: Ezra's special educational provision will be made otherwise than in a school under section 61 of the Children and Families Act 2014.",
            ),
            _sec4("J"),
            (
                "S",
                "J",
                "A personal budget of 7,800 pounds a year will be paid to Ezra's parents as a direct payment for the outdoor learning sessions in Section F.",
            ),
            (
                "p",
                "The sessions meet Ezra's needs in anxiety and sensory processing, and support his outcome of taking part in learning every week. His parents will keep records of the sessions and send them to the council each term.",
            ),
            _sec4("K"),
            (
                "S",
                "K",
                "Annual review reports (September 2026): Ridgeway Academy SENCo report; parental views; independent occupational therapy report (August 2026). Advice from the original assessment (2021-2022) is listed in the plan of 2 March 2022.",
            ),
        ],
    ),
    reports=[
        dict(
            file=OT4,
            footer="Quaye Occupational Therapy - Ezra Halloran-Mbeki - Independent OT report - page {n} of {m}",
            blocks=[
                ("org", "Quaye Occupational Therapy"),
                (
                    "small",
                    "Harriet Quaye, BSc (Hons) Occupational Therapy, HCPC OT68215, Advanced Practitioner in Sensory Integration. Unit 5, Tannery Yard, Wyvernham KB9 1ET. 01632 960276.",
                ),
                ("title", "Independent occupational therapy report"),
                (
                    "kv",
                    [
                        ("Child", "Ezra Halloran-Mbeki, born 11 August 2014"),
                        (
                            "Commissioned by",
                            "Ezra's parents, for the annual review and any appeal that follows",
                        ),
                        ("Assessments", "Home, 4 August 2026; clinic, 11 August 2026"),
                        ("Report date", "25 August 2026"),
                    ],
                ),
                ("h", 2, "1. Introduction"),
                (
                    "np",
                    "1.1",
                    "I am an occupational therapist with 16 years' experience, 10 of them in paediatric practice. I was asked to assess Ezra's sensory, motor and self-care skills and to recommend the provision he needs, including if he is taught at home from January 2027.",
                ),
                ("h", 2, "2. Background"),
                (
                    "np",
                    "2.1",
                    [
                        (
                            "X",
                            "Ezra was seen by the NHS occupational therapy service in 2021, when he was discharged after a block of six sessions for handwriting.",
                            "history",
                        ),
                        "His parents told me that no sensory assessment was offered then, and that they have not seen any occupational therapy advice since.",
                    ],
                ),
                (
                    "np",
                    "2.2",
                    [
                        (
                            "X",
                            "Ezra has attended Ridgeway Academy for mornings only since February 2026, and his parents and the school have agreed that he will be taught at home from January.",
                            "history / placement (Section I)",
                        ),
                        "I have read the school's SENCo report and the annual review paperwork.",
                    ],
                ),
                ("h", 2, "3. Sensory processing"),
                (
                    "np",
                    "3.1",
                    "Ezra's mother completed the Sensory Profile 2. I also observed Ezra at home and during clinical observations of posture, balance and movement in my clinic.",
                ),
                (
                    "np",
                    "3.2",
                    [
                        (
                            "N",
                            "Ezra's responses to sound and touch fall in the 'much more than others' range, and he covers his ears or leaves the room at noise levels that other children of his age tolerate.",
                            "sensory_physical",
                            B4_SENS,
                        ),
                        "He would not wear the clinic's weighted lap pad, but he chose to sit in a beanbag and wrapped himself tightly in a blanket, which calmed him visibly.",
                    ],
                ),
                (
                    "np",
                    "3.3",
                    [
                        (
                            "N",
                            "He has difficulty with interoception: he often does not notice that he is hungry, thirsty or needs the toilet until it is urgent, and his parents report that he rarely eats anything before 2 pm.",
                            "sensory_physical",
                            None,
                        ),
                        "This is common in autistic children, and in my opinion it contributes to the dysregulation the school describes late in the morning.",
                    ],
                ),
                ("pb",),
                ("h", 2, "4. Motor skills and posture"),
                (
                    "grid",
                    [
                        ["Assessment", "Result", "Comment"],
                        [
                            "Movement ABC-3, manual dexterity",
                            "5th percentile",
                            "Below the expected range",
                        ],
                        ["Movement ABC-3, balance", "16th percentile", "Low average"],
                        ["DASH free writing speed", "2nd percentile", "Very slow for his age"],
                        ["Beery VMI", "Standard score 88", "Low average"],
                    ],
                    [0.42, 0.22, 0.36],
                ),
                (
                    "np",
                    "4.1",
                    [
                        (
                            "N",
                            "His handwriting is slow and poorly formed, with letters of mixed size and no consistent spacing, and he stops after three or four lines.",
                            "sensory_physical",
                            B4_MOTOR,
                        ),
                        (
                            "N",
                            "Ezra has poor core stability and tires quickly when sitting at a table; within ten minutes he is slumped across it or has moved to the floor.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                (
                    "np",
                    "4.2",
                    [
                        (
                            "N",
                            "He cannot yet tie his laces, fasten small buttons or cut up his food with a knife and fork, and he relies on his parents for all of these.",
                            "sensory_physical",
                            B4_SELF,
                        ),
                        (
                            "X",
                            "His gross motor skills, such as running, cycling and climbing, are age-appropriate, and he rides his bike confidently.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 2, "5. Anxiety and demands"),
                (
                    "np",
                    "5.1",
                    [
                        (
                            "N",
                            "Ezra's anxiety rises sharply when he perceives a demand, even one he would otherwise enjoy, and he then avoids it by negotiating, changing the subject or leaving.",
                            "semh",
                            B4_AUT,
                        ),
                        "During my assessment he completed every task that I presented as a choice or a challenge to me, and refused two that I presented as instructions.",
                    ],
                ),
                ("h", 2, "6. Comments on the plan"),
                (
                    "np",
                    "6.1",
                    [
                        (
                            "X",
                            "The plan's 'occupational therapy advice and a programme as appropriate' is not specific: it does not say who will write the programme, what it will contain, how often it will be delivered or by whom.",
                            "comment on the plan's wording",
                        ),
                        "In my experience such a sentence results in a single visit and a printed sheet.",
                    ],
                ),
                (
                    "np",
                    "6.2",
                    "I support the proposed movement breaks and the use of a laptop, which are clearly described.",
                ),
                ("h", 2, "7. Recommendations"),
                (
                    "np",
                    "7.1",
                    (
                        "R",
                        "Ezra requires direct occupational therapy from an occupational therapist with postgraduate training in sensory integration, for 45 minutes every fortnight for 12 sessions, followed by a review, to work on self-regulation, fine motor skills and self-care.",
                        "sensory_physical",
                        "not_specific",
                        F4_OT,
                    ),
                ),
                (
                    "np",
                    "7.2",
                    (
                        "R",
                        "He should have a movement break of about 5 minutes in every half hour of teaching, drawn from a sensory diet that I or another occupational therapist will write and review each half term.",
                        "sensory_physical",
                        "specific",
                        F4_BREAKS,
                    ),
                ),
                (
                    "np",
                    "7.3",
                    (
                        "R",
                        "Ezra should be taught to touch-type for 15 minutes every day, five days a week, using a structured programme, until he can type at 20 words a minute.",
                        "sensory_physical",
                        "less",
                        F4_TYPE,
                    ),
                ),
                (
                    "np",
                    "7.4",
                    (
                        "R",
                        "A core stability programme should be practised with Ezra for 10 minutes every day by the adult teaching him, as part of his learning day.",
                        "sensory_physical",
                        "wrong_section",
                        G4_CORE,
                        {"section": "G"},
                    ),
                ),
                (
                    "np",
                    "7.5",
                    (
                        "R",
                        "The adult working with Ezra should prompt him to have a snack and a drink at set times, at least every 90 minutes, because he does not notice hunger or thirst for himself.",
                        "sensory_physical",
                        "missing_from_f",
                    ),
                ),
                (
                    "np",
                    "7.6",
                    (
                        "R",
                        "A self-care programme for laces, buttons and cutlery should be practised with Ezra for 10 minutes each day, set by the occupational therapist and carried out by his tutor.",
                        "sensory_physical",
                        "not_specific",
                        F4_SELFCARE,
                    ),
                ),
                (
                    "np",
                    "7.7",
                    [
                        (
                            "R",
                            "At home, a den or tent in his bedroom, with a heavy blanket, may give Ezra somewhere to recover after busy days.",
                            "sensory_physical",
                            "not_educational",
                        ),
                        (
                            "X",
                            "I considered recommending a weighted vest, but Ezra dislikes pressure on his shoulders and I do not recommend one.",
                            "option considered and not recommended",
                        ),
                    ],
                ),
                ("h", 2, "8. Summary of recommendations"),
                (
                    "grid",
                    [
                        ["Provision", "Hours per week", "Who delivers"],
                        [
                            (
                                "X",
                                "Direct occupational therapy (12 sessions, then review)",
                                "summary table row repeating paragraph 7.1",
                            ),
                            "0.375 (45 minutes a fortnight)",
                            "OT with sensory integration training",
                        ],
                        [
                            "Movement breaks from a sensory diet",
                            "About 1.5",
                            "Tutor; diet written by the OT",
                        ],
                        ["Touch-typing programme", "1.25", "Tutor"],
                        ["Core stability programme", "1", "Tutor"],
                        ["Snack and drink prompts", "-", "Adult working with Ezra"],
                        ["Self-care programme", "1", "Tutor; programme set by the OT"],
                    ],
                    [0.44, 0.24, 0.32],
                ),
                (
                    "p",
                    "I confirm that this report sets out my own professional opinion and that I understand my duty to the Tribunal. Harriet Quaye, 25 August 2026.",
                ),
            ],
        ),
        dict(
            file=SENCO4,
            blocks=[
                ("org", "Ridgeway Academy"),
                (
                    "small",
                    "Part of the Wyvern Learning Trust. Ridgeway Lane, Wyvernham KB9 4NN. 01632 960195.",
                ),
                ("title", "Annual review: SENCo report"),
                (
                    "p",
                    "Ezra Halloran-Mbeki, Year 8. Written by Mr Devesh Anand, SENCo, from information from Ezra's key worker and his teachers, 2 September 2026.",
                ),
                ("h", 2, "Ezra's strengths"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Ezra is curious and funny, and his science teacher says he asks the best questions in the class.",
                            "strength",
                        ),
                        (
                            "X",
                            "He has got on well with his key worker, Mrs Okafor, since she started working with him in March.",
                            "strength / relationship",
                        ),
                    ],
                ),
                ("h", 2, "Support in place this year"),
                (
                    "grid",
                    [
                        ["Support", "How often", "Outcome"],
                        [
                            "Reduced timetable (mornings)",
                            "Daily since February 2026",
                            "Attendance at the mornings is 88 per cent",
                        ],
                        [
                            "Key worker (Mrs Okafor) meets Ezra at the gate",
                            "Every morning",
                            "Ezra comes in calmly on most days",
                        ],
                        [
                            "Choices and 'now and next' board instead of instructions",
                            "Every lesson",
                            "Fewer refusals; he completes most tasks offered as a choice",
                        ],
                        [
                            "Laptop for written work",
                            "All lessons",
                            "Ezra produces more written work",
                        ],
                        [
                            "Leaves lessons 5 minutes early to avoid busy corridors",
                            "Every lesson",
                            "No incidents in corridors since April",
                        ],
                    ],
                    [0.44, 0.22, 0.34],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Ezra has not run out of the school building since April, when he began leaving lessons early.",
                            "resolved difficulty",
                        ),
                        "Before that he left the site twice in the autumn term.",
                    ],
                ),
                ("h", 2, "What Ezra still finds hard"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Ezra finds it very difficult to follow instructions given to the whole class, and he needs them repeated to him on his own and one step at a time.",
                            "communication_interaction",
                            B4_COMM,
                        ),
                        (
                            "N",
                            "He struggles to work with other pupils and will leave a group if he is not in charge of the task.",
                            "communication_interaction",
                            B4_SOC,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Ezra's written work is well below his spoken ability because writing is so effortful for him, even on the laptop.",
                            "sensory_physical",
                            B4_MOTOR,
                        ),
                        (
                            "N",
                            "He becomes very upset when he makes a mistake, and will delete or tear up a whole piece of work because of a single error.",
                            "semh",
                            B4_ANX,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations for the plan"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "Ezra's tutor should meet his key worker before January for a proper handover, so that the strategies that work for him here carry on at home.",
                            "semh",
                            "specific",
                            F4_HANDOVER,
                        ),
                        (
                            "R",
                            "Ezra should continue to use a laptop for all his written work.",
                            "sensory_physical",
                            "specific",
                            F4_TYPE,
                        ),
                    ],
                ),
                (
                    "p",
                    "We will continue the current arrangements until the end of the autumn term. Devesh Anand, SENCo.",
                ),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
