# ruff: noqa: E501
"""Plans of set W: an island council's plan laid out as a Word form with a sidebar of
labels, a salt-plain borough's plan with numbered paragraphs, plans forwarded in an
e-mail's body, a plan behind a fax cover sheet, drafts marked in a header, a watermark or
a covering note. All invented."""

from __future__ import annotations

from document_kinds_w.common import DANE, DANE_SMALL, MAISIE, ORRIN, ORRIN_SMALL, headers

SECTION_NAMES = {
    "A": "Section A: The views, interests and aspirations of the child and their parents",
    "B": "Section B: Special educational needs",
    "C": "Section C: Health needs related to SEN",
    "D": "Section D: Social care needs related to SEN",
    "E": "Section E: Outcomes",
    "F": "Section F: Special educational provision",
    "G": "Section G: Health provision",
    "H1": "Section H1: Social care provision under section 2 of the CSDPA 1970",
    "H2": "Section H2: Other social care provision",
    "I": "Section I: Placement",
    "J": "Section J: Personal budget",
    "K": "Section K: Advice and information",
}


def sidebar_plan(sections: dict) -> list:
    """Each section as a two-column table: the section's name in a shaded sidebar."""
    out: list = []
    for key, name in SECTION_NAMES.items():
        out.append(("kv", [(name, "\n\n".join(sections[key]))], [0.3, 0.7]))
        out.append(("gap",))
    return out


def text_plan(sections: dict, style: str = "plain") -> str:
    lines: list[str] = []
    for key, name in SECTION_NAMES.items():
        lines.append(name.upper() if style == "caps" else name)
        for i, para in enumerate(sections[key], 1):
            lines.append(f"{key}{i}. {para}" if style == "numbered" else para)
        lines.append("")
    return "\n".join(lines)


ROWAN = {
    "A": [
        'Rowan is 13 and lives in Nantbury with his grandparents, who are his special guardians. He likes Warhammer, cooking and the canal boats on the Weaver. Rowan says: "I want teachers to stop shouting and to let me go to the quiet room when my head is full."'
    ],
    "B": [
        "Rowan has a diagnosis of autism (Weaver and Dane Community Health NHS Trust, 2022). He finds unstructured times, such as lunchtime and moving between lessons, very difficult and has left lessons without permission 14 times this term.",
        "Rowan has sensory sensitivities to noise and to being touched; crowded corridors cause him distress.",
        "Rowan's written work is far below his verbal ability; his handwriting speed is 6 words per minute.",
    ],
    "C": ["Rowan has asthma managed by his GP."],
    "D": [
        "Rowan lives with his grandparents under a special guardianship order. The family receive support from the Dane Vale Kinship Care Team."
    ],
    "E": [
        "By July 2027 Rowan will move between lessons independently using his agreed early-release pass.",
        "By the end of Year 10 Rowan will produce extended writing using a laptop with speech-to-text software.",
    ],
    "F": [
        "A named key adult (learning mentor) to meet Rowan at the start of each day for 10 minutes and to check in at lunchtime daily.",
        "Early release from lessons (2 minutes) and access to a quiet base at break and lunch.",
        "Occupational therapy: a sensory programme written by an occupational therapist, reviewed termly; a laptop with speech-to-text software for all written work.",
        "Teaching staff to receive autism awareness training from the Dane Vale Autism Outreach Team by December 2026.",
    ],
    "G": ["Annual asthma review by GP."],
    "H1": ["None identified."],
    "H2": ["Kinship Care Team support as required."],
    "I": ["Salterwich High School (academy), mainstream."],
    "J": ["No personal budget has been requested."],
    "K": [
        "Grandparents' advice; Salterwich High School; Educational Psychology Service (Dr Imran Sethi); Weaver and Dane Community Health NHS Trust occupational therapy; Kinship Care Team."
    ],
}

TEGAN = {
    "A": [
        "Tegan is 16 and uses a wheelchair. She wants to study art and design at Port Esk College and to live independently in a flat in town one day."
    ],
    "B": [
        "Tegan has cerebral palsy (spastic diplegia). She needs help with fine motor tasks and tires quickly when writing. She has specific learning difficulties in maths (dyscalculia) and low self-esteem about her learning."
    ],
    "C": [
        "Tegan has cerebral palsy and requires a daily stretching programme and night splints. She is under the care of Northgate Children's Hospital for orthopaedic review."
    ],
    "D": [
        "Tegan receives support from the Orrin Children with Disabilities Team; her needs for personal care are set out in her care plan."
    ],
    "E": [
        "By July 2028 Tegan will achieve a Level 2 qualification in art and design.",
        "Tegan will travel to college on the accessible ferry bus independently by the end of her first year.",
    ],
    "F": [
        "1:1 support from a learning support assistant for 15 hours a week across practical sessions.",
        "Maths support: weekly 1:1 session of 45 minutes with a specialist dyscalculia tutor.",
        "Independent travel training provided by the college for one term.",
    ],
    "G": [
        "Physiotherapy: review every 12 weeks by Orrin Health and Care NHS Trust paediatric physiotherapy; daily stretches delivered by trained college staff."
    ],
    "H1": ["Personal care at college: 1 hour per day (assistance with toileting)."],
    "H2": ["None."],
    "I": ["Port Esk College (further education), Study Programme in Art and Design."],
    "J": ["Personal budget of £1,200 per year for travel training and equipment."],
    "K": [
        "Young person's views; parents' advice; Port Esk College; Orrin Paediatric Physiotherapy; Northgate Children's Hospital; Children with Disabilities Team."
    ],
}

AYAAN = {
    "A": [
        "Ayaan is 6 and lives in Salterwich with his mother and his two older sisters. He loves trains, water play and Bollywood music. His mother says that his sleep and his safety when out of the house are the family's biggest worries."
    ],
    "B": [
        "Ayaan is non-speaking and communicates by pulling an adult to what he wants and by using a small number of Makaton signs. He is at an early stage of development in all areas of learning (working within the engagement model).",
        "Ayaan has significant difficulties with sensory processing; he mouths objects and seeks deep pressure.",
        "Ayaan does not recognise danger and has run from the school site twice.",
    ],
    "C": [
        "Ayaan has a diagnosis of autism and global developmental delay. He has epilepsy (absence seizures) managed with medication."
    ],
    "D": ["Ayaan's family have had a child in need assessment (March 2026)."],
    "E": [
        "By July 2027 Ayaan will use a core vocabulary communication board to make choices at snack and play times."
    ],
    "F": [
        "A total communication approach throughout the day (Makaton, objects of reference, PECS), in a class of no more than 8 pupils with a high staff ratio.",
        "Speech and language therapy: direct therapy and staff training as recommended.",
    ],
    "G": ["Epilepsy care plan reviewed annually by the paediatric epilepsy nurse."],
    "H1": ["To be confirmed following the child in need assessment."],
    "H2": ["To be confirmed."],
    "I": ["[Left blank in the draft plan - the parent may request a particular school]"],
    "J": ["To be discussed."],
    "K": [
        "Parent's advice; Little Brine Nursery; Educational Psychology Service; Speech and Language Therapy; Community Paediatrics; Children's Social Care."
    ],
}

DOCUMENTS: list[dict] = [
    # --- final plans -------------------------------------------------------------------
    {
        "name": "Maisie school stuff.docx",
        "kind": "ehcp_final",
        "format": "docx",
        "blocks": [
            ("org", ORRIN),
            ("small", ORRIN_SMALL),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Maisie Quayle"),
                    ("Date of birth", "11/05/2016"),
                    ("Plan issued", "19 February 2026"),
                    ("Status", "Final"),
                    ("Case officer", "Eilidh Corkill"),
                ],
                [0.3, 0.7],
            ),
            ("gap",),
            *sidebar_plan(MAISIE),
            (
                "sig",
                [
                    "Signed on behalf of the Isle of Orrin Council",
                    "Eilidh Corkill, SEN Officer",
                    "Date: 19 February 2026",
                ],
            ),
        ],
        "footer": "Isle of Orrin Council - EHC Plan - Maisie Quayle - issued 19.02.2026",
    },
    {
        "name": "Rowan grandparents copy.pdf",
        "kind": "ehcp_final",
        "format": "pdf",
        "blocks": [
            ("org", DANE),
            ("small", DANE_SMALL),
            ("title", "Education, Health and Care Plan for Rowan Birtles"),
            (
                "p",
                "Date of birth: 2 December 2012   Unique pupil number: withheld   Date this plan was finalised: 6 May 2026",
            ),
            (
                "p",
                "This plan is made under section 37 of the Children and Families Act 2014. It replaces the plan dated 14 June 2024 following the annual review held on 12 March 2026.",
            ),
        ]
        + [
            blk
            for key, name in SECTION_NAMES.items()
            for blk in (
                [("h", 2, name)]
                + [("np", f"{key}{i}.", para) for i, para in enumerate(ROWAN[key], 1)]
            )
        ]
        + [("sig", ["Authorised by: Gareth Pownall, Head of SEND Assessment", "6 May 2026"])],
        "footer": "Dane Vale Borough Council | EHC Plan | Rowan Birtles | Page",
    },
    {
        "name": "FAX_0226_0931.pdf",
        "kind": "ehcp_final",
        "format": "pdf",
        "ocr": True,
        "running": "Isle of Orrin Council  EHC Plan  Tegan Morrey",
        "text": "26/02/2026 09:31  FROM: ORRIN CHILDRENS SERVICES FAX 01632960712  TO: 01632960388  P.001/006\n\nFACSIMILE TRANSMISSION\nTo: Port Esk College, Additional Learning Support (attn: Mrs Callister)\nFrom: SEN and Inclusion Team, Isle of Orrin Council\nPages including this cover sheet: 6\nRe: Tegan Morrey - copy of final EHC plan for your records\nThe information in this facsimile is confidential. If you have received it in error please telephone 01632 960711.\n\n"
        + "Education, Health and Care Plan\nName: Tegan Morrey   Date of birth: 30/09/2009\nThis is the final plan, issued on 24 February 2026 following the phase transfer review.\n\n"
        + text_plan(TEGAN)
        + "\nSigned: Eilidh Corkill, SEN Officer, for the Isle of Orrin Council. 24/02/2026\n",
    },
    {
        "name": "Fwd_ Rowan's plan - the proper one.eml",
        "kind": "ehcp_final",
        "format": "eml",
        "headers": headers(
            "Brenda Birtles <bbirtles@example.org>",
            "Mr K Hulse <khulse.senco@example.org>",
            "Fwd: Rowan's plan - the proper one",
            "Mon, 11 May 2026 08:02:17 +0100",
        ),
        "text": "Mr Hulse,\n\nThe council sent the final version on Friday. I've copied it below as your email won't take the attachment. Please make sure his form tutor sees section F, especially the early release.\n\nBrenda Birtles\n\n---------- Forwarded message ---------\nFrom: EHC Hub <ehchub@example.org>\nDate: Fri, 8 May 2026 at 16:40\nSubject: Final EHC plan - Rowan Birtles\n\nDear Mr and Mrs Birtles,\n\nPlease find Rowan's final EHC plan below. The plan was finalised on 6 May 2026. A letter about your right of appeal has been sent by post.\n\nEDUCATION, HEALTH AND CARE PLAN - ROWAN BIRTLES (DOB 02/12/2012)\n\n"
        + text_plan(ROWAN, "numbered")
        + "\nAuthorised by Gareth Pownall, Head of SEND Assessment, 6 May 2026\n\nEHC Hub, Dane Vale Borough Council",
    },
    {
        "name": "IMG_4471.pdf",
        "kind": "ehcp_final",
        "format": "pdf",
        "ocr": 0.09,
        "text": "Isle of Orrin Council\nEducation, Health and Care Plan\nMaisie Quayle  D.O.B. 11/05/2016\nIssued 19 February 2026 (final)\n\n"
        + text_plan(MAISIE, "caps"),
    },
    # --- drafts --------------------------------------------------------------------------
    {
        "name": "Ayaan EHCP.pdf",
        "kind": "ehcp_draft",
        "format": "pdf",
        "watermark": "DRAFT",
        "blocks": [
            ("org", DANE),
            ("small", DANE_SMALL),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Child", "Ayaan Mistry"),
                    ("Date of birth", "17/01/2020"),
                    ("Version", "Issued for consultation 3 June 2026"),
                ],
                [0.3, 0.7],
            ),
            *sidebar_plan(AYAAN),
            (
                "p",
                "Please send any comments, and the name of the school you would like Ayaan to attend, to the EHC Hub within 15 days of receiving this plan.",
            ),
        ],
        "header": "PROPOSED PLAN - SUBJECT TO CONSULTATION",
    },
    {
        "name": "Maisie plan - changes.docx",
        "kind": "ehcp_draft",
        "format": "docx",
        "blocks": [
            ("org", ORRIN),
            ("small", ORRIN_SMALL),
            ("title", "EHC Plan - proposed amendments following annual review"),
            (
                "p",
                "Maisie Quayle, DOB 11/05/2016. Annual review held 4 March 2026 at Kilcraig Primary School. The amendments the council proposes are shown in bold. This is not the final plan: you have 15 days to tell us whether you agree, and to ask for a meeting.",
            ),
            *sidebar_plan(
                {
                    **MAISIE,
                    "F": MAISIE["F"]
                    + [
                        "NEW: Transition support: six additional visits to Port Esk High School in the summer term of Year 6 with a familiar adult."
                    ],
                    "I": [
                        "Kilcraig Primary School until 31 August 2027; from September 2027 Port Esk High School (to be confirmed after consultation)."
                    ],
                }
            ),
            ("sig", ["Eilidh Corkill", "SEN Officer, 20 March 2026"]),
        ],
        "header": "Amendment notice - Maisie Quayle",
    },
    {
        "name": "RE_ draft for Tegan.eml",
        "kind": "ehcp_draft",
        "format": "eml",
        "qp": True,
        "headers": headers(
            "Sian Morrey <sian.morrey@example.org>",
            "Kath Callister <k.callister@example.org>",
            "RE: draft for Tegan",
            "Wed, 14 Jan 2026 21:14:09 +0000",
        ),
        "text": "Hi Kath,\n\nThis is what came from the council today - it's only the draft so I know we can still change it. I'm worried they've cut the 1:1 hours to 15. Could you look before our meeting on the 22nd?\n\nSian\n\n-----Original Message-----\nFrom: SEN Team <sen.team@example.org>\nSent: 14 January 2026 15:02\nSubject: Draft EHC plan - Tegan Morrey\n\nDear Ms Morrey,\n\nFollowing Tegan's review for her move to post-16 education, I attach the draft amended EHC plan. Section I has been left blank until we have consulted Port Esk College. Please let us have your comments within 15 calendar days.\n\nDRAFT EHC PLAN - TEGAN MORREY\n\n"
        + text_plan({**TEGAN, "I": ["To be named after consultation."]})
        + "\nEilidh Corkill, SEN Officer",
    },
    {
        "name": "scan_ayaan_0604.pdf",
        "kind": "ehcp_draft",
        "format": "pdf",
        "ocr": True,
        "running": "DRAFT - Ayaan Mistry",
        "text": "Dane Vale Borough Council  EHC Hub\nDRAFT Education, Health and Care Plan\nThis draft is sent under regulation 13 of the SEND Regulations 2014. No school is named in Section I.\nAyaan Mistry   17/01/2020\n\n"
        + text_plan(AYAAN),
    },
    {
        "name": "Rowan EHCP 2026 v2.txt",
        "kind": "ehcp_draft",
        "format": "txt",
        "crlf": True,
        "text": "[copied from the council's portal - 'Draft plan (awaiting parent response)']\nRowan Birtles - Education, Health and Care Plan - DRAFT amended plan, 20 March 2026\nStatus: awaiting your response (response due by 4 April 2026)\n\n"
        + text_plan(ROWAN),
    },
]
