# ruff: noqa: E501
"""Letters of set W: the councils' decisions (a refusal to assess with a summary box, a
refusal to issue forwarded inside an e-mail, a decision not to amend, a cessation notice
behind a fax header, a refusal to assess photographed); mediation certificates (a
service's certificate, one pasted in an adviser's e-mail, one scanned); appeal forms; the
tribunal's papers. All invented."""

from __future__ import annotations

from document_kinds_w.common import (
    DANE,
    DANE_SMALL,
    ORRIN,
    ORRIN_SMALL,
    TRIBUNAL,
    TRIBUNAL_SMALL,
    headers,
)

RIGHTS = "If you disagree with this decision you can appeal to the First-tier Tribunal (Special Educational Needs and Disability). You must appeal within two months of the date of this letter, or within one month of the date of a mediation certificate if that is later. Before you can appeal you must contact the mediation adviser, Saltways Mediation CIC (01632 960455), except where the appeal is only about the school or other institution named. Independent advice is available from Orrin and Dane SENDIASS on 01632 960460."

DOCUMENTS: list[dict] = [
    {
        "name": "Oskar - reply from council.pdf",
        "kind": "decision_letter",
        "format": "pdf",
        "blocks": [
            ("org", DANE),
            ("small", DANE_SMALL),
            ("p", "Mr Jonas Lindqvist\n8 Lion Salt Yard\nNantbury\nDV6 2PP"),
            (
                "kv",
                [
                    ("Our ref", "EHC/ASM/26/0219"),
                    ("Your ref", "Request dated 12 January 2026"),
                    ("Date", "6 March 2026"),
                    ("Please ask for", "Priya Halewood, 01632 960748"),
                ],
                [0.3, 0.7],
            ),
            (
                "b",
                "Request for an education, health and care needs assessment - Oskar Lindqvist (DOB 03/08/2015)",
            ),
            (
                "kv",
                [
                    (
                        "Summary",
                        "We will not carry out an EHC needs assessment. You can appeal against this decision (see page 2).",
                    )
                ],
                [0.3, 0.7],
            ),
            ("p", "Dear Mr Lindqvist,"),
            (
                "p",
                "Thank you for your request. The Dane Vale SEND Resource Panel considered it on 3 March 2026 together with the information from Wych Lane Primary School, the school's SEN support plans for the last three terms and the report of the Autism Outreach Team.",
            ),
            (
                "p",
                "Under section 36(8) of the Children and Families Act 2014 the local authority must secure an assessment if it is of the opinion that the child has or may have special educational needs and may need special educational provision to be made in accordance with an EHC plan. The panel agreed that Oskar has special educational needs, but considered that the school has not yet had time to put in place the strategies recommended by the Autism Outreach Team in January, and that his needs can currently be met from the resources normally available to mainstream schools.",
            ),
            (
                "p",
                "Having considered all the evidence, the local authority has decided not to carry out an EHC needs assessment at this time.",
            ),
            ("pb",),
            ("h", 2, "Your right to appeal"),
            ("p", RIGHTS),
            (
                "sig",
                [
                    "Yours sincerely",
                    "",
                    "Priya Halewood",
                    "EHC Coordinator, on behalf of the Director of Children's Services",
                ],
            ),
        ],
        "footer": "Dane Vale Borough Council - working for a stronger Vale",
    },
    {
        "name": "Fw_ outcome of panel.eml",
        "kind": "decision_letter",
        "format": "eml",
        "headers": headers(
            "Jonas Lindqvist <jonas.l@example.org>",
            "Orrin and Dane SENDIASS <sendiass@example.org>",
            "Fw: outcome of panel",
            "Tue, 30 Jun 2026 19:55:00 +0100",
        ),
        "text": "Hello,\n\nI spoke to someone on your helpline last week. Below is the letter we got after the assessment. Can you tell me whether I should appeal or go to mediation first? Oskar is really struggling.\n\nThanks, Jonas\n\n________________________________\nFrom: EHC Hub <ehchub@example.org>\nSent: 26 June 2026 14:11\nTo: Jonas Lindqvist\nSubject: Outcome of EHC needs assessment - Oskar Lindqvist\n\nDear Mr Lindqvist\n\nOur ref: EHC/ASM/26/0219\n\nFollowing the EHC needs assessment for Oskar, which we agreed to carry out after reconsidering our earlier decision, the SEND Resource Panel met on 23 June 2026 to decide whether an EHC plan is needed.\n\nThe panel has decided not to issue an EHC plan. The assessment found that Oskar's needs can be met through SEN support at Wych Lane Primary School with the advice now provided by the educational psychologist and the Autism Outreach Team. We will send you a summary of the advice and an SEN support plan template for the school to use.\n\nYou have the right to appeal this decision to the First-tier Tribunal (SEND) within two months of the date of this letter, or one month from the date of a mediation certificate, whichever is later. You must first contact Saltways Mediation CIC on 01632 960455.\n\nKind regards\nPriya Halewood\nEHC Coordinator\nDane Vale Borough Council",
    },
    {
        "name": "Maisie review letter.docx",
        "kind": "decision_letter",
        "format": "docx",
        "blocks": [
            ("org", ORRIN),
            ("small", ORRIN_SMALL),
            ("p", "Mr and Mrs Quayle\nGlen Cottage\nKilcraig\nOR4 9DF"),
            ("p", "14 April 2026"),
            ("title", "Notice of decision following annual review"),
            ("p", "Child: Maisie Quayle (11/05/2016)    Review meeting: 4 March 2026"),
            ("p", "Dear Mr and Mrs Quayle,"),
            (
                "p",
                "Under regulation 20(10) of the Special Educational Needs and Disability Regulations 2014 I am writing to tell you of the council's decision following Maisie's annual review.",
            ),
            (
                "p",
                "We proposed amendments to Maisie's plan on 20 March 2026 and have considered your comments of 2 April. The council has decided to maintain the plan with amendments to Section F (transition support) only. We have not agreed to your request to add direct speech and language therapy from a therapist each week, because the Orrin Speech and Language Therapy Service advises that a programme delivered by trained staff meets Maisie's needs. We have not agreed to name Ardmore House School in Section I.",
            ),
            (
                "p",
                "You can appeal to the First-tier Tribunal (SEND) about Sections B, F and I of the amended plan when it is issued. "
                + RIGHTS,
            ),
            ("sig", ["Yours sincerely", "Eilidh Corkill", "SEN Officer"]),
        ],
    },
    {
        "name": "doc20260702.pdf",
        "kind": "decision_letter",
        "format": "pdf",
        "ocr": True,
        "running": "Isle of Orrin Council",
        "text": "02/07/2026 11:48 FAX 01632960712 ORRIN CHILDRENS SVCS  P.01/03\n\n*** FAX COVER SHEET ***\nTo: Port Esk College, Student Services     Fax: 01632 960388\nFrom: SEN and Inclusion Team               Pages: 3 (including this page)\nMessage: Copy of decision letter for your information. Original sent to the young person by post.\n\nIsle of Orrin Council\nChildren's Services - SEN and Inclusion\n\nMr Callum Kinvig\nFlat 2, 7 Net Loft Lane\nPort Esk\nOR1 3JJ\n\n1 July 2026\n\nDear Callum\n\nNotice of decision to cease to maintain your education, health and care plan\n\nWe wrote to you on 22 May 2026 to tell you that we were thinking about ceasing to maintain your EHC plan because you have completed your course at Port Esk College and told us you have accepted a job with training at Harbour Boatworks. We asked for your views and met with you on 17 June 2026.\n\nThe council has now decided to cease to maintain your EHC plan under section 45 of the Children and Families Act 2014 from 31 August 2026. This is because you are no longer in education or training covered by the Act.\n\nYou can appeal to the First-tier Tribunal (SEND) against this decision. You must appeal within two months of the date of this letter. The plan will continue to be maintained until the appeal is decided. If you would like to talk about mediation, contact Saltways Mediation CIC on 01632 960455.\n\nYours sincerely\n\nEilidh Corkill\nSEN Officer\n",
    },
    {
        "name": "PXL_20260115_162208.pdf",
        "kind": "decision_letter",
        "format": "pdf",
        "ocr": 0.1,
        "text": "Isle of Orrin Council\nChildren's Services SEN and Inclusion\n\nMs Nuala Dunne\n3 Lifeboat Terrace, Sandwick OR3 2LH\n\n15 January 2026\n\nDear Ms Dunne\n\nRe: Saoirse Dunne, date of birth 09/11/2018\n\nYou asked us on 20 November 2025 to carry out an education, health and care needs assessment for Saoirse. The SEN Panel met on 13 January 2026.\n\nThe panel decided that an assessment is not necessary at this time. Saoirse is making progress with the support from Sandwick Infant School and the Orrin Speech and Language Therapy Service, and her needs can be met by the school's SEN support.\n\nWe know this will be disappointing. You can appeal against our decision to the First-tier Tribunal (Special Educational Needs and Disability). You must do this within two months of this letter or one month from the date of a mediation certificate, whichever is later. Please contact Saltways Mediation CIC on 01632 960455 first.\n\nYours sincerely\nEilidh Corkill\nSEN Officer\n",
    },
    # --- mediation certificates ------------------------------------------------------------
    {
        "name": "Saltways.pdf",
        "kind": "mediation_certificate",
        "format": "pdf",
        "blocks": [
            ("org", "Saltways Mediation CIC"),
            (
                "small",
                "Independent SEND Disagreement Resolution and Mediation | 4 Weaver Court, Salterwich DV4 1AZ | 01632 960455 | info@example.org",
            ),
            ("title", "Mediation Certificate"),
            (
                "p",
                "Issued under section 55(5) of the Children and Families Act 2014 and regulation 35 of the Special Educational Needs and Disability Regulations 2014",
            ),
            (
                "kv",
                [
                    ("Parent", "Mr Jonas Lindqvist"),
                    ("Child", "Oskar Lindqvist (03/08/2015)"),
                    ("Local authority", "Dane Vale Borough Council"),
                    ("Decision", "Refusal to issue an EHC plan, 26 June 2026"),
                    ("Date parent contacted mediation adviser", "7 July 2026"),
                ],
                [0.35, 0.65],
            ),
            (
                "p",
                "I confirm that the parent named above contacted the mediation adviser about the matter above and has received information about mediation. The parent has informed us that they do not wish to pursue mediation.",
            ),
            (
                "p",
                "This certificate allows the parent to make an appeal to the First-tier Tribunal (SEND). The appeal must be made within one month of the date of this certificate or two months of the date of the decision, whichever is later.",
            ),
            (
                "kv",
                [("Certificate number", "SWM/26/0733"), ("Date of issue", "8 July 2026")],
                [0.35, 0.65],
            ),
            ("sig", ["Hannah Rigby", "Mediation Adviser"]),
        ],
    },
    {
        "name": "FW_ certificate - please keep.eml",
        "kind": "mediation_certificate",
        "format": "eml",
        "html": True,
        "headers": headers(
            "Annie Kinrade <annie.kinrade@example.org>",
            "Nuala Dunne <nuala.dunne@example.org>",
            "FW: certificate - please keep",
            "Thu, 12 Feb 2026 10:21:44 +0000",
        ),
        "text": "Dear Nuala,\n\nAs promised, here is the certificate from the mediation service, copied below because their attachment didn't come through. Keep it with your appeal papers - the tribunal will ask for the certificate number.\n\nBest wishes,\nAnnie Kinrade\nCaseworker, Orrin and Dane SENDIASS\n\nFrom: Saltways Mediation CIC <info@example.org>\nSent: 11 February 2026 16:30\nSubject: Mediation certificate SWM/26/0112\n\nMEDIATION CERTIFICATE\nCertificate number: SWM/26/0112\nParent: Ms Nuala Dunne\nChild: Saoirse Dunne\nLocal authority: Isle of Orrin Council\nDecision: refusal to carry out an EHC needs assessment (15 January 2026)\n\nMediation took place on 10 February 2026 by video call. Agreement was not reached on all issues. This certificate confirms that mediation has taken place and that the parent may register an appeal with the First-tier Tribunal (SEND).\n\nSigned: Hannah Rigby, Mediator\nDate of issue: 11 February 2026",
    },
    {
        "name": "Scan_2026-07-09.pdf",
        "kind": "mediation_certificate",
        "format": "pdf",
        "ocr": True,
        "text": "Harbourlight Mediation\nFamily and SEND mediation for the Isle of Orrin\nThe Old Customs House, Port Esk OR1 1AA   01632 960466\n\nCERTIFICATE UNDER SECTION 55(5) CHILDREN AND FAMILIES ACT 2014\n\nThis is to certify that Callum Kinvig (young person) contacted the mediation adviser on 8 July 2026 in relation to the decision of the Isle of Orrin Council dated 1 July 2026 to cease to maintain his EHC plan.\n\nInformation about mediation was given. The young person has decided not to go to mediation.\n\nCertificate ref: HLM-0419   Issued: 9 July 2026\nSigned: R. Skillicorn, Mediation Adviser\n",
    },
    # --- appeal forms -----------------------------------------------------------------------
    {
        "name": "Oskar tribunal bits.docx",
        "kind": "appeal_form",
        "format": "docx",
        "blocks": [
            ("title", "SEND35 - Notice of appeal against a local authority decision"),
            ("h", 2, "Section 1 - About the child or young person"),
            ("field", "Full name", "Oskar Lindqvist"),
            ("field", "Date of birth", "03/08/2015"),
            ("h", 2, "Section 2 - About you (the appellant)"),
            ("field", "Name and address", "Jonas Lindqvist, 8 Lion Salt Yard, Nantbury DV6 2PP"),
            ("field", "Telephone / e-mail", "07700 900412 / jonas.l@example.org"),
            ("h", 2, "Section 3 - The local authority and the decision"),
            ("field", "Local authority", "Dane Vale Borough Council"),
            ("field", "Date of the decision letter", "26 June 2026"),
            (
                "field",
                "What are you appealing against?",
                "Refusal to issue an EHC plan after assessment",
            ),
            ("h", 2, "Section 4 - Mediation"),
            ("field", "Mediation certificate number and date", "SWM/26/0733, 8 July 2026"),
            ("h", 2, "Section 5 - Reasons for appeal"),
            (
                "p",
                "1. The educational psychologist's advice (May 2026) identifies needs in communication, sensory processing and anxiety that the school cannot meet from its own resources; the school has spent over £6,000 of its notional budget this year.",
            ),
            (
                "p",
                "2. Oskar has been on a reduced timetable since February 2026 and has attended 61% of sessions.",
            ),
            (
                "p",
                "3. The LA has not explained how SEN support will secure the specialist teaching and occupational therapy the reports recommend.",
            ),
            ("h", 2, "Section 6 - Declaration"),
            (
                "p",
                "I confirm that the information in this form is true. Signed: J Lindqvist   Date: 20 July 2026",
            ),
        ],
    },
    {
        "name": "Gmail - Your appeal.eml",
        "kind": "appeal_form",
        "format": "eml",
        "qp": True,
        "headers": headers(
            "SEND Tribunal online <noreply@example.org>",
            "nuala.dunne@example.org",
            "Appeal submitted - copy of your answers",
            "Fri, 6 Mar 2026 22:47:03 +0000",
        ),
        "text": "Thank you. Your appeal to the First-tier Tribunal (Special Educational Needs and Disability) has been submitted.\n\nSubmission reference: SA-2026-118-473\n\nA copy of your answers is below. We will write to you within 10 working days to say whether your appeal has been registered.\n\nYOUR APPEAL\nType of appeal: Refusal to assess\nChild: Saoirse Dunne, born 9 November 2018\nLocal authority: Isle of Orrin Council\nDate of decision: 15 January 2026\nMediation certificate: SWM/26/0112 issued 11 February 2026\n\nWhy are you appealing?\nSaoirse has severe speech sound disorder and is not understood by adults outside the family. The school's own SENCo supported my request. The council did not consider the report of the NHS speech and language therapist dated December 2025, which says she needs more therapy than the NHS can provide.\n\nWhat do you want the tribunal to order?\nThat the council carries out an EHC needs assessment.\n\nHearing: I would like a hearing. I do not need an interpreter.\n\nRepresentative: Orrin and Dane SENDIASS (Annie Kinrade)\n\nDeclaration: I believe the facts stated in this appeal are true. Nuala Dunne",
    },
    {
        "name": "Callum appeal reasons.pdf",
        "kind": "appeal_form",
        "format": "pdf",
        "blocks": [
            ("title", "Appeal to the First-tier Tribunal (SEND): attachment to form SEND35"),
            (
                "p",
                "Young person: Callum Kinvig (DOB 14/03/2006)   Local authority: Isle of Orrin Council   Decision: to cease to maintain EHC plan, 1 July 2026",
            ),
            ("h", 2, "Reasons for my appeal"),
            (
                "num",
                [
                    "The job with training at Harbour Boatworks includes a Level 2 apprenticeship with 20% off-the-job training at Port Esk College. This is education or training, so the council is wrong to say I am no longer in education.",
                    "I still need the support in Section F to complete the English and maths parts of the apprenticeship. My college tutor's letter (attached) says I would not pass without it.",
                    "I have not achieved the outcomes in Section E, especially travelling to new places on my own.",
                ],
            ),
            (
                "p",
                "I would like the tribunal to order the council to keep maintaining my EHC plan.",
            ),
            ("p", "Signed: Callum Kinvig   21 July 2026"),
        ],
    },
    # --- tribunal --------------------------------------------------------------------------------
    {
        "name": "Tribunal letter Oskar.pdf",
        "kind": "tribunal_direction",
        "format": "pdf",
        "blocks": [
            ("org", TRIBUNAL),
            ("small", TRIBUNAL_SMALL),
            (
                "p",
                "Appeal number: EH839/26/00412\nAppellant: Mr J Lindqvist   Child: Oskar Lindqvist   Respondent: Dane Vale Borough Council",
            ),
            ("title", "Notice of registration and directions"),
            (
                "p",
                "The Tribunal has registered this appeal against the refusal to issue an EHC plan. The Tribunal directs as follows:",
            ),
            (
                "num",
                [
                    "The local authority must send its response to the appeal to the Tribunal and the appellant by 14 September 2026.",
                    "Both parties must send any further evidence on which they rely by 5 October 2026. Evidence sent later may not be admitted without the Tribunal's permission.",
                    "The appellant must send the attendance form by 5 October 2026.",
                    "The appeal will be heard by video on 9 November 2026 at 10:00. One day has been allocated.",
                ],
            ),
            (
                "p",
                "If a party fails to comply with these directions the Tribunal may strike out the appeal or bar the local authority from taking further part.",
            ),
            ("sig", ["Tribunal Caseworker", "By order of the Tribunal", "27 July 2026"]),
        ],
    },
    {
        "name": "RE_ EH839_26_00412 - request to extend.eml",
        "kind": "tribunal_direction",
        "format": "eml",
        "headers": headers(
            "SEND Tribunal <send.tribunal@example.org>",
            "jonas.l@example.org",
            "RE: EH839/26/00412 - request to extend",
            "Mon, 21 Sep 2026 12:03:55 +0100",
            "legal.send@example.org",
        ),
        "text": "Appeal number: EH839/26/00412\nLindqvist v Dane Vale Borough Council\n\nDIRECTION\n\nThe local authority applied on 11 September 2026 for an extension of time to file its response because its educational psychologist is on leave. The appellant objects.\n\n1. The local authority's application is granted in part. The local authority must file its response by 24 September 2026.\n2. No further extension will be granted.\n3. The hearing date of 9 November 2026 is unaffected.\n\nJudge P. Okafor\nFirst-tier Tribunal (Health, Education and Social Care Chamber)\n21 September 2026\n\nPlease quote the appeal number in all correspondence.",
    },
    {
        "name": "Saoirse hearing.txt",
        "kind": "tribunal_direction",
        "format": "txt",
        "text": "FIRST-TIER TRIBUNAL (SPECIAL EDUCATIONAL NEEDS AND DISABILITY)\nAppeal: EH902/26/00077    Ms N Dunne v Isle of Orrin Council\n\nCASE MANAGEMENT ORDER\n\nUpon reading the local authority's letter of 20 April 2026 stating that it now agrees to carry out an EHC needs assessment, and the appellant's reply:\n\nIT IS ORDERED THAT\n1. The local authority shall confirm in writing by 1 May 2026 that the assessment has begun.\n2. The appeal is stayed until 15 May 2026, when the appellant must tell the Tribunal whether she withdraws the appeal.\n3. If the appellant does not reply, the appeal will be treated as withdrawn.\n\nTribunal Judge Hearne\nDate: 24 April 2026\n",
    },
    {
        "name": "scan0007.pdf",
        "kind": "tribunal_direction",
        "format": "pdf",
        "ocr": True,
        "running": "EH902/26/00140",
        "text": "SCANNED BY PORT ESK LIBRARY COPIER  09/06/2026 14:12  1 of 2\n\nHM Courts & Tribunals Service\nFirst-tier Tribunal (Special Educational Needs and Disability)\n\nAppeal: EH902/26/00140   Quayle v Isle of Orrin Council\n\nDIRECTIONS FOLLOWING A TELEPHONE CASE MANAGEMENT HEARING ON 8 JUNE 2026\n\n1. The issues are Sections B, F and I of the EHC plan dated 28 April 2026.\n2. The parties must agree a working document setting out each party's wording of Sections B, F and I and file it by 3 August 2026.\n3. The appellants have permission to rely on the report of the independent speech and language therapist, Ms Ruth Kewley, to be filed by 20 July 2026.\n4. The local authority must file a costed proposal for the placement named by the appellants by 20 July 2026.\n5. The hearing listed on 8 September 2026 will be in person at the Port Esk Tribunal Centre.\n\nTribunal Judge A. Mahmood\n",
    },
]
