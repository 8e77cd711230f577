# ruff: noqa: E501
"""Therapy, medical and CAMHS reports of set R: NHS trusts' advice and clinic letters, a
fluency clinic, a report that arrives by fax, therapy updates forwarded in an e-mail's
body, a hip surveillance report behind a scan cover sheet, audiology and genetics clinic
letters, a continence nurse, CAMHS letters, an art therapist's closing report and a crisis
team's discharge summary. All invented."""

from __future__ import annotations

from document_kinds_r.common import headers

DANE = "Dane Valley Community Health NHS Trust"
FOREST = "Avonheath and Forest Healthcare NHS Trust"
WESSEX = "Wessex Shore University Hospitals NHS Foundation Trust"
CARROW_HEALTH = "Isle of Carrow Health and Care Service"

# --- speech and language therapy --------------------------------------------------------------

ELLIS_SLT = [
    ("org", DANE),
    (
        "small",
        "Children's Speech and Language Therapy  |  Wincham Road Clinic, Northmere SB12 8AA  |  01632 960781",
    ),
    ("title", "Speech and Language Therapy Advice for an EHC Needs Assessment"),
    (
        "kv",
        [
            ("Name", "Ellis Hartigan"),
            ("NHS number", "999 214 6630"),
            ("Date of birth", "14/06/2017"),
            ("Therapist", "Fiona Leckie, Highly Specialist SLT"),
            ("Date", "28 November 2025"),
        ],
    ),
    ("h", 2, "Assessment"),
    (
        "p",
        "Ellis was seen at school on 13 and 20 November 2025. On the CELF-5 his core language score was 86 (18th centile). Pragmatic skills, assessed with the CELF-5 Pragmatics Profile and observation, were an area of significant difficulty: he takes idioms literally, struggles to repair conversations, and finds it hard to join group talk.",
    ),
    ("h", 2, "Needs"),
    (
        "p",
        "Social communication difficulties consistent with his diagnosis of autism; difficulty processing long spoken instructions; literal understanding of language.",
    ),
    ("h", 2, "Recommended provision"),
    (
        "grid",
        [
            ["What", "Who", "How often"],
            ["Block of direct therapy (social communication group)", "SLT", "6 sessions each term"],
            [
                "Targets practised in school",
                "Teaching assistant trained by SLT",
                "3 x 20 minutes a week",
            ],
            ["Training for class staff on supporting language", "SLT", "Once a year"],
        ],
        [3.2, 2.0, 1.6],
    ),
    ("sig", ["Fiona Leckie", "Highly Specialist Speech and Language Therapist, HCPC SL07731"]),
]

OSCAR_FLUENCY = [
    ("org", FOREST),
    (
        "small",
        "Fluency Clinic, Children's Speech and Language Therapy  |  Ringmere Health Centre, Ringmere AH3 4EE",
    ),
    (
        "p",
        "Dr A. Hensley, Heathbury Surgery\ncc: Ms L. Tarrant (parent); Mrs H. Marsh, SENCo, Heathbury Junior School; SEN Casework Hub",
    ),
    ("p", "Re: Oscar Tarrant  DOB 14/09/2015  NHS No 999 381 2207"),
    ("p", "Dear Dr Hensley,"),
    (
        "p",
        "I saw Oscar and his mother in the fluency clinic on 3 February 2026, following his referral for stammering. Oscar stammers on about 8% of syllables, mostly blocks at the start of sentences, and he has begun to avoid answering questions in class and ordering food himself.",
    ),
    (
        "p",
        "Oscar's language skills are age-appropriate. His stammer is moderate and is having a growing impact on his participation and confidence.",
    ),
    (
        "p",
        "Plan: a six-week block of therapy using a Palin-style parent-child interaction approach, then review. I have recommended to school that Oscar is not asked to read aloud unless he volunteers, that he is given extra time to answer, and that staff do not finish his words for him.",
    ),
    (
        "sig",
        ["Yours sincerely", "", "Megan Toft", "Specialist Speech and Language Therapist (Fluency)"],
    ),
]

NOOR_SLT_FAX = """*** FAX ***  27-JAN-2026 10:41  FROM: DANE VALLEY CHILDRENS SLT  01632 960782  TO: SALTERBROOK SEND 01632 960712  P.1/4
COVER: Please find SLT advice for EHC needs assessment - Noor SIDDIQUI. Original to follow in internal post.

DANE VALLEY COMMUNITY HEALTH NHS TRUST - CHILDREN'S SPEECH AND LANGUAGE THERAPY
Advice for Education, Health and Care Needs Assessment

Child: Noor Siddiqui  DOB: 11/10/2021  NHS No: 999 507 1184  Setting: Brinefield Community Nursery
Languages: Urdu and English
Therapist: Fiona Leckie, Highly Specialist SLT   Date: 23 January 2026

Assessment
Noor was assessed at nursery and in clinic using the DEAP phonology screen, the Preschool Language Scales (PLS-5) and observation. Her understanding of language (auditory comprehension standard score 88) is within the low average range. Her expressive communication (standard score 61) is severely delayed. Her speech is characterised by widespread backing and initial consonant deletion; she is understood by unfamiliar listeners less than 25% of the time.

Impact
Noor's frustration at not being understood leads to hitting other children. She is at risk of social isolation and of later literacy difficulties.

Recommendations
1. Direct speech therapy from an SLT, weekly, for at least two blocks of eight sessions in the next year.
2. A daily speech sound programme (10 minutes) delivered by her key worker, trained by the SLT.
3. A total communication environment at nursery (Makaton signs and a picture board).
4. Hearing to be monitored by audiology because of glue ear.

Fiona Leckie, HCPC SL07731
"""

MAISIE_SLT_FW = """Hello Mrs Penhallow,

Kate at school asked me to forward you Maisie's therapy update, which Lowri sent to school last week. It's copied below.

Regards
Children's Therapies Admin, Avonheath and Forest Healthcare

---------------- Forwarded by Therapies Admin ----------------

SPEECH AND LANGUAGE THERAPY - PROGRESS REPORT FOR ANNUAL REVIEW
Maisie Penhallow  DOB 16/05/2019  NHS 999 642 0913  Ringmere Infant School
Therapist: Lowri Hayes, Specialist SLT (Down syndrome pathway)   Date: 16 February 2026

Since her last review Maisie has had fortnightly therapy in school (30 minutes) and her TA has delivered a daily programme.

Progress: Maisie now uses around 110 signs and 60 spoken words, and has begun to combine two key words ("more juice", "Jo help"). Her speech intelligibility to unfamiliar listeners remains poor, particularly in longer utterances.

Needs: expressive language, speech intelligibility, auditory memory (two key words). Her fluctuating hearing loss affects her listening in noisy rooms.

Recommendations for the plan: continue direct SLT in school fortnightly for 30 minutes; a daily programme of 15 minutes with a TA trained in Makaton and the See and Learn approach; a visual timetable and a low-noise space for language work. Reducing therapy to "as advised" would not meet her needs at this stage.

Lowri Hayes, HCPC SL10456
"""

# --- occupational therapy ---------------------------------------------------------------------

OSCAR_OT = [
    ("org", FOREST),
    (
        "small",
        "Children's Occupational Therapy  |  Heathbury Child Development Centre, Bramble Cross Road, Heathbury AH7 3QR",
    ),
    ("title", "Occupational Therapy Advice"),
    (
        "p",
        "Name: Oscar Tarrant   DOB: 14/09/2015   NHS No: 999 381 2207   School: Heathbury Junior School   Date: 28 April 2026",
    ),
    ("b", "Reason for referral"),
    ("p", "Slow, effortful handwriting and difficulty copying; history of prematurity."),
    ("b", "Assessment"),
    (
        "p",
        "Movement ABC-2: manual dexterity 2nd centile, aiming and catching 9th centile, balance 16th centile. Beery VMI: visual-motor integration standard score 72. Handwriting speed (DASH): 7 words per minute, well below his age group.",
    ),
    ("b", "Findings"),
    (
        "p",
        "Oscar has significant difficulties with fine motor control and visual-motor integration. He fatigues quickly when writing and his posture collapses after a few minutes at a standard desk.",
    ),
    ("b", "Recommendations"),
    (
        "bul",
        [
            "A touch-typing programme (15 minutes daily) and a laptop for extended writing.",
            "A sloped writing board and a chair and table of the correct height.",
            "A fine motor programme delivered by a TA three times a week for 15 minutes, reviewed by OT each term.",
            "Printed copies of board work.",
        ],
    ),
    ("sig", ["Priya Dhillon", "Senior Occupational Therapist, HCPC OT58820"]),
]

TOMASZ_OT_NHS = [
    ("org", CARROW_HEALTH),
    ("small", "Children's Occupational Therapy, Noble's Lane Health Centre, Carrow Haven IC1 3HD"),
    ("title", "School access visit report"),
    (
        "kv",
        [
            ("Child", "Tomasz Bielski, DOB 02/05/2015"),
            ("Visit", "Carrow High School, 2 June 2026"),
            ("With", "Mrs E. Crellin, SENCo; site manager"),
        ],
    ),
    (
        "p",
        "The purpose of the visit was to look at Tomasz's access to the high school from September 2026 and to advise on equipment.",
    ),
    ("b", "Observations"),
    (
        "p",
        "Ground floor classrooms are accessible. The first-floor science labs are reached by a platform lift that is too short for Tomasz's powered chair with its footplates. The accessible toilet has a mobile hoist only; there is not room for two adults to assist safely.",
    ),
    ("b", "Recommendations"),
    (
        "bul",
        [
            "Install a ceiling track hoist and changing bench in a hygiene room near the main teaching block before September.",
            "Replace or extend the platform lift, or timetable Tomasz's science lessons on the ground floor.",
            "Height-adjustable desk in each classroom Tomasz uses.",
            "Moving and handling training for all staff who will support Tomasz.",
        ],
    ),
    ("p", "Siobhan Kewley, Occupational Therapist"),
]

MAISIE_OT_PHOTO = """Avonheath and Forest Healthcare NHS Trust - Children's Occupational Therapy
OT REVIEW SUMMARY for school
Maisie Penhallow   DOB 16/05/2019   Ringmere Infant School   Date: 10 Feb 2026

Seen in school with her TA, Mrs Tizzard.

Fine motor: Maisie now uses a tripod grasp with a pencil grip some of the time. She can snip with spring-loaded scissors but not cut along a line. She can thread large beads.
Self-care: she needs help with buttons, zips and her lunchbox. She can use the toilet with prompts.
Posture: low tone; she slumps on the carpet and benefits from a wedge cushion and a chair with arms.

Programme (TA, 3 x 10 minutes a week): playdough and pegs, threading, pre-writing shapes on the slope board. OT to review in 12 weeks.

Ruth Alderney, Occupational Therapist
"""

ELLIS_SENSORY = """DANE VALLEY COMMUNITY HEALTH NHS TRUST
CHILDREN'S OCCUPATIONAL THERAPY - SENSORY PROCESSING REPORT

Name: Ellis Hartigan    DOB: 14/06/2017    NHS: 999 214 6630
School: Saltwich St Anne's CE Primary    Date of report: 19 March 2026
Assessed by: Tom Greenhalgh, Specialist Occupational Therapist

Reason for referral: Ellis's school and parents report that he leaves the dining hall and covers his ears in assemblies.

Assessment: Sensory Profile 2 (parent and school questionnaires) and observation at lunchtime and in class.

Results: "Much more than others" for auditory sensitivity and for avoiding; "more than others" for oral sensory sensitivity (smells and textures of food). Ellis's movement and touch processing are typical.

Impact: Ellis's sensory sensitivity raises his anxiety through the day, particularly in the hall at lunchtime, and reduces what he eats and how well he can attend in the afternoon.

Recommendations:
1. A quieter, smaller space for lunch with one or two friends.
2. Ear defenders available and a short sensory break before afternoon lessons.
3. A sensory diet planned with his TA, reviewed by OT in the summer term.
4. Warning before fire drills and assemblies.

Tom Greenhalgh, HCPC OT49901
"""

# --- physiotherapy ----------------------------------------------------------------------------

TOMASZ_PHYSIO = [
    ("org", CARROW_HEALTH),
    (
        "small",
        "Children's Physiotherapy  |  Noble's Lane Health Centre, Carrow Haven IC1 3HD  |  01632 960753",
    ),
    ("title", "Physiotherapy report for annual review"),
    ("p", "Tomasz Bielski   DOB 02/05/2015   NHS No 999 770 4521   Report date: 18 February 2026"),
    ("h", 2, "Current presentation"),
    (
        "p",
        "Tomasz has bilateral spastic cerebral palsy, GMFCS level IV. His hamstrings and hip adductors have tightened over the last year and his hip X-ray in September 2025 showed migration of 26% on the left, and he is due for hip surveillance in March. He reports pain after long periods sitting.",
    ),
    ("h", 2, "Progress"),
    (
        "p",
        "His daily stretching programme at school has been delivered most days. Since the hydrotherapy pool at the leisure centre closed to school groups in September 2025, Tomasz has had no access to hydrotherapy.",
    ),
    ("h", 2, "Recommendations"),
    (
        "bul",
        [
            "Daily stretching and standing programme, 30 minutes, delivered by trained staff, with his standing frame used for 45 minutes daily.",
            "Weekly hydrotherapy session of 30 minutes with a trained adult.",
            "A 24-hour postural management plan including sleep positioning.",
            "Physiotherapy review in school every half term.",
        ],
    ),
    ("sig", ["Lucy Faragher", "Senior Paediatric Physiotherapist, HCPC PH88123"]),
]

MAISIE_PHYSIO_DC = [
    ("org", FOREST),
    ("small", "Paediatric Physiotherapy, Ringmere Health Centre"),
    (
        "p",
        "Mr and Mrs Penhallow\n2 Furze Hill Cottages\nRingmere AH3 9RT\ncc: Ringmere Infant School; Dr Hensley (GP)",
    ),
    ("p", "9 January 2026"),
    ("p", "Re: Maisie Penhallow, DOB 16/05/2019, NHS 999 642 0913 - discharge from physiotherapy"),
    ("p", "Dear Mr and Mrs Penhallow,"),
    (
        "p",
        "Maisie has now completed her block of physiotherapy. She walks, runs with a wide base, climbs stairs with one hand on the rail and can jump with two feet together. Her low muscle tone and ligament laxity mean she tires more quickly than her classmates and her balance on uneven ground is still unsteady.",
    ),
    (
        "p",
        "I am discharging Maisie from active physiotherapy. I have left a gross motor programme with school (ball skills, balance beam, obstacle course, three times a week for 15 minutes in PE or playtime) and recommend that she has a rest break after lunch. Please contact us again if you notice foot pain, a change in her walking, or if school needs advice on the junior school site.",
    ),
    ("sig", ["Yours sincerely", "", "Gareth Rowe", "Paediatric Physiotherapist"]),
]

HIP_SCAN = """SCAN COVER SHEET - Westerby Primary School office - Multifunction device WPS-MFD-01
Scanned by: office   Date: 12/03/2026 09:03   Pages: 3   Destination: SENCo folder / Tomasz B

WESSEX SHORE UNIVERSITY HOSPITALS NHS FOUNDATION TRUST
Children's Physiotherapy - CPIP Hip Surveillance Programme (physiotherapy report)

Patient: Tomasz BIELSKI   DOB: 02/05/2015   NHS No: 999 770 4521   Hosp No: WS7739104
Clinic: Physiotherapy hip surveillance review, 2 March 2026 - seen at Carrow Haven outreach clinic

Measurements
Hip migration percentage: left 34% (previously 26%), right 18% (previously 17%).
Passive range: hip abduction left 20 degrees, right 30 degrees. Popliteal angle left 70, right 60.
GMFCS IV. Reports pain after sitting more than 2 hours.

Physiotherapy impression
Left hip migration has increased by 8% in twelve months and is now above the referral threshold.

Plan
1. Referral to the paediatric orthopaedic consultant at the mainland hospital for a surgical opinion.
2. Continue the stretching and standing programme daily; add abduction positioning at night.
3. Hip X-ray again in six months.
4. School physiotherapy programme to continue as set by the island physiotherapist.

Signed: K. Marsh, Clinical Specialist Physiotherapist (CPIP)
"""

KEIRA_PE = """Dear Mrs Skillicorn and Mr Gell,

Following my visit to Keira's PE lesson and playground on Tuesday, here are my findings and recommendations for school, which I have also sent to the Additional Needs Service to go with her draft EHC plan.

Observations: Keira (aged 7, 22q11.2 deletion) has mild hypotonia and reduced core strength. In PE she could not yet hop, lost balance on the bench, and tired after ten minutes of running games. She avoids the climbing frame.

Recommendations:
- A motor skills group (e.g. a "Funfit"-type programme) three times a week for 20 minutes, delivered by a TA following my programme.
- Adapted PE: a stable base for throwing and catching, a rest break every ten minutes.
- Supervision on the climbing frame.
- I will review Keira in school in six months.

Kind regards
Isla Cowin
Paediatric Physiotherapist, Isle of Carrow Health and Care Service
01632 960754
"""

# --- medical ----------------------------------------------------------------------------------

MAISIE_AUDIOLOGY = [
    ("org", FOREST),
    ("small", "Paediatric Audiology, Heathbury Hospital, Heathbury AH7 5DD"),
    ("title", "Audiology clinic report"),
    (
        "kv",
        [
            ("Patient", "Maisie Penhallow"),
            ("DOB", "16/05/2019"),
            ("NHS No", "999 642 0913"),
            ("Seen", "27 January 2026"),
            ("Clinician", "Dr Rachel Ibe, Consultant Audiovestibular Physician"),
        ],
    ),
    (
        "p",
        "Maisie attended with her mother. Her grommets have both extruded. Tympanometry today shows flat (type B) traces in both ears, consistent with fluid. Play audiometry: thresholds 35-40 dB HL in the better ear across the speech frequencies, a mild to moderate conductive hearing loss.",
    ),
    (
        "p",
        "Impression: recurrent otitis media with effusion in a child with Down syndrome; current hearing loss likely to affect her access to speech in a noisy classroom.",
    ),
    (
        "p",
        "Plan: referral back to ENT to discuss re-insertion of grommets; hearing aids offered as an alternative (mother would like time to think); school to seat Maisie near the teacher and reduce background noise; referral to the Teacher of the Deaf service. Review in clinic in 3 months.",
    ),
    ("sig", ["Dr Rachel Ibe", "Consultant Audiovestibular Physician"]),
]

KEIRA_GENETICS = [
    ("org", WESSEX),
    (
        "small",
        "Clinical Immunology and Paediatric Cardiology joint clinic, Wessex Shore Children's Hospital",
    ),
    (
        "p",
        "Dr N. Karran, Carrow Haven Medical Practice\ncc: Mr and Mrs Skillicorn-Gell (parents); Additional Needs Service, Isle of Carrow Council",
    ),
    ("p", "Clinic date: 3 March 2026    Typed: 9 March 2026"),
    ("p", "Re: Keira Skillicorn-Gell   DOB 07/01/2019   NHS 999 116 0042"),
    (
        "p",
        "Diagnoses: 1. 22q11.2 deletion syndrome. 2. Repaired tetralogy of Fallot (2019). 3. Mild T-cell lymphopenia. 4. Velopharyngeal insufficiency.",
    ),
    (
        "p",
        "Dear Dr Karran, I reviewed Keira today with her mother. She remains well from a cardiac point of view; the echo is stable and she needs no restriction on activity other than rest when tired. Her infections are less frequent this year. Her speech remains hypernasal and she is under the cleft team for assessment of her velopharyngeal function.",
    ),
    (
        "p",
        "In relation to school: Keira's 22q11.2 deletion is associated with learning difficulties, attention difficulties and anxiety, and her parents report that she is falling behind. I support the request for an EHC needs assessment. School should be aware that she may tire easily, and that she needs her calcium levels checked if she has tremors or seizures.",
    ),
    ("sig", ["Yours sincerely", "", "Dr Jonathan Penrose", "Consultant Paediatrician"]),
]

ELLIS_PAED_FAX = """FAX from Saltwich Medical Practice   01632 960785   05/12/2025 16:20   pages 3
To: Salterbrook SEND Statutory Team     RE: Request for health advice (EHC needs assessment) - attached letter from Dr Oyelaran

DANE VALLEY COMMUNITY HEALTH NHS TRUST - COMMUNITY PAEDIATRICS
Wincham Road Clinic, Northmere SB12 8AA

Health advice for Education, Health and Care needs assessment
Child: Ellis HARTIGAN   DOB 14/06/2017   NHS 999 214 6630
Author: Dr Michael Oyelaran, Consultant Community Paediatrician   Date: 4 December 2025

Diagnoses: autism spectrum disorder (diagnosed March 2024, ADOS-2 and ADI-R); sleep onset insomnia; atopic eczema.

Ellis takes melatonin 2 mg at night, which has reduced his sleep onset time from about two hours to forty minutes. He eats a restricted range of foods but his growth is on the 25th centile and stable. Vision and hearing were normal in 2024.

How these affect his learning: poor sleep reduces his attention and increases his anxiety the next day. His autism affects his communication, his tolerance of noise and his ability to cope with change.

Recommendations: continued medication and review in paediatric clinic every 12 months; school to be aware of sleep and eating difficulties; access to speech and language therapy and occupational therapy (referred).

Dr M. Oyelaran, GMC 7712345
"""

CONTINENCE = """Isle of Carrow Health and Care Service
Children's Bladder and Bowel Service, Noble's Lane Health Centre, Carrow Haven IC1 3HD

To whom it may concern (for Tomasz's school and EHC plan)

Tomasz Bielski  DOB 02/05/2015  NHS 999 770 4521

I am the specialist nurse for Tomasz's bladder and bowel care. Tomasz has a neurogenic bladder associated with his cerebral palsy. He needs assistance with toileting every two hours and with pad changes, and he needs a hoist and two trained adults for each change.

He must have drinks available throughout the day (at least 1.2 litres). He should not be kept waiting for the toilet, as this causes him pain and distress and increases his risk of urinary infections, of which he has had four in the past year.

School staff who support him should be trained by our service, and a copy of his intimate care plan should be kept in school.

Eleri Kinrade, Children's Continence Nurse Specialist
26 February 2026
"""

# --- CAMHS ------------------------------------------------------------------------------------

RUBY_CAMHS = [
    ("org", CARROW_HEALTH),
    (
        "small",
        "Child and Adolescent Mental Health Service (CAMHS), The Lookout, Harbour Hill, Carrow Haven IC1 4JJ",
    ),
    (
        "p",
        "Mr A. Quayle\n11 Gansey Row\nWesterby IC6 1QT\ncc: Dr N. Karran (GP); Mrs E. Crellin, SENCo, Carrow High School",
    ),
    ("p", "Re: Ruby Quayle, DOB 19/08/2012, NHS 999 330 6512"),
    ("p", "Dear Mr Quayle,"),
    (
        "p",
        "Thank you for bringing Ruby to see me on 9 February 2026. Ruby told me that she feels sick and shaky on school mornings, that she worries about being asked to read in front of others, and that she sometimes cannot get out of the car at the school gate.",
    ),
    (
        "p",
        "My assessment is that Ruby has an anxiety disorder, with features of social anxiety, closely linked to her experience of dyslexia at school. There are no concerns about self-harm at present.",
    ),
    (
        "p",
        "Plan: Ruby will be offered eight sessions of cognitive behavioural therapy with our CAMHS practitioner, starting in March. I recommend that school agrees a graded return-to-school plan with her, that she is never asked to read aloud without agreement, and that she has a named adult she can go to. I will review her after the CBT.",
    ),
    (
        "sig",
        ["Yours sincerely", "", "Dr Fenella Moore", "Consultant Child and Adolescent Psychiatrist"],
    ),
]

OSCAR_ART = [
    ("org", FOREST),
    ("small", "CAMHS - Arts Therapies Team, The Willows, Heathbury AH7 2PL"),
    ("title", "Art Psychotherapy - End of Therapy Report"),
    (
        "p",
        "Client: Oscar Tarrant (aged 10)   NHS No: 999 381 2207   Sessions: 20 weekly sessions, September 2025 - February 2026   Therapist: Nell Ashby, HCPC AS10091",
    ),
    ("b", "Reason for referral"),
    (
        "p",
        "Oscar was referred by the CAMHS duty team after a period of angry outbursts at home and tearfulness at school linked to his difficulties with writing and to teasing about his stammer.",
    ),
    ("b", "Course of therapy"),
    (
        "p",
        'Oscar used clay and drawing to make a series of "forts" and later "bridges". Over time he was able to talk about feeling stupid at school and about the relief of being understood. His mother reports fewer outbursts, and school report he uses the calm room far less.',
    ),
    ("b", "Recommendations"),
    (
        "bul",
        [
            "A consistent key adult in school with whom Oscar can check in weekly.",
            "Staff to recognise that written tasks are a trigger for his distress and to offer alternatives.",
            "Re-referral to CAMHS if outbursts increase at the transfer to secondary school.",
        ],
    ),
    ("p", "Nell Ashby, Art Psychotherapist"),
]

HARRISON_CAMHS_FWD = """Carys - this is what CAMHS sent after Harrison's appointment. Sorry it's taken me a week to send it on. Can you add it to the tribunal stuff?

Dave

---------- Forwarded message ---------
From: Dane Valley CAMHS <dv.camhs@nhs.example.org>
Date: Thu, 5 Mar 2026 at 11:07
Subject: Harrison Pickering - outcome of appointment 26/02/2026
To: david.pickering@example.org

Dear Mr Pickering,

Harrison Pickering, DOB 30/04/2018, NHS No 999 826 3390

Thank you for attending the CAMHS choice appointment with Harrison on 26 February 2026. I met Harrison with you and spoke to his school by phone.

Harrison describes feeling "like a volcano" at school, especially at lunchtime and when he is asked to read. His outbursts happen mostly at school and mostly in unstructured times. At home he is settled, sleeps well and plays well with his cousins. There is no evidence of an anxiety disorder or depression, and the pattern does not suggest ADHD.

My formulation is that Harrison's distress is closely linked to his learning difficulties and his awareness that he cannot read like his friends. I do not think he needs ongoing CAMHS treatment at present. I recommend that school supports his emotional regulation through a trusted adult and a structured lunchtime, and that the reasons for his literacy difficulties are fully assessed. I am discharging him from CAMHS with advice, and you can re-refer through your GP.

Yours sincerely
Sanjay Mistry, CAMHS Clinical Practitioner, Dane Valley Community Health NHS Trust
"""

RUBY_CRISIS = """ISLE OF CARROW HEALTH AND CARE SERVICE
CAMHS Crisis and Home Treatment Team - DISCHARGE SUMMARY

Patient: Ruby QUAYLE   DOB 19/08/2012   NHS 999 330 6512
Referred: 28/02/2026 by Carrow Haven Emergency Department   Discharged: 13/03/2026
Key worker: Ross Callow, CAMHS Nurse

Reason for referral: Ruby was brought to the Emergency Department by her father after a panic attack on the school bus in which she was tearful and said she "couldn't go on like this". No self-harm.

Intervention: four home visits over two weeks; safety plan agreed with Ruby and her father; psychoeducation on panic; liaison with Carrow High School and with Dr Moore (CAMHS consultant).

Outcome: Ruby's panic symptoms have reduced. She has attended two mornings a week under a part-time plan. Risk assessed as low.

Recommendations: continue with planned CBT in community CAMHS; school to maintain a gradual return plan with a safe space and a named adult; avoid reading aloud; review her transport arrangements (a quieter taxi rather than the school bus).

R. Callow, CAMHS Nurse, on behalf of the Crisis and Home Treatment Team
"""

HARRISON_RECORDS = [
    (
        "cover",
        [
            "Dane Valley Community Health NHS Trust",
            "Release of health records",
            "Subject access request ref: IG/SAR/26/0318",
            "Patient: Harrison Pickering",
            "Released to: Mrs C. Pickering (parent)",
            "Pages enclosed: 3",
            "Checked by the Information Governance Team, 9 February 2026",
        ],
    ),
    ("org", DANE),
    ("small", "Community Paediatrics  |  Wincham Road Clinic, Northmere SB12 8AA"),
    ("p", "Dr S. Bhatt, Dane Bridge Surgery\ncc: Mrs C. Pickering (parent)"),
    ("p", "Clinic: 14 January 2026    Dictated: 15 January 2026"),
    ("p", "Re: Harrison Pickering, DOB 30/04/2018, NHS 999 826 3390"),
    (
        "p",
        "Diagnoses: 1. Specific learning difficulties under assessment. 2. Emotional dysregulation at school. 3. Mild intermittent asthma. 4. Normal hearing and vision (checked December 2025).",
    ),
    (
        "p",
        "Dear Dr Bhatt, I saw Harrison with his mother. His growth and development are otherwise within normal limits and neurological examination is normal. I found no features of a neurodevelopmental disorder such as ADHD or autism. His difficulties appear to be specific to literacy and to his distress about it.",
    ),
    (
        "p",
        "Plan: no medication is indicated. I have recommended that Harrison's educational needs are assessed by an educational psychologist and I support his mother's appeal for an EHC needs assessment. His asthma plan should be kept in school. I have not arranged a further appointment.",
    ),
    ("sig", ["Yours sincerely", "", "Dr Helen Ashcroft", "Consultant Community Paediatrician"]),
]

DOCUMENTS: list[dict] = [
    {
        "name": "Ellis SLT advice.pdf",
        "kind": "salt_report",
        "blocks": ELLIS_SLT,
        "sans": True,
        "accent": "005EB8",
    },
    {
        "name": "Oscar clinic letter.docx",
        "kind": "salt_report",
        "blocks": OSCAR_FLUENCY,
        "sans": True,
    },
    {
        "name": "FAX0127.pdf",
        "kind": "salt_report",
        "text": NOOR_SLT_FAX,
        "ocr": True,
        "running": "SIDDIQUI Noor  999 507 1184",
    },
    {
        "name": "Fw_ Maisie update.eml",
        "kind": "salt_report",
        "text": MAISIE_SLT_FW,
        "headers": headers(
            "Children's Therapies Admin <therapies.admin@nhs.example.org>",
            "tamsin.penhallow@example.org",
            "Fw: Maisie update",
            "Mon, 23 Feb 2026 10:15:32 +0000",
        ),
        "html": True,
    },
    {
        "name": "Oscar advice May.pdf",
        "kind": "ot_report",
        "blocks": OSCAR_OT,
        "sans": True,
        "accent": "005EB8",
    },
    {"name": "Carrow High visit.docx", "kind": "ot_report", "blocks": TOMASZ_OT_NHS},
    {"name": "IMG_4490.pdf", "kind": "ot_report", "text": MAISIE_OT_PHOTO, "ocr": 0.08},
    {"name": "Ellis sensory.txt", "kind": "ot_report", "text": ELLIS_SENSORY},
    {"name": "Tomasz Feb 2026.pdf", "kind": "physio_report", "blocks": TOMASZ_PHYSIO, "sans": True},
    {
        "name": "Maisie discharge.docx",
        "kind": "physio_report",
        "blocks": MAISIE_PHYSIO_DC,
        "sans": True,
    },
    {
        "name": "scan_0033.pdf",
        "kind": "physio_report",
        "text": HIP_SCAN,
        "ocr": True,
        "running": "BIELSKI Tomasz WS7739104",
    },
    {
        "name": "Keira PE.eml",
        "kind": "physio_report",
        "text": KEIRA_PE,
        "headers": headers(
            "Isla Cowin <isla.cowin@carrowhealth.example.org>",
            "keira.parents@example.org",
            "Keira - PE and playground visit",
            "Thu, 14 May 2026 13:02:17 +0100",
        ),
        "qp": True,
    },
    {
        "name": "Maisie hearing.pdf",
        "kind": "medical_report",
        "blocks": MAISIE_AUDIOLOGY,
        "sans": True,
        "accent": "005EB8",
    },
    {
        "name": "Keira clinic letter.docx",
        "kind": "medical_report",
        "blocks": KEIRA_GENETICS,
        "sans": True,
    },
    {
        "name": "Saltwich surgery fax.pdf",
        "kind": "medical_report",
        "text": ELLIS_PAED_FAX,
        "ocr": True,
    },
    {
        "name": "Harrison records.pdf",
        "kind": "medical_report",
        "blocks": HARRISON_RECORDS,
        "sans": True,
    },
    {"name": "bladder clinic.txt", "kind": "medical_report", "text": CONTINENCE, "crlf": True},
    {"name": "Ruby Feb letter.pdf", "kind": "camhs_report", "blocks": RUBY_CAMHS, "sans": True},
    {"name": "Oscar art therapy.docx", "kind": "camhs_report", "blocks": OSCAR_ART},
    {
        "name": "Fwd_ Harrison appointment.eml",
        "kind": "camhs_report",
        "text": HARRISON_CAMHS_FWD,
        "headers": headers(
            "Dave Pickering <david.pickering@example.org>",
            "carys.pickering@example.org",
            "Fwd: Harrison appointment",
            "Thu, 12 Mar 2026 22:31:45 +0000",
        ),
    },
    {"name": "Scan_20260318.pdf", "kind": "camhs_report", "text": RUBY_CRISIS, "ocr": True},
]
