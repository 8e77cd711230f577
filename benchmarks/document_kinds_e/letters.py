# ruff: noqa: E501
"""Letters and e-mails of the fifth kind set: councils' decisions that quote the Children
and Families Act 2014 at length, a decision to cease sent in an e-mail's body, a refusal
scanned on an office printer under its default file name, mediation certificates, appeal
forms, the tribunal's registration e-mail, order and decision, and the everyday mail around
a case: one-line e-mails forwarding attachments, an NHS appointment letter with hospital and
NHS numbers, a school's letter on its trust's letterhead that mentions the plan in passing,
an acknowledgement and a transport e-mail. All invented."""

from __future__ import annotations

S36_8 = '"The local authority must secure an EHC needs assessment for the child or young person if, after having regard to any views expressed and evidence submitted under subsection (7), the authority is of the opinion that - (a) the child or young person has or may have special educational needs, and (b) it may be necessary for special educational provision to be made for the child or young person in accordance with an EHC plan."'

S37_1 = '"Where, in the light of an EHC needs assessment, it is necessary for special educational provision to be made for a child or young person in accordance with an EHC plan - (a) the local authority must secure that an EHC plan is prepared for the child or young person, and (b) once an EHC plan has been prepared, it must maintain the plan."'

S45_1 = '"A local authority may cease to maintain an EHC plan for a child or young person only if - (a) the authority is no longer responsible for the child or young person, or (b) the authority determines that it is no longer necessary for the plan to be maintained."'

LONDON_DISCLAIMER = """This email, and any files transmitted with it, is confidential and intended solely for the use of the individual or entity to whom it is addressed. If you have received this email in error, please notify the sender and delete it from your system. The Royal Borough of Kewford may monitor emails to ensure compliance with its policies. Emails sent to the Council may be subject to disclosure under the Freedom of Information Act 2000."""


def headers(frm: str, to: str, subject: str, date: str, cc: str = "") -> dict:
    out = {"From": frm, "To": to}
    if cc:
        out["Cc"] = cc
    return {**out, "Subject": subject, "Date": date}


# Decision letters ----------------------------------------------------------------

REFUSE_ASSESS_S36 = [
    ("org", "Wyeford Council"),
    (
        "small",
        "Children and Young People's Directorate · SEND Team · Plough Lane Offices · Wyeford HR99 4ZZ · 01632 960821",
    ),
    ("p", "Our ref: WC/EHCNA/3391\nDate: 19 November 2025"),
    ("p", "Mr and Mrs Bevan\nLower Cwm Farm\nLlanvair Cross\nWyeford HR98 6ZZ"),
    ("p", "Dear Mr and Mrs Bevan,"),
    (
        "b",
        "Request for an Education, Health and Care needs assessment: Jack Bevan (DOB 30/09/2015)",
    ),
    ("p", "Section 36(8) of the Children and Families Act 2014 says:"),
    ("i", S36_8),
    (
        "p",
        "The SEND Panel considered your request, together with the information from Offa's Dyke Primary School and the advice of the specialist teacher, on 13 November 2025. The Panel accepted that Jack has special educational needs relating to literacy and to anxiety. However, it was of the opinion that his needs can be met from the resources ordinarily available to the school, with the school's SEN support plan and the advice already given.",
    ),
    (
        "p",
        "The local authority has therefore decided not to secure an EHC needs assessment for Jack.",
    ),
    (
        "p",
        "If you disagree with this decision you have the right to appeal to the First-tier Tribunal (Special Educational Needs and Disability). Before you can appeal you must contact the mediation adviser, Marches Mediation Service (01632 960835), within two months of the date of this letter, even if you do not wish to go to mediation. Wyeford SENDIASS can give you free, impartial advice on 01632 960829.",
    ),
    ("sig", ["Yours sincerely,", "Bethan Lloyd-Morgan", "SEND Officer"]),
]

AGREE_ASSESS_S36 = [
    ("org", "Clunmere County Council"),
    ("small", "SEND Team · Shirehall · Abbey Foregate · Clunmere SY99 1ZZ · send.team@example.org"),
    ("p", "15 May 2025"),
    ("p", "Dear Mr and Mrs Lloyd"),
    ("b", "Freddie Lloyd - Education, Health and Care needs assessment"),
    (
        "p",
        "Thank you for your request of 3 April 2025. Under section 36(8) of the Children and Families Act 2014 the council must secure an EHC needs assessment if it is of the opinion that the child has or may have special educational needs and that it may be necessary for special educational provision to be made in accordance with an EHC plan.",
    ),
    (
        "p",
        "Having considered the information from Little Oaks Pre-school, the Portage service and Freddie's paediatrician, the council is of that opinion. I am writing to confirm that we will carry out an EHC needs assessment for Freddie.",
    ),
    (
        "p",
        "We will now ask for advice from an educational psychologist, health and social care, and Freddie's pre-school. We must tell you within 16 weeks of your request whether we will issue an EHC plan. Your case officer is Sian Beddoes (01632 960852).",
    ),
    ("sig", ["Yours sincerely", "Sian Beddoes", "EHC Coordinator, Clunmere County Council"]),
]

ISSUE_FINAL_S37 = [
    ("org", "Wyeford Council"),
    ("small", "SEND Assessment and Review Team · Plough Lane Offices · Wyeford HR99 4ZZ"),
    ("p", "21 October 2025     Ref: WC/EHCP/2984"),
    ("p", "Dear Ms Pritchard,"),
    ("b", "Rhys Pritchard - final Education, Health and Care plan"),
    (
        "p",
        "I enclose Rhys's final EHC plan. Section 37(1) of the Children and Families Act 2014 provides:",
    ),
    ("i", S37_1),
    (
        "p",
        "Under section 42(2) the council must now secure the special educational provision specified in Section F of the plan, and Kingsholme Church of England Primary School, named in Section I, must admit Rhys. We have considered the comments you made on the draft plan on 2 October; we have added the phonics intervention you asked for, but we have not increased the speech and language therapy, for the reasons set out in the enclosed note.",
    ),
    (
        "p",
        "If you disagree with Section B, F or I of the plan, or with the school named, you may appeal to the First-tier Tribunal (SEND). You must contact Marches Mediation Service (01632 960835) within two months of the date of this letter before you can appeal, except if your appeal is only about the school named.",
    ),
    ("sig", ["Yours sincerely,", "Bethan Lloyd-Morgan", "SEND Officer"]),
]

CEASE_EML = f"""Dear Mr Adeyemi-Clarke,

Marcus Adeyemi-Clarke - decision following annual review

Following Marcus's annual review on 14 October 2025, the Royal Borough of Kewford has considered whether his EHC plan should continue to be maintained. Section 45(1) of the Children and Families Act 2014 states:

{S45_1}

Riverbank School reports that Marcus is now reading at 10 years 2 months, that he has had no exclusions for eighteen months and that he no longer needs the adult support set out in his plan. The authority has therefore decided that it is no longer necessary for the plan to be maintained and that it will cease to maintain Marcus's EHC plan. The plan will continue until any appeal is decided.

You have the right to appeal against this decision to the First-tier Tribunal (SEND). You must contact the mediation service, Capital Mediation (020 7946 0455), within two months of the date of this e-mail before you can appeal. Kewford SENDIASS can help you: 020 7946 0460.

A copy of this decision is attached as a letter for your records.

Kind regards

Priya Raman
Senior EHC Coordinator | SEN Service
Royal Borough of Kewford | Kewford Town Hall, Kewford KT99 2ZZ
T: 020 7946 0448

{LONDON_DISCLAIMER}
"""

AMEND_AFTER_REVIEW = [
    ("org", "London Borough of Brentmere"),
    ("small", "SEN Assessment Team · Town Hall · Brentmere N99 7ZZ · 020 7946 0400"),
    ("p", "Date: 10 December 2025"),
    ("p", "Dear Ms Mensah,"),
    ("b", "Aaliyah Mensah - outcome of the annual review held on 20 November 2025"),
    (
        "p",
        "Section 44(1) of the Children and Families Act 2014 requires the local authority to review an EHC plan it maintains at least every 12 months. Under regulation 20(10) of the Special Educational Needs and Disability Regulations 2014 the local authority must tell you, within four weeks of the review meeting, whether it proposes to keep the plan as it is, amend it or cease to maintain it.",
    ),
    (
        "p",
        "Having considered the review report from Northgate Green Academy and the advice from Brentmere CAMHS, the local authority has decided to amend Aaliyah's plan. The proposed amendments, and the evidence for them, will be sent to you separately. You will then have 15 days to comment and to ask for a particular school to be named.",
    ),
    ("p", "You will be able to appeal to the Tribunal once the amended plan is issued."),
    ("sig", ["Yours sincerely", "Tomasz Wiśniewski", "EHC Coordinator"]),
]

REFUSE_ISSUE_SCAN = """Clunmere County Council
SEND Team, Shirehall, Abbey Foregate, Clunmere SY99 1ZZ

27 January 2026
Ref: CCC/EHC/1178

Dear Ms Grant,

Oliver Grant (DOB 06/07/2017) - outcome of EHC needs assessment

The council has now completed the EHC needs assessment for Oliver and has considered the advice received from Bishops Clun Primary School, the educational psychologist, the speech and language therapy service and yourself.

Section 37(1) of the Children and Families Act 2014 requires the council to secure that an EHC plan is prepared where, in the light of an EHC needs assessment, it is necessary for special educational provision to be made in accordance with an EHC plan.

Having considered all of the advice, the council has decided that it is not necessary for special educational provision to be made for Oliver in accordance with an EHC plan. We have therefore decided not to issue an EHC plan. The advice shows that Oliver's needs can be met through SEN support, and we enclose a copy of the advice together with a note of the support we recommend the school puts in place.

You have the right to appeal to the First-tier Tribunal (SEND) against this decision. You must first contact the mediation adviser, Marches Mediation Service, on 01632 960835 within two months of the date of this letter.

Yours sincerely

Sian Beddoes
EHC Coordinator
"""


# Mediation certificates ------------------------------------------------------------

CERT_NO_MEDIATION = [
    ("org", "Marches Mediation Service"),
    ("small", "Independent SEND mediation for Wyeford, Clunmere and the Marches · 01632 960835"),
    ("title", "Mediation certificate"),
    ("p", "Issued under section 55(4) of the Children and Families Act 2014"),
    (
        "kv",
        [
            ("Parent(s)", "Gareth and Ffion Bevan"),
            ("Child", "Jack Bevan, DOB 30/09/2015"),
            ("Local authority", "Wyeford Council"),
            ("Decision", "Refusal to secure an EHC needs assessment, letter dated 19/11/2025"),
            ("Date of contact with mediation adviser", "28/11/2025"),
        ],
    ),
    (
        "p",
        "I certify that the parents named above have received information about mediation and have told me that they do not wish to pursue mediation.",
    ),
    (
        "p",
        "This certificate is issued on 1 December 2025. An appeal to the First-tier Tribunal must be made within two months of the date of the local authority's decision letter or one month from the date of this certificate, whichever is later.",
    ),
    ("sig", ["Carys Hughes", "Mediation Adviser, Marches Mediation Service"]),
]

CERT_AFTER_MEDIATION = [
    ("org", "Capital Mediation"),
    ("small", "SEND mediation across London · 020 7946 0455 · enquiries@example.org"),
    ("title", "Certificate following mediation"),
    ("p", "Section 55(5), Children and Families Act 2014; regulation 39, SEND Regulations 2014"),
    (
        "kv",
        [
            ("Case number", "CM/26/0118"),
            ("Parent", "Adwoa Mensah"),
            ("Child", "Aaliyah Mensah"),
            ("Local authority", "London Borough of Brentmere"),
            ("Date of mediation", "24 February 2026 (by video)"),
        ],
    ),
    (
        "p",
        "Mediation took place on the date above. Agreement was reached on Section I. Agreement was not reached on the mentoring and literacy provision in Section F.",
    ),
    ("p", "Date of issue of this certificate: 26 February 2026"),
    ("sig", ["Mediator: Joanne Whitlock"]),
]


# Appeal forms --------------------------------------------------------------------

SEND35A_PDF = [
    ("org", "First-tier Tribunal (Special Educational Needs and Disability)"),
    ("title", "SEND35a - Notice of appeal: refusal to carry out an EHC needs assessment"),
    (
        "field",
        "Section 1 - About the child",
        "Jack Bevan, date of birth 30/09/2015, Offa's Dyke Primary School (Year 5)",
    ),
    (
        "field",
        "Section 2 - About you (the appellant)",
        "Gareth Bevan and Ffion Bevan (parents), Lower Cwm Farm, Llanvair Cross, Wyeford HR98 6ZZ",
    ),
    (
        "field",
        "Section 3 - The local authority",
        "Wyeford Council. Date of decision letter: 19/11/2025",
    ),
    ("field", "Section 4 - Mediation", "Mediation certificate dated 01/12/2025 attached."),
    (
        "field",
        "Section 5 - Your reasons for appealing",
        "Jack has been on SEN support for three years and is still reading at a 7-year-old level. His anxiety has got worse and he refuses school two or three days a fortnight. The independent educational psychologist who assessed him on 6 January says he has severe dyslexia and needs specialist teaching every day, which the school cannot provide from its own budget.",
    ),
    ("field", "Section 6 - Representative", "None"),
    (
        "field",
        "Section 7 - Declaration",
        "I confirm that the information in this form is true. Signed: G. Bevan  Date: 14/01/2026",
    ),
]

SEND35_DOCX = [
    ("title", "SEND 35 - Appeal against the contents of an EHC plan"),
    ("p", "First-tier Tribunal (Special Educational Needs and Disability)"),
    (
        "field",
        "1. The young person",
        "Ines Ferreira, born 17/08/2009. I am 16 and I am making this appeal myself.",
    ),
    ("field", "2. The local authority", "Royal Borough of Kewford"),
    (
        "field",
        "3. What are you appealing against?",
        "Sections B, F and I of my amended EHC plan issued on 30/06/2025.",
    ),
    ("field", "4. Mediation certificate", "Attached, issued 18/08/2025."),
    (
        "field",
        "5. Section B",
        "My plan does not say that I get very tired after lunch and cannot write by then, or that I need time to use my communication app.",
    ),
    (
        "field",
        "5. Section F",
        "The physiotherapy should be done by someone trained every day. The plan should say I get occupational therapy for my wheelchair and seating at college.",
    ),
    (
        "field",
        "5. Section I",
        "I want to go to Kewford College on the art pathway with the support in my plan. The council has named it but says the support is 'to be agreed with the college'.",
    ),
    (
        "field",
        "6. Do you want the Tribunal to make health or social care recommendations?",
        "Yes - Section G (occupational therapy seating review).",
    ),
    ("field", "7. Signature", "Ines Ferreira, 12/09/2025"),
]


# The tribunal's papers -----------------------------------------------------------

REGISTRATION_EML = """Dear Ms Mensah,

Appeal reference: EH901/26/00233
Child: Aaliyah Mensah
Local authority: London Borough of Brentmere

Your appeal has been registered. This e-mail contains the Tribunal's directions and the key dates for your appeal. Please read it carefully.

DIRECTIONS

1. The local authority must send its response to the Tribunal and to you by 5 May 2026, with a copy of the EHC plan in Word format.
2. Both parties must send any further evidence to the Tribunal and to each other by 2 June 2026.
3. Both parties must send the Case Review form (SEND45) by 9 June 2026.
4. The local authority must send the working document, agreed as far as possible, by 16 June 2026.
5. The local authority must send the hearing bundle, paginated and indexed, by 23 June 2026.

The hearing will take place by video on 7 July 2026. It will start at 10am and is listed for one day.

If you cannot comply with a direction, you must apply to the Tribunal using form SEND7 before the date given.

Yours sincerely

Tribunal Caseworker
First-tier Tribunal (Special Educational Needs and Disability)
send.tribunal@example.org
"""

CASE_MANAGEMENT_ORDER = [
    ("org", "First-tier Tribunal (Health, Education and Social Care Chamber)"),
    ("small", "Special Educational Needs and Disability"),
    ("title", "CASE MANAGEMENT ORDER"),
    (
        "kv",
        [
            ("Appeal", "EH901/26/00233"),
            ("Appellant", "Adwoa Mensah"),
            ("Respondent", "London Borough of Brentmere"),
            ("Child", "Aaliyah Mensah"),
            (
                "Made by",
                "Tribunal Judge R. Achterberg, following a telephone case management hearing on 12 May 2026",
            ),
        ],
    ),
    ("b", "It is ORDERED that:"),
    (
        "num",
        [
            "The appellant's request to add an independent speech and language therapy report is granted. The report must be sent to the Tribunal and the local authority by 26 May 2026.",
            "The local authority may file a response to the report, limited to 3 pages, by 9 June 2026.",
            "The working document must be filed by 23 June 2026 and must use the Tribunal's key.",
            "The final hearing on 7 July 2026 remains listed.",
        ],
    ),
    ("b", "Reasons"),
    (
        "p",
        "The report is relevant to the disputed provision in Section F and the local authority will have a fair opportunity to respond. The hearing date can be kept.",
    ),
    ("sig", ["Tribunal Judge R. Achterberg", "Date: 12 May 2026"]),
]

DECISION_ON_PAPERS = """FIRST-TIER TRIBUNAL
HEALTH, EDUCATION AND SOCIAL CARE CHAMBER
SPECIAL EDUCATIONAL NEEDS AND DISABILITY

Appeal number: EH884/26/00061
Between Gareth and Ffion Bevan (Appellants) and Wyeford Council (Respondent)
Child: Jack Bevan

DECISION

Decided on the papers on 20 April 2026.

1. The appeal is allowed.
2. The local authority is ORDERED to carry out an Education, Health and Care needs assessment of Jack.

REASONS

3. The parents appeal against the local authority's refusal to secure an EHC needs assessment, dated 19 November 2025. Both parties agreed to the appeal being decided without a hearing.
4. The test is in section 36(8) of the Children and Families Act 2014. It is not disputed that Jack has special educational needs. The question is whether it may be necessary for special educational provision to be made for him in accordance with an EHC plan.
5. The school's own evidence shows three years of SEN support with little progress in reading and a fall in attendance to 83%. The independent educational psychologist's evidence, which we accept, is that Jack needs daily specialist teaching.
6. We are satisfied that it may be necessary for provision to be made through an EHC plan. The threshold in section 36(8) is met.

Tribunal Judge M. Pryce-Jones
Specialist Member Dr A. Hallam
Date of decision: 20 April 2026
"""


# Correspondence --------------------------------------------------------------------

FWD_ONE_LINE_EML = """Hi,

See attached from school, can you add it to Rhys's file please.

Thanks
Gwen

Sent from my iPhone
"""

FW_DRAFT_EML = f"""Dear Mr and Mrs Haddad,

Please find attached Sofia's draft EHC plan. Any comments by 6 March please.

Kind regards

Tomasz Wiśniewski
EHC Coordinator | SEN Assessment Team
London Borough of Brentmere | 020 7946 0412

{LONDON_DISCLAIMER.replace("The Royal Borough of Kewford", "The London Borough of Brentmere")}
"""

SCAN_ATTACHED_EML = """scan attached

Sent from my Galaxy
"""

SUSPENSION_LETTER = [
    ("org", "Northgate Green Academy"),
    (
        "small",
        "Part of the Riverside Learning Trust · Station Road, Brentmere N99 3ZZ · 020 7946 0470 · Riverside Learning Trust is a charitable company limited by guarantee registered in England and Wales, company number 08000000",
    ),
    ("p", "3 February 2026"),
    ("p", "Dear Ms Mensah,"),
    ("b", "Aaliyah Mensah, Year 8 - suspension"),
    (
        "p",
        "I am writing to confirm that Aaliyah has been suspended for one day, on Wednesday 4 February 2026, following an incident in a science lesson on 2 February in which she threw a stool. This is her second suspension this year.",
    ),
    (
        "p",
        "Work will be set on Google Classroom for the day of the suspension. Please bring Aaliyah to a reintegration meeting at 8.30am on Thursday 5 February with Mr Campbell, Head of Year 8.",
    ),
    (
        "p",
        "As Aaliyah has an EHCP, Ms Okafor (SENDCo) will also attend the meeting, and we will ask the local authority for an early review of her plan.",
    ),
    (
        "p",
        "You have the right to make representations about this suspension to the board of trustees' discipline committee.",
    ),
    ("sig", ["Yours sincerely", "Ms H. Gallagher", "Principal"]),
]

APPOINTMENT_LETTER = [
    ("org", "Marches Children's Community Services NHS Trust"),
    (
        "small",
        "Child Development Centre · Kingsholme Road, Clunmere SY99 3ZZ · Appointments: 01632 960860",
    ),
    (
        "kv",
        [
            ("Patient", "Freddie LLOYD"),
            ("Date of birth", "30/06/2021"),
            ("NHS number", "999 014 3387"),
            ("Hospital number", "MCH0481223"),
            ("Clinic", "Paediatric Audiology"),
        ],
    ),
    ("p", "Dear Parent/Guardian of Freddie Lloyd,"),
    (
        "p",
        "An appointment has been made for Freddie to be seen in the Paediatric Audiology clinic on Tuesday 17 March 2026 at 10:20. Please arrive 10 minutes early and book in at reception.",
    ),
    (
        "p",
        "If you cannot keep this appointment, please telephone 01632 960860 so that it can be offered to another patient. Patients who do not attend may be discharged back to their GP.",
    ),
    (
        "p",
        "Parking at the Child Development Centre is free for up to two hours. An interpreter can be arranged if you let us know in advance.",
    ),
    ("small", "This letter was produced electronically and is valid without a signature."),
]

ACK_EML = """Dear Mr and Mrs Bevan

Thank you for your request for an Education, Health and Care needs assessment for Jack Bevan, received on 23 September 2025.

Your request has been logged (reference WC/EHCNA/3391) and will be considered at the SEND Panel. We will write to you with the decision within six weeks of the date we received your request.

This is an automated reply. Please do not reply to this e-mail.

Wyeford Council SEND Team
"""

TRANSPORT_EML = f"""Dear Mr Adeyemi-Clarke,

I am writing from the Travel Assistance team about Marcus's taxi to Riverbank School.

From Monday 9 March the pick-up time will change to 07:50, because the route has been combined with another pupil's. The driver and passenger assistant will stay the same. Marcus's eligibility was assessed from his EHC plan and his current school place, so nothing changes about his entitlement.

If you have any questions please call the team on 020 7946 0480.

Regards

Leanne Fox
Travel Assistance Officer
Royal Borough of Kewford

{LONDON_DISCLAIMER}
"""


DOCUMENTS: list[dict] = [
    dict(
        name="Wyeford letter re assessment.pdf",
        kind="decision_letter",
        blocks=REFUSE_ASSESS_S36,
        accent="2F5233",
    ),
    dict(
        name="Freddie decision to assess.docx",
        kind="decision_letter",
        blocks=AGREE_ASSESS_S36,
        sans=True,
    ),
    dict(
        name="Letter 21.10.25.pdf", kind="decision_letter", blocks=ISSUE_FINAL_S37, accent="2F5233"
    ),
    dict(
        name="RE_ Marcus Adeyemi-Clarke - EHCP decision.eml",
        kind="decision_letter",
        text=CEASE_EML,
        headers=headers(
            "Priya Raman <priya.raman@example.org>",
            "Dele Adeyemi-Clarke <dele.ac@example.org>",
            "RE: Marcus Adeyemi-Clarke - EHCP decision",
            "Tue, 11 Nov 2025 16:02:44 +0000",
        ),
        qp=True,
    ),
    dict(
        name="Brentmere AR decision.pdf",
        kind="decision_letter",
        blocks=AMEND_AFTER_REVIEW,
        accent="8B1A1A",
    ),
    dict(
        name="Scanned from a Xerox Multifunction Printer.pdf",
        kind="decision_letter",
        text=REFUSE_ISSUE_SCAN,
        ocr=True,
    ),
    dict(
        name="Mediation certificate Jack Bevan.pdf",
        kind="mediation_certificate",
        blocks=CERT_NO_MEDIATION,
        sans=True,
    ),
    dict(
        name="Capital Mediation cert.docx",
        kind="mediation_certificate",
        blocks=CERT_AFTER_MEDIATION,
    ),
    dict(
        name="SEND35a Jack.pdf", kind="appeal_form", blocks=SEND35A_PDF, sans=True, accent="333333"
    ),
    dict(name="appeal Ines.docx", kind="appeal_form", blocks=SEND35_DOCX),
    dict(
        name="EH901-26-00233 registration.eml",
        kind="tribunal_direction",
        text=REGISTRATION_EML,
        headers=headers(
            "SEND Tribunal <send.tribunal@example.org>",
            "Adwoa Mensah <adwoa.mensah@example.org>",
            "EH901/26/00233 - Registration of appeal and directions",
            "Mon, 23 Mar 2026 14:10:05 +0000",
            cc="SEN Assessment Team <sen.assessment@example.org>",
        ),
        html=True,
    ),
    dict(
        name="Case management order.pdf",
        kind="tribunal_direction",
        blocks=CASE_MANAGEMENT_ORDER,
        accent="333333",
    ),
    dict(name="Jack tribunal decision.txt", kind="tribunal_direction", text=DECISION_ON_PAPERS),
    dict(
        name="Fwd_ letter.eml",
        kind="correspondence",
        text=FWD_ONE_LINE_EML,
        headers=headers(
            "Gwen Pritchard <gwen.pritchard@example.org>",
            "Wyeford SENDIASS <sendiass@example.org>",
            "Fwd: letter",
            "Wed, 14 Jan 2026 07:58:31 +0000",
        ),
    ),
    dict(
        name="FW_ Draft EHCP - Sofia Haddad.eml",
        kind="correspondence",
        text=FW_DRAFT_EML,
        headers=headers(
            "Tomasz Wisniewski <t.wisniewski@example.org>",
            "Karim Haddad <karim.haddad@example.org>",
            "FW: Draft EHCP - Sofia Haddad",
            "Fri, 20 Feb 2026 17:31:09 +0000",
            cc="Lina Haddad <lina.haddad@example.org>",
        ),
        html=True,
    ),
    dict(
        name="scan.eml",
        kind="correspondence",
        text=SCAN_ATTACHED_EML,
        headers=headers(
            "Dele Adeyemi-Clarke <dele.ac@example.org>",
            "Dele Adeyemi-Clarke <dele.ac@example.org>",
            "scan",
            "Sat, 15 Nov 2025 10:12:50 +0000",
        ),
    ),
    dict(
        name="Letter from school 3 Feb.pdf",
        kind="correspondence",
        blocks=SUSPENSION_LETTER,
        sans=True,
        accent="004D40",
    ),
    dict(
        name="Appointment letter.pdf",
        kind="correspondence",
        blocks=APPOINTMENT_LETTER,
        sans=True,
        accent="005EB8",
    ),
    dict(
        name="Request received - Wyeford Council.eml",
        kind="correspondence",
        text=ACK_EML,
        headers=headers(
            "Wyeford Council SEND <no-reply@example.org>",
            "Ffion Bevan <ffion.bevan@example.org>",
            "Request received - WC/EHCNA/3391",
            "Tue, 23 Sep 2025 09:00:12 +0100",
        ),
    ),
    dict(
        name="Re_ transport.eml",
        kind="correspondence",
        text=TRANSPORT_EML,
        headers=headers(
            "Leanne Fox <leanne.fox@example.org>",
            "Dele Adeyemi-Clarke <dele.ac@example.org>",
            "Re: transport",
            "Thu, 26 Feb 2026 11:47:20 +0000",
        ),
        qp=True,
    ),
]
