# ruff: noqa: E501
"""Letters of set U: councils' decisions (a letter with a tear-off reply slip, a summary-box
letter, a memo-style refusal to reassess, a decision to cease scanned with a mailroom cover
sheet, a refusal to amend by e-mail); mediation certificates (a tidal-bay service, a
three-counties CIC on a fax, a certificate pasted into an e-mail, one for health only);
appeal forms; tribunal directions; and correspondence from bodies other than the council
(a school's governors, a mediation service arranging a date, DWP, the ferry company's
assisted travel, an NHS trust's appointment letter). All invented."""

from __future__ import annotations

from document_kinds_u.common import BAY, BAY_SMALL, WOLDS, WOLDS_SMALL, headers

# --- decision letters -----------------------------------------------------------------------

REPLY_SLIP_REFUSAL = [
    ("org", BAY),
    ("small", BAY_SMALL),
    ("p", "Mr and Mrs Holt\n7 Shrimpers Terrace\nHestholme\nLB6 3PT"),
    ("p", "Ref: LBC/SEN/ASM/26-0331\n28 May 2026"),
    ("p", "Dear Mr and Mrs Holt,"),
    ("b", "Re: Sunniva Holt (DOB 02/08/2019) - request for an EHC needs assessment"),
    (
        "p",
        "Thank you for your request dated 10 April 2026. The Lunesmouth Assessment and Resource Panel considered the request on 21 May 2026 together with the evidence from Lighthouse Lane Infant School and the community paediatrician.",
    ),
    (
        "p",
        "I am writing to let you know that the local authority has decided not to carry out an education, health and care needs assessment. The panel was not satisfied that Sunniva may require special educational provision to be made in accordance with an EHC plan. The school has identified Sunniva's needs and is meeting them through SEN support, including a daily speech and language programme, and the panel would expect to see a further cycle of assess, plan, do and review.",
    ),
    (
        "p",
        "You have the right to appeal against this decision to the First-tier Tribunal (Special Educational Needs and Disability). An appeal must be made within two months of the date of this letter or within one month of the date of a mediation certificate, whichever is later. Before you can appeal you must contact a mediation adviser: Tidewater Mediation, 01632 960377. Lunesmouth SENDIASS can advise you free of charge on 01632 960379.",
    ),
    ("sig", ["Yours sincerely", "", "Martin Ashworth", "Team Manager, SEND Statutory Team"]),
    (
        "p",
        "- - - - - - - - - - - - - - - - - - - - - - tear off here - - - - - - - - - - - - - - - - - - - - - -",
    ),
    ("b", "REPLY SLIP - please return in the envelope provided"),
    (
        "p",
        "I / we would like a meeting with the SEND Statutory Team to discuss this decision:  YES / NO",
    ),
    ("p", "Best telephone number: ______________________   Signed: ______________________"),
]

SUMMARY_BOX_ISSUE = [
    ("org", WOLDS),
    ("small", WOLDS_SMALL),
    ("p", "Mrs Hattie Ogundipe\nThe Old Forge, Windrush Lane\nBourton Magna\nGL9 6TR"),
    ("p", "Our reference WW/EHCNA/1140   Date 6 March 2026"),
    (
        "kv",
        [
            (
                "In short",
                "We have finished assessing Tobi. We will not be writing an EHC plan. You can appeal by 6 May 2026.",
            )
        ],
        [0.2, 0.8],
    ),
    ("p", "Dear Mrs Ogundipe,"),
    (
        "p",
        "We have now completed the education, health and care needs assessment for Tobi Ogundipe, which we agreed to carry out on 1 October 2025. The Moderation Group considered the advice from the educational psychologist, the school, the speech and language therapist and yourself on 3 March 2026.",
    ),
    (
        "p",
        "Having considered all of the information, Windrush Wolds County Council has decided that it is not necessary to issue an EHC plan for Tobi under section 36(9) of the Children and Families Act 2014. We consider that the provision Tobi needs can be made from the resources normally available to mainstream schools, and we will send the school a SEN support summary drawn from the advice.",
    ),
    (
        "p",
        "If you disagree, you may appeal to the First-tier Tribunal (SEND). You must first contact Three Counties Resolution CIC (01632 960394) about mediation, unless your appeal is only about the school named. Your appeal must be received within two months of the date of this letter, or one month from the date of any mediation certificate, if later.",
    ),
    ("sig", ["Yours sincerely", "", "Philippa Gorringe", "EHC Coordinator"]),
]

MEMO_REASSESS = """ISLE OF WRENHOLM COUNCIL
MEMORANDUM / NOTICE OF DECISION

To:        Mr Yusuf Dar (father)  -  by post and e-mail
From:      SEND Casework, Quay House, Port Eddery
Date:      30 April 2026
Our ref:   WH/EHC/0388/RA
Subject:   Request for a re-assessment - Adam Dar (born 11/01/2011)

1. You asked on 2 March 2026 for Adam's education, health and care needs to be re-assessed because he has been out of school since January.
2. The SEND Panel met on 24 April 2026. It has decided NOT to carry out a re-assessment under section 44(2) of the Children and Families Act 2014 and regulation 11 of the SEND Regulations 2014, because a re-assessment was carried out less than six months ago and Adam's annual review is due in June 2026, when his plan can be amended.
3. The council will instead bring forward Adam's annual review to 20 May 2026 and ask the Island Educational Psychology Service to see Adam at home.
4. You have a right of appeal to the First-tier Tribunal (SEND) against this decision. You must contact Tidewater Mediation on 01632 960377 before appealing; the time limit is two months from the date of this notice or one month from a mediation certificate, whichever is later.

Signed: D. Carew, Senior Casework Officer
"""

CEASE_SCAN = """ISLE OF WRENHOLM COUNCIL - MAILROOM
INCOMING / OUTGOING DOCUMENT COVER SHEET
Scanned by: T.B.   Date scanned: 12/06/2026   Batch 0412
Document type (as indexed): General letter
Pages: 3

Quay House, Harbour Road, Port Eddery WH1 2QA

Miss Maisie Quayle
Flat 2, 19 Ferry Approach
Caulbury WH3 8BN

11 June 2026
Our reference: WH/EHC/0207/CEASE

Dear Maisie,

Your Education, Health and Care Plan

We wrote to you on 8 April 2026 to tell you that we were thinking of stopping your EHC plan, because you have left Wrenholm College and told us you are now working full time at the boatyard. We asked for your views and those of the college.

We have now decided to cease to maintain your EHC plan under section 45 of the Children and Families Act 2014. The plan will stop on 11 July 2026. We have decided that you no longer need the special educational provision in your plan, because you are in paid employment and not in education or training.

If you disagree with this decision you can appeal to the First-tier Tribunal (SEND). Your plan will stay in place until any appeal is decided. You must contact Tidewater Mediation (01632 960377) before you appeal, and you must appeal within two months of the date of this letter.

Yours sincerely
Donal Carew
Senior Casework Officer
"""

REFUSE_AMEND_EML = """Dear Mr Whitcombe,

Annual review of Arlo Whitcombe's EHC plan - outcome

Following the annual review meeting held at Coln Brook School on 18 March 2026, the local authority has considered the review report and the recommendations.

The local authority has decided to maintain Arlo's EHC plan without amendment (Regulation 20(10)(a), SEND Regulations 2014). We do not agree that the additional speech and language therapy recommended at the meeting is necessary, as the school's current programme is meeting Arlo's needs and he is making progress towards his outcomes.

You have the right to appeal this decision to the First-tier Tribunal (SEND) within two months of the date of this e-mail, or one month from the date of a mediation certificate if later. Information about mediation is available from Three Counties Resolution CIC on 01632 960394.

Kind regards

Philippa Gorringe
EHC Coordinator, Inclusion and SEND Service
Windrush Wolds County Council

This e-mail and any attachments are confidential and intended only for the addressee. If you have received it in error, please notify the sender and delete it. Windrush Wolds County Council may monitor e-mail traffic.
"""

# --- mediation certificates ---------------------------------------------------------------

TIDEWATER_CERT = [
    ("org", "Tidewater Mediation"),
    (
        "small",
        "Independent SEND mediation for the north-west coast  |  Unit 4, Dockside Studios, Lunesmouth LB2 7DX  |  01632 960377",
    ),
    ("title", "Mediation certificate"),
    (
        "p",
        "Issued under section 55 of the Children and Families Act 2014 and regulation 39 of the SEND Regulations 2014",
    ),
    (
        "kv",
        [
            ("Parent", "Mrs Elin Holt"),
            ("Child", "Sunniva Holt, born 02/08/2019"),
            ("Local authority", "Lunesmouth Borough Council"),
            ("Decision", "Refusal to carry out an EHC needs assessment, 28 May 2026"),
            ("Date of contact", "3 June 2026"),
        ],
    ),
    (
        "p",
        "This is to certify that the parent named above contacted Tidewater Mediation and received information about mediation. The parent has informed us that she does not wish to pursue mediation.",
    ),
    (
        "p",
        "The parent may now appeal to the First-tier Tribunal (SEND). This certificate must be sent with the appeal form.",
    ),
    (
        "sig",
        [
            "Certificate number TM-26-1183",
            "Date of issue: 4 June 2026",
            "Signed: Bethan Lowther, Mediation Adviser",
        ],
    ),
]

TCR_FAX_CERT = """FAX  FAX  FAX
From: Three Counties Resolution CIC  01632 960394      To: Mrs H Ogundipe
Date: 02 APR 2026 15:10       Page 1 of 2

THREE COUNTIES RESOLUTION CIC
Mediation and disagreement resolution for families in the Wolds, the Vale and the Marches

CERTIFICATE OF MEDIATION
(Section 55(5) Children and Families Act 2014)

Child/young person: Tobi Ogundipe
Local authority: Windrush Wolds County Council
Mediation held: 30 March 2026 at Stowcombe Library, attended by Mrs Ogundipe and Mr Lewin (EHC Team Leader)

We certify that mediation has taken place. The parties did not reach agreement on the issue of whether an EHC plan should be issued.

Certificate issued: 1 April 2026
Mediator: Rosalind Fenwick-Hale
"""

CERT_IN_EML = """Hello Mr Dar,

As promised on the phone, here is your certificate pasted below (the PDF would not attach from our system today - I will post a paper copy too).

Best wishes
Karin

-----------------------------------------------------------
TIDEWATER MEDIATION
MEDIATION CERTIFICATE - Ref TM-26-0974
Parent: Mr Yusuf Dar
Young person: Adam Dar (15)
Local authority: Isle of Wrenholm Council
Decision in question: refusal to re-assess, notice dated 30 April 2026
The parent contacted the mediation adviser on 6 May 2026 and was given information about mediation. He has decided not to go to mediation.
The parent can now appeal to the First-tier Tribunal (SEND).
Date of issue: 7 May 2026
-----------------------------------------------------------

Karin Solberg | Mediation Adviser | Tidewater Mediation | 01632 960377
"""

HEALTH_CERT = [
    ("org", "Three Counties Resolution CIC"),
    ("small", "Room 12, The Wool Exchange, Stowcombe GL9 1AX  |  01632 960394"),
    ("title", "Mediation Certificate - health and social care elements"),
    ("p", "Certificate number: 3CR/2026/077    Date: 22 May 2026"),
    (
        "p",
        "This certifies that mediation took place on 20 May 2026 between Mrs Hattie Ogundipe and Windrush Wolds Integrated Care Board about the health provision in Section G of the EHC plan of Tobi Ogundipe. Agreement was reached on the frequency of physiotherapy review but not on the provision of hydrotherapy. The parent may make a request to the Tribunal for a recommendation on the health elements under the extended appeal powers.",
    ),
    ("sig", ["Rosalind Fenwick-Hale", "Accredited SEND mediator"]),
]

# --- appeal forms -----------------------------------------------------------------------

SEND35 = """SEND35 - Notice of appeal
First-tier Tribunal (Special Educational Needs and Disability)

Section 1 - About the child or young person
Surname: Holt   First name(s): Sunniva   Date of birth: 02/08/2019
Current school: Lighthouse Lane Infant School

Section 2 - About you (the appellant)
Name: Elin Holt   Relationship: mother
Address: 7 Shrimpers Terrace, Hestholme LB6 3PT   Telephone: 07700 900412
Email: elin.holt@example.org

Section 3 - Local authority
Lunesmouth Borough Council

Section 4 - What are you appealing against?
[X] Refusal to carry out an EHC needs assessment   Date of decision letter: 28/05/2026

Section 5 - Mediation
Mediation certificate attached: YES   Date of certificate: 04/06/2026

Section 6 - Reasons for appeal
Sunniva has very little speech at nearly seven. The school's own SENCo says they cannot meet her needs from their budget. The paediatrician has referred her for an autism assessment. The council did not ask for any advice from a speech and language therapist.

Section 8 - Declaration
I confirm that the information I have given is true.  Signed: E. Holt   Date: 12/06/2026
"""

APPEAL_REASONS = [
    ("title", "Appeal of Tobi Ogundipe - Windrush Wolds County Council"),
    ("b", "Attachment to SEND35: the appellant's reasons for appeal"),
    (
        "np",
        "1.",
        "The local authority refused to issue an EHC plan on 6 March 2026 after assessing Tobi. I appeal against that refusal.",
    ),
    (
        "np",
        "2.",
        "The educational psychologist's advice (January 2026) recommends a structured language programme delivered daily by a trained adult and direct speech and language therapy. The school has told me in writing that this cannot be provided from its notional SEN budget.",
    ),
    (
        "np",
        "3.",
        "Tobi has made no measurable progress in reading in 18 months of SEN support (see the school's provision map, Appendix 3).",
    ),
    ("np", "4.", "I ask the Tribunal to order the local authority to issue an EHC plan."),
    ("sig", ["Hattie Ogundipe", "9 April 2026"]),
]

ONLINE_APPEAL_EML = """Thank you - your appeal has been sent

Reference: SEND-ONL-2026-44871
Submitted: 28 May 2026 21:17

A copy of your answers is below. The tribunal will contact you within 10 working days.

Appeal type: Against the contents of an EHC plan (Sections B, F and I)
Local authority: Isle of Wrenholm Council
Date of the final plan: 14 April 2026
Child: Ellis Penhallow, born 09/06/2018
Mediation certificate: uploaded (Tidewater Mediation, 21 May 2026)
Your reasons (Section B): the plan does not describe Ellis's sleep problems or his difficulties with eating.
Your reasons (Section F): speech and language therapy is not quantified; "a termly visit" is not therapy.
Your reasons (Section I): we want Nab End Primary with a specialist resource place on the mainland two days a week.
Declaration: I confirm the information is true. - Tamsin Penhallow

HM Courts and Tribunals Service - SEND appeals online
"""

# --- tribunal directions ---------------------------------------------------------------

REG_DIRECTIONS = [
    ("org", "First-tier Tribunal (Health, Education and Social Care Chamber)"),
    (
        "small",
        "Special Educational Needs and Disability  |  send.tribunal@example.org  |  01632 960500",
    ),
    ("title", "Registration of appeal and directions"),
    (
        "kv",
        [
            ("Appeal number", "EH870/26/00412"),
            ("Child", "Sunniva Holt"),
            ("Appellant", "Mrs Elin Holt"),
            ("Respondent", "Lunesmouth Borough Council"),
        ],
    ),
    (
        "p",
        "The appeal has been registered. The following directions are made under rule 6 of the Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008.",
    ),
    (
        "np",
        "1.",
        "The local authority must send its response to the Tribunal and the appellant by 24 July 2026.",
    ),
    ("np", "2.", "Any further evidence from either party must be sent by 7 August 2026."),
    (
        "np",
        "3.",
        "The appeal will be decided on the papers unless either party asks for a hearing by 7 August 2026.",
    ),
    ("sig", ["Registrar", "Date: 19 June 2026"]),
]

CMH_ORDER = """IN THE FIRST-TIER TRIBUNAL (SPECIAL EDUCATIONAL NEEDS AND DISABILITY)
Appeal: EH913/26/00177
Between: TAMSIN PENHALLOW (Appellant) and ISLE OF WRENHOLM COUNCIL (Respondent)

CASE MANAGEMENT ORDER following a telephone hearing on 16 July 2026
Before: Tribunal Judge M. Arkwright

UPON hearing the appellant in person and Ms Corran for the respondent, IT IS ORDERED:
1. The hearing listed for 2 September 2026 will proceed by video.
2. The respondent shall by 5 August 2026 file its consultation response from the mainland resource base.
3. The parties shall agree a working document of Sections B, F and I and the appellant shall file it by 19 August 2026.
4. The appellant's application to rely on the report of an independent speech and language therapist is granted; the report to be filed by 12 August 2026.
5. Liberty to apply.

Reasons: the island's ferry timetable makes attendance at an in-person hearing disproportionate.
Judge M. Arkwright, 16 July 2026
"""

BARRING_WARNING_EML = """Dear Sir or Madam,

Appeal EH870/26/00412 - Sunniva Holt

The Tribunal has not received the local authority's response, which was due on 24 July 2026. A Tribunal Judge has directed that:

1. The local authority must send its response by 4pm on 31 July 2026.
2. If it does not, it may be barred from taking further part in the proceedings under rule 8 of the Tribunal Procedure Rules 2008.

This direction has been copied to the appellant.

SEND Tribunal - Case Management Team
Please quote the appeal number in all correspondence.
"""

DIRECTIONS_SCAN = """First-tier Tribunal
Special Educational Needs and Disability

Appeal number: EH902/26/00055
Young person: Adam Dar
Local authority: Isle of Wrenholm Council

DIRECTIONS

The Tribunal has considered the appellant's request of 2 July 2026 to postpone the hearing.

1. The request is refused. The hearing on 20 August 2026 remains listed.
2. The local authority must send the updated attendance records to the Tribunal by 6 August 2026.
3. The appellant may file a short statement from Adam about his views by the same date.

Tribunal Judge R. Osei-Bonsu    Dated: 9 July 2026
"""

# --- correspondence ---------------------------------------------------------------------

GOVERNORS = [
    ("org", "Sandgarth Academy - Board of Governors"),
    ("small", "c/o The Clerk to Governors, Sandgarth Academy, Shore Road, Sandgarth LB7 2HN"),
    ("p", "Private and confidential\nMr and Mrs Saltmarsh\n22 Cockle Row\nSandgarth LB7 4EE"),
    ("p", "15 July 2026"),
    ("p", "Dear Mr and Mrs Saltmarsh,"),
    ("b", "Complaint - stage 3 panel outcome"),
    (
        "p",
        "The governors' complaints panel met on 9 July 2026 to consider your complaint about the support given to Ruby during her transition visits and the school's communication with you. The panel heard from you, from the headteacher and from the SENCo.",
    ),
    (
        "p",
        "The panel partly upholds your complaint. We find that the school did not pass on the information in Ruby's EHC plan to all of her teachers before her visits and that your e-mails of 4 and 11 June were not answered within the school's timescale. We do not uphold the complaint about the timetable for the visits.",
    ),
    (
        "p",
        "The panel has asked the headteacher to arrange a meeting with you and the SENCo before the start of term. This is the final stage of the school's complaints procedure. If you remain dissatisfied you may contact the Department for Education.",
    ),
    ("sig", ["Yours sincerely", "", "Canon Judith Raikes", "Chair of the Complaints Panel"]),
]

MEDIATION_ARRANGE_EML = """Dear Mrs Ogundipe,

Thank you for agreeing to mediation. I can confirm the arrangements:

Date: Monday 30 March 2026, 10.00 am to 1.00 pm
Venue: Stowcombe Library, meeting room 2 (step-free access)
Attending for the council: Mr Graham Lewin, EHC Team Leader

Please bring any reports you would like to refer to. If you would like a supporter to come with you, please let me know their name.

I will issue your certificate after the meeting.

Kind regards
Rosalind Fenwick-Hale
Three Counties Resolution CIC | 01632 960394
"""

FERRY_EML = """Dear Ms Penhallow,

Thank you for your call. We have added an assisted travel note to your account for Ellis's appointments at Southcliff Hospital. On crossings booked through our assisted travel line you can board first and use the quiet lounge on the upper deck. Please show this e-mail and Ellis's hospital letter at the check-in desk.

Your bookings:
- 23 June 2026, 07:40 Port Eddery to Westholm, return 15:10
- 14 July 2026, 07:40 Port Eddery to Westholm, return 13:10

Kind regards
Assisted Travel Team
Wrenholm Island Ferries Ltd
"""

COUNCIL_ACK = """Lunesmouth Borough Council
SEND Statutory Team

Dear Mrs Holt

Thank you for your e-mail of 12 June 2026 about the timescales for Sunniva's case. I have passed your concerns to the Team Manager, Mr Ashworth, who will reply within 10 working days. In the meantime, please be assured that the school has been asked to share its latest provision map with us.

Regards
Gail Threlfall, Case Officer
"""

NHS_APPT = [
    ("org", "Lunesmouth and Fellside Hospitals NHS Foundation Trust"),
    (
        "small",
        "Children's Outpatients, Royal Bay Infirmary, Lunesmouth LB1 9RH  |  Appointments 01632 960410",
    ),
    ("p", "Parent/Carer of Sunniva Holt\n7 Shrimpers Terrace\nHestholme LB6 3PT"),
    (
        "kv",
        [
            ("NHS number", "999 530 2218"),
            ("Hospital number", "RBI4471203"),
            ("Clinic", "Community Paediatrics - Dr Okafor"),
            ("Date and time", "Thursday 17 September 2026 at 14:20"),
        ],
    ),
    ("p", "Dear Parent/Carer,"),
    (
        "p",
        "An appointment has been made for Sunniva as shown above. Please arrive 15 minutes early and bring a list of any medicines. If you cannot attend, please telephone the appointments line so that the slot can be offered to another child.",
    ),
    (
        "p",
        "Our clinics are busy and you may wait up to an hour. Parking at the infirmary is limited.",
    ),
    ("sig", ["Outpatient Booking Centre"]),
]

DOCUMENTS: list[dict] = [
    # decision letters
    {
        "name": "Sunniva letter from council.pdf",
        "kind": "decision_letter",
        "blocks": REPLY_SLIP_REFUSAL,
    },
    {
        "name": "Tobi assessment outcome.docx",
        "kind": "decision_letter",
        "blocks": SUMMARY_BOX_ISSUE,
        "sans": True,
    },
    {"name": "Adam reassessment.txt", "kind": "decision_letter", "text": MEMO_REASSESS},
    {
        "name": "Maisie post.pdf",
        "kind": "decision_letter",
        "text": CEASE_SCAN,
        "ocr": True,
        "running": "Isle of Wrenholm Council",
    },
    {
        "name": "Arlo review outcome.eml",
        "kind": "decision_letter",
        "headers": headers(
            "Philippa Gorringe <philippa.gorringe@windrushwolds.example.org>",
            "Ben Whitcombe <ben.whitcombe@example.org>",
            "Annual review outcome - Arlo Whitcombe",
            "Fri, 17 Apr 2026 16:22:40 +0100",
        ),
        "text": REFUSE_AMEND_EML,
        "qp": True,
    },
    # mediation
    {"name": "Tidewater.pdf", "kind": "mediation_certificate", "blocks": TIDEWATER_CERT},
    {"name": "fax 02 APR.pdf", "kind": "mediation_certificate", "text": TCR_FAX_CERT, "ocr": True},
    {
        "name": "Re_ our phone call today.eml",
        "kind": "mediation_certificate",
        "headers": headers(
            "Karin Solberg <karin@tidewater-mediation.example.org>",
            "Yusuf Dar <ydar@example.org>",
            "Re: our phone call today",
            "Thu, 07 May 2026 11:05:12 +0100",
        ),
        "text": CERT_IN_EML,
        "html": True,
    },
    {"name": "Tobi health mediation.docx", "kind": "mediation_certificate", "blocks": HEALTH_CERT},
    # appeal forms
    {"name": "SEND35 Sunniva signed.pdf", "kind": "appeal_form", "text": SEND35},
    {"name": "Tobi reasons.docx", "kind": "appeal_form", "blocks": APPEAL_REASONS},
    {
        "name": "Your appeal - SEND-ONL-2026-44871.eml",
        "kind": "appeal_form",
        "headers": headers(
            "SEND appeals online <no-reply@send-appeals.example.org>",
            "tamsin.penhallow@example.org",
            "Your appeal has been sent - SEND-ONL-2026-44871",
            "Thu, 28 May 2026 21:17:55 +0100",
        ),
        "text": ONLINE_APPEAL_EML,
        "html": True,
        "qp": True,
    },
    # tribunal
    {
        "name": "Sunniva appeal registered.pdf",
        "kind": "tribunal_direction",
        "blocks": REG_DIRECTIONS,
    },
    {"name": "Ellis hearing.txt", "kind": "tribunal_direction", "text": CMH_ORDER},
    {
        "name": "EH870_26_00412 response overdue.eml",
        "kind": "tribunal_direction",
        "headers": headers(
            "SEND Tribunal <send.tribunal@example.org>",
            "ehc@lunesmouth.example.org",
            "EH870/26/00412 - Directions",
            "Mon, 27 Jul 2026 09:30:00 +0100",
            cc="elin.holt@example.org",
        ),
        "text": BARRING_WARNING_EML,
    },
    {
        "name": "IMG_20260711_0932.pdf",
        "kind": "tribunal_direction",
        "text": DIRECTIONS_SCAN,
        "ocr": 0.08,
    },
    # correspondence
    {"name": "Ruby complaint outcome.pdf", "kind": "correspondence", "blocks": GOVERNORS},
    {
        "name": "mediation.eml",
        "kind": "correspondence",
        "headers": headers(
            "Rosalind Fenwick-Hale <rfh@threecountiesresolution.example.org>",
            "Hattie Ogundipe <hattie.o@example.org>",
            "Mediation - confirmation of arrangements",
            "Tue, 17 Mar 2026 12:02:00 +0000",
        ),
        "text": MEDIATION_ARRANGE_EML,
    },
    {
        "name": "Ferry hospital travel.eml",
        "kind": "correspondence",
        "headers": headers(
            "Assisted Travel <assist@wrenholmferries.example.org>",
            "tamsin.penhallow@example.org",
            "Your assisted travel bookings",
            "Mon, 08 Jun 2026 10:14:31 +0100",
        ),
        "text": FERRY_EML,
    },
    {"name": "Sunniva decision reply.txt", "kind": "correspondence", "text": COUNCIL_ACK},
    {"name": "Sunniva paediatrics.pdf", "kind": "correspondence", "blocks": NHS_APPT},
]
