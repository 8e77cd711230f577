# ruff: noqa: E501
"""Views and everything else of the fourth kind set: a parent's section A form and a
parent's letter to the panel, a child's views in a school's "pupil passport" and a
young person's e-mail, a council's local offer web page printed from a browser, a
council's SEND newsletter and an academy's uniform letter. All invented."""

from __future__ import annotations

PARENT_FORM = [
    ("org", "Wansford City Council - SEND Assessment Team"),
    ("title", "Parent/carer advice for an Education, Health and Care needs assessment"),
    (
        "kv",
        [
            ("Child's name", "Mason Oyelaran"),
            ("Completed by", "Adeola and Mark Oyelaran (parents)"),
            ("Date", "02/08/2025"),
        ],
    ),
    (
        "field",
        "1. What is your child like? What are they good at?",
        "Mason is funny, loving and mad about dinosaurs and his scooter. He is brilliant at puzzles and remembers everything about the Jurassic period.",
    ),
    (
        "field",
        "2. What are your concerns?",
        "People cannot understand him, even his grandparents. He has started hitting out at his little sister when she does not understand. He says he doesn't want to go to school because the other children laugh at how he talks.",
    ),
    (
        "field",
        "3. What support has helped?",
        "The speech programme in school helps when it happens, but it is often missed when staff are off. Private speech therapy in the summer holidays (we paid) made a real difference.",
    ),
    (
        "field",
        "4. What would you like for your child in the future?",
        "To be understood, to make friends and to learn to read.",
    ),
]

PARENT_LETTER = """To the SEND Panel

Re: our son Harvey Bottomley, our views for his assessment

We are writing this because the form did not have enough room.

Harvey was a happy little boy until Year 3. Since then every morning is a battle. He hides under the table, he says his tummy hurts and he begs us not to make him go. He has been sent home four times this year, always at lunchtime, always after something happened in the hall. The school are kind but they do not have the staff to be with him at lunch.

At home he is clever and gentle. He builds Lego Technic models meant for adults. He can tell you everything about the Calderbrook Town squad. When he knows what is happening he is fine.

We want a small class, an adult who understands autism at lunch and breaks, and speech therapy from a real therapist, not a sheet given to a TA.

Sarah and Lee Bottomley
19 March 2025
"""

PUPIL_PASSPORT = [
    ("org", "Severn Reach Academy"),
    ("title", "My pupil passport"),
    ("p", "Name: Isla Mae   Tutor group: 8RH"),
    (
        "kv",
        [
            ("Things I like", "My rabbit Biscuit, drama, Taylor Swift, baking with my nan"),
            ("Things I find hard", "Reading out loud. Big groups. When people talk fast."),
            (
                "What helps me",
                "Words on the board. Sitting near the front. A teacher checking I know what to do without everyone seeing.",
            ),
            (
                "What I want people to know",
                "I'm not being rude if I don't answer straight away. I am thinking.",
            ),
            ("When I'm older", "I want to work in a nursery with little kids."),
        ],
    ),
    ("p", "Written by Isla Mae with Mrs Hussain (TA), March 2026"),
]

CHILD_EML = """hi miss

this is what i want to say for my review. can you read it out because i dont want to talk in front of everyone

- the lift pass is good and i'm not late any more
- i dont like lunch because i sit on my own. can i help in the tech room instead
- i want to do motor vehicle at tyneholm college
- i get really tired by last lesson and my legs hurt
- i dont want the TA following me around in year 11

kacper
"""

LOCAL_OFFER_PAGE = """Calderbrook Local Offer - Education, Health and Care needs assessments | Calderbrook Council
https://www.example.org/localoffer/send/ehc-needs-assessment                                    1/2

Skip to main content   Home > SEND Local Offer > Education > EHC needs assessments

Search the Local Offer [            ] Search

Education, Health and Care needs assessments

Most children and young people with special educational needs get support in their nursery, school or college through SEN support. Some need more help than this. An EHC needs assessment looks in detail at what help they need.

Who can ask for an assessment?
- parents and carers
- young people aged 16 to 25
- schools, colleges and nurseries (with the family's agreement)
- health visitors, doctors and other professionals can tell us about a child

How long does it take?
We will tell you within 6 weeks whether we will carry out an assessment. If we do, the whole process, including any EHC plan, should take no more than 20 weeks.

What if I disagree with a decision?
You can talk to us, ask for mediation or appeal to the SEND Tribunal. Calderbrook SENDIASS can help: 01632 960719.

Was this page helpful?  [Yes]  [No]

Last updated: 14 August 2025

Contact us | Accessibility | Cookies | Privacy | © Calderbrook Metropolitan Borough Council
https://www.example.org/localoffer/send/ehc-needs-assessment           04/12/2025, 21:17
"""

NEWSLETTER = [
    ("org", "Mercia Vale SEND News"),
    ("small", "Autumn 2025 · for families of children and young people with SEND"),
    ("h", 3, "Our new SEND Information Hub"),
    (
        "p",
        "From November the SEND Information Hub at the County Library will be open every Tuesday, 10 till 2. Come and talk to the Local Offer team, SENDIASS and the Parent Carer Forum.",
    ),
    ("h", 3, "Preparing for Adulthood fair"),
    (
        "p",
        "Colleges, supported internship providers and adult social care will be at the Pump Rooms on 15 October. Free entry, no booking needed.",
    ),
    ("h", 3, "Transport applications"),
    ("p", "Applications for travel assistance for September 2026 open on 1 March. Apply early."),
    (
        "small",
        "Mercia Vale County Council · County Hall · Mercia Vale WR99 1ZZ · localoffer@example.org",
    ),
]

UNIFORM_LETTER = [
    ("org", "Pennine Fold Academy"),
    (
        "small",
        "Part of the Moorfold Learning Trust · Cliffe Road, Moorside OL99 8ZZ · 01632 960738",
    ),
    ("p", "June 2026"),
    ("p", "Dear Parent/Carer of our new Year 7 students,"),
    ("b", "Uniform for September 2026"),
    (
        "p",
        "Our uniform is a navy blazer with the academy badge, a white shirt, the academy tie and plain black trousers or skirt. Blazers and ties can be bought from Moorside Schoolwear. The PTA runs a pre-loved uniform sale on 9 July. If you need help with the cost of uniform, please speak to the Student Services team in confidence.",
    ),
    ("sig", ["Yours faithfully", "Mr D. Whiteley", "Head of Year 7"]),
]

DOCUMENTS: list[dict] = [
    dict(name="parental advice Mason.docx", kind="parent_views", blocks=PARENT_FORM, sans=True),
    dict(name="our views.txt", kind="parent_views", text=PARENT_LETTER),
    dict(
        name="pupil passport.pdf",
        kind="child_views",
        blocks=PUPIL_PASSPORT,
        sans=True,
        accent="7B1FA2",
    ),
    dict(
        name="my review.eml",
        kind="child_views",
        text=CHILD_EML,
        headers={
            "From": "kacper nowicki <kacper.n2010@example.org>",
            "To": "Mr Reed <d.reed@example.org>",
            "Subject": "my review",
            "Date": "Mon, 09 Feb 2026 21:52:16 +0000",
        },
    ),
    dict(
        name="EHC needs assessments - Calderbrook Local Offer.txt",
        kind="other",
        text=LOCAL_OFFER_PAGE,
    ),
    dict(name="SEND News autumn.pdf", kind="other", blocks=NEWSLETTER),
    dict(name="Year 7 uniform letter.docx", kind="other", blocks=UNIFORM_LETTER),
]
