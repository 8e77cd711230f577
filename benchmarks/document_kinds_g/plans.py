# ruff: noqa: E501
"""Plans and annual reviews of the seventh kind set: a south-west county's final plan as
its portal downloads it (the regulation's wording as headings, each ending in a full stop),
a London borough's plan exported from its online hub as text, an East Anglian county's
final plan scanned on the office copier, a plan with numbered sections naming an
independent special school, a post-16 plan amended after a review, drafts from a London
portal, a proposed amended plan, a draft pasted into a text file and a draft photographed
on a phone; annual review paperwork from a further education college, an independent
special school, a small rural primary and a Year 9 review. All invented."""

from __future__ import annotations

REG = {
    "A": "Section A: The views, interests and aspirations of the child and his or her parents or the young person.",
    "B": "Section B: The child or young person's special educational needs.",
    "C": "Section C: The child or young person's health needs which relate to their SEN.",
    "D": "Section D: The child or young person's social care needs which relate to their SEN or to a disability.",
    "E": "Section E: The outcomes sought for the child or the young person.",
    "F": "Section F: The special educational provision required by the child or the young person.",
    "G": "Section G: Any health provision reasonably required by the learning difficulties or disabilities which result in the child or young person having SEN.",
    "H1": "Section H1: Any social care provision which must be made for the child or young person as a result of section 2 of the Chronically Sick and Disabled Persons Act 1970.",
    "H2": "Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having SEN.",
    "I": "Section I: The name and type of the school or other institution to be attended by the child or young person.",
    "J": "Section J: Where there is a Personal Budget, the details of how the Personal Budget will support particular outcomes.",
    "K": "Section K: The advice and information gathered during the EHC needs assessment.",
}


def sections(content: dict, titles: dict = REG) -> list:
    """Each section's heading, then its content: a string is a paragraph, a list of strings
    bullets, a list of lists a ruled table whose first row is the header."""
    out: list = []
    for sid, body in content.items():
        out.append(("h", 1, titles[sid]))
        if isinstance(body, list) and body and isinstance(body[0], list):
            out.append(("grid", body, [1 / len(body[0])] * len(body[0])))
        elif isinstance(body, list):
            out.append(("bul", body))
        else:
            out.append(("p", body))
    return out


# Final plans -------------------------------------------------------------------

TAMAR_FINAL = [
    ("org", "Tamarford County Council"),
    ("small", "SEND 0-25 Service · County Hall · Tamarford · 01632 960120 · send@example.org"),
    ("title", "Education, Health and Care Plan"),
    (
        "kv",
        [
            ("Name", "Ellis Penrose"),
            ("Date of birth", "09/11/2015"),
            ("NHS number", "999 412 7730"),
            ("Plan type", "Final"),
            ("Date of issue", "14 January 2026"),
            ("EHC Coordinator", "Morwenna Blight"),
        ],
    ),
    *sections(
        {
            "A": "Ellis likes fishing with his grandad at the quay, drawing maps and anything to do with tractors. He says school is 'loud and too long'. His mum and dad would like him to stay at Polwithen Primary with his friends and to be able to read well enough to enjoy comics.",
            "B": [
                "Ellis has a diagnosis of developmental language disorder (DLD). He understands short instructions but loses track of longer ones.",
                "His reading and spelling are well below those of his classmates (standardised score 74 in November 2025).",
                "Ellis becomes anxious and withdrawn when he does not understand what he is being asked to do.",
            ],
            "C": "Ellis has glue ear and has grommets; he is under the care of the ENT clinic at Tamarford District Hospital.",
            "D": "Ellis has no identified social care needs.",
            "E": [
                ["Outcome", "By when"],
                ["Ellis will follow a two-step instruction in class without a prompt", "July 2026"],
                ["Ellis will read and understand a short book at his level", "July 2027"],
            ],
            "F": [
                ["Provision", "Who", "How often"],
                [
                    "Direct speech and language therapy",
                    "NHS speech and language therapist",
                    "6 sessions of 30 minutes each term",
                ],
                [
                    "Language programme set by the SLT",
                    "Trained teaching assistant",
                    "3 x 20 minutes per week",
                ],
                [
                    "Structured phonics intervention (1:1)",
                    "Teaching assistant",
                    "Daily, 15 minutes",
                ],
            ],
            "G": "Review by ENT and audiology at Tamarford District Hospital, as arranged by the hospital.",
            "H1": "None.",
            "H2": "None.",
            "I": "Polwithen Community Primary School (mainstream, maintained).",
            "J": "No personal budget has been requested.",
            "K": [
                "Psychological advice, Tamarford Educational Psychology Service, 3 November 2025",
                "Speech and language therapy advice, 28 October 2025",
                "Educational advice from Polwithen Community Primary School, 20 October 2025",
            ],
        }
    ),
    (
        "p",
        "Signed on behalf of Tamarford County Council: M. Blight, EHC Coordinator, 14 January 2026",
    ),
]

HUB_EXPORT = """EHC HUB - PLAN EXPORT
London Borough of Northfold
Exported: 11/02/2026 16:42 by user c.okonjo

Plan ID: NF-EHCP-0031877
Child/young person: Tobi Adeyemi
Date of birth: 22/06/2012
Plan status: Issued
Version: 3 (Final)
Issue date: 06/02/2026
Last annual review: 20/11/2025

----- Section A: About me -----
My name is Tobi. I like football, grime music and cooking with my auntie. I want to be a chef.
My mum says Tobi is kind and funny but gets angry when he feels people are laughing at him.

----- Section B: Special educational needs -----
Communication and interaction: Tobi has autism. He finds it hard to read other people's intentions and takes jokes literally.
Cognition and learning: Tobi's reading age is around 9 years (chronological age 13 years 7 months).
Social, emotional and mental health: Tobi has had two fixed-term suspensions this year after incidents in the corridor.

----- Section E: Outcomes -----
By the end of Key Stage 3 Tobi will be able to tell a trusted adult when he feels he is being laughed at, instead of reacting.

----- Section F: Special educational provision -----
Provision | Frequency | Delivered by
Social communication group | Weekly, 45 mins | SEN teacher
1:1 key worker check-in | Daily, 10 mins at start of day | Learning mentor
Reading intervention (Lexia or similar) | 3 x 20 mins weekly | TA
Access to the inclusion base at unstructured times | Daily | Inclusion staff

----- Section G: Health provision -----
None identified.

----- Section I: Placement -----
Northfold Park Academy (mainstream academy)

----- Section K: Advice and information -----
EP advice (Dr S. Varga, 12/09/2025); school advice; parental views.

This plan has been issued as final. If you disagree with Sections B, F or I you can appeal to the First-tier Tribunal (SEND).
"""

FENWOLD_SCAN = """FENWOLD COUNTY COUNCIL
Children's Services - SEND
County Hall, Martham Road, Fenwold     01632 960344

EDUCATION, HEALTH AND CARE PLAN - FINAL

Child: Grace Leman          Date of birth: 03/04/2018
Date plan finalised: 19 December 2025

SECTION A - My views, interests and aspirations
Grace loves horses, swimming and her little brother Alfie. She would like to ride at the stables in Hollesby. Her parents want her to be happy at school and to learn to read.

SECTION B - Special educational needs
Cognition and learning: Grace has global developmental delay. She is working well below age-related expectations in all areas.
Communication: Grace uses single words and some Makaton signs.
Physical: Grace has low muscle tone and tires quickly when walking.

SECTION E - Outcomes
By July 2027 Grace will use two-word phrases to request what she wants.

SECTION F - Special educational provision
Small class (no more than 10 pupils) with a teacher and two teaching assistants.
Makaton used by all staff in class.
Speech and language therapy: programme set and reviewed termly by the SLT, delivered daily for 15 minutes by trained TA.
Occupational therapy: 6 sessions per year by OT.

SECTION I - Placement
Saltings Academy (special academy for pupils with complex learning needs)

Signed: A. Cracknell, SEND Casework Officer
on behalf of Fenwold County Council
"""

NUMBERED_FINAL = [
    ("org", "Somerleigh Council"),
    ("small", "Special Educational Needs Team · The Guildhall · Somerleigh · 01632 960177"),
    ("title", "Education, Health and Care Plan for Amy Coles"),
    ("p", "Status: FINAL    Date issued: 27 March 2026    Review due: by 27 March 2027"),
    ("h", 1, "Section 1: About me and what I want for the future"),
    (
        "p",
        "Amy is 12. She loves baking, her dog Pip and watching cookery programmes. Amy would like to work in a bakery one day.",
    ),
    ("h", 1, "Section 2: My special educational needs"),
    (
        "bul",
        [
            "Amy is autistic and has a demand-avoidant profile. Ordinary requests can feel like threats to her.",
            "Amy has not attended school since October 2024 and has significant anxiety about school buildings.",
            "Amy has difficulties with handwriting and fine motor skills.",
        ],
    ),
    ("h", 1, "Section 3: My health needs"),
    ("p", "Amy is seen by CAMHS for anxiety."),
    ("h", 1, "Section 5: Outcomes I am working towards"),
    ("p", "By July 2027 Amy will attend her school for five mornings a week."),
    ("h", 1, "Section 6: Special educational provision"),
    (
        "bul",
        [
            "A placement in a small independent specialist school for autistic pupils, in a class of no more than six.",
            "A key adult for the whole school day, trained in low-demand approaches.",
            "Occupational therapy: 12 sessions of 45 minutes a year from the school's OT.",
            "A transition plan over at least six weeks, starting with home visits by her key adult.",
        ],
    ),
    ("h", 1, "Section 9: Placement"),
    (
        "p",
        "Coombe Hollow School, an independent special school approved under section 41 of the Children and Families Act 2014.",
    ),
    ("gap",),
    ("p", "This plan is made under section 37 of the Children and Families Act 2014."),
    ("sig", ["Gareth Tuckett", "SEN Team Leader, for Somerleigh Council"]),
]

POST16_AMENDED = [
    ("org", "West Carrow Council"),
    ("small", "Post-16 SEND Team · Lys Kernow House · Carrowmouth · 01632 960281"),
    ("title", "Education, Health and Care Plan"),
    (
        "p",
        "Plan issued: 2 September 2024    Amended following annual review: 9 March 2026    Status: Final",
    ),
    (
        "kv",
        [
            ("Young person", "Jack Trelease"),
            ("Date of birth", "30/07/2008"),
            ("Setting", "Wyvern Moor College"),
        ],
    ),
    *sections(
        {
            "A": "Jack wants to work outdoors, ideally in forestry or on a farm. He would like to pass his driving test and move out of his mum's house by the time he is 21.",
            "B": [
                "Jack has dyslexia and a slow processing speed; he needs written information in short chunks.",
                "Jack finds it hard to start and plan longer pieces of work without structure.",
            ],
            "E": [
                ["Outcome (Preparing for adulthood: employment)", "By"],
                [
                    "Jack will complete a work placement of one day a week on a local farm",
                    "July 2026",
                ],
                ["Jack will pass his Level 2 functional skills English", "July 2027"],
            ],
            "F": [
                ["Provision", "Frequency", "Provider"],
                [
                    "Specialist dyslexia tuition",
                    "1 hour per week in term time",
                    "College learning support",
                ],
                [
                    "In-class support in theory lessons",
                    "4 hours per week",
                    "Learning support assistant",
                ],
                [
                    "Job coach for work placement (new, added at review)",
                    "Half a day per week for one term, then reviewed",
                    "College supported employment team",
                ],
            ],
            "I": "Wyvern Moor College (further education college), Level 2 Land-based Studies.",
        }
    ),
]

# Drafts ------------------------------------------------------------------------

PORTAL_DRAFT = [
    ("org", "London Borough of Haverleigh"),
    ("small", "SEND Assessment Team · Haverleigh Civic Centre · 01632 960510"),
    ("title", "Education, Health and Care Plan"),
    (
        "kv",
        [
            ("Child", "Sana Begum"),
            ("Date of birth", "14/02/2019"),
            ("Document", "Draft plan (version 1)"),
            ("Date of draft", "3 March 2026"),
        ],
    ),
    (
        "i",
        "This draft is sent to you for comment. You have 15 days from the date you receive it to make representations and to ask for a particular school to be named. Section I will be left blank until the final plan is issued.",
    ),
    *sections(
        {
            "A": "Sana likes bubbles, the swings and singing nursery rhymes in Bengali with her nani. Her parents would like her to learn to talk and to go to a school where she is safe.",
            "B": [
                "Sana has a diagnosis of autism and is largely non-verbal; she uses some gestures and leads adults by the hand.",
                "Sana has no sense of danger and will run towards roads.",
            ],
            "F": [
                ["Provision", "Staffing", "Frequency"],
                ["Intensive interaction sessions", "Key adult", "Daily"],
                [
                    "Picture Exchange Communication System (PECS)",
                    "Class staff, trained by SLT",
                    "Throughout the day",
                ],
                ["Speech and language therapy", "SLT", "To be confirmed"],
            ],
            "I": "[To be named in the final plan]",
        }
    ),
]

PROPOSED_AMENDED = [
    ("org", "Stourmere County Council"),
    ("small", "SEND Service · Endeavour House · Stourmere · 01632 960390"),
    ("title", "Proposed amended Education, Health and Care Plan"),
    (
        "p",
        "Child: Harry Gotts    Date of birth: 11/10/2013    Proposed amendments issued: 24 February 2026",
    ),
    (
        "i",
        "Changes proposed following the annual review on 28 January 2026 are shown in bold and marked [Proposed]. Text we propose to remove is shown struck through in the printed copy and marked [Remove]. Please send any comments within 15 days.",
    ),
    ("h", 1, "Section B: Special educational needs"),
    (
        "p",
        "Harry has moderate learning difficulties. [Proposed] Harry now also has a diagnosis of ADHD (Dr Baxter, January 2026), and finds it very hard to stay seated for more than a few minutes.",
    ),
    ("h", 1, "Section F: Special educational provision"),
    (
        "bul",
        [
            "Small group literacy teaching, 4 x 30 minutes per week.",
            "[Remove] Access to a TA in maths lessons.",
            "[Proposed] 1:1 TA support in maths and English lessons, 8 hours per week.",
            "[Proposed] Movement breaks of 5 minutes every 30 minutes, built into his timetable.",
        ],
    ),
    ("h", 1, "Section I: Placement"),
    ("p", "Brightwell High School (no change proposed)."),
]

DRAFT_TEXT = """Education Health and Care Plan - DRAFT
West Carrow Council
Name: Freya Nance   DOB: 18/05/2020
This draft has been sent to you for consultation. The final plan will be issued after you have had 15 days to comment.

Section A: about Freya
Freya loves the beach, Peppa Pig and bouncing on her trampoline. She likes her key person at nursery, Lowenna.

Section B: Freya's special educational needs
Freya has a significant speech and language delay. She uses around 20 single words.
Freya finds it hard to share toys and to take turns, and will push other children.
Freya is not yet toilet trained.

Section F: Special educational provision
Adult support in small group activities.
Speech and language targets from the Early Years SLT worked on in setting.
Access to a quieter space when needed.

Section I: Placement
To be confirmed following consultation with schools. Parents have asked for Trevenna Primary School.
"""

PHONE_DRAFT = """Stourmere County Council
DRAFT Education, Health and Care Plan
Not to be shared - consultation copy

Young person: Kai Whitbread   DOB 06/01/2010
Draft issued: 15/04/2026

Section B - Special educational needs
Kai has a diagnosis of Tourette's syndrome and associated anxiety. His tics increase under stress and in exams.
Kai has difficulties with written expression and his handwriting is slow.

Section F - Special educational provision
Rest breaks in exams and a separate room.
Use of a laptop for extended writing.
Weekly check-in with the SENCo or a nominated member of staff.

Section I - Placement
Section I will be completed when the plan is finalised.

Page 3 of 11
"""

# Annual reviews ------------------------------------------------------------------

COLLEGE_AR = [
    ("org", "Wyvern Moor College"),
    ("small", "Additional Learning Support · Tregellas Road Campus · 01632 960299"),
    ("title", "Annual Review of EHC Plan - Post-16 Learner Report"),
    (
        "kv",
        [
            ("Learner", "Jack Trelease"),
            ("Course", "Level 2 Land-based Studies"),
            ("Review meeting", "28 January 2026"),
            ("Local authority", "West Carrow Council"),
        ],
    ),
    ("h", 1, "1. Attendance and progress on programme"),
    (
        "p",
        "Attendance 91%. Jack has completed 7 of 12 units and is on track to pass his course. He passed Entry Level 3 English in December.",
    ),
    ("h", 1, "2. Preparing for adulthood"),
    (
        "table",
        [
            ["PfA area", "Progress", "Next steps"],
            [
                "Employment",
                "Work experience at Higher Trethick Farm started",
                "Job coach support to keep placement",
            ],
            ["Independent living", "Cooks two meals a week at home", "Budgeting sessions"],
            ["Community", "Joined Young Farmers", "None"],
        ],
        {},
    ),
    ("h", 1, "3. Views of the young person"),
    (
        "p",
        'Jack said: "I like being outside, I don\'t like the written bits. The farm is the best day."',
    ),
    ("h", 1, "4. Recommendations to the local authority"),
    (
        "bul",
        [
            "Maintain the EHC plan with amendments.",
            "Add job coach support to Section F.",
            "Update Section E outcomes, as the travel outcome has been achieved.",
        ],
    ),
    ("sig", ["Completed by: Sian Pascoe, ALS Coordinator", "Date: 30 January 2026"]),
]

INDEPENDENT_AR = [
    ("org", "Coombe Hollow School"),
    (
        "small",
        "Independent specialist day school for autistic young people aged 8-19 · Coombe Lane · Somerleigh · 01632 960188",
    ),
    ("title", "Annual Review Report"),
    (
        "kv",
        [
            ("Pupil", "Amy Coles"),
            ("Year group", "Year 8"),
            ("Date of review meeting", "12 March 2027"),
            (
                "Present",
                "Mrs Coles (mum), Amy (for part), Ms Rowe (key adult), Mr Ince (head of school), Gareth Tuckett (Somerleigh Council)",
            ),
        ],
    ),
    ("h", 1, "Progress towards the outcomes in the EHC plan"),
    (
        "table",
        [
            ["Outcome", "Progress", "Met / partly met / not met"],
            [
                "Attend school for five mornings a week",
                "Amy now attends four mornings and one full day",
                "Partly met",
            ],
            [
                "Join a small group activity",
                "Amy takes part in Friday cookery with two others",
                "Met",
            ],
        ],
        {},
    ),
    ("h", 1, "Therapy reports"),
    (
        "p",
        "Amy's OT reports that her handwriting speed has improved from 6 to 11 words per minute. OT will continue for the next year at the same level.",
    ),
    ("h", 1, "Amy's views"),
    ("p", 'Amy wrote: "I like cookery and Pip can come on Fridays. I don\'t like the bus."'),
    ("h", 1, "Recommendations"),
    (
        "p",
        "The review recommends that the plan is maintained, with outcomes updated and home-to-school transport changed to a taxi with a consistent driver.",
    ),
    ("sig", ["Signed: J. Ince, Head of School"]),
]

PRIMARY_AR = """Annual Review Meeting - record
Polwithen Community Primary School

Pupil: Ellis Penrose, Year 5
Date of meeting: 19 January 2027
Those present: Mrs Penrose, Mr Penrose, Miss Hocking (class teacher), Mrs Rundle (SENCo), Kerenza Moyle (SLT)
Apologies: EP service

Attendance since last review: 96.2%

What is working well:
- Ellis is using his word mat and asks for help more often.
- His reading age has gone up 14 months in the year.

What is not working well / concerns:
- He still cannot follow long instructions in maths.
- Mum is worried about the move to secondary.

Progress against outcomes: outcome 1 met; outcome 2 partly met.

Ellis's views: "Reading is a bit better. I like the quiet room."

Recommendations to the LA: maintain the plan; amend Section F to add a transition programme for the move to secondary; update outcomes.

Signed: J. Rundle (SENCo) on behalf of the Headteacher
"""

Y9_REVIEW = [
    ("org", "Northfold Park Academy"),
    ("title", "Year 9 Annual Review - Preparing for Adulthood (Transition) Review"),
    (
        "kv",
        [
            ("Student", "Tobi Adeyemi"),
            ("Date", "19 November 2026"),
            ("Plan held by", "London Borough of Northfold"),
        ],
    ),
    ("b", "Summary of the last 12 months"),
    (
        "p",
        "Tobi has had one suspension this year (down from two). He attends the social communication group and says the key worker check-ins help 'sometimes'.",
    ),
    ("b", "Careers and aspirations"),
    (
        "p",
        "Tobi met the careers adviser on 4 October. He wants to do catering at college after Year 11.",
    ),
    ("b", "Proposed changes to the EHC plan"),
    (
        "bul",
        [
            "Add an outcome about preparing for college.",
            "Add taster days at Northfold College in Year 10.",
            "Reading intervention to continue.",
        ],
    ),
    ("b", "Recommendation"),
    (
        "p",
        "Plan to be maintained and amended as above. Review paperwork sent to the local authority within two weeks of the meeting.",
    ),
]

DOCUMENTS: list[dict] = [
    dict(
        name="EHCP_Final_TCC_204518.pdf",
        kind="ehcp_final",
        blocks=TAMAR_FINAL,
        sans=True,
        accent="1B5E20",
        footer="Tamarford County Council - EHC Plan - Ellis Penrose - Final",
    ),
    dict(name="Plan_Export_2026-02-11.txt", kind="ehcp_final", text=HUB_EXPORT),
    dict(
        name="SCAN_20251219_0001.pdf",
        kind="ehcp_final",
        text=FENWOLD_SCAN,
        ocr=True,
        running="Fenwold County Council EHC Plan",
    ),
    dict(name="Amy EHCP 2026.docx", kind="ehcp_final", blocks=NUMBERED_FINAL, accent="4A148C"),
    dict(name="Jack EHCP v3.pdf", kind="ehcp_final", blocks=POST16_AMENDED, accent="004D40"),
    dict(
        name="Document_Download (3).pdf",
        kind="ehcp_draft",
        blocks=PORTAL_DRAFT,
        sans=True,
        accent="B71C1C",
        header="London Borough of Haverleigh | DRAFT - NOT FINAL",
    ),
    dict(name="Harry proposed changes.docx", kind="ehcp_draft", blocks=PROPOSED_AMENDED),
    dict(name="ehcp.txt", kind="ehcp_draft", text=DRAFT_TEXT),
    dict(name="CamScanner 15-04-2026 19.02.pdf", kind="ehcp_draft", text=PHONE_DRAFT, ocr=0.1),
    dict(name="AR Jack Jan 26.pdf", kind="annual_review", blocks=COLLEGE_AR, accent="37474F"),
    dict(name="Amy review.docx", kind="annual_review", blocks=INDEPENDENT_AR),
    dict(name="Ellis AR minutes.txt", kind="annual_review", text=PRIMARY_AR, crlf=True),
    dict(
        name="Tobi Y9 review.pdf",
        kind="annual_review",
        blocks=Y9_REVIEW,
        sans=True,
        accent="263238",
    ),
]
