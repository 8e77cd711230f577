# ruff: noqa: E501
"""Plans of set U, final and draft: an island council's plan, a bay borough's plan with a
provision table, a wolds county's plan opening with a document-control table, drafts marked
in a watermark, a consultation line, a forwarded e-mail, a scan with a fax header and a file
named as if final. All invented."""

from __future__ import annotations

from evaluation_kit.plaintext import plain

from document_kinds_u.common import BAY, BAY_SMALL, ISLE, ISLE_SMALL, WOLDS, WOLDS_SMALL, headers

# --- an island plan -----------------------------------------------------------------------


def isle_plan(status_line: str, child: str, dob: str, school: str, ids: str) -> list:
    first = child.split()[0]
    return [
        ("org", ISLE),
        ("small", ISLE_SMALL),
        ("title", "Education, Health and Care Plan"),
        ("p", status_line),
        (
            "kv",
            [("Name", child), ("Date of birth", dob), ("Plan reference", ids), ("Setting", school)],
        ),
        (
            "h",
            2,
            f"Section A: The views, interests and aspirations of {first} and {first}'s family",
        ),
        (
            "p",
            f"{first} loves the ferry, the lifeboat station and anything with an engine. {first} says: \"I like Lego and going to see the boats with Grandad. I don't like the hall when it is noisy.\" {first}'s parents want {first} to be able to stay on the island for school and to have friends who understand him.",
        ),
        ("h", 2, "Section B: Special educational needs"),
        ("b", "Communication and interaction"),
        (
            "p",
            f"{first} has a diagnosis of autism (Wrenholm and Channel Community Health, March 2025). {first} has difficulty understanding spoken language of more than three key words and needs time to process instructions. {first} finds turn-taking in conversation hard and tends to talk at length about boats.",
        ),
        ("b", "Social, emotional and mental health"),
        (
            "p",
            f"{first} becomes highly anxious at transitions, particularly the crossing to the mainland for appointments, and can shut down and hide under tables when overwhelmed.",
        ),
        ("b", "Sensory and physical"),
        (
            "p",
            f"{first} is hypersensitive to noise and has difficulty with fine motor tasks such as using scissors and writing.",
        ),
        ("h", 2, "Section C: Health needs related to SEN"),
        (
            "p",
            f"{first} is under the community paediatrician for autism and sleep; {first} takes melatonin at night.",
        ),
        ("h", 2, "Section D: Social care needs related to SEN"),
        (
            "p",
            "The family have been offered a short breaks assessment by the Island Children with Disabilities Team.",
        ),
        ("h", 2, "Section E: Outcomes"),
        (
            "bul",
            [
                f"By the end of Key Stage 2, {first} will follow a two-step instruction in class without adult repetition.",
                f"By July 2027, {first} will use a calm box or a card to ask for a break on at least four of five occasions.",
            ],
        ),
        ("h", 2, "Section F: Special educational provision"),
        (
            "grid",
            [
                ["Provision", "Frequency", "Who"],
                [
                    "Language group using Colourful Semantics",
                    "3 x 20 minutes weekly",
                    "Teaching assistant trained by SLT",
                ],
                [
                    "Speech and language therapy programme reviewed by a speech and language therapist",
                    "Termly visit and written programme",
                    "Wrenholm Community SLT",
                ],
                ["Access to a quiet workspace and ear defenders", "Daily", "Class teacher"],
                [
                    "Fine motor programme set by an occupational therapist",
                    "3 x 15 minutes weekly",
                    "Teaching assistant",
                ],
            ],
            [0.5, 0.25, 0.25],
        ),
        ("h", 2, "Section G: Health provision"),
        ("p", "Review by the community paediatrician every 6 months. Sleep clinic follow-up."),
        ("h", 2, "Section H1 and H2: Social care provision"),
        (
            "p",
            "None under section 2 of the Chronically Sick and Disabled Persons Act 1970 at present. Short breaks assessment to be completed.",
        ),
        ("h", 2, "Section I: Placement"),
        ("p", school),
        ("h", 2, "Section J: Personal budget"),
        ("p", "No personal budget has been requested."),
        ("h", 2, "Section K: Advice and information"),
        (
            "bul",
            [
                "Parental advice, 12 January 2026",
                "Educational psychology advice, Island Educational Psychology Service, 20 January 2026",
                "Speech and language therapy advice, 22 January 2026",
                "Health advice, community paediatrician, 27 January 2026",
                "Social care advice, 2 February 2026",
            ],
        ),
    ]


ISLE_FINAL = isle_plan(
    "Final plan issued 14 April 2026. This plan replaces any previous plan.",
    "Ellis Penhallow",
    "9 June 2018",
    "Nab End Church of England Primary School",
    "WH/EHC/0613",
)
ISLE_DRAFT = isle_plan(
    "Draft issued 3 March 2026 for your comments. You have 15 days to tell us which school you would like named and to make representations about the content of this draft. No school is named in Section I at this stage.",
    "Ellis Penhallow",
    "9 June 2018",
    "[to be confirmed after consultation]",
    "WH/EHC/0613",
)

# --- a bay borough plan with a provision table ---------------------------------------------

BAY_PLAN_ROWS = [
    ["Outcome", "Provision", "Frequency / amount", "Delivered by"],
    [
        "Ruby will read age-appropriate texts with 90% accuracy by July 2027",
        "Individual structured phonics and reading fluency programme (e.g. Toe by Toe)",
        "Daily, 20 minutes, 1:1",
        "Trained teaching assistant, overseen by SENCo",
    ],
    [
        "Ruby will write a paragraph of four sentences independently",
        "Touch-typing programme and use of a laptop for extended writing",
        "3 x 15 minutes weekly",
        "Teaching assistant",
    ],
    [
        "Ruby will manage worries about tests",
        "Small-group emotional literacy (ELSA) sessions",
        "Weekly, 30 minutes, for two terms",
        "ELSA",
    ],
]


def bay_plan(final: bool) -> list:
    status = (
        "FINAL EHC PLAN - issued 19 May 2026 under section 39 of the Children and Families Act 2014"
        if final
        else "PROPOSED EHC PLAN (draft) - sent 24 March 2026 for your comments within 15 calendar days"
    )
    return [
        ("org", BAY),
        ("small", BAY_SMALL),
        ("title", "Education, Health and Care Plan"),
        ("b", status),
        (
            "kv",
            [
                ("Child", "Ruby Saltmarsh"),
                ("Date of birth", "14 November 2015"),
                ("NHS number", "999 412 6637"),
                ("Case officer", "Gail Threlfall"),
            ],
        ),
        ("h", 2, "A. About Ruby: views, interests and aspirations"),
        (
            "p",
            'Ruby is a kind, funny girl who loves horses, the bay and cockle-picking with her dad. Ruby would like to be a vet. Ruby says reading makes her feel "stupid and hot".',
        ),
        ("h", 2, "B. Special educational needs"),
        (
            "p",
            "Cognition and learning: Ruby has a specific learning difficulty (dyslexia) with a standard score of 71 for single-word reading and weak phonological processing. Her working memory is below the 5th centile.",
        ),
        (
            "p",
            "Social, emotional and mental health: Ruby has become anxious and avoids written tasks; she has had stomach aches on school mornings.",
        ),
        ("h", 2, "C. Health needs"),
        ("p", "None identified that relate to Ruby's special educational needs."),
        ("h", 2, "D. Social care needs"),
        ("p", "None identified."),
        ("h", 2, "E and F. Outcomes and special educational provision"),
        ("grid", BAY_PLAN_ROWS, [0.28, 0.34, 0.18, 0.2]),
        ("h", 2, "G. Health provision"),
        ("p", "None."),
        ("h", 2, "H1 / H2. Social care provision"),
        ("p", "None."),
        ("h", 2, "I. Placement"),
        (
            "p",
            "Sandgarth Academy (mainstream secondary), from September 2026."
            if final
            else "To be named following consultation. Parental preference: Sandgarth Academy.",
        ),
        ("h", 2, "J. Personal budget"),
        ("p", "Not applicable."),
        ("h", 2, "K. Advice and information"),
        (
            "bul",
            [
                "Advice from Ruby's parents",
                "Educational psychologist's advice (Lunesmouth EPS)",
                "Advice from Hestholme Primary School",
                "Health advice (designated clinical officer)",
            ],
        ),
    ]


# --- a wolds plan with a document-control table -------------------------------------------

WOLDS_FINAL = [
    ("org", WOLDS),
    ("small", WOLDS_SMALL),
    (
        "kv",
        [
            ("Document", "EHC Plan - Idris Okonjo"),
            ("Version", "3.0"),
            ("Status", "Issued (final)"),
            ("Date issued", "2 February 2026"),
            ("Review due", "by 2 February 2027"),
            ("Author", "Philippa Gorringe, EHC Coordinator"),
        ],
        [0.3, 0.7],
    ),
    ("pb",),
    ("h", 1, "Section A - All about Idris"),
    (
        "p",
        "Idris is eleven and lives with his mum and two sisters in Bourton Magna. He enjoys drumming, Minecraft and walking the dog along the Windrush. He wants to go to the same secondary school as his sisters and to be in the school band.",
    ),
    ("h", 1, "Section B - Special educational needs"),
    (
        "p",
        "Idris has cerebral palsy (right hemiplegia). He has weakness in his right arm and hand, poor balance on uneven ground and fatigue by the afternoon.",
    ),
    (
        "p",
        "Idris has difficulties with attention and working memory and needs tasks broken into small steps.",
    ),
    ("h", 1, "Section C - Health needs"),
    ("p", "Idris is seen by the paediatric neurology team and wears a right ankle-foot orthosis."),
    ("h", 1, "Section D - Social care needs"),
    ("p", "None identified."),
    ("h", 1, "Section E - Outcomes"),
    (
        "p",
        "By the end of Year 8, Idris will move safely around the school site between lessons, including stairs, without adult support.",
    ),
    ("h", 1, "Section F - Special educational provision"),
    (
        "bul",
        [
            "A daily physiotherapy programme of 20 minutes, written by a paediatric physiotherapist and delivered by a trained teaching assistant.",
            "Access to a laptop with word prediction software for all extended writing.",
            "Leaving lessons 5 minutes early to move between classrooms.",
            "Instructions chunked and written on a task board.",
        ],
    ),
    ("h", 1, "Section G - Health provision"),
    ("p", "Review of orthoses by the orthotics service every 6 months."),
    ("h", 1, "Section H1 and H2 - Social care provision"),
    ("p", "None."),
    ("h", 1, "Section I - Placement"),
    ("p", "Stowcombe School (academy), Year 7 from September 2026."),
    ("h", 1, "Section J - Personal budget"),
    ("p", "None requested."),
    ("h", 1, "Section K - Advice and information"),
    (
        "p",
        "Advice from parent, school, educational psychologist, paediatric physiotherapist, occupational therapist and paediatric neurologist (all dated November 2025).",
    ),
]

# a final plan pasted as text from the council's portal
PORTAL_FINAL = """Windrush Wolds County Council - Family Portal
Document: Education, Health and Care Plan  |  Status: FINAL  |  Issued: 11/06/2026
Child: Freya Lindqvist  DOB: 03/03/2014  Ref: WW-EHCP-22817

Section A - Freya's views, interests and aspirations
Freya likes dance, baking and her rabbit, Pip. She would like to work in a bakery. She says school is "too loud and too fast".

Section B - Special educational needs
Communication and interaction: Freya has developmental language disorder. She has difficulty following long instructions and finding the words she needs.
Cognition and learning: Freya is working well below age-related expectations in reading and maths.

Section C - Health needs
Freya has recurrent ear infections and grommets were fitted in 2022.

Section D - Social care needs
None identified.

Section E - Outcomes
By July 2027 Freya will retell a short story in sequence using four key events.

Section F - Special educational provision
Direct speech and language therapy from a speech and language therapist, 6 sessions per term of 45 minutes.
Daily pre-teaching of subject vocabulary, 15 minutes, by a teaching assistant.
Small-group maths intervention, 3 x 30 minutes weekly.

Section G - Health provision
Audiology review annually.

Section H1/H2 - Social care provision
None.

Section I - Placement
Chedworth Vale School, Year 8.

Section J - Personal budget
None.

Section K - Advice and information
Parental advice; SaLT advice (Wolds and Vale Community NHS Trust); EP advice; school advice.
"""

# the draft forwarded by the mother to the SENCo
DRAFT_EML_BODY = """Hi Mrs Aske,

This came through last night. Could we go through it before the 15 days are up? I don't think they've put in the OT at all.

Thanks, Jo

---------- Forwarded message ---------
From: EHC Hub <ehc@lunesmouth.example.org>
Date: Tue, 21 Apr 2026 at 18:02
Subject: Draft EHC plan for Kofi Mensah-Barr - please respond within 15 days
To: jo.mensahbarr@example.org

Dear Ms Mensah-Barr,

Please find below the draft Education, Health and Care Plan for Kofi. You may ask for a particular school to be named and make comments on the draft within 15 days.

DRAFT - NOT FOR CIRCULATION

Section A - About Kofi
Kofi is 7. He loves football and his little brother. He wants to be able to play in the school team.

Section B - Special educational needs
Kofi has developmental coordination disorder. He has difficulty with handwriting, dressing after PE and using cutlery. He tires quickly and becomes frustrated.

Section E - Outcomes
Kofi will dress independently after PE by the end of Year 3.

Section F - Special educational provision
Kofi will have access to support with fine motor skills as needed.
Adult support at lunchtime.

Section I - Placement
[Left blank in the draft]

Kind regards,
EHC Hub, Lunesmouth Borough Council
"""

# a draft scanned on a fax machine: a fax header first
FAX_DRAFT = """FAX TRANSMISSION     Wolds and Vale Legal Advice Centre     01632 960391
Date: 07/05/2026  Time: 10:44  Pages: 6 (including this cover)
To: Mrs N. Fairbairn   From: Reception   Re: documents you left with us
Message: copy returned as requested. Original kept on file.

Windrush Wolds County Council
DRAFT Education, Health and Care Plan
This is a draft plan. The local authority has not yet named a school.
Name: Nell Fairbairn   Date of birth: 18/09/2012

Section A - About me
I like art and my cat. I don't like the canteen.

Section B - Special educational needs
Nell has social communication difficulties and high anxiety. She has not attended school full time since Year 7.

Section E - Outcomes
Nell will attend school for at least 15 hours a week by the end of the spring term.

Section F - Special educational provision
A reduced timetable, increasing as Nell is able.
Access to a key adult each morning.
Emotional support as appropriate.

Section I - Placement
(to be named)
Please send your comments to the EHC Coordinator within 15 days of the date of this draft.
"""

# a "final" saved name on a draft consultation copy
FINAL_NAMED_DRAFT = [
    ("org", WOLDS),
    ("small", WOLDS_SMALL),
    ("title", "Education, Health and Care Plan - consultation copy"),
    (
        "p",
        "Version 0.4  |  Status: draft for parental comment  |  Issued in draft on 16 January 2026",
    ),
    ("h", 2, "Section A - Arlo's views"),
    (
        "p",
        "Arlo says he likes trains, maps and the Cotswold Wildlife Park. He wants a quiet place at school.",
    ),
    ("h", 2, "Section B - Special educational needs"),
    (
        "p",
        "Arlo has a diagnosis of autism and a severe learning disability. He communicates using some single words, Makaton signs and a communication book.",
    ),
    ("h", 2, "Section F - Special educational provision"),
    (
        "p",
        "A total communication environment with visual supports throughout the day. Speech and language therapy advice to be built into Arlo's programme.",
    ),
    ("h", 2, "Section I - Placement"),
    (
        "p",
        "The local authority will consult the schools requested by Arlo's parents and name a school in the final plan.",
    ),
]

DOCUMENTS: list[dict] = [
    {
        "name": "Ellis EHCP.pdf",
        "kind": "ehcp_final",
        "blocks": ISLE_FINAL,
        "footer": "Isle of Wrenholm Council - EHC Plan - Ellis Penhallow",
    },
    {
        "name": "Ellis plan with comments.docx",
        "kind": "ehcp_draft",
        "blocks": ISLE_DRAFT,
        "watermark": "DRAFT",
    },
    {"name": "Ruby plan May.pdf", "kind": "ehcp_final", "blocks": bay_plan(True)},
    {"name": "Ruby EHCP final.docx", "kind": "ehcp_draft", "blocks": bay_plan(False)},
    {
        "name": "Idris plan 2026.docx",
        "kind": "ehcp_final",
        "blocks": WOLDS_FINAL,
        "sans": True,
        "accent": "4B6B2A",
    },
    {"name": "Freya - portal copy.txt", "kind": "ehcp_final", "text": PORTAL_FINAL},
    {
        "name": "FW_ Draft EHC plan for Kofi.eml",
        "kind": "ehcp_draft",
        "headers": headers(
            "Jo Mensah-Barr <jo.mensahbarr@example.org>",
            "Mrs K. Aske <senco@hestholme-pri.example.org>",
            "FW: Draft EHC plan for Kofi Mensah-Barr - please respond within 15 days",
            "Wed, 22 Apr 2026 07:41:09 +0100",
        ),
        "text": DRAFT_EML_BODY,
    },
    {
        "name": "legal centre return.pdf",
        "kind": "ehcp_draft",
        "text": FAX_DRAFT,
        "ocr": True,
        "running": "Wolds and Vale Legal Advice Centre",
    },
    {"name": "Arlo final EHCP.docx", "kind": "ehcp_draft", "blocks": FINAL_NAMED_DRAFT},
    {
        "name": "scan_Idris_plan.pdf",
        "kind": "ehcp_final",
        "text": plain(WOLDS_FINAL),
        "ocr": 0.08,
    },
]
