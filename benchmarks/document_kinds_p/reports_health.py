# ruff: noqa: E501
"""Health reports of set P: speech and language therapy (an island trust's advice, a
dysfluency clinic letter, a selective mutism report forwarded in an e-mail, session
targets photographed), occupational therapy (advice, a seating letter, a sensory profile
summary as text, a report faxed), physiotherapy (a hydrotherapy and rebound report, advice
for an assessment, a reply about PE, an annual report scanned), medical (paediatric
audiology, a diabetes nurse specialist, an FASD clinic letter forwarded, a cardiology
letter faxed) and CAMHS (an art psychotherapist, an urgent care team's assessment after
A&E, a letter to a GP faxed, advice forwarded by the designated clinical officer). All
invented."""

from __future__ import annotations

from evaluation_kit.plaintext import quoted

from document_kinds_p.common import headers

KERRITH_NHS = "Kerrith Healthcare NHS Trust"
BRINE_NHS = "Brinefield Community Health NHS Trust"
ASH_NHS = "Ashgrove and Vale Hospitals NHS Trust"

# --- speech and language therapy ----------------------------------------------------------

SLT_ADVICE = [
    ("org", KERRITH_NHS),
    (
        "small",
        "Children's Speech and Language Therapy, Cowlstone Community Hospital, Mill Lane, Cowlstone KR4 2LH  |  01632 960410",
    ),
    ("title", "Speech and Language Therapy Advice - EHC needs assessment"),
    (
        "kv",
        [
            ("Name", "Saoirse Mulcahy"),
            ("NHS number", "999 614 2208"),
            ("Date of birth", "22/03/2013"),
            ("School", "Our Lady Star of the Sea Catholic High School"),
            ("Therapist", "Kerenza Hosken, Highly Specialist SLT"),
        ],
        [0.28, 0.72],
    ),
    ("h", 2, "Assessments used"),
    (
        "p",
        "CELF-5 UK (selected subtests), observation in a Year 8 history lesson, discussion with Saoirse and her mother.",
    ),
    ("h", 2, "Findings"),
    (
        "p",
        "Saoirse's expressive language is within the average range. Her understanding of complex sentences and of subject vocabulary is below average (Understanding Spoken Paragraphs, scaled score 5). She relies on visual cues and on copying peers. Her difficulties in English lessons are partly language-based, not only related to her dyslexia.",
    ),
    ("h", 2, "Advice"),
    (
        "grid",
        [
            ["What", "Who", "How often"],
            [
                "Pre-teach key subject vocabulary using a word map",
                "Teaching assistant",
                "Before each new topic, 2 x 20 minutes weekly",
            ],
            [
                "Check understanding by asking Saoirse to explain in her own words, not 'do you understand?'",
                "All staff",
                "Every lesson",
            ],
            [
                "Narrative and inference programme from the SLT's plan",
                "Trained TA",
                "3 x 30 minutes weekly for one term",
            ],
            [
                "Review by the SLT and training for the TA",
                "Speech and language therapist",
                "Termly",
            ],
        ],
        [0.5, 0.22, 0.28],
    ),
    (
        "p",
        "Please note: our service covers the island and sessions are arranged around the therapist's ferry days; school-based visits take place on Tuesdays and Thursdays.",
    ),
    (
        "sig",
        ["Kerenza Hosken", "Highly Specialist Speech and Language Therapist", "19 January 2026"],
    ),
]

DYSFLUENCY = [
    ("org", BRINE_NHS),
    (
        "small",
        "Dysfluency Clinic, Speech and Language Therapy, Salterford Children's Centre, Ropeworks Lane, Salterford SF4 6QQ  |  01632 960615",
    ),
    ("p", "Private and confidential\nDr S Mahlangu\nNantmere Medical Practice\nNantmere SF9 1AB"),
    (
        "kv",
        [
            ("Re", "Harrison Tatlock"),
            ("DOB", "12/10/2016"),
            ("NHS no", "999 830 4416"),
            ("Clinic date", "2 February 2026"),
        ],
        [0.2, 0.8],
    ),
    ("p", "Dear Dr Mahlangu,"),
    (
        "p",
        "I saw Harrison with his father in the dysfluency clinic. Harrison has a moderate to severe developmental stammer. In conversation 14% of his syllables were stammered, with blocks lasting up to four seconds and associated facial tension. He has started to avoid words beginning with /b/ and /k/, and his dad reports he no longer puts his hand up in class.",
    ),
    (
        "p",
        "Harrison will be offered six sessions of the Palin Parent-Child Interaction programme followed by a block of individual therapy. I recommend that school staff give him time to finish without finishing words for him, do not ask him to read aloud without his agreement, and agree a plan with him for the register and for answering questions. I will visit Nantmere Flashes Primary School to train staff in the summer term.",
    ),
    (
        "p",
        "Outcome measures at this appointment: OASES-S total impact score 3.1 (moderate to severe).",
    ),
    (
        "sig",
        [
            "Yours sincerely",
            "",
            "Gareth Brunskill",
            "Clinical Specialist Speech and Language Therapist (Dysfluency)",
        ],
    ),
    (
        "small",
        "cc: Mr and Mrs Tatlock (parents); Mrs J Ollerton, SENCo, Nantmere Flashes Primary School",
    ),
]

SM_FWD = (
    "Danielle - forwarding Ruth's report as promised for Noor's file. Please add it to the advice for the plan.\n"
    "Leila Haddad\n\n"
    "Begin forwarded message:\n\n"
    "From: Ruth Anand <ruth.anand@ashvalenhs.example.org>\n"
    "Date: 24 February 2026 at 17:31:08 GMT\n"
    "To: Leila Haddad <leila.haddad@example.org>\n"
    "Subject: Noor - speech and language therapy report\n\n"
    + quoted(
        "Ashgrove and Vale Hospitals NHS Trust - Children's Speech and Language Therapy\n\n"
        "SPEECH AND LANGUAGE THERAPY REPORT\n"
        "Name: Noor Haddad   DOB: 11/06/2020   NHS number: 999 207 6631\n\n"
        "Reason for referral: not speaking at school (referred by Elmfield Infant School via the EP).\n\n"
        "Assessment: Noor was assessed at home, where she spoke freely to me in English once her mother was present, and observed at school, where she did not speak. Her receptive and expressive language at home are within the typical range for her age in both Arabic (by parental report) and English (informal assessment; standardised testing not appropriate).\n\n"
        "Impression: Noor presents with selective mutism. There is no underlying speech or language disorder.\n\n"
        "Recommendations:\n"
        "- A sliding-in programme led by one key adult, at least three times a week for 15 minutes, in the same quiet room, starting with Noor's mother present and gradually introducing the key adult.\n"
        "- All adults to remove pressure to speak and to comment rather than question.\n"
        "- The key adult to keep a simple record of each session; I will review the programme with the school every half term.\n"
        "- Information about selective mutism for all staff at Elmfield Infant School.\n\n"
        "Ruth Anand, Specialist Speech and Language Therapist"
    )
    + "\n"
)

SLT_PHOTO = """\
Wychbury St Mary's CE Primary School - Speech and Language
Therapy session summary
Child: Arlo Vickery     Therapist: Hannah Oyelaran (SLT)
Date: 16 June 2026   Session 2 of 6

What we worked on today
- following 2-part instructions with concepts (before/after)
- vocabulary: 'Who, what, where' questions with picture cards

What Arlo did well
Arlo followed 7 out of 10 two-part instructions with pictures. Without pictures 3 out of 10.

Targets for this half term
1. Arlo will follow two-part instructions with the concepts before and after in 8 out of 10 trials.
2. Arlo will answer 'where' questions about a picture using a prepositional phrase.

Recommendations for school
Practise the target games 3 times a week for 10 minutes with the TA (sheets attached).
Use a visual timetable and give instructions in the order things happen.
Continue pre-teaching of topic words. Next visit 30 June.
"""

# --- occupational therapy -------------------------------------------------------------------

OT_ADVICE = [
    ("org", KERRITH_NHS),
    (
        "small",
        "Children's Occupational Therapy, Cowlstone Community Hospital, Mill Lane, Cowlstone KR4 2LH  |  01632 960420",
    ),
    ("title", "Occupational Therapy Advice"),
    (
        "kv",
        [
            ("Name", "Rowan Carne"),
            ("DOB", "11/12/2015"),
            ("NHS number", "999 118 4927"),
            ("Seen", "at St Ebbe's CE Primary School, 6 October 2026"),
            ("Occupational therapist", "Tegan Roskilly, HCPC OT99999"),
        ],
        [0.28, 0.72],
    ),
    ("h", 2, "Reason for referral"),
    (
        "p",
        "Concerns about handwriting, dressing after PE and organisation. Requested as advice for Rowan's EHC needs assessment.",
    ),
    ("h", 2, "Assessment"),
    (
        "p",
        "Movement ABC-2: manual dexterity at the 5th percentile, balance at the 25th. DASH (Detailed Assessment of Speed of Handwriting): 9 words per minute in free writing, well below his age. Rowan's pencil grip is immature and he presses hard; he reported pain in his hand after ten minutes.",
    ),
    ("h", 2, "Functional difficulties"),
    (
        "p",
        "Rowan takes 15 minutes to change after PE and often leaves with his jumper inside out. He loses equipment and finds it hard to get started on tasks with several steps.",
    ),
    ("h", 2, "Recommendations"),
    (
        "bul",
        [
            "A fine motor programme (provided) for 10 minutes daily, delivered by a teaching assistant.",
            "A sloped writing board and a triangular pencil grip.",
            "Access to a laptop for longer pieces of writing, with touch-typing taught (e.g. 3 x 15 minutes weekly).",
            "Extra time and a visual checklist for changing for PE.",
            "OT review in six months.",
        ],
    ),
    ("sig", ["Tegan Roskilly", "Children's Occupational Therapist"]),
]

SEATING = [
    ("org", KERRITH_NHS),
    ("small", "Children's Occupational Therapy - Postural Management  |  01632 960421"),
    (
        "p",
        "To: Mrs K Rowe, SENCo, St Ebbe's Academy\nCopy: Mrs M Penhallow; Mr J Ashby, Physiotherapist",
    ),
    ("p", "10 March 2026"),
    ("b", "Re: Tomos Penhallow (DOB 14/11/2013) - seating and equipment at school"),
    (
        "p",
        "I visited Tomos at school on 4 March to assess his seating and access following his surgery.",
    ),
    (
        "p",
        "Tomos is sitting in a standard classroom chair with his feet unsupported. By the end of a lesson he slumps to one side, and his handwriting and concentration deteriorate. He also finds the science laboratory stools unsafe.",
    ),
    (
        "p",
        "I am recommending: an adjustable-height chair with a seat cushion and footrest for use in all classrooms (I have ordered this through the equipment service; it will follow him between rooms); a height-adjustable desk in the science lab; a perching stool for practical work; and a second set of orthoses-friendly footwear kept at school. Staff should check his position at the start of each lesson.",
    ),
    (
        "p",
        "I will review the equipment in June. Please contact me if it has not arrived by Easter.",
    ),
    ("sig", ["Nessa Kitto", "Senior Occupational Therapist (Postural Management)"]),
]

SENSORY_TXT = """\
Sensory Profile 2 - summary of results
Jude Okonjo-Marsh (11y 4m)
Completed by: Mrs S Okonjo-Marsh (Caregiver Questionnaire) and Mrs B Salkeld (School Companion)
Scored by: Amira Castellanos, Occupational Therapist, Ashgrove and Vale Hospitals NHS Trust, Children's Therapy Services
Date: 12 February 2026

Quadrant scores (Caregiver / School)
Seeking:      Much more than others / Much more than others
Avoiding:     More than others     / Much more than others
Sensitivity:  Much more than others / More than others
Registration: Just like the majority / More than others

What this means for Jude
Jude both seeks movement and is overwhelmed by noise. In a busy classroom he is likely to become over-aroused quickly, and running is one way he tries to regulate.

OT recommendations
1. Movement breaks built into his timetable every 30-40 minutes (e.g. jobs carrying books, wall push-ups), not used as a reward.
2. Ear defenders available in assembly, the hall and the dining room.
3. A sensory circuit of 10 minutes at the start of each school day, led by a trained TA.
4. A wobble cushion or move-n-sit cushion on his chair.
5. The OT will provide training to the Year 7 team at Brickhill Academy in July.
"""

OT_FAX = """\
11/02/2026 14:11   ASHGROVE+VALE CHILD THERAPY   01632960851        P. 01/04

FAX COVER - CONFIDENTIAL
To: SEN Casework, Ashgrove Borough Council   Fax: 01632 960789
From: Children's Occupational Therapy
Pages: 4 (including cover)
Re: Occupational therapy advice for EHC needs assessment - F. Brookes-Nowak
This fax contains patient-identifiable information.

11/02/2026 14:11   ASHGROVE+VALE CHILD THERAPY   01632960851        P. 02/04

Ashgrove and Vale Hospitals NHS Trust - Children's Occupational Therapy
OCCUPATIONAL THERAPY REPORT
Name: Freya Brookes-Nowak     DOB: 14/02/2017     NHS No: 999 552 9013
Date of assessment: 28 January 2026

Background
Freya was referred by Kiln Park Primary School because of difficulties with handwriting, scissor skills and dressing. She has a diagnosis of dyslexia (specialist assessment, 2025) and joint hypermobility.

Assessment
Beery VMI: visual-motor integration standard score 78. Grip strength reduced bilaterally. Handwriting is large and poorly formed, 8 letters per minute copying from the board.

Recommendations
- Handwriting programme (Speed Up!) 2 x 20 minutes a week with a trained TA, for 12 weeks.
- Copying from the board to be avoided; provide printed copies.
- Pencil grip and sloped board; breaks from writing every 10 minutes because of hand fatigue.
- Laptop to be introduced for extended writing from Year 5.
Review in 6 months.
Ceri Wadsworth, Occupational Therapist
"""

# --- physiotherapy --------------------------------------------------------------------------

HYDRO = [
    ("org", ASH_NHS),
    (
        "small",
        "Children's Physiotherapy, Elmfield Child Development Centre, Ashgrove New Town AG2 3CD  |  01632 960850",
    ),
    ("title", "Physiotherapy report and hydrotherapy programme"),
    (
        "kv",
        [
            ("Name", "Shakira Mensah-Boateng"),
            ("DOB", "14/07/2016"),
            ("NHS number", "999 471 8054"),
            ("Diagnosis", "Ehlers-Danlos syndrome (hypermobile type); chronic pain"),
            ("Physiotherapist", "Leon Okwuosa, Clinical Lead Paediatric Physiotherapist"),
        ],
        [0.28, 0.72],
    ),
    ("h", 2, "Assessment"),
    (
        "p",
        "Beighton score 8/9. Shakira reports daily pain in her knees and ankles (4-6 out of 10) and frequent subluxations of her right shoulder. Her walking tolerance is about 15 minutes. She has missed PE since September.",
    ),
    ("h", 2, "Goals"),
    (
        "p",
        "To take part in adapted PE weekly; to walk between classrooms at secondary school without pain above 3/10.",
    ),
    ("h", 2, "Recommendations for school"),
    (
        "bul",
        [
            "Hydrotherapy session at the Elmfield CDC pool, 30 minutes once a week, accompanied by a trained member of school staff, for two terms.",
            "Rebound therapy on the school's trampoline, 20 minutes weekly, with a rebound-trained adult, following the attached programme.",
            "A lift pass and a locker so that she does not carry a heavy bag.",
            "Adapted PE: no high-impact activities; strengthening circuit instead.",
            "Rest breaks when pain is above 6/10.",
        ],
    ),
    (
        "p",
        "I will review Shakira in clinic in 3 months and at school before her transition review.",
    ),
    ("sig", ["Leon Okwuosa", "Clinical Lead Paediatric Physiotherapist", "20 May 2026"]),
]

PHYSIO_ADVICE = [
    ("org", KERRITH_NHS),
    (
        "small",
        "Children's Physiotherapy Service, Holmport General Hospital, Harbour Road, Holmport KR1 8HH  |  01632 960430",
    ),
    ("title", "Physiotherapy advice for Education, Health and Care needs assessment"),
    (
        "kv",
        [
            ("Child", "Tomos Penhallow"),
            ("DOB", "14/11/2013"),
            ("NHS number", "999 482 1170"),
            ("Diagnosis", "Bilateral spastic cerebral palsy, GMFCS level II"),
        ],
        [0.28, 0.72],
    ),
    ("h", 2, "Current physical presentation"),
    (
        "p",
        "Tomos walks independently indoors with a posterior rollator and bilateral ankle-foot orthoses. He uses a self-propelled wheelchair outdoors and for distances over 100 metres. He has tight hamstrings and calf muscles and reduced hip strength, which increase his fatigue through the day.",
    ),
    ("h", 2, "Impact on learning"),
    (
        "p",
        "Tomos arrives late to lessons and tired. He cannot safely carry equipment while walking. PE needs adapting.",
    ),
    ("h", 2, "Recommendations"),
    (
        "p",
        "Tomos needs a daily physiotherapy programme of stretches and standing practice, about 20 minutes, carried out by a teaching assistant trained by the physiotherapy service. The service will review him in school every six months and update the programme. A standing frame is not needed at present. A personal emergency evacuation plan is needed for the upper floors.",
    ),
    ("sig", ["Jago Ashby", "Specialist Paediatric Physiotherapist", "30 October 2024"]),
]

PE_EMAIL = (
    "Dear Mr Hardacre,\n\n"
    "Thank you for asking about Mabli's PE lessons. I saw her in the cardiac physiotherapy clinic last week and have spoken to her cardiologist.\n\n"
    "Mabli can and should take part in PE, with these limits:\n"
    "- No competitive or maximal effort activities (no bleep test, no sprint races, no contact sports).\n"
    "- She should work at a level where she can still hold a conversation. If she becomes breathless, dizzy or pale she must stop and sit down, and a member of staff should stay with her.\n"
    "- Swimming, badminton, dance, yoga and cycling are good choices.\n"
    "- She must have access to water and be allowed to leave early to change.\n\n"
    "I would recommend she has an individual exercise plan within PE, 2 x 50 minutes a week, and I'll send a written programme for the PE department. I would like to visit in the autumn term to see how it is going.\n\n"
    "Kind regards\n\n"
    "Imogen Fairclough\nCardiac Physiotherapist, Brinefield Children's Hospital\n01632 960625\n\n"
    "-----Original Message-----\nFrom: Stuart Hardacre\nSent: 02 March 2026 08:15\nSubject: PE lessons - Mabli Rees-Ferrante (Yr 10)\n\n"
    + quoted(
        "Hello, Mabli's dad gave me your details. What can she safely do in PE? She's been sitting out since she came back. Stuart Hardacre, Head of PE, Wychbury High School"
    )
    + "\n"
)

PHYSIO_SCAN = """\
Ashgrove and Vale Hospitals NHS Trust
Children's Physiotherapy - Annual Report for School

Pupil: Ravi Chaudhry     DOB: 30/06/2012     NHS no: 999 340 7719
School: The Orchard Resource Base at Brickhill Academy
Date: 9 January 2026
Physiotherapist: Mrs Olu Adebanjo

Summary
Ravi had bilateral multilevel orthopaedic surgery (SEMLS) in April 2025 for cerebral palsy. He is now walking with two elbow crutches for short distances and uses a powered wheelchair around school.

Progress over the year
Ravi's walking distance has improved from 10 metres to 60 metres. His knee extension strength has improved. He has not been able to do his standing programme consistently at school because of staffing.

Recommendations
- Walking practice with crutches, 10 minutes twice daily, supervised by a trained TA.
- Standing frame for 45 minutes daily, during a suitable lesson.
- Physiotherapy review in school every 8 weeks with the TA present.
- Night splints to continue (orthotics).
- Ravi should not be withdrawn from the same lesson every day for his programme.
"""

# --- medical --------------------------------------------------------------------------------

AUDIOLOGY = [
    ("org", BRINE_NHS),
    (
        "small",
        "Paediatric Audiology, Salterford Children's Centre, Ropeworks Lane, Salterford SF4 6QQ  |  01632 960620",
    ),
    (
        "kv",
        [
            ("Patient", "Ella Brereton"),
            ("DOB", "06/05/2017"),
            ("NHS number", "999 263 0185"),
            ("Hospital number", "BCH0447192"),
            ("Clinic date", "29 September 2025"),
        ],
        [0.28, 0.72],
    ),
    ("p", "Dear Mrs Brereton,"),
    ("b", "Hearing assessment results"),
    (
        "p",
        "Thank you for bringing Ella to clinic. Today's pure tone audiogram shows a moderate bilateral sensorineural hearing loss, averaging 55 dB HL in the right ear and 50 dB HL in the left. This is a deterioration of about 10 dB since her last test in March. Tympanometry was normal in both ears, so there is no glue ear.",
    ),
    (
        "p",
        "Ella's hearing aids have been reprogrammed to the new levels and checked with real-ear measurements. Her speech recognition in quiet with aids was 92%, but in background noise it fell to 60%.",
    ),
    (
        "p",
        "Because of this, it is very important that Ella's radio aid is used for all teaching, that background noise is reduced in her classroom, and that she sits where she can see the teacher's face. I have written to the Sensory Support Service to ask for their Teacher of the Deaf to review her support. We will see Ella again in six months, and sooner if you notice any change.",
    ),
    ("sig", ["Yours sincerely", "", "Dr Farida Qureshi", "Consultant Audiovestibular Physician"]),
    ("small", "cc: GP; Sensory Support Service; SENCo, Nantmere Flashes Primary School"),
]

DIABETES = [
    ("org", BRINE_NHS),
    (
        "small",
        "Paediatric Diabetes Team, Brinefield Children's Hospital, Saltings Road, Salterford SF4 8DH  |  01632 960630",
    ),
    ("title", "Health advice for EHC plan review - type 1 diabetes"),
    (
        "kv",
        [
            ("Name", "Ella Brereton"),
            ("DOB", "06/05/2017"),
            ("NHS number", "999 263 0185"),
            ("Written by", "Sister Anne Birtles, Paediatric Diabetes Nurse Specialist"),
            ("Date", "9 September 2025"),
        ],
        [0.3, 0.7],
    ),
    ("h", 2, "Diagnosis and treatment"),
    (
        "p",
        "Ella was diagnosed with type 1 diabetes in 2022. She uses an insulin pump (hybrid closed loop) and a continuous glucose monitor that alerts to a phone kept by staff.",
    ),
    ("h", 2, "How diabetes affects Ella at school"),
    (
        "p",
        "When Ella's glucose is below 4 mmol/L she becomes pale, shaky and unable to concentrate, and needs 15-20 minutes to recover after treatment. High glucose makes her tired and irritable. Her HbA1c is 56 mmol/mol, which is within target.",
    ),
    ("h", 2, "What Ella needs"),
    (
        "bul",
        [
            "At least two members of staff on site at all times trained to use her pump and monitor; training renewed each year by our team.",
            "Glucose to be checked before PE, before lunch and before going home.",
            "Hypo treatment kept in class and taken on all trips.",
            "Time to catch up on missed work after a hypo, without being kept in at break.",
            "An individual healthcare plan, reviewed every year.",
        ],
    ),
    (
        "p",
        "Ella's diabetes is a medical condition; the educational impact above should be reflected in her plan.",
    ),
]

FASD_FWD = (
    "Hi Danielle\n\n"
    "You asked for the diagnosis letter. Here it is - the clinic e-mailed it to us, so I've forwarded it rather than scanning it. Sorry it's late.\n\n"
    "Sandra Okonjo-Marsh\n\n"
    "---------- Forwarded message ---------\n"
    "From: FASD Clinic <fasd.clinic@ashvalenhs.example.org>\n"
    "Date: Wed, 18 May 2022 at 10:02\n"
    "Subject: Clinic letter - Jude Okonjo-Marsh\n\n"
    "Ashgrove and Vale Hospitals NHS Trust\nNeurodevelopmental Service - FASD Diagnostic Clinic\n\n"
    "Patient: Jude Okonjo-Marsh   DOB: 19/09/2014   NHS number: 999 725 3308\n"
    "Seen by: Dr Nkechi Obi, Consultant Paediatrician (Neurodisability), and multidisciplinary team\n\n"
    "Diagnosis: Fetal alcohol spectrum disorder (FASD) without sentinel facial features, according to the UK guideline. Confirmed prenatal alcohol exposure (social care records).\n\n"
    "Assessment: Jude was assessed across ten brain domains. Significant impairment was found in memory, attention, executive function, affect regulation and adaptive behaviour. Language and motor skills were within the expected range. Growth: height and weight on the 9th centile.\n\n"
    "Plan and advice: I have explained the diagnosis to Mr and Mrs Okonjo-Marsh. Jude's school should be made aware that his difficulties are neurodevelopmental and lifelong, that he needs consistent routines, external memory aids and close supervision at unstructured times, and that standard behaviour management approaches based on consequences are unlikely to work. I have referred Jude to the adoption support fund therapeutic service. No medication is indicated at present. Review in clinic in 12 months, or earlier if school or family have concerns.\n\n"
    "Dr Nkechi Obi\nConsultant Paediatrician\ncc: GP; school nurse\n"
)

CARDIO_FAX = """\
02/03/2026 10:47   BCH CARDIOLOGY SECS   01632960636                  PAGE 1 OF 3

**** FAX ****
To: Dr S Mahlangu, Nantmere Medical Practice
cc: Wychbury High School (for EHC plan - with parents' consent)
From: Paediatric Cardiology Secretaries
Pages to follow: 2

02/03/2026 10:47   BCH CARDIOLOGY SECS   01632960636                  PAGE 2 OF 3

Brinefield Children's Hospital - Paediatric Cardiology
Consultant: Dr Ewan Lockhart

Dear Dr Mahlangu
Re: Mabli Rees-Ferrante, DOB 30/01/2011, NHS 999 106 4452
Diagnoses: 1. Tetralogy of Fallot, repaired 2012. 2. Pulmonary valve replacement (surgical), May 2025. 3. Exercise intolerance. 4. Anxiety.

I reviewed Mabli in clinic on 24 February. She is recovering well from her valve replacement. Her echocardiogram shows a well-functioning valve and good ventricular function. However, her exercise capacity remains reduced (cardiopulmonary exercise test 68% predicted) and she describes significant fatigue by the afternoon.

Mabli can attend school full-time, but I would support a reduced timetable with rest periods for the rest of this school year. She should not undertake maximal exercise; our cardiac physiotherapist will advise the school on PE. She has significant health anxiety and I have referred her to our paediatric psychology service.

Follow-up in 6 months with an exercise test.
Yours sincerely
Dr Ewan Lockhart, Consultant Paediatric Cardiologist
"""

# --- CAMHS ----------------------------------------------------------------------------------

ART_PSY = [
    ("org", "Kerrith CAMHS - Child and Adolescent Mental Health Service"),
    (
        "small",
        KERRITH_NHS
        + "  |  The Lodge, Holmport General Hospital, Harbour Road, Holmport KR1 8HH  |  01632 960440",
    ),
    ("title", "Report from Art Psychotherapy"),
    (
        "kv",
        [
            ("Young person", "Saoirse Mulcahy"),
            ("DOB", "22/03/2013"),
            ("NHS number", "999 614 2208"),
            (
                "Therapist",
                "Morgan Treloar, HCPC registered art psychotherapist, CAMHS Looked After and Adopted Children's team",
            ),
            ("Sessions", "18 weekly sessions, September 2025 to February 2026"),
        ],
        [0.28, 0.72],
    ),
    ("h", 2, "Reason for referral"),
    (
        "p",
        "Saoirse was referred by her social worker because of angry outbursts, self-criticism and difficulties after contact with her birth father. She lives with her mother; contact is supervised.",
    ),
    ("h", 2, "The work"),
    (
        "p",
        'Saoirse has used clay and paint to explore feelings she finds hard to put into words. She has often made boats and harbours, which she described as "somewhere things stay still". Over the sessions she has been able to name anger and shame and to notice early signs in her body.',
    ),
    ("h", 2, "Current mental health"),
    (
        "p",
        'Saoirse continues to experience high levels of anxiety and low self-worth, linked in part to her reading difficulties, which she experiences as proof that she is "thick". Her difficulties are more marked on Mondays after contact.',
    ),
    ("h", 2, "Recommendations for school"),
    (
        "bul",
        [
            "A trusted adult to meet Saoirse at the gate on Mondays and offer a short check-in.",
            "A safe space she can use with a time-out card, without having to explain.",
            "Staff not to ask her to read aloud; shame is a major trigger.",
            "CAMHS will continue fortnightly art psychotherapy until July 2026 and will liaise with the SENDCo each half term.",
        ],
    ),
    ("sig", ["Morgan Treloar", "Art Psychotherapist, Kerrith CAMHS", "27 February 2026"]),
]

URGENT_CARE = [
    ("org", BRINE_NHS),
    (
        "small",
        "CAMHS Urgent Care Team (under-18s liaison), Brinefield Children's Hospital, Saltings Road, Salterford SF4 8DH  |  01632 960640 (24 hours)",
    ),
    ("title", "CAMHS Urgent Care Team - assessment summary"),
    (
        "kv",
        [
            ("Name", "Mabli Rees-Ferrante"),
            ("DOB", "30/01/2011"),
            ("NHS number", "999 106 4452"),
            ("Attended", "Emergency Department, 11 April 2026, 22:40"),
            ("Assessed by", "Chloe Varley, CAMHS Urgent Care Practitioner (RMN)"),
        ],
        [0.28, 0.72],
    ),
    ("h", 2, "Presentation"),
    (
        "p",
        "Mabli was brought to the Emergency Department by her parents after a panic attack at home in which she believed she was having a cardiac event. Medical review found no cardiac cause. She was seen by the CAMHS urgent care team once medically cleared.",
    ),
    ("h", 2, "Mental state and risk"),
    (
        "p",
        "Mabli was tearful but calm and engaged well. She described daily worry about her heart, checking her pulse many times a day and avoiding activities that raise her heart rate. She denied thoughts of self-harm or suicide. Risk assessed as low.",
    ),
    ("h", 2, "Formulation"),
    (
        "p",
        "Health anxiety following repeated cardiac surgery, maintained by checking and avoidance, with panic attacks.",
    ),
    ("h", 2, "Plan"),
    (
        "bul",
        [
            "Referral to the CAMHS Getting Help team for cognitive behavioural therapy for health anxiety (waiting time about 12 weeks).",
            "Liaison with the cardiology team's paediatric psychologist to avoid duplication.",
            "School to be informed with consent: agree a plan with Mabli for what to do if she feels panicky in lessons, including a named adult and a quiet space.",
            "Crisis line details given to Mabli and her parents.",
        ],
    ),
    (
        "small",
        "cc: GP; Dr E Lockhart, Consultant Cardiologist; Wychbury High School (with consent)",
    ),
]

CAMHS_FAX = """\
15/04/2026 09:03  FROM: ASHGROVE CAMHS  01632960861  TO: 01632960777   P.01

Ashgrove and Vale Hospitals NHS Trust
Child and Adolescent Mental Health Service (CAMHS)
Tier 3 Community Team, Brickhill Clinic, Ashgrove New Town AG6 1CL

Dr P Varma
Old Ashgrove Surgery

Dear Dr Varma
Re: Shakira Mensah-Boateng  DOB 14/07/2016  NHS 999 471 8054

I saw Shakira with her mother on 9 April following your referral for anxiety and school avoidance.

Shakira describes worrying thoughts most days, especially about her pain, about being sick at school and about moving to secondary school. She has stomach aches on school mornings and has missed 14 days this term. On the RCADS her separation anxiety and generalised anxiety scores were in the clinical range. There are no concerns about low mood or self-harm.

My impression is of a generalised anxiety disorder with features of separation anxiety, made worse by chronic pain associated with her hypermobility.

Plan: Shakira will be offered 10 sessions of CBT with our team, with a parent-led element. I have advised school to provide a calm, predictable start to the day, a key adult, a gradual plan for any missed days, and early, detailed planning for her transfer to secondary school.

Yours sincerely
Jasmine Okoro, Clinical Psychologist, CAMHS
"""

DCO_FWD = (
    "Dear Ms Trebilcock,\n\n"
    "Please find below the CAMHS advice for Rowan Carne's EHC needs assessment, which came to me as the designated clinical officer. I have not added any health advice of my own; the community paediatric and OT advice will follow separately.\n\n"
    "Regards\nAlison Pascoe\nDesignated Clinical Officer for SEND, NHS Kerrith Integrated Care Board\n\n"
    "-----Original Message-----\n"
    "From: Kerrith CAMHS Getting Help Team\nSent: 12 October 2026 15:22\nTo: DCO Kerrith\nSubject: EHCNA health advice - CAMHS - R Carne\n\n"
    + quoted(
        "CAMHS ADVICE FOR EDUCATION, HEALTH AND CARE NEEDS ASSESSMENT\n"
        "Name: Rowan Carne   DOB: 11/12/2015   NHS: 999 118 4927\n"
        "Known to CAMHS since: June 2026 (Getting Help team)\n\n"
        "Presenting difficulties: Rowan was referred with anxiety about school, sleep difficulties and outbursts at home after school. He has completed 6 of 8 sessions of guided self-help with his mother.\n\n"
        "Assessment: Rowan meets the threshold for a moderate anxiety difficulty, strongly focused on reading and on being seen to fail. His anxiety is much lower in the holidays.\n\n"
        "Recommendations for the plan: Rowan would benefit from a consistent adult in school who understands his anxiety; a quiet place to go when overwhelmed; not being asked to read aloud or to work in front of peers without preparation; and regular praise for effort rather than outcome. CAMHS will offer a review after the guided self-help ends and can advise school staff by telephone.\n\n"
        "Elowen Rickard, CAMHS Practitioner"
    )
    + "\n"
)

DOCUMENTS: list[dict] = [
    {"name": "Saoirse speech advice.docx", "kind": "salt_report", "blocks": SLT_ADVICE},
    {
        "name": "Harrison clinic letter.pdf",
        "kind": "salt_report",
        "blocks": DYSFLUENCY,
        "accent": "005EB8",
    },
    {
        "name": "Fw_ Noor - report.eml",
        "kind": "salt_report",
        "headers": headers(
            "Leila Haddad <leila.haddad@example.org>",
            "Danielle Fairbrass <sen.casework@ashgrove.example.org>",
            "Wed, 25 Feb 2026 07:55:40 +0000",
            "Fwd: Noor - speech and language therapy report",
        ),
        "text": SM_FWD,
    },
    {"name": "IMG_5520.pdf", "kind": "salt_report", "text": SLT_PHOTO, "ocr": 0.08},
    {"name": "OT.docx", "kind": "ot_report", "blocks": OT_ADVICE},
    {"name": "Tomos chair.pdf", "kind": "ot_report", "blocks": SEATING, "accent": "005EB8"},
    {"name": "Sensory profile results.txt", "kind": "ot_report", "text": SENSORY_TXT},
    {"name": "FAX_0211_1411.pdf", "kind": "ot_report", "text": OT_FAX, "ocr": True},
    {"name": "Hydro programme.pdf", "kind": "physio_report", "blocks": HYDRO, "accent": "005EB8"},
    {"name": "Tomos - Mr Ashby.docx", "kind": "physio_report", "blocks": PHYSIO_ADVICE},
    {
        "name": "Re_ PE lessons.eml",
        "kind": "physio_report",
        "headers": headers(
            "Imogen Fairclough <i.fairclough@brinefieldnhs.example.org>",
            "Stuart Hardacre <s.hardacre@wychburyhigh.example.org>",
            "Mon, 9 Mar 2026 12:44:18 +0000",
            "RE: PE lessons - Mabli Rees-Ferrante (Yr 10)",
            cc="huw.reesferrante@example.org",
        ),
        "text": PE_EMAIL,
    },
    {"name": "Ravi Jan.pdf", "kind": "physio_report", "text": PHYSIO_SCAN, "ocr": True},
    {
        "name": "Hearing test results.pdf",
        "kind": "medical_report",
        "blocks": AUDIOLOGY,
        "accent": "005EB8",
    },
    {"name": "Ella diabetes.docx", "kind": "medical_report", "blocks": DIABETES},
    {
        "name": "Fwd_ diagnosis letter.eml",
        "kind": "medical_report",
        "headers": headers(
            "Sandra Okonjo-Marsh <sandra.okonjomarsh@example.org>",
            "Danielle Fairbrass <sen.casework@ashgrove.example.org>",
            "Thu, 20 Nov 2025 19:26:33 +0000",
            "Fwd: Clinic letter - Jude Okonjo-Marsh",
        ),
        "text": FASD_FWD,
        "html": True,
    },
    {"name": "Scan_20260302.pdf", "kind": "medical_report", "text": CARDIO_FAX, "ocr": True},
    {"name": "Saoirse art therapy.docx", "kind": "camhs_report", "blocks": ART_PSY},
    {"name": "A&E letter.pdf", "kind": "camhs_report", "blocks": URGENT_CARE, "accent": "005EB8"},
    {"name": "Document_2026-04-15.pdf", "kind": "camhs_report", "text": CAMHS_FAX, "ocr": True},
    {
        "name": "FW_ health advice - Rowan.eml",
        "kind": "camhs_report",
        "headers": headers(
            "Alison Pascoe <dco@kerrithicb.example.org>",
            "Gwen Trebilcock <g.trebilcock@kerrith.example.org>",
            "Tue, 13 Oct 2026 09:30:00 +0100",
            "FW: EHCNA health advice - CAMHS - R Carne",
        ),
        "text": DCO_FWD,
        "qp": True,
    },
]
