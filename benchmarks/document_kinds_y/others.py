# ruff: noqa: E501
"""Views and other papers of set Y: parents' advice, comments on a draft, a father's
statement, a mother's account of home; children's and a young person's own views; and
others (a DWP award, a council's ferry and transport policy, a school's SEN information
report, a mediation service's leaflet). All invented."""

from __future__ import annotations

from document_kinds_y.common import CARROW, CARROW_SMALL, headers

PARENT_ADVICE = [
    ("org", CARROW),
    ("small", CARROW_SMALL),
    ("title", "Parent and carer advice - EHC needs assessment"),
    (
        "small",
        "This form helps us write Section A of the plan. There are no right or wrong answers.",
    ),
    ("field", "Child's name", "Noah Penhallow"),
    (
        "field",
        "What does your child enjoy? What is he good at?",
        "Boats, the ferry timetable, drawing, our dog. He knows every boat in the harbour by name. He is gentle with little children.",
    ),
    (
        "field",
        "What do you find difficult at home?",
        "Getting to sleep - it can take him till 11pm. Haircuts and the dentist. He can't cope with the ferry when it's busy in summer and we've had to get off before it sailed.",
    ),
    (
        "field",
        "What worries you about school?",
        "He comes home exhausted and has a meltdown most days. He can't read yet and he is starting to say he is stupid.",
    ),
    (
        "field",
        "What would you like for Noah in the future?",
        "To stay on the island, have a job he enjoys, maybe on the boats, and friends.",
    ),
    ("field", "Signed", "Kitto and Jenna Penhallow, 2 October 2025"),
]

DRAFT_COMMENTS = """Dear Ms Moyle,

Thank you for the draft plan for Ellis. Our comments, section by section:

Section A: please use Ellis's own words from his voice note. He did not say he "refuses" school; he said "I can't make my body go in."

Section B: the draft leaves out his slow processing speed and the writing difficulty the neuropsychologist found. It also says nothing about his ADHD medication making him lose weight.

Section F: "access to a key adult" is too vague. We ask for a named key adult every day, small-group teaching in all subjects (no more than 8), and weekly sessions with a trained counsellor.

Section I: we ask for Oakhanger House School to be named. We have visited and they have a place in Year 8 from September.

We would like a meeting before the plan is finalised.

Gemma and Rob Hartigan"""

FATHER_STATEMENT = [
    ("title", "First-tier Tribunal (SEND)  EH801/26/00219"),
    ("b", "Statement of Jory Trewin (father of Piran Trewin)"),
    (
        "np",
        "1.",
        "I am Piran's father. I work as a fisherman out of Westerby and I am away at sea two or three nights a week. I make this statement in support of our appeal against the council's refusal to assess.",
    ),
    (
        "np",
        "2.",
        "Since September Piran has been on a mornings-only timetable. When I am home I collect him at 12. He is usually in a state - red-faced, shouting, or silent and won't look at me.",
    ),
    (
        "np",
        "3.",
        "At home he cannot settle to anything that needs writing. He tore up his homework book in January. He says he is 'the thick one'.",
    ),
    (
        "np",
        "4.",
        "We have done everything the school asked. We have been to the parenting course in Saltinghaven, which means a ferry trip each way. I do not believe SEN support is working.",
    ),
    ("p", "I believe that the facts stated in this statement are true."),
    ("sig", ["Signed: Jory Trewin", "Dated: 15 April 2026"]),
]

HOME_ACCOUNT = """What a normal school day is like at home - Isla-Mae (written by her mum for the tribunal)

6.45 - I wake her and put her hearing aids in because she can't hear the alarm. She is tired before the day starts.
8.10 - She leaves for the bus. The radio aid is in her bag; half the time it comes back not used.
3.45 - She gets home and goes straight to her room. She says her head hurts from listening all day. She lies in the dark with the aids out for an hour.
5.30 - Homework. She doesn't understand what the task was, because she missed the instructions. I email the teachers most weeks.
8.00 - She asks me if she is going to fail her GCSEs.

Weekends she sleeps till lunchtime. She has stopped going to youth club because she can't follow the group conversation.

I want the tribunal to understand that the plan describes her hearing aids but not what it costs her to listen all day.

Chidinma Okonkwo, March 2026"""

PIRAN_VIEWS = [
    ("title", "My views - Piran"),
    (
        "small",
        "Written down by Mrs Nankervis (my TA) with me on 9 February 2026. I chose the faces.",
    ),
    (
        "grid",
        [
            ["Question", "What I said", "Face"],
            ["What do I like at school?", "Forest school and being the register monitor", "happy"],
            ["What is hard?", "Writing. When it's loud. When Mr T shouts at the class.", "sad"],
            ["Who helps me?", "Mrs Nankervis. Dan at Harbour Centre.", "happy"],
            [
                "What would make school better?",
                "Not writing so much. Going outside more. Ear muffs in assembly.",
                "ok",
            ],
            ["What do I want to be?", "A fisherman like my dad, or a vet", "happy"],
        ],
        (55, 90, 25),
    ),
    ("p", "Piran signed his name and drew a boat."),
]

LETTER_TO_JUDGE = """Dear Judge,

My name is Isla-Mae and I am 13. I am deaf and I wear hearing aids.

I want to tell you what school is like for me. When the teacher forgets to wear the radio aid I can't hear anything and I just copy my friend. I don't like asking because everyone looks at me.

My speech therapist used to see me every week in primary school. Now I only have a sheet that my TA does with me when she remembers. I want a real speech therapist who knows about deaf people.

I am good at drama and netball and I want to be a paramedic.

Please can you make my plan say what I really need.

From Isla-Mae Okonkwo"""

AARON_VIEWS = """MY VIEWS - for my EHC plan appeal
by Aaron Fielding, age 19

I have been at Marlbridge College since I was 16. I am now doing an apprenticeship in grounds maintenance. I go to college every Wednesday for my English and my course.

The council say I have a job so I don't need my plan. But my apprenticeship is training. I still can't read the safety sheets on my own and my learning support assistant at college goes through them with me.

If my plan stops I will lose my support at college and I think I will fail the course.

What I want: to finish my apprenticeship and get my Level 2, then get a full-time job at the park.

Aaron Fielding
"""

DWP = [
    ("org", "Department for Work and Pensions"),
    (
        "small",
        "Disability Living Allowance for children | Disability Benefit Centre 9, Freepost DWP DLA Children | Telephone 01632 960900",
    ),
    ("p", "Mr K Penhallow\nQuay Cottage, 4 Harbour Row\nWesterby CW4 7RA"),
    (
        "kv",
        [
            ("Date", "18 November 2025"),
            ("Child's name", "Noah Penhallow"),
            ("Reference", "DLA/C/ZX 12 34 56 A"),
        ],
        (45, 125),
    ),
    ("title", "We have made a decision about your claim for Disability Living Allowance"),
    (
        "p",
        "We have decided that Noah is entitled to Disability Living Allowance from 2 September 2025.",
    ),
    (
        "grid",
        [
            ["Component", "Rate", "Weekly amount"],
            ["Care component", "Middle rate", "£73.90"],
            ["Mobility component", "Lower rate", "£29.20"],
        ],
        (60, 50, 50),
    ),
    ("p", "This award is until 1 September 2028. We will contact you before then."),
    (
        "p",
        "If you think our decision is wrong, you can ask us to look at it again. This is called a mandatory reconsideration. You must ask within one month of the date of this letter.",
    ),
    ("small", "DLA404 Decision notice"),
]

TRANSPORT_POLICY = [
    ("org", CARROW),
    ("title", "Home to School Travel and Ferry Assistance Policy 2026/27 - extract"),
    ("h", 2, "5. Children with special educational needs and disabilities"),
    (
        "np",
        "5.1",
        "The council will consider travel assistance for children with an EHC plan who attend the nearest suitable school, where they cannot reasonably be expected to walk because of their special educational needs or disability.",
    ),
    (
        "np",
        "5.2",
        "Pupils on Westerby and Gweek Islet who attend a school in Saltinghaven are entitled to a free ferry pass. An escort pass may be issued where a pupil cannot travel safely alone.",
    ),
    ("np", "5.3", "Applications must be made on form TA2 by 31 May for the following September."),
    (
        "np",
        "5.4",
        "Appeals against a refusal of travel assistance are heard by the council's Travel Appeals Panel (stage 2) within 40 working days.",
    ),
    ("small", "Policy approved by Cabinet 11 February 2026. Version 4.1."),
]

SEN_INFO = [
    ("org", "Coldstone Church of England Academy"),
    ("small", "A member of the Vale Limestone Academies Trust | Company no. 0912xxxx"),
    ("title", "SEN Information Report 2025-26"),
    ("h", 2, "Who is our SENCo?"),
    (
        "p",
        "Mr Tom Kent (National Award for SEN Coordination). senco.coldstone@example.org, 01632 960820.",
    ),
    ("h", 2, "How do we identify pupils with SEND?"),
    (
        "p",
        "We use Key Stage 2 results, reading tests on entry, information from primary schools and parents, and teacher referrals. We follow the graduated approach: assess, plan, do, review.",
    ),
    ("h", 2, "What support do we offer?"),
    (
        "bul",
        [
            "Literacy and numeracy catch-up groups.",
            "The Hive: a nurture base open at break and lunch.",
            "ELSA sessions.",
            "Access arrangements for exams.",
        ],
    ),
    ("h", 2, "How many pupils have SEND?"),
    ("p", "SEN support: 142 pupils (13%). EHC plans: 31 pupils (2.8%)."),
    (
        "p",
        "Our full SEND policy and accessibility plan are on our website. This report is reviewed each September by the governing board.",
    ),
]

LEAFLET = """TIDEWATER MEDIATION - SEND mediation: your questions answered

What is mediation?
Mediation is a meeting, led by an independent mediator, between you and the council to try to sort out a disagreement about an EHC needs assessment or plan.

Do I have to go to mediation?
No. But if you want to appeal to the SEND Tribunal, you must first contact a mediation adviser, unless your appeal is only about the school named in the plan. After you talk to us, we will send you a certificate within 3 working days - you need it to appeal.

Does it cost anything?
No. The council pays. If you live on Westerby or Gweek, we can hold the meeting on your island or by video.

How long does it take?
The meeting must take place within 30 days of you telling us you want to mediate.

Phone 01632 960760   hello@example.org   Net Loft Yard, Saltinghaven CW1 3AB"""

DOCUMENTS: list[dict] = [
    {"name": "Noah Section A.docx", "kind": "parent_views", "blocks": PARENT_ADVICE},
    {
        "name": "Re_ Ellis draft plan.eml",
        "kind": "parent_views",
        "headers": headers(
            "Gemma Hartigan <gemma.hartigan@example.org>",
            "Philippa Moyle <ehc.coordination@example.org>",
            "Re: Ellis Hartigan - draft EHC plan",
            "Wed, 11 Mar 2026 22:47:31 +0000",
            cc="rob.hartigan@example.org",
        ),
        "text": DRAFT_COMMENTS,
        "qp": True,
    },
    {"name": "Trewin witness statement.pdf", "kind": "parent_views", "blocks": FATHER_STATEMENT},
    {"name": "Isla-Mae - what home is like.txt", "kind": "parent_views", "text": HOME_ACCOUNT},
    {"name": "Piran my views.pdf", "kind": "child_views", "blocks": PIRAN_VIEWS, "sans": True},
    {"name": "letter to judge.txt", "kind": "child_views", "text": LETTER_TO_JUDGE},
    {"name": "IMG_6634.pdf", "kind": "child_views", "text": AARON_VIEWS, "ocr": 0.08},
    {"name": "Noah decision.pdf", "kind": "other", "blocks": DWP, "sans": True},
    {"name": "Carrow transport.pdf", "kind": "other", "blocks": TRANSPORT_POLICY},
    {"name": "Coldstone SEN report.docx", "kind": "other", "blocks": SEN_INFO},
    {"name": "mediation.txt", "kind": "other", "text": LEAFLET},
]
