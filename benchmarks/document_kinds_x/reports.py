# ruff: noqa: E501
"""Educational and independent reports of set X: educational psychologists' advice (a new
town's statutory advice with a test table, a dynamic assessment saved under a child's
name, advice forwarded by a SENCo in an e-mail body, an island EP's advice scanned);
schools' reports (a council's "Appendix D" pro forma, an end-of-year report, a tracking
printout from a school's information system, a primary school's report scanned);
independent reports (a paediatric neuropsychologist, a behaviour analyst, an educational
audiologist forwarded in an e-mail, an independent physiotherapist's expert report); and
annual review papers. All invented."""

from __future__ import annotations

from document_kinds_x.common import KESTREL, KESTREL_SMALL, WENDLE, WENDLE_SMALL, headers

W = [0.3, 0.7]

# --- educational psychology ------------------------------------------------------------------

KESTREL_EP = [
    ("org", "Kestrel Vale Educational Psychology Service"),
    (
        "small",
        "Part of "
        + KESTREL
        + " - Learning and Inclusion - Civic Offices, 1 Grafton Boulevard, Kestrel Vale KV9 3AA - 01632 960571",
    ),
    ("title", "Psychological Advice for an Education, Health and Care Needs Assessment"),
    (
        "kv",
        [
            ("Child", "Harri Lindqvist (date of birth 07/03/2019)"),
            ("School", "Netherfield Grid Primary School, Year 2"),
            ("Advice requested", "23 February 2026 (regulation 6(1)(b))"),
            (
                "Sources",
                "Consultation with parents and class teacher; observation in class and at lunchtime; individual assessment on 14 and 21 April 2026",
            ),
            ("Psychologist", "Dr Tomasz Wierzbicki, Educational Psychologist (HCPC PYL31408)"),
        ],
        W,
    ),
    ("h", 2, "1. Background"),
    (
        "p",
        "Harri was admitted to Ousel Bridge University Hospital in March 2025 with viral encephalitis and spent three weeks in hospital. He returned to school part time in June 2025. His parents describe a bright, chatty boy before his illness who now tires quickly, forgets what he has been asked to do and has outbursts in the late afternoon.",
    ),
    ("h", 2, "2. Assessment"),
    (
        "grid",
        [
            ["British Ability Scales (BAS3)", "Standard score", "Percentile", "Description"],
            ["Verbal ability", "94", "34", "Average"],
            ["Non-verbal reasoning", "88", "21", "Low average"],
            ["Spatial ability", "79", "8", "Below average"],
            ["Recall of digits backward", "T 28", "1", "Very low"],
            ["Speed of information processing", "T 27", "1", "Very low"],
        ],
        [0.4, 0.2, 0.2, 0.2],
    ),
    (
        "p",
        "These results show a marked gap between Harri's verbal reasoning, which is broadly average, and his working memory and processing speed, which are very weak. This pattern is common after an acquired brain injury and explains why he understands a lesson but cannot hold on to the instructions for the task.",
    ),
    ("h", 2, "3. Special educational needs"),
    (
        "bul",
        [
            "Very weak working memory: Harri cannot hold more than one instruction in mind.",
            "Slow processing: he needs much longer than his classmates to respond and to complete work.",
            "Cognitive fatigue: his attention and mood drop sharply after lunch.",
        ],
    ),
    ("h", 2, "4. Provision recommended"),
    (
        "p",
        "Harri should be taught new learning in short chunks of no more than ten minutes, with a visual task board that breaks each task into steps. He will need an adult trained in supporting children with acquired brain injury for most of the school day, and a planned rest break of about 10 minutes after lunch in a quiet room. His timetable should build up gradually to full time over the autumn term. The educational psychologist should be involved termly to review the plan with school and parents.",
    ),
    ("sig", ["Dr Tomasz Wierzbicki", "Educational Psychologist", "30 April 2026"]),
]

DYNAMIC_EP = [
    ("org", "Rossendene Educational Psychology and Inclusion Service"),
    ("small", "Weavers' House, 2 Canal Side, Haslow RV4 5EW - 01632 960330"),
    ("title", "Record of dynamic assessment"),
    (
        "p",
        "Pupil: Ruby Ashworth    Year 2, Weirbottom Community Primary School (Language Resource Base)\nDate of assessment: 27 February 2026    EP: Hannah Sutcliffe, Educational Psychologist",
    ),
    ("h", 2, "Why I was asked to see Ruby"),
    (
        "p",
        "Mrs Holt, SENCo, asked for advice on how Ruby learns best, as part of her EHC needs assessment. Staff were unsure whether her slow progress was due to her language disorder alone or to wider learning difficulties.",
    ),
    ("h", 2, "What I did"),
    (
        "p",
        "I used a dynamic (test-teach-test) approach rather than standardised tests, because Ruby's language difficulties make tests that rely on spoken instructions misleading. I set Ruby a sorting task, a sequencing task with picture cards and a simple pattern-making task, first on her own and then with prompts.",
    ),
    ("h", 2, "What I found"),
    (
        "p",
        "With no help Ruby sorted by one feature only. After I showed her once, with gesture and a visual cue, she sorted by two features and explained her choice in three words ('big one red'). She transferred the strategy to a new set of cards without help. This tells us Ruby's reasoning is much stronger than her spoken language suggests, and that she learns quickly when the language load is reduced and learning is modelled.",
    ),
    ("h", 2, "What will help Ruby"),
    (
        "bul",
        [
            "Model each new task before asking Ruby to try it, using gesture and pictures.",
            "Pre-teach topic words with pictures at the start of each unit, in the base, in a small group.",
            "Check understanding by asking Ruby to show rather than tell.",
            "Keep her in the language resource base, with small-class teaching, so that the speech and language therapy programme can be built into every lesson.",
        ],
    ),
    ("sig", ["Hannah Sutcliffe", "Educational Psychologist (HCPC registered)"]),
]

EP_FWD_BODY = (
    "Dear Mr and Mrs Farooqui,\n\n"
    "As promised, here is Dr Amadi's report from her visit last week. She has said it is fine to share it with you now rather than wait for the typed-up version on headed paper. Happy to talk it through at parents' evening.\n\n"
    "Best wishes,\nKamaljit Dhillon\nSENCo, Oakgrove School\n\n"
    "---------- Forwarded message ----------\n"
    "From: Dr Chioma Amadi <c.amadi@example.org>\n"
    "Date: 6 November 2026 17:20\n"
    "Subject: EP consultation report - Zain Farooqui, Year 7\n"
    "To: Kamaljit Dhillon <k.dhillon@example.org>\n\n"
    "EDUCATIONAL PSYCHOLOGY REPORT - Zain Farooqui (DOB 11/01/2015), Oakgrove School, Year 7\n"
    "Kestrel Vale Educational Psychology Service\n\n"
    "Reason for involvement: Zain's move to secondary school and reports from staff that he is avoiding lessons on the upper floor and becoming upset at the end of the day.\n\n"
    "Observation and consultation: I observed Zain in science and at break on 29 October 2026 and met Zain, his mother and Mrs Dhillon. Zain told me he hates 'being the last one in' and that people stare at his walker. He scored himself 2 out of 10 for how much he likes break time.\n\n"
    "Formulation: Zain's difficulties are not a lack of ability - his reasoning is in the average range - but the physical effort and social exposure of moving round a large site. Fatigue builds over the day and leaves little capacity for learning in period 5.\n\n"
    "Recommendations:\n"
    "1. A review of his timetable so that period 5 lessons on Mondays and Wednesdays are on the ground floor.\n"
    "2. A weekly 20-minute mentoring session with a member of staff Zain chooses, for one term.\n"
    "3. A peer 'walking buddy' scheme for moving between lessons, set up by his form tutor.\n"
    "4. Staff training on cerebral palsy and fatigue, to be arranged with the physiotherapist.\n\n"
    "Dr Chioma Amadi\nEducational Psychologist\n"
)

WENDLE_EP_SCAN = """
ISLAND EDUCATIONAL PSYCHOLOGY SERVICE
Isle of Wendle Council - The Old Coastguard Station, Esplanade, Brightcombe WN4 1AA

PSYCHOLOGICAL ADVICE
Regulation 6(1)(b), Special Educational Needs and Disability Regulations 2014

Name: Tegan Marsh-Oyelaran   DOB: 19/08/2017   School: Undercliff CE Primary (Year 4)
Date of report: 2 March 2026   Psychologist: Dr Ellen Marchbank, Senior Educational Psychologist

1. Background information
Tegan was diagnosed with autism in November 2024. School report that she is often under a table in the hall and cannot manage wet play.

2. Assessment
I observed Tegan in class and at lunchtime on 11 February 2026 and worked with her individually. On the Wechsler Individual Achievement Test (WIAT-4) her word reading was 102 (average) and her sentence composition 76 (well below average). Her handwriting speed was 6 words per minute (expected about 11).

3. Tegan's special educational needs
Social communication: literal understanding, difficulty following group talk.
Emotional wellbeing: high anxiety at transitions and in loud spaces.
Sensory: very sensitive to noise.
Learning: writing well below her reading because of slow, effortful handwriting.

4. Outcomes
Tegan will use a visual timetable and feelings scale to stay in class and tell an adult when she is worried.

5. Provision
A key adult to meet her each morning and prepare her for changes.
Ear defenders and a quiet place to eat lunch.
Touch-typing teaching for 15 minutes every day.
Adult support for the afternoon sessions.

Dr E. Marchbank
"""

# --- school reports --------------------------------------------------------------------------

APPENDIX_D = [
    ("org", WENDLE),
    ("small", WENDLE_SMALL),
    ("title", "Appendix D: Educational advice from the school or setting"),
    (
        "i",
        "To be completed by the headteacher or SENCo and returned to the SEND Team within six weeks.",
    ),
    (
        "kv",
        [
            ("Pupil", "Ibrahim Sesay, Year 8, Brightcombe Academy"),
            ("Completed by", "Mrs Ottilie Grenfell, SENCo"),
            ("Date", "3 February 2026"),
            ("Attendance this year", "88.4%"),
        ],
        W,
    ),
    ("h", 2, "1. Attainment and progress"),
    (
        "grid",
        [
            ["Subject", "Current working grade", "Target", "Comment"],
            ["English", "3-", "5", "Reading is secure; will not read aloud or present"],
            ["Maths", "4", "5", "Good progress; answers in writing"],
            ["Science", "3+", "5", "Practicals are fine; misses starters because late"],
        ],
        [0.2, 0.25, 0.15, 0.4],
    ),
    ("h", 2, "2. Description of the pupil's needs"),
    (
        "p",
        "Ibrahim's stammer is severe and he avoids speaking in almost all lessons. He often arrives late because of checking routines. He has told his tutor he is 'scared of being asked a question'.",
    ),
    ("h", 2, "3. Support already in place (SEN support)"),
    (
        "bul",
        [
            "Time-out card since October 2025",
            "Weekly check-in with the learning mentor (15 minutes)",
            "Staff told not to ask him to read aloud",
        ],
    ),
    ("h", 2, "4. What the school thinks Ibrahim needs"),
    (
        "p",
        "Regular direct therapy from a speech and language therapist, which we cannot commission; a key worker; and a plan agreed with CAMHS for managing his OCD in school.",
    ),
    ("sig", ["Signed: O. Grenfell, SENCo", "Headteacher: D. Polglase"]),
]

END_OF_YEAR = [
    ("org", "Netherfield Grid Primary School"),
    (
        "small",
        "Saffron Redway, Netherfield, Kestrel Vale KV10 2JT - Part of the Grand Union Primary Partnership",
    ),
    ("title", "End of Year Report 2025-26"),
    ("p", "Pupil: Harri Lindqvist    Class: Kingfishers (Year 2)    Teacher: Miss Ellie Brannigan"),
    (
        "kv",
        [
            ("Attendance", "81.6% (part-time timetable in the autumn term)"),
            ("Punctuality", "Good"),
            ("Phonics screening check (retake)", "Working towards the expected standard"),
        ],
    ),
    (
        "grid",
        [
            ["Subject", "Attainment", "Effort", "Comment"],
            [
                "Reading",
                "Working towards",
                "4",
                "Harri loves dinosaur books and reads them with an adult; he loses his place after a few lines.",
            ],
            [
                "Writing",
                "Working towards",
                "3",
                "Can write a sentence with a model; tires quickly.",
            ],
            [
                "Maths",
                "Working towards",
                "4",
                "Secure with numbers to 20; needs concrete resources.",
            ],
            ["PE", "Expected", "5", "Enjoys swimming; right-side coordination is improving."],
        ],
        [0.15, 0.2, 0.1, 0.55],
    ),
    ("h", 2, "Class teacher's comment"),
    (
        "p",
        "Harri has had a year of big changes and he has shown great courage. He is a kind friend and always helps tidy the reading corner. He learns best in short bursts with his task board and his rest break after lunch. I have really enjoyed teaching him.",
    ),
    ("h", 2, "Headteacher's comment"),
    ("p", "A year to be proud of, Harri. Have a lovely summer."),
    ("sig", ["Mrs J. Akinola, Headteacher"]),
]

TRACKING_TXT = """
HASLOW HIGH SCHOOL - Student Progress Report (printed from SIMS Assessment)
Student: Liam Haworth    UPN: A8831204017    Year 11    Tutor group 11RW
Printed: 20/02/2026 by rwilkinson

SEN status: K (SEN support)    Primary need: SpLD (dyslexia)    Access arrangements: 25% extra time, reader, word processor

Attendance 2025-26: 78.9% (authorised 14.2%, unauthorised 6.9%)
Behaviour points: 41 (negative), 12 (positive)

Subject | Target | Autumn 2 | Spring 1 | Teacher comment
English Language | 5 | 3 | 3 | Ideas good; spelling and organisation weak; reader used in mocks
English Literature | 5 | 2 | 3 | Struggles to recall quotations
Maths | 5 | 4 | 4 | Steady; misreads questions without reader
Combined Science | 5-5 | 3-3 | 3-4 | Practical skills strong
History | 5 | 2 | 2 | Long answers incomplete in time allowed
Construction (BTEC) | Merit | Pass | Merit | Excellent practical work, proud of his bricklaying

Interventions this year: Lexia (3 x 20 min per week, Autumn 1 to Spring 1); literacy catch-up group (1 x week); mentoring (fortnightly).

SENCo note: Liam's reading age on the NGRT in January 2026 was 9y 4m (chronological age 15y 5m). Little change since September despite the interventions above. To be discussed at the SEN support review on 3 March.
"""

PRIMARY_SCAN = """
WEIRBOTTOM COMMUNITY PRIMARY SCHOOL
Language Resource Base
Spinners Lane, Weirbottom RV6 3HS   Tel 01632 960352

REPORT ON RUBY ASHWORTH FOR HER EDUCATION, HEALTH AND CARE NEEDS ASSESSMENT
Date: 19 February 2026
Completed by: Mrs Denise Holt, SENCo, with Mr Aaron Pickup, base teacher

Ruby joined the language resource base in September 2025 on an assessment place. She is taught in the base (10 pupils) for English and maths and joins her mainstream Year 2 class for the afternoon.

Progress and attainment
Reading: Ruby knows 28 of the 40 Phase 3 phonemes and can blend three-letter words. She does not yet read with understanding.
Writing: She writes her name and copies a short sentence.
Maths: Counts reliably to 15. Understanding of 'more' and 'less' is insecure because of the language involved.

Communication
Ruby's sentences are short and words are in the wrong order. She understands routines but not new instructions, especially in the larger class.

Diabetes
Ruby's insulin pump is managed by trained staff. Her blood glucose has dropped in PE three times this term; she cannot yet tell staff that she feels 'funny'.

What helps
Small group, visual timetable, modelling, pre-teaching of vocabulary, calm adult who knows her diabetes plan.

What school feels Ruby needs
A permanent place in the resource base, daily language work from staff trained by the therapist and weekly therapy from the NHS speech and language therapist.

D. Holt (SENCo)
"""

# --- independent reports ---------------------------------------------------------------------

NEUROPSYCH = [
    ("org", "Dr Saoirse Delaney, Consultant Paediatric Neuropsychologist"),
    (
        "small",
        "Delaney Neuropsychology Ltd - 14 Chapel Walk, Stony Marston, Kestrel Vale KV14 1QR - 01632 960585 - HCPC PYL40127",
    ),
    (
        "title",
        "Independent Neuropsychological Assessment - Report for the First-tier Tribunal (SEND)",
    ),
    (
        "p",
        "Child: Harri Lindqvist (DOB 07/03/2019)    Instructed by: Mr and Mrs Lindqvist    Appeal: EH902/26/00588\nDate of assessment: 8 and 10 September 2026    Date of report: 20 September 2026",
    ),
    ("h", 2, "1. Summary of opinion"),
    (
        "p",
        "Harri has an acquired brain injury following viral encephalitis. His profile shows severe impairment of working memory, processing speed and executive function, with relative strengths in verbal reasoning. In my opinion his needs are significantly greater than Section B of the plan describes, and he requires specialist teaching informed by neuropsychology, not only adult support.",
    ),
    ("h", 2, "2. Tests administered"),
    (
        "grid",
        [
            ["Measure", "Score", "Classification"],
            ["WISC-V Verbal Comprehension Index", "96", "Average"],
            ["WISC-V Working Memory Index", "67", "Extremely low"],
            ["WISC-V Processing Speed Index", "69", "Extremely low"],
            ["NEPSY-II Inhibition", "Scaled 4", "Well below expected"],
            ["BRIEF2 (parent) Global Executive Composite", "T 78", "Clinically elevated"],
        ],
        [0.5, 0.2, 0.3],
    ),
    ("h", 2, "3. Recommendations"),
    (
        "p",
        "Harri should have a teaching assistant with training in acquired brain injury for the whole school day, and a specialist teacher for children with acquired brain injury should advise the school at least twice a term. He needs direct teaching of memory strategies in a 1:1 session of 20 minutes four times a week. Fatigue management should be built into his timetable, with a rest break after lunch and lighter demands in the afternoon. A neuropsychological review should take place in 12 months because his recovery is still changing.",
    ),
    ("h", 2, "Statement of truth"),
    (
        "p",
        "I understand that my duty is to help the Tribunal on matters within my expertise and that this duty overrides any obligation to the person who instructed me. I confirm that the facts stated in this report are true and the opinions are my own professional opinions.",
    ),
    ("sig", ["Dr Saoirse Delaney, DClinPsy, CPsychol", "20 September 2026"]),
]

BCBA = [
    ("org", "Northway Behaviour Consultancy"),
    (
        "small",
        "Independent applied behaviour analysis and positive behaviour support - 3 Loom Yard, Haslow RV4 2TT - 01632 960336",
    ),
    ("title", "Functional Behaviour Assessment: Liam Haworth"),
    (
        "p",
        "Prepared by: Marcus Olayinka, Board Certified Behavior Analyst (BCBA), UKBA(cert)\nCommissioned by: Mrs C. Haworth, for the appeal to the First-tier Tribunal (SEND)\nDates of observation: 1, 3 and 8 September 2026 (school and home)",
    ),
    ("h", 2, "Presenting concerns"),
    (
        "p",
        "Liam has 41 negative behaviour points this year, mostly for leaving lessons, refusing to write and swearing at staff. His mother reports that he refuses to get ready for school on days with English and history.",
    ),
    ("h", 2, "Method"),
    (
        "p",
        "ABC (antecedent-behaviour-consequence) recording over 9 lessons; the Questions About Behavioral Function (QABF) completed by two teachers; interview with Liam.",
    ),
    ("h", 2, "Findings"),
    (
        "p",
        "In 17 of the 19 recorded incidents the trigger was a demand to read or write extended text without a reader or a word processor. The behaviour results in Liam being removed from the lesson, which ends the demand. The function is escape from literacy demands he cannot meet, not defiance.",
    ),
    ("h", 2, "Recommendations"),
    (
        "num",
        [
            "Every written task to be available with a reader and a word processor, as in his exam access arrangements, in every lesson.",
            "A daily 30-minute specialist literacy session with a dyslexia-trained teacher.",
            "Staff to use a 'first, then' card and offer a short break on request before behaviour escalates.",
            "A positive behaviour support plan written with Liam and reviewed every six weeks.",
        ],
    ),
    (
        "p",
        "I confirm that I have no conflict of interest, that I understand my duty to the Tribunal, and that this report is true to the best of my knowledge and belief.",
    ),
    ("sig", ["Marcus Olayinka BCBA", "15 September 2026"]),
]

AUDIOLOGIST_FWD = (
    "Hi Mrs Grenfell,\n\n"
    "Forwarding the report from the educational audiologist we paid for, as you asked. Can you make sure Ibrahim's new school gets this too? We move at the end of July.\n\n"
    "Aminata\n\n"
    "---------- Forwarded message ---------\n"
    "From: Hearing Matters Consultancy <reports@example.org>\n"
    "Date: Thu, 2 Jul 2026 at 13:08\n"
    "Subject: Report - Ibrahim Sesay\n"
    "To: Aminata Sesay <aminata.sesay@example.org>\n\n"
    "INDEPENDENT EDUCATIONAL AUDIOLOGY REPORT\n"
    "Ibrahim Sesay, DOB 14/11/2012\n"
    "Assessed 24 June 2026 at Brightcombe Academy and at the clinic\n"
    "Author: Rebecca Nanjiani, MSc Educational Audiology, Qualified Teacher of the Deaf\n\n"
    "Reason for referral: Mrs Sesay asked whether Ibrahim's difficulty following lessons could be partly due to hearing, as he had repeated ear infections as a child.\n\n"
    "Findings: Pure tone audiometry shows hearing within normal limits in both ears. However, his speech-in-noise score (BKB-SIN) is 2.5 standard deviations below the mean. Sound level readings in his maths and science classrooms were 68 to 72 dB(A) during group work, with reverberation times above 0.8 seconds.\n\n"
    "Opinion: Ibrahim has normal hearing but significant difficulty listening in noise, which adds to the effort of his stammer and his anxiety in class.\n\n"
    "Recommendations:\n"
    "- A personal remote microphone (radio aid) system for use in all lessons, with staff trained in its use.\n"
    "- Seating near the front, away from windows and the projector fan.\n"
    "- Acoustic treatment of the science laboratory (soft furnishings, ceiling panels).\n"
    "- A review by a Qualified Teacher of the Deaf each term for the first year.\n\n"
    "I understand my duty is to the Tribunal if this report is used in proceedings and I have complied with that duty.\n\n"
    "Rebecca Nanjiani\nHearing Matters Consultancy\n"
)

IND_PHYSIO = [
    (
        "cover",
        [
            "EXPERT REPORT",
            "Independent Physiotherapy Assessment",
            "Zain Farooqui",
            "Prepared for the First-tier Tribunal (Special Educational Needs and Disability)",
            "Author: Philippa Hargreaves MCSP, HCPC PH113420",
            "Date: 30 November 2026",
        ],
    ),
    ("title", "Independent Physiotherapy Report"),
    ("h", 2, "1. Instructions"),
    (
        "p",
        "I was instructed by Mr and Mrs Farooqui to assess Zain's physical needs and to advise the Tribunal on the physiotherapy he requires in his EHC plan. I am an independent paediatric physiotherapist with 19 years' experience, including 8 years in a selective dorsal rhizotomy (SDR) rehabilitation service.",
    ),
    ("h", 2, "2. Assessment"),
    (
        "p",
        "I assessed Zain at home and at Oakgrove School on 17 and 19 November 2026. His Gross Motor Function Measure (GMFM-66) score is 68.4, a small improvement since February. Hip abductor and calf strength remain weak (Oxford grade 3). He walks 40 metres without his walker before his gait breaks down.",
    ),
    ("h", 2, "3. Opinion"),
    (
        "p",
        "Zain is 14 months after SDR. The evidence supports intensive strengthening in the first two years after surgery; the NHS block of six sessions a term is not enough to reach his goals. Without strengthening now, his gains from surgery are likely to be lost.",
    ),
    ("h", 2, "4. Recommendations"),
    (
        "bul",
        [
            "Direct physiotherapy from a paediatric physiotherapist for 45 minutes once a week in term time, for the next 12 months.",
            "A daily 30-minute strengthening programme in school, delivered by a teaching assistant trained and supervised by the physiotherapist every half term.",
            "Access to a gym or hydrotherapy pool once a week for supervised practice.",
        ],
    ),
    ("h", 2, "5. Statement of truth"),
    (
        "p",
        "I confirm that I have made clear which facts are within my own knowledge and which are not. I understand my duty to the Tribunal and have complied with it.",
    ),
    ("sig", ["Philippa Hargreaves MCSP"]),
]

# --- annual reviews --------------------------------------------------------------------------

WENDLE_AR = [
    ("org", WENDLE),
    ("small", WENDLE_SMALL),
    (
        "title",
        "Annual Review of an Education, Health and Care Plan - Record of Meeting and Recommendations",
    ),
    (
        "kv",
        [
            ("Child / young person", "Kitty Trevanion, Year 11, Brightcombe Academy"),
            ("Date of meeting", "16 January 2026"),
            (
                "Present",
                "Mrs Trevanion (mother); Kitty (for the first 20 minutes, by written notes); Mr Jory Kellow (SENCo); Ms Demelza Rowe (key worker); Ms Isla Fenwick (Island College transition tutor)",
            ),
            ("Apologies", "Speech and language therapist (report sent)"),
            ("Type of review", "Annual review - preparing for a change of phase (post-16)"),
        ],
        W,
    ),
    ("h", 2, "1. What is working well"),
    (
        "p",
        "Kitty now writes questions to her teachers on cards and uses them in most lessons. She has spoken quietly to Ms Rowe on three occasions this term. Her predicted grades are 5 in English and 4 in maths.",
    ),
    ("h", 2, "2. What is not working well"),
    (
        "p",
        "Attendance has fallen to 85%. Kitty is very worried about college, where she will not know the staff, and she has not yet visited the animal care unit.",
    ),
    ("h", 2, "3. Progress towards outcomes"),
    (
        "grid",
        [
            ["Outcome", "Progress", "Continue / change"],
            [
                "Kitty will ask for help in writing in every lesson",
                "Mostly achieved",
                "Change - move to asking a tutor in speech or writing",
            ],
            ["Kitty will attend 95% of sessions", "Not achieved (85%)", "Continue"],
        ],
        [0.45, 0.25, 0.3],
    ),
    ("h", 2, "4. Recommendations of the meeting"),
    (
        "bul",
        [
            "Amend Section I to name Island College (Animal Care, Level 2) from September 2026.",
            "Amend Section F to add six transition visits with her key worker in the summer term.",
            "Update Section B to describe Kitty's anxiety and attendance.",
        ],
    ),
    (
        "p",
        "Report to be sent to the Council within two weeks of the meeting. Parent's signature: A. Trevanion    SENCo: J. Kellow",
    ),
]

Y5_REVIEW = [
    ("org", KESTREL),
    ("small", KESTREL_SMALL),
    ("title", "Year 5 Phase Transfer Review"),
    (
        "p",
        "Annual review of the EHC plan in the year before transfer to secondary school, to be completed by the school and returned to the SEND Statutory Assessment and Review team by 31 October.",
    ),
    (
        "field",
        "Pupil",
        "Daniel Mensah-Cole, date of birth 02/05/2017 - Coppice Grid Academy, Year 5",
    ),
    ("field", "Date of review meeting", "7 October 2026"),
    (
        "field",
        "People who contributed",
        "Ms R. Mensah (mother), Daniel, Mrs B. Adeyinka (SENCo), Mr L. Osei (class teacher), Kestrel Vale Autism Outreach Team (written report)",
    ),
    (
        "field",
        "Daniel's views",
        "'I want a school with a quiet place and a computer club. I don't want to go where the big kids shout.'",
    ),
    (
        "field",
        "Parent's views",
        "Ms Mensah would like Daniel to go to Oakgrove School, which has an autism resource base, and to visit in the summer term.",
    ),
    (
        "field",
        "Progress since last review",
        "Daniel has met his outcome for using his calm box independently. He is working at the expected standard in maths and towards the expected standard in writing. Incidents at lunchtime have reduced from 12 to 3 a half term.",
    ),
    (
        "field",
        "Changes recommended to the plan",
        "Section B: update sensory needs (now sensitive to smells in the dining hall). Section F: add a transition programme from Easter of Year 6. Section I: parent's preference for Oakgrove School (autism resource base).",
    ),
    (
        "field",
        "Secondary schools discussed",
        "Oakgrove School; Kestrel Vale Academy; Ouselbank School",
    ),
    ("sig", ["Completed by: B. Adeyinka, SENCo", "Date: 9 October 2026"]),
]

AR_NOTES_TXT = """
Ruby Ashworth - annual review meeting - notes
Weirbottom CP School, Language Resource Base - 23 November 2026, 3.30pm
Present: Mrs Ashworth (mum), Mr Ashworth (dad), Mrs Holt (SENCo, chairing), Mr Pickup (base teacher), Ms Nuttall (NHS SALT, by phone)
Apologies: diabetes nurse (sent update by e-mail)

1. Ruby's views (collected by Mr Pickup with picture cards): likes the base, her friend Elsie, singing. Does not like the big hall or "when I can't say it".

2. Parents' views: pleased with progress in the base. Worried about hypos in PE - two this term. Want therapy to stay weekly.

3. Progress on outcomes
- follow two-part instructions: can do with a visual, not yet without (partly met)
- read and spell 100 HFW: can read 64, spell 31 (on track)

4. SALT update: Ms Nuttall said Ruby's understanding has moved on by about a year. She recommended weekly therapy continues for another year, then review.

5. Health: diabetes nurse asked for a new care plan for PE and for two more staff to be trained on the pump.

6. Agreed recommendations to the LA:
- keep plan, amend Section B (understanding now at a five-year level)
- Section F: keep weekly SALT; add pre-teaching of PE vocabulary
- Section G: update diabetes training
- Section I: no change

Notes typed by D. Holt 24/11/26. Copy to parents, LA (SEN Section), SALT.
"""

INTERIM_REVIEW_PHOTO = """
ROSSENDENE VALLEY BOROUGH COUNCIL
EHC PLAN REVIEW - RECORD OF INTERIM / EARLY REVIEW MEETING

Name: Ibrahim Sesay   DOB: 14/11/2012   School: Haslow High School, Year 9
Reason for early review: plan transferred from Isle of Wendle Council; concerns about attendance and therapy not in place
Date of meeting: 12 November 2026

Attended: Mrs A. Sesay (parent); Ibrahim (wrote his views); Mr R. Wilkinson (SENCo); Ms P. Ainsworth (stammering clinic SLT); Mr D. Ormerod (SEN Officer)

Summary of discussion
Ibrahim has missed 11 days since September. SLT started 12 October. He has a key worker but the daily check-in happens on about three days a week. CAMHS are offering a course of CBT for OCD.

Views of the young person (written): "I want the teachers to know about my stammer without me having to tell every one of them."

Recommendations
1. Amend Section B to include the OCD and its effect on attendance.
2. Amend Section F: stammering therapy 6 sessions a term; daily check-in; exit card.
3. Share a one-page profile with all staff.

Signed (chair): R. Wilkinson   Date: 12/11/2026
"""

DOCUMENTS: list[dict] = [
    {"name": "Psychological advice Harri.pdf", "kind": "ep_report", "blocks": KESTREL_EP},
    {"name": "Ruby learning.docx", "kind": "ep_report", "blocks": DYNAMIC_EP},
    {
        "name": "Fwd_ EP consultation report - Zain Farooqui, Year 7.eml",
        "kind": "ep_report",
        "text": EP_FWD_BODY,
        "headers": headers(
            "Kamaljit Dhillon <k.dhillon@example.org>",
            "tariq.farooqui@example.org",
            "Fwd: EP consultation report - Zain Farooqui, Year 7",
            "Mon, 9 Nov 2026 08:31:27 +0000",
            cc="sana.farooqui@example.org",
        ),
    },
    {"name": "scan0093.pdf", "kind": "ep_report", "text": WENDLE_EP_SCAN, "ocr": True},
    {"name": "Appendix D.docx", "kind": "school_report", "blocks": APPENDIX_D, "accent": "0B6E69"},
    {
        "name": "Harri report July.pdf",
        "kind": "school_report",
        "blocks": END_OF_YEAR,
        "sans": True,
        "accent": "7A3E00",
    },
    {"name": "Liam progress.txt", "kind": "school_report", "text": TRACKING_TXT},
    {"name": "Scan_20260302.pdf", "kind": "school_report", "text": PRIMARY_SCAN, "ocr": True},
    {"name": "Harri neuropsychology.pdf", "kind": "independent_report", "blocks": NEUROPSYCH},
    {"name": "FBA Liam.docx", "kind": "independent_report", "blocks": BCBA},
    {
        "name": "Fwd_ Report - Ibrahim Sesay.eml",
        "kind": "independent_report",
        "text": AUDIOLOGIST_FWD,
        "headers": headers(
            "Aminata Sesay <aminata.sesay@example.org>",
            "Ottilie Grenfell <o.grenfell@example.org>",
            "Fwd: Report - Ibrahim Sesay",
            "Fri, 3 Jul 2026 07:02:58 +0100",
        ),
        "html": True,
    },
    {"name": "physio report final.pdf", "kind": "independent_report", "blocks": IND_PHYSIO},
    {
        "name": "Kitty review Jan.docx",
        "kind": "annual_review",
        "blocks": WENDLE_AR,
        "accent": "0B6E69",
    },
    {"name": "Daniel Y5.pdf", "kind": "annual_review", "blocks": Y5_REVIEW},
    {"name": "Ruby AR notes.txt", "kind": "annual_review", "text": AR_NOTES_TXT},
    {"name": "IMG_6021.pdf", "kind": "annual_review", "text": INTERIM_REVIEW_PHOTO, "ocr": 0.08},
]
