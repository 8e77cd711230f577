# ruff: noqa: E501
"""Letters of the eleventh kind set: councils' decisions in Lancashire, Kent, Merseyside,
Sussex and Devon; mediation certificates; appeal forms; the tribunal's notice of hearing,
decision and directions; a council's consultation with a school and the school's reply, an
independent special school's offer, a transport decision, SENDIASS letters. All invented."""

from __future__ import annotations


def headers(frm: str, to: str, subject: str, date: str, cc: str = "") -> dict:
    out = {"From": frm, "To": to}
    if cc:
        out["Cc"] = cc
    return {**out, "Subject": subject, "Date": date}


REFUSE_ASSESS = [
    ("org", "Ribblemouth Council\nSEND Service, County Hall, Ribblemouth"),
    ("p", "Our ref: RC/EHCNA/7719\nDate: 9 January 2026"),
    ("p", "Ms Shannon Kay\n22 Fleetwood Terrace\nRibblemouth"),
    (
        "b",
        "Outcome of your request for an Education, Health and Care needs assessment - Alfie Kay (DOB 17/02/2017)",
    ),
    ("p", "Dear Ms Kay,"),
    (
        "p",
        "Thank you for your request, received on 28 November 2025. The SEND Multi-Agency Panel met on 7 January 2026 and considered the evidence from Hesketh Sands Primary School and from you.",
    ),
    (
        "p",
        "The panel's decision is that Ribblemouth Council will not carry out an EHC needs assessment for Alfie at this time. The panel considered that Alfie's needs can be met through SEN Support, using the school's notional SEN budget and the Graduated Approach Toolkit.",
    ),
    (
        "p",
        "You have the right to appeal against this decision to the First-tier Tribunal (Special Educational Needs and Disability). Before registering an appeal you must contact Lancashire Coast Mediation (01632 960512) for information about mediation. Any appeal must be made within two months of the date of this letter, or one month from the date of a mediation certificate, whichever is later.",
    ),
    ("p", "Ribblemouth SENDIASS can give you free, impartial advice: 01632 960533."),
    ("sig", ["Yours sincerely", "Dean Fairclough", "Assessment Co-ordinator"]),
]

NOT_ISSUE = """Weald and Marsh County Council
Special Educational Needs and Disability Service - Ashford Area
Sessions House, Maidstone Road

Please ask for: Priya Dhillon    Direct line: 01632 960571
Date: 24 April 2026

Dear Mr and Mrs Okonjo

Children and Families Act 2014, section 37 - Notification of decision not to issue an Education, Health and Care Plan for Daniel Okonjo

The local authority has now completed the EHC needs assessment for Daniel which began on 6 January 2026. We have considered all the advice received, including the educational psychologist's advice and the advice from Romney Way Junior School.

Having considered this information, the local authority has decided that it is not necessary for special educational provision to be made for Daniel in accordance with an EHC plan. We will send you a copy of all the advice and a note of the support the school will put in place (an "SEN Support Plus" plan).

You can appeal against this decision to the SEND Tribunal. You must first obtain a mediation certificate. The deadline for appealing is two months from the date of this letter or one month from the date the certificate is issued, if later.

Yours sincerely

Priya Dhillon
SEN Officer
"""

FINAL_COVER = [
    ("org", "Merseyford Metropolitan Borough Council - SEND Assessment Team"),
    ("p", "Date: 3 March 2026\nRef: MMBC-EHC-20417"),
    ("p", "Dear Mrs Brennan,"),
    ("b", "Kai Brennan - Final Education, Health and Care Plan"),
    (
        "p",
        "Please find enclosed Kai's final EHC plan. We have considered the comments you made on the draft plan on 9 February 2026 and have made changes to Section F (phonics programme and speech and language therapy). We have not agreed to your request to name Bidston Lodge School in Section I, because Seacombe Dock Primary School can meet Kai's needs and the placement you asked for would be incompatible with the efficient use of resources.",
    ),
    (
        "p",
        "If you disagree with Section B, Section F or Section I of the plan, or with the plan as a whole, you can appeal to the First-tier Tribunal (SEND). You must contact Merseyside Mediation Partnership (01632 960586) within two months of the date of this letter before you can appeal.",
    ),
    ("sig", ["Yours sincerely", "Joanne Corrigan", "SEND Team Manager"]),
]

NO_AMEND = """Dear Mr Hollis,

Further to Mason's annual review meeting on 2 March 2026, the local authority has reviewed the plan and the review report from Hove Lagoon School.

The local authority has decided to maintain Mason's EHC plan without amendment. We do not consider that the changes you asked for (an increase in speech and language therapy to weekly sessions and a change of school) are needed at this point.

This is a decision under section 44 of the Children and Families Act 2014 and regulation 22 of the SEND Regulations 2014. You have the right of appeal to the SEND Tribunal against this decision. Information about mediation is attached.

Kind regards

Sam Whitlock
SEND Casework Officer | Cuckmere County Council
T: 01632 960620 | E: sam.whitlock@example.org
This e-mail and any attachments are confidential and intended only for the addressee.
"""

NO_REASSESS = """TAMARSIDE COUNTY COUNCIL - SEND 0-25 SERVICE
Exeter Road Offices

11 May 2026
Our ref TCC/RA/3310

Dear Miss Yeo,

Request for a re-assessment of educational, health and care needs: Maisie Yeo

We have considered your request of 31 March 2026 for a re-assessment of Maisie's needs. We have decided that a re-assessment is not necessary. Maisie's annual review is due in June and any changes to her needs can be considered then.

Under section 51(2)(d) of the Children and Families Act 2014 you may appeal against this decision. Please contact Devon and Tamar Mediation within two months of the date of this letter.

Yours sincerely
R. Pengelly
Senior SEND Officer
"""

MED_CERT = [
    ("org", "Westcountry SEND Mediation CIC"),
    ("title", "Mediation Certificate"),
    ("p", "Issued under section 55 of the Children and Families Act 2014"),
    (
        "kv",
        [
            ("Parent / young person", "Miss Lowenna Yeo"),
            ("Child", "Maisie Yeo"),
            ("Local authority", "Tamarside County Council"),
            ("Date of contact with mediation adviser", "19 May 2026"),
            (
                "Outcome",
                "The parent has received information about mediation and does not wish to pursue mediation.",
            ),
            ("Issue", "Refusal to re-assess"),
        ],
    ),
    (
        "p",
        "This certificate is issued within 3 working days of the contact. The parent may now register an appeal with the First-tier Tribunal (SEND).",
    ),
    ("sig", ["Signed: M. Rowse, Mediation Adviser", "Date of issue: 20 May 2026"]),
]

MED_CERT_2 = [
    ("org", "Merseyside Mediation Partnership"),
    ("b", "Certificate - mediation has taken place"),
    (
        "p",
        "This is to certify that mediation took place on 14 April 2026 between Mrs L. Brennan and Merseyford Metropolitan Borough Council about the EHC plan for Kai Brennan (issues: Section F and Section I). The health service (Mersey Estuary Children's NHS Foundation Trust) also attended in relation to Section G.",
    ),
    (
        "p",
        "Outcome: agreement was reached on the health issue only. No agreement was reached on Section I.",
    ),
    (
        "p",
        "Regulation 39, SEND Regulations 2014: this certificate must be issued within 3 working days of the end of the mediation.",
    ),
    ("sig", ["Carla Dobson", "Mediator", "16 April 2026"]),
]

MED_CERT_PHOTO = """Lancashire Coast Mediation
MEDIATION CERTIFICATE
Name of parent: Shannon Kay
Name of child: Alfie Kay
Local authority: Ribblemouth Council
I confirm that the above named contacted the mediation service on 2 February 2026 and was given information about mediation. The parent has chosen not to go to mediation.
Appeal about: refusal to carry out an EHC needs assessment
Certificate number LCM/2026/0188
Signed  J Whiteside      Date 3/2/26
"""

SEND35 = [
    ("org", "HM Courts & Tribunals Service"),
    ("title", "SEND35 - Notice of appeal: EHC needs assessment, EHC plan and cease to maintain"),
    ("h", 2, "Section 1 - About the child or young person"),
    (
        "kv",
        [
            ("Surname", "Kay"),
            ("First name(s)", "Alfie"),
            ("Date of birth", "17/02/2017"),
            ("Name of local authority", "Ribblemouth Council"),
        ],
    ),
    ("h", 2, "Section 2 - About you (the appellant)"),
    (
        "kv",
        [
            ("Name", "Shannon Kay"),
            ("Relationship to child", "Mother"),
            ("Address", "22 Fleetwood Terrace, Ribblemouth"),
            ("Telephone", "07700 900318"),
        ],
    ),
    ("h", 2, "Section 4 - What are you appealing against?"),
    ("p", "[X] Refusal to carry out an EHC needs assessment (date of decision letter 09/01/2026)"),
    ("h", 2, "Section 5 - Mediation"),
    ("p", "Mediation certificate number LCM/2026/0188 dated 03/02/2026 (attached)."),
    ("h", 2, "Section 6 - Reasons for appeal"),
    (
        "p",
        "Alfie is 8 and reads at a Reception level. He has been on SEN Support for three years and the school has spent more than its notional budget. The school's own report says he needs 1:1 help for most of the day. The test in section 36(8) is only that he may have SEN and may need a plan. I ask the tribunal to order an assessment.",
    ),
    ("h", 2, "Section 9 - Declaration"),
    ("p", "I confirm the information in this form is true. Signed: S. Kay   Date: 14/02/2026"),
]

SEND35_SCAN = """SEND35 Notice of appeal
Section 1  Child: Mason Hollis   DOB 05/08/2013
Local authority: Cuckmere County Council
Section 2  Appellant: Gareth Hollis (father)
Section 4  What are you appealing against?
  Contents of an EHC plan after a review - decision not to amend. Decision letter dated 16/03/2026.
Section 5  Mediation certificate attached: yes
Section 6  Reasons
  Mason's plan still says speech therapy "termly" but the therapist now says he needs weekly sessions. The school cannot meet his needs and I want Hove Lagoon School replaced by Brighton Hill School (special).
Section 7  Do you want a hearing? Yes
Section 9  Declaration - signed G Hollis 30 April 2026
"""

REASONS_SHEET = [
    (
        "b",
        "Appeal for Ellie-Rose Dunning - continuation sheet (Section 6 of SEND35, reasons for appeal)",
    ),
    ("np", "1.", "We appeal Sections B, F and I of the amended plan issued on 12 February 2026."),
    (
        "np",
        "2.",
        "Section B does not describe Ellie-Rose's listening fatigue or her auditory processing difficulty identified by the audiology department.",
    ),
    (
        "np",
        "3.",
        "Section F gives only one visit each half term from the Teacher of the Deaf. The Teacher of the Deaf recommended fortnightly visits in Year 7.",
    ),
    (
        "np",
        "4.",
        "Section I names Seaford Down Academy. We ask for Cuckmere Hearing Resource Base at Lewes Priory School.",
    ),
    ("p", "Signed: Karen and Mark Dunning, 6 March 2026"),
]

HEARING_NOTICE = [
    (
        "org",
        "First-tier Tribunal (Health, Education and Social Care Chamber)\nSpecial Educational Needs and Disability",
    ),
    (
        "p",
        "Tribunal reference: EH845/26/00412\nChild: Alfie Kay\nAppellant: Ms S Kay\nRespondent: Ribblemouth Council",
    ),
    ("title", "Notice of hearing"),
    (
        "p",
        "The hearing of this appeal will take place by video (Cloud Video Platform) on Tuesday 8 September 2026 at 10:00 am. The hearing is listed for one day.",
    ),
    (
        "p",
        "The parties must send the final working document and any attendance form by 25 August 2026. If you have any witnesses, they must be named on the attendance form.",
    ),
    (
        "p",
        "If a party fails to attend, the tribunal may proceed with the hearing in that party's absence (rule 41).",
    ),
    ("sig", ["Tribunal Caseworker", "on behalf of the Tribunal", "Date: 12 June 2026"]),
]

DECISION = [
    (
        "org",
        "First-tier Tribunal (Health, Education and Social Care) - Special Educational Needs and Disability",
    ),
    ("p", "Appeal number EH860/26/00237\nM.H. v Cuckmere County Council"),
    ("title", "DECISION"),
    (
        "p",
        "Heard by video on 3 September 2026. Before: Judge A. Penhaligon, Specialist Member Mr T. Adebayo, Specialist Member Ms R. Quinn.",
    ),
    ("h", 2, "Order"),
    (
        "p",
        "The appeal is allowed. The local authority shall amend Section F of the EHC plan as set out in the working document annexed to this decision and shall name Brighton Hill School in Section I. The amended plan must be issued within 5 weeks of this order.",
    ),
    ("h", 2, "Reasons"),
    (
        "np",
        "1.",
        "This is an appeal by Mr Hollis against the decision of Cuckmere County Council not to amend Mason's EHC plan following his annual review.",
    ),
    (
        "np",
        "2.",
        'We preferred the evidence of the speech and language therapist, Ms Greaves, who has seen Mason three times, that weekly direct therapy is required. We find that "termly review" is not provision at all.',
    ),
    (
        "np",
        "3.",
        "Having weighed the costs, we find that Brighton Hill School is not incompatible with the efficient use of resources.",
    ),
    ("sig", ["Judge A. Penhaligon", "Date of decision: 9 September 2026"]),
]

DIRECTIONS_EML = """Dear Parties,

Appeal: EH845/26/00412 - Alfie Kay

Judge Marsden has considered the appellant's request of 20 July 2026 to send late evidence (the report of Dr F. Atherton dated 1 July 2026) and the local authority's objection, and has made the following DIRECTIONS:

1. The report of Dr Atherton is admitted.
2. The local authority may file a short reply to that report by 4pm on 14 August 2026.
3. The hearing date of 8 September 2026 remains.

Failure to comply with a direction may lead to the tribunal barring a party from taking further part (rule 8).

SEND Tribunal
1st Floor, Darlington Magistrates' Court
Tel 01632 960700
"""

CONSULT = [
    ("org", "Tamarside County Council\nSEND 0-25 Service"),
    ("p", "To: The Headteacher, Holsworthy Vale Academy\nDate: 3 November 2025"),
    (
        "b",
        "Consultation under section 39 of the Children and Families Act 2014 - Tobias Gill (Year 6, DOB 14/01/2015)",
    ),
    (
        "p",
        "Tobias's parents have asked for Holsworthy Vale Academy to be named in Section I of his EHC plan from September 2026. Under section 39(2) of the Act the local authority must consult the governing body before naming a school. Please find enclosed the proposed amended plan and the advice received.",
    ),
    (
        "p",
        "Please let us know within 15 days whether, in your view, the school can meet Tobias's needs, and if not why not, with reference to section 39(4).",
    ),
    ("sig", ["Yours faithfully", "Rosalind Pengelly", "Senior SEND Officer"]),
]

SCHOOL_REPLY = """Holsworthy Vale Academy
Part of the Tamar Learning Partnership

14 November 2025

Dear Ms Pengelly

Re: Consultation for Tobias Gill, Year 6

Thank you for your letter of 3 November. Our SENCo, Mrs Heard, visited Tobias at Bridestowe Primary and has read the proposed amended plan and the EP's advice.

We have concerns about our ability to meet Tobias's needs. Our Year 7 English and maths sets are 28 to 30 pupils and we do not have a group of 8 with a specialist teacher. We could provide this only with additional funding of one full-time teaching assistant.

We would be happy to meet you and the family to discuss this.

Yours sincerely

Mr D. Chapple
Headteacher
"""

OFFER = [
    (
        "org",
        "Polwhele House School\nIndependent special school for children with autism, aged 7-19\nDfE number 908/6023",
    ),
    ("p", "18 March 2026"),
    ("p", "Dear Miss Penrose and Mr Trewin,"),
    ("b", "Offer of a place for Jago Trewin"),
    (
        "p",
        "Following Jago's assessment visit on 4 and 5 March, we are pleased to offer him a day place in our Year 10 class from September 2026, subject to the local authority agreeing to fund the place.",
    ),
    (
        "p",
        "The annual fee for a day place is £62,400, which includes speech and language therapy (one session a week), occupational therapy (one session a fortnight) and a class of no more than 6 pupils with a teacher and two teaching assistants. Transport is not included.",
    ),
    (
        "p",
        "We have written to Fal Estuary Council to confirm that we can meet Jago's needs as described in his plan.",
    ),
    ("sig", ["With best wishes", "Dr Helen Carne", "Principal"]),
]

TRANSPORT = """Fal Estuary Council - Travel Assistance Team
Decision on your application for home to school travel assistance

Pupil: Jago Trewin                 Date of decision: 2 June 2026
School: Polwhele House School      Application received: 14 May 2026

Decision: NOT ELIGIBLE

Reason: Polwhele House School is not the nearest suitable school named in Section I of the pupil's EHC plan. Travel assistance is only provided to the nearest suitable school (Home to School Travel and Transport Policy 2025-26, paragraph 6.3).

If you disagree you can ask for a Stage 1 review within 20 working days. Write to travel.reviews@example.org giving your reasons. If you remain unhappy after Stage 2 you can complain to the Local Government and Social Care Ombudsman.

Please note this is not a decision about your child's EHC plan.
"""

SENDIASS_LETTER = [
    (
        "org",
        "Weald and Marsh SENDIASS\nSpecial Educational Needs and Disabilities Information, Advice and Support Service",
    ),
    ("p", "Impartial - confidential - free\n2 May 2026"),
    ("p", "Dear Mr and Mrs Okonjo,"),
    (
        "p",
        "Thank you for calling our helpline on 28 April. As promised, here is a summary of what we talked about.",
    ),
    (
        "bul",
        [
            "The council's letter of 24 April is a decision not to issue a plan. You can appeal this to the SEND Tribunal.",
            "You need a mediation certificate first: contact the mediation adviser within two months of 24 April (by 24 June 2026).",
            "Ask the school for its SEN Support Plus plan in writing.",
        ],
    ),
    (
        "p",
        "Your caseworker is Nadia. You can contact her on 01632 960640 on Tuesdays and Thursdays.",
    ),
    ("sig", ["Best wishes", "Nadia Sowerby", "SENDIASS Information and Advice Officer"]),
]

AR_INVITE = """From: Newhaven Road Primary School office
To: Karen Dunning
Subject: Ellie-Rose - phase transfer review 27th Nov

Hi Mrs Dunning,

Just confirming Ellie-Rose's annual review (Y6 phase transfer) will be on Thursday 27th November at 1.30pm in the Conference Room. Mrs Tillson (Teacher of the Deaf) and someone from Cuckmere SEND will attend. Could you fill in the parent views form attached and send it back by the 13th?

Thanks
Lorraine
School Office
"""

CHASE = """Hello Sam

I still haven't had a reply to my email of 21 March asking for the reasons for the decision about Mason's review. You said you would ring me on Friday and nobody did. I'd like to know who was at the panel and what they read.

I have now started the appeal, but I would still rather sort this out.

Gareth Hollis

> On 16 Mar 2026, at 09:12, Sam Whitlock <sam.whitlock@example.org> wrote:
> Dear Mr Hollis, Further to Mason's annual review meeting on 2 March 2026 ...
"""

DOCUMENTS: list[dict] = [
    dict(name="Alfie EHCNA outcome.pdf", kind="decision_letter", blocks=REFUSE_ASSESS),
    dict(name="Daniel letter from WMCC April.txt", kind="decision_letter", text=NOT_ISSUE),
    dict(
        name="Final plan covering letter.docx",
        kind="decision_letter",
        blocks=FINAL_COVER,
        sans=True,
    ),
    dict(
        name="Mason annual review outcome.eml",
        kind="decision_letter",
        text=NO_AMEND,
        headers=headers(
            "Sam Whitlock <sam.whitlock@example.org>",
            "gareth.hollis@example.org",
            "Mason Hollis - outcome of annual review",
            "Mon, 16 Mar 2026 09:12:44 +0000",
        ),
        html=True,
    ),
    dict(name="Scan 11 May 2026.pdf", kind="decision_letter", text=NO_REASSESS, ocr=True),
    dict(
        name="Mediation cert Maisie.pdf",
        kind="mediation_certificate",
        blocks=MED_CERT,
        accent="6A1B9A",
    ),
    dict(name="MMP certificate.docx", kind="mediation_certificate", blocks=MED_CERT_2),
    dict(name="20260203_174410.pdf", kind="mediation_certificate", text=MED_CERT_PHOTO, ocr=0.08),
    dict(name="SEND35 Alfie final version.docx", kind="appeal_form", blocks=SEND35),
    dict(
        name="appeal form scanned.pdf",
        kind="appeal_form",
        text=SEND35_SCAN,
        ocr=True,
        running="SEND35",
    ),
    dict(name="reasons for appeal Ellie.docx", kind="appeal_form", blocks=REASONS_SHEET),
    dict(name="hearing notice.pdf", kind="tribunal_direction", blocks=HEARING_NOTICE),
    dict(name="Mason tribunal decision.pdf", kind="tribunal_direction", blocks=DECISION),
    dict(
        name="EH845-26-00412 directions.eml",
        kind="tribunal_direction",
        text=DIRECTIONS_EML,
        headers=headers(
            "SEND Tribunal <send.tribunal@example.org>",
            "shannon.kay@example.org",
            "EH845/26/00412 - Directions",
            "Wed, 22 Jul 2026 15:03:10 +0100",
            cc="send.team@example.org",
        ),
    ),
    dict(name="s39 consultation Holsworthy.pdf", kind="correspondence", blocks=CONSULT),
    dict(name="school reply to consultation.txt", kind="correspondence", text=SCHOOL_REPLY),
    dict(name="Polwhele offer letter.pdf", kind="correspondence", blocks=OFFER, accent="2E7D32"),
    dict(name="transport decision Jago.pdf", kind="correspondence", text=TRANSPORT, sans=True),
    dict(name="SENDIASS letter.docx", kind="correspondence", blocks=SENDIASS_LETTER),
    dict(
        name="review date.eml",
        kind="correspondence",
        text=AR_INVITE,
        headers=headers(
            "office@newhavenroad.example.org",
            "karen.dunning@example.org",
            "Ellie-Rose - phase transfer review 27th Nov",
            "Tue, 04 Nov 2025 11:47:02 +0000",
        ),
    ),
    dict(
        name="Re Mason outcome.eml",
        kind="correspondence",
        text=CHASE,
        headers=headers(
            "gareth.hollis@example.org",
            "Sam Whitlock <sam.whitlock@example.org>",
            "Re: Mason Hollis - outcome of annual review",
            "Thu, 02 Apr 2026 21:18:37 +0100",
        ),
        qp=True,
    ),
]
