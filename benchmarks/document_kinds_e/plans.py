# ruff: noqa: E501
"""Plans of the fifth kind set, final and draft: councils on the Welsh border and London
boroughs, headings in the regulation's full wording, plans exported from an online portal
as field labels and values, a plan photographed page by page on a phone, a plan saved as
"Document (3).docx", a plan pasted into a text file, drafts whose only draft marker is a
footer or the file name, and a draft scanned with a phone app. All invented."""

from __future__ import annotations

# The headings as regulation 12 words them, which many councils' templates use.
REG_TITLES = {
    "A": "The views, interests and aspirations of the child and his or her parents.",
    "B": "The child's special educational needs.",
    "C": "The child's health care needs which relate to their special educational needs.",
    "D": "The child's social care needs which relate to their special educational needs or to a disability.",
    "E": "The outcomes sought for the child.",
    "F": "The special educational provision required by the child.",
    "G": "Any health care provision reasonably required by the learning difficulties or disabilities which result in the child having special educational needs.",
    "H1": "Any social care provision which must be made for the child as a result of section 2 of the Chronically Sick and Disabled Persons Act 1970.",
    "H2": "Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child having special educational needs.",
    "I": "The name and type of the school or other institution to be attended by the child.",
    "J": "Where any special educational provision is to be secured by a direct payment, the special educational needs and outcomes to be met by the direct payment.",
    "K": "The advice and information gathered during the EHC needs assessment.",
}

SHORT_TITLES = {
    "A": "Views, interests and aspirations",
    "B": "Special educational needs",
    "C": "Health care needs",
    "D": "Social care needs",
    "E": "Outcomes",
    "F": "Special educational provision",
    "G": "Health care provision",
    "H1": "Social care provision (section 2 CSDPA 1970)",
    "H2": "Other social care provision",
    "I": "Placement",
    "J": "Personal budget",
    "K": "Advice and information",
}


def sections(child: dict, head, titles: dict) -> list:
    """A plan's sections as blocks: head(section id, title) opens each; a list of strings
    becomes bullets, a list of rows a ruled table, a string a paragraph."""
    out: list = []
    for sid, title in titles.items():
        out.extend(head(sid, title))
        content = child[sid]
        if isinstance(content, list) and content and isinstance(content[0], list):
            out.append(("grid", content, [1 / len(content[0])] * len(content[0])))
        elif isinstance(content, list):
            out.append(("bul", content))
        else:
            out.append(("p", content))
    return out


def fields(child: dict, titles: dict) -> list:
    """A portal's print view: each section a labelled field, tables flattened to lines."""
    out: list = []
    for sid, title in titles.items():
        content = child[sid]
        if isinstance(content, list) and content and isinstance(content[0], list):
            value = "\n".join(" / ".join(row) for row in content[1:])
        elif isinstance(content, list):
            value = "\n".join(content)
        else:
            value = content
        out.append(("field", f"Section {sid} - {title}", value))
    return out


def as_text(child: dict, titles: dict) -> str:
    """The same sections as lines of text, for a copy-and-paste or a scan."""
    lines: list[str] = []
    for sid, title in titles.items():
        lines += ["", f"Section {sid}: {title}"]
        content = child[sid]
        if isinstance(content, list) and content and isinstance(content[0], list):
            lines.extend("    ".join(row) for row in content)
        elif isinstance(content, list):
            lines.extend(f"* {t}" for t in content)
        else:
            lines.append(content)
    return "\n".join(lines).strip()


# --- the children ------------------------------------------------------------

RHYS = {
    "A": "Rhys is 7 and lives with his mum, his taid (grandfather) and two sheepdogs on a farm outside Kingsholme. He loves tractors, the dogs and anything with wheels. Rhys says: \"I like it when it's quiet and I know what's next.\" His mum would like him to be able to make a friend and to read well enough to enjoy books about farming.",
    "B": [
        "Communication and interaction: Rhys is autistic (Wyeford Child Development Centre, 2024). He has a developmental language disorder affecting his understanding of longer sentences and his vocabulary (CELF-5 core language standard score 74).",
        "Cognition and learning: Rhys is working at the level expected at the end of Year 1 in reading and writing; his phonic knowledge is secure to phase 4.",
        "Social, emotional and mental health: Rhys becomes anxious when routines change without warning and can run from the classroom.",
        "Sensory: he is sensitive to noise and to the smell of the dining hall.",
    ],
    "C": "Rhys has no health care needs related to his special educational needs beyond his autism diagnosis. He is reviewed by the community paediatrician yearly.",
    "D": "No social care needs have been identified.",
    "E": [
        ["Outcome (by the end of Key Stage 2)", "Steps for this year"],
        [
            "Rhys will understand and follow instructions given to a small group.",
            "Follows two-step instructions in a group of four, 4 times out of 5.",
        ],
        [
            "Rhys will read a book of his choice at his own level.",
            "Reads phase 5 decodable books with 90% accuracy.",
        ],
    ],
    "F": [
        "Speech and language therapy: 6 sessions of direct therapy per term, 30 minutes each, from a speech and language therapist, and a language programme delivered 3 times a week for 20 minutes by a teaching assistant trained by the therapist.",
        "A teaching assistant, trained in autism, to support Rhys in class for 20 hours per week.",
        "A daily visual timetable, and advance warning of changes given by his class teacher at the start of each day.",
        "Phonics intervention 1:1 for 15 minutes daily (Read Write Inc. or similar) with a trained adult.",
        "Access to a quiet space at lunchtime, supervised by a named adult.",
    ],
    "G": "Annual review by the community paediatrician, Wyeford Community Health Services.",
    "H1": "None.",
    "H2": "None.",
    "I": "Kingsholme Church of England Primary School, a mainstream primary school (Marches Church Schools Trust).",
    "J": "No personal budget has been requested.",
    "K": "Appendix 1 Parental advice (06/2025); Appendix 2 Educational advice, Kingsholme CE Primary (06/2025); Appendix 3 Psychological advice (07/2025); Appendix 4 Speech and language therapy advice (07/2025); Appendix 5 Medical advice (07/2025).",
}

AALIYAH = {
    "A": 'Aaliyah is 13. She likes drawing manga, cooking West African food with her gran and going to the youth club on Fridays. She wants to be a nurse or a chef. Aaliyah says she wants teachers to "stop shouting and just tell me what I did".',
    "B": [
        "Social, emotional and mental health: Aaliyah has a diagnosis of ADHD (combined type) and experiences low mood and anxiety. She finds it hard to regulate her emotions when she feels criticised.",
        "Cognition and learning: her reading comprehension is below that expected for her age (standard score 82) and she has difficulty organising written work.",
        "Communication and interaction: she can misread the intentions of peers and adults, which leads to conflict.",
    ],
    "C": "Aaliyah takes medication for ADHD, prescribed by the community paediatrician. She is open to Brentmere CAMHS.",
    "D": "Aaliyah's family have been supported by Early Help. No social care needs related to her SEN are identified at present.",
    "E": [
        ["Outcome", "By July 2026"],
        [
            "Aaliyah will stay in lessons and use agreed strategies when she feels overwhelmed.",
            "Uses her time-out pass and returns to the lesson within 10 minutes.",
        ],
        [
            "Aaliyah will complete extended writing tasks with a plan.",
            "Uses a writing frame in English and humanities.",
        ],
    ],
    "F": [
        "A key worker (learning mentor) for 30 minutes each week, and a daily check-in at registration.",
        "Small group literacy intervention (up to 6 pupils), 3 x 30 minutes per week, delivered by a trained teaching assistant.",
        "A time-out pass and an agreed calm space (the Base), available in all lessons.",
        "All staff to follow her one-page profile and de-escalation plan.",
    ],
    "G": "Community paediatric review of medication every 6 months. CAMHS: 12 sessions of CBT for anxiety (Brentmere CAMHS).",
    "H1": "None.",
    "H2": "None.",
    "I": "Northgate Green Academy, mainstream secondary academy (Riverside Learning Trust).",
    "J": "Not applicable.",
    "K": "Parent advice; Northgate Green Academy; Brentmere Educational Psychology Service; Community Paediatrics; CAMHS; annual review report (11/2025).",
}

INES = {
    "A": "Ines is 15. She loves musicals, drawing on her tablet and her cat, Pastel. She wants to study art and design at college and live independently one day. Her parents want her to keep her friends and to have the right equipment.",
    "B": [
        "Physical: Ines has cerebral palsy (spastic quadriplegia, GMFCS level IV) and uses a powered wheelchair.",
        "Communication: Ines's speech is intelligible to familiar listeners; she uses a voice output app with new people.",
        "Cognition and learning: Ines is working towards GCSEs in art, English and maths. She fatigues quickly and needs rest breaks.",
    ],
    "C": "Ines has epilepsy, controlled by medication, and needs a rescue medication plan. She is at risk of hip subluxation and is reviewed by orthopaedics.",
    "D": "Ines needs help with all personal care. She receives support from the Kewford Children with Disabilities Team.",
    "E": [
        ["Outcome", "Steps"],
        [
            "Ines will achieve GCSEs in art and English.",
            "Completes coursework on time with her access arrangements.",
        ],
        [
            "Ines will travel independently in her wheelchair within the college site.",
            "Uses the lifts and doors with a fob.",
        ],
    ],
    "F": [
        "1:1 support from a learning support assistant trained in moving and handling for 25 hours per week.",
        "A scribe or voice recognition software for all written work, and 50% extra time in examinations.",
        "Physiotherapy programme delivered daily (20 minutes) by a trained assistant, reviewed termly by a physiotherapist.",
        "Access to a hoist-equipped hygiene suite.",
    ],
    "G": "Paediatric neurology review annually; orthopaedic hip surveillance every 6 months; epilepsy care plan.",
    "H1": "Short breaks: one overnight stay per month at Cedar Lodge.",
    "H2": "Preparation for adulthood: transition assessment by adult social care from age 17.",
    "I": "Kewford College of Further Education, Art and Design Foundation Pathway (general further education college).",
    "J": "None.",
    "K": "Advice from parents, Ines, Kewford Academy, EP, physiotherapy, OT, paediatric neurology, social care.",
}

MARCUS = {
    "A": 'Marcus is 14. He enjoys football, grime music and his part-time volunteering at the city farm. He wants to be a groundsman. His dad says Marcus is "a different boy since he moved schools".',
    "B": [
        "Cognition and learning: Marcus has a moderate learning difficulty. His reading age is 9 years 6 months.",
        "Social, emotional and mental health: Marcus has a history of exclusion and finds it hard to trust adults; he is settled in his current school.",
    ],
    "C": "None identified.",
    "D": "Marcus is supported by a youth worker through the Kewford Youth Service.",
    "E": [
        ["Outcome", "By the end of Year 10"],
        [
            "Marcus will read everyday texts (timetables, instructions) independently.",
            "Reading age of 10 years 6 months.",
        ],
        [
            "Marcus will complete a work experience placement.",
            "Attends a two-week placement with support.",
        ],
    ],
    "F": [
        "Teaching in a class of no more than 8 pupils with a teacher and a teaching assistant.",
        "Reading intervention 4 x 20 minutes per week, 1:1, with a trained teaching assistant.",
        "A key adult who meets Marcus at the start of each day.",
    ],
    "G": "None.",
    "H1": "None.",
    "H2": "Youth worker, weekly, Kewford Youth Service.",
    "I": "Riverbank School, Kewford (maintained special school for pupils with moderate learning difficulties).",
    "J": "None.",
    "K": "Parent; Marcus; Riverbank School; EP (2023); annual review (10/2025).",
}

NIA = {
    "A": 'Nia is 11 and loves swimming, baking and her little brother. She wants to be a vet. Nia says: "I want people to wait for me to finish talking."',
    "B": [
        "Communication and interaction: Nia has a stammer which affects her confidence to speak in class.",
        "Cognition and learning: Nia has dyslexia. Her spelling and reading fluency are well below age expectations.",
        "Sensory and physical: Nia has developmental coordination disorder; handwriting is slow and effortful.",
    ],
    "C": "None.",
    "D": "None.",
    "E": [
        ["Outcome", "Steps"],
        ["Nia will take part in class discussion.", "Answers a question in class once a lesson."],
        ["Nia will record her ideas using a laptop.", "Types 20 words per minute."],
    ],
    "F": [
        "Specialist dyslexia teaching 2 x 45 minutes per week from a specialist teacher.",
        "Touch-typing programme 3 x 15 minutes per week.",
        "Speech and language therapy (fluency) block of 6 sessions per year.",
        "Occupational therapy programme for handwriting, delivered by a teaching assistant, reviewed termly.",
    ],
    "G": "None.",
    "H1": "None.",
    "H2": "None.",
    "I": "Clunmere Marches Academy (mainstream secondary) from September 2026.",
    "J": "None.",
    "K": "Parent; Nia; Oakbank Primary; EP; SALT; OT.",
}

FREDDIE = {
    "A": "Freddie is 4 and lives with his mum, dad and big sister Evie. He loves Duplo, bubbles and the swings at the park. His parents would like him to go to the village school with his sister and to learn to talk.",
    "B": [
        "Cognition and learning: Freddie has Down syndrome and global developmental delay. He is working at around the 16 to 26 month level across the EYFS.",
        "Communication: Freddie uses around 30 Makaton signs and a few single words. He understands familiar routines and simple instructions with signs.",
        "Physical: Freddie has low muscle tone; he walks with a wide gait and tires easily. He needs help with dressing and toileting.",
    ],
    "C": "Freddie had surgery to repair a heart defect (AVSD) as a baby and is reviewed by cardiology yearly. He has glue ear.",
    "D": "None identified.",
    "E": [
        ["Outcome", "Steps"],
        ["Freddie will communicate his needs using signs and words.", "Uses 50 signs."],
        [
            "Freddie will take part in PE with his class.",
            "Climbs the small apparatus with support.",
        ],
    ],
    "F": [
        "An adult (teaching assistant) trained in Makaton, with Freddie for the whole school day.",
        "Speech and language therapy: termly programme from the NHS speech and language therapist, delivered daily (15 minutes) by the teaching assistant.",
        "A physiotherapy programme delivered 3 times a week by staff trained by the physiotherapist.",
        "Personal care support from an adult for toileting and dressing.",
    ],
    "G": "Cardiology review yearly; audiology review every 6 months.",
    "H1": "None.",
    "H2": "None.",
    "I": "To follow.",
    "J": "None requested.",
    "K": "Parents; Little Oaks Pre-school; Portage; EP; SALT; physiotherapy; OT; paediatrician.",
}

SOFIA = {
    "A": "Sofia is 7. She loves unicorns, ballet and her grandma's garden. At home she chatters in Arabic and English. Her parents want her to be able to speak at school and to ask for help.",
    "B": [
        "Communication and interaction: Sofia has selective mutism. She does not speak to adults at school and speaks to one friend only in the playground.",
        "Social, emotional and mental health: Sofia experiences high levels of anxiety about being noticed.",
        "Cognition and learning: her learning is difficult to assess because she does not speak; written work is at age-related expectations.",
    ],
    "C": "None.",
    "D": "None.",
    "E": [
        ["Outcome", "Steps"],
        ["Sofia will speak to a key adult in school.", "Speaks to her key adult in a 1:1 session."],
    ],
    "F": [
        "A key adult for a daily 10-minute 1:1 session using a small-steps programme for selective mutism, planned by the speech and language therapist.",
        "Speech and language therapy: 6 sessions per term from a speech and language therapist.",
        "Staff to follow the 'no pressure to speak' guidelines in her profile.",
    ],
    "G": "None.",
    "H1": "None.",
    "H2": "None.",
    "I": "",
    "J": "None.",
    "K": "Parents; Brentside Infant School; EP; SALT.",
}


# --- final plans ---------------------------------------------------------------


def reg_head(sid: str, title: str) -> list:
    return [("h", 2, f"Section {sid}: {title}")]


RHYS_FINAL = [
    ("org", "Wyeford Council"),
    (
        "small",
        "SEND Assessment and Review Team · Plough Lane Offices · Wyeford HR99 4ZZ · 01632 960821",
    ),
    ("title", "Education, Health and Care Plan"),
    (
        "kv",
        [
            ("Name", "Rhys Pritchard"),
            ("Date of birth", "02/02/2018"),
            ("Home language", "English and Welsh"),
            ("Date plan issued", "21/10/2025"),
            ("Type of plan", "Final"),
        ],
    ),
    *sections(RHYS, reg_head, REG_TITLES),
    (
        "sig",
        [
            "Signed: Bethan Lloyd-Morgan, SEND Officer, on behalf of Wyeford Council",
            "21 October 2025",
        ],
    ),
]

# Printed from the council's online EHC portal: field labels and values, the portal's
# print line at the top of every page.
AALIYAH_PORTAL_FINAL = [
    ("small", "Brentmere EHC Hub · Plan record · printed by a family member"),
    ("field", "Plan reference", "LBB-EHCP-0041187"),
    ("field", "Child/young person", "Aaliyah Mensah"),
    ("field", "Date of birth", "09/05/2012"),
    ("field", "Plan status", "Issued - final"),
    ("field", "Issued on", "14/01/2026"),
    ("field", "Issuing authority", "London Borough of Brentmere"),
    *fields(AALIYAH, SHORT_TITLES),
    ("field", "Case officer", "Tomasz Wiśniewski, EHC Coordinator, 020 7946 0412"),
]

# A final amended plan photographed page by page on a phone and saved as one PDF.
INES_PHONE = (
    "Royal Borough of Kewford\nSpecial Educational Needs Service\n\nEDUCATION, HEALTH AND CARE PLAN\nFinal amended plan - issued 30 June 2025 following annual review\nName: Ines Ferreira   DOB: 17/08/2009\n"
    + as_text(INES, SHORT_TITLES)
    + "\n\nSigned on behalf of the Royal Borough of Kewford: D. Osei, Head of SEN, 30/06/2025"
)

MARCUS_DOC3 = [
    ("org", "Royal Borough of Kewford"),
    ("title", "Education, Health and Care Plan"),
    (
        "p",
        "Marcus Adeyemi-Clarke   DOB 04/04/2011   Plan issued: 02/12/2024   Last reviewed: 14/10/2025",
    ),
    *sections(MARCUS, lambda s, t: [("b", f"{s}. {t}")], SHORT_TITLES),
    (
        "p",
        "This is Marcus's final EHC plan. The local authority must secure the provision in Section F.",
    ),
]

NIA_TXT = (
    "CLUNMERE COUNTY COUNCIL - EHC PLAN (FINAL)\nNia Vaughan, born 12/12/2014\nIssued 11 February 2026 (phase transfer)\n\n"
    + as_text(NIA, SHORT_TITLES)
    + "\n\nIssued by Clunmere County Council SEND Team, Shirehall, Clunmere SY99 1ZZ."
)


# --- drafts --------------------------------------------------------------------

# An amended plan sent out after a review: nothing in the body says draft; the only
# marker is the footer the council's template adds to every page.
AALIYAH_FOOTER_DRAFT = [
    ("org", "London Borough of Brentmere"),
    (
        "small",
        "Children's Services · SEN Assessment Team · Town Hall, Brentmere N99 7ZZ · 020 7946 0400",
    ),
    ("title", "Education, Health and Care Plan"),
    ("p", "Name: Aaliyah Mensah    Date of birth: 09/05/2012    Ref: LBB-EHCP-0041187"),
    *sections(
        {**AALIYAH, "F": AALIYAH["F"] + ["Mentoring by a trained mentor, 1 hour weekly."]},
        reg_head,
        REG_TITLES,
    ),
]

# A first plan whose only draft marker is in the file name.
FREDDIE_NAMED_DRAFT = [
    ("org", "Clunmere County Council"),
    ("title", "Education, Health and Care Plan"),
    (
        "kv",
        [
            ("Name", "Freddie Lloyd"),
            ("Date of birth", "30/06/2021"),
            ("Date issued", ""),
            ("Plan coordinator", "Sian Beddoes"),
        ],
    ),
    *sections(FREDDIE, lambda s, t: [("band", f"Section {s}  {t}")], SHORT_TITLES),
]

NIA_CAMSCANNER = (
    "DRAFT EHC PLAN - FOR CONSULTATION\nClunmere County Council\nNia Vaughan  12/12/2014\nThis plan is a draft. Section I will be completed once we have consulted the schools you prefer.\n"
    + as_text({**NIA, "I": "Not completed in the draft plan."}, SHORT_TITLES)
    + "\n\nPlease send any comments within 15 days of receiving this draft."
)

SOFIA_PORTAL_DRAFT = [
    ("small", "Brentmere EHC Hub · Plan record"),
    ("field", "Plan reference", "LBB-EHCP-0043920"),
    ("field", "Child/young person", "Sofia Haddad"),
    ("field", "Date of birth", "22/01/2019"),
    ("field", "Plan status", "Draft - awaiting parent comments"),
    ("field", "Comments due by", "06/03/2026"),
    *fields(SOFIA, SHORT_TITLES),
    ("field", "Your comments", ""),
]


DOCUMENTS: list[dict] = [
    dict(
        name="Rhys Pritchard EHCP.docx",
        kind="ehcp_final",
        blocks=RHYS_FINAL,
        sans=True,
        accent="2F5233",
    ),
    dict(
        name="EHCP_export_AM_2026-01-14.pdf",
        kind="ehcp_final",
        blocks=AALIYAH_PORTAL_FINAL,
        sans=True,
        header="https://ehchub.example.org/plans/LBB-EHCP-0041187/print",
        footer="Printed 20/01/2026 19:42 · Page {n} of {m}",
    ),
    dict(name="IMG_2041.pdf", kind="ehcp_final", text=INES_PHONE, ocr=0.11),
    dict(name="Document (3).docx", kind="ehcp_final", blocks=MARCUS_DOC3),
    dict(name="Nia EHCP.txt", kind="ehcp_final", text=NIA_TXT),
    dict(
        name="Aaliyah plan v2.pdf",
        kind="ehcp_draft",
        blocks=AALIYAH_FOOTER_DRAFT,
        footer="DRAFT - proposed amendments following annual review - not for circulation - page {n} of {m}",
        accent="8B1A1A",
    ),
    dict(
        name="EHCP_Freddie_DRAFT_v3.docx",
        kind="ehcp_draft",
        blocks=FREDDIE_NAMED_DRAFT,
        accent="1B5E20",
    ),
    dict(name="CamScanner 02-03-2026 18.44.pdf", kind="ehcp_draft", text=NIA_CAMSCANNER, ocr=True),
    dict(
        name="EHC Hub - Sofia Haddad.pdf",
        kind="ehcp_draft",
        blocks=SOFIA_PORTAL_DRAFT,
        sans=True,
        footer="Brentmere EHC Hub · Page {n} of {m}",
    ),
]
