# ruff: noqa: E501
"""Letters of set R: councils' decisions (a letter opening with an "In short" box, a
heathland council's hub letter, a refusal to amend sent by fax, a refusal to re-assess
forwarded to an adviser, a letter issuing a final plan photographed); mediation
certificates (on paper, forwarded in an e-mail's body, scanned behind a cover sheet); the
appeal form and its reasons; the tribunal's notices, directions and orders; and
correspondence from bodies other than the council (an NHS trust, a school's governors, a
mediation service, a head teacher) and from the council itself. All invented."""

from __future__ import annotations

from document_kinds_r.common import (
    HEATH,
    HEATH_SMALL,
    SALT,
    SALT_SMALL,
    headers,
)

TRIB = "First-tier Tribunal (Special Educational Needs and Disability)"
TRIB_SMALL = "SEND Tribunal, PO Box 9960, Darrowby DL99 1SE  |  01632 960800  |  send.tribunal@justice.example.org"

# --- decision letters ---------------------------------------------------------------------

IN_SHORT_REFUSAL = [
    ("org", SALT),
    ("small", SALT_SMALL),
    ("p", "Mrs Carys Pickering\n27 Lion Salt Lane\nDane Bridge\nSB9 6RE"),
    ("small", "Our ref: SB/REQ/2025/0631   Date: 2 October 2025   Please ask for: Liam Okafor"),
    (
        "kv",
        [
            (
                "In short",
                "We will not carry out an EHC needs assessment for Harrison at the moment.",
            ),
            (
                "Why",
                "Our panel thinks his needs can be met through SEN support at Dane Bridge Primary.",
            ),
            (
                "Your rights",
                "You can appeal to the SEND Tribunal within two months of this letter, after contacting Plainfield Mediation CIC.",
            ),
        ],
        [1.6, 5.0],
    ),
    ("p", "Dear Mrs Pickering,"),
    ("b", "Harrison Pickering (date of birth 30 April 2018) - request for an EHC needs assessment"),
    (
        "p",
        "Thank you for your request of 14 August 2025. The Statutory Assessment Moderation Panel met on 29 September 2025 and considered your request together with the evidence from Dane Bridge Primary School and the Salterbrook Learning Support Service.",
    ),
    (
        "p",
        "The panel recognised that Harrison has significant difficulties with reading and spelling and that he finds it hard to manage his frustration. However, the school has only recently begun a costed provision map and has not yet had the chance to put in place the advice of the Learning Support Service. The panel has therefore decided, under section 36(8) of the Children and Families Act 2014, that it is not necessary to carry out an EHC needs assessment at this time.",
    ),
    (
        "p",
        "We have asked the school to review Harrison's support plan with you before half term, and the Learning Support Service will visit again in the spring term.",
    ),
    ("b", "If you disagree"),
    (
        "p",
        "You can ask to meet us to talk about this decision. You also have the right to appeal to the First-tier Tribunal (Special Educational Needs and Disability). Before appealing you must contact Plainfield Mediation CIC (01632 960760) and obtain a mediation certificate. Your appeal must be made within two months of the date of this letter, or within one month of the date of the certificate, whichever is later. Salterbrook SENDIASS can give you free advice on 01632 960765.",
    ),
    ("sig", ["Yours sincerely", "", "Liam Okafor", "Senior SEND Case Coordinator"]),
]

HUB_NOT_ISSUE = [
    ("org", HEATH),
    ("small", HEATH_SMALL),
    (
        "kv",
        [
            ("Your reference", "-"),
            ("Our reference", "SCH/26/0219"),
            ("Date", "18 March 2026"),
            ("Contact", "Anneka Dyer, 01632 960736"),
        ],
        [1.6, 3.0],
    ),
    ("p", "Mr and Mrs Dibden\nGorse Cottage\nPound Lane\nRingmere AH3 9LW"),
    ("p", "Dear Mr and Mrs Dibden,"),
    ("b", "Freya Dibden - outcome of the EHC needs assessment"),
    (
        "p",
        "We have now finished the EHC needs assessment for Freya. We read the advice from you, from Heathbury Junior School, from our educational psychologist Dr Olu Banjo, from the NHS speech and language therapy service and from Freya herself.",
    ),
    (
        "p",
        "We have decided not to issue an EHC plan. We think Freya's needs can be met from the resources normally available to mainstream schools, with the extra advice the assessment has produced. We will send the school a SEN support summary setting out the recommendations, and we will offer the school support from our Communication and Autism Team.",
    ),
    (
        "p",
        "This is a decision under section 36(9) of the Children and Families Act 2014. You have the right to appeal against it to the First-tier Tribunal (Special Educational Needs and Disability). Before you can appeal you must contact a mediation adviser: our mediation partner is Forest Mediation Partnership, 01632 960740. The deadline for an appeal is two months from the date of this letter, or one month from the date of a mediation certificate if that is later.",
    ),
    (
        "p",
        "If you would like to talk about this, please ring me. You can also contact Avonheath SENDIASS on 01632 960745.",
    ),
    ("sig", ["Yours sincerely", "", "Anneka Dyer", "SEN Casework Officer, SEN Casework Hub"]),
]

CARROW_FAX_REFUSAL = """FAX TRANSMISSION  ISLE OF CARROW COUNCIL  ADDITIONAL NEEDS  01632 960751
To: Westerby Primary School - Headteacher   From: M. Kinvig   Pages (incl. this one): 3
Message: Copy of the attached letter to Mr and Mrs Bielski for your file. Please pass to the SENCo.

ISLE OF CARROW COUNCIL
Department of Education, Sport and Culture - Additional Needs Service
Harbour Chambers, Quay Street, Carrow Haven IC1 1AB

Mr Pawel and Mrs Agnieszka Bielski
4 Ramsey Terrace
Westerby IC6 2PP

Ref: DESC/AN/2025/112        12 April 2026

Dear Mr and Mrs Bielski

Tomasz Bielski - decision following the annual review

Following the annual review meeting held at Westerby Primary School on 4 March 2026, the Department has considered the review report, the reports from the physiotherapist and the assistive technology teacher, and your views.

You asked us to add a daily hydrotherapy session and to name Ardmoor Special School on the mainland in Section I. The Department has decided to maintain Tomasz's EHC plan without amending it. We consider that his needs continue to be met at Westerby Primary School and that the physiotherapy programme in Section F meets his needs. The daily ferry journey to Ardmoor would not be a reasonable use of resources.

This letter is notice of our decision under regulation 22 of the SEND Regulations 2014. You have the right to appeal to the First-tier Tribunal (Special Educational Needs and Disability) against the content of the plan. You must first contact Harbourline Mediation on 01632 960755 about mediation. You have two months from the date of this letter to appeal, or one month from the date of the mediation certificate if later.

Yours sincerely

Moira Kinvig
Additional Needs Officer
"""

FWD_REASSESS = """Hi Bex,

This is the letter I mentioned on the phone. I still can't believe it. Can we go through it on Monday? I've pasted it in as the hub sent it to me as a picture.

Lou

-----Original Message-----
From: SEN Casework Hub <senhub@avonheath.example.org>
Sent: 07 May 2026 16:22
To: louise.tarrant@example.org
Subject: Oscar Tarrant - request for a re-assessment SCH/24/0087

Dear Ms Tarrant,

Thank you for your request of 14 March 2026 for Oscar's EHC needs to be re-assessed. Oscar has had an EHC plan since July 2024.

We have considered your request, the school's report and the review paperwork from February. We have decided not to carry out a re-assessment. We do not think Oscar's needs have changed significantly since the plan was issued, and the school's report says he is making progress towards his outcomes. Oscar's annual review, which has been delayed, will be held in June so that Oscar's plan can be updated with the new occupational therapy advice.

You have the right to appeal against this decision to the First-tier Tribunal (Special Educational Needs and Disability) within two months of the date of this e-mail, or one month after receiving a mediation certificate. Before you appeal you must contact Forest Mediation Partnership (01632 960740).

Kind regards
Anneka Dyer
SEN Casework Officer, Avonheath Council
"""

ISSUE_FINAL_LETTER = """Salterbrook Borough Council - Children's Services
SEND Statutory Team, Brine House, 4 Wharf Street, Saltwich SB4 2HT

In short: Ellis's final EHC plan is enclosed. It names Saltwich St Anne's CE Primary School. You can appeal if you disagree.

Mr and Mrs Hartigan
9 Flashes Close
Saltwich SB4 7JN

Our ref: SB/EHC/0917                 23 February 2026

Dear Mr and Mrs Hartigan

Ellis James Hartigan - final Education, Health and Care Plan

Thank you for your comments on the draft plan and for meeting us on 3 February. We have made changes to Sections B and F after your comments and the advice of the speech and language therapist, and I enclose Ellis's final EHC plan, issued under section 39 of the Children and Families Act 2014.

We have named Saltwich St Anne's CE Primary School in Section I, as you asked.

We did not agree to add daily one-to-one speech and language therapy, because the therapist's advice recommends a termly block with a programme delivered by school staff. If you disagree with the description of Ellis's needs, the provision, or the school named, you can appeal to the First-tier Tribunal (Special Educational Needs and Disability). You must contact Plainfield Mediation CIC first (01632 960760). The time limit is two months from the date of this letter or one month from the date of your mediation certificate, whichever is later.

Yours sincerely
Karen Moss
SEND Case Coordinator
Enc: Final EHC plan (version 3.0)
"""

# --- mediation certificates ---------------------------------------------------------------

PLAINFIELD_CERT = [
    ("org", "Plainfield Mediation CIC"),
    (
        "small",
        "Independent SEND mediation for Cheshire Plain councils  |  Unit 3, Old Brine Works, Northmere SB12 4LT  |  01632 960760",
    ),
    ("title", "Mediation Certificate"),
    (
        "p",
        "Issued under section 55(5) of the Children and Families Act 2014 and regulation 39 of the Special Educational Needs and Disability Regulations 2014.",
    ),
    (
        "kv",
        [
            ("Certificate number", "PM-2026-0417"),
            ("Parent", "Mrs Carys Pickering"),
            ("Child", "Harrison Pickering (DOB 30/04/2018)"),
            ("Local authority", "Salterbrook Borough Council"),
            ("Decision", "Refusal to carry out an EHC needs assessment, 2 October 2025"),
            ("Mediation held", "24 November 2025, by video call"),
            ("Outcome", "Mediation took place; the matter was not resolved"),
            ("Date of issue", "26 November 2025"),
        ],
    ),
    (
        "p",
        "This certificate confirms that mediation has taken place. The parent may now register an appeal with the First-tier Tribunal (Special Educational Needs and Disability). The appeal must be registered within one month of the date of this certificate or two months of the decision, whichever is later.",
    ),
    ("sig", ["Signed", "", "Hannah Birtles", "Mediator, Plainfield Mediation CIC"]),
]

HARBOUR_CERT_FWD = """Bex - forwarding the certificate from Harbourline so you have it for the appeal form. I said we didn't want mediation in the end, I hope that was right.

Pawel

Begin forwarded message:

From: Harbourline Mediation <certificates@harbourline.example.org>
Date: 24 April 2026 at 10:05:44 BST
To: pawel.bielski@example.org
Subject: Your mediation certificate HM/26/052

Dear Mr Bielski,

MEDIATION CERTIFICATE
Reference: HM/26/052
Parent: Pawel Bielski
Child: Tomasz Bielski, date of birth 2 May 2015
Local authority: Isle of Carrow Council, Department of Education, Sport and Culture
Decision in question: decision of 12 April 2026 not to amend the EHC plan following annual review

I certify that the parent named above contacted Harbourline Mediation on 23 April 2026 for information and advice about pursuing mediation, and has informed us that he does not wish to pursue mediation. This certificate is issued under section 55(4) of the Children and Families Act 2014.

You may now appeal to the First-tier Tribunal (Special Educational Needs and Disability).

Issued: 24 April 2026
Ewan Corlett, Mediation Adviser, Harbourline Mediation
Harbourline Mediation is an independent service commissioned by Isle of Carrow Council.
"""

FOREST_CERT_SCAN = """SCANNED DOCUMENT  -  Heathbury Library Self-Service Scanner  -  2 pages  -  02/04/2026 14:37

FOREST MEDIATION PARTNERSHIP
The Old School Room, Church Walk, Bramble Cross AH5 2DJ   01632 960740

CERTIFICATE UNDER SECTION 55 OF THE CHILDREN AND FAMILIES ACT 2014

Certificate reference: FMP/0388
Name of parent: Mrs Gail Dibden
Name of child: Freya Dibden
Local authority: Avonheath Council
Matter: Decision not to issue an EHC plan dated 18 March 2026

The parent contacted the mediation adviser on 26 March 2026. Mediation was arranged and took place on 1 April 2026 at Heathbury Offices. The local authority agreed to reconsider the speech and language therapy advice but did not change its decision not to issue a plan.

Mediation has been completed. The parent may appeal to the First-tier Tribunal (SEND).

Signed: R. Penfold, Mediator            Date of certificate: 2 April 2026
"""

OSCAR_CERT = [
    ("org", "Forest Mediation Partnership"),
    ("small", "The Old School Room, Church Walk, Bramble Cross AH5 2DJ  |  01632 960740"),
    ("title", "Certificate - mediation information given"),
    ("p", "Ms Louise Tarrant\nFlat 2, Heron Court\nHeathbury AH7 1NB"),
    (
        "p",
        "Reference FMP/0412. Child: Oscar Tarrant. Local authority: Avonheath Council. Decision: refusal to carry out a re-assessment (7 May 2026).",
    ),
    (
        "p",
        "I confirm that Ms Tarrant telephoned on 12 May 2026 and received information about mediation. She has told us that she does not wish to mediate. This certificate is issued under section 55(4) of the Children and Families Act 2014 on 13 May 2026 and allows her to register an appeal with the SEND Tribunal.",
    ),
    ("sig", ["R. Penfold", "Mediation Adviser"]),
]

# --- appeal forms -------------------------------------------------------------------------

SEND35_TXT = """SEND35 - Notice of appeal: my answers (typed up before copying into the online form)

Section 1 - About the child or young person
Name: Harrison Pickering   Date of birth: 30/04/2018   School: Dane Bridge Primary School

Section 2 - About you (the appellant)
Carys Pickering, 27 Lion Salt Lane, Dane Bridge SB9 6RE. Mobile 07700 900318. carys.pickering@example.org
Relationship to child: mother. I have parental responsibility: yes

Section 3 - The local authority
Salterbrook Borough Council. Date of the decision letter: 2 October 2025

Section 4 - What are you appealing against?
[x] Refusal to carry out an EHC needs assessment

Section 5 - Mediation
Mediation certificate number PM-2026-0417, dated 26 November 2025 (copy attached)

Section 6 - Reasons for appeal
Harrison has been on SEN support for three years and is still reading at a Year 1 level. The school has used its notional SEN budget and told me in writing it cannot fund the support the Learning Support Service recommends. He may have special educational needs and he may need provision in an EHC plan, which is the legal test.

Section 7 - Representative: Salterbrook SENDIASS (advice only)
Section 8 - Hearing: I would like a paper hearing / I am happy for this to be decided without a hearing: no
Declaration: I confirm the information is correct. Signed C. Pickering 15 December 2025
"""

SEND35_PDF = [
    (
        "title",
        "SEND35 - Appeal to the First-tier Tribunal (Special Educational Needs and Disability)",
    ),
    ("small", "Notice of appeal against a decision about an EHC needs assessment or an EHC plan"),
    ("field", "1. Child or young person's full name", "Freya Rose Dibden"),
    ("field", "Date of birth", "22 January 2016"),
    (
        "field",
        "2. Your name and address",
        "Gail and Martin Dibden, Gorse Cottage, Pound Lane, Ringmere AH3 9LW",
    ),
    ("field", "3. Local authority that made the decision", "Avonheath Council"),
    ("field", "Date of the decision letter", "18 March 2026"),
    ("field", "4. Type of appeal", "Refusal to issue an EHC plan after an assessment"),
    ("field", "5. Mediation certificate", "FMP/0388, 2 April 2026 (attached)"),
    (
        "field",
        "6. Your reasons for appealing",
        "The educational psychologist found that Freya's receptive language is below the 2nd centile and that she needs daily specialist teaching. Her school cannot provide this from its own resources. The SALT advice recommends direct therapy that has not been available under SEN support. We ask the Tribunal to order the council to issue a plan.",
    ),
    (
        "field",
        "7. Documents attached",
        "Decision letter; mediation certificate; EP advice; SALT advice; school report",
    ),
    ("field", "8. Declaration", "Signed Gail Dibden   Date 28 April 2026"),
]

REASONS_EML = """Dear Mr and Mrs Bielski,

Further to our call, below is the final version of the reasons for appeal to attach to Tomasz's SEND35 form (Section 6 continued). Once you are happy, paste it into the online form and send it off before 12 June.

Kind regards,
Bex Kermode
Parent Partnership Adviser, Carrow SENDIASS

ATTACHMENT TO FORM SEND35 - REASONS FOR APPEAL
Child: Tomasz Bielski (DOB 02/05/2015)    LA: Isle of Carrow Council    Decision appealed: 12 April 2026

1. Section B does not describe Tomasz's need for hydrotherapy or his fatigue, both set out in the physiotherapy report of February 2026.
2. Section F is not specific: "physiotherapy programme devised by the NHS physiotherapist" does not say how much therapy, by whom or how often. We ask that it says 30 minutes daily delivered by a trained assistant, and hydrotherapy once a week.
3. Section I: we ask for Ardmoor Special School to be named from September 2026, as Carrow High School has no hoist in the science block and no physiotherapy space.
4. The parents' preference would not be incompatible with the efficient use of resources; the transport costs are smaller than the adaptations the council would need to make.
"""

# --- tribunal directions --------------------------------------------------------------------

REGISTRATION = [
    ("org", TRIB),
    ("small", TRIB_SMALL),
    (
        "p",
        "Appeal number: EH 885/26/00341\nAppellant: Mrs Carys Pickering\nChild: Harrison Pickering\nRespondent: Salterbrook Borough Council",
    ),
    ("title", "Notice of registration and directions"),
    (
        "p",
        "The Tribunal has registered the appeal received on 16 December 2025 against the local authority's refusal to carry out an EHC needs assessment. The appeal will be decided on the papers unless either party asks for a hearing.",
    ),
    ("b", "Directions"),
    (
        "num",
        [
            "The local authority must send its response to the appeal to the Tribunal and the appellant by 27 January 2026.",
            "Both parties must send any further evidence they rely on by 10 February 2026.",
            "The appeal will be determined on the papers on or after 24 February 2026.",
            "If either party fails to comply with these directions the Tribunal may strike out that party's case or bar it from taking further part.",
        ],
    ),
    ("p", "Issued on behalf of the Tribunal by a Tribunal Caseworker, 22 December 2025."),
]

HEARING_NOTICE = """Dear Mr Bielski,

Appeal: EH 860/26/00512 - Tomasz Bielski - Isle of Carrow Council

NOTICE OF HEARING

The hearing of this appeal will take place by video (CVP) on Wednesday 16 September 2026 starting at 10:00. Please log in from 09:30. The hearing is listed for one day.

The following directions are made:
1. The local authority must send the Tribunal and the parent the hearing bundle, paginated and indexed, by 26 August 2026.
2. Each party must send a list of witnesses, and the names of any representatives, by 2 September 2026.
3. The parties must complete the working document setting out the disputed wording of Sections B, F and I and send the agreed version to the Tribunal by 9 September 2026.
4. Late evidence will only be admitted with the Tribunal's permission.

Because the appellant lives on the Isle of Carrow, the Tribunal has agreed that the appellant's witnesses may join the video hearing from Westerby Primary School.

Tribunal Caseworker
First-tier Tribunal (Special Educational Needs and Disability)
Please quote the appeal number in all correspondence. This mailbox is monitored; do not reply with attachments over 20MB.
"""

CMH_ORDER = """HEARING BUNDLE  -  EH 870/26/00633  -  Dibden v Avonheath Council  -  Section A  -  pages A1 to A4

FIRST-TIER TRIBUNAL (SPECIAL EDUCATIONAL NEEDS AND DISABILITY)
Appeal number EH 870/26/00633

Between  Mr and Mrs Dibden (Appellants)  and  Avonheath Council (Respondent)

ORDER following a telephone case management hearing on 8 June 2026
Before Tribunal Judge Asante

Upon hearing the appellant mother and Ms Kaur for the local authority, IT IS ORDERED THAT:
1. The local authority shall disclose the minutes of the SEN panel of 15 March 2026 by 22 June 2026.
2. The appellants have permission to rely on the report of the independent speech and language therapist, Ms Joanna Fry, to be filed by 6 July 2026.
3. The hearing listed for 20 July 2026 is vacated and the appeal is relisted for 14 September 2026, with a time estimate of one day.
4. Liberty to apply.

Reasons: the independent report was commissioned after the decision and the local authority did not object to its admission provided it had time to respond.

Judge Asante   9 June 2026
"""

POSTPONE = [
    ("org", TRIB),
    ("small", TRIB_SMALL),
    ("b", "Appeal EH 860/26/00512 - Bielski v Isle of Carrow Council"),
    ("title", "Decision on request for postponement"),
    (
        "p",
        "The local authority asked on 2 September 2026 for the hearing of 16 September 2026 to be postponed because its educational psychologist is unavailable. The parent objects.",
    ),
    (
        "p",
        "The request is refused. The psychologist's evidence is in writing and the local authority may send another witness. The hearing remains listed for 16 September 2026.",
    ),
    (
        "p",
        "Direction: the local authority must tell the Tribunal and the parent by 9 September 2026 the name of the witness it will call.",
    ),
    ("p", "Tribunal Judge O'Halloran, 4 September 2026"),
]

# --- correspondence -------------------------------------------------------------------------

NHS_APPT = [
    ("org", "Dane Valley Community Health NHS Trust"),
    (
        "small",
        "Children's Community Health Services, Wincham Road Clinic, Northmere SB12 8AA  |  Appointments 01632 960780",
    ),
    ("p", "To the parent or carer of\nEllis Hartigan\n9 Flashes Close\nSaltwich SB4 7JN"),
    (
        "kv",
        [
            ("NHS number", "999 214 6630"),
            ("Hospital number", "DV4471209"),
            ("Clinic", "Community Paediatrics - Dr M. Oyelaran"),
            ("Date and time", "Tuesday 14 April 2026 at 14:20"),
            ("Venue", "Wincham Road Clinic, Room 4"),
        ],
    ),
    ("p", "Dear Parent/Carer,"),
    (
        "p",
        "An appointment has been made for Ellis as shown above. If you cannot attend, please telephone 01632 960780 at least 48 hours before so that the appointment can be offered to another child. Children who miss two appointments without telling us may be discharged back to their GP.",
    ),
    (
        "p",
        "Please bring Ellis's red book, any medicines he takes and his sleep diary. If you need an interpreter, please let us know.",
    ),
    (
        "small",
        "This letter was produced automatically by the Trust's booking system and is not signed.",
    ),
]

GOVERNORS = [
    ("org", "Dane Bridge Primary School"),
    ("small", "Chapel Street, Dane Bridge SB9 6AA  |  01632 960790  |  Headteacher: Mr P. Whitlow"),
    ("p", "Private and confidential\nMrs C. Pickering\n27 Lion Salt Lane\nDane Bridge SB9 6RE"),
    ("p", "20 January 2026"),
    ("p", "Dear Mrs Pickering,"),
    ("b", "Your complaint - Stage 3: Governors' Complaints Panel"),
    (
        "p",
        "I write as chair of the panel of three governors which met on 15 January 2026 to hear your complaint about the support given to Harrison and the way the school responded to your concerns about lunchtimes.",
    ),
    (
        "p",
        "The panel has upheld your complaint in part. We found that the agreed lunchtime arrangements were not followed consistently during the autumn term and that you were not told when Harrison's reading group was cancelled. We have asked the headteacher to apologise and to make sure parents are told in writing when an agreed intervention stops. We did not uphold the part of the complaint about the school's SEN budget, which is a matter for the headteacher and the local authority.",
    ),
    (
        "p",
        "This completes the school's complaints procedure. If you remain unhappy about how the complaint was handled, you may contact the Department for Education.",
    ),
    ("sig", ["Yours sincerely", "", "Rev. Janet Ashworth", "Chair, Governors' Complaints Panel"]),
]

MEDIATION_ARRANGE = """Dear Mrs Dibden,

Thank you for your call on 26 March. I'm pleased to confirm that the local authority has agreed to mediation and that it has been arranged as follows:

Date: Wednesday 1 April 2026, 10.00 to 13.00
Place: Meeting Room 2, Heathbury Offices, Bramble Cross Road (step-free access)
Mediator: Rachel Penfold
For the council: Anneka Dyer (SEN Casework Officer) and a senior officer with authority to make decisions

Mediation is voluntary and confidential. You are welcome to bring a friend or an adviser from SENDIASS. Please send me any papers you would like the mediator to read by Monday 30 March. We will issue your certificate within three working days after the mediation.

With best wishes
Tamsin Lugg
Case Coordinator, Forest Mediation Partnership
01632 960740
"""

COMPLAINT_REPLY = [
    ("org", HEATH),
    ("small", HEATH_SMALL),
    ("title", "Complaint response - Stage 1"),
    (
        "kv",
        [
            ("Complaint reference", "CF/26/1123"),
            ("Date received", "3 June 2026"),
            ("Date of response", "24 June 2026"),
        ],
    ),
    ("p", "Dear Ms Tarrant,"),
    (
        "p",
        "Thank you for your complaint about the delay in holding Oscar's annual review and in sending you the occupational therapy advice. I have looked into what happened.",
    ),
    (
        "p",
        "I am sorry that the review meeting, due in February, had to be rearranged twice and that you were not told the reason. Our records show that the occupational therapy advice reached the hub on 2 May 2026 but was not sent on to you until 30 May. This should not have happened and I have reminded the team of our procedure. I uphold this part of your complaint.",
    ),
    (
        "p",
        "If you are not satisfied with this response you can ask for your complaint to be considered at Stage 2 within 20 working days.",
    ),
    ("sig", ["Yours sincerely", "", "Simon Rowntree", "SEN Casework Hub Manager"]),
]

REVIEW_DATE_CHAIN = """Thanks Mrs Tatton, the 3rd at 3.15 is fine for both of us. Rob will come straight from work. Could the SALT join by phone?

Gemma

On Wed, 13 Jan 2027 at 16:02, Jo Tatton <senco@stannes-saltwich.example.org> wrote:
> Dear Mr and Mrs Hartigan,
>
> I'd like to arrange Ellis's first annual review. Would Wednesday 3 February at 3.15pm or Thursday 4 February at 9am suit? I will send the parent views form a fortnight before and ask the council and the therapist for their reports.
>
> Kind regards
> Jo Tatton, SENCo
> Saltwich St Anne's CE Primary School
"""

HEAD_LETTER = [
    ("org", "Westerby Primary School"),
    (
        "small",
        "School Road, Westerby IC6 2AB  |  01632 960752  |  head@westerbyprimary.example.org",
    ),
    ("p", "3 October 2025"),
    ("p", "Dear Mr and Mrs Bielski,"),
    (
        "p",
        "Thank you for coming in on Tuesday to talk about Tomasz's move to Carrow High School next September. As we agreed, I have written to the Additional Needs Service to ask that his annual review is held early, in the spring term, so that the high school can plan adaptations in good time.",
    ),
    (
        "p",
        "I have also asked the high school's SENCo to visit Tomasz here before Christmas and to arrange a visit for you both. I know the science block worries you; Mrs Crellin has promised to show you the lift and the changing facilities.",
    ),
    ("p", "Please get in touch at any time."),
    ("sig", ["With best wishes", "", "Catriona Moore", "Headteacher"]),
]

DOCUMENTS: list[dict] = [
    {
        "name": "Harrison - council letter 2 Oct.pdf",
        "kind": "decision_letter",
        "blocks": IN_SHORT_REFUSAL,
        "accent": "7A1F3D",
    },
    {
        "name": "Freya outcome.docx",
        "kind": "decision_letter",
        "blocks": HUB_NOT_ISSUE,
        "sans": True,
        "accent": "3B6E3B",
    },
    {
        "name": "Carrow fax 0412.pdf",
        "kind": "decision_letter",
        "text": CARROW_FAX_REFUSAL,
        "ocr": True,
        "running": "DESC/AN/2025/112",
    },
    {
        "name": "Fwd_ letter from the hub.eml",
        "kind": "decision_letter",
        "text": FWD_REASSESS,
        "headers": headers(
            "Louise Tarrant <louise.tarrant@example.org>",
            "Bex at SENDIASS <advice@avonheath-sendiass.example.org>",
            "Fwd: letter from the hub",
            "Thu, 07 May 2026 21:13:40 +0100",
        ),
    },
    {
        "name": "20260224_081133.pdf",
        "kind": "decision_letter",
        "text": ISSUE_FINAL_LETTER,
        "ocr": 0.08,
    },
    {
        "name": "Tribunal.pdf",
        "kind": "mediation_certificate",
        "blocks": PLAINFIELD_CERT,
        "accent": "4B2E83",
    },
    {
        "name": "Fwd_ next steps.eml",
        "kind": "mediation_certificate",
        "text": HARBOUR_CERT_FWD,
        "headers": headers(
            "Pawel Bielski <pawel.bielski@example.org>",
            "Bex Kermode <bex.kermode@carrow-sendiass.example.org>",
            "Fwd: next steps",
            "Fri, 24 Apr 2026 11:48:02 +0100",
        ),
        "html": True,
    },
    {
        "name": "library scan 2 Apr.pdf",
        "kind": "mediation_certificate",
        "text": FOREST_CERT_SCAN,
        "ocr": True,
    },
    {"name": "Oscar FMP letter.docx", "kind": "mediation_certificate", "blocks": OSCAR_CERT},
    {"name": "SEND35 draft answers.txt", "kind": "appeal_form", "text": SEND35_TXT},
    {"name": "Freya appeal.pdf", "kind": "appeal_form", "blocks": SEND35_PDF, "sans": True},
    {
        "name": "RE_ Tomasz - final wording.eml",
        "kind": "appeal_form",
        "text": REASONS_EML,
        "headers": headers(
            "Bex Kermode <bex.kermode@carrow-sendiass.example.org>",
            "pawel.bielski@example.org",
            "RE: Tomasz - final wording",
            "Mon, 01 Jun 2026 09:30:12 +0100",
        ),
        "qp": True,
    },
    {
        "name": "Harrison appeal registered.pdf",
        "kind": "tribunal_direction",
        "blocks": REGISTRATION,
    },
    {
        "name": "Hearing 16 Sept.eml",
        "kind": "tribunal_direction",
        "text": HEARING_NOTICE,
        "headers": headers(
            "SEND Tribunal <send.tribunal@justice.example.org>",
            "pawel.bielski@example.org",
            "EH 860/26/00512 Bielski - Notice of Hearing",
            "Tue, 07 Jul 2026 14:05:00 +0100",
            Cc="sen.appeals@carrow.example.org",
        ),
    },
    {
        "name": "bundle p1-4.pdf",
        "kind": "tribunal_direction",
        "text": CMH_ORDER,
        "ocr": True,
        "running": "EH 870/26/00633",
    },
    {"name": "postponement.docx", "kind": "tribunal_direction", "blocks": POSTPONE},
    {
        "name": "Ellis paediatrician.pdf",
        "kind": "correspondence",
        "blocks": NHS_APPT,
        "sans": True,
        "accent": "005EB8",
    },
    {"name": "governors letter.docx", "kind": "correspondence", "blocks": GOVERNORS},
    {
        "name": "Mediation 1 April.eml",
        "kind": "correspondence",
        "text": MEDIATION_ARRANGE,
        "headers": headers(
            "Tamsin Lugg <tamsin@forestmediation.example.org>",
            "gail.dibden@example.org",
            "Mediation arranged - Freya Dibden - FMP/0388",
            "Fri, 27 Mar 2026 15:40:21 +0000",
        ),
    },
    {
        "name": "Oscar complaint.pdf",
        "kind": "correspondence",
        "blocks": COMPLAINT_REPLY,
        "sans": True,
        "accent": "3B6E3B",
    },
    {
        "name": "RE_ Ellis annual review.eml",
        "kind": "correspondence",
        "text": REVIEW_DATE_CHAIN,
        "headers": headers(
            "Gemma Hartigan <gemma.hartigan@example.org>",
            "Jo Tatton <senco@stannes-saltwich.example.org>",
            "Re: Ellis annual review",
            "Wed, 13 Jan 2027 19:22:08 +0000",
        ),
    },
    {"name": "letter from school Oct.pdf", "kind": "correspondence", "blocks": HEAD_LETTER},
]
