# ruff: noqa: E501
"""Letters and e-mails of the fourth kind set: councils' decisions that come only at the
end of a long letter, a decision e-mailed under a long signature block and disclaimer, a
covering letter for a plan issued after a tribunal order, a scanned decision with its
letterhead cut off, the tribunal's papers, mediation certificates, appeal forms, and
everyday correspondence. All invented."""

from __future__ import annotations

from evaluation_kit.plaintext import quoted

DISCLAIMER = """This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this e-mail in error please notify the sender immediately and delete it. Any views or opinions expressed are solely those of the author and do not necessarily represent those of the Council. The Council monitors e-mail traffic for the purposes of security and compliance with its policies. Please consider the environment before printing this e-mail.

Calderbrook Metropolitan Borough Council, Halifax Road, Calderbrook HX9 7ZZ. Working together for a fairer Calderbrook."""


def headers(frm: str, to: str, subject: str, date: str, cc: str = "") -> dict:
    out = {"From": frm, "To": to}
    if cc:
        out["Cc"] = cc
    return {**out, "Subject": subject, "Date": date}


# Decision letters --------------------------------------------------------

# The panel's reasoning first; the decision only in the last paragraphs.
REFUSE_ASSESS_LATE = [
    ("org", "Mercia Vale County Council"),
    ("small", "SEND Casework · County Hall · Mercia Vale WR99 1ZZ · 01632 960740"),
    ("p", "Ref: MV/NA/40177\n14 October 2025"),
    ("p", "Ms J. Duffy\n7 Clee View, Ledwardine WR98 2QT"),
    ("p", "Dear Ms Duffy"),
    ("b", "Amelia-Grace Duffy (DOB 11/11/2018) - your request of 2 September 2025"),
    (
        "p",
        "Thank you for your request and for the detailed account of Amelia-Grace's difficulties at home. The Multi-Agency Panel met on 9 October 2025. It read your letter, the school's SEN support plans for the last three terms, the report of the school's specialist teacher and the letter from the community paediatrician.",
    ),
    (
        "p",
        "The Panel noted that Amelia-Grace is making progress in reading and that her attendance is 96%. The school has used the local authority's inclusion funding since January and has put in place a daily phonics group and a quiet space at lunchtime. The Panel also noted your concerns about her anxiety after school, which the school has not seen in class.",
    ),
    (
        "p",
        "Having weighed all of this, the Panel's decision is that the council will not carry out an Education, Health and Care needs assessment at this time (section 36(8), Children and Families Act 2014). You may appeal to the First-tier Tribunal (SEND) within two months of this letter; you must first contact Midshires Mediation on 01632 960745 for a certificate. Mercia Vale SENDIASS can help you.",
    ),
    ("sig", ["Yours sincerely", "R. Okonjo-Bell", "Chair, Multi-Agency Panel"]),
]

ISSUE_AFTER_ORDER = [
    ("org", "Calderbrook Metropolitan Borough Council"),
    ("small", "SEND Statutory Assessment and Review Team · 01632 960711"),
    ("p", "6 January 2026"),
    ("p", "Dear Mrs Bottomley,"),
    ("b", "Harvey Bottomley - EHC plan issued following the Tribunal's order"),
    (
        "p",
        "The First-tier Tribunal ordered on 2 December 2025 that Harvey's plan be amended. I enclose the amended final plan, issued within the five weeks allowed by regulation 44(2)(e) of the SEND Regulations 2014. Harvey's place in the Kestrel Base starts on Monday 12 January.",
    ),
    (
        "p",
        "If you think the plan does not reflect the order, please tell me within 14 days. You may appeal to the First-tier Tribunal (SEND) about any part of the plan that the Tribunal did not consider, within two months of the date of this letter, after contacting a mediation adviser.",
    ),
    ("sig", ["Kind regards", "Donna Ackroyd", "SEND Team Manager"]),
]

NO_AMEND_LATE = [
    ("org", "Wrekinford Borough Council"),
    ("small", "Special Educational Needs and Inclusion · Darby House · Wrekinford TF9 2ZZ"),
    ("p", "Our ref: WBC/AR/3310   Your ref: -\nDate: 18 March 2026"),
    ("p", "Dear Mr Thackeray,"),
    ("b", "Annual review of Isla Mae's Education, Health and Care plan"),
    (
        "p",
        "Severn Reach Academy held Isla Mae's annual review on 3 March 2026 and sent us the review paperwork, with your views and Isla Mae's. The academy reports that she has made a year's progress in reading, that the ELSA sessions have ended as planned, and that she now takes part in group work in English and science.",
    ),
    (
        "p",
        "You asked for a place at a specialist school. We considered this carefully with the information from the academy and the educational psychologist's update of February 2026.",
    ),
    (
        "p",
        "We have decided to maintain Isla Mae's plan without amendment (regulation 20(10)(a)). You have the right to appeal against this decision to the First-tier Tribunal (SEND) within two months of the date of this letter, after contacting a mediation adviser.",
    ),
    ("sig", ["Yours sincerely", "C. Bamford", "Head of SEN"]),
]

CEASE_EML = """Dear Mrs Nowicka,

Following the annual review on 10 February, we have considered whether Kacper's EHC plan is still needed. Kacper will leave Wansley Lane Academy in July and has a place at Tyneholm College on a Level 1 motor vehicle course with no additional support needed according to the college.

The local authority has therefore decided to cease to maintain Kacper's EHC plan from 31 August 2027 under section 45 of the Children and Families Act 2014. You and Kacper have the right to appeal to the SEND Tribunal within two months of this e-mail; you must first get a mediation certificate (North East SEN Mediation, 01632 960766).

Kind regards

Gary Lumsden
EHC Co-ordinator | Education, Health and Care Team
Children, Young People and Families Directorate
Tyneholm City Council
Quayside Chambers | Tyneholm | NE99 4ZZ
Tel: 01632 960761
Working days: Monday to Thursday
Pronouns: he/him
www.example.org/send | Follow us @TyneholmSEND

Tyneholm City Council is proud to be a Disability Confident employer.

DISCLAIMER: This message is intended only for the named recipient and may contain information that is confidential, privileged or exempt from disclosure under the Freedom of Information Act 2000. If you are not the intended recipient please notify the sender and delete it. E-mail may be monitored and recorded. Tyneholm City Council does not accept liability for any viruses.
"""

# Scanned at a library; the scanner cut off the letterhead and the date line.
REFUSE_ISSUE_CUT = """ghbridge Road, Wansford DE99 4ZZ

Dear Mr and Mrs Oyelaran

EHC needs assessment - Mason Oyelaran

We have now received all the advice for Mason's assessment: from you, from Mason, from Greenmoss Academy, from the educational psychologist and from the speech and language therapy service. We are grateful to everyone for their contributions.

The advice shows that Mason's needs are in speech sound production and early literacy. Greenmoss Academy already provides a daily speech programme and phonics catch-up, which the advice says are working.

The council has therefore decided not to issue an EHC plan for Mason (section 37(1) of the Children and Families Act 2014, regulation 10 of the SEND Regulations 2014). A note of the advice will be sent to the school. You have the right to appeal this decision to the First-tier Tribunal (SEND). You should first contact the mediation service on 01632 960788 within two months.

Yours sincerely

S. Whitcombe
Assessment Co-ordinator
"""


# A decision to assess: the panel's reading first, the decision in the last paragraph.
AGREE_ASSESS_LATE = [
    ("org", "Pennine Fold Council"),
    ("small", "SEND Team · Town Hall · Moorside OL99 3ZZ · 01632 960733"),
    ("p", "Ref: PF/NA/7702\n29 April 2024"),
    ("p", "Dear Mr and Mrs Riaz"),
    ("b", "Taj Riaz (DOB 04/09/2014) - request for an EHC needs assessment"),
    (
        "p",
        "The SEND Panel met on 25 April 2024 to consider the request made by Lowerfold Primary School with your agreement. The Panel read the school's SEN support plans since Year 2, the specialist teacher's assessment of December 2023 and your letter describing Taj's worries about school.",
    ),
    (
        "p",
        "The Panel noted that Taj's reading has not improved despite two years of targeted intervention and that his confidence has fallen.",
    ),
    (
        "p",
        "The Panel has therefore decided that the council will carry out an Education, Health and Care needs assessment for Taj under section 36 of the Children and Families Act 2014. We will now ask for advice from you, the school, an educational psychologist and health services (regulation 6). We must tell you by 2 September 2024 whether we will issue an EHC plan.",
    ),
    ("sig", ["Yours sincerely", "Michelle Hartley", "SEND Officer"]),
]

TRIB_EML = """Dear Parties,

EH 860/26/00117 - Oyelaran v Wansford City Council

A Registrar has considered the local authority's application of 2 April 2026 for more time to send its response.

ORDER: The local authority's time for sending its response to the appeal is extended to 4pm on 17 April 2026. The parties shall comply with all other directions already given. Any party may apply for this order to be set aside within 7 days.

Registrar R. Danso, 7 April 2026

Yours sincerely

Case Worker, Team 3
First-tier Tribunal (Special Educational Needs and Disability)
HM Courts and Tribunals Service
1st Floor, Tribunal Centre, Example Street, Mowbray DL99 1ZZ
Telephone: 01632 960799 (Monday to Friday, 9am to 5pm)
Web: www.example.org/send-tribunal

Please quote the case reference in all correspondence. We do not accept documents by fax.
For information about how we handle your personal data, see our privacy notice at www.example.org/privacy.

This e-mail and any attachments are intended for the named recipient only. If you have received it in error, tell the sender and delete it. Unauthorised use, disclosure or copying is not permitted. This e-mail has been scanned for viruses.
"""


# Mediation, appeal forms, tribunal ---------------------------------------

CERT_PDF = [
    ("org", "Midshires Mediation"),
    ("small", "Independent SEND mediation · 01632 960745 · mediation@example.org"),
    ("title", "Mediation certificate"),
    (
        "kv",
        [
            ("Child", "Amelia-Grace Duffy"),
            ("Local authority", "Mercia Vale County Council"),
            ("Decision", "Refusal to carry out an EHC needs assessment (14/10/2025)"),
            ("Parent contacted us", "28/10/2025"),
            (
                "Outcome",
                "The parent has received information about mediation and does not wish to pursue it.",
            ),
            ("Date of certificate", "30/10/2025"),
        ],
    ),
    (
        "p",
        "This certificate is issued under section 55(4) of the Children and Families Act 2014 and regulation 34.",
    ),
    ("sig", ["P. Sandhu, Mediation Adviser"]),
]

CERT_EML = """Dear Mr and Mrs Oyelaran

Please find below your mediation certificate.

MEDIATION CERTIFICATE (section 55(5), Children and Families Act 2014)
Child: Mason Oyelaran
Local authority: Wansford City Council
Mediation held: 19 January 2026 (online)
Outcome: mediation took place; agreement was not reached on the decision not to issue an EHC plan.
Date of issue: 20 January 2026
Mediator: Hannah Stott

You can now register your appeal with the SEND Tribunal. Your deadline is one month from the date of this certificate or two months from the decision, whichever is later.

Best wishes
Hannah Stott | Accredited Mediator | North Midlands Mediation Partnership | 01632 960790
"""

SEND35_DOCX = [
    ("title", "SEND 35 - Notice of appeal (special educational needs)"),
    ("h", 3, "Section 1 - About the child or young person"),
    (
        "kv",
        [("Surname", "Duffy"), ("First name(s)", "Amelia-Grace"), ("Date of birth", "11/11/2018")],
    ),
    ("h", 3, "Section 2 - About you"),
    (
        "kv",
        [
            ("Name", "Jodie Duffy"),
            ("Relationship", "Mother"),
            ("Address", "7 Clee View, Ledwardine WR98 2QT"),
            ("E-mail", "jodie.duffy@example.org"),
        ],
    ),
    ("h", 3, "Section 4 - What are you appealing against?"),
    ("p", "[X] Refusal to carry out an EHC needs assessment"),
    (
        "kv",
        [
            ("Local authority", "Mercia Vale County Council"),
            ("Date of decision letter", "14/10/2025"),
            ("Mediation certificate date", "30/10/2025"),
        ],
    ),
    ("h", 3, "Section 8 - Reasons for appeal"),
    (
        "p",
        "Amelia-Grace may have special educational needs and may need an EHC plan. Her anxiety means she cannot eat or sleep on school nights and the school's support has not changed this.",
    ),
    ("h", 3, "Section 10 - Declaration"),
    ("p", "I confirm the information in this form is true. Signed: J Duffy  Date: 02/11/2025"),
]

SEND35_PDF = [
    ("title", "Appeal to the First-tier Tribunal (SEND) - form SEND35"),
    ("small", "Completed online and printed; reference will be given on registration."),
    (
        "kv",
        [
            ("Child", "Mason Oyelaran, DOB 07/06/2019"),
            ("Appellant", "Adeola and Mark Oyelaran"),
            ("Decision appealed", "Refusal to issue an EHC plan"),
            ("Local authority", "Wansford City Council"),
            ("Date of decision", "05/12/2025"),
            ("Mediation certificate", "20/01/2026, attached"),
            ("Representative", "None"),
            ("Attend hearing", "Both parents; interpreter not needed"),
        ],
    ),
    ("h", 3, "Reasons for appeal"),
    (
        "p",
        "Mason's speech is understood by unfamiliar adults less than half the time and he has made little progress in phonics since Reception. The support the school gives comes from its own funds and is not secured.",
    ),
    ("p", "Signed: A. Oyelaran    Date: 25/01/2026"),
]

TRIB_ORDER = [
    ("org", "First-tier Tribunal (Special Educational Needs and Disability)"),
    ("small", "Appeal EH 381/25/00904 · Bottomley v Calderbrook Metropolitan Borough Council"),
    ("title", "DECISION"),
    (
        "p",
        "Hearing: 18 and 19 November 2025 by video. Panel: Tribunal Judge A. Pemberton, Specialist Member Dr S. Irwin, Specialist Member Ms T. Kaur.",
    ),
    ("h", 3, "Reasons"),
    (
        "p",
        "1. The appeal is against the contents of sections B, F and I of the plan dated 1 August 2025. 2. We preferred the evidence of Ms Okafor, the independent speech and language therapist, to that of the local authority about the frequency of therapy. 3. We find that Harvey needs a small specialist setting for the whole day.",
    ),
    ("h", 3, "ORDER"),
    (
        "p",
        "The appeal is allowed. The local authority shall amend sections B and F of the EHC plan as set out in the working document attached to this decision, and name Holmbrook Edge Primary Academy (Kestrel Base) in section I, within five weeks of the date of this order.",
    ),
    ("p", "Tribunal Judge A. Pemberton    Date: 2 December 2025"),
]

HEARING_NOTICE = """SEND Tribunal case EH 860/26/00117 - Oyelaran v Wansford City Council

NOTICE OF HEARING AND DIRECTIONS

1. The appeal will be heard by video on Wednesday 10 June 2026 at 10.00. The hearing is listed for one day.
2. The parties shall send the Tribunal and each other any further evidence by 13 May 2026 (the final evidence deadline). Late evidence will be admitted only with permission.
3. The local authority shall prepare and send the hearing bundle by 20 May 2026, paginated and indexed.
4. Each party shall send the Tribunal the names of its witnesses on the attendance form by 27 May 2026; no more than two witnesses each without permission.

Signed: Registrar J. Kettleborough
Date: 3 March 2026
"""


# Correspondence -----------------------------------------------------------

ARRANGE_EML = """Hi Adeola,

Just to confirm that Mason's speech therapy review will now be on Tuesday 24th at 2.15 in the Rainbow Room rather than Monday. Can you bring his red book and the letter from audiology if you have it? Mrs Kaye will be there too.

Any problems give me a ring.

Thanks
Bev

Beverley Nuttall
SENDCo and Assistant Headteacher
Greenmoss Academy | Part of the Trentmere Learning Trust
Greenmoss Road | Wansford | DE99 6ZZ
T: 01632 960792 | E: b.nuttall@example.org
Office hours: Mon, Tues, Thurs 8.30 - 4.00

Trentmere Learning Trust is a charitable company limited by guarantee registered in England and Wales (company number 00000000). Registered office: Trust House, Wansford DE99 1ZZ.

CONFIDENTIALITY NOTICE: The information in this e-mail is confidential and may be legally privileged. It is intended solely for the addressee. Access to this e-mail by anyone else is unauthorised. If you are not the intended recipient, any disclosure, copying, distribution or any action taken in reliance on it is prohibited and may be unlawful. Trentmere Learning Trust accepts no responsibility for viruses. Please consider the environment before printing.
"""

FWD_REPORT_EML = (
    "Forwarding this as promised - the report is attached (pdf). Let me know if you can't open it.\n\nJo\n\n"
    "---------- Forwarded message ---------\n"
    "From: Dr Lena Marsh <l.marsh@example.org>\n"
    "Date: Mon, 17 Nov 2025 at 16:02\n"
    "Subject: Educational psychology report - Amelia-Grace Duffy\n"
    "To: Jodie Duffy <jodie.duffy@example.org>\n\n"
    "Dear Jodie, please find my report attached. Best wishes, Lena\n\n"
    "Dr Lena Marsh, Practitioner Psychologist (HCPC PYL00000)\nMarsh Psychology Ltd | 01632 960795\n"
)

ACK_LETTER = [
    ("org", "Wansford City Council"),
    ("small", "SEND Assessment Team · Highbridge Road, Wansford DE99 4ZZ"),
    ("p", "22 July 2025"),
    ("p", "Dear Mr and Mrs Oyelaran"),
    ("b", "Request for an EHC needs assessment - Mason Oyelaran"),
    (
        "p",
        "Thank you for your request, received on 18 July 2025. Your case officer is S. Whitcombe. We will let you know by 12 September 2025 whether we will carry out an assessment. In the meantime we have written to Greenmoss Academy for its information.",
    ),
    ("sig", ["Yours sincerely", "SEND Assessment Team"]),
]

CHASE_REPLY_EML = (
    "Dear Ms Hartley,\n\nThank you. We have read the proposed amendments and will send our comments by the 18th. We would like Pennine Fold Academy named. Could you confirm whether the specialist teaching in F will start before September?\n\nRegards\nImran and Saima Riaz\n\n"
    "On Tue, 3 Feb 2026 at 10:12, Michelle Hartley <m.hartley@example.org> wrote:\n"
    + quoted(
        "Dear Mr and Mrs Riaz,\n\nPlease find attached the council's letter and the plan with the proposed amendments following Taj's annual review.\n\nKind regards\nMichelle Hartley\nSEND Officer | Pennine Fold Council | 01632 960733\n\n"
        + DISCLAIMER.replace(
            "Calderbrook Metropolitan Borough Council, Halifax Road, Calderbrook HX9 7ZZ. Working together for a fairer Calderbrook.",
            "Pennine Fold Council, Town Hall, Moorside OL99 3ZZ.",
        )
    )
    + "\n"
)


DOCUMENTS: list[dict] = [
    dict(name="letter from panel oct.pdf", kind="decision_letter", blocks=REFUSE_ASSESS_LATE),
    dict(
        name="Harvey cover letter Jan 26.docx",
        kind="decision_letter",
        blocks=ISSUE_AFTER_ORDER,
        sans=True,
    ),
    dict(
        name="WBC letter 18-03-26.pdf",
        kind="decision_letter",
        blocks=NO_AMEND_LATE,
        accent="5B2C6F",
    ),
    dict(
        name="RE Kacper - outcome of annual review.eml",
        kind="decision_letter",
        text=CEASE_EML,
        headers=headers(
            "Gary Lumsden <gary.lumsden@example.org>",
            "Marta Nowicka <marta.nowicka@example.org>",
            "RE: Kacper - outcome of annual review",
            "Fri, 05 Mar 2027 15:47:12 +0000",
            cc="SEND Admin <send.admin@example.org>",
        ),
        html=True,
    ),
    dict(name="Scan_0412.txt", kind="decision_letter", text=REFUSE_ISSUE_CUT, ocr=True),
    dict(name="Taj panel letter 2024.docx", kind="decision_letter", blocks=AGREE_ASSESS_LATE),
    dict(
        name="EH860-26-00117 Order.eml",
        kind="tribunal_direction",
        text=TRIB_EML,
        headers=headers(
            "SEND Tribunal <send.tribunal@example.org>",
            "Adeola Oyelaran <adeola.o@example.org>",
            "EH 860/26/00117 - Order extending time",
            "Tue, 07 Apr 2026 11:26:30 +0100",
            cc="SEND Assessment Team <send.assessment@example.org>",
        ),
    ),
    dict(name="certificate.pdf", kind="mediation_certificate", blocks=CERT_PDF, sans=True),
    dict(
        name="Your mediation certificate.eml",
        kind="mediation_certificate",
        text=CERT_EML,
        headers=headers(
            "Hannah Stott <h.stott@example.org>",
            "Adeola Oyelaran <adeola.o@example.org>",
            "Your mediation certificate - Oyelaran / Wansford",
            "Tue, 20 Jan 2026 09:31:55 +0000",
        ),
        qp=True,
    ),
    dict(name="SEND35 Amelia-Grace.docx", kind="appeal_form", blocks=SEND35_DOCX),
    dict(name="appeal form printed.pdf", kind="appeal_form", blocks=SEND35_PDF, sans=True),
    dict(
        name="Tribunal decision Harvey.pdf",
        kind="tribunal_direction",
        blocks=TRIB_ORDER,
        accent="333333",
    ),
    dict(name="hearing notice.txt", kind="tribunal_direction", text=HEARING_NOTICE),
    dict(
        name="Re speech review.eml",
        kind="correspondence",
        text=ARRANGE_EML,
        headers=headers(
            "Beverley Nuttall <b.nuttall@example.org>",
            "Adeola Oyelaran <adeola.o@example.org>",
            "Re: speech review",
            "Wed, 11 Mar 2026 16:20:41 +0000",
        ),
        html=True,
    ),
    dict(
        name="Fwd EP report.eml",
        kind="correspondence",
        text=FWD_REPORT_EML,
        headers=headers(
            "Jodie Duffy <jodie.duffy@example.org>",
            "Mercia Vale SENDIASS <sendiass.mv@example.org>",
            "Fwd: Educational psychology report - Amelia-Grace Duffy",
            "Tue, 18 Nov 2025 08:14:09 +0000",
        ),
    ),
    dict(name="Wansford ack.pdf", kind="correspondence", blocks=ACK_LETTER),
    dict(
        name="Re proposed amendments Taj.eml",
        kind="correspondence",
        text=CHASE_REPLY_EML,
        headers=headers(
            "Imran Riaz <imran.riaz@example.org>",
            "Michelle Hartley <m.hartley@example.org>",
            "Re: Taj Riaz - proposed amendments",
            "Thu, 05 Feb 2026 20:03:33 +0000",
        ),
    ),
]
