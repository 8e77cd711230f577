# ruff: noqa: E501
"""Plans and review paperwork of the eighth kind set: a north-east metropolitan borough's
final plan, a Cumbrian council's final plan with numbered sections, a Midlands portal's
export of an issued plan as text, a final plan scanned on a school's copier; a draft marked
only in the Word document's header, a Midlands portal's "proposed plan" download, a draft
photographed on a phone, a draft pasted into a text file; an independent special school's
annual review report, a north-east review record, a Cumbrian review form as text and a
phase transfer review. All invented."""

from __future__ import annotations

# Final plans ---------------------------------------------------------------------

GREYBURN_FINAL = [
    ("org", "Greyburn Metropolitan Borough Council"),
    ("small", "SEND Assessment and Review Team · Civic Centre · Greyburn · 01632 960410"),
    ("title", "Education, Health and Care Plan"),
    (
        "kv",
        [
            ("Name", "Lewis Armstrong"),
            ("Date of birth", "04/07/2015"),
            ("Plan issued", "19 January 2026"),
            ("Status", "FINAL"),
            ("EHC Co-ordinator", "Dawn Surtees"),
        ],
    ),
    ("h", 1, "Section A: The views, interests and aspirations of Lewis and his parents"),
    (
        "p",
        "Lewis likes Lego, drawing maps of the Metro and going to the match with his granda. He wants to be a train driver.",
    ),
    ("h", 1, "Section B: Lewis's special educational needs"),
    ("b", "Communication and interaction"),
    (
        "p",
        "Lewis has a diagnosis of autism (2022). He finds it hard to join in with group conversations and to understand jokes and sarcasm.",
    ),
    ("b", "Cognition and learning"),
    (
        "p",
        "Lewis's reading is about two years behind his age. He has difficulty remembering spoken instructions of more than two parts.",
    ),
    ("h", 1, "Section C: Lewis's health needs which relate to his SEN"),
    ("p", "Lewis has eczema and a restricted diet. He is under the community paediatrician."),
    ("h", 1, "Section E: Outcomes"),
    (
        "p",
        "By the end of Key Stage 2, Lewis will be able to take part in a group task for 15 minutes with one adult prompt.",
    ),
    ("h", 1, "Section F: Special educational provision"),
    (
        "grid",
        [
            ["Provision", "Who", "How often"],
            [
                "Small-group social communication sessions (Lego-based therapy)",
                "Trained TA",
                "2 x 30 minutes weekly",
            ],
            ["Precision teaching of sight words", "TA", "10 minutes daily"],
            ["Visual timetable and task boards", "Class staff", "Throughout the day"],
        ],
        [0.5, 0.2, 0.3],
    ),
    ("h", 1, "Section I: Placement"),
    ("p", "Low Fell Lane Primary School (mainstream)"),
    ("h", 1, "Section K: Advice and information"),
    (
        "bul",
        [
            "Educational psychology advice, Dr P Charlton, 14/10/2025",
            "Speech and language therapy advice, 02/10/2025",
            "Parental advice, 30/09/2025",
        ],
    ),
    (
        "sig",
        [
            "Signed on behalf of Greyburn Metropolitan Borough Council",
            "Dawn Surtees, EHC Co-ordinator",
            "Date: 19/01/2026",
        ],
    ),
]

EDEN_FINAL = [
    ("org", "Eden Fells Council"),
    ("small", "Inclusion Service · Fellside House · Appleby Road · Kirkhaugh · 01632 960502"),
    ("title", "EDUCATION, HEALTH AND CARE PLAN"),
    ("p", "Isla Graham  ·  DOB 12.03.2012  ·  Plan date 02.03.2026  ·  Final"),
    ("h", 2, "Section 1 - All about me"),
    (
        "p",
        "I live on a farm near Kirkhaugh with my mam, my dad and my little brother. I like horses and baking. Sometimes the bus makes me feel sick and worried.",
    ),
    ("h", 2, "Section 2 - My special educational needs"),
    (
        "p",
        "Isla has a moderate bilateral hearing loss and wears hearing aids. She misses much of what is said in noisy rooms and in group discussion.",
    ),
    ("h", 2, "Section 3 - My health needs"),
    ("p", "Isla is seen by the audiology service at Carlisle every six months."),
    ("h", 2, "Section 4 - My social care needs"),
    ("p", "No social care needs have been identified."),
    ("h", 2, "Section 5 - Outcomes"),
    (
        "p",
        "By July 2027 Isla will ask for repetition or clarification in lessons without an adult prompting her.",
    ),
    ("h", 2, "Section 6 - Special educational provision"),
    (
        "bul",
        [
            "A radio aid to be used in every lesson, checked each morning by a named member of staff.",
            "A Qualified Teacher of the Deaf to visit once every half term to advise staff and monitor equipment.",
            "Pre-teaching of key vocabulary for science and humanities, 20 minutes twice weekly, by a teaching assistant.",
        ],
    ),
    ("h", 2, "Section 7 - Health provision"),
    ("p", "Audiology review every six months."),
    ("h", 2, "Section 9 - Placement"),
    ("p", "Kirkhaugh Community School (secondary, mainstream) from September 2023."),
    ("p", "This is Isla's final EHC plan. A copy has been sent to the school and to her parents."),
]

PORTAL_EXPORT = """Shireoaks County Council - SEND Hub
Export generated 11/03/2026 08:14
Child: Jayden Patel   UPN: A123456789012   Plan ref: SCC-EHCP-44817
Plan status: FINALISED (issued 27/02/2026)
Version history: v1 draft 16/01/2026; v2 final 27/02/2026
================================================================
SECTION A  Views, interests and aspirations
Jayden enjoys football, cricket and cooking with his nani. His parents want him to be happy at school and to have friends.
----------------------------------------------------------------
SECTION B  Special educational needs
[Cognition and learning] Jayden has a diagnosis of dyslexia. His spelling and reading are well below age-related expectations.
[SEMH] Jayden becomes anxious before tests and can refuse to enter the classroom.
----------------------------------------------------------------
SECTION E  Outcomes
E1 | By July 2027, Jayden will read Year 5 texts with 90% accuracy.
E2 | Jayden will use a plan agreed with his key adult to manage worry before tests.
----------------------------------------------------------------
SECTION F  Special educational provision
F1 | Structured multisensory literacy programme | specialist teacher | 3 x 40 mins per week
F2 | Key adult check-in at start of day | TA | daily, 10 mins
F3 | Access to assistive technology (reader pen) | class staff | all lessons
----------------------------------------------------------------
SECTION G  Health provision
None identified.
----------------------------------------------------------------
SECTION I  Placement
Brindley Hill Primary School
----------------------------------------------------------------
This document was exported from the SEND Hub. The final plan is the version held by the local authority.
"""

SCANNED_FINAL = """MERCIA VALE COUNCIL
Education, Health and Care Plan
FINAL PLAN

Child's name: Poppy Hewitt          Date of birth: 21/05/2016
School: St Oswald's CE Primary, Tidbury
Date of this plan: 8 December 2025

Part B - Special Educational Needs
Poppy has a specific language impairment. She has difficulty understanding
spoken language in class and finding the words she needs to explain her ideas.
Poppy's frequent changes of school, because her father serves in the Army, have
left gaps in her phonics and number knowledge.

Part E - Outcomes
Poppy will follow two-step classroom instructions without a visual prompt by
the end of Year 4.

Part F - Special Educational Provision
Speech and language therapy: a programme written by an NHS SLT, reviewed each
term, delivered by a trained TA for 20 minutes three times a week.
Small-group phonics catch-up, daily, 15 minutes.
Transition support before and after any change of school: at least two visits.

Part I - Placement
St Oswald's CE Primary School

Signed: K. Whitehouse, SEN Officer, for and on behalf of Mercia Vale Council
"""

# Draft plans ---------------------------------------------------------------------

HEADER_DRAFT = [
    ("title", "Education, Health and Care Plan"),
    (
        "p",
        "Name: Evie Charlton     Date of birth: 17.09.2013     Local authority: Greyburn Metropolitan Borough Council",
    ),
    ("h", 1, "Section A - About Evie"),
    (
        "p",
        "Evie is in Year 7 at Heathfield Grammar School. She loves reading fantasy novels and playing the cello in the school orchestra.",
    ),
    ("h", 1, "Section B - Special educational needs"),
    (
        "p",
        "Evie has an autism diagnosis. She is very able academically but finds unstructured times, noise and changes to routine very difficult, and her attendance has fallen to 76%.",
    ),
    ("h", 1, "Section E - Outcomes"),
    ("p", "Evie will attend school for at least 90% of sessions by the end of Year 8."),
    ("h", 1, "Section F - Special educational provision"),
    (
        "p",
        "Weekly 45-minute sessions with a specialist autism teacher for the first two terms, then fortnightly.",
    ),
    ("p", "A quiet room available at break and lunch, with a named member of staff."),
    ("h", 1, "Section I - Placement"),
    ("p", "[Parents' preference to be considered]"),
]

PORTAL_PROPOSED = [
    ("org", "Shireoaks County Council"),
    ("small", "SEND Hub · downloaded 14/04/2026 · page furniture as printed"),
    ("band", "PROPOSED PLAN - for consultation"),
    (
        "p",
        "This is a proposed plan. You have 15 days to comment and to tell us the school you would like named.",
    ),
    (
        "kv",
        [("Child", "Aarav Mistry"), ("DOB", "09/02/2019"), ("Plan stage", "Proposed (new plan)")],
    ),
    ("h", 2, "B. Special educational needs"),
    (
        "p",
        "Aarav has global developmental delay. He uses single words and some Makaton signs. He needs adult help with dressing and toileting.",
    ),
    ("h", 2, "F. Special educational provision"),
    (
        "bul",
        [
            "Adult support throughout the day in a class of no more than 12.",
            "Speech and language therapy programme, 3 sessions a week.",
            "Intimate care plan.",
        ],
    ),
    ("h", 2, "I. Placement"),
    ("p", "Not named in the proposed plan."),
]

PHONE_DRAFT = """Northbank Borough Council
DRAFT EHC Plan (not yet finalised)
Callum Reay  DOB 03/11/2010

Section B
Callum has difficulties with literacy, attention and managing anger. He has
spent long periods out of education.

Section F
1:1 support in English and maths, 5 hours a week
Mentoring sessions weekly
Access to a small teaching room

Section I - School or other institution
To be confirmed when the plan is issued in final form.

Please send comments to the SEN team within 15 calendar days.
"""

PASTED_DRAFT = """Draft EHCP - Amelia Nixon (copied from the pdf they emailed, formatting lost)

SECTION A
Amelia wants to be a vet. She loves her dog Bramble and swimming.

SECTION B - Needs
Amelia has joint hypermobility syndrome with chronic pain and fatigue. She struggles with handwriting for long periods. Attendance 81%.

SECTION E
Amelia will complete written work using a laptop by the end of Year 9.

SECTION F
- Laptop for written work
- Rest breaks as needed
- Lift pass

SECTION I
[to be completed when final plan issued]
"""

# Annual reviews ------------------------------------------------------------------

INDEP_SCHOOL_AR = [
    ("org", "Thornbeck Hall School"),
    (
        "small",
        "Independent specialist day school for pupils with autism · Thornbeck · 01632 960811",
    ),
    ("title", "Annual Review Report"),
    (
        "kv",
        [
            ("Pupil", "Lewis Armstrong"),
            ("Review date", "10 June 2026"),
            ("Placing authority", "Greyburn MBC"),
            ("Chair", "Mrs A Forster, Head of Upper School"),
        ],
    ),
    ("h", 2, "Attendees"),
    (
        "p",
        "Mrs Armstrong (mother); Mr Armstrong (father); Lewis (for the first part); Mrs Forster; Miss Bell (class teacher); Ms Liddle (SALT); apologies: EHC Co-ordinator.",
    ),
    ("h", 2, "Progress towards outcomes"),
    (
        "grid",
        [
            ["Outcome", "Progress", "Next steps"],
            [
                "Take part in a group task for 15 minutes",
                "Achieved with one prompt",
                "Extend to 25 minutes",
            ],
            ["Read Year 3 texts", "Partly achieved", "Continue precision teaching"],
        ],
        [0.4, 0.3, 0.3],
    ),
    ("h", 2, "Views of Lewis"),
    ("p", "Lewis said he likes the train club and does not like the fire alarm."),
    ("h", 2, "Recommendations of the review"),
    (
        "bul",
        [
            "The plan should be amended: Section B to reflect Lewis's progress; Section F to add weekly SALT from the school's own therapist.",
            "Placement to continue.",
        ],
    ),
    (
        "p",
        "The school will send this report to the local authority within two weeks of the meeting.",
    ),
]

NE_REVIEW_RECORD = [
    ("title", "Record of Annual Review Meeting"),
    ("p", "Northbank Borough Council - Annual Review (Year 9 - Preparing for Adulthood)"),
    ("lab", "Young person", "Callum Reay"),
    ("lab", "Date of meeting", "24/02/2026"),
    ("lab", "Venue", "Hollin Bank Secure Children's Home, education unit"),
    ("h", 2, "1. Is the plan still needed?"),
    ("p", "Yes. All agreed Callum continues to need an EHC plan."),
    ("h", 2, "2. Changes to needs since last review"),
    ("p", "Callum now takes medication for ADHD. His reading age has risen by more than a year."),
    ("h", 2, "3. Recommended amendments"),
    (
        "p",
        "Section I to be reviewed before Callum's release. Section F to add a transition key worker.",
    ),
    ("h", 2, "4. Actions"),
    (
        "table",
        [
            ["Action", "Who", "By"],
            ["Send review paperwork to LA", "Head of education", "10/03/2026"],
            ["Consult possible schools", "SEN officer", "31/03/2026"],
        ],
        {"header": True},
    ),
]

CUMBRIA_AR_TXT = """EDEN FELLS COUNCIL - ANNUAL REVIEW FORM (AR2)
Pupil: Isla Graham    School: Kirkhaugh Community School    Year: 8
Date of review: 12 May 2026
Present: Mrs Graham, Mr Graham, Isla, Mr Nicholson (SENCo), Mrs Bowe (ToD)

1. Pupil's views
Isla said her radio aid helps in maths but the boys make fun of it in PE.

2. Parents' views
Parents are pleased with progress but worried about the school bus.

3. Progress against outcomes
Outcome 1 - partly met. Isla asks for repetition in most lessons but not in science.

4. Does the EHC plan remain appropriate?  YES / NO (delete)   YES
5. Proposed amendments: none at this time
6. Next review: May 2027

SENCo signature: J Nicholson
"""

PHASE_TRANSFER = [
    ("org", "St Oswald's CE Primary School"),
    ("title", "Phase Transfer Annual Review - Year 5 into Year 6"),
    (
        "p",
        "Pupil: Poppy Hewitt. Review held 15 October 2025 so that a secondary school can be named by 15 February 2026.",
    ),
    ("h", 2, "Summary of the review"),
    (
        "p",
        "Poppy has made good progress in phonics and now reads books at her level with confidence. Her understanding of spoken language remains a significant need.",
    ),
    ("h", 2, "Secondary preference"),
    (
        "p",
        "Parents' preference is Tidbury Academy. The family may be posted again in 2027; the unit welfare officer has been informed of the review.",
    ),
    ("h", 2, "Recommendations to the local authority"),
    (
        "num",
        [
            "Name Tidbury Academy in Section I.",
            "Add a transition programme of six visits in the summer term.",
            "Keep the speech and language provision as it is.",
        ],
    ),
    ("sig", ["Mrs R Knowles, SENCo", "15/10/2025"]),
]

DOCUMENTS: list[dict] = [
    dict(
        name="EHCP L Armstrong FINAL.pdf",
        kind="ehcp_final",
        blocks=GREYBURN_FINAL,
        sans=True,
        accent="2E7D32",
        footer="Greyburn MBC - EHC Plan - OFFICIAL SENSITIVE",
    ),
    dict(name="Isla plan 2026.docx", kind="ehcp_final", blocks=EDEN_FINAL, accent="5D4037"),
    dict(
        name="SENDHub_Export_SCC-EHCP-44817.txt", kind="ehcp_final", text=PORTAL_EXPORT, crlf=True
    ),
    dict(
        name="Scan_0007.pdf",
        kind="ehcp_final",
        text=SCANNED_FINAL,
        ocr=True,
        running="Mercia Vale Council - EHC Plan - Poppy Hewitt",
    ),
    dict(
        name="Evie EHCP.docx",
        kind="ehcp_draft",
        blocks=HEADER_DRAFT,
        header="DRAFT - Greyburn MBC - not for circulation",
    ),
    dict(
        name="ProposedPlan_AaravMistry.pdf",
        kind="ehcp_draft",
        blocks=PORTAL_PROPOSED,
        sans=True,
        accent="B71C1C",
    ),
    dict(name="IMG_20260318_091522.pdf", kind="ehcp_draft", text=PHONE_DRAFT, ocr=0.09),
    dict(name="amelia ehcp.txt", kind="ehcp_draft", text=PASTED_DRAFT),
    dict(
        name="Thornbeck AR June 26.pdf",
        kind="annual_review",
        blocks=INDEP_SCHOOL_AR,
        accent="283593",
    ),
    dict(name="Callum review Feb.docx", kind="annual_review", blocks=NE_REVIEW_RECORD),
    dict(name="AR2 Isla.txt", kind="annual_review", text=CUMBRIA_AR_TXT),
    dict(name="Poppy Y5 review.pdf", kind="annual_review", blocks=PHASE_TRANSFER, accent="6A1B9A"),
]
