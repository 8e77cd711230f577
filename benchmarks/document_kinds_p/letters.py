# ruff: noqa: E501
"""Letters of set P: councils' decisions (a refusal to assess opening with a boxed decision
summary, a new town's panel memo with a tear-off reply slip, a decision to cease written
to a young person in the second person, a refusal scanned at a library's scan station, a
refusal forwarded by a SENCo); mediation certificates (a letter, an e-mail body, a scan
behind a fax header, a young person's forward); appeal forms (a parent's typed-up draft of the form, a photographed
handwritten form, a young person's own appeal); the tribunal's papers (a registration
letter with a timetable, a clerk's e-mail carrying a judge's directions, an order faxed,
an amended notice of hearing); and correspondence (a governing board's complaint
outcome, a mediation service's booking letter, an invitation to a review, an NHS
appointment letter, a school's reply about support hours). All invented."""

from __future__ import annotations

from evaluation_kit.plaintext import quoted

from document_kinds_p.common import (
    ASH,
    ASH_SMALL,
    KERRITH,
    KERRITH_SMALL,
    SALT,
    SALT_SMALL,
    headers,
)

TRIBUNAL = "First-tier Tribunal (Health, Education and Social Care Chamber)\nSpecial Educational Needs and Disability"
TRIBUNAL_SMALL = "SEND Tribunal, 1st Floor, Piermaster House, Tidewater Lane, Lymstone LY2 8RT  |  01632 960100  |  send.tribunal@justice.example.org"

# --- decision letters -------------------------------------------------------------------------

SUMMARY_REFUSAL = [
    ("org", SALT),
    ("small", SALT_SMALL),
    ("p", "Mr Callum and Mrs Shona Vickery\n7 Flashes Lane\nWychbury\nSF7 3NJ"),
    ("p", "Date: 24 April 2026\nOur reference: SSS/RQ/0611"),
    ("b", "Decision summary"),
    (
        "kv",
        [
            ("Child", "Arlo Vickery (DOB 03/09/2018)"),
            ("Request received", "6 March 2026, from parents"),
            (
                "Question decided",
                "Whether to carry out an EHC needs assessment (section 36(8), Children and Families Act 2014)",
            ),
            ("Decision", "Not to carry out an EHC needs assessment"),
            ("Decided by", "SEND Decision Making Group, 22 April 2026"),
            ("Right of appeal", "Yes - see below"),
        ],
        [0.3, 0.7],
    ),
    ("p", "Dear Mr and Mrs Vickery,"),
    (
        "p",
        "Thank you for your request for an education, health and care needs assessment for Arlo. The Decision Making Group considered your request, the information from Wychbury St Mary's CE Primary School and the advice from the school's specialist teacher.",
    ),
    (
        "p",
        "The group noted that Arlo is making progress in reading with the school's phonics intervention and that his SEN support plan was reviewed in February. It concluded that the evidence does not at present show that Arlo may need special educational provision to be made in accordance with an EHC plan.",
    ),
    (
        "p",
        "We understand this will be disappointing. We recommend that the school continues the current interventions and requests advice from the Salterford Speech and Language Therapy service about Arlo's understanding of language.",
    ),
    ("h", 2, "Your right of appeal"),
    (
        "p",
        "If you disagree with this decision you may appeal to the First-tier Tribunal (Special Educational Needs and Disability). You must first contact a mediation adviser at Saltways Mediation CIC (01632 960555) and obtain a certificate, unless you wish to go to mediation. An appeal must be made within two months of the date of this letter or one month from the date of the certificate, whichever is later. Salterford SENDIASS can help you: 01632 960560.",
    ),
    ("sig", ["Yours sincerely", "", "Rhiannon Platt", "Case Officer, SEND Statutory Services"]),
]

ASH_MEMO = [
    ("org", ASH),
    ("small", ASH_SMALL),
    ("title", "MEMORANDUM - OUTCOME OF SEN PANEL"),
    (
        "kv",
        [
            (
                "To",
                "Mr Lukasz and Ms Ottilie Brookes-Nowak, 22 Tile Kiln Close, Brickhill, AG6 2HE",
            ),
            ("From", "SEN Panel Clerk, Children's Services"),
            ("Date", "2 April 2026"),
            ("Subject", "Freya Brookes-Nowak - outcome of EHC needs assessment"),
            ("Panel date", "31 March 2026"),
        ],
        [0.22, 0.78],
    ),
    (
        "np",
        "1.",
        "The panel considered the completed EHC needs assessment for Freya, including advice from the educational psychologist, the school, the paediatrician and yourselves.",
    ),
    (
        "np",
        "2.",
        "Outcome: the panel has decided NOT TO ISSUE an Education, Health and Care plan for Freya. The panel found that Freya's needs can be met from the resources normally available to mainstream schools, with the provision described in the SEN support plan attached.",
    ),
    (
        "np",
        "3.",
        "Reasons: the educational psychologist found Freya's cognitive abilities in the average range with specific weaknesses in phonological processing; Kiln Park Primary School reports that her reading age has risen by eight months since September with small group support.",
    ),
    (
        "np",
        "4.",
        "You can appeal against this decision to the First-tier Tribunal (SEND) within two months from the date of this memo, or one month from the date you receive a mediation certificate, whichever is later. Before appealing you must contact Clearway SEN Mediation on 01632 960790.",
    ),
    (
        "np",
        "5.",
        "A meeting to explain the decision can be arranged. Please return the slip below.",
    ),
    (
        "p",
        "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -  cut here",
    ),
    ("b", "REPLY SLIP - return to the SEN Panel Clerk, Civic Offices"),
    (
        "p",
        "Child's name: Freya Brookes-Nowak\nI would / would not like a meeting to discuss the panel's decision.\nBest times to contact me: ..................................\nSigned: ...................................... Date: ................",
    ),
]

CEASE_YP = [
    ("org", KERRITH),
    ("small", KERRITH_SMALL),
    ("p", "Mr Kit Larkworthy\nFlat 2, 9 Harbour Steps\nHolmport\nKR1 4DX"),
    ("p", "18 May 2026\nRef: SART/CEASE/26/014"),
    ("p", "Dear Kit,"),
    ("b", "Your EHC plan - our decision"),
    (
        "p",
        "You told us at your review on 28 April that you are leaving Holmport Sixth Form College this summer and starting a full-time job with Cowlstone Boatyard in September, without an apprenticeship.",
    ),
    (
        "p",
        "Because you are 17 and are leaving education and training to take up paid employment, we have decided to stop maintaining your education, health and care plan. Your plan will stop on 31 August 2026.",
    ),
    (
        "p",
        "We have made this decision under section 45 of the Children and Families Act 2014. Before deciding, we talked to you, to your mum and to the college, as the law says we must.",
    ),
    (
        "p",
        "You have the right to appeal against this decision to the SEND Tribunal. Your plan stays in place while an appeal is going on. You have two months from the date of this letter to appeal, or one month from the date of a mediation certificate if that is later. You need to contact Straits Mediation & Dispute Resolution (01632 960333) first. If you go back into education or training before you are 25 you can ask us for a new assessment.",
    ),
    (
        "p",
        "If you want help, Kerrith SENDIASS works with young people too: 01632 960350 or text 07700 900351.",
    ),
    ("sig", ["Best wishes,", "", "Gwen Trebilcock", "EHC Coordinator (Post-16)"]),
]

LIBRARY_SCAN = """\
HOLMPORT LIBRARY - SELF SERVICE SCAN STATION - 07/04/2026 14:51 - 3 pages

Isle of Kerrith Council
SEND Assessment and Review Team, County Hall, Quay Street, Holmport KR1 2QS

Ms Demelza Carne
4 Chapel Row
St Ebbe's
KR3 9PL

2 April 2026
Our ref: SART/REQ/26/0233

Dear Ms Carne

Request for an Education, Health and Care needs assessment - Rowan Carne (DOB 11/12/2015)

Thank you for your request dated 16 February 2026. I am writing to tell you the outcome.

The council's Multi-Agency Assessment Panel met on 31 March 2026 and considered your request together with the information provided by St Ebbe's Church of England Primary School.

Having considered all the evidence, the council has decided not to carry out an EHC needs assessment at this time. The panel was of the view that Rowan's needs are being met through SEN support and that the school has not yet received advice from the Kerrith Inclusion Support Service.

If you disagree with this decision you have the right to appeal to the SEND Tribunal. You must contact the mediation service, Straits Mediation & Dispute Resolution, on 01632 960333 before registering an appeal. The time limit is two months from the date of this letter or one month from the date of the mediation certificate, whichever is later.

Yours sincerely

Pasco Jenkin
Assessment Officer
"""

FWD_REFUSAL = (
    "Dear Mrs Okafor,\n\n"
    "The council sent the outcome to school as well as to you, and you said this morning that yours has not arrived. I have copied it below so you have it today. I'm so sorry it isn't the news we hoped for - let's meet next week to plan what we do next.\n\n"
    "Best wishes\nBeth Salkeld\nSENCo, Kiln Park Primary School\n\n"
    "From: SEN Casework <sen.casework@ashgrove.example.org>\n"
    "Sent: 27 April 2026 10:14\n"
    "To: SENCo Kiln Park Primary\n"
    "Subject: Decision - request for EHC needs assessment - Zain Okafor\n\n"
    + quoted(
        "Dear Mr and Mrs Okafor,\n\n"
        "RE: Zain Okafor, date of birth 05/01/2017, Year 4, Kiln Park Primary School\n\n"
        "I am writing to inform you that the local authority has decided not to undertake an Education, Health and Care needs assessment for Zain.\n\n"
        "The SEN Panel on 23 April 2026 concluded that Zain's needs can continue to be met through the school's SEN support, with advice from the Ashgrove Autism Outreach Team.\n\n"
        "You have the right to appeal this decision to the First-tier Tribunal (SEND). Before you do, you must contact Clearway SEN Mediation on 01632 960790 about mediation. The deadline for an appeal is two months from the date of this letter, or one month from the issue of a mediation certificate, whichever is later.\n\n"
        "Yours sincerely\nDanielle Fairbrass\nSEN Casework Officer\ncc: SENCo, Kiln Park Primary School"
    )
    + "\n"
)

# --- mediation certificates -------------------------------------------------------------------

CERT_DECLINED = [
    ("org", "Straits Mediation & Dispute Resolution"),
    (
        "small",
        "The Old Chandlery, 3 Quay Street, Holmport, Isle of Kerrith KR1 2QT  |  01632 960333  |  info@straitsmediation.example.org",
    ),
    ("title", "Mediation certificate"),
    (
        "small",
        "Issued under section 55 of the Children and Families Act 2014 and regulation 34 of the Special Educational Needs and Disability Regulations 2014",
    ),
    (
        "kv",
        [
            ("Parent", "Morwenna Penhallow"),
            ("Child", "Tomos Penhallow"),
            ("Local authority", "Isle of Kerrith Council"),
            ("Date of mediation advice", "16 March 2026"),
            ("Date certificate issued", "17 March 2026"),
        ],
        [0.32, 0.68],
    ),
    (
        "p",
        "I confirm that the parent named above contacted Straits Mediation & Dispute Resolution and was given information about mediation by telephone on 16 March 2026.",
    ),
    (
        "p",
        "The parent has told us that she does not wish to pursue mediation at this time. The parent's appeal relates only to the name of the school or type of school in Section I of the plan, for which mediation is not required before an appeal, but she asked for a certificate in any case.",
    ),
    (
        "p",
        "This certificate should be sent to the First-tier Tribunal with your appeal form. You must register your appeal within one month of the date of this certificate or two months from the date of the local authority's decision, whichever is later.",
    ),
    ("sig", ["Signed", "", "Loveday Pengelly", "Mediation Adviser"]),
]

CERT_EMAIL = (
    "Dear Mr and Mrs Vickery,\n\n"
    "Thank you for attending mediation with Salterford and Wychbury Borough Council on 3 June 2026 at Brine House. As the mediation did not resolve the disagreement, I have set out your certificate below. Please keep this e-mail; the tribunal will accept a printed copy.\n\n"
    "==============================\n"
    "SALTWAYS MEDIATION CIC\n"
    "CERTIFICATE OF MEDIATION\n"
    "(Section 55(5), Children and Families Act 2014)\n\n"
    "Parents: Callum and Shona Vickery\n"
    "Child: Arlo Vickery\n"
    "Local authority: Salterford and Wychbury Borough Council\n"
    "Matter: decision not to carry out an EHC needs assessment (letter of 24 April 2026)\n\n"
    "I certify that mediation took place on 3 June 2026. Agreement was not reached on all issues.\n\n"
    "Certificate number: SMC-26-0418\n"
    "Date of issue: 4 June 2026\n"
    "Mediator: Priya Nandakumar\n"
    "==============================\n\n"
    "If you decide to appeal, you have one month from the date of issue of this certificate, or two months from the date of the decision letter, whichever is later.\n\n"
    "Kind regards\nPriya Nandakumar\nSaltways Mediation CIC\n01632 960555\n"
)

CERT_SCAN = """\
04/06/2026 16:37  Clearway SEN Mediation  01632960791          #0412 P.001/002

FACSIMILE
To: Ashgrove SENDIASS (for Ms O Brookes-Nowak)
From: Clearway SEN Mediation
Re: certificate - Freya Brookes-Nowak
Pages: 2 (including cover)

04/06/2026 16:37  Clearway SEN Mediation  01632960791          #0412 P.002/002

CLEARWAY SEN MEDIATION
Unit 4, Elmfield Business Centre, Ashgrove New Town AG2 5TR

CERTIFICATE
This is to certify that Ottilie Brookes-Nowak, parent of Freya Brookes-Nowak, has received information and advice about pursuing mediation with Ashgrove Borough Council in relation to the decision not to issue an Education, Health and Care plan dated 2 April 2026.

The parent has decided not to proceed to mediation.

Date of certificate: 4 June 2026
Signed: T. Mbatha, Mediation Adviser
This certificate is issued in accordance with the Special Educational Needs and Disability Regulations 2014.
"""

KIT_CERT_FWD = (
    "mum this is the certificate thing the tribunal wants. can you print it at work? ta\n"
    "Kit\n\n"
    "Sent from my phone\n\n"
    "-------- Forwarded message --------\n"
    "From: Straits Mediation & Dispute Resolution <info@straitsmediation.example.org>\n"
    "Date: 2 Jun 2026 15:40\n"
    "Subject: Mediation certificate - K Larkworthy / Isle of Kerrith Council\n"
    "To: kit.larkworthy@example.org\n\n"
    + quoted(
        "Dear Kit,\n\n"
        "Thank you for speaking with me today. As you have decided not to go to mediation, here is your certificate. Please send it with your appeal.\n\n"
        "MEDIATION CERTIFICATE\n"
        "Section 55, Children and Families Act 2014\n"
        "Young person: Kit Larkworthy (date of birth 2 April 2009)\n"
        "Local authority: Isle of Kerrith Council\n"
        "Decision: to cease to maintain the EHC plan (letter dated 18 May 2026)\n"
        "I certify that the young person has received information and advice about mediation and does not wish to pursue it.\n"
        "Date of issue: 2 June 2026\n"
        "Loveday Pengelly, Mediation Adviser\n\n"
        "Straits Mediation & Dispute Resolution, The Old Chandlery, 3 Quay Street, Holmport KR1 2QT, 01632 960333"
    )
    + "\n"
)

# --- appeal forms ----------------------------------------------------------------------------

APPEAL_DRAFT = [
    (
        "title",
        "SEND35 - Appeal to the First-tier Tribunal (Special Educational Needs and Disability)",
    ),
    ("i", "My typed-up copy before I fill in the real one. Check dates with SENDIASS!"),
    ("h", 2, "Section 1 - About the child or young person"),
    (
        "kv",
        [
            ("Name", "Arlo Vickery"),
            ("Date of birth", "3 September 2018"),
            ("Current school", "Wychbury St Mary's CE Primary School"),
        ],
    ),
    ("h", 2, "Section 2 - About you"),
    (
        "kv",
        [
            ("Name", "Shona Vickery"),
            ("Relationship", "Mother"),
            ("Address", "7 Flashes Lane, Wychbury SF7 3NJ"),
            ("Phone", "07700 900612"),
            ("E-mail", "shona.vickery@example.org"),
        ],
    ),
    ("h", 2, "Section 3 - The local authority"),
    ("p", "Salterford and Wychbury Borough Council. Date of decision letter: 24 April 2026."),
    ("h", 2, "Section 4 - What are you appealing against?"),
    ("p", "[x] Refusal to carry out an EHC needs assessment"),
    ("h", 2, "Section 5 - Mediation"),
    ("p", "Mediation certificate number SMC-26-0418, issued 4 June 2026 (copy attached)."),
    ("h", 2, "Section 6 - Reasons for appeal"),
    (
        "num",
        [
            "Arlo has not made the progress the council says. His reading age is 5 years 2 months at age 7 years 8 months.",
            "The school's own specialist teacher says he may have a language disorder that has never been assessed.",
            "The school has spent more than its notional SEN budget on him this year.",
        ],
    ),
    ("h", 2, "Section 7 - Representative"),
    ("p", "None - I am doing this myself with help from SENDIASS."),
    ("h", 2, "Section 8 - Declaration"),
    ("p", "I confirm that the information in this form is correct to the best of my knowledge."),
]

APPEAL_PHOTO = """\
SEND 35
Appeal form
Notice of appeal against a local authority decision
Section 1 Child or young person
Full name: FREYA BROOKES-NOWAK      Date of birth: 14/02/2017
Section 2 Parent
Name: OTTILIE BROOKES-NOWAK      Phone: 07700 900784
Address: 22 TILE KILN CLOSE, BRICKHILL, ASHGROVE NEW TOWN AG6 2HE
Section 3 Local authority: ASHGROVE BOROUGH COUNCIL
Date of the decision you are appealing: 2 APRIL 2026
Section 4 Type of appeal: [x] refusal to issue an EHC plan after assessment
Section 5 Mediation certificate: yes - dated 4/6/26 Clearway
Section 6 Reasons: see attached sheet - the EP found Freya 3 years behind in reading and
the school cannot keep up the small group without extra money.
Section 9 Hearing: I would like a hearing by video. Interpreter: no
Signed: O. Brookes-Nowak    Date: 12/06/26
"""

YP_APPEAL = [
    ("title", "Appeal to the First-tier Tribunal (SEND) - young person's appeal"),
    ("p", "Form SEND35 (young person over 16 appealing in their own right)"),
    ("h", 2, "About you"),
    (
        "kv",
        [
            ("Your name", "Kit Larkworthy"),
            ("Date of birth", "2 April 2009"),
            ("Address", "Flat 2, 9 Harbour Steps, Holmport KR1 4DX"),
            (
                "Would you like a representative?",
                "Yes - my mum, Jenna Larkworthy, to help me at the hearing",
            ),
        ],
    ),
    ("h", 2, "The decision you want to appeal"),
    (
        "p",
        "Isle of Kerrith Council, letter of 18 May 2026: decision to cease to maintain my EHC plan.",
    ),
    ("h", 2, "Mediation"),
    ("p", "I spoke to Straits Mediation on 2 June 2026. My certificate is attached."),
    ("h", 2, "Why you disagree"),
    (
        "p",
        "The job at Cowlstone Boatyard fell through in June. I have now been offered a place on the Level 2 marine engineering course at Lymstone College from September, which means I am staying in education. I still need the support in my plan because of my Crohn's and my dyspraxia. The council did not ask me about college courses.",
    ),
    ("h", 2, "What you want the tribunal to do"),
    (
        "p",
        "Order the council to keep maintaining my plan and to name Lymstone College in Section I.",
    ),
    ("p", "Signed: Kit Larkworthy    Date: 15 June 2026"),
]

# --- tribunal papers --------------------------------------------------------------------------

REGISTRATION = [
    ("org", TRIBUNAL),
    ("small", TRIBUNAL_SMALL),
    ("p", "Mrs M Penhallow\n5 Cable Terrace\nCowlstone\nKR4 7AE"),
    (
        "kv",
        [
            ("Appeal number", "EH871/26/00194"),
            ("Child", "Tomos Penhallow"),
            ("Local authority", "Isle of Kerrith Council"),
            ("Date", "8 April 2026"),
        ],
    ),
    ("b", "Notice of registration of appeal and case timetable"),
    (
        "p",
        "Your appeal against the contents of the EHC plan (Sections B, F and I) has been registered. The judge has made the following directions under rule 5 of the Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008.",
    ),
    (
        "onum",
        [
            "The local authority must send its response to the tribunal and to the appellant by 13 May 2026.",
            "Each party must send any further evidence, and the names of any witnesses, by 10 June 2026.",
            "The local authority must send the working document, with the appellant's proposed amendments to Sections B and F, by 17 June 2026.",
            "The local authority must prepare the hearing bundle and send it to the tribunal and the appellant by 24 June 2026.",
            "The appeal will be heard on 8 July 2026 by video. The hearing is listed for one day.",
        ],
    ),
    (
        "p",
        "If a party fails to comply with these directions, the tribunal may strike out all or part of the proceedings or bar the respondent from taking further part.",
    ),
    ("sig", ["Tribunal caseworker", "on behalf of Judge A. Carrow"]),
]

CLERK_EMAIL = (
    "Dear Parties,\n\n"
    "EH873/26/00377 - Jude Okonjo-Marsh v Ashgrove Borough Council\n\n"
    "Judge Ferreira has considered the local authority's request of 19 May 2026 to postpone the hearing and the parents' objection. The judge directs as follows:\n\n"
    "1. The request to postpone the hearing listed for 16 June 2026 is REFUSED. The local authority has known of the hearing date since March and gives no good reason.\n"
    "2. The local authority must send its evidence from the educational psychologist by 4pm on 29 May 2026.\n"
    "3. The parents may send a response to that evidence, not exceeding four pages, by 4pm on 5 June 2026.\n"
    "4. The bundle must be updated and re-sent to the tribunal by 9 June 2026.\n\n"
    "Please acknowledge receipt of this e-mail.\n\n"
    "Regards\n\nTribunal clerk\nFirst-tier Tribunal (SEND)\nPlease quote the appeal number in all correspondence. Do not reply to this e-mail with new evidence; use the document upload service.\n"
)

ORDER_FAX = """\
20/08/2026 11:02  HMCTS SEND    +441632960101                          P.1/3

First-tier Tribunal (Health, Education and Social Care Chamber)
Special Educational Needs and Disability

Appeal number: EH872/26/00251
Between: Shona Vickery (Appellant) and Salterford and Wychbury Borough Council (Respondent)

ORDER FOLLOWING CASE MANAGEMENT HEARING
Heard by telephone on 19 August 2026 before Judge P. Odunsi

UPON hearing from the appellant in person and from Ms L. Garside for the respondent

IT IS ORDERED THAT:
1. The respondent's application to strike out the appeal as having no reasonable prospect of success is refused.
2. The appellant is given permission to rely on the report of the independent speech and language therapist, to be filed by 11 September 2026.
3. The respondent shall file a short position statement by 18 September 2026 stating whether it maintains its decision.
4. The hearing on 6 October 2026 is confirmed and will take place by video.
5. Liberty to apply.

Judge P. Odunsi
Date: 19 August 2026
"""

NOTICE_AMENDED = [
    ("org", TRIBUNAL),
    ("small", TRIBUNAL_SMALL),
    ("title", "AMENDED NOTICE OF HEARING"),
    (
        "kv",
        [
            ("Appeal", "EH871/26/00402"),
            ("Appellant", "Kit Larkworthy (young person)"),
            ("Respondent", "Isle of Kerrith Council"),
        ],
        [0.3, 0.7],
    ),
    (
        "p",
        "This notice replaces the notice of hearing sent on 1 July 2026. The time of the hearing has changed.",
    ),
    (
        "p",
        "The appeal will be heard by video on 20 August 2026 starting at 10:30am (previously 10:00am). You will be sent a link the week before.",
    ),
    ("b", "Directions"),
    (
        "num",
        [
            "The appellant may be supported at the hearing by his mother, who may speak on his behalf if he wishes.",
            "The respondent must tell the tribunal by 6 August 2026 whether Lymstone College has responded to its consultation.",
            "Any request for reasonable adjustments for the appellant (rest breaks during the hearing) will be granted without further application.",
        ],
    ),
    ("p", "If you cannot attend, tell the tribunal straight away."),
]

# --- correspondence ---------------------------------------------------------------------------

GOVERNORS = [
    ("org", "St Ebbe's Church of England Primary School"),
    (
        "small",
        "Church Lane, St Ebbe's, Isle of Kerrith KR3 9PA  |  01632 960370  |  Part of the Diocese of Kerrith and Lymstone",
    ),
    ("p", "Private and confidential\nMs Demelza Carne\n4 Chapel Row\nSt Ebbe's\nKR3 9PL"),
    ("p", "12 May 2026"),
    ("p", "Dear Ms Carne,"),
    ("b", "Your complaint - outcome of the Governors' Complaints Panel (stage 3)"),
    (
        "p",
        "The panel of three governors met on 8 May 2026 to consider your complaint about the support given to Rowan in Year 5 and the school's handling of your request for an EHC needs assessment. We read the papers from you and the head teacher, and heard from you both.",
    ),
    (
        "p",
        "The panel partly upholds your complaint. We found that the small-group literacy sessions in Rowan's SEN support plan were not delivered for most of the spring term because of staff absence, and that you were not told. We do not uphold the complaint that the school refused to support your request for an assessment: the school's information was sent to the council on time.",
    ),
    (
        "p",
        "The panel has asked the head teacher to write to all parents when planned interventions cannot run, and to meet you before the end of term to review Rowan's plan. The school apologises for the missed sessions.",
    ),
    (
        "p",
        "This is the final stage of the school's complaints procedure. If you are not satisfied, you may refer the matter to the Department for Education.",
    ),
    (
        "sig",
        [
            "Yours sincerely",
            "",
            "Revd Tamsin Hocking",
            "Chair of the Complaints Panel, on behalf of the Governing Board",
        ],
    ),
]

MEDIATION_BOOKING = (
    "Dear Mrs Vickery,\n\n"
    "Thank you for your call today. I confirm that mediation with Salterford and Wychbury Borough Council has been arranged as follows:\n\n"
    "Date: Wednesday 3 June 2026\nTime: 10.00am to 1.00pm\nVenue: Meeting Room 2, Brine House, Lion Salt Way, Salterford\nMediator: Priya Nandakumar\n\n"
    "The council will be represented by a SEND team manager with authority to make decisions. You are welcome to bring a friend or an adviser from SENDIASS. If you would like Arlo's views to be heard, we can talk about how to do that.\n\n"
    "Please note this e-mail is not your mediation certificate. Your certificate will be issued within three working days after the mediation ends, whatever the outcome.\n\n"
    "Kind regards\nJoanne Leck\nCase Coordinator, Saltways Mediation CIC\n01632 960555\n"
)

REVIEW_INVITE = [
    ("org", SALT),
    ("small", SALT_SMALL),
    ("p", "To: Mrs L Brereton, 31 Brinepit Road, Nantmere SF9 2RE"),
    ("p", "Date: 15 October 2025"),
    ("p", "Dear Mrs Brereton,"),
    ("b", "Annual review of Ella's EHC plan - invitation"),
    (
        "p",
        "Ella's EHC plan must be reviewed at least every twelve months. Nantmere Flashes Primary School will hold the review meeting on Friday 14 November 2025 at 1.30pm in the school's Willow Room.",
    ),
    (
        "p",
        "Before the meeting you will be sent a form asking for your views and Ella's. Please return it to the school at least two weeks before the meeting. The school will also ask for advice from the Sensory Support Service and the diabetes nurse.",
    ),
    (
        "p",
        "If the date is not convenient, please contact Mrs Jan Ollerton, SENCo, on 01632 960590.",
    ),
    ("sig", ["Yours sincerely", "", "SEND Statutory Services"]),
]

APPOINTMENT = [
    ("org", "Brinefield Community Health NHS Trust"),
    (
        "small",
        "Children's Speech and Language Therapy, Wychbury Health Centre, Castle Street, Wychbury SF7 1AA  |  01632 960610",
    ),
    ("p", "Parent/Carer of Arlo Vickery\n7 Flashes Lane\nWychbury\nSF7 3NJ"),
    (
        "kv",
        [
            ("NHS number", "999 307 5521"),
            ("Date of birth", "03/09/2018"),
            ("Letter date", "11 May 2026"),
        ],
        [0.3, 0.7],
    ),
    ("p", "Dear Parent/Carer,"),
    ("b", "Appointment: initial speech and language therapy assessment"),
    (
        "p",
        "Arlo has been referred to our service by Wychbury St Mary's CE Primary School. An appointment has been made for him to be seen on Tuesday 9 June 2026 at 9.15am at Wychbury Health Centre, Room 4.",
    ),
    (
        "p",
        "The appointment will last about one hour. Please bring any reports you have, including from school, and Arlo's glasses if he wears them. If you cannot attend, please let us know at least 48 hours before so that the appointment can be offered to another child. Children who do not attend two appointments may be discharged back to the referrer.",
    ),
    ("sig", ["Yours faithfully", "", "Booking Team, Children's Speech and Language Therapy"]),
]

SUPPORT_HOURS = (
    "Dear Mr and Mrs Haddad,\n\n"
    "Thank you for your e-mail about Noor's key adult. I have checked with Mrs Ridley and I can confirm that, since the Easter holidays, Noor has had her three 15-minute sessions each week with Miss Begum, except the week of 11 May when Miss Begum was on a course. We will make those up in the next fortnight.\n\n"
    "I understand you would like the sessions to be daily. That is something we will raise with the council when the plan is finalised, and I will add it to the agenda for our meeting on 4 June.\n\n"
    "Kind regards\nAnita Ridley-Shaw\nDeputy Head and Inclusion Lead, Elmfield Infant School\n\n"
    "On Tue, 19 May 2026 at 08:02, Leila Haddad <leila.haddad@example.org> wrote:\n"
    + quoted(
        "Hi, Noor says she didn't see Miss Begum at all last week. Can you tell me how many sessions she's actually had since Easter? Thanks, Leila"
    )
    + "\n"
)

DOCUMENTS: list[dict] = [
    {
        "name": "Arlo letter from council.pdf",
        "kind": "decision_letter",
        "blocks": SUMMARY_REFUSAL,
        "accent": "7A3E00",
    },
    {"name": "Freya panel memo.docx", "kind": "decision_letter", "blocks": ASH_MEMO, "sans": True},
    {"name": "Kit - letter about my plan.pdf", "kind": "decision_letter", "blocks": CEASE_YP},
    {"name": "Scan_0407_1451.pdf", "kind": "decision_letter", "text": LIBRARY_SCAN, "ocr": True},
    {
        "name": "Fw_ Zain.eml",
        "kind": "decision_letter",
        "headers": headers(
            "Beth Salkeld <senco@kilnpark.example.org>",
            "Grace Okafor <grace.okafor@example.org>",
            "Mon, 27 Apr 2026 12:31:05 +0100",
            "FW: Decision - request for EHC needs assessment - Zain Okafor",
        ),
        "text": FWD_REFUSAL,
    },
    {"name": "Mediation letter 2.pdf", "kind": "mediation_certificate", "blocks": CERT_DECLINED},
    {
        "name": "Your mediation on 3 June.eml",
        "kind": "mediation_certificate",
        "headers": headers(
            "Priya Nandakumar <priya@saltwaysmediation.example.org>",
            "shona.vickery@example.org",
            "Thu, 4 Jun 2026 09:12:44 +0100",
            "Your mediation on 3 June - outcome",
        ),
        "text": CERT_EMAIL,
        "html": True,
    },
    {"name": "Freya fax.pdf", "kind": "mediation_certificate", "text": CERT_SCAN, "ocr": True},
    {
        "name": "Fwd_ the certificate thing.eml",
        "kind": "mediation_certificate",
        "headers": headers(
            "Kit Larkworthy <kit.larkworthy@example.org>",
            "Jenna Larkworthy <jenna.larkworthy@example.org>",
            "Tue, 2 Jun 2026 18:02:57 +0100",
            "Fwd: Mediation certificate - K Larkworthy / Isle of Kerrith Council",
        ),
        "text": KIT_CERT_FWD,
    },
    {"name": "Arlo appeal - my copy.docx", "kind": "appeal_form", "blocks": APPEAL_DRAFT},
    {"name": "IMG_4471.pdf", "kind": "appeal_form", "text": APPEAL_PHOTO, "ocr": 0.08},
    {"name": "Kit tribunal.docx", "kind": "appeal_form", "blocks": YP_APPEAL, "sans": True},
    {
        "name": "Tribunal letter 1.pdf",
        "kind": "tribunal_direction",
        "blocks": REGISTRATION,
        "accent": "333333",
    },
    {
        "name": "RE_ Hearing 16 June.eml",
        "kind": "tribunal_direction",
        "headers": headers(
            "SEND Tribunal <send.tribunal@justice.example.org>",
            "sandra.okonjomarsh@example.org",
            "Thu, 21 May 2026 15:48:00 +0100",
            "RE: EH873/26/00377 - Hearing 16 June - request to postpone",
            cc="sen.casework@ashgrove.example.org",
        ),
        "text": CLERK_EMAIL,
    },
    {
        "name": "Scan 2026-08-20 11.02.pdf",
        "kind": "tribunal_direction",
        "text": ORDER_FAX,
        "ocr": True,
    },
    {
        "name": "Notice of hearing - amended.pdf",
        "kind": "tribunal_direction",
        "blocks": NOTICE_AMENDED,
        "accent": "333333",
    },
    {
        "name": "Governors complaint outcome.pdf",
        "kind": "correspondence",
        "blocks": GOVERNORS,
        "accent": "5B2C6F",
    },
    {
        "name": "Mediation certificate.eml",
        "kind": "correspondence",
        "headers": headers(
            "Joanne Leck <bookings@saltwaysmediation.example.org>",
            "shona.vickery@example.org",
            "Tue, 12 May 2026 14:20:31 +0100",
            "Mediation booking confirmed - Vickery / Salterford and Wychbury",
        ),
        "text": MEDIATION_BOOKING,
    },
    {"name": "Annual review.docx", "kind": "correspondence", "blocks": REVIEW_INVITE},
    {
        "name": "SALT report.pdf",
        "kind": "correspondence",
        "blocks": APPOINTMENT,
        "accent": "005EB8",
    },
    {
        "name": "Re_ Noor key adult.eml",
        "kind": "correspondence",
        "headers": headers(
            "Anita Ridley-Shaw <inclusion@elmfieldinfants.example.org>",
            "Leila Haddad <leila.haddad@example.org>",
            "Wed, 20 May 2026 16:05:12 +0100",
            "Re: Noor key adult sessions",
        ),
        "text": SUPPORT_HOURS,
        "qp": True,
    },
]
