# ruff: noqa: E501
"""Health reports of the thirteenth kind set: physiotherapists (an NHS report, a bilingual
Welsh health board letter to a school, a programme photographed on a phone, a report sent
as an e-mail), doctors and nurses (an island hospital's paediatric letter, a bilingual
clinic letter, an audiology report, a diabetes team's advice scanned) and child and
adolescent mental health services (a psychiatrist's clinic letter, a bilingual letter, a
summary with no title, advice by e-mail). All invented."""

from __future__ import annotations

from document_kinds_m.letters import headers

PHYSIO_PDF = [
    ("org", "Weaverdale Community Health Services NHS Trust"),
    ("small", "Children's Physiotherapy | Riverside Clinic, Weaverham WV3 1RC | 01632 960614"),
    ("title", "Physiotherapy report"),
    (
        "kv",
        [
            ("Name", "Amelia Stanway"),
            ("DOB", "05/04/2020"),
            ("NHS number", "999 503 7781"),
            ("Date", "9 March 2026"),
        ],
    ),
    ("p", "Purpose of report: advice for Amelia's education, health and care needs assessment."),
    ("h", 2, "Background"),
    (
        "p",
        "Amelia has Down syndrome with generalised low muscle tone and ligamentous laxity. She walked independently at 3 years 2 months. She wears supramalleolar orthoses (SMOs) in school shoes.",
    ),
    ("h", 2, "Assessment"),
    (
        "p",
        "Amelia walks independently on flat ground but trips on uneven surfaces and on the playground markings. She cannot yet jump with two feet together or climb the stairs to the hall without holding the rail and an adult's hand. Her sitting posture slumps after 10 minutes on the carpet; she is more stable on a chair with her feet supported.",
    ),
    ("h", 2, "Recommendations"),
    (
        "bul",
        [
            "A chair with a footrest in class, and a supportive cushion for carpet time.",
            "A gross motor programme (balance, stairs, jumping) carried out by a teaching assistant 3 times a week for 15 minutes; I will provide the programme and review it each term.",
            "An adult to stand by on stairs and on the climbing equipment.",
            "SMOs to be worn all day; staff to tell parents if they rub.",
        ],
    ),
    ("sig", ["Joanne Tattersall", "Clinical Specialist Physiotherapist"]),
]

PHYSIO_BILINGUAL = [
    ("org", "Bwrdd Iechyd Addysgu Dyffryn Hafren / Hafren Valley Teaching Health Board"),
    (
        "small",
        "Ffisiotherapi Plant / Children's Physiotherapy | Ysbyty Cymuned Y Trallwng / Welshpool Community Hospital | 01632 960645",
    ),
    ("p", "Dyddiad / Date: 20 March 2026"),
    (
        "p",
        "To: Mr T. Bright, SENCo, Bishop's Ludlow High School\ncc: Mr and Mrs Vaughan; Dr Howells, consultant paediatrician; SEND Assessment and Review, Marcher Hills Council",
    ),
    ("p", "Annwyl / Dear Mr Bright,"),
    ("b", "Elin Vaughan, DOB 03/11/2011, NHS no. 999 721 4458"),
    (
        "p",
        "I have been Elin's physiotherapist since 2019 and I am writing to give advice for her education, health and care needs assessment, and to update the school following her review on 16 March. Elin has spastic diplegia (GMFCS III). Since her growth spurt last year her hamstrings and calf muscles have tightened, and she now walks with crutches only for short distances.",
    ),
    (
        "p",
        "Elin needs a daily stretching programme (15 minutes) and time in her standing frame (30 minutes) during the school day; at present this is happening about twice a week because of timetabling. I will train two members of staff. She should swim or have hydrotherapy once a week if possible. Her wheelchair must be used for moving between buildings, and she should leave lessons five minutes early.",
    ),
    (
        "p",
        "I will visit school once each half term to review the programme and Elin's equipment. Her next orthotics review is in May.",
    ),
    (
        "sig",
        [
            "Yn gywir / Yours sincerely,",
            "Owain Jenkins",
            "Ffisiotherapydd Arbenigol / Specialist Physiotherapist",
        ],
    ),
]

PHYSIO_PHOTO = """WRENMOOR CHILDREN'S THERAPIES
Physiotherapy - summary and home/school programme

Poppy Tregear   DOB 30/06/2015   St Brannoc's Hospital no. W771203   NHS 999 640 2281
School: Cliffe Path Academy (Wrenmoor Academies Trust)   Seen: 24/04/2026

Diagnosis: hypermobile Ehlers-Danlos syndrome (diagnosed by rheumatology, 2025).

Poppy reports knee and ankle pain most days, worse after PE and the walk up from the
ferry terminal on Fridays. Beighton score 8/9. Her knees hyperextend in standing and she
sits in W-sitting. Her hand pain limits writing to about 10 minutes.

Advice for school:
1. Poppy may need to use the lift and to carry fewer books (a locker or a second set).
2. PE: adapted participation, no repetitive jumping; she may stop when in pain.
3. Pen grips and rest breaks in writing; consider a laptop for longer tasks.
4. Exercise programme below, 10 minutes, daily at home and 3 times a week in school.

Programme: (1) knee squeeze with ball x10 (2) heel raises holding rail x10
(3) side-lying leg lifts x10 each (4) bridging x10 (5) putty exercises 2 minutes

Review in clinic in 4 months.
C. Jago, Physiotherapist
"""

PHYSIO_EML = """Dear Asif,

Apologies for the delay with this - please see my advice for Ellis below for the EHC needs
assessment. I have copied in Ellis's mum as agreed.

PHYSIOTHERAPY ADVICE
Ellis Brannigan, DOB 27/08/2016, Brackenfell Moor Primary School (Year 5)
NHS number 999 118 5026

Background: Ellis was diagnosed with Perthes disease of the left hip in 2024. He had
surgery in October 2025 and is now weight bearing fully, but his hip movement is limited
and he tires quickly.

Current physical needs:
- Ellis walks with a limp and cannot run, jump or kneel without pain.
- He must avoid high-impact activity (jumping, contact sports, trampolining) until the
  orthopaedic team reviews him in January 2027.
- Sitting on the floor for long periods is painful; he needs a chair.
- He needs an exercise programme to improve hip range and strength.

Recommendations for school:
1. Daily hip exercise programme (10 minutes), supervised by a trained teaching assistant;
   I will train staff and review each half term.
2. Modified PE every week, with an adult to help him do the programme in place of the
   high-impact parts of the lesson.
3. A chair for carpet time and assemblies.
4. Lift access, and a buddy to carry his bag between rooms.
5. A personal emergency evacuation plan (PEEP) for the first floor classroom.

Best wishes,

Kirsty Feeney MCSP
Paediatric Physiotherapist
Brackenfell Children's Therapy Services
"""

PAED_ISLE = [
    ("org", "St Brannoc's Hospital NHS Trust"),
    (
        "small",
        "Community Paediatrics | Child Development Centre, St Brannoc's Hospital, Portcallow, Isle of Wrenmoor WR1 4SB | 01632 960580",
    ),
    (
        "p",
        "Consultant: Dr Adaeze Nwosu, Consultant Community Paediatrician\nClinic date: 22 July 2026  Typed: 27 July 2026",
    ),
    (
        "kv",
        [
            ("Patient", "Tomas KEEL"),
            ("DOB", "02/12/2012"),
            ("NHS number", "999 305 6617"),
            ("Hospital number", "W553018"),
            ("Address", "3 Ferry Lane, Sandholme WR5 2FL"),
        ],
    ),
    (
        "p",
        "To: Dr Tregunna, Sandholme Surgery\ncc: Ms S Keel (mother); SEN Team, Isle of Wrenmoor Council (health advice for EHC needs assessment)",
    ),
    ("b", "Diagnoses"),
    (
        "onum",
        [
            "Attention deficit hyperactivity disorder, combined presentation (diagnosed 2023)",
            "Sleep onset insomnia",
            "Possible developmental coordination disorder - referred to OT",
        ],
    ),
    ("b", "Medication"),
    ("p", "Methylphenidate modified release 36 mg each morning; melatonin 3 mg at bedtime."),
    (
        "p",
        "I saw Tomas with his mother. His appetite remains reduced at lunchtime; weight has dropped from the 50th to the 25th centile, so we will monitor this at 3-monthly clinic visits. His blood pressure and heart rate are normal. Sleep has improved with melatonin. Mum reports he has been sent home from school 9 times this year.",
    ),
    (
        "p",
        "From a health point of view, Tomas's ADHD significantly affects his attention, impulse control and organisation in school. Medication helps for about 8 hours. He would benefit from a structured and predictable environment, movement breaks, and teaching that takes account of his attention span. His afternoon lessons may be harder as medication wears off. School should be aware of his reduced appetite and allow a snack.",
    ),
    ("sig", ["Yours sincerely,", "Dr A. Nwosu", "Consultant Community Paediatrician"]),
]

CLINIC_LETTER_BILINGUAL = [
    ("org", "Bwrdd Iechyd Addysgu Dyffryn Hafren / Hafren Valley Teaching Health Board"),
    (
        "small",
        "Pediatreg Gymunedol / Community Paediatrics | Canolfan Plant Y Trallwng / Welshpool Children's Centre",
    ),
    ("title", "Llythyr Clinig / Clinic Letter"),
    (
        "kv",
        [
            ("Claf / Patient", "Rhys PRYCE-MORGAN"),
            ("Dyddiad geni / DOB", "14/08/2016"),
            ("Rhif GIG / NHS no.", "999 214 6630"),
            ("Clinig / Clinic", "15/01/2026"),
        ],
    ),
    (
        "p",
        "At / To: Dr M. Gittins, Trefyclawdd Medical Practice\nCopi / Copy: Mr and Mrs Pryce-Morgan; Marcher Hills Council SEND team (health advice)",
    ),
    ("b", "Diagnosis"),
    (
        "p",
        "Autism spectrum disorder (diagnosed 2022, Welshpool neurodevelopmental team). Language disorder. Restricted diet (eats 9 foods). Constipation, treated.",
    ),
    (
        "p",
        "I reviewed Rhys today with his mother. He has grown well along the 40th centile. His diet remains very limited and the dietitian's advice has been helpful; his constipation is controlled with Movicol. He has difficulty settling to sleep but sleeps through once asleep.",
    ),
    (
        "p",
        "Rhys's health needs relevant to school are his restricted diet (he should not be made to try new foods at lunch), his need for easy access to a toilet, and his sensory sensitivity to noise. His educational needs, including his language disorder, are described in the speech and language therapy and educational psychology reports. I will see him again in 12 months.",
    ),
    (
        "sig",
        [
            "Yn gywir / Yours sincerely,",
            "Dr Llinos Howells",
            "Pediatregydd Ymgynghorol / Consultant Paediatrician",
        ],
    ),
]

AUDIOLOGY_TXT = """PAEDIATRIC AUDIOLOGY SERVICE - ST BRANNOC'S HOSPITAL, PORTCALLOW
Tel 01632 960585

Patient: Lily ASHDOWN   DOB: 22/01/2020   NHS: 999 388 1042   Hosp no: W640917
Appointment: 9 February 2026 (6-monthly review)
Audiologist: Mark Penrose, Clinical Scientist (Audiology)

History: Bilateral permanent conductive hearing loss associated with ossicular anomaly
(confirmed on CT, ENT Mr Chowdhury 2023). Fitted with bilateral behind-the-ear hearing aids
since July 2023. Mum reports good daily use; Lily asks for her aids in the morning.
School has a radio aid on loan from the Sensory Support Service.

Results:
Otoscopy: clear. Tympanometry: type A both ears.
Pure tone audiometry (play audiometry), air conduction, average 0.5-4 kHz:
  right 48 dB HL, left 52 dB HL (moderate). Bone conduction within normal limits.
Aided speech testing (McCormick toy test): 90% at 50 dBA in quiet; 60% with
background noise at +5 dB signal to noise ratio.

Impression: Stable moderate bilateral conductive hearing loss. Aids verified and
re-programmed (new ear moulds taken). Lily's speech perception drops significantly in
noise, as is typical; in class she will need the radio aid and good acoustic conditions.

Plan:
- Review in 6 months.
- Copy to the Qualified Teacher of the Deaf (Sensory Support Service) and to the SEN Team
  for the EHC needs assessment.
- Family informed about the ferry travel claim form for mainland ENT appointments.

M. Penrose
"""

DIABETES_SCAN = """Weaverdale and Dee Hospitals NHS Foundation Trust
Children's Diabetes Team
Ward 4 Children's Unit, Weaverdale General Hospital

Health advice for Education, Health and Care needs assessment

Child: Noah Fairclough    DOB: 14/10/2015    NHS number: 999 842 0319
School: Lindow Green Primary School
Completed by: Siobhan Marr, Paediatric Diabetes Specialist Nurse   Date: 16 January 2026

1. Diagnosis and treatment
Type 1 diabetes diagnosed 2021. Insulin pump (hybrid closed loop) with continuous glucose
monitor. Noah is also autistic (diagnosed 2023).

2. Health needs in school
Noah cannot yet recognise or report symptoms of low blood glucose. Because of his autism
he may not tolerate finger-prick checks and may remove his sensor when distressed.
Carbohydrate counting is needed for every meal and snack.
His blood glucose has been unstable at school (3 hypos needing treatment in December).

3. What Noah needs
- A trained adult available at all times in school (including trips) to monitor his
  glucose alerts, treat hypos and give carbohydrate boluses via the pump.
- An individual healthcare plan reviewed each year and after any change of treatment.
- At least two staff trained by the diabetes team, updated annually.
- Access to a quiet space for checks.

4. Review: in clinic every 3 months.

S. Marr PDSN
"""

CAMHS_PSYCH_LETTER = [
    ("org", "Brackenfell and Rossdale NHS Foundation Trust"),
    ("small", "Brackenfell CAMHS | Larchwood House, Brackenfell BF5 3LH | 01632 960720"),
    ("p", "Date dictated: 28 April 2026   Date typed: 2 May 2026"),
    ("kv", [("Patient", "Kacper NOWICKI"), ("DOB", "09/02/2014"), ("NHS", "999 462 0175")]),
    (
        "p",
        "Dr H. Ibbotson, Heather Bank Surgery\ncc: Mr and Mrs Nowicki; Mrs J Aspinall, SENDCo, Moss Lane Academy",
    ),
    ("p", "Dear Dr Ibbotson,"),
    (
        "p",
        "I reviewed Kacper in the neurodevelopmental clinic today with his mother. Kacper is autistic (diagnosed 2020) and has significant anxiety, worse since starting secondary school. He was started on sertraline 25 mg in February, increased to 50 mg in March. Mum reports he is sleeping better and has had fewer 'meltdowns' after school, but his attendance remains poor; he describes the corridors and dining hall as 'like a rock concert'.",
    ),
    (
        "p",
        "Mental state: Kacper was quiet but engaged when we talked about his comics. He denied thoughts of self-harm. Mood 'a 5 out of 10'. No side effects reported.",
    ),
    ("b", "Plan"),
    (
        "bul",
        [
            "Continue sertraline 50 mg; review in 3 months.",
            "Kacper has started CBT adapted for autism with our psychological wellbeing practitioner (8 sessions).",
            "I would support school in providing a safe base, a key adult, and reduced exposure to crowded areas; these adjustments are important for his mental health.",
            "I would support the request to add this information to his EHC plan at the annual review.",
        ],
    ),
    (
        "sig",
        ["Yours sincerely,", "Dr Olusegun Fashola", "Consultant Child and Adolescent Psychiatrist"],
    ),
]

CAMHS_BILINGUAL = [
    ("org", "Bwrdd Iechyd Addysgu Dyffryn Hafren / Hafren Valley Teaching Health Board"),
    (
        "small",
        "Gwasanaethau Iechyd Meddwl Plant a'r Glasoed / Child and Adolescent Mental Health Services | Tŷ Hafren, Y Drenewydd / Hafren House, Newtown",
    ),
    ("p", "Dyddiad / Date: 11 May 2026"),
    (
        "p",
        "Preifat a chyfrinachol / Private and confidential\nTo: SEND Assessment and Review, Marcher Hills Council\ncc: Mrs A Hughes (mother); Dr Gittins (GP)",
    ),
    (
        "b",
        "Ffion Hughes, DOB 08/07/2011, NHS no. 999 677 2204 - CAMHS advice for education, health and care needs assessment",
    ),
    (
        "p",
        "Ffion has been open to Specialist CAMHS since November 2025, following a referral from her GP for low mood, panic attacks and self-harm (superficial cutting). She is seen fortnightly by me for cognitive behavioural therapy, and has a safety plan shared with her mother and, with Ffion's consent, with the school's designated safeguarding lead.",
    ),
    (
        "p",
        "Ffion has not attended school (Bishop's Ludlow High School, Year 10) since January 2026, apart from two part days. She describes intense fear in the school building and of being asked questions in class. Her anxiety is the main barrier to her learning; she was previously predicted good GCSE grades.",
    ),
    (
        "p",
        "From a mental health perspective, Ffion would benefit from: a phased return, starting in a small setting or an off-site provision with a named key worker; no requirement to speak in front of the class; a quiet place she can go to at any time; and regular contact between school and CAMHS. We will continue CBT for at least a further 12 sessions and review her care plan in July.",
    ),
    (
        "sig",
        [
            "Yn gywir / Yours sincerely,",
            "Dr Rhiannon Evans",
            "Seicolegydd Clinigol / Clinical Psychologist",
        ],
    ),
]

CAMHS_NO_TITLE = """Tomas was seen for the second part of his assessment on 24 February 2026 at the Sandholme
clinic, with his mother. This summary is for Ms Keel and, with her consent, for Sandholme
Academy and the Isle of Wrenmoor Council SEN team, who asked for information.

Tomas has a diagnosis of ADHD made in 2023 by the community paediatrician, who prescribes
his medication. He was referred to us by his GP in October 2025 because of angry outbursts
at home, low mood, and comments that he "would be better off not here".

During the assessment Tomas was guarded at first and then talked about his love of fishing
off the harbour wall with his uncle. He described feeling "stupid" at school and "wound up"
by the time he gets home. He said he does not want to hurt himself and has no plans to; we
agreed a safety plan with him and his mum.

Our formulation is that Tomas's low mood and anger are largely secondary to repeated
experiences of failure and exclusion at school, together with ADHD-related difficulties
with emotional regulation. There is no evidence of a separate depressive disorder at
present. Screening questionnaires (SDQ parent total 27, teacher total 24) are in the very
high range.

We will offer Tomas six sessions with our Children's Wellbeing Practitioner focusing on
managing anger, and his mother a place on our parenting course for ADHD. We would
recommend that school considers a consistent key adult, a calm space, and a review of how
sanctions are used, as these are likely to affect his mental health. In our view an
assessment of his special educational needs would help to understand his difficulties.

Dr Chidi Okonjo, Clinical Psychologist, Wrenmoor CAMHS
2 March 2026
"""

CAMHS_EML = """Dear SEND Statutory Team,

Re: Isla Greenhalgh, DOB 04/03/2017, NHS no. 999 270 8813
CAMHS advice for EHC needs assessment (your request of 2 February 2026)

Isla has been known to Weaverdale CAMHS (Getting More Help team) since September 2025,
referred by her GP for selective mutism and separation anxiety.

Isla speaks freely at home with her parents and sister but has not spoken in school
since Reception, apart from whispering to one friend. She communicates in school by
nodding, pointing and, recently, writing single words. She becomes frozen and tearful
when she is expected to speak, for example at the register.

Isla has attended 7 sessions of graded exposure ("sliding-in") work with our assistant
psychologist and her mother, in clinic and twice in school. She has begun to say single
words to her mother in the school library with the door closed.

Our advice is that Isla needs:
- a key adult in school trained in the sliding-in technique, with sessions of 10-15
  minutes at least 3 times a week, following the programme we provide;
- no pressure to speak (including at the register) and other ways to answer;
- a communication book or card so she can ask for help or the toilet.
We will continue to see Isla monthly until the end of the summer term and will give
school staff a training session.

Please do not hesitate to contact me.

Kind regards,
Dr Fern Ashworth
Clinical Psychologist, Weaverdale CAMHS
Weaverdale and Dee Hospitals NHS Foundation Trust

Please consider the environment before printing this e-mail.
"""

DOCUMENTS: list[dict] = [
    {
        "name": "Physio.pdf",
        "kind": "physio_report",
        "blocks": PHYSIO_PDF,
        "sans": True,
        "accent": "005EB8",
    },
    {"name": "Elin physio letter.docx", "kind": "physio_report", "blocks": PHYSIO_BILINGUAL},
    {"name": "IMG_0042.pdf", "kind": "physio_report", "text": PHYSIO_PHOTO, "ocr": 0.08},
    {
        "name": "RE_ Physio advice for EHCNA.eml",
        "kind": "physio_report",
        "headers": headers(
            "Kirsty Feeney <k.feeney@example.org>",
            "Asif Rahman <send.statutory@example.org>",
            "RE: Physio advice for EHCNA - Ellis Brannigan",
            "Thu, 26 Mar 2026 17:20:11 +0000",
            cc="Michelle Brannigan <m.brannigan@example.org>",
        ),
        "text": PHYSIO_EML,
    },
    {
        "name": "Tomas hospital letter.pdf",
        "kind": "medical_report",
        "blocks": PAED_ISLE,
        "sans": True,
        "accent": "005EB8",
    },
    {
        "name": "Llythyr clinig Rhys.docx",
        "kind": "medical_report",
        "blocks": CLINIC_LETTER_BILINGUAL,
    },
    {"name": "hearing test results.txt", "kind": "medical_report", "text": AUDIOLOGY_TXT},
    {
        "name": "Scan 3.pdf",
        "kind": "medical_report",
        "text": DIABETES_SCAN,
        "ocr": True,
        "running": "Children's Diabetes Team - N. Fairclough",
    },
    {
        "name": "letter from clinic.pdf",
        "kind": "camhs_report",
        "blocks": CAMHS_PSYCH_LETTER,
        "sans": True,
        "accent": "005EB8",
    },
    {"name": "Ffion CAMHS.docx", "kind": "camhs_report", "blocks": CAMHS_BILINGUAL},
    {"name": "Tomas summary.txt", "kind": "camhs_report", "text": CAMHS_NO_TITLE},
    {
        "name": "CAMHS advice - Isla Greenhalgh.eml",
        "kind": "camhs_report",
        "headers": headers(
            "Fern Ashworth <f.ashworth@example.org>",
            "SEND Statutory Team <send.statutory@example.org>",
            "Isla Greenhalgh - CAMHS advice for EHCNA",
            "Fri, 06 Mar 2026 12:31:40 +0000",
        ),
        "text": CAMHS_EML,
        "html": True,
    },
]
