# ruff: noqa: E501
"""Reports of the fifth kind set: NHS letters carrying hospital and NHS numbers, council
psychology services on the Welsh border and in London, a psychologist's report scanned on
an office printer, a phone-saved "Document (7).pdf", a nursery's report, independent
experts' reports for the tribunal, and annual review reports written by schools and a
college (reports about a review, not plans). All invented."""

from __future__ import annotations

# NHS letters: the block a trust's letter template prints under its letterhead.


def nhs_block(name: str, dob: str, nhs: str, hosp: str, extra: list | None = None) -> tuple:
    rows = [("Patient", name), ("Date of birth", dob), ("NHS No", nhs), ("Hosp No", hosp)]
    return ("kv", rows + (extra or []))


# Educational psychology ------------------------------------------------------------

EP_WYEFORD = [
    ("org", "Wyeford Educational Psychology Service"),
    ("small", "Wyeford Council · Plough Lane Offices · Wyeford HR99 4ZZ · 01632 960824"),
    ("title", "Psychological advice: Education, Health and Care needs assessment"),
    ("p", "Regulation 6(1)(d), Special Educational Needs and Disability Regulations 2014"),
    (
        "kv",
        [
            ("Child", "Rhys Pritchard"),
            ("Date of birth", "02/02/2018"),
            ("School", "Kingsholme CE Primary School, Year 2"),
            ("Educational psychologist", "Dr Owain Price, HCPC registered"),
            ("Dates of involvement", "24/06/2025 and 01/07/2025"),
        ],
    ),
    ("h", 3, "1. Sources of information"),
    (
        "p",
        "Observation in class and at lunchtime; consultation with Ms Gwen Pritchard (mother), Mrs Lewis (class teacher) and Mrs Jenkins (SENCo); individual work with Rhys using the British Ability Scales (BAS3) and dynamic assessment; review of the speech and language therapy reports.",
    ),
    ("h", 3, "2. Strengths"),
    (
        "p",
        "Rhys is a gentle, curious boy with a detailed knowledge of farm machinery. His non-verbal reasoning (matrices T-score 52) is within the average range, and he learns well from pictures and demonstration.",
    ),
    ("h", 3, "3. Needs"),
    (
        "bul",
        [
            "Understanding spoken language: Rhys lost the thread of instructions longer than about eight words.",
            "Anxiety when routines change: he ran from the classroom twice during my visits when a supply teacher arrived unannounced.",
            "Early literacy: he decodes simple words but reads very slowly and loses meaning.",
        ],
    ),
    ("h", 3, "4. Outcomes and provision"),
    (
        "p",
        "Rhys will need his language programme embedded in class and delivered daily, a visual timetable, preparation for changes, and an adult trained in autism for much of the day. I would expect 1:1 phonics teaching daily for 15 minutes.",
    ),
    ("sig", ["Dr Owain Price", "Educational Psychologist", "8 July 2025"]),
]

EP_BRENTMERE = [
    ("org", "London Borough of Brentmere"),
    ("small", "Educational Psychology Service · Brentmere Civic Centre · N99 7ZZ"),
    ("title", "Psychological Advice"),
    (
        "kv",
        [
            ("Name", "Sofia Haddad"),
            ("DOB", "22/01/2019"),
            ("School", "Brentside Infant School (Year 2)"),
            ("Author", "Dr Niamh O'Rourke, Senior Educational Psychologist"),
            ("Date", "15 January 2026"),
        ],
    ),
    ("h", 3, "Background"),
    (
        "p",
        "Sofia's parents report that she speaks freely at home in Arabic and English. At school she has not spoken to any adult since she started in Reception.",
    ),
    ("h", 3, "Assessment"),
    (
        "p",
        "Sofia would not speak in our sessions, so I used non-verbal tasks, pointing responses and drawing. On the Raven's Coloured Progressive Matrices her score was in the average range. She completed a written story independently; her sentences were well formed and correctly punctuated.",
    ),
    ("h", 3, "Formulation"),
    (
        "p",
        "Sofia's presentation is consistent with selective mutism. The more she is noticed or expected to speak, the stronger her anxiety becomes. Her understanding and learning appear to be age-appropriate.",
    ),
    ("h", 3, "Recommended provision"),
    (
        "bul",
        [
            "A key adult to carry out a small-steps sliding-in programme, 10 minutes daily, planned with the speech and language therapist.",
            "No pressure to speak; non-verbal ways of answering accepted in all lessons.",
            "Staff training on selective mutism for all adults who work with Sofia, this term.",
        ],
    ),
    ("sig", ["Dr Niamh O'Rourke", "HCPC registered practitioner psychologist"]),
]

EP_KEWFORD_SCAN = """ROYAL BOROUGH OF KEWFORD EDUCATIONAL PSYCHOLOGY TEAM
Psychological report - annual review advice
Name: Marcus Adeyemi-Clarke   DOB: 04/04/2011   School: Riverbank School, Year 9
Educational Psychologist: Mr Samuel Achebe   Date of report: 30/09/2025

Reason for involvement
Riverbank School asked for updated psychological advice before Marcus's annual review, as he has made good progress since joining in Year 8.

Assessment
I met Marcus at school on 23 September 2025. On the Wechsler Individual Achievement Test (WIAT-4) his word reading standard score was 79 and his reading comprehension 76, both in the low range but higher than in 2023 (68 and 65). He told me reading is "easier now because nobody laughs".

Views of staff
His teacher describes Marcus as a helpful member of the class who now asks for help rather than walking out.

Conclusions
Marcus continues to have a moderate learning difficulty. His social and emotional needs have reduced considerably in a small, structured setting. In my view he continues to need teaching in small groups and a structured reading programme.

S. Achebe, Educational Psychologist (HCPC)
"""


# Speech and language therapy -------------------------------------------------------

SLT_NHS_LETTER = [
    ("org", "Wyeford Community Health Services NHS Trust"),
    (
        "small",
        "Children's Speech and Language Therapy · Kingsholme Health Centre · HR98 2ZZ · 01632 960870",
    ),
    nhs_block(
        "Rhys PRITCHARD",
        "02/02/2018",
        "999 021 4468",
        "WCH-K207731",
        [("Address", "Ty Hir Farm, Kingsholme")],
    ),
    ("p", "Date: 7 July 2025"),
    (
        "p",
        "To: SEND Team, Wyeford Council\ncc: Dr Harris, Kingsholme Surgery; Ms G. Pritchard (parent)",
    ),
    ("b", "Speech and language therapy advice for EHC needs assessment"),
    (
        "p",
        "Rhys has been known to our service since 2022 with a diagnosis of developmental language disorder. I assessed him in school on 30 June 2025 using the CELF-5 UK. His core language standard score was 74 (4th centile), receptive language 71 and expressive language 79.",
    ),
    (
        "p",
        "Rhys has particular difficulty understanding sentences with more than one clause and with concept words such as before, after and unless. He often repeats the last part of a question rather than answering it.",
    ),
    ("b", "Recommendations"),
    (
        "bul",
        [
            "Direct therapy from a speech and language therapist: a block of 6 sessions per term of 30 minutes.",
            "A language programme delivered 3 x 20 minutes per week by a teaching assistant trained by the therapist.",
            "Visual support for all spoken instructions in class.",
        ],
    ),
    ("sig", ["Carwen Evans", "Highly Specialist Speech and Language Therapist (HCPC)"]),
]

SLT_BRENTMERE = [
    ("org", "Brentmere and Kewford Community Health NHS Trust"),
    ("small", "Children's Speech and Language Therapy Service · Brentside Health Centre · N99 5ZZ"),
    ("title", "Speech and language therapy advice"),
    nhs_block("Sofia HADDAD", "22/01/2019", "999 034 7721", "BK3390218"),
    ("h", 3, "Communication profile"),
    (
        "p",
        "Sofia's parents shared video recordings of her at home in which her vocabulary, sentences and speech sounds are all typical for her age in both languages. She has not spoken at school. In the clinic she whispered two words to her mother when she thought I was not looking.",
    ),
    ("h", 3, "Impression"),
    (
        "p",
        "Sofia presents with selective mutism, an anxiety disorder, and not with a language disorder.",
    ),
    ("h", 3, "Recommendations"),
    (
        "p",
        "A small-steps programme delivered daily by a key adult at school, planned and reviewed by the speech and language therapist at 6 visits per term. Training for school staff. A review in clinic in 6 months.",
    ),
    ("sig", ["Hannah Cole, Speech and Language Therapist", "2 February 2026"]),
]

SLT_FREDDIE_TXT = """Clunmere Children's Speech and Language Therapy
Marches Children's Community Services NHS Trust

REVIEW REPORT
Name: Freddie Lloyd   DOB: 30/06/2021   NHS No: 999 014 3387
Setting: Little Oaks Pre-school
Date seen: 4 June 2025

Freddie was seen at pre-school with his key person. He used 28 Makaton signs spontaneously during the session (more, drink, finished, biscuit, car, ball, mummy, daddy) and said "ba" (ball) and "ma". He followed routine instructions supported by signs, such as "coat on" and "tidy up".

Freddie's understanding is ahead of his expressive language, as is often the case in Down syndrome. Glue ear may be affecting his hearing; he is under audiology.

Targets for the next 6 months:
- use 50 signs across the day
- combine two signs (e.g. "more ball")
- take turns in a simple game with an adult

Advice for pre-school: staff to sign key words throughout the day; a daily 10-minute language session with his key person using the programme provided.

Bethan Morris, Speech and Language Therapist
"""


# Occupational therapy ---------------------------------------------------------------

OT_NHS = [
    ("org", "Marches Children's Community Services NHS Trust"),
    ("small", "Children's Occupational Therapy · Child Development Centre · Clunmere SY99 3ZZ"),
    nhs_block("Freddie LLOYD", "30/06/2021", "999 014 3387", "MCH0481223"),
    ("title", "Occupational therapy advice for EHC needs assessment"),
    ("h", 3, "Assessment"),
    (
        "p",
        "I saw Freddie at home and at pre-school in May 2025. He sits on the floor with his legs in a W position and needs support to sit on a standard chair. He grasps crayons in his fist and does not yet cross his midline. He needs full help with dressing and is not yet toilet trained.",
    ),
    ("h", 3, "Recommendations"),
    (
        "bul",
        [
            "A chair with a footrest and side supports (Tumble Form or similar) for table-top activities.",
            "A fine motor programme 3 x 10 minutes per week delivered by staff, reviewed by the OT termly.",
            "A toileting programme agreed with his parents, with changing facilities at school.",
        ],
    ),
    ("sig", ["Gemma Parry, Occupational Therapist (HCPC OT0000000)", "28 May 2025"]),
]

OT_NIA = [
    ("org", "Clunmere County Council and Marches Children's Community Services"),
    ("title", "Occupational Therapy Report"),
    (
        "p",
        "Name: Nia Vaughan   DOB: 12/12/2014   School: Oakbank Primary School, Year 6   Date: 10/10/2025",
    ),
    ("h", 2, "Reason for referral"),
    ("p", "Referred by the SENCo because of slow, effortful handwriting and difficulties with PE."),
    ("h", 2, "Assessment results"),
    (
        "grid",
        [
            ["Assessment", "Score", "Range"],
            ["Movement ABC-3, total", "5th centile", "Significant difficulty"],
            ["DASH, copy best", "SS 5", "Below average"],
            ["DASH, free writing", "SS 4", "Below average"],
        ],
        [0.5, 0.25, 0.25],
    ),
    ("h", 2, "Summary"),
    (
        "p",
        "Nia's results are consistent with developmental coordination disorder. Her handwriting speed is well below her age, and she tires after a short time.",
    ),
    ("h", 2, "Recommendations"),
    (
        "bul",
        [
            "Touch-typing programme 3 x 15 minutes weekly.",
            "A writing slope and pencil grip.",
            "A handwriting programme delivered by a teaching assistant, reviewed termly by the OT.",
        ],
    ),
    ("p", "Rhian Davies, Occupational Therapist"),
]

OT_LONDON_SENSORY = [
    ("org", "Brentmere and Kewford Community Health NHS Trust"),
    ("small", "Children's Occupational Therapy Service"),
    nhs_block("Aaliyah MENSAH", "09/05/2012", "999 027 1183", "BK2245907"),
    ("p", "Dear Ms Mensah,"),
    (
        "p",
        "Thank you for bringing Aaliyah to the sensory processing assessment on 9 October 2025. I have summarised my findings below, and a copy of this letter has been sent to her school and to her GP.",
    ),
    ("b", "Findings"),
    (
        "p",
        "On the Sensory Profile 2 (school companion) Aaliyah scored 'much more than others' for sensory seeking and auditory sensitivity. She told me that the corridor between lessons 'makes me want to punch something'.",
    ),
    ("b", "Recommendations"),
    (
        "p",
        "Leaving lessons two minutes early to avoid the crowded corridor; a movement break in the middle of double lessons; ear defenders available in the dining hall; a fidget of her choice in lessons.",
    ),
    ("sig", ["Yours sincerely", "Rebecca Thorn", "Occupational Therapist"]),
]


# Physiotherapy ------------------------------------------------------------------------

PHYSIO_FREDDIE = [
    ("org", "Marches Children's Community Services NHS Trust"),
    ("small", "Children's Physiotherapy · Child Development Centre · Clunmere SY99 3ZZ"),
    nhs_block("Freddie LLOYD", "30/06/2021", "999 014 3387", "MCH0481223"),
    ("p", "Dear Dr Williams,"),
    (
        "p",
        "I reviewed Freddie in clinic on 12 May 2025. He is now walking independently on flat ground but falls frequently on uneven surfaces and cannot yet manage steps without a hand held. He has flexible flat feet and was fitted with supramalleolar orthoses in March, which he wears well.",
    ),
    (
        "p",
        "He will need a physiotherapy programme in his early years setting, 3 times a week, focusing on balance, stairs and jumping, which I will teach to his key person. I will review him at pre-school each term.",
    ),
    (
        "sig",
        [
            "Yours sincerely",
            "Lowri Jenkins",
            "Senior Paediatric Physiotherapist",
            "cc: Mr and Mrs Lloyd; SEND Team, Clunmere County Council",
        ],
    ),
]

PHYSIO_INES_TXT = """Royal Borough of Kewford - Children's Physiotherapy (Brentmere and Kewford Community Health NHS Trust)
Physiotherapy review: Ines Ferreira, DOB 17/08/2009, NHS No 999 045 2290

Seen at Kewford Academy 3 June 2025 with her LSA.

Ines uses her powered chair for all mobility and transfers with a hoist. Her hip X-ray in April showed migration of 28% on the left (previously 24%). Hamstrings are tight bilaterally. She has been using her standing frame 3 times a week at school; her stretches are being missed on busy days.

Plan:
1. Standing frame 30 minutes daily in school.
2. Daily stretches (20 minutes) by a trained assistant, using the programme attached.
3. Physio review each term; orthopaedic hip surveillance continues (next X-ray October 2025).
4. Transition to adult physiotherapy to be discussed at 17.

Olu Balogun, Specialist Children's Physiotherapist
"""


# Medical -------------------------------------------------------------------------------

CARDIOLOGY_LETTER = [
    ("org", "Severn and Marches Hospitals NHS Foundation Trust"),
    ("small", "Paediatric Cardiology Outreach Clinic · Clunmere Royal Hospital · SY99 5ZZ"),
    nhs_block(
        "Freddie LLOYD",
        "30/06/2021",
        "999 014 3387",
        "SMH7704129",
        [("Clinic date", "08/04/2025"), ("Consultant", "Dr A. Mahmood")],
    ),
    ("p", "Dr E. Williams\nClunmere Medical Practice"),
    ("p", "Dear Dr Williams,"),
    (
        "b",
        "Diagnosis:\n1. Trisomy 21\n2. Complete atrioventricular septal defect, repaired at 5 months (2021)\n3. Mild residual left AV valve regurgitation",
    ),
    (
        "p",
        "I saw Freddie with his mother in the outreach clinic today. He is well and active, keeping up with his sister on walks. Echocardiogram shows mild left AV valve regurgitation, unchanged from last year, with good ventricular function.",
    ),
    (
        "p",
        "There are no restrictions on his activity at pre-school or school, including PE. He does not need antibiotic prophylaxis for dental treatment. I will see him again in 12 months.",
    ),
    (
        "sig",
        [
            "Yours sincerely",
            "Dr Aisha Mahmood",
            "Consultant Paediatrician with Expertise in Cardiology",
            "cc: Mr and Mrs Lloyd",
        ],
    ),
]

PAED_ADHD_DOCX = [
    ("org", "Brentmere and Kewford Community Health NHS Trust"),
    ("small", "Community Paediatrics · Brentside Health Centre · N99 5ZZ · 020 7946 0490"),
    nhs_block("Aaliyah MENSAH", "09/05/2012", "999 027 1183", "BK2245907"),
    ("p", "Clinic date: 26 January 2026"),
    ("p", "Dear Dr Chaudhry,"),
    ("b", "Diagnoses: ADHD (combined presentation); low mood"),
    ("b", "Medication: lisdexamfetamine 40 mg once daily"),
    (
        "p",
        "Aaliyah attended with her mother for her medication review. Her weight is 46.2 kg (50th centile) and her blood pressure 108/66. School report better concentration in the mornings but difficulties in the afternoon and two suspensions this year.",
    ),
    (
        "p",
        "We have agreed to increase lisdexamfetamine to 50 mg. I have asked school to complete a Conners 4 questionnaire before her next appointment in three months.",
    ),
    (
        "p",
        "Aaliyah has an EHC plan. I would support her plan including a daily check-in and access to a calm space.",
    ),
    (
        "sig",
        [
            "Yours sincerely",
            "Dr Femi Obi",
            "Consultant Community Paediatrician",
            "cc: Ms A. Mensah; SENDCo, Northgate Green Academy",
        ],
    ),
]

NEURODISABILITY = [
    ("org", "Kewford and Thames Valley Children's Hospital NHS Trust"),
    ("small", "Paediatric Neurodisability Service"),
    nhs_block("Ines FERREIRA", "17/08/2009", "999 045 2290", "KTV0093314"),
    ("p", "Date dictated: 02/09/2025    Date typed: 09/09/2025"),
    ("p", "Dear Dr Okafor,"),
    (
        "b",
        "Problems:\n1. Bilateral spastic cerebral palsy, GMFCS IV\n2. Focal epilepsy - last seizure June 2024\n3. Left hip migration (28%)\n4. Fatigue",
    ),
    (
        "p",
        "I reviewed Ines in clinic with her father. Her seizures remain controlled on levetiracetam 750 mg twice daily. She describes significant fatigue by early afternoon, particularly on days with long journeys, and her father says she sleeps for two hours after college.",
    ),
    (
        "p",
        "Ines will need rest breaks in her timetable and access to her rescue medication (buccal midazolam) at college, with trained staff. I would support a reduced afternoon timetable if fatigue continues. I will review her in 6 months.",
    ),
    (
        "sig",
        [
            "Yours sincerely",
            "Dr Clare Mortimer",
            "Consultant in Paediatric Neurodisability",
            "cc: Mr and Mrs Ferreira; Kewford College Learning Support",
        ],
    ),
]

GP_PHONE = """Riverside Surgery
14 Mill Lane, Kewford KT99 4ZZ   Tel 020 7946 0501

Date: 05/11/2025

TO WHOM IT MAY CONCERN

Re: Marcus ADEYEMI-CLARKE   DOB 04/04/2011   NHS No 999 052 8876

Marcus is registered at this practice. He has mild asthma (salbutamol inhaler as required) and no other significant medical history. He has not attended the surgery for any mental health difficulty in the last 18 months.

I understand his EHC plan is being reviewed. I have no medical information that would affect his education.

Yours faithfully

Dr R. Chaudhry
GP
"""


# CAMHS ----------------------------------------------------------------------------------

CAMHS_LONDON = [
    ("org", "Brentmere Child and Adolescent Mental Health Service"),
    (
        "small",
        "North London Partnership NHS Foundation Trust · Brentmere CAMHS · Elm Lodge · N99 6ZZ",
    ),
    nhs_block("Aaliyah MENSAH", "09/05/2012", "999 027 1183", "NLP5521904"),
    ("p", "Dear Dr Chaudhry,"),
    ("b", "Choice appointment and assessment summary"),
    (
        "p",
        "I met Aaliyah and her mother on 11 November 2025. Aaliyah described feeling 'angry all the time' at school and low at home at weekends, with difficulty getting to sleep. She denied any thoughts of self-harm. Her RCADS scores were in the clinical range for generalised anxiety and low mood.",
    ),
    (
        "p",
        "Formulation: anxiety and low mood in the context of ADHD, two school suspensions and a recent bereavement (her grandfather, in August).",
    ),
    (
        "p",
        "Plan: Aaliyah will be offered 12 sessions of CBT for anxiety with the Getting Help team, starting in January. School may find it helpful to give her a named adult to go to when she feels overwhelmed.",
    ),
    ("sig", ["Yours sincerely", "Dr Miriam Goldberg", "Clinical Psychologist", "cc: Ms A. Mensah"]),
]

CAMHS_DISCHARGE_TXT = """Kewford Child and Adolescent Mental Health Services (CAMHS)
Brentmere and Kewford Community Health NHS Trust

DISCHARGE SUMMARY

Patient: Marcus Adeyemi-Clarke   DOB: 04/04/2011   NHS No: 999 052 8876   Hosp No: KC0417752
Referrer: Riverbank School
Date of discharge: 19/09/2025

Marcus was referred in June 2024 with anger outbursts and low mood after his permanent exclusion from his previous school. He attended 10 sessions of individual therapy (trauma-informed, with a focus on anger and trust in adults).

Outcome: Marcus's scores on the Strengths and Difficulties Questionnaire fell from 24 (very high) to 13 (close to average). He says he feels "calmer" and that there is "someone to talk to at school". His father agrees.

He is discharged to the care of his GP. He can be re-referred by school or GP if his difficulties return.

Joseph Ansah, CAMHS Practitioner
"""


# School reports ---------------------------------------------------------------------------

SCHOOL_ADVICE_RHYS = [
    ("org", "Kingsholme Church of England Primary School"),
    (
        "small",
        "A member of the Marches Church Schools Trust · School Lane, Kingsholme HR98 2ZZ · 01632 960880",
    ),
    ("title", "Educational advice for an EHC needs assessment"),
    (
        "kv",
        [
            ("Pupil", "Rhys Pritchard, Year 2"),
            ("Completed by", "Mrs Ann Jenkins, SENCo, with Mrs Lewis, class teacher"),
            ("Date", "20 June 2025"),
        ],
    ),
    ("h", 3, "Attainment"),
    (
        "grid",
        [
            ["Subject", "Working at", "Expected for age"],
            ["Reading", "End of Year 1", "End of Year 2"],
            ["Writing", "Reception / Year 1", "End of Year 2"],
            ["Maths", "Year 1", "End of Year 2"],
        ],
        [0.4, 0.3, 0.3],
    ),
    ("h", 3, "What we have put in place (SEN support)"),
    (
        "bul",
        [
            "Visual timetable and now/next board",
            "Language group 3 x 20 minutes a week (TA)",
            "A quiet lunchtime club",
            "Advice from the Wyeford Autism Outreach Team (two visits)",
        ],
    ),
    ("h", 3, "Why we think an assessment is needed"),
    (
        "p",
        "Despite this support, Rhys has run out of the classroom eleven times since Easter and he is falling further behind his peers. He needs an adult nearby for most of the day, which is more than we can provide from our delegated budget.",
    ),
    ("sig", ["Ann Jenkins, SENCo"]),
]

SCHOOL_INFO_JACK = [
    ("org", "Offa's Dyke Primary School"),
    (
        "small",
        "Part of the Border Villages Academy Trust · Llanvair Cross, Wyeford HR98 6ZZ · Border Villages Academy Trust, company no. 09000000",
    ),
    ("title", "SENCo report: information for the SEND Panel"),
    ("p", "Pupil: Jack Bevan   Year 5   Date: 10 October 2025"),
    ("h", 3, "Jack's needs"),
    (
        "p",
        "Jack has significant difficulties with reading and spelling. On the York Assessment of Reading for Comprehension his reading accuracy standard score was 73 and his reading rate 70. He is anxious about reading aloud and his attendance has fallen to 88%.",
    ),
    ("h", 3, "Support over the last year"),
    (
        "grid",
        [
            ["Intervention", "Frequency", "Impact"],
            ["Toe by Toe, 1:1 with TA", "4 x 15 minutes weekly", "Some progress in decoding"],
            ["Precision teaching for spellings", "Daily, 5 minutes", "Limited"],
            ["Nurture group", "Weekly", "Jack enjoys it"],
        ],
        [0.45, 0.3, 0.25],
    ),
    (
        "p",
        "The school supports the parents' request for an assessment. We believe Jack needs specialist teaching that we are not able to offer.",
    ),
    ("sig", ["Mrs K. Probert", "SENCo"]),
]

NURSERY_TXT = """Brentside Children's Centre Nursery
Early years setting report for EHC needs assessment

Child: Sofia Haddad (attended September 2022 - July 2023)
Completed by: Joanna Baptiste, Nursery Manager and SENCo
Date: 8 December 2025

Sofia attended our nursery three days a week for a year before starting school. She settled slowly and would not speak to any member of staff in that time, although she spoke quietly to her mother at the door and to one other child in the home corner.

She joined in with every activity non-verbally, was confident with puzzles and mark making, and could count objects to 10 by pointing.

We used a picture board for choices and she used it well. We referred her to the speech and language therapy service in May 2023.

We are happy to share any further information the panel needs.
"""


# Independent reports -------------------------------------------------------------------

INDEPENDENT_EP = [
    ("org", "Dr Eleri Watkins, Chartered Educational Psychologist"),
    (
        "small",
        "Independent practice · Hay Road, Wyeford HR99 8ZZ · HCPC PYL00000 · Associate Fellow of the British Psychological Society",
    ),
    ("title", "Independent Educational Psychology Report"),
    (
        "kv",
        [
            ("Child", "Jack Bevan (DOB 30/09/2015)"),
            (
                "Commissioned by",
                "Mr and Mrs Bevan, for the appeal to the First-tier Tribunal (SEND)",
            ),
            ("Date of assessment", "6 January 2026"),
            ("Date of report", "20 January 2026"),
        ],
    ),
    ("h", 3, "Executive summary"),
    (
        "num",
        [
            "Jack has severe dyslexia. His phonological processing (CTOPP-2 composite 72) and rapid naming (70) are well below average, against verbal ability in the high average range (WISC-V VCI 114).",
            "His reading accuracy is at the 2nd centile. He is now anxious about school, and his attendance is falling.",
            "In my opinion Jack needs daily specialist literacy teaching, 1:1, from a teacher with a Level 7 qualification in specific learning difficulties.",
        ],
    ),
    ("h", 3, "Expert's declaration"),
    (
        "p",
        "I understand that my duty is to help the Tribunal on matters within my expertise and that this duty overrides any obligation to the persons who instructed me. I confirm that the facts in this report are true and that the opinions are my own.",
    ),
    ("sig", ["Dr Eleri Watkins", "20 January 2026"]),
]

INDEPENDENT_OT = [
    ("org", "Thames Therapy Partnership"),
    ("small", "Independent paediatric occupational therapy · 020 7946 0520"),
    ("title", "Occupational Therapy Report for the First-tier Tribunal (SEND)"),
    (
        "p",
        "Young person: Ines Ferreira   DOB: 17/08/2009   Instructed by: Ines Ferreira and her parents   Author: Kate Morrow, BSc OT, HCPC OT00000",
    ),
    ("h", 2, "1. Summary of opinion"),
    (
        "onum",
        [
            "Ines's seating at college does not meet her postural needs; she slides forward within 20 minutes and then cannot reach her keyboard.",
            "She needs a seating review by an occupational therapist and an adjustable-height workstation in each teaching room.",
            "She needs eye-gaze or switch access to be trialled for written work on fatigue days.",
        ],
        "",
    ),
    ("h", 2, "2. Declaration"),
    (
        "p",
        "I understand my duty to the Tribunal and have complied with it. I have no conflict of interest. This report is within my area of expertise.",
    ),
    ("sig", ["Kate Morrow", "Occupational Therapist", "10 November 2025"]),
]

INDEPENDENT_SLT = [
    ("org", "Dr Sigrid Lindqvist, Independent Speech and Language Therapist"),
    ("small", "PhD, MRCSLT, HCPC SL00000 · Clerkenwell Therapy Rooms, London EC99 1ZZ"),
    ("title", "Expert Report - Speech, Language and Communication"),
    (
        "p",
        "In the matter of the appeal EH901/26/00233: Aaliyah Mensah v London Borough of Brentmere",
    ),
    ("h", 3, "Instructions"),
    (
        "p",
        "I was instructed by Ms Adwoa Mensah on 2 April 2026 to assess Aaliyah's speech, language and communication and to comment on Sections B and F of her plan.",
    ),
    ("h", 3, "Findings"),
    (
        "p",
        "On the CELF-5 UK (12-21) Aaliyah's core language score was 78 (7th centile). Her understanding of inference and figurative language was a particular weakness. She often misunderstood the intention behind what others said, which fits the conflicts described by school.",
    ),
    ("h", 3, "Opinion on Section F"),
    (
        "p",
        "The plan contains no speech and language therapy. In my opinion Aaliyah needs a block of 10 sessions of direct therapy per term for a year, of 45 minutes, from a speech and language therapist, with a social communication programme delivered weekly by a trained teaching assistant.",
    ),
    (
        "p",
        "I confirm that I understand my duty to the Tribunal and that this report is my own independent opinion.",
    ),
    ("sig", ["Dr Sigrid Lindqvist", "18 May 2026"]),
]


# Annual review reports (by schools and a college; not plans) ------------------------------

AR_RHYS = [
    ("org", "Kingsholme Church of England Primary School"),
    ("small", "Marches Church Schools Trust"),
    ("title", "Annual Review Report"),
    (
        "kv",
        [
            ("Pupil", "Rhys Pritchard"),
            ("Year group", "Year 4"),
            ("Date of review meeting", "4 November 2026"),
            (
                "Present",
                "Ms G. Pritchard (mum), Mrs Jenkins (SENCo), Mrs Lewis (teacher), Carwen Evans (SALT)",
            ),
            ("Apologies", "Dr O. Price (EP)"),
        ],
    ),
    ("h", 2, "Progress towards outcomes"),
    (
        "grid",
        [
            ["Outcome", "Progress", "Evidence"],
            [
                "Follow two-step instructions in a group",
                "Partly achieved",
                "TA records: 3 out of 5 times",
            ],
            ["Read phase 5 decodable books", "Achieved", "Phonics tracker, October"],
        ],
        [0.4, 0.25, 0.35],
    ),
    ("h", 2, "What is working well"),
    (
        "p",
        "Rhys has settled well with his TA and has only left the classroom twice this term. He now sits with a friend at lunchtime in the quiet club.",
    ),
    ("h", 2, "Views"),
    (
        "p",
        'Rhys: "I like Mrs Lewis and the tractor book." Ms Pritchard is pleased with his reading but worried about how tired he is by Friday.',
    ),
    ("h", 2, "Recommendations of the review"),
    (
        "p",
        "The plan should be amended to update Section B and the outcomes in Section E. No change to Section F or I is requested.",
    ),
    ("sig", ["Completed by Ann Jenkins, SENCo", "11 November 2026"]),
]

AR_AALIYAH = [
    ("org", "Northgate Green Academy"),
    ("small", "Part of the Riverside Learning Trust · Station Road, Brentmere N99 3ZZ"),
    ("title", "EHCP Annual Review - School Report"),
    ("p", "Student: Aaliyah Mensah   Year 8   Review date: 20/11/2025   SENDCo: Ms T. Okafor"),
    ("h", 3, "Attendance and behaviour"),
    (
        "p",
        "Attendance 89.4%. Two suspensions (September and October). 34 behaviour points, most in afternoon lessons.",
    ),
    ("h", 3, "Attainment"),
    (
        "grid",
        [
            ["Subject", "Current", "Target"],
            ["English", "Developing", "Secure"],
            ["Maths", "Secure", "Secure+"],
            ["Science", "Emerging", "Developing"],
        ],
        [0.4, 0.3, 0.3],
    ),
    ("h", 3, "Provision received this year"),
    (
        "p",
        "Daily check-in (attended about 70% of days); literacy group 3 x weekly; learning mentor weekly from October. The time-out pass was withdrawn for two weeks after misuse and then reinstated.",
    ),
    ("h", 3, "Student and parent views"),
    (
        "p",
        "Aaliyah says the Base helps but that some teachers do not let her use her pass. Ms Mensah asked for speech and language therapy to be considered.",
    ),
    ("h", 3, "Proposed changes to the plan"),
    (
        "bul",
        [
            "Add mentoring 1 hour weekly to Section F.",
            "Ask the local authority for speech and language therapy advice.",
            "Update Section B with CAMHS information.",
        ],
    ),
]

AR_COLLEGE = [
    ("org", "Kewford College of Further Education"),
    ("small", "Learning Support and High Needs · Kewford KT99 6ZZ"),
    ("title", "Annual Review of Education, Health and Care Plan - College Report"),
    (
        "kv",
        [
            ("Student", "Ines Ferreira"),
            ("Programme", "Art and Design Foundation Pathway, Level 2"),
            ("Review date", "10 March 2026"),
            ("High needs coordinator", "Mr Paul Danso"),
        ],
    ),
    ("h", 3, "Progress"),
    (
        "p",
        "Ines has settled well in her first year and is on track to pass her Level 2 diploma. Her portfolio work is of a high standard. She finds afternoons difficult because of fatigue and has missed 12% of afternoon sessions.",
    ),
    ("h", 3, "Support in place"),
    (
        "p",
        "LSA support 25 hours weekly; voice recognition software; physio programme daily (completed on about three days in five owing to staff absence); hygiene suite with hoist.",
    ),
    ("h", 3, "Preparing for adulthood"),
    (
        "p",
        "Ines would like to progress to Level 3 and to travel to college on the bus. A travel training referral has been made.",
    ),
    ("h", 3, "Recommended amendments"),
    (
        "p",
        "Section F should specify who delivers physiotherapy and cover for staff absence. Section I should name the Level 3 programme from September 2026.",
    ),
]

AR_SPECIAL_TXT = """Riverbank School - Annual Review Report
Pupil: Marcus Adeyemi-Clarke   Year 9   DOB 04/04/2011
Date of review: 14 October 2025
Present: Mr D. Adeyemi-Clarke (father), Marcus (for part), Ms L. Carter (class teacher), Mr J. Boateng (deputy head), Ms P. Raman (Kewford SEN Service)

1. Progress against outcomes
Reading: reading age 10y 2m (target 10y 6m) - nearly achieved.
Work experience: placement at Kewford City Farm agreed for June 2026.

2. Attendance and behaviour
Attendance 96%. No exclusions since joining Riverbank in September 2024.

3. Views
Marcus: "I like it here. I want to stay until Year 11." His father is very pleased with his progress and does not want anything to change.

4. School's view
Marcus has made excellent progress in a small, structured class. We believe this progress depends on the setting and the provision in his plan continuing.

5. Recommendation of the review meeting
Maintain the plan with updated outcomes. (The local authority representative said the authority would consider whether the plan is still needed.)

Report written by Ms L. Carter, 17/10/2025
"""

AR_TRANSITION = [
    ("org", "Oakbank Primary School"),
    ("small", "Part of the Clun Valley Learning Trust"),
    ("title", "Year 6 Transition Annual Review"),
    (
        "p",
        "Pupil: Nia Vaughan   Review meeting: 23 September 2025   Preferred secondary school: Clunmere Marches Academy",
    ),
    ("h", 3, "Summary of progress"),
    (
        "p",
        "Nia's reading age has risen from 8y 4m to 9y 3m in a year of specialist teaching. Her stammer is most noticeable when she is asked to speak in front of the class; she has joined the school council and speaks confidently in small groups.",
    ),
    ("h", 3, "Transition plan"),
    (
        "bul",
        [
            "Three extra visits to Clunmere Marches Academy in the summer term.",
            "Handover meeting between SENCos in June.",
            "A photo book of key staff and rooms for the summer holidays.",
        ],
    ),
    ("h", 3, "Changes requested"),
    (
        "p",
        "Section I to name Clunmere Marches Academy from September 2026. Section F to include touch-typing and a laptop for secondary school.",
    ),
    ("sig", ["Mrs S. Morgan, SENCo", "30 September 2025"]),
]


DOCUMENTS: list[dict] = [
    dict(name="Rhys EP advice.pdf", kind="ep_report", blocks=EP_WYEFORD, accent="2F5233"),
    dict(
        name="Psychological advice Sofia Haddad.docx",
        kind="ep_report",
        blocks=EP_BRENTMERE,
        sans=True,
    ),
    dict(
        name="scan_lcarter_2025-10-02-11-45-02.txt",
        kind="ep_report",
        text=EP_KEWFORD_SCAN,
        ocr=True,
        running="Kewford EP Team - Confidential",
    ),
    dict(
        name="SLT letter Rhys.pdf",
        kind="salt_report",
        blocks=SLT_NHS_LETTER,
        sans=True,
        accent="005EB8",
    ),
    dict(
        name="Sofia speech and language advice.docx",
        kind="salt_report",
        blocks=SLT_BRENTMERE,
        sans=True,
    ),
    dict(name="Freddie SALT review.txt", kind="salt_report", text=SLT_FREDDIE_TXT),
    dict(name="OT report Freddie.pdf", kind="ot_report", blocks=OT_NHS, sans=True, accent="005EB8"),
    dict(name="Nia OT.docx", kind="ot_report", blocks=OT_NIA),
    dict(
        name="Document (7).pdf",
        kind="ot_report",
        blocks=OT_LONDON_SENSORY,
        sans=True,
        accent="005EB8",
    ),
    dict(
        name="Physio letter Freddie.pdf",
        kind="physio_report",
        blocks=PHYSIO_FREDDIE,
        sans=True,
        accent="005EB8",
    ),
    dict(name="Ines physio review.txt", kind="physio_report", text=PHYSIO_INES_TXT, crlf=True),
    dict(
        name="Cardiology clinic letter.pdf",
        kind="medical_report",
        blocks=CARDIOLOGY_LETTER,
        sans=True,
        accent="005EB8",
    ),
    dict(
        name="Dr Obi letter Aaliyah.docx", kind="medical_report", blocks=PAED_ADHD_DOCX, sans=True
    ),
    dict(
        name="Neurodisability clinic letter Ines.pdf",
        kind="medical_report",
        blocks=NEURODISABILITY,
        sans=True,
        accent="005EB8",
    ),
    dict(name="IMG_2077.pdf", kind="medical_report", text=GP_PHONE, ocr=0.11),
    dict(
        name="CAMHS letter Aaliyah.pdf",
        kind="camhs_report",
        blocks=CAMHS_LONDON,
        sans=True,
        accent="005EB8",
    ),
    dict(name="Marcus CAMHS discharge.txt", kind="camhs_report", text=CAMHS_DISCHARGE_TXT),
    dict(
        name="School advice Rhys.docx",
        kind="school_report",
        blocks=SCHOOL_ADVICE_RHYS,
        accent="4A235A",
    ),
    dict(
        name="Jack Bevan - school information for panel.pdf",
        kind="school_report",
        blocks=SCHOOL_INFO_JACK,
        accent="0B5345",
    ),
    dict(name="Sofia nursery report.txt", kind="school_report", text=NURSERY_TXT),
    dict(
        name="Independent EP report - Jack Bevan.pdf",
        kind="independent_report",
        blocks=INDEPENDENT_EP,
    ),
    dict(
        name="Ines OT report (independent).docx",
        kind="independent_report",
        blocks=INDEPENDENT_OT,
        sans=True,
    ),
    dict(name="Dr Lindqvist report final.pdf", kind="independent_report", blocks=INDEPENDENT_SLT),
    dict(
        name="Annual Review Report Rhys Y4.docx",
        kind="annual_review",
        blocks=AR_RHYS,
        accent="4A235A",
    ),
    dict(
        name="AR Aaliyah Nov 25.pdf",
        kind="annual_review",
        blocks=AR_AALIYAH,
        sans=True,
        accent="004D40",
    ),
    dict(name="Ines college review.pdf", kind="annual_review", blocks=AR_COLLEGE, sans=True),
    dict(name="Marcus annual review.txt", kind="annual_review", text=AR_SPECIAL_TXT),
    dict(
        name="Nia Y6 transition review.docx", kind="annual_review", blocks=AR_TRANSITION, sans=True
    ),
]
