# ruff: noqa: E501
"""Professional reports of the eighth kind set: educational psychologists of a north-east
borough and a Cumbrian council (one scanned), a Midlands NHS trust's, a youth offending
team's and a secure children's home's speech and language therapists, occupational
therapists (one in a rheumatology team), physiotherapists, neurology and rheumatology clinic
letters, a Tourette's nurse specialist and a community paediatrician photographed on a
phone, CAMHS letters, a grammar school, a secure children's home's education unit, a
service children's education adviser and a private tutor, and an independent EP practice's,
an independent speech therapist's and a specialist dyslexia assessor's reports for families.
All invented."""

from __future__ import annotations

# Educational psychology --------------------------------------------------------

EP_GREYBURN = [
    ("org", "Greyburn Educational Psychology Service"),
    ("small", "Civic Centre · Greyburn · 01632 960415"),
    ("title", "Psychological Advice"),
    (
        "p",
        "Provided under regulation 6(1)(b) of the Special Educational Needs and Disability Regulations 2014",
    ),
    (
        "kv",
        [
            ("Child", "Evie Charlton"),
            ("School", "Heathfield Grammar School"),
            ("Date of assessment", "3 and 10 November 2025"),
            ("Psychologist", "Dr Rachel Milburn, HCPC PYL04417"),
        ],
    ),
    ("h", 2, "Sources of information"),
    (
        "p",
        "Consultation with Evie's parents and the Head of Learning Support; observation in a science lesson and at lunchtime; individual work with Evie using the BAS-3 and a card sort of her views.",
    ),
    ("h", 2, "Summary of findings"),
    (
        "p",
        "Evie's verbal and non-verbal reasoning are in the very high range. Her anxiety about unpredictable situations is high and is the main barrier to her attendance.",
    ),
    ("h", 2, "Needs, outcomes and provision"),
    (
        "grid",
        [
            ["Need", "Outcome", "Provision"],
            [
                "Anxiety about change and noise",
                "Attend 90% of sessions",
                "Weekly specialist teacher; quiet base",
            ],
            ["Social communication", "Keep two friendships", "Structured lunch club"],
        ],
        [0.33, 0.33, 0.34],
    ),
    ("sig", ["Dr Rachel Milburn", "Educational Psychologist"]),
]

EP_EDEN = """EDEN FELLS COUNCIL - EDUCATIONAL PSYCHOLOGY
Contribution to Annual Review / Request for Advice

Young person: Sam Tweddle (DOB 30/01/2007)
College: Penrith and Eden College, Land-based Studies Level 1
EP: Mr Stuart Armstrong, Senior Educational Psychologist

Reason for involvement
The local authority asked for advice on whether Sam continues to need an EHC plan.

What I did
I met Sam at college and on the college farm, spoke with his tutor and his father, and used the Adult Reading Test and a self-report anxiety scale.

What I found
Sam reads at about the level of a nine-year-old and relies on his phone to read instructions aloud. He is skilled and calm with livestock. He became anxious and quiet when talking about leaving college.

Advice
In my view Sam still has special educational needs and would benefit from a further year of supported learning with an apprenticeship route.

Stuart Armstrong, BSc MSc DEdPsy, HCPC registered
"""

EP_SCAN = """Mercia Vale Educational Psychology Team
Psychological advice for EHC needs assessment

Name: Poppy HEWITT    Year 3
Date of visit: 24 September 2025

Background
Poppy's father serves in the Army; she has attended four schools.

Assessment
Poppy completed the BPVS-3 (standard score 78) and subtests of the BAS-3.
Her non-verbal reasoning was average. Her understanding of spoken vocabulary
was below average for her age.

Conclusions and recommendations
Poppy's language difficulties are her main barrier to learning. She needs
language teaching planned with a speech and language therapist, delivered
daily, and careful planning for each change of school.

Dr Helen Skidmore, Educational Psychologist
"""

# Speech and language therapy ---------------------------------------------------

SALT_MIDLANDS = [
    ("org", "Shireoaks Community Healthcare NHS Trust"),
    ("small", "Children's Speech and Language Therapy · Lichgate Health Centre · 01632 960320"),
    ("title", "Speech and Language Therapy Advice for EHC Needs Assessment"),
    (
        "kv",
        [
            ("Name", "Aarav Mistry"),
            ("NHS number", "999 214 7730"),
            ("Date of birth", "09/02/2019"),
            ("Therapist", "Gemma Oakley, Highly Specialist SLT"),
        ],
    ),
    ("h", 2, "Communication profile"),
    (
        "p",
        "Aarav uses around 40 single words and 15 Makaton signs. He understands familiar routines and single key words in context.",
    ),
    ("h", 2, "Assessment"),
    (
        "p",
        "Preschool Language Scales (PLS-5): auditory comprehension standard score 55; expressive communication 52.",
    ),
    ("h", 2, "Recommendations"),
    (
        "bul",
        [
            "A total communication environment with Makaton used by all staff.",
            "A language programme written by the SLT and delivered by trained staff three times a week.",
            "SLT review each half term.",
        ],
    ),
]

YOT_SLT = [
    ("org", "Northbank Youth Justice Service"),
    ("small", "Speech, Language and Communication Screening · Health in Justice Team"),
    ("title", "Speech and Language Therapy Report"),
    ("lab", "Young person", "Callum Reay"),
    ("lab", "Order", "Referral order (9 months)"),
    ("lab", "Therapist", "Kirsty Gibb, Speech and Language Therapist (HCPC SL09871)"),
    ("h", 2, "Findings"),
    (
        "p",
        "Callum scored well below average on the CELF-5 Understanding Spoken Paragraphs and Formulated Sentences subtests. He often said 'yeah' when he had not understood.",
    ),
    ("h", 2, "Implications for the youth justice process"),
    (
        "p",
        "Callum is unlikely to understand the conditions of his order unless they are explained in short sentences with visual support.",
    ),
    ("h", 2, "Recommendations"),
    (
        "num",
        [
            "A visual version of his intervention plan.",
            "An intermediary at any court appearance.",
            "Six sessions with the YJS SLT on the language of conflict.",
        ],
    ),
]

SALT_TXT = """Speech and Language Therapy - Discharge summary
Patient: Lewis Armstrong   NHS no: 999 318 2204
Greyburn and Tyneside Community Services NHS Trust

Lewis has been seen for a block of social communication therapy in school (8 sessions, Jan-Mar 2026). Targets met: takes turns in a structured game; asks a peer for an item.
Lewis now attends an independent specialist school with its own speech and language therapist, who will continue his programme. He is therefore discharged from the community service.

Ruth Elliott
Specialist Speech and Language Therapist
"""

# Occupational therapy and physiotherapy ---------------------------------------

OT_RHEUM = [
    ("org", "Northern Children's Hospital NHS Foundation Trust"),
    ("small", "Paediatric Rheumatology - Occupational Therapy · 01632 960640"),
    ("title", "Occupational Therapy Assessment"),
    ("p", "Amelia Nixon  ·  Hosp no: NCH881204  ·  NHS no: 999 402 6618"),
    ("h", 2, "Handwriting and fatigue"),
    (
        "p",
        "Amelia wrote 11 words per minute on the DASH free-writing task, and reported pain of 7 out of 10 in her right wrist after ten minutes.",
    ),
    ("h", 2, "Recommendations"),
    (
        "bul",
        [
            "Use of a laptop for all extended writing.",
            "A sloped writing board and a wide-grip pen.",
            "Rest breaks of five minutes every 30 minutes in exams.",
        ],
    ),
    ("sig", ["Helen Scott", "Clinical Specialist Occupational Therapist"]),
]

OT_COUNTY = """Shireoaks Children's Occupational Therapy Service
OT advice - EHC needs assessment

Child: Aarav Mistry         Setting: Little Acorns Nursery, Brindley Hill
Seen: 14/01/2026 at nursery

Aarav needs full adult help with dressing and toileting. He can hold a chunky crayon in a fisted grasp and make marks. He sits on the floor in W-sitting and tires quickly on a nursery chair.

Recommendations: a supportive chair with footrest for table activities; daily fine motor play programme (10 minutes); OT review in 6 months.

Sarah Bains, Occupational Therapist
"""

OT_SCAN = """Eden Fells Children's Therapy Service
OCCUPATIONAL THERAPY REPORT

Name: Isla GRAHAM     School: Kirkhaugh Community School
Reason for referral: balance and coordination

Isla completed the Movement ABC-2. Her balance score was at the 9th centile.
Her hearing loss affects her balance in the dark and on uneven ground.

Recommendations: PE teacher to allow modified activities on the beam and
trampoline. Review in a year.

A. Nicholson, Occupational Therapist
"""

PHYSIO_HOSP = [
    ("org", "Northern Children's Hospital NHS Foundation Trust"),
    ("small", "Paediatric Physiotherapy · Hypermobility Clinic"),
    ("title", "Physiotherapy Report"),
    ("p", "Re: Amelia Nixon, DOB 02/06/2012"),
    (
        "p",
        "Amelia attended six sessions of a graded strengthening programme between January and April 2026. Her knee and hip strength have improved and she is now walking to school on three days a week.",
    ),
    ("p", "She still has pain after PE and on stairs."),
    ("h", 2, "Advice for school"),
    (
        "bul",
        [
            "Allow Amelia to use the lift.",
            "Adapt PE to avoid high-impact jumping; encourage swimming and cycling.",
            "Let her sit on a chair instead of the floor in assemblies.",
        ],
    ),
    ("sig", ["Peter Lamb, Senior Physiotherapist"]),
]

PHYSIO_NEURO = [
    ("title", "Community Paediatric Physiotherapy"),
    ("p", "Northbank Community Services NHS Trust"),
    ("p", "Finley Robson (DOB 18/08/2014) - report for EHC needs assessment"),
    (
        "p",
        "Finley's right-sided weakness after his encephalitis has recovered well. On assessment today his strength and balance are within the normal range for his age, but he fatigues after 20 minutes of physical activity.",
    ),
    (
        "p",
        "No ongoing physiotherapy is needed. School should allow rest after PE and on long trips.",
    ),
    ("p", "Claire Dobson, Physiotherapist, 3 February 2026"),
]

# Medical -------------------------------------------------------------------------

NEURO_LETTER = [
    ("org", "Northern Children's Hospital NHS Foundation Trust"),
    ("small", "Department of Paediatric Neurology · Ward 7 · 01632 960600"),
    ("p", "Dictated: 05/02/2026   Typed: 12/02/2026   Ref: MS/jw"),
    ("p", "Dr M Okafor\nCragside Medical Practice\nNorthbank"),
    ("p", "Dear Dr Okafor"),
    ("b", "Re: Finley ROBSON, DOB 18/08/2014, NHS 999 551 0932"),
    (
        "p",
        "Diagnoses: 1. Acquired brain injury following HSV encephalitis (March 2024). 2. Focal epilepsy.",
    ),
    ("p", "Medication: Levetiracetam 500 mg bd."),
    (
        "p",
        "I saw Finley in clinic with his mother. He has had no seizures since September. His memory and processing speed remain significantly affected, and he tires by the afternoon.",
    ),
    (
        "p",
        "I would support a reduced afternoon timetable and rest breaks, and his school staff should be trained in his seizure care plan. I will see him again in six months with an EEG.",
    ),
    ("sig", ["Yours sincerely", "Dr Mark Stephenson", "Consultant Paediatric Neurologist"]),
    ("p", "cc: Mrs L Robson; SENCo, Fernhill Primary School"),
]

RHEUM_LETTER = [
    ("org", "Northern Children's Hospital NHS Foundation Trust"),
    ("small", "Paediatric Rheumatology Clinic"),
    ("p", "Clinic date: 20/11/2025"),
    ("b", "Amelia NIXON  DOB 02/06/2012  Hosp no NCH881204"),
    ("p", "Diagnosis: Hypermobility spectrum disorder with chronic widespread pain."),
    (
        "p",
        "Thank you for referring this 13-year-old girl. Beighton score 8/9. No joint swelling; bloods including ESR and CRP normal, so there is no evidence of inflammatory arthritis.",
    ),
    (
        "p",
        "Plan: physiotherapy referral; OT for handwriting; pacing advice given; school letter to support laptop use and a lift pass. Review in four months.",
    ),
    ("sig", ["Dr Anna Wilkinson", "Consultant Paediatric Rheumatologist"]),
]

TOURETTE_NURSE = """Tic Disorders Service - Nurse Specialist
Northern Children's Hospital NHS Foundation Trust

To: Parents of Jayden Patel; SENCo, Brindley Hill Primary School
Date: 29 January 2026

I visited Jayden at home on 27 January. Jayden has Tourette syndrome, diagnosed in 2024. He currently has frequent shoulder shrugs and a loud vocal tic that is worse when he is anxious or tired. His YGTSS total score today was 28 (moderate).

Advice for school: do not ask Jayden to stop his tics; give him a time-out card; let him sit tests in a separate room; with his agreement I can talk to his class about Tourette's.

He is on the waiting list for CBIT at the hospital.

Carol Heslop RGN RSCN
Clinical Nurse Specialist, Tic Disorders
"""

PAED_PHOTO = """Greyburn Community Paediatrics
Child Development Centre, Queen's Road, Greyburn

Clinic letter
Re: Lewis ARMSTRONG  DOB 04/07/2015  NHS 999 318 2204

Diagnoses: Autism spectrum disorder; atopic eczema; restricted eating.

Lewis was seen today with his mother. His eczema is better controlled with the new
emollient. His diet remains limited to about 12 foods; weight is on the 25th centile.
No medical reason was found for his tiredness.

Plan: continue emollients; dietetic referral; review in 9 months.

Dr S Patterson, Consultant Community Paediatrician
"""

# CAMHS -----------------------------------------------------------------------------

CAMHS_LETTER = [
    ("org", "Greyburn CAMHS"),
    ("small", "Child and Adolescent Mental Health Service · The Lodge · Greyburn"),
    ("p", "Private and confidential\nMr and Mrs Charlton"),
    ("p", "8 January 2026"),
    ("p", "Dear Mr and Mrs Charlton"),
    ("b", "Evie Charlton - following our appointment"),
    (
        "p",
        "It was good to meet Evie and you both on 18 December. As we discussed, Evie's anxiety is closely linked with her autism, and most of her worry is about the noise and unpredictability of school.",
    ),
    (
        "p",
        "We have offered Evie eight sessions of CBT adapted for autistic young people, starting in February, with a session for you both on supporting her at home.",
    ),
    ("sig", ["Best wishes", "Dr Naomi Ridley", "Clinical Psychologist"]),
]

CAMHS_TXT = """CAMHS Eating Disorders - Eden Fells and North Cumbria
Clinical summary for school

Name: Isla Graham (age 14)
Isla has been seen by the community eating disorder team since March 2026 with restrictive eating. She is physically stable. Her weight is 88% of her median BMI.

What school can do: supervised snack at break; quiet supported lunch with a named adult; no PE until the team agrees; tell us if she misses meals.

Care co-ordinator: Mel Routledge, Mental Health Nurse
"""

# School reports ------------------------------------------------------------------

GRAMMAR_REPORT = [
    ("org", "Heathfield Grammar School"),
    ("small", "Learning Support Department"),
    ("title", "School contribution to EHC needs assessment"),
    ("p", "Pupil: Evie Charlton, Year 7. Completed by Mrs J Forster, Head of Learning Support."),
    ("h", 2, "Attainment"),
    (
        "grid",
        [
            ["Subject", "Working at", "Effort"],
            ["English", "Greater depth", "1"],
            ["Maths", "Greater depth", "1"],
            ["Science", "Expected", "2"],
        ],
        [0.4, 0.3, 0.3],
    ),
    ("h", 2, "Attendance and wellbeing"),
    (
        "p",
        "Attendance this year: 76%. Evie masks her difficulties in school; her parents describe long meltdowns at home.",
    ),
    ("h", 2, "Support in place"),
    (
        "bul",
        ["Leaves lessons two minutes early", "Lunch in the library", "Weekly pastoral check-in"],
    ),
]

SECURE_EDUCATION = """Hollin Bank Secure Children's Home - Education Unit
End of term education report (Spring 2026)

Name: Callum Reay    Teacher: Mr D Fenwick

English: Callum's reading age is now 9 years 7 months (8 years 2 months on entry). He has completed Entry Level 2 functional skills.
Maths: working at Entry Level 1; finds place value and money difficult.
Vocational: horticulture - excellent; has taken charge of the vegetable beds.
Behaviour: two incidents this term, both after unexpected changes to staff.
Attendance at education: 100%.

Teacher comment: Callum is funny and kind, and has made real progress when taught in a group of three.
"""

SCEA_ADVICE = [
    ("org", "Mercia Vale Council - Service Children's Education Support"),
    ("title", "Advice from the Service Children's Education Adviser"),
    ("p", "Pupil: Poppy Hewitt, Year 5, St Oswald's CE Primary School"),
    (
        "p",
        "Poppy has attended four schools in five years, including two years at a MOD school in Germany. Her records arrived late and incomplete.",
    ),
    (
        "p",
        "Her father deploys in February. Poppy becomes anxious when he is away; the school has set up a deployment diary and a weekly nurture group.",
    ),
    (
        "p",
        "I recommend that the plan makes sure Poppy's language provision moves with her if the family is posted again, and that any receiving school is contacted before she starts.",
    ),
    ("sig", ["Linda Crossley", "Service Children's Education Adviser"]),
]

TUTOR_REPORT = """Progress report - private tuition

Pupil: Jayden Patel
Tutor: Mrs Anita Sharma, BEd, OCR Level 5 Certificate in Teaching Learners with Dyslexia
Sessions: one hour weekly since September 2025 (paid for by the family)

We have worked through a structured, cumulative phonics programme. Jayden can now read and spell words with consonant blends and the common vowel digraphs. His reading of unfamiliar words is still slow and he loses confidence when he is timed.

In my experience, Jayden learns best with short, frequent practice. One hour a week is not enough on its own.

A Sharma, March 2026
"""

# Independent reports -------------------------------------------------------------

INDEP_EP = [
    ("org", "Tyne Valley Psychology Associates Ltd"),
    (
        "small",
        "Independent Chartered Educational Psychologists · 01632 960990 · enquiries@example.org",
    ),
    ("title", "Expert Report for the First-tier Tribunal (SEND)"),
    (
        "kv",
        [
            ("Child", "Finley Robson"),
            ("Appeal", "EH880/26/00417"),
            ("Instructed by", "Mr and Mrs Robson"),
            ("Author", "Dr Catherine Bell, CPsychol, HCPC PYL03318"),
        ],
    ),
    (
        "np",
        "1.1",
        "I have been asked to give my opinion on Finley's special educational needs and the provision required to meet them.",
    ),
    (
        "np",
        "4.2",
        "On the WISC-V, Finley's Working Memory Index was 70 and his Processing Speed Index 72, both well below his Verbal Comprehension Index of 98.",
    ),
    (
        "np",
        "6.3",
        "I disagree with the local authority that Finley's needs can be met from the school's own resources. He requires daily 1:1 support for learning and a reduced afternoon timetable.",
    ),
    (
        "np",
        "9.1",
        "I understand that my duty is to the tribunal and I have complied with it. I confirm that the contents of this report are true to the best of my knowledge and belief.",
    ),
    ("sig", ["Dr Catherine Bell", "7 August 2026"]),
]

INDEP_SALT = [
    ("title", "Independent Speech and Language Therapy Report"),
    ("p", "Prepared for: Sergeant and Mrs Hewitt    Re: Poppy Hewitt (DOB 21/05/2016)"),
    (
        "p",
        "Author: Jenny Marsh, BSc (Hons) SLT, MRCSLT, HCPC SL12044 - Marsh Speech and Language Therapy, private practice",
    ),
    ("h", 2, "Summary"),
    (
        "p",
        "Poppy has a developmental language disorder affecting both understanding and expression. The current plan's programme, delivered by a teaching assistant, is not enough; Poppy needs direct therapy from a speech and language therapist.",
    ),
    ("h", 2, "Recommendations"),
    (
        "table",
        [
            ["Provision", "Who", "How often", "Why"],
            [
                "Direct therapy",
                "SLT",
                "Weekly, 45 minutes, for a year",
                "Her needs are too complex for a TA to address",
            ],
            ["Staff training", "SLT", "Once a term", "So teachers adapt their language"],
        ],
        {"header": True},
    ),
    ("p", "Statement: I have no conflict of interest and I understand my duty to the tribunal."),
]

DYSLEXIA_ASSESS = """SPECIALIST ASSESSMENT FOR DYSLEXIA
Diagnostic assessment report (SASC guidelines)

Name: Amelia Nixon    Age at assessment: 13 years 8 months
Assessed by: Mr Richard Holt, AMBDA, APC holder - independent specialist assessor
Commissioned by: Mrs K Nixon (parent)

Test results
WRAT-5 Word Reading  SS 88
TOWRE-2 Sight Word Efficiency  SS 79
CTOPP-2 Phonological Memory  SS 76
DASH Free Writing  SS 72

Conclusion: Amelia's profile is consistent with dyslexia. Her writing speed is further affected by her hypermobility.
Recommendations: 25% extra time; word processor in exams; a specialist dyslexia teacher weekly.
"""

DOCUMENTS: list[dict] = [
    dict(name="EP advice Evie C.pdf", kind="ep_report", blocks=EP_GREYBURN, accent="2E7D32"),
    dict(name="Sam EP.docx", kind="ep_report", text=EP_EDEN),
    dict(
        name="SCAN0042.pdf",
        kind="ep_report",
        text=EP_SCAN,
        ocr=True,
        running="Mercia Vale EPS - OFFICIAL",
    ),
    dict(
        name="SLT advice Aarav.pdf",
        kind="salt_report",
        blocks=SALT_MIDLANDS,
        sans=True,
        accent="005EB8",
    ),
    dict(name="YJS SLT report Callum.docx", kind="salt_report", blocks=YOT_SLT),
    dict(name="SLT discharge.txt", kind="salt_report", text=SALT_TXT),
    dict(
        name="OT hand assessment Amelia.pdf",
        kind="ot_report",
        blocks=OT_RHEUM,
        sans=True,
        accent="005EB8",
    ),
    dict(name="OT Aarav.txt", kind="ot_report", text=OT_COUNTY, crlf=True),
    dict(name="Brother_MFC_0098.pdf", kind="ot_report", text=OT_SCAN, ocr=True),
    dict(name="Physio school letter Amelia.docx", kind="physio_report", blocks=PHYSIO_HOSP),
    dict(name="Finley physio.pdf", kind="physio_report", blocks=PHYSIO_NEURO),
    dict(
        name="Neurology letter Feb 26.pdf",
        kind="medical_report",
        blocks=NEURO_LETTER,
        footer="Northern Children's Hospital NHS Foundation Trust - please quote NHS number",
        accent="005EB8",
    ),
    dict(name="Rheumatology clinic 20.11.25.docx", kind="medical_report", blocks=RHEUM_LETTER),
    dict(name="Tic nurse visit.txt", kind="medical_report", text=TOURETTE_NURSE),
    dict(name="PXL_20260211_143356.pdf", kind="medical_report", text=PAED_PHOTO, ocr=0.08),
    dict(name="CAMHS Jan 2026.pdf", kind="camhs_report", blocks=CAMHS_LETTER, accent="00838F"),
    dict(name="Isla ED team summary.txt", kind="camhs_report", text=CAMHS_TXT),
    dict(
        name="Heathfield contribution.docx", kind="school_report", blocks=GRAMMAR_REPORT, sans=True
    ),
    dict(name="Callum spring report.txt", kind="school_report", text=SECURE_EDUCATION),
    dict(name="SCE adviser Poppy.pdf", kind="school_report", blocks=SCEA_ADVICE, accent="1B5E20"),
    dict(name="Tutor report.docx", kind="school_report", text=TUTOR_REPORT),
    dict(
        name="Dr Bell expert report.pdf",
        kind="independent_report",
        blocks=INDEP_EP,
        accent="4E342E",
        footer="Tyne Valley Psychology Associates - confidential - page {n} of {m}",
    ),
    dict(name="Marsh SLT Poppy.docx", kind="independent_report", blocks=INDEP_SALT),
    dict(name="Amelia dyslexia assessment.pdf", kind="independent_report", text=DYSLEXIA_ASSESS),
]
