# ruff: noqa: E501
"""School papers, annual review paperwork, the family's own views, and the odd papers a
folder also holds, for the second kind set. All invented."""

from __future__ import annotations

# --- school -----------------------------------------------------------------

PROVISION_MAP = [
    ("org", "Hartside Primary School"),
    ("title", "Individual Provision Map - Spring Term 2026"),
    (
        "kv",
        [
            ("Pupil", "Oliver Pryce"),
            ("Year", "3"),
            ("SEN category", "SEMH / Cognition and learning"),
            ("Stage", "SEN Support (EHC plan requested)"),
            ("Class teacher", "Miss E. Harlow"),
            ("SENCo", "Mr D. Quayle"),
        ],
    ),
    ("gap",),
    (
        "grid",
        [
            [
                "Intervention",
                "Staff",
                "Group size",
                "Frequency / duration",
                "Entry data",
                "Exit data / impact",
            ],
            [
                "Fresh Start phonics",
                "TA (Mrs Kemp)",
                "1:3",
                "5 x 20 min weekly",
                "Phase 3: 14/44 sounds",
                "Phase 3: 26/44 sounds",
            ],
            [
                "Zones of Regulation",
                "ELSA (Ms Fox)",
                "1:1",
                "1 x 30 min weekly",
                "Boxall: 4 strands below",
                "Uses zones vocabulary with prompt",
            ],
            [
                "Movement breaks",
                "Class staff",
                "1:1",
                "Every 20 minutes",
                "Leaves seat 12 times per lesson",
                "Leaves seat 5 times per lesson",
            ],
            [
                "Lunchtime club",
                "Midday supervisor",
                "1:6",
                "Daily",
                "3 incidents/week",
                "1 incident/week",
            ],
            [
                "1:1 support in mornings",
                "TA (Mr Aziz)",
                "1:1",
                "15 hours weekly",
                "-",
                "On task 6 minutes with prompts",
            ],
        ],
        [0.2, 0.14, 0.1, 0.18, 0.19, 0.19],
    ),
    (
        "p",
        "Total cost of additional provision this term: £4,380 (above the £6,000 notional threshold when annualised). Next review: 27 March 2026 with parents.",
    ),
]

SENCO_ADVICE = [
    ("org", "Castlemoor Academy"),
    (
        "small",
        "Part of the Moorland Learning Trust  ·  Tor Road, Castlemoor CM2 4TR  ·  01632 960655",
    ),
    ("title", "Appendix D: Advice and information from the education setting"),
    (
        "kv",
        [
            ("Pupil", "Noah Brennan"),
            ("Date of birth", "09/07/2012"),
            ("Year group", "8"),
            ("Completed by", "Patrick Doyle, SENCo"),
            ("Date", "2 October 2025"),
        ],
    ),
    ("h", 2, "Attainment and progress"),
    (
        "grid",
        [
            ["Subject", "Current working at", "Target"],
            ["English", "Year 5 expected", "Year 8 expected"],
            ["Maths", "Year 7 expected", "Year 8 expected"],
            ["Science", "Year 6 expected", "Year 8 expected"],
        ],
        [0.34, 0.33, 0.33],
    ),
    ("h", 2, "Attendance and behaviour"),
    (
        "p",
        "Attendance 88%. Eleven behaviour incidents this year, mostly at lunchtime; two fixed-term suspensions (1 day each).",
    ),
    ("h", 2, "Noah's needs as the school sees them"),
    (
        "p",
        "Noah is a bright boy with a good memory for facts. He needs help to understand social situations and to manage unstructured time. He rarely starts writing without an adult beside him, and his reading comprehension is well below his decoding.",
    ),
    ("h", 2, "Support the school has provided (graduated response)"),
    (
        "bul",
        [
            "Daily check-in with the inclusion team.",
            "Social skills group (weekly, since January 2025).",
            "Access to the learning support base at break and lunch.",
            "Reading intervention (Lexia) 3 x 20 minutes weekly.",
            "Referral to the educational psychologist (traded service).",
        ],
    ),
    ("h", 2, "What more is needed"),
    (
        "p",
        "In the school's view Noah needs more adult support in lessons than we can fund from our SEN budget, and a trained adult to support him at unstructured times.",
    ),
]

HOY_LETTER = """Ashby Grange School
Ashby St Clere WY2 9AG   Tel 01632 960670

14 October 2025

To the SEND Statutory Services team, Wyvernshire County Council

Maisie Coulter (DOB 22/11/2010), Year 10

I am Maisie's Head of Year and have known her since she joined us in Year 7. I am writing to give the school's view of her needs for her EHC needs assessment.

Maisie was a confident student in Years 7 and 8. Since the start of Year 9 her attendance has fallen from 96% to 61%, mainly because of anxiety. On the days she comes in she often arrives late and spends time in the Student Support Centre. She finds busy corridors and being asked to read aloud very hard.

Maisie has a diagnosis of dyslexia. Her reading age is 10 years 4 months (tested September 2025) and her processing speed is very slow. With a reader and extra time in her mocks she achieved grade 4s in English and science.

Support in place: reduced timetable since June 2025, weekly mentoring with our learning mentor, a reading pen, an exit card, and lessons set on the online platform for days she is absent.

In our view Maisie will need this support to continue into Year 11, with specialist help for her anxiety and assistive technology in all subjects, if she is to sit her GCSEs.

Mr R. Castellan
Head of Year 10
"""

SUPPORT_PLAN = [
    ("org", "Castlemoor Academy - Learning Support"),
    ("title", "SEN Support Plan: Assess, Plan, Do, Review"),
    (
        "kv",
        [
            ("Name", "Maya Ellison"),
            ("Year", "8"),
            ("Plan period", "January - April 2026"),
            ("Key worker", "Mrs T. Osei"),
        ],
    ),
    ("b", "Assess - what we know"),
    (
        "p",
        "Maya has an EHC plan for speech, language and communication needs. She was diagnosed with dyspraxia in December 2025. Handwriting speed is very slow (9 wpm) and she reports hand pain. She often forgets equipment and arrives late to lessons.",
    ),
    ("b", "Plan - targets for this term"),
    (
        "table",
        [
            ["Target", "Strategy", "Who", "Review"],
            [
                "Maya will write for 15 minutes without pain",
                "Writing slope, adapted pen, rest breaks",
                "Subject teachers",
                "April 2026",
            ],
            [
                "Maya will bring the right equipment to 4 of 5 lessons",
                "Equipment checklist in planner; locker",
                "Form tutor",
                "April 2026",
            ],
            ["Maya will type at 15 wpm", "Touch-typing programme 3 x weekly", "TA", "April 2026"],
        ],
        {"widths": [0.3, 0.3, 0.2, 0.2]},
    ),
    ("b", "Do - what has happened"),
    (
        "p",
        "Touch-typing started 19 January. A laptop has been requested from the local authority; not yet provided.",
    ),
    ("b", "Review"),
    ("p", "To be completed at parents' evening on 23 April 2026."),
]

# --- annual reviews ----------------------------------------------------------

AR_REPORT = [
    ("org", "Ridgeway School"),
    ("title", "Annual Review Report"),
    (
        "kv",
        [
            ("Student", "Harry Quinn"),
            ("DOB", "02/02/2010"),
            ("Year", "10"),
            ("Date of meeting", "14 October 2025"),
            ("Plan date", "9 January 2025"),
            ("Chaired by", "Mrs A. Pemberton, SENCo"),
        ],
    ),
    (
        "p",
        "Present: Mrs S. Quinn (parent), Harry (for part of the meeting), Mrs A. Pemberton (SENCo), Mr L. Grey (Head of Year 10), Ms F. Latif (speech and language therapist). Apologies: Harrowdene SEND team.",
    ),
    ("h", 2, "Review of the plan, section by section"),
    (
        "table",
        [
            ["Section", "What the plan says now", "Is it still accurate?", "Proposed change"],
            [
                "B",
                '"Harry has a language disorder affecting his understanding of complex instructions and subject vocabulary."',
                "Partly",
                "Add: word-finding difficulties and the impact on exams, as in the SLT report of September 2025.",
            ],
            [
                "E",
                '"Harry will use subject vocabulary accurately in written answers."',
                "Yes",
                "Add an outcome about independent study for GCSEs.",
            ],
            [
                "F",
                '"Speech and language therapy programme delivered by school staff, as advised by the SLT."',
                "No",
                "Specify direct SLT, 6 sessions per term, and a weekly programme delivered by a trained TA.",
            ],
            [
                "I",
                '"Ridgeway School (mainstream academy)"',
                "Yes",
                "Add Ridgeway Sixth Form from September 2026.",
            ],
        ],
        {"widths": [0.1, 0.35, 0.15, 0.4], "size": 9},
    ),
    ("h", 2, "Harry's views"),
    (
        "p",
        "Harry said that the therapy sessions help, that he wants to stay at Ridgeway for sixth form and study IT, and that he finds it hard when teachers talk fast.",
    ),
    ("h", 2, "Parent's views"),
    (
        "p",
        "Mrs Quinn agrees with the changes and wants the therapy to be written clearly in Section F.",
    ),
    ("h", 2, "Recommendation to the local authority"),
    ("p", "The school recommends that the plan is amended as set out above."),
]

AR_MINUTES_OCR = [
    ("p", "Oakvale School"),
    ("p", "EHCP ANNUAL REVIEW - MINUTES"),
    (
        "p",
        "Student: Zofia Kowalczyk    Year 9    Date: 12 June 2025    Venue: Oakvale School, meeting room 2",
    ),
    (
        "p",
        "Attendees: Mr P. Kowalczyk (father), Zofia (first 15 minutes), Ms H. Drew (SENCo, chair), Mr S. Okonjo (CAMHS), Mrs L. Hart (form tutor)",
    ),
    (
        "p",
        "1. Introductions and purpose of the review. Ms Drew explained the meeting would consider progress towards the outcomes in Section E and whether Sections B and F are still accurate.",
    ),
    (
        "p",
        "2. Zofia's views: she likes art and English, finds maths lessons stressful and wants to sit near the door.",
    ),
    (
        "p",
        "3. Progress: attendance 74% (up from 58%). Zofia is on a reduced timetable, increasing by one lesson every two weeks. Outcome E2 (attend all English lessons) achieved.",
    ),
    (
        "p",
        "4. Section B still refers to dyslexia only; Mr Okonjo asked that it record Zofia's anxiety and low mood. Agreed.",
    ),
    (
        "p",
        "5. Section F: add weekly counselling with the school counsellor; a pass to leave lessons; a named adult. Agreed by all.",
    ),
    (
        "p",
        "6. Recommendation: amend the plan. Ms Drew will send the paperwork to Lowbridge Council within 2 weeks.",
    ),
    ("p", "Minutes taken by: L. Hart"),
]

AR_FORM = [
    ("org", "Penhallow Council"),
    (
        "title",
        "Review of Education, Health and Care Plan - Form AR2 (Year 9 onwards: Preparing for Adulthood)",
    ),
    (
        "kv",
        [
            ("Young person", "Courtney Blake"),
            ("DOB", "14/06/2006"),
            ("Setting", "Carnbrea College, Level 2 Business"),
            ("Review meeting", "10 June 2026"),
        ],
    ),
    ("h", 2, "Part 1: Progress towards outcomes"),
    (
        "table",
        [
            ["Outcome in Section E", "Progress", "Evidence"],
            [
                "Courtney will complete a Level 2 qualification by July 2026.",
                "Achieved",
                "Predicted merit; all units submitted.",
            ],
            [
                "Courtney will travel independently to college using accessible transport.",
                "Achieved",
                "Travels by accessible bus daily since January.",
            ],
        ],
        {"widths": [0.4, 0.2, 0.4]},
    ),
    ("h", 2, "Part 2: Preparing for adulthood"),
    (
        "p",
        "Employment: Courtney has been offered an apprenticeship in business administration with Penhallow Building Society from September 2026.\nIndependent living: she wants to move into adapted supported housing within two years; referral to adult social care made.\nHealth: transition to adult neuro-physiotherapy agreed.\nCommunity inclusion: attends wheelchair basketball weekly.",
    ),
    ("h", 2, "Part 3: Recommendation"),
    (
        "p",
        "Courtney will leave education at the end of this academic year. The college recommends that the local authority considers whether the plan should continue. Courtney agrees.",
    ),
    (
        "sig",
        [
            "Completed by: Jory Pascoe, Additional Learning Support Manager, Carnbrea College",
            "Date sent to the local authority: 17 June 2026",
        ],
    ),
]

AR_EMAIL = """Dear Mrs Hartley,

Ellie-Mae's annual review - summary

Thank you for coming in on Monday. As promised, here is the summary of the review meeting, which I will also send to Ashcombe SEND team with the reports.

Present: Jodie Hartley (mum), Craig Hartley (dad), Kirsty Vance (class teacher), Owen Price (physiotherapist), Sally Bright (speech and language therapist), me (chair).

Progress on outcomes
E1 - request a preferred item with her communication aid: partly achieved. Ellie-Mae now presses the "more" button for music and bubbles.
E2 - use the toilet with one adult: not yet achieved; timed toileting started in January.

Changes the review recommends
Section B: add that Ellie-Mae now walks with one hand held, and that she has started to show distress by biting her hand.
Section F: add a daily standing frame programme (physio advice August 2025), and specify 1 x 30 minutes direct SLT per week instead of "as advised".
Section I: no change, Brookholme School.

Everyone agreed the plan should be amended. Ashcombe should let you know their decision within four weeks of the meeting.

Best wishes,
Martin Holt
Deputy Head and SENCo, Brookholme School
Tel 01632 960688
"""

# --- parents' and children's views ---------------------------------------------

PARENT_FORM = [
    ("org", "Wyvernshire County Council"),
    ("title", "My views as a parent or carer"),
    (
        "p",
        "Please tell us about your child. This will help us write Section A of the plan if one is issued.",
    ),
    ("field", "Your child's name", "Maisie Coulter"),
    (
        "field",
        "What is your child good at? What do they enjoy?",
        "Maisie is very caring. She is brilliant with her little cousins and wants to work in a nursery. She loves drama club and used to be in every school play.",
    ),
    (
        "field",
        "What worries you about your child's education?",
        "Since Year 9 Maisie has stopped going in most days. She has panic attacks in the morning and is sick. When she does go she comes home exhausted and goes straight to bed. I worry she will leave school with nothing.",
    ),
    (
        "field",
        "What help do you think your child needs?",
        "Someone in school she trusts, a quiet place to go, and proper help with her dyslexia - she still can't read the exam papers on her own. She needs the school to work with CAMHS.",
    ),
    (
        "field",
        "What are your hopes for the future?",
        "That Maisie gets her GCSEs and goes to college to do childcare.",
    ),
    ("field", "Signed", "Graham Coulter (father), 2 October 2025"),
]

PARENT_STATEMENT = """STATEMENT OF MRS SARAH QUINN

I am Harry Quinn's mother. I make this statement to explain to the panel what Harry is like at home and why we are asking for the changes to his plan.

1. Harry is 16. He is a gentle, funny boy who loves computers and builds websites for his uncle's business.

2. Harry has always found language hard. At home he often doesn't understand what I have asked him to do if I say more than one thing at once. He gets frustrated when he can't find the word he wants and will give up talking.

3. Harry comes home from school and spends two or three hours on homework that should take an hour because he doesn't understand the words in the questions. We have had tears most nights this term.

4. When Harry had therapy sessions with Ms Latif in Year 9 he came home happier and could explain what he'd done. When the sessions stopped and it was just a programme run by a TA, the TA was often taken to cover other classes, and I was told some weeks it didn't happen at all.

5. I am asking for the therapy to be written clearly in his plan, with the number of sessions, so that he actually gets it.

I believe the facts in this statement are true.

Sarah Quinn
12 January 2026
"""

ONE_PAGE_PROFILE = [
    ("title", "All about me"),
    ("p", "My name is Freya and I am 10."),
    ("h", 2, "What people like about me"),
    (
        "bul",
        [
            "I am kind to my friends.",
            "I am good at gymnastics and I can do a round-off.",
            "I make people laugh.",
        ],
    ),
    ("h", 2, "What is important to me"),
    ("bul", ["My cat Biscuit.", "Knowing what is happening each day.", "Sitting next to Lily."]),
    ("h", 2, "How to help me"),
    (
        "bul",
        [
            "Tell me the steps one at a time and write them down.",
            "Don't make me read out loud in front of everyone.",
            "If I look worried, ask me quietly if I am OK.",
            "Let me go to the calm corner when the hall is noisy.",
        ],
    ),
    ("small", "Written with Mrs Dale (TA), September 2025"),
]

YP_VIEWS = """my views for my review - Kacper Nowak Year 6

what i like: cycling, fixing my bike, minecraft, my dog Bruno

what is hard at school: reading long things, maths with fractions, when its loud at lunch, writing neat

what helps me: Mrs Penrose helping me in maths, having a break outside, when the teacher shows me instead of just telling

what i am worried about: going to big school and getting lost, people laughing at how i talk

what i want: to go to Penhallow Community College with my cousin Filip. to be a mechanic when im older
"""

# --- other ------------------------------------------------------------------

BUNDLE_INDEX = [
    (
        "p",
        "IN THE FIRST-TIER TRIBUNAL (HEALTH, EDUCATION AND SOCIAL CARE CHAMBER)\nSPECIAL EDUCATIONAL NEEDS AND DISABILITY",
    ),
    ("p", "Appeal number: EH-2026-01873     Mr and Mrs Mehta v Thornmere City Council"),
    ("title", "HEARING BUNDLE - INDEX"),
    (
        "table",
        [
            ["Section", "Document", "Date", "Pages"],
            ["A", "Appeal form (SEND35) and reasons for appeal", "20/03/2026", "A1 - A14"],
            ["A", "Decision letter and final EHC plan", "27/02/2026", "A15 - A38"],
            ["B", "Local authority's response", "05/05/2026", "B1 - B12"],
            ["C", "Working Document", "16/06/2026", "C1 - C29"],
            ["D", "Appellants' evidence: report of Dr H. Marchbank", "30/03/2026", "D1 - D24"],
            [
                "D",
                "Appellants' evidence: letter from Whitcombe Lane LLP",
                "10/03/2026",
                "D25 - D27",
            ],
            ["E", "Local authority's evidence: Fernhill School statement", "28/05/2026", "E1 - E6"],
            ["F", "Advice and information (Section K)", "various", "F1 - F62"],
            ["G", "Directions and orders", "22/04/2026", "G1 - G3"],
        ],
        {"widths": [0.12, 0.52, 0.16, 0.2], "size": 9},
    ),
    ("small", "Prepared by the Respondent's legal services, 23 June 2026. Total pages: 223."),
]

NEWSLETTER = [
    ("org", "Elmbrook Primary School"),
    ("title", "Newsletter - Spring Term, Week 6"),
    ("h", 2, "From the headteacher"),
    (
        "p",
        "What a busy few weeks! Year 5 have been learning about the Victorians and had a fantastic trip to the Thornmere Industrial Museum. Thank you to all the parents who helped.",
    ),
    ("h", 2, "SEND coffee morning"),
    (
        "p",
        "Our SENCo, Mrs Dale, is holding a coffee morning for parents of children with special educational needs on Friday 20 February at 9am in the library. Come along to meet other parents and to find out about the Harrowdene Local Offer.",
    ),
    ("h", 2, "Dates for your diary"),
    (
        "bul",
        [
            "23 February: half term begins",
            "4 March: World Book Day - come dressed as a character",
            "12 March: parents' evening",
            "27 March: Easter bonnet parade",
        ],
    ),
    ("h", 2, "Attendance"),
    ("p", "Congratulations to Kestrel class, with 98.9% attendance this fortnight."),
]

LOCAL_OFFER = """Harrowdene Local Offer
Information for families - Short breaks

What are short breaks?
Short breaks give disabled children and young people the chance to spend time away from their parents, enjoying activities, and give parents and carers a break from caring.

Who can use them?
Universal short breaks (holiday clubs, youth clubs) are open to any disabled child living in Harrowdene. Targeted short breaks need a short breaks assessment. Specialist short breaks are arranged through a social care assessment.

How do I apply?
Call the Short Breaks Team on 01632 960195 or e-mail shortbreaks@harrowdene.example.org. You will be asked about your child's needs and the kind of activities they enjoy.

Other support
Harrowdene SENDIASS: free, impartial advice about special educational needs, 01632 960184.
Harrowdene Parent Carer Forum: meets monthly; see the Local Offer website for dates.

This leaflet is available in large print and other languages on request.
"""

DOCUMENTS: list[dict] = [
    dict(name="provision map spring.docx", kind="school_report", blocks=PROVISION_MAP, sans=True),
    dict(name="scan0002.pdf", kind="school_report", blocks=SENCO_ADVICE),
    dict(name="IMG_1944.txt", kind="school_report", text=HOY_LETTER, ocr=True),
    dict(name="Document (21).docx", kind="school_report", blocks=SUPPORT_PLAN, sans=True),
    dict(name="AR Oct 2025.docx", kind="annual_review", blocks=AR_REPORT),
    dict(name="scan0014.txt", kind="annual_review", blocks=AR_MINUTES_OCR, ocr=True),
    dict(
        name="Courtney review June.pdf",
        kind="annual_review",
        blocks=AR_FORM,
        sans=True,
        accent="00695C",
    ),
    dict(
        name="Ellie-Mae review.eml",
        kind="annual_review",
        text=AR_EMAIL,
        headers={
            "From": "Martin Holt <m.holt@example.org>",
            "To": "Jodie Hartley <jodie.hartley@example.org>",
            "Subject": "Review on Monday",
            "Date": "Wed, 11 Feb 2026 16:22:09 +0000",
        },
        html=True,
    ),
    dict(name="my views.docx", kind="parent_views", blocks=PARENT_FORM, sans=True),
    dict(name="statement Sarah.txt", kind="parent_views", text=PARENT_STATEMENT, crlf=True),
    dict(
        name="IMG_2077.pdf", kind="child_views", blocks=ONE_PAGE_PROFILE, sans=True, accent="C2185B"
    ),
    dict(name="kacper views.txt", kind="child_views", text=YP_VIEWS),
    dict(name="bundle index.pdf", kind="other", blocks=BUNDLE_INDEX),
    dict(name="newsletter wk6.pdf", kind="other", blocks=NEWSLETTER, sans=True, accent="EF6C00"),
    dict(name="download (22).txt", kind="other", text=LOCAL_OFFER),
]
