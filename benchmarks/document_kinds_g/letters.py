# ruff: noqa: E501
"""Letters, forms and the tribunal's papers of the seventh kind set: an East Anglian
county's "amendment notice", a south-west council's decision to issue a plan, a London
borough's refusal sent from its portal by e-mail, a decision to leave a plan unchanged
after review, a refusal to reassess scanned on an office copier; mediation certificates
(one pasted into the body of an e-mail); SEND35 forms typed and scanned; the tribunal's
registration letter, an order, a notice of a telephone hearing and a decision; a parent's
forward of a long e-mail thread, a portal's notification, a college's invitation to a
review, a virtual school head's e-mail, a transport team's letter and a school's letter
about a suspension. All invented."""

from __future__ import annotations

from evaluation_kit.plaintext import quoted


def headers(frm: str, to: str, subject: str, date: str, cc: str = "") -> dict:
    out = {"From": frm, "To": to}
    if cc:
        out["Cc"] = cc
    return {**out, "Subject": subject, "Date": date}


# Decision letters --------------------------------------------------------------

AMENDMENT_NOTICE = [
    ("org", "Stourmere County Council"),
    (
        "small",
        "SEND Service · Endeavour House · Stourmere · 01632 960390 · sendservice@example.org",
    ),
    ("p", "Mr and Mrs Gotts\n7 Mill Lane\nBarnham St Clement"),
    ("p", "Our ref: SCC/SEND/AR/22817\nDate: 24 February 2026"),
    ("title", "AMENDMENT NOTICE"),
    ("b", "Education, Health and Care Plan for Harry Gotts (DOB 11/10/2013)"),
    ("p", "Dear Mr and Mrs Gotts"),
    (
        "p",
        "Following Harry's annual review on 28 January 2026, the local authority has decided to amend his EHC plan. This notice is sent under regulation 22(2) of the Special Educational Needs and Disability Regulations 2014.",
    ),
    ("p", "The proposed amendments are:"),
    (
        "bul",
        [
            "Section B: to add Harry's diagnosis of ADHD and its effect on his learning.",
            "Section F: to replace TA access in maths with 8 hours per week of 1:1 support in maths and English, and to add movement breaks.",
        ],
    ),
    (
        "p",
        "A copy of the plan showing the proposed amendments is enclosed, together with the evidence on which they are based. You may make representations about the content of the plan, and ask for a particular school to be named, within 15 days of receiving this notice. You may also ask to meet an officer of the local authority.",
    ),
    (
        "p",
        "If you do not respond within 15 days, we will issue the amended plan as final within 8 weeks of the date of this notice.",
    ),
    ("sig", ["Yours sincerely", "Lorna Fiske", "EHC Plan Co-ordinator"]),
]

ISSUE_DECISION = [
    ("org", "Somerleigh Council"),
    ("small", "Special Educational Needs Team · The Guildhall · Somerleigh · 01632 960177"),
    ("p", "Mrs K Coles\n3 Orchard Way\nCombe St Nicholas"),
    ("p", "5 February 2026"),
    ("p", "Dear Mrs Coles"),
    ("b", "Amy Coles - outcome of the education, health and care needs assessment"),
    (
        "p",
        "I am writing to let you know that the SEN Panel met on 3 February 2026 to consider the advice gathered during Amy's needs assessment. The panel agreed that it is necessary for special educational provision to be made for Amy in accordance with an EHC plan.",
    ),
    (
        "p",
        "We will now write a draft plan and send it to you. You will have 15 days to comment on it and to tell us which school you would like to be named. The final plan must be issued within 20 weeks of your request, which is by 27 March 2026.",
    ),
    (
        "p",
        "You have a right of appeal once the final plan is issued, and I will explain this in the letter that comes with it.",
    ),
    ("sig", ["Yours sincerely", "Gareth Tuckett", "SEN Team Leader"]),
]

PORTAL_REFUSAL = """Dear Ms Osei,

Re: Request for an Education, Health and Care Needs Assessment - Kofi Osei (DOB 30/08/2017)

The London Borough of Elmbridge Green's SEND Panel met on 12 March 2026 to consider your request of 21 January 2026.

Decision: The local authority will not carry out an EHC needs assessment.

Reasons: The evidence shows that Kofi's needs are being met through the school's SEN support. The school has made a referral to the Speech and Language Therapy service which has not yet been completed, and we would expect to see the impact of this support over at least two terms.

You have the right to appeal this decision to the First-tier Tribunal (Special Educational Needs and Disability). You must appeal within two months of the date of this letter, or within one month of the date of a mediation certificate, whichever is later. Before appealing you must contact Elmbridge Green's mediation service on 01632 960566.

This letter is also available on the Elmbridge Green Family Portal under Kofi's record.

Yours sincerely,

SEND Assessment Team
London Borough of Elmbridge Green

Please do not reply to this e-mail. This mailbox is not monitored.
"""

NO_CHANGE = [
    ("org", "Fenwold County Council"),
    ("small", "Children's Services - SEND · County Hall · Martham Road · Fenwold · 01632 960344"),
    ("p", "Mr and Mrs Leman\n22 Marsh End\nHollesby"),
    ("p", "16 June 2026"),
    ("p", "Dear Mr and Mrs Leman"),
    ("b", "Grace Leman - decision following annual review"),
    (
        "p",
        "Thank you for attending Grace's annual review at Saltings Academy on 21 May 2026. We have considered the review report and the views you gave at the meeting.",
    ),
    (
        "p",
        "The local authority has decided to maintain Grace's EHC plan without amendment. We are satisfied that the plan continues to describe her needs and the provision she requires.",
    ),
    (
        "p",
        "If you disagree with this decision, you have the right to appeal to the First-tier Tribunal (SEND) against the content of the plan. Information about mediation and about appealing is enclosed.",
    ),
    ("sig", ["Yours sincerely", "Amanda Cracknell", "SEND Casework Officer"]),
]

REFUSE_REASSESS_SCAN = """TAMARFORD COUNTY COUNCIL
SEND 0-25 Service, County Hall, Tamarford
Telephone 01632 960120

Ms J Pengelly
Flat 4, Harbour View
Chapel Road
Porthveor

Our ref: TCC/SEND/RA/1904
Date: 11 November 2025

Dear Ms Pengelly

Request for a re-assessment of Noah's Education, Health and Care needs

We have considered your request of 30 September 2025 for a re-assessment of Noah's needs.

The local authority has decided not to carry out a re-assessment at this time. A re-assessment was completed in March 2025 and we do not consider that there has been a significant change in Noah's needs since then. His annual review is due in March 2026 and we will consider any new evidence then.

You can appeal against this decision to the SEND Tribunal within two months of the date of this letter. You must first contact the mediation service for information about mediation.

Yours sincerely

P. Retallick
Assessment Manager
"""

# Mediation certificates -------------------------------------------------------

CERT_LONDON = [
    ("org", "Capital SEND Mediation"),
    (
        "small",
        "Part of Common Ground Resolution Ltd · 14 Canal Side · London · 01632 960620 · mediation@example.org",
    ),
    ("title", "CERTIFICATE"),
    (
        "p",
        "Children and Families Act 2014, section 55; SEND Regulations 2014, regulations 34 and 39",
    ),
    (
        "table",
        [
            ["Parent / young person", "Ms Adwoa Osei"],
            ["Child", "Kofi Osei"],
            ["Local authority", "London Borough of Elmbridge Green"],
            ["Decision concerned", "Refusal to carry out an EHC needs assessment (12/03/2026)"],
            ["Date of enquiry", "2 April 2026"],
        ],
        {"header": False, "bold_col0": True, "widths": [0.35, 0.65]},
    ),
    (
        "p",
        "[X] Information about mediation was provided; the parent does not wish to pursue mediation.",
    ),
    ("p", "[ ] Mediation took place."),
    ("p", "Date certificate issued: 3 April 2026"),
    ("sig", ["Issued by: Bernadette Quaye, Mediation Co-ordinator"]),
]

CERT_SW_SCAN = """Kernow & Tamar Mediation Service
Unit 2 Chyandour Business Park  01632 960655

MEDIATION CERTIFICATE

This certificate is issued in accordance with Section 55 of the Children and Families Act 2014.

Name of parent: Jenna Pengelly
Child: Noah Pengelly
Local authority: Tamarford County Council
Subject: decision not to re-assess (letter dated 11/11/2025)

Mediation was held on 8 January 2026. Agreement was not reached on all issues.

The parent is now able to appeal to the First-tier Tribunal (SEND).

Mediator: Sally Jago
Date: 9 January 2026
"""

CERT_EMAIL = """Dear Mr Gotts,

Further to our telephone conversation today, please see your mediation certificate below. Please keep it safe, as the Tribunal will ask for a copy when you register your appeal.

-----------------------------------------------
MEDIATION CERTIFICATE
Issued under section 55(4) Children and Families Act 2014

Parent: Darren Gotts
Child: Harry Gotts (DOB 11/10/2013)
Local authority: Stourmere County Council
Decision: contents of amended EHC plan issued 20/04/2026, Sections B, F and I

The parent has received information about mediation and has decided not to go to mediation.

Certificate date: 5 May 2026
Signed: Ruth Kemball, Eastern Counties Mediation
-----------------------------------------------

Kind regards

Ruth Kemball
Eastern Counties Mediation
01632 960702
"""

# Appeal forms ------------------------------------------------------------------

SEND35_TYPED = [
    ("org", "First-tier Tribunal (Special Educational Needs and Disability)"),
    ("title", "SEND35 - Notice of appeal: EHC needs assessments and EHC plans"),
    (
        "field",
        "Section 1 - Details of the child or young person",
        "Kofi Osei, date of birth 30/08/2017, Year 3, Elmbridge Green Primary",
    ),
    (
        "field",
        "Section 2 - Your details (the appellant)",
        "Adwoa Osei (mother), 41 Larch Road, London, 01632 960583",
    ),
    ("field", "Section 3 - The local authority", "London Borough of Elmbridge Green"),
    (
        "field",
        "Section 4 - What are you appealing against?",
        "[X] Refusal to carry out an EHC needs assessment, decision dated 12 March 2026",
    ),
    (
        "field",
        "Section 5 - Mediation certificate",
        "Date of certificate: 3 April 2026 (copy attached)",
    ),
    (
        "field",
        "Section 6 - Reasons for appeal",
        "Kofi is three years behind in reading and cannot write a sentence. He has been on SEN support since Reception and his school says it cannot do more without an assessment. The speech and language referral was made in 2024 and he is still waiting.",
    ),
    (
        "field",
        "Section 9 - Attendance at hearing",
        "I would like a video hearing. I need a Twi interpreter: no.",
    ),
    (
        "field",
        "Declaration",
        "I confirm the information given is true. Signed: A. Osei  Date: 14/04/2026",
    ),
]

SEND35_SCAN = """SEND35
Notice of appeal
Appeals against EHC needs assessments and EHC plans

1. About the child or young person
Full name: Harry Gotts        Date of birth: 11/10/2013

2. About you
Name: Darren and Lisa Gotts      Relationship: parents
Address: 7 Mill Lane, Barnham St Clement

4. The decision you are appealing
Local authority: Stourmere County Council
Type of decision: contents of the EHC plan (amended)     Date of decision: 20/04/2026
Sections appealed: B, F and I

6. Reasons for your appeal
Section F does not say how much OT Harry gets. The OT report says 12 sessions a year.
We want Section I to name Oak Tree Specialist School instead of Brightwell High.

7. Mediation
We have a certificate dated 5 May 2026.

Signature: D Gotts  L Gotts     Date: 19/05/2026
"""

# The tribunal ------------------------------------------------------------------

REGISTRATION = [
    ("org", "First-tier Tribunal (Special Educational Needs and Disability)"),
    (
        "small",
        "PO Box 9999 · 01632 960900 · send.tribunal@example.org",
    ),
    ("p", "Ms A Osei\n41 Larch Road\nLondon"),
    ("p", "Tribunal reference: EH317/26/00981\nDate: 22 April 2026"),
    ("b", "Kofi Osei v London Borough of Elmbridge Green: your appeal has been registered"),
    (
        "p",
        "Your appeal was received on 15 April 2026 and has been registered. The tribunal has made the following directions:",
    ),
    (
        "onum",
        [
            "The local authority must send its response to the tribunal and to you by 27 May 2026.",
            "Both parties must send any further evidence by 24 June 2026.",
            "The appeal is listed for a hearing on the papers unless either party asks for an oral hearing by 27 May 2026.",
        ],
    ),
    (
        "p",
        "If you cannot comply with a direction, you must tell the tribunal as soon as possible and explain why.",
    ),
    ("sig", ["Tribunal Caseworker", "By order of the Tribunal"]),
]

ORDER_EML = """Dear Parties,

EH840/26/01422 - Harry Gotts v Stourmere County Council

Please find below the Order of Judge Whitcombe dated 2 July 2026.

ORDER
1. The Local Authority's application dated 29 June 2026 to extend the time for filing its response is granted. The Response must be sent by 4pm on 13 July 2026.
2. The parties must agree a working document of Sections B and F and file it by 4pm on 20 August 2026.
3. The hearing listed for 15 September 2026 remains listed.

Reasons: the Local Authority's SEND officer has been on sick leave. The short extension causes no prejudice to the appellants.

Yours faithfully,

SEND Tribunal
Tribunal Case Worker Team 3
"""

PHONE_HEARING_EML = """Notice of a telephone case management hearing

Tribunal reference: EH317/26/00981
Child: Kofi Osei
Parties: Ms Adwoa Osei (appellant) and London Borough of Elmbridge Green (respondent)

A telephone case management hearing will take place on Tuesday 9 June 2026 at 10:30am before Judge Hadley. The hearing will last about 30 minutes. The tribunal will telephone you on the number you gave on your appeal form.

The purpose of the hearing is to consider the respondent's request that the appeal be struck out, and to give further directions.

If you cannot attend you must tell the tribunal in writing by 4pm on 5 June 2026.

SEND Tribunal
"""

DECISION = [
    ("org", "First-tier Tribunal (Special Educational Needs and Disability)"),
    ("title", "DECISION"),
    (
        "kv",
        [
            ("Appeal reference", "EH840/26/01422"),
            ("Child", "Harry Gotts"),
            ("Respondent", "Stourmere County Council"),
            ("Heard", "15 September 2026 (by video)"),
            ("Before", "Tribunal Judge P. Whitcombe; Specialist Member Dr R. Amin"),
        ],
    ),
    ("b", "Decision"),
    (
        "p",
        "The appeal is allowed in part. The local authority must amend Sections B and F of the EHC plan as set out in the appendix to this decision, and issue the amended plan within 5 weeks.",
    ),
    ("p", "The appeal against Section I is dismissed. Brightwell High School remains named."),
    ("b", "Reasons"),
    (
        "np",
        "1.",
        "We accepted the evidence of the occupational therapist that Harry requires 12 sessions of OT a year, and that this is educational provision because it addresses his handwriting.",
    ),
    (
        "np",
        "2.",
        "We were not persuaded that Brightwell High School cannot meet Harry's needs once the amended provision is in place.",
    ),
    ("sig", ["Judge P. Whitcombe", "Date: 22 September 2026"]),
]

# Correspondence ----------------------------------------------------------------

THREAD_BOTTOM = """From: Lorna Fiske <lorna.fiske@example.org>
Sent: 10 March 2026 09:14
To: SENCo Brightwell <senco.brightwell@example.org>
Subject: RE: Harry Gotts - OT sessions

Hi Mrs Ayres,

Just checking whether the OT sessions in Harry's plan have started. Mr Gotts has been in touch with the council.

Thanks
Lorna
"""

THREAD_FIRST = """From: Darren Gotts <darren.gotts@example.org>
Sent: 09 March 2026 19:55
To: Lorna Fiske <lorna.fiske@example.org>
Subject: Harry Gotts - OT sessions

Dear Ms Fiske,

Harry's plan was changed in January to say he gets OT but nobody has seen him. Can you tell me when it will start? He is getting detentions for not finishing his written work.

Darren Gotts
"""

THREAD_MIDDLE = """From: Helen Ayres <senco.brightwell@example.org>
Sent: 10 March 2026 15:40
To: Lorna Fiske <lorna.fiske@example.org>
Subject: RE: Harry Gotts - OT sessions

Hi Lorna,

We are still waiting for the OT service to allocate a therapist. I have chased twice. In the meantime our TA is doing the handwriting programme from the old report three times a week.

Helen
"""

FORWARD = (
    """Hi Jo,

This is the e-mail chain I told you about on the phone. As you can see nobody has started Harry's OT and it's been since January. Do I send this in with my evidence or is it the wrong thing?

Lisa

---------- Forwarded message ---------
From: Lorna Fiske <lorna.fiske@example.org>
Date: Wed, 11 Mar 2026 at 08:52
Subject: FW: Harry Gotts - OT sessions
To: Lisa Gotts <lisa.gotts@example.org>

Dear Mrs Gotts, please see the update from school below. I will chase the OT service.
Lorna Fiske, EHC Plan Co-ordinator, Stourmere County Council

"""
    + quoted(THREAD_MIDDLE)
    + "\n>\n"
    + quoted(quoted(THREAD_BOTTOM))
    + "\n> >\n"
    + quoted(quoted(quoted(THREAD_FIRST)))
    + "\n\nThis e-mail is confidential and may be legally privileged. Stourmere County Council accepts no liability for viruses.\n"
)

PORTAL_NOTICE = """Elmbridge Green Family Portal

Hello Adwoa Osei,

You have a new message about Kofi Osei.

From: SEND Assessment Team
Subject: Your request for an assessment - update

To read your message and any documents attached, sign in to the Family Portal. For your security we do not include the message in this e-mail.

If you have any problems signing in, please call 01632 960560 (Monday to Friday, 9am to 5pm).

This is an automated message. Please do not reply.
"""

INVITE_REVIEW = [
    ("org", "Wyvern Moor College"),
    ("small", "Additional Learning Support · Tregellas Road Campus · Carrowmouth · 01632 960299"),
    ("p", "Jack Trelease\nc/o Mrs S Trelease\nBosvean Cottage\nPenhallow Cross"),
    ("p", "5 January 2026"),
    ("p", "Dear Jack"),
    ("b", "Your EHC plan annual review"),
    (
        "p",
        "Your annual review meeting will be held on Wednesday 28 January 2026 at 1.30pm in the Learning Hub, Room H12. Your mum or anyone else you choose is welcome to come with you.",
    ),
    (
        "p",
        "Before the meeting, please fill in the enclosed 'My views' sheet, or your tutor can help you with it. We have also invited West Carrow Council and your work placement supervisor.",
    ),
    ("sig", ["Best wishes", "Sian Pascoe", "ALS Coordinator"]),
]

VIRTUAL_SCHOOL_EML = """Hi Dionne,

Thanks for sending the dates. I can make the PEP meeting for Kayden on 27 January at 2pm at Greenhithe Primary.

Before then could you let me have the carers' view on the bedtime routine, and confirm whether the LAC nurse has done the review health assessment? I would also like us to talk about whether Kayden needs an EHC needs assessment. School have used their pupil premium plus on ELSA and a reading catch-up, but he is still well behind.

Best wishes

Mark Honey
Headteacher, Virtual School for Children in Care
London Borough of Northfold
01632 960536
"""

TRANSPORT = [
    ("org", "Fenwold County Council"),
    ("small", "Passenger Transport Unit · Home to School Transport · 01632 960350"),
    ("p", "Parent/carer of Grace Leman\n22 Marsh End\nHollesby"),
    ("p", "28 August 2026"),
    ("b", "Travel arrangements for September 2026"),
    (
        "p",
        "Grace has been assessed as eligible for free home to school travel to Saltings Academy. She will travel on route SA14, operated by Fenline Taxis, with a passenger assistant. Pick-up is at about 07:55 and drop-off at about 16:10.",
    ),
    (
        "p",
        "The driver will contact you before the start of term. If Grace will not be travelling on a particular day, please ring the operator on 01632 960351 by 7am.",
    ),
    ("sig", ["Passenger Transport Unit"]),
]

SUSPENSION = [
    ("org", "Northfold Park Academy"),
    ("small", "Part of the Thameside Learning Partnership · Park Road · London · 01632 960530"),
    ("p", "Ms F Adeyemi\n18 Tennyson House\nNorthfold Estate"),
    ("p", "3 March 2026"),
    ("p", "Dear Ms Adeyemi"),
    ("b", "Tobi Adeyemi, Year 9 - suspension"),
    (
        "p",
        "I am writing to confirm that Tobi has been suspended for two days, on 4 and 5 March 2026, for physically assaulting another pupil in the lower corridor at lunchtime on 2 March.",
    ),
    (
        "p",
        "Work will be set on Google Classroom. A reintegration meeting will be held on 6 March at 8.30am with Mr Darko, our SENCo, as we know Tobi has an EHC plan and we want to look at what happened in the corridor and what could be changed.",
    ),
    (
        "p",
        "You have the right to make representations to the governing board about this suspension.",
    ),
    ("sig", ["Yours sincerely", "Ms R Kaur", "Headteacher"]),
]

DOCUMENTS: list[dict] = [
    dict(
        name="Amendment notice Harry.pdf",
        kind="decision_letter",
        blocks=AMENDMENT_NOTICE,
        sans=True,
        accent="0D47A1",
    ),
    dict(
        name="letter from council 5.2.26.docx",
        kind="decision_letter",
        blocks=ISSUE_DECISION,
        accent="4A148C",
    ),
    dict(
        name="Outcome of your request.eml",
        kind="decision_letter",
        text=PORTAL_REFUSAL,
        headers=headers(
            "Elmbridge Green SEND <noreply.send@example.org>",
            "adwoa.osei@example.org",
            "Outcome of your request for an EHC needs assessment",
            "Fri, 13 Mar 2026 17:31:09 +0000",
        ),
        html=True,
    ),
    dict(name="Grace AR outcome.pdf", kind="decision_letter", blocks=NO_CHANGE),
    dict(name="CCF000123.pdf", kind="decision_letter", text=REFUSE_REASSESS_SCAN, ocr=True),
    dict(
        name="Mediation cert Kofi.pdf",
        kind="mediation_certificate",
        blocks=CERT_LONDON,
        sans=True,
        accent="00695C",
    ),
    dict(
        name="Scan 9 Jan 2026 at 11.47.pdf",
        kind="mediation_certificate",
        text=CERT_SW_SCAN,
        ocr=True,
    ),
    dict(
        name="Your mediation certificate.eml",
        kind="mediation_certificate",
        text=CERT_EMAIL,
        headers=headers(
            "Ruth Kemball <ruth.kemball@example.org>",
            "Darren Gotts <darren.gotts@example.org>",
            "Your mediation certificate",
            "Tue, 05 May 2026 14:02:55 +0100",
        ),
    ),
    dict(name="SEND35 Kofi.docx", kind="appeal_form", blocks=SEND35_TYPED),
    dict(name="HP Scan (2).pdf", kind="appeal_form", text=SEND35_SCAN, ocr=True),
    dict(
        name="EH317-26-00981 registered.pdf",
        kind="tribunal_direction",
        blocks=REGISTRATION,
        accent="333333",
    ),
    dict(
        name="RE EH840-26-01422.eml",
        kind="tribunal_direction",
        text=ORDER_EML,
        headers=headers(
            "SEND Tribunal <send.tribunal@example.org>",
            "lisa.gotts@example.org",
            "RE: EH840/26/01422 - Order",
            "Thu, 02 Jul 2026 15:16:40 +0100",
            cc="SEND Legal Stourmere <send.legal@example.org>",
        ),
        qp=True,
    ),
    dict(
        name="Telephone hearing 9 June.eml",
        kind="tribunal_direction",
        text=PHONE_HEARING_EML,
        headers=headers(
            "SEND Tribunal <send.tribunal@example.org>",
            "adwoa.osei@example.org",
            "EH317/26/00981 Notice of telephone case management hearing",
            "Mon, 18 May 2026 12:40:01 +0100",
        ),
    ),
    dict(
        name="Harry tribunal decision.pdf",
        kind="tribunal_direction",
        blocks=DECISION,
        accent="333333",
    ),
    dict(
        name="Fwd FW Harry Gotts - OT sessions.eml",
        kind="correspondence",
        text=FORWARD,
        headers=headers(
            "Lisa Gotts <lisa.gotts@example.org>",
            "Jo Seaman <jo.seaman@example.org>",
            "Fwd: FW: Harry Gotts - OT sessions",
            "Wed, 11 Mar 2026 21:07:33 +0000",
        ),
    ),
    dict(
        name="New message.eml",
        kind="correspondence",
        text=PORTAL_NOTICE,
        headers=headers(
            "Elmbridge Green Family Portal <noreply.portal@example.org>",
            "adwoa.osei@example.org",
            "You have a new message",
            "Fri, 13 Mar 2026 17:30:02 +0000",
        ),
        html=True,
    ),
    dict(name="Invite AR.pdf", kind="correspondence", blocks=INVITE_REVIEW, accent="37474F"),
    dict(
        name="RE PEP Kayden.eml",
        kind="correspondence",
        text=VIRTUAL_SCHOOL_EML,
        headers=headers(
            "Mark Honey <mark.honey@example.org>",
            "Dionne Clarke <dionne.clarke@example.org>",
            "RE: PEP Kayden",
            "Tue, 13 Jan 2026 10:22:18 +0000",
        ),
    ),
    dict(name="Transport letter.docx", kind="correspondence", blocks=TRANSPORT, sans=True),
    dict(
        name="Tobi suspension letter.pdf", kind="correspondence", blocks=SUSPENSION, accent="880E4F"
    ),
]
