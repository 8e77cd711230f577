# ruff: noqa: E501
"""Reports of the seventh kind set: educational psychologists' advice from a south-west
county and a London borough and one scanned on a home printer; speech and language
therapy from a children's hospital trust, an independent special school's own therapist and
an NHS team's advice pasted as text; occupational therapy and physiotherapy from the
hospital trust, a county service and a scan; a health visitor's report, a consultant's
clinic letter, a designated medical officer's health advice and a clinic letter
photographed on a phone; CAMHS letters; a special school's termly report, a primary's
advice, a virtual school's personal education plan and an EAL service's advice;
independent experts' reports for appeals. All invented."""

from __future__ import annotations

# Educational psychology --------------------------------------------------------

EP_SW = [
    ("org", "Tamarford Educational Psychology Service"),
    ("small", "Tamarford County Council · Lemon Quay House · Tamarford · 01632 960140"),
    ("title", "Psychological Advice"),
    (
        "p",
        "Provided under regulation 6(1)(b) of the SEND Regulations 2014 as part of an EHC needs assessment",
    ),
    (
        "kv",
        [
            ("Child", "Ellis Penrose"),
            ("Date of birth", "09/11/2015"),
            ("School", "Polwithen Community Primary School"),
            ("Educational psychologist", "Dr Tamsin Rowe, HCPC registered"),
            ("Date of report", "3 November 2025"),
        ],
    ),
    ("h", 1, "Sources of information"),
    (
        "p",
        "Consultation with Mrs Penrose and with Mrs Rundle (SENCo); observation in class; individual work with Ellis using the British Ability Scales (BAS3) and dynamic assessment.",
    ),
    ("h", 1, "Cognition and learning"),
    (
        "p",
        "Ellis's verbal similarities score was in the low range (T-score 32) whereas his pattern construction was average (T-score 49). This uneven profile is consistent with his diagnosis of DLD.",
    ),
    ("h", 1, "Outcomes and provision"),
    (
        "table",
        [
            ["Need", "Outcome", "Provision"],
            [
                "Understanding of longer instructions",
                "Follows a two-step instruction",
                "Instructions chunked and shown visually; checked by an adult",
            ],
            ["Reading", "Reads a book at his level", "Daily 1:1 phonics, 15 minutes"],
        ],
        {},
    ),
    ("sig", ["Dr Tamsin Rowe", "Educational Psychologist"]),
]

EP_LONDON = [
    ("org", "Northfold Educational Psychology Service"),
    ("small", "London Borough of Northfold · Children and Young People's Services"),
    ("title", "EP advice for EHC needs assessment"),
    (
        "p",
        "Name: Tobi Adeyemi    DOB: 22/06/2012    School: Northfold Park Academy    Date of visit: 12/09/2025",
    ),
    ("h", 1, "Reason for involvement"),
    (
        "p",
        "The local authority asked for psychological advice following a request for an EHC needs assessment by Tobi's mother.",
    ),
    ("h", 1, "What I did"),
    (
        "p",
        "I met Tobi and his mother at home, observed Tobi in English and at lunchtime, and spoke to his form tutor and the SENCo, Mr Darko. I also used a person-centred 'what works for me' conversation with Tobi.",
    ),
    ("h", 1, "Summary of Tobi's strengths and needs"),
    (
        "p",
        "Tobi is a sociable young man with a strong sense of fairness. He finds it hard to interpret other people's intentions, particularly teasing, and can respond physically when he feels humiliated.",
    ),
    ("h", 1, "Recommendations"),
    (
        "bul",
        [
            "A daily check-in with a named key worker at the start of the school day.",
            "A weekly social communication group run by a teacher with training in autism.",
            "Access to a calm base at break and lunch.",
        ],
    ),
    ("sig", ["Dr Szilvia Varga", "Senior Educational Psychologist"]),
]

EP_SCAN = """Fenwold County Council
Educational Psychology and Specialist Support

EDUCATIONAL PSYCHOLOGY REPORT

Name: Grace Leman     DOB: 03/04/2018
Setting: Little Acorns Pre-school, Hollesby
Date of assessment: 14 July 2025

Background
Grace was referred by her pre-school SENCo because of concerns about her speech, her understanding and her mobility. She is the older of two children.

Assessment
I observed Grace in free play and at snack time. Grace played alongside others but did not join in. She responded to her name and to simple routines with a gesture. On the Schedule of Growing Skills her developmental levels were between 18 and 24 months across most areas (chronological age 3 years 3 months).

Conclusions
Grace has significant global developmental delay. She will need a high level of adult support, a highly structured environment and a total communication approach throughout the school day.

Recommendations
1. Grace's needs are likely to be best met in a specialist setting.
2. A total communication approach, including Makaton signing and objects of reference.

K. Barnard
Educational Psychologist
"""

# Speech and language therapy -------------------------------------------------

SLT_HOSPITAL = [
    ("org", "St Aldhelm's Children's Hospital NHS Foundation Trust"),
    ("small", "Children's Speech and Language Therapy · Outpatients Level 2 · 01632 960730"),
    ("title", "Speech and Language Therapy Report"),
    (
        "kv",
        [
            ("Patient", "Sana Begum"),
            ("NHS number", "999 318 2204"),
            ("Hospital number", "SA0091763"),
            ("Date seen", "19 January 2026"),
            ("Report to", "London Borough of Haverleigh SEND Assessment Team; GP"),
        ],
    ),
    ("h", 1, "Communication"),
    (
        "p",
        "Sana communicates mainly by leading an adult to what she wants. She uses around 5 spoken words, inconsistently. She responds to her name about half of the time.",
    ),
    ("h", 1, "Eating and drinking"),
    ("p", "Sana eats a limited range of dry foods. There are no signs of aspiration."),
    ("h", 1, "Recommendations"),
    (
        "num",
        [
            "Introduce PECS phase 1 at home and in setting, with training for staff from the SLT team.",
            "A communication-rich environment with visual supports throughout the day.",
            "Review by the community SLT in 6 months.",
        ],
    ),
    (
        "sig",
        ["Naomi Fraser-Hughes", "Highly Specialist Speech and Language Therapist", "HCPC SL09999"],
    ),
]

SLT_SCHOOL = [
    ("org", "Coombe Hollow School - Therapy Team"),
    ("title", "Speech and Language Therapy: Annual Report"),
    (
        "p",
        "Pupil: Amy Coles   Class: Otter   Therapist: Ffion Davies, Speech and Language Therapist (HCPC registered)   Period: March 2026 to February 2027",
    ),
    ("b", "Input this year"),
    (
        "p",
        "Amy received a fortnightly 30-minute session with me and daily Zones of Regulation work with her key adult. Sessions focused on recognising and naming feelings and on conversation repair.",
    ),
    ("b", "Progress"),
    (
        "p",
        "Amy can now name four feelings on herself and say 'I need a break' instead of leaving. She still finds it difficult to take another person's point of view in conversation.",
    ),
    ("b", "Recommendations for the coming year"),
    (
        "bul",
        [
            "Continue fortnightly SLT sessions of 30 minutes.",
            "Staff to use declarative language ('I wonder if ...') rather than direct demands.",
        ],
    ),
]

SLT_TEXT = """Children's Speech and Language Therapy Service
Elmbridge Green Community Health (part of North Thames Community NHS Trust)

SPEECH AND LANGUAGE THERAPY ADVICE FOR EHC NEEDS ASSESSMENT

Name: Kofi Osei
DOB: 30/08/2017
NHS No: 999 603 4417
School: Elmbridge Green Primary
Date of assessment: 16/07/2026

Assessments used: CELF-5 UK, informal observation in class.

Results: Core language score 72 (below average). Receptive language index 75. Expressive language index 70.

Kofi has a developmental language disorder. He has difficulty understanding and using longer sentences, and his vocabulary is limited for his age.

Recommendations:
- Direct SLT: a block of 6 weekly sessions, then review.
- A language programme delivered by a trained TA 3 x weekly.
- Pre-teaching of topic vocabulary.

SLT: Priya Nair, Specialist Speech and Language Therapist
"""

# Occupational therapy and physiotherapy ------------------------------------------

OT_HOSPITAL = [
    ("org", "St Aldhelm's Children's Hospital NHS Foundation Trust"),
    ("small", "Paediatric Occupational Therapy · Therapy Centre · 01632 960735"),
    ("title", "Occupational Therapy Assessment Report"),
    (
        "kv",
        [
            ("Name", "Harry Gotts"),
            ("NHS number", "999 228 5106"),
            ("Date of assessment", "8 December 2025"),
            ("Assessed by", "Oliver Brandt, Clinical Specialist Occupational Therapist"),
        ],
    ),
    ("h", 1, "Assessments"),
    (
        "table",
        [
            ["Assessment", "Score", "Interpretation"],
            ["Movement ABC-3 manual dexterity", "5th percentile", "Significant difficulty"],
            ["DASH handwriting speed (free writing)", "Scaled score 4", "Well below average"],
            ["Sensory Profile 2 (school)", "More than others: seeking", "Definite difference"],
        ],
        {},
    ),
    ("h", 1, "Summary"),
    (
        "p",
        "Harry has significant fine motor and handwriting difficulties and seeks movement throughout the day.",
    ),
    ("h", 1, "Recommendations"),
    (
        "bul",
        [
            "12 sessions of direct OT per year, delivered in school.",
            "A sensory diet with movement breaks every 30 minutes.",
            "Use of a laptop for extended writing from Year 8.",
        ],
    ),
]

OT_COUNTY = [
    ("org", "Somerleigh Children's Therapy Services"),
    ("small", "Occupational Therapy · Taunbridge Health Centre · 01632 960185"),
    ("title", "Occupational Therapy advice for Education, Health and Care needs assessment"),
    (
        "p",
        "Child: Amy Coles    DOB: 14/06/2014    Seen at: home (Amy declined to come to clinic)    Date: 12 January 2026",
    ),
    ("b", "Functional difficulties"),
    (
        "p",
        "Amy has difficulty with handwriting, cutlery and fastenings. She avoids tasks that need fine motor control, and becomes distressed when she cannot do them.",
    ),
    ("b", "Sensory processing"),
    ("p", "Amy is highly sensitive to noise and touch; she wears ear defenders in shops."),
    ("b", "Provision recommended"),
    (
        "p",
        "Twelve 45-minute sessions of direct OT a year, and a sensory plan written with her school.",
    ),
    ("sig", ["Rachel Tuckey, Occupational Therapist"]),
]

OT_SCAN = """Fenwold Children's Community Occupational Therapy
Riverside Clinic, Fenwold

Occupational Therapy Report

Name: Grace Leman   NHS No: 999 710 3362   DOB: 03/04/2018
Date: 2 October 2025

Grace was seen at Saltings Academy. She uses a standard classroom chair with feet unsupported. She has low muscle tone and slumps after 5 minutes.

Recommendations
Supportive seating with footplate (ordered on loan from the OT equipment store).
Chunky-handled cutlery and a non-slip mat at lunch.
Fine motor activities daily (programme enclosed), delivered by class staff.
OT review in 6 sessions per year.

OT: Hannah Blyth, HCPC registered
"""

PHYSIO_HOSPITAL = [
    ("org", "St Aldhelm's Children's Hospital NHS Foundation Trust"),
    ("small", "Children's Physiotherapy · Neurodisability Team · 01632 960738"),
    ("title", "Physiotherapy Report"),
    (
        "kv",
        [("Patient", "Sana Begum"), ("NHS number", "999 318 2204"), ("Date", "26 January 2026")],
    ),
    (
        "p",
        "Sana walks independently but on her toes most of the time. Passive ankle dorsiflexion is reduced to neutral on the right and 5 degrees on the left. She trips often and cannot yet jump.",
    ),
    ("b", "Plan"),
    (
        "bul",
        [
            "Daily calf stretches, which can be built into play in setting and at home.",
            "Night splints to be reviewed by orthotics.",
            "Physiotherapy review in 3 months.",
        ],
    ),
    ("sig", ["Tom Wilcox, Senior Paediatric Physiotherapist"]),
]

PHYSIO_COMMUNITY = [
    ("org", "Fenwold Children's Community Physiotherapy"),
    ("title", "Physiotherapy advice for Saltings Academy"),
    ("p", "Re: Grace Leman (DOB 03/04/2018)"),
    (
        "p",
        "I visited Grace at school on 5 March 2026 to review her walking and to advise staff on her programme.",
    ),
    (
        "p",
        "Grace now walks short distances around the classroom with hand-held support but uses her buggy outside. She tires quickly.",
    ),
    ("lab", "Walking programme", "walk with her rollator to the hall and back each day"),
    ("lab", "Standing", "30 minutes in her standing frame twice a day"),
    ("lab", "Trampoline", "10 minutes once a week, supervised, for strength"),
    ("p", "I will review Grace next term and train any new staff."),
    ("sig", ["Kate Mobbs", "Children's Physiotherapist, Fenwold Community Health"]),
]

# Medical and health ------------------------------------------------------------

HEALTH_VISITOR = [
    ("org", "Haverleigh 0-19 Health Visiting Service"),
    ("small", "Broadwater Children's Centre · 01632 960515"),
    ("title", "Health visitor report for EHC needs assessment (health advice)"),
    (
        "kv",
        [
            ("Child", "Sana Begum"),
            ("DOB", "14/02/2019"),
            ("NHS number", "999 318 2204"),
            ("Health visitor", "Joanne Ellery, SCPHN (HV)"),
        ],
    ),
    ("b", "Health and development"),
    (
        "p",
        "I have known Sana since her new birth visit. At her 2-2½ year review her ASQ-3 scores were below the cut-off in communication, problem-solving and personal-social. She was referred to the paediatrician and diagnosed with autism in November 2024.",
    ),
    (
        "p",
        "Sana is growing well. Immunisations are up to date. She sleeps poorly, waking two or three times a night, and mum is exhausted.",
    ),
    ("b", "Health needs relating to SEN"),
    (
        "bul",
        [
            "Sleep difficulties, referred to the sleep practitioner.",
            "Limited diet; under dietetic review.",
        ],
    ),
    ("sig", ["Joanne Ellery", "Health Visitor"]),
]

CLINIC_LETTER = [
    ("org", "St Aldhelm's Children's Hospital NHS Foundation Trust"),
    ("small", "Department of Paediatric Neurology · 01632 960740"),
    ("p", "Dictated: 21/01/2026   Typed: 27/01/2026"),
    ("p", "Dr A Hussain\nLarch Road Surgery\nLondon"),
    ("p", "Dear Dr Hussain"),
    ("b", "Re: Kofi OSEI, DOB 30/08/2017, NHS No 999 603 4417"),
    ("p", "Diagnoses: 1. Absence epilepsy. 2. Developmental language disorder (SLT)."),
    ("p", "Medication: ethosuximide 250mg twice daily."),
    (
        "p",
        "I saw Kofi with his mother in clinic today. His absences have reduced from many times a day to perhaps two or three a week since starting ethosuximide. School have noticed he is more 'with it' in lessons. His EEG in December showed occasional generalised spike-wave discharges.",
    ),
    (
        "p",
        "Plan: continue ethosuximide at the current dose; school to have an individual healthcare plan; review in clinic in 6 months.",
    ),
    ("sig", ["Yours sincerely", "Dr Catherine Oduya", "Consultant Paediatric Neurologist"]),
    ("p", "cc: Ms A Osei (parent); SENCo, Elmbridge Green Primary"),
]

DMO_ADVICE = [
    ("org", "Stourmere and Fenwold Integrated Care Board"),
    ("small", "Designated Medical Officer for SEND · Children's Health · 01632 960395"),
    ("title", "Health advice for EHC needs assessment"),
    ("p", "Child: Harry Gotts   DOB: 11/10/2013   NHS No: 999 228 5106   Date: 30 January 2026"),
    (
        "p",
        "Advice was requested from the health professionals involved with Harry. This summary is compiled from the community paediatrician's report (Dr Baxter, January 2026) and the OT report (December 2025).",
    ),
    ("b", "Health needs"),
    (
        "p",
        "Harry was diagnosed with ADHD in January 2026 and has started methylphenidate. He also has developmental coordination difficulties.",
    ),
    ("b", "Health provision"),
    (
        "p",
        "Paediatric review 3-monthly during medication titration; OT as advised in the OT report.",
    ),
    ("sig", ["Dr Marian Nkemelu", "Designated Medical Officer"]),
]

PHONE_CLINIC = """Tamarford District Hospital NHS Trust
Department of Child Health

Date of clinic: 04/03/2026

Dr K Pascoe
Trelawney Surgery
Porthveor

Dear Dr Pascoe

Noah PENGELLY  DOB 17/07/2016  NHS No 999 871 2290

Diagnoses: Autism spectrum disorder; Hypermobility spectrum disorder; Constipation (resolved)

I reviewed Noah today with his mother. He continues to complain of aching legs after walking to school and at the end of PE. He has no features of Ehlers-Danlos syndrome on examination. Beighton score 7/9.

I have referred Noah to physiotherapy and would support him having rest breaks and a lift pass at school.

Yours sincerely

Dr Rebecca Hosking
Consultant Community Paediatrician
"""

# CAMHS -------------------------------------------------------------------------

CAMHS_LETTER = [
    ("org", "Somerleigh CAMHS"),
    (
        "small",
        "Child and Adolescent Mental Health Service · Orchard Lodge · Taunbridge · 01632 960190",
    ),
    ("p", "Private and confidential\nMrs K Coles\n3 Orchard Way\nCombe St Nicholas"),
    ("p", "18 November 2025"),
    ("p", "Dear Mrs Coles"),
    ("b", "Re: Amy Coles (DOB 14/06/2014) NHS 999 540 8812"),
    (
        "p",
        "Thank you for coming with Amy to see me on 11 November. Amy joined for the first 20 minutes and then waited in the car, which was fine.",
    ),
    (
        "p",
        "Amy meets the criteria for a generalised anxiety disorder, alongside her autism. Much of her anxiety is about school buildings and about demands she cannot predict.",
    ),
    (
        "p",
        "We agreed that Amy will be offered parent-led CBT, with you attending six sessions, and that I will write to support her EHC needs assessment.",
    ),
    ("sig", ["Yours sincerely", "Dr Imogen Lacey", "Clinical Psychologist, Somerleigh CAMHS"]),
]

CAMHS_TEXT = """North Thames Community NHS Trust
Northfold CAMHS - Neurodevelopmental Pathway

Assessment summary

Name: Tobi Adeyemi   DOB: 22/06/2012   NHS: 999 402 6673
Seen: 02/10/2025 (ADOS-2 Module 4) and 16/10/2025 (developmental history with mother)

Outcome: Tobi meets the criteria for autism spectrum disorder (ICD-11 6A02.0). He does not meet the criteria for ADHD at this time.

Mental health: Tobi reports low mood when he has been in trouble at school, but no thoughts of self-harm. Risk assessed as low.

Plan:
1. Post-diagnostic parent workshop (4 sessions) offered to Ms Adeyemi.
2. Letter to school with the diagnosis and recommendations.
3. Discharge from CAMHS neurodevelopmental pathway; re-referral via GP if mental health worsens.

Clinician: Femi Oladipo, Specialist Nurse, CAMHS
"""

# School and education service reports ----------------------------------------------

SPECIAL_TERM = [
    ("org", "The Meadows School"),
    (
        "small",
        "Independent special school for pupils with social, emotional and mental health needs · Haverleigh Road · 01632 960520",
    ),
    ("title", "Termly Progress Report - Spring 2026"),
    ("p", "Student: Ryan Doherty    Key Stage 3    Tutor: Mr Ogundipe"),
    (
        "table",
        [
            ["Subject", "Working at", "Effort", "Comment"],
            [
                "English",
                "Year 6 expectations",
                "3",
                "Ryan wrote a strong persuasive letter this term.",
            ],
            ["Maths", "Year 7 expectations", "2", "Needs to bring his equipment."],
            ["Forest school", "-", "4", "Ryan led the fire-lighting group."],
        ],
        {},
    ),
    ("b", "Behaviour and wellbeing"),
    (
        "p",
        "Ryan had 3 logged incidents this term, down from 11 last term. He uses the reset room on his own initiative.",
    ),
    ("b", "Attendance"),
    ("p", "94.7%"),
    ("sig", ["Signed: D. Ogundipe, Tutor", "A. Mensah, Head of School"]),
]

PRIMARY_ADVICE = """Elmbridge Green Primary School
Educational advice for EHC needs assessment

Pupil: Kofi Osei     Year 3     DOB 30/08/2017
Completed by: Mrs Catherine Lowe, SENCo    Date: 24 June 2026

1. Attainment
Reading: Year 1 expectations. Phonics screening check: 19/40 (retake).
Writing: Kofi can write his name and a few CVC words.
Maths: secure counting to 20; working at Year 1 expectations.

2. Support provided at SEN support
- Daily small-group phonics (Little Wandle keep-up), 15 mins
- Precision teaching for high-frequency words, 3 x weekly
- Visual timetable and word mat
Cost of additional support this year: approx. £7,800

3. What is working / not working
Kofi is happier in school since his epilepsy has been treated, but his progress remains very slow despite the support above.

4. Views of the school
We believe Kofi needs an EHC plan so that he can receive specialist teaching and speech and language therapy.
"""

PEP = [
    ("org", "Virtual School for Children in Care - London Borough of Northfold"),
    ("title", "Personal Education Plan (PEP) - Primary"),
    (
        "kv",
        [
            ("Child", "Kayden Wright"),
            ("Year group", "Year 4"),
            ("School", "Greenhithe Primary School"),
            ("Social worker", "Dionne Clarke"),
            ("Designated teacher", "Mrs P. Okafor"),
            ("PEP meeting date", "27 January 2026"),
            ("Term", "Spring"),
        ],
    ),
    ("b", "Attainment and progress"),
    (
        "table",
        [
            ["Subject", "Autumn", "Spring", "Target July"],
            ["Reading", "WTS", "WTS", "EXS"],
            ["Writing", "WTS", "WTS", "WTS+"],
            ["Maths", "EXS", "EXS", "EXS"],
        ],
        {},
    ),
    ("b", "SMART targets for this term"),
    (
        "bul",
        [
            "Kayden will read aloud to an adult 4 times a week (reading catch-up).",
            "Kayden will attend ELSA sessions weekly and be able to name two calming strategies.",
        ],
    ),
    ("b", "Pupil premium plus"),
    (
        "p",
        "£600 this term: reading catch-up tutor (£420), ELSA resources (£80), Beavers subscription (£100).",
    ),
    ("b", "Child's views"),
    ("p", "Kayden said he likes PE and Mrs Okafor, and that reading is 'boring and hard'."),
]

EAL_ADVICE = [
    ("org", "Northfold EAL and Ethnic Minority Achievement Service"),
    ("small", "London Borough of Northfold · Education Services"),
    ("title", "EAL specialist teacher advice"),
    (
        "p",
        "Pupil: Amira Haddad    DOB: 02/09/2016    School: Greenhithe Primary School    Languages: Arabic (home), English",
    ),
    ("b", "Background"),
    (
        "p",
        "Amira arrived from Syria via Lebanon in 2023. She attended school in Lebanon for about two years.",
    ),
    ("b", "English language proficiency"),
    (
        "p",
        "Bell Foundation framework: Band C (Developing Competence) in listening and speaking, Band B in reading and writing.",
    ),
    ("b", "Is there evidence of a special educational need?"),
    (
        "p",
        "With an Arabic-speaking assessor, Amira read and wrote Arabic at about the level expected for a child of her age and schooling. Her difficulties in class are consistent with the stage she has reached in learning English and do not, in my view, indicate a special educational need at this time.",
    ),
    ("b", "Recommendations for school"),
    (
        "bul",
        [
            "Pre-teach topic vocabulary with visuals.",
            "Use talk partners who share Arabic where possible.",
            "Review progress in July.",
        ],
    ),
    ("sig", ["Nadia Haddou", "Specialist EAL Teacher"]),
]

# Independent reports -------------------------------------------------------------

INDEP_EP = [
    ("org", "Westcountry Child Psychology Ltd"),
    (
        "small",
        "Independent Chartered Psychologists · 4 Lemon Street Mews · Tamarford · 01632 960160 · www.example.org",
    ),
    ("title", "Expert Report of Dr Fiona Gallacher, Chartered Educational Psychologist"),
    ("p", "In the matter of: Noah Pengelly v Tamarford County Council"),
    ("p", "Prepared for the First-tier Tribunal (SEND) at the request of Ms J Pengelly"),
    (
        "kv",
        [
            ("Date of assessment", "22 January 2026"),
            ("Date of report", "6 February 2026"),
            ("Qualifications", "BSc, DEdPsych, CPsychol, HCPC PYL99999"),
        ],
    ),
    (
        "np",
        "1.",
        "I have been asked to assess Noah's needs and to advise on the special educational provision required to meet them.",
    ),
    (
        "np",
        "2.",
        "I assessed Noah at his home, observed him for a morning at Porthveor Primary School, and read the documents listed in Appendix 1.",
    ),
    (
        "np",
        "3.",
        "On the WISC-V UK Noah's Verbal Comprehension Index was 104 and his Processing Speed Index was 78, a significant difference.",
    ),
    (
        "np",
        "14.",
        "In my professional opinion the current Section F is not specific. 'Regular support from an adult' does not say who, how often or for how long.",
    ),
    ("b", "Statement of truth"),
    (
        "p",
        "I understand that my duty is to help the Tribunal on matters within my expertise, and that this duty overrides any obligation to those instructing or paying me. I confirm that the facts stated in this report are true.",
    ),
    ("sig", ["Dr Fiona Gallacher"]),
]

INDEP_SLT = [
    ("org", "Clear Voice Speech Therapy"),
    ("small", "Independent speech and language therapy · Member of ASLTIP · 01632 960625"),
    ("title", "Independent Speech and Language Therapy Report"),
    (
        "p",
        "Client: Kofi Osei   Date of birth: 30/08/2017   Commissioned by: Ms A. Osei   Date: 20 August 2026",
    ),
    ("b", "Purpose"),
    (
        "p",
        "This report was commissioned by Kofi's mother to inform his appeal against the refusal to carry out an EHC needs assessment, and any subsequent plan.",
    ),
    ("b", "Findings"),
    (
        "p",
        "CELF-5 core language 70; word-finding and narrative skills very weak. Kofi has a severe developmental language disorder.",
    ),
    ("b", "Recommendations"),
    (
        "bul",
        [
            "Direct therapy with a speech and language therapist, 1 hour per week for 30 weeks a year.",
            "Daily language work with a TA trained by the therapist.",
        ],
    ),
    ("p", "I confirm I have no conflict of interest and I am willing to attend the hearing."),
    ("sig", ["Leah Abernethy, MRCSLT, HCPC registered"]),
]

INDEP_OT_TEXT = """Independent Occupational Therapy Report
Harry Gotts (DOB 11.10.2013)
Prepared by: Simon Riches, BSc (Hons) OT, HCPC OT99999, Riches Paediatric OT
Instructed by: Mr and Mrs Gotts, for the appeal EH840/26/01422

Summary of opinion
Harry has developmental coordination disorder with marked handwriting difficulties and sensory seeking behaviour. In my opinion he requires direct OT, 12 sessions a year, plus a daily sensory programme delivered by a trained TA. The amended plan does not specify any OT.

Assessment
Seen at Brightwell High School on 10 June 2026. Movement ABC-3 total at the 2nd percentile.

Provision I recommend
- 12 x 45-minute sessions of direct OT per year by an HCPC registered OT
- Daily 15-minute sensory programme delivered by a TA trained by the OT
- Touch-typing programme, 3 x 15 minutes a week

Declaration
I confirm that I understand my duty to the Tribunal and have complied with it.
Simon Riches, 24 June 2026
"""

DOCUMENTS: list[dict] = [
    dict(name="EP advice Ellis.pdf", kind="ep_report", blocks=EP_SW, accent="1B5E20"),
    dict(name="Tobi EP.docx", kind="ep_report", blocks=EP_LONDON),
    dict(name="EPSON001.pdf", kind="ep_report", text=EP_SCAN, ocr=True),
    dict(
        name="SALT Sana Jan 2026.pdf",
        kind="salt_report",
        blocks=SLT_HOSPITAL,
        sans=True,
        accent="005EB8",
        footer="St Aldhelm's Children's Hospital NHS FT - Confidential",
    ),
    dict(name="Amy SLT annual.docx", kind="salt_report", blocks=SLT_SCHOOL),
    dict(name="speech report.txt", kind="salt_report", text=SLT_TEXT),
    dict(
        name="OT report Harry Dec 25.pdf",
        kind="ot_report",
        blocks=OT_HOSPITAL,
        sans=True,
        accent="005EB8",
    ),
    dict(name="Amy OT.docx", kind="ot_report", blocks=OT_COUNTY),
    dict(name="image0001.pdf", kind="ot_report", text=OT_SCAN, ocr=True),
    dict(
        name="Physio Sana.pdf",
        kind="physio_report",
        blocks=PHYSIO_HOSPITAL,
        sans=True,
        accent="005EB8",
    ),
    dict(name="physio letter school.docx", kind="physio_report", blocks=PHYSIO_COMMUNITY),
    dict(name="HV report.docx", kind="medical_report", blocks=HEALTH_VISITOR, sans=True),
    dict(
        name="Neurology clinic Kofi.pdf",
        kind="medical_report",
        blocks=CLINIC_LETTER,
        accent="005EB8",
    ),
    dict(
        name="Health advice DMO.pdf",
        kind="medical_report",
        blocks=DMO_ADVICE,
        sans=True,
        accent="005EB8",
    ),
    dict(name="IMG_5120.pdf", kind="medical_report", text=PHONE_CLINIC, ocr=0.1),
    dict(name="Letter CAMHS Nov.pdf", kind="camhs_report", blocks=CAMHS_LETTER, accent="6A1B9A"),
    dict(name="Tobi diagnosis.txt", kind="camhs_report", text=CAMHS_TEXT),
    dict(
        name="Ryan spring report.pdf",
        kind="school_report",
        blocks=SPECIAL_TERM,
        sans=True,
        accent="E65100",
    ),
    dict(name="school advice Kofi.txt", kind="school_report", text=PRIMARY_ADVICE, crlf=True),
    dict(name="PEP spring 26.docx", kind="school_report", blocks=PEP, sans=True),
    dict(name="EAL advice Amira.pdf", kind="school_report", blocks=EAL_ADVICE, accent="2E7D32"),
    dict(
        name="Dr Gallacher report.pdf",
        kind="independent_report",
        blocks=INDEP_EP,
        accent="3E2723",
        footer="Westcountry Child Psychology Ltd - Expert report - Noah Pengelly",
    ),
    dict(name="Kofi SLT Aug 26.docx", kind="independent_report", blocks=INDEP_SLT, accent="00838F"),
    dict(name="OT Riches.txt", kind="independent_report", text=INDEP_OT_TEXT),
]
