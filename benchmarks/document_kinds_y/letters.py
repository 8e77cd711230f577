# ruff: noqa: E501
"""Letters of set Y: decisions (an "at a glance" refusal with a reply slip, a decision set
out as a table, a decision after a review with a translation panel, a refusal forwarded by
a mother, a cessation scanned); mediation certificates (a service's certificate, one in a
forward, one photographed); appeal forms; the tribunal's directions and orders (one behind
a fax header); and correspondence (a school's governors, an NHS trust's PALS team, a
council's holding e-mail, a mediation booking, a SENCo's reply). All invented."""

from __future__ import annotations

from document_kinds_y.common import (
    BRENT,
    BRENT_SMALL,
    CARROW,
    CARROW_SMALL,
    LANGUAGES,
    RIDGE,
    RIDGE_SMALL,
    forwarded,
    headers,
)

GLANCE_REFUSAL = [
    ("org", CARROW),
    ("small", CARROW_SMALL),
    ("p", "Mr Jory and Mrs Demelza Trewin\nGull Cottage, Harbour Steps\nWesterby\nCW4 7RE"),
    ("p", "Our ref: SEND/NA/2026/031    Date: 3 February 2026"),
    ("band", "At a glance"),
    (
        "kv",
        [
            ("Your child", "Piran Trewin (born 19/06/2015)"),
            (
                "You asked us for",
                "An education, health and care needs assessment (received 8 December 2025)",
            ),
            ("Our answer", "We will not carry out an assessment now"),
            ("You can appeal by", "3 April 2026"),
            ("Who to talk to", "Annie Polglase, 01632 960714"),
        ],
        (50, 120),
    ),
    ("p", "Dear Mr and Mrs Trewin,"),
    (
        "p",
        "Thank you for your request. Our Multi-Agency Panel met on 29 January 2026 and looked at the information from you, from Westerby Primary School and from the Carrow Island Learning Support Service.",
    ),
    (
        "p",
        "The panel decided that it is not necessary to carry out an EHC needs assessment for Piran. The school has shown that it can meet his needs through SEN support: he has a costed provision map, small-group maths four times a week, and advice from the Learning Support Service in the autumn term. The panel noted that his reading age has risen by eleven months since September.",
    ),
    (
        "p",
        "If you disagree with this decision you can appeal to the First-tier Tribunal (Special Educational Needs and Disability). Before you appeal, you must contact a mediation adviser; on the island this is Tidewater Mediation, 01632 960760. The ferry cost of attending mediation in Saltinghaven can be refunded - please ask.",
    ),
    ("sig", ["Yours sincerely,", "", "Annie Polglase", "SEND Assessment Officer"]),
    ("gap",),
    ("small", "- - - - - - - - - - - - - - - - cut here - - - - - - - - - - - - - - - -"),
    ("b", "Reply slip - please return to the SEND Team"),
    ("field", "I would like a meeting to talk about this decision:  Yes / No", ""),
    ("field", "Name and telephone number:", ""),
]

TABLE_DECISION = [
    ("org", BRENT),
    ("small", BRENT_SMALL),
    ("p", "Ms Chidinma Okonkwo\n14 Sycamore Walk\nNeighbourhood 6\nBrenthaven BH6 3EW"),
    ("small", "Reference: BBC/SEN/24/1190 | 16 January 2025"),
    ("title", "Outcome of Education, Health and Care Needs Assessment"),
    (
        "kv",
        [
            ("Child", "Isla-Mae Okonkwo, DOB 07/08/2012"),
            ("Panel date", "14 January 2025"),
            (
                "Decision",
                "The council will issue an Education, Health and Care Plan (section 36(9) of the Children and Families Act 2014)",
            ),
            (
                "Reason",
                "Isla-Mae's hearing loss and language needs require provision that cannot reasonably be provided from the resources normally available to mainstream schools.",
            ),
            (
                "Next step",
                "A draft plan will be sent to you within 2 weeks. You will have 15 days to comment and to tell us which school you want named.",
            ),
            (
                "Your rights",
                "You cannot appeal until the final plan is issued. You may then appeal Sections B, F and I to the SEND Tribunal.",
            ),
        ],
        (40, 130),
    ),
    ("sig", ["Gbenga Afolabi", "SEN Casework Manager"]),
]

REVIEW_DECISION = [
    ("org", RIDGE),
    ("small", RIDGE_SMALL),
    ("p", "Mrs Nicola Marsh\n7 Quarry Lane\nColdstone\nMV5 1DS"),
    ("p", "Please quote: RV-EHC-0519 / AR\nDate: 2 December 2025"),
    ("b", "Keziah Marsh - outcome of annual review held on 14 October 2025"),
    ("p", "Dear Mrs Marsh,"),
    (
        "p",
        "We have now considered the annual review report from Coldstone Church of England Academy, together with your views and Keziah's.",
    ),
    (
        "p",
        "Under section 44 of the Children and Families Act 2014 and regulation 22 of the SEND Regulations 2014, the council has decided to amend Keziah's EHC plan. We have not agreed your request to name a specialist independent school, because we consider the current school, with the amended provision, is suitable for her age, ability, aptitude and special educational needs.",
    ),
    (
        "p",
        "A copy of the proposed amendments will follow. When the amended plan is finalised you will have the right of appeal to the First-tier Tribunal (SEND) about Sections B, F and I.",
    ),
    ("sig", ["Yours sincerely", "Ruth Whitcombe", "EHC Coordinator"]),
    ("small", LANGUAGES),
]

FWD_REFUSAL_BODY = """Dear Ms Okonkwo,

Re: Request for a re-assessment of Isla-Mae's education, health and care needs

I am writing to let you know the outcome of your request of 10 October 2025 for a re-assessment.

The SEN Panel considered the request on 4 November 2025. Having regard to the evidence, including the Sensory Support Service's visit note of September 2025, the panel decided that a re-assessment is not necessary. Section 44(2) requires a re-assessment only where the council thinks one is necessary; Isla-Mae's needs are already described in her plan, and her annual review in March 2026 is the right place to consider changes.

You have the right to appeal against this decision to the First-tier Tribunal (SEND) within two months of the date of this letter. You must first contact a mediation adviser (Brenthaven Mediation Partnership, 01632 960752).

Yours sincerely
Gbenga Afolabi
SEN Casework Manager, Brenthaven Borough Council"""

CEASE_SCAN = """RIDGEWAY VALE COUNCIL
EHC Coordination Team   Limekiln House   Marlbridge   MV3 9PL

Mr Aaron Fielding
Flat 3, 22 Station Road
Marlbridge MV3 4BB

Date: 9 January 2026      Ref: RV-EHC-0077/C

Dear Mr Fielding

Decision to cease to maintain your Education, Health and Care Plan

On 21 November 2025 we wrote to tell you that we were thinking of ceasing to maintain your EHC plan, because you have left Marlbridge College and started full-time paid employment. We asked for your views and for the views of the college.

We have now considered everything we received. The council has decided to cease to maintain your EHC plan under section 45 of the Children and Families Act 2014. Your plan will stop on 31 January 2026.

You have the right to appeal against this decision to the First-tier Tribunal (Special Educational Needs and Disability). Your plan will stay in place while any appeal is heard.

Yours sincerely

P. Moyle
EHC Coordinator
"""

TIDEWATER_CERT = [
    ("org", "Tidewater Mediation"),
    (
        "small",
        "SEND mediation for the Isle of Carrow | 2 Net Loft Yard, Saltinghaven CW1 3AB | 01632 960760 | hello@example.org",
    ),
    ("title", "Mediation Certificate"),
    (
        "small",
        "Issued under section 55 of the Children and Families Act 2014 and regulation 34 of the SEND Regulations 2014",
    ),
    (
        "kv",
        [
            ("Parent", "Mrs Demelza Trewin"),
            ("Child", "Piran Trewin"),
            ("Local authority", "Isle of Carrow Council"),
            ("Date of decision", "3 February 2026"),
            ("Date parent contacted us", "11 February 2026"),
            ("Date of certificate", "13 February 2026"),
        ],
    ),
    (
        "p",
        "This is to certify that the parent named above contacted Tidewater Mediation and received information about mediation. The parent has decided not to pursue mediation.",
    ),
    (
        "p",
        "The parent may now register an appeal with the First-tier Tribunal (SEND). Please send a copy of this certificate with the appeal form.",
    ),
    ("sig", ["Signed: Kerensa Hocking", "Mediation Adviser"]),
]

FWD_CERT_BODY = """Dear Ms Okonkwo

MEDIATION CERTIFICATE

Case number: BMP/0412
Local authority: Brenthaven Borough Council
Child/young person: Isla-Mae Okonkwo

Brenthaven Mediation Partnership certifies that mediation took place on 12 January 2026 between the parent and the local authority about Section F (special educational provision) and Section I (placement). Agreement was not reached on either issue.

This certificate is issued to allow the parent to appeal to the First-tier Tribunal. An appeal must be made within one month of the date of this certificate or two months of the date of the decision, whichever is later.

Date of certificate: 13 January 2026
Mediator: Olusegun Bakare"""

PHOTO_CERT = """Brenthaven Mediation Partnership
Independent SEND Mediation and Disagreement Resolution

CERTIFICATE
(s.55(5) Children and Families Act 2014)

Parent/young person: Ms Siobhan Delaney
Child: Rory Delaney  DOB 11.02.2014
Local authority: Brenthaven Borough Council
Decision: refusal to issue an EHC plan dated 18.11.2025

Mediation information was provided by telephone on 2 December 2025. The parent does not wish to take part in mediation at this time.

This certificate allows the parent to appeal to the Tribunal.
Signed  O Bakare     Date 3 December 2025
"""

SEND35 = [
    (
        "title",
        "SEND35 - Appeal to the First-tier Tribunal (Special Educational Needs and Disability)",
    ),
    (
        "small",
        "Please use black ink or type. Send with a copy of the decision letter and the mediation certificate.",
    ),
    ("h", 2, "Section 1 - About the child or young person"),
    ("field", "Full name", "Isla-Mae Okonkwo"),
    ("field", "Date of birth", "07/08/2012"),
    ("h", 2, "Section 2 - About you"),
    ("field", "Name of person appealing", "Chidinma Okonkwo (mother)"),
    ("field", "Address", "14 Sycamore Walk, Neighbourhood 6, Brenthaven BH6 3EW"),
    ("h", 2, "Section 3 - The local authority"),
    ("field", "Local authority", "Brenthaven Borough Council"),
    (
        "field",
        "Date of the decision you are appealing",
        "16 December 2025 (final amended EHC plan)",
    ),
    ("h", 2, "Section 4 - What are you appealing against?"),
    ("field", "Tick all that apply", "[x] Section B  [x] Section F  [ ] Section I"),
    ("h", 2, "Section 6 - Reasons for appeal"),
    (
        "p",
        "The plan does not describe Isla-Mae's fatigue from listening, which the Teacher of the Deaf reported. Section F says 'access to' speech and language therapy without saying how much. The SALT recommended 6 hours of direct therapy a term.",
    ),
    ("h", 2, "Section 8 - Mediation"),
    ("field", "Date of mediation certificate", "13 January 2026"),
    (
        "p",
        "Declaration: I confirm the information given on this form is true. Signed: C. Okonkwo   Date: 6 February 2026",
    ),
]

REASONS = [
    ("title", "Appeal to the SEND Tribunal - Trewin v Isle of Carrow Council"),
    ("b", "Attachment to form SEND35: reasons for appealing the refusal to assess"),
    (
        "np",
        "1.",
        "The council's letter of 3 February 2026 says Piran's needs are met through SEN support. They are not: he has been excluded for a fixed term twice this year and is on a reduced timetable of mornings only.",
    ),
    (
        "np",
        "2.",
        "The legal test in section 36(8) is whether Piran may have special educational needs and whether provision may need to be made through a plan. Both parts are met.",
    ),
    (
        "np",
        "3.",
        "The school's own provision map shows it has spent more than its notional SEN budget on him since September.",
    ),
    (
        "np",
        "4.",
        "The Learning Support Service advised that an educational psychologist should assess him; this has not happened.",
    ),
    ("p", "We ask the Tribunal to order the council to carry out an EHC needs assessment."),
    ("sig", ["Jory and Demelza Trewin", "Appellants, 10 March 2026"]),
]

PHOTO_SEND35 = """SEND35   Notice of appeal
Section 3 - The local authority and the decision
Name of local authority: Ridgeway Vale Council
Date of decision letter: 9 January 2026
What is the decision? Decision to cease to maintain EHC plan

Section 5 - Grounds of appeal
I am still in education. My job is an apprenticeship with a day release at Marlbridge College, which is education or training, so my plan should not stop. I still need support with reading and with organising my work.

Section 7 - Hearing
I would like a hearing. I need the hearing to be in the afternoon because of my work.

Signed: Aaron Fielding (young person)   Date: 20/02/2026
"""

REGISTRATION = [
    ("org", "HM Courts & Tribunals Service"),
    (
        "small",
        "First-tier Tribunal (Special Educational Needs and Disability) | Tribunal Centre, 3 Mercury Court, Ashgate AG1 7TR | send@example.org",
    ),
    ("p", "Mrs D Trewin\nGull Cottage, Harbour Steps\nWesterby CW4 7RE"),
    (
        "kv",
        [
            ("Our reference", "EH801/26/00219"),
            ("Appellant", "Mr and Mrs Trewin"),
            ("Respondent", "Isle of Carrow Council"),
            ("Child", "Piran Trewin"),
            ("Date", "24 March 2026"),
        ],
    ),
    ("h", 2, "Registration of appeal and directions"),
    ("p", "Your appeal has been registered. A Tribunal Judge has made the following directions:"),
    (
        "onum",
        [
            "The local authority must send its response to the appeal to the Tribunal and to the parents by 21 April 2026.",
            "Each party must send any further evidence by 12 May 2026.",
            "The appeal will be decided on the papers unless a party asks for a hearing by 21 April 2026.",
            "Any application to vary these directions must be made on form SEND7.",
        ],
        "",
    ),
    ("sig", ["By direction of the Tribunal Judge", "Tribunal Caseworker"]),
]

TRIB_EMAIL = """Dear Parties,

EH803/25/01544  Okonkwo v Brenthaven Borough Council

Tribunal Judge Fairweather has considered the appellant's application dated 3 March 2026 for permission to rely on late evidence (an independent speech and language therapy report) and the local authority's objection.

DIRECTIONS

1. Permission is granted for the appellant to rely on the report of Ms Harriet Oyelaran dated 27 February 2026.
2. The local authority may file a response to that report, limited to 2 pages, by 4pm on 20 March 2026.
3. The final working document must be filed by the local authority by 4pm on 27 March 2026.
4. The hearing listed on 14 April 2026 by video remains listed.

Reasons: the report is relevant to the central issue of the quantity of therapy, and the local authority has time to respond without the hearing being moved.

Yours faithfully
SEND Tribunal Caseworker
On behalf of the Tribunal"""

FAX_ORDER = """FROM: SEND TRIBUNAL HMCTS   FAX 01632 960799   09 APR 2026 11:02   PAGE 1 OF 3

First-tier Tribunal (Health, Education and Social Care Chamber)
Special Educational Needs and Disability

Tribunal ref: EH805/26/00031
Aaron Fielding  v  Ridgeway Vale Council

ORDER FOLLOWING A CASE MANAGEMENT HEARING BY TELEPHONE ON 8 APRIL 2026

Before Tribunal Judge Osei-Bonsu

UPON hearing from the young person, supported by his mother, and from Ms Moyle for the local authority

IT IS ORDERED THAT:
1. The local authority must continue to maintain the EHC plan pending the determination of this appeal.
2. The local authority shall by 24 April 2026 file a statement from Marlbridge College about the day release arrangements.
3. The hearing shall take place on 3 June 2026 starting at 1.30pm, time estimate 3 hours.
4. The young person may be accompanied by his job coach.

Judge Osei-Bonsu
Dated 8 April 2026
"""

NEXT_STEPS = """Notes copied from the tribunal's letter dated 2 February 2026 (ref EH801/25/01977), case of Noah Penhallow, so I don't lose them.

DIRECTIONS
1. The local authority shall send to the Tribunal and the parent a working document (Scott schedule) of Sections B and F with the parent's proposed wording by 6 March 2026.
2. The parent shall add their comments in the column provided and return it by 20 March 2026.
3. Attendance: each party may bring no more than two witnesses. Names to be given by 27 March 2026.
4. The hearing will be by video on 16 April 2026. Interpreters: none requested.

Note to self: ring SENDIASS about the Scott schedule."""

GOVERNORS = [
    ("org", "Westerby Primary School"),
    (
        "small",
        "Chair of Governors | c/o School Office, Chapel Hill, Westerby CW4 7PA | 01632 960725",
    ),
    ("p", "Mr and Mrs Trewin\nGull Cottage, Harbour Steps\nWesterby"),
    ("p", "5 March 2026"),
    ("p", "Dear Mr and Mrs Trewin,"),
    ("b", "Your complaint - stage 3 (governors' complaints panel)"),
    (
        "p",
        "Thank you for attending the panel meeting on 26 February 2026. The panel of three governors has considered your complaint that Piran was placed on a reduced timetable without your agreement and without a plan to return to full-time attendance.",
    ),
    (
        "p",
        "The panel upholds your complaint in part. We found that the reduced timetable was not reviewed after six weeks as the school's own policy requires. We did not find that staff acted unkindly towards Piran. The head teacher has been asked to agree a written reintegration plan with you by 20 March 2026.",
    ),
    (
        "p",
        "This concludes the school's complaints procedure. If you remain unhappy you may contact the Department for Education.",
    ),
    ("sig", ["Yours sincerely,", "Revd Tamsin Couch", "Chair of Governors"]),
]

PALS = [
    ("org", "Brenthaven and District NHS Foundation Trust"),
    (
        "small",
        "Patient Advice and Liaison Service (PALS) | Brenthaven General Hospital, Hospital Way, Brenthaven BH1 8QQ | 01632 960790",
    ),
    ("p", "Our ref: PALS/26/0388\n19 February 2026"),
    ("p", "Dear Ms Delaney,"),
    (
        "p",
        "Thank you for contacting PALS about the wait for Rory's speech and language therapy assessment. I have spoken to the Children's Therapy Services manager.",
    ),
    (
        "p",
        "Rory was referred on 30 October 2025. The current wait for an initial assessment is 26 weeks; he is on the list for an appointment in April. The manager has added him to the cancellation list. If his needs change, his school can contact the service for advice in the meantime.",
    ),
    (
        "p",
        "I am sorry this is not the answer you hoped for. If you would like to make a formal complaint, please let me know.",
    ),
    ("sig", ["Kind regards,", "Beverley Stanislaus", "PALS Officer"]),
]

HOLDING = """Dear Ms Okonkwo,

Thank you for your e-mail of 18 March. I can confirm we have received Isla-Mae's annual review paperwork from Neighbourhood 6 Academy.

The case will go to our EHC panel on 8 April and we will write to you with the outcome within four weeks of the review meeting, as the regulations require. I am not able to say at this stage whether the plan will be amended.

If you have any further information for the panel, please send it to me by 1 April.

Best wishes
Adaeze Nwosu
SEN Caseworker (Neighbourhoods 5-8)
Brenthaven Borough Council | 01632 960746"""

BOOKING = """Dear Mrs Hartigan,

Thank you for choosing to go ahead with mediation with Ridgeway Vale Council about Ellis.

I have booked the mediation meeting for Tuesday 21 April 2026 at 10.00am at Coldstone Community Centre, Well Street (step-free access). It will last up to three hours. Ms Moyle from the EHC Coordination Team will attend for the council, with someone from health because you raised Section G.

Please let me know if you would like to bring a supporter, and whether Ellis would like to give his views. You will receive your certificate after the meeting, whatever the outcome.

Warm regards
Jasmine Fairclough
Case Coordinator, Tidewater Mediation (covering Ridgeway Vale)
01632 960761"""

SENCO_REPLY = """Hi Mr Fielding-Brown,

Yes - Thursday 7 May at 3.30 is fine for Jakub's review meeting. I've booked the small meeting room by reception. I'll send the invitations to the speech therapist and to the council today, and the paperwork will come home in his bag two weeks before.

Transport: I've spoken to the council's transport team and they say the taxi will keep coming to the back gate while the building work goes on.

Thanks
Mrs Kowalczyk (SENCo)

On Tue, 14 Apr 2026 at 19:03, Pawel Fielding-Brown <pawel.fb@example.org> wrote:
> Hi Mrs Kowalczyk, can we move Jakub's annual review to after Easter? My shift changes in May.
> Thanks, Pawel"""

DOCUMENTS: list[dict] = [
    {
        "name": "Piran - letter from council.pdf",
        "kind": "decision_letter",
        "blocks": GLANCE_REFUSAL,
    },
    {
        "name": "Brenthaven - EHC panel.docx",
        "kind": "decision_letter",
        "blocks": TABLE_DECISION,
        "sans": True,
    },
    {"name": "Keziah annual review.pdf", "kind": "decision_letter", "blocks": REVIEW_DECISION},
    {
        "name": "Fw_ Your request.eml",
        "kind": "decision_letter",
        "headers": headers(
            "Chidinma Okonkwo <c.okonkwo@example.org>",
            "Brenthaven Parent Carer Forum <info@example.org>",
            "Fw: Your request",
            "Thu, 6 Nov 2025 20:15:42 +0000",
        ),
        "text": forwarded(
            "Can anyone help me understand this? Do I appeal this or wait for the review?",
            "Gbenga Afolabi <sen.casework@example.org>",
            "Wed, 5 Nov 2025 15:30",
            "Your request",
            "c.okonkwo@example.org",
            FWD_REFUSAL_BODY,
        ),
        "qp": True,
    },
    {"name": "Scan 14 Jan 2026.pdf", "kind": "decision_letter", "text": CEASE_SCAN, "ocr": True},
    {
        "name": "Tidewater.pdf",
        "kind": "mediation_certificate",
        "blocks": TIDEWATER_CERT,
        "accent": "2E6B5E",
    },
    {
        "name": "FW_ mediation.eml",
        "kind": "mediation_certificate",
        "headers": headers(
            "Chidinma Okonkwo <c.okonkwo@example.org>",
            "Chidinma Okonkwo <c.okonkwo@example.org>",
            "FW: mediation",
            "Tue, 13 Jan 2026 18:02:09 +0000",
        ),
        "text": forwarded(
            "saving this for the appeal",
            "Brenthaven Mediation Partnership <cases@example.org>",
            "Tue, 13 Jan 2026 16:44",
            "Your mediation certificate - BMP/0412",
            "c.okonkwo@example.org",
            FWD_CERT_BODY,
        ),
        "html": True,
    },
    {
        "name": "IMG_20260311_142209.pdf",
        "kind": "mediation_certificate",
        "text": PHOTO_CERT,
        "ocr": 0.08,
    },
    {"name": "SEND35 Okonkwo draft.docx", "kind": "appeal_form", "blocks": SEND35},
    {"name": "Reasons - Piran.pdf", "kind": "appeal_form", "blocks": REASONS},
    {"name": "IMG_4410.pdf", "kind": "appeal_form", "text": PHOTO_SEND35, "ocr": 0.08},
    {"name": "EH801-26-00219.pdf", "kind": "tribunal_direction", "blocks": REGISTRATION},
    {
        "name": "Tribunal - late evidence.eml",
        "kind": "tribunal_direction",
        "headers": headers(
            "SEND Tribunal <send@example.org>",
            "c.okonkwo@example.org",
            "EH803/25/01544 - Okonkwo - Directions",
            "Fri, 13 Mar 2026 14:21:00 +0000",
            cc="sen.casework@example.org",
        ),
        "text": TRIB_EMAIL,
    },
    {
        "name": "FAX_20260409.pdf",
        "kind": "tribunal_direction",
        "text": FAX_ORDER,
        "ocr": True,
        "running": "09 APR 2026 11:03",
    },
    {"name": "Noah - what happens next.txt", "kind": "tribunal_direction", "text": NEXT_STEPS},
    {
        "name": "Piran complaint outcome.pdf",
        "kind": "correspondence",
        "blocks": GOVERNORS,
        "accent": "6B2E5E",
    },
    {"name": "Rory SALT.docx", "kind": "correspondence", "blocks": PALS},
    {
        "name": "Isla-Mae EHCP update.eml",
        "kind": "correspondence",
        "headers": headers(
            "Adaeze Nwosu <sen.casework@example.org>",
            "c.okonkwo@example.org",
            "RE: Isla-Mae annual review",
            "Thu, 19 Mar 2026 10:05:33 +0000",
        ),
        "text": HOLDING,
    },
    {
        "name": "Tidewater mediation certificate.eml",
        "kind": "correspondence",
        "headers": headers(
            "Jasmine Fairclough <cases@example.org>",
            "gemma.hartigan@example.org",
            "Mediation - Ellis Hartigan - date confirmed",
            "Wed, 25 Mar 2026 11:47:10 +0000",
        ),
        "text": BOOKING,
    },
    {
        "name": "Re_ annual review date.eml",
        "kind": "correspondence",
        "headers": headers(
            "SENCo Marlbridge Juniors <senco@example.org>",
            "Pawel Fielding-Brown <pawel.fb@example.org>",
            "Re: annual review date",
            "Wed, 15 Apr 2026 08:12:55 +0100",
        ),
        "text": SENCO_REPLY,
        "qp": True,
    },
]
