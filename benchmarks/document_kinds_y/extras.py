# ruff: noqa: E501
"""Documents of set Y added after reading /work/shared/design/real-plans.md: a final plan
in the regulation's own headings with a contents list and numbered sections, a draft with
outcomes before needs and provision in fragments marked only in its footer, an OT's advice
pasted into an e-mail with its recommendations in the narrative and as options, and an EP's
report whose recommendations sit in long sentences without a heading. All invented."""

from __future__ import annotations

from document_kinds_y.common import BRENT, BRENT_SMALL, headers

CONTENTS_PLAN = [
    ("org", BRENT),
    ("small", BRENT_SMALL),
    ("title", "Education, Health and Care Plan"),
    (
        "kv",
        [
            ("Name", "Mason Threlfall"),
            ("Date of birth", "19/09/2017"),
            ("Date of this plan", "3 October 2025 (final)"),
            ("Date of last review", "Not applicable - first plan"),
        ],
    ),
    ("b", "Contents"),
    (
        "onum",
        [
            "(A) The views, interests and aspirations of the child and his parents.",
            "(B) The child's special educational needs.",
            "(C) The child's health care needs which relate to his special educational needs.",
            "(D) The child's social care needs which relate to his special educational needs.",
            "(E) The outcomes sought for the child.",
            "(F) The special educational provision required by the child.",
            "(G, H1 and H2) Health and social care provision.",
            "(I) The name and type of the school.",
            "(J) Personal budget.",
            "(K) The advice and information gathered.",
        ],
        "Section ",
    ),
    ("pb",),
    ("b", "About me"),
    ("h", 2, "*Section 1 (A): The views, interests and aspirations of the child and his parents."),
    (
        "p",
        "Mason loves trains, superheroes and his little sister. He wants to be a train driver. His mum and dad want him to stay at his local school with his friends for as long as possible.",
    ),
    ("h", 2, "*Section 2 (B): The child's special educational needs."),
    (
        "p",
        "Mason has Duchenne muscular dystrophy. His mobility is reducing and he uses a wheelchair for longer distances. He tires quickly and his handwriting is slow. He has some difficulty with working memory.",
    ),
    (
        "h",
        2,
        "*Section 3 (C): The child's health care needs which relate to his special educational needs.",
    ),
    (
        "p",
        "Daily steroid medication; cardiac and respiratory monitoring by the neuromuscular service.",
    ),
    ("b", "Provision"),
    ("h", 2, "*Section 5 (E): The outcomes sought for the child."),
    (
        "p",
        "By the end of Year 4, Mason will move safely around the school, using his wheelchair where needed, and take part in every lesson.",
    ),
    ("h", 2, "*Section 6 (F): The special educational provision required by the child."),
    (
        "bul",
        [
            "daily stretches, 20 mins, trained staff, following the physio programme",
            "standing frame 30 mins daily",
            "Adapted PE planned with the physiotherapist.",
            "access to a laptop for extended writing",
        ],
    ),
    ("h", 2, "*Section 8 (I): The name and type of the school."),
    ("p", "Neighbourhood 3 Primary School (mainstream, community)."),
    ("h", 2, "*Section 10 (K): The advice and information gathered."),
    (
        "p",
        "Appendix 1: parents' views. Appendix 2: physiotherapy advice (21/01/2025). Appendix 3: educational psychology advice.",
    ),
    (
        "sig",
        ["Authorised officer: Gbenga Afolabi", "SEN Casework Manager, Brenthaven Borough Council"],
    ),
]

E_BEFORE_B = [
    ("org", BRENT),
    ("title", "EHC Plan: Rory Delaney"),
    ("h", 2, "Section E - Outcomes"),
    (
        "bul",
        [
            "By July 2027 Rory will follow a two-step instruction given to the class.",
            "By the end of Year 7 Rory will take part in a group discussion, taking at least two turns.",
        ],
    ),
    ("h", 2, "Section B - Special educational needs"),
    (
        "p",
        "Rory has a developmental language disorder and a moderate stammer. He finds it hard to understand what is said to him in class and avoids speaking in front of others.",
    ),
    ("h", 2, "Section F - Special educational provision"),
    (
        "bul",
        [
            "language group short and frequent sessions. R will have three 10-minute sessions a week. The emphasis will be on vocabulary for subjects",
            "SALT programme as outlined in the SALT report",
            "opportunities to practise speaking in small groups",
            "3-4 times each week pre-teaching of topic words by TA",
        ],
    ),
    ("h", 2, "Section I - Placement"),
    ("p", "Brenthaven Academy (mainstream secondary) - subject to consultation."),
]

OT_NARRATIVE = """Hi Mr and Mrs Threlfall,

As promised after Tuesday's visit, here is my write-up, which I'll also send to school and to the SEN team for Mason's review.

I watched Mason in literacy and at lunchtime. He was writing for about six minutes before his hand tired and he began to rest his head on the desk, which Mrs Gill says is typical of the afternoons, and his letter formation, which was neat at the start, broke down completely in the last lines. Mason will have a laptop for anything longer than a few sentences, and he will need someone to set it up at the start of each lesson because he cannot lift it from the trolley.

For lunchtime there are two ways forward. Plan A: Mason eats in the classroom with two friends, which avoids the queue and the distance to the hall. Plan B: he goes into the hall ten minutes early with an adult to carry his tray. Mum preferred Plan B so that he isn't singled out.

The OT service will provide a height-adjustable desk and a supportive chair; I have ordered both. I will review his seating each term as he grows.

Best wishes
Kemi Oduya
Paediatric Occupational Therapist, Brenthaven and District NHS Foundation Trust"""

EP_LONG = [
    ("org", "Brenthaven Educational Psychology Service"),
    ("small", "Civic Square, Neighbourhood 1, Brenthaven BH2 4NT | 01632 960748"),
    ("b", "Mason Threlfall - consultation and assessment, 12 June 2025"),
    (
        "p",
        "Mason is a friendly, talkative boy in Year 2 whose parents and teachers describe a decline in his stamina over the last year which, together with the known progression of his muscular condition, means that the adults around him have sometimes interpreted his refusal to start written work as a behavioural choice when it is better understood as fatigue and an accurate sense of how much effort the task will cost him.",
    ),
    (
        "grid",
        [
            ["Test", "Score", "Range"],
            ["WISC-V Verbal Comprehension", "103", "Average"],
            ["WISC-V Working Memory", "80", "Low average"],
            ["WISC-V Processing Speed", "72", "Very low"],
        ],
        (80, 30, 50),
    ),
    (
        "p",
        "Given that Mason's verbal reasoning is firmly within the average range while his working memory and processing speed are significantly weaker, it would be helpful if staff reduced the amount of copying from the board to a minimum, gave him printed notes and, where a written answer is required, accepted a spoken or typed response, so that the demands of the task fall on what he knows rather than on how quickly he can move a pencil.",
    ),
    (
        "p",
        "The school will also want to plan rest breaks of five minutes in every lesson of more than forty minutes, and Mason should have a named adult who checks with him at the start of each afternoon how tired he is, using a simple 1 to 5 scale that he has chosen himself.",
    ),
    ("sig", ["Dr Sunita Varghese", "Senior Educational Psychologist"]),
]

DOCUMENTS: list[dict] = [
    {
        "name": "Mason - Brenthaven paperwork Oct.pdf",
        "kind": "ehcp_final",
        "blocks": CONTENTS_PLAN,
        "footer": "Brenthaven Borough Council - EHC Plan - Mason Threlfall - OFFICIAL-SENSITIVE",
    },
    {
        "name": "Rory plan.docx",
        "kind": "ehcp_draft",
        "blocks": E_BEFORE_B,
        "footer": "Draft v1 for consultation - not the final plan",
        "sans": True,
    },
    {
        "name": "Mason - notes from Tuesday.eml",
        "kind": "ot_report",
        "headers": headers(
            "Kemi Oduya <k.oduya@example.org>",
            "threlfall.home@example.org",
            "Mason - notes from Tuesday",
            "Thu, 6 Nov 2025 17:20:45 +0000",
        ),
        "text": OT_NARRATIVE,
    },
    {"name": "Mason cognitive.docx", "kind": "ep_report", "blocks": EP_LONG},
]
