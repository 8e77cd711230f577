# ruff: noqa: E501
"""Health and therapy reports of set Z: a stammering clinic, an island therapy service
behind a cover sheet, a selective mutism plan scanned, an OT seating assessment, a
paediatric physiotherapist's gait report and hydrotherapy programme, a diabetes clinic, a
cochlear implant programme, a cardiology letter, a school nurse's health advice, a CAMHS
crisis liaison team, a looked-after children's CAMHS service, a family therapy summary and
a CAMHS clinical psychologist. All invented."""

from __future__ import annotations

from document_kinds_z.common import doc, mail

ISLAND_NHS = "Sarrow Island Healthcare NHS Trust"
WYCH_NHS = "Mid Wych Community Health NHS Trust"
VALE_NHS = "Vale and Ouse Children's Services NHS Foundation Trust"

STAMMER = f"""
! {WYCH_NHS} - Speech and Language Therapy (Dysfluency Clinic)

~ Brinefield Health Centre, Saltwich CW9 6AA  |  01632 960561

T Advice for Education, Health and Care Needs Assessment

K Name | Nyah Ellison-Haque
NHS number | 999 318 2264
Date of assessment | 2 June 2026
Therapist | Carys Bellamy-Oteng, Highly Specialist Speech and Language Therapist (fluency)

# Background

Nyah was referred by her GP at the age of 11 with a stammer that has become more severe since she started secondary school.

# Assessment

On the SSI-4 her stammer was rated moderate to severe (score 28), with blocks on initial sounds and visible tension. On the OASES questionnaire she reported a high impact on her daily life. She avoids answering questions in class and has stopped using the school canteen because she cannot say her order.

# Needs

Nyah has a moderate to severe stammer with a significant emotional impact, leading to avoidance of speaking in class.

# Recommendations

- A block of eight sessions of fluency therapy with a specialist SLT, followed by review.
- Staff should not finish her sentences and should allow extra time to answer; a card system to signal when she wants to speak.
- An alternative to reading aloud and oral presentations in class unless Nyah chooses to.
"""

ISLAND_SLT_COVER = f"""
C {ISLAND_NHS}
Children's Therapy Services
Report enclosed for: EHC needs assessment - Wren Ashdown-Teo
Please file in the child's education record
Sent by: Island Paediatric Therapies admin, 01632 960345

! {ISLAND_NHS} - Speech and Language Therapy

T Speech and Language Therapy Advice

K Child | Wren Ashdown-Teo, DOB 03/03/2019
Date | 14 April 2026

Wren presents with features of childhood apraxia of speech: inconsistent errors on repeated words, groping movements and difficulty sequencing syllables. Her understanding of language is within the average range (CELF-P3 receptive standard score 94). Her speech is about 20% intelligible to unfamiliar listeners.

# Recommendations

- Direct speech therapy using a motor-speech approach (e.g. DTTC) three times a week for blocks of six weeks, delivered by a speech and language therapist.
- An assessment for a high-tech communication aid by the Island AAC team.
- Adults should model and accept all her ways of communicating (signs, pointing, the app).

S Tegen Rowse-Mahmood, Specialist Speech and Language Therapist, HCPC SL12345
"""

SELECTIVE_MUTISM_SCAN = """
Vale and Ouse Children's Services NHS Foundation Trust
Speech and Language Therapy - Selective Mutism Plan
Child: Hafsa Lindgren-Ali   Year 2   Kilnworth Lower School
Date: 18/05/2026
Hafsa speaks freely at home but has not spoken to any adult at school since she started in Reception.
Stage 1: key adult (Mrs Doyle) plays talking-free games with Hafsa in a small room, three times a week, 10 minutes.
Stage 2: Hafsa's mother joins and talks with her in the room; Mrs Doyle enters gradually (sliding-in technique).
Do not pressure Hafsa to speak, do not praise speech in front of others.
Review by SLT in six weeks.
SLT: Ruth Fennimore-Baako
"""

SLT_FORWARD = """
Hi, this is from Joaquim's speech therapist - she sent it to me as text, not a letter. Can it go in the bundle?
Marco

> From: Olamide Sørensen-Pike <o.sorensen-pike@vaoc.example.org>
> Subject: SLT summary
>
> Speech and language therapy summary - Joaquim Ferreira-Quinn (DOB 08/06/2013)
> Joaquim was seen at Brickhill Green Upper School on 3 March 2026 with his teacher of the deaf present.
> On the CELF-5 his expressive vocabulary is at the 5th centile and he has weak word-finding.
> Recommendation: a 30-minute vocabulary session each week with a TA using a programme set by SLT,
> reviewed by SLT once a term; pre-teaching of topic words before each unit.
> Olamide Sørensen-Pike, Specialist SLT (Hearing Impairment)
"""

OT_SEATING = f"""
! {WYCH_NHS} - Children's Occupational Therapy

T Occupational Therapy Report

K Name | Tomasz Adebayo-Kowal
Date of birth | 04/04/2011
Seen at | Lostock Vale High School, 9 October 2025

# Reason for referral

Difficulties with handwriting, organisation and sitting posture in class, known developmental coordination disorder.

# Assessment

Movement ABC-2: total test score below the 5th percentile. DASH handwriting speed: 9 words per minute in the ten-minute free-writing task (expected 19). Tomasz slumps in a standard classroom chair and his feet do not reach the floor with the desk height he uses.

# Recommendations

- A sloped writing board and an adjustable chair with a footrest in every classroom he uses for written work.
- Laptop use for extended writing, with touch-typing teaching.
- A daily 15-minute fine motor and core stability programme, delivered by a trained teaching assistant.

S Fatima Whitcombe-Ayodele, Paediatric Occupational Therapist
"""

OT_EMAIL = """
Dear Mrs Brannigan-Seo,

Thank you for waiting. Here is my summary following my visit to school.

Ottilie's difficulties are mainly with fine motor control and with self-care at school: she cannot yet manage the buttons on her PE shirt and takes 15 minutes to change. Her pencil grip is immature and her letters are poorly formed.

I recommend:
1. Velcro or adapted PE kit.
2. A "Clever Fingers" type programme three times a week for ten minutes.
3. Extra time to change, with a TA prompt card.

I will review in the autumn term.

Best wishes,
Nerys Dunmore-Achebe
Children's Occupational Therapist, Sarrow Island Healthcare NHS Trust
"""

OT_SCAN = """
Vale and Ouse Children's Services NHS FT
Children's Occupational Therapy - Home and School Equipment Assessment
Name: Sunniva Okafor-Blythe   DOB 30.01.2019
Seen: 12.02.2026, Kilnworth Lower School
Sunniva has low muscle tone and poor sitting balance. She slides down a standard chair and cannot use both hands together while seated.
Recommendations:
1. A supportive classroom chair with pelvic strap (ordered).
2. Toilet frame and step in the school toilets.
3. Fine motor programme daily, 10 minutes, TA.
OT: Daniel Kaur-Whitlow, Band 6 Occupational Therapist
"""

OT_TEXT = """
OCCUPATIONAL THERAPY ADVICE (EHC NEEDS ASSESSMENT)
Child: Ayaan Rothwell-Mbeki
Service: Mid Wych Community Health NHS Trust, Children's OT
Date: 12 December 2025

Summary of needs
Ayaan is 5 and has global developmental delay. He has marked sensory-seeking behaviour (spinning, mouthing objects), poor body awareness and immature grasp.

Recommended provision
- A sensory diet, set up by OT, built into his day every 90 minutes.
- Chewy tube and move'n'sit cushion available at all times.
- OT review each term and training for nursery staff.
Jas Patel-Morrow, Occupational Therapist
"""

PHYSIO_GAIT = f"""
! {VALE_NHS} - Children's Physiotherapy

T Physiotherapy Report for the EHC Plan

K Child | Solomon Oduya-Fitch
DOB | 25/08/2016
Diagnosis | Cerebral palsy, spastic diplegia (GMFCS level II)

# Findings

Solomon walks independently with a crouched gait and wears ankle-foot orthoses. Gait laboratory analysis (March 2026) showed reduced knee extension in stance. He tires after 200 metres and falls in the playground about twice a week.

# Recommendations

- A daily stretching programme, 20 minutes, by a trained TA, and a standing frame for 30 minutes a day.
- A physiotherapy review in school every half term.
- Adapted PE and a shortened route between lessons; access to a lift.

S Keturah Mansfield-Odu, Senior Paediatric Physiotherapist
"""

HYDRO = """
Physiotherapy - Hydrotherapy programme and review
Child: Piran Walsh-Obuya
Sarrow Island Healthcare NHS Trust, Children's Physiotherapy, St Brannoc's Hospital pool
Piran attended eight hydrotherapy sessions (January to March 2026) for hypotonia and poor core stability.
Progress: he can now stand on one leg for 6 seconds (previously 2) and climbs stairs with a reciprocal pattern.
Plan: continue weekly hydrotherapy for a further term; gross motor circuit at school twice a week (sheet attached); review by physiotherapist in July.
Physiotherapist: Loveday Trethowan-Asare
"""

PHYSIO_FAX = """
FAX  FROM 01632 960562  MID WYCH PHYSIO      17-11-2025  11:03   P01
TO: SEN Assessment and Review Team
PHYSIOTHERAPY ADVICE
Child: Harvey-Lee Sutcliffe  DOB 06/06/2012
Harvey-Lee has hypermobility of the knees and ankles with pain after walking and PE.
He should have a locker to avoid carrying a heavy bag, a modified PE programme and a daily strengthening programme of 15 minutes.
Physiotherapy review in 6 months.
B. Oyelowo-Grant, Physiotherapist
"""

PHYSIO_EMAIL = """
Hello Mrs Oduya-Fitch,

Following Solomon's review at the child development centre today I said I would put my advice in writing for the tribunal.

Solomon still needs daily stretches and use of his standing frame at school. I also recommend that he has a physiotherapy-led review in school every half term and that the school keeps the lift pass. I would be concerned about a school on a split site.

Kind regards
Keturah Mansfield-Odu
Senior Paediatric Physiotherapist
"""

DIABETES = f"""
! {ISLAND_NHS} - Paediatric Diabetes Team

~ St Brannoc's Hospital, Portwick PW1 9XE  |  Diabetes nurses 01632 960350

K Patient | Elowen Kowalczyk-Ross
NHS number | 999 604 1187
Clinic date | 22 April 2026

Dear Dr Hanley,

Diagnosis: type 1 diabetes (2022), on an insulin pump with a continuous glucose monitor.

I reviewed Elowen in clinic with her mother. Her HbA1c is 61 mmol/mol. She has had two hypos at school this term during PE. She needs an adult trained in her pump at school at all times, and should be allowed to eat and check her glucose in lessons. Her individual healthcare plan has been updated and sent to school.

S Dr Priya Radcliffe-Owusu
Consultant Paediatrician (Diabetes)
cc: parent; school nurse
"""

COCHLEAR = """
! Southern Isles Cochlear Implant Programme

T Annual Review Report - Audiology and Rehabilitation

K Name | Joaquim Ferreira-Quinn
Hospital number | S0044817

Joaquim has bilateral moderate sensorineural hearing loss and uses hearing aids; he was assessed for cochlear implant candidacy in February 2026 and is not a candidate at present. Unaided thresholds are 55-65 dB HL. Speech perception in noise (BKB-SIN) is poor.

# Recommendations for education

- A radio aid in all lessons.
- Seating near the teacher, away from the window and the projector fan.
- Acoustic treatment of his main classrooms.

S Clinical Scientist (Audiology): Dr Bryony Hallam-Achterberg
"""

CARDIO_SCAN = """
VALE AND OUSE CHILDREN'S SERVICES NHS FOUNDATION TRUST
Paediatric Cardiology Outreach Clinic
Re: Sunniva Okafor-Blythe  DOB 30/01/2019  NHS 999 221 8830
Dear Dr Nanjiani,
I saw Sunniva today. She had repair of an atrioventricular septal defect at 5 months. The repair is working well; there is mild residual valve leak only. She can take part in all school activities including swimming and PE. No restrictions.
Follow up in 2 years.
Dr E. Castellano-Reid, Consultant Paediatric Cardiologist
cc parents, school
"""

SCHOOL_NURSE = """
Health Advice for Education, Health and Care Needs Assessment
From: School Nursing Service (5-19), Mid Wych Community Health NHS Trust
Child: Maisie Chetwynd-Oduya   DOB 27/09/2015
Date: 30 April 2026

Health history: born at term, no significant illness. Under the community paediatrician, awaiting autism assessment (referred Nov 2025).
Current health needs: restricted eating (eats about 10 foods), low weight on the 2nd centile, constipation treated with Movicol, poor sleep.
Impact on education: tiredness in the morning and reluctance to eat at school.
Advice: a health care plan for eating at school; referral to the dietitian made today.
Signed: Hollie Brennan-Opoku, School Staff Nurse
"""

CAMHS_CRISIS = f"""
! {VALE_NHS} - CAMHS Crisis and Liaison Team

~ Kilnworth General Hospital, Paediatric Ward 3  |  01632 960777

T Assessment Summary following attendance at the Emergency Department

K Young person | Lucian Varga-Pettersen, 15
Date seen | 28 February 2026
Clinician | Adaeze Morton-Lindahl, CAMHS Crisis Practitioner

Lucian was brought to the emergency department by his mother after telling her he did not want to be alive. He described months of distress at school, feeling overwhelmed by noise and not being understood by staff. He has a diagnosis of autism.

Risk formulation: moderate risk, reduced by strong family support. A safety plan was agreed.

# Plan

- Follow-up by the community CAMHS team within seven days.
- School to be informed (with consent) and to offer a reduced, predictable timetable and a safe space.
- Referral to the autism and mental health pathway.
"""

LAC_CAMHS = """
Children in Care and Adoption CAMHS (Island)
Consultation Report
Young person: Kit Bramwell-Eze (in foster care since 2023)
Clinical psychologist: Dr Morwenna Tallis-Oyelaran
Date: 5 March 2026

Kit has experienced early neglect and several changes of placement. He shows hypervigilance, difficulty trusting adults and explosive reactions when he feels shamed.

Formulation: his behaviour in school is best understood as a response to feeling unsafe rather than as defiance.

Recommendations: a consistent key adult in school; the PACE approach (playfulness, acceptance, curiosity, empathy) in all interactions; staff training by the CAMHS team; avoid exclusion from class as a sanction where possible.
"""

FAMILY_THERAPY = """
CAMHS - Family Therapy Service, Mid Wych Community Health NHS Trust
Closing Summary

Maisie Chetwynd-Oduya and family attended six family therapy sessions between January and April 2026 to help with anxiety around eating and separation at school drop-off.

Maisie now attends school every day and separates from her mother at the gate. She still does not eat in the dining hall.

We have discharged Maisie from the family therapy service. We recommend the school continues a calm, predictable drop-off routine and lunch in a small group.

Systemic Family Psychotherapist: Lowri Abiodun-Hurst
"""

CAMHS_PSYCH_FWD = """
----- Forwarded Message -----
From: Lucian's mum <anna.varga@example.org>
To: Dr Oscar Varga <o.varga@example.org>
Sent: Monday, 18 May 2026, 21:10
Subject: CAMHS letter

Copy of the CAMHS letter below (from the portal). Shall we send it to the council?

Vale and Ouse CAMHS - Community Team (Kilnworth)
Clinic letter, 14 May 2026
Re: Lucian Varga-Pettersen
I saw Lucian and his mother for a review. His anxiety remains severe (RCADS total T-score 74) and he has attended school for 40% of sessions this term. He has started CBT adapted for autistic young people, weekly for 12 weeks.
In my opinion Lucian needs a small, quiet school setting with staff experienced in autism and anxiety.
Dr Helena Ashworth-Nwosu, Clinical Psychologist, CAMHS
"""

DOCUMENTS = [
    doc("Nyah stammer.docx", "salt_report", STAMMER),
    doc("Island Therapies cover.pdf", "salt_report", ISLAND_SLT_COVER, accent="0E6E6E"),
    doc("Hafsa plan for school.pdf", "salt_report", SELECTIVE_MUTISM_SCAN, ocr=0.06),
    doc(
        "Fwd_ SLT summary.eml",
        "salt_report",
        SLT_FORWARD,
        headers=mail(
            "Marco Ferreira-Quinn <marco.fq@example.org>",
            "Harriet Obi-Lindqvist <harriet.obi-lindqvist@marstonvale.example.org>",
            "Fwd: SLT summary",
            "Tue, 10 Mar 2026 20:45:00 +0000",
        ),
    ),
    doc("Tomasz chair.pdf", "ot_report", OT_SEATING),
    doc(
        "Ottilie PE kit.eml",
        "ot_report",
        OT_EMAIL,
        headers=mail(
            "Nerys Dunmore-Achebe <nerys.dunmore-achebe@sihc.example.org>",
            "Erin Brannigan-Seo <erin.bs@example.org>",
            "School visit",
            "Mon, 18 May 2026 13:05:00 +0100",
        ),
        qp=True,
    ),
    doc("Sunniva equipment.pdf", "ot_report", OT_SCAN, ocr=True),
    doc("Appendix 5.txt", "ot_report", OT_TEXT),
    doc("Solomon CP.docx", "physio_report", PHYSIO_GAIT),
    doc("pool sessions.txt", "physio_report", HYDRO),
    doc("fax0093.pdf", "physio_report", PHYSIO_FAX, ocr=True),
    doc(
        "For tribunal.eml",
        "physio_report",
        PHYSIO_EMAIL,
        headers=mail(
            "Keturah Mansfield-Odu <k.mansfield-odu@vaoc.example.org>",
            "Grainne Oduya-Fitch <grainne.of@example.org>",
            "Solomon - for tribunal",
            "Thu, 25 Jun 2026 17:20:00 +0100",
        ),
    ),
    doc("Elowen clinic April.pdf", "medical_report", DIABETES, accent="005EB8"),
    doc("Joaquim hearing.docx", "medical_report", COCHLEAR),
    doc("Sunniva heart.pdf", "medical_report", CARDIO_SCAN, ocr=0.07),
    doc("health advice Maisie.txt", "medical_report", SCHOOL_NURSE),
    doc("Lucian A&E.pdf", "camhs_report", CAMHS_CRISIS),
    doc("Kit consultation.docx", "camhs_report", LAC_CAMHS),
    doc("discharge.txt", "camhs_report", FAMILY_THERAPY),
    doc(
        "Fw_ CAMHS letter.eml",
        "camhs_report",
        CAMHS_PSYCH_FWD,
        headers=mail(
            "Dr Oscar Varga <o.varga@example.org>",
            "Marston Vale 0-25 SEND <send@marstonvale.example.org>",
            "Fw: CAMHS letter",
            "Tue, 19 May 2026 08:02:00 +0100",
        ),
    ),
]
