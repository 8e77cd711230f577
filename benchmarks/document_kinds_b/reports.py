# ruff: noqa: E501
"""Professional reports of the second kind set: council and NHS advice titled only with the
service's name, clinic letters, a GP letter, reports pasted from scans, and privately
commissioned expert reports. All invented."""

from __future__ import annotations

# --- educational psychology -------------------------------------------------

EP_ADVICE = [
    ("org", "Harrowdene Educational Psychology Service"),
    ("small", "Town Hall Annexe, Harrowdene HD1 1TH  ·  01632 960190"),
    (
        "kv",
        [
            ("Name", "Freya Aldous"),
            ("Date of birth", "14/02/2015"),
            ("School", "Elmbrook Primary School, Year 5"),
            ("Date of visit", "14 October 2025"),
            ("Psychologist", "Dr Lorna Fenwick, Educational Psychologist (HCPC PYL09911)"),
        ],
    ),
    ("h", 2, "1. Background and reason for involvement"),
    (
        "p",
        "I was asked to provide psychological advice as part of the statutory assessment of Freya's education, health and care needs. I observed Freya in a literacy lesson, talked with her, her class teacher and the SENCo, met her mother, and carried out individual assessment.",
    ),
    ("h", 2, "2. Assessment"),
    (
        "p",
        "On the British Ability Scales (third edition) Freya's verbal and non-verbal reasoning are within the average range. Her scores for phonological processing and rapid naming are well below average (2nd and 5th centiles). Her single word reading is at the 4th centile. Freya's working memory for verbal information is a relative weakness.",
    ),
    (
        "p",
        'In class Freya watched her peers to work out what to do after the teacher\'s instructions and asked the teaching assistant to repeat the task twice. She told me: "I am rubbish at reading, everybody knows."',
    ),
    ("h", 2, "3. Freya's special educational needs"),
    (
        "bul",
        [
            "A severe and persistent difficulty with learning to read and spell, consistent with dyslexia.",
            "Slow processing of spoken language and weak verbal working memory.",
            "Low confidence and anxiety about learning, which affects her attendance.",
        ],
    ),
    ("h", 2, "4. Outcomes and provision I recommend"),
    (
        "bul",
        [
            "A systematic synthetic phonics programme delivered individually at least four times a week by an adult trained by a specialist teacher.",
            "Instructions chunked and supported visually; a check for understanding before independent work.",
            "A key adult and an agreed plan for managing anxiety, reviewed half-termly with Freya and her parents.",
        ],
    ),
    ("p", "Dr Lorna Fenwick\nEducational Psychologist\n21 October 2025"),
]

EP_CONSULT = [
    ("org", "Kestleby County Council"),
    ("title", "Psychology Service - Consultation Record"),
    (
        "kv",
        [
            ("Pupil", "Noah Brennan (DOB 09/07/2012)"),
            ("Setting", "Castlemoor Academy"),
            ("Consultation date", "11/11/2025"),
            (
                "Present",
                "Mrs J. Brennan (mother), Mr P. Doyle (SENCo), Ms R. Allaway (Head of Year 8), Ms C. Fry (Educational Psychologist)",
            ),
        ],
    ),
    ("b", "What is working well?"),
    (
        "p",
        "Noah has a good relationship with the learning support base staff and uses the base at lunchtimes. He is reading more at home and likes graphic novels.",
    ),
    ("b", "What are the concerns?"),
    (
        "p",
        "Two incidents in the playground in October in which Noah misread a joke as an insult and reacted physically. Teachers report that Noah rarely starts written work without an adult beside him.",
    ),
    ("b", "Psychological perspective"),
    (
        "p",
        "Noah's profile is consistent with his diagnosis of autism. He has difficulty with social inference and with shifting attention, and he is more likely to misread others when he is anxious. His low output in writing reflects difficulty with planning and getting started rather than lack of understanding: when I scribed for him, he gave a detailed and accurate answer. The Wechsler Individual Achievement Test reading comprehension score (standard score 76) is a significant weakness.",
    ),
    ("b", "Agreed actions"),
    (
        "num",
        [
            "School to use comic strip conversations after incidents, led by a trained member of staff.",
            "A task planner with a visual timer to be introduced in English and humanities.",
            "Reading comprehension intervention in a small group three times a week.",
            "EP to review in the spring term.",
        ],
    ),
    (
        "small",
        "This record is shared with the family and the school. C. Fry, Educational Psychologist, HCPC registered.",
    ),
]

EP_OCR = [
    ("p", "Lowbridge Council Educational Psychology Team"),
    ("p", "PSYCHOLOGICAL ADVICE"),
    (
        "p",
        "Child: Jayden Okoro   D.O.B: 12/06/2011   School: Lowbridge High School   Date of report: 4 November 2025",
    ),
    (
        "p",
        "Reason for involvement: Statutory assessment of special educational needs under section 36 of the Children and Families Act 2014.",
    ),
    (
        "p",
        "Sources of information: observation in science and English lessons; discussion with Jayden; discussion with his parents; teacher questionnaire; review of speech and language therapy reports (2019 and 2025); standardised assessment.",
    ),
    (
        "p",
        "Cognitive assessment: Jayden's verbal comprehension index fell in the low range (standard score 74). His visual spatial and fluid reasoning scores were average. This uneven profile is consistent with his diagnosed developmental language disorder.",
    ),
    (
        "p",
        "Learning: Jayden's written expression is limited. He wrote four sentences in 15 minutes in response to a picture prompt. He relies on copying from the board and from peers. When he did not understand a task he sat quietly and did not ask for help.",
    ),
    (
        "p",
        'Emotional well-being: Jayden told me he likes school because of his friends but that lessons are "boring because I don\'t get them". He scored in the elevated range for school-related anxiety.',
    ),
    (
        "p",
        "Recommendations: Jayden will need teaching approaches that reduce the language load of lessons; pre-teaching of subject vocabulary; regular checking of understanding; and an adult he trusts to go to for help. Speech and language therapy advice should be followed.",
    ),
    ("p", "Signed: Martin Kaye, Senior Educational Psychologist"),
]

EP_REVIEW = [
    (
        "cover",
        ["Ashcombe Educational Psychology Service", "Ellie-Mae Hartley", "Advice", "July 2025"],
    ),
    ("h", 2, "How I gathered information"),
    (
        "p",
        "I visited Ellie-Mae at home and at Brookholme School's nursery class, and talked with her parents, her key worker and the speech and language therapist.",
    ),
    ("h", 2, "Ellie-Mae's strengths"),
    (
        "p",
        "Ellie-Mae is sociable and likes being close to familiar adults. She shows clear preferences for music and water play and anticipates familiar routines.",
    ),
    ("h", 2, "Ellie-Mae's needs"),
    (
        "p",
        "Ellie-Mae's learning is at a very early developmental stage. Using the engagement model, she is exploring and beginning to show anticipation. She does not yet use intentional communication consistently, but responds to objects of reference. She needs adult help with all self-care.",
    ),
    ("h", 2, "What will help"),
    (
        "bul",
        [
            "A highly structured environment with consistent routines and objects of reference.",
            "A total communication approach, including intensive interaction sessions daily.",
            "A small class with a high adult to pupil ratio.",
        ],
    ),
    ("p", "Sophie Grant, Educational Psychologist (Ashcombe Metropolitan Borough Council)"),
]

# --- speech and language therapy -------------------------------------------

SALT_CLINIC = [
    ("org", "Children's Therapy Service - Clinic Letter"),
    (
        "small",
        "Wyvernshire Community Health NHS Trust  ·  Greenacre Health Centre, Ashby St Clere WY2 6GH  ·  01632 960540",
    ),
    ("p", "Date of appointment: 2 October 2025\nDate typed: 8 October 2025"),
    ("p", "To: Parent/Carer of Daniel Adebayo (DOB 05/05/2013)\ncc: GP; SENCo, Kingsmead Academy"),
    ("p", "Dear Ms Adebayo,"),
    (
        "p",
        "Thank you for bringing Daniel to clinic. I saw him for a review of his speech, language and communication.",
    ),
    (
        "p",
        'Assessment: On the CELF-5 UK Daniel\'s core language score was 71 (3rd centile), with receptive language a particular weakness. He had difficulty following instructions with more than two parts and understanding words such as "before", "unless" and "except". His speech sounds are clear. He told me that he often doesn\'t know what to do in lessons and copies his friends.',
    ),
    (
        "p",
        "Impression: Daniel has a developmental language disorder affecting his understanding and use of language.",
    ),
    (
        "p",
        "Plan: I will write a programme for school to target understanding of concept words and subject vocabulary, to be delivered three times a week by a trained teaching assistant. I will visit school to train staff and review progress in 12 weeks. Daniel will remain open to the service.",
    ),
    ("p", "Yours sincerely,"),
    ("sig", ["Megan Rhys", "Highly Specialist Speech and Language Therapist", "HCPC SL08812"]),
]

SALT_ADVICE = [
    ("org", "Thornmere Children's Speech and Language Therapy"),
    ("title", "Advice for Education, Health and Care Needs Assessment"),
    (
        "kv",
        [
            ("Child", "Arjun Mehta"),
            ("DOB", "30/05/2016"),
            ("Therapist", "Clare Dunstan, Specialist SLT"),
            ("Date", "3 November 2025"),
        ],
    ),
    ("h", 2, "Communication profile"),
    (
        "p",
        'Arjun communicates using single words, some two-word phrases, pointing and leading adults by the hand. He understands simple sentences about things he can see (for example "get your coat") but not sentences about past or future events. He echoes phrases from his favourite programmes.',
    ),
    ("h", 2, "Special educational needs (for Section B)"),
    (
        "bul",
        [
            "Severe receptive and expressive language disorder in the context of autism.",
            "Limited functional communication; he becomes distressed when he cannot make himself understood.",
        ],
    ),
    ("h", 2, "Outcomes and provision (for Sections E and F)"),
    (
        "grid",
        [
            ["Outcome", "Provision", "Who and how often"],
            [
                "Arjun will use a communication system to make requests.",
                "Aided language (core vocabulary board) modelled in all activities.",
                "All staff, daily; SLT sets up and reviews termly.",
            ],
            [
                "Arjun will understand two-key-word instructions.",
                "Direct therapy targeting understanding.",
                "SLT, 1 x 30 minutes weekly.",
            ],
            ["", "Individual language programme.", "Trained teaching assistant, 15 minutes daily."],
        ],
        [0.34, 0.33, 0.33],
    ),
    ("p", "Clare Dunstan, HCPC SL05520"),
]

SALT_OCR = [
    ("p", "Speech and Language Therapy Report"),
    ("p", "Name: Leo Marsh   DOB: 25/01/2014   NHS No: 485 777 3456"),
    ("p", "Report date: 16 December 2025   Therapist: Farah Latif, Speech and Language Therapist"),
    (
        "p",
        "Reason for report: Requested by Ashcombe SEND team as part of the EHC needs assessment.",
    ),
    (
        "p",
        "Fluency: Leo stammers on about 12% of syllables in conversation, with blocks and repetitions, and uses avoidance (changing words, not speaking). On the OASES-S his stammer has a moderate-to-severe impact on his life.",
    ),
    (
        "p",
        "Language: Leo's expressive language is below average (CELF-5 expressive language index 78); he has word-finding difficulties. His understanding is within the average range.",
    ),
    (
        "p",
        "Recommendations: Direct speech and language therapy, 1 hour per week for two terms, then review. All staff to be trained in how to support a pupil who stammers. Leo should not be made to read aloud or answer in front of the class unless he chooses to. Oral presentations to be adapted.",
    ),
    ("p", "F. Latif, SLT"),
]

SALT_DISCHARGE = [
    ("org", "Kestleby Community Healthcare NHS Trust"),
    (
        "small",
        "Paediatric Speech and Language Therapy  ·  Linden Clinic, Kestleby KE2 9LC  ·  01632 960560",
    ),
    ("b", "Episode of care summary"),
    (
        "kv",
        [
            ("Patient", "Isaac Fairbrother"),
            ("DOB", "30/08/2017"),
            ("Referred by", "Holmwood Primary School"),
            ("Episode", "March 2025 - January 2026"),
        ],
    ),
    (
        "p",
        'Isaac was referred because of concerns about his speech sounds. He received a block of 6 sessions of therapy in school for fronting (saying "t" for "k") and his speech is now intelligible in conversation. His language skills were screened and are within the expected range.',
    ),
    (
        "p",
        "Isaac has met his therapy targets and is discharged from the service. School and parents may re-refer if new concerns arise. Concerns about his reading and attention are outside the scope of this service and have been passed to the school's SENCo.",
    ),
    ("p", "Jess Whitford, Speech and Language Therapist, 19 January 2026"),
]

# --- occupational therapy ---------------------------------------------------

OT_ADVICE = [
    ("org", "Thornmere Children's Occupational Therapy"),
    ("title", "Occupational Therapy Advice"),
    (
        "p",
        "Arjun Mehta, 30/05/2016. Assessed at home and at Thornmere Child Development Centre, 5 and 12 November 2025. Report date: 14 November 2025.",
    ),
    ("h", 2, "Sensory processing"),
    (
        "p",
        'On the Sensory Profile 2 Arjun shows "much more than others" for auditory sensitivity and avoiding. He covers his ears, drops to the floor or runs away in noisy places. He seeks deep pressure and movement.',
    ),
    ("h", 2, "Self-care and motor skills"),
    (
        "p",
        "Arjun needs help with dressing and with fastenings. He holds a crayon in a fisted grasp and his drawing is at an early scribble stage.",
    ),
    ("h", 2, "Recommendations"),
    (
        "bul",
        [
            "Direct occupational therapy, 6 sessions per half term, for sensory regulation and fine motor skills.",
            "A sensory diet delivered daily by trained staff, with scheduled movement breaks.",
            "Ear defenders and access to a low-arousal space.",
            "Staff training in sensory processing by the occupational therapist.",
        ],
    ),
    ("p", "Naomi Reeve, Specialist Occupational Therapist, HCPC OT61230"),
]

OT_SENSORY = [
    ("org", "Integrated Therapies Team"),
    ("title", "Review - Occupational Therapy"),
    (
        "kv",
        [
            ("Name", "Maya Ellison"),
            ("DOB", "15/01/2013"),
            ("School", "Castlemoor Academy"),
            ("Date", "20 January 2026"),
        ],
    ),
    (
        "p",
        "Maya was referred by her GP following her diagnosis of developmental coordination disorder (dyspraxia) in December 2025.",
    ),
    (
        "p",
        "Findings: On the Movement ABC-2 Maya scored at the 2nd centile overall. Her handwriting speed on the DASH is 9 words a minute (below the 1st centile for her age), and she reports pain in her hand after writing for ten minutes. She has difficulty organising her equipment and her timetable and often arrives late to lessons.",
    ),
    (
        "p",
        "Recommendations: a sloped writing surface and an adapted pen; access to a laptop for extended writing, with a touch-typing programme; a visual timetable and checklist for equipment; extra time to move between lessons. Direct occupational therapy, 6 sessions per term, with a daily fine motor programme delivered in school.",
    ),
    ("p", "Priya Sandhu, Occupational Therapist"),
]

OT_TXT = """Penhallow Children's Occupational Therapy Service
Community OT - home and school visit

Name: Kacper Nowak        DOB: 03/09/2014
Visit: 18 November 2025, Penhallow Primary School and home

Summary
Kacper was referred to assess his needs for transfer to secondary school. He is independent in dressing except for buttons and laces. He can use a knife and fork. His handwriting is large and he struggles to fit it on the line, but it is readable.

He becomes tired on long walks and finds carrying a heavy bag difficult because of low muscle tone.

Recommendations for secondary school
- A locker so that he does not have to carry all his books.
- Lined paper with wider lines and a pencil grip.
- Practice of the route around the new school before September.
- No further occupational therapy input is needed at present; the school may re-refer.

Gwen Polglase, Occupational Therapist
"""

# --- physiotherapy ----------------------------------------------------------

PHYSIO_CLINIC = [
    ("org", "Children's Therapy Service - Clinic Letter"),
    (
        "small",
        "Lowbridge and District NHS Foundation Trust  ·  Seaview Children's Centre, Lowbridge LB1 7SC  ·  01632 960575",
    ),
    ("p", "Clinic date: 9 September 2025"),
    ("p", "Re: Tomasz Zielinski   DOB 27/04/2016   Hospital no. L2290415"),
    ("p", "Dear Dr Amadi,"),
    (
        "p",
        "I reviewed Tomasz today with his mother. Tomasz has a right hemiplegia. He walks independently at home but uses a posterior walker at school for longer distances. His right calf has tightened since his growth spurt and dorsiflexion is now limited to neutral with the knee straight.",
    ),
    (
        "p",
        "Plan: I have referred him to orthotics for a new ankle-foot orthosis. I have updated his stretching and strengthening programme, to be carried out for 20 minutes daily in school by a trained teaching assistant, and I will visit school to show staff. Review in clinic in six months.",
    ),
    ("p", "Yours sincerely"),
    ("sig", ["Chris Benton", "Paediatric Physiotherapist"]),
    ("small", "cc: Parents; SENCo, St Aidan's Catholic Primary School"),
]

PHYSIO_ADVICE = [
    ("org", "Ashcombe Children's Physiotherapy Service"),
    ("title", "Physiotherapy advice for EHC needs assessment"),
    ("p", "Name: Ellie-Mae Hartley    DOB: 17/04/2019    Date: 1 August 2025"),
    ("b", "Gross motor skills"),
    (
        "p",
        "Ellie-Mae has generalised low muscle tone. She sits independently and crawls, and is beginning to pull to stand at furniture. She walks with both hands held. Her balance is poor and she falls frequently.",
    ),
    ("b", "Needs"),
    (
        "bul",
        [
            "Ellie-Mae needs supervision at all times when moving around.",
            "She needs a specialist chair with a pelvic strap for table-top activities.",
            "She needs help on stairs and uneven ground.",
        ],
    ),
    ("b", "Recommendations"),
    (
        "bul",
        [
            "A daily standing programme in a standing frame, 30 minutes.",
            "Physiotherapy review in school every 8 weeks.",
            "A moving and handling risk assessment by school.",
        ],
    ),
    ("p", "Owen Price, Senior Paediatric Physiotherapist"),
]

PHYSIO_OCR = [
    ("p", "PAEDIATRIC PHYSIOTHERAPY - PROGRESS REPORT"),
    ("p", "Patient: Courtney Blake   DOB: 14/06/2006   Setting: Carnbrea College"),
    (
        "p",
        "Courtney has Duchenne-like limb girdle weakness and uses a powered wheelchair outdoors. She transfers with standby assistance. Her hip range has been maintained with her home stretching programme.",
    ),
    (
        "p",
        "Goals reviewed: independent transfer bed to chair - achieved; standing with frame for 20 minutes - partly achieved (12 minutes).",
    ),
    (
        "p",
        "Plan: continue daily stretches; standing frame at college three times a week; hydrotherapy block of six sessions in spring; review in 6 months. Transition to adult neuro-physiotherapy to be discussed at next review.",
    ),
    ("p", "Lowenna Rowe MCSP, Physiotherapist, 3 February 2026"),
]

# --- medical ----------------------------------------------------------------

GP_LETTER = [
    ("org", "Brookside Surgery"),
    (
        "small",
        "Dr A. Amadi  Dr H. Kerr  Dr S. Patel   ·   14 Brook Street, Lowbridge LB3 5BS   ·   01632 960600",
    ),
    ("p", "4 December 2025"),
    ("p", "To whom it may concern"),
    ("b", "Re: Tomasz Zielinski, DOB 27/04/2016, 22 Harbour Road, Lowbridge"),
    (
        "p",
        "I am Tomasz's GP. His mother has asked me to write in support of her request for help with his needs at school.",
    ),
    (
        "p",
        "Tomasz has cerebral palsy (right hemiplegia) and is under the care of the paediatric and physiotherapy teams at Lowbridge. He also has constipation, for which he takes regular laxatives, and he needs quick access to a toilet. He tires easily, and his mother reports that he is exhausted after school and has pain in his right leg in the evenings.",
    ),
    (
        "p",
        "In my opinion Tomasz needs support in school with his mobility, with writing and with toileting, and his physiotherapy programme should be carried out daily. I would be grateful if this could be taken into account.",
    ),
    ("p", "Yours faithfully"),
    ("sig", ["Dr Adaeze Amadi MBBS MRCGP", "GMC 7012345"]),
]

CDC_LETTER = [
    ("org", "Child Development Centre - Clinic Letter"),
    (
        "small",
        "Thornmere Community Paediatrics, Thornmere Child Development Centre, Parkway, Thornmere TH3 8PW. Tel 01632 960620.",
    ),
    ("p", "Dictated: 20/11/2025  Typed: 24/11/2025"),
    ("p", "Dr R. Kaur\nHollybush Medical Practice\nThornmere"),
    ("p", "Dear Dr Kaur"),
    ("p", "Arjun MEHTA   DOB 30/05/2016   NHS 626 123 4455\n6 Larch Way, Thornmere TH6 2BN"),
    (
        "p",
        "Diagnoses:\n1. Autism spectrum disorder (diagnosed March 2020)\n2. Severe language disorder\n3. Restricted eating (ARFID features)\n4. Sleep onset difficulty",
    ),
    (
        "p",
        "I reviewed Arjun in the community paediatric clinic with his mother and father. Growth is satisfactory (weight 25th centile, height 50th). He eats a limited range of foods, mainly dry and beige, and the dietitian is involved. He takes melatonin 3 mg at bedtime with some improvement in sleep onset. There are no seizures.",
    ),
    (
        "p",
        "Arjun's parents are concerned about his current school placement, where he is distressed by noise. In my opinion Arjun needs a small, low-arousal environment and staff experienced in autism and in augmentative communication. I have provided health advice for his EHC needs assessment.",
    ),
    ("p", "Plan: continue melatonin; dietetic review; I will see him again in 12 months."),
    ("p", "Yours sincerely"),
    ("p", "Dr Hamid Qureshi\nConsultant Community Paediatrician"),
]

HEALTH_ADVICE_OCR = [
    ("p", "Kestleby Community Healthcare NHS Trust"),
    ("p", "Community Paediatrics"),
    ("p", "HEALTH ADVICE - EDUCATION, HEALTH AND CARE NEEDS ASSESSMENT"),
    (
        "p",
        "Name: Noah Brennan   DOB: 09/07/2012   Date: 28 September 2025   Author: Dr Imogen Shaw, Specialty Doctor",
    ),
    (
        "p",
        "Relevant history: Noah was diagnosed with autism spectrum condition by the Kestleby neurodevelopmental team in August 2021. He has no other medical diagnoses. Hearing and vision were normal when tested in 2021. He takes no regular medication.",
    ),
    (
        "p",
        "Health needs relevant to education: Noah's autism affects his social communication and his ability to manage change. He has sensory sensitivity to noise and to certain clothing textures. Sleep is variable.",
    ),
    (
        "p",
        "Health provision: no ongoing treatment is required from the paediatric service. Noah will be reviewed once a year, or sooner if concerns arise. School staff should be aware of his sensory needs.",
    ),
    ("p", "Signed: Dr I. Shaw, for the Designated Clinical Officer"),
]

AUDIOLOGY = [
    ("org", "Paediatric Audiology"),
    (
        "small",
        "Kestleby General Hospital, ENT and Audiology Department, Kestleby KE1 5GH, 01632 960640",
    ),
    ("p", "Date of test: 2 September 2025"),
    ("p", "Name: Amelia Dunmore    DOB: 19/03/2016    Hospital number: K7733190"),
    (
        "p",
        "Test results: Pure tone audiometry shows a bilateral moderate sensorineural hearing loss (average 50 dB HL right, 55 dB HL left), unchanged from March 2025. Tympanometry normal both ears. Aided speech testing in quiet: 88% words correct; in background noise: 52%.",
    ),
    ("p", "Hearing aids were checked and re-programmed. New earmoulds taken."),
    (
        "p",
        "Recommendations for school: Amelia's hearing aids do not give her normal hearing, and she will miss a great deal in noisy classrooms. She should use a radio aid in all lessons, be seated near the teacher, and have subtitles on all videos. Support from the Teacher of the Deaf should continue.",
    ),
    ("p", "Next review: March 2026."),
    ("p", "Rosalind Achebe, Clinical Scientist (Audiology)"),
]

# --- CAMHS ------------------------------------------------------------------

CAMHS_SERVICE = [
    ("org", "Northvale Children and Young People's Mental Health Service"),
    ("small", "Getting More Help Team  ·  The Willows, Ashby St Clere WY4 1WL  ·  01632 960660"),
    ("p", "Date: 5 November 2025"),
    ("p", "Re: Maisie Coulter, DOB 22/11/2010"),
    ("p", "Dear Mr Coulter,"),
    (
        "p",
        "I am writing to summarise Maisie's assessment and treatment with our team, at your request, for her EHC needs assessment.",
    ),
    (
        "p",
        "Maisie was referred in March 2025 with anxiety and low mood. At assessment she met the criteria for generalised anxiety disorder, with panic attacks mostly on school mornings. Her scores on the RCADS were in the clinical range for generalised anxiety and separation anxiety.",
    ),
    (
        "p",
        "She has attended 10 sessions of cognitive behavioural therapy with me. She has learned to recognise early signs of anxiety and uses breathing and grounding techniques. Her anxiety is lower at home, but school remains very difficult, particularly in crowded corridors and in lessons where she may be asked to read aloud.",
    ),
    (
        "p",
        "For school, it will help Maisie to have a trusted adult, a gradual plan for increasing attendance that she has helped write, a quiet place to go, and to be excused from reading aloud. We will continue to see her fortnightly until February 2026.",
    ),
    ("p", "Kind regards,"),
    ("sig", ["Dr Nia Evans", "Clinical Psychologist"]),
]

CAMHS_DISCHARGE = [
    ("org", "Lowbridge CAMHS"),
    ("title", "Discharge summary"),
    (
        "kv",
        [
            ("Young person", "Zofia Kowalczyk"),
            ("DOB", "11/11/2011"),
            ("Referral date", "12/01/2025"),
            ("Discharge date", "15/09/2025"),
            ("Clinician", "Sam Okonjo, Mental Health Practitioner"),
        ],
    ),
    (
        "p",
        "Presenting difficulties: low mood, self-harm (superficial cutting) and school avoidance following bullying in Year 8.",
    ),
    (
        "p",
        "Intervention: risk assessment and safety plan; 12 sessions of individual therapy; liaison with Oakvale School about a support plan.",
    ),
    (
        "p",
        "Outcome: Zofia has not self-harmed since April. Her mood has improved and she is attending school part-time. She is discharged with agreement. The family know how to re-refer.",
    ),
    (
        "p",
        "Recommendations for school: continue the support plan, including a pass to leave lessons, a weekly session with the school counsellor, and a gradual return to a full timetable.",
    ),
]

CAMHS_OCR = [
    ("p", "CHILD AND ADOLESCENT MENTAL HEALTH SERVICE"),
    ("p", "Harrowdene Neurodevelopmental and Emotional Wellbeing Team"),
    ("p", "Assessment summary"),
    ("p", "Name: Ruby-Rose Kaye   DOB: 08/08/2013   Seen: 21/10/2025 and 04/11/2025"),
    (
        "p",
        "Ruby-Rose was referred by her social worker because of explosive behaviour at home and at school, poor sleep and nightmares. She lives with her mother; there is a history of domestic abuse in early childhood.",
    ),
    (
        "p",
        'Ruby-Rose described feeling constantly on edge and said that she "kicks off" when she thinks adults are going to blame her. She reported intrusive memories. Scores on the Child PTSD Symptom Scale were in the clinical range.',
    ),
    (
        "p",
        "Formulation: Ruby-Rose's difficulties are best understood as a trauma response. She is hypervigilant and perceives threat in ordinary adult behaviour (raised voices, being approached quickly).",
    ),
    (
        "p",
        "Plan: Trauma-focused CBT, 12 sessions. Consultation for school staff about trauma-informed approaches. Review in three months.",
    ),
    ("p", "Dr Kofi Mensah, Consultant Child and Adolescent Psychiatrist"),
]

# --- independent (privately commissioned) reports ---------------------------

INDEPENDENT_EP = [
    ("org", "Dr Helen Marchbank CPsychol AFBPsS"),
    (
        "small",
        "Chartered Educational Psychologist  ·  HCPC PYL04417  ·  7 Queen's Walk, Thornmere TH2 6QW  ·  01632 960710",
    ),
    ("title", "Report on Arjun Mehta"),
    (
        "p",
        "Prepared for the First-tier Tribunal (Special Educational Needs and Disability), appeal EH-2026-01873, at the request of Mr and Mrs Mehta (the Appellants).",
    ),
    ("h", 2, "1. Instructions"),
    (
        "p",
        "I was instructed by Whitcombe Lane LLP on behalf of Arjun's parents to assess Arjun's special educational needs and to give my opinion on the special educational provision he requires and the suitability of the placement named in his plan.",
    ),
    ("h", 2, "2. Assessments carried out"),
    (
        "p",
        "I observed Arjun for a morning at Fernhill School on 12 March 2026 and at home on 14 March 2026, interviewed his parents and his class teacher, and reviewed the advice in Section K of his plan.",
    ),
    ("h", 2, "3. Opinion on Section B"),
    (
        "p",
        "Section B understates the severity of Arjun's sensory needs and makes no mention of his fine motor and self-care difficulties, which are well documented by the occupational therapist.",
    ),
    ("h", 2, "4. Opinion on Section F"),
    (
        "p",
        "In my opinion Section F should specify direct occupational therapy of six sessions per half term, a sensory diet devised by the occupational therapist and delivered throughout the day, and daily intensive interaction sessions of at least 20 minutes led by trained staff.",
    ),
    ("h", 2, "5. Statement of truth"),
    (
        "p",
        "I understand that my duty in writing this report is to help the Tribunal on matters within my expertise, and that this duty overrides any obligation to the person who instructed or paid me. I confirm that the facts stated in this report are true and that the opinions I have expressed are my true and complete professional opinion.",
    ),
    ("p", "Dr Helen Marchbank, 30 March 2026"),
]

INDEPENDENT_SALT = [
    ("org", "Clearspeak Therapy Ltd"),
    (
        "small",
        "Independent Speech and Language Therapy  ·  info@clearspeak.example.org  ·  01632 960722",
    ),
    ("title", "Expert Speech and Language Therapy Report"),
    (
        "kv",
        [
            ("Client", "Daniel Adebayo"),
            ("Date of birth", "05/05/2013"),
            ("Instructed by", "Ms S. Adebayo (parent)"),
            ("Dates of assessment", "10 and 17 March 2026"),
            ("Author", "Isobel Tranter, MRCSLT, HCPC SL03344"),
        ],
    ),
    ("h", 2, "Summary of opinion"),
    (
        "p",
        "Daniel has a severe developmental language disorder. His receptive language has not improved since his NHS assessment in October 2025, despite the school programme. In my opinion he requires direct speech and language therapy from a qualified therapist, not only a programme delivered by a teaching assistant, and the provision he needs cannot reasonably be made from the school's own resources.",
    ),
    ("h", 2, "Assessment results"),
    (
        "grid",
        [
            ["Assessment", "Score", "Centile"],
            ["CELF-5 UK Receptive Language Index", "68", "2"],
            ["CELF-5 UK Expressive Language Index", "75", "5"],
            ["Test of Word Finding", "77", "6"],
            ["Renfrew Bus Story (information)", "-", "below 5"],
        ],
        [0.5, 0.25, 0.25],
    ),
    ("h", 2, "Recommended provision"),
    (
        "bul",
        [
            "Direct speech and language therapy, 1 x 45 minutes weekly, by an SLT, for at least 30 weeks a year.",
            "A daily language programme delivered by a teaching assistant trained and supervised by the SLT.",
            "Termly training for subject teachers in adapting language.",
        ],
    ),
    ("h", 2, "Declaration"),
    (
        "p",
        "I confirm that I have made clear which facts and matters referred to in this report are within my own knowledge and which are not. I understand my duty to the Tribunal.",
    ),
]

INDEPENDENT_OT_TXT = """INDEPENDENT OCCUPATIONAL THERAPY ASSESSMENT
Sensory Integration and Motor Skills

Prepared by: Amira Haddad, BSc (Hons) OT, Advanced Practitioner in Sensory Integration
Haddad Paediatric OT - private practice - 01632 960731
Commissioned by: Mrs Dawn Ellison
Re: Maya Ellison, DOB 15/01/2013
For: First-tier Tribunal (SEND), appeal EH-2026-00952

1. Summary
Maya has developmental coordination disorder. Her handwriting is slow and painful and her organisational difficulties are significant. The NHS review of January 2026 recommended direct therapy, but the local authority has not included it in her plan.

2. Assessment
Bruininks-Oseretsky Test of Motor Proficiency (BOT-2): fine manual control standard score 33 (well below average); manual coordination 35 (below average).
Handwriting speed: 10 words per minute copying; 7 words per minute free writing.
Sensory Processing Measure-2: definite dysfunction in body awareness and planning.

3. Recommendations
- Direct occupational therapy from a qualified OT, 1 hour a week for 12 weeks, then 6 sessions per term.
- A daily fine motor and core stability programme, 15 minutes, delivered by a trained TA.
- A laptop for all extended writing, with a touch-typing course.
- Help with organisation: colour-coded timetable, equipment checklist, locker.

4. Declaration
I understand that my overriding duty is to the Tribunal. I have no conflict of interest. I confirm that the contents of this report are true to the best of my knowledge and belief.

Amira Haddad, 11 June 2026
"""

INDEPENDENT_PSYCH = [
    ("org", "Dr Jonathan Pell MB ChB FRCPsych"),
    (
        "small",
        "Consultant Child and Adolescent Psychiatrist (private practice)  ·  The Chambers, 2 Abbey Row, Kestleby KE3 4AR  ·  01632 960745",
    ),
    ("title", "Psychiatric report"),
    (
        "p",
        "Re: Noah Brennan (DOB 09/07/2012)\nInstructed by: Mrs J. Brennan\nDate of assessment: 8 May 2026\nDate of report: 22 May 2026",
    ),
    ("b", "Purpose"),
    (
        "p",
        "I was asked by Noah's mother to give an independent opinion on Noah's diagnoses and his needs in education, for use in her appeal to the SEND Tribunal. I have not treated Noah and have no connection with the local authority or the school.",
    ),
    ("b", "Findings"),
    (
        "p",
        "In addition to his diagnosis of autism, Noah meets the criteria for attention deficit hyperactivity disorder, combined presentation, on the basis of the DIVA-5 interview, Conners 4 rating scales from his mother and two teachers, and my observation. I also found a moderate level of anxiety, particularly social anxiety.",
    ),
    ("b", "Opinion"),
    (
        "p",
        "Noah's difficulties starting work, his impulsive reactions and his misreading of social situations are explained by the combination of autism, ADHD and anxiety. They are not adequately described in Section B of his plan. He would benefit from a specialist assessment of medication with his NHS paediatrician, and in school from a consistent key worker, a reduced-stimulus work space and direct teaching of emotional regulation strategies.",
    ),
    ("b", "Declaration"),
    (
        "p",
        "I understand that my duty is to help the Tribunal on matters within my expertise and that this duty overrides any obligation to the person who instructed me.",
    ),
    ("p", "Dr Jonathan Pell, GMC 4567890"),
]

DOCUMENTS: list[dict] = [
    dict(name="EP advice Freya.pdf", kind="ep_report", blocks=EP_ADVICE, sans=True),
    dict(name="Document (12).docx", kind="ep_report", blocks=EP_CONSULT),
    dict(
        name="scan0016.txt",
        kind="ep_report",
        blocks=EP_OCR,
        ocr=True,
        running="Jayden Okoro - Psychological Advice - CONFIDENTIAL",
    ),
    dict(name="EM advice July.pdf", kind="ep_report", blocks=EP_REVIEW, accent="6A1B9A"),
    dict(
        name="clinic letter Oct.pdf",
        kind="salt_report",
        blocks=SALT_CLINIC,
        sans=True,
        accent="005EB8",
    ),
    dict(name="Arjun SLT.docx", kind="salt_report", blocks=SALT_ADVICE, sans=True),
    dict(name="IMG_2058.txt", kind="salt_report", blocks=SALT_OCR, ocr=True),
    dict(
        name="download (9).pdf",
        kind="salt_report",
        blocks=SALT_DISCHARGE,
        sans=True,
        accent="005EB8",
    ),
    dict(name="scan0009.pdf", kind="ot_report", blocks=OT_ADVICE, ocr=True),
    dict(name="Document (15).docx", kind="ot_report", blocks=OT_SENSORY, sans=True),
    dict(name="Kacper OT.txt", kind="ot_report", text=OT_TXT, crlf=True),
    dict(
        name="clinic letter Sept.pdf",
        kind="physio_report",
        blocks=PHYSIO_CLINIC,
        sans=True,
        accent="005EB8",
    ),
    dict(name="physio.docx", kind="physio_report", blocks=PHYSIO_ADVICE),
    dict(name="IMG_2102.txt", kind="physio_report", blocks=PHYSIO_OCR, ocr=True),
    dict(name="GP letter.pdf", kind="medical_report", blocks=GP_LETTER),
    dict(
        name="CDC letter 24.11.25.pdf",
        kind="medical_report",
        blocks=CDC_LETTER,
        sans=True,
        accent="005EB8",
    ),
    dict(name="scan0005.txt", kind="medical_report", blocks=HEALTH_ADVICE_OCR, ocr=True),
    dict(name="hearing test.docx", kind="medical_report", blocks=AUDIOLOGY, sans=True),
    dict(
        name="letter from Dr Evans.pdf",
        kind="camhs_report",
        blocks=CAMHS_SERVICE,
        sans=True,
        accent="005EB8",
    ),
    dict(name="Document (19).docx", kind="camhs_report", blocks=CAMHS_DISCHARGE),
    dict(name="scan0018.txt", kind="camhs_report", blocks=CAMHS_OCR, ocr=True),
    dict(name="Marchbank report FINAL.pdf", kind="independent_report", blocks=INDEPENDENT_EP),
    dict(
        name="Daniel SALT report March 2026.docx",
        kind="independent_report",
        blocks=INDEPENDENT_SALT,
        sans=True,
        accent="00838F",
    ),
    dict(name="OT report for tribunal.txt", kind="independent_report", text=INDEPENDENT_OT_TXT),
    dict(name="download (14).pdf", kind="independent_report", blocks=INDEPENDENT_PSYCH),
]
