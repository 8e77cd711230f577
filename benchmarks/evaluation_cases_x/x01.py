# ruff: noqa: E501
"""case-evalx-01: Ellerdyke County Council; Callum Rees-Okafor, 20, at an independent
specialist college after a traumatic brain injury. Layout "agency-grouped-bands": the
plan is arranged by agency under shaded bands (ABOUT CALLUM, EDUCATION, HEALTH, SOCIAL
CARE, FUNDING AND ADVICE), each section a sub-heading "B - Education needs" within its
band, so the letters run A B E F I C G D H1 H2 J K."""

from marks import head, need, non, prov, rec, sect

B_MEM = "Callum has an acquired brain injury which affects his memory, his attention and his ability to plan and organise himself."
B_FAT = "He tires quickly, and his concentration falls away after about 40 minutes of learning."
B_LIT = "His reading is at about the level of a nine-year-old, and written information needs to be short and clear."
B_MONEY = "Callum finds it hard to handle money, to budget and to work out change."
B_COMM = (
    "He can lose track of longer conversations and may not ask for help when he has not understood."
)
B_PHYS = "Callum has weakness down his left side and uses his left hand as a helper hand only."

F_INTRO = "Fernbrook College will make the following provision as part of Callum's study programme."
F_PROG = "A full-time study programme in the Pathways to Work department of 5 days a week, 36 weeks a year, in a tutor group of no more than eight students."
F_LSA = "A learning support assistant for practical sessions, 12 hours a week."
F_MEM = "Memory strategies will be used throughout the day."
F_BREAK = "A rest break of 10 minutes after every 40 minutes of learning, in the quiet room, prompted by teaching staff."
F_LIT = "Literacy and numeracy support as appropriate to his level."
F_TEXT = "All worksheets, recipes and handouts in a large clear font, no more than ten lines to a page, with a bold coloured line down the left-hand margin."
F_OT = "A one-handed cooking programme set by the college occupational therapist after an assessment in the training kitchen, carried out by the learning support assistant in two kitchen sessions each week and reviewed by the occupational therapist every half-term."
F_TUT = "1:1 tutorial with his personal tutor, at least 20 minutes every week, to review his targets and his planner"
F_INTERN = "A supported internship from September 2027, with job coach support."

H2_PA = "Six hours a week of support from a personal assistant in college holidays and at weekends, funded by Ellerdyke Adult Social Care."
H2_TRAVEL = "Independent travel training from the Ellerdyke Travel Training Team, two sessions a week for 12 weeks from January 2027."

LSA_DOC = "learning_support_assessment.docx"
ASC_DOC = "care_act_summary.pdf"
NPSY_DOC = "neuropsychology_letter.pdf"


def _h(sid: str, text: str) -> tuple:
    return head(sid, text, "h2")


CASE = dict(
    name="case-evalx-01",
    layout="agency-grouped-bands",
    summary=(
        "Ellerdyke County Council; Callum Rees-Okafor, 20, weekly boarder at Fernbrook College, an "
        "independent specialist college, after a traumatic brain injury at 16 (memory and executive "
        "difficulties, fatigue, left hemiparesis, left visual field loss, post-traumatic epilepsy, "
        "frustration). The plan is grouped by agency under shaded bands; each section is a sub-heading "
        '"B - Education needs" in its band, in the order A B E F I C G D H1 H2 J K. College learning '
        "support assessment; adult social care Care Act assessment summary; community neuropsychologist's "
        "letter to the GP."
    ),
    note=(
        "Sections are the sub-headings under the agency bands; the bands themselves are not sections. "
        "H1 is present and says it does not apply to a young person over 18. Travel training is teaching "
        "and stands in H2: wrong_section. The personal assistant hours in H2 are social care. The "
        "left-margin line on worksheets is in F although the visual field loss behind it is not in B."
    ),
    plan=dict(
        file="plan.docx",
        sans=True,
        accent="2E5E4E",
        header="Ellerdyke County Council - Education, Health and Care Plan - OFFICIAL-SENSITIVE",
        footer="Callum Rees-Okafor - EHC plan issued 16 October 2026 after annual review",
        blocks=[
            ("org", "Ellerdyke County Council - SEND Service, Preparing for Adulthood Team"),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Callum Rees-Okafor   Date of birth: 11 February 2006   Plan issued: 16 October 2026",
            ),
            ("small", "Current placement: Fernbrook College, Hollins Lane, Ashwell Cross ED7 2QP"),
            (
                "p",
                "This plan is arranged by agency, so that Callum, his family and each service can find their part of it quickly. Every part keeps the section letter set out in the SEND Regulations 2014.",
            ),
            ("band", "ABOUT CALLUM"),
            _h("A", "A - Callum's views, interests and aspirations"),
            (
                "p",
                sect(
                    "A",
                    "Callum wants to work in a bike shop or a garden centre and to live in a flat with friends, with staff nearby when he needs them.",
                ),
            ),
            (
                "p",
                "He enjoys riding his adapted trike, watching football and cooking for his family at weekends. His mother wants him to be as independent as he can be, but she worries about his safety when he travels alone and about his seizures.",
            ),
            ("b", "What people like and admire about Callum"),
            (
                "p",
                "He is kind, loyal and funny, he works hard in the college garden and he is always the first to help a new student find their way.",
            ),
            ("b", "How to support me (in Callum's words)"),
            (
                "bul",
                [
                    "Tell me one thing at a time and write it in my planner.",
                    "Talk to me on my right side.",
                    "If I get angry, give me space and come back in ten minutes.",
                ],
            ),
            ("band", "EDUCATION"),
            _h("B", "B - Education needs"),
            ("p", sect("B", B_MEM)),
            ("p", [B_FAT, B_LIT]),
            ("p", [B_MONEY, B_COMM]),
            ("p", B_PHYS),
            _h("E", "E - Education outcomes"),
            (
                "p",
                sect(
                    "E",
                    "By July 2027 Callum will travel on his own from his accommodation to his work placement by bus, using a phone app to plan the journey.",
                ),
            ),
            (
                "p",
                "By July 2027 Callum will cook a simple two-course meal safely, following a picture recipe with no more than one prompt from staff.",
            ),
            (
                "p",
                "By July 2028 Callum will hold a supported internship placement for at least three days a week.",
            ),
            (
                "p",
                "By July 2027 Callum will notice when he is getting tired and ask for his rest break before he becomes exhausted.",
            ),
            _h("F", "F - Education provision"),
            ("p", sect("F", F_INTRO)),
            (
                "bul",
                [
                    prov(F_PROG, True),
                    prov(F_LSA, True),
                    prov(F_MEM, False),
                    prov(F_BREAK, True),
                    prov(F_LIT, False),
                    prov(F_TEXT, True),
                    prov(F_OT, True),
                    prov(F_INTERN, False),
                    prov(F_TUT, True),
                ],
            ),
            _h("I", "I - Education placement"),
            (
                "p",
                sect(
                    "I",
                    "Fernbrook College, Ashwell Cross (independent specialist post-16 institution), weekly residential, until July 2028.",
                ),
            ),
            ("pb",),
            ("band", "HEALTH"),
            _h("C", "C - Health needs"),
            (
                "p",
                sect(
                    "C",
                    "Callum has post-traumatic epilepsy, with focal seizures about once a month, usually when he is overtired.",
                ),
            ),
            (
                "p",
                "He has a left hemiparesis and is under the care of the Ellerdyke Community Neurorehabilitation Team.",
            ),
            _h("G", "G - Health provision"),
            (
                "p",
                sect(
                    "G",
                    "Review by the consultant neurologist at Ellerdyke General Hospital every six months.",
                ),
            ),
            (
                "p",
                "An epilepsy care plan written by the epilepsy nurse specialist, with training in his rescue medication for the college's residential staff once a year.",
            ),
            ("band", "SOCIAL CARE"),
            _h("D", "D - Social care needs"),
            (
                "p",
                sect(
                    "D",
                    "Callum has eligible needs under the Care Act 2014 in managing his nutrition, keeping his home safe, using services in the community and keeping up relationships.",
                ),
            ),
            _h(
                "H1",
                "H1 - Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            (
                "p",
                sect(
                    "H1",
                    "Not applicable: Callum is over 18, and his care and support are provided under the Care Act 2014 (see H2).",
                ),
            ),
            _h("H2", "H2 - Other social care provision"),
            ("p", sect("H2", H2_PA)),
            ("p", H2_TRAVEL),
            (
                "p",
                "A transition worker from the Preparing for Adulthood Team will help Callum and his mother plan his move to supported living in 2028.",
            ),
            ("pb",),
            ("band", "FUNDING AND ADVICE"),
            _h("J", "J - Personal budget"),
            (
                "p",
                sect(
                    "J",
                    "Callum's personal assistant hours are paid as a direct payment managed by his mother; there is no personal budget for education provision.",
                ),
            ),
            _h("K", "K - Advice and information"),
            (
                "p",
                sect(
                    "K",
                    "Learning support assessment, Fernbrook College (September 2026); Care Act assessment summary, Ellerdyke Adult Social Care (August 2026); neurology clinic letter (June 2026).",
                ),
            ),
            ("small", "Signed for Ellerdyke County Council by Marisa Quennell, SEND Case Officer."),
        ],
    ),
    reports=[
        dict(
            file=LSA_DOC,
            sans=True,
            accent="6B2E5E",
            footer="Fernbrook College - Learning Support - confidential",
            blocks=[
                ("org", "Fernbrook College - Learning Support Department"),
                ("title", "Learning Support Assessment"),
                (
                    "kv",
                    [
                        ("Student", "Callum Rees-Okafor (date of birth 11/02/2006)"),
                        ("Programme", "Pathways to Work, year 2 of 3"),
                        (
                            "Assessed by",
                            "Delyth Oyelaran-Price, Learning Support Coordinator, with Tomas Brennock, College Occupational Therapist",
                        ),
                        ("Date", "22 September 2026"),
                        ("Purpose", "Advice for the annual review of Callum's EHC plan"),
                    ],
                ),
                ("h", 2, "1. Background"),
                (
                    "p",
                    [
                        "Callum sustained a traumatic brain injury in a road traffic collision in March 2022, when he was sixteen, and spent four months in hospital and a rehabilitation unit.",
                        non(
                            "He joined Fernbrook in September 2025 after two years in the sixth form at Ashwell Cross High School, where he followed a part-time timetable after his injury.",
                            "history",
                        ),
                    ],
                ),
                (
                    "p",
                    "This assessment draws on our observations over his first year, on the initial assessments all students complete in September, and on a joint kitchen assessment with the college occupational therapist on 15 September 2026. Callum's mother contributed by telephone.",
                ),
                ("h", 2, "2. Assessment results"),
                (
                    "grid",
                    [
                        ["Assessment", "Result", "Comment"],
                        ["Single word reading (WRAT-5)", "Standard score 71", "About 9 years"],
                        ["Spelling (WRAT-5)", "Standard score 68", "Phonetically plausible errors"],
                        [
                            "Reading speed",
                            "62 words per minute",
                            "Slow; loses his place at the start of lines",
                        ],
                        [
                            "Functional skills maths, initial assessment",
                            "Entry Level 2",
                            "Secure with whole pounds, not with change",
                        ],
                        ["Typing speed", "9 words per minute", "Right hand only"],
                    ],
                    [0.42, 0.25, 0.33],
                ),
                (
                    "p",
                    [
                        non(
                            "Callum's verbal reasoning is a relative strength, and he contributes well to group discussion when the topic is familiar.",
                            "strength",
                        ),
                        "The scores above should be read with caution, as he tired noticeably during the second half of the session.",
                    ],
                ),
                ("h", 2, "3. How Callum presents in college"),
                (
                    "p",
                    [
                        need(
                            "Callum forgets instructions given at the start of a session, and often cannot recall on Tuesday what he learned on Monday unless it has been written down for him.",
                            "cognition_learning",
                            B_MEM,
                        ),
                        need(
                            "He will say that he has understood when he has not, and he rarely asks for help, so misunderstandings often come to light only after a task has gone wrong.",
                            "communication_interaction",
                            B_COMM,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        need(
                            "In the training kitchen he cannot follow a recipe of more than three steps without prompting, and he left the hob on twice in the summer term.",
                            "cognition_learning",
                            B_MEM,
                            "B states his difficulty in planning and organising himself in general terms.",
                        ),
                        need(
                            "His concentration drops sharply after 35 to 40 minutes, and by the afternoon he is often too tired to take in anything new.",
                            "sensory_physical",
                            B_FAT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        need(
                            "Callum misses words at the beginning of lines and bumps into people and door frames on his left, which we understand is due to the loss of the left side of his visual field after the injury.",
                            "sensory_physical",
                        ),
                        "Staff have learned to approach him from his right, but new staff and other students do not know to do this.",
                    ],
                ),
                (
                    "p",
                    [
                        need(
                            "Two or three times a week, when a task goes wrong, Callum becomes very frustrated, swears and walks out of the room, and he has told his tutor that he hates what the accident has done to him.",
                            "semh",
                        ),
                        "He is usually calm again within twenty minutes and apologises, but the incidents are becoming more frequent as the work becomes harder.",
                    ],
                ),
                (
                    "p",
                    [
                        need(
                            "Callum reads at about the level of a nine-year-old and cannot yet read a bus timetable or a payslip without help.",
                            "cognition_learning",
                            B_LIT,
                        ),
                        need(
                            "He uses his left hand only to steady things, which makes chopping, carrying trays and using a till slow and sometimes unsafe.",
                            "sensory_physical",
                            B_PHYS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        non(
                            "Callum has made good progress in his horticulture unit and now takes and pots on cuttings with little help.",
                            "progress",
                        ),
                        non(
                            "His earlier difficulty with swallowing thin drinks has resolved, and he no longer needs thickener.",
                            "resolved difficulty",
                        ),
                        "His attendance this year has been 94%, and most absences were for hospital appointments.",
                    ],
                ),
                (
                    "p",
                    "Callum completed a four-week work experience placement at Ashwell Cross Garden Centre in June, with his learning support assistant for the whole of each shift. The manager described him as polite and hard-working and has said that she would consider him for a supported internship.",
                ),
                (
                    "p",
                    non(
                        "Callum told us that the best thing about college is 'being treated like an adult' and the worst is 'forgetting stuff and people thinking I'm thick'.",
                        "the young person's view",
                    ),
                ),
                ("h", 2, "4. Support currently in place"),
                (
                    "grid",
                    [
                        ["Support", "How much", "What difference it makes"],
                        [
                            "Learning support assistant in kitchen, horticulture and work experience sessions",
                            "18 hours a week",
                            non(
                                "Callum is safe in practical sessions and completes tasks he could not manage alone.",
                                "outcome of support already in place",
                            ),
                        ],
                        [
                            "Reminders on his phone, set by his tutor",
                            "Daily",
                            "Helpful when set up, but the reminders lapse when nobody checks them",
                        ],
                        [
                            "Coloured overlay",
                            "On request",
                            "Tried for one term; Callum said it made no difference and it has stopped",
                        ],
                    ],
                    [0.45, 0.2, 0.35],
                ),
                ("h", 2, "5. Recommendations for the coming year"),
                (
                    "p",
                    "The table below sets out the support we consider Callum needs in order to make progress towards his outcomes. The hours reflect what he has actually needed this year, not what we would ideally like.",
                ),
                (
                    "grid",
                    [
                        ["Recommendation", "Who", "How often"],
                        [
                            rec(
                                "A learning support assistant for all practical sessions, including work experience",
                                "sensory_physical",
                                "less",
                                F_LSA,
                            ),
                            "Learning support assistant",
                            "Every practical session: 18 hours a week on this year's timetable",
                        ],
                        [
                            rec(
                                "An electronic memory aid (phone reminders and a shared daily planner), set up with Callum and checked with him by his personal tutor",
                                "cognition_learning",
                                "not_specific",
                                F_MEM,
                            ),
                            "Personal tutor",
                            "20 minutes every Monday, and a two-minute check each morning",
                        ],
                        [
                            rec(
                                "A 10-minute rest break after each 40 minutes of taught time, in the quiet room",
                                "sensory_physical",
                                "specific",
                                F_BREAK,
                            ),
                            "All teaching staff to prompt",
                            "Every session",
                        ],
                        [
                            rec(
                                "Functional skills English and maths at Entry Level 3, taught in a small group",
                                "cognition_learning",
                                "not_specific",
                                F_LIT,
                            ),
                            "Functional skills tutor",
                            "Two hours a week for each subject, in a group of no more than six",
                        ],
                        [
                            rec(
                                "Worksheets and recipes with a bold coloured line down the left-hand margin and no more than ten lines to a page",
                                "sensory_physical",
                                "specific",
                                F_TEXT,
                            ),
                            "All staff",
                            "All written materials",
                        ],
                        [
                            rec(
                                "A one-handed cooking programme following the kitchen assessment",
                                "sensory_physical",
                                "specific",
                                F_OT,
                            ),
                            "College OT to set; learning support assistant to deliver",
                            "Two kitchen sessions a week; OT review each half-term",
                        ],
                        [
                            rec(
                                "Counselling with the college counsellor, to help Callum come to terms with his injury and manage his frustration",
                                "semh",
                                "missing_from_f",
                            ),
                            "College counsellor",
                            "50 minutes weekly, for at least one term",
                        ],
                    ],
                    [0.5, 0.22, 0.28],
                ),
                (
                    "p",
                    [
                        non(
                            "We considered a place in the college's anger management group, but we do not recommend it, because Callum found talking about his behaviour in front of other students humiliating last year.",
                            "option considered and not recommended",
                        ),
                        rec(
                            "At home, his mother may find it helpful to use the same planner app, so that his reminders are the same at weekends.",
                            "cognition_learning",
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "sig",
                    [
                        "Delyth Oyelaran-Price, Learning Support Coordinator",
                        "Fernbrook College, Hollins Lane, Ashwell Cross ED7 2QP. Telephone 01632 960214.",
                    ],
                ),
            ],
        ),
        dict(
            file=ASC_DOC,
            footer="Ellerdyke Adult Social Care - Care Act assessment summary - page {n} of {m}",
            blocks=[
                ("org", "Ellerdyke County Council - Adult Social Care (Transitions Team)"),
                ("title", "Care Act 2014 needs assessment: summary for the EHC plan"),
                (
                    "small",
                    "Callum Rees-Okafor, aged 20. Assessment completed 14 August 2026 by Jonah Kettleborough, Social Worker (Transitions). Reference ASC/4471/26.",
                ),
                (
                    "p",
                    "This summary is provided at the request of the SEND Service for Callum's annual review. The full assessment is held on the adult social care record and has been shared with Callum's agreement.",
                ),
                ("h", 2, "Callum's view"),
                (
                    "p",
                    [
                        non(
                            "Callum told me that he wants 'a normal life, my own place and a job', and that he does not want his mum doing everything for him.",
                            "the young person's view (Section A)",
                        ),
                        "He was clear that he wants to stay at Fernbrook until his course ends.",
                    ],
                ),
                ("h", 2, "Eligibility"),
                (
                    "p",
                    "The table records the outcomes in the Care and Support (Eligibility Criteria) Regulations 2015 and whether Callum can achieve each without help.",
                ),
                (
                    "grid",
                    [
                        ["Outcome", "Can Callum achieve it without help?", "Eligible"],
                        [
                            "Managing and maintaining nutrition",
                            "No: he needs prompts to eat regularly and supervision when cooking",
                            "Yes",
                        ],
                        ["Maintaining personal hygiene", "Yes, with reminders", "No"],
                        ["Being appropriately clothed", "Yes", "No"],
                        ["Maintaining a habitable home environment", "No", "Yes"],
                        [
                            "Making use of facilities or services in the local community",
                            "No: he cannot yet travel safely alone",
                            "Yes",
                        ],
                        [
                            "Developing and maintaining family or other personal relationships",
                            "Partly",
                            "Yes",
                        ],
                        [
                            "Accessing work, training, education or volunteering",
                            "With support",
                            "No: met by his college place",
                        ],
                    ],
                    [0.4, 0.42, 0.18],
                ),
                ("h", 2, "What I found"),
                (
                    "p",
                    [
                        need(
                            "Callum cannot yet plan a week's meals or keep to a budget, and last month he spent his whole weekly allowance in the first two days.",
                            "cognition_learning",
                            B_MONEY,
                        ),
                        "He became upset when I asked about this, and said he 'just forgets'.",
                    ],
                ),
                (
                    "p",
                    [
                        non(
                            "He needs prompting to take his anti-seizure medication morning and evening, which his mother does at present.",
                            "health need, in C and the epilepsy care plan",
                        ),
                        non(
                            "Callum has lost contact with most of his school friends since the accident, and his social life now centres on his family.",
                            "social care need (relationships), stated in D",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        need(
                            "He does not judge gaps in traffic reliably, and twice this summer he stepped out in front of a car while crossing with his support worker.",
                            "other",
                        ),
                        "Both incidents happened at a junction he knows well.",
                    ],
                ),
                (
                    "p",
                    non(
                        "Callum's mother, Abena Rees-Okafor, is his main carer and has had a carer's assessment; she works part time and describes herself as 'running on empty'.",
                        "carer's needs, not the young person's",
                    ),
                ),
                ("h", 2, "Support Callum receives now"),
                (
                    "p",
                    "During term, Fernbrook's residential staff prompt Callum with his medication, meals and appointments from Monday to Friday. At weekends and in the holidays his mother does this, and he spends most of his free time at home with her and his younger sister.",
                ),
                ("h", 2, "Recommendations"),
                (
                    "num",
                    [
                        rec(
                            "Callum should be offered independent travel training, two sessions a week for about 12 weeks, so that he can get to his work placement by bus on his own.",
                            "other",
                            "wrong_section",
                            H2_TRAVEL,
                            section="H2",
                        ),
                        rec(
                            "A personal assistant for six hours a week in college holidays and at weekends, to support him to use community facilities and to see friends.",
                            "social_care",
                            "not_educational",
                            H2_PA,
                            section="H2",
                        ),
                        rec(
                            "A referral to the supported living panel in spring 2027, so that options for when he leaves college in 2028 can be explored in good time.",
                            "social_care",
                            "not_educational",
                        ),
                        rec(
                            "His mother should be offered a carer's break of one week a year and information about the Ellerdyke Carers' Centre.",
                            "social_care",
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        non(
                            "I considered a residential care placement after college, but Callum and his mother were clear that they do not want this, and I agree that it is not needed.",
                            "option considered and not recommended",
                        ),
                        "I will review the personal assistant hours in February 2027.",
                    ],
                ),
                ("p", "Jonah Kettleborough, Social Worker (Transitions)"),
                ("small", "Telephone 01632 960377; transitions.team@example.org"),
            ],
        ),
        dict(
            file=NPSY_DOC,
            footer="Ellerdyke Community Neurorehabilitation Team - confidential clinical correspondence",
            blocks=[
                ("org", "Ellerdyke Community Neurorehabilitation Team"),
                ("small", "Beacon House, Tanner's Row, Ellerdyke ED3 5HF. Telephone 01632 960488."),
                ("gap",),
                ("p", "Dr Imogen Sallow, Ashwell Cross Medical Centre, Ashwell Cross ED7 4LN"),
                (
                    "p",
                    "Copies: Callum Rees-Okafor; Mrs A. Rees-Okafor; Fernbrook College; Ellerdyke SEND Service",
                ),
                ("p", "Dated 24 June 2026"),
                ("b", "Re: Callum Rees-Okafor, DOB 11/02/2006. Neuropsychological review"),
                ("p", "Dear Dr Sallow,"),
                (
                    "p",
                    "I saw Callum at Beacon House on 3 and 10 June 2026 to review his thinking skills four years after his injury, at the request of his college and his mother, who are planning the next stage of his education. He was accompanied by his mother on the first day and came by taxi on his own on the second.",
                ),
                (
                    "grid",
                    [
                        ["Domain", "Measure", "Result"],
                        ["General ability", "WAIS-IV Full Scale IQ", "78 (7th centile)"],
                        [
                            "Verbal comprehension",
                            "WAIS-IV Verbal Comprehension Index",
                            "89 (23rd centile)",
                        ],
                        ["Working memory", "WAIS-IV Working Memory Index", "71 (3rd centile)"],
                        ["Processing speed", "WAIS-IV Processing Speed Index", "68 (2nd centile)"],
                        ["Verbal memory", "Story recall after 30 minutes", "Below the 1st centile"],
                        ["Executive function", "Hayling and Brixton tests", "Impaired range"],
                    ],
                    [0.28, 0.44, 0.28],
                ),
                (
                    "p",
                    [
                        non(
                            "His verbal comprehension is his strongest area and lies within the low average range.",
                            "strength and test result",
                        ),
                        need(
                            "Callum's memory for new information is severely impaired: after half an hour he recalled almost nothing of a short story he had heard twice.",
                            "cognition_learning",
                            B_MEM,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        need(
                            "He has limited awareness of his own difficulties and tends to overestimate what he can do safely, so he does not use his strategies unless someone reminds him.",
                            "cognition_learning",
                        ),
                        need(
                            "His processing speed is very slow, and in conversation he misses parts of what is said when people talk quickly or change topic.",
                            "communication_interaction",
                            B_COMM,
                        ),
                    ],
                ),
                (
                    "p",
                    "This profile is typical of a moderate to severe traumatic brain injury affecting the frontal lobes. Four years after the injury I would not expect large further changes in his underlying abilities; what can still change, with the right teaching, is how reliably he uses routines and strategies in everyday life, and that is where I think the effort should go.",
                ),
                (
                    "p",
                    non(
                        "His mood was within the normal range on the questionnaires he completed, although he spoke of his frustration with his memory.",
                        "questionnaire result",
                    ),
                ),
                (
                    "p",
                    "I have made the following recommendations, which I discussed with Callum and his mother.",
                ),
                (
                    "bul",
                    [
                        rec(
                            "Staff should use errorless learning when teaching him new routines, showing him each step and having him carry it out correctly rather than letting him guess, and practising the same routine daily until it is automatic.",
                            "cognition_learning",
                            "not_specific",
                            F_MEM,
                        ),
                        rec(
                            "His most demanding learning should be timetabled in the mornings, when he is least tired.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                        rec(
                            "Callum should carry on attending our young adults' brain injury group every other Thursday evening.",
                            "health",
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        non(
                            "I do not think a formal assessment of Callum's capacity to make decisions about his care is needed at present, as he understood and weighed the options we discussed.",
                            "option considered and not needed",
                        ),
                        "I will see him again in June 2027.",
                    ],
                ),
                ("p", "Yours sincerely,"),
                ("p", "Dr Marcus Ilesanmi-Grove, Consultant Clinical Neuropsychologist"),
            ],
        ),
    ],
)
