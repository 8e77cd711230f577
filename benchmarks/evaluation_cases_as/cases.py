# ruff: noqa: E501, N802
"""Set AS as data: children aged 7 to 17 in special schools and independent specialist
placements (one a 38-week residential school), where the family disputes the placement and
the amount of therapy; independent speech and language and occupational therapy reports
that argue their recommendations at length, a council educational psychologist's report in
reported speech, and one plan amended after an annual review. Four plan layouts no earlier
set has.

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


def F(text: str, specific: bool) -> tuple:
    """A Section F provision."""
    return ("F", text, specific)


# ---------------------------------------------------------------------------
# case-evalas-01: Castlemere Borough Council; Kofi Adjei-Bennett, 12, Year 7, maintained
# special school. Plan amended after the annual review.
# layout "change-log-table-before-sections": the amended plan opens with a table of what
# changed at the review, section by section ("Section B", "Section F" ...), before the
# lettered sections themselves ("Section B - Special educational needs").
# ---------------------------------------------------------------------------

B1_RECEP = "Kofi follows short instructions about what is happening now, especially with a picture or gesture, but longer sentences, questions about time and 'why' questions are hard for him to follow."
B1_EXPR = "He mostly uses phrases of two or three words and has few ways to comment or to ask for help, which leaves him frustrated."
B1_SOCIAL = "Kofi enjoys the company of adults he knows well but rarely starts an interaction with another pupil, and games that involve taking turns are difficult for him."
B1_LEARN = "Kofi is working well below the level expected for his age: he reads around 40 familiar words by sight and is secure with numbers to 20."
B1_ATTN = "He can stay with an adult-led task for about five minutes before he needs prompting to come back to it."
B1_SENS = (
    "Kofi looks for movement and likes to chew things, and noisy, busy rooms can unsettle him."
)
B1_FINE = "His fine motor skills are still developing; he holds a pencil in his fist and struggles with buttons and zips."
B1_BEHAV = "When he is anxious, or cannot make himself understood, Kofi may drop to the floor or push people away."

F1_VIS = "A personal visual timetable and a now-and-next board, used in every lesson, with a spoken and signed warning before each change of activity."
F1_TEACCH = "Two structured individual work sessions a day, of 15 minutes each, at Kofi's own work station (TEACCH approach), planned by the class teacher and run by a teaching assistant."
F1_SALT = "Speech and language therapy from the Castlemere NHS therapy team: the therapist will write a programme each term, to be delivered by class staff for 15 minutes three times a week, and will visit the class once each half term to review it."
F1_GROUP = "Opportunities to take part in social communication group work as appropriate."
F1_PREC = "Precision teaching of sight words, 10 minutes every day, with a teaching assistant, using words from signs around school and in the community."
F1_PBS = "A behaviour support plan will be in place and reviewed regularly."
F1_SENSD = "A sensory diet of movement breaks and chewing activities, at set times three times a day, carried out by class staff."
F1_OT = "Occupational therapy advice to school as needed."
F1_CLASS = "Kofi will be taught in a class of no more than nine pupils, with a teacher and two teaching assistants."
F1_SIGN = "All adults working with Kofi will use Makaton signs alongside speech throughout the school day."
G1_TRAIN = "The NHS speech and language therapy team will provide training for Larchfield staff in visual supports and Makaton."
G1_PAED = "Kofi is reviewed by the community paediatrician, Dr Sandhu, once a year."

SL1 = "salt_report.pdf"
EP1 = "ep_report.docx"
OT1 = "ot_report.docx"


def _s1(sid: str, name: str) -> tuple:
    return ("H", sid, f"Section {sid} - {name}", "h1")


CASE_01 = dict(
    name="case-evalas-01",
    layout="change-log-table-before-sections",
    summary=(
        "Castlemere Borough Council; Kofi Adjei-Bennett, 12, Year 7 at Larchfield School, a maintained "
        "special school (autism, language disorder, learning difficulty, sensory and motor needs). The plan "
        "was amended after the annual review and opens with a table of the changes, section by section, "
        "before the lettered sections. Independent speech and language therapy report, council educational "
        "psychologist's report in reported speech, independent occupational therapy report."
    ),
    note="The change table before the sections names Section B, E, F and I in its cells; the sections begin after it. The family wants an independent specialist school (a Section I matter, not a finding). Staff training from the NHS speech and language therapy team stands in Section G, which makes it provision in the wrong section; the paediatric review there is health provision.",
    plan=dict(
        file="plan.docx",
        footer="Castlemere Borough Council | EHC plan | Kofi Adjei-Bennett | Amended plan (annual review 8 October 2026)",
        blocks=[
            ("org", "Castlemere Borough Council - Special Educational Needs and Disability Team"),
            ("title", "Education, Health and Care Plan - amended following annual review"),
            (
                "small",
                "Kofi Adjei-Bennett   Date of birth: 3 March 2014   Plan first issued: 14 June 2019   Annual review meeting: 8 October 2026   Amended plan issued: 20 November 2026",
            ),
            (
                "small",
                "SEN case officer: Ms Harriet Lomax, telephone 01632 960318, harriet.lomax@example.org",
            ),
            ("b", "Changes made to this plan following the annual review"),
            (
                "grid",
                [
                    ["Section", "What has changed", "Reason"],
                    [
                        "Section A",
                        "Kofi's views updated with his communication book at the review.",
                        "Review meeting, 8 October 2026.",
                    ],
                    [
                        "Section B",
                        "Communication needs rewritten; reference to toilet training removed.",
                        "Annual review reports; school reports toileting is now managed within the class routine.",
                    ],
                    [
                        "Section E",
                        "Key Stage 2 outcomes achieved and removed; Key Stage 3 outcomes added.",
                        "Kofi has moved into the secondary department.",
                    ],
                    [
                        "Section F",
                        "Speech and language therapy and sensory provision revised; class size stated.",
                        "NHS therapy advice, September 2026.",
                    ],
                    [
                        "Section I",
                        "No change. Parents' request for an independent school was considered and declined.",
                        "See the decision letter of 20 November 2026.",
                    ],
                ],
                [0.16, 0.5, 0.34],
            ),
            (
                "p",
                "Sections that are not listed above have been checked and carried forward from the plan of 2 November 2025 unchanged.",
            ),
            ("BODY", "Sections that are not listed above"),
            _s1("A", "The views, interests and aspirations of Kofi and his parents"),
            (
                "S",
                "A",
                "Kofi loves buses, trampolining and the songs from his favourite cartoon, and he likes to help in the school kitchen.",
            ),
            (
                "p",
                "At his review Kofi used his communication book to show that he likes 'swimming', 'Mr Dale' and 'music', and that he does not like 'noisy hall'. His parents, Mr and Mrs Adjei-Bennett, want Kofi to be able to tell people what he wants and needs, and to be as independent as he can.",
            ),
            _s1("B", "Special educational needs"),
            ("b", "Communication and interaction"),
            (
                "S",
                "B",
                "Kofi is autistic and has a significant language disorder (diagnosed by the Castlemere Child Development Centre in 2018).",
            ),
            ("p", [B1_RECEP, B1_EXPR]),
            ("p", B1_SOCIAL),
            ("b", "Cognition and learning"),
            ("p", [B1_LEARN, B1_ATTN]),
            ("b", "Social, emotional and mental health"),
            ("p", B1_BEHAV),
            ("b", "Sensory and physical"),
            ("p", [B1_SENS, B1_FINE]),
            _s1("C", "Health needs related to Kofi's special educational needs"),
            (
                "S",
                "C",
                "Kofi has asthma, which is well controlled with an inhaler kept in class.",
            ),
            ("p", "He has a yearly review with the community paediatrician."),
            _s1("D", "Social care needs"),
            (
                "S",
                "D",
                "Kofi's family receive short breaks through the Castlemere disabled children's team.",
            ),
            _s1("E", "Outcomes"),
            (
                "S",
                "E",
                "By the end of Year 8, Kofi will use his communication book or device to make a request to a familiar adult in three different school settings.",
            ),
            (
                "p",
                "By the end of Year 8, Kofi will take part in a turn-taking game with one other pupil for five minutes with adult support.",
            ),
            (
                "p",
                "By the end of Key Stage 3, Kofi will read and understand 100 words he meets every day, including signs in school and in the community.",
            ),
            _s1("F", "Special educational provision"),
            (
                "S",
                "F",
                "The following provision will be made by Larchfield School, with advice from the services named.",
            ),
            ("b", "Whole-day provision"),
            ("bul", [F(F1_CLASS, True), F(F1_SIGN, True), F(F1_VIS, True)]),
            ("b", "Communication and interaction"),
            ("bul", [F(F1_SALT, True), F(F1_GROUP, False)]),
            ("b", "Cognition and learning"),
            ("bul", [F(F1_TEACCH, True), F(F1_PREC, True)]),
            ("b", "Social, emotional and mental health"),
            ("bul", [F(F1_PBS, False)]),
            ("b", "Sensory and physical"),
            ("bul", [F(F1_SENSD, True), F(F1_OT, False)]),
            _s1("G", "Health provision"),
            ("S", "G", G1_PAED),
            ("p", G1_TRAIN),
            (
                "p",
                "His asthma care plan is held by the school nurse and reviewed each September.",
            ),
            _s1(
                "H1",
                "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            (
                "S",
                "H1",
                "Short breaks: one overnight stay a month at Rowan Lodge, and four hours a week of community support in the school holidays.",
            ),
            _s1("H2", "Other social care provision"),
            ("S", "H2", "No other social care provision is required."),
            _s1("I", "Placement"),
            (
                "S",
                "I",
                "Larchfield School, Orchard Way, Castlemere HF4 9LD: a maintained special school for pupils aged 4 to 19 with complex learning difficulties and autism.",
            ),
            _s1("J", "Personal budget"),
            (
                "S",
                "J",
                "Kofi's parents have not asked for a personal budget for special educational provision.",
            ),
            _s1("K", "Advice and information"),
            (
                "S",
                "K",
                "Annual review report, Larchfield School (October 2026); independent speech and language therapy report (Ms Quayle, September 2026); educational psychology advice (Dr Marchetti, September 2026); independent occupational therapy report (Mr Ferris, August 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=SL1,
            footer="Quayle Speech and Language Therapy - independent report - Kofi Adjei-Bennett - page {n} of {m}",
            blocks=[
                ("org", "Quayle Speech and Language Therapy"),
                (
                    "small",
                    "Independent practice. 14 Mill Lane, Castlemere HF2 1PQ. Telephone 01632 960441. enquiries@example.org",
                ),
                ("title", "Independent speech and language therapy report"),
                (
                    "kv",
                    [
                        ("Name", "Kofi Adjei-Bennett"),
                        ("Date of birth", "3 March 2014 (12 years 6 months)"),
                        ("School", "Larchfield School, Year 7"),
                        ("Assessed", "10 and 17 September 2026, in school and at home"),
                        (
                            "Instructed by",
                            "Mr and Mrs Adjei-Bennett, for the annual review and any appeal",
                        ),
                        (
                            "Author",
                            "Niamh Quayle, BSc (Hons), MRCSLT, HCPC registered speech and language therapist",
                        ),
                    ],
                ),
                ("h", 2, "1. Background"),
                (
                    "p",
                    [
                        X(
                            "Kofi was first seen by the NHS speech and language therapy service at the age of two, when he was using no words.",
                            "history",
                        ),
                        X(
                            "He received a block of Intensive Interaction sessions in nursery and began to use single words at the age of four.",
                            "history: past therapy",
                        ),
                        "Since joining Larchfield School in Reception he has been on the caseload of the NHS team, whose current model is a termly programme carried out by school staff.",
                    ],
                ),
                (
                    "p",
                    X(
                        "His hearing was tested in June 2026 and is within normal limits.",
                        "test result: hearing ruled out",
                    ),
                ),
                ("h", 2, "2. Assessment"),
                (
                    "p",
                    "Formal testing was adapted to Kofi's attention: items were given in short runs with breaks on the trampoline between them. I used the Receptive and Expressive sections of the CELF-5 where he could manage them, the Derbyshire Language Scheme's Rapid Screening Test, and a speech sample of 100 utterances recorded in class and at home.",
                ),
                (
                    "grid",
                    [
                        ["Assessment", "Result", "What this tells us"],
                        [
                            "Derbyshire Rapid Screening Test",
                            "Understands 2 information-carrying words",
                            "Understanding at about a 3-year level",
                        ],
                        [
                            "CELF-5 Following Directions",
                            "Scaled score 1",
                            "Very low; could not complete items beyond 2 steps",
                        ],
                        [
                            "Speech sample (100 utterances)",
                            "Mean length 2.4 words",
                            "Mostly 2 to 3 word phrases",
                        ],
                        [
                            "Intelligibility in Context Scale",
                            "Mean 2.6 of 5",
                            "Understood 'sometimes' by unfamiliar listeners",
                        ],
                    ],
                    [0.36, 0.3, 0.34],
                ),
                ("h", 2, "3. Findings"),
                (
                    "p",
                    [
                        N(
                            "Kofi's understanding of spoken language is at about a three-year level: he follows instructions with two key words when the objects are in front of him, but longer or more abstract instructions are lost.",
                            "communication_interaction",
                            B1_RECEP,
                        ),
                        X(
                            "His understanding of single words is a relative strength, and he identified 34 of 40 everyday pictures correctly.",
                            "test result: strength",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "His expressive language consists mostly of two and three word phrases, often requests, and he has very few ways of commenting, protesting or asking for help.",
                            "communication_interaction",
                            B1_EXPR,
                        ),
                        N(
                            "Kofi has a marked speech sound difficulty: he leaves off the ends of words and reduces clusters (so that 'spoon' is 'poo' and 'bus' is 'bu'), and unfamiliar listeners understand only about half of what he says.",
                            "communication_interaction",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Kofi rarely initiates interaction with his peers and, when another child approaches him, he tends to move away or take the toy without looking at them.",
                            "communication_interaction",
                            B1_SOCIAL,
                        ),
                        "In the speech sample, almost every utterance was directed to an adult, and most were requests for food, the trampoline or the iPad.",
                    ],
                ),
                (
                    "p",
                    "When Kofi is not understood he repeats himself more loudly, then gives up, and on two occasions during my visits he pushed the adult's hand away and dropped to the floor. The class team recognise this pattern, and I have no doubt that a large part of his distressed behaviour is communicative.",
                ),
                ("h", 2, "4. Recommendations and the reasons for them"),
                (
                    "p",
                    "I set out below what I consider Kofi needs. Because the level of therapy is in dispute, I have given my reasons for each recommendation in some detail.",
                ),
                ("b", "4.1 Direct therapy"),
                (
                    "p",
                    R(
                        "Kofi should receive direct speech and language therapy from a qualified speech and language therapist for 45 minutes each week in school, across the 39 weeks of the school year, with targets for understanding, for expressive language and for his speech sounds.",
                        "communication_interaction",
                        "less",
                        F1_SALT,
                    ),
                ),
                (
                    "p",
                    "I have considered carefully whether Kofi's needs could be met by a programme written by a therapist and delivered by school staff, which is the model in the current plan. In my opinion they cannot. Kofi's speech sound difficulty needs a therapist to select and change targets from session to session, and his language targets need to be adjusted as he responds; a programme reviewed six times a year cannot do this. The class staff are skilled and committed, but they are not trained to treat a speech sound disorder of this kind. Without direct therapy I would expect Kofi's intelligibility to remain at its current level, which will continue to limit his relationships and his learning.",
                ),
                ("b", "4.2 Group work with peers"),
                (
                    "p",
                    [
                        R(
                            "Kofi should take part in a small social communication group of no more than four pupils, planned by a speech and language therapist and run weekly for 30 minutes, working on joint attention, turn-taking and requesting from a peer.",
                            "communication_interaction",
                            "not_specific",
                            F1_GROUP,
                        ),
                        X(
                            "The evidence for teaching these skills among peers, rather than with an adult alone, is good, and Kofi's outcome for turn-taking cannot be met without it.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                ("b", "4.3 Alternative and augmentative communication"),
                (
                    "p",
                    [
                        R(
                            "Kofi should be referred to a specialist AAC assessment service for a trial of a high-tech communication aid, and in the meantime should have a core vocabulary communication book that goes with him to every lesson.",
                            "communication_interaction",
                            "missing_from_f",
                        ),
                        "His communication book is currently kept on the classroom wall, which means he cannot use it in the hall, the playground or on the bus. I considered whether signing alone would be enough, but Kofi's fine motor difficulties limit the number of signs he can form clearly.",
                    ],
                ),
                ("b", "4.4 Training for staff"),
                (
                    "p",
                    [
                        R(
                            "The class team should receive training from a speech and language therapist in using visual supports, Makaton and the communication book, with one half-day session this term and a follow-up visit in the spring.",
                            "communication_interaction",
                            "wrong_section",
                            G1_TRAIN,
                            section="G",
                        ),
                        X(
                            "Consistency between adults is what makes these approaches work; the same sign or symbol has to be used by every adult, every time.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                ("b", "4.5 At home"),
                (
                    "p",
                    R(
                        "Mr and Mrs Adjei-Bennett may find it helpful to keep a copy of the core vocabulary book on the kitchen table and to model two-word phrases with it at mealtimes.",
                        "communication_interaction",
                        "not_educational",
                    ),
                ),
                ("b", "4.6 Placement"),
                (
                    "p",
                    [
                        X(
                            "In my view Kofi would be best placed in a school with an on-site therapy team, such as Brackenfold School, where therapists work in the classroom every day.",
                            "placement recommendation (Section I), not a Section F provision",
                        ),
                        "I recognise that the choice of school is not a matter for me alone, and that Larchfield School knows Kofi well.",
                    ],
                ),
                (
                    "p",
                    "Niamh Quayle, HCPC registered speech and language therapist, 28 September 2026. I confirm that I understand my duty to the Tribunal and that this report is my own independent opinion.",
                ),
            ],
        ),
        dict(
            file=EP1,
            footer="Castlemere Educational Psychology Service - psychological advice - OFFICIAL SENSITIVE",
            blocks=[
                ("org", "Castlemere Educational Psychology Service"),
                ("title", "Psychological advice for the annual review"),
                (
                    "kv",
                    [
                        ("Child", "Kofi Adjei-Bennett, date of birth 3 March 2014"),
                        ("School", "Larchfield School (Year 7)"),
                        (
                            "Educational psychologist",
                            "Dr Paola Marchetti, Educational Psychologist",
                        ),
                        (
                            "Sources",
                            "Observation in class, 15 September 2026; meeting with Mrs Adjei-Bennett, 18 September 2026; discussion with class teacher Mr Dale; school records",
                        ),
                    ],
                ),
                ("h", 2, "Reason for involvement"),
                (
                    "p",
                    "The SEN team asked for psychological advice for Kofi's Year 7 annual review, because his parents have asked for a change of placement and for more therapy.",
                ),
                ("h", 2, "Information from Kofi's mother"),
                (
                    "p",
                    [
                        "Mrs Adjei-Bennett told me that Kofi is a happy, affectionate boy who loves going out on buses with his father.",
                        X(
                            "She said that he had been very unsettled when he moved into the secondary department in September but that, after three weeks, he now goes into school without any difficulty.",
                            "resolved difficulty (transition)",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Mrs Adjei-Bennett told me that Kofi is still not reliably dry during the day, that he does not tell anyone when he needs the toilet, and that he needs an adult's help to wipe and to pull his clothes up afterwards.",
                            "sensory_physical",
                            None,
                        ),
                        X(
                            "She explained that at night he has been dry for over a year.",
                            "resolved difficulty (night-time)",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "She told me that when he cannot make himself understood at home he will sometimes bite his hand or throw himself on the floor, and that this has happened more often since the summer.",
                            "semh",
                            B1_BEHAV,
                        ),
                        X(
                            "She said that she and her husband had asked for an independent school because they felt that Kofi had 'stopped moving forward' with his talking.",
                            "parent's view on placement (reported speech)",
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "Mrs Adjei-Bennett mentioned that Kofi's sleep had been a worry when he was younger, but said that it had settled since he started taking melatonin.",
                        "resolved difficulty (sleep), managed by health",
                    ),
                ),
                ("h", 2, "Information from school"),
                (
                    "p",
                    [
                        X(
                            "Mr Dale told me that Kofi is a popular member of the class with adults and that he has made good progress in reading since last year.",
                            "progress (reported speech)",
                        ),
                        N(
                            "He said that Kofi can now read about 40 words on sight but cannot yet blend sounds to read a new word, and that in number he counts reliably to 20 but does not understand 'more' and 'less'.",
                            "cognition_learning",
                            B1_LEARN,
                        ),
                    ],
                ),
                (
                    "p",
                    N(
                        "Mr Dale explained that Kofi can attend to a task he has chosen for a long time, but that with an adult-led task he manages four or five minutes before getting up to move around.",
                        "cognition_learning",
                        B1_ATTN,
                    ),
                ),
                ("h", 2, "Observation"),
                (
                    "p",
                    [
                        "I observed Kofi for an hour in a literacy lesson and at break. He worked at his own work station with a TEACCH task box and completed three tasks independently, then needed an adult to show him the next step.",
                        N(
                            "During break he stayed near the adults and at the edge of the playground, and he did not respond when two classmates invited him to join a chasing game.",
                            "communication_interaction",
                            B1_SOCIAL,
                        ),
                    ],
                ),
                ("h", 2, "Psychological view"),
                (
                    "p",
                    "In my view Kofi's needs are complex but well understood by the school, and he is making steady progress from a low starting point. His distressed behaviour is closely linked to how well he is understood and to how predictable his day is, and the school's structured approach suits him.",
                ),
                (
                    "p",
                    X(
                        "I have considered the parents' request for a residential or independent specialist placement, but I do not consider that Kofi's needs require a change of school at present.",
                        "placement considered and rejected",
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    "I recommended to the school and to Kofi's parents that the following should continue or be put in place:",
                ),
                (
                    "bul",
                    [
                        R(
                            "a visual timetable and a now-and-next board in every lesson, with a warning given before each change of activity, so that Kofi can predict his day;",
                            "communication_interaction",
                            "specific",
                            F1_VIS,
                        ),
                        R(
                            "two short structured work sessions at his own work station each day, building up the number of tasks he completes independently;",
                            "cognition_learning",
                            "specific",
                            F1_TEACCH,
                        ),
                        R(
                            "a positive behaviour support plan written with his parents, which sets out what Kofi is communicating by each behaviour and how adults should respond, reviewed with them every half term;",
                            "semh",
                            "not_specific",
                            F1_PBS,
                        ),
                        R(
                            "daily precision teaching of sight words for 10 minutes with a teaching assistant, taking the words from signs he sees in school and on the bus.",
                            "cognition_learning",
                            "specific",
                            F1_PREC,
                        ),
                    ],
                ),
                (
                    "p",
                    "Dr Paola Marchetti, HCPC registered educational psychologist, 25 September 2026. Castlemere Educational Psychology Service, Civic Offices, Castlemere HF1 2AA. Telephone 01632 960502.",
                ),
            ],
        ),
        dict(
            file=OT1,
            footer="Ferris Paediatric Occupational Therapy - confidential report",
            blocks=[
                ("org", "Ferris Paediatric Occupational Therapy"),
                (
                    "small",
                    "Independent occupational therapy. 2 Chapel Yard, Castlemere HF3 8TT. Telephone 01632 960777.",
                ),
                ("title", "Occupational therapy assessment report"),
                (
                    "p",
                    "Kofi Adjei-Bennett, aged 12, Larchfield School. Assessed at school on 20 August 2026 (summer club) and at home on 22 August 2026. Report by Daniel Ferris, HCPC registered occupational therapist.",
                ),
                ("h", 2, "Why I was asked to see Kofi"),
                (
                    "p",
                    "Kofi's parents asked me to assess his sensory and motor needs because he has had no occupational therapy since he was discharged by the NHS service in 2021, and they are concerned that his handwriting and self-care have not progressed.",
                ),
                (
                    "p",
                    X(
                        "Kofi was discharged from the NHS occupational therapy service in 2021 after a block of six sessions on dressing.",
                        "history",
                    ),
                ),
                ("h", 2, "What I found"),
                (
                    "p",
                    [
                        N(
                            "Kofi seeks a great deal of movement and oral input: he chews his sleeves and pencils, rocks on his chair, and needs to jump or spin several times an hour to stay settled.",
                            "sensory_physical",
                            B1_SENS,
                        ),
                        N(
                            "He is over-sensitive to sudden loud noise, such as the hand dryer and the school bell, and covers his ears or runs from the room.",
                            "sensory_physical",
                            B1_SENS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Kofi's postural control is poor: he slumps forward at the table, props his head on his hand, and after ten minutes of seated work he slides off his chair.",
                            "sensory_physical",
                            None,
                        ),
                        "This is a physical difficulty rather than a behavioural one, and it is likely to be contributing to his short attention for table-top tasks.",
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "He uses a fisted grasp on a pencil, cannot yet copy a cross or a square, and cannot manage buttons, zips or shoe laces.",
                            "sensory_physical",
                            B1_FINE,
                        ),
                        X(
                            "His gross motor skills are a strength: he can jump with two feet together, climb the apparatus and ride a trike.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    "I have given my reasons for each recommendation, as I understand that the amount of occupational therapy Kofi should receive is in dispute.",
                ),
                (
                    "p",
                    [
                        R(
                            "Kofi should have direct occupational therapy from an occupational therapist for one hour a fortnight for the autumn and spring terms, to work on his postural control, pencil grasp and dressing, with a review of his progress at Easter.",
                            "sensory_physical",
                            "not_specific",
                            F1_OT,
                        ),
                        "Advice to school alone has been tried since 2021 and Kofi's fine motor skills have barely moved in that time; he needs skilled, hands-on treatment for a period before a programme can be handed over to staff.",
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "A sensory diet should be built into Kofi's timetable at least three times a day (on arrival, before lunch and mid-afternoon), of about ten minutes each, with heavy work, trampolining and chewy tubes, carried out by class staff shown what to do by the therapist.",
                            "sensory_physical",
                            "specific",
                            F1_SENSD,
                        ),
                        X(
                            "Planned input before he becomes dysregulated is far more effective than responding once he is already distressed.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Kofi needs a chair and table at the right height, with a footrest and a wedge cushion, so that his feet are flat and his hips, knees and ankles are at right angles when he works.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        "At present he sits on a standard classroom chair with his feet off the floor, and no amount of prompting will help him sit still when he has no stable base.",
                    ],
                ),
                (
                    "p",
                    R(
                        "At home, Kofi's parents could use the garden trampoline for ten minutes before homework or screen time, as a calming activity.",
                        "sensory_physical",
                        "not_educational",
                    ),
                ),
                (
                    "p",
                    X(
                        "I do not recommend a specialist seating assessment by wheelchair services, as Kofi's difficulties can be met with ordinary adjustable furniture.",
                        "option considered and rejected",
                    ),
                ),
                (
                    "p",
                    "Daniel Ferris, HCPC registered occupational therapist, 29 August 2026.",
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalas-02: Eastmoor County Council; Freya Lindqvist-Shaw, 15, Year 10, maintained day
# special school; the family wants a 38-week residential independent school.
# layout "placement-box-on-cover": the named school (Section I) stands in a box on the
# front page with the child's details; the other sections follow from A, lettered
# ("Section B: Special educational needs"), and Section I is not repeated.
# ---------------------------------------------------------------------------

B2_ANX = "Freya has high levels of anxiety. When she is overwhelmed she may shut down: she goes quiet, stops responding and cannot carry on with her work."
B2_DEMAND = "Freya can find direct requests difficult and may avoid or delay a task when she feels under pressure."
B2_MASK = "She works hard to appear calm in school and is often exhausted by the end of the day."
B2_SENS = "She is sensitive to noise, strong smells and some textures, and crowded or noisy places are hard for her."
B2_WRITE = "Freya's handwriting is slow and tiring for her, and she writes far less than she is able to say."
B2_INDEP = "Freya needs to develop her independence skills, such as making simple meals, handling money and getting around safely, to prepare her for adult life."
B2_LANG = "Freya can take language literally and may miss the meaning of jokes, sayings and instructions that are hinted at rather than stated."
B2_PROC = "When she is anxious she needs more time to take in what is said to her, and it helps her to have it written down."
B2_SOCIAL = "She finds it hard to join and keep up conversations with young people of her own age, and she has few friends in school."
B2_LEARN = "Her reading is a strength, but she finds extended writing and problems in maths with several steps much harder."

F2_OT = "Occupational therapy from the Eastmoor children's therapy service: a block of six sessions of 45 minutes each school year with an occupational therapist, followed by advice and a programme for school staff."
F2_SENS = "A sensory regulation plan written by an occupational therapist, with a planned sensory break of 10 minutes at least every 90 minutes of the school day, supervised by a teaching assistant."
F2_LIFE = "Life skills sessions as part of the school's curriculum."
F2_QUIET = "Access to ear defenders and a quiet space when needed."
F2_LAPTOP = "A laptop for all extended writing, and touch-typing lessons of 20 minutes three times a week in the autumn and spring terms."
F2_SALT = "Speech and language therapy: a programme written by a speech and language therapist and delivered by school staff for 20 minutes twice a week, with a review by the therapist each term."
F2_LIT = "Staff will give instructions in short, literal sentences, back them up in writing, and check Freya's understanding by asking her what she will do first, in every lesson."
F2_CLASS = "Teaching in a class of no more than eight pupils, with a teacher and a teaching assistant, for all lessons."
F2_KEY = "A named key adult who meets Freya at the school gate each morning and checks in with her for 10 minutes at the end of each day."
G2_GROUP = "Freya will attend a social communication group run by the Eastmoor NHS speech and language therapy team, one hour a week for a term."
G2_CAMHS = "Freya will continue to be seen by Eastmoor CAMHS for her anxiety, at appointments every four to six weeks."

PL2 = "plan.pdf"
OT2 = "ot_report.pdf"
SL2 = "salt_report.docx"
AS2 = "calderbrook_assessment.docx"


def _s2(sid: str, name: str) -> tuple:
    return ("H", sid, f"Section {sid}: {name}", "h2")


CASE_02 = dict(
    name="case-evalas-02",
    layout="placement-box-on-cover",
    summary=(
        "Eastmoor County Council; Freya Lindqvist-Shaw, 15, Year 10 at Ashdown Vale School, a maintained day "
        "special school (autism, anxiety with shutdowns, sensory, language, independence). The named school "
        "stands in a box on the front page with her details; sections A to K follow, lettered, without I. "
        "The family seeks a 38-week residential place at an independent specialist school. Independent "
        "occupational therapy report (a table with a reason column), independent speech and language "
        "therapy report in the first person plural, the independent school's assessment with options."
    ),
    note="Section I is only on the front page, in the box with Freya's details. The residential placement the reports recommend is a Section I matter and is listed as a non-need. The NHS social communication group placed in Section G is provision in the wrong section; CAMHS appointments there are health provision.",
    plan=dict(
        file=PL2,
        footer="Eastmoor County Council - Education, Health and Care Plan - Freya Lindqvist-Shaw - page {n} of {m}",
        sans=True,
        accent="5B2C6F",
        blocks=[
            ("org", "Eastmoor County Council"),
            (
                "small",
                "Children's Services - SEND Assessment and Planning Team, County Hall, Eastmoor KB9 1EC",
            ),
            ("title", "Education, Health and Care Plan (final)"),
            (
                "kv",
                [
                    ("Name", "Freya Lindqvist-Shaw"),
                    ("Date of birth", "27 January 2011"),
                    ("NHS number", "999 412 6630"),
                    ("Year group", "Year 10"),
                    ("Date of this plan", "16 November 2026"),
                    ("Parents", "Ms Anna Lindqvist and Mr Robert Shaw"),
                    (
                        ("H", "I", "Section I - Placement", "p"),
                        (
                            "S",
                            "I",
                            "Ashdown Vale School, Kiln Road, Eastmoor KB9 4RS: a maintained special school for autistic pupils aged 11 to 19 (day placement).",
                        ),
                    ),
                    ("Plan co-ordinator", "Mr Tomasz Nowak, telephone 01632 960233"),
                ],
                [0.3, 0.7],
            ),
            (
                "p",
                "The school named above is Section I of this plan. It is not repeated in the pages that follow.",
            ),
            ("pb",),
            _s2("A", "The views, interests and aspirations of Freya and her parents"),
            (
                "S",
                "A",
                "Freya is a thoughtful young person who loves animals, drawing comics and the history of the Tudors.",
            ),
            (
                "p",
                "Freya wrote: 'I want to work with horses or in a museum. I want to be able to live on my own one day but not yet.' Her parents would like Freya to leave school with qualifications, to have a friend she can rely on, and to be able to look after herself.",
            ),
            _s2("B", "Special educational needs"),
            (
                "S",
                "B",
                "Freya has a diagnosis of autism (Eastmoor Child Development Service, 2019) and anxiety.",
            ),
            ("p", [B2_ANX, B2_DEMAND, B2_MASK]),
            ("p", [B2_LANG, B2_PROC, B2_SOCIAL]),
            ("p", [B2_SENS, B2_WRITE]),
            ("p", [B2_LEARN, B2_INDEP]),
            _s2("C", "Health needs"),
            (
                "S",
                "C",
                "Freya is supported by Eastmoor CAMHS for anxiety and has difficulty getting to sleep, for which she takes melatonin prescribed by her paediatrician.",
            ),
            _s2("D", "Social care needs"),
            ("S", "D", "Freya does not have social care needs at present."),
            _s2("E", "Outcomes"),
            (
                "S",
                "E",
                "By July 2027, Freya will attend all her lessons for at least four days in every five, using her sensory breaks to stay in class.",
            ),
            (
                "p",
                "By the end of Year 11, Freya will prepare a simple hot meal with no more than one prompt from an adult.",
            ),
            (
                "p",
                "By the end of Year 11, Freya will achieve Entry Level 3 or GCSE qualifications in English and maths.",
            ),
            _s2("F", "Special educational provision"),
            (
                "S",
                "F",
                "The provision below will be made by Ashdown Vale School unless another provider is named.",
            ),
            ("b", "Teaching and learning"),
            ("bul", [F(F2_CLASS, True), F(F2_LIT, True), F(F2_LAPTOP, True), F(F2_LIFE, False)]),
            ("b", "Therapy"),
            ("bul", [F(F2_SALT, True), F(F2_OT, True)]),
            ("b", "Across the school day"),
            ("bul", [F(F2_KEY, True), F(F2_SENS, True), F(F2_QUIET, False)]),
            _s2("G", "Health provision"),
            ("S", "G", G2_CAMHS),
            ("p", G2_GROUP),
            ("p", "Melatonin is prescribed and reviewed by the community paediatrician."),
            _s2(
                "H1",
                "Social care provision under the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("S", "H1", "No provision is needed under section 2 of the 1970 Act at present."),
            _s2("H2", "Other social care provision"),
            (
                "S",
                "H2",
                "None. The family have been given details of the Eastmoor short breaks local offer.",
            ),
            _s2("J", "Personal budget"),
            ("S", "J", "No personal budget has been requested."),
            _s2("K", "Advice and information"),
            (
                "S",
                "K",
                "Advice from Ashdown Vale School (September 2026); educational psychology advice (June 2026); independent occupational therapy report (Ms Oyelaran, October 2026); independent speech and language therapy report (Brightwater Therapy, October 2026); assessment report from Calderbrook House School (September 2026); CAMHS letter (August 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=OT2,
            footer="T. Oyelaran, Occupational Therapist - Freya Lindqvist-Shaw - page {n} of {m}",
            accent="2E6B5E",
            blocks=[
                ("org", "Tola Oyelaran Occupational Therapy"),
                (
                    "small",
                    "Independent paediatric occupational therapy. Telephone 07700 900415. tola.oyelaran@example.org",
                ),
                ("title", "Independent occupational therapy report"),
                (
                    "p",
                    "Freya Lindqvist-Shaw, date of birth 27 January 2011. Seen at Ashdown Vale School on 29 September 2026 and at home on 2 October 2026. Report dated 12 October 2026, prepared at the request of Freya's parents.",
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        X(
                            "Freya was seen by the NHS occupational therapy service in primary school for handwriting and was discharged in Year 5 with a programme for school.",
                            "history",
                        ),
                        X(
                            "Her difficulties with using cutlery and tying laces, which were a concern at that time, have now resolved.",
                            "resolved difficulty",
                        ),
                        "She has had no occupational therapy in secondary school.",
                    ],
                ),
                ("h", 2, "Assessment"),
                (
                    "grid",
                    [
                        ["Assessment", "Result"],
                        [
                            "Adolescent/Adult Sensory Profile (self-report)",
                            "Much more than most people: sensory sensitivity and sensation avoiding",
                        ],
                        [
                            "Detailed Assessment of Speed of Handwriting (DASH 17+)",
                            "Standard score 5 (well below average)",
                        ],
                        [
                            "Interoception interview (Mahler)",
                            "Low awareness of hunger, thirst, toileting and temperature cues",
                        ],
                        [
                            "Assessment of Motor and Process Skills (AMPS), kitchen task",
                            "Process skills below the level for safe independent cooking",
                        ],
                    ],
                    [0.45, 0.55],
                ),
                (
                    "p",
                    X(
                        "Freya's gross motor skills and balance are within the typical range, and she does not show signs of a developmental coordination disorder.",
                        "test result: need ruled out",
                    ),
                ),
                ("h", 2, "Findings"),
                (
                    "p",
                    [
                        N(
                            "Freya is markedly over-sensitive to sound and smell: the noise of a busy corridor, the smell of the food technology room and the hand dryers in the toilets all raise her anxiety quickly.",
                            "sensory_physical",
                            B2_SENS,
                        ),
                        N(
                            "She has very limited awareness of her body's internal signals, so she often does not notice that she is hungry, thirsty, cold or needs the toilet until the feeling is overwhelming, and this contributes to sudden shutdowns.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    N(
                        "Her handwriting is slow, with a speed well below that of her peers, and she reports aching in her hand and wrist after ten minutes of writing.",
                        "sensory_physical",
                        B2_WRITE,
                    ),
                ),
                (
                    "p",
                    [
                        N(
                            "In the kitchen task Freya could follow a familiar recipe but could not plan the order of steps for a new one, did not notice when the pan was overheating and needed prompts to use the oven safely.",
                            "sensory_physical",
                            B2_INDEP,
                        ),
                        "Her parents report that she cannot yet make a snack, pay in a shop or use the bus without an adult.",
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    "The table sets out each recommendation, why I make it and who should deliver it. The reasons are developed further after the table, because Freya's parents and the council disagree about how much therapy she needs.",
                ),
                (
                    "grid",
                    [
                        ["Recommendation", "Reason", "Who and how often"],
                        [
                            R(
                                "Direct occupational therapy sessions with an occupational therapist.",
                                "sensory_physical",
                                "less",
                                F2_OT,
                            ),
                            "To teach Freya to recognise and manage her sensory and body signals and to plan daily living tasks; this cannot be delivered by staff alone.",
                            "Occupational therapist, 45 minutes weekly throughout the 38-week school year",
                        ],
                        [
                            R(
                                "A written sensory regulation plan, with planned sensory breaks through the day.",
                                "sensory_physical",
                                "specific",
                                F2_SENS,
                            ),
                            "Freya's shutdowns follow a build-up of sensory load; planned breaks prevent this.",
                            "Written by the OT; breaks of 10 minutes every 90 minutes, supported by a TA",
                        ],
                        [
                            R(
                                "An interoception programme to build Freya's awareness of hunger, thirst, temperature, toileting and early signs of stress.",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            "She cannot manage what she cannot notice; this is the foundation of self-regulation.",
                            "Staff trained by the OT, 30 minutes twice weekly",
                        ],
                        [
                            R(
                                "An independent living skills programme covering cooking, laundry, money and travel, practised in real settings.",
                                "sensory_physical",
                                "not_specific",
                                F2_LIFE,
                            ),
                            "Freya's outcome for adult life depends on these skills, and she learns a skill only when she practises it where it is used.",
                            "Teaching staff with OT advice, three sessions a week of at least one hour",
                        ],
                        [
                            R(
                                "Noise-reducing ear defenders and a low-arousal work space she can go to without asking.",
                                "sensory_physical",
                                "not_specific",
                                F2_QUIET,
                            ),
                            "To reduce the sensory load she meets in corridors and busy rooms.",
                            "Available in every lesson; the space on the same corridor as her classroom",
                        ],
                        [
                            R(
                                "Touch-typing lessons, so that Freya can use a laptop for extended writing.",
                                "sensory_physical",
                                "specific",
                                F2_LAPTOP,
                            ),
                            "Her handwriting speed will not support GCSE or Entry Level written work.",
                            "20 minutes, three times a week, for two terms",
                        ],
                    ],
                    [0.36, 0.38, 0.26],
                ),
                ("h", 2, "Why weekly therapy, and why a consistent approach across the day"),
                (
                    "p",
                    "The current plan offers a block of six sessions a year followed by a programme for staff. In my opinion this is not enough. Freya has never had occupational therapy for her sensory and interoceptive difficulties; she is starting from the beginning, and the strategies have to be taught, practised, tried out in different places and adjusted. A block of six sessions would allow an assessment and the start of a programme, and little more. I would expect to review the frequency at the end of Year 11.",
                ),
                (
                    "p",
                    "I have been asked for my view on residential placement. It is not for me to name a school, but from an occupational therapy point of view Freya's difficulties with daily living skills show themselves most in the evening and at weekends, when she is tired and the demands are less structured, and she would benefit from a programme that continues beyond the school day.",
                ),
                (
                    "p",
                    R(
                        "At home, a weighted blanket and a consistent wind-down routine of about 30 minutes may help Freya to settle to sleep.",
                        "health",
                        "not_educational",
                    ),
                ),
                (
                    "p",
                    "Tola Oyelaran, BSc (Hons) Occupational Therapy, HCPC registered, Sensory Integration Practitioner. 12 October 2026.",
                ),
            ],
        ),
        dict(
            file=SL2,
            footer="Brightwater Therapy Partnership - speech and language therapy report - Freya Lindqvist-Shaw",
            blocks=[
                ("org", "Brightwater Therapy Partnership"),
                (
                    "small",
                    "Speech and language therapists in independent practice. 5 Harbour Street, Eastmoor KB9 2HH. Telephone 01632 960690.",
                ),
                ("title", "Speech and language therapy report"),
                (
                    "kv",
                    [
                        ("Young person", "Freya Lindqvist-Shaw, 15 years 8 months"),
                        (
                            "Seen by",
                            "Catrin Howells and Femi Adebayo, speech and language therapists",
                        ),
                        (
                            "Dates",
                            "Assessment at school on 1 and 8 October 2026; parent interview on 9 October 2026",
                        ),
                        ("Purpose", "Independent advice requested by Freya's parents"),
                    ],
                ),
                ("h", 2, "Our involvement"),
                (
                    "p",
                    "We were asked by Freya's parents to assess her communication and to advise on the therapy she needs. We saw Freya twice in school, talked with her form tutor and her teaching assistant, and met both parents at home.",
                ),
                (
                    "p",
                    [
                        X(
                            "Freya had speech and language therapy in primary school for a lisp, and she was discharged in Year 3 when her speech sounds were fully developed.",
                            "resolved difficulty (speech sounds)",
                        ),
                        X(
                            "Her speech is now clear and fluent, and her vocabulary and grammar are within the average range for her age.",
                            "test result: strength",
                        ),
                    ],
                ),
                ("h", 2, "Assessment results"),
                (
                    "p",
                    "We used the CELF-5 (selected subtests), the Test of Language Competence and an informal conversation analysis. Freya's core language score on the CELF-5 was 94, in the average range. Her scores on the Test of Language Competence were well below average for figurative language (scaled score 4) and for making inferences (scaled score 5).",
                ),
                ("h", 2, "What we found"),
                (
                    "p",
                    [
                        N(
                            "Freya interprets language literally: she took 'pull your socks up' as an instruction, and in a science lesson she did not realise that 'Can anyone tell me ...?' was a question she was expected to answer.",
                            "communication_interaction",
                            B2_LANG,
                        ),
                        N(
                            "When she was anxious in our second session, her understanding of longer spoken explanations dropped sharply, and she needed instructions repeated or written down before she could start.",
                            "communication_interaction",
                            B2_PROC,
                        ),
                    ],
                ),
                (
                    "p",
                    N(
                        "In conversation with peers Freya does not know how to join in, tends to talk at length about her own interests, and does not notice when the other person has lost interest.",
                        "communication_interaction",
                        B2_SOCIAL,
                    ),
                ),
                (
                    "p",
                    [
                        N(
                            "Freya has very few words for her feelings: when we asked how she felt she answered 'fine' or 'don't know', even when she was visibly upset, and she could not tell the difference between feeling worried, angry and tired.",
                            "communication_interaction",
                            None,
                        ),
                        X(
                            "This matters because adults around her rely on Freya telling them when she is struggling, and she cannot.",
                            "consequence of a need",
                        ),
                    ],
                ),
                ("h", 2, "What we recommend, and why"),
                (
                    "p",
                    [
                        R(
                            "We recommend direct speech and language therapy with a speech and language therapist for 40 minutes each week in term time, working on inference, figurative language and conversation repair, with the therapist sharing targets with Freya's teachers each half term.",
                            "communication_interaction",
                            "less",
                            F2_SALT,
                        ),
                        "We have thought about whether a programme delivered by school staff would be enough. In our view it would not: the skills Freya needs are high-level language skills, and teaching them needs a therapist who can adapt the task in the moment, notice when she is masking and judge when to move on. A termly review would mean Freya's targets are changed three times a year at most, which is far too slow for a young person with less than two years of school left.",
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "We recommend a structured programme to build Freya's vocabulary for emotions and body states, such as the Zones of Regulation, for 20 minutes twice a week with a member of staff trained by the therapist.",
                            "communication_interaction",
                            "missing_from_f",
                        ),
                        "Without words for what she feels, Freya cannot use the exit card or ask for a break in time, and the adults around her will continue to be surprised by her shutdowns.",
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "All staff who teach Freya should use literal, unambiguous language, give instructions one step at a time with a written copy, and check her understanding by asking her to say what she will do first.",
                            "communication_interaction",
                            "specific",
                            F2_LIT,
                        ),
                        X(
                            "This costs nothing and makes a great difference, but only if it happens in every lesson.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Freya should attend a small social communication group with other autistic young people, led by a speech and language therapist, for one hour a week.",
                            "communication_interaction",
                            "wrong_section",
                            G2_GROUP,
                            section="G",
                        ),
                        "The group gives her a safe place to practise joining and repairing conversations, which she cannot do in one-to-one therapy alone.",
                    ],
                ),
                (
                    "p",
                    X(
                        "We considered recommending an alternative communication system, but Freya's spoken language is fluent and this is not needed.",
                        "option considered and rejected",
                    ),
                ),
                (
                    "p",
                    "Catrin Howells, MSc, CertMRCSLT, HCPC registered; Femi Adebayo, BSc (Hons), HCPC registered. 14 October 2026.",
                ),
            ],
        ),
        dict(
            file=AS2,
            footer="Calderbrook House School - admissions assessment - confidential",
            blocks=[
                ("org", "Calderbrook House School"),
                (
                    "small",
                    "Independent specialist day and residential school for autistic young people aged 10 to 19. Moorside Lane, Hebley KB12 7CC. Telephone 01632 960860.",
                ),
                ("title", "Admissions assessment report: Freya Lindqvist-Shaw"),
                (
                    "p",
                    "Assessed over a two-day visit on 22 and 23 September 2026, including an overnight stay in Heather House, by the head of admissions (Mrs Jean Whitlock), the therapy lead (Mr Rhys Powell) and the head of residential care (Ms Sade Coker).",
                ),
                ("h", 2, "Information gathered"),
                (
                    "p",
                    [
                        X(
                            "Freya attended a mainstream primary school until Year 5, when she moved to Ashdown Vale School after a period of non-attendance.",
                            "history",
                        ),
                        X(
                            "Her attendance at Ashdown Vale was 96 per cent in Year 8, and it is 88 per cent so far this year.",
                            "attendance figures (history and current data)",
                        ),
                        "Her parents describe Freya as kind, funny and determined, and say that she has been happy at Ashdown Vale but has become more anxious since Year 9.",
                    ],
                ),
                ("h", 2, "Observations during the assessment"),
                (
                    "p",
                    [
                        N(
                            "Freya experienced two shutdowns during the visit, both when a group activity became noisy: she stopped speaking, turned away and was unable to respond to adults for around twenty minutes.",
                            "semh",
                            B2_ANX,
                        ),
                        N(
                            "She resisted direct instructions, even for activities she had chosen, and engaged much better when choices were offered and the demand was placed on the task rather than on her.",
                            "semh",
                            B2_DEMAND,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Freya presented as calm and compliant for most of the first day, but by the evening she was exhausted and tearful, and she told the residential staff that she had been 'holding it together'.",
                            "semh",
                            B2_MASK,
                        ),
                        N(
                            "Staff noticed that skills Freya could show with one adult or in one room did not carry over to another: she used a method for fractions confidently with her teacher in the morning, but could not use it in the afternoon with a different adult in a different room.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "In the education assessment Freya read fluently and with good understanding, but her written work was brief and she could not organise the steps of a two-stage problem in maths without support.",
                            "cognition_learning",
                            B2_LEARN,
                        ),
                        X(
                            "She settled to sleep well in Heather House on the first night.",
                            "observation, no need",
                        ),
                    ],
                ),
                ("h", 2, "Options considered"),
                (
                    "p",
                    "Option 1: a day place at Calderbrook House. This would give Freya the school's integrated therapy and small classes. It would not address the difficulty she has in using skills outside the classroom, and her journey would be over an hour each way.",
                ),
                (
                    "p",
                    [
                        "Option 2: a 52-week residential place.",
                        X(
                            "The team do not consider this necessary: Freya has a loving and stable home, and her parents are able to support her in the holidays.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "Option 3: a 38-week residential place, with Freya going home every weekend and in the school holidays.",
                        X(
                            "The team recommend Option 3, a 38-week residential place in Heather House, because Freya needs the same approach, the same language and the same practice of skills across the whole waking day, which a day placement cannot provide.",
                            "placement recommendation (Section I), not a Section F provision",
                        ),
                    ],
                ),
                ("h", 2, "Health"),
                (
                    "p",
                    R(
                        "Freya should continue her appointments with Eastmoor CAMHS, which the school would support by arranging transport and a quiet room for video calls.",
                        "health",
                        "not_educational",
                        G2_CAMHS,
                        section="G",
                    ),
                ),
                (
                    "p",
                    "Signed on behalf of the assessment team: Mrs Jean Whitlock, Head of Admissions, 30 September 2026.",
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalas-03: Brindlecombe City Council; Idris Pennant, 7, Year 3, maintained special
# school; the family wants an independent school for speech and language disorders.
# layout "uppercase-bold-names-unlettered": each section is headed by its name in bold
# capitals ("SPECIAL EDUCATIONAL NEEDS"), with no letter or number; Section F is a table
# (what, who, how often), specific or not on the whole row. Typographic apostrophes.
# ---------------------------------------------------------------------------

B3_RECEP = "Idris’s understanding of spoken language is well behind that of other children of his age; he often misses the meaning of longer instructions and of stories read aloud."
B3_EXPR = "He speaks in short, simple sentences, often leaves out the small grammar words, and finds it hard to tell an adult about something that has happened."
B3_SPEECH = "Idris’s speech can be hard to understand for people who do not know him well, because he has difficulty planning and sequencing the movements needed for speech."
B3_PHON = "He is at an early stage of reading and finds it hard to hear the separate sounds in words and to blend them together."
B3_MATHS = "In number, Idris counts objects to 10 and is beginning to recognise numerals to 5."
B3_PLAY = "Idris can become upset and withdrawn at playtime, when other children do not understand what he is trying to say."
B3_HAND = "Idris has very flexible joints and his hands tire quickly when he draws or writes."
B3_POST = "He finds it hard to sit still on the carpet and at the table, and often leans on furniture or on adults for support."

F3_SALT = "Direct speech and language therapy"
F3_PRACT = "practice of Idris’s speech and language targets"
F3_PHON = "Small-group phonics (Read Write Inc.)"
F3_TURN = "A turn-taking game with one adult and one other child"
F3_SLOPE = "A writing slope and thick-barrelled pencils"
F3_FINE = "Fine motor group (‘Funky Fingers’)"
F3_SEAT = (
    "A chair and table at the right height, with a footrest, in the classroom and the dining hall"
)
F3_OT = "Occupational therapy input"
F3_MOVE = "Access to the sensory room"
F3_VIS = "Visual timetable and Makaton signing used by all staff"
G3_GROUP = "The NHS speech and language therapist will run a weekly narrative group in school for Idris’s class."
G3_PHYSIO = "Idris will be seen by the Brindlecombe children’s physiotherapy service for an assessment of his joint hypermobility, with advice for home and school."

SL3 = "salt_report.docx"
OT3 = "ot_report.pdf"
SC3 = "school_report.docx"


def _s3(sid: str, name: str) -> tuple:
    return ("H", sid, name, "b")


CASE_03 = dict(
    name="case-evalas-03",
    layout="uppercase-bold-names-unlettered",
    summary=(
        "Brindlecombe City Council; Idris Pennant, 7, Year 3 at Greenholme School, a maintained special school "
        "(developmental language disorder, speech sound disorder with motor planning difficulty, hypermobility, "
        "early literacy). Each section is headed by its name in bold capitals with no letter or number; Section F "
        "is a table of what, who and how often. The family seeks a place at an independent school for children "
        "with language disorders. Independent speech and language therapy report weighing options, independent "
        "occupational therapy report in bullets with reasons, school report in the first person plural."
    ),
    note="The plan has no section letters. In the Section F table the Provision cell is the provision's text, and specificity is judged on the whole row (who and how often). The speech and language therapist's narrative group stands in health provision, which makes it provision in the wrong section; the physiotherapy assessment there is health provision. Turn-taking is provided for in F but is not described as a need in the needs section.",
    plan=dict(
        file="plan.docx",
        header="Brindlecombe City Council - Education, Health and Care Plan",
        footer="Idris Pennant - EHC plan - final - 9 December 2026",
        blocks=[
            ("org", "Brindlecombe City Council"),
            ("title", "Education, Health and Care Plan for Idris Pennant"),
            (
                "kv",
                [
                    ("Date of birth", "12 May 2019"),
                    ("Home address", "Flat 3, 17 Weaver Street, Brindlecombe AC2 5JT"),
                    ("Parents", "Mrs Carys Pennant and Mr Owain Pennant"),
                    ("Date of plan", "9 December 2026 (first plan: 4 March 2024)"),
                    ("Case officer", "Mrs Sunita Ghosh, 01632 960355"),
                ],
            ),
            _s3("A", "VIEWS, INTERESTS AND ASPIRATIONS"),
            (
                "S",
                "A",
                "Idris loves dinosaurs, splashing in puddles and playing football with his big sister.",
            ),
            (
                "p",
                "When we asked him what he likes at school he said ‘Mrs Amos, bikes, dinner’. His parents want Idris to be able to talk with other children and make friends, to learn to read, and to be understood by everyone, not just his family.",
            ),
            _s3("B", "SPECIAL EDUCATIONAL NEEDS"),
            (
                "S",
                "B",
                "Idris has a developmental language disorder and a speech sound disorder (Brindlecombe Children’s Speech and Language Therapy Service, 2023).",
            ),
            ("p", [B3_RECEP, B3_EXPR]),
            ("p", B3_SPEECH),
            ("p", [B3_PHON, B3_MATHS]),
            ("p", B3_PLAY),
            ("p", [B3_HAND, B3_POST]),
            _s3("C", "HEALTH NEEDS"),
            (
                "S",
                "C",
                "Idris has joint hypermobility, noted by his GP in 2025. He has no other health needs that affect his learning.",
            ),
            _s3("D", "SOCIAL CARE NEEDS"),
            ("S", "D", "There are no social care needs."),
            _s3("E", "OUTCOMES"),
            (
                "S",
                "E",
                "By the end of Year 4, Idris will follow a two-part classroom instruction without a visual prompt.",
            ),
            (
                "p",
                "By the end of Year 4, Idris will be understood by unfamiliar adults in short sentences most of the time.",
            ),
            ("p", "By the end of Year 4, Idris will read and spell simple three-letter words."),
            (
                "p",
                "By the end of Key Stage 2, Idris will write a sentence of five words or more on a line with correctly formed letters.",
            ),
            _s3("F", "SPECIAL EDUCATIONAL PROVISION"),
            (
                "S",
                "F",
                "Greenholme School will make the following provision from January 2027.",
            ),
            (
                "grid",
                [
                    ["Provision", "Who", "How often / how long"],
                    [F(F3_VIS, True), "All staff in Idris’s class", "Throughout every day"],
                    [
                        F(F3_SALT, True),
                        "Speech and language therapist",
                        "30 minutes, once a week, in term time",
                    ],
                    [
                        F(F3_PRACT, True),
                        "Teaching assistant trained by the therapist",
                        "daily, 10 minutes",
                    ],
                    [
                        F(F3_PHON, True),
                        "Teacher or trained teaching assistant, group of no more than 4",
                        "15 minutes every day",
                    ],
                    [F(F3_TURN, True), "Teaching assistant", "10 minutes every day"],
                    [F(F3_SLOPE, True), "Class staff", "In every lesson that involves writing"],
                    [F(F3_FINE, True), "Teaching assistant", "15 minutes, three times a week"],
                    [
                        F(F3_SEAT, True),
                        "School, on advice of the occupational therapist",
                        "From January 2027",
                    ],
                    [F(F3_OT, False), "Occupational therapist", "As advised by the therapist"],
                    [F(F3_MOVE, False), "Class staff", "As needed"],
                ],
                [0.44, 0.3, 0.26],
                True,
            ),
            _s3("G", "HEALTH PROVISION"),
            ("S", "G", G3_PHYSIO),
            ("p", G3_GROUP),
            _s3(
                "H1",
                "SOCIAL CARE PROVISION UNDER THE CHRONICALLY SICK AND DISABLED PERSONS ACT 1970",
            ),
            ("S", "H1", "Not applicable."),
            _s3("H2", "OTHER SOCIAL CARE PROVISION"),
            ("S", "H2", "No other social care provision is needed."),
            _s3("I", "SCHOOL OR OTHER INSTITUTION"),
            (
                "S",
                "I",
                "Greenholme School, Coldharbour Lane, Brindlecombe AC3 1GS (maintained special school for pupils aged 4 to 11 with complex learning needs).",
            ),
            _s3("J", "PERSONAL BUDGET"),
            ("S", "J", "Mr and Mrs Pennant have not requested a personal budget."),
            _s3("K", "ADVICE AND INFORMATION"),
            (
                "S",
                "K",
                "Independent speech and language therapy report (Ms Gethin-Parry, October 2026); independent occupational therapy report (Ms Lund, October 2026); report from Greenholme School (November 2026); educational psychology advice (November 2023, reviewed 2026); parents’ views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=SL3,
            footer="Ffion Gethin-Parry, Speech and Language Therapist - independent report - Idris Pennant",
            blocks=[
                ("org", "Ffion Gethin-Parry Speech and Language Therapy"),
                (
                    "small",
                    "Independent speech and language therapy for children. Telephone 07700 900238. ffion@example.org",
                ),
                ("title", "Independent speech and language therapy report: Idris Pennant"),
                (
                    "p",
                    "Idris (date of birth 12 May 2019) was assessed at Greenholme School on 5 October 2026 and at home on 7 October 2026. I have read the NHS therapy reports of 2023 and 2025, the school’s provision map and the educational psychologist’s advice.",
                ),
                ("h", 2, "History"),
                (
                    "p",
                    [
                        X(
                            "Idris was late to talk and had only a handful of words at the age of three.",
                            "history",
                        ),
                        X(
                            "He had grommets fitted in 2022 for glue ear, and his hearing has been normal at each test since.",
                            "resolved difficulty (hearing)",
                        ),
                        X(
                            "His stammer, which his parents noticed when he was four, has now gone.",
                            "resolved difficulty (stammer)",
                        ),
                    ],
                ),
                (
                    "p",
                    "Since March 2024 Idris has been seen by the NHS service, which provides a programme for school staff and a review visit each term.",
                ),
                ("h", 2, "Assessment"),
                (
                    "grid",
                    [
                        ["Test", "Standard score", "Range"],
                        ["CELF-5 UK, Receptive Language Index", "61", "Very low"],
                        ["CELF-5 UK, Expressive Language Index", "58", "Very low"],
                        [
                            "Renfrew Word Finding Vocabulary Test",
                            "Age equivalent 4;2",
                            "Well below age",
                        ],
                        [
                            "DEAP phonology and oro-motor screen",
                            "Percentage consonants correct 58%",
                            "Severe",
                        ],
                        ["British Picture Vocabulary Scale (BPVS-3)", "86", "Low average"],
                    ],
                    [0.5, 0.25, 0.25],
                ),
                (
                    "p",
                    X(
                        "Idris’s single-word understanding (BPVS-3) is a relative strength, only a little below the average range.",
                        "test result: strength",
                    ),
                ),
                ("h", 2, "Summary of Idris’s needs"),
                (
                    "p",
                    [
                        N(
                            "Idris has a severe receptive language disorder: he understands short, familiar instructions, but with sentences of more than about six words, or with words such as ‘before’, ‘after’ and ‘unless’, he loses the meaning and follows the other children.",
                            "communication_interaction",
                            B3_RECEP,
                        ),
                        N(
                            "His expressive language is at about a four-year level; he uses sentences of three or four words, leaves out verb endings and small words such as ‘the’ and ‘is’, and cannot yet retell a simple story in order.",
                            "communication_interaction",
                            B3_EXPR,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Idris has marked word-finding difficulties: he often knows what he wants to say but cannot retrieve the word, so he says ‘thingy’, points, or gives up.",
                            "communication_interaction",
                            None,
                        ),
                        N(
                            "His speech shows the features of childhood apraxia of speech: his errors are inconsistent, he struggles to sequence sounds in longer words, and he is understood by unfamiliar listeners only about half of the time.",
                            "communication_interaction",
                            B3_SPEECH,
                        ),
                    ],
                ),
                ("h", 2, "Options"),
                (
                    "p",
                    "I was asked to set out the options for Idris’s therapy. I have considered three.",
                ),
                (
                    "p",
                    [
                        "Option A is to continue the current model, a programme delivered by school staff with a review visit from the therapist each term.",
                        X(
                            "I do not recommend Option A, because Idris has made little measurable progress under it in the last two years: his expressive language score has not changed since 2024.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                (
                    "p",
                    "Option B is to increase direct therapy in his present school. This is the option I recommend, for the reasons below.",
                ),
                (
                    "p",
                    [
                        "Option C is a place at St Aldric’s School, an independent school for children with speech and language disorders, where therapy is part of every lesson.",
                        X(
                            "Option C would meet Idris’s needs very well, and should be considered if Option B has not led to clear progress within a year.",
                            "placement option (Section I) deferred, not a Section F provision",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations under Option B"),
                (
                    "num",
                    [
                        R(
                            "Idris should have direct therapy with a speech and language therapist twice a week, for 30 minutes each time, in term time, combining motor speech practice with work on sentence structure.",
                            "communication_interaction",
                            "less",
                            F3_SALT,
                        ),
                        R(
                            "Between sessions, a teaching assistant trained by the therapist should practise his targets with him for 10 minutes every day.",
                            "communication_interaction",
                            "specific",
                            F3_PRACT,
                        ),
                        R(
                            "The class teacher and teaching assistants should complete Elklan ‘Speech and Language Support for 5-11s’ training in the current school year, so that the whole class team adapts its language in the same way.",
                            "communication_interaction",
                            "missing_from_f",
                        ),
                        R(
                            "Idris should join a narrative group, such as Black Sheep Press ‘Narrative Therapy’, run by a speech and language therapist for 30 minutes a week with three or four other children.",
                            "communication_interaction",
                            "wrong_section",
                            G3_GROUP,
                            section="G",
                        ),
                    ],
                ),
                (
                    "p",
                    "The reasons for this amount of therapy are these. Childhood apraxia of speech responds to frequent, short and intensive practice; research studies that report progress use at least two sessions a week, and progress is slow or absent at lower rates. Direct therapy once a week would be an improvement on the present position but would, in my opinion, still fall short. The daily practice with a trained assistant is what carries the therapy into the classroom, and the narrative group is needed because Idris’s difficulties with telling and retelling events cannot be taught one to one alone.",
                ),
                (
                    "p",
                    R(
                        "At home, Mr and Mrs Pennant could share a picture book with Idris at bedtime and ask him to tell them what happened, using the story planner I have given them.",
                        "communication_interaction",
                        "not_educational",
                    ),
                ),
                (
                    "p",
                    "Ffion Gethin-Parry, BSc (Hons) Speech and Language Therapy, MRCSLT, HCPC registered. 19 October 2026.",
                ),
            ],
        ),
        dict(
            file=OT3,
            footer="Lund Children's Occupational Therapy - Idris Pennant - page {n} of {m}",
            accent="7A4B00",
            blocks=[
                ("org", "Lund Children’s Occupational Therapy"),
                (
                    "small",
                    "Independent practice. Unit 4, Tannery Court, Brindlecombe AC1 7PB. Telephone 01632 960927.",
                ),
                ("title", "Occupational therapy report"),
                (
                    "p",
                    "Child: Idris Pennant, aged 7 years 5 months. School: Greenholme School. Seen at school on 12 October 2026. Therapist: Marit Lund, HCPC registered occupational therapist.",
                ),
                ("h", 2, "Reason for referral"),
                (
                    "p",
                    "Idris’s parents asked for this assessment because his school reports that he tires easily, finds writing hard and cannot dress himself after PE.",
                ),
                ("h", 2, "Findings"),
                (
                    "bul",
                    [
                        N(
                            "Idris has generalised joint hypermobility (Beighton score 7 of 9), and his finger joints bend back when he grips a pencil, so his hand aches after a few minutes of drawing or writing.",
                            "sensory_physical",
                            B3_HAND,
                        ),
                        N(
                            "His core stability is weak: he cannot sit on the carpet without leaning on the child beside him, and at the table he props himself on his forearms and wraps his feet around the chair legs.",
                            "sensory_physical",
                            B3_POST,
                        ),
                        N(
                            "Idris cannot yet dress himself after PE: he puts his jumper on back to front, cannot do buttons or pull up socks, and needs help to manage his clothes in the toilet.",
                            "sensory_physical",
                            None,
                        ),
                        X(
                            "His visual perception is within the average range (Beery VMI visual perception standard score 96), so his drawing difficulties are motor, not perceptual.",
                            "test result: need ruled out",
                        ),
                        X(
                            "He is not over-sensitive to noise or touch, and his sensory profile is typical for his age.",
                            "test result: need ruled out",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    "My recommendations are listed below, with the reasons for each, since the level of occupational therapy in Idris’s plan is disputed.",
                ),
                (
                    "bul",
                    [
                        R(
                            "Direct occupational therapy for six weekly sessions of 45 minutes in the spring term, then fortnightly for the summer term, because Idris needs hands-on work on his core stability and grip before a school programme can be set.",
                            "sensory_physical",
                            "not_specific",
                            F3_OT,
                        ),
                        R(
                            "A writing slope and thick-barrelled pencils in every lesson where he writes - the slope puts his wrist in a stronger position and the thicker pencil means he grips less tightly.",
                            "sensory_physical",
                            "specific",
                            F3_SLOPE,
                        ),
                        R(
                            "A small fine motor group for 15 minutes four times a week, run by a teaching assistant, as strength and control in the hands only build with frequent practice.",
                            "sensory_physical",
                            "less",
                            F3_FINE,
                        ),
                        R(
                            "Dressing practice with an adult after every PE lesson, using backward chaining (the adult does all but the last step, which Idris completes), so that he becomes independent and is not the last to leave the changing room.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        R(
                            "A chair and table of the right height with a footrest, in class and at lunch, because when his feet are supported he does not need to use his hands and arms to hold himself up.",
                            "sensory_physical",
                            "specific",
                            F3_SEAT,
                        ),
                        R(
                            "A referral to the children’s physiotherapy service for an assessment of his hypermobility, since his joints are a medical matter outside my role.",
                            "health",
                            "not_educational",
                            G3_PHYSIO,
                            section="G",
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "I considered whether Idris needs specialist seating, but an ordinary adjustable chair with a footrest will be enough.",
                        "option considered and rejected",
                    ),
                ),
                (
                    "p",
                    R(
                        "Idris’s parents may like to play games with play dough, pegs and tongs at home; this is not a recommendation for his plan, but it will help.",
                        "sensory_physical",
                        "not_educational",
                    ),
                ),
                ("p", "Marit Lund, HCPC registered occupational therapist, 26 October 2026."),
            ],
        ),
        dict(
            file=SC3,
            footer="Greenholme School - contribution to the EHC plan",
            blocks=[
                ("org", "Greenholme School"),
                (
                    "small",
                    "Coldharbour Lane, Brindlecombe AC3 1GS. Headteacher: Mrs Delyth Rowe. Telephone 01632 960145.",
                ),
                ("title", "School report for Idris Pennant (Year 3, Kingfisher class)"),
                (
                    "p",
                    "This report was written by Mrs Amos (class teacher) and Mr Iqbal (SENCo) in November 2026.",
                ),
                ("h", 2, "How Idris is getting on"),
                (
                    "p",
                    [
                        X(
                            "Idris is a cheerful and popular member of Kingfisher class and we enjoy teaching him.",
                            "strength",
                        ),
                        X(
                            "He settled quickly when he joined us in Year 1 and now comes into class happily every morning.",
                            "resolved difficulty (separation)",
                        ),
                        X(
                            "His attendance this year is 97 per cent.",
                            "attendance, no need",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "In reading, Idris knows 14 letter sounds, but he cannot yet hear the first sound in a spoken word or blend three sounds together to read a word.",
                            "cognition_learning",
                            B3_PHON,
                        ),
                        N(
                            "In maths he counts objects reliably to 10 and recognises numerals to 5, but he does not yet understand ‘one more’.",
                            "cognition_learning",
                            B3_MATHS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "We have noticed that Idris finds waiting and taking turns very hard: in group work he calls out, grabs the equipment, and becomes upset when it is another child’s turn.",
                            "semh",
                            None,
                        ),
                        N(
                            "At playtime he often stands alone near the fence or follows an adult, and he has come back into class upset several times this term because other children did not understand what he wanted.",
                            "semh",
                            B3_PLAY,
                        ),
                    ],
                ),
                ("h", 2, "Support we already give"),
                (
                    "p",
                    [
                        X(
                            "Idris already has a visual timetable and we use Makaton signs with the whole class.",
                            "support already in place",
                        ),
                        X(
                            "He sits at the front of the carpet and has a teaching assistant in the class of ten for most of the day.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 2, "What we think Idris needs next"),
                (
                    "p",
                    [
                        R(
                            "We would like Idris to have small-group phonics every day, for 15 minutes, with no more than four children, as he is not keeping up in the whole-class session.",
                            "cognition_learning",
                            "specific",
                            F3_PHON,
                        ),
                        R(
                            "We would like him to have a short turn-taking game each day with an adult and one friend, to practise waiting and sharing before he tries it in bigger groups.",
                            "semh",
                            "specific",
                            F3_TURN,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "We think Idris should be able to use the sensory room for a movement break of five to ten minutes after each long carpet session, because he is much better able to listen afterwards.",
                            "sensory_physical",
                            "not_specific",
                            F3_MOVE,
                        ),
                        X(
                            "We do not think a move to another school would help Idris at present: he is settled here, and his friends are here.",
                            "placement view (Section I), not a provision",
                        ),
                    ],
                ),
                ("p", "Mrs H. Amos, class teacher, and Mr S. Iqbal, SENCo, 18 November 2026."),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalas-04: Redmarsh Metropolitan Borough Council; Tobias Welland, 17, Year 12,
# independent specialist school; the council names a further education college.
# layout "letter-line-over-name": each section's heading is the letter alone on its own
# line ("SECTION B"), with the section's name on the line below; no Section J.
# ---------------------------------------------------------------------------

B4_UNDER = "Tobias understands everyday conversation but can lose track of longer explanations, especially when they include abstract words or several steps."
B4_CONV = "He finds it hard to start and keep up a conversation with people he does not know, such as customers or staff on a work placement."
B4_NARR = (
    "Tobias finds it hard to explain what has happened or to give information in a logical order."
)
B4_ANX = "He can become anxious about change and about new places and people, and needs time and preparation."
B4_MOTOR = "Tobias has motor coordination difficulties: he is slow and careful with practical tasks and finds handwriting tiring."
B4_EXEC = (
    "He needs help to plan and organise himself, to get started on tasks and to manage his time."
)
B4_CARE = "Tobias needs reminders and support with personal care, such as shaving and choosing clean clothes."
B4_MONEY = "He has a good memory for facts, but using money, time and number in everyday situations is difficult for him."

F4_GROUP = "Tobias will be taught in a group of no more than 10 students, with a tutor and a learning support assistant, for all of his 16.5 hours a week of study."
F4_WRITTEN = "Written, step-by-step instructions with photographs for every practical task in vocational sessions."
F4_PASS = "A communication passport, written with Tobias and a speech and language therapist, updated every September and given to each of his tutors and to any work placement supervisor."
F4_SALT = "Speech and language therapy: a speech and language therapist will see Tobias once each half term for 45 minutes and set targets, which his tutor will practise with him for 20 minutes each week."
F4_SOCIAL = "Access to social skills sessions."
F4_OT = "An occupational therapy assessment at the start of the course and a programme for staff to follow for 15 minutes three times a week, reviewed once a year by an occupational therapist."
F4_KITCHEN = "A weekly independent living skills session of 90 minutes in the training kitchen, with adapted equipment (easy-grip knives and a kettle tipper), led by a tutor."
F4_LAPTOP = "A laptop with speech-to-text software for all written work, set up before the start of the course."
F4_CARE = "Support with personal care as required."
F4_WORK = "A supported work experience placement for one day a week from April 2027, with a job coach for the first six weeks."
H4_TRAVEL = "Tobias will be offered independent travel training by the council's travel training team, two sessions a week for twelve weeks."

PL4 = "plan.pdf"
SL4 = "salt_report.pdf"
OT4 = "ot_report.docx"


def _s4(sid: str, name: str) -> list:
    """The letter alone as the heading, the section's name on the line below."""
    return [("H", sid, f"SECTION {sid}", "h2"), ("i", name)]


CASE_04 = dict(
    name="case-evalas-04",
    layout="letter-line-over-name",
    summary=(
        "Redmarsh Metropolitan Borough Council; Tobias Welland, 17, Year 12 at Harrowden Hall School, an "
        "independent specialist school (autism, learning disability, dyspraxia, preparation for adulthood). The "
        "council names a further education college; the family wants him to stay at his school with its therapy "
        "team. Each heading is the section's letter alone ('SECTION B') with its name in italics on the line "
        "below; there is no Section J. Independent speech and language therapy report with a table whose last "
        "column gives the outcome expected, independent occupational therapy report arguing its recommendations "
        "at length."
    ),
    note="There is no Section J. Travel training, which the occupational therapist recommends as education for adult life, stands in Section H2, which makes it provision in the wrong section. The recommendation that Tobias stay at Harrowden Hall is a Section I matter and is listed as a non-need.",
    plan=dict(
        file=PL4,
        footer="Redmarsh MBC - EHC plan - Tobias Welland - final - page {n} of {m}",
        accent="0B5563",
        blocks=[
            ("org", "Redmarsh Metropolitan Borough Council"),
            ("small", "SEND Service, Town Hall, Redmarsh KB4 3TH. Telephone 01632 960611."),
            ("title", "Education, Health and Care Plan"),
            (
                "p",
                "Tobias Welland. Date of birth 19 February 2009. Plan issued 2 December 2026, following re-assessment. EHC co-ordinator: Ms Lorna Baptiste.",
            ),
            *_s4("A", "The views, interests and aspirations of Tobias and his parents"),
            (
                "S",
                "A",
                "Tobias likes trains, computer games and cooking, and he is proud of the bread he makes in the school bakery.",
            ),
            (
                "p",
                "Tobias would like to work in a bakery or a café, to have his own flat when he is older, and to 'go on the train to Manchester on my own'. His parents want him to stay where he feels safe and to keep the therapy that has helped him.",
            ),
            *_s4("B", "The young person's special educational needs"),
            (
                "S",
                "B",
                "Tobias is autistic and has a mild learning disability and dyspraxia.",
            ),
            ("b", "Communication and interaction"),
            ("p", [B4_UNDER, B4_CONV, B4_NARR]),
            ("b", "Cognition and learning"),
            ("p", [B4_MONEY, B4_EXEC]),
            ("b", "Social, emotional and mental health"),
            ("p", B4_ANX),
            ("b", "Physical and sensory, and independence"),
            ("p", [B4_MOTOR, B4_CARE]),
            *_s4("C", "The young person's health needs related to their SEN"),
            (
                "S",
                "C",
                "Tobias has eczema, which is managed with creams at home. He has no other health needs related to his special educational needs.",
            ),
            *_s4("D", "The young person's social care needs"),
            (
                "S",
                "D",
                "Tobias is known to the Redmarsh transitions social work team, who will carry out a Care Act assessment before he turns 18.",
            ),
            *_s4("E", "Outcomes"),
            (
                "S",
                "E",
                "By July 2028, Tobias will complete a work placement of one day a week for a full term, speaking to customers with the help of a script.",
            ),
            (
                "p",
                "By July 2028, Tobias will plan, shop for and cook a simple meal for two people with no more than two prompts.",
            ),
            (
                "p",
                "By July 2028, Tobias will travel on his own between home and college by a familiar route.",
            ),
            *_s4("F", "Special educational provision"),
            (
                "S",
                "F",
                "The provision below will be made by the named college from January 2027, funded by Redmarsh Council.",
            ),
            (
                "bul",
                [
                    F(F4_GROUP, True),
                    F(F4_WRITTEN, True),
                    F(F4_PASS, True),
                    F(F4_SALT, True),
                    F(F4_SOCIAL, False),
                    F(F4_OT, True),
                    F(F4_KITCHEN, True),
                    F(F4_LAPTOP, True),
                    F(F4_CARE, False),
                    F(F4_WORK, True),
                ],
            ),
            *_s4("G", "Health care provision"),
            (
                "S",
                "G",
                "Tobias's eczema is managed by his GP. No other health care provision is required.",
            ),
            *_s4(
                "H1",
                "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("S", "H1", "None at present."),
            *_s4("H2", "Other social care provision"),
            ("S", "H2", H4_TRAVEL),
            (
                "p",
                "The transitions social work team will complete a Care Act assessment before Tobias's eighteenth birthday.",
            ),
            *_s4("I", "Placement"),
            (
                "S",
                "I",
                "Eastbridge College, Riverside Campus, Redmarsh KB4 8EC (general further education college): Foundation Learning, Pathway 2, from January 2027.",
            ),
            *_s4("K", "Advice and information"),
            (
                "S",
                "K",
                "Harrowden Hall School annual review report (October 2026); independent speech and language therapy report (Ms Salvi, October 2026); independent occupational therapy report (Mr Pryor, November 2026); educational psychology advice (September 2026); social care advice (September 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=SL4,
            footer="Salvi Speech and Language - Tobias Welland - page {n} of {m}",
            accent="8A1C3B",
            blocks=[
                ("org", "Salvi Speech and Language"),
                (
                    "small",
                    "Independent speech and language therapy for young people and adults. Telephone 01632 960382. meera.salvi@example.org",
                ),
                ("title", "Speech and language therapy report"),
                (
                    "kv",
                    [
                        ("Name", "Tobias Welland"),
                        ("Age", "17 years 8 months"),
                        ("Setting", "Harrowden Hall School, sixth form (Year 12)"),
                        ("Assessed", "13 and 14 October 2026 at school, and in the school café"),
                        (
                            "Therapist",
                            "Meera Salvi, MSc, HCPC registered speech and language therapist",
                        ),
                    ],
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        X(
                            "Tobias has received speech and language therapy from the Harrowden Hall therapy team since he joined the school in Year 7, currently for 45 minutes a week.",
                            "support already in place (history of therapy)",
                        ),
                        X(
                            "When he joined the school he was largely echolalic and used scripts from television; these have now been replaced by spontaneous sentences.",
                            "resolved difficulty (echolalia)",
                        ),
                        "The council proposes a move to a general further education college in January, and I was asked by Tobias's parents to advise on his communication needs and the therapy he will need in either setting.",
                    ],
                ),
                ("h", 2, "Assessment"),
                (
                    "p",
                    "I used the CELF-5 Metalinguistics (selected subtests), the Assessment of Comprehension and Expression 6-11 (narrative subtest, for information only), a role-played telephone call and two observed conversations with unfamiliar adults in the school café.",
                ),
                (
                    "p",
                    X(
                        "Tobias's speech is clear, his vocabulary for everyday topics is good, and he reads aloud fluently.",
                        "strength",
                    ),
                ),
                ("h", 2, "Findings"),
                (
                    "p",
                    [
                        N(
                            "Tobias follows everyday talk well, but when an explanation runs to several steps or uses abstract words such as 'appropriate' or 'responsible', he loses the thread and usually says that he has understood when he has not.",
                            "communication_interaction",
                            B4_UNDER,
                        ),
                        N(
                            "With unfamiliar adults he does not start a conversation, gives one-word answers, and does not know how to end an exchange, so in the café he walked away from a customer in the middle of an order.",
                            "communication_interaction",
                            B4_CONV,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "When asked to describe something that happened, Tobias gives details out of order and leaves out who was involved, so listeners cannot follow his account.",
                            "communication_interaction",
                            B4_NARR,
                        ),
                        N(
                            "Tobias takes what people say at face value and cannot tell when he is being teased or manipulated; this year he gave his bank card details to someone he had met online who said they were his friend.",
                            "communication_interaction",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "He cannot make or answer a telephone call: in the role-play he did not say who he was, did not know how to ask for what he wanted, and put the phone down when the caller said something he had not expected.",
                            "communication_interaction",
                            None,
                        ),
                        N(
                            "New people and places make Tobias very anxious, and his communication breaks down further when he is anxious: at his visit to Eastbridge College he did not speak at all.",
                            "semh",
                            B4_ANX,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    "The table below sets out what I recommend, and the outcome I would expect each piece of provision to achieve by July 2028.",
                ),
                (
                    "grid",
                    [
                        ["Area", "Provision recommended", "Outcome expected"],
                        [
                            "Understanding and conversation",
                            R(
                                "Direct speech and language therapy with a speech and language therapist, 45 minutes each week across the 38 weeks of the year.",
                                "communication_interaction",
                                "less",
                                F4_SALT,
                            ),
                            "Tobias checks his understanding by asking a question, and starts and ends a short exchange with an unfamiliar adult.",
                        ],
                        [
                            "Communication at work",
                            R(
                                "A weekly workplace communication group of one hour, planned and co-led by a speech and language therapist with his vocational tutor.",
                                "communication_interaction",
                                "not_specific",
                                F4_SOCIAL,
                            ),
                            "Tobias serves a customer from greeting to goodbye using a script, in the school café and then on placement.",
                        ],
                        [
                            "Personal safety",
                            R(
                                "A relationships and personal safety programme, including online safety, of ten weekly sessions co-taught by a speech and language therapist and a tutor.",
                                "communication_interaction",
                                "missing_from_f",
                            ),
                            "Tobias can say which requests from people online are unsafe and who he would tell.",
                        ],
                        [
                            "Information for staff",
                            R(
                                "A communication passport written with Tobias, updated every year and shared with all staff and any work placement.",
                                "communication_interaction",
                                "specific",
                                F4_PASS,
                            ),
                            "Every adult who works with Tobias knows how to explain things to him and how he shows that he is anxious.",
                        ],
                        [
                            "Practical learning",
                            R(
                                "Written step-by-step instructions with photographs for every practical task.",
                                "communication_interaction",
                                "specific",
                                F4_WRITTEN,
                            ),
                            "Tobias completes a familiar practical task without asking for the instruction to be repeated.",
                        ],
                    ],
                    [0.2, 0.44, 0.36],
                ),
                ("h", 2, "Why this level of therapy"),
                (
                    "p",
                    "The council's proposal is for a therapist to visit once each half term and for the tutor to practise targets in between. I have considered this carefully. Tobias has made his progress over five years with weekly direct therapy from a therapist who knows him, and he is now at the point where the skills he most needs, for work, for safety and for independence, are the hardest to teach: they depend on judgement in real situations, and they break down when he is anxious. Six sessions a year would allow the therapist to set targets but not to teach them, and in my opinion he would lose ground at exactly the point where he is preparing for adult life.",
                ),
                (
                    "p",
                    [
                        X(
                            "For these reasons, my view is that Tobias's needs would be best met by remaining at Harrowden Hall School for the rest of his sixth form, where therapy is delivered on site by a team that already knows him.",
                            "placement view (Section I), not a Section F provision",
                        ),
                        X(
                            "If he does move to college, the provision in the table should follow him.",
                            "comment on placement",
                        ),
                    ],
                ),
                (
                    "p",
                    R(
                        "At home, Tobias's parents could help him practise making short telephone calls to family members, using a written script, once or twice a week.",
                        "communication_interaction",
                        "not_educational",
                    ),
                ),
                (
                    "p",
                    "Meera Salvi, HCPC registered speech and language therapist, 27 October 2026.",
                ),
            ],
        ),
        dict(
            file=OT4,
            footer="G. Pryor, Occupational Therapist - report on Tobias Welland",
            blocks=[
                ("org", "Pryor Occupational Therapy Services"),
                (
                    "small",
                    "Independent occupational therapist. 30 Station Approach, Redmarsh KB4 1SA. Telephone 01632 960903.",
                ),
                ("title", "Occupational therapy report for the Tribunal"),
                (
                    "p",
                    "I, Gareth Pryor, am an occupational therapist registered with the HCPC with 18 years' experience working with autistic young people and young adults. I was asked by Mr and Mrs Welland to assess Tobias's motor, self-care and independent living skills and to advise on the provision he needs. I saw Tobias at Harrowden Hall School on 3 November 2026 and at home on 5 November 2026, and I observed him on the bus route between home and school.",
                ),
                ("h", 2, "History"),
                (
                    "p",
                    [
                        X(
                            "Tobias was diagnosed with dyspraxia at the age of eight by the Redmarsh children's occupational therapy service.",
                            "history (diagnosis)",
                        ),
                        X(
                            "He used to be unable to use a knife and fork together, but he now manages cutlery without help.",
                            "resolved difficulty (cutlery)",
                        ),
                        "He receives occupational therapy at Harrowden Hall for one hour a fortnight, and his therapist there has worked on his kitchen skills and his handwriting.",
                    ],
                ),
                ("h", 2, "My findings"),
                (
                    "p",
                    [
                        N(
                            "Tobias's coordination is well below that expected for his age (Movement ABC-2 total score at the 2nd centile): he is slow to cut, measure and pour, and his handwriting is large, slow and tires his hand after a few lines.",
                            "sensory_physical",
                            B4_MOTOR,
                        ),
                        N(
                            "He has marked difficulty planning and organising himself: he could not work out the order of steps to make a sandwich and a drink, did not start until he was prompted, and had no sense of how long tasks would take.",
                            "cognition_learning",
                            B4_EXEC,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Tobias needs prompting for most personal care tasks: he does not shave unless reminded, chooses the same clothes whether or not they are clean, and cannot judge when he needs a shower.",
                            "sensory_physical",
                            B4_CARE,
                        ),
                        N(
                            "He could not work out the change from a five-pound note or tell whether he had enough money for two items, and he does not yet read the time on a clock with hands.",
                            "cognition_learning",
                            B4_MONEY,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Tobias cannot yet travel on his own: he has never used a bus without an adult, did not know what to do when the bus did not come, and became very distressed in the crowded bus station.",
                            "sensory_physical",
                            None,
                        ),
                        X(
                            "His road safety is good: he waits at the kerb, uses crossings and looks both ways without prompting.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations and my reasons"),
                (
                    "p",
                    [
                        R(
                            "Tobias should continue to have direct occupational therapy with an occupational therapist for one hour a fortnight throughout the year, to work on his planning, personal care and practical skills.",
                            "sensory_physical",
                            "less",
                            F4_OT,
                        ),
                        "The council's proposal is an assessment at the start of the course and a programme reviewed once a year. I do not consider that this would meet his needs. Tobias's difficulties are with planning and sequencing, and a written programme assumes exactly the skills he lacks: he needs a therapist to break each task down, watch him attempt it and change the approach when it fails. His progress in the kitchen over the last two years has come from fortnightly sessions of this kind.",
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Tobias needs a structured independent travel training programme, delivered by a qualified travel trainer, two sessions a week for a term, starting with the route between home and his place of education.",
                            "sensory_physical",
                            "wrong_section",
                            H4_TRAVEL,
                            section="H2",
                        ),
                        X(
                            "Travelling independently is one of Tobias's own aims and one of the outcomes in his plan.",
                            "reason for a recommendation",
                        ),
                        "Without it he cannot get to college, to work or to his friends without his parents, and in my view it is part of his education for adult life rather than a care service.",
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "A weekly independent living skills session of at least 90 minutes in a training kitchen, with adapted equipment such as easy-grip knives and a kettle tipper.",
                            "sensory_physical",
                            "specific",
                            F4_KITCHEN,
                        ),
                        "Tobias learns by doing the same task many times in the same place; a weekly session of this length gives him time to plan, cook and clear up.",
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Tobias should have a laptop with speech-to-text software for written work, because his handwriting is too slow for him to record his ideas.",
                            "sensory_physical",
                            "specific",
                            F4_LAPTOP,
                        ),
                        R(
                            "He should have a visual checklist for his morning personal care routine, taught by a member of staff for 10 minutes at the start of each day until he can follow it alone, with the same checklist used at home.",
                            "sensory_physical",
                            "not_specific",
                            F4_CARE,
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "I considered whether Tobias needs a wheelchair or other mobility equipment for longer journeys; he does not, as his walking and stamina are good.",
                        "option considered and rejected",
                    ),
                ),
                (
                    "p",
                    R(
                        "At home, Tobias could be given responsibility for cooking one family meal each week, with a picture recipe.",
                        "sensory_physical",
                        "not_educational",
                    ),
                ),
                (
                    "p",
                    "I confirm that I have made clear which facts and matters referred to in this report are within my own knowledge and which are not, and that the opinions I have expressed represent my true and complete professional opinion. Gareth Pryor, 16 November 2026.",
                ),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
