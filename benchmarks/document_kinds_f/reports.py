# ruff: noqa: E501
"""Reports of the sixth kind set: northern and coastal councils' psychology advice (one as
consultation notes), NHS therapy letters (a speech and language therapy discharge letter),
NHS discharge summaries and an epilepsy nurse's letter, a CAMHS eating disorder team's
letter, end-of-year reports to parents, private clinics' reports on practice letterheads,
and annual review reports. All invented."""

from __future__ import annotations


def letterhead(org: str, small: str, title: str) -> list:
    return [("org", org), ("small", small), ("title", title)]


# Educational psychology ---------------------------------------------------------

EP_ADVICE = [
    *letterhead(
        "Calderholme Educational Psychology Service",
        "Town Hall Annexe · Mill Street · Calderholme · 01632 960430",
        "Psychological advice for an EHC needs assessment",
    ),
    (
        "kv",
        [
            ("Name", "Jayden Firth"),
            ("Date of birth", "17/03/2016"),
            ("School", "Moorside Junior School, Year 5"),
            ("Date of report", "21 July 2026"),
        ],
    ),
    ("h", 1, "Background"),
    (
        "p",
        "Jayden lives with his mother and older sister. He has had SEN support since Year 2 for literacy. The assessment was ordered by the Tribunal in May 2026.",
    ),
    ("h", 1, "Assessment"),
    (
        "p",
        "I met Jayden in school on 2 July 2026 and used the British Ability Scales (BAS3). His verbal ability was in the average range; his working memory and phonological processing were well below average (standard scores 72 and 70).",
    ),
    ("h", 1, "Summary of needs"),
    (
        "bul",
        [
            "Significant difficulties with phonological processing and working memory, consistent with dyslexia.",
            "Low self-esteem and distress about learning.",
        ],
    ),
    ("h", 1, "Recommendations"),
    (
        "bul",
        [
            "Daily structured literacy teaching from a specialist teacher or a trained TA, 30 minutes.",
            "Assistive technology for recording.",
            "A trusted adult for weekly check-ins about how he is feeling.",
        ],
    ),
    ("sig", ["Dr Rachel Horsfall", "Educational Psychologist (HCPC PYL99901)"]),
]

EP_CONSULT = """Consultation record - Educational Psychology Service (North Brackenshore)

Pupil: Ruby Treloar   Y7   Seagrave Academy
Present: EP (S. Boscawen), SENCo (D. Clegg), mum (Mrs Treloar), ToD (K. Laity)
Date: 14/01/2026

Concerns (school): tired + tearful by p5; not asking for help; homework not handed in.
Concerns (mum): Ruby says she "just nods" when she doesn't hear.
Hypotheses: listening fatigue; language gaps masked by good social skills.
Agreed actions:
1. ToD to do classroom acoustic check (Feb).
2. SENCo to set up rest break card + pre-teaching of vocab.
3. EP to do language + cognitive assessment next term and write psychological advice for the EHC needs assessment.
Review: after Easter.
"""

EP_SCAN = """Skelwick Council
Educational Psychology Team

Psychological advice (annual review update)
Name: Zac Pearson  DOB 14/04/2020  School: Fellsea CE Primary (Reception)
Educational Psychologist: Dr Imran Sethi

Reason for involvement
Zac's parents asked for an EHC needs assessment. I was asked for psychological advice.

What I did
I observed Zac in class and at play, talked with his parents and teacher, and carried out a play-based assessment.

What I found
Zac is a sociable boy who enjoys being with other children. His speech is hard to understand and this leads to frustration. His attention in adult-led tasks is short (2 to 3 minutes). His non-verbal reasoning appeared to be in line with his age.

Recommendations
Speech and language therapy advice should be followed daily.
Short, active tasks with movement breaks.
An adult to support Zac at carpet time and in transitions.

Dr I. Sethi, Educational Psychologist
"""

# Speech and language therapy ---------------------------------------------------

SALT_DISCHARGE = [
    *letterhead(
        "Coastal Community Health NHS Trust",
        "Children's Speech and Language Therapy · Kessmouth Health Centre · 01632 960801",
        "Discharge letter",
    ),
    ("kv", [("Patient", "Lola Briggs"), ("NHS No", "999 214 5567"), ("DOB", "05/05/2014")]),
    ("p", "To: Dr Haigh, Ravensgill Surgery; cc Parents; cc SENCo, Ravensgill High School"),
    ("p", "Dear Dr Haigh"),
    (
        "p",
        "Lola has been known to our service since 2018 for a developmental language disorder. She has now been discharged from the caseload following the transfer of her care to the Calderholme team when she moves to secondary school.",
    ),
    (
        "p",
        "At her last review (CELF-5, February 2026) Lola's receptive language was in the low range (standard score 76) and expressive language in the borderline range (81). Her vocabulary programme has been handed to her school.",
    ),
    (
        "p",
        "Lola will continue to need speech and language therapy as set out in her EHC plan. A referral has been made to Calderholme Children's SLT.",
    ),
    ("sig", ["Yours sincerely", "Hannah Polglase", "Specialist Speech and Language Therapist"]),
]

SALT_ADVICE = [
    *letterhead(
        "Thornsby Children's Therapy Services",
        "Speech and Language Therapy · Eastgate Clinic · Thornsby · 01632 960620",
        "Speech and language therapy advice for EHC needs assessment",
    ),
    ("p", "Child: Finn Whitaker   DOB 02/08/2014   NHS number 999 331 0024"),
    ("b", "Assessment"),
    (
        "p",
        "Finn was assessed in school on 12 January 2026 using the CELF-5 UK. Core language score 68 (very low). He has difficulty following instructions, understanding and using grammar, and retelling events in order.",
    ),
    ("b", "Impact"),
    (
        "p",
        "Finn's language difficulties affect all of his learning and his friendships. He often misunderstands what peers say.",
    ),
    ("b", "Recommendations"),
    (
        "num",
        [
            "Direct therapy with a speech and language therapist, weekly for 30 minutes, for at least one term, then reviewed.",
            "A language programme delivered by a trained TA, 3 x 20 minutes weekly.",
            "Staff training in supporting language in the classroom.",
        ],
    ),
    ("sig", ["Siobhan Farrar, Speech and Language Therapist, HCPC SL99902"]),
]

SALT_REVIEW_TXT = """SPEECH AND LANGUAGE THERAPY - SCHOOL VISIT REPORT
Skelwick Community Children's Services

Child: Zac Pearson    School: Fellsea CE Primary    Date of visit: 9 March 2026
Therapist: Megan Lund, SLT

Zac was seen in school for a review of his speech sound programme. He now uses /k/ and /g/ at the start of words in single words. He is still fronting these sounds in sentences. He was happy to work with me and copied sounds well.

Plan:
- Continue speech sound programme with TA, 3 x 10 minutes a week.
- Move to /k/ in short phrases.
- SLT review next half term.
"""

# Occupational therapy ----------------------------------------------------------

OT_NHS = [
    *letterhead(
        "Calderholme Health and Care NHS Foundation Trust",
        "Children's Occupational Therapy · Greenbank Child Development Centre · 01632 960460",
        "Occupational therapy report",
    ),
    (
        "kv",
        [
            ("Name", "Kian Ashworth"),
            ("NHS number", "999 102 7733"),
            ("Seen at", "School, 3 March 2026"),
        ],
    ),
    ("b", "Reason for referral"),
    ("p", "Concerns about handwriting and sensory sensitivity."),
    ("b", "Findings"),
    (
        "p",
        "Movement ABC-3: manual dexterity at the 9th percentile. Sensory Profile 2 (school companion): much more than others for auditory sensitivity and avoiding.",
    ),
    ("b", "Recommendations"),
    (
        "bul",
        [
            "Ear defenders available in assembly and the hall.",
            "A sloped writing board and a chunky pen.",
            "A laptop for written work over a paragraph long.",
            "A movement break before seated work.",
        ],
    ),
    ("sig", ["Ellie Moorhouse, Occupational Therapist"]),
]

OT_AMELIA = [
    *letterhead(
        "Calderholme Health and Care NHS Foundation Trust",
        "Children's Occupational Therapy · 01632 960460",
        "OT review - hand function and school access",
    ),
    (
        "p",
        "Amelia Okafor (15) was reviewed at Ravensgill High School on 5 November 2025 with her TA.",
    ),
    (
        "p",
        "Amelia's typing speed is 24 words a minute using her left hand. Handwriting speed has dropped to 9 words a minute with marked fatigue after 10 minutes. She now struggles with the stairs between lessons when corridors are busy.",
    ),
    (
        "p",
        "I recommend Amelia uses a laptop for all written work and exams, and that she leaves lessons 5 minutes early. A lift pass would reduce her fatigue.",
    ),
    ("sig", ["Nadia Qureshi, Highly Specialist Occupational Therapist"]),
]

OT_DOCX_MAISIE = [
    *letterhead(
        "Thornsby Children's Therapy Services",
        "Occupational Therapy · Eastgate Clinic · 01632 960622",
        "Sensory processing assessment - summary for school and carers",
    ),
    ("p", "Maisie Holroyd, aged 8. Assessment at home and in school, January 2026."),
    (
        "p",
        "Maisie seeks a lot of movement and deep pressure. She is often on the move in class and crashes into furniture and other children. She is sensitive to being touched unexpectedly.",
    ),
    (
        "p",
        "Suggestions: a movement circuit first thing and after lunch; a weighted lap pad during carpet time; warn Maisie before touching her; seat her at the end of a row.",
    ),
    ("sig", ["Joanne Cawthorne", "Occupational Therapist"]),
]

# Physiotherapy --------------------------------------------------------------------

PHYSIO_AMELIA = [
    *letterhead(
        "Calderholme Health and Care NHS Foundation Trust",
        "Children's Physiotherapy · Greenbank Child Development Centre · 01632 960465",
        "Physiotherapy report",
    ),
    (
        "p",
        "Name: Amelia Okafor   NHS No: 999 611 2040   Diagnosis: right hemiplegic cerebral palsy",
    ),
    (
        "p",
        "Amelia was seen in clinic on 10 October 2025. Her right calf is tighter than last year (dorsiflexion to neutral). She walks independently but tires after about 10 minutes and trips more often on stairs.",
    ),
    (
        "p",
        "Plan: stretching programme daily at home and 3 times a week in school with her TA; new AFO cast booked with orthotics; review in 3 months.",
    ),
    ("sig", ["Tom Ibbotson, Paediatric Physiotherapist"]),
]

PHYSIO_OWEN_TXT = """Paediatric Physiotherapy - Saltcote Bay School clinic
Coastal Community Health NHS Trust

Owen Marsden, DOB 11/09/2019, NHS 999 847 1200

Seen 24/02/2026 in school with class teacher.
Owen is walking with his walker in class and on the playground with close supervision. Falls about twice a day, usually when he turns quickly.
Standing frame: using for 30 minutes daily, tolerating well.
Plan:
1. Continue standing frame daily.
2. Walker for all moves around school.
3. Physio to train new TA in moving and handling (booked 10/03).
4. Review in 12 weeks.

Gemma Nance, Physiotherapist
"""

# Medical ---------------------------------------------------------------------------

DISCHARGE_SUMMARY = [
    *letterhead(
        "Brackenshore General Hospital",
        "Coastal Community Health NHS Trust · Children's Ward 4 · 01632 960900",
        "Discharge summary",
    ),
    (
        "kv",
        [
            ("Patient", "Owen Marsden"),
            ("NHS number", "999 847 1200"),
            ("Hospital no.", "BGH4471290"),
            ("Admitted", "02/01/2026"),
            ("Discharged", "05/01/2026"),
            ("Consultant", "Dr P. Ramanathan"),
        ],
    ),
    ("b", "Diagnosis"),
    (
        "p",
        "Prolonged focal seizure with secondary generalisation (epilepsy, known). Lower respiratory tract infection.",
    ),
    ("b", "Treatment"),
    ("p", "Buccal midazolam given by ambulance crew. IV antibiotics for 48 hours, then oral."),
    ("b", "Medication on discharge"),
    (
        "bul",
        [
            "Levetiracetam 250 mg twice daily (increased from 200 mg)",
            "Amoxicillin for 5 more days",
            "Buccal midazolam 5 mg as per emergency plan",
        ],
    ),
    ("b", "Follow-up"),
    ("p", "Epilepsy nurse to update school care plan. Paediatric neurology clinic in 6 weeks."),
    ("i", "This summary has been sent electronically to the GP."),
]

EPILEPSY_NURSE = [
    *letterhead(
        "Coastal Community Health NHS Trust",
        "Paediatric Epilepsy Nurse Service · Brackenshore General Hospital · 01632 960915",
        "Letter to school",
    ),
    ("p", "To: the Head, Saltcote Bay School"),
    ("p", "Re: Owen Marsden, DOB 11/09/2019"),
    (
        "p",
        "Following Owen's recent admission his levetiracetam dose has been increased. I have updated his individual healthcare plan and emergency seizure plan, enclosed.",
    ),
    (
        "p",
        "Please make sure at least two staff on site each day are trained to give buccal midazolam. I will run a training session for his class team on 20 January.",
    ),
    ("sig", ["Karen Jory", "Clinical Nurse Specialist, Paediatric Epilepsy"]),
]

PAED_LETTER = [
    *letterhead(
        "Thornsby Community Paediatrics",
        "Eastgate Clinic · Thornsby · 01632 960625",
        "Clinic letter",
    ),
    ("p", "Dictated 14/01/2026, typed 21/01/2026"),
    ("p", "Dear Dr Raine"),
    (
        "p",
        "Re: Maisie Holroyd, DOB 30/05/2017, NHS 999 540 8812, c/o Joanne Holroyd (foster carer)",
    ),
    ("p", "Diagnoses: 1. Foetal alcohol spectrum disorder. 2. Sleep onset difficulty."),
    (
        "p",
        "I saw Maisie with her foster carer. She is growing well. School report difficulties with attention and regulation. Sleep has improved on melatonin 2 mg.",
    ),
    (
        "p",
        "Plan: continue melatonin; review in 6 months. I have provided health advice for her EHC needs assessment separately.",
    ),
    ("sig", ["Dr Farah Siddiqui, Consultant Community Paediatrician"]),
]

NHS_DISCHARGE_SCAN = """Calderholme General Infirmary
Paediatric Assessment Unit

INPATIENT DISCHARGE SUMMARY

Name: Jayden FIRTH  DOB: 17/03/2016  NHS No: 999 008 4471
Admission date: 14/06/2026  Discharge date: 15/06/2026

Presenting complaint: superficial self-inflicted cuts to left forearm.
Assessment: seen by CAMHS liaison on the ward. No ongoing suicidal intent. Low mood linked to school.
Management: wounds cleaned and steri-stripped.
Discharge plan: CAMHS follow-up appointment within 7 days. Safety plan agreed with mum. GP to review wounds.

Discharging doctor: Dr L. Sowerby (ST4)
"""

# CAMHS --------------------------------------------------------------------------------

CAMHS_ED = [
    *letterhead(
        "Coastal CAMHS - Community Eating Disorder Service",
        "Coastal Community Health NHS Trust · The Lookout, Kessmouth · 01632 960940",
        "Clinic letter",
    ),
    ("p", "Dear Mrs Penhallow and Skye"),
    ("p", "Re: Skye Penhallow, DOB 03/02/2011, NHS 999 772 1190"),
    (
        "p",
        "Thank you both for coming to see us on 3 February 2026. Skye has been restricting her eating for about six months, mainly at school. Her weight is now 84% of median BMI for her age.",
    ),
    (
        "p",
        "We have agreed to start family-based treatment, with weekly sessions here. We have asked school to supervise Skye's lunch in a quiet room with a trusted adult and to let her leave PE until further notice.",
    ),
    (
        "sig",
        [
            "Dr Amy Tregenza, Clinical Psychologist",
            "cc: Dr Haigh (GP); Mr Clegg, SENCo, Seagrave Academy",
        ],
    ),
]

CAMHS_TXT = """Calderholme CAMHS
Getting Help Team

Letter following assessment

Dear Ms Firth,
Re: Jayden Firth (DOB 17/03/2016)

Thank you for bringing Jayden to see me on 19 June 2026, after his attendance at hospital. Jayden told me he cuts himself when he feels "stupid" and that this happens most after school. He describes low mood most days.

We agreed that Jayden will have 8 sessions of CBT-informed work with me, fortnightly, starting in July. I have shared his safety plan with school with your permission.

Jayden's low mood appears closely linked to his difficulties with learning. I support the request for an EHC needs assessment.

Yours sincerely,
Sam Wrigley
CAMHS Practitioner
"""

# School reports --------------------------------------------------------------------

END_OF_YEAR = [
    ("org", "Moorside Junior School"),
    ("small", "Part of the Three Rivers Academy Trust · Ings Lane · Calderholme"),
    ("title", "End of Year Report to Parents 2025-26"),
    (
        "kv",
        [
            ("Pupil", "Jayden Firth"),
            ("Class", "5W"),
            ("Teacher", "Mrs K. Walsh"),
            ("Attendance", "88.4%"),
        ],
    ),
    (
        "table",
        [
            ["Subject", "Attainment", "Effort"],
            ["Reading", "Working towards", "Good"],
            ["Writing", "Working towards", "Good"],
            ["Maths", "Expected", "Excellent"],
            ["Science", "Expected", "Good"],
        ],
        {"header": True},
    ),
    ("b", "Teacher's comment"),
    (
        "p",
        "Jayden has had a year of ups and downs. He is a fantastic mathematician and has a brilliant memory for facts about space. Reading is still hard for him and he has worked really hard with Mrs Lunn in his reading group. He has been a kind friend and a brilliant team captain on sports day.",
    ),
    ("b", "Headteacher's comment"),
    ("p", "Well done on a year of great effort, Jayden. Have a lovely summer!"),
    ("p", "Please return the reply slip if you would like to discuss this report."),
]

END_OF_YEAR_TXT = """FELLSEA CE PRIMARY SCHOOL
Annual report to parents - Reception - July 2026
Child: Zac Pearson    Class: Puffins

Personal, social and emotional development: Emerging
Communication and language: Emerging
Physical development: Emerging
Literacy: Emerging
Mathematics: Expected
Understanding the world: Expected
Expressive arts and design: Expected

Comment:
Zac has settled into Puffins class and loves the outdoor area, especially the mud kitchen and the bikes. He has made good friends. He is working hard on his speech sounds with Mrs Metcalfe and is now easier to understand. Zac can count to 20 and loves number songs. Next year we will keep working on sitting on the carpet and holding his pencil.

Miss A. Raw, Class teacher
"""

SCHOOL_ADVICE = [
    ("org", "Saltcote Bay School"),
    ("small", "Tidewater Learning Trust · Saltcote Road · Kessmouth · 01632 960770"),
    ("title", "Educational advice for EHC plan review"),
    (
        "p",
        "Pupil: Owen Marsden   Class: Rockpool (Year 1)   Completed by: Mrs Lowry, class teacher, with the SENCo",
    ),
    ("b", "Progress"),
    (
        "p",
        "Owen now uses 12 Makaton signs consistently and can choose between two objects of reference. He is starting to use a switch to request more.",
    ),
    ("b", "Current needs"),
    (
        "p",
        "Owen needs an adult with him at all times for safety and to support his communication and personal care. His seizures have increased this year and he has missed 14 days.",
    ),
    ("b", "What works"),
    (
        "bul",
        [
            "Intensive interaction sessions daily.",
            "A consistent class team who know his seizure plan.",
            "Short sessions with lots of movement.",
        ],
    ),
]

# Independent reports (private clinics) ----------------------------------------------

PRIVATE_EP = [
    ("org", "Northern Psychology Associates"),
    (
        "small",
        "Chartered Educational Psychologists · 3 Wool Exchange Court · Calderholme · 01632 960480 · www.example.org",
    ),
    ("title", "Independent Educational Psychology Report"),
    (
        "p",
        "Prepared for: the First-tier Tribunal (SEND), appeal EH829/26/00412, at the request of Mr and Mrs Whitaker",
    ),
    (
        "kv",
        [
            ("Child", "Finn Whitaker"),
            ("Date of assessment", "18 June 2026"),
            ("Psychologist", "Dr Helen Marchbank, CPsychol, HCPC PYL99903"),
        ],
    ),
    ("h", 1, "1. Summary of opinion"),
    (
        "p",
        "1.1 Finn has severe and complex language and learning needs which cannot be met through SEN support in his current school.",
    ),
    ("h", 1, "2. Assessment"),
    (
        "p",
        "2.1 On the WISC-V Finn's verbal comprehension index was 69 and his working memory index 72.",
    ),
    ("h", 1, "3. Recommendations"),
    (
        "p",
        "3.1 Finn requires weekly direct speech and language therapy and a specialist teaching group of no more than 12 pupils.",
    ),
    ("h", 1, "Statement of truth"),
    (
        "p",
        "I understand my duty to the Tribunal and confirm that the facts stated in this report are true and the opinions are my own professional opinions.",
    ),
    ("sig", ["Dr Helen Marchbank", "24 June 2026"]),
]

PRIVATE_SALT = [
    ("org", "Harbourside Speech Therapy Clinic"),
    (
        "small",
        "Independent Speech and Language Therapy · 7 Fore Street · Kessmouth · 01632 960795 · Member of ASLTIP",
    ),
    ("title", "Speech and Language Therapy Report"),
    (
        "p",
        "Ruby Treloar (12). Report requested by Ruby's parents for her EHC needs assessment and any appeal.",
    ),
    (
        "p",
        "I assessed Ruby at the clinic on 4 March 2026 with her hearing aids and radio aid working. On the CELF-5 she scored a core language standard score of 77. Her understanding of figurative language and inference was a particular weakness.",
    ),
    (
        "p",
        "In my opinion Ruby needs direct therapy from a speech and language therapist with experience of deafness, 30 minutes weekly, in addition to the teacher of the deaf's support.",
    ),
    (
        "p",
        "I confirm that I have made clear which facts and matters referred to in this report are within my own knowledge and which are not, and that the opinions I have expressed represent my true and complete professional opinion.",
    ),
    ("sig", ["Morwenna Hicks, BSc (Hons) MRCSLT, HCPC SL99904"]),
]

PRIVATE_OT = """THE SENSORY ROOM
Private Paediatric Occupational Therapy
14 Heald Street, Calderholme   01632 960486

OCCUPATIONAL THERAPY EXPERT REPORT
Kian Ashworth, DOB 06/07/2016

Instructed by: Mrs Donna Ashworth, for the appeal against the contents of Kian's EHC plan.

1. I observed Kian at Hollin Brow Primary and assessed him at my clinic on 10 and 12 February 2026.
2. Kian has significant sensory processing differences, particularly auditory over-responsivity, and dyspraxic difficulties affecting handwriting and dressing.
3. Section F of his plan refers only to "occupational therapy advice". In my opinion Kian needs direct OT, 6 sessions per term for the first year, with a sensory diet delivered daily in school.
4. I understand that my overriding duty is to the Tribunal. I have no conflict of interest.

Signed: Claire Lumb, HCPC OT99905   Date: 20/02/2026
"""

# Annual reviews ------------------------------------------------------------------------

AR_COLLEGE = [
    ("org", "Brackenshore College"),
    ("small", "Learning Support · Dock Road · Fellsea"),
    ("title", "EHCP Annual Review Report"),
    (
        "kv",
        [
            ("Student", "Harvey Tindall"),
            ("Course", "Motor Vehicle Foundation, Entry 3"),
            ("Review date", "12 May 2026"),
            (
                "Present",
                "Harvey, Mr Tindall, tutor, learning support manager; LA invited, sent apologies",
            ),
        ],
    ),
    ("b", "Progress towards outcomes"),
    (
        "table",
        [
            ["Outcome", "Progress", "Evidence"],
            ["Supported internship", "Not started", "Harvey has been offered a job instead"],
            ["Independent travel", "Achieved", "Travels by bus daily since February"],
        ],
        {"header": True},
    ),
    ("b", "Harvey's views"),
    (
        "p",
        "Harvey said he wants to take the job at Fellsea Motors and does not want to carry on with college.",
    ),
    ("b", "Recommendation"),
    (
        "p",
        "The review recommends that the local authority considers ceasing the plan if Harvey takes up the job with training.",
    ),
]

AR_SPECIAL = [
    ("org", "Saltcote Bay School"),
    ("title", "Annual Review of EHC Plan - Summary Report"),
    ("p", "Pupil: Owen Marsden   Review meeting: 3 March 2026"),
    ("b", "Views of Owen"),
    (
        "p",
        "Owen showed us his favourite things using photos: the sensory room, the swing and his iPad.",
    ),
    ("b", "Views of parents"),
    (
        "p",
        "Mum is pleased with his signing but very worried about the seizures and wants all staff on the bus trained.",
    ),
    ("b", "Changes agreed to recommend to the local authority"),
    (
        "bul",
        [
            "Section C and G to be updated with the new emergency seizure plan.",
            "Section F: add trained escort on transport.",
            "Outcomes for next year agreed (attached).",
        ],
    ),
    ("p", "Review chaired by: Mrs Lowry (class teacher) for the headteacher"),
]

AR_PRIMARY_TXT = """Hollin Brow Primary School
Annual Review Report - EHC plan
Kian Ashworth (Y5)  Meeting held: 24 June 2026

Attendance this year: 79% (two fixed-term suspensions, both in the spring term)

Progress:
Kian has met his outcome for using his now-and-next board. Writing remains a big difficulty; he can write 3 sentences with a frame.

What is working: quiet lunch, his TA Mrs Hirst, the laptop.
What is not working: the hall at lunchtime before January; supply teachers.

Parent views: Mum feels the OT advice was never followed and wants direct OT in the plan.

Recommendations to the LA:
- Amend Section F to specify the OT support.
- Plan for transfer to secondary: transition visits in summer term of Y6.

Signed: Mrs H Bowes, SENCo
"""

AR_AMELIA = [
    ("org", "Ravensgill High School"),
    ("small", "A member of the Three Rivers Academy Trust"),
    ("title", "Annual Review - Year 10"),
    ("p", "Amelia Okafor. Review held 21 November 2025."),
    ("b", "Summary of discussion"),
    (
        "p",
        "Amelia is on track for grade 6 in Art and Photography. She is finding it harder to get around the building and her handwriting has slowed.",
    ),
    ("b", "Proposed amendments"),
    (
        "p",
        "School, parents and Amelia agree the plan should be amended to include a laptop for all work and exams, a lift pass and early leave from lessons.",
    ),
    ("sig", ["Mr P. Dunne, SENCo"]),
]

DOCUMENTS: list[dict] = [
    dict(name="Jayden EP advice.pdf", kind="ep_report", blocks=EP_ADVICE, accent="5B2C6F"),
    dict(name="Consultation record 14.1.26.txt", kind="ep_report", text=EP_CONSULT),
    dict(name="doc00789.pdf", kind="ep_report", text=EP_SCAN, ocr=True),
    dict(
        name="Discharge letter SLT.pdf",
        kind="salt_report",
        blocks=SALT_DISCHARGE,
        sans=True,
        accent="005EB8",
    ),
    dict(name="Finn SALT.docx", kind="salt_report", blocks=SALT_ADVICE, sans=True),
    dict(name="speech visit march.txt", kind="salt_report", text=SALT_REVIEW_TXT),
    dict(name="OT report Kian.pdf", kind="ot_report", blocks=OT_NHS, sans=True, accent="005EB8"),
    dict(name="Amelia OT.docx", kind="ot_report", blocks=OT_AMELIA, sans=True),
    dict(name="Document1.docx", kind="ot_report", blocks=OT_DOCX_MAISIE),
    dict(
        name="Physio Amelia Oct.pdf",
        kind="physio_report",
        blocks=PHYSIO_AMELIA,
        sans=True,
        accent="005EB8",
    ),
    dict(name="physio.txt", kind="physio_report", text=PHYSIO_OWEN_TXT, crlf=True),
    dict(
        name="Discharge summary Jan 26.pdf",
        kind="medical_report",
        blocks=DISCHARGE_SUMMARY,
        sans=True,
        accent="005EB8",
    ),
    dict(
        name="Letter from epilepsy nurse.docx",
        kind="medical_report",
        blocks=EPILEPSY_NURSE,
        sans=True,
    ),
    dict(
        name="Clinic letter Maisie.pdf", kind="medical_report", blocks=PAED_LETTER, accent="005EB8"
    ),
    dict(name="IMG_3310.pdf", kind="medical_report", text=NHS_DISCHARGE_SCAN, ocr=0.1),
    dict(
        name="Skye letter Feb.pdf", kind="camhs_report", blocks=CAMHS_ED, sans=True, accent="005EB8"
    ),
    dict(name="CAMHS.txt", kind="camhs_report", text=CAMHS_TXT),
    dict(
        name="Jayden report 2026.pdf",
        kind="school_report",
        blocks=END_OF_YEAR,
        sans=True,
        accent="C62828",
    ),
    dict(name="Zac report.txt", kind="school_report", text=END_OF_YEAR_TXT),
    dict(
        name="School advice Owen.docx", kind="school_report", blocks=SCHOOL_ADVICE, accent="006064"
    ),
    dict(
        name="NPA report Finn Whitaker.pdf",
        kind="independent_report",
        blocks=PRIVATE_EP,
        accent="4E342E",
    ),
    dict(
        name="Harbourside report Ruby.docx",
        kind="independent_report",
        blocks=PRIVATE_SALT,
        sans=True,
    ),
    dict(name="The Sensory Room report.pdf", kind="independent_report", text=PRIVATE_OT),
    dict(name="Harvey review May 26.pdf", kind="annual_review", blocks=AR_COLLEGE, sans=True),
    dict(name="AR summary.docx", kind="annual_review", blocks=AR_SPECIAL),
    dict(name="Kian AR June.txt", kind="annual_review", text=AR_PRIMARY_TXT),
    dict(name="Amelia review Y10.pdf", kind="annual_review", blocks=AR_AMELIA, accent="1A237E"),
]
