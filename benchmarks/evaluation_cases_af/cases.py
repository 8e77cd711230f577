# ruff: noqa: E501
"""Set AF as data: young people aged 19 to 25 with EHC plans (supported internships,
further education and specialist colleges, a young person who is their own appellant, a
council proposing that a plan should cease), in four plan layouts no earlier set has.

Every name, council, college, service and professional is invented. Postcodes use areas
that do not exist and phone numbers are in the 01632 960xxx range. Markers are those of
evaluation_kit.dataset.
"""


def N(text, area, plan_text=None):  # noqa: N802
    """A need stated in a report (plan_text None: missing from B)."""
    return ("N", text, area, plan_text)


def R(text, area, status, plan_text=None, **extras):  # noqa: N802
    """A recommendation in a report."""
    return ("R", text, area, status, plan_text, extras)


def X(text, why):  # noqa: N802
    """A sentence that is not a current need or recommendation."""
    return ("X", text, why)


# ---------------------------------------------------------------------------
# case-evalaf-01: Lowmoor Borough Council; Kieran Ashdown-Bell, 19, supported internship.
# layout "second-person-you-headings": the plan is written to the young person, every
# heading a letter and a phrase addressed to "you" ("B. What you find hard: your special
# educational needs").
# ---------------------------------------------------------------------------

B1_STEPS = "You find it hard to follow spoken instructions with more than two steps, especially somewhere busy or noisy."
B1_CHANGE = "Changes to your routine that you did not know about make you very anxious, and you may leave the room or stop talking."
B1_LIT = "Your reading, writing and number skills are at about the level of a 9 or 10 year old, so written tasks at work take you longer."
B1_TALK = "You find it hard to start a conversation with people you do not know well, such as colleagues and customers."
B1_MONEY = "You need help to manage money, such as checking your change and keeping track of what you spend in a week."

F1_DAYS = "Your supported internship will run for three days a week at Halewood General Hospital, with one day a week of study at Castlebrook College, from September 2026 to July 2027."
F1_COACH = "Job coaching support during your internship."
F1_PHOTO = "A photo task list for each job you do, made by your job coach and kept at your work station."
F1_MATHS = "English and maths lessons for 1.5 hours a week in a group of no more than eight, working towards Functional Skills Entry Level 3."
F1_QUIET = "Access to a quiet space when you need it."
F1_CHECK = "A 20-minute check-in with your college tutor every week, to talk about how you are feeling and how the internship is going."
F1_MONEYP = "A money skills session of 45 minutes each week in your college day, with a real shopping trip once a fortnight."
H2_TRAVEL = "Independent travel training from the Lowmoor Travel Training Team on the bus route from your home to Halewood General Hospital, three sessions a week for the autumn term."

JOB1 = "job_coach_report.docx"
ALS1 = "college_als_report.pdf"


def _you(sid: str, text: str) -> tuple:
    return ("H", sid, text, "h2")


CASE_01 = dict(
    name="case-evalaf-01",
    layout="second-person-you-headings",
    summary=(
        "Lowmoor Borough Council; Kieran Ashdown-Bell, 19, on a supported internship at a hospital "
        "through Castlebrook College (autism, learning difficulty, anxiety). The plan is written to "
        'Kieran ("you"); each heading is the letter and a phrase addressed to him. Job coach\'s report '
        "with a recommendation table that has a reason column; college additional learning support "
        "report with test results and progress."
    ),
    note="Travel training to the internship placement, recommended by the job coach to make him independent for work, is placed in H2 only: wrong_section. The GP suggestion is home advice (not_educational).",
    plan=dict(
        file="plan.docx",
        footer="Lowmoor Borough Council - Your EHC plan - Kieran Ashdown-Bell - Final 2 November 2026",
        sans=True,
        accent="5B2C6F",
        blocks=[
            ("org", "Lowmoor Borough Council - SEND 16 to 25 Team"),
            ("title", "Your Education, Health and Care Plan"),
            ("small", "Kieran Ashdown-Bell   Date of birth: 14 May 2007   Final plan issued: 2 November 2026"),
            ("small", "Your case officer: Rhiannon Petrakis, 01632 960233, send16-25@lowmoor.example.org"),
            ("p", "This plan is written to you, Kieran, because you are over 16 and the decisions in it are yours. Your mum helped you to tell us what you think."),
            _you("A", "A. About you: what you have told us"),
            ("S", "A", "You told us that you like working at the hospital because you like things to be tidy and in the right place."),
            ("p", "You want to get a paid job by the time you are 21, to travel to work on your own and one day to live in a flat with a friend. You support Lowmoor Rovers and go to every home game with your uncle."),
            _you("B", "B. What you find hard: your special educational needs"),
            ("S", "B", "You are autistic and you have a learning difficulty."),
            ("bul", [B1_STEPS, B1_CHANGE, B1_LIT, B1_TALK, B1_MONEY]),
            _you("C", "C. Your health"),
            ("S", "C", "You see Dr Oyelaran, your GP, once a year for an annual health check; you do not have any health needs linked to your learning."),
            _you("D", "D. Your social care needs"),
            ("S", "D", "Lowmoor Adult Social Care completed a Care Act assessment in July 2026 and found that you are eligible for support to take part in activities in your community."),
            _you("E", "E. What you want to achieve: your outcomes"),
            ("S", "E", "By July 2027 you will carry out three jobs at the hospital without your job coach beside you."),
            ("p", "By July 2027 you will travel to the hospital on your own by bus. By the end of your internship you will ask a colleague for help when you are stuck, at least once a day."),
            _you("F", "F. The help you will get with your learning and work: special educational provision"),
            ("S", "F", "Castlebrook College will arrange this provision and review it with you each term."),
            ("bul", [("F", F1_DAYS, True), ("F", F1_COACH, False), ("F", F1_PHOTO, True), ("F", F1_MATHS, True), ("F", F1_QUIET, False), ("F", F1_CHECK, True), ("F", F1_MONEYP, True)]),
            _you("G", "G. Help with your health"),
            ("S", "G", "No health provision is needed at the moment."),
            _you("H1", "H1. Help from social care under the Chronically Sick and Disabled Persons Act 1970"),
            ("S", "H1", "A community support worker for four hours every Saturday, to go to football, the gym or into town with you."),
            _you("H2", "H2. Other help from social care"),
            ("S", "H2", H2_TRAVEL),
            _you("I", "I. Where you will learn"),
            ("S", "I", "Castlebrook College (further education college), supported internship programme, Halewood General Hospital site."),
            _you("J", "J. Your personal budget"),
            ("S", "J", "You have a direct payment for your community support worker; you did not ask for a personal budget for your education provision."),
            _you("K", "K. The advice we used"),
            ("S", "K", "Job coach report (September 2026); college additional learning support report (September 2026); Care Act assessment (July 2026)."),
        ],
    ),
    reports=[
        dict(
            file=JOB1,
            blocks=[
                ("org", "Castlebrook College - Supported Internships"),
                ("title", "Job coach report: Kieran Ashdown-Bell"),
                ("kv", [("Intern", "Kieran Ashdown-Bell, 19"), ("Host employer", "Halewood General Hospital, linen and stores"), ("Job coach", "Dominic Ferreira-Lowe"), ("Date", "26 September 2026")]),
                ("h", 2, "Background"),
                ("p", [X("Kieran joined the internship in September 2026 after two years on the college's foundation programme.", "history"), "He is on site on Mondays, Tuesdays and Thursdays."]),
                ("h", 2, "How Kieran is getting on"),
                ("p", [X("Kieran is punctual, polite and takes real pride in his uniform.", "strength"), X("In four weeks he has learned the restocking routine for two wards and now completes it without prompts.", "progress")]),
                ("p", [N("Kieran needs each new task broken down into steps and shown to him, because he loses track when given a list of instructions out loud on the ward.", "communication_interaction", B1_STEPS), N("He does not yet ask for help when he is stuck; on three occasions he waited over twenty minutes without telling anyone.", "communication_interaction")]),
                ("p", [N("Changes to his rota, even small ones, cause him considerable distress, and he has twice gone home early as a result.", "semh", B1_CHANGE), N("Kieran cannot yet tell the time reliably from an analogue clock, which affects his ability to take his breaks and come back on time.", "cognition_learning")]),
                ("p", X("His supervisor, Mrs Adeyemi, commented that the linen room has never been so well organised.", "strength reported by the employer")),
                ("h", 2, "My recommendations"),
                ("grid", [
                    ["Recommendation", "Reason"],
                    [R("On-site job coaching, starting at full days and fading to two hours a day by Easter, with the fading plan reviewed each half term.", "cognition_learning", "not_specific", F1_COACH), X("So that Kieran becomes independent of the coach by the end of the year, which the employer will expect of a paid employee.", "reason column")],
                    [R("A visual task list with photographs for each job, kept at his work station.", "cognition_learning", "specific", F1_PHOTO), "He follows pictures far better than spoken lists."],
                    [R("Travel training from home to the hospital by bus, three sessions a week for a term, by a trained travel trainer.", "other", "wrong_section", H2_TRAVEL, section="H2"), X("His mum drives him at present, and she will not be able to once she returns to work in January.", "reason column: family circumstances")],
                    [R("A weekly one-to-one session of 30 minutes with his job coach to practise asking for help, using scripts and role play.", "communication_interaction", "missing_from_f"), "Waiting in silence is the main thing that would stop him keeping a paid job."],
                    [R("Practice in telling the time and using a digital watch with alarms for his breaks, 15 minutes a day in his college day.", "cognition_learning", "missing_from_f"), "Breaks are timed strictly in the hospital."],
                ], [6.5, 8.5]),
                ("p", X("I considered recommending a move to the hospital's portering team but do not think this would suit Kieran, as it involves constant change.", "option considered and not recommended")),
                ("p", "Dominic Ferreira-Lowe, Job Coach. Telephone 01632 960241."),
            ],
        ),
        dict(
            file=ALS1,
            footer="Castlebrook College - Additional Learning Support - page {n} of {m}",
            blocks=[
                ("org", "Castlebrook College - Additional Learning Support Team"),
                ("title", "Additional learning support report"),
                ("small", "Learner: Kieran Ashdown-Bell. Written by Grace Mbeki-Holt, ALS Coordinator, with his tutor. 20 September 2026."),
                ("h", 2, "Assessment results"),
                ("p", [X("On the WRAT-5 Kieran's reading comprehension is at an age equivalent of 9 years 6 months and his maths computation at 10 years 1 month.", "test result"), X("His initial assessment places him at Entry Level 2 in English and Entry Level 3 in maths.", "test result")]),
                ("h", 2, "What we have seen at college"),
                ("p", [N("Kieran has difficulty reading workplace signs and forms, and needs help to fill in his weekly time sheet.", "cognition_learning", B1_LIT), N("He finds it hard to join in conversation with other interns and rarely starts one himself.", "communication_interaction", B1_TALK)]),
                ("p", [N("Kieran is very sensitive to noise and bright light; the canteen at lunchtime overwhelms him and he has started to skip lunch.", "sensory_physical"), N("He does not yet check his change or keep track of his money, and ran out of his weekly money on a Tuesday twice this month.", "other", B1_MONEY)]),
                ("p", [N("Kieran's mood has been low on several days this term; he told his tutor that he sometimes does not see the point of the internship and cannot sleep before work days.", "semh"), X("He had a period of school refusal in Year 9, which resolved with support.", "history: resolved difficulty")]),
                ("h", 2, "Support in place this term"),
                ("p", X("He currently has a tutor group of twelve and a weekly English and maths class shared with the foundation programme.", "support already in place")),
                ("h", 2, "Recommendations"),
                ("bul", [
                    R("English and maths for three hours a week in a group of no more than six, towards Functional Skills Entry Level 3.", "cognition_learning", "less", F1_MATHS),
                    R("A named quiet room at the hospital for his lunch break every day, agreed with the employer.", "sensory_physical", "not_specific", F1_QUIET),
                    R("A weekly check-in of 20 minutes with his tutor about how he is feeling, with referral to the college counsellor if his low mood continues.", "semh", "specific", F1_CHECK),
                    R("Kieran's family may wish to speak to his GP about his sleep and mood.", "health", "not_educational"),
                ]),
                ("p", "Grace Mbeki-Holt, ALS Coordinator, Castlebrook College, Ferry Road, Lowmoor LW9 3QZ."),
            ],
        ),
    ],
)

CASES = [CASE_01]
