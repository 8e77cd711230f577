# ruff: noqa: E501
"""Letters of set S: councils' decisions (a letter opening with a "key facts" box, a
refusal to issue by e-mail, a decision to cease photographed, a decision not to amend
after a review in a memo layout); a mediation service's certificates and a letter that is
not one; appeal forms; the tribunal's letters, orders and a fax; and correspondence from
the council, a school's governors, an NHS trust, a mediation service and a parent. All
invented."""

from __future__ import annotations

from document_kinds_s.common import (
    ASH,
    ASH_SMALL,
    COLNE_NHS,
    SALT,
    SALT_SMALL,
    TRIB,
    TRIB_SMALL,
    headers,
)

# --- decision letters ---------------------------------------------------------------------

KEY_FACTS_REFUSAL = [
    ("org", ASH),
    ("small", ASH_SMALL),
    (
        "kv",
        [
            ("Child", "Leo Brockenhurst-Dale (DOB 03/05/2018)"),
            ("Request received", "9 April 2026"),
            ("Requested by", "Mrs F Brockenhurst-Dale (parent)"),
            ("Outcome", "Not agreed"),
            (
                "Your right of appeal ends",
                "2 months from the date of this letter or 1 month from a mediation certificate, if later",
            ),
        ],
        (50, 120),
    ),
    ("p", "3 June 2026"),
    ("p", "Dear Mrs Brockenhurst-Dale"),
    (
        "p",
        "Thank you for your request for an education, health and care needs assessment for Leo. The Ashmere SEND Decision Making Group considered the request on 28 May 2026 alongside information from Beaulea Infant School and the Ashmere Heath speech and language therapy service.",
    ),
    (
        "p",
        "The group decided that it is not necessary to carry out an EHC needs assessment under section 36 of the Children and Families Act 2014. Leo is making progress with the support the school provides at SEN support, including a weekly language group, and the school has funding it has not yet used for him.",
    ),
    (
        "p",
        "We recognise this may be disappointing. If you disagree you may appeal to the First-tier Tribunal (SEND). Before registering an appeal you must contact Heathside Family Mediation (01632 960733) about mediation, unless your appeal is only about the school named. Ashmere SENDIASS can advise you on 01632 960318.",
    ),
    (
        "sig",
        ["Yours sincerely", "", "Marcus Penhaligon", "Senior SEN Officer (North Forest locality)"],
    ),
]

REFUSE_ISSUE_EMAIL = """Dear Ms Quarrie,

Re: Outcome of EHC needs assessment - Alfie Quarrie (DOB 21/08/2015)

I am writing to let you know the outcome of the needs assessment we completed for Alfie. The Saltings SEND Panel met on 12 May 2026 and looked at all of the advice we gathered (educational psychology, school, paediatric and speech and language therapy advice, and your own views).

The panel's decision is that Saltings Borough Council will not issue an Education, Health and Care plan for Alfie. The panel agreed that Alfie has special educational needs, but found that they can be met from the resources ordinarily available to Marshside Primary School, with a SEN support plan drawing on the recommendations of the assessment. We will send you the information gathered during the assessment so that the school can use it.

You have the right to appeal this decision to the SEND Tribunal within two months of the date of this e-mail, or within one month of the date of a mediation certificate, whichever is later. You will need to contact the mediation adviser first. A letter confirming this decision will follow by post.

Kind regards

Priya Venkataraman
EHC Coordinator
Inclusion and SEND Service, Saltings Borough Council
01632 960548
"""

CEASE_PHOTO = [
    ("org", SALT),
    ("small", SALT_SMALL),
    ("p", "Mr and Mrs Lightfoot\n7 Oyster Row\nWickham Saltings\nTB6 1RE"),
    ("p", "19 June 2026"),
    ("b", "Notice of decision to cease to maintain the EHC plan of Connor Lightfoot"),
    (
        "p",
        "Following our letter of 8 May 2026 telling you that we were considering ceasing to maintain Connor's EHC plan, and having considered your response and the views of Tollbury College, the local authority has now decided to cease to maintain the plan.",
    ),
    (
        "p",
        "Connor has completed his course and has accepted a full-time apprenticeship with Marsh & Creek Boatyard. The authority considers that he no longer requires the special educational provision specified in the plan. The plan will cease on 31 July 2026.",
    ),
    (
        "p",
        "You and Connor may appeal to the Tribunal against this decision. The plan will be maintained until the appeal is concluded if you appeal within the time limit.",
    ),
    ("sig", ["Yours faithfully", "D. Fairweather", "Head of SEND"]),
]

MEMO_NO_AMEND = [
    ("org", ASH),
    (
        "kv",
        [
            ("To", "Mr O. and Ms K. Haverstock, parents of Freya Haverstock"),
            ("From", "SEN Assessment and Planning Team (Ringholt)"),
            ("Date", "27 March 2026"),
            ("Subject", "Annual review of Freya's EHC plan - our decision"),
        ],
    ),
    (
        "p",
        "Freya's annual review meeting took place at Ringholt School on 2 March 2026, and we received the school's report of the review on 9 March.",
    ),
    (
        "p",
        "Having considered the report, the views you expressed at the meeting and the updated advice from the physiotherapist, the local authority has decided to continue to maintain Freya's EHC plan without amendment (regulation 20 of the SEND Regulations 2014). We consider that the plan still describes her needs and the provision she requires.",
    ),
    (
        "p",
        "We know you asked for the occupational therapy in Section F to be increased. We have not agreed to this because the OT's advice of February 2026 recommends the same level of input.",
    ),
    (
        "p",
        "If you disagree with this decision you can appeal to the First-tier Tribunal (SEND) about Sections B, F and I. The time limit is two months from the date of this notice, or one month from a mediation certificate if later.",
    ),
    ("sig", ["Jaswinder Kaur-Ellis", "SEN Officer"]),
]

# --- mediation ----------------------------------------------------------------------------

CERT = [
    ("org", "Heathside Family Mediation"),
    ("small", "Registered charity 1190xxx - Unit 4, Pondhead Yard, Beaulea AF4 2DJ - 01632 960733"),
    ("title", "Mediation Certificate"),
    (
        "p",
        "Issued under section 55 of the Children and Families Act 2014 and regulation 34 of the Special Educational Needs and Disability Regulations 2014",
    ),
    (
        "kv",
        [
            ("Parent", "Mrs Faye Brockenhurst-Dale"),
            ("Child", "Leo Brockenhurst-Dale"),
            ("Local authority", "Ashmere County Council"),
            ("Date of contact", "10 June 2026"),
            ("Date certificate issued", "12 June 2026"),
        ],
    ),
    (
        "p",
        "This certificate confirms that the parent named above contacted the mediation adviser and was given information about mediation. The parent has decided not to pursue mediation at this time.",
    ),
    (
        "p",
        "The parent may now register an appeal with the First-tier Tribunal (SEND). This certificate must be sent with the appeal.",
    ),
    ("sig", ["Claire Hoxley", "Mediation Adviser"]),
]

FWD_CERT = """---------- Forwarded message ---------
From: Heathside Family Mediation <bookings@heathside-mediation.example.org>
Date: Thu, 7 May 2026 at 15:20
Subject: Certificate - Haverstock / Ashmere County Council
To: <o.haverstock@example.org>

Dear Mr Haverstock,

MEDIATION CERTIFICATE

Case: Freya Haverstock
Local authority: Ashmere County Council
Mediation meeting held: 5 May 2026 at Ringholt Library

I certify that mediation took place on the date above. Agreement was reached on some matters (the frequency of physiotherapy review) but not on others (occupational therapy provision and the school named in Section I).

You may now appeal to the Tribunal. Please keep this certificate; the Tribunal will need a copy. The appeal must be made within one month of today or two months of the decision, whichever is later.

Kind regards,
Gemma Nightingale
Accredited SEN Mediator, Heathside Family Mediation
"""

MEDIATION_INVITE = [
    ("org", "Heathside Family Mediation"),
    (
        "small",
        "Unit 4, Pondhead Yard, Beaulea AF4 2DJ - 01632 960733 - info@heathside-mediation.example.org",
    ),
    ("p", "24 April 2026"),
    ("p", "Dear Mr and Ms Haverstock"),
    ("b", "Your mediation meeting with Ashmere County Council"),
    (
        "p",
        "Thank you for agreeing to mediation. The meeting has been arranged for Tuesday 5 May 2026 at 10.00am in the meeting room at Ringholt Library, Market Place. Please allow up to three hours.",
    ),
    (
        "p",
        "Ashmere will be represented by Jaswinder Kaur-Ellis, SEN Officer. You are welcome to bring a supporter; please let us know in advance if you want Freya's views to be heard or if she wishes to attend.",
    ),
    ("p", "After the meeting we will send you a certificate within three working days."),
    ("sig", ["Yours sincerely", "Gemma Nightingale", "Mediator"]),
]

KM_CERT = [
    ("org", "SOLENT & SALTINGS SEND MEDIATION"),
    ("p", "Certificate issued under s.55(5) Children and Families Act 2014"),
    ("p", "Name of parent/young person: Ms Dionne Quarrie"),
    ("p", "Name of child: Alfie Quarrie"),
    ("p", "Local authority: Saltings Borough Council"),
    (
        "p",
        "[X] The parent contacted the mediation adviser on 28 May 2026 and received information about mediation; the parent does not wish to take part.",
    ),
    ("p", "[ ] Mediation took place on:"),
    ("p", "Date of issue: 29 May 2026"),
    ("p", "Signed: R. Abernethy, Mediation Adviser"),
]

# --- appeal forms -------------------------------------------------------------------------

SEND35 = [
    ("org", "SEND35 - Notice of appeal"),
    ("small", "First-tier Tribunal (Special Educational Needs and Disability)"),
    ("h", 2, "Section 1 - About the child or young person"),
    ("field", "Full name", "Ines Okonkwo-Hale"),
    ("field", "Date of birth", "02/11/2011"),
    ("h", 2, "Section 2 - About you (the appellant)"),
    ("field", "Name", "Adaeze Okonkwo-Hale (mother)"),
    ("h", 2, "Section 4 - The decision you are appealing"),
    ("field", "Local authority", "Saltings Borough Council"),
    ("field", "Type of decision", "Contents of the EHC plan (Sections B, F and I)"),
    ("field", "Date of the decision letter", "5 March 2026"),
    ("h", 2, "Section 5 - Mediation"),
    ("field", "Date on mediation certificate", "20 March 2026"),
    ("h", 2, "Section 6 - Reasons for appeal"),
    (
        "p",
        "Section F gives one visit a week from the teacher of the deaf; the audiology and ToD advice both recommend a daily acoustic check and pre-teaching in every core subject. The plan leaves out Ines's auditory fatigue from Section B.",
    ),
    ("h", 2, "Section 10 - Declaration"),
    (
        "p",
        "I believe the facts stated in this notice of appeal are true. Signed A. Okonkwo-Hale, 2 April 2026",
    ),
]

REASONS_DRAFT = """what to put in section 6 (draft 2) - check with Mel before sending

Appeal against: Ashmere's refusal to assess Leo (letter 3 June 2026)
Mediation cert: Heathside 12 June 2026

Reasons:
1. Leo may have SEN and may need provision through a plan - the test in s36(8) is low. The SLT report (Jan 2026) says his receptive language is below the 2nd centile.
2. School have spent more than the notional £6,000 on him already (SENCo's costed provision map attached).
3. He has made no progress on his language targets in three terms of SEN support.
4. The panel did not have the OT's letter about his sensory needs.

Outcome wanted: the Tribunal orders Ashmere to carry out an EHC needs assessment.

Documents to attach: decision letter, mediation certificate, SLT report, provision map.
"""

APPEAL_COPY = """Forwarding the copy of what I submitted in case you need it for the bundle. Faye

> From: SEND Tribunal online <no-reply@send-appeals.example.org>
> Subject: Your SEND appeal - submission copy
>
> Thank you. Your appeal has been submitted. Reference: SUB-2026-0619-4417
>
> COPY OF YOUR APPEAL (SEND35)
> Appellant: Faye Brockenhurst-Dale
> Child: Leo Brockenhurst-Dale, date of birth 3 May 2018
> Local authority: Ashmere County Council
> Decision appealed: refusal to carry out an EHC needs assessment, dated 3 June 2026
> Mediation certificate date: 12 June 2026
> Reasons for appeal: see attached document "Leo reasons.pdf"
> Would you like a hearing by video? Yes
> Do you need an interpreter? No
> Declaration: I confirm the information in this appeal is true. [ticked]
"""

# --- tribunal -----------------------------------------------------------------------------

REGISTRATION = [
    ("org", TRIB),
    ("small", TRIB_SMALL),
    (
        "p",
        "Case number: EH812/26/00341   Child: Ines Okonkwo-Hale   Local authority: Saltings Borough Council",
    ),
    ("p", "10 April 2026"),
    ("title", "Registration of appeal and directions"),
    (
        "p",
        "The appeal was registered on 9 April 2026. The tribunal gives the following directions:",
    ),
    (
        "num",
        [
            "The local authority must send its response to the appeal to the tribunal and the parent by 8 May 2026.",
            "Any party wishing to rely on further evidence must send it to the tribunal and the other party by 26 June 2026.",
            "The local authority must prepare a working document of Sections B, F and I and send it to the parent by 3 July 2026.",
            "The hearing will take place by video on 28 July 2026. The time estimate is one day.",
        ],
    ),
    (
        "p",
        "If a party does not comply with these directions the tribunal may strike out the case or bar the party from taking further part in the proceedings.",
    ),
    ("sig", ["Tribunal Caseworker", "on behalf of the First-tier Tribunal (SEND)"]),
]

DIRECTION_EMAIL = """Dear Parties,

EH812/26/00341 - Okonkwo-Hale v Saltings Borough Council

Judge Holcombe has considered the local authority's application dated 18 June 2026 for an extension of time to file its evidence and the appellant's objection of 19 June 2026.

DIRECTIONS
1. The application is granted in part. The local authority shall file its evidence by 4pm on 1 July 2026.
2. The appellant may file a short reply to that evidence by 8 July 2026.
3. The hearing listed on 28 July 2026 remains listed. Any further application to postpone must be made no later than 14 July 2026.

Tribunal Judge Holcombe
Signed on 22 June 2026

SEND Tribunal Administration
HM Courts & Tribunals Service
"""

TRIB_FAX = [
    ("p", "22/07/2026 14:31   HMCTS SEND   01632 960900   P.001/002"),
    ("title", "FIRST-TIER TRIBUNAL - HEALTH, EDUCATION AND SOCIAL CARE CHAMBER"),
    ("p", "Special Educational Needs and Disability"),
    ("p", "Case: EH815/26/00502   Appellant: Mr O Haverstock   Respondent: Ashmere County Council"),
    ("b", "ORDER - Case management"),
    (
        "p",
        "Upon a telephone case management hearing on 21 July 2026 attended by the appellant and Ms Kaur-Ellis for the local authority.",
    ),
    ("p", "IT IS ORDERED THAT:"),
    (
        "p",
        "1. The local authority shall by 5 August 2026 send the appellant a copy of the occupational therapy report of February 2026 together with the therapist's working notes.",
    ),
    (
        "p",
        "2. The appellant is permitted to rely on the independent occupational therapy report of Ms P. Delacroix dated 14 July 2026.",
    ),
    (
        "p",
        "3. The hearing on 12 August 2026 is vacated and will be relisted for a date after 1 September 2026.",
    ),
    ("p", "Tribunal Judge R. Menon-Clarke   21 July 2026"),
]

DECISION_TRIB = [
    ("org", TRIB),
    ("title", "DECISION"),
    ("p", "Case EH812/26/00341 - Ines Okonkwo-Hale - Saltings Borough Council"),
    ("p", "Heard by video on 28 July 2026. Tribunal Judge Holcombe, Specialist Member Ms C. Aird."),
    ("h", 2, "Decision"),
    (
        "p",
        "The appeal is allowed. The local authority shall amend Sections B and F of the EHC plan as set out in the working document annexed to this decision and issue the amended plan within five weeks.",
    ),
    ("h", 2, "Reasons"),
    (
        "p",
        "We preferred the evidence of the qualified teacher of the deaf, who had observed Ines in class on two occasions, to the local authority's evidence. We found that auditory fatigue is a need which must be specified in Section B, and that daily checks of her hearing aids and radio aid are educational provision.",
    ),
    ("sig", ["Tribunal Judge Holcombe", "Date: 4 August 2026"]),
]

# --- correspondence -----------------------------------------------------------------------

GOVERNORS = [
    ("org", "Ringholt School - Governing Board"),
    ("small", "c/o The Clerk to Governors, Ringholt School, Forest Road, Ringholt AF7 3BN"),
    ("p", "PRIVATE & CONFIDENTIAL\nMr and Ms Haverstock"),
    ("p", "15 May 2026"),
    ("p", "Dear Mr and Ms Haverstock"),
    ("b", "Stage 3 complaint - outcome of the governors' complaints panel"),
    (
        "p",
        "The panel of three governors met on 12 May 2026 to consider your complaint that Freya's physiotherapy programme was not delivered during the spring term, as her EHC plan requires.",
    ),
    (
        "p",
        "The panel upheld your complaint in part. It found that the programme was delivered on only 21 of 58 school days between January and March because the trained teaching assistant was redeployed. The panel did not uphold the part of your complaint about the head teacher's communication with you.",
    ),
    (
        "p",
        "The panel recommends that two further members of staff are trained in the programme by 1 July 2026 and that delivery is logged and shared with you each half term. This concludes the school's complaints procedure. If you remain dissatisfied you may contact the Department for Education.",
    ),
    ("sig", ["Yours sincerely", "Harriet Cobbold", "Chair of the Complaints Panel"]),
]

ACK_EMAIL = """Dear Mrs Brockenhurst-Dale,

Thank you for your request for an Education, Health and Care needs assessment for Leo, which we received on 9 April 2026.

We will now ask Leo's school and the professionals who know him for information. We must tell you whether we will carry out an assessment within six weeks, so you will have our decision by 21 May 2026. Your case officer is Marcus Penhaligon (01632 960312).

If you have any reports you would like us to consider, please send them to us by 30 April.

Regards
SEN Assessment and Planning Team - North Forest
Ashmere County Council
This e-mail and any attachments are confidential and intended solely for the addressee.
"""

NHS_APPT = [
    ("org", COLNE_NHS),
    (
        "small",
        "Children's Outpatients, Colne Road Hospital, Tollbury TB1 4QQ - Appointments 01632 960801",
    ),
    ("p", "Parent/Guardian of Alfie Quarrie\n22 Saltpan Lane\nTollbury TB3 8AS"),
    (
        "kv",
        [
            ("NHS number", "999 412 7730"),
            ("Hospital number", "CR0448213"),
            ("Clinic", "Paediatric Neurodevelopmental Clinic - Dr A. Mistry"),
            ("Date and time", "Tuesday 30 June 2026, 14:20"),
            ("Location", "Children's Outpatients, Level 1"),
        ],
    ),
    (
        "p",
        "Dear Parent/Guardian, an appointment has been made for Alfie as shown above. If you cannot attend please telephone us at least 48 hours beforehand so that the appointment can be offered to another child.",
    ),
    (
        "p",
        "Please bring a list of Alfie's medicines and any recent reports from school. Parking at the hospital is pay and display.",
    ),
    ("p", "This letter was produced automatically and is not signed."),
]

PARENT_LETTER = """14 Heron Close
Wickham Saltings
TB6 2LP

Saltings Borough Council
Inclusion and SEND Service
The Old Custom House
Tollbury TB2 9HQ

2 June 2026

Dear Ms Venkataraman,

Re: Jonah Pettifer - travel training

I am writing to ask when the travel training in Section F of Jonah's plan will start. The plan says ten sessions in the summer term and the term ends on 22 July. Nobody from the travel team has been in touch with us or with the school.

Could you please let me know the name of the trainer and the start date by 12 June. If the sessions cannot be delivered this term, please tell me what will be done instead so that Jonah is ready for college in September.

Yours sincerely,

Sam Pettifer
"""

SCHOOL_TRANSPORT = """Hi both,

Just to let you know Freya's taxi is changing from Monday - the council have given the contract to Forest Cabs and the driver will be Paul. Same times (8.05 pick up). The escort stays the same (Linda).

Also - the OT is in on Thursday to look at her chair in the science lab, I'll let you know what she says.

Have a good weekend
Becky
Becky Trowbridge, SENCo, Ringholt School
01632 960377
"""

DOCUMENTS: list[dict] = [
    {
        "name": "Letter from Ashmere 3 June.pdf",
        "kind": "decision_letter",
        "blocks": KEY_FACTS_REFUSAL,
        "accent": "2E5E3A",
    },
    {
        "name": "Alfie - panel.eml",
        "kind": "decision_letter",
        "text": REFUSE_ISSUE_EMAIL,
        "headers": headers(
            "Priya Venkataraman <priya.venkataraman@saltings.example.org>",
            "Dionne Quarrie <dionne.q@example.org>",
            "Thu, 14 May 2026 11:37:05 +0100",
            "Alfie Quarrie - outcome",
        ),
        "html": True,
    },
    {
        "name": "IMG_20260620_091144.pdf",
        "kind": "decision_letter",
        "blocks": CEASE_PHOTO,
        "ocr": 0.09,
    },
    {"name": "Freya review.docx", "kind": "decision_letter", "blocks": MEMO_NO_AMEND},
    {"name": "Heathside.pdf", "kind": "mediation_certificate", "blocks": CERT, "accent": "6A3D7A"},
    {
        "name": "Fwd_ Certificate.eml",
        "kind": "mediation_certificate",
        "text": FWD_CERT,
        "headers": headers(
            "Owen Haverstock <o.haverstock@example.org>",
            "Kirsty Haverstock <k.haverstock@example.org>",
            "Thu, 7 May 2026 18:02:44 +0100",
            "Fwd: Certificate - Haverstock / Ashmere County Council",
        ),
        "qp": True,
    },
    {
        "name": "mediation letter.pdf",
        "kind": "correspondence",
        "blocks": MEDIATION_INVITE,
        "accent": "6A3D7A",
    },
    {"name": "KM_C250i_0043.pdf", "kind": "mediation_certificate", "blocks": KM_CERT, "ocr": True},
    {"name": "Ines tribunal form.docx", "kind": "appeal_form", "blocks": SEND35},
    {"name": "section 6.txt", "kind": "appeal_form", "text": REASONS_DRAFT},
    {
        "name": "Fw_ for the bundle.eml",
        "kind": "appeal_form",
        "text": APPEAL_COPY,
        "headers": headers(
            "Faye Brockenhurst-Dale <faye.bd@example.org>",
            "Ashmere SENDIASS <sendiass@ashmere.example.org>",
            "Fri, 19 Jun 2026 21:10:09 +0100",
            "Fw: Your SEND appeal - submission copy",
        ),
    },
    {
        "name": "Ines letter April.pdf",
        "kind": "tribunal_direction",
        "blocks": REGISTRATION,
        "accent": "333333",
    },
    {
        "name": "RE_ extension.eml",
        "kind": "tribunal_direction",
        "text": DIRECTION_EMAIL,
        "headers": headers(
            "SEND Tribunal <send@example.org>",
            "Adaeze Okonkwo-Hale <adaeze.oh@example.org>; SEND Casework <send.casework@saltings.example.org>",
            "Mon, 22 Jun 2026 16:45:30 +0100",
            "RE: EH812/26/00341 - application for extension",
        ),
    },
    {
        "name": "fax 22 July.pdf",
        "kind": "tribunal_direction",
        "blocks": TRIB_FAX,
        "ocr": True,
        "running": "HMCTS SEND   01632 960900",
    },
    {
        "name": "Ines outcome.pdf",
        "kind": "tribunal_direction",
        "blocks": DECISION_TRIB,
        "accent": "333333",
    },
    {"name": "Letter from school governors.pdf", "kind": "correspondence", "blocks": GOVERNORS},
    {
        "name": "Leo assessment decision.eml",
        "kind": "correspondence",
        "text": ACK_EMAIL,
        "headers": headers(
            "SEN North Forest <sen.northforest@ashmere.example.org>",
            "faye.bd@example.org",
            "Fri, 10 Apr 2026 10:03:11 +0100",
            "Leo Brockenhurst-Dale - EHC needs assessment request",
        ),
    },
    {
        "name": "Alfie hospital letter.pdf",
        "kind": "correspondence",
        "blocks": NHS_APPT,
        "accent": "005EB8",
    },
    {"name": "travel training.txt", "kind": "correspondence", "text": PARENT_LETTER},
    {
        "name": "Freya OT.eml",
        "kind": "correspondence",
        "text": SCHOOL_TRANSPORT,
        "headers": headers(
            "Becky Trowbridge <b.trowbridge@ringholt.example.org>",
            "o.haverstock@example.org; k.haverstock@example.org",
            "Fri, 24 Apr 2026 15:51:20 +0100",
            "Taxi and OT",
        ),
    },
]
