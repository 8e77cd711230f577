# ruff: noqa: E501
"""Plans of the tenth kind set: a London borough's final plan exported by a newer portal with
its tabs flattened into text, a Midlands council's "My Support Plan" whose title page never
says "EHC plan" (its sections do), a final plan amended after review saved as "final FINAL
v3", a Midlands "One Plan" with its sections grouped in Parts under a contents list, a
final plan scanned on a home printer and one photographed on a phone; drafts from a
London borough's portal, a Midlands "consultation version" whose cover says only "Support
Plan", a draft pasted into a text file by a parent, a draft with a "PROPOSED" watermark, a
draft pasted into a caseworker's e-mail and a draft scanned on a school's copier. All
invented."""

from __future__ import annotations

from document_kinds_j.letters import headers

PORTAL_TABS_FINAL = """Hallowmere Connect | Family Portal
Record: HLM-SEN-204417 | Child: Ayaan Chowdhury | Printed 14/09/2026 10:02
Status: Issued | Version 3 of 3 | Issued by: Hallowmere SEN Casework

[Tab 1 of 9] About Me (Section A)
Ayaan is 9. He loves drawing buses and knows every route in the borough. His mum says
he is kind and funny once he feels safe. Ayaan says: "I like it when it's quiet and I
know what's next."

[Tab 2 of 9] My Learning Needs (Section B: special educational needs)
Communication and interaction
Ayaan has a diagnosis of autism (multi-disciplinary assessment, 2023). He understands short
sentences about the here and now but loses the thread of longer instructions.
Social, emotional and mental health
When changes are not explained to him, Ayaan becomes very anxious and may leave the room.

[Tab 3 of 9] My Health (Section C)
No health needs that require provision in this plan. Ayaan has mild eczema.

[Tab 4 of 9] My Care (Section D)
Ayaan receives a short breaks direct payment of 4 hours a week.

[Tab 5 of 9] What I want to achieve (Section E: outcomes)
By the end of Key Stage 2 Ayaan will follow a two-step instruction given to a small group
without an adult repeating it.

[Tab 6 of 9] Support for my learning (Section F: special educational provision)
- Speech and language therapy from a qualified SLT: 6 sessions of 45 minutes each term,
  plus a programme delivered by a trained TA 3 x 20 minutes a week.
- A visual timetable at his desk, updated by the class teacher before each change.
- Small group social communication sessions (max 4 pupils), weekly, 30 minutes.

[Tab 7 of 9] Health and care support (Sections G and H1/H2)
G: none. H1: short breaks under section 2 CSDPA 1970. H2: none.

[Tab 8 of 9] My School (Section I)
Name of school: Cressfield Primary School (mainstream), Hallowmere.

[Tab 9 of 9] Personal budget and advice (Sections J and K)
J: no personal budget requested. K: appendices 1 to 6 (list of advice and information).

Signed on behalf of the London Borough of Hallowmere: D. Okafor, SEN Casework Manager
Date plan finalised: 11 September 2026
"""

MIDLANDS_NO_TITLE_FINAL = [
    (
        "cover",
        [
            "Tamebridge Metropolitan Borough Council",
            "My Support Plan",
            "Layla Fitzgerald-Hinds",
            "Date of birth: 17 February 2015",
        ],
    ),
    ("kv", [("Plan date", "3 July 2026"), ("Reference", "TMBC/0-25/31198"), ("Stage", "Final")]),
    ("h", 1, "Section A: The views, interests and aspirations of Layla and her parents."),
    (
        "p",
        "Layla loves swimming and singing along to musicals. She would like more friends at school. Her parents want her to be able to read well enough to enjoy a book on her own.",
    ),
    ("h", 1, "Section B: Layla's special educational needs."),
    (
        "p",
        "Cognition and learning: Layla has a moderate learning difficulty. Her working memory is at the 2nd centile and she needs many repetitions to learn new words.",
    ),
    (
        "p",
        "Sensory and physical: Layla has a mild hearing loss in her left ear and wears a hearing aid.",
    ),
    ("h", 1, "Section E: The outcomes sought for Layla."),
    ("p", "By July 2027 Layla will read a book at level 6 with 90% accuracy."),
    ("h", 1, "Section F: The special educational provision required by Layla's needs."),
    (
        "grid",
        [
            ["Provision", "Frequency", "Delivered by"],
            ["Precision teaching of sight words", "Daily, 10 minutes", "Teaching assistant"],
            ["Radio aid in all lessons", "All day", "Class staff, checked by QTOD termly"],
            ["Teacher of the Deaf visit", "Twice a term", "Sensory Support Service"],
        ],
        [0.5, 0.25, 0.25],
    ),
    ("h", 1, "Section I: The school named in this EHC plan."),
    ("p", "Ashgrove Community Primary School, Tamebridge."),
    ("h", 1, "Section K: Advice and information gathered for this EHC plan."),
    (
        "p",
        "Educational psychology advice, 12 March 2026; Sensory Support Service advice, 2 April 2026; school advice; parental views.",
    ),
    ("sig", ["Signed: G. Bhamra, Head of SEND Statutory Services", "Issued 3 July 2026"]),
]

FINAL_FINAL_V3 = [
    ("org", "London Borough of Stanmere\nChildren and Young People's Service"),
    ("title", "Education, Health and Care Plan"),
    (
        "small",
        "Amended following annual review of 6 May 2026. This amended plan replaces the plan dated 2 June 2025.",
    ),
    ("p", "Child: Noah Adeyemi-Clarke    DOB: 28/11/2012    Year 8    UPN withheld"),
    ("band", "Section B - Special Educational Needs"),
    (
        "p",
        "Noah has developmental language disorder. His expressive language is at the 1st centile (CELF-5 UK, March 2026). He struggles to explain what he knows in writing and in speech.",
    ),
    (
        "p",
        "Noah has low self-esteem linked to his difficulties and has been bullied. He avoids answering in class.",
    ),
    ("band", "Section E - Outcomes"),
    (
        "p",
        "By the end of Year 9, Noah will use a writing frame to plan and write a paragraph of at least five sentences in science and humanities.",
    ),
    ("band", "Section F - Special Educational Provision"),
    (
        "bul",
        [
            "Direct speech and language therapy with a HCPC-registered SLT, 1 x 45 minutes weekly in term time, in a quiet room.",
            "Pre-teaching of topic vocabulary by a TA trained by the SLT, 3 x 15 minutes a week.",
            "A key adult check-in at the start of each day (10 minutes).",
        ],
    ),
    ("band", "Section I - Placement"),
    ("p", "Stanmere Park Academy (secondary, mainstream)."),
    ("p", "This amended plan is final. It was issued on 19 June 2026."),
    (
        "sig",
        [
            "Signed for the London Borough of Stanmere",
            "Marisa Quinlan, SEN Team Manager",
            "19 June 2026",
        ],
    ),
]

SCANNED_FINAL = """Arrowdale County Council
Education, Health and Care Plan (Final)
Name: Tobias Wren   DOB: 02/04/2016   Plan issued: 22 April 2026
Section A - About me
I like Lego, my dog Bramble and going to the park with Grandad.
Section B - Special educational needs
Tobias has cerebral palsy (right hemiplegia). He has difficulty with fine motor tasks,
recording his work and managing fasteners and equipment on his own.
Section F - Special educational provision
Occupational therapy programme set by the NHS OT, delivered by a trained TA for
20 minutes three times a week. A sloped writing board and adapted scissors.
Access to a laptop for all written work over half a page.
Section I - Placement
Holloway Lane Primary School
Signed: R. Asante, SEND Casework Officer, for Arrowdale County Council
"""

PHONE_FINAL = """EDUCATION HEALTH AND CARE PLAN
Nethercote City Council - Special Needs Assessment Service
Final plan issued 09/03/2026
Name: Grace Mbeki    School: Wolverley Road Primary
Section B: Grace has severe dyslexia and anxiety about reading aloud.
Section F: Grace will have a structured multi-sensory literacy programme with a
specialist teacher (Level 5 dyslexia qualification) 3 x 30 mins per week, 1:1.
Section I: Wolverley Road Primary School
"""

PORTAL_DRAFT = """Hallowmere Connect | Family Portal
Record: HLM-SEN-219803 | Child: Zainab Hussain | Printed 02/06/2026 16:44
Status: Draft - awaiting parent comments | Version 1 | Comments close 17/06/2026

[Tab 1 of 9] About Me (Section A)
Zainab is 6. She likes bubbles, Peppa Pig and bouncing on the trampoline.

[Tab 2 of 9] My Learning Needs (Section B: special educational needs)
Zainab has global developmental delay and uses a few single words and Makaton signs.
She needs adult help with toileting and eating.

[Tab 6 of 9] Support for my learning (Section F: special educational provision)
- Adult support throughout the school day.
- Access to speech and language therapy as advised.
- A Makaton-trained adult in class.

[Tab 8 of 9] My School (Section I)
Not named at draft stage. Parent preference: Brookmead Special School.

You can comment on this draft and ask for a meeting with your caseworker. You can also
tell us which school you would like named. Your comments must reach us within 15 days.
"""

MIDLANDS_CONSULTATION = [
    (
        "cover",
        [
            "Soar Valley District Council",
            "Support Plan",
            "Consultation version",
            "Ethan Brierley",
        ],
    ),
    ("p", "Prepared by: SEND Assessment Team    Date sent to family: 14 May 2026"),
    ("h", 1, "Section A: My story"),
    ("p", "Ethan is 13 and wants to be a mechanic like his uncle. He hates being singled out."),
    ("h", 1, "Section B: Special educational needs identified in this EHC plan"),
    (
        "p",
        "Ethan has ADHD and difficulties with attention and organisation. He has had two suspensions this year after incidents in unstructured times.",
    ),
    ("h", 1, "Section F: Special educational provision"),
    (
        "p",
        "Ethan will have access to a mentor. Movement breaks as needed. Support at lunchtimes where appropriate.",
    ),
    ("h", 1, "Section I: Placement"),
    (
        "p",
        "To be completed when this EHC plan is finalised, after consultation with the schools named by the family.",
    ),
    (
        "i",
        "Please send your views on this consultation version within 15 days. You may ask for a particular school to be named.",
    ),
]

PASTED_DRAFT = """draft plan pasted from the pdf they sent - Reuben

Kenwick Royal Borough - Proposed Education, Health and Care Plan
Name: Reuben Ashworth-Lee
This is a draft. It is not a final plan.

Section B Special Educational Needs
Reuben has a visual impairment (nystagmus and low acuity, 6/36). He needs enlarged
print (N24) and takes longer to read. He tires by the afternoon.

Section F Special Educational Provision
Modified large print resources for all lessons.
Support from the Vision Impairment Team as required.
Mobility and habilitation training - to be agreed.

Section I Name and type of school
[left blank]
"""

WATERMARK_DRAFT = [
    ("org", "Bournlea County Council"),
    ("title", "Education, Health and Care Plan"),
    ("small", "Issued for comment under regulation 13. Not valid until finalised."),
    ("p", "Young person: Imogen Sallis, aged 17    College: Marlhurst College"),
    ("h", 1, "Section B - Special educational needs"),
    (
        "p",
        "Imogen has a diagnosis of Ehlers-Danlos syndrome (hypermobile type) and anxiety. Pain and fatigue mean she misses about a third of her timetable.",
    ),
    ("h", 1, "Section F - Special educational provision"),
    (
        "p",
        "A reduced timetable agreed with the college. Online access to lessons on days when she cannot attend. Rest breaks.",
    ),
    ("h", 1, "Section I - Placement"),
    ("p", "Proposed: Marlhurst College (to be confirmed)."),
]

COPIER_DRAFT = """Wyrebridge Borough Council
PROPOSED EHC PLAN - DRAFT FOR PARENT COMMENT
Child: Maisie Dunleavy       Year 3
B. Special Educational Needs
Maisie has speech sound disorder and is hard to understand by unfamiliar people.
F. Special Educational Provision
Maisie will have speech therapy input. The school will follow SLT targets.
I. Placement
To be named in the final plan
"""

ONE_PLAN_FINAL = [
    (
        "cover",
        [
            "Wyrebridge Borough Council",
            "One Plan",
            "Individual Support Record for Kai Thompson",
            "Final - issued 30 January 2026",
        ],
    ),
    ("b", "Contents"),
    (
        "p",
        "Part 1 About Kai (Section A) .... 2\nPart 2 Needs (Sections B, C, D) .... 3\nPart 3 Outcomes (Section E) .... 5\nPart 4 Provision (Sections F, G, H1, H2) .... 6\nPart 5 Placement, budget and advice (Sections I, J, K) .... 9",
    ),
    ("pb",),
    ("h", 1, "Part 1 About Kai"),
    ("h", 2, "Section A: The views, interests and aspirations of the child and his parents"),
    (
        "p",
        "Kai is 11 and loves football, cooking with his nan and YouTube videos about space. He wants to be a chef. His parents want him to make friends at secondary school and to be safe on the bus.",
    ),
    ("h", 1, "Part 2 Needs"),
    ("h", 2, "Section B: The special educational needs set out in this EHC plan"),
    (
        "p",
        "Communication and interaction: Kai has Down syndrome. His speech is unclear to people who do not know him and he uses signs to support his talking. He understands more than he can say.",
    ),
    (
        "p",
        "Cognition and learning: Kai is working at about Year 2 level in reading and maths. He learns best with visual and practical materials and needs lots of repetition.",
    ),
    (
        "p",
        "Sensory and physical: Kai has mild bilateral hearing loss (glue ear) and hypotonia, which affects his handwriting and stamina.",
    ),
    ("h", 2, "Section C: Health needs which relate to his special educational needs"),
    (
        "p",
        "Hypothyroidism, managed with medication at home. Annual audiology and cardiology review.",
    ),
    ("h", 2, "Section D: Social care needs"),
    ("p", "None identified at this time."),
    ("h", 1, "Part 3 Outcomes"),
    ("h", 2, "Section E: Outcomes sought"),
    (
        "bul",
        [
            "By July 2027 Kai will read and understand a simple recipe of up to six steps.",
            "By the end of Year 7 Kai will use a visual timetable to find his own way between lessons.",
        ],
    ),
    ("h", 1, "Part 4 Provision"),
    ("h", 2, "Section F: The special educational provision required by this EHC plan"),
    (
        "grid",
        [
            ["Provision", "Staffing", "Frequency and duration"],
            [
                "Differentiated reading programme (See and Learn)",
                "TA trained by specialist teacher",
                "4 x 20 minutes a week, 1:1",
            ],
            ["Speech and language therapy, direct", "NHS SLT", "6 sessions of 45 minutes a term"],
            ["Signalong used by all staff who teach Kai", "All staff", "Throughout the day"],
            ["Soundfield system in core lessons", "Class teacher", "Every core lesson"],
        ],
        [0.45, 0.27, 0.28],
    ),
    ("h", 2, "Sections G, H1 and H2"),
    ("p", "G: annual audiology and cardiology review (health). H1 and H2: none."),
    ("h", 1, "Part 5 Placement, budget and advice"),
    ("h", 2, "Section I: Placement"),
    ("p", "Wyrebridge High School (mainstream academy), from September 2026."),
    ("h", 2, "Section J: Personal budget"),
    ("p", "None requested."),
    ("h", 2, "Section K: Advice and information"),
    (
        "p",
        "Appendix 1: EP advice (Nov 2025). Appendix 2: SLT advice. Appendix 3: school advice. Appendix 4: parents' views.",
    ),
    (
        "sig",
        [
            "Authorised by: S. Greenhalgh, Statutory SEND Manager",
            "Wyrebridge Borough Council",
            "30 January 2026",
        ],
    ),
]

DRAFT_IN_EMAIL = """Dear Mr and Mrs Dunleavy,

Please find Maisie's proposed plan attached. In case you have trouble opening it, I have
pasted the main sections below.

You have 15 days from today to tell us your views, ask for a meeting and tell us which
school you would like named in Section I.

----- PROPOSED PLAN (extract) -----
Section B - Special educational needs
Maisie has a speech sound disorder. Unfamiliar adults understand about half of what she
says. She has become reluctant to talk at school since her father died.

Section E - Outcomes
By July 2027 Maisie will be understood by unfamiliar adults in short sentences.

Section F - Special educational provision
Speech therapy input as advised by the NHS SLT. The school will deliver the SLT
programme. Access to a key adult.

Section I - Placement
To be completed after consultation.
-----

Kind regards
Joanna Pike
SEN Caseworker, Wyrebridge Borough Council
01632 960560
"""


DOCUMENTS: list[dict] = [
    dict(name="Ayaan plan portal print.txt", kind="ehcp_final", text=PORTAL_TABS_FINAL),
    dict(
        name="Layla support plan July.pdf",
        kind="ehcp_final",
        blocks=MIDLANDS_NO_TITLE_FINAL,
        accent="6A1B4D",
    ),
    dict(
        name="Noah EHCP final FINAL v3.docx",
        kind="ehcp_final",
        blocks=FINAL_FINAL_V3,
        sans=True,
        accent="00695C",
    ),
    dict(name="Scan_20260428_1907.pdf", kind="ehcp_final", text=SCANNED_FINAL, ocr=True),
    dict(name="PXL_20260311_081532.pdf", kind="ehcp_final", text=PHONE_FINAL, ocr=0.08),
    dict(name="Zainab draft portal.txt", kind="ehcp_draft", text=PORTAL_DRAFT, crlf=True),
    dict(
        name="Ethan consultation version.docx",
        kind="ehcp_draft",
        blocks=MIDLANDS_CONSULTATION,
        accent="33691E",
    ),
    dict(name="reuben plan.txt", kind="ehcp_draft", text=PASTED_DRAFT),
    dict(
        name="Imogen EHCP for comment.pdf",
        kind="ehcp_draft",
        blocks=WATERMARK_DRAFT,
        watermark="PROPOSED",
        footer="Bournlea County Council - SEND Statutory Team",
    ),
    dict(name="RICOH_MPC3004_00117.pdf", kind="ehcp_draft", text=COPIER_DRAFT, ocr=True),
    dict(
        name="One Plan Kai FINAL.pdf",
        kind="ehcp_final",
        blocks=ONE_PLAN_FINAL,
        accent="5D4037",
        footer="Wyrebridge Borough Council - One Plan - Kai Thompson",
    ),
    dict(
        name="Maisie proposed plan.eml",
        kind="ehcp_draft",
        text=DRAFT_IN_EMAIL,
        headers=headers(
            "Joanna Pike <joanna.pike@example.org>",
            "dunleavy.family@example.org",
            "Maisie Dunleavy - proposed EHC plan for your comments",
            "Mon, 18 May 2026 12:04:33 +0100",
        ),
    ),
]
