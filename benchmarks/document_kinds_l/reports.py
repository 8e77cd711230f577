# ruff: noqa: E501
"""Reports of the twelfth kind set: educational psychology advice from Essex, Shropshire and
Tyneside services; speech and language therapy, occupational therapy and physiotherapy from
NHS trusts and a residential school; a paediatric neurology clinic letter, a school nurse's
letter, a child development centre's multi-agency report and a community paediatrician's
advice; CAMHS letters; schools' advice and a residential special school's termly report;
independent experts' reports for the tribunal. All invented."""

from __future__ import annotations

EP_ESSEX = [
    ("org", "Stour and Colne Educational Psychology Service"),
    ("title", "Psychological Advice for an EHC Needs Assessment"),
    (
        "kv",
        [
            ("Child", "Alfie Goodchild"),
            ("DOB", "05/05/2017"),
            ("School", "Dedham Vale Primary"),
            ("Date of assessment", "14/04/2026"),
            ("Psychologist", "Dr Sian Cattermole, HCPC PYL04412"),
        ],
    ),
    ("h", 2, "Background and sources of information"),
    (
        "p",
        "I met Alfie in school, observed him in class and at lunch, spoke with his foster carer, his social worker and the designated teacher, and read his personal education plan.",
    ),
    ("h", 2, "Assessment"),
    (
        "p",
        "On the British Ability Scales (BAS3) Alfie's verbal ability was in the average range and his non-verbal reasoning in the below average range. His responses were affected by his anxiety about getting things wrong.",
    ),
    (
        "grid",
        [
            ["BAS3 scale", "Standard score", "Centile", "Description"],
            ["Verbal ability", "94", "34", "Average"],
            ["Non-verbal reasoning", "81", "10", "Below average"],
            ["Spatial ability", "86", "18", "Below average"],
            ["Word reading", "77", "6", "Low"],
        ],
        [0.35, 0.2, 0.15, 0.3],
    ),
    (
        "p",
        "Alfie's foster carer described him as 'a different boy' since Christmas, sleeping better and eating with the family. In class he avoided written tasks and asked to go to the toilet four times in one hour; when his key adult sat beside him he completed a page of sums.",
    ),
    ("h", 2, "Strengths and needs"),
    (
        "p",
        "Alfie is warm and funny with adults he trusts. His needs relate mostly to emotional regulation: he reads neutral faces as angry and quickly moves into fight or flight.",
    ),
    ("h", 2, "Recommended provision"),
    (
        "bul",
        [
            "A named key adult, trained in attachment and trauma-aware practice, for a daily 15-minute check-in.",
            "A consistent, predictable timetable with warnings before changes.",
            "ELSA sessions weekly for two terms, supervised by the EPS.",
        ],
    ),
    ("sig", ["Dr Sian Cattermole", "Senior Educational Psychologist"]),
]

EP_TXT = """WREKIN MARCHES COUNCIL - EDUCATIONAL PSYCHOLOGY SERVICE
Advice under regulation 6(1)(d) of the SEND Regulations 2014

Name: Sophie Corbett   Age: 9 years 4 months   Year 4
Psychologist: Dr Neil Whitticase   Date of report: 02/02/2026

Reason for involvement
The local authority asked for psychological advice as part of an EHC needs assessment.

What I did
Consultation with parents and class teacher; observation in literacy lesson; WIAT-III and CTOPP-2 subtests.

Findings
Sophie's phonological processing scores were well below average (standard score 74). Her reading comprehension is age-appropriate when text is read to her. She is a keen and sociable pupil.

Summary of needs
Sophie has difficulties consistent with dyslexia. She needs a structured, cumulative multi-sensory literacy programme.

Outcomes and provision
Sophie would benefit from a structured literacy programme delivered 3 x 20 minutes per week by a trained TA; access to reading pens in tests. Her progress should be reviewed each term by the SENCo.

N. Whitticase, Educational Psychologist
"""

EP_SCAN = """TYNESIDE BOROUGH COUNCIL
EDUCATIONAL PSYCHOLOGY SERVICE
Psychological advice - Mason Nesbitt (DOB 14/02/2018)
EP: Mr Craig Heslop   Date: 11 March 2026

1. Introduction
This advice is for Mason's EHC needs assessment. I have seen Mason twice in school.

2. Cognition and learning
Mason's skills on the Wechsler Preschool and Primary Scale (WPPSI-IV) fell in the extremely low range (below 1st centile). He recognises 6 letters.

3. Communication and interaction
Mason speaks in 2-3 word phrases. He needs visual support to follow routines.

4. Recommendations
Mason needs a highly differentiated curriculum with small steps, adult support to engage in learning for most of the day, and a visual timetable. A specialist setting for children with complex learning needs should be considered.
"""

SALT_NHS = [
    ("org", "Northumbria Tyne Community NHS Trust\nChildren's Speech and Language Therapy"),
    ("title", "Speech and Language Therapy Advice"),
    (
        "kv",
        [
            ("Name", "Mason Nesbitt"),
            ("NHS number", "999 481 2207"),
            ("Therapist", "Leanne Scott, Specialist SLT"),
        ],
    ),
    (
        "p",
        "Mason was assessed using the Preschool Language Scales (PLS-5 UK). Auditory comprehension standard score 62; expressive communication 58.",
    ),
    (
        "p",
        "Mason has a severe receptive and expressive language disorder in the context of global developmental delay.",
    ),
    (
        "table",
        [
            ["Recommendation", "Who", "How often"],
            ["Direct therapy block", "SLT", "6 x 30 min each term"],
            ["Language programme (Colourful Semantics)", "Trained TA", "Daily, 15 minutes"],
            ["Training for class staff", "SLT", "Once a year"],
        ],
        {"widths": [0.5, 0.2, 0.3]},
    ),
    ("sig", ["Leanne Scott", "Specialist Speech and Language Therapist, HCPC SL09981"]),
]

SALT_TXT = """Marches Children's Therapies - Speech and Language Therapy
Report for annual review

Isla Button, Long Melford C of E Primary
Seen: 9 and 16 October 2025
Report date: 21/10/2025

Isla was re-assessed on CELF-5 UK. Core language score 71 (3rd centile), up from 64 last year.
Her speech is intelligible to unfamiliar listeners. Her difficulty is now mainly with understanding longer instructions and with vocabulary for new topics.

Recommendations:
Direct SLT 30 minutes fortnightly for the autumn and spring terms.
Pre-teaching of topic vocabulary by a TA, 3 x 10 minutes a week.
The school should provide a quiet space for her sessions.

Sent to parent, school and SEND team.
Hayley Pryke, Speech and Language Therapist
"""

SALT_RESI = [
    ("org", "Holly Bank School - Therapy Department"),
    ("title", "Speech, Language and Communication - End of Year Summary"),
    ("p", "Pupil: Toby Marsh    Class: Wrekin    Period: September 2025 to July 2026"),
    (
        "p",
        "Toby uses a PODD book and some Makaton signs. He now combines two symbols to request. He attends a weekly communication group run by the SLT and has 1:1 therapy once a fortnight for 30 minutes.",
    ),
    (
        "p",
        "Next steps: extend the use of the PODD book to the residence in the evenings; staff in the house will be trained by the SLT in the first half of autumn term.",
    ),
    ("sig", ["Gwen Price", "Speech and Language Therapist, Holly Bank School"]),
]

OT_ESSEX = """Colchester and Stour Children's Occupational Therapy Service
OCCUPATIONAL THERAPY REPORT

Name: Oscar Wheatley     DOB 11/06/2015
Assessed at: Brantham Mill Primary School, 21 November 2025
Therapist: Megan Cant, Children's OT

Reason for referral: handwriting, sensory needs in the dinner hall.

Assessments: Sensory Profile 2 (school companion); Movement ABC-2; DASH handwriting speed.
Oscar's handwriting speed is below the 5th centile. His Sensory Profile shows he avoids noise and touch.

Recommendations
1. Ear defenders in the dinner hall and assemblies.
2. A sensory circuit, 10 minutes each morning, delivered by a TA.
3. Fine motor programme 3 x 15 minutes weekly for one term.
4. Re-referral if no progress.
"""

OT_HOME = [
    ("org", "Lugg Valley Council - Children with Disabilities Team"),
    ("title", "Occupational Therapy Home Assessment"),
    (
        "kv",
        [
            ("Child", "Kacper Nowak"),
            ("Address", "Flat 2, 17 Widemarsh Street"),
            ("Date of visit", "8 January 2026"),
            ("OT", "Rhian Bowen"),
        ],
    ),
    ("p", "Purpose: to assess Kacper's needs for equipment and adaptations at home."),
    (
        "p",
        "Kacper is independent in dressing but needs supervision in the bath because of his seizures. The family live in a first floor flat.",
    ),
    (
        "p",
        "Recommendations: bath lift and grab rails (to be fitted by the council); a referral to housing for a ground floor property; review in 12 months.",
    ),
    ("sig", ["Rhian Bowen", "Occupational Therapist (social care)"]),
]

OT_PHOTO = """Shropshire Community Health Trust   Children's Occupational Therapy
OT REVIEW - Harriet Bebb   Severnside College   Date: 05/05/2026

Harriet was seen in her college kitchen session. She now uses the adapted knife and the one-handed chopping board.
Her fine motor skills remain a difficulty for writing; she types using a laptop.

Plan:
- continue kitchen skills programme with the LSA, weekly
- OT review in 6 months
- discharge from OT if goals are met

Signed R. Davies  Occupational Therapist
"""

PHYSIO_NHS = [
    ("org", "Tyneside Children's Physiotherapy Service"),
    ("title", "Physiotherapy advice for EHC needs assessment"),
    (
        "kv",
        [
            ("Child", "Lily-Mae Dodds"),
            ("Diagnosis", "Hypermobility spectrum disorder"),
            ("Physiotherapist", "Kate Robson"),
        ],
    ),
    (
        "p",
        "Lily-Mae's joints are hypermobile (Beighton score 7/9). She tires after walking around 400 metres and reports knee pain in PE.",
    ),
    (
        "p",
        "Advice: a daily 10-minute strengthening programme in school; modified PE with seated options; a lift pass if school trips involve long walks.",
    ),
    ("sig", ["Kate Robson", "Senior Paediatric Physiotherapist"]),
]

PHYSIO_TXT = """Essex Coast Community Services - Paediatric Physiotherapy
DISCHARGE SUMMARY

Patient: Ruby Mayhew    NHS no: 999 230 7715
Diagnosis: Down syndrome, low muscle tone
Dear Dr Aldous (GP),

Ruby has achieved independent walking and can now climb stairs with one hand on the rail. Her parents are confident with her home programme.

I have discharged Ruby from physiotherapy today. School can re-refer if new concerns arise.
Copy to: parents; Wickham Lodge Infant School.

Tom Sawyer-Blake, Physiotherapist, 14 May 2026
"""

PHYSIO_SCAN = """HOLLY BANK SCHOOL - PHYSIOTHERAPY
Annual physiotherapy report, Toby Marsh, February 2026

Toby has cerebral palsy (spastic diplegia, GMFCS level III). He walks with a K-walker indoors and uses a wheelchair outdoors.

Programme in school: standing frame 45 minutes daily; hydrotherapy weekly (30 minutes); stretches by care staff morning and evening.
Equipment: new AFOs ordered January 2026.

Physiotherapy needs to remain in Section F of Toby's plan because it is delivered throughout his school day.

L. Edwards, Chartered Physiotherapist
"""

NEURO = [
    ("org", "Tyneside Royal Infirmary\nPaediatric Neurology Clinic, Great North Children's Wing"),
    ("p", "Clinic date: 12/01/2026    Typed: 19/01/2026"),
    ("p", "Dr P. Varma, Consultant Paediatric Neurologist"),
    ("p", "To: Dr Hall, GP, Hexley Burn Surgery. Cc: Mr and Mrs Robson (parents)"),
    ("b", "Freya Robson, DOB 08/07/2014, NHS 999 118 4402"),
    (
        "p",
        "Diagnoses: 1. Tourette syndrome. 2. Developmental coordination disorder. 3. ADHD (combined type, under the community paediatricians).",
    ),
    (
        "p",
        "I reviewed Freya with her mother today. Her motor and vocal tics have increased since starting middle school and are worse when she is tired. Neurological examination was normal.",
    ),
    (
        "p",
        "Plan: comprehensive behavioural intervention for tics (CBIT) referral; no medication for tics at present; review in 12 months. School may find the Tourettes Action school pack helpful and may wish to allow Freya a time-out card.",
    ),
    ("sig", ["Dr P. Varma", "Consultant Paediatric Neurologist"]),
]

SCHOOL_NURSE = """Suffolk Coast Healthy Child Service - School Nursing Team

3 February 2026

To whom it may concern

Re: Amelia Kerridge, DOB 02/10/2015, Framsden Primary School

I am the school nurse for Framsden Primary. Amelia has type 1 diabetes and uses an insulin pump. I have written an individual healthcare plan with her parents and the diabetes team, and trained four members of staff in blood glucose monitoring and pump management.

Amelia needs a trained adult available throughout the school day, including on trips, to check her blood glucose before lunch and PE and to respond to hypos. This is a health need; I understand the family have asked for it to be included in her EHC plan.

Please contact me if you need more information.

Yours faithfully

Jo Whatling RN SCPHN (School Nursing)
"""

CDC_REPORT = [
    ("org", "Bramble House Child Development Centre\nShrewsbury Community Paediatrics"),
    ("title", "Multi-Agency Assessment Report"),
    ("p", "Child: Ruby Mayhew   Assessment week: 2-6 March 2026   Report issued: 20 March 2026"),
    (
        "p",
        "Present at the assessment: Dr E. Heighway (community paediatrician), speech and language therapist, physiotherapist, clinical psychologist, nursery nurse.",
    ),
    ("h", 2, "Paediatric assessment"),
    (
        "p",
        "Ruby has Down syndrome with a corrected atrioventricular septal defect (cardiology follow-up yearly). Thyroid function normal. Hearing: mild conductive loss, grommets due.",
    ),
    ("h", 2, "Therapy findings"),
    (
        "p",
        "SLT: uses around 20 signs and 10 words; understands simple two-part instructions. Physiotherapy: walks independently, poor balance on uneven ground.",
    ),
    ("h", 2, "Summary and recommendations of the team"),
    (
        "bul",
        [
            "Ruby's development is at around half her chronological age across areas.",
            "Ongoing SLT input with a signing-rich environment in school.",
            "Review at the CDC in 12 months; ENT for grommets.",
        ],
    ),
    ("sig", ["Dr Eleanor Heighway", "Consultant Community Paediatrician, on behalf of the team"]),
]

PAED_ADVICE = """Lugg Valley Community Paediatrics
Medical advice for EHC needs assessment (regulation 6(1)(c))

Child: Kacper Nowak   DOB 19/01/2013
Consultant: Dr A. Sankey
Date: 28/01/2026

Diagnoses: Focal epilepsy; developmental language disorder (via SLT); sleep difficulty.
Medication: levetiracetam 500 mg twice daily. Buccal midazolam prescribed as rescue medication.

Impact on education: seizures occur two to three times a month, usually in the morning; Kacper is tired for several hours afterwards. Staff should follow his epilepsy care plan and allow rest after a seizure.

Health provision: neurology and paediatric follow-up 6-monthly; epilepsy nurse to train school staff each year.
"""

CAMHS_LETTER = [
    ("org", "North Essex CAMHS (Colchester Team)"),
    ("p", "Date: 17 February 2026"),
    ("p", "Dear Mr and Mrs Kerridge,"),
    ("b", "Re: Amelia Kerridge - assessment outcome"),
    (
        "p",
        "Thank you for bringing Amelia to see us on 3 February. We completed a choice appointment with Amelia and you, followed by a RCADS questionnaire which she completed with the school.",
    ),
    (
        "p",
        "Amelia's scores show high levels of separation anxiety and generalised anxiety. Her worries are linked to managing her diabetes away from home. We will offer 8 sessions of CBT with a children's wellbeing practitioner, starting in March.",
    ),
    (
        "p",
        "School can help by giving Amelia a named person to go to when she is worried, and a pass to leave class briefly.",
    ),
    ("sig", ["Yours sincerely", "Dr Farah Idris, Clinical Psychologist, CAMHS"]),
]

CAMHS_TXT = """CAMHS - Eating Disorders and Emotional Wellbeing, Northumberland
CLINIC LETTER

Patient: Evie Hodgson   NHS number 999 702 3316
Seen: 22/04/2026 with mother
Clinician: Mark Tait, Mental Health Nurse Practitioner

Evie has restrictive eating linked to sensory sensitivities (textures and smells) rather than body image concerns. ARFID is likely and an assessment will be completed by the team's dietitian.

She has low mood at times, mainly around school lunchtimes. No risk to self identified.

Plan: dietitian assessment; sensory OT report to be shared with CAMHS; review in 6 weeks.
School: please allow Evie to eat her packed lunch in a quieter room.
"""

CAMHS_PHOTO = """CAMHS Shropshire - Letter following assessment
Dear Mrs Marsh,
Re: Toby Marsh (DOB 17.09.2011)
Toby was seen by the Learning Disability CAMHS team on 4 March 2026 in the residence at Holly Bank School.
He showed distress by biting his hand when staff changed over in the evening. We think this is linked to anxiety about who will be with him.
We recommend a visual rota of staff in the house, a consistent bedtime routine, and a positive behaviour support plan written with our psychologist.
We will see Toby again in June.
Dr Olu Adeyemi, Clinical Psychologist
"""

SCHOOL_ADVICE = [
    ("org", "Dedham Vale Primary School"),
    ("title", "Educational advice for EHC needs assessment (from the school)"),
    (
        "kv",
        [
            ("Pupil", "Alfie Goodchild"),
            ("Year", "4"),
            ("Completed by", "Mrs H. Norman, SENCo and Designated Teacher"),
            ("Date", "30/03/2026"),
        ],
    ),
    ("h", 2, "Attainment"),
    (
        "grid",
        [
            ["Subject", "Working at", "Expected for age"],
            ["Reading", "Year 2", "Year 4"],
            ["Writing", "Year 1", "Year 4"],
            ["Maths", "Year 3", "Year 4"],
        ],
        [0.4, 0.3, 0.3],
    ),
    ("h", 2, "Support already in place (SEN support)"),
    (
        "p",
        "Daily nurture breakfast; 1:1 reading three times a week; a TA in class every morning; ELSA weekly since January.",
    ),
    ("h", 2, "What Alfie needs"),
    (
        "p",
        "Alfie needs an adult close by for most of the day to help him regulate. The school has used all of its notional SEN budget.",
    ),
]

TERMLY = """HOLLY BANK SCHOOL - TERMLY REPORT TO PARENTS AND PLACING AUTHORITY
Autumn term 2025
Pupil: Toby Marsh   Keyworker: Sian   Class teacher: Mr Hughes

English: Toby listened to stories in the sensory room and chose his favourite by pointing. He is learning the sounds s, a, t.
Maths: counting to 5 with objects.
PSHE and independence: Toby has laid the table for the house every Thursday.
Residential: he settled well after half term; one night of disturbed sleep a week.
Attendance: 98%.
Next term's targets: say 'more' with a sign; brush teeth with prompts.

From the Head: Toby has had a good term. Thank you for your support.
"""

SENCO_SECONDARY = [
    ("org", "Leominster Priory High School - Learning Support Department"),
    ("title", "Report for annual review"),
    ("p", "Ellis Prosser, Year 9, April 2026. Prepared by Mr D. Bufton, SENCo."),
    (
        "p",
        "Attendance has fallen to 70%. Ellis has spent time in the Learning Support base when he has felt unable to go to lessons.",
    ),
    (
        "p",
        "He has completed 14 of the 20 sessions of specialist dyslexia teaching; his reading age has risen from 8y10m to 9y7m.",
    ),
    ("p", "Teachers report he is capable in science and D&T. He refuses to read aloud."),
    ("p", "The school proposes a reduced timetable and a daily key-adult check-in."),
]

IND_EP = [
    ("org", "Marsh Lane Psychology Ltd"),
    (
        "title",
        "Report of Dr Joanna Leake, Chartered Educational Psychologist, for the First-tier Tribunal (SEND)",
    ),
    (
        "p",
        "Appeal: EH935/26/00788  Frost v Stour and Colne District Council. Instructed by the appellant.",
    ),
    ("h", 2, "Executive summary"),
    (
        "np",
        "1.",
        "Lucas has a severe specific learning difficulty (dyslexia) and significant difficulties with attention.",
    ),
    (
        "np",
        "2.",
        "In my opinion Lucas needs provision that cannot reasonably be made from the resources ordinarily available to a mainstream school, and an EHC needs assessment is necessary.",
    ),
    ("h", 2, "Assessment"),
    (
        "np",
        "3.",
        "I saw Lucas at home on 24 July 2026 and in school on 10 July 2026. I used WISC-V UK subtests and the WIAT-III. His single-word reading was at the 1st centile.",
    ),
    ("h", 2, "Statement of truth"),
    (
        "p",
        "I understand my duty is to help the Tribunal on matters within my expertise and that this duty overrides any obligation to the person who instructed or pays me. I confirm this report is true to the best of my knowledge.",
    ),
    ("sig", ["Dr Joanna Leake", "CPsychol, HCPC PYL03318", "1 August 2026"]),
]

IND_SALT = """INDEPENDENT SPEECH AND LANGUAGE THERAPY REPORT
Prepared for the appeal: Hodgson v Allendale County Council (EH931/26/00412)
Author: Catriona Shield, MRCSLT, HCPC SL04471, in private practice (Talk Tyne Therapy)
Date: 20 August 2026

1. Summary
1.1 Evie has a language disorder affecting her understanding of complex sentences and her narrative skills.
1.2 She needs direct therapy from a speech and language therapist fortnightly for 45 minutes, and a daily 15-minute programme delivered by a trained TA.

2. Instructions
2.1 I was instructed by Mrs Hodgson to assess Evie and comment on Sections B and F of her plan.

3. Assessment
3.1 CELF-5 UK: receptive language SS 72; expressive language SS 76.

4. Comment on the plan
4.1 Section F does not state the frequency of therapy or who should deliver it.

5. Declaration
I confirm I have made clear which facts are within my own knowledge. I understand my duty to the Tribunal.
"""

IND_OT_PHOTO = """SENSORY OT REPORT - Evie Hodgson
Independent report by Alison Tait BSc(Hons) OT, HCPC OT61209
Prepared at the request of Mrs S. Hodgson for the SEND Tribunal
Date of assessment: 11 January 2026 (home), 18 January 2026 (school)

Summary of findings
Evie has sensory processing difficulties with over-responsiveness to sound, touch and smell. This affects her eating, dressing and participation at lunch and in busy lessons.

Recommendations
Six sessions of direct OT (45 minutes) each term, delivered by an OT with sensory integration training.
A sensory diet designed by the OT, carried out daily by a trained TA.
A quiet space for lunch.

I confirm that I understand my duty to the Tribunal.
A. Tait
"""

DOCUMENTS: list[dict] = [
    {"name": "Alfie EP advice.pdf", "kind": "ep_report", "blocks": EP_ESSEX},
    {"name": "Sophie EP report Feb 26.txt", "kind": "ep_report", "text": EP_TXT},
    {"name": "Scan 2026-03-18 10.41.pdf", "kind": "ep_report", "text": EP_SCAN, "ocr": True},
    {"name": "Mason SLT advice.docx", "kind": "salt_report", "blocks": SALT_NHS},
    {"name": "Isla salt report for AR.txt", "kind": "salt_report", "text": SALT_TXT},
    {"name": "Toby SLC summary.pdf", "kind": "salt_report", "blocks": SALT_RESI},
    {"name": "OT report Oscar.txt", "kind": "ot_report", "text": OT_ESSEX},
    {"name": "Kacper home visit OT.docx", "kind": "ot_report", "blocks": OT_HOME},
    {"name": "PXL_20260506_162204.pdf", "kind": "ot_report", "text": OT_PHOTO, "ocr": 0.09},
    {"name": "physio advice LMD.pdf", "kind": "physio_report", "blocks": PHYSIO_NHS},
    {"name": "Ruby physio discharge.txt", "kind": "physio_report", "text": PHYSIO_TXT},
    {"name": "HBS physio annual.pdf", "kind": "physio_report", "text": PHYSIO_SCAN, "ocr": True},
    {"name": "Neurology clinic letter Jan 2026.pdf", "kind": "medical_report", "blocks": NEURO},
    {"name": "school nurse letter.docx", "kind": "medical_report", "text": SCHOOL_NURSE},
    {"name": "Bramble House CDC report Ruby.pdf", "kind": "medical_report", "blocks": CDC_REPORT},
    {"name": "Kacper paeds advice.txt", "kind": "medical_report", "text": PAED_ADVICE},
    {"name": "CAMHS letter Amelia.docx", "kind": "camhs_report", "blocks": CAMHS_LETTER},
    {"name": "Evie camhs clinic letter.txt", "kind": "camhs_report", "text": CAMHS_TXT},
    {
        "name": "WhatsApp Image 2026-03-20 at 19.02.11.pdf",
        "kind": "camhs_report",
        "text": CAMHS_PHOTO,
        "ocr": 0.09,
    },
    {"name": "School advice Alfie.docx", "kind": "school_report", "blocks": SCHOOL_ADVICE},
    {"name": "Toby termly report autumn.txt", "kind": "school_report", "text": TERMLY},
    {
        "name": "Ellis school report for review.pdf",
        "kind": "school_report",
        "blocks": SENCO_SECONDARY,
    },
    {"name": "Dr Leake report FINAL.pdf", "kind": "independent_report", "blocks": IND_EP},
    {"name": "Independent SLT report Evie.txt", "kind": "independent_report", "text": IND_SALT},
    {"name": "IMG_4471.pdf", "kind": "independent_report", "text": IND_OT_PHOTO, "ocr": 0.09},
]
