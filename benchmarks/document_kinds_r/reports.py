# ruff: noqa: E501
"""Educational reports and views of set R: educational psychologists' advice (a council
appendix with a test table, advice forwarded in an e-mail's body, advice in a subject
access disclosure behind its cover sheet, a note of a nursery visit); schools' reports
(teachers' comments gathered by a SENCo, a provision map, an appendix for an assessment, a
class teacher's end-of-term e-mail); independent experts' reports; annual review records;
parents' and children's views. All invented."""

from __future__ import annotations

from document_kinds_r.common import SALT, SALT_SMALL, headers

# --- educational psychologists --------------------------------------------------------------

ELLIS_EP = [
    ("org", SALT),
    (
        "small",
        "Salterbrook Educational Psychology Service  |  Brine House, 4 Wharf Street, Saltwich SB4 2HT  |  01632 960720",
    ),
    ("title", "Appendix C: Psychological advice"),
    (
        "kv",
        [
            ("Child", "Ellis Hartigan (DOB 14/06/2017)"),
            ("School", "Saltwich St Anne's CE Primary School, Year 4"),
            ("Educational psychologist", "Dr Priya Raman, HCPC PYL04412"),
            ("Date of advice", "2 December 2025"),
        ],
    ),
    ("h", 2, "1. Sources of information"),
    (
        "p",
        "I observed Ellis in class and at lunchtime on 20 November 2025, met him for an individual assessment, and consulted his parents, his class teacher and the SENCo.",
    ),
    ("h", 2, "2. Assessment"),
    (
        "grid",
        [
            ["Measure (BAS3)", "Standard score", "Percentile"],
            ["Verbal ability", "104", "61"],
            ["Non-verbal reasoning", "112", "79"],
            ["Spatial ability", "118", "88"],
            ["Working memory (recall of digits)", "84", "14"],
            ["Processing speed", "79", "8"],
        ],
        [3.0, 1.5, 1.5],
    ),
    (
        "p",
        "Ellis's reasoning is in the average to above average range. His working memory and processing speed are relative weaknesses, which means long spoken instructions are lost before he can act on them.",
    ),
    ("h", 2, "3. Special educational needs"),
    (
        "p",
        "Ellis's main needs are in social communication, in managing anxiety at unstructured times and transitions, and in processing verbal information at the pace of the class.",
    ),
    ("h", 2, "4. Recommended provision"),
    (
        "bul",
        [
            "Instructions broken into short steps and backed by a written or visual list.",
            "A trusted adult to pre-teach changes to routine each morning.",
            "A low-arousal space he can use with a break card.",
            "Daily small-group work on social communication, planned with the speech and language therapist.",
        ],
    ),
    ("sig", ["Dr Priya Raman", "Educational Psychologist"]),
]

FWD_FREYA_EP = """Dear Ms Fry,

Thank you for agreeing to see Freya. As you asked, here is the council's psychology advice. It came as a scanned PDF that won't upload, so I've copied the text below as best I could.

Gail Dibden

---------- Forwarded message ---------
From: Dr Olu Banjo <olu.banjo@avonheath.example.org>
Date: 20 Feb 2026
Subject: Freya Dibden - EP advice for EHC needs assessment
To: senhub@avonheath.example.org; gail.dibden@example.org

AVONHEATH EDUCATIONAL PSYCHOLOGY SERVICE
Psychological advice for an EHC needs assessment (Regulation 6(1)(d))

Name: Freya Dibden   DOB: 22/01/2016   School: Heathbury Junior School, Year 5

Background
Freya was referred by her school because of slow progress in reading and writing and difficulty following lessons. She had speech and language therapy at age four.

Assessment
On the CELF-5 screening, receptive language fell well below the expected range (below the 2nd centile). On the WIAT-III, single word reading was at the 9th centile and reading comprehension at the 1st centile. Freya's non-verbal reasoning was in the average range.

Summary of needs
Freya has a significant receptive language difficulty which affects her understanding across the curriculum, her reading comprehension and her confidence.

Recommendations
1. Freya should have daily teaching in a small group to pre-teach and revisit topic vocabulary.
2. A speech and language therapist should assess Freya and set a programme to be delivered in school.
3. Adults should check her understanding by asking her to explain back, not by asking "Do you understand?".

Dr Olu Banjo, Educational Psychologist (HCPC registered)
"""

RUBY_EP_SAR = """ISLE OF CARROW COUNCIL - SUBJECT ACCESS REQUEST DISCLOSURE
Request ref: SAR/26/0144   Data subject: Ruby Quayle   Document 9 of 37
Third-party names have been redacted.

CARROW EDUCATIONAL PSYCHOLOGY SERVICE
Harbour Chambers, Quay Street, Carrow Haven IC1 1AB

PSYCHOLOGICAL ADVICE
Name: Ruby Quayle   Date of birth: 19/08/2012   School: Carrow High School (Year 9)
Date of assessment: 3 November 2025   Educational psychologist: [REDACTED]

Reason for involvement
Ruby's father asked for an EHC needs assessment because of her difficulties with reading and her falling attendance.

What I did
I met Ruby twice at school, spoke with her father and her form tutor, and gave standardised tests of reading, spelling, phonological processing and working memory.

Findings
Ruby's reading accuracy (standard score 71) and spelling (68) are very low. Her phonological awareness (CTOPP-2 composite 74) and verbal working memory (77) are weak, while her verbal reasoning is average. These results fit a profile of severe dyslexia. Ruby said she has "given up" in English and feels sick on Monday mornings.

Recommendations
- Specialist teaching by a qualified SpLD teacher, at least three hours a week.
- Access to assistive technology (reader pen, text-to-speech) in all subjects.
- A named key adult and a plan for a gradual return to full attendance.
- Reading aloud in class only by prior agreement with Ruby.

Educational Psychologist, Carrow Educational Psychology Service
"""

NOOR_EP_NOTE = [
    ("org", SALT),
    ("small", "Salterbrook Educational Psychology Service - Early Years Team"),
    ("title", "Note of visit"),
    (
        "kv",
        [
            ("Child", "Noor Siddiqui, aged 4 years 2 months"),
            ("Setting", "Brinefield Community Nursery"),
            ("Visit", "9 December 2025"),
            ("Present", "Deb Hulme (SENCo), Saima Siddiqui (mother), Gareth Lowe (EP)"),
        ],
    ),
    ("b", "What we talked about"),
    (
        "p",
        "Noor's key worker reports frequent hitting when she is not understood, mostly at snack time and in the home corner. Mrs Siddiqui says Noor is calmer at home, where the family understand her signs and gestures.",
    ),
    ("b", "What I saw"),
    (
        "p",
        "In a play-based assessment Noor matched colours and shapes, completed a four-piece inset puzzle and followed two-part instructions when given with gesture. Her play skills are close to what is expected for her age. Her frustration rose sharply when an adult did not understand her attempts at words.",
    ),
    ("b", "Psychological formulation"),
    (
        "p",
        "Noor's behaviour is best understood as communication: her understanding and play are much stronger than her speech, and hitting is a quick way to be understood. Her needs are primarily in speech and communication, with consequences for her emotional regulation.",
    ),
    ("b", "Agreed actions"),
    (
        "bul",
        [
            "Key worker to use a simple picture board at snack and choosing times.",
            "Intensive interaction sessions, 10 minutes daily.",
            "I will contribute this note as part of my psychological advice for the EHC needs assessment.",
        ],
    ),
    ("p", "Gareth Lowe, Educational Psychologist"),
]

# --- school reports ---------------------------------------------------------------------------

RUBY_TEACHERS = [
    ("org", "Carrow High School"),
    ("small", "Learning Support Department"),
    ("title", "Subject teachers' comments - Ruby Quayle (9QK)"),
    (
        "p",
        "Collected by the SENCo for Ruby's annual review and for the Additional Needs Service. Teachers were asked: how does Ruby manage in your lessons, and what helps?",
    ),
    (
        "table",
        [
            ["Subject", "Teacher", "Comment"],
            [
                "English",
                "Mrs Teare",
                "Ruby's spoken answers are thoughtful but she produces very little writing. She becomes upset if asked to read aloud. The reader pen has helped when she uses it.",
            ],
            [
                "Maths",
                "Mr Callister",
                "Good grasp of number. Word problems are a barrier; she needs questions read to her.",
            ],
            [
                "Science",
                "Dr Faragher",
                "Enthusiastic in practical work, especially the rock pool unit. Copying from the board is slow and inaccurate; printed notes help.",
            ],
            [
                "History",
                "Ms Crowe",
                "Absent for a lot of this half term. When present she contributes well orally.",
            ],
            ["PE", "Mr Kneen", "Confident and capable, particularly in swimming."],
        ],
        {"header": True, "widths": [1.2, 1.4, 4.4]},
    ),
    (
        "p",
        "SENCo summary: Ruby is at Wave 3 on the school's SEN register. Attendance this year is 78%. She attends a lunchtime literacy group twice a week, but the school does not have a specialist SpLD teacher.",
    ),
    ("p", "Mrs E. Crellin, SENCo, 10 March 2026"),
]

PROVISION_MAP = [
    ("org", "Dane Bridge Primary School"),
    ("small", "SEN support - costed provision map, autumn term 2025"),
    ("title", "Harrison Pickering, Year 3 - evidence of SEN support"),
    (
        "grid",
        [
            ["Intervention", "Group size", "Frequency", "Staff", "Cost per term"],
            ["Phonics catch-up (Read Write Inc)", "1:3", "4 x 20 min", "TA", "£420"],
            ["Precision teaching - high frequency words", "1:1", "3 x 10 min", "TA", "£210"],
            ["Zones of Regulation", "1:6", "1 x 30 min", "Learning mentor", "£160"],
            ["Lunchtime club", "1:8", "Daily", "MDS", "£190"],
        ],
        [2.6, 0.9, 1.1, 1.2, 1.0],
    ),
    (
        "p",
        "Progress: Harrison's phonics screening re-check in June 2025 was 19/40. After one term of the interventions above his score on the school's termly check is 23/40. His reading age (Salford) is 5 years 6 months at a chronological age of 7 years 8 months.",
    ),
    (
        "p",
        "Behaviour: 11 recorded incidents this term, most at the end of lunchtime. The learning mentor reports that Harrison can name his feelings using the Zones but cannot yet use a strategy without adult help.",
    ),
    (
        "p",
        "The school's view: Harrison needs daily specialist literacy teaching and adult support at unstructured times, beyond what the school can fund from its notional SEN budget (£6,000 per pupil has already been exceeded).",
    ),
    ("p", "Signed: Mrs A. Nuttall, SENCo, 12 December 2025"),
]

FREYA_APPX = """Avonheath Council - EHC needs assessment
Appendix D: Advice from the school or setting

Name of pupil: Freya Dibden   Year group: 5   School: Heathbury Junior School
Completed by: Mr Toby Grant, class teacher, with Mrs Helen Marsh, SENCo   Date: 12 February 2026

1. Attainment
Reading: working towards the expected standard for Year 2. Writing: working towards Year 2. Maths: working towards Year 3.

2. Strengths
Freya is kind and hard-working. She is good at art and loves looking after the class guinea pigs.

3. What does the school see as the child's difficulties?
Freya often does not understand instructions given to the class and copies what other children do. She misunderstands questions in reading comprehension and in maths word problems. She is becoming reluctant to come to school on Mondays.

4. What support has been given (SEN support)?
Small group phonics and comprehension (4 x 20 minutes a week), a word mat and pre-teaching of vocabulary when a TA is available. Advice from the Communication and Autism Team (November 2025).

5. Outcomes the school would like to see
That Freya understands and remembers key vocabulary for each topic and can answer simple inference questions.

6. Provision the school thinks she needs
A daily language group and regular involvement from a speech and language therapist.
"""

OSCAR_TEACHER_EML = """Dear Ms Tarrant,

As promised, here is my end-of-term report on Oscar for you and for his review in June. I have also put a copy on his file.

OSCAR TARRANT - YEAR 5 - SPRING TERM REPORT (Heathbury Junior School)

Reading: Oscar is now reading Turquoise level books with good accuracy. He still finds it hard to keep his place and will skip lines unless he uses his reading ruler.
Writing: Oscar's ideas are excellent. Handwriting remains slow and effortful and he tires after about ten minutes; typing on the class laptop has doubled the amount he produces.
Maths: Secure with multiplication facts to 5 x 5. He needs concrete resources for fractions.
Social and emotional: Oscar has had a much better term. He has two close friends and has only needed the calm room three times since January.
Targets for next term: to use the laptop for all extended writing; to use the ruler without reminders; to join the after-school chess club.

Best wishes,
Mr Ravi Chandran
Class teacher, Willow Class
"""

# --- independent reports ----------------------------------------------------------------------

FREYA_IND_SLT = [
    ("org", "Joanna Fry Speech and Language Therapy"),
    (
        "small",
        "Independent practice  |  The Coach House, Mill Lane, Bramble Cross AH5 6TT  |  HCPC SL09921  |  RCSLT member",
    ),
    ("title", "Expert Report: Speech, Language and Communication"),
    (
        "kv",
        [
            ("Prepared for", "First-tier Tribunal (SEND), appeal EH 870/26/00633"),
            ("Instructed by", "Mr and Mrs Dibden"),
            ("Child", "Freya Dibden, DOB 22/01/2016"),
            ("Assessment dates", "23 and 25 June 2026 (home and school)"),
            ("Report date", "3 July 2026"),
        ],
    ),
    ("h", 2, "1. Summary of findings"),
    (
        "p",
        "Freya has a severe receptive and expressive language disorder (CELF-5 Core Language standard score 62, below the 1st centile). This is a lifelong condition that will continue to affect her learning without specialist intervention.",
    ),
    ("h", 2, "2. Recommendations"),
    (
        "p",
        "Freya requires direct speech and language therapy from a qualified therapist for 45 minutes each week during term time, and a language programme delivered daily (20 minutes) by a teaching assistant trained and supervised by the therapist, who should visit school twice each half term.",
    ),
    ("h", 2, "3. Statement of truth"),
    (
        "p",
        "I understand that my duty in writing this report is to help the Tribunal, and that this duty overrides any obligation to the parents who instructed me. I confirm that the facts stated in this report are true and that the opinions I have expressed are my true and complete professional opinions.",
    ),
    ("sig", ["Joanna Fry", "BSc (Hons) MRCSLT, Independent Speech and Language Therapist"]),
]

HARRISON_IND_EP = [
    ("org", "Northmere Psychology Associates"),
    (
        "small",
        "Chartered and HCPC-registered educational psychologists  |  12 Market Court, Northmere SB12 1AZ  |  01632 960770",
    ),
    ("title", "Independent Educational Psychology Report"),
    (
        "p",
        "Child: Harrison Pickering   Date of birth: 30/04/2018   Report commissioned privately by Mrs Carys Pickering   Date: 2 February 2026",
    ),
    ("h", 2, "Background and reason for referral"),
    (
        "p",
        "Mrs Pickering asked for an independent assessment because the local authority has refused to carry out an EHC needs assessment and she is appealing that decision.",
    ),
    ("h", 2, "Assessment results"),
    (
        "grid",
        [
            ["Test", "Score", "Description"],
            ["WISC-V Full Scale IQ", "96", "Average"],
            ["WISC-V Working Memory Index", "78", "Very low"],
            ["WIAT-III Word Reading", "66", "Extremely low"],
            ["WIAT-III Spelling", "64", "Extremely low"],
            ["CTOPP-2 Phonological Awareness", "70", "Poor"],
        ],
        [3.0, 1.0, 2.0],
    ),
    ("h", 2, "Opinion"),
    (
        "p",
        "In my opinion Harrison has a specific learning difficulty (dyslexia) of severe degree, together with emotional dysregulation secondary to repeated failure. The support he has received under SEN support has been appropriate in kind but far below the intensity he needs. He is likely to need provision that cannot reasonably be made from the school's own resources.",
    ),
    ("h", 2, "Declaration"),
    (
        "p",
        "I confirm that I have made clear which facts and matters referred to in this report are within my own knowledge and which are not, and that I understand my duty to the Tribunal.",
    ),
    (
        "sig",
        ["Dr Sian Meredith", "Chartered Educational Psychologist, Northmere Psychology Associates"],
    ),
]

TOMASZ_IND_OT = """Dear Mr and Mrs Bielski,

Please find Tomasz's report below, as agreed (a signed PDF copy will follow by post on the next ferry). Our invoice will be sent separately.

Kind regards
Office Manager, Solent Reach Therapy Partnership

INDEPENDENT OCCUPATIONAL THERAPY REPORT
Child: Tomasz Bielski   DOB: 02/05/2015   Report date: 22 June 2026
Therapist: Claire Ashdown, BSc OT, HCPC OT61123, Advanced practitioner in paediatric neurology
Prepared for the First-tier Tribunal (SEND), appeal EH 860/26/00512, on the instructions of the parents.

Assessment
I assessed Tomasz at home and at Westerby Primary School and visited Carrow High School on 19 June 2026. Tomasz uses a powered chair with tilt-in-space. He needs two adults for all hoisted transfers. His upper limb function (MACS level III) allows him to use his eye-gaze device and a switch; handwriting is not functional.

Carrow High School site visit
The science block has no hoist and the accessible toilet is too small for a tracking hoist and two adults. The route between the main building and the sports hall crosses a steep ramp that Tomasz cannot use independently in wet weather.

Recommendations
1. Tomasz needs a changing-places standard hygiene room with a ceiling track hoist on every floor he uses.
2. He requires a specialist OT review of his seating each term and a 24-hour postural management programme.
3. All written work to be produced through his eye-gaze device, with an assistive technology specialist teacher for one hour each week.

Statement of truth: I understand my duty is to the Tribunal. The facts stated in this report are true and the opinions are my own.
Claire Ashdown, Independent Occupational Therapist
"""

OSCAR_NEUROPSYCH = """From: FORESTGATE CLINIC  01632 960777        Fax: 01632 960778     04-06-2026  11:52     Page 1/5

FORESTGATE PAEDIATRIC NEUROPSYCHOLOGY (private practice)
Dr Imogen Strand, Consultant Clinical Neuropsychologist, HCPC PYL08876

CONFIDENTIAL - INDEPENDENT NEUROPSYCHOLOGICAL ASSESSMENT
Name: Oscar Tarrant   DOB: 14/09/2015   Seen: 19 and 20 May 2026
Requested by: Ms Louise Tarrant (mother), for use in Oscar's annual review and any appeal

Reason for referral
Oscar was born at 29 weeks and had a grade 3 intraventricular haemorrhage. His mother is concerned that his school reports describe him as "lazy" with writing.

Findings
Oscar's verbal comprehension is average (NEPSY-II). His visuomotor precision and speeded motor tasks are below the 2nd centile, and his visual attention is impaired. The pattern is typical of children with early white matter injury, and is not explained by motivation.

Recommendations
- Oscar should be taught to touch-type and use a laptop for all extended writing.
- Extra time (25%) and a separate room in tests.
- Copying from the board should be replaced by printed notes.
- An occupational therapy assessment of his visual-motor skills.

I confirm that this report is my independent opinion and that I understand my duty to any court or tribunal.
Dr Imogen Strand
"""

# --- annual reviews ---------------------------------------------------------------------------

ELLIS_AR = [
    ("org", SALT),
    ("small", SALT_SMALL),
    ("title", "Annual Review of an EHC Plan - Record of the Review Meeting"),
    (
        "kv",
        [
            ("Child", "Ellis Hartigan, Year 5"),
            ("School", "Saltwich St Anne's CE Primary School"),
            ("Date of meeting", "3 February 2027"),
            (
                "Present",
                "Gemma and Rob Hartigan, Jo Tatton (SENCo), Mr Aaron Platt (class teacher), Fiona Leckie (SLT, by phone)",
            ),
            ("Apologies", "Karen Moss (SEND Case Coordinator)"),
        ],
        [1.6, 5.0],
    ),
    ("h", 2, "Progress towards outcomes"),
    (
        "grid",
        [
            ["Outcome", "Progress", "Next step"],
            [
                "Ask for help using a help card or words",
                "Achieved in most lessons",
                "Extend to unstructured times",
            ],
            [
                "Move between lessons using visual timetable",
                "Partly achieved: still needs prompts after lunch",
                "Keep outcome",
            ],
        ],
        [2.6, 2.2, 2.2],
    ),
    ("h", 2, "What is working and not working"),
    (
        "p",
        "Working: the morning check-in with his TA, the low-arousal space, the SLT's social communication group. Not working: lunchtime in the hall, which Ellis still finds very noisy; he has left the hall on 14 occasions this term.",
    ),
    ("h", 2, "Recommendations of the meeting"),
    (
        "bul",
        [
            "Amend Section B to describe Ellis's sensory needs at lunchtime in more detail.",
            "Add to Section F a quiet lunch space with a named adult.",
            "Keep the plan and the placement.",
        ],
    ),
    (
        "p",
        "The school will send this record, with the reports received, to the local authority within two weeks of the meeting.",
    ),
]

MAISIE_AR = [
    ("org", "Ringmere Infant School"),
    ("small", "Annual review report - EHC plan"),
    ("title", "Maisie Penhallow (Year 2) - annual review, 3 March 2026"),
    ("b", "People's views"),
    (
        "p",
        "Maisie showed us her favourite things with her symbols: the donkey book, the sand tray and her friend Poppy. Her parents are delighted with her reading of five sight words, but worried about the move to the junior school and about her tiredness in the afternoons.",
    ),
    ("b", "Progress against the outcomes in Section E"),
    (
        "p",
        "Maisie now combines two signs or words to make requests about half of the time. She reads and recognises seven familiar words. Her pencil grip has improved since the OT programme began.",
    ),
    ("b", "Changes the review recommends"),
    (
        "p",
        "Update Section B with the speech and language therapist's new advice. Name Ringmere Junior School in Section I from September 2026. Keep 25 hours of teaching assistant support; the family do not agree with any reduction.",
    ),
    ("p", "Chaired by Mrs Kate Osborne, SENCo"),
]

TOMASZ_AR_FW = """FYI - the review paperwork the school sent round. Page 3 is the bit about Carrow High.

Pawel

-------- Original message --------
From: Westerby Primary SENCo <senco@westerbyprimary.example.org>
Date: 06/03/2026 15:18
To: pawel.bielski@example.org, additionalneeds@carrow.example.org
Subject: Tomasz Bielski - annual review 4 March 2026

ANNUAL REVIEW OF EHC PLAN - REVIEW REPORT
Pupil: Tomasz Bielski   Year 6   Date of review: 4 March 2026   Type: Year 6 phase transfer review
Attended: Mr and Mrs Bielski; Mrs Catriona Moore (headteacher); Miss Sara Crennell (SENCo); Mrs E. Crellin (SENCo, Carrow High); Lucy Faragher (NHS physiotherapist)

1. Tomasz's views: "I want to go to big school with my friends but I need to get to the science rooms."
2. Parents' views: they are worried that Carrow High cannot meet Tomasz's physical needs and would like Ardmoor Special School on the mainland to be considered.
3. Progress: Tomasz met his eye-gaze outcome (a paragraph of independent writing). Physiotherapy programme delivered on 80% of days.
4. Recommendations: add hydrotherapy weekly (physio advice); specify physiotherapy programme as 30 minutes daily; consult Carrow High and Ardmoor for September 2026.

Please send any comments by 13 March.
Sara Crennell, SENCo
"""

OSCAR_AR_PHOTO = """Heathbury Junior School - Annual Review Meeting Notes
Pupil: Oscar Tarrant    Date: 17 June 2026    (delayed from February)
Present: Ms L. Tarrant (mum), Mr R. Chandran (class teacher), Mrs H. Marsh (SENCo), Anneka Dyer (SEN Casework Hub)

1. Review of plan and outcomes
Handwriting outcome not met - laptop use agreed. Reading: good progress. Friendships: much improved.

2. New information
Independent neuropsychology report (May 2026) and NHS OT advice (May 2026) shared. Both say Oscar's difficulties are motor and visual, not effort.

3. Agreed by the meeting
- Plan to be amended: Section B to include visual-motor and visual attention needs; Section F to add touch-typing programme and OT review each term.
- Mum disagrees with keeping TA hours at 15; the hub will take this to panel.
- Next review: spring 2027 (Year 6 transfer).

Notes taken by H. Marsh
"""

# --- parents' views ---------------------------------------------------------------------------

ELLIS_PARENTS = [
    ("org", SALT),
    ("small", "EHC needs assessment - Appendix A: Parent and carer views"),
    ("title", "About Ellis - from Gemma and Rob"),
    (
        "field",
        "What is Ellis like? What are his strengths?",
        "Ellis is funny, honest and clever. He knows every station on the Salterbrook branch line and can draw the map from memory. He is very gentle with his little sister.",
    ),
    (
        "field",
        "What does Ellis find difficult?",
        "Noise, crowds and changes that nobody warned him about. After school he often screams or hides under the table for an hour because he has held everything in all day. He doesn't eat at school because of the dining hall.",
    ),
    (
        "field",
        "What has helped?",
        "Knowing exactly what is happening, in pictures. His trains as a reward. Mrs Birch, who explains things calmly.",
    ),
    (
        "field",
        "What do you hope for Ellis in the future?",
        "That he can stay at St Anne's with his friends, eat his lunch, and one day work on the railways if he wants to.",
    ),
    (
        "field",
        "What support do you think he needs?",
        "An adult who understands autism all day, speech therapy that actually happens in school, and somewhere quiet to go.",
    ),
    ("p", "Gemma and Rob Hartigan, 12 November 2025"),
]

NOOR_COMMENTS = """Dear Mr Okafor,

Noor Siddiqui - our comments on the draft EHC plan (v1.0)

Thank you for sending the draft. These are our views as Noor's parents.

Section A - please add that Noor understands Urdu and English and that we sign with her at home.

Section B - the draft does not mention her hitting out when she isn't understood, which the EP described, or her glue ear and how it affects her listening.

Section F - "speech and language therapy will be provided as appropriate" does not tell us anything. The SALT said Noor needs therapy every week and a daily programme at nursery. We want the plan to say who, how often and for how long. "Support from an adult in small-group sessions" should say how many hours.

Section I - we would like Brinefield Primary School's nursery class from September, where her cousin goes.

We would like a meeting with you to discuss these points before the final plan is issued.

Saima and Imran Siddiqui
"""

TOMASZ_STATEMENT = [
    ("title", "Witness statement of Pawel Bielski"),
    (
        "p",
        "First-tier Tribunal (SEND), appeal EH 860/26/00512. Tomasz Bielski v Isle of Carrow Council.",
    ),
    (
        "onum",
        [
            "I am Tomasz's father. I make this statement in support of our appeal about Sections B, F and I of his EHC plan.",
            "Tomasz needs two adults for every transfer. At home my wife and I do this about twelve times a day. When he is tired his arms go stiff and he cannot use his eye-gaze device well.",
            "Since hydrotherapy stopped in September 2025 Tomasz has more pain in his hips and sleeps badly. The physiotherapist told us in February that weekly hydrotherapy would help him.",
            "We visited Carrow High School on 19 June with the OT. There is no hoist in the science block. The staff were kind but told us they did not know how they would manage.",
            "We know Ardmoor is across the water. Tomasz is used to the ferry and says he would rather travel than be stuck on the ground floor all day.",
            "I believe the facts in this statement are true.",
        ],
        "",
    ),
    ("sig", ["Signed: Pawel Bielski", "Date: 20 July 2026"]),
]

MAISIE_PARENT_TXT = """Maisie's annual review - what we (Mum and Dad) think
for the meeting on 3rd March

What's going well
- she LOVES school and says "school, school" every morning
- she reads 7 words now!! she read "dog" on a sign in the heath shop
- her signing is coming on, she made up her own sign for the donkeys

What we're worried about
- she's shattered by 2pm and falls asleep in the car every day
- the school say they might cut her TA hours. she needs someone with her or she wanders off - she's got no sense of danger near the road
- junior school in September - it's a big building and she doesn't know anyone there
- her hearing - the grommets came out again in January

What we'd like
- keep the 25 hours
- a proper transition plan with lots of visits and a photo book
- the SALT to keep seeing her in school, not just send a programme

Tamsin and Kit Penhallow
"""

# --- children's views ----------------------------------------------------------------------

RUBY_VIEWS = """My views - Ruby Quayle, Year 9
(I typed this with the speech-to-text on my laptop so sorry for any mistakes)

What I'm good at: swimming, baking, looking after Skipper, science practicals, being a good friend.

What is hard: reading out loud. Spelling. When teachers write loads on the board and rub it off before I've copied it. When people laugh when I read.

How I feel about school: I used to like it. Now on Sunday nights I feel sick. Sometimes I stay home because I can't face English.

What helps me: the reader pen. Mr Callister reading the questions. Printed sheets. Being in a small group. Having someone to talk to who doesn't make a fuss.

What I want for the future: to do marine biology at university and work with seals. I want to pass my GCSEs even though I have dyslexia.

What I want adults to know: I'm not lazy. I'm actually trying really hard.
"""

MAISIE_VIEWS = [
    ("org", "Ringmere Infant School"),
    ("title", "Maisie's views - what Maisie told us"),
    (
        "p",
        "Gathered by Mrs Jo Tizzard (teaching assistant) using Maisie's symbol book, Makaton and photographs, over three sessions in February 2026. Maisie's words are in quotation marks.",
    ),
    (
        "table",
        [
            ["Question (with symbols)", "Maisie's answer"],
            [
                "What do you like at school?",
                '"Sand." Signed PLAY and pointed to the sand tray photo. "Poppy."',
            ],
            ["What is hard?", 'Pointed to the picture of the hall and covered her ears. "Noisy."'],
            ["Who helps you?", '"Jo." Signed HELP and FRIEND.'],
            ["What do you want to do in big school?", '"Donkey book." Signed READ.'],
        ],
        {"header": True, "widths": [2.5, 4.0]},
    ),
    (
        "p",
        "Maisie chose a yellow smiley face for school, and a sad face for home time when she is tired.",
    ),
]

TOMASZ_VIEWS = """Hi Mr and Mrs Bielski,

Tomasz wanted his own words to go to the tribunal, so he wrote this with his eye-gaze over three sessions this week. I have not changed anything except putting in full stops where he asked me to. He chose the subject line himself!

Jen Quirk, TA, Westerby Primary

---
My name is Tomasz. I am 11. I like football and Minecraft and my dog.
I want to go to a school where I can do science with everyone. At Carrow High I can not get in the science room because there is no hoist.
I do not mind the ferry. I like the ferry. I see the dolphins sometimes.
When my legs hurt I can not think. The swimming pool makes my legs better.
I want people to ask me, not only my mum and dad.
Tomasz
"""

HARRISON_VIEWS = [
    (
        "cover",
        [
            "HEARING BUNDLE",
            "EH 885/26/00341  Pickering v Salterbrook Borough Council",
            "SECTION D",
            "Appellant's evidence",
            "Pages D1 - D2",
        ],
    ),
    ("title", "Harrison's views"),
    (
        "p",
        "Harrison talked to his learning mentor, Miss Rigby, on 28 January 2026. He drew pictures and she wrote down what he said, in his words.",
    ),
    (
        "kv",
        [
            ["What I like", "Lego. My cousins. Football at break. Drawing volcanoes."],
            [
                "What is hard",
                "Reading. Everybody else can read and I can't. Lunch is too loud and I get cross.",
            ],
            ["What helps", "When Miss Rigby sits with me. When I have the green card to go out."],
            [
                "What I want",
                "I want to read a Minecraft book by myself. I want to stop getting in trouble.",
            ],
        ],
        [1.6, 4.8],
    ),
    (
        "p",
        'Harrison chose to draw himself as a volcano that is "calm on the outside but bubbly inside".',
    ),
]

DOCUMENTS: list[dict] = [
    {
        "name": "Appendix C2 Hartigan.pdf",
        "kind": "ep_report",
        "blocks": ELLIS_EP,
        "accent": "7A1F3D",
    },
    {
        "name": "Fwd_ Freya - for Joanna.eml",
        "kind": "ep_report",
        "text": FWD_FREYA_EP,
        "headers": headers(
            "Gail Dibden <gail.dibden@example.org>",
            "Joanna Fry <joanna@fryslt.example.org>",
            "Fwd: Freya - for Joanna",
            "Sun, 14 Jun 2026 20:02:44 +0100",
        ),
    },
    {
        "name": "SAR disclosure doc 9.pdf",
        "kind": "ep_report",
        "text": RUBY_EP_SAR,
        "ocr": True,
        "running": "SAR/26/0144",
    },
    {"name": "Noor nursery visit.docx", "kind": "ep_report", "blocks": NOOR_EP_NOTE},
    {
        "name": "Ruby teachers comments.docx",
        "kind": "school_report",
        "blocks": RUBY_TEACHERS,
        "sans": True,
    },
    {"name": "Harrison provision map.pdf", "kind": "school_report", "blocks": PROVISION_MAP},
    {"name": "Freya school advice.txt", "kind": "school_report", "text": FREYA_APPX},
    {
        "name": "Oscar - end of term.eml",
        "kind": "school_report",
        "text": OSCAR_TEACHER_EML,
        "headers": headers(
            "Ravi Chandran <r.chandran@heathburyjunior.example.org>",
            "louise.tarrant@example.org",
            "Oscar - end of term",
            "Fri, 27 Mar 2026 16:55:10 +0000",
        ),
        "html": True,
    },
    {
        "name": "Freya SALT.pdf",
        "kind": "independent_report",
        "blocks": FREYA_IND_SLT,
        "accent": "006D6F",
    },
    {"name": "Harrison EP report.docx", "kind": "independent_report", "blocks": HARRISON_IND_EP},
    {
        "name": "Tomasz OT report.eml",
        "kind": "independent_report",
        "text": TOMASZ_IND_OT,
        "headers": headers(
            "Solent Reach Therapy <office@solentreach.example.org>",
            "pawel.bielski@example.org",
            "Tomasz OT report",
            "Mon, 22 Jun 2026 17:31:09 +0100",
        ),
        "qp": True,
    },
    {
        "name": "Oscar neuropsych.pdf",
        "kind": "independent_report",
        "text": OSCAR_NEUROPSYCH,
        "ocr": True,
        "running": "FORESTGATE CLINIC",
    },
    {"name": "Ellis AR.pdf", "kind": "annual_review", "blocks": ELLIS_AR, "accent": "7A1F3D"},
    {"name": "Maisie 3 March.docx", "kind": "annual_review", "blocks": MAISIE_AR, "sans": True},
    {
        "name": "Fw_ Carrow High.eml",
        "kind": "annual_review",
        "text": TOMASZ_AR_FW,
        "headers": headers(
            "Pawel Bielski <pawel.bielski@example.org>",
            "Bex Kermode <bex.kermode@carrow-sendiass.example.org>",
            "Fw: Carrow High",
            "Sat, 07 Mar 2026 08:12:55 +0000",
        ),
    },
    {"name": "IMG_5102.pdf", "kind": "annual_review", "text": OSCAR_AR_PHOTO, "ocr": 0.08},
    {"name": "Ellis - about Ellis.docx", "kind": "parent_views", "blocks": ELLIS_PARENTS},
    {
        "name": "Noor draft plan.eml",
        "kind": "parent_views",
        "text": NOOR_COMMENTS,
        "headers": headers(
            "Saima Siddiqui <saima.s@example.org>",
            "Liam Okafor <send.statutory@salterbrook.example.org>",
            "Noor draft plan",
            "Sun, 25 Jan 2026 21:47:30 +0000",
        ),
    },
    {"name": "statement Pawel.pdf", "kind": "parent_views", "blocks": TOMASZ_STATEMENT},
    {"name": "Maisie review - our bit.txt", "kind": "parent_views", "text": MAISIE_PARENT_TXT},
    {"name": "Pickering bundle section D.pdf", "kind": "child_views", "blocks": HARRISON_VIEWS},
    {"name": "Ruby.txt", "kind": "child_views", "text": RUBY_VIEWS},
    {"name": "Maisie one page.docx", "kind": "child_views", "blocks": MAISIE_VIEWS, "sans": True},
    {
        "name": "Tomasz - tribunal.eml",
        "kind": "child_views",
        "text": TOMASZ_VIEWS,
        "headers": headers(
            "Jen Quirk <j.quirk@westerbyprimary.example.org>",
            "pawel.bielski@example.org",
            "Tomasz - tribunal",
            "Thu, 16 Jul 2026 15:20:00 +0100",
        ),
    },
]
