# ruff: noqa: E501
"""Set AI as data: social, emotional and mental health needs and ADHD in primary schools
and pupil referral units (ages 7 to 14), with children at risk of exclusion. The reports
are a CAMHS clinician's, a council behaviour support team's, an educational
psychologist's and a pupil referral unit teacher's, with incident logs, summarised ABC
charts, risk assessments and long argued reasons. No plan in the set carries a section
letter: each identifies its sections another way (decimal numbers in the council's own
order, questions, number words in the council's own order, agency-and-purpose labels).

Every name, council, school, unit, service and professional is invented. Postcodes use
areas that do not exist and phone numbers are in the 01632 960xxx range. Markers are those
of evaluation_kit.dataset.
"""

# ---------------------------------------------------------------------------
# case-evalai-01: Calderholme Metropolitan Borough Council; Riley Ashworth-Kane, 8, Year 4
# layout "decimal-agency-paired": sections numbered 1.0 to 12.0 in the council's own order,
# each agency's needs followed at once by its provision, outcomes after all provision.
# ---------------------------------------------------------------------------

EP1 = "ep_report.docx"
BST1 = "behaviour_support_report.pdf"

B1_ATTN = "Riley has ADHD and finds it very hard to keep his attention on tasks set by an adult for more than a few minutes at a time."
B1_WM = "He has weak working memory and quickly forgets instructions that have more than one step."
B1_LIT = "His literacy skills are well below those of his classmates."
B1_WRITE = "Writing by hand is slow and tiring for him."
B1_REG = "Riley can go from calm to very distressed in a short time, and when this happens he may shout, throw things or leave the classroom."
B1_FEEL = "He finds it hard to put his feelings into words."
B1_LUNCH = "Unstructured times, and lunchtime in particular, are when Riley is most likely to hurt other children."
B1_ESCAPE = "Much of Riley's behaviour helps him avoid work he finds too hard, especially writing."

F1_KEY = "A named key adult will meet Riley for a 10-minute check-in when he arrives each morning and a 5-minute check-out at the end of each school day."
F1_WM = "A working memory programme delivered one-to-one by a teaching assistant once a week for 20 minutes."
F1_READ = "Support with reading as appropriate."
F1_ELSA = "Weekly 30-minute individual emotional literacy sessions with the school's trained ELSA for a minimum of 12 weeks, then reviewed by the SENCo."
F1_TRAIN = "All adults who work with Riley, including lunchtime supervisors, will complete Calm Steps de-escalation training delivered by the Behaviour Support Team before the start of the spring term 2027, with a refresher each term."
F1_RISK = "A risk reduction plan, written with Riley and his parents, will be reviewed by the SENCo at least every half term and after any suspension."
F1_CALM = "Access to a calm space when needed."
F1_BST = (
    "The Behaviour Support Team will visit school once a term to review Riley's plan with staff."
)
F1_ADULT = "Adult support in class and at unstructured times as required."
F1_WORK = "Written tasks will be broken into chunks of no more than five minutes, with a visual checklist on his desk, in every lesson."
G1_MOVE = "School staff will give Riley a movement break of five minutes every 30 minutes, to help manage his ADHD."

CASE_01 = dict(
    name="case-evalai-01",
    layout="decimal-agency-paired",
    summary=(
        "Calderholme Metropolitan Borough Council; Riley Ashworth-Kane, 8, Year 4 at Holmcroft Primary "
        "School (ADHD, SEMH, literacy and working memory difficulties; three suspensions this year). "
        "Sections are numbered 1.0 to 12.0 in the council's own order with no letters: views, then each "
        "agency's needs followed by its provision (education, health, social care), then outcomes, "
        "placement, budget and advice. Educational psychologist's report (.docx) and the council's "
        "Behaviour Support Team report with an incident log and ABC summary (.pdf)."
    ),
    note="Headings carry decimal numbers in the council's order (2.0 needs, 3.0 educational provision, 9.0 outcomes); no section letter appears. Movement breaks by school staff placed under health provision are wrong_section.",
    plan=dict(
        file="plan.docx",
        footer="Calderholme MBC - EHC plan - Riley Ashworth-Kane - FINAL",
        blocks=[
            (
                "org",
                "Calderholme Metropolitan Borough Council - SEND Assessment and Review Service",
            ),
            ("title", "Education, Health and Care Plan (Final)"),
            (
                "kv",
                [
                    ("Name", "Riley Ashworth-Kane"),
                    ("Date of birth", "14 June 2018"),
                    ("Setting", "Holmcroft Primary School, Year 4"),
                    ("Date plan finalised", "27 November 2026"),
                    ("Case officer", "Sadia Brennan-Holt, 01632 960412, send.casework@example.org"),
                ],
            ),
            (
                "p",
                "This plan is set out in twelve numbered parts. Needs and the provision that meets them are kept together for each agency; the outcomes for all agencies follow in part 9.0.",
            ),
            (
                "H",
                "A",
                "1.0 Riley's views, interests and aspirations, and those of his family",
                "h2",
            ),
            (
                "S",
                "A",
                "Riley likes football, drawing superheroes and helping the caretaker set out the hall for assembly.",
            ),
            (
                "p",
                "He told his case officer that he wants 'to stop getting sent home' and 'to have a best friend'. His mum and dad want school to understand that Riley is not a naughty boy, and they want him to stay at Holmcroft with his sister.",
            ),
            ("H", "B", "2.0 Education: special educational needs", "h2"),
            ("b", "Cognition and learning"),
            ("S", "B", B1_ATTN),
            ("p", [B1_WM, B1_LIT, B1_WRITE]),
            ("b", "Social, emotional and mental health"),
            ("p", [B1_REG, B1_FEEL]),
            ("p", [B1_LUNCH, B1_ESCAPE]),
            ("H", "F", "3.0 Education: special educational provision", "h2"),
            (
                "S",
                "F",
                "Holmcroft Primary School will make the following provision, funded through the school's notional SEN budget and top-up funding at band 4.",
            ),
            (
                "bul",
                [
                    ("F", F1_KEY, True),
                    ("F", F1_ADULT, False),
                    ("F", F1_WM, True),
                    ("F", F1_READ, False),
                    ("F", F1_WORK, True),
                    ("F", F1_ELSA, True),
                    ("F", F1_TRAIN, True),
                    ("F", F1_RISK, True),
                    ("F", F1_CALM, False),
                    ("F", F1_BST, True),
                ],
            ),
            ("H", "C", "4.0 Health: needs related to special educational needs", "h2"),
            (
                "S",
                "C",
                "Riley was diagnosed with ADHD (combined presentation) by the community paediatrician in March 2025 and takes methylphenidate each morning.",
            ),
            ("p", "His parents report that he often struggles to get to sleep."),
            ("H", "G", "5.0 Health: provision", "h2"),
            ("S", "G", "Medication review by the community paediatrician every six months."),
            ("p", G1_MOVE),
            ("H", "D", "6.0 Social care: needs related to special educational needs", "h2"),
            (
                "S",
                "D",
                "Riley is not known to children's social care and no social care needs were identified during the assessment.",
            ),
            (
                "H",
                "H1",
                "7.0 Social care: provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
                "h2",
            ),
            ("S", "H1", "None identified."),
            ("H", "H2", "8.0 Social care: other provision", "h2"),
            (
                "S",
                "H2",
                "The family have been given details of the Calderholme ADHD parents' group run by the Family Hub.",
            ),
            ("H", "E", "9.0 Outcomes we are working towards", "h2"),
            (
                "S",
                "E",
                "By the end of Year 4, Riley will stay in class for whole lessons on at least four days out of five, with his agreed breaks.",
            ),
            (
                "p",
                "By the end of Year 5, Riley will name how he is feeling using his feelings chart and choose a calming strategy with one adult prompt.",
            ),
            (
                "p",
                "By the end of Key Stage 2, Riley will read and write at a level that lets him take part in lessons with his class.",
            ),
            ("H", "I", "10.0 School or other institution", "h2"),
            (
                "S",
                "I",
                "Holmcroft Primary School (community primary school), Holmcroft Lane, Calderholme HF7 2QP.",
            ),
            ("H", "J", "11.0 Personal budget arrangements", "h2"),
            ("S", "J", "No personal budget has been requested."),
            ("H", "K", "12.0 Advice and information received", "h2"),
            (
                "S",
                "K",
                "Educational psychology advice, Dr Imogen Thwaite (October 2026); Behaviour Support Team report, Mr Dwayne Achterberg (September 2026); paediatric letter (August 2026); parents' views (September 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=EP1,
            footer="Calderholme Educational Psychology Service - confidential",
            blocks=[
                ("org", "Calderholme Educational Psychology Service"),
                ("title", "Psychological advice for an EHC needs assessment"),
                (
                    "kv",
                    [
                        ("Child", "Riley Ashworth-Kane (DOB 14/06/2018)"),
                        ("School", "Holmcroft Primary School, Year 4"),
                        (
                            "Educational psychologist",
                            "Dr Imogen Thwaite, HCPC-registered practitioner psychologist",
                        ),
                        (
                            "Dates of involvement",
                            "Consultation 22 September 2026; observation and assessment 6 October 2026",
                        ),
                    ],
                ),
                ("h", 2, "Reason for involvement"),
                (
                    "p",
                    "The school asked for psychological advice after Riley's third suspension of the school year, for throwing a chair in the classroom. Mr and Mrs Ashworth-Kane agreed to the involvement and both attended the consultation meeting.",
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Riley had a difficult start in Reception and was on a reduced timetable for six weeks in the autumn term of 2023.",
                            "history",
                        ),
                        "He was diagnosed with ADHD in March 2025 and his parents and teachers agree that the medication has helped him in the mornings.",
                        (
                            "X",
                            "The speech and language therapist who saw Riley in 2024 found his language within the average range and discharged him.",
                            "resolved: no language need",
                        ),
                    ],
                ),
                ("h", 2, "Observation"),
                (
                    "p",
                    "I observed Riley for an hour in a literacy lesson and for 20 minutes at morning break. In the lesson, the class were asked to write a diary entry as a character from the class book. Riley listened to the introduction sitting at the front, answered a question correctly, and drew a picture of the character while others began writing.",
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "During the observation Riley was on task for an average of three minutes at a time before leaving his seat, tapping his pencil loudly or turning round to talk to the pupil behind him.",
                            "cognition_learning",
                            B1_ATTN,
                        ),
                        "When the teaching assistant crouched beside him and wrote the first sentence with him he wrote two more, then put his head on the desk.",
                    ],
                ),
                (
                    "p",
                    "At break he joined a game of tag, played happily for ten minutes and then argued about whether he had been caught. He walked away when an adult came over, which staff say is a strategy he has begun to use this term.",
                ),
                ("h", 2, "Assessment"),
                (
                    "p",
                    "I used selected subtests of the Wechsler Intelligence Scale for Children (WISC-V UK) and the Wechsler Individual Achievement Test (WIAT-III UK). Scores should be read with caution because Riley needed frequent breaks, but I believe they are a fair picture of his skills.",
                ),
                (
                    "grid",
                    [
                        ["Area", "Standard score", "Descriptor"],
                        ["Verbal Comprehension Index", "98", "Average"],
                        ["Visual Spatial Index", "104", "Average"],
                        ["Working Memory Index", "78", "Very low"],
                        ["Processing Speed Index", "85", "Low average"],
                        ["Single word reading (WIAT-III)", "81", "Below average"],
                        ["Spelling (WIAT-III)", "79", "Below average"],
                    ],
                    [0.5, 0.2, 0.3],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Riley's verbal reasoning and visual problem solving are in the average range, and he is a capable thinker when information is presented orally and in short steps.",
                            "strength",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "His working memory is very weak for his age, and he loses track of instructions with two or three parts, which in class often comes just before off-task or disruptive behaviour.",
                            "cognition_learning",
                            B1_WM,
                        ),
                        (
                            "N",
                            "Riley's reading and spelling are around two years behind those expected for his age, and he avoids written work, often by leaving the room.",
                            "cognition_learning",
                            B1_LIT,
                        ),
                        (
                            "N",
                            "His handwriting is laborious and poorly formed, and he tires after a few lines.",
                            "sensory_physical",
                            B1_WRITE,
                        ),
                    ],
                ),
                ("h", 2, "Riley's views"),
                (
                    "p",
                    "Riley completed a 'Me as a learner' scaling activity with me. He put himself at 1 out of 10 for writing and 9 out of 10 for football and PE.",
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Riley holds a very negative view of himself as a learner and as a person, describing himself as 'the bad kid' and 'thick', and this self-image appears to make him quicker to give up and to react when corrected.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "Formulation"),
                (
                    "p",
                    "In my view Riley's behaviour is best understood as the meeting point of his ADHD, a working memory difficulty and literacy skills well below those of his classmates. Tasks that demand sustained writing place the greatest load on all three at once. When he is corrected or rushed his frustration rises quickly; he does not yet notice the early signs in himself, and by the time adults notice them he may be past the point where talking helps. Each suspension has then confirmed to him that he is 'the bad kid', which makes the next incident more likely. I do not think that further sanctions on their own will change this pattern, and they carry a real risk of making it worse.",
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Riley struggles to recognise and manage rising frustration; small triggers, such as losing a game or being told to wait, can escalate within seconds into shouting, throwing equipment or running from the classroom.",
                            "semh",
                            B1_REG,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    "I have discussed the following with Riley's parents and with the SENCo, Mrs Oduya. The order is not one of priority.",
                ),
                (
                    "num",
                    [
                        (
                            "R",
                            "Riley should have a key adult, someone he already trusts, for a daily check-in of 10 minutes on arrival at school and a check-out of 5 minutes before home time.",
                            "semh",
                            "specific",
                            F1_KEY,
                        ),
                        (
                            "R",
                            "I recommend a structured working memory and attention programme, delivered one-to-one by a trained teaching assistant, three times a week for 20 minutes.",
                            "cognition_learning",
                            "less",
                            F1_WM,
                        ),
                        (
                            "R",
                            "Riley would benefit from daily precision teaching of high-frequency words, 10 minutes each day with a familiar adult, with his progress charted so that he can see it.",
                            "cognition_learning",
                            "not_specific",
                            F1_READ,
                        ),
                        (
                            "R",
                            "An emotional literacy programme, such as ELSA, should be delivered weekly for 30 minutes over at least 12 weeks to help him name and manage his feelings.",
                            "semh",
                            "specific",
                            F1_ELSA,
                        ),
                        (
                            "R",
                            "A structured lunchtime club, supervised by an adult, should be offered to Riley every day as an alternative to the main playground, with two or three named peers invited to join him.",
                            "semh",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "A move to specialist SEMH provision was raised at the consultation; I do not recommend this at present, as Riley has strong relationships at Holmcroft and has not yet had a consistent, assessed programme of support there.",
                            "option considered and not recommended",
                        ),
                    ],
                ),
                ("h", 2, "Support already in place"),
                (
                    "bul",
                    [
                        "a visual timetable on his desk, checked with him each morning",
                        "a teaching assistant in class for English and maths, shared with three other pupils",
                        "Friday Lego club at lunchtime, which he attends every week",
                        "a 'time out' card, used on average twice a day",
                    ],
                ),
                (
                    "p",
                    "These arrangements are sensible and Riley values them; they should continue, but they are not enough on their own because they depend on which adult is free at the time.",
                ),
                (
                    "p",
                    "For home, I have shared with Mr and Mrs Ashworth-Kane some ideas about keeping instructions short and praising effort rather than results, which they said they already do with his sister.",
                ),
                (
                    "p",
                    "I would be happy to review Riley's progress with the school in the summer term.",
                ),
                ("sig", ["Dr Imogen Thwaite", "Educational Psychologist", "12 October 2026"]),
            ],
        ),
        dict(
            file=BST1,
            header="Calderholme Behaviour Support Team",
            footer="OFFICIAL-SENSITIVE - page {n} of {m}",
            sans=True,
            accent="5B2C6F",
            blocks=[
                ("org", "Calderholme Council - Inclusion Services - Behaviour Support Team"),
                ("title", "Behaviour support report for EHC needs assessment"),
                (
                    "kv",
                    [
                        ("Pupil", "Riley Ashworth-Kane, Year 4, Holmcroft Primary School"),
                        ("Author", "Dwayne Achterberg, Specialist Behaviour Support Teacher"),
                        ("Period covered", "1 June to 25 September 2026"),
                    ],
                ),
                ("h", 2, "1. Summary of involvement"),
                (
                    "p",
                    "The Behaviour Support Team received a referral from Holmcroft Primary School in May 2026. I have made five visits, observed Riley in class and at lunchtime, met his parents twice and trained the Year 4 team in recording ABC charts. This report summarises 46 ABC records and the school's incident log.",
                ),
                ("h", 2, "2. Incident log (summary)"),
                (
                    "grid",
                    [
                        ["Date", "Setting", "What happened", "Outcome"],
                        [
                            "9 June",
                            "Playground, lunch",
                            "Pushed a Year 3 pupil to the ground during football",
                            "Internal exclusion for the afternoon",
                        ],
                        [
                            "18 June",
                            "Classroom, English",
                            "Tore up worksheet, swore at teacher, left room",
                            "Parents contacted",
                        ],
                        [
                            "2 July",
                            "Playground, lunch",
                            "Punched a peer after a disagreement over a game",
                            "One-day suspension",
                        ],
                        [
                            "10 Sept",
                            "Classroom, after lunch",
                            "Refused to come in from the playground; ran to the field",
                            "Parents collected him",
                        ],
                        [
                            "21 Sept",
                            "Classroom, English",
                            "Threw a chair when asked to finish writing",
                            "Two-day suspension",
                        ],
                    ],
                    [0.13, 0.22, 0.4, 0.25],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "The number of recorded incidents fell from 14 in June to 6 in September, after his medication was increased and his class teacher began to seat him near the door.",
                            "progress",
                        ),
                    ],
                ),
                ("h", 2, "3. What the ABC charts tell us"),
                (
                    "p",
                    "Antecedents were coded using the team's standard categories. Of the 46 records, 27 followed a writing demand, 9 followed a transition, 6 followed a peer conflict and 4 had no clear antecedent. Consequences most often involved Riley leaving the task (31 records) or an adult spending time with him one-to-one (12 records).",
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "The ABC analysis indicates that the main function of Riley's behaviour is escape from demands he sees as too difficult, particularly extended writing.",
                            "semh",
                            B1_ESCAPE,
                        ),
                        (
                            "N",
                            "Transitions, and especially the return to class after lunch, are a consistent trigger, and Riley needs more time and warning than his peers to move from one activity to the next.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Most of the physical incidents have taken place at lunchtime on the main playground, where there are over 200 children and fewer adults.",
                            "semh",
                            B1_LUNCH,
                        ),
                        (
                            "X",
                            "Riley was not involved in any physical incident in the classroom in the period covered.",
                            "not a need: absence of an incident type",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "When asked afterwards what happened or how he felt, Riley usually says 'I don't know' or shrugs; he does not yet have the words to describe his feelings.",
                            "semh",
                            B1_FEEL,
                        ),
                    ],
                ),
                ("h", 2, "4. Risk assessment"),
                (
                    "grid",
                    [
                        ["Risk", "Likelihood", "Severity", "Current control"],
                        [
                            "Injury to peers at lunchtime",
                            "High",
                            "Moderate",
                            "Adult shadows Riley for the first 15 minutes of lunch",
                        ],
                        [
                            "Leaving the school site",
                            "Low",
                            "High",
                            "Gates locked; Riley has not left the site",
                        ],
                        [
                            "Injury to staff when throwing objects",
                            "Medium",
                            "Moderate",
                            "Class team remove audience and clear space",
                        ],
                    ],
                    [0.32, 0.15, 0.15, 0.38],
                ),
                (
                    "p",
                    "The current controls have reduced the risk on the playground but rely on whichever adult is free. The school has not yet written a risk reduction plan with Riley and his parents.",
                ),
                (
                    "p",
                    "Riley's parents told me that they feel each suspension is a step towards permanent exclusion. I share their worry. In my experience, a pupil with Riley's profile who is suspended repeatedly in Key Stage 2 is at high risk of a permanent exclusion by Year 6, and each suspension removes him from the adults and routines that are most likely to help. The pattern in the ABC records is clear enough that the school can act on it, and most of what I recommend below costs staff time and consistency rather than money.",
                ),
                ("h", 2, "5. What has been tried"),
                (
                    "p",
                    "Holmcroft have used a sticker chart, a 'time out' card, a seat near the door and a visual timetable. The sticker chart was dropped after three weeks because Riley tore it up after losing points. The time out card has worked on the days an adult was free to go with him.",
                ),
                ("h", 2, "6. Recommendations"),
                (
                    "p",
                    "These recommendations are made in the light of the analysis above and have been agreed in principle with the school.",
                ),
                (
                    "bul",
                    [
                        (
                            "R",
                            "All adults working with Riley, lunchtime supervisors included, should be trained in the council's Calm Steps de-escalation approach before the start of the spring term, with a refresher each term.",
                            "semh",
                            "specific",
                            F1_TRAIN,
                        ),
                        (
                            "R",
                            "A risk reduction plan should be written with Riley and his parents and reviewed at least every half term, and after any suspension.",
                            "semh",
                            "specific",
                            F1_RISK,
                        ),
                        (
                            "R",
                            "Riley should be able to use his time out card to go to a quiet, low-stimulus space, with an adult checking on him within two minutes, on every occasion he uses it.",
                            "semh",
                            "not_specific",
                            F1_CALM,
                        ),
                        (
                            "R",
                            "Planned movement breaks of around five minutes every half hour should be built into Riley's timetable, rather than given only when he has already become unsettled.",
                            "semh",
                            "wrong_section",
                            G1_MOVE,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "The Behaviour Support Team should continue to be involved, visiting school each half term to review the plan and coach the staff who work with Riley.",
                            "semh",
                            "less",
                            F1_BST,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "At home, Mr and Mrs Ashworth-Kane may find it helpful to use a simple picture checklist for the morning routine, which they have said is a difficult time.",
                            "semh",
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "p",
                    "I will attend the annual review if invited. Contact: behaviour.support@example.org or 01632 960418.",
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalai-02: Westmarsh County Council; Kacper Nowicki, 13, Year 8, pupil referral unit
# layout "band-question-headings": each section headed only by a question in a shaded band,
# in the statutory order, with no letter and no number.
# ---------------------------------------------------------------------------

PRU2 = "pru_report.docx"
CAMHS2 = "camhs_report.pdf"
EP2 = "ep_advice.pdf"

B2_ADHD = "Kacper has ADHD; he is impulsive and finds it very hard to concentrate in lessons, even in a small group."
B2_READ = "Kacper's reading is several years below his age, and he cannot read most of the texts used in secondary lessons without help."
B2_SPEED = "He needs extra time to take in information and to complete work."
B2_CRIT = "Kacper reacts strongly to anything he sees as criticism or disrespect, and may shout, swear or walk out."
B2_PEERS = "He is easily led by older young people and can be drawn into conflict to fit in."
B2_MOOD = "Kacper has low mood and anxiety, which have become worse since he was excluded."

F2_GROUP = "Kacper will be taught in a group of no more than six pupils, with a teacher and a teaching assistant, for all lessons."
F2_LIT = "Regular literacy intervention to improve his reading."
F2_MENTOR = "A weekly 30-minute mentoring session with a named member of staff."
F2_PASS = "Kacper will have a time-out pass that lets him leave any lesson for up to ten minutes to go to the nurture room, and using it will not lead to a sanction."
F2_INSTR = "In every lesson, instructions will be given one at a time, Kacper will be asked to say back what he has to do, and the steps will be written on a card on his desk."
F2_SALT = "An assessment by the council's commissioned speech and language therapy service, completed by the end of the spring term 2027, with its advice added to this plan at review."
F2_THERAP = "Access to a range of therapeutic interventions."
F2_UNSTR = "Support to manage unstructured times."
G2_CBT = "A course of 12 sessions of CBT-informed therapy for low mood at Westmarsh CAMHS."
G2_MEDS = "Medication review in the CAMHS ADHD clinic every three months."
G2_TRAIN = "The CAMHS schools link practitioner will deliver training in trauma-informed practice to staff at the Short Stay School."


def _q(sid: str, question: str) -> tuple:
    """A section headed by its question alone, in a shaded band."""
    return ("H", sid, question, "band")


CASE_02 = dict(
    name="case-evalai-02",
    layout="band-question-headings",
    summary=(
        "Westmarsh County Council; Kacper Nowicki, 13, Year 8 at Westmarsh Short Stay School (a pupil "
        "referral unit) after a permanent exclusion (ADHD, low mood and anxiety, literacy, trauma "
        "history). Each section is headed only by a question in a shaded band, in the statutory order, "
        "with no letter or number. PRU teacher's report (.docx), CAMHS report (.pdf), educational "
        "psychologist's advice (.pdf)."
    ),
    note="Sections are found by their questions alone. Trauma-informed training for the unit's staff, placed under health provision, is wrong_section; CBT and medication review are health provision.",
    plan=dict(
        file="plan.pdf",
        header="Westmarsh County Council - Education, Health and Care Plan",
        footer="Kacper Nowicki - final plan 2 December 2026 - page {n} of {m}",
        accent="2E5E4E",
        blocks=[
            ("org", "Westmarsh County Council - SEND Statutory Services"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Child", "Kacper Nowicki"),
                    ("Date of birth", "3 February 2013"),
                    ("Current setting", "Westmarsh Short Stay School, Key Stage 3 Centre (Year 8)"),
                    ("Plan type", "Final plan following EHC needs assessment"),
                    ("SEND officer", "Callum Ferreira-Banks, 01632 960455"),
                ],
            ),
            _q("A", "What matters to Kacper and his family, and what do they hope for?"),
            (
                "S",
                "A",
                "Kacper is proud of his BMX riding and his drawings, and he would like to be a tattoo artist or a mechanic.",
            ),
            (
                "p",
                "His mum, Mrs Agnieszka Nowicka, wants him to get his GCSEs, to stay out of trouble and to have people around him who do not give up on him.",
            ),
            _q("B", "What are Kacper's special educational needs?"),
            ("S", "B", B2_ADHD),
            ("p", [B2_READ, B2_SPEED]),
            ("p", [B2_MOOD, B2_CRIT, B2_PEERS]),
            _q(
                "C",
                "What health needs does Kacper have that relate to his special educational needs?",
            ),
            (
                "S",
                "C",
                "Kacper was diagnosed with ADHD by Westmarsh CAMHS in May 2026 and takes lisdexamfetamine. He sleeps poorly.",
            ),
            _q(
                "D",
                "What social care needs does Kacper have that relate to his special educational needs?",
            ),
            (
                "S",
                "D",
                "Kacper has a child in need plan because of concerns that he is at risk of criminal exploitation; his allocated social worker is in the Westmarsh Adolescent Support Team.",
            ),
            _q("E", "What outcomes are we working towards?"),
            (
                "S",
                "E",
                "By July 2027 Kacper will attend at least 90 per cent of sessions and stay in lessons for the whole lesson on four days out of five.",
            ),
            (
                "p",
                "By the end of Year 9 Kacper will read texts written for his year group with support from a reading pen or an adult.",
            ),
            (
                "p",
                "By the end of Year 9 Kacper will be able to explain to an adult what made him angry and what he could do differently next time.",
            ),
            _q("F", "What special educational provision will Kacper receive?"),
            (
                "S",
                "F",
                "Provision will be made by Westmarsh Short Stay School unless stated otherwise.",
            ),
            (
                "bul",
                [
                    ("F", F2_GROUP, True),
                    ("F", F2_LIT, False),
                    ("F", F2_MENTOR, True),
                    ("F", F2_PASS, True),
                    ("F", F2_INSTR, True),
                    ("F", F2_SALT, True),
                    ("F", F2_THERAP, False),
                    ("F", F2_UNSTR, False),
                ],
            ),
            _q("G", "What health provision is reasonably required?"),
            ("S", "G", G2_CBT),
            ("p", G2_MEDS),
            ("p", G2_TRAIN),
            _q(
                "H1",
                "What social care provision must be made under section 2 of the Chronically Sick and Disabled Persons Act 1970?",
            ),
            ("S", "H1", "There is no provision under the 1970 Act."),
            _q("H2", "What other social care provision is reasonably required?"),
            (
                "S",
                "H2",
                "Kacper's social worker will visit at least every four weeks under his child in need plan, and he will be offered a place on the Adolescent Support Team's Friday activity programme.",
            ),
            _q("I", "Where will Kacper be educated?"),
            (
                "S",
                "I",
                "Westmarsh Short Stay School (pupil referral unit), Key Stage 3 Centre, Quarry Road, Westmarsh AC9 4LN.",
            ),
            _q("J", "Is there a personal budget?"),
            ("S", "J", "No. Mrs Nowicka did not ask for a personal budget."),
            _q("K", "What advice and information was gathered?"),
            (
                "S",
                "K",
                "Report from Westmarsh Short Stay School (October 2026); CAMHS report (October 2026); educational psychology advice (November 2026); social care advice (October 2026); Mrs Nowicka's views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=PRU2,
            footer="Westmarsh Short Stay School - pupil report",
            blocks=[
                ("org", "Westmarsh Short Stay School - Key Stage 3 Centre"),
                ("title", "Pupil report for EHC needs assessment"),
                (
                    "kv",
                    [
                        ("Pupil", "Kacper Nowicki, Year 8"),
                        (
                            "Written by",
                            "Ms Roisin Calloway, KS3 class teacher and designated teacher for SEND",
                        ),
                        ("Date", "14 October 2026"),
                    ],
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Kacper was permanently excluded from Saltmere Academy in March 2026 after he pushed a member of staff who was blocking a doorway.",
                            "history: the exclusion",
                        ),
                        "He joined us after the Easter holiday. Before that he had received four suspensions at Saltmere in Year 7, totalling eleven days.",
                    ],
                ),
                ("h", 2, "Attendance and engagement"),
                (
                    "p",
                    [
                        (
                            "X",
                            "His attendance has risen from 62 per cent in the summer term to 88 per cent this half term, and he now arrives on time on most days.",
                            "progress",
                        ),
                        "Kacper enjoys art, practical science and our Thursday bike maintenance project, where he has helped younger pupils and is trusted with tools.",
                    ],
                ),
                ("h", 2, "Learning"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Kacper's reading age was assessed in September as 9 years 4 months, and he cannot yet read most Key Stage 3 texts independently.",
                            "cognition_learning",
                            B2_READ,
                        ),
                        "He is embarrassed about this and will often say a text is 'boring' rather than admit he cannot read it.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "In maths he has secure number bonds and times tables but significant gaps in fractions, ratio and early algebra, which we think reflect the time he has missed.",
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
                            "Even in a class of six, he cannot keep his attention on a task for more than about ten minutes without a change of activity or a movement break.",
                            "cognition_learning",
                            B2_ADHD,
                        ),
                    ],
                ),
                ("h", 2, "Behaviour and relationships"),
                (
                    "p",
                    "The table below summarises the incidents recorded on our system since the start of term.",
                ),
                (
                    "grid",
                    [
                        ["Week", "Incidents", "Main type", "Response"],
                        ["1-2", "5", "Verbal abuse towards staff", "Restorative conversation"],
                        ["3-4", "3", "Leaving lessons", "Time in nurture room"],
                        ["5-6", "2", "Conflict with peer", "Mediation, parent informed"],
                    ],
                    [0.15, 0.15, 0.35, 0.35],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Kacper is highly sensitive to anything he perceives as criticism or disrespect, particularly from male adults he does not know well, and will respond with verbal aggression or by walking out.",
                            "semh",
                            B2_CRIT,
                        ),
                        (
                            "N",
                            "His relationships with other pupils are fragile, and he is easily drawn into conflict to keep his standing with older boys.",
                            "semh",
                            B2_PEERS,
                        ),
                    ],
                ),
                (
                    "p",
                    "We have not needed to use physical intervention with Kacper since he joined us. Our risk assessment rates the risk of harm to others as medium, mainly when he is confronted in a corridor or in front of peers.",
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Kacper's previous SEN support plan from Saltmere set a single target of 'improved behaviour', which gave staff nothing to measure and Kacper nothing to aim for.",
                            "comment on an earlier plan",
                        ),
                        "We have replaced this with three small targets that Kacper chose with his mentor.",
                    ],
                ),
                ("h", 2, "What we recommend"),
                (
                    "p",
                    "We have considered whether Kacper is ready for a phased return to a mainstream secondary school. Our view is that he is not ready yet, and that a failed return would be very damaging, so we are not recommending this for the current school year.",
                ),
                (
                    "bul",
                    [
                        (
                            "R",
                            "Kacper should continue to be taught in a group of no more than six pupils, with a teacher and a teaching assistant, for all core lessons.",
                            "semh",
                            "specific",
                            F2_GROUP,
                        ),
                        (
                            "R",
                            "He needs a daily literacy intervention of 20 minutes using a structured phonics-based programme for older pupils, such as Fresh Start, delivered by a trained teaching assistant.",
                            "cognition_learning",
                            "not_specific",
                            F2_LIT,
                        ),
                        (
                            "R",
                            "A mentor, ideally a male member of staff Kacper trusts, should meet him for 30 minutes twice a week to talk through the week and plan for difficult situations.",
                            "semh",
                            "less",
                            F2_MENTOR,
                        ),
                    ],
                ),
            ],
        ),
        dict(
            file=CAMHS2,
            header="Westmarsh Child and Adolescent Mental Health Service",
            footer="Confidential clinical information - page {n} of {m}",
            accent="005EB8",
            sans=True,
            blocks=[
                ("org", "Westmarsh CAMHS - Neurodevelopmental and Emotional Health Pathway"),
                ("title", "Health advice for EHC needs assessment"),
                (
                    "kv",
                    [
                        ("Patient", "Kacper Nowicki, DOB 03/02/2013, NHS no. withheld"),
                        (
                            "Clinicians",
                            "Dr Farah Quraishi, Consultant Child and Adolescent Psychiatrist; Lowri Beddoes, Mental Health Practitioner",
                        ),
                        ("Date", "21 October 2026"),
                    ],
                ),
                ("h", 2, "Assessment and diagnosis"),
                (
                    "p",
                    "Kacper was referred by his GP in January 2026. He was assessed over three appointments using a developmental history, the Conners 4 rating scales completed by his mother and by Saltmere Academy, and a school observation.",
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Kacper meets the diagnostic criteria for ADHD, combined presentation, with marked impulsivity.",
                            "semh",
                            B2_ADHD,
                        ),
                        "He started lisdexamfetamine in June 2026; his mother and the Short Stay School both describe a clear improvement in his ability to settle in the mornings.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Autism was considered during the assessment but Kacper does not meet the criteria for an autism diagnosis.",
                            "ruled out",
                        ),
                    ],
                ),
                ("h", 2, "Emotional health"),
                (
                    "p",
                    [
                        (
                            "N",
                            "He has symptoms of low mood and anxiety, including poor sleep, withdrawing to his room and saying that 'nothing matters', and these have increased since the exclusion.",
                            "semh",
                            B2_MOOD,
                        ),
                        "There are no current concerns about self-harm; this was explored with Kacper on his own and with his mother.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Kacper has a history of adverse childhood experiences, including witnessing domestic abuse before the age of six, and he remains hypervigilant to raised voices and sudden movements around him.",
                            "semh",
                            None,
                        ),
                        "In my opinion several of the incidents at Saltmere, including the one that led to his exclusion, are better understood as a threat response than as planned defiance.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Concerns about Kacper's safety in the community, including contact with older young people linked to drug supply, have been shared with children's social care, who are leading on this.",
                            "social care need, stated in the plan's social care section",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    "The following recommendations are made for health and for Kacper's education setting.",
                ),
                (
                    "bul",
                    [
                        (
                            "R",
                            "CAMHS will offer Kacper a course of 12 sessions of CBT-informed therapy for low mood at the clinic, starting in January 2027.",
                            "semh",
                            "not_educational",
                            G2_CBT,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "Medication will be titrated and reviewed in the CAMHS ADHD clinic every three months.",
                            "health",
                            "not_educational",
                            G2_MEDS,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "Staff who work with Kacper should receive training in trauma-informed practice, delivered by the CAMHS schools link practitioner, within the first term of the plan.",
                            "semh",
                            "wrong_section",
                            G2_TRAIN,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "Kacper should have a time-out pass allowing him to leave a lesson for up to ten minutes to an agreed place, and using it should not be treated as a sanction.",
                            "semh",
                            "specific",
                            F2_PASS,
                        ),
                    ],
                ),
                (
                    "p",
                    "We are happy to speak to the Short Stay School about any of the above. Telephone 01632 960470.",
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "At home, Mrs Nowicka may find it helpful to agree a fixed time for phones to be handed in at night, as part of a simple sleep routine.",
                            "health",
                            "not_educational",
                        ),
                    ],
                ),
            ],
        ),
        dict(
            file=EP2,
            header="Westmarsh Educational Psychology Service",
            footer="EP advice - Kacper Nowicki - page {n} of {m}",
            accent="7A4B00",
            blocks=[
                ("org", "Westmarsh Educational Psychology Service"),
                ("title", "Educational psychology advice"),
                (
                    "p",
                    "Psychologist: Tomasz Wisniewski-Hart, Senior Educational Psychologist. Seen at the Short Stay School on 4 November 2026.",
                ),
                ("h", 2, "What I did"),
                (
                    "p",
                    "I met Kacper twice, observed a maths lesson and a break time, spoke with Ms Calloway and Mrs Nowicka, and completed the assessments below. Kacper worked hard and was polite throughout, though he asked several times how long we had left.",
                ),
                (
                    "p",
                    "In the maths lesson Kacper sat with his back to the wall, where he could see the door, and chose to work with the teaching assistant rather than with the pupil next to him. He completed the first four questions on area quickly and correctly. When the worksheet moved on to a word problem he read the first line, pushed the sheet away and asked to go to the toilet. On his return the teaching assistant read the problem aloud and he solved it without further help.",
                ),
                (
                    "p",
                    "Mrs Nowicka described Kacper as a loving son who helps with his younger sisters and who was 'happy and cheeky' at primary school. She dates the change to the move to Saltmere, when he was in a large building with many teachers, and to a period in Year 7 when the family were rehoused. She said he speaks Polish at home with his grandmother and English with everyone else, and that his Polish is 'better for talking, worse for reading'.",
                ),
                (
                    "grid",
                    [
                        ["Assessment", "Standard score", "Range"],
                        ["BAS3 Verbal Similarities", "88", "Low average"],
                        ["BAS3 Matrices", "101", "Average"],
                        ["BAS3 Speed of Information Processing", "84", "Low average"],
                        ["CELF-5 Receptive Language Index", "76", "Low"],
                    ],
                    [0.5, 0.2, 0.3],
                ),
                ("h", 2, "What this tells us"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Kacper's non-verbal reasoning is firmly in the average range, which tells us that he has the ability to learn well when language and reading demands are managed.",
                            "strength / test result",
                        ),
                    ],
                ),
                (
                    "p",
                    "The pattern in the lesson matters. Kacper did not refuse the work that he could read; he left when the language load rose. Staff at Saltmere recorded several incidents as defiance that, looking at the context notes, followed a long spoken instruction or a text-heavy task. I do not think his language difficulty explains all of his behaviour, and the CAMHS view about his response to threat is important, but I think it explains more than has been recognised so far.",
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "His understanding of complex spoken language is weak, so he often misunderstands long or abstract instructions and may appear defiant when he has not understood.",
                            "communication_interaction",
                            None,
                        ),
                        (
                            "N",
                            "His speed of processing is in the low average range, and he needs more time than his classmates to start and to finish work.",
                            "cognition_learning",
                            B2_SPEED,
                        ),
                    ],
                ),
                ("h", 2, "Advice"),
                (
                    "p",
                    [
                        (
                            "R",
                            "A speech and language therapy assessment should be completed to establish the nature of Kacper's language difficulties, and its advice should inform his plan.",
                            "communication_interaction",
                            "specific",
                            F2_SALT,
                        ),
                        (
                            "R",
                            "Instructions should be given one at a time, with Kacper asked to repeat back what he has to do, and supported by a written list of steps.",
                            "communication_interaction",
                            "specific",
                            F2_INSTR,
                        ),
                        (
                            "R",
                            "The key vocabulary for each new topic should be pre-taught to Kacper in a small group at least twice a week, so that he meets the words before the lesson.",
                            "communication_interaction",
                            "missing_from_f",
                        ),
                    ],
                ),
                ("p", "I will be happy to contribute to the first annual review."),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalai-03: Borough of Hallowmere; Tianna Reid-Baptiste, 10, Year 5
# layout "number-word-parts": "Part One" to "Part Eleven" in words, in the council's own
# order (needs then educational provision, then outcomes, then health and social care).
# The plan has no personal budget part at all: section J is missing.
# ---------------------------------------------------------------------------

CAMHS3 = "camhs_report.docx"
BISS3 = "inclusion_support_report.pdf"

B3_TRAUMA = "Tianna experienced neglect and loss in her early years and finds it hard to trust adults or to let them help her."
B3_ADHD = "She has a diagnosis of ADHD and is very active and impulsive."
B3_FRIENDS = "Tianna finds friendships difficult."
B3_SHAME = "When Tianna feels she is in trouble she may hide, run off or lash out."
B3_TRIGGER = (
    "Changes of adult, and having to stop an activity she enjoys, are particular triggers for her."
)
B3_ATTAIN = "Tianna is working below the expected level for her age in reading, writing and maths."
B3_WORDS = "She has a limited vocabulary for describing her feelings."

F3_KEY = "Tianna will have a named key adult and a named back-up adult, both trained in the PACE approach, available to her throughout every school day."
F3_SOFT = "A soft start to the day."
F3_TIMEIN = "Instead of sanctions such as losing playtime, staff will use 'time in' with her key adult and hold a short repair conversation with her on the same day."
F3_GROUP = "Small group teaching for reading and maths, twice a week for 30 minutes, in a group of no more than six pupils."
F3_RISK = "A risk assessment and positive handling plan, agreed with Tianna's grandmother, will be reviewed by the SENCo every half term."
F3_CHANGE = "Tianna will be told about changes of staff in advance."
F3_BISS = "The Behaviour and Inclusion Support Service will visit St Aldric's each half term until July 2027 to advise the class team and review the risk assessment."
F3_SOCIAL = "Opportunities to develop her social skills."
H3_TRAIN = "The Special Guardianship Support Team will fund attachment and trauma awareness training for staff at St Aldric's, delivered in the spring term 2027."
H3_DDP = "Dyadic Developmental Psychotherapy for Tianna and her grandmother, fortnightly for six months, funded through the Adoption and Special Guardianship Support Fund."


def _part(sid: str, words: str, name: str) -> tuple:
    """A part headed by its number in words and the council's own name for it."""
    return ("H", sid, f"Part {words}: {name}", "h1")


CASE_03 = dict(
    name="case-evalai-03",
    layout="number-word-parts",
    summary=(
        "Borough of Hallowmere; Tianna Reid-Baptiste, 10, Year 5 at St Aldric's CE Primary School after "
        "a managed move, living with her grandmother under a special guardianship order (developmental "
        "trauma, ADHD, SEMH, attainment below age). Parts are numbered in words, Part One to Part "
        "Eleven, in the council's own order (views, needs, educational provision, outcomes, health, "
        "social care, placement, advice); there is no personal budget part. CAMHS clinical "
        "psychologist's report (.docx), council Behaviour and Inclusion Support Service report with ABC "
        "summary and risk assessment (.pdf)."
    ),
    note="No section letters: parts are numbered in words in the council's order, and no part covers the personal budget (J missing). Staff training placed in other social care provision is wrong_section; DDP in the same part is social care support for the family.",
    plan=dict(
        file="plan.docx",
        header="",
        footer="London Borough of Hallowmere - EHCP - T Reid-Baptiste - Final 20.11.2026",
        blocks=[
            ("org", "London Borough of Hallowmere - Children's Services - SEN Team"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Child's name", "Tianna Reid-Baptiste"),
                    ("Date of birth", "19 January 2016"),
                    ("School", "St Aldric's Church of England Primary School (Year 5)"),
                    (
                        "Person with parental responsibility",
                        "Mrs Marcia Baptiste (grandmother, special guardian)",
                    ),
                    ("Plan issued", "20 November 2026"),
                ],
            ),
            _part("A", "One", "About Tianna and what matters to her family"),
            (
                "S",
                "A",
                "Tianna loves dancing, baking with her nan and looking after the class guinea pigs.",
            ),
            (
                "p",
                "She says she wants 'grown-ups who don't shout' and to 'have a sleepover with a friend'. Mrs Baptiste wants Tianna to be happy at school and not to have to move schools again.",
            ),
            _part("B", "Two", "Tianna's special educational needs"),
            ("S", "B", B3_TRAUMA),
            ("p", [B3_ADHD, B3_SHAME, B3_TRIGGER]),
            ("p", [B3_FRIENDS, B3_WORDS]),
            ("p", B3_ATTAIN),
            _part("F", "Three", "The special educational provision Tianna will receive"),
            (
                "S",
                "F",
                "St Aldric's will provide the following from its own resources and top-up funding agreed by the borough.",
            ),
            (
                "bul",
                [
                    ("F", F3_KEY, True),
                    ("F", F3_SOFT, False),
                    ("F", F3_TIMEIN, True),
                    ("F", F3_GROUP, True),
                    ("F", F3_RISK, True),
                    ("F", F3_CHANGE, False),
                    ("F", F3_BISS, True),
                    ("F", F3_SOCIAL, False),
                ],
            ),
            _part("E", "Four", "What we are aiming for"),
            (
                "S",
                "E",
                "By July 2027 Tianna will come into class within ten minutes of arriving at school on most days.",
            ),
            (
                "p",
                "By July 2028 Tianna will use at least six words for her feelings to tell an adult how she is.",
            ),
            (
                "p",
                "By the end of Year 6 Tianna will be reading at the level expected for the start of Year 5.",
            ),
            _part("C", "Five", "Health needs related to Tianna's special educational needs"),
            (
                "S",
                "C",
                "Tianna was diagnosed with ADHD by the Hallowmere CAMHS Looked After and Adopted Children team in June 2026 and is not taking medication at present.",
            ),
            _part("G", "Six", "Health provision"),
            (
                "S",
                "G",
                "Tianna will continue to be seen by the CAMHS Looked After and Adopted Children team, who will decide with Mrs Baptiste whether to start medication.",
            ),
            _part("D", "Seven", "Social care needs related to Tianna's special educational needs"),
            (
                "S",
                "D",
                "Tianna lives with her grandmother under a special guardianship order made in 2020, and the family are supported by the Hallowmere Special Guardianship Support Team.",
            ),
            _part(
                "H1",
                "Eight",
                "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("S", "H1", "Not applicable."),
            _part("H2", "Nine", "Other social care provision"),
            ("S", "H2", H3_DDP),
            ("p", H3_TRAIN),
            _part("I", "Ten", "School"),
            (
                "S",
                "I",
                "St Aldric's Church of England Primary School, Fennel Street, Hallowmere KB12 8DW (voluntary aided primary school).",
            ),
            _part("K", "Eleven", "Advice and information"),
            (
                "S",
                "K",
                "CAMHS LAAC team report, Dr Olamide Fairweather (September 2026); Behaviour and Inclusion Support Service report (October 2026); school SEN support plan; special guardianship support plan; Mrs Baptiste's views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=CAMHS3,
            footer="Hallowmere CAMHS - Looked After and Adopted Children Team",
            blocks=[
                ("org", "Hallowmere CAMHS - Looked After and Adopted Children (LAAC) Team"),
                ("title", "Psychological report: advice for an EHC needs assessment"),
                (
                    "kv",
                    [
                        ("Name", "Tianna Reid-Baptiste"),
                        ("Date of birth", "19.01.2016"),
                        ("Author", "Dr Olamide Fairweather, Clinical Psychologist"),
                        (
                            "Sources",
                            "Three sessions with Tianna and Mrs Baptiste; school visit; Conners 4 and Strengths and Difficulties Questionnaire; social care records",
                        ),
                    ],
                ),
                ("h", 2, "Background and history"),
                (
                    "p",
                    "Tianna lived with her birth mother until she was three. Children's social care records describe chronic neglect, several changes of carer and a period in foster care before she moved to her grandmother in 2019; a special guardianship order was made in 2020.",
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Mrs Baptiste reports that the night-time wetting that troubled Tianna until the age of eight has now stopped.",
                            "resolved difficulty",
                        ),
                        (
                            "X",
                            "Tianna's hearing and vision were checked in 2025 and are normal.",
                            "ruled out",
                        ),
                    ],
                ),
                (
                    "p",
                    "Tianna moved to St Aldric's in January 2026 under a managed move from Ravensgate Primary, where she had received two suspensions in Year 4 for hurting other children.",
                ),
                ("h", 2, "Assessment findings"),
                (
                    "p",
                    "On the Strengths and Difficulties Questionnaire completed by Mrs Baptiste and her class teacher, Tianna's scores for conduct problems and hyperactivity were in the 'very high' range at home and at school; her prosocial score was in the average range, which fits with the kindness staff describe when she is calm.",
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "In my opinion Tianna has developmental trauma arising from neglect in her early years, and she finds it very hard to trust adults or to accept help from them.",
                            "semh",
                            B3_TRAUMA,
                        ),
                        (
                            "N",
                            "She also meets the diagnostic criteria for ADHD, predominantly hyperactive-impulsive presentation.",
                            "semh",
                            B3_ADHD,
                        ),
                    ],
                ),
                (
                    "p",
                    "The two overlap. Some of what looks like impulsivity is hypervigilance, and some of what looks like defiance is a child who expects to be rejected getting in first. This matters for school, because a behaviour system built on rewards and sanctions assumes a child who trusts that the adult means well. Tianna does not yet trust this, and a sanction is likely to confirm her belief that she is bad and will be sent away again.",
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Tianna shows marked controlling behaviour with her peers, needing to direct games and becoming aggressive when others do not follow her rules.",
                            "semh",
                            B3_FRIENDS,
                        ),
                        (
                            "N",
                            "Separation from her grandmother at the start of the school day is very distressing for her, and she often needs more than 20 minutes to settle before she can join her class.",
                            "semh",
                            None,
                        ),
                        (
                            "N",
                            "Her shame response is intense: when told off she hides under tables, runs or becomes physically aggressive, rather than being able to say sorry.",
                            "semh",
                            B3_SHAME,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    "My recommendations for school follow. I have discussed them with Mrs Baptiste and with Mr Adeyemi, the SENCo.",
                ),
                (
                    "bul",
                    [
                        (
                            "R",
                            "Tianna should have a consistent key adult, and a back-up adult she knows, available throughout the school day, both using PACE (playfulness, acceptance, curiosity and empathy).",
                            "semh",
                            "specific",
                            F3_KEY,
                        ),
                        (
                            "R",
                            "Her day should start calmly and predictably: she should be met at the gate by her key adult and have a 10-minute settling activity with them before she joins her class.",
                            "semh",
                            "not_specific",
                            F3_SOFT,
                        ),
                        (
                            "R",
                            "Tianna should not be given sanctions such as loss of playtime; staff should use 'time in' with an adult and a repair conversation later the same day.",
                            "semh",
                            "specific",
                            F3_TIMEIN,
                        ),
                        (
                            "R",
                            "I recommend attachment and trauma awareness training for all staff at St Aldric's, followed by termly consultation between the class team and the CAMHS LAAC team.",
                            "semh",
                            "wrong_section",
                            H3_TRAIN,
                            {"section": "H2"},
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "For Tianna and Mrs Baptiste together, I recommend Dyadic Developmental Psychotherapy, fortnightly for six months, which can be funded through the Adoption and Special Guardianship Support Fund.",
                            "semh",
                            "not_educational",
                            H3_DDP,
                            {"section": "H2"},
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "A move to a specialist SEMH school was discussed with Mrs Baptiste; neither of us thinks it would help, because a further move would repeat the losses at the heart of Tianna's difficulties.",
                            "option considered and not recommended",
                        ),
                    ],
                ),
                (
                    "sig",
                    [
                        "Dr Olamide Fairweather",
                        "Clinical Psychologist, CAMHS LAAC Team",
                        "28 September 2026",
                    ],
                ),
            ],
        ),
        dict(
            file=BISS3,
            header="Hallowmere Behaviour and Inclusion Support Service (BISS)",
            footer="BISS report - T R-B - page {n} of {m}",
            accent="8B1E3F",
            sans=True,
            blocks=[
                ("org", "London Borough of Hallowmere - Behaviour and Inclusion Support Service"),
                ("title", "Report for EHC needs assessment"),
                (
                    "kv",
                    [
                        ("Pupil", "Tianna Reid-Baptiste, Year 5, St Aldric's CE Primary"),
                        ("Practitioner", "Jacinta Okafor-Lyle, Senior Inclusion Practitioner"),
                        (
                            "Involvement",
                            "Referral February 2026; six visits; ABC recording 1 March to 30 September 2026",
                        ),
                    ],
                ),
                ("h", 2, "Context"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Since joining St Aldric's Tianna has had one suspension, of one day in March, and none since the Easter holiday.",
                            "history and progress",
                        ),
                        "Staff describe her as funny, caring towards younger children and very good at dance; she performed in the Year 5 assembly in July.",
                    ],
                ),
                ("h", 2, "ABC analysis"),
                (
                    "p",
                    "Staff completed 38 ABC records. Antecedents were: asked to stop a preferred activity (13), a familiar adult absent or leaving (11), a peer not following her lead (8), and whole-class correction (6). Consequences were mostly an adult taking her out of class to calm down (24).",
                ),
                (
                    "grid",
                    [
                        ["Time of day", "Records", "Most common behaviour"],
                        ["Arrival to 9.30", "9", "Refusing to enter class, hiding"],
                        ["Morning lessons", "7", "Leaving the room"],
                        ["Lunchtime", "8", "Pushing or hitting a peer"],
                        ["Afternoon", "14", "Spinning, crashing into furniture, running"],
                    ],
                    [0.3, 0.2, 0.5],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Analysis of the ABC records shows that most incidents happen when Tianna is asked to stop a preferred activity or when a familiar adult is absent.",
                            "semh",
                            B3_TRIGGER,
                        ),
                        (
                            "N",
                            "Tianna seeks intense sensory input, such as spinning, crashing into furniture and chewing her sleeves, particularly after lunch and before home time.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "Learning"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Her attention and working memory difficulties mean she retains little of whole-class teaching, and she is working at around Year 3 expectations in reading, writing and maths.",
                            "cognition_learning",
                            B3_ATTAIN,
                        ),
                        (
                            "N",
                            "Tianna's language for emotions is limited to 'happy', 'sad' and 'angry', which makes it hard for her to tell adults what is wrong.",
                            "semh",
                            B3_WORDS,
                        ),
                    ],
                ),
                ("h", 2, "Risk assessment"),
                (
                    "grid",
                    [
                        ["Risk", "Level before", "Level now", "Reason for change"],
                        [
                            "Leaving the building",
                            "High",
                            "Low",
                            "Key adult shadows her at transitions; door alarm fitted",
                        ],
                        [
                            "Harm to peers at lunchtime",
                            "High",
                            "Medium",
                            "Lunchtime club two days a week",
                        ],
                        [
                            "Harm to self when hiding",
                            "Medium",
                            "Medium",
                            "No change; still hides under tables",
                        ],
                    ],
                    [0.27, 0.15, 0.15, 0.43],
                ),
                (
                    "p",
                    "A part-time timetable was suggested by Ravensgate before the move; I do not recommend one, because it would reduce the time Tianna spends with the adults she is learning to trust.",
                ),
                (
                    "p",
                    "St Aldric's have already introduced a lunchtime club on two days a week, a key adult for the mornings, and a calm corner in the Year 5 classroom. The lunchtime club has clearly helped: there were five lunchtime incidents in March and one in September. The calm corner is used well in the mornings but less in the afternoons, when Tianna is more likely to run than to go to it.",
                ),
                ("h", 2, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Reason"],
                        [
                            (
                                "R",
                                "A sensory diet, designed by an occupational therapist, should be built into Tianna's day, with at least three sensory breaks of 5 to 10 minutes.",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            "Most afternoon incidents follow a rise in sensory seeking.",
                        ],
                        [
                            (
                                "R",
                                "Tianna should be taught reading, writing and maths in a small group for at least four 30-minute sessions a week, in a group of no more than four pupils.",
                                "cognition_learning",
                                "less",
                                F3_GROUP,
                            ),
                            "She is two years behind and loses the thread of whole-class teaching.",
                        ],
                        [
                            (
                                "R",
                                "A written risk assessment and positive handling plan should be agreed with Mrs Baptiste and reviewed every half term.",
                                "semh",
                                "specific",
                                F3_RISK,
                            ),
                            "The current controls depend on who is available.",
                        ],
                        [
                            (
                                "R",
                                "Adults should prepare Tianna for any change of staff, with a photo of the adult and a now-and-next board, giving at least a day's notice of planned absences.",
                                "semh",
                                "not_specific",
                                F3_CHANGE,
                            ),
                            "Absence of a familiar adult is the second most common trigger.",
                        ],
                        [
                            (
                                "R",
                                "BISS should continue to support the school with half-termly visits for the rest of this school year.",
                                "semh",
                                "specific",
                                F3_BISS,
                            ),
                            "To review the risk assessment and coach new staff.",
                        ],
                    ],
                    [0.62, 0.38],
                ),
                (
                    "p",
                    "Jacinta Okafor-Lyle, Senior Inclusion Practitioner. biss@example.org, 01632 960433.",
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalai-04: Fenwick Vale Council; Owen Pritchard-Lowe, 12, Year 7, dual registered
# layout "agency-dash-purpose-headings": each heading names the agency, a dash, and what the
# part is for in plain words ("Education - the help Owen will get"), with no letter or number.
# ---------------------------------------------------------------------------

PRU4 = "learning_centre_report.pdf"
EP4 = "ep_report.docx"
CAMHS4 = "camhs_letter.pdf"

B4_ADHD = "Owen has ADHD, and his attention, concentration and impulse control are much weaker than those of other children his age, especially in the afternoons."
B4_DYS = "He has dyslexic-type difficulties."
B4_WRITE = "Owen's written work is very limited, and his spelling is weak."
B4_CLOWN = "He often avoids tasks he finds hard by clowning around."
B4_FAIL = "Owen is very anxious about failing in front of others."
B4_CALM = "He takes a long time to calm down after he has been upset."

F4_CHECK = "A daily morning check-in with his key worker at the Learning Centre and at Brackenford High School, with spare equipment kept for him at both."
F4_MOVE = "Support with moving between lessons at Brackenford High School."
F4_DYS = "Specialist literacy teaching, one-to-one, for 45 minutes once a week, from a teacher with a dyslexia qualification employed by the Fenwick Vale Learning Support Service."
F4_LAPTOP = "A laptop with speech-to-text and text-to-speech software for use in all lessons at both settings, and three training sessions for Owen on how to use it."
F4_READ = "Owen will not be asked to read aloud in front of others unless he has volunteered and practised the text first."
F4_BREAKS = "Regular opportunities for movement breaks."
F4_MENTOR = "Access to a mentor as required."
F4_SMALL = "At the Learning Centre Owen will be taught in a class of no more than eight pupils with a teacher and a teaching assistant."
H4_ZONES = "Owen will attend a weekly 30-minute Zones of Regulation group at the Learning Centre, funded by the Fenwick Vale Early Help Service."
G4_REVIEW = "Medication review in the CAMHS ADHD clinic every six months."
G4_TIC = "A referral to the CAMHS tic clinic was made in October 2026."


def _dash(sid: str, agency: str, purpose: str) -> tuple:
    """A heading that names the agency and the part's purpose, with no letter or number."""
    return ("H", sid, f"{agency} \u2013 {purpose}", "h2")


CASE_04 = dict(
    name="case-evalai-04",
    layout="agency-dash-purpose-headings",
    summary=(
        "Fenwick Vale Council; Owen Pritchard-Lowe, 12, Year 7, dual registered at Fenwick Vale Learning "
        "Centre (a pupil referral unit, three days) and Brackenford High School (two days) (ADHD, "
        "dyslexia, anxiety, emotional regulation, tics). Headings name the agency and the part's "
        'purpose ("Education \u2013 what Owen needs help with", "Health \u2013 the help Owen will '
        "get\"), with no letter or number. Learning Centre teacher's report (.pdf), educational "
        "psychologist's report (.docx), CAMHS letter to the SEND team (.pdf)."
    ),
    note="Sections are found by agency and purpose only. The Zones of Regulation group taught at the Learning Centre, placed under other social care help, is wrong_section. The split placement recommended by the Learning Centre is carried in the placement part.",
    plan=dict(
        file="plan.pdf",
        header="Fenwick Vale Council | My EHC Plan",
        footer="Owen Pritchard-Lowe | Final | 18 November 2026 | {n}/{m}",
        sans=True,
        accent="00607A",
        blocks=[
            ("org", "Fenwick Vale Council - Special Educational Needs and Disabilities Service"),
            ("title", "My Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Owen Pritchard-Lowe"),
                    ("Date of birth", "7 May 2014"),
                    ("Year group", "Year 7"),
                    (
                        "Settings",
                        "Fenwick Vale Learning Centre and Brackenford High School (dual registration)",
                    ),
                    ("EHC coordinator", "Natasha Oyelaran, 01632 960481, sendteam@example.org"),
                ],
            ),
            _dash("A", "Owen and his family", "views, interests and hopes"),
            (
                "S",
                "A",
                "Owen is into fishing, gaming and anything with engines, and he is a loyal friend.",
            ),
            (
                "p",
                "He wants teachers to 'give me a chance before they judge me'. His mum, Ms Kerry Pritchard, and his stepdad want him to settle in secondary school and to leave with qualifications.",
            ),
            _dash("B", "Education", "what Owen needs help with"),
            ("S", "B", B4_ADHD),
            ("p", [B4_DYS, B4_WRITE]),
            ("p", [B4_FAIL, B4_CLOWN, B4_CALM]),
            _dash("C", "Health", "what Owen needs"),
            (
                "S",
                "C",
                "Owen has ADHD and takes methylphenidate. He has motor and vocal tics that get worse when he is anxious.",
            ),
            _dash("D", "Social care", "what Owen needs"),
            (
                "S",
                "D",
                "Owen and his family receive early help support through a Team Around the Family plan; there are no other social care needs.",
            ),
            _dash("E", "Everyone", "what we want Owen to achieve"),
            (
                "S",
                "E",
                "By July 2027 Owen will attend all his sessions at both settings, with no more than one suspension in the year.",
            ),
            (
                "p",
                "By the end of Year 8 Owen will use his laptop to produce a page of writing in a lesson.",
            ),
            (
                "p",
                "By the end of Year 9 Owen will return to a calm state within 20 minutes of an incident, using a strategy he has chosen.",
            ),
            _dash("F", "Education", "the help Owen will get"),
            (
                "S",
                "F",
                "The Learning Centre and Brackenford High School will share this provision, coordinated by the Learning Centre's SENCo.",
            ),
            (
                "bul",
                [
                    ("F", F4_SMALL, True),
                    ("F", F4_CHECK, True),
                    ("F", F4_MOVE, False),
                    ("F", F4_DYS, True),
                    ("F", F4_LAPTOP, True),
                    ("F", F4_READ, True),
                    ("F", F4_BREAKS, False),
                    ("F", F4_MENTOR, False),
                ],
            ),
            _dash("G", "Health", "the help Owen will get"),
            ("S", "G", G4_REVIEW),
            ("p", G4_TIC),
            _dash(
                "H1", "Social care", "help under the Chronically Sick and Disabled Persons Act 1970"
            ),
            ("S", "H1", "None."),
            _dash("H2", "Social care", "other help"),
            (
                "S",
                "H2",
                "The Team Around the Family plan continues, with a family support worker visiting every two weeks.",
            ),
            ("p", H4_ZONES),
            _dash("I", "Placement", "where Owen will learn"),
            (
                "S",
                "I",
                "Fenwick Vale Learning Centre (pupil referral unit), three days a week, and Brackenford High School (academy), two days a week, reviewed each half term.",
            ),
            _dash("J", "Money", "personal budget"),
            ("S", "J", "Owen's family have not asked for a personal budget."),
            _dash("K", "Reports", "where this information came from"),
            (
                "S",
                "K",
                "Learning Centre report (October 2026), educational psychology report (October 2026), CAMHS letter (September 2026), Brackenford High School SEN support plan, views of Owen and his family.",
            ),
        ],
    ),
    reports=[
        dict(
            file=PRU4,
            header="Fenwick Vale Learning Centre",
            footer="Pupil progress report | page {n} of {m}",
            accent="3D5A1E",
            blocks=[
                ("org", "Fenwick Vale Learning Centre - Key Stage 3"),
                ("title", "Teacher's report for EHC needs assessment"),
                (
                    "kv",
                    [
                        ("Pupil", "Owen Pritchard-Lowe (Year 7)"),
                        ("Teacher", "Gethin Morcombe, Key Stage 3 lead teacher"),
                        ("Date", "9 October 2026"),
                    ],
                ),
                ("h", 2, "How Owen came to us"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Owen was referred to the Learning Centre by Brackenford High School after three suspensions in his first five weeks of Year 7, for swearing at staff, refusing to hand over his phone and leaving the site.",
                            "history",
                        ),
                        "A permanent exclusion was avoided by agreeing a dual placement, with Owen here on Monday, Tuesday and Wednesday and at Brackenford on Thursday and Friday.",
                    ],
                ),
                (
                    "p",
                    "Before the referral, Brackenford had put Owen on a report card, moved him to a different tutor group and given him a pastoral mentor for two weeks. His mum told us that the report card 'made it worse, because every lesson he got a bad mark he'd give up on the next one'.",
                ),
                ("h", 2, "What Owen is like here"),
                (
                    "p",
                    "Owen is good company. He is quick-witted, practical and proud of the bird box he built in our workshop. He is kind to the younger pupils and has not been in a physical incident with another pupil here.",
                ),
                (
                    "p",
                    "Owen told us that he likes the Learning Centre because 'the teachers don't go mad if you forget a pen' and that he hates Brackenford's corridors at lesson change. He says he wants to go back to Brackenford full-time in Year 8, 'but not yet'.",
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Owen's attention in lessons is very limited; even in a group of eight he is rarely on task for more than five minutes, and far less after lunch.",
                            "cognition_learning",
                            B4_ADHD,
                        ),
                        (
                            "N",
                            "He has very poor organisational skills and regularly arrives without the equipment he needs, which at Brackenford often sets off a confrontation in the first lesson.",
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
                            "Owen uses humour and clowning to avoid tasks he thinks he will fail at, which disrupts the learning of others.",
                            "semh",
                            B4_CLOWN,
                        ),
                        (
                            "N",
                            "Written work is a significant barrier: Owen produces two or three lines in a lesson and his spelling is phonetic.",
                            "cognition_learning",
                            B4_WRITE,
                        ),
                    ],
                ),
                ("h", 2, "Incidents this half term"),
                (
                    "grid",
                    [
                        ["Setting", "Incidents", "Typical trigger", "Outcome"],
                        [
                            "Learning Centre",
                            "4",
                            "Asked to write at length",
                            "Calmed in the quiet room",
                        ],
                        [
                            "Brackenford",
                            "9",
                            "No equipment; change of room; supply teacher",
                            "Two internal exclusions, one suspension",
                        ],
                    ],
                    [0.2, 0.14, 0.38, 0.28],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Owen has not been late to the Learning Centre since the second week of term, and his mum says he now gets himself up on the days he comes here.",
                            "progress",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    [
                        (
                            "R",
                            "Owen should have a daily morning check-in with a key worker in both settings, with a spare equipment kit kept for him, so that the day does not begin with a sanction.",
                            "semh",
                            "specific",
                            F4_CHECK,
                        ),
                        (
                            "R",
                            "On the days he attends Brackenford, he should be met at the gate and accompanied between lessons by a teaching assistant, at least for the first half term of the plan.",
                            "semh",
                            "not_specific",
                            F4_MOVE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "We recommend that the dual placement continues at three days here and two at Brackenford, reviewed each half term by both settings, rather than an early full-time return.",
                            "placement, carried in the plan's placement part",
                        ),
                    ],
                ),
            ],
        ),
        dict(
            file=EP4,
            footer="Fenwick Vale Educational Psychology Service",
            blocks=[
                ("org", "Fenwick Vale Educational Psychology Service"),
                ("title", "Educational psychology report"),
                (
                    "kv",
                    [
                        ("Young person", "Owen Pritchard-Lowe, DOB 07.05.2014"),
                        ("Psychologist", "Dr Saoirse Blaney-Hughes, Educational Psychologist"),
                        ("Date of report", "21 October 2026"),
                    ],
                ),
                ("h", 2, "Information gathered"),
                (
                    "p",
                    "I met Owen at the Learning Centre on two occasions, observed a science lesson at Brackenford, consulted Ms Pritchard, Mr Morcombe and the Brackenford SENCo, Mrs Haldane, and read the CAMHS correspondence.",
                ),
                ("h", 2, "Assessment results"),
                (
                    "grid",
                    [
                        ["Test", "Score", "Comment"],
                        ["CTOPP-2 Phonological Awareness", "79", "Below average"],
                        ["CTOPP-2 Rapid Symbolic Naming", "76", "Below average"],
                        ["WIAT-III Word Reading", "80", "Below average"],
                        ["WIAT-III Spelling", "74", "Below average"],
                        ["BAS3 Matrices", "108", "Average"],
                    ],
                    [0.45, 0.15, 0.4],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Owen presents with a profile consistent with a specific learning difficulty (dyslexia), with phonological awareness and rapid naming well below the average range.",
                            "cognition_learning",
                            B4_DYS,
                        ),
                        "His reasoning on non-verbal tasks is in the average range, and he explained his answers well.",
                    ],
                ),
                ("h", 2, "Emotional wellbeing"),
                (
                    "p",
                    [
                        (
                            "N",
                            "His anxiety about reading aloud and being seen to fail in front of peers is intense, and in my view it drives much of his avoidant behaviour.",
                            "semh",
                            B4_FAIL,
                        ),
                        (
                            "N",
                            "Owen's emotional regulation is markedly weaker than that expected for his age, and after an incident he can take more than an hour to return to a calm state.",
                            "semh",
                            B4_CALM,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "The move to secondary school has been very hard for him: he struggles with the number of different teachers, the size of the site and the constant changes of room.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    "Ms Pritchard told me that Owen was 'a different boy' in Year 6, where he had one teacher and a small classroom. This fits with what I saw at Brackenford, where Owen arrived late to science after getting lost, was challenged at the door and spent the first ten minutes arguing about it.",
                ),
                (
                    "p",
                    "Brackenford have already made some changes. Owen has a pass to leave five minutes early at the end of lessons, a printed map of the site and a named member of the pastoral team. Mrs Haldane told me that the early pass has cut his lateness, but that supply teachers do not always know about it, and two of his incidents at Brackenford followed a supply teacher refusing to accept it.",
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    [
                        (
                            "R",
                            "Owen needs specialist teaching from a teacher with a dyslexia qualification, one-to-one, for 45 minutes twice a week.",
                            "cognition_learning",
                            "less",
                            F4_DYS,
                        ),
                        (
                            "R",
                            "He should have assistive technology, specifically a laptop with speech-to-text and text-to-speech software, for use in all lessons, with training for Owen in how to use it.",
                            "cognition_learning",
                            "specific",
                            F4_LAPTOP,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Owen should never be asked to read aloud in front of a class unless he has volunteered and had a chance to practise the text.",
                            "semh",
                            "specific",
                            F4_READ,
                        ),
                        (
                            "R",
                            "A structured programme to develop his emotional regulation, such as the Zones of Regulation, should be taught to him in a small group for 30 minutes each week.",
                            "semh",
                            "wrong_section",
                            H4_ZONES,
                            {"section": "H2"},
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "I considered whether Owen needs a place at a specialist SEMH school and do not recommend it; his difficulties are best met by making his current settings work for him.",
                            "option considered and not recommended",
                        ),
                    ],
                ),
            ],
        ),
        dict(
            file=CAMHS4,
            footer="Fenwick Vale CAMHS | Clinic letter",
            accent="005EB8",
            blocks=[
                ("org", "Fenwick Vale Child and Adolescent Mental Health Service"),
                (
                    "small",
                    "Orchard House, 4 Tannery Lane, Fenwick Vale HF20 6YB | Tel 01632 960490",
                ),
                ("p", "30 September 2026"),
                ("p", "Dear Ms Oyelaran,"),
                (
                    "p",
                    "Re: Owen Pritchard-Lowe, DOB 07/05/2014 - request for health advice for EHC needs assessment",
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Owen was diagnosed with ADHD, combined type, in 2023 and is prescribed methylphenidate modified release, which in practice wears off by early afternoon.",
                            "semh",
                            B4_ADHD,
                        ),
                        "His weight and blood pressure are being monitored and are satisfactory.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "His mother reports tics, mainly eye blinking and throat clearing, which increase when he is anxious.",
                            "health need, stated in the plan's health part",
                        ),
                        "These are not harmful and Owen is not bothered by them at present.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "We would suggest that Owen's more demanding lessons are timetabled in the mornings where possible, when his medication is most effective.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "CAMHS will continue to review Owen's medication every six months in the ADHD clinic.",
                            "health",
                            "not_educational",
                            G4_REVIEW,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "We have also referred Owen to the CAMHS tic clinic for assessment.",
                            "health",
                            "not_educational",
                            G4_TIC,
                            {"section": "G"},
                        ),
                    ],
                ),
                ("p", "Please do not hesitate to contact me if you need anything further."),
                ("p", "Yours sincerely,"),
                ("p", "Dr Marcus Eleftheriou, Specialty Doctor, CAMHS ADHD Clinic"),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
