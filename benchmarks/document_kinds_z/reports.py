# ruff: noqa: E501
"""Educational, independent and review reports of set Z: a council EP's advice with a
summary box, an EP's advice forwarded in an e-mail body, an EP's advice behind a fax
header, an EP's consultation record behind a cover sheet; a secondary school's pastoral
report, a SENCo's advice for an assessment, an alternative provision's progress report, a
lower school's report typed up; an independent neuropsychologist, an independent SLT with a
statement of truth, an independent OT in an e-mail body, an independent EP's addendum; and
annual review reports and minutes. All invented."""

from __future__ import annotations

from document_kinds_z.common import SARROW, SARROW_SMALL, VALE, WYCH, doc, mail

EP_SUMMARY_BOX = f"""
! {SARROW} - Island Educational Psychology Service

~ {SARROW_SMALL}

T Psychological Advice (EHC needs assessment, regulation 6(1)(b))

K Summary for busy readers |\x20
Key strengths | Visual reasoning, memory for facts about boats, kindness to younger children
Key needs | Social communication, anxiety at transitions, processing of spoken language
Main recommendations | Visual timetable, pre-warning of changes, Lego-based social group, quiet lunch space

K Child | Kestrel Penhallow-Ruiz
Date of birth | 11/09/2015
School | Portwick Harbour Primary School
Psychologist | Dr Ines Marchetti, HCPC-registered Educational Psychologist

# Assessment

I observed Kestrel in class and at lunchtime on 27 January 2026 and worked with him individually. On the BAS3 his non-verbal reasoning was in the high average range (standard score 114) and his verbal similarities in the low range (79).

# Needs

Kestrel has difficulties with understanding longer spoken instructions, with reciprocal social interaction and with managing anxiety when routines change.

# Recommendations

- Instructions chunked and supported with visuals; check understanding by asking him to show what he will do first.
- A Lego-based social skills group twice a week.
- A visual timetable and advance warning of any change.
"""

EP_FORWARD = """
Fwd from Dr Marchetti - her advice for Wren is below (she said the signed copy will come from the Hub).

---------- Forwarded message ----------
From: Ines Marchetti <ines.marchetti@sarrow.example.org>
Date: 20 April 2026
Subject: Wren Ashdown-Teo - psychological advice (text)

PSYCHOLOGICAL ADVICE - WREN ASHDOWN-TEO (DOB 03/03/2019)
Sources: consultation with class teacher, observation, dynamic assessment, parents' views.
Wren's non-verbal reasoning is in the average range; she solved matrix puzzles quickly and enjoyed them. Her very limited speech means that she is often underestimated and she has begun to withdraw.
Needs: severe speech difficulty; emerging anxiety about speaking; risk of social isolation.
Recommendations: access to a communication aid in all lessons; adults trained to use it; daily structured opportunities to communicate with peers in a small group; a key adult.
Dr Ines Marchetti, Educational Psychologist
"""

EP_FAX = """
FAX   MARSTON VALE EPS   01632 960735   19/01/2026 16:40   1/3
EDUCATIONAL PSYCHOLOGY SERVICE
Psychological advice for EHC needs assessment
Child: Dobromir Lisowski-Hart   DOB 02/11/2017
Kilnworth Lower School  Year 3
Educational Psychologist: Femi Aldridge-Nakamura
Dobromir arrived from Poland aged 5 and speaks Polish at home. Assessment through an interpreter and with non-verbal tools showed reasoning in the low average range, but very weak phonological awareness in both languages and slow progress in reading despite two years of support.
Needs: significant literacy difficulty not explained by learning English; poor working memory.
Recommendations: daily structured phonics programme, individual or pair; pre-teaching of vocabulary; dual-language word mats.
"""

EP_CONSULT_COVER = f"""
C {WYCH}
Educational Psychology Service
Record of Consultation
CONFIDENTIAL - for the child's file

T Record of EP Consultation

K Pupil | Harvey-Lee Sutcliffe
School | Saltwich Academy
Present | Mrs Sutcliffe, SENCo Mr Doughan-Reyes, EP Dr Chiamaka Haverford
Date | 28 January 2026

# What are we worried about?

Harvey-Lee's attendance has fallen to 61% and he has had three suspensions this year. Staff describe him as "explosive" when corrected in front of others.

# What is going well?

He has a good relationship with the site manager and works well in practical subjects.

# Agreed actions

- A named key adult and a daily check-in.
- Private correction, using a script agreed with Harvey-Lee.
- The EP will provide a training session on attachment-aware practice for his teachers.
"""

PASTORAL = """
! Lostock Vale High School

~ A member of the Brine and Meadow Learning Partnership

T Pastoral and Progress Report for the Local Authority

K Student | Tomasz Adebayo-Kowal, Year 10
Attendance (this year) | 92.4%
SEN status | EHC plan
Prepared by | Mr Idris Fairbank-Oke, Head of Year 10, with the SENCo

Tomasz is a popular and polite student. He is working at grade 4 in mathematics and science but at grade 2 in English, where the volume of writing is a barrier. He uses his laptop in most lessons, although it was not available for the start of his mock examinations.

Current support: weekly literacy session with the specialist teacher; laptop; extra time and a reader in examinations.

The school's view is that Tomasz's needs are being met with the current provision but that he needs a reader in all subjects, not only in English.
"""

SENCO_ADVICE = """
! Portwick Harbour Primary School

T Educational Advice for EHC Needs Assessment (school)

K Pupil | Ottilie Brannigan-Seo, Year 4
Completed by | Mrs Delyth Carrow-Nunez, SENCo
Date | 20 February 2026

# Attainment

Reading: working below age-related expectations (reading age 6y 4m at 9y 9m). Writing: working towards Year 2. Maths: working towards Year 3.

# Support already given (graduated approach)

Three cycles of assess, plan, do, review since September 2024: daily phonics catch-up; precision teaching; advice from the Specialist Learning Support Team.

# Outcome

Progress has been slow. The school supports the parents' request for an assessment.
"""

AP_REPORT = """
Tidewater Outdoor Learning (alternative provision)
Progress report - spring term 2026
Learner: Lucian Varga-Pettersen
Days attended: 2 days a week (Tue, Thu), 88% attendance
Lucian has engaged well with outdoor practical sessions: fire safety, boat maintenance and map reading. He is working towards a Level 1 award in Outdoor Skills. He can stay in a group of four for a whole morning but withdraws when a new learner joins.
Literacy and maths are delivered in short outdoor tasks; he completed 7 of 10 maths units.
Recommendation from our staff: Lucian benefits from small groups, a predictable day and practical learning.
Key worker: Tam Rosewarne-Adu
"""

LOWER_SCHOOL_TYPED = """
KILNWORTH LOWER SCHOOL - END OF SPRING TERM REPORT (typed up by Mum)
Dobromir - Year 3 - Class Willow

Reading: Dobromir is now reading books at Phase 3 of our phonics scheme. He still finds blending longer words tricky.
Writing: he can write a sentence with support and a word mat.
Maths: he is working at the expected standard in number and loves times tables.
Personal development: a kind and helpful member of the class. He needs encouragement to ask for help.
Attendance: 97%.
Class teacher: Miss Fenwick-Obasi
Head teacher comment: Well done, Dobromir - keep trying hard with your reading!
"""

NEUROPSYCH = """
! Harbourside Neuropsychology (independent practice)

T Independent Neuropsychological Assessment Report

~ Prepared at the request of Mr and Mrs Walsh-Obuya for the First-tier Tribunal (SEND)

K Child | Piran Walsh-Obuya, DOB 17/12/2012
Assessor | Dr Rhiannon Castellane, Consultant Paediatric Neuropsychologist
Date of assessment | 11 and 12 May 2026

# Instructions

I was asked to describe Piran's cognitive profile and special educational needs and to advise on the provision he requires.

# Findings

WISC-V: Full Scale IQ 72; working memory index 64 (1st centile); processing speed 78. NEPSY-II attention subtests were all below the 5th centile. Piran's profile is consistent with a significant working memory impairment in addition to a moderate learning difficulty.

# Opinion and recommendations

Piran needs teaching in a class of no more than 12 with a high adult ratio; daily individual literacy teaching from a specialist teacher for 30 minutes; and a working memory programme delivered by a trained adult three times a week.

# Statement of truth

I confirm that I have made clear which facts and matters referred to in this report are within my own knowledge and which are not. I understand that my duty is to the Tribunal.

S Dr Rhiannon Castellane, CPsychol
"""

IND_SLT = """
Independent Speech and Language Therapy Report
Wren Ashdown-Teo
Prepared by: Bethany Lowther-Adeyemi, Independent Speech and Language Therapist, MRCSLT, HCPC registered
Instructed by: Mr and Mrs Ashdown-Teo
Date of report: 7 August 2026

1. I assessed Wren at home and at school on 20 and 21 July 2026.
2. She presents with severe childhood apraxia of speech; her intelligibility to unfamiliar listeners is below 20%.
3. I disagree with the draft plan's wording "speech and language therapy as advised". In my opinion Wren needs direct therapy from a speech and language therapist three times a week in six-week blocks, with a six-week consolidation block, for at least the next two years.
4. She needs a high-tech AAC device (assessment by the regional AAC hub) and daily practice.

Statement of truth: I confirm that this report is my own work and that my duty is to assist the Tribunal.
Signed B Lowther-Adeyemi
"""

IND_OT_EMAIL = """
Dear Deryn,

Please find my report below as discussed - I have also attached the PDF with my signature.

INDEPENDENT OCCUPATIONAL THERAPY REPORT
Child: Elowen Kowalczyk-Ross    DOB 19/10/2014
Assessor: Rosalind Ekwueme-Tait, BSc OT, HCPC OT45678, Sensory Integration Practitioner
Instructed by the parent for the SEND Tribunal. My duty is to the Tribunal.

Assessment: Sensory Processing Measure (school and home), clinical observations, BOT-2.
Elowen has significant sensory modulation difficulties: over-responsive to touch and noise, with a fight-or-flight response in crowded spaces.

Recommendations:
- Direct OT (sensory integration) weekly for 12 weeks, by an OT with SI training.
- A sensory diet planned by the OT and delivered by school staff daily.
- A quiet work station and noise-reducing headphones.

Rosalind Ekwueme-Tait
Independent Paediatric Occupational Therapist
"""

IND_EP_ADDENDUM = """
! Dr Yusuf Pemberton-Hale, Chartered Educational Psychologist (independent)

T Addendum Report

~ Re: Lucian Varga-Pettersen - for the hearing on 2 December 2026

1. Since my full report of 3 September 2026 I have read the local authority's response and the updated CAMHS letter of 14 May 2026.

2. Nothing in the response changes my opinion that Lucian needs a specialist setting for autistic pupils with anxiety, with classes of no more than eight.

3. The local authority's proposed school has 1,400 pupils on one site and I observed the resource base on 20 October 2026: it was full and shares corridors with the main school.

I confirm that my duty is to the Tribunal and that this addendum is true to the best of my knowledge.

S Dr Y. Pemberton-Hale, CPsychol, HCPC PYL99887
"""

AR_REPORT = f"""
! {VALE}

T Annual Review Report

K Child | Sunniva Okafor-Blythe
Date of meeting | 17 June 2026
Setting | Kilnworth Lower School
Attended | Parents, class teacher, SENCo, NHS SLT (written advice), EHC Coordinator

# Progress towards outcomes

Sunniva now uses three-word phrases with Makaton and symbols. Outcome partly achieved.

# Views of the child

Sunniva chose pictures to show she likes swimming, singing and her friend Ruby, and does not like the noisy hall.

# Recommendations of the review

- Amend Section B to describe her fine motor needs more fully.
- Add a fine motor group to Section F.
- Name Brickhill Green Middle School from September 2028.

S Chair of the review: Mrs Anouk Dalziel-Bright, SENCo
"""

AR_MINUTES = """
Minutes - EHCP Annual Review - Taliesin Gwillim-Osei - 12 June 2026
Venue: Portwick Harbour Primary School, meeting room
Present: Mrs B Gwillim-Osei (mum), Mrs Carrow-Nunez (SENCo), Mr Treloar (class teacher), Island SENDIASS (Sian Lloyd-Ekwe)
Apologies: Speech and language therapist (report received)

1. Outcomes: 2 of 3 met (reading and independence); social outcome not met.
2. Mum said Taliesin is very tired after school and is falling out with friends at lunch.
3. SENCo asked for a daily motor skills session to be added.
4. Mum asked for more SLT; the therapist's report recommends fortnightly direct therapy.
5. Agreed: school to send the review report to the Hub within 2 weeks recommending amendments to F.
Minutes taken by: school office
"""

AR_EMAIL = """
Dear all,

Thank you for coming to Harvey-Lee's annual review today. As agreed, the record of the meeting is below and will go to Wychmere SEN team with the paperwork.

ANNUAL REVIEW RECORD - Harvey-Lee Sutcliffe, Year 9 - 3 February 2026
Attendance: Mrs Sutcliffe, Harvey-Lee (first 10 minutes), Mr Doughan-Reyes (SENCo), Ms Patience Odell (virtual school), Dr Haverford (EP, written advice)
Harvey-Lee's views: "I like DT and Mr Pike. I hate being sent out."
Progress: attendance 61%; three suspensions; good progress in DT and PE.
Changes proposed: key adult; reduced timetable for six weeks; inclusion base at break and lunch.
The review recommends that the plan is amended.

Kind regards
Mr Aaron Doughan-Reyes, SENCo, Saltwich Academy
"""

AR_SCAN = """
Saltwich College - Annual Review of EHC Plan (Post-16)
Student: Callum Birtwistle   Course: Level 2 Horticulture
Date of review: 14 May 2026
Student's views: I have got a job at Meadowbank Garden Centre. I don't want to do more college.
Progress against outcomes: Level 2 completed; travel independently - achieved; employability - achieved.
Recommendation: the plan is no longer needed as Callum is leaving education for employment.
Signed: Sinead Ortega-Blake, Additional Learning Support Manager
"""

DOCUMENTS = [
    doc("Kestrel psychology.pdf", "ep_report", EP_SUMMARY_BOX, accent="0E6E6E"),
    doc(
        "Wren - Dr Marchetti.eml",
        "ep_report",
        EP_FORWARD,
        headers=mail(
            "Jonah Ashdown-Teo <jonah.at@example.org>",
            "Bethany Lowther-Adeyemi <bethany.slt@example.org>",
            "Fwd: Wren Ashdown-Teo - psychological advice (text)",
            "Tue, 21 Apr 2026 22:17:00 +0100",
        ),
    ),
    doc("Dobromir fax Jan.pdf", "ep_report", EP_FAX, ocr=True),
    doc("Harvey-Lee meeting Jan.docx", "ep_report", EP_CONSULT_COVER),
    doc("Tomasz school report.pdf", "school_report", PASTORAL, accent="5B2C6F"),
    doc("Ottilie Appendix D.docx", "school_report", SENCO_ADVICE),
    doc("Tidewater report.txt", "school_report", AP_REPORT),
    doc("Dobromir report spring.txt", "school_report", LOWER_SCHOOL_TYPED),
    doc("Piran assessment May.pdf", "independent_report", NEUROPSYCH),
    doc("Wren SALT.docx", "independent_report", IND_SLT.replace("\n", "\n\n")),
    doc(
        "OT report.eml",
        "independent_report",
        IND_OT_EMAIL,
        headers=mail(
            "Rosalind Ekwueme-Tait <ros.ot@example.org>",
            "Deryn Kowalczyk-Ross <deryn.kr@example.org>",
            "Elowen - OT report",
            "Fri, 31 Jul 2026 10:10:00 +0100",
        ),
        html=True,
    ),
    doc("Lucian EP update.pdf", "independent_report", IND_EP_ADDENDUM),
    doc("Sunniva review June.docx", "annual_review", AR_REPORT),
    doc("Taliesin notes.txt", "annual_review", AR_MINUTES),
    doc(
        "Harvey-Lee meeting today.eml",
        "annual_review",
        AR_EMAIL,
        headers=mail(
            "Aaron Doughan-Reyes <a.doughan-reyes@saltwichacademy.example.org>",
            "Kerry Sutcliffe <kerry.sutcliffe@example.org>",
            "Thank you for today",
            "Tue, 03 Feb 2026 16:45:00 +0000",
            cc="Patience Odell <p.odell@wychmere.example.org>",
        ),
    ),
    doc("Callum college.pdf", "annual_review", AR_SCAN, ocr=0.06),
]
