# ruff: noqa: E501
"""Letters of the second kind set: councils' decisions in their own house styles (reference
lines, "Dear Parent/Carer", "Re:" lines, long paragraphs quoting the Children and Families
Act 2014), letters and e-mails that decide nothing, a solicitor's letter, tribunal papers,
mediation certificates and appeal forms. All invented."""

from __future__ import annotations

from evaluation_kit.plaintext import quoted

RIGHTS = (
    "You have the right to appeal to the First-tier Tribunal (Special Educational Needs and "
    "Disability) under section 51 of the Children and Families Act 2014 against this decision. "
    "Before you can register an appeal you must contact a mediation adviser within two months "
    "of the date of this letter, unless your appeal is only about the school or other "
    "institution named, or the type of school named, in the plan (section 55 of the Act and "
    "regulation 33 of the Special Educational Needs and Disability Regulations 2014). The "
    "mediation adviser will give you a certificate. You then have until the later of two "
    "months from the date of this letter or one month from the date of the certificate to "
    "register your appeal with the Tribunal."
)
MEDIATION = (
    "Mediation is arranged by Resolve Together Mediation, telephone 01632 960455, "
    "e-mail info@resolve-together.example.org. Independent information, advice and support "
    "is available from the Special Educational Needs and Disability Information, Advice and "
    "Support Service (SENDIASS) on 01632 960180."
)

REFUSE_ASSESS = [
    ("org", "Kestleby County Council"),
    ("small", "Children, Families and Education Directorate - SEN Assessment and Review Team"),
    (
        "small",
        "Shire Hall, Market Square, Kestleby KE1 1SH   Tel: 01632 960233   send@kestleby.example.org",
    ),
    ("gap",),
    (
        "p",
        "Our ref: SEN/ASM/26/0144\nYour ref:\nPlease ask for: Mrs K. Lomax\nDate: 9 February 2026",
    ),
    ("p", "Mr and Mrs T. Fairbrother\n12 Orchard Close\nKestleby\nKE4 7PL"),
    ("p", "Dear Parent/Carer,"),
    (
        "b",
        "Re: Request for an Education, Health and Care Needs Assessment - Isaac Fairbrother (DOB 30/08/2017)",
    ),
    (
        "p",
        "Thank you for your request, received on 15 December 2025, for an education, health and care (EHC) needs assessment for Isaac. The Local Authority has considered the request at its SEND Panel on 4 February 2026, together with the information provided by you, by Holmwood Primary School and by the health services who know Isaac.",
    ),
    (
        "p",
        "Section 36(8) of the Children and Families Act 2014 provides that the local authority must secure an EHC needs assessment for a child or young person if, after having regard to any views expressed and evidence submitted, the authority is of the opinion that (a) the child or young person has or may have special educational needs, and (b) it may be necessary for special educational provision to be made for the child or young person in accordance with an EHC plan.",
    ),
    (
        "p",
        "Having considered all of the information, the Panel concluded that Isaac's needs can be met from the resources ordinarily available to a mainstream school, and that it is not necessary at this time for special educational provision to be made in accordance with an EHC plan. The Local Authority has therefore decided not to carry out an EHC needs assessment.",
    ),
    (
        "p",
        "The Panel noted that Holmwood Primary School has put in place a graduated response under SEN support and recommends that the school continues to assess, plan, do and review, including a referral to the Educational Psychology Service through the school's traded allocation.",
    ),
    ("p", RIGHTS),
    ("p", MEDIATION),
    (
        "p",
        "If you would like to discuss this decision, please contact me on the number above. The Local Authority is also happy to meet you to explain the Panel's reasons.",
    ),
    ("p", "Yours faithfully,"),
    (
        "sig",
        [
            "Karen Lomax",
            "SEN Assessment Coordinator",
            "On behalf of the Director of Children's Services",
        ],
    ),
    ("small", "cc: Headteacher, Holmwood Primary School"),
]

REFUSE_ISSUE = [
    ("org", "WYVERNSHIRE COUNTY COUNCIL"),
    ("small", "SEND Statutory Services | County Hall | Wyvern Road | Ashby St Clere WY1 2AA"),
    (
        "kv",
        [
            ("Our reference", "WCC/EHCNA/2025/3391"),
            ("Date", "27 November 2025"),
            ("Contact", "Tariq Hussain, SEND Officer, 01632 960219"),
        ],
    ),
    ("p", "Ms S. Adebayo\nFlat 4, Mill House\n22 Canal Street\nAshby St Clere WY3 8DJ"),
    ("p", "Dear Ms Adebayo"),
    (
        "b",
        "Re: Daniel Adebayo, date of birth 05/05/2013 - outcome of education, health and care needs assessment",
    ),
    (
        "p",
        "I am writing to let you know the outcome of the EHC needs assessment for Daniel, which the Local Authority agreed to carry out on 9 July 2025. Advice was received from the educational psychologist, the speech and language therapy service, the community paediatrician and Kingsmead Academy, and from you and Daniel.",
    ),
    (
        "p",
        "Under section 37(1) of the Children and Families Act 2014, where, in the light of an EHC needs assessment, it is necessary for special educational provision to be made for a child or young person in accordance with an EHC plan, the local authority must secure that a plan is prepared. Where the authority decides that it is not necessary, section 36(9) and regulation 10 of the Special Educational Needs and Disability Regulations 2014 require it to notify the child's parent of that decision, and of the reasons for it, within 16 weeks of the request.",
    ),
    (
        "p",
        "The SEND Resource Panel met on 20 November 2025. The advice shows that Daniel has speech, language and communication needs and some difficulties with attention. The Panel considered that the provision recommended by the professionals, including a speech and language therapy programme delivered in school and small-group literacy support, is of a kind and amount that Kingsmead Academy can make from its own resources and the notional SEN budget. The Local Authority has therefore decided not to issue an EHC plan.",
    ),
    (
        "p",
        "We will send the advice gathered during the assessment to the school so that it can be used to plan Daniel's SEN support, and we have asked the SENCo to hold a meeting with you before the end of term. This letter, with the advice, may be used as a record of Daniel's needs.",
    ),
    ("p", RIGHTS.replace("this decision", "the decision not to issue an EHC plan")),
    ("p", MEDIATION),
    ("p", "Yours sincerely"),
    ("sig", ["Tariq Hussain", "SEND Officer, for the Head of SEND Statutory Services"]),
    (
        "small",
        "Enclosures: Advice received during the assessment (5 documents); Leaflet: Your right to appeal",
    ),
]

FINAL_ISSUED_SCAN = [
    ("p", "Thornmere City Council"),
    ("p", "Special Educational Needs Service, Civic Centre, Thornmere TH1 4CC"),
    ("p", "Tel 01632 960301"),
    ("p", "Date: 27 February 2026          Ref: TCC/SEN/AM/0816"),
    ("p", "Mr and Mrs Mehta, 6 Larch Way, Thornmere TH6 2BN"),
    ("p", "Dear Mr and Mrs Mehta"),
    ("p", "Arjun Mehta DOB 30/05/2016"),
    (
        "p",
        "Further to our recent correspondence I enclose the final Education, Health and Care Plan for Arjun. The plan has been finalised under section 39(7) of the Children and Families Act 2014 and names Fernhill School in Section I. Fernhill School has been consulted and has confirmed that it can meet Arjun's needs. A copy of the plan has been sent to the school.",
    ),
    (
        "p",
        "We considered your comments on the draft plan, received on 9 February 2026. We have made changes to Sections B and F to reflect the speech and language therapy advice. We have not agreed to your request for occupational therapy to be specified in Section F as direct therapy, because the occupational therapy advice recommends a sensory programme delivered by school staff, which is included.",
    ),
    (
        "p",
        "If you disagree with the special educational needs described in Section B, the special educational provision in Section F, or the school named in Section I, you may appeal to the First-tier Tribunal (SEND). You must first consider mediation, except where your appeal is only about the school named. You have two months from the date of this letter, or one month from the date of a mediation certificate, whichever is later, to register an appeal. You can also appeal about the health and social care parts of the plan under the National Trial arrangements, if you are also appealing about education.",
    ),
    (
        "p",
        "Mediation service: Resolve Together Mediation 01632 960455. Thornmere SENDIASS: 01632 960182.",
    ),
    ("p", "Yours sincerely"),
    ("p", "S. Whitlock"),
    ("p", "Senior SEN Caseworker"),
    ("p", "Enc. Final EHC plan"),
]

CEASE = [
    ("org", "Penhallow Council"),
    ("small", "SEND Service  ·  Trelawney House  ·  Penhallow PN1 3TH  ·  01632 960288"),
    ("p", "Date: 2 July 2026\nOur Ref: PC/EHCP/10552/CM"),
    ("p", "Private and confidential\nMiss Courtney Blake\n7 Harbour View\nPenhallow PN4 1RA"),
    ("p", "Dear Courtney,"),
    ("b", "Re: Decision to cease to maintain your Education, Health and Care Plan"),
    (
        "p",
        "Section 45 of the Children and Families Act 2014 allows a local authority to cease to maintain an EHC plan only if it is no longer responsible for the young person, or if it determines that it is no longer necessary for the plan to be maintained. Under section 45(3), the circumstances in which it is no longer necessary include where the young person no longer requires the special educational provision specified in the plan. When deciding, in the case of a young person aged 18 or over, whether the young person no longer requires the special educational provision specified in the plan, the authority must have regard to whether the educational or training outcomes specified in the plan have been achieved (section 45(4)).",
    ),
    (
        "p",
        "Your annual review meeting was held at Carnbrea College on 10 June 2026. We have consulted you and the college, as regulation 31 of the Special Educational Needs and Disability Regulations 2014 requires. You have told us that you will leave college at the end of this term and start an apprenticeship with a local employer, which is not education or training to which the plan can apply. The Local Authority has therefore decided to cease to maintain your EHC plan with effect from 31 August 2026.",
    ),
    (
        "p",
        "You may appeal to the First-tier Tribunal (Special Educational Needs and Disability) against this decision under section 51(2)(f) of the Act. Your plan will continue to be maintained until the time for appealing has passed or, if you appeal, until the appeal is decided. "
        + MEDIATION,
    ),
    (
        "p",
        "If you later decide to return to education or training before you are 25, you or your college can ask us for a new needs assessment.",
    ),
    ("p", "With best wishes for your apprenticeship,"),
    ("sig", ["Alan Trevithick", "Team Leader, SEND Service"]),
]

REFUSE_REASSESS_EML = """Dear Mr Kowalczyk,

Re: Request for a re-assessment of education, health and care needs - Zofia Kowalczyk (DOB 11/11/2011)

Thank you for your e-mail of 3 October 2025 asking Lowbridge Council to carry out a re-assessment of Zofia's education, health and care needs.

Section 44(2) of the Children and Families Act 2014 and regulation 23 of the Special Educational Needs and Disability Regulations 2014 allow a parent to request a re-assessment. The authority need not comply with a request where less than six months have passed since the last assessment, unless it thinks a re-assessment is necessary. The authority must notify the parent of its decision within 15 calendar days of receiving the request.

Zofia's plan was reviewed at her annual review on 12 June 2025 and amended on 30 July 2025. The Council's view is that the changes you describe in Zofia's anxiety can be addressed through an early review of the plan, which we have asked Oakvale School to arrange this half term, and that a full re-assessment is not necessary. The Council has therefore decided not to carry out a re-assessment.

You have the right to appeal against this decision to the First-tier Tribunal (SEND) under section 51(2)(d) of the Act. Before registering an appeal you must contact a mediation adviser (Resolve Together Mediation, 01632 960455) and obtain a certificate. The time limit for appealing is two months from the date of this notice, or one month from the date of the certificate if that is later.

Yours sincerely,

Bethan Lloyd
SEN Officer - Secondary
Lowbridge Council Inclusion and SEND Service
01632 960264

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Lowbridge Council may monitor e-mail traffic.
"""

NO_AMEND = [
    ("org", "Castlemoor Borough Council"),
    ("small", "Education and Inclusion - SEND Reviews"),
    ("p", "Our ref: CBC/AR/0912        Date: 30 March 2026"),
    ("p", "Dear Parent/Carer"),
    (
        "b",
        "Re: Annual Review of Education, Health and Care Plan - Maya Ellison, Year 8, Castlemoor Academy",
    ),
    (
        "p",
        "Thank you for attending the annual review meeting for Maya on 26 February 2026. The review report, with the advice and information gathered for the review, was received from Castlemoor Academy on 5 March 2026.",
    ),
    (
        "p",
        "Under regulation 22 of the Special Educational Needs and Disability Regulations 2014 the local authority must decide, within four weeks of the review meeting, whether it proposes to keep the plan as it is, amend it, or cease to maintain it, and must notify the child's parent of its decision.",
    ),
    (
        "p",
        "The review report recommended changes to Section B and Section F to reflect Maya's recent diagnosis of dyspraxia and the occupational therapy advice dated January 2026. Having considered the report, the Local Authority has decided to maintain the plan without amendment. In the Local Authority's view the occupational therapy recommendations can be delivered within the existing provision in Section F (\"access to adapted equipment as advised by professionals\"), and the plan continues to describe Maya's needs accurately.",
    ),
    (
        "p",
        "As the Local Authority has decided not to amend the plan, you have the right to appeal to the First-tier Tribunal (Special Educational Needs and Disability) against the contents of the plan as it stands, including Sections B, F and I (section 51(2)(e) of the Children and Families Act 2014). You must contact a mediation adviser before appealing, unless your appeal is only about the school named. The time limit for appealing is two months from the date of this letter or one month from the date of a mediation certificate, whichever is later.",
    ),
    ("p", MEDIATION),
    ("p", "Yours faithfully"),
    ("sig", ["Marcus Ibe", "SEND Reviewing Officer"]),
]

AMENDED_ISSUED_EML = """Dear Mrs Quinn,

FINAL AMENDED EHC PLAN - HARRY QUINN (DOB 02/02/2010)

Please find attached Harry's amended Education, Health and Care Plan, which is now final. This follows the annual review held at Ridgeway School on 14 October 2025 and your comments on the proposed amendments, which we received on 24 November 2025.

The following changes were made after your comments:
- Section B now includes the recommendations of the speech and language therapy report of September 2025.
- Section F now specifies 6 sessions of direct speech and language therapy per term.
- Section I continues to name Ridgeway School (mainstream academy) for Year 11, and Sixth Form from September 2026.

Your right of appeal
You may appeal to the SEND Tribunal against the description of Harry's special educational needs (Section B), the special educational provision (Section F) and the school named (Section I) in this amended plan. You must get a mediation certificate before appealing unless your appeal is only about Section I. An appeal must be registered within two months of the date of this e-mail or one month of the date of the mediation certificate, whichever is later. Information about how to appeal is at gov.uk/special-educational-needs-disability-tribunal.

Regards

Lucy Carver | SEND Case Officer | Harrowdene Borough Council
Tel: 01632 960247 | lucy.carver@example.org
"""

# --- correspondence ---------------------------------------------------------

SOLICITOR = [
    ("org", "Whitcombe Lane LLP"),
    (
        "small",
        "Solicitors  |  Education and Community Care  |  3 Bank Street, Thornmere TH1 2LX  |  01632 960510  |  education@whitcombe-lane.example.org",
    ),
    ("p", "Our ref: RA/EDU/00471\nYour ref: TCC/SEN/AM/0816\nDate: 10 March 2026"),
    ("p", "By e-mail only: sen.service@thornmere.example.org"),
    ("p", "SEN Service\nThornmere City Council\nCivic Centre\nThornmere TH1 4CC"),
    ("p", "Dear Sirs"),
    (
        "b",
        "Our clients: Mr and Mrs Mehta\nChild: Arjun Mehta (DOB 30/05/2016)\nFinal Education, Health and Care Plan dated 27 February 2026",
    ),
    (
        "p",
        "We act for Mr and Mrs Mehta, the parents of Arjun, in relation to his Education, Health and Care Plan. Please direct all future correspondence about this matter to us, copying our clients.",
    ),
    (
        "p",
        "Our clients intend to appeal to the First-tier Tribunal (Special Educational Needs and Disability) against Sections B and F of the plan, and have contacted the mediation adviser for a certificate. We write in the hope that the issues can be narrowed before an appeal is registered.",
    ),
    (
        "p",
        'Section F of the plan states that "occupational therapy advice [is] to be reviewed each term". With respect, this is not provision at all. Section 42(2) of the Children and Families Act 2014 imposes an absolute duty on the local authority to secure the special educational provision specified in the plan, and paragraph 9.69 of the SEND Code of Practice 0 to 25 years (2015) requires provision to be detailed and specific, normally quantified in terms of the type, hours and frequency of support and the level of expertise. Where provision is left vague, as here, the duty under section 42 cannot be enforced: see L v Clarke and Somerset CC [1998] ELR 129 and E v Newham LBC [2003] EWCA Civ 9.',
    ),
    (
        "p",
        "The occupational therapy advice of 14 November 2025, which the Council obtained, recommends direct occupational therapy of six sessions per half term with a programme delivered daily by trained staff. That advice is not disputed by any other evidence. We ask the Council to confirm within 14 days that it will amend Section F to specify that provision, failing which our clients will rely on this letter in the appeal, including on any application about the conduct of the proceedings.",
    ),
    (
        "p",
        "We also ask for a copy of the records of the SEND Panel of 18 February 2026 at which the plan was agreed, under the Council's duties in the UK General Data Protection Regulation, article 15.",
    ),
    ("p", "We look forward to hearing from you."),
    ("p", "Yours faithfully"),
    ("sig", ["Whitcombe Lane LLP", "Contact: Rebecca Atherton, Solicitor"]),
]

AGREE_ASSESS = [
    ("org", "Harrowdene Borough Council"),
    ("small", "SEND Assessment Team, Town Hall, Harrowdene HD1 1TH. Telephone 01632 960240."),
    ("p", "Date: 7 July 2025\nReference: HBC-SEN-21904\nPlease ask for: Rashid Oyelaran"),
    ("p", "Dear Parent/Carer,"),
    (
        "b",
        "Re: Freya Aldous, date of birth 14/02/2015 - Request for an education, health and care needs assessment",
    ),
    (
        "p",
        "Thank you for your request for an education, health and care needs assessment for Freya, received on 23 May 2025. The SEND Panel considered the request on 2 July 2025 and I am pleased to tell you that the Local Authority has agreed to carry out an assessment under section 36 of the Children and Families Act 2014.",
    ),
    (
        "p",
        "What happens next: we will now ask for advice from Freya's school, an educational psychologist, health services and, where relevant, social care. We will also ask for your views and Freya's views, and a form is enclosed for this. Please return it by 4 August 2025. Once all the advice has been received, the Local Authority will decide whether it is necessary to issue an EHC plan. We must tell you of that decision within 16 weeks of your request, that is by 12 September 2025.",
    ),
    (
        "p",
        "If you have any questions about the assessment please contact me. Independent advice is available from Harrowdene SENDIASS on 01632 960184.",
    ),
    ("p", "Yours sincerely,"),
    ("sig", ["Rashid Oyelaran", "Senior Case Officer"]),
    (
        "small",
        'Enclosed: My views and my child\'s views form; leaflet "The EHC needs assessment: a guide for families"',
    ),
]

QUOTED_THREAD = (
    """Hi Naomi,

Thanks for getting back to me. Thursday at 2pm is fine. Will the speech therapist be there? If not can she send something in writing about how many sessions Leo needs, because the school said they can't do it without it being in the plan.

Gemma

On Wed, 21 Jan 2026 at 11:20, SEND Casework <send.casework@example.org> wrote:
"""
    + quoted("""Dear Ms Marsh,

Thank you for your e-mail. I can offer a meeting to talk about your comments on Leo's draft plan on Thursday 29 January at 2pm at Ashcombe Civic Centre, or by Teams if you prefer.

I have asked the speech and language therapy service whether they can attend.

Kind regards
Naomi Pell
SEND Caseworker

On Tue, 20 Jan 2026 at 20:03, Gemma Marsh <gemma.marsh@example.org> wrote:
> Hello, I've read the plan. Section F says "Speech and language therapy as advised by the speech and language therapist" but doesn't say how much. The SALT report said 1 hour a week. Can we meet to go through it please?
> Gemma Marsh (Leo's mum)""")
    + "\n"
)

CHASING_THREAD = """Dear Mr Ibe,

I am writing again because I have still had no reply to my e-mail below, and the four weeks since Maya's review ended on 26 March. Please can you tell me what the Council has decided and when I will receive it in writing?

Regards,
Dawn Ellison

From: Dawn Ellison <dawn.ellison@example.org>
Sent: 20 March 2026 19:42
To: Marcus Ibe <marcus.ibe@example.org>
Subject: Maya Ellison - annual review

Dear Mr Ibe,

Maya's annual review was on 26 February. The school sent in the paperwork on 5 March. Could you let me know when the Council will make its decision about the changes we asked for? The occupational therapist said Maya needs a writing slope and a laptop, and this is not in her plan.

Thank you,
Dawn Ellison
"""

CONSULTING_SCHOOLS = [
    ("org", "Lowbridge Council"),
    (
        "small",
        "Inclusion and SEND Service, Lowbridge House, Quay Street, Lowbridge LB2 4QS, 01632 960260",
    ),
    ("p", "12 January 2026\nRef LBC/SEND/JO/2207"),
    ("p", "Dear Mr and Mrs Okoro"),
    ("b", "Jayden Okoro - consultation with schools"),
    (
        "p",
        "Thank you for returning your comments on Jayden's plan and telling us that your preference is Riverside Academy. As required by section 39(2) of the Children and Families Act 2014, we have today sent the plan and the advice to Riverside Academy to consult them about admitting Jayden. We have also consulted Lowbridge High School, as his current school.",
    ),
    (
        "p",
        "Schools have 15 days to reply. We will write to you again once we have their responses. The plan must be finalised by 14 March 2026.",
    ),
    ("p", "Please call me if you have any questions."),
    ("p", "Yours sincerely"),
    ("sig", ["Bethan Lloyd", "SEN Officer"]),
]

REVIEW_INVITE = [
    ("org", "Ridgeway School"),
    ("small", "Ridgeway Lane, Harrowdene HD7 3RW  |  01632 960622  |  office@ridgeway.example.org"),
    ("p", "16 September 2025"),
    ("p", "Dear Mrs Quinn"),
    ("b", "Invitation to Harry's annual review meeting"),
    (
        "p",
        "Harry's Education, Health and Care Plan is due for its annual review this term. I would like to invite you and Harry to the review meeting on Tuesday 14 October 2025 at 9.30am in the Learning Support Centre. I have also invited Harry's speech and language therapist, his Head of Year and a representative of Harrowdene's SEND team.",
    ),
    (
        "p",
        'Before the meeting I will send you copies of all the reports we receive, at least two weeks before the meeting. I have enclosed a form for your views and a "My views" sheet for Harry. It would help if you could return them by 30 September.',
    ),
    (
        "p",
        "Please let the school office know if the time is not convenient or if you need an interpreter.",
    ),
    ("p", "Yours sincerely"),
    ("sig", ["Mrs A. Pemberton", "SENCo"]),
]

# --- tribunal, mediation, appeal forms --------------------------------------

DIRECTIONS = [
    (
        "p",
        "IN THE FIRST-TIER TRIBUNAL\nHEALTH, EDUCATION AND SOCIAL CARE CHAMBER\nSPECIAL EDUCATIONAL NEEDS AND DISABILITY",
    ),
    ("p", "Tribunal reference: EH-2026-01873"),
    ("p", "BETWEEN\nMR AND MRS MEHTA\nAppellants\n-and-\nTHORNMERE CITY COUNCIL\nRespondent"),
    ("title", "CASE MANAGEMENT ORDER"),
    (
        "p",
        "Upon the Tribunal considering the papers, and the Respondent's request of 20 April 2026 to extend time for its response, IT IS ORDERED THAT:",
    ),
    (
        "onum",
        [
            "The Respondent's request is refused. The Respondent must send its response to the appeal, with any evidence it relies on, to the Tribunal and to the Appellants by 5 May 2026.",
            "The Appellants may send any further evidence, including the final version of any expert report, by 2 June 2026.",
            "The Respondent must send the Working Document, prepared in accordance with the Tribunal's guidance, to the Appellants by 9 June 2026, and the Appellants must return it with their amendments by 16 June 2026.",
            "The Respondent must prepare a single indexed and paginated bundle and send it to the Tribunal and the Appellants by 23 June 2026.",
            "The hearing will take place by video on 7 July 2026, time estimate one day. Each party may call no more than three witnesses.",
        ],
    ),
    (
        "p",
        "Reasons: The Respondent has not explained why it needs more time, and the hearing date would be lost. The overriding objective in rule 2 of the Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008 requires the case to be dealt with fairly and justly and without delay.",
    ),
    ("p", "Tribunal Judge K. Harrow\nDate: 22 April 2026"),
]

HEARING_NOTICE = """Dear Appellant,

Appeal reference: EH-2026-00952
Child: Maya Ellison
Respondent: Castlemoor Borough Council

NOTICE OF HEARING

The Tribunal has listed the above appeal for a final hearing as follows:

Date: Wednesday 9 September 2026
Start time: 10:00 (please join by 09:30)
Hearing type: video hearing (CVP). A link will be sent to all parties three working days before the hearing.
Time estimate: one day

You must tell the Tribunal by 19 August 2026 the names of your witnesses and any representative, using the attendance form. No more than three witnesses will be allowed for each party unless a judge directs otherwise.

If you cannot attend on this date you must apply to the Tribunal as soon as possible, giving your reasons. A postponement will only be granted in exceptional circumstances.

Yours faithfully

HM Courts and Tribunals Service
First-tier Tribunal (Special Educational Needs and Disability)
sendtribunal.hearings@example.org
Tel 01632 960700
"""

OCR_ORDER = [
    ("p", "FIRST-TIER TRIBUNAL"),
    ("p", "(Special Educational Needs and Disability)"),
    (
        "p",
        "Appeal ref: EH-2025-04417    Appellant: Ms S Adebayo    Respondent: Wyvernshire County Council",
    ),
    ("p", "DIRECTIONS FOLLOWING A TELEPHONE CASE MANAGEMENT HEARING ON 3 MARCH 2026"),
    ("p", "Attendance: Ms Adebayo (Appellant, in person). Mr J Greaves (for the Respondent)."),
    (
        "num",
        [
            "The appeal is against the Respondent's refusal to issue an EHC plan (section 51(2)(c) of the Children and Families Act 2014). The issue is whether it is necessary for special educational provision to be made in accordance with an EHC plan.",
            "The Appellant has permission to rely on a report from an independent speech and language therapist. The report must be sent to the Tribunal and the Respondent by 31 March 2026.",
            "The Respondent must send to the Tribunal by 14 April 2026 a statement of the costs of the provision it says the school can make from its own resources, and the school's notional SEN budget.",
            "The hearing listed for 29 April 2026 remains in the list.",
        ],
    ),
    ("p", "Tribunal Judge S. Okafor    4 March 2026"),
]

MEDIATION_CERT = [
    ("org", "Resolve Together Mediation"),
    ("small", "Independent SEND mediation  |  01632 960455  |  info@resolve-together.example.org"),
    ("title", "Mediation Certificate"),
    (
        "p",
        "Issued under section 55(4) of the Children and Families Act 2014 and regulation 39 of the Special Educational Needs and Disability Regulations 2014.",
    ),
    (
        "kv",
        [
            ("Parent", "Mrs Priya Mehta and Mr Vikram Mehta"),
            ("Child", "Arjun Mehta, born 30/05/2016"),
            ("Local authority", "Thornmere City Council"),
            ("Date of decision", "27 February 2026 (final EHC plan)"),
            ("Date parent contacted the mediation adviser", "4 March 2026"),
        ],
    ),
    (
        "p",
        "I certify that the parent named above contacted a mediation adviser and was given information about mediation. The parent has told us that they do not wish to pursue mediation at this time.",
    ),
    (
        "p",
        "This certificate is issued within three working days of the parent informing the mediation adviser of that decision. The parent may now appeal to the First-tier Tribunal (SEND). An appeal must be made within two months of the date of the local authority's decision or one month from the date of this certificate, whichever is later.",
    ),
    ("sig", ["Signed: Hannah Quayle, Mediation Adviser", "Date of certificate: 6 March 2026"]),
]

MEDIATION_CERT_OCR = [
    ("p", "Castlemoor Mediation Partnership"),
    ("p", "CERTIFICATE - MEDIATION HAS TAKEN PLACE"),
    (
        "p",
        "This is to certify that mediation took place on 27 April 2026 between Mrs Dawn Ellison (parent of Maya Ellison, DOB 15/01/2013) and Castlemoor Borough Council about the decision of 30 March 2026 not to amend Maya's EHC plan following review.",
    ),
    (
        "p",
        "The issues mediated were: the description of Maya's needs in Section B and the provision in Section F for occupational therapy and equipment. Agreement was not reached on the amount of occupational therapy. Agreement was reached on the provision of a laptop and a writing slope, which the Council will confirm in writing.",
    ),
    (
        "p",
        "The parent may appeal to the First-tier Tribunal (SEND) within one month of the date of this certificate or two months of the decision, whichever is later.",
    ),
    ("p", "Mediator: Tom Ashdown    Date issued: 29 April 2026"),
]

SEND35 = [
    ("p", "SEND35"),
    ("title", "Appeal to the First-tier Tribunal (Special Educational Needs and Disability)"),
    ("p", "Appeal against a decision about an Education, Health and Care needs assessment or plan"),
    ("h", 2, "Section 1 - About the child or young person"),
    ("field", "Full name", "Maya Ellison"),
    ("field", "Date of birth", "15/01/2013"),
    ("h", 2, "Section 2 - About you (the appellant)"),
    ("field", "Name", "Dawn Ellison"),
    ("field", "Relationship to child", "Mother"),
    ("field", "Address", "31 Weaver Road, Castlemoor CM5 2EW"),
    ("field", "E-mail", "dawn.ellison@example.org"),
    ("field", "Telephone", "01632 960833"),
    ("h", 2, "Section 3 - The local authority"),
    ("field", "Local authority", "Castlemoor Borough Council"),
    ("field", "Date of decision letter", "30/03/2026"),
    ("h", 2, "Section 4 - What are you appealing against?"),
    (
        "field",
        "Tick all that apply",
        "[X] Section B   [X] Section F   [ ] Section I   [ ] Refusal to assess   [ ] Refusal to issue   [ ] Cease to maintain",
    ),
    ("h", 2, "Section 5 - Mediation"),
    ("field", "Do you have a mediation certificate?", "Yes - dated 29/04/2026 (attached)"),
    ("h", 2, "Section 6 - Reasons for appeal"),
    (
        "field",
        "Please give your reasons",
        "Section B does not describe Maya's dyspraxia or her difficulties with handwriting and organisation, which are set out in the occupational therapy report of January 2026. Section F does not include the occupational therapy the report recommends (direct therapy, 6 sessions per term, and a daily fine motor programme). The Council decided not to amend the plan even though the review report asked for these changes.",
    ),
    ("h", 2, "Section 7 - Declaration"),
    ("field", "Signed", "D. Ellison    Date 20/05/2026"),
]

ONLINE_APPEAL = [
    ("small", "GOV.UK  |  Appeal to the SEND Tribunal  |  Check your answers"),
    ("title", "Your appeal has been submitted"),
    (
        "p",
        "Submission reference: SENDA-7QK-2026-0311. Keep this page for your records. We will write to you within 10 working days to tell you whether your appeal has been registered.",
    ),
    (
        "table",
        [
            ["Question", "Your answer"],
            [
                "What are you appealing against?",
                "The local authority's refusal to carry out an EHC needs assessment",
            ],
            ["Local authority", "Kestleby County Council"],
            ["Date on the decision letter", "9 February 2026"],
            ["Child's name", "Isaac Fairbrother"],
            ["Child's date of birth", "30 August 2017"],
            ["Your name", "Thomas Fairbrother"],
            ["Mediation certificate", "Uploaded: certificate dated 3 March 2026"],
            [
                "Reasons for appeal",
                "Isaac has had SEN support for three years and is falling further behind. The school has used its resources and says it cannot meet his needs. The educational psychologist the school commissioned recommends an assessment. The test in section 36(8) is only that he may need provision in accordance with a plan.",
            ],
            ["Do you want a hearing in person or by video?", "Video"],
            [
                "Documents uploaded",
                "Decision letter 09-02-2026.pdf; Mediation certificate.pdf; EP report Nov 2025.pdf; School support plans.pdf",
            ],
        ],
        {"widths": [0.35, 0.65]},
    ),
]

DOCUMENTS: list[dict] = [
    dict(name="scan0004.pdf", kind="decision_letter", blocks=REFUSE_ASSESS),
    dict(name="Outcome letter.docx", kind="decision_letter", blocks=REFUSE_ISSUE, sans=True),
    dict(name="scan0012.txt", kind="decision_letter", blocks=FINAL_ISSUED_SCAN, ocr=True),
    dict(
        name="Letter from council July.pdf",
        kind="decision_letter",
        blocks=CEASE,
        sans=True,
        accent="00695C",
    ),
    dict(
        name="RE Request for reassessment.eml",
        kind="decision_letter",
        text=REFUSE_REASSESS_EML,
        headers={
            "From": "Bethan Lloyd <bethan.lloyd@example.org>",
            "To": "Pawel Kowalczyk <p.kowalczyk@example.org>",
            "Subject": "RE: Request for reassessment - Zofia Kowalczyk",
            "Date": "Fri, 17 Oct 2025 15:31:47 +0100",
        },
        html=True,
    ),
    dict(name="annual review.docx", kind="decision_letter", blocks=NO_AMEND),
    dict(
        name="Harry final amended plan.eml",
        kind="decision_letter",
        text=AMENDED_ISSUED_EML,
        headers={
            "From": "Lucy Carver <lucy.carver@example.org>",
            "To": "Sarah Quinn <sarah.quinn@example.org>",
            "Subject": "Harry Quinn EHCP",
            "Date": "Mon, 08 Dec 2025 10:05:00 +0000",
        },
        qp=True,
    ),
    dict(
        name="Document (7).docx",
        kind="correspondence",
        blocks=SOLICITOR,
        sans=True,
        accent="333333",
    ),
    dict(
        name="scan0001.pdf",
        kind="correspondence",
        blocks=AGREE_ASSESS,
        ocr=True,
        running="HBC-SEN-21904",
    ),
    dict(
        name="RE Leo draft plan meeting.eml",
        kind="correspondence",
        text=QUOTED_THREAD,
        headers={
            "From": "Gemma Marsh <gemma.marsh@example.org>",
            "To": "SEND Casework <send.casework@example.org>",
            "Subject": "Re: Leo Marsh - meeting about the draft plan",
            "Date": "Wed, 21 Jan 2026 12:02:37 +0000",
            "In-Reply-To": "<a81c2@example.org>",
        },
    ),
    dict(
        name="FW Maya Ellison annual review.eml",
        kind="correspondence",
        text=CHASING_THREAD,
        headers={
            "From": "Dawn Ellison <dawn.ellison@example.org>",
            "To": "Marcus Ibe <marcus.ibe@example.org>",
            "Subject": "FW: Maya Ellison - annual review",
            "Date": "Sat, 28 Mar 2026 08:15:20 +0000",
        },
        html=True,
    ),
    dict(name="IMG_1987.txt", kind="correspondence", blocks=CONSULTING_SCHOOLS, ocr=True),
    dict(
        name="letter from school.pdf",
        kind="correspondence",
        blocks=REVIEW_INVITE,
        sans=True,
        accent="8B0000",
    ),
    dict(name="Order 22.04.26.pdf", kind="tribunal_direction", blocks=DIRECTIONS),
    dict(
        name="EH-2026-00952.eml",
        kind="tribunal_direction",
        text=HEARING_NOTICE,
        headers={
            "From": "SEND Tribunal Hearings <sendtribunal.hearings@example.org>",
            "To": "dawn.ellison@example.org",
            "Subject": "EH-2026-00952 - Ellison v Castlemoor Borough Council",
            "Date": "Thu, 02 Jul 2026 14:40:12 +0100",
        },
    ),
    dict(name="scan0020.txt", kind="tribunal_direction", blocks=OCR_ORDER, ocr=True),
    dict(name="certificate.pdf", kind="mediation_certificate", blocks=MEDIATION_CERT, sans=True),
    dict(name="IMG_2210.txt", kind="mediation_certificate", blocks=MEDIATION_CERT_OCR, ocr=True),
    dict(name="SEND35 Maya.docx", kind="appeal_form", blocks=SEND35, sans=True),
    dict(
        name="Check your answers - Appeal to the SEND Tribunal - GOV.UK.pdf",
        kind="appeal_form",
        blocks=ONLINE_APPEAL,
        sans=True,
    ),
]
