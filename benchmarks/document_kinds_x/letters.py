# ruff: noqa: E501
"""Letters of set X: councils' decisions (an island council's letter that opens with a
boxed summary, a mill-valley borough's letter with a tear-off reply slip, a new town's
refusal to issue forwarded by a mother to the SENCo, a decision to keep a plan unchanged
photographed, a refusal to issue scanned for an appeal bundle); mediation certificates (a
harbour-town mediation service, a certificate in a forwarded e-mail, one that came by fax,
one pasted as text); appeal forms; the tribunal's notice, directions and refusal to
postpone; and correspondence from a school's governors, an NHS trust's PALS, a mediation
service, the council and its complaints team. All invented."""

from __future__ import annotations

from document_kinds_x.common import (
    ISLAND_TRUST,
    KESTREL,
    KESTREL_SMALL,
    ROSS,
    ROSS_SMALL,
    WENDLE,
    WENDLE_SMALL,
    headers,
)

W = [0.3, 0.7]

# --- decision letters ------------------------------------------------------------------------

WENDLE_REFUSAL = [
    ("org", WENDLE),
    ("small", WENDLE_SMALL),
    ("p", "Mr and Mrs Penhallow\nFlat 2, Old Ropewalk\nSaltney Quay\nIsle of Wendle WN1 7HD"),
    ("p", "Our reference: IOW/ASR/26/0219    Please ask for: Jenna Quiller    Date: 6 March 2026"),
    (
        "kv",
        [
            ("Child", "Noah Penhallow, date of birth 2 May 2019, Saltney Quay Infant School"),
            ("Request received", "22 January 2026 (from Saltney Quay Infant School)"),
            ("Our decision", "NOT to carry out an education, health and care needs assessment"),
            (
                "Your rights",
                "Appeal to the SEND Tribunal within 2 months; mediation advice first (see page 2)",
            ),
        ],
        W,
    ),
    ("p", "Dear Mr and Mrs Penhallow,"),
    (
        "p",
        "The Island's SEND Assessment Moderation Group met on 4 March 2026 to consider the school's request for an education, health and care needs assessment for Noah. The group looked at the school's request form, Noah's SEN support plan from September 2025, the report of the Island Early Help worker and your own views.",
    ),
    (
        "p",
        "Having considered this information, the Council has decided not to carry out an EHC needs assessment. The group's view is that Noah's speech sound difficulties and his behaviour at lunchtimes are being addressed through SEN support and that the school has not yet had time to see the effect of the speech and language therapy programme started in January. The group did not think that it may be necessary for special educational provision to be made in accordance with an EHC plan at this stage.",
    ),
    (
        "p",
        "We recognise that this will be disappointing. The school's SENCo will invite you to a meeting before Easter to review the support plan, and the Island Inclusion Team will visit the school in the summer term.",
    ),
    ("h", 2, "If you disagree with this decision"),
    (
        "p",
        "You have the right to appeal to the First-tier Tribunal (Special Educational Needs and Disability). Before you can appeal you must contact Harbourside SEND Mediation (01632 960381) for information and advice about mediation, unless your appeal is only about the school named. You must appeal within two months of the date of this letter, or within one month of the date of a mediation certificate if that is later. Independent advice is available from Island SENDIASS, 01632 960388.",
    ),
    (
        "sig",
        [
            "Yours sincerely",
            "",
            "Jenna Quiller",
            "SEND Assessment Coordinator",
            "for the Director of Children's Services",
        ],
    ),
]

ROSS_REFUSAL_SLIP = [
    ("org", ROSS),
    ("small", ROSS_SMALL),
    ("p", "PRIVATE\nMrs C. Haworth\n17 Spinners Row\nWeirbottom\nRV6 3JP"),
    ("p", "Date: 14 May 2026\nRef: DO/SEN/4471"),
    ("p", "Dear Mrs Haworth"),
    ("b", "Re: Liam Haworth (DOB 09/09/2010) - Education, Health and Care needs assessment"),
    (
        "p",
        "Following completion of the statutory assessment, the Local Authority's Special Educational Needs Resource Panel considered the advice received at its meeting on 12 May 2026.",
    ),
    (
        "p",
        "I am writing to inform you that the Local Authority has determined that it is not necessary to make special educational provision for Liam in accordance with an Education, Health and Care Plan. The Authority is of the view that Liam's needs can be met from within the resources normally available to mainstream schools, with the advice contained in the reports obtained, which are enclosed with this letter.",
    ),
    (
        "p",
        "The panel noted that Liam is making progress in literacy, that his attendance has risen to 93 per cent, and that Haslow High School has set out a plan of support for the autumn term. A copy of this letter has been sent to the school.",
    ),
    (
        "p",
        "You have a right of appeal against this decision to the First-tier Tribunal (Special Educational Needs and Disability). Any appeal must be made within two months of the date of this notice or one month from the date of the issue of a mediation certificate, whichever is the later. You must first contact the Pennine Edge Mediation Partnership on 01632 960377 to discuss mediation. Rossendene SENDIASS can offer you impartial advice on 01632 960379.",
    ),
    (
        "p",
        "If you would like to meet to discuss the decision, please complete and return the slip below.",
    ),
    ("sig", ["Yours sincerely", "", "D. Ormerod", "SEN Officer"]),
    (
        "p",
        "- - - - - - - - - - - - - - - - - - - - - - cut here - - - - - - - - - - - - - - - - - - - - - -",
    ),
    ("b", "REPLY SLIP - return to the SEN Section, Town Hall, Mill Lane, Haslow RV4 1DG"),
    ("p", "Child's name: ...........................................   Ref: DO/SEN/4471"),
    (
        "p",
        "[  ] I would like a meeting to discuss the decision not to issue an EHC plan.\n[  ] I do not require a meeting.\nBest telephone number: ........................   Signed: ........................",
    ),
]

KESTREL_REFUSAL_FWD = (
    "Hi Mrs Adeyinka,\n\n"
    "Sharing this with you as promised - the council has said no to a plan for Precious. I'm gutted. Can we meet next week?\n\n"
    "Folake\n\n"
    "-------- Original message --------\n"
    "From: SEND Statutory Team <send.statutory@example.org>\n"
    "Date: 03/07/2026 15:40\n"
    "To: Folake Okonjo <folake.okonjo@example.org>\n"
    "Subject: Outcome of Education, Health and Care Panel - Precious Okonjo\n\n"
    "Dear Ms Okonjo,\n\n"
    "Outcome of EHC needs assessment - Precious Okonjo (date of birth 21/02/2016)\n\n"
    "I am writing to let you know the decision of Kestrel Vale Council following the EHC needs assessment for Precious, which began on 2 February 2026.\n\n"
    "The Education, Health and Care Panel met on 1 July 2026 and considered the advice of the educational psychologist, Coppice Grid Academy, the community paediatrician and your own views. "
    "The Council has decided not to issue an Education, Health and Care plan. The panel concluded that Precious's needs in reading and spelling, and her anxiety about tests, can be met through the school's SEN support with the strategies recommended in the educational psychologist's advice.\n\n"
    "The advice gathered during the assessment will be shared with the school so that it can be used in Precious's SEN support plan. We will write to the school to ask for a review of that plan by 30 September 2026.\n\n"
    "You can appeal against this decision to the First-tier Tribunal (Special Educational Needs and Disability) within two months of the date of this letter, or one month after a mediation certificate is issued, whichever is later. You must first contact Ouselbank Mediation on 01632 960560. "
    "Kestrel Vale SENDIASS can give free impartial advice on 01632 960567.\n\n"
    "Yours sincerely,\n\n"
    "Priya Venkataraman\n"
    "EHC Assessment Coordinator, Kestrel Vale Council\n"
)

MAINTAIN_PHOTO = """
ISLE OF WENDLE COUNCIL
Children's Services - SEND Team
County Hall, Quay Road, Saltney Quay WN1 4QA

Mrs A. Trevanion
Gull Cottage, Chine Lane
Brightcombe WN4 8PT

Date: 30 January 2026
Ref: IOW/AR/1186/26

Dear Mrs Trevanion

ANNUAL REVIEW OF KITTY TREVANION'S EDUCATION, HEALTH AND CARE PLAN
Notice of decision under regulation 22 of the Special Educational Needs and Disability Regulations 2014

Thank you for attending Kitty's annual review meeting at Brightcombe Academy on 16 January 2026. We have now received the school's report of the review and your comments.

Having considered the report, the Council has decided to MAINTAIN Kitty's EHC plan WITHOUT AMENDMENT. The Council considers that the plan still describes Kitty's needs and the provision she requires, and that the changes suggested at the meeting can be made when the plan is reviewed for her move to college.

As this decision is made following a review, you have the right to appeal to the First-tier Tribunal (Special Educational Needs and Disability) against the content of the plan (Sections B, F and I). You must appeal within two months of the date of this letter or one month from the date of a mediation certificate. You must contact Harbourside SEND Mediation on 01632 960381 before lodging an appeal.

Yours sincerely

Morwenna Stacey
SEND Plan Coordinator
"""

BUNDLE_SCAN_REFUSAL = """
Scanned by WorkCentre 7845 on 02/06/2024 18:11   Page 1

KESTREL VALE COUNCIL
SEND Statutory Assessment and Review
Civic Offices, 1 Grafton Boulevard, Kestrel Vale KV9 3AA

Mr T. and Mrs S. Farooqui
22 Fennel Square, Coppice Grid
Kestrel Vale KV12 6DP

Date: 19 March 2024
Our ref: KV/EHCNA/24/0733

Dear Mr and Mrs Farooqui

Re: Zain Farooqui, date of birth 11/01/2015
Decision following education, health and care needs assessment

The Council has completed the EHC needs assessment for Zain and the information gathered was considered by the Education, Health and Care Panel on 14 March 2024.

The Council's decision is that it will not issue an EHC plan for Zain. The panel considered that Zain's physical needs can be met through reasonable adjustments under the Equality Act 2010 and the school's SEN support, and that his therapy needs are health needs to be met by the NHS.

You have the right to appeal to the First-tier Tribunal (Special Educational Needs and Disability) against this decision. You must contact Ouselbank Mediation on 01632 960560 first. The time limit for an appeal is two months from the date of this letter or one month from the date of a mediation certificate, whichever is later.

Yours sincerely

Priya Venkataraman
EHC Assessment Coordinator
"""

# --- mediation certificates ------------------------------------------------------------------

HARBOURSIDE_CERT = [
    ("org", "Harbourside SEND Mediation"),
    (
        "small",
        "An independent disagreement resolution and mediation service - The Sail Loft, 9 Harbour Steps, Saltney Quay WN1 2BE - 01632 960381 - hello@example.org",
    ),
    ("title", "Mediation Certificate"),
    (
        "p",
        "Issued under section 55(5) of the Children and Families Act 2014 and regulation 39 of the Special Educational Needs and Disability Regulations 2014",
    ),
    (
        "kv",
        [
            ("Parent", "Gemma Marsh"),
            ("Child", "Tegan Marsh-Oyelaran (date of birth 19/08/2017)"),
            ("Local authority", "Isle of Wendle Council"),
            (
                "Matter",
                "The contents of the EHC plan finalised on 3 June 2026 (Sections B, F and I)",
            ),
            ("Date mediation took place", "26 June 2026, by video call"),
            (
                "Outcome",
                "Mediation took place. Agreement was reached on some matters (occupational therapy advice will be added to Section F) but not on others (the amount of speech and language therapy and the hours of additional adult support).",
            ),
        ],
        W,
    ),
    (
        "p",
        "This certificate confirms that mediation has taken place. The parent may now register an appeal with the First-tier Tribunal (Special Educational Needs and Disability). The appeal must be made within two months of the date of the local authority's decision or one month from the date of this certificate, whichever is later.",
    ),
    ("sig", ["Signed: Carys Ellery-Jones, Mediator", "Date of issue: 29 June 2026"]),
]

CERT_FWD_BODY = (
    "Hi Bryony - see below, this is the certificate. Does this mean I can do the SEND35 now?\nFolake\n\n"
    "Sent from my phone\n\n"
    "Begin forwarded message:\n\n"
    "From: Ouselbank Mediation <certificates@example.org>\n"
    "Date: 14 July 2026 at 10:02:11 BST\n"
    "To: Folake Okonjo <folake.okonjo@example.org>\n"
    "Subject: Your mediation certificate - ref OM/26/0418\n\n"
    "Dear Ms Okonjo,\n\n"
    "Thank you for speaking to us on 13 July 2026. As you have told us that you do not wish to go to mediation at this time, we are issuing this certificate.\n\n"
    "MEDIATION CERTIFICATE\n"
    "Reference: OM/26/0418\n"
    "Parent: Folake Okonjo\n"
    "Child: Precious Okonjo, date of birth 21/02/2016\n"
    "Local authority: Kestrel Vale Council\n"
    "Decision: decision not to issue an EHC plan, dated 3 July 2026\n"
    "This is to certify that the parent has been provided with information about mediation under section 55 of the Children and Families Act 2014 and has informed the mediation adviser that she does not wish to pursue mediation.\n"
    "Date of issue: 14 July 2026\n"
    "Mediation adviser: Theo Blackwood\n\n"
    "You can now appeal to the SEND Tribunal. Please keep this certificate, as the Tribunal will ask for a copy.\n\n"
    "Ouselbank Mediation - Unit 3, Loughton Lodge Business Park, Kestrel Vale KV5 2EL - 01632 960560\n"
)

FAX_CERT = """
03-AUG-2026 09:47   PENNINE EDGE MEDIATION   01632 960377   P.01

PENNINE EDGE MEDIATION PARTNERSHIP
SEND Disagreement Resolution and Mediation
Old Co-op Buildings, 4 Market Street, Haslow RV4 2AB

CERTIFICATE OF MEDIATION
(Section 55 Children and Families Act 2014)

Parent / young person: Mrs Claire Haworth
Child: Liam Haworth   DOB: 09/09/2010
Local authority: Rossendene Valley Borough Council
Subject of disagreement: Decision not to issue an EHC plan (notice dated 14 May 2026)

Mediation was held on 29 July 2026 at Haslow Library meeting room.
The mediation did not resolve the disagreement.

The parent may now appeal to the First-tier Tribunal (SEND). An appeal must be made within one month of the date of this certificate or two months of the local authority decision, whichever is later.

Signed: J. Greenhalgh, Accredited Mediator
Date of issue: 31 July 2026
"""

ROSS_CERT_TXT = """
Pennine Edge Mediation Partnership
Old Co-op Buildings, 4 Market Street, Haslow RV4 2AB   Tel 01632 960377

Ref: PEM/26/1102
Date: 9 December 2026

MEDIATION INFORMATION CERTIFICATE

Name of parent: Mrs Aminata Sesay
Name of child: Ibrahim Sesay, date of birth 14 November 2012
Local authority: Rossendene Valley Borough Council
Decision: Amended EHC plan issued 4 December 2026 (Section F)

We confirm that Mrs Sesay contacted the Partnership on 8 December 2026 and was given information about mediation. She has told us she does not want to take part in mediation. This certificate is issued under section 55(4) of the Children and Families Act 2014.

Issued by: Nadeem Rashid, Mediation Adviser
"""

# --- appeal forms ----------------------------------------------------------------------------

SEND35 = [
    ("org", "First-tier Tribunal (Special Educational Needs and Disability)"),
    (
        "title",
        "SEND35 - Notice of appeal against a local authority decision about an EHC needs assessment or EHC plan",
    ),
    ("h", 2, "Section 1 - About the child or young person"),
    ("field", "Full name", "Tegan Marsh-Oyelaran"),
    ("field", "Date of birth", "19 August 2017"),
    ("h", 2, "Section 2 - About you (the appellant)"),
    ("field", "Name", "Gemma Marsh"),
    ("field", "Address", "4 Lifeboat Terrace, Undercliff, Isle of Wendle WN6 2RS"),
    ("field", "Telephone and e-mail", "07700 900318 / gemma.marsh@example.org"),
    ("h", 2, "Section 3 - The local authority"),
    ("field", "Local authority", "Isle of Wendle Council"),
    ("field", "Date of the decision you are appealing", "3 June 2026 (final EHC plan)"),
    ("h", 2, "Section 4 - Mediation"),
    (
        "field",
        "Do you have a mediation certificate?",
        "Yes - Harbourside SEND Mediation, issued 29 June 2026 (copy attached)",
    ),
    ("h", 2, "Section 5 - What are you appealing against?"),
    (
        "field",
        "Tick all that apply",
        "[X] Section B   [X] Section F   [ ] Section I   [ ] Refusal to assess   [ ] Refusal to issue",
    ),
    ("h", 2, "Section 6 - Reasons for appeal"),
    (
        "p",
        "1. Section B does not describe Tegan's difficulties with handwriting and fatigue in enough detail; the OT advice of 19 February 2026 is not reflected.",
    ),
    (
        "p",
        "2. Section F does not specify speech and language therapy by a therapist. The SLT advice recommends direct therapy of 6 sessions a term; the plan says only 'a programme'.",
    ),
    (
        "p",
        "3. The 20 hours of adult support are not enough; school reported that Tegan needs an adult for the whole of the afternoon.",
    ),
    ("h", 2, "Section 9 - Hearing"),
    (
        "field",
        "Can the appeal be decided without a hearing?",
        "No. I would like a hearing by video.",
    ),
    ("h", 2, "Section 11 - Declaration"),
    ("p", "I confirm that the information in this form is true to the best of my knowledge."),
    ("sig", ["Signed: G. Marsh", "Date: 8 July 2026"]),
]

REASONS_ATTACHMENT = [
    ("title", "Attachment to SEND35 - Reasons for appeal"),
    (
        "p",
        "Appellant: Mrs Claire Haworth    Child: Liam Haworth (DOB 09/09/2010)    Respondent: Rossendene Valley Borough Council",
    ),
    (
        "p",
        "Decision appealed: refusal to issue an EHC plan, notice dated 14 May 2026. Mediation certificate dated 31 July 2026 attached.",
    ),
    (
        "num",
        [
            "The Local Authority's own educational psychologist advised that Liam needs a daily small-group literacy intervention delivered by a specialist teacher. Haslow High School has told me in writing that it cannot fund this from its notional SEN budget.",
            "Liam's attendance of 93 per cent quoted in the notice included the weeks when he was on a reduced timetable and marked present for half-days. His attendance at full days is below 80 per cent.",
            "Liam has been on SEN support since Year 2 and has made less than expected progress despite three cycles of assess, plan, do, review.",
            "The special educational provision Liam needs is more than a mainstream school can make from its own resources, and it is necessary for provision to be made in accordance with an EHC plan (section 37(1) of the Children and Families Act 2014).",
        ],
    ),
    (
        "p",
        "Orders sought: that the Tribunal orders the Local Authority to make and maintain an EHC plan for Liam.",
    ),
    ("sig", ["Claire Haworth", "1 August 2026"]),
]

FORM_CHECK_BODY = (
    "Hi Sian,\n\n"
    "Thank you for offering to look over my appeal form before I send it. I've copied my answers below so you can read them on your phone. The tribunal address is on the form.\n\n"
    "SEND35 NOTICE OF APPEAL\n\n"
    "Section 1 Child: Precious Okonjo, date of birth 21 February 2016\n"
    "Section 2 Appellant: Folake Okonjo, 8 Tansy Court, Coppice Grid, Kestrel Vale KV12 6DS, 07700 900562\n"
    "Section 3 Local authority: Kestrel Vale Council. Date of decision: 3 July 2026\n"
    "Section 4 Mediation certificate: Ouselbank Mediation, OM/26/0418, issued 14 July 2026\n"
    "Section 5 I am appealing against: the decision not to issue an EHC plan after an assessment\n"
    "Section 6 Reasons:\n"
    "(a) The educational psychologist found Precious's reading to be at the 1st percentile and said she needs specialist teaching for dyslexia four times a week. The school cannot provide this.\n"
    "(b) Precious's anxiety about school has got worse and she has been seen by CAMHS.\n"
    "(c) Two years of SEN support have not closed the gap.\n"
    "Section 7 Representative: none\n"
    "Section 9 Hearing: I want a hearing and I will attend with my sister.\n"
    "Section 11 Declaration: signed Folake Okonjo, 20 July 2026\n\n"
    "Documents I'm attaching: the decision e-mail, the mediation certificate, the EP report.\n\n"
    "Is that OK? Many thanks,\nFolake\n"
)

SEND35_PHOTO = """
SEND35
Notice of appeal - First-tier Tribunal (Special Educational Needs and Disability)

Section 1 - Child or young person
Full name: LIAM HAWORTH
Date of birth: 09/09/2010

Section 2 - Appellant
Name: CLAIRE HAWORTH
Address: 17 SPINNERS ROW, WEIRBOTTOM RV6 3JP
Phone: 07700 900731

Section 3 - Local authority: ROSSENDENE VALLEY BOROUGH COUNCIL
Date of decision letter: 14/05/2026

Section 4 - Mediation certificate attached: YES (Pennine Edge, 31/07/2026)

Section 5 - Type of appeal: refusal to issue an EHC plan [X]

Section 6 - Reasons for appeal: please see the attached sheet (4 points)

Section 8 - Other people: I would like Liam's tutor to come to the hearing as a witness.

Section 11 - Declaration. I believe the facts stated in this appeal are true.
Signed C. Haworth   Date 01/08/2026
"""

# --- tribunal papers -------------------------------------------------------------------------

NOTICE_OF_HEARING = [
    ("org", "First-tier Tribunal (Special Educational Needs and Disability)"),
    (
        "small",
        "SEND Tribunal, PO Box 9900, Northallerton Road, Darlington DL1 9XT - 01632 960610 - send.tribunal@example.org",
    ),
    (
        "p",
        "Appeal number: EH933/26/00417\nAppellant: Mrs Gemma Marsh\nChild: Tegan Marsh-Oyelaran\nRespondent: Isle of Wendle Council",
    ),
    ("title", "NOTICE OF HEARING AND DIRECTIONS"),
    (
        "p",
        "The appeal will be heard by video on 14 October 2026, starting at 10:00. The hearing is listed for one day. A link will be sent to the parties by e-mail five working days before.",
    ),
    ("p", "Tribunal Judge A. Whitcombe directs as follows:"),
    (
        "np",
        "1.",
        "The Local Authority shall by 2 September 2026 send to the Tribunal and the appellant a working document of Sections B, F and I in the agreed format, showing the parties' proposed amendments.",
    ),
    (
        "np",
        "2.",
        "Each party shall by 16 September 2026 send to the Tribunal an attendance form naming no more than three witnesses.",
    ),
    (
        "np",
        "3.",
        "The Local Authority shall prepare and send to the Tribunal, in electronic form, a paginated and indexed hearing bundle by 30 September 2026.",
    ),
    (
        "np",
        "4.",
        "Any party who does not comply with these directions may be barred from taking further part in the proceedings.",
    ),
    ("sig", ["Tribunal Judge A. Whitcombe", "Date: 5 August 2026"]),
]

POSTPONE_EMAIL = (
    "Dear Parties,\n\n"
    "EH902/26/00588 - Lindqvist v Kestrel Vale Council\n\n"
    "The Local Authority's request of 21 September 2026 to postpone the hearing listed for 6 October 2026 has been placed before a Tribunal Judge.\n\n"
    "Judge R. Okafor has directed:\n\n"
    "1. The request to postpone is REFUSED. The reason given (the unavailability of the Local Authority's educational psychologist) does not outweigh the delay to the child. The Local Authority may call another psychologist who has read the papers, or ask for its witness to attend by video for part of the day.\n"
    "2. The hearing will go ahead on 6 October 2026 by video as listed.\n"
    "3. The Local Authority shall send the final working document to the Tribunal and to the appellant by 12:00 on 30 September 2026.\n\n"
    "Regards,\n\n"
    "Tribunal Caseworker\nFirst-tier Tribunal (Special Educational Needs and Disability)\n\n"
    "Please quote the appeal number in all correspondence. This inbox is not monitored out of hours.\n"
)

LATE_EVIDENCE_ORDER = [
    ("org", "First-tier Tribunal (Special Educational Needs and Disability)"),
    ("p", "Appeal: EH902/26/00588    Child: Harri Lindqvist    Respondent: Kestrel Vale Council"),
    ("title", "Case management order"),
    (
        "p",
        "Upon the appellant's application of 24 September 2026 to admit late evidence, and upon reading the Local Authority's response of 28 September 2026:",
    ),
    ("b", "It is ordered that"),
    (
        "np",
        "1.",
        "The report of Dr Saoirse Delaney, paediatric neuropsychologist, dated 20 September 2026 (18 pages) is admitted as evidence.",
    ),
    (
        "np",
        "2.",
        "Dr Delaney may give evidence at the hearing for no more than 45 minutes, by video.",
    ),
    (
        "np",
        "3.",
        "The Local Authority may send a written response to Dr Delaney's report of no more than five pages by 3 October 2026.",
    ),
    ("np", "4.", "The hearing remains listed for 6 October 2026."),
    ("b", "Reasons"),
    (
        "p",
        "The report goes to the central issue of Harri's cognitive needs after his brain injury and could not have been obtained earlier because of the waiting time for assessment. The Local Authority is not unfairly prejudiced if it has time to respond.",
    ),
    ("sig", ["Tribunal Judge R. Okafor", "29 September 2026"]),
]

NATIONAL_TRIAL_SCAN = """
First-tier Tribunal (Special Educational Needs and Disability)

Appeal number: EH933/26/00417
Marsh v Isle of Wendle Council

DIRECTIONS - extended appeal (health and social care recommendations)

1. The appellant has asked the Tribunal to make non-binding recommendations about the health aspects of the EHC plan (Sections C and G). The Tribunal has power to do so under the Special Educational Needs and Disability (First-tier Tribunal Recommendations Power) Regulations 2017.
2. Isle of Wendle Healthcare NHS Trust, as the health commissioning body, is to be notified of the appeal and shall send a written response to the Tribunal and the parties by 9 September 2026, setting out its position on physiotherapy and occupational therapy for Tegan.
3. The Trust may send a representative to the hearing on 14 October 2026. If it does so it shall tell the Tribunal by 23 September 2026.
4. The Local Authority shall include the Trust's response in the hearing bundle.

Tribunal Judge A. Whitcombe
Date: 12 August 2026
"""

# --- correspondence --------------------------------------------------------------------------

GOVERNORS_REPLY = [
    ("org", "Undercliff Church of England Primary School"),
    (
        "small",
        "Chine Road, Undercliff, Isle of Wendle WN6 2QT - 01632 960395 - Headteacher: Mrs L. Rowse",
    ),
    ("p", "Mrs G. Marsh\n4 Lifeboat Terrace\nUndercliff WN6 2RS"),
    ("p", "9 June 2026"),
    ("p", "Dear Mrs Marsh,"),
    ("b", "Your complaint - Stage 3 (Governors' complaints panel)"),
    (
        "p",
        "I am writing as Chair of the Governors' complaints panel, which met on 4 June 2026 to consider your complaint about the use of the school's quiet room and the arrangements at lunchtime for Tegan.",
    ),
    (
        "p",
        "The panel heard from you, from Mrs Rowse and from the SENCo, Mr Ruddock. The panel partly upheld your complaint. We found that on two occasions in March Tegan was taken to the quiet room without her key adult and that you were not told the same day. We did not uphold the part of your complaint about the lunchtime rota.",
    ),
    (
        "p",
        "The panel has asked the headteacher to make sure that parents are told on the same day whenever the quiet room is used, and to report to the full governing board in July. This letter completes the school's complaints procedure. If you remain unhappy you may refer the matter to the Department for Education.",
    ),
    (
        "sig",
        ["Yours sincerely,", "", "Revd Peter Tregenza", "Chair of Governors' Complaints Panel"],
    ),
]

PALS_REPLY = [
    ("org", ISLAND_TRUST),
    (
        "small",
        "Patient Advice and Liaison Service (PALS) - St Lawrence Hospital, Hospital Lane, Saltney Quay WN1 9LS - 01632 960402",
    ),
    ("p", "Private and confidential\nMr F. Oyelaran\n4 Lifeboat Terrace\nUndercliff WN6 2RS"),
    ("p", "Our ref: PALS/26/0871    Date: 18 May 2026"),
    ("p", "Dear Mr Oyelaran,"),
    (
        "p",
        "Thank you for contacting PALS on 5 May 2026 about the wait for Tegan's speech and language therapy review. I am sorry for the worry this has caused.",
    ),
    (
        "p",
        "I have spoken to the Children's Therapy Service manager. She has confirmed that Tegan is on the waiting list for a review with the school-age team and that the current wait is about 18 weeks. Tegan has now been booked for 2 July 2026 at the Undercliff Health Centre. The manager has also asked the therapist to send her advice to the school after that appointment.",
    ),
    (
        "p",
        "If you are not satisfied with this response you can make a formal complaint to the Trust's Complaints Team at the address above.",
    ),
    ("sig", ["Yours sincerely,", "", "Lowri Pascoe", "PALS Officer"]),
]

MEDIATION_BOOKING = (
    "Dear Mrs Marsh,\n\n"
    "Thank you for choosing mediation. I am pleased to confirm the arrangements below.\n\n"
    "Date: Friday 26 June 2026\n"
    "Time: 10:00 to 13:00\n"
    "Where: by video call (Teams). The link will be sent on 24 June.\n"
    "Mediator: Carys Ellery-Jones\n"
    "Attending for Isle of Wendle Council: Rhys Penmorvah, SEND Plan Coordinator, and Dr Ellen Marchbank, Senior Educational Psychologist.\n\n"
    "You are welcome to bring a supporter, for example a friend or someone from Island SENDIASS. Please send me any papers you would like the mediator to read by 22 June. "
    "If the mediation does not resolve everything we will send you a certificate within three working days so you can appeal.\n\n"
    "With best wishes,\n\n"
    "Ffion Tremayne\nCase Coordinator\nHarbourside SEND Mediation\nThe Sail Loft, 9 Harbour Steps, Saltney Quay WN1 2BE\n01632 960381\n"
)

AR_INVITE = [
    ("org", KESTREL),
    ("small", KESTREL_SMALL),
    ("p", "Mr and Mrs Farooqui\n22 Fennel Square, Coppice Grid\nKestrel Vale KV12 6DP"),
    ("p", "Date: 10 September 2026"),
    ("p", "Dear Mr and Mrs Farooqui,"),
    ("b", "Invitation to Zain's annual review meeting"),
    (
        "p",
        "Zain's EHC plan is due to be reviewed this term. Oakgrove School will hold the annual review meeting on:",
    ),
    (
        "kv",
        [
            ("Date", "Thursday 15 October 2026"),
            ("Time", "2.15pm"),
            (
                "Place",
                "Learning Support Centre, Oakgrove School, Oakgrove Redway, Kestrel Vale KV8 4NN",
            ),
        ],
    ),
    (
        "p",
        "We will ask Zain's physiotherapist, his occupational therapist and his teachers for reports. The school will send you copies at least two weeks before the meeting. Please fill in the enclosed 'Your views' form and bring it along or send it to the school beforehand. Zain is very welcome to attend all or part of the meeting.",
    ),
    ("p", "If the date is not convenient, please ring Mrs Dhillon, SENCo, on 01632 960552."),
    (
        "sig",
        [
            "Yours sincerely,",
            "",
            "Kamaljit Dhillon",
            "SENCo, Oakgrove School, on behalf of Kestrel Vale Council",
        ],
    ),
]

DELAY_REPLY = (
    "Dear Mrs Lindqvist,\n\n"
    "Thank you for your e-mail of this morning and I am sorry you have had to chase.\n\n"
    "You are right that the 20-week time limit for Harri's plan ended on 29 June. The delay is because the paediatric advice reached us late. I have now got everything I need and the plan will go to our quality panel on 9 July. I expect to issue the final plan by 17 July 2026 and I will ring you the day before.\n\n"
    "I have also asked the school to keep the teaching assistant hours they have been providing in place until the plan is final.\n\n"
    "Kind regards,\n\n"
    "Priya Venkataraman\nEHC Assessment Coordinator\nKestrel Vale Council\n01632 960544\n\n"
    "-----Original Message-----\n"
    "From: Linnea Lindqvist <linnea.l@example.org>\n"
    "Sent: 01 July 2026 08:12\n"
    "To: Venkataraman, Priya <priya.venkataraman@example.org>\n"
    "Subject: Harri - when will the final plan be issued?\n\n"
    "Dear Priya, the final plan was due by 29 June. We have heard nothing. Please tell me when it will be issued. Linnea\n"
)

COMPLAINT_SCAN = """
ROSSENDENE VALLEY BOROUGH COUNCIL
Customer Feedback Team
Town Hall, Mill Lane, Haslow RV4 1DG

Mrs A. Sesay
5 Tenter Street
Haslow RV4 3QL

Our ref: CF/26/2290
Date: 22 October 2026

Dear Mrs Sesay

Stage 1 complaint - transfer of Ibrahim's EHC plan

Thank you for your complaint received on 1 October 2026. You complained that the Council did not arrange the speech and language therapy in Ibrahim's plan when he moved to Rossendene from the Isle of Wendle, and that your e-mails to the SEN Section were not answered.

I have looked into your complaint. When a child with an EHC plan moves into our area, the Council becomes responsible for the plan from the date of the move and must secure the provision in it. The plan was received from the Isle of Wendle Council on 14 August 2026, but the SEN Section did not contact the NHS therapy service until 28 September. I uphold this part of your complaint and apologise.

Your e-mails of 7 and 15 September were not answered because the officer was on leave and the e-mails were not redirected. I uphold this part too.

To put things right, therapy began on 12 October, and the SEN Section will review Ibrahim's plan by 20 November 2026. If you are not satisfied, you may ask for your complaint to be considered at Stage 2 within 20 working days.

Yours sincerely

K. Barraclough
Customer Feedback Officer
"""

DOCUMENTS: list[dict] = [
    {
        "name": "Wendle decision.pdf",
        "kind": "decision_letter",
        "blocks": WENDLE_REFUSAL,
        "accent": "0B6E69",
    },
    {
        "name": "letter from council 14 May.docx",
        "kind": "decision_letter",
        "blocks": ROSS_REFUSAL_SLIP,
    },
    {
        "name": "Fwd_ Outcome of Education, Health and Care Panel - Precious Okonjo.eml",
        "kind": "decision_letter",
        "text": KESTREL_REFUSAL_FWD,
        "headers": headers(
            "Folake Okonjo <folake.okonjo@example.org>",
            "Mrs B. Adeyinka <senco@example.org>",
            "Fwd: Outcome of Education, Health and Care Panel - Precious Okonjo",
            "Fri, 3 Jul 2026 19:55:03 +0100",
        ),
    },
    {"name": "IMG_4471.pdf", "kind": "decision_letter", "text": MAINTAIN_PHOTO, "ocr": 0.09},
    {
        "name": "Appeal evidence 1 of 6.pdf",
        "kind": "decision_letter",
        "text": BUNDLE_SCAN_REFUSAL,
        "ocr": True,
    },
    {
        "name": "Harbourside mediation.pdf",
        "kind": "mediation_certificate",
        "blocks": HARBOURSIDE_CERT,
        "accent": "2A6F97",
    },
    {
        "name": "Fwd_ Your mediation certificate - ref OM_26_0418.eml",
        "kind": "mediation_certificate",
        "text": CERT_FWD_BODY,
        "headers": headers(
            "Folake Okonjo <folake.okonjo@example.org>",
            "Bryony Kettle <bryony.kettle@example.org>",
            "Fwd: Your mediation certificate - ref OM/26/0418",
            "Tue, 14 Jul 2026 12:30:44 +0100",
        ),
        "html": True,
    },
    {"name": "fax.pdf", "kind": "mediation_certificate", "text": FAX_CERT, "ocr": True},
    {"name": "PEM letter.txt", "kind": "mediation_certificate", "text": ROSS_CERT_TXT},
    {"name": "SEND35 Tegan.pdf", "kind": "appeal_form", "blocks": SEND35, "sans": True},
    {"name": "Liam - reasons.docx", "kind": "appeal_form", "blocks": REASONS_ATTACHMENT},
    {
        "name": "can you check my form please.eml",
        "kind": "appeal_form",
        "text": FORM_CHECK_BODY,
        "headers": headers(
            "Folake Okonjo <folake.okonjo@example.org>",
            "Sian Mabbutt <sian.mabbutt@example.org>",
            "can you check my form please",
            "Mon, 20 Jul 2026 22:41:09 +0100",
        ),
        "qp": True,
    },
    {"name": "IMG_20260801_2214.pdf", "kind": "appeal_form", "text": SEND35_PHOTO, "ocr": 0.1},
    {"name": "hearing date.pdf", "kind": "tribunal_direction", "blocks": NOTICE_OF_HEARING},
    {
        "name": "RE_ EH902_26_00588 - request to postpone.eml",
        "kind": "tribunal_direction",
        "text": POSTPONE_EMAIL,
        "headers": headers(
            "SEND Tribunal <send.tribunal@example.org>",
            "linnea.l@example.org; send.legal@example.org",
            "RE: EH902/26/00588 - request to postpone",
            "Tue, 22 Sep 2026 14:05:31 +0100",
        ),
    },
    {"name": "order 29 Sept.docx", "kind": "tribunal_direction", "blocks": LATE_EVIDENCE_ORDER},
    {
        "name": "Trust letter tribunal.pdf",
        "kind": "tribunal_direction",
        "text": NATIONAL_TRIAL_SCAN,
        "ocr": True,
    },
    {
        "name": "school letter 9 June.pdf",
        "kind": "correspondence",
        "blocks": GOVERNORS_REPLY,
        "accent": "5B2C6F",
    },
    {
        "name": "NHS letter SALT.docx",
        "kind": "correspondence",
        "blocks": PALS_REPLY,
        "accent": "005EB8",
    },
    {
        "name": "Mediation arrangements - Tegan.eml",
        "kind": "correspondence",
        "text": MEDIATION_BOOKING,
        "headers": headers(
            "Ffion Tremayne <ffion.t@example.org>",
            "Gemma Marsh <gemma.marsh@example.org>",
            "Mediation arrangements - Tegan Marsh-Oyelaran",
            "Thu, 11 Jun 2026 09:14:00 +0100",
        ),
    },
    {"name": "Zain annual review.docx", "kind": "correspondence", "blocks": AR_INVITE},
    {
        "name": "RE_ Harri - when will the final plan be issued_.eml",
        "kind": "correspondence",
        "text": DELAY_REPLY,
        "headers": headers(
            "Venkataraman, Priya <priya.venkataraman@example.org>",
            "Linnea Lindqvist <linnea.l@example.org>",
            "RE: Harri - when will the final plan be issued?",
            "Wed, 1 Jul 2026 11:26:52 +0100",
        ),
    },
    {"name": "council response.pdf", "kind": "correspondence", "text": COMPLAINT_SCAN, "ocr": True},
]
