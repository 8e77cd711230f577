# ruff: noqa: E501
"""Views and everything else in the seventh kind set: a parent's contribution on a
council's form, a father's statement for the tribunal, a mother's notes typed on her
phone; a one-page profile, a pupil voice form with symbols described and a young person's
views at college; a council's Local Offer page saved as a PDF, a school's SEN information
report, a transport policy, a youth justice service's report and a charity's flyer. All
invented."""

from __future__ import annotations

PARENT_FORM = [
    ("org", "Stourmere County Council"),
    ("title", "Parent / carer contribution to the EHC needs assessment"),
    (
        "p",
        "Please tell us about your child in your own words. There are no right or wrong answers.",
    ),
    ("field", "Child's name", "Harry Gotts"),
    ("field", "Your name and relationship to the child", "Lisa Gotts, mum"),
    (
        "field",
        "What do people like and admire about your child?",
        "Harry is funny and he is brilliant with animals. He helps his grandad with the chickens every weekend.",
    ),
    (
        "field",
        "What is important to your child now and in the future?",
        "His dog, his Xbox and his friend Callum. He wants to be a vet or work at the wildlife park.",
    ),
    (
        "field",
        "How does your child's difficulty affect them day to day?",
        "He cannot sit still for homework at all and he cries about his handwriting. Teachers say he is messing about but he can't help it. He has started saying he is thick.",
    ),
    (
        "field",
        "What support has helped and what hasn't?",
        "The TA in maths helped when he had one. Detentions for not finishing work make it worse.",
    ),
    ("field", "Signed / date", "L Gotts 12/01/2026"),
]

DAD_STATEMENT = [
    ("title", "Statement of Marcus Doherty"),
    (
        "p",
        "In the appeal about my son Ryan Doherty (born 4 May 2013) against the London Borough of Haverleigh",
    ),
    (
        "np",
        "1.",
        "I am Ryan's father. Ryan lives with me and my partner Chantelle during the week and with his mum at weekends.",
    ),
    (
        "np",
        "2.",
        "Ryan was permanently excluded from Haverleigh Academy in February 2025 after a year of suspensions. He was out of school for five months before he started at The Meadows.",
    ),
    (
        "np",
        "3.",
        "Since starting at The Meadows Ryan is a different boy. He gets up on time and talks about forest school and his tutor. He has not been in trouble with the police since September.",
    ),
    (
        "np",
        "4.",
        "The council now wants to name Northfold Park Academy. I am very worried that a big mainstream school would put Ryan back where he was, with the same groups of boys.",
    ),
    ("np", "5.", "I believe the facts in this statement are true."),
    ("sig", ["Signed: M. Doherty", "Dated: 2 June 2026"]),
]

PHONE_NOTES = """Things to say at the meeting

- sana still not sleeping, up at 2 and 4 most nights, me and Rahim taking turns
- she ran out of the nursery gate on thursday when a parent left it open!! nobody noticed for a min
- shes only saying "ba" for ball and "mama" now, lost "juice"
- nursery say she is "fine" but she is just sitting by the window all morning
- want her to have someone with her all the time, not shared
- ask about the PECS, nobody has shown us how
- ask about school for september - visit Haverleigh Park special school?
- HV said sleep referral done in Dec - still nothing
"""

ONE_PAGE = [
    ("title", "One-page profile: Ellis"),
    ("p", "[Photo of Ellis holding a mackerel on the quay]"),
    ("b", "What people like and admire about me"),
    (
        "bul",
        ["I am kind to younger children.", "I know loads about tractors.", "I draw good maps."],
    ),
    ("b", "What is important to me"),
    ("bul", ["Grandad and fishing", "My dog Tizzy", "Knowing what is happening next"]),
    ("b", "How best to support me"),
    (
        "bul",
        [
            "Say one thing at a time.",
            "Show me, don't just tell me.",
            "Let me sit near the front away from the door.",
            "Don't make me read out loud in front of everyone.",
        ],
    ),
]

PUPIL_VOICE = [
    ("org", "Saltings Academy"),
    ("title", "My Views - pupil voice for my review"),
    (
        "p",
        "Name: Grace    Class: Puffins    Helped by: Mrs Gooch (TA), using symbols and a talking mat",
    ),
    (
        "table",
        [
            ["Question", "What Grace chose"],
            ["What do I like at school?", "[symbol: swimming] [symbol: music] 'sing'"],
            ["What don't I like?", "[symbol: loud] covered ears with hands"],
            ["Who helps me?", "pointed to photo of Mrs Gooch"],
            ["What do I want to do more?", "[symbol: horse] 'horse'"],
        ],
        {},
    ),
    (
        "p",
        "Grace was smiling and engaged for about 10 minutes. She moved the noisy hall symbol to 'don't like' twice.",
    ),
]

YP_VIEWS = """My views for my annual review - Jack Trelease

What is going well
The farm placement on Thursdays is the best thing. Bill says I'm a good worker and he might give me a Saturday job. I like practical, I got a merit for fencing.

What is not going well
Assignments. I leave them to the last minute because I don't know where to start. The LSA in theory is good but she is not there on Tuesdays.

What I want to happen next
Keep the farm. Get help with my driving theory test because of the reading. Do Level 3 if I pass.

What I want people to know about me
I'm not lazy, I just find reading slow. I don't like being asked to read out.
"""

LOCAL_OFFER = [
    ("org", "Tamarford Family Information Service - Local Offer"),
    (
        "small",
        "https://www.example.org/localoffer/ehcp-what-to-expect  ·  Printed 02/12/2025 20:14",
    ),
    ("title", "Education, Health and Care plans: what to expect"),
    (
        "p",
        "Most children and young people with SEND have their needs met in their local early years setting, school or college through SEN support. Some need an EHC needs assessment.",
    ),
    ("h", 1, "How long does it take?"),
    (
        "p",
        "From the date we receive a request, the whole process must take no more than 20 weeks. We will tell you within 6 weeks whether we will carry out an assessment.",
    ),
    ("h", 1, "Who can help me?"),
    (
        "p",
        "Tamarford SENDIASS gives free, impartial advice: 01632 960199. Parent Carer Forum Tamarford runs coffee mornings each month.",
    ),
    ("p", "Was this page helpful? Yes / No    Page last reviewed: 14 July 2025"),
]

SEN_INFO = """Polwithen Community Primary School
SEN Information Report 2025-26 (published under the Special Educational Needs and Disability Regulations 2014)

Who is our SENCo?
Mrs Jenna Rundle (NPQSENCO). Contact through the school office on 01632 960133.

What kinds of SEN do we provide for?
We are a mainstream school and welcome children with a wide range of needs, including communication and interaction, cognition and learning, social, emotional and mental health, and sensory and physical needs.

How do we identify children who need extra help?
Through termly pupil progress meetings, concerns raised by parents or staff, and screening.

What interventions do we offer?
Read Write Inc. one-to-one tutoring, NELI, Talk Boost, ELSA, Lego therapy, Precision Teaching, handwriting groups, sensory circuits.

How do we involve parents?
Termly meetings to review each child's support plan. Parents of children with EHC plans are invited to an annual review.

Complaints
Please speak to the class teacher first, then the SENCo or headteacher. Our complaints policy is on the website.

This report is reviewed every year by the governing body.
"""

TRANSPORT_POLICY = [
    ("org", "West Carrow Council"),
    ("title", "Post-16 Transport Policy Statement 2026/27"),
    ("p", "Published 31 May 2026 under section 509AA of the Education Act 1996"),
    ("h", 1, "1. Introduction"),
    (
        "p",
        "This statement sets out the transport arrangements and financial help available to learners of sixth form age (16-19, or up to 25 with an EHC plan) to attend education or training.",
    ),
    ("h", 1, "4. Learners with special educational needs and disabilities"),
    (
        "p",
        "Learners with an EHC plan may be eligible for assistance where they cannot reasonably be expected to travel independently. Each application is considered on its individual merits, taking into account the learner's needs and any travel training completed.",
    ),
    ("h", 1, "6. Contribution"),
    (
        "p",
        "A contribution of £420 per year is charged for post-16 transport, reduced to £210 for low-income families.",
    ),
]

YOUTH_JUSTICE = [
    ("org", "Haverleigh Youth Justice Service"),
    ("small", "Confidential - not to be shared without the consent of the YJS"),
    ("title", "Education, training and employment report"),
    (
        "p",
        "Young person: Ryan Doherty   DOB: 04/05/2013   Order: Referral Order, 6 months (from 12/08/2025)   YJS ETE officer: Kelly Brannigan",
    ),
    ("b", "Current education"),
    (
        "p",
        "Ryan attends The Meadows School full time and his attendance is 94.7%. This is the first stable placement he has had since Year 7.",
    ),
    ("b", "Progress on the order"),
    (
        "p",
        "Ryan has attended all his referral order panel meetings and completed his reparation hours at the community garden. There have been no further offences.",
    ),
    ("b", "Risks"),
    (
        "p",
        "Ryan's risk of reoffending is assessed as low while he is in a stable education placement, and medium if that placement broke down.",
    ),
    ("sig", ["Kelly Brannigan", "ETE Officer, Haverleigh YJS", "Date: 10 April 2026"]),
]

CHARITY_FLYER = [
    ("org", "Fen Families Autism Support"),
    ("small", "Registered charity no. 1999999 · 01632 960377 · hello@example.org"),
    ("title", "SPRING FAMILY FUN DAY"),
    ("p", "Saturday 18 April 2026, 10am to 2pm, Hollesby Village Hall"),
    (
        "bul",
        [
            "Sensory room and quiet zone",
            "Bouncy castle (timed sessions, max 6 children)",
            "Coffee and cake for parents",
            "Talk at 11.30: 'Preparing for your child's annual review' with a SENDIASS adviser",
        ],
    ),
    ("p", "Free for members. Please book so we know numbers. Siblings welcome!"),
]

DOCUMENTS: list[dict] = [
    dict(name="Parent contribution Harry.docx", kind="parent_views", blocks=PARENT_FORM),
    dict(name="Statement M Doherty.pdf", kind="parent_views", blocks=DAD_STATEMENT),
    dict(name="Notes.txt", kind="parent_views", text=PHONE_NOTES),
    dict(
        name="Ellis one page profile.pdf",
        kind="child_views",
        blocks=ONE_PAGE,
        sans=True,
        accent="00838F",
    ),
    dict(name="Grace my views.docx", kind="child_views", blocks=PUPIL_VOICE, sans=True),
    dict(name="my views jack.txt", kind="child_views", text=YP_VIEWS),
    dict(
        name="EHCP what to expect.pdf", kind="other", blocks=LOCAL_OFFER, sans=True, accent="1565C0"
    ),
    dict(name="SEN information report.txt", kind="other", text=SEN_INFO),
    dict(
        name="Post 16 transport policy.pdf", kind="other", blocks=TRANSPORT_POLICY, accent="004D40"
    ),
    dict(name="YJS report Ryan.docx", kind="other", blocks=YOUTH_JUSTICE),
    dict(name="fun day.pdf", kind="other", blocks=CHARITY_FLYER, sans=True, accent="AD1457"),
]
