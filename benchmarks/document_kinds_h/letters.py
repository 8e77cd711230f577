# ruff: noqa: E501
"""Letters, forms and the tribunal's papers of the eighth kind set: a Cumbrian council's
"notice of intention to cease to maintain", a Midlands council's decision to assess, a
north-east council's refusal to issue a plan sent by e-mail under a disclaimer longer than
the letter, a decision to amend after review scanned by a phone app; mediation
certificates (a north-east service's form, a Midlands certificate photographed on a phone,
a certificate saved from Word); SEND35 forms typed and scanned; the tribunal's case
management order, a hearing notice by e-mail, a direction to the council to file its
response and a barring warning; e-mails with signatures and disclaimers longer than their
bodies, a unit welfare officer's letter for a forces family, a council's acknowledgement,
a secure children's home's e-mail and a school's reply. All invented."""

from __future__ import annotations

from evaluation_kit.plaintext import quoted


def headers(frm: str, to: str, subject: str, date: str, cc: str = "") -> dict:
    out = {"From": frm, "To": to}
    if cc:
        out["Cc"] = cc
    return {**out, "Subject": subject, "Date": date}


LONG_DISCLAIMER = """
--
Kind regards

Lindsey Hutchinson
SEND Casework Officer | SEND 0-25 Team
Children, Young People and Learning Directorate
Northbank Borough Council | Quayside House | Northbank | NB1 4XX
Tel: 01632 960733 | Mobile: 07700 900733
Working days: Monday to Thursday
My pronouns: she/her

Northbank Borough Council - Proud to be a Disability Confident Employer
Help us save paper - please think before you print this e-mail.

DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this e-mail in error please notify the sender immediately and delete it from your system. You must not copy, distribute, disclose or use any of the information in it. Any views or opinions expressed are solely those of the author and do not necessarily represent those of Northbank Borough Council. Northbank Borough Council accepts no liability for any damage caused by any virus transmitted by this e-mail. E-mails sent to and from the Council may be monitored and recorded for the purposes of ensuring compliance with Council policies and procedures and may be disclosed under the Freedom of Information Act 2000 or the Data Protection Act 2018.
"""

# Decision letters --------------------------------------------------------------

CEASE_NOTICE = [
    ("org", "Eden Fells Council"),
    (
        "small",
        "Inclusion Service · Fellside House · Kirkhaugh · 01632 960502 · inclusion@example.org",
    ),
    ("p", "Mr D Tweddle\nLow Garth Cottage\nMelmerby Fell"),
    ("p", "Our ref: EF/INC/CEASE/0312\n4 March 2026"),
    ("title", "Notice of Intention to Cease to Maintain an EHC Plan"),
    ("p", "Dear Mr Tweddle"),
    ("b", "Re: Sam Tweddle (DOB 30/01/2007)"),
    (
        "p",
        "The local authority is considering ceasing to maintain Sam's Education, Health and Care plan because he has told his college that he will leave at the end of this academic year and does not intend to continue in education or training.",
    ),
    (
        "p",
        "Before we make a final decision we must consult you and Sam. Please let us have your views, in writing or at a meeting, by 18 March 2026.",
    ),
    (
        "p",
        "If we decide to cease to maintain the plan, we will write to you again with that decision and with information about your right of appeal to the First-tier Tribunal (SEND) and about mediation.",
    ),
    ("sig", ["Yours sincerely", "Gillian Wharton", "Senior Inclusion Officer"]),
]

DECISION_TO_ASSESS = [
    ("org", "Shireoaks County Council"),
    ("small", "Special Educational Needs and Disabilities Service · Shire Hall · Shireoaks"),
    ("p", "Mrs P Mistry\n41 Cannock Road\nBrindley Hill"),
    ("p", "Date: 20 November 2025\nOur reference: SEN/NA/55190"),
    ("p", "Dear Mrs Mistry"),
    ("b", "Education, Health and Care Needs Assessment: Aarav Mistry"),
    (
        "p",
        "Thank you for your request dated 2 October 2025. The SEN Resource Panel considered it on 18 November 2025 and agreed that the local authority will carry out an EHC needs assessment for Aarav.",
    ),
    (
        "p",
        "We will now ask for advice from an educational psychologist, health services, social care and Aarav's nursery. You will be asked for your own views on a separate form, which is enclosed.",
    ),
    ("p", "We must tell you whether we will issue an EHC plan by 5 February 2026 at the latest."),
    ("sig", ["Yours sincerely", "Mohammed Akhtar", "Assessment Co-ordinator, SEND Service"]),
]

REFUSE_ISSUE_BODY = (
    """Dear Mr and Mrs Robson,

Finley Robson - outcome of EHC needs assessment

Following the completion of Finley's EHC needs assessment, his case was considered at the SEND Decision Making Panel on 9 April 2026.

The panel has decided that it is not necessary to issue an Education, Health and Care plan for Finley. The panel considered that his needs can be met from the resources normally available to mainstream schools, with the advice from the assessment used to update his SEN support plan.

You have the right to appeal to the First-tier Tribunal (Special Educational Needs and Disability) against this decision. Before you can appeal you must contact the mediation adviser (details enclosed). You must appeal within two months of the date of this letter or one month from the date of the mediation certificate, whichever is later.

The advice gathered during the assessment is attached.
"""
    + LONG_DISCLAIMER
)

AMEND_DECISION_SCAN = """Greyburn Metropolitan Borough Council
SEND Assessment and Review Team
Civic Centre, Greyburn   Tel 01632 960410

Mrs J Armstrong
9 Ravensworth Terrace
Greyburn

Date: 1 July 2026

Dear Mrs Armstrong

Lewis Armstrong - decision following annual review

Thank you for the annual review report from Thornbeck Hall School (review held
10 June 2026).

Having considered the report, the local authority has decided to amend Lewis's
EHC plan. A copy of the plan with the proposed changes is enclosed. You have 15
days to make representations about the changes or to ask for a meeting.

Yours sincerely

Dawn Surtees
EHC Co-ordinator
"""

# Mediation certificates --------------------------------------------------------

CERT_NE = [
    ("org", "North East SEND Mediation Partnership"),
    ("small", "Independent disagreement resolution and mediation · 01632 960920"),
    ("title", "Mediation Certificate"),
    ("p", "Issued under section 55(5) of the Children and Families Act 2014"),
    (
        "kv",
        [
            ("Name of parent", "Mr Kevin Robson and Mrs Lisa Robson"),
            ("Name of child", "Finley Robson"),
            ("Local authority", "Northbank Borough Council"),
            ("Decision", "Not to issue an EHC plan (letter of 14/04/2026)"),
            ("Mediation took place on", "28/05/2026"),
            ("Outcome", "Agreement not reached"),
        ],
    ),
    (
        "p",
        "This certificate confirms that the parents have participated in mediation. They may now appeal to the First-tier Tribunal (SEND).",
    ),
    ("sig", ["Signed: Maureen Dodds, Mediator", "Date of issue: 28 May 2026"]),
]

CERT_PHONE = """CENTRAL MEDIATION SERVICES
Certificate (SEND Regulations 2014, regulation 34)

This is to certify that:
Parent: Mrs Priya Mistry
Child: Aarav Mistry
Local Authority: Shireoaks County Council

[ ] has taken part in mediation
[x] has received information about mediation and does not wish to pursue it

Date information given: 11 March 2026
Date of certificate: 11 March 2026
Mediation adviser: Sunil Dhaliwal
"""

CERT_WORD = [
    ("title", "MEDIATION CERTIFICATE"),
    ("p", "Cumbria and Borders Family Mediation (SEND)"),
    ("p", "Parent / young person: Sam Tweddle (young person, aged 19)"),
    ("p", "Local authority: Eden Fells Council"),
    ("p", "Matter: Decision to cease to maintain EHC plan (notice of 24/04/2026)"),
    (
        "p",
        "Mediation held by video call on 2 June 2026. Agreement reached in part: the local authority has agreed to reconsider; the young person reserves the right to appeal.",
    ),
    ("p", "Certificate issued on 3 June 2026 by Alan Gaskin, Mediator."),
]

# Appeal forms ------------------------------------------------------------------

SEND35_TYPED = [
    ("title", "SEND35 - Notice of appeal"),
    ("p", "First-tier Tribunal (Special Educational Needs and Disability)"),
    ("h", 2, "Section A - About the child or young person"),
    (
        "kv",
        [
            ("Full name", "Finley Robson"),
            ("Date of birth", "18/08/2014"),
            ("Local authority", "Northbank Borough Council"),
        ],
    ),
    ("h", 2, "Section B - About you"),
    (
        "kv",
        [
            ("Name", "Lisa Robson"),
            ("Relationship", "Mother"),
            ("Address", "16 Cragside Walk, Northbank"),
        ],
    ),
    ("h", 2, "Section D - What are you appealing against?"),
    ("p", "[X] Refusal to issue an EHC plan after an assessment"),
    ("p", "Date of the local authority's decision letter: 14/04/2026"),
    ("h", 2, "Section E - Mediation"),
    ("p", "Mediation certificate dated 28/05/2026 is attached."),
    ("h", 2, "Section G - Reasons for appeal"),
    (
        "p",
        "Finley has an acquired brain injury and epilepsy. The school cannot meet his needs from its own resources; the educational psychologist recommends daily 1:1 support and a reduced afternoon timetable.",
    ),
    ("h", 2, "Declaration"),
    ("p", "I believe the facts stated in this form are true. Signed: L Robson  Date: 10/06/2026"),
]

SEND35_SCAN = """Notice of Appeal SEND35
Section A Child: JAYDEN PATEL   DOB 22 / 06 / 2016
Local Authority: SHIREOAKS COUNTY COUNCIL
Section D  I am appealing against: [ ] refusal to assess [ ] refusal to issue
[X] the contents of the EHC plan - Sections B, F and I
Date of final plan: 27 / 02 / 2026
Section E Mediation certificate received on 14 / 04 / 2026
Section G Reasons: the plan does not give enough specialist teaching for his
dyslexia and the school named cannot provide it. We want Meadowcroft School
named.
Signed R. PATEL  date 20/04/2026
"""

# Tribunal directions ----------------------------------------------------------

CMO = [
    ("org", "First-tier Tribunal (Special Educational Needs and Disability)"),
    (
        "small",
        "Case number: EH880/26/00417 · Appellant: Mrs L Robson · Respondent: Northbank Borough Council",
    ),
    ("title", "CASE MANAGEMENT ORDER"),
    (
        "p",
        "Following a telephone case management hearing on 12 August 2026 before Tribunal Judge Ferris, it is ordered that:",
    ),
    (
        "onum",
        [
            "The respondent shall file and serve the hearing bundle by 4pm on 9 September 2026.",
            "The appellant's application for permission to rely on the report of an independent educational psychologist is granted.",
            "The final hearing will take place by video on 6 October 2026, with a time estimate of one day.",
            "Any party who fails to comply with this order may be barred from taking further part in the proceedings.",
        ],
    ),
    ("sig", ["Tribunal Judge Ferris", "Dated 12 August 2026"]),
]

HEARING_NOTICE = """Dear Ms Patel,

Appeal reference: EH860/26/00502 - Jayden Patel

NOTICE OF HEARING

The final hearing of this appeal will take place by CVP (video) on Tuesday 15 September 2026 starting at 10:00. Please log in by 09:30. Instructions for joining are attached.

Witnesses must be named on the attendance form by 1 September 2026.

Yours sincerely,

SEND Tribunal Administration
First-tier Tribunal (SEND)
Please quote the appeal reference in all correspondence.
"""

RESPONSE_DIRECTION = [
    ("org", "First-tier Tribunal (Special Educational Needs and Disability)"),
    ("p", "Appeal number: EH909/26/00133"),
    ("p", "Appellant: Mr D Tweddle (on behalf of Sam Tweddle)   Respondent: Eden Fells Council"),
    ("title", "Directions"),
    (
        "p",
        "The appeal against the decision to cease to maintain the EHC plan was registered on 14 July 2026.",
    ),
    (
        "p",
        "1. The Local Authority must send its response to the tribunal and to the appellant by 11 August 2026.",
    ),
    ("p", "2. The appellant may send any further evidence by 25 August 2026."),
    ("p", "3. The plan must continue to be maintained until the appeal is decided."),
    ("p", "Registrar Ahmed, by delegation of the Chamber President, 14 July 2026"),
]

BARRING_WARNING = """Dear Sir/Madam,

Appeal: EH863/26/00291 - Amelia Nixon

The tribunal notes that the local authority has not complied with the direction dated 2 June 2026 to file its response to the appeal by 30 June 2026.

The Judge directs that unless the response is received by 4pm on 21 July 2026, the local authority may be barred from taking further part in these proceedings under rule 8 of the Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008.

Regards
SEND Tribunal
"""

# Correspondence ----------------------------------------------------------------

SHORT_MAIL = (
    """Hi Lisa,

Thanks for sending Dr Keeling's letter. I've passed it to the panel and it'll go in with the other advice.

Speak soon
"""
    + LONG_DISCLAIMER
)

WELFARE_LETTER = [
    ("org", "2nd Battalion, The Royal Northern Regiment"),
    ("small", "Unit Welfare Office · Catterick Garrison · 01632 960655"),
    ("p", "The Headteacher\nTidbury Academy\nTidbury"),
    ("p", "12 January 2026"),
    ("p", "Dear Headteacher"),
    ("b", "Poppy Hewitt - service family circumstances"),
    (
        "p",
        "I write at the request of Sergeant and Mrs Hewitt to confirm that Sergeant Hewitt will deploy overseas from February 2026 for approximately seven months. The family is eligible for the Service Pupil Premium and has been at its current address since July 2025.",
    ),
    (
        "p",
        "The family may be assigned to a new posting in summer 2027. I would be grateful if the school could take account of this when planning Poppy's transition in September.",
    ),
    ("p", "Please contact me if you need anything further from the unit."),
    ("sig", ["Yours faithfully", "Capt (Retd) J McAllister", "Unit Welfare Officer"]),
]

ACKNOWLEDGEMENT = [
    ("org", "Mercia Vale Council"),
    ("small", "Children's Services - SEN Team"),
    ("p", "Sergeant and Mrs Hewitt\n4 Garrison Close\nTidbury"),
    ("p", "6 January 2026"),
    ("p", "Dear Sergeant and Mrs Hewitt"),
    (
        "p",
        "Thank you for your e-mail of 2 January about Poppy's move to secondary school. Your case officer, Kerry Whitehouse, is on leave until 13 January and will reply when she returns. Your message has been added to Poppy's file.",
    ),
    ("sig", ["Yours sincerely", "SEN Business Support"]),
]

SECURE_HOME_MAIL = """Dear Ms Cowell,

I wanted to let you know that Callum has settled well this week and has been in all his lessons. We are starting to plan for his education after release and I would be grateful if the local authority could confirm who will be his SEN officer, as we have had three different names since October.

Could you also confirm whether a school has been consulted yet?

Best wishes

Jo Ferguson
Head of Education
Hollin Bank Secure Children's Home
T: 01632 960877

This message has been sent from a secure establishment. Please do not reply with information about other young people. Confidentiality notice: the information in this e-mail is confidential and may be legally privileged. It is intended solely for the addressee.
"""

SCHOOL_REPLY_ORIG = """Dear Mr Nicholson,

Isla came home upset again about the radio aid in PE. Could we talk about whether she can leave it in the changing room for PE only?

Thanks
Fiona Graham"""

SCHOOL_REPLY = (
    """Dear Mrs Graham,

Thank you for letting me know. I have spoken to the PE department and Mrs Bowe (Teacher of the Deaf). Isla can hand the transmitter to the PE teacher at the start of the lesson and keep the receivers in, which keeps her safe on the field. I'll check in with her on Friday.

Best wishes

John Nicholson
SENCo | Kirkhaugh Community School

On 4 Mar 2026, at 21:37, Fiona Graham <fiona.graham@example.org> wrote:

"""
    + quoted(SCHOOL_REPLY_ORIG)
    + "\n"
)

DOCUMENTS: list[dict] = [
    dict(
        name="Notice of intention Sam.pdf",
        kind="decision_letter",
        blocks=CEASE_NOTICE,
        accent="5D4037",
    ),
    dict(
        name="SCC letter Nov 25.docx", kind="decision_letter", blocks=DECISION_TO_ASSESS, sans=True
    ),
    dict(
        name="Finley Robson - outcome of EHC needs assessment.eml",
        kind="decision_letter",
        text=REFUSE_ISSUE_BODY,
        headers=headers(
            "Lindsey Hutchinson <lindsey.hutchinson@example.org>",
            "lisa.robson@example.org",
            "Finley Robson - outcome of EHC needs assessment [OFFICIAL-SENSITIVE]",
            "Tue, 14 Apr 2026 16:58:41 +0100",
        ),
        qp=True,
    ),
    dict(
        name="Genius Scan - 2026-07-03.pdf",
        kind="decision_letter",
        text=AMEND_DECISION_SCAN,
        ocr=0.08,
    ),
    dict(name="mediation cert.pdf", kind="mediation_certificate", blocks=CERT_NE, accent="00695C"),
    dict(name="IMG_4471.pdf", kind="mediation_certificate", text=CERT_PHONE, ocr=0.09),
    dict(name="Sam certificate.docx", kind="mediation_certificate", blocks=CERT_WORD),
    dict(name="SEND35 Finley final.docx", kind="appeal_form", blocks=SEND35_TYPED),
    dict(name="doc00412820260420.pdf", kind="appeal_form", text=SEND35_SCAN, ocr=True),
    dict(name="EH880-26-00417 CMO.pdf", kind="tribunal_direction", blocks=CMO, accent="333333"),
    dict(
        name="Notice of hearing EH860.eml",
        kind="tribunal_direction",
        text=HEARING_NOTICE,
        headers=headers(
            "SEND Tribunal <send.tribunal@example.org>",
            "rekha.patel@example.org",
            "EH860/26/00502 - Notice of Hearing",
            "Wed, 22 Jul 2026 11:04:12 +0100",
            cc="send.caseworkers@example.org",
        ),
        html=True,
    ),
    dict(
        name="Directions 14.7.26.pdf",
        kind="tribunal_direction",
        blocks=RESPONSE_DIRECTION,
        sans=True,
        accent="333333",
    ),
    dict(
        name="Unless order Amelia.eml",
        kind="tribunal_direction",
        text=BARRING_WARNING,
        headers=headers(
            "SEND Tribunal <send.tribunal@example.org>",
            "send.legal@example.org",
            "EH863/26/00291 Amelia Nixon - direction",
            "Mon, 13 Jul 2026 09:12:30 +0100",
            cc="karen.nixon@example.org",
        ),
    ),
    dict(
        name="RE Dr Keeling letter.eml",
        kind="correspondence",
        text=SHORT_MAIL,
        headers=headers(
            "Lindsey Hutchinson <lindsey.hutchinson@example.org>",
            "lisa.robson@example.org",
            "RE: Dr Keeling letter",
            "Thu, 19 Mar 2026 10:22:03 +0000",
        ),
    ),
    dict(
        name="Welfare office letter.pdf",
        kind="correspondence",
        blocks=WELFARE_LETTER,
        accent="1B5E20",
    ),
    dict(name="letter MVC 6 Jan.docx", kind="correspondence", blocks=ACKNOWLEDGEMENT),
    dict(
        name="Callum - SEN officer.eml",
        kind="correspondence",
        text=SECURE_HOME_MAIL,
        headers=headers(
            "Jo Ferguson <jo.ferguson@example.org>",
            "Hannah Cowell <hannah.cowell@example.org>",
            "Callum Reay - SEN officer?",
            "Fri, 27 Feb 2026 15:40:00 +0000",
        ),
    ),
    dict(
        name="Re radio aid in PE.eml",
        kind="correspondence",
        text=SCHOOL_REPLY,
        headers=headers(
            "John Nicholson <j.nicholson@example.org>",
            "Fiona Graham <fiona.graham@example.org>",
            "Re: radio aid in PE",
            "Thu, 05 Mar 2026 08:15:19 +0000",
        ),
        html=True,
    ),
]
