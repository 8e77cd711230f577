# ruff: noqa: E501
"""Plans of the sixth kind set, final and draft: a northern metropolitan borough whose
plans open with a cover sheet (a photo caption and a contact list, nothing else), a coastal
unitary council's plan saved as "doc00123.pdf", a final plan pasted into "New Microsoft
Word Document.docx", an amended final plan after a review, a plan pasted into a text file,
the draft that came attached to a "please find attached" e-mail saved under the
attachment's meaningless name, a draft whose cover sheet is all that says so, scanned as
"scan.pdf", a draft with a watermark, and a proposed amended plan. All invented."""

from __future__ import annotations

TITLES = {
    "A": "All about me: my views, interests and aspirations",
    "B": "My special educational needs",
    "C": "My health needs related to my SEN",
    "D": "My social care needs",
    "E": "Outcomes",
    "F": "Special educational provision",
    "G": "Health provision",
    "H1": "Social care provision (CSDPA 1970 section 2)",
    "H2": "Other social care provision",
    "I": "Placement",
    "J": "Personal budget",
    "K": "Advice and information",
}


def body(child: dict, titles: dict = TITLES, prefix: str = "Section") -> list:
    """A plan's sections as blocks: a heading per section; a list of strings as bullets,
    a list of rows as a ruled table, a string as a paragraph."""
    out: list = []
    for sid, title in titles.items():
        out.append(("h", 1, f"{prefix} {sid}: {title}" if prefix else f"{sid}. {title}"))
        content = child[sid]
        if isinstance(content, list) and content and isinstance(content[0], list):
            out.append(("grid", content, [1 / len(content[0])] * len(content[0])))
        elif isinstance(content, list):
            out.append(("bul", content))
        else:
            out.append(("p", content))
    return out


def as_text(child: dict, titles: dict = TITLES) -> str:
    lines: list[str] = []
    for sid, title in titles.items():
        lines += ["", f"{sid} - {title.upper()}"]
        content = child[sid]
        if isinstance(content, list) and content and isinstance(content[0], list):
            lines.extend(" | ".join(row) for row in content)
        elif isinstance(content, list):
            lines.extend(f"o {t}" for t in content)
        else:
            lines.append(content)
    return "\n".join(lines).strip()


def cover(council: str, child: str, photo: str, contacts: list[str], status: str = "") -> list:
    """The cover sheet some councils put first: the council, the child's name, a photo's
    caption where the photo was, and who to contact; then a page break."""
    out: list = [("org", council), ("title", child), ("i", f"[Photo: {photo}]")]
    if status:
        out.append(("p", status))
    out += [("b", "Who to contact"), ("kv", [tuple(c.split(": ", 1)) for c in contacts]), ("pb",)]
    return out


KIAN = {
    "A": "Hiya, I'm Kian and I'm 9. I like Lego Technic, trains (especially the Settle to Carlisle line) and going to the allotment with Grandad. I don't like the dinner hall because it's too loud. When I grow up I want to drive trains. Mum says Kian is kind and funny and would like him to have friends and to be able to go to school without being sick with worry.",
    "B": [
        "Communication and interaction: Kian has a diagnosis of autism (Calderholme Child Development Service, 2023). He takes language literally and struggles with jokes, sarcasm and instructions given to the whole class.",
        "Social, emotional and mental health: Kian becomes very anxious at transitions and in noisy spaces. When overwhelmed he hides under tables or leaves the room.",
        "Cognition and learning: Kian's reading is at the expected level but his writing is well below; he produces two or three sentences in a lesson.",
        "Sensory and physical: Kian is over-sensitive to noise and to the feel of some clothes. His handwriting is slow and effortful.",
    ],
    "C": "Kian has no health needs related to his SEN other than the sensory needs set out in Section B.",
    "D": "Kian's needs are met within his family. He is known to the Calderholme Short Breaks Team.",
    "E": [
        ["Outcome (end of Key Stage 2)", "Short-term steps"],
        [
            "Kian will manage changes to his day using his own strategies.",
            "Uses his now-and-next board without prompting for 4 weeks.",
        ],
        ["Kian will write a paragraph independently.", "Writes 5 sentences with a writing frame."],
    ],
    "F": [
        "A teaching assistant with autism training to support Kian for 25 hours a week, including unstructured times.",
        "Speech and language therapy: a programme written by a speech and language therapist, reviewed every half term, delivered by the teaching assistant 3 times a week for 20 minutes.",
        "A quiet space to eat lunch with one or two friends, every day.",
        "Occupational therapy advice on handwriting; access to a laptop for extended writing.",
    ],
    "G": "Review by the community paediatrician yearly.",
    "H1": "Short breaks: 2 hours per week with a support worker (Calderholme Short Breaks Team).",
    "H2": "None identified.",
    "I": "Hollin Brow Primary School (mainstream academy), Calderholme.",
    "J": "No personal budget has been requested.",
    "K": [
        "Parental advice, Mrs Donna Ashworth, 02/06/2025",
        "Educational psychology advice, Dr Laura Pike, 14/06/2025",
        "School advice, Hollin Brow Primary School, 10/06/2025",
        "Health advice, Dr S. Marwat, community paediatrician, 20/06/2025",
    ],
}

KIAN_FINAL = (
    cover(
        "Calderholme Metropolitan Borough Council",
        "Kian Ashworth - Education, Health and Care Plan",
        "Kian at the allotment holding a marrow",
        [
            "EHC Coordinator: Gemma Thwaite, 01632 960412",
            "SENDIASS Calderholme: 01632 960499",
            "Date of plan: 28 August 2025",
            "Date of next review: by 28 August 2026",
        ],
    )
    + body(KIAN)
    + [
        (
            "p",
            "This is a final EHC plan issued under section 37 of the Children and Families Act 2014.",
        ),
        (
            "sig",
            [
                "Signed on behalf of Calderholme MBC",
                "Gemma Thwaite, EHC Coordinator",
                "28 August 2025",
            ],
        ),
    ]
)

SKYE = {
    "A": "Skye is 14. She loves surfing with her dad at Whitsand Point, baking and drawing manga. She would like to work in an animal rescue. Her mum says the last two years have been very hard and she wants Skye to be happy at school again.",
    "B": [
        "Skye has dyslexia and slow processing speed (Educational psychology, 2025). Her reading age is around 10 years.",
        "Skye experiences high anxiety linked to school. Her attendance was 61% last year.",
        "Skye finds it hard to start tasks and to organise her work and belongings.",
    ],
    "C": "Skye is under the care of CAMHS for anxiety.",
    "D": "No social care needs identified at this time.",
    "E": [
        ["Outcome", "By when"],
        ["Skye will attend school for a full timetable.", "July 2026"],
        ["Skye will read GCSE texts using assistive technology.", "July 2027"],
    ],
    "F": [
        "A specialist dyslexia teacher for one hour per week, 1:1.",
        "A key adult to meet Skye at the gate every morning and check in at lunchtime.",
        "Reader pen and text-to-speech software in all lessons; a reader and 25% extra time in tests.",
        "A reduced timetable agreed in writing and reviewed every 4 weeks, building to full time.",
    ],
    "G": "CAMHS: individual work as agreed with the CAMHS clinician.",
    "H1": "None.",
    "H2": "None.",
    "I": "Seagrave Academy, Kessmouth (mainstream, 11-16).",
    "J": "Not applicable.",
    "K": "Advice listed in the appendix.",
}

SKYE_FINAL = [
    ("org", "North Brackenshore Council"),
    ("small", "Inclusion Service · Harbour House · Quay Street · Kessmouth · 01632 960733"),
    ("title", "Education, Health and Care Plan"),
    (
        "kv",
        [
            ("Name", "Skye Penhallow"),
            ("Date of birth", "03/02/2011"),
            ("Plan issued", "15/01/2026"),
            ("Status", "Final"),
        ],
    ),
    *body(SKYE, prefix="Part"),
    ("sig", ["Authorised by: Colin Rudd, SEN Manager"]),
]

OWEN = {
    "A": "Owen is 6 and lives with his mum and baby sister in Thornsby. He loves Paw Patrol, the beach and splashing in puddles. He uses a few signs and single words.",
    "B": [
        "Owen has global developmental delay and is working well below age-related expectations in all areas.",
        "He communicates with single words, Makaton signs and by leading adults.",
        "He needs adult help with toileting and dressing.",
    ],
    "C": "Owen has epilepsy, managed with medication. He has an individual healthcare plan.",
    "D": "Owen's family receive support from the Children with Disabilities Team.",
    "E": "Owen will use 20 signs or symbols to make choices across the day by July 2026.",
    "F": [
        "Placement in a class of no more than 10 children with a high adult ratio.",
        "Speech and language therapy: direct therapy once a fortnight for 30 minutes.",
        "Staff trained in Makaton and in giving his rescue medication.",
    ],
    "G": "Epilepsy nurse review every 6 months.",
    "H1": "Short breaks: overnight care one night per month.",
    "H2": "Not applicable.",
    "I": "Saltcote Bay School (special school, 2-19).",
    "J": "None.",
    "K": "See appendix of advice.",
}

OWEN_WORD = [
    ("p", "Thornsby Borough Council"),
    ("p", "EDUCATION HEALTH AND CARE PLAN - FINAL"),
    ("p", "Owen Marsden   DOB 11/09/2019   UPN K821300000021"),
    *body(OWEN, prefix=""),
    ("p", "Issued 02/10/2025. This plan replaces the previous plan dated 17/09/2024."),
]

HARVEY = {
    "A": "Harvey (17) wants to be a mechanic and to live on his own one day. He likes motorbikes, fishing on the pier and gaming with his cousins. His dad wants him to have a real chance at college.",
    "B": [
        "Harvey has a moderate learning difficulty; his reading and number skills are at about age 9 to 10.",
        "He is anxious in new places and with people he does not know.",
        "He needs support to manage money and travel.",
    ],
    "C": "None.",
    "D": "None identified.",
    "E": [
        ["Preparing for adulthood", "Outcome"],
        ["Employment", "Harvey will complete a supported internship in a garage by July 2027."],
        [
            "Independent living",
            "Harvey will travel to college on the bus on his own by December 2026.",
        ],
    ],
    "F": [
        "Learning support in practical sessions, 1:3, for 12 hours a week.",
        "Travel training by the college's travel trainer, 2 sessions a week for one term.",
        "Functional English and maths in a small group, 4 hours a week.",
    ],
    "G": "None.",
    "H1": "None.",
    "H2": "None.",
    "I": "Brackenshore College, Motor Vehicle Foundation (Entry 3).",
    "J": "None.",
    "K": "Annual review report (college), 04/11/2025; views of Harvey and his dad.",
}

HARVEY_AMENDED = [
    ("org", "Skelwick Council"),
    ("small", "SEND Statutory Team · County Hall · Skelwick · 01632 960215"),
    ("title", "Education, Health and Care Plan (amended following annual review)"),
    (
        "p",
        "Name: Harvey Tindall    DOB: 22/07/2008    Date of this plan: 09/01/2026    Plan status: Final (amended)",
    ),
    *body(HARVEY),
    ("sig", ["Kirsty Fell", "Senior EHC Coordinator", "Skelwick Council"]),
]

LOLA = {
    "A": 'Lola is 11 and in Year 6. She likes dancing, her guinea pigs (Biscuit and Bean) and YouTube craft videos. Lola says "I want teachers to know I\'m not being rude, my words just come out wrong."',
    "B": [
        "Lola has a developmental language disorder. She has difficulty understanding complex sentences and finding the words she needs.",
        "Lola's reading comprehension is well below age expectations.",
        "Lola can become upset and withdrawn when she does not understand what is happening.",
    ],
    "C": "No health needs.",
    "D": "No social care needs.",
    "E": "Lola will explain her ideas in class using a word map and sentence starters (July 2026).",
    "F": [
        "Speech and language therapy, 10 sessions a year, direct, by a speech and language therapist.",
        "Daily pre-teaching of subject vocabulary, 15 minutes, by a trained teaching assistant.",
        "Visual support for instructions in every lesson.",
    ],
    "G": "None.",
    "H1": "None.",
    "H2": "None.",
    "I": "Year 7 from September 2026: Ravensgill High School.",
    "J": "None requested.",
    "K": "See list of advice.",
}

LOLA_TXT = (
    "EHC PLAN - LOLA BRIGGS - Calderholme MBC\nFinal plan dated 13 February 2026 (phase transfer)\n\n"
    + as_text(LOLA)
    + "\n\nPlan finalised by G. Thwaite, EHC Coordinator"
)

# The draft that came attached to the coordinator's "please find attached" e-mail
# (letters.py), saved under the attachment's own name.
MAISIE = {
    "A": "Maisie is 8. She loves horses, the seaside and singing in the car. Her foster carer, Joanne, says Maisie is brave and loving and needs adults who stay calm.",
    "B": [
        "Maisie has attachment difficulties following early trauma. She finds it hard to trust adults and to manage her feelings.",
        "Maisie is working about two years below her age in reading, writing and maths.",
        "Maisie has difficulty with attention and concentration, particularly in the afternoon.",
    ],
    "C": "Maisie has a diagnosis of foetal alcohol spectrum disorder (2024).",
    "D": "Maisie is a looked-after child (Thornsby Borough Council).",
    "E": "Maisie will name her feelings and use a calm-down plan with a trusted adult. (To be agreed.)",
    "F": [
        "A key adult trained in attachment-aware practice, daily check-ins morning and afternoon.",
        "Small-group literacy and numeracy interventions. [Frequency to be confirmed by school]",
        "Access to a calm space.",
    ],
    "G": "Paediatric review as required.",
    "H1": "None.",
    "H2": "Support through her care plan (social worker).",
    "I": "Section I will be completed when the final plan is issued.",
    "J": "None.",
    "K": "Advice received: EP, school, paediatrician, social worker, virtual school.",
}

MAISIE_DRAFT = [
    ("org", "Thornsby Borough Council"),
    ("title", "Draft Education, Health and Care Plan"),
    ("p", "Maisie Holroyd   Date of birth: 30/05/2017   Date of draft: 06/03/2026"),
    (
        "i",
        "You have 15 days to comment on this draft and to tell us which school you would like named in Section I.",
    ),
    *body(MAISIE, prefix=""),
    ("p", "Signed: (not signed - draft)"),
]

# A draft whose only marker of status is its cover sheet; scanned on a home printer.
RUBY_SCAN = """North Brackenshore Council

Ruby Treloar
Education, Health and Care Plan

[Photo: Ruby with her dog on the harbour wall]

PROPOSED PLAN - FOR CONSULTATION
Please send comments to your EHC Coordinator by 20 April 2026.

Who to contact
EHC Coordinator: Wendy Pascoe 01632 960748
SENDIASS North Brackenshore 01632 960790

Section A: About me
I am Ruby. I am 12. I like my dog Pip, Minecraft and swimming. I don't like it when people talk behind me. I want to be a vet.

Section B: Special educational needs
Ruby is deaf (moderate to severe, both ears) and wears hearing aids. She has delayed language and her vocabulary is below her age.
Ruby finds it tiring to listen all day and is often exhausted by the afternoon.

Section C: Health
Ruby is seen by the paediatric audiology service every 6 months.

Section D: Social care
None.

Section E: Outcomes
Ruby will follow lessons using her radio aid and the teacher's notes.

Section F: Special educational provision
Teacher of the deaf: a visit every half term to advise staff and check equipment.
Radio aid used in every lesson; staff shown how to use it.
Pre-teaching of key vocabulary, 3 times a week.

Section G: Health provision
Audiology review every 6 months.

Section I: Placement
To be named in the final plan.
"""

# A draft with "DRAFT" across every page and in the footer.
ZAC = {
    "A": 'Zac is 5 and loves dinosaurs, the park and his big brother Tyler. He says "I\'m a fast runner."',
    "B": [
        "Zac has speech sound difficulties; he is hard to understand for adults who do not know him.",
        "He finds it hard to sit and attend in a group for more than a few minutes.",
        "He has difficulty with fine motor skills such as holding a pencil and doing up buttons.",
    ],
    "C": "None.",
    "D": "None.",
    "E": "Zac will be understood by familiar adults at school most of the time by July 2027.",
    "F": [
        "Speech therapy programme, delivered by school staff, reviewed termly by a speech and language therapist.",
        "Adult support in whole-class carpet time.",
        "Fine motor group, 3 times a week.",
    ],
    "G": "None.",
    "H1": "None.",
    "H2": "None.",
    "I": "TBC",
    "J": "None.",
    "K": "Advice: parents, EP, SALT, school.",
}

ZAC_DRAFT = [
    ("org", "Skelwick Council"),
    ("title", "Education, Health and Care Plan"),
    ("p", "Zac Pearson, born 14/04/2020"),
    *body(ZAC),
]

# A proposed amended plan after the annual review, the changes marked in the text.
AMELIA = {
    "A": "Amelia is 15. She enjoys photography, K-pop and walking her nan's dog. She wants to go to sixth form to study art.",
    "B": [
        "Amelia has cerebral palsy (right hemiplegia) and uses her left hand for most tasks.",
        "[Amended] Amelia now tires more quickly across the school day and her handwriting speed has fallen.",
        "Amelia has some difficulty with planning and organisation.",
    ],
    "C": "Amelia wears an ankle-foot orthosis on her right leg.",
    "D": "None.",
    "E": "Amelia will complete GCSE coursework using a laptop and a scribe where needed (July 2027).",
    "F": [
        "[Amended] Use of a laptop in all lessons and for examinations, with 25% extra time.",
        "Physiotherapy programme delivered by a trained TA, 3 times a week for 20 minutes.",
        "[New] A lift pass and leaving lessons 5 minutes early.",
    ],
    "G": "NHS physiotherapy review termly. Orthotics review every 6 months.",
    "H1": "None.",
    "H2": "None.",
    "I": "Ravensgill High School.",
    "J": "None.",
    "K": "Annual review 21/11/2025 and the advice listed in the appendix.",
}

AMELIA_PROPOSED = [
    ("org", "Calderholme Metropolitan Borough Council"),
    ("title", "Proposed amended EHC plan"),
    (
        "p",
        "Amelia Okafor (DOB 09/12/2010). Amendments proposed following the annual review held on 21 November 2025. Changes are marked [Amended] or [New].",
    ),
    (
        "i",
        "You have 15 calendar days from the date of this notice to make representations about the proposed amendments and to request a meeting.",
    ),
    *body(AMELIA),
]

DOCUMENTS: list[dict] = [
    dict(
        name="Kian EHCP.docx",
        kind="ehcp_final",
        blocks=KIAN_FINAL,
        sans=True,
        accent="5B2C6F",
    ),
    dict(
        name="doc00123.pdf",
        kind="ehcp_final",
        blocks=SKYE_FINAL,
        accent="006064",
        footer="North Brackenshore Council - EHC plan - Skye Penhallow - page {n} of {m}",
    ),
    dict(name="New Microsoft Word Document.docx", kind="ehcp_final", blocks=OWEN_WORD),
    dict(name="Harvey plan Jan 26.pdf", kind="ehcp_final", blocks=HARVEY_AMENDED, accent="37474F"),
    dict(name="lola plan.txt", kind="ehcp_final", text=LOLA_TXT),
    dict(name="Attachment1.docx", kind="ehcp_draft", blocks=MAISIE_DRAFT, sans=True),
    dict(name="scan.pdf", kind="ehcp_draft", text=RUBY_SCAN, ocr=True),
    dict(
        name="Zac Pearson EHCP.pdf",
        kind="ehcp_draft",
        blocks=ZAC_DRAFT,
        watermark="DRAFT",
        footer="DRAFT v1 - page {n}",
    ),
    dict(name="Amelia proposed amendments.docx", kind="ehcp_draft", blocks=AMELIA_PROPOSED),
]
