# ruff: noqa: E501
"""Letters of set O: councils' decisions (a decision notice in boxes, a decision in an
e-mail body, a decision after a review saved as "review outcome", a refusal faxed and
scanned, a decision to issue a plan photographed); mediation certificates (a mediation
service's, one pasted into a SENDIASS adviser's e-mail, one scanned); appeal forms; the
tribunal's notices, directions and orders; and correspondence (a school's governors, a
mediation service's appointment, a parent's request, a transport letter, a meeting
invitation, SENDIASS). All invented."""

from __future__ import annotations

from document_kinds_o.common import (
    ISLAND,
    ISLAND_SMALL,
    MARSH,
    MARSH_SMALL,
    fax_text,
    headers,
)

TRIBUNAL = "First-tier Tribunal (Health, Education and Social Care Chamber) Special Educational Needs and Disability"
TRIB_SMALL = "SEND Tribunal | Tribunal Processing Centre, PO Box 9921, Harlow CM19 0ZZ | 01632 960901 | send.tribunal@example.org"

# --- decision letters ---------------------------------------------------------------------

ELIZA_NOTICE = [
    ("org", ISLAND),
    ("small", ISLAND_SMALL),
    ("title", "Notice of Decision: request for an EHC needs assessment"),
    (
        "kv",
        [
            ("Child", "Eliza Trevanion"),
            ("Date of birth", "19/09/2018"),
            ("School", "St Piran's Primary School, Saltness"),
            ("Request made by", "Mrs Hannah Trevanion (parent), 16 January 2026"),
            ("Considered by", "Island SEND Panel, 26 February 2026"),
            ("Decision", "The local authority will NOT carry out an EHC needs assessment"),
            ("Date of this notice", "4 March 2026"),
        ],
    ),
    ("h", 2, "Reasons for the decision"),
    (
        "p",
        "The panel considered the evidence submitted with the request: the school's SEN support plans for autumn and spring terms, the speech and language therapy report of November 2025 and your letter. The panel noted that Eliza is making progress in reading with the support already in place and that the school has not yet had advice from the Island Autism Outreach Service, which was recommended in December 2025.",
    ),
    (
        "p",
        "The local authority is not satisfied that Eliza may require special educational provision to be made in accordance with an EHC plan (section 36(8) of the Children and Families Act 2014). We will ask the school to hold a meeting with you by 20 March 2026 to review her support plan.",
    ),
    ("h", 2, "Your right of appeal"),
    (
        "p",
        "If you disagree with this decision you can appeal to the First-tier Tribunal (SEND). You must first contact a mediation adviser (Ferryside Mediation, 01632 960171) and get a certificate, unless you want to go to mediation. The time limit for an appeal is two months from the date of this notice or one month from the date of the certificate, whichever is later. Independent advice is available from Wrayland SENDIASS, 01632 960175.",
    ),
    (
        "sig",
        [
            "Pascoe Nance",
            "Statutory Assessment Officer",
            "on behalf of the Director of Children's Services",
        ],
    ),
]

SUNNIVA_EMAIL = """Dear Ms Holt,

Re: Sunniva Holt (DOB 03/02/2022) - outcome of EHC needs assessment

Thank you for attending the meeting with Little Saltmarsh Day Nursery on 14 May. I am writing to let you know the outcome of the assessment, which the SEND Decision Making Group considered on 20 May 2026.

Having considered all of the advice gathered during the assessment (the educational psychologist's advice, the speech and language therapy advice, the nursery's advice, the health visitor's report and your own parental advice), the local authority has decided not to issue an Education, Health and Care plan for Sunniva at this time. This decision is made under section 37 of the Children and Families Act 2014.

The reasons for our decision are:
- Sunniva's speech sound delay and language delay can be met from the resources ordinarily available to her nursery and, from September, to Wychbury Infant School, with the advice from her speech and language therapist.
- The nursery has received Early Years Inclusion Funding since January, and Sunniva has made good progress with it (her attention and listening are now within the expected range).
- The educational psychologist did not identify a need for provision beyond SEN support.

We will send the advice we gathered to the nursery and to Wychbury Infant School so that it can be used to plan her support. A SEN support plan meeting will be held before the end of the summer term.

You have the right to appeal against this decision to the First-tier Tribunal (SEND) within two months of the date of this e-mail, or one month from the date of a mediation certificate, whichever is later. You must contact Saltway Mediation CIC (01632 960266) before you can lodge an appeal. Salterford SENDIASS can give free advice on 01632 960270.

Yours sincerely

Joanne Birtles
SEND Case Officer | SSART
Salterford and Wychbury Borough Council
Brine House, Lion Salt Street, Salterford SW9 4EH | 01632 960240

This e-mail and any attachments are intended only for the addressee and may contain confidential information. If you are not the intended recipient please notify the sender and delete it. Salterford and Wychbury Borough Council may monitor e-mail traffic.
"""

HARLEY_REVIEW = [
    ("org", MARSH),
    ("small", MARSH_SMALL),
    ("p", "Ms Shannon Jukes\n14 Eelmoor Close\nRiverside\nMarshbrook\nME92 3HB"),
    ("p", "Date: 8 June 2026\nOur ref: EHC/2214/AR"),
    (
        "b",
        "Notice of the local authority's decision following the annual review of Harley Jukes's EHC plan",
    ),
    ("p", "Dear Ms Jukes,"),
    (
        "p",
        "An annual review of Harley's education, health and care plan took place at Sluice Lane Primary School on 19 May 2026. We have now received the school's review report and your comments, and have considered them together with the updated advice from the epilepsy nurse specialist.",
    ),
    (
        "p",
        "Under regulation 20(10) of the SEND Regulations 2014, I am writing to tell you that the local authority has decided to maintain Harley's EHC plan without amendment. The local authority considers that the provision in the plan remains appropriate for his needs and that the plan's outcomes are still relevant for his last year at primary school.",
    ),
    (
        "p",
        "We note your request at the review that a secondary school be named now. The phase transfer review will take place in the autumn term and Section I will be amended by 15 February 2027, as the law requires.",
    ),
    (
        "p",
        "If you disagree with this decision, you can appeal to the First-tier Tribunal (SEND) against the description of Harley's needs in Section B, the provision in Section F, or the school named in Section I. Before you appeal you must contact Estuary Resolve mediation service on 01632 960377. The deadline for registering an appeal is two months from the date of this letter, or one month from the issue of a mediation certificate, whichever is later.",
    ),
    ("sig", ["Yours sincerely", "", "Rukhsana Dhillon", "EHC Coordinator"]),
]

ESME_REFUSAL = (
    fax_text(
        "SSART Salterford",
        "01632 960241",
        "Mrs K Rowlinson (parent) c/o Wychbury Family Hub",
        "16/04/2026",
        3,
        "Esme Rowlinson - decision",
        "Mrs Rowlinson asked that this letter be faxed to the Family Hub as her post is going to her old address. Original sent by post.",
    )
    + """
SALTERFORD AND WYCHBURY BOROUGH COUNCIL
SEND Statutory Assessment and Review Team

Mrs Kirsty Rowlinson                                  16 April 2026
Flat 3, 22 Brine Street                               Ref: SSART/RQ/0377
Wychbury SW11 2PL

Dear Mrs Rowlinson

Request for an education, health and care needs assessment - Esme Rowlinson (DOB 12/12/2020)

Thank you for your request dated 9 March 2026. The Assessment Decision Group met on 14 April 2026 and considered your request together with information from Esme's school, Wychbury Infant School.

The local authority has decided not to carry out an education, health and care needs assessment for Esme.

In reaching this decision we considered whether Esme has or may have special educational needs and whether she may need special educational provision to be made through an EHC plan. The information shows that Esme is making expected progress in phonics and number, that her school is meeting her needs through SEN support, and that her toileting and sleep difficulties are being addressed by health services. We have therefore concluded that the legal test in section 36(8) of the Children and Families Act 2014 is not met at this time.

You may appeal against this decision to the First-tier Tribunal (SEND). Before you can appeal you must contact Saltway Mediation CIC on 01632 960266. You must register your appeal within two months of the date of this letter or one month from the date of the mediation certificate, whichever is later.

Yours sincerely

Gareth Swindells
Head of SEND Statutory Services
"""
)

IBRAHIM_ISSUE = """Isle of Wrayland Council
Island SEND Hub, County Buildings, Quay Street, Colport PW30 1QS

Mr and Mrs Sadiq
9 Ropewalk Terrace
Colport PW30 4NJ
                                                       19 February 2026
Dear Mr and Mrs Sadiq

Ibrahim Sadiq - outcome of the EHC needs assessment

The Island SEND Panel met on 17 February 2026 to consider the information gathered during Ibrahim's EHC needs assessment. I am pleased to tell you that the local authority has decided that it is necessary to issue an education, health and care plan for Ibrahim, under section 37 of the Children and Families Act 2014.

Reasons: the advice of the Teacher of the Deaf and the educational psychologist shows that Ibrahim needs provision beyond what Wrayland Academy can provide from its own resources, in particular regular specialist advice, pre-teaching of vocabulary and equipment.

What happens next: we will send you a draft plan within the next four weeks. You will then have 15 days to comment on it and to tell us which school you would like named. The final plan must be issued by 20 April 2026.

If you have any questions please contact me on 01632 960118.

Yours sincerely

Lowenna Chegwidden
SEND Casework Officer
"""

# --- mediation certificates ---------------------------------------------------------------

RHYS_CERT = [
    ("org", "Ferryside Mediation"),
    (
        "small",
        "Independent SEND disagreement resolution and mediation for the Isle of Wrayland | The Old Chandlery, Harbour Walk, Colport PW30 1HH | 01632 960171",
    ),
    ("title", "Mediation Certificate"),
    (
        "p",
        "issued under section 55(5) of the Children and Families Act 2014 and regulation 39 of the Special Educational Needs and Disability Regulations 2014",
    ),
    (
        "kv",
        [
            ("Name of parent", "Kerensa Penhallow"),
            ("Name of child", "Rhys Penhallow (DOB 14/07/2015)"),
            ("Local authority", "Isle of Wrayland Council"),
            (
                "Subject of the proposed appeal",
                "Contents of the final EHC plan dated 14 May 2026: Sections B and F",
            ),
            ("Date of mediation", "22 June 2026 (by video call)"),
            ("Date certificate issued", "23 June 2026"),
        ],
    ),
    (
        "p",
        "This is to certify that mediation took place on the date above. The mediation did not resolve all of the issues in dispute. The parent may now register an appeal with the First-tier Tribunal (SEND).",
    ),
    (
        "p",
        "The time limit for registering an appeal is one month from the date of this certificate or two months from the date of the decision, whichever is later.",
    ),
    ("sig", ["Signed: Demelza Rowe", "Accredited SEN Mediator, Ferryside Mediation"]),
]

SALTWAY_FWD = """Hi Kirsty,

As promised, I've pasted the certificate below because the attachment from Saltway came through as a .msg file which you said your phone couldn't open. Keep a copy of this e-mail - the tribunal will want the certificate with the SEND35. Your deadline is now one month from 5 May, so 5 June at the latest.

Any problems just call me on the advice line.

Best wishes
Maxine Grundy
Information, Advice and Support Officer
Salterford SENDIASS | 01632 960270

-----Original Message-----
From: Certificates <certificates@example.org>
Sent: 05 May 2026 10:31
To: Maxine Grundy <m.grundy@example.org>
Subject: Certificate - ROWLINSON - SWR/26/0912

SALTWAY MEDIATION CIC
Registered office: Unit 4, Flashes Business Park, Salterford SW9 8AR

CERTIFICATE UNDER SECTION 55 OF THE CHILDREN AND FAMILIES ACT 2014
(mediation information given - parent does not wish to pursue mediation)

Parent: Kirsty Rowlinson
Child: Esme Rowlinson, date of birth 12/12/2020
Local authority: Salterford and Wychbury Borough Council
Decision: refusal to carry out an EHC needs assessment, dated 16 April 2026

I confirm that the parent named above contacted Saltway Mediation CIC on 5 May 2026 and was given information about mediation by telephone. The parent has told us she does not wish to take part in mediation. This certificate is issued within three working days of that contact as required by regulation 34 of the Special Educational Needs and Disability Regulations 2014.

Issued by: Aled Pritchard, Mediation Adviser
Date of issue: 5 May 2026
Certificate reference: SWR/26/0912
"""

ESTUARY_CERT = """ESTUARY RESOLVE
SEND mediation and disagreement resolution
Unit 2, Wharf Chambers, Marshbrook ME91 4DD  Tel 01632 960377

MEDIATION CERTIFICATE

This certificate is issued under Section 55(5) of the Children and Families Act 2014.

Parent(s): Olu and Chidinma Okafor-Reid
Young person / child: Delphine Okafor-Reid   D.O.B. 21/05/2012
Local Authority: Marshbrook Borough Council
Matter: final EHC plan issued 27 April 2026 - Sections B, F and I

Mediation took place on 9 June 2026 at Wharf Chambers. Present: both parents, Ms R Dhillon (EHC Coordinator), Mr S Keogh (SEN Manager), mediator.

Outcome: partially resolved. The local authority agreed to amend Section F to specify speech and language therapy. Agreement was not reached on Section I. The parents may appeal to the First-tier Tribunal (SEND).

Signed: Imelda Fairclough, Mediator
Date of certificate: 10 June 2026
"""

# --- appeal forms --------------------------------------------------------------------------

KOFI_SEND35 = [
    ("title", "SEND35 - Notice of appeal"),
    (
        "i",
        "First-tier Tribunal (Special Educational Needs and Disability) - appeal against a decision about an Education, Health and Care plan",
    ),
    (
        "i",
        "Gran - I have filled in what I can from your notes. Please check sections 4 and 6 and sign at section 9 before we post it. - Efua",
    ),
    ("h", 2, "Section 1 - About the child or young person"),
    (
        "kv",
        [
            ("Full name", "Kofi Asante-Lowe"),
            ("Date of birth", "08/04/2016"),
            ("Current school or setting", "Estuary Learning Centre (pupil referral unit)"),
        ],
    ),
    ("h", 2, "Section 2 - About you (the appellant)"),
    (
        "kv",
        [
            ("Name", "Mrs Abena Asante"),
            ("Relationship", "Grandmother, special guardian"),
            ("Address", "5 Heron Walk, Marshbrook ME91 8QT"),
            ("Telephone", "07700 900562"),
            ("E-mail", "abena.asante@example.org"),
        ],
    ),
    ("h", 2, "Section 3 - Representative"),
    ("p", "None. My granddaughter Efua Asante will help me."),
    ("h", 2, "Section 4 - The local authority and the decision"),
    (
        "kv",
        [
            ("Local authority", "Marshbrook Borough Council"),
            ("Date of the decision", "19 March 2026"),
            (
                "Decision appealed",
                "Contents of the final EHC plan: Section B, Section F and Section I",
            ),
        ],
    ),
    ("h", 2, "Section 5 - Mediation"),
    ("p", "Mediation certificate from Estuary Resolve dated 17 April 2026 (attached)."),
    ("h", 2, "Section 6 - Reasons for appeal"),
    (
        "num",
        [
            "Section B does not describe Kofi's difficulties with language. The speech and language therapist found his understanding of language is very delayed and this is not in the plan.",
            "Section F does not say how many hours of support Kofi will have. It says he will have a key adult but not for how long, and the therapeutic support recommended by the educational psychologist (weekly sessions with a play therapist) is missing.",
            "Section I names a large mainstream primary school. We ask for Marshbrook Reedbeds School, a small specialist school for children with SEMH needs.",
        ],
    ),
    ("h", 2, "Section 9 - Declaration"),
    ("p", "I confirm that the information on this form is true to the best of my knowledge."),
    ("field", "Signed", ""),
    ("field", "Date", ""),
]

RHYS_REASONS = [
    ("title", "Rhys Penhallow - Reasons for appeal (attachment to SEND35, Section 6)"),
    (
        "p",
        "Appellants: Kerensa and Jory Penhallow. Respondent: Isle of Wrayland Council. Decision appealed: final EHC plan issued 14 May 2026.",
    ),
    ("h", 2, "1. Section B"),
    (
        "p",
        "1.1 Section B leaves out the difficulties with motor coordination and handwriting described by the educational psychologist at paragraph 4.6 of her advice (slow, effortful letter formation; fatigue after ten minutes of writing).",
    ),
    (
        "p",
        "1.2 Section B describes Rhys's sensory needs only in relation to noise. The occupational therapy advice also describes his difficulties with touch and with the dining hall's smells, which stop him eating at school.",
    ),
    ("h", 2, "2. Section F"),
    (
        "p",
        "2.1 The educational psychologist recommended weekly small group social communication sessions delivered by a trained adult; the plan gives these but does not say how staff will be trained or who oversees them.",
    ),
    (
        "p",
        "2.2 The plan has no occupational therapy at all, although the occupational therapist recommended a sensory diet delivered daily and a block of six direct therapy sessions.",
    ),
    (
        "p",
        "2.3 The transition support to secondary school recommended by the autism outreach teacher (extra visits and a transition booklet) is missing.",
    ),
    ("h", 2, "3. What we ask the tribunal to order"),
    (
        "p",
        "That Sections B and F are amended as set out in the working document we will send with our evidence.",
    ),
    ("sig", ["Kerensa Penhallow", "Jory Penhallow", "30 June 2026"]),
]

ESME_FORM = """SEND35   Notice of appeal
First-tier Tribunal (Special Educational Needs and Disability)

Please use black ink and CAPITAL LETTERS

Section 1  The child or young person
Surname: ROWLINSON   First name(s): ESME
Date of birth: 12/12/2020
School: WYCHBURY INFANT SCHOOL

Section 2  Your details
Name: KIRSTY ROWLINSON
Relationship to child: MOTHER
Address: FLAT 3, 22 BRINE STREET, WYCHBURY SW11 2PL
Phone: 07700 900418

Section 4  What are you appealing against?
[X] Refusal to carry out an EHC needs assessment
[ ] Refusal to issue an EHC plan
[ ] Contents of an EHC plan
Local authority: SALTERFORD AND WYCHBURY BOROUGH COUNCIL
Date of decision letter: 16/04/2026

Section 5  Mediation certificate
Date of certificate: 05/05/2026   Mediation adviser: SALTWAY MEDIATION CIC

Section 6  Reasons for appeal
ESME HAS NOT BEEN ABLE TO USE THE TOILET AT SCHOOL SINCE SEPTEMBER AND IS SENT HOME MOST WEEKS. SHE DOES NOT TALK TO ADULTS AT SCHOOL. THE SCHOOL SAYS IT HAS DONE ALL IT CAN. SHE NEEDS TO BE ASSESSED.

Section 9  Declaration
Signed: K Rowlinson     Date: 19/05/2026
"""

# --- tribunal ------------------------------------------------------------------------------

RHYS_HEARING = [
    ("org", TRIBUNAL),
    ("small", TRIB_SMALL),
    ("p", "Mr and Mrs Penhallow\n3 Gull Rock Lane\nSaltness\nIsle of Wrayland PW32 7BT"),
    ("p", "Appeal number: EH871/26/00318\nDate: 14 July 2026"),
    (
        "b",
        "Appeal of Kerensa and Jory Penhallow against the Isle of Wrayland Council - Rhys Penhallow",
    ),
    ("h", 2, "Notice of hearing and directions"),
    (
        "p",
        "The appeal has been registered. It will be heard by video on 17 November 2026, starting at 10:00. A time estimate of one day has been given.",
    ),
    ("h", 3, "Directions"),
    (
        "onum",
        [
            "The local authority must send its response to the appeal to the tribunal and to the parents by 25 August 2026.",
            "Each party must send any further evidence, including expert reports, by 6 October 2026. Evidence sent after this date will only be admitted with the tribunal's permission.",
            "The parents must send the working document with their proposed amendments to Sections B and F to the local authority by 13 October 2026; the local authority must add its responses and send the completed working document to the tribunal by 27 October 2026.",
            "Each party must tell the tribunal the names of its witnesses (no more than three) by 27 October 2026.",
            "The local authority must prepare the hearing bundle, paginated and indexed, and send it by 3 November 2026.",
        ],
        "",
    ),
    (
        "p",
        "If a party does not comply with these directions the tribunal may strike out the appeal or bar the local authority from taking further part.",
    ),
    ("sig", ["Tribunal Caseworker", "On behalf of the Chamber President"]),
]

TRIB_EMAIL = """Dear Parties,

EH873/26/00122  Okafor-Reid v Marshbrook Borough Council

A Tribunal Judge has considered the local authority's request of 2 September 2026 for more time to comply with the direction to provide its response and the parents' objection of 3 September 2026.

Judge Farrant directs as follows:

1. The local authority's request is granted in part. The local authority must send its response to the appeal by 4pm on 16 September 2026.
2. The local authority must, at the same time, confirm whether it accepts the speech and language therapy recommendations of Ms Bethan Quayle (report dated 14 August 2026) and, if not, identify which recommendations are in dispute.
3. The hearing date of 2 December 2026 is confirmed and will not be moved.
4. The parents may send a short reply (no more than 4 pages) to the response by 30 September 2026.

Reasons: a short extension does not prejudice the parents or put the hearing date at risk. The local authority has given no good reason for a longer extension.

Regards

Tribunal Caseworker
First-tier Tribunal (SEND)
Please quote the appeal number in all correspondence. Do not reply to this address with large attachments: use the document upload service.
"""

KOFI_CMH = [
    ("org", TRIBUNAL),
    ("small", TRIB_SMALL),
    ("title", "Case management order"),
    (
        "p",
        "Appeal number: EH869/26/00211   Appellant: Mrs Abena Asante   Respondent: Marshbrook Borough Council   Child: Kofi Asante-Lowe",
    ),
    (
        "p",
        "Following a case management hearing held by telephone on 11 August 2026 before Tribunal Judge Hollinrake, attended by Mrs Asante (with her granddaughter Miss Efua Asante as supporter) and by Mr Neil Sowerby for the local authority.",
    ),
    ("h", 2, "It is ordered that:"),
    (
        "num",
        [
            "The issues for the hearing are: (a) the description of Kofi's speech, language and communication needs in Section B; (b) whether Section F should specify the key adult's hours and include weekly play therapy; (c) the school to be named in Section I.",
            "The local authority has permission to obtain speech and language therapy advice, which it must send by 18 September 2026.",
            "Marshbrook Reedbeds School is to be joined as a consultee: the local authority must send the tribunal a copy of the school's response to consultation by 18 September 2026.",
            "The hearing listed for 21 October 2026 is vacated and relisted for 9 December 2026 (one day, in person, Marshbrook Magistrates' Court, Hearing Room 3).",
            "Liberty to apply.",
        ],
    ),
    (
        "p",
        "Reasons: the local authority accepted at the hearing that it had not obtained speech and language advice during the assessment. It is in the interests of justice that this evidence be available, and a short delay is proportionate.",
    ),
    ("sig", ["Tribunal Judge Hollinrake", "Date: 11 August 2026"]),
]

HARLEY_POSTPONE = """FIRST-TIER TRIBUNAL
HEALTH, EDUCATION AND SOCIAL CARE CHAMBER
SPECIAL EDUCATIONAL NEEDS AND DISABILITY

Appeal No: EH873/26/00390
Between
SHANNON JUKES  Appellant
and
MARSHBROOK BOROUGH COUNCIL  Respondent

DECISION ON AN APPLICATION TO POSTPONE THE HEARING AND DIRECTIONS

1. The appellant applied on 3 November 2026 to postpone the hearing listed for 19 November 2026 because the independent educational psychologist she has instructed, Dr Mina Farouk, cannot see Harley until 24 November.
2. The respondent does not object.
3. The application is granted. The hearing of 19 November 2026 is postponed.
4. The appellant must send Dr Farouk's report to the tribunal and the respondent by 15 December 2026.
5. The respondent must send any response to that report by 5 January 2027.
6. The tribunal will list the appeal for hearing on the first available date after 12 January 2027. The parties must send their dates to avoid by 20 November 2026.

Judge S. Ormerod
Tribunal Judge
Date: 6 November 2026
"""

# --- correspondence ------------------------------------------------------------------------

GOVERNORS = [
    ("org", "Marshbrook Creekside Academy"),
    (
        "small",
        "Part of the Estuary Shore Academies Trust | Creek Road, Marshbrook ME91 2RW | 01632 960390 | office@example.org",
    ),
    ("p", "Private and confidential\nMr and Mrs Okafor-Reid\nby e-mail"),
    ("p", "26 March 2026"),
    ("p", "Dear Mr and Mrs Okafor-Reid,"),
    ("b", "Your complaint (stage 3): governors' complaints panel"),
    (
        "p",
        "I am writing as chair of the complaints panel of the Local Governing Body, which met on 23 March 2026 to consider your complaint of 2 February about the support given to Delphine since September, and in particular the incident on 19 January when she was asked to read aloud in a science lesson.",
    ),
    (
        "p",
        "The panel heard from you, from the head of school, Mrs Annette Lowrie, and from the SENCo, Mr Stephen Keogh. Having considered the written evidence and what we heard, the panel has reached the following conclusions.",
    ),
    (
        "num",
        [
            "Upheld: Delphine's communication passport was not shared with supply staff. The panel recommends that the school sets up a system so that every adult who teaches Delphine has the passport before the lesson.",
            "Upheld in part: the school did not reply to your e-mails of 20 and 27 January within the five working days set out in the school's communication policy.",
            "Not upheld: the panel did not find that the school had refused to apply for an EHC needs assessment. The SENCo's notes show that the school supported your own request in December.",
        ],
    ),
    (
        "p",
        "The head of school will write to you by 24 April 2026 to set out the actions taken. This concludes the school's complaints procedure. If you remain dissatisfied you may refer the matter to the Department for Education.",
    ),
    (
        "sig",
        [
            "Yours sincerely,",
            "",
            "Revd Martin Aldous",
            "Chair of the Complaints Panel, Local Governing Body",
        ],
    ),
]

FERRYSIDE_APPT = [
    ("org", "Ferryside Mediation"),
    (
        "small",
        "The Old Chandlery, Harbour Walk, Colport PW30 1HH | 01632 960171 | hello@example.org",
    ),
    ("p", "Mrs K Penhallow\n3 Gull Rock Lane\nSaltness PW32 7BT"),
    ("p", "2 June 2026    Our ref: FM/0633"),
    ("p", "Dear Mrs Penhallow,"),
    ("b", "Mediation: Rhys Penhallow and the Isle of Wrayland Council"),
    (
        "p",
        "Thank you for speaking to us on 29 May. As agreed, we have arranged a mediation meeting with the council, which must take place within 30 days of your request.",
    ),
    (
        "kv",
        [
            ("Date", "Monday 22 June 2026"),
            ("Time", "10:00 to 13:00"),
            (
                "Where",
                "By video call (a link will be sent the day before); or in person at the Old Chandlery if you prefer",
            ),
            ("Mediator", "Demelza Rowe"),
            ("Council representative", "Morwenna Keast, SEND Team Manager"),
        ],
    ),
    (
        "p",
        "Please send us, by 15 June, a short list of the things you would like to discuss and copies of any reports you want the mediator to read. You may bring a friend, relative or your SENDIASS adviser. Rhys is welcome to give his views in writing or in a short video.",
    ),
    (
        "p",
        "Mediation is voluntary and confidential. Whatever happens, we will issue your certificate within three working days of the meeting so that you can appeal if you need to.",
    ),
    ("sig", ["With best wishes,", "", "Tomas Jago", "Case Coordinator"]),
]

EP_REQUEST = """Dear Mr Sowerby,

I am Kofi's grandmother and special guardian. At the meeting on 2 February you said that the educational psychologist's report would be sent to me "in the next few days". I still have not received it and I understand from the Estuary Learning Centre that they have had a copy since 14 January.

Under the SEND Regulations I should have been given copies of all the advice. Please could you send me:
1. the educational psychologist's report by Dr Lorcan Beattie;
2. the advice from the Estuary Learning Centre;
3. any health advice, in particular from the CAMHS team.

I would prefer paper copies posted to me, as I do not have a printer.

Thank you.
Mrs Abena Asante
5 Heron Walk, Marshbrook ME91 8QT
07700 900562
"""

FERRY_PASS = [
    ("org", ISLAND),
    (
        "small",
        "Passenger Transport Unit | County Buildings, Quay Street, Colport PW30 1QS | 01632 960130 | schooltransport@example.org",
    ),
    ("p", "Parent/Carer of Ibrahim Sadiq\n9 Ropewalk Terrace\nColport PW30 4NJ"),
    ("p", "11 August 2026"),
    ("b", "Post-16 travel assistance - Ibrahim Sadiq"),
    ("p", "Dear Parent/Carer,"),
    (
        "p",
        "Thank you for your application for post-16 travel assistance for Ibrahim, who will start at Solent Mainland College in September 2027. We are writing early because the ferry operator's student season ticket must be ordered by 1 June before the start of the course.",
    ),
    (
        "p",
        "Ibrahim is eligible for a Wrayland Student Ferry Pass at the assisted rate (£180 a year, payable in three instalments). Because Ibrahim has an EHC plan, we have also arranged independent travel training with the Island Travel Buddies scheme in the summer term of 2027 to help him make the crossing and the bus journey to the college on his own.",
    ),
    (
        "p",
        "Please complete and return the enclosed consent form and a passport photograph by 30 September 2026.",
    ),
    ("sig", ["Yours faithfully,", "", "Passenger Transport Unit"]),
]

INVITE = """Hi both,

Tadgh's interim review meeting has been booked - invitation below. Mrs Birtles from SSART has said she will try to join for the first half hour. Please can you bring any reports from the dyslexia tutor.

Thanks
Niamh Cassidy
SENCo, Wychbury Manor High School

________________________________________________________________________________
Microsoft Teams meeting
Tadgh B - interim review of EHCP support (parents, SENCo, English, SSART)
Thursday 23 April 2026  15:30 - 16:30 (UTC+01:00) London
Join on your computer, mobile app or room device
Meeting ID: 349 118 220 771   Passcode: sA8mQ2
Dial in by phone: 01632 960288,,811204# United Kingdom, Salterford
________________________________________________________________________________
"""

SENDIASS_LETTER = [
    ("org", "Wrayland SENDIASS"),
    (
        "small",
        "Special Educational Needs and Disability Information, Advice and Support Service | Unit 7, Harbour Yard, Colport PW30 1HT | 01632 960175 | sendiass@example.org",
    ),
    ("p", "Mrs H Trevanion\n27 Chapel Hill\nSaltness PW32 6EE"),
    ("p", "12 March 2026"),
    ("p", "Dear Hannah,"),
    (
        "p",
        "Thank you for calling us on 10 March about the council's decision not to assess Eliza. As promised, here is a summary of what we talked about.",
    ),
    (
        "bul",
        [
            "The test for an assessment is low: whether Eliza has or may have SEN and may need provision through a plan. You do not have to show that the school has tried everything.",
            "You can ask for the decision to be looked at again informally, but this does not stop the clock on the two-month time limit for an appeal.",
            "Before appealing you need a certificate from Ferryside Mediation (01632 960171). You can ask for the certificate only, without going to mediation.",
            "Keep a diary of what happens at school and at home, and ask the school for copies of Eliza's SEN support plans and any records of incidents.",
        ],
    ),
    (
        "p",
        "We can help you fill in the appeal form and can come to the mediation meeting with you if you decide to go. Our service is free, confidential and independent of the council.",
    ),
    ("sig", ["Kind regards,", "", "Rosenwyn Tonkin", "SENDIASS Adviser"]),
]

DOCUMENTS: list[dict] = [
    {"name": "Eliza - letter 4 March.pdf", "kind": "decision_letter", "blocks": ELIZA_NOTICE},
    {
        "name": "Sunniva nursery plan.eml",
        "kind": "decision_letter",
        "headers": headers(
            "Birtles, Joanne <joanne.birtles@example.org>",
            "freya.holt@example.org",
            "Sunniva Holt - SSART/EHC/0551 [OFFICIAL-SENSITIVE]",
            "Thu, 21 May 2026 15:08:12 +0100",
        ),
        "text": SUNNIVA_EMAIL,
        "qp": True,
    },
    {"name": "Harley review outcome.docx", "kind": "decision_letter", "blocks": HARLEY_REVIEW},
    {
        "name": "fax 0416.pdf",
        "kind": "decision_letter",
        "text": ESME_REFUSAL,
        "ocr": True,
        "running": "16/04/2026 FROM: 01632 960241",
    },
    {"name": "image000123.pdf", "kind": "decision_letter", "text": IBRAHIM_ISSUE, "ocr": 0.07},
    {
        "name": "Rhys tribunal.pdf",
        "kind": "mediation_certificate",
        "blocks": RHYS_CERT,
        "accent": "0E6655",
    },
    {
        "name": "FW_ certificate.eml",
        "kind": "mediation_certificate",
        "headers": headers(
            "Maxine Grundy <m.grundy@example.org>",
            "Kirsty Rowlinson <kirsty.rowl@example.org>",
            "FW: Certificate - ROWLINSON - SWR/26/0912",
            "Tue, 5 May 2026 11:47:03 +0100",
        ),
        "text": SALTWAY_FWD,
        "html": True,
    },
    {
        "name": "Delphine letter from Estuary.pdf",
        "kind": "mediation_certificate",
        "text": ESTUARY_CERT,
        "ocr": True,
    },
    {"name": "Kofi - tribunal forms to check.docx", "kind": "appeal_form", "blocks": KOFI_SEND35},
    {"name": "Rhys reasons.pdf", "kind": "appeal_form", "blocks": RHYS_REASONS},
    {"name": "Esme form signed.pdf", "kind": "appeal_form", "text": ESME_FORM, "ocr": 0.07},
    {"name": "Rhys hearing date.pdf", "kind": "tribunal_direction", "blocks": RHYS_HEARING},
    {
        "name": "EH873_26_00122 - Direction.eml",
        "kind": "tribunal_direction",
        "headers": headers(
            "SEND Tribunal <send.tribunal@example.org>",
            "olu.okafor-reid@example.org; sendappeals@example.org",
            "EH873/26/00122 - Okafor-Reid - Direction of Judge Farrant",
            "Mon, 7 Sep 2026 14:22:50 +0100",
        ),
        "text": TRIB_EMAIL,
    },
    {"name": "Kofi phone call notes.docx", "kind": "tribunal_direction", "blocks": KOFI_CMH},
    {
        "name": "SKM_C25826110613420.pdf",
        "kind": "tribunal_direction",
        "text": HARLEY_POSTPONE,
        "ocr": True,
    },
    {"name": "complaint response.pdf", "kind": "correspondence", "blocks": GOVERNORS, "sans": True},
    {"name": "mediation.docx", "kind": "correspondence", "blocks": FERRYSIDE_APPT},
    {
        "name": "EP report.eml",
        "kind": "correspondence",
        "headers": headers(
            "Abena Asante <abena.asante@example.org>",
            "Neil Sowerby <ehc.coordination@example.org>",
            "EP report for Kofi Asante-Lowe",
            "Mon, 23 Feb 2026 09:41:18 +0000",
        ),
        "text": EP_REQUEST,
    },
    {"name": "Ibrahim college.pdf", "kind": "correspondence", "blocks": FERRY_PASS},
    {
        "name": "Invitation_ Tadgh B - interim review.eml",
        "kind": "correspondence",
        "headers": headers(
            "Niamh Cassidy <n.cassidy@example.org>",
            "aoife.brennan@example.org; declan.brennan@example.org",
            "Invitation: Tadgh B - interim review of EHCP support @ Thu 23 Apr 2026 15:30 - 16:30",
            "Wed, 15 Apr 2026 12:05:44 +0100",
        ),
        "text": INVITE,
        "html": True,
    },
    {"name": "SENDIASS.pdf", "kind": "correspondence", "blocks": SENDIASS_LETTER},
]
