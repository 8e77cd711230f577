# ruff: noqa: E501
"""Three more documents of set X, added after the first complete version: an amended
final plan whose first page is the council's covering letter, a therapist's report
forwarded by a SENCo in an e-mail body, and a mediation certificate on the health part
of an appeal with a cover page. All invented."""

from __future__ import annotations

from document_kinds_x.common import ROSS, ROSS_SMALL, headers

COVERED_FINAL = [
    ("org", ROSS),
    ("small", ROSS_SMALL),
    ("p", "Mrs A. Sesay\n5 Tenter Street\nHaslow RV4 3QL"),
    ("p", "Date: 4 December 2026    Ref: DO/SEN/5120"),
    ("p", "Dear Mrs Sesay"),
    ("b", "Ibrahim Sesay - amended Education, Health and Care Plan"),
    (
        "p",
        "Following Ibrahim's early review on 12 November 2026 and your comments on the proposed amendments, I enclose Ibrahim's amended EHC plan, which is now final. We have agreed all the amendments except the request for weekly stammering therapy; the plan provides 6 sessions a term as the NHS service advised. You can appeal to the First-tier Tribunal (SEND) about Sections B, F and I within two months of this letter, after contacting Pennine Edge Mediation Partnership on 01632 960377.",
    ),
    ("sig", ["Yours sincerely", "", "D. Ormerod", "SEN Officer"]),
    ("pb",),
    ("title", "Education, Health and Care Plan (amended) - FINAL"),
    (
        "p",
        "Ibrahim Sesay    Date of birth 14/11/2012    Haslow High School, Year 9    Date of this plan: 4 December 2026 (amends the plan transferred from the Isle of Wendle Council)",
    ),
    ("h", 2, "Section A - Views, interests and aspirations"),
    (
        "p",
        "Ibrahim wants to be a sound engineer. He mixed the music for the school show. He wants every teacher to know about his stammer before the first lesson.",
    ),
    ("h", 2, "Section B - Special educational needs"),
    (
        "p",
        "Communication and interaction: Ibrahim has a persistent developmental stammer (severe, SSI-4). He avoids speaking in lessons and reads aloud only to his therapist. Social, emotional and mental health: Ibrahim has obsessive-compulsive disorder. Checking rituals and anxiety have led to lateness and 11 days' absence this term.",
    ),
    ("h", 2, "Section E - Outcomes"),
    (
        "p",
        "By July 2027 Ibrahim will take part in a paired speaking task in English once a fortnight.",
    ),
    ("h", 2, "Section F - Special educational provision"),
    (
        "bul",
        [
            "Speech and language therapy from the NHS stammering clinic: 6 sessions a term in school time, and a programme for his form tutor to follow once a week for 10 minutes.",
            "A daily check-in with his named key worker at registration (10 minutes).",
            "A one-page profile about his stammer shared with every teacher at the start of each term.",
            "A time-out card and an agreed exit to the learning support base.",
        ],
    ),
    ("h", 2, "Section I - Placement"),
    ("p", "Haslow High School (mainstream academy)"),
    ("h", 2, "Section K - Advice and information"),
    (
        "p",
        "Early review record, 12 November 2026; stammering clinic report, February 2026; CAMHS report, January 2026; Ibrahim's views.",
    ),
]

SLT_FWD = (
    "Dear Mrs Ashworth,\n\n"
    "Ms Nuttall sent me her termly update and asked me to pass it on to you. I've pasted it below. See you at the review.\n\n"
    "Denise Holt\nSENCo, Weirbottom Community Primary School\n\n"
    "From: Nuttall Joanne (PENDLEMOOR CHILDREN'S AND FAMILIES NHS FOUNDATION TRUST) <joanne.nuttall@example.org>\n"
    "Sent: 06 November 2026 16:44\n"
    "To: Holt, Denise <senco.weirbottom@example.org>\n"
    "Subject: Ruby Ashworth - SLT termly update (autumn 1)\n\n"
    "Ruby Ashworth (DOB 30/06/2019) - Speech and Language Therapy update, autumn half term 1\n\n"
    "Sessions: 7 of 7 weekly sessions attended (45 minutes, individual).\n\n"
    "Understanding: Ruby now follows two-part instructions with a visual in 9 of 10 trials, and without a visual in 5 of 10. On the TROG-2 her score has moved from the 1st to the 5th percentile.\n\n"
    "Talking: Ruby is using 'because' in Colourful Semantics with the orange card. She retold 'The Three Little Pigs' in order using picture prompts.\n\n"
    "Targets for autumn 2:\n"
    "1. Follow two-part instructions without a visual in 8 of 10 trials.\n"
    "2. Answer 'why' questions about a short story with a 'because' sentence.\n"
    "3. Learn 10 PE words with pictures (pre-taught in the base before each PE lesson).\n\n"
    "Recommendation: weekly direct therapy should continue for the rest of this school year; I will give my advice for the annual review in writing.\n\n"
    "Joanne Nuttall\nSpecialist Speech and Language Therapist\n"
)

HEALTH_CERT = [
    (
        "cover",
        [
            "Harbourside SEND Mediation",
            "Mediation certificate - health",
            "Tegan Marsh-Oyelaran",
            "Please keep this with your appeal papers",
        ],
    ),
    ("org", "Harbourside SEND Mediation"),
    ("small", "The Sail Loft, 9 Harbour Steps, Saltney Quay WN1 2BE - 01632 960381"),
    ("title", "Mediation Certificate (health care provision)"),
    (
        "p",
        "Issued under section 55 of the Children and Families Act 2014 and regulation 39 of the Special Educational Needs and Disability Regulations 2014",
    ),
    (
        "kv",
        [
            ("Parent", "Gemma Marsh"),
            ("Child", "Tegan Marsh-Oyelaran, date of birth 19/08/2017"),
            (
                "Parties",
                "Isle of Wendle Council and Isle of Wendle Healthcare NHS Trust (as commissioner of health provision)",
            ),
            (
                "Matter",
                "Health care provision in Section G of the EHC plan finalised on 3 June 2026 (physiotherapy and occupational therapy)",
            ),
            ("Date of mediation", "3 July 2026, Harbourside SEND Mediation, Saltney Quay"),
            (
                "Outcome",
                "Mediation took place. The Trust agreed to a termly occupational therapy review. No agreement was reached on physiotherapy.",
            ),
        ],
    ),
    (
        "p",
        "This certificate confirms that mediation on health care provision has taken place. It may be sent with an appeal to the First-tier Tribunal (SEND) which asks for recommendations on health care provision.",
    ),
    ("sig", ["Carys Ellery-Jones, Mediator", "Date of issue: 6 July 2026"]),
]

DOCUMENTS: list[dict] = [
    {"name": "council letter 4 Dec.pdf", "kind": "ehcp_final", "blocks": COVERED_FINAL},
    {
        "name": "FW_ Ruby Ashworth - SLT termly update (autumn 1).eml",
        "kind": "salt_report",
        "text": SLT_FWD,
        "headers": headers(
            "Holt, Denise <senco.weirbottom@example.org>",
            "kelly.ashworth@example.org",
            "FW: Ruby Ashworth - SLT termly update (autumn 1)",
            "Mon, 9 Nov 2026 08:05:12 +0000",
        ),
    },
    {"name": "Harbourside health.docx", "kind": "mediation_certificate", "blocks": HEALTH_CERT},
]
