# ruff: noqa: E501
"""Views and everything else of the eighth kind set: a north-east council's parental
advice form, a service family's letter to the tribunal, a father's notes typed on his phone;
a young person's views written in a secure children's home, a grammar school pupil's "about
me" page and a child's views taken down by a Tourette's nurse; a tribunal bundle's index, a
youth justice service's pre-sentence education summary, a swimming coach's letter, a social
prescribing link worker's letter, a grammar school's SEND policy and a Midlands council's
leaflet about EHC plans. All invented."""

from __future__ import annotations

# Parent views --------------------------------------------------------------------

PARENT_FORM = [
    ("org", "Northbank Borough Council"),
    ("title", "Parent / Carer Advice (Section A contribution)"),
    ("p", "Please tell us about your child. You can write as much or as little as you like."),
    ("field", "Child's name", "Finley Robson"),
    (
        "field",
        "What does your child enjoy? What are they good at?",
        "Finley loves Minecraft, his dog and going fishing with his dad. He is kind and funny and very good at building things.",
    ),
    (
        "field",
        "What worries you?",
        "Since his illness he forgets things all the time and he is exhausted by dinner time. He comes home and sleeps. He has lost friends because he cannot keep up.",
    ),
    (
        "field",
        "What would you like to happen?",
        "We want him to have someone with him in lessons and shorter days until he gets his strength back.",
    ),
    ("field", "Completed by", "Lisa Robson (mum), 12/01/2026"),
]

SERVICE_PARENT_LETTER = [
    ("p", "4 Garrison Close\nTidbury"),
    ("p", "3 August 2026"),
    ("p", "To the Tribunal"),
    ("b", "Our views - appeal for Poppy Hewitt"),
    (
        "p",
        "We are Poppy's parents. My husband is a serving soldier and we have moved four times since Poppy started school. Each time, her speech therapy has stopped and started again from scratch, and each time she has gone backwards.",
    ),
    (
        "p",
        "Poppy tries so hard. She tells me she feels 'stupid' when she doesn't understand the teacher. We are asking for weekly therapy from a real therapist, written into her plan so that it goes with her wherever we are posted.",
    ),
    ("sig", ["Claire and Gary Hewitt"]),
]

PHONE_NOTES = """for the meeting thurs
- sam says he doesnt want to leave college but thinks he has to
- farm placement going great, boss (Tom) says hes a natural with the ewes
- still cant read the feed labels, uses phone
- what happens to his plan if he goes to the apprenticeship??
- ask about travel - the bus only runs twice a day
- dont let them rush him
"""

# Child views ---------------------------------------------------------------------

SECURE_VIEWS = [
    ("title", "My views"),
    ("p", "Callum Reay - written with my key worker, February 2026"),
    (
        "p",
        "What's going well: I like the garden and growing stuff. My reading is better. Mr Fenwick doesn't shout.",
    ),
    (
        "p",
        "What's hard: When they change staff and nobody tells me. Maths. Being locked in at night.",
    ),
    (
        "p",
        "What I want when I get out: to go to a college and do landscaping or bricklaying. Not a big school. I want someone I know to be there on the first day.",
    ),
]

ABOUT_ME = [
    ("title", "All about me"),
    ("p", "by Evie, Year 7"),
    (
        "bul",
        [
            "I am good at: reading, cello, remembering facts about space.",
            "I find hard: the dining hall (too loud), when the timetable changes, PE changing rooms.",
            "People can help me by: telling me about changes before they happen, letting me go early.",
            "My dream: to be an astrophysicist.",
        ],
    ),
    ("p", "I don't want people to know I get upset. I keep it in at school."),
]

CHILD_WORDS = """What Jayden told me (recorded by Carol Heslop, Tic Disorders Nurse, in his words)

"My tics are like a sneeze. I can hold them a bit but then they come out worse."
"I hate when people copy me at dinner time."
"I like it when Miss lets me go to the library to get a book, then I can let them out."
"I want to do my tests in a room on my own."

Jayden read this back and agreed it could be shared with his school and the council.
"""

# Other ---------------------------------------------------------------------------

BUNDLE_INDEX = [
    ("org", "First-tier Tribunal (Special Educational Needs and Disability)"),
    ("p", "Appeal EH880/26/00417 - Robson v Northbank Borough Council"),
    ("title", "HEARING BUNDLE - INDEX"),
    (
        "p",
        "Prepared by the Local Authority in accordance with the Case Management Order of 12 August 2026",
    ),
    (
        "table",
        [
            ["Section", "Document", "Date", "Pages"],
            ["A", "Appeal form (SEND35) and mediation certificate", "10/06/2026", "A1-A14"],
            ["A", "Local authority decision letter", "14/04/2026", "A15-A16"],
            ["B", "Local authority response", "10/07/2026", "B1-B9"],
            ["C", "Case management order", "12/08/2026", "C1-C3"],
            ["D", "Parent's evidence: expert report of Dr C Bell", "07/08/2026", "D1-D24"],
            ["E", "Local authority's evidence: advice from the assessment", "various", "E1-E61"],
        ],
        {"header": True, "widths": [0.1, 0.5, 0.2, 0.2]},
    ),
    ("p", "Total pages: 123"),
]

YJS_REPORT = """NORTHBANK YOUTH JUSTICE SERVICE
Education, Training and Employment summary - for panel

Young person: Callum Reay   Order: Referral order   Case manager: Steve Pattinson

ETE status: in education at Hollin Bank Secure Children's Home (welfare placement).
Previous ETE: permanently excluded Year 9; Brook Lane PRU, poor attendance.
SEN: has an EHC plan (Northbank BC). SLT screening completed by YJS SLT.
Risks to ETE: placement breakdown on release; peer associations.
Actions for the intervention plan: ETE worker to attend transition meetings; visual version of plan.
"""

COACH_LETTER = [
    ("org", "Riverside Amateur Swimming Club"),
    ("small", "Affiliated to Swim England · Riverside Leisure Centre · Greyburn"),
    ("p", "10 March 2026"),
    ("p", "To whom it may concern"),
    (
        "p",
        "I have coached Lewis Armstrong in our development squad for three years. Lewis is one of our hardest workers and has just achieved his first county qualifying time in backstroke.",
    ),
    (
        "p",
        "He does struggle with spoken instructions when the pool is noisy, so we write every set on a whiteboard at the end of his lane, and since then he rarely gets it wrong.",
    ),
    (
        "p",
        "I'm not a teacher, but I hope this is useful. Please contact me through the club if you need more.",
    ),
    ("sig", ["Gary Elliott", "Head Coach, Level 3"]),
]

SOCIAL_PRESCRIBING = """Millbrook Primary Care Network - Social Prescribing Service

To whom it may concern

Re: Sam Tweddle, Low Garth Cottage, Melmerby Fell

I am a social prescribing link worker and have been supporting Sam since his GP referred him in October for low mood and isolation. Sam now attends a Young Farmers club and a weekly men's shed group, which I arranged.

Sam has told me he would like to stay at college and go on to an apprenticeship. I am not a clinician and this letter only describes what I have seen in our sessions.

Becky Armstrong
Social Prescribing Link Worker
"""

SEND_POLICY = [
    ("org", "Heathfield Grammar School"),
    ("title", "Special Educational Needs and Disabilities Policy"),
    ("p", "Approved by the Governing Body: September 2025. Review date: September 2026."),
    ("h", 2, "1. Aims"),
    (
        "p",
        "Heathfield Grammar School is committed to ensuring that every pupil, including those with SEND, can make the most of the opportunities of a selective education.",
    ),
    ("h", 2, "2. Roles and responsibilities"),
    ("p", "The SENCo is Mrs J Forster, Head of Learning Support. The SEN governor is Mr A Hall."),
    ("h", 2, "3. Identifying special educational needs"),
    (
        "p",
        "We follow the graduated approach of assess, plan, do and review set out in the SEND Code of Practice 2015.",
    ),
]

LEAFLET = [
    ("org", "Shireoaks County Council"),
    ("band", "Education, Health and Care Plans: a guide for families"),
    (
        "p",
        "An EHC plan is a legal document for children and young people aged 0 to 25 who need more support than their school or college can usually give.",
    ),
    ("h", 2, "How long does it take?"),
    ("p", "From the date we receive a request, the whole process must take no more than 20 weeks."),
    ("h", 2, "Where can I get help?"),
    ("p", "Shireoaks SENDIASS gives free, impartial advice: 01632 960300."),
    ("p", "Leaflet SCC/SEND/07 - version 4 - January 2026"),
]

DOCUMENTS: list[dict] = [
    dict(name="Parent advice Finley.docx", kind="parent_views", blocks=PARENT_FORM, sans=True),
    dict(name="Our views for tribunal.pdf", kind="parent_views", blocks=SERVICE_PARENT_LETTER),
    dict(name="Note 2026-05-06.txt", kind="parent_views", text=PHONE_NOTES),
    dict(name="Callum my views.docx", kind="child_views", blocks=SECURE_VIEWS),
    dict(
        name="All about me Evie.pdf",
        kind="child_views",
        blocks=ABOUT_ME,
        sans=True,
        accent="AD1457",
    ),
    dict(name="Jaydens words.txt", kind="child_views", text=CHILD_WORDS),
    dict(name="Bundle index EH880.pdf", kind="other", blocks=BUNDLE_INDEX, accent="333333"),
    dict(name="ETE summary.docx", kind="other", text=YJS_REPORT),
    dict(name="Swimming club letter.pdf", kind="other", blocks=COACH_LETTER, accent="0277BD"),
    dict(name="Link worker letter.txt", kind="other", text=SOCIAL_PRESCRIBING),
    dict(name="SEND policy 2025.pdf", kind="other", blocks=SEND_POLICY, accent="1A237E"),
    dict(name="What is an EHCP.pdf", kind="other", blocks=LEAFLET, sans=True, accent="C62828"),
]
