# ruff: noqa: E501
"""Plans, decision letters, mediation certificates, appeal forms and tribunal papers of set T:
an island council across the Solent (Isle of Wrayle) and a Cheshire salt-town borough
(Brinefield). All invented."""

from __future__ import annotations

from document_kinds_t.common import BRINE, headers

WRAYLE_PLAN = """Isle of Wrayle Council
EDUCATION, HEALTH AND CARE PLAN
Name: Ffion Tregarthen    Date of birth: 14/09/2015    NHS number: 999 482 1173
Plan issued: 3 June 2026    Next review by: June 2027    EHC coordinator: Ruth Mallender

Section A: Ffion's views, interests and aspirations, and those of her family
Ffion likes crabbing off the jetty at Wrayle Bay with her grandad and drawing ferries. She says: "I want a job on the boats." Her mum wants her to stay on the island for secondary school.

Section B: Special educational needs
Communication and interaction: Ffion has a developmental language disorder. She understands sentences of about three key words and loses longer instructions.
Cognition and learning: Her reading is about three years behind her age; she has weak phonological awareness and working memory.
Social, emotional and mental health: She becomes anxious on days with changes and may hide under tables.

Section C: Health needs related to SEN
Ffion has glue ear and wears grommets. She is under the Wrayle audiology clinic.

Section D: Social care needs related to SEN
None identified at this time.

Section E: Outcomes
By the end of Key Stage 2 Ffion will follow a two-step instruction in class without adult repetition.

Section F: Special educational provision
- Direct speech and language therapy from a qualified SALT, 6 sessions of 45 minutes each half term, delivered in school.
- A daily 20-minute phonics intervention with a trained teaching assistant, 1:1.
- A visual timetable and a named adult to prepare her for changes each morning.

Section G: Health provision
Audiology review every six months at St Helier's Hospital.

Section H1 / H2: Social care provision
None.

Section I: Placement
Sandmouth Church of England Primary School (mainstream).

Section J: Personal budget
No personal budget requested.

Section K: Advice and information
Appendix 1 Parent advice; Appendix 2 Educational psychology advice (Dr J. Okonjo); Appendix 3 SALT advice; Appendix 4 Paediatric advice.

Signed on behalf of Isle of Wrayle Council: R. Mallender, 3 June 2026
"""

BRINE_PLAN_BLOCKS = [
    ("org", BRINE),
    ("title", "Education, Health and Care Plan - FINAL"),
    (
        "kv",
        [
            ("Child", "Kacper Nowicki-Hale"),
            ("Date of birth", "02/03/2013"),
            ("School", "Lower Wharton High School"),
            ("Date of issue", "18 February 2026"),
        ],
    ),
    ("h", 2, "Section A - About me"),
    (
        "p",
        "I am in Year 7. I like the canal boats at Lion Salt Works and playing Minecraft. I do not like loud dinners.",
    ),
    ("h", 2, "Section B - My special educational needs"),
    (
        "p",
        "Kacper has a diagnosis of autism. He finds unstructured times very hard and has sensory sensitivity to noise and smell. His handwriting is slow and he fatigues quickly.",
    ),
    ("h", 2, "Section C - My health needs"),
    ("p", "Kacper takes melatonin for sleep, prescribed by his paediatrician."),
    ("h", 2, "Section D - My social care needs"),
    ("p", "The family receive a short breaks direct payment."),
    ("h", 2, "Section E - Outcomes"),
    (
        "p",
        "By July 2027 Kacper will eat lunch in a quiet base with a peer for at least three days a week.",
    ),
    ("h", 2, "Section F - Special educational provision"),
    (
        "table",
        [
            ("Provision", "Who", "How often"),
            ("Access to a low-arousal base at break and lunch", "Pastoral staff", "Daily"),
            ("Touch-typing programme", "TA", "3 x 20 minutes weekly"),
            ("Occupational therapy sensory programme", "OT with TA", "Reviewed termly"),
        ],
        {"header": True},
    ),
    ("h", 2, "Section G - Health provision"),
    ("p", "Paediatric review annually."),
    ("h", 2, "Section H - Social care provision"),
    (
        "p",
        "Short breaks: 4 hours per week direct payment (Section 2 Chronically Sick and Disabled Persons Act 1970).",
    ),
    ("h", 2, "Section I - Placement"),
    ("p", "Lower Wharton High School"),
    ("h", 2, "Section J - Personal budget"),
    ("p", "Not applicable."),
    ("h", 2, "Section K - Advice"),
    ("p", "As listed in the appendices."),
]

DRAFT_WRAYLE = """DRAFT - FOR CONSULTATION
Isle of Wrayle Council - proposed Education, Health and Care Plan
Child: Seren Abiodun-Pyke, DOB 21/01/2019, Brading Infant School

You have 15 days from the date of this draft to tell us which school you would like named and to comment on the content. Section I will be completed when the plan is finalised.

Section A - All about Seren
Seren loves the carousel at Wrayle Bay and her baby brother.
Section B - Seren's special educational needs
Seren has global developmental delay. She uses single words and Makaton signs. She needs adult help to toilet.
Section C - Health
Seren has epilepsy, managed with medication.
Section D - Social care
To be confirmed.
Section E - Outcomes
Seren will use ten signs to make requests by the end of Year 1.
Section F - Special educational provision
Seren will receive support throughout the day from an adult. Speech and language therapy input as appropriate.
Section G - Health provision
Epilepsy care plan held by school nurse.
Section H - Social care provision
To be confirmed.
Section I - Placement
[left blank in the draft]
Section J - Personal budget
Section K - Appendices
"""

DRAFT_EMAIL = """Hi both,

Forwarding as you asked - the council sent the draft as the body of an email, not an attachment, so I've pasted it as it came. Comments back by 2 April.

Laura (Brinefield SENDIASS)

---------- Forwarded message ---------
From: EHC Team <ehcteam@brinefield.example.org>
Date: Tue, 17 Mar 2026 09:12
Subject: Draft EHC plan - Maisie Oyelaran-Birch

Please find below Maisie's draft Education, Health and Care plan. This is a draft; no school is named in Section I. You may request a particular school and may ask to meet us within 15 days.

SECTION A - Maisie's views and aspirations: Maisie wants to be a vet.
SECTION B - Special educational needs: Maisie has dyspraxia and significant anxiety. She struggles with handwriting, dressing for PE and changes of routine.
SECTION C - Health needs: Under the community paediatrician.
SECTION D - Social care: None.
SECTION E - Outcomes: Maisie will record a paragraph independently using a laptop by July 2027.
SECTION F - Special educational provision: Access to a laptop; OT programme delivered by TA; a key worker check-in each morning.
SECTION G - Health provision: None.
SECTION H - Social care provision: None.
SECTION I - Placement: To be named in the final plan.
SECTION J - Personal budget: None requested.
SECTION K - Advice: EP advice, OT advice, parent advice.

Brinefield EHC Team
"""

DECISION_REPLY_SLIP = """Isle of Wrayle Council
Children's Services - SEND Team
County Hall, Quay Road, Cowhaven WR1 4QP

Mr and Mrs Penhallow
2 Ferry Lane
East Strand
WR5 3DD

Ref: WR/EHCNA/0644
24 April 2026

Dear Mr and Mrs Penhallow

Request for an education, health and care needs assessment - Jago Penhallow (DOB 08/11/2016)

Thank you for your request of 2 March 2026. The Island SEND Panel considered it on 21 April 2026 together with the information from Sandmouth CE Primary School.

The panel has decided that an EHC needs assessment is not necessary at this time. We consider that Jago's needs can be met from the resources normally available to mainstream schools, and the school has not yet completed a full cycle of assess, plan, do and review with specialist advice.

You have the right to appeal this decision to the First-tier Tribunal (Special Educational Needs and Disability) within two months of the date of this letter. Before doing so you must contact a mediation adviser; our mediation service is Solent Crossing Mediation, telephone 01632 960741. Wrayle SENDIASS can give you free independent advice on 01632 960745.

Yours sincerely

Ann-Marie Cotterell
SEND Casework Lead

--------------------------- cut here ---------------------------
REPLY SLIP - please return to the SEND Team
I/We wish / do not wish to meet to discuss this decision.
Signed: ______________________  Date: ____________
"""

DECISION_SUMMARY_BOX = [
    ("org", BRINE),
    ("p", "Ms Deborah Kettle\n15 Brine Pits Close\nSaltwich\nBF4 2TT"),
    ("p", "Our ref: BBC/ISS/26/0219\n12 May 2026"),
    (
        "b",
        "IN SHORT: We will not be issuing an EHC plan for Riley. You can appeal this decision (see page 2).",
    ),
    ("p", "Dear Ms Kettle,"),
    ("p", "Re: Riley Kettle, date of birth 30/06/2014"),
    (
        "p",
        "Following the education, health and care needs assessment we carried out for Riley, the local authority has considered all of the advice at the Inclusion Panel on 7 May 2026. Having done so, we have decided not to issue an Education, Health and Care plan. Riley's needs can be met through SEN Support at St Werburgh's Academy, and we have written an SEN Support outcome summary to help the school.",
    ),
    (
        "p",
        "If you disagree with this decision you may appeal to the First-tier Tribunal (SEND). You must first obtain a mediation certificate from Brine Valley Mediation (01632 960866). The time limit for appealing is two months from the date of this letter or one month from the date of the certificate, whichever is later.",
    ),
    (
        "sig",
        [
            "Yours sincerely",
            "",
            "Gareth Lunt",
            "Senior SEND Officer, for and on behalf of Brinefield Borough Council",
        ],
    ),
]

DECISION_FORWARD = """Fw: Annual review outcome - Tomos

From: Bethan Rowse
To: Mrs K Ashdown (SENCo)

Kate - see below, council have said no to changing the plan. Can we talk on Friday?
Bethan

-------- Original Message --------
From: SEND Team, Isle of Wrayle Council <send@wrayle.example.org>
Sent: 08 July 2026 16:40
Subject: Annual review outcome - Tomos Rowse

Dear Ms Rowse,

Following Tomos's annual review held on 16 June 2026, the local authority has reviewed the review report and the advice submitted.

Under Regulation 22 of the SEND Regulations 2014 we write to notify you that the local authority has decided to maintain the EHC plan without amendment. We are not persuaded that the changes requested (a move to Cowhaven Specialist Centre and increased therapy) are required at present.

You have the right of appeal to the SEND Tribunal against this decision. Please contact Solent Crossing Mediation before lodging an appeal.

Kind regards
Isle of Wrayle SEND Team
"""

DECISION_CEASE_SCAN = """BRINEFIELD BOROUGH COUNCIL
Inclusion and SEND Service
NOTICE OF DECISION TO CEASE TO MAINTAIN AN EHC PLAN
Young person: Daniel Ormesher   DOB 04/05/2005
Date: 2 September 2026

Dear Daniel,
We wrote to you on 10 July 2026 to say we were thinking of ceasing your EHC plan because you have left Brinefield College and have started paid employment. We have considered your reply and the views of the college.
We have now decided to cease to maintain your Education, Health and Care plan with effect from 30 September 2026.
You can appeal to the First-tier Tribunal (SEND) against this decision. You must contact a mediation adviser first. We will keep your plan in place while any appeal is heard.
Yours sincerely
P. Harrop, Post-16 SEND Officer
"""

MEDIATION_CERT = [
    (
        "org",
        "Solent Crossing Mediation\nRegistered charity no. 1190455 (invented)\nThe Old Ticket Office, Pier Approach, Cowhaven WR1 2PP  01632 960741",
    ),
    ("title", "MEDIATION CERTIFICATE"),
    (
        "p",
        "Issued under section 55 of the Children and Families Act 2014 and regulation 34 of the SEND Regulations 2014.",
    ),
    (
        "kv",
        [
            ("Parent", "Mrs Rosenwyn Penhallow"),
            ("Child", "Jago Penhallow"),
            ("Local authority", "Isle of Wrayle Council"),
            ("Decision", "Refusal to carry out an EHC needs assessment, 24 April 2026"),
            ("Date of contact", "6 May 2026"),
        ],
    ),
    (
        "p",
        "This certifies that the parent named above contacted a mediation adviser and was given information about mediation. The parent has decided not to pursue mediation. The parent may now register an appeal with the First-tier Tribunal (Special Educational Needs and Disability).",
    ),
    ("sig", ["Signed: Halima Brightwell", "Mediation Adviser", "Date of issue: 7 May 2026"]),
]

MEDIATION_FWD = """Hi Deb,

Here's the certificate. I've pasted it below too in case the attachment doesn't open on your phone. Don't forget it's one month from today for the appeal if that's later than your two months.

Sue
Parent Carer Forum volunteer

Begin forwarded message:

From: Brine Valley Mediation <certs@brinevalleymediation.example.org>
Subject: Certificate BVM/26/118
Date: 21 May 2026

BRINE VALLEY MEDIATION - CERTIFICATE
Certificate number: BVM/26/118
This is to certify that mediation took place on 20 May 2026 between Ms Deborah Kettle (parent of Riley Kettle) and Brinefield Borough Council about the decision not to issue an EHC plan dated 12 May 2026.
Outcome: mediation took place and the disagreement was not resolved.
The parent may appeal to the SEND Tribunal.
Mediator: J. Pownall
"""

MEDIATION_SCAN = """Solent Crossing Mediation
certificate following mediation
Case ref SCM 2026/077
Parent: Bethan Rowse    Child/young person: Tomos Rowse
Local authority: Isle of Wrayle Council
We confirm that a mediation meeting was held on 29 July 2026 (by video). Agreement was reached on some issues (an extra therapy review) but not on the type of school named in Section I.
This certificate allows the parent to appeal to the First-tier Tribunal on the matters not agreed.
Mediator: Oliver Quenby   Date 30/07/2026
"""

SEND35_BLOCKS = [
    (
        "title",
        "SEND35 - Notice of appeal: First-tier Tribunal (Special Educational Needs and Disability)",
    ),
    ("h", 2, "Section 1 - About the child or young person"),
    (
        "kv",
        [
            ("Name", "Riley Kettle"),
            ("Date of birth", "30/06/2014"),
            ("Current school", "St Werburgh's Academy"),
        ],
    ),
    ("h", 2, "Section 2 - About you (the appellant)"),
    (
        "kv",
        [
            ("Name", "Deborah Kettle"),
            ("Address", "15 Brine Pits Close, Saltwich BF4 2TT"),
            ("Telephone", "07700 900318"),
        ],
    ),
    ("h", 2, "Section 3 - The local authority"),
    ("p", "Brinefield Borough Council"),
    ("h", 2, "Section 4 - What are you appealing against?"),
    (
        "p",
        "[X] Refusal to issue an EHC plan after assessment. Date of decision letter: 12 May 2026.",
    ),
    ("h", 2, "Section 5 - Mediation"),
    ("p", "Certificate number BVM/26/118, dated 21 May 2026 (copy attached)."),
    ("h", 2, "Section 6 - Your reasons for appeal"),
    ("p", "See attached sheet."),
    ("h", 2, "Declaration"),
    ("p", "I confirm the information I have given is true. Signed D Kettle, 8 June 2026."),
]

APPEAL_REASONS = """Riley Kettle - SEND35 Section 6 - Reasons for appeal (attachment)

1. The council's own educational psychologist says Riley needs a structured literacy programme delivered daily by a specialist teacher, which the school cannot fund from its notional SEN budget.
2. Riley has been on SEN Support since Year 2 with three full cycles of assess, plan, do and review. His reading age has moved by 9 months in 3 years.
3. The school's costed provision map shows spending above the £6,000 threshold.
4. I ask the Tribunal to order the local authority to issue an EHC plan.

Signed: Deborah Kettle (appellant), 8 June 2026
"""

APPEAL_PORTAL = """From: SEND Tribunal online <noreply.sendappeals@example.org>
Your appeal reference: EH-2026-41193

Thank you. We have received your appeal.

Summary of what you told us
Appeal type: Contents of EHC plan (Sections B, F and I)
Child: Ffion Tregarthen    Local authority: Isle of Wrayle Council
Date of final plan: 3 June 2026
Mediation certificate: Solent Crossing Mediation, 22 June 2026
Your reasons for appealing: Section F says "6 sessions each half term" but the SALT advice recommended weekly therapy; Section B leaves out her auditory processing difficulty; we want Cowhaven Language Base named in Section I.
Would you like a hearing in person? Yes - we need a venue on the island or a video hearing as the ferry costs are high.

What happens next: the Tribunal will check your appeal and write to you and the local authority with a timetable.
"""

TRIB_DIRECTIONS = [
    (
        "org",
        "First-tier Tribunal (Health, Education and Social Care Chamber)\nSpecial Educational Needs and Disability",
    ),
    (
        "p",
        "Appeal number: EH-2026-41193\nAppellant: Mrs Elowen Tregarthen\nRespondent: Isle of Wrayle Council",
    ),
    ("title", "CASE MANAGEMENT DIRECTIONS"),
    (
        "np",
        "1.",
        "The appeal is registered. It will be heard by video on a date to be fixed in the window 12-23 October 2026.",
    ),
    (
        "np",
        "2.",
        "The respondent must send its response to the Tribunal and the appellant by 14 August 2026.",
    ),
    (
        "np",
        "3.",
        "The parties must send any further evidence by 4 September 2026. The respondent must prepare the working document by 18 September 2026.",
    ),
    ("np", "4.", "Any application to vary these directions must be made on form SEND7."),
    ("sig", ["Judge M. Ashworth-Reid", "Tribunal Judge", "Dated 17 July 2026"]),
]

TRIB_EMAIL = """From the Tribunal: your request to extend time

Dear Ms Kettle,

Appeal EH-2026-38702 - Riley Kettle v Brinefield Borough Council

A Tribunal Caseworker with delegated powers has considered the respondent's request dated 28 August 2026.

DIRECTION: The time for the local authority to file its response is extended to 11 September 2026. All other directions stand.

If you disagree you may apply within 14 days for the decision to be considered afresh by a judge.

SEND Tribunal Administration
"""

TRIB_HEARING_FAX = """FAX TRANSMISSION    From: HMCTS SEND Tribunal  To: Isle of Wrayle SEND Team  Pages: 2 (incl. cover)
-----------------------------------------------------------------
COVER SHEET - FOR THE ATTENTION OF THE CASE OFFICER
-----------------------------------------------------------------

First-tier Tribunal (SEND)
Appeal EH-2026-39580   Rowse v Isle of Wrayle Council
NOTICE OF HEARING AND DIRECTIONS
The appeal will be heard by video on 3 November 2026 at 10.00am.
The parties must agree and file the final working document by 20 October 2026.
The respondent's witnesses must be named by 13 October 2026.
Attendance: no more than two witnesses each without permission.
By order of the Tribunal
"""

TRIB_BARRED = """First-tier Tribunal SEND   Appeal EH-2026-38702
ORDER
Upon the Tribunal considering that the local authority has not complied with the direction of 1 September 2026 to file its response,
IT IS ORDERED THAT:
1. Unless the respondent files its response by 4pm on 25 September 2026, it will be barred from taking further part in the proceedings.
2. The hearing listed for 19 October 2026 remains.
Judge S. Farraday   Dated 18 September 2026
"""

DOCUMENTS: list[dict] = [
    {"name": "Ffion plan.txt", "kind": "ehcp_final", "text": WRAYLE_PLAN},
    {
        "name": "Ffion - amended plan tracked.pdf",
        "kind": "ehcp_final",
        "text": WRAYLE_PLAN.replace(
            "Plan issued: 3 June 2026", "Plan issued: 3 June 2026 (amended following review, final)"
        ),
        "ocr": True,
    },
    {
        "name": "Kacper EHCP draft copy.docx",
        "kind": "ehcp_final",
        "blocks": BRINE_PLAN_BLOCKS,
        "footer": "Brinefield BC - EHC Plan - Kacper Nowicki-Hale - Page",
    },
    {
        "name": "PXL_20260219_160744.pdf",
        "kind": "ehcp_final",
        "blocks": BRINE_PLAN_BLOCKS,
        "ocr": 0.09,
    },
    {"name": "Seren plan.pdf", "kind": "ehcp_draft", "text": DRAFT_WRAYLE, "watermark": "DRAFT"},
    {
        "name": "Fwd_ Maisie EHCP.eml",
        "kind": "ehcp_draft",
        "headers": headers(
            "Laura Fenwick <laura.fenwick@brinefieldsendiass.example.org>",
            "Oyelaran-Birch family <obfamily@example.org>",
            "Fwd: Draft EHC plan - Maisie Oyelaran-Birch",
            "Tue, 17 Mar 2026 11:03:51 +0000",
        ),
        "text": DRAFT_EMAIL,
    },
    {
        "name": "Seren final.docx",
        "kind": "ehcp_draft",
        "text": DRAFT_WRAYLE.replace("DRAFT - FOR CONSULTATION\n", ""),
    },
    {"name": "scan_wrayle_0031.pdf", "kind": "ehcp_draft", "text": DRAFT_WRAYLE, "ocr": True},
    {
        "name": "Jago letter from council.pdf",
        "kind": "decision_letter",
        "text": DECISION_REPLY_SLIP,
    },
    {"name": "Riley - outcome.docx", "kind": "decision_letter", "blocks": DECISION_SUMMARY_BOX},
    {
        "name": "Fw_ Annual review outcome - Tomos.eml",
        "kind": "decision_letter",
        "headers": headers(
            "Bethan Rowse <bethan.rowse@example.org>",
            "Kate Ashdown <senco@sandmouthprimary.example.org>",
            "Fw: Annual review outcome - Tomos",
            "Wed, 08 Jul 2026 19:22:10 +0100",
        ),
        "text": DECISION_FORWARD,
    },
    {
        "name": "Daniel college letter.pdf",
        "kind": "decision_letter",
        "text": DECISION_CEASE_SCAN,
        "ocr": True,
    },
    {"name": "Jago mediation.pdf", "kind": "mediation_certificate", "blocks": MEDIATION_CERT},
    {
        "name": "Fwd_ the certificate.eml",
        "kind": "mediation_certificate",
        "headers": headers(
            "Sue Antrobus <sue.antrobus@example.org>",
            "Deb Kettle <debkettle@example.org>",
            "Fwd: Certificate BVM/26/118",
            "Thu, 21 May 2026 14:45:02 +0100",
        ),
        "text": MEDIATION_FWD,
        "html": True,
    },
    {"name": "IMG_2207.pdf", "kind": "mediation_certificate", "text": MEDIATION_SCAN, "ocr": 0.08},
    {"name": "Riley tribunal form.pdf", "kind": "appeal_form", "blocks": SEND35_BLOCKS},
    {"name": "Section 6 Riley.docx", "kind": "appeal_form", "text": APPEAL_REASONS},
    {
        "name": "Your appeal has been received.eml",
        "kind": "appeal_form",
        "headers": headers(
            "SEND Tribunal <noreply.sendappeals@example.org>",
            "elowen.tregarthen@example.org",
            "Your appeal has been received - EH-2026-41193",
            "Mon, 29 Jun 2026 21:14:37 +0100",
        ),
        "text": APPEAL_PORTAL,
        "qp": True,
    },
    {"name": "Ffion tribunal letter.pdf", "kind": "tribunal_direction", "blocks": TRIB_DIRECTIONS},
    {
        "name": "RE_ Riley appeal - council late.eml",
        "kind": "tribunal_direction",
        "headers": headers(
            "SEND Tribunal <send.tribunal@example.org>",
            "debkettle@example.org",
            "EH-2026-38702 - Kettle - direction on extension of time",
            "Fri, 04 Sep 2026 10:02:55 +0100",
            cc="legal@brinefield.example.org",
        ),
        "text": TRIB_EMAIL,
    },
    {
        "name": "fax_20261002_0915.pdf",
        "kind": "tribunal_direction",
        "text": TRIB_HEARING_FAX,
        "ocr": True,
    },
    {"name": "Riley council response.txt", "kind": "tribunal_direction", "text": TRIB_BARRED},
]
