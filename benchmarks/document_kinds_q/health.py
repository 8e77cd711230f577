# ruff: noqa: E501
"""Health reports of set Q: speech and language therapy (a stammering clinic's letter, an
advice on selective mutism, a therapist's review pasted as text, an advice behind a fax
header), occupational therapy (sensory advice, a social care OT's home adaptations
assessment, a report forwarded by a nursery, a summary photographed), physiotherapy
(after spinal surgery, hydrotherapy, a letter faxed by a hospital), medical reports (a
cardiology clinic letter, an epilepsy review, a paediatrician's letter forwarded by a GP
surgery, a continence nurse scanned) and CAMHS (a crisis team, an adolescent inpatient
unit's discharge summary, a looked-after children's team, a family therapy letter
photographed). All invented."""

from __future__ import annotations

from document_kinds_q.common import headers

ESTUARY = "Estuary and Marshes Partnership NHS Foundation Trust"
ESTUARY_SMALL = (
    "Children's Community Services, Creekside Health Centre, Shoremead SS7 2HC  |  01632 960800"
)
MIDWYCH = "Mid Wych Community NHS Trust"
MIDWYCH_SMALL = "Children's Therapies, Salt Meadow Clinic, Nantwold CH9 4SM  |  01632 960600"
CARROW_NHS = "Carrow Island Healthcare NHS Trust"
CARROW_NHS_SMALL = (
    "Carrow General Hospital, Hospital Lane, Westhaven, Isle of Carrow CW1 7NX  |  01632 960400"
)

# --- speech and language therapy --------------------------------------------------------

FLUENCY = [
    ("org", ESTUARY),
    (
        "small",
        "Fluency Clinic (stammering), Children's Speech and Language Therapy  |  Creekside Health Centre, Shoremead SS7 2HC  |  01632 960810",
    ),
    ("p", "Dr S. Okonjo\nCanwick Creek Surgery\nShoremead SS7 1GP"),
    ("p", "Clinic date: 4 March 2026    Typed: 9 March 2026\nNHS number: 999 318 6642"),
    ("b", "Re: Arlo Dunmore, DOB 15/08/2015, 30 Heron Walk, Shoremead SS7 3JW"),
    ("p", "Dear Dr Okonjo,"),
    (
        "p",
        "I saw Arlo with his father for a specialist stammering assessment. Arlo has stammered since the age of three. He now shows repetitions of whole words and sounds, prolongations and frequent blocks, with visible tension around his lips and neck. On the SSI-4 his severity rating was moderate (score 27).",
    ),
    (
        "p",
        "More concerning is the impact on Arlo. On the OASES-S he reported a high impact: he avoids answering questions in class, has stopped going to Cubs and often pretends not to know an answer. He said 'my words get stuck and everyone waits'.",
    ),
    ("b", "Plan"),
    (
        "bul",
        [
            "Six weekly sessions of stammering therapy at the Fluency Clinic (Palin-style parent-child interaction and self-help strategies), starting 18 March 2026.",
            "A school visit to advise the class teacher: no timed reading aloud, extra time for oral answers, a 'talk-about-stammering' session with Arlo's consent.",
            "Review in July 2026.",
        ],
    ),
    (
        "p",
        "Arlo has not been referred for an EHC needs assessment and I do not think one is needed at present, but the school should record his needs at SEN support.",
    ),
    (
        "sig",
        [
            "Yours sincerely",
            "",
            "Helen Marchbank",
            "Specialist Speech and Language Therapist (Fluency)",
        ],
    ),
    ("small", "cc: Mr and Mrs Dunmore; SENCo, Canwick Creek Primary School"),
]

MUTISM_ADVICE = [
    ("org", MIDWYCH),
    ("small", MIDWYCH_SMALL),
    ("title", "Speech and Language Therapy Advice for Education, Health and Care Needs Assessment"),
    (
        "kv",
        [
            ("Child", "Freya Moss, DOB 02/03/2019"),
            ("NHS number", "999 245 1180"),
            ("School", "Saltley Moor Primary School, Year 2"),
            ("Therapist", "Georgina Platt, Highly Specialist SLT"),
            ("Date", "14 May 2026"),
        ],
        [0.3, 0.7],
    ),
    ("h", 2, "Summary of communication"),
    (
        "p",
        "Freya talks freely at home with her parents and older sister. In school she has not spoken to any adult since joining Reception. She communicates with nods, pointing and occasionally whispering to one friend. Her language, assessed at home through recorded tasks, is within the expected range for her age. The picture is consistent with selective mutism, a form of anxiety.",
    ),
    ("h", 2, "Speech, language and communication needs"),
    (
        "bul",
        [
            "Freya is unable to speak in school, which limits her participation, assessment and friendships.",
            "Freya is highly anxious about being watched or expected to talk.",
        ],
    ),
    ("h", 2, "Recommended provision"),
    (
        "grid",
        [
            ["What", "Who", "How often"],
            [
                "Sliding-in programme to build speech with a key adult",
                "Key adult (TA) trained by the SLT",
                "3 x 15 minutes weekly, in a quiet room",
            ],
            [
                "Training for the key adult and class teacher",
                "Speech and language therapist",
                "One session, then review each half term",
            ],
            [
                "No direct questions or pressure to speak; alternatives for register and assessment",
                "All staff",
                "Daily",
            ],
            ["Review of progress and next steps", "Speech and language therapist", "Termly"],
        ],
        [0.45, 0.3, 0.25],
    ),
    ("sig", ["Georgina Platt", "HCPC SL67890"]),
]

SLT_REVIEW_TXT = """Carrow Island Healthcare NHS Trust - Children's Speech and Language Therapy
Review report

Name: Tamsin Penhallow   DOB: 14/11/2017   School: St Piran's CE First School
Therapist: Abi Lanyon (locum SLT)   Date: 15 December 2026

Since July I have visited school four times and seen Tamsin with her TA, Mrs Berryman.

Understanding: Tamsin now follows three-key-word instructions in class with a visual
prompt (target met). Without visuals she manages two key words. She still finds
"before/after" and "unless" hard.

Talking: Tamsin's sentences are longer (average 5 words). She is starting to use past
tense -ed endings in structured tasks but not yet in conversation.

Narrative: using the story-grammar cards she can tell a simple story with a beginning,
middle and end.

Recommendations for the next term:
- Continue the individual language programme 3 x 20 minutes weekly with Mrs Berryman.
- New targets: past tense in conversation; understanding of time concepts.
- SLT review visit each half term; liaison with the middle school before transfer.

Abi Lanyon, Speech and Language Therapist, HCPC SL24680
"""

SLT_FAX = """FROM: ESTUARY&MARSHES SLT ADMIN   FAX 01632960812   02/12/2025 11:48   P.01/04

Estuary and Marshes Partnership NHS Foundation Trust
Children's Speech and Language Therapy

SPEECH AND LANGUAGE THERAPY ADVICE - EHC NEEDS ASSESSMENT

Name: Kofi Mensah-Baird    DOB: 07/09/2018    NHS no: 999 502 3379
School: Saltcote Infant School
Therapist: Bethan Moyle, Speech and Language Therapist

Kofi was assessed in clinic on 10 November 2025 and observed in school on 17 November.

Speech: Kofi has a phonological disorder. He fronts velar sounds (k, g) and reduces
clusters. His speech is understood by familiar adults about half the time.
Language: scores on the CELF-5 screener fell below the criterion for his age.

Needs:
- Speech sound disorder affecting intelligibility and phonics.
- Mild to moderate language difficulties.

Recommendations:
- Block of 6 sessions of NHS therapy in clinic (in the spring term), then review.
- Speech practice programme in school, 3 x 10 minutes weekly, by TA.
- Visual supports for new vocabulary.

Bethan Moyle   HCPC SL13579    27/11/2025

FROM: ESTUARY&MARSHES SLT ADMIN   FAX 01632960812   02/12/2025 11:49   P.04/04
"""

# --- occupational therapy ---------------------------------------------------------------

OT_SENSORY = [
    ("org", CARROW_NHS),
    (
        "small",
        "Children's Occupational Therapy, Child Development Centre, Carrow General Hospital  |  01632 960420",
    ),
    ("title", "Occupational Therapy Advice"),
    (
        "p",
        "Name: Ellis Kerrow    DOB: 02/08/2021    NHS: 999 771 2046\nSeen: at home 8 December 2025 and at Brackport First School 12 December 2025\nWritten by: Kezia Trounson, Children's Occupational Therapist",
    ),
    ("h", 2, "Sensory processing"),
    (
        "p",
        "Ellis seeks movement and deep pressure constantly: he climbs furniture, crashes into cushions and bites his sleeves. He is frightened by sudden noises such as hand dryers and the school bell and covers his ears. These differences make it hard for him to sit for activities and to stay safe.",
    ),
    ("h", 2, "Self-care"),
    (
        "p",
        "Ellis needs full help with dressing, toileting and cleaning his teeth. He feeds himself finger foods but cannot use a spoon without spilling.",
    ),
    ("h", 2, "Fine and gross motor skills"),
    (
        "p",
        "Ellis uses a palmar grasp on crayons. He runs well but cannot yet jump with feet together.",
    ),
    ("h", 2, "Recommendations"),
    (
        "bul",
        [
            "A sensory programme (movement breaks and deep-pressure activities) delivered by school staff, at least 4 times a day, written and reviewed by an OT each term.",
            "Ear defenders available at all times; warning before the bell.",
            "A toileting programme with a changing area and trained staff.",
            "Adapted cutlery and a non-slip mat at lunch.",
            "OT review in 6 months.",
        ],
    ),
]

HOME_ADAPT = [
    ("org", "Wychmere and Saltley Borough Council - Children with Disabilities Team"),
    (
        "small",
        "Social care occupational therapy  |  Brine Pits House, Saltley CH9 2WB  |  01632 960560",
    ),
    ("title", "Occupational Therapy Assessment - Home Environment"),
    (
        "kv",
        [
            ("Child", "Aarav Sandhu-Whitlow (9)"),
            ("Address", "18 Pan Smith Row, Wychmere CH9 3RN"),
            ("Date of visit", "4 November 2026"),
            ("Occupational therapist", "Nicola Bratt, Social Care OT"),
        ],
        [0.3, 0.7],
    ),
    ("h", 2, "Reason for referral"),
    (
        "p",
        "Referred by the hospital physiotherapist following spinal fusion surgery in June 2026. Aarav cannot safely step into the bath and has difficulty with the stairs at the end of the day.",
    ),
    ("h", 2, "Functional assessment"),
    (
        "p",
        "Aarav manages the stairs with the banister but needs to stop halfway. He cannot bend to dry his feet or lift his leg over the bath side. Transfers on and off the toilet are independent with a frame. He needs help with socks and shoes.",
    ),
    ("h", 2, "Recommendations"),
    (
        "num",
        [
            "Level-access shower with a fold-down seat (Disabled Facilities Grant application made 5 November 2026).",
            "Second stair rail, fitted by the council's equipment service within 4 weeks.",
            "Long-handled sponge, sock aid and elastic laces provided today.",
            "Advice to school: a perching stool for practical lessons and a lift pass.",
        ],
    ),
    ("p", "Review: on completion of the adaptation."),
]

OT_FWD = """Hi Niamh,

The OT report came to nursery this morning and I thought you'd want to see it straight
away. Joanne is going to start the new hand exercises on Monday.

Kate Tanner
Setting SENCo, Little Herons Montessori Nursery

---------- Forwarded message ----------
From: Children's OT Admin, Estuary and Marshes Partnership NHS FT
Date: 20 March 2026
Subject: OT advice - Isla Brennan (EHCNA)

ESTUARY AND MARSHES PARTNERSHIP NHS FOUNDATION TRUST
CHILDREN'S OCCUPATIONAL THERAPY - ADVICE FOR EHC NEEDS ASSESSMENT

Child: Isla Brennan    DOB 09/11/2021    NHS no 999 884 0621
OT: Samira Lockwood, Children's Occupational Therapist
Seen: nursery 6 March 2026; clinic 11 March 2026

Assessment: Isla has a right hemiplegia. She holds objects in her right hand only when
prompted and releases them quickly. Bilateral tasks (opening containers, cutting,
fastenings) are very difficult. She fatigues after 10 minutes of table-top work.

Needs: fine motor and bilateral hand skills; self-care (dressing, toileting, lunch);
seating and positioning; fatigue.

Recommendations:
1. Daily fine motor programme (15 minutes) set by the OT and delivered by a named adult.
2. A supportive chair with foot block in class; sloping board for mark-making.
3. Adapted scissors and a lunchbox with easy-open lids.
4. OT to visit school each half term in Reception to review the programme.

Samira Lockwood, HCPC OT11223
"""

OT_PHOTO = """Estuary and Marshes Partnership NHS Foundation Trust
Children's Occupational Therapy - Summary of assessment

Name: Leon Fairweather   DOB 11/01/2016   Seen at Pitsea Marsh Junior School 25/06/2026

Handwriting: letters poorly formed and sized, no consistent use of a tripod grip. Writing
speed 5 words per minute on copying (expected 11 at his age). Leon complained his hand
hurt after 4 minutes.
Motor: Movement ABC-2 total test score at the 5th centile; balance at the 2nd centile.
Sensory: Leon seeks movement and fidgets constantly; this is also linked to his ADHD.
Organisation: forgets equipment, loses place on the page.

Recommendations
- Handwriting programme 3 x 15 min weekly (TA), then move to touch typing.
- Writing slope and pencil grip; wobble cushion.
- Movement breaks built into lessons (see EP advice).
- OT review next term.

L. Farrant, Occupational Therapist
"""

# --- physiotherapy ----------------------------------------------------------------------

SPINAL_PHYSIO = [
    ("org", MIDWYCH),
    ("small", "Paediatric Physiotherapy, Salt Meadow Clinic, Nantwold CH9 4SM  |  01632 960610"),
    (
        "p",
        "To: Mrs B. Doyle, SENCo, Wychmere St Mary's Catholic Primary School\ncc: Mr and Mrs Sandhu-Whitlow; Dr Hemmings, GP",
    ),
    ("p", "Date: 30 September 2026"),
    ("b", "Physiotherapy report: Aarav Sandhu-Whitlow (DOB 12/12/2016), NHS no. 999 630 1152"),
    (
        "p",
        "Aarav had a posterior spinal fusion for scoliosis on 12 June 2026 at the regional children's hospital. I have seen him six times since discharge. His wound has healed well and he is now cleared for gentle activity.",
    ),
    ("h", 2, "Current function"),
    (
        "p",
        "Aarav walks independently but his endurance is limited to about 10 minutes before he needs to sit. He must not lift more than 2 kg, twist, or take part in contact sports until at least December 2026. Sitting for more than 30 minutes causes back pain.",
    ),
    ("h", 2, "Recommendations for school"),
    (
        "bul",
        [
            "A lighter bag, or a second set of books kept in class.",
            "Change of position every 30 minutes; a supportive chair with a lumbar roll.",
            "No PE apart from the home exercise programme (20 minutes daily), which a TA may supervise at school.",
            "Leave lessons 5 minutes early to avoid busy corridors.",
            "Hydrotherapy once weekly at Salt Meadow pool for 8 weeks from October (hospital appointments).",
        ],
    ),
    ("sig", ["Owen Thistlethwaite", "Senior Paediatric Physiotherapist"]),
]

HYDRO = [
    ("org", ESTUARY),
    (
        "small",
        "Children's Physiotherapy - Hydrotherapy Service, Heronsgate Pool, Shoremead SS7 5HG  |  01632 960830",
    ),
    ("title", "Hydrotherapy Physiotherapy Report"),
    (
        "p",
        "Child: Isla Brennan (DOB 09/11/2021)  |  NHS no 999 884 0621  |  Block: 8 sessions, 14 January to 4 March 2026",
    ),
    ("h", 2, "Aims of the block"),
    (
        "p",
        "To improve Isla's balance, right-sided strength and confidence in movement, using the warmth and buoyancy of the pool.",
    ),
    ("h", 2, "Progress"),
    (
        "p",
        "Isla now stands on her right leg for 4 seconds in the water (from 1 second) and walks the length of the pool without holding on. On land her Gross Motor Function Measure (GMFM-66) score has risen from 62.3 to 64.1. She still falls when tired or on uneven ground, and her ankle-foot orthosis should be worn at all times at school except for PE on mats.",
    ),
    ("h", 2, "Recommendations"),
    (
        "bul",
        [
            "A daily physiotherapy programme (stretches and balance, 15 minutes) in school, taught to a named TA by the physiotherapist.",
            "Access to the school hall at lunchtime for the programme when the playground is wet.",
            "Physiotherapy review each term; a further hydrotherapy block in the autumn.",
            "Risk assessment for outdoor play and school trips.",
        ],
    ),
    ("sig", ["Cerys Pennock", "Paediatric Physiotherapist, HCPC PH33445"]),
]

PHYSIO_FAX = """FAX   From: Carrow General Hospital - Children's Physiotherapy   Fax: 01632 960429
To: Brackport First School (Attn SENCo)   Date: 21/01/2026   Pages: 2 (incl. this)
Message: Report for Ellis Kerrow as requested for his EHC plan. Original posted to parent.

-----------------------------------------------------------------------------------------

Carrow Island Healthcare NHS Trust
Children's Physiotherapy Department

PHYSIOTHERAPY REPORT

Patient: Ellis Kerrow   DOB 02/08/2021   NHS 999 771 2046
Physiotherapist: Daveth Roskilly, Paediatric Physiotherapist

Ellis was referred by the community paediatrician for persistent toe-walking. On
assessment (14/01/2026) he walks on his toes most of the time. His ankle range of
movement is reduced on both sides (dorsiflexion to neutral only). His balance is
immature for his age and he trips often, especially on the playground.

Plan and recommendations:
- Daily calf stretches (2 x 30 seconds each leg) at school and home.
- Night splints to be cast at the orthotics clinic.
- Barefoot play on sand and grass encouraged.
- Physiotherapy review in 3 months; consider serial casting if no improvement.

D. Roskilly, HCPC PH98765
"""

# --- medical ----------------------------------------------------------------------------

CARDIO = [
    ("org", ESTUARY),
    (
        "small",
        "Paediatric Cardiology Outreach Clinic, Shoremead General Hospital, Marsh Road SS7 6SG  |  01632 960850",
    ),
    ("p", "Dr R. Iqbal, GP\nSaltings Medical Practice, Shoremead SS7 4MP"),
    ("p", "Clinic: 11 November 2025    Dictated: 11/11/2025    Typed: 17/11/2025"),
    (
        "b",
        "Daisy-Mae POLLARD   DOB 21/02/2015   NHS 999 117 2268\n14 Gunnery Road, Shoremead SS7 4GR",
    ),
    (
        "b",
        "Diagnoses: 1. 22q11.2 deletion syndrome  2. Tetralogy of Fallot, complete repair aged 7 months  3. Mild pulmonary regurgitation",
    ),
    ("p", "Dear Dr Iqbal,"),
    (
        "p",
        "I reviewed Daisy-Mae with her father today. She is well and has had no palpitations, syncope or chest pain. She tires more quickly than her friends when running. Her oxygen saturations were 99% in air. The echocardiogram shows good biventricular function and mild pulmonary regurgitation, unchanged from last year.",
    ),
    (
        "p",
        "From a cardiac point of view Daisy-Mae may take part in all school activities, including PE and swimming, but should be allowed to rest when she asks. No restrictions are needed on trips. Her father asked about her learning: the learning difficulties that are common in 22q11.2 deletion are well known, and I have suggested that the community paediatrician and school are kept informed.",
    ),
    ("p", "I will see her again in 12 months with an ECG and echocardiogram."),
    ("sig", ["Yours sincerely", "", "Dr Olusegun Adebayo", "Consultant Paediatric Cardiologist"]),
    (
        "small",
        "cc: Mr D. Pollard; Dr F. Mansi, Community Paediatrician; School nurse, Canwick Creek Primary",
    ),
]

EPILEPSY_REVIEW = [
    ("org", CARROW_NHS),
    ("small", "Community Paediatrics, Westhaven Child Development Centre  |  01632 960430"),
    ("p", "Dr A. Trethowan\nQuay Street Surgery, Westhaven"),
    ("p", "Date of clinic: 15 September 2026\nRe: Noah TREWIN, DOB 28/09/2014, NHS 999 260 4411"),
    ("p", "Diagnoses: focal epilepsy (since 2021); specific learning difficulty (literacy)"),
    ("p", "Dear Dr Trethowan,"),
    (
        "p",
        "I saw Noah with his mother for review of his epilepsy. He has had two focal seizures since April, both in the morning after late nights, each lasting under two minutes, with no secondary generalisation. He takes lamotrigine 100 mg twice daily and reports no side effects apart from occasional tiredness in the afternoons.",
    ),
    (
        "p",
        "Noah moves to Carrow High School next September. His individual healthcare plan should travel with him, and staff in practical subjects (design technology, science) should be aware of his seizure pattern. He should not use machinery unsupervised. Tiredness in the afternoon may affect his concentration.",
    ),
    ("p", "Plan: no change to medication; sleep hygiene advice given; review in six months."),
    ("sig", ["Yours sincerely", "", "Dr Jenifer Couch", "Consultant Community Paediatrician"]),
    ("small", "cc: Mrs Trewin; SENCo, Quayside Middle School"),
]

GP_FWD = """Dear Mrs Kitto,

As requested at reception, please find below the text of the letter from the community
paediatrician about Mia. The signed copy is on Mia's record and a copy has gone to the
school with your consent.

Kind regards
Admin team, Saltmarsh Down Surgery
Please do not reply to this e-mail: it is not monitored.

-------------------------------------------------------

Carrow Island Healthcare NHS Trust - Community Paediatrics
Westhaven Child Development Centre

8 January 2027

Dr M. Angove, Saltmarsh Down Surgery

Re: Mia KITTO  DOB 17/04/2018  NHS 999 455 8820

Diagnoses:
1. Attention deficit hyperactivity disorder, predominantly inattentive presentation
2. Anxiety
3. Literacy difficulties - educational psychology assessment recommended

Dear Dr Angove,

I saw Mia with both parents following your referral. School questionnaires (Conners 4)
show very elevated inattention ratings in both settings; hyperactivity is within the
typical range. Mia's parents describe daily distress after school, stomach aches on
Sunday evenings and difficulty settling to sleep.

I have made a diagnosis of ADHD, predominantly inattentive presentation. We discussed
medication, which the family would like to consider after the summer. In the meantime
I would recommend that school provides seating near the teacher, instructions broken
into short steps and checked, and regular movement breaks. I would strongly support an
EHC needs assessment: Mia's difficulties are affecting her learning and emotional
wellbeing despite SEN support.

Follow-up: ADHD nurse clinic in 3 months.

Dr Jenifer Couch, Consultant Community Paediatrician
"""

CONTINENCE_SCAN = """Carrow Island Healthcare NHS Trust
Children's Bladder and Bowel Service
Westhaven Child Development Centre, Westhaven CW1 7PD   Tel 01632 960440

24 February 2026

To whom it may concern (for Ellis's EHC plan)

Re: Ellis Kerrow   DOB 02/08/2021   NHS number 999 771 2046

Ellis is known to the Children's Bladder and Bowel Service. He has constipation, for which
he takes Movicol Paediatric daily, and he is not yet toilet trained, which is associated
with his autism and developmental delay.

Ellis needs:
- a toileting routine at school: offered the toilet at set times (on arrival, mid-morning,
  after lunch, before home), using a visual sequence;
- pull-up pads, wipes and a private changing area with a height-adjustable bench;
- two staff trained in personal care and moving and handling;
- water bottle available at all times (at least 1 litre a day);
- a record of wet and soiled pads sent home daily.

I will review Ellis in clinic in 4 months. Please contact me if there are concerns.

Sally Nancarrow
Children's Continence Nurse Specialist
"""

# --- CAMHS ------------------------------------------------------------------------------

CRISIS = [
    ("org", MIDWYCH),
    (
        "small",
        "Child and Adolescent Mental Health Services - Crisis and Home Treatment Team  |  The Willows, Saltley CH9 2WT  |  01632 960620 (24 hours)",
    ),
    (
        "p",
        "Private and confidential\nMiss Ruby Ashcroft and Mrs Rachel Ashcroft\n3 Flashes Lane, Saltley CH9 2FL",
    ),
    ("p", "Date: 21 May 2026\nNHS: 999 813 5094"),
    ("b", "Discharge from the CAMHS Crisis and Home Treatment Team"),
    ("p", "Dear Ruby and Mrs Ashcroft,"),
    (
        "p",
        "Ruby was referred to us from the emergency department at Wychmere Hospital on 6 May 2026, after a panic attack with thoughts of harming herself the night before a mock exam. Since then we have seen Ruby at home seven times.",
    ),
    (
        "p",
        "Ruby has engaged well. She now recognises the early signs of a panic attack and uses grounding and breathing techniques. She has no current thoughts of self-harm. We have agreed a safety plan with her, which she keeps on her phone.",
    ),
    ("b", "Ongoing care"),
    (
        "bul",
        [
            "Ruby is transferred to the CAMHS Anxiety Pathway for 12 sessions of cognitive behavioural therapy; the first appointment is 3 June 2026.",
            "School: we recommend a quiet room and a named adult during exams, a pass to leave lessons when anxious, and continued weekly counselling until CBT starts.",
            "If Ruby is in crisis she, or you, can call us 24 hours a day on 01632 960620.",
        ],
    ),
    (
        "sig",
        ["Yours sincerely", "", "Tariq Mahmood", "Clinical Nurse Specialist, CAMHS Crisis Team"],
    ),
    ("small", "cc: GP; Mrs L. Cheetham, SENCo, Saltley High School (with Ruby's consent)"),
]

TIER4 = [
    ("org", ESTUARY),
    (
        "small",
        "Marram House - Adolescent Inpatient Mental Health Unit (CAMHS Tier 4)  |  Sea Lane, Shoremead SS7 9MH  |  01632 960870",
    ),
    ("title", "Discharge Summary"),
    (
        "kv",
        [
            ("Patient", "Ottilie VANCE, DOB 04/10/2010, NHS 999 640 7783"),
            ("Admitted", "2 February 2026 (informal)"),
            ("Discharged", "28 April 2026"),
            (
                "Responsible clinician",
                "Dr Helena Marsh, Consultant Child and Adolescent Psychiatrist",
            ),
            ("Discharged to", "Home, with the Shoremead Community CAMHS team"),
        ],
        [0.3, 0.7],
    ),
    ("h", 2, "Reason for admission"),
    (
        "p",
        "Severe depressive episode with escalating self-harm and school non-attendance since September 2025.",
    ),
    ("h", 2, "Diagnosis at discharge"),
    (
        "p",
        "Moderate depressive episode, improving. Autism spectrum condition (assessed during admission, diagnosed 14 April 2026).",
    ),
    ("h", 2, "Treatment"),
    (
        "p",
        "Fluoxetine 20 mg daily. Individual CBT adapted for autism (10 sessions). Occupational therapy sensory assessment. Attended the unit's hospital school classroom daily from week 3.",
    ),
    ("h", 2, "Education"),
    (
        "p",
        "Ottilie attended the unit's education provision for 2 hours a day, rising to 4. She is working at around GCSE grade 5 in English and maths. She finds busy corridors and group work overwhelming. Reintegration to Shoremead Academy is planned over six weeks.",
    ),
    ("h", 2, "Recommendations on discharge"),
    (
        "bul",
        [
            "Community CAMHS care coordinator: weekly contact for 8 weeks.",
            "A phased return to school with a quiet base and a named key worker; an EHC needs assessment is recommended in view of her autism and mental health needs.",
            "Crisis plan shared with family and school.",
        ],
    ),
]

LAC_EML = """Dear Mrs Pengilly and Mr Carlyon,

Thank you both for meeting me on Tuesday. As agreed, this is my written summary of our
consultation about Brandon, which you may share with the virtual school and the SEND team
for his plan.

CARROW ISLAND HEALTHCARE NHS TRUST - CAMHS LOOKED AFTER CHILDREN'S TEAM
Consultation summary
Young person: Brandon Tregear (DOB 06/05/2012), looked after by the Isle of Carrow Council
Consultees: Mrs Pengilly (foster carer); Mr Carlyon (designated teacher, Carrow High School)
Clinician: Dr Hannah Roskruge, Clinical Psychologist
Date of consultation: 2 June 2026

Presenting concerns: Brandon has moved placement three times in two years. At school he
refuses work, leaves lessons and has been involved in fights. At home he is often
hypervigilant at night and struggles to accept comfort.

Formulation: Brandon's behaviour is best understood in the context of early neglect and
repeated loss. He experiences adults' demands as threats and responds with fight or flight.
This is not wilful defiance. His difficulties with literacy add to his sense of shame in
class.

Recommendations:
- One consistent key adult in school, with a daily check-in at the start and end of the day.
- A trauma-informed approach for all staff (the team can provide a training session).
- Predictable routines and advance warning of changes, including cover teachers.
- Continued foster carer consultation with CAMHS, monthly.
- Brandon to be offered individual therapy once his placement has been stable for three months.

Dr Hannah Roskruge
Clinical Psychologist, CAMHS LAC Team
"""

FAMILY_THERAPY_PHOTO = """Estuary and Marshes Partnership NHS Foundation Trust
Shoremead CAMHS - Family Therapy Service
Creekside Health Centre   01632 960880

Date: 10 December 2026

Dear Mrs Fairweather and Leon,

Thank you for coming to the four family therapy sessions this autumn, with Leon's sister
Maisie joining the last two.

In our sessions you told us that mornings and homework were the flashpoints at home, and
that Leon feels blamed at school and at home. Together we worked on noticing what goes
well, on a 'calm down plan' Leon chose himself, and on giving instructions one at a time.
You said arguments at home have halved.

Our view is that Leon's difficulties are mostly linked to his ADHD and the stress of
school exclusions. We suggest:
- the school uses the same calm down plan (Leon agreed we could send it);
- Leon's ADHD medication review goes ahead in January as planned;
- a further three sessions in the spring if you would like them.

With best wishes,
Naomi Okafor-Dunn, Systemic Family Psychotherapist
cc: Dr P. Iqbal (CAMHS ADHD clinic)
"""

DOCUMENTS: list[dict] = [
    {
        "name": "Arlo clinic letter.pdf",
        "kind": "salt_report",
        "blocks": FLUENCY,
        "accent": "005EB8",
    },
    {"name": "Freya Appendix E.docx", "kind": "salt_report", "blocks": MUTISM_ADVICE, "sans": True},
    {"name": "speech.txt", "kind": "salt_report", "text": SLT_REVIEW_TXT},
    {"name": "Kofi NHS.pdf", "kind": "salt_report", "text": SLT_FAX, "ocr": True},
    {"name": "Ellis sensory.pdf", "kind": "ot_report", "blocks": OT_SENSORY, "accent": "005EB8"},
    {"name": "bathroom.docx", "kind": "ot_report", "blocks": HOME_ADAPT},
    {
        "name": "Fw_ OT advice - Isla Brennan.eml",
        "kind": "ot_report",
        "text": OT_FWD,
        "headers": headers(
            "Kate Tanner <senco@littleherons.example.org>",
            "Niamh Brennan <niamh.brennan@example.org>",
            "Fw: OT advice - Isla Brennan (EHCNA)",
            "Fri, 20 Mar 2026 11:20:05 +0000",
        ),
    },
    {"name": "IMG_20260702_163011.pdf", "kind": "ot_report", "text": OT_PHOTO, "ocr": 0.09},
    {
        "name": "Aarav letter for school.pdf",
        "kind": "physio_report",
        "blocks": SPINAL_PHYSIO,
        "accent": "005EB8",
    },
    {"name": "Isla pool.docx", "kind": "physio_report", "blocks": HYDRO},
    {"name": "FAX Carrow General.pdf", "kind": "physio_report", "text": PHYSIO_FAX, "ocr": True},
    {
        "name": "Daisy-Mae heart clinic.pdf",
        "kind": "medical_report",
        "blocks": CARDIO,
        "accent": "005EB8",
    },
    {"name": "Noah healthcare plan.docx", "kind": "medical_report", "blocks": EPILEPSY_REVIEW},
    {
        "name": "Mia - letter from surgery.eml",
        "kind": "medical_report",
        "text": GP_FWD,
        "headers": headers(
            "Saltmarsh Down Surgery <noreply.saltmarshdown@example.org>",
            "lowri.kitto@example.org",
            "Letter as requested",
            "Mon, 18 Jan 2027 10:05:44 +0000",
        ),
    },
    {"name": "scan_ellis_feb.pdf", "kind": "medical_report", "text": CONTINENCE_SCAN, "ocr": True},
    {"name": "Ruby - Willows.pdf", "kind": "camhs_report", "blocks": CRISIS, "accent": "005EB8"},
    {"name": "Ottilie discharge.docx", "kind": "camhs_report", "blocks": TIER4},
    {
        "name": "Brandon consultation notes.eml",
        "kind": "camhs_report",
        "text": LAC_EML,
        "headers": headers(
            "Hannah Roskruge <hannah.roskruge@carrowhealth.example.org>",
            "pengilly.fostering@example.org",
            "Brandon - consultation summary",
            "Thu, 04 Jun 2026 13:55:21 +0100",
            cc="j.carlyon@carrowhigh.example.org",
        ),
        "qp": True,
    },
    {"name": "IMG_5520.pdf", "kind": "camhs_report", "text": FAMILY_THERAPY_PHOTO, "ocr": 0.09},
]
