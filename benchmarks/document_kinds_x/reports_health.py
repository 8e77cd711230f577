# ruff: noqa: E501
"""Therapy, medical and CAMHS reports of set X: a stammering clinic, a speech and language
therapist's advice pasted as text, a language resource base's therapy report, a selective
mutism programme photographed; an OT seating assessment, an OT's keyboard advice in an
e-mail, an OT's advice for an assessment, an OT discharge report scanned behind a fax
cover sheet; physiotherapy after selective dorsal rhizotomy, a hydrotherapy programme, a
physio's advice on PE by e-mail, a cystic fibrosis team's physio letter photographed; a
bladder and bowel nurse, a diabetes specialist nurse, a cardiology clinic letter, an
orthoptic report scanned; and CAMHS (a home treatment team's discharge summary, an OCD
clinic, a clinician's letter for school by e-mail, a letter that came by fax). All
invented."""

from __future__ import annotations

from document_kinds_x.common import ISLAND_TRUST, KESTREL_TRUST, ROSS_TRUST, headers

W = [0.3, 0.7]

# --- speech and language therapy -------------------------------------------------------------

STAMMER_CLINIC = [
    ("org", ISLAND_TRUST),
    (
        "small",
        "Island Stammering Clinic - Children's Speech and Language Therapy - Undercliff Health Centre, Chine Road, Undercliff WN6 2QU - 01632 960407",
    ),
    (
        "kv",
        [
            ("Patient", "Ibrahim Sesay"),
            ("Date of birth", "14/11/2012"),
            ("NHS number", "999 603 1184"),
            ("Clinic dates", "Block of 6 sessions, 13 January to 24 February 2026"),
        ],
        W,
    ),
    ("title", "Speech and Language Therapy Report - Stammering"),
    ("h", 2, "Assessment"),
    (
        "p",
        "Ibrahim was assessed with the Stuttering Severity Instrument (SSI-4): total score 32, severe. Stammered syllables were 14% in conversation and 21% in reading. He showed blocks of up to 6 seconds with facial tension and head movement. On the OASES-S (impact of stammering) his score was in the severe range, with the highest impact at school.",
    ),
    ("h", 2, "Therapy so far"),
    (
        "p",
        "We worked on easy onset, voluntary stammering and telling others about his stammer. Ibrahim made good progress in clinic and practised ordering food in a cafe. He finds it much harder to use these skills at school.",
    ),
    ("h", 2, "Recommendations"),
    (
        "grid",
        [
            ["What", "Who", "How often"],
            [
                "Direct stammering therapy (block of 6 sessions)",
                "Specialist SLT",
                "One block each term",
            ],
            [
                "Practice of easy onset with a trusted adult",
                "Key worker, trained by SLT",
                "Twice a week, 10 minutes",
            ],
            ["Whole-staff briefing on stammering", "SLT and SENCo", "Once each September"],
            [
                "No requirement to read aloud or present without agreement",
                "All staff",
                "Every lesson",
            ],
        ],
        [0.5, 0.25, 0.25],
    ),
    (
        "sig",
        [
            "Penny Ainsworth",
            "Highly Specialist Speech and Language Therapist (Dysfluency)",
            "cc: GP, Brightcombe Academy SENCo, parents",
        ],
    ),
]

SALT_TXT = """
SPEECH AND LANGUAGE THERAPY ADVICE FOR EHC NEEDS ASSESSMENT
Pendlemoor Children's and Families NHS Foundation Trust - Children's Speech and Language Therapy
Haslow Children's Centre, Tenter Street, Haslow RV4 3QA   Tel 01632 960344

Name: Ruby Ashworth    DOB: 30/06/2019    NHS No: 999 412 7730
School: Weirbottom Community Primary School (Language Resource Base)
Date of advice: 3 March 2026
Therapist: Joanne Nuttall, Specialist Speech and Language Therapist

Background
Ruby was referred at 3 years 2 months by her health visitor. She was diagnosed with developmental language disorder (DLD) in October 2024 following assessment by the team.

Assessment results (CELF-Preschool 2 UK, February 2026)
Core Language: standard score 61 (0.5th percentile)
Receptive Language Index: 63
Expressive Language Index: 58
Sentence Structure: scaled score 3
Word Structure: scaled score 2

Ruby's speech is clear. Her language needs are severe and long-term.

Impact in school
Ruby cannot follow instructions given to the whole class. She misunderstands questions beginning 'why' and 'how'. She cannot yet retell a simple story in order.

Recommendations
- Ruby needs a language-rich small-group setting such as the resource base, where staff have training in DLD.
- Direct therapy from a speech and language therapist for 45 minutes each week in term time.
- A daily language programme (20 minutes) written by the therapist and delivered by a trained teaching assistant.
- Use of Colourful Semantics and visual supports across the curriculum.
- Review by the therapist each half term, with targets shared with home.

Joanne Nuttall
"""

LANGUAGE_BASE_SLT = [
    ("org", ROSS_TRUST),
    (
        "small",
        "Speech and Language Therapy in the Language Resource Bases - Haslow Children's Centre, Tenter Street, Haslow RV4 3QA",
    ),
    ("title", "End of Year Therapy Report"),
    (
        "p",
        "Child: Ruby Ashworth    Base: Weirbottom Community Primary School    Therapist: Joanne Nuttall    Date: 15 July 2026",
    ),
    ("h", 2, "Therapy provided this year"),
    (
        "p",
        "Ruby received 34 weekly sessions of 45 minutes (individual and paired) and her daily programme from Mrs Farnworth, teaching assistant.",
    ),
    ("h", 2, "Progress against targets"),
    (
        "grid",
        [
            ["Target", "Start (Sept 2025)", "Now (July 2026)"],
            [
                "Follow a two-part instruction with a visual",
                "Not achieved",
                "Achieved (80% of trials)",
            ],
            ["Use 'who + doing + what' sentences", "Not achieved", "Achieved with colour prompts"],
            ["Answer 'why' questions about a story", "Not achieved", "Emerging"],
        ],
        [0.5, 0.25, 0.25],
    ),
    ("h", 2, "Targets and advice for next year"),
    (
        "bul",
        [
            "Continue weekly direct therapy; Ruby's progress depends on it.",
            "Move to sentences with 'because' and 'so' in Colourful Semantics.",
            "Pre-teach topic vocabulary, including PE words ('start', 'stop', 'line up').",
            "Keep instructions short and give them one at a time with a visual.",
        ],
    ),
    ("sig", ["Joanne Nuttall, Specialist Speech and Language Therapist"]),
]

SM_PHOTO = """
Isle of Wendle Healthcare NHS Trust
Children's Speech and Language Therapy

SMALL STEPS PROGRAMME FOR SELECTIVE MUTISM
Kitty Trevanion, DOB 04/10/2010, Brightcombe Academy
Written by: Saffron Hocking, Speech and Language Therapist, 9 December 2025

Kitty meets the criteria for selective mutism. She speaks freely at home and with two friends, but has not spoken to any adult at school since Year 7. This is an anxiety disorder, not a choice.

Programme (sliding-in technique)
Step 1: Kitty talks with her mother in a quiet room at school; key worker outside the door. (Done)
Step 2: Key worker comes in but busies herself; Kitty keeps talking.
Step 3: Key worker joins the game with non-verbal responses.
Step 4: Kitty says single words to the key worker.
Step 5: Kitty reads aloud to the key worker.

Sessions: twice a week, 20 minutes, same room, same time.
Do not praise Kitty for speaking in public; do not ask her to speak.
Review: SLT to visit school each half term.

S. Hocking
"""

# --- occupational therapy --------------------------------------------------------------------

SEATING_OT = [
    ("org", KESTREL_TRUST),
    (
        "small",
        "Children's Occupational Therapy - Fern Grove Child Development Centre, Kestrel Vale KV7 2FG - 01632 960578",
    ),
    ("title", "Occupational Therapy Report: School Seating and Posture Assessment"),
    (
        "kv",
        [
            ("Name", "Zain Farooqui"),
            ("Date of birth", "11/01/2015"),
            ("NHS number", "999 218 6650"),
            ("Assessed at", "Coppice Grid Academy, 19 January 2026"),
            ("Therapist", "Gwen Achebe-Lowry, Senior Occupational Therapist"),
        ],
        W,
    ),
    ("h", 2, "Reason for referral"),
    (
        "p",
        "Zain's teacher reported that he slumps in his chair after 10 minutes, slides forward off the seat and tires when writing.",
    ),
    ("h", 2, "Findings"),
    (
        "p",
        "Zain sits with a posterior pelvic tilt and his feet do not reach the floor on a standard classroom chair. His trunk control is fair but fatigues. Pencil grip is a static tripod with high pressure; he wrote 9 words a minute when copying.",
    ),
    ("h", 2, "Recommendations"),
    (
        "bul",
        [
            "Provide an adjustable height classroom chair with a footrest and a wedge cushion; the OT will order the chair and fit it at school.",
            "Sloping writing board on his desk at all times.",
            "A laptop for written work longer than a paragraph, with touch-typing practice of 10 minutes daily.",
            "Movement break every 20 minutes (standing at his desk or taking a message).",
            "Review of seating by the OT after the move to secondary school.",
        ],
    ),
    ("sig", ["G. Achebe-Lowry, Senior Occupational Therapist (HCPC OT61209)"]),
]

OT_EMAIL = (
    "Hello Mr Ruddock,\n\n"
    "Following my visit to see Tegan in class on Tuesday, here is my advice on her writing. I've written it as an e-mail so you can share it with her teacher and TA straight away; the formal report for the plan will follow.\n\n"
    "What I saw: Tegan holds the pencil very tightly with her joints hyperextended, and after about 5 minutes she shakes her hand and stops. She writes about 6 words a minute. She has hypermobile fingers and wrists and tires quickly.\n\n"
    "What I recommend:\n"
    "1. Tegan should learn to touch-type. Please use a structured programme (e.g. a typing tutor on the school laptop) for 15 minutes every day, with her TA checking posture and finger placement.\n"
    "2. Until she types at 15 words a minute, reduce handwriting to short answers; she can dictate longer work to an adult or use speech-to-text.\n"
    "3. Use a triangular pencil grip and a writing slope for any handwriting.\n"
    "4. Warm-up hand exercises (sheet attached) for 3 minutes before writing.\n"
    "5. Keep her seat at the end of a row near the door, away from the noisy part of the room.\n\n"
    "I'll review in six weeks.\n\n"
    "Kind regards,\n"
    "Bethany Crane\n"
    "Occupational Therapist, Children's Therapy Service\n"
    "Isle of Wendle Healthcare NHS Trust\n"
    "01632 960409\n\n"
    "This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender.\n"
)

OT_ADVICE_DOCX = [
    ("org", ISLAND_TRUST),
    (
        "small",
        "Children's Therapy Service - Occupational Therapy - Undercliff Health Centre, Chine Road, Undercliff WN6 2QU",
    ),
    ("title", "Occupational Therapy Advice for Education, Health and Care Needs Assessment"),
    (
        "p",
        "Name: Tegan Marsh-Oyelaran    DOB: 19/08/2017    NHS number: 999 734 2208    Date: 19 February 2026",
    ),
    ("h", 2, "Sensory processing"),
    (
        "p",
        "On the Sensory Profile 2 (school companion) Tegan scored 'much more than others' for auditory sensitivity and avoiding. The dinner hall, the school bell and assemblies are the hardest times for her.",
    ),
    ("h", 2, "Self-care"),
    (
        "p",
        "Tegan cannot manage buttons or tie laces; she needs help to change for PE and takes 15 minutes to do so.",
    ),
    ("h", 2, "Fine motor and handwriting"),
    (
        "p",
        "Joint hypermobility (Beighton score 7/9) affects her hands. Handwriting is slow and painful.",
    ),
    ("h", 2, "Recommendations"),
    (
        "bul",
        [
            "Ear defenders available at all times; a quiet place to eat lunch.",
            "Warning of the fire bell when a drill is planned.",
            "Changing for PE in a separate space with 10 extra minutes; Velcro shoes.",
            "Daily touch-typing practice (15 minutes) and reduced handwriting.",
            "OT review each term by the Children's Therapy Service.",
        ],
    ),
    ("sig", ["Bethany Crane, Occupational Therapist"]),
]

OT_DISCHARGE_FAX = """
FAX COVER SHEET
Pendlemoor Children's and Families NHS Foundation Trust
Children's Occupational Therapy, Haslow Children's Centre
Fax: 01632 960345   Tel: 01632 960346

To: SEN Section, Rossendene Valley Borough Council   Fax: 01632 960319
From: Children's OT admin
Date: 18/06/2026   Number of pages (incl. cover): 2
Re: Liam Haworth - requested for EHC needs assessment file
CONFIDENTIAL - if received in error please telephone the sender and destroy.

Page 2

OCCUPATIONAL THERAPY DISCHARGE REPORT
Name: Liam Haworth   DOB: 09/09/2010   NHS No: 999 551 0938
Date of discharge: 5 June 2026

Liam was referred by his school for difficulties with handwriting and organisation. He was seen for an assessment and four sessions.

Assessment: DASH (Detailed Assessment of Speed of Handwriting) standard score 5 (well below average). Fine motor skills are within normal limits on the Beery VMI (standard score 92). Handwriting speed is limited by spelling and planning rather than motor control.

Outcome: Liam now uses a laptop for extended writing and types 24 words a minute.

Recommendations on discharge:
- Continue to use a word processor for all extended writing and in exams.
- Use a planning frame for essays.
- No further OT intervention is needed; Liam's difficulties are primarily literacy (dyslexia) and should be addressed educationally.

Discharged from Children's OT. Re-referral welcome if new concerns arise.
Lydia Brierley, Occupational Therapist
"""

# --- physiotherapy ---------------------------------------------------------------------------

SDR_PHYSIO = [
    ("org", KESTREL_TRUST),
    (
        "small",
        "Children's Physiotherapy - Fern Grove Child Development Centre, Kestrel Vale KV7 2FG - 01632 960579",
    ),
    ("title", "Physiotherapy Report: Rehabilitation after Selective Dorsal Rhizotomy"),
    (
        "kv",
        [
            ("Name", "Zain Farooqui"),
            ("DOB", "11/01/2015"),
            ("NHS number", "999 218 6650"),
            ("Surgery", "SDR, 16 September 2025, Ousel Bridge University Hospital"),
            ("Date of report", "2 February 2026"),
        ],
        W,
    ),
    ("h", 2, "Current physical presentation"),
    (
        "p",
        "Spasticity in both legs has been greatly reduced by surgery, but Zain's underlying weakness is now clear. He uses a posterior walker outdoors and for distances over 50 metres and walks short distances in class holding furniture. GMFCS level II-III.",
    ),
    ("h", 2, "Goals"),
    (
        "bul",
        [
            "Walk 100 metres with walker without rest",
            "Climb a flight of stairs with one rail and supervision",
            "Get up from the floor without help",
        ],
    ),
    ("h", 2, "Recommendations for school"),
    (
        "p",
        "Zain needs a daily strengthening programme of 30 minutes, delivered by a teaching assistant trained by the physiotherapist. The NHS will provide a block of six weekly sessions each term and review the programme at school each half term. He should wear his ankle-foot orthoses all day, and have a safe space and a mat to do his exercises. Zain should take part in PE with adaptations; the physiotherapist will advise the PE department.",
    ),
    ("sig", ["Ruth Okwuosa, Clinical Specialist Physiotherapist (Neurology)"]),
]

HYDRO = [
    ("org", KESTREL_TRUST),
    ("small", "Children's Physiotherapy - Hydrotherapy Pool, Fern Grove Child Development Centre"),
    ("title", "Hydrotherapy Programme and Progress Summary"),
    (
        "p",
        "Patient: Zain Farooqui    Programme block: 20 April to 22 June 2026 (8 sessions)    Physiotherapist: Ruth Okwuosa",
    ),
    (
        "grid",
        [
            ["Exercise", "Aim", "Progress"],
            [
                "Walking against water resistance (chest depth)",
                "Leg strength, endurance",
                "From 2 to 6 widths",
            ],
            ["Step-ups on pool step", "Hip and knee extension", "10 each leg, good control"],
            ["Squat to stand holding rail", "Sit to stand strength", "Improved depth"],
            ["Kicking with float", "Hip flexors, stamina", "3 minutes continuous"],
        ],
        [0.4, 0.3, 0.3],
    ),
    (
        "p",
        "Zain enjoys the pool and works hard. Water lets him practise movements he cannot yet do on land. I recommend a further hydrotherapy block in the autumn term and weekly swimming with his personal budget.",
    ),
    ("sig", ["R. Okwuosa, Physiotherapist"]),
]

PHYSIO_PE_EMAIL = (
    "Dear Mr Sowerbutts,\n\n"
    "Thank you for asking for advice about Maisie Haworth (Year 8) in PE. I saw her in clinic on 4 March.\n\n"
    "Maisie has Osgood-Schlatter disease in both knees and hypermobility. She can take part in PE, but:\n"
    "- no kneeling, deep squatting or jumping from height until further notice;\n"
    "- she should do a 5-minute warm-up with the stretches I have given her (sheet attached);\n"
    "- she can swim and cycle freely;\n"
    "- she should stop if her knees hurt, without needing to explain in front of the class.\n\n"
    "I will see her again in 8 weeks and write again.\n\n"
    "Regards,\n"
    "Connor Whitworth MCSP\n"
    "Paediatric Physiotherapist, Pendlemoor Children's and Families NHS Foundation Trust\n"
)

CF_PHYSIO_PHOTO = """
Isle of Wendle Healthcare NHS Trust
Paediatric Cystic Fibrosis Team - St Lawrence Hospital, Saltney Quay WN1 9LS

To: The SENCo, Saltney Quay Infant School
Re: Alfie Penhallow (Reception), DOB 12/12/2020, NHS 999 870 4411

Dear Mrs Quance

I am the physiotherapist for Alfie, who has cystic fibrosis. Alfie needs airway clearance physiotherapy twice a day. His parents do this at home before and after school, so he does not need it in school on most days.

When Alfie has a chest infection he may need a session at lunchtime. His mother will bring in his PEP mask and show staff the technique; I am happy to train two members of staff. Sessions take 15 minutes in a private room.

Alfie should be active every day; running games and PE are good for his chest. He must not share water bottles and should wash his hands before eating. He will need to use the toilet quickly and often, and should have a pass.

Please call me with any questions.

Kerenza Polkinghorne
Specialist Cystic Fibrosis Physiotherapist
"""

# --- medical ---------------------------------------------------------------------------------

CONTINENCE = [
    ("org", KESTREL_TRUST),
    (
        "small",
        "Children's Bladder and Bowel Service - Stony Marston Health Centre, Kestrel Vale KV14 1PL - 01632 960582",
    ),
    ("title", "Health Advice for Education, Health and Care Needs Assessment"),
    (
        "p",
        "Name: Harri Lindqvist    DOB: 07/03/2019    NHS number: 999 305 8826\nAdvice from: Tamsin Ojo, Children's Continence Nurse Specialist    Date: 12 May 2026",
    ),
    ("h", 2, "Health needs"),
    (
        "p",
        "Since his encephalitis Harri has daytime wetting (two or three times a day) and constipation. He does not always feel the need to go until it is urgent. He is on a laxative (Movicol Paediatric, 2 sachets daily).",
    ),
    ("h", 2, "Impact at school"),
    (
        "p",
        "Harri is embarrassed when he has an accident and has been teased. He sometimes avoids drinking so he will not need the toilet, which makes the constipation worse.",
    ),
    ("h", 2, "Advice"),
    (
        "bul",
        [
            "A toilet timetable: prompted visits every 90 minutes and before PE and going home.",
            "Six to eight drinks a day; a water bottle on his desk.",
            "Access to a private toilet and a change of clothes in school; staff to help discreetly.",
            "An individual healthcare plan for continence, reviewed every 6 months with the service.",
        ],
    ),
    ("sig", ["T. Ojo, RN (Child), Continence Nurse Specialist"]),
]

DIABETES_NURSE = [
    ("org", ROSS_TRUST),
    (
        "small",
        "Paediatric Diabetes Team - Haslow General Hospital, Moorside Road, Haslow RV4 8HH - 01632 960350",
    ),
    ("p", "2 March 2026"),
    (
        "p",
        "To: SEN Section, Rossendene Valley Borough Council\ncc: Dr Farrow (GP), Mrs Holt (SENCo), Mr and Mrs Ashworth",
    ),
    (
        "b",
        "Ruby Ashworth, DOB 30/06/2019, NHS 999 412 7730 - health advice for EHC needs assessment",
    ),
    (
        "p",
        "Ruby was diagnosed with type 1 diabetes in March 2025 and moved to an insulin pump with a continuous glucose monitor in October 2025. Her HbA1c is 56 mmol/mol.",
    ),
    (
        "p",
        "Ruby's language disorder affects her diabetes care. She cannot yet tell an adult that she feels low, or understand questions such as 'how do you feel?', so staff must rely on the glucose monitor alarms and on signs such as pallor and sudden tiredness. She will need an adult who is trained on her pump and monitor to be with her at all times, including at lunch, in PE and on trips.",
    ),
    (
        "p",
        "Ruby needs her glucose checked before lunch, before PE and if the alarm sounds; carbohydrate counted at lunch and entered on the pump; and hypo treatment (glucose tablets) on hand at all times. I will train staff each September and when her equipment changes, and update her individual healthcare plan.",
    ),
    ("sig", ["Yours sincerely,", "", "Gaynor Pilling", "Paediatric Diabetes Specialist Nurse"]),
]

CARDIO_TXT = """
OUSEL BRIDGE UNIVERSITY HOSPITAL NHS FOUNDATION TRUST
Department of Paediatric Cardiology
Ousel Bridge, Kestrel Vale KV3 9UB   Secretary: 01632 960590

Clinic date: 2 April 2026        Typed: 7 April 2026
Consultant: Dr Imogen Halloran, Consultant Paediatric Cardiologist

Dr K. Baptiste
Coppice Grid Medical Practice
Kestrel Vale KV12 6AA

Dear Dr Baptiste

Re: Daniel MENSAH-COLE   DOB 02/05/2017   NHS No 999 177 2086
22 Tansy Walk, Coppice Grid, Kestrel Vale KV12 6DT

Diagnosis:
1. Long QT syndrome type 1 (genetically confirmed)
2. Autism spectrum condition (under community paediatrics)

Medication: Propranolol 10 mg three times a day

I reviewed Daniel with his mother today. He remains well on propranolol with no episodes of fainting. His ECG today shows a QTc of 470 ms on treatment, similar to last year. Exercise test showed an appropriate heart rate response.

Daniel should avoid competitive swimming and diving, and sudden loud noises such as alarm clocks where possible, as these can trigger events in LQT1. He can do PE with rest when he wants it. School should have an automated external defibrillator on site and staff trained in its use, and he must take his propranolol at lunchtime in school (a member of staff should supervise, because he forgets).

His autism makes it hard for him to say when he feels unwell; staff should know the warning signs (palpitations, dizziness, blackouts).

I will see him again in 12 months.

Yours sincerely

Dr Imogen Halloran
Consultant Paediatric Cardiologist

cc: Ms R. Mensah (mother); Coppice Grid Academy (school nurse)
"""

ORTHOPTIC_SCAN = """
ISLE OF WENDLE HEALTHCARE NHS TRUST
Orthoptic and Eye Department, St Lawrence Hospital, Saltney Quay WN1 9LS

ORTHOPTIC REPORT
Patient: Noah PENHALLOW   DOB 02/05/2019   Hosp No W0448120   NHS 999 870 4402
Seen: 11 February 2026   Orthoptist: Jago Trethewey

Visual acuity (Kay pictures, with glasses): right 0.200 logMAR, left 0.500 logMAR
Diagnosis: left accommodative esotropia with amblyopia (lazy eye)
Glasses: full-time, hypermetropic prescription (+5.00 both eyes)

Treatment: patching of the right eye for 2 hours a day. Noah finds patching at school very hard and has pulled the patch off.

Advice for school
Noah must wear his glasses all the time.
Please support 1 hour of patching during the school day (morning). Activities with near detail (drawing, threading, looking at books) during patching help the lazy eye.
Seat Noah near the front and to the left of the board.
Use large print (N18) while patched.

Next review in 8 weeks.
J. Trethewey, Orthoptist
"""

# --- CAMHS -----------------------------------------------------------------------------------

HOME_TREATMENT = [
    ("org", ROSS_TRUST),
    (
        "small",
        "CAMHS Crisis and Home Treatment Team - Moorside Unit, Haslow General Hospital, Haslow RV4 8HH - 01632 960356 (24 hours)",
    ),
    ("title", "Discharge Summary"),
    (
        "kv",
        [
            ("Young person", "Liam Haworth"),
            ("DOB", "09/09/2010"),
            ("NHS number", "999 551 0938"),
            ("Referred", "19 April 2026 via A&E after an overdose of paracetamol"),
            ("Discharged", "29 May 2026 to CAMHS Community Team (Haslow)"),
        ],
        W,
    ),
    ("h", 2, "Summary of episode"),
    (
        "p",
        "Liam was seen in A&E after taking 16 paracetamol tablets following a row about school. He was medically cleared and taken on by the home treatment team. We saw him at home 14 times over six weeks. He described low mood for a year, feeling 'thick' at school and dreading GCSEs.",
    ),
    ("h", 2, "Risk at discharge"),
    (
        "p",
        "No further self-harm during the episode. Risk is assessed as reduced but he remains vulnerable at times of school stress, especially exam periods.",
    ),
    ("h", 2, "Formulation"),
    (
        "p",
        "Low mood and self-harm in the context of long-standing, unsupported literacy difficulties, shame about school and conflict at home about attendance.",
    ),
    ("h", 2, "Plan"),
    (
        "bul",
        [
            "Transferred to the CAMHS Community Team for CBT (first appointment 10 June 2026).",
            "Safety plan shared with Liam, his mother and Haslow High School.",
            "School to identify a named adult Liam can go to, and to reduce exam pressure where possible.",
            "We support the school's request for an EHC needs assessment.",
        ],
    ),
    (
        "sig",
        [
            "Dr Nkechi Umeh, Consultant Child and Adolescent Psychiatrist",
            "Sam Lightfoot, CAMHS Practitioner",
        ],
    ),
]

OCD_REPORT = [
    ("org", ISLAND_TRUST),
    (
        "small",
        "Child and Adolescent Mental Health Service - Anxiety and OCD Pathway - The Lantern, Esplanade, Brightcombe WN4 1AB - 01632 960415",
    ),
    ("title", "CAMHS Report for Education, Health and Care Needs Assessment"),
    (
        "p",
        "Young person: Ibrahim Sesay    DOB: 14/11/2012    NHS number: 999 603 1184\nClinician: Dr Leah Morcom, Clinical Psychologist    Date: 26 January 2026",
    ),
    ("h", 2, "Diagnosis and assessment"),
    (
        "p",
        "Ibrahim meets the criteria for obsessive-compulsive disorder (ICD-11 6B20). On the CY-BOCS his score is 24 (moderate to severe). His main compulsions are checking (his bag, his locker, door handles) and repeating actions until they feel 'right'.",
    ),
    ("h", 2, "Treatment"),
    (
        "p",
        "Ibrahim is having cognitive behavioural therapy with exposure and response prevention, 12 weekly sessions from January 2026. He has started sertraline (50 mg).",
    ),
    ("h", 2, "How this affects his learning"),
    (
        "p",
        "Checking rituals make Ibrahim late for lessons and for registration, and he avoids practical subjects where he has to touch shared equipment. Anxiety about being asked to speak (linked to his stammer) adds to this.",
    ),
    ("h", 2, "Recommendations for school"),
    (
        "bul",
        [
            "Do not reassure or join in with checking; follow the exposure plan we will share.",
            "Allow him to arrive at lessons up to five minutes late without comment during treatment.",
            "A named key worker who can meet with his CAMHS clinician once a term.",
        ],
    ),
    ("sig", ["Dr Leah Morcom, Clinical Psychologist"]),
]

CAMHS_EMAIL = (
    "Dear Mrs Adeyinka,\n\n"
    "With Ms Okonjo's consent I am writing to share my assessment of Precious, as you asked, to support her plan in school.\n\n"
    "I am a Children's Wellbeing Practitioner with the Kestrel Vale CAMHS Getting Help team. I have seen Precious for 6 sessions since April 2026. She has significant anxiety related to school, especially to reading aloud, tests and being compared with other children. On the RCADS her score for generalised anxiety is in the clinical range. She has had stomach aches most mornings and has missed 9 days this term.\n\n"
    "We think her anxiety is closely tied to her reading difficulties. In school it would help if:\n"
    "- Precious is never asked to read aloud in front of the class unless she has volunteered;\n"
    "- she has a 'worry time' check-in with a trusted adult for 10 minutes each morning;\n"
    "- tests are done in a small room with a reader;\n"
    "- there is a plan for gradual return on days she arrives late, rather than sending her home.\n\n"
    "We will offer a further 4 sessions of guided CBT with Ms Okonjo. Please call me if you want to talk.\n\n"
    "Kind regards,\n"
    "Jade Whitlock\n"
    "Children's Wellbeing Practitioner, CAMHS Getting Help Team\n"
    "North Kestrel Community Health NHS Trust\n"
    "01632 960583\n"
)

CAMHS_FAX = """
27/03/2026 11:05   CAMHS KV   01632 960584   >>   01632 960546   P 1/2

NORTH KESTREL COMMUNITY HEALTH NHS TRUST
Fax message - CONFIDENTIAL
To: SEND Statutory team, Kestrel Vale Council
From: CAMHS Neurodevelopmental and Learning Disability Team
Pages: 2 including this sheet
Message: Letter re Daniel Mensah-Cole as requested for his review. Please confirm receipt.

27/03/2026 11:05   CAMHS KV   01632 960584   >>   01632 960546   P 2/2

Dear Colleague

Re: Daniel MENSAH-COLE, DOB 02/05/2017, NHS 999 177 2086

Daniel is known to CAMHS following his autism diagnosis in 2024. He was re-referred by his GP in January 2026 because of increasing meltdowns at home and school and difficulty sleeping.

We assessed Daniel on 4 and 18 March 2026. His distress is mostly linked to sensory overload (noise and smells in the dining hall) and to unexpected change. He does not meet the threshold for an anxiety disorder, and his difficulties are best understood within his autism.

We recommend a low-arousal approach in school, a consistent daily schedule with warning of change, a quiet place to eat, and a sensory diet advised by occupational therapy. We will offer his mother a six-week parent workshop on autism and emotional regulation. We will not offer individual therapy at this stage. Daniel will be discharged to his GP after the workshop.

Yours faithfully

Dr Farhan Qureshi, Clinical Psychologist
"""

DOCUMENTS: list[dict] = [
    {
        "name": "Ibrahim stammering clinic.pdf",
        "kind": "salt_report",
        "blocks": STAMMER_CLINIC,
        "accent": "005EB8",
    },
    {"name": "SALT.txt", "kind": "salt_report", "text": SALT_TXT},
    {
        "name": "Ruby end of year.docx",
        "kind": "salt_report",
        "blocks": LANGUAGE_BASE_SLT,
        "accent": "005EB8",
    },
    {"name": "Photo 12-12-2025 08 14 22.pdf", "kind": "salt_report", "text": SM_PHOTO, "ocr": 0.1},
    {
        "name": "seating assessment.pdf",
        "kind": "ot_report",
        "blocks": SEATING_OT,
        "accent": "005EB8",
    },
    {
        "name": "Tegan - writing.eml",
        "kind": "ot_report",
        "text": OT_EMAIL,
        "headers": headers(
            "Bethany Crane <bethany.crane@example.org>",
            "Ashley Ruddock <a.ruddock@example.org>",
            "Tegan - writing",
            "Thu, 26 Feb 2026 16:48:12 +0000",
            cc="gemma.marsh@example.org",
        ),
        "qp": True,
    },
    {"name": "Tegan OT.docx", "kind": "ot_report", "blocks": OT_ADVICE_DOCX, "accent": "005EB8"},
    {"name": "doc20260618.pdf", "kind": "ot_report", "text": OT_DISCHARGE_FAX, "ocr": True},
    {
        "name": "Zain physio SDR.pdf",
        "kind": "physio_report",
        "blocks": SDR_PHYSIO,
        "accent": "005EB8",
    },
    {"name": "hydro.docx", "kind": "physio_report", "blocks": HYDRO, "accent": "005EB8"},
    {
        "name": "Maisie PE.eml",
        "kind": "physio_report",
        "text": PHYSIO_PE_EMAIL,
        "headers": headers(
            "Connor Whitworth <c.whitworth@example.org>",
            "Gary Sowerbutts <g.sowerbutts@example.org>",
            "Maisie Haworth - PE",
            "Fri, 6 Mar 2026 12:10:39 +0000",
        ),
    },
    {"name": "IMG_5520.pdf", "kind": "physio_report", "text": CF_PHYSIO_PHOTO, "ocr": 0.1},
    {
        "name": "health advice Harri.pdf",
        "kind": "medical_report",
        "blocks": CONTINENCE,
        "accent": "005EB8",
    },
    {
        "name": "Ruby diabetes letter.docx",
        "kind": "medical_report",
        "blocks": DIABETES_NURSE,
        "accent": "005EB8",
    },
    {
        "name": "clinic letter 2 April.txt",
        "kind": "medical_report",
        "text": CARDIO_TXT,
        "crlf": True,
    },
    {"name": "eyes.pdf", "kind": "medical_report", "text": ORTHOPTIC_SCAN, "ocr": True},
    {
        "name": "Liam discharge summary.pdf",
        "kind": "camhs_report",
        "blocks": HOME_TREATMENT,
        "accent": "005EB8",
    },
    {"name": "Ibrahim OCD.docx", "kind": "camhs_report", "blocks": OCD_REPORT, "accent": "005EB8"},
    {
        "name": "Precious - letter for school.eml",
        "kind": "camhs_report",
        "text": CAMHS_EMAIL,
        "headers": headers(
            "Jade Whitlock <jade.whitlock@example.org>",
            "Mrs B. Adeyinka <senco@example.org>",
            "Precious Okonjo - letter for school",
            "Wed, 10 Jun 2026 15:22:05 +0100",
            cc="folake.okonjo@example.org",
        ),
        "html": True,
    },
    {"name": "Fax_0327.pdf", "kind": "camhs_report", "text": CAMHS_FAX, "ocr": True},
]
