# ruff: noqa: E501
"""Views and everything else of the ninth kind set: a mother's views for a young person's
annual review, a father's letter to the tribunal, a grandmother's notes typed on a phone; a
young person's own statement for his appeal, a child's "one page profile" and a young
woman's words taken down by her job coach; a job coach's placement log, a Care Act
assessment, a national charity's fact sheet, a respite unit's stay report, a Deaf mentor's
session notes and a council's local offer newsletter. All invented."""

from __future__ import annotations

MUM_VIEWS = [
    ("title", "Parent / carer views for annual review"),
    ("field", "Name of young person", "Bethany Cartwright"),
    (
        "field",
        "What has gone well this year?",
        "She loves the stables and talks about the horses all weekend. She is more confident asking for things.",
    ),
    (
        "field",
        "What are you worried about?",
        "What happens when college ends. She can't go anywhere on her own and I'm not getting any younger.",
    ),
    (
        "field",
        "What would you like to change?",
        "Travel training written in properly, not just 'when staff are available'.",
    ),
    ("field", "Signed", "Lorraine Cartwright, 1 May 2026"),
]

DAD_LETTER = """To the Tribunal,

I am Jack's dad. I want to explain what Jack is like at home, because I don't think the
council has seen it. He comes home from school and doesn't speak for an hour. He can't
tell me what he did that day. He has started saying he is "thick".

We have done everything the school asked. We read with him every night. We are asking for
an assessment because nothing has changed in two years.

Mark Pilling
"""

GRAN_NOTES = """things to say at meeting 14th
- amir good at maths, not at writing it down
- teachers keep giving detentions for no homework - he CANT organise himself
- laptop is brill, please keep it
- wants engineering at college. they need to know about the dyspraxia
- his mum works nights so i do school runs
"""

YP_STATEMENT = [
    ("title", "My statement for the tribunal"),
    ("p", "My name is Daniel Firth. I am 21. I wrote this with help from my support worker Jade."),
    ("p", "I finished my course at college. I got my certificates. I am proud of that."),
    (
        "p",
        "I want to work at the hospital in the kitchens. I did a taster day and I liked it. I need someone to show me the jobs lots of times because I forget.",
    ),
    ("p", "If my plan stops I will be at home all day. I don't want that."),
    ("p", "Daniel"),
]

ONE_PAGE = [
    ("org", "Lowfield Primary"),
    ("title", "One page profile: Zofia"),
    ("b", "What people like about me"),
    ("p", "I am funny. I give good hugs. I am good at jigsaws."),
    ("b", "What is important to me"),
    ("p", "My bunny Pan Królik. My brother Kacper. Having my drink at snack time."),
    ("b", "How to help me"),
    ("p", "Show me pictures. Say my name first. Give me time."),
]

JOB_COACH_WORDS = """Amber's words (written down by her job coach, 10 June)

I like feeding the goats best. I don't like the till because people go too fast. When I'm
stuck I ask Dave. I want to work here when I finish college. My mum says I'm better at
getting up now.
"""

JOB_COACH_LOG = [
    ("org", "Bridges Supported Employment"),
    ("title", "Supported internship - weekly job coach log"),
    ("p", "Intern: Amber Whitlock   Host employer: Fenside Farm Park   Week 6"),
    (
        "grid",
        [
            ["Day", "Tasks", "Support", "Notes"],
            [
                "Mon",
                "Feeding, cleaning pens",
                "Coach on site 2 hrs",
                "Followed the task sheet alone",
            ],
            ["Wed", "Cafe till", "Coach alongside", "Anxious with queue"],
            ["Thu", "Feeding", "Fading support", "Good"],
        ],
        [0.1, 0.3, 0.25, 0.35],
    ),
    ("p", "Next week: start fading coach support on the cafe till."),
]

CARE_ACT = """CARE ACT 2014 ASSESSMENT OF NEEDS
Calderbrook Adult Social Care
Person: Daniel Firth   Age 21   Assessor: K. Moorhouse, Social Worker

Eligible outcomes (Care and Support (Eligibility Criteria) Regulations 2015):
- Managing and maintaining nutrition: unable to achieve without assistance
- Accessing work, training, education or volunteering: unable to achieve without assistance
- Making use of community services including transport: significant impact on wellbeing

Outcome: Daniel has eligible needs. A support plan will be agreed with him, including
10 hours a week of community support. Carer's assessment offered to Mrs Firth.
"""

CHARITY_SHEET = [
    ("org", "Sendwise UK"),
    ("title", "Fact sheet: your EHC plan after 19"),
    (
        "p",
        "EHC plans can continue up to age 25 if you still need special educational provision to make progress in education or training.",
    ),
    (
        "p",
        "A council cannot stop a plan just because you turn 19. It must think about whether your education or training outcomes have been met.",
    ),
    (
        "p",
        "If your council proposes to cease your plan, you can appeal to the tribunal. Call our helpline for free advice.",
    ),
    (
        "small",
        "Sendwise UK is a registered charity. This fact sheet is general information, not legal advice.",
    ),
]

RESPITE = """Oakhurst Short Breaks Unit
Stay report - Kacper Nowak - 14 to 16 August 2026
Kacper settled well this stay. He ate all his meals and slept through both nights. He was
upset on Saturday when the minibus trip was cancelled but calmed with his ear defenders
and his timetable. Next stay booked for October half term.
Keyworker: Janine
"""

DEAF_MENTOR = """Deaf Mentor visit notes
Kennetbridge Sensory Support - Deaf Role Model Programme
Ruby-Mae Osei, visit 3

We played a signing game and I told Ruby-Mae about my job. She asked if I was
"deaf like me". Mum asked about Deaf youth club - I will send details.
"""

NEWSLETTER = [
    ("org", "Fenwold Local Offer"),
    ("title", "SEND news - Summer 2026"),
    (
        "p",
        "Welcome to our summer newsletter. This term we have opened a new parent drop-in at Spalding library and updated our post-16 pages.",
    ),
    ("b", "Dates for your diary"),
    (
        "bul",
        ["Preparing for adulthood fair - 14 July", "Parent carer forum coffee morning - 2 July"],
    ),
]

DOCUMENTS: list[dict] = [
    dict(name="parent views AR Bethany.docx", kind="parent_views", blocks=MUM_VIEWS),
    dict(name="Dads letter.txt", kind="parent_views", text=DAD_LETTER),
    dict(name="Note 14 Nov.txt", kind="parent_views", text=GRAN_NOTES),
    dict(name="Daniel statement.pdf", kind="child_views", blocks=YP_STATEMENT, sans=True),
    dict(
        name="One page profile Zofia.docx",
        kind="child_views",
        blocks=ONE_PAGE,
        sans=True,
        accent="2E7D32",
    ),
    dict(name="Ambers words.txt", kind="child_views", text=JOB_COACH_WORDS),
    dict(name="Job coach log wk6.docx", kind="other", blocks=JOB_COACH_LOG),
    dict(name="Care Act assessment DF.pdf", kind="other", text=CARE_ACT),
    dict(
        name="EHCP after 19 factsheet.pdf",
        kind="other",
        blocks=CHARITY_SHEET,
        sans=True,
        accent="6A1B9A",
    ),
    dict(name="Oakhurst stay Aug.txt", kind="other", text=RESPITE),
    dict(name="Deaf mentor visit 3.txt", kind="other", text=DEAF_MENTOR),
    dict(name="Local offer newsletter summer.pdf", kind="other", blocks=NEWSLETTER, sans=True),
]
