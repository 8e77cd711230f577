# ruff: noqa: E501
"""Professional reports of the third kind set: NHS trust clinic letters with "cc:" lists
(speech and language, occupational therapy, physiotherapy, paediatrics, CAMHS), a Welsh
health board's bilingual letterhead, council psychology advice behind a covering letter,
school reports, privately commissioned reports of several professions, and annual review
paperwork. All invented."""

from __future__ import annotations


def clinic_letter(
    trust: str,
    service: str,
    address: str,
    meta: list[tuple[str, str]],
    to: str,
    paras: list[str],
    sig: list[str],
    cc: list[str],
) -> list:
    """An NHS clinic letter: trust letterhead, clinic details, the letter addressed to
    the parents or the GP, and a "cc:" list of everyone who gets a copy."""
    return [
        ("org", trust),
        ("small", service),
        ("small", address),
        ("kv", meta),
        ("p", to),
        *[("p", p) for p in paras],
        ("sig", sig),
        ("small", "cc: " + "; ".join(cc)),
    ]


HRT = "Hartsfield and Riverside NHS Foundation Trust"
HRT_ADDR = "Riverside Children's Centre, Mill Lane, Hartsfield N17 3RC · 01632 960717"

SALT_CLINIC = clinic_letter(
    HRT,
    "Children's Speech and Language Therapy - Clinic letter",
    HRT_ADDR,
    [
        ("Patient", "Gracie Fairweather, DOB 27/01/2016"),
        ("NHS No.", "485 777 3456"),
        ("Clinic date", "09/10/2025"),
        ("Seen by", "Priya Raman, Highly Specialist SLT"),
    ],
    "Dear Mr and Mrs Fairweather,",
    [
        "It was good to see Gracie in clinic with you. I assessed her language using the CELF-5 UK. Her receptive language standard score is 72 and her expressive language score 70, both in the range of a developmental language disorder.",
        "Gracie had great difficulty following instructions with more than two parts and with understanding sentences with 'before', 'after' and 'unless'. Her word-finding difficulties were evident in naming tasks.",
        "I recommend direct speech and language therapy weekly for 30 weeks, with a language programme delivered in school 3 x 20 minutes each week by a trained teaching assistant, and pre-teaching of vocabulary. I will review Gracie in school in January.",
    ],
    [
        "Yours sincerely",
        "Priya Raman",
        "Highly Specialist Speech and Language Therapist, HCPC SL09182",
    ],
    [
        "Dr A. Nwosu, GP, Wrenfield Surgery",
        "Mr J. Coker, SENCo, Wrenfield Primary School",
        "SEN Assessment & Review Service, LB Hartsfield",
        "Health records",
    ],
)

OT_CLINIC = clinic_letter(
    "Ashvale Community Health NHS Trust",
    "Children's Occupational Therapy",
    "Brookfield Clinic, 4 Station Road, Ashvale AV2 9LP · 01632 960388",
    [
        ("Re", "Ellis Duquemin (DOB 09/07/2016)"),
        ("NHS number", "606 114 2389"),
        ("Date of appointment", "23/09/2025"),
        ("Hospital no.", "AVC449812"),
    ],
    "Dear Dr Whitlock,",
    [
        "I saw Ellis with their mother for assessment of handwriting and motor coordination. On the Movement ABC-2 Ellis scored at the 2nd centile overall; manual dexterity and balance were both well below average. Handwriting speed (DASH) was at the 5th centile and legibility poor.",
        "These findings are consistent with the diagnosis of developmental coordination disorder made by the paediatrician. I have given school a fine motor programme (3 x 15 minutes weekly) and recommend a touch-typing programme and a laptop for recording. I will review Ellis in school each term.",
    ],
    ["Hannah Ferreira", "Clinical Lead Occupational Therapist (Children)"],
    [
        "Ms L. Duquemin (parent)",
        "Mr I. Akhtar, SENCo, Sandpiper Lane Primary School",
        "Dr F. Mistry, Consultant Community Paediatrician",
    ],
)

PHYSIO_CLINIC = clinic_letter(
    HRT,
    "Paediatric Physiotherapy Service",
    HRT_ADDR,
    [
        ("Name", "Tomasz Wierzbicki"),
        ("DOB", "05/11/2014"),
        ("NHS", "721 950 4413"),
        ("Seen", "Meadowcroft Special School, 03/06/2025"),
    ],
    "Dear Dr Akande,",
    [
        "Tomasz continues to have low tone and a wide-based gait. His hamstrings are tight (popliteal angle 50 degrees bilaterally) and he tires after around 100 metres. He is wearing his ankle-foot orthoses for most of the school day.",
        "Plan: a stretching and strengthening programme delivered by school staff 3 x weekly; review of his orthoses by orthotics in September; physiotherapy review in school each term; a standing frame for 30 minutes daily.",
    ],
    ["Ruth Abernethy", "Specialist Paediatric Physiotherapist"],
    [
        "Mr and Mrs Wierzbicki",
        "Class teacher, Meadowcroft Special School",
        "Orthotics Department, Hartsfield General",
    ],
)

PAED_CLINIC = clinic_letter(
    "Bwrdd Iechyd Addysgu Gororau / Borderlands Teaching Health Board",
    "Community Child Health / Iechyd Plant Cymunedol - Tref-y-Clawdd Child Development Centre",
    "Canolfan Datblygiad Plant, Heol y Castell, Tref-y-Clawdd LD7 1AA · 01632 960260",
    [
        ("Patient / Claf", "Owen Pritchard-Lewis"),
        ("DOB / Dyddiad geni", "19/08/2017"),
        ("NHS / GIG", "512 406 8873"),
        ("Clinic / Clinig", "24/06/2025"),
    ],
    "Dear Dr Hopkins,",
    [
        "Diagnoses: 1. Autism spectrum disorder (ADOS-2 and ADI-R, March 2024). 2. Sleep-onset difficulty. 3. Sensory processing differences.",
        "Owen was reviewed with his mother. His sleep has improved with melatonin 2 mg. School report frequent distress at transitions. Growth is satisfactory (height 50th, weight 75th centile).",
        "As Owen lives in England, I have provided health advice for his EHC needs assessment to Marches Borderlands Council under the cross-border arrangements. I will see him again in six months.",
    ],
    ["Dr Eleri Prosser", "Consultant Community Paediatrician / Pediatregydd Cymunedol Ymgynghorol"],
    [
        "Mrs C. Pritchard-Lewis",
        "Additional Needs Team, Marches Borderlands Council",
        "Mrs B. Jenkins, Headteacher, Clun Valley CiW Primary",
        "School nurse, Powys-side Children's Services",
    ],
)

CAMHS_CLINIC = clinic_letter(
    "Kingsmere Mental Health NHS Trust",
    "Kingsmere Young People's Service (CAMHS) - Outpatient letter",
    "Orchard House, Kingsmere Road, Kennington Vale SW19 8TT · 01632 960591",
    [
        ("Young person", "Imogen Thackeray"),
        ("Date of birth", "14/08/2010"),
        ("NHS number", "330 281 6627"),
        ("Date seen", "15/01/2026"),
    ],
    "Dear Dr Sandhu,",
    [
        "I reviewed Imogen with her mother. She continues to meet criteria for generalised anxiety disorder and social anxiety in the context of autism. She has not attended school since February 2025 and is very anxious at the thought of the school building.",
        "Imogen has completed 8 sessions of CBT adapted for autism with some benefit. Sertraline 50 mg was started in November and is well tolerated. In my opinion a return to her previous school is not realistic at present; a gradual plan with tuition at home is in her best interests.",
    ],
    ["Dr Marcus Feldmann", "Consultant Child and Adolescent Psychiatrist"],
    [
        "Mrs J. Thackeray",
        "SEND Statutory Team, RB Kennington Vale",
        "Mr R. Dhillon, Holywell Grange School",
    ],
)

EP_BEHIND_COVER = [
    ("org", "Marches Borderlands Council"),
    ("small", "Additional Needs Team · Guildhall · Ludford SY7 4QB"),
    ("p", "2 July 2025"),
    ("p", "Dear Mrs Pritchard-Lewis"),
    (
        "p",
        "Please find enclosed the psychological advice for Owen, written as part of his EHC needs assessment. The advice will be considered by the panel on 24 July.",
    ),
    ("p", "Yours sincerely\nAdditional Needs Team"),
    ("pb",),
    ("org", "Marches Educational Psychology Service"),
    ("title", "Psychological Advice"),
    (
        "kv",
        [
            ("Child", "Owen Pritchard-Lewis"),
            ("DOB", "19/08/2017"),
            ("School", "Clun Valley CiW Primary, Year 2"),
            ("EP", "Dr Iwan Roberts, HCPC PYL31120"),
        ],
    ),
    ("h", 3, "Sources of information"),
    (
        "p",
        "Observation in class and at playtime; consultation with Mrs Jenkins (headteacher) and Mrs Pritchard-Lewis; direct work with Owen; reports from the Child Development Team.",
    ),
    ("h", 3, "Strengths"),
    (
        "p",
        "Owen has good visual memory and a detailed knowledge of trains. His reading of single words is at the expected level.",
    ),
    ("h", 3, "Needs"),
    (
        "bul",
        [
            "Understanding of spoken language in groups.",
            "Managing change and sensory overload; flight when distressed.",
            "Joining in with peers' play.",
        ],
    ),
    ("h", 3, "Recommended outcomes and provision"),
    (
        "bul",
        [
            "A trained adult to support transitions throughout the day.",
            "A low-arousal work area and planned breaks.",
            "Structured social communication teaching weekly.",
        ],
    ),
    ("p", "Dr Iwan Roberts, Educational Psychologist"),
]

EP_ADVICE = [
    ("org", "Royal Borough of Kennington Vale Educational Psychology Service"),
    ("title", "Statutory psychological advice (Regulation 6(1)(b))"),
    (
        "kv",
        [
            ("Name", "Aisha Begum-Carter"),
            ("DOB", "02/04/2011"),
            ("Year", "10"),
            ("Date of report", "06/10/2025"),
            ("Psychologist", "Dr Hanna Lindqvist"),
        ],
    ),
    ("h", 2, "1 Reason for involvement"),
    (
        "p",
        "Aisha was referred for statutory assessment because of persistent literacy difficulties and declining attendance.",
    ),
    ("h", 2, "2 Assessment findings"),
    (
        "p",
        "On the WIAT-III Aisha's reading comprehension was at the 9th centile and spelling at the 5th. Verbal reasoning was average. Her processing speed was at the 12th centile. Aisha described panic when asked to read aloud.",
    ),
    ("h", 2, "3 Summary of needs"),
    ("p", "Aisha has a specific learning difficulty (dyslexia) and anxiety related to learning."),
    ("h", 2, "4 Recommendations"),
    (
        "bul",
        [
            "Specialist literacy teaching twice weekly by a qualified specialist teacher.",
            "Assistive technology and training.",
            "Access arrangements for examinations.",
            "ELSA sessions weekly.",
        ],
    ),
]

EP_NOTES_SCAN = """EDUCATIONAL PSYCHOLOGY - CONSULTATION NOTES
Ashvale Educational Psychology Team
Pupil: Holly Marchetti    School: Ashvale Infant and Nursery School    Date: 14/04/2025
Present: EP (Mr T. Nakamura), SENCo, class teacher, mother

Concerns: slow progress in phonics despite two terms of group intervention; Holly is reluctant to read.
Assessment: BAS-3 verbal and non-verbal average; phonological awareness low (PhAB-2 standard score 76).
Agreed actions: daily 1:1 phonics by trained TA; precision teaching; language group with SALT programme.
EP to write statutory advice for the EHC needs assessment.
Signed T Nakamura, Educational Psychologist
"""

EP_PHOTO = """Hartsfield Educational Psychology Service
PSYCHOLOGICAL ADVICE FOR EHC NEEDS ASSESSMENT
Child: Samir Haddad   DOB 21/09/2013   School: Hartsfield Academy Yr 7
EP: Dr Olu Bankole   Date: 22/07/2025

Samir is an able young man (WISC-V verbal comprehension 118) who is autistic. In crowded and unpredictable settings he becomes highly anxious and may freeze or leave.
Needs: social understanding; anxiety in unstructured times; rigid thinking when plans change.
Recommended provision: access to the resource base at unstructured times; an early-leave pass; weekly social understanding sessions with a trained TA; a consistent key adult.
"""

SALT_ADVICE = [
    ("org", HRT),
    ("small", "Children's Speech and Language Therapy"),
    ("title", "Speech and Language Therapy advice for Education, Health and Care needs assessment"),
    (
        "kv",
        [
            ("Child", "Samir Haddad"),
            ("DOB", "21/09/2013"),
            ("Therapist", "Owain Clarke, SLT"),
            ("Date", "14/06/2025"),
        ],
    ),
    ("h", 3, "Communication profile"),
    (
        "p",
        "Samir's structural language is age-appropriate. His social communication is a significant area of need: he interprets language literally, misses implied meaning and finds it hard to repair breakdowns in conversation.",
    ),
    ("h", 3, "Outcomes and provision"),
    (
        "grid",
        [
            ["Outcome", "Provision", "Frequency"],
            [
                "Samir will explain what someone else might be thinking in a familiar situation",
                "Social understanding sessions by a trained TA, SLT-designed",
                "1 x 40 min weekly",
            ],
            [
                "Samir will ask for clarification when unsure",
                "Staff use explicit language and check understanding",
                "Daily",
            ],
        ],
        [0.4, 0.4, 0.2],
    ),
]

SALT_SCAN = """Powys-side Children's Therapies - Speech and Language Therapy
Report to inform EHC needs assessment (cross-border)
Name Owen Pritchard-Lewis  DOB 19/08/2017
Assessed at Clun Valley CiW Primary 30/06/2025 by Sioned Rees, SLT

Owen's vocabulary is a strength. His understanding of language in a group is limited; he needs instructions given individually with visual support. Pragmatic skills: limited turn taking, literal interpretation.
Recommendations: visual timetable; social communication group weekly; staff training in language modification; SLT review termly.
"""

OT_SENSORY = [
    ("org", "Ashvale Community Health NHS Trust"),
    ("small", "Children's Occupational Therapy"),
    ("title", "Sensory processing assessment report"),
    (
        "kv",
        [
            ("Name", "Kwame Osei-Bonsu"),
            ("DOB", "12/03/2012"),
            ("Assessed", "20/11/2025"),
            ("OT", "Hannah Ferreira"),
        ],
    ),
    (
        "p",
        "Kwame was assessed using the Sensory Profile 2 (school companion and caregiver questionnaires) and classroom observation. He shows a pattern of sensory seeking (much more than others) and low registration of body position.",
    ),
    (
        "p",
        "Recommendations: a movement break every 20 minutes; access to a wobble cushion and fidget tools; heavy work tasks before lessons needing concentration; OT review in six months.",
    ),
]

OT_NOTE = """Marches Borderlands Council - Children's Integrated Therapy (OT)
Home visit note
Child: Ffion Vaughan  DOB 11/02/2018
Visit 04/09/2025  OT: Nia Gwilym

Reason: parent concerned about dressing, toileting and handwriting.
Findings: Ffion dresses independently except fastenings; pencil grip immature; she tires quickly when writing. Bathroom fine.
Recommendations for school: pencil grips and sloping board; short handwriting practice daily; fine motor group.
Equipment: none needed at home. Discharged from home OT; school to contact if handwriting does not improve.
"""

PHYSIO_ADVICE = [
    ("org", "Ashvale Community Health NHS Trust"),
    ("small", "Children's Physiotherapy - Brookfield Clinic"),
    ("title", "Physiotherapy advice for EHC needs assessment"),
    (
        "kv",
        [
            ("Child", "Maya-Rose Clifton"),
            ("DOB", "16/12/2017"),
            ("Diagnosis", "Spastic diplegia (cerebral palsy, GMFCS level II)"),
            ("Physiotherapist", "Daniel Osei, HCPC PH114720"),
        ],
    ),
    (
        "p",
        "Maya-Rose walks independently indoors and uses a walker outdoors. She has difficulty on stairs and uneven ground, and needs extra time to move between rooms and at playtime.",
    ),
    (
        "bul",
        [
            "Daily stretching programme by trained staff (20 minutes).",
            "Adapted PE with physiotherapist input each term.",
            "A risk assessment for evacuation and school trips.",
            "Physiotherapy review every half term in school.",
        ],
    ),
]

PHYSIO_SCAN = """Hartsfield and Riverside NHS Foundation Trust
PAEDIATRIC PHYSIOTHERAPY - PROGRESS REPORT
Re: Tomasz Wierzbicki   DOB 05/11/2014   NHS 721 950 4413
Report date: 15/01/2026

Since the last review Tomasz's walking distance has increased to about 200 metres. Tightness in his hamstrings persists. Standing frame use is 30 min daily in school.
Plan: continue programme; orthotics review due; physio review in school next term.
R Abernethy, Specialist Paediatric Physiotherapist
cc parents; Meadowcroft Special School; GP
"""

MEDICAL_ADVICE = [
    ("org", "Kingsmere Community Health Services"),
    ("small", "Designated Clinical Officer for SEND"),
    ("title", "Health advice - EHC needs assessment"),
    ("kv", [("Name", "Niamh O'Driscoll"), ("DOB", "30/06/2018"), ("Date", "06/06/2025")]),
    (
        "p",
        "Niamh has a bilateral moderate-to-severe sensorineural hearing loss diagnosed at newborn screening. She wears two behind-the-ear hearing aids and uses a radio aid in school. She is otherwise well; immunisations are up to date.",
    ),
    (
        "p",
        "Health provision: paediatric audiology review every six months; replacement of ear moulds as needed; annual review by the community paediatrician.",
    ),
    ("sig", ["Dr Sunita Rao, Consultant Community Paediatrician"]),
]

GP_PHOTO = """Wrenfield Surgery
12 Church Walk, Hartsfield N22 7BB   Tel 01632 960144

To whom it may concern

Re: Gracie Fairweather DOB 27/01/2016

I confirm that Gracie is registered with this practice. She has a developmental language disorder and has been seen by the speech and language therapy service. Her parents report she is very distressed after school most days, with tummy aches and poor sleep. I have referred her to the children's emotional wellbeing service.

Yours faithfully
Dr A Nwosu MBBS MRCGP
"""

PAED_REPORT = [
    ("org", "Ashvale Community Health NHS Trust"),
    ("small", "Community Paediatrics · Brookfield Clinic"),
    ("title", "Paediatric report"),
    (
        "kv",
        [
            ("Patient", "Kwame Osei-Bonsu"),
            ("DOB", "12/03/2012"),
            ("Date", "08/12/2025"),
            ("Consultant", "Dr Farah Mistry"),
        ],
    ),
    (
        "p",
        "Diagnoses: ADHD, combined presentation (2023). Possible developmental coordination difficulties (OT assessment requested). Medication: lisdexamfetamine 30 mg each morning, with improved concentration reported by school.",
    ),
    (
        "p",
        "Kwame will need a quiet place and supervision to take his medication in school if the dose is split. I will review him in six months.",
    ),
    ("small", "cc: GP; parents; SENCo, St Columba's CE Academy; Inclusion Service, Ashvale MBC"),
]

CAMHS_NDA = [
    ("org", "Kingsmere Young People's Service"),
    ("small", "Neurodevelopmental pathway"),
    ("title", "Neurodevelopmental assessment summary"),
    (
        "kv",
        [
            ("Young person", "Samir Haddad"),
            ("DOB", "21/09/2013"),
            ("Assessed", "May-June 2025"),
            ("Team", "Dr L. Ferris (clinical psychologist), Ms J. Acheampong (nurse specialist)"),
        ],
    ),
    (
        "p",
        "Samir meets DSM-5 criteria for autism spectrum disorder without intellectual impairment. He also shows symptoms of anxiety which are linked to social situations and change. We do not find evidence of ADHD.",
    ),
    (
        "p",
        "Recommendations: psychoeducation for Samir and family; anxiety management group for young autistic people (8 weeks); school to be informed of the diagnosis with consent.",
    ),
]

CAMHS_DISCHARGE = """Kingsmere Young People's Service (CAMHS)
DISCHARGE SUMMARY
Name: Kwame Osei-Bonsu   DOB 12/03/2012
Referral: behaviour and low mood (school referral 03/2025)
Assessed: 14/05/2025   Discharged: 30/09/2025

Kwame attended 4 of 6 appointments. Low mood resolved; no evidence of a depressive disorder. Behaviour difficulties are best explained by ADHD, which is managed by community paediatrics.
Discharged to GP and paediatrics. Re-referral welcome if mood deteriorates.
cc: GP; Dr F. Mistry; parents
"""

SCHOOL_ADVICE = [
    ("org", "Northgate Park School"),
    ("small", "A member of the Vale Learning Trust · Headteacher: Mrs N. Achebe"),
    ("title", "School advice for EHC needs assessment"),
    (
        "kv",
        [
            ("Student", "Aisha Begum-Carter"),
            ("Year", "10"),
            ("SENCo", "Mr T. Whitfield"),
            ("Date", "19/09/2025"),
        ],
    ),
    ("h", 3, "Attainment and progress"),
    (
        "grid",
        [
            ["Subject", "Current grade", "Target"],
            ["English", "3", "5"],
            ["Maths", "4", "6"],
            ["Science", "3", "5"],
        ],
        [0.4, 0.3, 0.3],
    ),
    ("h", 3, "Support already in place (SEN support)"),
    (
        "bul",
        [
            "Lexia reading programme 3 x weekly (since Year 7).",
            "Reader in tests.",
            "Mentor check-in weekly.",
        ],
    ),
    (
        "p",
        "Despite this support Aisha's progress is limited and her attendance has fallen to 81%. The school believes that specialist teaching and assessment of exam access arrangements are needed.",
    ),
]

SCHOOL_REPORT_END = [
    ("org", "Sandpiper Lane Primary School"),
    ("title", "End of year report to parents - Year 4"),
    ("kv", [("Pupil", "Ellis Duquemin"), ("Class", "Kingfishers"), ("Attendance", "96.1%")]),
    (
        "p",
        "Reading: working towards the expected standard. Writing: working towards; Ellis's ideas are imaginative but handwriting is slow and tiring. Maths: expected standard.",
    ),
    (
        "p",
        "SEN support: Ellis has had fine motor sessions three times a week and has begun touch typing. Ellis finds lunchtimes hard and has enjoyed Lego club.",
    ),
    ("p", "Class teacher: Mrs A. Lowry   SENCo: Mr I. Akhtar"),
]

SCHOOL_LETTER_SCAN = """ST COLUMBA'S CHURCH OF ENGLAND ACADEMY
Head of Learning Support

To whom it may concern,

Kwame Osei-Bonsu (Year 8)

I write to set out the school's view of Kwame's needs. Kwame has had three fixed-term suspensions this year. We have put in place a mentor, a reduced timetable in the afternoons and a small literacy group. Despite this, his difficulties with attention and emotional regulation mean he is often out of lessons. Staff report he is working well below age expectations in English.

We believe Kwame needs a smaller setting with staff trained in ADHD and SEMH.

Ms P. Oyelowo, Head of Learning Support
"""

INDEP_EP = [
    (
        "cover",
        [
            "CONFIDENTIAL",
            "Expert report",
            "Ffion Vaughan (DOB 11/02/2018)",
            "Appeal EH 612/26/00187",
            "Dr Nora Szabo CPsychol AFBPsS",
            "February 2026",
        ],
    ),
    ("org", "Dr Nora Szabo CPsychol - Independent Educational Psychologist"),
    ("small", "Practice address: 3 Broad Street, Ludford SY7 1AB · 01632 960899"),
    ("title", "Educational Psychology Report - Ffion Vaughan"),
    (
        "p",
        "Prepared at the request of Harcourt Pell LLP, on behalf of Mr D. Vaughan, for the First-tier Tribunal (SEND).",
    ),
    ("h", 3, "Findings"),
    (
        "p",
        "Ffion's verbal reasoning is in the low average range; her working memory and phonological processing are at the 1st and 2nd centiles. She meets criteria for a severe specific learning difficulty.",
    ),
    ("h", 3, "Provision required"),
    (
        "bul",
        [
            "Daily individual literacy teaching by a specialist teacher (5 x 30 minutes).",
            "Speech and language therapy assessment.",
            "Class size no larger than 12 for core subjects.",
        ],
    ),
    ("h", 3, "Statement of truth"),
    (
        "p",
        "I understand my duty to the Tribunal and have complied with it. I confirm that the facts stated in this report are true and the opinions are my own.",
    ),
    ("p", "Dr Nora Szabo, 26 February 2026"),
]

SEN_SUPPORT_PLAN = [
    ("org", "Hartsfield Academy"),
    ("small", "Learning Support Department"),
    ("title", "Student support plan - Summer term 2026"),
    (
        "kv",
        [
            ("Student", "Samir Haddad"),
            ("Year", "8"),
            ("Key adult", "Mr R. Adeyinka"),
            ("Review date", "10/07/2026"),
        ],
    ),
    (
        "grid",
        [
            ["Need", "What we will do", "Who / how often", "Did it work?"],
            [
                "Anxiety in corridors",
                "Early-leave pass; set route",
                "All staff / daily",
                "Yes - no late arrivals",
            ],
            [
                "Group work",
                "Pair with named peer; role cards",
                "Maths and science teachers",
                "Partly",
            ],
            ["Lunchtimes", "Autism base open; chess club", "Base staff / daily", "Yes"],
        ],
        [0.22, 0.34, 0.24, 0.2],
    ),
    (
        "p",
        "Samir says: 'The base is the best bit. I don't like the canteen.' Parent comment: the pass has made a big difference.",
    ),
]

INDEP_SALT = [
    ("org", "Clearvoice Independent Speech and Language Therapy"),
    ("title", "Independent Speech and Language Therapy Assessment"),
    (
        "kv",
        [
            ("Client", "Kwame Osei-Bonsu"),
            ("Commissioned by", "Mr and Mrs Osei-Bonsu"),
            ("Assessment dates", "12 and 19 March 2026"),
            ("Therapist", "Zara Hollins, RCSLT, HCPC SL22014"),
        ],
    ),
    (
        "p",
        "Kwame has an undiagnosed language disorder: his CELF-5 core language score is 74. His behaviour in class is likely to be partly explained by not understanding teaching language.",
    ),
    (
        "p",
        "I recommend direct therapy by a speech and language therapist 1 x 1 hour weekly for a year, and a language-rich small class. I am aware of my duty to the Tribunal, which overrides any obligation to the person instructing me.",
    ),
]

INDEP_OT_TXT = """SENSE & MOTION OT - private paediatric occupational therapy
REPORT FOR TRIBUNAL
Client: Imogen Thackeray (DOB 14/08/2010)
Instructed by: Mrs J Thackeray
Assessed at home 20/03/2026 by Felicity Barrow, HCPC OT62215

Imogen has marked sensory sensitivities (noise, light, crowds) which, together with her anxiety, mean the school environment is currently intolerable to her. Recommendations: a sensory-informed learning space for tuition; graded exposure to community settings; OT input 1 x fortnightly for 6 months.

Expert's declaration: I understand that my overriding duty is to the Tribunal. I have no conflict of interest.
"""

INDEP_PAED = [
    ("org", "Dr Henrik Lowe MD FRCPCH"),
    (
        "small",
        "Consultant Paediatrician in Neurodisability · Private practice · medicolegal@example.org",
    ),
    ("title", "Medical report for the First-tier Tribunal (SEND)"),
    (
        "kv",
        [
            ("Subject", "Tomasz Wierzbicki"),
            ("Instructed by", "Mr and Mrs Wierzbicki"),
            ("Examined", "11/02/2026"),
        ],
    ),
    (
        "p",
        "Tomasz has Kleefstra syndrome with epilepsy, low tone and a severe learning disability. In my opinion he requires a waking-day curriculum with therapy integrated throughout the day, including hydrotherapy twice weekly.",
    ),
    (
        "p",
        "Declaration: I confirm that I have made clear which facts and matters are within my own knowledge. I understand my duty to the Tribunal.",
    ),
]

AR_REPORT = [
    ("org", "Meadowcroft Special School"),
    ("title", "Annual Review of EHC Plan - report"),
    (
        "kv",
        [
            ("Pupil", "Tomasz Wierzbicki"),
            ("Date of meeting", "21/01/2026"),
            ("Chair", "Mrs G. Okwu, Deputy Head"),
            ("Present", "Parents; class teacher; SLT; physiotherapist; LA officer (apologies)"),
        ],
    ),
    ("h", 3, "Progress towards outcomes"),
    (
        "grid",
        [
            ["Outcome", "Progress", "Keep/amend"],
            ["Requests 20 items", "Now requests 14 items with signs", "Keep"],
            [
                "Walks between class and hall",
                "Achieved with hand held",
                "Amend: walk independently",
            ],
        ],
        [0.4, 0.4, 0.2],
    ),
    ("h", 3, "Recommendations to the local authority"),
    (
        "bul",
        [
            "Amend Section F to add hydrotherapy 2 x weekly.",
            "Amend Section E (mobility outcome).",
            "Continue the placement.",
        ],
    ),
]

AR_MINUTES_PHOTO = """ANNUAL REVIEW MEETING - MINUTES
Holy Family Catholic Primary School
Pupil: Niamh O'Driscoll   Date 12/01/2026
Attendees: Mrs O'Driscoll, Mr Kerrigan (SENCo), Ms Adebola (ToD), class teacher

1. Niamh's views: likes school, finds assembly hard to hear.
2. Progress: radio aid used consistently; vocabulary improving.
3. Changes proposed: none to Section B; Section F - ToD visits to continue fortnightly.
4. Recommendation: maintain the plan without amendment.
Next review January 2027.
"""

AR_PFA_FORM = [
    ("org", "Marches Borderlands Council"),
    ("title", "Person-centred annual review - Preparing for Adulthood (Year 9 onwards)"),
    ("kv", [("Young person", "Rhys Bevan"), ("Year", "9"), ("Review date", "18/05/2026")]),
    ("field", "What is working?", "Small-group English and maths; travel training completed."),
    ("field", "What is not working?", "Rhys finds homework hard and avoids reading."),
    (
        "field",
        "Employment and further education",
        "Rhys wants to train as a chef; taster day at Ludford College booked.",
    ),
    ("field", "Independent living", "Cooks simple meals at home with his nan."),
    (
        "field",
        "Recommendation to the local authority",
        "Amend Section E to add post-16 outcomes; maintain placement.",
    ),
]

AR_EML = """Dear all,

Thank you for coming to Jayden's annual review this morning. A summary:

- Jayden has attended 88% of sessions at college and passed his first practical unit.
- He wants to progress to Level 2 next year.
- Recommendation to the LA: amend Section F to add a study skills tutor 1 hour weekly and update Section I to Level 2 Electrical Installation.

The full review paperwork will follow from the Inclusion Service.

Best wishes
Marcia Delaney
Learning Support Co-ordinator, Ashvale College
"""


def headers(frm: str, to: str, subject: str, date: str) -> dict:
    return {"From": frm, "To": to, "Subject": subject, "Date": date}


DOCUMENTS: list[dict] = [
    dict(
        name="Gracie SALT clinic letter.pdf",
        kind="salt_report",
        blocks=SALT_CLINIC,
        sans=True,
        accent="005EB8",
    ),
    dict(name="Samir speech therapy.docx", kind="salt_report", blocks=SALT_ADVICE, sans=True),
    dict(name="CamScanner 07-07-2025 10.41.pdf", kind="salt_report", text=SALT_SCAN, ocr=True),
    dict(
        name="hospital letter.pdf", kind="ot_report", blocks=OT_CLINIC, sans=True, accent="005EB8"
    ),
    dict(name="Kwame sensory.docx", kind="ot_report", blocks=OT_SENSORY, sans=True),
    dict(name="home visit.txt", kind="ot_report", text=OT_NOTE, crlf=True),
    dict(
        name="Letter 03.06.25.pdf",
        kind="physio_report",
        blocks=PHYSIO_CLINIC,
        sans=True,
        accent="005EB8",
    ),
    dict(name="Maya-Rose physio.docx", kind="physio_report", blocks=PHYSIO_ADVICE),
    dict(name="IMG_4410.txt", kind="physio_report", text=PHYSIO_SCAN, ocr=0.1),
    dict(
        name="Dr Prosser letter.pdf",
        kind="medical_report",
        blocks=PAED_CLINIC,
        sans=True,
        accent="C8102E",
    ),
    dict(name="health advice.docx", kind="medical_report", blocks=MEDICAL_ADVICE),
    dict(name="GP.txt", kind="medical_report", text=GP_PHOTO, ocr=0.1),
    dict(name="Kwame paeds Dec.pdf", kind="medical_report", blocks=PAED_REPORT, sans=True),
    dict(
        name="clinic letter Jan.pdf",
        kind="camhs_report",
        blocks=CAMHS_CLINIC,
        sans=True,
        accent="005EB8",
    ),
    dict(name="Samir diagnosis.docx", kind="camhs_report", blocks=CAMHS_NDA),
    dict(name="discharge.txt", kind="camhs_report", text=CAMHS_DISCHARGE, ocr=True),
    dict(name="Letter from LA 2 July.pdf", kind="ep_report", blocks=EP_BEHIND_COVER),
    dict(name="Aisha EP.docx", kind="ep_report", blocks=EP_ADVICE),
    dict(name="notes 14.4.txt", kind="ep_report", text=EP_NOTES_SCAN, ocr=True),
    dict(
        name="20250723_082210.txt",
        kind="ep_report",
        text=EP_PHOTO,
        ocr=0.13,
        running="Psychological advice - S Haddad",
    ),
    dict(
        name="school advice Aisha.pdf", kind="school_report", blocks=SCHOOL_ADVICE, accent="4B2E83"
    ),
    dict(name="Ellis report Y4.docx", kind="school_report", blocks=SCHOOL_REPORT_END, sans=True),
    dict(name="scan from school.txt", kind="school_report", text=SCHOOL_LETTER_SCAN, ocr=True),
    dict(name="support plan summer.docx", kind="school_report", blocks=SEN_SUPPORT_PLAN, sans=True),
    dict(name="Szabo report FINAL v3.pdf", kind="independent_report", blocks=INDEP_EP),
    dict(name="Clearvoice.docx", kind="independent_report", blocks=INDEP_SALT, sans=True),
    dict(name="OT report.txt", kind="independent_report", text=INDEP_OT_TXT),
    dict(name="Dr Lowe.pdf", kind="independent_report", blocks=INDEP_PAED, sans=True),
    dict(name="Tomasz review Jan 26.docx", kind="annual_review", blocks=AR_REPORT),
    dict(name="IMG_5127.txt", kind="annual_review", text=AR_MINUTES_PHOTO, ocr=0.12),
    dict(name="Rhys PCR.pdf", kind="annual_review", blocks=AR_PFA_FORM, accent="7B2D26"),
    dict(
        name="Jayden review today.eml",
        kind="annual_review",
        text=AR_EML,
        headers=headers(
            "Marcia Delaney <m.delaney@example.org>",
            "Okafor family <okafor.home@example.org>",
            "Jayden - annual review summary",
            "Tue, 24 Mar 2026 13:16:45 +0000",
        ),
        html=True,
    ),
]
