# ruff: noqa: E501
"""Plans of set Z, final and draft: an island council's plan behind a cover sheet, a salt
plain borough's plan in lettered boxes, a brickfields council's plan, plans pasted into or
forwarded in e-mails, and plans that came through a fax machine or a scanner. Invented."""

from __future__ import annotations

from document_kinds_z.common import (
    SARROW,
    SARROW_SMALL,
    VALE,
    VALE_SMALL,
    WYCH,
    WYCH_SMALL,
    doc,
    mail,
)

ISLAND_PLAN = f"""
C Isle of Sarrow Council
Education, Health and Care Plan
Name: Kestrel Penhallow-Ruiz
Date of birth: 11 September 2015
Date plan issued: 20 May 2026
Copy for: parent / Portwick Harbour Primary School / Island Paediatric Therapies

! {SARROW}

~ {SARROW_SMALL}

# Section A: The views, interests and aspirations of Kestrel and his family

Kestrel likes the ferry, drawing boats and helping his grandad at the boatyard on Saturdays. He says that school is "too loud at dinner time" and that he wants a friend who likes Lego. His mother wants him to stay at a mainstream school on the island rather than travel to the mainland every day.

# Section B: Special educational needs

Communication and interaction: Kestrel has a diagnosis of autism (Island Child Development Centre, March 2024). He understands short instructions given one at a time but loses the thread of longer classroom talk. He finds it hard to join in play and to repair a conversation when he is misunderstood.

Social, emotional and mental health: he becomes very anxious at transitions and in the dining hall, and may hide under a table or leave the room.

# Section C: Health needs which relate to SEN

Kestrel has mild eczema, managed by his GP. No health need relates to his SEN.

# Section D: Social care needs

None identified.

# Section E: Outcomes

By the end of Key Stage 2 Kestrel will be able to ask an adult for help using a phrase or a help card in at least four out of five lessons.

# Section F: Special educational provision

- A small-group social communication programme (Lego-based), delivered by a trained teaching assistant, twice a week for 40 minutes.
- Advice from the Island Speech and Language Therapy Service, one visit each half term, to set targets and train staff.
- A quiet space for lunch, with an adult, every day.

# Section G: Health provision

None.

# Section H1 and H2: Social care provision

None.

# Section I: Placement

Portwick Harbour Primary School (community primary school).

# Section J: Personal budget

No personal budget has been requested.

# Section K: Advice and information

Appendix 1 parental advice; Appendix 2 educational psychology advice (Dr Ines Marchetti, 3 February 2026); Appendix 3 speech and language therapy advice; Appendix 4 school advice.

S Signed on behalf of the Isle of Sarrow Council
Aled Pryce-Tamsin
SEND Hub Manager
20 May 2026
"""

SALT_PLAIN_FINAL = f"""
! {WYCH}

~ {WYCH_SMALL}

T EHC Plan for Tomasz Adebayo-Kowal

K Date of birth | 4 April 2011
Unique pupil number | Z812200030115
Plan status | Issued (final) under section 39(7) Children and Families Act 2014
Date issued | 2 March 2026
Next review by | 1 March 2027

# Box A - About me

I am Tomasz. I like Formula 1 and the salt museum trips. I don't like it when people rush me to write.

# Box B - My special educational needs

Cognition and learning: Tomasz has a specific learning difficulty (dyslexia) with a very slow reading rate (standard score 71) and weak spelling. His processing speed is low.

Physical and sensory: he has developmental coordination disorder; his handwriting is slow and hard to read after ten minutes.

# Box C - Health

Tomasz is followed by the Mid Wych community paediatric team for DCD.

# Box D - Social care

No social care needs.

# Box E - What we want to achieve

By July 2027 Tomasz will touch type at 25 words a minute and use it for extended writing in all subjects.

# Box F - Help I will get with learning

- A specialist dyslexia teacher, one hour a week, individually, for a structured literacy programme.
- Access to a laptop with speech-to-text in every lesson, set up by the school's IT technician within four weeks of this plan.
- Occupational therapy programme to be run by a trained teaching assistant three times a week for 15 minutes, reviewed by an OT each term.

# Box G - Health provision

Review by the community paediatrician every 12 months.

# Box H - Social care provision

None.

# Box I - School or college

Lostock Vale High School (academy).

# Box J - Personal budget

Not applicable.

# Box K - Advice received

Educational psychologist, occupational therapist, school, parents.

S Authorised by: Bronwen Oyelaran, Team Leader, SEN Assessment and Review Team
"""

VALE_FINAL = f"""
! {VALE}

~ {VALE_SMALL}

T Education, Health and Care Plan (amended following annual review)

K Child | Sunniva Okafor-Blythe
Date of birth | 30 January 2019
Setting | Kilnworth Lower School
Amended plan issued | 14 July 2026

# Section A - Views, interests and aspirations

Sunniva loves swimming and her rabbit, Biscuit. Her parents want her to learn to read and to be able to go to Brownies without an adult.

# Section B - Special educational needs

Sunniva has Down syndrome. She has a moderate learning difficulty, delayed expressive language (she speaks in two- and three-word phrases and uses Makaton) and low muscle tone that affects her fine motor skills.

# Section E - Outcomes

By July 2027 Sunniva will use sentences of four words with a symbol support to tell an adult about her weekend.

# Section F - Special educational provision

- 25 hours a week of support from a teaching assistant trained in Makaton.
- Speech and language therapy: a programme written by the NHS therapist each term and delivered daily for 15 minutes by the teaching assistant.
- Fine motor group three times a week.

# Section G - Health provision

Annual review by the cardiology clinic (repaired heart defect).

# Section I - Placement

Kilnworth Lower School, with a transfer to Brickhill Green Middle School in September 2028.

S Marston Vale Council, 0-25 SEND Service
"""

DRAFT_BOOKLET = f"""
C Our Plan for Wren
Consultation copy
Please send us your comments by 12 June 2026
Isle of Sarrow Council - Island SEND Hub

! {SARROW}

~ {SARROW_SMALL}

B This is the draft plan. No school has yet been named. You have 15 days to tell us what you think and which school you would like.

# Section A - All about Wren

Wren Ashdown-Teo is seven and lives in Hollowshore. She loves the beach, shells and the song "Sea Shanty Sally".

# Section B - Special educational needs

Wren has a severe speech disorder (childhood apraxia of speech) and most adults outside her family cannot understand her. She has started to refuse to speak at school.

# Section E - Outcomes

Wren will use a communication app to ask for help and to share news with her class by summer 2027.

# Section F - Special educational provision

- Speech and language therapy as advised by the therapist.
- Access to a communication aid, to be assessed.
- Support from an adult when needed.

# Section I - Placement

[To be named in the final plan following consultation]

S Draft issued 28 May 2026 by Kiri Marsh-Delaney, EHC Coordinator
"""

DRAFT_AMENDED_DOCX = f"""
! {WYCH}

~ {WYCH_SMALL}

T PROPOSED AMENDED EHC PLAN - Harvey-Lee Sutcliffe

~ Issued under regulation 22(2) following the annual review of 3 February 2026. This is not the final amended plan. You have 15 calendar days to make representations and to ask for a meeting.

# Box B - My special educational needs

Social, emotional and mental health: Harvey-Lee has experienced significant trauma and has a diagnosis of attachment disorder. Since Year 8 he has had fixed-term suspensions for leaving lessons and for shouting at staff. [AMENDED: his school attendance has fallen to 61% this year.]

# Box F - Help I will get with learning

- [NEW] A key adult (learning mentor) for a 10-minute check-in at the start and end of each day.
- A reduced timetable for up to six weeks, reviewed fortnightly. [AMENDED]
- Access to the school's inclusion base at unstructured times.

# Box I - School or college

Saltwich Academy (no change proposed).

S Proposed amendments sent to: parent, Saltwich Academy, Virtual School (if applicable)
Date: 24 February 2026
"""


PLAN_IN_EMAIL_BODY = """
Hi Mr Ferreira-Quinn,

As promised on the phone, I have pasted Joaquim's plan below because the attachment would not open on your tablet. This is the final version that went out on Friday; the signed PDF will follow in the post.

Regards
Harriet Obi-Lindqvist
EHC Coordinator, Marston Vale 0-25 SEND Service
01632 960741

-----------------------------------------
MARSTON VALE COUNCIL
EDUCATION, HEALTH AND CARE PLAN - FINAL
Name: Joaquim Ferreira-Quinn     DOB: 08/06/2013
Date of issue: 19 June 2026

SECTION A - VIEWS, INTERESTS AND ASPIRATIONS
Joaquim wants to be a chef. He likes cooking with his dad and watching football.

SECTION B - SPECIAL EDUCATIONAL NEEDS
Joaquim has a moderate hearing loss in both ears and wears hearing aids. His vocabulary is two years behind that of his peers and he misses information given in noisy rooms.

SECTION E - OUTCOMES
By the end of Year 9 Joaquim will check his understanding of new subject vocabulary using a word bank in every lesson.

SECTION F - SPECIAL EDUCATIONAL PROVISION
- A radio aid used by every teacher in every lesson, checked daily by a trained TA.
- Pre-teaching of subject vocabulary, three 20-minute sessions a week.
- Visits from a qualified teacher of the deaf twice a term to advise staff.

SECTION I - PLACEMENT
Brickhill Green Upper School
-----------------------------------------
"""

FWD_DRAFT_EMAIL = """
---------- Forwarded message ---------
From: SEN Assessment and Review Team <senart@wychmere.example.org>
Date: Tue, 12 May 2026 at 16:02
Subject: Draft EHC plan - Maisie Chetwynd-Oduya
To: Lorna Chetwynd <lorna.chetwynd@example.org>

Dear Ms Chetwynd,

Please see the draft plan for Maisie below. You have 15 days from today to comment and to tell us the school you would like named in Box I.

DRAFT EHC PLAN - NOT FOR CIRCULATION
Box A - About me: Maisie likes horses, slime and her little brother.
Box B - Needs: Maisie has a social communication difficulty and is awaiting an autism assessment. She has sensory sensitivities to noise and smell that stop her eating in the dining hall.
Box E - Outcomes: Maisie will eat lunch at school at least four days a week by Easter 2027.
Box F - Provision: Adult support at lunchtimes as required. Access to a sensory break when needed.
Box I - School: To be confirmed.

Kind regards,
Gethin Abernathy-Shaw, SEN Caseworker

Lorna wrote on Wed 13 May:
Fwd to Aunty Pat - can you read this and tell me what you think before I reply? x
"""

FAX_FINAL_SCAN = """
FROM: ISLAND SEND HUB FAX 01632 960311     02/04/2026 14:55     P.001/005
TO: HOLLOWSHORE MEDICAL PRACTICE
ISLE OF SARROW COUNCIL
EDUCATION HEALTH AND CARE PLAN - FINAL
Name: Piran Walsh-Obuya    DOB: 17/12/2012
Issued 30 March 2026

Section A  Piran's views
Piran wants to work on the ferries like his dad.
Section B  Special educational needs
Piran has a moderate learning difficulty and a significant difficulty with working memory. He reads at the level of a typical eight year old.
Section E  Outcomes
Piran will read and follow a ferry timetable independently by July 2027.
Section F  Special educational provision
Daily precision teaching for reading, 15 minutes, from a trained teaching assistant.
Maths intervention in a group of no more than four, three times a week.
Section I  Placement
Hollowshore Academy
Signed: A. Pryce-Tamsin, SEND Hub Manager
"""

SCANNED_DRAFT = """
WYCHMERE BOROUGH COUNCIL - SEN Assessment and Review Team
DRAFT Education, Health and Care Plan
Comments to be returned within 15 days of 9 January 2026
Name: Ayaan Rothwell-Mbeki   Date of birth: 22/02/2020
Box A About me: Ayaan likes trains and bubbles.
Box B My needs: Ayaan has global developmental delay. He is not yet toilet trained and he communicates by leading an adult by the hand.
Box E Outcomes: Ayaan will use five symbols to ask for things he wants by July 2027.
Box F Help with learning: Support in the nursery class; a symbol-based communication system; intensive interaction.
Box I Setting: Parental preference to be sought.
"""

DOCUMENTS = [
    doc("Kestrel EHCP pack for school.pdf", "ehcp_final", ISLAND_PLAN, accent="0E6E6E"),
    doc("Tomasz Box plan.docx", "ehcp_final", SALT_PLAIN_FINAL),
    doc(
        "Sunniva annual review outcome.pdf",
        "ehcp_final",
        VALE_FINAL,
        footer="Marston Vale Council - EHC Plan - amended",
    ),
    doc(
        "Joaquim - plan.eml",
        "ehcp_final",
        PLAN_IN_EMAIL_BODY,
        headers=mail(
            "Harriet Obi-Lindqvist <harriet.obi-lindqvist@marstonvale.example.org>",
            "Marco Ferreira-Quinn <marco.fq@example.org>",
            "Joaquim's plan (pasted in as the PDF would not open)",
            "Mon, 22 Jun 2026 09:14:00 +0100",
        ),
    ),
    doc("fax_20260402_1455.pdf", "ehcp_final", FAX_FINAL_SCAN, ocr=True),
    doc("Wren EHCP.pdf", "ehcp_draft", DRAFT_BOOKLET, accent="0E6E6E"),
    doc("Harvey-Lee plan amended FINAL.docx", "ehcp_draft", DRAFT_AMENDED_DOCX),
    doc(
        "Fwd_ Maisie.eml",
        "ehcp_draft",
        FWD_DRAFT_EMAIL,
        headers=mail(
            "Lorna Chetwynd <lorna.chetwynd@example.org>",
            "Pat Oduya <pat.oduya@example.org>",
            "Fwd: Draft EHC plan - Maisie Chetwynd-Oduya",
            "Wed, 13 May 2026 07:41:00 +0100",
        ),
        qp=True,
    ),
    doc("Ayaan nursery paperwork.pdf", "ehcp_draft", SCANNED_DRAFT, ocr=0.07),
]
