# ruff: noqa: E501
"""Letters and e-mails of the third kind set: councils' decisions of every kind in house
styles unlike the earlier sets', a decision photographed on a phone, short e-mails that
only forward an attachment, the tribunal's papers, mediation certificates and appeal
forms. All invented."""

from __future__ import annotations

from evaluation_kit.plaintext import quoted


def council_letter(
    org: str,
    address: str,
    refs: str,
    to: str,
    salutation: str,
    re: str,
    paras: list[str],
    sig: list[str],
) -> list:
    """A council letter in the usual order; what differs is the council's own wording."""
    return [
        ("org", org),
        ("small", address),
        ("p", refs),
        ("p", to),
        ("p", salutation),
        ("b", re),
        *[("p", p) for p in paras],
        ("sig", sig),
    ]


REFUSE_ASSESS = council_letter(
    "Royal Borough of Kennington Vale",
    "Children's Services · SEND Statutory Team · The Town Hall, Kennington Vale SW19 9ZX · 01632 960640",
    "Our ref: KV/NA/3390   Date: 2 October 2025",
    "Ms R. Lindgren\nFlat 4, 22 Pelham Mansions\nKennington Vale SW19 4AD",
    "Dear Ms Lindgren,",
    "Request for an EHC needs assessment - Alfie Lindgren (DOB 08/01/2019)",
    [
        "Thank you for your request of 21 August 2025. The SEND Panel met on 30 September 2025 and considered the information from you, from Alfie's nursery and from the health visitor.",
        "The Panel decided not to carry out an Education, Health and Care needs assessment at this time. Under section 36(8) of the Children and Families Act 2014 the council must assess if the child has or may have special educational needs and may need provision made through an EHC plan. The Panel concluded that Alfie's needs can be met through the graduated approach, using resources normally available to early years settings, including the Inclusion Fund.",
        "You have the right to appeal against this decision to the First-tier Tribunal (Special Educational Needs and Disability). Before you can appeal you must contact the mediation service, Resolve SEN Mediation (01632 960655, info@example.org), within two months of the date of this letter, to obtain a certificate. The Kennington Vale SENDIASS can give you free, impartial advice.",
    ],
    ["Yours sincerely,", "Marguerite Oduya", "SEND Panel Chair"],
)

REFUSE_ISSUE = council_letter(
    "Marches Borderlands Council",
    "Additional Needs Team · Guildhall · Ludford SY7 4QB",
    "Ref: ANT/EA/2025/118\nDate: 17/11/2025",
    "Mr D. Vaughan\nPant-y-Dwr Cottage, Bettws Lane, Clunford SY7 8LT",
    "Dear Mr Vaughan",
    "Outcome of EHC needs assessment: Ffion Vaughan",
    [
        "The council has now completed the EHC needs assessment for Ffion. Having considered all of the advice obtained under regulation 6 of the Special Educational Needs and Disability Regulations 2014, we have decided that it is not necessary for special educational provision to be made in accordance with an EHC plan (section 37(1) of the Children and Families Act 2014).",
        "We are writing within the 16 weeks required by regulation 10. Ffion's school should continue to meet her needs through SEN support; we enclose a copy of the advice, which the school may use to plan that support.",
        "You can appeal against this decision to the First-tier Tribunal (SEND). You must first consider mediation: please contact Borderlands Mediation on 01632 960482 within two months of this letter. Advice is available from Marches SENDIASS (a service for families in England and in Wales).",
    ],
    ["Yours sincerely", "Gwen Morgan-Hughes", "Additional Needs Manager"],
)

FINAL_ISSUED = council_letter(
    "London Borough of Hartsfield",
    "SEN Assessment & Review Service · Civic Centre · Hartsfield N22 8QQ",
    "Case No. HSF-SEN-40128 · 28 July 2025",
    "Mr and Mrs Wierzbicki",
    "Dear Mr and Mrs Wierzbicki",
    "Tomasz Wierzbicki - final Education, Health and Care Plan",
    [
        "I enclose Tomasz's final Education, Health and Care Plan, issued under section 39 of the Children and Families Act 2014, naming Meadowcroft Special School. The plan has been sent separately through the SEND Hub portal.",
        "If you do not agree with Sections B, F or I, or with the plan as a whole, you may appeal to the SEND Tribunal within two months of the date of this letter, or one month from the date of a mediation certificate, whichever is later. You may also appeal about the health and social care sections under the extended appeal powers. Please contact Resolve SEN Mediation first.",
    ],
    ["Kemi Adeyemi", "Senior SEN Officer"],
)

CEASE_PHOTO = "\n".join(
    [
        "Ashvale Metropolitan Borough Council",
        "Inclusion Service",
        "Our Ref INC/JM/6612        3 March 2026",
        "Dear Mr Marsden",
        "DECISION TO CEASE TO MAINTAIN EHC PLAN - Jack Marsden",
        "We have considered the outcome of Jack's annual review held on 22 January 2026 and the information from Ashvale College. Under section 45 of the Children and Families Act 2014 and regulation 29 of the SEND Regulations 2014 the council has decided to cease to maintain Jack's EHC plan because he is no longer in education or training and does not wish to return.",
        "Jack's plan will continue to be maintained until any appeal is concluded. Jack has the right to appeal this decision to the First-tier Tribunal (SEND) within two months of this notice. Mediation information: Resolve SEN Mediation 01632 960655.",
        "Yours sincerely",
        "P Varga",
        "EHC Co-ordinator",
        "cc Jack Marsden (young person)",
    ]
)

NO_AMEND_EML = """Dear Mrs Fairweather,

Following Gracie's annual review on 4 November, I am writing to let you know the outcome. The council has decided not to amend Gracie's EHC plan; the plan will continue as it is. This decision is made under regulation 20(10) of the Special Educational Needs and Disability Regulations 2014.

As this is a decision not to amend, you have the right to appeal to the SEND Tribunal. You will need a mediation certificate first (Resolve SEN Mediation, 01632 960655). Your deadline is two months from today.

Kind regards

Kemi Adeyemi
Senior SEN Officer
London Borough of Hartsfield | 01632 960512
"""

REFUSE_REASSESS_DOCX = council_letter(
    "Royal Borough of Kennington Vale",
    "Children's Services · SEND Statutory Team · KV/EHC/20931",
    "Date: 29 April 2026",
    "Mr and Mrs Begum-Carter",
    "Dear Mr and Mrs Begum-Carter",
    "Your request for a re-assessment of Aisha's needs",
    [
        "You asked the council to carry out a re-assessment of Aisha's education, health and care needs under section 44(2) of the Children and Families Act 2014 and regulation 24. We have decided not to re-assess at this time, because Aisha's plan was reviewed in December 2025 and we are not satisfied that a further assessment is necessary.",
        "You may appeal against this decision to the First-tier Tribunal (SEND). Before appealing you must contact a mediation adviser.",
    ],
    ["D. Achterberg", "SEND Case Officer"],
)

AMENDED_ISSUED = council_letter(
    "Ashvale Metropolitan Borough Council",
    "Inclusion Service, PO Box 118, Ashvale AV1 2ZZ",
    "Our Ref: INC/ED/7791   Please ask for: Mr P. Varga   Date: 9 December 2025",
    "Ms S. Duquemin",
    "Dear Ms Duquemin",
    "Ellis Duquemin - amended EHC plan (final)",
    [
        "Following your representations on the proposed amendments, Ellis's amended EHC plan has now been finalised and is attached. The changes are to Section F (occupational therapy reviews) and Section K.",
        "You have the right of appeal to the SEND Tribunal against the content of the amended plan, or against the school named. Please see the enclosed leaflet 'Your right to appeal' and contact mediation before appealing.",
    ],
    ["Peter Varga", "EHC Co-ordinator"],
)

REFUSE_ASSESS_BORDER = """Marches Borderlands Council - Additional Needs Team
Guildhall, Ludford SY7 4QB

Ref: ANT/NA/2026/031
Date: 12 January 2026

Dear Mrs Bevan,

RE: ELIS BEVAN, DOB 22/05/2020 - REQUEST FOR STATUTORY ASSESSMENT

Thank you for your request. The Additional Needs Panel met on 8 January 2026. Having considered the information from you, from Clun Valley CiW Primary School and from the health visiting team in Powys, the Panel has decided not to proceed with an EHC needs assessment. The Panel considered that the school has not yet had the opportunity to put in place and review support through the graduated approach.

You can appeal to the First-tier Tribunal (Special Educational Needs and Disability) against this decision. Before lodging an appeal you must contact a mediation adviser (Borderlands Mediation, 01632 960482) within two months of the date of this letter.

Yours sincerely,
G. Morgan-Hughes
Additional Needs Manager
"""

# --- correspondence -----------------------------------------------------------------

FWD_EP = """Hi Sam,

Forwarding the EP report for Owen as promised - it's attached (PDF). Can you have a look before Thursday's meeting? The bit about the quiet room is on page 4.

Thanks
Carys

Sent from my iPhone

---------- Forwarded message ---------
From: Additional Needs Team <additionalneeds@example.org>
Date: Wed, 2 Jul 2025 at 16:02
Subject: Psychological advice - Owen Pritchard-Lewis
To: <carys.pl@example.org>

Please see attached.
"""

FWD_PLAN = """Attached is Kwame's final plan the council sent on Friday. I haven't had time to read it properly yet.

Dad
"""

FWD_REPORTS = """Dear Mr Haddad,

Please find attached the documents you asked for:

1. SALT report (Hartsfield and Riverside NHS Trust), 14/06/2025
2. EP advice, 22/07/2025
3. School advice, Hartsfield Academy

Please note the attachments are password protected; the password will follow in a separate e-mail.

Kind regards
SEND Admin
London Borough of Hartsfield
"""

ACK_LETTER = council_letter(
    "London Borough of Hartsfield",
    "SEN Assessment & Review Service · Civic Centre · Hartsfield N22 8QQ",
    "Case No. HSF-SEN-41502 · 5 February 2026",
    "Mr S. Haddad",
    "Dear Mr Haddad",
    "Acknowledgement of your request for an annual review to be brought forward",
    [
        "Thank you for your e-mail of 30 January. We have asked Hartsfield Academy to arrange an early review of Samir's plan and to send us the review paperwork within two weeks of the meeting.",
        "There is no decision for you to respond to at this stage. We will write again once the review has taken place.",
    ],
    ["SEND Admin Team"],
)

SOLICITOR = [
    ("org", "Harcourt Pell LLP"),
    (
        "small",
        "Education Law Team · 9 Friar Street, Ludford SY7 2AA · DX 14402 Ludford · 01632 960903",
    ),
    (
        "p",
        "By e-mail: additionalneeds@example.org\nOur ref: HP/EDU/FV/0077\nYour ref: ANT/EA/2025/118\n1 December 2025",
    ),
    ("p", "Additional Needs Team\nMarches Borderlands Council"),
    ("p", "Dear Sirs"),
    ("b", "Ffion Vaughan - refusal to issue an EHC plan"),
    (
        "p",
        "We act for Mr Vaughan. Your letter of 17 November 2025 states that an EHC plan is not necessary. We note that the educational psychologist advised that Ffion requires provision beyond that normally available in a mainstream school. We ask that you reconsider your decision within 14 days, failing which our client will seek a mediation certificate and appeal.",
    ),
    ("p", "Yours faithfully"),
    ("p", "Harcourt Pell LLP"),
]

THREAD = (
    """Thanks Mr Akhtar, 10.30 on Tuesday is fine. Will the OT be there?

Leanne

On Mon, 13 Oct 2025 at 09:12, Imran Akhtar <i.akhtar@example.org> wrote:
"""
    + quoted("""Dear Ms Duquemin,

Ellis's annual review meeting will be held on Thursday 16 October at 10.30 in the family room. I have invited the OT and the EP. Please bring anything you would like us to consider.

Best wishes
Imran Akhtar
SENCo, Sandpiper Lane Primary School""")
    + "\n"
)

# --- tribunal, mediation, appeal forms -------------------------------------------------

DIRECTIONS = [
    ("org", "First-tier Tribunal (Health, Education and Social Care Chamber)"),
    ("small", "Special Educational Needs and Disability"),
    (
        "p",
        "Appeal reference: EH 612/26/00187\nBetween: D. Vaughan (Appellant) and Marches Borderlands Council (Respondent)\nChild: Ffion Vaughan",
    ),
    ("title", "CASE MANAGEMENT DIRECTIONS"),
    (
        "p",
        "Upon considering the appellant's request dated 2 March 2026 to admit late evidence, and the respondent's objection, it is directed that:",
    ),
    (
        "onum",
        [
            "The appellant's request is granted. The report of Dr N. Szabo, independent educational psychologist, is admitted.",
            "The respondent may file a response to that report by 20 March 2026.",
            "The hearing on 14 April 2026 remains listed. Time estimate: one day.",
            "Any party who fails to comply may be barred from taking further part in the proceedings.",
        ],
        "",
    ),
    ("p", "Judge A. Whitcombe\nDated: 6 March 2026"),
]

REGISTRATION_EML = """Dear Mrs Osei-Bonsu

Appeal reference: EH 330/26/00512 - Kwame Osei-Bonsu

The Tribunal has registered your appeal. The following directions are made:

1. The local authority must send its response to the appeal by 15 May 2026.
2. Both parties must send any further evidence and their witness forms by 5 June 2026.
3. The final hearing will take place in the week commencing 6 July 2026. You will be told the date and the video hearing details later.

If you do not comply with these directions the Tribunal may strike out the appeal.

Yours sincerely
Tribunal Caseworker
SEND Tribunal
send.tribunal@example.org
"""

DIRECTIONS_SCAN = """FIRST-TIER TRIBUNAL - SPECIAL EDUCATIONAL NEEDS AND DISABILITY
Ref EH 612/25/00990   Appellant: Mrs J Thackeray   Respondent: Royal Borough of Kennington Vale

ORDER ON APPLICATION TO EXTEND TIME

1. The respondent applied on 3 November 2025 for more time to file its response.
2. The application is granted in part. The response must be filed by 4pm on 17 November 2025.
3. The appellant's evidence deadline is extended to 8 December 2025.
4. The hearing date is unchanged.

Tribunal Judge S. Okonjo    Date 5 November 2025
"""

CERT_DECLINED = [
    ("org", "Resolve SEN Mediation"),
    ("small", "Accredited SEND mediation service · 01632 960655 · info@example.org"),
    ("title", "Mediation Certificate"),
    (
        "p",
        "Issued under section 55 of the Children and Families Act 2014 and regulation 34 of the SEND Regulations 2014",
    ),
    (
        "kv",
        [
            ("Parent", "Ms R. Lindgren"),
            ("Child", "Alfie Lindgren"),
            ("Local authority", "Royal Borough of Kennington Vale"),
            ("Date of information", "14/10/2025"),
            ("Date of certificate", "14/10/2025"),
        ],
    ),
    (
        "p",
        "This is to certify that the parent was given information about mediation and has decided not to pursue mediation. The parent may now appeal to the First-tier Tribunal (SEND).",
    ),
    ("sig", ["Mediation adviser: T. Rowntree"]),
]

CERT_HELD = """BORDERLANDS MEDIATION
Certificate - mediation has taken place

This certifies that mediation took place on 9 January 2026 between Mr D Vaughan and Marches Borderlands Council concerning Ffion Vaughan's EHC needs assessment outcome. Agreement was not reached on the issue of whether to issue an EHC plan.

Issued under section 55(5) Children and Families Act 2014.
Date of issue: 12/01/2026        Mediator: H. Penry-Jones
"""

SEND35 = [
    ("title", "SEND 35 - Notice of appeal: Special Educational Needs and Disability"),
    ("small", "Appeal against a decision of a local authority about special educational needs"),
    ("h", 3, "Section 1 - About the child or young person"),
    ("field", "Full name", "Kwame Osei-Bonsu"),
    ("field", "Date of birth", "12/03/2012"),
    ("h", 3, "Section 2 - About you"),
    ("field", "Name", "Abena Osei-Bonsu"),
    ("field", "Address", "41 Tanners Row, Ashvale AV4 6HJ"),
    ("h", 3, "Section 4 - The decision you are appealing"),
    ("field", "Local authority", "Ashvale Metropolitan Borough Council"),
    ("field", "Date of decision letter", "06/02/2026"),
    ("field", "What are you appealing against?", "Sections B, F and I of the final EHC plan"),
    ("field", "Mediation certificate number/date", "RSM-2026-0441, 20/03/2026"),
    ("h", 3, "Section 5 - Reasons for appeal"),
    (
        "p",
        "Section B does not describe Kwame's literacy difficulty or his sensory needs. Section F is vague ('access to', 'opportunities for'). We ask for a specialist SEMH school to be named in Section I.",
    ),
    ("field", "Signed", "A. Osei-Bonsu   Date 27/03/2026"),
]

SEND35_SCAN = """SEND 35   NOTICE OF APPEAL
Section 1  Child: Imogen Thackeray   DOB 14/08/2010
Section 2  Parent: Joanna Thackeray, 7 Wolsey Gardens, Kennington Vale SW19 6PR
Section 4  Decision appealed: refusal to assess? NO - contents of the final EHC plan issued 10/03/2026 (sections B, F and I)
Mediation certificate attached: YES (date 02/04/2026)
Section 5  Reasons: The plan does not quantify the tuition, and Section I should say education otherwise than in school under section 61 rather than be left blank.
Section 9  Declaration: I confirm the information is true.  Signed J Thackeray  08/04/2026
"""


def headers(frm: str, to: str, subject: str, date: str) -> dict:
    return {"From": frm, "To": to, "Subject": subject, "Date": date}


DOCUMENTS: list[dict] = [
    dict(
        name="Alfie panel letter.pdf", kind="decision_letter", blocks=REFUSE_ASSESS, accent="00546B"
    ),
    dict(name="Ffion outcome.docx", kind="decision_letter", blocks=REFUSE_ISSUE),
    dict(name="Tomasz plan letter.pdf", kind="decision_letter", blocks=FINAL_ISSUED, sans=True),
    dict(name="Scanned Document 5.pdf", kind="decision_letter", text=CEASE_PHOTO, ocr=0.12),
    dict(
        name="Re Gracie annual review.eml",
        kind="decision_letter",
        text=NO_AMEND_EML,
        headers=headers(
            "Kemi Adeyemi <kemi.adeyemi@example.org>",
            "Lou Fairweather <lou.fw@example.org>",
            "RE: Gracie annual review",
            "Thu, 27 Nov 2025 14:20:11 +0000",
        ),
        qp=True,
    ),
    dict(name="council reply.docx", kind="decision_letter", blocks=REFUSE_REASSESS_DOCX, sans=True),
    dict(name="amended plan cover.pdf", kind="decision_letter", blocks=AMENDED_ISSUED),
    dict(name="Elis nursery.txt", kind="decision_letter", text=REFUSE_ASSESS_BORDER),
    dict(
        name="Fwd Owen EP report.eml",
        kind="correspondence",
        text=FWD_EP,
        headers=headers(
            "Carys Pritchard-Lewis <carys.pl@example.org>",
            "Sam Ellery <s.ellery@example.org>",
            "Fwd: Psychological advice - Owen Pritchard-Lewis",
            "Wed, 02 Jul 2025 19:40:03 +0100",
        ),
    ),
    dict(
        name="Kwame final EHCP.eml",
        kind="correspondence",
        text=FWD_PLAN,
        headers=headers(
            "Kofi Osei-Bonsu <kofi.ob@example.org>",
            "Abena Osei-Bonsu <abena.ob@example.org>",
            "Fwd: Kwame EHCP FINAL",
            "Mon, 09 Feb 2026 07:55:40 +0000",
        ),
    ),
    dict(
        name="Reports for Samir.eml",
        kind="correspondence",
        text=FWD_REPORTS,
        headers=headers(
            "SEND Admin <sendadmin@example.org>",
            "Samir Haddad Snr <s.haddad@example.org>",
            "Documents requested - Samir Haddad",
            "Tue, 10 Feb 2026 11:03:27 +0000",
        ),
        html=True,
    ),
    dict(name="letter 5 feb.pdf", kind="correspondence", blocks=ACK_LETTER, sans=True),
    dict(name="HP letter to LA.docx", kind="correspondence", blocks=SOLICITOR),
    dict(
        name="Re AR meeting.eml",
        kind="correspondence",
        text=THREAD,
        headers=headers(
            "Leanne Duquemin <leanne.dq@example.org>",
            "Imran Akhtar <i.akhtar@example.org>",
            "Re: Ellis annual review meeting",
            "Mon, 13 Oct 2025 12:31:09 +0100",
        ),
    ),
    dict(name="tribunal order.pdf", kind="tribunal_direction", blocks=DIRECTIONS),
    dict(
        name="Appeal registered.eml",
        kind="tribunal_direction",
        text=REGISTRATION_EML,
        headers=headers(
            "SEND Tribunal <send.tribunal@example.org>",
            "Abena Osei-Bonsu <abena.ob@example.org>",
            "EH 330/26/00512 - Registration and directions",
            "Fri, 10 Apr 2026 09:00:00 +0100",
        ),
        html=True,
    ),
    dict(name="scan_20251106.txt", kind="tribunal_direction", text=DIRECTIONS_SCAN, ocr=True),
    dict(name="certificate Resolve.pdf", kind="mediation_certificate", blocks=CERT_DECLINED),
    dict(name="IMG_3301.txt", kind="mediation_certificate", text=CERT_HELD, ocr=0.1),
    dict(name="SEND35 completed.docx", kind="appeal_form", blocks=SEND35),
    dict(name="appeal form scan.txt", kind="appeal_form", text=SEND35_SCAN, ocr=True),
]
