# ruff: noqa: E501
"""Plans of the eleventh kind set: a Merseyside borough's final plan, a Sussex county's
amended plan after phase transfer, a Cornish council's plan printed from its web hub, a
Devon plan photographed on a phone; drafts called "Proposed amended plan", a Lancashire
draft under a watermark, a phase-transfer proposal as text, a scanned draft. All invented."""

from __future__ import annotations


def plan(heading: str, sections: list[tuple[str, str, list[str]]]) -> list:
    """Sections as blocks: ``heading`` is "h" (a Word heading), "band" or "u"."""
    out: list = []
    for letter, title, paras in sections:
        label = f"Section {letter}: {title}" if letter else title
        out.append(("h", 2, label) if heading == "h" else (heading, label))
        for para in paras:
            if para.startswith("- "):
                out.append(("bul", [para[2:]]))
            else:
                out.append(("p", para))
    return out


def plan_text(sections: list[tuple[str, str, list[str]]], fmt: str = "Section {l} - {t}") -> str:
    out: list[str] = []
    for letter, title, paras in sections:
        out.append("")
        out.append(fmt.format(l=letter, t=title) if letter else title)
        out.extend(paras)
    return "\n".join(out)


KAI = [
    (
        "A",
        "The views, interests and aspirations of the child and his parents.",
        [
            'Kai is 9 and lives in Bootle Marsh with his mum, his stepdad and his sister Mia. He loves Lego, trains and the ferry. Kai says: "I want to be a train driver and I want people to stop shouting."',
            "Kai's mum, Mrs Brennan, would like Kai to be able to read for pleasure and to have a friend he sees outside school.",
        ],
    ),
    (
        "B",
        "The child's special educational needs.",
        [
            "Communication and interaction: Kai has a diagnosis of autism (Mersey Estuary Children's NHS Foundation Trust, 2023). He finds it hard to follow instructions given to the whole class and to take turns in conversation.",
            "Cognition and learning: Kai's reading is at about the level of a 6 year old. His phonological awareness is weak (below the 5th centile on the CTOPP-2).",
            "Social, emotional and mental health: Kai becomes distressed at transitions and when the classroom is noisy; he hides under tables and has left the building twice this year.",
            "Sensory and physical: Kai is over-responsive to noise. His handwriting is slow and effortful.",
        ],
    ),
    (
        "C",
        "The child's health needs which relate to his SEN.",
        [
            "Kai has mild asthma managed by his GP. Kai sleeps poorly (melatonin prescribed by the community paediatrician)."
        ],
    ),
    (
        "D",
        "The child's social care needs which relate to his SEN or disability.",
        ["None identified at this time."],
    ),
    (
        "E",
        "The outcomes sought for the child.",
        [
            "By the end of Key Stage 2 Kai will read a book at his own level for ten minutes without an adult prompting him.",
            "By July 2027 Kai will use his 'break card' to ask for a break instead of leaving the room.",
        ],
    ),
    (
        "F",
        "The special educational provision required by the child.",
        [
            "- Daily 1:1 structured phonics (Sounds-Write) for 20 minutes, delivered by a teaching assistant trained in the programme and overseen by the SENCo.",
            "- Speech and language therapy: a block of 6 sessions each term with a speech and language therapist, plus a programme delivered 3 times a week for 15 minutes by a trained TA.",
            "- A low-arousal workstation and ear defenders available in every lesson.",
            "- Adult support for 20 hours a week across the day, including unstructured times.",
        ],
    ),
    (
        "G",
        "Any health provision reasonably required.",
        ["Review by the community paediatrician every 6 months."],
    ),
    (
        "H1",
        "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970.",
        ["None."],
    ),
    ("H2", "Any other social care provision.", ["None."]),
    (
        "I",
        "The name and type of the school.",
        ["Seacombe Dock Primary School (mainstream community primary school)."],
    ),
    ("J", "Personal budget.", ["No personal budget has been requested."]),
    (
        "K",
        "Advice and information.",
        [
            "- Educational psychology advice, Dr L. Okafor, 14/10/2025",
            "- Speech and language therapy advice, 21/10/2025",
            "- School advice, Seacombe Dock Primary, 30/09/2025",
            "- Parental advice, 02/10/2025",
        ],
    ),
]

KAI_BLOCKS = [
    ("org", "Merseyford Metropolitan Borough Council"),
    ("title", "Education, Health and Care Plan"),
    (
        "kv",
        [
            ("Name", "Kai Brennan"),
            ("Date of birth", "19/07/2016"),
            ("EHC plan reference", "MMBC-EHC-20417"),
            ("Date plan issued", "3 March 2026"),
            ("Type of plan", "Final"),
        ],
    ),
    ("pb",),
    *plan("h", KAI),
    (
        "sig",
        [
            "Signed on behalf of Merseyford Metropolitan Borough Council",
            "J. Corrigan, SEND Team Manager",
            "Date: 03/03/2026",
        ],
    ),
]

ELLIE = [
    (
        "A",
        "About me and what matters to me",
        [
            "My name is Ellie-Rose. I am 11. I like drawing horses, swimming and my dog Biscuit. I am worried about the big school because of the bells.",
            "Mum and Dad would like Ellie-Rose to stay with her friends from Newhaven Road and to keep her hearing aids on all day.",
        ],
    ),
    (
        "B",
        "Special educational needs",
        [
            "Ellie-Rose has a moderate bilateral sensorineural hearing loss and wears two hearing aids with a radio aid at school.",
            "Her vocabulary is about two years behind her age (BPVS-3 standard score 78).",
            "She tires easily in the afternoon (listening fatigue) and misses information in group discussion.",
        ],
    ),
    ("C", "Health needs", ["Audiology review every 6 months at Cuckmere General Hospital."]),
    ("D", "Social care needs", ["None."]),
    (
        "E",
        "Outcomes",
        [
            "By the end of Year 7 Ellie-Rose will ask for repetition in lessons at least once a day without prompting.",
            "By the end of Year 8 she will manage her own radio aid in every lesson.",
        ],
    ),
    (
        "F",
        "Special educational provision",
        [
            "- A Qualified Teacher of the Deaf (QToD) from the Cuckmere Sensory Support Service will visit once each half term for 1 hour to advise staff and check equipment.",
            "- Pre-teaching of subject vocabulary for 20 minutes three times a week in a group of no more than 3, by a TA trained by the QToD.",
            "- Soundfield or radio aid used in every lesson; staff trained in its use at the start of each year.",
            "- A quiet room for lunch available every day.",
        ],
    ),
    (
        "G",
        "Health provision",
        ["Hearing aids provided and maintained by the NHS audiology department."],
    ),
    ("H1", "Social care (CSDPA 1970)", ["None."]),
    ("H2", "Other social care", ["None."]),
    (
        "I",
        "Placement",
        [
            "From 1 September 2026: Seaford Down Academy (mainstream secondary academy). Until 31 August 2026: Newhaven Road Primary School."
        ],
    ),
    ("J", "Personal budget", ["Not applicable."]),
    (
        "K",
        "Advice and information",
        [
            "Qualified Teacher of the Deaf advice (2025); audiology report (2025); school advice; parents' views; Ellie-Rose's views."
        ],
    ),
]

ELLIE_BLOCKS = [
    ("org", "Cuckmere County Council - Children's Services"),
    ("title", "Education, Health and Care Plan for Ellie-Rose Dunning"),
    (
        "p",
        "Amended plan issued following the phase transfer review (Year 6 to Year 7). Date of issue: 12 February 2026.",
    ),
    (
        "grid",
        [
            ["Version", "Date", "Reason"],
            ["1", "20/05/2021", "First plan issued"],
            ["2", "14/06/2024", "Amended after annual review"],
            ["Proposed amended plan", "09/01/2026", "Phase transfer review 27/11/2025"],
            ["3 (this plan)", "12/02/2026", "Amended plan issued, secondary school named"],
        ],
        [0.3, 0.2, 0.5],
    ),
    *plan("band", ELLIE),
    (
        "p",
        "If you do not agree with Sections B, F or I of this plan you may appeal to the First-tier Tribunal (SEND). You must first contact a mediation adviser.",
    ),
]

JAGO = [
    (
        "A",
        "All about Jago",
        [
            "Jago is 14. He wants to work on boats like his grandad. He likes surfing and the Cornish language club."
        ],
    ),
    (
        "B",
        "Special educational needs",
        [
            "Jago has a specific learning difficulty (dyslexia) and developmental coordination disorder. He reads at the level of an 11 year old and his spelling standard score is 71.",
            "He is anxious in exams and avoids writing.",
        ],
    ),
    (
        "E",
        "Outcomes",
        [
            "By the end of Year 11 Jago will use assistive technology to complete extended writing in two subjects."
        ],
    ),
    (
        "F",
        "Special educational provision",
        [
            "1:1 literacy intervention with a specialist teacher (SpLD) twice a week for 45 minutes.",
            "A laptop with speech-to-text software, set up by the school's IT technician, for all lessons.",
            "Access arrangements assessed by the SENCo in Year 10.",
        ],
    ),
    ("I", "Placement", ["Penryn Bay Community School (mainstream maintained secondary)."]),
]

JAGO_TEXT = (
    """05/03/2026, 19:42                    My EHCP | SEND Hub | Fal Estuary Council
Skip to main content
Home   Local offer   My plans   Messages (2)   Sign out
Cookie settings

Education, Health and Care Plan
Jago Trewin   Date of birth 02/02/2012   Plan ID FEC-44871
Plan status: Issued        Issued on: 27 February 2026        Next review due: February 2027
[Download PDF]   [Print]   [Request a change]
"""
    + plan_text(JAGO, "{t} (Section {l})")
    + """

Sections C, D, G, H1, H2, J and K: see attachments tab.
Was this page helpful? Yes / No
https://sendhub.example.org/myplans/FEC-44871/view                                   1/1
"""
)

TAMAR = [
    (
        "A",
        "Views, interests and aspirations",
        [
            "Poppy is 7 and likes ponies and singing. Her mum says she wants Poppy to be safe and happy at school."
        ],
    ),
    (
        "B",
        "Special educational needs",
        [
            "Poppy has Down syndrome. Her expressive language is at the level of a 3 year old and she uses Makaton signs.",
            "She needs adult help with toileting and with dressing after PE.",
        ],
    ),
    (
        "E",
        "Outcomes",
        ["By July 2027 Poppy will use 3 word phrases with signs to ask for what she needs."],
    ),
    (
        "F",
        "Special educational provision",
        [
            "Speech and language therapy: 30 minutes each fortnight direct from a speech and language therapist, and daily 10 minute practice with a TA.",
            "1:1 adult support for 32.5 hours a week (full time).",
        ],
    ),
    ("I", "School", ["Okehampton Moor Primary School (mainstream)."]),
]

TAMAR_TEXT = (
    "Tamarside County Council\nEducation, Health and Care Plan - FINAL\nName: Poppy Vosper   DOB: 30/09/2018   Issued: 16 March 2026\n"
    + plan_text(TAMAR)
    + "\nSigned: A. Luscombe, SEND Officer, Tamarside County Council\n"
)

RUBY = [
    (
        "A",
        "Ruby's views and her family's views",
        [
            "Ruby (13) says she likes art and her cat. She does not like the corridors at change-over. [amended following annual review 11/11/2025]"
        ],
    ),
    (
        "B",
        "Special educational needs",
        [
            "Ruby has selective mutism and generalised anxiety. She does not speak to adults at school. [amended: Ruby now whispers to one named TA]",
            "Her attainment is in line with age in maths and below in English.",
        ],
    ),
    (
        "E",
        "Outcomes",
        ["By July 2026 Ruby will answer a question from her form tutor by writing or whispering."],
    ),
    (
        "F",
        "Special educational provision",
        [
            "A key adult (named TA) meets Ruby at the gate every morning and for 15 minutes at the end of the day.",
            "Sliding-in technique sessions, 3 x 20 minutes a week, planned by an educational psychologist. [new]",
            "Access to a quiet space. [unchanged]",
        ],
    ),
    ("I", "Placement", ["Ashford Levels School (mainstream academy). [no change proposed]"]),
]

RUBY_BLOCKS = [
    ("org", "Weald and Marsh County Council"),
    ("title", "Proposed amended plan"),
    (
        "p",
        "Ruby Akinola - date of birth 04/03/2012 - following the annual review on 11 November 2025",
    ),
    (
        "i",
        "This is not your final plan. Please tell us within 15 days if you agree with the proposed amendments or if you would like a different school named.",
    ),
    *plan("u", RUBY),
    (
        "p",
        "Amended sections are marked. Sections C, D, G, H1, H2 and J are unchanged from the plan dated 20/09/2024.",
    ),
]

HARVEY = [
    (
        "A",
        "Harvey and his family",
        [
            'Harvey is 4. He loves bubbles and diggers. His dad says: "We just want him to be understood."'
        ],
    ),
    (
        "B",
        "Special educational needs",
        [
            "Harvey has global developmental delay and is awaiting assessment for autism. He uses about 20 single words.",
            "He mouths objects and needs close supervision.",
        ],
    ),
    ("C", "Health needs", ["Harvey has a cow's milk protein allergy."]),
    (
        "E",
        "Outcomes",
        [
            "By the end of Reception Harvey will use a picture exchange system to make a choice at snack time."
        ],
    ),
    (
        "F",
        "Special educational provision",
        [
            "Adult support in a group of no more than 3 children for all of the school day.",
            "Intensive Interaction sessions daily, 10 minutes, by trained staff.",
            "Advice from the Early Years Inclusion Team 3 times a year.",
        ],
    ),
    ("I", "School or other institution", ["Not named in the draft plan."]),
]

HARVEY_BLOCKS = [
    ("org", "Ribblemouth Council - SEND Service"),
    ("title", "Education, Health and Care Plan"),
    ("kv", [("Name", "Harvey Entwistle"), ("DOB", "11/05/2021"), ("Date sent", "2 February 2026")]),
    (
        "p",
        "You have 15 days from the date this plan was sent to comment on it and to tell us which school you would like named in Section I.",
    ),
    *plan("h", HARVEY),
]

TOBIAS = [
    ("A", "Tobias's views", ["Tobias wants to go to a big school with a farm."]),
    (
        "B",
        "SEN",
        [
            "Tobias has a moderate learning difficulty and a speech sound disorder. Working memory is very low (WISC-V WMI 69)."
        ],
    ),
    (
        "E",
        "Outcomes",
        ["By the end of Year 7 Tobias will travel between lessons using a visual timetable."],
    ),
    (
        "F",
        "SEP",
        [
            "Maths and English in a group of no more than 8 with a specialist teacher.",
            "Speech and language therapy: termly review plus a weekly 20 minute session with a TA.",
        ],
    ),
    (
        "I",
        "Placement",
        [
            "To be named following consultation. Parental preference: Holsworthy Vale Academy. Consultation also sent to Tavy Bridge School (special)."
        ],
    ),
]

TOBIAS_TEXT = (
    "TAMARSIDE COUNTY COUNCIL\nPROPOSED AMENDED PLAN - PHASE TRANSFER (Year 6 to Year 7)\nChild: Tobias Gill   DOB 14/01/2015\nReview meeting: 6 October 2025   Proposed amendments sent: 30 October 2025\nChanges are shown in CAPITALS.\n"
    + plan_text(TOBIAS, "Section {l}: {t}")
    + "\nPlease return your comments by 14 November 2025. The final amended plan must be issued by 15 February 2026.\n"
)

LEXI_TEXT = """Merseyford Metropolitan Borough Council
DRAFT Education, Health and Care Plan
Lexi Murphy   DOB 09/12/2019

Section A - Lexi's story
Lexi is 6 and likes Peppa Pig, the swings and her nan's dog.
Section B - special educational needs
Lexi has cerebral palsy (spastic diplegia) and uses a walking frame. She has difficulty with fine motor tasks and with attention in class.
Section F - special educational provision
Adult support at break, lunch and for movement around school.
Physiotherapy programme carried out daily by trained staff (15 minutes).
Occupational therapy advice to school once a term.
Section I - placement
This section will be completed when the final plan is issued.
Please send any comments within 15 calendar days.
"""

DOCUMENTS: list[dict] = [
    dict(
        name="Kai Brennan EHCP final 2026.pdf",
        kind="ehcp_final",
        blocks=KAI_BLOCKS,
        header="Merseyford Council - Education, Health and Care Plan",
        footer="Final plan issued 03/03/2026",
    ),
    dict(
        name="Ellie Y7 amended plan FINAL.docx",
        kind="ehcp_final",
        blocks=ELLIE_BLOCKS,
        sans=True,
        accent="00695C",
    ),
    dict(name="EHCP - My plans - SEND Hub.pdf", kind="ehcp_final", text=JAGO_TEXT, sans=True),
    dict(
        name="IMG_20260318_201455.pdf",
        kind="ehcp_final",
        text=TAMAR_TEXT,
        ocr=0.09,
        running="Poppy Vosper EHCP",
    ),
    dict(name="Proposed amended plan Ruby AR Nov 25.docx", kind="ehcp_draft", blocks=RUBY_BLOCKS),
    dict(name="Harvey EHCP.pdf", kind="ehcp_draft", blocks=HARVEY_BLOCKS, watermark="DRAFT"),
    dict(
        name="Proposed amended plan - phase transfer Y6.txt",
        kind="ehcp_draft",
        text=TOBIAS_TEXT,
        crlf=True,
    ),
    dict(
        name="Scan_0044.pdf", kind="ehcp_draft", text=LEXI_TEXT, ocr=True, running="Merseyford MBC"
    ),
]
