# ruff: noqa: E501
"""Plans of set S: Ashmere's final plan with a coloured band per section and a "golden
thread" outcome table, a final amended plan saved as "draft", a final plan that came by
fax behind a fax cover sheet, a plan pasted from a portal; drafts forwarded in an e-mail
body, watermarked, scanned behind a compliments slip, and proposed amendments after a
review. All invented."""

from __future__ import annotations

from document_kinds_s.common import ASH, ASH_SMALL, SALT, SALT_SMALL, headers

POPPY_FINAL = [
    ("org", ASH),
    ("small", ASH_SMALL),
    ("title", "Education, Health and Care Plan"),
    (
        "kv",
        [
            ("Name", "Poppy Alderholt"),
            ("Date of birth", "14 September 2016"),
            ("Plan reference", "ACC/EHC/31742"),
            ("Date plan issued", "12 May 2026 (final)"),
            ("Date of next review", "by 11 May 2027"),
            ("School named in Section I", "Minstead Cross C of E Primary School"),
        ],
        (45, 125),
    ),
    ("band", "Section A: The views, interests and aspirations of Poppy and her parents"),
    (
        "p",
        "Poppy loves the ponies on the heath and drawing maps of the forest tracks. She says school is 'too loud at lunch'. Her mum and dad want her to read well enough to enjoy books on her own and to have one friend she can rely on.",
    ),
    ("band", "Section B: Special educational needs"),
    ("b", "Communication and interaction"),
    (
        "p",
        "Poppy has a developmental language disorder. She understands short instructions of two key words but loses longer ones, and her spoken sentences leave out grammatical endings.",
    ),
    ("b", "Cognition and learning"),
    (
        "p",
        "Her reading is at an early Year 2 level; phonic blending is insecure for words of more than four sounds.",
    ),
    ("b", "Social, emotional and mental health"),
    (
        "p",
        "Poppy becomes withdrawn in busy spaces and at unstructured times; she may hide under a table when the hall is noisy.",
    ),
    ("band", "Section C: Health needs related to SEN"),
    (
        "p",
        "Glue ear in early childhood, grommets fitted 2020; hearing now within normal limits (audiology, March 2026).",
    ),
    ("band", "Section D: Social care needs related to SEN"),
    ("p", "None identified at this time."),
    ("band", "Section E: Outcomes (golden thread)"),
    (
        "grid",
        [
            ["Ref", "By the end of Key Stage 2 Poppy will...", "Steps this year"],
            [
                "E1",
                "follow a three-part classroom instruction without a visual prompt",
                "two-part instructions with a visual, then without",
            ],
            [
                "E2",
                "read a book at her chronological age level with understanding",
                "blend and segment words of five sounds",
            ],
            [
                "E3",
                "stay in the dining hall for lunch with a chosen friend",
                "15 minutes with an adult nearby",
            ],
        ],
        (15, 90, 65),
    ),
    ("band", "Section F: Special educational provision"),
    (
        "grid",
        [
            ["Links to", "Provision", "Who / how often"],
            [
                "E1",
                "Direct speech and language therapy following a programme set by the therapist",
                "NHS SLT, six sessions of 30 minutes each half term; TA delivers the programme 3 x 20 minutes weekly",
            ],
            [
                "E2",
                "Daily systematic synthetic phonics in a group of no more than four",
                "trained TA, 20 minutes daily",
            ],
            [
                "E3",
                "A quiet base for lunch with a structured social group",
                "TA, 4 lunchtimes a week",
            ],
        ],
        (15, 90, 65),
    ),
    ("band", "Sections G, H1 and H2"),
    ("p", "G: None. H1 and H2: none identified."),
    ("band", "Section I: Placement"),
    ("p", "Minstead Cross C of E Primary School (mainstream)."),
    ("band", "Section J: Personal budget"),
    ("p", "No personal budget has been requested."),
    ("band", "Section K: Advice and information"),
    (
        "bul",
        [
            "Psychological advice, Ashmere Educational Psychology Service, 3 February 2026",
            "Speech and language therapy advice, Ashmere Heath Community Health NHS Trust, 20 January 2026",
            "Educational advice, Minstead Cross C of E Primary School, 14 January 2026",
            "Parental advice, 10 January 2026",
        ],
    ),
    (
        "sig",
        [
            "Signed on behalf of Ashmere County Council",
            "Rhiannon Thwaite, SEN Casework Manager",
            "12 May 2026",
        ],
    ),
]

KIT_AMENDED = [
    ("org", SALT),
    ("small", SALT_SMALL),
    ("title", "EHC PLAN - Kit Marrable"),
    (
        "p",
        "Amended following annual review. Issued as final: 4 March 2026. This plan replaces the plan dated 19 February 2025.",
    ),
    ("h", 1, "Part A - About me"),
    (
        "p",
        "I am Kit, I am 13 and I go to Tollbury Academy. I like sailing dinghies at the club on Saturdays and fixing bikes.",
    ),
    ("h", 1, "Part B - My special educational needs"),
    (
        "p",
        "Kit has a diagnosis of dyspraxia (developmental coordination disorder). Handwriting is slow and effortful: 9 words a minute in a copying task against an age expectation of around 20.",
    ),
    (
        "p",
        "Organisation: Kit forgets equipment and homework deadlines and finds the move between lessons on a large site stressful.",
    ),
    ("h", 1, "Part E - Outcomes"),
    (
        "num",
        [
            "By July 2027 Kit will record his work in all subjects using a laptop at a speed that lets him finish classwork.",
            "By July 2027 Kit will use a planner independently to hand in homework on time.",
        ],
    ),
    ("h", 1, "Part F - Provision"),
    (
        "bul",
        [
            "A school laptop with touch-typing software for use in all lessons and exams",
            "touch-typing practice 3 x 15 minutes each week with a TA",
            "Occupational therapy programme from the Saltings OT service, reviewed termly",
            "a key worker check-in at the start and end of each day",
        ],
    ),
    ("h", 1, "Part I - Placement"),
    ("p", "Tollbury Academy (mainstream secondary)."),
    ("sig", ["Saltings Borough Council", "Inclusion and SEND Service"]),
]

FAXED_FINAL = [
    (
        "p",
        "FROM : SALTINGS BC SEND         FAX NO. : 01632 960541         06 Mar. 2026 10:14AM   P1",
    ),
    (
        "cover",
        [
            "FAX",
            "To: Tollbury Academy - SENCo",
            "From: SEND Casework, Saltings Borough Council",
            "Pages (including this one): 6",
            "Re: Ines Okonkwo-Hale - final EHC plan",
            "Please find the final plan attached. Original to follow in the post.",
            "CONFIDENTIAL: if you have received this fax in error please telephone 01632 960540.",
        ],
    ),
    (
        "p",
        "FROM : SALTINGS BC SEND         FAX NO. : 01632 960541         06 Mar. 2026 10:15AM   P2",
    ),
    ("title", "Education, Health and Care Plan - FINAL"),
    ("p", "Child: Ines Okonkwo-Hale   DOB: 02/11/2011   Plan date: 5 March 2026"),
    ("h", 2, "Section A"),
    (
        "p",
        "Ines wants to be a vet. She enjoys the rescue centre on the marsh road and likes working with one other person, not a group.",
    ),
    ("h", 2, "Section B - Special educational needs"),
    (
        "p",
        "Ines has moderate bilateral sensorineural hearing loss and wears hearing aids. She misses teaching delivered without a radio aid and tires by the afternoon.",
    ),
    ("h", 2, "Section F - Special educational provision"),
    (
        "p",
        "A radio aid used by every teacher in every lesson. Weekly visit of 45 minutes from a qualified teacher of the deaf. Pre-teaching of subject vocabulary, twice weekly for 20 minutes.",
    ),
    ("h", 2, "Section I - Placement"),
    ("p", "Tollbury Academy"),
    ("sig", ["Authorised by: D. Fairweather, Head of SEND"]),
]

PORTAL_TEXT = """EHC Plan  |  Status: Finalised  |  Version 3  |  Last updated 22/04/2026
Child or young person: Jonah Pettifer   DOB 07/06/2010   Ref SBC-EHCP-20719
Saltings Borough Council

A. All about me
Jonah is 15. He likes cooking, especially bread, and wants to work in a bakery. He says people talk too fast.

B. My needs
Cognition and learning: Jonah has a moderate learning difficulty. His working memory score is below the first centile and he needs information broken into single steps.
Communication and interaction: he takes language literally and misreads jokes and sarcasm.

E. My outcomes
By the end of Year 11 Jonah will travel to college on the bus on his own using a picture route card.

F. The help I will get
- travel training by the council's independent travel team, 10 sessions in the summer term
- work experience in a catering setting with a job coach for one day a week in Year 11
- literacy and numeracy in a small group of up to 6, daily, one hour

I. My school or college
Wickham Saltings Community School (to 31 July 2026), then Tollbury College, Foundation Catering (from September 2026)

This plan was issued as a final plan on 22 April 2026. You have the right to appeal to the Tribunal about Sections B, F and I.
"""

DRAFT_EMAIL_BODY = """Hi Mel,

Forwarding what the council sent me yesterday - can you look at Section F before I reply? They want comments in 15 days.

Sam

-----Original Message-----
From: Lorna Brightwell <lorna.brightwell@saltings.example.org>
Sent: 14 April 2026 16:02
To: Sam Pettifer <sam.pettifer@example.org>
Subject: Draft EHC plan - Ruby Pettifer

Dear Mr Pettifer,

Please find below the draft Education, Health and Care plan for Ruby. It has not been finalised. You have 15 days from today to make representations about the content of the draft and to ask for a particular school or college to be named in Section I, which is left blank in this draft.

DRAFT EHC PLAN - RUBY PETTIFER (DOB 30/01/2019)

Section A - Ruby's story so far
Ruby lives with her dad and brother on the edge of Wickham Saltings. She likes crabbing off the sea wall and Lego.

Section B - Special educational needs
Ruby has autism. She needs advance warning of changes and becomes very distressed by hand dryers and the school bell.

Section F - Provision
Access to a quiet space when needed.
Visual timetable.
Support from an adult as required.

Section I - Placement
[to be completed after consultation]

Kind regards,
Lorna Brightwell
EHC Coordinator, Saltings Borough Council
"""

NOAH_DRAFT = [
    ("org", ASH),
    ("small", ASH_SMALL),
    ("title", "Education, Health and Care Plan"),
    ("p", "Noah Fairbrass   born 19 March 2014   Ashmere reference ACC/EHC/32011"),
    ("band", "Section A: Noah and his family"),
    (
        "p",
        "Noah is 12 and in Year 7 at Ringholt School. He is a keen chess player and member of the forest scouts. He would like a job with computers.",
    ),
    ("band", "Section B: Special educational needs"),
    (
        "p",
        "Noah has severe dyslexia; single word reading standard score 71. His written work is far shorter than his spoken ideas.",
    ),
    ("band", "Section F: Special educational provision"),
    (
        "p",
        "Specialist teaching from a dyslexia-trained teacher, two 45-minute sessions a week in a group of no more than three. Reader and scribe or assistive technology in assessments.",
    ),
    ("band", "Section I: Placement"),
    ("p", "[Not named in the draft plan. Please tell us which school you would like.]"),
    (
        "i",
        "Parents have 15 days from the date this was sent to comment and to request a school. The plan will be finalised within the 20-week period.",
    ),
]

SCANNED_DRAFT = [
    ("org", "With compliments"),
    ("p", "Ashmere County Council - SEN Assessment and Planning"),
    (
        "p",
        "Dear Mrs Coyle, here is the paper copy you asked for. Comments to me by 6 May please. Jas",
    ),
    ("pb",),
    ("title", "DRAFT Education, Health and Care Plan"),
    ("p", "Name: Tamsin Coyle   Date of birth: 11 July 2020   Draft issued: 21 April 2026"),
    ("h", 2, "Section A"),
    (
        "p",
        "Tamsin is five and goes to Heathfield Pre-School in Ringholt. She loves bubbles and water play.",
    ),
    ("h", 2, "Section B"),
    (
        "p",
        "Global developmental delay. Tamsin uses around 20 single words and some Makaton signs. She walks with a wide-based gait and falls often.",
    ),
    ("h", 2, "Section F"),
    (
        "p",
        "1:1 support from an experienced teaching assistant for the whole school day. Makaton-trained staff. Physiotherapy programme delivered daily by staff trained by the physiotherapist.",
    ),
    ("h", 2, "Section I"),
    ("p", "To be confirmed following consultation."),
    ("p", "DRAFT - NOT FOR CIRCULATION"),
]

PROPOSED_AMEND = [
    ("org", SALT),
    ("small", SALT_SMALL),
    ("title", "Proposed amendments to EHC plan following annual review"),
    (
        "p",
        "Young person: Daisy Threlfall   Annual review meeting: 3 February 2026   Proposed amendments sent: 17 February 2026",
    ),
    (
        "p",
        "The changes we propose are shown in bold italics in the sections below. Sections not shown are unchanged. Please send your comments within 15 days; we will then issue the amended plan or tell you we have decided not to amend.",
    ),
    ("h", 2, "Section B (proposed)"),
    (
        "p",
        "Daisy has Down syndrome and a moderate learning difficulty. New: Daisy now has anxiety about the move to college and has refused to get on the minibus on several mornings.",
    ),
    ("h", 2, "Section F (proposed)"),
    (
        "p",
        "New: a transition programme with at least six visits to Tollbury College in the summer term, accompanied by her key worker.",
    ),
    ("h", 2, "Section I (proposed)"),
    ("p", "From 1 September 2026: Tollbury College, Pathways to Independence (study programme)."),
]

DOCUMENTS: list[dict] = [
    {
        "name": "Poppy EHCP.pdf",
        "kind": "ehcp_final",
        "blocks": POPPY_FINAL,
        "footer": "Ashmere County Council - EHC Plan - Poppy Alderholt - OFFICIAL SENSITIVE",
        "accent": "2E5E3A",
    },
    {
        "name": "draft - Kit.docx",
        "kind": "ehcp_final",
        "blocks": KIT_AMENDED,
        "header": "Saltings Borough Council - EHC plan",
    },
    {
        "name": "FAX_Saltings_0306.pdf",
        "kind": "ehcp_final",
        "blocks": FAXED_FINAL,
        "ocr": True,
        "running": "FROM : SALTINGS BC SEND   FAX NO. : 01632 960541",
    },
    {"name": "Jonah plan.txt", "kind": "ehcp_final", "text": PORTAL_TEXT},
    {
        "name": "Fw_ thoughts please.eml",
        "kind": "ehcp_draft",
        "text": DRAFT_EMAIL_BODY,
        "headers": headers(
            "Sam Pettifer <sam.pettifer@example.org>",
            "Melanie Oduya <mel.oduya@example.org>",
            "Wed, 15 Apr 2026 07:41:22 +0100",
            "Fw: Draft EHC plan - Ruby Pettifer",
        ),
    },
    {
        "name": "Noah EHCP final.pdf",
        "kind": "ehcp_draft",
        "blocks": NOAH_DRAFT,
        "watermark": "DRAFT",
        "accent": "2E5E3A",
    },
    {"name": "Scan_20260422_0001.pdf", "kind": "ehcp_draft", "blocks": SCANNED_DRAFT, "ocr": True},
    {"name": "Daisy plan Feb 26.docx", "kind": "ehcp_draft", "blocks": PROPOSED_AMEND},
]
