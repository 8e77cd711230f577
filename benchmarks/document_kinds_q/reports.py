# ruff: noqa: E501
"""Reports of set Q written by educationists, independent experts, parents and children:
educational psychologists (a council's advice, a traded service's consultation record, an
advice forwarded in a SENCo's e-mail body, an advice behind the council's cover sheet and
scanned), schools (a Catholic primary's advice, a Montessori nursery's report, a secondary
SENCo's collated staff feedback, a first school's SEN support plan scanned), independent
experts (a tribunal report behind its cover sheet, an OT, a speech therapist's report as
text, a specialist teacher's report forwarded by a solicitor), parents' and children's
views. All invented."""

from __future__ import annotations

from document_kinds_q.common import WYCH, WYCH_SMALL, headers

# --- educational psychologists ----------------------------------------------------------

CARROW_EP = [
    ("org", "Isle of Carrow Educational Psychology Service"),
    (
        "small",
        "Part of Children's Services  |  The Old Pilot House, Westhaven CW1 4RP  |  01632 960350",
    ),
    ("title", "Psychological advice for an Education, Health and Care needs assessment"),
    (
        "kv",
        [
            ("Child", "Mia Kitto (DOB 17/04/2018)"),
            ("School", "Saltmarsh Down First School, Year 4"),
            ("Date of assessment", "11 and 15 March 2027"),
            (
                "Educational psychologist",
                "Dr Tegen Chynoweth, HCPC registered practitioner psychologist",
            ),
        ],
        [0.3, 0.7],
    ),
    ("h", 2, "1. Background and sources of information"),
    (
        "p",
        "This advice is given under regulation 6(1)(d) of the SEND Regulations 2014. I met Mia in school on two occasions, observed her in a literacy lesson and at playtime, consulted her class teacher and the SENCo, and spoke with her parents by telephone. I read the community paediatrician's letter of 8 January 2027.",
    ),
    ("h", 2, "2. Cognitive assessment"),
    (
        "grid",
        [
            ["BAS3 scale", "Standard score", "Percentile", "Description"],
            ["Verbal ability", "94", "34", "Average"],
            ["Non-verbal reasoning", "101", "53", "Average"],
            ["Spatial ability", "97", "42", "Average"],
            ["Recall of digits forward", "72", "3", "Very low"],
            ["Word reading", "76", "5", "Low"],
            ["Spelling", "74", "4", "Very low"],
        ],
        [0.35, 0.2, 0.2, 0.25],
    ),
    (
        "p",
        "Mia's reasoning abilities are in the average range, while her verbal short-term memory and her literacy attainments are well below. This pattern is consistent with a specific learning difficulty of a dyslexic type.",
    ),
    ("h", 2, "3. Social and emotional development"),
    (
        "p",
        "Mia was anxious when asked to read and hid her work under her arm. Her parents describe daily distress after school. She told me she is 'the worst reader in the world'.",
    ),
    ("h", 2, "4. Special educational needs"),
    (
        "bul",
        [
            "Phonological processing and verbal memory difficulties affecting reading and spelling.",
            "Low confidence and anxiety related to literacy.",
        ],
    ),
    ("h", 2, "5. Recommended provision"),
    (
        "bul",
        [
            "A structured, multisensory literacy programme delivered individually by a trained teacher or specialist TA for at least 4 x 30 minutes each week.",
            "Pre-teaching of key vocabulary and overlearning, 10 minutes daily.",
            "Access to a reading pen and recorded texts in all subjects.",
            "Regular positive feedback on effort and a weekly check-in with a trusted adult.",
        ],
    ),
    ("sig", ["Dr Tegen Chynoweth", "Educational Psychologist", "22 March 2027"]),
]

TRADED_CONSULT = [
    (
        "org",
        "Saltbridge Psychology Partnership - traded educational psychology for Wychmere schools",
    ),
    ("small", "Old Brine Office, Saltley CH9 1BE  |  01632 960590"),
    ("title", "Consultation record"),
    (
        "kv",
        [
            ("Pupil", "Aarav Sandhu-Whitlow, Year 5"),
            ("School", "Wychmere St Mary's Catholic Primary School"),
            (
                "Consultation with",
                "Mrs Bernadette Doyle (SENCo), Miss Okafor (class teacher), Mrs Sandhu-Whitlow",
            ),
            ("Date", "24 September 2026"),
            ("EP", "Laurie Stopford, Educational Psychologist"),
        ],
        [0.3, 0.7],
    ),
    ("h", 2, "What are we worried about?"),
    (
        "p",
        "Aarav has returned from a three-month absence after spinal surgery. He tires quickly, is reluctant to write and has told his mum that he has no friends any more.",
    ),
    ("h", 2, "What is going well?"),
    (
        "p",
        "Aarav is articulate and enjoys reading non-fiction. His maths reasoning is a strength. He has a good relationship with Miss Okafor.",
    ),
    ("h", 2, "Psychological understanding"),
    (
        "p",
        "Aarav's difficulties appear to stem from fatigue and pain following surgery, and from the loss of his peer group. His writing difficulty is most likely physical rather than a learning difficulty: his spoken answers are detailed and accurate.",
    ),
    ("h", 2, "Agreed actions"),
    (
        "num",
        [
            "School to use a laptop and scribe for extended writing for the rest of the term.",
            "A buddy system at playtime, with a quiet indoor option on days when Aarav is in pain.",
            "School to request advice from the hospital physiotherapist about seating and rest breaks.",
            "Review by the EP after half term. With Mrs Sandhu-Whitlow's agreement, this record may be shared with the local authority for her appeal.",
        ],
    ),
    ("p", "Time used from the school's traded allocation: 2 hours."),
]

EP_FWD = """Dear Mrs Fairweather,

The educational psychologist has sent me her advice on Leon this afternoon. She said
she was happy for me to share it with you now rather than wait for the Hub. I've
pasted it below.

Mrs Angela Cray
SENCo, Pitsea Marsh Junior School

-------- Forwarded message --------
From: Dr Imogen Stacey <imogen.stacey@shoremead.example.org>
Subject: Psychological advice - Leon Fairweather
Date: 19 June 2026

SHOREMEAD EDUCATIONAL PSYCHOLOGY SERVICE
PSYCHOLOGICAL ADVICE - EHC NEEDS ASSESSMENT

Name: Leon Fairweather   DOB: 11/01/2016   School: Pitsea Marsh Junior School (Year 5)

Involvement: observation in class and at lunchtime (10/06/2026), individual assessment
(12/06/2026), consultation with Mrs Fairweather and Mrs Cray.

Assessment: On the Wechsler Individual Achievement Test, Leon's word reading (SS 81),
spelling (SS 73) and sentence composition (SS 70) are below average. His listening
comprehension (SS 98) is in the average range. During testing he needed frequent movement
breaks and responded well to a visual timer.

Needs: Leon's attention and impulse control (ADHD) significantly affect his access to
learning and his relationships. He has difficulty with written expression and spelling.
He has low self-esteem and describes himself as "the naughty one".

Recommendations:
- A key adult for unstructured times (break and lunch) every day.
- A daily individual or small-group literacy intervention of 30 minutes, delivered by a
  trained teaching assistant and overseen by the SENCo.
- Planned movement breaks every 20 minutes in lessons.
- A behaviour support plan agreed with Leon and his mother, reviewed half-termly.
- Staff training on ADHD from the Shoremead Inclusion Team.

Dr Imogen Stacey, Educational Psychologist (HCPC PYL09876)
"""

EP_COVER_SCAN = """SHOREMEAD BOROUGH COUNCIL - SEN CASEWORK HUB
ADVICE COVER SHEET (Appendix D)

EHC needs assessment of: Isla Brennan       DOB: 09/11/2021
Type of advice: Psychological advice (regulation 6(1)(d))
Requested: 12/02/2026      Due: 18/03/2026      Received: 16/03/2026
Caseworker: Tom Fernleigh
Checked for completeness: [X] sections 1-6   [X] signed   [X] dated

(page 2)

Shoremead Educational Psychology Service
Psychological advice - Early Years

Isla was seen at Little Herons Montessori Nursery on 2 March 2026 and at home on 4 March
2026. I used play-based observation and the Schedule of Growing Skills with her mother.

Isla's language and problem-solving are within the expected range for her age. She
joins in pretend play and takes turns with support. Her physical development is delayed
because of her right-sided hemiplegia: she avoids using her right hand and needs help to
manage stairs, climbing equipment and fastenings. She becomes frustrated and tearful when
she cannot keep up with other children outdoors.

Special educational needs:
- Physical access to the learning environment and fine motor skills.
- Emotional resilience and frustration when tasks are physically hard.

Recommended provision:
- An adult available to support Isla during outdoor learning, PE and transitions.
- Daily fine motor activities planned with the occupational therapist.
- Adults to name Isla's feelings and offer choices when she is frustrated.
- A staged transition to school with extra visits in the summer term.

Rebecca Thorogood, Educational Psychologist    15/03/2026
"""

# --- schools ----------------------------------------------------------------------------

ST_MARYS = [
    ("org", "Wychmere St Mary's Catholic Primary School"),
    ("small", "Voluntary aided  |  Church Lane, Wychmere CH9 3SM  |  Headteacher: Mr P. Grimshaw"),
    ("title", "Educational advice from the school"),
    ("p", "Pupil: Aarav Sandhu-Whitlow    Year 4    Date: 19 January 2026"),
    ("h", 2, "Attainment"),
    (
        "grid",
        [
            ["Subject", "Teacher assessment", "Expected for Year 4"],
            ["Reading", "Working at expected", "Expected"],
            ["Writing", "Working towards", "Expected"],
            ["Maths", "Working at greater depth", "Expected"],
        ],
        [0.3, 0.4, 0.3],
    ),
    ("h", 2, "Strengths"),
    (
        "p",
        "Aarav is a kind and thoughtful member of the class. He serves at the school Mass and is proud of it. He is an excellent problem solver.",
    ),
    ("h", 2, "Areas of difficulty"),
    (
        "p",
        "Aarav's handwriting is slow and effortful and he tires quickly. He has missed sessions for hospital appointments and physiotherapy. He is sometimes isolated at playtime because he cannot join in with football.",
    ),
    ("h", 2, "Support in place (SEN support)"),
    (
        "bul",
        [
            "Fine motor group twice a week.",
            "Laptop for writing tasks over one page.",
            "Rest breaks and a cushion on his chair.",
        ],
    ),
    ("h", 2, "What the school thinks Aarav needs"),
    (
        "p",
        "We believe Aarav's needs can largely be met with the support above, with advice from the physiotherapist. We would like more help with his social inclusion at playtime.",
    ),
    ("sig", ["Mrs B. Doyle, SENCo", "Mr P. Grimshaw, Headteacher"]),
]

MONTESSORI_TXT = """Little Herons Montessori Nursery - Report for Isla Brennan's EHC needs assessment
(Nursery advice - requested by Shoremead SEN Casework Hub)

Child: Isla Brennan   Age: 4 years 4 months   Attends: Monday to Friday mornings, 15 hours
Key person: Ms Joanne Hollis (Montessori Directress)   Setting SENCo: Mrs Kate Tanner

About Isla in our setting
Isla has attended Little Herons since September 2023. She is a sociable and determined
child who likes the water table, the cylinder blocks and singing at circle time.

Practical life
Isla pours and spoons using her left hand. She cannot yet open lunchbox clips or manage
her coat zip and needs an adult for these. She avoids the dressing frames.

Sensorial
Isla matches and grades colours and sizes accurately. She prefers to work at a low table
as standing tires her.

Language
Isla speaks in full sentences and retells stories. She knows 14 sandpaper letters.

Physical development (EYFS)
Isla is working below the expected level. She falls several times a week outdoors,
especially in the afternoon. She cannot climb the frame or ride the balance bike.

Personal, social and emotional development
Isla has two close friends. She becomes upset and sometimes hits out when she cannot do
what the others are doing outdoors.

What we do now
One-to-one help at lunch and outdoors (funded by Inclusion Funding until July), daily
hand exercises from the OT, a visual timetable.

What we think Isla will need in Reception
An adult with her at lunch, PE and outdoor times; a fine motor programme every day; staff
trained in her seizure plan; a planned transition with extra visits.

Signed: Kate Tanner, Setting SENCo   Date: 10 March 2026
"""

SECONDARY_FEEDBACK = """Dear Dean,

As requested for Ruby's tribunal bundle, here is the school's report. I have collated
feedback from her subject teachers, the attendance officer and the school counsellor.

SALTLEY HIGH SCHOOL - SCHOOL REPORT FOR THE FIRST-TIER TRIBUNAL
Pupil: Ruby Ashcroft   Year 11   Report date: 3 November 2026   Author: Laura Cheetham, SENCo

1. Attendance: 88.4% this year to date (Year 10: 81.2%). Most absences are on days with
   tests or mock exams.

2. Attainment (working grades):
   English language 3, English literature 3, maths 4, science 4-4, animal care (BTEC) Merit.

3. Subject teachers' feedback
   English: Ruby's ideas are strong orally; written answers are short and she avoids
   reading extracts aloud. The reader in mocks made a visible difference.
   Maths: Ruby works steadily in small steps. She struggles to copy from the board.
   Science: Ruby misses instructions given verbally in the lab; she sits at the front
   for her hearing.
   Animal care: Ruby is our most reliable student at the college farm placement.

4. Specialist literacy teaching: 2 x 45 minutes weekly since January 2026. Reading age
   has risen from 9y4m to 10y7m.

5. Counselling: Ruby has attended 14 of 18 sessions. The counsellor reports fewer panic
   attacks but continued anxiety before exams.

6. The school's view: Ruby's current provision is appropriate and should continue into
   college. She will need a reader, extra time and a quiet room for her GCSEs.

Laura Cheetham
SENCo, Saltley High School
"""

SEN_SUPPORT_SCAN = """SALTMARSH DOWN FIRST SCHOOL
SEN SUPPORT PLAN - Assess, Plan, Do, Review (cycle 3)

Pupil: Mia Kitto         Year: 3        Class teacher: Mr D. Nance
SENCo: Mrs P. Eddy       Plan start: 06/01/2026      Review: 27/03/2026
Primary area of need: Cognition and learning (literacy)

ASSESS
Salford reading age 5y10m at chronological age 7y9m. Phonics screening retake: 24/40.
Specialist Teaching Service visit 04/03/2026: possible dyslexic difficulties.

PLAN - targets
1. Mia will read and spell 30 high-frequency words.  Provision: precision teaching 5 x 5
   minutes daily with TA.
2. Mia will blend CVCC words.  Provision: Read Write Inc 1:1 tutoring 3 x 20 minutes weekly.
3. Mia will tell an adult when she feels worried.  Provision: ELSA sessions weekly.

DO - notes
Precision teaching delivered on 41 of 55 days (TA absence in February).
ELSA started 20/01/2026.

REVIEW (27/03/2026)
Target 1: 17/30 words. Target 2: not yet achieved. Target 3: partly achieved.
Mia is making slow progress despite three cycles of SEN support. Parents and school agree
to request an EHC needs assessment.

Signed: P. Eddy (SENCo)    J. Kitto (parent)
"""

# --- independent reports ----------------------------------------------------------------

FENWICK = [
    (
        "cover",
        [
            "EXPERT REPORT",
            "Aarav Sandhu-Whitlow (DOB 12/12/2016)",
            "Independent educational psychologist's report",
            "prepared for the First-tier Tribunal (SEND), appeal EH776/26/01188",
            "Dr Caroline Fenwick, CPsychol, AFBPsS",
        ],
    ),
    ("org", "Fenwick Child Psychology"),
    ("small", "The Coach House, Marbury Lane, Nantwold CH9 6LH  |  01632 960595  |  HCPC PYL01234"),
    ("h", 1, "1. Instructions"),
    (
        "p",
        "I was instructed by Lucas Education Law on behalf of Mr and Mrs Sandhu-Whitlow to assess Aarav's special educational needs and to give my opinion on the provision he requires. I understand that my duty is to the Tribunal and overrides any obligation to those who instructed or pay me.",
    ),
    ("h", 1, "2. Assessment"),
    (
        "p",
        "I assessed Aarav at home on 6 October 2026 and observed him in school on 8 October 2026. I used the WISC-V UK, the WIAT-4 and the Beery VMI.",
    ),
    (
        "grid",
        [
            ["Measure", "Score", "Percentile"],
            ["WISC-V Verbal Comprehension", "118", "88"],
            ["WISC-V Processing Speed", "80", "9"],
            ["WIAT-4 Sentence Composition", "84", "14"],
            ["Beery VMI Motor Coordination", "71", "3"],
        ],
        [0.5, 0.25, 0.25],
    ),
    ("h", 1, "3. Opinion"),
    (
        "p",
        "Aarav is a very able boy whose written output, processing speed and motor coordination are far below his verbal ability. In my opinion he has special educational needs in physical development and in emotional wellbeing which SEN support alone has not met. He requires an EHC plan.",
    ),
    ("h", 1, "4. Recommended provision"),
    (
        "bul",
        [
            "Daily touch-typing programme, 15 minutes, until he reaches 25 words per minute.",
            "Access to a scribe or voice-to-text for all written assessments.",
            "Occupational therapy assessment and a programme delivered by a trained TA, 3 x 20 minutes weekly.",
            "A structured social group, weekly, with a key adult, for two terms.",
        ],
    ),
    ("h", 1, "Statement of truth"),
    (
        "p",
        "I confirm that I have made clear which facts and matters referred to in this report are within my own knowledge and which are not. Those that are within my own knowledge I confirm to be true. The opinions I have expressed represent my true and complete professional opinions.",
    ),
    ("sig", ["Dr Caroline Fenwick", "Chartered Educational Psychologist", "12 October 2026"]),
]

INDEP_OT = [
    ("org", "Brine Valley Therapy Associates"),
    (
        "small",
        "Independent paediatric occupational therapy  |  Studio 4, The Lion Salt Works, Saltley CH9 1LS  |  01632 960598",
    ),
    ("title", "Occupational Therapy Report"),
    (
        "p",
        "Prepared at the request of Mr and Mrs Beddows for Harrison's appeal to the First-tier Tribunal (SEND), appeal number EH661/26/00417.",
    ),
    (
        "kv",
        [
            ("Name", "Harrison Beddows, DOB 30/06/2015"),
            ("Assessed", "2 and 4 June 2026, home and Nantwold Brook Academy"),
            ("Therapist", "Ffion Garside, BSc OT, HCPC OT54321, member of RCOT"),
        ],
        [0.3, 0.7],
    ),
    ("h", 2, "Assessments used"),
    (
        "p",
        "Sensory Profile 2 (parent and school forms); Movement ABC-2; Detailed Assessment of Speed of Handwriting (DASH); clinical observation.",
    ),
    ("h", 2, "Findings"),
    (
        "p",
        "Harrison's sensory profile shows 'much more than others' for auditory and olfactory sensitivity and for avoiding. In the canteen he covered his nose and ears and left within four minutes. His handwriting speed on the DASH is at the 2nd centile. His manual dexterity is at the 5th centile.",
    ),
    ("h", 2, "Recommendations"),
    (
        "bul",
        [
            "A sensory diet written by an occupational therapist and delivered by a key adult: 3 planned sensory breaks daily.",
            "Direct occupational therapy, 6 sessions of 45 minutes in the first term at secondary school, then termly review.",
            "An alternative lunch space away from the canteen, every day.",
            "Touch-typing programme and a laptop for all lessons requiring writing.",
        ],
    ),
    (
        "p",
        "I understand my duty to the Tribunal and I have complied with it. I believe that the facts I have stated in this report are true and that the opinions I have expressed are correct.",
    ),
    ("sig", ["Ffion Garside", "Independent Occupational Therapist", "9 June 2026"]),
]

ODUYA_TXT = """ODUYA SPEECH & LANGUAGE
Independent Speech and Language Therapy Report

Client: Kofi Mensah-Baird          DOB: 07/09/2018 (7 years 4 months at assessment)
Commissioned by: Mrs Abena Mensah-Baird (parent)
Therapist: Marguerite Oduya BSc (Hons) MRCSLT, HCPC SL12345
Assessment dates: 14 January 2026 (school), 16 January 2026 (home)
Report date: 27 January 2026

1. Reason for report
Mrs Mensah-Baird asked me to assess Kofi's speech, language and communication and to
recommend provision for his EHC plan.

2. Assessments
DEAP (Diagnostic Evaluation of Articulation and Phonology): percentage consonants correct
52% (severe range). Inconsistency score 18% (consistent errors).
CELF-5 UK: Receptive language index 78 (7th percentile); Expressive language index 74.
Intelligibility in Context Scale (parent): 2.6/5 with strangers.

3. Findings
Kofi has a severe phonological disorder: he replaces sounds made at the back of the mouth
with front sounds ("tar" for car) and reduces clusters. He also has a moderate
receptive and expressive language disorder. He is aware of his difficulties and withdraws
when he is not understood.

4. Recommendations
- Direct therapy from a speech and language therapist: weekly 30-minute sessions for at
  least two terms, then review (cycles of intervention).
- A daily 10-minute practice programme by a teaching assistant trained by the SLT.
- Vocabulary pre-teaching for each topic, 3 x 15 minutes weekly.
- Staff training in supporting unintelligible speech (one session, whole class team).

I confirm that this report is my own work and that the opinions are my true professional
opinions. I understand my duty to the Tribunal if this report is used in an appeal.

Marguerite Oduya
"""

SOLICITOR_FWD = """Dear Mr and Mrs Sandhu-Whitlow,

Please see below the final version of Ms Adeyemi's report, which we will file with the
Tribunal by 14 October. Do let me know if you spot any factual errors today.

Kind regards
Simon Lucas
Solicitor, Lucas Education Law LLP
This e-mail is confidential and may be legally privileged.

>>> Report text follows <<<

INDEPENDENT SPECIALIST TEACHER ASSESSMENT
Aarav Sandhu-Whitlow - for appeal EH776/26/01188
Assessor: Yetunde Adeyemi, MA SpLD, AMBDA, Specialist Teacher (Assessment Practising
Certificate)
Date of assessment: 29 September 2026

Summary: Aarav's reading is age-appropriate. His writing is limited by slow, painful
handwriting: on the DASH he wrote 7 words per minute (expected around 16). His spelling is
in the average range when he types. He loses concentration after 20 minutes of writing and
complains of hand and back pain.

Opinion: Aarav does not have dyslexia. His barriers to learning are physical and
emotional. He needs teaching approaches that reduce the demand of handwriting, and a
structured plan to rebuild his friendships after his long absence.

Recommendations:
1. Touch-typing tuition, daily 15 minutes, by a TA, for at least one term.
2. Voice-recognition software installed on a school laptop, with training for Aarav.
3. Extra time (25%) and rest breaks in tests.
4. A weekly small-group social skills session, 30 minutes, led by an adult known to him.

Statement of truth: I understand my duty to the Tribunal. The facts stated in this report
are true and the opinions expressed are my own.

Yetunde Adeyemi, 30 September 2026
"""

# --- parent views -----------------------------------------------------------------------

PARENT_FORM = [
    ("org", WYCH),
    ("small", WYCH_SMALL),
    ("title", "EHC needs assessment - Parent and carer advice (form PA1)"),
    (
        "p",
        "Please tell us about your child in your own words. There are no right or wrong answers.",
    ),
    ("field", "Your child's name", "Aarav Sandhu-Whitlow"),
    ("field", "Completed by", "Emma and Rajinder Sandhu-Whitlow (parents)"),
    (
        "field",
        "What is your child good at? What do they enjoy?",
        "Aarav loves space, chess and reading about the planets. He is gentle with his little cousins and very funny.",
    ),
    (
        "field",
        "What are you worried about?",
        "Since his operation Aarav has been in pain most days. He comes home exhausted and won't talk about school. He says nobody plays with him. His writing has gone backwards and he cries over homework.",
    ),
    (
        "field",
        "What support has helped?",
        "The laptop, and Miss Okafor letting him rest. Physio exercises at home when he will do them.",
    ),
    (
        "field",
        "What would you like your child to achieve in the next year?",
        "To have a friend, to be pain-free enough to enjoy school, and to get his ideas down on paper.",
    ),
    (
        "field",
        "Is there anything else we should know?",
        "We have asked the school three times for a physio visit and it has not happened.",
    ),
    ("p", "Signed: E. Sandhu-Whitlow    Date: 12 January 2026"),
]

PARENT_EML = """Dear Mr Fernleigh,

You asked for my views on Leon for the assessment. I'd rather write them than fill in
the form, I hope that's OK.

Leon is a loving boy who would do anything for his little sister. He is brilliant with
animals and can take a bike apart and put it back together. He is not a naughty boy,
whatever the school thinks.

At home we manage because everything is predictable. At school he has been sent out of
class nearly every day this term and was excluded twice. He tells me he is "thick" and
that the teachers hate him. He has started wetting the bed again.

What I want for Leon:
- someone who understands ADHD with him at lunch and break, when it all goes wrong;
- proper help with his reading and writing, not worksheets;
- for the school to stop sending him home.

His consultant at the Estuary hospital said he should have a quiet place to go and
movement breaks. The school says it can't do that without an EHCP.

Thank you for listening.
Sandra Fairweather (Leon's mum)
07700 900742
"""

PARENT_COMMENTS = """PARENTS' COMMENTS ON ELLIS KERROW'S DRAFT EHC PLAN (issued 3 February 2026)
From Demelza and Piran Kerrow - sent 16 February 2026

General
We are glad the plan is under way but it does not describe Ellis as he is. Almost
everything in Section F is "access to" or "support". We want the plan to say who, what
and how often.

Section A
Please add that Ellis is frightened of hand dryers and that he communicates by leading us
to what he wants.

Section B
- Add: Ellis has no sense of danger near water and the harbour; he needs 1:1 supervision
  at all times outside.
- Add his sleep difficulties (wakes at 3am most nights), which affect school.
- Add that he has feeding difficulties (eats only five foods).

Section F
- "Adult support throughout the day" should be "a trained 1:1 teaching assistant for the
  whole school day, including lunch and break".
- Speech and language therapy: the SLT recommended a weekly session with her plus daily
  practice. Please put that in.
- Occupational therapy: the OT advice asks for a sensory programme - it isn't there.

Section I
We would like Harbourside Special School, Westhaven. We visited on 10 February.

Signed: Demelza Kerrow, Piran Kerrow
"""

PARENT_PHOTO = """Isle of Carrow Council - My views as a parent / carer
(please use black pen)

Child's name: Mia Kitto
Your name: Lowri Kitto

1. What does your child like and what are they good at?
Mia is amazing at gymnastics and drawing. She is kind and loves our dog Bosun. She can
do any jigsaw.

2. What are your child's difficulties?
She can't read much at all and she knows it. She hides books. After school she screams
and cries for an hour, we can't talk to her till tea. She says her tummy hurts every
Sunday night.

3. What has been tried?
School have done phonics groups and the specialist teacher came once. We paid for a
tutor in the holidays.

4. What are your hopes for the future?
For Mia to read a bedtime story to her brother. For her to like school again.

Signed: L Kitto           Date: 20/02/2027
"""

# --- child views ------------------------------------------------------------------------

NOAH_VIEWS = [
    ("title", "My review - what I think"),
    ("p", "Name: Noah Trewin    Year 8    Quayside Middle School"),
    ("p", "I filled this in with Mrs Jago in the Harbour Room."),
    (
        "grid",
        [
            ["Question", "My answer"],
            ["What I like about school", "DT, making the bird box, lunch with Sam and Jowan"],
            [
                "What is hard",
                "Reading out loud. Spelling tests. When the bus is late and I miss registration",
            ],
            [
                "What helps me",
                "My reading pen. Mrs Jago checking my homework diary. Sitting near the front",
            ],
            [
                "What I'm worried about for high school",
                "Getting lost. Big kids. Having too many teachers who don't know about my seizures",
            ],
            ["What I want to be when I'm older", "An engineer on the ferries like my uncle"],
        ],
        [0.4, 0.6],
    ),
    ("p", "Noah chose a thumbs-up for 'Do you want to go to Carrow High School?'"),
]

CONOR_TXT = """My statement - Conor Haddow

I am 19 and I am appealing against the council's decision to stop my EHC plan. I wrote
this myself with help from Sian at SENDIASS to type it.

I am not starting work in September. The apprenticeship with the harbour was a trial and
they said I could not do it because I could not read the safety sheets fast enough. I
told Lorna this on the phone in June but the letter still says I am going to work.

I want to do the Level 3 marine engineering course at Carrow College next year. I need my
plan because without the reader and my support worker I could not pass my first year. In
lessons I get lost when there are lots of instructions, and I panic in exams.

My goals are to finish my course, get a job on the boats and live in my own flat by the
time I am 23.

I want the tribunal to keep my plan until I finish college.

Conor Haddow
30 July 2026
"""

ADVOCATE_VIEWS = [
    ("org", "Saltways Independent Advocacy"),
    ("small", "Children and young people's advocacy for Wychmere and Saltley  |  01632 960599"),
    ("title", "Ruby's views - for her annual review"),
    (
        "p",
        "I met Ruby at school on 10 November 2026. Ruby asked me to write down what she told me, in her words as far as possible, and to read it out at her review if she doesn't feel able to. She read this and agreed it.",
    ),
    ("b", "About me"),
    (
        "p",
        "\"I'm Ruby. I'm good with animals, especially horses, and I bake for my nan every Sunday. I want to be a veterinary nurse.\"",
    ),
    ("b", "What's working"),
    ("p", '"The reader in my mocks. Mrs Cheetham. Counselling has helped me not panic as much."'),
    ("b", "What's not working"),
    (
        "p",
        "\"Teachers who still ask me to read out loud even though it's in my plan. Science labs - I can't hear the teacher over the taps.\"",
    ),
    ("b", "What I want to happen next"),
    (
        "p",
        '"I want to go to Nantwold College for animal care. I want my reader and my counselling to carry on there. I want to be at the meeting for the first bit but not the whole thing."',
    ),
    (
        "sig",
        [
            "Written by: Jess Whitworth, Advocate",
            "Agreed by Ruby: yes (signed R.A.)",
            "12 November 2026",
        ],
    ),
]

DOCUMENTS: list[dict] = [
    {"name": "Appendix C.pdf", "kind": "ep_report", "blocks": CARROW_EP, "accent": "00606B"},
    {
        "name": "Aarav school visit.docx",
        "kind": "ep_report",
        "blocks": TRADED_CONSULT,
        "sans": True,
    },
    {
        "name": "Fw_ Report from today.eml",
        "kind": "ep_report",
        "text": EP_FWD,
        "headers": headers(
            "Angela Cray <senco@pitseamarsh.example.org>",
            "sandra.fairweather@example.org",
            "Fw: Report from today",
            "Fri, 19 Jun 2026 17:02:51 +0100",
        ),
    },
    {"name": "Isla EHCNA advice.pdf", "kind": "ep_report", "text": EP_COVER_SCAN, "ocr": True},
    {"name": "St Marys.docx", "kind": "school_report", "blocks": ST_MARYS},
    {"name": "Isla nursery.txt", "kind": "school_report", "text": MONTESSORI_TXT},
    {
        "name": "Ruby - tribunal evidence from school.eml",
        "kind": "school_report",
        "text": SECONDARY_FEEDBACK,
        "headers": headers(
            "Laura Cheetham <senco@saltleyhigh.example.org>",
            "Dean Pemberton <dean.pemberton@wychmere.example.org>",
            "Ruby Ashcroft - school report for tribunal",
            "Tue, 03 Nov 2026 16:18:09 +0000",
        ),
        "html": True,
    },
    {"name": "SCN_0007.pdf", "kind": "school_report", "text": SEN_SUPPORT_SCAN, "ocr": True},
    {
        "name": "Aarav - Dr Fenwick.pdf",
        "kind": "independent_report",
        "blocks": FENWICK,
        "footer": "Fenwick Child Psychology - Aarav Sandhu-Whitlow - page {n} of {m}",
    },
    {"name": "Harrison OT.docx", "kind": "independent_report", "blocks": INDEP_OT},
    {"name": "Oduya report final.txt", "kind": "independent_report", "text": ODUYA_TXT},
    {
        "name": "Aarav - final version.eml",
        "kind": "independent_report",
        "text": SOLICITOR_FWD,
        "headers": headers(
            "Simon Lucas <slucas@lucaseducationlaw.example.org>",
            "emma.sandhuwhitlow@example.org",
            "Aarav - specialist teacher report - final version",
            "Wed, 30 Sep 2026 12:44:18 +0100",
        ),
        "qp": True,
    },
    {"name": "about Aarav.docx", "kind": "parent_views", "blocks": PARENT_FORM},
    {
        "name": "Leon.eml",
        "kind": "parent_views",
        "text": PARENT_EML,
        "headers": headers(
            "Sandra Fairweather <sandra.fairweather@example.org>",
            "Tom Fernleigh <tom.fernleigh@shoremead.example.org>",
            "Leon",
            "Sun, 24 May 2026 22:10:37 +0100",
        ),
    },
    {"name": "comments.txt", "kind": "parent_views", "text": PARENT_COMMENTS},
    {"name": "PXL_20270220_204512.pdf", "kind": "parent_views", "text": PARENT_PHOTO, "ocr": 0.09},
    {"name": "Noah.docx", "kind": "child_views", "blocks": NOAH_VIEWS, "sans": True},
    {"name": "statement Conor.txt", "kind": "child_views", "text": CONOR_TXT, "crlf": True},
    {
        "name": "Ruby review 2026.pdf",
        "kind": "child_views",
        "blocks": ADVOCATE_VIEWS,
        "accent": "6B2E5E",
    },
]
