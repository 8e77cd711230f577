# ruff: noqa: E501
"""Reports of the eleventh kind set: educational psychologists in Merseyside, Kent and
Devon; NHS speech and language, occupational therapy and physiotherapy advice; an NHS
audiology department, a tissue viability nurse, a community paediatrician's clinic summary,
a neurodevelopmental pathway's diagnosis letter, a school nurse; a CAMHS eating disorder
team and CAMHS letters; schools' advice and reports; independent experts' reports for the
tribunal. All invented."""

from __future__ import annotations

EP_MERSEY = [
    ("org", "Merseyford Educational Psychology Service"),
    ("title", "Psychological advice for an Education, Health and Care needs assessment"),
    (
        "kv",
        [
            ("Child", "Kai Brennan"),
            ("DOB", "19/07/2016"),
            ("School", "Seacombe Dock Primary School"),
            ("Date of assessment", "7 October 2025"),
            (
                "Educational psychologist",
                "Dr Lola Okafor, HCPC registered practitioner psychologist",
            ),
        ],
    ),
    ("h", 2, "Background and sources of information"),
    (
        "p",
        "I observed Kai in class and at playtime, consulted his class teacher and the SENCo, and met his mother. I used the British Ability Scales (BAS3) and the CTOPP-2.",
    ),
    ("h", 2, "Assessment findings"),
    (
        "grid",
        [
            ["Scale", "Standard score", "Centile"],
            ["Verbal ability", "88", "21"],
            ["Non-verbal reasoning", "102", "55"],
            ["Spatial ability", "97", "42"],
            ["Phonological awareness (CTOPP-2)", "72", "3"],
        ],
        [0.5, 0.25, 0.25],
    ),
    (
        "p",
        "Kai's reasoning skills are within the average range; his phonological skills are well below. His difficulties in class are increased by anxiety when the environment is unpredictable.",
    ),
    ("h", 2, "Outcomes and provision"),
    (
        "bul",
        [
            "Daily structured phonics, 1:1, 20 minutes, by a trained TA.",
            "A visual timetable and warnings before transitions.",
            "An identified key adult and a calm space he can use with a break card.",
        ],
    ),
    ("sig", ["Dr Lola Okafor", "Senior Educational Psychologist", "14 October 2025"]),
]

EP_KENT = """Weald Educational Psychology Partnership (traded service to schools)
Educational psychology advice - statutory
Name: Daniel Okonjo   DOB 23/06/2016   School: Romney Way Junior School, Year 4
EP: Mr Tom Gurung, Educational Psychologist
Date of report: 17 February 2026

Reason for involvement
The local authority asked for psychological advice as part of an EHC needs assessment (regulation 6(1)(d), SEND Regulations 2014).

What I did
Consultation with Daniel's mother and class teacher. Individual work with Daniel (WIAT-III reading and spelling subtests, Beck Youth Inventories, a drawing activity about school).

Summary of findings
Daniel's word reading standard score was 81 and his spelling 79. His self-esteem is low: he described himself as "the dumb one". With a calm adult and short tasks he worked well for 25 minutes.

Recommendations
- Daniel should continue on a structured literacy programme three times weekly.
- Staff to use precision teaching for high-frequency words (daily, 5 minutes).
- A termly review of progress with the SENCo.

Tom Gurung, MSc, DEdPsy, HCPC PYL04417
"""

EP_DEVON_SCAN = """Tamarside County Council - Educational Psychology Service
ADVICE FROM THE EDUCATIONAL PSYCHOLOGIST
Child: Tobias Gill   Year 6   Bridestowe Primary School
Date seen: 12 September 2025   Report date: 26 September 2025

1. Introduction
This advice is provided for Tobias's phase transfer review. I have read previous reports, observed him in a literacy lesson and completed the WISC-V with him.

2. Cognitive assessment
Verbal Comprehension 74, Visual Spatial 80, Fluid Reasoning 77, Working Memory 69, Processing Speed 72.
Tobias's scores are in the very low to low range, consistent with a moderate learning difficulty.

3. Recommendations
Tobias will need teaching in a small group (no more than 8) for English and maths, with a teacher experienced in teaching pupils with learning difficulties. Instructions should be chunked and supported with visuals.

Dr Morwenna Hext, Educational Psychologist
"""

SALT_NHS = [
    (
        "org",
        "Mersey Estuary Children's NHS Foundation Trust\nChildren's Speech and Language Therapy Service",
    ),
    ("b", "Speech and language therapy advice for EHC needs assessment"),
    (
        "kv",
        [
            ("Name", "Kai Brennan"),
            ("NHS number", "999 412 7730"),
            ("Date of birth", "19/07/2016"),
            ("Therapist", "Bethan Roscoe, Speech and Language Therapist (HCPC SL31209)"),
        ],
    ),
    ("h", 2, "Communication profile"),
    (
        "p",
        "Kai's receptive language on the CELF-5 was in the low range (core language score 79). He has difficulty understanding complex instructions containing 3 or more key words and with inferencing. His social communication difficulties are in keeping with his diagnosis of autism.",
    ),
    ("h", 2, "Recommendations"),
    (
        "grid",
        [
            ["What", "Who", "How often"],
            ["Direct therapy, blocks of 6 sessions", "Speech and language therapist", "Each term"],
            [
                "Language programme (Colourful Semantics)",
                "TA trained by SLT",
                "3 x 15 minutes a week",
            ],
            ["Staff training on visual supports", "SLT", "Once a year"],
        ],
        [0.45, 0.3, 0.25],
    ),
    ("sig", ["Bethan Roscoe", "21 October 2025"]),
]

SALT_SUSSEX = """SUSSEX SHORE PARTNERSHIP NHS FOUNDATION TRUST
Children's Speech and Language Therapy - Brighton & Hove Locality

Report following review

Name: Mason Hollis      DOB: 05/08/2013      NHS No: 999 320 5518
School: Hove Lagoon School
Seen on: 9 and 16 January 2026

Mason has a developmental language disorder. Since his last review his expressive language has not made the progress expected. On the CELF-5 Formulated Sentences subtest he scored a scaled score of 4.

He needs direct, weekly speech and language therapy (45 minutes) with a speech and language therapist for at least two terms, together with daily practice with a trained TA. Termly review alone will not meet his needs.

Helen Greaves
Highly Specialist Speech and Language Therapist
"""

SALT_TEXT = """Speech and Language Therapy - Tamar Valley Community Services
Summary of advice (EHCP), Poppy Vosper, DOB 30/09/2018

Poppy uses Makaton signs and about 50 spoken words. Her understanding is at the 2 key word level.
Targets: to combine two signs/words; to follow 2 key word instructions in class.
Provision recommended:
 * Fortnightly 30 min direct SLT session in school.
 * Daily 10 min practice by TA; staff Makaton training (Level 1) for class team.
 * Visual timetable and objects of reference.
Jess Kitto, Speech and Language Therapist, 14/01/2026
"""

OT_NHS = [
    ("org", "Weald Community Health NHS Trust - Children's Occupational Therapy"),
    ("title", "Occupational therapy report"),
    ("kv", [("Child", "Ruby Akinola"), ("DOB", "04/03/2012"), ("Date seen", "3 October 2025")]),
    (
        "p",
        "Ruby was referred for assessment of sensory processing and handwriting. The Sensory Profile 2 (school companion) indicated 'much more than others' for sensory sensitivity and avoiding. Handwriting speed was 9 words per minute (DASH, below the 5th centile).",
    ),
    ("b", "Recommendations"),
    (
        "bul",
        [
            "A movement break every 45 minutes, planned with Ruby.",
            "Leave lessons 3 minutes early to avoid busy corridors.",
            "Access to a laptop for extended writing; touch-typing programme 3 x 15 minutes a week.",
        ],
    ),
    ("sig", ["Aisha Begum, Occupational Therapist"]),
]

OT_TEXT = """Children's Occupational Therapy, Ribblemouth Hospitals NHS Trust
OT advice - EHC needs assessment
Re: Harvey Entwistle (DOB 11/05/2021)

I assessed Harvey at home and at Little Acorns Nursery. He is not yet toilet trained, cannot use a spoon independently and mouths objects frequently. He seeks vestibular input (spinning, climbing).

Advice:
1. A sensory diet planned by OT and carried out by nursery staff throughout the day.
2. Adapted cutlery and a supportive chair at mealtimes.
3. OT review each term.

Kirsty Nuttall, Paediatric Occupational Therapist
"""

OT_PHOTO = """Fal Estuary Children's Therapies
Occupational Therapy - handwriting and keyboard review
Jago Trewin  Year 9  Penryn Bay Community School
Jago's handwriting is legible but slow (11 wpm) and painful after 10 minutes. His grip is fisted and he has low tone in his hands consistent with DCD.
Recommend: laptop for all written work; touch typing; a sloping board; extra time in exams (25%).
Signed L. Jewell OT  16/01/2026
"""

PHYSIO = [
    ("org", "Merseyford Children's Physiotherapy Service"),
    ("b", "Physiotherapy advice"),
    (
        "p",
        "Name: Lexi Murphy   DOB 09/12/2019   Diagnosis: cerebral palsy, spastic diplegia (GMFCS level II)",
    ),
    (
        "p",
        "Lexi walks with a posterior walker indoors and uses a buggy for longer distances. Her hamstrings and calves are tight and she wears ankle-foot orthoses.",
    ),
    (
        "p",
        "Physiotherapy programme: daily stretches (15 minutes) by trained school staff; standing frame 30 minutes a day; review by physiotherapist every 6 weeks in school.",
    ),
    ("sig", ["Gemma Whitley, Specialist Paediatric Physiotherapist", "29 January 2026"]),
]

PHYSIO_HYDRO = [
    ("org", "Tamar Valley University Hospitals NHS Trust - Paediatric Physiotherapy"),
    ("title", "Hydrotherapy and physiotherapy programme"),
    (
        "kv",
        [("Patient", "Poppy Vosper"), ("Hospital no.", "TV0093321"), ("Date", "4 February 2026")],
    ),
    (
        "p",
        "Poppy has low muscle tone associated with Down syndrome and hypermobile joints. She tires on stairs and falls often in the playground.",
    ),
    (
        "grid",
        [
            ["Activity", "Frequency", "Who"],
            ["Core strength circuit", "Daily, 10 min", "TA"],
            ["Hydrotherapy", "Weekly, 30 min", "Physiotherapy assistant"],
            ["Stair practice with rail", "Daily", "TA"],
        ],
        [0.45, 0.3, 0.25],
    ),
    ("p", "Signed: Conor Rowe, Physiotherapist"),
]

PHYSIO_LETTER = """Ribblemouth Hospitals NHS Trust
Paediatric Physiotherapy, Lytham Road Clinic

To whom it may concern

Harvey Entwistle, DOB 11/05/2021

Harvey has been known to our service since 2022 for delayed gross motor skills. He walked at 26 months. He is now able to run but falls frequently and cannot yet jump with two feet.

I would recommend that Harvey has a daily gross motor programme in nursery and school (10 minutes), and that staff are shown the programme by a physiotherapist. He will be reviewed in clinic in six months.

Yours faithfully
Nadia Pilkington MCSP
Paediatric Physiotherapist
"""

AUDIOLOGY = [
    ("org", "Cuckmere General Hospital NHS Trust\nPaediatric Audiology Department"),
    (
        "p",
        "Clinic date: 8 October 2025\nPatient: Ellie-Rose Dunning   DOB 02/04/2014   NHS 999 651 2084",
    ),
    ("b", "Audiology report"),
    (
        "p",
        "Pure tone audiometry: moderate bilateral sensorineural hearing loss, 50-60 dB HL across frequencies, stable since last test. Speech in noise testing (BKB-SIN) shows significant difficulty at +5 dB signal-to-noise ratio.",
    ),
    (
        "p",
        "Hearing aids checked and re-programmed. Radio aid (Roger) functioning well. Ellie-Rose reports listening fatigue by the afternoon.",
    ),
    (
        "p",
        "Advice for school: a radio aid in all lessons, preferential seating, reduce background noise, check understanding. We would support a referral for auditory processing assessment.",
    ),
    (
        "sig",
        [
            "Dr Simon Hartley, Clinical Scientist (Audiology)",
            "cc: GP, Cuckmere Sensory Support Service, parents",
        ],
    ),
]

TVN = [
    ("org", "Merseyford Community Health - Tissue Viability Service"),
    ("p", "Date: 12 February 2026"),
    ("p", "Dear SENCo,"),
    ("b", "Re: Lexi Murphy (DOB 09/12/2019) - skin care and pressure area advice"),
    (
        "p",
        "I am the tissue viability nurse who has been seeing Lexi following a grade 2 pressure ulcer on her left heel caused by her orthoses. The wound has now healed.",
    ),
    (
        "p",
        "Lexi's skin must be checked twice a day (before and after lunch) when her orthoses are removed. She should not sit in her wheelchair or standing frame for more than 45 minutes without a change of position. Staff should report any red marks that do not fade within 30 minutes to parents and to our team on 01632 960688.",
    ),
    ("sig", ["Yours sincerely", "Angela Moss RGN", "Clinical Nurse Specialist, Tissue Viability"]),
]

PAED_SUMMARY = """COMMUNITY PAEDIATRICS - CLINIC SUMMARY
Weald Community Health NHS Trust, Ashford Child Development Centre

Patient: Daniel Okonjo   NHS No: 999 184 0362   DOB: 23/06/2016
Seen by: Dr Fiona Marchetti, Consultant Community Paediatrician
Clinic date: 10 March 2026

Diagnoses:
1. Attention deficit hyperactivity disorder, combined presentation (diagnosed today)
2. Developmental coordination disorder
3. Sleep onset difficulty

Plan:
- Start methylphenidate (modified release) 18 mg once daily, review in 4 weeks
- Parent training programme referral
- Letter to school with classroom strategies

Outcome: follow-up 3 months. cc GP, school nurse, parents.
"""

NDP_LETTER = [
    (
        "org",
        "Tamar Valley Neurodevelopmental Pathway\nCommunity Child Health, Plymouth Road Clinic",
    ),
    ("p", "Date: 21 January 2026"),
    ("p", "Dear Miss Penrose,"),
    ("b", "Re: Jago Trewin, DOB 02/02/2012 - outcome of autism assessment"),
    (
        "p",
        "Thank you for attending the feedback appointment on 19 January. As discussed, following the multidisciplinary assessment (ADOS-2 module 3, developmental history using the 3di, and school observation), the team agreed that Jago meets the criteria for a diagnosis of autism spectrum disorder (ICD-11 6A02.0).",
    ),
    (
        "p",
        "We recommend that school is made aware of the diagnosis and considers reasonable adjustments: advance warning of changes, a quiet space, and clear written instructions. Jago may benefit from the post-diagnosis workshop for young people.",
    ),
    (
        "sig",
        [
            "Yours sincerely",
            "Dr Amir Haddad, Consultant Paediatrician",
            "on behalf of the Neurodevelopmental Pathway team",
            "cc: GP; Penryn Bay Community School SENCo",
        ],
    ),
]

CAMHS_ED = [
    ("org", "Sussex Shore Partnership NHS Foundation Trust\nCAMHS Eating Disorder Service (CEDS)"),
    ("p", "Date: 5 May 2026"),
    ("p", "Dear Mr Whitlock,"),
    ("b", "Re: Ruby Akinola (DOB 04/03/2012) - information for EHC plan review"),
    (
        "p",
        "Ruby has been under the care of our eating disorder team since December 2025 with a diagnosis of avoidant/restrictive food intake disorder (ARFID) in the context of autism and anxiety. She attends family-based treatment weekly and is seen by our dietitian monthly.",
    ),
    (
        "p",
        "School meals are a significant source of distress. We recommend a supervised, quiet place to eat lunch with a known adult, a meal plan agreed with the dietitian, and that weight is never discussed in front of peers.",
    ),
    ("sig", ["Yours sincerely", "Dr Nicola Fenwick, Clinical Psychologist, CEDS"]),
]

CAMHS_TXT = """Children and Young People's Mental Health Service (CAMHS)
Ribblemouth and Fylde Community Team

Discharge summary
Name: Alfie Kay   DOB 17/02/2017
Date of discharge: 30 April 2026

Alfie was referred by his GP in 2025 with low mood, angry outbursts and refusal to attend school. He attended 8 sessions of parent-led CBT for anxiety with his mother.
Mood has improved at home. School-based anxiety remains high and appears linked to unmet learning needs: Alfie told his therapist that he "can't read the board and everyone laughs".
Recommendation: school and the local authority to consider an assessment of his learning needs.
Discharged to GP. Re-referral welcome.

Owen Cartwright, Mental Health Practitioner
"""

CAMHS_ADHD = """Devon and Tamar CAMHS
Specialist ADHD clinic - clinic letter

To: Dr Ellis, Tavy Surgery
cc: Miss L Yeo (parent), SENCo Lydford Cross School

Maisie Yeo, 14, NHS no 999 703 6621

Diagnosis: ADHD, inattentive presentation; generalised anxiety disorder
Medication: lisdexamfetamine 30 mg mane, started 1/4/26

Maisie attended with her mother. Since starting medication she is completing more work in class. Her anxiety about exams remains high, with panic attacks in two exams this term. We have started CBT with our assistant psychologist (6 sessions).
We would support separate invigilation and rest breaks in exams.

Dr Kezia Morrow, Consultant Child and Adolescent Psychiatrist
"""

SCHOOL_ADVICE = [
    ("org", "Seacombe Dock Primary School"),
    ("title", "Educational advice from the school (EHC needs assessment)"),
    (
        "kv",
        [
            ("Pupil", "Kai Brennan"),
            ("Year", "4"),
            ("SENCo", "Mrs C. Lightfoot"),
            ("Date", "30 September 2025"),
        ],
    ),
    ("h", 2, "Attainment"),
    (
        "grid",
        [
            ["Subject", "Age-related expectation", "Kai"],
            ["Reading", "Year 4", "Year 1 (working towards)"],
            ["Writing", "Year 4", "Year 1"],
            ["Maths", "Year 4", "Year 3"],
        ],
        [0.3, 0.35, 0.35],
    ),
    ("h", 2, "Support already in place (SEN Support)"),
    (
        "bul",
        [
            "TA support in class for 15 hours a week (shared with two pupils)",
            "Daily phonics group of 4 (Read Write Inc.)",
            "Zones of Regulation sessions weekly",
        ],
    ),
    (
        "p",
        "Despite this support, Kai has made little progress in reading and has left the building twice. The school has spent £9,400 on Kai's support this year.",
    ),
]

SCHOOL_EOY = [
    (
        "org",
        "Brighton Hill School (special school for pupils with speech, language and communication needs)",
    ),
    ("b", "End of year report to parents - Summer 2026"),
    ("p", "Pupil: Nathan Cole   Class: Kestrel (Year 5)"),
    (
        "grid",
        [
            ["Subject", "Progress", "Effort"],
            ["English", "Good progress", "3"],
            ["Maths", "Expected", "2"],
            ["Science", "Good", "3"],
            ["PSHE", "Outstanding", "3"],
        ],
        [0.4, 0.4, 0.2],
    ),
    (
        "p",
        "Class teacher's comment: Nathan has grown in confidence this year and now answers questions in class. He uses his communication book less often. Well done Nathan!",
    ),
    ("p", "Attendance: 96.2%"),
]

SCHOOL_TXT = """Ashford Levels School - SEN department
SENCo report on progress: Ruby Akinola, Year 9
Prepared for: Weald and Marsh County Council
Date: 21 May 2026

Ruby's attendance this year is 71%, down from 88% last year. She has been on a part-time timetable since February on the advice of CAMHS.
She now whispers to her key adult (Mrs Boateng) and has written answers in science and art lessons.
Provision delivered this year: morning meet and greet every day; sliding-in sessions 3 x weekly (planned by EP); eating lunch in the library with a TA.
The school considers that Ruby needs a smaller setting with therapeutic support.
"""

SCHOOL_PHOTO = """Lydford Cross School - Head of Year 10 report
Maisie Yeo  10M
Maisie is a kind and thoughtful student. She has struggled to stay in lessons this term and has spent 14 lessons in the Inclusion Room. Her predicted grades have fallen (English 4, maths 3).
Strategies in place: time-out card, seating near door, reduced homework.
Mr P. Dart, Head of Year 10
"""

IND_EP = [
    ("org", "Dr Fern Atherton CPsychol AFBPsS\nIndependent Chartered Educational Psychologist"),
    ("title", "Expert report for the First-tier Tribunal (SEND)"),
    ("p", "Appeal ref: EH845/26/00412   Child: Alfie Kay   Instructed by: Ms S Kay (parent)"),
    (
        "np",
        "1.",
        "I understand that my duty is to the tribunal and overrides any obligation to the person who instructed me. I have no conflict of interest.",
    ),
    (
        "np",
        "2.",
        "I assessed Alfie at his home on 24 June 2026 and observed him at Hesketh Sands Primary School on 26 June 2026.",
    ),
    (
        "np",
        "3.",
        "Alfie's single word reading (WRAT-5) standard score was 64 (1st centile). His verbal reasoning is average. This discrepancy is consistent with a severe specific learning difficulty.",
    ),
    (
        "np",
        "4.",
        "In my opinion Alfie requires daily 1:1 specialist literacy teaching (45 minutes) from a teacher holding an AMBDA qualification, and an EHC plan to secure it.",
    ),
    (
        "p",
        "Statement of truth: I confirm that the facts stated in this report are true and the opinions expressed are my own.",
    ),
    ("sig", ["Dr Fern Atherton", "1 July 2026"]),
]

IND_SALT = [
    ("org", "Coastline Speech & Language - independent practice"),
    ("title", "Independent speech and language therapy report"),
    (
        "kv",
        [
            ("Client", "Mason Hollis"),
            ("Commissioned by", "Mr G. Hollis"),
            ("Assessment dates", "4 and 11 June 2026"),
            ("Therapist", "Sarah Greaves-Lund MRCSLT HCPC SL25510"),
        ],
    ),
    (
        "p",
        "This report has been prepared for Mason's appeal to the SEND Tribunal. I am aware of my duty to the tribunal.",
    ),
    (
        "p",
        "Mason's language scores on CELF-5 are in the severely low range (core language 61). His narrative skills (ERRNI) are at the level of an 8 year old.",
    ),
    (
        "p",
        "Recommended provision: weekly 1:1 therapy (45 minutes) with a speech and language therapist; a language-rich specialist setting with small classes (no more than 10); daily practice with a trained TA (20 minutes).",
    ),
]

IND_OT = """INDEPENDENT OCCUPATIONAL THERAPY REPORT
Prepared for the First-tier Tribunal (Special Educational Needs and Disability)

Client: Ellie-Rose Dunning
Report by: Rhiannon Price BSc (Hons) OT, HCPC OT61204, Price Therapy Associates Ltd
Instructed by: Mr and Mrs Dunning
Date: 20 April 2026

Declaration: I understand my duty to the tribunal. This report is true to the best of my knowledge and belief.

1. Ellie-Rose's fine motor skills (MABC-2) are at the 9th centile.
2. She shows fatigue-related decline in attention after lunch.
3. I recommend: a rest break of 10 minutes after lunch daily; OT review each half term; a sensory break plan devised by an OT.
"""

DOCUMENTS: list[dict] = [
    dict(name="EP advice Kai Oct 25.pdf", kind="ep_report", blocks=EP_MERSEY),
    dict(name="Daniel EP report.txt", kind="ep_report", text=EP_KENT),
    dict(name="Scan_0031.pdf", kind="ep_report", text=EP_DEVON_SCAN, ocr=True, running="EP advice"),
    dict(name="Kai SLT advice.docx", kind="salt_report", blocks=SALT_NHS),
    dict(name="SLT review Jan 26.pdf", kind="salt_report", text=SALT_SUSSEX),
    dict(name="speech therapy Poppy.txt", kind="salt_report", text=SALT_TEXT),
    dict(name="OT report Ruby.docx", kind="ot_report", blocks=OT_NHS, sans=True),
    dict(name="Harvey OT.txt", kind="ot_report", text=OT_TEXT),
    dict(name="IMG_4471.pdf", kind="ot_report", text=OT_PHOTO, ocr=0.09),
    dict(name="Physio advice Lexi.pdf", kind="physio_report", blocks=PHYSIO),
    dict(name="hydro programme.docx", kind="physio_report", blocks=PHYSIO_HYDRO),
    dict(name="letter from physio.txt", kind="physio_report", text=PHYSIO_LETTER),
    dict(name="audiology report Oct.pdf", kind="medical_report", blocks=AUDIOLOGY),
    dict(name="skin care letter school.docx", kind="medical_report", blocks=TVN),
    dict(name="Clinic summary 10 March.txt", kind="medical_report", text=PAED_SUMMARY),
    dict(name="Jago diagnosis letter.pdf", kind="medical_report", blocks=NDP_LETTER),
    dict(name="CEDS letter May 26.pdf", kind="camhs_report", blocks=CAMHS_ED, accent="AD1457"),
    dict(name="Alfie discharge.txt", kind="camhs_report", text=CAMHS_TXT),
    dict(name="clinic letter Maisie.docx", kind="camhs_report", text=CAMHS_ADHD),
    dict(name="School advice Kai.docx", kind="school_report", blocks=SCHOOL_ADVICE),
    dict(name="Nathan report summer.pdf", kind="school_report", blocks=SCHOOL_EOY, accent="EF6C00"),
    dict(name="SENCo report May.txt", kind="school_report", text=SCHOOL_TXT),
    dict(
        name="WhatsApp Image 2026-03-24 at 08.15.37.pdf",
        kind="school_report",
        text=SCHOOL_PHOTO,
        ocr=0.1,
    ),
    dict(name="Atherton report final.pdf", kind="independent_report", blocks=IND_EP),
    dict(name="Coastline SLT report Mason.docx", kind="independent_report", blocks=IND_SALT),
    dict(name="Price OT report.txt", kind="independent_report", text=IND_OT),
]
