# ruff: noqa: E501
"""Reports of set O: educational psychologists (an island service's advice, advice
forwarded in a PRU head's e-mail, a traded service's consultation record, advice scanned
inside a hearing bundle); speech and language therapists (advice behind a fax cover
sheet, a report forwarded by a mother to a nursery, a fluency clinic's letter);
occupational therapists and physiotherapists; doctors (an implant programme, a community
paediatrician, health advice faxed, a GP); CAMHS; schools, a pupil referral unit and a
day nursery; independent experts; and annual reviews. All invented."""

from __future__ import annotations

from document_kinds_o.common import (
    ISLAND,
    MARSH_NHS,
    SALT_NHS,
    WRAY_NHS,
    fax_cover,
    fax_text,
    headers,
)

# --- educational psychology ---------------------------------------------------------------

RHYS_EP = [
    ("org", "Island Educational Psychology Service"),
    (
        "small",
        f"{ISLAND} | Children's Services, County Buildings, Quay Street, Colport PW30 1QS | 01632 960122",
    ),
    ("title", "Psychological advice for an Education, Health and Care needs assessment"),
    (
        "kv",
        [
            ("Name", "Rhys Penhallow"),
            ("Date of birth", "14/07/2015"),
            ("School", "Colport CE Primary School, Year 5"),
            ("Date of assessment", "4 and 6 February 2026"),
            ("Date of report", "11 February 2026"),
        ],
    ),
    ("h", 2, "1. Background and sources of information"),
    (
        "p",
        "1.1 This advice is given under regulation 6(1)(b) of the SEND Regulations 2014. I met Rhys in school on two mornings, observed him in class and at lunchtime, and spoke to his parents, his class teacher Mr Trebilcock and the SENCo, Mrs Angove.",
    ),
    ("h", 2, "2. Assessment"),
    (
        "grid",
        [
            ["Scale (BAS3)", "Standard score", "Percentile", "Description"],
            ["Verbal", "104", "61", "Average"],
            ["Non-verbal reasoning", "112", "79", "Above average"],
            ["Spatial", "101", "53", "Average"],
            ["Working memory", "86", "18", "Below average"],
            ["Processing speed", "79", "8", "Low"],
        ],
        [0.4, 0.2, 0.2, 0.2],
    ),
    (
        "p",
        "2.1 Rhys's reasoning skills are a strength. His processing speed and working memory are weaker, and his handwriting was slow and effortful: he wrote eleven words in five minutes and complained that his hand hurt.",
    ),
    ("h", 2, "3. Description of needs"),
    (
        "p",
        "3.1 Rhys has social communication needs associated with his autism: he interprets language literally and finds group conversation hard to follow. 3.2 His anxiety rises sharply when routines change. 3.3 He is over-sensitive to noise and smell. 3.4 He has difficulties with motor coordination affecting letter formation.",
    ),
    ("h", 2, "4. Recommendations"),
    (
        "num",
        [
            "A structured small group social communication programme, twice a week, delivered by an adult trained by the autism outreach teacher.",
            "Advance warning of changes and a visual timetable; a named adult to prepare him for supply teachers and drills.",
            "A referral to occupational therapy for assessment of his sensory processing and fine motor skills.",
            "Writing frames and access to a laptop; reduced written recording in favour of other ways of showing understanding.",
        ],
    ),
    (
        "sig",
        [
            "Dr Saoirse Lanyon",
            "Educational Psychologist, HCPC registered",
            "Island Educational Psychology Service",
        ],
    ),
]

KOFI_EP_BODY = """EDUCATIONAL PSYCHOLOGY ADVICE
Marshbrook Educational Psychology Team
Child: Kofi Asante-Lowe   DOB: 08/04/2016   Setting: Estuary Learning Centre
Educational Psychologist: Dr Lorcan Beattie   Date: 12 January 2026

Reason for involvement
Statutory advice for an EHC needs assessment requested by the Estuary Learning Centre following Kofi's permanent exclusion.

What I did
I observed Kofi in his class of six and in the playground, worked with him individually for about an hour, and met his grandmother at home.

Assessment
Kofi engaged well for 20 minutes, then became restless and began to tear his paper when a reading task was introduced. On the Phonological Assessment Battery (PhAB 2) his scores for rhyme, alliteration and blending were all below the 2nd centile. His non-verbal reasoning (Raven's) was in the average range. On the Boxall Profile he showed high scores for insecure attachment and difficulty accepting limits.

Needs
Kofi has significant social, emotional and mental health needs arising from adverse early experiences; he is highly alert to threat and responds with fight or flight. He has specific difficulties with phonological processing which make learning to read hard, and his reading difficulties feed his distress in class.

Recommendations
1. A key adult who greets Kofi every morning and sees him at the end of each day.
2. Daily one-to-one phonics teaching of 20 minutes using a systematic synthetic programme.
3. Weekly therapeutic sessions with a play therapist or a trained ELSA for at least two terms.
4. Training for all staff in trauma-informed and attachment-aware practice.
5. A small, nurturing setting with a consistent team of adults.

Dr Lorcan Beattie, Educational Psychologist
"""

TADGH_CONSULT = [
    ("org", "Salterford Psychology Partnership"),
    (
        "small",
        "Traded educational psychology service to schools in Salterford and Wychbury | 01632 960251 | eps@example.org",
    ),
    ("title", "Consultation record"),
    (
        "kv",
        [
            ("Pupil", "Tadgh Brennan (Year 7)"),
            ("School", "Wychbury Manor High School"),
            (
                "Present",
                "Mrs Aoife Brennan (mother), Ms Niamh Cassidy (SENCo), Mr Rhodri Price (English), Tadgh (last 15 minutes)",
            ),
            ("Psychologist", "Dr Hester Ainsworth, Educational Psychologist"),
            ("Date", "9 January 2026"),
        ],
    ),
    ("h", 2, "What is going well"),
    (
        "p",
        "Tadgh is well liked, articulate and knowledgeable about history. His maths is in line with expectations. He uses his reading pen in science.",
    ),
    ("h", 2, "What are the concerns"),
    (
        "p",
        "Mrs Brennan reported that Tadgh says he feels sick on Sunday evenings and on the mornings he has English. He has missed 11 days this term. Mr Price said Tadgh rarely completes written tasks and has put his head on the desk when asked to read. Standardised testing in school (WRAT5) gave single word reading at the 9th centile and spelling at the 5th centile.",
    ),
    ("h", 2, "Psychological formulation"),
    (
        "p",
        "Tadgh's long-standing dyslexic difficulties have met the much greater reading load of secondary school. Avoidance of reading protects him from the shame of being seen to struggle, but it is now reducing his attendance and his progress.",
    ),
    ("h", 2, "Agreed actions"),
    (
        "bul",
        [
            "Increase the specialist literacy intervention from three to four sessions a week (Ms Cassidy).",
            "Tadgh will not be asked to read aloud without agreeing beforehand; staff to be told by a note on the register (Ms Cassidy).",
            "A gradual plan to return to full English lessons, starting with the two lessons taught by Mr Price (Mr Price).",
            "Mrs Brennan to ask the GP for a referral to CAMHS for his anxiety (Mrs Brennan).",
            "Review in six weeks; the school to request a review of his EHC plan (Ms Cassidy).",
        ],
    ),
    ("sig", ["Dr Hester Ainsworth", "Educational Psychologist (HCPC PYL 0400x)"]),
]

HARLEY_EP_BUNDLE = """HEARING BUNDLE
Appeal EH873/26/00390  Jukes v Marshbrook Borough Council
SECTION D - LOCAL AUTHORITY'S EVIDENCE
Pages D41 to D52

MARSHBROOK EDUCATIONAL PSYCHOLOGY TEAM
Civic Centre, Sea Wall Road, Marshbrook ME91 6TT

Psychological Advice - Statutory Assessment
Name: Harley Jukes   D.O.B. 17/08/2014   School: Sluice Lane Primary School, Year 6
Date seen: 14 January 2026   Report date: 30 January 2026
Educational Psychologist: Ms Ngozi Ebhohimen

1. Reason for referral
Harley's school requested an EHC needs assessment because of concerns about his progress, his attention and the effect of his epilepsy on his learning.

2. Views of Harley
Harley told me he likes doing science experiments and Lego Technic. He said "my brain goes blank sometimes and then I don't know what we're doing".

3. Assessment information
WISC-V (selected subtests): Verbal Comprehension 92 (30th centile); Visual Spatial 95 (37th); Working Memory 80 (9th); Processing Speed 70 (2nd). Reading accuracy and comprehension (YARC) were in the low average range.
In class Harley had two brief absences (staring, eyelid fluttering) in a 40-minute observation. After each he asked his neighbour what to do.

4. Summary of needs
Harley has very slow processing speed and weak working memory. His seizures interrupt his attention and he misses parts of teaching. He is becoming aware of his difficulties and is losing confidence.

5. Recommended outcomes and provision
- Instructions given in short chunks, with a written or visual copy on his desk.
- Extra time to respond, and a check after any seizure that he knows what to do.
- Pre-teaching of key vocabulary in maths and science, twice a week.
- Access to a laptop for extended writing.
- Staff to be trained in recognising absence seizures.

Ngozi Ebhohimen, Educational Psychologist (HCPC registered)
                                                                        D41
"""

# --- speech and language therapy ----------------------------------------------------------

MARNIE_SALT = [
    *fax_cover(
        "Children's Speech and Language Therapy, Wrayland NHS Trust",
        "01632 960145",
        "Island SEND Hub (statutory assessment)",
        "01632 960119",
        "2 December 2025",
        5,
        "Marnie Tregear - SLT advice for EHC needs assessment",
        "Advice attached as requested. Copy sent to parent and to Brannock Primary School.",
    ),
    ("org", WRAY_NHS),
    (
        "small",
        "Children's Speech and Language Therapy | St Aldhelm's Hospital, Hospital Lane, Colport PW30 2AA | 01632 960144",
    ),
    ("title", "Speech and Language Therapy Advice"),
    (
        "kv",
        [
            ("Name", "Marnie Tregear"),
            ("NHS number", "999 412 6607"),
            ("Date of birth", "02/10/2019"),
            ("Setting", "Brannock Primary School (Reception)"),
        ],
    ),
    ("h", 2, "Assessment"),
    (
        "p",
        "I assessed Marnie in school and at clinic (Preschool Language Scales 5, informal assessment of speech sounds and observation). Her understanding of language is at around the 2 years 6 months level: she follows instructions with two key words in familiar routines. Her expressive language is at around 2 years: she uses about 60 signs and 40 spoken words, combining two together. Her speech is affected by cluster reduction and final consonant deletion and is hard for unfamiliar listeners to understand.",
    ),
    ("h", 2, "Impact"),
    (
        "p",
        "Marnie becomes frustrated when she is not understood and may stop trying. She relies on adults who know her signs.",
    ),
    ("h", 2, "Recommendations"),
    (
        "bul",
        [
            "A language programme written by the speech and language therapist, delivered daily (15 minutes) by a trained teaching assistant.",
            "All staff working with Marnie to use Makaton; training for class staff this term.",
            "Visual supports (now and next board, symbol labels) throughout the classroom.",
            "Review by the therapist in school every half term, with a new programme each time.",
        ],
    ),
    ("sig", ["Jenna Kitto", "Highly Specialist Speech and Language Therapist (HCPC SL0xxxx)"]),
]

SUNNIVA_SALT_FWD = """Hi Leanne,

Here's the speech therapy report for Sunniva that you asked for - I've copied it in as text as I couldn't attach the PDF from the portal. Can you share with Sunniva's key worker please?

Thanks, Freya

---------- Forwarded message ---------
From: Mid Salterford SLT Admin <slt.admin@example.org>
Date: Wed, 8 Apr 2026 at 11:06
Subject: Sunniva Holt - report
To: <freya.holt@example.org>

MID SALTERFORD COMMUNITY HEALTH NHS TRUST
Children's Speech and Language Therapy Service, Wharton Health Centre, Salterford SW9 6LN

SPEECH AND LANGUAGE THERAPY REPORT
Name: Sunniva Holt    DOB: 03/02/2022    NHS No: 999 238 5514
Seen at: Little Saltmarsh Day Nursery and Wharton Health Centre
Date of report: 7 April 2026

Reason for referral: referred by the health visitor at her 2-year review for unclear speech and limited words.

Assessment: Sunniva's attention and listening are now age appropriate. Her understanding of language (New Reynell Developmental Language Scales) is at the 16th centile, low average. Her expressive language is at the 4th centile: she uses three-word sentences but leaves out grammatical words. Her speech shows fronting (k -> t, g -> d) and stopping of fricatives, so she is understood by unfamiliar people about half of the time.

Diagnosis / summary: speech sound disorder (phonological delay) and expressive language delay.

Recommendations:
- A block of 6 weekly clinic sessions of speech sound therapy (booked, starting 20 April).
- Nursery key worker to carry out a speech sound listening game for 5 minutes, three times a week.
- Model correct speech back to Sunniva rather than asking her to repeat.
- Review after the block; transfer to the school-age team in September.

Rosie Ackerley, Speech and Language Therapist
"""

DELPHINE_FLUENCY = [
    ("org", MARSH_NHS),
    (
        "small",
        "Estuary Children's Therapies - Stammering and Fluency Clinic | Creekside Health Centre, Creek Road, Marshbrook ME91 2RX | 01632 960341",
    ),
    ("p", "Our ref: EF/SLT/4471   NHS number: 999 107 3392"),
    ("p", "Dictated 3 November 2025   Typed 10 November 2025"),
    ("p", "Dr Helen Marwood\nCreekside Medical Practice\nCreek Road\nMarshbrook ME91 2RX"),
    ("b", "Re: Delphine Okafor-Reid, DOB 21/05/2012, 11 Egret Way, Marshbrook ME91 5PJ"),
    ("p", "Dear Dr Marwood,"),
    (
        "p",
        "I reviewed Delphine in the fluency clinic today with her mother. Delphine communicated with me by writing and, towards the end, by whispering single words. At home she speaks freely to her family, though with a moderate stammer (repetitions and blocks on about 9% of syllables in the recording her parents made). In school she has not spoken to any adult since Year 6.",
    ),
    (
        "p",
        "My impression is that Delphine's stammer and her anxiety about speaking have combined into a pattern of selective mutism at school. Her language skills are good: her written responses are well organised and her vocabulary is above age level.",
    ),
    (
        "p",
        "Plan: I have offered a block of eight sessions combining stammering therapy and a graded approach to speaking in school (sliding-in), with a school visit in January. I recommend that the school identifies a key adult who can work with her for 15 minutes three times a week, following a programme I will write. I have also suggested a referral to CAMHS for assessment of her anxiety.",
    ),
    (
        "sig",
        [
            "Yours sincerely,",
            "",
            "Gráinne Hollis",
            "Specialist Speech and Language Therapist (Fluency)",
            "cc: Mr and Mrs Okafor-Reid; Mr S Keogh, SENCo, Marshbrook Creekside Academy",
        ],
    ),
]

# --- occupational therapy -----------------------------------------------------------------

RHYS_OT = [
    ("org", WRAY_NHS),
    (
        "small",
        "Children's Occupational Therapy | Child Development Suite, St Aldhelm's Hospital, Colport PW30 2AA | 01632 960147",
    ),
    ("title", "Occupational Therapy Report"),
    (
        "kv",
        [
            ("Name", "Rhys Penhallow"),
            ("NHS number", "999 640 2281"),
            ("Date of birth", "14/07/2015"),
            ("Seen", "Clinic 3 March 2026; school visit 10 March 2026"),
            ("Therapist", "Morvah Pascoe, Occupational Therapist"),
        ],
    ),
    ("h", 2, "Sensory processing"),
    (
        "p",
        "Rhys's parents and teacher completed the Sensory Processing Measure (SPM-2). His scores are in the 'definite difference' range for hearing, touch and body awareness. He avoids messy play, dislikes labels and seams in clothing, and is distressed by the dining hall. He seeks deep pressure, often leaning heavily on furniture and on adults.",
    ),
    ("h", 2, "Motor skills"),
    (
        "p",
        "On the Movement ABC-3 his manual dexterity was at the 5th centile and balance at the 16th. He holds his pencil in a tight fisted grip and presses hard; his writing speed (DASH) is at the 2nd centile.",
    ),
    ("h", 2, "Recommendations"),
    (
        "bul",
        [
            "A sensory diet of movement and deep pressure activities, timetabled three times a day (about 5 minutes each), planned by the occupational therapist with the class teacher.",
            "A block of six direct therapy sessions in clinic for handwriting and grip.",
            "A sloping board and a triangular pencil grip; touch-typing programme, 15 minutes daily.",
            "A quiet lunch space; ear defenders available; allow Rhys to wear his own soft clothing for PE.",
        ],
    ),
    ("sig", ["Morvah Pascoe", "Occupational Therapist (HCPC OT0xxxx)"]),
]

FERN_OT = [
    ("org", SALT_NHS),
    (
        "small",
        "Children's Occupational Therapy Service | Wharton Health Centre, Salterford SW9 6LN | 01632 960233",
    ),
    ("title", "Occupational Therapy Advice - annual review"),
    (
        "p",
        "Child: Fern Oduya   DOB: 11/06/2017   NHS No: 999 315 8840   School: Wychbury Brine Pits Primary Academy",
    ),
    ("h", 2, "Current function"),
    (
        "p",
        "Fern now writes with an adapted (thick-barrelled) pen on a sloped board and can produce four or five lines in ten minutes. She cannot yet use scissors without help. Her sitting balance at her table has improved since the school provided a chair with a footrest and pelvic strap. She needs help with fastenings when changing for PE and is slow to dress, which means she misses the start of lessons.",
    ),
    ("h", 2, "Advice"),
    (
        "bul",
        [
            "Continue the fine motor programme (theraputty, pegboard, threading) three times a week for 20 minutes, delivered by a teaching assistant; I will update it each term.",
            "Allow Fern to start changing for PE five minutes early, and use elasticated trousers and velcro shoes.",
            "Spring-loaded scissors and a writing slope in all classrooms she uses.",
            "An assessment of the toilet area and the dining room for a second grab rail, to be done at my next visit.",
        ],
    ),
    ("sig", ["Priyanka Mistry", "Senior Occupational Therapist", "17 February 2026"]),
]

MARNIE_OT = """Wrayland NHS Trust
Children's Occupational Therapy
St Aldhelm's Hospital, Colport

OCCUPATIONAL THERAPY SUMMARY
Name: Marnie Tregear   DOB: 02/10/2019   NHS No: 999 412 6607
School: Brannock Primary School
Date of visit: 9 June 2026

Seating and posture: Marnie slumps on the carpet and on a standard chair because of low tone. She sat well on the trial wedge cushion and with her feet supported on a box.
Fine motor: she uses a palmar grasp on crayons; she can make vertical and circular marks but not yet copy a cross. She can thread large beads.
Self-care: she needs help with her coat, with opening packets at lunch and with wiping after the toilet.

Recommendations:
1. Wedge cushion and footrest at her table (provided today).
2. Fine motor activities every day (play dough, tongs, chunky crayons) for 10 minutes, as part of her table activities.
3. Chunky-handled cutlery and a non-slip mat at lunchtime.
4. A visual sequence for dressing and toileting in the toilet area.
5. Review in six months.

Carys Tonkin, Occupational Therapist
"""

# --- physiotherapy ------------------------------------------------------------------------

FERN_PHYSIO = [
    ("org", SALT_NHS),
    (
        "small",
        "Children's Physiotherapy | Wharton Health Centre, Salterford SW9 6LN | 01632 960234",
    ),
    ("title", "Physiotherapy Advice for Education"),
    (
        "p",
        "Re: Fern Oduya   DOB 11/06/2017   NHS 999 315 8840   Diagnosis: bilateral spastic cerebral palsy (GMFCS level III)",
    ),
    ("h", 2, "Mobility"),
    (
        "p",
        "Fern walks indoors with a posterior walker for up to about 50 metres. She uses a self-propelled wheelchair for longer distances and on the playground, and needs an adult nearby on ramps. She cannot climb stairs safely. Following botulinum toxin to both calves in January, her heel strike has improved.",
    ),
    ("h", 2, "Recommendations for school"),
    (
        "bul",
        [
            "Daily stretching programme (hamstrings, calves, hip adductors) and standing practice, 20 minutes, carried out by a trained teaching assistant before morning lessons. I will train two members of staff.",
            "Standing frame for 30 minutes a day during table work.",
            "PE adapted in discussion with me each half term (seated games, adapted athletics).",
            "Ankle-foot orthoses to be worn all day; staff to check her skin after PE.",
            "A personal emergency evacuation plan for fire drills.",
        ],
    ),
    ("p", "I will visit school each half term to review the programme and train new staff."),
    ("sig", ["Dominic Prendergast", "Clinical Specialist Physiotherapist", "14 February 2026"]),
]

MARNIE_PHYSIO = """From Jenna at school pick-up - notes she read to me from the physio's letter (Wrayland NHS Trust children's physio, Mrs Lamorna Heyes, 12 May 2026). Typed up by me for the file - Gwen

PHYSIOTHERAPY REVIEW - Marnie Tregear
Seen at school 12 May 2026.

Marnie has generalised low muscle tone and hypermobile joints, as is common in Down syndrome. She walks independently but with a wide base and her feet turn in; she falls several times a day on the playground. She cannot yet jump with two feet together or step up a kerb without holding on. She tires on the walk to the village hall for PE.

Plan:
- Supportive boots (referral to orthotics made today).
- Gross motor programme in school: balance, jumping, stepping, 3 times a week for 15 minutes, given by TA.
- Hold the rail and an adult's hand on the stairs to the library.
- Use a buggy for longer trips out.
- Physio review next term.
"""

FERN_PHYSIO_VISIT = """Dear Mrs Kenworthy,

Following my visit to school on 29 April I am writing to set out my advice about Fern's PE and playtimes, which you asked for after the incident on the climbing frame. Please share this with Mr Yeadon and with Fern's teaching assistants.

Physiotherapy advice following school visit - Fern Oduya (Year 3)

1. Playtimes: Fern may use the low-level trim trail with an adult next to her, but not the climbing frame. She should not be pushed in her wheelchair by other children.
2. PE: Fern can join in throwing, catching and target games seated or in her walker. For running activities she can take a role such as timing or starting. Dance and gymnastics can be adapted (floor-based work).
3. Fatigue: Fern's walking deteriorates after about 20 minutes of activity. Please allow rests and use the wheelchair for the walk back from the field.
4. Stretches: the daily programme was carried out well by Mrs Lee. I have added a kneeling-to-standing exercise (sheet attached).

I will review again after half term.

Kind regards
Dominic Prendergast
Clinical Specialist Physiotherapist
Children's Physiotherapy, Mid Salterford Community Health NHS Trust
Wharton Health Centre | 01632 960234
"""

# --- medical ------------------------------------------------------------------------------

IBRAHIM_IMPLANT = [
    ("org", "Southern Cochlear Implant Programme"),
    (
        "small",
        f"{WRAY_NHS} in partnership with Solent University Hospitals | Audiology Department, St Aldhelm's Hospital, Colport PW30 2AA | 01632 960150",
    ),
    ("title", "Annual Review Report - Paediatric Cochlear Implant"),
    (
        "kv",
        [
            ("Patient", "Ibrahim Sadiq"),
            ("NHS number", "999 508 1176"),
            ("Date of birth", "06/11/2011"),
            ("Implants", "Bilateral, sequential (left 2013, right 2014)"),
            ("Date of review", "21 January 2026"),
        ],
    ),
    ("h", 2, "Findings"),
    (
        "p",
        "Both devices are working well. Aided thresholds are within the 20 to 30 dB range across frequencies. Speech perception in quiet (BKB sentences) is 88%; in noise at +5 dB signal-to-noise ratio it falls to 41%. Ibrahim reports that he struggles in group discussions and in the school canteen and finds videos without subtitles very hard.",
    ),
    ("h", 2, "Recommendations"),
    (
        "bul",
        [
            "Continued use of a remote microphone (radio aid) system in all lessons; the school's equipment to be checked daily.",
            "Classroom acoustics: soft furnishings and seating away from noise sources; the science labs should be assessed.",
            "Subtitles for all video content; written copies of homework instructions.",
            "Mapping review in six months.",
        ],
    ),
    (
        "sig",
        [
            "Dr Farida Khalil",
            "Consultant Audiovestibular Physician",
            "Clare Stephens, Clinical Scientist (Audiology)",
            "cc: Island Sensory Support Service; Wrayland Academy; GP",
        ],
    ),
]

RHYS_PAED = [
    ("org", WRAY_NHS),
    (
        "small",
        "Community Paediatrics | Child Development Suite, St Aldhelm's Hospital, Colport PW30 2AA | 01632 960140",
    ),
    (
        "kv",
        [
            ("Patient", "Rhys PENHALLOW"),
            ("DOB", "14/07/2015"),
            ("NHS No", "999 640 2281"),
            ("Hospital No", "W0488213"),
            ("Clinic", "Community paediatric clinic, 20 February 2026"),
        ],
    ),
    ("p", "Dr G Rosewarne\nSaltness Surgery\nHigh Street\nSaltness PW32 7AA"),
    ("p", "Dear Dr Rosewarne,"),
    (
        "p",
        "Diagnoses: 1. Autism spectrum disorder (2022). 2. Avoidant eating, limited diet. 3. Motor coordination difficulties under assessment.",
    ),
    (
        "p",
        "I reviewed Rhys with his mother. His growth remains along the 25th centile for weight and height, so his restricted diet is not harming his growth at present, though he eats only 14 foods and has had no fruit or vegetables for over a year. I have asked the dietitian to advise on a multivitamin. Sleep is improving with a consistent routine; he no longer needs melatonin.",
    ),
    (
        "p",
        "Mum describes high levels of anxiety at school, particularly around changes of staff, and daily distress about the dining hall. He is being assessed for an EHC plan and I have given health advice to the council separately. I agree with the referral to occupational therapy for his coordination and sensory needs.",
    ),
    (
        "p",
        "Plan: dietitian referral; review in 12 months; I will see him sooner if his weight falls across centiles.",
    ),
    (
        "sig",
        [
            "Yours sincerely,",
            "",
            "Dr Ade Olumide",
            "Consultant Community Paediatrician",
            "cc: Mr and Mrs Penhallow",
        ],
    ),
]

HARLEY_HEALTH = (
    fax_text(
        "Paediatric Neurology Outreach, MEH NHS FT",
        "01632 960346",
        "EHC Coordination, Marshbrook Borough Council",
        "05/02/2026",
        3,
        "Harley Jukes - health advice (EHC needs assessment)",
        "Health advice as requested in your letter of 12 January. Apologies for the delay.",
    )
    + """
MARSHBROOK AND ESTUARY HEALTH NHS FOUNDATION TRUST
Children's Epilepsy Service - Paediatric Outreach Clinic
Estuary General Hospital, Marsh Lane, Marshbrook ME92 1AA

HEALTH ADVICE FOR EDUCATION, HEALTH AND CARE NEEDS ASSESSMENT

Name: Harley JUKES    DOB: 17/08/2014    NHS No: 999 721 0053

Diagnosis: focal epilepsy with impaired awareness; mild conductive hearing loss (left).

Health needs: Harley has brief focal seizures (staring, lip smacking, lasting 10 to 30 seconds), at present up to six a day, especially when tired. After a seizure he may be confused for a few minutes and does not remember what he was told. Valproate was increased in December; it can make him drowsy in the mornings. He has had two tonic-clonic seizures in the last year, both at home.

Impact on learning: missed teaching during and after seizures; fatigue; slower processing. His hearing loss in the left ear means he hears less well from that side.

Recommendations for school:
1. A seizure care plan (attached) held in class; all staff who work with him trained to recognise his seizures and to record them.
2. An adult trained in administering buccal midazolam available at all times, including on trips.
3. Repetition of instructions after a seizure; rest if needed.
4. Seating with his right ear towards the teacher.
5. No swimming without one-to-one supervision.

Dr Olamide Fashola, Consultant Paediatrician with expertise in epilepsy
Sister Jo Pennock, Epilepsy Nurse Specialist
"""
)

ESME_GP = [
    ("org", "Wychbury Salt Meadows Medical Practice"),
    (
        "small",
        "Dr P Rigby, Dr A Choudhury, Dr S Mellor | 2 Meadow Lane, Wychbury SW11 3AB | 01632 960288",
    ),
    ("p", "5 May 2026"),
    ("b", "To whom it may concern"),
    ("b", "Re: Esme Rowlinson, DOB 12/12/2020, Flat 3, 22 Brine Street, Wychbury SW11 2PL"),
    (
        "p",
        "I am Esme's GP and have known her since birth. I am writing at her mother's request to support her appeal for an EHC needs assessment.",
    ),
    (
        "p",
        "Esme has daytime and night-time wetting and constipation, for which she has been under the paediatric continence service since October 2025 and takes Movicol daily. She has a referral to the community paediatrician (waiting list about 40 weeks) because of her mother's concerns about her social communication: she does not speak to adults outside the family, has rigid routines around food and clothing, and has severe meltdowns after school.",
    ),
    (
        "p",
        "Her mother reports that Esme has been sent home from school on many occasions after wetting herself, and that she is now very reluctant to go to school. In my opinion Esme's continence and possible neurodevelopmental needs are significant and will need planned support in school; I would support an assessment of her educational needs.",
    ),
    ("sig", ["Yours faithfully,", "", "Dr Anjali Choudhury", "MBChB MRCGP", "GMC 70xxxxx"]),
]

# --- CAMHS ---------------------------------------------------------------------------------

KOFI_CAMHS = [
    ("org", MARSH_NHS),
    (
        "small",
        "Child and Adolescent Mental Health Service (CAMHS) - Marshbrook Community Team | The Saltings Centre, 4 Marsh Lane, Marshbrook ME92 1AB | 01632 960360",
    ),
    ("p", "PRIVATE AND CONFIDENTIAL"),
    ("p", "Mrs Abena Asante\n5 Heron Walk\nMarshbrook ME91 8QT"),
    ("p", "Date: 28 April 2026   NHS number: 999 860 4431"),
    ("b", "Kofi Asante-Lowe (DOB 08/04/2016) - outcome of CAMHS assessment"),
    ("p", "Dear Mrs Asante,"),
    (
        "p",
        "Thank you for bringing Kofi to see us on 14 and 21 April. This letter summarises our assessment, which was carried out by me and by Jonah Whitlock, family therapist.",
    ),
    (
        "p",
        "Kofi presents with features consistent with developmental trauma. He is hypervigilant, startles easily, has nightmares two or three times a week and finds it hard to settle after being upset. We did not find evidence of ADHD: his difficulties with attention are better explained by his high anxiety and are much less marked in calm, predictable settings. Kofi's relationship with you is a clear protective factor.",
    ),
    (
        "p",
        "Plan: we will offer Kofi and you a course of dyadic developmental psychotherapy (DDP), fortnightly, starting in June. We recommend that school staff work in a consistent, relational way with a small number of key adults and that transitions are planned carefully. We would be happy to attend a school meeting.",
    ),
    (
        "sig",
        [
            "Yours sincerely,",
            "",
            "Dr Keziah Mbatha",
            "Clinical Psychologist, Marshbrook CAMHS",
            "cc: Dr Marwood (GP); Estuary Learning Centre; EHC Coordination",
        ],
    ),
]

TADGH_CAMHS = """Dear Mr and Mrs Brennan,

Thank you for meeting me with Tadgh on Tuesday. As promised, here is a summary of our session and of what we agreed. I will also send a copy to Ms Cassidy at school, as you agreed.

SALTERFORD CAMHS - GETTING HELP TEAM
Summary of first appointment (choice appointment)
Young person: Tadgh Brennan   DOB 30/01/2014   NHS 999 443 2189
Seen: 5 May 2026, Wharton Health Centre
Clinician: Saffron Lomax, CAMHS Practitioner (CBT)

What brings you to CAMHS: Tadgh has been feeling sick and anxious before school since November, worst on days with English. He has missed around 20 days this year. He worries that other pupils will laugh if he reads aloud and he lies awake on Sunday nights.

What we found: Tadgh scored in the clinical range for social anxiety and school-related anxiety on the RCADS (self report). There are no concerns about his safety. His anxiety appears closely linked to his dyslexia and to being asked to read in class.

What we agreed:
- Eight sessions of CBT for anxiety with me, weekly, after school, starting 19 May.
- Tadgh will keep a worry diary and practise a breathing routine.
- School to continue not asking Tadgh to read aloud without agreement, and to support a gradual return to English lessons.

Please call the duty line on 01632 960262 if things get worse before his next appointment.

Best wishes
Saffron Lomax
CAMHS Practitioner, Salterford CAMHS Getting Help Team
Mid Salterford Community Health NHS Trust
"""

DELPHINE_CAMHS = """MARSHBROOK AND ESTUARY HEALTH NHS FOUNDATION TRUST
CAMHS - Marshbrook Community Team, The Saltings Centre, 4 Marsh Lane, Marshbrook ME92 1AB

CAMHS ASSESSMENT REPORT

Name: Delphine Okafor-Reid   DOB: 21/05/2012   NHS No: 999 107 3392
Referred by: Dr H Marwood (GP), on the advice of the fluency clinic
Assessed: 21 and 28 May 2026, with both parents; school observation 4 June 2026
Clinician: Dr Ifeoma Barnwell, Consultant Child and Adolescent Psychiatrist

Presenting difficulties
Delphine does not speak at school to adults or to most pupils. She speaks freely at home and with two friends at youth theatre. She has a stammer. She avoids the canteen, will not use the toilets at school and has started to refuse school trips.

Assessment
Delphine completed questionnaires in writing. The picture is of selective mutism with significant social anxiety. Her stammer increases her fear of speaking but does not explain the mutism on its own. There is no evidence of autism. Her mood is low at times but she is not depressed and there are no risk concerns.

Recommendations
1. A graded exposure (sliding-in) programme in school with one key adult, at least three times a week, coordinated with the speech and language therapist.
2. No pressure to speak; alternatives for the register and for answering questions (cards, whiteboard, a nod).
3. CBT for social anxiety with our team (ten sessions).
4. Review in CAMHS clinic in three months.

Dr Ifeoma Barnwell MBBS MRCPsych
"""

# --- school -------------------------------------------------------------------------------

RHYS_SCHOOL = [
    ("org", "Colport Church of England Primary School"),
    (
        "small",
        "Headteacher: Mrs Jenifer Angove | Chapel Street, Colport PW30 1RZ | 01632 960180 | admin@example.org",
    ),
    ("title", "Appendix D - Educational advice from the school (EHC needs assessment)"),
    (
        "kv",
        [
            ("Pupil", "Rhys Penhallow"),
            ("Year group", "5"),
            (
                "Completed by",
                "Mrs Jenifer Angove (Headteacher and SENCo) with Mr Kit Trebilcock (class teacher)",
            ),
            ("Date", "9 February 2026"),
        ],
    ),
    ("h", 2, "Attainment"),
    (
        "grid",
        [
            ["Subject", "Autumn 2025", "Expected for Year 5"],
            ["Reading", "Working towards", "Expected"],
            ["Writing", "Pre-key stage (standard 4)", "Expected"],
            ["Maths", "Expected", "Expected"],
        ],
        [0.4, 0.3, 0.3],
    ),
    ("h", 2, "What support is in place (SEN support)"),
    (
        "bul",
        [
            "Daily visual timetable and a workstation in class",
            "Lunch club in the library three days a week",
            "Social skills group with the TA once a week",
            "Ear defenders and a quiet space (the old music room)",
        ],
    ),
    ("h", 2, "Concerns"),
    (
        "p",
        "Rhys has left class 31 times since September, usually after a change of routine; twice he left the school building. Written work is limited to one or two sentences. He has few friends and plays alone at break.",
    ),
    ("h", 2, "What we think Rhys needs"),
    (
        "p",
        "A consistent trained adult for part of each day, an autism-specific social communication programme, sensory advice from an occupational therapist and a careful plan for transition to secondary school. The school has spent its notional SEN budget for Rhys and cannot provide the adult support he needs without an EHC plan.",
    ),
    ("sig", ["J. Angove", "Headteacher"]),
]

KOFI_PRU = [
    ("org", "Estuary Learning Centre"),
    (
        "small",
        "Marshbrook's primary pupil referral unit | Tidemill Road, Marshbrook ME92 4QS | 01632 960390",
    ),
    ("title", "Progress report - Kofi Asante-Lowe"),
    (
        "p",
        "Prepared for the local authority's EHC needs assessment and for the tribunal. Period covered: 10 November 2025 to 20 March 2026. Author: Mr Dennis Pattinson, Head of Centre, with Miss Tia Reynolds, class teacher.",
    ),
    ("h", 2, "Attendance and behaviour"),
    (
        "p",
        "Attendance 94%. Kofi is in a class of six with a teacher and two teaching assistants. Serious incidents fell from eleven in November to two in March. Most incidents follow reading tasks or unstructured time; he responds best to his key adult, Mr Osei.",
    ),
    ("h", 2, "Learning"),
    (
        "p",
        "Reading: Phase 3 phonics secure, Phase 4 emerging; reading age 6y 4m (January 2026). Writing: writes a simple sentence with support. Maths: working at about Year 2 level, a relative strength.",
    ),
    ("h", 2, "What works"),
    (
        "bul",
        [
            "Being greeted at the door by his key adult",
            "Short tasks with a clear finish and a choice of activity after",
            "Praise given privately",
            "Drawing as a way of calming",
        ],
    ),
    ("h", 2, "Our view"),
    (
        "p",
        "Kofi has made real progress in a small, structured setting with a high ratio of adults. We are concerned that a move to a class of 30 would undo this. We support a placement at a small specialist setting.",
    ),
    ("sig", ["Dennis Pattinson, Head of Centre", "20 March 2026"]),
]

TADGH_SENCO = """WYCHBURY MANOR HIGH SCHOOL
A member of the Salt Union Learning Trust

Report of the SENCo - Tadgh Brennan (Year 7)
For: the annual review of Tadgh's EHC plan and the local authority's consideration of amendments
Written by: Ms Niamh Cassidy, SENCo, 16 February 2026

1. Attendance
Tadgh's attendance this year is 87.4%. Absence is concentrated on Mondays and Thursdays, the days of his two double English lessons.

2. Attainment and progress
Reading (WRAT5, January 2026): single word reading 9th centile; spelling 5th centile; sentence comprehension 21st centile.
Subject teachers report that Tadgh's oral contributions are good in history, geography and drama. Written work is brief and often unfinished. In maths he is working at the expected level.

3. Support provided this year
- Specialist literacy intervention (Units of Sound) three times a week, 30 minutes, group of three, with our specialist teacher Mrs Cairns.
- Reading pen and speech-to-text software on a school laptop.
- Exam access arrangements assessment completed: 25% extra time and a reader recommended.
- Weekly check-in with his form tutor.

4. Views of staff
Tadgh's English teacher notes that he has put his head on the desk when asked to read and has left the lesson twice. The specialist teacher reports steady progress in the intervention group, where he is relaxed.

5. Recommendations from school
- Increase the literacy intervention to four sessions a week.
- A clear rule across the school that Tadgh is not asked to read aloud without agreement.
- Referral to CAMHS for anxiety (parents to take forward with GP).

N. Cassidy
"""

SUNNIVA_NURSERY = """LITTLE SALTMARSH DAY NURSERY
Salterford Road, Wychbury SW11 4DD   Tel 01632 960299   Ofsted EY5xxxxx

EARLY YEARS SETTING ADVICE - EHC NEEDS ASSESSMENT
Child: Sunniva Holt   DOB 03/02/2022   Attends: Mon, Tue, Thu, Fri 8am-3pm (30 funded hours)
Key person: Leanne Faulkner   SENCo: Carol Bebbington   Date: 22 April 2026

Prime areas (Development Matters, age bands)
Communication and language: 22-36 months. Sunniva talks in short phrases; many of her words are hard to understand. She understands simple questions and routines.
Personal, social and emotional: in line with age. She plays alongside others and is starting to take turns with an adult.
Physical: in line with age.

What we do to help
Small group language time (Wellcomm) twice a week; Makaton signs for key words; visual now-and-next board; key person models speech sounds in play as the speech therapist advised.

Progress
Since January Sunniva's attention has improved and she now sits for a group story. Her speech sounds are still unclear and she becomes cross when she is not understood, sometimes pushing other children.

Our view
We feel Sunniva's needs can be met with continued SEN support and speech therapy. We would like her transition to school to be planned early, with a meeting with the Reception teacher in June.

Signed: C Bebbington (SENCo)  L Faulkner (Key person)
"""

# --- independent -------------------------------------------------------------------------

DELPHINE_IND = [
    ("title", "Expert Report of an Independent Speech and Language Therapist"),
    (
        "p",
        "Prepared for the First-tier Tribunal (SEND), appeal EH873/26/00122, at the request of Mr and Mrs Okafor-Reid",
    ),
    (
        "kv",
        [
            ("Child", "Delphine Okafor-Reid, born 21/05/2012"),
            (
                "Report by",
                "Bethan Quayle BSc (Hons) MRCSLT, HCPC registered; Certified Clinical Member of the Selective Mutism Clinical Network",
            ),
            (
                "Practice",
                "Quayle Speech and Communication, 3 Tideway Mews, Marshbrook ME91 3DS | 07700 900814 | b.quayle.slt@example.org",
            ),
            ("Assessed", "28 July 2026 (home) and 4 August 2026 (school summer club)"),
            ("Date of report", "14 August 2026"),
        ],
    ),
    ("h", 2, "1. Instructions"),
    (
        "p",
        "1.1 I was asked to assess Delphine's speech, language and communication, to describe her needs and to set out the provision she requires, with its frequency and who should deliver it.",
    ),
    ("h", 2, "2. Summary of opinion"),
    (
        "p",
        "2.1 Delphine has a persistent developmental stammer of moderate severity (SSI-4 score 27) and selective mutism in school. 2.2 Her receptive and expressive language are in the average to above-average range (CELF-5 core language 109). 2.3 The draft and final plans do not specify any speech and language therapy; 'as required' does not tell the school or the family what Delphine will receive.",
    ),
    ("h", 2, "3. Provision required"),
    (
        "num",
        [
            "Direct therapy from a speech and language therapist experienced in selective mutism and stammering: 20 sessions of 45 minutes a year, in school.",
            "A sliding-in programme delivered by a named key adult three times a week for 20 minutes, written and reviewed half-termly by the therapist.",
            "Training for all staff who teach Delphine (one hour, at the start of each school year) on selective mutism and stammering.",
            "An agreed communication passport shared with every adult, including supply staff.",
        ],
    ),
    ("h", 2, "4. Statement of truth"),
    (
        "p",
        "I understand that my duty is to help the tribunal on matters within my expertise and that this duty overrides any obligation to those who instructed or paid me. I confirm that the facts stated in this report are true and that the opinions I have expressed are my true professional opinions.",
    ),
    ("sig", ["Bethan Quayle", "14 August 2026"]),
]

HARLEY_IND_EP = [
    ("org", "Dr Mina Farouk - Chartered Educational Psychologist"),
    (
        "small",
        "Independent practice | 18 Sextant Row, Marshbrook ME91 7LQ | 07700 900273 | mina.farouk@example.org | HCPC PYL 3xxxx",
    ),
    ("title", "Psychological Report"),
    (
        "p",
        "Re: Harley Jukes (DOB 17/08/2014). Instructed by Ms Shannon Jukes for the appeal to the First-tier Tribunal (SEND), EH873/26/00390. Seen at Sluice Lane Primary School on 24 November 2026 and at home on 27 November 2026. Report date: 10 December 2026.",
    ),
    ("h", 2, "Summary"),
    (
        "p",
        "Harley is a friendly boy with average verbal reasoning and very weak processing speed and working memory. His learning is repeatedly interrupted by absence seizures (I saw four in a 50-minute lesson). I disagree with the local authority's view that his needs can be met by the provision in the current plan: the plan relies on an adult being 'available' but does not give him the teaching he needs to catch up after the learning he misses.",
    ),
    ("h", 2, "Assessment results"),
    (
        "grid",
        [
            ["Measure", "Score", "Percentile"],
            ["WISC-V Verbal Comprehension", "94", "34"],
            ["WISC-V Working Memory", "79", "8"],
            ["WISC-V Processing Speed", "68", "2"],
            ["WIAT-4 Reading Comprehension", "83", "13"],
            ["WIAT-4 Maths Problem Solving", "80", "9"],
        ],
        [0.5, 0.25, 0.25],
    ),
    ("h", 2, "Recommendations"),
    (
        "num",
        [
            "A trained teaching assistant with Harley in all core lessons (maths, English, science), who records seizures and re-teaches what he missed straight after.",
            "Pre-teaching and over-learning sessions in maths three times a week (20 minutes).",
            "Secondary transfer: a school with a small learning base and a medical needs plan agreed with the epilepsy nurse before he starts.",
            "Assessment for exam access arrangements (rest breaks, extra time) in Year 7.",
        ],
    ),
    (
        "p",
        "Statement of truth: I confirm that I have made clear which facts and matters are within my own knowledge and which are not, and that the opinions I have expressed represent my true and complete professional opinion. I understand my duty to the tribunal.",
    ),
    ("sig", ["Dr Mina Farouk", "DEdPsy, CPsychol"]),
]

RHYS_IND_OT = """Dear Kerensa and Jory,

Please find my report below. I've put it in the body of the e-mail as you asked so that you can read it on your phones; a signed PDF copy will follow for the bundle. Do let me know if any of the factual details are wrong before I sign it off.

Warm regards
Lowen Carne

=====================================================================
INDEPENDENT OCCUPATIONAL THERAPY REPORT
Prepared for: First-tier Tribunal (SEND), appeal EH871/26/00318
Child: Rhys Penhallow, DOB 14/07/2015
Author: Lowen Carne, BSc (Hons) OT, HCPC OT6xxxx, Advanced Practitioner in Sensory Integration (ASI)
Carne Therapy Ltd, Unit 2, Ropery Yard, Colport PW30 1TT | 07700 900655
Seen: 24 September 2026 (clinic) and 1 October 2026 (school)
=====================================================================

1. Summary
Rhys has significant sensory processing differences (auditory, tactile and olfactory over-responsivity; proprioceptive seeking) and developmental coordination difficulties affecting handwriting and self-care. These are not described in Section B of his plan, and Section F contains no occupational therapy provision.

2. Assessment
Sensory Processing Measure 2 (home and school forms): definite difference in hearing, touch, body awareness and planning. Movement ABC-3: total score 4th centile. DASH: 2nd centile for free writing speed. He wrote 9 words a minute.

3. Provision recommended
a) A sensory diet designed by an occupational therapist, delivered by a trained teaching assistant three times daily (5 to 10 minutes), reviewed half-termly by the therapist.
b) Direct occupational therapy: 12 sessions of 45 minutes over the school year, in school, by an HCPC-registered OT with sensory integration training.
c) A daily 15-minute touch-typing programme, with a laptop for all extended writing.
d) An adapted lunch arrangement (small room, own food) and a transition plan to secondary covering the dining hall, changing for PE and moving between classrooms.

4. Statement of truth
I confirm that this report is my own and that the opinions expressed in it are my true professional opinions. I understand that my duty is to the tribunal.

Lowen Carne
Occupational Therapist
"""

# --- annual review -----------------------------------------------------------------------

FERN_AR = [
    ("org", "Wychbury Brine Pits Primary Academy"),
    (
        "small",
        "Part of the Salt Union Learning Trust | Pump House Lane, Wychbury SW11 1BP | 01632 960292",
    ),
    ("title", "Annual Review of an Education, Health and Care Plan - Report"),
    (
        "kv",
        [
            ("Child", "Fern Oduya (Year 3)"),
            ("Date of review meeting", "3 March 2026"),
            (
                "Present",
                "Mrs Precious Oduya (mother), Mr Callum Reid (stepfather), Mrs Helen Kenworthy (SENCo), Mr Adam Yeadon (class teacher), Mr Dominic Prendergast (physiotherapist), Ms Priyanka Mistry (OT, written advice)",
            ),
            ("Local authority officer", "Invited; did not attend"),
        ],
    ),
    ("h", 2, "Fern's views"),
    (
        "p",
        "Fern made a poster with her TA. She likes choir, her friends Maisie and Ruby, and 'doing my stretches with Mrs Lee'. She doesn't like being left behind when the class goes to the field.",
    ),
    ("h", 2, "Parents' views"),
    (
        "p",
        "Mrs Oduya is pleased with Fern's progress in reading but worried about PE and playtimes. She asked for more fine motor work and for Fern to go on the residential trip in Year 4.",
    ),
    ("h", 2, "Progress towards outcomes"),
    (
        "grid",
        [
            ["Outcome", "Progress", "Still relevant?"],
            [
                "Move around school independently with walker",
                "Partly achieved: walks to the hall; needs help in the dining room",
                "Yes",
            ],
            [
                "Write a short piece at the same speed as classmates",
                "Not yet: about half the speed",
                "Yes",
            ],
            ["Take part in every PE lesson", "Partly: adapted activities most weeks", "Yes"],
        ],
        [0.4, 0.4, 0.2],
    ),
    ("h", 2, "Recommendations of the review"),
    (
        "bul",
        [
            "The plan should be amended: increase the fine motor group from two to three sessions a week (OT advice).",
            "Add adapted PE planned with the physiotherapist.",
            "Add catch-up reading after hospital absences.",
            "Section I unchanged.",
        ],
    ),
    ("sig", ["H. Kenworthy, SENCo", "Report sent to SSART on 10 March 2026"]),
]

WIKTOR_AR = [
    ("org", "Salterford Sixth Form and Technical College"),
    ("small", "Learning Support and Inclusion | Brunner Road, Salterford SW9 2TQ | 01632 960277"),
    ("title", "EHCP Annual Review - Record of Meeting (Post-16)"),
    (
        "kv",
        [
            ("Student", "Wiktor Zając"),
            ("Course", "Level 1 Motor Vehicle Maintenance; English and maths GCSE resits"),
            ("Date", "20 January 2026"),
            ("Chair", "Mr Ravi Bains, Additional Learning Support Manager"),
            (
                "Attendees",
                "Wiktor; Mrs Paulina Zając (mother); Mr Dave Hesketh (course tutor); Ms Gemma Royle (learning support mentor)",
            ),
        ],
    ),
    ("h", 2, "1. Wiktor's views"),
    (
        "p",
        "Wiktor said he enjoys the workshop and wants to go on to Level 2 and an apprenticeship. He finds theory lessons 'too long and boring' and struggles to keep track of assignment deadlines. He likes his mentor sessions.",
    ),
    ("h", 2, "2. Progress"),
    (
        "p",
        "Practical assessments all passed. Two theory units late; one resubmitted. Attendance 91%. English GCSE mock grade 3, maths grade 3.",
    ),
    ("h", 2, "3. Preparing for adulthood"),
    (
        "p",
        "Employment: Wiktor would like a work placement at a motorcycle garage in the summer term; the college's careers adviser will help. Independent living: he travels to college by bus on his own. Health: medication reviewed in November; he wants to learn to manage his own prescriptions. Community: plays five-a-side football on Fridays.",
    ),
    ("h", 2, "4. Agreed changes to recommend to the local authority"),
    (
        "bul",
        [
            "Move to Level 2 Motor Vehicle from September 2026 (outcome to be updated).",
            "Continue in-class support for theory (6 hours a week) and weekly mentoring.",
            "Add a supported work placement in the summer term.",
        ],
    ),
    ("sig", ["R. Bains", "Additional Learning Support Manager"]),
]

HARLEY_AR = """SLUICE LANE PRIMARY SCHOOL
EHC PLAN ANNUAL REVIEW - SUMMARY OF THE MEETING

Pupil: Harley Jukes    Year: 6    Date of meeting: 19 May 2026
Present: Ms Shannon Jukes (mum), Mr Lee Dixon (stepdad), Mrs Pauline Okonedo (SENCo), Miss Amy Sherratt (class teacher), Sister Jo Pennock (epilepsy nurse)
Apologies: EHC Coordination (Marshbrook) - report to be sent

What Harley said: he likes science and football club. He said he doesn't like it when people stare at him after a seizure. He wants a teacher at big school who knows about his epilepsy.

Parent views: Mum feels the plan is working in Year 6 because of his TA, Mrs Hartley, but she is worried about secondary school and wants a school named now.

Progress against outcomes:
- Record work using a laptop: achieved for most lessons.
- Seizure plan: all staff trained in September 2025; 312 absences recorded since.

Health update (Sister Pennock): seizure frequency has reduced since the medication change in December. He still has two to four a day.

Recommendation of the meeting: the plan should be maintained; the SENCo to ask the local authority to begin the secondary transfer consultation early. Mum does not agree that the plan is adequate for secondary school.

Signed: P Okonedo, SENCo
"""

DOCUMENTS: list[dict] = [
    {"name": "Rhys school report Feb.pdf", "kind": "ep_report", "blocks": RHYS_EP},
    {
        "name": "Fw_ Kofi - paperwork.eml",
        "kind": "ep_report",
        "headers": headers(
            "Dennis Pattinson <d.pattinson@example.org>",
            "abena.asante@example.org",
            "Fw: Kofi - paperwork",
            "Tue, 24 Feb 2026 16:30:02 +0000",
        ),
        "text": "Dear Mrs Asante,\n\nI understand you have not yet received the psychologist's report from the council. I have checked with Mr Sowerby that I may share our copy with you, and it is pasted below. We can go through it together at Thursday's coffee morning if that would help.\n\nKind regards\nDennis Pattinson\nHead of Centre, Estuary Learning Centre\n\n-----Original Message-----\nFrom: EP Team Admin <ep.admin@example.org>\nSent: 14 January 2026 09:12\nTo: Dennis Pattinson\nSubject: Statutory advice - Kofi Asante-Lowe\n\n"
        + KOFI_EP_BODY,
    },
    {"name": "Tadgh consultation record.docx", "kind": "ep_report", "blocks": TADGH_CONSULT},
    {
        "name": "Section D evidence p41-52.pdf",
        "kind": "ep_report",
        "text": HARLEY_EP_BUNDLE,
        "ocr": True,
        "running": "EH873/26/00390 Hearing bundle",
    },
    {"name": "Marnie - for Gwen.pdf", "kind": "salt_report", "blocks": MARNIE_SALT},
    {
        "name": "Fwd_ Sunniva speech.eml",
        "kind": "salt_report",
        "headers": headers(
            "Freya Holt <freya.holt@example.org>",
            "Leanne Faulkner <leanne@example.org>",
            "Fwd: Sunniva Holt - report",
            "Thu, 9 Apr 2026 07:52:40 +0100",
        ),
        "text": SUNNIVA_SALT_FWD,
        "qp": True,
    },
    {"name": "Delphine clinic letter.docx", "kind": "salt_report", "blocks": DELPHINE_FLUENCY},
    {"name": "Rhys sensory.docx", "kind": "ot_report", "blocks": RHYS_OT},
    {"name": "Fern physio.docx", "kind": "ot_report", "blocks": FERN_OT},
    {"name": "Photo 09-06-2026, 14 37 02.pdf", "kind": "ot_report", "text": MARNIE_OT, "ocr": 0.08},
    {"name": "Fern - SWB report.pdf", "kind": "physio_report", "blocks": FERN_PHYSIO},
    {"name": "Marnie notes from Jenna.txt", "kind": "physio_report", "text": MARNIE_PHYSIO},
    {
        "name": "Re_ Fern PE.eml",
        "kind": "physio_report",
        "headers": headers(
            "Prendergast Dominic (MSCH) <d.prendergast@example.org>",
            "Helen Kenworthy <senco@example.org>",
            "RE: Fern PE",
            "Fri, 1 May 2026 13:17:25 +0100",
            cc="precious.oduya@example.org",
        ),
        "text": FERN_PHYSIO_VISIT,
        "qp": True,
    },
    {"name": "Ibrahim hearing.pdf", "kind": "medical_report", "blocks": IBRAHIM_IMPLANT},
    {"name": "Rhys - Dr Olumide.docx", "kind": "medical_report", "blocks": RHYS_PAED},
    {
        "name": "Harley health.pdf",
        "kind": "medical_report",
        "text": HARLEY_HEALTH,
        "ocr": True,
        "running": "05/02/2026 FROM: 01632 960346",
    },
    {"name": "Esme doctor.pdf", "kind": "medical_report", "blocks": ESME_GP},
    {"name": "letter from hospital.pdf", "kind": "camhs_report", "blocks": KOFI_CAMHS},
    {
        "name": "Tadgh - appointment summary.eml",
        "kind": "camhs_report",
        "headers": headers(
            "LOMAX, Saffron (MID SALTERFORD COMMUNITY HEALTH NHS TRUST) <saffron.lomax@example.org>",
            "aoife.brennan@example.org; declan.brennan@example.org",
            "Tadgh - appointment summary",
            "Thu, 7 May 2026 17:03:11 +0100",
        ),
        "text": TADGH_CAMHS,
        "html": True,
    },
    {"name": "Scan 12 Jun 2026.pdf", "kind": "camhs_report", "text": DELPHINE_CAMHS, "ocr": True},
    {"name": "Rhys - Appendix D.pdf", "kind": "school_report", "blocks": RHYS_SCHOOL},
    {"name": "ELC report.docx", "kind": "school_report", "blocks": KOFI_PRU, "sans": True},
    {"name": "Tadgh - SENCo statement.txt", "kind": "school_report", "text": TADGH_SENCO},
    {"name": "Sunniva nursery.pdf", "kind": "school_report", "text": SUNNIVA_NURSERY, "ocr": 0.07},
    {"name": "Delphine SALT.pdf", "kind": "independent_report", "blocks": DELPHINE_IND},
    {"name": "Harley EP.docx", "kind": "independent_report", "blocks": HARLEY_IND_EP},
    {
        "name": "Rhys OT report final.eml",
        "kind": "independent_report",
        "headers": headers(
            "Lowen Carne <lowen@example.org>",
            "Kerensa Penhallow <kerensa.p@example.org>",
            "Rhys - OT report (draft for your checking)",
            "Mon, 12 Oct 2026 21:40:09 +0100",
            cc="jory.penhallow@example.org",
        ),
        "text": RHYS_IND_OT,
    },
    {
        "name": "Fern school report March.pdf",
        "kind": "annual_review",
        "blocks": FERN_AR,
        "sans": True,
    },
    {"name": "Wiktor college meeting.docx", "kind": "annual_review", "blocks": WIKTOR_AR},
    {"name": "Harley AR paperwork.pdf", "kind": "annual_review", "text": HARLEY_AR, "ocr": 0.07},
]
