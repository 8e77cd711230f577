# ruff: noqa: E501
"""Plans of set R, final and draft: a Cheshire salt-plain borough whose plans open with a
version-control table, a New Forest heathland council whose plans set each section as a
lettered table, an island council whose plans arrive by fax and in subject access
disclosures, a plan forwarded in an e-mail's body and drafts pasted, photographed and
misnamed. All invented."""

from __future__ import annotations

from document_kinds_r.common import (
    CARROW,
    CARROW_SMALL,
    HEATH,
    HEATH_SMALL,
    SALT,
    SALT_SMALL,
    headers,
)


def plan_text(title: str, intro: str, sections: list[tuple[str, str, str]], end: str) -> str:
    out = [title, intro, ""]
    for letter, heading, body in sections:
        out.append(f"Section {letter}: {heading}")
        out.append(body)
        out.append("")
    out.append(end)
    return "\n".join(out)


def version_table(rows: list[list[str]]) -> tuple:
    return ("grid", [["Version", "Date", "Status", "Changed by"], *rows], [1.2, 1.4, 2.6, 2.0])


# --- Salterbrook: version table on page one ---------------------------------------------

ELLIS_SECTIONS = [
    (
        "A",
        "The views, interests and aspirations of Ellis and his parents",
        'Ellis is nine and lives in Saltwich with his mum, Gemma, his dad, Rob, and his sister Lily. Ellis loves trains, especially the old salt line, and he likes to draw maps. Ellis says: "I want people to tell me what is happening next." His parents want Ellis to stay at a mainstream school with his friends and to feel calm enough to learn.',
    ),
    (
        "B",
        "Special educational needs",
        "Communication and interaction: Ellis has a diagnosis of autism (Dane Valley Community Health, 2024). He takes language literally and finds it hard to follow instructions given to the whole class. Social, emotional and mental health: Ellis becomes very anxious at transitions, in assembly and at lunchtime, and may leave the room. Sensory: Ellis is over-sensitive to noise and to the smell of the dining hall.",
    ),
    (
        "C",
        "Health needs related to SEN",
        "Ellis has eczema, managed by his GP. He is under the community paediatrician for sleep difficulties.",
    ),
    ("D", "Social care needs related to SEN", "None identified at this time."),
    (
        "E",
        "Outcomes",
        "By the end of Key Stage 2 Ellis will be able to ask an adult for help using a help card or words, in four out of five lessons. By July 2027 Ellis will move between lessons and lunchtime using his visual timetable with no more than one prompt.",
    ),
    (
        "F",
        "Special educational provision",
        "Ellis will have 20 hours a week of support from a teaching assistant trained in autism, across the school day. A speech and language therapist from Dane Valley Community Health will deliver a block of six sessions each term and set targets for the teaching assistant to deliver three times a week for 20 minutes. Ellis will have access to a low-arousal space, and a visual timetable checked with an adult at the start of each session.",
    ),
    ("G", "Health provision", "Review by the community paediatrician every twelve months."),
    ("H1", "Social care provision under section 2 CSDPA 1970", "None."),
    ("H2", "Other social care provision", "None."),
    ("I", "Placement", "Saltwich St Anne's CE Primary School (mainstream)."),
    ("J", "Personal budget", "No personal budget has been requested."),
    (
        "K",
        "Advice and information",
        "Parental advice (Gemma and Rob Hartigan, 12 November 2025); educational psychology advice (Dr Priya Raman, 2 December 2025); speech and language therapy advice (Fiona Leckie, 28 November 2025); school advice (Mrs J. Tatton, SENCo); health advice (Dr M. Oyelaran, community paediatrician).",
    ),
]

ELLIS_FINAL = (
    [
        ("org", SALT),
        ("small", SALT_SMALL),
        ("title", "Education, Health and Care Plan"),
        (
            "kv",
            [
                ("Name", "Ellis James Hartigan"),
                ("Date of birth", "14 June 2017"),
                ("EHC plan reference", "SB/EHC/0917"),
                ("Date this plan was issued", "23 February 2026"),
            ],
        ),
        ("b", "Document control"),
        version_table(
            [
                ["1.0", "08/01/2026", "Draft issued for consultation", "K. Moss"],
                ["2.0", "06/02/2026", "Draft amended after parental comments", "K. Moss"],
                ["3.0", "23/02/2026", "FINAL - issued", "K. Moss"],
            ]
        ),
        ("pb",),
    ]
    + [
        blk
        for letter, heading, body in ELLIS_SECTIONS
        for blk in (("h", 2, f"Section {letter}: {heading}"), ("p", body))
    ]
    + [
        (
            "p",
            "This EHC plan is issued under section 37 of the Children and Families Act 2014. If you disagree with Sections B, F or I you may appeal to the First-tier Tribunal (Special Educational Needs and Disability).",
        ),
        (
            "sig",
            [
                "Signed on behalf of Salterbrook Borough Council",
                "",
                "Karen Moss",
                "SEND Case Coordinator",
                "23 February 2026",
            ],
        ),
    ]
)

ELLIS_DRAFT = (
    [
        ("org", SALT),
        ("small", SALT_SMALL),
        ("title", "Education, Health and Care Plan"),
        (
            "kv",
            [
                ("Name", "Ellis James Hartigan"),
                ("Date of birth", "14 June 2017"),
                ("EHC plan reference", "SB/EHC/0917"),
            ],
        ),
        ("b", "Document control"),
        version_table([["1.0", "08/01/2026", "Draft issued for consultation", "K. Moss"]]),
        (
            "p",
            "You have 15 days from the date of our letter to tell us your views on this plan and the school you would like named in Section I.",
        ),
        ("pb",),
    ]
    + [
        blk
        for letter, heading, body in ELLIS_SECTIONS[:8]
        for blk in (
            ("h", 2, f"Section {letter}: {heading}"),
            (
                "p",
                body.replace("20 hours", "15 hours").replace(
                    "A speech and language therapist from Dane Valley Community Health will deliver a block of six sessions each term and set targets for the teaching assistant to deliver three times a week for 20 minutes.",
                    "Ellis will have access to speech and language therapy as required.",
                ),
            ),
        )
    ]
    + [
        ("h", 2, "Section I: Placement"),
        ("p", "[To be confirmed after consultation]"),
        ("h", 2, "Section J: Personal budget"),
        ("p", "No personal budget has been requested."),
    ]
)

# --- Avonheath: lettered tables ----------------------------------------------------------

MAISIE = [
    (
        "A",
        "About Maisie",
        [
            (
                "Likes",
                "I am funny and I give the best cuddles. I love the donkeys on the heath and splashing in puddles.",
            ),
            ("Loves", "My big brother Jago, my Makaton signs and my yellow wellies."),
            (
                "Hopes",
                "That Maisie can read simple words, make friends and one day catch the bus on her own.",
            ),
        ],
    ),
    (
        "B",
        "Special educational needs",
        [
            (
                "Learning",
                "Maisie has Down syndrome. Her learning is at an early stage for her age; she learns best through pictures and repetition and needs much more practice to keep new skills.",
            ),
            (
                "Speech",
                "Maisie uses single words and about fifty Makaton signs. Her speech is hard for unfamiliar people to understand.",
            ),
            (
                "Physical",
                "Maisie has low muscle tone and tires quickly; her fine motor skills are delayed.",
            ),
        ],
    ),
    (
        "C",
        "Health needs",
        [
            ("Hearing", "Mild conductive hearing loss; grommets fitted 2025."),
            ("Heart", "Repaired AVSD; annual cardiology review."),
        ],
    ),
    (
        "D",
        "Social care needs",
        [("Family", "Maisie's family receive short breaks funding of 10 days a year.")],
    ),
    (
        "E",
        "Outcomes",
        [
            ("July 2027", "Maisie will combine two words or signs to make a request in class."),
            ("July 2027", "Maisie will recognise and read ten familiar words."),
        ],
    ),
    (
        "F",
        "Special educational provision",
        [
            ("Adults", "A teaching assistant trained in Makaton for 25 hours per week."),
            (
                "SALT",
                "Direct therapy from an NHS speech and language therapist for 30 minutes every fortnight, with a programme delivered daily by the teaching assistant.",
            ),
            (
                "OT",
                "An occupational therapy programme for fine motor skills, reviewed termly by the OT.",
            ),
        ],
    ),
    (
        "G",
        "Health provision",
        [
            ("Hearing", "Audiology review every 3 months; ENT as needed."),
            ("Heart", "Annual cardiology review at Wessex Shore Children's Hospital."),
        ],
    ),
    (
        "H1",
        "Social care provision (CSDPA)",
        [("Breaks", "Short breaks: 10 days a year at Furzedown short breaks unit.")],
    ),
    ("H2", "Other social care provision", [("None", "None identified.")]),
    ("I", "Placement", [("School", "Ringmere Infant School (mainstream)")]),
    ("J", "Personal budget", [("None", "No personal budget requested.")]),
    (
        "K",
        "Advice and information",
        [
            (
                "Advice",
                "Parents' advice; educational psychology advice (Dr Olu Banjo); SALT advice (Lowri Hayes); OT advice (Ruth Alderney); health advice (Dr R. Ibe); school advice (Mrs K. Osborne).",
            )
        ],
    ),
]


def heath_plan(draft: bool) -> list:
    blocks: list = [
        ("org", HEATH),
        ("small", HEATH_SMALL),
        ("title", "Maisie Penhallow - Education, Health and Care Plan"),
    ]
    if draft:
        blocks.append(
            (
                "p",
                "Proposed amended plan following the annual review of 3 March 2026. Changes are underlined; deleted wording is struck through. Please let us have any comments within 15 days.",
            )
        )
    else:
        blocks.append(
            ("p", "Final plan. Date of issue: 12 September 2025. Review due by: 12 March 2026.")
        )
    for letter, heading, rows in MAISIE:
        if draft and letter == "F":
            blocks.append(("h", 2, "Section F: Special educational provision"))
            blocks.append(
                (
                    "amend",
                    [
                        ("", "A teaching assistant trained in Makaton for"),
                        ("s", "25 hours"),
                        ("u", "20 hours"),
                        ("", "per week."),
                    ],
                    "Amended March 2026",
                )
            )
            blocks.append(
                (
                    "amend",
                    [
                        ("", "Direct therapy from an NHS speech and language therapist"),
                        ("s", "for 30 minutes every fortnight"),
                        ("u", "as advised by the therapist"),
                        ("", ", with a programme delivered daily by the teaching assistant."),
                    ],
                    "Amended March 2026",
                )
            )
            continue
        if draft and letter == "I":
            blocks.append(("h", 2, "Section I: Placement"))
            blocks.append(
                (
                    "amend",
                    [
                        ("s", "Ringmere Infant School"),
                        (
                            "u",
                            "Ringmere Junior School from September 2026 (subject to consultation)",
                        ),
                    ],
                    "Amended March 2026",
                )
            )
            continue
        blocks.append(("lettertable", letter, heading, rows))
    if not draft:
        blocks.append(
            (
                "sig",
                [
                    "Authorised by Avonheath Council",
                    "",
                    "Simon Rowntree",
                    "SEN Casework Hub Manager",
                ],
            )
        )
    return blocks


# --- Isle of Carrow --------------------------------------------------------------------------

RUBY_SECTIONS = [
    (
        "A",
        "Ruby's views, interests and aspirations",
        'Ruby is thirteen and lives in Westerby with her dad and her grandmother. She loves sea swimming, baking and her dog Skipper. Ruby says: "I hate reading out loud. I want to be a marine biologist."',
    ),
    (
        "B",
        "Special educational needs",
        "Cognition and learning: Ruby has severe dyslexia (specialist assessment, 2025). Her reading age is 8 years 4 months and her spelling age 7 years 9 months. Her working memory is well below average. Social, emotional and mental health: Ruby has high anxiety about school, has missed 22% of sessions this year and avoids lessons that involve reading aloud.",
    ),
    ("C", "Health needs", "None related to SEN."),
    ("D", "Social care needs", "None."),
    (
        "E",
        "Outcomes",
        "By the end of Year 10 Ruby will read text at her own age level with a reader pen. By July 2027 Ruby's attendance will be above 90%.",
    ),
    (
        "F",
        "Special educational provision",
        "Ruby will have a structured literacy programme with a specialist teacher (SpLD) for 3 hours per week in a group of no more than two. She will be provided with a reader pen and assistive software in every lesson. She will have a weekly check-in of 20 minutes with a named key adult.",
    ),
    ("G", "Health provision", "None."),
    ("H1", "Social care provision", "None."),
    ("H2", "Other social care provision", "None."),
    ("I", "Placement", "Carrow High School."),
    ("J", "Personal budget", "Not applicable."),
    (
        "K",
        "Advice and information",
        "Parent's advice; educational psychology advice (Carrow Educational Psychology Service); school advice; specialist teacher report.",
    ),
]

RUBY_TEXT = plan_text(
    "ISLE OF CARROW COUNCIL\nDepartment of Education, Sport and Culture\nEDUCATION, HEALTH AND CARE PLAN\nName: Ruby Quayle    DOB: 19/08/2012    Ref: DESC/AN/2026/031",
    "This is the final EHC plan, issued on 30 January 2026.",
    RUBY_SECTIONS,
    "Signed: Moira Kinvig, Additional Needs Officer, for the Department. Date of final plan: 30 January 2026.",
)

SAR_COVER = [
    (
        "cover",
        [
            "Isle of Carrow Council",
            "Subject Access Request - Disclosure",
            "Request ref: SAR/26/0144",
            "Data subject: Ruby Quayle",
            "Document 14 of 37",
            "Some information has been redacted under the Data Protection Act 2018",
        ],
    ),
    ("org", CARROW),
    ("small", CARROW_SMALL),
] + [("p", line) if line else ("gap",) for line in RUBY_TEXT.split("\n")[3:]]

TOMASZ_TEXT = plan_text(
    "FAX   FROM: CARROW ADDITIONAL NEEDS   01632 960751   TO: CARROW HIGH SCHOOL SENCO 01632 960799   18/03/2026 09:14   P.01/06\n\nISLE OF CARROW COUNCIL - Department of Education, Sport and Culture\nEducation, Health and Care Plan - FINAL\nName: Tomasz Bielski   DOB: 02/05/2015   Ref: DESC/AN/2025/112",
    "Issued 4 April 2025 following the annual review. This plan replaces the plan dated 20 May 2024.",
    [
        (
            "A",
            "Tomasz's views, interests and aspirations",
            "Tomasz is nine. He loves football, especially powerchair football at the leisure centre on Saturdays. He wants to travel on the ferry to the mainland with his class for the Year 6 residential next year.",
        ),
        (
            "B",
            "Special educational needs",
            "Physical: Tomasz has bilateral spastic cerebral palsy (GMFCS level IV). He uses a powered wheelchair and needs help with all transfers and personal care. Communication: his speech is slow and tiring; he uses an eye-gaze device for longer messages. Learning: his understanding is at the level expected for his age.",
        ),
        (
            "E",
            "Outcomes",
            "By July 2027 Tomasz will use his eye-gaze device to produce a paragraph of written work independently.",
        ),
        (
            "F",
            "Special educational provision",
            "Full-time support from two trained adults for transfers and personal care, and one adult in lessons. Physiotherapy programme devised by the NHS physiotherapist and delivered daily for 30 minutes. Weekly support from the assistive technology specialist teacher.",
        ),
        (
            "G",
            "Health provision",
            "NHS physiotherapy and occupational therapy reviews each term; orthotics clinic every six months.",
        ),
        ("I", "Placement", "Westerby Primary School."),
    ],
    "Signed for the Department: Moira Kinvig, Additional Needs Officer, 4 April 2025",
)

NOOR_DRAFT_TEXT = plan_text(
    "Salterbrook Borough Council\nEducation, Health and Care Plan - DRAFT v1.0 (for consultation)\nChild: Noor Siddiqui   Date of birth: 11/10/2021   Setting: Brinefield Community Nursery",
    "This draft plan does not yet name a school or setting in Section I. Please send us your comments and your preference for a school within 15 days.",
    [
        (
            "A",
            "Noor's views, interests and aspirations",
            "Noor is four. She loves bubbles, the swings and her baby brother Zayn. Her parents want her to be able to tell them when she is hurt or hungry.",
        ),
        (
            "B",
            "Special educational needs",
            "Communication and interaction: Noor has a severe speech sound disorder and delayed expressive language; she uses about 30 words, mostly understood only by her family. She becomes frustrated and hits out when she is not understood.",
        ),
        ("C", "Health needs", "Glue ear; under ENT review at Dane Valley Hospital."),
        (
            "E",
            "Outcomes",
            "By September 2027 Noor will use two-word phrases to make requests at nursery.",
        ),
        (
            "F",
            "Special educational provision",
            "Noor will have support from an adult in small-group sessions. Speech and language therapy will be provided as appropriate.",
        ),
        ("I", "Placement", ""),
    ],
    "DRAFT - NOT A FINAL EHC PLAN",
)

CARROW_DRAFT_TEXT = plan_text(
    "ISLE OF CARROW COUNCIL\nDRAFT EHC PLAN - for parental comment\nName: Keira Skillicorn-Gell   DOB 07/01/2019   Draft issued 11 May 2026",
    "Please read this draft carefully. You can ask for a meeting with an officer, and tell us which school you want, within 15 days. The final plan will be issued within 20 weeks of the request.",
    [
        (
            "A",
            "About Keira",
            "Keira is seven. She likes ponies, the beach at Port Carrick Sands and being the helper in class.",
        ),
        (
            "B",
            "Special educational needs",
            "Keira has global developmental delay and a diagnosis of 22q11 deletion syndrome. She needs help with attention, with early number and with her speech, which is nasal and hard to understand.",
        ),
        ("E", "Outcomes", "Keira will count reliably to 20 by July 2027."),
        (
            "F",
            "Special educational provision",
            "Adult support in lessons. Access to speech and language therapy. Small group maths.",
        ),
        ("I", "Placement", "To be named in the final plan."),
    ],
    "Draft prepared by: Additional Needs Service",
)

FW_RUBY = (
    """Hi Mr Callister,

As promised at the parents' evening, here is Ruby's EHC plan (the final one, it came through last week) so the new maths teacher knows what's in it. I've copied it in below as the attachment wouldn't open on my phone.

Thanks, Alan Quayle

---------- Forwarded message ---------
From: Additional Needs Service <additionalneeds@carrow.example.org>
Date: Fri, 30 Jan 2026 at 15:02
Subject: Final EHC plan - Ruby Quayle
To: alan.quayle@example.org

Dear Mr Quayle, please find Ruby's final EHC plan below. A copy has gone to Carrow High School.

"""
    + RUBY_TEXT
)

FW_DRAFT_NOOR = (
    """Hi Saima,

Attached is the SALT report you were after - sorry, the report itself is still with Fiona for signing, so it will follow. In the meantime the council sent me the draft plan this morning and asked me to share it with you, so I've pasted it below. Have a look before we meet on Thursday - Section F is very thin.

Deb Hulme
SENCo, Brinefield Community Nursery

"""
    + NOOR_DRAFT_TEXT
)

DOCUMENTS: list[dict] = [
    {
        "name": "Ellis EHCP draft.pdf",
        "kind": "ehcp_final",
        "blocks": ELLIS_FINAL,
        "footer": "SB/EHC/0917  Ellis Hartigan  Version 3.0",
    },
    {
        "name": "Ellis EHCP final.docx",
        "kind": "ehcp_draft",
        "blocks": ELLIS_DRAFT,
        "watermark": "DRAFT",
        "footer": "SB/EHC/0917  Version 1.0",
    },
    {
        "name": "Maisie plan.pdf",
        "kind": "ehcp_final",
        "blocks": heath_plan(False),
        "accent": "3B6E3B",
        "sans": True,
    },
    {
        "name": "Maisie annual review outcome.pdf",
        "kind": "ehcp_draft",
        "blocks": heath_plan(True),
        "accent": "3B6E3B",
        "sans": True,
    },
    {
        "name": "SAR disclosure doc 14.pdf",
        "kind": "ehcp_final",
        "blocks": SAR_COVER,
        "header": "SAR/26/0144 - Document 14",
    },
    {
        "name": "Fw_ Ruby's plan for maths.eml",
        "kind": "ehcp_final",
        "text": FW_RUBY,
        "headers": headers(
            "Alan Quayle <alan.quayle@example.org>",
            "m.callister@carrowhigh.example.org",
            "Fw: Ruby's plan for maths",
            "Mon, 09 Feb 2026 20:41:07 +0000",
        ),
    },
    {
        "name": "FAX0318.pdf",
        "kind": "ehcp_final",
        "text": TOMASZ_TEXT,
        "ocr": True,
        "running": "DESC/AN/2025/112  FINAL",
    },
    {
        "name": "FW_ SALT report.eml",
        "kind": "ehcp_draft",
        "text": FW_DRAFT_NOOR,
        "headers": headers(
            "Deb Hulme <senco@brinefieldnursery.example.org>",
            "Saima Siddiqui <saima.s@example.org>",
            "FW: SALT report",
            "Tue, 13 Jan 2026 12:18:55 +0000",
        ),
        "qp": True,
    },
    {"name": "IMG_4471.pdf", "kind": "ehcp_draft", "text": CARROW_DRAFT_TEXT, "ocr": 0.08},
    {"name": "Noor plan v1.txt", "kind": "ehcp_draft", "text": NOOR_DRAFT_TEXT, "crlf": True},
]
