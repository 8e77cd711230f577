# ruff: noqa: E501
"""Reports of set U, continued: medical letters (a paediatric diabetes team, a sickle cell
clinic, an audiovestibular physician, a community paediatrician behind an NHS trust's fax
header, a school nurse's health care summary), CAMHS (a crisis team's discharge, an OCD
clinic, a looked-after children's team, a family therapy letter), schools (an all-through
island school, a Steiner school, a prep school's report for the tribunal, a secondary
school's progress report in an e-mail),
independent experts and annual reviews. All invented."""

from __future__ import annotations

from document_kinds_u.common import headers

# --- medical ---------------------------------------------------------------------------

DIABETES = [
    ("org", "Lunesmouth and Fellside Hospitals NHS Foundation Trust"),
    ("small", "Paediatric Diabetes Team, Royal Bay Infirmary  |  01632 960415"),
    ("p", "To: Mrs K. Aske, SENCo, Hestholme Primary School\nCopy: parents; GP"),
    (
        "kv",
        [
            ("Patient", "Kofi Mensah-Barr"),
            ("NHS number", "999 201 7763"),
            ("Clinic date", "18 March 2026"),
        ],
    ),
    ("p", "Dear Mrs Aske,"),
    (
        "p",
        "Kofi was diagnosed with type 1 diabetes in December 2025 and is now on an insulin pump with a continuous glucose monitor. His HbA1c is 61 mmol/mol. Kofi has had two hypoglycaemic episodes at school after PE.",
    ),
    (
        "p",
        "Kofi needs a trained adult to check his glucose readings before and after PE and at lunch, to give carbohydrate-counted boluses with him and to treat hypos in line with his individual healthcare plan. He will need supervision of this for the foreseeable future because of his age and his coordination difficulties.",
    ),
    (
        "sig",
        [
            "Dr Helen Ashcroft, Consultant Paediatrician (Diabetes)",
            "Nia Lloyd, Paediatric Diabetes Specialist Nurse",
        ],
    ),
]

SICKLE = """Lunesmouth and Fellside Hospitals NHS Foundation Trust
Paediatric Haematology - Sickle Cell Clinic

Our ref: HAEM/RB/2207       Date dictated: 02/04/2026   Date typed: 09/04/2026

Dear Dr Fairclough (GP),

Re: Bilal Hussain  DOB 30/09/2013  NHS No 999 372 8810
Diagnosis: sickle cell anaemia (HbSS); silent cerebral infarcts on MRI (2025)

I reviewed Bilal with his mother today. He has had three admissions for painful crises this school year, missing 19 days. His transcranial Doppler remains normal on hydroxycarbamide. His mother reports he is struggling to keep up at school, and neuropsychology found slowed processing speed in January.

Bilal needs: free access to water and the toilet; to stay indoors in cold or wet weather; to avoid strenuous exercise; a plan for work missed during admissions; extra time in tests because of slowed processing.

Yours sincerely
Dr Adaeze Nwosu, Consultant Paediatric Haematologist
cc Mrs Hussain; School Nurse, Sandgarth Academy
"""

AUDIO_FAX = """NHS  Wolds and Vale Community NHS Trust    FAX COVER SHEET
To: Chedworth Vale School - SENCo   Fax 01632 960398
From: Paediatric Audiovestibular Medicine   Pages incl. cover: 3
Confidential patient information - if received in error please telephone 01632 960433

Paediatric Audiovestibular Medicine Clinic Letter
Patient: Freya Lindqvist  NHS 999 803 4471
Clinic: 21 January 2026

Diagnosis: bilateral sensorineural hearing loss (right profound - cochlear implant; left moderate-severe - hearing aid); enlarged vestibular aqueducts on imaging; vestibular hypofunction.

Freya's balance problems are caused by her inner ear condition and she may find PE, playgrounds and dim corridors difficult. Her hearing fluctuates and may suddenly worsen after a minor head injury; contact sports should be avoided.

Recommendations: remote microphone system; seating near the teacher away from noise; captioned videos; adapted PE.
Dr Rhiannon Pugh, Consultant in Audiovestibular Medicine
"""

SCHOOL_NURSE = [
    ("org", "Wrenholm and Channel Community Health - School Nursing"),
    ("title", "Health advice for EHC needs assessment"),
    ("p", "Child: Ellis Penhallow    DOB: 09/06/2018    NHS number: 999 655 1023"),
    (
        "p",
        "Prepared by: Jess Trebilcock, Specialist Community Public Health Nurse (School Nursing), 27 January 2026, on behalf of the community paediatrician, Dr Rowe.",
    ),
    ("h", 3, "Health history"),
    (
        "p",
        "Ellis was diagnosed with autism in March 2025. He has significant sleep-onset difficulties and takes melatonin 2 mg. He has a restricted diet (eight accepted foods) and constipation managed with Movicol.",
    ),
    ("h", 3, "Health needs affecting learning"),
    (
        "p",
        "Poor sleep affects Ellis's attention in the mornings. Toileting accidents occur when he is anxious. His restricted diet makes school lunches difficult.",
    ),
    ("h", 3, "Recommendations"),
    (
        "bul",
        [
            "Access to a toilet with a discreet pass and spare clothes in school.",
            "A packed lunch from home to be allowed in the quiet room.",
            "Referral to the dietitian; paediatric review in 6 months.",
        ],
    ),
]

PAED_LETTER_EML = """Dear Dr Fairclough,

Re: Casper Dunmore (DOB 14/07/2018) - letter following clinic 12 February 2026

Diagnoses: Duchenne muscular dystrophy; learning difficulties (under assessment); low mood.

Casper was seen in the combined neuromuscular clinic with his mum. He remains ambulant but his walking is slower. He has started daily steroids (deflazacort) and his weight will need monitoring. Casper's mum is worried about his reading and his behaviour at home; DMD is associated with learning and attention difficulties, and I have asked the school to consider requesting an EHC needs assessment.

Plan: cardiac review (echo) in May; bone health review; referral to clinical psychology; review in 6 months.

Yours sincerely
Dr Oliver Strand, Consultant Paediatric Neurologist
Regional Paediatric Neuromuscular Service, Royal Bay Infirmary
"""

# --- CAMHS -----------------------------------------------------------------------------

CAMHS_CRISIS = [
    ("org", "Lunesmouth and Fellside CAMHS - Crisis and Home Treatment Team"),
    ("small", "Bayview House, Lunesmouth LB3 5CX  |  01632 960440 (24 hours)"),
    ("title", "Discharge summary"),
    (
        "kv",
        [
            ("Young person", "Bilal Hussain, 12"),
            ("NHS number", "999 372 8810"),
            ("Episode", "3 March - 14 April 2026"),
        ],
    ),
    (
        "p",
        'Bilal was referred by the emergency department after expressing thoughts of ending his life following a hospital admission for a painful crisis. He was seen at home three times a week. Mood has improved and risk is assessed as low. Bilal continues to describe feeling "different" and left behind at school.',
    ),
    (
        "p",
        "Recommendations for school: a named trusted adult; a safe space; a graded plan to catch up on missed work; staff to be aware of his safety plan.",
    ),
    ("p", "Bilal is discharged to the CAMHS community team for ongoing CBT."),
    ("sig", ["Dr Farah Qureshi, Consultant Child and Adolescent Psychiatrist"]),
]

CAMHS_OCD = """Wolds and Vale Community NHS Trust
Child and Adolescent Mental Health Service - Specialist OCD and Anxiety Clinic

Report requested by the local authority for Nell Fairbairn's EHC needs assessment
Date: 14 April 2026
Clinician: Dr Tom Aldridge, Clinical Psychologist

Nell (13) has obsessive-compulsive disorder of moderate severity (CY-BOCS 24) and social anxiety. She spends up to two hours each morning on washing and checking routines, which makes her late or absent. She fears contamination from shared equipment.

Nell has started exposure and response prevention therapy, 12 weekly sessions.

Advice for education:
- A gradual, planned increase in attendance, agreed with Nell.
- Her own set of equipment; not to be forced to use shared items during early treatment.
- School staff to avoid giving reassurance repeatedly; a consistent script agreed with CAMHS.
"""

CAMHS_LAC = """Dear Mr Carew,

Thank you for asking for our view for Reggie's EHC needs assessment.

CAMHS Children in Care Team - Isle of Wrenholm
Reggie Tullett (9), placed with kinship carers (paternal grandparents) since 2024.

Reggie has experienced early neglect and a sudden move. He shows hypervigilance, difficulty settling to tasks and big reactions to small changes, consistent with developmental trauma. He does not meet the criteria for ADHD in our assessment.

We recommend: a relational, trauma-informed approach in school; a key adult with protected daily check-ins; staff training in emotion coaching (we can deliver this); consistent, predictable routines.

We will continue monthly consultation with his carers and social worker.

Kind regards
Dr Imogen Hartley, Clinical Psychologist, CAMHS Children in Care Team
"""

CAMHS_FAMILY = [
    ("org", "Wrenholm and Channel Community Health - CAMHS"),
    ("small", "Family Therapy Clinic, St Aldric's Clinic, Port Eddery"),
    ("p", "Dear Mr Dar and Adam,"),
    (
        "p",
        "Thank you for coming to our family sessions. This letter summarises what we have talked about, as you asked, so you can share it with school and the council.",
    ),
    (
        "p",
        "Adam (15) has not attended school since January. In our sessions Adam described low mood, poor sleep and feeling unable to face the crowds on the school bus and the ferry. We think Adam has depression and social anxiety. He has agreed to start medication with our psychiatrist and to continue family therapy fortnightly.",
    ),
    (
        "p",
        "We recommend that Adam's education begins at home or in a small setting, with a tutor he can get to know, and that any return to school is gradual.",
    ),
    ("sig", ["Sarah Corran and Nick Vasey", "Systemic Family Psychotherapists, CAMHS"]),
]

# --- school reports ------------------------------------------------------------------

ISLAND_SCHOOL = [
    ("org", "Caulbury All-Through School"),
    ("small", "Part of the Island Learning Partnership  |  Ferry Road, Caulbury WH3 1CA"),
    ("title", "Educational advice for EHC needs assessment"),
    (
        "kv",
        [
            ("Pupil", "Adam Dar"),
            ("Year", "10"),
            ("Completed by", "Mrs Lowenna Hext, SENCo"),
            ("Date", "5 February 2026"),
        ],
    ),
    (
        "p",
        "Attendance: 41% this academic year. Adam's attendance fell sharply after the move to Key Stage 4 buildings on the upper site.",
    ),
    (
        "p",
        "Attainment: Adam was predicted grade 5s in Year 9. He is now working at grade 2-3 in most subjects because of missed learning.",
    ),
    (
        "p",
        "Support in place: mentoring with the pastoral lead weekly; a reduced timetable; access to the Harbour Room (inclusion base).",
    ),
    (
        "p",
        "What we think Adam needs: a small teaching group; a key worker; an alternative route to school not requiring the crowded bus.",
    ),
]

STEINER = """Wolds Hill Steiner School
End of year report to parents and educational advice for the local authority - Class 3

Child: Arlo Whitcombe    Class teacher: Mr Reuben Sachs    July 2025

Main lesson: Arlo joins the morning circle with his helper and enjoys the rhythm of the songs and verses. He can copy the form drawing with hand-over-hand help.
Handwork: he has learned to finger knit with support.
Language: Arlo uses single words and Makaton signs; he is beginning to use his communication book to choose activities.
Social: Arlo plays alongside others in the garden but becomes distressed in the busy hall.

Advice for the EHC needs assessment: Arlo needs a full-time adult, a quiet space, visual timetables and speech and language therapy advice built into the day. The school is not able to provide this level of support from its own resources and would value specialist outreach.
"""

PREP_TRIBUNAL = [
    ("org", "St Edric's Preparatory School"),
    ("small", "Hestholme Road, Lunesmouth LB5 8SE"),
    ("title", "Report of the Head of Learning Support for the First-tier Tribunal (SEND)"),
    (
        "p",
        "Pupil: Ruby Saltmarsh (Year 6). Author: Mrs Imelda Ferrier, Head of Learning Support. Date: 18 June 2026.",
    ),
    (
        "p",
        "Ruby has attended St Edric's since September 2025, funded by her parents. She receives daily one-to-one multisensory literacy teaching of 30 minutes with a specialist teacher and touch-typing practice. Her single-word reading standard score has improved from 71 to 78 in three terms.",
    ),
    (
        "p",
        "In my professional opinion Ruby continues to need daily specialist teaching, not a programme delivered by an untrained assistant, and class sizes of no more than 16.",
    ),
    (
        "p",
        "I understand my duty to the Tribunal and confirm this report is true to the best of my knowledge.",
    ),
    ("sig", ["Imelda Ferrier, PGCert SpLD, AMBDA"]),
]

SIXTH_FORM_EML = """Dear Mr and Mrs Lindqvist,

Thank you for your enquiry. We have reviewed Freya's current report with her teachers.

Chedworth Vale School - Year 8 progress report (summer)
English: working towards; Freya has good ideas but her written work is short. Maths: working towards; she needs concrete resources. Science: secure in practical work.
Teacher comments: Freya uses her radio aid well in most lessons but it is not always switched on in PE and music. She is a kind friend and works hard.
SENCo comment: Freya's progress is slow but steady. She needs the pre-teaching of vocabulary to continue and support with note-taking.

Best wishes
Mr S. Hensby, SENCo
"""

# --- independent reports -------------------------------------------------------------

BCBA = [
    ("org", "Driftwood Behaviour Consultancy Ltd"),
    (
        "small",
        "Independent Board Certified Behaviour Analyst reports  |  info@driftwood-bc.example.org",
    ),
    ("title", "Independent report on Arlo Whitcombe"),
    (
        "p",
        "Prepared for: the First-tier Tribunal (SEND), appeal of Mr B. Whitcombe against Windrush Wolds County Council",
    ),
    (
        "p",
        "Author: Dr Cerys Abernethy, BCBA-D, 9 years' experience with children with autism and learning disabilities. Instructed by the appellant. Date: 30 May 2026.",
    ),
    ("h", 2, "Assessment"),
    (
        "p",
        "I observed Arlo for two full school days and at home, and carried out a functional assessment of his behaviours of concern (biting his hand, dropping to the floor). These function mainly to escape demands and noise. Arlo has very few ways to ask for a break.",
    ),
    ("h", 2, "Opinion and recommendations"),
    (
        "p",
        "Arlo needs a consistent, individualised teaching programme of at least 25 hours per week, delivered by staff trained in and supervised by a behaviour analyst, with functional communication training. Supervision should be 2 hours per week.",
    ),
    (
        "p",
        "I understand my duty is to the Tribunal and it overrides any obligation to the person who instructed me. I confirm that this report is true.",
    ),
    ("sig", ["Dr Cerys Abernethy"]),
]

NEUROPSYCH = """INDEPENDENT PAEDIATRIC NEUROPSYCHOLOGY REPORT
Dr Benedict Lazenby, Consultant Clinical Neuropsychologist (private practice, Stowcombe)
Instructed by: Mrs S. Hussain
Re: Bilal Hussain (DOB 30/09/2013)
Date of report: 21 May 2026

1. I am asked for my opinion on Bilal's cognitive profile and his educational needs.
2. Bilal's processing speed index (WISC-V) is 69 and his working memory index 74, against verbal comprehension of 96. This pattern is typical of children with silent cerebral infarcts in sickle cell disease.
3. Bilal needs: extra time in all tests (25%); information presented in writing as well as orally; a scribe or word processor; a pre-teaching and catch-up session of at least 3 hours per week after absences; a learning mentor.
4. Statement of truth: I confirm that I have made clear which facts and matters referred to in this report are within my own knowledge. I understand my duty to the Tribunal.
"""

IND_SLT_EML = """Dear Ms Penhallow,

Please find my report below; the signed PDF will follow for the tribunal bundle.

INDEPENDENT SPEECH AND LANGUAGE THERAPY REPORT - Ellis Penhallow
Author: Rosa Kettlewell, MRCSLT, HCPC SL04418, independent practitioner
Assessed: 24 July 2026 at home and on 25 July at the holiday club

Ellis's receptive language (CELF-5 receptive language index 66) and expressive language (index 70) are both in the severely impaired range. His social communication is significantly affected. He needs direct therapy and cannot be expected to progress through a programme reviewed once a term.

Recommendations: direct speech and language therapy by a specialist SLT, 1 hour weekly in school (40 weeks); a half-termly training session for his TA; a weekly social communication group (e.g. Lego-based therapy) run by the SLT with a TA.

I understand my duty to the Tribunal. Statement of truth signed on the PDF.

Rosa Kettlewell
"""

IND_OT = [
    ("org", "Hestholme Independent Therapy"),
    ("title", "Occupational Therapy Report - prepared for the Tribunal"),
    (
        "p",
        "Name: Kofi Mensah-Barr. Age 7. Instructed by Ms J. Mensah-Barr. Assessed 2 June 2026 by Nadine Colquhoun, HCPC registered OT, independent practice.",
    ),
    (
        "p",
        "Kofi's motor coordination is significantly impaired (BOT-2 fine motor precision below the 1st percentile). He cannot manage his own diabetes pump buttons reliably. The draft plan's provision of fine motor support \"as needed\" is not specific.",
    ),
    (
        "p",
        "I recommend: direct OT of 30 minutes weekly for two terms then fortnightly; a daily sensory motor programme; adapted equipment; training for staff.",
    ),
    (
        "p",
        "Statement of truth: I believe the facts in this report are true and the opinions are my own. I understand my duty to the Tribunal.",
    ),
]

# --- annual reviews --------------------------------------------------------------------

AR_WOLDS = [
    ("org", "Coln Brook School (special school)"),
    ("title", "Annual Review of EHC Plan - Report"),
    (
        "kv",
        [
            ("Young person", "Arlo Whitcombe"),
            ("Meeting date", "18 March 2026"),
            (
                "Present",
                "Mr B. Whitcombe; Mrs Dyer (class teacher); Ms Kinsella (SLT); Mrs Pratt (chair)",
            ),
            ("Apologies", "EHC Coordinator"),
        ],
    ),
    ("h", 3, "Progress towards outcomes"),
    (
        "grid",
        [
            ["Outcome", "Progress", "Continue / change"],
            ["Request using symbols", "Now uses 20 symbols", "Change - extend"],
            ["Toilet independence", "Some progress", "Continue"],
        ],
        [0.4, 0.35, 0.25],
    ),
    ("h", 3, "Views"),
    (
        "p",
        "Arlo's views (with symbols): likes trains, music; doesn't like the hall. Parent: wants more speech and language therapy.",
    ),
    ("h", 3, "Recommendations of the review"),
    (
        "p",
        "The meeting recommends that the plan is amended: Section B to be updated; weekly direct speech and language therapy to be added to Section F.",
    ),
]

AR_PATH = """Person-centred annual review - PATH
Maisie Quayle, Wrenholm College, 24 November 2025

The dream: to work on boats and live in my own flat.
Goal (one year): finish my Level 1 in marine engineering and get a work placement at the boatyard.
Where I am now (positive and possible): I go to college 3 days, I can get the ferry on my own, I get tired after my accident.
Who is needed: Mum, college support worker, physio, my tutor.
Next steps: college to review her learning support; physio to advise on workshop safety; council to be asked to amend Section F.

Review attended by: Maisie, mum, Ms Kerensa Pascoe (learning support manager), Mr Dunstan (physio).
Form completed by the college for the local authority annual review.
"""

AR_FORM_SCAN = """Lunesmouth Borough Council
EHC PLAN ANNUAL REVIEW - RECORD OF MEETING (Form AR2)

Child: Casper Dunmore   School: Lighthouse Lane Infant School
Date of meeting: 23/06/2026

Progress in the past year: Casper has made progress in phonics and can read CVC words. His walking has slowed and he is now using a buggy on trips.
Changes in needs: Casper's fatigue has increased; he needs rest breaks.
Parent views: we are worried about the move to junior school and the stairs.
Recommendation: AMEND the plan - update Section B (physical needs); add rest breaks and adapted PE to Section F; name a junior school with a lift.
Signed (chair): K. Aske
"""

AR_TRANSFER_EML = """Hi Dad,

This is what school sent after the review.

From: office@coln-st-aldwyn.example.org
Subject: Tobi - review paperwork

Annual Review of EHC Plan (Year 3) - Tobi Ogundipe
Date: 13 May 2026

Attendees: Mrs Ogundipe; Miss Kemp (class teacher); Mrs Roe (SENCo); Ms Kinsella (SLT, by phone)
Progress: Tobi now speaks to two adults in school. Reading age 6y3m (CA 8y7m).
Outcomes reviewed: two of four met.
Recommendations for the local authority: keep the plan; add direct SLT to Section F; update Section B.
"""

DOCUMENTS: list[dict] = [
    {"name": "Kofi letter for school.pdf", "kind": "medical_report", "blocks": DIABETES},
    {"name": "Bilal haematology.txt", "kind": "medical_report", "text": SICKLE},
    {
        "name": "Freya balance.pdf",
        "kind": "medical_report",
        "text": AUDIO_FAX,
        "ocr": True,
        "running": "Wolds and Vale Community NHS Trust",
    },
    {"name": "health advice Ellis.docx", "kind": "medical_report", "blocks": SCHOOL_NURSE},
    {
        "name": "Casper neurology.eml",
        "kind": "medical_report",
        "headers": headers(
            "Dr Oliver Strand <oliver.strand@lfh-nhs.example.org>",
            "gp.fairclough@sandgarthsurgery.example.org",
            "Casper Dunmore - clinic letter",
            "Mon, 16 Feb 2026 08:45:00 +0000",
            cc="dunmore.family@example.org",
        ),
        "text": PAED_LETTER_EML,
    },
    {"name": "Bilal discharge.pdf", "kind": "camhs_report", "blocks": CAMHS_CRISIS},
    {"name": "Nell OCD.docx", "kind": "camhs_report", "text": CAMHS_OCD},
    {
        "name": "Reggie - CiC team view.eml",
        "kind": "camhs_report",
        "headers": headers(
            "Dr Imogen Hartley <imogen.hartley@wcch.example.org>",
            "Donal Carew <d.carew@wrenholm.example.org>",
            "Reggie Tullett - EHC needs assessment",
            "Wed, 18 Mar 2026 14:33:10 +0000",
        ),
        "text": CAMHS_LAC,
    },
    {
        "name": "PXL_20260408_120144.pdf",
        "kind": "camhs_report",
        "text": "\n".join(b[1] if b[0] != "sig" else "\n".join(b[1]) for b in CAMHS_FAMILY),
        "ocr": 0.07,
    },
    {"name": "Adam SENCo advice.pdf", "kind": "school_report", "blocks": ISLAND_SCHOOL},
    {"name": "Arlo end of year.txt", "kind": "school_report", "text": STEINER},
    {"name": "Ruby evidence St Edrics.docx", "kind": "school_report", "blocks": PREP_TRIBUNAL},
    {
        "name": "Re_ Freya.eml",
        "kind": "school_report",
        "headers": headers(
            "Stuart Hensby <s.hensby@chedworthvale.example.org>",
            "lindqvist.family@example.org",
            "Re: Freya",
            "Fri, 10 Jul 2026 12:00:31 +0100",
        ),
        "text": SIXTH_FORM_EML,
    },
    {"name": "Arlo behaviour.pdf", "kind": "independent_report", "blocks": BCBA},
    {"name": "Bilal report May.txt", "kind": "independent_report", "text": NEUROPSYCH},
    {
        "name": "SLT report.eml",
        "kind": "independent_report",
        "headers": headers(
            "Rosa Kettlewell <rosa@kettlewell-slt.example.org>",
            "tamsin.penhallow@example.org",
            "Ellis - SLT report",
            "Thu, 30 Jul 2026 19:02:44 +0100",
        ),
        "text": IND_SLT_EML,
        "html": True,
    },
    {"name": "Kofi OT June.docx", "kind": "independent_report", "blocks": IND_OT},
    {"name": "Arlo school report.docx", "kind": "annual_review", "blocks": AR_WOLDS},
    {"name": "Maisie PATH.txt", "kind": "annual_review", "text": AR_PATH},
    {"name": "doc20260624.pdf", "kind": "annual_review", "text": AR_FORM_SCAN, "ocr": True},
    {
        "name": "Fwd_ Tobi.eml",
        "kind": "annual_review",
        "headers": headers(
            "Hattie Ogundipe <hattie.o@example.org>",
            "Kunle Ogundipe <k.ogundipe@example.org>",
            "Fwd: Tobi",
            "Thu, 14 May 2026 20:15:09 +0100",
        ),
        "text": AR_TRANSFER_EML,
    },
]
