# ruff: noqa: E501
"""Educational, independent and review reports of set S: a council EP's advice behind an
appendix cover sheet, an EP's report forwarded in an e-mail body, an EP consultation
record, a scanned EP advice; a head teacher's educational advice, a SENCo's statement
for the tribunal, a pre-school key person's report, a sixth form tutor's report; an
independent neuropsychologist, speech and language therapist, occupational therapist and
educational psychologist; annual review reports, a photographed review record, a post-16
review and an interim review's notes in an e-mail. All invented."""

from __future__ import annotations

from document_kinds_s.common import SALT, headers

# --- educational psychology ---------------------------------------------------------------

EP_APPENDIX = [
    (
        "cover",
        [
            "APPENDIX D",
            "Psychological advice",
            "Noah Fairbrass",
            "Ashmere County Council - EHC needs assessment",
        ],
    ),
    ("org", "Ashmere Educational Psychology Service"),
    ("small", "Verderers' House, Beaulea AF4 7PN - 01632 960330"),
    ("title", "Psychological advice for an Education, Health and Care needs assessment"),
    (
        "kv",
        [
            ("Child", "Noah Fairbrass"),
            ("Date of birth", "19/03/2014"),
            ("School", "Ringholt School, Year 7"),
            ("Date of assessment", "22 January 2026"),
            ("Psychologist", "Dr Helena Strang, Senior Educational Psychologist (HCPC PYL0xxxx)"),
        ],
    ),
    ("h", 2, "Sources of information"),
    (
        "p",
        "Consultation with Noah's parents and the SENCo; classroom observation in English and science; individual assessment using the BAS-3 and the WIAT-III UK.",
    ),
    ("h", 2, "Assessment findings"),
    (
        "grid",
        [
            ["Scale", "Standard score", "Percentile"],
            ["Verbal ability", "112", "79"],
            ["Non-verbal reasoning", "104", "61"],
            ["Word reading", "71", "3"],
            ["Spelling", "69", "2"],
            ["Working memory", "82", "12"],
        ],
        (70, 50, 50),
    ),
    (
        "p",
        "Noah's verbal reasoning is above average while his literacy is well below it. This profile is consistent with severe and persistent dyslexic-type difficulties.",
    ),
    ("h", 2, "Special educational needs"),
    (
        "p",
        "Noah needs teaching that is structured, cumulative and multisensory, and access to text at his level of understanding rather than his level of decoding.",
    ),
    ("h", 2, "Provision recommended"),
    (
        "bul",
        [
            "Specialist literacy teaching by a teacher holding an approved dyslexia qualification, at least twice weekly for 45 minutes",
            "Assistive technology (text-to-speech and speech-to-text) in all lessons, with training for Noah",
            "Homework adapted so that it can be completed in 30 minutes",
        ],
    ),
    ("sig", ["Dr Helena Strang", "Senior Educational Psychologist", "3 February 2026"]),
]

EP_FWD = """Hi Jas - see below, Dr Sato's advice for Alfie came through to me rather than to the casework inbox. Can you file it with the assessment please? Thanks, Priya

---------- Forwarded message ---------
From: Dr Kenji Sato <kenji.sato@saltings.example.org>
Date: 2 April 2026 17:26
Subject: Psychological advice - Alfie Quarrie
To: Priya Venkataraman <priya.venkataraman@saltings.example.org>

Saltings Educational Psychology Team
PSYCHOLOGICAL ADVICE - Alfie Quarrie (DOB 21/08/2015), Marshside Primary School, Year 5

Background: Alfie was referred following a request for statutory assessment by his mother. He has a diagnosis of ADHD (combined presentation) and has had two fixed-term suspensions this year.

Observation and consultation: I observed Alfie in a maths lesson on 18 March 2026. He was on task for 40% of observed intervals, compared with 85% for a peer. Out of the lesson he spoke warmly about football and his grandad's allotment.

Cognitive assessment (WISC-V UK, selected subtests): verbal comprehension and visual spatial indices in the average range; working memory index 79 and processing speed index 76, both below average.

Needs: Alfie needs help to sustain attention and to manage frustration; tasks need chunking and instructions repeating.

Recommendations: movement breaks planned every 15 minutes; a trusted adult for a daily check-in; an emotion coaching approach used consistently by all staff; an individual behaviour support plan written with Alfie and reviewed half-termly.

Dr Kenji Sato, Educational Psychologist (HCPC registered)
"""

EP_CONSULT = [
    ("org", SALT),
    ("small", "Educational Psychology Team"),
    ("title", "Record of consultation"),
    (
        "kv",
        [
            ("Pupil", "Daisy Threlfall (Y11)"),
            ("Setting", "Wickham Saltings Community School"),
            ("Present", "Mrs Threlfall, Mr Oyelaran (SENCo), Dr Kenji Sato (EP)"),
            ("Date", "13 January 2026"),
        ],
    ),
    ("h", 2, "What is going well"),
    (
        "p",
        "Daisy is well liked and proud of her work in the school cafe. Her reading has progressed to around a seven-year level.",
    ),
    ("h", 2, "What are the concerns"),
    (
        "p",
        "Anxiety about leaving school; refusal to board the minibus on four occasions this term; tearfulness when college is mentioned.",
    ),
    ("h", 2, "Agreed actions"),
    (
        "bul",
        [
            "Social story about college to be written with Daisy by 30 January (SENCo)",
            "EP to see Daisy individually twice before the annual review",
            "Visits to the college to begin after February half term",
        ],
    ),
    ("p", "Signed: K. Sato, Educational Psychologist"),
]

EP_SCAN = [
    ("p", "Ashmere Educational Psychology Service"),
    ("title", "PSYCHOLOGICAL ADVICE (Regulation 6(1)(b) SEND Regulations 2014)"),
    (
        "p",
        "Name: Tamsin Coyle   DOB: 11/07/2020   Setting: Heathfield Pre-School   EP: Mr Tobias Reyne",
    ),
    ("p", "Reason for involvement: statutory assessment requested by the Early Years SEN Panel."),
    (
        "p",
        "Tamsin was seen at pre-school on 3 March 2026 and at home on 10 March. Play-based assessment and the Schedule of Growing Skills were used. Her skills are broadly at an 18 to 24 month level across domains.",
    ),
    (
        "p",
        "Tamsin's needs: she communicates through gesture, some Makaton and around 20 words; she needs an adult to model play and to keep her safe because she has little sense of danger.",
    ),
    (
        "p",
        "Recommended provision: a high level of adult support throughout the day; an intensive interaction approach; small steps targets reviewed half termly; a specialist early years setting or a mainstream school with substantial support should be considered.",
    ),
    ("p", "T. Reyne, Educational Psychologist, 24 March 2026"),
]

# --- school ------------------------------------------------------------------------------

SCHOOL_ADVICE = [
    ("cover", ["APPENDIX E", "Educational advice", "Poppy Alderholt"]),
    ("org", "Minstead Cross C of E Primary School"),
    ("small", "Church Lane, Minstead Cross, Ashmere AF5 9HW - Head teacher: Mrs J. Penrose"),
    ("title", "Educational advice and information"),
    (
        "p",
        "Pupil: Poppy Alderholt, Year 4. Completed by Julia Penrose (head teacher and SENCo) with Poppy's class teacher, Mr Aled Rowntree. 14 January 2026.",
    ),
    ("h", 2, "Attainment"),
    (
        "grid",
        [
            ["Area", "Working at"],
            ["Reading", "Year 2 (expected Year 4)"],
            ["Writing", "Year 1/2"],
            ["Maths", "Year 3"],
        ],
        (80, 80),
    ),
    ("h", 2, "Support currently provided (costed provision map)"),
    (
        "p",
        "Speech and language programme 3 x 20 minutes weekly with TA; daily phonics group; lunchtime club. Total additional cost this year: £7,940.",
    ),
    ("h", 2, "Our view"),
    (
        "p",
        "Poppy has made small steps of progress but the gap with her peers is widening. We believe she needs a level of speech and language therapy that we cannot fund from our budget.",
    ),
]

SENCO_STATEMENT = """SUPPLEMENTARY EVIDENCE - EH815/26/00502 (Haverstock v Ashmere County Council)

Statement of Rebecca Trowbridge, SENCo, Ringholt School

1. I have been SENCo at Ringholt School since September 2021 and have known Freya since she joined in Year 7.
2. Freya has cerebral palsy (spastic diplegia) and uses a wheelchair for distances. She walks short distances in school with a frame.
3. In my view Freya's needs in school have increased this year. Her handwriting has become slower as the volume of written work in Year 9 has grown, and she now uses a laptop for most lessons.
4. The school has delivered the physiotherapy programme less often than the plan requires, as recorded in the governors' complaint outcome of May 2026. Two further teaching assistants were trained on 24 June 2026.
5. I support the parents' request for the occupational therapy in Section F to be increased, because the OT's recommendations about seating and the science lab have not been put in place without her visits.

I believe the facts stated in this statement are true.
R. Trowbridge    30 June 2026
"""

NURSERY = [
    ("org", "Heathfield Pre-School"),
    ("small", "The Scout Hut, Ringholt AF7 2LN - Ofsted EY4xxxxx"),
    ("title", "Tamsin's Learning Journey - summary for the EHC assessment"),
    ("p", "Key person: Shona Macready. Written February 2026."),
    ("h", 2, "Prime areas"),
    (
        "lab",
        "Communication and language",
        "Tamsin responds to her name most of the time and follows 'coat on' with a gesture. She uses about 20 words and signs for 'more', 'finished' and 'drink'.",
    ),
    (
        "lab",
        "Physical development",
        "She walks but falls often and cannot yet climb the steps to the slide without a hand.",
    ),
    (
        "lab",
        "Personal, social and emotional",
        "She enjoys being near other children but does not yet play alongside them. She will share bubbles with an adult.",
    ),
    ("h", 2, "What helps Tamsin"),
    (
        "bul",
        ["A consistent adult", "Now and next pictures", "Singing to mark changes in the routine"],
    ),
    (
        "p",
        "We have funded extra staff from the Early Years Inclusion Fund for 15 hours a week since September.",
    ),
]

TUTOR = [
    ("org", "Tollbury College - Sixth Form Centre"),
    ("title", "Personal tutor's report for EHC plan review"),
    (
        "p",
        "Student: Connor Lightfoot   Course: Level 2 Marine Engineering   Tutor: Mr D. Assefa   Date: 20 April 2026",
    ),
    (
        "p",
        "Attendance this year: 94%. Connor has passed all practical units and is on course to achieve the qualification. He completed his English functional skills Level 1 in March.",
    ),
    (
        "p",
        "Learning support: Connor has had a reader in written assessments and weekly study skills with the learning support team. He uses these less now and told me he prefers to work on his own.",
    ),
    (
        "p",
        "Next steps: Connor has been offered an apprenticeship with Marsh & Creek Boatyard from August. The college would support a transition meeting with the employer.",
    ),
]

# --- independent ------------------------------------------------------------------------

NEUROPSYCH = [
    ("org", "Dr Imogen Hartwell-Price, CPsychol - Consultant Paediatric Neuropsychologist"),
    ("small", "Private practice: The Coach House, Bramshott Lane, Beaulea AF4 3PX - 01632 960761"),
    ("title", "Expert report for the First-tier Tribunal (SEND)"),
    (
        "p",
        "Prepared at the request of Mr and Ms Haverstock, parents of Freya Haverstock, for appeal EH815/26/00502. Date of report: 10 July 2026.",
    ),
    ("h", 2, "1. Instructions"),
    (
        "p",
        "I was asked to assess Freya's cognitive profile, her fatigue, and the educational provision she requires.",
    ),
    ("h", 2, "2. Assessment"),
    (
        "p",
        "I saw Freya at home on 2 July and at Ringholt School on 6 July 2026 for a total of five hours. Her processing speed is at the 5th percentile; her reasoning is within the average range.",
    ),
    ("h", 2, "3. Opinion and recommendations"),
    (
        "p",
        "Freya's fatigue is significant and is a need in its own right. She requires a rest break of ten minutes each morning and afternoon in a private space, 25% extra time in all assessments, and a reduced timetable of eight GCSEs.",
    ),
    ("h", 2, "4. Statement of truth"),
    (
        "p",
        "I understand my duty to the tribunal and have complied with it. I confirm that the facts stated are true and the opinions expressed are my own.",
    ),
    ("sig", ["Dr I. Hartwell-Price"]),
]

IND_SLT = [
    ("org", "Saltmarsh Speech & Language"),
    (
        "small",
        "Independent speech and language therapy - 1 Quay Steps, Tollbury TB2 1AA - hello@saltmarsh-slt.example.org",
    ),
    ("title", "Independent Speech and Language Therapy Report - Ruby Pettifer"),
    (
        "p",
        "Author: Anya Kowalczyk, BSc MRCSLT, HCPC SL0xxxxx. Commissioned privately by Mr S. Pettifer. Assessment dates: 6 and 8 May 2026.",
    ),
    ("h", 2, "Summary of findings"),
    (
        "p",
        "Ruby has a social communication profile consistent with her autism diagnosis and a receptive language standard score of 74 (CELF-5 UK). She echoes phrases to manage anxiety.",
    ),
    ("h", 2, "Recommendations"),
    (
        "num",
        [
            "Direct therapy from an SLT, one 45-minute session weekly for two terms, then reviewed.",
            "A communication-friendly classroom audit by the SLT in the first half term.",
            "Staff training in Attention Autism and visual supports (one twilight session).",
        ],
    ),
    (
        "p",
        "I am aware of my duty to the tribunal, which overrides any obligation to the person who instructed me.",
    ),
]

IND_OT_EMAIL = """Dear Mr and Ms Haverstock,

As promised, here is the text of Ms Delacroix's report so you can read it on your phone; the signed PDF is attached.

Kind regards
Hollie Tennant, Paralegal, Forest Law SEND Solicitors

---

INDEPENDENT OCCUPATIONAL THERAPY REPORT
Client: Freya Haverstock   DOB: 17/09/2011
Author: Paulette Delacroix, Dip COT, HCPC OT0xxxxx, independent occupational therapist
Assessment: 3 July 2026 at Ringholt School; report dated 14 July 2026

Findings: Freya's sitting balance is poor on a standard lab stool; she props on one arm and cannot use both hands. Movement ABC-2 manual dexterity below the 1st percentile. Her handwriting speed is 7 words per minute.

Recommendations:
- A height-adjustable table and supportive chair in every practical room (science, food, DT), by September 2026
- Direct OT, six sessions of 45 minutes each term, with a programme for staff to follow
- Keyboarding instead of handwriting for all extended writing

Statement of truth: I confirm that I have made clear which facts are within my own knowledge. I understand my duty to the tribunal.
"""

IND_EP_TXT = """Kestrel Psychology
Independent Educational Psychologists - 01632 960790

REPORT ON LEO BROCKENHURST-DALE (born 03/05/2018)
by Dr Mateusz Lisowski, Chartered Educational Psychologist
Instructed by: Mrs F. Brockenhurst-Dale
Seen: 1 July 2026 at Beaulea Infant School and 2 July 2026 at home

Purpose: to give an opinion on Leo's special educational needs for the parent's appeal against the refusal to assess.

Findings: On the BAS-3 Leo's verbal ability is at the 2nd percentile and his non-verbal ability at the 30th. His early number and literacy skills are about eighteen months behind. He rarely initiates conversation with peers.

Opinion: Leo has significant language difficulties affecting his learning. In my opinion it is necessary for an EHC needs assessment to be carried out; the provision he needs is likely to exceed what the school can make from its own resources.

Recommendations: daily language enrichment in a small group; weekly speech and language therapy; adult support in unstructured times.

Statement of truth: I confirm that the facts stated are true and the opinions are my own professional opinions. I understand that my duty is to the Tribunal.
Dr M. Lisowski   8 July 2026
"""

# --- annual review ----------------------------------------------------------------------

AR_REPORT = [
    ("org", "Ringholt School"),
    ("title", "Annual Review of EHC Plan - Report to the Local Authority"),
    (
        "kv",
        [
            ("Student", "Freya Haverstock"),
            ("Year group", "9"),
            ("Date of meeting", "2 March 2026"),
            (
                "Attendees",
                "Mr and Ms Haverstock; Freya; Mrs Trowbridge (SENCo); Mr Okafor (tutor); Ms Rudd (NHS physiotherapist)",
            ),
        ],
    ),
    ("h", 2, "Progress towards outcomes"),
    (
        "grid",
        [
            ["Outcome", "Progress", "Continue / change"],
            [
                "Move safely around the school site",
                "Partly achieved - uses lift pass, late to lessons",
                "Continue",
            ],
            ["Record work independently", "Achieved with laptop", "Change - extend to exams"],
        ],
        (60, 70, 40),
    ),
    ("h", 2, "Views of the young person"),
    ("p", "Freya said she is tired by period 5 and wants somewhere quiet to rest."),
    ("h", 2, "Recommendations of the review"),
    (
        "p",
        "The meeting recommends that the plan is amended: occupational therapy to be increased; the outcome about recording to be updated. Parents disagree with the school about the frequency of physiotherapy sessions.",
    ),
]

AR_PHOTO = [
    ("title", "ANNUAL REVIEW MEETING RECORD"),
    ("p", "Child: Poppy Alderholt   School: Minstead Cross C of E Primary   Date: 5 May 2026"),
    (
        "p",
        "Present: Mr & Mrs Alderholt, Mrs Penrose (HT/SENCo), Mr Rowntree (class teacher), Ms Fenwick (SLT)",
    ),
    (
        "p",
        "1. Views of Poppy: gathered by TA using talking mats - likes art, pony club, dislikes the hall at lunch.",
    ),
    (
        "p",
        "2. Progress: E1 partly met - follows two-part instructions with visuals. E2 not met. E3 met - eats in the hall 3 days out of 5.",
    ),
    (
        "p",
        "3. Is the plan still right? Parents feel Section B does not mention Poppy's anxiety at bedtime after school. SLT suggests new targets.",
    ),
    (
        "p",
        "4. Agreed: school to send report to the LA within 2 weeks recommending amendments to B, E and F.",
    ),
    ("p", "Signed J. Penrose"),
]

AR_POST16 = [
    ("org", "Tollbury College"),
    ("small", "Additional Learning Support - Annual review (post-16)"),
    ("title", "Preparing for Adulthood Review - Jonah Pettifer"),
    (
        "p",
        "Meeting held: 15 June 2026 (transition review before moving from Wickham Saltings Community School)",
    ),
    ("h", 2, "Employment"),
    (
        "p",
        "Jonah completed a five-week placement at Crust & Crumb bakery; the manager reports he follows recipes with picture cards.",
    ),
    ("h", 2, "Independent living"),
    ("p", "He makes a simple meal at home; he has not yet travelled alone."),
    ("h", 2, "Community inclusion and health"),
    ("p", "He attends a youth club on Thursdays. No health concerns."),
    ("h", 2, "Agreed next steps"),
    (
        "bul",
        [
            "Travel training to start in July (council travel team)",
            "Foundation Catering with a job coach from September",
            "Plan to be amended to name the college",
        ],
    ),
]

AR_INTERIM = """Hi both,

Notes from this morning's interim review meeting for Alfie, as promised.

Present: Ms Quarrie, Mr Dunmore (head), me, Dr Sato (EP) by Teams.

- Alfie has had no suspensions since February; the movement breaks are working well in the mornings.
- Afternoons are still hard. Dr Sato suggested the check-in is repeated after lunch.
- Ms Quarrie raised that the SEN support plan does not include the 1:1 maths the EP recommended; Mr Dunmore agreed to start it after half term.
- Next review date: 15 July 2026.

Any corrections let me know by Friday and I'll file it.

Thanks
Carys Dunmore-Webb
SENCo, Marshside Primary School
"""

DOCUMENTS: list[dict] = [
    {"name": "Appendix D.pdf", "kind": "ep_report", "blocks": EP_APPENDIX, "accent": "2E5E3A"},
    {
        "name": "Fw_ Alfie.eml",
        "kind": "ep_report",
        "text": EP_FWD,
        "headers": headers(
            "Priya Venkataraman <priya.venkataraman@saltings.example.org>",
            "Jas Gill <jas.gill@saltings.example.org>",
            "Fri, 3 Apr 2026 08:12:40 +0100",
            "Fw: Psychological advice - Alfie Quarrie",
        ),
    },
    {"name": "Daisy meeting 13.1.docx", "kind": "ep_report", "blocks": EP_CONSULT},
    {"name": "Scan 2026-03-26.pdf", "kind": "ep_report", "blocks": EP_SCAN, "ocr": True},
    {"name": "Appendix E Poppy.pdf", "kind": "school_report", "blocks": SCHOOL_ADVICE},
    {"name": "Becky statement.txt", "kind": "school_report", "text": SENCO_STATEMENT, "crlf": True},
    {"name": "learning journey.docx", "kind": "school_report", "blocks": NURSERY},
    {"name": "Connor report April.pdf", "kind": "school_report", "blocks": TUTOR},
    {"name": "Dr Hartwell-Price.pdf", "kind": "independent_report", "blocks": NEUROPSYCH},
    {"name": "Ruby speech.docx", "kind": "independent_report", "blocks": IND_SLT},
    {
        "name": "OT report.eml",
        "kind": "independent_report",
        "text": IND_OT_EMAIL,
        "headers": headers(
            "Hollie Tennant <h.tennant@forestlaw.example.org>",
            "o.haverstock@example.org; k.haverstock@example.org",
            "Tue, 14 Jul 2026 12:30:00 +0100",
            "Freya - OT report (text)",
        ),
        "html": True,
    },
    {"name": "Leo EP.txt", "kind": "independent_report", "text": IND_EP_TXT},
    {"name": "Freya annual review.docx", "kind": "annual_review", "blocks": AR_REPORT},
    {"name": "PXL_20260505_154210.pdf", "kind": "annual_review", "blocks": AR_PHOTO, "ocr": 0.08},
    {"name": "Jonah college.pdf", "kind": "annual_review", "blocks": AR_POST16},
    {
        "name": "Notes from this morning.eml",
        "kind": "annual_review",
        "text": AR_INTERIM,
        "headers": headers(
            "Carys Dunmore-Webb <senco@marshside.example.org>",
            "dionne.q@example.org; kenji.sato@saltings.example.org",
            "Wed, 10 Jun 2026 13:05:19 +0100",
            "Notes - Alfie interim review",
        ),
    },
]
