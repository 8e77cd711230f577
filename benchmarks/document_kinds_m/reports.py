# ruff: noqa: E501
"""Educational reports of the thirteenth kind set: educational psychologists (one report with
no title at all, one council appendix, one pasted as text, one scanned), speech and language
therapists (a bilingual Welsh health board report, a clinic letter with no title, advice
inside a forwarded e-mail, a phone photograph), occupational therapists, schools on academy
trusts' letterheads (advice, a provision summary, a SENCo's statement for the tribunal, a
scan) and independent experts instructed by families. All invented."""

from __future__ import annotations

from document_kinds_m.letters import headers

EP_NO_TITLE = [
    (
        "kv",
        [
            ("Name", "Osian Lloyd"),
            ("Date of birth", "17/05/2018"),
            ("School", "Hopebury Primary School (Year 2)"),
            ("Parents", "Huw and Sian Lloyd"),
            ("Dates of involvement", "9 March 2026 (school), 23 March 2026 (home)"),
            ("Reason", "Statutory advice, section 36 Children and Families Act 2014"),
        ],
        [0.3, 0.7],
    ),
    (
        "p",
        "I met Osian twice: once in school, where I watched him in a phonics lesson and on the playground and then worked with him in the library, and once at home on the family's farm with his mum and dad. I also spoke to his class teacher, Mrs Probert (who is also the head teacher and SENCo), and read the speech and language therapy report of 2 March 2026.",
    ),
    (
        "p",
        'Osian is a friendly, practical boy who loves the farm, tractors and helping his dad with the lambs. His parents describe him as "happiest outdoors". At school he is kind to younger children, and staff say he works hard when the task is practical.',
    ),
    ("b", "What I found"),
    (
        "p",
        "On the British Ability Scales (BAS3) Osian's non-verbal reasoning was in the average range (standard score 96). His verbal similarities and word definitions scores were well below average (standard scores 72 and 70), which is in line with the language difficulties the speech and language therapist describes. His recall of digits forward was at the 5th centile.",
    ),
    (
        "p",
        "Osian reads 12 of the 40 common words taught in Reception and can blend some two- and three-sound words orally, but not yet from print. He finds it hard to hold a sentence in mind long enough to write it.",
    ),
    (
        "p",
        'In class Osian often watches other children to know what to do. When the teacher asked the class to "get your reading folders, put your name on the sheet and sit on the carpet", he went to the carpet without his folder.',
    ),
    ("b", "My view of Osian's needs"),
    (
        "p",
        "Osian has significant difficulties with understanding and using spoken language, with phonological awareness and with auditory working memory. Together these are holding back his early reading and writing. His difficulties are not explained by his ability to reason, which is average when language is taken out of the task.",
    ),
    ("b", "What would help"),
    (
        "bul",
        [
            "Daily individual or paired phonics teaching for 15 to 20 minutes, using a systematic synthetic programme, from an adult trained in it, with over-learning and frequent review.",
            "Instructions given one step at a time, with a visual prompt, and checked by asking Osian to show what he will do.",
            "The speech and language therapist's programme delivered at least three times a week by a teaching assistant she has trained.",
            "Pre-teaching of topic vocabulary each week.",
            "A review of his progress by the educational psychologist in a year.",
        ],
    ),
    (
        "p",
        "I would be happy to talk to Osian's parents or school about this advice.",
    ),
    (
        "sig",
        [
            "Dr Ffion Meredith",
            "Educational Psychologist (HCPC PYL09991)",
            "Marcher Hills Educational Psychology Service",
            "21 April 2026",
        ],
    ),
]

EP_APPENDIX_D = [
    ("org", "Weaverdale Educational Psychology Service"),
    ("small", "Appendix D: Psychological advice for an EHC needs assessment"),
    (
        "kv",
        [
            ("Child", "Amelia Stanway, DOB 05/04/2020"),
            ("School", "St Winefride's Catholic Primary School, Year 1"),
            ("Educational psychologist", "Dr Priya Lomax"),
            ("Date of report", "24 March 2026"),
        ],
    ),
    ("h", 2, "1. Summary"),
    (
        "p",
        "Amelia is a sociable and determined five-year-old with Down syndrome. She has significant learning needs across all areas, with relative strengths in visual learning and social motivation.",
    ),
    ("h", 2, "2. Background"),
    (
        "p",
        "Amelia attended Little Acorns Nursery with support from the Early Years Inclusion Team. She joined St Winefride's in September 2025 with an individual teaching assistant funded through SEN Support top-up funding.",
    ),
    ("h", 2, "3. Basis of assessment"),
    (
        "bul",
        [
            "Observation in class and at playtime (3 March 2026)",
            "Individual work using play-based assessment and the Early Years Foundation Stage profile",
            "Consultation with parents, class teacher, SENCo and speech and language therapist",
        ],
    ),
    ("h", 2, "4. Views of Amelia and her parents"),
    (
        "p",
        'Amelia showed me her favourite book and signed "more" when I stopped reading. Her parents want her to stay at her local school with her sisters.',
    ),
    ("h", 2, "5. Strengths and needs"),
    ("b", "Cognition and learning"),
    (
        "p",
        "Amelia's learning is at around the level of a child of two and a half to three years. She matches pictures and colours and can count objects to 3. She needs many repetitions to learn new information.",
    ),
    ("b", "Communication and interaction"),
    (
        "p",
        "Amelia understands two key words in a sentence. She uses about 40 signs and 15 spoken words.",
    ),
    ("b", "Physical and sensory"),
    ("p", "Low muscle tone affects her sitting posture and her pencil grip."),
    ("h", 2, "6. Outcomes"),
    (
        "p",
        "Amelia will communicate her needs and choices using signs, symbols and words; she will recognise her name and familiar words; she will become more independent in self-care.",
    ),
    ("h", 2, "7. Provision"),
    (
        "num",
        [
            "Full-time support from a teaching assistant trained in Makaton and in Down syndrome-specific teaching approaches (27.5 hours a week).",
            "A visual reading approach (See and Learn), 10 minutes daily.",
            "Work at an individual level planned by the class teacher with advice from the Cognition and Learning Team each term.",
            "Training in Down syndrome-specific teaching for all staff working with Amelia.",
        ],
    ),
    ("sig", ["Dr Priya Lomax", "Senior Educational Psychologist"]),
]

EP_TXT = """Educational Psychology Advice
Isle of Wrenmoor Educational Psychology Service (Children's Services, County Hall, Portcallow)

Child: Lily Ashdown      DOB: 22/01/2020      Setting: Saltings CE Primary School (Year 1)
EP: Tamsin Gilbert, Educational Psychologist   Date: 2 March 2026
Advice requested by: SEND Team, for an education, health and care needs assessment

1. How this advice was gathered
I visited Lily in school on 12 and 19 February 2026 (I travel from the mainland on Tuesdays,
so both visits were on a Tuesday). I observed Lily in a phonics lesson and in the outdoor
area, worked with her individually, and talked to her class teacher (Mr Quick), the SENCo,
and Lily's mum. I read the reports from Paediatric Audiology and speech and language therapy.

2. Lily's views
Lily told me she likes "the shells table" and "when Miss does the pictures". She said it is
"too shouty" in the hall.

3. Assessment
On the British Ability Scales (BAS3, Early Years battery) Lily's pattern puzzle and picture
similarities scores were in the average range; her naming vocabulary and verbal
comprehension scores were below average (T scores 32 and 30). Lily wore both hearing aids
and the room was quiet.

4. Strengths
Visual reasoning, number sense, persistence, warmth with peers.

5. Needs
- Lily's understanding of spoken language and her vocabulary are well below those of her
  peers, and this limits her access to teaching delivered through talk.
- In noise, Lily misses much of what is said even with her aids.
- Lily is at an early stage of phonics: she knows most single letter sounds but is not yet
  blending reliably.
- Lily's confidence drops in whole-class work; she has begun to say "I can't".

6. Recommendations
- Visual support (pictures, objects, gesture) for all key instructions and new vocabulary.
- Use of a radio aid by all adults teaching Lily.
- Small group (no more than 4) phonics catch-up daily, 15 minutes, with a trained adult.
- A language programme from the speech and language therapist, delivered in school
  at least three times a week.
- Seat Lily near the teacher, away from the door and the interactive whiteboard fan.

Tamsin Gilbert
Educational Psychologist, HCPC registered
"""

EP_SCAN = """BRACKENFELL EDUCATIONAL PSYCHOLOGY SERVICE
Brackenfell Metropolitan Borough Council - Inclusion and SEND

PSYCHOLOGICAL ADVICE

Name: Maisie Holt    Date of birth: 11/09/2017
School: Brackenfell Moor Primary School  Year group: 3
Date of assessment: 20 February 2026  Date of advice: 9 March 2026

Background
Maisie has been on the school's SEN register since Reception. She has received phonics
intervention daily for two years and has had advice from the Learning Support Service.
Her mother describes her as anxious about school in the mornings and very tired after.

Assessment
WISC-V: Verbal Comprehension 74, Visual Spatial 79, Fluid Reasoning 76, Working Memory 69,
Processing Speed 72. Full Scale IQ 70 (2nd centile).
WIAT-4: Word Reading 65, Pseudoword Decoding 61, Numerical Operations 70.

Summary of needs
Maisie's needs are severe and long-term. She has global learning difficulties with
particular weaknesses in working memory and phonological processing. She has made very
little progress in reading over two years of well-delivered SEN Support: her word reading
age has moved from 5y 2m to 5y 6m. She is beginning to avoid reading tasks and shows
anxiety when asked to read aloud.

Recommendations
1. Daily individual teaching of reading (20 minutes) using a highly structured,
   cumulative programme with built-in over-learning.
2. A differentiated curriculum with small steps, reviewed half-termly.
3. Numeracy taught with concrete apparatus daily in a small group.
4. Adult support in all English and maths lessons to keep her engaged and reduce anxiety.
5. A key adult to check in each morning.
6. Review by the educational psychologist in 12 months.

J. Whitworth
Educational Psychologist
"""

SALT_BILINGUAL = [
    ("org", "Bwrdd Iechyd Addysgu Dyffryn Hafren / Hafren Valley Teaching Health Board"),
    (
        "small",
        "Therapi Iaith a Lleferydd Plant / Children's Speech and Language Therapy | Canolfan Iechyd Y Trallwng / Welshpool Health Centre | 01632 960640",
    ),
    ("title", "Adroddiad / Report"),
    (
        "kv",
        [
            ("Enw / Name", "Rhys Pryce-Morgan"),
            ("Dyddiad geni / Date of birth", "14/08/2016"),
            ("Rhif GIG / NHS number", "999 214 6630"),
            ("Ysgol / School", "Clunford CE Primary School, Marcher Hills (England)"),
            ("Dyddiad / Date", "2 March 2026"),
        ],
    ),
    (
        "p",
        "Purpose: advice to Marcher Hills Council for Rhys's education, health and care needs assessment. Rhys lives in England but is registered with a GP in Wales, so he is seen by our service.",
    ),
    ("h", 2, "Asesiad / Assessment"),
    (
        "p",
        "Rhys was seen in school on 11 and 18 February 2026. Assessments used: CELF-5 UK (selected subtests), Renfrew Action Picture Test, observation in class and at lunch.",
    ),
    (
        "grid",
        [
            ["Subtest", "Scaled score", "Description"],
            ["Sentence Comprehension", "5", "Below average"],
            ["Word Structure", "4", "Below average"],
            ["Formulated Sentences", "3", "Well below average"],
            ["Following Directions", "5", "Below average"],
        ],
        [0.45, 0.2, 0.35],
    ),
    ("h", 2, "Crynodeb / Summary"),
    (
        "p",
        "Rhys has a language disorder associated with autism. His understanding of longer sentences and his ability to put his ideas into words are well below what is expected for his age. He has particular difficulty telling someone what happened and expressing how he feels, which contributes to distress at lunchtimes.",
    ),
    ("h", 2, "Argymhellion / Recommendations"),
    (
        "bul",
        [
            "A language programme written by the speech and language therapist, delivered by a trained teaching assistant for 20 minutes, four times a week; reviewed by the therapist each term.",
            'Use of a visual timetable and "now and next" board every day.',
            "Narrative intervention (e.g. colour-coded story frames) in a small group once a week.",
            "Staff training on supporting language in class (one twilight session).",
        ],
    ),
    (
        "sig",
        [
            "Nia Prosser",
            "Specialist Speech and Language Therapist / Therapydd Iaith a Lleferydd Arbenigol",
            "HCPC SL09992",
        ],
    ),
]

SALT_NO_TITLE = [
    ("org", "Weaverdale Community Health Services NHS Trust"),
    (
        "small",
        "Paediatric Speech and Language Therapy | Riverside Clinic, Weaverham WV3 1RC | 01632 960612",
    ),
    ("p", "Date: 17 March 2026\nNHS No: 999 503 7781"),
    ("p", "Re: Amelia Stanway, DOB 05/04/2020, 7 Kingfisher Way, Weaverham"),
    ("p", "Dear colleague,"),
    (
        "p",
        "I have known Amelia since she was 18 months old. I saw her in school on 10 March 2026 to contribute to her education, health and care needs assessment, and I have also drawn on my sessions with her at clinic since September.",
    ),
    (
        "p",
        "Amelia communicates using a mixture of Makaton signs (about 40), single words and gesture. Her speech is unclear to unfamiliar people: she reduces most words to their first syllable. On the Derbyshire Language Scheme she understood sentences with two key words but not three. She enjoys interaction and is motivated to communicate.",
    ),
    (
        "p",
        "Amelia needs all adults who work with her to sign key words and to use short, simple language with visual support. She needs regular, frequent practice of new vocabulary and of two-word combinations, and a consistent approach between home and school.",
    ),
    (
        "p",
        "I recommend that Amelia receives six direct therapy sessions each term from a speech and language therapist, in school, with her teaching assistant present so that targets can be carried over. Her teaching assistant should carry out a language programme for 15 minutes twice a day. All staff in her class should attend Makaton Level 1 training within the first term. I will review her programme each half term.",
    ),
    ("p", "Please contact me if you have any questions."),
    (
        "sig",
        [
            "Yours sincerely,",
            "Rachel Hulme",
            "Highly Specialist Speech and Language Therapist (Learning Disabilities)",
            "cc: Mr and Mrs Stanway; SENCo, St Winefride's",
        ],
    ),
]

SALT_FWD_EML = """Hi Jo,

As promised at pick-up, here is what Kerensa (Lily's SALT) sent after her visit on
Thursday - it's her advice for the assessment, she said she'll send the formal copy to the
council too. I've printed one for Mr Quick.

Sally Pascoe
SENCo, Saltings CE Primary School (Wrenmoor Academies Trust)

----- Forwarded message -----
From: Kerensa Nance <k.nance@example.org>
Sent: 20 February 2026 16:12
To: Sally Pascoe <senco.saltings@example.org>
Subject: Lily Ashdown - SLT advice for EHCNA

Dear Sally,

Please find my advice for Lily's EHC needs assessment below.

Speech and Language Therapy Advice
Lily Ashdown, DOB 22/01/2020, NHS no. 999 388 1042
Wrenmoor Community Paediatric SLT, St Brannoc's Hospital

Assessment (CELF-5 UK, 12 and 19 February 2026, hearing aids in, quiet room):
Receptive language standard score 71 (3rd centile); expressive language 78 (7th centile).
Lily had particular difficulty with following directions and with sentence comprehension.
She uses short sentences and often leaves out small grammatical words.

Impression: Lily presents with developmental language disorder, which is in addition to
(and not explained by) her hearing loss.

Recommendations:
- Direct speech and language therapy: 30 minutes weekly in blocks of 8 weeks, three
  blocks a year, focusing on understanding of language and vocabulary.
- A language programme delivered by a trained teaching assistant 3 x 20 minutes a week.
- All staff to use visual supports and check understanding.
- A Qualified Teacher of the Deaf to advise on the listening environment.

Kind regards,
Kerensa Nance
Speech and Language Therapist
"""

SALT_PHOTO = """Brackenfell Children's Therapy Services
Speech and Language Therapy

Report for annual review of EHC plan

Name: Kacper Nowicki   DOB: 09/02/2014   School: Moss Lane Academy   Date: 2 June 2026

Kacper has been known to the service since 2021 for social communication needs associated
with autism. He has had a block of 6 sessions in school this year focused on understanding
non-literal language and on repairing conversations when he has been misunderstood.

Progress: Kacper can now explain the meaning of 8 of 12 common idioms taught (baseline 2/12).
He still interprets teachers' instructions literally, e.g. "hand it in at the end" led him
to wait at the classroom door at the end of the day.

Current needs: understanding of non-literal language; interpreting others' intentions;
knowing how to join a conversation; expressing his feelings when anxious (he says "fine").

Recommendations:
1. A further block of 6 sessions of direct SALT in the autumn term.
2. School staff to avoid sarcasm and idioms in instructions, or explain them.
3. A weekly social communication group run by the ELSA using the programme provided.
4. Kacper to use his feelings scale with his key adult at the end of each day.

L. Mensah, Speech and Language Therapist
"""

OT_DOCX = [
    ("org", "Brackenfell Children's Therapy Services"),
    (
        "small",
        "Paediatric Occupational Therapy | Oakwood Child Development Centre, Brackenfell BF2 5OW",
    ),
    ("title", "Occupational Therapy Report"),
    (
        "kv",
        [
            ("Name", "Kacper Nowicki"),
            ("DOB", "09/02/2014"),
            ("NHS number", "999 462 0175"),
            ("Seen", "Moss Lane Academy, 21 April 2026"),
            ("Report date", "5 May 2026"),
        ],
    ),
    ("h", 2, "Reason for referral"),
    (
        "p",
        "Referred by the school SENCo for advice on sensory needs affecting Kacper's attendance and his time in class.",
    ),
    ("h", 2, "Assessment"),
    (
        "p",
        "Sensory Profile 2 (school companion and caregiver questionnaires), observation in a science lesson, the corridor at changeover and the dining hall, and discussion with Kacper.",
    ),
    (
        "p",
        'Kacper\'s scores show "much more than others" for auditory and olfactory sensitivity and avoiding. In the corridor he covered his ears and walked close to the wall. He did not enter the dining hall.',
    ),
    ("h", 2, "Recommendations"),
    (
        "table",
        [
            ["Recommendation", "Who", "When"],
            [
                "Leave lessons 3 minutes early to avoid crowded corridors",
                "Subject staff",
                "Every lesson change",
            ],
            [
                "Ear defenders available in all lessons; Kacper keeps them in his bag",
                "Kacper, key adult",
                "Daily",
            ],
            ["Lunch in the Hub rather than the dining hall", "Hub staff", "Daily"],
            [
                "A sensory break plan with movement activities, using his exit card",
                "Key adult",
                "As needed, reviewed half termly",
            ],
            ["Staff briefing on sensory needs", "OT with SENDCo", "Once, autumn term"],
        ],
        {"widths": [0.55, 0.2, 0.25]},
    ),
    (
        "p",
        "Kacper will be discharged from OT once the school has put the plan in place; he can be re-referred.",
    ),
    ("sig", ["Megan Sowerby", "Occupational Therapist (HCPC OT09993)"]),
]

OT_BILINGUAL_SCAN = """Bwrdd Iechyd Addysgu Dyffryn Hafren
Hafren Valley Teaching Health Board
Therapi Galwedigaethol Plant / Children's Occupational Therapy

Enw / Name: Elin Vaughan     DOB: 03/11/2011     Rhif GIG / NHS no: 999 721 4458
Ysgol / School: Bishop's Ludlow High School (Marcher Hills, England)
Date of visit: 29 April 2026     Report date: 12 May 2026

Reason for report: advice for Elin's education, health and care needs assessment,
requested by Marcher Hills Council.

Background: Elin has spastic diplegia (GMFCS level III). She uses a self-propelled
wheelchair at school and crutches for short distances.

Findings
- Handwriting speed 7 words per minute (DASH free writing; well below her age).
- Elin fatigues after 10 minutes of writing and her grip becomes painful.
- She needs help with fastenings after PE and with toileting transfers.
- Her school desk is too high for her wheelchair.
- Visual perception (TVPS-4) below average for figure ground and spatial relations.

Recommendations
1. A laptop with word prediction for all extended writing, and touch typing practice
   3 x 15 minutes a week until she types 20 words a minute.
2. A height-adjustable desk in every main classroom she uses.
3. Personal care plan with two trained staff for transfers, and a ceiling hoist in the
   accessible toilet (school to seek capital funding).
4. Enlarged, uncluttered worksheets; diagrams with one feature at a time.
5. OT review in school each term.

Bethan Rees, Therapydd Galwedigaethol / Occupational Therapist
"""

OT_TXT = """ISLE OF WRENMOOR - CHILDREN'S THERAPIES (OCCUPATIONAL THERAPY)
St Brannoc's Hospital Outreach Clinic, Sandholme

Advice for Education, Health and Care Needs Assessment
Tomas Keel, DOB 02/12/2012, Sandholme Academy, Year 8
Assessed: 3 and 10 July 2026 (school and home)      Written: 24 July 2026

What Tomas said: "I can't sit still in lessons, my body has to move. Writing hurts my hand."

Assessment: Adolescent/Adult Sensory Profile; Beery VMI; Detailed Assessment of Speed of
Handwriting (DASH 17+ not suitable - DASH used); classroom observation.

Findings:
Tomas seeks movement and deep pressure (Sensory Profile: "much more than most people" for
sensation seeking). His visual-motor integration standard score is 81. His handwriting
speed is at the 5th centile and becomes illegible when he hurries. He has a tight pencil
grip and tires quickly.

In a maths lesson Tomas rocked on his chair, left his seat 6 times in 20 minutes and was
sent out. When given a wobble cushion and a job to take the register to the office, he
stayed on task for 12 minutes.

Recommendations for school:
- Planned movement breaks every 20 minutes (an errand, wall push-ups, a walk), built into
  his timetable rather than used as a reward.
- A wobble cushion and a fidget tool in every lesson.
- A laptop for written work, with typing taught in a 6-week block (3 x 20 minutes a week).
- Teaching staff to reduce copying from the board; give printed notes.
- OT to review the sensory plan with school after one half term.

Hannah Jory, Occupational Therapist
"""

OT_APPENDIX_PDF = [
    ("org", "Weaverdale Community Health Services NHS Trust"),
    ("small", "Children's Occupational Therapy | Riverside Clinic, Weaverham WV3 1RC"),
    ("title", "Appendix F: Occupational therapy advice"),
    (
        "kv",
        [
            ("Name", "Oscar Bellis"),
            ("Date of birth", "19/06/2014"),
            ("School", "Lindow Green Primary School"),
            ("Date of assessment", "11 February 2026"),
        ],
    ),
    ("h", 2, "Assessment"),
    (
        "p",
        "Movement Assessment Battery for Children (MABC-3): total test score at the 2nd centile (manual dexterity 1st centile, aiming and catching 9th, balance 5th). Developmental Coordination Disorder Questionnaire completed by parents: indicative of DCD.",
    ),
    (
        "p",
        "Oscar holds his pen with a fisted grip and presses hard. His letters vary in size and he does not keep to the line. He takes twice as long as his classmates to change for PE.",
    ),
    ("h", 2, "Needs"),
    (
        "bul",
        [
            "Oscar has developmental coordination disorder affecting his handwriting, his organisation and his self-care.",
            "Fatigue and pain in his hand limit how much he can write.",
        ],
    ),
    ("h", 2, "Recommendations"),
    (
        "bul",
        [
            "A block of six OT sessions in school (weekly, 45 minutes) to set up a fine motor and handwriting programme.",
            "The programme to be carried out by a teaching assistant 3 times a week for 15 minutes.",
            "A sloping writing board and pencil grips.",
            "Touch typing to be taught, aiming for a laptop as his main way of recording by Year 7.",
            "Extra time to change for PE, and clothing with fewer fastenings.",
        ],
    ),
    ("sig", ["Natalie Birtles", "Specialist Occupational Therapist", "18 February 2026"]),
]

SCHOOL_ADVICE_PDF = [
    ("org", "St Winefride's Catholic Primary School"),
    (
        "small",
        "Part of the St Aelred Catholic Academy Trust | Dane Street, Weaverham WV4 6SW | 01632 960780",
    ),
    (
        "small",
        "St Aelred Catholic Academy Trust is a company limited by guarantee registered in England and Wales, no. 09990011.",
    ),
    ("title", "Appendix E: Educational advice"),
    (
        "kv",
        [
            ("Pupil", "Amelia Stanway"),
            ("Year group", "1"),
            ("Completed by", "Bernadette Flynn, SENCo, with Miss Dolan, class teacher"),
            ("Date", "27 February 2026"),
        ],
    ),
    ("h", 2, "Attainment and progress"),
    (
        "p",
        "Amelia is working within the early stages of the Engagement Model and pre-key stage standards. Since September she has learned to sign 15 new words, to recognise her name, and to sit at a group activity for 5 minutes.",
    ),
    ("h", 2, "Support in place (SEN Support)"),
    (
        "grid",
        [
            ["Support", "Frequency", "Impact"],
            [
                "Teaching assistant 1:1 (school-funded plus top-up)",
                "25 hours a week",
                "Amelia can access most class routines",
            ],
            ["Makaton signing by class staff", "Daily", "Increasing use of signs"],
            ["SALT programme", "Twice a day, 15 minutes", "Two-word combinations emerging"],
        ],
        [0.45, 0.25, 0.3],
    ),
    ("h", 2, "What Amelia needs from school"),
    (
        "p",
        "Amelia needs an adult with her throughout the day for learning, personal care and safety at play. She needs her learning broken down into very small steps and repeated many times. She needs Makaton used consistently by every adult.",
    ),
    ("sig", ["B. Flynn", "SENCo"]),
]

PROVISION_SUMMARY = [
    ("org", "Moss Lane Academy - Three Rivers Learning Partnership"),
    ("p", "Kacper Nowicki | Year 7 | Tutor 7MH | Spring term 2026"),
    (
        "table",
        [
            ["Area", "Provision in place", "Frequency", "Staff", "Progress/impact"],
            [
                "Attendance",
                "Meet and greet at gate, key adult check-in",
                "Daily",
                "Mr Hargreaves (key adult)",
                "Attendance up from 48% (autumn) to 61% (spring)",
            ],
            [
                "SEMH",
                "ELSA sessions",
                "Weekly, 30 min",
                "Mrs Cooke (ELSA)",
                "Can name 3 feelings; uses scale with prompting",
            ],
            [
                "Sensory",
                "Hub access at break/lunch, exit card",
                "Daily",
                "Hub staff",
                "Exit card used 2-5 times per week",
            ],
            [
                "Learning",
                "Printed slides, laptop",
                "All lessons",
                "Subject staff",
                "Written output improved in English and science",
            ],
            [
                "Communication",
                "SALT block (6 sessions)",
                "Spring term",
                "L. Mensah (NHS SALT)",
                "Understands 8/12 idioms taught",
            ],
        ],
        {"widths": [0.13, 0.27, 0.14, 0.2, 0.26], "size": 8.5},
    ),
    (
        "p",
        "Attainment (teacher assessment, spring): English - working towards; maths - secure; science - secure; art - greater depth.",
    ),
    (
        "p",
        "SENDCo comment: Kacper is making progress when he is in school, but his attendance remains the main barrier. The Hub is essential to him. Next steps: increase ELSA to 45 minutes, request autism outreach advice.",
    ),
]

SENCO_TRIBUNAL_TXT = """IN THE FIRST-TIER TRIBUNAL (SPECIAL EDUCATIONAL NEEDS AND DISABILITY)
Appeal number EH998/26/00417 - Oscar Bellis

STATEMENT OF ANDREW DUNNING, CLASS TEACHER AND SENCO, LINDOW GREEN PRIMARY SCHOOL

1. I am a qualified teacher with 14 years' experience. I have been the SENCo at Lindow
Green Primary School since 2021 and I have taught Oscar in Year 6 this year. I make this
statement at the request of Oscar's parents; the school remains neutral about the school to
be named.

2. Oscar's attainment at the end of Key Stage 2 (May 2026): reading scaled score 89,
grammar, punctuation and spelling 85, mathematics 101. He had a reader and 25% extra time.

3. Oscar has had SEN Support since Year 3: a small group phonics intervention (Year 3-4),
Toe by Toe individually 3 x 15 minutes a week (Year 5), and touch typing (Year 6). His
reading age in July 2026 is 8 years 3 months (chronological age 12 years 0 months).

4. In my view Oscar needs daily individual specialist teaching of literacy by a teacher with
a specialist qualification in dyslexia. The school has been unable to provide this, as we do
not have such a teacher.

5. Oscar's handwriting is slow and hard to read. He becomes tired and upset in extended
writing tasks and has started to refuse them.

6. Oscar is a popular boy who plays in the school football team. His self-esteem about
learning is low; in June he told me "I'm the thickest in the class".

I believe that the facts stated in this statement are true.

Signed  A. Dunning        Date  14 July 2026
"""

SCHOOL_SCAN = """HOPEBURY PRIMARY SCHOOL
Hopebury, Marcher Hills MH9 4HP   Headteacher: Mrs E. Probert

School advice for an Education, Health and Care needs assessment

Pupil: Osian Lloyd     Class: Year 2 (mixed Year 1/2 class, 19 pupils)
Date: 6 March 2026     Completed by: Mrs E. Probert (Headteacher and SENCo)

1. Attainment
Reading: Osian is working at the expected level for the start of Reception. He knows 22 of
the 31 Phase 2 and 3 graphemes. Writing: he writes his name and copies short words.
Maths: working towards the expected standard; he counts reliably to 20.

2. What we have done (SEN Support since Reception)
- Daily phonics catch-up in a group of 3 (15 minutes)
- NELI language programme (20 weeks, 2024/25)
- Speech and language therapy advice from the Hafren Valley health board, delivered by our
  teaching assistant twice a week
- Visual timetable and word mats

3. Progress
Osian has made some progress with his speech sounds but little progress in reading.
He finds it hard to remember instructions and depends on copying others.

4. What we think Osian needs
More individual teaching of reading every day than we can provide from our budget; a
language programme delivered more often; and advice from a specialist teacher.

Signed  E. Probert
"""

IND_EP_PDF = [
    ("org", "Dr Kwame Ansah, CPsychol, AFBPsS"),
    (
        "small",
        "Chartered Educational Psychologist | Practitioner Psychologist (HCPC PYL09994) | 01632 960955 | kwame.ansah@example.org",
    ),
    ("title", "Report prepared for the First-tier Tribunal (SEND)"),
    (
        "p",
        "Appeal number: EH998/26/00417. Child: Oscar Bellis (DOB 19/06/2014). Instructed by: Mr and Mrs Bellis. Date of assessment: 23 June 2026. Date of report: 6 July 2026.",
    ),
    ("h", 2, "1. Declaration"),
    (
        "p",
        "1.1 I understand that my duty is to the Tribunal and that it overrides any obligation to the parents who instructed me and who pay my fee. I have set out the facts I rely on and the documents I have read (listed in Appendix 1).",
    ),
    ("h", 2, "2. Summary of opinion"),
    (
        "p",
        "2.1 Oscar has a severe specific learning difficulty (dyslexia) with co-occurring developmental coordination disorder. His phonological processing and rapid naming are at or below the 2nd centile, while his verbal and non-verbal reasoning are in the average range.",
    ),
    (
        "p",
        "2.2 In my opinion Oscar requires daily individual specialist teaching of literacy by a teacher holding an approved specialist qualification (for example AMBDA), for at least 4 x 30 minutes a week, within a small class where literacy demands are differentiated across the curriculum.",
    ),
    ("h", 2, "3. Assessment results"),
    (
        "grid",
        [
            ["Test", "Standard score", "Centile"],
            ["WISC-V Verbal Comprehension", "104", "61"],
            ["WISC-V Fluid Reasoning", "100", "50"],
            ["CTOPP-2 Phonological Awareness", "68", "2"],
            ["CTOPP-2 Rapid Naming", "65", "1"],
            ["WRAT-5 Word Reading", "72", "3"],
            ["WRAT-5 Spelling", "69", "2"],
        ],
        [0.55, 0.2, 0.25],
    ),
    ("h", 2, "4. Comments on the EHC plan"),
    (
        "p",
        "4.1 Section B omits Oscar's developmental coordination disorder and does not describe the severity of his dyslexia. Section F's \"small group literacy intervention ... regularly\" is not specified or quantified and, in my opinion, would not meet his needs.",
    ),
    ("h", 2, "5. Statement of truth"),
    (
        "p",
        "I confirm that I have made clear which facts and matters referred to in this report are within my own knowledge and which are not. Those that are within my own knowledge I confirm to be true. The opinions I have expressed represent my true and complete professional opinions.",
    ),
    ("sig", ["Dr Kwame Ansah", "6 July 2026"]),
]

IND_SALT_DOCX = [
    ("org", "Wordbridge Speech Therapy Ltd"),
    (
        "small",
        "Independent speech and language therapy | The Old Chapel, Bridge Street, Knighton-on-Teme MH8 2WB | 01632 960962",
    ),
    (
        "kv",
        [
            ("Client", "Osian Lloyd, born 17/05/2018"),
            (
                "Instructed by",
                "Mr and Mrs Lloyd, for their appeal to the SEND Tribunal (EH997/26/00288)",
            ),
            ("Seen", "6 and 13 July 2026, at home and at Hopebury Primary School"),
            ("Therapist", "Angharad Arwel-Jones, BSc (Hons), MRCSLT, HCPC SL09995"),
        ],
    ),
    (
        "p",
        "1. I have been asked to assess Osian's speech, language and communication, to say what his needs are, and to recommend the provision he needs. I understand that my overriding duty is to the Tribunal.",
    ),
    (
        "p",
        "2. I have read the speech and language therapy report of the Hafren Valley Teaching Health Board (2 March 2026), the educational psychologist's advice (21 April 2026), the school's advice (6 March 2026) and the local authority's decision letter of 8 June 2026.",
    ),
    (
        "p",
        "3. On the CELF-5 UK Osian's Core Language score was 68 (2nd centile), his Receptive Language Index 70 and his Expressive Language Index 69. On the Phonological Assessment Battery 2 his rhyme and phoneme isolation scores were below the 1st centile.",
    ),
    (
        "p",
        "4. In my opinion Osian has a severe developmental language disorder with a phonological disorder. These needs are lifelong and will affect his access to all of the curriculum.",
    ),
    (
        "p",
        "5. Osian needs direct speech and language therapy from a qualified therapist for 45 minutes each week during term time, with a programme carried out daily (20 minutes) by a teaching assistant trained by the therapist, and termly training for school staff. The current level of support (a programme twice a week) is, in my view, insufficient.",
    ),
    (
        "p",
        "6. I confirm that the facts stated in this report are true and that the opinions I have expressed are my own professional opinions.",
    ),
    ("sig", ["A. Arwel-Jones", "22 July 2026"]),
]

IND_PSYCH_TXT = """Private and confidential - prepared for the SEND Tribunal

Dr Isobel Fairhurst DClinPsy
Consultant Clinical Psychologist
Northgate Child Psychology Practice, 2 Chapel Yard, Brackenfell BF4 2CY  01632 960977

EXPERT REPORT ON KACPER NOWICKI (DOB 09/02/2014)

Instructed by: Mr and Mrs Nowicki, through Brackenfell Parent Carer Forum's legal advice
service. Assessment: 12 and 19 August 2026. Report: 2 September 2026.

1. My qualifications and experience are in Appendix A. I have 19 years' experience of
assessing autistic children with anxiety and school attendance difficulties.

2. I understand my duty is to assist the Tribunal on matters within my expertise; this
overrides any obligation to those instructing me or paying me.

3. Summary. Kacper is an autistic boy with a severe anxiety disorder, which in my opinion
meets the criteria for generalised anxiety disorder with specific phobic responses to
crowded and noisy places. His difficulty attending school is anxiety-based and is not
wilful. Kacper masks his distress in school; his parents see the consequences at home
(shutdowns, not eating, sleep onset after midnight).

4. Standardised measures. Revised Children's Anxiety and Depression Scale (child):
generalised anxiety T = 78, social anxiety T = 74; parent version T = 80 and 76.
SRS-2 (parent) total T = 81.

5. What Kacper needs. In my opinion Kacper needs: (a) a small, predictable learning
environment with access to a low-arousal space throughout the day; (b) a weekly 50-minute
session of anxiety-focused therapy adapted for autistic young people, delivered by a
qualified practitioner, for at least 20 weeks; (c) a graded plan for re-integration agreed
with him; (d) all staff trained in autism and anxiety.

6. Statement of truth. I confirm that the facts in this report within my own knowledge
are true and that the opinions are my own complete professional opinions.

I. Fairhurst
"""

IND_PHYSIO_PDF = [
    ("org", "Border Physiotherapy Associates"),
    (
        "small",
        "Paediatric neurological physiotherapy | 9 Broad Street, Ludford MH2 8BS | 01632 960981",
    ),
    ("title", "Independent expert report: physiotherapy"),
    (
        "p",
        "In the matter of the appeal EH997/26/00351, Elin Vaughan v Marcher Hills Council. Report of Gareth Lewis-Hart, MCSP, HCPC PH09996, instructed jointly by the appellant's parents.",
    ),
    (
        "np",
        "1.",
        "I have been asked to give my opinion on Elin's physical needs in school and the provision needed to meet them. My duty is to the Tribunal.",
    ),
    (
        "np",
        "2.",
        "I assessed Elin at home on 24 August 2026 and at Bishop's Ludlow High School on 2 September 2026. I have read the draft and final EHC plans, the NHS physiotherapy letter of 20 March 2026 and the NHS occupational therapy report of 12 May 2026.",
    ),
    (
        "np",
        "3.",
        "Elin has spastic diplegia (GMFCS level III). Her hamstring and calf length have reduced since her last NHS review (popliteal angle 60 degrees both sides). Without a daily stretching and standing programme she is at risk of fixed contractures and of losing the ability to walk with crutches.",
    ),
    (
        "np",
        "4.",
        "In my opinion Elin needs: a daily 20-minute physiotherapy programme in school, including time in a standing frame, carried out by a trained teaching assistant; direct physiotherapy from a paediatric physiotherapist for 30 minutes every two weeks; hydrotherapy or swimming weekly; and a programme review every half term.",
    ),
    (
        "np",
        "5.",
        'The final plan\'s wording "physiotherapy advice will be followed in school" does not say what the advice is, who gives it or how often, and in my opinion it is not adequate.',
    ),
    (
        "np",
        "6.",
        "Statement of truth: I confirm that the facts stated in this report are true to the best of my knowledge and that the opinions expressed are my own.",
    ),
    ("sig", ["G. Lewis-Hart", "9 September 2026"]),
]

DOCUMENTS: list[dict] = [
    {"name": "report.pdf", "kind": "ep_report", "blocks": EP_NO_TITLE, "footer": "Page {n} of {m}"},
    {
        "name": "Appendix D - Psychological advice.docx",
        "kind": "ep_report",
        "blocks": EP_APPENDIX_D,
    },
    {"name": "Lily EP.txt", "kind": "ep_report", "text": EP_TXT},
    {
        "name": "Adobe Scan 09 Mar 2026.pdf",
        "kind": "ep_report",
        "text": EP_SCAN,
        "ocr": True,
        "running": "Brackenfell EPS - Psychological advice - M. Holt",
    },
    {
        "name": "Rhys SALT report.pdf",
        "kind": "salt_report",
        "blocks": SALT_BILINGUAL,
        "sans": True,
        "accent": "00594F",
    },
    {"name": "Amelia letter from Rachel.docx", "kind": "salt_report", "blocks": SALT_NO_TITLE},
    {
        "name": "Fw_ Lily Ashdown - SLT advice for EHCNA.eml",
        "kind": "salt_report",
        "headers": headers(
            "Sally Pascoe <senco.saltings@example.org>",
            "Jo Ashdown <jo.ashdown@example.org>",
            "Fw: Lily Ashdown - SLT advice for EHCNA",
            "Mon, 23 Feb 2026 08:47:03 +0000",
        ),
        "text": SALT_FWD_EML,
        "qp": True,
    },
    {"name": "image0.pdf", "kind": "salt_report", "text": SALT_PHOTO, "ocr": 0.08},
    {"name": "OT.docx", "kind": "ot_report", "blocks": OT_DOCX},
    {
        "name": "Scan 2026-05-19 11.02.pdf",
        "kind": "ot_report",
        "text": OT_BILINGUAL_SCAN,
        "ocr": True,
        "running": "BIADH / HVTHB - Therapi Galwedigaethol",
    },
    {"name": "Wrenmoor OT advice.txt", "kind": "ot_report", "text": OT_TXT},
    {
        "name": "Appendix F OT.pdf",
        "kind": "ot_report",
        "blocks": OT_APPENDIX_PDF,
        "footer": "Weaverdale CHS - OT advice - O. Bellis",
    },
    {
        "name": "Appendix E - Educational advice.pdf",
        "kind": "school_report",
        "blocks": SCHOOL_ADVICE_PDF,
        "accent": "5B2C6F",
    },
    {"name": "provision map Kacper.docx", "kind": "school_report", "blocks": PROVISION_SUMMARY},
    {
        "name": "SENCo statement for tribunal.txt",
        "kind": "school_report",
        "text": SENCO_TRIBUNAL_TXT,
    },
    {"name": "SCN_0044.pdf", "kind": "school_report", "text": SCHOOL_SCAN, "ocr": True},
    {
        "name": "Dr Ansah report FINAL signed.pdf",
        "kind": "independent_report",
        "blocks": IND_EP_PDF,
        "footer": "Dr K. Ansah - Oscar Bellis - page {n} of {m}",
    },
    {"name": "Wordbridge report.docx", "kind": "independent_report", "blocks": IND_SALT_DOCX},
    {"name": "expert report KN.txt", "kind": "independent_report", "text": IND_PSYCH_TXT},
    {
        "name": "Elin - physio expert report v2.pdf",
        "kind": "independent_report",
        "blocks": IND_PHYSIO_PDF,
        "sans": True,
        "accent": "444444",
    },
]
