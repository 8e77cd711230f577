# ruff: noqa: E501
"""Educational reports of set N: educational psychologists (a council EP's advice under
"Psychological advice" with a consultation record, an EP's advice sent as an e-mail, a
scanned advice, a short EP's update); schools (a nursery's early years advice, a head's
advice in a pro forma, a secondary school's evidence with an attainment table, a school's
statement for the tribunal); independent experts for the tribunal (an occupational
therapist, a speech and language therapist, an educational psychologist, a developmental
paediatrician); and annual reviews (a pro forma, minutes typed up as text, a review
photographed, a Year 9 preparing-for-adulthood review). All invented."""

from __future__ import annotations

from document_kinds_n.common import headers

# --- educational psychology ------------------------------------------------------------------

EP_ADVICE = [
    ("org", "Wealdmere Educational Psychology Service"),
    ("small", "Part of SENAPS | Oast House, Priory Road, Tenterbury TW3 1HP | 01632 960440"),
    ("title", "Psychological Advice"),
    (
        "p",
        "Advice provided under regulation 6(1)(d) of the Special Educational Needs and Disability Regulations 2014",
    ),
    (
        "kv",
        [
            ("Name", "Tobias Fenwick-Ash"),
            ("Date of birth", "03/10/2016"),
            ("School", "Oastley CE Primary School (Year 3)"),
            ("Dates of involvement", "5 and 12 February 2026"),
            ("Educational psychologist", "Dr Priya Lomax, HCPC PYL09981"),
        ],
    ),
    ("h", 2, "1. Sources of information"),
    (
        "p",
        "Consultation with parents (Jodie Fenwick and Marcus Ash) and with the SENCo, Mrs Gurpreet Sandhu; classroom observation during a literacy lesson and at lunchtime; individual work with Tobias; review of school records and the occupational therapy advice.",
    ),
    ("h", 2, "2. Tobias's strengths and interests"),
    (
        "p",
        "Tobias is a curious, articulate boy with a strong interest in how machines work. His verbal reasoning is in the average to high average range (WISC-V Verbal Comprehension Index 112).",
    ),
    ("h", 2, "3. Assessment"),
    (
        "grid",
        [
            ["Measure", "Standard score", "Centile"],
            ["Verbal Comprehension Index (WISC-V)", "112", "79"],
            ["Working Memory Index (WISC-V)", "82", "12"],
            ["Phonological memory (CTOPP-2)", "75", "5"],
            ["Single word reading (WIAT-III)", "78", "7"],
            ["Spelling (WIAT-III)", "74", "4"],
        ],
        [0.5, 0.25, 0.25],
    ),
    (
        "p",
        "There is a marked gap between Tobias's verbal reasoning and his literacy and working memory scores. This profile is consistent with a specific learning difficulty (dyslexia), compounded by the motor difficulties described by the occupational therapist.",
    ),
    ("h", 2, "4. Special educational needs"),
    (
        "p",
        "Tobias has significant difficulties in learning to read, spell and record his ideas. His difficulty in unstructured, noisy times leads to distress and leaving the classroom.",
    ),
    ("h", 2, "5. Outcomes and provision recommended"),
    (
        "bul",
        [
            "Daily structured, multisensory literacy teaching, one to one, by a trained adult (20 minutes).",
            "A laptop with speech-to-text for extended writing, with touch-typing teaching.",
            "A predictable, quiet space at lunchtime with a familiar adult.",
            "Weekly emotional literacy sessions with an ELSA.",
        ],
    ),
    ("sig", ["Dr Priya Lomax", "Educational Psychologist", "2 March 2026"]),
]

EP_EML = """
Dear Deepa,

Please find below my psychological advice for Kai Thornbury-Mensah's EHC needs assessment, as requested. I have also copied Kai's mother, as agreed at our meeting.

PSYCHOLOGICAL ADVICE - Kai Thornbury-Mensah (DOB 02/10/2014), Sawbury Junior School, Year 6

Background: Kai was diagnosed with autism in 2022. He has had 11 days' absence this spring linked to anxiety. I met Kai and his mother at home on 14 January 2026 and observed him in school on 21 January (maths, then the dining hall).

What I found: Kai's reasoning skills are in the average range (BAS3 General Conceptual Ability 98) and his reading accuracy is age-appropriate. His difficulties lie in social communication, in processing spoken language at speed, and in managing anxiety when routines change. In the dining hall he covered his ears and stopped eating after four minutes. On the Spence Children's Anxiety Scale he scored in the elevated range for separation and generalised anxiety.

Needs: (1) literal understanding of language and slow processing of verbal information; (2) high anxiety with change and transition; (3) sensory sensitivity to noise and touch.

Recommendations:
- A named key adult, trained in autism, to check in with Kai at the start and end of the day.
- Regular, structured teaching of emotional regulation (e.g. Zones of Regulation), at least weekly.
- Advance warning of any change, with a visual timetable.
- A planned, extended transition to secondary school, with extra visits and a photo book.
- A secondary setting with a smaller base or resource where Kai can retreat when overwhelmed.

I am happy to discuss this advice with the panel.

Kind regards,
Femi Adebayo-Clarke
Senior Educational Psychologist (HCPC registered)
Lea and Stort Educational Psychology Service
01632 960640
"""

EP_SCAN = """
MEONFORD CITY COUNCIL - EDUCATIONAL PSYCHOLOGY TEAM
Chalkpit Lane, Meonford MF2 6DT

ADVICE FOR EDUCATION, HEALTH AND CARE NEEDS ASSESSMENT

Child: Isaac Adeyemi-Frost   DOB: 19/08/2019   Setting: Little Chalk Nursery
EP: Dr Rosalind Whitcombe   Date of report: 9 January 2026

Summary of involvement
I observed Isaac at nursery on 2 December 2025 and met his parents at home on 10 December. I used the Schedule of Growing Skills and play-based assessment.

Isaac's development
Isaac's overall development is at around the 18-24 month level (he is 6 years old). He uses single words and signs, enjoys cause-and-effect toys and shares attention with a familiar adult for short periods. He has global developmental delay.

Needs
Isaac has significant needs in communication, cognition and learning, and physical development.

Recommendations
- A total communication environment throughout the day.
- An individual curriculum based on small, sequenced steps.
- A high level of adult support: 1:1 at transitions and in open spaces.
- A specialist setting for children with complex learning needs is likely to be needed.

R. Whitcombe, Educational Psychologist
"""

EP_UPDATE = [
    ("org", "Wey Hills Educational Psychology Service"),
    ("small", "Millmead Offices, Godsmere GH7 2WR"),
    ("b", "Note of EP consultation - Eli Tregaskis (Year 5, Godsmere Park School)"),
    (
        "kv",
        [
            ("Date", "11 June 2026"),
            (
                "Present",
                "Mrs Amira Lyle (SENCo), Mr Jowan Tregaskis (father), Dr Ben Sutcliffe (EP)",
            ),
            ("Reason", "Update for annual review"),
        ],
    ),
    ("b", "What is going well"),
    (
        "p",
        "Eli's attendance has risen to 91% since the check-in was introduced. He now works for 15 minutes at a time in English with his shared teaching assistant.",
    ),
    ("b", "Concerns"),
    (
        "p",
        'Eli still becomes very distressed at playtime and has hit out at other pupils three times this term. His father feels that Eli "holds it together" at school and then explodes at home.',
    ),
    ("b", "Psychological formulation"),
    (
        "p",
        "Eli's behaviour can be understood as the result of high anxiety and sensory overload, which builds through the day. The masking his father describes is common in autistic children and means the school sees less of his distress than the family does.",
    ),
    ("b", "Agreed actions"),
    (
        "bul",
        [
            "School to provide a structured alternative to afternoon playtime (a club or a job) from September.",
            "The EP will carry out a sensory-friendly audit of the classroom in the autumn term.",
            "The EP view is that Eli's needs can currently be met at Godsmere Park with these adjustments.",
        ],
    ),
    ("sig", ["Dr Ben Sutcliffe, Educational Psychologist"]),
]

# --- school ----------------------------------------------------------------------------------

NURSERY = [
    ("org", "Little Acorns Pre-school"),
    ("small", "Village Hall, Shere Lane, Godsmere GH9 3AA | Ofsted registered | 01632 960580"),
    ("title", "Early years setting advice for EHC needs assessment"),
    (
        "kv",
        [
            ("Child", "Zofia Kowalczyk-Reeve"),
            ("Date of birth", "11/04/2018"),
            ("Key person", "Mrs Donna Fairweather"),
            ("Sessions attended", "5 mornings a week since September 2024"),
        ],
    ),
    ("h", 2, "Zofia's progress against the EYFS prime areas"),
    (
        "grid",
        [
            ["Area", "Typical of age", "Zofia (observed)"],
            ["Communication and language", "40-60 months", "16-26 months"],
            ["Physical development", "40-60 months", "22-36 months"],
            ["Personal, social and emotional", "40-60 months", "22-36 months"],
        ],
        [0.4, 0.3, 0.3],
    ),
    ("h", 2, "What we have put in place"),
    (
        "p",
        "Zofia has a 1:1 adult for most of each session, funded by the Wey Hills Early Years Inclusion Fund. We use Makaton with the whole group and a visual timetable. She has a changing routine at 10am and 11.30am.",
    ),
    ("h", 2, "What we think Zofia will need in Reception"),
    (
        "p",
        "An adult with her for most of the day, especially at lunch and in the playground; daily speech and language activities; help with toileting; and a small, calm space to go to when she is tired.",
    ),
    ("sig", ["Donna Fairweather, Key Person and SENCo", "Date: 2 February 2026"]),
]

HEAD_PRO_FORMA = [
    ("org", "Hawkhollow Primary School"),
    ("small", "Part of the Weald Oak Learning Partnership | Church Street, Hawkhollow TW5 2BP"),
    ("b", "Appendix B"),
    ("field", "1. Pupil's name and year group", "Jayden Doughty, Year 4"),
    ("field", "2. Attendance this year", "94.2%"),
    (
        "field",
        "3. Current attainment",
        "Reading: working towards Year 1 expectations (phonics phase 4). Writing: pre-key stage standard 3. Maths: working towards Year 3.",
    ),
    (
        "field",
        "4. Strengths",
        "Jayden is kind, loves PE and is very good at explaining how to build things. He listens well in class discussion.",
    ),
    (
        "field",
        "5. Special educational needs",
        "Jayden has severe difficulties with reading and spelling. He cannot read the instructions on worksheets. He is becoming upset and avoids reading tasks; he has torn up his work twice this term.",
    ),
    (
        "field",
        "6. SEN support provided so far (assess, plan, do, review)",
        "Daily phonics catch-up in a group of 4 (15 minutes); Precision teaching 3 times a week; coloured overlay; Specialist Teaching Service visit January 2026.",
    ),
    (
        "field",
        "7. Impact",
        "Very limited. Jayden's phonics screening score went from 14 to 19 in a year.",
    ),
    (
        "field",
        "8. What further provision do you consider necessary?",
        "Daily one-to-one specialist literacy teaching from a trained adult; an assessment by an educational psychologist; support with recording.",
    ),
    ("field", "Completed by", "Mrs Helen Ashdown, Headteacher, 20 February 2026"),
]

SECONDARY_EVIDENCE = """
Sawbury Upper School - Learning Support Department
Evidence for the SEND Tribunal, appeal EH998/26/00417 (Oliwia Wiśniewska, Year 8)

Written by: Mrs Kavita Joshi, SENCo, at the request of Oliwia's parents. 20 July 2026.

1. I have been Oliwia's SENCo since she joined us in September 2023.

2. Attainment (teacher assessment, summer 2026):
   English - working at Year 4 level; reading age 8 years 9 months (NGRT, June 2026)
   Maths - working at Year 5 level
   Science - working at Year 5 level with adapted resources

3. Support Oliwia receives: a literacy group twice a week (Lexia, 30 minutes), a weekly check-in with me, laptop for written work, extra time in tests.

4. In my opinion Oliwia needs more than this. The EP's recommendation of specialist literacy teaching three times a week from a qualified specialist teacher is not something our school can provide from its own budget: we have one specialist teacher for 1,450 pupils and she is fully committed to Year 11 access arrangements.

5. Since January Oliwia has missed 14 Mondays. She tells staff that she feels "thick".

6. The school supports the parents' appeal for an EHC plan.

Kavita Joshi, SENCo
"""

SCHOOL_STATEMENT = [
    ("org", "Godsmere Park School"),
    ("small", "Furze Hill Road, Godsmere GH2 8QS | Headteacher: Mr N. Bassi"),
    ("title", "Pupil progress report for EHC plan annual review - information for parents"),
    (
        "kv",
        [
            ("Pupil", "Eli Tregaskis"),
            ("Class", "5S"),
            ("Teacher", "Miss Saoirse Quinlan"),
            ("Report date", "12 May 2026"),
        ],
    ),
    ("h", 2, "English"),
    (
        "p",
        "Eli has grown in confidence in reading and now chooses books about space in the library. He is reading at a Year 3 level. Writing remains hard; he writes two or three sentences with support.",
    ),
    ("h", 2, "Maths"),
    (
        "p",
        "Eli is secure with place value to 1,000 and is working on multiplication facts. He works best with concrete equipment.",
    ),
    ("h", 2, "Personal development"),
    (
        "p",
        "Eli has found playtimes very hard this year. Staff have noticed that he copes better on days when he starts with his check-in and has a movement break mid-morning.",
    ),
    ("h", 2, "Targets for next year"),
    (
        "bul",
        [
            "Write a paragraph of four sentences independently.",
            "Recall the 2, 5 and 10 times tables.",
            "Use his break card rather than leaving the room.",
        ],
    ),
    ("sig", ["Saoirse Quinlan, Class Teacher", "Amira Lyle, SENCo"]),
]

# --- independent experts ----------------------------------------------------------------------

IND_OT = [
    ("org", "Velloor Paediatric Occupational Therapy"),
    (
        "small",
        "Independent practice | 7 Kiln Yard, Tenterbury TW1 4EJ | 01632 960491 | HCPC OT71420",
    ),
    ("title", "Expert Report"),
    (
        "p",
        "In the First-tier Tribunal (Special Educational Needs and Disability), appeal EH996/26/00109: Tobias Fenwick-Ash v Wealdmere County Council",
    ),
    (
        "p",
        "Prepared at the request of the appellants by Chandra Velloor, BSc (Hons) OT, MSc, HCPC registered, 10 August 2026",
    ),
    ("h", 2, "1. Instructions and my duty to the tribunal"),
    (
        "p",
        "I have been asked by Tobias's parents to assess his occupational therapy needs and to comment on Sections B and F of the plan issued on 22 May 2026. I understand that my duty is to the tribunal and overrides any obligation to those who instruct or pay me.",
    ),
    ("h", 2, "2. Assessment (29 July 2026, at home and in a clinic room)"),
    (
        "p",
        "Movement ABC-3: total score 5th centile. Beery VMI: 9th centile. Sensory Profile 2: definite difference in auditory filtering and avoiding. Handwriting speed (DASH adapted): 6 words per minute.",
    ),
    ("h", 2, "3. Opinion"),
    (
        "p",
        "Tobias has developmental coordination disorder with significant difficulties in handwriting and in sensory modulation. The plan does not mention his sensory needs in Section B and makes no provision for direct occupational therapy.",
    ),
    ("h", 2, "4. Recommendations for Section F"),
    (
        "grid",
        [
            ["Provision", "Who", "How often"],
            [
                "Direct occupational therapy for motor planning and handwriting",
                "HCPC registered OT",
                "6 x 45-minute sessions per term for one year, then review",
            ],
            [
                "Sensory diet embedded in the school day",
                "TA trained by the OT",
                "Daily, 3 x 5 minutes",
            ],
            [
                "Training for class staff on DCD and sensory needs",
                "HCPC registered OT",
                "2 hours once a year",
            ],
        ],
        [0.45, 0.25, 0.3],
    ),
    ("h", 2, "Statement of truth"),
    (
        "p",
        "I confirm that I have made clear which facts and matters in this report are within my own knowledge and which are not. Those that are within my own knowledge I confirm to be true. The opinions I have expressed represent my true and complete professional opinions.",
    ),
    ("sig", ["Chandra Velloor", "10 August 2026"]),
]

IND_SALT_TXT = """
THE CHALKHILL PRACTICE - Independent Speech and Language Therapy
12 Sheep Street, Meonford MF1 3RT  |  01632 960733  |  HCPC SL041188, RCSLT member

Report for the First-tier Tribunal (SEND)
Child: Callum Abernethy (DOB 06/09/2014)   Appeal ref: EH997/26/00288
Seen: 18 and 20 April 2026 (clinic and Downland Academy)   Report date: 2 May 2026
Therapist: Imogen Tallis-Berry, MSc, Certified MRCSLT

1. Background. Callum is 11 and has ADHD (diagnosed November 2025). No speech and language therapy assessment has ever been carried out. He has been excluded for 9 days this year, mostly for verbal outbursts after misunderstandings.

2. Assessment. CELF-5 UK: Core Language Score 68 (2nd centile); Receptive Language Index 70; Expressive Language Index 72. Understanding Inferences: 4 out of 15. Narrative (ERRNI): poorly organised, with missing key events.

3. Opinion. Callum has a developmental language disorder co-occurring with ADHD. Many incidents recorded as defiance follow instructions he did not understand.

4. Recommendations.
4.1 Direct speech and language therapy from a qualified SLT: 1 hour per week for 2 terms, then 1 hour per fortnight.
4.2 A language programme delivered by a trained TA, 3 x 20 minutes per week.
4.3 Training for all of Callum's teachers on DLD (one twilight session).
4.4 Visual supports and key-word vocabulary pre-teaching in every subject.

I understand my duty is to help the tribunal on matters within my expertise. I believe the facts in this report are true and that the opinions are my own.

Imogen Tallis-Berry
"""

IND_EP = [
    ("org", "Stort Psychology Associates"),
    (
        "small",
        "Chartered educational psychologists | 3 Maltings Mews, Bishop's Ware BW1 8LT | 01632 960655",
    ),
    ("title", "Report of Dr Gideon Marr-Oyelaran, Chartered Educational Psychologist"),
    (
        "p",
        "For the First-tier Tribunal (SEND), appeal EH998/26/00417 - Oliwia Wiśniewska. Instructed by the appellants. Date of assessment: 18 June 2026.",
    ),
    ("h", 2, "Summary of opinion"),
    (
        "p",
        "Oliwia has a severe specific learning difficulty affecting reading, spelling and written expression, together with a weakness in verbal comprehension. In my opinion her needs cannot be met from the resources normally available to a mainstream school, and she requires an EHC plan.",
    ),
    ("h", 2, "Assessment results"),
    (
        "grid",
        [
            ["Test", "Standard score", "Centile"],
            ["WISC-V Verbal Comprehension", "74", "4"],
            ["WISC-V Processing Speed", "70", "2"],
            ["WIAT-III Word Reading", "72", "3"],
            ["WIAT-III Reading Comprehension", "76", "5"],
        ],
        [0.5, 0.25, 0.25],
    ),
    ("h", 2, "Recommended provision"),
    (
        "bul",
        [
            "Specialist literacy teaching by a teacher holding an AMBDA or equivalent, 3 x 45 minutes a week, one to one.",
            "Pre-teaching of subject vocabulary by a TA, 2 x 20 minutes a week.",
            "Assessment by a speech and language therapist.",
            "Reader, scribe and 25% extra time in all assessments.",
        ],
    ),
    ("p", "I confirm that I understand my duty to the tribunal and that I have complied with it."),
    ("sig", ["Dr G. Marr-Oyelaran, CPsychol, HCPC PYL07713", "24 June 2026"]),
]

IND_PAED_EML = """
Dear Mr and Mrs Duarte,

As promised, please find my report below. A signed PDF copy will follow by post. Please forward it to your solicitor, Ms Kaur at Hillside Education Law.

MEDICO-LEGAL REPORT - DR ANNELIESE VORSTER, CONSULTANT DEVELOPMENTAL PAEDIATRICIAN (GMC 7099123)
Prepared for the SEND Tribunal on the instructions of the appellants' solicitors. I have no prior clinical involvement with Rafael.

Rafael Duarte, DOB 05/02/2015. Seen at my rooms in Godsmere on 30 June 2026 with both parents; school questionnaires (Conners 4) from his class teacher.

Findings: Rafael meets the diagnostic criteria for ADHD, combined presentation, in addition to the dyslexia already identified. The Conners 4 teacher ratings are very elevated for inattention and hyperactivity. There is no evidence of a motor disorder.

Opinion on Sections B and F: Section B of the proposed amended plan does not describe his attention difficulties as a diagnosed condition; it should. In my opinion Rafael requires a daily movement break programme, a structured work station, and an adult to help him start tasks in every literacy and numeracy lesson. I have referred him back to his GP for a medication review in the NHS.

I confirm that I understand my duty to the tribunal, which overrides any obligation to the parties instructing me, and that this report is true to the best of my knowledge and belief.

Dr A. Vorster MBChB FRCPCH
"""

# --- annual reviews ---------------------------------------------------------------------------

AR_PRO_FORMA = [
    ("org", "Tillingbourne House School"),
    ("small", "Special school for pupils aged 11-19 | Tillingbourne Lane, Godsmere GH6 4NN"),
    ("title", "Annual Review of EHC Plan - Review Report"),
    (
        "kv",
        [
            ("Student", "Lowenna Pascoe-Bright"),
            ("Year", "9"),
            ("Date of meeting", "9 June 2026"),
            (
                "Present",
                "Mr Pascoe-Bright (father), Lowenna (part), Ms Tilly Ashworth (tutor), Mr Joel Kibble (SENCo), diabetes nurse (written report)",
            ),
            ("Local authority", "Wey Hills Council - invited, sent apologies"),
        ],
    ),
    ("h", 2, "Progress towards outcomes"),
    (
        "grid",
        [
            ["Outcome", "Progress", "Keep / change / remove"],
            [
                "Read a bus timetable and menu independently",
                "Achieved - reads menus and timetables with 95% accuracy",
                "Remove - replace with Entry Level 3 outcome",
            ],
            [
                "Attend school every day without her dad in the classroom",
                "Achieved - attendance 96%",
                "Remove",
            ],
            ["Manage blood glucose checks with a prompt", "Partly achieved", "Keep"],
        ],
        [0.4, 0.35, 0.25],
    ),
    ("h", 2, "Preparing for adulthood"),
    (
        "p",
        "Lowenna would like to work with animals. She will begin independent travel training in September and wants to continue into the school's sixth form.",
    ),
    ("h", 2, "Recommendations of the review"),
    (
        "bul",
        [
            "Amend Section B to update reading age (now 9y2m).",
            "Amend Section E with new outcomes for Entry Level 3 animal care and independent travel.",
            "Amend Section F to add independent travel training.",
            "Section I: no change.",
        ],
    ),
    ("sig", ["Joel Kibble, SENCo", "Report sent to the local authority on 11 June 2026"]),
]

AR_MINUTES_TXT = """
Zofia K-R  -  review meeting notes (typed up by Mrs Fairweather)

Date: Thursday 25 June 2026, 3.30pm, Little Acorns Pre-school
Present: Agata Kowalczyk (mum), Simon Reeve (dad), Donna Fairweather (key person/SENCo), Rachel Underhill (Reception teacher, Shere Lane Infants), Jo Penrose (SLT, by phone for the first 20 mins). Apologies: physio.

This was Zofia's first annual review of her EHC plan (plan issued 8 July 2025), brought forward so that it could be held before she starts Reception.

Parents' views: really pleased with how much Zofia has come on. She now uses about 90 signs and some two-word phrases. Worried about lunch times and about the size of the Reception class (30). Want the plan to say how many hours of adult support she gets.

Setting's views: outcomes 1 and 2 met, outcome 3 (toileting) partly met. Zofia still needs an adult for most of the session.

SLT (Jo): recommends a direct block of therapy in the autumn term and a signing programme at school. Will send written update.

Agreed: the review recommends that the LA amends Section F to specify 1:1 adult support for 30 hours a week, daily language activities from an adult trained by the SLT, and termly SLT review; Section I to name Shere Lane Infant School from September 2026. Donna to send the review report and these notes to the LA within 2 weeks.
"""

AR_PHOTO = """
ANNUAL REVIEW MEETING RECORD
Oastley CE Primary School

Pupil: Tobias Fenwick-Ash       Date of review: 4 March 2027
Plan dated: 22 May 2026       Review type: Annual review (first)
Attendees: J. Fenwick (mum), M. Ash (dad), Mrs G. Sandhu (SENCo), Mrs F. Adeleke (TA), Tobias (for the first part)

1. Tobias's views
"I like my laptop. I don't like it when people look at my writing." Tobias would like more Lego club.

2. Progress against outcomes
Reading: now reading Year 3 books with 85% accuracy. Outcome partly met.
Recording: uses speech-to-text independently. Outcome met.
Calm card: used most days; left the classroom 3 times since September (14 last year).

3. Is the provision in Section F being delivered?
Yes, except OT: the 6 sessions ordered by the tribunal started late (November).

4. Recommendations
Keep the plan. Update Section B (reading, motor skills). New outcomes for spelling and for joining a club.

Signed: G. Sandhu, SENCo
"""

Y9_REVIEW = [
    ("org", "Hawkhollow Academy"),
    ("small", "Part of the Weald Oak Learning Partnership"),
    ("title", "Year 9 Preparing for Adulthood Review"),
    (
        "kv",
        [
            ("Young person", "Amara Ekwueme"),
            ("Date", "10 July 2027"),
            (
                "Attended",
                "Amara, Mrs Ekwueme, Mr Fairlie (SENCo), Ms Baptiste (careers adviser), Ms Nwankwo (speech and language therapist)",
            ),
        ],
    ),
    ("h", 2, "Employment"),
    (
        "p",
        "Amara still wants to be a vet nurse. Ms Baptiste has arranged a work-experience taster at Oastley Veterinary Surgery in Year 10.",
    ),
    ("h", 2, "Independent living"),
    ("p", "Amara travels to school on her own by bus and cooks simple meals at home."),
    ("h", 2, "Friends, relationships and community"),
    ("p", "She has two close friends and goes to the Saturday riding club."),
    ("h", 2, "Good health"),
    ("p", "No health needs identified."),
    ("h", 2, "Review of the plan"),
    (
        "p",
        "Amara met her Year 8 outcome for following two-step instructions. The speech and language therapist reports her understanding has improved to the 9th centile but remains a significant need. The meeting agreed the plan should be amended to add preparing-for-adulthood outcomes and to keep the weekly SLT-directed programme.",
    ),
    ("sig", ["Mr D. Fairlie, SENCo"]),
]


DOCUMENTS: list[dict] = [
    {"name": "Appendix 3.pdf", "kind": "ep_report", "blocks": EP_ADVICE, "accent": "5B3A1A"},
    {
        "name": "Kai - advice for panel.eml",
        "kind": "ep_report",
        "text": EP_EML,
        "headers": headers(
            "Femi Adebayo-Clarke <f.adebayo-clarke@example.org>",
            "Deepa Ramsay <deepa.ramsay@example.org>",
            "Kai Thornbury-Mensah - advice for panel",
            "Mon, 2 Feb 2026 17:31:40 +0000",
            cc="abena.tm@example.org",
        ),
    },
    {
        "name": "Isaac nursery report.pdf",
        "kind": "ep_report",
        "text": EP_SCAN,
        "ocr": True,
        "running": "Meonford City Council - Educational Psychology",
    },
    {
        "name": "meeting notes 11 June.docx",
        "kind": "ep_report",
        "blocks": EP_UPDATE,
        "accent": "2E5E2E",
    },
    {
        "name": "Zofia - Little Acorns.docx",
        "kind": "school_report",
        "blocks": NURSERY,
        "sans": True,
        "accent": "7A4B00",
    },
    {
        "name": "Appendix B Jayden.pdf",
        "kind": "school_report",
        "blocks": HEAD_PRO_FORMA,
        "accent": "3F6E3F",
    },
    {"name": "statement.txt", "kind": "school_report", "text": SECONDARY_EVIDENCE},
    {
        "name": "Eli annual review report.pdf",
        "kind": "school_report",
        "blocks": SCHOOL_STATEMENT,
        "accent": "2E5E2E",
        "sans": True,
    },
    {
        "name": "Chandra Velloor OT.pdf",
        "kind": "independent_report",
        "blocks": IND_OT,
        "accent": "6B2D5C",
    },
    {"name": "Callum SALT.txt", "kind": "independent_report", "text": IND_SALT_TXT},
    {
        "name": "EP report Oliwia June.docx",
        "kind": "independent_report",
        "blocks": IND_EP,
        "accent": "333366",
    },
    {
        "name": "Rafael - medical report.eml",
        "kind": "independent_report",
        "text": IND_PAED_EML,
        "headers": headers(
            "Dr Anneliese Vorster <a.vorster@example.org>",
            "Helena Duarte <helena.duarte@example.org>",
            "Rafael - report",
            "Wed, 8 Jul 2026 22:05:13 +0100",
            cc="Paulo Duarte <paulo.d@example.org>",
        ),
    },
    {
        "name": "Lowenna review June 2026.docx",
        "kind": "annual_review",
        "blocks": AR_PRO_FORMA,
        "accent": "2E5E2E",
    },
    {"name": "Zofia notes.txt", "kind": "annual_review", "text": AR_MINUTES_TXT},
    {"name": "IMG_0907.pdf", "kind": "annual_review", "text": AR_PHOTO, "ocr": 0.07},
    {"name": "Amara PfA.pdf", "kind": "annual_review", "blocks": Y9_REVIEW, "accent": "3F6E3F"},
]
