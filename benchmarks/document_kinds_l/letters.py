# ruff: noqa: E501
"""Letters of the twelfth kind set: a Tyneside notice that a needs assessment will be carried
out, an Essex refusal to assess, a Shropshire refusal to issue a plan, a Suffolk decision not
to amend by e-mail, a Herefordshire proposal to cease (scanned); mediation certificates by
e-mail and on paper; appeal forms; the tribunal's registration letter, orders and decision;
a college's offer letter and other correspondence. All invented."""

from __future__ import annotations


def headers(frm: str, to: str, subject: str, date: str, cc: str = "") -> dict:
    out = {"From": frm, "To": to}
    if cc:
        out["Cc"] = cc
    return {**out, "Subject": subject, "Date": date}


NOTICE_ASSESS = [
    ("org", "Tyneside Borough Council\nSEND Statutory Assessment Team, Quayside House"),
    ("p", "Ref: TBC/EHCNA/22917\n28 January 2026"),
    ("p", "Ms Carly Nesbitt\n41 Ropery Lane\nNorth Shields"),
    ("b", "Notice of a decision to carry out an Education, Health and Care needs assessment"),
    ("p", "Dear Ms Nesbitt,"),
    ("p", "Re: Mason Nesbitt, date of birth 14/02/2018"),
    (
        "p",
        "I am writing to tell you that the local authority has decided to carry out an EHC needs assessment for Mason under section 36 of the Children and Families Act 2014. The decision was made at the Multi-Agency Decision Panel on 26 January 2026.",
    ),
    (
        "p",
        "We will now ask for advice from Mason's school, an educational psychologist, a health professional and social care. You will be asked for your views and Mason's. The advice should be returned within six weeks.",
    ),
    (
        "p",
        "We received your request on 17 December 2025. We will tell you by 6 May 2026, 20 weeks from that date, whether we will issue an EHC plan. If we decide not to issue a plan you will have a right of appeal to the First-tier Tribunal.",
    ),
    ("sig", ["Yours sincerely", "Dawn Milburn", "SEND Assessment Coordinator"]),
]

REFUSE_ASSESS = [
    ("org", "Stour and Colne District Council"),
    ("small", "Children and Families | Special Educational Needs and Disability"),
    ("p", "Date: 6 May 2026\nOur ref: SCDC/SEN/4471"),
    ("p", "Dear Mr Frost,"),
    ("b", "Request for an EHC needs assessment - Lucas Frost (DOB 22.09.2016)"),
    (
        "p",
        "Thank you for your request, received on 25 March 2026. Your request was considered by the SEND Panel on 29 April 2026.",
    ),
    (
        "p",
        "The panel has decided not to carry out an EHC needs assessment. Reasons: the school has not yet completed two cycles of assess, plan, do, review, and the panel did not see evidence that Lucas needs provision beyond that ordinarily available.",
    ),
    (
        "p",
        "Your rights: you may appeal to the SEND Tribunal. Before registering an appeal you must contact Anglia Mediation Partnership (01632 960511) for information about mediation. The appeal must be lodged within two months of the date of this letter or one month of the mediation certificate, whichever is later.",
    ),
    ("sig", ["Yours sincerely", "Panel Administrator on behalf of the Head of SEND"]),
]

REFUSE_ISSUE = """Wrekin Marches Council
SEN Team

13 March 2026

Dear Mrs Corbett

EHC NEEDS ASSESSMENT OUTCOME - SOPHIE CORBETT

We have now completed the EHC needs assessment for Sophie. Thank you for your contribution.

Having considered all the advice (listed below), the local authority has decided that it is not necessary to issue an EHC plan. We consider that Sophie's needs can be met through SEN support at Bridgnorth Endowed School with the advice provided. A copy of the advice is enclosed and we will send a SEN support plan summary to the school.

Advice considered:
- Educational psychology advice, Dr N. Whitticase, 2 February 2026
- Speech and language therapy advice, 10 February 2026
- School advice, 28 January 2026
- Parental views, 20 January 2026

You can appeal against this decision to the First-tier Tribunal (SEND). You must first contact the mediation adviser (Marches Mediation, 01632 960327). The time limit is two months from the date of this letter.

Yours sincerely

Ian Jukes
Statutory Assessment Manager
"""

NOT_AMEND_EML = """Dear Mr and Mrs Kerridge,

Following Amelia's annual review on 16 April 2026, I am writing to confirm the local authority's decision.

The local authority has decided to maintain Amelia's EHC plan without amendment. The review report recommended adding a diagnosis of dyscalculia, but the local authority considers that Section B already describes Amelia's difficulties with number.

This letter is your notice of that decision under regulation 22. You have the right to appeal to the First-tier Tribunal (SEND). Please contact Anglia Mediation Partnership within two months if you wish to consider mediation or obtain a certificate.

Kind regards

Nadia Fiske
EHC Coordinator, East Deben Council SEND Service
"""

CEASE_SCAN = """LUGG VALLEY COUNCIL
Plough Lane, Hereford

22 June 2026

Dear Bethan,

Proposal to cease your Education, Health and Care plan

You are 19 and you told us at your review on 3 June 2026 that you have started work at Wye Garden Centre for 30 hours a week and do not want to return to college.

The local authority is therefore proposing to cease to maintain your EHC plan because you are no longer in education or training. Before we make a final decision we will consider any comments you send us by 7 July 2026.

If we decide to cease your plan you will be able to appeal to the Tribunal. Your plan will continue while the appeal is heard.

Yours sincerely

M. Bufton
Post-16 SEND Officer
"""

MED_CERT_EML = """Dear Miss Hodgson,

Re: Mediation certificate - Evie Hodgson, Allendale County Council

As discussed on the telephone this morning, you have told us that you do not wish to go to mediation before appealing the contents of Evie's EHC plan (Sections B and F, final plan dated 10 April 2026).

I attach your mediation certificate, issued today, 4 June 2026, under section 55(5) of the Children and Families Act 2014. You will need to send a copy with your appeal form (SEND35). Your appeal must be received by the Tribunal within one month of today's date, or two months from the decision letter, whichever is later.

Certificate details
Certificate number: NEM/26/1093
Parent/young person: Sarah Hodgson
Local authority: Allendale County Council
Mediation: Not wanting mediation - information provided by telephone 4 June 2026

Best wishes

Joanne Bell
Mediation Adviser, North East Mediation Service
01632 960744
"""

MED_CERT_PDF = [
    ("org", "Anglia Mediation Partnership"),
    ("title", "MEDIATION CERTIFICATE"),
    ("p", "Issued under section 55(5) of the Children and Families Act 2014 following mediation"),
    (
        "kv",
        [
            ("Name of child", "Lucas Frost"),
            ("Parent", "Daniel Frost"),
            ("Local authority", "Stour and Colne District Council"),
            ("Decision in dispute", "Refusal to carry out an EHC needs assessment (6 May 2026)"),
            ("Date of mediation", "18 June 2026"),
            ("Outcome", "Mediation took place. Agreement was not reached on all issues."),
            ("Date of issue", "19 June 2026"),
        ],
    ),
    (
        "p",
        "This certificate allows the parent to register an appeal with the First-tier Tribunal (Special Educational Needs and Disability).",
    ),
    ("sig", ["Mediator: P. Rolfe", "Anglia Mediation Partnership, 01632 960511"]),
]

MED_CERT_TXT = """MARCHES MEDIATION
Certificate - Mediation information provided (parent does not wish to pursue mediation)

Parent: Mrs Louise Corbett
Child: Sophie Corbett
Local authority: Wrekin Marches Council
Matter: Decision not to issue an EHC plan, letter dated 13 March 2026
Information given on: 30/03/2026
Certificate issued: 31/03/2026
Ref: MM-2026-0412

The parent has been given information about mediation and has decided not to take part. This certificate is issued within 3 working days.
"""

SEND35 = [
    ("org", "First-tier Tribunal (Special Educational Needs and Disability)"),
    ("title", "SEND35 - Notice of appeal against an EHC plan"),
    (
        "field",
        "Section 1: About the child or young person",
        "Evie Hodgson, date of birth 12/12/2014",
    ),
    (
        "field",
        "Section 2: About you (the appellant)",
        "Sarah Hodgson, mother, 8 Chare Terrace, Hexley Burn",
    ),
    ("field", "Section 3: The local authority", "Allendale County Council"),
    (
        "field",
        "Section 4: What are you appealing about? Tick all that apply",
        "[x] Section B   [x] Section F   [ ] Section I   [ ] Health and social care recommendations",
    ),
    ("field", "Section 5: Date of the decision letter", "10 April 2026"),
    ("field", "Section 6: Mediation certificate", "Attached, issued 4 June 2026, NEM/26/1093"),
    (
        "field",
        "Section 7: Your reasons for appealing",
        "See attached sheet. In short, Section B leaves out Evie's sensory processing difficulties and Section F says 'access to' OT with no hours.",
    ),
    ("field", "Section 8: Do you want a representative?", "No"),
    (
        "field",
        "Section 9: Declaration",
        "I confirm the information in this form is correct. Signed S. Hodgson, 10/06/2026",
    ),
]

SEND35A_TXT = """SEND35a  Appeal against a decision not to carry out an EHC needs assessment

Child: Lucas Frost   DOB 22/09/2016
Appellant: Daniel Frost (father)
Local authority: Stour and Colne District Council
Date of LA decision letter: 06/05/2026
Mediation certificate: issued 19/06/2026 by Anglia Mediation Partnership (attached)

Reasons for appeal
1. Lucas may have special educational needs: he is 3 years behind in reading and has been excluded twice.
2. It may be necessary for provision to be made through an EHC plan: the school says it has spent its notional SEN budget on him.
3. The panel said two APDR cycles were needed. The law does not say that.

Documents attached: decision letter; mediation certificate; school SEN support plans; private dyslexia assessment.

Signed  D Frost   date 02/07/2026
"""

REASONS_SHEET = [
    ("title", "Attachment to SEND35: reasons for appeal"),
    ("p", "Appellant: Sarah Hodgson. Child: Evie Hodgson. Respondent: Allendale County Council."),
    (
        "np",
        "1.",
        "I am appealing Sections B and F of Evie's final EHC plan issued on 10 April 2026.",
    ),
    (
        "np",
        "2.",
        "Section B does not mention Evie's sensory processing difficulties described in the occupational therapy report (January 2026, page 4).",
    ),
    (
        "np",
        "3.",
        "Section F says Evie will have 'access to occupational therapy as required'. This is not specific. The OT recommended 6 direct sessions a term.",
    ),
    (
        "np",
        "4.",
        "Section F does not quantify the speech and language therapy the SLT recommended (fortnightly, 45 minutes).",
    ),
    (
        "np",
        "5.",
        "I ask the Tribunal to order the local authority to amend Sections B and F as set out in my working document.",
    ),
    ("sig", ["Sarah Hodgson", "10 June 2026"]),
]

REGISTRATION = [
    (
        "org",
        "HM Courts & Tribunals Service\nFirst-tier Tribunal (Health, Education and Social Care Chamber)\nSpecial Educational Needs and Disability",
    ),
    (
        "p",
        "Appeal number: EH931/26/00412\nAppellant: Sarah Hodgson\nRespondent: Allendale County Council\nChild: Evie Hodgson",
    ),
    ("b", "DIRECTIONS (Registration)"),
    ("np", "1.", "The appeal is registered. It concerns Sections B and F of the EHC plan."),
    (
        "np",
        "2.",
        "The local authority must send its response and a Word version of the plan to the Tribunal and the appellant by 5pm on 28 July 2026.",
    ),
    (
        "np",
        "3.",
        "Both parties must send any further evidence by 1 September 2026 (the final evidence deadline).",
    ),
    (
        "np",
        "4.",
        "Both parties must send a completed case review form (SEND45) and the working document by 8 September 2026.",
    ),
    ("np", "5.", "The hearing will take place by video on 6 October 2026, time estimate 1 day."),
    (
        "sig",
        ["Tribunal Caseworker", "Under delegated powers of the Tribunal", "Dated 16 June 2026"],
    ),
]

ORDER_EML = """Hi Claire, is this good news? Do I need to do anything? Dan

---------- Forwarded message ---------
From: SEND Tribunal <send.tribunal@justice.example.org>
Date: Fri, 21 Aug 2026 at 16:05
Subject: EH935/26/00788 Order
To: <d.frost@example.org>
Cc: <legal@stourcolne.example.org>

Dear Parties,

EH935/26/00788  Frost v Stour and Colne District Council

Please find below an order made by a Judge today.

ORDER
Upon reading the local authority's request for an extension of time (SEND7, 20 August 2026):
1. The local authority's request is refused. The response was due on 14 August 2026 and no good reason is given.
2. If the local authority does not send its response by 5pm on 28 August 2026, it may be barred from further participation in these proceedings under rule 8(3).
3. The hearing date of 14 October 2026 is unchanged.

Judge R. Okonkwo
Dated 21 August 2026

Kind regards,
SEND Tribunal Case Officer
"""

DECISION = """First-tier Tribunal (Health, Education and Social Care Chamber)
Special Educational Needs and Disability

EH931/26/00412
SARAH HODGSON (Appellant) v ALLENDALE COUNTY COUNCIL (Respondent)

DECISION

Heard by video on 6 October 2026. Judge H. Ridley; Specialist Member Mrs A. Dunn.

1. The appeal is allowed.
2. The local authority shall amend Sections B and F of Evie's EHC plan as set out in the working document annexed to this decision, within 5 weeks of the date of this decision.

REASONS
3. We preferred the evidence of Ms Tait, occupational therapist, who assessed Evie in school and at home.
4. 'Access to occupational therapy as required' does not specify provision. We have quantified it as six sessions of 45 minutes each term delivered by an occupational therapist.
5. The local authority accepted at the hearing that Section B should describe Evie's sensory processing needs.

Judge H. Ridley
Date: 15 October 2026
"""

POSTPONE_EML = """Good afternoon,

Appeal ref EH938/26/00651 (Lugg Valley Council) - Bethan Price

A Tribunal Judge has considered the appellant's request dated 8 September 2026 to postpone the hearing because her key witness, Dr Sankey, is unavailable.

The Judge has directed that:
(a) the hearing on 23 September 2026 is postponed;
(b) the parties must send dates to avoid between 1 November 2026 and 31 January 2027 by 22 September 2026;
(c) all other directions stand.

This email is a direction of the Tribunal.

SEND Tribunal, 1st Floor, Darlington Magistrates' Court
"""

COLLEGE_OFFER = [
    ("org", "Colne Estuary College\nAdmissions and Learner Services"),
    ("p", "12 March 2026"),
    ("p", "Dear Jayden,"),
    ("b", "Your conditional offer for September 2026"),
    (
        "p",
        "Thank you for applying and for coming to interview on 5 March. We are pleased to offer you a place on Level 2 Motor Vehicle Maintenance, starting on 7 September 2026.",
    ),
    (
        "p",
        "This offer is conditional on you completing your Level 1 course. As you have an EHC plan, our High Needs Team has responded to the local authority's consultation and confirmed that we can meet your needs with the support described in Section F.",
    ),
    (
        "p",
        "Please accept your offer online by 10 April 2026. Enrolment days are in late August; we will write to you.",
    ),
    ("sig", ["Best wishes", "Admissions Team", "01632 960630"]),
]

ACK_LETTER = """Stour and Colne District Council
SEND Service

27 March 2026

Dear Mr Frost

Request for an Education, Health and Care needs assessment - Lucas Frost

Thank you for your request, which we received on 25 March 2026.

This letter is to acknowledge your request. We have not made a decision yet. Your request will be considered at the SEND panel and we will write to you with the panel's decision within six weeks of receiving it, by 6 May 2026.

We have written to Lucas's school asking for information about the support they provide.

If you have any questions please contact the duty officer on 01632 960502.

Yours sincerely

SEND Business Support
"""

SENCO_EML = """Hi Mrs Kerridge,

Thanks for coming in yesterday. As promised here are the notes from our chat.

- Amelia will start the Number Sense group after half term (Tuesdays and Thursdays, 20 mins, with Mrs Ling).
- I have asked the county for the dyscalculia screening report to be added to her file.
- The annual review paperwork is due back to the LA by 30 April - I'll send you a copy of what we submit.

Any questions just shout.

Rachel
Rachel Gooderham | SENCo | Framsden Primary School
"""

PARENT_TO_COUNCIL = """8 Chare Terrace
Hexley Burn

12 May 2026

SEND Team
Allendale County Council

Dear Sir or Madam

Evie Hodgson - final EHC plan issued 10 April 2026

I am writing because the final plan still says "access to occupational therapy as required", although at the draft stage I asked for the OT's recommendation of 6 sessions a term to be put in.

Please can you tell me whether you will agree to change this before I consider an appeal. I would also like a copy of all the advice you received, as the OT report is missing from Section K.

Yours faithfully

Sarah Hodgson
"""

SENDIASS_EML = """Hello,

I was given your email by the school. My son Ellis (Year 9) has an EHC plan from Lugg Valley Council and we have just had the proposed amendments after his review. I have copied the bits I am worried about below. Is this specific enough? The school says it is fine.

Section F
- A key adult check-in at the start of each day (10 minutes).
- A reduced timetable for up to six weeks, reviewed fortnightly by the SENCo.
- Access to a quiet space when anxious.

Section I
Leominster Priory High School (no change proposed)

He has not been in school for more than three days a week since February. I do not want the reduced timetable to go on and on.

Thank you,
Nicola Prosser
"""


DOCUMENTS: list[dict] = [
    {
        "name": "Mason - notice of assessment.docx",
        "kind": "decision_letter",
        "blocks": NOTICE_ASSESS,
    },
    {"name": "SCDC letter 6 May.pdf", "kind": "decision_letter", "blocks": REFUSE_ASSESS},
    {"name": "Sophie outcome letter.txt", "kind": "decision_letter", "text": REFUSE_ISSUE},
    {
        "name": "Amelia annual review decision.eml",
        "kind": "decision_letter",
        "text": NOT_AMEND_EML,
        "headers": headers(
            "Nadia Fiske <n.fiske@eastdeben.example.org>",
            "kerridge.family@example.org",
            "Amelia Kerridge - outcome of annual review",
            "Tue, 12 May 2026 15:40:02 +0100",
        ),
    },
    {
        "name": "Bethan cease letter scan.pdf",
        "kind": "decision_letter",
        "text": CEASE_SCAN,
        "ocr": True,
    },
    {
        "name": "Mediation certificate Evie.eml",
        "kind": "mediation_certificate",
        "text": MED_CERT_EML,
        "qp": True,
        "headers": headers(
            "North East Mediation Service <certificates@nems.example.org>",
            "Sarah Hodgson <shodgson@example.org>",
            "Your mediation certificate NEM/26/1093",
            "Thu, 4 Jun 2026 11:02:55 +0100",
        ),
    },
    {
        "name": "AMP certificate 19-06-26.pdf",
        "kind": "mediation_certificate",
        "blocks": MED_CERT_PDF,
    },
    {"name": "MM-2026-0412.txt", "kind": "mediation_certificate", "text": MED_CERT_TXT},
    {"name": "SEND35 Evie.pdf", "kind": "appeal_form", "blocks": SEND35},
    {"name": "send35a lucas final.txt", "kind": "appeal_form", "text": SEND35A_TXT},
    {
        "name": "Reasons for appeal - attachment.docx",
        "kind": "appeal_form",
        "blocks": REASONS_SHEET,
    },
    {
        "name": "EH931-26-00412 registration.pdf",
        "kind": "tribunal_direction",
        "blocks": REGISTRATION,
    },
    {
        "name": "FW Order EH935-26-00788.eml",
        "kind": "tribunal_direction",
        "text": ORDER_EML,
        "headers": headers(
            "Daniel Frost <d.frost@example.org>",
            "Claire Moss <claire@sendadvocacy-east.example.org>",
            "Fwd: EH935/26/00788 Order",
            "Fri, 21 Aug 2026 19:22:47 +0100",
        ),
    },
    {"name": "Tribunal decision Oct 2026.pdf", "kind": "tribunal_direction", "text": DECISION},
    {
        "name": "Re postponement request.eml",
        "kind": "tribunal_direction",
        "text": POSTPONE_EML,
        "html": True,
        "headers": headers(
            "SEND Tribunal <send.tribunal@justice.example.org>",
            "bethanprice99@example.org",
            "RE: EH938/26/00651 postponement request",
            "Wed, 9 Sep 2026 14:31:00 +0100",
        ),
    },
    {"name": "College offer letter.pdf", "kind": "correspondence", "blocks": COLLEGE_OFFER},
    {"name": "acknowledgement.txt", "kind": "correspondence", "text": ACK_LETTER},
    {
        "name": "Notes from our meeting.eml",
        "kind": "correspondence",
        "text": SENCO_EML,
        "headers": headers(
            "Rachel Gooderham <senco@framsden.example.org>",
            "kerridge.family@example.org",
            "Notes from our meeting",
            "Thu, 26 Mar 2026 17:12:40 +0000",
        ),
    },
    {"name": "letter to council re OT.docx", "kind": "correspondence", "text": PARENT_TO_COUNCIL},
    {
        "name": "Is this specific enough.eml",
        "kind": "correspondence",
        "text": SENDIASS_EML,
        "headers": headers(
            "Nicola Prosser <nprosser77@example.org>",
            "Marches SENDIASS <advice@marchessendiass.example.org>",
            "Is this specific enough?",
            "Mon, 1 Jun 2026 21:48:13 +0100",
        ),
    },
]
