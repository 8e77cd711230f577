# ruff: noqa: E501
"""Educational and other reports of set P: educational psychologists (a council EP's advice
with a test table, a consultation record under a misleading name, advice in a traded
service's e-mail, a report scanned behind a confidentiality cover sheet); school reports (a
Catholic secondary's advice, a head of year's evidence for the tribunal, a SENCo's advice
forwarded in an e-mail, a primary's educational advice scanned behind a cover sheet);
independent experts (a neuropsychologist, a physiotherapist instructed for the appeal, an
education consultant, an EP's report forwarded by a solicitor's office); annual reviews;
parents' and children's views. All invented."""

from __future__ import annotations

from evaluation_kit.plaintext import quoted

from document_kinds_p.common import (
    ASH,
    KERRITH,
    KERRITH_SMALL,
    SALT,
    headers,
)

# --- educational psychologists ------------------------------------------------------------

EP_ADVICE = [
    ("org", SALT),
    (
        "small",
        "Educational Psychology Service, Brine House, Lion Salt Way, Salterford SF4 1BW  |  01632 960545",
    ),
    ("title", "Psychological advice for an EHC needs assessment"),
    (
        "kv",
        [
            ("Name", "Mabli Rees-Ferrante"),
            ("Date of birth", "30/01/2011"),
            ("School", "Wychbury High School, Year 10"),
            ("Date(s) seen", "20 and 27 November 2025"),
            ("Psychologist", "Dr Oluwaseun Adeyemi, HCPC registered practitioner psychologist"),
        ],
        [0.3, 0.7],
    ),
    ("h", 2, "1. Reason for involvement"),
    (
        "p",
        "The local authority requested psychological advice under regulation 6(1)(c) of the SEND Regulations 2014 as part of Mabli's EHC needs assessment.",
    ),
    ("h", 2, "2. Sources of information"),
    (
        "p",
        "Consultation with Mabli's parents and her head of year; observation in mathematics and art; individual work with Mabli; records from Brinefield Children's Hospital.",
    ),
    ("h", 2, "3. Assessment"),
    (
        "grid",
        [
            ["Scale", "Standard score", "Percentile", "Descriptor"],
            ["Verbal comprehension", "108", "70", "Average"],
            ["Visual spatial", "112", "79", "High average"],
            ["Working memory", "89", "23", "Low average"],
            ["Processing speed", "78", "7", "Very low"],
            ["Mathematics (WIAT-III numerical operations)", "81", "10", "Below average"],
        ],
        [0.45, 0.18, 0.15, 0.22],
    ),
    (
        "p",
        "Mabli's reasoning abilities are average to high average. Her slow processing speed is consistent with fatigue associated with her heart condition and with long absences from school. Gaps in mathematics reflect missed teaching rather than a specific learning difficulty.",
    ),
    ("h", 2, "4. Social, emotional and mental health"),
    (
        "p",
        'Mabli described worrying about her heart "every time it beats fast". On the Revised Children\'s Anxiety and Depression Scale her scores for generalised anxiety were in the borderline range.',
    ),
    ("h", 2, "5. Recommendations"),
    (
        "num",
        [
            "Mabli should have individual teaching in mathematics, at least twice a week, from a qualified teacher, to close gaps from missed teaching.",
            "Staff should reduce the volume of written output and provide printed notes so that her energy is used for learning.",
            "A named key adult should check in with Mabli weekly about her wellbeing; referral to the school nurse for health anxiety work is recommended.",
            "A rest base should be available without Mabli having to ask.",
        ],
    ),
    ("sig", ["Dr Oluwaseun Adeyemi", "Senior Educational Psychologist", "4 December 2025"]),
]

EP_CONSULT = [
    ("org", ASH),
    (
        "small",
        "Ashgrove Educational Psychology Service  |  Civic Offices, The Parade, Ashgrove New Town AG1 1PC  |  01632 960795",
    ),
    ("title", "Consultation Record"),
    (
        "kv",
        [
            ("Child", "Noor Haddad (Reception)"),
            ("Setting", "Elmfield Infant School"),
            (
                "Present",
                "Mrs L Haddad (mother), Mrs A Ridley-Shaw (inclusion lead), Miss S Begum (key adult), Mrs P Hale (EP)",
            ),
            ("Date", "26 January 2026"),
        ],
        [0.22, 0.78],
    ),
    ("h", 2, "What is going well?"),
    (
        "p",
        "Noor has settled into the class routines. She communicates non-verbally with Miss Begum and whispers to one friend, Maryam, in the book corner.",
    ),
    ("h", 2, "What are the concerns?"),
    (
        "p",
        "Noor has not spoken to any adult in school in over a year. Staff have sometimes tried to coax her to speak at the register, after which she froze and would not join in for the rest of the morning.",
    ),
    ("h", 2, "Psychological understanding"),
    (
        "p",
        "Noor's silence is best understood as an anxiety response rather than refusal. Pressure to speak raises her anxiety and makes speaking less likely. Her autism diagnosis adds to her need for predictability.",
    ),
    ("h", 2, "Agreed actions"),
    (
        "grid",
        [
            ["Action", "Who", "By when"],
            [
                "Remove all pressure to speak: answer the register by a card or a wave",
                "Class teacher",
                "From tomorrow",
            ],
            [
                "Begin a sliding-in programme with Miss Begum, three times a week for 15 minutes in a quiet room, starting with Mum present",
                "Key adult with Mrs Haddad",
                "By 9 February",
            ],
            [
                "Refer to NHS speech and language therapy for a selective mutism assessment",
                "Inclusion lead",
                "This week",
            ],
            ["Review progress at a follow-up consultation", "EP", "Late March"],
        ],
        [0.55, 0.25, 0.2],
    ),
    (
        "small",
        "Record written by Mrs P Hale, Educational Psychologist, and shared with all present.",
    ),
]

EP_EMAIL = (
    "Dear Mr and Mrs Okonjo-Marsh,\n\n"
    "Thank you for meeting me on Tuesday. As promised, here is my advice for Jude's move to secondary school. The school bought this work from our traded service, so I am sending it to you and to Mrs Salkeld directly. A formatted copy will follow.\n\n"
    "Background: Jude (11) has fetal alcohol spectrum disorder, diagnosed at the Ashgrove and Vale FASD clinic in 2022. He was seen in class at Kiln Park Primary and individually on 3 March 2026.\n\n"
    "Assessment: on the BAS-3 Jude's verbal and non-verbal reasoning were in the low average range. His recall of instructions was well below average (2nd percentile): he could repeat back only two-step instructions. His behaviour rating by staff (BRIEF-2) showed clinically significant difficulties with inhibition, shifting between tasks and emotional control.\n\n"
    "What this means: Jude's 'running' is a response to overload and changes he did not expect, not defiance. He will not learn from consequences in the way his peers do, because he struggles to link cause and effect.\n\n"
    "Recommendations:\n"
    "1. Jude will need an adult with him in all lessons and at transitions in Year 7, trained in FASD-informed approaches; a plan to reduce this gradually should be reviewed termly.\n"
    "2. A personalised visual timetable, with changes shown to him at least a day ahead where possible.\n"
    "3. Instructions given one step at a time and written down.\n"
    "4. A calm base he can go to with a pass, and a plan agreed with him for returning to class.\n"
    "5. No behaviour system based on losing privileges; use a positive relational approach.\n"
    "6. Six enhanced transition visits to Brickhill Academy in the summer term.\n\n"
    "With best wishes\n\n"
    "Mrs Pippa Hale\nEducational Psychologist (HCPC PYL09999)\nAshgrove Psychology Traded Services\n01632 960796\n"
)

EP_SCAN = """\
CONFIDENTIAL
ISLE OF KERRITH COUNCIL
EDUCATIONAL PSYCHOLOGY SERVICE

This report contains sensitive personal information. It has been written for the purposes of
an education, health and care needs assessment and must not be shared beyond those named
in the distribution list without the parent's consent.

Distribution: parent; SEND Assessment and Review Team; SENCo, St Ebbe's CE Primary School


EDUCATIONAL PSYCHOLOGY ADVICE
Name: Rowan Carne     DOB: 11/12/2015     Year group: 6
School: St Ebbe's Church of England Primary School
Date of report: 29 September 2026
Educational Psychologist: Dr Alys Quiller

Background
Rowan lives with his mother in St Ebbe's. School describe him as kind and curious but report that he has made very little progress in reading and spelling since Year 2.

Assessment
On the Wechsler Individual Achievement Test Rowan's word reading standard score was 72 and his spelling standard score was 69. His phonological awareness (CTOPP-2) was very low. His verbal reasoning was average.

Summary of needs
Rowan has severe and persistent difficulties with phonological processing that are affecting his literacy. He is becoming anxious about reading aloud and has begun to avoid writing tasks.

Recommendations
Rowan should receive a structured, multisensory literacy programme delivered individually for 30 minutes, four times a week, by a trained teaching assistant supervised by a specialist teacher.
Assistive technology (text-to-speech and a reading pen) should be introduced and taught.
Rowan should not be asked to read aloud in front of the class.
Progress should be measured each term using standardised tests.

Dr Alys Quiller
Senior Educational Psychologist
"""

# --- school reports -----------------------------------------------------------------------

SCHOOL_ADVICE = [
    ("org", "Our Lady Star of the Sea Catholic High School"),
    (
        "small",
        "Lighthouse Road, Holmport, Isle of Kerrith KR1 6SS  |  01632 960380  |  A member of the Stella Maris Catholic Multi-Academy Company",
    ),
    ("title", "Educational advice"),
    (
        "kv",
        [
            ("Pupil", "Saoirse Mulcahy"),
            ("Year", "8"),
            ("Date of birth", "22/03/2013"),
            ("Completed by", "Mr Declan Feeney, SENDCo"),
            ("Date", "10 February 2026"),
        ],
        [0.3, 0.7],
    ),
    ("h", 2, "Attainment and progress"),
    (
        "grid",
        [
            ["Subject", "Working at", "Target"],
            ["English", "Year 4 expectations", "Year 8"],
            ["Mathematics", "Year 5 expectations", "Year 8"],
            ["Science", "Year 5 expectations", "Year 8"],
        ],
        [0.4, 0.3, 0.3],
    ),
    ("h", 2, "Attendance"),
    ("p", "82% this year. Most absences are Mondays and follow weekend contact visits."),
    ("h", 2, "Strengths"),
    (
        "p",
        "Saoirse is a talented swimmer and a loyal friend. She responds well to adults she trusts.",
    ),
    ("h", 2, "Difficulties in school"),
    (
        "p",
        "Saoirse has a diagnosis of dyslexia and finds reading subject texts very hard. She becomes distressed in lessons where she is asked to read aloud and has walked out of English four times this term.",
    ),
    ("h", 2, "Support provided under SEN support"),
    (
        "bul",
        [
            "Reading intervention (Lexia) 3 x 20 minutes weekly",
            "Reader in tests",
            "Weekly session with the pastoral mentor",
            "Coloured overlays and printed notes",
        ],
    ),
    ("h", 2, "What the school thinks Saoirse needs"),
    (
        "p",
        "We believe Saoirse needs daily specialist literacy teaching and a key adult in English and humanities lessons, which is beyond what the school can provide from its own resources.",
    ),
]

HOY_EVIDENCE = [
    ("org", "Wychbury High School"),
    ("small", "Castle Street, Wychbury SF7 1QE  |  01632 960600  |  Headteacher: Mrs K. Dutton"),
    ("title", "Statement from the Head of Year 10"),
    ("p", "Appeal reference EH872/26/00318 - Mabli Rees-Ferrante"),
    (
        "p",
        "I am Head of Year 10 at Wychbury High School and have known Mabli since she joined in Year 7. I make this statement at the request of her parents to describe her progress and the support she receives.",
    ),
    (
        "p",
        "Mabli returned to school in October 2025 after a five-month absence following cardiac surgery. Since then she has attended 74% of sessions. She is currently studying eight GCSEs.",
    ),
    (
        "p",
        "Her current predicted grades are 5 in English and art and 3 in mathematics and combined science. Her teachers report that she understands new work well but runs out of energy by the afternoon, and her written work in the last two lessons of the day is often unfinished.",
    ),
    (
        "p",
        "The school has provided one-to-one mathematics tuition twice a week since January, funded from the plan. In my view the rest base has been important: Mabli uses it on average three times a week and returns to lessons after 10 to 15 minutes.",
    ),
    (
        "p",
        "I would support the parents' request for the plan to include a reduced timetable with supervised study periods, as I do not believe she can sustain a full timetable this year.",
    ),
    ("sig", ["Mr Tobenna Uzor", "Head of Year 10", "9 June 2026"]),
]

SENCO_FWD = (
    "Hi Sandra, Patrick,\n\n"
    "As promised, this is what I've sent to the council for Jude's plan, so you know exactly what school said.\n\n"
    "Beth\n\n"
    "From: Beth Salkeld\nSent: 14 November 2025 17:46\nTo: SEN Casework\nSubject: Educational advice - Jude Okonjo-Marsh - Kiln Park Primary\n\n"
    + quoted(
        "EDUCATIONAL ADVICE (Appendix D)\n"
        "Pupil: Jude Okonjo-Marsh, Year 6, Kiln Park Primary School\n\n"
        "Attainment: Jude is working at Year 3 expectations in reading and writing and Year 2 in mathematics. He has made little measurable progress since Year 4.\n\n"
        "Behaviour and wellbeing: Jude has left the classroom without permission on 41 occasions this term, usually after an unexpected change (supply teacher, assembly moved). He has been found on the school field twice. He has had two fixed-term suspensions this year for hitting staff when held back from leaving.\n\n"
        "Current support: a teaching assistant with him for mornings (15 hours a week), a visual timetable, a calm corner in the classroom, daily check-in with the learning mentor.\n\n"
        "What has worked: a consistent adult, warning before changes, jobs that let him move around.\n\n"
        "What school thinks he needs: full-time adult support in all lessons and unstructured times; a transition plan to secondary starting in the spring term; training for all staff who teach him in FASD.\n\n"
        "Beth Salkeld, SENCo"
    )
    + "\n"
)

PRIMARY_SCAN = """\
DOCUMENT COVER SHEET
Nantmere Flashes Primary School
Document type: Advice for annual review
Sent to: SEND Statutory Services, Salterford and Wychbury Borough Council
Number of pages (excluding this sheet): 3
Sent by: J. Ollerton (SENCo)     Date sent: 31/10/2025


Nantmere Flashes Primary School
Educational advice for annual review

Child: Ella Brereton      Year: 4      Class teacher: Miss C Hulme

1. Attainment
Reading: working towards the expected standard for Year 3. Writing: working towards. Mathematics: expected standard for Year 3.
2. What Ella does well
Ella is hard working and very artistic. She is a confident reader when the room is quiet.
3. Difficulties
Ella misses instructions in whole-class teaching, especially in PE, the hall and on windy days outside. Her radio aid is not always charged. When her blood sugar is low she cannot concentrate and needs time to recover before she can work again. She has missed 19 sessions for hospital appointments this year.
4. Support in place
Radio aid; seat near the front; pre-teaching of vocabulary twice a week; diabetes checks by trained staff.
5. Views of the school
The school believes Ella needs regular support from a Teacher of the Deaf and pre-teaching every day, and that the classroom's acoustics should be assessed.
Signed: J. Ollerton   SENCo
"""

# --- independent reports ------------------------------------------------------------------

NEUROPSYCH = [
    ("org", "Dr Hannah Whitlock - Consultant Paediatric Neuropsychologist"),
    (
        "small",
        "Private practice: The Ropewalk Clinic, 12 Ropewalk, Lymstone LY1 3PB  |  01632 960130  |  hwhitlock@ropewalkclinic.example.org",
    ),
    ("title", "Expert report in the matter of Jude Okonjo-Marsh"),
    (
        "p",
        "Prepared for the First-tier Tribunal (SEND), appeal EH873/26/00377, on the instructions of the appellants, Mr and Mrs Okonjo-Marsh.",
    ),
    ("h", 2, "1. Qualifications"),
    (
        "p",
        "I am a clinical psychologist (HCPC registered) with a doctorate in clinical psychology and a postgraduate qualification in clinical paediatric neuropsychology. I have worked with children with fetal alcohol spectrum disorder for fifteen years.",
    ),
    ("h", 2, "2. Instructions"),
    (
        "p",
        "I was asked to assess Jude's cognitive, executive and adaptive functioning, to describe his special educational needs, and to recommend the provision he requires.",
    ),
    ("h", 2, "3. Assessment"),
    (
        "grid",
        [
            ["Test", "Score", "Range"],
            ["WISC-V Full Scale IQ", "83", "Low average"],
            ["NEPSY-II Inhibition (switching)", "Scaled 3", "Well below expected"],
            ["CMS delayed recall (stories)", "Scaled 4", "Well below expected"],
            ["Vineland-3 Adaptive Behaviour Composite", "68", "Low"],
        ],
        [0.5, 0.2, 0.3],
    ),
    ("h", 2, "4. Opinion"),
    (
        "p",
        "Jude's profile is typical of FASD: a large gap between his verbal presentation and his adaptive functioning, severe difficulty with inhibitory control and poor retention of new learning. In my opinion adults will consistently overestimate what he understands.",
    ),
    ("h", 2, "5. Recommendations"),
    (
        "num",
        [
            "Jude requires full-time support from a consistent, trained adult across the school day, including break and lunch.",
            "He requires an individual session with a specialist teacher for 1 hour a week to teach and rehearse memory strategies.",
            "He should have a total communication approach: verbal instructions always backed up by written or visual information.",
            "An FASD-informed behaviour support plan should be written by a psychologist and reviewed termly.",
        ],
    ),
    ("h", 2, "6. Statement of truth"),
    (
        "p",
        "I understand that my duty is to help the tribunal on the matters within my expertise and that this duty overrides any obligation to those instructing me. I confirm that the facts in this report are true and the opinions I have expressed are my own.",
    ),
    ("sig", ["Dr Hannah Whitlock", "3 May 2026"]),
]

INDEP_PHYSIO = [
    ("org", "Kinetic Kids Physiotherapy Ltd"),
    (
        "small",
        "Independent paediatric physiotherapy | Unit 9, Marina Court, Lymstone LY2 4HQ | 01632 960145",
    ),
    ("title", "Independent physiotherapy report for the SEND Tribunal"),
    (
        "kv",
        [
            ("Child", "Tomos Penhallow"),
            ("Appeal", "EH871/26/00194"),
            (
                "Author",
                "Ms Bryony Tallack MCSP, HCPC PH99999, Advanced Practitioner in paediatric neurology",
            ),
            ("Instructed by", "Mrs M Penhallow (parent)"),
            ("Date of visit", "28 April 2026 (home and St Ebbe's Academy)"),
        ],
        [0.28, 0.72],
    ),
    ("h", 2, "Summary of opinion"),
    (
        "p",
        "I have been asked to give an independent view of Tomos's physical needs after his hamstring surgery and the physiotherapy provision he needs at school. I am independent of the NHS service that treats him.",
    ),
    ("h", 2, "Findings"),
    (
        "p",
        "Tomos's popliteal angles are 55 degrees on the right and 60 degrees on the left. His walking with the rollator is slower than before surgery (10-metre walk test 24 seconds). He tires after about 40 metres.",
    ),
    ("h", 2, "Recommendations"),
    (
        "grid",
        [
            ["Provision", "Frequency", "Who"],
            [
                "Direct physiotherapy by a qualified paediatric physiotherapist",
                "Weekly, 45 minutes, for two terms, then fortnightly",
                "Physiotherapist",
            ],
            ["Stretching and strengthening programme", "Daily, 2 x 20 minutes", "Trained TA"],
            ["Hydrotherapy", "Weekly, 30 minutes", "Physiotherapist or trained staff"],
            ["Standing frame in lessons", "1 hour a day in total", "TA"],
        ],
        [0.45, 0.35, 0.2],
    ),
    (
        "p",
        "I disagree with the NHS physiotherapy advice that a programme delivered by school staff alone is sufficient during rehabilitation.",
    ),
    ("h", 2, "Declaration"),
    (
        "p",
        "I confirm that I understand my duty to the tribunal and have complied with it. The contents of this report are true to the best of my knowledge and belief.",
    ),
    ("sig", ["Bryony Tallack", "Independent Paediatric Physiotherapist", "12 May 2026"]),
]

CONSULTANT_TXT = """\
INDEPENDENT EDUCATION REPORT
Saoirse Mulcahy (DOB 22.03.2013)
Prepared by: Dr Miriam Farrow, PhD, PGCE, AMBDA - independent education consultant and specialist teacher
For: the First-tier Tribunal (Special Educational Needs and Disability), on the instruction of Ms Aine Mulcahy
Date of assessment: 17 March 2026   Date of report: 30 March 2026

1. Introduction
I have been asked to assess Saoirse's literacy, to comment on the provision in the local authority's plan, and to say whether Our Lady Star of the Sea Catholic High School can meet her needs with that provision.

2. My experience
I have taught pupils with specific learning difficulties for 22 years, including eight years as head of a specialist dyslexia unit. I hold an Associate Membership of the British Dyslexia Association.

3. Assessment results
Single word reading (TOWRE-2): standard score 70.
Reading comprehension (YARC): standard score 74.
Spelling (SPaRCS): age equivalent 8 years 4 months at 12 years 11 months.
Rapid automatised naming: very slow (2nd percentile).

4. Observations in school
In English Saoirse was given a two-page text to read independently. She read the first paragraph, then put her head on the desk. The teaching assistant was supporting another group.

5. Opinion
Saoirse has severe dyslexia. The plan's provision ("access to literacy intervention") is not specific and will not close the gap. She needs specialist teaching from a qualified specialist teacher.

6. Recommendations
- Specialist literacy teaching from a teacher holding an AMBDA or equivalent qualification, individually, 4 x 45 minutes weekly.
- A reader and scribe, or assistive technology she has been trained to use, for all assessments.
- All subject texts provided in advance at an accessible reading level.
- Training for subject staff in dyslexia-friendly teaching before September 2026.

7. Statement of truth
I confirm that I have made clear which facts and matters referred to in this report are within my own knowledge. I understand my duty is to the tribunal.

Dr Miriam Farrow
"""

SOLICITOR_FWD = (
    "Dear Ms Carne,\n\n"
    "Please find below the text of Dr Ahmadi's report, which we received this afternoon. The signed PDF is on our client portal. Could you read it carefully and let me know by Friday whether there are any factual errors (dates, names, the school's details) before we file it with the tribunal.\n\n"
    "Kind regards\n\nHolly Pengelly\nParalegal, Education Law Team\nTrevaskis Roe LLP, Solicitors\nThis e-mail is confidential and may be legally privileged.\n\n"
    "---------- Forwarded message ----------\n"
    "From: Dr Reza Ahmadi <reza@ahmadipsychology.example.org>\n"
    "Date: 3 November 2026 14:10\n"
    "Subject: Rowan Carne - report (final)\n\n"
    "INDEPENDENT EDUCATIONAL PSYCHOLOGIST'S REPORT\n"
    "Child: Rowan Carne (DOB 11/12/2015), Year 6\n"
    "Instructed by: Trevaskis Roe LLP on behalf of Ms D Carne, to be sent to Isle of Kerrith Council for Rowan's EHC needs assessment and relied on in any later appeal\n\n"
    "Summary\n"
    "Rowan has a severe specific learning difficulty (dyslexia) with significant associated anxiety. His literacy skills are at the 1st to 3rd percentile. Without specialist intervention the gap between Rowan and his peers will widen in secondary school.\n\n"
    "Assessment\n"
    "BAS-3 verbal ability 104 (average). Word reading 70, spelling 68, phonological processing composite 71. Beck Youth Inventories: anxiety self-concept score in the 'moderately elevated' range.\n\n"
    "Recommendations\n"
    "1. Rowan requires an EHC plan.\n"
    "2. Individual specialist teaching by a qualified dyslexia teacher, 3 x 1 hour per week.\n"
    "3. A daily 15-minute precision teaching session with a trained TA to consolidate high-frequency words.\n"
    "4. Assistive technology, with 6 hours of training for Rowan and his teaching assistant.\n"
    "5. Six sessions of cognitive behavioural work on reading anxiety with a school counsellor or ELSA.\n\n"
    "Statement of truth: I confirm that the opinions expressed are my own and that I understand my duty to the tribunal.\n"
    "Dr Reza Ahmadi, CPsychol, HCPC registered educational psychologist\n"
)

# --- annual reviews -----------------------------------------------------------------------

AR_KERRITH = [
    ("org", KERRITH),
    ("small", KERRITH_SMALL),
    ("title", "Annual Review of an EHC Plan - Report of the Review Meeting"),
    (
        "kv",
        [
            ("Young person", "Tomos Penhallow, Year 7"),
            ("Setting", "St Ebbe's Academy"),
            ("Meeting date", "21 January 2026"),
            ("Chaired by", "Mrs Kensa Rowe, SENCo"),
            (
                "Present",
                "Tomos (for the first 20 minutes), Mrs Penhallow, Mr J Ashby (NHS physiotherapy), Gwen Trebilcock (EHC Coordinator)",
            ),
        ],
        [0.25, 0.75],
    ),
    ("h", 2, "Tomos's views"),
    (
        "p",
        "Tomos said he hates being pushed in the wheelchair between lessons and wants to use his rollator again. He enjoys computing and is proud of his touch-typing certificate.",
    ),
    ("h", 2, "Parent's views"),
    (
        "p",
        "Mrs Penhallow is worried that the physiotherapy programme has not happened every day since the surgery and that Tomos is losing strength.",
    ),
    ("h", 2, "Progress towards outcomes"),
    (
        "grid",
        [
            ["Outcome", "Progress", "Met?"],
            [
                "Moves between lessons independently with rollator",
                "Set back by surgery in September 2025",
                "Not met",
            ],
            ["Touch-types 20 words a minute", "Now 24 wpm", "Met"],
        ],
        [0.45, 0.4, 0.15],
    ),
    ("h", 2, "Recommendations of the review"),
    (
        "bul",
        [
            "Amend Section B to reflect the surgery and current wheelchair use.",
            "Increase the physiotherapy programme to twice daily until June.",
            "Add hydrotherapy to Section F.",
            "Remove the touch-typing programme (outcome met).",
        ],
    ),
    (
        "p",
        "The school will send this report to the council within two weeks of the meeting. The council must then decide whether to keep, amend or cease the plan.",
    ),
]

AR_MINUTES = """\
ANNUAL REVIEW - MINUTES
Ella Brereton, Year 4, Nantmere Flashes Primary School
Friday 14 November 2025, 1.30pm, Willow Room
Present: Mrs L Brereton (mum), Mrs J Ollerton (SENCo, chair), Miss C Hulme (class teacher), Mr D Lockett (Qualified Teacher of the Deaf, Sensory Support Service)
Apologies: Sister A Birtles (paediatric diabetes nurse specialist) - written report received

1. Welcome and purpose of the meeting
JO explained the meeting reviews Ella's EHC plan and whether it still meets her needs.

2. Ella's views (gathered by TA on 10 November)
Ella likes her new radio aid "because it's purple". She finds assembly and PE hard to hear. She wants to be in the school play.

3. Mum's views
Mum feels Ella is tired and anxious after school. She would like pre-teaching to happen every day and wants to know why the Teacher of the Deaf only visits once a term.

4. Progress
Reading has improved by 8 months in 6 months. Outcome about asking for repetition partly met (Ella asks about once a lesson with a prompt card).

5. Advice received
DL (ToD) recommends half-termly visits and an acoustic survey of the classroom. Diabetes nurse reports good control on the pump; staff training renewed in October.

6. Agreed amendments to recommend to the LA
- Section B: update hearing loss to moderate (latest audiogram).
- Section F: ToD visits every half term; pre-teaching 3 x 20 minutes a week; acoustic treatment of classroom.
- Outcome to carry forward with new target date July 2026.

7. Actions
JO to send review paperwork to LA by 28 November. DL to arrange acoustic survey.
Minutes taken by: K. Shenton (school business manager)
"""

AR_PHOTO = """\
Ashgrove Borough Council
Annual Review - Year 6 (phase transfer review)
Child: Shakira Mensah-Boateng   DOB: 14/07/2016   School: Old Ashgrove CE Junior School
Date of review meeting: 6 October 2026
People at the meeting: mum, dad, SENCo (Mr A Goode), class teacher, specialist teacher (Autism Outreach)

Section 1 - What's working well
Shakira has made good progress in maths. She has two close friends and now joins the lunchtime art club.
Section 2 - What's not working
She is very anxious about secondary school. She has had 6 days off this half term with stomach aches.
Section 3 - Progress towards the outcomes in the EHC plan
Outcome 1 (reading comprehension) - partly achieved.
Outcome 2 (independent at lunchtime) - achieved.
Section 4 - Preferred secondary school for September 2027
Parents' preference: Brickhill Academy (mainstream). Second preference: The Orchard Resource Base at Brickhill.
Section 5 - Recommended changes to the plan
Add transition support: 6 extra visits, a transition booklet with photos, and a key worker at secondary.
Section 6 - Next steps
School to send the review report to the LA within 2 weeks. LA to consult secondary schools by
February 2027 and name the school in the amended plan by 15 February 2027.
"""

AR_COLLEGE = [
    ("org", "Holmport Sixth Form College"),
    ("small", "Learning Support Department  |  Ferry Road, Holmport KR1 5FR  |  01632 960390"),
    ("title", "Annual Review Report (Post-16)"),
    (
        "kv",
        [
            ("Student", "Kit Larkworthy"),
            ("Course", "Level 2 Engineering (Year 1)"),
            ("Review meeting", "28 April 2026"),
            (
                "Attendees",
                "Kit, Mrs J Larkworthy, Ms F Teague (learning support manager), Mr R Couch (course tutor), Ms G Trebilcock (Kerrith Council, by phone)",
            ),
        ],
        [0.25, 0.75],
    ),
    ("h", 2, "Kit's aspirations"),
    (
        "p",
        'Kit said he has been offered a job at Cowlstone Boatyard and intends to leave college at the end of this year. He said he is "done with classrooms".',
    ),
    ("h", 2, "Attendance and health"),
    (
        "p",
        "Attendance 71%, affected by two hospital admissions for Crohn's disease. Remote access to lessons worked well during his February admission.",
    ),
    ("h", 2, "Progress against outcomes"),
    (
        "p",
        "Kit has passed four of the six practical units with step-by-step support from his learning support assistant. He has not yet passed the Level 2 mathematics functional skills exam.",
    ),
    ("h", 2, "Preparing for adulthood"),
    (
        "p",
        "Employment: Kit has a verbal offer of work. Independent living: Kit moved into a flat with his older brother in March. Health: Kit now attends his gastroenterology appointments alone.",
    ),
    ("h", 2, "Recommendation"),
    (
        "p",
        "The review meeting recommends that the local authority considers whether the plan should cease if Kit takes up paid employment, and that Kit is given information about apprenticeships, which would allow his plan to continue.",
    ),
]

# --- parents' and children's views ---------------------------------------------------------

PARENT_A = [
    ("title", "Parent contribution - Section A"),
    ("p", "Noor Haddad - written by her mum and dad, Leila and Karim Haddad, February 2026"),
    ("h", 2, "Who Noor is"),
    (
        "p",
        "Noor is funny, stubborn and kind. At home she never stops talking - in Arabic to her grandmother on the phone, in English to her brother Sami, and to the cat in a mixture of both. She loves painting and will spend an hour on one picture.",
    ),
    ("h", 2, "What worries us"),
    (
        "p",
        "Noor has not said a word at school in eighteen months. She comes home and cries because she needed the toilet and could not ask. Last term she wet herself in class twice. We are frightened that people think she is being rude or that she cannot talk.",
    ),
    ("h", 2, "What we hope for"),
    (
        "p",
        "We would like Noor to feel safe enough to speak to one adult at school by the summer. In the longer term we want her to go to her local junior school with her friends, to be able to ask for help, and to be proud of who she is.",
    ),
    ("h", 2, "What has helped"),
    (
        "bul",
        [
            "Miss Begum, who never asks her to speak.",
            "Being allowed to answer the register by holding up her name card.",
            "Having Mum in school for the first sliding-in sessions.",
        ],
    ),
    ("p", "Signed: Leila Haddad and Karim Haddad"),
]

PARENT_EMAIL = (
    "Dear Mrs Rowe,\n\n"
    "I can't come to the meeting on the 21st until 2pm because of the ferry times, so here are my views to read out if I'm late.\n\n"
    "Since the operation Tomos has gone backwards. He used to walk to every lesson with his rollator and now he's pushed everywhere in the chair because it's quicker. He hates it. The stretches are meant to be every day but he tells me most days they don't happen because his TA is covering other classes. I'd like to see a record.\n\n"
    "I want the plan to say he gets proper physio in school, not just a sheet of exercises. The hydrotherapy at the leisure pool would make a huge difference - the surgeon said so.\n\n"
    "The good news is his typing. He's so proud of his certificate. I agree the typing can come out of the plan now.\n\n"
    "My main worry for next year is the stairs in the science block and what happens in a fire drill.\n\n"
    "Thanks,\nMorwenna Penhallow (Tomos's mum)\n07700 900317\n"
)

PARENT_VISIT = """\
Our views on the school the council has proposed - Brickhill Academy
Written by Sandra and Patrick Okonjo-Marsh after our visit on 2 March 2026

We visited Brickhill Academy with Jude's social worker from the adoption support team. The SENCo, Mr Lyle, was welcoming and honest.

What we liked
- The calm room ("the Harbour") is close to the Year 7 classrooms.
- Staff have had some trauma-informed training.

What worries us
- The school has 1,600 pupils and a one-way system. Jude would be lost within a day.
- Mr Lyle told us they have never taught a child with FASD and that a full-time TA "is not how we do things here".
- Behaviour is managed by points and detentions. Jude cannot learn from consequences; this will end in exclusion.
- Lunch is in two sittings in a hall of 400.

Our view
We do not think Brickhill Academy can meet Jude's needs even with the support in the draft plan. We would like the council to name Thornfield House School, an independent special school for children with complex learning and social needs, or at least to consult it.

Sandra and Patrick Okonjo-Marsh
"""

PARENT_PHOTO = """\
Salterford and Wychbury Borough Council
Parent / Carer Views - EHC Needs Assessment
Child's name: Arlo Vickery
Completed by: Shona Vickery (mum)

1. What is Arlo good at?
Lego, football, being kind to his little sister. He remembers everything about dinosaurs.
2. What does Arlo find difficult?
Reading - he still can't read the words on his reading book. He doesn't understand what the teacher wants and then copies other children. He gets upset and says he is stupid.
3. What support has he had?
Phonics group, a reading buddy. He was on the speech therapy list 14 months.
4. What would you like to happen?
We want him assessed properly so we know why he is struggling, and for him to get help from someone who knows about language.
5. Anything else?
His dad had the same problems at school and nobody helped him.
Signed  S Vickery    Date 4/3/26
"""

CHILD_PAGE = [
    ("title", "My page - Ella Brereton"),
    ("p", "Done with Mrs Shenton on 10 November 2025 for my review"),
    ("h", 2, "What people like about me"),
    ("p", "I am good at drawing horses. I am kind. I help in the library."),
    ("h", 2, "What is important to me"),
    ("bul", ["My nan and Pickle (my dog).", "My purple radio aid.", "Being in the school play."]),
    ("h", 2, "What I find hard"),
    (
        "p",
        "I can't hear in the hall or in PE. When my sugar is low I feel wobbly and I can't think. I don't like it when people say \"never mind\" when I ask them to say it again.",
    ),
    ("h", 2, "How to help me"),
    (
        "p",
        "Look at me when you talk. Wear the radio aid mic. Let me sit near the front. Tell me the new words before the lesson.",
    ),
]

YP_STATEMENT = [
    ("title", "What I want the tribunal to know"),
    ("p", "By Kit Larkworthy, age 17"),
    ("p", "I'm writing this myself. My mum checked the spelling but the words are mine."),
    (
        "p",
        "At my review in April I said I wanted to leave college and work at the boatyard. I meant it then. I was fed up after being in hospital twice and behind on everything. When the job fell through I felt stupid, but then Mr Couch told me about the marine engineering course at Lymstone College. That's what I actually want to do.",
    ),
    (
        "p",
        "Without my plan I won't get the support worker in the workshop. I know I need someone to help me break things into steps, because with dyspraxia I get the order wrong and then I panic. I also need to be able to leave class for the toilet without asking every time. With Crohn's that isn't a choice.",
    ),
    (
        "p",
        "Nobody from the council asked me what I wanted to do if the job didn't work out. I'd like them to now.",
    ),
    ("p", "Kit"),
]

CHILD_TXT = """\
things I want the panel to know by Jude
(typed on the ipad in the calm room with Miss Dale)

i like lego technic and swimming and bramble my rabbit
i dont like it when the teacher changes the plan and dosnt tell me
when its loud my head gets fizzy and I have to run
I am not naughty
I like Mrs Kaur because she tells me whats happening next
big school is scary because it is massive and I will get lost
I want a grown up with me at big school
the end
"""

DOCUMENTS: list[dict] = [
    {
        "name": "Mabli EP.pdf",
        "kind": "ep_report",
        "blocks": EP_ADVICE,
        "accent": "7A3E00",
        "footer": "Psychological advice - Mabli Rees-Ferrante - {n}/{m}",
    },
    {
        "name": "Noor - Mrs Hale's notes.docx",
        "kind": "ep_report",
        "blocks": EP_CONSULT,
        "sans": True,
    },
    {
        "name": "Jude - follow up from Tuesday.eml",
        "kind": "ep_report",
        "headers": headers(
            "Pippa Hale <p.hale@ashgrove.example.org>",
            "sandra.okonjomarsh@example.org",
            "Fri, 6 Mar 2026 13:27:19 +0000",
            "Follow up from Tuesday - Jude",
            cc="senco@kilnpark.example.org",
        ),
        "text": EP_EMAIL,
    },
    {
        "name": "doc20261002.pdf",
        "kind": "ep_report",
        "text": EP_SCAN,
        "ocr": True,
        "running": "EP advice - Rowan Carne - CONFIDENTIAL",
    },
    {
        "name": "Saoirse school.pdf",
        "kind": "school_report",
        "blocks": SCHOOL_ADVICE,
        "accent": "0B3D91",
    },
    {"name": "Mabli - Mr Uzor.docx", "kind": "school_report", "blocks": HOY_EVIDENCE},
    {
        "name": "Fw_ what I sent the council.eml",
        "kind": "school_report",
        "headers": headers(
            "Beth Salkeld <senco@kilnpark.example.org>",
            "sandra.okonjomarsh@example.org",
            "Mon, 17 Nov 2025 08:40:02 +0000",
            "FW: Educational advice - Jude Okonjo-Marsh - Kiln Park Primary",
        ),
        "text": SENCO_FWD,
    },
    {"name": "Scan_1031.pdf", "kind": "school_report", "text": PRIMARY_SCAN, "ocr": True},
    {
        "name": "Dr Whitlock.pdf",
        "kind": "independent_report",
        "blocks": NEUROPSYCH,
        "footer": "Expert report - J Okonjo-Marsh - page {n} of {m}",
        "accent": "2F5D50",
    },
    {"name": "Tomos physio - new.docx", "kind": "independent_report", "blocks": INDEP_PHYSIO},
    {
        "name": "Saoirse Farrow.txt",
        "kind": "independent_report",
        "text": CONSULTANT_TXT,
        "crlf": True,
    },
    {
        "name": "Fw_ Rowan - report (final).eml",
        "kind": "independent_report",
        "headers": headers(
            "Holly Pengelly <h.pengelly@trevaskisroe.example.org>",
            "demelza.carne@example.org",
            "Tue, 3 Nov 2026 16:52:10 +0000",
            "FW: Rowan Carne - report (final)",
        ),
        "text": SOLICITOR_FWD,
        "qp": True,
    },
    {"name": "AR paperwork Tomos.docx", "kind": "annual_review", "blocks": AR_KERRITH},
    {"name": "Ella annual review - school report.txt", "kind": "annual_review", "text": AR_MINUTES},
    {"name": "IMG_5023.pdf", "kind": "annual_review", "text": AR_PHOTO, "ocr": 0.08},
    {
        "name": "Kit college review.pdf",
        "kind": "annual_review",
        "blocks": AR_COLLEGE,
        "accent": "00695C",
    },
    {"name": "Section A.docx", "kind": "parent_views", "blocks": PARENT_A},
    {
        "name": "Tomos review 21 Jan.eml",
        "kind": "parent_views",
        "headers": headers(
            "Morwenna Penhallow <morwenna.penhallow@example.org>",
            "Kensa Rowe <senco@stebbesacademy.example.org>",
            "Sun, 18 Jan 2026 22:03:51 +0000",
            "Tomos review 21st - my views",
        ),
        "text": PARENT_EMAIL,
    },
    {"name": "Brickhill visit.txt", "kind": "parent_views", "text": PARENT_VISIT},
    {"name": "IMG_3902.pdf", "kind": "parent_views", "text": PARENT_PHOTO, "ocr": 0.08},
    {"name": "Ella - my page.docx", "kind": "child_views", "blocks": CHILD_PAGE, "sans": True},
    {"name": "Kit statement.pdf", "kind": "child_views", "blocks": YP_STATEMENT},
    {"name": "Jude ipad.txt", "kind": "child_views", "text": CHILD_TXT},
]
