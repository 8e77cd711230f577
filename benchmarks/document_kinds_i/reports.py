# ruff: noqa: E501
"""Reports of the ninth kind set: educational psychology advice from a Yorkshire service and
for a young person at college, speech and language therapy from an AAC service, an NHS trust
and a college, occupational therapy, physiotherapy, a clinical genetics letter, a learning
disability nurse, a children's community nurse, a hospice, CAMHS, a college's additional
learning support, a music teacher, independent reports, and annual review paperwork at 19+.
All invented."""

from __future__ import annotations

EP_YORKS = [
    ("org", "Calderbrook Educational Psychology Service"),
    ("title", "Psychological advice for an EHC needs assessment"),
    (
        "kv",
        [
            ("Child", "Kacper Nowak"),
            ("Date of birth", "03/05/2014"),
            ("School", "Lowfield Primary"),
            ("EP", "Dr Hannah Sutcliffe, HCPC registered"),
        ],
    ),
    ("h", 1, "Background"),
    (
        "p",
        "Kacper was referred by his school because of concerns about his understanding of language and his reading. He speaks Polish at home.",
    ),
    ("h", 1, "Assessment"),
    (
        "p",
        "I observed Kacper in class and worked with him individually. On the BAS3 his verbal reasoning was in the below average range and his non-verbal reasoning was average.",
    ),
    ("h", 1, "Recommendations"),
    (
        "bul",
        [
            "Instructions should be short and backed by visuals.",
            "A structured reading programme delivered daily by a trained adult.",
            "Review of progress each term.",
        ],
    ),
    ("sig", ["Dr Hannah Sutcliffe", "Educational Psychologist"]),
]

EP_COLLEGE = """Fenwold Educational Psychology Team
Statutory advice - young person aged 18
Name: Amber Whitlock    Setting: Boston Fen College (Foundation Learning)

Reason for involvement: re-assessment of needs requested after transfer to college.

Amber told me she likes the animal care course but "the reading makes my head hurt".
On standardised testing her single word reading was at the level of a typical 9 year old.
Her working memory scores were well below average.

Psychological formulation: Amber has a moderate learning difficulty. Her needs in literacy
and memory will continue to affect her learning in adulthood.

Advice for the plan: written material adapted to an easy read level; a named learning
support assistant in practical sessions; teaching of one step at a time with
demonstration.

Dr M. Ellery, Senior Educational Psychologist
"""

EP_SCAN = """Kennetbridge Educational Psychology Service
Psychological Advice - Isabelle Marchetti (DOB 01/06/2017)
Sources: parent, class teacher, observation, WIAT-III, BPVS
Isabelle's receptive vocabulary was at the 5th centile. Her reading was in the
low average range. She was anxious and needed reassurance to begin each task.
Isabelle needs daily language support in class and small group work on vocabulary.
Educational Psychologist, 14 May 2026
"""

AAC_SALT = [
    ("org", "Thames Valley Communication Aids Service (Specialist AAC)"),
    ("title", "Speech and Language Therapy Report"),
    (
        "kv",
        [
            ("Name", "Freddie Lang"),
            ("Age", "11"),
            ("Referral", "Review of high-tech communication aid"),
        ],
    ),
    ("h", 1, "Current communication"),
    (
        "p",
        "Freddie has cerebral palsy and no reliable speech. He uses eye gaze to access a communication aid with a 60-cell grid set.",
    ),
    ("h", 1, "Assessment"),
    ("p", "In structured tasks Freddie selected the correct symbol from 4 in 18 of 20 trials."),
    ("h", 1, "Recommendations"),
    (
        "grid",
        [
            ["Recommendation", "By whom", "Reason"],
            [
                "Move to a larger vocabulary set",
                "AAC SLT with school staff",
                "He is now using most of his current words",
            ],
            ["Communication partner training", "AAC SLT", "Staff change every year"],
            ["Aid to go home every night", "School", "So that he can talk to his family"],
        ],
        [0.4, 0.25, 0.35],
    ),
    ("sig", ["Gemma Fairbrother, Specialist Speech and Language Therapist (AAC)", "HCPC SL09999"]),
]

NHS_SALT = """Lindmoor Community Healthcare NHS Trust
Children's Speech and Language Therapy

Report to contribute to EHC needs assessment
Child: Jack Pilling     DOB 04/10/2018     NHS no 999 123 4567

Jack was seen at Saltfleet Primary for assessment on 8 January 2026.
CELF-5 core language standard score 72 (3rd centile).
Jack has a developmental language disorder. He finds it hard to understand longer
sentences and to tell a story in order.

Recommendations
- Block of 6 direct therapy sessions with the school SLT
- A language programme delivered by a trained TA, 3 times a week
- Word maps for topic vocabulary

K. Patel, Highly Specialist SLT
"""

COLLEGE_SALT = [
    ("org", "Marshlands Specialist College - Therapy Team"),
    ("title", "Speech and Language Therapy annual summary"),
    ("p", "Student: Bethany Cartwright   Academic year 2025-26"),
    (
        "p",
        "Bethany uses Makaton signs and some spoken words. This year we focused on using the shop's till script at her work placement and on asking for help.",
    ),
    ("p", "She now asks for help independently in 4 out of 5 observed opportunities."),
    (
        "p",
        "Recommendation: continue fortnightly speech and language therapy with the college therapist next year, and a visual script for each new work task.",
    ),
    ("sig", ["Lucy Barraclough, Speech and Language Therapist"]),
]

OT_SENSORY = """Occupational Therapy Report - Oliver Greenhalgh
Wrexholme Children's Therapy Service
Date of assessment 02/05/2026

Reason for referral: difficulties with handwriting and sitting still.

Sensory Profile 2 (school companion): Oliver scored in the "much more than others" range
for seeking movement. Beery VMI: 79.

Recommendations: movement breaks planned into the day; a wobble cushion; pencil grip;
access to a laptop for longer pieces of work. Review in 6 months.

Sam Dewhurst, Occupational Therapist
"""

OT_ADULT = [
    ("org", "Calderbrook Adult Social Care - Occupational Therapy"),
    ("title", "Occupational therapy assessment (home and college)"),
    ("p", "Service user: Daniel Firth, aged 21"),
    (
        "p",
        "Daniel has a learning disability and dyspraxia. I assessed him preparing a simple meal at home and travelling to college.",
    ),
    (
        "p",
        "He could make a sandwich and a hot drink safely with a picture sequence. He could not use the cooker safely without prompting.",
    ),
    (
        "p",
        "Recommendations: a kettle tipper; picture recipes; practice of cooking skills at college twice a week.",
    ),
    ("sig", ["A. Marsden, Occupational Therapist (Adult Services)"]),
]

OT_PHOTO = """Paediatric Occupational Therapy - Kennet Valley Hospital
Name: Freddie Lang
Seating review at school 03.03.26
Freddie's chair no longer fits him. His hips are sliding forward and he leans to the left.
A new seating system has been ordered. Staff to use the lap strap at all times.
Standing frame 30 minutes twice a day as advised by the physiotherapist.
OT signature R. Ahmed
"""

PHYSIO_MSK = [
    ("org", "Lindmoor Children's Physiotherapy"),
    ("title", "Physiotherapy report for EHC plan review"),
    ("p", "Name: Harvey Doyle   DOB 22/02/2012"),
    (
        "p",
        "Harvey now uses his powered wheelchair full time. He can stand with support for transfers but this is getting harder.",
    ),
    (
        "p",
        "Recommendations: stretches three times a week by trained staff; night splints; daily standing in a standing frame if he tolerates it; review every 3 months by the neuromuscular physiotherapist.",
    ),
    ("sig", ["Jo Clayton, Senior Physiotherapist"]),
]

PHYSIO_SHORT = """Physiotherapy discharge letter
Wrexholme Children's Therapies

Dear Dr Hale,
I saw Tilly Ambrose (DOB 12/12/2015) for her knee pain. Her pain has settled and she
has a full range of movement. She has a home exercise plan. I have discharged her from
physiotherapy today; school may re-refer if the pain returns.

Yours sincerely,
Paul Nuttall, Physiotherapist
"""

GENETICS = [
    ("org", "Yorkshire Regional Clinical Genetics Service"),
    ("small", "Clinic letter - dictated 4/3/26, typed 11/3/26"),
    ("p", "Dear Mr and Mrs Nowak,"),
    ("p", "Re: Zofia Nowak, DOB 16/08/2019, NHS no 999 765 4321"),
    (
        "p",
        "Thank you for coming to see me with Zofia in the genetics clinic. As we discussed, the microarray test found a small deletion on chromosome 16 (16p11.2). This is known to be associated with speech delay, learning difficulties and autism, although it affects people very differently.",
    ),
    (
        "p",
        "I would recommend that Zofia's school is made aware of the diagnosis. I have referred her to the community paediatrician and would be happy for this letter to be shared with the council.",
    ),
    ("sig", ["Dr Fiona Kettlewell", "Consultant Clinical Geneticist"]),
    ("small", "cc: GP; Dr R. Singh, Community Paediatrician"),
]

LD_NURSE = """Community Learning Disability Team (Adults) - Nursing Summary
Service user: Bethany Cartwright  NHS no 999 456 1230
Bethany has epilepsy (tonic-clonic seizures, about one a month) and a severe learning
disability. Her rescue medication is buccal midazolam. Staff at college and placement
must be trained in its use. An epilepsy care plan and hospital passport are attached.
Next review with the epilepsy nurse in January.
Learning Disability Nurse, Fenwold Community Health
"""

COMMUNITY_NURSE = [
    ("org", "Kennet Valley Children's Community Nursing Team"),
    ("title", "Health advice for Education, Health and Care plan"),
    ("p", "Child: Freddie Lang"),
    (
        "p",
        "Freddie is fed by gastrostomy and needs suction several times a day. He needs an adult trained by our team with him at all times in school, including on transport.",
    ),
    ("p", "Our team will train school staff each year and sign off their competency."),
    ("sig", ["Nicola Venn, Children's Community Nurse"]),
]

HOSPICE = """Willowbrook Children's Hospice
Care team summary for school and council - Freddie Lang
Freddie has stays with us for short breaks every 6 to 8 weeks and we support his family
at home. His health has been more fragile this winter with two chest infections. His
parents have asked us to share his symptom management plan with school.
Care Team Lead
"""

CAMHS_LETTER = [
    ("org", "Wrexholme CAMHS"),
    ("p", "Private and confidential"),
    ("p", "Dear Ms Ambrose,"),
    ("p", "Re: Tilly Ambrose - outcome of assessment"),
    (
        "p",
        "Thank you for bringing Tilly to see us. We agreed that Tilly has significant anxiety that is stopping her going to school. We will offer 8 sessions of CBT with our primary mental health worker. We would also advise school to keep a key adult and a safe space.",
    ),
    ("sig", ["Dr L. Armitage, Clinical Psychologist"]),
]

CAMHS_LD = """CAMHS Learning Disability Team
Review summary - Kacper Nowak
Behaviour: two incidents of head banging in the past month, both when his routine changed.
Plan: positive behaviour support plan updated (attached); meds unchanged; review 3 months.
"""

ALS_REPORT = [
    ("org", "Boston Fen College - Additional Learning Support"),
    ("title", "Learning support report for EHC plan review"),
    ("p", "Student: Amber Whitlock, Level 1 Animal Care"),
    (
        "grid",
        [
            ["Support in place", "Hours", "Impact"],
            [
                "In-class learning support assistant",
                "8 hrs / week",
                "Amber completes practical tasks",
            ],
            ["Exam reader", "all assessments", "Passed unit 2 first time"],
        ],
        [0.45, 0.2, 0.35],
    ),
    ("p", "Amber has 94% attendance. She is on track to complete her course."),
    ("sig", ["C. Hargreaves, Additional Learning Support Manager"]),
]

MUSIC_TEACHER = """Report from St Aldhelm's peripatetic music teacher
Ruby-Mae has had violin lessons for a year. She works well when I face her and
when I use signs for the note names. She passed her Grade 1 with merit.
"""

SCHOOL_SENCO = [
    ("org", "Holmfield Academy"),
    ("title", "School report for the EHC needs assessment"),
    ("p", "Pupil: Kacper Nowak   Year 6 (transition from Lowfield Primary)"),
    (
        "p",
        "Kacper has had SEN support for 2 years, including a daily reading group and a visual timetable. He is working below the expected standard in reading and writing.",
    ),
    ("sig", ["Mrs G. Hirst, SENCo"]),
]

INDEP_SALT = [
    ("org", "Vale Speech Partnership (independent)"),
    ("title", "Independent speech and language therapy report"),
    ("small", "Prepared for the First-tier Tribunal (SEND) at the request of Ms Marchetti"),
    (
        "np",
        "1.",
        "I am a speech and language therapist with 15 years' experience. I have read the bundle and assessed Isabelle at home and at school.",
    ),
    (
        "np",
        "2.",
        "Isabelle has a severe language disorder affecting her understanding and her expressive language.",
    ),
    (
        "np",
        "3.",
        "In my opinion she needs weekly direct therapy from a speech and language therapist, and daily practice with a trained TA.",
    ),
    ("np", "4.", "I understand my duty to the tribunal and confirm that this report is true."),
    ("sig", ["Eleanor Vance, MRCSLT"]),
]

INDEP_OT = """INDEPENDENT OCCUPATIONAL THERAPY REPORT
Prepared by: Rachel Moss OT Ltd
For: SEND Tribunal, appeal EH880/26/00731 (Tilly Ambrose)
Statement of truth: I confirm the facts are true and the opinions are my own.
1. Tilly has significant sensory sensitivity to noise and touch.
2. The council's plan does not include any OT input.
3. I recommend a sensory diet designed and reviewed by an OT termly.
Page 1 of 12
"""

INDEP_EP = [
    ("org", "Dr Simon Pryce, Chartered Educational Psychologist"),
    ("title", "Independent psychological report"),
    ("p", "Regarding: Daniel Firth (21). Instructed by: Daniel himself, with his mother."),
    (
        "p",
        "I was asked to give my opinion on whether Daniel needs further education or training. I assessed him on 4 September 2026.",
    ),
    (
        "p",
        "Daniel's reading and numeracy are at an early primary level. In my opinion a supported internship with a job coach is the right next step and he will need his plan to achieve it.",
    ),
    ("sig", ["Dr S. Pryce, CPsychol"]),
]

AR_19 = [
    ("org", "Calderbrook MDC - Annual Review (Post-19)"),
    ("title", "Annual review of EHC plan - record of meeting"),
    (
        "kv",
        [
            ("Young person", "Daniel Firth, 21"),
            ("Date of review", "20 May 2026"),
            ("Present", "Daniel, Mrs Firth, college tutor, SEND officer"),
        ],
    ),
    ("h", 2, "Progress towards outcomes"),
    ("p", "Daniel has completed his Level 1 course. He has not achieved his outcome of paid work."),
    ("h", 2, "Preparing for adulthood"),
    (
        "p",
        "Daniel wants to do a supported internship. The college said it cannot offer one next year.",
    ),
    ("h", 2, "Recommendation of the review"),
    ("p", "Officer to consider whether to cease the plan. Daniel and his mother disagree."),
]

AR_COLLEGE = """ANNUAL REVIEW REPORT - AGE 19-25
Student: Bethany Cartwright   Review date: 14/05/2026
College: Marshlands Specialist College

Views of the young person: "I like the stables. I want my own flat."
Progress: travel training begun; work placement going well.
Changes to the plan requested: Section F - add travel training.
Outcome of the review: amend the plan.
"""

AR_PRIMARY = [
    ("org", "St Aldhelm's C of E Primary"),
    ("title", "Annual Review Report"),
    ("p", "Ruby-Mae Osei - Year 4 - review held 10 June 2026"),
    (
        "grid",
        [
            ["Outcome", "Progress", "Next step"],
            ["Will follow whole-class teaching", "Better with radio aid", "Continue"],
            ["Vocabulary", "Learnt 80% of topic words", "Keep pre-teaching"],
        ],
        [0.35, 0.35, 0.3],
    ),
    ("p", "The review recommends the plan is kept with no changes."),
]

AR_SCAN = """EHCP ANNUAL REVIEW - Lower Wolds Council
Amir Haddad   Year 11   Review date 18.11.2025
Summary: good progress in maths; coursework still late; laptop helps.
Post-16: wants to study engineering at Grimsby college.
Recommendation: amend plan for transfer to college.
"""

DOCUMENTS: list[dict] = [
    dict(name="EP advice Kacper.pdf", kind="ep_report", blocks=EP_YORKS),
    dict(name="Amber EP 2026.txt", kind="ep_report", text=EP_COLLEGE),
    dict(name="Scan 12 May 2026.pdf", kind="ep_report", text=EP_SCAN, ocr=True),
    dict(name="AAC report Freddie.docx", kind="salt_report", blocks=AAC_SALT, sans=True),
    dict(name="SLT report Jack P.txt", kind="salt_report", text=NHS_SALT),
    dict(name="Bethany SLT summary.pdf", kind="salt_report", blocks=COLLEGE_SALT),
    dict(name="OT report Oliver.txt", kind="ot_report", text=OT_SENSORY),
    dict(name="Daniel OT home assessment.docx", kind="ot_report", blocks=OT_ADULT),
    dict(
        name="WhatsApp Image 2026-03-03 at 16.22.05.pdf", kind="ot_report", text=OT_PHOTO, ocr=0.08
    ),
    dict(name="Physio Harvey Feb.docx", kind="physio_report", blocks=PHYSIO_MSK),
    dict(name="physio letter Tilly.txt", kind="physio_report", text=PHYSIO_SHORT),
    dict(name="Genetics letter Zofia.pdf", kind="medical_report", blocks=GENETICS),
    dict(name="LD nurse summary.txt", kind="medical_report", text=LD_NURSE),
    dict(name="CCN health advice Freddie.docx", kind="medical_report", blocks=COMMUNITY_NURSE),
    dict(name="Willowbrook summary.pdf", kind="medical_report", text=HOSPICE),
    dict(name="CAMHS letter Tilly.pdf", kind="camhs_report", blocks=CAMHS_LETTER),
    dict(name="CAMHS LD review.txt", kind="camhs_report", text=CAMHS_LD),
    dict(name="ALS report Amber.docx", kind="school_report", blocks=ALS_REPORT),
    dict(name="music report.txt", kind="school_report", text=MUSIC_TEACHER),
    dict(name="Holmfield SENCo report.pdf", kind="school_report", blocks=SCHOOL_SENCO),
    dict(
        name="Vance SLT expert report.pdf",
        kind="independent_report",
        blocks=INDEP_SALT,
        footer="Vale Speech Partnership - confidential",
    ),
    dict(name="Moss OT report Tilly.txt", kind="independent_report", text=INDEP_OT),
    dict(name="Pryce report Daniel.docx", kind="independent_report", blocks=INDEP_EP),
    dict(name="AR record Daniel May 26.pdf", kind="annual_review", blocks=AR_19),
    dict(name="Bethany AR 2026.txt", kind="annual_review", text=AR_COLLEGE),
    dict(name="Ruby-Mae review.docx", kind="annual_review", blocks=AR_PRIMARY),
    dict(name="Canon_iR_0032.pdf", kind="annual_review", text=AR_SCAN, ocr=True),
]
