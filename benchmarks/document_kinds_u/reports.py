# ruff: noqa: E501
"""Reports of set U: educational psychologists (an island service's statutory advice, a
dynamic assessment, a consultation record by e-mail, a scanned advice behind a fax header),
speech and language therapists (a dysfluency clinic, selective mutism, a cochlear implant
centre, a language resource base), occupational therapists, physiotherapists (hydrotherapy,
a neuromuscular clinic, an acquired brain injury service), schools, independent experts (a
behaviour analyst, a neuropsychologist, an independent SLT and OT) and annual reviews. All
invented."""

from __future__ import annotations

from document_kinds_u.common import headers

# --- educational psychology ---------------------------------------------------------------

EP_ISLE = [
    ("org", "Island Educational Psychology Service"),
    ("small", "Isle of Wrenholm Council  |  Quay House, Port Eddery WH1 2QA  |  01632 960318"),
    ("title", "Psychological advice for an Education, Health and Care needs assessment"),
    (
        "kv",
        [
            ("Child", "Ellis Penhallow"),
            ("Date of birth", "09/06/2018"),
            ("School", "Nab End CE Primary"),
            ("Date of advice", "20 January 2026"),
            ("Educational Psychologist", "Dr Siân Pellow, HCPC PYL31207"),
        ],
    ),
    ("h", 2, "Sources of information"),
    (
        "p",
        "Observation in class and at playtime (8 January 2026); consultation with Ellis's parents and class teacher; individual work with Ellis including the British Ability Scales (BAS3) and a personal construct drawing.",
    ),
    ("h", 2, "Assessment results"),
    (
        "grid",
        [
            ["BAS3 scale", "Standard score", "Descriptor"],
            ["Verbal similarities", "74", "Low"],
            ["Pattern construction", "103", "Average"],
            ["Recall of digits forward", "79", "Below average"],
            ["Word reading", "85", "Below average"],
        ],
        [0.5, 0.25, 0.25],
    ),
    ("h", 2, "Ellis's special educational needs"),
    (
        "p",
        "Ellis's non-verbal reasoning is in the average range, but his understanding of spoken language and his auditory working memory are weak. He is likely to lose the thread of whole-class instruction. Anxiety about change is a significant barrier to his learning.",
    ),
    ("h", 2, "Recommended provision"),
    (
        "bul",
        [
            "Instructions should be given in short chunks with visual support, and Ellis should be checked for understanding.",
            "Ellis should have a daily small-group language session led by an adult trained by a speech and language therapist.",
            "Transitions should be prepared with a visual timetable and social stories, particularly before trips to the mainland.",
        ],
    ),
    ("sig", ["Dr Siân Pellow", "Educational Psychologist"]),
]

EP_DYNAMIC = [
    ("org", "Lunesmouth Educational Psychology Service"),
    ("small", "Educational psychology advice (Regulation 6(1)(b) SEND Regulations 2014)"),
    ("title", "Ruby Saltmarsh - psychological advice"),
    (
        "p",
        "I met Ruby at Hestholme Primary School on 12 February 2026. Ruby's parents asked me to look at why reading remains so hard for her despite two years of intervention.",
    ),
    ("h", 3, "Dynamic assessment"),
    (
        "p",
        "I used a test-teach-test approach with a non-word reading task. Ruby improved from 3 to 11 non-words read correctly after a short period of mediated teaching with multisensory cues, which suggests she can learn when teaching is explicit, cumulative and highly structured. Her phonological awareness (CTOPP-2 composite 72) and rapid naming (composite 76) are both weak, a double deficit.",
    ),
    ("h", 3, "Summary of needs"),
    (
        "p",
        "Ruby has a severe and persistent difficulty with literacy consistent with dyslexia. Her working memory is weak. Her self-esteem as a learner is low and she reports anxiety before tests.",
    ),
    ("h", 3, "Outcomes and provision I recommend"),
    (
        "num",
        [
            "Daily one-to-one structured literacy teaching of at least 20 minutes, by an adult trained in a synthetic phonics programme.",
            "Assistive technology: a reading pen and speech-to-text for extended writing.",
            "A weekly session with an ELSA to build Ruby's confidence.",
        ],
    ),
    ("sig", ["Alistair Pennington", "Senior Educational Psychologist", "27 February 2026"]),
]

EP_CONSULT_EML = """Hi Mrs Fairbairn, hi Mr Hensby,

Thank you both for meeting me on Thursday. As promised, here is my record of the consultation for Nell's file and for the EHC needs assessment.

CONSULTATION RECORD - Educational Psychology, Windrush Wolds
Young person: Nell Fairbairn (Year 8), Chedworth Vale School
Present: Mrs N. Fairbairn (parent), Mr S. Hensby (SENCo), Dr A. Moorcroft (EP)

What's working: Nell comes in to the library base for an hour three mornings a week. She has a good relationship with Mrs Hale (TA).
What's not working: Nell's anxiety rises sharply at the start of each week; she reports that noise in corridors and not knowing who will teach her are the hardest things.
Psychological formulation: Nell's school-based anxiety appears to be maintained by unpredictability and sensory overload, alongside social communication differences that have not been formally assessed.
Agreed actions / recommendations:
1. A consistent key adult for the first and last 10 minutes of every day.
2. A graded return plan reviewed fortnightly, starting with lessons Nell chooses.
3. Referral to the neurodevelopmental pathway for assessment of autism.
4. I will complete my statutory advice by 20 March.

Best wishes,
Dr Alys Moorcroft
Educational Psychologist (HCPC registered)
Windrush Wolds Educational Psychology Service
"""

EP_SCAN = """FROM: Windrush Wolds EPS      TO: 01632960399      P.01
Sent 14/01/2026 09:12

EDUCATIONAL PSYCHOLOGY ADVICE
Name: Tobi Ogundipe      DOB: 22/10/2017      School: Coln St Aldwyn Primary

Background
Tobi was referred because of slow progress in reading and writing and difficulties with spoken language. He has had speech therapy input since age 4.

Assessment
On the Wechsler Individual Achievement Test (WIAT-III) Tobi scored 68 in word reading and 70 in spelling. His verbal comprehension on the WISC-V was 77 and his visual spatial index 98.

Needs
Tobi has a language-based learning difficulty which affects reading, writing and understanding in class.

Recommendations
Tobi should receive a structured language programme every day from a trained adult.
Tobi needs direct speech and language therapy from a qualified therapist.
Vocabulary should be pre-taught before each new topic.

A. Lewin-Shaw, Educational Psychologist
"""

# --- speech and language therapy -------------------------------------------------------------

SLT_DYSFLUENCY = [
    ("org", "Lunesmouth and Fellside Hospitals NHS Foundation Trust"),
    (
        "small",
        "Children's Speech and Language Therapy - Dysfluency Clinic, Sandgarth Health Centre  |  01632 960412",
    ),
    ("p", "Report following assessment of stammering"),
    (
        "kv",
        [("Name", "Reggie Tullett"), ("NHS number", "999 617 2290"), ("Date seen", "4 March 2026")],
    ),
    (
        "p",
        "Reggie (9) was seen with his dad. Reggie stammers and has done since age 3. In conversation today 11% of syllables were stammered, with blocks and repetitions of whole words; he uses eye closing and head jerks to push through blocks. Reggie says he avoids answering questions in class and swaps words he thinks he will stammer on.",
    ),
    ("p", "Reggie's language skills are age appropriate (CELF-5 core language 96)."),
    ("b", "Recommendations"),
    (
        "bul",
        [
            "A block of 6 weekly sessions of the Palin Parent-Child Interaction approach, followed by review.",
            "School to allow Reggie extra time to answer and not to finish his words for him; reading aloud should be optional.",
            "Staff to attend the clinic's stammering awareness training.",
        ],
    ),
    ("sig", ["Claire Whiteside", "Specialist Speech and Language Therapist (Dysfluency)"]),
]

SLT_SELECTIVE_MUTISM = """Wolds and Vale Community NHS Trust
Children's Speech and Language Therapy

Speech and Language Therapy Advice for EHC Needs Assessment
Child: Tobi Ogundipe (DOB 22/10/2017)
Therapist: Orla Kinsella, Specialist SLT
Date: 10 January 2026

Reason for referral
Tobi speaks freely at home but has not spoken to any adult at school since Reception.

Assessment
Observation in school and a home visit using video. At home Tobi uses sentences of 6-8 words with some grammatical errors (e.g. "him goed"). On the Renfrew Action Picture Test (scored from the home video) his information score was at the 10th centile and grammar below the 5th.

Summary
Tobi presents with selective mutism alongside a language disorder.

Recommendations
- A sliding-in programme with a key adult, 3 x 15 minutes a week, planned by the SLT.
- No pressure to speak; accept non-verbal responses in class.
- Direct therapy for expressive language once Tobi talks to his key adult, 8 sessions.
"""

SLT_CI_EML = """Dear Mr and Mrs Lindqvist,

Please find below my report from Freya's cochlear implant review, which I have also sent to her school and to the Teacher of the Deaf.

WESSEX AND WOLDS CHILDREN'S COCHLEAR IMPLANT PROGRAMME
Speech and Language Therapy Review Report
Patient: Freya Lindqvist   NHS no. 999 803 4471   Review: 5 February 2026

Freya was implanted on the right in 2021 and uses a hearing aid on the left. With both devices she now detects all Ling sounds at 1 metre. Her receptive vocabulary (BPVS-3) is at a standard score of 78, a small gain since last year. In noise her understanding falls sharply.

Recommendations:
1. A soundfield or remote microphone system in every lesson.
2. Pre-teaching of topic vocabulary, 15 minutes daily.
3. Continued speech and language therapy focussing on listening in noise and narrative, 6 sessions per term.

Kind regards
Megan Tregarthen
Specialist Speech and Language Therapist (Auditory Implants)
"""

SLT_BASE_SCAN = """Language Resource Base - Lighthouse Lane Infant School
SPEECH AND LANGUAGE THERAPY TERMLY REPORT - Spring 2026

Pupil: Sunniva Holt   Year 1   Therapist: Priya Moss, SLT (Lunesmouth and Fellside NHS FT)

Sunniva uses mostly single words and some two-word phrases ("more juice", "mummy car"). She understands two key words in context. She is beginning to use a core vocabulary board to make choices.

Targets this term: 1. Sunniva to combine two words to request in 5 situations. 2. Sunniva to follow instructions with 2 key words without gesture.

Therapy: weekly 30-minute individual session with the SLT; daily practice by the TA.
Recommendation: continue, and consider an assessment for a high-tech communication aid.
"""

# --- occupational therapy -----------------------------------------------------------------

OT_DCD = [
    ("org", "Lunesmouth and Fellside Hospitals NHS Foundation Trust"),
    ("small", "Children's Occupational Therapy  |  Fellside Child Development Centre"),
    ("title", "Occupational Therapy Assessment Report"),
    (
        "kv",
        [
            ("Name", "Kofi Mensah-Barr"),
            ("DOB", "30/01/2019"),
            ("NHS number", "999 201 7763"),
            ("Date", "9 January 2026"),
        ],
    ),
    (
        "p",
        "Kofi was referred by his GP with difficulties with handwriting, dressing and clumsiness. On the Movement ABC-2 his total score was at the 2nd centile, with manual dexterity at the 1st centile. A diagnosis of developmental coordination disorder was confirmed with the paediatrician.",
    ),
    ("b", "Recommendations"),
    (
        "bul",
        [
            "A daily 15-minute fine motor programme, set by OT, delivered by a trained TA.",
            "A sloped writing board and triangular pencil grips.",
            "Extra time and a quiet space to change for PE; elastic-laced trainers.",
            "OT review in school each half term for the first year.",
        ],
    ),
    ("sig", ["Gemma Ridley", "Highly Specialist Occupational Therapist"]),
]

OT_SEATING = """Windrush Wolds Children's Therapy Service - Occupational Therapy
Home and school seating assessment

Name: Idris Okonjo    DOB: 05/05/2015
Seen at: home (Bourton Magna) and Stowcombe School, 27 April 2026

Idris leans to the right when seated for long periods and his writing deteriorates after 10 minutes. His feet do not reach the floor on the school chair.

Recommendations:
- An adjustable height chair with a footrest in every classroom; a wedge cushion.
- Laptop for extended writing (keyboarding programme, 10 minutes daily).
- Movement breaks every 20 minutes.
- Bath seat at home (referred to the social care OT).

OT: Bryony Castell, Children's OT
"""

OT_SENSORY_EML = """Hello Mr Hensby,

Following my visit on 3 June, here is my summary for Nell's file.

Occupational therapy - sensory processing (school observation)
Nell scored in the "much more than others" range for auditory and tactile sensitivity on the Sensory Profile 2 (school companion). In the canteen she covered her ears and left within 4 minutes.

My recommendations:
1. Lunch in a small room with one or two friends.
2. Noise-cancelling headphones available in all lessons.
3. A sensory break card and a planned movement break mid-morning.
4. Staff to give warning before fire drills where possible.

Regards
Lowri Banfield, Occupational Therapist, Wolds and Vale Community NHS Trust
"""

OT_PHOTO = """Children's OT - Island Therapy Team
Handwriting and self-care review   Ellis P.   Date: 16/03/2026

Ellis holds his pencil in a fisted grip and his letters vary in size. He cannot yet cut along a line. He needs help with buttons and zips.

Plan: fine motor group 3 x week (TA), Handwriting Without Tears programme, scissors with loop handles, review in 12 weeks.
OT: K. Jago
"""

# --- physiotherapy -------------------------------------------------------------------

PHYSIO_HYDRO = [
    ("org", "Wolds and Vale Community NHS Trust - Children's Physiotherapy"),
    ("small", "Hydrotherapy Pool, Stowcombe Community Hospital  |  01632 960430"),
    ("title", "Physiotherapy report"),
    ("p", "Patient: Idris Okonjo, NHS 999 118 6654. Report for the annual review, 10 May 2026."),
    (
        "p",
        "Idris attends a 6-week block of hydrotherapy each term. In water he can walk independently and practise balance activities he cannot attempt on land. On land his right calf is tight (ankle dorsiflexion to neutral) and he trips on uneven ground. He tires noticeably after lunch.",
    ),
    ("b", "Recommendations"),
    (
        "bul",
        [
            "Daily stretching programme of 15 minutes delivered by school staff trained by physiotherapy.",
            "Continued termly hydrotherapy blocks.",
            "A seat near the door in each room and a lift pass.",
            "Physiotherapy review in school each term.",
        ],
    ),
    ("sig", ["Hannah Broadbent", "Senior Paediatric Physiotherapist"]),
]

PHYSIO_NEUROMUSCULAR = """Royal Bay Infirmary - Regional Paediatric Neuromuscular Service
Physiotherapy clinic letter

Dear Dr Okafor,

Re: Casper Dunmore, DOB 14/07/2018, NHS 999 441 0092 - Duchenne muscular dystrophy

I saw Casper in the combined neuromuscular clinic on 12 February 2026. His 10-metre walk/run time is 7.2 seconds (8.1 in August), and his North Star Ambulatory Assessment score is 22/34. He rises from the floor with a full Gowers' manoeuvre. Ankle range is reduced bilaterally.

Plan:
- Night splints to continue; stretches twice daily at home and once at school.
- School to avoid fatiguing activities and allow use of a buggy for long distances and school trips.
- Casper should not be pushed to "try harder" in PE; adapted PE programme attached.
- Review in 6 months.

Yours sincerely
Fiona McAllister, Clinical Specialist Physiotherapist
cc: parents; Lighthouse Lane Infant School; GP
"""

PHYSIO_ABI_EML = """Dear Maisie,

As we discussed, here is a short report for the college on your return.

Acquired Brain Injury Community Rehabilitation - Physiotherapy
Maisie Quayle, 19, was injured in a road traffic collision in October 2025. She now walks independently indoors and uses a stick outdoors. Her balance is reduced on stairs and slopes and she fatigues after 20 minutes of walking.

Recommendations for college:
- A timetable with rooms on the ground floor where possible.
- Extra time to move between sessions.
- A personal emergency evacuation plan.
- Continue her home exercise programme; physio review monthly until July.

Mark Dunstan, Neuro Physiotherapist
Wrenholm and Channel Community Health
"""

DOCUMENTS: list[dict] = [
    {"name": "Ellis psychology.pdf", "kind": "ep_report", "blocks": EP_ISLE},
    {"name": "Ruby dyslexia assessment.docx", "kind": "ep_report", "blocks": EP_DYNAMIC},
    {
        "name": "Nell - notes from Thursday.eml",
        "kind": "ep_report",
        "headers": headers(
            "Dr Alys Moorcroft <a.moorcroft@windrushwolds.example.org>",
            "nicola.fairbairn@example.org",
            "Nell - notes from Thursday",
            "Mon, 02 Mar 2026 17:50:03 +0000",
            cc="s.hensby@chedworthvale.example.org",
        ),
        "text": EP_CONSULT_EML,
    },
    {"name": "Tobi school stuff.pdf", "kind": "ep_report", "text": EP_SCAN, "ocr": True},
    {"name": "Reggie speech.pdf", "kind": "salt_report", "blocks": SLT_DYSFLUENCY},
    {"name": "Tobi talking.txt", "kind": "salt_report", "text": SLT_SELECTIVE_MUTISM},
    {
        "name": "Freya implant review.eml",
        "kind": "salt_report",
        "headers": headers(
            "Megan Tregarthen <m.tregarthen@nhs-implant.example.org>",
            "lindqvist.family@example.org",
            "Freya's review report",
            "Tue, 10 Feb 2026 13:21:45 +0000",
        ),
        "text": SLT_CI_EML,
        "qp": True,
    },
    {"name": "Scan_Sunniva_spring.pdf", "kind": "salt_report", "text": SLT_BASE_SCAN, "ocr": True},
    {"name": "Kofi CDC.pdf", "kind": "ot_report", "blocks": OT_DCD},
    {"name": "Idris chair.docx", "kind": "ot_report", "text": OT_SEATING},
    {
        "name": "RE_ Nell lunchtimes.eml",
        "kind": "ot_report",
        "headers": headers(
            "Lowri Banfield <lowri.banfield@wvc-nhs.example.org>",
            "s.hensby@chedworthvale.example.org",
            "RE: Nell lunchtimes",
            "Thu, 04 Jun 2026 15:02:19 +0100",
        ),
        "text": OT_SENSORY_EML,
    },
    {"name": "IMG_4471.pdf", "kind": "ot_report", "text": OT_PHOTO, "ocr": 0.09},
    {"name": "Idris pool.pdf", "kind": "physio_report", "blocks": PHYSIO_HYDRO},
    {"name": "Casper clinic Feb.txt", "kind": "physio_report", "text": PHYSIO_NEUROMUSCULAR},
    {
        "name": "Fwd_ for college.eml",
        "kind": "physio_report",
        "headers": headers(
            "Maisie Quayle <maisieq@example.org>",
            "learning.support@wrenholmcollege.example.org",
            "Fwd: for college",
            "Wed, 22 Apr 2026 08:12:00 +0100",
        ),
        "text": "Hi, this is from my physio for when I come back. Maisie\n\n---------- Forwarded message ---------\nFrom: Mark Dunstan <m.dunstan@wcch.example.org>\n\n"
        + PHYSIO_ABI_EML,
    },
]
