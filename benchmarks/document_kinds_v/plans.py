# ruff: noqa: E501
"""Plans of set V: an island council's final and draft plans, a Cotswold-stone county's
"proposed" plan, an estuary borough's plan pasted from its SEND Hub, and plans that came
by fax, by scanner and forwarded in e-mails. All invented."""

from __future__ import annotations

from document_kinds_v.common import CARROW, CARROW_SMALL, WOLDS, WOLDS_SMALL, headers

FFION_SECTIONS = [
    ("h", 1, "Section A: The views, interests and aspirations of Ffion and her family"),
    (
        "p",
        'Ffion is eight and lives in Sandmouth with her mum, her stepdad and her brother Gethin. She loves the beach at Fennick Bay, drawing sea birds and her guinea pig, Pebble. Ffion says: "I want to be able to talk in class without my tummy hurting."',
    ),
    (
        "p",
        "Ffion's mum would like Ffion to have a trusted adult in school and to be able to go on the ferry trip with her class in Year 5.",
    ),
    ("h", 1, "Section B: Special educational needs"),
    ("b", "Communication and interaction"),
    (
        "p",
        "Ffion has selective mutism. She speaks freely at home but does not speak to most adults in school and speaks to two friends only in the playground. She has a mild expressive language difficulty; her sentences at home are shorter and less complex than expected for her age.",
    ),
    ("b", "Social, emotional and mental health"),
    (
        "p",
        "Ffion has high levels of anxiety, shown by stomach aches before school, freezing when asked a question and avoiding the dining hall.",
    ),
    ("h", 1, "Section C: Health needs related to special educational needs"),
    ("p", "None identified."),
    ("h", 1, "Section D: Social care needs"),
    ("p", "None identified."),
    ("h", 1, "Section E: Outcomes"),
    (
        "p",
        "By the end of Key Stage 2 Ffion will answer a question from her class teacher in front of a small group.",
    ),
    ("h", 1, "Section F: Special educational provision"),
    (
        "bul",
        [
            "A small-steps programme for selective mutism (sliding-in technique) delivered by a named key adult for 15 minutes daily, planned with the speech and language therapist.",
            "Speech and language therapy: 6 sessions per term by a speech and language therapist, including training for the key adult.",
            "A quiet space to eat lunch with a chosen friend, every day.",
        ],
    ),
    ("h", 1, "Section G: Health provision"),
    ("p", "None."),
    ("h", 1, "Section H1 and H2: Social care provision"),
    ("p", "None."),
    ("h", 1, "Section I: Placement"),
    ("p", "Fennick Down Primary School (mainstream)."),
    ("h", 1, "Section J: Personal budget"),
    ("p", "No personal budget has been requested."),
    ("h", 1, "Section K: Advice and information"),
    (
        "bul",
        [
            "Parental advice, 3 November 2025",
            "Educational psychology advice, Dr Lowri Penhaligon, 1 December 2025",
            "Speech and language therapy advice, Isle of Carrow NHS Trust, 24 November 2025",
            "Advice from Fennick Down Primary School, 20 November 2025",
        ],
    ),
]

FFION_FINAL = [
    ("org", CARROW),
    ("small", CARROW_SMALL),
    ("title", "Education, Health and Care Plan"),
    (
        "kv",
        [
            ("Name", "Ffion Trevanion"),
            ("Date of birth", "14/06/2017"),
            ("Plan issued", "2 March 2026"),
            ("Case officer", "Marcus Le Page"),
        ],
    ),
    *FFION_SECTIONS,
    (
        "sig",
        [
            "Signed on behalf of the Isle of Carrow Council",
            "",
            "Marcus Le Page",
            "SEND Case Officer",
            "Date: 2 March 2026",
        ],
    ),
]

FFION_DRAFT = [
    ("org", CARROW),
    ("small", CARROW_SMALL),
    ("title", "Education, Health and Care Plan"),
    (
        "kv",
        [
            ("Name", "Ffion Trevanion"),
            ("Date of birth", "14/06/2017"),
            ("Version", "Issued for comment 12 January 2026"),
            ("Case officer", "Marcus Le Page"),
        ],
    ),
    (
        "i",
        "You have 15 days from the date this was sent to tell us your views and to ask for a particular school to be named in Section I. Section I is left blank at this stage.",
    ),
    *[
        b if b != ("p", "Fennick Down Primary School (mainstream).") else ("p", "")
        for b in FFION_SECTIONS
    ],
]

OSCAR_FINAL_TEXT = """---------- Forwarded message ---------
From: Kelly Brennan <kelly.brennan@example.org>
Date: Wed, 9 Apr 2025 at 20:41
Subject: Oscar EHCP
To: Dad <brennan.dad@example.org>

This is what came through on the SEND Hub today, the finished one. They've kept the school as Saltings Academy. Have a read before Friday.

--- Copied from Medwater SEND Hub: Document 'EHC Plan (Final) v2 - Oscar Brennan' ---

MEDWATER BOROUGH COUNCIL
EDUCATION, HEALTH AND CARE PLAN - FINAL
Child: Oscar Brennan    DOB: 30/09/2012    Plan date: 08/04/2025    Review by: 07/04/2026

SECTION A - About me
I'm Oscar. I like fishing off the sea wall at Cliffe End with my dad and fixing bikes. I don't like loud corridors.

SECTION B - My special educational needs
Cognition and learning: Oscar has a specific learning difficulty (dyslexia); his reading accuracy and spelling are well below the average range and his processing speed is slow.
Social, emotional and mental health: Oscar becomes anxious and withdrawn when asked to read aloud and has refused to attend English lessons.

SECTION C - Health needs: none identified.
SECTION D - Social care needs: none identified.

SECTION E - Outcomes
By July 2026 Oscar will read Year 6 level texts with 95% accuracy.

SECTION F - Special educational provision
- A structured, cumulative literacy programme delivered one to one by a specialist teacher, 3 x 40 minutes per week.
- Access to a reader and a laptop with text-to-speech in all lessons and assessments.
- A named mentor to check in with Oscar each morning (10 minutes).

SECTION G - Health provision: none.
SECTION H1/H2 - Social care provision: none.

SECTION I - Placement
Saltings Academy, Grainmarsh (mainstream secondary).

SECTION J - Personal budget: not requested.
SECTION K - Advice and information: parental advice; EP advice (Medwater Educational Psychology Service, 13/01/2025); school advice (Saltings Academy, 09/01/2025).

This plan is final. If you disagree with Sections B, F or I you may appeal to the First-tier Tribunal (SEND) within two months of the date of this plan or one month from the date of a mediation certificate, whichever is later.
"""

SCAN_FINAL_TEXT = """Xerox WorkCentre 7845  -  Scan to Email
Job 00071   Pages: 9   Resolution: 200 dpi   08/05/2026 16:02
Sender: reception@fennickdown.example.org

Stonebrash Wolds County Council
Education, Health and Care Service
EDUCATION, HEALTH AND CARE PLAN
Name: Harriet (Hattie) Marchbanks    Date of birth: 02/02/2015
Date plan finalised: 28 April 2026    Next review: by 27 April 2027

Section A - All about me
Hattie lives in Stow Combe with her grandparents. She enjoys swimming, horses and the choir. She wants to go to the same secondary school as her cousin.

Section B - Special educational needs
Sensory and physical: Hattie has a moderate bilateral hearing loss and wears hearing aids. She misses spoken information in noisy rooms and tires by the afternoon.
Communication and interaction: her vocabulary is below that of her peers and she needs new words pre-taught.

Section E - Outcomes
By the end of Year 7, Hattie will use a radio aid in every lesson and tell staff when it is not working.

Section F - Special educational provision
A qualified teacher of the deaf will visit each half term to advise staff and check equipment.
A radio aid system, maintained by the Sensory Support Service, for use in all lessons.
Pre-teaching of topic vocabulary by a teaching assistant, 3 x 20 minutes a week.
Acoustic treatment of her main classroom.

Section I - Placement
Cirlow Abbey School (mainstream secondary) from September 2026.

Section K - Advice and information
Advice of the Sensory Support Service; audiology report; parental advice; school advice.

Signed: Philippa Darnell, Team Manager, EHC Service, for and on behalf of Stonebrash Wolds County Council. This is the final plan issued under section 39 of the Children and Families Act 2014.
"""

RHYS_FINAL_DOCX = [
    ("org", WOLDS),
    ("small", WOLDS_SMALL),
    ("title", "Education, Health and Care Plan - Rhys Abernethy"),
    (
        "small",
        "Document status: FINAL - issued 19 February 2026 following consideration of parental comments on the proposed plan",
    ),
    ("h", 1, "Section A - Views, interests and aspirations"),
    (
        "p",
        "Rhys is eleven and has cerebral palsy (spastic diplegia). He loves football commentary, Lego Technic and his dog, Biscuit. He wants to walk to the school bus with his friends.",
    ),
    ("h", 1, "Section B - Special educational needs"),
    (
        "p",
        "Physical: Rhys walks short distances with a walking frame and uses a wheelchair for longer distances. He has difficulty with handwriting speed and with recording at length.",
    ),
    (
        "p",
        "Cognition and learning: Rhys's working memory is weaker than his verbal reasoning and he needs instructions broken down.",
    ),
    ("h", 1, "Section E - Outcomes"),
    (
        "p",
        "By July 2027 Rhys will move around school independently using his frame, with supervision only on stairs.",
    ),
    ("h", 1, "Section F - Special educational provision"),
    (
        "bul",
        [
            "A physiotherapy programme devised by the NHS physiotherapist and delivered by a trained teaching assistant for 30 minutes daily.",
            "Touch-typing programme and a laptop for recording in all lessons.",
            "Extra time (25%) and a scribe in assessments.",
        ],
    ),
    ("h", 1, "Section G - Health provision"),
    ("p", "Review by the paediatric physiotherapy service each term."),
    ("h", 1, "Section I - Placement"),
    ("p", "Cirlow Abbey School from September 2026."),
    ("h", 1, "Section K - Advice and information"),
    (
        "p",
        "Parental advice; educational psychology advice; physiotherapy advice; occupational therapy advice; school advice.",
    ),
    ("sig", ["Philippa Darnell", "Team Manager, EHC Service", "19 February 2026"]),
]

PROPOSED_WOLDS = [
    ("org", WOLDS),
    ("small", WOLDS_SMALL),
    ("title", "PROPOSED Education, Health and Care Plan"),
    ("p", "Child: Tilly Vosper    Date of birth: 17/11/2018    Date sent: 3 June 2026"),
    (
        "i",
        "This is a proposed plan. It is not the final plan. Please send your comments, and the name of any school you would like named, by 18 June 2026. The local authority will consider your comments before the plan is finalised.",
    ),
    ("h", 1, "Section A - About Tilly"),
    (
        "p",
        "Tilly is seven. She loves Peppa Pig, singing and being pushed on the swing. She communicates using single words, signs and pointing.",
    ),
    ("h", 1, "Section B - Special educational needs"),
    (
        "p",
        "Cognition and learning: Tilly has global developmental delay and is working at an early developmental level in all areas.",
    ),
    (
        "p",
        "Communication: Tilly understands short familiar instructions in routine situations and uses about 30 single words and Makaton signs.",
    ),
    ("h", 1, "Section F - Special educational provision"),
    (
        "bul",
        [
            "Teaching in a small class with a high adult ratio.",
            "Speech and language therapy advice to be incorporated into Tilly's daily routine.",
            "An intimate care plan.",
        ],
    ),
    ("h", 1, "Section I - Placement"),
    ("p", "[To be confirmed following consultation]"),
    ("h", 1, "Section K - Advice and information"),
    ("p", "Advice listed in the appendices."),
]

FAX_DRAFT_TEXT = """FAX TRANSMISSION
From: Stonebrash Wolds CC - EHC Service   Fax: 01632 960521
To: Mrs D. Okonjo   Fax: 01632 960588
Date: 11/03/2026 09:32   Pages (incl. this): 7
Re: Draft plan - Kemi Okonjo
Message: As requested, draft attached. Comments within 15 days please.
CONFIDENTIALITY: this fax is intended for the addressee only.

11/03/2026 09:33   FROM: 01632960521   STONEBRASH WOLDS CC   P.002/007

DRAFT EDUCATION, HEALTH AND CARE PLAN
Name: Kemi Okonjo   DOB: 08/08/2011   Draft issued: 11 March 2026

Section A - About me
I am fourteen. I like netball, baking and K-pop. I want to be a nurse.

Section B - Special educational needs
Kemi has type 1 diabetes and dyslexia. She has gaps in her learning after long absences in Year 8. She is anxious about tests.

Section E - Outcomes
By the end of Year 11 Kemi will achieve grade 4 or above in English and maths.

Section F - Special educational provision
Small-group literacy support, twice weekly.
Catch-up tuition in maths, 1 hour a week.
Access arrangements in all tests.

Section I - Placement
Not named in the draft. Please tell us which school you would like.

11/03/2026 09:35   FROM: 01632960521   STONEBRASH WOLDS CC   P.007/007
"""

TYLER_DRAFT_TEXT = """EDUCATION, HEALTH AND CARE PLAN  -  DRAFT FOR CONSULTATION
Medwater Borough Council
Tyler Ashdown  |  DOB 21/03/2014  |  Draft date 15/01/2026
Please note: this is a draft. Your comments must reach the SEND Hub by 30/01/2026.

SECTION A - About me
Tyler is 11 and lives in Grainmarsh. He loves trains, timetables and the Hoo marshes railway.

SECTION B - Special educational needs
Communication and interaction: Tyler is autistic. He finds changes to routine very hard and has difficulty understanding other people's intentions.
Social, emotional and mental health: Tyler has meltdowns at unstructured times.

SECTION E - Outcomes
Tyler will cope with a change to his timetable when given a visual warning.

SECTION F - Special educational provision
Access to a quiet room at break and lunch.
A visual timetable and now-and-next board.
Social skills group, weekly.

SECTION I - Placement
[left blank in the draft]

SECTION K - Advice
EP advice, SALT advice, school advice, parental advice.
"""

DRAFT_FWD_TEXT = """Hi Sam,

Forwarding the draft plan for Maisie as you asked. The council only sent it in the body of the e-mail, not as an attachment, so I've copied it below. Comments go back by 24 March.

Lorraine (Maisie's mum)

-----Original Message-----
From: Isle of Carrow SEND Team <send@carrow.example.org>
Sent: 09 March 2026 15:12
To: lorraine.quist@example.org
Subject: Draft EHC plan - Maisie Quist

Dear Ms Quist,

Please find below the draft Education, Health and Care Plan for Maisie. You have 15 days to make representations and to request a particular school or college.

DRAFT EHC PLAN - MAISIE QUIST (DOB 05/05/2009)

Section A: Maisie is sixteen and studies at Westhaven Sixth Form. She wants to work with animals.
Section B: Maisie has a moderate learning difficulty and social communication difficulties. Her reading comprehension is at about a 10-year level.
Section E: By July 2027 Maisie will travel independently to college on the bus.
Section F: Travel training by the council's independence team; literacy support 2 hours a week; a named tutor.
Section I: To be named after consultation.
Section K: Parental advice; EP advice; college advice.

Kind regards,
SEND Team, Isle of Carrow Council
"""

KEMI_FINAL = [
    (
        "cover",
        [
            "Stonebrash Wolds County Council",
            "EHC Service - document cover sheet",
            "Kemi Okonjo",
            "Contents: EHC plan (pages 2 to 5); Appendices A to F (advice and information)",
            "Sent to parent by secure e-mail, 6 May 2026",
        ],
    ),
    ("org", WOLDS),
    ("small", WOLDS_SMALL),
    ("title", "Education, Health and Care Plan"),
    (
        "kv",
        [
            ("Name", "Kemi Okonjo"),
            ("Date of birth", "08/08/2011"),
            ("Date of this plan", "5 May 2026"),
            ("Review", "Within 12 months of this date"),
        ],
    ),
    ("h", 1, "Section A - About me"),
    (
        "p",
        "I am fourteen. I like netball, baking and K-pop. I want to be a nurse. Please don't make a fuss about my diabetes in front of everyone.",
    ),
    ("h", 1, "Section B - Special educational needs"),
    (
        "p",
        "Cognition and learning: Kemi has dyslexia and weaknesses in working memory and processing speed. She has gaps in her learning after long absences in Year 8 and Year 10.",
    ),
    (
        "p",
        "Social, emotional and mental health: Kemi has anxiety and low mood and has been supported by CAMHS.",
    ),
    ("h", 1, "Section C - Health needs"),
    (
        "p",
        "Type 1 diabetes, managed with an insulin pump. Kemi needs blood glucose checks before tests and physical activity.",
    ),
    ("h", 1, "Section E - Outcomes"),
    ("p", "By the end of Year 11 Kemi will achieve grade 4 or above in English and maths."),
    ("h", 1, "Section F - Special educational provision"),
    (
        "bul",
        [
            "Catch-up teaching one to one in English and maths, 1 hour each a week, by a qualified teacher.",
            "Small-group literacy support twice weekly (30 minutes).",
            "A named key worker with a daily check-in, and a pass to a safe space.",
            "Access arrangements in all tests and examinations.",
        ],
    ),
    ("h", 1, "Section G - Health provision"),
    ("p", "Diabetes specialist nurse to train staff each year; CAMHS follow-up as required."),
    ("h", 1, "Section I - Placement"),
    ("p", "Cirlow Abbey School (mainstream)."),
    ("h", 1, "Section K - Advice and information"),
    (
        "p",
        "Appendix A parental advice; B educational psychology; C school; D CAMHS; E paediatric diabetes team; F social care (no involvement).",
    ),
    (
        "sig",
        [
            "Oliver Haskins, EHC Coordinator, for and on behalf of Stonebrash Wolds County Council",
            "This plan is final and is issued under section 39 of the Children and Families Act 2014.",
        ],
    ),
]

DOCUMENTS: list[dict] = [
    {
        "name": "Kemi_Okonjo_0526.pdf",
        "kind": "ehcp_final",
        "blocks": KEMI_FINAL,
        "footer": "OFFICIAL - SENSITIVE",
    },
    {
        "name": "Ffion plan.pdf",
        "kind": "ehcp_final",
        "blocks": FFION_FINAL,
        "footer": "EHC Plan - Ffion Trevanion - Final - issued 02/03/2026",
    },
    {"name": "EHCP draft Rhys.docx", "kind": "ehcp_final", "blocks": RHYS_FINAL_DOCX},
    {
        "name": "Fwd_ Oscar's EHCP.eml",
        "kind": "ehcp_final",
        "text": OSCAR_FINAL_TEXT,
        "headers": headers(
            "Dad <brennan.dad@example.org>",
            "Sandra Hollis <sandra.hollis@example.org>",
            "Thu, 10 Apr 2025 07:55:12 +0100",
            "Fwd: Oscar EHCP",
        ),
    },
    {
        "name": "SCN_0007.pdf",
        "kind": "ehcp_final",
        "text": SCAN_FINAL_TEXT,
        "ocr": True,
        "running": "Hattie Marchbanks - EHC Plan",
    },
    {
        "name": "Ffion EHCP 2026.pdf",
        "kind": "ehcp_draft",
        "blocks": FFION_DRAFT,
        "watermark": "DRAFT",
        "footer": "EHC Plan - Ffion Trevanion",
    },
    {
        "name": "Proposed plan (Stonebrash).docx",
        "kind": "ehcp_draft",
        "blocks": PROPOSED_WOLDS,
        "header": "PROPOSED PLAN - NOT FINAL",
    },
    {"name": "fax_20260311_0932.pdf", "kind": "ehcp_draft", "text": FAX_DRAFT_TEXT, "ocr": True},
    {"name": "Tyler final.txt", "kind": "ehcp_draft", "text": TYLER_DRAFT_TEXT},
    {
        "name": "FW_ Draft plan for Maisie.eml",
        "kind": "ehcp_draft",
        "text": DRAFT_FWD_TEXT,
        "qp": True,
        "headers": headers(
            "Lorraine Quist <lorraine.quist@example.org>",
            "Sam Derbyshire <sam.d@example.org>",
            "Tue, 10 Mar 2026 21:03:44 +0000",
            "FW: Draft EHC plan - Maisie Quist",
        ),
    },
]
