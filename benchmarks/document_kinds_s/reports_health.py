# ruff: noqa: E501
"""Therapy, medical and CAMHS reports of set S: NHS speech and language therapy advice, a
stammering therapy centre's letter, therapy pasted into a forwarded e-mail and a scanned
therapy review; occupational therapy advice, a home adaptations visit, a sensory report
and a scanned OT summary; physiotherapy advice, a postural management review, an
exercise update and a photographed physio letter; a community paediatrician's letter behind
a fax cover sheet, an orthoptist's and an audiologist's reports and a diabetes team's
letter; CAMHS letters, a psychiatrist's report, a family therapy summary and a CAMHS letter
forwarded by a parent. All invented."""

from __future__ import annotations

from document_kinds_s.common import COLNE_NHS, HEATH_NHS, headers

HEATH_SMALL = "Children's Therapy Services, Pondhead Clinic, Beaulea AF4 2DL - 01632 960740"
COLNE_SMALL = "Colne Road Hospital, Tollbury TB1 4QQ - Switchboard 01632 960800"

# --- speech and language ----------------------------------------------------------------

SLT_ADVICE = [
    ("org", HEATH_NHS),
    ("small", HEATH_SMALL),
    ("title", "Speech and Language Therapy Advice for EHC Needs Assessment"),
    (
        "kv",
        [
            ("Name", "Poppy Alderholt"),
            ("NHS number", "999 204 6618"),
            ("DOB", "14/09/2016"),
            ("Therapist", "Nerys Fenwick, Highly Specialist SLT"),
            ("Date", "20 January 2026"),
        ],
    ),
    ("h", 2, "Assessment"),
    (
        "p",
        "CELF-5 UK core language standard score 68 (2nd percentile). Receptive language is weaker than expressive: Poppy follows two-key-word instructions reliably but not three.",
    ),
    ("h", 2, "Communication needs"),
    (
        "p",
        "Poppy has a developmental language disorder. She omits past tense and plural endings and her narratives lack sequence.",
    ),
    ("h", 2, "Recommendations"),
    (
        "bul",
        [
            "Direct therapy in blocks of six 30-minute sessions each half term",
            "A programme delivered by a trained TA three times a week for 20 minutes",
            "Visual supports and key vocabulary pre-taught before each new topic",
        ],
    ),
]

STAMMER = [
    ("org", "The Brackenwood Centre for Stammering Children"),
    (
        "small",
        "Part of Ashmere Heath Community Health NHS Trust - Brackenwood Lodge, Ringholt AF7 1ZZ",
    ),
    ("p", "Dr S. Appiah, GP, Ringholt Health Centre"),
    ("p", "cc: Parents; SENCo, Ringholt School"),
    ("p", "8 December 2025"),
    ("p", "Dear Dr Appiah"),
    ("b", "Re: Noah Fairbrass, DOB 19/03/2014, NHS no 999 318 0427"),
    (
        "p",
        "I saw Noah with his mother for a specialist stammering assessment. He stammers on 6% of syllables with blocks and some facial tension; he avoids answering questions in class and ordering food.",
    ),
    (
        "p",
        "Plan: Noah has been offered a two-week intensive group course in the February half term followed by six fortnightly review sessions. I recommend that school allows him extra time to answer and does not ask him to read aloud unless he chooses to.",
    ),
    (
        "sig",
        [
            "Yours sincerely",
            "Megan Lacey-Ford",
            "Specialist Speech and Language Therapist (Stammering)",
        ],
    ),
]

SLT_FWD = """Sending you this so you have it before Thursday - the speech therapist emailed it instead of posting. Dionne

Begin forwarded message:

From: Saltings Children's Speech and Language Therapy <slt.saltings@colne-nhs.example.org>
Subject: Alfie Quarrie - SLT advice
Date: 27 March 2026 at 12:48:03 GMT

SPEECH AND LANGUAGE THERAPY ADVICE
Alfie Quarrie  DOB 21/08/2015  NHS 999 412 7730

Alfie was assessed in clinic on 24 March 2026. His understanding of language is within the average range (CELF-5 receptive 91) but his pragmatic skills are weak: he interrupts, misses the listener's cues and struggles to repair a conversation that goes wrong.

Recommendations: a social communication group (e.g. a Talkabout-style group) run by school staff weekly for a term, with SLT advice at the start and end; the use of comic strip conversations after incidents.

Lauren Oakes, Speech and Language Therapist, Saltings and Colne Hospitals NHS Foundation Trust
"""

SLT_SCAN = [
    ("org", COLNE_NHS),
    ("title", "Speech & Language Therapy - Review Report"),
    ("p", "Patient: Tamsin Coyle   D.O.B. 11/07/2020   NHS No. 999 530 1149"),
    ("p", "Seen at Heathfield Pre-School, 12 February 2026."),
    (
        "p",
        "Tamsin uses around 20 words and 10 Makaton signs. She is beginning to combine a sign and a word ('more drink'). Attention: single channelled; she needs her name and a cue to shift attention.",
    ),
    ("p", "Aims for next term: increase to 50 words/signs; begin a choice board at snack time."),
    (
        "p",
        "Recommendations: staff to use Makaton consistently; Intensive Interaction daily, 10 minutes; SLT to visit monthly and review the programme.",
    ),
    ("p", "Ruth Penberthy, Speech and Language Therapist"),
]

# --- occupational therapy --------------------------------------------------------------

OT_ADVICE = [
    ("org", "Saltings Children's Occupational Therapy Service"),
    ("small", COLNE_NHS + " - Child Development Centre, Colne Road Hospital"),
    ("title", "Occupational Therapy Advice"),
    ("p", "Re: Kit Marrable   DOB 04/10/2012   Tollbury Academy   Date of report: 11 January 2026"),
    ("h", 2, "Reason for referral"),
    ("p", "Annual review; concerns about handwriting speed and organisation."),
    ("h", 2, "Assessment"),
    (
        "p",
        "DASH 17+ copy best 9 wpm; free writing 8 wpm (below 1st percentile). Grip dynamic tripod but with high pressure and fatigue after 4 minutes.",
    ),
    ("h", 2, "Recommendations"),
    (
        "bul",
        [
            "Laptop as the main means of recording",
            "Touch-typing programme with 15 minutes practice three times weekly",
            "Review by OT each term; OT programme for organisation (checklists, colour-coded timetable)",
        ],
    ),
    ("sig", ["Amira Said, Children's Occupational Therapist"]),
]

OT_HOME = [
    ("org", "Ashmere County Council - Occupational Therapy (Children with Disabilities)"),
    ("title", "Home visit - adaptations assessment"),
    (
        "p",
        "Child: Freya Haverstock   Address: Old Forge Cottage, Ringholt   Visit: 19 November 2025   OT: Colm Brannigan",
    ),
    (
        "p",
        "Freya can transfer from wheelchair to bed with supervision. She cannot use the bath safely; she currently washes at the basin.",
    ),
    (
        "p",
        "Recommendations: level-access shower room on the ground floor (Disabled Facilities Grant referral made); a shower chair on loan in the meantime; grab rails at the back door.",
    ),
    ("p", "Equipment issued: toilet frame, perching stool."),
]

SENSORY = """SENSORY PROCESSING ASSESSMENT - SUMMARY

Child: Ruby Pettifer (6)
Service: Saltings Children's Occupational Therapy
Assessed: 23 February 2026 (clinic) and 2 March 2026 (school observation)
Therapist: Amira Said, Occupational Therapist

Sensory Profile 2 (caregiver and school companion): "much more than others" for auditory sensitivity and for avoiding. Ruby covers her ears at the hand dryers and the school bell; she chews her sleeves when waiting.

Recommendations
1. Ear defenders available in all noisy areas; Ruby to leave assembly 2 minutes early.
2. A sensory circuit (10 minutes) before the start of lessons and after lunch.
3. Chewy tube available; staff to offer proprioceptive tasks (carrying books, pushing the trolley).
4. OT to review in the summer term.
"""

OT_SCAN = [
    ("org", "Children's Occupational Therapy"),
    ("p", "DISCHARGE SUMMARY"),
    ("p", "Name: Leo Brockenhurst-Dale   DOB 03/05/2018"),
    (
        "p",
        "Leo was seen for 6 sessions between September 2025 and January 2026 for fine motor skills and dressing.",
    ),
    (
        "p",
        "He can now fasten large buttons and put on his coat independently. He still has difficulty with scissor control and letter formation.",
    ),
    (
        "p",
        "Outcome: goals met. Leo is discharged from the service. School to continue the fine motor programme (daily, 10 minutes). Re-referral welcome if concerns increase.",
    ),
    ("p", "Hannah Weir, OT Technical Instructor, for Ashmere Heath Children's Therapy"),
]

# --- physiotherapy ----------------------------------------------------------------------

PHYSIO_ADVICE = [
    ("org", HEATH_NHS),
    ("small", HEATH_SMALL),
    ("title", "Physiotherapy advice"),
    (
        "p",
        "Freya Haverstock  DOB 17/09/2011  NHS 999 771 3024   Physiotherapist: Imelda Rudd   Date: 10 February 2026",
    ),
    (
        "p",
        "Freya has bilateral spastic cerebral palsy, GMFCS level III. Her hamstring and calf lengths have reduced since last year (popliteal angle 70 degrees each side).",
    ),
    (
        "p",
        "Recommendations for school: daily stretching programme (20 minutes) by trained staff; standing frame 30-45 minutes daily; walking with her frame between lessons where time allows; physiotherapy review each half term.",
    ),
    ("sig", ["I. Rudd, Senior Paediatric Physiotherapist"]),
]

POSTURE = [
    ("org", "Ashmere Heath Postural Management Clinic"),
    ("title", "24-hour postural management review"),
    (
        "kv",
        [
            ("Patient", "Tamsin Coyle"),
            ("Seen", "2 April 2026"),
            ("Clinicians", "Physiotherapist (J. Okoro) and rehabilitation engineer"),
        ],
    ),
    (
        "p",
        "Tamsin's hip surveillance X-ray shows migration percentage 28% right, 22% left. She sits with a posterior pelvic tilt in her buggy.",
    ),
    (
        "p",
        "Plan: supportive seating for pre-school with pelvic strap; night positioning system trial; sleep positioning to be shown to parents; standing programme 3 times a week. Physiotherapy review in 3 months.",
    ),
]

PHYSIO_TXT = """Physio update - Daisy T - 5 Jan 2026

Saw Daisy at school with Mr Oyelaran. Her flat feet and low tone are unchanged; she is now wearing the insoles daily. Knees ache after the walk to the minibus.

Exercises (to continue at home and in PE):
- heel raises x10, twice daily
- balance on one leg, 3 x 20 seconds each side
- step-ups on the bottom stair x10

Daisy can join PE with the class but should sit out repeated running on hard surfaces. I will review her in April before she moves to college.

Dan Whitcombe, Paediatric Physiotherapist, Saltings and Colne Hospitals NHS FT
"""

PHYSIO_PHOTO = [
    ("org", COLNE_NHS),
    ("small", "Paediatric Physiotherapy, Colne Road Hospital"),
    ("p", "To the SENCo, Tollbury Academy"),
    ("p", "16 March 2026"),
    ("p", "Re: Kit Marrable, 04/10/2012"),
    (
        "p",
        "Kit has been assessed for poor core stability and clumsiness related to his developmental coordination disorder. He tires when sitting on stools and finds carrying trays difficult.",
    ),
    (
        "p",
        "Please allow Kit to sit on a chair with a back in practical lessons, leave lessons 5 minutes early to avoid crowded corridors, and follow the enclosed core strength programme in PE twice a week.",
    ),
    ("p", "Yours faithfully, Tom Gallagher, Physiotherapist"),
]

# --- medical -----------------------------------------------------------------------------

PAED_FAX = [
    ("p", "02-FEB-2026 11:52   FROM: CDC COLNE RD   TO: 01632960549   P.1/3"),
    (
        "cover",
        [
            "FACSIMILE TRANSMISSION",
            "Child Development Centre - Colne Road Hospital",
            "To: SEND Casework, Saltings Borough Council",
            "From: Secretary to Dr A. Mistry, Consultant Community Paediatrician",
            "Date: 2 February 2026   Pages: 3 including cover",
            "Message: Health advice for EHC needs assessment as requested.",
        ],
    ),
    ("p", "02-FEB-2026 11:53   FROM: CDC COLNE RD   TO: 01632960549   P.2/3"),
    ("org", COLNE_NHS),
    ("p", "Dr Anjali Mistry, Consultant Community Paediatrician"),
    ("b", "Health advice - Alfie Quarrie, DOB 21/08/2015, NHS 999 412 7730"),
    ("p", "Diagnoses: ADHD, combined presentation (diagnosed 2023); enuresis; mild eczema."),
    (
        "p",
        "Medication: methylphenidate modified release 27 mg each morning. Appetite is reduced at lunchtime; school should allow him a snack mid-afternoon.",
    ),
    (
        "p",
        "Health needs relevant to education: reduced concentration in the afternoon as medication wears off; he may need access to the toilet without asking.",
    ),
    ("p", "I will review Alfie in the neurodevelopmental clinic in June 2026."),
    ("p", "Dr A. Mistry, MBBS MRCPCH"),
]

ORTHOPTIC = [
    ("org", "Eye Department - " + COLNE_NHS),
    ("title", "Orthoptic and Ophthalmology Report"),
    ("p", "Patient: Daisy Threlfall   DOB: 29/05/2010   NHS: 999 663 5180   Seen: 9 December 2025"),
    (
        "p",
        "Visual acuity with glasses: right 0.300 logMAR, left 0.340 logMAR. Nystagmus; small right esotropia, stable. Daisy reads N10 print comfortably at 20 cm.",
    ),
    (
        "p",
        "Advice for school: printed material in at least 14 point on cream paper; seat near the front and centre; avoid glare from windows; glasses to be worn at all times.",
    ),
    ("p", "Follow up in 12 months. Orthoptist: Kirsty Bale. Consultant: Mr R. Anand FRCOphth."),
]

AUDIOLOGY = [
    ("org", "Paediatric Audiology - " + COLNE_NHS),
    ("title", "Audiology report"),
    ("p", "Ines Okonkwo-Hale (02/11/2011), NHS 999 158 9043. Appointment 15 January 2026."),
    (
        "grid",
        [
            ["Frequency (Hz)", "250", "500", "1000", "2000", "4000"],
            ["Right (dB HL)", "45", "50", "55", "60", "65"],
            ["Left (dB HL)", "40", "50", "55", "65", "70"],
        ],
        (40, 25, 25, 25, 25, 25),
    ),
    (
        "p",
        "Moderate bilateral sensorineural hearing loss, stable since last year. Aids checked and re-tubed. Speech in noise testing shows 40% word recognition at +5 dB SNR.",
    ),
    (
        "p",
        "Recommendations: consistent use of the radio aid in every lesson; acoustic treatment of the main classrooms should be considered; review in 6 months. Copy to Teacher of the Deaf.",
    ),
]

DIABETES = [
    ("org", HEATH_NHS),
    ("small", "Children's Diabetes Team, Beaulea Community Hospital - 01632 960755"),
    ("p", "Private and confidential - to parents, cc school nurse and GP"),
    ("p", "24 February 2026"),
    ("b", "Poppy Alderholt 14/09/2016 - type 1 diabetes, clinic review"),
    (
        "p",
        "Poppy was diagnosed with type 1 diabetes in October 2025 and now uses an insulin pump and a continuous glucose monitor. Her HbA1c has come down to 58 mmol/mol.",
    ),
    (
        "p",
        "At school she needs a trained adult to check her glucose readings before lunch and before PE, and to help her count carbohydrates. She must be allowed to eat and drink in class if her glucose is low.",
    ),
    ("p", "Dr Fiona McAlister, Consultant Paediatrician (Diabetes)"),
]

# --- CAMHS -----------------------------------------------------------------------------

CAMHS_LETTER = [
    ("org", "Saltings Child and Adolescent Mental Health Service (CAMHS)"),
    (
        "small",
        "Saltings and Colne Hospitals NHS Foundation Trust - Estuary House, Tollbury TB2 6EW",
    ),
    ("p", "4 March 2026"),
    ("p", "Dear Ms Threlfall"),
    ("b", "Daisy Threlfall - assessment appointment 26 February 2026"),
    (
        "p",
        "Thank you for coming with Daisy. Using visual scales adapted for her learning disability, Daisy described feeling 'worried all the time' about college and about her dad's health. We think this is an anxiety difficulty linked to transitions.",
    ),
    (
        "p",
        "We have offered six sessions of adapted CBT with our learning disability practitioner, starting on 18 March. We recommend that school and college share a visual transition plan and that Daisy has a named adult at college from the first day.",
    ),
    (
        "sig",
        [
            "Yours sincerely",
            "Dr Olamide Bankole, Clinical Psychologist",
            "cc GP; SENCo, Wickham Saltings Community School",
        ],
    ),
]

PSYCHIATRY = [
    ("org", "Ashmere CAMHS - Forest Team"),
    ("title", "Psychiatric report for EHC needs assessment (health advice)"),
    (
        "p",
        "Young person: Noah Fairbrass (DOB 19/03/2014). Consultant Child and Adolescent Psychiatrist: Dr Priyanka Sehgal. Date: 30 January 2026.",
    ),
    ("h", 2, "Presentation"),
    (
        "p",
        "Noah has low mood and school-based anxiety that has increased since he started secondary school. He has said he is 'stupid' and has missed 18 days this term. There is no current risk of self-harm.",
    ),
    ("h", 2, "Formulation"),
    (
        "p",
        "His mood difficulties are closely linked to unmet literacy needs and his stammer, which make lessons a daily experience of failure.",
    ),
    ("h", 2, "Recommendations"),
    (
        "bul",
        [
            "Continuing CAMHS support: fortnightly sessions with a mental health practitioner for 12 weeks",
            "A graded return plan with a safe base in school",
            "Literacy provision addressed as part of his mental health plan",
        ],
    ),
]

FAMILY_THERAPY = """CAMHS FAMILY THERAPY - CLOSING SUMMARY

Family: Quarrie (Alfie, 10, and his mother Dionne)
Service: Saltings CAMHS, Estuary House
Therapists: Rhodri Evans (systemic family psychotherapist) and Zainab Hussain (assistant psychologist)
Sessions: 8, between October 2025 and March 2026

What we worked on: the arguments at bedtime and before school; Alfie's feeling that he is 'always in trouble'; how Dionne and Alfie's grandad can share the routines.

What changed: mornings are calmer on most days; Alfie can name when he is getting 'fizzy' and use his chill-out box. Dionne reports fewer calls from school.

Recommendations: school to continue the emotion coaching approach and the daily check-in; the family may re-refer if difficulties return.
"""

CAMHS_FWD = """Hi Mrs Trowbridge,

Please see below the letter we got from CAMHS last week - they said we could share it with school. Freya has agreed.

Kirsty Haverstock

---------- Forwarded message ---------
From: Ashmere CAMHS Forest Team <camhs.forest@ashmereheath-nhs.example.org>
Date: Mon, 20 Apr 2026
Subject: Freya Haverstock - clinic letter

Dear Mr and Ms Haverstock,

I saw Freya on 14 April 2026. She told me she feels 'different to everyone' and has stopped going to the lunchtime club. Her scores on the RCADS show elevated social anxiety and low mood, but not at a level suggesting a depressive disorder.

Plan: Freya will attend a six-week group for young people with physical disabilities ('Strong Minds'), starting 5 May. I suggest school offers her a quiet space with a friend at lunch and a named member of staff she can go to.

Sophie Marchetti, Senior Mental Health Practitioner, Ashmere CAMHS
"""

DOCUMENTS: list[dict] = [
    {
        "name": "Poppy assessment Jan.pdf",
        "kind": "salt_report",
        "blocks": SLT_ADVICE,
        "accent": "005EB8",
    },
    {"name": "Brackenwood.docx", "kind": "salt_report", "blocks": STAMMER},
    {
        "name": "before Thursday.eml",
        "kind": "salt_report",
        "text": SLT_FWD,
        "headers": headers(
            "Dionne Quarrie <dionne.q@example.org>",
            "Carys Dunmore-Webb <senco@marshside.example.org>",
            "Mon, 30 Mar 2026 19:22:47 +0100",
            "Fwd: Alfie Quarrie - SLT advice",
        ),
        "qp": True,
    },
    {
        "name": "CamScanner 13-02-2026 16.20.pdf",
        "kind": "salt_report",
        "blocks": SLT_SCAN,
        "ocr": True,
    },
    {"name": "Kit handwriting.pdf", "kind": "ot_report", "blocks": OT_ADVICE},
    {"name": "Council visit Nov.docx", "kind": "ot_report", "blocks": OT_HOME},
    {"name": "Ruby - ear defenders.txt", "kind": "ot_report", "text": SENSORY},
    {"name": "Leo discharge.pdf", "kind": "ot_report", "blocks": OT_SCAN, "ocr": True},
    {
        "name": "Freya Feb advice.pdf",
        "kind": "physio_report",
        "blocks": PHYSIO_ADVICE,
        "accent": "005EB8",
    },
    {"name": "hips.docx", "kind": "physio_report", "blocks": POSTURE},
    {"name": "Daisy exercises.txt", "kind": "physio_report", "text": PHYSIO_TXT},
    {"name": "IMG_4418.pdf", "kind": "physio_report", "blocks": PHYSIO_PHOTO, "ocr": 0.08},
    {
        "name": "fax from CDC.pdf",
        "kind": "medical_report",
        "blocks": PAED_FAX,
        "ocr": True,
        "running": "FROM: CDC COLNE RD",
    },
    {"name": "Daisy eyes.pdf", "kind": "medical_report", "blocks": ORTHOPTIC},
    {"name": "Ines hearing Jan.docx", "kind": "medical_report", "blocks": AUDIOLOGY},
    {"name": "clinic 24.2.pdf", "kind": "medical_report", "blocks": DIABETES, "accent": "005EB8"},
    {"name": "Daisy letter March.pdf", "kind": "camhs_report", "blocks": CAMHS_LETTER},
    {"name": "Dr Sehgal.docx", "kind": "camhs_report", "blocks": PSYCHIATRY},
    {"name": "summary from Estuary House.txt", "kind": "camhs_report", "text": FAMILY_THERAPY},
    {
        "name": "Fwd_ clinic letter.eml",
        "kind": "camhs_report",
        "text": CAMHS_FWD,
        "headers": headers(
            "Kirsty Haverstock <k.haverstock@example.org>",
            "Becky Trowbridge <b.trowbridge@ringholt.example.org>",
            "Tue, 28 Apr 2026 08:15:02 +0100",
            "Fwd: Freya Haverstock - clinic letter",
        ),
    },
]
