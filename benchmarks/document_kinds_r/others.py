# ruff: noqa: E501
"""Other papers of set R: the DWP's award letter and its mandatory reconsideration notice,
a school's risk assessment for a residential trip, a SENDIASS factsheet saved under a name
that says it is a plan, and an island council's ferry travel assistance application. All
invented."""

from __future__ import annotations

from document_kinds_r.common import CARROW, CARROW_SMALL

DLA_AWARD = [
    ("org", "Department for Work and Pensions"),
    (
        "small",
        "Disability Living Allowance for children  |  Post Handling Site C, Carrowdale CX98 1ZZ  |  Telephone 01632 960900  |  Textphone 01632 960901",
    ),
    ("p", "Mr Pawel Bielski\n4 Ramsey Terrace\nWesterby IC6 2PP"),
    (
        "kv",
        [
            ("Date", "6 November 2025"),
            ("Our reference", "DLA/CH/77 41 29 B"),
            ("Child", "Tomasz Bielski"),
        ],
    ),
    ("title", "Disability Living Allowance - we have renewed Tomasz's award"),
    ("p", "Dear Mr Bielski,"),
    (
        "p",
        "We have looked at your renewal claim for Tomasz. We have decided that Tomasz is entitled to Disability Living Allowance from 14 December 2025 to 1 May 2031.",
    ),
    (
        "grid",
        [
            ["Component", "Rate", "Weekly amount"],
            ["Care component", "Highest rate", "£110.40"],
            ["Mobility component", "Higher rate", "£77.05"],
        ],
        [2.4, 2.0, 2.0],
    ),
    (
        "p",
        "We will pay £374.90 every four weeks into the account you told us about. If your circumstances change you must tell us straight away.",
    ),
    (
        "p",
        "If you think this decision is wrong, you can ask us to look at it again. This is called a mandatory reconsideration. You must ask within one month of the date of this letter.",
    ),
    ("p", "Yours sincerely, Disability Benefits Centre"),
]

DWP_MR = """Department for Work and Pensions
Mandatory Reconsideration Notice
Disability Benefit Centre, Post Handling Site C, Carrowdale CX98 1ZZ

Mrs Gemma Hartigan
9 Flashes Close
Saltwich SB4 7JN

Date: 20 April 2026
Benefit: Disability Living Allowance (child) - Ellis Hartigan
Reference: DLA/CH/61 05 88 H

We have looked again at our decision of 2 February 2026 that Ellis is entitled to the lowest rate of the care component and no mobility component.

We have considered the letter from Dr Oyelaran, Ellis's EHC plan and the school's letter you sent with your request.

What we have decided
We have changed the decision. Ellis is entitled to the middle rate of the care component from 11 November 2025, because he needs frequent attention throughout the day in connection with his bodily functions, including help with communication and managing his distress. We have not changed the decision about the mobility component: the evidence does not show that Ellis needs guidance or supervision most of the time outdoors in unfamiliar places.

If you disagree
You can appeal to the First-tier Tribunal (Social Security and Child Support) within one month of the date of this notice. You will need to send a copy of this notice with form SSCS1.

Decision Maker, DWP
"""

RISK_ASSESSMENT = [
    ("org", "Westerby Primary School"),
    ("title", "Educational visit - individual risk assessment"),
    (
        "kv",
        [
            ("Visit", "Year 6 residential, Greystone Outdoor Centre (mainland), 8-10 July 2026"),
            ("Pupil", "Tomasz Bielski"),
            ("Visit leader", "Mr D. Quine"),
            ("Approved by", "Mrs C. Moore, Headteacher, 1 May 2026"),
        ],
    ),
    (
        "table",
        [
            ["Hazard", "Who is at risk", "Control measures", "Residual risk"],
            [
                "Ferry crossing: access and evacuation in a wheelchair",
                "Tomasz, staff",
                "Wheelchair space booked with ferry company; two trained staff travel with him; evacuation plan agreed with crew",
                "Low",
            ],
            [
                "Transfers and personal care away from school",
                "Tomasz, staff",
                "Centre has a changing places room and ceiling hoist (checked on pre-visit); two staff trained in moving and handling",
                "Low",
            ],
            [
                "Activities (canoeing, climbing)",
                "Tomasz",
                "Adapted canoe with seating; ability-swing instead of climbing wall; parents consulted",
                "Medium",
            ],
            [
                "Medication and night-time positioning",
                "Tomasz",
                "Parents to train staff in his night positioning; medication log kept by first aider",
                "Low",
            ],
        ],
        {"header": True, "widths": [1.8, 1.0, 3.2, 0.8]},
    ),
    (
        "p",
        "Parents have seen and agreed this assessment. Emergency contact: Mr P. Bielski, 07700 900471.",
    ),
]

FACTSHEET = [
    ("org", "Avonheath SENDIASS"),
    (
        "small",
        "Special Educational Needs and Disability Information, Advice and Support Service  |  Free, confidential and impartial  |  01632 960745",
    ),
    ("title", "Factsheet 4: What is an EHC plan and what should be in it?"),
    (
        "p",
        "An Education, Health and Care plan (EHC plan) is a legal document that describes a child or young person's special educational needs, the support they need and the outcomes they would like to achieve. The local authority must make sure the special educational provision in the plan is delivered.",
    ),
    ("h", 2, "The sections of a plan"),
    (
        "bul",
        [
            "Section A: the views, interests and aspirations of the child and their parents.",
            "Section B: the child's special educational needs - all of them.",
            "Section E: the outcomes sought.",
            "Section F: the special educational provision, which should be detailed and specific (who, what, how often).",
            "Section I: the name and type of school or setting.",
            "Sections C, D, G and H: health and social care needs and provision.",
        ],
    ),
    ("h", 2, "Tips for checking a draft plan"),
    (
        "p",
        'Check that every need in the reports appears in Section B and that every recommendation appears in Section F. Look out for vague words such as "access to", "opportunities for" or "as appropriate". You have 15 days to comment on a draft plan.',
    ),
    ("p", "This factsheet is general information, not legal advice. Updated January 2026."),
]

FERRY_FORM = [
    ("org", CARROW),
    ("small", CARROW_SMALL),
    (
        "title",
        "Application for travel assistance - off-island appointments and education (form TA2)",
    ),
    ("field", "Name of child or young person", "Tomasz Bielski"),
    (
        "field",
        "Reason for travel",
        "Hospital appointment (orthopaedics), Wessex Shore Children's Hospital, 21 April 2026; and school visit to Ardmoor School, 22 April 2026",
    ),
    (
        "field",
        "Mode of travel requested",
        "Vehicle ferry with wheelchair-accessible vehicle; return same week",
    ),
    ("field", "Number of escorts", "2 (both parents; two-person transfers needed)"),
    ("field", "Is the child entitled to home-to-school transport under an EHC plan?", "Yes"),
    (
        "field",
        "Declaration",
        "I declare that the information given is correct. Signed: A. Bielska. Date: 30 March 2026",
    ),
    ("small", "For office use: approved / refused   Officer: ______   Ferry voucher no: ______"),
]

DOCUMENTS: list[dict] = [
    {"name": "DLA.pdf", "kind": "other", "blocks": DLA_AWARD},
    {"name": "DWP letter.pdf", "kind": "other", "text": DWP_MR, "ocr": True},
    {"name": "Tomasz residential.docx", "kind": "other", "blocks": RISK_ASSESSMENT, "sans": True},
    {"name": "EHCP.pdf", "kind": "other", "blocks": FACTSHEET, "accent": "6B3FA0"},
    {"name": "ferry form.pdf", "kind": "other", "blocks": FERRY_FORM},
]
