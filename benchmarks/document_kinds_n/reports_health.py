# ruff: noqa: E501
"""Health reports of set N: speech and language therapy (an NHS advice, a cleft lip and
palate team's therapist, a discharge letter from a community clinic, a school-based
therapist's termly report scanned); occupational therapy (a sensory processing report, a
handwriting assessment sent by e-mail, a photographed summary, a council appendix as text);
physiotherapy (a hypermobility clinic letter, a cerebral palsy team's advice, a scanned
programme, a school visit note by e-mail); medical (a community paediatric diagnosis
letter, a low vision clinic's report, a gastroenterology letter, a designated clinical
officer's health advice); and CAMHS (a mental health support team in schools, a
neurodevelopmental pathway ADHD report, an eating disorder service's letter, a CAMHS
learning disability team's advice photographed). All invented."""

from __future__ import annotations

from document_kinds_n.common import headers

TRUST_WEALD = "Weald and Downs Community Health NHS Trust"
TRUST_LEA = "Lea Valley Community NHS Trust"
TRUST_WEY = "Hillsdown Children's Health NHS Foundation Trust"

# --- speech and language therapy -----------------------------------------------------------

SALT_NHS = [
    ("org", TRUST_WEALD),
    (
        "small",
        "Children's Speech and Language Therapy | Tenterbury Child Development Centre, Mill Lane, Tenterbury TW3 6QJ | 01632 960455",
    ),
    ("title", "Advice for Education, Health and Care Needs Assessment"),
    (
        "kv",
        [
            ("Name", "Amara Ekwueme"),
            ("DOB", "14/06/2013"),
            ("NHS number", "999 402 7716"),
            ("School", "Hawkhollow Academy"),
            ("Therapist", "Grace Nwankwo, Highly Specialist SLT"),
        ],
    ),
    ("h", 2, "Assessment"),
    (
        "p",
        "Amara was assessed in school on 19 and 26 January 2026 using the CELF-5 UK and an informal narrative task. Her Receptive Language Index was 68 (2nd centile) and Expressive Language Index 79 (8th centile). She struggled to follow instructions containing more than two key words, and with understanding figurative language.",
    ),
    ("h", 2, "Speech, language and communication needs"),
    (
        "p",
        "Amara has a developmental language disorder (DLD) affecting mainly her understanding of spoken language. She is at risk of misunderstanding lesson content and of social difficulties with peers.",
    ),
    ("h", 2, "Recommendations"),
    (
        "grid",
        [
            ["What", "Who", "How often"],
            [
                "Language programme targeting vocabulary and following instructions",
                "TA trained by the SLT",
                "3 x 20 minutes weekly",
            ],
            [
                "Review of targets and programme",
                "Speech and language therapist",
                "Once each half term",
            ],
            [
                "Whole-staff training on DLD",
                "Speech and language therapist",
                "Once, autumn term 2026",
            ],
        ],
        [0.45, 0.3, 0.25],
    ),
    (
        "sig",
        [
            "Grace Nwankwo, Highly Specialist Speech and Language Therapist, HCPC SL039921",
            "6 February 2026",
        ],
    ),
]

CLEFT_SALT_TXT = """
Downs Regional Cleft Lip and Palate Service
Speech and Language Therapy
Tenterbury and District Hospital, Hospital Way, Tenterbury TW4 2EE

Patient: Mia Oduya-Harlow    DOB: 30/12/2018    NHS no: 999 733 1820    Hosp no: TDH4418820
Clinic date: 11/03/2026
Seen by: Rosalind Ebbs, Specialist Speech and Language Therapist (Cleft)

cc: Dr Fenella Gault, Consultant Plastic Surgeon; Mrs V. Harlow (mother); SENCo, Oastley CE Primary School

Dear Mrs Harlow,

I saw Mia today in the cleft clinic for her routine speech review following her palate repair. Mia's speech shows ongoing nasal emission and glottal substitutions for /p/, /b/, /t/ and /d/. Her intelligibility to unfamiliar listeners is reduced, to about 50% in conversation. Her language understanding is age-appropriate.

Mia will need a videofluoroscopy to look at the movement of her palate; I have requested this.

My recommendations for school are:
1. A block of 8 weekly sessions of direct therapy by a specialist SLT starting after Easter, in school.
2. Daily 10-minute practice of target sounds with a trained adult, using the programme I will send to school.
3. Please do not correct Mia's speech in class; praise her message.

I have explained that this advice can be included in an EHC needs assessment if the school applies for one.

Yours sincerely
Rosalind Ebbs
"""

SALT_DISCHARGE = [
    ("org", TRUST_LEA),
    (
        "small",
        "Paediatric Speech and Language Therapy | Sawbury Health Centre, Old Road, Sawbury BW8 1AP",
    ),
    ("p", "Parent/carer of Kai Thornbury-Mensah\n9 Coachmans Walk\nBishop's Ware BW3 9DX"),
    ("p", "15 April 2026\nNHS number: 999 210 4477"),
    ("p", "Dear Ms Mensah,"),
    (
        "p",
        "I saw Kai at Sawbury Junior School on 10 April for a review of his social communication. Kai has made good progress with his expressive language and now gives clear, organised accounts of events. His difficulties are with the social use of language: he takes phrases literally, finds it hard to read others' intentions and prefers to talk about his interests.",
    ),
    (
        "p",
        "I recommend that school continues the Talkabout group he started in January (weekly, 30 minutes, small group), and that his secondary school uses visual supports and explicit explanation of idioms and sarcasm. Key vocabulary for new topics should be pre-taught.",
    ),
    (
        "p",
        "As Kai's language skills are now within the average range, I will discharge him from the Speech and Language Therapy service. School or his GP can refer him again if needed.",
    ),
    ("sig", ["Yours sincerely,", "", "Leah Moorcroft", "Speech and Language Therapist"]),
]

SALT_TERMLY_SCAN = """
Speech and Language Therapy termly report
Chalk Downs Special School - therapy team (Meonford Children's Therapy Service)

Pupil: Isaac Adeyemi-Frost    Class: Acorns    Term: Spring 2026
Therapist: Naomi Scarrott, SLT

Targets this term
1. Isaac will request "more" using sign or symbol during snack - ACHIEVED (consistently, 5 days out of 5)
2. Isaac will choose between two objects of reference - PARTLY ACHIEVED
3. Isaac will attend to a shared book for 3 minutes - ACHIEVED

Therapy delivered: 30-minute direct session fortnightly (6 sessions), daily communication programme by class staff, Intensive Interaction daily.

Comments: Isaac now uses 14 signs spontaneously. He has started using a 4-cell communication board at snack. He is ready to move to a larger vocabulary on a low-tech book.

Recommendations for next term
Introduce a PODD-style communication book; train class staff (1 hour); continue fortnightly direct therapy.
"""

# --- occupational therapy ------------------------------------------------------------------

OT_SENSORY = [
    ("org", TRUST_WEALD),
    ("small", "Children's Occupational Therapy | Tenterbury Child Development Centre"),
    ("title", "Occupational Therapy Report"),
    (
        "kv",
        [
            ("Child", "Tobias Fenwick-Ash"),
            ("DOB", "03/10/2016"),
            ("NHS no", "999 118 2305"),
            ("Referral", "EHC needs assessment"),
            ("Seen", "Clinic 4 Feb 2026; school 11 Feb 2026"),
        ],
    ),
    ("h", 2, "Reason for report"),
    (
        "p",
        "Wealdmere SENAPS asked for occupational therapy advice as part of Tobias's EHC needs assessment.",
    ),
    ("h", 2, "Findings"),
    (
        "p",
        "Tobias has a diagnosis of developmental coordination disorder. His pencil grip is immature and he presses very hard. He fatigues after writing for 3 minutes. On the Sensory Profile 2 (school companion) his scores show sensitivity to noise and avoidance of crowded spaces.",
    ),
    ("h", 2, "Recommendations"),
    (
        "bul",
        [
            "A sloped writing board and pencil grip.",
            "Access to a laptop for extended writing.",
            "Movement breaks every 30 minutes.",
            "Ear defenders available in the dining hall.",
            "School to follow the fine motor programme provided, 3 times a week.",
        ],
    ),
    (
        "p",
        "Tobias does not meet the criteria for ongoing direct NHS therapy. He will be discharged with this advice.",
    ),
    ("sig", ["Kirsty Fanshawe, Occupational Therapist, HCPC OT50983", "18 February 2026"]),
]

OT_EML = """
Hi Mrs Joshi,

As discussed, here is the summary of my handwriting assessment for Oliwia (Year 8) so you can add it to her file and send it to the EP.

Handwriting and keyboard assessment - Oliwia Wiśniewska, 22 May 2026
Assessed by: Ruth Baverstock, Occupational Therapist, Lea Valley Community NHS Trust (school-age OT team)

DASH 17+ (adapted): copy best 14 wpm, free writing 9 wpm (well below the 5th centile for her age). Legibility: 78% of words legible out of context. Pain in her right hand after 8 minutes. Touch typing: 11 wpm, using two fingers.

Summary: Oliwia's handwriting is slow and tiring. Her difficulties are likely to affect all written work and exams.

Recommendations:
- Laptop as normal way of working for all extended writing, from now.
- Touch-typing course (e.g. 15 minutes, 4 times a week for one term) with adult monitoring.
- Consider a scribe or word processor with extra time for exams (for the access arrangements assessor).
- Rest breaks within written tasks.

No further OT input is planned; please re-refer if her pain increases.

Best wishes
Ruth Baverstock
Occupational Therapist
"""

OT_PHOTO = """
Hillsdown Children's Health - Children's Occupational Therapy
Summary of assessment

Name: Zofia Kowalczyk-Reeve    DOB: 11/04/2018
Date: 15/01/2026    Location: Little Acorns Pre-school

Zofia has low muscle tone and joint hypermobility (Down syndrome). She sits in a W-position on the carpet and slumps at the table. She can hold a chunky crayon in a palmar grasp and makes marks. She cannot yet use scissors or manage buttons.

Recommendations
- Supportive chair with footrest at the table (we will provide a Tripp Trapp style chair on loan).
- Daily fine motor play: play dough, pegs, posting - 10 minutes.
- Toileting: step and toilet reducer seat; visual toileting sequence.
- Review in 6 months, or when she starts Reception.

OT: Hannah Pryce-Jones
"""

OT_APPENDIX_TXT = """
APPENDIX K4 - OCCUPATIONAL THERAPY ADVICE
Meonford Children's Therapy Service

Child's name: Isaac Adeyemi-Frost   DOB: 19.08.2019
Occupational therapist: Joanne Blyth, HCPC OT63118
Date of advice: 20 December 2025

Information used: joint visit to nursery with the physiotherapist; parent interview; Sensory Profile 2 (caregiver).

Isaac's strengths: he enjoys messy play and water play, and he can feed himself with his fingers.

Isaac's occupational therapy needs:
- He seeks strong movement and mouths objects; this affects his safety and his attention.
- He cannot yet use a spoon, and he needs full help with dressing.
- He is not yet toilet trained.

Outcomes: By summer 2027 Isaac will use a spoon for part of his lunch.

Provision recommended:
- A sensory diet planned by an OT and delivered by trained staff through the day (movement, deep pressure, chew toy).
- Daily practice of spoon use at lunch with hand-over-hand support, reducing.
- OT review once a term and training for staff at the start of each year.
"""

# --- physiotherapy ---------------------------------------------------------------------------

PHYSIO_HYPERMOB = [
    ("org", TRUST_WEY),
    (
        "small",
        "Children's Physiotherapy - Hypermobility Clinic | Hillsdown Children's Hospital, Godsmere GH1 5HH",
    ),
    ("p", "Private and confidential\nMrs Agata Kowalczyk\n18 Shere Lane, Godsmere GH9 3AD"),
    (
        "p",
        "Clinic date: 2 March 2026    Letter typed: 9 March 2026\nRe: Zofia Kowalczyk-Reeve, DOB 11/04/2018, NHS 999 610 0358",
    ),
    ("p", "Dear Mrs Kowalczyk,"),
    (
        "p",
        "Thank you for bringing Zofia to the hypermobility clinic. On examination she has a Beighton score of 8/9 and low tone through her trunk. She walks independently but falls often and tires after about 200 metres. Her balance on one leg is under 2 seconds.",
    ),
    (
        "p",
        "For school I recommend: a daily 10-minute exercise programme (which I have demonstrated to you and will send to the pre-school), access to a buggy for trips longer than 200 metres, a chair with a footrest, and supervision on playground equipment. She should be allowed to sit on a chair rather than the carpet.",
    ),
    (
        "p",
        "I will review Zofia in 4 months and liaise with the school's physiotherapist when she starts Reception.",
    ),
    (
        "sig",
        ["Yours sincerely,", "", "Tomasz Brennan-Okafor", "Clinical Specialist Physiotherapist"],
    ),
    ("small", "cc: Dr R. Ghosh, Consultant Paediatrician; Little Acorns Pre-school"),
]

PHYSIO_CP = [
    ("org", "Meonford Children's Therapy Service"),
    ("small", "Physiotherapy | Chalk Downs Centre, Meonford MF3 1PB"),
    ("title", "Physiotherapy advice"),
    (
        "kv",
        [
            ("Name", "Isaac Adeyemi-Frost"),
            ("DOB", "19/08/2019"),
            ("Physiotherapist", "Callum Strachan, Senior Physiotherapist"),
            ("Date", "20 December 2025"),
        ],
    ),
    ("h", 2, "Background"),
    (
        "p",
        "Isaac has global developmental delay and hypotonia. He was seen jointly with the occupational therapist at nursery.",
    ),
    ("h", 2, "Assessment"),
    (
        "p",
        "GMFM-88 total score 71%. Isaac walks independently on flat surfaces with a wide base; he cannot manage stairs without a hand held and he falls several times a day. He tires quickly and asks to be carried.",
    ),
    ("h", 2, "Recommendations"),
    (
        "bul",
        [
            "A daily motor programme (10 minutes) delivered by staff trained by the physiotherapist, including stepping and balance activities.",
            "Supportive footwear with insoles (orthotics referral made).",
            "A physiotherapy review once a term, with an updated programme.",
            "A risk assessment for stairs and the playground.",
        ],
    ),
    ("sig", ["Callum Strachan, HCPC PH88102"]),
]

PHYSIO_PROG_SCAN = """
PHYSIOTHERAPY HOME AND SCHOOL PROGRAMME
Weald and Downs Community Health NHS Trust - Children's Physiotherapy

Name: Mia Oduya-Harlow    DOB: 30/12/2018
Date given: 18/05/2026    Physiotherapist: Ebony Castellanos

Mia has been referred because of tight calf muscles and toe walking. Please do these exercises every day - at home at weekends and at school during the week.

1. Calf stretch against the wall - hold for 30 seconds, 3 times each leg.
2. Heel walking - 10 steps forward, 10 back, twice.
3. Squat to pick up bean bags - 10 times.
4. Balance on one leg - try to hold for 10 seconds, 3 times each leg.

Mia should wear her supportive trainers in PE. Please let me know if she has any pain.
Review: 3 months.
"""

PHYSIO_EML = """
Dear Mr Fairlie,

Thank you for letting me visit Hawkhollow Academy on Tuesday to see Reuben in PE and around the site. Here is my advice, which I have also copied to his mum.

Reuben Ashcroft-Lee (Year 9), hemiplegic cerebral palsy (right side)

Observations: Reuben manages the main building well but is slow on the stairs to the science block, where he needs the handrail on his left and is jostled in the lesson change. In PE he avoids ball games and stood at the side for most of the lesson. His right ankle-foot orthosis was rubbing.

Recommendations:
1. A lift pass and leaving lessons 5 minutes early to avoid crowded stairs.
2. Adapted PE: a target-based programme (I will send one) for part of each lesson, and a buddy for team games.
3. Daily stretches of his right calf and hamstrings, 10 minutes, which he can do in the learning support room at the start of the day.
4. Please contact the orthotics department about the AFO (I have already referred).

I will review Reuben at school in the autumn term.

Kind regards
Saffron Yeomans
Specialist Paediatric Physiotherapist
Weald and Downs Community Health NHS Trust
"""

# --- medical ----------------------------------------------------------------------------------

PAED_DIAGNOSIS = [
    ("org", TRUST_LEA),
    (
        "small",
        "Community Paediatrics | Bishop's Ware Child Development Centre, Station Road, Bishop's Ware BW1 6TT | 01632 960660",
    ),
    (
        "kv",
        [
            ("Patient", "Harvey Marsh"),
            ("DOB", "18/05/2019"),
            ("NHS number", "999 558 1203"),
            ("Clinic", "Neurodevelopmental clinic, 12 March 2026"),
            ("Consultant", "Dr Oluwaseun Pryce"),
        ],
    ),
    ("p", "Dear Dr Hollis (GP),"),
    (
        "b",
        "Diagnoses: 1. Autism spectrum disorder. 2. Sleep onset difficulty. 3. Constipation (treated).",
    ),
    (
        "p",
        "I saw Harvey with his mother, Miss Chantelle Marsh, to discuss the outcome of his multidisciplinary autism assessment (ADOS-2 Module 2 on 20 February 2026 with our speech and language therapist; school observation; developmental history).",
    ),
    (
        "p",
        "Harvey meets the criteria for autism spectrum disorder. His social communication differences are marked, and his restricted interests (flags of the world) and distress at change are evident at home and at school. Miss Marsh was not surprised by the diagnosis and was relieved.",
    ),
    (
        "p",
        "I have started melatonin 2mg at bedtime for his sleep. I will see him again in 6 months. I have given Miss Marsh information about the local parent support group and the post-diagnosis workshops.",
    ),
    (
        "p",
        "Educational implications: Harvey will need a predictable environment, visual supports and help with social understanding. I would support a request for an EHC needs assessment.",
    ),
    ("sig", ["Yours sincerely,", "", "Dr Oluwaseun Pryce", "Consultant Community Paediatrician"]),
    ("small", "cc: Miss C. Marsh; SENCo, Wey Hills Primary Academy"),
]

LOW_VISION = [
    ("org", "Bishop's Ware and Stort Valley Hospitals NHS Trust"),
    (
        "small",
        "Paediatric Ophthalmology and Low Vision Clinic | Eye Unit, Ware Road, Bishop's Ware BW4 2EY",
    ),
    ("title", "Low Vision Assessment"),
    (
        "kv",
        [
            ("Patient", "Poppy Hargreaves-Lund"),
            ("DOB", "21/09/2017"),
            ("NHS no.", "999 304 9921"),
            ("Date", "3 February 2026"),
            ("Clinician", "Mr Arjun Basu, Consultant Ophthalmologist; Ms Leanne Pike, Optometrist"),
        ],
    ),
    ("h", 2, "Diagnosis"),
    (
        "p",
        "Idiopathic infantile nystagmus with bilateral reduced acuity. Null point with head turn to the left.",
    ),
    ("h", 2, "Visual function"),
    (
        "grid",
        [
            ["Test", "Right eye", "Left eye", "Both eyes"],
            ["Distance acuity (logMAR)", "0.84", "0.86", "0.78 (approx 6/36)"],
            ["Near acuity", "", "", "N24 at 25 cm, N18 with magnifier"],
            ["Contrast sensitivity", "", "", "Reduced"],
        ],
        [0.34, 0.2, 0.2, 0.26],
    ),
    ("h", 2, "Recommendations for education"),
    (
        "bul",
        [
            "Print at N24 minimum; high contrast, matt paper.",
            "Seat at the front, to the right of the board so her null point faces the teacher.",
            "Electronic magnifier or iPad with screen-share of the board.",
            "Extra time for reading tasks.",
            "Involvement of a qualified teacher of children with vision impairment (referral made to the county's Sensory Support Service).",
        ],
    ),
    (
        "p",
        "Poppy is eligible for certification as sight impaired; the CVI form has been completed with her parents' consent.",
    ),
    ("sig", ["A. Basu, FRCOphth"]),
]

GASTRO_SCAN = """
Hillsdown Children's Health NHS Foundation Trust
Paediatric Gastroenterology - Outpatient Clinic Letter

Consultant: Dr Miriam Achebe-Lowe
Patient: Lowenna Pascoe-Bright  DOB 27/11/2011  NHS 999 877 4120
Clinic: 22/04/2026

Diagnosis: Coeliac disease (confirmed on biopsy 2024), type 1 diabetes (under the diabetes team)

Dear Dr Ferris,

I reviewed Lowenna today with her father. Her coeliac serology has improved but is not yet normal, suggesting some continued gluten exposure. Mr Pascoe-Bright thinks this may be at school, where Lowenna sometimes eats food shared by friends in the food technology lessons.

Plan:
- Dietitian review in 6 weeks.
- School to be given a copy of this letter; her individual healthcare plan should include a strict gluten-free diet, supervised lunch choices and separate food technology ingredients.
- Repeat bloods in 6 months.

Yours sincerely
Dr M. Achebe-Lowe, Consultant Paediatric Gastroenterologist
cc: Mr Pascoe-Bright; School nurse, Tillingbourne House School
"""

DCO_ADVICE_TXT = """
HEALTH ADVICE FOR EHC NEEDS ASSESSMENT
Provided by the Designated Clinical Officer for SEND, Lea and Stort Integrated Care Board (on behalf of health services)

Child: Oliwia Wiśniewska    DOB: 23/07/2012    NHS number: 999 662 0194
Date: 15 December 2025

Health services contacted: GP (Maltings Surgery), school nursing, CAMHS, children's therapy services.

Summary of health information:
- GP records: asthma (mild, inhaler as needed); no other diagnoses. Hearing test normal (audiology, 2019).
- School nursing: seen in October 2025 for low mood; referred to the mental health support team, not yet seen.
- CAMHS: no current involvement.
- Children's therapies: no current involvement; no referral received.

Health needs relating to SEN: none identified by health services at this time. Low mood is being monitored by school nursing.

Health provision: none recommended beyond universal services. If the local authority's assessment identifies possible language difficulties, a referral to speech and language therapy should be considered.

Name: Dr Felicity Raine, Designated Clinical Officer
"""

# --- CAMHS --------------------------------------------------------------------------------

MHST_EML = """
Dear Mr and Mrs Wiśniewski,

As agreed, here is a summary of Oliwia's work with the Mental Health Support Team this term, which you asked for to send to the tribunal.

Lea Valley CAMHS - Mental Health Support Team in Schools (Sawbury cluster)
Young person: Oliwia Wiśniewska (Year 8)  Practitioner: Jade Fontaine, Education Mental Health Practitioner (supervised by Dr Samir Haddad, Clinical Psychologist)

Oliwia was referred by the school nurse in October 2025 with low mood and worries about school. She attended 7 of 8 sessions of guided self-help based on CBT for low mood (February - April 2026).

Outcome measures: RCADS depression subscale fell from 16 to 11 (still above the threshold). Goal-based outcome "to go to school on Mondays without a stomach ache" rose from 2/10 to 5/10.

Formulation: Oliwia's low mood is closely linked to her experience of failure in lessons; she says reading aloud and being "the only one who can't keep up" are her main triggers.

Recommendations: school to avoid asking Oliwia to read aloud; a named adult for check-ins on Mondays; continue the behavioural activation plan. Because her needs are linked to her learning difficulties, we recommend these are considered within her EHC needs assessment. We have closed the episode and Oliwia may be re-referred at any time.

Kind regards
Jade Fontaine
Education Mental Health Practitioner
"""

ADHD_PATHWAY = [
    ("org", "Meon Valley NHS Foundation Trust"),
    (
        "small",
        "Child and Adolescent Mental Health Services - Neurodevelopmental Pathway | Beacon House, Meonford MF4 8CW",
    ),
    ("title", "ADHD Assessment Report"),
    (
        "kv",
        [
            ("Name", "Callum Abernethy"),
            ("DOB", "06/09/2014"),
            ("NHS number", "999 120 9937"),
            ("Assessment dates", "14 October and 4 November 2025"),
            (
                "Clinicians",
                "Dr Hamish Corrie, Consultant Child and Adolescent Psychiatrist; Ms Beth Olusola, CAMHS Nurse Specialist",
            ),
        ],
    ),
    ("h", 2, "Assessments completed"),
    (
        "p",
        "Developmental history with father; Conners 4 (parent and teacher); QbTest; school observation (Downland Academy, 21 October 2025).",
    ),
    ("h", 2, "Findings"),
    (
        "p",
        "Callum meets DSM-5 criteria for attention deficit hyperactivity disorder, combined presentation. The QbTest showed significantly raised activity and impulsivity. The teacher ratings describe a boy who cannot stay seated, shouts out and becomes angry when corrected. We also noted that Callum often misunderstood questions, and we recommend a speech and language assessment.",
    ),
    ("h", 2, "Treatment plan"),
    (
        "bul",
        [
            "Methylphenidate (modified release) started on 1 December 2025, titrated over 6 weeks by the CAMHS nurse.",
            "Parent ADHD workshop (4 sessions).",
            "Recommendations to school: seat near the teacher, movement breaks, instructions broken into steps, a key adult for de-escalation.",
        ],
    ),
    ("sig", ["Dr H. Corrie, MRCPsych", "Date: 20 November 2025"]),
]

EATING_DISORDER = [
    ("org", TRUST_WEY),
    (
        "small",
        "Community Eating Disorder Service for Children and Young People (CAMHS) | Hillsdown House, Godsmere GH1 5HJ",
    ),
    ("p", "Dr K. Ferris\nGodsmere Valley Medical Practice"),
    (
        "p",
        "23 June 2026\nRe: Florence Kettering, DOB 08/01/2010, NHS 999 245 6612\n21 Rope Walk, Tenterbury TW1 2RW",
    ),
    ("p", "Dear Dr Ferris,"),
    (
        "p",
        "Florence (Flo) was assessed by our service on 16 June 2026 following your referral. She attended with her mother. Flo is autistic and has been out of school since October 2025.",
    ),
    (
        "p",
        "Her eating is highly restricted in range (about 12 accepted foods) but her weight and physical observations are within safe limits. The picture is consistent with avoidant/restrictive food intake disorder (ARFID) linked to sensory sensitivities and anxiety, rather than anorexia nervosa.",
    ),
    (
        "p",
        "Plan: Flo will be offered 12 sessions of CBT-AR with our clinical psychologist, Dr Ines Marlow, starting in July. A dietitian will see her in August. We recommend that any education provision allows Flo to eat in a quiet space and does not require her to eat in front of others.",
    ),
    (
        "sig",
        [
            "Yours sincerely,",
            "",
            "Dr Ines Marlow, Clinical Psychologist",
            "for the Community Eating Disorder Service",
        ],
    ),
    ("small", "cc: Mrs S. Kettering (mother)"),
]

CAMHS_LD_PHOTO = """
Weald and Downs Community Health NHS Trust
CAMHS Learning Disability Team

Psychology advice for EHC needs assessment

Young person: Jayden Doughty   DOB 02/02/2017
Seen by: Dr Leona Mbatha, Clinical Psychologist, and Sam Ruddock, LD Nurse
Dates: 4 and 18 June 2026 (home and school)

Why Jayden was referred: increasing distress at home and school, tearing up work, hitting his younger brother.

What we found: Jayden's distress is clearly linked to tasks involving reading and writing. At home, incidents happen on school nights and almost never in the holidays. His mother describes him saying "my brain is broken". He does not have a learning disability: his non-verbal skills are in the average range.

Our formulation: Jayden's behaviour is a communication of anxiety and shame about literacy.

Recommendations:
- Reduce reading demands in public; never ask him to read aloud in front of peers.
- A daily check-in with a trusted adult.
- Parent sessions (6) with our team on managing distress - starting July.
- We support the request for an EHC needs assessment.

L. Mbatha, Clinical Psychologist
"""


DOCUMENTS: list[dict] = [
    {
        "name": "Amara SALT advice.pdf",
        "kind": "salt_report",
        "blocks": SALT_NHS,
        "accent": "005EB8",
        "sans": True,
    },
    {"name": "cleft clinic March.txt", "kind": "salt_report", "text": CLEFT_SALT_TXT},
    {
        "name": "Kai discharge letter.docx",
        "kind": "salt_report",
        "blocks": SALT_DISCHARGE,
        "accent": "005EB8",
    },
    {"name": "Isaac spring term.pdf", "kind": "salt_report", "text": SALT_TERMLY_SCAN, "ocr": True},
    {
        "name": "CDC report Feb.docx",
        "kind": "ot_report",
        "blocks": OT_SENSORY,
        "accent": "005EB8",
        "sans": True,
    },
    {
        "name": "Oliwia handwriting.eml",
        "kind": "ot_report",
        "text": OT_EML,
        "headers": headers(
            "Ruth Baverstock <ruth.baverstock@example.org>",
            "Kavita Joshi <k.joshi@example.org>",
            "Oliwia W - handwriting assessment",
            "Fri, 22 May 2026 15:48:09 +0100",
            cc="lauren.wis@example.org",
        ),
    },
    {"name": "IMG_3318.pdf", "kind": "ot_report", "text": OT_PHOTO, "ocr": 0.07},
    {"name": "Appendix K4.txt", "kind": "ot_report", "text": OT_APPENDIX_TXT},
    {
        "name": "Zofia Hillsdown letter.pdf",
        "kind": "physio_report",
        "blocks": PHYSIO_HYPERMOB,
        "accent": "005EB8",
    },
    {
        "name": "Isaac therapy.docx",
        "kind": "physio_report",
        "blocks": PHYSIO_CP,
        "accent": "005EB8",
    },
    {"name": "exercises.pdf", "kind": "physio_report", "text": PHYSIO_PROG_SCAN, "ocr": True},
    {
        "name": "Reuben - school visit.eml",
        "kind": "physio_report",
        "text": PHYSIO_EML,
        "headers": headers(
            "Saffron Yeomans <saffron.yeomans@example.org>",
            "Dan Fairlie <d.fairlie@example.org>",
            "Reuben - school visit",
            "Thu, 5 Feb 2026 16:12:55 +0000",
            cc="nicola.ashcroft@example.org",
        ),
        "qp": True,
    },
    {
        "name": "Harvey diagnosis.pdf",
        "kind": "medical_report",
        "blocks": PAED_DIAGNOSIS,
        "accent": "005EB8",
        "sans": True,
    },
    {
        "name": "Poppy eye clinic.docx",
        "kind": "medical_report",
        "blocks": LOW_VISION,
        "accent": "005EB8",
    },
    {
        "name": "Scan_0419.pdf",
        "kind": "medical_report",
        "text": GASTRO_SCAN,
        "ocr": True,
        "running": "Hillsdown Children's Health NHS Foundation Trust",
    },
    {"name": "health advice.txt", "kind": "medical_report", "text": DCO_ADVICE_TXT},
    {
        "name": "MHST summary for tribunal.eml",
        "kind": "camhs_report",
        "text": MHST_EML,
        "headers": headers(
            "Jade Fontaine <jade.fontaine@example.org>",
            "lauren.wis@example.org",
            "Oliwia - summary of MHST work",
            "Wed, 29 Apr 2026 09:37:21 +0100",
        ),
        "html": True,
    },
    {"name": "Callum ADHD.pdf", "kind": "camhs_report", "blocks": ADHD_PATHWAY, "accent": "005EB8"},
    {
        "name": "Flo letter to GP.docx",
        "kind": "camhs_report",
        "blocks": EATING_DISORDER,
        "accent": "005EB8",
        "sans": True,
    },
    {"name": "Jayden psychology.pdf", "kind": "camhs_report", "text": CAMHS_LD_PHOTO, "ocr": 0.08},
]
