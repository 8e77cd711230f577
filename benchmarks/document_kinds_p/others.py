# ruff: noqa: E501
"""Other papers of set P: a DWP mandatory reconsideration notice for a disability benefit,
an independent expert's invoice saved under the report's name, a secondary school's
published SEN information report, and a personal emergency evacuation plan. All
invented."""

from __future__ import annotations

DWP = [
    ("org", "Department for Work and Pensions"),
    (
        "small",
        "Disability Benefits Centre 9, Mail Handling Site Z, Ashfield Ridge DR98 1ZZ  |  Telephone 01632 960020  |  Textphone 01632 960021",
    ),
    ("p", "Mrs Sandra Okonjo-Marsh\n18 Pugmill Way\nKiln Park\nAshgrove New Town\nAG5 3JD"),
    (
        "kv",
        [
            ("Date", "3 February 2026"),
            ("Our reference", "DLA/CH/99/118204"),
            ("Child", "Jude Okonjo-Marsh"),
        ],
        [0.3, 0.7],
    ),
    ("title", "Mandatory Reconsideration Notice - Disability Living Allowance"),
    ("p", "Dear Mrs Okonjo-Marsh,"),
    (
        "p",
        "We have looked again at our decision of 28 October 2025 about Disability Living Allowance for Jude, as you asked us to on 19 November 2025.",
    ),
    ("b", "We have changed the decision"),
    (
        "kv",
        [
            ("Care component", "Middle rate (was lowest rate)"),
            ("Mobility component", "Lower rate (no change)"),
            ("From", "14 August 2025"),
            ("Award ends", "13 August 2028"),
        ],
        [0.4, 0.6],
    ),
    (
        "p",
        "We have taken into account the letter from Kiln Park Primary School and the diagnosis letter from the FASD clinic, which show that Jude needs frequent attention throughout the day in connection with his bodily functions and continual supervision to avoid substantial danger, substantially more than other children of his age.",
    ),
    (
        "p",
        "We will pay any arrears into your account within 14 days. If you still disagree, you can appeal to HM Courts and Tribunals Service (Social Security and Child Support tribunal) within one month of the date of this notice. Please send this notice with your appeal form SSCS1.",
    ),
    ("sig", ["Yours sincerely", "", "Decision Maker", "Disability Benefits Centre 9"]),
]

INVOICE = [
    ("org", "Dr Hannah Whitlock - Consultant Paediatric Neuropsychologist"),
    (
        "small",
        "The Ropewalk Clinic, 12 Ropewalk, Lymstone LY1 3PB  |  01632 960130  |  hwhitlock@ropewalkclinic.example.org",
    ),
    ("title", "INVOICE"),
    (
        "kv",
        [
            ("Invoice number", "RW-2026-0117"),
            ("Date", "3 May 2026"),
            (
                "Bill to",
                "Mr and Mrs Okonjo-Marsh, 18 Pugmill Way, Kiln Park, Ashgrove New Town AG5 3JD",
            ),
            ("Client", "Jude Okonjo-Marsh"),
            ("Matter", "SEND Tribunal appeal EH873/26/00377"),
        ],
        [0.3, 0.7],
    ),
    (
        "grid",
        [
            ["Description", "Hours", "Amount (GBP)"],
            ["Review of papers (EHC plan, EP advice, school records)", "3.0", "540.00"],
            ["Assessment at clinic (22 April 2026)", "4.0", "720.00"],
            ["School observation at Kiln Park Primary and travel", "3.5", "630.00"],
            ["Report writing", "6.0", "1,080.00"],
            ["Total", "", "2,970.00"],
        ],
        [0.6, 0.15, 0.25],
    ),
    (
        "p",
        "Payment is due within 30 days. Attendance at the hearing, if required, is charged separately at GBP 1,100 per day. Bank: Harbour Mutual Bank, sort code 00-00-00, account 00000000, reference RW-2026-0117.",
    ),
    (
        "small",
        "The report itself is sent separately. This invoice is not evidence and should not be included in the hearing bundle.",
    ),
]

SEN_INFO = [
    ("org", "Wychbury High School"),
    ("small", "Castle Street, Wychbury SF7 1QE  |  01632 960600  |  www.wychburyhigh.example.org"),
    ("title", "SEN Information Report 2025-26"),
    (
        "i",
        "Published under section 69 of the Children and Families Act 2014 and the Special Educational Needs and Disability Regulations 2014. Reviewed by governors, September 2025.",
    ),
    ("h", 2, "1. What kinds of special educational needs do we provide for?"),
    (
        "p",
        "We are a mainstream 11-18 school with 1,240 pupils. We welcome pupils with needs in all four areas of the SEND Code of Practice: communication and interaction; cognition and learning; social, emotional and mental health; and sensory and/or physical needs. 14% of our pupils receive SEN support and 31 have an EHC plan.",
    ),
    ("h", 2, "2. How do we identify pupils with SEN?"),
    (
        "p",
        "Through information from primary schools, reading and spelling screening in Year 7, teachers' concerns and parents' concerns. We follow the graduated approach: assess, plan, do, review.",
    ),
    ("h", 2, "3. Who is our SENCo?"),
    (
        "p",
        "Mrs Rachael Dunmore (National Award for SEN Co-ordination). Contact: senco@wychburyhigh.example.org, 01632 960605.",
    ),
    ("h", 2, "4. What support do we offer?"),
    (
        "bul",
        [
            "Literacy and numeracy interventions in small groups",
            "The Saltbox: our inclusion base, open before school and at break",
            "Emotional literacy support assistants (ELSAs)",
            "Access arrangements for examinations",
            "A lift and accessible toilets on every floor",
        ],
    ),
    ("h", 2, "5. How do we work with parents?"),
    (
        "p",
        "Each pupil on SEN support has a pupil profile reviewed with parents three times a year. Annual reviews of EHC plans are held in school.",
    ),
    ("h", 2, "6. Complaints"),
    (
        "p",
        "Concerns should be raised first with the SENCo. Our complaints policy is on the website. The local offer of Salterford and Wychbury Borough Council can be found on the council's website.",
    ),
]

PEEP = [
    ("org", "St Ebbe's Academy"),
    ("small", "Bay View, Cowlstone, Isle of Kerrith KR4 5BA  |  01632 960375"),
    ("title", "Personal Emergency Evacuation Plan (PEEP)"),
    (
        "kv",
        [
            ("Name", "Tomos Penhallow"),
            ("Form", "7K"),
            (
                "Mobility",
                "Rollator indoors; wheelchair for longer distances (since September 2025 surgery, wheelchair for most moves)",
            ),
            ("Date written", "2 February 2026"),
            ("Review date", "After physiotherapy review, June 2026"),
        ],
        [0.28, 0.72],
    ),
    ("h", 2, "Alarm and awareness"),
    ("p", "Tomos can hear the alarm and understands the procedure. He has been shown his routes."),
    ("h", 2, "Evacuation procedure"),
    (
        "grid",
        [
            ["Location", "Route", "Assistance"],
            [
                "Ground floor (most lessons)",
                "Nearest external door to Assembly Point B",
                "Buddy walks with him; member of staff follows",
            ],
            [
                "Science block, first floor",
                "Refuge point by stair 3; evacuation chair",
                "Two trained staff (Mr Rule, Ms Penrose) operate the evacuation chair",
            ],
            [
                "Library, first floor",
                "Refuge point by lift lobby",
                "Library staff radio the site team",
            ],
        ],
        [0.3, 0.35, 0.35],
    ),
    ("h", 2, "Equipment"),
    (
        "p",
        "Evacuation chairs at stair 3 and the lift lobby, checked monthly. The lift must not be used in a fire.",
    ),
    ("h", 2, "Practice"),
    ("p", "The plan is practised each term, including one unannounced drill."),
    (
        "sig",
        [
            "Agreed by: Tomos Penhallow, Mrs M Penhallow, Mr D Rule (site manager), Mrs K Rowe (SENCo)"
        ],
    ),
]

DOCUMENTS: list[dict] = [
    {"name": "DLA decision.pdf", "kind": "other", "blocks": DWP, "sans": True, "accent": "00703C"},
    {"name": "Jude report Dr W.pdf", "kind": "other", "blocks": INVOICE, "accent": "2F5D50"},
    {
        "name": "SEN report Wychbury High.pdf",
        "kind": "other",
        "blocks": SEN_INFO,
        "accent": "0B3D91",
    },
    {"name": "Tomos PEEP.docx", "kind": "other", "blocks": PEEP},
]
