# ruff: noqa: E501
"""Health reports of set Y: speech and language therapy (an island trust's advice, a
stammering clinic, an eating and drinking assessment in a forward, an advice pasted from a
portal); occupational therapy (seating, sensory, one behind a fax header, one in a
caseworker's e-mail); physiotherapy (a hydrotherapy programme, a gait clinic, a scan, a
note to school); medical (audiology, a sleep clinic, a paediatrician's faxed letter, health
advice in a forward, a neurodisability clinic); and CAMHS (family therapy, a crisis team, a
child psychotherapist, an assessment behind a cover sheet). All invented."""

from __future__ import annotations

from document_kinds_y.common import forwarded, headers

CARROW_NHS = "Carrow Island NHS Trust"
CARROW_NHS_SMALL = (
    "St Piran's Community Hospital, Hospital Road, Saltinghaven CW1 7HD | 01632 960740"
)
BRENT_NHS = "Brenthaven and District NHS Foundation Trust"
BRENT_NHS_SMALL = "Brenthaven General Hospital, Hospital Way, Brenthaven BH1 8QQ | 01632 960791"
RIDGE_NHS = "Vale and Downs Community Health NHS Trust"
RIDGE_NHS_SMALL = "Marlbridge Health Campus, Cattle Market Road, Marlbridge MV3 5JJ | 01632 960800"


def nhs_head(org: str, small: str, service: str, patient: str) -> list:
    return [("org", org), ("small", service + " | " + small), ("small", patient)]


SALT_ADVICE = [
    *nhs_head(
        CARROW_NHS,
        CARROW_NHS_SMALL,
        "Children's Speech and Language Therapy",
        "Patient: Noah Penhallow | DOB 14/09/2016 | NHS No. 999 402 1187",
    ),
    (
        "p",
        "Date: 10 November 2025\nTo: SEND Team, Isle of Carrow Council (copy to parents and Westerby Primary School)",
    ),
    ("b", "Advice for education, health and care needs assessment"),
    (
        "p",
        "Noah was assessed in school on 4 November 2025. On the CELF-5 his understanding of spoken paragraphs was at the 5th percentile. His expressive language is age-appropriate in structure but he has marked difficulties with conversation: staying on topic, repairing misunderstandings and reading others' reactions.",
    ),
    ("b", "Speech, language and communication needs"),
    (
        "bul",
        [
            "Understanding of longer spoken instructions, particularly in a group.",
            "Social use of language (pragmatics).",
            "Vocabulary for school subjects.",
        ],
    ),
    ("b", "Recommended provision"),
    (
        "grid",
        [
            ["What", "Who", "How often"],
            [
                "Direct therapy targeting understanding and conversation",
                "Speech and language therapist",
                "6 x 45 minutes per term",
            ],
            ["Language programme", "TA trained by the SLT", "3 x 20 minutes weekly"],
            ["Visual supports and key-word instructions in class", "All staff", "Daily"],
        ],
        (80, 50, 40),
    ),
    ("sig", ["Gwen Angove", "Highly Specialist Speech and Language Therapist"]),
]

STAMMER = [
    *nhs_head(
        BRENT_NHS,
        BRENT_NHS_SMALL,
        "Dysfluency Clinic, Children's Therapy Services",
        "Re: Rory Delaney, DOB 11/02/2014, NHS number 999 716 2038",
    ),
    ("p", "Clinic date: 4 March 2026\nDictated: 5 March 2026    Typed: 9 March 2026"),
    ("p", "Dear Ms Delaney,"),
    (
        "p",
        "It was lovely to meet Rory and you in the Dysfluency Clinic. Rory told me that he 'gets stuck' on words, mostly when he is asked a question in class, and that he sometimes pretends he doesn't know the answer to avoid talking.",
    ),
    (
        "p",
        "On assessment (SSI-4) Rory's stammer is in the moderate range, with blocks and some facial tension. His stammer is in addition to the language disorder already known to the service.",
    ),
    (
        "p",
        "Plan: Rory is offered a block of 6 weekly sessions of the Palin Parent-Child Interaction approach adapted for his age, starting after Easter. I recommend that school does not ask him to read aloud unless he volunteers, and gives him extra time to answer.",
    ),
    (
        "sig",
        [
            "Yours sincerely,",
            "Zainab Mirza",
            "Specialist Speech and Language Therapist (Dysfluency)",
        ],
    ),
    ("small", "cc: GP, Brenthaven Park Surgery; SENCo, St Cedd's Catholic Primary School"),
]

EATING_BODY = """EATING, DRINKING AND SWALLOWING ASSESSMENT
Vale and Downs Community Health NHS Trust - Children's Speech and Language Therapy

Name: Tobi Adeyemi-Lloyd   NHS No: 999 533 0912   Seen at: Marlbridge Infant School, lunchtime 20 January 2026

Tobi eats a limited range of foods and overfills his mouth. He coughs on thin drinks. He is at risk of choking when unsupervised.

Recommendations:
- Tobi must be supervised by a trained adult at all meals and snacks.
- Food should be cut into pieces no bigger than 1.5 cm.
- Thin drinks to be offered in a free-flow cup with a spouted lid; no open cups.
- Staff supporting lunch to attend the SLT's mealtime training.

Speech and language therapist: Beatrix Holloway, Specialist SLT (Dysphagia)"""

PORTAL_SALT = """Appendix 4 - Advice on communication (speech and language therapy)
Uploaded to the EHC Hub 12/12/2024 by Brenthaven Children's Therapy Services

Child: Isla-Mae Okonkwo (12y 4m)
Therapist: Ms Deborah Kang, Speech and Language Therapist (Deaf specialist)

Current communication: Isla-Mae uses spoken English supported by hearing aids and a radio aid. She has gaps in vocabulary and finds figurative language hard.

Outcomes recommended:
By the end of Year 8 Isla-Mae will learn and use 10 new subject words each half term.

Provision recommended:
Speech and language therapy programme written by the SLT and reviewed termly; delivered by TA 3 x 20 mins a week.
Staff training on deaf awareness at the start of each school year.

Signed D. Kang  Date 11/12/2024"""

SEATING = [
    *nhs_head(
        CARROW_NHS,
        CARROW_NHS_SMALL,
        "Children's Occupational Therapy",
        "Lowri Quiller | DOB 08/06/2018 | NHS No. 999 281 6670",
    ),
    ("title", "Occupational therapy report: seating, handwriting and self-care"),
    ("p", "Seen at Saltinghaven Primary School on 15 January 2026 with her TA."),
    ("h", 2, "Findings"),
    (
        "p",
        "Lowri has a right hemiplegia. She sits at a standard chair with her feet unsupported, and leans to the left. She writes with her left hand; letter formation is inconsistent and she tires after five minutes. She cannot fasten a zip or open her lunch box independently.",
    ),
    ("h", 2, "Recommendations"),
    (
        "bul",
        [
            "A height-adjustable chair with a footrest and a sloped writing board (provided by this service).",
            "A fine motor programme, 10 minutes daily, delivered by her TA.",
            "Use of a laptop for any writing longer than a few sentences.",
            "OT review in two terms.",
        ],
    ),
    ("sig", ["Tegen Rowse, Senior Occupational Therapist"]),
]

SENSORY = [
    ("org", "Carrow Island NHS Trust - Children's Occupational Therapy"),
    ("small", "School-based sensory processing report"),
    (
        "kv",
        [
            ("Pupil", "Piran Trewin"),
            ("School", "Westerby Primary School"),
            ("Assessment", "Sensory Profile 2 (school companion), observation 20 January 2026"),
            ("Therapist", "Jenna Polkinghorne, Occupational Therapist"),
        ],
    ),
    ("h", 2, "What we found"),
    (
        "p",
        "Piran seeks movement: he rocks his chair, fiddles and gets up often. He is over-responsive to noise in the hall and classroom. His pencil grip is immature and his handwriting is slow and effortful.",
    ),
    ("h", 2, "Strategies for school"),
    (
        "bul",
        [
            "Movement breaks before seated tasks (wall push-ups, carrying the register).",
            "A wobble cushion and a fidget tool.",
            "Ear defenders available for assemblies.",
            "Sloped board and pencil grip for writing.",
        ],
    ),
    ("p", "Piran will be discharged from the OT service, with this advice passed to school."),
]

FAX_OT = """FAX  Vale and Downs Community Health - Childrens OT   01632 960802   17/01/2026 14:55   P.1/2

OCCUPATIONAL THERAPY ADVICE
For: EHC needs assessment (Ridgeway Vale Council)
Child: Tobi Adeyemi-Lloyd   DOB 30/11/2019   NHS No 999 533 0912

Tobi was seen at home and at Marlbridge Infant School in January 2026.

Self-care: Tobi needs full help with dressing, toileting and feeding with a spoon.
Fine motor: he uses a palmar grasp; he can post shapes and stack three bricks.
Gross motor: walks independently; falls often on uneven ground.
Sensory: he mouths objects and seeks deep pressure.

Recommendations:
1. A daily sensory programme written by the OT and delivered by staff trained by the OT.
2. Adapted cutlery and a cup with handles.
3. A changing bench and a step for the toilet.
4. OT to review at least termly.

Karolina Zielinska, Occupational Therapist
"""

OT_IN_EMAIL = """Dear Mr and Mrs Quiller,

I have now received the occupational therapy advice for Lowri's assessment. I've pasted the main part below so you have it before the meeting.

"Lowri needs support with all recording tasks. I recommend a laptop with predictive text and touch-typing teaching for 15 minutes daily. She needs adult help to set up her workspace and to open food packaging at lunch. She should be allowed extra time in practical lessons and in tests. A fine motor programme should continue daily for 10 minutes. The OT will review termly and provide training to staff." (Tegen Rowse, Senior OT, 15 January 2026)

The educational psychologist's advice is still outstanding. I'll chase it this week.

Kind regards
Morwenna Tregear
SEND Team, Isle of Carrow Council"""

HYDRO = [
    ("org", CARROW_NHS),
    ("small", "Children's Physiotherapy - Hydrotherapy Pool, St Piran's Community Hospital"),
    ("title", "Physiotherapy report and pool programme"),
    (
        "p",
        "Name: Lowri Quiller. Diagnosis: right hemiplegic cerebral palsy (GMFCS level I). Report date: 2 February 2026.",
    ),
    ("h", 2, "Summary"),
    (
        "p",
        "Lowri walks independently but with a right-sided limp and toe-walking on the right. She has tightness in her right calf. She fatigues on the long walk from the classroom to the hall and at the end of PE.",
    ),
    ("h", 2, "Physiotherapy programme for school"),
    (
        "grid",
        [
            ["Exercise", "How", "How often"],
            ["Calf stretch", "Standing, hold 30 seconds x 3", "Daily"],
            ["Single-leg balance", "Right leg, near a wall", "Daily, 2 minutes"],
            [
                "Swimming / pool session",
                "With the school swimming group, with a trained adult",
                "Weekly",
            ],
        ],
        (50, 80, 40),
    ),
    (
        "p",
        "Night splint to be worn at home. Physiotherapy review termly; next block of hydrotherapy in the summer term.",
    ),
    ("sig", ["Bryher Eddy, Clinical Specialist Paediatric Physiotherapist"]),
]

GAIT = [
    *nhs_head(
        RIDGE_NHS,
        RIDGE_NHS_SMALL,
        "Paediatric Physiotherapy - Gait and Orthotics Clinic",
        "Tobi Adeyemi-Lloyd | DOB 30/11/2019 | NHS 999 533 0912",
    ),
    ("p", "Clinic: 28 January 2026"),
    ("p", "Dear Dr Siddiqui,"),
    (
        "p",
        "I saw Tobi with his mother in the joint gait clinic with our orthotist. Tobi has low muscle tone and marked flat feet; he walks with a wide base and falls several times a day.",
    ),
    (
        "p",
        "He has been measured for supramalleolar orthoses (SMOs) which should be ready in six weeks. School staff will need to put them on after PE.",
    ),
    (
        "p",
        "Physiotherapy plan: a programme of balance and strengthening activities to be carried out in school, 3 times a week, by staff I will train; review in the physiotherapy clinic in 3 months.",
    ),
    ("sig", ["Yours sincerely,", "Callum Redfern", "Paediatric Physiotherapist"]),
    ("small", "cc: Mr and Mrs Adeyemi-Lloyd; Marlbridge Infant School"),
]

PHYSIO_SCAN = """Brenthaven and District NHS Foundation Trust
Children's Physiotherapy Service

PHYSIOTHERAPY ADVICE FOR EHC NEEDS ASSESSMENT

Child: Mason Threlfall   DOB: 19/09/2017   NHS: 999 884 1023
School: Neighbourhood 3 Primary

Diagnosis: Duchenne muscular dystrophy.
Mason walks short distances but uses a manual wheelchair for longer distances and on trips. He cannot manage stairs. He finds it hard to get up from the floor.

Needs: access to all areas of school on one level or by lift; a risk assessment for fire evacuation; rest breaks.

Provision recommended:
- Daily stretches (20 minutes) by trained staff, following the physiotherapy programme.
- Standing frame 30 minutes daily.
- Adapted PE planned with the physiotherapist.
- Physiotherapy review each half term.

Signed: A. Okafor-Hill, Specialist Physiotherapist    Date: 21/01/2026
"""

PHYSIO_NOTE = """To: Mrs Penrose, Class 3 teacher, Saltinghaven Primary
From: Bryher Eddy, Paediatric Physiotherapist, Carrow Island NHS Trust
Date: 9 March 2026
Re: Lowri Quiller - PE and playtimes

Following my school visit today:
- Lowri can join all PE lessons. In running activities give her a shorter distance or a head start.
- She should not be asked to sit cross-legged on the floor for long; a low chair at the side is fine.
- Please remind her to do her calf stretches before PE (sheet in her book bag).
- Her right splint is for night-time only and should not come to school.
- If she falls and hurts her right ankle, let mum know the same day.

I will visit again after the summer half term.
Bryher"""

AUDIOLOGY = [
    *nhs_head(
        BRENT_NHS,
        BRENT_NHS_SMALL,
        "Paediatric Audiology",
        "Patient: Isla-Mae Okonkwo | DOB 07/08/2012 | NHS No 999 610 4471 | Hosp No BH0039281",
    ),
    ("p", "Clinic date: 26 January 2026"),
    ("p", "Dear Ms Okonkwo,"),
    (
        "p",
        "Isla-Mae attended for her six-monthly hearing assessment. Pure tone audiometry shows a moderate-to-severe bilateral sensorineural hearing loss (average 62 dB HL right, 68 dB HL left), a deterioration of about 8 dB in the left ear since July 2025. Her hearing aids were re-programmed. Aided speech testing in quiet was good; in background noise her scores fell to 40%.",
    ),
    (
        "p",
        "Given the change, I have referred her to the ENT consultant and for an MRI scan. A radio aid remains essential in all lessons. I would be grateful if the Teacher of the Deaf could check the classroom acoustics.",
    ),
    ("sig", ["Yours sincerely,", "Dr Malik Haddad", "Consultant Audiovestibular Physician"]),
    ("small", "cc: GP; Teacher of the Deaf, Brenthaven Sensory Support Service"),
]

SLEEP = [
    *nhs_head(
        CARROW_NHS,
        CARROW_NHS_SMALL,
        "Community Paediatrics - Sleep Clinic",
        "Noah Penhallow | DOB 14/09/2016 | NHS No. 999 402 1187",
    ),
    ("p", "Seen: 5 December 2025. Letter to: Dr Rosewarne, Westerby Surgery"),
    ("p", "Diagnoses: 1. Autism spectrum condition. 2. Sleep-onset insomnia."),
    (
        "p",
        "Noah takes two to three hours to fall asleep and wakes at around 3am most nights. His parents have followed the sleep hygiene advice from our workshop for six months with little change. His school reports he is often tired and irritable by mid-morning.",
    ),
    (
        "p",
        "Plan: trial of melatonin 2 mg modified release, 30 minutes before bed, to be titrated. Sleep diary for 4 weeks. Review in clinic in 3 months. I would support school making allowances for tiredness in the mornings.",
    ),
    ("sig", ["Dr Cordelia Tremayne", "Consultant Community Paediatrician"]),
]

FAX_PAED = """FAX TRANSMISSION   From: Marlbridge Child Development Centre   Tel 01632 960805   Pages: 3 (including this cover)
To: Coldstone CE Academy - SENCo   Re: Ellis Hartigan   Sent 04/02/2026 12:31

CONFIDENTIAL: This fax contains patient information. If received in error please telephone the sender.

-------------------------------------------------------------

Vale and Downs Community Health NHS Trust - Community Paediatrics
Ellis Hartigan  DOB 03/01/2013  NHS 999 157 3309

Dear Dr Ingham,

I reviewed Ellis in the ADHD medication clinic on 2 February 2026. He takes lisdexamfetamine 40 mg each morning. His weight has fallen from the 50th to the 25th centile, so I have advised a high-calorie breakfast before the dose and a snack at 3pm.

Ellis is not attending school. He told me he feels sick every morning at the thought of the building. His anxiety is being addressed by CAMHS. From a medical point of view there is no physical reason he cannot attend; the barrier is his anxiety and he needs an education setting that can manage it.

Review in 3 months.
Dr Anjali Sethi, Consultant Community Paediatrician
"""

HEALTH_ADVICE_BODY = """HEALTH ADVICE FOR EHC NEEDS ASSESSMENT (Section C and G)
Completed by: Dr Yusuf Siddiqui, Community Paediatrician, Vale and Downs Community Health NHS Trust
Child: Tobi Adeyemi-Lloyd, DOB 30/11/2019, NHS 999 533 0912

Diagnoses: global developmental delay; hypotonia; chromosome microarray awaited.
Medication: none. Allergies: none known.

Health needs relevant to education:
- Incontinence (day and night); needs changing facilities and two adults for moving and handling.
- Eating and drinking risk (see SLT dysphagia advice).
- Poor sleep.

Health provision:
- Community paediatrician review six-monthly.
- Physiotherapy and orthoses (see physiotherapy advice).
- Continence assessment by the children's continence service; products supplied by the NHS."""

NEURODIS = """Carrow Island NHS Trust - Neurodisability Clinic (joint clinic with visiting consultant from the mainland)
Letter typed 23/02/2026

Patient: Lowri Quiller, DOB 08/06/2018, NHS No. 999 281 6670

Diagnosis: Right hemiplegic cerebral palsy (GMFCS I, MACS II).

Lowri was reviewed in the joint neurodisability clinic. Her right calf and right hand tightness have increased with her growth spurt. We discussed botulinum toxin injections to the right gastrocnemius and forearm flexors, followed by intensive physiotherapy and a new hand splint. Her parents agreed.

Plan:
1. Botulinum toxin injection day case on the mainland in April 2026 (travel by ferry to be arranged).
2. School to allow for 2 to 3 days' absence and reduced PE for 2 weeks afterwards.
3. Review in 3 months.

Dr Jago Retallick, Consultant Paediatrician (Neurodisability)"""

FAMILY_THERAPY = [
    *nhs_head(
        RIDGE_NHS,
        RIDGE_NHS_SMALL,
        "Child and Adolescent Mental Health Service (CAMHS) - Family Therapy Team",
        "Ellis Hartigan | DOB 03/01/2013 | NHS 999 157 3309",
    ),
    (
        "p",
        "To: Mr and Mrs Hartigan; copy to Dr Ingham (GP) and with consent to Ridgeway Vale EHC Coordination",
    ),
    ("p", "Date: 16 February 2026"),
    ("b", "Summary of family therapy sessions (October 2025 to February 2026)"),
    (
        "p",
        "Ellis and his parents attended eight sessions with the family therapy team. Ellis has a generalised anxiety disorder alongside ADHD. School attendance is the main source of his distress. The family has worked hard to reduce conflict around mornings.",
    ),
    (
        "p",
        "Ellis now manages to leave the house for the Medical Needs Service group. He continues to experience panic symptoms when he approaches his secondary school site.",
    ),
    ("b", "Recommendations for education"),
    (
        "bul",
        [
            "A small, calm setting away from the main school site, at least initially.",
            "A graded return plan agreed with Ellis, not imposed.",
            "A trusted adult trained in anxiety-informed practice.",
        ],
    ),
    (
        "sig",
        ["Dr Naomi Fenwick, Systemic Family Psychotherapist", "Jon Eales, Clinical Psychologist"],
    ),
]

CRISIS = [
    ("org", RIDGE_NHS),
    ("small", "CAMHS Crisis and Home Treatment Team | 24-hour line 01632 960810"),
    ("title", "Discharge summary"),
    (
        "kv",
        [
            ("Young person", "Ellis Hartigan (13)"),
            ("Referred by", "Marlbridge General Emergency Department, 30 November 2025"),
            ("Discharged", "19 December 2025, to CAMHS community team"),
            ("NHS number", "999 157 3309"),
        ],
    ),
    ("h", 2, "Reason for referral"),
    (
        "p",
        "Ellis attended the Emergency Department after telling his mother he did not want to be alive if he had to go back to school.",
    ),
    ("h", 2, "Intervention"),
    (
        "p",
        "Ten home visits over three weeks. Safety plan agreed with Ellis and his parents. Risk reduced: no further thoughts of self-harm reported since 10 December.",
    ),
    ("h", 2, "Advice to school and the local authority"),
    (
        "p",
        "Pressure to return to the school site should be avoided until CAMHS advises. Education should continue through the Medical Needs Teaching Service.",
    ),
    ("sig", ["Priya Venkatesan, CAMHS Crisis Practitioner (RMN)"]),
]

PSYCHOTHERAPY = """Dear Mrs Trewin,

Thank you for asking. As agreed at our last session, here is my summary for the council's assessment, which I have also sent to the SEND Team.

CAMHS - Carrow Island NHS Trust
Child Psychotherapy summary: Piran Trewin (DOB 19/06/2015)

Piran has been seen weekly for individual psychotherapy since September 2025, following a referral for aggressive outbursts and low self-esteem. He has a history of early disrupted care (placement with his grandparents from age 2 to 4).

In sessions he shows a strong need to control the play and becomes angry when he loses. This reflects his anxiety about adults being reliable. He responds well to predictability and to adults who stay calm.

For school: consistent adults, warning before changes, and repair conversations after incidents rather than sanctions alone. Therapy will continue until at least July 2026.

Merryn Chegwidden
Child and Adolescent Psychotherapist, CAMHS"""

COVERED_CAMHS = """CARROW ISLAND NHS TRUST
CONFIDENTIAL - PATIENT INFORMATION
Internal mail cover sheet

To: Isle of Carrow Council SEND Team (Morwenna Tregear)
From: CAMHS Neurodevelopmental and Emotional Health, St Piran's Community Hospital
Number of pages: 4
Contents: advice requested for EHC needs assessment (Lowri Quiller)

Please do not photocopy.

CAMHS assessment summary
Name: Lowri Quiller   DOB 08/06/2018   NHS 999 281 6670
Seen: 18 February 2026 with mother

Lowri was referred by her GP because of worries at school, tearfulness and refusing to go into the playground. She told us the other children laugh at the way she walks.

Assessment: Lowri has low mood and social anxiety linked to her physical disability and experiences of being left out. She does not meet the threshold for a diagnosis of a depressive disorder.

Recommendations: six sessions of guided self-help (CBT-based) with our Children's Wellbeing Practitioner; a friendship group at school; adults to supervise playtimes so that she is included.

Dr Hedra Nankivell, Clinical Psychologist, CAMHS
"""

DOCUMENTS: list[dict] = [
    {"name": "Carrow NHS letter Nov.pdf", "kind": "salt_report", "blocks": SALT_ADVICE},
    {"name": "Rory clinic letter.docx", "kind": "salt_report", "blocks": STAMMER},
    {
        "name": "Fwd_ Tobi lunchtimes.eml",
        "kind": "salt_report",
        "headers": headers(
            "Funmi Adeyemi-Lloyd <funmi.al@example.org>",
            "office@example.org",
            "Fwd: Tobi lunchtimes",
            "Wed, 21 Jan 2026 08:10:41 +0000",
        ),
        "text": forwarded(
            "Please could this go to Tobi's teacher and the lunchtime staff today. Thank you, Funmi (Tobi's mum)",
            "Beatrix Holloway <b.holloway@example.org>",
            "Tue, 20 Jan 2026 16:48",
            "Tobi A-L - EDS assessment",
            "funmi.al@example.org",
            EATING_BODY,
        ),
    },
    {
        "name": "Appendix 4 - communication.txt",
        "kind": "salt_report",
        "text": PORTAL_SALT,
        "crlf": True,
    },
    {"name": "Lowri seating.pdf", "kind": "ot_report", "blocks": SEATING},
    {"name": "Piran sensory.docx", "kind": "ot_report", "blocks": SENSORY},
    {
        "name": "FAX_0117.pdf",
        "kind": "ot_report",
        "text": FAX_OT,
        "ocr": True,
        "running": "17/01/2026 14:56 P.2/2",
    },
    {
        "name": "Re_ Lowri - advice received.eml",
        "kind": "ot_report",
        "headers": headers(
            "Morwenna Tregear <send.team@example.org>",
            "quiller.family@example.org",
            "RE: Lowri - advice received",
            "Mon, 26 Jan 2026 13:02:20 +0000",
        ),
        "text": OT_IN_EMAIL,
    },
    {"name": "Lowri pool programme.pdf", "kind": "physio_report", "blocks": HYDRO},
    {"name": "Tobi gait clinic.docx", "kind": "physio_report", "blocks": GAIT},
    {"name": "IMG_20260121_0930.pdf", "kind": "physio_report", "text": PHYSIO_SCAN, "ocr": 0.08},
    {"name": "Lowri PE.txt", "kind": "physio_report", "text": PHYSIO_NOTE},
    {"name": "Isla-Mae hearing test.pdf", "kind": "medical_report", "blocks": AUDIOLOGY},
    {"name": "Noah sleep.docx", "kind": "medical_report", "blocks": SLEEP},
    {"name": "Fax from CDC.pdf", "kind": "medical_report", "text": FAX_PAED, "ocr": True},
    {
        "name": "Fwd_ Health advice Tobi.eml",
        "kind": "medical_report",
        "headers": headers(
            "Tunde Adeyemi-Lloyd <tunde.al@example.org>",
            "Funmi Adeyemi-Lloyd <funmi.al@example.org>",
            "Fwd: Health advice Tobi",
            "Thu, 5 Feb 2026 22:14:09 +0000",
        ),
        "text": forwarded(
            "The doctor's bit. He hasn't put anything about the nappies being a problem at school??",
            "Yusuf Siddiqui <y.siddiqui@example.org>",
            "Thu, 5 Feb 2026 11:30",
            "Health advice - TA-L",
            "tunde.al@example.org; ehc.coordination@example.org",
            HEALTH_ADVICE_BODY,
        ),
        "qp": True,
    },
    {"name": "Lowri injections.txt", "kind": "medical_report", "text": NEURODIS},
    {"name": "Ellis family sessions.pdf", "kind": "camhs_report", "blocks": FAMILY_THERAPY},
    {"name": "Ellis A&E.docx", "kind": "camhs_report", "blocks": CRISIS},
    {
        "name": "Re_ Piran referral.eml",
        "kind": "camhs_report",
        "headers": headers(
            "Merryn Chegwidden <m.chegwidden@example.org>",
            "demelza.trewin@example.org",
            "Re: Piran referral",
            "Tue, 10 Feb 2026 09:41:57 +0000",
            cc="send.team@example.org",
        ),
        "text": PSYCHOTHERAPY,
        "html": True,
    },
    {"name": "Scan_20260305.pdf", "kind": "camhs_report", "text": COVERED_CAMHS, "ocr": True},
]
