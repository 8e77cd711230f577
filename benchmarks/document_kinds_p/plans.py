# ruff: noqa: E501
"""Plans of set P: final plans (an island council's plan whose headings quote the
regulation after a contents list, a salt-plain borough's plan with a provision grid, a
final plan forwarded by a father in an e-mail body, a plan faxed to a hospital school, a
plan copied into a hearing bundle behind a cover sheet) and drafts (a Word copy marked
only in its header, a proposed amended plan in a caseworker's e-mail, a "v2 CLEAN"
consultation copy, a draft scanned behind a compliments slip, a draft a mother forwarded
to a therapist). All invented."""

from __future__ import annotations

from evaluation_kit.plaintext import quoted

from document_kinds_p.common import (
    ASH,
    ASH_SMALL,
    KERRITH,
    KERRITH_SMALL,
    SALT,
    SALT_SMALL,
    headers,
)

# --- final plans -----------------------------------------------------------------------------

KERRITH_FINAL = [
    ("org", KERRITH),
    ("small", KERRITH_SMALL),
    ("title", "Education, Health and Care Plan"),
    (
        "kv",
        [
            ("Name", "Tomos Penhallow"),
            ("Date of birth", "14 November 2013"),
            ("NHS number", "999 482 1170"),
            ("Plan issued", "3 February 2025"),
            ("Last reviewed", "n/a - first plan"),
            ("EHC coordinator", "Gwen Trebilcock"),
        ],
    ),
    ("b", "Contents"),
    (
        "p",
        "*Section A: The views, interests and aspirations of the child and his parents.  page 2\n*Section B: The child's special educational needs.  page 3\n*Section C: The child's health care needs which relate to his special educational needs.  page 5\n*Section D: The child's social care needs which relate to his special educational needs.  page 5\n*Section E: The outcomes sought for the child.  page 6\n*Section F: The special educational provision required by the child.  page 7\n*Sections G and H: Health and social care provision.  page 9\n*Section I: The name and type of school.  page 10\n*Section J: Personal budget.  page 10\n*Section K: Advice and information.  page 10",
    ),
    ("pb",),
    ("h", 1, "*Section A: The views, interests and aspirations of the child and his parents."),
    (
        "p",
        "Tomos is 11 and lives in Cowlstone with his mum, Morwenna, his stepdad and his two younger sisters. He loves the ferry, knows the timetable by heart and wants to work on the boats when he is older. He says: \"I don't like it when people help me without asking. I can do more than they think.\" His mum would like him to stay at St Ebbe's Academy with his friends and to be as independent as possible around the site.",
    ),
    ("h", 1, "*Section B: The child's special educational needs."),
    ("b", "Physical and sensory"),
    (
        "p",
        "Tomos has spastic diplegia (cerebral palsy, GMFCS level II). He walks with a rollator indoors and uses a wheelchair for longer distances. He tires quickly and his handwriting is slow and effortful.",
    ),
    ("b", "Cognition and learning"),
    (
        "p",
        "Tomos's verbal reasoning is in the average range. His processing speed and working memory are below average, and he needs extra time to record his ideas.",
    ),
    ("b", "Social, emotional and mental health"),
    (
        "p",
        "Tomos can become frustrated and withdrawn when he cannot keep up with his peers at break times and in PE.",
    ),
    (
        "h",
        1,
        "*Section C: The child's health care needs which relate to his special educational needs.",
    ),
    (
        "p",
        "Tomos is under the care of the Kerrith Healthcare NHS Trust children's physiotherapy and orthopaedic teams. He wears ankle-foot orthoses during the day.",
    ),
    (
        "h",
        1,
        "*Section D: The child's social care needs which relate to his special educational needs.",
    ),
    ("p", "No social care needs identified at this time."),
    ("h", 1, "*Section E: The outcomes sought for the child."),
    (
        "bul",
        [
            "By the end of Key Stage 3, Tomos will move between lessons independently using his rollator, arriving within five minutes of his peers.",
            "By July 2026, Tomos will touch-type at 20 words a minute and use a laptop for extended writing in all subjects.",
        ],
    ),
    ("h", 1, "*Section F: The special educational provision required by the child."),
    (
        "grid",
        [
            ["Provision", "Frequency", "Delivered by"],
            [
                "Daily physiotherapy programme (stretches and standing) as written by the NHS physiotherapist",
                "Daily, 20 minutes",
                "Trained teaching assistant",
            ],
            ["Touch-typing programme", "3 x 15 minutes a week", "Teaching assistant"],
            [
                "Use of a laptop for all written work, with a copy of notes provided",
                "Every lesson",
                "Subject teachers",
            ],
            [
                "Adapted PE with a programme agreed with the physiotherapist",
                "Every PE lesson",
                "PE teacher",
            ],
            [
                "Leaving lessons five minutes early with a named peer",
                "Every lesson change",
                "Subject teachers",
            ],
        ],
        [0.55, 0.2, 0.25],
    ),
    ("h", 1, "*Sections G and H: Health and social care provision."),
    (
        "p",
        "G: Review by the children's physiotherapy service every six months. Orthotic review every 12 months. H1/H2: none.",
    ),
    ("h", 1, "*Section I: The name and type of school."),
    ("p", "St Ebbe's Academy, Cowlstone (mainstream secondary academy)."),
    ("h", 1, "*Section J: Personal budget."),
    ("p", "No personal budget has been requested."),
    ("h", 1, "*Section K: Advice and information."),
    (
        "bul",
        [
            "Parental advice, Mrs M Penhallow, 12 October 2024",
            "Educational psychology advice, Dr A Quiller, 28 October 2024",
            "Physiotherapy advice, Mr J Ashby, 30 October 2024",
            "Educational advice, St Ebbe's Academy, 1 November 2024",
        ],
    ),
    (
        "sig",
        [
            "Signed on behalf of the Isle of Kerrith Council",
            "Gwen Trebilcock, EHC Coordinator",
            "3 February 2025",
        ],
    ),
]

SALT_FINAL = [
    ("org", SALT),
    ("small", SALT_SMALL),
    ("title", "Education, Health and Care Plan for Ella Brereton"),
    (
        "kv",
        [
            ("Date of birth", "6 May 2017"),
            ("School", "Nantmere Flashes Primary School"),
            ("Date of this plan", "18 December 2025"),
            ("Type of plan", "Amended following annual review"),
            ("Review due by", "18 December 2026"),
        ],
    ),
    ("h", 2, "Section A - My story so far"),
    (
        "p",
        "My name is Ella and I am eight. I live in Nantmere with my mum, my nan and our dog Pickle. I like drawing horses and going to the salt museum with Nan. I find it hard when the classroom is noisy because I can't hear what Miss Hulme is saying.",
    ),
    ("h", 2, "Section B - Special educational needs"),
    (
        "p",
        "Communication and interaction: Ella has a moderate bilateral sensorineural hearing loss and wears two hearing aids. She misses spoken information in noisy rooms, and her vocabulary is below that expected for her age.",
    ),
    (
        "p",
        "Health needs affecting learning: Ella has type 1 diabetes. Low blood glucose affects her concentration and she needs checks and snacks during the school day.",
    ),
    ("h", 2, "Section C - Health needs"),
    (
        "p",
        "Type 1 diabetes managed with an insulin pump and a continuous glucose monitor. Hearing loss monitored by Brinefield Community Health NHS Trust paediatric audiology.",
    ),
    ("h", 2, "Section D - Social care needs"),
    ("p", "None identified."),
    ("h", 2, "Section E - Outcomes"),
    (
        "p",
        "By July 2026 Ella will ask for repetition or clarification at least twice in each lesson without an adult prompting her.",
    ),
    ("h", 2, "Section F - Special educational provision"),
    (
        "grid",
        [
            ["Provision", "Frequency", "Delivered by", "Funded by"],
            [
                "Radio aid used in all teaching sessions, checked daily",
                "Daily",
                "Class teacher and TA",
                "Sensory Support Service",
            ],
            [
                "Pre-teaching of topic vocabulary in a quiet room",
                "3 x 20 minutes weekly",
                "Teaching assistant",
                "School (element 3 top-up)",
            ],
            [
                "Visit from a Qualified Teacher of the Deaf to advise staff",
                "Once each half term",
                "Sensory Support Service",
                "Local authority",
            ],
            [
                "Acoustic treatment of the classroom",
                "Once (by September 2026)",
                "School premises team",
                "Local authority",
            ],
        ],
        [0.4, 0.18, 0.22, 0.2],
    ),
    ("h", 2, "Section G - Health provision"),
    (
        "p",
        "Individual healthcare plan for diabetes written by the paediatric diabetes nurse specialist; staff trained in glucose checks and pump use.",
    ),
    ("h", 2, "Section I - Placement"),
    ("p", "Nantmere Flashes Primary School (mainstream, community school)."),
    ("h", 2, "Section K - Advice and information"),
    (
        "p",
        "Annual review report, 14 November 2025; audiology report, 2 October 2025; diabetes team letter, 9 September 2025.",
    ),
    (
        "small",
        "This plan was issued by Salterford and Wychbury Borough Council. Case officer: Rhiannon Platt.",
    ),
]

MABLI_BODY = (
    "Hi Mr Ibekwe,\n\n"
    "Ahead of Mabli starting on Monday here is her plan as the council issued it. I've pasted it in as the attachment won't open on the school's system, apparently.\n\n"
    "Thanks, Huw Rees-Ferrante\n\n"
    "---------- Forwarded message ---------\n"
    "From: SEND Statutory Services <sendstatutory@salterford.example.org>\n"
    "Date: Fri, 13 Feb 2026 at 15:02\n"
    "Subject: Final EHC plan - Mabli Rees-Ferrante\n"
    "To: huw.reesferrante@example.org\n\n"
    "Dear Mr Rees-Ferrante,\n\n"
    "Please find below Mabli's final Education, Health and Care plan, issued today under section 39 of the Children and Families Act 2014. A signed copy will follow in the post.\n\n"
    "EDUCATION, HEALTH AND CARE PLAN\n"
    "Name: Mabli Rees-Ferrante   DOB: 30/01/2011   Date issued: 13 February 2026\n\n"
    "SECTION A: Mabli's views, interests and aspirations\n"
    "Mabli enjoys art, music and her youth theatre group. She wants to take GCSEs and study costume design. She says she is tired of people treating her as if she is fragile.\n\n"
    "SECTION B: Special educational needs\n"
    "Mabli had surgery for a complex congenital heart condition as a baby and again in May 2025. She has reduced stamina, and long absences have left gaps in her mathematics and science.\n"
    "Mabli experiences health anxiety and low mood linked to her condition.\n\n"
    "SECTION E: Outcomes\n"
    "By the end of Year 11 Mabli will achieve a grade 4 or above in English, art and mathematics.\n\n"
    "SECTION F: Special educational provision\n"
    "- One-to-one catch-up tuition in mathematics, 2 x 45 minutes a week, by a qualified teacher.\n"
    "- A rest base available at all times, and a lift pass.\n"
    "- A reduced timetable of eight GCSE subjects agreed with Mabli and her parents.\n"
    "- A weekly 30-minute check-in with the school's emotional literacy support assistant (ELSA).\n\n"
    "SECTION G: Health provision\n"
    "Cardiology review at Brinefield Children's Hospital every six months.\n\n"
    "SECTION I: Placement\n"
    "Wychbury High School (mainstream secondary).\n\n"
    "Signed: Rhiannon Platt, Case Officer, for Salterford and Wychbury Borough Council\n"
)

FAXED_PLAN = """\
13/03/2026 09:22  FROM: 01632960311 KERRITH CC SEND          TO: 01632960902   P.001/006

FAX TRANSMISSION
To: Admissions, Lymstone Hospital School (Seagull Ward classroom)
From: Kerrith SEND Assessment and Review Team
Pages including this sheet: 6
Message: As requested, a copy of Kit's current EHC plan for his time on the ward.
If you have received this fax in error please telephone 01632 960310.

13/03/2026 09:22  FROM: 01632960311 KERRITH CC SEND          TO: 01632960902   P.002/006

Isle of Kerrith Council
Education, Health and Care Plan (amended 4 September 2025)
Name: Kit Larkworthy    Date of birth: 2 April 2009
Current setting: Holmport Sixth Form College

Section A: The views, interests and aspirations of the young person.
Kit is 16 and wants to study marine engineering. He says the plan should be about what he needs, not about his diagnosis.

Section B: The young person's special educational needs.
Kit has Crohn's disease with frequent flare-ups and hospital admissions. He has missed large parts of Year 11 and has gaps in mathematics. He has been diagnosed with dyspraxia (developmental coordination disorder) and finds practical workshop tasks hard to plan and sequence.

Section E: The outcomes sought for the young person.
By July 2027 Kit will complete the Level 2 engineering course with the practical units assessed in adapted ways.

Section F: The special educational provision required by the young person.
1. A learning support assistant in all workshop sessions (6 hours a week) to break tasks into steps.
2. Remote access to lessons during admissions and home recovery, set up by the college's learning technologist.
3. A catch-up tutor for mathematics, 1 hour a week.
4. Rest breaks and toilet access without asking, with a card.

Section I: Name and type of institution.
Holmport Sixth Form College (further education).

13/03/2026 09:23  FROM: 01632960311 KERRITH CC SEND          TO: 01632960902   P.006/006
"""

BUNDLE_COVER = [
    ("cover", ["APPEAL BUNDLE", "EH873/26/00377", "Section B", "Pages B14 to B31"]),
    ("org", ASH),
    ("small", ASH_SMALL),
    ("title", "Education, Health and Care Plan"),
    (
        "kv",
        [
            ("Child", "Jude Okonjo-Marsh"),
            ("Date of birth", "19 September 2014"),
            ("Plan dated", "27 January 2026"),
            ("Status", "Issued"),
        ],
    ),
    ("h", 2, "A. About me"),
    (
        "p",
        "Jude is 11. He lives in Kiln Park with his adoptive parents, Sandra and Patrick. He likes Lego Technic, swimming and his rabbit, Bramble. He wants a teacher who understands that he is not being naughty.",
    ),
    ("h", 2, "B. My special educational needs"),
    (
        "p",
        "Jude has fetal alcohol spectrum disorder (FASD). He has difficulties with memory, attention and understanding cause and effect. He struggles to regulate his emotions when routines change and can run from the classroom.",
    ),
    ("h", 2, "E. Outcomes"),
    (
        "p",
        "By the end of Year 7 Jude will use an agreed calm space and return to learning within 15 minutes on four out of five occasions.",
    ),
    ("h", 2, "F. Special educational provision"),
    (
        "bul",
        [
            "Support from an adult in class for 25 hours a week, trained in FASD strategies.",
            "A visual timetable and warning before any change in routine.",
            "Small group literacy intervention three times a week for 30 minutes.",
            "Access to a calm space at all times.",
        ],
    ),
    ("h", 2, "I. Placement"),
    ("p", "Brickhill Academy (mainstream secondary)."),
    ("small", "Ashgrove Borough Council - EHC plan - Jude Okonjo-Marsh - issued 27/01/2026"),
]

# --- drafts --------------------------------------------------------------------------------

SALT_DRAFT = [
    ("org", SALT),
    ("small", SALT_SMALL),
    ("title", "Education, Health and Care Plan for Ella Brereton"),
    (
        "kv",
        [
            ("Date of birth", "6 May 2017"),
            ("School", "Nantmere Flashes Primary School"),
            ("Date of this plan", "To be confirmed"),
            ("Type of plan", "Amended following annual review"),
        ],
    ),
    ("h", 2, "Section A - My story so far"),
    (
        "p",
        "My name is Ella and I am eight. I live in Nantmere with my mum, my nan and our dog Pickle. I like drawing horses.",
    ),
    ("h", 2, "Section B - Special educational needs"),
    (
        "p",
        "Communication and interaction: Ella has a moderate bilateral hearing loss and wears two hearing aids. She misses spoken information in noisy rooms.",
    ),
    ("h", 2, "Section F - Special educational provision"),
    (
        "grid",
        [
            ["Provision", "Frequency", "Delivered by", "Funded by"],
            ["Radio aid in lessons", "Daily", "Class teacher", "Sensory Support Service"],
            ["Pre-teaching of vocabulary", "Regularly", "Teaching assistant", "School"],
            [
                "Advice from a Qualified Teacher of the Deaf",
                "As required",
                "Sensory Support Service",
                "Local authority",
            ],
        ],
        [0.4, 0.18, 0.22, 0.2],
    ),
    ("h", 2, "Section I - Placement"),
    ("p", "[Left blank until the final plan is issued.]"),
    (
        "p",
        "You have 15 days from the date of the covering letter to tell us your views on this plan and to ask for a particular school to be named. Please send comments to Rhiannon Platt.",
    ),
]

KERRITH_PROPOSED = (
    "Dear Mrs Penhallow,\n\n"
    "Following Tomos's annual review on 21 January, the council proposes to amend his EHC plan. The proposed changes are set out below: wording to be removed is shown [REMOVE: ...] and new wording [ADD: ...]. Please let me have any comments within 15 days, by 2 March 2026.\n\n"
    "Kind regards\nGwen Trebilcock\nEHC Coordinator, Isle of Kerrith Council\n01632 960312\n\n"
    "PROPOSED AMENDED EHC PLAN - TOMOS PENHALLOW - FOR CONSULTATION\n\n"
    "Section B\n"
    "Physical and sensory: Tomos has spastic diplegia (GMFCS level II). [ADD: Following hamstring surgery in September 2025 he is using a wheelchair for most of the school day while he rehabilitates.]\n"
    "Cognition and learning: no change.\n\n"
    "Section E\n"
    "[REMOVE: By the end of Key Stage 3, Tomos will move between lessons independently using his rollator.] [ADD: By July 2026 Tomos will walk with his rollator between two lessons a day.]\n\n"
    "Section F\n"
    "- Daily physiotherapy programme, 20 minutes, trained teaching assistant. [ADD: Increased to 2 x 20 minutes daily until the physiotherapist's review in June 2026.]\n"
    "- [ADD: Access to a hydrotherapy session at Holmport Leisure Pool, once weekly, supervised by a trained member of staff.]\n"
    "- Touch-typing programme, 3 x 15 minutes a week. [REMOVE: (no longer needed - target met)]\n\n"
    "Section I\n"
    "St Ebbe's Academy, Cowlstone. No change proposed.\n"
)

ASH_V2 = [
    ("org", ASH),
    ("small", ASH_SMALL),
    ("title", "Education, Health and Care Plan"),
    (
        "small",
        "Version 2 - issued for consultation with parents and the proposed setting, 9 March 2026",
    ),
    (
        "kv",
        [
            ("Child", "Noor Haddad"),
            ("Date of birth", "11 June 2020"),
            ("Setting", "Elmfield Infant School, Reception"),
            ("EHC coordinator", "Danielle Fairbrass"),
        ],
    ),
    ("h", 2, "A. About me"),
    (
        "p",
        "Noor is five. At home she talks in Arabic and English with her mum, dad and brother Sami. At school she does not speak at all. She loves painting, the swings in Kiln Park and her cat.",
    ),
    ("h", 2, "B. My special educational needs"),
    (
        "p",
        "Noor has selective mutism. She has not spoken to any adult at school since starting in Nursery. She communicates by nodding, pointing and, with one friend, whispering.",
    ),
    (
        "p",
        "Noor has a diagnosis of autism (November 2025). She finds changes of routine and busy, noisy places very hard.",
    ),
    ("h", 2, "E. Outcomes"),
    ("p", "By the end of Year 1 Noor will speak to one key adult in school in a quiet room."),
    ("h", 2, "F. Special educational provision"),
    (
        "bul",
        [
            "A key adult trained in the sliding-in technique, for three 15-minute sessions a week, following the speech and language therapist's programme.",
            "No direct questions that require a spoken answer in front of the class; alternative ways to answer the register.",
            "Visual timetable and a now-and-next board.",
        ],
    ),
    ("h", 2, "I. Placement"),
    ("p", "To be named in the final plan after consultation."),
    ("small", "Ashgrove_EHCP_v2_CLEAN - comments due by 24 March 2026"),
]

DRAFT_SCAN = """\
With compliments
Ashgrove Borough Council - SEN Casework
Civic Offices, The Parade, Ashgrove New Town AG1 1PC
Enclosed: draft plan for Jude as discussed. Please ring me with any questions.
Danielle F.  (01632 960781)


Ashgrove Borough Council
DRAFT Education, Health and Care Plan
Child: Jude Okonjo-Marsh    Date of birth: 19/09/2014
This draft plan is not a final plan. Section I is left blank.

A. About me
Jude is 11. He lives in Kiln Park with his adoptive parents. He likes Lego Technic and swimming.

B. My special educational needs
Jude has fetal alcohol spectrum disorder (FASD). He has difficulties with memory, attention and understanding cause and effect. He can run from the classroom when routines change.

E. Outcomes
Jude will manage transitions between lessons with support.

F. Special educational provision
Adult support in class as needed.
A visual timetable.
Small group literacy intervention.
Access to a calm space.

I. Placement
[To be completed]

You can comment on this draft within 15 days and tell us which school you would like named in Section I.
"""

NOOR_FWD = (
    "Hi Ruth,\n\n"
    "Here's the draft the council sent. Could you look at section F before we meet on Thursday? I don't think the sliding-in bit matches what you wrote.\n\n"
    "Leila\n\n"
    "-------- Original Message --------\n"
    "From: Danielle Fairbrass <sen.casework@ashgrove.example.org>\n"
    "Sent: 10 March 2026 16:40\n"
    "To: Leila Haddad\n"
    "Subject: Draft EHC plan for Noor\n\n"
    + quoted(
        "Dear Mr and Mrs Haddad,\n\n"
        "Please see Noor's draft plan below. You have 15 days to comment and to ask for a school to be named.\n\n"
        "DRAFT EHC PLAN\n"
        "B. Noor has selective mutism and has not spoken to any adult at school since Nursery. She has a diagnosis of autism.\n"
        "E. By the end of Year 1 Noor will speak to one key adult in school.\n"
        "F. Support from a key adult to help her speak. Visual timetable. No direct questions in front of the class.\n"
        "I. To be named in the final plan.\n\n"
        "Danielle Fairbrass\nEHC Coordinator"
    )
    + "\n"
)

DOCUMENTS: list[dict] = [
    {
        "name": "Tomos old statement.docx",
        "kind": "ehcp_final",
        "blocks": KERRITH_FINAL,
        "footer": "Isle of Kerrith Council - EHC plan - OFFICIAL SENSITIVE",
    },
    {
        "name": "Ella EHCP.pdf",
        "kind": "ehcp_final",
        "blocks": SALT_FINAL,
        "footer": "Ella Brereton - EHC plan - page {n} of {m}",
        "accent": "7A3E00",
    },
    {
        "name": "Fwd_ Mabli's plan.eml",
        "kind": "ehcp_final",
        "headers": headers(
            "Huw Rees-Ferrante <huw.reesferrante@example.org>",
            "Mr O Ibekwe <o.ibekwe@wychburyhigh.example.org>",
            "Sun, 15 Feb 2026 20:11:43 +0000",
            "Fwd: Final EHC plan - Mabli Rees-Ferrante",
        ),
        "text": MABLI_BODY,
    },
    {"name": "FAX_0313_0922.pdf", "kind": "ehcp_final", "text": FAXED_PLAN, "ocr": True},
    {
        "name": "Bundle B14-B31.pdf",
        "kind": "ehcp_final",
        "blocks": BUNDLE_COVER,
        "footer": "EH873/26/00377  |  Respondent's bundle  |  Section B",
    },
    {
        "name": "Ella EHCP (1).docx",
        "kind": "ehcp_draft",
        "blocks": SALT_DRAFT,
        "header": "DRAFT - for consultation",
    },
    {
        "name": "RE_ Tomos annual review.eml",
        "kind": "ehcp_draft",
        "headers": headers(
            "Gwen Trebilcock <g.trebilcock@kerrith.example.org>",
            "morwenna.penhallow@example.org",
            "Mon, 16 Feb 2026 11:05:09 +0000",
            "RE: Tomos annual review",
        ),
        "text": KERRITH_PROPOSED,
        "qp": True,
    },
    {"name": "Ashgrove_EHCP_v2_CLEAN.docx", "kind": "ehcp_draft", "blocks": ASH_V2},
    {"name": "Scan 14 Dec 2025.pdf", "kind": "ehcp_draft", "text": DRAFT_SCAN, "ocr": True},
    {
        "name": "Fw_ Noor.eml",
        "kind": "ehcp_draft",
        "headers": headers(
            "Leila Haddad <leila.haddad@example.org>",
            "Ruth Anand <ruth.anand@ashvalenhs.example.org>",
            "Tue, 10 Mar 2026 21:17:30 +0000",
            "Fw: Draft EHC plan for Noor",
        ),
        "text": NOOR_FWD,
    },
]
