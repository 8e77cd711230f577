# ruff: noqa: E501
"""Letters of set Z: councils' decisions (an "at a glance" box above the letter, a letter
addressed to the young person, a decision sent through a fax, a refusal forwarded by a
parent), mediation certificates (one in a forwarded e-mail, one behind a fax header), appeal
forms, the tribunal's papers, and correspondence from bodies other than the council (a
school's governors, a mediation service's invitation, an NHS trust's appointment office).
All invented."""

from __future__ import annotations

from document_kinds_z.common import (
    SARROW,
    SARROW_SMALL,
    VALE,
    VALE_SMALL,
    WYCH,
    WYCH_SMALL,
    doc,
    mail,
)

AT_A_GLANCE_REFUSAL = f"""
! {SARROW}

~ {SARROW_SMALL}

K At a glance |\x20
Child | Ottilie Brannigan-Seo (date of birth 5 May 2016)
Your request | Education, health and care needs assessment, received 2 March 2026
Our decision | We will not carry out an assessment
Date of decision | 24 April 2026
Your right of appeal | SEND Tribunal, within two months (mediation advice first)

Dear Mr and Mrs Brannigan-Seo,

Thank you for your request. The Island Assessment Moderation Group considered it on 22 April 2026 together with the information from Portwick Harbour Primary School, the Island Speech and Language Therapy Service and your own letter.

The group was not satisfied that Ottilie may need special educational provision to be made through an EHC plan. The school has put in place a reading intervention since January and its records show steady progress. The group recommends that the school continues the graduated approach for two further terms and asks the Specialist Learning Support Team for advice.

If you disagree, you may appeal to the First-tier Tribunal (Special Educational Needs and Disability). Before you appeal you must contact Harbourlight Mediation on 01632 960377 and obtain a certificate. Island SENDIASS can help you free of charge on 01632 960380.

S Yours sincerely,
Mared Stoneley
Assessment Officer, Island SEND Hub
"""

YOUNG_PERSON_CEASE = f"""
! {WYCH}

~ {WYCH_SMALL}

Dear Callum,

We are writing to you, rather than to your parents, because you are now 18 and the decisions about your EHC plan are yours.

At your review in May you told us that you have finished your Level 2 course at Saltwich College and that you have a job at the garden centre for 30 hours a week. You said you do not want to go on to any more education or training.

We have decided to stop maintaining (cease) your EHC plan. We have made this decision because you are no longer in education or training, and the law says a plan can stop when this happens for a young person over 16. Your plan will cease on 31 August 2026.

If you disagree you can appeal to the SEND Tribunal. You must think about mediation first: Saltway Mediation CIC, 01632 960588. Your plan will stay in place while any appeal is decided.

S Best wishes,
Imogen Thackeray-Bale
Post-16 SEN Officer
"""

FAX_DECISION_ISSUE = """
** FAX ** Marston Vale Council 0-25 SEND  Tel 01632 960730  Fax 01632 960731
Date 11/03/2026  Time 10:12  Pages (including this one) 2
To: Kilnworth Lower School, SENCo     Re: Dobromir Lisowski-Hart
Message: Copy of the decision letter for your records. Original sent to parents.
----------------------------------------------------------------------
Dear Ms Lisowski,
Education, health and care needs assessment - outcome
Following the completion of the assessment of Dobromir, the local authority has decided that it is necessary to make special educational provision for him through an education, health and care plan. A draft plan will be sent to you within the next two weeks and you will then have 15 days to comment on it and to tell us your preferred school.
The decision was made by the 0-25 SEND Panel on 9 March 2026.
Yours sincerely
P. Achebe-Lund, Senior EHC Coordinator
"""

FWD_REFUSAL_AMEND = """
Hi Sian, see below - they are not changing anything. Can you have a look before Friday? Bethan

-----Original Message-----
From: Island SEND Hub <sendhub@sarrow.example.org>
Sent: 03 July 2026 15:26
To: Bethan Gwillim-Osei
Subject: Annual review outcome - Taliesin Gwillim-Osei

Dear Mrs Gwillim-Osei,

Following the annual review meeting held at Portwick Harbour Primary School on 12 June 2026, the Isle of Sarrow Council has decided to continue to maintain Taliesin's EHC plan without amendment, under regulation 20(10)(a) of the Special Educational Needs and Disability Regulations 2014.

We have considered the school's request to add a daily motor skills session to Section F and your request to increase the speech and language therapy. The review report shows Taliesin met two of his three outcomes, and the Hub does not consider that the plan needs to change at this time.

You have the right to appeal this decision to the First-tier Tribunal within two months of the date of this e-mail, or one month after a mediation certificate is issued.

Regards,
Island SEND Hub
"""

REFUSE_SCHOOL = f"""
! {VALE}

~ {VALE_SMALL}

B Our reference: MV/0-25/DEC/4471    Date: 1 June 2026

Re: Request to name St Aldhelm's School (independent special school) for Lucian Varga-Pettersen

Dear Dr Varga,

We have considered your request under section 38(2)(b) of the Children and Families Act 2014 that St Aldhelm's School be named in Section I. The Council has decided not to name St Aldhelm's School. The Council is satisfied that Brickhill Green Upper School, with the specialist autism resource base, can meet Lucian's needs and that the cost of the independent school would be an unreasonable public expense. The final plan, naming Brickhill Green Upper School, is enclosed.

You may appeal against Section I, and against Sections B and F, to the SEND Tribunal. You do not need to attend mediation if your appeal is only about the school named, but you must still contact a mediation adviser if you also appeal Sections B or F.

S Yours sincerely,
Oluwaseun Marr, Head of 0-25 SEND
"""

# --- mediation certificates ---------------------------------------------------------

HARBOURLIGHT_CERT = """
! Harbourlight Mediation

~ Independent SEND disagreement resolution and mediation for the Isle of Sarrow  |  Pier Chambers, Portwick PW2 1HB  |  01632 960377

T Mediation Certificate

~ Issued under section 55 of the Children and Families Act 2014 and regulation 39 of the SEND Regulations 2014

K Parent | Ms Deryn Kowalczyk-Ross
Child | Elowen Kowalczyk-Ross (date of birth 19 October 2014)
Local authority | Isle of Sarrow Council
Date of mediation information | 8 May 2026
Outcome | Mediation took place on 2 June 2026; the disagreement about Section F was not resolved

This certificate confirms that the parent named above has met the requirement to obtain mediation information before registering an appeal. Keep this certificate; the tribunal will ask for it.

S Jory Pendleton
Mediation Adviser
Date of issue: 3 June 2026
"""

SALTWAY_CERT_EMAIL = """
Hi both,

Forwarding the certificate from Saltway in case it helps - I know you need the number for the SEND35. The text of it is below as the PDF is huge.

Mo (Parent Carer Forum volunteer)

> From: certificates@saltwaymediation.example.org
> Sent: Thursday 23 April 2026 11:05
> Subject: Your certificate - ref SWM/26/0917
>
> SALTWAY MEDIATION CIC
> MEDIATION CERTIFICATE (section 55(4) Children and Families Act 2014)
> Certificate number: SWM/26/0917
> This is to certify that Mr Ravi Ellison-Haque, parent of Nyah Ellison-Haque (DOB 14/03/2013),
> contacted Saltway Mediation CIC on 21 April 2026 about a decision by Wychmere Borough Council
> dated 30 March 2026. The parent has been given information about mediation and has
> decided not to pursue mediation.
> The parent may now register an appeal with the First-tier Tribunal (SEND).
> Issued by: Anya Corbishley, Mediation Adviser    Date: 23 April 2026
"""

FAX_CERT_SCAN = """
23-06-2026 09:41   FROM: VALE AND OUSE MEDIATION   TO: 01632960799   P.1/1
VALE AND OUSE MEDIATION SERVICE
CERTIFICATE
Section 55(5) Children and Families Act 2014
The parent/young person: Mrs Gráinne Oduya-Fitch
Child: Solomon Oduya-Fitch
Local authority: Marston Vale Council
Mediation meeting held on 19 June 2026. Agreement was reached on some issues only.
Issues not resolved: Section F (speech and language therapy), Section I.
The parent may register an appeal with the First-tier Tribunal.
Signed: K. Baptiste-Orr, Mediator   Date: 22 June 2026
"""

# --- appeal forms -------------------------------------------------------------------

SEND35 = """
! First-tier Tribunal (Special Educational Needs and Disability)

T SEND35 Notice of Appeal - Education, Health and Care Needs Assessments and Plans

B Section 1 - About the child or young person

K Full name | Elowen Kowalczyk-Ross
Date of birth | 19/10/2014
Local authority | Isle of Sarrow Council

B Section 2 - About you

K Name | Deryn Kowalczyk-Ross
Relationship | Mother
Address | 7 Netloft Lane, Portwick, Isle of Sarrow PW3 2JD
Telephone | 07700 900412

B Section 3 - What are you appealing?

K Decision | The content of the final EHC plan issued 15 April 2026: Sections B, F and I
Date of decision letter | 15 April 2026
Mediation certificate | Harbourlight Mediation, issued 3 June 2026

B Section 6 - Reasons for appeal

Section F does not include the occupational therapy recommended by the Island Paediatric Therapies report (a sensory diet and weekly direct therapy). The speech and language therapy is described as "regular" without saying how often. Section I names a school 40 minutes away by ferry that cannot meet her needs.

B Section 9 - Declaration

I confirm that the information in this form is true. Signed: D. Kowalczyk-Ross   Date: 10 June 2026
"""

SEND35_SCAN = """
SEND35   Notice of appeal   Page 3 of 9
Section 3  Decision being appealed
[X] Refusal to carry out an EHC needs assessment
[ ] Refusal to issue an EHC plan
Date on the local authority's letter: 30 March 2026
Name of local authority: Wychmere Borough Council
Section 4  Mediation
Certificate number: SWM/26/0917   Date: 23 April 2026
Section 5  Reasons
The school says Nyah is two years behind in reading and has had a full year of SEN support with no real progress. The educational psychologist has not been involved. We believe she may need provision through a plan.
Signature of appellant: R Ellison-Haque   Date 19/05/2026
"""

REASONS_ATTACHMENT = """
Appellant: Mr Tariq Ferreira-Quinn
Child: Joaquim Ferreira-Quinn
Respondent: Marston Vale Council

ATTACHMENT TO SEND35 - GROUNDS OF APPEAL

1. We appeal Sections B, F and I of the final plan dated 19 June 2026.

2. Section B leaves out the auditory processing difficulty described by the audiologist.

3. Section F says "visits from a qualified teacher of the deaf twice a term" but does not say what the teacher will do or for how long. We ask that it is made specific.

4. Section I: we ask for the hearing support base at Kilnworth Upper School.

Signed Tariq Ferreira-Quinn, 28 July 2026
"""

# --- tribunal -----------------------------------------------------------------------

DIRECTIONS_REG = """
! First-tier Tribunal (Health, Education and Social Care Chamber) - Special Educational Needs and Disability

K Appellant | Ms D Kowalczyk-Ross
Respondent | Isle of Sarrow Council
Child | Elowen Kowalczyk-Ross
Tribunal reference | EH927/26/00614

T Registration and Case Management Directions

1. The appeal was registered on 16 June 2026.

2. The local authority must send its response and the working document to the Tribunal and the appellant by 14 July 2026.

3. Any further evidence from either party must be sent by 25 August 2026. Late evidence will be admitted only with the permission of a judge.

4. The hearing will take place by video on 29 September 2026 and has been listed for one day.

S Tribunal Judge F. Anand-Castleton
Date: 16 June 2026
"""

DIRECTIONS_EMAIL = """
Dear Parties,

EH927/26/00614 - Elowen Kowalczyk-Ross

A Tribunal Judge has considered the local authority's request of 6 July 2026 for an extension of time to submit its response.

DIRECTIONS
1. The local authority's response is to be sent by 21 July 2026.
2. All other dates in the directions of 16 June 2026 remain unchanged.
3. Failure to comply may result in the local authority being barred from taking further part in the proceedings.

Tribunal Caseworker, on behalf of Judge Anand-Castleton
SEND Tribunal, First-tier Tribunal (HESC)
"""

POSTPONE_REFUSED = """
FIRST-TIER TRIBUNAL (SEND)   EH814/26/00339
Mr T Ferreira-Quinn v Marston Vale Council
ORDER
Upon the application of the respondent dated 2 October 2026 to postpone the hearing listed for 15 October 2026,
AND UPON considering the appellant's objection,
IT IS ORDERED THAT:
1. The application to postpone is refused. The hearing will go ahead on 15 October 2026.
2. The respondent must send a witness list to the tribunal by 9 October 2026.
3. The final working document must be agreed and filed by 12 October 2026.
Judge M. Llewellyn-Abara    5 October 2026
"""

CMO_SCAN = """
First-tier Tribunal Health Education and Social Care Chamber
Case Management Order following a telephone hearing on 3 August 2026
Ref EH814/26/00339
Present: the appellant; Ms H Obi-Lindqvist for the local authority
The judge directs that:
1 The appellant may rely on the report of the independent audiologist if it is sent by 31 August 2026.
2 The local authority may send a response to that report by 14 September 2026.
3 The parties are to attend a video hearing on 15 October 2026 at 10.00.
Judge M Llewellyn-Abara
"""

# --- correspondence -----------------------------------------------------------------

GOVERNORS = """
! Lostock Vale High School - Governing Board

~ c/o Clerk to Governors, Lostock Vale High School, Brinefield Road, Saltwich CW9 7PE

Dear Mrs Adebayo-Kowal,

Complaint stage 3 - panel outcome

The governors' complaints panel met on 20 April 2026 to consider your complaint about the support given to Tomasz in his GCSE mock examinations, including the late arrival of his laptop and the absence of a reader.

The panel has upheld your complaint in part. It found that the laptop set out in his EHC plan was not available for the first two days of the mocks. It did not uphold the part of the complaint about the reader, as the access arrangements were agreed with the exams officer. The headteacher has been asked to review the school's arrangements before the summer examinations.

This concludes the school's complaints procedure. If you remain dissatisfied you may write to the Department for Education.

S Yours sincerely,
Rev. Alun Pascoe-Whitby
Chair of the Complaints Panel
"""

MEDIATION_INVITE = """
! Saltway Mediation CIC

~ 2 Old Wharf Buildings, Saltwich CW9 4RN  |  01632 960588

Dear Ms Chetwynd,

Thank you for contacting us about Wychmere Borough Council's decision about Maisie. We have arranged a mediation meeting on Wednesday 8 July 2026 at 10am at the Wharf Rooms. A representative of the council, Mr Abernathy-Shaw, will attend. Please let us know if you would like a parent supporter to come with you, and send us any papers you want the mediator to read by 1 July.

After the meeting we will send you a certificate whatever the outcome.

S Kind regards,
Anya Corbishley
Case Coordinator
"""

TRANSPORT_CHAIN = """
Thanks - so to confirm the taxi will pick him up at 7.55 from Monday? Marco

On Fri, 4 Sep 2026 at 15:20, Passenger Transport <transport@marstonvale.example.org> wrote:
> Dear Mr Ferreira-Quinn,
> Home to school transport has been agreed for Joaquim from 7 September 2026. Operator: Vale Cabs, driver Gary, passenger assistant Shona. Pick-up 07:55, drop-off 15:40.
> Please tell us 24 hours in advance if Joaquim will not be travelling.
> Passenger Transport Team
"""

NHS_APPOINTMENT = """
Mid Wych Community Health NHS Trust
Children's Outpatients, Brinefield Health Centre, Saltwich CW9 6AA
Appointments line 01632 960555

Parent/carer of: Ayaan Rothwell-Mbeki    NHS No: 999 412 7705
Dear Parent/Carer,
An appointment has been made for Ayaan with Dr Okonjo-Fairweather, Community Paediatrician, on Tuesday 17 March 2026 at 14:30 in Room 4.
Please bring the red book and a list of any medicines. If you cannot attend, please ring us at least 48 hours before so that the appointment can be offered to another child.
This letter was printed automatically. Please do not reply to this address.
"""

HOLDING_LETTER = f"""
! {SARROW}

~ {SARROW_SMALL}

Dear Mrs Gwillim-Osei,

Thank you for your e-mail of 10 July 2026 asking the Hub to reconsider its decision following Taliesin's annual review. Your e-mail has been passed to the Hub Manager, who will reply within 20 working days. This does not affect your right of appeal or the time limit for it.

S Yours sincerely,
Customer Contact Team
"""

DOCUMENTS = [
    doc("Ottilie assessment.pdf", "decision_letter", AT_A_GLANCE_REFUSAL, accent="0E6E6E"),
    doc("Letter to Callum.docx", "decision_letter", YOUNG_PERSON_CEASE),
    doc("Kilnworth fax.pdf", "decision_letter", FAX_DECISION_ISSUE, ocr=True),
    doc(
        "FW_ Annual review outcome - Taliesin.eml",
        "decision_letter",
        FWD_REFUSAL_AMEND,
        headers=mail(
            "Bethan Gwillim-Osei <bethan.go@example.org>",
            "Sian Lloyd-Ekwe <sian.lloyd-ekwe@islandsendiass.example.org>",
            "FW: Annual review outcome - Taliesin Gwillim-Osei",
            "Sat, 04 Jul 2026 09:02:00 +0100",
        ),
    ),
    doc("St Aldhelms reply.pdf", "decision_letter", REFUSE_SCHOOL),
    doc("Elowen mediation.pdf", "mediation_certificate", HARBOURLIGHT_CERT),
    doc(
        "Re_ SEND35 help.eml",
        "mediation_certificate",
        SALTWAY_CERT_EMAIL,
        headers=mail(
            "Mo Haque <mo.pcf@example.org>",
            "Ravi Ellison-Haque <ravi.eh@example.org>",
            "Re: SEND35 help",
            "Thu, 23 Apr 2026 18:30:00 +0100",
            cc="Leah Ellison <leah.ellison@example.org>",
        ),
        html=True,
    ),
    doc("SCN_0044.pdf", "mediation_certificate", FAX_CERT_SCAN, ocr=True),
    doc("Elowen tribunal.docx", "appeal_form", SEND35),
    doc("IMG_20260519_2114.pdf", "appeal_form", SEND35_SCAN, ocr=0.06),
    doc("grounds.txt", "appeal_form", REASONS_ATTACHMENT, crlf=True),
    doc("EH927 letter.pdf", "tribunal_direction", DIRECTIONS_REG),
    doc(
        "Elowen - update from tribunal.eml",
        "tribunal_direction",
        DIRECTIONS_EMAIL,
        headers=mail(
            "SEND Tribunal <send.tribunal@example.org>",
            "Deryn Kowalczyk-Ross <deryn.kr@example.org>; Island SEND Hub <sendhub@sarrow.example.org>",
            "EH927/26/00614 - Directions",
            "Wed, 08 Jul 2026 12:11:00 +0100",
        ),
    ),
    doc("postponement.txt", "tribunal_direction", POSTPONE_REFUSED),
    doc("phone call 3 Aug.pdf", "tribunal_direction", CMO_SCAN, ocr=True),
    doc("Tomasz complaint mocks.pdf", "correspondence", GOVERNORS, accent="5B2C6F"),
    doc("Saltway letter.docx", "correspondence", MEDIATION_INVITE),
    doc(
        "Re_ Transport.eml",
        "correspondence",
        TRANSPORT_CHAIN,
        headers=mail(
            "Marco Ferreira-Quinn <marco.fq@example.org>",
            "Passenger Transport <transport@marstonvale.example.org>",
            "Re: Home to school transport - Joaquim",
            "Fri, 04 Sep 2026 16:02:00 +0100",
        ),
    ),
    doc("Ayaan paed letter.pdf", "correspondence", NHS_APPOINTMENT, ocr=True),
    doc("decision reconsider.docx", "correspondence", HOLDING_LETTER),
]
