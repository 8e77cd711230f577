# ruff: noqa: E501
"""Letters of set V: councils' decisions (an island council's notice, a county's decision
boxes, an estuary borough's outcome letter, a cease decision photographed, a decision
after a review forwarded), mediation certificates (one behind a compliments slip, one
forwarded in an e-mail body), appeal forms, the tribunal's papers, and correspondence from
bodies other than the council (a school's governors, an NHS trust's PALS, a mediation
service's booking). All invented."""

from __future__ import annotations

from document_kinds_v.common import (
    CARROW,
    CARROW_SMALL,
    MEDWATER,
    MEDWATER_SMALL,
    TRIBUNAL,
    TRIBUNAL_SMALL,
    WOLDS,
    WOLDS_SMALL,
    headers,
)

# --- decision letters ---------------------------------------------------------------------

CARROW_REFUSAL = [
    ("org", CARROW),
    ("small", CARROW_SMALL),
    ("p", "Mr and Mrs Pascoe\nLobster Pot Cottage\nHarbour Lane\nSandmouth\nCW4 2HJ"),
    ("p", "Ref: CW/SEND/EHCNA/0931\n26 March 2026"),
    (
        "b",
        "Notice under section 36(5) of the Children and Families Act 2014 - Jago Pascoe (DOB 11/10/2019)",
    ),
    ("p", "Dear Mr and Mrs Pascoe,"),
    (
        "p",
        "Thank you for your request of 2 February 2026 for an education, health and care needs assessment for Jago. The Island SEND Moderation Group considered the request on 24 March 2026, together with the information from Sandmouth Infant School and the early help assessment.",
    ),
    (
        "p",
        "I am writing to let you know that the local authority has decided not to secure an EHC needs assessment for Jago. The group was not satisfied that Jago may need special educational provision to be made in accordance with an EHC plan. The evidence shows that Jago has made progress with the support available at SEN support, and the school has not yet sought advice from the Island Learning Support Team.",
    ),
    (
        "p",
        "You have the right to appeal against this decision to the First-tier Tribunal (Special Educational Needs and Disability). An appeal must be made within two months of the date of this letter, or within one month of the date of a mediation certificate if later. Before appealing you must contact Harbourside Mediation CIC (01632 960355) about mediation, unless your appeal is only about the school named.",
    ),
    (
        "p",
        "Please note that the ferry crossing for any hearing is not paid by the local authority; the tribunal can hold hearings by video.",
    ),
    ("sig", ["Yours sincerely", "", "Marcus Le Page", "SEND Case Officer"]),
]

WOLDS_NOTICE = [
    ("org", WOLDS),
    ("small", WOLDS_SMALL),
    ("title", "Notice of decision"),
    (
        "kv",
        [
            ("To", "Ms Anya Feld, 4 Tithe Barn Close, Burford Ash GW3 6PL"),
            ("Child", "Leo Feld, date of birth 29/04/2018"),
            ("Request or assessment", "EHC needs assessment completed 20 February 2026"),
            ("Decision", "The local authority will NOT issue an education, health and care plan."),
            ("Date of decision", "4 March 2026"),
            ("Decided by", "EHC Decision Making Group"),
        ],
        [0.3, 0.7],
    ),
    ("h", 2, "Reasons for the decision"),
    (
        "p",
        "The assessment found that Leo has difficulties with attention and with literacy. The advice gathered shows that these can be met from the resources normally available to Hawthorn Lane Primary School, with the provision set out in the enclosed SEN support plan (a 'plan without an EHCP').",
    ),
    ("h", 2, "Your right of appeal"),
    (
        "p",
        "You may appeal against this decision to the First-tier Tribunal (Special Educational Needs and Disability). You must first contact Wolds Resolution Ltd about mediation (01632 960577). The deadline to appeal is two months from the date of this notice, or one month after a mediation certificate is issued, whichever is later.",
    ),
    ("sig", ["Philippa Darnell", "Team Manager, EHC Service"]),
]

MEDWATER_OUTCOME = [
    ("org", MEDWATER),
    ("small", MEDWATER_SMALL),
    ("p", "Our ref: SH/26/0611\nDate: 22 May 2026"),
    ("p", "Dear Mr Kowalczyk,"),
    ("b", "Re: Zuzanna Kowalczyk - request for a re-assessment of needs"),
    (
        "p",
        "Thank you for your email of 14 April asking us to re-assess Zuzanna's education, health and care needs. We have looked again at the annual review report from Saltings Academy, the letter from her paediatrician and your own account of the last year.",
    ),
    (
        "p",
        "Outcome: we have decided not to carry out a re-assessment at this time. Zuzanna's plan was reviewed in March and the review recommended only small changes, which we will make by way of amendment. We do not consider that a re-assessment is necessary under regulation 27 of the SEND Regulations 2014.",
    ),
    (
        "p",
        "You can appeal this decision to the SEND Tribunal within two months of this letter or one month from a mediation certificate, whichever is later. You must contact the mediation adviser before you appeal. Independent advice is available from Medwater SENDIASS on 01632 960748.",
    ),
    ("sig", ["Regards,", "Jade Ofori", "SEND Hub Casework Lead"]),
]

CEASE_PHOTO_TEXT = """Isle of Carrow Council
Children's Services - SEND Team
Quay Street, Westhaven

15 July 2026

Dear Kieran,

Your Education, Health and Care Plan

We held your annual review at Westhaven College on 18 June 2026. You have now completed your Level 3 course and you have told us that you will start an apprenticeship with Carrow Boatyard in September and do not wish to continue in education.

The local authority has therefore decided to cease to maintain your EHC plan under section 45 of the Children and Families Act 2014. Your plan will end on 31 August 2026.

If you disagree you can appeal to the First-tier Tribunal (SEND) within two months of this letter. You must first contact Harbourside Mediation CIC about mediation. Your plan stays in place while an appeal is going on.

Yours sincerely
Marcus Le Page
SEND Case Officer
"""

REVIEW_DECISION_FWD = """Sharing this with you both as promised. I don't agree with it - they've ignored everything the OT said at the review. Can we talk about appealing?

Nia

Begin forwarded message:

From: EHC Service <ehc.service@stonebrash.example.org>
Date: 30 April 2026 at 12:10:31 BST
To: Nia Castellanos <nia.c@example.org>
Subject: Annual review outcome - Mateus Castellanos

Dear Ms Castellanos,

Following the annual review meeting held at Burford Ash Primary on 19 March 2026 and the review report received on 26 March 2026, the local authority has considered whether Mateus's EHC plan should be amended.

Decision: the local authority has decided to maintain the EHC plan without amendment. The outcomes in Section E remain appropriate and the provision in Section F continues to meet Mateus's needs.

This letter is the notice of our decision under regulation 20(10) of the Special Educational Needs and Disability Regulations 2014. You have a right of appeal to the First-tier Tribunal (SEND) against Sections B, F and I of the plan as it stands. Please contact Wolds Resolution Ltd (01632 960577) before appealing.

Yours sincerely,
Oliver Haskins
EHC Coordinator
"""

# --- mediation certificates -----------------------------------------------------------------

HARBOURSIDE_CERT = [
    ("org", "Harbourside Mediation CIC"),
    (
        "small",
        "Unit 3, The Old Customs House, Westhaven CW1 2BB  |  01632 960355  |  hello@harbourside-mediation.example.org",
    ),
    ("title", "Mediation Certificate"),
    (
        "p",
        "Issued under section 55 of the Children and Families Act 2014 and regulation 34 of the Special Educational Needs and Disability Regulations 2014",
    ),
    (
        "kv",
        [
            ("Parent", "Mr and Mrs Pascoe"),
            ("Child", "Jago Pascoe"),
            ("Local authority", "Isle of Carrow Council"),
            ("Date the parent contacted us", "7 April 2026"),
            ("Information given", "By telephone, 8 April 2026"),
            ("Outcome", "The parent has decided not to pursue mediation."),
            ("Certificate number", "HMC-26-0144"),
            ("Date of issue", "9 April 2026"),
        ],
    ),
    (
        "p",
        "This certificate confirms that the parent has received information about mediation. It must be sent with any appeal to the First-tier Tribunal (SEND).",
    ),
    ("sig", ["Bethan Crowle", "Mediation Adviser"]),
]

CERT_SCAN_TEXT = """WOLDS RESOLUTION LTD
With Compliments
Please find enclosed your certificate. Keep it safe - the Tribunal will ask for a copy.
Regards, Gemma

Wolds Resolution Ltd - Independent SEND Mediation
The Wool Exchange, Cirlow GW7 2DD   01632 960577

MEDIATION CERTIFICATE
(Section 55(4) Children and Families Act 2014)

Name of parent: Ms Anya Feld
Name of child: Leo Feld
Local authority: Stonebrash Wolds County Council
Mediation took place on: 7 April 2026 (by video)
Issues mediated: the decision not to issue an EHC plan
Outcome: mediation took place; agreement was not reached on the issues.
Date of certificate: 9 April 2026

Signed: G. Farrant, SEND Mediator
"""

CERT_FWD = """Morning Mel,

Below is the certificate the mediation people sent me yesterday. Can you add it to the appeal pack? They didn't attach a PDF, it's just in the email.

Thanks, Rob

> From: Harbourside Mediation CIC <certificates@harbourside-mediation.example.org>
> Sent: Monday, 18 May 2026 16:44
> To: Rob Ellison <rob.ellison@example.org>
> Subject: Mediation certificate - Ellis Ellison
>
> MEDIATION CERTIFICATE
> Children and Families Act 2014, section 55
>
> Parent: Robert Ellison
> Child/young person: Ellis Ellison
> Local authority: Isle of Carrow Council
> Matters: content of EHC plan (Sections B and F) and the school named (Section I)
> Mediation information provided: 15 May 2026
> Mediation: declined by the parent
> Date of issue: 18 May 2026
> Reference: HMC-26-0201
>
> This certificate allows the parent to register an appeal with the First-tier Tribunal (SEND). The appeal must be made within one month of this certificate or two months of the decision, whichever is later.
>
> Bethan Crowle, Mediation Adviser
"""

EFM_CERT = [
    ("org", "Estuary Family Mediation"),
    (
        "small",
        "Suite 5, Wharf House, Cliffe End ME9 7BT  |  01632 960766  |  info@estuaryfm.example.org",
    ),
    ("p", "Mrs Dawn Ashdown\n22 Wharf Terrace\nGrainmarsh ME9 4BB"),
    ("p", "5 March 2026    Our ref: EFM/0977"),
    ("p", "Dear Mrs Ashdown,"),
    (
        "p",
        "Thank you for speaking with me on 4 March 2026 about mediation with Medwater Borough Council regarding Tyler's EHC plan. As you have told us that you do not wish to go to mediation at this time, we are issuing the certificate below. You will need it to register your appeal.",
    ),
    (
        "b",
        "CERTIFICATE - mediation information given, section 55(3) Children and Families Act 2014",
    ),
    (
        "kv",
        [
            ("Parent", "Dawn Ashdown"),
            ("Child", "Tyler Ashdown (21/03/2014)"),
            ("Local authority", "Medwater Borough Council"),
            ("Subject of dispute", "EHC plan dated 12 February 2026, Sections B, F and I"),
            ("Date information given", "4 March 2026"),
            ("Date certificate issued", "5 March 2026"),
        ],
    ),
    (
        "sig",
        [
            "Yours sincerely",
            "",
            "Kofi Mensah-Turner",
            "Mediation Adviser, Estuary Family Mediation",
        ],
    ),
]

# --- appeal forms -----------------------------------------------------------------------------

SEND35 = [
    ("title", "SEND35 - Notice of appeal: EHC needs assessment, EHC plan"),
    ("small", "First-tier Tribunal (Special Educational Needs and Disability)"),
    ("h", 2, "Section 1 - About the child or young person"),
    ("field", "Full name", "Maisie Quist"),
    ("field", "Date of birth", "05/05/2009"),
    ("h", 2, "Section 2 - About you (the appellant)"),
    ("field", "Name", "Lorraine Quist"),
    ("field", "Address", "12 Ropewalk, Westhaven, Isle of Carrow CW1 6RT"),
    ("field", "Telephone", "07700 900341"),
    ("h", 2, "Section 3 - The local authority"),
    ("field", "Name of local authority", "Isle of Carrow Council"),
    ("field", "Date of the decision letter", "14 April 2026"),
    ("h", 2, "Section 4 - What are you appealing against?"),
    ("field", "Tick all that apply", "[X] Section B   [X] Section F   [ ] Section I"),
    ("h", 2, "Section 5 - Mediation"),
    ("field", "Mediation certificate number", "HMC-26-0188 (issued 2 May 2026)"),
    ("h", 2, "Section 6 - Reasons for appeal"),
    (
        "field",
        "Please set out your reasons",
        "Section B does not describe Maisie's anxiety or her sensory needs, which both the EP and the college describe. Section F does not specify the hours of literacy support or who delivers the travel training. Please see the attached sheet.",
    ),
    ("h", 2, "Section 10 - Declaration"),
    ("field", "Signed", "L. Quist    Date: 20 May 2026"),
]

REASONS_DOCX = [
    ("title", "Appeal to the First-tier Tribunal (SEND)"),
    (
        "b",
        "Rhys Abernethy v Stonebrash Wolds County Council - attachment to SEND35, Section 6: reasons for appeal",
    ),
    ("p", "We appeal against Sections B, F and I of Rhys's final EHC plan dated 19 February 2026."),
    (
        "np",
        "1.",
        "Section B does not record Rhys's fatigue or his pain after long periods of sitting, described in the physiotherapy advice of 2 December 2025.",
    ),
    (
        "np",
        "2.",
        "Section F says the physiotherapy programme will be delivered 'daily' but not for how long after September, and does not say who trains the teaching assistant or how often the programme is reviewed.",
    ),
    (
        "np",
        "3.",
        "The occupational therapist recommended a specialist chair and a height-adjustable desk. Neither appears in Section F.",
    ),
    (
        "np",
        "4.",
        "Section I names Cirlow Abbey School. The school has told the local authority that its science block has no lift. We ask for Burford Ash Academy, which is fully accessible.",
    ),
    (
        "p",
        "We ask the Tribunal to order the local authority to amend the plan as set out in our working document.",
    ),
    ("sig", ["Gareth and Sian Abernethy", "22 March 2026"]),
]

APPEAL_TXT = """SEND35 - my answers (typed up before putting them into the online form)

Child: Tyler Ashdown, DOB 21/03/2014
Local authority: Medwater Borough Council
Decision appealed: final EHC plan dated 12 February 2026 - Sections B, F and I
Mediation certificate: issued 5 March 2026 by Estuary Family Mediation, ref EFM/0977

Section 6 - reasons for appeal
B - The plan leaves out Tyler's sensory needs (noise, touch) that the OT report describes.
F - 'Social skills group, weekly' is not specific: who runs it, for how long, in a group of how many?
F - no speech and language therapy at all, although the SALT recommended 1:1 therapy fortnightly.
I - Saltings Academy has 1,600 pupils. We want Marshside School (special, autism base).

Section 9 - Do you want a hearing? Yes. Dates to avoid: 1-14 August.
Representative: none. Interpreter: no.

Declaration: I believe the facts in this notice of appeal are true.
Signed Dawn Ashdown 2/4/26
"""

# --- tribunal -----------------------------------------------------------------------------------

REGISTRATION = [
    ("org", TRIBUNAL),
    ("small", TRIBUNAL_SMALL),
    (
        "p",
        "Appeal number: EH901/26/00412\nAppellant: Mrs Lorraine Quist\nRespondent: Isle of Carrow Council\nYoung person: Maisie Quist",
    ),
    ("title", "Notice of registration and case directions"),
    (
        "p",
        "The Tribunal has received and registered the above appeal on 26 May 2026. The hearing will take place by video (Cloud Video Platform) on 8 September 2026, with a time estimate of one day.",
    ),
    ("b", "Directions"),
    (
        "np",
        "1.",
        "The local authority must send its response to the appeal to the Tribunal and to the appellant by 23 June 2026.",
    ),
    (
        "np",
        "2.",
        "Both parties must send any further evidence by 21 July 2026. Evidence received after that date will only be admitted with the Tribunal's permission.",
    ),
    (
        "np",
        "3.",
        "The local authority must prepare a working document and a single hearing bundle in electronic form and send it by 18 August 2026.",
    ),
    (
        "np",
        "4.",
        "Each party must tell the Tribunal the names of its witnesses (no more than three) by 4 August 2026.",
    ),
    (
        "p",
        "Failure to comply with a direction may lead to the Tribunal striking out a party's case or barring it from taking further part in the proceedings.",
    ),
    ("sig", ["By order of the Tribunal", "Registrar", "26 May 2026"]),
]

POSTPONE_EML = """Dear Mrs Ashdown and Medwater Borough Council,

Appeal: EH887/26/00301 - Tyler Ashdown

The application from the local authority dated 3 July 2026 to postpone the hearing listed for 22 July 2026 has been placed before a Tribunal Judge, who has made the following directions:

1. The application to postpone is refused. The reason given (the case officer's annual leave) is not an exceptional circumstance and another officer can attend.
2. The local authority must send its final working document, with its responses in the third column, by 15 July 2026.
3. The appellant's late evidence (the independent occupational therapy report dated 28 June 2026) is admitted.

Judge R. Pennington-Vale
Dated 7 July 2026

Please do not reply to this mailbox. Quote your appeal number in all correspondence.
SEND Tribunal Administration
"""

CMO_DOCX = [
    ("org", TRIBUNAL),
    ("small", "Appeal number EH887/26/00301"),
    ("title", "Case management order"),
    (
        "p",
        "Following a telephone case management hearing on 2 June 2026 attended by Mrs Dawn Ashdown (appellant) and Ms Jade Ofori for Medwater Borough Council.",
    ),
    ("b", "IT IS ORDERED THAT:"),
    (
        "np",
        "1.",
        "The issues for the hearing are the content of Sections B and F and the school named in Section I of the EHC plan dated 12 February 2026.",
    ),
    (
        "np",
        "2.",
        "The appellant has permission to rely on an independent occupational therapy report, to be filed by 30 June 2026.",
    ),
    ("np", "3.", "Marshside School must be consulted and its response filed by 16 June 2026."),
    ("np", "4.", "The hearing listed for 22 July 2026 remains listed."),
    ("sig", ["Tribunal Judge A. Mbeki-Lowther", "2 June 2026"]),
]

BARRING_OCR = """FIRST-TIER TRIBUNAL
HEALTH, EDUCATION AND SOCIAL CARE CHAMBER
SPECIAL EDUCATIONAL NEEDS AND DISABILITY

Appeal No: EH889/26/00155
Appellant: Ms Anya Feld
Respondent: Stonebrash Wolds County Council
Child: Leo Feld

DIRECTIONS

Upon the respondent having failed to file its response to the appeal by 20 May 2026 as directed:

1. The respondent is directed to file its response and the evidence on which it relies by 4pm on 19 June 2026.
2. If the respondent fails to comply with paragraph 1 it will be barred from taking further part in these proceedings under rule 8(3) of the Tribunal Procedure Rules 2008.
3. The appellant may file a short reply within 10 working days of receiving the response.

Signed: Judge H. Ravenscroft
Date: 12 June 2026
"""

# --- correspondence ----------------------------------------------------------------------------

GOVERNORS = [
    ("org", "Fennick Down Primary School"),
    ("small", "Governing Board  |  Fennick Down, Isle of Carrow CW5 3NN  |  01632 960383"),
    ("p", "Mrs C. Trevanion\n7 Gull Rise\nSandmouth\nCW4 2LP"),
    ("p", "18 May 2026"),
    ("p", "Dear Mrs Trevanion,"),
    ("b", "Your complaint - Stage 3 panel"),
    (
        "p",
        "I write as Chair of the Governors' Complaints Panel, which met on 12 May 2026 to consider your complaint about the support given to Ffion since her plan was issued in March, and in particular the key adult sessions set out in her EHC plan.",
    ),
    (
        "p",
        "The panel heard from you, from the head teacher and from the SENCo. The panel found that the daily key adult sessions did not take place on 23 school days between 9 March and 1 May because of staff absence, and that you were not told. The panel upholds this part of your complaint. The panel did not uphold the part of your complaint about the dining arrangements.",
    ),
    (
        "p",
        "The panel recommends that the school keeps a record of every session and shares it with you each half term, and that a second member of staff is trained. This concludes the school's complaints procedure. If you remain dissatisfied you may contact the Department for Education.",
    ),
    ("sig", ["Yours sincerely,", "", "Dr Hilary Moyle", "Chair of Governors"]),
]

PALS = [
    ("org", "North Estuary Community Healthcare NHS Trust"),
    (
        "small",
        "Patient Advice and Liaison Service (PALS)  |  Grainmarsh Health Campus, ME9 5XX  |  01632 960777  |  pals@northestuary.example.org",
    ),
    ("p", "PRIVATE AND CONFIDENTIAL\nMrs Dawn Ashdown\n22 Wharf Terrace\nGrainmarsh ME9 4BB"),
    ("p", "Our ref: PALS/26/1402\n9 April 2026"),
    ("p", "Dear Mrs Ashdown,"),
    ("b", "Re: Tyler Ashdown - speech and language therapy waiting list"),
    (
        "p",
        "Thank you for contacting PALS on 25 March about the wait for speech and language therapy for Tyler. I have spoken to the service manager for Children's Speech and Language Therapy.",
    ),
    (
        "p",
        "Tyler was added to the waiting list for school-age assessment on 14 October 2025. The current wait is around 38 weeks. The service has apologised that you were not told how long the wait would be. Tyler has now been placed on the list for the 'waiting well' drop-in sessions at the Cliffe End clinic.",
    ),
    (
        "p",
        "I hope this is helpful. If you wish to make a formal complaint, please let me know and I will pass your concerns to the Complaints Team.",
    ),
    ("sig", ["Kind regards", "", "Amir Sattar", "PALS Officer"]),
]

TRANSPORT_EML = """Dear Mr Brennan,

Thank you for your email about Oscar's home to school transport.

I can confirm that the travel assistance panel met on 1 May and agreed a bus pass for Oscar for the 24 route from Cliffe End to Grainmarsh, from 1 June 2026. The pass will be posted to your home address. The panel did not agree a taxi, as Oscar is within walking distance of a bus stop and is able to travel with a parent.

If you disagree with this outcome, you can ask for a stage 2 review within 20 working days by completing the form on the council's website.

Kind regards,
Travel Assistance Team
Medwater Borough Council
01632 960760
"""

MEDIATION_BOOKING = """Dear Ms Quist,

Thank you for calling Harbourside Mediation today.

As discussed, we have booked a mediation meeting with Isle of Carrow Council for Wednesday 29 April 2026 at 10.00am, by video. Marcus Le Page (SEND Case Officer) will attend for the council. You are welcome to bring a supporter; please let us know their name.

The mediator will be Anjali Rowe. A joining link will be sent two days before. If you need to rearrange, please call us on 01632 960355.

This email is not a mediation certificate. A certificate will be issued within three working days of the mediation ending.

Best wishes,
Bethan Crowle
Harbourside Mediation CIC
"""

CONSULT_REPLY = [
    ("org", "Burford Ash Academy"),
    ("small", "Part of the Oolite Schools Partnership  |  Burford Ash GW3 9QT  |  01632 960530"),
    ("p", "EHC Service\nStonebrash Wolds County Council\nShire Hall\nCirlow GW7 1AB"),
    ("p", "2 April 2026"),
    (
        "b",
        "Consultation: Rhys Abernethy (DOB 04/09/2014) - request for a place from September 2026",
    ),
    ("p", "Thank you for your consultation letter of 12 March 2026 and the papers enclosed."),
    (
        "p",
        "The academy has considered whether it can meet Rhys's needs. The main site is fully accessible, with lifts to every floor, and we have experience of pupils with cerebral palsy. However, Year 7 is currently at its published admission number of 210.",
    ),
    (
        "p",
        "The academy therefore considers that admitting Rhys would be incompatible with the efficient education of others. We would be happy to meet Rhys and his parents and to discuss this further with the local authority.",
    ),
    ("sig", ["Yours faithfully", "", "Mrs Jo Pettigrew", "Principal"]),
]

DOCUMENTS: list[dict] = [
    {"name": "Letter from council March.pdf", "kind": "decision_letter", "blocks": CARROW_REFUSAL},
    {"name": "Leo panel outcome.docx", "kind": "decision_letter", "blocks": WOLDS_NOTICE},
    {
        "name": "Zuzanna re-assessment.pdf",
        "kind": "decision_letter",
        "blocks": MEDWATER_OUTCOME,
        "sans": True,
    },
    {"name": "IMG_4471.pdf", "kind": "decision_letter", "text": CEASE_PHOTO_TEXT, "ocr": 0.09},
    {
        "name": "Fw_ annual review outcome.eml",
        "kind": "decision_letter",
        "text": REVIEW_DECISION_FWD,
        "headers": headers(
            "Nia Castellanos <nia.c@example.org>",
            "Tomas Castellanos <t.castellanos@example.org>",
            "Thu, 30 Apr 2026 19:22:08 +0100",
            "Fwd: Annual review outcome - Mateus Castellanos",
            cc="Burford Ash Primary SENCo <senco@burfordash-pri.example.org>",
        ),
    },
    {"name": "Harbourside cert.pdf", "kind": "mediation_certificate", "blocks": HARBOURSIDE_CERT},
    {
        "name": "Scan 12 Feb.pdf",
        "kind": "mediation_certificate",
        "text": CERT_SCAN_TEXT,
        "ocr": True,
    },
    {
        "name": "FW_ mediation - Ellis.eml",
        "kind": "mediation_certificate",
        "text": CERT_FWD,
        "headers": headers(
            "Rob Ellison <rob.ellison@example.org>",
            "Mel Cardew <mel.cardew@example.org>",
            "Tue, 19 May 2026 08:17:40 +0100",
            "FW: Mediation certificate - Ellis Ellison",
        ),
    },
    {"name": "EFM letter.docx", "kind": "mediation_certificate", "blocks": EFM_CERT},
    {"name": "SEND35 Maisie.pdf", "kind": "appeal_form", "blocks": SEND35, "sans": True},
    {"name": "reasons for appeal final.docx", "kind": "appeal_form", "blocks": REASONS_DOCX},
    {"name": "appeal draft.txt", "kind": "appeal_form", "text": APPEAL_TXT, "crlf": True},
    {"name": "SENDIST letter.pdf", "kind": "tribunal_direction", "blocks": REGISTRATION},
    {
        "name": "Re_ Tyler hearing date.eml",
        "kind": "tribunal_direction",
        "text": POSTPONE_EML,
        "headers": headers(
            "SEND Tribunal <send.tribunal@example.org>",
            "dawn.ashdown@example.org, sendhub@medwater.example.org",
            "Tue, 7 Jul 2026 14:05:51 +0100",
            "EH887/26/00301 - Directions",
        ),
    },
    {"name": "order 2 June.docx", "kind": "tribunal_direction", "blocks": CMO_DOCX},
    {"name": "doc20260612.pdf", "kind": "tribunal_direction", "text": BARRING_OCR, "ocr": True},
    {"name": "Governors response.pdf", "kind": "correspondence", "blocks": GOVERNORS},
    {"name": "Tyler SALT.docx", "kind": "correspondence", "blocks": PALS},
    {
        "name": "Re_ bus pass.eml",
        "kind": "correspondence",
        "text": TRANSPORT_EML,
        "headers": headers(
            "Travel Assistance <travel@medwater.example.org>",
            "brennan.dad@example.org",
            "Mon, 4 May 2026 11:30:00 +0100",
            "RE: Oscar Brennan - transport",
        ),
    },
    {
        "name": "Harbourside - mediation.eml",
        "kind": "correspondence",
        "text": MEDIATION_BOOKING,
        "html": True,
        "headers": headers(
            "Harbourside Mediation CIC <hello@harbourside-mediation.example.org>",
            "lorraine.quist@example.org",
            "Wed, 15 Apr 2026 15:48:02 +0100",
            "Your mediation appointment",
        ),
    },
    {"name": "Burford Ash reply.docx", "kind": "correspondence", "blocks": CONSULT_REPLY},
]
