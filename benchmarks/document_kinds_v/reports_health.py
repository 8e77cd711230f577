# ruff: noqa: E501
"""Therapy, medical and CAMHS reports of set V: a stammering clinic, a selective mutism
advice, a SALT report forwarded by a school, a report behind an NHS fax header; a sensory
integration OT, an OT's school visit in an e-mail; a physiotherapist after selective dorsal
rhizotomy, a hydrotherapy programme, 24-hour postural care; paediatric audiology, an
orthoptist, a metabolic clinic, a community paediatrician; a CAMHS crisis team, family
therapy, an anxiety group. All invented."""

from __future__ import annotations

from document_kinds_v.common import headers

CARROW_NHS = "Isle of Carrow NHS Trust"
WOLDS_NHS = "Stonebrash Wolds Health and Care NHS Trust"

# --- speech and language therapy ------------------------------------------------------------

STAMMER = [
    ("org", WOLDS_NHS),
    (
        "small",
        "Children's Speech and Language Therapy - Dysfluency Clinic, Cirlow Community Hospital, GW7 4HH  |  01632 960540",
    ),
    ("p", "Patient: Leo Feld   DOB: 29/04/2018   NHS No: 999 482 1173"),
    ("p", "Date of appointment: 3 February 2026    Date typed: 6 February 2026"),
    ("p", "To: Parents; cc: GP, Hawthorn Lane Primary School (SENCo)"),
    ("b", "Summary"),
    (
        "p",
        "Leo was seen with his mother for an assessment of his stammering. He presents with frequent part-word repetitions, prolongations and blocks, with associated eye closing, on about 9% of syllables in conversation. Leo told me he 'hates talking in assembly' and avoids answering in class.",
    ),
    ("b", "Assessment"),
    (
        "grid",
        [
            ["Measure", "Result"],
            ["% syllables stammered (conversation)", "9.2%"],
            ["Stuttering Severity Instrument (SSI-4)", "Moderate"],
            ["Communication attitude (KiddyCAT)", "Raised: negative attitude to talking"],
        ],
        [0.55, 0.45],
    ),
    ("b", "Recommendations"),
    (
        "bul",
        [
            "A block of 6 sessions of stammering therapy (Palin-based parent-child interaction) at the clinic, starting in March.",
            "Staff at school to give Leo time to finish, not to finish words for him, and to agree with him how he will answer in class.",
            "Leo should be offered the option of answering the register with a gesture or in a pair.",
        ],
    ),
    (
        "sig",
        ["Harriet Blyth", "Specialist Speech and Language Therapist (Dysfluency)", "HCPC SL09911"],
    ),
]

MUTISM_TXT = """Isle of Carrow NHS Trust
Children's Speech and Language Therapy, St Brannoc's Clinic, Westhaven CW1 8DF

SPEECH AND LANGUAGE THERAPY ADVICE FOR EHC NEEDS ASSESSMENT
Name: Ffion Trevanion    DOB: 14/06/2017    NHS number: 999 310 5528
School: Fennick Down Primary School
Date of report: 24 November 2025

Background
Ffion was referred by her school in June 2025 because she does not speak to adults in school. At home she talks freely with family.

Assessment
I observed Ffion in class and in the playground and saw her at home with her mother. At home Ffion's receptive language was within the average range (CELF-5 Receptive Language Index 94). Her expressive language was below average (Expressive Language Index 79). In school she communicated by nodding and pointing, and whispered to one friend.

Impressions
Ffion presents with selective mutism, maintained by anxiety, together with a mild expressive language difficulty.

Recommendations
1. A key adult to run a small-steps (sliding-in) programme with Ffion for 15 minutes daily, using the plan I will write with the school.
2. Speech and language therapy: 6 sessions a term, including joint sessions with the key adult.
3. No adult should try to persuade or bribe Ffion to speak. Remove pressure: accept non-verbal answers.

Tamsin Rowe
Speech and Language Therapist
"""

SALT_FWD = """Hi Mr Brennan,

Our speech and language therapist from Estuary Speech Partnership (the service the academy buys in) visited Oscar last week. I've pasted her report below so you have it before the review.

Best wishes,
Mrs Okafor, SENCo, Saltings Academy

-------- Forwarded Message --------
Subject: SLT report - Oscar Brennan (Y8)
Date: Thu, 23 Apr 2026 09:02:17 +0100
From: Aoife Delaney <a.delaney@estuaryspeech.example.org>

SPEECH AND LANGUAGE THERAPY REPORT
Pupil: Oscar Brennan, Year 8, DOB 30/09/2012
Seen: 16 April 2026, Saltings Academy

Reason for referral: difficulty following extended spoken explanations in lessons; word-finding difficulties.

Assessment: CELF-5 UK. Core Language Score 78 (below average). Understanding spoken paragraphs: scaled score 5. Word Classes: scaled score 6. Oscar used non-specific words ('thing', 'that stuff') frequently when describing.

Summary: Oscar has a language disorder affecting his understanding of longer spoken information and his vocabulary, in addition to his dyslexia.

Recommendations:
- Pre-teaching of subject vocabulary using word maps, 2 x 20 minutes weekly.
- Instructions chunked and supported with written key words.
- Speech and language therapy review each term, with a 6-week block of direct work on word-finding.

Aoife Delaney, Speech and Language Therapist, HCPC SL12045
"""

FAX_SALT = """NHS - FAX COVER SHEET
From: Children's SLT, North Estuary Community Healthcare NHS Trust
Fax: 01632 960781   Tel: 01632 960780
To: SEND Hub, Medwater Borough Council   Fax: 01632 960741
Date: 19/11/2025   No. of pages including cover: 4
Subject: EHCNA advice - Tyler Ashdown

This fax contains confidential patient information. If you have received it in error please telephone the sender and destroy it.

19/11/2025 14:10  NECH NHS SLT  01632960781  P.2/4

Speech and Language Therapy Advice
Child: Tyler Ashdown   DOB: 21/03/2014   NHS No: 999 702 6614

Tyler is autistic. His structural language is within the average range but he has marked difficulties with social communication: understanding inference, jokes and other people's points of view, and knowing how to start and end a conversation.

Assessment: observation in class and at lunch; CELF-5 Pragmatics Profile: below criterion. Tyler interprets language literally.

Recommendations:
Social communication group run by the SALT with a teaching assistant, weekly for 10 weeks, then TA-led with termly SALT review.
Comic strip conversations after incidents.
Visual supports for changes to routine.

Chloe Mapplebeck, Highly Specialist SLT (Autism)
"""

# --- occupational therapy -------------------------------------------------------------------

OT_SENSORY = [
    ("org", CARROW_NHS),
    (
        "small",
        "Children's Occupational Therapy, St Brannoc's Clinic, Westhaven CW1 8DF  |  01632 960333",
    ),
    ("title", "Occupational Therapy Report - Sensory Processing"),
    (
        "kv",
        [
            ("Name", "Ellis Ellison"),
            ("DOB", "02/12/2012"),
            ("NHS number", "999 615 2290"),
            ("Assessed", "10 and 17 February 2026"),
            ("Therapist", "Josie Tremayne, Clinical Specialist OT (SI trained)"),
        ],
    ),
    ("h", 2, "Reason for referral"),
    (
        "p",
        "Ellis's parents and school report that he covers his ears in the hall, will not wear the school jumper, and crashes into others in the corridor.",
    ),
    ("h", 2, "Assessment"),
    (
        "p",
        "Sensory Processing Measure-2 (home and school forms), clinical observations and an observation at Westhaven Academy.",
    ),
    (
        "grid",
        [
            ["System", "Home", "School"],
            ["Hearing", "Some problems", "Definite dysfunction"],
            ["Touch", "Definite dysfunction", "Definite dysfunction"],
            ["Body awareness", "Some problems", "Definite dysfunction"],
            ["Balance and motion", "Typical", "Some problems"],
        ],
        [0.4, 0.3, 0.3],
    ),
    ("h", 2, "Recommendations"),
    (
        "bul",
        [
            "A sensory diet, set up by an OT and delivered by a trained adult: movement breaks of 5 minutes every hour.",
            "Ear defenders for assemblies and the dining hall; leave lessons 3 minutes early to avoid busy corridors.",
            "Uniform adjustment: a soft seamless top instead of the school jumper.",
            "OT review each term for the first year.",
        ],
    ),
    ("sig", ["Josie Tremayne", "Clinical Specialist Occupational Therapist, HCPC OT40122"]),
]

OT_APPENDIX_TXT = """APPENDIX E - OCCUPATIONAL THERAPY ADVICE
Stonebrash Wolds Health and Care NHS Trust - Children's Therapies
Child: Rhys Abernethy   DOB: 04/09/2014   Date: 28 November 2025

1. Rhys has spastic diplegia. His sitting balance is reduced and he tires when sitting on a standard classroom chair, which affects his handwriting and attention.
2. His handwriting speed is 6 words per minute (DASH: well below average). Letter formation is accurate but laboured.
3. He manages dressing for PE slowly and needs help with buttons and laces.

Recommendations:
a) A specialist classroom chair with lateral supports and a foot block; a height-adjustable desk.
b) A laptop for extended recording, with a touch-typing programme 3 x 15 minutes weekly.
c) Extra time to change for PE, and Velcro fastenings on PE kit.
d) OT review each term to check seating as he grows.

Signed: Priya Venkataraman, Paediatric Occupational Therapist
"""

OT_PHOTO = """Medwater Borough Council - Children's Occupational Therapy (commissioned)
OT SUMMARY FOR SCHOOL
Name: Tyler Ashdown    Year 7    Date: 30 March 2026

What we found:
Tyler is very sensitive to noise and to light touch. He finds it hard to sit still on the carpet and chews his sleeves. His fine motor skills are age appropriate, but his pencil pressure is heavy and he tires.

What helps Tyler:
- A movement break before lessons that need sitting still.
- A chewy tube, a wobble cushion.
- Ear defenders available at all times.
- Warning before fire drills where possible.

Plan: OT to visit school in the summer term to train staff in sensory strategies.
OT: Lauren Featherstone
"""

OT_EML = """Dear Mrs Quist,

Thank you for letting me visit Westhaven Sixth Form on Tuesday. Here is a summary of what I saw and what I suggest, which I have also sent to the college's learning support team.

Independent living skills: Maisie can make a hot drink and a simple sandwich safely with verbal prompts. She was unsure about using the microwave timer and the hob.

Travel: Maisie can find her way from the bus stop to the college but becomes very anxious if the bus is late or full.

Organisation: she relies on her phone calendar but does not check it without a prompt.

Recommendations:
1. A weekly independent living session in the college's training kitchen, supported by a learning support assistant.
2. Graded travel training, with a plan for what to do when a bus does not come.
3. Visual checklists on her phone for mornings and for college days.
4. An OT review in 6 months.

Kind regards,
Fenella Bright
Occupational Therapist, Adult and Transition OT, Isle of Carrow NHS Trust
"""

# --- physiotherapy -------------------------------------------------------------------------

PHYSIO_SDR = [
    ("org", WOLDS_NHS),
    (
        "small",
        "Paediatric Physiotherapy, Cirlow Child Development Centre, GW7 4HJ  |  01632 960545",
    ),
    ("title", "Physiotherapy Report for EHC Needs Assessment"),
    (
        "p",
        "Name: Rhys Abernethy    DOB: 04/09/2014    NHS No: 999 228 4461    Date: 2 December 2025",
    ),
    ("h", 2, "Background"),
    (
        "p",
        "Rhys has bilateral spastic cerebral palsy (GMFCS level III). He had selective dorsal rhizotomy at St Aldhelm's Children's Hospital in March 2025 and has had intensive post-operative physiotherapy since then.",
    ),
    ("h", 2, "Current presentation"),
    (
        "p",
        "Rhys walks with a posterior walker for up to 50 metres. His hip and knee range has improved since surgery but his hamstrings remain tight. He reports pain in his knees after sitting for more than an hour.",
    ),
    ("h", 2, "Recommendations"),
    (
        "bul",
        [
            "A daily stretching and strengthening programme (30 minutes), delivered by a teaching assistant trained by the physiotherapist.",
            "Standing in a standing frame for 45 minutes a day, split across the school day.",
            "Physiotherapy review in school every half term and training for new staff.",
            "Access to a lift and a wheelchair for longer distances.",
        ],
    ),
    ("sig", ["Callum Fairweather", "Senior Paediatric Physiotherapist", "HCPC PH88021"]),
]

HYDRO = [
    ("org", CARROW_NHS),
    ("small", "Children's Physiotherapy - Hydrotherapy Pool, Westhaven Community Hospital"),
    ("title", "Hydrotherapy programme and physiotherapy advice"),
    ("p", "For: Kieran Jolliffe   DOB: 01/01/2008   Programme given: 12 January 2026"),
    (
        "p",
        "Kieran has Duchenne muscular dystrophy. He uses a powered wheelchair full time. The aim of this programme is to maintain his range of movement and respiratory function and to reduce pain.",
    ),
    (
        "grid",
        [
            ["Exercise", "How", "Repetitions"],
            [
                "Hip and knee stretches",
                "Supported by a helper in the water",
                "5 each side, hold 30 seconds",
            ],
            ["Ankle stretches", "Helper holds heel", "5 each side"],
            ["Breathing games", "Blowing a ball across the water", "3 minutes"],
            ["Floating", "With neck float", "5 minutes to relax"],
        ],
        [0.35, 0.4, 0.25],
    ),
    (
        "p",
        "Kieran should also have a daily stretching programme at home and at college, and his night splints and standing programme continue as before. College staff should contact us before any change to his seating or hoisting.",
    ),
    ("sig", ["Morwenna Gilbert", "Highly Specialist Paediatric Physiotherapist"]),
]

PHYSIO_SCAN = """Stonebrash Wolds Health and Care NHS Trust
Paediatric Physiotherapy Service

PHYSIOTHERAPY ADVICE
Child: Tilly Vosper    DOB 17/11/2018    NHS No 999 873 0042
Date of advice: 14 April 2026

Tilly has global developmental delay and low muscle tone (hypotonia). She walks independently on flat ground but falls often on uneven surfaces and cannot yet manage stairs without holding an adult's hand.

Recommendations for education:
- Supervision on stairs and in the playground at all times.
- A daily gross motor programme (20 minutes) designed by the physiotherapist, delivered by a trained TA.
- Supportive footwear and her ankle foot orthoses to be worn in school.
- Physiotherapy review in school once a term.

Ewan MacAllister, Paediatric Physiotherapist
"""

POSTURAL_EML = """Dear Mr Jolliffe and Westhaven College learning support team,

Following my visit on 3 March, please find below my advice on 24-hour postural care for Kieran.

Sitting: Kieran's powered chair is well set up, but he should be out of it for at least 30 minutes in the middle of the college day, lying on the plinth in the medical room.

Lying: he needs to be positioned in side-lying with his knees supported during that rest break. Staff must be trained in using the ceiling hoist and the sling.

Standing: his standing programme at college has stopped. I recommend 30 minutes in the standing frame three times a week.

Chest care: staff should be aware of signs of a chest infection and contact his parents the same day.

I will run a training session for the learning support assistants on 17 March.

With best wishes,
Morwenna Gilbert
Highly Specialist Paediatric Physiotherapist, Isle of Carrow NHS Trust
"""

# --- medical ----------------------------------------------------------------------------------

AUDIOLOGY = [
    ("org", WOLDS_NHS),
    ("small", "Paediatric Audiology, Cirlow Community Hospital, GW7 4HH  |  01632 960542"),
    (
        "p",
        "Patient: Harriet Marchbanks   DOB: 02/02/2015   NHS number: 999 105 7720   Hospital no: SW448120",
    ),
    ("p", "Clinic date: 9 January 2026"),
    ("p", "Dear Dr Hallett (GP),"),
    (
        "p",
        "I saw Hattie today for her routine hearing aid review with her grandmother. Pure tone audiometry shows a moderate bilateral sensorineural hearing loss (average 55 dB HL right, 50 dB HL left), stable since last year. Her hearing aids were checked and re-programmed. Speech recognition in quiet was 88% aided but fell to 60% with background noise at +5 dB.",
    ),
    (
        "p",
        "Hattie will benefit from a radio aid in school, which her teacher of the deaf has arranged, and from good classroom acoustics. I have referred her for a genetics opinion. Review in 6 months.",
    ),
    ("sig", ["Yours sincerely", "", "Dr Sunita Ramaswamy", "Consultant Audiovestibular Physician"]),
    ("small", "cc: Parent/carer; Sensory Support Service (Teacher of the Deaf)"),
]

PAED = [
    ("org", CARROW_NHS),
    ("small", "Community Paediatrics, Westhaven Child Health Centre, CW1 8DF"),
    ("p", "Dictated 4/3/26, typed 10/3/26"),
    ("p", "Re: Maisie Quist, DOB 05/05/2009, NHS No 999 447 3318, 12 Ropewalk, Westhaven"),
    ("p", "Dear Ms Quist,"),
    (
        "p",
        "I am writing to you directly, as Maisie asked, with a copy to her GP and to the SEND team for the EHC needs assessment.",
    ),
    (
        "p",
        "Diagnoses: 1. Mild learning disability. 2. Autism spectrum disorder (diagnosed 2019). 3. Generalised anxiety. 4. Iron deficiency, now treated.",
    ),
    (
        "p",
        "Maisie is physically well. Her anxiety has increased since starting the sixth form, particularly on busy buses and in the canteen. She sleeps poorly and is tired in the mornings. I have started melatonin and referred her to the transition nurse.",
    ),
    (
        "p",
        "From a medical point of view, Maisie will need a predictable routine, a quiet place to eat, and a named person at college. She needs adults to check her understanding, as she often says she understands when she does not.",
    ),
    ("sig", ["Yours sincerely", "", "Dr Idris Penrose", "Consultant Community Paediatrician"]),
]

ORTHOPTIC_TXT = """Medwater Eye Unit - Orthoptic Department
North Estuary Community Healthcare NHS Trust

Orthoptic report
Patient: Zuzanna Kowalczyk   DOB: 12/12/2010   NHS no. 999 641 2277
Seen: 26 February 2026 by Rebecca Oyelaran, Orthoptist

Zuzanna attended with her father. She has a convergence insufficiency and an intermittent exotropia of the right eye. Near point of convergence is 18cm (normal under 8cm). She reports headaches and words 'swimming' after about 15 minutes of reading.

Visual acuity with glasses: 6/6 each eye.

Plan: convergence exercises at home (pencil push-ups) 5 minutes twice a day; review in the orthoptic clinic in 3 months. If symptoms persist, referral to the consultant ophthalmologist.

Advice for school: enlarged print (N16) for worksheets, short reading blocks with breaks, seat facing the board, not at an angle.

cc GP, parent, Saltings Academy SENCo
"""

METABOLIC_EML = """FYI - this is the clinic letter from St Aldhelm's. The hospital emailed it to me so I'm forwarding it to the school nurse and to you for the plan.

Anya

---------- Forwarded message ----------
From: Metabolic Medicine Secretaries <metabolic.secs@staldhelms.example.org>
Date: 12 March 2026
Subject: Clinic letter - Leo Feld

St Aldhelm's Children's Hospital NHS Foundation Trust
Department of Inherited Metabolic Disease

Re: Leo FELD  DOB 29/04/2018  NHS 999 516 0841  Hosp. No. SA220917

Diagnosis: Phenylketonuria (classical), on dietary treatment since the newborn period.

Dear Dr Hallett,

I reviewed Leo in the metabolic clinic today with his mother and our dietitian. His phenylalanine levels have been above the target range in 5 of the last 8 weekly blood spots, mostly in term time. Leo's mother is concerned that he is swapping food at school.

Raised phenylalanine levels can affect concentration, attention and mood, and this may be relevant to the school's concerns about his attention.

Plan: the school should follow the written dietary plan at lunch and at snack times and supervise Leo's food; our dietitian will train kitchen staff. Weekly blood spots to continue. Review in 4 months.

Dr Tobias Aldridge-Fenn
Consultant in Paediatric Inherited Metabolic Disease
"""

# --- CAMHS ------------------------------------------------------------------------------------

CRISIS = [
    ("org", CARROW_NHS),
    (
        "small",
        "CAMHS Crisis and Home Treatment Team, The Lookout, Westhaven CW1 9PP  |  01632 960399 (24 hours)",
    ),
    ("title", "Discharge summary"),
    (
        "kv",
        [
            ("Name", "Kemi Okonjo"),
            ("DOB", "08/08/2011"),
            ("NHS number", "999 330 9025"),
            ("Episode", "16 February 2026 - 20 March 2026"),
            ("Discharged to", "Community CAMHS (Westhaven team)"),
        ],
    ),
    ("h", 2, "Reason for referral"),
    (
        "p",
        "Kemi was brought to Westhaven Hospital emergency department on 15 February after telling a friend she wanted to die. She had stopped taking her insulin for two days.",
    ),
    ("h", 2, "Summary of intervention"),
    (
        "p",
        "Home treatment with visits three times a week, a safety plan with Kemi and her mother, liaison with the diabetes team, and a gradual return to school from 9 March.",
    ),
    ("h", 2, "Risk at discharge"),
    (
        "p",
        "Kemi's risk has reduced. She has not self-harmed since 15 February and is taking her insulin with her mother's supervision.",
    ),
    ("h", 2, "Recommendations for school"),
    (
        "bul",
        [
            "A named trusted adult and a daily check-in.",
            "A pass to leave lessons to a safe space.",
            "Supervision of insulin at lunchtime by a trained adult.",
            "A reduced timetable for the first four weeks, then a review.",
        ],
    ),
    ("sig", ["Dr Elspeth Kernick", "Consultant Child and Adolescent Psychiatrist"]),
]

FAMILY_THERAPY = [
    ("org", CARROW_NHS),
    (
        "small",
        "Child and Adolescent Mental Health Services - Westhaven Team, The Lookout, Westhaven CW1 9PP  |  01632 960390",
    ),
    ("p", "Mr R. Ellison\n3 Chandlers Yard\nWesthaven CW1 7QJ"),
    ("p", "14 January 2026"),
    ("p", "Dear Mr Ellison,"),
    ("b", "Ellis Ellison (DOB 02/12/2012, NHS No 999 615 2290) - end of family therapy"),
    (
        "p",
        "Thank you for attending eight sessions of systemic family therapy with Ellis and his sister between September and December. We worked on the arguments at bedtime and in the mornings, on how Ellis can tell you when school has been too much, and on the family's routines since his mother moved to the mainland.",
    ),
    (
        "p",
        "Ellis's scores on the Revised Children's Anxiety and Depression Scale have reduced from 71 to 58 (still in the borderline range for separation anxiety). He continues to find transitions and unstructured times difficult, and this is consistent with his autism.",
    ),
    (
        "p",
        "We are closing Ellis to CAMHS family therapy. We recommend that school continues its daily check-in and quiet space, and that Ellis has access to the school counsellor. You can re-refer through your GP.",
    ),
    ("sig", ["Yours sincerely", "", "Sadia Qureshi", "Family and Systemic Psychotherapist"]),
]

CAMHS_SCAN = """CHILD AND ADOLESCENT MENTAL HEALTH SERVICE
Stonebrash Wolds Health and Care NHS Trust - Cirlow CAMHS

CHOICE APPOINTMENT - ASSESSMENT SUMMARY
Young person: Mateus Castellanos    DOB: 19/06/2016
Seen: 21 January 2026 with his mother

Presenting difficulties: school refusal since October; panic attacks on the way to school; low mood at weekends.

Assessment: Mateus describes worry about being sent out of class and about reading aloud. He does not describe thoughts of self-harm. Screening (RCADS) shows raised scores for panic and school-related anxiety.

Formulation: anxiety maintained by avoidance, with unmet learning needs at school contributing.

Plan: 8 sessions of CBT for anxiety with a CAMHS practitioner; liaison with school about a graded return and reading support.

Clinician: Hannah Ebbrell, CAMHS Practitioner
"""

ANXIETY_EML = """Dear Ms Castellanos,

I am writing to let you know how Mateus got on in the 'Brave Steps' anxiety group (CAMHS, Cirlow), which finished on 25 March.

Mateus attended 6 of the 8 sessions. He learnt to notice the signs of panic in his body and to use breathing and 'worry time'. By the end he was able to walk to the school gate with you and go in with his teaching assistant on most days.

His RCADS scores have reduced for panic (from 74 to 62) and school anxiety. He still needs a graded plan for attending the whole day, and help at school with reading, which remains a trigger.

Recommendations for the annual review:
- Keep the meet-and-greet at the side gate each morning.
- Continue the exposure plan we wrote together, one step every week.
- Do not ask Mateus to read aloud in front of the class.

We will offer a follow-up appointment in 3 months.

Kind regards,
Hannah Ebbrell
CAMHS Practitioner, Stonebrash Wolds Health and Care NHS Trust
"""

DOCUMENTS: list[dict] = [
    {"name": "Stammering clinic letter.pdf", "kind": "salt_report", "blocks": STAMMER},
    {"name": "Ffion speech.txt", "kind": "salt_report", "text": MUTISM_TXT},
    {
        "name": "Fwd_ Oscar therapy report.eml",
        "kind": "salt_report",
        "text": SALT_FWD,
        "headers": headers(
            "Mrs Okafor <senco@saltings.example.org>",
            "brennan.dad@example.org",
            "Fri, 24 Apr 2026 12:41:09 +0100",
            "Fwd: SLT report - Oscar Brennan (Y8)",
        ),
    },
    {"name": "fax_20251119_1410.pdf", "kind": "salt_report", "text": FAX_SALT, "ocr": True},
    {"name": "Ellis sensory.pdf", "kind": "ot_report", "blocks": OT_SENSORY},
    {"name": "Appendix E.txt", "kind": "ot_report", "text": OT_APPENDIX_TXT},
    {"name": "IMG_20260402_161207.pdf", "kind": "ot_report", "text": OT_PHOTO, "ocr": 0.08},
    {
        "name": "college visit.eml",
        "kind": "ot_report",
        "text": OT_EML,
        "qp": True,
        "headers": headers(
            "Fenella Bright <fenella.bright@carrownhs.example.org>",
            "lorraine.quist@example.org",
            "Thu, 5 Feb 2026 17:20:33 +0000",
            "Visit to Westhaven Sixth Form",
        ),
    },
    {"name": "Rhys physio.docx", "kind": "physio_report", "blocks": PHYSIO_SDR},
    {"name": "hydro programme.pdf", "kind": "physio_report", "blocks": HYDRO},
    {"name": "Scan_0032.pdf", "kind": "physio_report", "text": PHYSIO_SCAN, "ocr": True},
    {
        "name": "Kieran - college.eml",
        "kind": "physio_report",
        "text": POSTURAL_EML,
        "headers": headers(
            "Morwenna Gilbert <m.gilbert@carrownhs.example.org>",
            "p.jolliffe@example.org",
            "Fri, 6 Mar 2026 10:02:00 +0000",
            "Kieran - postural care advice",
            cc="als@westhavencollege.example.org",
        ),
    },
    {"name": "hospital letter Jan.pdf", "kind": "medical_report", "blocks": AUDIOLOGY},
    {"name": "Maisie letter from Dr P.docx", "kind": "medical_report", "blocks": PAED},
    {"name": "eyes.txt", "kind": "medical_report", "text": ORTHOPTIC_TXT},
    {
        "name": "FW_ Leo clinic letter.eml",
        "kind": "medical_report",
        "text": METABOLIC_EML,
        "headers": headers(
            "Anya Feld <anya.feld@example.org>",
            "school.nurse@hawthornlane.example.org",
            "Fri, 13 Mar 2026 08:03:29 +0000",
            "Fwd: Clinic letter - Leo Feld",
            cc="Sam Derbyshire <sam.d@example.org>",
        ),
    },
    {"name": "Kemi discharge.pdf", "kind": "camhs_report", "blocks": CRISIS},
    {"name": "Ellis letter Jan.docx", "kind": "camhs_report", "blocks": FAMILY_THERAPY},
    {"name": "SCAN0099.pdf", "kind": "camhs_report", "text": CAMHS_SCAN, "ocr": True},
    {
        "name": "Brave Steps.eml",
        "kind": "camhs_report",
        "text": ANXIETY_EML,
        "html": True,
        "headers": headers(
            "Hannah Ebbrell <h.ebbrell@woldshealth.example.org>",
            "nia.c@example.org",
            "Wed, 1 Apr 2026 16:15:44 +0100",
            "Mateus - end of group summary",
        ),
    },
]
