# ruff: noqa: E501
"""Plans of the second kind set, final and draft, in layouts unlike the first set's: a
cover sheet with no title, a plan copied into an e-mail, a scan's OCR text, a plan of
two-column tables, a child-friendly plan, a plan whose history table says "draft", and
drafts marked only in a footer or by a watermark. All invented."""

from __future__ import annotations

NAMES = {
    "A": "Views, interests and aspirations",
    "B": "Special educational needs",
    "C": "Health needs related to special educational needs",
    "D": "Social care needs related to special educational needs or disability",
    "E": "Outcomes",
    "F": "Special educational provision",
    "G": "Health provision",
    "H1": "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Any other social care provision",
    "I": "Placement",
    "J": "Personal budget",
    "K": "Advice and information",
}
ORDER = list(NAMES)


def sections(style: str, body: dict) -> list:
    """The plan's sections, headed in one of this set's styles."""
    out: list = []
    for n, sid in enumerate(ORDER, 1):
        if sid not in body:
            continue
        content = body[sid]
        if style == "letter_space":
            out.append(("h", 2, f"{sid}   {NAMES[sid]}"))
        elif style == "kv":
            out.append(("kv", [(f"Section {sid}", NAMES[sid])]))
        elif style == "part":
            out.append(("b", f"Part {n}. {NAMES[sid]} (Section {sid})"))
        elif style == "caps":
            out.append(("p", f"SECTION {sid}: {NAMES[sid].upper()}"))
        else:
            raise ValueError(style)
        if isinstance(content, list) and content and isinstance(content[0], list):
            out.append(("grid", content, [1 / len(content[0])] * len(content[0])))
        elif isinstance(content, list):
            out.append(("bul", content))
        else:
            out.append(("p", content))
    return out


# ---------------------------------------------------------------------------
# Final plans
# ---------------------------------------------------------------------------

COVER_ONLY = [
    (
        "cover",
        [
            "Harrowdene Borough Council",
            "Freya Aldous",
            "Date of birth: 14/02/2015",
            "NHS number: 943 476 5919",
            "Issue date: 03/03/2026",
        ],
    ),
    *sections(
        "letter_space",
        {
            "A": 'Freya says: "I like gymnastics and my cat Biscuit. I don\'t like it when the hall is noisy." Her mum and dad want her to feel safe at school and to be able to read the books her friends read.',
            "B": [
                "Cognition and learning: Freya's reading and spelling are at the level expected of a child two years younger; her phonological awareness is weak (EP advice, October 2025).",
                "Communication and interaction: Freya takes longer than her peers to process spoken language and loses the thread of long instructions.",
                "Social, emotional and mental health: Freya becomes anxious before tests and on days when her routine changes; this shows as stomach aches and refusal to come in.",
            ],
            "C": "Freya has migraines, managed by her GP.",
            "D": "None identified.",
            "E": [
                ["Outcome", "By when", "Steps towards it"],
                [
                    "Freya will read a book at her age level with 95% accuracy.",
                    "July 2028",
                    "Completes the phonics programme to stage 5 by July 2026.",
                ],
                [
                    "Freya will tell an adult when she is worried and use an agreed plan to calm.",
                    "July 2027",
                    "Uses her worry card with her key adult twice a week.",
                ],
            ],
            "F": [
                "A structured synthetic phonics programme delivered 1:1 by a teaching assistant trained by the specialist teacher, 4 x 20 minutes each week.",
                "Instructions broken into steps and backed by a written or pictorial checklist in every lesson.",
                "A named key adult who meets Freya at the gate each morning and a quiet place to go when anxious.",
                "Advance warning of changes to the timetable, at least one day before, through a home-school book.",
            ],
            "G": "Review by the GP as needed.",
            "H1": "None.",
            "H2": "None.",
            "I": "Elmbrook Primary School, Harrowdene (community mainstream primary school).",
            "J": "No personal budget has been requested.",
            "K": "Educational psychology advice, Dr L. Fenwick, 21/10/2025; school advice, Elmbrook Primary School, 02/10/2025; parental views, 15/09/2025; health advice, 30/10/2025.",
        },
    ),
    ("gap",),
    (
        "sig",
        [
            "Signed: R. Oyelaran",
            "Senior Case Officer, SEND Assessment Team",
            "For and on behalf of Harrowdene Borough Council",
        ],
    ),
]

OCR_PLAN = [
    ("p", "KESTLEBY COUNTY COUNCIL"),
    ("p", "Education, Health and Care Plan"),
    (
        "p",
        "Child or young person: Noah Brennan    Date of birth: 09/07/2012    Plan date: 19 January 2026",
    ),
    *sections(
        "caps",
        {
            "A": "Noah is a friendly boy who loves cooking and football. He wants to be a chef. Noah's mother wants him to have friends and to leave school with qualifications.",
            "B": "Noah has a diagnosis of autism spectrum condition (August 2021). He has difficulty understanding the intentions of others and can misread situations, which has led to conflict at break times. His attention in class is variable and he needs support to start written tasks. Standardised scores place his reading comprehension below the 10th centile.",
            "C": "Noah has a diagnosis of autism. No other health needs are known.",
            "D": "Noah's family receive support from the Kestleby Early Help team.",
            "E": "By the end of Key Stage 3 Noah will be able to explain to an adult what happened in a disagreement and what he could do differently. By July 2027 Noah will start a written task within two minutes using a task planner.",
            "F": "Noah will have a daily check-in with a member of the inclusion team at the start of the day. Social communication group, weekly, 45 minutes, run by staff trained in a recognised programme. Access to the learning support base at break and lunch. Reading comprehension intervention three times a week for 30 minutes in a small group of no more than four.",
            "G": "Noah is known to the community paediatric service. Annual review of need by the paediatrician.",
            "H1": "No provision.",
            "H2": "Early Help family support as agreed with the family.",
            "I": "Castlemoor Academy, a mainstream secondary academy.",
            "J": "Not requested.",
            "K": "Appendix 1 Parent views. Appendix 2 Educational psychology advice. Appendix 3 Castlemoor Academy advice. Appendix 4 Paediatric advice.",
        },
    ),
    (
        "p",
        "Name of officer: D. Sandhu, SEND Coordinator, Kestleby County Council. Date: 19/01/2026",
    ),
]

COPIED_INTO_EMAIL = """Hi Joanne,

The attachment was too big for your inbox so I've copied the text of the plan below. This is the one that came on Friday. I haven't changed anything, just lost the formatting.

Thanks so much,
Priya

---

THORNMERE CITY COUNCIL
EDUCATION, HEALTH AND CARE PLAN

Name: Arjun Mehta
Date of birth: 30/05/2016
Date of plan: 27 February 2026
Type of plan: Final

Section A - The views, interests and aspirations of Arjun and his parents
Arjun likes dinosaurs, swimming and his tablet. He says school is "too loud". His parents want him to be in a small class where adults understand autism.

Section B - Special educational needs
Arjun has autism and a severe language disorder. He uses single words and short phrases and understands simple sentences about things he can see. He has significant sensory sensitivities, particularly to noise, and becomes distressed in busy spaces.

Section C - Health needs
Arjun is under the Thornmere Child Development Centre. He has a restricted diet.

Section D - Social care needs
Arjun's parents have had a carer's assessment.

Section E - Outcomes
By July 2027 Arjun will use a communication system to make requests in class.
By July 2027 Arjun will stay in a group activity for 10 minutes.

Section F - Special educational provision
A small class of no more than 10 pupils with a high staff ratio.
Speech and language therapy: direct therapy 1 x 30 minutes each week delivered by a speech and language therapist, and a programme delivered daily by trained staff.
Access to a low-arousal space throughout the day.
Occupational therapy advice to be reviewed each term.

Section G - Health provision
Dietetic review yearly.

Section H1 - none. Section H2 - short breaks, 4 hours per month.

Section I - Placement
Fernhill School (maintained special school for pupils with autism).

Section J - Personal budget
Personal budget for short breaks only (direct payment).

Section K - Advice and information
Parental advice; educational psychology advice 11/11/2025; speech and language therapy advice 03/11/2025; Child Development Centre advice 20/11/2025; social care advice 25/11/2025.

Signed: S. Whitlock, for Thornmere City Council
"""

KV_PLAN = [
    ("org", "Wyvernshire County Council"),
    (
        "small",
        "SEND Statutory Services, County Hall, Wyvern Road, Ashby St Clere WY1 2AA  Tel 01632 960214",
    ),
    (
        "kv",
        [
            ("Name", "Maisie Coulter"),
            ("Date of birth", "22/11/2010"),
            ("Plan status", "Final"),
            ("Date issued", "11/12/2025"),
            ("Review due by", "11/12/2026"),
        ],
    ),
    ("gap",),
    *sections(
        "kv",
        {
            "A": "Maisie wants to work in a nursery. She enjoys drama and looking after younger children. Maisie's dad would like her to have help with her anxiety so that she can go to school every day.",
            "B": [
                "Maisie has a specific learning difficulty (dyslexia) and slow processing speed (1st centile).",
                "Since Year 8 Maisie has had high levels of anxiety; her attendance was 61% in the autumn term.",
                "She finds it hard to organise her belongings and to remember homework.",
            ],
            "C": "Maisie is supported by the Children and Young People's Mental Health Service for anxiety.",
            "D": "None.",
            "E": "By July 2027 Maisie will attend at least 90% of the time. By her GCSEs Maisie will use assistive technology to produce written work independently.",
            "F": [
                ["Provision", "Staffing", "Frequency"],
                [
                    "Reduced timetable to be reviewed every four weeks",
                    "Head of Year and SENCo",
                    "Reviewed every four weeks",
                ],
                [
                    "Assistive technology (reading pen, speech-to-text) in all lessons",
                    "Class teachers",
                    "Daily",
                ],
                [
                    "Mentoring session with a trusted adult",
                    "Learning mentor",
                    "2 x 30 minutes weekly",
                ],
                [
                    "Access arrangements: extra time and a reader",
                    "Exams officer",
                    "All assessments",
                ],
            ],
            "G": "CAMHS treatment as agreed with Maisie and her family.",
            "I": "Ashby Grange School (mainstream academy).",
            "K": "Advice from the educational psychologist, CAMHS, Ashby Grange School and Maisie's father.",
        },
    ),
]

CHILD_FRIENDLY = [
    ("org", "Lowbridge Council  |  Children and Families"),
    ("title", "My Education, Health and Care Plan"),
    ("p", "This is Tomasz's plan. It was written with Tomasz and his family."),
    ("small", "Date: 6 November 2025    Version 2 (final)    Next review: November 2026"),
    ("h", 2, "Section A: All about me"),
    (
        "p",
        "My name is Tomasz and I am 9. I like Minecraft, my little sister and going to the beach. I want to be a game designer. I don't like it when people shout.",
    ),
    ("h", 2, "Section B: What I find difficult (my special educational needs)"),
    (
        "bul",
        [
            "I have a physical disability (cerebral palsy). My legs get tired and I use a walker at school.",
            "Writing by hand is slow and makes my hand hurt.",
            "Sometimes I need help to join in games at playtime.",
        ],
    ),
    ("h", 2, "Section C: My health"),
    (
        "p",
        "I have cerebral palsy (right hemiplegia). I see the physiotherapist and the orthotics clinic.",
    ),
    ("h", 2, "Section E: What I want to be able to do (outcomes)"),
    (
        "bul",
        [
            "By the end of Year 6 I will type my work at 20 words a minute.",
            "By the end of Year 5 I will move around school on my own with my walker.",
        ],
    ),
    ("h", 2, "Section F: The help I will get at school"),
    (
        "bul",
        [
            "A laptop for written work and a touch-typing programme 3 times a week for 15 minutes.",
            "A daily physiotherapy programme of 20 minutes, written by my physiotherapist and done by a trained teaching assistant.",
            "An adult nearby at playtime to help me join in.",
            "A personal evacuation plan and a risk assessment for trips.",
        ],
    ),
    ("h", 2, "Section G: Help from the health service"),
    ("p", "Physiotherapy review every 6 months. Orthotics review every year."),
    ("h", 2, "Section I: My school"),
    ("p", "St Aidan's Catholic Primary School (mainstream, voluntary aided)."),
    ("h", 2, "Section K: Who gave advice"),
    (
        "p",
        "Mum and Dad; my teacher; the physiotherapist; the occupational therapist; the educational psychologist.",
    ),
]

PART_PLAN = [
    ("org", "Penhallow Council - SEND Service"),
    ("title", "EHC Plan"),
    (
        "p",
        "Amended plan following a review at a change of phase. This plan replaces the plan dated 14 March 2023.",
    ),
    ("lab", "Young person", "Kacper Nowak, born 03/09/2014"),
    ("lab", "Date of this plan", "13 February 2026"),
    *sections(
        "part",
        {
            "A": "Kacper wants to go to the same secondary school as his cousin. He likes cycling and fixing things.",
            "B": "Kacper has moderate learning difficulties. He is working at about a Year 3 level in English and maths. His speech is sometimes hard to understand when he is excited.",
            "C": "Kacper wears glasses.",
            "E": "Kacper will travel to school on his own by the end of Year 8. Kacper will read and understand a bus timetable.",
            "F": "Kacper will be taught in mainstream classes with in-class support from a teaching assistant for English, maths and science (15 hours a week). Small-group literacy and numeracy intervention 4 x 30 minutes a week. A travel training programme delivered by the council's travel trainer in the summer term of Year 7.",
            "G": "Eye test every year.",
            "I": "Penhallow Community College (mainstream secondary), from September 2026.",
            "K": "Annual review at phase transfer 2 December 2025; school advice; educational psychology advice (2023).",
        },
    ),
    ("p", "Signed for and on behalf of Penhallow Council: A. Trevithick, Team Leader"),
]

HISTORY_PLAN = [
    ("org", "Ashcombe Metropolitan Borough Council"),
    ("small", "Special Educational Needs and Disabilities Team   SEN ref: AMB/EHC/40713"),
    ("b", "Plan history"),
    (
        "grid",
        [
            ["Version", "Date", "Status", "Reason"],
            ["0.1", "08/09/2025", "Draft issued", "New plan after needs assessment"],
            ["0.2", "06/10/2025", "Draft re-issued", "Changes after parent comments"],
            ["1.0", "24/10/2025", "Final", "Issued under section 39(7)"],
        ],
        [0.15, 0.2, 0.25, 0.4],
    ),
    ("b", "Child's details"),
    (
        "kv",
        [
            ("Name", "Ellie-Mae Hartley"),
            ("Date of birth", "17/04/2019"),
            ("Parents", "Jodie and Craig Hartley"),
        ],
    ),
    ("pb",),
    (
        "lettertable",
        "A",
        NAMES["A"],
        [
            (
                "",
                "Ellie-Mae loves music, bubbles and being outside. Her parents' hope is that she will be able to let people know what she wants.",
            )
        ],
    ),
    (
        "lettertable",
        "B",
        NAMES["B"],
        [
            (
                "Communication",
                "Ellie-Mae is non-verbal. She uses some signs and pictures to ask for things.",
            ),
            (
                "Learning",
                "Ellie-Mae has severe learning difficulties and is working within the engagement model.",
            ),
            ("Physical", "She has low muscle tone and needs help with dressing and toileting."),
        ],
    ),
    (
        "lettertable",
        "C",
        NAMES["C"],
        [
            (
                "",
                "Ellie-Mae has a genetic condition (Angelman syndrome) and epilepsy controlled by medication.",
            )
        ],
    ),
    (
        "lettertable",
        "E",
        NAMES["E"],
        [
            (
                "E1",
                "Ellie-Mae will use her communication aid to request a preferred item by July 2027.",
            ),
            ("E2", "Ellie-Mae will use the toilet with the help of one adult by July 2027."),
        ],
    ),
    (
        "lettertable",
        "F",
        NAMES["F"],
        [
            (
                "F1",
                "A class of no more than 8 pupils with at least one adult for every two pupils.",
            ),
            (
                "F2",
                "A total communication approach used by all staff, including signing and a high-tech communication aid, set up and reviewed by a speech and language therapist every half term.",
            ),
            ("F3", "An intimate care plan and two trained adults for personal care."),
        ],
    ),
    (
        "lettertable",
        "G",
        NAMES["G"],
        [
            (
                "",
                "Epilepsy care plan written by the epilepsy nurse; staff trained in emergency medication.",
            )
        ],
    ),
    (
        "lettertable",
        "I",
        NAMES["I"],
        [
            (
                "",
                "Brookholme School, a maintained special school for pupils with severe and profound learning difficulties.",
            )
        ],
    ),
    (
        "lettertable",
        "K",
        NAMES["K"],
        [
            (
                "",
                "Advice from parents, Brookholme School nursery class, the educational psychologist, the speech and language therapist, the paediatrician and the epilepsy nurse.",
            )
        ],
    ),
]

# ---------------------------------------------------------------------------
# Draft plans: marked only in a footer, a watermark or a forwarding note
# ---------------------------------------------------------------------------

FOOTER_DRAFT = [
    ("org", "Castlemoor Borough Council"),
    ("title", "Education, Health and Care Plan"),
    (
        "kv",
        [
            ("Name", "Oliver Pryce"),
            ("Date of birth", "01/12/2017"),
            ("School", "Hartside Primary School"),
        ],
    ),
    *sections(
        "letter_space",
        {
            "A": "Oliver is a lively, funny boy who loves Lego and tractors. His parents want him to learn to read and to make friends.",
            "B": "Oliver has attention deficit hyperactivity disorder. He finds it very hard to stay in his seat and to wait his turn. His reading is at an early stage and he knows about half of the phonics sounds taught in Reception.",
            "E": "By July 2027 Oliver will stay on task for 10 minutes with one reminder.",
            "F": "Support from a teaching assistant in the morning session. Movement breaks as needed. Phonics catch-up in a small group daily.",
            "G": "Medication review by the paediatrician.",
            "I": "Type of school: mainstream primary school.",
            "K": "Parent views; school advice; educational psychology advice; paediatric advice.",
        },
    ),
]

WATERMARK_DRAFT = [
    ("org", "Harrowdene Borough Council"),
    ("title", "Education, Health and Care Plan"),
    ("small", "Child: Ruby-Rose Kaye   DOB 08/08/2013   Reference HBC-SEN-22871"),
    *sections(
        "letter_space",
        {
            "A": "Ruby-Rose is creative and loves art. She wants to be a tattoo artist. Her mum wants school to understand that her behaviour is communicating distress.",
            "B": "Ruby-Rose has social, emotional and mental health needs. She has experienced trauma and finds it very hard to trust adults. She has had four fixed-term exclusions this year. Her literacy skills are at about a Year 5 level.",
            "D": "Ruby-Rose is a child in need and has an allocated social worker.",
            "E": "Ruby-Rose will attend all of her timetabled lessons for a full week by the end of the spring term 2027.",
            "F": "A key adult trained in attachment and trauma approaches, available throughout the day. Access to a nurture room. A therapeutic intervention (art therapy) once a week.",
            "H2": "Social worker to attend reviews.",
            "I": "To be confirmed.",
            "K": "Advice from school, the educational psychologist, social care and CAMHS.",
        },
    ),
]

DOCX_FOOTER_DRAFT = [
    ("org", "Kestleby County Council"),
    ("title", "Education, Health and Care Plan - Amelia Dunmore"),
    ("small", "Date of birth 19/03/2016. Plan prepared 14 October 2025."),
    *sections(
        "part",
        {
            "A": "Amelia is a kind girl who likes horses and singing. She wants to be a vet.",
            "B": "Amelia has a hearing impairment (bilateral moderate sensorineural hearing loss) and wears hearing aids. Her vocabulary is below that expected for her age and she misses information in noisy rooms.",
            "C": "Amelia has bilateral hearing loss and is under the audiology service.",
            "E": "Amelia will check her hearing aids and report faults to an adult each morning by the end of Year 5.",
            "F": "A radio aid used in all lessons. Visits from a teacher of the deaf each half term. Pre-teaching of topic vocabulary 3 x 15 minutes a week. Seating near the teacher, away from noise.",
            "G": "Audiology review every 6 months.",
            "I": "",
            "K": "Teacher of the deaf advice; audiology advice; school advice.",
        },
    ),
]

OCR_DRAFT = [
    ("p", "Lowbridge Council"),
    ("p", "Education Health and Care Plan"),
    ("p", "Name: Jayden Okoro   D.O.B. 12/06/2011"),
    ("p", "D R A F T"),
    *sections(
        "caps",
        {
            "A": "Jayden likes basketball, music production and being with his friends. He would like to go to college to study music technology.",
            "B": "Jayden has a developmental language disorder. He has difficulty understanding complex sentences and subject vocabulary, and his written work is short and lacks detail. He often says he understands when he does not.",
            "E": "By July 2027 Jayden will use a vocabulary organiser to learn and use 10 subject words each half term.",
        },
    ),
    ("p", "D R A F T"),
    *sections(
        "caps",
        {
            "F": "Language for learning group once a week with a teaching assistant trained by the speech and language therapist. Teachers to check understanding by asking Jayden to explain instructions back. Speech and language therapy review each term.",
            "G": "Speech and language therapy as set out in Section F.",
            "I": "Parental preference: Riverside Academy. Consultation to follow.",
            "K": "Speech and language therapy advice; school advice; educational psychology advice.",
        },
    ),
    ("p", "D R A F T"),
]

FORWARDED_DRAFT = """Can you have a look at F before the meeting on Thursday? They've still not put any hours in for the speech therapy. Thanks, Gemma

-------- Forwarded Message --------
Subject: Plan for Leo Marsh
Date: Mon, 19 Jan 2026 16:02:11 +0000
From: SEND Casework <send.casework@example.org>
To: Gemma Marsh <gemma.marsh@example.org>

Dear Ms Marsh,

The plan for Leo is below. Please let us have your comments and the name of the school you would like within 15 calendar days.

Kind regards
Naomi Pell
SEND Caseworker, Ashcombe Metropolitan Borough Council
Tel 01632 960377

EDUCATION, HEALTH AND CARE PLAN
Leo Marsh, born 25/01/2014

A. Views, interests and aspirations
Leo likes fishing with his grandad and playing the drums. He wants to stay with his friends when he goes to secondary school.

B. Special educational needs
Leo has a stammer and a language disorder. He avoids speaking in class and will not answer questions in front of others. His reading is in line with his age.

E. Outcomes
By the end of Year 7 Leo will answer a question in a small group.

F. Special educational provision
Speech and language therapy as advised by the speech and language therapist.
Opportunities to speak in small groups.
Staff to be aware of his stammer.

I. Placement
Not named at this stage.

K. Advice and information
Speech and language therapy advice; school advice; parent views.
"""

DOCUMENTS: list[dict] = [
    dict(
        name="EHCP final 2026 v2.pdf",
        kind="ehcp_final",
        blocks=COVER_ONLY,
        footer="Freya Aldous  |  Issued 03/03/2026  |  Page {n} of {m}",
        sans=True,
    ),
    dict(
        name="IMG_2041.txt",
        kind="ehcp_final",
        blocks=OCR_PLAN,
        ocr=True,
        running="Kestleby County Council - Noah Brennan",
    ),
    dict(
        name="Fwd Arjuns plan.eml",
        kind="ehcp_final",
        text=COPIED_INTO_EMAIL,
        headers={
            "From": "Priya Mehta <priya.mehta@example.org>",
            "To": "Joanne Baird <joanne.baird@example.org>",
            "Subject": "Fwd: plan",
            "Date": "Sun, 01 Mar 2026 21:14:05 +0000",
        },
        qp=True,
    ),
    dict(name="Maisie EHCP.docx", kind="ehcp_final", blocks=KV_PLAN, sans=True, accent="5B2C6F"),
    dict(name="scan0007.pdf", kind="ehcp_final", blocks=CHILD_FRIENDLY, sans=True, accent="2E7D32"),
    dict(
        name="Document (3).docx",
        kind="ehcp_final",
        blocks=PART_PLAN,
        footer="Penhallow Council SEND Service",
    ),
    dict(
        name="AMB EHC 40713.pdf",
        kind="ehcp_final",
        blocks=HISTORY_PLAN,
        footer="Ellie-Mae Hartley  SEN ref AMB/EHC/40713",
    ),
    dict(
        name="Oliver plan.pdf",
        kind="ehcp_draft",
        blocks=FOOTER_DRAFT,
        footer="Draft v1 - 12/01/2026 - Page {n} of {m}",
    ),
    dict(
        name="download (4).pdf",
        kind="ehcp_draft",
        blocks=WATERMARK_DRAFT,
        watermark="DRAFT",
        sans=True,
    ),
    dict(
        name="Amelia EHCP Oct.docx",
        kind="ehcp_draft",
        blocks=DOCX_FOOTER_DRAFT,
        footer="DRAFT - for consultation with parents and settings - not for circulation",
    ),
    dict(name="scan0011.txt", kind="ehcp_draft", blocks=OCR_DRAFT, ocr=True),
    dict(
        name="Fwd Plan for Leo Marsh.eml",
        kind="ehcp_draft",
        text=FORWARDED_DRAFT,
        headers={
            "From": "Gemma Marsh <gemma.marsh@example.org>",
            "To": "Hollie at Parent Partnership <hollie.ward@example.org>",
            "Subject": "Fwd: Plan for Leo Marsh",
            "Date": "Tue, 20 Jan 2026 07:48:30 +0000",
        },
    ),
]
