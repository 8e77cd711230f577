# ruff: noqa: E501
"""Letters, forms and the tribunal's papers of the sixth kind set: a northern council's
notice of decision after its panel, refusals and a decision to cease from coastal and
northern councils, mediation companies' certificates, appeal forms, the tribunal's notice
of hearing, its decision and a direction by e-mail, the coordinator's "please find
attached" e-mail, SENDIASS letters, an academy trust's letter and a council's letter
confirming a meeting. All invented."""

from __future__ import annotations


def headers(frm: str, to: str, subject: str, date: str, cc: str = "") -> dict:
    out = {"From": frm, "To": to}
    if cc:
        out["Cc"] = cc
    return {**out, "Subject": subject, "Date": date}


# Decision letters --------------------------------------------------------------

PANEL_NOTICE = [
    ("org", "Calderholme Metropolitan Borough Council"),
    (
        "small",
        "SEND Assessment and Review Team · Town Hall Annexe · Mill Street · Calderholme · 01632 960400",
    ),
    ("title", "NOTICE OF DECISION"),
    (
        "kv",
        [
            ("Child", "Jayden Firth (DOB 17/03/2016)"),
            ("Parent/carer", "Ms Leanne Firth"),
            ("Panel date", "4 December 2025"),
            ("Reference", "CMBC/SEND/25/1187"),
        ],
    ),
    ("b", "Request considered"),
    (
        "p",
        "A request for an education, health and care needs assessment made by Ms Firth on 16 October 2025.",
    ),
    ("b", "Decision"),
    (
        "p",
        "The SEND Decision Making Panel considered the request and the evidence submitted. The panel decided NOT to carry out an EHC needs assessment at this time.",
    ),
    ("b", "Reasons"),
    (
        "bul",
        [
            "The evidence shows Jayden is making progress through the school's SEN support, including a reading intervention.",
            "The school has not yet used the graduated approach over at least two cycles of assess, plan, do and review.",
            "The panel noted the school's request for advice from the Autism Outreach Team, which has not yet been provided.",
        ],
    ),
    ("b", "Your right of appeal"),
    (
        "p",
        "You can appeal to the First-tier Tribunal (Special Educational Needs and Disability) within two months of the date of this notice, or one month from the date of a mediation certificate if later. Before you appeal you must contact our mediation provider, Pennine Resolve, on 01632 960455 for information about mediation.",
    ),
    ("p", "Date of notice: 8 December 2025"),
    ("sig", ["Panel Chair: Martin Greenhalgh, Head of SEND"]),
]

REFUSE_ASSESS_COAST = [
    ("org", "North Brackenshore Council"),
    ("small", "Inclusion Service · Harbour House · Quay Street · Kessmouth · 01632 960733"),
    ("p", "Mrs T Penhallow\n4 Chapel Row\nKessmouth"),
    ("p", "3 September 2025\nOur ref: NBC/IS/ENQ/5542"),
    ("p", "Dear Mrs Penhallow"),
    ("b", "Re: Skye Penhallow - request for an EHC needs assessment"),
    (
        "p",
        "Thank you for your request dated 10 July 2025. We have now considered the information from you, Seagrave Academy and the CAMHS service.",
    ),
    (
        "p",
        "I am writing to let you know that the local authority has decided that it is not necessary to carry out an education, health and care needs assessment for Skye. We consider that her needs can be met from the resources normally available to mainstream schools, with the additional support described by the academy.",
    ),
    (
        "p",
        "We know this will be disappointing. If you disagree, you can ask for a meeting with me, go to mediation, or appeal to the SEND Tribunal. You must have contacted the mediation service before appealing (unless the appeal is only about the school named). Details are in the enclosed leaflet.",
    ),
    ("sig", ["Yours sincerely", "Colin Rudd", "SEN Manager"]),
]

NOT_ISSUE = [
    ("org", "Thornsby Borough Council"),
    ("small", "Children's Services - SEND · Civic Centre · Thornsby · 01632 960601"),
    ("p", "23 February 2026"),
    ("p", "Dear Mr and Mrs Whitaker"),
    ("b", "Finn Whitaker (DOB 02/08/2014): outcome of EHC needs assessment"),
    (
        "p",
        "We have now completed the EHC needs assessment for Finn and considered all of the advice we received. We have decided not to issue an Education, Health and Care plan.",
    ),
    (
        "p",
        "We have made this decision because the advice shows that Finn's needs can be met by his school through SEN support, with the recommendations from the assessment put in place. We will send the advice to the school and ask them to hold a meeting with you to update Finn's support plan.",
    ),
    (
        "p",
        "You have the right to appeal against this decision to the First-tier Tribunal (SEND). You must do so within 2 months of the date of this letter or 1 month after receiving a mediation certificate, whichever is later.",
    ),
    ("sig", ["Yours sincerely", "Andrea Kelsall", "Team Manager, SEND Statutory Assessment"]),
]

CEASE_SCAN = """SKELWICK COUNCIL
SEND Statutory Team, County Hall, Skelwick     Tel 01632 960215

Mr D Tindall
12 Marine Terrace
Fellsea

Date: 29 May 2026
Ref: SC/EHCP/0871

Dear Mr Tindall

Harvey Tindall - decision to cease to maintain the EHC plan

Following the annual review held at Brackenshore College on 12 May 2026 we have considered whether Harvey's EHC plan is still necessary.

Harvey has told his college that he is leaving his course at the end of June and has accepted a full-time job with training. We have therefore decided to cease to maintain his EHC plan under section 45 of the Children and Families Act 2014, because he is no longer in education or training.

The plan will continue until the end of the appeal period, or until any appeal is decided. You or Harvey can appeal this decision to the SEND Tribunal within two months. Harvey is over 16 and can appeal in his own right.

Yours sincerely

Kirsty Fell
Senior EHC Coordinator
"""

AMEND_EML = """Dear Ms Okafor,

Following the annual review meeting for Amelia on 21 November 2025, I am writing to confirm the local authority's decision.

Having considered the review report and the views of everyone at the meeting, we have decided to amend Amelia's EHC plan. A copy of the proposed amended plan will follow in the post. You will then have 15 days to comment and to ask for a meeting.

Please note this e-mail is the formal notification of our decision following the review, as required by regulation 20 of the SEND Regulations 2014.

Kind regards

Gemma Thwaite
EHC Coordinator
SEND Assessment and Review Team
Calderholme Metropolitan Borough Council
01632 960412

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Calderholme MBC monitors e-mail for security purposes.
"""

# Mediation certificates -------------------------------------------------------

CERT_PENNINE = [
    ("org", "Pennine Resolve Mediation Ltd"),
    (
        "small",
        "Unit 4, Weavers Yard, Calderholme · 01632 960455 · info@example.org · Company no. 09999901",
    ),
    ("title", "Mediation Certificate"),
    (
        "p",
        "Issued under section 55 of the Children and Families Act 2014 and regulation 39 of the SEND Regulations 2014",
    ),
    (
        "kv",
        [
            ("Child", "Jayden Firth"),
            ("Parent", "Leanne Firth"),
            ("Local authority", "Calderholme MBC"),
            ("Decision", "Refusal to assess, notice dated 8 December 2025"),
        ],
    ),
    (
        "p",
        "This is to certify that the parent named above contacted Pennine Resolve on 5 January 2026 and was given information about mediation. The parent has informed us that they do not wish to pursue mediation.",
    ),
    ("p", "The parent may now register an appeal with the First-tier Tribunal (SEND)."),
    ("p", "Date of issue: 6 January 2026"),
    ("sig", ["Signed: R. Haworth", "Mediation Adviser"]),
]

CERT_COASTAL = [
    ("org", "Coast & Country Mediation CIC"),
    ("small", "Registered office: 2 Harbour Steps, Kessmouth · 01632 960788"),
    ("title", "Certificate under Section 55(5) Children and Families Act 2014"),
    (
        "p",
        "Mediation took place by video call on 28 October 2025 between Mrs T. Penhallow and North Brackenshore Council concerning the decision not to carry out an EHC needs assessment for Skye Penhallow.",
    ),
    (
        "p",
        "Outcome: mediation took place and the matter was not resolved. The parent may appeal to the Tribunal.",
    ),
    ("p", "Certificate issued 29 October 2025"),
    ("sig", ["Mediator: Fiona Trewin (SEND accredited)"]),
]

CERT_SCAN = """Pennine Resolve Mediation Ltd
Unit 4, Weavers Yard, Calderholme 01632 960455

MEDIATION CERTIFICATE

Section 55 Children and Families Act 2014

Name of child/young person: Finn Whitaker
Name of parent: Mark and Susan Whitaker
Local authority: Thornsby Borough Council
Decision or issue: Decision not to issue an EHC plan (letter dated 23/02/2026)

Tick one:
[ ] The parent did not wish to pursue mediation
[x] Mediation took place on 30/03/2026 and the issue was not resolved
[ ] The local authority did not take part

The issue of health provision was also raised at the mediation.

Date of certificate: 31/03/2026
Signed J. Ackroyd Mediator
"""

# Appeal forms -------------------------------------------------------------------

SEND35_FIRTH = [
    ("org", "First-tier Tribunal (Special Educational Needs and Disability)"),
    ("title", "SEND35a  Appeal against a refusal to carry out an EHC needs assessment"),
    ("b", "Section 1 - About the child"),
    (
        "kv",
        [
            ("Child's full name", "Jayden Firth"),
            ("Date of birth", "17/03/2016"),
            ("School", "Moorside Junior School"),
        ],
    ),
    ("b", "Section 2 - About you"),
    (
        "kv",
        [
            ("Name", "Leanne Firth"),
            ("Relationship to child", "Mother"),
            ("Address", "22 Ings Lane, Calderholme"),
            ("Email", "leanne.firth@example.org"),
        ],
    ),
    ("b", "Section 3 - The local authority"),
    (
        "kv",
        [
            ("Local authority", "Calderholme MBC"),
            ("Date of decision letter", "08/12/2025"),
            ("Mediation certificate date", "06/01/2026"),
        ],
    ),
    ("b", "Section 5 - Reasons for appeal"),
    (
        "p",
        "Jayden has been on SEN support for three years and is still not reading. School say they have done everything they can. He has not been assessed by an educational psychologist. He is self-harming and says he hates himself because he is thick. The panel said he is making progress but his own school report shows he has gone backwards.",
    ),
    ("b", "Section 9 - Declaration"),
    (
        "p",
        "I confirm that the information given in this form is true. Signed: L Firth  Date: 20/01/2026",
    ),
]

SEND35_WHITAKER = [
    ("title", "SEND35 - Notice of appeal"),
    ("p", "Type of appeal: refusal to issue an EHC plan after assessment"),
    ("field", "Child", "Finn Whitaker, born 2 August 2014"),
    ("field", "Appellant(s)", "Mark Whitaker and Susan Whitaker (parents)"),
    ("field", "Local authority", "Thornsby Borough Council"),
    (
        "field",
        "Why do you disagree with the decision?",
        "The assessment showed that Finn needs speech and language therapy every week and a small class. The EP said his needs are significant and lifelong. The school has told us it cannot fund this from its own budget. The council's letter does not explain how the school could meet these needs without a plan.",
    ),
    (
        "field",
        "Do you want the tribunal to make recommendations about health or social care?",
        "Yes - speech and language therapy and the occupational therapy the OT recommended.",
    ),
    (
        "field",
        "Documents attached",
        "Decision letter 23/02/2026; mediation certificate 31/03/2026; EP advice; SALT advice",
    ),
    ("field", "Signed", "M Whitaker  S Whitaker  14/04/2026"),
]

# Tribunal papers ---------------------------------------------------------------

NOTICE_OF_HEARING = [
    ("org", "First-tier Tribunal (Health, Education and Social Care Chamber)"),
    (
        "small",
        "Special Educational Needs and Disability · 1st Floor, Darlington Magistrates Building · send.tribunal@example.org",
    ),
    ("title", "NOTICE OF HEARING"),
    (
        "kv",
        [
            ("Appeal number", "EH829/26/00412"),
            ("Appellant", "Mr M and Mrs S Whitaker"),
            ("Respondent", "Thornsby Borough Council"),
            ("Child", "Finn Whitaker"),
        ],
    ),
    (
        "p",
        "TAKE NOTICE that the appeal will be heard by video (Cloud Video Platform) on Tuesday 22 September 2026 at 10:00. The hearing has been listed for one day.",
    ),
    (
        "p",
        "The parties must join the hearing from 09:30. Joining instructions will be sent by e-mail two days before the hearing.",
    ),
    ("p", "If you do not attend, the tribunal may decide the appeal in your absence."),
    ("p", "Dated 02 June 2026"),
    ("sig", ["Tribunal Caseworker", "On behalf of the Tribunal"]),
]

TRIBUNAL_DECISION = [
    ("org", "First-tier Tribunal (Special Educational Needs and Disability)"),
    ("p", "Appeal No: EH831/26/00107"),
    (
        "p",
        "Between: LEANNE FIRTH (Appellant) and CALDERHOLME METROPOLITAN BOROUGH COUNCIL (Respondent)",
    ),
    ("title", "DECISION"),
    (
        "p",
        "Heard on the papers on 12 May 2026. Tribunal Judge A. Oduya; Specialist Member Ms C. Bright.",
    ),
    ("b", "Decision"),
    ("p", "1. The appeal is allowed."),
    (
        "p",
        "2. The local authority is ordered to carry out an EHC needs assessment of Jayden Firth.",
    ),
    ("b", "Reasons"),
    (
        "p",
        "3. The test in section 36(8) is whether the child has or may have special educational needs and whether it may be necessary for provision to be made in accordance with an EHC plan. It is a low threshold.",
    ),
    (
        "p",
        "4. We accept the evidence of the school that Jayden's reading age has not moved in eighteen months despite intervention, and the evidence of his mother about his distress. We find that he may have special educational needs and that provision may be necessary under a plan.",
    ),
    (
        "p",
        "5. The local authority must comply with the timescales in regulation 5 of the SEND Regulations 2014.",
    ),
    ("sig", ["Tribunal Judge A. Oduya", "Date: 14 May 2026"]),
]

DIRECTION_EML = """Dear Parties,

EH829/26/00412 Finn Whitaker v Thornsby Borough Council

Tribunal Judge Morrell has considered the local authority's request of 30 June 2026 for more time to file its response and directs:

1. The local authority's response must be filed and served by 14 July 2026.
2. The final evidence deadline remains 4 September 2026.
3. The hearing on 22 September 2026 remains listed.

Any party may apply for this direction to be varied or set aside.

Regards

SEND Tribunal
Tribunal Caseworker
"""

FINN_DECISION_PHONE = """First-tier Tribunal (Special Educational Needs and Disability)

Appeal number: EH829/26/00412
Mr M Whitaker and Mrs S Whitaker  Appellants
Thornsby Borough Council  Respondent

DECISION

Hearing: 22 September 2026 (video)
Panel: Tribunal Judge P. Morrell, Specialist Member Mr D. Achebe, Specialist Member Dr R. Lowe

1. The appeal is allowed. The local authority shall make and issue an EHC plan for Finn within 5 weeks of the date of this order.

2. We heard from Mrs Whitaker, Dr Marchbank and the local authority's educational psychologist. We preferred Dr Marchbank's evidence that Finn's language needs require weekly direct therapy.

3. We are satisfied that it is necessary for special educational provision to be made in accordance with an EHC plan.

Tribunal Judge P. Morrell
Date: 29 September 2026
"""

# Correspondence -----------------------------------------------------------------

PLEASE_FIND_ATTACHED = """Please find attached.

Thanks
Andrea

Andrea Kelsall | SEND Statutory Assessment | Thornsby Borough Council
"""

SENDIASS_LETTER = [
    ("org", "SENDIASS Calderholme"),
    (
        "small",
        "Special Educational Needs and Disabilities Information, Advice and Support Service · Unit 9, Canal Wharf · 01632 960499",
    ),
    ("p", "Ms L Firth\n22 Ings Lane\nCalderholme"),
    ("p", "12 December 2025"),
    ("p", "Dear Leanne"),
    (
        "p",
        "Thank you for calling us on 10 December about Jayden. As promised, here is a summary of what we talked about.",
    ),
    (
        "bul",
        [
            "The council has refused to assess. You can appeal; the deadline is two months from 8 December 2025, or one month from a mediation certificate.",
            "You need to contact Pennine Resolve before you appeal. You can tell them you do not want mediation and they will send a certificate.",
            "Keep copies of Jayden's school reports and anything from his GP about his self-harm.",
            "IPSEA and our service can help you fill in the SEND35 form.",
        ],
    ),
    (
        "p",
        "Our service is free, confidential and impartial. Please ring me if you want help with the form.",
    ),
    ("sig", ["Best wishes", "Paula Dyson", "SENDIASS Caseworker"]),
]

TRUST_LETTER = [
    ("org", "Tidewater Learning Trust"),
    (
        "small",
        "Seagrave Academy · Cliff Road · Kessmouth · 01632 960760 · A company limited by guarantee registered in England no. 09999902",
    ),
    ("p", "Mrs Penhallow\n4 Chapel Row\nKessmouth"),
    ("p", "17 March 2026"),
    ("p", "Dear Mrs Penhallow"),
    ("b", "Skye's attendance"),
    (
        "p",
        "I am writing because Skye's attendance this term is 58%. I know from our meeting in January how hard mornings are, and I want to reassure you that we are not starting the formal attendance process at this stage.",
    ),
    (
        "p",
        "I would like to invite you and Skye to a meeting on Thursday 26 March at 3.30pm with me and Mr Clegg, the SENCo, to look again at her reduced timetable and the support in her EHC plan.",
    ),
    ("sig", ["Yours sincerely", "Mrs J. Hoskin", "Head of Year 10"]),
]

MEETING_CONFIRM = [
    ("org", "Skelwick Council"),
    ("small", "SEND Statutory Team · County Hall · Skelwick · 01632 960215"),
    ("p", "Dear Mr and Mrs Pearson"),
    ("b", "Zac Pearson - meeting to discuss the draft EHC plan"),
    (
        "p",
        "Thank you for your e-mail asking to meet. I can confirm a meeting on Monday 11 May 2026 at 10am at Fellsea Children's Centre, Room 2. I will be there with Zac's school SENCo.",
    ),
    (
        "p",
        "If you need an interpreter, or would like someone from SENDIASS to come with you, please let me know.",
    ),
    ("sig", ["Kind regards", "Kirsty Fell", "Senior EHC Coordinator"]),
]

SENDIASS_MEETING_EML = """Hi Donna,

Just a quick note after today's meeting at Hollin Brow so you have it in writing.

School agreed to put Kian's lunchtime quiet room back from Monday. Mrs Bowes will ask the council for an early review because of the exclusions. I said you would send in the letter from the paediatrician.

Let me know if anything doesn't happen.

Paula
SENDIASS Calderholme
"""

DOCUMENTS: list[dict] = [
    dict(
        name="Notice of decision.pdf",
        kind="decision_letter",
        blocks=PANEL_NOTICE,
        sans=True,
        accent="5B2C6F",
    ),
    dict(
        name="Skye letter from council.docx",
        kind="decision_letter",
        blocks=REFUSE_ASSESS_COAST,
        accent="006064",
    ),
    dict(name="Finn outcome letter.pdf", kind="decision_letter", blocks=NOT_ISSUE),
    dict(name="doc00456.pdf", kind="decision_letter", text=CEASE_SCAN, ocr=True),
    dict(
        name="Amelia review outcome.eml",
        kind="decision_letter",
        text=AMEND_EML,
        headers=headers(
            "Gemma Thwaite <gemma.thwaite@example.org>",
            "Grace Okafor <grace.okafor@example.org>",
            "Annual review outcome - Amelia Okafor",
            "Mon, 01 Dec 2025 15:20:11 +0000",
        ),
        qp=True,
    ),
    dict(
        name="Pennine Resolve certificate.pdf",
        kind="mediation_certificate",
        blocks=CERT_PENNINE,
        sans=True,
        accent="33691E",
    ),
    dict(name="Certificate.docx", kind="mediation_certificate", blocks=CERT_COASTAL),
    dict(name="scan0002.pdf", kind="mediation_certificate", text=CERT_SCAN, ocr=True),
    dict(
        name="Jayden appeal form.pdf",
        kind="appeal_form",
        blocks=SEND35_FIRTH,
        sans=True,
        accent="333333",
    ),
    dict(name="SEND35 Finn final.docx", kind="appeal_form", blocks=SEND35_WHITAKER),
    dict(
        name="Notice of hearing.pdf",
        kind="tribunal_direction",
        blocks=NOTICE_OF_HEARING,
        accent="333333",
    ),
    dict(
        name="Jayden decision May 26.pdf",
        kind="tribunal_direction",
        blocks=TRIBUNAL_DECISION,
        accent="333333",
    ),
    dict(
        name="EH829-26-00412 directions.eml",
        kind="tribunal_direction",
        text=DIRECTION_EML,
        headers=headers(
            "SEND Tribunal <send.tribunal@example.org>",
            "Mark Whitaker <mark.whitaker@example.org>",
            "EH829/26/00412 - Directions",
            "Thu, 02 Jul 2026 11:47:03 +0100",
            cc="SEND Legal <send.legal@example.org>",
        ),
    ),
    dict(name="IMG_3402.pdf", kind="tribunal_direction", text=FINN_DECISION_PHONE, ocr=0.1),
    dict(
        name="Draft plan.eml",
        kind="correspondence",
        text=PLEASE_FIND_ATTACHED,
        headers=headers(
            "Andrea Kelsall <andrea.kelsall@example.org>",
            "Joanne Holroyd <joanne.holroyd@example.org>",
            "Maisie Holroyd",
            "Fri, 06 Mar 2026 16:58:40 +0000",
        ),
        html=True,
    ),
    dict(
        name="SENDIASS letter.pdf",
        kind="correspondence",
        blocks=SENDIASS_LETTER,
        sans=True,
        accent="00695C",
    ),
    dict(
        name="Letter from Seagrave.pdf", kind="correspondence", blocks=TRUST_LETTER, accent="0D47A1"
    ),
    dict(name="meeting letter.docx", kind="correspondence", blocks=MEETING_CONFIRM),
    dict(
        name="Notes from today.eml",
        kind="correspondence",
        text=SENDIASS_MEETING_EML,
        headers=headers(
            "Paula Dyson <paula.dyson@example.org>",
            "Donna Ashworth <donna.ashworth@example.org>",
            "Notes from today",
            "Wed, 21 Jan 2026 17:05:12 +0000",
        ),
    ),
]
