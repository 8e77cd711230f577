# ruff: noqa: E501
"""Reports of the fourth kind set: professional advice set out wholly in tables, NHS and
council services of Midlands and northern areas, academy trusts' school advice and
review paperwork, independent reports commissioned for a tribunal, a therapist's report
sent in an e-mail's body, and scans whose letterhead was cut off. All invented."""

from __future__ import annotations

# Educational psychology ----------------------------------------------------

EP_TABLES = [
    ("org", "Calderbrook Educational Psychology Service"),
    ("small", "Calderbrook Metropolitan Borough Council · Northgate House · 01632 960715"),
    (
        "kv",
        [
            ("Document", "Psychological advice for EHC needs assessment (Regulation 6(1)(b))"),
            ("Child", "Harvey Bottomley, DOB 14/05/2016, Year 4"),
            ("School", "Holmbrook Edge Primary Academy"),
            ("Psychologist", "Dr Ruth Ainsworth, Educational Psychologist (HCPC PYL00000)"),
            ("Date of visit", "08/04/2025"),
        ],
    ),
    (
        "grid",
        [
            ["Source", "What it showed"],
            [
                "Observation (maths, lunchtime)",
                "On task with visual support; left the hall after 4 minutes, hands over ears",
            ],
            [
                "Consultation with class teacher",
                "Literal understanding; distress at changes to the timetable",
            ],
            [
                "BAS-3 (selected scales)",
                "Verbal similarities T 47; matrices T 55; recall of digits forward T 36",
            ],
            ["Harvey's views (talking mat)", "Likes: Lego, maths. Dislikes: hall, supply teachers"],
        ],
        [0.35, 0.65],
    ),
    (
        "grid",
        [
            ["Area of need", "Needs", "Recommended provision"],
            [
                "Communication and interaction",
                "Literal interpretation; slow processing of speech",
                "Visual supports; instructions chunked; SALT assessment",
            ],
            ["SEMH", "High anxiety at change", "Key adult; advance warning; safe space"],
            ["Sensory", "Noise sensitivity", "OT sensory assessment; alternative lunch space"],
        ],
        [0.25, 0.35, 0.4],
    ),
    ("kv", [("Signed", "Dr R. Ainsworth, Educational Psychologist"), ("Date", "22/04/2025")]),
]

EP_SCAN_CUT = """ational Psychology Service, Darby House

and was seen at Severn Reach Academy on 12 June 2025 at the request of the SEND Team as part of her statutory assessment.

Background
Isla Mae lives with her father and younger brother. She joined Severn Reach in Year 7 from Coalbrook Primary. Her reading was first raised as a concern in Year 3.

Assessment
Isla Mae completed subtests of the WIAT-III. Her word reading standard score was 72 and her reading comprehension 70. Her working memory was a relative weakness. She told me that she "hates reading out loud" and that she feels "thick" in English.

Psychological formulation
Isla Mae's learning profile is consistent with a moderate learning difficulty with particular difficulty in language and reading. Her anxiety in groups appears to follow from her awareness of her difficulties.

Recommendations for provision
1. Daily one-to-one structured reading programme.
2. Small-group teaching for English and maths.
3. Pre-teaching of vocabulary and a speech and language therapy programme.
4. Emotional literacy support (ELSA) weekly.

Kirsty Oduya
Educational Psychologist
Wrekinford Borough Council
"""

EP_CONSULT = [
    ("org", "Tyneholm Educational Psychology Team"),
    ("title", "Consultation record"),
    (
        "kv",
        [
            ("Pupil", "Kacper Nowicki"),
            ("Consultees", "Mrs Nowicka (mother), Mr Reed (SENCo), Kacper"),
            ("Date", "14/10/2024"),
        ],
    ),
    ("b", "What is going well?"),
    ("p", "Kacper uses his laptop confidently; teachers describe him as polite and hard-working."),
    ("b", "What are the concerns?"),
    (
        "p",
        "Kacper spends break times alone in the library and says he has no friends. He is late to lessons because of the distance between buildings and feels embarrassed arriving after others.",
    ),
    ("b", "Psychological perspective"),
    (
        "p",
        "Kacper's withdrawal is understandable given the physical effort of moving around site and the social exposure of arriving late. Belonging is a protective factor; a structured lunchtime club and a peer mentor would help.",
    ),
    ("b", "Agreed actions"),
    (
        "bul",
        [
            "Lift pass and early leave from lessons (SENCo).",
            "Weekly mentor (head of year).",
            "EP to review in the summer term.",
        ],
    ),
    ("sig", ["Daniel Fenwick", "Educational Psychologist"]),
]

# Speech and language therapy ----------------------------------------------

SALT_TABLES = [
    ("org", "Wrekinford Community Health Services NHS Trust"),
    ("small", "Children's Speech and Language Therapy · Ashgrove Clinic · 01632 960720"),
    (
        "kv",
        [
            ("Report", "Speech and language therapy advice for EHC needs assessment"),
            ("Name", "Isla Mae Thackeray"),
            ("NHS number", "999 123 4567"),
            ("Therapist", "Gemma Lowry, Highly Specialist SLT (HCPC SL00000)"),
            ("Date", "20/06/2025"),
        ],
    ),
    (
        "grid",
        [
            ["Assessment", "Score", "Interpretation"],
            ["CELF-5 receptive language index", "71", "Below average (3rd centile)"],
            ["CELF-5 expressive language index", "80", "Below average"],
            ["Word classes", "Scaled 5", "Weakness in word knowledge"],
        ],
        [0.45, 0.2, 0.35],
    ),
    (
        "grid",
        [
            ["Need", "Outcome", "Provision"],
            [
                "Understanding of spoken language",
                "Follows class instructions with visual support",
                "Key words pre-taught; instructions chunked",
            ],
            [
                "Vocabulary",
                "Uses 10 new subject words per term",
                "Word-learning programme 3 x 15 mins weekly by TA; SLT review termly",
            ],
        ],
        [0.3, 0.3, 0.4],
    ),
]

SALT_NHS = [
    ("org", "Calder Moor and Pennine Children's Therapies"),
    ("small", "Speech and Language Therapy Department · Brookfold Health Centre · 01632 960722"),
    ("p", "Date: 30/05/2025\nNHS No: 999 765 4321"),
    ("p", "Dear Mr and Mrs Bottomley"),
    ("b", "Harvey Bottomley, DOB 14.05.2016 - speech and language therapy report"),
    (
        "p",
        "I saw Harvey in school on 20 May for an assessment of his social communication and understanding of language. Harvey's structural language is within the average range (CELF-5 core language score 92), but he had marked difficulty with inference, idiom and with following a conversation in a group.",
    ),
    (
        "p",
        'Recommendations: social communication group work (e.g. Socially Speaking), 1 x 30 minutes weekly; visual supports; staff to check understanding rather than ask "do you understand?". We will offer a block of 6 sessions in the autumn term.',
    ),
    ("p", "cc: Dr A. Haworth, Consultant Paediatrician; SENCo, Holmbrook Edge Primary Academy; GP"),
    ("sig", ["Leanne Sutcliffe", "Specialist Speech and Language Therapist"]),
]

SALT_EML = """Dear Mrs Oyelaran,

As promised at our meeting, here is my summary of Mason's speech assessment (DEAP, 12 November 2025) for the council's assessment.

Speech: Mason (6;5) has a phonological disorder with inconsistent errors. Percentage consonants correct 54%. He fronts velars (k/g -> t/d), stops fricatives and reduces clusters. Unfamiliar adults understand about 40% of what he says.

Impact: Mason avoids talking in class and becomes frustrated when not understood. His phonics progress is limited because he cannot yet hear or say many of the sounds.

Recommendations: direct speech therapy in blocks of 8 weekly sessions, two blocks a year, with a daily 10-minute practice programme delivered by a trained TA. Review by SLT at the end of each block.

Best wishes

Priya Chauhan
Specialist Speech and Language Therapist (Children's Community Team)
North Midlands Community Healthcare NHS Trust
Ashbrook Children's Centre | Wansford | DE99 7ZZ
Tel: 01632 960725 (Tuesdays and Wednesdays)
Follow our service: www.example.org/childrens-salt

This e-mail and any attachment are confidential and intended for the addressee only. If you are not the intended recipient you must not use, disclose, copy or distribute it. NHS e-mail is monitored. Please do not reply with clinical questions; contact the department by telephone.
"""

# Occupational therapy, physiotherapy -------------------------------------

OT_TABLES = [
    ("org", "Mercia Vale Children's Occupational Therapy"),
    (
        "kv",
        [
            ("Occupational therapy report", "Poppy Greenhalgh (DOB 30/03/2021)"),
            ("Seen at", "Little Acorns Nursery, 05/03/2025"),
            ("Therapist", "Sian Beddoes, Occupational Therapist"),
        ],
    ),
    (
        "grid",
        [
            ["Area", "Observed", "Recommendation"],
            [
                "Fine motor",
                "Palmar grasp on crayons; cannot yet snip with scissors",
                "Fine motor programme 3 x 15 min weekly",
            ],
            [
                "Self-care",
                "Needs full help with coat and shoes",
                "Backward-chaining for coat; velcro shoes",
            ],
            [
                "Seating",
                "Slumps after 5 minutes on a standard chair",
                "Chair with footrest and side support",
            ],
            ["Sensory", "Seeks movement; spins", "Movement breaks every 20 minutes"],
        ],
        [0.2, 0.4, 0.4],
    ),
]

OT_TXT = """Tyneholm Children's Therapies - Occupational Therapy
Kacper Nowicki   DOB 02.08.2010   NHS 999 222 3344
Seen: Wansley Lane Academy, 2 October 2024

Reason for referral: handwriting speed and access to the school site.

Handwriting: 6 words per minute when copying (expected for age about 20). Letters well formed but effortful; he reports pain in his hand after 10 minutes.
Keyboard: 14 words per minute with two fingers.
Site access: the science block has no lift; Kacper takes 9 minutes to reach it from the main building.

Recommendations
- Laptop for all extended writing; touch-typing programme 3 x 15 minutes a week.
- Writing slope and a chunky pen for short tasks.
- Timetable science on the ground floor or a lift pass, and leave lessons 5 minutes early.
- Review in 6 months.

C. Armstrong, Occupational Therapist
"""

PHYSIO_DOCX = [
    ("org", "Tyneholm Children's Therapies"),
    ("small", "Paediatric Physiotherapy · Riverside Child Development Centre · 01632 960763"),
    ("title", "Physiotherapy report for annual review"),
    (
        "kv",
        [
            ("Name", "Kacper Nowicki"),
            ("Diagnosis", "Spastic diplegia, GMFCS II"),
            ("Date", "19/01/2026"),
        ],
    ),
    ("b", "Current function"),
    (
        "p",
        "Kacper walks independently indoors and on level ground for about 200 metres. He uses his wheelchair for trips out. Since his hamstring lengthening surgery his knee extension has improved to -10 degrees on the right.",
    ),
    ("b", "Recommendations"),
    (
        "bul",
        [
            "Daily stretching programme, 20 minutes, by a trained teaching assistant (increase from 3 x weekly).",
            "Night splints; orthotics review in June.",
            "Physiotherapist to visit school each half term and train new staff.",
        ],
    ),
    ("sig", ["Nicola Charlton", "Senior Paediatric Physiotherapist"]),
]

PHYSIO_SCAN = """Children's Physiotherapy Service - Mercia Vale
Progress note
Poppy Greenhalgh  30.03.2021
Poppy was seen at nursery on 29 March 2025. She has generalised hypermobility (Beighton score 7/9) and low tone in her trunk. She walks independently but tires quickly and falls on uneven ground. She manages stairs one step at a time holding the rail.
Plan: core stability programme 3 x weekly in nursery (sheet given to key worker); supportive footwear; review in 4 months. No equipment needed at present.
L. Whitmore, Paediatric Physiotherapist
"""

# Medical, CAMHS -------------------------------------------------------------

PAED_PDF = [
    ("org", "Mercia Vale Hospitals NHS Foundation Trust"),
    (
        "small",
        "Community Paediatrics · Rowan Child Development Centre · Mercia Vale WR99 5ZZ · 01632 960750",
    ),
    ("p", "Clinic date: 16/04/2025   Typed: 22/04/2025"),
    ("p", "Dear Dr Banerjee (GP)"),
    ("b", "Re: Poppy GREENHALGH, DOB 30/03/2021, NHS 999 444 5566"),
    (
        "p",
        "Diagnoses: 1. Global developmental delay. 2. Childhood apraxia of speech. 3. Generalised joint hypermobility.",
    ),
    (
        "p",
        "I reviewed Poppy with her mother today. She has made steady progress; she is now walking independently and using her communication aid. Microarray was normal; fragile X testing is awaited. Her sleep has improved with a consistent bedtime routine.",
    ),
    ("p", "Plan: I support her move to a specialist school. Review in 6 months."),
    ("sig", ["Dr Farah Qureshi", "Consultant Community Paediatrician"]),
    ("p", "cc: Mrs Greenhalgh; SEND Casework, Mercia Vale County Council; Little Acorns Nursery"),
]

GP_TXT = """Chapelfold Medical Practice
Dr K. Lindqvist, Dr P. Mahmood, Dr S. Onyango
12 Chapel Street, Moorside OL99 5ZZ  Tel 01632 960735

9 January 2026

To whom it may concern

Taj Riaz  DOB 04/09/2014

Taj is registered with this practice. His parents tell me he has become very low in mood about school, saying he is stupid and does not want to go. He has been having headaches on school mornings; examination today was normal. I have referred him to the local children's emotional wellbeing service and would support any extra help at school.

Yours faithfully

Dr P. Mahmood
GP
"""

NEURO_DOCX = [
    ("org", "Tyneholm Royal Infirmary"),
    ("small", "Paediatric Neurology · Ward 22 Outpatients"),
    ("p", "Dictated 03/03/2025  Typed 10/03/2025"),
    ("p", "Dear Dr Wilkinson"),
    ("b", "Kacper Nowicki  02/08/2010  Hosp No T0000000"),
    (
        "p",
        "Diagnosis: bilateral spastic cerebral palsy (diplegia), GMFCS level II, secondary to prematurity (29 weeks).",
    ),
    (
        "p",
        "Kacper was reviewed in clinic with his mother. Eight months after hamstring lengthening his gait is improved. He reports tiredness at the end of the school day and some aching in his knees. There have been no seizures.",
    ),
    (
        "p",
        "I have asked the physiotherapists to continue his programme and to liaise with school about fatigue. I will see him again in one year.",
    ),
    ("sig", ["Dr Helen Marr", "Consultant Paediatric Neurologist"]),
    ("p", "cc: Parents; Tyneholm Children's Therapies; Wansley Lane Academy (with consent)"),
]

CAMHS_PDF = [
    ("org", "Calderbrook Healthy Minds"),
    (
        "small",
        "Children and young people's emotional health service · Moorland Edge Partnership NHS Trust · 01632 960717",
    ),
    ("p", "Date: 12/09/2025"),
    ("p", "Dear Dr Haworth"),
    ("b", "Harvey Bottomley, 14/05/2016"),
    (
        "p",
        "Thank you for referring Harvey. I saw him with his mother on 4 September. Harvey described worries every morning about what will happen at school and a sick feeling on Sunday evenings. His mother describes meltdowns after school most days. The Spence Children's Anxiety Scale (parent) was in the clinical range.",
    ),
    (
        "p",
        "Impression: anxiety closely linked to the demands of the school environment in an autistic child. I do not think medication is indicated. We will offer six sessions of parent-led CBT adapted for autism.",
    ),
    ("p", "cc: Mrs Bottomley; GP; SENCo (with consent)"),
    ("sig", ["Dr Olu Adebayo", "Clinical Psychologist"]),
]

CAMHS_TXT = """Pennine Fold Emotional Wellbeing Service (CAMHS)
Initial assessment letter

Dear Mr and Mrs Riaz,

Thank you for bringing Taj to his appointment on 24 February 2026. As we discussed, Taj scored in the moderate range on the RCADS for low mood. He told us that he feels "thick" because of reading, that he dreads English lessons and that he has stopped going to cricket.

We think Taj's low mood is closely connected to his experience of learning. We have offered him eight sessions with our school-link practitioner and will share strategies with Lowerfold Primary if you agree.

Yours sincerely

Rhiannon Kaye
Children's Wellbeing Practitioner
cc GP
"""

# School reports -------------------------------------------------------------

SCHOOL_ACADEMY = [
    ("org", "Greenmoss Academy"),
    (
        "small",
        "Part of the Trentmere Learning Trust · Greenmoss Road, Wansford DE99 6ZZ · 01632 960792",
    ),
    ("small", "Headteacher: Mr J. Fairclough · Trust CEO: Dr M. Osei"),
    ("title", "School advice for EHC needs assessment"),
    (
        "kv",
        [
            ("Pupil", "Mason Oyelaran"),
            ("Year group", "Year 1"),
            ("SENCo", "Mrs B. Nuttall"),
            ("Date", "06/10/2025"),
        ],
    ),
    ("h", 3, "Attainment and progress"),
    (
        "grid",
        [
            ["Subject", "Autumn 2024", "Summer 2025"],
            ["Phonics (set)", "Set 1 sounds 18/31", "Set 1 sounds 24/31"],
            ["Reading", "Pre-key stage 1", "Pre-key stage 1"],
            ["Maths", "Working towards", "Expected"],
        ],
        [0.3, 0.35, 0.35],
    ),
    ("h", 3, "SEN support in place"),
    (
        "bul",
        [
            "Daily 10-minute speech programme with TA (SALT programme).",
            "Phonics catch-up group 4 x weekly.",
            "Visual timetable.",
        ],
    ),
    ("h", 3, "The school's view"),
    (
        "p",
        "Mason is a happy boy who works hard, but staff and children often cannot understand him. His progress in phonics is slow. The school is funding his support from its notional SEN budget.",
    ),
    ("sig", ["B. Nuttall", "SENDCo"]),
]

PROVISION_MAP = [
    ("org", "Holmbrook Edge Primary Academy · Ashgill Learning Partnership"),
    ("title", "Individual provision map - Harvey B, Year 4, Spring 2025"),
    (
        "grid",
        [
            ["Need", "Provision", "Frequency", "Staff", "Impact (end of term)"],
            [
                "Anxiety at change",
                "Now/next board; warning of changes",
                "Daily",
                "Class TA",
                "Fewer incidents (7 to 4)",
            ],
            ["Lunchtime", "Lego club in library", "Daily", "Mrs Holt", "Attends 3 days of 5"],
            [
                "Social communication",
                "Socially Speaking group",
                "1 x 30 min weekly",
                "Mrs Holt",
                "Joins in turn-taking games",
            ],
            [
                "Sensory",
                "Ear defenders; movement breaks",
                "As needed",
                "All staff",
                "Uses ear defenders in assembly",
            ],
        ],
        [0.18, 0.28, 0.16, 0.14, 0.24],
    ),
    ("p", "Reviewed with parents 03/04/2025. SENCo: K. Brierley."),
]

SCHOOL_SCAN_CUT = """he SENCo, for the council's assessment of Amelia-Grace.

Amelia-Grace is in Year 2. She is a kind and popular girl who tries hard in lessons. Her reading is below age-related expectations (she is on Phonics Phase 4) and she needs an adult to help her start written tasks.

In school she is usually calm and settled, although she can be tearful on Monday mornings and before tests. Her attendance this year is 96%.

Support in school: daily phonics group, a weekly nurture group (Thursdays), a quiet space at lunch, and a worry box. These are recorded on her SEN support plan, which is reviewed termly with her mother.

We have used the local authority's inclusion funding since January. We believe we can continue to meet her needs at SEN support at present, but would welcome advice on her anxiety.

Mrs L. Pickering
SENDCo, St Aldric's CE Academy (Hereward Diocesan Academies Trust)
"""

# Independent reports ---------------------------------------------------------

IND_SALT = [
    ("org", "Rachel Okafor Speech and Language Therapy"),
    (
        "small",
        "Independent Speech and Language Therapist · MRCSLT · HCPC SL00000 · 01632 960718 · rachel@example.org",
    ),
    ("title", "Independent speech and language therapy report"),
    (
        "kv",
        [
            ("Prepared for", "First-tier Tribunal (SEND), appeal EH 381/25/00904"),
            ("Instructed by", "Mr and Mrs Bottomley"),
            ("Child", "Harvey Bottomley"),
            ("Date", "14/10/2025"),
        ],
    ),
    ("h", 3, "Assessment"),
    (
        "grid",
        [
            ["Test", "Result"],
            ["CELF-5 core language", "92"],
            ["CELF-5 pragmatics profile", "Below criterion"],
            ["Test of Problem Solving 3", "SS 74"],
        ],
        [0.6, 0.4],
    ),
    ("h", 3, "Opinion"),
    (
        "p",
        "Harvey has a significant social communication disorder. The provision in the plan (a programme delivered by school staff) is not sufficient. In my opinion he needs direct therapy from a speech and language therapist, at least 6 sessions per term of 40 minutes, plus a programme 3 x 20 minutes weekly.",
    ),
    ("h", 3, "Declaration"),
    (
        "p",
        "I understand that my duty is to help the Tribunal on matters within my expertise and that this duty overrides any obligation to the person who instructed me. I confirm that this report is true to the best of my knowledge.",
    ),
    ("sig", ["Rachel Okafor, BSc (Hons) MRCSLT"]),
]

IND_EP_TABLES = [
    ("org", "Marsh Psychology Ltd"),
    (
        "small",
        "Independent educational psychology · Dr Lena Marsh, HCPC registered practitioner psychologist",
    ),
    (
        "kv",
        [
            ("Report type", "Independent educational psychology report (commissioned by parent)"),
            ("Child", "Amelia-Grace Duffy, 11/11/2018"),
            ("Seen", "04/11/2025 at home and 06/11/2025 at St Aldric's CE Academy"),
            ("Purpose", "Evidence for appeal against refusal to assess"),
        ],
    ),
    (
        "grid",
        [
            ["Test", "Standard score", "Centile"],
            ["WISC-V Verbal comprehension", "98", "45"],
            ["WISC-V Working memory", "79", "8"],
            ["WIAT-III Word reading", "76", "5"],
            ["Beck Youth Inventories - anxiety", "T 68", "Clinically significant"],
        ],
        [0.5, 0.25, 0.25],
    ),
    (
        "grid",
        [
            ["Conclusion", "Recommendation"],
            [
                "Specific learning difficulty with weak working memory",
                "Specialist literacy teaching 3 x weekly",
            ],
            [
                "Anxiety masked in school, released at home",
                "Key adult; assessment by the emotional health service",
            ],
            ["May need provision beyond SEN support", "EHC needs assessment should be carried out"],
        ],
        [0.5, 0.5],
    ),
    (
        "kv",
        [
            (
                "Expert's declaration",
                "I understand my duty is to the Tribunal. The opinions are my own.",
            ),
            ("Signed", "Dr L. Marsh, 16/11/2025"),
        ],
    ),
]

IND_OT = [
    ("org", "Pennine Paediatric OT"),
    ("small", "Independent occupational therapy · 01632 960736 · hello@example.org"),
    ("title", "Occupational Therapy Assessment Report"),
    (
        "p",
        "Client: Taj Riaz (11)   Assessed: 21 and 22 January 2026   Report date: 30 January 2026   Commissioned privately by Mr and Mrs Riaz",
    ),
    ("b", "Summary"),
    (
        "p",
        "Taj has difficulties with handwriting speed and legibility (DASH total standard score 5) and with visual-motor integration (Beery VMI SS 81). These contribute to his difficulty recording work and to his low self-esteem.",
    ),
    ("b", "Recommendations"),
    (
        "bul",
        [
            "Touch-typing programme 3 x 20 minutes weekly.",
            "Occupational therapy: 6 sessions from an OT, then a school programme reviewed termly.",
            "Laptop for extended work from Year 7.",
        ],
    ),
    (
        "p",
        "Statement of truth: I confirm that I have made clear which facts are within my own knowledge. I understand my duty to the Tribunal. - Joanne Pickles, BSc OT, HCPC OT00000",
    ),
]

IND_PSYCHIATRY = [
    ("org", "Dr Samuel Achebe MBBS FRCPsych"),
    (
        "small",
        "Consultant Child and Adolescent Psychiatrist (private practice) · The Old Bank, Harrowgate Lane, Tyneholm",
    ),
    ("title", "Psychiatric report"),
    (
        "p",
        "Prepared at the request of Mrs M. Nowicka for the First-tier Tribunal (SEND) concerning Kacper Nowicki (DOB 02/08/2010). Date of report: 28 April 2027.",
    ),
    ("b", "Opinion"),
    (
        "p",
        "Kacper meets criteria for a moderate depressive episode. His withdrawal at school is not simply shyness. He will need continued support with his mental health in the move to college, and a key worker there who knows him. In my opinion ending his EHC plan now would place him at significant risk of disengaging from education.",
    ),
    ("b", "Declaration"),
    (
        "p",
        "I understand that my overriding duty is to the Tribunal. I have no conflict of interest.",
    ),
    ("sig", ["Dr S. Achebe"]),
]

# Annual reviews ---------------------------------------------------------------

AR_ACADEMY = [
    ("org", "Wansley Lane Academy"),
    ("small", "A member of the Coquetmouth Academy Trust · 01632 960768"),
    ("title", "Annual Review of EHC Plan - Report"),
    (
        "kv",
        [
            ("Student", "Kacper Nowicki, Year 10"),
            ("Meeting date", "11/02/2026"),
            (
                "Present",
                "Mrs Nowicka, Kacper, Mr Reed (SENCo), Ms Charlton (physio), Mr Lumsden (LA)",
            ),
        ],
    ),
    ("h", 3, "Progress towards outcomes"),
    (
        "grid",
        [
            ["Outcome", "Progress"],
            ["Move around site independently", "Achieved with lift pass"],
            ["Coursework on laptop", "Touch-typing at 22 wpm - nearly achieved"],
        ],
        [0.5, 0.5],
    ),
    ("h", 3, "What is working / not working"),
    (
        "p",
        "Working: laptop, lift pass, mentor. Not working: Kacper still spends lunch alone; fatigue by period 5.",
    ),
    ("h", 3, "Recommendations to the local authority"),
    (
        "bul",
        [
            "Amend Section B to describe Kacper's social isolation.",
            "Amend Section F: physiotherapy programme daily.",
            "Plan to continue; begin transition planning for post-16.",
        ],
    ),
    ("sig", ["D. Reed, SENCo", "Report sent to the LA on 20/02/2026"]),
]

AR_TABLES = [
    ("org", "Brindley Fields School"),
    (
        "kv",
        [
            ("Annual review", "Poppy Greenhalgh"),
            ("Date", "08/07/2026"),
            ("Chair", "Mrs A. Coley, Deputy Head"),
        ],
    ),
    (
        "grid",
        [
            ["Section", "Still accurate?", "Views / evidence", "Change recommended"],
            ["B", "Partly", "SALT: uses 45 core words", "Update communication needs"],
            ["E", "Yes", "Coat outcome achieved", "New self-care outcome"],
            ["F", "Yes", "OT programme delivered", "None"],
            ["I", "Yes", "Settled well", "None"],
        ],
        [0.15, 0.17, 0.38, 0.3],
    ),
    (
        "kv",
        [
            ("Parent's view", "Really pleased; she comes home happy."),
            ("Poppy's view", "Pointed to 'happy' and 'swing' on her talker."),
            ("Recommendation", "Amend plan"),
        ],
    ),
]

AR_EML = """Dear all,

Notes from Harvey's annual review this morning (held at Holmbrook Edge, Kestrel Base).

Present: Mrs Bottomley, Mrs Holt (Base lead), Miss Brierley (SENCo), Leanne Sutcliffe (SALT), Harvey (for the first 10 minutes).

Progress: Harvey has settled in the Base since January. No suspensions this year. He joins his mainstream class for maths and PE. SALT sessions delivered 6 per term as in the plan.
Harvey's views: "I like the Base because it's quiet. I don't like the new hall."
Parent's views: much happier at home; still worried about secondary transfer.
Outcomes: lunchtime plan used 4/5 days - achieved. New outcome needed about secondary transfer.
Recommendation to the LA: maintain the plan with amendments to Section E (new outcomes) and begin planning for Year 7.

Next steps: Miss Brierley to send the review paperwork to the LA within 2 weeks.

Karen Brierley
SENCo | Holmbrook Edge Primary Academy
Ashgill Learning Partnership | Registered in England and Wales No. 00000000
Tel: 01632 960712

This message (and any attachments) is for the intended recipient only and may contain confidential information. If you have received it in error please tell us and delete it. Ashgill Learning Partnership does not accept liability for any loss caused by viruses.
"""


DOCUMENTS: list[dict] = [
    dict(name="EP advice Harvey.pdf", kind="ep_report", blocks=EP_TABLES, sans=True),
    dict(name="SCN_0031.txt", kind="ep_report", text=EP_SCAN_CUT, ocr=True),
    dict(name="kacper ed psych notes.docx", kind="ep_report", blocks=EP_CONSULT),
    dict(name="Isla SLT.docx", kind="salt_report", blocks=SALT_TABLES),
    dict(
        name="letter from speech therapy May.pdf",
        kind="salt_report",
        blocks=SALT_NHS,
        accent="005EB8",
    ),
    dict(
        name="Mason speech assessment summary.eml",
        kind="salt_report",
        text=SALT_EML,
        headers={
            "From": "Priya Chauhan <priya.chauhan@example.org>",
            "To": "Adeola Oyelaran <adeola.o@example.org>",
            "Subject": "Mason - speech assessment summary",
            "Date": "Fri, 14 Nov 2025 12:05:48 +0000",
        },
        html=True,
    ),
    dict(name="OT nursery visit.pdf", kind="ot_report", blocks=OT_TABLES, sans=True),
    dict(name="OT.txt", kind="ot_report", text=OT_TXT),
    dict(name="physio Jan 2026.docx", kind="physio_report", blocks=PHYSIO_DOCX),
    dict(name="IMG_20250329_1612.txt", kind="physio_report", text=PHYSIO_SCAN, ocr=0.11),
    dict(name="Dr Qureshi.pdf", kind="medical_report", blocks=PAED_PDF, accent="005EB8"),
    dict(name="GP letter Taj.txt", kind="medical_report", text=GP_TXT),
    dict(name="neuro clinic letter.docx", kind="medical_report", blocks=NEURO_DOCX),
    dict(name="Healthy Minds letter.pdf", kind="camhs_report", blocks=CAMHS_PDF, accent="6A1B9A"),
    dict(name="wellbeing service.txt", kind="camhs_report", text=CAMHS_TXT, crlf=True),
    dict(
        name="Greenmoss school advice.pdf",
        kind="school_report",
        blocks=SCHOOL_ACADEMY,
        accent="B35900",
    ),
    dict(name="provision map spring.docx", kind="school_report", blocks=PROVISION_MAP, sans=True),
    dict(name="Scan 24 Sep 2025.txt", kind="school_report", text=SCHOOL_SCAN_CUT, ocr=True),
    dict(name="Okafor SLT report FINAL.pdf", kind="independent_report", blocks=IND_SALT),
    dict(name="AG report Dr Marsh.docx", kind="independent_report", blocks=IND_EP_TABLES),
    dict(
        name="OT assessment Taj.pdf",
        kind="independent_report",
        blocks=IND_OT,
        sans=True,
        accent="00695C",
    ),
    dict(name="Dr Achebe.docx", kind="independent_report", blocks=IND_PSYCHIATRY),
    dict(name="Kacper AR Feb 26.docx", kind="annual_review", blocks=AR_ACADEMY),
    dict(name="Poppy review July.pdf", kind="annual_review", blocks=AR_TABLES, sans=True),
    dict(
        name="Harvey AR notes.eml",
        kind="annual_review",
        text=AR_EML,
        headers={
            "From": "Karen Brierley <k.brierley@example.org>",
            "To": "Sarah Bottomley <sarah.b@example.org>",
            "Cc": "SEND Statutory Team <send.statutory@example.org>",
            "Subject": "Harvey - annual review notes",
            "Date": "Thu, 11 Jun 2026 13:40:02 +0100",
        },
        qp=True,
    ),
]
