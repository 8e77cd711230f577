# ruff: noqa: E501
"""Reports of set T: educational psychologists, speech and language therapists, occupational
therapists, physiotherapists, doctors, CAMHS, schools and independent experts, from the island
trust and the salt-town community trust, some pasted into e-mails, some behind fax or cover
sheets, some scanned. All invented."""

from __future__ import annotations

from document_kinds_t.common import BRINE_NHS, WRAYLE_NHS, headers

EP_ADVICE = """Isle of Wrayle Educational Psychology Service
PSYCHOLOGICAL ADVICE FOR AN EDUCATION, HEALTH AND CARE NEEDS ASSESSMENT
Child: Ffion Tregarthen    DOB: 14/09/2015    School: Sandmouth CE Primary
Educational Psychologist: Dr Joseph Okonjo, HCPC PYL 04412 (invented)
Date of assessment: 11 February 2026

1. Background
Ffion lives with her mother and grandfather in Wrayle Bay. She was referred by the school after two terms of SEN Support.

2. Assessment
I observed Ffion in a literacy lesson and assessed her individually using the BAS3 and the CTOPP-2.
Verbal similarities: T score 31 (below average). Pattern construction: T score 46 (average). Phonological awareness composite: standard score 72.

3. Needs
Ffion has significant difficulties with verbal reasoning and phonological processing which underlie her slow progress in reading. Her working memory is weak and she loses track of multi-step instructions.

4. Recommendations
- A structured, cumulative phonics programme delivered daily, 1:1, by an adult trained in it.
- Instructions chunked and supported by visuals.
- Pre-teaching of topic vocabulary twice a week.

Dr Joseph Okonjo, Educational Psychologist
"""

EP_EMAIL = """Dear Mrs Oyelaran-Birch,

As promised at our meeting, here is a summary of my consultation with school about Maisie, which I will also send to the EHC team as my contribution.

Summary of EP involvement (Brinefield Educational Psychology Team)
I met Maisie on 3 February and completed a cognitive assessment (WISC-V UK). Her verbal comprehension index was 108 and her processing speed index 74, a very significant difference. Her visual-motor integration (Beery VMI) was at the 5th centile.

Maisie's main barriers are slow processing and motor planning, and anxiety that rises when she cannot keep up.

I recommend: extra time and a reader/scribe in assessments; a laptop with touch-typing instruction; a planned morning check-in with a key adult; staff training on dyspraxia.

Best wishes,
Priya Raghunathan
Senior Educational Psychologist (HCPC registered)
Brinefield Borough Council
"""

EP_COVER = """COVER SHEET
Please pass to: SEND Panel clerk
From: Educational Psychology, Isle of Wrayle
Re: Jago Penhallow - EP statutory advice
No. of pages including this one: 4
Confidential: this document contains personal information.

----- page 2 -----
EDUCATIONAL PSYCHOLOGY ADVICE
Name: Jago Penhallow   Year 4   Sandmouth CE Primary
Sources: consultation with SENCo and parents, classroom observation, dynamic assessment.
Jago has marked difficulties in attention and self-regulation, with emotional outbursts when tasks are open-ended. His literacy attainment is around the 10th centile.
Outcomes sought: Jago will manage transitions between lessons with a visual prompt.
Provision recommended: a consistent adult for transitions; emotion coaching; a daily movement break; small group literacy.
Rhiannon Dace, Educational Psychologist
"""

EP_TRAINEE_NOTE = [
    ("org", "Brinefield Educational Psychology Team"),
    ("title", "Record of consultation (EP involvement at SEN Support)"),
    (
        "kv",
        [
            ("Pupil", "Riley Kettle (Y6)"),
            (
                "Present",
                "Mrs Kettle, Mr Yates (SENCo), Amira Hussain (Trainee EP, supervised by P. Raghunathan)",
            ),
            ("Date", "14 January 2026"),
        ],
    ),
    ("h", 2, "What is working well"),
    ("p", "Riley responds to praise and to small group work in maths."),
    ("h", 2, "What we are worried about"),
    (
        "p",
        "Reading accuracy is at the 2nd percentile on the YARC; Riley avoids reading aloud and has been refusing to come in on Mondays.",
    ),
    ("h", 2, "Psychological formulation"),
    (
        "p",
        "Riley's profile is consistent with a specific learning difficulty (dyslexic-type) and the anxiety appears to be secondary to repeated failure.",
    ),
    ("h", 2, "Agreed actions"),
    (
        "bul",
        [
            "Precision teaching of high frequency words 10 minutes daily.",
            "Assistive technology (reader pen) trial.",
            "Review in 8 weeks.",
        ],
    ),
]

SALT_NHS = [
    ("org", WRAYLE_NHS + "\nChildren's Speech and Language Therapy"),
    ("p", "Patient: Ffion Tregarthen   NHS No: 999 482 1173   DOB 14/09/2015"),
    ("title", "Speech and Language Therapy advice for EHC needs assessment"),
    ("h", 2, "Assessment"),
    (
        "p",
        "CELF-5 UK: Core Language standard score 68. Receptive language index 70. Expressive language index 71. Ffion has a developmental language disorder.",
    ),
    ("h", 2, "Needs"),
    (
        "p",
        "Ffion has difficulty understanding complex sentences and answering 'why' and 'how' questions, and with narrative.",
    ),
    ("h", 2, "Recommended provision"),
    (
        "table",
        [
            ("What", "Who", "How often"),
            (
                "Direct therapy targeting narrative and vocabulary",
                "SLT",
                "Weekly, 30 minutes, for two terms",
            ),
            ("Language programme", "Trained TA", "3 x 15 minutes weekly"),
            ("Staff training on language-friendly classrooms", "SLT", "Once per year"),
        ],
        {"header": True},
    ),
    (
        "sig",
        ["Morwenna Treloar", "Specialist Speech and Language Therapist, HCPC SL 33871 (invented)"],
    ),
]

SALT_DISCHARGE = (
    """"""
    + BRINE_NHS
    + """
Speech and Language Therapy, Saltwich Health Centre, BF3 1AA

Dr N. Bhaskar (GP), Salt Lane Surgery
cc: Parents; SENCo, St Werburgh's Academy

14 March 2026
Re: Riley Kettle, DOB 30/06/2014, NHS 999 310 8824

I saw Riley today for review of his expressive language and speech sound work. His speech is now intelligible to unfamiliar listeners and his expressive language is within the average range on the CELF-5 (Expressive Language Index 88).

I have therefore discharged Riley from the community speech and language therapy service. School may re-refer if concerns arise. I would advise continued support for vocabulary learning in class.

Yours sincerely
Gemma Whitlow, Speech and Language Therapist
"""
)

SALT_STAMMER = """Brinefield Stammering Support Service (NHS)
Report following block of therapy
Client: Kacper Nowicki-Hale, age 12
Kacper attended 6 sessions of the Palin Parent-Child Interaction approach adapted for older children. His stammering severity rating fell from 6 to 4 (self-rating). He still avoids speaking in class and at the canteen.
Recommendations: teachers not to finish his words; allow him to answer first or last, not in the middle; a safe adult for oral presentations; consider a written alternative to reading aloud.
Speech and Language Therapist: Fenella Quick
"""

SALT_EMAIL_THREAD = """Mrs Tregarthen,

Please find Ffion's updated therapy report pasted below, as requested for the tribunal bundle.

Regards
Morwenna

From: Morwenna Treloar
Sent: 01 September 2026
Subject: Updated SALT report - Ffion Tregarthen

UPDATED SPEECH AND LANGUAGE THERAPY REPORT (for First-tier Tribunal)
Progress since February 2026: Ffion has made small gains in vocabulary but her understanding of complex instructions has not changed (CELF-5 Understanding Spoken Paragraphs scaled score 4).
Professional opinion: six sessions per half term is not enough. Ffion needs weekly direct therapy from a speech and language therapist, with daily practice from a trained assistant, to make progress.
Morwenna Treloar, HCPC SL 33871
"""

OT_REPORT = [
    ("org", BRINE_NHS + "\nChildren's Occupational Therapy"),
    ("title", "Occupational Therapy Report"),
    (
        "kv",
        [
            ("Name", "Maisie Oyelaran-Birch"),
            ("DOB", "09/10/2016"),
            ("Assessed", "26 January 2026, at school"),
        ],
    ),
    ("h", 2, "Assessments used"),
    (
        "p",
        "Movement ABC-2: total test score at the 2nd percentile. Sensory Profile 2 (school companion): definitely more than others in avoiding.",
    ),
    ("h", 2, "Findings"),
    (
        "p",
        "Maisie has poor balance and bilateral coordination, an immature pencil grip and fatigues after about 5 minutes of writing. She is slow to dress for PE and becomes distressed in the noisy changing room.",
    ),
    ("h", 2, "Recommendations"),
    (
        "bul",
        [
            "Daily fine motor programme (10 minutes) delivered by a TA following the OT programme.",
            "Sloped writing board and pencil grip.",
            "Change for PE in a quieter space with extra time.",
            "OT review each term.",
        ],
    ),
    ("sig", ["Carys Emberton, Occupational Therapist"]),
]

OT_SENSORY_TXT = """Sensory integration assessment - summary
Isle of Wrayle Children's Therapy Centre, Cowhaven
Child: Seren Abiodun-Pyke (4y 9m)
Seren seeks movement constantly: she spins, climbs and mouths objects. She is under-responsive to touch and pain. Her sitting tolerance is around 2 minutes.
Recommendations from the occupational therapist: a sensory diet timetabled through the day (movement before table work); a wobble cushion; supervised access to a quiet area; review in 6 months.
Signed: Tamsin Roskilly OT
"""

OT_HOME_LETTER = """Brinefield Borough Council - Adult and Children's Equipment Service
Occupational Therapy (Social Care)

Dear Mr and Mrs Nowicki-Hale,
Following my home visit on 3 March 2026 I have assessed Kacper's needs for bathing and toileting. Kacper is independent in toileting but needs supervision when bathing because of his sensory seeking. I have recommended a thermostatic mixer and grab rail, and a sensory-friendly bedroom adaptation (black-out blind). These are social care recommendations and I will send a copy to the EHC team for Section H.
Occupational Therapist: Imran Sattar
"""

OT_SCHOOL_VISIT_EML = """Hello Mr Yates,

Quick write-up of my school visit for Riley today, as discussed.

OT school visit - 19 May 2026
Observed: handwriting in English. Riley wrote 7 words a minute with frequent reversals and heavy pressure. Posture slumped, feet not flat on floor.
Recommendations: footrest and height-adjusted chair; a 5-minute warm-up (hand gym) before writing; touch-typing programme three times weekly; allow recording by laptop for longer pieces.
I will review in September.

Nisha Kaur, Occupational Therapist, Mid Brine Community Health
"""

PHYSIO_LETTER = (
    """"""
    + WRAYLE_NHS
    + """
Paediatric Physiotherapy Department

Re: Seren Abiodun-Pyke   NHS 999 207 3390
To whom it may concern / Brading Infant School

Seren has hypotonia associated with her global developmental delay. She walks independently but falls frequently and cannot yet manage stairs without a rail. She tires on the walk from the ferry terminal.
Physiotherapy advice: daily gross motor programme (10 minutes) in school; supervision on stairs and on uneven playground surfaces; a wheelchair for trips longer than 500 metres; review by physiotherapist each term.
Lowenna Pascoe, Senior Paediatric Physiotherapist
"""
)

PHYSIO_SCAN = """MID BRINE COMMUNITY HEALTH - CHILDREN'S PHYSIOTHERAPY
Physiotherapy report for EHC needs assessment
Name Maisie Oyelaran-Birch
Assessment: reduced core stability; Beighton score 7/9 (joint hypermobility); pain in knees after PE.
Needs: Maisie struggles with PE, with carrying her bag and with sitting on the floor.
Provision: chair at carpet time; modified PE with physio programme twice weekly; lift pass between lessons; review six-monthly.
Physiotherapist: D. Littlemore
"""

PHYSIO_EML = """Hi Kate,

Following Tomos's physio session this week, please see below the updated programme. Could the TA do this with him on Tuesdays and Thursdays?

Tomos - updated physiotherapy programme (July 2026)
1. Sit-to-stand x 10 from a low bench.
2. Side steps along the wall bars x 3.
3. Ball kicking with the left foot, 10 each side.
He is now using his ankle-foot orthoses all day; please check his heels are down when shoes go on.

Kind regards,
Piran Hocking, Paediatric Physiotherapist
Wrayle Health and Care NHS Trust
"""

MEDICAL_NEURO = (
    """"""
    + WRAYLE_NHS
    + """
Paediatric Neurology Clinic (visiting from the mainland)

Clinic date: 10 March 2026
Patient: Seren Abiodun-Pyke  DOB 21/01/2019  NHS 999 207 3390
Diagnoses: 1. Global developmental delay. 2. Focal epilepsy, well controlled on levetiracetam.

Dear Dr Marchetti (GP),
I reviewed Seren with her mother today. She has had no seizures since October. Her EEG showed left temporal spikes. I have not changed her medication.
For school: staff must be trained in her emergency care plan and buccal midazolam. She should not swim without 1:1 supervision.
Follow up in 6 months.
Dr A. Venkataraman, Consultant Paediatric Neurologist
cc Parents; School nurse
"""
)

MEDICAL_DMO = [
    ("org", BRINE_NHS + "\nCommunity Paediatrics"),
    ("title", "Health advice for Education, Health and Care needs assessment"),
    (
        "kv",
        [
            ("Child", "Kacper Nowicki-Hale"),
            ("NHS number", "999 661 0452"),
            ("Author", "Dr Helen Shakeshaft, Consultant Community Paediatrician"),
        ],
    ),
    (
        "p",
        "Kacper was diagnosed with autism spectrum disorder in 2019 in this clinic. He also has chronic sleep-onset insomnia treated with melatonin 3 mg and restricted eating (11 accepted foods).",
    ),
    (
        "p",
        "Health needs that affect learning: fatigue from poor sleep; sensory sensitivity; hunger because he will not eat school meals.",
    ),
    (
        "p",
        "Recommendations: allow a packed lunch from home and a quiet place to eat; dietetic advice to school; annual paediatric review.",
    ),
]

MEDICAL_AUDIO_SCAN = """WRAYLE HEALTH AND CARE NHS TRUST - AUDIOLOGY
Audiology report
Patient: Ffion Tregarthen   NHS 999 482 1173
Pure tone audiometry: mild conductive hearing loss, right ear, 30 dB. Tympanometry type B right.
Grommet in left ear extruded. ENT referral made.
Advice to school: seat Ffion near the front with her left ear towards the teacher; check understanding; consider a soundfield system.
Clinical Scientist (Audiology): R. Vosper
"""

MEDICAL_GP_TXT = """Salt Lane Surgery, Saltwich BF3 4EJ   Tel 01632 960881

TO WHOM IT MAY CONCERN

Riley Kettle, DOB 30/06/2014

I confirm Riley is registered with this practice. He has been seen on four occasions this year with headaches and abdominal pain on school mornings which, in my opinion, are linked to anxiety about school. He has been referred to the Mid Brine CAMHS single point of access. I support his parent's request for additional help in school.

Dr N. Bhaskar MB ChB MRCGP
"""

CAMHS_LETTER = [
    ("org", BRINE_NHS + "\nChild and Adolescent Mental Health Service (CAMHS), Lower Wharton"),
    (
        "p",
        "Private and confidential\nTo: Parents of Riley Kettle\ncc GP, SENCo St Werburgh's Academy",
    ),
    ("p", "Dear Ms Kettle,"),
    (
        "p",
        "Thank you for bringing Riley to his choice appointment on 2 June 2026 with myself, Clinical Psychologist, and my colleague, Mental Health Practitioner Lisa Partington.",
    ),
    ("h", 2, "Formulation"),
    (
        "p",
        "Riley presents with generalised anxiety and school-based anxiety, maintained by avoidance and repeated experiences of failure with reading. His mood is low but he has no thoughts of self-harm.",
    ),
    ("h", 2, "Plan"),
    (
        "bul",
        [
            "8 sessions of CBT with Lisa Partington.",
            "School to offer a graded return on Mondays and a safe space.",
            "Review with me at the end of treatment.",
        ],
    ),
    ("sig", ["Dr Ola Adeyemi-Brooks", "Clinical Psychologist"]),
]

CAMHS_EML = """Dear Ms Rowse,

Following our telephone call, please find below our letter for the tribunal bundle. I have written it to be shared.

Wrayle CAMHS - Island Mind Team
Tomos Rowse (DOB 12/12/2012)
Tomos has been open to CAMHS since January 2026 for low mood and emotionally based school non-attendance. He has an autism diagnosis. He has engaged well in 10 sessions of therapy.
Our clinical view is that Tomos's anxiety is closely related to the size and noise of his current mainstream school. A smaller, predictable setting would reduce his anxiety.
Recommendations: consistent key adult; reduced timetable with a plan to build up; quiet room available at all times.

Yours sincerely
Nerys Polglase, CAMHS Senior Practitioner
"""

CAMHS_SCAN = """CAMHS Neurodevelopmental Team - Isle of Wrayle
ASSESSMENT SUMMARY
Name: Jago Penhallow   DOB 08/11/2016
Following assessment (Conners 4 parent and teacher forms, QbTest, school observation) Jago meets the criteria for ADHD, combined presentation.
Recommendations for school: seat away from distractions, movement breaks, tasks broken into steps, a daily report card linked to rewards.
Medication will be discussed at the follow up clinic.
Clinician: Dr S. Haverfield, Specialty Doctor, CAMHS
"""

CAMHS_OCR_PHOTO = """Mid Brine CAMHS - Eating Disorders Pathway
Clinic letter
Re Maisie Oyelaran-Birch
Maisie was seen for assessment of restrictive eating. She does not meet criteria for anorexia nervosa. Her eating is driven by anxiety and sensory factors consistent with ARFID.
Plan: family-based work with our dietitian and psychologist, fortnightly.
School: please allow her to eat in a quiet place and do not comment on her food.
Dr E. Goodenough, Consultant Child and Adolescent Psychiatrist
"""

SCHOOL_REPORT = [
    (
        "org",
        "Sandmouth Church of England Primary School\nPart of the Solent Isles Diocesan Learning Trust\nShore Road, Sandmouth, Isle of Wrayle WR6 1SB",
    ),
    ("title", "School advice for EHC needs assessment"),
    (
        "kv",
        [
            ("Pupil", "Jago Penhallow"),
            ("Year group", "4"),
            ("Completed by", "Mrs Kate Ashdown, SENCo"),
        ],
    ),
    ("h", 2, "Attainment"),
    (
        "table",
        [
            ("Subject", "Age-related expectation", "Jago"),
            ("Reading", "Year 4", "Working at Year 2"),
            ("Writing", "Year 4", "Working at Year 1/2"),
            ("Maths", "Year 4", "Working at Year 3"),
        ],
        {"header": True},
    ),
    ("h", 2, "SEN Support so far"),
    (
        "p",
        "Jago has had a TA in the class for mornings, a daily sensory circuit and a small group phonics group. Despite this, he has been removed from class on 14 occasions this term.",
    ),
    ("h", 2, "Attendance"),
    ("p", "89.2% this year."),
]

SCHOOL_GOVERNORS = """Lower Wharton High School
Governing Board - Pupil Discipline Committee

Dear Mr and Mrs Nowicki-Hale,

The Committee met on 12 March 2026 to consider the suspension of Kacper for three days. We read the report of the Head of Year 7 on Kacper's progress and behaviour, which sets out that Kacper has made good progress in maths and science (working at the expected standard), is below expected standard in English, has had 6 incidents in the lunch hall this term and spends most breaks in the base.

The Committee has decided to uphold the suspension but has asked the school to review his behaviour support plan with the SENCo in light of his EHC plan.

Yours sincerely
Mrs Ingrid Marsland, Chair of the Committee
"""

SCHOOL_END_YEAR = """St Werburgh's Academy - Report to Parents - Summer 2026
Pupil: Riley Kettle   Class: 6 Salters
Attendance: 87%
English - Reading: Working towards the expected standard. Riley has tried hard with his reading pen.
English - Writing: Working towards.
Mathematics: Expected standard. Well done Riley!
Science: Expected.
Teacher's comment: Riley has grown in confidence this year, especially in group work. He still needs lots of encouragement to read aloud.
Headteacher's comment: A good year - best of luck at high school!
KS2 SATs: Reading 94, Maths 101, GPS 92.
"""

SCHOOL_SENCO_EML = """Dear Ms Rowse,

As requested, below is the school's evidence for Tomos's appeal.

Statement from the SENCo, Sandmouth CE Primary School
I have been Tomos's SENCo since September 2023. Tomos has attended 61% of sessions this year. He has been supported by a 1:1 teaching assistant for 25 hours a week. Despite this, his progress has stalled in all core subjects and he is working around 3 years below age-related expectations. He finds the size of our hall and playground overwhelming. In my professional opinion the school cannot meet his needs without a much smaller setting.

Kate Ashdown
SENCo, Sandmouth CE Primary School
"""

INDEP_EP = [
    ("org", "Chalkpit Lane Psychology\nIndependent Educational Psychologists (invented practice)"),
    ("title", "Independent Educational Psychology Report"),
    (
        "kv",
        [
            ("Child", "Ffion Tregarthen"),
            ("Prepared for", "First-tier Tribunal (SEND), appeal EH-2026-41193"),
            ("Instructed by", "Mrs Elowen Tregarthen"),
            ("Author", "Dr Adaeze Nwankwo, CPsychol, HCPC PYL 30021 (invented)"),
        ],
    ),
    ("h", 2, "1. My instructions"),
    (
        "p",
        "I am asked to assess Ffion's special educational needs and comment on the provision in her plan dated 3 June 2026.",
    ),
    ("h", 2, "2. Assessment findings"),
    ("p", "WISC-V verbal comprehension 74, visual spatial 98. WIAT-III word reading 69."),
    ("h", 2, "3. Opinion on Section F"),
    (
        "p",
        "The provision is not specified or quantified in places. Ffion requires a specialist language base with daily access to SALT-led teaching.",
    ),
    ("h", 2, "Statement of truth"),
    (
        "p",
        "I confirm that I understand my duty to the Tribunal and that the facts stated are true to the best of my knowledge and belief.",
    ),
]

INDEP_SALT_TXT = """INDEPENDENT SPEECH AND LANGUAGE THERAPY REPORT
Prepared at the request of Mr Kristof and Mrs Joanne Nowicki-Hale for the SEND Tribunal
Therapist: Bryony Catchpole, MRCSLT, HCPC SL 12239 (invented), Saltwich Speech Clinic (private practice)
Child: Kacper Nowicki-Hale

Summary of opinion
Kacper has a social communication disorder and a moderate stammer. The NHS service has discharged him and no therapy is in his plan.
I recommend 1 hour of direct SALT fortnightly for a year, a social communication group weekly, and training for staff.
I understand my duty to the Tribunal overrides any obligation to those instructing me.
Signed B. Catchpole
"""

INDEP_OT_FWD = """Solicitor's note: forwarded by Harcourt Brine Solicitors to the family for checking of facts before filing.

From: Helen Garside <hg@harcourtbrine.example.org>
Subject: Fw: Draft expert OT report - Riley Kettle (for fact-check only)

Dear Ms Kettle, please check the factual background section below and let me know of any errors by Friday. Please do not alter the opinion.

--- expert report begins ---
REPORT OF AN INDEPENDENT OCCUPATIONAL THERAPIST
Expert: Rosalind Fairclough BSc OT, HCPC OT 55310 (invented)
I assessed Riley at home and school on 9 and 10 July 2026.
Opinion: Riley has Developmental Coordination Disorder. He requires direct OT, 6 sessions of 1 hour per term for a year, a daily motor programme, and a laptop with touch typing.
Statement of truth: I confirm that the facts are true and the opinions are my own.
"""

INDEP_NEUROPSYCH = """Dr L. Ferreira-Hume, Consultant Paediatric Neuropsychologist (private practice)
Medico-legal report
Child: Tomos Rowse
Instructed jointly by the parents' solicitor for the SEND Tribunal.
Tomos has autism and a pattern of executive function weakness. On the NEPSY-II his inhibition and switching scores were at the 1st percentile.
In my opinion Tomos requires a small specialist setting with classes of no more than 8 pupils and an autism-trained teacher.
I confirm I understand my duty to the Tribunal.
"""

DOCUMENTS: list[dict] = [
    {"name": "Ffion EP.pdf", "kind": "ep_report", "text": EP_ADVICE},
    {
        "name": "Re_ meeting on Tuesday.eml",
        "kind": "ep_report",
        "headers": headers(
            "Priya Raghunathan <p.raghunathan@brinefield.example.org>",
            "obfamily@example.org",
            "Re: meeting on Tuesday",
            "Fri, 06 Feb 2026 15:31:00 +0000",
        ),
        "text": EP_EMAIL,
    },
    {"name": "Jago panel papers.pdf", "kind": "ep_report", "text": EP_COVER, "ocr": True},
    {
        "name": "Riley - notes of meeting with school.docx",
        "kind": "ep_report",
        "blocks": EP_TRAINEE_NOTE,
    },
    {"name": "Ffion speech.docx", "kind": "salt_report", "blocks": SALT_NHS},
    {"name": "Riley letter to GP.pdf", "kind": "salt_report", "text": SALT_DISCHARGE},
    {"name": "Kacper stammering.txt", "kind": "salt_report", "text": SALT_STAMMER},
    {
        "name": "FW_ Updated report for bundle.eml",
        "kind": "salt_report",
        "headers": headers(
            "Morwenna Treloar <m.treloar@wraylehealth.example.org>",
            "elowen.tregarthen@example.org",
            "FW: Updated SALT report - Ffion Tregarthen",
            "Tue, 01 Sep 2026 12:10:44 +0100",
        ),
        "text": SALT_EMAIL_THREAD,
    },
    {"name": "Maisie OT.pdf", "kind": "ot_report", "blocks": OT_REPORT},
    {"name": "Seren sensory.txt", "kind": "ot_report", "text": OT_SENSORY_TXT},
    {"name": "Kacper home visit.pdf", "kind": "ot_report", "text": OT_HOME_LETTER, "ocr": 0.09},
    {
        "name": "Riley handwriting.eml",
        "kind": "ot_report",
        "headers": headers(
            "Nisha Kaur <nisha.kaur@midbrine.example.org>",
            "Andrew Yates <senco@stwerburghs.example.org>",
            "Riley K - OT school visit",
            "Tue, 19 May 2026 16:02:00 +0100",
            cc="debkettle@example.org",
        ),
        "text": OT_SCHOOL_VISIT_EML,
        "qp": True,
    },
    {"name": "Seren letter for school.docx", "kind": "physio_report", "text": PHYSIO_LETTER},
    {"name": "CCF_000412.pdf", "kind": "physio_report", "text": PHYSIO_SCAN, "ocr": True},
    {
        "name": "Tomos exercises.eml",
        "kind": "physio_report",
        "headers": headers(
            "Piran Hocking <p.hocking@wraylehealth.example.org>",
            "senco@sandmouthprimary.example.org",
            "Tomos R - programme",
            "Thu, 09 Jul 2026 13:20:00 +0100",
        ),
        "text": PHYSIO_EML,
    },
    {"name": "Seren clinic March.pdf", "kind": "medical_report", "text": MEDICAL_NEURO},
    {"name": "Kacper health advice.docx", "kind": "medical_report", "blocks": MEDICAL_DMO},
    {
        "name": "Ffion hearing test.pdf",
        "kind": "medical_report",
        "text": MEDICAL_AUDIO_SCAN,
        "ocr": True,
    },
    {"name": "Riley GP letter.txt", "kind": "medical_report", "text": MEDICAL_GP_TXT},
    {"name": "Riley psychology.pdf", "kind": "camhs_report", "blocks": CAMHS_LETTER},
    {
        "name": "Letter for tribunal - Tomos.eml",
        "kind": "camhs_report",
        "headers": headers(
            "Nerys Polglase <n.polglase@wraylehealth.example.org>",
            "bethan.rowse@example.org",
            "Letter for tribunal",
            "Mon, 24 Aug 2026 09:45:00 +0100",
        ),
        "text": CAMHS_EML,
        "html": True,
    },
    {"name": "Jago ADHD.pdf", "kind": "camhs_report", "text": CAMHS_SCAN, "ocr": True},
    {
        "name": "IMG_20260611_181530.pdf",
        "kind": "camhs_report",
        "text": CAMHS_OCR_PHOTO,
        "ocr": 0.09,
    },
    {"name": "Jago school info.docx", "kind": "school_report", "blocks": SCHOOL_REPORT},
    {"name": "Kacper exclusion.pdf", "kind": "correspondence", "text": SCHOOL_GOVERNORS},
    {"name": "Riley report Y6.pdf", "kind": "school_report", "text": SCHOOL_END_YEAR},
    {
        "name": "school evidence Tomos.eml",
        "kind": "school_report",
        "headers": headers(
            "Kate Ashdown <senco@sandmouthprimary.example.org>",
            "bethan.rowse@example.org",
            "Evidence for appeal",
            "Wed, 02 Sep 2026 18:05:00 +0100",
        ),
        "text": SCHOOL_SENCO_EML,
    },
    {"name": "Ffion EP report.pdf", "kind": "independent_report", "blocks": INDEP_EP},
    {"name": "Kacper SALT.txt", "kind": "independent_report", "text": INDEP_SALT_TXT},
    {
        "name": "Fw_ Draft expert OT report - Riley Kettle.eml",
        "kind": "independent_report",
        "headers": headers(
            "Helen Garside <hg@harcourtbrine.example.org>",
            "debkettle@example.org",
            "Fw: Draft expert OT report - Riley Kettle (for fact-check only)",
            "Mon, 27 Jul 2026 10:00:00 +0100",
        ),
        "text": INDEP_OT_FWD,
    },
    {"name": "Tomos assessment.docx", "kind": "independent_report", "text": INDEP_NEUROPSYCH},
]
