# ruff: noqa: E501
"""The documents of the kind set: (kind, format, blocks, extras), all invented.

Blocks are those of evaluation_kit.sectioned. Plans are built from one content table in
several council layouts; every other document is written out in full.
"""

from __future__ import annotations

SECTION_NAMES = {
    "A": "The views, interests and aspirations of the child and their parents",
    "B": "Special educational needs",
    "C": "Health needs related to SEN",
    "D": "Social care needs related to SEN",
    "E": "Outcomes",
    "F": "Special educational provision",
    "G": "Health provision",
    "H1": "Social care provision (section 2 CSDPA 1970)",
    "H2": "Other social care provision",
    "I": "Placement",
    "J": "Personal budget",
    "K": "Advice and information",
}
NUMBERED = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]


def plan(
    style: str, title: list, body: dict, *, draft: bool = False, intro: list | None = None
) -> list:
    """A plan's blocks in one of several heading styles."""
    blocks: list = list(intro or [])
    blocks += [("title", t) for t in title]
    for i, sid in enumerate(NUMBERED, 1):
        if sid not in body:
            continue
        name = SECTION_NAMES[sid]
        if style == "letter":
            blocks.append(("h", 2, f"Section {sid}: {name}"))
        elif style == "number":
            blocks.append(("h", 2, f"Section {i}: {name}"))
        elif style == "caps":
            blocks.append(("b", f"SECTION {sid} - {name.upper()}"))
        elif style == "part":
            blocks.append(("band", f"Part {sid}  {name}"))
        elif style == "after":
            blocks.append(("h", 2, f"{name} ({sid})"))
        else:
            raise ValueError(style)
        text = body[sid]
        if isinstance(text, list) and text and isinstance(text[0], list):
            blocks.append(("grid", text, [1 / len(text[0])] * len(text[0])))
        elif isinstance(text, list):
            blocks.append(("bul", text))
        else:
            blocks.append(("p", text))
    return blocks


# ---------------------------------------------------------------------------
# Plans: final and draft
# ---------------------------------------------------------------------------

FINAL_1 = plan(
    "letter",
    ["Education, Health and Care Plan", "Wenlow County Council"],
    {
        "A": "Oskar likes Lego, swimming and drawing maps. His parents want him to make friends and to stay at his local school.",
        "B": [
            "Oskar has a diagnosis of autism.",
            "He finds it hard to follow spoken instructions given to the whole class.",
            "He becomes anxious at unstructured times and may leave the classroom.",
        ],
        "C": "Oskar has eczema, managed at home.",
        "D": "No social care needs have been identified.",
        "E": "By the end of Key Stage 2 Oskar will follow a two-step instruction given to the class without adult prompting.",
        "F": [
            ["Provision", "Who", "How often"],
            [
                "Small-group language work",
                "Teaching assistant trained by SALT",
                "3 x 20 minutes each week",
            ],
            [
                "Visual timetable checked with an adult",
                "Class teacher",
                "At the start of each session",
            ],
        ],
        "G": "Review by the community paediatrician every 12 months.",
        "H1": "None.",
        "H2": "None.",
        "I": "Brookfield Primary School (mainstream, maintained).",
        "J": "No personal budget has been requested.",
        "K": "Educational psychology advice (March 2025); speech and language therapy advice (February 2025); school advice.",
    },
    intro=[
        ("small", "Date this plan was finalised: 14 May 2025"),
        ("small", "Signed on behalf of the local authority: P. Hardacre, SEND Team Manager"),
    ],
)

FINAL_2 = plan(
    "number",
    ["EHC Plan", "Cotterill Metropolitan Borough Council - SEND Service"],
    {
        "A": 'Ruby says: "I like horses and I want to be a vet." Ruby\'s mum wants her to be able to read for pleasure.',
        "B": "Ruby has significant difficulties with reading and spelling consistent with dyslexia. Her working memory is weak and she tires quickly.",
        "C": "None known.",
        "D": "None.",
        "E": "Ruby will read age-appropriate texts with 90% accuracy by July 2027.",
        "F": [
            "A structured, multi-sensory literacy programme delivered 1:1 by a specialist teacher for 3 x 30 minutes weekly.",
            "Access to a laptop with text-to-speech software in all lessons.",
        ],
        "G": "None.",
        "H1": "None.",
        "H2": "None.",
        "I": "Oakhanger Academy",
        "J": "Not applicable.",
        "K": "See appendices 1-4.",
    },
    intro=[("small", "Final plan issued 2 September 2025. Next review due by 1 September 2026.")],
)

FINAL_3 = [
    ("org", "Fellsby Borough Council"),
    ("title", "Education, Health and Care Plan for Zainab Qureshi"),
    ("small", "Issued: 30 June 2025   Status: Final"),
    ("h", 2, "Section A - About me"),
    ("p", "Zainab enjoys music and baking. She would like to go to college with her friends."),
    ("h", 2, "Sections B, E and F - Needs, outcomes and provision"),
    (
        "grid",
        [
            ["Needs (B)", "Outcomes (E)", "Provision (F)"],
            [
                "Communication and interaction: Zainab has a severe language disorder and understands only short sentences.",
                "Zainab will follow three-part instructions in class by July 2026.",
                "Direct speech and language therapy, 1 x 45 minutes weekly, by a qualified SALT.",
            ],
            [
                "Social, emotional and mental health: Zainab is anxious in crowded spaces.",
                "Zainab will move between lessons independently.",
                "Early release from lessons (5 minutes) with a named adult.",
            ],
        ],
        [0.34, 0.33, 0.33],
    ),
    ("h", 2, "Section C - Health needs"),
    ("p", "Zainab has asthma and uses an inhaler."),
    ("h", 2, "Section G - Health provision"),
    ("p", "Asthma care plan held by school."),
    ("h", 2, "Section I - Placement"),
    ("p", "Fellsby High School, a mainstream academy."),
    ("h", 2, "Section K - Advice"),
    ("p", "Appendix 1: Speech and language therapy advice. Appendix 2: Parent's views."),
]

FINAL_4 = [
    ("p", "HOLLINGWORTH COUNCIL"),
    ("p", "EDUCATION HEALTH AND CARE PLAN"),
    ("p", "Name: Callum Reid   DOB: 04/11/2014   Date of issue: 21/03/2025"),
    ("p", "SECTION A - VIEWS INTERESTS AND ASPIRATIONS"),
    ("p", "Callum loves football and his dog. He wants to be a mechanic."),
    ("p", "SECTION B - SPECIAL EDUCATIONAL NEEDS"),
    (
        "p",
        "Callum has ADHD and difficulties with attention and impulse control. He has gaps in his maths knowledge.",
    ),
    ("p", "SECTION E - OUTCOMES"),
    ("p", "Callum will complete a 20 minute task with no more than one prompt."),
    ("p", "SECTION F - SPECIAL EDUCATIONAL PROVISION"),
    (
        "p",
        "Movement breaks of 5 minutes every lesson. Maths intervention 1:1 with a TA, 4 x 20 minutes weekly.",
    ),
    ("p", "SECTION G - HEALTH PROVISION"),
    ("p", "Medication review by paediatrician every 6 months."),
    ("p", "SECTION I - PLACEMENT"),
    ("p", "Whitcombe Junior School"),
    ("p", "SECTION K - ADVICE AND INFORMATION"),
    ("p", "EP advice 12/12/2024; paediatric advice 03/12/2024."),
    ("p", "Signed: M Okafor, Senior SEN Officer, for and on behalf of Hollingworth Council"),
]

FINAL_5 = plan(
    "letter",
    [
        "Amended Education, Health and Care Plan",
        "Following the annual review held on 4 February 2025",
    ],
    {
        "A": "Leo's parents want him to become more independent in the community.",
        "B": "Leo has a moderate learning difficulty and a speech sound disorder. Since the last review his reading has improved but he still needs support with number.",
        "E": "Leo will use money to buy an item in a shop by the end of Year 9.",
        "F": [
            "Teaching in a class of no more than 10 pupils with a teacher and two teaching assistants.",
            "Speech and language therapy programme set by a SALT, reviewed each half term.",
        ],
        "G": "Audiology review yearly.",
        "I": "Marlpit Special School (maintained special school for pupils with MLD).",
        "K": "Annual review report 4 February 2025.",
    },
    intro=[
        ("org", "Pennerley City Council"),
        (
            "small",
            "This amended plan replaces the plan dated 10 March 2024. Date of amended plan: 28 March 2025.",
        ),
    ],
)

FINAL_6 = plan(
    "part",
    ["Education, Health and Care Plan (Post-16)", "Young person: Amara Nwosu, aged 17"],
    {
        "A": "Amara wants to work with animals and to live independently one day.",
        "B": "Amara has cerebral palsy affecting both legs and her fine motor control. She needs extra time and a scribe for written work.",
        "C": "Amara has spastic diplegia and uses a wheelchair for longer distances.",
        "E": "Amara will complete her Level 2 Animal Care course by July 2026.",
        "F": "A learning support assistant for 10 hours each week in practical sessions; a laptop with voice-recognition software.",
        "G": "Physiotherapy from the adult neuro-physiotherapy team, 6 sessions a year.",
        "I": "Brackendale College of Further Education (general FE college).",
        "K": "Physiotherapy advice; college learning support advice.",
    },
    intro=[("org", "Stannington County Council")],
)

FINAL_7 = [
    ("org", "Arkwell District Council - Children's Services"),
    ("title", "Education, Health and Care Plan"),
    ("b", "Contents"),
    (
        "p",
        "Section A: The views, interests and aspirations of the child and his or her parents.\nSection B: The child's special educational needs.\nSection E: The outcomes sought for the child.\nSection F: The special educational provision required by the child.\nSection I: The name and type of the school.",
    ),
    ("h", 1, "About the child"),
    (
        "h",
        2,
        "*Section A: The views, interests and aspirations of the child and his or her parents.",
    ),
    ("p", "Isla likes ballet and animals. Her parents would like her to be happy at school."),
    ("h", 2, "*Section B: The child's special educational needs."),
    (
        "p",
        "Isla has Down syndrome. Her understanding of language is at about a four year level and she has a mild hearing loss.",
    ),
    ("h", 1, "Provision"),
    ("h", 2, "Section E: The outcomes sought for the child."),
    ("p", "Isla will recognise 50 key words by the end of Year 3."),
    ("h", 2, "*Section F: The special educational provision required by the child."),
    ("p", "Full-time support from a teaching assistant trained in Makaton, 32.5 hours each week."),
    ("h", 1, "Placement"),
    ("h", 2, "Section I: The name and type of the school."),
    ("p", "St Wilfrid's Church of England Primary School."),
    ("small", "Final plan dated 17 January 2025."),
]

DRAFT_1 = plan(
    "letter",
    ["DRAFT Education, Health and Care Plan"],
    {
        "A": "Freddie enjoys trains and dinosaurs.",
        "B": "Freddie has global developmental delay and limited expressive language (single words).",
        "E": "Freddie will use a communication book to make choices at snack time.",
        "F": "Support from an adult throughout the day. Speech and language therapy input as advised.",
        "G": "To be confirmed following health advice.",
        "I": "The name of the school will be included in the final plan.",
        "K": "Advice listed in the appendix.",
    },
    intro=[
        ("org", "Queensbury Borough Council"),
        (
            "small",
            "Please send any comments on this draft, and tell us which school you would like named, within 15 days of receiving it.",
        ),
    ],
)

DRAFT_2 = plan(
    "number",
    ["Proposed amended EHC Plan (draft)"],
    {
        "A": "Sofia is now in Year 6 and is looking forward to secondary school.",
        "B": "Sofia has a visual impairment (nystagmus) and reads large print at N24.",
        "E": "Sofia will use a tablet magnifier independently in all lessons.",
        "F": "Qualified teacher of the visually impaired to visit each half term; all materials enlarged to N24.",
        "I": "Section I will be completed when the plan is finalised.",
    },
    intro=[
        ("org", "Tarnside Council"),
        (
            "small",
            "Draft amendments following the annual review of 9 October 2025. You may comment or request a meeting within 15 days.",
        ),
    ],
)

DRAFT_3 = plan(
    "after",
    ["Education, Health and Care Plan"],
    {
        "A": "Harvey wants to be a chef.",
        "B": "Harvey has social, emotional and mental health needs arising from early trauma; he finds it very hard to trust new adults.",
        "E": "Harvey will attend 90% of sessions by the end of the spring term.",
        "F": "Key adult check-in each morning; access to a nurture group.",
        "G": "CAMHS involvement as required.",
        "I": "[To be named in the final plan]",
    },
    intro=[("org", "Muirfield County Council")],
)

DRAFT_4 = [
    ("p", "DRAFT - NOT FOR CIRCULATION"),
    ("p", "Education Health and Care Plan - Elsworth Borough Council"),
    ("p", "Child: Maya Thornton   Year 4"),
    ("p", "Section A. About Maya"),
    ("p", "Maya is kind and loves swimming."),
    ("p", "Section B. Special educational needs"),
    (
        "p",
        "Maya has dyspraxia. Handwriting is slow and effortful; she has difficulty organising herself.",
    ),
    ("p", "Section E. Outcomes"),
    ("p", "Maya will type at 15 words a minute by the end of Year 5."),
    ("p", "Section F. Special educational provision"),
    ("p", "Touch-typing programme 3 times a week. Fine motor group."),
    ("p", "Section I. Placement"),
    ("p", "Parent's preference to be consulted on. To be confirmed in the final plan."),
]

DRAFT_5 = plan(
    "caps",
    ["Education, Health and Care Plan", "Issued in draft for consultation - 11 August 2025"],
    {
        "A": "Theo likes computers. His dad wants him to have friends.",
        "B": "Theo is autistic. He has difficulty understanding other people's intentions and interprets language literally.",
        "E": "Theo will take part in a structured social group each week.",
        "F": "Social skills group with up to six pupils, weekly.",
        "I": "Not yet named.",
    },
    intro=[("org", "Rushbrook Council")],
)

# ---------------------------------------------------------------------------
# Decision letters
# ---------------------------------------------------------------------------

DEC_1 = [
    ("org", "Wenlow County Council - SEND Assessment and Review Team"),
    ("small", "County Hall, Wenlow WQ1 4AB   Tel 01632 960311"),
    ("small", "14 May 2025   Our ref: EHC/2291"),
    ("p", "Dear Mr and Mrs Lindqvist"),
    ("b", "Oskar Lindqvist - date of birth 12/07/2016"),
    (
        "p",
        "I enclose Oskar's final Education, Health and Care plan. Thank you for your comments on the draft. We have added to Section B the information from the speech and language therapist about Oskar's understanding of spoken language, and we have changed Section F so that the small-group language work is three sessions of 20 minutes each week.",
    ),
    (
        "p",
        "We did not agree to include one-to-one support throughout the day in Section F, because the advice does not show that Oskar needs it. Section I names Brookfield Primary School.",
    ),
    (
        "p",
        "If you disagree with the description of Oskar's needs in Section B, the provision in Section F or the school named in Section I, you can appeal to the First-tier Tribunal (Special Educational Needs and Disability). You must do so within two months of the date of this letter, or one month from the date of a mediation certificate if that is later. Before appealing you must contact the mediation adviser, Calmer Resolutions, on 01632 960400, unless your appeal is only about Section I.",
    ),
    ("p", "Information, advice and support is available from Wenlow SENDIASS."),
    ("p", "Yours sincerely"),
    ("p", "Priya Hardacre\nSEND Team Manager"),
]

DEC_2 = [
    ("org", "Cotterill Metropolitan Borough Council"),
    ("small", "Date: 3 March 2025"),
    ("p", "Dear Ms Adebayo"),
    ("b", "Request for an Education, Health and Care needs assessment for Daniel Adebayo"),
    (
        "p",
        "Thank you for your request, which we received on 20 January 2025. The SEND panel considered it on 27 February 2025 together with the information from Daniel's school.",
    ),
    (
        "p",
        "The panel decided not to carry out an EHC needs assessment at this time. The evidence shows that Daniel is making progress with the support available at SEN Support, and the school has not yet used the funding available through the graduated approach.",
    ),
    (
        "p",
        "You have the right to appeal against this decision to the SEND Tribunal. An appeal must be made within two months of this letter or one month after a mediation certificate is issued, whichever is later. You must first contact a mediation adviser.",
    ),
    ("p", "Yours sincerely,\nSEND Casework Officer"),
]

DEC_3 = [
    ("org", "Fellsby Borough Council"),
    ("small", "SEND Team, Fellsby Civic Centre"),
    ("small", "19 September 2025"),
    ("p", "Dear Mr Ahmed"),
    ("p", "Outcome of the EHC needs assessment for Yusuf Ahmed"),
    (
        "p",
        "We have now completed the EHC needs assessment. Having considered all the advice, the local authority has decided that it is not necessary to issue an Education, Health and Care plan for Yusuf. His needs can be met from the resources normally available to mainstream schools. We will send you a copy of the advice received, and the school will hold a meeting to agree a support plan.",
    ),
    (
        "p",
        "You can appeal this decision to the First-tier Tribunal within two months of the date of this letter. If you wish to appeal you must first consider mediation; the mediation adviser's details are enclosed.",
    ),
    ("p", "Kind regards\nJ. Whitlock, Assessment Coordinator"),
]

DEC_4 = [
    ("p", "Pennerley City Council"),
    ("p", "SEN Service"),
    ("p", "10 April 2025"),
    ("p", "Dear Mrs Hale,"),
    ("p", "RE: Annual review of Leo Hale's EHC plan - outcome"),
    (
        "p",
        "Following the annual review meeting on 4 February 2025, the local authority has decided to maintain Leo's EHC plan without amendment. We considered the school's request to change Section F to add daily one-to-one reading, but decided that the current provision in Section F remains appropriate. The description of Leo's needs in Section B has not changed.",
    ),
    (
        "p",
        "As the plan has not been amended, you have a right of appeal against this decision. The time limit is two months from the date of this letter. You must contact the mediation service first unless you are appealing only about the school named.",
    ),
    ("p", "Yours sincerely"),
    ("p", "K. Marsh\nSEN Officer"),
]

DEC_5 = [
    ("p", "Dear Mr and Mrs Pryce,"),
    (
        "p",
        "Please find below the local authority's decision following your comments on Ellie's draft plan.",
    ),
    ("p", "Notice of decision - final EHC plan"),
    (
        "p",
        "The final plan has been issued today. Section I names Greyfriars School, a special school for pupils with autism, as you requested. We have amended Section F to state that speech and language therapy will be delivered directly by a SALT for 30 minutes each week. We have not changed Section B in the way you asked, as the description of Ellie's sensory needs already reflects the occupational therapy advice.",
    ),
    (
        "p",
        "You may appeal to the SEND Tribunal about Sections B, F and I. You must contact the mediation adviser within two months of this notice if you wish to appeal about Section B or F.",
    ),
    ("p", "Regards,\nTom Gallagher\nSEND Caseworker | Rushbrook Council\n01632 960512"),
]

DEC_6 = [
    ("org", "Elsworth Borough Council"),
    ("small", "Ref: MT/EHC/0412   22 October 2025"),
    ("p", "Dear Ms Thornton"),
    ("b", "Decision under section 27 of the Children and Families Act 2014 - Maya Thornton"),
    (
        "p",
        "Following Maya's annual review, the local authority proposes to cease to maintain her Education, Health and Care plan. We consider that Maya's special educational needs can now be met by her school without the plan: the latest school report shows she is working at the expected standard in English and mathematics.",
    ),
    (
        "p",
        "Before the plan ceases, you may make representations within 15 days and ask for a meeting. If, after considering them, we confirm the decision, you will be able to appeal to the First-tier Tribunal.",
    ),
    ("p", "Yours sincerely\nSEN Team Leader"),
]

# ---------------------------------------------------------------------------
# Mediation certificates, appeal forms, tribunal directions
# ---------------------------------------------------------------------------

MED_1 = [
    ("org", "Calmer Resolutions Ltd - Independent SEND Mediation"),
    ("title", "Mediation Certificate"),
    ("p", "Issued under section 55 of the Children and Families Act 2014"),
    (
        "kv",
        [
            ("Parent / young person", "Anna Lindqvist"),
            ("Child", "Oskar Lindqvist"),
            ("Local authority", "Wenlow County Council"),
            ("Date of contact", "2 June 2025"),
            ("Date certificate issued", "4 June 2025"),
        ],
    ),
    (
        "p",
        "This is to certify that the above named has been provided with information about mediation and has decided not to pursue mediation. This certificate may be used to register an appeal with the First-tier Tribunal (SEND).",
    ),
    ("p", "Mediation Adviser: Helen Spurling"),
]

MED_2 = [
    ("p", "Tarnbrook Mediation Service"),
    ("p", "CERTIFICATE"),
    ("p", "Name of parent: Mr D. Pryce"),
    ("p", "Local authority: Rushbrook Council"),
    (
        "p",
        "I certify that mediation took place on 15 July 2025 in respect of Sections B and F. Agreement was not reached on all issues. The parent may now appeal to the Tribunal.",
    ),
    ("p", "Date of issue: 16 July 2025"),
    ("p", "Signed: R. Okoye, Mediator"),
]

APP_1 = [
    ("title", "SEND35 - Appeal against the contents of an EHC plan"),
    ("p", "First-tier Tribunal (Special Educational Needs and Disability)"),
    ("h", 3, "Section 1: About the child or young person"),
    ("kv", [("Full name", "Oskar Lindqvist"), ("Date of birth", "12/07/2016")]),
    ("h", 3, "Section 2: About you (the appellant)"),
    ("kv", [("Name", "Anna Lindqvist"), ("Relationship", "Mother")]),
    ("h", 3, "Section 4: What are you appealing about?"),
    ("p", "[X] Section B   [X] Section F   [ ] Section I"),
    ("h", 3, "Section 6: Mediation"),
    ("p", "I have a mediation certificate dated 4 June 2025 (attached)."),
    ("h", 3, "Section 9: Reasons for appeal"),
    ("p", "See the attached document setting out my reasons."),
    ("p", "Signed: A. Lindqvist    Date: 20 June 2025"),
]

APP_2 = [
    ("p", "Appeal form - SEND 35"),
    ("p", "Name of local authority: Rushbrook Council"),
    ("p", "Date of the decision you are appealing: 30 June 2025"),
    ("p", "Which parts of the plan do you disagree with? Sections B and F"),
    ("p", "Do you have a mediation certificate? Yes - issued 16 July 2025"),
    (
        "p",
        "Reasons for appeal (summary): The plan does not describe Ellie's sensory processing difficulties and Section F does not specify the occupational therapy she needs.",
    ),
    (
        "p",
        "Do you want the Tribunal to make non-binding recommendations about health or social care? No",
    ),
    (
        "p",
        "Declaration: I confirm that the information given in this form is true. Signed D. Pryce, 1 August 2025",
    ),
]

TRIB_1 = [
    (
        "org",
        "First-tier Tribunal (Health, Education and Social Care Chamber) - Special Educational Needs and Disability",
    ),
    ("small", "Appeal number: EH822/25/00417"),
    ("title", "Directions"),
    ("p", "Appellant: Mrs A Lindqvist    Respondent: Wenlow County Council"),
    (
        "num",
        [
            "The local authority must send its response and its evidence to the Tribunal and the appellant by 15 August 2025.",
            "The parties must each send any further evidence by 5 September 2025.",
            "The local authority must send the working document, with the parties' proposed amendments to Sections B, F and I, by 19 September 2025.",
            "The hearing will take place by video on 14 October 2025.",
        ],
    ),
    ("p", "Tribunal Caseworker, on behalf of the Tribunal. Dated 1 July 2025"),
]

TRIB_2 = [
    ("p", "IN THE FIRST-TIER TRIBUNAL (SPECIAL EDUCATIONAL NEEDS AND DISABILITY)"),
    ("p", "Between: Mr D Pryce (Appellant) and Rushbrook Council (Respondent)"),
    ("title", "ORDER"),
    (
        "p",
        "Upon the application of the Respondent dated 3 September 2025 for an extension of time to file its case bundle,",
    ),
    ("p", "IT IS ORDERED THAT:"),
    (
        "num",
        [
            "The Respondent shall file and serve the hearing bundle by 4pm on 24 September 2025.",
            "The hearing listed for 8 October 2025 remains listed.",
            "Either party may apply to vary this order.",
        ],
    ),
    ("p", "Judge M. Ellery    Date: 5 September 2025"),
]

TRIB_3 = [
    ("p", "First-tier Tribunal - SEND"),
    ("p", "Notice of hearing and case management directions"),
    ("p", "Appeal ref: EH811/25/00092"),
    (
        "p",
        "The appeal will be heard on 12 January 2026 at 10:00 by remote video hearing. Each party may bring up to three witnesses; send the names of witnesses on form SEND11 by 1 December 2025.",
    ),
    (
        "p",
        "The local authority is directed to confirm by 10 November 2025 whether it agrees the proposed amendments to Section F.",
    ),
    ("p", "Issued by the Tribunal on 20 October 2025."),
]

# ---------------------------------------------------------------------------
# Professional reports
# ---------------------------------------------------------------------------

EP_1 = [
    ("org", "Wenlow Educational Psychology Service"),
    ("title", "Educational Psychology Advice for EHC Needs Assessment"),
    (
        "kv",
        [
            ("Child", "Oskar Lindqvist"),
            ("School", "Brookfield Primary School"),
            ("Date of assessment", "11 March 2025"),
            ("Psychologist", "Dr L. Marchetti, HCPC registered"),
        ],
    ),
    ("h", 2, "Background"),
    ("p", "Oskar was diagnosed with autism in 2023. He lives with his parents and younger sister."),
    ("h", 2, "Assessment"),
    (
        "p",
        "I observed Oskar in class and in the playground and completed the British Ability Scales with him. His verbal reasoning was in the low average range and his non-verbal reasoning average.",
    ),
    ("h", 2, "Strengths and needs"),
    (
        "bul",
        [
            "Oskar has a good visual memory.",
            "He finds it hard to process spoken language at the speed of whole-class teaching.",
        ],
    ),
    ("h", 2, "Recommended outcomes and provision"),
    (
        "p",
        "Oskar would benefit from small-group language work three times a week, and from a visual timetable.",
    ),
]

EP_2 = [
    ("org", "Cotterill Psychology Service"),
    ("title", "Psychological advice"),
    ("p", "Name: Ruby Sandford   Year group: 5   Date of report: 8 May 2025"),
    ("h", 2, "Reason for involvement"),
    (
        "p",
        "The school asked for advice because Ruby's reading is not progressing despite intervention.",
    ),
    ("h", 2, "What I did"),
    (
        "p",
        "Consultation with the SENCo and Ruby's mother; individual work with Ruby including the WIAT-III reading subtests and a phonological processing assessment.",
    ),
    ("h", 2, "Findings"),
    (
        "grid",
        [
            ["Test", "Standard score", "Descriptor"],
            ["Word reading", "78", "Below average"],
            ["Pseudoword decoding", "74", "Below average"],
            ["Reading comprehension", "92", "Average"],
        ],
        [0.5, 0.25, 0.25],
    ),
    ("p", "Ruby's profile is consistent with a specific learning difficulty (dyslexia)."),
    ("h", 2, "Recommendations"),
    (
        "bul",
        [
            "A structured, cumulative, multi-sensory literacy programme, daily.",
            "Assistive technology for longer reading tasks.",
        ],
    ),
    ("p", "Dr Sunita Rao, Educational Psychologist"),
]

EP_3 = [
    ("p", "Muirfield Council Educational Psychology Team"),
    ("p", "Statutory psychological advice - Harvey Doyle"),
    ("p", "Consultation date: 2 June 2025"),
    ("p", "1. Harvey is a Year 7 pupil at Ashgrove Academy. He was adopted at the age of four."),
    (
        "p",
        "2. Using a consultation with school staff, the Strengths and Difficulties Questionnaire and a session with Harvey, I have considered his learning and emotional development.",
    ),
    (
        "p",
        "3. Harvey's scores place him in the very high range for emotional symptoms. He told me he worries that adults will leave.",
    ),
    (
        "p",
        "4. Harvey needs a consistent key adult and predictable routines. I recommend a daily check-in with his key adult and a nurture group.",
    ),
    ("p", "Senior Educational Psychologist"),
]

EP_4 = [
    ("org", "Queensbury Educational Psychology Service"),
    ("title", "Report of the Educational Psychologist"),
    ("p", "Child: Freddie Moss (aged 4 years 2 months), Little Acorns Nursery"),
    ("p", "Date of visit: 16 July 2025"),
    ("h", 2, "Summary"),
    (
        "p",
        "Freddie's development is delayed across all areas. His play is at an early exploratory stage and he uses around twenty single words. He learns best through routine, repetition and visual cues.",
    ),
    ("h", 2, "Advice"),
    (
        "p",
        "Freddie will need adult support throughout the session to access learning, and a total communication approach (objects of reference, signs and symbols).",
    ),
]

SALT_1 = [
    ("org", "Wenlow Community Health NHS Trust - Children's Speech and Language Therapy"),
    ("title", "Speech and Language Therapy Advice"),
    ("p", "Client: Oskar Lindqvist   NHS no: 943 476 5919   Date: 18 February 2025"),
    ("h", 2, "Assessment results"),
    (
        "grid",
        [
            ["CELF-5 subtest", "Scaled score"],
            ["Following directions", "5"],
            ["Sentence comprehension", "6"],
            ["Word classes", "8"],
        ],
        [0.7, 0.3],
    ),
    ("h", 2, "Impression"),
    ("p", "Oskar has a receptive language disorder in the context of autism."),
    ("h", 2, "Recommendations"),
    (
        "bul",
        [
            "Small group language intervention, 3 x 20 minutes weekly, delivered by a TA trained by the SALT.",
            "Speech and language therapist to review termly.",
        ],
    ),
    ("p", "Hannah Blythe, Highly Specialist Speech and Language Therapist"),
]

SALT_2 = [
    ("p", "Speech & Language Therapy"),
    ("p", "Zainab Qureshi - discharge summary and advice to school"),
    (
        "p",
        "Zainab has been seen in clinic for 8 sessions this year. She now uses sentences of 4-5 words but her understanding of complex sentences remains severely impaired (CELF-5 core language score 61).",
    ),
    (
        "p",
        "Therapy goals met: use of past tense -ed. Goals not met: understanding of 'before' and 'after'.",
    ),
    (
        "p",
        "Advice: continue direct therapy weekly in school; pre-teach topic vocabulary; check understanding by asking Zainab to show rather than tell.",
    ),
    ("p", "Amira Shah, Speech and Language Therapist, Fellsby Children's Therapies"),
]

SALT_3 = [
    ("org", "Rushbrook Children's Therapy Service"),
    ("title", "Speech, language and communication assessment"),
    ("p", "Name: Theo Barker   Age: 10;3   Seen at: Marsh Lane Primary"),
    ("h", 2, "Social communication"),
    (
        "p",
        "Theo's pragmatic language is a significant area of need. He interprets idioms literally and struggles to repair conversational breakdowns.",
    ),
    ("h", 2, "Speech"),
    ("p", "Theo's speech is clear and intelligible."),
    ("h", 2, "Recommendations"),
    (
        "p",
        "A weekly social communication group led or planned by a SALT; a visual support for classroom instructions.",
    ),
]

SALT_4 = [
    ("p", "Hollingworth Speech and Language Therapy - advice for the statutory assessment"),
    ("p", "Callum Reid  d.o.b. 04/11/2014"),
    (
        "p",
        "Callum was referred for assessment of his listening and attention. On the ACE 6-11 his scores were within the average range for all subtests. His expressive language is age-appropriate.",
    ),
    (
        "p",
        "Attention and listening difficulties appear to be related to his ADHD rather than to a language disorder. No direct speech and language therapy is indicated. Staff may find the attached listening strategies helpful.",
    ),
    ("p", "Signed: G. Pearce, Speech and Language Therapist, 2 December 2024"),
]

OT_1 = [
    ("org", "Paediatric Occupational Therapy - Elsworth Hospitals NHS Trust"),
    ("title", "Occupational Therapy Report"),
    ("p", "Patient: Maya Thornton   DOB 02/02/2016   Clinic date: 6 June 2025"),
    ("h", 2, "Reason for referral"),
    ("p", "Difficulties with handwriting, dressing and coordination."),
    ("h", 2, "Assessment"),
    ("p", "Movement ABC-2: total test score at the 2nd centile. Beery VMI: standard score 79."),
    ("h", 2, "Recommendations"),
    (
        "bul",
        [
            "Daily fine motor programme (10 minutes), delivered by school staff.",
            "Sloped writing surface and pencil grip.",
            "Introduce touch typing.",
        ],
    ),
    ("p", "Jane Corrigan, Occupational Therapist (HCPC)"),
]

OT_2 = [
    ("p", "OCCUPATIONAL THERAPY - SENSORY PROCESSING ASSESSMENT"),
    ("p", "Ellie Pryce, age 8"),
    (
        "p",
        "Sensory Profile 2 (school companion) completed by her teacher places Ellie in the 'much more than others' range for avoiding and sensitivity. In class Ellie covers her ears and hides under the table when the room gets loud.",
    ),
    (
        "p",
        "Recommendations: a sensory diet planned by an OT and reviewed every half term; ear defenders available; a quiet workstation.",
    ),
    ("p", "Hugh Banner OT, Rushbrook Children's Therapy"),
]

OT_3 = [
    ("org", "Stannington Children's Occupational Therapy"),
    ("title", "Occupational therapy advice - equipment and access"),
    ("p", "Young person: Amara Nwosu   College: Brackendale College"),
    (
        "p",
        "I visited the college on 14 May 2025 to assess access to the animal care unit. Amara can self-propel her wheelchair on level ground but cannot manage the gravel path to the stables.",
    ),
    (
        "p",
        "I recommend an accessible route to the unit, a height-adjustable workbench, and a perching stool for practical work.",
    ),
    ("p", "Occupational Therapist, Stannington Community Services"),
]

OT_4 = [
    ("p", "Occupational Therapy Progress Report"),
    ("p", "Name: Jack Fenwick   School: Ridgeway Primary   Date: 3 July 2025"),
    (
        "p",
        "Jack has attended six sessions focusing on scissor skills and buttoning. He can now cut along a curved line and fasten large buttons. His pencil grip remains immature and letter formation is inconsistent.",
    ),
    (
        "p",
        "Plan: continue the handwriting programme at school three times a week; review in clinic in six months.",
    ),
]

PHYSIO_1 = [
    ("org", "Children's Physiotherapy Service - Stannington"),
    ("title", "Physiotherapy report"),
    ("p", "Amara Nwosu, 17 years. Diagnosis: bilateral spastic cerebral palsy (GMFCS level III)."),
    ("h", 2, "Current physical presentation"),
    (
        "p",
        "Amara walks short distances with forearm crutches. Hamstring and calf tightness have increased over the past year.",
    ),
    ("h", 2, "Recommendations"),
    (
        "bul",
        [
            "Daily stretching programme, 20 minutes, by trained college staff.",
            "Standing frame for 30 minutes each day.",
            "Physiotherapy review termly.",
        ],
    ),
    ("p", "Sian Powell, Senior Paediatric Physiotherapist"),
]

PHYSIO_2 = [
    ("p", "Physiotherapy advice for Education, Health and Care needs assessment"),
    ("p", "Child: Isla Bramwell   DOB: 19/08/2017"),
    (
        "p",
        "Isla has low muscle tone associated with Down syndrome. She tires on stairs and on long walks, and her balance is reduced on uneven ground. She needs supervision on the climbing equipment.",
    ),
    (
        "p",
        "Advice: a gross motor programme three times a week, set by physiotherapy and carried out by school staff; Isla to use the lift when carrying equipment.",
    ),
    ("p", "R. Kaur, Physiotherapist, Arkwell Community Children's Services"),
]

PHYSIO_3 = [
    ("org", "Tarnside Children's Physiotherapy"),
    ("p", "Physio review - Sam Okafor, Year 3"),
    (
        "p",
        "Sam has juvenile idiopathic arthritis. During flares his knees and ankles are painful and he cannot sit on the floor or walk between buildings. Please allow a chair during carpet time, a lift pass, and a second set of books so that he does not carry a heavy bag.",
    ),
    ("p", "Exercises: 15 minutes daily, can be done at home."),
]

MED_R1 = [
    ("org", "Elsworth Community Paediatrics"),
    ("small", "Clinic date: 2 October 2025"),
    ("p", "Dr F. Noor, GP, Castle Street Surgery"),
    ("p", "Dear Dr Noor"),
    ("p", "Re: Maya Thornton, DOB 02/02/2016"),
    ("p", "Diagnosis: developmental coordination disorder; joint hypermobility."),
    (
        "p",
        "I saw Maya with her mother in clinic today. Her coordination difficulties are unchanged. She reports tiredness and knee pain after PE. Examination showed a Beighton score of 7/9.",
    ),
    (
        "p",
        "Plan: referral to physiotherapy; school to allow rest breaks during PE. I will review her in 12 months.",
    ),
    (
        "p",
        "Yours sincerely\nDr C. Hallam, Consultant Community Paediatrician\ncc: parents; school nurse",
    ),
]

MED_R2 = [
    ("org", "Arkwell Children's Health Services"),
    ("title", "Health advice for EHC needs assessment"),
    (
        "p",
        "Child: Isla Bramwell   Completed by: Designated Clinical Officer on behalf of the community paediatric team",
    ),
    ("h", 2, "Health needs"),
    (
        "p",
        "Isla has Down syndrome, a repaired atrioventricular septal defect and hypothyroidism treated with levothyroxine. She has a mild conductive hearing loss in both ears.",
    ),
    ("h", 2, "Impact on learning"),
    ("p", "Fatigue and hearing loss may affect her attention in the afternoon."),
    ("h", 2, "Health provision"),
    ("p", "Annual cardiology review; audiology every 6 months; thyroid blood tests yearly."),
]

MED_R3 = [
    ("p", "Department of Paediatric Neurology, Wenlow Royal Infirmary"),
    ("p", "Outpatient letter - dictated 4 August 2025, typed 8 August 2025"),
    ("p", "Patient: Sam Okafor   Hosp no: W2210937"),
    (
        "p",
        "Sam was seen in the epilepsy clinic. He has had two focal seizures since the last review, both in his sleep. His lamotrigine dose has been increased. School should follow his seizure care plan; no changes to his activities are needed.",
    ),
    ("p", "Dr P. Venkatesh, Consultant Paediatric Neurologist"),
]

MED_R4 = [
    ("org", "Hollingworth Community Child Health"),
    ("title", "Paediatric report"),
    ("p", "Callum Reid, 10 years. Seen: 3 December 2024."),
    (
        "p",
        "Callum has a diagnosis of ADHD, combined presentation, made in 2022. He takes methylphenidate (modified release) each morning, which has helped his concentration in the mornings. Appetite suppression has caused weight loss, which we are monitoring.",
    ),
    ("p", "He would benefit from a structured environment and movement breaks in school."),
]

CAMHS_1 = [
    ("org", "Child and Adolescent Mental Health Service (CAMHS) - Muirfield"),
    ("title", "CAMHS report for EHC needs assessment"),
    ("p", "Young person: Harvey Doyle   Date: 20 June 2025"),
    (
        "p",
        "Harvey has been open to CAMHS since January 2025 for anxiety and difficulties with emotional regulation linked to his early experiences. He attends fortnightly sessions with a clinical psychologist.",
    ),
    (
        "p",
        "In school, Harvey needs adults to respond calmly and predictably when he is dysregulated, and a safe space he can go to.",
    ),
    ("p", "Clinical Psychologist, Muirfield CAMHS"),
]

CAMHS_2 = [
    ("p", "Cotterill CAMHS - Eating Disorders and Emotional Wellbeing Team"),
    ("p", "Letter to the SENCo, Oakhanger Academy, 12 May 2025"),
    ("p", "Re: Ruby Sandford"),
    (
        "p",
        "Thank you for your referral. Ruby was assessed by our team on 28 April 2025. She presents with low mood and school-related anxiety; she does not meet the threshold for a diagnosis of depression. We have offered six sessions of CBT-informed work with our Emotional Wellbeing Practitioner.",
    ),
    ("p", "We suggest that school offers Ruby a trusted adult to talk to each week."),
]

CAMHS_3 = [
    ("org", "Tarnside CAMHS"),
    ("p", "Assessment summary: Kieran Moss, 14"),
    (
        "p",
        "Presenting difficulties: school avoidance since September, panic attacks on the journey to school, poor sleep.",
    ),
    (
        "p",
        "Formulation: Kieran's anxiety is maintained by avoidance. A graded return to school with a reduced timetable, agreed with him, is recommended alongside CBT with CAMHS.",
    ),
    ("p", "Mental Health Practitioner"),
]

SCHOOL_1 = [
    ("org", "Brookfield Primary School"),
    ("title", "School advice for EHC needs assessment"),
    ("p", "Completed by: Mrs T. Akers, SENCo   Date: 6 March 2025"),
    ("h", 2, "Attainment"),
    (
        "grid",
        [
            ["Subject", "Current level"],
            ["Reading", "Working towards Year 2 expectations"],
            ["Writing", "Pre-Key Stage standard 4"],
            ["Maths", "Working towards Year 3"],
        ],
        [0.4, 0.6],
    ),
    ("h", 2, "Support already in place (SEN Support)"),
    ("p", "Visual timetable; lunchtime club; Talk Boost group twice a week."),
    ("h", 2, "What is working well and what is not"),
    (
        "p",
        "Oskar is happier at lunchtimes since the club started, but in class he does not follow instructions and leaves the room several times a week.",
    ),
]

SCHOOL_2 = [
    ("org", "Marsh Lane Primary School"),
    ("small", "Headteacher: Mr J. Oduya   Tel 01632 960822"),
    ("small", "12 September 2025"),
    ("p", "To whom it may concern"),
    ("p", "Theo Barker - Year 6"),
    (
        "p",
        "I am writing in support of Theo's parents' request for an EHC needs assessment. Despite a year of SEN Support, Theo is struggling to manage in class. He is often unable to start tasks without an adult sitting with him, and he has had three fixed-term exclusions this year after incidents at lunchtime. We have spent well over the notional SEN budget on his support.",
    ),
    (
        "p",
        "Theo's class teacher reports that he reads fluently but does not understand inference questions, and that he has no friends in his class.",
    ),
    ("p", "Yours faithfully\nJ. Oduya, Headteacher"),
]

SCHOOL_3 = [
    ("p", "Brackendale College - Learning Support"),
    ("p", "Student progress report for Amara Nwosu"),
    ("p", "Course: Level 2 Animal Care. Attendance: 96%."),
    (
        "p",
        "Amara is on track to pass her course. With her LSA in practical sessions she can complete handling tasks safely. She finds written assignments tiring and uses dictation software. She would benefit from a study skills session each week to help her plan assignments.",
    ),
    ("p", "Learning Support Manager"),
]

SCHOOL_4 = [
    ("org", "Ridgeway Primary School"),
    ("title", "SENCo's report to the local authority"),
    ("p", "Pupil: Jack Fenwick   Year 2   Date: 10 July 2025"),
    (
        "p",
        "Jack is a sociable boy who loves construction. He is working well below age-related expectations in writing and maths. His phonics screening score was 21/40. He has had a 1:1 phonics catch-up (15 minutes daily) since January with slow progress.",
    ),
    (
        "p",
        "The school has completed two cycles of assess, plan, do, review, and the outcomes have not been met.",
    ),
]

IND_1 = [
    ("org", "Brightwater Psychology Practice"),
    ("title", "Independent Educational Psychology Report"),
    ("p", "Prepared for the First-tier Tribunal (SEND) at the request of Mrs A. Lindqvist"),
    ("p", "Author: Dr Miriam Cole, CPsychol, HCPC registered practitioner psychologist"),
    ("h", 2, "Statement of truth and expert's declaration"),
    (
        "p",
        "I understand that my duty is to the Tribunal and I have complied with that duty. The opinions expressed are my own.",
    ),
    ("h", 2, "Executive summary"),
    (
        "p",
        "Oskar has a complex profile of autism, a receptive language disorder and high anxiety. The provision in the current EHC plan is not sufficient. In my opinion he needs direct speech and language therapy weekly, and a teaching assistant for the whole school day.",
    ),
    ("h", 2, "Recommendations"),
    (
        "p",
        "Plan A: a place in an autism resource base. Plan B, if Oskar remains in his mainstream class: full-time TA support and weekly SALT.",
    ),
]

IND_2 = [
    ("p", "Speechwise Independent Therapy"),
    ("p", "Independent speech and language therapy report on Ellie Pryce"),
    ("p", "Instructed by: Mr and Mrs Pryce. Date of assessment: 3 August 2025."),
    (
        "p",
        "1. I am a speech and language therapist in independent practice with 18 years' experience. I have no connection with the family other than this instruction.",
    ),
    (
        "p",
        "2. Ellie's expressive language is at the 1st centile on the CELF-5. She needs direct therapy from a SALT for 45 minutes each week, plus daily practice with a trained TA.",
    ),
    (
        "p",
        "3. I disagree with the NHS advice that consultation alone is enough, for the reasons set out below.",
    ),
    ("p", "Signed: Clare Haddon MRCSLT, HCPC"),
]

IND_3 = [
    ("org", "Keystone Therapy Partnership"),
    ("title", "Expert report: Occupational Therapy"),
    ("p", "Re: Maya Thornton. Report prepared for the appeal against Elsworth Borough Council."),
    (
        "p",
        "I was instructed by Maya's mother to assess Maya's motor, sensory and self-care skills and to comment on the provision in her plan. I assessed Maya at home and at school over two visits.",
    ),
    (
        "p",
        "My conclusions are that Maya requires direct occupational therapy (12 sessions of 45 minutes over the year), a daily handwriting programme and a laptop.",
    ),
    (
        "p",
        "Expert declaration: I confirm that I have made clear which facts and matters referred to in this report are within my own knowledge.",
    ),
]

IND_4 = [
    ("p", "Multi-disciplinary assessment report (independent)"),
    ("p", "Harbour Lane Assessment Centre - commissioned privately by the family"),
    (
        "p",
        "Child: Harvey Doyle. Assessors: independent educational psychologist, speech and language therapist and occupational therapist.",
    ),
    (
        "p",
        "Summary of findings: Harvey has developmental trauma with associated sensory and language difficulties that have not been picked up by the statutory assessment.",
    ),
    (
        "p",
        "Overall recommendation: a therapeutic school placement with integrated therapy, or, failing that, a bespoke package in his current school with weekly therapy from each discipline.",
    ),
]

# ---------------------------------------------------------------------------
# Annual reviews, views, correspondence, other
# ---------------------------------------------------------------------------

AR_1 = [
    ("org", "Marlpit Special School"),
    ("title", "Annual Review of EHC Plan - Report"),
    (
        "kv",
        [
            ("Pupil", "Leo Hale"),
            ("Date of review meeting", "4 February 2025"),
            (
                "Present",
                "Mrs Hale (mother), Mr P. Ings (class teacher), Ms R. Lowe (SENCo), Leo (for part)",
            ),
        ],
    ),
    ("h", 2, "Progress towards outcomes"),
    (
        "grid",
        [
            ["Outcome", "Progress", "Achieved?"],
            ["Read simple sentences", "Leo reads CVC words and simple sentences", "Yes"],
            ["Use money", "Recognises coins, cannot add amounts", "Partly"],
        ],
        [0.35, 0.45, 0.2],
    ),
    ("h", 2, "Recommendations of the review"),
    (
        "p",
        "The plan should be maintained. New outcome proposed for number work; daily reading support to be added to Section F.",
    ),
]

AR_2 = [
    ("p", "Minutes of annual review meeting - Sofia Marsh - 9 October 2025"),
    ("p", "Attendees: parents, class teacher, Teacher of the Visually Impaired, SENCo (chair)."),
    (
        "p",
        "Parents' views: Sofia is worried about moving to secondary school. Parents would like Hillcrest Academy named.",
    ),
    ("p", "Sofia's views: 'I want bigger writing on the board.'"),
    (
        "p",
        "Agreed actions: SENCo to send the review paperwork to the LA within two weeks; QTVI to provide advice on secondary transition; amendments proposed to Sections E and F.",
    ),
]

AR_3 = [
    ("org", "Oakhanger Academy"),
    ("title", "EHCP annual review"),
    ("p", "Student: Ruby Sandford   Review date: 30 June 2026"),
    (
        "p",
        "Ruby's reading age has risen from 7y2m to 8y6m this year. She continues to use text-to-speech. Her attendance is 91%.",
    ),
    ("p", "Does the plan remain appropriate? Yes, with changes to the outcomes for Year 7."),
    (
        "p",
        "Views of the young person: 'The reading lessons help but I don't like being taken out of art.'",
    ),
]

PV_1 = [
    ("title", "Our views about Oskar (parents' contribution)"),
    (
        "p",
        "Oskar is a funny, clever boy who knows everything about train timetables. At home he is calm when he knows what is happening, but after school he is exhausted and often has meltdowns for an hour.",
    ),
    (
        "p",
        "We are worried that school is not meeting his needs. He says nobody plays with him. We want him to have help with his speech and language in school and an adult he trusts.",
    ),
    ("p", "Anna and Erik Lindqvist"),
]

PV_2 = [
    ("p", "Parental views - Ellie Pryce"),
    (
        "p",
        "What is important to us: that Ellie is happy and feels safe. What we think Ellie needs: a quiet place at school, someone who understands her sensory needs, and speech therapy from a real therapist, not just a programme. What has worked: when her Year 2 teacher let her arrive 10 minutes early, mornings were much calmer.",
    ),
    ("p", "Signed: Dafydd and Carys Pryce, 1 August 2025"),
]

CV_1 = [
    ("title", "All about me"),
    ("p", "My name is Isla and I am 8."),
    (
        "bul",
        [
            "I like: ballet, my cat Biscuit, painting.",
            "I don't like: loud noises, when people shout.",
            "At school I need: help with reading, my friend Aisha.",
        ],
    ),
    ("p", "When I grow up I want to be a dancer."),
]

CV_2 = [
    ("p", "My views - Kieran"),
    (
        "p",
        "School is too noisy and there are too many people in the corridors. I get panicky on the bus. I'd like to start with a few lessons and build up. I like science and IT. I want to do a games design course at college.",
    ),
    ("p", "Written with help from my key worker, 3 November 2025."),
]

CORR_1 = [
    ("org", "Queensbury Borough Council - SEND Team"),
    ("small", "22 July 2025"),
    ("p", "Dear Ms Moss"),
    ("p", "Freddie Moss - draft Education, Health and Care plan"),
    (
        "p",
        "Please find enclosed Freddie's draft EHC plan together with copies of the advice we received. You have 15 days from receiving it to tell us your views and to name the school you would like Freddie to attend. You may also ask to meet an officer to discuss the draft.",
    ),
    (
        "p",
        "The draft does not yet name a school. After we receive your response we will consult the school you prefer.",
    ),
    ("p", "Yours sincerely\nSEND Officer"),
]

CORR_2 = [
    ("p", "Hi Mrs Thornton,"),
    (
        "p",
        "Just a quick note to confirm Maya's review meeting is booked for Thursday 9th October at 3.30pm in the small meeting room. The OT has said she can attend for the first half hour. Could you let me know if Maya's dad will be coming too so I can book a bigger room?",
    ),
    ("p", "Many thanks,\nLou Harker\nSENCo, Castlegate Primary"),
]

CORR_3 = [
    ("p", "Dear Mr Gallagher,"),
    (
        "p",
        "I am writing to chase a reply to my e-mail of 3 June. It is now eight weeks since Ellie's annual review and I have not received the amended plan or any decision. Could you tell me when I can expect it?",
    ),
    (
        "p",
        "I would also be grateful for a copy of the OT advice that was mentioned at the meeting.",
    ),
    ("p", "Kind regards,\nCarys Pryce"),
]

CORR_4 = [
    ("org", "Wenlow County Council - SEND Assessment and Review Team"),
    ("small", "4 July 2025"),
    ("p", "Dear Mrs Lindqvist"),
    (
        "p",
        "We have received notice from the First-tier Tribunal that you have registered an appeal about Oskar's EHC plan. Your caseworker will remain Priya Hardacre. We would like to offer a meeting to see whether any of the issues can be resolved before the hearing, and have suggested dates below.",
    ),
    ("p", "Yours sincerely\nSEND Tribunal Officer"),
]

CORR_5 = [
    ("org", "Ashgrove Academy"),
    ("small", "15 May 2025"),
    ("p", "Dear Parent/Carer"),
    ("p", "Year 7 residential trip to Hollowmere Outdoor Centre"),
    (
        "p",
        "We are delighted to confirm that Year 7 will visit Hollowmere from 23 to 25 June. The cost is £145, which can be paid in instalments through the parent app. Please let Mrs Dale know of any medical or dietary needs, and return the consent form by 1 June.",
    ),
    ("p", "Yours faithfully\nMr K. Boateng, Head of Year 7"),
]

OTHER_1 = [
    ("org", "Wenlow County Council"),
    ("title", "Home to School Travel Assistance Policy 2025/26"),
    ("h", 2, "1. Introduction"),
    (
        "p",
        "This policy explains when the council will provide travel assistance for children of compulsory school age, including those with special educational needs and disabilities.",
    ),
    ("h", 2, "2. Eligibility"),
    (
        "p",
        "A child is eligible if they attend their nearest suitable school and live beyond the statutory walking distance (2 miles under 8, 3 miles from 8).",
    ),
]

OTHER_2 = [
    ("title", "Class 4 timetable - Spring term"),
    (
        "grid",
        [
            ["", "Mon", "Tue", "Wed", "Thu", "Fri"],
            ["9:00", "Phonics", "Phonics", "Phonics", "Phonics", "Phonics"],
            ["10:15", "Maths", "Maths", "Maths", "Maths", "Maths"],
            ["13:15", "Science", "PE", "Art", "History", "Music"],
        ],
        [0.16, 0.168, 0.168, 0.168, 0.168, 0.168],
    ),
]

OTHER_3 = [
    ("p", "INVOICE 2025-118"),
    ("p", "From: Brightwater Psychology Practice   To: Mrs A Lindqvist"),
    (
        "p",
        "Independent assessment and report: £1,450.00. Attendance at hearing (half day): £600.00. Total due: £2,050.00. Payment within 30 days.",
    ),
]


DOCUMENTS: list[tuple[str, str, list, dict]] = [
    ("ehcp_final", "docx", FINAL_1, {}),
    ("ehcp_final", "pdf", FINAL_2, {"footer": "EHC Plan - Ruby Sandford - page {n} of {m}"}),
    ("ehcp_final", "pdf", FINAL_3, {"sans": True}),
    ("ehcp_final", "txt", FINAL_4, {}),
    ("ehcp_final", "docx", FINAL_5, {}),
    ("ehcp_final", "pdf", FINAL_6, {"header": "OFFICIAL - SENSITIVE"}),
    ("ehcp_final", "pdf", FINAL_7, {}),
    ("ehcp_draft", "docx", DRAFT_1, {"header": "DRAFT"}),
    ("ehcp_draft", "pdf", DRAFT_2, {}),
    ("ehcp_draft", "pdf", DRAFT_3, {"header": "DRAFT PLAN - for consultation with parents"}),
    ("ehcp_draft", "txt", DRAFT_4, {}),
    ("ehcp_draft", "docx", DRAFT_5, {}),
    ("decision_letter", "pdf", DEC_1, {}),
    ("decision_letter", "docx", DEC_2, {}),
    ("decision_letter", "pdf", DEC_3, {}),
    ("decision_letter", "txt", DEC_4, {}),
    (
        "decision_letter",
        "eml",
        DEC_5,
        {
            "headers": {
                "From": "Tom Gallagher <t.gallagher@rushbrook.example.org>",
                "To": "pryce.family@example.org",
                "Subject": "Ellie Pryce - final plan",
                "Date": "Mon, 30 Jun 2025 14:02:11 +0100",
                "Message-ID": "<ellie-final-2025@rushbrook.example.org>",
            }
        },
    ),
    ("decision_letter", "pdf", DEC_6, {}),
    ("mediation_certificate", "pdf", MED_1, {}),
    ("mediation_certificate", "txt", MED_2, {}),
    ("appeal_form", "pdf", APP_1, {}),
    ("appeal_form", "docx", APP_2, {}),
    ("tribunal_direction", "pdf", TRIB_1, {}),
    ("tribunal_direction", "docx", TRIB_2, {}),
    (
        "tribunal_direction",
        "eml",
        TRIB_3,
        {
            "headers": {
                "From": "SEND Tribunal <send.tribunal@example.org>",
                "To": "carys.pryce@example.org",
                "Subject": "EH811/25/00092",
                "Date": "Mon, 20 Oct 2025 09:15:00 +0100",
                "Message-ID": "<eh811-25-00092@example.org>",
            }
        },
    ),
    ("ep_report", "pdf", EP_1, {}),
    ("ep_report", "docx", EP_2, {}),
    ("ep_report", "txt", EP_3, {}),
    ("ep_report", "pdf", EP_4, {"sans": True}),
    ("salt_report", "pdf", SALT_1, {}),
    ("salt_report", "txt", SALT_2, {}),
    ("salt_report", "docx", SALT_3, {}),
    ("salt_report", "pdf", SALT_4, {}),
    ("ot_report", "pdf", OT_1, {}),
    ("ot_report", "txt", OT_2, {}),
    ("ot_report", "docx", OT_3, {}),
    ("ot_report", "pdf", OT_4, {}),
    ("physio_report", "pdf", PHYSIO_1, {}),
    ("physio_report", "docx", PHYSIO_2, {}),
    ("physio_report", "txt", PHYSIO_3, {}),
    ("medical_report", "pdf", MED_R1, {"name": "Letter.pdf"}),
    ("medical_report", "docx", MED_R2, {}),
    ("medical_report", "txt", MED_R3, {}),
    ("medical_report", "pdf", MED_R4, {}),
    ("camhs_report", "pdf", CAMHS_1, {}),
    ("camhs_report", "docx", CAMHS_2, {}),
    ("camhs_report", "txt", CAMHS_3, {}),
    ("school_report", "docx", SCHOOL_1, {}),
    ("school_report", "pdf", SCHOOL_2, {}),
    ("school_report", "txt", SCHOOL_3, {}),
    ("school_report", "pdf", SCHOOL_4, {}),
    ("independent_report", "pdf", IND_1, {}),
    ("independent_report", "docx", IND_2, {}),
    ("independent_report", "pdf", IND_3, {}),
    ("independent_report", "txt", IND_4, {}),
    ("annual_review", "docx", AR_1, {}),
    ("annual_review", "txt", AR_2, {}),
    ("annual_review", "pdf", AR_3, {}),
    ("parent_views", "docx", PV_1, {}),
    ("parent_views", "txt", PV_2, {}),
    ("child_views", "pdf", CV_1, {}),
    ("child_views", "txt", CV_2, {}),
    ("correspondence", "pdf", CORR_1, {}),
    (
        "correspondence",
        "eml",
        CORR_2,
        {
            "headers": {
                "From": "Lou Harker <senco@castlegate.example.org>",
                "To": "thornton.home@example.org",
                "Subject": "Thursday",
                "Date": "Tue, 23 Sep 2025 16:40:02 +0100",
                "Message-ID": "<thursday-2025@castlegate.example.org>",
            }
        },
    ),
    (
        "correspondence",
        "eml",
        CORR_3,
        {
            "headers": {
                "From": "Carys Pryce <carys.pryce@example.org>",
                "To": "t.gallagher@rushbrook.example.org",
                "Subject": "Re: Ellie",
                "Date": "Wed, 6 Aug 2025 21:13:45 +0100",
                "Message-ID": "<re-ellie-2025@example.org>",
            }
        },
    ),
    ("correspondence", "docx", CORR_4, {}),
    ("correspondence", "pdf", CORR_5, {}),
    ("other", "pdf", OTHER_1, {}),
    ("other", "docx", OTHER_2, {}),
    ("other", "txt", OTHER_3, {}),
]
