# ruff: noqa: E501
"""Letters of the tenth kind set: London boroughs' and Midlands councils' decisions (an
annual review decision to amend, a decision to maintain unchanged, a refusal to re-assess,
a refusal of a particular school, a council's letter quoting the tribunal's order it is
carrying out, a decision by e-mail with the letter pasted in, a covering letter issuing a
final plan, a refusal to assess sent as an e-mail); mediation certificates from two services
not used before; appeal forms; the tribunal's orders (a barring order, directions by e-mail,
a consent order); and correspondence:
school letters about a suspension and a part-time timetable, a transport e-mail, a
caseworker's chaser, a forwarded thread. All invented."""

from __future__ import annotations


def headers(frm: str, to: str, subject: str, date: str, cc: str = "") -> dict:
    out = {"From": frm, "To": to}
    if cc:
        out["Cc"] = cc
    return {**out, "Subject": subject, "Date": date}


AR_DECISION_AMEND = [
    ("org", "London Borough of Stanmere"),
    ("small", "SEN Casework | Stanmere Civic Centre | 01632 960512 | sen@example.org"),
    ("p", "Our reference: LBS/SEN/ARD/8841\n20 May 2026"),
    ("p", "Ms Funmi Adeyemi\nFlat 3, 19 Gorse Road\nStanmere"),
    ("b", "Annual review of Noah's Education, Health and Care plan: our decision"),
    ("p", "Dear Ms Adeyemi,"),
    (
        "p",
        "Noah's annual review meeting was held at Stanmere Park Academy on 6 May 2026 and we have now received the school's report and recommendations. Under regulation 20(10) of the Special Educational Needs and Disability Regulations 2014 we must tell you within four weeks of the meeting whether we propose to keep the plan as it is, amend it or cease to maintain it.",
    ),
    (
        "p",
        "We have decided to amend Noah's plan. The changes we propose are to Sections B, E and F, to reflect the speech and language therapy assessment of March 2026. A copy of the proposed amended plan and the evidence is enclosed. You have 15 calendar days to make representations and to ask for a meeting.",
    ),
    (
        "p",
        "If you disagree with the final amended plan when it is issued you will be able to appeal to the SEND Tribunal. You do not need a mediation certificate if your appeal is only about the school named in Section I.",
    ),
    ("sig", ["Yours sincerely", "Marisa Quinlan", "SEN Team Manager"]),
]

AR_NO_CHANGE = """Nethercote City Council
Special Needs Assessment Service
Council House, Nethercote
Tel 01632 960630

Date: 2 April 2026
Our Ref: NCC/SNAS/GM/2026

Dear Mr and Mrs Mbeki

GRACE MBEKI - OUTCOME OF ANNUAL REVIEW

Thank you for attending Grace's annual review on 5 March 2026.

Having considered the review report and the views expressed at the meeting, the Local
Authority has decided to MAINTAIN Grace's EHC plan WITHOUT AMENDMENT. We do not consider
that the evidence shows a change in Grace's needs or in the provision she requires.

We note that you asked for the literacy provision in Section F to be increased. The
school's data shows that Grace has made progress of 14 months in reading age over the
year and the panel did not agree an increase.

Your right of appeal
You have the right to appeal to the First-tier Tribunal (SEND) against this decision. You
must first contact Heart of England Mediation Service on 01632 960644 within two months
of the date of this letter.

Yours sincerely

J. Pattinson (Mrs)
Senior SEN Officer
"""

REFUSE_REASSESS = [
    ("org", "Arrowdale County Council\nSEND Statutory Assessment Team"),
    ("p", "Sent by e-mail and post\n11 February 2026"),
    ("b", "Your request for a re-assessment of Tobias's education, health and care needs"),
    ("p", "Dear Mr Wren,"),
    (
        "p",
        "We received your request for a re-assessment on 20 December 2025. The Multi-Agency Resource Panel considered it on 4 February 2026 together with the school's latest review and a letter from Tobias's physiotherapist.",
    ),
    (
        "p",
        "The panel decided that a re-assessment is not necessary at this time (section 44(2) of the Children and Families Act 2014 and regulation 27). The panel felt that the change you describe in Tobias's mobility can be addressed at his next annual review, which we will bring forward to March.",
    ),
    (
        "p",
        "You may appeal against a refusal to re-assess. You must contact the mediation adviser before lodging an appeal, unless your appeal is only about the placement.",
    ),
    ("sig", ["Yours sincerely", "Rebecca Asante", "SEND Casework Officer"]),
]

SCHOOL_REFUSED = """Tamebridge Metropolitan Borough Council
People Directorate - SEND 0-25

9 June 2026

Dear Mrs Fitzgerald-Hinds

Re: Layla Fitzgerald-Hinds - your request for Oakfield Special School

We consulted Oakfield Special School, as you asked, under section 39 of the Children and
Families Act 2014. The school replied that it could meet Layla's needs. However, the local
authority has decided not to name Oakfield in Section I because it considers that Layla's
attendance there would be incompatible with the efficient use of resources. The cost of
the placement, with transport, is about GBP 31,000 a year more than Ashgrove Community
Primary School, which can meet her needs with the provision in Section F.

The final plan will therefore name Ashgrove Community Primary School. You may appeal to the
SEND Tribunal about the school named. You do not need to contact a mediation adviser first
if your appeal is only about Section I.

Yours sincerely

G. Bhamra
Head of SEND Statutory Services
"""

QUOTES_ORDER = [
    ("org", "Soar Valley District Council\nSEND Assessment Team"),
    ("p", "Ref: SVDC/EHC/40312\n18 November 2026"),
    ("p", "Dear Mr and Mrs Brierley,"),
    ("b", "Ethan Brierley: carrying out the tribunal's order"),
    (
        "p",
        "The tribunal's decision dated 28 October 2026 (appeal EH455/26/00912) has been received. The tribunal ordered as follows:",
    ),
    (
        "i",
        '"The appeal is allowed. The local authority shall amend Section F of the EHC plan to specify mentoring by a named key adult for 30 minutes daily, and shall name Riverside Learning Centre in Section I. The local authority shall issue the amended plan within 5 weeks of the date of this order."',
    ),
    (
        "p",
        "As regulation 44(2) requires, the local authority will issue the amended plan by 2 December 2026. We have written to Riverside Learning Centre to arrange a start date and transport will be provided from the start of the spring term.",
    ),
    (
        "p",
        "If you have any questions please contact your caseworker, Paul Mistry, on 01632 960733.",
    ),
    ("sig", ["Yours sincerely", "Helen Cotterill", "Service Manager, SEND Statutory Services"]),
]

DECISION_PASTED_EMAIL = """Dear Mrs Sallis,

Please see below the text of our letter, which is also attached as a PDF.

-----

Bournlea County Council - SEND Statutory Team
Date: 21 January 2026

Re: Request for an EHC needs assessment - Imogen Sallis (17)

Following the panel of 19 January 2026 the local authority has agreed to carry out an
Education, Health and Care needs assessment for Imogen under section 36 of the Children and
Families Act 2014. We will ask Marlhurst College, an educational psychologist, health
services and social care for their advice, and we will ask for Imogen's own views.

We must tell you within 16 weeks of your request whether we will issue a plan.

-----

Kind regards
Leanne Moorcroft
EHC Coordinator (Post-16)
Bournlea County Council
01632 960871
"""

MEDIATION_LONDON = [
    ("org", "Capital SEND Resolution"),
    ("small", "Independent disagreement resolution and mediation for London boroughs"),
    ("title", "Certificate issued under section 55(5) Children and Families Act 2014"),
    (
        "grid",
        [
            ["Item", "Details"],
            ["Parent", "Mrs Shirin Hussain"],
            ["Child", "Zainab Hussain (DOB 14/07/2019)"],
            ["Local authority", "London Borough of Hallowmere"],
            ["Decision in dispute", "Contents of EHC plan issued 30 June 2026 (Sections B and F)"],
            ["Mediation held", "Yes, 12 August 2026, by video"],
            ["Outcome", "Partial agreement on Section B; no agreement on Section F"],
        ],
        [0.32, 0.68],
    ),
    (
        "p",
        "This certificate confirms that the parent has met the requirement of section 55 and may now appeal to the First-tier Tribunal (SEND). The appeal must be lodged within one month of the date of this certificate or two months of the decision, whichever is later.",
    ),
    ("sig", ["Signed: O. Lindqvist, Mediator", "Date of issue: 13 August 2026"]),
]

MEDIATION_MIDLANDS_SCAN = """HEART OF ENGLAND MEDIATION SERVICE
Mediation Certificate
Parent/Carer: Mr and Mrs Mbeki
Child/Young Person: Grace Mbeki
Local Authority: Nethercote City Council
The parent contacted the mediation adviser on 16 April 2026 and has decided not to take
part in mediation. This certificate is issued within 3 working days of that contact.
Certificate number: HEMS/26/0418
Date of issue: 17 April 2026
"""

SEND35_LONDON = [
    ("title", "SEND 35 - Appeal to the First-tier Tribunal"),
    ("small", "Special Educational Needs and Disability | Notice of appeal"),
    ("field", "1. Who is appealing?", "Mrs Shirin Hussain (mother)"),
    ("field", "2. Child's details", "Zainab Hussain, date of birth 14/07/2019"),
    ("field", "3. Local authority", "London Borough of Hallowmere"),
    (
        "field",
        "4. What are you appealing against?",
        "The contents of the EHC plan (Sections B, F and I) issued on 30 June 2026.",
    ),
    ("field", "5. Mediation certificate date", "13 August 2026 (attached)"),
    (
        "field",
        "6. Reasons for appeal",
        "Section F does not say how much speech and language therapy Zainab will get or who will give it. 'Adult support throughout the day' is not specific. Section I should name Brookmead Special School.",
    ),
    ("field", "7. Attachments", "Final plan, decision letter, mediation certificate, SLT report"),
    ("field", "8. Signature", "S. Hussain    10 September 2026"),
]

SEND35_HANDWRITTEN = """SEND35 NOTICE OF APPEAL
Section A - About you: Gareth Wren (father), 5 Millpond Close, Arrowdale
Section B - Child: Tobias Wren, DOB 02/04/2016
Section C - Decision appealed: refusal to re-assess, letter 11/02/2026
Section D - Mediation certificate attached: yes, dated 02/03/2026
Section E - Reasons: Tobias can no longer walk the school site since his surgery and the
plan does not cover his new needs. The physio letter says he needs a new assessment.
Signed G Wren 20/03/2026
"""

BARRING_ORDER = [
    (
        "org",
        "First-tier Tribunal (Health, Education and Social Care Chamber)\nSpecial Educational Needs and Disability",
    ),
    ("p", "Appeal number: EH314/26/01188"),
    ("p", "Shirin Hussain (Appellant) and London Borough of Hallowmere (Respondent)"),
    ("title", "Order"),
    (
        "np",
        "1.",
        "The respondent has failed to comply with the direction of 18 September 2026 to send a working document and its case statement.",
    ),
    (
        "np",
        "2.",
        "Under rule 8 of the Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008, the respondent is barred from taking further part in the proceedings unless it complies by 4pm on 23 October 2026.",
    ),
    ("np", "3.", "The hearing on 19 November 2026 remains listed."),
    ("sig", ["Tribunal Judge A. Okonkwo", "Dated 16 October 2026"]),
]

CASE_MGMT_EMAIL = """Dear Parties

Appeal ref: EH452/26/00977 - Grace Mbeki

Tribunal Judge Ferris has considered the parent's request to admit a late report from
an independent educational psychologist. The judge DIRECTS:

1. The late evidence is admitted.
2. The local authority may send a response to it by 12 October 2026.
3. The parties must agree a working document by 26 October 2026.

Please reply to this e-mail address quoting the appeal reference.

SEND Tribunal
Case Management Team
"""

WITHDRAWAL_CONSENT = [
    ("org", "First-tier Tribunal (Special Educational Needs and Disability)"),
    ("p", "EH408/26/01022    Layla Fitzgerald-Hinds"),
    ("title", "Consent order"),
    (
        "p",
        "The parties have agreed terms. By consent it is ordered that the local authority shall amend the plan in the agreed terms attached and the appeal is treated as withdrawn under rule 17.",
    ),
    ("sig", ["Tribunal Judge M. Ferris", "Date: 28 October 2026"]),
]

SUSPENSION_LETTER = [
    ("org", "Riverside Mill Academy"),
    ("small", "Part of the Tame Valley Learning Trust | Headteacher: Mr S. Greaves"),
    ("p", "12 March 2026"),
    ("p", "Dear Mr and Mrs Brierley,"),
    ("b", "Suspension of Ethan Brierley (Year 8)"),
    (
        "p",
        "I am writing to inform you that I have decided to suspend Ethan for a fixed period of 3 school days, from 13 March to 17 March 2026 inclusive, following an incident at lunchtime on 11 March in which he pushed a member of staff.",
    ),
    (
        "p",
        "This is Ethan's second suspension this school year. Work will be set on the school's online platform. You have the right to make representations to the governing board about this decision.",
    ),
    (
        "p",
        "Ethan should return on 18 March at 8.30am for a reintegration meeting with you, his head of year and the SENCo.",
    ),
    ("sig", ["Yours sincerely", "S. Greaves", "Headteacher"]),
]

PART_TIME_LETTER = """Cressfield Primary School
Ferndale Avenue, Hallowmere
01632 960215

25 February 2026

Dear Mrs Chowdhury

Re: Ayaan - temporary reduced timetable

Further to our meeting on Monday, I am writing to confirm the arrangement we agreed.
From 2 March Ayaan will attend from 9.00am to 12.15pm each day. We will review this after
four weeks, on 27 March, with the aim of adding one afternoon at a time.

The school will record the afternoons as authorised absence (code C). I have let the
local authority's SEN casework team know, as Ayaan has an EHC plan.

Please do contact me if you have any concerns.

Yours sincerely

Mrs L. Fairweather
SENCo
"""

TRANSPORT_EMAIL = """Good afternoon Mrs Hussain,

I can confirm that Zainab has been allocated a place on route HB14 (minibus with passenger
assistant). Pick up will be from 8.05am outside your address. The passenger assistant is
called Bev.

If you need to cancel a journey please ring the travel assistance line on 01632 960502
before 7.30am.

Regards
Travel Assistance Team
London Borough of Hallowmere
"""

CASEWORKER_CHASE = """Hi Shirin

Just chasing the SLT report you mentioned - could you send it over when you get a chance?
I'll add it to Zainab's file before the panel on Thursday.

Thanks
Dami
SEN Caseworker, Hallowmere
"""

FORWARDED_THREAD = """Sent from my iPhone

Begin forwarded message:

> From: "Cressfield Office" <office@example.org>
> Date: 3 March 2026 at 15:20
> To: "Nadia Chowdhury" <n.chowdhury@example.org>
> Subject: Ayaan pick up
>
> Dear Mrs Chowdhury, just a reminder that Ayaan will be ready for collection at 12.15
> from the main office this week. Many thanks, Cressfield Office
"""

PARENT_LETTER_SENCO = """Dear Mrs Fairweather,

Thank you for meeting us on Monday. I agreed to the reduced timetable because Ayaan is so
unhappy at the moment, but I want to say clearly that I do not want it to go on longer
than four weeks. I am not able to work in the afternoons while he is at home.

Could you please tell me what extra support the school will put in place so that he can
return full time, and whether the SEN team has been told?

Yours sincerely
Nadia Chowdhury
"""

FINAL_COVER = [
    ("org", "London Borough of Hallowmere\nSEN Casework"),
    ("small", "Town Hall, Hallowmere High Street | 01632 960471 | sencasework@example.org"),
    ("p", "30 June 2026\nCase ref: HLM-SEN-219803"),
    ("p", "Dear Mrs Hussain,"),
    ("b", "Zainab Hussain: final Education, Health and Care plan"),
    (
        "p",
        "Thank you for your comments on Zainab's draft plan, which we received on 12 June 2026. We have considered them carefully. We have made changes to Section A. We have not made the other changes you asked for, for the reasons set out in the enclosed schedule.",
    ),
    (
        "p",
        "We enclose Zainab's final EHC plan, which names Cressfield Primary School in Section I. We did not name Brookmead Special School because Brookmead told us it has no place in Zainab's year group.",
    ),
    ("b", "Your right of appeal"),
    (
        "p",
        "If you disagree with Sections B, F or I of the plan you can appeal to the First-tier Tribunal (SEND). Before appealing about anything other than the school named, you must contact Capital SEND Resolution (01632 960480) for information about mediation. You must appeal within two months of the date of this letter, or one month from the date of your mediation certificate, whichever is later.",
    ),
    ("sig", ["Yours sincerely", "Damilola Oyelaran", "SEN Caseworker"]),
]

REFUSE_ASSESS_EMAIL = """Dear Mr Ashworth-Lee,

Request for an EHC needs assessment - Reuben Ashworth-Lee

I am writing to tell you the outcome of the Kenwick SEN Assessment Panel which met on
12 February 2026 to consider your request.

The panel has decided not to carry out an EHC needs assessment. The panel considered
that Reuben's needs are being met through SEN support at St Aldhelm's Primary and the
Vision Impairment Team's outreach, and that there is no evidence that he may need
special educational provision to be made through a plan.

You have the right to appeal this decision to the SEND Tribunal. Before you appeal you
must contact our mediation adviser (Capital SEND Resolution, 01632 960480). Any appeal
must be made within two months of the date of this e-mail.

A copy of this decision letter is attached as a PDF.

Yours sincerely,

Samira Haddou
Assessment Coordinator, SEN Assessment Team
Royal Borough of Kenwick
"""


DOCUMENTS: list[dict] = [
    dict(
        name="AR decision letter Noah May 2026.pdf",
        kind="decision_letter",
        blocks=AR_DECISION_AMEND,
    ),
    dict(name="annual review outcome grace.txt", kind="decision_letter", text=AR_NO_CHANGE),
    dict(
        name="Arrowdale reassessment refusal.docx",
        kind="decision_letter",
        blocks=REFUSE_REASSESS,
        sans=True,
    ),
    dict(name="doc05012320260609.pdf", kind="decision_letter", text=SCHOOL_REFUSED, ocr=True),
    dict(
        name="Ethan - implementing tribunal order.pdf",
        kind="decision_letter",
        blocks=QUOTES_ORDER,
        accent="33691E",
    ),
    dict(
        name="RE Imogen Sallis EHCNA decision.eml",
        kind="decision_letter",
        text=DECISION_PASTED_EMAIL,
        headers=headers(
            "Leanne Moorcroft <leanne.moorcroft@example.org>",
            "Claire Sallis <c.sallis@example.org>",
            "RE: Imogen Sallis - EHC needs assessment request",
            "Wed, 21 Jan 2026 14:37:10 +0000",
        ),
        qp=True,
    ),
    dict(
        name="Capital SEND mediation cert.pdf",
        kind="mediation_certificate",
        blocks=MEDIATION_LONDON,
    ),
    dict(
        name="Scan_2026-04-17_093322.pdf",
        kind="mediation_certificate",
        text=MEDIATION_MIDLANDS_SCAN,
        ocr=True,
    ),
    dict(name="SEND35 Zainab final.docx", kind="appeal_form", blocks=SEND35_LONDON),
    dict(name="IMG_20260320_211408.pdf", kind="appeal_form", text=SEND35_HANDWRITTEN, ocr=0.09),
    dict(
        name="EH314 barring order.pdf",
        kind="tribunal_direction",
        blocks=BARRING_ORDER,
        accent="333333",
    ),
    dict(
        name="EH452-26-00977 late evidence.eml",
        kind="tribunal_direction",
        text=CASE_MGMT_EMAIL,
        headers=headers(
            "SEND Tribunal <send.cm@example.org>",
            "j.mbeki@example.org",
            "EH452/26/00977 Grace Mbeki - Judge's directions",
            "Tue, 29 Sep 2026 11:15:00 +0100",
            cc="snas@example.org",
        ),
    ),
    dict(name="consent order Layla.docx", kind="tribunal_direction", blocks=WITHDRAWAL_CONSENT),
    dict(
        name="Ethan suspension letter March.pdf",
        kind="correspondence",
        blocks=SUSPENSION_LETTER,
        accent="8B0000",
    ),
    dict(name="reduced timetable letter.txt", kind="correspondence", text=PART_TIME_LETTER),
    dict(
        name="Transport confirmation HB14.eml",
        kind="correspondence",
        text=TRANSPORT_EMAIL,
        headers=headers(
            "Travel Assistance <travel.assist@example.org>",
            "s.hussain@example.org",
            "Travel assistance - Zainab Hussain",
            "Fri, 28 Aug 2026 13:02:44 +0100",
        ),
        html=True,
    ),
    dict(
        name="SLT report.eml",
        kind="correspondence",
        text=CASEWORKER_CHASE,
        headers=headers(
            "Dami Oyelaran <d.oyelaran@example.org>",
            "s.hussain@example.org",
            "SLT report",
            "Mon, 29 Jun 2026 09:12:51 +0100",
        ),
    ),
    dict(
        name="Fwd Ayaan pick up.eml",
        kind="correspondence",
        text=FORWARDED_THREAD,
        headers=headers(
            "Nadia Chowdhury <n.chowdhury@example.org>",
            "r.chowdhury@example.org",
            "Fwd: Ayaan pick up",
            "Tue, 03 Mar 2026 18:41:09 +0000",
        ),
    ),
    dict(name="letter to senco re timetable.docx", kind="correspondence", text=PARENT_LETTER_SENCO),
    dict(name="final plan cover letter.pdf", kind="decision_letter", blocks=FINAL_COVER),
    dict(
        name="Outcome of request for EHCNA - Reuben Ashworth-Lee.eml",
        kind="decision_letter",
        text=REFUSE_ASSESS_EMAIL,
        headers=headers(
            "SEN Assessment Team <sen.assessment@example.org>",
            "p.ashworthlee@example.org",
            "Outcome of request for EHCNA - Reuben Ashworth-Lee",
            "Fri, 13 Feb 2026 16:55:20 +0000",
        ),
        html=True,
    ),
]
