# ruff: noqa: E501
"""Views and everything else of the sixth kind set: parents' diaries of incidents, a
grandmother's statement as kinship carer, a parent's letter to the panel, a child's
drawing with a few captions, a young person's own views written at 16, a pupil's views
form, and papers about SEND in general (a SENDIASS factsheet, a mediation company's
leaflet, a trust's newsletter) and a private clinic's invoice. All invented."""

from __future__ import annotations

DIARY_TXT = """Kian incident diary (spring term)

Mon 5 Jan - picked up at 1.30, school rang, he'd hidden under the table in the hall and wouldn't come out. Teacher said he kicked the TA.
Wed 7 Jan - fine day!! Came out smiling, had been on the laptop.
Fri 9 Jan - supply teacher. Ran out of class and out of the side gate. Found by Mr Ahmed at the bottom of the field. Nobody rang me til 3pm.
Tues 13 Jan - suspended 1 day (kicking). No meeting offered.
Thurs 22 Jan - he was sick in the car before school, wouldn't go in. Marked as unauthorised.
Mon 2 Feb - back in the hall for lunch because the quiet room is being used for tutoring. Meltdown at 12.40.
"""

DIARY_DOCX = [
    ("title", "Log of incidents - Skye"),
    ("p", "Kept by Tamsin Penhallow (mum)"),
    (
        "table",
        [
            ["Date", "What happened", "Who I told", "What was done"],
            [
                "12/01/2026",
                "Skye came home at 11am, said she had a panic attack in maths and nobody noticed.",
                "Emailed Head of Year",
                "No reply",
            ],
            [
                "19/01/2026",
                "Did not eat lunch all week (her lunchbox came back full every day).",
                "Told CAMHS",
                "Referred to eating disorder team",
            ],
            [
                "27/01/2026",
                "Refused school. Said the girls were filming her in the changing rooms.",
                "Phoned school",
                "Meeting offered 26 March",
            ],
            ["03/02/2026", "ED clinic appointment.", "-", "Letter sent to school"],
        ],
        {"header": True},
    ),
]

KINSHIP_STATEMENT = [
    ("title", "Statement of Margaret Holroyd"),
    (
        "p",
        "I am Maisie's grandmother. Maisie has lived with me under a special guardianship order since October 2025; before that she lived with Joanne Holroyd as her foster carer.",
    ),
    (
        "p",
        "When Maisie first came to me she could not sleep in a room on her own and she woke screaming most nights. She still does not like the dark and will only settle if I sit on the landing.",
    ),
    (
        "p",
        "At school she is called naughty. At home I can see she is frightened. When she gets things wrong she hits herself on the head. She needs the same adult every day, somebody who will not give up on her.",
    ),
    (
        "p",
        'I am 67 and I want to do right by her. I am asking the council to put proper support in her plan, not "access to" things that never happen.',
    ),
    ("p", "I believe the facts in this statement are true."),
    ("sig", ["Margaret Holroyd", "8 April 2026"]),
]

PARENT_LETTER_TXT = """Dear Panel,

I am writing about my son Finn because I do not think the people deciding have ever met him.

Finn is eleven. He cannot follow a conversation with more than two people. He comes home and asks me what the lesson was about because he did not understand a word. He has no friends at school; he plays with his cousin at weekends and that is all.

We have paid for a private speech therapist for a year and she says he needs therapy every week. School have been honest with us that they cannot give him that.

Please give Finn a plan.

Susan Whitaker (mum)
"""

DRAWING = [
    ("title", "Me and my school"),
    (
        "i",
        "[Drawing: a big yellow sun, a house with a red door, a girl with long hair holding a dog's lead, a bus with lots of people and a boy hiding behind a tree]",
    ),
    ("p", '"This is me and Pip."'),
    ("p", '"The bus is too loud."'),
    ("p", "\"That's a boy hiding. He doesn't like assembly.\""),
    (
        "i",
        "Ruby drew this with Mrs Laity (teacher of the deaf) on 11 March 2026 and told her what to write. Ruby wanted the boy in the picture to be her friend from the deaf club.",
    ),
]

YOUNG_PERSON_16 = [
    ("title", "My views"),
    ("p", "by Harvey Tindall, age 16"),
    (
        "p",
        "I want to be a mechanic. I like working with my hands and I'm good at it, I just can't do the writing bits.",
    ),
    (
        "p",
        "At school I hated it because I was always in the bottom set and people called me thick. College is better because the tutors explain it by showing you.",
    ),
    (
        "p",
        "I need help with reading the manuals and with maths for measuring. I don't want someone sitting next to me all the time in front of everyone.",
    ),
    (
        "p",
        "In five years I want to have my own car, live with my girlfriend and have a job in a garage.",
    ),
    ("p", "Written by me on my phone and emailed to Lisa (my tutor) - Harvey"),
]

CHILD_FORM = [
    ("org", "Calderholme Metropolitan Borough Council"),
    ("title", "My views - for my EHC plan review"),
    ("field", "My name", "Kian"),
    ("field", "What I like doing", "lego, trains, allotment with grandad, minecraft"),
    ("field", "What is going well at school", "laptop. Mrs Hirst. the quiet room"),
    ("field", "What is hard", "the hall. when its a supply. writing"),
    ("field", "What would help", "not going in the hall. Mrs Hirst every day"),
    ("i", "Kian filled this in with Mrs Hirst and chose the words himself."),
]

SENDIASS_FACTSHEET = [
    ("org", "SENDIASS North Brackenshore"),
    ("title", "Factsheet 7: What happens at a SEND Tribunal hearing?"),
    (
        "p",
        "This factsheet explains what to expect on the day of a hearing. It is general information and not advice about your child.",
    ),
    ("h", 1, "Who will be there?"),
    (
        "p",
        "A judge, one or two specialist members, you and anyone supporting you, and the local authority's representative and witnesses.",
    ),
    ("h", 1, "How long does it take?"),
    ("p", "Most hearings last one day. Many are held by video."),
    ("h", 1, "Can I bring someone?"),
    ("p", "Yes. You can bring a representative and up to two witnesses without asking."),
    ("small", "SENDIASS North Brackenshore · Harbour House · 01632 960790 · Version 3, 2025"),
]

MEDIATION_LEAFLET = [
    ("org", "Coast & Country Mediation CIC"),
    ("title", "SEND mediation: a guide for families"),
    (
        "p",
        "If you disagree with a decision about an EHC needs assessment or an EHC plan, you must usually contact a mediation adviser before you can appeal to the Tribunal.",
    ),
    (
        "bul",
        [
            "Mediation is free to families and confidential.",
            "It must take place within 30 days of your request.",
            "If you do not want mediation, we will send you a certificate within 3 working days.",
        ],
    ),
    ("p", "Call us on 01632 960788, Monday to Friday 9am to 5pm."),
]

TRUST_NEWSLETTER = """Three Rivers Academy Trust - Family Newsletter, Spring 2026

Welcome back! A huge well done to Moorside Juniors for their Eco-Schools Green Flag.

SEND corner
Our trust SEND lead, Mrs Bowes, is running coffee mornings for parents of children with SEN support or an EHC plan. The next is on 12 March at Hollin Brow. Calderholme SENDIASS will be there to answer questions.

Dates for your diary
- 27 March: last day of term
- 13 April: INSET day
- 14 April: pupils return
"""

INVOICE = [
    ("org", "Northern Psychology Associates"),
    ("small", "3 Wool Exchange Court · Calderholme · 01632 960480 · VAT no. GB 999 9999 01"),
    ("title", "INVOICE 2026-0147"),
    ("p", "To: Mr and Mrs Whitaker\nDate: 24 June 2026"),
    (
        "table",
        [
            ["Description", "Amount"],
            [
                "Independent educational psychology assessment and report, Finn Whitaker",
                "£1,650.00",
            ],
            ["Attendance at tribunal hearing (deposit)", "£400.00"],
            ["Total due", "£2,050.00"],
        ],
        {"header": True},
    ),
    ("p", "Payment within 14 days by bank transfer, please quote the invoice number."),
]

DOCUMENTS: list[dict] = [
    dict(name="diary.txt", kind="parent_views", text=DIARY_TXT),
    dict(name="Log Skye.docx", kind="parent_views", blocks=DIARY_DOCX),
    dict(name="Statement - Margaret Holroyd.docx", kind="parent_views", blocks=KINSHIP_STATEMENT),
    dict(name="letter to panel.txt", kind="parent_views", text=PARENT_LETTER_TXT),
    dict(name="Ruby picture.pdf", kind="child_views", blocks=DRAWING, sans=True, accent="E65100"),
    dict(name="My views Harvey.docx", kind="child_views", blocks=YOUNG_PERSON_16, sans=True),
    dict(
        name="Kian views form.pdf",
        kind="child_views",
        blocks=CHILD_FORM,
        sans=True,
        accent="5B2C6F",
    ),
    dict(
        name="Factsheet 7 hearings.pdf",
        kind="other",
        blocks=SENDIASS_FACTSHEET,
        sans=True,
        accent="00695C",
    ),
    dict(name="Mediation leaflet.docx", kind="other", blocks=MEDIATION_LEAFLET, sans=True),
    dict(name="Newsletter Spring 2026.txt", kind="other", text=TRUST_NEWSLETTER),
    dict(name="Invoice 2026-0147.pdf", kind="other", blocks=INVOICE),
]
