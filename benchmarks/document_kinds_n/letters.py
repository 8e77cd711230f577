# ruff: noqa: E501
"""Letters of set N: councils' decisions (an easy-read question-and-answer letter, a letter
in numbered paragraphs, a refusal to amend after a review pasted into an e-mail, a decision
to cease a plan scanned, a refusal to assess photographed); mediation certificates; appeal
forms and a parent's attachment of reasons; the tribunal's orders and directions; and
correspondence (messages exported from a phone, an MP's caseworker, a council's
acknowledgement that only promises a decision, a consultation letter to a school, a
transport letter). All invented."""

from __future__ import annotations

from document_kinds_n.common import LEA, LEA_SMALL, WEALD, WEALD_SMALL, WEY, WEY_SMALL, headers

# --- decision letters ---------------------------------------------------------------------

EASY_READ_REFUSAL = [
    ("org", WEALD),
    ("small", WEALD_SMALL),
    ("p", "Ms Kerry-Ann Doughty\n3 Cherry Orchard Row\nHawkhollow\nTW5 8LN"),
    ("p", "Our reference: SENAPS/REQ/26/1187\n17 April 2026"),
    ("p", "Dear Ms Doughty,"),
    ("b", "About: Jayden Doughty, born 2 February 2017, Hawkhollow Primary School"),
    ("h", 2, "What did you ask us?"),
    (
        "p",
        "On 4 March 2026 you asked us to carry out an education, health and care needs assessment for Jayden.",
    ),
    ("h", 2, "What have we decided?"),
    ("p", "We have decided not to carry out an EHC needs assessment for Jayden at this time."),
    ("h", 2, "Why?"),
    (
        "p",
        "Our SEN Assessment Panel met on 14 April 2026. The panel read your request, the school's SEN support plan and the report from the Wealdmere Specialist Teaching Service. The panel thought that Jayden's needs can be met by the school's SEN support, with extra advice from the Specialist Teaching Service. The school has not yet tried the literacy programme recommended in January, and the panel would like to see how Jayden responds to it over two terms.",
    ),
    ("h", 2, "What happens next?"),
    (
        "bul",
        [
            "The school will hold a meeting with you by 22 May 2026 to update Jayden's SEN support plan.",
            "The Specialist Teaching Service will visit the school in the summer term.",
            "You can ask for an assessment again if things do not improve.",
        ],
    ),
    ("h", 2, "What can you do if you disagree?"),
    (
        "p",
        "You have the right to appeal to the First-tier Tribunal (Special Educational Needs and Disability). You must do this within two months of the date of this letter, or one month from the date of your mediation certificate, whichever is later. Before you appeal you must contact Downs Mediation Services on 01632 960466 for information about mediation. You can get free, impartial help from Wealdmere SENDIASS on 01632 960470.",
    ),
    ("sig", ["Yours sincerely,", "", "Nadia Petrakis", "Assessment Coordinator, SENAPS"]),
]

NUMBERED_ISSUE = [
    ("org", LEA),
    ("small", LEA_SMALL),
    (
        "p",
        "PRIVATE AND CONFIDENTIAL\nMr Dariusz and Mrs Lauren Wiśniewski\n41 Maltings Way\nSawbury\nBW8 2QD",
    ),
    (
        "p",
        "Case officer: Tom Achterberg    Direct line: 01632 960622\nOur ref: ISS/EHC/2026/0402    Date: 9 March 2026",
    ),
    (
        "b",
        "Education, health and care needs assessment: Oliwia Wiśniewska (date of birth 23/07/2012)",
    ),
    (
        "np",
        "1.",
        "I write further to the education, health and care needs assessment for Oliwia, which began on 28 October 2025.",
    ),
    (
        "np",
        "2.",
        "The local authority has now considered the advice and information gathered, listed at paragraph 5, at its Education, Health and Care Panel on 5 March 2026.",
    ),
    (
        "np",
        "3.",
        "The local authority has decided, under section 36(8) of the Children and Families Act 2014, that it is not necessary for special educational provision to be made for Oliwia in accordance with an EHC plan.",
    ),
    (
        "np",
        "4.",
        "The reasons are: (a) Oliwia has made good progress in literacy since September 2025 with the support already in place; (b) the provision recommended in the advice (a laptop, extra time in assessments, a weekly check-in with the SENCo) is available from the resources normally available to Sawbury Upper School; (c) the school has been allocated additional top-up funding at band 3 for one year from April 2026.",
    ),
    (
        "np",
        "5.",
        "Advice considered: parental views (12 November 2025); educational advice from Sawbury Upper School (20 November 2025); educational psychology advice (8 January 2026); health advice from the designated clinical officer (15 December 2025); social care (no involvement).",
    ),
    (
        "np",
        "6.",
        "You may appeal to the First-tier Tribunal (Special Educational Needs and Disability) against this decision. Any appeal must be made within two months of the date of this letter or within one month of the issue of a mediation certificate, whichever is the later. You must first contact the mediation adviser, Stort Valley Mediation (01632 960688), unless your appeal is only about the school named in a plan.",
    ),
    (
        "np",
        "7.",
        "A copy of all the advice is enclosed, together with the note of the panel's recommendations for Oliwia's SEN support.",
    ),
    (
        "sig",
        [
            "Yours faithfully,",
            "",
            "T. Achterberg",
            "Senior SEND Casework Officer",
            "for and on behalf of Lea and Stort County Council",
        ],
    ),
]

REFUSE_AMEND_EML = """
Dear Mr Tregaskis,

I am writing with the local authority's decision following Eli's annual review, which took place at Godsmere Park School on 19 May 2026.

The school's annual review report recommended amending Eli's plan to add 1:1 support in all lessons and to name a specialist school for autistic pupils in Section I. You asked for the same changes in your written views.

Having considered the report, your views and the educational psychologist's update of 11 June 2026, Wey Hills Council has decided to maintain Eli's EHC plan without amendment. This is a decision under regulation 20(10) of the Special Educational Needs and Disability Regulations 2014. The plan dated 14 September 2025 remains in force.

Our reasons are that Eli has met two of his four outcomes this year, his attendance has risen to 91%, and the current provision in Section F (a shared teaching assistant in core subjects and a daily check-in) continues to meet his needs. We do not agree that a specialist placement is required.

You have the right to appeal to the First-tier Tribunal (SEND) against this decision within two months of today's date, or one month after a mediation certificate if later. Please contact Surrey Hills Mediation on 01632 960551 before you appeal. Wey Hills SENDIASS can advise you: 01632 960559.

Yours sincerely

Rhiannon Okonkwo-Hale
Senior Inclusion Officer
Inclusion and Additional Needs Team, Wey Hills Council
"""

CEASE_SCAN = """
WEY HILLS COUNCIL
Inclusion and Additional Needs Team, Millmead Offices, Godsmere GH7 2WR

Ms Angharad Velasco
Flat 6, Tannery Court
Godsmere GH3 9EE

1 July 2026

Dear Ms Velasco

Decision to cease to maintain the Education, Health and Care Plan of Mateo Velasco (DOB 30/03/2006)

On 27 May 2026 we wrote to tell you that we were proposing to stop maintaining Mateo's EHC plan, and we asked for your views and Mateo's. We have received Mateo's e-mail of 10 June and your letter of 12 June, and we have met with you both and with Godsmere College on 24 June.

We have now decided to cease to maintain Mateo's EHC plan. The plan will end on 31 August 2026. Our reason is that Mateo has completed his Level 2 course and has told us, and the college, that he does not intend to continue in education or training; he has accepted a full-time job at Shere Lane Garden Centre. Under section 45 of the Children and Families Act 2014 a local authority may cease to maintain a plan for a young person aged 19 or over who no longer needs special educational provision, or who is no longer in education or training.

Mateo has the right to appeal against this decision to the First-tier Tribunal (SEND) within two months of the date of this letter. While an appeal is heard the plan will continue. Before appealing he must contact Surrey Hills Mediation (01632 960551) unless the appeal is only about ceasing the plan and he chooses not to.

Yours sincerely

J. Marchetti
Inclusion Manager (Post-16)
"""

PHOTO_REFUSAL = """
Meonford City Council
SEND Service, Chalkpit Lane, Meonford MF2 6DT
Tel 01632 960702

Ref: MCC/SEND/ASR/2026/077
12 February 2026

Dear Mr Abernethy

Request for an Education, Health and Care Needs Assessment - Callum Abernethy (DOB 06/09/2014)

Thank you for your request received on 2 January 2026. The Assessment Decision Group met on 10 February 2026 and considered the information you and Downland Academy provided.

The group decided that the legal test in section 36(8) is not met at this time: the evidence does not show that Callum may need special educational provision to be made through an EHC plan. Callum is making progress with the school's SEN support, and his ADHD medication was started only in December.

We will not therefore be carrying out an assessment. We suggest the school requests advice from the Meonford Inclusion Support Team.

You can appeal this decision to the First-tier Tribunal (SEND) within two months. You must first contact Meon Valley Mediation for advice about mediation (01632 960719).

Yours sincerely
A. Fairbrother
Assessment Team Leader
"""

# --- mediation certificates -------------------------------------------------------------------

DOWNS_CERT = [
    ("org", "Downs Mediation Services"),
    (
        "small",
        "Independent SEND disagreement resolution and mediation | The Granary, Stone Street, Tenterbury TW2 5AA | 01632 960466",
    ),
    ("title", "Certificate issued under section 55 of the Children and Families Act 2014"),
    (
        "kv",
        [
            ("Parent", "Ms Kerry-Ann Doughty"),
            ("Child", "Jayden Doughty (DOB 02/02/2017)"),
            ("Local authority", "Wealdmere County Council"),
            ("Decision", "Refusal to carry out an EHC needs assessment, letter of 17 April 2026"),
            ("Date parent contacted mediation adviser", "24 April 2026"),
        ],
    ),
    (
        "p",
        "This is to certify that the parent named above has received information about mediation and has decided not to pursue mediation.",
    ),
    (
        "p",
        "This certificate is issued within three working days of the parent informing us of their decision. The parent may now register an appeal with the First-tier Tribunal (Special Educational Needs and Disability). The appeal must be registered within one month of the date of this certificate or two months from the date of the local authority's decision, whichever is later.",
    ),
    (
        "sig",
        [
            "Certificate number: DMS/26/0419",
            "Date of issue: 27 April 2026",
            "",
            "Bethany Coutts",
            "Mediation Adviser",
        ],
    ),
]

STORT_CERT_SCAN = """
STORT VALLEY MEDIATION
Registered charity no. 1999847   Riverside Chambers, Bishop's Ware BW2 4AX

MEDIATION CERTIFICATE
(Children and Families Act 2014, s.55(5); SEND Regulations 2014, reg 34)

Parents: Mr Dariusz Wiśniewski and Mrs Lauren Wiśniewski
Young person: Oliwia Wiśniewska, born 23 July 2012
Local authority: Lea and Stort County Council

We certify that mediation took place on 14 April 2026 about the local authority's decision not to issue an EHC plan (letter dated 9 March 2026). Agreement was not reached on the matters in dispute.

Date of certificate: 15 April 2026
Signed: G. Ferreira-Holt, Mediator
"""

MEON_CERT_EML = """
Dear Mr Abernethy,

Thank you for speaking with me this morning about mediation. As discussed, you do not wish to take up mediation at this stage, and your mediation certificate is set out below. Please keep this e-mail: you will need the certificate number when you register your appeal with the tribunal.

MEDIATION CERTIFICATE - Meon Valley Mediation
Certificate number: MVM-2026-0133
Parent: Alistair Abernethy
Child: Callum Abernethy, DOB 06/09/2014
Local authority: Meonford City Council
Decision: refusal to assess, 12 February 2026
Information about mediation given on: 3 March 2026
The parent has decided not to pursue mediation.
Issued: 3 March 2026

You now have one month from today, or two months from the council's letter if later, to appeal.

Best wishes,
Sian Duckworth
Mediation Adviser, Meon Valley Mediation
01632 960719
"""

# --- appeal forms ------------------------------------------------------------------------------

SEND35_PDF = [
    ("org", "First-tier Tribunal (Special Educational Needs and Disability)"),
    (
        "title",
        "SEND35  Notice of appeal: appealing against a decision about an EHC needs assessment or EHC plan",
    ),
    ("h", 2, "Section 1 - About the child or young person"),
    (
        "kv",
        [
            ("Surname", "Doughty"),
            ("First name(s)", "Jayden"),
            ("Date of birth", "02/02/2017"),
            ("Gender", "Male"),
        ],
    ),
    ("h", 2, "Section 2 - About you (the appellant)"),
    (
        "kv",
        [
            ("Name", "Kerry-Ann Doughty"),
            ("Relationship to child", "Mother"),
            ("Address", "3 Cherry Orchard Row, Hawkhollow TW5 8LN"),
            ("Telephone", "07700 900318"),
            ("E-mail", "kerryann.d@example.org"),
        ],
    ),
    ("h", 2, "Section 3 - Representative"),
    ("p", "None at present. I have been advised by Wealdmere SENDIASS."),
    ("h", 2, "Section 4 - The local authority"),
    (
        "kv",
        [
            ("Name of local authority", "Wealdmere County Council"),
            ("Date of decision letter", "17/04/2026"),
            ("Mediation certificate number", "DMS/26/0419 (27/04/2026)"),
        ],
    ),
    ("h", 2, "Section 5 - What are you appealing against?"),
    ("p", "[X] The local authority's refusal to carry out an EHC needs assessment"),
    ("h", 2, "Section 6 - Reasons for appeal"),
    (
        "p",
        "Jayden is nine and still cannot read. He has had SEN support since Reception and the school's own records show he has made almost no progress in two years. The school says it cannot do any more without extra funding. The Specialist Teaching Service report says he may have a specific learning difficulty and needs a full assessment. The test is only whether he may have SEN and may need provision through a plan. He does.",
    ),
    ("h", 2, "Section 7 - Documents enclosed"),
    (
        "bul",
        [
            "Decision letter dated 17 April 2026",
            "Mediation certificate dated 27 April 2026",
            "School SEN support plans 2024-2026",
            "Specialist Teaching Service report, 20 January 2026",
        ],
    ),
    ("h", 2, "Section 8 - Declaration"),
    (
        "p",
        "I confirm the information in this form is correct. Signed: K. Doughty    Date: 5 May 2026",
    ),
]

REASONS_ATTACHMENT = [
    ("p", "Attachment to form SEND35 - Section 6, reasons for appeal"),
    (
        "p",
        "Appellants: Dariusz and Lauren Wiśniewski. Child: Oliwia Wiśniewska (DOB 23/07/2012). Respondent: Lea and Stort County Council. Decision appealed: refusal to issue an EHC plan, 9 March 2026.",
    ),
    (
        "np",
        "1.",
        "We appeal against the local authority's decision not to issue an EHC plan after the assessment. We ask the tribunal to order the local authority to make and maintain a plan.",
    ),
    (
        "np",
        "2.",
        "The educational psychologist found that Oliwia's verbal comprehension is at the 4th centile and her processing speed at the 2nd. She recommended specialist literacy teaching three times a week and a speech and language therapy assessment. None of that is available at Sawbury Upper School without a plan; the SENCo has told us so in writing (e-mail of 23 March 2026, enclosed).",
    ),
    (
        "np",
        "3.",
        "The local authority says Oliwia has made good progress. Her reading age rose from 8y2m to 8y9m in a year. She is 13. That is not good progress.",
    ),
    (
        "np",
        "4.",
        'Oliwia has been refusing to go to school on Mondays since January. She says she feels "thick" in every lesson.',
    ),
    (
        "np",
        "5.",
        "Band 3 top-up funding lasts for one year only and is not tied to any provision for Oliwia.",
    ),
    ("p", "Signed: Lauren Wiśniewska and Dariusz Wiśniewski, 2 May 2026"),
]

SEND35_EML = """
HM Courts & Tribunals Service

Thank you. Your appeal has been submitted.

Submission reference: SEND-ONL-7782-5519
Submitted: 28 March 2026 21:14

A copy of your answers is below. We will check your appeal and tell you within 10 working days if it has been registered.

---- Your answers ----
About the child or young person
Name: Callum Abernethy
Date of birth: 6 September 2014

About you
Name: Alistair Abernethy
Relationship: Father
Contact: 07700 900561, al.abernethy@example.org

Local authority: Meonford City Council
Decision being appealed: Refusal to carry out an EHC needs assessment
Date of decision letter: 12 February 2026
Mediation certificate number: MVM-2026-0133, issued 3 March 2026

Reasons for your appeal:
Callum has ADHD and a suspected language disorder. He has been excluded for 9 days this year. The school's SEN support has not worked and the school asked for the assessment too. The decision group did not ask the school for its latest report.

Do you want a hearing? Yes - I would like a hearing by video.
Do you need any support at the hearing? No.

Declaration: I believe the facts stated in this appeal are true. [ticked]
---------------------

This is an automated message. Please do not reply.
"""

# --- tribunal orders and directions ---------------------------------------------------------

CMH_ORDER = [
    ("org", "First-tier Tribunal (Health, Education and Social Care Chamber)"),
    ("small", "Special Educational Needs and Disability"),
    ("p", "Tribunal reference: EH998/26/00417"),
    (
        "p",
        "Appellants: Mr D and Mrs L Wiśniewski\nResponding authority: Lea and Stort County Council\nChild: Oliwia Wiśniewska",
    ),
    ("title", "Case Management Order"),
    (
        "p",
        "Following a telephone case management hearing on 2 July 2026, attended by the appellants in person and by Ms F. Ojo for the local authority, Tribunal Judge Hemmings made the following order.",
    ),
    ("h", 2, "It is ordered that:"),
    (
        "num",
        [
            "The local authority's application to strike out the appeal is refused.",
            "The local authority shall send to the tribunal and to the appellants a draft of the EHC plan it would issue if the appeal succeeds by 24 July 2026.",
            "The parties shall file any further evidence by 7 August 2026. Late evidence will only be admitted with the tribunal's permission.",
            "The appeal will be heard by video on 16 September 2026, with a time estimate of one day.",
        ],
    ),
    ("h", 2, "Reasons"),
    (
        "p",
        "The local authority argued that the appeal had no reasonable prospect of success because top-up funding had been agreed. The appellants rely on educational psychology advice that the provision Oliwia needs is not available without a plan. That is a matter for the hearing.",
    ),
    ("sig", ["Tribunal Judge R. Hemmings", "Date: 3 July 2026"]),
]

EXTENSION_EML = """
Dear Parties,

Tribunal reference: EH997/26/00288 - Callum Abernethy

The Appellant's request dated 12 May 2026 for an extension of time to send the school's report has been placed before a Judge.

The Judge has directed as follows:

1. The Appellant's request is granted. The Appellant may send the report of Downland Academy to the Tribunal and to the Local Authority by 5pm on 29 May 2026.
2. All other directions in the Registration Letter of 9 April 2026 remain in place.
3. The Local Authority may respond to the report in its case statement.

Tribunal Judge S. Arkwright
Dated 14 May 2026

Please do not reply to this e-mail unless you are asked to. Send any correspondence to send.tribunal@example.org quoting the tribunal reference.

SEND Tribunal
HM Courts & Tribunals Service
"""

LATE_EVIDENCE_TXT = """
FIRST-TIER TRIBUNAL (SPECIAL EDUCATIONAL NEEDS AND DISABILITY)
Ref: EH996/26/00109   Child: Tobias Fenwick-Ash   LA: Wealdmere County Council

DIRECTIONS (issued without a hearing)

1. The report of Ms Chandra Velloor, independent occupational therapist, dated 10 August 2026, is admitted as late evidence.
2. The Local Authority may file a short response to that report, not more than 2 pages, by 28 August 2026.
3. The parties must agree a working document showing each party's proposed wording of Sections B, F and I, and the Local Authority must send it to the tribunal by 4 September 2026.
4. The hearing remains listed for 15 September 2026 at Tenterbury Magistrates' Court (hearing room 2).

Judge M. Osei-Bonsu
19 August 2026
"""

REG_LETTER_SCAN = """
HM Courts & Tribunals Service
First-tier Tribunal (Special Educational Needs and Disability)

Ms Kerry-Ann Doughty
3 Cherry Orchard Row
Hawkhollow TW5 8LN

Our reference: EH994/26/00561
Date: 14 May 2026

Your appeal has been registered

Dear Ms Doughty

We have registered your appeal against the decision of Wealdmere County Council not to carry out an education, health and care needs assessment for Jayden Doughty.

The Tribunal has given the following directions:
1. The local authority must send its response to the appeal by 15 June 2026.
2. Both parties must send any further evidence and the attendance form by 29 June 2026.
3. The appeal will be decided on the papers unless either party asks for a hearing by 29 June 2026.

If you do not follow these directions your appeal may be struck out. Please quote the reference above on everything you send us.

Yours sincerely
Tribunal Caseworker
"""

# --- correspondence ---------------------------------------------------------------------------

WHATSAPP_TXT = """
[03/03/2026, 08:12:44] Mrs Sandhu (SENCo): Morning Jodie, just to let you know Tobias had a wobble at drop off but settled with Mrs Adeleke. Will update at lunch
[03/03/2026, 08:15:02] Jodie Fenwick: Thank you. He didn't sleep. Is the EP still coming Thursday?
[03/03/2026, 08:31:50] Mrs Sandhu (SENCo): Yes Dr Lomax is in 9-11 Thursday, she'll want to speak to you after, can you do 11.15?
[03/03/2026, 08:32:10] Jodie Fenwick: Yes I'll swap my shift
[03/03/2026, 12:47:33] Mrs Sandhu (SENCo): Lunch was better in the quiet room, he ate most of it 👍
[05/03/2026, 11:40:02] Jodie Fenwick: Thanks for today. Did she say when the report goes to the council?
[05/03/2026, 11:58:19] Mrs Sandhu (SENCo): Within 6 weeks she said. I'll chase Harriet at SENAPS about the timeline for the draft plan
[05/03/2026, 11:58:40] Mrs Sandhu (SENCo): Also OT have sent a date for 18th, letter in his bag
[05/03/2026, 12:03:11] Jodie Fenwick: Got it thanks x
"""

MP_EML = """
Dear Mrs Thornbury-Mensah,

Thank you for contacting Dame Priscilla Oduya MP about Kai's transfer to secondary school.

Dame Priscilla has written to the Director of Children's Services at Lea and Stort County Council asking why the phase transfer review was not completed by 15 February, as the law requires, and when a decision about Kai's secondary school will be made. I attach a copy of her letter for your information.

We will be in touch as soon as we receive a reply. In the meantime, if anything changes, please reply to this e-mail quoting our reference PO/26/03311.

Kind regards,

Marcus Bellingham
Senior Caseworker
Office of Dame Priscilla Oduya MP, Bishop's Ware and Sawbury
House of Commons, London SW1A 0AA
"""

ACKNOWLEDGE = [
    ("org", WEY),
    ("small", WEY_SMALL),
    ("p", "Miss Chantelle Marsh\n22 Drovers Close\nGodsmere GH4 1TT"),
    ("p", "Date: 26 January 2026    Our ref: IAN/RQ/0093"),
    ("p", "Dear Miss Marsh,"),
    (
        "b",
        "Request for an education, health and care needs assessment for Harvey Marsh (DOB 18/05/2019)",
    ),
    (
        "p",
        "Thank you for your request, which we received on 21 January 2026. This letter is to confirm that we have received it and to explain what will happen next.",
    ),
    (
        "p",
        "We will now ask Harvey's school, Wey Hills Primary Academy, for information about his needs and the support he receives. We will also look at any reports you have sent us. Our Assessment Panel will consider the request, and we will write to you with our decision by 4 March 2026, which is within six weeks of receiving your request.",
    ),
    (
        "p",
        "If you have any further information you would like the panel to see, please send it to us by 13 February 2026. Your caseworker is Sunita Varghese (01632 960537).",
    ),
    (
        "sig",
        ["Yours sincerely,", "", "Business Support Officer", "Inclusion and Additional Needs Team"],
    ),
]

CONSULT_SCHOOL = [
    ("org", LEA),
    ("small", LEA_SMALL),
    ("p", "The Headteacher\nThe Stortmeadow School\nMeadow Road\nBishop's Ware BW5 7PP"),
    ("p", "4 March 2026"),
    ("p", "Dear Mr Qureshi,"),
    (
        "b",
        "Consultation under section 39 of the Children and Families Act 2014: Kai Thornbury-Mensah (DOB 02/10/2014)",
    ),
    (
        "p",
        "Kai's mother has asked that The Stortmeadow School be named in Section I of Kai's EHC plan from September 2026. I enclose a copy of the plan and the advice gathered. Please tell us within 15 days whether the school can meet Kai's needs and, if not, why not. Please also tell us about any costs the school would need to meet the provision in Section F.",
    ),
    ("sig", ["Yours sincerely,", "", "Deepa Ramsay", "Team Manager, Integrated SEND Service"]),
    ("small", "cc: Ms A. Mensah (parent)"),
]

TRANSPORT_EML = """
Dear Mr Tregaskis,

Thank you for your application for home to school transport for Eli for September 2026.

I can confirm that Eli is eligible for transport as he attends the school named in his EHC plan and lives more than 3 miles from it. He will be offered a seat on the shared minibus route GH14 from the end of Furze Hill Lane. The pick-up time is 07:55. A passenger assistant travels on this route.

You told us that Eli finds it very hard to wait with other pupils. We have asked the operator, Hurtwood Coaches, to collect him last if the route allows. The operator will call you in the week before term to confirm.

If you disagree with this offer you can ask for a review within 20 working days.

Regards,
Travel Assistance Team
Wey Hills Council
"""


DOCUMENTS: list[dict] = [
    {
        "name": "Jayden - letter from SENAPS.pdf",
        "kind": "decision_letter",
        "blocks": EASY_READ_REFUSAL,
        "accent": "5B3A1A",
        "sans": True,
    },
    {
        "name": "Oliwia outcome.docx",
        "kind": "decision_letter",
        "blocks": NUMBERED_ISSUE,
        "accent": "00685E",
    },
    {
        "name": "Fw_ Eli - annual review.eml",
        "kind": "decision_letter",
        "text": "---------- Forwarded message ---------\nFrom: Rhiannon Okonkwo-Hale <r.okonkwo-hale@example.org>\nDate: Fri, 26 Jun 2026 at 16:02\nSubject: Eli Tregaskis - outcome of annual review\nTo: Jowan Tregaskis <jowan.t@example.org>\n\n"
        + REFUSE_AMEND_EML.strip(),
        "headers": headers(
            "Jowan Tregaskis <jowan.t@example.org>",
            "Godsmere Park School SENCo <senco.gps@example.org>",
            "Fw: Eli - annual review",
            "Sat, 27 Jun 2026 09:11:45 +0100",
        ),
    },
    {"name": "Mateo letter July.pdf", "kind": "decision_letter", "text": CEASE_SCAN, "ocr": True},
    {
        "name": "IMG_20260213_0815.pdf",
        "kind": "decision_letter",
        "text": PHOTO_REFUSAL,
        "ocr": 0.08,
    },
    {
        "name": "certificate.pdf",
        "kind": "mediation_certificate",
        "blocks": DOWNS_CERT,
        "accent": "3F6E3F",
    },
    {"name": "scan0041.pdf", "kind": "mediation_certificate", "text": STORT_CERT_SCAN, "ocr": True},
    {
        "name": "Your certificate.eml",
        "kind": "mediation_certificate",
        "text": MEON_CERT_EML,
        "headers": headers(
            "Sian Duckworth <sian.d@example.org>",
            "al.abernethy@example.org",
            "Your certificate",
            "Tue, 3 Mar 2026 11:26:03 +0000",
        ),
        "html": True,
    },
    {
        "name": "Jayden appeal.pdf",
        "kind": "appeal_form",
        "blocks": SEND35_PDF,
        "sans": True,
        "accent": "333333",
    },
    {"name": "Section 6.docx", "kind": "appeal_form", "blocks": REASONS_ATTACHMENT},
    {
        "name": "Your appeal has been submitted.eml",
        "kind": "appeal_form",
        "text": SEND35_EML,
        "headers": headers(
            "SEND Tribunal <noreply.sendappeal@example.org>",
            "al.abernethy@example.org",
            "Your appeal has been submitted",
            "Sat, 28 Mar 2026 21:14:52 +0000",
        ),
        "html": True,
        "qp": True,
    },
    {
        "name": "Oliwia hearing 2 July.pdf",
        "kind": "tribunal_direction",
        "blocks": CMH_ORDER,
        "accent": "222222",
    },
    {
        "name": "EH997_26_00288.eml",
        "kind": "tribunal_direction",
        "text": EXTENSION_EML,
        "headers": headers(
            "SEND Tribunal <send.tribunal@example.org>",
            "al.abernethy@example.org",
            "EH997/26/00288 - Abernethy - Directions",
            "Thu, 14 May 2026 14:03:27 +0100",
            cc="send.legal@example.org",
        ),
    },
    {
        "name": "Tobias OT late evidence.txt",
        "kind": "tribunal_direction",
        "text": LATE_EVIDENCE_TXT,
    },
    {
        "name": "SCAN_20260516.pdf",
        "kind": "tribunal_direction",
        "text": REG_LETTER_SCAN,
        "ocr": True,
    },
    {
        "name": "WhatsApp Chat with Mrs Sandhu SENCo.txt",
        "kind": "correspondence",
        "text": WHATSAPP_TXT,
    },
    {
        "name": "RE_ Kai secondary school - EP report and plan.eml",
        "kind": "correspondence",
        "text": MP_EML,
        "headers": headers(
            "Marcus Bellingham <marcus.bellingham@example.org>",
            "Abena Thornbury-Mensah <abena.tm@example.org>",
            "RE: Kai secondary school - EP report and plan",
            "Wed, 11 Mar 2026 10:20:00 +0000",
        ),
    },
    {
        "name": "Harvey assessment decision.docx",
        "kind": "correspondence",
        "blocks": ACKNOWLEDGE,
        "accent": "2E5E2E",
    },
    {
        "name": "Stortmeadow consultation.pdf",
        "kind": "correspondence",
        "blocks": CONSULT_SCHOOL,
        "accent": "00685E",
        "sans": True,
    },
    {
        "name": "Eli transport Sept.eml",
        "kind": "correspondence",
        "text": TRANSPORT_EML,
        "headers": headers(
            "Travel Assistance <travel.assist@example.org>",
            "jowan.t@example.org",
            "Home to school transport - Eli Tregaskis",
            "Mon, 13 Jul 2026 12:00:18 +0100",
        ),
    },
]
