# ruff: noqa: E501
"""Educational, independent and review reports of set V: psychological advice from an
island council, a traded EP service's consultation record forwarded by a SENCo, an EP's
advice at 16 with a test table, an EP's advice behind a fax header; schools' advice for an
assessment; independent experts' reports for the tribunal (one forwarded by a solicitor);
annual review reports, minutes and a scanned review form. All invented."""

from __future__ import annotations

from document_kinds_v.common import CARROW, headers

# --- educational psychology --------------------------------------------------------------------

EP_CARROW = [
    ("org", CARROW),
    (
        "small",
        "Island Educational Psychology Service, The Old Rectory, Church Hill, Westhaven CW1 5EP  |  01632 960320",
    ),
    ("title", "Psychological Advice"),
    ("small", "Advice under regulation 6(1)(b) of the SEND Regulations 2014"),
    (
        "kv",
        [
            ("Child", "Rhys Pascoe-Day"),
            ("DOB", "07/07/2018"),
            ("School", "Sandmouth Infant School"),
            ("Date of advice", "19 January 2026"),
            ("Psychologist", "Dr Lowri Penhaligon, HCPC PYL31108"),
        ],
    ),
    ("h", 2, "Sources of information"),
    (
        "p",
        "Consultation with Rhys's parents and his class teacher; observation in class and at play; individual work with Rhys using the BAS3 and dynamic assessment.",
    ),
    ("h", 2, "Cognition and learning"),
    (
        "grid",
        [
            ["BAS3 scale", "Standard score", "Descriptor"],
            ["Verbal ability", "82", "Below average"],
            ["Non-verbal reasoning", "96", "Average"],
            ["Spatial ability", "91", "Average"],
            ["Recall of digits forward", "70", "Low"],
        ],
        [0.4, 0.3, 0.3],
    ),
    (
        "p",
        "Rhys's verbal working memory is a significant weakness. He loses track of instructions with more than two parts and needs repetition and visual prompts.",
    ),
    ("h", 2, "Social, emotional and mental health"),
    (
        "p",
        "Rhys is a sociable boy who becomes frustrated and hits out when he cannot follow what is happening.",
    ),
    ("h", 2, "Outcomes and provision I recommend"),
    (
        "bul",
        [
            "Instructions given one step at a time, supported by pictures (daily, all staff).",
            "A daily 15-minute precision teaching session for phonics and high-frequency words with a trained TA.",
            "An emotion coaching approach and a calm corner, with a named adult.",
            "Review of progress by the EP after two terms.",
        ],
    ),
    ("sig", ["Dr Lowri Penhaligon", "Senior Educational Psychologist"]),
]

EP_TRADED_FWD = """Dear Ms Castellanos,

As promised, here is the note from the EP's visit on Monday. We buy in time from Wolds Psychology Traded Services, so this is not the council's statutory advice, but it will go into the annual review papers.

Mrs Farrant, SENCo, Burford Ash Primary

-----Original Message-----
From: Dr Imogen Salt <i.salt@woldspsychology.example.org>
Sent: 10 March 2026 17:31
To: senco@burfordash-pri.example.org
Subject: Consultation record - Mateus C (Y5)

CONSULTATION RECORD - Wolds Psychology Traded Services
Pupil: Mateus Castellanos (Y5)   Date: 9 March 2026
Present: Mrs Farrant (SENCo), Mr Oduya (class teacher), Ms Castellanos (parent), Dr Imogen Salt (Educational Psychologist)

What is going well: Mateus is attending four mornings a week. He enjoys maths and is good at it.

Concerns: reading remains well below age (single word reading SS 74 on the WRAT-5). He becomes distressed when asked to read in front of others, which is linked to his school anxiety.

Psychological view: Mateus's literacy difficulties are persistent despite good teaching and are consistent with a dyslexic profile; his anxiety is closely tied to experiences of failure in reading.

Agreed actions:
1. A daily one-to-one structured phonics programme (20 minutes) with Mr Oduya's TA.
2. No reading aloud in front of the class unless Mateus chooses to.
3. Audiobooks and a reading pen for class texts.
4. Review at the annual review on 19 March.

Dr Imogen Salt, Educational Psychologist, HCPC PYL40817
"""

EP_POST16 = [
    ("title", "Educational Psychology Advice - Post-16"),
    ("small", "Medwater Educational Psychology Service  |  Civic Offices, Grainmarsh ME9 3TR"),
    (
        "p",
        "Young person: Zuzanna Kowalczyk    DOB: 12/12/2010    Setting: Saltings Academy (Year 11 from September)    Date: 5 February 2026",
    ),
    ("h", 2, "Zuzanna's views"),
    (
        "p",
        "Zuzanna told me she wants to study hair and beauty at Medwater College and that she 'freezes' in exams.",
    ),
    ("h", 2, "Assessment"),
    (
        "grid",
        [
            ["Test", "Score", "Range"],
            ["WIAT-III Reading comprehension", "79", "Below average"],
            ["WIAT-III Spelling", "72", "Low"],
            ["CTOPP-2 Phonological memory", "76", "Poor"],
            ["Processing speed (WISC-V)", "80", "Low average"],
        ],
        [0.5, 0.2, 0.3],
    ),
    ("h", 2, "Summary of needs"),
    (
        "p",
        "Zuzanna has a specific learning difficulty affecting reading, spelling and processing speed, together with exam-related anxiety and visual discomfort when reading (see the orthoptic report).",
    ),
    ("h", 2, "Recommendations"),
    (
        "bul",
        [
            "Access arrangements: 25% extra time, a reader and a separate room.",
            "Specialist literacy teaching, 2 x 45 minutes a week until the end of Year 11.",
            "Transition visits to Medwater College in the summer term.",
            "Short anxiety-management sessions with the school's mental health lead.",
        ],
    ),
    ("sig", ["Kwame Asante-Boateng", "Educational Psychologist"]),
]

FAX_EP = """FAX
Medwater Educational Psychology Service
To: Saltings Academy - SENCo    Fax: 01632 960725
From: EPS Admin    Fax: 01632 960745
Date: 19.11.2025    Pages: 5 (including cover)
Re: Tyler Ashdown - psychological advice (copy for school)

19-NOV-2025 14:12   MEDWATER EPS   01632960745   PAGE 2

PSYCHOLOGICAL ADVICE FOR EDUCATION, HEALTH AND CARE NEEDS ASSESSMENT
Name: Tyler Ashdown   Date of birth: 21.03.2014

1. Background: Tyler was diagnosed with autism by the Medwater Child Development Team in 2019.
2. Views of Tyler: he said the worst thing about school is 'when the bell goes and everyone runs'.
3. Cognition: Tyler's verbal and non-verbal reasoning are in the average range. His processing speed is low average.
4. Social communication: Tyler finds it very difficult to understand other people's perspectives and to manage unexpected change.
5. Emotional well-being: Tyler's distress builds at unstructured times and during change, leading to shutdowns and meltdowns.
6. Recommendations: a predictable routine with visual timetable; advance warning of change; a safe base to go to; an adult to support transitions between lessons; social communication teaching in a small group.

Signed: Dr Beatrix Holloway, Educational Psychologist
"""

# --- school ------------------------------------------------------------------------------------

SCHOOL_ADVICE = [
    ("org", "Fennick Down Primary School"),
    (
        "small",
        "Fennick Down, Isle of Carrow CW5 3NN  |  Head teacher: Mr Piran Hoskin  |  01632 960383",
    ),
    ("title", "Educational advice for an EHC needs assessment"),
    (
        "p",
        "Pupil: Ffion Trevanion   Year 4   Completed by: Mrs Ruth Angove (SENCo) with Miss Cara Bolitho (class teacher)   Date: 20 November 2025",
    ),
    ("h", 2, "Attainment"),
    (
        "grid",
        [
            ["Subject", "Working at"],
            ["Reading", "Expected standard (assessed through written answers only)"],
            ["Writing", "Working towards"],
            ["Maths", "Expected standard"],
        ],
        [0.35, 0.65],
    ),
    ("h", 2, "Strengths"),
    (
        "p",
        "Ffion is a careful, creative pupil who produces beautiful art work and writes imaginative stories at home, which she has started to share with her teacher.",
    ),
    ("h", 2, "Difficulties"),
    (
        "p",
        "Ffion does not speak to any adult in school. She does not ask for help, for the toilet, or tell staff when she is hurt. She does not eat in the dining hall.",
    ),
    ("h", 2, "Support already in place (SEN support)"),
    (
        "bul",
        [
            "Non-verbal response cards.",
            "A lunchtime club in the library with two friends.",
            "Weekly check-in with the learning mentor.",
        ],
    ),
    (
        "p",
        "Despite this support, Ffion's anxiety and mutism have not improved over four terms. The school does not have the staffing to deliver the daily key adult programme recommended by the speech and language therapist.",
    ),
    ("sig", ["Ruth Angove", "SENCo"]),
]

SCHOOL_TXT = """Saltings Academy - Student Progress Report - Spring 2026

Student: Oscar Brennan   Tutor group: 8RW   Attendance: 86.4%

English - Working at grade 2 (target 4). Oscar contributes well to discussion but avoids written tasks. Effort: 3.
Maths - Working at grade 4 (target 5). Good progress. Effort: 2.
Science - Working at grade 3 (target 4). Practical work is a strength; written explanations are brief.
History - Working at grade 2. Oscar struggles with the reading load.
D&T - Working at grade 5. Excellent practical skills.

SEN note (Learning Support): Oscar has an EHC plan. He has 1:1 specialist literacy teaching 3 times a week, which he attends well. His reading age has risen from 8y2m (September) to 8y11m (March). He is using the reader pen in lessons more confidently. He still refuses to read aloud and has been late to English 9 times this term.

Tutor comment: Oscar is polite and popular. He helped run the bike repair stall at the charity day.
"""

HEAD_FWD = """Mel - this is what the head sent to the council for the assessment. He put it straight into the email rather than attaching their form, so I've forwarded it on for the bundle.

Rob

---------- Forwarded message ---------
From: Head Teacher <head@westhavenacademy.example.org>
Date: Tue, 4 Nov 2025 at 13:12
Subject: Ellis Ellison - school advice for EHCNA
To: send@carrow.example.org

Dear SEND Team,

Please accept this as Westhaven Academy's advice for Ellis's EHC needs assessment.

Attainment: Ellis is in Year 8. He is working at the expected level in maths and science, and below expected in English, mainly because he produces very little written work.

Attendance: 79% this year. Most absences follow incidents in corridors or the canteen.

Behaviour and well-being: Ellis has had 14 behaviour incidents this term, almost all at lesson changeover or lunchtime, when he has pushed other pupils. He has told staff the noise is "like being shouted at".

Support in place: a time-out card, ear defenders, leaving lessons early, a lunchtime club, and weekly mentoring. These have helped in class but not at unstructured times.

What we think Ellis needs: an OT-led sensory programme, a trained key worker, and a quiet base at break and lunch.

Yours sincerely,
Mr Daniel Tregenza
Head Teacher, Westhaven Academy
"""

TEACHER_PHOTO = """Hawthorn Lane Primary School
Class teacher's report for Leo's parents - Spring term 2026 - Class 3 (Year 3)

Reading: Leo is reading Turquoise band books. He can decode well but loses his place and skips lines.
Writing: Leo has lots of ideas but finds it hard to sit and write for more than five minutes.
Maths: Leo is confident with addition and subtraction and is learning his 3 and 4 times tables.
Attention: Leo finds it hard to concentrate in the afternoons and on the carpet. He responds well to movement breaks and to his task checklist.
Friendships: Leo has a small group of friends and loves football at lunchtime.

Leo's next steps: finger-tracking when reading; writing in short bursts with a timer.
Mrs K. Ludgrove, Class Teacher
"""

# --- independent ------------------------------------------------------------------------------

INDEP_EP = [
    ("org", "Halloran Psychology"),
    (
        "small",
        "Independent Educational Psychology  |  The Granary, Stow Combe GW9 2EE  |  01632 960512  |  office@hallorenpsych.example.org",
    ),
    ("title", "Report of Dr Siobhan Halloran, Educational Psychologist"),
    (
        "p",
        "Prepared at the request of Mr and Mrs Abernethy for the First-tier Tribunal (SEND), appeal EH889/26/00177",
    ),
    (
        "kv",
        [
            ("Child", "Rhys Abernethy"),
            ("DOB", "04/09/2014"),
            ("Assessed", "14 May 2026 at home and 15 May 2026 at Burford Ash Primary"),
            ("Report date", "1 June 2026"),
        ],
    ),
    ("h", 2, "Qualifications and experience"),
    (
        "p",
        "I am a practitioner psychologist registered with the HCPC (PYL22091), with 18 years' experience, including 9 years as a local authority educational psychologist.",
    ),
    ("h", 2, "Assessment findings"),
    (
        "grid",
        [
            ["WISC-V index", "Standard score", "Percentile"],
            ["Verbal comprehension", "108", "70"],
            ["Visual spatial", "86", "18"],
            ["Working memory", "79", "8"],
            ["Processing speed", "70", "2"],
        ],
        [0.45, 0.3, 0.25],
    ),
    (
        "p",
        "Rhys's verbal ability is a strength, but his working memory and processing speed are weak. Combined with his physical fatigue, this means he completes far less work than his understanding would allow.",
    ),
    ("h", 2, "Opinion"),
    (
        "p",
        "Section B of the final plan does not describe Rhys's fatigue, pain or processing speed difficulties. The provision in Section F is not specific enough to meet his needs. In my opinion Rhys requires a trained teaching assistant for 20 hours a week across the curriculum, a rest period each afternoon, and a reduced written workload.",
    ),
    ("h", 2, "Statement of truth"),
    (
        "p",
        "I understand that my duty is to help the Tribunal on matters within my expertise, and that this duty overrides any obligation to the person who instructed me. I confirm that the facts in this report are true and that the opinions are my own professional opinions.",
    ),
    ("sig", ["Dr Siobhan Halloran", "Chartered Educational Psychologist, CPsychol"]),
]

INDEP_SLT = [
    ("title", "Independent Speech and Language Therapy Report"),
    ("small", "Marsh Harrier Speech Therapy  |  Cliffe End ME9 7AA  |  07700 900512"),
    (
        "p",
        "Client: Tyler Ashdown   DOB: 21/03/2014   Instructed by: Mrs Dawn Ashdown   Report for: First-tier Tribunal (SEND), EH887/26/00301   Date: 26 June 2026",
    ),
    ("h", 2, "Summary"),
    (
        "p",
        "Tyler has a social communication disorder associated with autism and, in addition, a receptive language difficulty affecting complex sentences that was not identified in the NHS advice.",
    ),
    ("h", 2, "Standardised assessment"),
    (
        "grid",
        [
            ["CELF-5 UK", "Score"],
            ["Core Language", "81"],
            ["Receptive Language Index", "77"],
            ["Expressive Language Index", "88"],
            ["Pragmatics Profile", "Below criterion"],
        ],
        [0.6, 0.4],
    ),
    ("h", 2, "Recommendations"),
    (
        "bul",
        [
            "Direct speech and language therapy with a qualified SLT, 1 x 45 minutes fortnightly, throughout Year 8.",
            "A SLT-trained TA to deliver a language programme 3 x 20 minutes weekly.",
            "Termly SLT training for subject teachers.",
        ],
    ),
    (
        "p",
        "Declaration: I confirm that I understand my duty to the Tribunal and that the opinions in this report are my own.",
    ),
    ("sig", ["Rosalind Achebe-Grant, MRCSLT, HCPC SL07731"]),
]

INDEP_OT_EML = """Dear Mrs Ashdown,

Please see below the report of our independent occupational therapist, Mr Jonah Whitlock, which we received today. We will file it with the Tribunal in time for the deadline and send a copy to the local authority.

Kind regards,
Priya Lall
Solicitor, Estuary Education Law LLP

---

INDEPENDENT OCCUPATIONAL THERAPY REPORT
Re: Tyler Ashdown (DOB 21/03/2014)
Appeal: EH887/26/00301
Prepared by: Jonah Whitlock, BSc (Hons) OT, HCPC OT51233, Advanced practitioner in sensory integration
Date: 28 June 2026

1. I was instructed by Estuary Education Law LLP to assess Tyler's sensory and motor needs and to comment on the provision in his EHC plan.
2. I assessed Tyler at home on 18 June and observed him at Saltings Academy on 19 June.
3. Findings: Tyler has significant sensory modulation difficulties (SPM-2 school form: Definite dysfunction for hearing, touch and planning). His handwriting is slow (DASH 17+ total SS 5).
4. Opinion: the plan's Section B does not record Tyler's sensory needs at all, and Section F contains no occupational therapy.
5. Recommendations: a sensory programme designed by an OT and reviewed half-termly (6 OT sessions a year); a quiet base; staff training; a laptop.
6. I understand my duty to the Tribunal overrides any obligation to those instructing me. I believe the facts stated in this report are true and the opinions are my own.

Jonah Whitlock
"""

NEUROPSYCH_TXT = """INDEPENDENT CLINICAL NEUROPSYCHOLOGY REPORT

Dr Fergus Lindqvist, Consultant Clinical Neuropsychologist
Wolds Neuropsychology Practice, 2 Abbey Mews, Cirlow GW7 3RB

Re: Kemi Okonjo, DOB 08/08/2011
Instructed by: Mrs Damilola Okonjo, for an appeal to the First-tier Tribunal (SEND)
Date of report: 17 May 2026

1. Instructions
I was asked to assess Kemi's cognitive profile and to comment on whether poorly controlled type 1 diabetes (including two episodes of diabetic ketoacidosis) has affected her learning.

2. Assessment
WISC-V: Full scale IQ 89. Verbal comprehension 98; working memory 82; processing speed 78.
NEPSY-II attention and executive function subtests: below expectation on inhibition and switching.
Memory (CMS): delayed recall below average.

3. Opinion
Kemi's profile shows weaknesses in attention, working memory and processing speed which, in my opinion, are partly related to repeated hypo- and hyperglycaemia. Together with her dyslexia and anxiety, these explain why she has fallen behind after her absences.

4. Recommendations
Kemi needs teaching in short chunks with written summaries; regular checks of her blood glucose before tests; catch-up teaching 1:1 in English and maths (2 hours a week each); and a key worker.

5. Statement of truth
I confirm that I have made clear which facts are within my own knowledge. I understand my duty to the Tribunal and have complied with it.

Dr F. Lindqvist
"""

# --- annual review -------------------------------------------------------------------------------

AR_DOCX = [
    ("title", "Annual Review of EHC Plan - Report"),
    (
        "small",
        "Isle of Carrow Council - Annual Review form AR2 (to be returned within 2 weeks of the meeting)",
    ),
    (
        "kv",
        [
            ("Child", "Ffion Trevanion"),
            ("School", "Fennick Down Primary School"),
            ("Date of meeting", "4 June 2026 (early review, requested by Mrs Trevanion)"),
            (
                "Present",
                "Mrs Trevanion (mum), Mrs Angove (SENCo), Miss Bolitho (class teacher), Tamsin Rowe (SALT)",
            ),
        ],
    ),
    ("h", 2, "Ffion's views"),
    (
        "p",
        "Ffion drew a picture of herself talking to Miss Bolitho. She whispered to her mum that she wants 'more time with Mrs Angove'.",
    ),
    ("h", 2, "Parent's views"),
    (
        "p",
        "Mrs Trevanion is pleased that Ffion now talks to her key adult but is worried about the move to Year 5 and a new teacher.",
    ),
    ("h", 2, "Progress towards outcomes"),
    (
        "grid",
        [
            ["Outcome", "Progress"],
            [
                "Answer a question from her teacher in a small group",
                "Partly achieved: answers in a group of three with her key adult present",
            ],
            ["Eat lunch in a quiet space with a friend", "Achieved"],
        ],
        [0.5, 0.5],
    ),
    ("h", 2, "Recommendations of the review meeting"),
    (
        "bul",
        [
            "Amend Section B to record Ffion's progress and her continuing anxiety.",
            "Keep the key adult programme; add transition sessions with the Year 5 teacher before September.",
            "Continue SALT at 6 sessions a term.",
        ],
    ),
    ("p", "The meeting recommends that the plan is amended."),
    ("sig", ["Ruth Angove, SENCo", "Report sent to the local authority on 11 June 2026"]),
]

AR_MINUTES = [
    ("org", "Saltings Academy"),
    ("small", "Learning Support Department  |  Grainmarsh ME9 3UU"),
    ("title", "Minutes of annual review meeting"),
    ("p", "Student: Oscar Brennan (Y8)    Date: 30 April 2026, 3.30pm, Room L4"),
    (
        "p",
        "Attendees: Mr and Mrs Brennan; Oscar (for the first 15 minutes); Mrs Okafor (SENCo, chair); Mr Whitlow (English); Aoife Delaney (SLT). Apologies: Medwater SEND Hub case officer.",
    ),
    ("b", "1. Oscar's views"),
    (
        "p",
        "Oscar said his reading lessons help and he likes the reader pen. He still hates being asked to read aloud. He would like to do a bike mechanics course in Year 10.",
    ),
    ("b", "2. Progress"),
    (
        "p",
        "Reading age up 9 months in 6 months. English attendance improved since January. SLT report (April 2026) identified a language disorder not currently in the plan.",
    ),
    ("b", "3. Agreed changes to recommend"),
    (
        "bul",
        [
            "Add language disorder to Section B (communication and interaction).",
            "Add SLT pre-teaching of vocabulary and termly SLT review to Section F.",
            "Outcomes to be updated for Key Stage 4.",
        ],
    ),
    ("b", "4. Actions"),
    (
        "p",
        "Mrs Okafor to send the review report and SLT report to the SEND Hub within two weeks. Next review: April 2027.",
    ),
]

AR_SCAN = """STONEBRASH WOLDS COUNTY COUNCIL
ANNUAL REVIEW RECORD (Form AR1)
Child: Tilly Vosper   DOB: 17/11/2018   Setting: Oakapple Special School, Cirlow
Date of review meeting: 12 February 2026
Chaired by: Mrs H. Winslade, Assistant Head

1. Views of the child: Tilly chose photographs of the sensory room and the swing to show what she likes at school. She signed 'more' for music.
2. Views of the parents: Mr and Mrs Vosper are happy with the placement. They want more speech and language therapy and help with toileting.
3. Progress on outcomes: Tilly now uses 50 signs and is using a 4-picture choice board. She is not yet toilet trained.
4. Is the plan still appropriate? Partly. Section B should be updated. Section F should include a toileting programme and the speech and language therapy recommended in the new SALT advice.
5. Recommendation to the local authority: AMEND the plan.

Signed (chair): H. Winslade   Date: 12/02/2026
"""

AR_EML = """Hi Nia,

Here's the draft of the annual review report I'll be sending to the county. Please let me know by Friday if anything needs changing - especially your views section, which I've typed up from what you said.

Thanks, Clare

ANNUAL REVIEW REPORT - Mateus Castellanos, Year 5, Burford Ash Primary
Meeting held: 19 March 2026
Present: Ms Castellanos (parent), Mrs Farrant (SENCo), Mr Oduya (class teacher), Dr Imogen Salt (EP), Hannah Ebbrell (CAMHS, by phone). Mateus gave his views beforehand.

Mateus's views: "I like maths and Mr Oduya. I don't like reading out loud. The side gate is better."
Parent's views: Ms Castellanos feels that the plan does not say enough about Mateus's reading or his anxiety and wants specialist teaching.
School's view of progress: attendance 71% (up from 48% in the autumn). Reading SS 74. Maths at expected.
Outcomes: attending full days - partly met; reading - not met.
Recommendations: the review recommends that Section B is amended to include dyslexia and anxiety, and that Section F adds daily structured phonics, specialist teacher input and a graded attendance plan.

Clare Farrant
SENCo
"""

DOCUMENTS: list[dict] = [
    {"name": "Psychological advice - Rhys.pdf", "kind": "ep_report", "blocks": EP_CARROW},
    {
        "name": "FW_ EP visit.eml",
        "kind": "ep_report",
        "text": EP_TRADED_FWD,
        "headers": headers(
            "Clare Farrant <senco@burfordash-pri.example.org>",
            "nia.c@example.org",
            "Wed, 11 Mar 2026 08:45:12 +0000",
            "FW: Consultation record - Mateus C (Y5)",
        ),
    },
    {"name": "Zuzanna report.docx", "kind": "ep_report", "blocks": EP_POST16},
    {"name": "fax_20251119_1412.pdf", "kind": "ep_report", "text": FAX_EP, "ocr": True},
    {"name": "Fennick Down advice.pdf", "kind": "school_report", "blocks": SCHOOL_ADVICE},
    {"name": "Oscar Spring report.txt", "kind": "school_report", "text": SCHOOL_TXT},
    {
        "name": "Fwd_ Westhaven Academy.eml",
        "kind": "school_report",
        "text": HEAD_FWD,
        "headers": headers(
            "Rob Ellison <rob.ellison@example.org>",
            "Mel Cardew <mel.cardew@example.org>",
            "Sat, 23 May 2026 10:14:55 +0100",
            "Fwd: Ellis Ellison - school advice for EHCNA",
        ),
    },
    {"name": "IMG_7720.pdf", "kind": "school_report", "text": TEACHER_PHOTO, "ocr": 0.08},
    {"name": "Dr Halloran.pdf", "kind": "independent_report", "blocks": INDEP_EP},
    {"name": "Tyler speech and language.docx", "kind": "independent_report", "blocks": INDEP_SLT},
    {
        "name": "OT report - Tyler.eml",
        "kind": "independent_report",
        "text": INDEP_OT_EML,
        "qp": True,
        "headers": headers(
            "Priya Lall <p.lall@estuaryedlaw.example.org>",
            "dawn.ashdown@example.org",
            "Mon, 29 Jun 2026 16:58:20 +0100",
            "Tyler Ashdown - independent OT report",
        ),
    },
    {"name": "Kemi assessment.txt", "kind": "independent_report", "text": NEUROPSYCH_TXT},
    {"name": "AR paperwork Ffion.docx", "kind": "annual_review", "blocks": AR_DOCX},
    {"name": "meeting 30 April.pdf", "kind": "annual_review", "blocks": AR_MINUTES, "sans": True},
    {"name": "Scan_0101.pdf", "kind": "annual_review", "text": AR_SCAN, "ocr": True},
    {
        "name": "draft report for the county.eml",
        "kind": "annual_review",
        "text": AR_EML,
        "headers": headers(
            "Clare Farrant <senco@burfordash-pri.example.org>",
            "nia.c@example.org",
            "Mon, 23 Mar 2026 15:30:00 +0000",
            "Mateus - AR report draft",
        ),
    },
]
