# ruff: noqa: E501
"""Professional reports of the tenth kind set, from London and Midlands services and from
professions the earlier sets did not use: a dietitian, a children's sleep service, a play
therapist, an orthotist, a wheelchair service, a hospital school, a GP; an educational
psychologist's advice pasted into an e-mail, a speech and language therapist's report sent
as an e-mail body, a trainee psychologist's countersigned advice, a SENCo's evidence written
as a letter to the council, a pupil referral unit's report, reports scanned and
photographed. All invented."""

from __future__ import annotations

from document_kinds_j.letters import headers

EP_LONDON = [
    ("org", "Hallowmere Educational Psychology Service"),
    ("small", "Part of Hallowmere Children's Services | 01632 960440"),
    ("title", "Psychological advice for an Education, Health and Care needs assessment"),
    (
        "kv",
        [
            ("Child", "Zainab Hussain"),
            ("Date of birth", "14/07/2019"),
            ("School", "Cressfield Primary School (Reception)"),
            ("Date of visit", "21 April 2026"),
            ("Psychologist", "Dr Kemi Arowolo, HCPC PYL04411"),
        ],
    ),
    ("h", 2, "1. Sources of information"),
    (
        "p",
        "Observation in class and at lunch; consultation with Mrs Hussain and the class teacher; play-based assessment using the Griffiths III; review of the paediatric report.",
    ),
    ("h", 2, "2. Cognition and learning"),
    (
        "p",
        "On the Griffiths III Zainab's general development quotient was 58, with her strongest skills in the Eye and Hand Coordination subscale. Her play is mostly exploratory; she is beginning to use objects for their purpose.",
    ),
    ("h", 2, "3. Communication and interaction"),
    (
        "p",
        "Zainab uses about 20 single words and 10 Makaton signs. She follows routine instructions in context when they are supported by a gesture.",
    ),
    ("h", 2, "4. Outcomes and provision"),
    (
        "p",
        "In my professional opinion Zainab requires a highly structured, small-group learning environment with a high adult to child ratio. I recommend: an individual learning programme set by a specialist teacher and reviewed half-termly; Makaton used by all adults working with her; intensive interaction sessions of 15 minutes twice daily with a familiar adult.",
    ),
    ("sig", ["Dr Kemi Arowolo", "Educational Psychologist", "5 May 2026"]),
]

EP_EMAIL = """Dear Mr Brierley,

As promised at our meeting, here is my advice for Ethan's EHC needs assessment. The
formatted version will follow from the service admin team, but I did not want you to
wait for it.

PSYCHOLOGICAL ADVICE - Ethan Brierley (Year 8), Riverside Mill Academy

Background: Ethan has a diagnosis of ADHD (combined presentation) made by the community
paediatric service in 2022. He has had two suspensions this year.

Assessment: On the WISC-V UK his verbal comprehension index was 96 (average), his
working memory index 77 (very low) and his processing speed index 74 (very low). On the
Beck Youth Inventories his anxiety score was in the moderately elevated range.

Formulation: Ethan's difficulties with self-regulation are most visible in unstructured
times, where demands on his working memory and attention are highest and adult support
is lowest.

Recommendations:
1. A named key adult to check in with Ethan at the start of each day and after lunch.
2. A structured lunchtime club as an alternative to the playground.
3. Instructions chunked and written down; homework recorded for him.
4. Staff training in ADHD and emotion coaching for his teachers, by the end of the autumn term.

Best wishes,
Dr Siobhan Kerrigan
Senior Educational Psychologist
Soar Valley Educational Psychology Service
01632 960781
"""

EP_SCANNED = """MIDLANDS PSYCHOLOGY PARTNERSHIP (TRADED SERVICE)
EDUCATIONAL PSYCHOLOGY REPORT
Pupil: Tobias Wren  DOB 02/04/2016  School: Holloway Lane Primary
Reason for involvement: review of needs after orthopaedic surgery; school concerns
about his falling behind in writing and his low mood.
Assessments: BAS3 selected subtests, Beery VMI, pupil views questionnaire.
Findings: Tobias's verbal reasoning is in the average range (T score 52). His visual
motor integration is well below average (standard score 71). He told me he feels "left
out at playtime because I can't run".
Recommendations: continued access to a laptop for recording; a writing frame and
reduced copying from the board; a circle of friends group once a week, run by the
ELSA; review by the EP in twelve months.
Signed: A. Novak, Educational Psychologist (HCPC registered)  Date: 14/01/2026
"""

SLT_EMAIL = """Hello Mrs Hussain,

Apologies for the delay. Please find my report below - I have copied in Dami at the SEN
team so it can go on Zainab's file.

SPEECH AND LANGUAGE THERAPY REPORT
Name: Zainab Hussain   NHS no: 999 412 7730   Seen at: Cressfield Primary, 18/06/2026

Assessment: Preschool Language Scales (PLS-5 UK). Auditory comprehension standard score
55; expressive communication standard score below 50. Zainab uses about 20 words and
10 signs.

Recommendations:
- Zainab needs direct therapy from a speech and language therapist, 1 x 30 minutes
  weekly for a block of 10 weeks each term, with a review at the end of each block.
- A core vocabulary board in every area of the classroom and at lunch.
- Intensive interaction, twice daily, by adults trained by the SLT.
- An assessment for a high-tech AAC device by the regional AAC hub.

Kind regards,
Harriet Bose
Highly Specialist Speech and Language Therapist
Hallowmere Children's Therapy Service (North London Community Health NHS Trust)
"""

SLT_MIDLANDS = [
    (
        "org",
        "Tamebridge and Arrowdale Community Healthcare NHS Trust\nChildren's Speech and Language Therapy",
    ),
    ("title", "Speech and Language Therapy Advice"),
    (
        "table",
        [
            ["Name", "Noah Adeyemi-Clarke", "NHS number", "999 302 6651"],
            ["Date of assessment", "11 March 2026", "Therapist", "P. Venkatesan"],
        ],
        {"header": False, "bold_col0": True},
    ),
    ("h", 2, "Assessment results"),
    (
        "grid",
        [
            ["Test (CELF-5 UK)", "Standard score", "Percentile"],
            ["Core language", "68", "2"],
            ["Expressive language index", "64", "1"],
            ["Receptive language index", "77", "6"],
        ],
        [0.5, 0.25, 0.25],
    ),
    (
        "p",
        "Noah's expressive language is significantly below age expectations. He uses short sentences and often cannot find the word he wants. These results are consistent with a developmental language disorder.",
    ),
    ("h", 2, "Recommendations"),
    (
        "grid",
        [
            ["Recommendation", "By whom", "How often"],
            ["Direct therapy on word finding and narrative", "SLT", "45 minutes weekly, term time"],
            ["Pre-teaching of topic vocabulary", "TA trained by SLT", "3 x 15 minutes weekly"],
            ["Visual organisers for written work", "Subject teachers", "Every lesson"],
        ],
        [0.5, 0.25, 0.25],
    ),
    ("sig", ["Priya Venkatesan", "Specialist Speech and Language Therapist", "HCPC SL09821"]),
]

SLT_DYSPHAGIA = """Children's Eating and Drinking Service (Speech and Language Therapy)
Kenwick and Ravensholt Hospitals NHS Foundation Trust

Name: Reuben Ashworth-Lee      NHS No: 999 118 4420
Review of eating and drinking: 7 May 2026

Summary
Reuben has a history of coughing with thin liquids. At today's review he managed mildly
thick fluids (IDDSI level 2) safely. Chewing is slow because he needs to see his food
close up.

Recommendations for school
1. Mildly thick drinks (IDDSI level 2) at all times; thickener supplied by the family.
2. A trained adult to sit with Reuben at lunch, with the eating and drinking plan.
3. Allow 40 minutes for lunch.
4. Staff to complete the trust's eating and drinking training before September.

M. Okonjo, Clinical Lead SLT (Dysphagia)
"""

OT_LONDON = [
    ("org", "Stanmere Children's Occupational Therapy"),
    ("title", "Occupational Therapy Report"),
    ("p", "Name: Ayaan Chowdhury   Seen: Cressfield Primary School and home, 4 and 9 June 2026"),
    ("h", 2, "Reason for referral"),
    (
        "p",
        "Referred by the SENCo because of difficulties with handwriting, dressing for PE and sensory overload in the dining hall.",
    ),
    ("h", 2, "Assessment"),
    (
        "p",
        "Sensory Processing Measure-2 (home and school forms): definite difference in hearing, touch and social participation. Movement ABC-3: manual dexterity at the 5th percentile.",
    ),
    ("h", 2, "Recommendations"),
    (
        "bul",
        [
            "A sensory diet planned with the OT, carried out by a TA 3 times a day for 10 minutes.",
            "Ear defenders and a quiet place to eat lunch.",
            "A fine motor group, 2 x 20 minutes weekly, using the programme attached.",
            "Review by OT at the end of the spring term.",
        ],
    ),
    ("sig", ["Tomasz Wierzbicki", "Occupational Therapist (Band 6)", "HCPC OT71234"]),
]

OT_COMMUNITY = """ARROWDALE CHILDREN'S THERAPY SERVICE - OCCUPATIONAL THERAPY
Post-operative functional assessment

Child: Tobias Wren        DOB: 02/04/2016        NHS No: 999 226 0195
Seen: Holloway Lane Primary School, 3 March 2026

Tobias had a right hamstring lengthening and tendon transfer in November 2025. He now
uses a walking frame over long distances and a wheelchair for trips out of school.

Function at school
- He cannot carry a tray and walk at the same time.
- He needs help with the toilet because the accessible toilet has no grab rail on the
  right side.
- Writing: he writes about 8 legible words per minute (age expectation about 15).

Recommendations
1. A grab rail and a raised toilet seat in the accessible toilet (school to order; OT
   will advise on fitting).
2. Help with carrying in the dinner hall every day.
3. Continued laptop use for extended writing; touch-typing programme 3 x 15 minutes a week.
4. Risk assessment for evacuation, with a personal emergency evacuation plan.

Sunita Dhaliwal, Children's Occupational Therapist
"""

OT_SCAN = """Occupational Therapy - Handwriting and Motor Skills Report
Soar Valley Children's Therapies
Name: Maisie Dunleavy   Year 3   Seen 16/04/2026
DTVP-3 visual motor integration standard score 78. Poor pencil grip and slow letter
formation. Maisie becomes upset when asked to copy from the board.
Recommendations: a pencil grip and a writing slope; handwriting programme 3 x 10 minutes
a week delivered by a TA; seat her facing the board; OT review in 6 months.
OT: Chloe Ferris
"""

WHEELCHAIR = [
    ("org", "Midlands Regional Wheelchair and Posture Service"),
    ("small", "Nethercote General Hospital, Rehabilitation Centre | 01632 960655"),
    ("title", "Wheelchair and seating assessment: report for school and EHC plan"),
    (
        "kv",
        [
            ("Client", "Tobias Wren"),
            ("NHS number", "999 226 0195"),
            ("Assessed", "24 March 2026"),
            ("Assessor", "Kirsty Hale, Specialist Physiotherapist (Wheelchair Service)"),
        ],
    ),
    ("h", 2, "Clinical findings"),
    (
        "p",
        "Since his surgery Tobias has reduced standing tolerance and tires after walking 50 metres. His sitting posture is asymmetric, with a pelvic tilt to the right when he is tired.",
    ),
    ("h", 2, "Equipment provided"),
    (
        "p",
        "Self-propelling lightweight wheelchair with lateral supports and a pressure-relieving cushion.",
    ),
    ("h", 2, "Recommendations"),
    (
        "onum",
        [
            "School staff to be trained by the service in safe transfers before he returns full time.",
            "Standing breaks of 10 minutes every lesson, using the frame.",
            "Physiotherapy stretching programme carried out daily by trained staff.",
            "Review in six months or sooner if his posture changes.",
        ],
    ),
]

PHYSIO_LONDON = """Kenwick Children's Physiotherapy
Physiotherapy report for EHC needs assessment

Name: Imogen Sallis     NHS No: 999 530 1184     Date: 3 March 2026

Imogen has hypermobile Ehlers-Danlos syndrome. She reports daily pain in her knees,
wrists and lower back (pain score 6/10 on average) and recurrent subluxations of her
right shoulder.

Assessment: Beighton score 8/9. Reduced muscle endurance in the core and hip muscles.
She can walk about 400 metres before needing to rest.

Recommendations
- A home and college exercise programme, with a physiotherapy review every 8 weeks.
- A lift pass and permission to leave lessons 5 minutes early to avoid crowded corridors.
- An ergonomic chair and a writing slope in each teaching room.
- Rest breaks every 40 minutes.

L. Adebayo MCSP, Clinical Specialist Physiotherapist
"""

PHYSIO_PHOTO = """CHILDREN'S PHYSIOTHERAPY SERVICE - TAMEBRIDGE
Physiotherapy Programme and Report
Name: Layla Fitzgerald-Hinds   Date: 12 Jan 2026
Layla has low muscle tone and poor balance. She falls often on uneven ground.
Recommendations: balance programme 3 x per week for 15 mins by TA;
adapted PE; handrail on the steps to the playground. Review July 2026.
Physiotherapist: J Mackie
"""

DIETITIAN = [
    ("org", "Paediatric Dietetics Department\nNethercote Children's Hospital"),
    ("title", "Dietetic report for education setting"),
    ("p", "Patient: Grace Mbeki    NHS number: 999 871 2239    Clinic date: 19 February 2026"),
    (
        "p",
        "Grace has avoidant/restrictive food intake disorder (ARFID) and iron deficiency. She accepts a small range of foods (eleven in total) and her weight has fallen from the 25th to the 9th centile over 18 months.",
    ),
    ("b", "Advice for school"),
    (
        "bul",
        [
            "Allow Grace to bring her own packed lunch and eat in a quiet space with one friend.",
            "Offer a mid-morning snack from her accepted list.",
            "Do not pressure her to try new foods or comment on what she eats.",
            "Record what she eats at lunch each day and share weekly with her parents.",
        ],
    ),
    ("sig", ["Rosie Tanaka", "Specialist Paediatric Dietitian (HCPC DT11822)"]),
]

SLEEP_SERVICE = """Tamebridge Children's Sleep Service
Community Paediatrics, Ladywell Health Centre

Dr R. Oduya, Consultant Community Paediatrician (Sleep)
Clinic letter - copy to parents and school with parents' consent

Re: Layla Fitzgerald-Hinds, DOB 17/02/2015, NHS No 999 640 2071

Diagnoses: 1. Chronic sleep-onset insomnia  2. Obstructive sleep apnoea (mild), awaiting ENT

Layla takes up to two hours to fall asleep and wakes three or four times a night. Her
sleep diary over 14 nights shows an average of 6 hours 40 minutes of sleep.

Plan: melatonin 2mg (modified release) one hour before bed; a sleep hygiene programme
with the family; actigraphy in 3 months.

Implications for school: Layla is likely to be tired, particularly in the mornings, and
this will affect her attention and memory. A rest break and a later start to demanding
work on some days would help.

Dr R. Oduya
"""

ORTHOTIST = """ORTHOTICS DEPARTMENT
Arrowdale Royal Hospital

Dear Dr Pemberton,

Re: Tobias Wren  DOB 02/04/2016  NHS 999 226 0195

I saw Tobias in the orthotics clinic today for casting for new bilateral ankle foot
orthoses (hinged AFOs) following his surgery. He should wear them for all walking and
standing during the school day. They can come off for PE on the mat and at rest.

School staff should check his skin for red marks each time they are removed. Ill-fitting
AFOs will be reviewed at the open clinic on Thursdays. He will need a new pair every
9 to 12 months while he is growing.

Yours sincerely

Mark Oyelowo
Specialist Orthotist
cc: parents; SENCo, Holloway Lane Primary School
"""

GP_LETTER = """The Greenway Surgery
12 Station Parade, Stanmere
Tel: 01632 960118

To whom it may concern

Re: Noah Adeyemi-Clarke, DOB 28/11/2012, NHS number 999 302 6651

I am Noah's GP. I have known him since he was a baby. Over the last year his mother has
brought him to see me four times with headaches and stomach aches that are worse on
school days. I have found no physical cause.

Noah has told me that he finds school very hard because people do not understand him when
he talks and that he has been picked on. I have referred him to the local CAMHS for an
assessment of his anxiety.

I would support any extra help that the school can give him with his communication.

Yours faithfully

Dr A. Rahman MBBS MRCGP
General Practitioner
"""

COMMUNITY_PAED_SCAN = """Hallowmere Community Paediatrics
Child Development Centre, Eastfield Road

MEDICAL ADVICE FOR EHC NEEDS ASSESSMENT

Name: Zainab Hussain   DOB 14/07/2019   NHS 999 412 7730
Diagnoses: global developmental delay; suspected autism (assessment in progress);
constipation (on laxatives).
Health needs in school: Zainab needs a toileting plan and help with all personal care.
She should have access to water at all times. She needs her laxative at home only.
Outcomes: Zainab will use a toilet with adult support at set times by July 2027.
Provision: a personal care plan drawn up with the school nurse; an adult trained in
intimate care.
Dr P. Sandhu, Consultant Community Paediatrician  20/05/2026
"""

CAMHS_LONDON = [
    ("org", "Stanmere CAMHS\nNorth London Community Health NHS Trust"),
    ("small", "Child and Adolescent Mental Health Service | Ridgeway Clinic | 01632 960390"),
    ("p", "Date: 2 September 2026"),
    ("p", "Private and confidential\nMs F. Adeyemi (parent)\ncc Dr A. Rahman, GP"),
    ("b", "Re: Noah Adeyemi-Clarke, DOB 28/11/2012"),
    (
        "p",
        "I saw Noah with his mother on 26 August for a choice appointment following the GP's referral. Noah described worrying thoughts most days about being asked to speak in class, and headaches and stomach aches on school mornings. On the RCADS his social anxiety score was in the clinical range.",
    ),
    (
        "p",
        "My formulation is that Noah's anxiety is closely linked to his language disorder and his experience of being bullied. He would benefit from a 12-session course of CBT adapted for young people with language needs, which we can offer in the clinic from October.",
    ),
    (
        "p",
        "For school, I recommend that Noah is not asked to read aloud or answer without warning, and that he has a named adult he can go to when anxious, with a time-out card.",
    ),
    ("sig", ["Dr Elspeth Marr", "Clinical Psychologist", "Stanmere CAMHS"]),
]

PLAY_THERAPY = """Little Steps Under-Fives Team - CAMHS
Tamebridge and Arrowdale Community Healthcare NHS Trust

PLAY THERAPY SUMMARY REPORT

Child: Maisie Dunleavy     Age: 7
Therapist: Bethan Royle, Certified Play Therapist (PTUK), CAMHS Early Years

Referral: Maisie was referred by her GP to CAMHS after becoming withdrawn at school and
refusing to speak to adults outside the family following her father's death in 2025.

Intervention: 14 weekly sessions of non-directive play therapy, January to May 2026.

Progress: Maisie has moved from silent, solitary play to sharing her play with me and
talking in short sentences in the last four sessions. Her teacher reports that she now
whispers answers to her TA.

Recommendations
- A further 10 sessions of play therapy from September (CAMHS will provide).
- At school, a consistent key adult and a small quiet space she can use when upset.
- No pressure to speak in front of the class; accept non-verbal responses.

Bethan Royle
"""

CAMHS_PHOTO = """CAMHS - Soar Valley Neurodevelopmental & Emotional Health Team
Clinic summary   Date: 30/06/2026
Young person: Ethan Brierley  DOB 09/10/2012
Ethan attended with his father. He described feeling "wound up" at school and
being unable to calm down after arguments. Screening (SDQ) shows high emotional
and conduct difficulties. Plan: 6 sessions of family work; review of ADHD
medication with the paediatrician; school to provide a calm space and a key adult.
Clinician: M. Osei, Mental Health Practitioner
"""

HOSPITAL_SCHOOL = [
    ("org", "Nethercote Hospital and Home Education Service"),
    ("small", "A local authority maintained hospital school | Ward 14 Classroom | 01632 960592"),
    ("title", "Education report for EHC needs assessment"),
    (
        "p",
        "Pupil: Imogen Sallis    Home college: Marlhurst College    On roll with us since: 12 January 2026",
    ),
    (
        "p",
        "Imogen has been taught on the adolescent ward and, since her discharge, at home for 5 hours a week (English and biology, the two A level subjects she has continued). Her attainment is in line with predicted grades of B in both subjects when she is well enough to work.",
    ),
    (
        "p",
        "Her attendance at lessons was 71% of those offered. She found sessions of more than 40 minutes very tiring and needed to lie down between them. Online lessons were less tiring but she found it hard to take part in discussion.",
    ),
    ("b", "What has helped"),
    (
        "bul",
        [
            "Short sessions (30 to 40 minutes) with a break between them.",
            "Work chunked into small tasks with a checklist.",
            "A single point of contact at her college for all subjects.",
        ],
    ),
    ("sig", ["Andrew Whitlock", "Teacher in Charge, Post-16", "15 April 2026"]),
]

SENCO_LONDON = """CRESSFIELD PRIMARY SCHOOL
School advice for EHC needs assessment (Appendix: education)

Pupil: Zainab Hussain     Class: Reception (Robins)     Completed by: Mrs L. Fairweather, SENCo

Attainment
Zainab is working well below the Early Learning Goals in all areas. On the school's
small-steps tracker she is at 16-26 months in communication and language.

What the school has put in place (SEN support, graduated approach)
- 1:1 support for 20 hours a week (funded from the school's notional SEN budget and
  top-up).
- Now and Next board and objects of reference.
- Weekly Attention Autism group.

Impact
Zainab is now happy to come into school and sits at the group for 5 minutes. She needs
an adult with her throughout the day to keep her safe, as she has no sense of danger and
will leave the classroom.

Views of the school
We believe Zainab's needs are beyond what we can provide from our resources.

Signed L. Fairweather  Date 29/04/2026
"""

PRU_REPORT = [
    ("org", "Riverside Learning Centre\nPupil Referral Unit, Soar Valley"),
    ("title", "Pupil progress report - end of summer term 2026"),
    (
        "kv",
        [
            ("Pupil", "Ethan Brierley"),
            ("Year", "8"),
            ("Key worker", "Mr D. Halloran"),
            ("Attendance", "92.4%"),
        ],
    ),
    ("h", 2, "Behaviour and engagement"),
    (
        "p",
        "Ethan has had no serious incidents in his eight weeks at the centre. He uses his time-out card appropriately and returns to lessons within ten minutes. He engages best in practical subjects.",
    ),
    ("h", 2, "Attainment"),
    (
        "grid",
        [
            ["Subject", "Working at", "Effort"],
            ["English", "Year 6 expected", "Good"],
            ["Maths", "Year 7 emerging", "Very good"],
            ["Science", "Year 6 expected", "Good"],
        ],
        [0.4, 0.35, 0.25],
    ),
    ("h", 2, "Next steps"),
    (
        "p",
        "We recommend that Ethan continues in small classes of no more than 8 pupils, with his key worker checking in twice daily.",
    ),
]

SCHOOL_AR_CONTRIB = """Stanmere Park Academy - Learning Support Department

Teacher feedback collated for Noah Adeyemi-Clarke, Year 8 - spring term 2026

English (Ms Barrow): Noah has good ideas when we talk about texts but his written answers
are very short. He has begun to use the paragraph frame. Working at: developing.
Maths (Mr Sethi): Secure in number. Word problems are a barrier. Working at: secure.
Science (Dr Lowe): Needs the key words pre-taught; much more confident when he has them.
Humanities (Mrs Oakes): Rarely volunteers answers. Benefited from the seating change.

Summary from the SENCo: the vocabulary pre-teaching is making a difference in science and
humanities. Noah still does not speak in front of the class.

Completed by: K. Mensah, SENCo
"""

INDEP_EP = [
    ("org", "Dr Rowan Achterberg, CPsychol AFBPsS\nChartered Educational Psychologist"),
    ("small", "Independent practice | rowan.achterberg@example.org | 01632 960967"),
    ("title", "Expert report for the First-tier Tribunal (SEND)"),
    ("p", "Appeal: EH452/26/00977    Child: Grace Mbeki    Instructed by: Mr and Mrs Mbeki"),
    ("h", 2, "1. Declaration"),
    (
        "np",
        "1.1",
        "I understand that my duty is to help the tribunal on matters within my expertise and that this duty overrides any obligation to the person who instructed or paid me.",
    ),
    ("h", 2, "2. Assessment"),
    (
        "np",
        "2.1",
        "I assessed Grace at home and at school on 3 and 4 September 2026. On the WIAT-III UK her word reading standard score was 74 and her spelling 70. Her phonological processing (CTOPP-2) was at the 2nd percentile.",
    ),
    ("h", 2, "3. Opinion on the plan"),
    (
        "np",
        "3.1",
        "Section F does not provide enough specialist teaching for a child with dyslexia of this severity. In my opinion Grace requires 1:1 specialist teaching for 4 x 45 minutes a week and daily precision teaching of 10 minutes.",
    ),
    (
        "np",
        "3.2",
        "Section B omits her anxiety about reading, which is a special educational need under the SEMH area.",
    ),
    ("h", 2, "4. Statement of truth"),
    (
        "p",
        "I confirm that I have made clear which facts and matters referred to in this report are within my own knowledge. The opinions I have expressed represent my true and complete professional opinions.",
    ),
    ("sig", ["Dr Rowan Achterberg", "7 September 2026"]),
]

INDEP_SLT = """INDEPENDENT SPEECH AND LANGUAGE THERAPY REPORT
Prepared for the SEND Tribunal at the request of Mrs S. Hussain

Therapist: Ms Catrin Lloyd-Evans, MRCSLT, HCPC SL10204 - Talk Forward Therapy Ltd
Child: Zainab Hussain    Appeal number: EH314/26/01188
Date of report: 2 October 2026

Instructions
I was asked to assess Zainab's communication and to say what speech and language therapy
she needs and whether Section F of her plan is sufficient.

Summary of opinion
Zainab has a severe receptive and expressive language disorder alongside global
developmental delay. She needs a total communication environment and specialist
therapy. Section F ("Access to speech and language therapy as advised") is not specific
and does not quantify the therapy she needs.

Provision I recommend
- Direct SLT: 1 x 45 minutes weekly throughout the year, from a therapist experienced
  with AAC.
- SLT programme delivered daily by a trained TA (20 minutes).
- SLT training for all staff in her class, 3 hours per year.
- Termly liaison between the SLT and the family.

I confirm that I understand my duty to the tribunal and have complied with it.
Catrin Lloyd-Evans
"""

INDEP_OT_PHOTO = """INDEPENDENT OCCUPATIONAL THERAPY REPORT (TRIBUNAL)
Sensory Integration Practice Midlands - K. Farrow, BSc OT, HCPC OT44120
Child: Layla Fitzgerald-Hinds   Appeal: EH408/26/01022
Instructed jointly by the parents. Duty to the tribunal acknowledged.
Opinion: Layla has significant sensory modulation difficulties not recorded in Section B.
Recommended provision: direct OT (sensory integration) 1 hr weekly for 12 weeks then
review; a sensory diet 4 x daily delivered by trained staff.
Statement of truth signed 14/08/2026
"""

SENCO_LETTER = """Holloway Lane Primary School
Millpond Road, Arrowdale
Headteacher: Mrs C. Okoro    SENCo: Mr J. Baptiste

18 December 2025

To: SEND Statutory Assessment Team, Arrowdale County Council

Dear Colleague

Tobias Wren (Year 4) - school's evidence in support of a re-assessment

I am writing, with the agreement of Tobias's parents, to set out the school's view of his
needs since his surgery in November.

Before the operation Tobias walked independently around school. He now uses a frame and,
for longer distances, a wheelchair. He cannot reach the upstairs library or the ICT suite.
He is tired by lunchtime and his writing output has dropped to about half of what it was
in the summer term.

His reading age is 8 years 2 months (chronological age 9 years 8 months). His maths is
working towards the expected standard.

In school we have: moved his class downstairs; given him a laptop for written work; a TA
carries his tray at lunch when one is free. We do not have the staffing for the daily
physiotherapy programme and the moving and handling training that the therapists
recommend.

In our view Tobias's plan no longer reflects his needs and we support a re-assessment.

Yours faithfully

J. Baptiste
SENCo
"""

TRAINEE_EP = [
    ("org", "Wyrebridge Educational Psychology Service"),
    ("title", "Educational Psychology Advice (Section K appendix)"),
    (
        "p",
        "Child: Kai Thompson    School: Wyrebridge St Peter's CE Primary    Date of assessment: 13 November 2025",
    ),
    ("h", 2, "Consultation"),
    (
        "p",
        "I met Kai's mother and his class teacher. Both describe a friendly, sociable boy who works hard but tires quickly and loses confidence when work is presented only in words.",
    ),
    ("h", 2, "Assessment"),
    (
        "p",
        "Dynamic assessment of his learning showed that Kai responds well to modelling and visual prompts. With a picture sequence he could order a five-step routine; without it, only two steps. His receptive vocabulary (BPVS-3) standard score was 62.",
    ),
    ("h", 2, "What Kai needs"),
    (
        "onum",
        [
            "Learning presented visually and practically, with new words taught before each topic.",
            "Small-step targets, reviewed every half term by the SENCo.",
            "Daily 1:1 reading practice (15 minutes) using a whole-word approach.",
            "Support at transition to secondary: at least six extra visits in the summer term, with a transition book.",
        ],
    ),
    (
        "sig",
        [
            "Laura Pennington, Trainee Educational Psychologist",
            "Supervised and countersigned by Dr Ifeoma Nwosu, Senior EP",
            "2 December 2025",
        ],
    ),
]


DOCUMENTS: list[dict] = [
    dict(name="EP advice Zainab May26.pdf", kind="ep_report", blocks=EP_LONDON, accent="2E4053"),
    dict(
        name="Ethan EP advice.eml",
        kind="ep_report",
        text=EP_EMAIL,
        headers=headers(
            "Siobhan Kerrigan <s.kerrigan@example.org>",
            "Mark Brierley <m.brierley@example.org>",
            "Ethan - my advice",
            "Thu, 23 Apr 2026 17:58:03 +0100",
        ),
    ),
    dict(name="HPSCAN_20260119_0007.pdf", kind="ep_report", text=EP_SCANNED, ocr=True),
    dict(
        name="Re Zainab - SALT report.eml",
        kind="salt_report",
        text=SLT_EMAIL,
        headers=headers(
            "Harriet Bose <harriet.bose@example.org>",
            "s.hussain@example.org",
            "Re: Zainab - SALT report",
            "Wed, 01 Jul 2026 16:20:40 +0100",
            cc="d.oyelaran@example.org",
        ),
        html=True,
    ),
    dict(name="Noah SALT advice 2026.docx", kind="salt_report", blocks=SLT_MIDLANDS, sans=True),
    dict(name="Reuben eating drinking review.txt", kind="salt_report", text=SLT_DYSPHAGIA),
    dict(name="Ayaan OT report.pdf", kind="ot_report", blocks=OT_LONDON, accent="00695C"),
    dict(name="Tobias OT post op.txt", kind="ot_report", text=OT_COMMUNITY, crlf=True),
    dict(name="Xerox Scan_04162026154210.pdf", kind="ot_report", text=OT_SCAN, ocr=True),
    dict(name="wheelchair service report Tobias.pdf", kind="physio_report", blocks=WHEELCHAIR),
    dict(name="Imogen physio.txt", kind="physio_report", text=PHYSIO_LONDON),
    dict(name="IMG_4471.pdf", kind="physio_report", text=PHYSIO_PHOTO, ocr=0.08),
    dict(name="Grace dietitian report.docx", kind="medical_report", blocks=DIETITIAN),
    dict(name="Sleep clinic letter Layla.pdf", kind="medical_report", text=SLEEP_SERVICE),
    dict(name="orthotics letter.txt", kind="medical_report", text=ORTHOTIST),
    dict(name="GP letter Noah.docx", kind="medical_report", text=GP_LETTER),
    dict(
        name="Brother_DCP-L2530DW_0412.pdf",
        kind="medical_report",
        text=COMMUNITY_PAED_SCAN,
        ocr=True,
    ),
    dict(name="CAMHS letter Sept.pdf", kind="camhs_report", blocks=CAMHS_LONDON),
    dict(name="play therapy summary Maisie.docx", kind="camhs_report", text=PLAY_THERAPY),
    dict(
        name="WhatsApp Image 2026-07-01 at 09.14.52.pdf",
        kind="camhs_report",
        text=CAMHS_PHOTO,
        ocr=0.07,
    ),
    dict(
        name="Hospital school report Imogen.pdf",
        kind="school_report",
        blocks=HOSPITAL_SCHOOL,
        accent="4A148C",
    ),
    dict(name="School advice Zainab.txt", kind="school_report", text=SENCO_LONDON),
    dict(name="RLC report summer 26.docx", kind="school_report", blocks=PRU_REPORT, sans=True),
    dict(name="teacher feedback Noah.txt", kind="school_report", text=SCHOOL_AR_CONTRIB),
    dict(
        name="Achterberg report FINAL signed.pdf",
        kind="independent_report",
        blocks=INDEP_EP,
        accent="222222",
    ),
    dict(name="Talk Forward report Zainab.docx", kind="independent_report", text=INDEP_SLT),
    dict(name="20260815_142203.pdf", kind="independent_report", text=INDEP_OT_PHOTO, ocr=0.08),
    dict(name="Holloway Lane letter to LA Dec 25.docx", kind="school_report", text=SENCO_LETTER),
    dict(name="Kai EP advice countersigned.docx", kind="ep_report", blocks=TRAINEE_EP),
]
