# ruff: noqa: E501
"""Plans of the fourth kind set, final and draft, from Midlands and northern councils: a
plan issued after a tribunal order, a plan set out wholly in tables, an amended plan
issued after an annual review, drafts carrying "proposed amendments" after a review, and
scans whose first lines (and letterhead) were cut off. All invented."""

from __future__ import annotations

TITLES = {
    "A": "Views, interests and aspirations",
    "B": "Special educational needs",
    "C": "Health needs related to SEN",
    "D": "Social care needs related to SEN or disability",
    "E": "Outcomes",
    "F": "Special educational provision",
    "G": "Health provision",
    "H1": "Social care provision (CSDPA 1970 s.2)",
    "H2": "Other social care provision",
    "I": "Placement",
    "J": "Personal budget",
    "K": "Advice and information",
}


def plan_blocks(child: dict, head) -> list:
    """A plan's sections for one child, each opened by head(section id, title) -> blocks;
    a section's list becomes bullets, a list of rows a ruled table."""
    out: list = []
    for sid, title in TITLES.items():
        out.extend(head(sid, title))
        content = child[sid]
        if isinstance(content, list) and content and isinstance(content[0], list):
            out.append(("grid", content, [0.4, 0.35, 0.25] if len(content[0]) == 3 else [0.5, 0.5]))
        elif isinstance(content, list):
            out.append(("bul", content))
        else:
            out.append(("p", content))
    return out


def plan_text(child: dict, head) -> str:
    """The same sections as lines of text, for a scan or a copied page."""
    lines: list[str] = []
    for sid, title in TITLES.items():
        lines.append("")
        lines.append(head(sid, title))
        content = child[sid]
        if isinstance(content, list) and content and isinstance(content[0], list):
            lines.extend("   ".join(row) for row in content)
        elif isinstance(content, list):
            lines.extend(f"o {t}" for t in content)
        else:
            lines.append(content)
    return "\n".join(lines).strip()


# --- the children ---------------------------------------------------------

HARVEY = {
    "A": 'Harvey is 9. He loves Lego Technic, Calderbrook Town and fishing with his uncle at the reservoir. He would like to be an engineer. His mum said: "He is a different lad when someone takes the time to explain things properly."',
    "B": [
        "Communication and interaction: Harvey is autistic (diagnosed by the Calderbrook Child Development Centre, 2023). He interprets language literally and needs time to process spoken instructions.",
        "Social, emotional and mental health: Harvey becomes highly anxious when routines change; he has had four fixed-term suspensions in Year 4 following incidents at lunchtime.",
        "Sensory: Harvey is over-responsive to noise and touch and avoids the dining hall.",
    ],
    "C": "Harvey has mild asthma (inhaler kept in school). No other health needs related to his SEN.",
    "D": "No social care needs identified.",
    "E": [
        ["By the end of Key Stage 2", "Next 12 months"],
        [
            "Harvey will manage unstructured times safely with a plan he has helped write.",
            "Uses his lunchtime plan (quiet club or garden) on 4 days out of 5.",
        ],
        [
            "Harvey will ask for help or a break using words or his card.",
            "Uses his break card without prompting twice a week.",
        ],
    ],
    "F": [
        "A small teaching group of no more than 10 pupils within the specialist resource base for the whole school day, with a teacher holding a qualification in autism.",
        "An adult trained in autism available to Harvey at all unstructured times (break and lunch), every day.",
        "Speech and language therapy: 6 sessions of direct therapy per term of 40 minutes from an HCPC-registered speech and language therapist, and a programme delivered 3 x 20 minutes weekly by a trained teaching assistant.",
        "Occupational therapy assessment of sensory needs and a sensory plan, reviewed each term by the occupational therapist.",
        "A written plan for changes to routine, shared with Harvey the day before wherever possible.",
    ],
    "G": "Asthma care plan held by school; annual review by the school nurse.",
    "H1": "None.",
    "H2": "None.",
    "I": "Holmbrook Edge Primary Academy (Ashgill Learning Partnership), with a place in the Kestrel Base specialist resource provision.",
    "J": "None requested.",
    "K": "Parental advice (03/2025); Holmbrook Edge Primary Academy (03/2025); Calderbrook Educational Psychology Service (04/2025); Calderbrook CDC paediatrics (04/2025); independent speech and language therapy report by Ms R. Okafor (06/2025); Tribunal order EH 381/25/00904 (02/12/2025).",
}

ISLA = {
    "A": 'Isla Mae enjoys Taylor Swift, her rabbit Biscuit and drama club. She would like to work in a nursery. Isla Mae says: "I like it when teachers don\'t make me read out loud."',
    "B": [
        "Cognition and learning: Isla Mae has a moderate learning difficulty; her reading age is 7 years 2 months at a chronological age of 12 years 4 months (June 2025).",
        "Communication: her understanding of spoken language is below age expectations (CELF-5 receptive standard score 71).",
        "Social, emotional and mental health: Isla Mae is anxious in large groups and has missed school on days with PE.",
    ],
    "C": "None reported.",
    "D": "The family are supported by an Early Help worker (Wrekinford Family Hub).",
    "E": [
        ["Outcome", "Steps", "Who checks"],
        [
            "Read and understand a short text at her level",
            "Reading age up by 12 months",
            "SENCo, termly",
        ],
        ["Join in group work in three subjects", "Speaks in a group of four weekly", "Form tutor"],
    ],
    "F": [
        "Daily structured reading intervention (Toe by Toe or equivalent), 20 minutes, one to one with a trained teaching assistant.",
        "Small-group teaching (up to 8 pupils) for English and maths.",
        "Language support: pre-taught vocabulary for each topic; a SALT programme reviewed termly by the Wrekinford Speech and Language Therapy Service.",
        "ELSA sessions weekly for two terms, then reviewed.",
    ],
    "G": "None.",
    "H1": "None.",
    "H2": "Early Help support as agreed in the family plan.",
    "I": "Severn Reach Academy, Wrekinford (mainstream secondary academy, Marches Gate Academy Trust).",
    "J": "Not requested.",
    "K": "Parent and Isla Mae (05/2025); Severn Reach Academy (05/2025); Educational Psychology, Wrekinford Borough Council (06/2025); Wrekinford SALT (06/2025); Family Hub (06/2025).",
}

KACPER = {
    "A": "Kacper is 15 and likes cycling, fixing bikes and YouTube videos about engines. He wants to do a motor vehicle course at college. His parents want him to stay safe on the way to school and get qualifications.",
    "B": [
        "Physical: Kacper has spastic diplegia (cerebral palsy, GMFCS level II). He walks independently indoors and uses a wheelchair for longer distances.",
        "Cognition and learning: Kacper's handwriting is slow and tiring; he records better on a laptop.",
        "Social, emotional and mental health: Kacper has become withdrawn over the last year and says he has no friends.",
    ],
    "C": "Kacper had hamstring surgery in 2024; he needs a daily stretching programme and wears night splints.",
    "D": "Kacper is known to the Children with Disabilities Team for a short-break assessment.",
    "E": [
        ["Outcome", "By July 2026"],
        [
            "Kacper will move around the school site independently and on time.",
            "Uses the lift pass and leaves lessons 5 minutes early.",
        ],
        ["Kacper will complete coursework on a laptop.", "Touch-types at 25 words per minute."],
    ],
    "F": [
        "Physiotherapy programme delivered daily by a trained teaching assistant (20 minutes), with a physiotherapist's review each half term.",
        "A laptop with word prediction for all written work; 25% extra time in tests.",
        "A named mentor meeting Kacper weekly.",
        "An accessible changing area and a key for the lift.",
    ],
    "G": "Paediatric physiotherapy (Tyneholm Children's Therapies): review each half term; orthotics review every six months.",
    "H1": "Short breaks: 6 hours per week during school holidays (assessed under the Chronically Sick and Disabled Persons Act 1970).",
    "H2": "None.",
    "I": "Wansley Lane Academy, Tyneholm (mainstream secondary academy).",
    "J": "A direct payment for short breaks, £1,240 per year.",
    "K": "Parents (09/2024); Kacper (09/2024); Wansley Lane Academy (10/2024); Educational psychology (10/2024); Physiotherapy (10/2024); Paediatrician (10/2024); Children with Disabilities Team (11/2024); annual review (11/02/2026).",
}

POPPY = {
    "A": "Poppy is 4 and loves Peppa Pig, swings and splashing in puddles. She uses some single words and a talker. Her parents want her to be happy, safe and to make friends.",
    "B": [
        "Communication: Poppy has a severe speech disorder (childhood apraxia of speech) and uses a high-tech communication aid with 60 core words.",
        "Cognition and learning: Poppy has global developmental delay and is working within the early years framework.",
        "Physical: Poppy has hypermobility and tires easily on stairs.",
    ],
    "C": "Poppy is under the community paediatrician for global developmental delay; genetic tests are awaited.",
    "D": "None identified.",
    "E": [
        ["Longer-term outcome", "Steps for the next year"],
        [
            "Poppy will use her talker to make requests and comments across the day.",
            "Uses 20 core words with modelling.",
        ],
        ["Poppy will manage her coat and shoes on her own.", "Puts her coat on with one prompt."],
    ],
    "F": [
        "A class of no more than 10 pupils in a special school for pupils with moderate and severe learning difficulties.",
        "Speech and language therapy 1 x 30 minutes weekly direct, plus daily aided language modelling by all classroom staff trained by the therapist.",
        "Occupational therapy programme for fine motor skills, 3 x 15 minutes weekly.",
    ],
    "G": "Community paediatric review six-monthly.",
    "H1": "None.",
    "H2": "None.",
    "I": "Brindley Fields School, Mercia Vale (maintained special school).",
    "J": "Not requested.",
    "K": "Parents (03/2025); Little Acorns Nursery (03/2025); EP (04/2025); SALT (04/2025); paediatrician (04/2025); OT (03/2025).",
}

TAJ = {
    "A": "Taj is 11. He likes cricket, cooking with his dad and drawing cartoons. He wants to go to the same secondary school as his cousin. His parents say he gets lost in busy classrooms.",
    "B": [
        "Cognition and learning: Taj has dyslexia and slow processing speed (WISC-V processing speed index 78).",
        'SEMH: Taj has low self-esteem and says he is "thick".',
        "Communication: no significant needs.",
    ],
    "C": "None.",
    "D": "None.",
    "E": [
        ["Outcome", "Steps"],
        [
            "Taj will read age-appropriate texts with assistive technology.",
            "Uses a reader pen in English and science.",
        ],
        [
            "Taj will say three things he is good at.",
            "Completes a strengths journal each half term.",
        ],
    ],
    "F": [
        "Specialist dyslexia teaching 2 x 40 minutes weekly from a specialist teacher with AMBDA or equivalent.",
        "A reader pen and a laptop.",
        "Mentoring 1 x weekly.",
    ],
    "G": "None.",
    "H1": "None.",
    "H2": "None.",
    "I": "Transfer to secondary phase: Pennine Fold Academy, from September 2026.",
    "J": "None.",
    "K": "Parents (10/2025); Lowerfold Primary (10/2025); EP (11/2025); annual review (13/01/2026).",
}


# --- the plans ------------------------------------------------------------


def lettered(sid: str, title: str) -> list:
    return [("h", 2, f"Section {sid} - {title}")]


AFTER_ORDER = [
    ("org", "Calderbrook Metropolitan Borough Council"),
    (
        "small",
        "SEND Statutory Assessment and Review Team · Halifax Road, Calderbrook HX9 7ZZ · 01632 960711",
    ),
    ("title", "Education, Health and Care Plan"),
    (
        "kv",
        [
            ("Name", "Harvey Bottomley"),
            ("Date of birth", "14/05/2016"),
            ("EHC plan reference", "CBK/EHC/7719"),
            ("Date of issue", "06/01/2026"),
            ("Status", "Final - amended in accordance with the Tribunal's order"),
        ],
    ),
    (
        "i",
        "This plan has been amended and issued in accordance with the Order of the First-tier Tribunal (Special Educational Needs and Disability) dated 2 December 2025 (appeal EH 381/25/00904). Sections B, F and I are as ordered by the Tribunal. The local authority must secure the provision in Section F from the date of this plan.",
    ),
    *plan_blocks(HARVEY, lettered),
    (
        "sig",
        [
            "Signed on behalf of Calderbrook Metropolitan Borough Council",
            "Donna Ackroyd, SEND Team Manager",
            "06/01/2026",
        ],
    ),
]


def table_head(sid: str, title: str) -> list:
    return [("kv", [(f"Section {sid}", title)])]


TABLES_FINAL = [
    ("org", "Wrekinford Borough Council"),
    ("small", "Special Educational Needs and Inclusion · Darby House, Wrekinford TF9 2ZZ"),
    ("title", "EHC Plan"),
    (
        "kv",
        [
            ("Child or young person", "Isla Mae Thackeray"),
            ("DOB", "21/02/2013"),
            ("NHS no.", "999 123 4567"),
            ("Plan type", "Final"),
            ("Issued", "19 September 2025"),
            ("Next review by", "September 2026"),
        ],
    ),
    *plan_blocks(ISLA, table_head),
    ("kv", [("Signed", "C. Bamford, Head of SEN"), ("Date", "19/09/2025")]),
]


def amended_head(sid: str, title: str) -> list:
    return [("band", f"{sid}.  {title}")]


AMENDED_AFTER_REVIEW = [
    ("org", "Tyneholm City Council"),
    ("small", "Education, Health and Care Team · Quayside Chambers · Tyneholm NE99 4ZZ"),
    ("title", "Education, Health and Care Plan (amended)"),
    (
        "p",
        "Name: Kacper Nowicki    Date of birth: 02/08/2010    UPN: K123456789012",
    ),
    (
        "p",
        "This plan was first issued on 20 December 2024. It has been amended following the annual review held on 11 February 2026 and is issued as a final amended plan on 31 March 2026 under section 39 as applied by regulation 22(5). Amended text is shown in bold in the original.",
    ),
    *plan_blocks(KACPER, amended_head),
    ("sig", ["Issued by: Gary Lumsden, EHC Co-ordinator", "31 March 2026"]),
]

FINAL_PDF = [
    ("org", "Mercia Vale County Council"),
    ("small", "SEND Casework · County Hall · Mercia Vale WR99 1ZZ"),
    ("title", "Education, Health and Care Plan"),
    ("p", "Poppy Greenhalgh · born 30/03/2021 · Plan ref MV-EHC-55210"),
    *plan_blocks(POPPY, lettered),
    (
        "p",
        "Final plan issued 24 July 2025. The authority has named the school in Section I after consulting the governing body.",
    ),
    ("sig", ["Anwen Price", "SEND Casework Officer, on behalf of Mercia Vale County Council"]),
]


def scan_head(sid: str, title: str) -> str:
    return f"SECTION {sid}: {title.upper()}"


# A plan scanned at the library: the top of the first page (the council's letterhead, the
# title and Taj's details) did not make it onto the scanner glass.
SCAN_FINAL_CUT = (
    "ool from September 2026. Plan issued 2 March 2026 (final).\n"
    + plan_text(TAJ, scan_head)
    + "\n\nThis is the final EHC plan. Signed: M. Hartley, SEND Officer, Pennine Fold Council, 02/03/2026"
)


# Drafts ------------------------------------------------------------------

PROPOSED_AMENDMENTS = [
    ("org", "Pennine Fold Council"),
    ("small", "SEND Team · Town Hall · Moorside OL99 3ZZ · 01632 960733 · send@example.org"),
    ("p", "Date: 3 February 2026     Our ref: PF/AR/8821"),
    ("p", "Dear Mr and Mrs Riaz,"),
    ("b", "Annual review of Taj Riaz's EHC plan - proposed amendments"),
    (
        "p",
        "Following Taj's annual review on 13 January 2026, the council proposes to amend his EHC plan. The proposed amendments are shown in the table below and the plan is enclosed with the changes marked. You have 15 days to make representations and to ask for a particular school to be named (regulation 22(2)).",
    ),
    (
        "grid",
        [
            ["Section", "Current wording", "Proposed amendment"],
            [
                "B",
                "Taj has dyslexia.",
                "Taj has dyslexia and slow processing speed (WISC-V PSI 78).",
            ],
            [
                "F",
                "Specialist teaching 1 x weekly.",
                "Specialist dyslexia teaching 2 x 40 minutes weekly from a specialist teacher.",
            ],
            [
                "I",
                "Lowerfold Primary School.",
                "To be confirmed following consultation for secondary transfer.",
            ],
        ],
        [0.12, 0.38, 0.5],
    ),
    ("pb",),
    ("title", "EHC Plan - PROPOSED AMENDMENTS (draft)"),
    *plan_blocks(TAJ, lettered),
    ("sig", ["Michelle Hartley", "SEND Officer"]),
]


def col_head(sid: str, title: str) -> list:
    return [("b", f"{sid} | {title}")]


TRACKED_DRAFT = [
    ("org", "Tyneholm City Council"),
    ("title", "Annual Review - proposed amendments to the EHC Plan"),
    ("p", "Kacper Nowicki · review meeting 11/02/2026 · amendments proposed 25/02/2026"),
    (
        "grid",
        [
            ["Section", "Proposed amendment", "Reason"],
            [
                "B",
                "Add: Kacper has become withdrawn over the last year.",
                "School and parents at review",
            ],
            [
                "F",
                "Physiotherapy programme daily (was 3 x weekly).",
                "Physiotherapy report 01/2026",
            ],
            ["H1", "Short breaks 6 hours weekly in holidays.", "CWD Team assessment"],
        ],
        [0.12, 0.58, 0.3],
    ),
    (
        "p",
        "The plan below includes the proposed amendments. It will not be final until the council has considered your comments.",
    ),
    *plan_blocks(KACPER, col_head),
]

FIRST_DRAFT = [
    ("org", "Calderbrook Metropolitan Borough Council"),
    ("title", "Draft Education, Health and Care Plan"),
    ("p", "Harvey Bottomley · DOB 14/05/2016 · draft issued 12/06/2025"),
    (
        "i",
        "This draft plan is issued under section 38 of the Children and Families Act 2014. Section I is left blank. You may ask for a particular school to be named within 15 days.",
    ),
    *plan_blocks(
        {
            **HARVEY,
            "I": "To be named in the final plan.",
            "K": "Parental advice (03/2025); school (03/2025); EP (04/2025); paediatrics (04/2025).",
        },
        lettered,
    ),
]

SCAN_DRAFT_CUT = (
    "eeds Assessment, and is a draft for consultation. Any comments within 15 days please.\n"
    + plan_text({**ISLA, "I": "Not named in draft."}, scan_head)
    + "\n\nDRAFT plan issued 04/07/2025 - Wrekinford Borough Council"
)


DOCUMENTS: list[dict] = [
    dict(
        name="Harvey EHCP after tribunal.pdf",
        kind="ehcp_final",
        blocks=AFTER_ORDER,
        accent="5B2C6F",
    ),
    dict(name="Isla Mae EHCP 2025.docx", kind="ehcp_final", blocks=TABLES_FINAL, sans=True),
    dict(name="kacper plan march 26.docx", kind="ehcp_final", blocks=AMENDED_AFTER_REVIEW),
    dict(
        name="Poppy_EHCP_final.pdf", kind="ehcp_final", blocks=FINAL_PDF, sans=True, accent="2E5E4E"
    ),
    dict(
        name="scan0007.txt",
        kind="ehcp_final",
        text=SCAN_FINAL_CUT,
        ocr=True,
        running="Taj Riaz EHC Plan",
    ),
    dict(name="AR outcome Taj.pdf", kind="ehcp_draft", blocks=PROPOSED_AMENDMENTS),
    dict(name="Kacper EHCP (2).docx", kind="ehcp_draft", blocks=TRACKED_DRAFT, sans=True),
    dict(name="Harvey plan.pdf", kind="ehcp_draft", blocks=FIRST_DRAFT, watermark="DRAFT"),
    dict(name="Isla draft plan scan.txt", kind="ehcp_draft", text=SCAN_DRAFT_CUT, ocr=True),
]
