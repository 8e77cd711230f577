# ruff: noqa: E501
"""Educational, independent and review reports of set Y: an island EP's advice, an EP's
consultation record forwarded by a SENCo, an EP's advice behind a scanner header, a trainee
EP's report; a medical needs teaching service, an alternative provision, a SENCo's advice in
an e-mail body, a head teacher's advice scanned; independent experts (speech and language,
neuropsychology, OT in a forward, an EP scanned); and review paperwork. All invented."""

from __future__ import annotations

from document_kinds_y.common import CARROW, CARROW_SMALL, RIDGE, forwarded, headers

EP_ADVICE = [
    ("org", CARROW),
    (
        "small",
        "Carrow Educational Psychology Service | The Custom House, Quay Street, Saltinghaven CW1 2QT | 01632 960718",
    ),
    ("title", "Psychological advice for an education, health and care needs assessment"),
    (
        "kv",
        [
            ("Child", "Noah Penhallow (DOB 14/09/2016)"),
            ("School", "Westerby Primary School, Year 4"),
            ("Date of assessment", "21 and 28 October 2025"),
            ("Psychologist", "Dr Ianto Rowe, HCPC registered practitioner psychologist"),
        ],
    ),
    ("h", 2, "1. Sources of information"),
    (
        "p",
        "Observation in class and at lunchtime; consultation with Mrs Jenkin (class teacher) and Mr and Mrs Penhallow; individual work with Noah over two sessions; review of the speech and language therapy report.",
    ),
    ("h", 2, "2. Assessment results"),
    (
        "grid",
        [
            ["Measure", "Standard score", "Percentile", "Description"],
            ["BAS3 Verbal similarities", "82", "12", "Below average"],
            ["BAS3 Pattern construction", "104", "61", "Average"],
            ["Single word reading (WRAT5)", "74", "4", "Well below average"],
            ["Phonological processing (CTOPP-2 composite)", "76", "5", "Poor"],
        ],
        (70, 30, 25, 45),
    ),
    ("h", 2, "3. Noah's special educational needs"),
    (
        "p",
        "Noah's non-verbal reasoning is within the average range, which contrasts with his literacy. He has significant difficulties with phonological processing. His social communication differences, consistent with his autism diagnosis, mean he misses much of what is said to the whole class.",
    ),
    ("h", 2, "4. Recommended outcomes and provision"),
    (
        "bul",
        [
            "Daily, individual, structured synthetic phonics teaching of at least 20 minutes, delivered by a trained adult.",
            "Instructions to be given to Noah individually, after the class instruction, with a visual checklist.",
            "A predictable low-arousal space for Noah to use at lunchtime.",
            "Review by the educational psychologist at the point of transfer to secondary school.",
        ],
    ),
    ("sig", ["Dr Ianto Rowe", "Educational Psychologist", "3 November 2025"]),
]

EP_CONSULT = """Consultation record - Carrow Educational Psychology Service

Pupil: Piran Trewin   Year 5   Westerby Primary
Present: Miss Hendra (SENCo), Mrs Trewin, Dr Bethany Nance (Educational Psychologist)
Date: 12 March 2026

What is working well?
Piran enjoys practical maths and is kind to younger children at playtime.

What are the concerns?
Piran leaves the classroom several times a day, most often in writing lessons. He has had two fixed-term suspensions for throwing equipment. He is on a mornings-only timetable.

Psychological formulation
Piran's behaviour appears to be driven by anxiety about tasks he expects to fail at, particularly writing. His working memory score (WISC-V WMI 78) suggests he cannot hold a sentence in mind while spelling it.

Agreed actions
1. Writing tasks to be scaffolded with a word bank and sentence starters; use of voice-typing trialled.
2. A key adult to meet Piran at the gate and pre-teach the day's writing task.
3. Timetable to be extended by one afternoon every two weeks.
4. EP to review in six weeks.

Dr Bethany Nance, Educational Psychologist (HCPC PYL38xxx)"""

EP_SCAN = """Scanned by Brenthaven Civic Centre MFD 3rd floor   20/01/2026 10:41   Page 1

Brenthaven Borough Council - Educational Psychology Service
PSYCHOLOGICAL ADVICE (Regulation 6(1)(b) SEND Regulations 2014)

Name: Rory Delaney     DOB: 11/02/2014     School: St Cedd's Catholic Primary (Year 6)
Educational Psychologist: Catriona Blakemore

Background
Rory was referred for an EHC needs assessment by his school in December 2025. He has a diagnosis of developmental language disorder and is waiting for speech and language therapy.

Assessment
Rory was seen in school on 13 January 2026. On the CELF-5 receptive tasks he scored below the 2nd percentile. On the BPVS-3 his receptive vocabulary age was 7 years 4 months (chronological age 11 years 11 months).

Needs
Rory has severe difficulties understanding spoken language, which affect his access to the curriculum, his friendships and his behaviour in unstructured times.

Recommendations
- Targeted language intervention every day in a small group.
- All adults to use simplified language, key words and visual support.
- Planned transition to secondary school with extra visits in the summer term.

C. Blakemore, Educational Psychologist, 19 January 2026
"""

TRAINEE_EP = [
    ("org", RIDGE),
    ("small", "Ridgeway Vale Educational Psychology Team | Limekiln House, Marlbridge MV3 9PL"),
    ("b", "Educational psychology report"),
    (
        "small",
        "Written by: Liam Ashdown, Trainee Educational Psychologist (Year 2), supervised by Dr Farah Qureshi, Senior EP",
    ),
    (
        "kv",
        [
            ("Child", "Tobi Adeyemi-Lloyd"),
            ("Setting", "Marlbridge Infant School, Reception"),
            ("Date", "5 February 2026"),
        ],
    ),
    ("h", 2, "Reason for involvement"),
    ("p", "Request for psychological advice for Tobi's EHC needs assessment."),
    ("h", 2, "What I did"),
    (
        "p",
        "I observed Tobi in class and outdoors, played with him using the Schedule of Growing Skills materials, and talked with his parents and his key person.",
    ),
    ("h", 2, "What I found"),
    (
        "p",
        "Tobi's skills are around the 24 to 30 month level in most areas. He uses about 30 single words and 15 signs. He plays alongside others and enjoys cause-and-effect toys. He needs an adult to keep him safe near the road gate.",
    ),
    ("h", 2, "What I recommend"),
    (
        "bul",
        [
            "A small, highly structured setting with a high adult ratio.",
            "A total communication approach (Makaton, objects of reference, photographs).",
            "A toileting plan agreed with the school nurse.",
        ],
    ),
    (
        "sig",
        [
            "Liam Ashdown, Trainee Educational Psychologist",
            "Countersigned: Dr Farah Qureshi, Senior Educational Psychologist",
        ],
    ),
]

MEDICAL_NEEDS = [
    ("org", "Ridgeway Vale Medical Needs Teaching Service"),
    (
        "small",
        "Education for children unable to attend school because of health needs | The Old Dairy, Marlbridge MV3 2HJ | 01632 960785",
    ),
    ("title", "Progress report - Ellis Hartigan (Year 8)"),
    (
        "kv",
        [
            ("Referred by", "CAMHS, November 2025"),
            (
                "Provision",
                "Home tuition, 3 x 2 hours a week; small group at The Old Dairy from February 2026",
            ),
            ("Home school", "Coldstone Church of England Academy"),
        ],
    ),
    ("h", 2, "Attendance"),
    (
        "p",
        "Ellis has attended 88% of sessions offered. He attends the small group on Tuesdays and Thursdays and has started staying for lunch.",
    ),
    ("h", 2, "Learning"),
    (
        "p",
        "English: Ellis reads widely and his comprehension is at age-related expectations. Extended writing remains difficult; he produces three or four sentences independently before stopping. Maths: working at Year 7 expectations; gaps in fractions.",
    ),
    ("h", 2, "Recommendations for his return to school"),
    (
        "bul",
        [
            "A phased return starting with one morning a week, in lessons he chooses.",
            "A named key adult and a quiet place to go.",
            "Use of a laptop for extended writing.",
        ],
    ),
    ("sig", ["Hannah Greatorex", "Teacher, Medical Needs Teaching Service", "11 March 2026"]),
]

AP_REPORT = [
    ("org", "The Harbour Centre"),
    (
        "small",
        "Isle of Carrow Alternative Provision | Pier Road, Saltinghaven CW1 5LL | 01632 960730",
    ),
    ("title", "Placement report"),
    (
        "p",
        "Pupil: Piran Trewin. Dual registered with Westerby Primary School. Placement: Wednesday and Friday mornings since 14 January 2026.",
    ),
    ("b", "Engagement"),
    (
        "p",
        "Piran arrives calm on the minibus and settles with the outdoor learning group. He has managed every session without leaving the site. He is proud of the bird box he made.",
    ),
    ("b", "Learning"),
    (
        "p",
        "In literacy he will write a sentence with a word bank and an adult scribing alternate words. He avoids any task that looks like a worksheet.",
    ),
    ("b", "Behaviour and wellbeing"),
    (
        "p",
        "No physical incidents. Two occasions of refusing to come in from outside; both resolved with a countdown and choice.",
    ),
    ("b", "Next steps"),
    (
        "p",
        "We recommend the outdoor, practical approach is continued in his home school, with tasks broken into short steps.",
    ),
    ("sig", ["Dan Pascoe, Teacher in charge", "27 February 2026"]),
]

SCHOOL_ADVICE_BODY = """EDUCATIONAL ADVICE FOR EHC NEEDS ASSESSMENT
St Cedd's Catholic Primary School

Pupil: Rory Delaney   Year 6
Completed by: Mrs Orla Dempsey, SENCo

1. Attainment
Reading: working towards the expected standard (Year 3 level). Writing: pre-key stage. Maths: working towards (Year 4 level).

2. Strengths
Rory is a gifted artist and a loyal friend. He tries hard when he understands what he has to do.

3. Difficulties
Rory does not follow instructions given to the class. He often copies what others do. At playtime he misreads jokes and has been in fights.

4. SEN support provided so far
Language for Thinking group, 3 x 20 minutes weekly (since Sept 2024); visual timetable; pre-teaching of vocabulary; Lego therapy.

5. What more is needed
Daily speech and language input, which school cannot fund, and specialist advice about which secondary school can meet his needs."""

HEAD_SCAN = """MARLBRIDGE INFANT SCHOOL
Church Walk, Marlbridge MV3 6AA   Headteacher: Mrs S. Kettleborough

Appendix D - Advice from the education setting
Child: Tobi Adeyemi-Lloyd   Class: Reception (Hazel)

Tobi joined us in September 2025. He is supported by a 1:1 adult for most of the day, funded from the school's budget and top-up funding.

Communication: Tobi uses single words and signs. He understands simple instructions when shown an object.
Learning: Tobi is working within the 16-26 month band of Development Matters in most areas.
Physical: He can climb the small frame. He needs help with buttons and cannot yet use scissors.
Self-care: Tobi is in nappies and needs changing two or three times a day.
Safety: Tobi has no sense of danger and has tried to leave through the gate.

We do not believe we can meet Tobi's needs in the long term within mainstream resources.

Signed S. Kettleborough, Headteacher   30 January 2026
"""

INDEP_SLT = [
    ("org", "Harriet Oyelaran Speech and Language Therapy"),
    (
        "small",
        "Independent Speech and Language Therapist | HCPC SL0xxxxx | RCSLT member | 01632 960795 | harriet@example.org",
    ),
    ("title", "Expert report for the First-tier Tribunal (SEND)"),
    (
        "kv",
        [
            ("Child", "Isla-Mae Okonkwo (13 years 6 months)"),
            ("Instructed by", "Ms C. Okonkwo (mother)"),
            ("Tribunal reference", "EH803/25/01544"),
            ("Date of report", "27 February 2026"),
        ],
    ),
    ("h", 2, "1. Instructions"),
    (
        "p",
        "I was asked to assess Isla-Mae's speech, language and communication needs and to comment on the provision in Sections B and F of her EHC plan.",
    ),
    ("h", 2, "2. Assessment"),
    (
        "p",
        "CELF-5 UK core language score 68 (2nd percentile). Receptive vocabulary (BPVS-3) standard score 72. Isla-Mae needed repetition of half of the test items when the radio aid was not used.",
    ),
    ("h", 2, "3. Opinion"),
    (
        "p",
        "Isla-Mae has a severe language disorder associated with her hearing loss. The current plan's provision of a programme 'overseen' by the NHS service is insufficient. In my opinion she requires direct therapy from a speech and language therapist with experience of deafness for 1 hour a week in term time, plus a daily 15-minute programme delivered by a trained TA.",
    ),
    ("h", 2, "4. Statement of truth"),
    (
        "p",
        "I understand my duty to the Tribunal and have complied with it. I confirm that the facts stated in this report are true and the opinions are my own professional opinions.",
    ),
    ("sig", ["Harriet Oyelaran, BSc MRCSLT", "Independent Speech and Language Therapist"]),
]

NEUROPSYCH = [
    ("org", "Marchfield Neuropsychology Associates"),
    ("small", "Private practice | 9 Abbey Mews, Marlbridge MV3 1QP | 01632 960797"),
    ("title", "Independent neuropsychological assessment"),
    (
        "p",
        "Re: Ellis Hartigan (DOB 03/01/2013). Prepared at the request of his parents for the purposes of his SEND appeal. Date of assessment: 9 and 10 March 2026.",
    ),
    ("h", 2, "Summary of findings"),
    (
        "p",
        "Ellis's general ability is in the high average range (WISC-V FSIQ 114). His processing speed (PSI 81) and working memory (WMI 88) are significantly weaker than his verbal comprehension (VCI 126). This profile, together with his ADHD and anxiety, explains why he can discuss ideas fluently but produces very little written work.",
    ),
    ("h", 2, "Recommendations"),
    (
        "bul",
        [
            "Teaching in classes of no more than 8 pupils, in a setting able to manage anxiety-based school avoidance.",
            "Touch-typing instruction and a laptop for all written work.",
            "Weekly therapeutic support from a qualified practitioner.",
        ],
    ),
    (
        "p",
        "I confirm that I have made clear which facts and matters referred to in this report are within my own knowledge. I understand that my overriding duty is to the Tribunal.",
    ),
    ("sig", ["Dr Eamon Castellano, DClinPsy", "Consultant Clinical Neuropsychologist"]),
]

INDEP_OT_BODY = """INDEPENDENT OCCUPATIONAL THERAPY REPORT - SUMMARY AND RECOMMENDATIONS
Client: Noah Penhallow (9 years 5 months)
Therapist: Saskia Vellacott, BSc (Hons) OT, HCPC OT6xxxx, Sensory Integration practitioner
Assessed at home and at Westerby Primary School on 2 and 4 February 2026
Commissioned by: Mr and Mrs Penhallow

Findings
On the Movement ABC-2 Noah's total score was at the 2nd percentile. The Sensory Processing Measure-2 (school form) places him in the 'significant difficulties' range for hearing and touch. His handwriting speed is 4 words a minute (expected for age: 11).

Recommendations (to be specified in Section F)
1. Direct occupational therapy, 1 hour a week for 12 weeks, then 1 hour a month, by an HCPC-registered OT.
2. A sensory diet delivered by a trained TA, 3 x 10 minutes daily.
3. A laptop and touch-typing programme, 15 minutes daily.

Statement of truth: I confirm the contents of this report are true to the best of my knowledge and belief, and that I understand my duty to the Tribunal.
Saskia Vellacott"""

INDEP_EP_SCAN = """Dr Rhiannon Lusk  CPsychol AFBPsS
Independent Chartered Educational Psychologist
Orchard Barn, Limekiln Lane, Coldstone MV5 2TT

CONFIDENTIAL - REPORT FOR THE SEND TRIBUNAL

Name: Keziah Marsh   Age: 12 years 9 months   Seen: 17 and 24 February 2026
Instructed by: Mrs N. Marsh

I have been asked by Keziah's mother to give my independent opinion on Keziah's special educational needs and the provision she requires.

Cognitive assessment (WISC-V UK): Verbal Comprehension 108, Visual Spatial 102, Working Memory 79, Processing Speed 70.
Attainment (WIAT-III): Word Reading 74, Spelling 69, Reading Comprehension 91.

Opinion: Keziah has a severe specific learning difficulty (dyslexia) compounded by significant test anxiety. The specialist teaching currently in Section F (one hour weekly in a group of three) is not enough. She requires daily specialist literacy teaching, individually, of at least 30 minutes.

I confirm that I understand my duty to the Tribunal and that this report is my independent opinion.
Dr R. Lusk
"""

CARROW_REVIEW = [
    ("org", CARROW),
    ("small", CARROW_SMALL),
    ("title", "Annual Review of an EHC Plan - record of meeting"),
    (
        "kv",
        [
            ("Child", "Noah Penhallow"),
            ("School", "Westerby Primary School"),
            ("Date of meeting", "26 February 2026"),
            ("Chair", "Mrs Elowen Jenkin, SENCo"),
            (
                "Present",
                "Mr and Mrs Penhallow; Noah (first 10 minutes); class teacher; Ms Gwen Angove, SALT",
            ),
            ("Apologies", "Dr Ianto Rowe (EP)"),
        ],
    ),
    ("h", 2, "What is working"),
    (
        "p",
        "Noah has moved up two phonics phases. He uses his break card and has not left the classroom this term.",
    ),
    ("h", 2, "What is not working"),
    (
        "p",
        "Lunchtimes in the hall remain hard. The speech therapy sessions did not take place in the autumn term because of the therapist's vacancy on the island.",
    ),
    ("h", 2, "Progress towards outcomes"),
    (
        "grid",
        [
            ["Outcome", "Progress", "Keep / change"],
            ["Read a simple timetable", "Partly achieved - reads times on the hour", "Keep"],
            ["Ask for a break using his card", "Achieved", "Change - new outcome about lunchtimes"],
        ],
        (70, 60, 40),
    ),
    ("h", 2, "Recommendations of the meeting"),
    (
        "bul",
        [
            "Amend Section F to specify the missed therapy is made up in the summer term.",
            "Add a lunchtime club in the library to Section F.",
            "Plan to be maintained with amendments.",
        ],
    ),
    ("small", "The school must send this report to the council within two weeks of the meeting."),
]

BRENT_ARR = [
    (
        "cover",
        [
            "Neighbourhood 6 Academy",
            "Part of the Brenthaven New Town Schools Partnership",
            "ANNUAL REVIEW",
            "Isla-Mae Okonkwo - Year 8",
            "Meeting: 10 March 2026",
        ],
    ),
    ("org", "Neighbourhood 6 Academy"),
    ("small", "Annual review report to Brenthaven Borough Council"),
    ("h", 2, "1. People invited and attending"),
    (
        "p",
        "Ms Okonkwo; Isla-Mae; Mr Ridley (Head of Year 8); Ms Latchford (Teacher of the Deaf); Mrs Ahmadi (SENCo). Written advice from the SALT service.",
    ),
    ("h", 2, "2. Isla-Mae's views"),
    (
        "p",
        "Isla-Mae said she likes drama and netball club, but she hates it when teachers forget the radio aid.",
    ),
    ("h", 2, "3. Progress against outcomes"),
    (
        "p",
        "She now takes notes with the support of a shared slide deck. Her vocabulary has grown but she is still two years behind her peers on standardised tests.",
    ),
    ("h", 2, "4. Recommended changes to the EHC plan"),
    (
        "bul",
        [
            "Section B: add listening fatigue.",
            "Section F: specify SALT as 1 hour weekly direct therapy, per the independent report.",
            "Section I: no change.",
        ],
    ),
    ("sig", ["Mrs Parisa Ahmadi, SENCo", "Date sent to LA: 17 March 2026"]),
]

INTERIM = """Interim review meeting - Ellis Hartigan
Thursday 12 February 2026, Coldstone Church of England Academy (Room 14)

Called early because Ellis has not attended since October.
Present: Mum, Dad, Mrs Abbas (Deputy Head), Mr Kent (SENCo), Hannah from Medical Needs Service, Philippa Moyle (LA, by Teams)
Ellis sent his views in a voice note which Mr Kent played.

Summary of discussion
- Ellis is doing well with home tuition and the small group.
- Everyone agreed the plan no longer describes his needs (anxiety, school avoidance).
- Parents asked for an independent school to be considered; LA said this would need to go to panel.

Agreed
1. LA to issue amended draft with updated Section B and F.
2. School to send review paperwork to LA by 26 Feb.
3. CAMHS to be asked for updated advice.

Outcome recommended by meeting: amend the plan."""

PHOTO_REVIEW = """Ridgeway Vale Council  -  ANNUAL REVIEW FORM (Post-16)
Young person: Aaron Fielding    Setting: Marlbridge College
Date of review: 3 October 2025

Section 1 - Views of the young person
"I want to finish my apprenticeship and live on my own one day."

Section 2 - Preparing for adulthood
Employment: Level 2 apprenticeship in grounds maintenance, 4 days work, 1 day college.
Independent living: lives with mum; learning to budget.
Community: goes to the gym with his friend.

Section 3 - Progress towards outcomes
Literacy: passed Functional Skills English Entry 3.

Section 4 - Recommendation
Maintain the plan until the end of the apprenticeship (July 2026).
Signed: K. Barraclough (Additional Learning Support Manager)
"""

DOCUMENTS: list[dict] = [
    {"name": "Noah - Dr Rowe.pdf", "kind": "ep_report", "blocks": EP_ADVICE},
    {
        "name": "Fwd_ Piran - Learning Support visit.eml",
        "kind": "ep_report",
        "headers": headers(
            "Lowenna Hendra <senco.westerby@example.org>",
            "demelza.trewin@example.org",
            "Fwd: Piran - Learning Support visit",
            "Fri, 13 Mar 2026 16:20:04 +0000",
        ),
        "text": forwarded(
            "Dear Mrs Trewin, as promised here is Dr Nance's record from yesterday. I've copied it into the e-mail as the attachment wouldn't open on my laptop. Best wishes, Miss Hendra",
            "Bethany Nance <b.nance@example.org>",
            "Thu, 12 Mar 2026 17:05",
            "Consultation record - PT",
            "senco.westerby@example.org",
            EP_CONSULT,
        ),
    },
    {
        "name": "Scan_20260120_0001.pdf",
        "kind": "ep_report",
        "text": EP_SCAN,
        "ocr": True,
        "running": "Scanned by Brenthaven Civic Centre MFD 3rd floor",
    },
    {"name": "Tobi - psychology.docx", "kind": "ep_report", "blocks": TRAINEE_EP},
    {"name": "Ellis home tuition.docx", "kind": "school_report", "blocks": MEDICAL_NEEDS},
    {
        "name": "Harbour Centre.pdf",
        "kind": "school_report",
        "blocks": AP_REPORT,
        "accent": "1F6E8C",
    },
    {
        "name": "Fwd_ EHC assessment - Rory.eml",
        "kind": "school_report",
        "headers": headers(
            "Siobhan Delaney <siobhan.d@example.org>",
            "Brenthaven SENDIASS <sendiass@example.org>",
            "Fwd: EHC assessment - Rory",
            "Mon, 2 Feb 2026 07:55:31 +0000",
        ),
        "text": forwarded(
            "Morning, this is the school's bit for the assessment. Is it strong enough?",
            "Orla Dempsey <senco@example.org>",
            "Fri, 30 Jan 2026 15:12",
            "Educational advice - Rory Delaney",
            "sen.casework@example.org; siobhan.d@example.org",
            SCHOOL_ADVICE_BODY,
        ),
        "qp": True,
    },
    {"name": "Scan_0312.pdf", "kind": "school_report", "text": HEAD_SCAN, "ocr": True},
    {
        "name": "Isla-Mae speech report Feb 2026.pdf",
        "kind": "independent_report",
        "blocks": INDEP_SLT,
        "accent": "5B3A8C",
    },
    {"name": "Ellis neuropsych.docx", "kind": "independent_report", "blocks": NEUROPSYCH},
    {
        "name": "Fwd_ Noah OT report (final).eml",
        "kind": "independent_report",
        "headers": headers(
            "Kitto Penhallow <kitto.penhallow@example.org>",
            "Elowen Jenkin <senco.westerby@example.org>",
            "Fwd: Noah OT report (final)",
            "Sun, 15 Feb 2026 19:31:12 +0000",
        ),
        "text": forwarded(
            "Mrs Jenkin - the private OT's report we paid for. Summary below, the full one is 23 pages so I'll bring a paper copy. Kitto",
            "Saskia Vellacott <saskia.ot@example.org>",
            "Fri, 13 Feb 2026 12:00",
            "Noah OT report (final)",
            "kitto.penhallow@example.org",
            INDEP_OT_BODY,
        ),
        "html": True,
    },
    {"name": "Keziah EP.pdf", "kind": "independent_report", "text": INDEP_EP_SCAN, "ocr": True},
    {"name": "Noah review.docx", "kind": "annual_review", "blocks": CARROW_REVIEW},
    {
        "name": "Isla-Mae ARR March 2026.pdf",
        "kind": "annual_review",
        "blocks": BRENT_ARR,
        "sans": True,
    },
    {"name": "meeting 12 Feb.txt", "kind": "annual_review", "text": INTERIM},
    {"name": "PXL_20260318_101455.pdf", "kind": "annual_review", "text": PHOTO_REVIEW, "ocr": 0.08},
]
