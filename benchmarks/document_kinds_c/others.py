# ruff: noqa: E501
"""The family's own papers and the rest of the folder in the third kind set: a parent's
views written for a council's form and a parent's notes for the tribunal, two children's
views, and papers that are none of the named kinds (a council's transport policy extract,
a SENDIASS factsheet, a school trip letter). All invented."""

from __future__ import annotations

PARENT_FORM = [
    ("org", "Royal Borough of Kennington Vale"),
    ("title", "Parent and carer contribution (Section A) - EHC needs assessment"),
    ("field", "Your child's name", "Niamh O'Driscoll"),
    (
        "field",
        "What do people like and admire about your child?",
        "Niamh is cheerful, sociable and never gives up. She sings all the time.",
    ),
    (
        "field",
        "What is important to your child now and in the future?",
        "Her friends, Brownies, her little brother Cian. She wants to be a vet.",
    ),
    (
        "field",
        "What are your worries?",
        "That she misses what the teacher says and nobody notices. She comes home exhausted from listening all day.",
    ),
    (
        "field",
        "What support do you think your child needs?",
        "A teacher of the deaf who visits often, a radio aid that works, and staff who check she has understood.",
    ),
    ("field", "Completed by", "Siobhan O'Driscoll (mother), 20 May 2025"),
]

PARENT_NOTES = """My views - for the tribunal (Joanna Thackeray, Imogen's mum)

Imogen stopped going to school in February 2025. Before that she was being sick every morning and hiding in the toilets at lunch. She is not being difficult. She is frightened.

What I want the panel to know:
- She has done everything CAMHS asked. The CBT helped at home but not with school.
- The council's plan says "access to tuition" but does not say how many hours, or who. In the autumn she had 3 hours a week.
- She wants to do her GCSEs. She is doing computer science on her own from YouTube.
- Section I is blank. I am asking for education otherwise than in school, written properly in Section F, with 15 hours a week and a named mentor.

I'm happy to answer questions at the hearing, but I may need a break.
"""

CHILD_PROFILE = [
    ("title", "All about me - Owen"),
    ("p", "I am 7. I live with Mam and Dad and my grandad has a farm with a tractor."),
    ("b", "Things I like"),
    ("bul", ["Trains (class 37 is the best)", "Minecraft", "My ear defenders"]),
    ("b", "Things I don't like"),
    ("bul", ["The dinner hall", "When the fire bell goes", "Scratchy jumpers"]),
    ("b", "How to help me"),
    (
        "bul",
        [
            "Tell me what is next",
            "Let me go to the quiet room",
            "Don't talk to me when I am cross. Wait.",
        ],
    ),
]

CHILD_WORDS = """my views by Kwame

i like football and drums and my mates. school is long. i get told off for stuff i didnt do or i did it cos i couldnt sit anymore.
when i get excluded i just sit at home and play fifa and get behind.
i want a teacher who gets it and lets me move. i want to do PE GCSE.
i dont want to go to a school where i dont know anyone but i would if it was small.
"""

TRANSPORT_POLICY = [
    ("org", "Ashvale Metropolitan Borough Council"),
    ("title", "Home to School Travel Assistance Policy 2025/26 (extract)"),
    ("h", 3, "4. Children with special educational needs, a disability or mobility problems"),
    (
        "p",
        "4.1 Eligibility is assessed individually. A child with an EHC plan is not automatically entitled to travel assistance; the council considers whether the child could reasonably be expected to walk to school accompanied as necessary.",
    ),
    (
        "p",
        "4.2 Forms of assistance include independent travel training, a personal travel budget, a bus pass, or a place on a shared vehicle.",
    ),
    (
        "p",
        "4.3 Applications are made online. Appeals follow the two-stage review process in section 9.",
    ),
]

SENDIASS_FACTSHEET = """Marches SENDIASS - Factsheet 7
What happens at an annual review?

An EHC plan must be reviewed at least every 12 months. The school or setting usually arranges the meeting and must give you at least two weeks' notice and send the paperwork two weeks before.

After the meeting the school sends a report to the council within two weeks. The council then has four weeks to tell you whether it will keep the plan as it is, amend it, or stop it.

If you need help, call us on 01632 960485 or e-mail sendiass@example.org. Our service is free, confidential and impartial.
"""

TRIP_LETTER = [
    ("org", "Clun Valley Church in Wales Primary School"),
    ("p", "Dear Parents and Carers of Year 2,"),
    ("b", "Class trip to the Heart of Wales railway - Friday 13 June"),
    (
        "p",
        "We will travel by coach, leaving at 9.15 and returning by 3.00. Please send your child with a packed lunch and a waterproof coat. The cost is £6.50, payable on ParentPay by 6 June. If your child needs any extra support on the day, please speak to the class teacher.",
    ),
    ("p", "Mrs B. Jenkins, Headteacher"),
]

DOCUMENTS: list[dict] = [
    dict(name="Niamh section A.docx", kind="parent_views", blocks=PARENT_FORM, sans=True),
    dict(name="what I want to say.txt", kind="parent_views", text=PARENT_NOTES),
    dict(
        name="Owen one page profile.pdf",
        kind="child_views",
        blocks=CHILD_PROFILE,
        sans=True,
        accent="2E7D32",
    ),
    dict(name="Document1.txt", kind="child_views", text=CHILD_WORDS),
    dict(name="transport policy.pdf", kind="other", blocks=TRANSPORT_POLICY),
    dict(name="annual review factsheet.txt", kind="other", text=SENDIASS_FACTSHEET),
    dict(name="trip letter.docx", kind="other", blocks=TRIP_LETTER),
]
