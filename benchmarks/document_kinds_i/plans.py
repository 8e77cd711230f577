# ruff: noqa: E501
"""Plans of the ninth kind set: a Yorkshire council's final plan exported from a portal with
a cover page and contents, a Lincolnshire district's plan for a young person of 20 at a
specialist college, a Thames Valley portal's text export, a plan photographed on a phone;
drafts called "working copy" and "v0.2", a draft with tracked wording left in, and a draft
scanned on an office copier. All invented."""

from __future__ import annotations

YORKS_FINAL = [
    (
        "cover",
        [
            "Calderbrook Metropolitan District Council",
            "Education, Health and Care Plan",
            "Name: Kacper Nowak",
            "Exported from EHC Hub 02/09/2026 14:11",
        ],
    ),
    ("b", "Contents"),
    (
        "p",
        "Section A - My views, interests and aspirations ........ 2\nSection B - Special educational needs ........ 3\nSection C - Health needs ........ 4\nSection D - Social care needs ........ 4\nSection E - Outcomes ........ 5\nSection F - Special educational provision ........ 6\nSections G to K ........ 8",
    ),
    ("pb",),
    (
        "kv",
        [
            ("Plan status", "Issued (final)"),
            ("Date issued", "1 September 2026"),
            ("Date of birth", "03/05/2014"),
            ("Unique ref", "CMDC-EHC-77310"),
        ],
    ),
    ("h", 1, "Section A - My views, interests and aspirations"),
    (
        "p",
        'Kacper likes trains, his little sister and Polish cooking with his babcia. He says: "I want a teacher who doesn\'t talk too fast."',
    ),
    ("h", 1, "Section B - Special educational needs"),
    (
        "p",
        "Communication and interaction: Kacper is autistic. He finds it hard to follow spoken instructions given to the whole class and needs time to process language.",
    ),
    ("p", "Cognition and learning: His reading is about two years behind his age."),
    ("h", 1, "Section F - Special educational provision"),
    (
        "grid",
        [
            ["Need", "Provision", "Who", "How often"],
            [
                "Understanding instructions",
                "Instructions given one step at a time with a visual",
                "Class teacher",
                "Every lesson",
            ],
            [
                "Reading",
                "Individual phonics-based reading programme",
                "Trained teaching assistant",
                "20 minutes, 4 times a week",
            ],
            [
                "Communication",
                "Speech and language therapy programme set by SLT",
                "NHS SLT",
                "6 sessions a year plus review",
            ],
        ],
        [0.22, 0.38, 0.2, 0.2],
    ),
    ("h", 1, "Section I - Placement"),
    ("p", "Holmfield Academy (mainstream secondary), from September 2026."),
    (
        "p",
        "This is the final Education, Health and Care Plan for Kacper. If you disagree with Sections B, F or I you may appeal to the First-tier Tribunal (SEND).",
    ),
    ("sig", ["Signed on behalf of the council: J. Ackroyd, SEN Team Manager"]),
]

LINCS_COLLEGE_FINAL = """EDUCATION, HEALTH AND CARE PLAN
Fenwold District Council - SEND Services
Name: Bethany Cartwright     Age: 20
Setting: Marshlands Specialist College (residential, 38 weeks)
Version: Final, amended following annual review 14/05/2026

Section A: All about me
I like horses and the college farm. I want to live in a house with my friends one day and have a job with animals.

Section B: My special educational needs
Bethany has a severe learning disability. She reads a small number of familiar words and uses a symbol timetable. She needs help to manage money and to travel safely.

Section E: Outcomes
By July 2027 Bethany will travel by bus from college to her work placement with a member of staff following at a distance.

Section F: Special educational provision
- Supported work placement at Ferry Farm Stables, 1 day per week, with a job coach
- Travel training from a qualified travel trainer, 2 sessions a week for 1 term
- Functional English and maths in a group of no more than 6

Section I: Name and type of placement
Marshlands Specialist College (independent specialist post-16 institution)

Section J: Personal budget - none requested

This plan replaces the plan dated 20 June 2025.
"""

THAMES_PORTAL_FINAL = """============================================================
 THAMES VALLEY SEND PORTAL :: EHCP RECORD EXPORT
 Record: KRB-0044120   Authority: Kennetbridge Borough Council
 Plan state: FINAL (locked)   Printed by: parent account
============================================================
Name ............ Ruby-Mae Osei
DOB ............. 17/11/2016
School .......... St Aldhelm's C of E Primary

-- SECTION B : SEN --
Ruby-Mae has a moderate hearing loss in both ears and wears hearing aids. She misses
some of what is said in noisy rooms and her vocabulary is behind her classmates'.

-- SECTION F : SPECIAL EDUCATIONAL PROVISION --
Provision | Frequency | Provider
Radio aid used in all teaching sessions | daily | class staff
Teacher of the Deaf visit and advice | half-termly | Sensory Support Team
Pre-teaching of topic vocabulary | 3 x 15 mins weekly | TA

-- SECTION I : PLACEMENT --
St Aldhelm's C of E Primary (mainstream)

------------------------------------------------------------
Page 1 of 1 | Export generated automatically. Do not edit.
"""

PHOTO_FINAL = """Lindmoor County Council
Education, Health and Care Plan - FINAL
Child: Harvey Doyle   DOB 22.02.2012
Section B - Special Educational Needs
Harvey has Duchenne muscular dystrophy. He tires quickly, cannot write for more than a few
minutes and needs help to move between lessons.
Section C - Health needs
Harvey takes steroids daily and is reviewed by the neuromuscular team every six months.
Section F - Special educational provision
Access to a laptop with speech-to-text software in all lessons.
A teaching assistant to scribe in tests and to support movement around the site.
Section I - Placement
Ashby Vale School
Date of final plan: 11 March 2026
"""

WORKING_COPY = [
    ("org", "Wrexholme City Council - SEND Team"),
    ("title", "EHC Plan - WORKING COPY v0.2"),
    ("small", "Working copy for family comments. Not the final plan. Comments by 30 June please."),
    (
        "kv",
        [
            ("Name", "Oliver Greenhalgh"),
            ("Current setting", "Moorside Primary"),
            ("Author", "S. Pickles (EHC Coordinator)"),
        ],
    ),
    ("h", 1, "Section B: Special educational needs"),
    (
        "p",
        "Oliver has an attention deficit hyperactivity disorder and difficulties with written work. [EP to confirm wording]",
    ),
    ("h", 1, "Section F: Special educational provision"),
    (
        "bul",
        [
            "Movement breaks every 20 minutes",
            "Small group literacy 3 x weekly [hours to be agreed]",
            "Access to a quiet workspace",
        ],
    ),
    ("h", 1, "Section I: Placement"),
    ("p", "To be named in the final plan following consultation."),
]

V02_FILE = """Proposed EHC plan v0.2 - Tilly Ambrose

Sent to parents with the council's letter of 3 February 2026. You have 15 days to
comment and to ask for a particular school or college to be named.

SECTION A - About Tilly
Tilly loves drawing cats and making up songs. She finds new places scary.

SECTION B - Tilly's needs
Social, emotional and mental health: Tilly has high anxiety and has attended school
for 40% of sessions this year.

SECTION F - Provision
A named key adult to meet Tilly at the gate each morning.
A reduced timetable, to be reviewed every 4 weeks.

SECTION I - Placement
[Left blank in the draft plan]
"""

TRACKED_DRAFT = [
    ("org", "Lower Wolds Council"),
    ("title", "Draft Education, Health and Care Plan"),
    ("p", "Name: Amir Haddad    Date of birth: 09/09/2009"),
    ("h", 1, "Section B"),
    (
        "p",
        "Amir has dyspraxia and finds handwriting and organising himself very hard. [Comment SP: parent asked to add fatigue - check OT report]",
    ),
    ("h", 1, "Section F"),
    (
        "p",
        "Amir will have access to a word processor for extended writing. He will be offered support with organisation through a weekly check-in with his tutor.",
    ),
    ("h", 1, "Section I"),
    ("p", "Section I will not be completed until the final plan is issued."),
]

COPIER_DRAFT = """DRAFT EHC PLAN - FOR CONSULTATION
Bramfield Council SEND Assessment Team
Name: Keira Booth   Year group: 10
Section B Special educational needs
Keira has a specific learning difficulty (dyslexia) and slow processing speed.
Section F Special educational provision
25% extra time and a reader in all internal and external exams.
Weekly literacy session with the specialist teacher.
Section I Placement - to be confirmed after consultation with schools
"""

DOCUMENTS: list[dict] = [
    dict(
        name="EHCP_Kacper_Nowak_export.pdf", kind="ehcp_final", blocks=YORKS_FINAL, accent="00594F"
    ),
    dict(name="Bethany EHCP May 2026.docx", kind="ehcp_final", text=LINCS_COLLEGE_FINAL),
    dict(name="KRB-0044120_export.txt", kind="ehcp_final", text=THAMES_PORTAL_FINAL, crlf=True),
    dict(name="IMG_0913.pdf", kind="ehcp_final", text=PHOTO_FINAL, ocr=0.07),
    dict(name="Oliver plan working copy.docx", kind="ehcp_draft", blocks=WORKING_COPY, sans=True),
    dict(name="Tilly EHCP v0.2.txt", kind="ehcp_draft", text=V02_FILE),
    dict(
        name="draft plan amir comments.pdf", kind="ehcp_draft", blocks=TRACKED_DRAFT, header="DRAFT"
    ),
    dict(name="KM_C300i_0151.pdf", kind="ehcp_draft", text=COPIER_DRAFT, ocr=True),
]
